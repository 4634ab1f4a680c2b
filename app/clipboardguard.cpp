#include "clipboardguard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>
#include <QTimer>

using namespace Qt::StringLiterals;

ClipboardGuard::ClipboardGuard(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (--m_left > 0) {
            Q_EMIT countdown(m_left);
            return;
        }
        clearNow();
    });
    connect(qApp, &QCoreApplication::aboutToQuit, this, &ClipboardGuard::clearNow);
}

ClipboardGuard::~ClipboardGuard()
{
    // Whoever listened may be half destroyed by now: clear, but tell no one.
    clearQuietly();
}

QList<QPair<QString, QByteArray>> ClipboardGuard::concealmentHints()
{
    return {
            // KDE Klipper and other Linux clipboard managers.
            {u"x-kde-passwordManagerHint"_s, QByteArrayLiteral("secret")},
            // Windows: clipboard monitors, history (Win+V) and cloud clipboard.
            {u"ExcludeClipboardContentFromMonitorProcessing"_s, QByteArrayLiteral("1")},
            {u"CanIncludeInClipboardHistory"_s, QByteArray(4, '\0')},
            {u"CanUploadToCloudClipboard"_s, QByteArray(4, '\0')},
            // macOS pasteboard managers (nspasteboard.org).
            {u"application/x-nspasteboard-concealed-type"_s, QByteArrayLiteral("secret")},
            {u"org.nspasteboard.ConcealedType"_s, QByteArrayLiteral("secret")},
    };
}

void ClipboardGuard::copySecret(const SecretBytes &secret)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    auto *mime = new QMimeData;
    mime->setText(QString::fromUtf8(secret.reveal()));
    for (const auto &[type, value] : concealmentHints())
        mime->setData(type, value);
    // The clipboard only: never the X11 primary selection, which anything can read on a click.
    clipboard->setMimeData(mime, QClipboard::Clipboard);
    m_hash = QCryptographicHash::hash(secret.reveal(), QCryptographicHash::Sha256);
    m_left = m_timeoutSeconds;
    Q_EMIT countdown(m_left);
    m_timer->start();
}

bool ClipboardGuard::clipboardHoldsOurs() const
{
    if (m_hash.isEmpty())
        return false;
    const QByteArray current = QGuiApplication::clipboard()->text(QClipboard::Clipboard).toUtf8();
    return QCryptographicHash::hash(current, QCryptographicHash::Sha256) == m_hash;
}

bool ClipboardGuard::clearQuietly()
{
    m_timer->stop();
    const bool ours = clipboardHoldsOurs();
    if (ours)
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
    m_hash.clear();
    m_left = 0;
    return ours;
}

void ClipboardGuard::clearNow()
{
    if (m_hash.isEmpty())
        return;
    Q_EMIT cleared(clearQuietly());
}
