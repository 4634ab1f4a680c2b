// Renders the main screens to PNG files, for looking at them: the flow of a support engineer
// against the fake tenant, in a light and a dark palette and in German.
//   ui-screenshots OUTPUT_DIR [--dark] [--locale de]
// Uses widget grabs, so it runs offscreen (QT_QPA_PLATFORM=offscreen) as well as under X.

#include "../support/fakesession.h"
#include "../support/testcontext.h"
#include "faketenant.h"
#include "identitymodel.h"
#include "mainwindow.h"
#include "profiledialog.h"
#include "prompts.h"
#include "searchpanel.h"
#include "translations.h"
#include "userpanel.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"idp-token-inspector-screenshots"_s);
    QCoreApplication::setApplicationName(u"screenshots"_s);
    QCommandLineParser parser;
    parser.addPositionalArgument(u"dir"_s, u"Where to write the PNG files."_s);
    const QCommandLineOption dark(u"dark"_s, u"Use a dark palette."_s);
    const QCommandLineOption locale(u"locale"_s, u"UI language, e.g. de."_s, u"name"_s);
    parser.addOptions({dark, locale});
    parser.process(app);
    const QDir out(parser.positionalArguments().value(0, u"."_s));
    out.mkpath(u"."_s);

    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    if (parser.isSet(dark)) {
        QPalette p;
        p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        p.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb4));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        QApplication::setPalette(p);
    }
    // As the app speaks: English (with its plural forms) unless another language is asked for.
    installTranslations(&app,
                        parser.isSet(locale) ? QLocale(parser.value(locale))
                                             : QLocale(QLocale::English, QLocale::UnitedStates));

    auto shot = [&](QWidget *widget, const QString &name) {
        QTest::qWait(150);
        widget->grab().save(out.filePath(name + u".png"_s));
    };
    {
        // A first run: no profile yet.
        TestContext firstRunContext;
        MainWindow firstRun(*firstRunContext);
        firstRun.resize(1280, 800);
        firstRun.show();
        shot(&firstRun, u"0-welcome"_s);
    }

    FakeAuth0::FakeTenant tenant;
    QString error;
    tenant.loadDemoSeed(&error);
    tenant.start(0, &error);
    QTemporaryDir dir;
    TestContext context;
    MainWindow window(*context);
    window.resize(1280, 800);
    window.show();
    if (!connectToFakeTenant(window, tenant, dir.filePath(u"ca.pem"_s)))
        return 1;

    auto *edit = window.findChild<QLineEdit *>(u"searchEdit"_s);
    QSignalSpy opened(&window, &MainWindow::userOpened);
    edit->setText(u"jordan.lee@example.com"_s);
    window.searchPanel()->search();
    opened.wait(10000);
    shot(&window, u"1-linked-accounts"_s);

    IdentityModel *model = window.userPanel()->model();
    window.userPanel()->selectIndex(model->tokenIndexes().first());
    window.userPanel()->revealSelected();
    shot(&window, u"2-revealed"_s);
    window.userPanel()->maskAll();
    window.userPanel()->copySelected();
    shot(&window, u"3-copied"_s);

    // The GitHub token checked at the demo's fake GitHub: valid, of another account.
    window.userPanel()->selectIndex(model->tokenIndexes().last());
    QSignalSpy checked(window.userPanel(), &UserPanel::tokenActionDone);
    window.userPanel()->checkSelected();
    checked.wait(10000);
    shot(&window, u"9-provider-check"_s);
    // Who read these tokens: this app, a moment ago.
    auto *tabs = window.findChild<QTabWidget *>(u"tabs"_s);
    tabs->setCurrentWidget(window.findChild<QWidget *>(u"readsTab"_s));
    QTest::qWait(1000);
    shot(&window, u"10-token-reads"_s);
    tabs->setCurrentIndex(0);

    edit->setText(u"amelia.schmidt@contoso.example"_s);
    window.searchPanel()->search();
    opened.wait(10000);
    shot(&window, u"4-azure-jwt"_s);

    edit->setText(u"google-oauth2|104455667788990011223"_s);
    window.searchPanel()->search();
    opened.wait(10000);
    QTest::qWait(500);
    shot(&window, u"5-token-vault"_s);

    edit->setText(u"email.domain:\"example.org\""_s);
    window.searchPanel()->search();
    QSignalSpy searched(&window, &MainWindow::searchFinished);
    searched.wait(10000);
    shot(&window, u"6-search"_s);

    ProfileDialog *dialog = window.showProfiles();
    dialog->resize(860, 560);
    shot(dialog, u"7-profiles"_s);

    // A profile that signs in with a key, with a new key ready to save.
    auto *auth = dialog->findChild<QComboBox *>(u"authCombo"_s);
    auth->setCurrentIndex(auth->findData(u"private-key-jwt"_s));
    Prompt::setTestMode(true);
    Prompt::answerNext({true, u"2048"_s});
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"generateKeyButton"_s), Qt::LeftButton);
    shot(dialog, u"8-private-key"_s);
    return 0;
}
