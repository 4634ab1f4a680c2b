#include "mainwindow.h"

#include "apierror.h"
#include "appicon.h"
#include "auditlog.h"
#include "clipboardguard.h"
#include "credentialstore.h"
#include "demotenant.h"
#include "httpclient.h"
#include "identitymodel.h"
#include "managementapi.h"
#include "profiledialog.h"
#include "profilestore.h"
#include "scopesview.h"
#include "secretbytes.h"
#include "sessionsecrets.h"
#include "tokenprovider.h"
#include "ui_mainwindow.h"
#include "uicolours.h"
#include "userlistmodel.h"
#include "userpanel.h"
#include "version.h"

#include <QApplication>
#include <QCloseEvent>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeySequence>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QTableWidget>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString DemoProfileId = u"demo"_s;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(std::make_unique<QSettings>())
    , m_store(std::make_unique<ProfileStore>(m_settings.get()))
    , m_session(std::make_unique<SessionSecrets>())
    , m_credentials(new CredentialStore(QStringLiteral(IDP_APP_ID), this))
    , m_network(new QNetworkAccessManager(this))
    , m_http(new HttpClient(m_network, this))
    , m_tokens(new TokenProvider(m_http, this))
    , m_api(new ManagementApi(m_http, m_tokens, this))
    , m_clipboard(new ClipboardGuard(this))
    , m_audit(new AuditLog(QString(), this))
    , m_users(new UserListModel(this))
    , m_sortedUsers(new QSortFilterProxyModel(this))
    , m_history(new QStringListModel(this))
{
    m_ui->setupUi(this);
    setWindowIcon(appIcon());
    m_ui->mainSplitter->setStretchFactor(0, 1);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->profileCombo->setPlaceholderText(tr("No tenant profile yet"));
    m_ui->environmentBadge->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_ui->searchEdit->setEnabled(false);
    m_ui->searchButton->setEnabled(false);
    for (QueryKind kind : {QueryKind::Auto, QueryKind::UserId, QueryKind::Email, QueryKind::Lucene})
        m_ui->searchModeCombo->addItem(queryKindName(kind), int(kind));
    m_ui->pageSizeCombo->addItem(tr("50 per page"), 50);
    m_ui->pageSizeCombo->addItem(tr("100 per page"), 100);
    m_sortedUsers->setSourceModel(m_users);
    m_sortedUsers->setSortRole(UserListModel::SortRole);
    m_ui->resultsView->setModel(m_sortedUsers);
    m_ui->resultsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->resultsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->resultsView->verticalHeader()->hide();
    m_ui->resultsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->resultsView->sortByColumn(-1, Qt::AscendingOrder);
    auto *completer = new QCompleter(m_history, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->searchEdit->setCompleter(completer);
    m_ui->userPanel->setServices(m_clipboard, m_audit);
    m_ui->windowMessage->setStyleSheet(
            u"color:%1;"_s.arg(uiColourName(UiColour::Warning, palette())));

    m_ui->findAction->setShortcut(QKeySequence::Find);
    connect(m_ui->findAction, &QAction::triggered, this, [this] {
        m_ui->searchEdit->setFocus();
        m_ui->searchEdit->selectAll();
    });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] { search(0); });
    connect(m_ui->searchButton, &QPushButton::clicked, this, [this] { search(0); });
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &MainWindow::cancelSearch);
    connect(m_ui->previousButton, &QPushButton::clicked, this,
            [this] { search(m_lastResult.page - 1); });
    connect(m_ui->nextButton, &QPushButton::clicked, this,
            [this] { search(m_lastResult.page + 1); });
    connect(m_ui->pageSizeCombo, &QComboBox::activated, this, [this] {
        if (!m_lastQuery.isNull())
            runSearch(m_lastQuery, m_lastKind, 0);
    });
    connect(m_ui->resultsView, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) {
                openUser(index.data(UserListModel::UserIdRole).toString());
            });
    connect(m_ui->resultsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    openUser(current.data(UserListModel::UserIdRole).toString());
            });
    connect(m_ui->auditLogAction, &QAction::triggered, this, &MainWindow::showAuditLog);
    connect(m_ui->userPanel, &UserPanel::statusMessage, this,
            [this](const QString &message, int timeout) {
                statusBar()->showMessage(message, timeout);
            });

    m_clipboardLabel = new QLabel(this);
    m_clipboardLabel->setObjectName(u"clipboardLabel"_s);
    statusBar()->addPermanentWidget(m_clipboardLabel);
    connect(m_clipboard, &ClipboardGuard::countdown, this, [this](int left) {
        m_clipboardLabel->setText(tr("Clipboard clears in %n s", nullptr, left));
    });
    connect(m_clipboard, &ClipboardGuard::cleared, this, [this](bool ours) {
        m_clipboardLabel->setText(ours ? tr("Clipboard cleared") : QString());
        QTimer::singleShot(3000, m_clipboardLabel, [label = m_clipboardLabel] {
            if (label->text() == tr("Clipboard cleared"))
                label->clear();
        });
    });
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->manageProfilesAction->setShortcut(QKeySequence::Preferences);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->manageProfilesAction, &QAction::triggered, this, &MainWindow::showProfiles);
    connect(m_ui->manageProfilesButton, &QPushButton::clicked, this, &MainWindow::showProfiles);
    connect(m_ui->testConnectionAction, &QAction::triggered, this, &MainWindow::testConnection);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &MainWindow::testConnection);
    connect(m_ui->profileCombo, &QComboBox::activated, this,
            [this](int index) { switchProfile(m_ui->profileCombo->itemData(index).toString()); });

    m_rateLimitLabel = new QLabel(this);
    m_rateLimitLabel->setObjectName(u"rateLimitLabel"_s);
    m_rateLimitLabel->setToolTip(
            tr("Requests left in Auth0's rate-limit bucket (x-ratelimit-remaining)"));
    statusBar()->addPermanentWidget(m_rateLimitLabel);
    connect(m_api, &ManagementApi::rateLimitRemainingChanged, this, [this](int remaining) {
        m_rateLimitLabel->setText(tr("Rate limit: %1 left").arg(remaining));
    });
    connect(m_api, &ManagementApi::rateLimitWait, this, &MainWindow::showRateLimitCountdown);
    connect(m_tokens, &TokenProvider::rateLimitWait, this, &MainWindow::showRateLimitCountdown);
    m_countdown = new QTimer(this);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, [this] {
        if (--m_countdownLeft <= 0) {
            m_countdown->stop();
            statusBar()->clearMessage();
            return;
        }
        statusBar()->showMessage(
                tr("Auth0's rate limit was reached: retrying in %n s", nullptr, m_countdownLeft));
    });

    // Network limits are settings: [network] timeoutSeconds, maxResponseMegabytes.
    HttpSettings http = m_http->settings();
    http.timeoutMs
            = std::clamp(m_settings->value(u"network/timeoutSeconds"_s, 30).toInt(), 1, 600) * 1000;
    http.maxResponseBytes
            = qint64(std::clamp(m_settings->value(u"network/maxResponseMegabytes"_s, 16).toInt(), 1,
                                1024))
            * 1024 * 1024;
    m_http->setSettings(http);
    m_clipboard->setTimeoutSeconds(
            std::clamp(m_settings->value(u"security/clipboardSeconds"_s, 20).toInt(), 1, 600));
    m_ui->userPanel->setRevealSeconds(
            std::clamp(m_settings->value(u"security/revealSeconds"_s, 30).toInt(), 1, 600));
    statusBar()->showMessage(tr("Ready"));

    reloadProfiles(m_store->lastProfileId());
    if (!m_profiles.isEmpty())
        switchProfile(m_ui->profileCombo->currentData().toString());
}

