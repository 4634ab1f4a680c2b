#include "credentialstore.h"
#include "faketenant.h"
#include "profiledialog.h"
#include "profilestore.h"
#include "sessionsecrets.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

// Runs with DBUS_SESSION_BUS_ADDRESS pointing nowhere (see CMakeLists.txt), so no keychain can be
// reached: the dialog must say so, never fall back to plaintext, and offer a memory-only secret.
class KeychainFallbackTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeAuth0::FakeTenant m_tenant;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<SessionSecrets> m_session;
    std::unique_ptr<ProfileDialog> m_dialog;
    const QString m_secret = u"demo-secret-for-the-local-fake-tenant-only"_s;

    template<typename T>
    T *child(const char *name) const
    {
        return m_dialog->findChild<T *>(QString::fromLatin1(name));
    }

    void fill()
    {
        const QString ca = m_dir.filePath(u"ca.pem"_s);
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

    // Clicks a button of the keychain warning once it shows, and returns what it said.
    QString answerPrompt(bool keep)
    {
        QString text;
        QMessageBox *box = nullptr;
        for (int i = 0; i < 200 && !box; ++i) {
            QTest::qWait(100);
            box = m_dialog->findChild<QMessageBox *>(u"keychainUnavailableBox"_s);
        }
        if (!box)
            return text;
        text = box->text() + u'\n' + box->informativeText();
        if (keep)
            QTest::mouseClick(box->findChild<QPushButton *>(u"keepInMemoryButton"_s),
                              Qt::LeftButton);
        else
            QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(u"nonexistent"_s),
                 "this test must run without a reachable session bus");
        QString error;
        QVERIFY(m_tenant.loadDemoSeed(&error));
        QVERIFY(m_tenant.start(0, &error));
    }

    void init()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        m_settings->clear();
        m_store = std::make_unique<ProfileStore>(m_settings.get());
        m_credentials = std::make_unique<CredentialStore>(u"idp-token-inspector-tests"_s);
        m_session = std::make_unique<SessionSecrets>();
        m_dialog = std::make_unique<ProfileDialog>(m_store.get(), m_credentials.get(),
                                                   m_session.get());
        m_dialog->show();
    }

    void cleanup()
    {
        m_dialog.reset();
        m_session.reset();
        m_credentials.reset();
        m_store.reset();
        m_settings.reset();
    }

    void save_noKeychain_cancelSavesNothing()
    {
        fill();
        QSignalSpy saved(m_dialog.get(), &ProfileDialog::saveFinished);
        QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
        const QString text = answerPrompt(false);
        QVERIFY2(!text.isEmpty(), "the keychain warning never showed");
        QVERIFY2(text.contains(u"No keychain service is reachable"_s), qPrintable(text));
        QVERIFY(text.contains(u"memory for this session only"_s));
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(saved.first().first().toBool(), false);
        QVERIFY(m_store->profiles().isEmpty());
    }

    void save_noKeychain_keepInMemoryWorksAndWritesNothing()
    {
        fill();
        QSignalSpy saved(m_dialog.get(), &ProfileDialog::saveFinished);
        QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
        QVERIFY2(!answerPrompt(true).isEmpty(), "the keychain warning never showed");
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(saved.first().first().toBool(), true);
        const TenantProfile profile = m_store->profiles().first();
        QVERIFY(!profile.hasStoredSecret);
        QVERIFY(m_session->contains(profile.id));
        QVERIFY(child<QLabel>("secretStatus")->text().contains(u"memory for this session only"_s));

        m_settings->sync();
        QFile file(m_settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(m_secret.toUtf8()));

        QSignalSpy tested(m_dialog.get(), &ProfileDialog::connectionTested);
        QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
        QVERIFY(!tested.isEmpty() || tested.wait(20000));
        QCOMPARE(tested.first().first().toBool(), true);
    }
};

QTEST_MAIN(KeychainFallbackTest)
#include "keychainfallback_test.moc"
