#include "auditlog.h"
#include "faketenant.h"
#include "identitymodel.h"
#include "redaction.h"
#include "tokeninsight.h"
#include "userlistmodel.h"
#include "usersearch.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QStringList BothScopes{u"read:users"_s, u"read:user_idp_tokens"_s};

QJsonObject seedUser(const QString &userId)
{
    FakeAuth0::FakeTenant tenant;
    QString error;
    tenant.loadDemoSeed(&error);
    return tenant.user(userId);
}

QJsonObject jordan()
{
    const QJsonArray users = QJsonDocument::fromJson(FakeAuth0::FakeTenant::demoSeed())
                                     .object()
                                     .value(u"users"_s)
                                     .toArray();
    for (const QJsonValue &user : users) {
        if (user.toObject().value(u"email"_s).toString() == u"jordan.lee@example.com"_s)
            return user.toObject();
    }
    return {};
}

QModelIndex child(const QAbstractItemModel &model, const QModelIndex &parent, const QString &field)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data().toString() == field)
            return index;
    }
    return {};
}
} // namespace

// The item models under QAbstractItemModelTester, token decoding, redaction, the audit log and
// query classification: everything the core does without the network.
class ModelsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guessQueryKind_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::newRow("google id")
                << u"google-oauth2|108234567890123456789"_s << int(QueryKind::UserId);
        QTest::newRow("database id")
                << u" auth0|64a61dc427a7986d6e81ebe6 "_s << int(QueryKind::UserId);
        QTest::newRow("waad id") << u"waad|_4GG-bUi28mB"_s << int(QueryKind::UserId);
        QTest::newRow("email") << u"jordan.lee@example.com"_s << int(QueryKind::Email);
        QTest::newRow("mixed-case email") << u"Chris.Morgan@Example.com"_s << int(QueryKind::Email);
        QTest::newRow("field query")
                << u"email:\"jordan.lee@example.com\""_s << int(QueryKind::Lucene);
        QTest::newRow("user_id field") << u"user_id:\"github|5823109\""_s << int(QueryKind::Lucene);
        QTest::newRow("words") << u"Jordan Lee"_s << int(QueryKind::Lucene);
        QTest::newRow("boolean") << u"a|b OR c"_s << int(QueryKind::Lucene);
    }

    void guessQueryKind()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QCOMPARE(int(::guessQueryKind(text)), kind);
    }

    void userListModel_passesModelTester()
    {
        UserListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<UserSummary> users;
        users.append(UserSummary::fromJson(jordan()));
        users.append(UserSummary::fromJson(seedUser(u"github|5823109"_s)));
        model.setUsers(users);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, UserListModel::Connections).data().toString(),
                 u"Username-Password-Authentication, google-oauth2, github"_s);
        QCOMPARE(model.index(0, UserListModel::Identities).data().toInt(), 3);
        QCOMPARE(model.index(1, UserListModel::Logins).data(UserListModel::SortRole).toInt(), 57);
        QVERIFY(model.index(0, UserListModel::LastLogin)
                        .data(UserListModel::SortRole)
                        .toDateTime()
                        .isValid());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void identityModel_linkedUser_buildsTreeAndMasksTokens()
    {
        IdentityModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QJsonObject user = jordan();
        model.setUser(user, BothScopes);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data().toString(), u"auth0 (primary)"_s);
        QCOMPARE(model.index(1, 0).data().toString(), u"google-oauth2 (linked)"_s);
        QVERIFY(model.index(1, 1).data().toString().contains(u"social"_s));

        const QModelIndex google = model.index(1, 0);
        const QModelIndex profileData = child(model, google, u"profileData"_s);
        QVERIFY(profileData.isValid());
        QVERIFY(child(model, profileData, u"email"_s).isValid());
        const QModelIndex github = model.index(2, 0);
        QCOMPARE(model.index(child(model, github, u"user_id"_s).row(), 1, github).data().toString(),
                 u"70311842 (a number)"_s);

        const QList<QModelIndex> tokens = model.tokenIndexes();
        QCOMPARE(tokens.size(), 3); // google access + refresh, github access
        const QString googleAccess = user.value(u"identities"_s)
                                             .toArray()
                                             .at(1)
                                             .toObject()
                                             .value(u"access_token"_s)
                                             .toString();
        for (const QModelIndex &token : tokens) {
            const QString shown = token.data().toString();
            QVERIFY(shown.startsWith(u"••••"_s));
            QVERIFY(shown.contains(u"SHA-256"_s));
            QVERIFY(!shown.contains(u"ya29"_s));
        }
        QCOMPARE(tokens.first().data().toString(),
                 TokenFingerprint::of(googleAccess.toUtf8()).masked());

        model.reveal(tokens.first());
        QCOMPARE(tokens.first().data().toString(), googleAccess);
        QVERIFY(tokens.first().data(IdentityModel::RevealedRole).toBool());
        model.reveal(tokens.at(2)); // one at a time
        QVERIFY(!tokens.first().data().toString().contains(u"ya29"_s));
        QCOMPARE(model.revealedIndex(), tokens.at(2));
        model.maskAll();
        QVERIFY(!model.revealedIndex().isValid());
        QVERIFY(model.tokenValue(tokens.first()).equals(SecretBytes(googleAccess.toUtf8())));
        QCOMPARE(tokens.first().data(IdentityModel::ConnectionRole).toString(), u"google-oauth2"_s);
        QCOMPARE(tokens.at(1).data(IdentityModel::TokenKindRole).toString(), u"refresh_token"_s);
    }

    void identityModel_missingTokens_areExplained_data()
    {
        QTest::addColumn<QString>("userId");
        QTest::addColumn<QStringList>("scopes");
        QTest::addColumn<QString>("explanation");
        QTest::newRow("scope missing")
                << u"google-oauth2|108234567890123456789"_s << QStringList{u"read:users"_s}
                << u"lacks read:user_idp_tokens"_s;
        QTest::newRow("github never refreshes")
                << u"github|5823109"_s << BothScopes << u"github does not issue refresh tokens"_s;
        QTest::newRow("idp returned nothing")
                << u"linkedin|Xq3DEMOa1B"_s << BothScopes << u"identity provider returned none"_s;
        QTest::newRow("token vault")
                << u"google-oauth2|104455667788990011223"_s << BothScopes << u"Token Vault"_s;
    }

    void identityModel_missingTokens_areExplained()
    {
        QFETCH(QString, userId);
        QFETCH(QStringList, scopes);
        QFETCH(QString, explanation);
        IdentityModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setUser(seedUser(userId), scopes);
        const QModelIndex why = child(model, model.index(0, 0), u"Why no token?"_s);
        QVERIFY(why.isValid());
        QVERIFY2(model.index(why.row(), 1, why.parent()).data().toString().contains(explanation),
                 qPrintable(model.index(why.row(), 1, why.parent()).data().toString()));
    }

    void identityModel_googleWithoutRefresh_mentionsOfflineAccess()
    {
        QJsonObject user = seedUser(u"google-oauth2|108234567890123456789"_s);
        QJsonArray identities = user.value(u"identities"_s).toArray();
        QJsonObject identity = identities.first().toObject();
        identity.remove(u"refresh_token"_s);
        identities[0] = identity;
        user.insert(u"identities"_s, identities);
        IdentityModel model;
        model.setUser(user, BothScopes);
        const QModelIndex why = child(model, model.index(0, 0), u"Why no token?"_s);
        QVERIFY(model.index(why.row(), 1, why.parent())
                        .data()
                        .toString()
                        .contains(u"access_type=offline"_s));
        model.addExplanation(u"google-oauth2"_s, u"extra"_s);
        QVERIFY(child(model, model.index(0, 0), u"Token Vault"_s).isValid());
    }

    void tokenInsight_azureJwt_decodesClaimsAndTimes()
    {
        const QJsonObject user = seedUser(u"waad|_4GG-bUi28mB-GlVU-ksMmg1BJlEaxk8pga-nGz7uwY"_s);
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

    void redactUser_replacesEveryTokenValue()
    {
        const QJsonObject user = jordan();
        const QByteArray redacted = QJsonDocument(redactUser(user)).toJson();
        const QJsonArray identities = user.value(u"identities"_s).toArray();
        int checked = 0;
        for (const QJsonValue &identity : identities) {
            for (const QString &key : {u"access_token"_s, u"refresh_token"_s}) {
                const QString value = identity.toObject().value(key).toString();
                if (value.isEmpty())
                    continue;
                QVERIFY(!redacted.contains(value.toUtf8()));
                ++checked;
            }
        }
        QCOMPARE(checked, 3);
        QVERIFY(redacted.contains("[redacted: "));
        QVERIFY(redacted.contains("jordan.lee@example.com"));
    }

    void auditLog_appendsJsonLinesWithoutValues()
    {
        QTemporaryDir dir;
        AuditLog log(dir.filePath(u"sub/audit.jsonl"_s));
        AuditEntry entry;
        entry.time = QDateTime::currentDateTimeUtc();
        entry.osUser = AuditLog::currentOsUser();
        entry.profile = u"Demo"_s;
        entry.tenantDomain = u"127.0.0.1:1"_s;
        entry.userId = u"github|5823109"_s;
        entry.connection = u"github"_s;
        entry.token = u"access_token"_s;
        entry.action = u"copy"_s;
        entry.reason = u"TICKET-42"_s;
        QVERIFY(log.append(entry));
        entry.action = u"reveal"_s;
        QVERIFY(log.append(entry));
        const QList<AuditEntry> entries = log.read();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.first().action, u"reveal"_s);
        QCOMPARE(entries.last().reason, u"TICKET-42"_s);
        QFile file(log.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 2);
        QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }
};

QTEST_GUILESS_MAIN(ModelsTest)
#include "models_test.moc"
