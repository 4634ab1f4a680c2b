#include "mainwindow.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication::setApplicationName(QStringLiteral(IDP_APP_ID));
    QApplication::setApplicationDisplayName(QStringLiteral(IDP_APP_NAME));
    QApplication::setApplicationVersion(QStringLiteral(IDP_VERSION));
    QApplication::setOrganizationName(QStringLiteral(IDP_ORGANIZATION_NAME));
    QApplication::setOrganizationDomain(QStringLiteral(IDP_ORGANIZATION_DOMAIN));
    QApplication::setDesktopFileName(QStringLiteral(IDP_APP_ID));

    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(u":/icons/idp-token-inspector.svg"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QApplication::translate("main",
                                    "Find an Auth0 user, see every linked identity, and "
                                    "reveal or copy identity-provider tokens safely."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
            u"demo"_s,
            QApplication::translate("main", "Start the bundled demo tenant and connect to it."));
    const QCommandLineOption quitOption(
            u"quit-after"_s,
            QApplication::translate("main",
                                    "Quit after the given number of milliseconds "
                                    "(smoke tests)."),
            u"ms"_s);
    parser.addOption(demoOption);
    parser.addOption(quitOption);
    parser.process(app);

    MainWindow window;
    window.show();
    if (parser.isSet(demoOption))
        window.startDemo();
    if (parser.isSet(quitOption)) {
        bool ok = false;
        const int ms = parser.value(quitOption).toInt(&ok);
        if (ok && ms >= 0)
            QTimer::singleShot(ms, &app, &QCoreApplication::quit);
    }
    return QApplication::exec();
}
