#include "lockedview.h"

#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

LockedView::LockedView(QMainWindow *window)
    : QWidget(window)
    , m_window(window)
    , m_pages(new QStackedWidget(window))
    , m_reason(new QLabel(this))
{
    m_pages->addWidget(window->takeCentralWidget());
    m_pages->addWidget(this);
    window->setCentralWidget(m_pages);
    setObjectName(u"lockedView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    auto *title = new QLabel(tr("IdP Token Inspector is locked"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    m_reason->setObjectName(u"lockReason"_s);
    m_reason->setAlignment(Qt::AlignCenter);
    m_reason->setWordWrap(true);
    layout->addWidget(m_reason);
    auto *cleared = new QLabel(tr("The open user, every token and the Management API token were "
                                  "cleared. Unlocking reads the client secret from the keychain "
                                  "again and reconnects."),
                               this);
    cleared->setAlignment(Qt::AlignCenter);
    cleared->setWordWrap(true);
    layout->addWidget(cleared);
    m_unlock = new QPushButton(tr("&Unlock"), this);
    m_unlock->setObjectName(u"unlockButton"_s);
    m_unlock->setDefault(true);
    connect(m_unlock, &QPushButton::clicked, this, &LockedView::unlockRequested);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_unlock);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
}

void LockedView::showLocked(const QString &reason)
{
    m_reason->setText(reason);
    m_pages->setCurrentWidget(this);
    m_window->menuBar()->setEnabled(false);
    m_unlock->setFocus(); // Enter or Space unlocks
}

void LockedView::hideLocked()
{
    m_pages->setCurrentIndex(0);
    m_window->menuBar()->setEnabled(true);
}

bool LockedView::isLocked() const
{
    return m_pages->currentWidget() == this;
}
