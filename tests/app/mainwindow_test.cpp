#include "mainwindow.h"
#include "version.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;

// The first window offscreen: what it shows, its About box, the demo tenant it starts, and the
// executable's command line.
class MainWindowTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void construct_showsNamedPanes()
    {
        MainWindow window;
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

    void about_showsVersionAndLicence()
    {
        MainWindow window;
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

    void startDemo_bundledTenant_connectsAndShowsScopes()
    {
        MainWindow window;
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

    void executable_offscreenStart_exitsCleanly()
    {
        QProcess app;
        app.start(QStringLiteral(APP_EXECUTABLE), {u"--quit-after"_s, u"300"_s});
        QVERIFY(app.waitForFinished(15000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
    }
};

QTEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"
