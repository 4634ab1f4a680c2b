#pragma once

#include "tenantprofile.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class DemoTenant;
class HttpClient;
class ManagementApi;
class QLabel;
class QNetworkAccessManager;
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
    /** Gets a Management API token for the current profile and shows the granted scopes. */
    void testConnection();
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void activateProfile(const TenantProfile &profile);
    void showScopes(const QStringList &granted);

    std::unique_ptr<Ui::MainWindow> m_ui;
    QNetworkAccessManager *m_network = nullptr;
    HttpClient *m_http = nullptr;
    TokenProvider *m_tokens = nullptr;
    ManagementApi *m_api = nullptr;
    DemoTenant *m_demo = nullptr;
    QLabel *m_rateLimitLabel = nullptr;
    TenantProfile m_profile;
};
