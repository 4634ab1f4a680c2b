#pragma once

#include <QObject>
#include <QString>

class QTimer;

/**
 * Says when the app should lock: after a time without keyboard, mouse or touch input, and when
 * the desktop locks its screen (Linux: the freedesktop and GNOME ScreenSaver ActiveChanged signal
 * on the session bus, and logind's Lock signal for this session on the system bus). Locking is
 * the window's business; this only watches.
 */
class LockWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockWatcher)

public:
    explicit LockWatcher(QObject *parent = nullptr);
    ~LockWatcher() override;

    /** Lock after this long without input; 0 turns the idle lock off. */
    void setIdleTimeoutMs(int ms);
    int idleTimeoutMs() const { return m_idleMs; }
    /** Starts the idle time again, as input does. */
    void restartIdleTime();
    /** Whether the desktop's lock signals are listened to (a session bus was there). */
    bool watchesDesktop() const { return m_watchesDesktop; }

Q_SIGNALS:
    /** Lock now; reason says why, in words for the locked view. */
    void lockRequested(const QString &reason);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private Q_SLOTS:
    void screenSaverActiveChanged(bool active);
    void sessionLocked();

private:
    void watchDesktop();

    QTimer *m_idle;
    int m_idleMs = 0;
    bool m_watchesDesktop = false;
};
