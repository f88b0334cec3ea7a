#pragma once

#include "services/document/MrzRecord.h"

#include <QDate>
#include <QStringList>

#include <random>

namespace bd::training {

// Random but valid machine-readable zones (every check digit right, via document::MrzGenerator),
// for the OCR tests, the OCR benchmark and synthetic training documents. Deterministic in seed.
class RandomMrz
{
public:
    // format Unknown picks one of TD1, TD2, TD3, MRV-A, MRV-B from the seed. Dates are placed
    // around `today` (birth 18-80 years before, expiry within 8 years after). Empty on failure.
    static QStringList generate(quint64 seed,
        bd::document::MrzFormat format = bd::document::MrzFormat::Unknown,
        QDate today = QDate(2026, 11, 28));

private:
    static QStringList generateOnce(std::mt19937_64& rng, bd::document::MrzFormat format, QDate today);
};

} // namespace bd::training
