#include "../support/memoryscan.h"
#include "../support/testcontext.h"
#include "../support/wait.h"
#include "clipboardguard.h"
#include "identitymodel.h"
#include "mainwindow.h"
#include "processhardening.h"
#include "profilestore.h"
#include "searchpanel.h"
#include "tenantsession.h"
#include "tokenprovider.h"
#include "userpanel.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

// No copy of a user's IdP tokens stays in the process once the user is closed (another user, a
// new search, a profile switch, the lock, quitting), and no copy of a profile's client secret or
// Management API token once the profile is left. The secrets are random for this run; the test
// holds them only masked, and the fake tenant runs as a separate process, so every copy the scan
// finds was made by the app.
class MemoryScanTest final : public QObject
{
    Q_OBJECT

    struct Client
    {
        QString id;
        MaskedSecret secret;
        QString profileId;
    };

    QTemporaryDir m_dir;
    QProcess m_tenant;
    QString m_domain;
    std::unique_ptr<TestContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    Client m_clients[2];
    MaskedSecret m_aliceAccess;
    MaskedSecret m_aliceRefresh;
    MaskedSecret m_aliceSecret; // an OAuth 1 access_token_secret
    MaskedSecret m_bobAccess;
    MaskedSecret m_managementToken; // of the session the moment ends

    static MaskedSecret randomSecret(const QByteArray &prefix)
    {
        QByteArray random(48, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()),
                                              random.size() / 4);
        QByteArray value = prefix
                + random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        return MaskedSecret(value);
    }

    // Writes the seed straight to the file, from a buffer that is wiped afterwards.
    bool writeSeed(const QString &path)
    {
        QByteArray seed = "{\"tenant\":{\"token_lifetime\":86400},\"clients\":[";
        for (int i = 0; i < 2; ++i) {
            QByteArray secret = m_clients[i].secret.plain();
            seed += (i ? "," : "") + "{\"client_id\":\""_ba + m_clients[i].id.toUtf8()
                    + "\",\"client_secret\":\"" + secret
                    + "\",\"grant_types\":[\"client_credentials\"],"
                      "\"management_api_scopes\":[\"read:users\",\"read:user_idp_tokens\"]}";
            wipe(secret);
        }
        QByteArray aliceAccess = m_aliceAccess.plain();
        QByteArray aliceRefresh = m_aliceRefresh.plain();
        QByteArray aliceSecret = m_aliceSecret.plain();
        QByteArray bobAccess = m_bobAccess.plain();
        seed += "],\"users\":[{\"user_id\":\"github|4242\",\"email\":\"alice@scan.example\","
                "\"name\":\"Alice Scan\",\"identities\":["
                "{\"provider\":\"github\",\"connection\":\"github\",\"user_id\":4242,"
                "\"isSocial\":true,\"access_token\":\""
                + aliceAccess + "\",\"refresh_token\":\"" + aliceRefresh
                + "\"},{\"provider\":\"twitter\",\"connection\":\"twitter\",\"user_id\":\"77\","
                  "\"isSocial\":true,\"access_token\":\"tw-not-looked-for\","
                  "\"access_token_secret\":\""
                + aliceSecret
                + "\"}]},{\"user_id\":\"google-oauth2|5151\",\"email\":\"bob@scan.example\","
                  "\"name\":\"Bob Scan\",\"identities\":[{\"provider\":\"google-oauth2\","
                  "\"connection\":\"google-oauth2\",\"user_id\":\"5151\",\"isSocial\":true,"
                  "\"access_token\":\""
                + bobAccess + "\"}]}]}";
        wipe(aliceAccess);
        wipe(aliceRefresh);
        wipe(aliceSecret);
        wipe(bobAccess);
        const int fd = ::open(QFile::encodeName(path).constData(),
                              O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        const bool written
                = fd >= 0 && ::write(fd, seed.constData(), size_t(seed.size())) == seed.size();
        if (fd >= 0)
            ::close(fd);
        wipe(seed);
        return written;
    }

    static void wipe(QByteArray &bytes)
    {
        volatile char *data = bytes.data();
        for (qsizetype i = 0; i < bytes.size(); ++i)
            data[i] = 0;
        bytes.clear();
    }

    bool storeSecret(Client &client)
    {
        TenantProfile profile;
        profile.name = client.id;
        profile.domain = m_domain;
        profile.clientId = client.id;
        profile.caCertificateFile = m_dir.filePath(u"ca.pem"_s);
        const bool ok
                = saveProfileWithSecret(**m_context, profile, SecretBytes(client.secret.plain()));
        client.profileId = profile.id;
        return ok;
    }

    bool switchTo(const Client &client)
    {
        auto *combo = m_window->findChild<QComboBox *>(u"profileCombo"_s);
        const int index = combo->findData(client.profileId);
        if (index < 0)
            return false;
        QSignalSpy connected(m_window.get(), &MainWindow::connectionChecked);
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index);
        return waitForSignal(connected) && connected.first().first().toBool()
                && rememberManagementToken();
    }

    // The session's Management API token, masked at once.
    bool rememberManagementToken()
    {
        auto *tokens = m_window->session()->findChild<TokenProvider *>();
        if (!tokens)
            return false;
        QByteArray header = tokens->authorizationHeader();
        QByteArray token = header.mid(int(qstrlen("Bearer ")));
        wipe(header);
        m_managementToken = MaskedSecret(token);
        return m_managementToken.size() > 20;
    }

    bool search(const QString &text)
    {
        m_window->findChild<QLineEdit *>(u"searchEdit"_s)->setText(text);
        QSignalSpy finished(m_window.get(), &MainWindow::searchFinished);
        m_window->searchPanel()->search();
        return waitForSignal(finished) && finished.first().first().toBool();
    }

    // Opens Alice, reveals her access token on screen, copies it, and masks it again: every way
    // the app turns a token into text.
    bool openAliceAndUseHerToken()
    {
        m_window->userPanel()->clear(); // opening the open user again is no request
        QSignalSpy opened(m_window.get(), &MainWindow::userOpened);
        m_window->openUser(u"github|4242"_s);
        if (!waitForSignal(opened) || !opened.first().first().toBool())
            return false;
        UserPanel *panel = m_window->userPanel();
        const QList<QModelIndex> tokens = panel->model()->tokenIndexes();
        if (tokens.size() != 4)
            return false;
        panel->selectIndex(tokens.first());
        panel->revealSelected();
        auto *view = panel->findChild<QTreeView *>(u"identitiesView"_s);
        view->viewport()->repaint(); // the revealed text is drawn
        QTest::qWait(50);
        if (!panel->model()->revealedIndex().isValid())
            return false;
        panel->copySelected();
        m_window->clipboardGuard()->clearNow();
        panel->maskAll();
        view->viewport()->repaint();
        return true;
    }

    QString report(const QList<MemoryCount> &counts, const QStringList &names)
    {
        QStringList lines;
        for (qsizetype i = 0; i < counts.size(); ++i) {
            if (counts.at(i).total())
                lines.append(u"%1: %2 UTF-8, %3 UTF-16 (%4)"_s.arg(names.at(i))
                                     .arg(counts.at(i).utf8)
                                     .arg(counts.at(i).utf16)
                                     .arg(counts.at(i).places.join(u"; "_s)));
        }
        return lines.join(u'\n');
    }

    // Settles deferred deletions and queued signals, then counts.
    QString copiesLeft(const QList<const MaskedSecret *> &secrets, const QStringList &names)
    {
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            QTest::qWait(20);
        }
        return report(countInProcessMemory(secrets), names);
    }

    QList<const MaskedSecret *> aliceTokens() const
    {
        return {&m_aliceAccess, &m_aliceRefresh, &m_aliceSecret};
    }
    const QStringList aliceNames{u"Alice's access token"_s, u"Alice's refresh token"_s,
                                 u"Alice's access token secret"_s};

