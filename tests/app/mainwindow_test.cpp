#include "../support/testcontext.h"
#include "../support/translationscope.h"
#include "mainwindow.h"
#include "profiledialog.h"
#include "version.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <csignal>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

// The state letter of /proc/PID/stat ('Z' for a zombie), or 0 when the process is gone.
char processState(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close > 0 && close + 2 < line.size() ? line.at(close + 2) : 0;
}

bool processGone(qint64 pid)
{
    const char state = processState(pid);
    return state == 0 || state == 'Z' || state == 'X';
}

// The pid of the fake-auth0-tenant child of parent, and the folder of the CA file it writes.
struct DemoChild
{
    qint64 pid = 0;
    QString caFolder;
};

DemoChild findDemoChild(qint64 parent)
{
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (!number)
            continue;
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> rest = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (rest.size() < 2 || rest.at(1).toLongLong() != parent)
            continue;
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> args = cmdline.readAll().split('\0');
        if (args.isEmpty() || !args.first().endsWith("fake-auth0-tenant"))
            continue;
        const qsizetype ca = args.indexOf("--ca-out");
        if (ca >= 0 && ca + 1 < args.size())
            return {pid, QFileInfo(QString::fromLocal8Bit(args.at(ca + 1))).absolutePath()};
    }
    return {};
}

} // namespace

// The first window offscreen: what it shows, its About box, the demo tenant it starts, and the
// executable's command line and how it ends.
class MainWindowTest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    // Starts the built app on its demo tenant, with settings of its own, and waits until the
    // tenant listens. The app's output goes to its log.
    bool startDemoApp(QProcess &app, DemoChild *child)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            env.insert(QString::fromLatin1(name), m_home.path());
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::MergedChannels);
        app.start(QStringLiteral(APP_EXECUTABLE), {u"--demo"_s});
        if (!app.waitForStarted(10000))
            return false;
        QByteArray output;
        QElapsedTimer timer;
        timer.start();
        while (!output.contains("demo tenant ready") && timer.elapsed() < 20000
               && app.state() == QProcess::Running) {
            app.waitForReadyRead(200);
            output += app.readAll();
        }
        if (!output.contains("demo tenant ready"))
            return false;
        *child = findDemoChild(app.processId());
        return child->pid > 0 && QFileInfo::exists(child->caFolder);
    }

    void endsWithTheApp(int signal)
    {
        QProcess app;
        DemoChild child;
        QVERIFY2(startDemoApp(app, &child), "the app did not start its demo tenant");
        QVERIFY(::kill(pid_t(app.processId()), signal) == 0);
        QVERIFY(app.waitForFinished(10000));
        if (signal != SIGKILL) {
            QCOMPARE(app.exitStatus(), QProcess::NormalExit);
            QCOMPARE(app.exitCode(), 0);
        }
        QElapsedTimer timer;
        timer.start();
        while (!processGone(child.pid) && timer.elapsed() < 3000)
            QTest::qWait(50);
        QVERIFY2(processGone(child.pid), "the demo tenant outlived the app");
        if (signal != SIGKILL)
            QVERIFY2(!QFileInfo::exists(child.caFolder), "the demo tenant's CA folder was left");
        else
            QDir(child.caFolder).removeRecursively(); // nothing can clean up after SIGKILL
    }