MainWindow::~MainWindow()
{
    m_session->clear();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Nothing may still be in flight, or keep a token, once the window is gone.
    m_http->abortAll();
    m_tokens->cancel();
    m_session->clear();
    m_clipboard->clearNow();
    m_ui->userPanel->clear();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    // A revealed token masks itself as soon as the window loses focus.
    if (event->type() == QEvent::ActivationChange && !isActiveWindow())
        m_ui->userPanel->maskAll();
    QMainWindow::changeEvent(event);
}

UserPanel *MainWindow::userPanel() const
{
    return m_ui->userPanel;
}

void MainWindow::reloadProfiles(const QString &selectId)
{
    QList<TenantProfile> profiles = m_store->profiles();
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
}

void MainWindow::switchProfile(const QString &id)
{
    const auto it = std::find_if(m_profiles.cbegin(), m_profiles.cend(),
                                 [&](const TenantProfile &p) { return p.id == id; });
    if (it == m_profiles.cend())
        return;
    const TenantProfile profile = *it;
    activateProfile(profile);
    if (!profile.sessionOnly)
        m_store->setLastProfileId(profile.id);

    const int generation = m_generation;
    if (m_session->contains(profile.id)) {
        m_tokens->setClientSecret(m_session->secret(profile.id));
        testConnection();
    } else {
        m_ui->connectionStatus->setText(
                tr("Reading the client secret from %1…").arg(CredentialStore::backendName()));
        KeychainRequest *request = m_credentials->readSecret(profile.id);
        connect(request, &KeychainRequest::finished, this, [this, request, generation] {
            request->deleteLater();
            if (generation != m_generation)
                return; // the admin switched profiles meanwhile
            if (request->error() != KeychainRequest::Error::None) {
                m_ui->connectionStatus->setText(
                        tr("<b>No client secret available</b><br>%1 Open Profiles… to enter it.")
                                .arg(request->errorString().toHtmlEscaped()));
                Q_EMIT connectionChecked(false);
                return;
            }
            m_tokens->setClientSecret(request->takeSecret());
            testConnection();
        });
    }
}

