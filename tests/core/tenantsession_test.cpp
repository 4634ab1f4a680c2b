#include "../support/wait.h"
#include "faketenant.h"
#include "managementapi.h"
#include "tenantsession.h"
#include "version.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using FakeAuth0::FakeTenant;

// One tenant session against the fake tenant over HTTPS: it connects, searches and opens users,
// a broken profile never reaches the network, and ending it cancels everything it started.
class TenantSessionTest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<FakeTenant> m_tenant;
    QString m_caFile;

    TenantProfile profile() const
    {
        TenantProfile p;
        p.id = u"fake"_s;
        p.name = u"Fake tenant"_s;
        p.domain = m_tenant->domain();
        p.clientId = u"demoInspectorM2mClient0001"_s;
        p.caCertificateFile = m_caFile;
        return p;
    }

    std::unique_ptr<TenantSession> connectedSession()
    {
        auto session = std::make_unique<TenantSession>(profile(), HttpSettings());
        session->setClientSecret(SecretBytes("demo-secret-for-the-local-fake-tenant-only"));
        ConnectionCheck *check = session->checkConnection();
        QSignalSpy done(check, &ConnectionCheck::finished);
        if (!waitForSignal(done) || check->isError())
            return {};
        return session;
    }

private Q_SLOTS:
    void init()
    {
        m_tenant = std::make_unique<FakeTenant>();
        QString error;
        QVERIFY(m_tenant->loadDemoSeed(&error));
        QVERIFY(m_tenant->start(0, &error));
        m_caFile = m_dir.filePath(u"ca.pem"_s);
        QFile ca(m_caFile);
        QVERIFY(ca.open(QIODevice::WriteOnly));
        ca.write(m_tenant->caCertificatePem());
    }

    void checkConnection_reportsScopesAndExpiry()
    {
        const auto session = connectedSession();
        QVERIFY(session);
        QCOMPARE(session->grantedScopes(),
                 (QStringList{u"read:users"_s, u"read:user_idp_tokens"_s}));
        QVERIFY(session->tokenExpiresAt() > QDateTime::currentDateTimeUtc());
        QCOMPARE(session->tokenRequestCount(), 1);
    }

    void unreadableCaFile_failsWithoutTouchingTheNetwork()
    {
        TenantProfile broken = profile();
        broken.caCertificateFile = m_dir.filePath(u"missing.pem"_s);
        const ProfileHttpSettings http = httpSettingsForProfile(broken, HttpSettings());
        QCOMPARE(http.error.kind, ApiError::Kind::InvalidConfiguration);

        TenantSession session(broken, HttpSettings());
        QCOMPARE(session.configurationError().kind, ApiError::Kind::InvalidConfiguration);
        session.setClientSecret(SecretBytes("demo-secret-for-the-local-fake-tenant-only"));
        m_tenant->resetCounters();
        ConnectionCheck *check = session.checkConnection();
        QSignalSpy done(check, &ConnectionCheck::finished);
        QVERIFY(!waitForSignal(done) || check->isError());
        QCOMPARE(check->error().kind, ApiError::Kind::InvalidConfiguration);
        QCOMPARE(m_tenant->requestCount(), 0);
    }

    void httpSettings_comeFromTheProfileOnTopOfTheAppLimits()
    {
        HttpSettings base;
        base.timeoutMs = 1234;
        TenantProfile local = profile();
        const ProfileHttpSettings http = httpSettingsForProfile(local, base);
        QVERIFY(!http.error.isError());
        QCOMPARE(http.settings.timeoutMs, 1234);
        QCOMPARE(http.settings.extraCaCertificates.size(), 1);
        QVERIFY(!http.settings.allowPlainHttpToLoopback);
        local.plainHttp = true;
        local.caCertificateFile.clear();
        QVERIFY(httpSettingsForProfile(local, base).settings.allowPlainHttpToLoopback);
    }

    void fetchUser_warmToken_oneRequest_andAlreadyFetchedNone()
    {
        const auto session = connectedSession();
        QVERIFY(session);
        m_tenant->resetCounters();
        UserFetch *fetch = session->fetchUser(u"github|5823109"_s);
        QSignalSpy finished(fetch, &UserFetch::finished);
        QVERIFY(waitForSignal(finished));
        QVERIFY(!fetch->isError());
        const QJsonObject user = fetch->takeUser();
        QCOMPARE(user.value(u"user_id"_s).toString(), u"github|5823109"_s);
        QVERIFY(fetch->takeUser().isEmpty()); // handed over once
        QCOMPARE(m_tenant->requestCount(), 1);

        UserFetch *again = session->fetchUser(u"github|5823109"_s, user);
        QVERIFY(again->isDone());
        QCOMPARE(again->takeUser().value(u"user_id"_s).toString(), u"github|5823109"_s);
        QSignalSpy settled(again, &UserFetch::settled);
        QVERIFY(waitForSignal(settled));
        QCOMPARE(m_tenant->requestCount(), 1);
    }

    UserSearch *searchAndWait(TenantSession *session, const QString &text)
    {
        UserSearch *search = session->search(text, QueryKind::Auto, 0, 50);
        QSignalSpy finished(search, &UserSearch::finished);
        return waitForSignal(finished) ? search : nullptr;
    }

    void searches_neverHoldIdpTokens_oneTokenPerScopeSet()
    {
        // A profile that may read tokens: lists use a token narrowed to read:users, only the
        // opened user is read with read:user_idp_tokens. One token request per scope set.
        const auto session = connectedSession(); // the widest token, for the check
        QVERIFY(session);
        m_tenant->resetCounters();
        UserSearch *list = searchAndWait(session.get(), u"email.domain:\"example.net\""_s);
        QVERIFY(list && !list->result().error.isError());
        QVERIFY(list->result().users.size() > 3);
        UserSearch *byEmail = searchAndWait(session.get(), u"priya.raman@gmail.example"_s);
        QVERIFY(byEmail && byEmail->result().users.size() == 1);
        QCOMPARE(m_tenant->idpTokenReads(), 0); // no search answer held an IdP token
        QCOMPARE(m_tenant->tokensIssued(), 1);  // the read:users token, once

        UserFetch *fetch = session->fetchUser(u"github|5823109"_s);
        QSignalSpy finished(fetch, &UserFetch::finished);
        QVERIFY(waitForSignal(finished));
        QVERIFY(!fetch->isError());
        const QJsonArray identities = fetch->takeUser().value(u"identities"_s).toArray();
        QVERIFY(identities.first().toObject().contains(u"access_token"_s));
        QCOMPARE(m_tenant->idpTokenReads(), 1);
        QCOMPARE(m_tenant->tokensIssued(), 1); // the check's token was warm
        QCOMPARE(m_tenant->requestCount(u"/api/v2/users/github|5823109"_s), 1);
        QVERIFY(searchAndWait(session.get(), u"email.domain:\"example.org\""_s));
        QCOMPARE(m_tenant->tokensIssued(), 1);
    }

    void identitiesOnly_asksForReadUsersAlone_andSeesNoTokens()
    {
        TenantProfile narrow = profile();
        narrow.clientId = u"demoUsersOnlyClient000002"_s;
        narrow.accessLevel = TenantProfile::AccessLevel::IdentitiesOnly;
        TenantSession session(narrow, HttpSettings());
        session.setClientSecret(SecretBytes("demo-secret-users-only"));
        ConnectionCheck *check = session.checkConnection();
        QSignalSpy done(check, &ConnectionCheck::finished);
        QVERIFY(waitForSignal(done));
        QVERIFY2(!check->isError(), qPrintable(check->error().message));
        QCOMPARE(check->grantedScopes(), QStringList{u"read:users"_s});
        QCOMPARE(check->allowedLevel(), TenantProfile::AccessLevel::IdentitiesOnly);
        UserFetch *fetch = session.fetchUser(u"github|5823109"_s);
        QSignalSpy finished(fetch, &UserFetch::finished);
        QVERIFY(waitForSignal(finished));
        QVERIFY(!fetch->isError());
        const QJsonObject user = fetch->takeUser();
        QCOMPARE(user.value(u"identities"_s).toArray().size(), 1);
        QVERIFY(!user.value(u"identities"_s)
                         .toArray()
                         .first()
                         .toObject()
                         .contains(u"access_token"_s));
        QCOMPARE(m_tenant->idpTokenReads(), 0);
    }

    void check_grantLacksIdpTokens_offersIdentitiesOnly()
    {
        // The profile asks for tokens, the grant allows read:users only.
        TenantProfile wide = profile();
        wide.clientId = u"demoUsersOnlyClient000002"_s;
        TenantSession session(wide, HttpSettings());
        session.setClientSecret(SecretBytes("demo-secret-users-only"));
        ConnectionCheck *check = session.checkConnection();
        QSignalSpy done(check, &ConnectionCheck::finished);
        QVERIFY(waitForSignal(done));
        QVERIFY(check->isError());
        QVERIFY(check->grantAllowsLessThanProfile());
        QCOMPARE(check->grantedScopes(), QStringList{u"read:users"_s});
        QCOMPARE(m_tenant->tokensIssued(), 1); // the refused request issues nothing
    }

    void tokenReads_comeFromTheLogs_andAGrantWithoutReadLogsIsOptional()
    {
        const auto session = connectedSession();
        QVERIFY(session);
        const QString id = u"github|5823109"_s;
        // Nothing read yet: no entry.
        TokenReadsFetch *none = session->fetchTokenReads(id);
        QSignalSpy noneDone(none, &TokenReadsFetch::finished);
        QVERIFY(waitForSignal(noneDone));
        QVERIFY(!none->isError());
        QVERIFY(none->reads().isEmpty());
        // Opening the user reads its token: one mgmt_api_read, this app's client, from loopback.
        UserFetch *open = session->fetchUser(id);
        QSignalSpy opened(open, &UserFetch::finished);
        QVERIFY(waitForSignal(opened));
        TokenReadsFetch *fetch = session->fetchTokenReads(id);
        QSignalSpy done(fetch, &TokenReadsFetch::finished);
        QVERIFY(waitForSignal(done));
        QVERIFY(!fetch->isError());
        QCOMPARE(fetch->reads().size(), 1);
        const TokenRead read = fetch->reads().first();
        QCOMPARE(read.clientId, u"demoInspectorM2mClient0001"_s);
        QCOMPARE(read.clientName, u"IdP Token Inspector (demo)"_s);
        QCOMPARE(read.ip, u"127.0.0.1"_s);
        QCOMPARE(read.secrets, QStringList{u"access_token"_s});
        QVERIFY(read.when.isValid());
        QVERIFY(!fetch->hasMore());

        // A client whose grant lacks read:logs: the fetch says so, Test connection calls it
        // optional, and the profile still connects.
        FakeTenant::Client noLogs;
        noLogs.id = u"noLogsClient000000000005"_s;
        noLogs.secret = u"made-up-secret-without-logs"_s;
        noLogs.name = u"Without logs"_s;
        m_tenant->addClient(noLogs);
        TenantProfile p = profile();
        p.clientId = noLogs.id;
        TenantSession other(p, HttpSettings());
        other.setClientSecret(SecretBytes(noLogs.secret.toUtf8()));
        ConnectionCheck *check = other.checkConnection(true);
        QSignalSpy checked(check, &ConnectionCheck::finished);
        QVERIFY(waitForSignal(checked));
        QVERIFY(!check->isError());
        QCOMPARE(check->logsGranted(), std::optional<bool>(false));
        TokenReadsFetch *refused = other.fetchTokenReads(id);
        QSignalSpy refusedDone(refused, &TokenReadsFetch::finished);
        QVERIFY(waitForSignal(refusedDone));
        QVERIFY(refused->isError());
        QVERIFY(refused->lacksLogsScope());
        // The demo client has it; an automatic check does not ask.
        ConnectionCheck *withLogs = session->checkConnection(true);
        QSignalSpy withLogsDone(withLogs, &ConnectionCheck::finished);
        QVERIFY(waitForSignal(withLogsDone));
        QCOMPARE(withLogs->logsGranted(), std::optional<bool>(true));
        ConnectionCheck *plain = session->checkConnection();
        QSignalSpy plainDone(plain, &ConnectionCheck::finished);
        QVERIFY(waitForSignal(plainDone));
        QCOMPARE(plain->logsGranted(), std::optional<bool>());
    }

    void requests_nameTheApp_unlessTurnedOff()
    {
        const auto session = connectedSession();
        QVERIFY(session);
        const QJsonObject info
                = QJsonDocument::fromJson(QByteArray::fromBase64(m_tenant->lastClientInfo(),
                                                                 QByteArray::Base64UrlEncoding))
                          .object();
        QCOMPARE(info.value(u"name"_s).toString(), u"idp-token-inspector"_s);
        QCOMPARE(info.value(u"version"_s).toString(), QStringLiteral(IDP_VERSION));
        QCOMPARE(info.value(u"env"_s).toObject().value(u"qt"_s).toString(),
                 QString::fromLatin1(qVersion()));

        HttpSettings quiet;
        quiet.sendClientInfo = false;
        TenantSession silent(profile(), quiet);
        silent.setClientSecret(SecretBytes("demo-secret-for-the-local-fake-tenant-only"));
        ConnectionCheck *check = silent.checkConnection();
        QSignalSpy done(check, &ConnectionCheck::finished);
        QVERIFY(waitForSignal(done));
        QVERIFY(!check->isError());
        QVERIFY(m_tenant->lastClientInfo().isEmpty());
    }

    void fetchUser_tokenVault_explainsFromConnectedAccounts()
    {
        const auto session = connectedSession();
        QVERIFY(session);
        UserFetch *fetch = session->fetchUser(u"google-oauth2|104455667788990011223"_s);
        QSignalSpy explained(fetch, &UserFetch::explained);
        QSignalSpy settled(fetch, &UserFetch::settled);
        QVERIFY(waitForSignal(settled));
        QCOMPARE(explained.count(), 1);
        QCOMPARE(explained.first().at(0).toString(), u"google-workspace-vault"_s);
        QVERIFY(explained.first().at(1).toString().contains(u"cac_DEMO7Hn2Qp5Zs8Tc"_s));
    }

    void ending_cancelsEverythingInFlight_andNobodyHearsOfIt()
    {
        auto session = connectedSession();
        QVERIFY(session);
        m_tenant->addFault({FakeTenant::Fault::Kind::Latency, u"/api/v2/"_s, -1, 2000});
        QPointer<UserSearch> search
                = session->search(u"email.domain:\"example.net\""_s, QueryKind::Auto, 0, 50);
        QPointer<UserFetch> fetch = session->fetchUser(u"github|5823109"_s);
        int heard = 0;
        QObject receiver;
        connect(search, &UserSearch::finished, &receiver, [&heard] { ++heard; });
        connect(fetch, &UserFetch::finished, &receiver, [&heard] { ++heard; });
        QTRY_COMPARE(session->requestsInFlight(), 2);
        session.reset();
        QVERIFY(search.isNull());
        QVERIFY(fetch.isNull());
        QTest::qWait(2500);
        QCOMPARE(heard, 0);
    }
};

QTEST_GUILESS_MAIN(TenantSessionTest)
#include "tenantsession_test.moc"
