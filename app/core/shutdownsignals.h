#pragma once

#include <QObject>

class QSocketNotifier;

/**
 * Quits the application cleanly on SIGTERM, SIGINT and SIGHUP (Unix), as a desktop session ends
 * apps: the handler only writes a byte to a pipe, and the event loop then runs the normal
 * shutdown, so child processes stop and temporary files go. Does nothing elsewhere.
 */
class ShutdownSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShutdownSignals)

public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

    /** Whether the handlers are in place. */
    bool isInstalled() const { return m_notifier != nullptr; }

Q_SIGNALS:
    /** A termination signal arrived (its number); the application has been asked to quit. */
    void received(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};
