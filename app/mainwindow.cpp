#include "mainwindow.h"

#include "apierror.h"
#include "appcontext.h"
#include "appicon.h"
#include "appsettings.h"
#include "auditlogdialog.h"
#include "clipboardguard.h"
#include "credentialstore.h"
#include "demotenant.h"
#include "keychainmigration.h"
#include "lockedview.h"
#include "lockwatcher.h"
#include "profiledialog.h"
#include "profilestore.h"
#include "scopesview.h"
#include "screencapture.h"
#include "searchpanel.h"
#include "sessionsecrets.h"
#include "statusindicators.h"
#include "tenantsession.h"
#include "ui_mainwindow.h"
#include "uicolours.h"
#include "userpanel.h"
#include "welcomeview.h"

#include <QCloseEvent>
#include <QMenu>
#include <QMenuBar>
#include <QUuid>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_clipboard(new ClipboardGuard(this))
    , m_lockWatcher(new LockWatcher(this))
{
    m_ui->setupUi(this);
    m_ui->profileCombo->setAccessibleName(tr("Tenant profile"));
    m_ui->connectionStatus->setAccessibleName(tr("Connection status"));
    m_ui->scopesLabel->setAccessibleName(tr("Granted scopes"));
    // A first run (no profile, no session) shows the welcome view in place of the panes.
    m_welcome = new WelcomeView(m_ui->centralWidget);
    m_welcome->setObjectName(u"welcomeView"_s);
    m_ui->centralLayout->addWidget(m_welcome, 1);
    connect(m_welcome, &WelcomeView::demoRequested, this, &MainWindow::startDemo);
    connect(m_welcome, &WelcomeView::addTenantRequested, this,
            [this] { showProfiles()->selectProfile({}); });
    m_lockedView = new LockedView(this);
    connect(m_lockedView, &LockedView::unlockRequested, this, &MainWindow::unlock);
    connect(m_lockWatcher, &LockWatcher::lockRequested, this, &MainWindow::lock);
    m_status = new StatusIndicators(statusBar(), m_clipboard, this);
    setWindowIcon(appIcon());
    const AppSettings &settings = *m_context.settings();
    m_clipboard->setTimeoutSeconds(settings.value(AppSettings::Key::ClipboardClearSeconds));
    m_ui->userPanel->setRevealSeconds(settings.value(AppSettings::Key::RevealSeconds));
    m_ui->userPanel->setServices(m_clipboard, m_context.audit());
    m_lockWatcher->setIdleTimeoutMs(settings.value(AppSettings::Key::IdleLockMinutes) * 60000);

    SearchPanel *search = m_ui->searchPanel;
    UserPanel *user = m_ui->userPanel;
    auto showStatus = [this](const QString &message, int timeout) {
        statusBar()->showMessage(message, timeout);
    };
    // A new search means the open user is no longer what was asked for.
    connect(search, &SearchPanel::searchStarted, user, &UserPanel::clear);
    connect(search, &SearchPanel::searchFinished, this, &MainWindow::searchFinished);
    connect(search, &SearchPanel::userChosen, this, &MainWindow::openUser);
    connect(search, &SearchPanel::statusMessage, this, showStatus);
    connect(user, &UserPanel::statusMessage, this, showStatus);
    connect(user, &UserPanel::opened, this, [this](bool ok) {
        // The request for focus belongs to this opening only, whether it worked or not.
        const bool takeFocus = std::exchange(m_focusTokensWhenOpened, false);
        if (ok && takeFocus)
            m_ui->userPanel->focusTokens();
        Q_EMIT userOpened(ok);
    });
    // Who read the open user's tokens, asked for when its tab is shown.
    connect(user, &UserPanel::tokenReadsWanted, this, [this](const QString &userId) {
        if (m_session)
            m_ui->userPanel->showTokenReads(m_session->fetchTokenReads(userId));
    });
    // The Token menu lists the user panel's Reveal and Copy with their keys.
    m_ui->tokenMenu->addAction(user->revealAction());
    m_ui->tokenMenu->addAction(user->copyAction());
    m_ui->tokenMenu->addAction(user->checkAction());
    // The User menu: what can be handed over without a secret.
    auto *userMenu = new QMenu(tr("&User"), this);
    userMenu->setObjectName(QStringLiteral("userMenu"));
    userMenu->addActions(user->userActions());
    menuBar()->insertMenu(m_ui->helpMenu->menuAction(), userMenu);
    // Out of screen captures while a token shows in clear, where the platform allows it.
    connect(user, &UserPanel::revealedChanged, this,
            [this](bool revealed) { ScreenCapture::setExcluded(this, revealed); });

    m_ui->findAction->setShortcut(QKeySequence::Find);
    connect(m_ui->lockAction, &QAction::triggered, this, [this] { lock(tr("Locked by hand.")); });
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->manageProfilesAction->setShortcut(QKeySequence::Preferences);
    connect(m_ui->findAction, &QAction::triggered, search, &SearchPanel::focusSearchBox);
    connect(m_ui->auditLogAction, &QAction::triggered, this, &MainWindow::showAuditLog);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->manageProfilesAction, &QAction::triggered, this, &MainWindow::showProfiles);
    connect(m_ui->manageProfilesButton, &QPushButton::clicked, this, &MainWindow::showProfiles);
    connect(m_ui->testConnectionAction, &QAction::triggered, this,
            [this] { testConnection(true); });
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this,
            [this] { testConnection(true); });
    m_ui->connectionStatus->setTextInteractionFlags(Qt::LinksAccessibleByMouse
                                                    | Qt::LinksAccessibleByKeyboard);
    connect(m_ui->connectionStatus, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == u"access:identities"_s)
            setAccessLevel(TenantProfile::AccessLevel::IdentitiesOnly);
    });
    connect(m_ui->profileCombo, &QComboBox::activated, this,
            [this](int index) { switchProfile(m_ui->profileCombo->itemData(index).toString()); });
    statusBar()->showMessage(tr("Ready"));

    reloadProfiles(m_context.profiles()->lastProfileId());
    // Secrets stored by an older version get their readable entry before any is read.
    moveKeychainEntries(m_context, this, [this] {
        reloadProfiles(m_context.profiles()->lastProfileId());
        if (!m_profiles.isEmpty())
            switchProfile(m_ui->profileCombo->currentData().toString());
    });
}

