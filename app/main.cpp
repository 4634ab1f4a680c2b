#include "appcontext.h"
#include "appicon.h"
#include "headlesscheck.h"
#include "mainwindow.h"
#include "processhardening.h"
#include "shutdownsignals.h"
#include "translations.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
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
    QCommandLineOption listProfiles{
            u"list-profiles"_s,
            QCoreApplication::translate("main",
                                        "Print the saved profiles (id, name, domain, "
                                        "environment, access level) and exit.")};
    QCommandLineOption testConnection{
            u"test-connection"_s,
            QCoreApplication::translate("main",
                                        "Test a saved profile's connection without a display, "
                                        "print the diagnosis and exit: 0 connected with what it "
                                        "needs, 1 not, 2 a usage error."),
            u"profile"_s};
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
    parser.addOption(options.listProfiles);
    parser.addOption(options.testConnection);
    parser.addOption(options.quitAfter);
}

// --help, --version and the headless check need no display: answer them without the GUI.
bool wantsTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"--help", "-h", "-?", "--help-all", "--version", "-v",
                                 "--list-profiles", "--test-connection"}) {
            if (std::strcmp(argv[i], flag) == 0
                || std::strncmp(argv[i], "--test-connection=", 18) == 0)
                return true;
        }
    }
    return false;
}

int runTextOnly(QCoreApplication &app)
{
    QCommandLineParser parser;
    Options options;
    setUp(parser, options);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(app.arguments())) {
        err << parser.errorText() << '\n';
        return HeadlessCheck::UsageError;
    }
    if (parser.isSet(u"help"_s) || parser.isSet(u"help-all"_s) || parser.isSet(u"version"_s))
        parser.process(app); // prints and exits
    if (!parser.positionalArguments().isEmpty()) {
        err << QCoreApplication::translate("main", "Unexpected argument: %1")
                        .arg(parser.positionalArguments().first())
            << '\n';
        return HeadlessCheck::UsageError;
    }
    AppContext context(AppContext::applicationLocations());
    if (parser.isSet(options.listProfiles))
        return HeadlessCheck::listProfiles(context, out);
    return HeadlessCheck::testConnection(context, parser.value(options.testConnection), out);
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
        return runTextOnly(app);
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
