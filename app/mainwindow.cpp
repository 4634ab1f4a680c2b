#include "mainwindow.h"

#include "apierror.h"
#include "demotenant.h"
#include "httpclient.h"
#include "managementapi.h"
#include "secretbytes.h"
#include "tokenprovider.h"
#include "ui_mainwindow.h"
#include "version.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QKeySequence>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace {

QString badgeStyle(TenantProfile::Environment environment)
{
    switch (environment) {
    case TenantProfile::Environment::Production:
        return u"background:#c92a2a;color:white;border-radius:4px;padding:2px 8px;font-weight:bold;"_s;
    case TenantProfile::Environment::Staging:
        return u"background:#e67700;color:white;border-radius:4px;padding:2px 8px;font-weight:bold;"_s;
    case TenantProfile::Environment::Development:
        break;
    }
    return u"background:#2b8a3e;color:white;border-radius:4px;padding:2px 8px;font-weight:bold;"_s;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
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
    m_ui->searchEdit->setEnabled(false);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &MainWindow::testConnection);

    m_rateLimitLabel = new QLabel(this);
    m_rateLimitLabel->setObjectName(u"rateLimitLabel"_s);
    m_rateLimitLabel->setToolTip(
            tr("Requests left in Auth0's rate-limit bucket (x-ratelimit-remaining)"));
    statusBar()->addPermanentWidget(m_rateLimitLabel);
    connect(m_api, &ManagementApi::rateLimitRemainingChanged, this, [this](int remaining) {
        m_rateLimitLabel->setText(tr("Rate limit: %1 left").arg(remaining));
    });
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Nothing may still be in flight, or keep a token, once the window is gone.
    m_http->abortAll();
    m_tokens->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::startDemo()
{
    if (m_demo)
        return;
    m_demo = new DemoTenant(this);
    m_ui->connectionStatus->setText(tr("Starting the demo tenant…"));
    connect(m_demo, &DemoTenant::ready, this, [this] {
        TenantProfile demo;
        demo.id = u"demo"_s;
        demo.name = tr("Demo tenant (local)");
        demo.domain = m_demo->domain();
        demo.clientId = QString::fromLatin1(DemoTenant::ClientId);
        demo.caCertificateFile = m_demo->caCertificatePath();
        demo.isDemo = true;
        m_ui->profileCombo->addItem(demo.name, demo.id);
        m_ui->profileCombo->setCurrentIndex(m_ui->profileCombo->count() - 1);
        activateProfile(demo);
        m_tokens->setClientSecret(SecretBytes(QByteArray(DemoTenant::ClientSecret)));
        statusBar()->showMessage(tr("Demo tenant ready: https://%1").arg(m_demo->domain()));
        testConnection();
    });
    connect(m_demo, &DemoTenant::failed, this, [this](const QString &reason) {
        m_ui->connectionStatus->setText(tr("Demo tenant unavailable"));
        statusBar()->showMessage(reason);
    });
    m_demo->start();
}

void MainWindow::activateProfile(const TenantProfile &profile)
{
    m_http->abortAll();
    m_profile = profile;
    HttpSettings settings = m_http->settings();
    settings.extraCaCertificates.clear();
    if (!profile.caCertificateFile.isEmpty()) {
        QFile file(profile.caCertificateFile);
        if (file.open(QIODevice::ReadOnly))
            settings.extraCaCertificates = QSslCertificate::fromData(file.readAll());
    }
    m_http->setSettings(settings);
    m_tokens->configure(profile.baseUrl(), profile.effectiveAudience(), profile.clientId);
    m_api->setBaseUrl(profile.baseUrl());

    m_ui->environmentBadge->setText(TenantProfile::environmentName(profile.environment));
    m_ui->environmentBadge->setStyleSheet(badgeStyle(profile.environment));
    m_ui->environmentBadge->setVisible(true);
    m_ui->testConnectionButton->setEnabled(true);
    m_ui->scopesLabel->clear();
    m_ui->connectionStatus->setText(tr("Not connected"));
}

void MainWindow::testConnection()
{
    m_tokens->invalidate();
    m_ui->connectionStatus->setText(tr("Connecting to %1…").arg(m_profile.domain));
    m_ui->testConnectionButton->setEnabled(false);
    TokenRequest *request = m_tokens->token();
    connect(request, &TokenRequest::finished, this, [this, request] {
        request->deleteLater();
        m_ui->testConnectionButton->setEnabled(true);
        if (request->isError()) {
            const Diagnosis diagnosis = ErrorAdvisor::diagnose(request->error());
            m_ui->connectionStatus->setText(
                    tr("<b>%1</b><br>%2")
                            .arg(diagnosis.summary.toHtmlEscaped(), diagnosis.fix.toHtmlEscaped()));
            m_ui->connectionStatus->setToolTip(diagnosis.detail);
            m_ui->scopesLabel->clear();
            return;
        }
        m_ui->connectionStatus->setText(
                tr("Connected to %1 · token valid until %2")
                        .arg(m_profile.domain,
                             m_tokens->expiresAt().toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)));
        m_ui->connectionStatus->setToolTip({});
        showScopes(m_tokens->grantedScopes());
    });
}

void MainWindow::showScopes(const QStringList &granted)
{
    QStringList parts;
    QStringList tips;
    for (const QString &scope : TokenProvider::defaultScopes()) {
        const bool present = granted.contains(scope);
        parts.append(present ? u"<span style='color:#2b8a3e'>✔ %1</span>"_s.arg(scope)
                             : u"<span style='color:#c92a2a'>✘ %1</span>"_s.arg(scope));
        if (!present && scope == u"read:user_idp_tokens"_s)
            tips.append(tr("Without read:user_idp_tokens Auth0 hides the IdP tokens."));
        if (!present && scope == u"read:users"_s)
            tips.append(tr("Without read:users users cannot be searched."));
    }
    if (!tips.isEmpty())
        tips.append(
                tr("Grant the scope in Auth0 Dashboard › Applications › APIs › Auth0 Management "
                   "API › Machine To Machine Applications."));
    m_ui->scopesLabel->setText(parts.join(u"&nbsp;&nbsp;"_s));
    m_ui->scopesLabel->setToolTip(tips.join(u'\n'));
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