void MainWindow::showRateLimitCountdown(int seconds)
{
    m_countdownLeft = std::max(seconds, m_countdownLeft);
    statusBar()->showMessage(
            tr("Auth0's rate limit was reached: retrying in %n s", nullptr, m_countdownLeft));
    m_countdown->start();
}

void MainWindow::startDemo()
{
    if (m_demo)
        return;
    m_demo = new DemoTenant(this);
    m_ui->connectionStatus->setText(tr("Starting the demo tenant…"));
    connect(m_demo, &DemoTenant::ready, this, [this] {
        TenantProfile demo;
        demo.id = DemoProfileId;
        demo.name = tr("Demo tenant (local)");
        demo.domain = m_demo->domain();
        demo.clientId = QString::fromLatin1(DemoTenant::ClientId);
        demo.caCertificateFile = m_demo->caCertificatePath();
        statusBar()->showMessage(tr("Demo tenant ready: https://%1").arg(m_demo->domain()));
        useSessionProfile(demo, SecretBytes(QByteArray(DemoTenant::ClientSecret)));
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
    m_session->set(profile.id, std::move(secret));
    m_profiles.removeIf([&](const TenantProfile &p) { return p.id == profile.id; });
    m_profiles.append(profile);
    reloadProfiles(profile.id);
    switchProfile(profile.id);
}

void MainWindow::activateProfile(const TenantProfile &profile)
{
    ++m_generation;
    // A switch cancels whatever the previous profile still had in flight.
    m_http->abortAll();
    m_tokens->cancel();
    m_profile = profile;
    HttpSettings settings = m_http->settings();
    settings.allowPlainHttpToLoopback = profile.plainHttp;
    settings.extraCaCertificates.clear();
    if (!profile.caCertificateFile.isEmpty())
        settings.extraCaCertificates
                = TenantProfile::loadCaFile(profile.caCertificateFile, nullptr);
    m_http->setSettings(settings);
    m_tokens->configure(profile.baseUrl(), profile.effectiveAudience(), profile.clientId);
    m_api->setBaseUrl(profile.baseUrl());

    m_ui->environmentBadge->setText(TenantProfile::environmentName(profile.environment));
    m_ui->environmentBadge->setStyleSheet(badgeStyleSheet(profile.environment));
    m_ui->environmentBadge->setVisible(true);
    m_ui->testConnectionButton->setEnabled(true);
    m_ui->scopesLabel->clear();
    m_ui->connectionStatus->setText(tr("Not connected"));
    m_rateLimitLabel->clear();
    if (m_search)
        m_search->deleteLater();
    m_search = nullptr;
    m_userReply = nullptr;
    setBusy(false);
    m_users->clear();
    m_ui->userPanel->clear();
    m_lastResult = {};
    m_lastQuery = QString();
    m_ui->pageLabel->clear();
    m_ui->windowMessage->hide();
    m_ui->previousButton->setEnabled(false);
    m_ui->nextButton->setEnabled(false);
    m_ui->searchEdit->setEnabled(true);
    m_ui->searchButton->setEnabled(true);
    loadHistory();
}

void MainWindow::testConnection()
{
    if (m_profile.id.isEmpty())
        return;
    m_tokens->invalidate();
    m_ui->connectionStatus->setText(tr("Connecting to %1…").arg(m_profile.domain));
    m_ui->testConnectionButton->setEnabled(false);
    const int generation = m_generation;
    TokenRequest *request = m_tokens->token();
    connect(request, &TokenRequest::finished, this, [this, request, generation] {
        request->deleteLater();
        if (generation != m_generation)
            return;
        m_ui->testConnectionButton->setEnabled(true);
        if (request->isError()) {
            const Diagnosis diagnosis = ErrorAdvisor::diagnose(request->error());
            m_ui->connectionStatus->setText(u"<b>%1</b><br>%2"_s.arg(
                    diagnosis.summary.toHtmlEscaped(), diagnosis.fix.toHtmlEscaped()));
            m_ui->connectionStatus->setToolTip(diagnosis.detail);
            m_ui->scopesLabel->clear();
            Q_EMIT connectionChecked(false);
            return;
        }
        m_ui->connectionStatus->setText(
                tr("Connected to %1 · token valid until %2")
                        .arg(m_profile.domain,
                             m_tokens->expiresAt().toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)));
        m_ui->connectionStatus->setToolTip({});
        m_ui->scopesLabel->setText(scopesHtml(m_tokens->grantedScopes()));
        m_ui->scopesLabel->setToolTip(scopesAdvice(m_tokens->grantedScopes()));
        Q_EMIT connectionChecked(true);
    });
}

ProfileDialog *MainWindow::showProfiles()
{
    if (!m_profileDialog) {
        m_profileDialog = new ProfileDialog(m_store.get(), m_credentials, m_session.get(), this);
        m_profileDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_profileDialog, &ProfileDialog::profilesChanged, this, [this] {
            const QString current = m_profile.id;
            const QString selected
                    = m_profileDialog ? m_profileDialog->currentProfileId() : current;
            reloadProfiles(selected.isEmpty() ? current : selected);
            const QString now = m_ui->profileCombo->currentData().toString();
            if (!now.isEmpty())
                switchProfile(now);
        });
        if (!m_profile.sessionOnly && !m_profile.id.isEmpty())
            m_profileDialog->selectProfile(m_profile.id);
    }
    m_profileDialog->show();
    m_profileDialog->raise();
    m_profileDialog->activateWindow();
    return m_profileDialog;
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setObjectName(u"aboutBox"_s);
    box.setWindowTitle(tr("About %1").arg(QStringLiteral(IDP_APP_NAME)));
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h3>%1 %2</h3>"
                   "<p>Find an Auth0 user, see every linked identity, and reveal or copy the "
                   "identity providers' tokens safely: masked by default, copies that clear "
                   "themselves, and an audit trail.</p>"
                   "<p>Client secrets stay in the operating system's keychain.</p>"
                   "<p>Licensed under the MIT licence. Built with Qt %3.</p>"
                   "<p><a href=\"%4\">%4</a></p>")
                        .arg(QStringLiteral(IDP_APP_NAME), QStringLiteral(IDP_VERSION),
                             QString::fromLatin1(qVersion()), QStringLiteral(IDP_HOMEPAGE)));
    box.exec();
}

