// libFuzzer harness: the training gateway's HTTP request head parser
// (services/training/GatewayHttp parseHttpHead), the first code that reads bytes from a client
// connection, on arbitrary bytes up to the server's 16 KiB header cap. Invariants: a refusal is a
// gateway.http error with a 4xx status; an accepted head has a method and a path without spaces,
// lower-case header names, and a Content-Length that is exactly the digits every Content-Length
// line carried (no sign, no conflicting duplicates: request smuggling). See docs/fuzzing.md.
#include "tests/fuzz/FuzzSupport.h"

#include "services/training/GatewayHttp.h"

#include <QList>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    bd::fuzz::quietLogging();
    if (size > 16 * 1024)
        return 0; // HttpConnection answers 431 before parsing a longer head
    const QByteArray head(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto parsed = bd::training::parseHttpHead(head);
    if (!parsed) {
        BD_FUZZ_CHECK(parsed.error().code == QLatin1String("gateway.http"));
        const int status = parsed.error().context.value(QStringLiteral("status")).toInt();
        BD_FUZZ_CHECK(status >= 400 && status < 500);
        return 0;
    }
    const auto& r = parsed->request;
    BD_FUZZ_CHECK(!r.method.isEmpty() && !r.method.contains(' '));
    BD_FUZZ_CHECK(!r.path.contains(' ') && !r.path.contains('?'));
    BD_FUZZ_CHECK(parsed->contentLength >= 0);
    for (auto it = r.headers.cbegin(); it != r.headers.cend(); ++it)
        BD_FUZZ_CHECK(it.key() == it.key().toLower());
    // Every Content-Length line of the input says the same digits, and they are the length used.
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0 && lines[i].left(colon).trimmed().toLower() == "content-length") {
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            bool ok = false;
            BD_FUZZ_CHECK(value.toLongLong(&ok) == parsed->contentLength && ok);
            for (char c : value)
                BD_FUZZ_CHECK(c >= '0' && c <= '9');
        }
    }
    return 0;
}
