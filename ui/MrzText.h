#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace bd::document {
struct MrzIssue;
}

namespace bd::ui {

// Words for the MRZ engine's codes (issue codes, field names): a sibling of ErrorText for the
// document result panel. The parser returns codes; only this class turns them into text.
class MrzText
{
    Q_DECLARE_TR_FUNCTIONS(MrzText)
public:
    static QString fieldLabel(const QString& fieldName);
    static QString issueText(const bd::document::MrzIssue& issue);
    // The fields of DocumentFacts::unverifiedFields in words ("the name, Nationality").
    static QString unverifiedFields(const QStringList& fieldNames);
};

} // namespace bd::ui