void MainWindow::setBusy(bool busy)
{
    m_ui->busyBar->setVisible(busy);
    m_ui->searchButton->setEnabled(!busy && !m_profile.id.isEmpty());
}

void MainWindow::loadHistory()
{
    m_history->setStringList(m_settings->value(u"history/"_s + m_profile.id).toStringList());
}

void MainWindow::rememberQuery(const QString &text)
{
    // Queries only: never a token or a secret.
    QStringList list = m_history->stringList();
    list.removeAll(text);
    list.prepend(text);
    while (list.size() > 20)
        list.removeLast();
    m_history->setStringList(list);
    if (!m_profile.sessionOnly)
        m_settings->setValue(u"history/"_s + m_profile.id, list);
}

void MainWindow::search(int page)
{
    if (page == 0) {
        const QString text = m_ui->searchEdit->text().trimmed();
        if (!text.isEmpty())
            rememberQuery(text);
        runSearch(text, QueryKind(m_ui->searchModeCombo->currentData().toInt()), 0);
    } else {
        runSearch(m_lastQuery, m_lastKind, page);
    }
}

void MainWindow::runSearch(const QString &text, QueryKind kind, int page)
{
    if (m_profile.id.isEmpty())
        return;
    cancelSearch();
    m_lastQuery = text;
    m_lastKind = kind;
    setBusy(true);
    m_search = new UserSearch(m_api, text, kind, std::max(0, page),
                              m_ui->pageSizeCombo->currentData().toInt(), this);
    const int generation = m_generation;
    connect(m_search, &UserSearch::rateLimitWait, this, &MainWindow::showRateLimitCountdown);
    connect(m_search, &UserSearch::finished, this, [this, generation, search = m_search.data()] {
        search->deleteLater();
        if (generation != m_generation || search != m_search)
            return;
        m_search = nullptr;
        setBusy(false);
        showSearchResult(search->result());
    });
    statusBar()->showMessage(tr("Searching (%1)…").arg(queryKindName(m_search->result().kind)));
    m_search->start();
}

