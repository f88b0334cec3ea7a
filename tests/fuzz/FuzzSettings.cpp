// libFuzzer harness: the site settings INI file (services/core/Settings::load, QSettings' INI
// reader underneath, including its @Variant/@ByteArray value syntax) on arbitrary bytes. Every
// input is written to the same file with a new modification time: QSettings keeps every file name
// it has read in a process-wide cache and reads a file again only when its size or time changed
// (a new name per input grew that cache, so libFuzzer ran a leak check after every input: 14
// inputs/s). Invariants: a loaded file's values are within the documented ranges; a rejection
// has a settings.* code that names the file. See docs/fuzzing.md.
#include "tests/fuzz/FuzzSupport.h"

#include "services/core/Settings.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>

using bd::core::Settings;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    bd::fuzz::quietLogging();
    if (size > 64 * 1024)
        return 0; // a site file is a few hundred bytes
    static QTemporaryDir dir;
    static qint64 counter = 0;
    BD_FUZZ_CHECK(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("site.ini"));
    {
        QFile f(path);
        BD_FUZZ_CHECK(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        BD_FUZZ_CHECK(
            f.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size)) == static_cast<qint64>(size));
        // A time no earlier input had, so QSettings never serves the previous input from its cache.
        BD_FUZZ_CHECK(f.setFileTime(
            QDateTime::fromSecsSinceEpoch(1'000'000'000 + ++counter, Qt::UTC), QFileDevice::FileModificationTime));
    }
    const auto loaded = Settings::load(path);
    if (!loaded) {
        BD_FUZZ_CHECK(loaded.error().code.startsWith(QLatin1String("settings.")));
        BD_FUZZ_CHECK(loaded.error().detail.contains(path));
        return 0;
    }
    const Settings& s = *loaded;
    BD_FUZZ_CHECK(Settings::supportedLanguages().contains(s.language));
    BD_FUZZ_CHECK(Settings::checkPurposes().contains(s.checkPurpose));
    BD_FUZZ_CHECK(s.requestTimeoutMs >= 100 && s.requestTimeoutMs <= 120000);
    BD_FUZZ_CHECK(s.wedgeMaxKeyIntervalMs >= 5 && s.wedgeMaxKeyIntervalMs <= 200);
    BD_FUZZ_CHECK(s.wedgeMinLineLength >= 10 && s.wedgeMinLineLength <= 44);
    for (const QUrl& url : { s.gatewayUrl, s.trainingGatewayUrl })
        BD_FUZZ_CHECK(url.isEmpty() || (url.scheme() == QLatin1String("https") && !url.host().isEmpty()));
    BD_FUZZ_CHECK(!s.etiasTransitionalEnd.isValid() || s.etiasTransitionalEnd >= s.etiasOperationsStart);
    BD_FUZZ_CHECK(!s.etiasGraceEnd.isValid() || s.etiasGraceEnd >= s.etiasOperationsStart);
    BD_FUZZ_CHECK(s.borderState.isEmpty() || s.borderState.size() == 3 || s.borderState == QLatin1String("D"));
    return 0;
}
