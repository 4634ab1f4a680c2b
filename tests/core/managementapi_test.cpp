#include "../support/tenantthread.h"
#include "../support/wait.h"
#include "faketenant.h"
#include "httpclient.h"
#include "managementapi.h"
#include "tokenprovider.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using FakeAuth0::FakeTenant;

namespace {
const QString DemoClient = u"demoInspectorM2mClient0001"_s;
const QByteArray DemoSecret = "demo-secret-for-the-local-fake-tenant-only";
} // namespace

// The request layer, the token provider and the Management API client against the fake tenant
// over real HTTPS: token reuse and renewal, retries, every injected fault, and the diagnosis of
// every failure.
class ManagementApiTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeTenant> m_tenant;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<TokenProvider> m_tokens;
    std::unique_ptr<ManagementApi> m_api;

    void connectAs(const QString &clientId, const QByteArray &secret, const QString &audience = {},
                   const QString &host = {})
    {
        const QUrl base(u"https://"_s + (host.isEmpty() ? m_tenant->domain() : host));
        m_tokens->configure(base, audience.isEmpty() ? m_tenant->audience() : audience, clientId);
        m_tokens->setClientSecret(SecretBytes(secret));
        m_api->setBaseUrl(base);
    }

    // Whether finished() came (whatever the outcome).
    template<typename T>
    static bool finished(T *operation, int ms = 20000)
    {
        QSignalSpy spy(operation, &T::finished);
        return waitForSignal(spy, ms);
    }

    ManagementReply *fetchUser(const QString &id)
    {
        ManagementReply *reply = m_api->getUser(id);
        finished(reply);
        reply->deleteLater();
        return reply;
    }

