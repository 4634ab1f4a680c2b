#pragma once

#include "apierror.h"
#include "httpclient.h"
#include "providercheck.h"
#include "secretbytes.h"
#include "tenantprofile.h"
#include "usersearch.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class ManagementApi;
class ManagementReply;
class QNetworkAccessManager;
class TokenProvider;
class TokenRequest;

/** The HTTP settings of one profile, or why the profile cannot make a request. */
struct ProfileHttpSettings
{
    HttpSettings settings;
    ApiError error; ///< InvalidConfiguration: the profile's problems, or an unreadable CA file
};

/**
 * The one place a profile becomes HTTP settings: its loopback flag and its extra CA on top of the
 * app's network limits. A CA file that cannot be read is an error, never silently skipped.
 */
ProfileHttpSettings httpSettingsForProfile(const TenantProfile &profile, const HttpSettings &base);

/** A fresh Management API token, as Test connection asks for it. Emits finished() once. */
class ConnectionCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionCheck)

public:
    const ApiError &error() const { return m_error; }
    bool isError() const { return m_error.isError(); }
    QStringList grantedScopes() const { return m_scopes; }
    QDateTime expiresAt() const { return m_expiresAt; }
    /** The access level the grant was seen to allow; unset when no token came at all. */
    std::optional<TenantProfile::AccessLevel> allowedLevel() const { return m_allowedLevel; }
    /** Whether the grant includes the optional read:logs; unset when it was not asked. */
    std::optional<bool> logsGranted() const { return m_logsGranted; }
    /**
     * The profile asks for IdP tokens but the grant allows identities only: the check failed, and
     * switching the profile to Identities only would make it work.
     */
    bool grantAllowsLessThanProfile() const
    {
        return isError() && m_allowedLevel == TenantProfile::AccessLevel::IdentitiesOnly;
    }

Q_SIGNALS:
    void finished();

private:
    friend class TenantSession;
    using QObject::QObject;
    ApiError m_error;
    QStringList m_scopes;
    QDateTime m_expiresAt;
    std::optional<TenantProfile::AccessLevel> m_allowedLevel;
    std::optional<bool> m_logsGranted;
};

/**
 * Opening one user: GET /users/{id}, then, where a social identity has no token although the
 * token may read them, the user's connected accounts, to tell Token Vault from "the IdP returned
 * nothing". finished() comes once, as soon as the user is known, unless the user was handed in
 * already fetched (then isDone() is true from the start); explained() and settled() may follow.
 */
class UserFetch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserFetch)

public:
    ~UserFetch() override;

    QString userId() const { return m_userId; }
    /** The user is known (or failed): finished() has come, or was never needed. */
    bool isDone() const { return m_done; }
    const ApiError &error() const { return m_error; }
    bool isError() const { return m_error.isError(); }
    /** The user, handed over once: the caller becomes its only holder. */
    QJsonObject takeUser() { return std::exchange(m_user, {}); }
    /** The scopes of the Management API token the user was read with. */
    QStringList grantedScopes() const { return m_scopes; }
    void abort();

    /** The Token Vault explanations in a connected-accounts answer: connection → text. */
    static QList<QPair<QString, QString>> tokenVaultExplanations(const QJsonObject &answer);
    /** Whether a social identity without an access token leaves Token Vault open as a reason. */
    static bool needsTokenVaultLookup(const QJsonObject &user, const QStringList &scopes);

Q_SIGNALS:
    void finished();
    /** Why a connection's identity has no token, found after finished(). */
    void explained(const QString &connection, const QString &text);
    /** No more explanations will come. */
    void settled();

private:
    friend class TenantSession;
    UserFetch(ManagementApi *api, TokenProvider *tokens, QString userId, QObject *parent);
    void start(QJsonObject alreadyFetched);
    void userArrived(QJsonObject user, bool announce);
    void lookUpTokenVault(const QJsonObject &user);

    ManagementApi *m_api;
    TokenProvider *m_tokens;
    QString m_userId;
    QPointer<ManagementReply> m_reply;
    QJsonObject m_user;
    QStringList m_scopes;
    ApiError m_error;
    bool m_done = false;
};

