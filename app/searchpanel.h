#pragma once

#include "usersearch.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class SearchPanel;
}
class AppSettings;
class QTimer;
class QSortFilterProxyModel;
class QStringListModel;
class TenantSession;
class UserListModel;

/**
 * Finding users: the search box, what kind of query it holds, the results and their pages. It owns
 * the query being paged, so going to another page always re-runs that query, whatever the box
 * holds by then. It says which user was chosen; it never holds a user's tokens.
 */
class SearchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPanel)

public:
    explicit SearchPanel(QWidget *parent = nullptr);
    ~SearchPanel() override;

    /**
     * The session searches go to (none disables the panel). Forgets the previous session's query,
     * results and pages. Recent queries come from and go to settings, for saved profiles only.
     */
    void setSession(TenantSession *session, AppSettings *settings);
    /** Runs the box's query from its first page. */
    void search();
    /** Shows page `page` of the query being paged (never what the box holds now). */
    void goToPage(int page);
    void cancel();
    void focusSearchBox();
    /** After an email found nobody: the same address as a Lucene email: query, which ignores
     *  case. */
    void searchEmailCaseInsensitively();
    static QString luceneEmailQuery(const QString &email);

    bool isSearching() const { return !m_search.isNull(); }
    /** The query being paged, and its page; empty before the first search. */
    QString pagedQuery() const { return m_query.text; }
    int currentPage() const { return m_page; }

Q_SIGNALS:
    /** A search left for Auth0: whatever user was open is no longer what was asked for. */
    void searchStarted();
    void searchFinished(bool ok);
    /** Open this user; alreadyFetched holds it when the search itself returned the whole user. */
    /** A user to open. takeFocus: the person asked for it (Enter, or a search that found one),
     *  so the keyboard goes to its tokens; browsing the results with the arrows does not. */
    void userChosen(const QString &userId, const QJsonObject &alreadyFetched, bool takeFocus);
    void statusMessage(const QString &message, int timeoutMs);

private:
    struct Query
    {
        QString text;
        QueryKind kind = QueryKind::Auto;
        int perPage = 50;
        bool isSet = false;
    };

    void run(int page);
    void finished(UserSearch *search);
    void showError(const SearchResult &result);
    void showUsers(const SearchResult &result);
    void remember(const QString &text);
    void setBusy(bool busy);
    void resetResults();
    /**
     * Sizes the results' columns to their contents and, when they do not fit the table's width,
     * narrows the widest ones to a common width so the table does not scroll sideways (down to a
     * few characters each); their text is then elided in the middle, whole in its tooltip.
     */
    void fitColumns();
    bool eventFilter(QObject *watched, QEvent *event) override;

    std::unique_ptr<Ui::SearchPanel> m_ui;
    QTimer *m_busyDelay; ///< the busy bar appears only for a search that takes a while
    UserListModel *m_users;
    QSortFilterProxyModel *m_sortedUsers;
    QStringListModel *m_history;
    QPointer<TenantSession> m_session;
    AppSettings *m_settings = nullptr; ///< where this profile's history is kept; none: not kept
    QPointer<UserSearch> m_search;
    Query m_query;
    int m_page = 0;
    QList<int> m_contentWidths; ///< each result column's width for its whole contents
};
