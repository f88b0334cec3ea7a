// libFuzzer harness: the keyboard-wedge decoder (services/input/KeyboardWedgeDecoder) on arbitrary
// key sequences, and its layout undo and zone decoding on arbitrary text.
//
// Input: byte 0 = minLineLength 10 + b % 35, byte 1 = maxKeyIntervalMs 5 + b % 196 (the ranges of
// the settings wedge/*); then pairs (key, time): key < 200 is a character of the reader alphabet
// of all three layouts plus separators and a few others (\r, \t, \n), 200-209 a modifier press
// (Shift, no text), 210-219 Enter without text, 220-255 some other character; time 0-239 is the gap in ms since the
// previous key, 240-254 a clock going back, 255 "no key until the decoder's timeout" (timeout()).
// Invariants: every key with text is delivered at most once and in the order typed (released
// keys before the current one), a read is a zone of 2 or 3 lines in the MRZ alphabet with at most
// as many passing check digits as checks, and after the final timeout nothing is held back.
// All bytes as text (lines split on \n) also go through decode() and undoLayout() directly.
#include "tests/fuzz/FuzzSupport.h"

#include "services/input/KeyboardWedgeDecoder.h"

#include <QStringList>

namespace {

using namespace bd::input;

const QString& keyAlphabet()
{
    static const QString chars
        = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789<;.?&\"'(-_\r\t\n !#")
        + QChar(0x00E9) + QChar(0x00E8) + QChar(0x00E7) + QChar(0x00E0);
    return chars;
}

bool inMrzAlphabet(const QString& line)
{
    for (const QChar c : line)
        if (!((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'<'))
            return false;
    return true;
}

// Keys with text carry their position in the input as key code (1000 + n; the decoder reads key
// codes only for Return, Enter and Tab) so the order of delivery can be checked.
struct Delivery
{
    int next = 0; // every key delivered from now on must have a larger position
    void deliver(const WedgeKey& key)
    {
        if (key.key < 1000 || key.key > 1000 + 8192)
            return; // Shift or Enter: no position
        const int position = key.key - 1000;
        BD_FUZZ_CHECK(position >= next);
        next = position + 1;
    }
    void take(const KeyboardWedgeDecoder::Step& step, const WedgeKey* current)
    {
        for (const WedgeKey& k : step.release)
            deliver(k);
        if (step.deliverCurrent) {
            BD_FUZZ_CHECK(current != nullptr);
            deliver(*current);
        }
        for (const WedgeRead& read : step.reads) {
            BD_FUZZ_CHECK(read.lines.size() == 2 || read.lines.size() == 3);
            for (const QString& line : read.lines)
                BD_FUZZ_CHECK(inMrzAlphabet(line));
            BD_FUZZ_CHECK(read.checksPassed >= 0 && read.checksPassed <= read.checksTotal);
        }
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    bd::fuzz::quietLogging();
    if (size < 2 || size > 8192)
        return 0;
    KeyboardWedgeDecoder::Config config;
    config.minLineLength = 10 + data[0] % 35;
    config.maxKeyIntervalMs = 5 + data[1] % 196;
    KeyboardWedgeDecoder decoder(config, QDate(2026, 11, 28));
    Delivery delivery;
    qint64 now = 1'000'000;
    for (std::size_t i = 2; i + 1 < size; i += 2) {
        const std::uint8_t k = data[i];
        const std::uint8_t t = data[i + 1];
        if (t == 255) {
            delivery.take(decoder.timeout(), nullptr);
            now += 1000;
            continue;
        }
        now += t < 240 ? t : -10 * (t - 239);
        WedgeKey key;
        key.key = 1000 + static_cast<int>(i);
        key.timestampMs = now;
        if (k < 200)
            key.text = keyAlphabet().at(k % keyAlphabet().size()); // \r, \t, \n separate by their text
        else if (k < 210)
            key.key = Qt::Key_Shift; // a modifier: no text
        else if (k < 220)
            key.key = Qt::Key_Enter; // a separator by its key code alone, no text
        else
            key.text = QChar(static_cast<char16_t>(0x100 + k * 7));
        delivery.take(decoder.feed(key), &key);
        BD_FUZZ_CHECK(decoder.heldCount() <= config.maxBurstKeys);
    }
    delivery.take(decoder.timeout(), nullptr);
    delivery.take(decoder.timeout(), nullptr);
    BD_FUZZ_CHECK(decoder.state() == KeyboardWedgeDecoder::State::Idle);
    BD_FUZZ_CHECK(decoder.heldCount() == 0);
    BD_FUZZ_CHECK(decoder.msUntilTimeout() == -1);

    const QString text = QString::fromUtf8(bd::fuzz::bytes(data + 2, size - 2));
    for (KeyboardLayout layout : { KeyboardLayout::Us, KeyboardLayout::Qwertz, KeyboardLayout::Azerty })
        BD_FUZZ_CHECK(KeyboardWedgeDecoder::undoLayout(text, layout).size() == text.size());
    const QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.size() <= 4) {
        WedgeRead read;
        if (decoder.decode(lines, &read)) {
            KeyboardWedgeDecoder::Step step;
            step.reads.append(read);
            delivery.take(step, nullptr);
        }
    }
    return 0;
}