MainWindow::~MainWindow()
{
    endSession();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Nothing may still be in flight, or hold a token, once the window is gone.
    endSession();
    m_clipboard->clearNow();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    // A revealed token masks itself as soon as the window loses focus.
    if (event->type() == QEvent::ActivationChange && !isActiveWindow())
        m_ui->userPanel->maskAll();
    QMainWindow::changeEvent(event);
}

QString MainWindow::currentProfileId() const
{
    return m_session ? m_session->profile().id : QString();
}

SearchPanel *MainWindow::searchPanel() const
{
    return m_ui->searchPanel;
}

UserPanel *MainWindow::userPanel() const
{
    return m_ui->userPanel;
}

AuditLog *MainWindow::auditLog() const
{
    return m_context.audit();
}

void MainWindow::reloadProfiles(const QString &selectId)
{
    QList<TenantProfile> profiles = m_context.profiles()->profiles();
    for (const TenantProfile &existing : std::as_const(m_profiles)) {
        if (existing.sessionOnly)
            profiles.append(existing);
    }
    m_profiles = profiles;
    const QSignalBlocker blocker(m_ui->profileCombo);
    m_ui->profileCombo->clear();
    for (const TenantProfile &profile : std::as_const(m_profiles)) {
        m_ui->profileCombo->addItem(profile.name, profile.id);
        if (profile.environment == TenantProfile::Environment::Production) {
            m_ui->profileCombo->setItemData(m_ui->profileCombo->count() - 1,
                                            uiColour(UiColour::Bad, palette()), Qt::ForegroundRole);
        }
    }
    const int index = m_ui->profileCombo->findData(selectId);
    m_ui->profileCombo->setCurrentIndex(index >= 0 ? index : (m_profiles.isEmpty() ? -1 : 0));
    updateWelcome();
}

void MainWindow::updateWelcome()
{
    const bool firstRun = m_profiles.isEmpty() && !m_session;
    const bool changed = firstRun != m_welcome->isVisibleTo(this)
            || firstRun == m_ui->mainSplitter->isVisibleTo(this);
    m_welcome->setVisible(firstRun);
    m_ui->mainSplitter->setVisible(!firstRun);
    if (firstRun && changed)
        m_welcome->focusFirstChoice();
}

void MainWindow::endSession()
{
    // The open user and the results belong to the session: they go first, then the session,
    // which cancels what it had in flight and wipes its secret and token.
    m_ui->userPanel->clear();
    m_ui->userPanel->setSession(nullptr);
    m_ui->searchPanel->setSession(nullptr, nullptr);
    m_status->setSession(nullptr);
    delete std::exchange(m_session, nullptr);
}

void MainWindow::startSession(const TenantProfile &profile)
{
    endSession();
    m_session = new TenantSession(profile, m_context.settings()->httpSettings(), this);
    m_status->setSession(m_session);
    m_ui->searchPanel->setSession(m_session, m_context.settings());
    m_ui->userPanel->setSession(m_session);
    updateWelcome();
    m_ui->searchPanel->focusSearchBox(); // typing goes to the search at once
    m_ui->environmentBadge->setEnvironment(profile.environment,
                                           TenantProfile::environmentName(profile.environment));
    m_ui->environmentBadge->setVisible(true);
    m_ui->testConnectionButton->setEnabled(true);
    m_ui->scopesLabel->clear();
    m_ui->connectionStatus->setText(tr("Not connected"));
}