private Q_SLOTS:
    void construct_showsNamedPanes()
    {
        TestContext context;
        MainWindow window(*context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), u"IdP Token Inspector"_s);
        // The icon really renders (a QIcon of a missing or unreadable file is not null either).
        const QImage icon = window.windowIcon().pixmap(64, 64).toImage();
        QVERIFY(!icon.isNull());
        QVERIFY(qAlpha(icon.pixel(32, 32)) > 200);
        QVERIFY(qAlpha(icon.pixel(0, 0)) < 50);
        QVERIFY(window.findChild<QLineEdit *>(u"searchEdit"_s));
        QVERIFY(window.findChild<QTreeView *>(u"identitiesView"_s));
        QVERIFY(window.findChild<QComboBox *>(u"profileCombo"_s));
    }

    void menus_eachAltKeyOpensOneEntry_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("German") << u"de"_s;
    }

    void menus_eachAltKeyOpensOneEntry()
    {
        QFETCH(QString, language);
        const TranslationScope translations{QLocale(language)};
        TestContext context;
        MainWindow window(*context);
        // The menu bar's own keys, then each menu's.
        QList<QList<QAction *>> groups{window.menuBar()->actions()};
        for (QAction *menu : window.menuBar()->actions()) {
            QVERIFY(menu->menu());
            groups.append(menu->menu()->actions());
        }
        if (language == u"de"_s)
            QCOMPARE(window.menuBar()->actions().first()->text(), u"&Datei"_s);
        for (const QList<QAction *> &group : std::as_const(groups)) {
            QHash<QChar, QStringList> owners;
            for (QAction *action : group) {
                QString text = action->text();
                const qsizetype at = text.remove(u"&&"_s).indexOf(u'&');
                if (!action->isSeparator() && at >= 0 && at + 1 < text.size())
                    owners[text.at(at + 1).toLower()].append(text);
            }
            for (auto it = owners.begin(); it != owners.end(); ++it)
                QVERIFY2(it.value().size() == 1,
                         qPrintable(u"Alt+%1: %2"_s.arg(it.key(), it.value().join(u", "_s))));
        }
    }

    void about_showsVersionAndLicence()
    {
        TestContext context;
        MainWindow window(*context);
        window.show();
        QString text;
        QTimer::singleShot(0, &window, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box) {
                text = box->text();
                box->accept();
            }
        });
        window.showAbout();
        QVERIFY(text.contains(QStringLiteral(IDP_VERSION)));
        QVERIFY(text.contains(u"MIT"_s));
    }

    void firstRun_welcomeOffersTheDemoAndTheSteps_thenGivesWayToThePanes()
    {
        TestContext context;
        MainWindow window(*context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *welcome = window.findChild<QWidget *>(u"welcomeView"_s);
        QVERIFY(welcome && welcome->isVisible());
        QVERIFY(!window.findChild<QWidget *>(u"mainSplitter"_s)->isVisible());
        const QString steps = window.findChild<QLabel *>(u"welcomeSteps"_s)->text();
        for (const QString &word : {u"Machine to Machine Applications"_s, u"Auth0 Management API"_s,
                                    u"read:user_idp_tokens"_s})
            QVERIFY2(steps.contains(word), qPrintable(word));
        // Add your tenant… opens a new, empty profile.
        window.findChild<QPushButton *>(u"addTenantButton"_s)->click();
        auto *dialog = window.findChild<ProfileDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(dialog->findChild<QLineEdit *>(u"nameEdit"_s)->text().isEmpty());
        dialog->close();
        // The demo, by keyboard: Enter on the focused first choice.
        QTRY_COMPARE(QApplication::focusWidget(), window.findChild<QWidget *>(u"tryDemoButton"_s));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        auto *status = window.findChild<QLabel *>(u"connectionStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Connected to 127.0.0.1:"_s), 15000);
        QVERIFY(!welcome->isVisible());
        QVERIFY(window.findChild<QWidget *>(u"mainSplitter"_s)->isVisible());
    }

    void startDemo_bundledTenant_connectsAndShowsScopes()
    {
        TestContext context;
        MainWindow window(*context);
        window.show();
        window.startDemo();
        auto *status = window.findChild<QLabel *>(u"connectionStatus"_s);
        QVERIFY(status);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Connected to 127.0.0.1:"_s), 15000);
        auto *scopes = window.findChild<QLabel *>(u"scopesLabel"_s);
        QVERIFY(scopes->text().contains(u"✔ read:users"_s));
        QVERIFY(scopes->text().contains(u"✔ read:user_idp_tokens"_s));
        auto *profiles = window.findChild<QComboBox *>(u"profileCombo"_s);
        QCOMPARE(profiles->currentText(), u"Demo tenant (local)"_s);
    }

    void executable_versionAndHelp_printAndExit()
    {
        QProcess version;
        version.start(QStringLiteral(APP_EXECUTABLE), {u"--version"_s});
        QVERIFY(version.waitForFinished(10000));
        QCOMPARE(version.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(version.readAllStandardOutput()).trimmed(),
                 u"idp-token-inspector "_s + QStringLiteral(IDP_VERSION));

        QProcess help;
        help.start(QStringLiteral(APP_EXECUTABLE), {u"--help"_s});
        QVERIFY(help.waitForFinished(10000));
        QCOMPARE(help.exitCode(), 0);
        const QString text = QString::fromUtf8(help.readAllStandardOutput());
        QVERIFY(text.contains(u"--demo"_s));
        QVERIFY(text.contains(u"--version"_s));
    }

    void executable_sigterm_endsTheDemoTenantAndItsFiles() { endsWithTheApp(SIGTERM); }
    void executable_sighup_endsTheDemoTenantAndItsFiles() { endsWithTheApp(SIGHUP); }
    void executable_sigint_endsTheDemoTenantAndItsFiles() { endsWithTheApp(SIGINT); }
    // Killed outright, the app runs no code: the kernel ends the tenant (PR_SET_PDEATHSIG).
    void executable_sigkill_stillEndsTheDemoTenant() { endsWithTheApp(SIGKILL); }

    void executable_hardensItself_noCoreDumps_privateFiles()
    {
        // Settings and an audit log left by an older version, readable by everyone.
        QTemporaryDir home;
        const QString config = home.filePath(u"config/IdP Token Inspector"_s);
        const QString data = home.filePath(u"data/IdP Token Inspector/idp-token-inspector"_s);
        QVERIFY(QDir().mkpath(config) && QDir().mkpath(data));
        const QString settings = config + u"/idp-token-inspector.conf"_s;
        const QString audit = data + u"/audit.jsonl"_s;
        for (const QString &file : {settings, audit}) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.close();
            QVERIFY(::chmod(QFile::encodeName(file).constData(), 0644) == 0);
        }
        for (const QString &folder : {config, data, QFileInfo(data).absolutePath()})
            QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);

        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(APP_EXECUTABLE), {u"--quit-after"_s, u"3000"_s});
        QVERIFY(app.waitForStarted(10000));
        QTest::qWait(1000);
        QFile limits(u"/proc/%1/limits"_s.arg(app.processId()));
        QVERIFY(limits.open(QIODevice::ReadOnly));
        QString coreLine;
        for (const QByteArray &line : limits.readAll().split('\n')) {
            if (line.startsWith("Max core file size"))
                coreLine = QString::fromLatin1(line).simplified();
        }
        QCOMPARE(coreLine, u"Max core file size 0 0 bytes"_s); // soft and hard
        QVERIFY(app.waitForFinished(15000));
        QCOMPARE(app.exitCode(), 0);

        auto mode = [](const QString &path) {
            struct stat info
            { };
            return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_mode & 0777
                                                                           : mode_t(07777);
        };
        QCOMPARE(mode(settings), mode_t(0600));
        QCOMPARE(mode(audit), mode_t(0600));
        QCOMPARE(mode(config), mode_t(0700));
        QCOMPARE(mode(data), mode_t(0700));
        QCOMPARE(mode(QFileInfo(data).absolutePath()), mode_t(0700));
    }

    void executable_offscreenStart_exitsCleanly()
    {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.path());
        env.insert(u"XDG_DATA_HOME"_s, m_home.path());
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(APP_EXECUTABLE), {u"--quit-after"_s, u"300"_s});
        QVERIFY(app.waitForFinished(15000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
    }
};

QTEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"
