#include "tokeninsight.h"

#include "safenumbers.h"

#include <QJsonDocument>

#include <cmath>
#include <openssl/evp.h>

using namespace Qt::StringLiterals;

TokenFingerprint TokenFingerprint::of(const QByteArray &token)
{
    TokenFingerprint fingerprint;
    fingerprint.length = token.size();
    // libcrypto's SHA-256 uses the CPU's SHA instructions: a fingerprint for every token of a
    // user with 20,000 identities costs about 12 ms instead of 230 ms with QCryptographicHash.
    // The digest is looked up once: SHA256() looks it up in libcrypto's provider tables on every
    // call, which took longer than the hashing (26 ms for those tokens).
    static EVP_MD *const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    // And one context per thread, used again and again: making one takes two allocations and
    // two frees (each free overwritten), as long again as the hashing. libcrypto wipes a
    // digest's block buffer when it finishes, so no part of the token stays in the context.
    struct Context
    {
        EVP_MD_CTX *context = EVP_MD_CTX_new();
        ~Context() { EVP_MD_CTX_free(context); }
    };
    thread_local const Context reused;
    unsigned char digest[EVP_MAX_MD_SIZE] = {};
    const bool hashed = sha256 && reused.context
            && EVP_DigestInit_ex2(reused.context, sha256, nullptr) == 1
            && EVP_DigestUpdate(reused.context, token.constData(), size_t(token.size())) == 1
            && EVP_DigestFinal_ex(reused.context, digest, nullptr) == 1;
    if (!hashed)
        EVP_Digest(token.constData(), size_t(token.size()), digest, nullptr, EVP_sha256(), nullptr);
    static constexpr char hexDigits[] = "0123456789abcdef";
    QChar text[9];
    for (int i = 0, out = 0; i < 4; ++i) {
        if (i == 2)
            text[out++] = u' ';
        text[out++] = QLatin1Char(hexDigits[digest[i] >> 4]);
        text[out++] = QLatin1Char(hexDigits[digest[i] & 0xf]);
    }
    fingerprint.shortHash = QString(text, 9);
    return fingerprint;
}

QString TokenFingerprint::masked() const
{
    return QCoreApplication::translate("TokenFingerprint", "•••••••• %n chars · SHA-256 %1",
                                       nullptr, int(length))
            .arg(shortHash);
}

QString TokenInsight::humanDuration(qint64 seconds)
{
    seconds = qAbs(seconds);
    if (seconds < 60)
        return tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return tr("%n min", nullptr, int(seconds / 60));
    if (seconds < 48 * 3600)
        return tr("%n h", nullptr, int(seconds / 3600));
    return tr("%n days", nullptr, int(seconds / 86400));
}

QString TokenInsight::relativeTime(const QString &claim, const QDateTime &time,
                                   const QDateTime &now)
{
    const qint64 delta = now.secsTo(time);
    const QString span = humanDuration(delta);
    if (claim == u"exp"_s)
        return delta > 0 ? tr("expires in %1").arg(span) : tr("expired %1 ago").arg(span);
    if (claim == u"nbf"_s)
        return delta > 0 ? tr("not valid for another %1").arg(span)
                         : tr("valid since %1 ago").arg(span);
    return delta > 0 ? tr("issued in %1 (clock skew?)").arg(span) : tr("issued %1 ago").arg(span);
}

