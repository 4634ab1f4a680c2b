#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace FakeAuth0 {

class HttpsServer;
class TokenSigner;
struct HttpRequest;
struct HttpResponse;
struct Delivery;

// A local stand-in for one Auth0 tenant: the client-credentials token endpoint and the Management
// API's user endpoints, over real HTTPS on 127.0.0.1, answering with the statuses, bodies and
// headers real tenants send (see shared/reference). Its canonical domain is 127.0.0.1:PORT; it also
// answers as localhost:PORT, which plays a custom domain.
class FakeTenant final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeTenant)

public:
    // A public key registered for Private Key JWT, as in Auth0's client object
    // (client_authentication_methods.private_key_jwt.credentials[]).
    struct KeyCredential
    {
        QByteArray publicKeyPem;
        QString algorithm = QStringLiteral("RS256");
        QString keyId; // empty: matches an assertion without kid
    };

    struct Client
    {
        QString id;
        QString secret; // empty for a client that authenticates with a key only
        QString name;
        QStringList grantTypes{QStringLiteral("client_credentials")};
        bool hasManagementGrant = true;
        QStringList scopes{QStringLiteral("read:users"), QStringLiteral("read:user_idp_tokens")};
        QList<KeyCredential> keys; // Private Key JWT; with any, the secret is no longer taken
    };

    enum class Api { Management, Authentication };

    struct Fault
    {
        enum class Kind {
            Latency,
            ServerError,
            Drop,
            Truncate,
            InvalidJson,
            Trickle,
            Redirect,
            SearchTimeout, ///< a user search (GET /api/v2/users) stopped: 503 after latencyMs
        };
        Kind kind = Kind::Latency;
        QString pathPrefix; // empty: every path
        int count = -1;     // how many requests it applies to; -1: until cleared
        int latencyMs = 0;  // Latency
        int status = 503;   // ServerError
        int trickleBytes = 16;
        int trickleIntervalMs = 50;
        QString location = QStringLiteral("https://attacker.example/collect"); // Redirect
    };

    explicit FakeTenant(QObject *parent = nullptr);
    ~FakeTenant() override;

    // Replaces clients, users and settings with a seed document (see README.md next to this file).
    bool loadSeed(const QByteArray &json, QString *error);
    bool loadDemoSeed(QString *error);
    static QByteArray demoSeed();

    void addClient(const Client &client);
    void setTokenLifetime(int seconds);
    void setRateLimit(Api api, int limit, double refillPerSecond);
    /** The largest per_page a user search takes: 100 (the default) or 50, see README.md. */
    void setMaxPerPage(int maxPerPage);

    bool start(quint16 port, QString *error);
    // TLS handshake deadline, time to send a whole request, and idle keep-alive time (defaults
    // 5 s, 10 s, 30 s): no client can hold a connection longer.
    void setConnectionTimeouts(int handshakeMs, int requestMs, int idleMs);
    int openConnections() const;
    /** Connections accepted since the tenant started (each with its own TLS handshake). */
    int connectionsAccepted() const;
    void stop();
    quint16 port() const;
    QString domain() const;   // 127.0.0.1:PORT
    QString audience() const; // https://127.0.0.1:PORT/api/v2/
    QUrl baseUrl() const;     // https://127.0.0.1:PORT
    QByteArray caCertificatePem() const;
    QList<QSslCertificate> caCertificates() const;

    void addFault(const Fault &fault);
    void clearFaults();

    int requestCount(const QString &pathPrefix = QString()) const;
    /** The Auth0-Client header of the last request (empty when it had none). */
    QByteArray lastClientInfo() const { return m_lastClientInfo; }
    /** How many users were answered with their IdP tokens (Management API reads of secrets). */
    int idpTokenReads() const { return m_idpTokenReads; }
    /**
     * The tenant's log events, oldest first: an mgmt_api_read entry for each user whose IdP
     * tokens a Management API read returned (details.accessedSecrets names them), as Auth0 logs
     * a read that returns secrets. Served by GET /api/v2/users/{id}/logs and GET /api/v2/logs.
     */
    QList<QJsonObject> logs() const { return m_logs; }
    /**
     * The fake providers, on a port of their own with the same CA: Google's tokeninfo at
     * /google/tokeninfo, GitHub's GET /user at /github/user, Microsoft Graph's GET /me at
     * /microsoft/v1.0/me. They know the seeded identities' access tokens: valid by default, or
     * expired, revoked or of another account as the seed's provider_checks say.
     */
    QUrl providersBaseUrl() const;
    /** How many provider checks were answered (tests: nothing refreshes or repeats). */
    int providerRequests() const { return m_providerRequests; }
    int tokensIssued() const;
    void resetCounters();
    int userCount() const;
    QJsonObject user(const QString &userId) const;

    // A token as /oauth/token would issue it, with chosen times, for expiry tests.
    QByteArray mintToken(const QString &clientId, const QStringList &scopes, qint64 issuedAt,
                         qint64 expiresAt, const QString &host = QString()) const;

