// The store's secrets and field encryption: a key file made 0600 in a 0700 directory and read back
// the same; a key file others may read, or of the wrong size, refused and left as it was; sealed
// fields that open only with the same key and context and fail on any change; look-up keys that
// normalise the document number the way the MRZ writes it.
#include "services/storage/DataKeys.h"
#include "services/storage/FieldCipher.h"
#include "services/storage/StorageErrors.h"
#include "tests/support/FileProbe.h"
#include "tests/support/TestHygiene.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using bd::storage::DataKeys;
using bd::storage::FieldCipher;
namespace errors = bd::storage::errors;

using bd::testsupport::contentOf;
using bd::testsupport::modeOf;

namespace {

DataKeys keys(char fill)
{
    return DataKeys { QByteArray(32, fill), QByteArray(32, char(fill + 1)) };
}

} // namespace

class TestFieldCipher : public QObject
{
    Q_OBJECT

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void keyFileIsMadePrivateAndReadBackTheSame()
    {
        QTemporaryDir root;
        const QString dataDir = root.filePath(QStringLiteral("data/borderdesk"));
        const auto first = bd::storage::loadOrCreateDataKeys(dataDir);
        QVERIFY2(first.ok(), qPrintable(first ? QString() : first.error().detail));
        QCOMPARE(first->encryption.size(), 32);
        QCOMPARE(first->lookup.size(), 32);
        QVERIFY(first->encryption != first->lookup);
        QCOMPARE(modeOf(dataDir), 0700);
        const QString keyFile = dataDir + QStringLiteral("/store.key");
        QCOMPARE(modeOf(keyFile), 0600);
        QVERIFY(!QFileInfo::exists(
            dataDir + QStringLiteral("/.store.key.") + QString::number(QCoreApplication::applicationPid())));

        const auto again = bd::storage::loadOrCreateDataKeys(dataDir);
        QVERIFY(again.ok());
        QCOMPARE(again->encryption, first->encryption);
        QCOMPARE(again->lookup, first->lookup);

        QTemporaryDir other;
        const auto elsewhere = bd::storage::loadOrCreateDataKeys(other.path());
        QVERIFY(elsewhere.ok());
        QVERIFY(elsewhere->encryption != first->encryption); // random, not a constant in the code
    }

