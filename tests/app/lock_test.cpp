#include "../support/fakesession.h"
#include "../support/testcontext.h"
#include "clipboardguard.h"
#include "faketenant.h"
#include "identitymodel.h"
#include "lockwatcher.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "searchpanel.h"
#include "tenantsession.h"
#include "userpanel.h"

#include <QClipboard>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using FakeAuth0::FakeTenant;

// Locking, by hand, after idle time, and when the desktop locks its screen (a real D-Bus signal
// on the test's private session bus): the open user, every token and the Management API token
// go; unlocking reads the secret from the keychain again.
class LockTest final : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeTenant> m_tenant;
    std::unique_ptr<TestContext> m_context;
    std::unique_ptr<MainWindow> m_window;

    QLabel *reason() const { return m_window->findChild<QLabel *>(u"lockReason"_s); }

    bool openUserWithTokens()
    {
        auto *edit = m_window->findChild<QLineEdit *>(u"searchEdit"_s);
        edit->setText(u"github|5823109"_s);
        QSignalSpy opened(m_window.get(), &MainWindow::userOpened);
        m_window->searchPanel()->search();
        return waitForSignal(opened) && !m_window->userPanel()->model()->tokenIndexes().isEmpty();
    }

private Q_SLOTS:
    void init()
    {
        m_context = std::make_unique<TestContext>();
        m_tenant = std::make_unique<FakeTenant>();
        QString error;
        QVERIFY(m_tenant->loadDemoSeed(&error));
        QVERIFY(m_tenant->start(0, &error));
    }

    void cleanup()
    {
        m_window.reset();
        m_tenant.reset();
        m_context.reset();
    }

    void lock_clearsUserTokensAndSession_unlockReadsTheKeychainAgain()
    {
        // A saved profile whose secret is in the (test's own) keychain service.
        QFile ca(m_context->filePath(u"ca.pem"_s));
        QVERIFY(ca.open(QIODevice::WriteOnly));
        ca.write(m_tenant->caCertificatePem());
        ca.close();
        TenantProfile profile;
        profile.name = u"Saved"_s;
        profile.domain = m_tenant->domain();
        profile.clientId = u"demoInspectorM2mClient0001"_s;
        profile.caCertificateFile = ca.fileName();
        QVERIFY(saveProfileWithSecret(**m_context, profile,
                                      SecretBytes("demo-secret-for-the-local-fake-tenant-only")));
        (*m_context)->profiles()->setLastProfileId(profile.id);

        m_window = std::make_unique<MainWindow>(**m_context);
        QSignalSpy connected(m_window.get(), &MainWindow::connectionChecked);
        m_window->show();
        QVERIFY(waitForSignal(connected));
        QVERIFY(openUserWithTokens());
        m_window->userPanel()->selectIndex(m_window->userPanel()->model()->tokenIndexes().first());
        m_window->userPanel()->copySelected();
        QVERIFY(!QGuiApplication::clipboard()->text().isEmpty());
        QPointer<TenantSession> session = m_window->session();

        m_window->lock(u"Locked by the test."_s);
        QVERIFY(m_window->isLocked());
        QVERIFY(session.isNull()); // its Management API token and secret went with it
        QVERIFY(m_window->userPanel()->userId().isEmpty());
        QVERIFY(m_window->userPanel()->model()->tokenIndexes().isEmpty());
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        QVERIFY(!m_window->menuBar()->isEnabled());
        QCOMPARE(reason()->text(), u"Locked by the test."_s);

        const int tokensBefore = m_tenant->tokensIssued();
        connected.clear();
        QTest::mouseClick(m_window->findChild<QPushButton *>(u"unlockButton"_s), Qt::LeftButton);
        QVERIFY(!m_window->isLocked());
        QVERIFY(waitForSignal(connected));
        QCOMPARE(m_window->currentProfileId(), profile.id);
        QCOMPARE(m_tenant->tokensIssued(), tokensBefore + 1); // a new token, from a re-read secret
        QVERIFY(m_window->userPanel()->userId().isEmpty());
    }

    void idleTime_locks_inputPostponesIt()
    {
        m_window = std::make_unique<MainWindow>(**m_context);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // Input every 250 ms for 6 s against a 4 s idle time: wide margins for a busy machine.
        m_window->lockWatcher()->setIdleTimeoutMs(4000);
        auto *edit = m_window->findChild<QLineEdit *>(u"searchEdit"_s);
        for (int i = 0; i < 24; ++i) {
            QTest::qWait(250);
            QTest::keyClick(edit, Qt::Key_Shift);
            QVERIFY2(!m_window->isLocked(), "locked although there was input");
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 15000);
        QVERIFY(reason()->text().contains(u"without input"_s));
    }

    void desktopScreenLock_locks()
    {
        m_window = std::make_unique<MainWindow>(**m_context);
        m_window->show();
        QVERIFY(m_window->lockWatcher()->watchesDesktop());
        QDBusMessage signal
                = QDBusMessage::createSignal(u"/org/freedesktop/ScreenSaver"_s,
                                             u"org.freedesktop.ScreenSaver"_s, u"ActiveChanged"_s);
        signal << false;
        QVERIFY(QDBusConnection::sessionBus().send(signal));
        QTest::qWait(300);
        QVERIFY(!m_window->isLocked()); // the screen saver went away: nothing to do
        QDBusMessage active
                = QDBusMessage::createSignal(u"/org/freedesktop/ScreenSaver"_s,
                                             u"org.freedesktop.ScreenSaver"_s, u"ActiveChanged"_s);
        active << true;
        QVERIFY(QDBusConnection::sessionBus().send(active));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 5000);
        QVERIFY(reason()->text().contains(u"screen was locked"_s));
    }
};

QTEST_MAIN(LockTest)
#include "lock_test.moc"
