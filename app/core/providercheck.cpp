#include "providercheck.h"

#include "safenumbers.h"
#include "tokeninsight.h"

#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

ProviderCheck::Provider ProviderCheck::providerFor(const QString &identityProvider)
{
    if (identityProvider == u"google-oauth2"_s)
        return Provider::Google;
    if (identityProvider == u"github"_s)
        return Provider::GitHub;
    if (identityProvider == u"waad"_s)
        return Provider::Microsoft;
    return Provider::None;
}

QString ProviderCheck::providerName(Provider provider)
{
    switch (provider) {
    case Provider::Google:
        return u"Google"_s;
    case Provider::GitHub:
        return u"GitHub"_s;
    case Provider::Microsoft:
        return u"Microsoft"_s;
    case Provider::None:
        break;
    }
    return {};
}

QString ProviderCheck::noCheckReason(const QString &identityProvider)
{
    if (providerFor(identityProvider) != Provider::None)
        return {};
    if (identityProvider == u"facebook"_s)
        return tr("Facebook checks a token only with the app's own access token (debug_token), "
                  "which this app does not have.");
    if (identityProvider == u"twitter"_s)
        return tr("Twitter (OAuth 1.0a) signs every request with the application's consumer "
                  "secret, which only the connection holds.");
    return tr("%1 has no read-only endpoint that checks a token without the application's own "
              "credentials, so no check exists for it.")
            .arg(identityProvider);
}

HttpRequestSpec ProviderCheck::request(Provider provider, const SecretBytes &token,
                                       const QUrl &overrideBase, QString *error)
{
    HttpRequestSpec spec;
    if (!overrideBase.isEmpty()
        && (overrideBase.scheme() != u"https"_s
            || !HttpClient::isLoopbackHost(overrideBase.host()))) {
        *error = tr("The provider override %1 is refused: only https on a loopback host is "
                    "allowed.")
                         .arg(overrideBase.toString());
        return spec;
    }
    auto at = [&overrideBase](const QString &real, const QString &fakePath) {
        return overrideBase.isEmpty() ? QUrl(real) : overrideBase.resolved(QUrl(fakePath));
    };
    spec.retryOnRateLimit = false;
    spec.closeConnection = true; // a token went out; nothing of the exchange is kept alive
    switch (provider) {
    case Provider::Google:
        // The token in the body, never in the address (addresses end up in logs).
        spec.method = "POST";
        spec.url = at(u"https://oauth2.googleapis.com/tokeninfo"_s, u"/google/tokeninfo"_s);
        spec.contentType = "application/x-www-form-urlencoded";
        spec.body = "access_token=" + QUrl::toPercentEncoding(QString::fromLatin1(token.reveal()));
        break;
    case Provider::GitHub:
        spec.url = at(u"https://api.github.com/user"_s, u"/github/user"_s);
        spec.headers.append({"Authorization", "Bearer " + token.reveal()});
        spec.headers.append({QByteArray("Accept"), QByteArray("application/vnd.github+json")});
        spec.headers.append({QByteArray("X-GitHub-Api-Version"), QByteArray("2022-11-28")});
        break;
    case Provider::Microsoft:
        spec.url = at(u"https://graph.microsoft.com/v1.0/me"_s, u"/microsoft/v1.0/me"_s);
        spec.headers.append({"Authorization", "Bearer " + token.reveal()});
        break;
    case Provider::None:
        *error = tr("No check exists for this provider.");
        spec.url.clear();
        break;
    }
    return spec;
}

QString ProviderCheck::Result::statusName(Status status)
{
    switch (status) {
    case Status::Valid:
        return tr("valid");
    case Status::Invalid:
        return tr("invalid or expired");
    case Status::Expired:
        return tr("expired");
    case Status::Revoked:
        return tr("revoked, expired or invalid");
    case Status::Failed:
        return tr("not checked");
    }
    return {};
}

QString ProviderCheck::Result::summary(const QDateTime &now) const
{
    QStringList parts{statusName(status)};
    if (expiresAt.isValid())
        parts << TokenInsight::relativeTime(u"exp"_s, expiresAt, now);
    if (scopesKnown)
        parts << (scopes.isEmpty() ? tr("no scopes") : tr("scopes: %1").arg(scopes.join(u", "_s)));
    if (accountMatches)
        parts << (*accountMatches
                          ? tr("account matches the identity")
                          : tr("another account (%1) than the identity's").arg(providerAccount));
    if (!detail.isEmpty())
        parts << detail;
    return parts.join(u" · "_s);
}

