#pragma once

#include "services/document/MrzRecord.h"
#include "services/ocr/OcrbModel.h"

#include <vector>

namespace bd::ocr {

// How sure the recogniser was of a reading, and whether its check digits may vouch for it.
//
// A reading from an image is "valid" only when the check digits prove it. They prove nothing when
// they pass only because a character was changed against the recogniser's clear opinion (three
// fillers read as "OOO", the two check-digit O's turned into 0 by the look-alike repair, and both
// check digits passing by coincidence): such a reading is reported as unverified, not valid. Names,
// nationality, sex and TD1 optional data have no check digit at all: a weak character there cannot
// be proven either way, so the officer is told to verify it against the visual zone.
struct MrzConfidenceRules
{
    // A changed character is a proper repair only when the recogniser's top choice there was below
    // this (it was itself uncertain) ...
    float uncertainTop = 0.90f;
    // ... and it gave the repaired character at least this probability (it was among its choices).
    float repairedAtLeast = 0.02f;
    // Two repairs that both pass every check digit are told apart only when the better is at least
    // this many times more probable (log difference); otherwise the reading is ambiguous.
    double clearlyBetterLog = 2.996; // ln 20
    // Weak characters under one check digit from which a coincidental pass is no longer unlikely
    // (the reading is then unverified, not valid).
    int weakUnderOneCheck = 2;
    // The run of fillers that ends a field (the name's tail), where the recogniser's own top choice
    // is the filler, is weak only below this: the cells at the right end of a line are read with
    // less certainty on clean pages too (measured 0.55-0.76 on the training deck's clean passport,
    // with 'Q' second), and a filler that is more probable than every letter together still says
    // "the field ends here". MrzRecord::weakConfidence applies everywhere else.
    float trailingFillerWeak = 0.50f;
};

// raw: the recogniser's averaged top-3 per cell, line by line, before the format's character
// classes or the check digits chose (same cell count as record.lines). ambiguousRepair: another
// repair of the same zone passed every check digit and was not clearly less probable.
//
// Fills record.confidence and record.weakCharacters; adds "verifyVisualZone" warnings; when the
// check digits pass only through a repair the recogniser did not support, or through an ambiguous
// one, sets record.valid = false and adds the error "unverifiedRepair"; with weakUnderOneCheck or
// more weak characters under one check digit, likewise with the error "uncertainCharacters". A record whose lines do
// not match raw is left untouched. Pure.
void assessConfidence(const std::vector<GlyphReading>& raw,
    bool ambiguousRepair,
    bd::document::MrzRecord& record,
    const MrzConfidenceRules& rules = {});

// The probability the recogniser gave to character c in one cell (0 when not among its choices).
float probabilityOf(const GlyphReading& cell, char c);

} // namespace bd::ocr
