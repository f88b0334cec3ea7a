#include "services/training/PortraitKit.h"

#include <algorithm>
#include <cmath>

namespace bd::training::portrait {

namespace {

// The steps draw from the dice in this order; changing the order changes every face.

// Skin, hair, brow, iris and lip colours; returns where the skin lies on its palette (0 light .. 1 dark).
double chooseColouring(Dice& d, Traits& t)
{
    static const std::vector<Rgb> skins = { { 246, 222, 205 }, { 238, 200, 172 }, { 224, 178, 140 }, { 200, 150, 108 },
        { 165, 112, 76 }, { 125, 82, 56 }, { 92, 60, 44 } };
    const double skinT = d.uniform(0.0, 1.0);
    t.skin = alongPalette(skins, skinT);

    static const std::vector<Rgb> hairs = { { 22, 19, 18 }, { 44, 32, 26 }, { 74, 50, 34 }, { 112, 74, 46 },
        { 128, 62, 36 }, { 176, 138, 92 }, { 214, 182, 128 } };
    // Darker skin mostly goes with darker hair; grey comes with age.
    int hairIndex = skinT > 0.55 ? d.below(3) : d.below(static_cast<int>(hairs.size()));
    t.hair = mix(hairs[static_cast<std::size_t>(hairIndex)],
        hairs[static_cast<std::size_t>(std::min(hairIndex + 1, 6))], d.uniform(0, 0.5));
    if (t.age > 0.55)
        t.hair = mix(t.hair, Rgb(176, 174, 170), std::clamp((t.age - 0.5) * 2.2, 0.0, 0.95));
    t.brow = mix(t.hair, Rgb(40, 30, 25), hairIndex >= 5 ? 0.45 : 0.15);

    static const std::vector<Rgb> irises
        = { { 52, 34, 22 }, { 88, 56, 30 }, { 112, 92, 48 }, { 78, 104, 66 }, { 70, 108, 146 }, { 104, 118, 126 } };
    t.iris = skinT > 0.5 || hairIndex < 2 ? irises[static_cast<std::size_t>(d.below(2))]
                                          : irises[static_cast<std::size_t>(d.below(6))];
    t.lip = mix(t.skin * 0.9, Rgb(176, 88, 86), t.masculine ? d.uniform(0.18, 0.3) : d.uniform(0.3, 0.45));
    return skinT;
}

void chooseFaceShape(Dice& d, Traits& t)
{
    switch (d.below(5)) {
    case 0: // oval
        t.widthRatio = 0.72, t.jawPower = 1.0, t.taper = 0.13;
        break;
    case 1: // round
        t.widthRatio = 0.79, t.jawPower = 0.95, t.taper = 0.07;
        break;
    case 2: // square
        t.widthRatio = 0.77, t.jawPower = 0.78, t.taper = 0.1;
        break;
    case 3: // heart
        t.widthRatio = 0.75, t.jawPower = 1.05, t.taper = 0.24;
        break;
    default: // long
        t.widthRatio = 0.68, t.jawPower = 0.9, t.taper = 0.11;
        break;
    }
    t.widthRatio *= d.uniform(0.96, 1.04) * (t.masculine ? 1.02 : 0.98);
    if (t.masculine)
        t.jawPower = std::min(t.jawPower, 0.95) - 0.04;
}

void chooseHair(Dice& d, Traits& t)
{
    const int style = d.below(100);
    if (t.masculine) {
        t.hairStyle = style < 30 ? Hair::Crop
            : style < 55         ? Hair::SidePart
            : style < 67         ? Hair::Buzz
            : style < 77         ? Hair::Curly
            : style < 92         ? (t.age > 0.35 ? Hair::Receding : Hair::Crop)
                                 : Hair::Long;
    } else {
        t.hairStyle = style < 32 ? Hair::Long
            : style < 52         ? Hair::Bob
            : style < 70         ? Hair::Bun
            : style < 84         ? Hair::Curly
                                 : Hair::SidePart;
    }
    t.hairVolume = d.uniform(0.6, 1.4);
    t.hairlineHeight = d.uniform(0.38, 0.52) + (t.masculine ? t.age * 0.12 : 0);
    t.partSide = d.chance(0.5) ? -1 : 1;
}

void chooseFeatures(Dice& d, Traits& t, double skinT)
{
    t.eyeScale = d.uniform(0.9, 1.1);
    t.eyeGap = d.uniform(0.38, 0.43);
    t.eyeTilt = d.uniform(-0.1, 0.3);
    t.eyeOpen = d.uniform(0.36, 0.46);
    t.browThick = (t.masculine ? d.uniform(0.055, 0.08) : d.uniform(0.035, 0.055));
    t.browArch = d.uniform(0.2, 0.8);
    t.browLift = d.uniform(-0.05, 0.08);
    t.noseWidth = d.uniform(0.85, 1.2) * (skinT > 0.6 ? 1.1 : 1.0);
    t.noseLength = d.uniform(0.92, 1.08);
    t.mouthWidth = d.uniform(0.9, 1.1);
    t.upperLip = d.uniform(0.05, 0.08) * (t.masculine ? 0.85 : 1.0);
    t.lowerLip = d.uniform(0.075, 0.11) * (t.masculine ? 0.9 : 1.0);
    t.earScale = d.uniform(0.9, 1.1);
    t.neckWidth = t.masculine ? d.uniform(0.6, 0.7) : d.uniform(0.5, 0.58);
}

void chooseClothesAndBackground(Dice& d, Traits& t)
{
    static const std::vector<Rgb> clothes = { { 38, 42, 56 }, { 58, 60, 64 }, { 30, 52, 92 }, { 104, 36, 40 },
        { 46, 84, 72 }, { 128, 120, 108 }, { 180, 172, 160 }, { 70, 96, 140 } };
    t.clothes = static_cast<Clothes>(d.below(4));
    t.garment = clothes[static_cast<std::size_t>(d.below(static_cast<int>(clothes.size())))];
    t.shirt = d.chance(0.6) ? Rgb(240, 240, 236) : Rgb(196, 214, 236);
    t.clothes = t.clothes == Clothes::Top && t.masculine ? Clothes::Sweater : t.clothes;
    t.tie = t.masculine && t.clothes == Clothes::Suit && d.chance(0.6);
    static const std::vector<Rgb> backgrounds
        = { { 234, 236, 238 }, { 226, 232, 240 }, { 238, 236, 230 }, { 222, 226, 230 } };
    t.background = backgrounds[static_cast<std::size_t>(d.below(4))];
    t.stubble = t.masculine && d.chance(0.35) ? d.uniform(0.08, 0.18) : 0.0;
}

} // namespace

Traits chooseTraits(quint32 seed)
{
    Dice d(seed);
    Traits t;
    t.masculine = (seed & 1U) != 0;
    t.age = d.uniform(0.0, 1.0) * d.uniform(0.3, 1.0);
    const double skinT = chooseColouring(d, t);
    chooseFaceShape(d, t);
    chooseHair(d, t);
    chooseFeatures(d, t, skinT);
    chooseClothesAndBackground(d, t);
    return t;
}

} // namespace bd::training::portrait
