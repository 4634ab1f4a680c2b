#pragma once

#include "apierror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

class ManagementApi;
class ManagementReply;

/** What the search box holds: a user id, an email address, or a Lucene query. */
enum class QueryKind { Auto, UserId, Email, Lucene };

/** Guesses what was typed: "provider|id" is a user id, a lone address an email, else Lucene. */
QueryKind guessQueryKind(const QString &text);
QString queryKindName(QueryKind kind);

/** One row of the results table: what identifies a user, never a token. */
struct UserSummary
{
    QString userId;
    QString name;
    QString email;
    QStringList connections;
    QDateTime lastLogin;
    int loginsCount = 0;
    int identityCount = 0;
    bool blocked = false;

    static UserSummary fromJson(const QJsonObject &user);
};

/** One page of results, or why there is none. */
struct SearchResult
{
    QList<UserSummary> users;
    QueryKind kind = QueryKind::Lucene;
    int page = 0;
    int perPage = 50;
    int total = 0;                 ///< as Auth0 reports it (searches), else users.size()
    bool beyondWindow = false;     ///< the next page would cross Auth0's 1000-result window
    bool pageSizeFellBack = false; ///< the tenant refused perPage; this page is FallbackPerPage
    QJsonObject fullUser;          ///< a user id lookup already has the whole user
    ApiError error;
};

/** What one search asks the Management API: a path under /api/v2/ and its query. */
struct SearchRequest
{
    QString path; ///< percent-encoded, e.g. "users/google-oauth2%7C123"
    QUrlQuery query;
    bool beyondWindow = false; ///< the page lies past Auth0's 1000-result window: not sent
};

/**
 * Runs one search against the Management API: GET /users/{id}, /users-by-email or /users with
 * search_engine=v3. Emits finished() exactly once; the receiver deletes it with deleteLater().
 */
class UserSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserSearch)

public:
    /** Auth0 returns at most this many users for one query, whatever the paging. */
    static constexpr int ResultWindow = 1000;
    /** Auth0's docs give 100 per page for user search and 50 for Public Cloud in general: a
     *  tenant that refuses 100 is asked once more with this. */
    static constexpr int FallbackPerPage = 50;

    UserSearch(ManagementApi *api, const QString &text, QueryKind kind, int page, int perPage,
               QObject *parent = nullptr);
    ~UserSearch() override;

    void start();
    void abort();
    const SearchResult &result() const { return m_result; }

    /** The request for a query of this kind (never Auto: guess first) and page. */
    static SearchRequest requestFor(const QString &text, QueryKind kind, int page, int perPage);

Q_SIGNALS:
    void finished();
    void rateLimitWait(int seconds);

private:
    void finish();

    ManagementApi *m_api;
    QString m_text;
    QPointer<ManagementReply> m_reply;
    SearchResult m_result;
    bool m_askedWithFallback = false;
    bool m_finished = false;
};
