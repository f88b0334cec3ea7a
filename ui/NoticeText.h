#pragma once

#include "services/results/ResultNotice.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace bd::ui {

// The officer's words for the verdict's notices (notes, integrity problems, why the EES history or
// a system's answer is not usable, why a record is not acted on), in the interface language. The
// services only give a code and its values; a code this class does not know shows the services'
// English text, never nothing.
class NoticeText
{
    Q_DECLARE_TR_FUNCTIONS(bd::ui::NoticeText)
public:
    static QString text(const bd::results::ResultNotice& notice);
    static QStringList texts(const QList<bd::results::ResultNotice>& notices);
    // A date in the format of the interface language ("2026-12-31" in English, "31.12.2026" in German).
    static QString date(const QDate& date);
    // "residence-permit", "long-stay-visa", "residence-card" as words; unknown: the key.
    static QString residenceKindText(const QString& key);
    // What a gateway error that ended the answer stream means, e.g. "gateway.timeout".
    static QString streamErrorText(const QString& code);
    // Why the EES history cannot be assessed, from the calculator's code ("stay.overlap") and context.
    static QString stayProblemText(const QString& code, const QVariantMap& context, const QString& english);
};

} // namespace bd::ui
