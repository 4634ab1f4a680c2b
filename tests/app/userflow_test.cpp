#include "../support/fakesession.h"
#include "auditlog.h"
#include "clipboardguard.h"
#include "faketenant.h"
#include "identitymodel.h"
#include "mainwindow.h"
#include "userpanel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStringListModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;
using FakeAuth0::FakeTenant;

namespace {
const QString GithubUser = u"github|5823109"_s;
const QString VaultUser = u"google-oauth2|104455667788990011223"_s;
const QString LinkedInUser = u"linkedin|Xq3DEMOa1B"_s;

QModelIndex find(const QAbstractItemModel *model, const QModelIndex &parent, const QString &prefix)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString().startsWith(prefix))
            return index;
    }
    return {};
}

QString value(const QModelIndex &field)
{
    return field.siblingAtColumn(IdentityModel::ValueColumn).data().toString();
}

// Every token value in the demo seed, to prove none leaks into a log or the clipboard.
QStringList seedTokenValues()
{
    QStringList values;
    const QJsonArray users
            = QJsonDocument::fromJson(FakeTenant::demoSeed()).object().value(u"users"_s).toArray();
    for (const QJsonValue &user : users) {
        for (const QJsonValue &identity : user.toObject().value(u"identities"_s).toArray()) {
            for (const QString &key :
                 {u"access_token"_s, u"refresh_token"_s, u"access_token_secret"_s}) {
                const QString token = identity.toObject().value(key).toString();
                if (!token.isEmpty())
                    values.append(token);
            }
        }
    }
    return values;
}
} // namespace

