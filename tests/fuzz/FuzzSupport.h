#pragma once
// Shared by the libFuzzer harnesses (tests/fuzz/Fuzz*.cpp). Each harness defines
// LLVMFuzzerTestOneInput; it is linked either with libFuzzer (preset "fuzz") or with
// ReplayMain.cpp (every other build: ctest fuzz.replay.<harness> replays its corpus).

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// A broken invariant: print it and abort, so libFuzzer saves the input and the replay test fails.
#define BD_FUZZ_CHECK(cond)                                                                                            \
    do {                                                                                                               \
        if (!(cond)) {                                                                                                 \
            std::fprintf(stderr, "fuzz invariant failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__);                    \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

namespace bd::fuzz {

// The parsers log every input they reject; millions of warnings would drown libFuzzer's report
// and slow it down. Fatal messages still abort (with their text).
inline void quietLogging()
{
    static const bool installed = [] {
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
            if (type == QtFatalMsg) {
                std::fprintf(stderr, "fatal: %s\n", qUtf8Printable(message));
                std::abort();
            }
        });
        return true;
    }();
    (void)installed;
}

inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

} // namespace bd::fuzz