bool MainWindow::isLocked() const
{
    return m_lockedView->isLocked();
}

void MainWindow::lock(const QString &reason)
{
    if (!isLocked())
        m_lockedProfileId = currentProfileId();
    endSession();
    m_clipboard->clearNow();
    m_lockedView->showLocked(reason);
    statusBar()->showMessage(reason);
}

void MainWindow::unlock()
{
    m_lockedView->hideLocked();
    statusBar()->clearMessage();
    m_lockWatcher->restartIdleTime();
    switchProfile(std::exchange(m_lockedProfileId, {}));
}

void MainWindow::switchProfile(const QString &id)
{
    const auto it = std::find_if(m_profiles.cbegin(), m_profiles.cend(),
                                 [&](const TenantProfile &p) { return p.id == id; });
    if (it == m_profiles.cend())
        return;
    const TenantProfile profile = *it;
    startSession(profile);
    if (!profile.sessionOnly)
        m_context.profiles()->setLastProfileId(profile.id);

    SessionSecrets *memory = m_context.sessionSecrets();
    if (memory->contains(profile.id)) {
        m_session->setClientSecret(memory->secret(profile.id));
        testConnection();
        return;
    }
    m_ui->connectionStatus->setText(
            tr("Reading the client secret from %1…").arg(CredentialStore::backendName()));
    KeychainRequest *request
            = m_context.credentials()->readSecret(m_context.credentials()->storedEntry(profile));
    // The session is the receiver: if the admin switches again meanwhile, the answer is dropped.
    connect(request, &KeychainRequest::finished, m_session, [this, request] {
        request->deleteLater();
        if (request->error() != KeychainRequest::Error::None) {
            m_ui->connectionStatus->setText(
                    tr("<b>No client secret available</b><br>%1 Open Profiles… to enter it.")
                            .arg(request->errorString().toHtmlEscaped()));
            Q_EMIT connectionChecked(false);
            return;
        }
        m_session->setClientSecret(request->takeSecret());
        testConnection();
    });
}

void MainWindow::testConnection(bool withOptional)
{
    if (!m_session)
        return;
    const QString domain = m_session->profile().domain;
    m_ui->connectionStatus->setText(tr("Connecting to %1…").arg(domain));
    m_ui->testConnectionButton->setEnabled(false);
    ConnectionCheck *check = m_session->checkConnection(withOptional);
    connect(check, &ConnectionCheck::finished, this, [this, check, domain] {
        check->deleteLater();
        m_ui->testConnectionButton->setEnabled(true);
        if (check->grantAllowsLessThanProfile()) {
            // The grant would do for identities: say so, and offer the level it allows.
            m_ui->connectionStatus->setText(
                    tr("<b>This application may read identities, not IdP tokens</b><br>Its grant "
                       "lacks read:user_idp_tokens. Tick it in Auth0 Dashboard › Applications › "
                       "APIs › Auth0 Management API › Machine To Machine Applications, or <a "
                       "href=\"access:identities\">use this profile with Identities only</a>."));
            m_ui->connectionStatus->setToolTip(check->error().message);
            m_ui->scopesLabel->setText(scopesHtml(check->grantedScopes()));
            Q_EMIT connectionChecked(false);
            return;
        }
        if (check->isError()) {
            const Diagnosis diagnosis = ErrorAdvisor::diagnose(check->error());
            m_ui->connectionStatus->setText(u"<b>%1</b><br>%2"_s.arg(
                    diagnosis.summary.toHtmlEscaped(), diagnosis.fix.toHtmlEscaped()));
            m_ui->connectionStatus->setToolTip(diagnosis.detail);
            m_ui->scopesLabel->clear();
            Q_EMIT connectionChecked(false);
            return;
        }
        m_ui->connectionStatus->setText(
                tr("Connected to %1 · token valid until %2")
                        .arg(domain,
                             check->expiresAt().toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)));
        m_ui->connectionStatus->setToolTip({});
        const TenantProfile::AccessLevel level = m_session->profile().accessLevel;
        const QString optional = optionalScopesHtml(check->logsGranted());
        m_ui->scopesLabel->setText(u"%1 · %2%3"_s.arg(
                TenantProfile::accessLevelName(level).toHtmlEscaped(),
                scopesHtml(check->grantedScopes(), TenantProfile::accessLevelScopes(level)),
                optional.isEmpty() ? QString() : u"&nbsp;&nbsp;"_s + optional));
        m_ui->scopesLabel->setToolTip(
                scopesAdvice(check->grantedScopes(), TenantProfile::accessLevelScopes(level)));
        Q_EMIT connectionChecked(true);
    });
}