void MainWindow::cancelSearch()
{
    if (m_search) {
        UserSearch *search = m_search;
        m_search = nullptr;
        search->abort();
        search->deleteLater();
        setBusy(false);
        statusBar()->showMessage(tr("Search cancelled"), 3000);
    }
}

void MainWindow::showSearchResult(const SearchResult &result)
{
    m_lastResult = result;
    m_lastResult.fullUser = {}; // paging needs the query, not a copy of the user's tokens
    if (result.error.isError() && result.users.isEmpty()) {
        const Diagnosis diagnosis = ErrorAdvisor::diagnose(result.error);
        m_users->clear();
        m_ui->pageLabel->clear();
        m_ui->windowMessage->setText(u"<b>%1</b> — %2"_s.arg(diagnosis.summary.toHtmlEscaped(),
                                                             diagnosis.fix.toHtmlEscaped()));
        m_ui->windowMessage->setToolTip(diagnosis.detail);
        m_ui->windowMessage->show();
        m_ui->previousButton->setEnabled(result.page > 0);
        m_ui->nextButton->setEnabled(false);
        statusBar()->showMessage(diagnosis.summary, 8000);
        Q_EMIT searchFinished(false);
        return;
    }
    m_users->setUsers(result.users);
    m_ui->resultsView->resizeColumnsToContents();
    const int first = result.page * result.perPage + 1;
    const int last = result.page * result.perPage + int(result.users.size());
    if (result.users.isEmpty())
        m_ui->pageLabel->setText(tr("No users found"));
    else if (result.kind == QueryKind::Lucene)
        m_ui->pageLabel->setText(tr("%1–%2 of %3").arg(first).arg(last).arg(result.total));
    else
        m_ui->pageLabel->setText(tr("%n user(s)", nullptr, int(result.users.size())));
    const bool more = result.kind == QueryKind::Lucene && last < result.total;
    m_ui->previousButton->setEnabled(result.page > 0);
    m_ui->nextButton->setEnabled(more && !result.beyondWindow);
    if (result.beyondWindow
        || (result.kind == QueryKind::Lucene && result.total > UserSearch::ResultWindow)) {
        m_ui->windowMessage->setText(
                tr("%1 users match, and Auth0 lets a search page through the first 1000 only. "
                   "Narrow "
                   "the query, for example with identities.connection:\"github\" or "
                   "email.domain:\"example.com\".")
                        .arg(result.total));
        m_ui->windowMessage->show();
    } else {
        m_ui->windowMessage->hide();
    }
    statusBar()->showMessage(tr("%n user(s) found", nullptr, result.total), 5000);
    Q_EMIT searchFinished(true);
    if (!result.fullUser.isEmpty()) {
        showUser(result.fullUser);
    } else if (result.users.size() == 1 && result.kind == QueryKind::Email) {
        openUser(result.users.first().userId);
    }
}

