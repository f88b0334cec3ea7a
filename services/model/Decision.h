#pragma once

#include <QList>
#include <QString>

#include <optional>

// The officer's decision on a check, with its one key (journal, gateway record, unified result's
// JSON, CLI). Code compares the enum; the key appears only where text is read or written.
namespace bd::model {

enum class Decision
{
    Admit,
    Refuse,
    SecondLine, // refer to second line: always allowed as the more cautious step
    LetExit // an exit check's "admit"
};

// The keys, for the fields that keep a decision as text (RequiredAction::decision, the scenario
// files); the table in Decision.cpp maps them to the enum.
namespace decision_keys {
inline constexpr char kAdmit[] = "admit";
inline constexpr char kRefuse[] = "refuse";
inline constexpr char kSecondLine[] = "second-line";
inline constexpr char kLetExit[] = "let-exit";
} // namespace decision_keys

QList<Decision> allDecisions();
QString decisionKey(Decision d); // "admit", "refuse", "second-line", "let-exit"
std::optional<Decision> decisionFromKey(const QString& key);

} // namespace bd::model
