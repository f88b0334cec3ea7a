#pragma once

// The English and the German notice tests' shared material: one result notice of each code with
// plausible values, and the clean search and context they unify.
#include "services/model/Model.h"
#include "services/results/CheckFacts.h"
#include "services/results/ResultNotice.h"

#include <QDate>
#include <QList>
#include <QVariantList>

namespace bd::testsupport {

// One system's answer to searchId, 5 ms after the request.
inline bd::model::SystemEvent systemAnswer(
    bd::model::SystemId system, bd::model::SystemStatus status, const QString& searchId)
{
    bd::model::SystemEvent e;
    e.searchId = searchId;
    e.system = system;
    e.status = status;
    e.latencyMs = 5;
    return e;
}

// Every system answered "no hit" for searchId, with the summary; the document valid for four
// more years from today.
inline bd::results::SearchAnswers noHitAnswers(bd::model::Purpose purpose,
    const QString& nationality,
    const QDate& dateOfBirth,
    const QDate& today,
    const QString& searchId)
{
    using namespace bd::model;
    bd::results::SearchAnswers a;
    a.request.searchId = searchId;
    a.request.officerId = QStringLiteral("officer-1");
    a.request.purpose = purpose;
    a.request.systems = allSystems();
    a.request.person.surname = QStringLiteral("TRAVELLER");
    a.request.person.givenNames = QStringLiteral("ANNA");
    a.request.person.dateOfBirth = dateOfBirth;
    a.request.person.nationality = nationality;
    a.request.document.documentCode = QStringLiteral("P");
    a.request.document.issuingState = nationality;
    a.request.document.number = QStringLiteral("X1234567");
    a.request.document.dateOfExpiry = today.addYears(4);
    for (SystemId s : allSystems())
        a.events << systemAnswer(s, SystemStatus::NoHit, searchId);
    SearchSummary summary;
    summary.searchId = searchId;
    summary.answered = allSystems();
    a.summary = summary;
    return a;
}

// A valid zone read today at a German border, expiring on expiry.
inline bd::results::CheckContext validDocumentContext(const QDate& expiry, const QDate& today)
{
    bd::results::CheckContext c;
    c.today = today;
    c.document.read = true;
    c.document.zoneValid = true;
    c.document.dateOfExpiry = expiry;
    c.borderState = QStringLiteral("DEU");
    return c;
}

inline QList<bd::results::ResultNotice> oneNoticeOfEachCode()
{
    QList<bd::results::ResultNotice> out;
    for (bd::results::NoticeCode code : bd::results::allNoticeCodes()) {
        QVariantList args;
        switch (code) {
        case bd::results::NoticeCode::ResidenceNotValid:
            args = { QStringLiteral("residence-permit"), QDate(2026, 1, 31) };
            break;
        case bd::results::NoticeCode::ResidenceReplacesVisa:
            args = { QStringLiteral("residence-card"), QStringLiteral("FRA"), QDate(2028, 1, 31) };
            break;
        case bd::results::NoticeCode::MinorCheckConsent:
        case bd::results::NoticeCode::RecordsOfAnotherPerson:
            args = { 2 };
            break;
        case bd::results::NoticeCode::DocumentExpiredAtExit:
        case bd::results::NoticeCode::DocumentExpiresWithinThreeMonths:
        case bd::results::NoticeCode::EtiasTransitional:
        case bd::results::NoticeCode::EtiasGraceFirstCrossing:
            args = { QDate(2026, 12, 24) };
            break;
        case bd::results::NoticeCode::DocumentRemark:
            args = { QStringLiteral("minor"), QStringLiteral("the holder is under 18 years old"), 1, 13 };
            break;
        case bd::results::NoticeCode::StreamError:
            args = { QStringLiteral("gateway.timeout"), QStringLiteral("no answer within 8000 ms") };
            break;
        case bd::results::NoticeCode::StayHistoryInvalid:
            args = { QStringLiteral("stay.overlap"),
                QStringLiteral("the stays entering on 2026-01-01 and 2026-01-05 overlap"),
                QVariantMap { { QStringLiteral("entry"), QDate(2026, 1, 1) },
                    { QStringLiteral("otherEntry"), QDate(2026, 1, 5) } } };
            break;
        case bd::results::NoticeCode::DifferentPersonGreenLink:
            args = { QStringLiteral("L-1"), QStringLiteral("ITA SIRENE") };
            break;
        case bd::results::NoticeCode::HitWithoutBlock:
            args = { QStringLiteral("sis") };
            break;
        default:
            break;
        }
        out << bd::results::ResultNotice { code, args };
    }
    return out;
}

} // namespace bd::testsupport