namespace {

QByteArray decodeSegment(const QByteArray &segment, bool *ok)
{
    const auto result = QByteArray::fromBase64Encoding(
            segment, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    *ok = result.decodingStatus == QByteArray::Base64DecodingStatus::Ok;
    return result.decoded;
}

} // namespace

TokenDetails TokenInsight::inspect(const QByteArray &token, const QString &provider,
                                   const QDateTime &now)
{
    TokenDetails details;
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() == 3 && token.startsWith("eyJ")) {
        bool headerOk = false;
        bool payloadOk = false;
        const QJsonDocument header = QJsonDocument::fromJson(decodeSegment(parts.at(0), &headerOk));
        const QJsonDocument payload
                = QJsonDocument::fromJson(decodeSegment(parts.at(1), &payloadOk));
        if (headerOk && payloadOk && header.isObject() && payload.isObject()) {
            details.isJwt = true;
            details.headerJson
                    = QString::fromUtf8(header.toJson(QJsonDocument::Indented)).trimmed();
            details.payloadJson
                    = QString::fromUtf8(payload.toJson(QJsonDocument::Indented)).trimmed();
            details.payload = payload.object();
            for (const QString &claim : {u"iat"_s, u"nbf"_s, u"exp"_s}) {
                const QJsonValue value = details.payload.value(claim);
                const std::optional<qint64> seconds = SafeNumbers::toInteger(
                        value.toDouble(std::nan("")), SafeNumbers::EarliestSeconds,
                        SafeNumbers::LatestSeconds);
                if (!value.isDouble() || !seconds)
                    continue;
                const QDateTime time = QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC);
                details.times.append({claim, time, relativeTime(claim, time, now)});
            }
            const QString alg = header.object().value(u"alg"_s).toString();
            const QString issuer = details.payload.value(u"iss"_s).toString();
            details.description = tr("A JSON Web Token signed with %1, issued by %2. Decoded here; "
                                     "the signature is not checked.")
                                          .arg(alg.isEmpty() ? tr("an unknown algorithm") : alg,
                                               issuer.isEmpty() ? tr("an unnamed issuer") : issuer);
            return details;
        }
    }
    // Opaque tokens: name what the provider's tokens usually look like.
    QString shape;
    if (token.startsWith("ya29."))
        shape = tr(
                "It looks like a Google OAuth 2.0 access token (they start with “ya29.” and live "
                "about an hour).");
    else if (token.startsWith("1//"))
        shape = tr("It looks like a Google refresh token (they start with “1//”).");
    else if (token.startsWith("gho_") || token.startsWith("ghu_") || token.startsWith("ghp_"))
        shape = tr(
                "It looks like a GitHub OAuth token (gho_ for OAuth apps, ghu_ for GitHub Apps).");
    else if (token.startsWith("0.A"))
        shape = tr("It looks like a Microsoft identity platform refresh token.");
    else if (provider == u"twitter"_s)
        shape = tr("Twitter (OAuth 1.0a) access tokens are the user's numeric id, a dash and a "
                   "random string; they are used with the access token secret.");
    else if (provider == u"facebook"_s)
        shape = tr("Facebook access tokens usually start with “EAA”.");
    else
        shape = tr("Its format is the identity provider's own.");
    details.description = tr("An opaque token: it carries no readable claims, only the provider "
                             "can tell what it grants. %1")
                                  .arg(shape);
    return details;
}

bool TokenInsight::providerLacksRefreshTokens(const QString &provider)
{
    static const QStringList none{u"github"_s,    u"twitter"_s, u"facebook"_s, u"linkedin"_s,
                                  u"instagram"_s, u"apple"_s,   u"amazon"_s,   u"dropbox"_s};
    return none.contains(provider);
}

QStringList TokenInsight::explainMissing(const QJsonObject &identity,
                                         const QStringList &grantedScopes, bool hiddenByAccessLevel)
{
    return explainMissing(
            identity.value(u"provider"_s).toString(), identity.contains(u"access_token"_s),
            identity.contains(u"refresh_token"_s), grantedScopes, hiddenByAccessLevel);
}

QStringList TokenInsight::explainMissing(const QString &provider, bool hasAccess, bool hasRefresh,
                                         const QStringList &grantedScopes, bool hiddenByAccessLevel)
{
    QStringList reasons;
    if (provider == u"auth0"_s || provider == u"email"_s || provider == u"sms"_s)
        return reasons; // database and passwordless connections have no IdP tokens
    if (hiddenByAccessLevel) {
        reasons.append(
                tr("Tokens are hidden by this profile's access level (Identities only): its "
                   "Management API token carries read:users alone. To see them, the application "
                   "needs read:user_idp_tokens in its grant, and the profile Access set to "
                   "Identities and tokens."));
        return reasons;
    }
    if (!grantedScopes.contains(u"read:user_idp_tokens"_s)) {
        reasons.append(
                tr("The Management API token lacks read:user_idp_tokens, so Auth0 hides this "
                   "identity's tokens. Grant the scope in Auth0 Dashboard › Applications › "
                   "APIs › Auth0 Management API › Machine To Machine Applications, then test "
                   "the connection again."));
        return reasons;
    }
    if (!hasAccess) {
        reasons.append(tr("Auth0 holds no token for this identity: the identity provider returned "
                          "none, or the connection keeps its tokens in Token Vault."));
        return reasons;
    }
    if (!hasRefresh) {
        if (provider == u"google-oauth2"_s)
            reasons.append(tr("No refresh token: Google issues one only when the login asks for "
                              "offline access (access_type=offline, with connection_scope) and the "
                              "user consents again (prompt=consent)."));
        else if (providerLacksRefreshTokens(provider))
            reasons.append(tr("No refresh token: %1 does not issue refresh tokens.").arg(provider));
    }
    return reasons;
}
