#pragma once

#include "handover.h"
#include "tenantprofile.h"
#include "tenantsession.h"
#include "tokenaccess.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <future>
#include <memory>

class QLabel;
class QTreeWidget;

namespace Ui {
class UserPanel;
}
class AuditLog;
class ClipboardGuard;
class ElidedLabel;
class IdentityModel;
class QAction;
class QTimer;
class UserFetch;

/**
 * The open user: a header, the identities tree with reveal and copy, the token inspector and the
 * redacted raw JSON. It owns the user's lifetime: clear() (a new search, another profile, quit)
 * drops the user, its tokens and any request still opening it. Every reveal and copy goes
 * through the TokenAccessPolicy first: a reason on production tenants, then the audit entry.
 */
class UserPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserPanel)

public:
    explicit UserPanel(QWidget *parent = nullptr);
    ~UserPanel() override;

    void setServices(ClipboardGuard *clipboard, AuditLog *audit);
    void setRevealSeconds(int seconds) { m_revealSeconds = seconds; }
    /** Shows the user this fetch brings, replacing whatever was open. */
    void open(UserFetch *fetch, const TenantProfile &profile);
    void setUser(const QJsonObject &user, const TenantProfile &profile, const QStringList &scopes);
    void clear();
    /** The user on screen; empty while none is (or one is still opening). */
    QString userId() const;
    /** The user on screen or being opened. */
    QString requestedUserId() const;
    bool isOpening() const { return !m_fetch.isNull(); }
    TokenAccessPolicy &accessPolicy() { return m_access; }
    IdentityModel *model() const { return m_model; }

    void revealSelected();
    void copySelected();
    void maskAll();
    /** Selects a token node (tests, keyboard navigation). */
    void selectIndex(const QModelIndex &index);
    /** Moves the keyboard focus to the identities tree, with a token selected if there is one. */
    void focusTokens();
    QAction *revealAction() const { return m_revealAction; }
    QAction *copyAction() const { return m_copyAction; }
    QAction *checkAction() const { return m_checkAction; }
    /** The session provider checks go through; none: checks cannot run. */
    void setSession(TenantSession *session) { m_session = session; }
    /** Checks the selected access token at its provider (audited like a reveal). */
    void checkSelected();
    /** The last check of the token under index, in words; empty when none ran. */
    QString checkSummary(const QModelIndex &index) const;
    /** The User menu: open in the Dashboard, copy or save a summary for a ticket. */
    QList<QAction *> userActions() const
    {
        return {m_dashboardAction, m_ticketAction, m_ticketMarkdownAction, m_saveTicketAction};
    }
    /** The open user's summary for a ticket, never a token value; empty with no user open. */
    QString ticketText(Handover::Format format);
    /** Writes the summary to path (Markdown for a .md name); false, with a message, on failure. */
    bool saveTicket(const QString &path);
    void openInDashboard();
    /** Shows who read the open user's tokens, when fetch finishes; the panel owns fetch. */
    void showTokenReads(TokenReadsFetch *fetch);

Q_SIGNALS:
    /** An open() ended: the user is shown, or the reason it is not. */
    void opened(bool ok);
    void statusMessage(const QString &message, int timeoutMs);
    /** A reveal or copy happened (after its audit entry was written). */
    void tokenActionDone(const QString &action);
    /** A token is shown in clear (true), or none is any more (false). */
    void revealedChanged(bool revealed);
    /** The Token reads tab is shown for a user whose reads are not known yet. */
    void tokenReadsWanted(const QString &userId);

private:
    /** Asks for a reason where one is needed, then authorizes (and audits) the action. */
    bool authorize(TokenAccessPolicy::Action action, const QModelIndex &index);
    void updateActions();
    void inspect(const QModelIndex &index);
    /** The inspector's hint for no token, and no text. */
    void emptyInspector();
    void showRawJsonIfVisible();
    void showCountdown();
    /** Gives the inspector the height its content needs (with or without its text box). */
    void fitInspector(bool withText);
    /** Copies a row that is not a token: its value, plainly. */
    void copyValue(const QModelIndex &index);
    void showContextMenu(const QPoint &position);
    QModelIndex currentTokenIndex() const;
    /** The open user without token values; waits for the worker that makes it, if need be. */
    const QJsonObject &redacted();
    /** Forgets the redacted copy, waiting for its worker if it still runs. */
    void dropRedacted();

    std::unique_ptr<Ui::UserPanel> m_ui;
    IdentityModel *m_model;
    QPointer<ClipboardGuard> m_clipboard;
    QTimer *m_maskTimer;
    QTimer *m_countdownTimer;
    ElidedLabel *m_userIdLabel;
    QAction *m_revealAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_dashboardAction = nullptr;
    QAction *m_checkAction = nullptr;
    QPointer<TenantSession> m_session;
    QPointer<ProviderCheckRun> m_checkRun;
    QHash<QString, Handover::CheckResult> m_checks; ///< by Handover::tokenKey, for this user
    QString identityUserId(const QModelIndex &tokenIndex) const;
    /**
     * What belongs to one open user besides the tree: the hand-over actions, its token reads and
     * provider checks. Dropped when a user goes or another comes.
     */
    void resetUserExtras(bool userOpen);
    QAction *m_ticketAction = nullptr;
    QAction *m_ticketMarkdownAction = nullptr;
    QAction *m_saveTicketAction = nullptr;
    QWidget *m_readsTab = nullptr;
    QLabel *m_readsStatus = nullptr;
    QTreeWidget *m_readsView = nullptr;
    QPointer<TokenReadsFetch> m_readsFetch;
    bool m_readsAsked = false; ///< the open user's reads were asked for (or are shown)
    void askForTokenReads();
    void tokenReadsArrived(TokenReadsFetch *fetch);
    int m_revealSeconds = 30;
    TenantProfile m_profile;
    TokenAccessPolicy m_access;
    QPointer<UserFetch> m_fetch;
    /// The redacted copy is made on a worker thread while the tree is built: for a user with
    /// 20,000 identities it costs as much as the tree. Only the Raw JSON tab and "Copy redacted"
    /// need it, through redacted().
    std::future<QJsonObject> m_redacting;
    QJsonObject m_redacted;
    bool m_rawJsonStale = false; ///< the Raw JSON tab shows an older user, or nothing
    bool m_asking = false;       ///< a reason is being asked for
};
