#pragma once

#include "services/core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

#include <cmath>
#include <optional>

// Private to services/gateway: the checked reader behind the json::decode* functions of
// GatewayJson.h (GatewayJsonDecode.cpp). Not part of the gateway's interface.
namespace bd::gateway::json::detail {

constexpr int kMaxText = 512;
constexpr int kMaxItems = 5000;
constexpr qsizetype kMaxImageBytes = 4 * 1024 * 1024;

// Reads members of one JSON object; the first problem is kept with its full path.
class Reader
{
public:
    Reader(const QJsonObject& o, QString path, QString* error)
        : m_o(o)
        , m_path(std::move(path))
        , m_error(error)
    {
    }

    bool ok() const { return m_error->isEmpty(); }
    QString pathOf(const QString& key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }
    void fail(const QString& key, const QString& what)
    {
        if (m_error->isEmpty())
            *m_error = pathOf(key) + QStringLiteral(": ") + what;
    }
    bool has(const QString& key) const { return m_o.contains(key) && !m_o.value(key).isNull(); }
    QJsonValue raw(const QString& key, bool required)
    {
        if (!has(key)) {
            if (required)
                fail(key, QStringLiteral("missing"));
            return {};
        }
        return m_o.value(key);
    }

    QString text(const QString& key, bool required = false, int maxLength = kMaxText)
    {
        const QJsonValue v = raw(key, required);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString()) {
            fail(key, QStringLiteral("must be a string"));
            return {};
        }
        if (v.toString().size() > maxLength) {
            fail(key, QStringLiteral("longer than %1 characters").arg(maxLength));
            return {};
        }
        return v.toString();
    }
    QString oneOf(const QString& key, const QStringList& allowed, bool required = false)
    {
        const QString s = text(key, required);
        if ((!s.isEmpty() || has(key)) && !allowed.contains(s)) // "" is no value of any enumeration
            fail(key, QStringLiteral("unknown value '%1'").arg(s.left(40)));
        return s;
    }
    QDate date(const QString& key, bool required = false)
    {
        const QString s = text(key, required, 10);
        if (s.isEmpty() && !has(key))
            return {}; // absent; a present "" is no date
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid() || s.size() != 10)
            fail(key, QStringLiteral("'%1' is not a date YYYY-MM-DD").arg(s));
        return d;
    }
    QDateTime dateTime(const QString& key, bool required = false)
    {
        const QString s = text(key, required, 40);
        if (s.isEmpty() && !has(key))
            return {}; // absent; a present "" is no date and time
        const QDateTime d = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!d.isValid())
            fail(key, QStringLiteral("'%1' is not an ISO 8601 date and time").arg(s));
        return d;
    }
    qint64 integer(const QString& key, qint64 low, qint64 high, bool required = false)
    {
        const QJsonValue v = raw(key, required);
        if (v.isUndefined() || v.isNull())
            return low > 0 ? low : 0;
        auto reject = [&](const QString& why) {
            fail(key, QStringLiteral("must be a whole number from %1 to %2%3").arg(low).arg(high).arg(why));
            return low;
        };
        if (!v.isDouble())
            return reject({});
        // Range first, in double: only a value known to fit is ever converted (1e300 or NaN cast to
        // an integer is undefined behaviour). All bounds used are within 2^53, exact as doubles.
        const double d = v.toDouble();
        const auto found = [d]() { return QString::number(d, 'g', QLocale::FloatingPointShortest); };
        if (!std::isfinite(d))
            return reject(QStringLiteral(", found %1 (out of range)").arg(found()));
        if (std::trunc(d) != d)
            return reject(QStringLiteral(", found %1 (not a whole number)").arg(found()));
        if (d < static_cast<double>(low) || d > static_cast<double>(high))
            return reject(QStringLiteral(", found %1 (out of range)").arg(found()));
        return static_cast<qint64>(d);
    }
    bool boolean(const QString& key, bool required = false)
    {
        const QJsonValue v = raw(key, required);
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool())
            fail(key, QStringLiteral("must be true or false"));
        return v.toBool();
    }
    QJsonArray array(const QString& key, bool required = false, int maxItems = kMaxItems)
    {
        const QJsonValue v = raw(key, required);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            fail(key, QStringLiteral("must be an array"));
            return {};
        }
        if (v.toArray().size() > maxItems) {
            fail(key, QStringLiteral("more than %1 items").arg(maxItems));
            return {};
        }
        return v.toArray();
    }
    QStringList strings(const QString& key, const QStringList& allowed = {}, int maxItems = 64)
    {
        QStringList out;
        const QJsonArray a = array(key, false, maxItems);
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString item = pathOf(key) + QStringLiteral("[%1]").arg(i);
            if (!a.at(i).isString() || a.at(i).toString().size() > kMaxText) {
                fail(item, QStringLiteral("must be a short string"));
                return {};
            }
            if (!allowed.isEmpty() && !allowed.contains(a.at(i).toString())) {
                fail(item, QStringLiteral("unknown value '%1'").arg(a.at(i).toString().left(40)));
                return {};
            }
            out.append(a.at(i).toString());
        }
        return out;
    }
    QByteArray base64(const QString& key, qsizetype maxBytes = kMaxImageBytes)
    {
        const QString s = text(key, false, static_cast<int>(maxBytes / 3 * 4 + 8));
        if (s.isEmpty())
            return {};
        const auto decoded = QByteArray::fromBase64Encoding(s.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            fail(key, QStringLiteral("is not valid base64"));
        return *decoded;
    }
    std::optional<QJsonObject> object(const QString& key, bool required = false)
    {
        const QJsonValue v = raw(key, required);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isObject()) {
            fail(key, QStringLiteral("must be an object"));
            return std::nullopt;
        }
        return v.toObject();
    }
    template <typename E>
    E enumeration(const QString& key, std::optional<E> (*fromKey)(const QString&), E fallback, bool required = true)
    {
        const QString s = text(key, required, 40);
        if (s.isEmpty() && !has(key))
            return fallback; // absent (and optional); a present "" is an unknown value
        const std::optional<E> e = fromKey(s);
        if (!e) {
            fail(key, QStringLiteral("unknown value '%1'").arg(s));
            return fallback;
        }
        return *e;
    }
    Reader child(const QJsonObject& o, const QString& key) const { return Reader(o, pathOf(key), m_error); }

private:
    QJsonObject m_o;
    QString m_path;
    QString* m_error;
};

template <typename T> bd::core::Result<T> finish(const QString& error, T value)
{
    if (!error.isEmpty())
        return bd::core::Error { QStringLiteral("gateway.schema"), error, {} };
    return value;
}

} // namespace bd::gateway::json::detail