private Q_SLOTS:
    void initTestCase()
    {
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("Under AddressSanitizer a scan of the whole process (its shadow memory and "
              "quarantine) outlasts the test's time limit; every normal build runs it, .ci/run "
              "included.");
#endif
        QVERIFY(ProcessHardening::freedMemoryIsWiped());
        m_clients[0].id = u"memoryScanClient000000001"_s;
        m_clients[1].id = u"memoryScanClient000000002"_s;
        m_clients[0].secret = randomSecret("first-secret-");
        m_clients[1].secret = randomSecret("second-secret-");
        m_aliceAccess = randomSecret("gho_");
        m_aliceRefresh = randomSecret("ghr_");
        m_aliceSecret = randomSecret("oauth1-");
        m_bobAccess = randomSecret("ya29.");

        const QString seed = m_dir.filePath(u"seed.json"_s);
        QVERIFY(writeSeed(seed));
        m_tenant.setProgram(QStringLiteral(FAKE_TENANT_EXECUTABLE));
        m_tenant.setArguments({u"--port"_s, u"0"_s, u"--seed"_s, seed, u"--ca-out"_s,
                               m_dir.filePath(u"ca.pem"_s)});
        m_tenant.start();
        QVERIFY(m_tenant.waitForStarted());
        QByteArray output;
        QElapsedTimer timer;
        timer.start();
        while (!output.contains('\n') && timer.elapsed() < 20000) {
            m_tenant.waitForReadyRead(500);
            output += m_tenant.readAllStandardOutput();
        }
        QVERIFY2(output.startsWith("listening https://"), output.constData());
        m_domain = QUrl(QString::fromUtf8(output.mid(10).trimmed().split(' ').first())).authority();
        QFile::remove(seed);

        m_context = std::make_unique<TestContext>();
        QVERIFY(storeSecret(m_clients[0]));
        QVERIFY(storeSecret(m_clients[1]));
        (*m_context)->profiles()->setLastProfileId(m_clients[0].profileId);
        m_window = std::make_unique<MainWindow>(**m_context);
        QSignalSpy connected(m_window.get(), &MainWindow::connectionChecked);
        m_window->show();
        QVERIFY(waitForSignal(connected));
        QVERIFY(connected.first().first().toBool());
        QVERIFY(rememberManagementToken());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_context.reset();
        m_tenant.terminate();
        m_tenant.waitForFinished(5000);
    }

    void scan_findsWhatIsThere()
    {
        // The scan itself: while Alice is open, her tokens are in the model; while connected, the
        // secret and the Management API token are in the session.
        QVERIFY(openAliceAndUseHerToken());
        const QList<MemoryCount> counts = countInProcessMemory(
                {&m_aliceAccess, &m_aliceRefresh, &m_clients[0].secret, &m_managementToken});
        for (const MemoryCount &count : counts)
            QVERIFY(count.utf8 >= 1);
        // Once the token is masked again, the user's tokens are held once each: in the model.
        QVERIFY2(counts.at(0).total() == 1, qPrintable(counts.at(0).places.join(u"; "_s)));
        QVERIFY2(counts.at(1).total() == 1, qPrintable(counts.at(1).places.join(u"; "_s)));
        QVERIFY(counts.first().bytesScanned > 1024 * 1024);
    }

    void anotherUser_leavesNoCopyOfTheFirst()
    {
        QVERIFY(openAliceAndUseHerToken());
        QSignalSpy opened(m_window.get(), &MainWindow::userOpened);
        m_window->openUser(u"google-oauth2|5151"_s);
        QVERIFY(waitForSignal(opened));
        const QString left = copiesLeft(aliceTokens(), aliceNames);
        QVERIFY2(left.isEmpty(), qPrintable(left));
    }

    void newSearch_leavesNoCopyOfTheOpenUser()
    {
        QVERIFY(openAliceAndUseHerToken());
        QVERIFY(search(u"bob@scan.example"_s));
        const QString left = copiesLeft(aliceTokens(), aliceNames);
        QVERIFY2(left.isEmpty(), qPrintable(left));
    }

    void profileSwitch_leavesNoCopyOfTheUserOrTheProfile()
    {
        QVERIFY(openAliceAndUseHerToken());
        MaskedSecret firstToken = std::exchange(m_managementToken, {});
        QVERIFY(switchTo(m_clients[1]));
        const QString left = copiesLeft(
                aliceTokens() + QList<const MaskedSecret *>{&m_clients[0].secret, &firstToken},
                aliceNames + QStringList{u"first client secret"_s, u"first Management token"_s});
        QVERIFY2(left.isEmpty(), qPrintable(left));
        QVERIFY(switchTo(m_clients[0]));
    }

    void lock_leavesNoCopyOfTheUserOrTheProfile()
    {
        QVERIFY(openAliceAndUseHerToken());
        m_window->lock(u"Locked by the test."_s);
        const QString left = copiesLeft(
                aliceTokens()
                        + QList<const MaskedSecret *>{&m_clients[0].secret, &m_managementToken},
                aliceNames + QStringList{u"client secret"_s, u"Management token"_s});
        QVERIFY2(left.isEmpty(), qPrintable(left));
        QSignalSpy connected(m_window.get(), &MainWindow::connectionChecked);
        m_window->unlock();
        QVERIFY(waitForSignal(connected));
        QVERIFY(rememberManagementToken());
    }

    void quit_leavesNoCopyOfAnything()
    {
        QVERIFY(openAliceAndUseHerToken());
        m_window->close();
        m_window.reset();
        const QString left = copiesLeft(
                aliceTokens()
                        + QList<const MaskedSecret *>{&m_bobAccess, &m_clients[0].secret,
                                                      &m_clients[1].secret, &m_managementToken},
                aliceNames
                        + QStringList{u"Bob's access token"_s, u"first client secret"_s,
                                      u"second client secret"_s, u"Management token"_s});
        QVERIFY2(left.isEmpty(), qPrintable(left));
    }
};

int main(int argc, char *argv[])
{
    // As the app does: freed memory is overwritten (this restarts the test), no core dumps.
    ProcessHardening::wipeFreedMemory(argv);
    ProcessHardening::apply();
    QApplication app(argc, argv);
    MemoryScanTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "memoryscan_test.moc"
