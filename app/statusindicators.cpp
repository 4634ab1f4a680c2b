#include "statusindicators.h"

#include "clipboardguard.h"
#include "tenantsession.h"

#include <QLabel>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

StatusIndicators::StatusIndicators(QStatusBar *bar, ClipboardGuard *clipboard, QObject *parent)
    : QObject(parent)
    , m_bar(bar)
    , m_rateLimitLabel(new QLabel(bar))
    , m_clipboardLabel(new QLabel(bar))
    , m_countdown(new QTimer(this))
{
    m_clipboardLabel->setObjectName(u"clipboardLabel"_s);
    m_bar->addPermanentWidget(m_clipboardLabel);
    m_rateLimitLabel->setObjectName(u"rateLimitLabel"_s);
    m_rateLimitLabel->setToolTip(
            tr("Requests left in Auth0's rate-limit bucket (x-ratelimit-remaining)"));
    m_bar->addPermanentWidget(m_rateLimitLabel);

    // The labels are the receivers: nothing here runs once they are gone.
    QLabel *label = m_clipboardLabel;
    connect(clipboard, &ClipboardGuard::countdown, label,
            [label](int left) { label->setText(tr("Clipboard clears in %n s", nullptr, left)); });
    connect(clipboard, &ClipboardGuard::cleared, label, [label](bool ours) {
        label->setText(ours ? tr("Clipboard cleared") : QString());
        QTimer::singleShot(3000, label, [label] {
            if (label->text() == tr("Clipboard cleared"))
                label->clear();
        });
    });

    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, [this] {
        if (--m_countdownLeft <= 0) {
            m_countdown->stop();
            m_bar->clearMessage();
            return;
        }
        m_bar->showMessage(
                tr("Auth0's rate limit was reached: retrying in %n s", nullptr, m_countdownLeft));
    });
}

void StatusIndicators::setSession(TenantSession *session)
{
    m_rateLimitLabel->clear();
    m_countdown->stop();
    m_countdownLeft = 0;
    if (!session)
        return;
    QLabel *label = m_rateLimitLabel;
    connect(session, &TenantSession::rateLimitRemainingChanged, label,
            [label](int remaining) { label->setText(tr("Rate limit: %1 left").arg(remaining)); });
    connect(session, &TenantSession::rateLimitWait, this,
            &StatusIndicators::showRateLimitCountdown);
}

void StatusIndicators::showRateLimitCountdown(int seconds)
{
    m_countdownLeft = std::max(seconds, m_countdownLeft);
    m_bar->showMessage(
            tr("Auth0's rate limit was reached: retrying in %n s", nullptr, m_countdownLeft));
    m_countdown->start();
}
