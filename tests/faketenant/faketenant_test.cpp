#include "../support/testhttp.h"
#include "faketenant.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using FakeAuth0::FakeTenant;

namespace {
const QString DemoClient = u"demoInspectorM2mClient0001"_s;
const QString DemoSecret = u"demo-secret-for-the-local-fake-tenant-only"_s;
const QString GoogleUser = u"google-oauth2|108234567890123456789"_s;
const QString GithubUser = u"github|5823109"_s;

QByteArray form(const QList<QPair<QString, QString>> &fields)
{
    QUrlQuery query;
    for (const auto &[key, value] : fields)
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return query.query(QUrl::FullyEncoded).toLatin1();
}

QJsonObject jwtPayload(const QByteArray &jwt)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(
                   QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding))
            .object();
}
} // namespace

// The fake tenant over real HTTPS: each endpoint, each error, scopes hiding tokens, rate limiting,
// the Lucene subset, paging and the 1000-result window, fault injection, and the command line.
class FakeTenantTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeTenant> m_tenant;
    std::unique_ptr<TestHttp> m_http;

    QUrl url(const QString &pathAndQuery, const QString &host = {}) const
    {
        return QUrl(u"https://"_s + (host.isEmpty() ? m_tenant->domain() : host) + pathAndQuery);
    }

    TestReply requestToken(const QString &clientId, const QString &secret,
                           const QString &audience = {}, const QString &scope = {},
                           const QString &host = {})
    {
        QList<QPair<QString, QString>> fields{
                {u"grant_type"_s, u"client_credentials"_s},
                {u"client_id"_s, clientId},
                {u"client_secret"_s, secret},
                {u"audience"_s, audience.isEmpty() ? m_tenant->audience() : audience}};
        if (!scope.isEmpty())
            fields.append({u"scope"_s, scope});
        return m_http->post(url(u"/oauth/token"_s, host), form(fields),
                            "application/x-www-form-urlencoded");
    }

    QByteArray token(const QString &clientId = DemoClient, const QString &secret = DemoSecret,
                     const QString &scope = {})
    {
        const TestReply reply = requestToken(clientId, secret, {}, scope);
        return reply.object().value(u"access_token"_s).toString().toLatin1();
    }

    TestReply search(const QString &query, const QByteArray &bearer)
    {
        return m_http->get(url(u"/api/v2/users?"_s + query), bearer);
    }