    void readingOnlyNeverCreatesAKey()
    {
        QTemporaryDir root;
        const auto missing = bd::storage::loadDataKeys(root.path());
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QString::fromLatin1(errors::kKeyMissing));
        QVERIFY(!QFileInfo::exists(root.filePath(QStringLiteral("store.key"))));
        const auto made = bd::storage::loadOrCreateDataKeys(root.path());
        QVERIFY(made.ok());
        const auto read = bd::storage::loadDataKeys(root.path());
        QVERIFY(read.ok());
        QCOMPARE(read->encryption, made->encryption);
        QCOMPARE(read->lookup, made->lookup);
    }

    void anOpenDataDirectoryIsNarrowed()
    {
        QTemporaryDir root;
        QVERIFY(QFile::setPermissions(root.path(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther));
        QCOMPARE(modeOf(root.path()), 0755);
        QVERIFY(bd::storage::loadOrCreateDataKeys(root.path()).ok());
        QCOMPARE(modeOf(root.path()), 0700);
    }

    void aKeyFileOthersMayReadIsRefusedAndKept()
    {
        QTemporaryDir root;
        QVERIFY(bd::storage::loadOrCreateDataKeys(root.path()).ok());
        const QString keyFile = root.filePath(QStringLiteral("store.key"));
        const QByteArray before = contentOf(keyFile);
        QVERIFY(
            QFile::setPermissions(keyFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        const auto refused = bd::storage::loadOrCreateDataKeys(root.path());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QString::fromLatin1(errors::kKeyUnprotected));
        QVERIFY(refused.error().detail.contains(QLatin1String("chmod 600")));
        QCOMPARE(contentOf(keyFile), before); // never replaced: the store it protects stays readable
    }

    void aDamagedKeyFileIsRefusedNotReplaced()
    {
        QTemporaryDir root;
        const QString keyFile = root.filePath(QStringLiteral("store.key"));
        {
            QFile file(keyFile);
            QVERIFY(file.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
            file.write("BDSTORE1 too short");
        }
        const auto refused = bd::storage::loadOrCreateDataKeys(root.path());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QString::fromLatin1(errors::kKeyCorrupt));
        QCOMPARE(contentOf(keyFile), QByteArray("BDSTORE1 too short"));
    }

    void sealedFieldsOpenOnlyWithTheirKeyAndContext()
    {
        const FieldCipher cipher(keys('a'));
        const QByteArray name = QByteArrayLiteral("ERIKSSON<<ANNA<MARIA");
        const auto sealed = cipher.seal(name, "cache.result");
        QVERIFY(sealed.ok());
        QCOMPARE(sealed->size(), name.size() + 29); // format byte, 12-byte nonce, 16-byte tag
        QVERIFY(!sealed->contains(name));
        QVERIFY(!sealed->contains(QByteArrayLiteral("ERIKSSON")));
        const auto opened = cipher.open(*sealed, "cache.result");
        QVERIFY(opened.ok());
        QCOMPARE(*opened, name);

        const auto twice = cipher.seal(name, "cache.result");
        QVERIFY(*twice != *sealed); // a fresh nonce each time: equal names do not look equal on disk

        const auto otherPlace = cipher.open(*sealed, "outbox.payload");
        QVERIFY(!otherPlace.ok());
        QCOMPARE(otherPlace.error().code, QString::fromLatin1(errors::kTampered));
        const auto otherKey = FieldCipher(keys('x')).open(*sealed, "cache.result");
        QVERIFY(!otherKey.ok());
        QCOMPARE(otherKey.error().code, QString::fromLatin1(errors::kTampered));

        const auto empty = cipher.seal(QByteArray(), "cache.result");
        QVERIFY(empty.ok());
        QCOMPARE(cipher.open(*empty, "cache.result").value(), QByteArray());
    }

    void everyChangedByteIsDetected()
    {
        const FieldCipher cipher(keys('a'));
        const QByteArray sealed = cipher.seal(QByteArrayLiteral("L898902C3"), "cache.document").value();
        for (qsizetype i = 0; i < sealed.size(); ++i) {
            QByteArray changed = sealed;
            changed[i] = char(changed[i] ^ 0x01);
            const auto opened = cipher.open(changed, "cache.document");
            QVERIFY2(!opened.ok(), qPrintable(QStringLiteral("byte %1 changed, still opened").arg(i)));
            QCOMPARE(opened.error().code, QString::fromLatin1(errors::kTampered));
        }
        QVERIFY(!cipher.open(sealed.left(sealed.size() - 1), "cache.document").ok());
        QVERIFY(!cipher.open(sealed.left(5), "cache.document").ok());
        QVERIFY(!cipher.open(QByteArray(sealed + 'x'), "cache.document").ok());
    }

    void lookupKeysNormaliseTheDocumentNumber()
    {
        const FieldCipher cipher(keys('a'));
        const QByteArray read = cipher.documentLookupKey(QStringLiteral("L898902C3<"), QStringLiteral("UTO"));
        QCOMPARE(read.size(), 32);
        QCOMPARE(cipher.documentLookupKey(QStringLiteral("l898902c3"), QStringLiteral("uto")), read);
        QCOMPARE(cipher.documentLookupKey(QStringLiteral(" L898902C3 "), QStringLiteral("UTO")), read);
        QVERIFY(cipher.documentLookupKey(QStringLiteral("L898902C4"), QStringLiteral("UTO")) != read);
        QVERIFY(cipher.documentLookupKey(QStringLiteral("L898902C3"), QStringLiteral("D")) != read);
        // The separator keeps number and state apart: "AB|C" is not "A|BC".
        QVERIFY(cipher.documentLookupKey(QStringLiteral("AB"), QStringLiteral("C"))
            != cipher.documentLookupKey(QStringLiteral("A"), QStringLiteral("BC")));
        QVERIFY(FieldCipher(keys('x')).documentLookupKey(QStringLiteral("L898902C3"), QStringLiteral("UTO")) != read);
        QVERIFY(!read.contains(QByteArrayLiteral("L898902C3")));
    }
};

QTEST_GUILESS_MAIN(TestFieldCipher)
#include "TestFieldCipher.moc"
