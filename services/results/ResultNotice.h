#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantList>

// A sentence the verdict has for the officer (a note, an integrity problem, why the EES history or
// a system's answer was not usable, why a record is not acted on), as a code and its arguments.
// The services render it in English once (noticeText: JSON, CLI, logs); the UI renders each code
// in the interface language (ui/NoticeText) and falls back to the English text for a code it does
// not know. Arguments are values, never formatted text: dates as QDate, counts as int.
namespace bd::results {

enum class NoticeCode
{
    // Notes: what the officer must also do or tell (UnifiedResult::notes).
    ResidenceNotValid, // residence kind key (QString), valid until (QDate)
    ResidenceReplacesVisa, // residence kind key (QString), issuing State (QString), valid until (QDate)
    MinorCheckConsent, // age in years (int)
    DocumentExpiredAtExit, // date of expiry (QDate)
    DocumentExpiresWithinThreeMonths, // date of expiry (QDate)
    EtiasTransitional, // last day of the transitional period (QDate)
    EtiasGraceFirstCrossing, // last day of the transitional period (QDate)
    RecordsOfAnotherPerson, // number of records (int)

    // A remark of the zone reader (DocumentFacts::warnings, also a note): MRZ issue code (QString),
    // its English detail (QString), line (int, -1 unknown), column (int, -1 unknown).
    DocumentRemark,

    // Integrity problems (UnifiedResult::integrityProblems).
    StreamError, // error code (QString, "gateway.*"), English detail (QString)
    SummaryMissing, // -
    SummaryOfAnotherSearch, // -

    // The EES history cannot be assessed (StaySummary::problem): error code (QString, "stay.*"),
    // English detail (QString), context (QVariantMap: "stay" int, "entry", "exit", "controlDate",
    // "otherEntry" QDate, each when it applies).
    StayHistoryInvalid,

    // Why a record is not acted on (Identity::exclusionReason): link id (QString), verifying
    // authority (QString, may be empty).
    DifferentPersonGreenLink,

    // Why a system's answer was rejected (SystemLine::rejection).
    AnswerOfAnotherSearch, // -
    ConflictingAnswers, // -
    AnswerStillPending, // -
    HitWithoutRecord, // -
    RecordsWithoutHit, // -
    RecordOfAnotherSystem, // -
    HitWithoutBlock, // block key (QString: "sis", "vis", "ees", "etias")
    AnsweredAlthoughWithheld, // -
};

struct ResultNotice
{
    NoticeCode code = NoticeCode::DocumentRemark;
    QVariantList args;
    bool operator==(const ResultNotice&) const = default;
};

// Every code, in declaration order (tests: each one has an English and a translated text).
QList<NoticeCode> allNoticeCodes();
// A stable key for logs and tests, e.g. "minor-check-consent".
QString noticeKey(NoticeCode code);
// The one English rendering (JSON, CLI, the actions' diagnostic texts). Never empty.
QString noticeText(const ResultNotice& notice);
QStringList noticeTexts(const QList<ResultNotice>& notices);
// Appends unless a notice with the same English text is already listed.
void appendNotice(QList<ResultNotice>& list, const ResultNotice& notice);

} // namespace bd::results

Q_DECLARE_METATYPE(bd::results::ResultNotice)
