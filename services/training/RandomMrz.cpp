#include "services/training/RandomMrz.h"

#include "services/core/LogCategories.h"
#include "services/document/MrzGenerator.h"

#include <random>

namespace bd::training {

namespace {

using Rng = std::mt19937_64;

int pick(Rng& rng, int n)
{
    return std::uniform_int_distribution<int>(0, n - 1)(rng);
}

QString randomName(Rng& rng, int minSyllables, int maxSyllables)
{
    static const char* syllables[] = { "AN", "BER", "CO", "DA", "EL", "FI", "GUS", "HAN", "IO", "JO", "KA", "LI", "MAR",
        "NO", "OS", "PE", "QUI", "RO", "SA", "TO", "UL", "VI", "WEN", "XA", "YU", "ZE", "SCH", "MI", "LLER", "SON",
        "OV", "IC", "EZ", "ER", "ANN" };
    constexpr int count = static_cast<int>(sizeof(syllables) / sizeof(syllables[0]));
    QString out;
    const int n = minSyllables + pick(rng, maxSyllables - minSyllables + 1);
    for (int i = 0; i < n; ++i)
        out += QLatin1String(syllables[pick(rng, count)]);
    return out;
}

QString randomAlnum(Rng& rng, int length, bool lettersFirst)
{
    static const char alnum[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString out;
    for (int i = 0; i < length; ++i) {
        const bool letter = lettersFirst && i < 2;
        out += QLatin1Char(alnum[letter ? pick(rng, 26) : pick(rng, 36)]);
    }
    return out;
}

} // namespace

QStringList RandomMrz::generate(quint64 seed, bd::document::MrzFormat format, QDate today)
{
    // A few draws can break a generator rule (e.g. a name that transliterates to nothing useful);
    // draw again from the same seed stream.
    Rng rng(seed * 6364136223846793005ULL + 1442695040888963407ULL);
    for (int attempt = 0; attempt < 20; ++attempt) {
        const QStringList lines = generateOnce(rng, format, today);
        if (!lines.isEmpty())
            return lines;
    }
    return {};
}

QStringList RandomMrz::generateOnce(std::mt19937_64& rng, bd::document::MrzFormat format, QDate today)
{
    using bd::document::MrzFormat;
    static const MrzFormat formats[]
        = { MrzFormat::TD1, MrzFormat::TD2, MrzFormat::TD3, MrzFormat::MRVA, MrzFormat::MRVB };
    static const char* countries[] = { "UTO", "D", "FRA", "ITA", "ESP", "NLD", "POL", "GBR", "USA", "CAN", "UKR", "TUR",
        "CHN", "IND", "BRA", "NGA", "AUT", "CHE", "SWE", "XXA" };
    constexpr int countryCount = static_cast<int>(sizeof(countries) / sizeof(countries[0]));
    bd::document::MrzDocumentData d;
    d.format = format == MrzFormat::Unknown ? formats[pick(rng, 5)] : format;
    d.issuingState = QLatin1String(countries[pick(rng, countryCount)]);
    d.nationality = QLatin1String(countries[pick(rng, countryCount)]);
    d.surname = randomName(rng, 1, 4);
    if (pick(rng, 4) == 0)
        d.surname += QLatin1Char(' ') + randomName(rng, 1, 3);
    d.givenNames = randomName(rng, 1, 3);
    if (pick(rng, 2) == 0)
        d.givenNames += QLatin1Char(' ') + randomName(rng, 1, 3);
    d.documentNumber = randomAlnum(rng, 7 + pick(rng, 3), pick(rng, 2) == 0);
    d.dateOfBirth = today.addDays(-(18 * 365 + pick(rng, 62 * 365)));
    d.dateOfExpiry = today.addDays(30 + pick(rng, 8 * 365));
    d.sex = QLatin1Char("MF<"[pick(rng, 3)]);
    if (pick(rng, 2) == 0)
        d.optionalData = randomAlnum(rng, 4 + pick(rng, 5), false);
    const auto result = bd::document::MrzGenerator::generate(d);
    if (!result.ok())
        qCDebug(lcOcr) << "random MRZ draw rejected:" << result.error().code;
    return result.ok() ? result.value() : QStringList();
}

} // namespace bd::training
