#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

/**
 * Numbers the server controls (JSON numbers, header values) turned into 64-bit integers without
 * undefined behaviour: NaN, infinities and garbage are no number, and everything else is clamped
 * into the range the caller can use before any conversion or arithmetic.
 */
namespace SafeNumbers {

/** A JSON number (a double) as an integer in [minimum, maximum], truncated towards zero. */
inline std::optional<qint64> toInteger(double value, qint64 minimum, qint64 maximum)
{
    if (!std::isfinite(value))
        return std::nullopt;
    // Compare as doubles first: converting a double outside qint64's range is undefined.
    if (value <= double(minimum))
        return minimum;
    if (value >= double(maximum))
        return maximum;
    return std::clamp(qint64(value), minimum, maximum);
}

/** A header value made of ASCII digits (an optional leading minus) in [minimum, maximum]. */
inline std::optional<qint64> parseInteger(const QByteArray &text, qint64 minimum, qint64 maximum)
{
    const QByteArray trimmed = text.trimmed();
    bool ok = false;
    const qlonglong value = trimmed.toLongLong(&ok); // refuses overflow, "1e3", "12abc"
    if (!ok)
        return std::nullopt;
    return std::clamp<qint64>(value, minimum, maximum);
}

/** a * b, held at the limits instead of overflowing. */
inline qint64 saturatingMultiply(qint64 a, qint64 b)
{
    qint64 result = 0;
    if (!qMulOverflow(a, b, &result))
        return result;
    return (a < 0) == (b < 0) ? std::numeric_limits<qint64>::max()
                              : std::numeric_limits<qint64>::min();
}

/**
 * A JSON scalar as text: whole numbers up to 2^53 as integers, anything larger (or 1e300) as a
 * double, never through a conversion that could overflow; true, false, null; a string as it is.
 * Empty for arrays and objects.
 */
inline QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        constexpr double exact = 9007199254740992.0; // 2^53
        if (std::isfinite(d) && std::abs(d) <= exact && d == std::trunc(d))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return {};
    }
}

/** Seconds since 1970 that QDateTime can show: years 1 to 9999. */
constexpr qint64 EarliestSeconds = -62135596800;
constexpr qint64 LatestSeconds = 253402300799;

} // namespace SafeNumbers
