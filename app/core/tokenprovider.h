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
 * What a Management API token may do. Searching and listing need read:users only; opening a user
 * of a profile that may read IdP tokens needs read:user_idp_tokens as well. Each scope set has its
 * own token (the scope parameter of the client-credentials request narrows the grant), so no
 * search answer ever holds an IdP token. Reading the tenant's logs (who read a user's tokens)
 * needs read:logs, which a grant may lack: the app works without it.
 */
enum class TokenScope { Users, UsersAndIdpTokens, Logs };

/**
 * Gets Management API tokens with the client-credentials grant and keeps them in memory only,
 * one per scope set, until shortly before each expires. Concurrent callers of one scope set share
 * one request to /oauth/token.
 */
class TokenProvider final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenProvider)

public:
    /** The scopes asked for with the widest scope set. */
    static QStringList defaultScopes();
    static QStringList scopesFor(TokenScope scope);

    TokenProvider(HttpClient *http, QObject *parent = nullptr);
    ~TokenProvider() override;

    /** Where to ask (https://domain), for which audience, as which client. Drops any token. */
    void configure(const QUrl &baseUrl, const QString &audience, const QString &clientId);
    void setClientSecret(SecretBytes secret);
    /**
     * Authenticates with Private Key JWT instead of a secret: every token request carries a fresh
     * assertion signed with this PKCS#8 PEM key, for the given aud (https://{canonical}/).
     */
    void setSigningKey(SecretBytes pem, const QString &algorithm, const QString &keyId,
                       const QString &assertionAudience);
    /** Every token() fails with this error: the profile cannot be used as it is. */
    void setUnusable(const ApiError &error) { m_unusable = error; }
    /** Renew this many seconds before expiry. */
    void setExpiryMargin(int seconds) { m_marginSeconds = seconds; }

    /** The widest scope set the profile may use: what token() without a scope set asks for. */
    void setWidestScope(TokenScope scope) { m_widest = scope; }
    TokenScope widestScope() const { return m_widest; }

    TokenRequest *token() { return token(m_widest); }
    TokenRequest *token(TokenScope scope);
    bool hasValidToken() const { return hasValidToken(m_widest); }
    bool hasValidToken(TokenScope scope) const;
    /** "Bearer <token>", or empty when there is no valid token. */
    QByteArray authorizationHeader() const { return authorizationHeader(m_widest); }
    QByteArray authorizationHeader(TokenScope scope) const;
    /** Forgets the token of one scope set, e.g. after the API rejected it. */
    void invalidate(TokenScope scope);
    /** Forgets every token. */
    void invalidate();
    /** Cancels the token requests in flight and forgets everything but the configuration. */
    void cancel();

    QStringList grantedScopes() const { return grantedScopes(m_widest); }
    QStringList grantedScopes(TokenScope scope) const;
    QDateTime expiresAt() const { return expiresAt(m_widest); }
    QDateTime expiresAt(TokenScope scope) const;
    /** Token requests sent, all scope sets together. */
    int tokenRequestCount() const { return m_requestCount; }

Q_SIGNALS:
    /** The token request waits out a 429 before retrying, for this many seconds. */
    void rateLimitWait(int seconds);

private:
    struct Slot
    {
        SecretBytes token;
        QDateTime expiresAt;
        QStringList grantedScopes;
        QPointer<ApiReply> inFlight;
        QList<QPointer<TokenRequest>> waiting;
    };
    Slot &slot(TokenScope scope) { return m_slots[int(scope)]; }
    const Slot &slot(TokenScope scope) const { return m_slots[int(scope)]; }
    void fetch(TokenScope scope);
    void fetched(TokenScope scope);
    /** Answers every request waiting on this scope set's token with error (or success). */
    static void finishWaiting(Slot &slot, const ApiError &error);

    HttpClient *m_http;
    QUrl m_baseUrl;
    QString m_audience;
    QString m_clientId;
    ApiError m_unusable;
    SecretBytes m_secret; ///< the client secret, or the private key's PEM
    bool m_usesKey = false;
    QString m_algorithm;
    QString m_keyId;
    QString m_assertionAudience;
    TokenScope m_widest = TokenScope::UsersAndIdpTokens;
    Slot m_slots[3];
    int m_marginSeconds = 60;
    int m_requestCount = 0;
};