// The whole flow offscreen against the fake tenant over HTTPS: search by id, email and query,
// paging and the 1000 window, opening users, reveal and re-mask, copy and the clipboard clearing,
// every missing-token explanation, production reasons, and the audit log.
class UserFlowTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeTenant> m_tenant;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    QString m_caFile;

    template<typename T>
    T *child(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }

    void connectWindow(const QString &clientId = u"demoInspectorM2mClient0001"_s,
                       const QByteArray &secret = "demo-secret-for-the-local-fake-tenant-only",
                       TenantProfile::Environment environment
                       = TenantProfile::Environment::Development)
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(connectToFakeTenant(*m_window, *m_tenant, m_caFile, environment, clientId, secret));
        m_window->userPanel()->setRevealSeconds(30);
    }

    bool searchFor(const QString &text, int mode = 0)
    {
        child<QComboBox>("searchModeCombo")->setCurrentIndex(mode);
        auto *edit = child<QLineEdit>("searchEdit");
        edit->clear();
        QTest::keyClicks(edit, text);
        QSignalSpy done(m_window.get(), &MainWindow::searchFinished);
        QTest::keyClick(edit, Qt::Key_Return);
        return done.wait(20000) && done.first().first().toBool();
    }

    bool open(const QString &userId)
    {
        QSignalSpy opened(m_window.get(), &MainWindow::userOpened);
        m_window->openUser(userId);
        return (!opened.isEmpty() || opened.wait(20000)) && opened.last().first().toBool();
    }

    IdentityModel *identities() const { return m_window->userPanel()->model(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"idp-token-inspector-tests"_s);
        QCoreApplication::setApplicationName(u"userflow-test"_s);
        m_caFile = m_dir.filePath(u"ca.pem"_s);
    }

    void init()
    {
        m_tenant = std::make_unique<FakeTenant>();
        QString error;
        QVERIFY(m_tenant->loadDemoSeed(&error));
        QVERIFY(m_tenant->start(0, &error));
        QFile ca(m_caFile);
        QVERIFY(ca.open(QIODevice::WriteOnly));
        ca.write(m_tenant->caCertificatePem());
    }

    void cleanup()
    {
        m_window.reset();
        m_tenant.reset();
        QFile::remove(AuditLog().path());
    }

    void searchByUserId_opensTheUserWithoutAnotherRequest()
    {
        connectWindow();
        m_tenant->resetCounters();
        QVERIFY(searchFor(GithubUser));
        QCOMPARE(m_window->userPanel()->userId(), GithubUser);
        QCOMPARE(m_tenant->requestCount(u"/api/v2/"_s), 1);
        const QModelIndex github = identities()->index(0, 0);
        QCOMPARE(value(find(identities(), github, u"user_id"_s)), u"5823109 (a number)"_s);
        QCOMPARE(child<QTableView>("resultsView")->model()->rowCount(), 1);
    }

    void searchByEmail_opensLinkedAccounts()
    {
        connectWindow();
        QVERIFY(searchFor(u"jordan.lee@example.com"_s));
        QTRY_COMPARE(identities()->rowCount(), 3);
        QCOMPARE(identities()->index(0, 0).data().toString(), u"auth0 (primary)"_s);
        const QModelIndex google = identities()->index(1, 0);
        QVERIFY(find(identities(), google, u"profileData"_s).isValid());
        QCOMPARE(identities()->tokenIndexes().size(), 3);
    }

    void searchByQuery_pagesAndStopsAtTheWindow()
    {
        connectWindow();
        auto *pageSize = child<QComboBox>("pageSizeCombo");
        pageSize->setCurrentIndex(1); // 100 per page
        QVERIFY(searchFor(QString()));
        auto *label = child<QLabel>("pageLabel");
        QVERIFY(label->text().startsWith(u"1–100 of "_s));
        QVERIFY(child<QLabel>("windowMessage")->isVisible());
        QVERIFY(child<QLabel>("windowMessage")->text().contains(u"first 1000"_s));
        auto *next = child<QPushButton>("nextButton");
        for (int page = 1; page < 10; ++page) {
            QVERIFY(next->isEnabled());
            QSignalSpy done(m_window.get(), &MainWindow::searchFinished);
            QTest::mouseClick(next, Qt::LeftButton);
            QVERIFY(done.wait(20000));
        }
        QVERIFY(label->text().startsWith(u"901–1000 of "_s));
        QVERIFY(!next->isEnabled());
        QVERIFY(child<QPushButton>("previousButton")->isEnabled());
    }

    void searchByQuery_luceneFindsConnections()
    {
        connectWindow();
        QVERIFY(searchFor(u"identities.connection:\"github\""_s));
        QCOMPARE(child<QLabel>("pageLabel")->text(), u"1–2 of 2"_s);
    }

    void escape_cancelsASlowSearch_andHistoryKeepsQueries()
    {
        connectWindow();
        QVERIFY(searchFor(u"identities.connection:\"twitter\""_s));
        m_tenant->addFault({FakeTenant::Fault::Kind::Latency, u"/api/v2/"_s, 1, 3000});
        auto *edit = child<QLineEdit>("searchEdit");
        edit->setText(u"identities.connection:\"github\""_s);
        QSignalSpy done(m_window.get(), &MainWindow::searchFinished);
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(child<QProgressBar>("busyBar")->isVisible());
        QTest::keyClick(edit, Qt::Key_Escape);
        QVERIFY(!child<QProgressBar>("busyBar")->isVisible());
        QCOMPARE(m_window->statusBar()->currentMessage(), u"Search cancelled"_s);
        QTest::qWait(200);
        QCOMPARE(done.count(), 0);

        const QStringList history
                = static_cast<QStringListModel *>(edit->completer()->model())->stringList();
        QCOMPARE(history.value(0), u"identities.connection:\"github\""_s);
        QCOMPARE(history.value(1), u"identities.connection:\"twitter\""_s);
    }

    void unknownUserId_saysNoUsersFound()
    {
        connectWindow();
        QVERIFY(searchFor(u"auth0|does-not-exist"_s));
        QCOMPARE(child<QLabel>("pageLabel")->text(), u"No users found"_s);
    }

    void openUser_warmToken_costsExactlyOneRequest()
    {
        connectWindow();
        QVERIFY(searchFor(u"email.domain:\"contoso.example\""_s));
        m_tenant->resetCounters();
        const QString id = child<QTableView>("resultsView")->model()->index(3, 2).data().toString();
        QVERIFY(open(id));
        QCOMPARE(m_tenant->requestCount(), 1);
        QCOMPARE(m_tenant->requestCount(u"/oauth/token"_s), 0);
    }

    void reveal_thenMasksAfterTimeoutAndOnFocusLoss()
    {
        connectWindow();
        QVERIFY(searchFor(GithubUser));
        UserPanel *panel = m_window->userPanel();
        const QModelIndex token = identities()->tokenIndexes().first();
        panel->selectIndex(token);
        QVERIFY(token.data().toString().startsWith(u"••••"_s));
        panel->setRevealSeconds(1);
        QSignalSpy done(panel, &UserPanel::tokenActionDone);
        auto *tree = m_window->findChild<QTreeView *>(u"identitiesView"_s);
        tree->setFocus();
        QTRY_VERIFY(tree->hasFocus());
        QTest::keyClick(tree, Qt::Key_H, Qt::ControlModifier);
        QCOMPARE(done.count(), 1);
        QVERIFY(token.data().toString().startsWith(u"gho_DEMO"_s));
        QTRY_VERIFY_WITH_TIMEOUT(token.data().toString().startsWith(u"••••"_s), 3000);

        panel->setRevealSeconds(30);
        panel->revealSelected();
        QVERIFY(token.data(IdentityModel::RevealedRole).toBool());
        QWidget other;
        other.show();
        other.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&other));
        QVERIFY(!m_window->isActiveWindow());
        QTRY_VERIFY(!token.data(IdentityModel::RevealedRole).toBool());
    }

    void rowButtons_revealAndCopyTheirOwnToken()
    {
        connectWindow();
        QVERIFY(searchFor(u"jordan.lee@example.com"_s));
        QTRY_COMPARE(identities()->tokenIndexes().size(), 3);
        auto *tree = m_window->findChild<QTreeView *>(u"identitiesView"_s);
        const QModelIndex refresh = identities()->tokenIndexes().at(1);
        tree->scrollTo(refresh);
        const QRect cell = tree->visualRect(refresh);
        QVERIFY(cell.isValid());
        // Reveal sits left of Copy at the right edge of the value cell.
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                          QPoint(cell.right() - 68 - 30, cell.center().y()));
        QVERIFY(refresh.data(IdentityModel::RevealedRole).toBool());
        QVERIFY(!identities()->tokenIndexes().first().data(IdentityModel::RevealedRole).toBool());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                          QPoint(cell.right() - 30, cell.center().y()));
        QVERIFY(identities()->tokenValue(refresh).equals(
                SecretBytes(QGuiApplication::clipboard()->text().toUtf8())));
    }

    void copy_clearsClipboardAfterTimeout_unlessReplaced()
    {
        connectWindow();
        QVERIFY(searchFor(u"kenji.watanabe@example.jp"_s));
        QTRY_COMPARE(identities()->tokenIndexes().size(), 2);
        UserPanel *panel = m_window->userPanel();
        m_window->clipboardGuard()->setTimeoutSeconds(1);
        const QModelIndex secret = identities()->tokenIndexes().at(1);
        QCOMPARE(secret.data(IdentityModel::TokenKindRole).toString(), u"access_token_secret"_s);
        panel->selectIndex(secret);
        auto *tree = m_window->findChild<QTreeView *>(u"identitiesView"_s);
        tree->setFocus();
        QTRY_VERIFY(tree->hasFocus());
        QTest::keyClick(tree, Qt::Key_C, Qt::ControlModifier);
        QClipboard *clipboard = QGuiApplication::clipboard();
        const QString copied = clipboard->text();
        QVERIFY(identities()->tokenValue(secret).equals(SecretBytes(copied.toUtf8())));
        QVERIFY(clipboard->mimeData()->hasFormat(u"x-kde-passwordManagerHint"_s));
        QCOMPARE(clipboard->mimeData()->data(u"x-kde-passwordManagerHint"_s), QByteArray("secret"));
        QVERIFY(child<QLabel>("clipboardLabel")->text().contains(u"Clipboard clears in"_s));
        QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 4000);

        panel->copySelected();
        clipboard->setText(u"something the admin copied since"_s);
        QSignalSpy cleared(m_window->clipboardGuard(), &ClipboardGuard::cleared);
        QVERIFY(cleared.wait(4000));
        QCOMPARE(cleared.first().first().toBool(), false);
        QCOMPARE(clipboard->text(), u"something the admin copied since"_s);
    }

    void missingTokens_explainedOnTheIdentity()
    {
        connectWindow();
        QVERIFY(searchFor(LinkedInUser));
        QVERIFY(value(find(identities(), identities()->index(0, 0), u"Why no token?"_s))
                        .contains(u"returned none"_s));

        QVERIFY(searchFor(GithubUser));
        QVERIFY(value(find(identities(), identities()->index(0, 0), u"Why no token?"_s))
                        .contains(u"does not issue refresh tokens"_s));

        QVERIFY(searchFor(VaultUser));
        // The Token Vault explanation needs the user's connected accounts: one more request.
        QTRY_VERIFY_WITH_TIMEOUT(
                find(identities(), identities()->index(0, 0), u"Token Vault"_s).isValid(), 10000);
        QVERIFY(value(find(identities(), identities()->index(0, 0), u"Token Vault"_s))
                        .contains(u"google-workspace-vault"_s)
                || value(find(identities(), identities()->index(0, 0), u"Token Vault"_s))
                           .contains(u"cac_DEMO"_s));
    }

    void missingScope_explainedOnEveryIdentity()
    {
        // A token without read:user_idp_tokens: Auth0 hides the tokens silently.
        m_tenant->addClient({u"usersOnly"_s,
                             u"users-only-secret"_s,
                             u"users only"_s,
                             {u"client_credentials"_s},
                             true,
                             {u"read:users"_s}});
        m_window = std::make_unique<MainWindow>();
        // The default scope request asks for both scopes, which this client lacks: the test
        // connection says so.
        TenantProfile profile;
        profile.name = u"Users only"_s;
        profile.domain = m_tenant->domain();
        profile.clientId = u"usersOnly"_s;
        profile.caCertificateFile = m_caFile;
        QSignalSpy connected(m_window.get(), &MainWindow::connectionChecked);
        m_window->useSessionProfile(profile, SecretBytes("users-only-secret"));
        QVERIFY(connected.wait(20000));
        QCOMPARE(connected.last().first().toBool(), false);
        QVERIFY(child<QLabel>("connectionStatus")
                        ->text()
                        .contains(u"not granted the requested scopes"_s));
    }

    void rateLimitDuringSearch_waitsAndShowsCountdown()
    {
        connectWindow();
        m_tenant->setRateLimit(FakeTenant::Api::Management, 1, 1);
        QVERIFY(searchFor(u"identities.connection:\"twitter\""_s));
        QSignalSpy done(m_window.get(), &MainWindow::searchFinished);
        auto *edit = child<QLineEdit>("searchEdit");
        edit->setText(u"identities.connection:\"github\""_s);
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().contains(u"rate limit"_s),
                                 5000);
        QVERIFY(done.wait(20000));
        QCOMPARE(done.first().first().toBool(), true);
        QCOMPARE(child<QLabel>("pageLabel")->text(), u"1–2 of 2"_s);
    }

    void productionTenant_asksReasonBeforeFirstReveal_andAuditsWithoutValues()
    {
        connectWindow(u"demoInspectorM2mClient0001"_s, "demo-secret-for-the-local-fake-tenant-only",
                      TenantProfile::Environment::Production);
        QVERIFY(searchFor(u"jordan.lee@example.com"_s));
        QTRY_COMPARE(identities()->tokenIndexes().size(), 3);
        UserPanel *panel = m_window->userPanel();
        panel->selectIndex(identities()->tokenIndexes().first());
        QSignalSpy done(panel, &UserPanel::tokenActionDone);
        panel->revealSelected();
        QCOMPARE(done.count(), 0);
        auto *dialog = panel->findChild<QInputDialog *>(u"reasonDialog"_s);
        QVERIFY(dialog);
        dialog->setTextValue(u"SUP-4242 customer cannot sync calendar"_s);
        dialog->accept();
        QCOMPARE(done.count(), 1);
        QVERIFY(identities()->tokenIndexes().first().data(IdentityModel::RevealedRole).toBool());
        // The reason is asked once per user.
        panel->selectIndex(identities()->tokenIndexes().at(2));
        panel->copySelected();
        QCOMPARE(done.count(), 2);

        // Every other token of the seed, revealed and copied, for the log check below.
        for (const QString &user :
             {GithubUser, u"twitter|1184467231"_s, u"google-oauth2|108234567890123456789"_s}) {
            QVERIFY(open(user));
            for (const QModelIndex &token : identities()->tokenIndexes()) {
                panel->selectIndex(token);
                panel->revealSelected();
                for (auto *reason : panel->findChildren<QInputDialog *>(u"reasonDialog"_s)) {
                    if (!reason->isVisible())
                        continue;
                    reason->setTextValue(u"SUP-1"_s);
                    reason->accept();
                }
                panel->copySelected();
            }
        }
        const QList<AuditEntry> entries = m_window->auditLog()->read();
        QVERIFY(entries.size() >= 10);
        QCOMPARE(entries.last().action, u"reveal"_s);
        QCOMPARE(entries.last().reason, u"SUP-4242 customer cannot sync calendar"_s);
        QCOMPARE(entries.last().connection, u"google-oauth2"_s);
        QCOMPARE(entries.last().token, u"access_token"_s);
        QVERIFY(!entries.last().osUser.isEmpty());
        QCOMPARE(entries.last().tenantDomain, m_tenant->domain());

        QFile file(m_window->auditLog()->path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray log = file.readAll();
        for (const QString &token : seedTokenValues())
            QVERIFY2(!log.contains(token.toUtf8()), "a token value reached the audit log");
    }

    void copyRedactedJson_holdsNoTokenValue()
    {
        connectWindow();
        QVERIFY(searchFor(u"jordan.lee@example.com"_s));
        QTRY_COMPARE(identities()->rowCount(), 3);
        QTest::mouseClick(m_window->findChild<QPushButton *>(u"copyRedactedButton"_s),
                          Qt::LeftButton);
        const QString json = QGuiApplication::clipboard()->text();
        QVERIFY(json.contains(u"jordan.lee@example.com"_s));
        QVERIFY(json.contains(u"[redacted: "_s));
        for (const QString &token : seedTokenValues())
            QVERIFY(!json.contains(token));
        QVERIFY(!m_window->findChild<QPlainTextEdit *>(u"rawJsonView"_s)
                         ->toPlainText()
                         .contains(u"ya29."_s));
    }
};

QTEST_MAIN(UserFlowTest)
#include "userflow_test.moc"