/** One log entry of type mgmt_api_read: a Management API read that returned a user's secrets. */
struct TokenRead
{
    QDateTime when;
    QString clientName;
    QString clientId;
    QString ip;
    QString tool;        ///< the SDK or client named by the Auth0-Client header, or the user agent
    QStringList secrets; ///< details.accessedSecrets
    QString logId;

    /** The entry, or nothing when it is not an mgmt_api_read. */
    static std::optional<TokenRead> fromLog(const QJsonObject &entry);
};

/**
 * Who read a user's IdP tokens: the user's log events (GET /users/{id}/logs, needs read:logs),
 * newest first, a page of 100 at a time up to MaxPages, keeping the mgmt_api_read entries.
 * finished() comes once.
 */
class TokenReadsFetch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenReadsFetch)

public:
    static constexpr int PerPage = 100;
    static constexpr int MaxPages = 5;

    ~TokenReadsFetch() override;
    QString userId() const { return m_userId; }
    const QList<TokenRead> &reads() const { return m_reads; }
    /** Log events of the user read in all (of every type). */
    int eventsRead() const { return m_eventsRead; }
    /** The user has more log events than were read. */
    bool hasMore() const { return m_hasMore; }
    const ApiError &error() const { return m_error; }
    bool isError() const { return m_error.isError(); }
    /** The grant lacks read:logs: an optional scope, not a failure of the profile. */
    bool lacksLogsScope() const;
    void abort();

Q_SIGNALS:
    void finished();

private:
    friend class TenantSession;
    TokenReadsFetch(ManagementApi *api, QString userId, QObject *parent);
    void fetchPage(int page);

    ManagementApi *m_api;
    QString m_userId;
    QPointer<ManagementReply> m_reply;
    QList<TokenRead> m_reads;
    int m_eventsRead = 0;
    bool m_hasMore = false;
    ApiError m_error;
};

/**
 * One active tenant profile: owns its network access manager, request builder, token provider and
 * Management API client. It connects, searches and opens users. Destroying it cancels everything
 * still in flight (no signal of an old session reaches anyone) and wipes its client secret and
 * Management API token; switching profile means a new session.
 */
class TenantSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantSession)

public:
    TenantSession(TenantProfile profile, const HttpSettings &base, QObject *parent = nullptr);
    ~TenantSession() override;

    const TenantProfile &profile() const { return m_profile; }
    /** Set when the profile cannot be used as it is (its problems, an unreadable CA file). */
    const ApiError &configurationError() const { return m_configurationError; }
    const HttpSettings &httpSettings() const;

    /** The profile's credential: its client secret, or its private key's PEM (Private Key JWT). */
    void setClientSecret(SecretBytes secret);

    /**
     * Asks for a fresh Management API token and reports the granted scopes; withOptional (an
     * admin's own Test connection) also asks whether the grant includes read:logs.
     */
    ConnectionCheck *checkConnection(bool withOptional = false);
    UserSearch *search(const QString &text, QueryKind kind, int page, int perPage);
    /** Opens a user; with alreadyFetched (a user id search has the user), no request is made. */
    UserFetch *fetchUser(const QString &userId, QJsonObject alreadyFetched = {});
    /**
     * Checks an identity's access token at its provider (ProviderCheck), through this session's
     * request builder; the profile's provider override, if any, replaces the provider's host.
     */
    ProviderCheckRun *checkAtProvider(const QString &identityProvider, const SecretBytes &token,
                                      const QString &identityUserId);
    /** Who read the user's IdP tokens, from the tenant's logs (read:logs). */
    TokenReadsFetch *fetchTokenReads(const QString &userId);
    /** Cancels every request and operation in flight; their receivers hear nothing more. */
    void cancelAll();

    QStringList grantedScopes() const;
    QDateTime tokenExpiresAt() const;
    /** Requests still on the wire (tests: a cancel really cancels). */
    int requestsInFlight() const;
    int tokenRequestCount() const;
    ManagementApi *api() const { return m_api; }

Q_SIGNALS:
    void rateLimitWait(int seconds);
    void rateLimitRemainingChanged(int remaining);

private:
    template<typename T>
    T *track(T *operation);

    TenantProfile m_profile;
    ApiError m_configurationError;
    QNetworkAccessManager *m_network;
    HttpClient *m_http;
    TokenProvider *m_tokens;
    ManagementApi *m_api;
    QList<QPointer<QObject>> m_operations;
};
