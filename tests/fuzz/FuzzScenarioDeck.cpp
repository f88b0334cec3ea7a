// libFuzzer harness: one scenario file of the trainer's deck (services/training/ScenarioDeck::parse,
// which also runs the relative dates, faults, declarations and translations decoders and the
// gateway codec on the traveller, answers and links) on arbitrary bytes; short inputs also go
// through parseFaultSpec (--fault) and resolveRelativeDate as text. See docs/fuzzing.md.
#include "tests/fuzz/FuzzSupport.h"

#include "services/training/ScenarioDeck.h"

#include <QRegularExpression>

namespace {

using namespace bd::training;

const QDate kToday(2026, 11, 28);

void checkCase(const CaseFile& c)
{
    static const QRegularExpression kId(QStringLiteral("^[a-z0-9][a-z0-9-]{1,62}$"));
    BD_FUZZ_CHECK(kId.match(c.id).hasMatch());
    BD_FUZZ_CHECK(!c.title.isEmpty());
    BD_FUZZ_CHECK(!c.document.number.isEmpty() && !c.document.issuingState.isEmpty());
    for (auto it = c.answers.constBegin(); it != c.answers.constEnd(); ++it) {
        BD_FUZZ_CHECK(it.key() == it->system);
        for (const bd::model::Hit& h : it->hits)
            BD_FUZZ_CHECK(h.system == it->system);
    }
    for (const bd::model::IdentityLink& l : c.links)
        BD_FUZZ_CHECK(l.records.size() >= 2);
    for (auto it = c.faults.constBegin(); it != c.faults.constEnd(); ++it)
        BD_FUZZ_CHECK(it->ms >= 0 && it->ms <= 600000);
    if (c.expected)
        BD_FUZZ_CHECK(c.expected->debrief.size() >= 20 && requiredActionCodes().contains(c.expected->requiredAction));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    bd::fuzz::quietLogging();
    if (size > 1024 * 1024)
        return 0; // ScenarioDeck::load refuses files over 1 MiB
    const QByteArray input = bd::fuzz::bytes(data, size);
    const auto parsed = ScenarioDeck::parse(input, kToday, QStringLiteral("fuzz.json"));
    if (parsed)
        checkCase(*parsed);
    else
        BD_FUZZ_CHECK(parsed.error().code.startsWith(QLatin1String("scenario.")));

    if (size <= 64) {
        const QString text = QString::fromUtf8(input);
        if (const auto date = ScenarioDeck::resolveRelativeDate(text, kToday))
            BD_FUZZ_CHECK(date->isValid());
        const auto fault = parseFaultSpec(text);
        if (fault)
            BD_FUZZ_CHECK(fault->second.ms >= 0 && fault->second.ms <= 999999);
        else
            BD_FUZZ_CHECK(fault.error().code == QLatin1String("options.fault"));
    }
    return 0;
}
