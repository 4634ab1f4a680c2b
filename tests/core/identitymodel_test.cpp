#include "../support/fixtures.h"
#include "identitymodel.h"
#include "secretbytes.h"
#include "tenantsession.h"
#include "tokeninsight.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {
const QStringList BothScopes{u"read:users"_s, u"read:user_idp_tokens"_s};

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

// The identities tree under QAbstractItemModelTester: masking, revealing one token at a time, and
// why a token is missing.
class IdentityModelTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identityModel_linkedUser_buildsTreeAndMasksTokens()
    {
        IdentityModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QJsonObject user = fixtureUser(u"jordan-lee"_s);
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
        QCOMPARE(tokens.size(), 3);                        // google access + refresh, github access
        QCOMPARE(model.firstTokenIndex(), tokens.first()); // past the database identity
        QVERIFY(!IdentityModel().firstTokenIndex().isValid());
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
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QStringList>("scopes");
        QTest::addColumn<QString>("explanation");
        QTest::newRow("scope missing") << u"google-offline"_s << QStringList{u"read:users"_s}
                                       << u"lacks read:user_idp_tokens"_s;
        QTest::newRow("github never refreshes")
                << u"github"_s << BothScopes << u"github does not issue refresh tokens"_s;
        QTest::newRow("idp returned nothing")
                << u"linkedin-no-token"_s << BothScopes << u"identity provider returned none"_s;
    }

    void identityModel_missingTokens_areExplained()
    {
        QFETCH(QString, fixture);
        QFETCH(QStringList, scopes);
        QFETCH(QString, explanation);
        IdentityModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setUser(fixtureUser(fixture), scopes);
        const QModelIndex why = child(model, model.index(0, 0), u"Why no token?"_s);
        QVERIFY(why.isValid());
        QVERIFY2(model.index(why.row(), 1, why.parent()).data().toString().contains(explanation),
                 qPrintable(model.index(why.row(), 1, why.parent()).data().toString()));
    }

    void identityModel_googleWithoutRefresh_mentionsOfflineAccess()
    {
        QJsonObject user = fixtureUser(u"google-offline"_s);
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

    void identityModel_tokenVault_explainedFromConnectedAccounts()
    {
        IdentityModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QJsonObject user = fixtureUser(u"google-token-vault"_s);
        QVERIFY(UserFetch::needsTokenVaultLookup(user, BothScopes));
        QVERIFY(!UserFetch::needsTokenVaultLookup(user, {u"read:users"_s}));
        QVERIFY(!UserFetch::needsTokenVaultLookup(fixtureUser(u"jordan-lee"_s), BothScopes));
        model.setUser(user, BothScopes);
        // Before the connected accounts are known, only the generic reason is there.
        QVERIFY(!child(model, model.index(0, 0), u"Token Vault"_s).isValid());
        const auto explanations
                = UserFetch::tokenVaultExplanations(fixtureObject(u"connected-accounts.json"_s));
        QCOMPARE(explanations.size(), 1);
        QCOMPARE(explanations.first().first, u"google-workspace-vault"_s);
        for (const auto &[connection, text] : explanations)
            model.addExplanation(connection, text);
        const QModelIndex vault = child(model, model.index(0, 0), u"Token Vault"_s);
        QVERIFY(vault.isValid());
        const QString text = model.index(vault.row(), 1, vault.parent()).data().toString();
        QVERIFY2(text.contains(u"cac_DEMO7Hn2Qp5Zs8Tc"_s), qPrintable(text));
        QVERIFY(text.contains(u"offline access"_s));
        QVERIFY(text.contains(u"calendar.readonly"_s));
    }

    void identityModel_absurdNumbers_showWithoutOverflow()
    {
        // Numbers the server controls: 2^63 and beyond, 1e300, negative durations.
        QJsonObject user = fixtureUser(u"github"_s);
        QJsonArray identities = user.value(u"identities"_s).toArray();
        QJsonObject identity = identities.first().toObject();
        identity.insert(u"expires_in"_s, 1e300);
        QJsonObject profile = identity.value(u"profileData"_s).toObject();
        profile.insert(u"huge"_s, 9223372036854775808.0);
        profile.insert(u"tiny"_s, -1e300);
        profile.insert(u"exact"_s, 9007199254740992.0);
        identity.insert(u"profileData"_s, profile);
        identities[0] = identity;
        user.insert(u"identities"_s, identities);
        IdentityModel model;
        model.setUser(user, BothScopes);
        const QModelIndex github = model.index(0, 0);
        const QModelIndex expires = child(model, github, u"expires_in"_s);
        QVERIFY(expires.isValid());
        QVERIFY(model.index(expires.row(), 1, github)
                        .data()
                        .toString()
                        .startsWith(u"3155760000 s"_s));
        const QModelIndex data = child(model, github, u"profileData"_s);
        QCOMPARE(model.index(child(model, data, u"huge"_s).row(), 1, data).data().toString(),
                 u"9.2233720368547758e+18"_s);
        QCOMPARE(model.index(child(model, data, u"exact"_s).row(), 1, data).data().toString(),
                 u"9007199254740992"_s);
        QCOMPARE(model.index(child(model, data, u"tiny"_s).row(), 1, data).data().toString(),
                 u"-1.0000000000000001e+300"_s);
    }

    void identityModel_everySecretField_isMasked_atAnyDepth()
    {
        // Token-like fields beyond the three the tree knows: an id_token on the identity, and
        // tokens and secrets inside profileData, nested and in arrays.
        QJsonObject user = fixtureUser(u"github"_s);
        QJsonArray identities = user.value(u"identities"_s).toArray();
        QJsonObject identity = identities.first().toObject();
        identity.insert(u"id_token"_s, u"eyJDEMO.id.token-value-1"_s);
        QJsonObject profile = identity.value(u"profileData"_s).toObject();
        profile.insert(u"access_token"_s, u"ya29.DEMO-profile-token-2"_s);
        profile.insert(u"nested"_s, QJsonObject{{u"client_secret"_s, u"DEMO-secret-3"_s}});
        profile.insert(u"upstream_token"_s, QJsonArray{u"DEMO-array-token-4"_s});
        profile.insert(u"password"_s, 12345678);
        identity.insert(u"profileData"_s, profile);
        identities[0] = identity;
        user.insert(u"identities"_s, identities);
        IdentityModel model;
        model.setUser(user, BothScopes);

        QStringList shown;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int row = 0; row < model.rowCount(parent); ++row) {
                shown.append(model.index(row, 1, parent).data().toString());
                walk(model.index(row, 0, parent));
            }
        };
        walk({});
        const QString all = shown.join(u'\n');
        for (const QString &secret : {u"eyJDEMO.id.token-value-1"_s, u"ya29.DEMO-profile-token-2"_s,
                                      u"DEMO-secret-3"_s, u"DEMO-array-token-4"_s, u"12345678"_s})
            QVERIFY2(!all.contains(secret), "a secret field is shown in clear");
        QCOMPARE(all.count(u"(a secret: masked)"_s), 5);
    }
};

QTEST_GUILESS_MAIN(IdentityModelTest)
#include "identitymodel_test.moc"
