#include "services/results/ResultNotice.h"

#include <QDate>

namespace bd::results {

namespace {

QString arg(const ResultNotice& n, int i)
{
    return i < n.args.size() ? n.args.at(i).toString() : QString();
}

QString isoArg(const ResultNotice& n, int i)
{
    return i < n.args.size() ? n.args.at(i).toDate().toString(Qt::ISODate) : QString();
}

int intArg(const ResultNotice& n, int i)
{
    return i < n.args.size() ? n.args.at(i).toInt() : 0;
}

} // namespace

QList<NoticeCode> allNoticeCodes()
{
    return { NoticeCode::ResidenceNotValid, NoticeCode::ResidenceReplacesVisa, NoticeCode::MinorCheckConsent,
        NoticeCode::DocumentExpiredAtExit, NoticeCode::DocumentExpiresWithinThreeMonths, NoticeCode::EtiasTransitional,
        NoticeCode::EtiasGraceFirstCrossing, NoticeCode::RecordsOfAnotherPerson, NoticeCode::DocumentRemark,
        NoticeCode::StreamError, NoticeCode::SummaryMissing, NoticeCode::SummaryOfAnotherSearch,
        NoticeCode::StayHistoryInvalid, NoticeCode::DifferentPersonGreenLink, NoticeCode::AnswerOfAnotherSearch,
        NoticeCode::ConflictingAnswers, NoticeCode::AnswerStillPending, NoticeCode::HitWithoutRecord,
        NoticeCode::RecordsWithoutHit, NoticeCode::RecordOfAnotherSystem, NoticeCode::HitWithoutBlock,
        NoticeCode::AnsweredAlthoughWithheld };
}

QString noticeKey(NoticeCode code)
{
    switch (code) {
    case NoticeCode::ResidenceNotValid:
        return QStringLiteral("residence-not-valid");
    case NoticeCode::ResidenceReplacesVisa:
        return QStringLiteral("residence-replaces-visa");
    case NoticeCode::MinorCheckConsent:
        return QStringLiteral("minor-check-consent");
    case NoticeCode::DocumentExpiredAtExit:
        return QStringLiteral("document-expired-at-exit");
    case NoticeCode::DocumentExpiresWithinThreeMonths:
        return QStringLiteral("document-expires-within-three-months");
    case NoticeCode::EtiasTransitional:
        return QStringLiteral("etias-transitional");
    case NoticeCode::EtiasGraceFirstCrossing:
        return QStringLiteral("etias-grace-first-crossing");
    case NoticeCode::RecordsOfAnotherPerson:
        return QStringLiteral("records-of-another-person");
    case NoticeCode::DocumentRemark:
        return QStringLiteral("document-remark");
    case NoticeCode::StreamError:
        return QStringLiteral("stream-error");
    case NoticeCode::SummaryMissing:
        return QStringLiteral("summary-missing");
    case NoticeCode::SummaryOfAnotherSearch:
        return QStringLiteral("summary-of-another-search");
    case NoticeCode::StayHistoryInvalid:
        return QStringLiteral("stay-history-invalid");
    case NoticeCode::DifferentPersonGreenLink:
        return QStringLiteral("different-person-green-link");
    case NoticeCode::AnswerOfAnotherSearch:
        return QStringLiteral("answer-of-another-search");
    case NoticeCode::ConflictingAnswers:
        return QStringLiteral("conflicting-answers");
    case NoticeCode::AnswerStillPending:
        return QStringLiteral("answer-still-pending");
    case NoticeCode::HitWithoutRecord:
        return QStringLiteral("hit-without-record");
    case NoticeCode::RecordsWithoutHit:
        return QStringLiteral("records-without-hit");
    case NoticeCode::RecordOfAnotherSystem:
        return QStringLiteral("record-of-another-system");
    case NoticeCode::HitWithoutBlock:
        return QStringLiteral("hit-without-block");
    case NoticeCode::AnsweredAlthoughWithheld:
        return QStringLiteral("answered-although-withheld");
    }
    return QStringLiteral("notice-%1").arg(static_cast<int>(code));
}

QString noticeText(const ResultNotice& n)
{
    switch (n.code) {
    case NoticeCode::ResidenceNotValid:
        return QStringLiteral("The declared %1 is not valid today (valid until %2): it does not replace the visa or "
                              "travel authorisation.")
            .arg(arg(n, 0), isoArg(n, 1));
    case NoticeCode::ResidenceReplacesVisa:
        return QStringLiteral("The declared %1 of %2, valid until %3, replaces the visa and travel authorisation (SBC "
                              "Art. 6(1)(b)); the 90/180 rule is not applied.")
            .arg(arg(n, 0), arg(n, 1), isoArg(n, 2));
    case NoticeCode::MinorCheckConsent:
        return QStringLiteral("Minor (%1 years): check who accompanies the minor and, if travelling alone or with one "
                              "parent, the consent of those with parental responsibility (SBC Annex VII point 6).")
            .arg(intArg(n, 0));
    case NoticeCode::DocumentExpiredAtExit:
        return QStringLiteral("The travel document expired on %1; at exit this is no reason to stop the departure.")
            .arg(isoArg(n, 0));
    case NoticeCode::DocumentExpiresWithinThreeMonths:
        return QStringLiteral("The travel document expires on %1, in less than three months.").arg(isoArg(n, 0));
    case NoticeCode::EtiasTransitional:
        return QStringLiteral("ETIAS transitional period until %1: no travel authorisation is required yet. Inform the "
                              "traveller that one will be and hand out the leaflet (Reg. (EU) 2018/1240 Art. "
                              "83(1)-(2)).")
            .arg(isoArg(n, 0));
    case NoticeCode::EtiasGraceFirstCrossing:
        return QStringLiteral("ETIAS grace period: no valid travel authorisation, but this is the first crossing since "
                              "the transitional period ended on %1. Let the traveller through this once, inform them "
                              "and hand out the leaflet (Reg. (EU) 2018/1240 Art. 83(3)).")
            .arg(isoArg(n, 0));
    case NoticeCode::RecordsOfAnotherPerson:
        return QStringLiteral("%1 record(s) verified to belong to another person (green link) are shown but do not "
                              "decide the action.")
            .arg(intArg(n, 0));
    case NoticeCode::DocumentRemark:
    case NoticeCode::StreamError:
    case NoticeCode::StayHistoryInvalid: {
        // The service's own diagnostic words, as the reader, the stream or the calculator gave them.
        const QString detail = arg(n, 1);
        return detail.isEmpty() ? arg(n, 0) : detail;
    }
    case NoticeCode::SummaryMissing:
        return QStringLiteral("the answer stream ended without its summary");
    case NoticeCode::SummaryOfAnotherSearch:
        return QStringLiteral("the summary belongs to another search");
    case NoticeCode::DifferentPersonGreenLink:
        return QStringLiteral("verified a different person from the traveller (green link %1%2)")
            .arg(arg(n, 0), arg(n, 1).isEmpty() ? QString() : QStringLiteral(", verified by ") + arg(n, 1));
    case NoticeCode::AnswerOfAnotherSearch:
        return QStringLiteral("an answer belongs to another search");
    case NoticeCode::ConflictingAnswers:
        return QStringLiteral("conflicting answers from this system");
    case NoticeCode::AnswerStillPending:
        return QStringLiteral("no answer (still pending)");
    case NoticeCode::HitWithoutRecord:
        return QStringLiteral("a hit without any record");
    case NoticeCode::RecordsWithoutHit:
        return QStringLiteral("records with a status that is not a hit");
    case NoticeCode::RecordOfAnotherSystem:
        return QStringLiteral("a record of another system");
    case NoticeCode::HitWithoutBlock:
        return QStringLiteral("a hit without its %1 block").arg(arg(n, 0));
    case NoticeCode::AnsweredAlthoughWithheld:
        return QStringLiteral("answered although the summary says it is withheld");
    }
    QStringList args;
    for (const QVariant& a : n.args)
        args << a.toString();
    return QStringLiteral("%1 (%2)").arg(noticeKey(n.code), args.join(QStringLiteral(", ")));
}

QStringList noticeTexts(const QList<ResultNotice>& notices)
{
    QStringList out;
    out.reserve(notices.size());
    for (const ResultNotice& n : notices)
        out << noticeText(n);
    return out;
}

void appendNotice(QList<ResultNotice>& list, const ResultNotice& notice)
{
    const QString text = noticeText(notice);
    for (const ResultNotice& n : std::as_const(list))
        if (n == notice || noticeText(n) == text)
            return;
    list.append(notice);
}

} // namespace bd::results
