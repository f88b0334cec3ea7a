#pragma once

#include <string_view>

namespace bd::ocr {

// The 37 characters of a machine-readable zone, in classifier order (class index = position).
inline constexpr std::string_view kMrzAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";
inline constexpr int kMrzClassCount = static_cast<int>(kMrzAlphabet.size());

// Class index of an MRZ character, -1 when the character is not in the alphabet.
inline int mrzClassOf(char c)
{
    const auto pos = kMrzAlphabet.find(c);
    return pos == std::string_view::npos ? -1 : static_cast<int>(pos);
}

} // namespace bd::ocr
