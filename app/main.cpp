#include "appcontext.h"
#include "appicon.h"
#include "mainwindow.h"
#include "processhardening.h"
#include "shutdownsignals.h"
#include "translations.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Options
{
    QCommandLineOption demo{u"demo"_s,
                            QCoreApplication::translate("main",
                                                        "Start the bundled demo tenant and "
                                                        "connect to it.")};
    QCommandLineOption quitAfter{u"quit-after"_s,
                                 QCoreApplication::translate("main",
                                                             "Quit after the given number of "
                                                             "milliseconds (smoke tests)."),
                                 u"ms"_s};
};

void setUp(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(
            QCoreApplication::translate("main",
                                        "Find an Auth0 user, see every linked identity, and "
                                        "reveal or copy identity-provider tokens safely."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.demo);
    parser.addOption(options.quitAfter);
}

// --help and --version need no display: answer them without starting the GUI.
bool wantsTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"--help", "-h", "-?", "--help-all", "--version", "-v"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything holds a secret: freed memory overwritten (this may start the program
    // again, so it comes first), no core dumps, not dumpable, private files.
    ProcessHardening::wipeFreedMemory(argv);
    const QStringList hardening = ProcessHardening::apply();
    for (const QString &problem : hardening)
        qWarning("Process hardening: %s", qPrintable(problem));

    QCoreApplication::setApplicationName(QStringLiteral(IDP_APP_ID));
    QCoreApplication::setApplicationVersion(QStringLiteral(IDP_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral(IDP_ORGANIZATION_NAME));
    QCoreApplication::setOrganizationDomain(QStringLiteral(IDP_ORGANIZATION_DOMAIN));

    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        installTranslations(&app);
        QCommandLineParser parser;
        Options options;
        setUp(parser, options);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication::setApplicationDisplayName(QStringLiteral(IDP_APP_NAME));
    QApplication::setDesktopFileName(QStringLiteral(IDP_DESKTOP_ID));
    QApplication app(argc, argv);
    installTranslations(&app);
    QApplication::setWindowIcon(appIcon());

    QCommandLineParser parser;
    Options options;
    setUp(parser, options);
    parser.process(app);

    // SIGTERM, SIGINT and SIGHUP end the event loop; the normal shutdown below then stops the
    // demo tenant and removes its files.
    ShutdownSignals shutdownSignals;
    AppContext context(AppContext::applicationLocations());
    MainWindow window(context);
    window.show();
    if (parser.isSet(options.demo))
        window.startDemo();
    if (parser.isSet(options.quitAfter)) {
        bool ok = false;
        const int ms = parser.value(options.quitAfter).toInt(&ok);
        if (ok && ms >= 0)
            QTimer::singleShot(ms, &app, &QCoreApplication::quit);
    }
    return QApplication::exec();
}