private Q_SLOTS:
    void init()
    {
        m_tenant = std::make_unique<FakeTenant>();
        QString error;
        QVERIFY(m_tenant->loadDemoSeed(&error));
        QVERIFY(m_tenant->start(0, &error));
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_http = std::make_unique<HttpClient>(m_nam.get());
        HttpSettings settings;
        settings.extraCaCertificates = m_tenant->caCertificates();
        settings.timeoutMs = 5000;
        settings.initialBackoffMs = 50;
        m_http->setSettings(settings);
        m_tokens = std::make_unique<TokenProvider>(m_http.get());
        m_api = std::make_unique<ManagementApi>(m_http.get(), m_tokens.get());
        connectAs(DemoClient, DemoSecret);
    }

    void cleanup()
    {
        m_api.reset();
        m_tokens.reset();
        m_http.reset();
        m_nam.reset();
        m_tenant.reset();
    }

    void token_defaultRequest_asksOnlyForTheTwoScopes()
    {
        TokenRequest *request = m_tokens->token();
        QVERIFY(finished(request));
        QVERIFY(!request->isError());
        QCOMPARE(m_tokens->grantedScopes(),
                 (QStringList{u"read:users"_s, u"read:user_idp_tokens"_s}));
        QVERIFY(m_tokens->expiresAt() > QDateTime::currentDateTimeUtc().addSecs(86000));
        delete request;
    }

    void lookups_warmToken_makeNoTokenRequests()
    {
        QVERIFY(!fetchUser(u"github|5823109"_s)->isError());
        QCOMPARE(m_tenant->tokensIssued(), 1);
        m_tenant->resetCounters();
        for (int i = 0; i < 5; ++i) {
            ManagementReply *reply = fetchUser(u"google-oauth2|108234567890123456789"_s);
            QVERIFY(!reply->isError());
        }
        QCOMPARE(m_tenant->requestCount(u"/oauth/token"_s), 0);
        QCOMPARE(m_tenant->requestCount(u"/api/v2/users/"_s), 5);
    }

    void warmToken_requestLeavesBeforeTheEventLoopTurns()
    {
        // A tenant on a thread of its own, like a real one; this thread is then kept busy, as by
        // a long repaint queued before the request, and never turns its event loop: the request
        // must reach the tenant all the same.
        TenantThread remote;
        QString error;
        FakeTenant *tenant = remote.start([](FakeTenant &) {}, &error);
        QVERIFY2(tenant, qPrintable(error));
        HttpSettings settings;
        settings.extraCaCertificates = tenant->caCertificates();
        m_http->setSettings(settings);
        connectAs(DemoClient, DemoSecret, tenant->audience(), tenant->domain());
        // The token warm and the connection open (a new connection waits for this thread to
        // hear that it is encrypted).
        const QUrlQuery byEmail(u"email=jordan.lee%40example.com"_s);
        ManagementReply *warm = m_api->get(u"users-by-email"_s, byEmail);
        QVERIFY(finished(warm));
        QVERIFY(!warm->isError());
        delete warm;

        auto served = [&] {
            int count = 0;
            remote.run([&] { count = tenant->requestCount(u"/api/v2/users-by-email"_s); });
            return count;
        };
        const int before = served();
        ManagementReply *reply = m_api->get(u"users-by-email"_s, byEmail);
        QElapsedTimer busy;
        busy.start();
        while (served() == before && busy.elapsed() < 5000)
            QThread::msleep(5);
        QVERIFY2(served() == before + 1, "the request waited for the event loop");
        QVERIFY(finished(reply));
        QVERIFY(!reply->isError());
        delete reply;
    }

    void readingTokens_opensTheNextConnectionAhead()
    {
        // An answer that may hold IdP tokens closes its connection; a fresh one is opened at
        // once, and the tenant's next request (a search, its token warm) uses it, with no
        // handshake of its own.
        const QUrlQuery byEmail(u"email=jordan.lee%40example.com"_s);
        ManagementReply *search = m_api->get(u"users-by-email"_s, byEmail);
        QVERIFY(finished(search));
        delete search;
        QVERIFY(!fetchUser(u"github|5823109"_s)->isError());
        QTRY_COMPARE(m_tenant->openConnections(), 1);
        const int accepted = m_tenant->connectionsAccepted();
        ManagementReply *next = m_api->get(u"users-by-email"_s, byEmail);
        QVERIFY(finished(next));
        QVERIFY(!next->isError());
        delete next;
        QCOMPARE(m_tenant->connectionsAccepted(), accepted);
    }

    void concurrentCallers_shareOneTokenRequest()
    {
        QList<ManagementReply *> replies;
        for (int i = 0; i < 4; ++i)
            replies.append(m_api->getUser(u"github|5823109"_s));
        // Every reply says when it is done (all listened to before any can finish); each must
        // bring the user.
        std::vector<std::unique_ptr<QSignalSpy>> spies;
        for (ManagementReply *reply : replies)
            spies.push_back(std::make_unique<QSignalSpy>(reply, &ManagementReply::finished));
        for (const auto &done : spies)
            QVERIFY(waitForSignal(*done));
        for (ManagementReply *reply : replies) {
            QVERIFY(!reply->isError());
            QCOMPARE(reply->json().object().value(u"user_id"_s).toString(), u"github|5823109"_s);
        }
        QCOMPARE(m_tenant->requestCount(u"/oauth/token"_s), 1);
        QCOMPARE(m_tokens->tokenRequestCount(), 1);
        qDeleteAll(replies);
    }

    void expiredToken_isRenewedBeforeUse()
    {
        m_tenant->setTokenLifetime(1);
        m_tokens->setExpiryMargin(0);
        QVERIFY(!fetchUser(u"github|5823109"_s)->isError());
        QTest::qWait(1200);
        QVERIFY(!m_tokens->hasValidToken());
        QVERIFY(!fetchUser(u"github|5823109"_s)->isError());
        QCOMPARE(m_tenant->tokensIssued(), 2);
    }

    void rejectedToken_isRenewedOnceOn401()
    {
        // The client believes its token good for 5 s longer than the tenant does.
        m_tenant->setTokenLifetime(1);
        m_tokens->setExpiryMargin(-5);
        QVERIFY(!fetchUser(u"github|5823109"_s)->isError());
        QTest::qWait(1200);
        QVERIFY(m_tokens->hasValidToken());
        ManagementReply *reply = fetchUser(u"github|5823109"_s);
        QVERIFY(!reply->isError());
        QCOMPARE(m_tenant->tokensIssued(), 2);
        QCOMPARE(m_tenant->requestCount(u"/api/v2/users/github|5823109"_s), 3);
    }

    void unauthorizedEveryTime_renewsOnceThenSaysSo()
    {
        // A 401 loop: even a fresh token is refused. One renewal and one more try, then an error
        // that names the cause; no endless renewing.
        FakeTenant::Fault fault;
        fault.kind = FakeTenant::Fault::Kind::ServerError;
        fault.status = 401;
        fault.pathPrefix = u"/api/v2/users"_s;
        m_tenant->addFault(fault);
        ManagementReply *reply = fetchUser(u"github|5823109"_s);
        QVERIFY(reply->isError());
        QCOMPARE(reply->httpStatus(), 401);
        QCOMPARE(m_tenant->tokensIssued(), 2);
        QCOMPARE(m_tenant->requestCount(u"/api/v2/users/github|5823109"_s), 2);
        const QString summary = ErrorAdvisor::diagnose(reply->error()).summary;
        QVERIFY2(summary.contains(u"token"_s, Qt::CaseInsensitive), qPrintable(summary));
        QTest::qWait(500);
        QCOMPARE(m_tenant->tokensIssued(), 2); // and nothing more happens afterwards
    }

    void insufficientScope_fixNamesTheScopes()
    {
        // Auth0's recorded body (auth0-deploy-cli's e2e recordings), with this app's scopes.
        const QJsonObject body{
                {u"statusCode"_s, 403},
                {u"error"_s, u"Forbidden"_s},
                {u"message"_s,
                 u"Insufficient scope, expected any of: read:users,read:current_user"_s},
                {u"errorCode"_s, u"insufficient_scope"_s}};
        const ApiError error
                = ApiError::fromErrorBody(ApiError::Kind::Http, 403, body, QString(), QUrl());
        const Diagnosis diagnosis = ErrorAdvisor::diagnose(error);
        QVERIFY2(diagnosis.fix.contains(u"tick one of read:users, read:current_user"_s),
                 qPrintable(diagnosis.fix));
        QVERIFY(!diagnosis.fix.contains(u"named above"_s));
    }

    void rateLimited_waitsForResetAndRetries()
    {
        m_tenant->setRateLimit(FakeTenant::Api::Management, 1, 2);
        QVERIFY(!fetchUser(u"github|5823109"_s)->isError());
        ManagementReply *reply = m_api->getUser(u"github|5823109"_s);
        QSignalSpy waits(reply, &ManagementReply::rateLimitWait);
        QVERIFY(finished(reply));
        QVERIFY(!reply->isError());
        QVERIFY(waits.count() >= 1);
        QVERIFY(waits.first().first().toInt() >= 1);
        QVERIFY(reply->rateLimitRemaining().has_value());
        delete reply;
    }

    void rateLimited_manyAtOnce_takeTurnsAndAllSucceed()
    {
        // Twelve lookups at once against a bucket of 2 that refills 4 per second: each 429 books
        // the next turn, one refill apart, instead of all coming back when the bucket is full.
        // None fails, and few are refused twice.
        HttpSettings settings = m_http->settings();
        settings.timeoutMs = 30000;
        m_http->setSettings(settings);
        m_tenant->setRateLimit(FakeTenant::Api::Management, 2, 4);
        QVERIFY(!fetchUser(u"github|5823109"_s)->isError());
        QTest::qWait(600);
        m_tenant->resetCounters();
        QList<ManagementReply *> replies;
        std::vector<std::unique_ptr<QSignalSpy>> spies;
        for (int i = 0; i < 12; ++i) {
            replies.append(m_api->getUser(u"github|5823109"_s));
            spies.push_back(
                    std::make_unique<QSignalSpy>(replies.last(), &ManagementReply::finished));
        }
        for (const auto &spy : spies)
            QVERIFY(!spy->isEmpty() || spy->wait(30000));
        for (ManagementReply *reply : std::as_const(replies)) {
            QVERIFY2(!reply->isError(), qPrintable(reply->error().message));
            delete reply;
        }
        QVERIFY2(m_tenant->requestCount(u"/api/v2/users/github|5823109"_s) <= 40,
                 qPrintable(QString::number(m_tenant->requestCount())));
    }

    void rateLimited_resetBeyondTheDeadline_failsAtOnceWithTheTime()
    {
        // One request a hundred seconds: the bucket is full again long after this request's
        // 5 s may run. Waiting could not help, so it fails now and says when to come back.
        HttpSettings settings = m_http->settings();
        settings.timeoutMs = 5000;
        m_http->setSettings(settings);
        m_tenant->setRateLimit(FakeTenant::Api::Management, 1, 0.01);
        QVERIFY(!fetchUser(u"github|5823109"_s)->isError());
        QElapsedTimer timer;
        timer.start();
        ManagementReply *reply = m_api->getUser(u"github|5823109"_s);
        QSignalSpy waits(reply, &ManagementReply::rateLimitWait);
        QVERIFY(finished(reply));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(waits.count(), 0);
        QCOMPARE(reply->error().kind, ApiError::Kind::RateLimited);
        const QString summary = ErrorAdvisor::diagnose(reply->error()).summary;
        QVERIFY2(summary.startsWith(u"Auth0's rate limit: try again at "_s), qPrintable(summary));
        delete reply;
    }

    void rateLimited_retriesExhausted_reportsResetTime()
    {
        HttpSettings settings = m_http->settings();
        settings.maxRetries = 0;
        m_http->setSettings(settings);
        m_tenant->setRateLimit(FakeTenant::Api::Management, 1, 0.01);
        QVERIFY(!fetchUser(u"github|5823109"_s)->isError());
        ManagementReply *reply = fetchUser(u"github|5823109"_s);
        QCOMPARE(reply->error().kind, ApiError::Kind::RateLimited);
        QVERIFY(reply->error().rateLimitResetAt > QDateTime::currentSecsSinceEpoch());
        QVERIFY(ErrorAdvisor::diagnose(reply->error()).fix.contains(u"Wait until"_s));
    }

    void faults_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("expected");    // ApiError::Kind
        QTest::addColumn<QString>("summary"); // what the admin reads, for the failures
        QTest::newRow("one 503 is retried") << int(FakeTenant::Fault::Kind::ServerError) << 1
                                            << int(ApiError::Kind::None) << QString();
        QTest::newRow("503 every time")
                << int(FakeTenant::Fault::Kind::ServerError) << -1 << int(ApiError::Kind::Http)
                << u"Auth0 answered with a server error (503)"_s;
        QTest::newRow("one dropped connection") << int(FakeTenant::Fault::Kind::Drop) << 1
                                                << int(ApiError::Kind::None) << QString();
        QTest::newRow("always dropped")
                << int(FakeTenant::Fault::Kind::Drop) << -1 << int(ApiError::Kind::ConnectionFailed)
                << u"The connection to 127.0.0.1"_s;
        QTest::newRow("always truncated")
                << int(FakeTenant::Fault::Kind::Truncate) << -1
                << int(ApiError::Kind::MalformedResponse) << u"could not be read"_s;
        QTest::newRow("invalid JSON")
                << int(FakeTenant::Fault::Kind::InvalidJson) << 1
                << int(ApiError::Kind::MalformedResponse) << u"could not be read"_s;
        QTest::newRow("trickle past the deadline")
                << int(FakeTenant::Fault::Kind::Trickle) << 1 << int(ApiError::Kind::Timeout)
                << u"did not answer in time"_s;
        QTest::newRow("latency past the deadline")
                << int(FakeTenant::Fault::Kind::Latency) << 1 << int(ApiError::Kind::Timeout)
                << u"did not answer in time"_s;
    }

    void faults()
    {
        QFETCH(int, kind);
        QFETCH(int, count);
        QFETCH(int, expected);
        QFETCH(QString, summary);
        TokenRequest *warm = m_tokens->token();
        QVERIFY(finished(warm));
        delete warm;
        HttpSettings settings = m_http->settings();
        settings.timeoutMs = 1000;
        m_http->setSettings(settings);
        FakeTenant::Fault fault;
        fault.kind = FakeTenant::Fault::Kind(kind);
        fault.pathPrefix = u"/api/v2/"_s;
        fault.count = count;
        fault.latencyMs = 3000;
        fault.trickleBytes = 8;
        fault.trickleIntervalMs = 100;
        m_tenant->addFault(fault);
        ManagementReply *reply = fetchUser(u"github|5823109"_s);
        QCOMPARE(int(reply->error().kind), expected);
        if (expected == int(ApiError::Kind::None))
            QCOMPARE(reply->json().object().value(u"user_id"_s).toString(), u"github|5823109"_s);
        else
            QVERIFY2(ErrorAdvisor::diagnose(reply->error()).summary.contains(summary),
                     qPrintable(ErrorAdvisor::diagnose(reply->error()).summary));
    }

    void redirect_isNeverFollowedWithTheToken()
    {
        TokenRequest *warm = m_tokens->token();
        QVERIFY(finished(warm));
        delete warm;
        FakeTenant::Fault fault;
        fault.kind = FakeTenant::Fault::Kind::Redirect;
        fault.pathPrefix = u"/api/v2/"_s;
        fault.count = 1;
        fault.location
                = u"https://127.0.0.1:%1/api/v2/users/github%7C5823109"_s.arg(m_tenant->port() + 1);
        m_tenant->addFault(fault);
        m_tenant->resetCounters();
        ManagementReply *reply = fetchUser(u"github|5823109"_s);
        QCOMPARE(reply->error().kind, ApiError::Kind::Redirect);
        QCOMPARE(m_tenant->requestCount(), 1);
        QVERIFY(ErrorAdvisor::diagnose(reply->error()).fix.contains(u"never sent on"_s));
    }

    void oversizedResponse_isCutOff()
    {
        HttpSettings settings = m_http->settings();
        settings.maxResponseBytes = 2000;
        m_http->setSettings(settings);
        ManagementReply *reply
                = m_api->get(u"users"_s, QUrlQuery(u"search_engine=v3&per_page=50"_s));
        QVERIFY(finished(reply));
        QCOMPARE(reply->error().kind, ApiError::Kind::ResponseTooLarge);
        delete reply;
    }

    void tokenFailures_eachHaveTheirOwnDiagnosis_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QString>("audience");
        QTest::addColumn<QString>("summary");
        QTest::newRow("wrong secret") << DemoClient << QByteArray("wrong") << QString()
                                      << u"Wrong client ID or client secret"_s;
        QTest::newRow("no grant") << u"demoNoGrantClient00000003"_s
                                  << QByteArray("demo-secret-no-grant") << QString()
                                  << u"The application is not authorized for the Management API"_s;
        QTest::newRow("unknown audience")
                << DemoClient << DemoSecret << u"https://example.com/api/v2/"_s
                << u"Auth0 does not know this audience"_s;
        QTest::newRow("custom-domain audience") << DemoClient << DemoSecret << u"CUSTOM"_s
                                                << u"Auth0 does not know this audience"_s;
        QTest::newRow("no client credentials")
                << u"demoSpaClient000000000004"_s << QByteArray("demo-secret-spa") << QString()
                << u"The application may not use the Client Credentials grant"_s;
        QTest::newRow("scope not granted")
                << u"demoUsersOnlyClient000002"_s << QByteArray("demo-secret-users-only")
                << QString() << u"The application was not granted the requested scopes"_s;
    }

    void tokenFailures_eachHaveTheirOwnDiagnosis()
    {
        QFETCH(QString, clientId);
        QFETCH(QByteArray, secret);
        QFETCH(QString, audience);
        QFETCH(QString, summary);
        if (audience == u"CUSTOM"_s)
            audience = u"https://localhost:%1/api/v2/"_s.arg(m_tenant->port());
        connectAs(clientId, secret, audience);
        TokenRequest *request = m_tokens->token();
        QVERIFY(finished(request));
        QVERIFY(request->isError());
        const Diagnosis diagnosis = ErrorAdvisor::diagnose(request->error());
        QCOMPARE(diagnosis.summary, summary);
        QVERIFY(!diagnosis.fix.isEmpty());
        // The secret never shows up in what the admin reads.
        QVERIFY(!diagnosis.detail.contains(QString::fromUtf8(secret)));
        delete request;
    }

    void untrustedCertificate_namesSubjectAndIssuer()
    {
        HttpSettings settings = m_http->settings();
        settings.extraCaCertificates.clear();
        m_http->setSettings(settings);
        TokenRequest *request = m_tokens->token();
        QVERIFY(finished(request));
        QCOMPARE(request->error().kind, ApiError::Kind::Tls);
        QCOMPARE(request->error().certificateSubject, u"127.0.0.1 (Fake Auth0 Tenant)"_s);
        QVERIFY(request->error().certificateIssuer.contains(u"throw-away CA"_s));
        QVERIFY(ErrorAdvisor::diagnose(request->error()).detail.contains(u"Issued by"_s));
        delete request;
    }

    void unknownHost_isHostNotFound()
    {
        connectAs(DemoClient, DemoSecret, {}, u"nonexistent-tenant.invalid"_s);
        TokenRequest *request = m_tokens->token();
        QVERIFY(finished(request));
        QCOMPARE(request->error().kind, ApiError::Kind::HostNotFound);
        delete request;
    }

    void plainHttp_isRefusedUnlessLocal()
    {
        HttpRequestSpec spec;
        spec.url = QUrl(u"http://tenant.example.com/oauth/token"_s);
        ApiReply *reply = m_http->send(spec);
        QVERIFY(!reply->isFinished() || reply->error().kind == ApiError::Kind::InsecureUrl);
        QVERIFY(finished(reply));
        QCOMPARE(reply->error().kind, ApiError::Kind::InsecureUrl);
        delete reply;
        QVERIFY(HttpClient::isLoopbackHost(u"127.0.0.1"_s));
        QVERIFY(HttpClient::isLoopbackHost(u"::1"_s));
        QVERIFY(!HttpClient::isLoopbackHost(u"127.example.com"_s));
    }

    void abortAll_cancelsInFlight()
    {
        m_tenant->addFault({FakeTenant::Fault::Kind::Latency, u"/api/v2/"_s, 1, 2000});
        TokenRequest *warm = m_tokens->token();
        QVERIFY(finished(warm));
        delete warm;
        ManagementReply *reply = m_api->getUser(u"github|5823109"_s);
        QTest::qWait(100);
        m_http->abortAll();
        QVERIFY(finished(reply, 1000));
        QCOMPARE(reply->error().kind, ApiError::Kind::Cancelled);
        delete reply;
    }

    void userIds_arePercentEncoded()
    {
        QCOMPARE(ManagementApi::encodeUserId(u"google-oauth2|123"_s), u"google-oauth2%7C123"_s);
        QCOMPARE(ManagementApi::encodeUserId(u"auth0|a/b c"_s), u"auth0%7Ca%2Fb%20c"_s);
        ManagementReply *reply = fetchUser(u"auth0|a/b c?x"_s);
        QCOMPARE(reply->error().httpStatus, 404);
        QCOMPARE(ErrorAdvisor::diagnose(reply->error()).summary, u"No user with this ID"_s);
    }
};

QTEST_GUILESS_MAIN(ManagementApiTest)
#include "managementapi_test.moc"
