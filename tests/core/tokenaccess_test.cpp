#include "auditlog.h"
#include "tokenaccess.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
TenantProfile profile(const QString &id, TenantProfile::Environment environment)
{
    TenantProfile p;
    p.id = id;
    p.name = u"Tenant "_s + id;
    p.domain = id + u".eu.auth0.com"_s;
    p.environment = environment;
    return p;
}

const TokenAccessPolicy::Target GithubToken{u"github|5823109"_s, u"github"_s, u"access_token"_s};
} // namespace

// The rules in front of every reveal and copy, without widgets: a reason first on production
// tenants, and the audit entry before the action.
class TokenAccessTest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void development_auditsEveryActionWithoutAReason()
    {
        AuditLog audit(m_dir.filePath(u"dev.jsonl"_s));
        TokenAccessPolicy policy(&audit);
        policy.setProfile(profile(u"dev"_s, TenantProfile::Environment::Development));
        QVERIFY(!policy.needsReason(GithubToken.userId));
        QString error;
        QVERIFY(policy.authorize(TokenAccessPolicy::Action::Reveal, GithubToken, &error));
        QVERIFY(policy.authorize(TokenAccessPolicy::Action::Copy, GithubToken, &error));
        const QList<AuditEntry> entries = audit.read();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.first().action, u"copy"_s);
        QCOMPARE(entries.last().action, u"reveal"_s);
        QCOMPARE(entries.last().userId, GithubToken.userId);
        QCOMPARE(entries.last().connection, u"github"_s);
        QCOMPARE(entries.last().token, u"access_token"_s);
        QCOMPARE(entries.last().tenantDomain, u"dev.eu.auth0.com"_s);
        QVERIFY(entries.last().reason.isEmpty());
    }

    void production_refusesUntilAReasonIsGiven_oncePerUser()
    {
        AuditLog audit(m_dir.filePath(u"prod.jsonl"_s));
        TokenAccessPolicy policy(&audit);
        policy.setProfile(profile(u"prod"_s, TenantProfile::Environment::Production));
        QVERIFY(policy.needsReason(GithubToken.userId));
        QString error;
        QVERIFY(!policy.authorize(TokenAccessPolicy::Action::Reveal, GithubToken, &error));
        QVERIFY(error.contains(u"reason"_s));
        QVERIFY(audit.read().isEmpty());

        QVERIFY(!policy.giveReason(GithubToken.userId, u"   "_s));
        QVERIFY(policy.needsReason(GithubToken.userId));
        QVERIFY(policy.giveReason(GithubToken.userId, u"  SUP-7  "_s));
        QVERIFY(policy.authorize(TokenAccessPolicy::Action::Copy, GithubToken, &error));
        QCOMPARE(audit.read().first().reason, u"SUP-7"_s);

        // Another user of the same tenant needs a reason of its own.
        TokenAccessPolicy::Target other = GithubToken;
        other.userId = u"google-oauth2|1"_s;
        QVERIFY(!policy.authorize(TokenAccessPolicy::Action::Copy, other, &error));

        // Another tenant forgets the reasons given for this one.
        policy.setProfile(profile(u"prod2"_s, TenantProfile::Environment::Production));
        QVERIFY(policy.needsReason(GithubToken.userId));
    }

    void noAuditTrail_noToken()
    {
        TokenAccessPolicy none(nullptr);
        none.setProfile(profile(u"dev"_s, TenantProfile::Environment::Development));
        QString error;
        QVERIFY(!none.authorize(TokenAccessPolicy::Action::Reveal, GithubToken, &error));
        QVERIFY(error.contains(u"audit"_s));

        // A log that cannot be written (its path is a folder) refuses the action too.
        QDir(m_dir.path()).mkpath(u"a-folder.jsonl"_s);
        AuditLog unwritable(m_dir.filePath(u"a-folder.jsonl"_s));
        TokenAccessPolicy policy(&unwritable);
        policy.setProfile(profile(u"dev"_s, TenantProfile::Environment::Development));
        error.clear();
        QVERIFY(!policy.authorize(TokenAccessPolicy::Action::Copy, GithubToken, &error));
        QVERIFY2(error.contains(u"not shown or copied"_s), qPrintable(error));
    }

    void nothingSelected_isRefused()
    {
        AuditLog audit(m_dir.filePath(u"empty.jsonl"_s));
        TokenAccessPolicy policy(&audit);
        QString error;
        QVERIFY(!policy.authorize(TokenAccessPolicy::Action::Reveal, {}, &error));
        QVERIFY(audit.read().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TokenAccessTest)
#include "tokenaccess_test.moc"
