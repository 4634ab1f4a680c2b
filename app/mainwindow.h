#pragma once

#include "tenantprofile.h"
#include "usersearch.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <memory>

namespace Ui {
class MainWindow;
}
class AuditLog;
class ClipboardGuard;
class CredentialStore;
class DemoTenant;
class HttpClient;
class ManagementApi;
class ManagementReply;
class ProfileDialog;
class ProfileStore;
class QLabel;
class QNetworkAccessManager;
class QSettings;
class QSortFilterProxyModel;
class QStringListModel;
class QTimer;
class SecretBytes;
class SessionSecrets;
class TokenProvider;
class UserListModel;
class UserPanel;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Starts the bundled demo tenant, adds it as a profile and connects to it. */
    void startDemo();
    /**
     * Adds a profile for this session only (never saved, secret in memory only) and switches to
     * it. The demo tenant comes in this way.
     */
    void useSessionProfile(TenantProfile profile, SecretBytes secret);
    /** Gets a fresh Management API token for the current profile and shows the granted scopes. */
    void testConnection();
    void showAbout();
    void showAuditLog();
    ProfileDialog *showProfiles();
    QString currentProfileId() const { return m_profile.id; }

    /** Runs the search box's query; page 0 unless paging. */
    void search(int page = 0);
    void cancelSearch();
    /** Fetches a user and shows it in the user panel. */
    void openUser(const QString &userId);
    UserPanel *userPanel() const;
    ClipboardGuard *clipboardGuard() const { return m_clipboard; }
    AuditLog *auditLog() const { return m_audit; }

Q_SIGNALS:
    /** The connection state of the current profile changed (tests wait on it). */
    void connectionChecked(bool ok);
    void searchFinished(bool ok);
    void userOpened(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void reloadProfiles(const QString &selectId);
    void switchProfile(const QString &id);
    void activateProfile(const TenantProfile &profile);
    void showRateLimitCountdown(int seconds);
    void showSearchResult(const SearchResult &result);
    void showUser(const QJsonObject &user);
    void explainTokenVault(const QJsonObject &user);
    void setBusy(bool busy);
    void runSearch(const QString &text, QueryKind kind, int page);
    void rememberQuery(const QString &text);
    void loadHistory();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<SessionSecrets> m_session;
    CredentialStore *m_credentials = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    HttpClient *m_http = nullptr;
    TokenProvider *m_tokens = nullptr;
    ManagementApi *m_api = nullptr;
    ClipboardGuard *m_clipboard = nullptr;
    AuditLog *m_audit = nullptr;
    DemoTenant *m_demo = nullptr;
    UserListModel *m_users = nullptr;
    QSortFilterProxyModel *m_sortedUsers = nullptr;
    QStringListModel *m_history = nullptr;
    QLabel *m_rateLimitLabel = nullptr;
    QLabel *m_clipboardLabel = nullptr;
    QTimer *m_countdown = nullptr;
    int m_countdownLeft = 0;
    QPointer<ProfileDialog> m_profileDialog;
    QPointer<UserSearch> m_search;
    QPointer<ManagementReply> m_userReply;
    QList<TenantProfile> m_profiles;
    TenantProfile m_profile;
    QString m_lastQuery;
    QueryKind m_lastKind = QueryKind::Auto;
    SearchResult m_lastResult;
    int m_generation = 0; ///< bumps on every profile switch, so late answers are dropped
};
