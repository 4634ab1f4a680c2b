#include "welcomeview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

WelcomeView::WelcomeView(QWidget *parent)
    : QWidget(parent)
    , m_demo(new QPushButton(tr("Try the &demo tenant"), this))
    , m_add(new QPushButton(tr("&Add your tenant…"), this))
{
    auto *title = new QLabel(tr("Welcome to IdP Token Inspector"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *intro = new QLabel(
            tr("Read the tokens Auth0 holds for a user's Google, GitHub, Microsoft and other "
               "identities: masked until you reveal one, copies that clear themselves, every "
               "access in the audit log."),
            this);
    intro->setWordWrap(true);

    m_demo->setObjectName(u"tryDemoButton"_s);
    m_demo->setDefault(true);
    m_demo->setToolTip(tr("A local tenant with made-up users and tokens: nothing leaves this "
                          "computer"));
    m_add->setObjectName(u"addTenantButton"_s);
    connect(m_demo, &QPushButton::clicked, this, &WelcomeView::demoRequested);
    connect(m_add, &QPushButton::clicked, this, &WelcomeView::addTenantRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_demo);
    buttons->addWidget(m_add);
    buttons->addStretch();

    auto *steps = new QLabel(
            tr("<p><b>Your own tenant needs a machine-to-machine application</b>, made once in "
               "the Auth0 Dashboard:</p><ol>"
               "<li>Applications › Applications › <i>Create Application</i>: choose "
               "<i>Machine to Machine Applications</i>.</li>"
               "<li>Authorize it for the <i>Auth0 Management API</i> "
               "(<code>https://YOUR_DOMAIN/api/v2/</code>) with the scopes <code>read:users</code> "
               "and <code>read:user_idp_tokens</code> (<code>read:users</code> alone shows "
               "identities without their tokens).</li>"
               "<li>From its <i>Settings</i> tab, copy the Domain, Client ID and Client Secret "
               "into <i>Add your tenant…</i>. The secret goes to your system's keychain, never to "
               "a file.</li></ol>"),
            this);
    steps->setObjectName(u"welcomeSteps"_s);
    steps->setTextFormat(Qt::RichText);
    steps->setWordWrap(true);
    steps->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(12);
    column->addLayout(buttons);
    column->addSpacing(12);
    column->addWidget(steps);
    column->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(column, 4);
    layout->addStretch(1);
}

void WelcomeView::focusFirstChoice()
{
    m_demo->setFocus(Qt::OtherFocusReason);
}
