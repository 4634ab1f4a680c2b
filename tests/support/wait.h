#pragma once

#include <QSignalSpy>

/**
 * The one wait of the tests: until the spy has caught its signal (or timeoutMs passes). Returns
 * false when nothing came; otherwise the first argument of the last emission as a bool, or true
 * for a signal without arguments.
 */
inline bool waitForSignal(QSignalSpy &spy, int timeoutMs = 20000)
{
    if (spy.isEmpty() && !spy.wait(timeoutMs))
        return false;
    const QList<QVariant> last = spy.last();
    return last.isEmpty() || last.first().toBool();
}
