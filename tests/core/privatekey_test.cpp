#include "../support/wait.h"
#include "apierror.h"
#include "credentialstore.h"
#include "cryptoutil.h"
#include "faketenant.h"
#include "httpclient.h"
#include "privatekey.h"
#include "tenantsession.h"
#include "tokenprovider.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <openssl/evp.h>
#include <openssl/pem.h>

using namespace Qt::StringLiterals;
using FakeAuth0::FakeTenant;

namespace {

// Another encoding of the same key, written with OpenSSL directly.
QByteArray reencode(const SecretBytes &pkcs8, bool traditional, const char *passphrase = nullptr)
{
    BIO *in = BIO_new_mem_buf(pkcs8.reveal().constData(), int(pkcs8.size()));
    EVP_PKEY *key = PEM_read_bio_PrivateKey(in, nullptr, nullptr, nullptr);
    BIO_free(in);
    BIO *out = BIO_new(BIO_s_mem());
    if (traditional)
        PEM_write_bio_PrivateKey_traditional(out, key, nullptr, nullptr, 0, nullptr, nullptr);
    else
        PEM_write_bio_PKCS8PrivateKey(out, key, EVP_aes_256_cbc(), nullptr, 0, nullptr,
                                      const_cast<char *>(passphrase));
    char *data = nullptr;
    const long length = BIO_get_mem_data(out, &data);
    QByteArray pem(data, length);
    BIO_free(out);
    EVP_PKEY_free(key);
    return pem;
}

QByteArray pemOf(EVP_PKEY *key)
{
    BIO *out = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(out, key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long length = BIO_get_mem_data(out, &data);
    QByteArray pem(data, length);
    BIO_free(out);
    EVP_PKEY_free(key);
    return pem;
}

} // namespace

// Private Key JWT: keys made and read with OpenSSL, assertions signed by the app and checked by
// the fake tenant over HTTPS, each refusal with its own diagnosis, and the key kept in the real
// keychain (run through tests/run-headless.sh).
class PrivateKeyTest final : public QObject
{
    Q_OBJECT

    static inline PrivateKey::Result s_key;   // 2048 bits, made once: generation takes a while
    static inline PrivateKey::Result s_other; // a second key, whose public half Auth0 does not have

    QTemporaryDir m_dir;
    std::unique_ptr<FakeTenant> m_tenant;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<HttpClient> m_http;

    void addKeyClient(const QString &id, const QByteArray &publicPem, const QString &alg,
                      const QString &kid = {})
    {
        FakeTenant::Client client;
        client.id = id;
        client.name = id;
        client.keys.append({publicPem, alg, kid});
        m_tenant->addClient(client);
    }

    TenantProfile keyProfile(const QString &clientId, const QString &alg = u"RS256"_s,
                             const QString &kid = {}) const
    {
        TenantProfile profile;
        profile.id = u"key"_s;
        profile.name = u"Key"_s;
        profile.domain = m_tenant->domain();
        profile.clientId = clientId;
        profile.authMethod = TenantProfile::AuthMethod::PrivateKeyJwt;
        profile.signingAlgorithm = alg;
        profile.keyId = kid;
        profile.caCertificateFile = m_dir.filePath(u"ca.pem"_s);
        return profile;
    }

    HttpSettings settings() const
    {
        HttpSettings http;
        http.extraCaCertificates = m_tenant->caCertificates();
        http.timeoutMs = 5000;
        return http;
    }

    // Posts one hand-made assertion to /oauth/token; returns the reply, finished.
    ApiReply *postAssertion(const QString &clientId, const QByteArray &assertion)
    {
        QUrlQuery form;
        form.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
        form.addQueryItem(u"client_id"_s, clientId);
        form.addQueryItem(u"audience"_s, m_tenant->audience());
        form.addQueryItem(u"client_assertion_type"_s,
                          u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s);
        HttpRequestSpec spec;
        spec.method = "POST";
        spec.url = m_tenant->baseUrl().resolved(QUrl(u"/oauth/token"_s));
        spec.contentType = "application/x-www-form-urlencoded";
        spec.body = form.query(QUrl::FullyEncoded).toUtf8() + "&client_assertion=" + assertion;
        ApiReply *reply = m_http->send(std::move(spec));
        QSignalSpy done(reply, &ApiReply::finished);
        waitForSignal(done);
        return reply;
    }

