#include "../support/testcontext.h"
#include "../support/wait.h"
#include "appcontext.h"
#include "credentialstore.h"
#include "faketenant.h"
#include "profilestore.h"
#include "version.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using FakeAuth0::FakeTenant;

// The headless check, run as the real app binary against the fake tenant, with the app's own
// settings file (in a throw-away XDG_CONFIG_HOME) and keychain service: what scripts and SSH
// sessions see, exit codes included. The keychain entries it makes are removed again.
class HeadlessCheckTest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeTenant m_tenant;
    std::unique_ptr<AppContext> m_context;
    QList<CredentialStore::Entry> m_stored;

    struct Run
    {
        int exitCode = -1;
        QString out;
    };

    Run run(const QStringList &arguments, const QByteArray &busOverride = {})
    {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s); // no display needed at all
        if (!busOverride.isEmpty())
            env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, QString::fromLatin1(busOverride));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(APP_EXECUTABLE), arguments);
        Run result;
        if (!app.waitForStarted(10000))
            return result;
        // The fake tenant lives in this process: keep its event loop going while the app runs.
        QElapsedTimer timer;
        timer.start();
        while (app.state() != QProcess::NotRunning && timer.elapsed() < 60000)
            QTest::qWait(20);
        if (app.state() != QProcess::NotRunning) {
            app.kill();
            app.waitForFinished();
            return result;
        }
        result.exitCode = app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1;
        result.out = QString::fromUtf8(app.readAllStandardOutput() + app.readAllStandardError());
        return result;
    }

    QString addProfile(const QString &name, const QString &clientId, const QByteArray &secret,
                       TenantProfile::AccessLevel level)
    {
        TenantProfile profile;
        profile.name = name;
        profile.domain = m_tenant.domain();
        profile.clientId = clientId;
        profile.caCertificateFile = m_dir.filePath(u"ca.pem"_s);
        profile.accessLevel = level;
        if (secret.isEmpty())
            return m_context->profiles()->save(profile).id;
        if (!saveProfileWithSecret(*m_context, profile, SecretBytes(secret)))
            return {};
        m_stored.append(m_context->credentials()->storedEntry(profile));
        return profile.id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY(m_tenant.loadDemoSeed(&error));
        QVERIFY(m_tenant.start(0, &error));
        QFile ca(m_dir.filePath(u"ca.pem"_s));
        QVERIFY(ca.open(QIODevice::WriteOnly));
        ca.write(m_tenant.caCertificatePem());
        ca.close();
        // The app's own settings file under the throw-away config folder, and its own keychain
        // service, as the binary will find them.
        const QString settings
                = m_dir.filePath(u"config/" IDP_ORGANIZATION_NAME "/" IDP_APP_ID ".conf"_s);
        QVERIFY(QDir().mkpath(QFileInfo(settings).absolutePath()));
        AppContext::Locations locations = AppContext::applicationLocations();
        locations.settingsFile = settings;
        locations.auditLogFile = m_dir.filePath(u"audit.jsonl"_s);
        m_context = std::make_unique<AppContext>(locations);
    }

    void cleanupTestCase()
    {
        for (const CredentialStore::Entry &entry : std::as_const(m_stored)) {
            KeychainRequest *remove = m_context->credentials()->removeSecret(entry);
            QSignalSpy done(remove, &KeychainRequest::finished);
            waitForSignal(done);
            delete remove;
        }
    }

    void listAndTest_exitCodesAndDiagnosis()
    {
        const QString good = addProfile(u"Demo full"_s, u"demoInspectorM2mClient0001"_s,
                                        "demo-secret-for-the-local-fake-tenant-only",
                                        TenantProfile::AccessLevel::IdentitiesAndTokens);
        const QString narrow = addProfile(u"Users only"_s, u"demoUsersOnlyClient000002"_s,
                                          "demo-secret-users-only",
                                          TenantProfile::AccessLevel::IdentitiesAndTokens);
        const QString wrong
                = addProfile(u"Wrong secret"_s, u"demoInspectorM2mClient0001"_s, "not-the-secret",
                             TenantProfile::AccessLevel::IdentitiesOnly);
        const QString noSecret = addProfile(u"No secret"_s, u"demoInspectorM2mClient0001"_s, {},
                                            TenantProfile::AccessLevel::IdentitiesOnly);
        QVERIFY(!good.isEmpty() && !narrow.isEmpty() && !wrong.isEmpty());

        Run list = run({u"--list-profiles"_s});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains(good + u"\tDemo full\t"_s + m_tenant.domain()),
                 qPrintable(list.out));
        QVERIFY(list.out.contains(u"\tidentities\n"_s));

        Run ok = run({u"--test-connection"_s, u"demo FULL"_s}); // names ignore case
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(ok.out.contains(u"Result: connected."_s), qPrintable(ok.out));
        QVERIFY(ok.out.contains(u"Granted scopes: read:users read:user_idp_tokens"_s));
        QVERIFY(ok.out.contains(u"Access level: Identities and tokens"_s));
        QVERIFY(!ok.out.contains(u"demo-secret"_s));

        Run less = run({u"--test-connection"_s, narrow});
        QCOMPARE(less.exitCode, 1);
        QVERIFY2(less.out.contains(u"may read identities, not IdP tokens"_s), qPrintable(less.out));
        QVERIFY(less.out.contains(u"The grant allows: Identities only"_s));

        Run refused = run({u"--test-connection=Wrong secret"_s});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.out.contains(u"Fix:"_s), qPrintable(refused.out));
        QVERIFY(!refused.out.contains(u"not-the-secret"_s));

        Run missing = run({u"--test-connection"_s, u"No secret"_s});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.out.contains(u"no client secret is stored"_s));

        QCOMPARE(run({u"--test-connection"_s, u"nobody"_s}).exitCode, 2);
        QCOMPARE(run({u"--test-connection"_s}).exitCode, 2);
        QCOMPARE(run({u"--list-profiles"_s, u"extra"_s}).exitCode, 2);

        Run noKeychain = run({u"--test-connection"_s, good}, "unix:path=/nonexistent/idp-bus");
        QCOMPARE(noKeychain.exitCode, 1);
        QVERIFY2(noKeychain.out.contains(u"keychain"_s), qPrintable(noKeychain.out));
    }
};

QTEST_GUILESS_MAIN(HeadlessCheckTest)
#include "headlesscheck_test.moc"
