#pragma once

#include "secretbytes.h"

#include <QByteArray>
#include <QObject>

class QTimer;

/**
 * Copies secrets to the clipboard so that they do not stay there: the copy is marked for
 * clipboard managers not to record it, and it is cleared after a timeout, and on quit, but only if
 * the clipboard still holds it (something copied since is left alone).
 */
class ClipboardGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClipboardGuard)

public:
    explicit ClipboardGuard(QObject *parent = nullptr);
    ~ClipboardGuard() override;

    void setTimeoutSeconds(int seconds) { m_timeoutSeconds = seconds; }
    int timeoutSeconds() const { return m_timeoutSeconds; }

    void copySecret(const SecretBytes &secret);
    /** Clears now if the clipboard still holds our secret, and says so with cleared(). */
    void clearNow();

    /** The MIME types that ask clipboard managers and history to skip a copy. */
    static QList<QPair<QString, QByteArray>> concealmentHints();

Q_SIGNALS:
    void countdown(int secondsLeft);
    /** The timer ran out or clearNow() ran; wasOurs says whether anything was cleared. */
    void cleared(bool wasOurs);

private:
    bool clipboardHoldsOurs() const;
    /** Clears the clipboard if it holds our secret; returns whether it did. Emits nothing. */
    bool clearQuietly();

    QTimer *m_timer;
    QByteArray m_hash; ///< SHA-256 of what we copied; the value itself is not kept
    int m_timeoutSeconds = 20;
    int m_left = 0;
};