    QByteArray assertion(const SecretBytes &key, const QString &clientId,
                         const QString &alg = u"RS256"_s, const QString &kid = {},
                         qint64 issuedAt = QDateTime::currentSecsSinceEpoch(), int lifetime = 60,
                         const QString &jti = {}, const QString &audience = {})
    {
        PrivateKey::AssertionClaims claims;
        claims.clientId = clientId;
        claims.audience = audience.isEmpty() ? m_tenant->baseUrl().toString() + u'/' : audience;
        claims.issuedAt = issuedAt;
        claims.lifetimeSeconds = lifetime;
        claims.jti = jti;
        QString error;
        return PrivateKey::signAssertion(key, alg, kid, claims, &error);
    }

private Q_SLOTS:
    void initTestCase()
    {
        s_key = PrivateKey::generate(2048);
        QVERIFY2(s_key.error.isEmpty(), qPrintable(s_key.error));
        s_other = PrivateKey::generate(2048);
        QVERIFY(s_other.error.isEmpty());
    }

    void init()
    {
        m_tenant = std::make_unique<FakeTenant>();
        QString error;
        QVERIFY(m_tenant->loadDemoSeed(&error));
        QVERIFY(m_tenant->start(0, &error));
        QFile ca(m_dir.filePath(u"ca.pem"_s));
        QVERIFY(ca.open(QIODevice::WriteOnly));
        ca.write(m_tenant->caCertificatePem());
        ca.close();
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_http = std::make_unique<HttpClient>(m_nam.get());
        m_http->setSettings(settings());
    }

    void cleanup()
    {
        m_http.reset();
        m_nam.reset();
        m_tenant.reset();
    }

    void generate_givesPkcs8AndItsPublicKey_ofTheSizesAuth0Takes()
    {
        QVERIFY(s_key.pem.reveal().startsWith("-----BEGIN PRIVATE KEY-----"));
        QVERIFY(s_key.publicPem.startsWith("-----BEGIN PUBLIC KEY-----"));
        QCOMPARE(s_key.bits, 2048);
        QVERIFY(PrivateKey::generate(1024).error.contains(u"2048, 3072 or 4096"_s));
    }

    void sign_eachAlgorithm_verifiesWithThePublicKey_data()
    {
        QTest::addColumn<QString>("alg");
        for (const QString &alg : PrivateKey::algorithms())
            QTest::newRow(qPrintable(alg)) << alg;
    }

