#include "../support/fixtures.h"
#include "../support/memoryscan.h"
#include "tokeninsight.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>

#include <thread>

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

    void fingerprint_leavesNoPartOfTheTokenBehind()
    {
#if !defined(Q_OS_LINUX)
        QSKIP("The memory scan reads /proc/self/mem (Linux).");
#elif defined(__SANITIZE_ADDRESS__)
        QSKIP("Under AddressSanitizer a scan of the whole process (its shadow memory) outlasts "
              "the test's time limit; every normal build runs it, .ci/run included.");
#else
        // The digest context is used again for the next token; the token's last bytes (the
        // block not yet hashed when it ends) must not stay in it, here or on another thread.
        // Made in place: a temporary copy freed unwiped would be found too.
        static constexpr char letters[]
                = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        QByteArray token(68, Qt::Uninitialized);
        std::memcpy(token.data(), "gho_", 4);
        for (qsizetype i = 4; i < token.size(); ++i)
            token[i] = letters[QRandomGenerator::system()->bounded(62)];
        QByteArray tail(token.constData() + token.size() - 40, 40);
        const MaskedSecret lastBytes(tail);
        const TokenFingerprint here = TokenFingerprint::of(token);
        TokenFingerprint there;
        std::thread([&] { there = TokenFingerprint::of(token); }).join();
        QCOMPARE(there.shortHash, here.shortHash);
        volatile char *data = token.data();
        for (qsizetype i = 0; i < token.size(); ++i)
            data[i] = 0;
        token.clear();
        const MemoryCount count = countInProcessMemory({&lastBytes}).value(0);
        QVERIFY(count.bytesScanned > 0);
        QVERIFY2(count.total() == 0, qPrintable(count.places.join(u"; "_s)));
#endif
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
