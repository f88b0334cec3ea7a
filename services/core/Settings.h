#pragma once

#include "services/core/Result.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace bd::core {

// The workstation's configuration, read from INI files (QSettings format): the site configuration
// an administrator provisions and the officer's own file (see load(Sources)).
// Every key has a default, a type and a range; load() rejects a bad value with a message that
// names the file, the key, what is allowed and what was found, and never half-applies a file.
struct Settings
{
    QString language = QStringLiteral("en");
    QString logLevel = QStringLiteral("info");
    QUrl gatewayUrl; // live mode only; https required
    QString gatewayCaFile; // pinned gateway CA (PEM)
    QString clientCertFile; // workstation certificate (PEM)
    QString clientKeyFile; // workstation key (PEM)
    int requestTimeoutMs = 8000;
    int wedgeMaxKeyIntervalMs = 35; // keystrokes closer than this look like a reader, not a person
    int wedgeMinLineLength = 30;
    QString captureSource; // camera for MRZ reading: "device:N", "video:PATH", "folder:PATH"; empty = none
    // Classroom: training mode against the trainer's borderdesk-gateway instead of the in-process
    // one (the gateway must declare itself a training gateway). Empty URL = in-process gateway.
    QUrl trainingGatewayUrl;
    QString trainingCaFile;
    QString trainingClientCertFile;
    QString trainingClientKeyFile;
    // ETIAS (Reg. (EU) 2018/1240 Art. 83, 88): the first day of operations; invalid = ETIAS is not in
    // operation (the default). The ends of the transitional and grace periods (inclusive) default
    // to start + 6 months - 1 day and start + 12 months - 1 day when not set.
    QDate etiasOperationsStart;
    QDate etiasTransitionalEnd;
    QDate etiasGraceEnd;
    QString borderState; // ICAO code of this border's Member State ("DEU"); may be empty
    QString checkPurpose = QStringLiteral("entry-check"); // the purpose a new check starts with: checkPurposes()
    // Privacy at the booth: the traveller's data leaves the screen this long after a decision was
    // recorded, and after this long without keyboard or mouse input (an undecided check is parked,
    // never discarded). 0 = never. Training ignores the first (the debrief is read at leisure).
    int clearAfterDecisionSeconds = 60;
    int idleClearSeconds = 300;
    // Cached results and the offline checks already re-checked are deleted this long after they were
    // kept (the audit trail and unsent records are never purged by age).
    int cacheRetentionHours = 24;

    static QStringList supportedLanguages();
    static QStringList checkPurposes(); // "entry-check", "exit-check"
    // An https:// URL with a host, or an empty QUrl when the text is not one.
    static QUrl parseHttpsUrl(const QString& text);
    // Checks of values whose grammar belongs to another area (core includes no other area): the
    // composition root passes them in. A value without its check is kept as text, unchecked.
    struct ValueChecks
    {
        std::function<bool(const QString& value, QString* why)> captureSource; // capture/source
    };
    static QStringList knownKeys();
    // The effective value of every known key as text (defaults included; an unset date or URL is
    // empty), for comparing one start's configuration with the last (SettingsValues.cpp).
    QMap<QString, QString> values() const;
    // Keys that decide where the workstation connects, what the verdict assumes (ETIAS periods,
    // the border's State) and how long traveller data stays on screen: only the administrator's
    // site configuration may set them, never the file in the officer's data directory.
    static QStringList siteOnlyKeys();

    // One file read as the whole configuration (tools, tests). A missing file is not an error:
    // the defaults apply.
    static Result<Settings> load(const QString& iniPath, const ValueChecks& checks = {});

    // The workstation's configuration: the site file (default /etc/borderdesk/borderdesk.ini; every
    // key; must be owned by `siteOwner` — root — and writable by nobody else, its folder too),
    // then the user file (<data-dir>/borderdesk.ini or --config; every key except siteOnlyKeys(),
    // its values win). Either file may be missing. A site-only key in the user file, an unprotected
    // site file or any bad value is an error naming the file and the key.
    struct Sources
    {
        QString siteFile;
        QString userFile;
        uint siteOwner = 0;
    };
    static Result<Settings> load(const Sources& sources, const ValueChecks& checks = {});
    // Empty when `path` and its folder belong to `owner` and only the owner may write them;
    // otherwise what is wrong.
    static QString siteFileProblem(const QString& path, uint owner);
};

} // namespace bd::core
