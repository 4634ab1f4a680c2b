#include "tokenprovider.h"

#include "httpclient.h"
#include "logging.h"
#include "privatekey.h"

#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

void TokenRequest::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    QTimer::singleShot(0, this, &TokenRequest::finished);
}

QStringList TokenProvider::defaultScopes()
{
    return scopesFor(TokenScope::UsersAndIdpTokens);
}

QStringList TokenProvider::scopesFor(TokenScope scope)
{
    if (scope == TokenScope::Users)
        return {u"read:users"_s};
    if (scope == TokenScope::Logs)
        return {u"read:logs"_s}; // optional: who read a user's tokens
    return {u"read:users"_s, u"read:user_idp_tokens"_s};
}

TokenProvider::TokenProvider(HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_http(http)
{ }

TokenProvider::~TokenProvider()
{
    cancel();
}

void TokenProvider::configure(const QUrl &baseUrl, const QString &audience, const QString &clientId)
{
    cancel();
    m_baseUrl = baseUrl;
    m_audience = audience;
    m_clientId = clientId;
}

void TokenProvider::setClientSecret(SecretBytes secret)
{
    m_secret = std::move(secret);
    m_usesKey = false;
    invalidate();
}

void TokenProvider::setSigningKey(SecretBytes pem, const QString &algorithm, const QString &keyId,
                                  const QString &assertionAudience)
{
    m_secret = std::move(pem);
    m_usesKey = true;
    m_algorithm = algorithm;
    m_keyId = keyId;
    m_assertionAudience = assertionAudience;
    invalidate();
}

bool TokenProvider::hasValidToken(TokenScope scope) const
{
    const Slot &s = slot(scope);
    return !s.token.isEmpty()
            && QDateTime::currentDateTimeUtc().addSecs(m_marginSeconds) < s.expiresAt;
}

QByteArray TokenProvider::authorizationHeader(TokenScope scope) const
{
    if (!hasValidToken(scope))
        return {};
    return "Bearer " + slot(scope).token.reveal();
}

QStringList TokenProvider::grantedScopes(TokenScope scope) const
{
    return slot(scope).grantedScopes;
}

QDateTime TokenProvider::expiresAt(TokenScope scope) const
{
    return slot(scope).expiresAt;
}

void TokenProvider::invalidate(TokenScope scope)
{
    Slot &s = slot(scope);
    s.token.clear();
    s.expiresAt = {};
}

void TokenProvider::invalidate()
{
    invalidate(TokenScope::Users);
    invalidate(TokenScope::UsersAndIdpTokens);
    invalidate(TokenScope::Logs);
}

void TokenProvider::cancel()
{
    for (Slot &s : m_slots) {
        if (s.inFlight)
            s.inFlight->abort();
        s.inFlight = nullptr;
        finishWaiting(s, ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled.")));
        s.grantedScopes.clear();
    }
    invalidate();
}

TokenRequest *TokenProvider::token(TokenScope scope)
{
    auto *request = new TokenRequest(this);
    if (hasValidToken(scope)) {
        request->finish({});
        return request;
    }
    if (m_unusable.isError()) {
        request->finish(m_unusable);
        return request;
    }
    if (m_clientId.isEmpty() || m_secret.isEmpty() || !m_baseUrl.isValid()) {
        request->finish(
                ApiError::make(ApiError::Kind::InvalidConfiguration,
                               m_usesKey ? tr("The profile has no client ID or private key.")
                                         : tr("The profile has no client ID or client secret."),
                               m_baseUrl));
        return request;
    }
    Slot &s = slot(scope);
    s.waiting.append(request);
    if (!s.inFlight)
        fetch(scope);
    return request;
}

void TokenProvider::fetch(TokenScope scope)
{
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
    form.addQueryItem(u"client_id"_s, QString::fromUtf8(QUrl::toPercentEncoding(m_clientId)));
    form.addQueryItem(u"audience"_s, QString::fromUtf8(QUrl::toPercentEncoding(m_audience)));
    // Only what this scope set needs: the scope parameter narrows whatever else the grant holds.
    form.addQueryItem(u"scope"_s,
                      QString::fromUtf8(QUrl::toPercentEncoding(scopesFor(scope).join(u' '))));
    HttpRequestSpec spec;
    spec.method = "POST";
    spec.url = m_baseUrl.resolved(QUrl(u"/oauth/token"_s));
    spec.contentType = "application/x-www-form-urlencoded";
    if (m_usesKey) {
        // Private Key JWT: a fresh, single-use assertion for every request, so renewal needs no
        // one at the keyboard. It lives 60 s (Auth0 allows 5 minutes and recommends 1).
        PrivateKey::AssertionClaims claims;
        claims.clientId = m_clientId;
        claims.audience = m_assertionAudience;
        claims.issuedAt = QDateTime::currentSecsSinceEpoch();
        claims.lifetimeSeconds = 60;
        QString error;
        const QByteArray assertion
                = PrivateKey::signAssertion(m_secret, m_algorithm, m_keyId, claims, &error);
        if (assertion.isEmpty()) {
            finishWaiting(slot(scope),
                          ApiError::make(ApiError::Kind::InvalidConfiguration, error, spec.url));
            return;
        }
        spec.body = form.query(QUrl::FullyEncoded).toUtf8() + "&client_assertion_type="
                + QUrl::toPercentEncoding(
                            u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s)
                + "&client_assertion=" + assertion;
    } else {
        // The secret goes in the body (client_secret_post) and exists in this buffer only while
        // sent.
        spec.body = form.query(QUrl::FullyEncoded).toUtf8()
                + "&client_secret=" + QUrl::toPercentEncoding(QString::fromUtf8(m_secret.reveal()));
    }
    ++m_requestCount;
    qCDebug(lcToken) << "requesting a Management API token from" << spec.url.host();
    Slot &s = slot(scope);
    s.inFlight = m_http->send(std::move(spec)); // the reply wipes the body when it goes
    connect(s.inFlight, &ApiReply::finished, this, [this, scope] { fetched(scope); });
    connect(s.inFlight, &ApiReply::rateLimitWait, this, &TokenProvider::rateLimitWait);
}

void TokenProvider::fetched(TokenScope scope)
{
    Slot &s = slot(scope);
    ApiReply *reply = s.inFlight;
    s.inFlight = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    ApiError error = reply->error();
    if (!error.isError()) {
        const QJsonObject body = reply->json().object();
        const QString token = body.value(u"access_token"_s).toString();
        const int expiresIn = body.value(u"expires_in"_s).toInt(-1);
        if (token.isEmpty() || expiresIn <= 0) {
            error = ApiError::make(ApiError::Kind::MalformedResponse,
                                   tr("The token answer has no access_token or expires_in."),
                                   m_baseUrl.resolved(QUrl(u"/oauth/token"_s)));
        } else {
            s.token = SecretBytes(token.toUtf8());
            s.expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
            s.grantedScopes = body.value(u"scope"_s).toString().split(u' ', Qt::SkipEmptyParts);
            qCInfo(lcToken) << "Management API token valid until" << s.expiresAt << "with scopes"
                            << s.grantedScopes;
        }
    }
    finishWaiting(s, error);
}

void TokenProvider::finishWaiting(Slot &slot, const ApiError &error)
{
    const auto waiting = std::exchange(slot.waiting, {});
    for (const auto &request : waiting) {
        if (request)
            request->finish(error);
    }
}