void MainWindow::setAccessLevel(TenantProfile::AccessLevel level)
{
    if (!m_session)
        return;
    TenantProfile profile = m_session->profile();
    profile.accessLevel = level;
    for (TenantProfile &existing : m_profiles) {
        if (existing.id == profile.id)
            existing = profile;
    }
    if (!profile.sessionOnly)
        m_context.profiles()->save(profile);
    statusBar()->showMessage(
            tr("%1 now uses %2.").arg(profile.name, TenantProfile::accessLevelName(level)), 8000);
    switchProfile(profile.id); // a new session, with tokens of the new scope sets
}

void MainWindow::openUser(const QString &userId, const QJsonObject &alreadyFetched, bool takeFocus)
{
    if (!m_session || userId.isEmpty())
        return;
    m_focusTokensWhenOpened = takeFocus;
    if (userId != m_ui->userPanel->requestedUserId())
        m_ui->userPanel->open(m_session->fetchUser(userId, alreadyFetched), m_session->profile());
    else if (takeFocus && !m_ui->userPanel->isOpening())
        m_ui->userPanel->focusTokens(); // already shown (the arrows opened it): just go there
}

void MainWindow::startDemo()
{
    if (m_demo)
        return;
    m_demo = new DemoTenant(this);
    m_ui->connectionStatus->setText(tr("Starting the demo tenant…"));
    connect(m_demo, &DemoTenant::ready, this, [this] {
        statusBar()->showMessage(tr("Demo tenant ready: https://%1").arg(m_demo->domain()));
        useSessionProfile(m_demo->profile(), SecretBytes(QByteArray(DemoTenant::ClientSecret)));
    });
    connect(m_demo, &DemoTenant::failed, this, [this](const QString &reason) {
        m_ui->connectionStatus->setText(tr("Demo tenant unavailable"));
        statusBar()->showMessage(reason);
    });
    m_demo->start();
}

void MainWindow::useSessionProfile(TenantProfile profile, SecretBytes secret)
{
    profile.sessionOnly = true;
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_context.sessionSecrets()->set(profile.id, std::move(secret));
    m_profiles.removeIf([&](const TenantProfile &p) { return p.id == profile.id; });
    m_profiles.append(profile);
    reloadProfiles(profile.id);
    switchProfile(profile.id);
}

ProfileDialog *MainWindow::showProfiles()
{
    if (!m_profileDialog) {
        m_profileDialog = new ProfileDialog(m_context, this);
        m_profileDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_profileDialog, &ProfileDialog::profileSaved, this,
                [this](const QString &id) { m_savedProfileId = id; });
        connect(m_profileDialog, &ProfileDialog::profilesChanged, this, [this] {
            // A save never changes the active tenant behind the admin's back: the active one
            // stays (reconnecting if it was the one saved: its settings may have changed); only
            // when none is active, or the active one was removed, does another become it.
            const QString saved = std::exchange(m_savedProfileId, {});
            const QString current = currentProfileId();
            const QList<TenantProfile> stored = m_context.profiles()->profiles();
            const bool currentRemains = !current.isEmpty()
                    && std::any_of(m_profiles.cbegin(), m_profiles.cend(),
                                   [&](const TenantProfile &p) {
                                       return p.id == current
                                               && (p.sessionOnly
                                                   || std::any_of(stored.cbegin(), stored.cend(),
                                                                  [&](const TenantProfile &s) {
                                                                      return s.id == current;
                                                                  }));
                                   });
            reloadProfiles(currentRemains ? current : saved);
            if (currentRemains) {
                if (saved == current)
                    switchProfile(current);
                else if (!saved.isEmpty())
                    statusBar()->showMessage(
                            tr("Profile saved. The active tenant is still “%1”: choose the "
                               "saved one in the Tenant list to use it.")
                                    .arg(m_ui->profileCombo->currentText()),
                            10000);
                return;
            }
            const QString now = m_ui->profileCombo->currentData().toString();
            if (!now.isEmpty()) {
                switchProfile(now);
            } else {
                endSession();
                updateWelcome();
            }
        });
        if (m_session && !m_session->profile().sessionOnly)
            m_profileDialog->selectProfile(m_session->profile().id);
    }
    m_profileDialog->show();
    m_profileDialog->raise();
    m_profileDialog->activateWindow();
    return m_profileDialog;
}

void MainWindow::showAuditLog()
{
    auto *dialog = new AuditLogDialog(*m_context.audit(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}
