#pragma once

#include "aboutbox.h"
#include "tenantprofile.h"

#include <QJsonObject>
#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <memory>

namespace Ui {
class MainWindow;
}
class AppContext;
class AuditLog;
class ClipboardGuard;
class DemoTenant;
class LockWatcher;
class LockedView;
class ProfileDialog;
class SearchPanel;
class SecretBytes;
class StatusIndicators;
class TenantSession;
class UserPanel;
class WelcomeView;

/**
 * The main window lays out and wires: the tenant bar, the search panel, the user panel and the
 * status bar. The active profile's TenantSession is its one piece of tenant state; switching
 * profile replaces it, which cancels everything the old one had in flight.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Starts the bundled demo tenant, adds it as a profile and connects to it. */
    void startDemo();
    /** Adds a profile for this session only (never saved, secret in memory only), switches to it.
     */
    void useSessionProfile(TenantProfile profile, SecretBytes secret);
    /** Gets a fresh Management API token for the current profile and shows the granted scopes. */
    /** withOptional: asked for by the admin, so the optional read:logs is checked too. */
    void testConnection(bool withOptional = false);
    void showAbout() { showAboutBox(this); }
    void showAuditLog();
    ProfileDialog *showProfiles();
    /**
     * Clears the open user, the results, every token and the Management API token (the session
     * goes), and shows the locked view. Idle time and the desktop's screen lock call it too.
     */
    void lock(const QString &reason);
    /** Reconnects the profile that was active, reading its secret again. */
    void unlock();
    bool isLocked() const;
    LockWatcher *lockWatcher() const { return m_lockWatcher; }
    /** Changes the current profile's access level (saved, if the profile is) and reconnects. */
    void setAccessLevel(TenantProfile::AccessLevel level);
    /** Opens a user in the user panel: fetched now, or as a search already brought it. */
    /** Opens a user; with takeFocus the keyboard moves to its tokens once it is shown. */
    void openUser(const QString &userId, const QJsonObject &alreadyFetched = {},
                  bool takeFocus = false);

    QString currentProfileId() const;
    TenantSession *session() const { return m_session; }
    SearchPanel *searchPanel() const;
    UserPanel *userPanel() const;
    ClipboardGuard *clipboardGuard() const { return m_clipboard; }
    AuditLog *auditLog() const;

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
    /** The welcome view in place of the panes while there is no profile and no session. */
    void updateWelcome();
    void switchProfile(const QString &id);
    void startSession(const TenantProfile &profile);
    void endSession();

    AppContext &m_context;
    std::unique_ptr<Ui::MainWindow> m_ui;
    ClipboardGuard *m_clipboard;
    StatusIndicators *m_status;
    LockWatcher *m_lockWatcher;
    LockedView *m_lockedView;
    QString m_lockedProfileId;
    DemoTenant *m_demo = nullptr;
    TenantSession *m_session = nullptr;
    WelcomeView *m_welcome = nullptr;
    QString m_savedProfileId; ///< the profile the dialog just saved, until profilesChanged
    bool m_focusTokensWhenOpened = false; ///< the user being opened was asked for by key
    QPointer<ProfileDialog> m_profileDialog;
    QList<TenantProfile> m_profiles; ///< saved ones, then this run's session-only ones
};
