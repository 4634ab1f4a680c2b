#pragma once

#include <QObject>
#include <QPointer>

class ClipboardGuard;
class QLabel;
class QStatusBar;
class QTimer;
class TenantSession;

/**
 * What the status bar shows besides messages: requests left in Auth0's rate-limit bucket, the
 * countdown while a 429 is waited out, and when the clipboard clears a copied token.
 */
class StatusIndicators final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusIndicators)

public:
    StatusIndicators(QStatusBar *bar, ClipboardGuard *clipboard, QObject *parent = nullptr);

    /** Follows this session's rate limits; forgets the previous session's. */
    void setSession(TenantSession *session);
    void showRateLimitCountdown(int seconds);

private:
    QStatusBar *m_bar;
    QLabel *m_rateLimitLabel;
    QLabel *m_clipboardLabel;
    QTimer *m_countdown;
    int m_countdownLeft = 0;
};