void MainWindow::openUser(const QString &userId)
{
    if (userId.isEmpty() || userId == m_ui->userPanel->userId())
        return;
    if (m_userReply)
        m_userReply->abort();
    setBusy(true);
    m_userReply = m_api->getUser(userId);
    const int generation = m_generation;
    connect(m_userReply, &ManagementReply::rateLimitWait, this,
            &MainWindow::showRateLimitCountdown);
    connect(m_userReply, &ManagementReply::finished, this,
            [this, generation, reply = m_userReply.data()] {
                reply->deleteLater();
                if (generation != m_generation || reply != m_userReply)
                    return;
                m_userReply = nullptr;
                setBusy(false);
                if (reply->isError()) {
                    if (reply->error().kind != ApiError::Kind::Cancelled)
                        statusBar()->showMessage(ErrorAdvisor::oneLine(reply->error()), 10000);
                    Q_EMIT userOpened(false);
                    return;
                }
                showUser(reply->json().object());
            });
}

void MainWindow::showUser(const QJsonObject &user)
{
    m_ui->userPanel->setUser(user, m_profile, m_tokens->grantedScopes());
    Q_EMIT userOpened(true);
    explainTokenVault(user);
}

void MainWindow::explainTokenVault(const QJsonObject &user)
{
    // Only worth a request when a social identity has no token although the scope allows it:
    // then Token Vault and "the IdP returned nothing" look the same from the user object.
    if (!m_tokens->grantedScopes().contains(u"read:user_idp_tokens"_s))
        return;
    bool ambiguous = false;
    const QJsonArray identities = user.value(u"identities"_s).toArray();
    for (const QJsonValue &value : identities) {
        const QJsonObject identity = value.toObject();
        if (identity.value(u"isSocial"_s).toBool() && !identity.contains(u"access_token"_s))
            ambiguous = true;
    }
    if (!ambiguous)
        return;
    const QString userId = user.value(u"user_id"_s).toString();
    ManagementReply *reply = m_api->get(u"users/"_s + ManagementApi::encodeUserId(userId)
                                        + u"/connected-accounts"_s);
    const int generation = m_generation;
    connect(reply, &ManagementReply::finished, this, [this, reply, userId, generation] {
        reply->deleteLater();
        if (generation != m_generation || m_ui->userPanel->userId() != userId || reply->isError())
            return;
        const QJsonArray accounts = reply->json().object().value(u"connected_accounts"_s).toArray();
        for (const QJsonValue &value : accounts) {
            const QJsonObject account = value.toObject();
            QStringList scopes;
            for (const QJsonValue &scope : account.value(u"scopes"_s).toArray())
                scopes.append(scope.toString());
            m_ui->userPanel->model()->addExplanation(
                    account.value(u"connection"_s).toString(),
                    tr("This connection keeps its tokens in Token Vault, not in the user's "
                       "identities, so the Management API cannot return them. Connected account "
                       "%1: %2 access, scopes %3, since %4. Apps get tokens from the vault by "
                       "token exchange.")
                            .arg(account.value(u"id"_s).toString(),
                                 account.value(u"access_type"_s).toString(), scopes.join(u' '),
                                 account.value(u"created_at"_s).toString()));
        }
    });
}

void MainWindow::showAuditLog()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"auditLogDialog"_s);
    dialog->setWindowTitle(tr("Audit log"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(900, 420);
    auto *layout = new QVBoxLayout(dialog);
    auto *path = new QLabel(
            tr("Every reveal and copy, newest first. File: %1").arg(m_audit->path()), dialog);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    path->setWordWrap(true);
    layout->addWidget(path);
    const QList<AuditEntry> entries = m_audit->read();
    auto *table = new QTableWidget(int(entries.size()), 8, dialog);
    table->setObjectName(u"auditTable"_s);
    table->setHorizontalHeaderLabels({tr("Time"), tr("Action"), tr("Token"), tr("User"),
                                      tr("Connection"), tr("Profile"), tr("OS user"),
                                      tr("Reason")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    for (int row = 0; row < entries.size(); ++row) {
        const AuditEntry &e = entries.at(row);
        const QStringList cells{QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat),
                                e.action,
                                e.token,
                                e.userId,
                                e.connection,
                                u"%1 (%2)"_s.arg(e.profile, e.tenantDomain),
                                e.osUser,
                                e.reason};
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    table->resizeColumnsToContents();
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->show();
}
