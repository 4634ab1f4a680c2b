#pragma once

#include "apierror.h"
#include "secretbytes.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

class ApiReply;
class HttpClient;

/**
 * Waiting for a Management API token. Emits finished() exactly once, from the event loop; the
 * receiver deletes it with deleteLater(). The token itself never travels in a signal: on success
 * ask the provider for authorizationHeader().
 */
class TokenRequest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenRequest)

public:
    explicit TokenRequest(QObject *parent = nullptr)
        : QObject(parent)
    { }
    const ApiError &error() const { return m_error; }
    bool isError() const { return m_error.isError(); }

Q_SIGNALS:
    void finished();

private:
    friend class TokenProvider;
    void finish(const ApiError &error);
    ApiError m_error;
    bool m_finished = false;
};

/**
 * Gets the Management API token with the client-credentials grant and keeps it in memory only,
 * until shortly before it expires. Concurrent callers share one request to /oauth/token.
 */
class TokenProvider final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenProvider)

public:
    static QStringList defaultScopes();

    TokenProvider(HttpClient *http, QObject *parent = nullptr);
    ~TokenProvider() override;

    /** Where to ask (https://domain), for which audience, as which client. Drops any token. */
    void configure(const QUrl &baseUrl, const QString &audience, const QString &clientId);
    void setClientSecret(SecretBytes secret);
    /** Every token() fails with this error: the profile cannot be used as it is. */
    void setUnusable(const ApiError &error) { m_unusable = error; }
    /** Renew this many seconds before expiry. */
    void setExpiryMargin(int seconds) { m_marginSeconds = seconds; }

    TokenRequest *token();
    bool hasValidToken() const;
    /** "Bearer <token>", or empty when there is no valid token. */
    QByteArray authorizationHeader() const;
    /** Forgets the token, e.g. after the API rejected it. */
    void invalidate();
    /** Cancels the token request in flight and forgets everything but the configuration. */
    void cancel();

    QStringList grantedScopes() const { return m_grantedScopes; }
    QDateTime expiresAt() const { return m_expiresAt; }
    int tokenRequestCount() const { return m_requestCount; }

Q_SIGNALS:
    /** The token request waits out a 429 before retrying, for this many seconds. */
    void rateLimitWait(int seconds);

private:
    void fetch();
    void fetched();

    HttpClient *m_http;
    QUrl m_baseUrl;
    QString m_audience;
    QString m_clientId;
    ApiError m_unusable;
    SecretBytes m_secret;
    SecretBytes m_token;
    QDateTime m_expiresAt;
    QStringList m_grantedScopes;
    int m_marginSeconds = 60;
    int m_requestCount = 0;
    QPointer<ApiReply> m_inFlight;
    QList<QPointer<TokenRequest>> m_waiting;
};
