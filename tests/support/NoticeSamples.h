#pragma once

// One result notice of each code with plausible values: the English and the German rendering
// tests go through the same list.
#include "services/results/ResultNotice.h"

#include <QDate>
#include <QList>
#include <QVariantList>

namespace bd::testsupport {

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
