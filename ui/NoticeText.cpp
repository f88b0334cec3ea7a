#include "ui/NoticeText.h"

#include "services/document/MrzRecord.h"
#include "ui/MrzText.h"

namespace bd::ui {

using bd::results::NoticeCode;
using bd::results::ResultNotice;

namespace {

QVariant at(const ResultNotice& n, int i)
{
    return i < n.args.size() ? n.args.at(i) : QVariant();
}

} // namespace

QString NoticeText::date(const QDate& d)
{
    if (!d.isValid())
        return QStringLiteral("—");
    //: QDate::toString format of dates in the result's notes; German: dd.MM.yyyy
    return d.toString(tr("yyyy-MM-dd", "date format"));
}

QString NoticeText::residenceKindText(const QString& key)
{
    if (key == QLatin1String("residence-permit"))
        return tr("residence permit");
    if (key == QLatin1String("long-stay-visa"))
        return tr("long-stay visa (type D)");
    if (key == QLatin1String("residence-card"))
        return tr("residence card of a family member of an EU citizen");
    return key;
}

QString NoticeText::streamErrorText(const QString& code)
{
    if (code == QLatin1String("gateway.malformed"))
        return tr("the answer stream broke off or carried an unreadable line");
    if (code == QLatin1String("gateway.schema"))
        return tr("an answer did not match the protocol or belonged to another search");
    if (code == QLatin1String("gateway.timeout"))
        return tr("the gateway did not answer in time");
    if (code == QLatin1String("gateway.cancelled"))
        return tr("the search was cancelled");
    if (code == QLatin1String("gateway.unreachable"))
        return tr("the gateway could not be reached");
    if (code == QLatin1String("gateway.tooLarge"))
        return tr("the answer was too large to be accepted");
    return tr("the connection to the gateway failed (%1)").arg(code);
}

QString NoticeText::stayProblemText(const QString& code, const QVariantMap& context, const QString& english)
{
    const int stay = context.value(QStringLiteral("stay")).toInt();
    const auto day = [&context](const char* key) { return date(context.value(QLatin1String(key)).toDate()); };
    if (code == QLatin1String("stay.invalidDate"))
        return stay > 0 ? tr("stay %1: the entry date is not valid").arg(stay)
                        : tr("the control date is not a valid date");
    if (code == QLatin1String("stay.exitBeforeEntry") && stay > 0)
        return tr("stay %1: exit %2 is before entry %3").arg(stay).arg(day("exit"), day("entry"));
    if (code == QLatin1String("stay.afterControl") && stay > 0)
        return tr("stay %1 ends after the control date %2").arg(stay).arg(day("controlDate"));
    if (code == QLatin1String("stay.openNotLast") && stay > 0)
        return tr("stay %1 has no exit but a later stay follows").arg(stay);
    if (code == QLatin1String("stay.overlap"))
        return tr("the stays entering on %1 and %2 overlap").arg(day("entry"), day("otherEntry"));
    return english.isEmpty() ? code : english;
}

QString NoticeText::text(const ResultNotice& n)
{
    switch (n.code) {
    case NoticeCode::ResidenceNotValid:
        return tr("The declared %1 is not valid today (valid until %2): it does not replace the visa or travel "
                  "authorisation.")
            .arg(residenceKindText(at(n, 0).toString()), date(at(n, 1).toDate()));
    case NoticeCode::ResidenceReplacesVisa:
        return tr("The declared %1 of %2, valid until %3, replaces the visa and travel authorisation (SBC Art. "
                  "6(1)(b)); the 90/180 rule is not applied.")
            .arg(residenceKindText(at(n, 0).toString()), at(n, 1).toString(), date(at(n, 2).toDate()));
    case NoticeCode::MinorCheckConsent:
        return tr("Minor (%n year(s)): check who accompanies the minor and, if travelling alone or with one parent, "
                  "the consent of those with parental responsibility (SBC Annex VII point 6).",
            nullptr, at(n, 0).toInt());
    case NoticeCode::DocumentExpiredAtExit:
        return tr("The travel document expired on %1; at exit this is no reason to stop the departure.")
            .arg(date(at(n, 0).toDate()));
    case NoticeCode::DocumentExpiresWithinThreeMonths:
        return tr("The travel document expires on %1, in less than three months.").arg(date(at(n, 0).toDate()));
    case NoticeCode::EtiasTransitional:
        return tr("ETIAS transitional period until %1: no travel authorisation is required yet. Inform the traveller "
                  "that one will be and hand out the leaflet (Reg. (EU) 2018/1240 Art. 83(1)-(2)).")
            .arg(date(at(n, 0).toDate()));
    case NoticeCode::EtiasGraceFirstCrossing:
        return tr("ETIAS grace period: no valid travel authorisation, but this is the first crossing since the "
                  "transitional period ended on %1. Let the traveller through this once, inform them and hand out "
                  "the leaflet (Reg. (EU) 2018/1240 Art. 83(3)).")
            .arg(date(at(n, 0).toDate()));
    case NoticeCode::RecordsOfAnotherPerson:
        return tr("%n record(s) verified to belong to another person (green link) are shown but do not decide the "
                  "action.",
            nullptr, at(n, 0).toInt());
    case NoticeCode::DocumentRemark: {
        bd::document::MrzIssue issue;
        issue.severity = bd::document::MrzIssue::Severity::Warning;
        issue.code = at(n, 0).toString();
        issue.detail = at(n, 1).toString();
        issue.span.line = n.args.size() > 2 ? at(n, 2).toInt() : -1;
        issue.span.column = n.args.size() > 3 ? at(n, 3).toInt() : -1;
        return tr("Document: %1").arg(MrzText::issueText(issue));
    }
    case NoticeCode::StreamError:
        return streamErrorText(at(n, 0).toString());
    case NoticeCode::SummaryMissing:
        return tr("the answer stream ended without its summary");
    case NoticeCode::SummaryOfAnotherSearch:
        return tr("the summary belongs to another search");
    case NoticeCode::StayHistoryInvalid:
        return stayProblemText(at(n, 0).toString(), at(n, 2).toMap(), bd::results::noticeText(n));
    case NoticeCode::DifferentPersonGreenLink:
        return at(n, 1).toString().isEmpty()
            ? tr("verified a different person from the traveller (green link %1)").arg(at(n, 0).toString())
            : tr("verified a different person from the traveller (green link %1, verified by %2)")
                  .arg(at(n, 0).toString(), at(n, 1).toString());
    case NoticeCode::AnswerOfAnotherSearch:
        return tr("an answer belongs to another search");
    case NoticeCode::ConflictingAnswers:
        return tr("conflicting answers from this system");
    case NoticeCode::AnswerStillPending:
        return tr("no answer (still pending)");
    case NoticeCode::HitWithoutRecord:
        return tr("a hit without any record");
    case NoticeCode::RecordsWithoutHit:
        return tr("records with a status that is not a hit");
    case NoticeCode::RecordOfAnotherSystem:
        return tr("a record of another system");
    case NoticeCode::HitWithoutBlock:
        return tr("a hit without its %1 data block").arg(at(n, 0).toString().toUpper());
    case NoticeCode::AnsweredAlthoughWithheld:
        return tr("answered although the summary says it is withheld from this profile");
    }
    return bd::results::noticeText(n); // a code this version does not know: the services' English words
}

QStringList NoticeText::texts(const QList<ResultNotice>& notices)
{
    QStringList out;
    out.reserve(notices.size());
    for (const ResultNotice& n : notices)
        out << text(n);
    return out;
}

} // namespace bd::ui
