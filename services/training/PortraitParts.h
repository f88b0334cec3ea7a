#pragma once

// The painting steps of SyntheticPortrait, in the order render() calls them (not a public interface).

#include "services/training/PortraitKit.h"

namespace bd::training::portrait {

struct HairShapes
{
    cv::Mat back; // behind the head and shoulders
    cv::Mat front; // over the forehead, temples and (long styles) the shoulders
    double opacity = 1;
    cv::Point2d flowFrom; // strands run away from here
    bool curly = false;
};

// PortraitHair.cpp
// The side of the face from y0 to y1, inset from its edge (minHalf: at least this half-width).
Poly faceSide(const Head& h, int side, double y0, double y1, double inset, double minHalf = 0);
HairShapes shapeHair(const Head& h, const Traits& t, Canvas& canvas, Dice& d);
void paintHair(Canvas& canvas, const cv::Mat& mask, const Head& h, const Traits& t, const HairShapes& s, Dice& d);

// PortraitFace.cpp
// The skin colour per pixel: the base tone under a soft key light from the viewer's left, with
// the hollows of eyes, nose, mouth and neck in shadow.
cv::Mat shadeSkin(const Head& h, const Traits& t, const cv::Mat& faceMask, const cv::Mat& earMask);
void paintEye(Canvas& canvas, const Head& h, const Traits& t, int side, Dice& d);
void paintBrow(Canvas& canvas, const Head& h, const Traits& t, int side, Dice& d);
void paintNose(Canvas& canvas, const Head& h, const Traits& t);
void paintMouth(Canvas& canvas, const Head& h, const Traits& t);
void paintStubble(Canvas& canvas, const Head& h, const Traits& t, const cv::Mat& faceMask, Dice& d);

// PortraitBody.cpp
void paintBody(Canvas& canvas, const Head& h, const Traits& t, const cv::Mat& skin, Dice& d);

} // namespace bd::training::portrait