private:
    struct Bucket;
    struct TokenClaims;

    HttpResponse handle(const HttpRequest &request, Delivery &delivery);
    HttpResponse route(const HttpRequest &request);
    HttpResponse tokenEndpoint(const HttpRequest &request);
    HttpResponse managementApi(const HttpRequest &request);
    HttpResponse adminEndpoint(const HttpRequest &request);
    HttpResponse listUsers(const HttpRequest &request, const TokenClaims &claims);
    HttpResponse usersByEmail(const HttpRequest &request, const TokenClaims &claims);
    HttpResponse getUser(const QString &userId, const HttpRequest &request,
                         const TokenClaims &claims);
    HttpResponse connectedAccounts(const QString &userId, const TokenClaims &claims);
    HttpResponse userLogs(const QString &userId, const HttpRequest &request,
                          const TokenClaims &claims);
    HttpResponse searchLogs(const HttpRequest &request, const TokenClaims &claims);
    HttpResponse providerEndpoint(const HttpRequest &request);
    void seedProviderTokens(const QJsonArray &checks);
    HttpResponse logsPage(QList<QJsonObject> entries, const HttpRequest &request);
    /** Logs an mgmt_api_read for each user whose secrets this request returned. */
    void logSecretReads(const HttpRequest &request, const TokenClaims &claims);
    bool takeFromBucket(Api api, HttpResponse *rateHeaders);
    // The client an assertion authenticates, or empty with the reason in error.
    QString verifyClientAssertion(const QByteArray &assertion, const QString &clientIdParam,
                                  QString *error);
    QJsonObject presentUser(const QJsonObject &user, const TokenClaims &claims) const;
    /** A JSON array of these users as presented to claims, keys in the seed's order. */
    QByteArray usersJson(const QList<qsizetype> &indexes, const TokenClaims &claims,
                         const QString &fields, bool include) const;
    void generateUsers(int count, const QStringList &domains);

    std::unique_ptr<HttpsServer> m_server;
    std::unique_ptr<HttpsServer> m_providers;
    struct ProviderToken
    {
        QString provider; ///< google-oauth2, github, waad
        QString account;
        QString status; ///< valid, expired, revoked
        QStringList scopes;
        qint64 expiresAt = 0;
        QString email;
        QString name;
    };
    QHash<QString, ProviderToken> m_providerTokens; ///< by access token
    int m_providerRequests = 0;
    int m_timeouts[3] = {5000, 10000, 30000};
    std::unique_ptr<TokenSigner> m_signer;
    QByteArray m_caPem;
    QHash<QString, Client> m_clients;
    QList<QJsonObject> m_users;
    QList<QHash<QString, QStringList>> m_userKeyOrders; ///< per user, by JSON Pointer
    QHash<QString, qsizetype> m_userIndex;
    QHash<QString, QJsonArray> m_connectedAccounts;
    QList<Fault> m_faults;
    QHash<QString, int> m_requestCounts;
    QByteArray m_lastClientInfo;
    QSet<QString> m_usedAssertionIds; // jti values seen: an assertion is single use
    mutable int m_idpTokenReads = 0;  // counted where a user is presented
    /// Users (and the secret fields) the request being answered returned, for its log entries.
    mutable QList<QPair<QString, QStringList>> m_secretsReturned;
    QList<QJsonObject> m_logs;
    qint64 m_nextLogId = 1;
    int m_tokensIssued = 0;
    int m_tokenLifetime = 86400;
    bool m_requireSearchEngineV3 = true;
    int m_maxPerPage = 100;
    std::unique_ptr<Bucket> m_managementBucket;
    std::unique_ptr<Bucket> m_authenticationBucket;
};

} // namespace FakeAuth0
