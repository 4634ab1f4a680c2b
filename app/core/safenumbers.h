#pragma once

#include <QByteArray>
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

/** Seconds since 1970 that QDateTime can show: years 1 to 9999. */
constexpr qint64 EarliestSeconds = -62135596800;
constexpr qint64 LatestSeconds = 253402300799;

} // namespace SafeNumbers
