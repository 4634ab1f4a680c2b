#pragma once

#include "tenantprofile.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <memory>

namespace Ui {
class MainWindow;
}
class CredentialStore;
class DemoTenant;
class HttpClient;
class ManagementApi;
class ProfileDialog;
class ProfileStore;
class QLabel;
class QNetworkAccessManager;
class QSettings;
class QTimer;
class SessionSecrets;
class TokenProvider;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Starts the bundled demo tenant, adds it as a profile and connects to it. */
    void startDemo();
    /** Gets a fresh Management API token for the current profile and shows the granted scopes. */
    void testConnection();
    void showAbout();
    ProfileDialog *showProfiles();
    QString currentProfileId() const { return m_profile.id; }

Q_SIGNALS:
    /** The connection state of the current profile changed (tests wait on it). */
    void connectionChecked(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void reloadProfiles(const QString &selectId);
    void switchProfile(const QString &id);
    void activateProfile(const TenantProfile &profile);
    void showRateLimitCountdown(int seconds);

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<SessionSecrets> m_session;
    CredentialStore *m_credentials = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    HttpClient *m_http = nullptr;
    TokenProvider *m_tokens = nullptr;
    ManagementApi *m_api = nullptr;
    DemoTenant *m_demo = nullptr;
    QLabel *m_rateLimitLabel = nullptr;
    QTimer *m_countdown = nullptr;
    int m_countdownLeft = 0;
    QPointer<ProfileDialog> m_profileDialog;
    QList<TenantProfile> m_profiles;
    TenantProfile m_profile;
    int m_generation = 0; ///< bumps on every profile switch, so late answers are dropped
};
