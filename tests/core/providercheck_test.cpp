#include "providercheck.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// The requests of the provider checks (fixed hosts, the token never in an address), the loopback
// rule of the override, and reading the providers' answers.
class ProviderCheckTest final : public QObject
{
    Q_OBJECT

    static QByteArray header(const HttpRequestSpec &spec, const QByteArray &name)
    {
        for (const auto &[key, value] : spec.headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }

private Q_SLOTS:
    void requests_goToTheFixedHosts_withTheTokenInBodyOrHeader()
    {
        const SecretBytes token("ya29.made-up/token+value");
        QString error;
        const HttpRequestSpec google
                = ProviderCheck::request(ProviderCheck::Provider::Google, token, {}, &error);
        QCOMPARE(google.url, QUrl(u"https://oauth2.googleapis.com/tokeninfo"_s));
        QCOMPARE(google.method, QByteArray("POST"));
        QVERIFY(!google.url.hasQuery());
        QCOMPARE(google.body, QByteArray("access_token=ya29.made-up%2Ftoken%2Bvalue"));
        QVERIFY(header(google, "Authorization").isEmpty());

        const HttpRequestSpec github
                = ProviderCheck::request(ProviderCheck::Provider::GitHub, token, {}, &error);
        QCOMPARE(github.url, QUrl(u"https://api.github.com/user"_s));
        QCOMPARE(github.method, QByteArray("GET"));
        QCOMPARE(header(github, "Authorization"), QByteArray("Bearer ya29.made-up/token+value"));
        QVERIFY(github.body.isEmpty());

        const HttpRequestSpec graph
                = ProviderCheck::request(ProviderCheck::Provider::Microsoft, token, {}, &error);
        QCOMPARE(graph.url, QUrl(u"https://graph.microsoft.com/v1.0/me"_s));
        QVERIFY(graph.closeConnection);
        QVERIFY(!graph.retryOnRateLimit);
    }

    void override_loopbackHttpsOnly_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("127.0.0.1") << u"https://127.0.0.1:8443"_s << true;
        QTest::newRow("localhost") << u"https://localhost:8443"_s << true;
        QTest::newRow("::1") << u"https://[::1]:8443"_s << true;
        QTest::newRow("plain http") << u"http://127.0.0.1:8443"_s << false;
        QTest::newRow("another host") << u"https://providers.example.com"_s << false;
        QTest::newRow("a lookalike") << u"https://127.0.0.1.example.com"_s << false;
    }

    void override_loopbackHttpsOnly()
    {
        QFETCH(QString, base);
        QFETCH(bool, allowed);
        QString error;
        const HttpRequestSpec spec = ProviderCheck::request(ProviderCheck::Provider::GitHub,
                                                            SecretBytes("t"), QUrl(base), &error);
        QCOMPARE(!spec.url.isEmpty(), allowed);
        QCOMPARE(error.isEmpty(), allowed);
        if (allowed)
            QCOMPARE(spec.url.path(), u"/github/user"_s);
    }

    void providers_withoutACheck_sayWhy()
    {
        QVERIFY(ProviderCheck::noCheckReason(u"google-oauth2"_s).isEmpty());
        QVERIFY(ProviderCheck::noCheckReason(u"waad"_s).isEmpty());
        QVERIFY(ProviderCheck::noCheckReason(u"facebook"_s).contains(u"debug_token"_s));
        QVERIFY(ProviderCheck::noCheckReason(u"twitter"_s).contains(u"consumer secret"_s));
        QVERIFY(ProviderCheck::noCheckReason(u"linkedin"_s).contains(u"linkedin"_s));
        QCOMPARE(ProviderCheck::providerFor(u"windowslive"_s), ProviderCheck::Provider::None);
    }

    void answers_areRead()
    {
        auto none = [](const QByteArray &) {
            return QByteArray();
        };
        // A GitHub App token: no X-OAuth-Scopes, an expiry header.
        const ProviderCheck::Result app = ProviderCheck::interpret(
                ProviderCheck::Provider::GitHub, 200, QJsonObject{{u"id"_s, 5823109}},
                [](const QByteArray &name) {
                    return name == "github-authentication-token-expiration"
                            ? QByteArray("2030-01-02 03:04:05 UTC")
                            : QByteArray();
                },
                {}, u"5823109"_s);
        QCOMPARE(app.status, ProviderCheck::Status::Valid);
        QVERIFY(!app.scopesKnown);
        QVERIFY(app.detail.contains(u"GitHub App"_s));
        QCOMPARE(app.expiresAt, QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC));
        QCOMPARE(app.accountMatches, std::optional<bool>(true));
        // Microsoft's expired token.
        ApiError unauthorized = ApiError::make(ApiError::Kind::Http, u"Unauthorized"_s);
        unauthorized.httpStatus = 401;
        const ProviderCheck::Result expired = ProviderCheck::interpret(
                ProviderCheck::Provider::Microsoft, 401,
                QJsonObject{
                        {u"error"_s,
                         QJsonObject{{u"code"_s, u"InvalidAuthenticationToken"_s},
                                     {u"message"_s,
                                      u"Lifetime validation failed, the token is expired."_s}}}},
                none, unauthorized, u"x"_s);
        QCOMPARE(expired.status, ProviderCheck::Status::Expired);
        // No answer at all: not checked, and why.
        const ProviderCheck::Result failed = ProviderCheck::interpret(
                ProviderCheck::Provider::Google, 0, {}, none,
                ApiError::make(ApiError::Kind::Timeout, u"No answer"_s), u"x"_s);
        QCOMPARE(failed.status, ProviderCheck::Status::Failed);
        QVERIFY(failed.summary().startsWith(u"not checked"_s));
    }
};

QTEST_GUILESS_MAIN(ProviderCheckTest)
#include "providercheck_test.moc"