private Q_SLOTS:
    void init()
    {
        m_tenant = std::make_unique<FakeTenant>();
        QString error;
        QVERIFY2(m_tenant->loadDemoSeed(&error), qPrintable(error));
        QVERIFY2(m_tenant->start(0, &error), qPrintable(error));
        m_http = std::make_unique<TestHttp>(m_tenant->caCertificates());
    }

    void cleanup()
    {
        m_http.reset();
        m_tenant.reset();
    }

    void tls_withoutTenantCa_handshakeFails()
    {
        TestHttp untrusting({});
        const TestReply reply = untrusting.get(url(u"/api/v2/users"_s));
        QCOMPARE(reply.error, QNetworkReply::SslHandshakeFailedError);
    }

    void tls_certificate_namesLoopbackAndLocalhost()
    {
        const TestReply viaIp = m_http->get(url(u"/.well-known/jwks.json"_s));
        QCOMPARE(viaIp.status, 200);
        const TestReply viaName = m_http->get(url(
                u"/.well-known/jwks.json"_s, u"localhost:"_s + QString::number(m_tenant->port())));
        QCOMPARE(viaName.status, 200);
    }

    void token_formBody_issuesSignedJwtWithAuth0Claims()
    {
        const TestReply reply = requestToken(DemoClient, DemoSecret);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("content-type"), QByteArray("application/json"));
        QCOMPARE(reply.header("cache-control"), QByteArray("no-store"));
        QVERIFY(reply.hasHeader("x-ratelimit-limit"));
        QVERIFY(reply.hasHeader("x-ratelimit-remaining"));
        QVERIFY(reply.hasHeader("x-ratelimit-reset"));
        // Auth0's field order: access_token, scope, expires_in, token_type.
        QVERIFY(reply.body.indexOf("\"access_token\"") < reply.body.indexOf("\"scope\""));
        QVERIFY(reply.body.indexOf("\"expires_in\"") < reply.body.indexOf("\"token_type\""));
        const QJsonObject body = reply.object();
        QCOMPARE(body.value(u"token_type"_s).toString(), u"Bearer"_s);
        QCOMPARE(body.value(u"expires_in"_s).toInt(), 86400);
        QCOMPARE(body.value(u"scope"_s).toString(),
                 u"read:users read:user_idp_tokens read:federated_connections_tokens read:logs"_s);

        const QByteArray jwt = body.value(u"access_token"_s).toString().toLatin1();
        const QJsonObject header
                = QJsonDocument::fromJson(QByteArray::fromBase64(jwt.split('.').at(0),
                                                                 QByteArray::Base64UrlEncoding))
                          .object();
        QCOMPARE(header.value(u"alg"_s).toString(), u"RS256"_s);
        QVERIFY(!header.value(u"kid"_s).toString().isEmpty());
        const QJsonObject claims = jwtPayload(jwt);
        QCOMPARE(claims.value(u"iss"_s).toString(), u"https://"_s + m_tenant->domain() + u'/');
        QCOMPARE(claims.value(u"sub"_s).toString(), DemoClient + u"@clients"_s);
        QCOMPARE(claims.value(u"aud"_s).toString(), m_tenant->audience());
        QCOMPARE(claims.value(u"azp"_s).toString(), DemoClient);
        QCOMPARE(claims.value(u"gty"_s).toString(), u"client-credentials"_s);
        const qint64 iat = claims.value(u"iat"_s).toInteger();
        QVERIFY(qAbs(iat - QDateTime::currentSecsSinceEpoch()) < 10);
        QCOMPARE(claims.value(u"exp"_s).toInteger() - iat, 86400);
        QCOMPARE(m_tenant->tokensIssued(), 1);
    }

    void token_jsonBodyAndBasicAuth_bothAccepted()
    {
        const QJsonObject json{{u"grant_type"_s, u"client_credentials"_s},
                               {u"client_id"_s, DemoClient},
                               {u"client_secret"_s, DemoSecret},
                               {u"audience"_s, m_tenant->audience()}};
        const TestReply viaJson = m_http->post(url(u"/oauth/token"_s), QJsonDocument(json).toJson(),
                                               "application/json");
        QCOMPARE(viaJson.status, 200);

        const QByteArray basic = (DemoClient + u':' + DemoSecret).toUtf8().toBase64();
        const TestReply viaBasic = m_http->post(url(u"/oauth/token"_s),
                                                form({{u"grant_type"_s, u"client_credentials"_s},
                                                      {u"audience"_s, m_tenant->audience()}}),
                                                "application/x-www-form-urlencoded",
                                                {{"Authorization", "Basic " + basic}});
        QCOMPARE(viaBasic.status, 200);
        QCOMPARE(m_tenant->tokensIssued(), 2);
    }

    void token_failures_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("audience"); // "-" means the tenant's own
        QTest::addColumn<QString>("scope");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("description");

        QTest::newRow("wrong secret") << DemoClient << u"not-the-secret"_s << u"-"_s << QString()
                                      << 401 << u"access_denied"_s << u"Unauthorized"_s;
        QTest::newRow("unknown client") << u"nobody"_s << u"x"_s << u"-"_s << QString() << 401
                                        << u"access_denied"_s << u"Unauthorized"_s;
        QTest::newRow("no client grant")
                << u"demoNoGrantClient00000003"_s << u"demo-secret-no-grant"_s << u"-"_s
                << QString() << 403 << u"access_denied"_s
                << u"Client is not authorized to access"_s;
        QTest::newRow("unknown audience")
                << DemoClient << DemoSecret << u"https://api.example.com/"_s << QString() << 403
                << u"access_denied"_s
                << u"Service not enabled within domain: https://api.example.com/"_s;
        QTest::newRow("audience without trailing slash")
                << DemoClient << DemoSecret << u"https://127.0.0.1:PORT/api/v2"_s << QString()
                << 403 << u"access_denied"_s << u"Service not enabled within domain"_s;
        QTest::newRow("custom-domain audience")
                << DemoClient << DemoSecret << u"https://localhost:PORT/api/v2/"_s << QString()
                << 403 << u"access_denied"_s
                << u"Service not enabled within domain: https://localhost:"_s;
        QTest::newRow("client_credentials not allowed")
                << u"demoSpaClient000000000004"_s << u"demo-secret-spa"_s << u"-"_s << QString()
                << 403 << u"unauthorized_client"_s
                << u"Grant type 'client_credentials' not allowed for the client."_s;
        QTest::newRow("scope not granted")
                << u"demoUsersOnlyClient000002"_s << u"demo-secret-users-only"_s << u"-"_s
                << u"read:users read:user_idp_tokens"_s << 403 << u"access_denied"_s
                << u"Client has not been granted scopes: read:user_idp_tokens"_s;
    }

    void token_failures()
    {
        QFETCH(QString, clientId);
        QFETCH(QString, secret);
        QFETCH(QString, audience);
        QFETCH(QString, scope);
        QFETCH(int, status);
        QFETCH(QString, error);
        QFETCH(QString, description);
        const QString port = QString::number(m_tenant->port());
        audience = audience == u"-"_s ? m_tenant->audience() : audience.replace(u"PORT"_s, port);
        const TestReply reply = requestToken(clientId, secret, audience, scope);
        QCOMPARE(reply.status, status);
        const QJsonObject body = reply.object();
        QCOMPARE(body.value(u"error"_s).toString(), error);
        QVERIFY2(body.value(u"error_description"_s).toString().startsWith(description),
                 reply.body.constData());
        // /oauth/token sends the rate-limit headers on its errors too, as recorded.
        QVERIFY(reply.hasHeader("x-ratelimit-remaining"));
        QCOMPARE(m_tenant->tokensIssued(), 0);
    }

    void token_scopeParameter_narrowsTheGrant()
    {
        const TestReply reply = requestToken(DemoClient, DemoSecret, {}, u"read:users"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object().value(u"scope"_s).toString(), u"read:users"_s);
        QCOMPARE(jwtPayload(reply.object().value(u"access_token"_s).toString().toLatin1())
                         .value(u"scope"_s)
                         .toString(),
                 u"read:users"_s);
    }

    void token_viaCustomDomain_worksOnlyOnThatDomain()
    {
        const QString custom = u"localhost:"_s + QString::number(m_tenant->port());
        const TestReply reply
                = requestToken(DemoClient, DemoSecret, m_tenant->audience(), {}, custom);
        QCOMPARE(reply.status, 200);
        const QByteArray jwt = reply.object().value(u"access_token"_s).toString().toLatin1();
        QCOMPARE(jwtPayload(jwt).value(u"iss"_s).toString(), u"https://"_s + custom + u'/');
        QCOMPARE(m_http->get(url(u"/api/v2/users/"_s
                                         + QString::fromLatin1(QUrl::toPercentEncoding(GoogleUser)),
                                 custom),
                             jwt)
                         .status,
                 200);
        QCOMPARE(m_http->get(url(u"/api/v2/users/"_s
                                 + QString::fromLatin1(QUrl::toPercentEncoding(GoogleUser))),
                             jwt)
                         .status,
                 401);
    }

    void management_bearerProblems_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << QByteArray() << 401 << u"Missing authentication"_s;
        QTest::newRow("not bearer")
                << QByteArray("Token abc") << 400 << u"Bad HTTP authentication header format"_s;
        QTest::newRow("garbage") << QByteArray("Bearer abc") << 401 << u"Invalid token"_s;
        QTest::newRow("expired") << QByteArray("EXPIRED") << 401
                                 << u"Expired token received for JSON Web Token validation"_s;
        QTest::newRow("bad signature")
                << QByteArray("FORGED") << 401
                << u"Invalid signature received for JSON Web Token validation."_s;
    }

    void management_bearerProblems()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        QFETCH(QString, message);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        if (authorization == "EXPIRED") {
            authorization = "Bearer "
                    + m_tenant->mintToken(DemoClient, {u"read:users"_s}, now - 7200, now - 3600);
        } else if (authorization == "FORGED") {
            QByteArray jwt = m_tenant->mintToken(DemoClient, {u"read:users"_s}, now, now + 3600);
            jwt.chop(4);
            jwt += "AAAA";
            authorization = "Bearer " + jwt;
        }
        QNetworkRequest request(url(u"/api/v2/users?search_engine=v3"_s));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_tenant->caCertificates());
        request.setSslConfiguration(tls);
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        QNetworkReply *reply = m_http->manager().get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(body.value(u"statusCode"_s).toInt(), status);
        QCOMPARE(body.value(u"message"_s).toString(), message);
        // Real tenants send no rate-limit headers on Management API errors other than 429.
        QVERIFY(!reply->hasRawHeader("X-RateLimit-Limit"));
        if (status == 401 && message == u"Missing authentication"_s)
            QCOMPARE(reply->rawHeader("WWW-Authenticate"), QByteArray("Bearer"));
        reply->deleteLater();
    }

    void getUser_percentEncodedId_returnsUserWithIdpTokens()
    {
        const QByteArray bearer = token();
        const TestReply reply = m_http->get(
                url(u"/api/v2/users/"_s + QString::fromLatin1(QUrl::toPercentEncoding(GoogleUser))),
                bearer);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("content-type"), QByteArray("application/json; charset=utf-8"));
        QVERIFY(reply.hasHeader("x-ratelimit-limit"));
        const QJsonObject user = reply.object();
        QCOMPARE(user.value(u"user_id"_s).toString(), GoogleUser);
        const QJsonObject identity = user.value(u"identities"_s).toArray().first().toObject();
        QVERIFY(identity.value(u"access_token"_s).toString().startsWith(u"ya29."_s));
        QVERIFY(!identity.value(u"refresh_token"_s).toString().isEmpty());
        QCOMPARE(identity.value(u"expires_in"_s).toInt(), 3599);
    }

    void getUser_withoutIdpTokenScope_omitsTokensSilently()
    {
        const QByteArray bearer
                = token(u"demoUsersOnlyClient000002"_s, u"demo-secret-users-only"_s);
        const TestReply reply = m_http->get(url(u"/api/v2/users/twitter%7C1184467231"_s), bearer);
        QCOMPARE(reply.status, 200);
        const QJsonObject identity
                = reply.object().value(u"identities"_s).toArray().first().toObject();
        QVERIFY(!identity.contains(u"access_token"_s));
        QVERIFY(!identity.contains(u"access_token_secret"_s));
        QCOMPARE(identity.value(u"provider"_s).toString(), u"twitter"_s);

        const TestReply withScope
                = m_http->get(url(u"/api/v2/users/twitter%7C1184467231"_s), token());
        const QJsonObject full
                = withScope.object().value(u"identities"_s).toArray().first().toObject();
        QVERIFY(full.contains(u"access_token"_s));
        QVERIFY(full.contains(u"access_token_secret"_s));
    }

    void getUser_githubIdentity_hasNumericUserId()
    {
        const TestReply reply = m_http->get(url(u"/api/v2/users/github%7C5823109"_s), token());
        QCOMPARE(reply.status, 200);
        const QJsonValue id = reply.object()
                                      .value(u"identities"_s)
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(u"user_id"_s);
        QVERIFY(id.isDouble());
        QCOMPARE(id.toInteger(), 5823109);
    }

    void getUser_unknownId_returnsRecorded404()
    {
        const TestReply reply
                = m_http->get(url(u"/api/v2/users/auth0%7Cthis-user-id-does-not-exist"_s), token());
        QCOMPARE(reply.status, 404);
        QCOMPARE(
                reply.body,
                QByteArray(
                        R"({"statusCode":404,"error":"Not Found","message":"The user does not exist.","errorCode":"inexistent_user"})"));
        QVERIFY(!reply.hasHeader("x-ratelimit-limit"));
    }

    void getUser_fieldsAndIncludeFields_projectAsRecorded()
    {
        const QByteArray bearer = token();
        const QString path = u"/api/v2/users/github%7C5823109"_s;
        const QJsonObject only
                = m_http->get(url(path + u"?fields=email,picture&include_fields=true"_s), bearer)
                          .object();
        QCOMPARE(only.keys(), (QStringList{u"email"_s, u"picture"_s}));
        const QJsonObject without
                = m_http->get(url(path + u"?fields=identities&include_fields=false"_s), bearer)
                          .object();
        QVERIFY(!without.contains(u"identities"_s));
        QVERIFY(without.contains(u"user_id"_s));
    }

    void seededUsers_keepTheSeedsKeyOrder()
    {
        // An order no sorting gives (a QJsonObject sorts its keys), at every depth.
        const QByteArray user
                = R"({"user_id":"github|77","email":"order@example.com","name":"Order","identities":[{"provider":"github","user_id":77,"connection":"github","isSocial":true,"access_token":"gho_ORDER","profileData":{"zeta":1,"a/b":{"y":true,"x":null}}}],"created_at":"2024-01-01T00:00:00.000Z"})";
        const QByteArray seed
                = R"({"clients":[{"client_id":"orderClient","client_secret":"order-secret","grant_types":["client_credentials"],"management_api_scopes":["read:users","read:user_idp_tokens"]},{"client_id":"orderUsersOnly","client_secret":"order-secret","grant_types":["client_credentials"],"management_api_scopes":["read:users"]}],"users":[)"
                + user + "]}";
        QString error;
        QVERIFY2(m_tenant->loadSeed(seed, &error), qPrintable(error));
        const QByteArray bearer = token(u"orderClient"_s, u"order-secret"_s);
        QCOMPARE(m_http->get(url(u"/api/v2/users/github%7C77"_s), bearer).body, user);
        QCOMPARE(m_http->get(url(u"/api/v2/users-by-email?email=order%40example.com"_s), bearer)
                         .body,
                 '[' + user + ']');
        QCOMPARE(search(u"search_engine=v3&q=name:Order"_s, bearer).body, '[' + user + ']');
        QCOMPARE(m_http->get(url(u"/api/v2/users/github%7C77?fields=name,user_id"_s), bearer).body,
                 QByteArray(R"({"user_id":"github|77","name":"Order"})"));
        QByteArray withoutToken = user;
        withoutToken.replace(R"("access_token":"gho_ORDER",)", "");
        QCOMPARE(m_http->get(url(u"/api/v2/users/github%7C77"_s),
                             token(u"orderUsersOnly"_s, u"order-secret"_s))
                         .body,
                 withoutToken);
    }

    void getUser_tokenWithoutReadScopes_isForbidden()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QByteArray bearer
                = m_tenant->mintToken(DemoClient, {u"read:clients"_s}, now, now + 60);
        const TestReply reply = m_http->get(url(u"/api/v2/users/github%7C5823109"_s), bearer);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.object().value(u"errorCode"_s).toString(), u"insufficient_scope"_s);
        QCOMPARE(
                reply.object().value(u"message"_s).toString(),
                u"Insufficient scope, expected any of: read:users,read:current_user,read:user_idp_tokens"_s);
    }

    void usersByEmail_isCaseSensitiveAndEmptyOnNoMatch()
    {
        const QByteArray bearer = token();
        const TestReply hit = m_http->get(
                url(u"/api/v2/users-by-email?email=Chris.Morgan%40Example.com"_s), bearer);
        QCOMPARE(hit.status, 200);
        QCOMPARE(hit.array().size(), 1);
        const TestReply lower = m_http->get(
                url(u"/api/v2/users-by-email?email=chris.morgan%40example.com"_s), bearer);
        QCOMPARE(lower.status, 200);
        QCOMPARE(lower.body, QByteArray("[]"));
    }

    void search_withoutSearchEngineV3_isRejected()
    {
        const TestReply reply = search(u"q=email:%22jordan.lee%40example.com%22"_s, token());
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.object().value(u"message"_s).toString(),
                 u"You are not allowed to use search_engine=v1."_s);
    }

    void search_lucene_data()
    {
        QTest::addColumn<QString>("q");
        QTest::addColumn<int>("expected"); // -1: at least one
        QTest::addColumn<QString>("mustContain");
        QTest::newRow("exact email phrase")
                << u"email:\"jordan.lee@example.com\""_s << 1 << u"jordan.lee@example.com"_s;
        QTest::newRow("email is case-insensitive")
                << u"email:\"JORDAN.LEE@EXAMPLE.COM\""_s << 1 << QString();
        QTest::newRow("name phrase") << u"name:\"Priya Raman\""_s << 1 << GoogleUser;
        QTest::newRow("user_id with pipe") << u"user_id:\"github|5823109\""_s << 1 << GithubUser;
        QTest::newRow("user_id is case-sensitive")
                << u"user_id:\"GITHUB|5823109\""_s << 0 << QString();
        QTest::newRow("trailing wildcard") << u"email:jordan.l*"_s << 1 << QString();
        QTest::newRow("short trailing wildcard") << u"name:j*"_s << -1 << u"Jordan Lee"_s;
        QTest::newRow("leading wildcard, 3 literal characters")
                << u"name:*man"_s << -1 << u"Priya Raman"_s;
        QTest::newRow("connection")
                << u"identities.connection:\"twitter\""_s << 1 << u"twitter|1184467231"_s;
        QTest::newRow("linked identity connection")
                << u"identities.connection:github"_s << 2 << GithubUser;
        QTest::newRow("email.domain")
                << u"email.domain:\"contoso.example\" AND identities.connection:\"contoso-azure-ad\""_s
                << 1 << QString();
        QTest::newRow("AND NOT") << u"identities.connection:github AND NOT name:\"Jordan Lee\""_s
                                 << 1 << GithubUser;
        QTest::newRow("OR in group")
                << u"name:(\"Priya Raman\" OR \"Mateo Alvarez\")"_s << 2 << QString();
        QTest::newRow("parentheses")
                << u"(name:\"Priya Raman\" OR name:\"Mateo Alvarez\") AND identities.connection:github"_s
                << 1 << GithubUser;
        QTest::newRow("exists") << u"_exists_:multifactor"_s << 1 << QString();
        QTest::newRow("not exists") << u"_exists_:blocked AND NOT _exists_:multifactor"_s << 1
                                    << u"Chris.Morgan@Example.com"_s;
        QTest::newRow("range")
                << u"logins_count:[300 TO *] AND identities.connection:\"google-oauth2\""_s << -1
                << u"jordan.lee@example.com"_s;
        QTest::newRow("exclusive range")
                << u"logins_count:{213 TO 215} AND name:\"Priya Raman\""_s << 1 << GoogleUser;
        QTest::newRow("metadata path") << u"app_metadata.support_tier:\"gold\""_s << 1 << QString();
        // Dates are dates: a partial bound covers its whole day or month (Priya last logged in
        // on 2026-11-27 at 16:02).
        QTest::newRow("date up to a day, inclusive")
                << u"last_login:[* TO 2026-11-27] AND name:\"Priya Raman\""_s << 1 << GoogleUser;
        QTest::newRow("date, the whole day")
                << u"last_login:[2026-11-27 TO 2026-11-27] AND name:\"Priya Raman\""_s << 1
                << GoogleUser;
        QTest::newRow("date, Auth0's month example")
                << u"last_login:{2026-10 TO 2026-11] AND name:\"Priya Raman\""_s << 1 << GoogleUser;
        QTest::newRow("date, after the whole month")
                << u"last_login:{2026-11 TO *] AND name:\"Priya Raman\""_s << 0 << QString();
        QTest::newRow("date, before the day")
                << u"last_login:[* TO 2026-11-27} AND name:\"Priya Raman\""_s << 0 << QString();
    }

    void search_lucene()
    {
        QFETCH(QString, q);
        QFETCH(int, expected);
        QFETCH(QString, mustContain);
        const TestReply reply = search(u"search_engine=v3&per_page=100&include_totals=true&q="_s
                                               + QString::fromLatin1(QUrl::toPercentEncoding(q)),
                                       token());
        QVERIFY2(reply.status == 200, qPrintable(reply.object().value(u"message"_s).toString()));
        const QJsonObject body = reply.object();
        if (expected < 0)
            QVERIFY(body.value(u"total"_s).toInt() >= 1);
        else
            QCOMPARE(body.value(u"total"_s).toInt(), expected);
        if (!mustContain.isEmpty())
            QVERIFY(reply.body.contains(mustContain.toUtf8()));
    }

    void search_wildcardsAuth0Refuses_areRejected_data()
    {
        QTest::addColumn<QString>("q");
        QTest::addColumn<QString>("message");
        QTest::newRow("leading, 2 characters") << u"name:*an"_s << u"at least 3 characters"_s;
        QTest::newRow("leading, none") << u"name:*"_s << u"at least 3 characters"_s;
        QTest::newRow("on user_metadata") << u"user_metadata.plan:gol*"_s << u"user_metadata"_s;
        QTest::newRow("range on user_metadata")
                << u"user_metadata.visits:[1 TO 5]"_s << u"user_metadata"_s;
    }

    void search_wildcardsAuth0Refuses_areRejected()
    {
        QFETCH(QString, q);
        QFETCH(QString, message);
        const TestReply reply
                = search(u"search_engine=v3&q="_s + QString::fromLatin1(QUrl::toPercentEncoding(q)),
                         token());
        QCOMPARE(reply.status, 400);
        QVERIFY2(reply.object().value(u"message"_s).toString().contains(message),
                 qPrintable(reply.object().value(u"message"_s).toString()));
    }

    void search_includeTotals_envelopeInRecordedOrder()
    {
        const TestReply reply = search(
                u"search_engine=v3&q=email.domain:example.org&per_page=7&page=2&include_totals=true"_s,
                token());
        QCOMPARE(reply.status, 200);
        const QJsonObject body = reply.object();
        QCOMPARE(body.value(u"start"_s).toInt(), 14);
        QCOMPARE(body.value(u"limit"_s).toInt(), 7);
        QCOMPARE(body.value(u"length"_s).toInt(), 7);
        QVERIFY(body.value(u"total"_s).toInt() >= 300);
        QVERIFY(reply.body.indexOf("\"users\"") < reply.body.indexOf("\"total\""));
        QVERIFY(reply.body.startsWith("{\"start\":"));
    }

    void search_timeoutFault_503OnSearchesOnly_andMaxPerPageFromTheSeed()
    {
        const QByteArray bearer = token();
        m_tenant->addFault({FakeTenant::Fault::Kind::SearchTimeout, QString(), 1, 0});
        // Not a search: the fault waits for one.
        QCOMPARE(m_http->get(url(u"/api/v2/users/github%7C5823109"_s), bearer).status, 200);
        const TestReply stopped = search(u"search_engine=v3&q=name:Jordan*"_s, bearer);
        QCOMPARE(stopped.status, 503);
        QCOMPARE(stopped.object().value(u"message"_s).toString(),
                 u"The query exceeded the timeout. Please try refining your search criteria."_s);
        QCOMPARE(search(u"search_engine=v3&q=name:Jordan*"_s, bearer).status, 200);

        QCOMPARE(search(u"search_engine=v3&per_page=100"_s, bearer).status, 200);
        QByteArray seed = FakeTenant::demoSeed();
        QJsonObject document = QJsonDocument::fromJson(seed).object();
        QJsonObject tenant = document.value(u"tenant"_s).toObject();
        tenant.insert(u"max_per_page"_s, 50);
        document.insert(u"tenant"_s, tenant);
        QString error;
        QVERIFY2(m_tenant->loadSeed(QJsonDocument(document).toJson(), &error), qPrintable(error));
        const TestReply refused = search(u"search_engine=v3&per_page=100"_s, token());
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.object().value(u"message"_s).toString().contains(u"0 to 50"_s));
        QCOMPARE(search(u"search_engine=v3&per_page=50"_s, token()).status, 200);
    }

    void search_withoutTotals_isBareArray()
    {
        const TestReply reply = search(u"search_engine=v3&per_page=3"_s, token());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.array().size(), 3);
    }

    void search_paging_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<int>("perPage");
        QTest::addColumn<int>("status");
        QTest::newRow("last page in window") << 9 << 100 << 200;
        QTest::newRow("beyond window") << 10 << 100 << 400;
        QTest::newRow("window by 50s") << 20 << 50 << 400;
        QTest::newRow("per_page over 100") << 0 << 101 << 400;
    }

    void search_paging()
    {
        QFETCH(int, page);
        QFETCH(int, perPage);
        QFETCH(int, status);
        const TestReply reply
                = search(u"search_engine=v3&page=%1&per_page=%2"_s.arg(page).arg(perPage), token());
        QCOMPARE(reply.status, status);
        if (status == 400 && perPage <= 100) {
            QVERIFY(reply.object()
                            .value(u"message"_s)
                            .toString()
                            .startsWith(u"You can only page through the first 1000 records."_s));
        }
        if (status == 200)
            QCOMPARE(reply.array().size(), 100);
        QVERIFY(m_tenant->userCount() > 1000);
    }

    void search_sort_ordersByField()
    {
        const TestReply reply = search(
                u"search_engine=v3&q=email.domain:example.net&sort=logins_count:-1&per_page=20&fields=logins_count,user_id"_s,
                token());
        QCOMPARE(reply.status, 200);
        const QJsonArray users = reply.array();
        QCOMPARE(users.size(), 20);
        for (qsizetype i = 1; i < users.size(); ++i)
            QVERIFY(users.at(i - 1).toObject().value(u"logins_count"_s).toInt()
                    >= users.at(i).toObject().value(u"logins_count"_s).toInt());
    }

    void search_sort_needsADirection_andMissingFieldsComeLast()
    {
        QCOMPARE(search(u"search_engine=v3&q=_exists_:email&sort=logins_count"_s, token()).status,
                 400);
        QCOMPARE(search(u"search_engine=v3&q=_exists_:email&sort=logins_count:2"_s, token()).status,
                 400);
        for (const QString &direction : {u"1"_s, u"-1"_s}) {
            // Only some seeded users have multifactor: they come first either way.
            const TestReply reply = search(u"search_engine=v3&q=_exists_:user_id"
                                           "&per_page=100&sort=multifactor:"_s
                                                   + direction + u"&fields=multifactor,user_id"_s,
                                           token());
            QVERIFY2(reply.status == 200, reply.body.constData());
            const QJsonArray users = reply.array();
            QVERIFY(users.size() > 2);
            QVERIFY(users.first().toObject().contains(u"multifactor"_s));
            QVERIFY(!users.last().toObject().contains(u"multifactor"_s));
        }
    }

    void logs_aReadOfIdpTokens_isLoggedAsMgmtApiRead_andServedPaged()
    {
        const QByteArray reader
                = token(DemoClient, DemoSecret, u"read:users read:user_idp_tokens"_s);
        const QByteArray logReader = token(DemoClient, DemoSecret, u"read:logs"_s);
        const QString logsPath = u"/api/v2/users/github%7C5823109/logs"_s;
        // Without read:logs: refused, naming the scope.
        const TestReply refused = m_http->get(url(logsPath), reader);
        QCOMPARE(refused.status, 403);
        QVERIFY(refused.object().value(u"message"_s).toString().contains(u"read:logs"_s));
        QCOMPARE(m_http->get(url(logsPath), logReader).body, QByteArray("[]"));

        // A read without the IdP-token scope returns no secret and is not logged.
        const QByteArray usersOnly = token(DemoClient, DemoSecret, u"read:users"_s);
        QCOMPARE(m_http->get(url(u"/api/v2/users/github%7C5823109"_s), usersOnly).status, 200);
        QCOMPARE(m_tenant->logs().size(), 0);
        // Two reads with tokens: two entries, newest first, in the schema's shape.
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(m_http->get(url(u"/api/v2/users/github%7C5823109?fields=user_id,identities"_s),
                                 reader)
                             .status,
                     200);
        }
        QCOMPARE(m_tenant->logs().size(), 2);
        const TestReply page
                = m_http->get(url(logsPath + u"?include_totals=true&per_page=1"_s), logReader);
        QCOMPARE(page.status, 200);
        const QJsonObject envelope = page.object();
        QCOMPARE(envelope.value(u"total"_s).toInt(), 2);
        QCOMPARE(envelope.value(u"length"_s).toInt(), 1);
        const QJsonObject entry = envelope.value(u"logs"_s).toArray().first().toObject();
        QCOMPARE(entry.value(u"type"_s).toString(), u"mgmt_api_read"_s);
        QCOMPARE(entry.value(u"user_id"_s).toString(), u"github|5823109"_s);
        QCOMPARE(entry.value(u"client_id"_s).toString(), DemoClient);
        QCOMPARE(entry.value(u"client_name"_s).toString(), u"IdP Token Inspector (demo)"_s);
        QCOMPARE(entry.value(u"ip"_s).toString(), u"127.0.0.1"_s);
        const QJsonObject details = entry.value(u"details"_s).toObject();
        QCOMPARE(details.value(u"accessedSecrets"_s).toArray(), QJsonArray{u"access_token"_s});
        const QJsonObject request = details.value(u"request"_s).toObject();
        QCOMPARE(request.value(u"method"_s).toString(), u"get"_s);
        QCOMPARE(request.value(u"path"_s).toString(), u"/api/v2/users/github|5823109"_s);
        QCOMPARE(request.value(u"query"_s).toObject().value(u"fields"_s).toString(),
                 u"user_id,identities"_s);
        QCOMPARE(details.value(u"response"_s).toObject().value(u"statusCode"_s).toInt(), 200);
        // Newest first by default, oldest first with date:1.
        const QJsonArray newest
                = QJsonDocument::fromJson(m_http->get(url(logsPath), logReader).body).array();
        const QJsonArray oldest
                = QJsonDocument::fromJson(
                          m_http->get(url(logsPath + u"?sort=date:1"_s), logReader).body)
                          .array();
        QCOMPARE(newest.size(), 2);
        QCOMPARE(newest.first(), oldest.last());
        QVERIFY(newest.first().toObject().value(u"log_id"_s).toString()
                > newest.last().toObject().value(u"log_id"_s).toString());
        QCOMPARE(m_http->get(url(logsPath + u"?sort=date"_s), logReader).status, 400);
        QCOMPARE(m_http->get(url(logsPath + u"?page=1&per_page=1"_s), logReader).body,
                 QJsonDocument(QJsonArray{oldest.first()}).toJson(QJsonDocument::Compact));
        // And through /api/v2/logs?q=.
        const TestReply search = m_http->get(
                url(u"/api/v2/logs?q=type%3Amgmt_api_read%20AND%20user_id%3A%22github%7C5823109%22"_s),
                logReader);
        QCOMPARE(search.status, 200);
        QCOMPARE(QJsonDocument::fromJson(search.body).array().size(), 2);
        QCOMPARE(QJsonDocument::fromJson(
                         m_http->get(url(u"/api/v2/logs?q=user_id%3A%22auth0%7Cnobody%22"_s),
                                     logReader)
                                 .body)
                         .array()
                         .size(),
                 0);
        // No token value in any entry.
        const QByteArray all = m_http->get(url(u"/api/v2/logs"_s), logReader).body;
        const QString github = m_tenant->user(u"github|5823109"_s)
                                       .value(u"identities"_s)
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(u"access_token"_s)
                                       .toString();
        QVERIFY(!github.isEmpty());
        QVERIFY(!all.contains(github.toUtf8()));
    }

    void tokensets_removedByAuth0_are404_connectedAccountsStay()
    {
        // Auth0 removed federated-connections-tokensets in July 2026; connected-accounts stays.
        const TestReply gone = m_http->get(
                url(u"/api/v2/users/google-oauth2%7C104455667788990011223/federated-connections-tokensets"_s),
                token());
        QCOMPARE(gone.status, 404);
        const TestReply accounts = m_http->get(
                url(u"/api/v2/users/google-oauth2%7C104455667788990011223/connected-accounts"_s),
                token());
        QCOMPARE(accounts.status, 200);
        QVERIFY(!accounts.body.contains("access_token"));
        const TestReply user = m_http->get(
                url(u"/api/v2/users/google-oauth2%7C104455667788990011223"_s), token());
        QVERIFY(!user.body.contains("access_token"));
    }

    void rateLimit_bucketRunsDry_429WithHeaders()
    {
        m_tenant->setRateLimit(FakeTenant::Api::Management, 3, 0.5);
        const QByteArray bearer = token();
        for (int i = 0; i < 3; ++i) {
            const TestReply ok = search(u"search_engine=v3&per_page=1"_s, bearer);
            QCOMPARE(ok.status, 200);
            QCOMPARE(ok.header("x-ratelimit-limit"), QByteArray("3"));
            QCOMPARE(ok.header("x-ratelimit-remaining").toInt(), 2 - i);
        }
        const TestReply limited = search(u"search_engine=v3&per_page=1"_s, bearer);
        QCOMPARE(limited.status, 429);
        QCOMPARE(
                limited.body,
                QByteArray(
                        R"({"statusCode":429,"error":"Too Many Requests","message":"Global limit has been reached","errorCode":"too_many_requests"})"));
        QCOMPARE(limited.header("x-ratelimit-remaining"), QByteArray("0"));
        const qint64 reset = limited.header("x-ratelimit-reset").toLongLong();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY2(reset > now && reset <= now + 8, "reset is when the bucket is full again");
    }

    void rateLimit_tokenEndpoint_429()
    {
        m_tenant->setRateLimit(FakeTenant::Api::Authentication, 1, 0.1);
        QCOMPARE(requestToken(DemoClient, DemoSecret).status, 200);
        const TestReply limited = requestToken(DemoClient, DemoSecret);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.object().value(u"error"_s).toString(), u"too_many_requests"_s);
        QVERIFY(limited.hasHeader("x-ratelimit-reset"));
    }

    void faults_latency_delaysResponse()
    {
        const QByteArray bearer = token();
        m_tenant->addFault({FakeTenant::Fault::Kind::Latency, u"/api/v2/"_s, 1, 300});
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(search(u"search_engine=v3&per_page=1"_s, bearer).status, 200);
        QVERIFY(timer.elapsed() >= 290);
    }

    void faults_serverError_answers5xxThenRecovers()
    {
        const QByteArray bearer = token();
        FakeTenant::Fault fault;
        fault.kind = FakeTenant::Fault::Kind::ServerError;
        fault.pathPrefix = u"/api/v2/users"_s;
        fault.count = 1;
        fault.status = 503;
        m_tenant->addFault(fault);
        QCOMPARE(search(u"search_engine=v3&per_page=1"_s, bearer).status, 503);
        QCOMPARE(search(u"search_engine=v3&per_page=1"_s, bearer).status, 200);
    }

    void faults_dropTruncateInvalidJson_breakTheResponse()
    {
        const QByteArray bearer = token();
        const QUrl user = url(u"/api/v2/users/github%7C5823109"_s);
        FakeTenant::Fault fault;
        // Qt resends an idempotent request when a reused connection closes: drop every try.
        fault.count = -1;
        fault.kind = FakeTenant::Fault::Kind::Drop;
        m_tenant->addFault(fault);
        const TestReply dropped = m_http->get(user, bearer);
        QVERIFY2(dropped.error != QNetworkReply::NoError, "the dropped request got an answer");
        QCOMPARE(dropped.status, 0);
        m_tenant->clearFaults();
        fault.count = 1;
        // Each fault on a fresh client: connections the server closed in the previous step may
        // still sit in the old one's pool, and a busy machine notices that late.
        auto freshClient = [this] {
            m_http = std::make_unique<TestHttp>(m_tenant->caCertificates());
        };
        freshClient();

        fault.kind = FakeTenant::Fault::Kind::Truncate;
        m_tenant->addFault(fault);
        const TestReply truncated = m_http->get(user, bearer);
        QVERIFY(truncated.error != QNetworkReply::NoError
                || QJsonDocument::fromJson(truncated.body).isNull());
        freshClient();

        fault.kind = FakeTenant::Fault::Kind::InvalidJson;
        m_tenant->addFault(fault);
        const TestReply invalid = m_http->get(user, bearer);
        QCOMPARE(invalid.status, 200);
        QJsonParseError error{};
        QJsonDocument::fromJson(invalid.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);

        QCOMPARE(m_http->get(user, bearer).status, 200);
    }

    void faults_trickle_deliversWholeBodySlowly()
    {
        const QByteArray bearer = token();
        FakeTenant::Fault fault;
        fault.kind = FakeTenant::Fault::Kind::Trickle;
        fault.count = 1;
        fault.trickleBytes = 256;
        fault.trickleIntervalMs = 20;
        m_tenant->addFault(fault);
        QElapsedTimer timer;
        timer.start();
        const TestReply reply = m_http->get(url(u"/api/v2/users/github%7C5823109"_s), bearer);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object().value(u"user_id"_s).toString(), GithubUser);
        QVERIFY(timer.elapsed() >= 20 * (reply.body.size() / 256));
    }

    void counters_countRequestsPerPath()
    {
        const QByteArray bearer = token();
        m_tenant->resetCounters();
        for (int i = 0; i < 3; ++i)
            m_http->get(url(u"/api/v2/users/github%7C5823109"_s), bearer);
        QCOMPARE(m_tenant->requestCount(u"/api/v2/users/github|5823109"_s), 3);
        QCOMPARE(m_tenant->requestCount(u"/oauth/token"_s), 0);
        QCOMPARE(m_tenant->tokensIssued(), 0);
    }

    // The tenant runs in this thread: wait by spinning the event loop, never by blocking it.
    static bool waitUntil(const std::function<bool()> &done, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (!done() && timer.elapsed() < timeoutMs)
            QTest::qWait(20);
        return done();
    }

    bool connectEncrypted(QSslSocket *socket)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_tenant->caCertificates());
        socket->setSslConfiguration(tls);
        socket->connectToHostEncrypted(u"127.0.0.1"_s, m_tenant->port());
        return waitUntil([socket] { return socket->isEncrypted(); }, 5000);
    }

    // Sends raw bytes over TLS and returns what came back before the server closed the
    // connection, a whole response head arrived, or the wait ended.
    QByteArray rawExchange(const QByteArray &bytes, int waitMs = 5000)
    {
        QSslSocket socket;
        if (!connectEncrypted(&socket))
            return "no TLS";
        socket.write(bytes);
        QByteArray answer;
        waitUntil(
                [&] {
                    answer += socket.readAll();
                    return answer.contains("\r\n\r\n")
                            || socket.state() != QAbstractSocket::ConnectedState;
                },
                waitMs);
        return answer + socket.readAll();
    }

    void abandonedHandshakes_neverStopTheServer()
    {
        // 40 clients at once that do not trust the CA, or connect and leave, then a normal
        // request: Qt 6.4's QSslServer would have stopped accepting after 30.
        std::vector<std::unique_ptr<QSslSocket>> untrusting;
        std::vector<std::unique_ptr<QTcpSocket>> leaving;
        for (int i = 0; i < 20; ++i) {
            auto socket = std::make_unique<QSslSocket>();
            socket->connectToHostEncrypted(u"127.0.0.1"_s, m_tenant->port());
            untrusting.push_back(std::move(socket));
            auto plain = std::make_unique<QTcpSocket>();
            plain->connectToHost(QHostAddress::LocalHost, m_tenant->port());
            leaving.push_back(std::move(plain));
        }
        QTest::qWait(1500);
        for (auto &plain : leaving)
            plain->abort();
        untrusting.clear();
        QTest::qWait(500);
        const TestReply reply = requestToken(DemoClient, DemoSecret);
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.object().value(u"access_token"_s).toString().isEmpty());
    }

    void silentAndTricklingConnections_areClosed()
    {
        m_tenant->setConnectionTimeouts(1000, 1000, 1500);
        std::vector<std::unique_ptr<QSslSocket>> sockets;
        for (int i = 0; i < 10; ++i) {
            auto socket = std::make_unique<QSslSocket>();
            QVERIFY(connectEncrypted(socket.get()));
            if (i % 2)
                socket->write("GET /api/v2/users HTTP/1.1\r\nHost: x\r\n"); // never finished
            sockets.push_back(std::move(socket));
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_tenant->openConnections(), 10, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(m_tenant->openConnections(), 0, 10000);
        for (auto &socket : sockets)
            QCOMPARE(socket->state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(requestToken(DemoClient, DemoSecret).status, 200);
    }

    void oddFraming_isAnsweredNotHung()
    {
        // Two Content-Length headers that disagree: 400.
        const QByteArray host = m_tenant->domain().toLatin1();
        QByteArray answer = rawExchange("POST /oauth/token HTTP/1.1\r\nHost: " + host
                                        + "\r\n"
                                          "Content-Length: 5\r\nContent-Length: 50\r\n\r\nhello");
        QVERIFY2(answer.startsWith("HTTP/1.1 400"), answer.constData());
        // Bare LF line ends: answered.
        answer = rawExchange("GET /.well-known/jwks.json HTTP/1.1\nHost: " + host
                             + "\nConnection: close\n\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        // A chunked body announced as 1 GiB is refused at once, not buffered.
        answer = rawExchange("POST /oauth/token HTTP/1.1\r\nHost: " + host
                             + "\r\n"
                               "Transfer-Encoding: chunked\r\n\r\n40000000\r\naaaa");
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    }

    void commandLine_clientOption_listensWritesCaAndStopsOnSigterm()
    {
#ifdef Q_OS_UNIX
        QTemporaryDir dir;
        const QString ca = dir.filePath(u"ca.pem"_s);
        QProcess process;
        process.start(QStringLiteral(FAKE_TENANT_EXECUTABLE),
                      {u"--port"_s, u"0"_s, u"--ca-out"_s, ca, u"--client"_s,
                       u"cliClient:cli:secret:with:colons"_s});
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
        const QByteArray line = process.readLine().trimmed();
        QVERIFY2(line.startsWith("listening https://127.0.0.1:"), line.constData());
        // "listening https://127.0.0.1:PORT providers https://127.0.0.1:PORT2"
        const QList<QByteArray> words = line.mid(10).split(' ');
        QCOMPARE(words.size(), 3);
        QCOMPARE(words.at(1), QByteArray("providers"));
        QVERIFY(QUrl(QString::fromLatin1(words.at(2))).port() > 0);
        const QUrl base(QString::fromLatin1(words.at(0)));
        QVERIFY(base.port() > 0);
        QFile caFile(ca);
        QVERIFY(caFile.open(QIODevice::ReadOnly));
        TestHttp http(QSslCertificate::fromData(caFile.readAll()));
        // Scopes contain colons: only the first two split the value.
        const TestReply reply = http.post(QUrl(base.toString() + u"/oauth/token"_s),
                                          form({{u"grant_type"_s, u"client_credentials"_s},
                                                {u"client_id"_s, u"cliClient"_s},
                                                {u"client_secret"_s, u"cli"_s},
                                                { u"audience"_s,
                                                  base.toString() + u"/api/v2/"_s }}),
                                          "application/x-www-form-urlencoded");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object().value(u"scope"_s).toString(), u"secret:with:colons"_s);
        process.terminate();
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
#else
        QSKIP("SIGTERM is a Unix signal");
#endif
    }
};

QTEST_GUILESS_MAIN(FakeTenantTest)
#include "faketenant_test.moc"
