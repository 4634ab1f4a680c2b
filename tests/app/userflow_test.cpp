#include "../support/fakesession.h"
#include "../support/fixtures.h"
#include "../support/testcontext.h"
#include "auditlog.h"
#include "clipboardguard.h"
#include "faketenant.h"
#include "handover.h"
#include "identitymodel.h"
#include "mainwindow.h"
#include "prompts.h"
#include "searchpanel.h"
#include "tenantsession.h"
#include "tokeninsight.h"
#include "tokenprovider.h"
#include "userlistmodel.h"
#include "userpanel.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDesktopServices>
#include <QFile>
#include <QHeaderView>
#include <QHelpEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolTip>
#include <QTreeView>
#include <QTreeWidget>

#include <functional>

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
// Catches what the app would open in the browser.
class UrlCatcher final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

// Sees every event of the objects it filters, and lets each through.
class EventWatcher final : public QObject
{
public:
    explicit EventWatcher(std::function<void(QObject *, QEvent *)> seen)
        : m_seen(std::move(seen))
    { }

    bool eventFilter(QObject *object, QEvent *event) override
    {
        m_seen(object, event);
        return false;
    }

private:
    std::function<void(QObject *, QEvent *)> m_seen;
};
} // namespace

// The whole flow offscreen against the fake tenant over HTTPS: search by id, email and query,
// paging and the 1000 window, opening users, reveal and re-mask, copy and the clipboard clearing,
// every missing-token explanation, production reasons, and the audit log.
class UserFlowTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeTenant> m_tenant;
    std::unique_ptr<TestContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    QString m_caFile;

    // The widgets the tests drive, looked up once, with a failed QVERIFY when one is missing.
    struct Widgets
    {
        QComboBox *searchMode = nullptr;
        QLineEdit *searchEdit = nullptr;
        QProgressBar *busyBar = nullptr;
        QTableView *results = nullptr;
        QLabel *pageLabel = nullptr;
        QLabel *windowMessage = nullptr;
        QPushButton *previous = nullptr;
        QPushButton *next = nullptr;
        QComboBox *pageSize = nullptr;
        QTreeView *tree = nullptr;
        QLabel *connectionStatus = nullptr;
        QLabel *clipboardLabel = nullptr;
    } w;

    template<typename T>
    void lookUp(T *&widget, const char *name)
    {
        widget = m_window->findChild<T *>(QString::fromLatin1(name));
        QVERIFY2(widget, name);
    }

    void newWindow()
    {
        m_window = std::make_unique<MainWindow>(**m_context);
        lookUp(w.searchMode, "searchModeCombo");
        lookUp(w.searchEdit, "searchEdit");
        lookUp(w.busyBar, "busyBar");
        lookUp(w.results, "resultsView");
        lookUp(w.pageLabel, "pageLabel");
        lookUp(w.windowMessage, "windowMessage");
        lookUp(w.previous, "previousButton");
        lookUp(w.next, "nextButton");
        lookUp(w.pageSize, "pageSizeCombo");
        lookUp(w.tree, "identitiesView");
        lookUp(w.connectionStatus, "connectionStatus");
        lookUp(w.clipboardLabel, "clipboardLabel");
    }

    void connectWindow(const QString &clientId = u"demoInspectorM2mClient0001"_s,
                       const QByteArray &secret = "demo-secret-for-the-local-fake-tenant-only",
                       TenantProfile::Environment environment
                       = TenantProfile::Environment::Development)
    {
        newWindow();
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(connectToFakeTenant(*m_window, *m_tenant, m_caFile, environment, clientId, secret));
        m_window->userPanel()->setRevealSeconds(30);
    }

    bool searchFor(const QString &text, int mode = 0)
    {
        w.searchMode->setCurrentIndex(mode);
        w.searchEdit->clear();
        QTest::keyClicks(w.searchEdit, text);
        QSignalSpy done(m_window.get(), &MainWindow::searchFinished);
        QTest::keyClick(w.searchEdit, Qt::Key_Return);
        return waitForSignal(done);
    }

    bool open(const QString &userId)
    {
        QSignalSpy opened(m_window.get(), &MainWindow::userOpened);
        m_window->openUser(userId);
        return waitForSignal(opened);
    }

    IdentityModel *identities() const { return m_window->userPanel()->model(); }

