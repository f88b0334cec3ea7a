// bd_ocr_train: the build-time trainer of the OCR-B MRZ character classifier.
//
// Renders random MRZ-like lines in OCR-B (the font the MRZ is printed in; other fonts with --font)
// at random sizes, weights, blur, noise, JPEG quality, light and small turns, cuts them with the
// same MrzZoneSegmenter the reader uses, and trains an OpenCV ANN_MLP on the cell features. The model is written as
// OpenCV YAML and embedded into bd_services as the Qt resource :/ocr/ocrb-mlp-SEED.yml, one ensemble member per seed
// (see services/ocr/Sources.cmake).
//
// usage: bd_ocr_train --out FILE [--fonts ocrb|mono | --font PATH[:SHARE]...] [--lines N] [--seed S]
#include "services/ocr/GlyphFeatures.h"
#include "services/ocr/MrzCharset.h"
#include "services/ocr/MrzZoneSegmenter.h"
#include "services/ocr/OcrbFont.h"
#include "services/ocr/OcrbModel.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/ml.hpp>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <memory>
#include <random>
#include <string>
#include <vector>

using namespace bd::ocr;

namespace {

using Rng = std::mt19937_64;

struct TrainingFont
{
    std::string path;
    double share = 1.0; // relative share of the strips drawn in it
    std::unique_ptr<OcrbFont> font;
};

// The OCR-B ensemble trains on OCR-B alone ("ocrb"). Training it on OCR-B with its sharp cut and
// DejaVu Sans Mono as well (measured 2026-12-02, docs/benchmarks.md) made OCR-B readings less
// certain — fewer zones valid, more sent to the officer. Zones not in OCR-B get their own
// fallback classifier instead ("mono": DejaVu Sans Mono, regular and bold), which the reader asks
// only when the OCR-B ensemble reads nothing valid. Liberation Mono is in neither: the benchmark
// reads it as a font never seen.
std::vector<TrainingFont> fontSet(const std::string& name)
{
    std::vector<TrainingFont> fonts;
    if (name == "ocrb") {
        fonts.push_back({ OcrbFont::defaultPath(), 1.0, nullptr });
    } else if (name == "mono") {
        fonts.push_back({ MrzFonts::dejaVuSansMono, 0.7, nullptr });
        fonts.push_back({ MrzFonts::dejaVuSansMonoBold, 0.3, nullptr });
    }
    return fonts;
}

double uni(Rng& rng, double lo, double hi)
{
    return std::uniform_real_distribution<double>(lo, hi)(rng);
}

// Random characters with filler runs; digitShare of the characters are digits (MRZ lines range from
// names only to dates and numbers only, and the segmenter must frame both alike).
std::string randomLine(Rng& rng, int n, double digitShare)
{
    std::string s;
    while (static_cast<int>(s.size()) < n) {
        const double r = uni(rng, 0, 1);
        if (r < 0.12) {
            s.append(static_cast<size_t>(std::uniform_int_distribution<int>(1, 6)(rng)), '<');
        } else if (uni(rng, 0, 1) < digitShare) {
            s.push_back(static_cast<char>('0' + std::uniform_int_distribution<int>(0, 9)(rng)));
        } else {
            s.push_back(static_cast<char>('A' + std::uniform_int_distribution<int>(0, 25)(rng)));
        }
    }
    s.resize(static_cast<size_t>(n));
    return s;
}

// One training strip: lines rendered at a source scale, degraded there, then scaled to the
// segmenter's working pitch, as the reader does with a located zone.
cv::Mat renderStrip(const OcrbFont& font, Rng& rng, const std::vector<std::string>& lines)
{
    const int n = static_cast<int>(lines.front().size());
    const double pitch = uni(rng, 12.0, 42.0);
    const double cap = pitch * MrzGeometry::capHeightMm / MrzGeometry::pitchMm * uni(rng, 0.92, 1.08);
    const double spacing = pitch * MrzGeometry::lineSpacingMm / MrzGeometry::pitchMm * uni(rng, 0.95, 1.1);
    const int marginX = static_cast<int>(pitch * uni(rng, 0.6, 2.0));
    const int marginY = static_cast<int>(pitch * uni(rng, 0.8, 2.0));
    const int w = static_cast<int>(n * pitch) + 2 * marginX;
    const int h = static_cast<int>((static_cast<double>(lines.size()) - 1) * spacing + cap) + 2 * marginY;
    const double paper = uni(rng, 150, 250);
    cv::Mat img(h, w, CV_8UC1, cv::Scalar(paper));
    // Faint background pattern.
    if (uni(rng, 0, 1) < 0.5) {
        for (int k = 0; k < 6; ++k) {
            const double amp = uni(rng, 2, h / 2.0), f = uni(rng, 0.005, 0.05), ph = uni(rng, 0, 6.3),
                         y0 = uni(rng, 0, h);
            std::vector<cv::Point> pts;
            for (int x = 0; x < w; x += 3)
                pts.emplace_back(x, static_cast<int>(y0 + amp * std::sin(f * x + ph)));
            cv::polylines(img, pts, false, cv::Scalar(paper - uni(rng, 10, 45)), 1, cv::LINE_AA);
        }
    }
    const double inkLevel = uni(rng, 0, std::max(1.0, paper - 110));
    cv::Mat text3(h, w, CV_8UC3, cv::Scalar::all(0)); // cv::freetype draws on BGR images only
    for (size_t i = 0; i < lines.size(); ++i)
        font.drawMonospaced(text3, lines[i], marginX, marginY + cap + static_cast<double>(i) * spacing, pitch, cap,
            cv::Scalar::all(255));
    cv::Mat text;
    cv::cvtColor(text3, text, cv::COLOR_BGR2GRAY);
    // Weight: thicker or thinner strokes.
    const double weight = uni(rng, 0, 1);
    if (weight < 0.2 && pitch > 18)
        cv::erode(text, text, cv::getStructuringElement(cv::MORPH_ELLIPSE, { 2, 2 }));
    else if (weight > 0.8)
        cv::dilate(text, text, cv::getStructuringElement(cv::MORPH_ELLIPSE, { 2, 2 }));
    cv::Mat textF, imgF;
    text.convertTo(textF, CV_32F, 1.0 / 255);
    img.convertTo(imgF, CV_32F);
    imgF = imgF.mul(1.0 - textF) + textF * inkLevel;
    // Uneven light.
    const double gx = uni(rng, -0.4, 0.4), gy = uni(rng, -0.3, 0.3);
    for (int y = 0; y < h; ++y) {
        float* row = imgF.ptr<float>(y);
        for (int x = 0; x < w; ++x)
            row[x] *= static_cast<float>(1.0 + gx * (x - w / 2.0) / w + gy * (y - h / 2.0) / h);
    }
    imgF.convertTo(img, CV_8U);
    const double blur = uni(rng, 0, 1) < 0.75 ? uni(rng, 0.0, 1.4) * pitch / 25.0 : 0.0;
    if (blur > 0.1)
        cv::GaussianBlur(img, img, {}, blur);
    const double noise = uni(rng, 0, 14);
    if (noise > 0.5) {
        cv::Mat nm(img.size(), CV_16S), tmp;
        cv::randn(nm, 0, noise);
        img.convertTo(tmp, CV_16S);
        tmp += nm;
        tmp.convertTo(img, CV_8U);
    }
    if (uni(rng, 0, 1) < 0.5) {
        std::vector<uchar> buf;
        cv::imencode(".jpg", img, buf, { cv::IMWRITE_JPEG_QUALITY, static_cast<int>(uni(rng, 50, 95)) });
        img = cv::imdecode(buf, cv::IMREAD_GRAYSCALE);
    }
    // To the working pitch with a small residual turn and scale error (as a located zone has).
    const double scale = MrzZoneSegmenter::kTargetPitch / pitch * uni(rng, 0.9, 1.1);
    cv::Mat scaled;
    cv::resize(img, scaled, {}, scale, scale, scale < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
    const cv::Mat rot = cv::getRotationMatrix2D({ scaled.cols / 2.0f, scaled.rows / 2.0f }, uni(rng, -1.5, 1.5), 1.0);
    cv::warpAffine(scaled, scaled, rot, scaled.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    return scaled;
}

bool makeSet(
    const std::vector<TrainingFont>& fonts, Rng& rng, int strips, cv::Mat& samples, cv::Mat& labels, int& skipped)
{
    static const int lengths[] = { 30, 36, 44 };
    std::vector<double> shares;
    for (const TrainingFont& f : fonts)
        shares.push_back(f.share);
    std::discrete_distribution<size_t> pick(shares.begin(), shares.end());
    skipped = 0;
    for (int s = 0; s < strips; ++s) {
        // One font draws nothing from the generator: the OCR-B model stays what it was.
        const OcrbFont& font = *fonts[fonts.size() == 1 ? 0 : pick(rng)].font;
        const int n = lengths[s % 3];
        const int count = n == 30 ? 3 : 2;
        std::vector<std::string> lines;
        for (int i = 0; i < count; ++i)
            lines.push_back(randomLine(rng, n, uni(rng, 0.0, 1.0)));
        const cv::Mat strip = renderStrip(font, rng, lines);
        MrzSegmentedZone zone;
        if (!MrzZoneSegmenter::segment(strip, n, count, zone)) {
            ++skipped;
            continue;
        }
        for (int i = 0; i < count; ++i) {
            samples.push_back(zone.lines[static_cast<size_t>(i)].features);
            for (char c : lines[static_cast<size_t>(i)])
                labels.push_back(mrzClassOf(c));
        }
    }
    return !samples.empty();
}

} // namespace

int main(int argc, char** argv)
{
    std::string out;
    std::vector<TrainingFont> fonts;
    std::string set = "ocrb";
    int strips = 1500;
    unsigned long long seed = 20261128;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--out"))
            out = argv[i + 1];
        else if (!std::strcmp(argv[i], "--font")) {
            std::string path = argv[i + 1];
            double share = 1.0;
            if (const auto colon = path.rfind(':'); colon != std::string::npos && colon > 0) {
                share = std::atof(path.c_str() + colon + 1);
                path.resize(colon);
            }
            fonts.push_back({ path, share, nullptr });
        } else if (!std::strcmp(argv[i], "--fonts"))
            set = argv[i + 1];
        else if (!std::strcmp(argv[i], "--lines"))
            strips = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--seed"))
            seed = std::strtoull(argv[i + 1], nullptr, 10);
    }
    if (out.empty()) {
        std::fprintf(stderr,
            "usage: bd_ocr_train --out FILE [--fonts ocrb|mono | --font PATH[:SHARE]...] [--lines N] [--seed S]\n");
        return 2;
    }
    if (fonts.empty())
        fonts = fontSet(set);
    if (fonts.empty()) {
        std::fprintf(stderr, "bd_ocr_train: unknown font set %s (ocrb or mono)\n", set.c_str());
        return 2;
    }
    for (TrainingFont& f : fonts) {
        f.font = std::make_unique<OcrbFont>(f.path);
        if (!f.font->isValid() || !(f.share > 0)) {
            std::fprintf(
                stderr, "bd_ocr_train: cannot load the training font %s (share %g)\n", f.path.c_str(), f.share);
            return 1;
        }
    }
    cv::setNumThreads(1);
    const auto t0 = std::chrono::steady_clock::now();
    Rng rng(seed);
    cv::Mat samples, labels;
    int skipped = 0;
    makeSet(fonts, rng, strips, samples, labels, skipped);
    const auto t1 = std::chrono::steady_clock::now();
    cv::Mat responses = cv::Mat::zeros(samples.rows, kMrzClassCount, CV_32F);
    for (int i = 0; i < samples.rows; ++i)
        responses.at<float>(i, labels.at<int>(i)) = 1.0f;

    cv::Ptr<cv::ml::ANN_MLP> mlp = OcrbModel::createNetwork();
    mlp->train(cv::ml::TrainData::create(samples, cv::ml::ROW_SAMPLE, responses));
    const auto t2 = std::chrono::steady_clock::now();

    // Held-out check on fresh strips.
    Rng testRng(seed + 1);
    cv::Mat testSamples, testLabels;
    int testSkipped = 0;
    makeSet(fonts, testRng, std::max(60, strips / 10), testSamples, testLabels, testSkipped);
    cv::Mat predictions;
    mlp->predict(testSamples, predictions);
    int correct = 0;
    for (int i = 0; i < testSamples.rows; ++i) {
        cv::Point best;
        cv::minMaxLoc(predictions.row(i), nullptr, nullptr, nullptr, &best);
        correct += best.x == testLabels.at<int>(i);
    }
    mlp->save(out);
    const auto ms = [](auto a, auto b) { return std::chrono::duration<double, std::milli>(b - a).count(); };
    std::printf("bd_ocr_train: %zu fonts, %d samples (%d strips skipped), render+segment %.0f ms, train %.0f ms; "
                "held-out %d/%d "
                "correct (%.3f%%), %d strips skipped\n",
        fonts.size(), samples.rows, skipped, ms(t0, t1), ms(t1, t2), correct, testSamples.rows,
        100.0 * correct / std::max(1, testSamples.rows), testSkipped);
    return 0;
}
