#include "handover.h"
#include "redaction.h"
#include "tokeninsight.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// The Auth0 Dashboard address of a user for each kind of tenant domain, and the summary for a
// ticket, which must hold no token value of any user of the demo tenant.
class HandoverTest final : public QObject
{
    Q_OBJECT

    static TenantProfile profile(const QString &domain, const QString &audience = {})
    {
        TenantProfile p;
        p.name = u"Support"_s;
        p.domain = domain;
        p.audience = audience;
        p.environment = TenantProfile::Environment::Production;
        return p;
    }

    static QJsonArray demoUsers()
    {
        QFile seed(QStringLiteral(DEMO_SEED));
        if (!seed.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(seed.readAll()).object().value(u"users"_s).toArray();
    }

private Q_SLOTS:
    void dashboardUrl_eachRegion_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("audience");
        QTest::addColumn<QString>("userId");
        QTest::addColumn<QString>("expected");
        const QString base = u"https://manage.auth0.com/dashboard/"_s;
        // The user id percent-encoded as encodeURIComponent does, then base64.
        QTest::newRow("us, oldest form") << u"acme.auth0.com"_s << QString() << u"auth0|65f1c2"_s
                                         << base + u"us/acme/users/YXV0aDAlN0M2NWYxYzI="_s;
        for (const char *region : {"us", "eu", "au", "jp", "ca", "uk"}) {
            const QString r = QString::fromLatin1(region);
            QTest::addRow("%s", region)
                    << u"acme.%1.auth0.com"_s.arg(r) << QString() << u"auth0|65f1c2"_s
                    << base + r + u"/acme/users/YXV0aDAlN0M2NWYxYzI="_s;
        }
        QTest::newRow("google user")
                << u"support-eu.eu.auth0.com"_s << QString() << u"google-oauth2|1234567890"_s
                << base
                        + u"eu/support-eu/users/"
                          u"Z29vZ2xlLW9hdXRoMiU3QzEyMzQ1Njc4OTA="_s;
        QTest::newRow("odd characters")
                << u"acme.eu.auth0.com"_s << QString() << u"samlp|a b/c!*'()"_s
                << base + u"eu/acme/users/c2FtbHAlN0NhJTIwYiUyRmMhKicoKQ=="_s;
        QTest::newRow("custom domain, canonical audience")
                << u"login.acme.com"_s << u"https://acme.eu.auth0.com/api/v2/"_s
                << u"auth0|65f1c2"_s << base + u"eu/acme/users/YXV0aDAlN0M2NWYxYzI="_s;
    }

    void dashboardUrl_eachRegion()
    {
        QFETCH(QString, domain);
        QFETCH(QString, audience);
        QFETCH(QString, userId);
        QFETCH(QString, expected);
        QString whyNot = u"left over"_s;
        QCOMPARE(Handover::dashboardUserUrl(profile(domain, audience), userId, &whyNot).toString(),
                 expected);
        QCOMPARE(whyNot, QString());
    }

