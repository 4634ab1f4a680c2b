#include "../support/fixtures.h"
#include "tokeninsight.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

// Decoding tokens locally: JWT claims and times, and what an opaque token looks like.
class TokenInsightTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fingerprint_isTheStartOfTheSha256()
    {
        // FIPS 180-2's test vectors: SHA-256("abc") = ba7816bf…, SHA-256("") = e3b0c442….
        const TokenFingerprint abc = TokenFingerprint::of("abc");
        QCOMPARE(abc.length, 3);
        QCOMPARE(abc.shortHash, u"ba78 16bf"_s);
        QCOMPARE(TokenFingerprint::of(QByteArray()).shortHash, u"e3b0 c442"_s);
        const QByteArray longer(1000, 'a');
        QCOMPARE(TokenFingerprint::of(longer).shortHash,
                 QString::fromLatin1(QCryptographicHash::hash(longer, QCryptographicHash::Sha256)
                                             .toHex()
                                             .left(8))
                         .insert(4, u' '));
    }

    void tokenInsight_azureJwt_decodesClaimsAndTimes()
    {
        const QJsonObject user = fixtureUser(u"azure-ad-jwt"_s);
        QVERIFY(!user.isEmpty());
        const QByteArray jwt = user.value(u"identities"_s)
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(u"access_token"_s)
                                       .toString()
                                       .toUtf8();
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1795856000, Qt::UTC);
        const TokenDetails details = TokenInsight::inspect(jwt, u"waad"_s, now);
        QVERIFY(details.isJwt);
        QVERIFY(details.headerJson.contains(u"\"alg\": \"RS256\""_s));
        QCOMPARE(details.payload.value(u"upn"_s).toString(), u"amelia.schmidt@contoso.example"_s);
        QCOMPARE(details.times.size(), 3);
        QCOMPARE(details.times.at(2).name, u"exp"_s);
        QCOMPARE(details.times.at(2).relative, u"expires in 21 min"_s);
        QCOMPARE(details.times.at(0).relative, u"issued 53 min ago"_s);
        const TokenDetails later = TokenInsight::inspect(jwt, u"waad"_s, now.addSecs(4 * 3600));
        QCOMPARE(later.times.at(2).relative, u"expired 3 h ago"_s);
    }

    void tokenInsight_opaqueTokens_sayWhatTheyLookLike()
    {
        QVERIFY(!TokenInsight::inspect("ya29.a0DEMOabc").isJwt);
        QVERIFY(TokenInsight::inspect("ya29.a0DEMOabc")
                        .description.contains(u"Google OAuth 2.0 access token"_s));
        QVERIFY(TokenInsight::inspect("gho_DEMOabc").description.contains(u"GitHub"_s));
        QVERIFY(TokenInsight::inspect("eyJnot.a.jwt").description.contains(u"opaque"_s));
    }

    void tokenInsight_absurdTimeClaims_areClampedOrSkipped()
    {
        auto part = [](const QByteArray &json) {
            return json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        };
        const QByteArray jwt = part(R"({"alg":"RS256","typ":"JWT"})") + '.'
                + part(R"({"iat":-1e300,"nbf":"soon","exp":1e300,"iss":"x"})") + '.' + part("sig");
        const TokenDetails details = TokenInsight::inspect(jwt);
        QVERIFY(details.isJwt);
        QCOMPARE(details.times.size(), 2); // nbf is not a number
        QCOMPARE(details.times.at(0).name, u"iat"_s);
        QCOMPARE(details.times.at(0).time.date().year(), 1);
        QCOMPARE(details.times.at(1).name, u"exp"_s);
        QCOMPARE(details.times.at(1).time.date().year(), 9999);
    }
};

QTEST_GUILESS_MAIN(TokenInsightTest)
#include "tokeninsight_test.moc"
