#include "managementapi.h"

#include "httpclient.h"
#include "tokenprovider.h"

#include <QTimer>

using namespace Qt::StringLiterals;

ManagementReply::ManagementReply(HttpClient *http, TokenProvider *tokens, QUrl url,
                                 TokenScope scope, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_tokens(tokens)
    , m_url(std::move(url))
    , m_scope(scope)
{ }

void ManagementReply::start()
{
    // With the token at hand the request goes out now, not after the next turn of the event loop.
    if (m_tokens->hasValidToken(m_scope))
        return send();
    m_tokenRequest = m_tokens->token(m_scope);
    connect(m_tokenRequest, &TokenRequest::finished, this, [this] {
        TokenRequest *request = m_tokenRequest;
        m_tokenRequest = nullptr;
        request->deleteLater();
        if (request->isError())
            return finish(request->error());
        send();
    });
}

void ManagementReply::send()
{
    HttpRequestSpec spec;
    spec.url = m_url;
    spec.closeConnection = m_scope == TokenScope::UsersAndIdpTokens;
    spec.headers.append({"Authorization", m_tokens->authorizationHeader(m_scope)});
    m_reply = m_http->send(std::move(spec));
    connect(m_reply, &ApiReply::rateLimitWait, this, &ManagementReply::rateLimitWait);
    connect(m_reply, &ApiReply::finished, this, [this] {
        ApiReply *reply = m_reply;
        m_reply = nullptr;
        reply->deleteLater();
        m_status = reply->httpStatus();
        m_rateLimitRemaining = reply->rateLimitRemaining();
        // An answer that may hold IdP tokens closed its connection: the tenant's next request
        // gets a fresh one, its handshake done meanwhile.
        if (m_scope == TokenScope::UsersAndIdpTokens && m_status != 0)
            m_http->preconnect(m_url);
        // An invalid or expired token: get a new one and try once more.
        if (reply->error().kind == ApiError::Kind::Http && reply->httpStatus() == 401
            && !m_renewed) {
            m_renewed = true;
            m_tokens->invalidate(m_scope);
            start();
            return;
        }
        m_json = reply->json();
        finish(reply->error());
    });
}

void ManagementReply::abort()
{
    if (m_reply)
        m_reply->abort();
    else
        finish(ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled."), m_url));
}

void ManagementReply::abandon(QObject *owner)
{
    disconnect(owner);
    abort();
    deleteLater();
}

void ManagementReply::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    QTimer::singleShot(0, this, &ManagementReply::finished);
}

ManagementApi::ManagementApi(HttpClient *http, TokenProvider *tokens, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_tokens(tokens)
{ }

ManagementReply *ManagementApi::get(const QString &path, const QUrlQuery &query, TokenScope scope)
{
    QUrl url = m_baseUrl;
    url.setPath(u"/api/v2/"_s + path, QUrl::StrictMode);
    if (!query.isEmpty())
        url.setQuery(query);
    auto *reply = new ManagementReply(m_http, m_tokens, url, scope, this);
    connect(reply, &ManagementReply::rateLimitWait, this, &ManagementApi::rateLimitWait);
    connect(reply, &ManagementReply::finished, this, [this, reply] {
        if (reply->rateLimitRemaining())
            Q_EMIT rateLimitRemainingChanged(*reply->rateLimitRemaining());
    });
    reply->start();
    return reply;
}

QString ManagementApi::encodeUserId(const QString &userId)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(userId));
}

ManagementReply *ManagementApi::getUser(const QString &userId)
{
    return get(u"users/"_s + encodeUserId(userId), {}, m_tokens->widestScope());
}