    void dashboardUrl_notDerivable_saysWhy_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("audience");
        QTest::addColumn<QString>("reason");
        QTest::newRow("private cloud") << u"acme.auth0app.com"_s << QString() << u"Private Cloud"_s;
        QTest::newRow("loopback") << u"127.0.0.1:8443"_s << QString() << u"local tenant"_s;
        QTest::newRow("custom, own audience")
                << u"login.acme.com"_s << u"https://api.acme.com/"_s << u"custom domain"_s;
    }

    void dashboardUrl_notDerivable_saysWhy()
    {
        QFETCH(QString, domain);
        QFETCH(QString, audience);
        QFETCH(QString, reason);
        QString whyNot;
        QVERIFY(Handover::dashboardUserUrl(profile(domain, audience), u"auth0|1"_s, &whyNot)
                        .isEmpty());
        QVERIFY2(whyNot.contains(reason), qPrintable(whyNot));
    }

    void ticket_holdsNoTokenOfAnyDemoUser_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("plain text") << int(Handover::Format::PlainText);
        QTest::newRow("markdown") << int(Handover::Format::Markdown);
    }

    void ticket_holdsNoTokenOfAnyDemoUser()
    {
        QFETCH(int, format);
        const QJsonArray users = demoUsers();
        QVERIFY(users.size() >= 5);
        // Every token value of every seeded user.
        QStringList tokens;
        for (const QJsonValue &user : users) {
            const QJsonArray identities = user.toObject().value(u"identities"_s).toArray();
            for (const QJsonValue &identity : identities) {
                const QJsonObject object = identity.toObject();
                for (auto it = object.begin(); it != object.end(); ++it) {
                    // Not isSecretKey(): the scan must not share what it checks.
                    if ((it.key().endsWith(u"_token"_s) || it.key().endsWith(u"_secret"_s))
                        && it.value().isString())
                        tokens.append(it.value().toString());
                }
            }
        }
        QVERIFY(tokens.size() >= 8);
        int fingerprints = 0;
        for (const QJsonValue &value : users) {
            const QJsonObject user = value.toObject();
            const QString text = Handover::ticketText(
                    redactUser(user), profile(u"acme.eu.auth0.com"_s), Handover::Format(format),
                    {{Handover::tokenKey(0, u"access_token"_s), u"expires in 40 min"_s}},
                    {{Handover::tokenKey(0, u"access_token"_s),
                      {u"valid, account matches"_s, QDateTime::currentDateTimeUtc()}}});
            QVERIFY(text.contains(user.value(u"user_id"_s).toString()));
            for (const QString &token : std::as_const(tokens)) {
                // By the token's fingerprint in the message, never its value.
                QVERIFY2(!text.contains(token),
                         qPrintable(u"the ticket of %1 holds the token %2"_s.arg(
                                 user.value(u"user_id"_s).toString(),
                                 TokenFingerprint::of(token.toUtf8()).masked())));
                // Nor a long piece of it (a JWT's payload, a prefix).
                QVERIFY(token.size() < 24 || !text.contains(token.left(24)));
            }
            const QJsonArray identities = user.value(u"identities"_s).toArray();
            for (const QJsonValue &identity : identities) {
                const QJsonObject object = identity.toObject();
                QVERIFY(text.contains(object.value(u"connection"_s).toString()));
                for (auto it = object.begin(); it != object.end(); ++it) {
                    if (!isSecretKey(it.key()))
                        continue;
                    const TokenFingerprint fingerprint
                            = TokenFingerprint::of(it.value().toString().toUtf8());
                    QVERIFY(text.contains(fingerprint.shortHash));
                    QVERIFY(text.contains(u"%1 chars"_s.arg(fingerprint.length)));
                    ++fingerprints;
                }
            }
            if (user.value(u"identities"_s)
                        .toArray()
                        .first()
                        .toObject()
                        .contains(u"access_token"_s)) {
                QVERIFY(text.contains(u"expires in 40 min"_s));
                QVERIFY(text.contains(u"valid, account matches"_s));
            }
        }
        QCOMPARE(fingerprints, tokens.size());
    }

    void ticket_markdownAndPlainText_differOnlyInMarkup()
    {
        const QJsonObject user = demoUsers().first().toObject();
        const QString markdown = Handover::ticketText(
                redactUser(user), profile(u"a.eu.auth0.com"_s), Handover::Format::Markdown);
        const QString plain = Handover::ticketText(redactUser(user), profile(u"a.eu.auth0.com"_s),
                                                   Handover::Format::PlainText);
        QVERIFY(markdown.startsWith(u"### "_s));
        QVERIFY(markdown.contains(u"`"_s));
        QVERIFY(!plain.contains(u"`"_s));
        QVERIFY(!plain.contains(u"###"_s));
        QVERIFY(plain.contains(u"\n* "_s));
    }
};

QTEST_GUILESS_MAIN(HandoverTest)
#include "handover_test.moc"
