#include "lockwatcher.h"

#include "logging.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#ifdef IDP_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

LockWatcher::LockWatcher(QObject *parent)
    : QObject(parent)
    , m_idle(new QTimer(this))
{
    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, [this] {
        Q_EMIT lockRequested(tr("Locked after %n minute(s) without input.", nullptr,
                                std::max(1, m_idleMs / 60000)));
    });
    QCoreApplication::instance()->installEventFilter(this);
    watchDesktop();
}

LockWatcher::~LockWatcher()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void LockWatcher::setIdleTimeoutMs(int ms)
{
    m_idleMs = std::max(0, ms);
    restartIdleTime();
}

void LockWatcher::restartIdleTime()
{
    if (m_idleMs > 0)
        m_idle->start(m_idleMs);
    else
        m_idle->stop();
}

bool LockWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        // Every widget sees the same event on its way up: restart the timer only when it is
        // not already fresh.
        if (m_idleMs > 0 && m_idle->remainingTime() < m_idleMs - 1000)
            restartIdleTime();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void LockWatcher::screenSaverActiveChanged(bool active)
{
    if (active)
        Q_EMIT lockRequested(tr("Locked because the screen was locked."));
}

void LockWatcher::sessionLocked()
{
    Q_EMIT lockRequested(tr("Locked because the session was locked."));
}

void LockWatcher::watchDesktop()
{
#ifdef IDP_HAVE_DBUS
    QDBusConnection session = QDBusConnection::sessionBus();
    if (session.isConnected()) {
        for (const auto &[service, path] :
             {std::pair{u"org.freedesktop.ScreenSaver"_s, u"/org/freedesktop/ScreenSaver"_s},
              std::pair{u"org.freedesktop.ScreenSaver"_s, u"/ScreenSaver"_s},
              std::pair{u"org.gnome.ScreenSaver"_s, u"/org/gnome/ScreenSaver"_s}}) {
            // An empty service: the signal counts whoever sends it (the name's owner changes
            // as screen savers come and go).
            m_watchesDesktop |= session.connect(QString(), path, service, u"ActiveChanged"_s, this,
                                                SLOT(screenSaverActiveChanged(bool)));
        }
    }
    // logind: the Lock signal of this process's session, on the system bus (none in containers).
    QDBusConnection system = QDBusConnection::systemBus();
    if (!system.isConnected())
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(
            u"org.freedesktop.login1"_s, u"/org/freedesktop/login1"_s,
            u"org.freedesktop.login1.Manager"_s, u"GetSessionByPID"_s);
    call << quint32(::getpid());
    auto *watcher = new QDBusPendingCallWatcher(system.asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QDBusObjectPath> reply = *w;
        if (reply.isError())
            return;
        QDBusConnection::systemBus().connect(u"org.freedesktop.login1"_s, reply.value().path(),
                                             u"org.freedesktop.login1.Session"_s, u"Lock"_s, this,
                                             SLOT(sessionLocked()));
        qCInfo(lcApp) << "listening for logind's Lock of" << reply.value().path();
    });
#endif
}