ProviderCheck::Result
ProviderCheck::interpret(Provider provider, int httpStatus, const QJsonObject &body,
                         const std::function<QByteArray(const QByteArray &)> &header,
                         const ApiError &error, const QString &identityUserId)
{
    Result result;
    if (httpStatus == 0 || (error.isError() && httpStatus != 400 && httpStatus != 401)) {
        result.status = Status::Failed;
        result.detail = ErrorAdvisor::diagnose(error).summary;
        return result;
    }
    switch (provider) {
    case Provider::Google:
        if (httpStatus == 400) {
            // tokeninfo says invalid_token for expired and revoked tokens alike.
            result.status = Status::Invalid;
            result.detail = tr("Google: %1").arg(error.message);
            return result;
        }
        result.status = Status::Valid;
        result.scopes = body.value(u"scope"_s).toString().split(u' ', Qt::SkipEmptyParts);
        result.scopesKnown = true;
        if (const qint64 exp = body.value(u"exp"_s).toString().toLongLong(); exp > 0)
            result.expiresAt = QDateTime::fromSecsSinceEpoch(exp, Qt::UTC);
        result.providerAccount = body.value(u"sub"_s).toString();
        break;
    case Provider::GitHub: {
        if (httpStatus == 401) {
            result.status = Status::Revoked;
            result.detail = tr("GitHub: %1").arg(error.message);
            return result;
        }
        result.status = Status::Valid;
        // OAuth app tokens list their scopes; GitHub App tokens have the app's permissions.
        const QByteArray scopes = header("x-oauth-scopes");
        if (!header("x-oauth-scopes").isNull()) {
            result.scopesKnown = true;
            for (const QByteArray &scope : scopes.split(',')) {
                if (!scope.trimmed().isEmpty())
                    result.scopes << QString::fromLatin1(scope.trimmed());
            }
        } else {
            result.detail = tr("a GitHub App token: its rights are the app's permissions");
        }
        const QByteArray expiry = header("github-authentication-token-expiration");
        if (!expiry.isEmpty()) {
            QDateTime when = QDateTime::fromString(QString::fromLatin1(expiry).remove(u" UTC"_s),
                                                   u"yyyy-MM-dd HH:mm:ss"_s);
            when.setTimeSpec(Qt::UTC);
            result.expiresAt = when;
        }
        result.providerAccount = SafeNumbers::scalarText(body.value(u"id"_s));
        break;
    }
    case Provider::Microsoft:
        if (httpStatus == 401) {
            const QString message
                    = body.value(u"error"_s).toObject().value(u"message"_s).toString(error.message);
            result.status = message.contains(u"expired"_s, Qt::CaseInsensitive) ? Status::Expired
                                                                                : Status::Invalid;
            result.detail = tr("Microsoft Graph: %1").arg(message);
            return result;
        }
        result.status = Status::Valid;
        result.providerAccount = body.value(u"id"_s).toString();
        break;
    case Provider::None:
        return result;
    }
    if (!result.providerAccount.isEmpty())
        result.accountMatches = result.providerAccount == identityUserId;
    return result;
}

ProviderCheckRun::ProviderCheckRun(HttpClient *http, ProviderCheck::Provider provider,
                                   const SecretBytes &token, const QUrl &overrideBase,
                                   QString identityUserId, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_identityUserId(std::move(identityUserId))
{
    QString error;
    HttpRequestSpec spec = ProviderCheck::request(provider, token, overrideBase, &error);
    if (spec.url.isEmpty()) {
        ProviderCheck::Result result;
        result.detail = error;
        QTimer::singleShot(0, this, [this, result] { finish(result); });
        return;
    }
    m_reply = http->send(std::move(spec)); // the reply wipes the body and headers when it goes
    connect(m_reply, &ApiReply::finished, this, [this] {
        ApiReply *reply = std::exchange(m_reply, nullptr);
        reply->deleteLater();
        finish(ProviderCheck::interpret(
                m_provider, reply->httpStatus(), reply->json().object(),
                [reply](const QByteArray &name) { return reply->rawHeader(name); }, reply->error(),
                m_identityUserId));
    });
}

ProviderCheckRun::~ProviderCheckRun()
{
    if (ApiReply *reply = std::exchange(m_reply, nullptr)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ProviderCheckRun::finish(ProviderCheck::Result result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = std::move(result);
    Q_EMIT finished();
}