    void sign_eachAlgorithm_verifiesWithThePublicKey()
    {
        QFETCH(QString, alg);
        PrivateKey::AssertionClaims claims;
        claims.clientId = u"client"_s;
        claims.audience = u"https://acme.eu.auth0.com/"_s;
        claims.issuedAt = 1700000000;
        QString error;
        const QByteArray jwt = PrivateKey::signAssertion(s_key.pem, alg, u"k1"_s, claims, &error);
        QVERIFY2(!jwt.isEmpty(), qPrintable(error));
        const QList<QByteArray> parts = jwt.split('.');
        QCOMPARE(parts.size(), 3);
        const auto decode = [](const QByteArray &part) {
            return QJsonDocument::fromJson(
                           QByteArray::fromBase64(part,
                                                  QByteArray::Base64UrlEncoding
                                                          | QByteArray::OmitTrailingEquals))
                    .object();
        };
        QCOMPARE(decode(parts[0]).value(u"alg"_s).toString(), alg);
        QCOMPARE(decode(parts[0]).value(u"kid"_s).toString(), u"k1"_s);
        const QJsonObject payload = decode(parts[1]);
        QCOMPARE(payload.value(u"iss"_s).toString(), u"client"_s);
        QCOMPARE(payload.value(u"sub"_s).toString(), u"client"_s);
        QCOMPARE(payload.value(u"aud"_s).toString(), u"https://acme.eu.auth0.com/"_s);
        QCOMPARE(payload.value(u"exp"_s).toInteger() - payload.value(u"iat"_s).toInteger(), 60);
        QVERIFY(!QUuid::fromString(payload.value(u"jti"_s).toString()).isNull());
        const QByteArray signature = QByteArray::fromBase64(
                parts[2], QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QVERIFY(FakeAuth0::verifyRsa(s_key.publicPem, alg, parts[0] + '.' + parts[1], signature));
        QVERIFY(!FakeAuth0::verifyRsa(s_other.publicPem, alg, parts[0] + '.' + parts[1],
                                      signature));
        QVERIFY(!FakeAuth0::verifyRsa(s_key.publicPem, alg, parts[0] + '.' + parts[1] + 'x',
                                      signature));
    }

    void import_pkcs1Pkcs8AndEncrypted_andRefusesWhatAuth0Would()
    {
        const PrivateKey::Result pkcs1 = PrivateKey::import(reencode(s_key.pem, true));
        QVERIFY2(pkcs1.error.isEmpty(), qPrintable(pkcs1.error));
        QCOMPARE(pkcs1.publicPem, s_key.publicPem);
        QVERIFY(pkcs1.pem.equals(s_key.pem)); // normalised to PKCS#8

        const QByteArray encrypted = reencode(s_key.pem, false, "correct horse");
        QVERIFY(encrypted.contains("ENCRYPTED PRIVATE KEY"));
        const PrivateKey::Result asks = PrivateKey::import(encrypted);
        QVERIFY(asks.needsPassphrase);
        const PrivateKey::Result wrong = PrivateKey::import(encrypted, "wrong");
        QVERIFY(wrong.needsPassphrase);
        QVERIFY(wrong.error.contains(u"passphrase does not open"_s));
        const PrivateKey::Result opened = PrivateKey::import(encrypted, "correct horse");
        QVERIFY2(opened.error.isEmpty(), qPrintable(opened.error));
        QCOMPARE(opened.publicPem, s_key.publicPem);

        QVERIFY(PrivateKey::import(pemOf(EVP_EC_gen("P-256"))).error.contains(u"RSA keys only"_s));
        QVERIFY(PrivateKey::import(pemOf(EVP_RSA_gen(1024))).error.contains(u"has 1024"_s));
        QVERIFY(PrivateKey::import(s_key.publicPem).error.contains(u"public key"_s));
        QVERIFY(!PrivateKey::import("not a key").error.isEmpty());
    }

    void session_withAKey_getsTokensAndRenewsUnattended()
    {
        addKeyClient(u"keyClient"_s, s_key.publicPem, u"PS256"_s, u"k1"_s);
        TenantSession session(keyProfile(u"keyClient"_s, u"PS256"_s, u"k1"_s), settings());
        session.setClientSecret(SecretBytes(QByteArray(s_key.pem.reveal())));
        ConnectionCheck *check = session.checkConnection();
        QSignalSpy done(check, &ConnectionCheck::finished);
        QVERIFY(waitForSignal(done));
        QVERIFY2(!check->isError(), qPrintable(check->error().message));
        QCOMPARE(check->grantedScopes(), (QStringList{u"read:users"_s, u"read:user_idp_tokens"_s}));

        // The token runs out; the next call signs a new assertion (a new jti) by itself.
        m_tenant->setTokenLifetime(1);
        session.findChild<TokenProvider *>()->setExpiryMargin(0);
        session.findChild<TokenProvider *>()->invalidate();
        for (int i = 0; i < 2; ++i) {
            UserFetch *fetch = session.fetchUser(u"github|5823109"_s);
            QSignalSpy fetched(fetch, &UserFetch::finished);
            QVERIFY(waitForSignal(fetched));
            QVERIFY2(!fetch->isError(), qPrintable(fetch->error().message));
            QTest::qWait(1100);
        }
        QCOMPARE(m_tenant->tokensIssued(), 3);
    }

    void refusals_eachHaveTheirOwnDiagnosis()
    {
        addKeyClient(u"keyClient"_s, s_key.publicPem, u"RS256"_s, u"k1"_s);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        struct Case
        {
            const char *name;
            QByteArray assertion;
            QString summary;
        };
        const QString jti = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(!postAssertion(
                         u"keyClient"_s,
                         assertion(s_key.pem, u"keyClient"_s, u"RS256"_s, u"k1"_s, now, 60, jti))
                         ->isError());
        const QList<Case> cases{
                {"bad signature", assertion(s_other.pem, u"keyClient"_s, u"RS256"_s, u"k1"_s),
                 u"does not match the public key"_s},
                {"expired", assertion(s_key.pem, u"keyClient"_s, u"RS256"_s, u"k1"_s, now - 200),
                 u"time wrong"_s},
                {"too long", assertion(s_key.pem, u"keyClient"_s, u"RS256"_s, u"k1"_s, now, 900),
                 u"time wrong"_s},
                {"wrong audience",
                 assertion(s_key.pem, u"keyClient"_s, u"RS256"_s, u"k1"_s, now, 60, {},
                           m_tenant->baseUrl().toString() + u"/oauth/token"_s),
                 u"audience"_s},
                {"reused jti",
                 assertion(s_key.pem, u"keyClient"_s, u"RS256"_s, u"k1"_s, now, 60, jti),
                 u"seen this client assertion before"_s},
                {"unknown kid", assertion(s_key.pem, u"keyClient"_s, u"RS256"_s, u"k9"_s),
                 u"no credential with this key ID"_s},
                {"other algorithm", assertion(s_key.pem, u"keyClient"_s, u"RS384"_s, u"k1"_s),
                 u"algorithm differs"_s},
                {"not set up", assertion(s_key.pem, u"demoInspectorM2mClient0001"_s, u"RS256"_s),
                 u"not set up for Private Key JWT"_s},
        };
        for (const Case &c : cases) {
            QVERIFY2(!c.assertion.isEmpty(), c.name);
            const QString client = QString::fromLatin1(c.name) == u"not set up"_s
                    ? u"demoInspectorM2mClient0001"_s
                    : u"keyClient"_s;
            ApiReply *reply = postAssertion(client, c.assertion);
            QVERIFY2(reply->isError(), c.name);
            QCOMPARE(reply->httpStatus(), 401);
            const Diagnosis diagnosis = ErrorAdvisor::diagnose(reply->error());
            QVERIFY2(diagnosis.summary.contains(c.summary),
                     qPrintable(u"%1: %2"_s.arg(QLatin1String(c.name), diagnosis.summary)));
        }
        QCOMPARE(m_tenant->tokensIssued(), 1);
    }

    void seedClient_inAuth0sShape_authenticatesWithItsKey()
    {
        // client_authentication_methods.private_key_jwt.credentials[], as in Auth0's client object.
        const QJsonObject credential{{u"credential_type"_s, u"public_key"_s},
                                     {u"pem"_s, QString::fromLatin1(s_key.publicPem)},
                                     {u"alg"_s, u"RS384"_s},
                                     {u"kid"_s, u"seeded"_s}};
        const QJsonObject seed{
                {u"clients"_s,
                 QJsonArray{QJsonObject{
                         {u"client_id"_s, u"seededKeyClient"_s},
                         {u"client_authentication_methods"_s,
                          QJsonObject{{u"private_key_jwt"_s,
                                       QJsonObject{{u"credentials"_s, QJsonArray{credential}}}}}},
                         {u"management_api_scopes"_s, QJsonArray{u"read:users"_s}}}}}};
        QString error;
        QVERIFY2(m_tenant->loadSeed(QJsonDocument(seed).toJson(), &error), qPrintable(error));
        TenantProfile profile = keyProfile(u"seededKeyClient"_s, u"RS384"_s, u"seeded"_s);
        profile.accessLevel = TenantProfile::AccessLevel::IdentitiesOnly;
        TenantSession session(profile, settings());
        session.setClientSecret(SecretBytes(QByteArray(s_key.pem.reveal())));
        ConnectionCheck *check = session.checkConnection();
        QSignalSpy done(check, &ConnectionCheck::finished);
        QVERIFY(waitForSignal(done));
        QVERIFY2(!check->isError(), qPrintable(check->error().message));
        QCOMPARE(check->grantedScopes(), QStringList{u"read:users"_s});
    }

    void secretOfAKeyClient_isRefused()
    {
        // Once an application uses Private Key JWT, its secret no longer works.
        FakeTenant::Client client;
        client.id = u"both"_s;
        client.secret = u"old-secret"_s;
        client.keys.append({s_key.publicPem, u"RS256"_s, {}});
        m_tenant->addClient(client);
        TenantProfile profile = keyProfile(u"both"_s);
        profile.authMethod = TenantProfile::AuthMethod::ClientSecret;
        TenantSession session(profile, settings());
        session.setClientSecret(SecretBytes("old-secret"));
        ConnectionCheck *check = session.checkConnection();
        QSignalSpy done(check, &ConnectionCheck::finished);
        QVERIFY(waitForSignal(done));
        QVERIFY(check->isError());
        QCOMPARE(check->error().httpStatus, 401);
    }

    void key_livesInTheKeychain()
    {
        CredentialStore store(u"idp-token-inspector-test-"_s
                              + QUuid::createUuid().toString(QUuid::Id128));
        KeychainRequest *write
                = store.writeSecret(u"key-profile"_s, SecretBytes(QByteArray(s_key.pem.reveal())));
        QSignalSpy written(write, &KeychainRequest::finished);
        QVERIFY(waitForSignal(written));
        QCOMPARE(write->error(), KeychainRequest::Error::None);
        delete write;
        KeychainRequest *read = store.readSecret(u"key-profile"_s);
        QSignalSpy got(read, &KeychainRequest::finished);
        QVERIFY(waitForSignal(got));
        QVERIFY(read->takeSecret().equals(s_key.pem));
        delete read;
        KeychainRequest *remove = store.removeSecret(u"key-profile"_s);
        QSignalSpy removed(remove, &KeychainRequest::finished);
        QVERIFY(waitForSignal(removed));
        delete remove;
    }
};

QTEST_GUILESS_MAIN(PrivateKeyTest)
#include "privatekey_test.moc"