private Q_SLOTS:
    void initTestCase() { Prompt::setTestMode(true); }

    void init()
    {
        m_context = std::make_unique<TestContext>();
        m_caFile = m_context->filePath(u"ca.pem"_s);
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
        m_context.reset();
        Prompt::takeAsked();
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
        QCOMPARE(w.results->model()->rowCount(), 1);
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
        auto *pageSize = w.pageSize;
        pageSize->setCurrentIndex(1); // 100 per page
        QVERIFY(searchFor(QString()));
        auto *label = w.pageLabel;
        QVERIFY(label->text().startsWith(u"1–100 of "_s));
        QVERIFY(w.windowMessage->isVisible());
        QVERIFY(w.windowMessage->text().contains(u"first 1000"_s));
        auto *next = w.next;
        for (int page = 1; page < 10; ++page) {
            QVERIFY(next->isEnabled());
            QSignalSpy done(m_window.get(), &MainWindow::searchFinished);
            QTest::mouseClick(next, Qt::LeftButton);
            QVERIFY(done.wait(20000));
        }
        QVERIFY(label->text().startsWith(u"901–1000 of "_s));
        QVERIFY(!next->isEnabled());
        QVERIFY(w.previous->isEnabled());
    }

    void slowSearch_isNotRetried_andSaysToNarrowTheQuery()
    {
        connectWindow();
        m_tenant->resetCounters();
        m_tenant->addFault({FakeTenant::Fault::Kind::SearchTimeout, u"/api/v2/"_s, -1, 0});
        QVERIFY(!searchFor(u"email.domain:\"example.com\""_s));
        // Auth0 would stop the same query again: one request, and advice instead of retries.
        QCOMPARE(m_tenant->requestCount(u"/api/v2/users"_s), 1);
        QVERIFY(w.windowMessage->isVisible());
        QVERIFY2(w.windowMessage->text().contains(u"longer than 2 seconds"_s),
                 qPrintable(w.windowMessage->text()));
        QVERIFY(w.windowMessage->text().contains(u"Narrow the query"_s));
    }

    void tenantRefusing100PerPage_isAskedOnceMoreWith50()
    {
        m_tenant->setMaxPerPage(50);
        connectWindow();
        w.pageSize->setCurrentIndex(1); // 100 per page
        m_tenant->resetCounters();
        QVERIFY(searchFor(QString()));
        QVERIFY2(w.pageLabel->text().startsWith(u"1–50 of "_s), qPrintable(w.pageLabel->text()));
        QCOMPARE(w.results->model()->rowCount(), 50);
        QCOMPARE(w.pageSize->currentData().toInt(), 50);
        QCOMPARE(m_tenant->requestCount(u"/api/v2/users"_s), 2);
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"at most 50"_s));
        // The next page asks for 50 at once.
        QSignalSpy done(m_window.get(), &MainWindow::searchFinished);
        QTest::mouseClick(w.next, Qt::LeftButton);
        QVERIFY(done.wait(20000));
        QVERIFY(w.pageLabel->text().startsWith(u"51–100 of "_s));
        QCOMPARE(m_tenant->requestCount(u"/api/v2/users"_s), 3);

        // Once: a tenant that refuses 50 too gets its error shown, after two requests.
        m_tenant->setMaxPerPage(20);
        w.pageSize->setCurrentIndex(1);
        QVERIFY(!searchFor(QString()));
        QCOMPARE(m_tenant->requestCount(u"/api/v2/users"_s), 5);
        QVERIFY(w.windowMessage->toolTip().contains(u"per_page"_s));
    }

    void keyboardOnly_searchOpenRevealCopyAndBack()
    {
        connectWindow();
        // Typing goes to the search box at once.
        QTRY_COMPARE(QApplication::focusWidget(), w.searchEdit);
        QSignalSpy opened(m_window.get(), &MainWindow::userOpened);
        QTest::keyClicks(QApplication::focusWidget(), u"jordan.lee@example.com"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(waitForSignal(opened));
        // One user found: it opens, and the keyboard is on its first token.
        QTRY_COMPARE(QApplication::focusWidget(), w.tree);
        const QModelIndex first = identities()->tokenIndexes().first();
        QCOMPARE(w.tree->currentIndex().siblingAtColumn(0), first.siblingAtColumn(0));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_H, Qt::ControlModifier);
        QVERIFY(identities()->revealedIndex().isValid());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_C, Qt::ControlModifier);
        QVERIFY2(identities()->tokenValue(first).equals(
                         SecretBytes(QGuiApplication::clipboard()->text().toUtf8())),
                 "Ctrl+C did not copy the selected token");
        // Escape goes back to the search box, its text selected for the next query.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(QApplication::focusWidget(), w.searchEdit);
        QCOMPARE(w.searchEdit->selectedText(), w.searchEdit->text());

        // Enter on a result opens it and goes to its tokens; Tab leaves the results table.
        QVERIFY(searchFor(u"identities.connection:\"github\""_s));
        w.results->setFocus();
        QTest::keyClick(w.results, Qt::Key_Down);
        QTest::keyClick(w.results, Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget(), w.tree);
        w.results->setFocus();
        QTest::keyClick(w.results, Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() != w.results);

        // The Token menu lists Reveal and Copy with their keys.
        auto *reveal = m_window->userPanel()->revealAction();
        QCOMPARE(reveal->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_H));
        QCOMPARE(m_window->userPanel()->copyAction()->shortcut(), QKeySequence(QKeySequence::Copy));
        QVERIFY(m_window->findChild<QMenu *>(u"tokenMenu"_s)->actions().contains(reveal));
    }

    void emailFindingNobody_offersTheCaseInsensitiveSearch()
    {
        connectWindow();
        QVERIFY(searchFor(u"Jordan.Lee@Example.com"_s));
        QCOMPARE(w.results->model()->rowCount(), 0);
        QVERIFY(w.windowMessage->isVisible());
        QVERIFY(w.windowMessage->text().contains(u"ignoring case"_s));
        // The link, followed.
        QSignalSpy done(m_window.get(), &MainWindow::searchFinished);
        QMetaObject::invokeMethod(w.windowMessage, "linkActivated",
                                  Q_ARG(QString, u"search:email-insensitive"_s));
        QVERIFY(waitForSignal(done));
        QCOMPARE(w.searchEdit->text(), u"email:\"Jordan.Lee@Example.com\""_s);
        QCOMPARE(w.results->model()->rowCount(), 1);
        QCOMPARE(w.results->model()->index(0, 2).data().toString(),
                 u"auth0|7b287ae826d59036092b6529"_s);
        QVERIFY(!w.windowMessage->isVisible());
    }

    void screenReader_namesEveryArea_andATokenByItsKindAndLength()
    {
        connectWindow();
        QVERIFY(searchFor(u"jordan.lee@example.com"_s));
        QTRY_COMPARE(QApplication::focusWidget(), w.tree);
        for (QWidget *widget :
             {static_cast<QWidget *>(w.searchEdit), static_cast<QWidget *>(w.results),
              static_cast<QWidget *>(w.tree), m_window->findChild<QWidget *>(u"inspectorText"_s),
              m_window->findChild<QWidget *>(u"profileCombo"_s)}) {
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            QVERIFY2(accessible && !accessible->text(QAccessible::Name).isEmpty(),
                     qPrintable(widget->objectName()));
        }
        // The token cells, as the tree's accessible table gives them to a screen reader.
        const QString token = QString::fromUtf8(
                identities()->tokenValue(identities()->tokenIndexes().first()).reveal());
        auto cellNames = [&] {
            QStringList names;
            QAccessibleTableInterface *table
                    = QAccessible::queryAccessibleInterface(w.tree)->tableInterface();
            for (int row = 0; table && row < table->rowCount(); ++row) {
                if (QAccessibleInterface *cell = table->cellAt(row, IdentityModel::ValueColumn))
                    names.append(cell->text(QAccessible::Name));
            }
            return names;
        };
        QStringList names = cellNames();
        QVERIFY2(names.contains(u"masked access token, 187 characters"_s),
                 qPrintable(names.join(u" | "_s)));
        QVERIFY(names.contains(u"masked refresh token, 103 characters"_s));
        QTest::keyClick(w.tree, Qt::Key_H, Qt::ControlModifier);
        names = cellNames();
        QVERIFY(names.contains(
                u"revealed access token, 187 characters, shown whole in the token inspector"_s));
        QVERIFY2(!names.join(u' ').contains(token), "a screen reader would read the token aloud");
    }

    void searchByQuery_luceneFindsConnections()
    {
        connectWindow();
        QVERIFY(searchFor(u"identities.connection:\"github\""_s));
        QCOMPARE(w.pageLabel->text(), u"1–2 of 2"_s);
    }

    void escape_cancelsASlowSearch_andHistoryKeepsQueries()
    {
        connectWindow();
        QVERIFY(searchFor(u"identities.connection:\"twitter\""_s));
        m_tenant->addFault({FakeTenant::Fault::Kind::Latency, u"/api/v2/"_s, 1, 3000});
        auto *edit = w.searchEdit;
        edit->setText(u"identities.connection:\"github\""_s);
        QSignalSpy done(m_window.get(), &MainWindow::searchFinished);
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(!w.busyBar->isVisible()); // not for a search that may answer at once
        QTRY_VERIFY(w.busyBar->isVisible());
        QTRY_COMPARE(m_window->session()->requestsInFlight(), 1);
        QTest::keyClick(edit, Qt::Key_Escape);
        // Really cancelled: nothing of it is left on the wire, not merely ignored when it lands.
        QCOMPARE(m_window->session()->requestsInFlight(), 0);
        QVERIFY(!w.busyBar->isVisible());
        QCOMPARE(m_window->statusBar()->currentMessage(), u"Search cancelled"_s);
        QVERIFY(!m_window->searchPanel()->isSearching());
        // Past the injected delay, nothing arrived late.
        QTest::qWait(3500);
        QCOMPARE(done.count(), 0);
        QCOMPARE(w.pageLabel->text(), u"1–1 of 1"_s); // still the twitter search

        const QStringList history
                = static_cast<QStringListModel *>(edit->completer()->model())->stringList();
        QCOMPARE(history.value(0), u"identities.connection:\"github\""_s);
        QCOMPARE(history.value(1), u"identities.connection:\"twitter\""_s);
        QCOMPARE((*m_context)->settings()->history(m_window->currentProfileId()), QStringList());
    }

    void searchWithoutTheOpenUser_clearsIt_andNoTokenCanBeReachedAnyMore()
    {
        connectWindow();
        QVERIFY(searchFor(GithubUser));
        UserPanel *panel = m_window->userPanel();
        QCOMPARE(panel->userId(), GithubUser);
        QVERIFY(!identities()->tokenIndexes().isEmpty());
        panel->selectIndex(identities()->tokenIndexes().first());
        QClipboard *clipboard = QGuiApplication::clipboard();
        clipboard->setText(u"before"_s);

        QVERIFY(searchFor(u"auth0|does-not-exist"_s));
        QCOMPARE(w.pageLabel->text(), u"No users found"_s);
        QCOMPARE(panel->userId(), QString());
        QCOMPARE(identities()->rowCount(), 0);
        QVERIFY(identities()->tokenIndexes().isEmpty());
        QVERIFY(!panel->findChild<QPushButton *>(u"revealButton"_s)->isEnabled());
        QVERIFY(!panel->findChild<QPushButton *>(u"copyButton"_s)->isEnabled());
        QVERIFY(!panel->findChild<QPushButton *>(u"copyRedactedButton"_s)->isEnabled());
        QVERIFY(panel->findChild<QPlainTextEdit *>(u"rawJsonView"_s)->toPlainText().isEmpty());
        const QString inspector = panel->findChild<QLabel *>(u"inspectorSummary"_s)->text();
        QVERIFY2(!inspector.contains(u"SHA-256"_s), qPrintable(inspector));
        QVERIFY(panel->findChild<QPlainTextEdit *>(u"inspectorText"_s)->toPlainText().isEmpty());

        // Every way to reach a token: methods, buttons, shortcuts on the tree.
        QSignalSpy actions(panel, &UserPanel::tokenActionDone);
        panel->revealSelected();
        panel->copySelected();
        QTest::mouseClick(panel->findChild<QPushButton *>(u"revealButton"_s), Qt::LeftButton);
        QTest::mouseClick(panel->findChild<QPushButton *>(u"copyButton"_s), Qt::LeftButton);
        w.tree->setFocus();
        QTest::keyClick(w.tree, Qt::Key_H, Qt::ControlModifier);
        QTest::keyClick(w.tree, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(actions.count(), 0);
        QCOMPARE(clipboard->text(), u"before"_s);
        QVERIFY(m_window->auditLog()->read().isEmpty());
    }

    void failedSearch_clearsTheOpenUser()
    {
        connectWindow();
        QVERIFY(searchFor(u"jordan.lee@example.com"_s));
        QTRY_COMPARE(identities()->rowCount(), 3);
        m_tenant->addFault({FakeTenant::Fault::Kind::ServerError, u"/api/v2/users"_s, 1, 0, 400});
        QVERIFY(!searchFor(u"identities.connection:\"github\""_s));
        QVERIFY(w.windowMessage->isVisible());
        QCOMPARE(m_window->userPanel()->userId(), QString());
        QCOMPARE(identities()->rowCount(), 0);
    }

    void profileSwitch_clearsTheOpenUser_andCancelsItsRequests()
    {
        connectWindow();
        QVERIFY(searchFor(GithubUser));
        QCOMPARE(m_window->userPanel()->userId(), GithubUser);
        QPointer<TenantSession> old = m_window->session();
        m_tenant->addFault({FakeTenant::Fault::Kind::Latency, u"/api/v2/"_s, 1, 3000});
        m_window->openUser(VaultUser);
        QVERIFY(m_window->userPanel()->isOpening());
        QSignalSpy opened(m_window.get(), &MainWindow::userOpened);
        QVERIFY(connectToFakeTenant(*m_window, *m_tenant, m_caFile));
        QVERIFY(old.isNull());
        QCOMPARE(m_window->userPanel()->requestedUserId(), QString());
        QCOMPARE(identities()->rowCount(), 0);
        QTest::qWait(3500);
        QCOMPARE(opened.count(), 0);
        QCOMPARE(identities()->rowCount(), 0);
    }

    void paging_backAndForth_keepsThePagedQuery()
    {
        connectWindow();
        QVERIFY(searchFor(u"email.domain:\"example.net\""_s));
        const QString first = w.pageLabel->text();
        QVERIFY2(first.startsWith(u"1–50 of "_s), qPrintable(first));
        QSignalSpy done(m_window.get(), &MainWindow::searchFinished);
        QTest::mouseClick(w.next, Qt::LeftButton);
        QVERIFY(waitForSignal(done));
        QVERIFY(w.pageLabel->text().startsWith(u"51–"_s));
        // The admin types something else but does not search it: the pages are still the query's.
        w.searchEdit->setText(u"auth0|does-not-exist"_s);
        done.clear();
        QTest::mouseClick(w.previous, Qt::LeftButton);
        QVERIFY(waitForSignal(done));
        QCOMPARE(w.pageLabel->text(), first);
        QCOMPARE(m_window->searchPanel()->pagedQuery(), u"email.domain:\"example.net\""_s);
        QCOMPARE(m_window->searchPanel()->currentPage(), 0);
    }

    void unknownUserId_saysNoUsersFound()
    {
        connectWindow();
        QVERIFY(searchFor(u"auth0|does-not-exist"_s));
        QCOMPARE(w.pageLabel->text(), u"No users found"_s);
    }

    void openUser_warmToken_costsExactlyOneRequest()
    {
        connectWindow();
        QVERIFY(searchFor(u"email.domain:\"contoso.example\""_s));
        m_tenant->resetCounters();
        const QString id = w.results->model()->index(3, 2).data().toString();
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
        QSignalSpy revealed(panel, &UserPanel::revealedChanged); // screen-capture exclusion
        auto *tree = w.tree;
        tree->setFocus();
        QTRY_VERIFY(tree->hasFocus());
        QTest::keyClick(tree, Qt::Key_H, Qt::ControlModifier);
        QCOMPARE(done.count(), 1);
        QVERIFY(token.data().toString().startsWith(u"gho_DEMO"_s));
        QTRY_VERIFY_WITH_TIMEOUT(token.data().toString().startsWith(u"••••"_s), 3000);
        QCOMPARE(revealed.count(), 2);
        QCOMPARE(revealed.at(0).first().toBool(), true);
        QCOMPARE(revealed.at(1).first().toBool(), false);

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

    void reveal_showsTheWholeTokenInTheInspector_withACountdown()
    {
        connectWindow();
        QVERIFY(searchFor(u"jordan.lee@example.com"_s));
        QTRY_COMPARE(QApplication::focusWidget(), w.tree);
        UserPanel *panel = m_window->userPanel();
        auto *inspector = m_window->findChild<QPlainTextEdit *>(u"inspectorText"_s);
        auto *hint = m_window->findChild<QLabel *>(u"tokenHint"_s);
        const QModelIndex token = w.tree->currentIndex();
        const QString value = QString::fromUtf8(identities()->tokenValue(token).reveal());
        QVERIFY(value.size() > 100);
        QVERIFY(!inspector->toPlainText().contains(value));
        QTest::keyClick(w.tree, Qt::Key_H, Qt::ControlModifier);
        QVERIFY2(inspector->toPlainText().contains(value), "the revealed token is not shown whole");
        QVERIFY2(hint->text().contains(u"masks itself in 30 s"_s), qPrintable(hint->text()));
        // It counts down (a loaded machine may skip a second).
        QTRY_VERIFY_WITH_TIMEOUT(
                hint->text().contains(QRegularExpression(u"masks itself in 2[0-9] s"_s)), 5000);
        panel->maskAll();
        QVERIFY2(!inspector->toPlainText().contains(value), "the inspector kept the token");
        QVERIFY(!hint->text().contains(u"masks itself"_s));
        // Another token selected while one shows: the inspector shows only the revealed one whole.
        QTest::keyClick(w.tree, Qt::Key_H, Qt::ControlModifier);
        panel->selectIndex(identities()->tokenIndexes().at(1));
        QVERIFY(!inspector->toPlainText().contains(value));
    }

    void ctrlC_onAValueRow_copiesItPlainly_andTokensStayGuarded()
    {
        connectWindow();
        QVERIFY(searchFor(u"jordan.lee@example.com"_s));
        QTRY_COMPARE(QApplication::focusWidget(), w.tree);
        const qsizetype auditBefore = m_window->auditLog()->read().size();
        const QModelIndex github = identities()->index(2, 0);
        QCOMPARE(github.data().toString(), u"github (linked)"_s);
        const QModelIndex userId = find(identities(), github, u"user_id"_s);
        QCOMPARE(value(userId), u"70311842 (a number)"_s);
        m_window->userPanel()->selectIndex(userId);
        QTest::keyClick(w.tree, Qt::Key_C, Qt::ControlModifier);
        // As sent (a number), not as shown ("… (a number)"); nothing guarded, nothing audited.
        QCOMPARE(QGuiApplication::clipboard()->text(), u"70311842"_s);
        const QString concealed = ClipboardGuard::concealmentHints().first().first;
        QVERIFY(!QGuiApplication::clipboard()->mimeData()->hasFormat(concealed));
        QCOMPARE(m_window->auditLog()->read().size(), auditBefore);
        // An object row has no one value: the clipboard stays as it was.
        m_window->userPanel()->selectIndex(find(identities(), github, u"profileData"_s));
        QTest::keyClick(w.tree, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"70311842"_s);
        // A token row still goes through the guard.
        m_window->userPanel()->selectIndex(identities()->tokenIndexes().first());
        QTest::keyClick(w.tree, Qt::Key_C, Qt::ControlModifier);
        QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat(concealed));
    }

    void longUserId_isElidedInTheMiddle_withTheWholeIdInItsTooltip()
    {
        connectWindow();
        m_window->resize(1280, 800);
        const QString id = u"samlp|"_s + QString(200, u'x') + u"|the-end"_s;
        m_window->userPanel()->setUser(QJsonObject{{u"user_id"_s, id}, {u"name"_s, u"Long"_s}},
                                       m_window->session()->profile(), {});
        auto *label = m_window->findChild<QLabel *>(u"userIdLabel"_s);
        QVERIFY(label);
        QTRY_VERIFY(label->text().contains(u'…'));
        QVERIFY(label->text().startsWith(u"samlp|"_s));
        QVERIFY(label->text().endsWith(u"the-end"_s));
        QCOMPARE(label->toolTip(), id);
        QCOMPARE(label->height(), label->fontMetrics().height()); // one line, never wrapped
        // A short id is shown whole, without a tooltip.
        QVERIFY(searchFor(GithubUser));
        QTRY_COMPARE(label->text(), GithubUser);
        QCOMPARE(label->toolTip(), QString());
    }

    void results_fitTheirPane_withoutScrollingSideways_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1400x900") << QSize(1400, 900);
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("1024x700") << QSize(1024, 700);
    }

    void results_fitTheirPane_withoutScrollingSideways()
    {
        QFETCH(QSize, size);
        connectWindow();
        m_window->resize(size);
        QVERIFY(searchFor(u"email.domain:\"contoso.example\""_s));
        QVERIFY(w.results->model()->rowCount() > 3);
        QHeaderView *header = w.results->horizontalHeader();
        const int last = w.results->model()->columnCount() - 1;
        QTRY_COMPARE(w.results->horizontalScrollBar()->maximum(), 0);
        QVERIFY2(header->sectionViewportPosition(last) + header->sectionSize(last)
                         <= w.results->viewport()->width(),
                 qPrintable(u"the last column ends at %1 of %2"_s
                                    .arg(header->sectionViewportPosition(last)
                                         + header->sectionSize(last))
                                    .arg(w.results->viewport()->width())));
        // Every column keeps room for a few characters, and a value cut short shows whole in its
        // tooltip.
        for (int column = 0; column <= last; ++column)
            QVERIFY(header->sectionSize(column)
                    >= w.results->fontMetrics().horizontalAdvance(u"mmm"_s));
        const QModelIndex email = w.results->model()->index(0, UserListModel::Email);
        const QString text = email.data().toString();
        if (w.results->fontMetrics().horizontalAdvance(text)
            > header->sectionSize(UserListModel::Email) - 8) {
            const QRect cell = w.results->visualRect(email);
            QHelpEvent help(QEvent::ToolTip, cell.center(),
                            w.results->viewport()->mapToGlobal(cell.center()));
            QApplication::sendEvent(w.results->viewport(), &help);
            QTRY_COMPARE(QToolTip::text(), text);
        }
        // A wider window gives the columns their whole contents back.
        m_window->resize(1900, 1000);
        m_window->findChild<QSplitter *>(u"mainSplitter"_s)->setSizes({1300, 600});
        int longest = 0;
        for (int row = 0; row < w.results->model()->rowCount(); ++row)
            longest = std::max(longest,
                               w.results->fontMetrics().horizontalAdvance(
                                       w.results->model()
                                               ->index(row, UserListModel::Email)
                                               .data()
                                               .toString()));
        QTRY_VERIFY(header->sectionSize(UserListModel::Email) > longest);
    }

    void header_detailsRunUnderTheBadge()
    {
        // The badge shares the name's line only; the details below it take the pane's width
        // (beside the badge they wrapped at half of it).
        connectWindow();
        m_window->resize(1400, 900);
        QSignalSpy opened(m_window.get(), &MainWindow::userOpened);
        QVERIFY(searchFor(u"jordan.lee@example.com"_s) && waitForSignal(opened));
        UserPanel *panel = m_window->userPanel();
        auto *badge = panel->findChild<QLabel *>(u"environmentBadge"_s);
        auto *details = panel->findChild<QLabel *>(u"userDetailsLabel"_s);
        auto *name = panel->findChild<QLabel *>(u"userNameLabel"_s);
        QVERIFY(badge && details && name);
        QTRY_VERIFY(badge->width() > 0);
        // Laid out again, with the badge as it is now.
        m_window->resize(1300, 900);
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            panel->layout()->activate();
            QTest::qWait(20);
        }
        const QRect badgeArea(badge->mapTo(panel, QPoint()), badge->size());
        const QRect detailsArea(details->mapTo(panel, QPoint()), details->size());
        QVERIFY2(detailsArea.right() > badgeArea.left(),
                 qPrintable(u"details end at %1, the badge starts at %2"_s.arg(detailsArea.right())
                                    .arg(badgeArea.left())));
        QVERIFY(detailsArea.top() >= badgeArea.bottom());
        QCOMPARE(name->mapTo(panel, QPoint()).y(), badgeArea.top());
    }

    void nextUser_opensWithoutShowingOrHidingAnything()
    {
        // Showing a widget lays out every layout above it there and then; opening one user
        // after another shows and hides nothing of the panel (scroll bars aside, which follow
        // the content), and the environment badge is emptied and filled instead.
        connectWindow();
        QLabel *badge = m_window->userPanel()->findChild<QLabel *>(u"environmentBadge"_s);
        QVERIFY(badge);
        auto openByEmail = [&](const QString &email) {
            QSignalSpy opened(m_window.get(), &MainWindow::userOpened);
            return searchFor(email) && waitForSignal(opened);
        };
        QVERIFY(openByEmail(u"jordan.lee@example.com"_s));
        QVERIFY(badge->text().startsWith(u"Development · "_s));
        QVERIFY(badge->isVisible());

        // While the next search runs, the badge says nothing and takes no room.
        QString badgeWhileSearching = u"(not seen)"_s;
        QSize badgeSizeWhileSearching;
        connect(m_window->searchPanel(), &SearchPanel::searchStarted, badge, [&] {
            badgeWhileSearching = badge->text();
            badgeSizeWhileSearching = badge->sizeHint();
        });
        QStringList shownOrHidden;
        QWidget *panel = m_window->userPanel();
        EventWatcher watcher([&](QObject *object, QEvent *event) {
            auto *widget = qobject_cast<QWidget *>(object);
            if ((event->type() == QEvent::Show || event->type() == QEvent::Hide) && widget
                && panel->isAncestorOf(widget) && !qobject_cast<QScrollBar *>(widget)
                && !widget->objectName().startsWith(u"qt_scrollarea_"_s))
                shownOrHidden.append(
                        u"%1 %2 %3"_s.arg(event->type() == QEvent::Show ? u"shown"_s : u"hidden"_s,
                                          QString::fromLatin1(widget->metaObject()->className()),
                                          widget->objectName()));
        });
        qApp->installEventFilter(&watcher);
        auto removeWatcher = qScopeGuard([&] { qApp->removeEventFilter(&watcher); });
        for (const QString &email : {u"priya.raman@gmail.example"_s, u"jordan.lee@example.com"_s}) {
            QVERIFY(openByEmail(email));
            QCOMPARE(badgeWhileSearching, QString());
            QCOMPARE(badgeSizeWhileSearching, QSize(0, 0));
            QVERIFY(badge->text().startsWith(u"Development · "_s));
        }
        QVERIFY2(shownOrHidden.isEmpty(), qPrintable(shownOrHidden.join(u", "_s)));

        // The same user again: the inspector keeps its size from the search to the user shown
        // (emptied, not shrunk and grown back, which lays the pane out twice).
        auto *inspector = m_window->userPanel()->findChild<QWidget *>(u"inspectorBox"_s);
        QVERIFY(inspector);
        QList<QSize> resized;
        EventWatcher resizes([&](QObject *, QEvent *event) {
            if (event->type() == QEvent::Resize)
                resized.append(static_cast<QResizeEvent *>(event)->size());
        });
        inspector->installEventFilter(&resizes);
        QVERIFY(openByEmail(u"jordan.lee@example.com"_s));
        QTest::qWait(50); // the layout that follows
        inspector->removeEventFilter(&resizes);
        QVERIFY2(resized.isEmpty(),
                 qPrintable(u"the inspector was resized %1 times"_s.arg(resized.size())));
    }

    void threeIdentities_andTheirTokens_fitWithoutScrolling_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1400x900") << QSize(1400, 900);
        QTest::newRow("1280x800") << QSize(1280, 800);
    }

    void threeIdentities_andTheirTokens_fitWithoutScrolling()
    {
        QFETCH(QSize, size);
        connectWindow();
        m_window->resize(size);
        QVERIFY(searchFor(u"jordan.lee@example.com"_s));
        QTRY_COMPARE(identities()->rowCount(), 3);
        QTest::qWait(50); // the layout after the inspector sized itself
        const QList<QModelIndex> tokens = identities()->tokenIndexes();
        QCOMPARE(tokens.size(), 3);
        const int visible = w.tree->viewport()->height();
        for (const QModelIndex &token : tokens) {
            const QRect row = w.tree->visualRect(token);
            QVERIFY2(row.isValid() && row.bottom() <= visible,
                     qPrintable(u"%1 of %2 at y %3 of %4"_s
                                        .arg(token.data().toString().left(0),
                                             token.parent().data().toString())
                                        .arg(row.bottom())
                                        .arg(visible)));
        }
    }

    void rowButtons_revealAndCopyTheirOwnToken()
    {
        connectWindow();
        QVERIFY(searchFor(u"jordan.lee@example.com"_s));
        QTRY_COMPARE(identities()->tokenIndexes().size(), 3);
        auto *tree = w.tree;
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
        auto *tree = w.tree;
        tree->setFocus();
        QTRY_VERIFY(tree->hasFocus());
        QTest::keyClick(tree, Qt::Key_C, Qt::ControlModifier);
        QClipboard *clipboard = QGuiApplication::clipboard();
        const QString copied = clipboard->text();
        QVERIFY(identities()->tokenValue(secret).equals(SecretBytes(copied.toUtf8())));
        QVERIFY(clipboard->mimeData()->hasFormat(u"x-kde-passwordManagerHint"_s));
        QCOMPARE(clipboard->mimeData()->data(u"x-kde-passwordManagerHint"_s), QByteArray("secret"));
        QVERIFY(w.clipboardLabel->text().contains(u"Clipboard clears in"_s));
        QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 4000);

        panel->copySelected();
        clipboard->setText(u"something the admin copied since"_s);
        QSignalSpy cleared(m_window->clipboardGuard(), &ClipboardGuard::cleared);
        QVERIFY(cleared.wait(4000));
        QCOMPARE(cleared.first().first().toBool(), false);
        QCOMPARE(clipboard->text(), u"something the admin copied since"_s);
    }

    void quit_withATokenOnTheClipboard_clearsItAndCallsNoOneBack()
    {
        connectWindow();
        QVERIFY(searchFor(GithubUser));
        UserPanel *panel = m_window->userPanel();
        panel->selectIndex(identities()->tokenIndexes().first());
        panel->copySelected();
        QClipboard *clipboard = QGuiApplication::clipboard();
        QVERIFY(!clipboard->text().isEmpty());
        // The window goes with the copy still counting down (under the sanitizers, any call
        // into the half-destroyed window is reported).
        m_window.reset();
        QVERIFY(clipboard->text().isEmpty());
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

    void missingScope_offersIdentitiesOnly_thenSearchToTreeWithoutTokens()
    {
        // The profile asks for IdP tokens, the grant allows read:users only: the window says so
        // and offers the level the grant allows. With it, search and the tree work, and every
        // social identity says its tokens are hidden by the access level.
        m_tenant->addClient({u"usersOnly"_s,
                             u"users-only-secret"_s,
                             u"users only"_s,
                             {u"client_credentials"_s},
                             true,
                             {u"read:users"_s},
                             {}});
        newWindow();
        m_window->show();
        QVERIFY(!connectToFakeTenant(*m_window, *m_tenant, m_caFile,
                                     TenantProfile::Environment::Development, u"usersOnly"_s,
                                     "users-only-secret"));
        QVERIFY(w.connectionStatus->text().contains(u"may read identities, not IdP tokens"_s));
        QVERIFY(w.connectionStatus->text().contains(u"read:user_idp_tokens"_s));
        QSignalSpy connected(m_window.get(), &MainWindow::connectionChecked);
        Q_EMIT w.connectionStatus->linkActivated(u"access:identities"_s);
        QVERIFY(waitForSignal(connected));
        QVERIFY(connected.first().first().toBool());
        QCOMPARE(m_window->session()->profile().accessLevel,
                 TenantProfile::AccessLevel::IdentitiesOnly);

        QVERIFY(searchFor(u"email.domain:\"example.net\""_s, 3));
        QVERIFY(w.results->model()->rowCount() > 3);
        QVERIFY(open(GithubUser));
        QVERIFY(m_window->userPanel()->model()->tokenIndexes().isEmpty());
        const QModelIndex why = find(identities(), identities()->index(0, 0), u"Why no token?"_s);
        QVERIFY2(value(why).contains(u"hidden by this profile's access level"_s),
                 qPrintable(value(why)));
        QCOMPARE(value(find(identities(), identities()->index(0, 0), u"provider"_s)), u"github"_s);
        QCOMPARE(m_tenant->idpTokenReads(), 0);
    }

    void fieldColumn_fitsEachUsersLabels()
    {
        // The first column is fitted to the labels of the user opened, once; what the panel
        // measures (each distinct label once) must come to what Qt measures row by row.
        newWindow();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QHeaderView *header = w.tree->header();
        auto qtFit = [&] {
            // (QTreeView hides it; QAbstractItemView has it public, and it is virtual.)
            const QAbstractItemView *view = w.tree;
            return std::max(view->sizeHintForColumn(IdentityModel::FieldColumn),
                            header->sectionSizeHint(IdentityModel::FieldColumn));
        };
        QJsonArray many;
        for (int i = 0; i < 300; ++i)
            many.append(QJsonObject{
                    {u"provider"_s,
                     i == 50 ? u"oauth2-a-rather-long-custom-provider"_s
                             : (i % 2 ? u"github"_s : u"google-oauth2"_s)},
                    {u"connection"_s, u"connection-%1"_s.arg(i)},
                    {u"user_id"_s, u"%1"_s.arg(1000 + i)},
                    {u"isSocial"_s, true},
                    {u"access_token"_s, u"token-%1"_s.arg(i)},
                    {u"profileData"_s, QJsonObject{{u"email"_s, u"u%1@example.com"_s.arg(i)}}}});
        TenantProfile profile;
        profile.name = u"Columns"_s;
        UserPanel *panel = m_window->userPanel();
        panel->setUser(QJsonObject{{u"user_id"_s, u"auth0|many"_s}, {u"identities"_s, many}},
                       profile, TokenProvider::defaultScopes());
        const int wide = header->sectionSize(IdentityModel::FieldColumn);
        QCOMPARE(wide, qtFit());
        QCOMPARE(header->sectionResizeMode(IdentityModel::FieldColumn), QHeaderView::Interactive);

        // The next user's shorter labels: the column follows them.
        panel->setUser(QJsonObject{{u"user_id"_s, u"auth0|short"_s},
                                   {u"identities"_s,
                                    QJsonArray{QJsonObject{{u"provider"_s, u"auth0"_s},
                                                           {u"connection"_s, u"db"_s},
                                                           {u"user_id"_s, u"short"_s}}}}},
                       profile, TokenProvider::defaultScopes());
        QVERIFY(header->sectionSize(IdentityModel::FieldColumn) < wide);
        QCOMPARE(header->sectionSize(IdentityModel::FieldColumn), qtFit());

        // A row the admin opens is fitted too; closed again, the column narrows again.
        const QJsonObject longKey{{u"an_attribute_with_a_rather_long_name_from_the_idp"_s, 1}};
        panel->setUser(QJsonObject{{u"user_id"_s, u"github|1"_s},
                                   {u"identities"_s,
                                    QJsonArray{QJsonObject{{u"provider"_s, u"github"_s},
                                                           {u"connection"_s, u"github"_s},
                                                           {u"user_id"_s, 1},
                                                           {u"profileData"_s, longKey}}}}},
                       profile, TokenProvider::defaultScopes());
        const int closed = header->sectionSize(IdentityModel::FieldColumn);
        const QModelIndex profileData
                = find(identities(), identities()->index(0, 0), u"profileData"_s);
        QVERIFY(profileData.isValid());
        w.tree->expand(profileData);
        QVERIFY(header->sectionSize(IdentityModel::FieldColumn) > closed);
        QCOMPARE(header->sectionSize(IdentityModel::FieldColumn), qtFit());
        w.tree->collapse(profileData);
        QCOMPARE(header->sectionSize(IdentityModel::FieldColumn), closed);

        // Rows that come later (a Token Vault explanation, after its own request) fit the column
        // again, after the admin dragged it narrow.
        header->resizeSection(IdentityModel::FieldColumn, 30);
        panel->model()->addExplanation(u"github"_s, u"The tokens are in Token Vault."_s);
        QVERIFY(find(identities(), identities()->index(0, 0), u"Token Vault"_s).isValid());
        QTRY_COMPARE(header->sectionSize(IdentityModel::FieldColumn), qtFit());
    }

    void missingScope_explainedOnEveryIdentity()
    {
        // A user read with a token that lacks read:user_idp_tokens: Auth0 leaves the tokens out
        // silently, so every identity must say why it shows none.
        newWindow();
        const QJsonObject user = fixtureUser(u"jordan-lee-without-tokens"_s);
        QVERIFY(!user.isEmpty());
        TenantProfile profile;
        profile.name = u"Users only"_s;
        m_window->userPanel()->setUser(user, profile, {u"read:users"_s});
        const QJsonArray list = user.value(u"identities"_s).toArray();
        QCOMPARE(identities()->rowCount(), int(list.size()));
        int explained = 0;
        for (int row = 0; row < list.size(); ++row) {
            const QModelIndex why
                    = find(identities(), identities()->index(row, 0), u"Why no token?"_s);
            // A database identity never has IdP tokens: nothing to explain there.
            if (list.at(row).toObject().value(u"provider"_s).toString() == u"auth0"_s) {
                QVERIFY(!why.isValid());
                continue;
            }
            QVERIFY2(value(why).contains(u"read:user_idp_tokens"_s), qPrintable(value(why)));
            ++explained;
        }
        QCOMPARE(explained, int(list.size()) - 1);
        QVERIFY(explained >= 2);
        QVERIFY(identities()->tokenIndexes().isEmpty());
    }

    void rateLimitDuringSearch_waitsAndShowsCountdown()
    {
        connectWindow();
        m_tenant->setRateLimit(FakeTenant::Api::Management, 1, 1);
        QVERIFY(searchFor(u"identities.connection:\"twitter\""_s));
        QSignalSpy done(m_window.get(), &MainWindow::searchFinished);
        auto *edit = w.searchEdit;
        edit->setText(u"identities.connection:\"github\""_s);
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().contains(u"rate limit"_s),
                                 5000);
        QVERIFY(done.wait(20000));
        QCOMPARE(done.first().first().toBool(), true);
        QCOMPARE(w.pageLabel->text(), u"1–2 of 2"_s);
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
        // Refused (cancelled, then blank): nothing is revealed and nothing audited.
        panel->revealSelected();
        Prompt::answerNext({true, u"   "_s});
        panel->revealSelected();
        QCOMPARE(done.count(), 0);
        QCOMPARE(Prompt::takeAsked().size(), 2);
        QVERIFY(m_window->auditLog()->read().isEmpty());
        QVERIFY(!identities()->tokenIndexes().first().data(IdentityModel::RevealedRole).toBool());
        Prompt::answerNext({true, u"SUP-4242 customer cannot sync calendar"_s});
        panel->revealSelected();
        QCOMPARE(done.count(), 1);
        const QList<Prompt::Question> asked = Prompt::takeAsked();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().name, u"reasonDialog"_s);
        QVERIFY(identities()->tokenIndexes().first().data(IdentityModel::RevealedRole).toBool());
        // The reason is asked once per user.
        panel->selectIndex(identities()->tokenIndexes().at(2));
        panel->copySelected();
        QCOMPARE(done.count(), 2);
        QVERIFY(Prompt::takeAsked().isEmpty());

        // Every other token of the seed, revealed and copied, for the log check below.
        for (const QString &user :
             {GithubUser, u"twitter|1184467231"_s, u"google-oauth2|108234567890123456789"_s}) {
            QVERIFY(open(user));
            Prompt::answerNext({true, u"SUP-1"_s});
            for (const QModelIndex &token : identities()->tokenIndexes()) {
                panel->selectIndex(token);
                panel->revealSelected();
                panel->copySelected();
            }
            QCOMPARE(Prompt::takeAsked().size(), 1);
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

    void copyAndSaveForTicket_holdNoTokenValue()
    {
        connectWindow();
        QVERIFY(searchFor(u"jordan.lee@example.com"_s));
        QTRY_COMPARE(identities()->rowCount(), 3);
        auto *menu = m_window->findChild<QMenu *>(u"userMenu"_s);
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), 4);
        // Ctrl+Shift+C from anywhere in the window: plain text.
        QTest::keyClick(w.searchEdit, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        const QString plain = QGuiApplication::clipboard()->text();
        QVERIFY(plain.contains(u"jordan.lee@example.com"_s));
        QVERIFY(plain.contains(u"google-oauth2"_s));
        QVERIFY(plain.contains(u"[redacted: "_s));
        QVERIFY(plain.contains(u"not checked at the provider"_s));
        menu->actions().at(2)->trigger(); // as Markdown
        const QString markdown = QGuiApplication::clipboard()->text();
        QVERIFY(markdown.startsWith(u"### "_s));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ticket.md"_s);
        QVERIFY(m_window->userPanel()->saveTicket(path));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QString file = QString::fromUtf8(saved.readAll());
        QVERIFY(file.startsWith(u"### "_s));
        const QStringList tokens = seedTokenValues();
        QVERIFY(tokens.size() >= 8);
        for (const QString &text : {plain, markdown, file}) {
            for (const QString &token : tokens)
                QVERIFY2(!text.contains(token), "a token value is in the summary for a ticket");
        }
        // Each of its three tokens by length and fingerprint.
        for (const QModelIndex &token : identities()->tokenIndexes()) {
            const TokenFingerprint fingerprint
                    = TokenFingerprint::of(identities()->tokenValue(token).reveal());
            QVERIFY(plain.contains(fingerprint.shortHash));
        }
        // With no user open there is nothing to hand over.
        QVERIFY(searchFor(u"auth0|does-not-exist"_s));
        QVERIFY(!menu->actions().at(1)->isEnabled());
        QCOMPARE(m_window->userPanel()->ticketText(Handover::Format::PlainText), QString());
    }

    void tokenReadsTab_showsWhoReadTheTokens_fromTheTenantsLogs()
    {
        connectWindow();
        QVERIFY(searchFor(u"jordan.lee@example.com"_s));
        QTRY_COMPARE(identities()->rowCount(), 3);
        const int before = m_tenant->requestCount(u"/api/v2/users/"_s);
        auto *tabs = m_window->findChild<QTabWidget *>(u"tabs"_s);
        auto *view = m_window->findChild<QTreeWidget *>(u"readsView"_s);
        auto *status = m_window->findChild<QLabel *>(u"readsStatus"_s);
        QVERIFY(tabs && view && status);
        // Asked for only when the tab is shown.
        QCOMPARE(m_tenant->requestCount(u"/api/v2/users/"_s), before);
        tabs->setCurrentWidget(m_window->findChild<QWidget *>(u"readsTab"_s));
        QTRY_VERIFY(view->topLevelItemCount() >= 1);
        const QTreeWidgetItem *newest = view->topLevelItem(0);
        QCOMPARE(newest->text(1), u"IdP Token Inspector (demo)"_s);
        QCOMPARE(newest->text(2), u"access_token, refresh_token"_s);
        QCOMPARE(newest->text(3), u"127.0.0.1"_s);
        QCOMPARE(newest->text(5), u"demoInspectorM2mClient0001"_s);
        QVERIFY2(status->text().contains(u"mgmt_api_read"_s), qPrintable(status->text()));
        // Names, never values.
        QString shown;
        for (int row = 0; row < view->topLevelItemCount(); ++row) {
            for (int column = 0; column < view->columnCount(); ++column)
                shown += view->topLevelItem(row)->text(column) + u'\n';
        }
        for (const QString &token : seedTokenValues())
            QVERIFY(!shown.contains(token));
        // Another user, with the tab still shown: its own reads, asked for at once.
        QVERIFY(open(GithubUser));
        QTRY_VERIFY(view->topLevelItemCount() >= 1);
        QCOMPARE(view->topLevelItem(0)->text(2), u"access_token"_s);
        // A search drops them with the user.
        QVERIFY(searchFor(u"auth0|does-not-exist"_s));
        QCOMPARE(view->topLevelItemCount(), 0);
        tabs->setCurrentIndex(0);
    }

    // Checks the access token of the identity on connection at the fake providers.
    QString checkAt(const QString &userId, const QString &connection)
    {
        if (identities()->userId() != userId && !open(userId))
            return u"(not opened)"_s;
        const QList<QModelIndex> tokens = identities()->tokenIndexes();
        for (const QModelIndex &token : tokens) {
            if (token.data(IdentityModel::ConnectionRole).toString() == connection
                && token.data(IdentityModel::TokenKindRole).toString() == u"access_token"_s) {
                m_window->userPanel()->selectIndex(token);
                w.tree->setFocus();
                QSignalSpy done(m_window->userPanel(), &UserPanel::tokenActionDone);
                QTest::keyClick(w.tree, Qt::Key_K, Qt::ControlModifier);
                if (!waitForSignal(done))
                    return u"(no answer)"_s;
                return m_window->userPanel()->checkSummary(token);
            }
        }
        return u"(no token)"_s;
    }

    void checkAtProvider_eachCase_withoutShowingTheToken_andAudited()
    {
        connectWindow();
        QVERIFY(searchFor(u"jordan.lee@example.com"_s));
        const int before = m_tenant->providerRequests();
        // Valid, the account matching, with the scopes Google granted.
        QString google = checkAt(u"google-oauth2|108234567890123456789"_s, u"google-oauth2"_s);
        QVERIFY2(google.startsWith(u"valid"_s) && google.contains(u"account matches"_s)
                         && google.contains(u"userinfo.email"_s)
                         && google.contains(u"expires in"_s),
                 qPrintable(google));
        // Expired (Google cannot tell expired from revoked).
        QString expired = checkAt(u"auth0|7b287ae826d59036092b6529"_s, u"google-oauth2"_s);
        QVERIFY2(expired.startsWith(u"invalid or expired"_s), qPrintable(expired));
        // Of another account than the identity's, with GitHub's X-OAuth-Scopes.
        QString other = checkAt(u"auth0|7b287ae826d59036092b6529"_s, u"github"_s);
        QVERIFY2(other.startsWith(u"valid"_s) && other.contains(u"another account (90210733)"_s)
                         && other.contains(u"repo"_s),
                 qPrintable(other));
        // Revoked.
        QString revoked = checkAt(GithubUser, u"github"_s);
        QVERIFY2(revoked.startsWith(u"revoked"_s), qPrintable(revoked));
        // Microsoft Graph for an Azure AD identity.
        QString azure = checkAt(u"waad|_4GG-bUi28mB-GlVU-ksMmg1BJlEaxk8pga-nGz7uwY"_s,
                                u"contoso-azure-ad"_s);
        QVERIFY2(azure.startsWith(u"valid"_s) && azure.contains(u"account matches"_s),
                 qPrintable(azure));
        QCOMPARE(m_tenant->providerRequests(), before + 5); // one request each, no refresh
        // No check exists for Twitter: said, and nothing sent.
        QVERIFY(open(u"twitter|1184467231"_s));
        m_window->userPanel()->selectIndex(identities()->tokenIndexes().first());
        w.tree->setFocus();
        QTest::keyClick(w.tree, Qt::Key_K, Qt::ControlModifier);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(u"consumer secret"_s),
                 qPrintable(m_window->statusBar()->currentMessage()));
        QCOMPARE(m_tenant->providerRequests(), before + 5);
        // Audited like a reveal: the request and its result, with the provider, never a value.
        const QList<AuditEntry> entries = (*m_context)->audit()->read(20);
        int checks = 0;
        int results = 0;
        for (const AuditEntry &entry : entries) {
            checks += entry.action == u"check"_s;
            results += entry.action == u"check-result"_s;
        }
        QCOMPARE(checks, 5);
        QCOMPARE(results, 5);
        QCOMPARE(entries.first().action, u"check-result"_s);
        QCOMPARE(entries.first().provider, u"Microsoft"_s);
        QVERIFY(entries.first().result.startsWith(u"valid"_s));
        QFile audit((*m_context)->audit()->path());
        QVERIFY(audit.open(QIODevice::ReadOnly));
        const QByteArray trail = audit.readAll();
        for (const QString &token : seedTokenValues())
            QVERIFY2(!trail.contains(token.toUtf8()), "a token value is in the audit log");
        // The ticket holds the last check.
        QCOMPARE(checkAt(u"auth0|7b287ae826d59036092b6529"_s, u"github"_s), other);
        QVERIFY(m_window->userPanel()
                        ->ticketText(Handover::Format::PlainText)
                        .contains(u"checked at the provider"_s));
    }

    void claimsInTheInspector_copyAsText_andTheTokenStaysGuarded()
    {
        connectWindow();
        QVERIFY(searchFor(u"amelia.schmidt@contoso.example"_s));
        QTRY_VERIFY(!identities()->tokenIndexes().isEmpty());
        const QModelIndex token = identities()->tokenIndexes().first();
        m_window->userPanel()->selectIndex(token);
        auto *inspector = m_window->findChild<QPlainTextEdit *>(u"inspectorText"_s);
        QVERIFY(inspector->toPlainText().contains(u"\"aud\""_s));
        inspector->setFocus();
        inspector->selectAll();
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(inspector, Qt::Key_C, Qt::ControlModifier);
        const QString copied = QGuiApplication::clipboard()->text();
        // Never the clipboard's text in a failure message: it may be the token.
        QVERIFY2(copied.contains(u"\"aud\""_s),
                 qPrintable(u"the clipboard holds %1 characters without the claims"_s.arg(
                         copied.size())));
        QCOMPARE(copied, inspector->toPlainText());
        const QString value = QString::fromUtf8(identities()->tokenValue(token).reveal());
        QVERIFY(!copied.contains(value));
        // Revealed, the token shows in the inspector and none of the text can be selected: Ctrl+C
        // there is the guarded copy of the token.
        m_window->userPanel()->revealSelected();
        QVERIFY(inspector->toPlainText().contains(value));
        QCOMPARE(inspector->textInteractionFlags(), Qt::NoTextInteraction);
        QCOMPARE(inspector->contextMenuPolicy(), Qt::NoContextMenu);
        inspector->setFocus();
        QTest::keyClick(inspector, Qt::Key_A, Qt::ControlModifier);
        QVERIFY(!inspector->textCursor().hasSelection());
        QTest::keyClick(inspector, Qt::Key_C, Qt::ControlModifier);
        QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat(
                ClipboardGuard::concealmentHints().first().first));
        m_window->userPanel()->maskAll();
        QCOMPARE(inspector->textInteractionFlags(),
                 Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }

    void openInDashboard_opensTheUsersPage_orSaysWhyNot()
    {
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(u"https"_s, &catcher, "open");
        auto restore = qScopeGuard([] { QDesktopServices::unsetUrlHandler(u"https"_s); });
        connectWindow();
        QVERIFY(searchFor(GithubUser));
        QTest::keyClick(w.searchEdit, Qt::Key_D, Qt::ControlModifier);
        QVERIFY(catcher.urls.isEmpty()); // a local tenant has no Dashboard
        QVERIFY2(m_window->statusBar()->currentMessage().contains(u"local tenant"_s),
                 qPrintable(m_window->statusBar()->currentMessage()));
        TenantProfile eu = m_window->session()->profile();
        eu.domain = u"acme.eu.auth0.com"_s;
        m_window->userPanel()->setUser(QJsonObject{{u"user_id"_s, GithubUser}}, eu, {});
        QTest::keyClick(w.searchEdit, Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(catcher.urls.size(), 1);
        QCOMPARE(catcher.urls.first().toString(),
                 u"https://manage.auth0.com/dashboard/eu/acme/users/"_s
                         + QString::fromLatin1(QUrl::toPercentEncoding(GithubUser).toBase64()));
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
        // The Raw JSON view is written when its tab is shown, redacted like the copy.
        auto *raw = m_window->findChild<QPlainTextEdit *>(u"rawJsonView"_s);
        QVERIFY(raw->toPlainText().isEmpty());
        auto *tabs = m_window->findChild<QTabWidget *>(u"tabs"_s);
        tabs->setCurrentWidget(m_window->findChild<QWidget *>(u"rawTab"_s));
        QVERIFY(raw->toPlainText().contains(u"jordan.lee@example.com"_s));
        QVERIFY(raw->toPlainText().contains(u"[redacted: "_s));
        QVERIFY(!raw->toPlainText().contains(u"ya29."_s));
        // Another user while it is shown: written again at once.
        QVERIFY(open(GithubUser));
        QVERIFY(raw->toPlainText().contains(u"github|5823109"_s));
        tabs->setCurrentIndex(0);
    }
};

QTEST_MAIN(UserFlowTest)
#include "userflow_test.moc"
