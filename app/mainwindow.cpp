#include "mainwindow.h"

#include "apierror.h"
#include "credentialstore.h"
#include "demotenant.h"
#include "httpclient.h"
#include "managementapi.h"
#include "profiledialog.h"
#include "profilestore.h"
#include "scopesview.h"
#include "secretbytes.h"
#include "sessionsecrets.h"
#include "tokenprovider.h"
#include "ui_mainwindow.h"
#include "version.h"

#include <QApplication>
#include <QCloseEvent>
#include <QKeySequence>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString DemoProfileId = u"demo"_s;

QString badgeStyle(TenantProfile::Environment environment)
{
    QString colour = u"#2b8a3e"_s;
    if (environment == TenantProfile::Environment::Production)
        colour = u"#c92a2a"_s;
    else if (environment == TenantProfile::Environment::Staging)
        colour = u"#e67700"_s;
    return u"QLabel { background:%1; color:white; border-radius:4px; padding:2px 8px; "
           "font-weight:bold; }"_s.arg(colour);
}

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
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(u":/icons/idp-token-inspector.svg"_s));
    m_ui->mainSplitter->setStretchFactor(0, 3);
    m_ui->mainSplitter->setStretchFactor(1, 2);
    m_ui->profileCombo->setPlaceholderText(tr("No tenant profile yet"));
    m_ui->environmentBadge->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_ui->searchEdit->setEnabled(false);
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
    QMainWindow::closeEvent(event);
}

void MainWindow::reloadProfiles(const QString &selectId)
{
    QList<TenantProfile> profiles = m_store->profiles();
    for (const TenantProfile &existing : std::as_const(m_profiles)) {
        if (existing.isDemo)
            profiles.append(existing);
    }
    m_profiles = profiles;
    const QSignalBlocker blocker(m_ui->profileCombo);
    m_ui->profileCombo->clear();
    for (const TenantProfile &profile : std::as_const(m_profiles)) {
        m_ui->profileCombo->addItem(profile.name, profile.id);
        if (profile.environment == TenantProfile::Environment::Production) {
            m_ui->profileCombo->setItemData(m_ui->profileCombo->count() - 1,
                                            QColor(0xc9, 0x2a, 0x2a), Qt::ForegroundRole);
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
    if (!profile.isDemo)
        m_store->setLastProfileId(profile.id);

    const int generation = m_generation;
    if (profile.isDemo) {
        m_tokens->setClientSecret(SecretBytes(QByteArray(DemoTenant::ClientSecret)));
        testConnection();
    } else if (m_session->contains(profile.id)) {
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
        demo.isDemo = true;
        m_profiles.removeIf([](const TenantProfile &p) { return p.isDemo; });
        m_profiles.append(demo);
        reloadProfiles(demo.id);
        statusBar()->showMessage(tr("Demo tenant ready: https://%1").arg(m_demo->domain()));
        switchProfile(demo.id);
    });
    connect(m_demo, &DemoTenant::failed, this, [this](const QString &reason) {
        m_ui->connectionStatus->setText(tr("Demo tenant unavailable"));
        statusBar()->showMessage(reason);
    });
    m_demo->start();
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
    m_ui->environmentBadge->setStyleSheet(badgeStyle(profile.environment));
    m_ui->environmentBadge->setVisible(true);
    m_ui->testConnectionButton->setEnabled(true);
    m_ui->scopesLabel->clear();
    m_ui->connectionStatus->setText(tr("Not connected"));
    m_rateLimitLabel->clear();
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
        if (!m_profile.isDemo && !m_profile.id.isEmpty())
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
