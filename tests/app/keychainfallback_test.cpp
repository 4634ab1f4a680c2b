#include "../support/testcontext.h"
#include "faketenant.h"
#include "profiledialog.h"
#include "prompts.h"
#include "sessionsecrets.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// Runs with DBUS_SESSION_BUS_ADDRESS pointing nowhere (see CMakeLists.txt), so no keychain can be
// reached: the dialog must say so, never fall back to plaintext, and offer a memory-only secret.
class KeychainFallbackTest final : public QObject
{
    Q_OBJECT

private:
    FakeAuth0::FakeTenant m_tenant;
    std::unique_ptr<TestContext> m_context;
    std::unique_ptr<ProfileDialog> m_dialog;
    const QString m_secret = u"demo-secret-for-the-local-fake-tenant-only"_s;

    template<typename T>
    T *child(const char *name) const
    {
        return m_dialog->findChild<T *>(QString::fromLatin1(name));
    }

    void fill()
    {
        const QString ca = m_context->filePath(u"ca.pem"_s);
        QFile file(ca);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_tenant.caCertificatePem());
        file.close();
        QTest::keyClicks(child<QLineEdit>("nameEdit"), u"No keychain here"_s);
        QTest::keyClicks(child<QLineEdit>("domainEdit"), m_tenant.domain());
        QTest::keyClicks(child<QLineEdit>("clientIdEdit"), u"demoInspectorM2mClient0001"_s);
        QTest::keyClicks(child<QLineEdit>("secretEdit"), m_secret);
        QTest::keyClicks(child<QLineEdit>("caFileEdit"), ca);
    }

    // Saves with the keychain warning answered in advance; returns what the warning said.
    QString saveAnswering(bool keep, QSignalSpy &saved)
    {
        Prompt::answerNext({keep, {}});
        QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
        waitForSignal(saved);
        for (const Prompt::Question &question : Prompt::takeAsked()) {
            if (question.name == u"keychainUnavailableBox"_s)
                return question.text;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(u"nonexistent"_s),
                 "this test must run without a reachable session bus");
        QString error;
        QVERIFY(m_tenant.loadDemoSeed(&error));
        QVERIFY(m_tenant.start(0, &error));
        Prompt::setTestMode(true);
    }

    void init()
    {
        m_context = std::make_unique<TestContext>();
        m_dialog = std::make_unique<ProfileDialog>(**m_context);
        m_dialog->show();
    }

    void cleanup()
    {
        m_dialog.reset();
        m_context.reset();
        Prompt::takeAsked();
    }

    void save_noKeychain_cancelSavesNothing()
    {
        fill();
        QSignalSpy saved(m_dialog.get(), &ProfileDialog::saveFinished);
        const QString text = saveAnswering(false, saved);
        QVERIFY2(!text.isEmpty(), "the keychain warning never showed");
        QVERIFY2(text.contains(u"No keychain service is reachable"_s), qPrintable(text));
        QVERIFY(text.contains(u"memory for this session only"_s));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.first().first().toBool(), false);
        QVERIFY((*m_context)->profiles()->profiles().isEmpty());
    }

    void save_noKeychain_keepInMemoryWorksAndWritesNothing()
    {
        fill();
        QSignalSpy saved(m_dialog.get(), &ProfileDialog::saveFinished);
        QVERIFY2(!saveAnswering(true, saved).isEmpty(), "the keychain warning never showed");
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.first().first().toBool(), true);
        const TenantProfile profile = (*m_context)->profiles()->profiles().first();
        QVERIFY(!profile.hasStoredSecret);
        QVERIFY((*m_context)->sessionSecrets()->contains(profile.id));
        QVERIFY(child<QLabel>("secretStatus")->text().contains(u"memory for this session only"_s));

        const QByteArray settings = m_context->settingsFileText();
        QVERIFY(settings.contains("No keychain here"));
        QVERIFY(!settings.contains(m_secret.toUtf8()));

        QSignalSpy tested(m_dialog.get(), &ProfileDialog::connectionTested);
        QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
        QVERIFY(waitForSignal(tested));
    }
};

QTEST_MAIN(KeychainFallbackTest)
#include "keychainfallback_test.moc"
