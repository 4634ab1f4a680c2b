#include "safenumbers.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

// Numbers the server controls, turned into integers without undefined behaviour (the suite runs
// under UBSan too: tests/run-sanitized.sh).
class SafeNumbersTest final : public QObject
{
    Q_OBJECT

    static constexpr qint64 Max = std::numeric_limits<qint64>::max();
    static constexpr qint64 Min = std::numeric_limits<qint64>::min();

private Q_SLOTS:
    void toInteger_clampsEveryDouble()
    {
        QCOMPARE(SafeNumbers::toInteger(42.9, 0, 100), std::optional<qint64>(42));
        QCOMPARE(SafeNumbers::toInteger(-42.9, -100, 100), std::optional<qint64>(-42));
        QCOMPARE(SafeNumbers::toInteger(1e300, 0, 100), std::optional<qint64>(100));
        QCOMPARE(SafeNumbers::toInteger(-1e300, -5, 100), std::optional<qint64>(-5));
        QCOMPARE(SafeNumbers::toInteger(9223372036854775808.0, Min, Max),
                 std::optional<qint64>(Max)); // 2^63: one past qint64
        QCOMPARE(SafeNumbers::toInteger(-9223372036854775808.0 * 2, Min, Max),
                 std::optional<qint64>(Min));
        QCOMPARE(SafeNumbers::toInteger(std::nan(""), 0, 100), std::nullopt);
        QCOMPARE(SafeNumbers::toInteger(std::numeric_limits<double>::infinity(), 0, 100),
                 std::nullopt);
    }

    void parseInteger_refusesGarbageAndClamps()
    {
        QCOMPARE(SafeNumbers::parseInteger("1764355200", 0, Max),
                 std::optional<qint64>(1764355200));
        QCOMPARE(SafeNumbers::parseInteger(" 7 ", 0, 10), std::optional<qint64>(7));
        QCOMPARE(SafeNumbers::parseInteger("9223372036854775807", 0, 1000),
                 std::optional<qint64>(1000));
        QCOMPARE(SafeNumbers::parseInteger("99999999999999999999999", 0, Max), std::nullopt);
        QCOMPARE(SafeNumbers::parseInteger("-5", 0, 10), std::optional<qint64>(0));
        QCOMPARE(SafeNumbers::parseInteger("1e300", 0, Max), std::nullopt);
        QCOMPARE(SafeNumbers::parseInteger("soon", 0, Max), std::nullopt);
        QCOMPARE(SafeNumbers::parseInteger("", 0, Max), std::nullopt);
    }

    void saturatingMultiply_holdsAtTheLimits()
    {
        QCOMPARE(SafeNumbers::saturatingMultiply(1764355200, 1000), qint64(1764355200000));
        QCOMPARE(SafeNumbers::saturatingMultiply(Max, 1000), Max);
        QCOMPARE(SafeNumbers::saturatingMultiply(Min, 1000), Min);
        QCOMPARE(SafeNumbers::saturatingMultiply(Max, -2), Min);
    }
};

QTEST_GUILESS_MAIN(SafeNumbersTest)
#include "safenumbers_test.moc"
