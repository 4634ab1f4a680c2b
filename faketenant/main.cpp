// fake-auth0-tenant: a local HTTPS stand-in for an Auth0 tenant, for the demo and for tests.
//
//   fake-auth0-tenant [--port N] [--seed FILE] [--ca-out FILE] [--client
//   ID:SECRET[:SCOPE,SCOPE...]]... [--client-key ID:PUBLIC_KEY_PEM_FILE[:SCOPE,SCOPE...]]...
//
// Prints "listening https://127.0.0.1:PORT providers https://127.0.0.1:PORT2" once ready; SIGTERM
// or SIGINT stops it cleanly.

#include "faketenant.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

#ifdef Q_OS_UNIX
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe work here: wake the event loop through the pipe.
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

void installSignalHandlers(QCoreApplication *app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}
#else
void installSignalHandlers(QCoreApplication *)
{
    std::signal(SIGINT, [](int) { QCoreApplication::quit(); });
    std::signal(SIGTERM, [](int) { QCoreApplication::quit(); });
}
#endif

// ID:VALUE[:SCOPE,SCOPE...], split at its first two colons only: scopes contain colons
// themselves. An empty id means the argument is malformed.
struct ClientArgument
{
    QString id;
    QString value;
    QStringList scopes;
    bool hasScopes = false;
};

ClientArgument splitClientArgument(const QString &text)
{
    ClientArgument argument;
    const qsizetype first = text.indexOf(u':');
    if (first <= 0)
        return argument;
    const qsizetype second = text.indexOf(u':', first + 1);
    argument.id = text.left(first);
    argument.value = second < 0 ? text.mid(first + 1) : text.mid(first + 1, second - first - 1);
    argument.hasScopes = second >= 0;
    if (argument.hasScopes)
        argument.scopes = text.mid(second + 1).split(u',', Qt::SkipEmptyParts);
    return argument;
}

int fail(const QString &message)
{
    QTextStream(stderr) << "fake-auth0-tenant: " << message << '\n';
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"fake-auth0-tenant"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(IDP_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"A local HTTPS stand-in for an Auth0 tenant: client credentials at /oauth/token and "
            u"the "
            "Management API's user endpoints, on 127.0.0.1. Its domain is 127.0.0.1:PORT (audience "
            "https://127.0.0.1:PORT/api/v2/); localhost:PORT plays a custom domain."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(u"port"_s, u"Port to listen on; 0 picks a free one."_s,
                                        u"N"_s, u"0"_s);
    const QCommandLineOption seedOption(
            u"seed"_s, u"Tenant seed JSON file (default: the demo tenant)."_s, u"FILE"_s);
    const QCommandLineOption caOption(
            u"ca-out"_s, u"Write the PEM CA certificate that clients must trust."_s, u"FILE"_s);
    const QCommandLineOption clientOption(
            u"client"_s,
            u"Add an M2M application; scopes default to read:users,read:user_idp_tokens."_s,
            u"ID:SECRET[:SCOPE,SCOPE...]"_s);
    const QCommandLineOption clientKeyOption(
            u"client-key"_s,
            u"Add an M2M application that authenticates with Private Key JWT (RS256) using the "
            "public key in the PEM file; scopes default to read:users,read:user_idp_tokens."_s,
            u"ID:PUBLIC_KEY_PEM_FILE[:SCOPE,SCOPE...]"_s);
    parser.addOptions({portOption, seedOption, caOption, clientOption, clientKeyOption});
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(u"--port needs a number from 0 to 65535"_s);

    FakeAuth0::FakeTenant tenant;
    QString error;
    if (parser.isSet(seedOption)) {
        QFile seed(parser.value(seedOption));
        if (!seed.open(QIODevice::ReadOnly))
            return fail(u"cannot read the seed %1: %2"_s.arg(seed.fileName(), seed.errorString()));
        if (!tenant.loadSeed(seed.readAll(), &error))
            return fail(u"bad seed %1: %2"_s.arg(seed.fileName(), error));
    } else if (!tenant.loadDemoSeed(&error)) {
        return fail(u"cannot load the demo tenant: "_s + error);
    }

    const QStringList clients = parser.values(clientOption);
    for (const QString &value : clients) {
        const ClientArgument argument = splitClientArgument(value);
        if (argument.id.isEmpty())
            return fail(u"--client needs ID:SECRET[:SCOPE,SCOPE...]"_s);
        FakeAuth0::FakeTenant::Client client;
        client.id = argument.id;
        client.secret = argument.value;
        client.name = client.id;
        if (client.secret.isEmpty())
            return fail(u"--client %1 has an empty secret"_s.arg(client.id));
        if (argument.hasScopes)
            client.scopes = argument.scopes;
        tenant.addClient(client);
    }

    const QStringList keyClients = parser.values(clientKeyOption);
    for (const QString &value : keyClients) {
        const ClientArgument argument = splitClientArgument(value);
        if (argument.id.isEmpty())
            return fail(u"--client-key needs ID:PUBLIC_KEY_PEM_FILE[:SCOPE,SCOPE...]"_s);
        FakeAuth0::FakeTenant::Client client;
        client.id = argument.id;
        client.name = client.id;
        QFile pem(argument.value);
        if (!pem.open(QIODevice::ReadOnly))
            return fail(u"cannot read %1: %2"_s.arg(pem.fileName(), pem.errorString()));
        FakeAuth0::FakeTenant::KeyCredential key;
        key.publicKeyPem = pem.readAll();
        client.keys.append(key);
        if (argument.hasScopes)
            client.scopes = argument.scopes;
        tenant.addClient(client);
    }

    if (!tenant.start(quint16(port), &error))
        return fail(u"cannot listen: "_s + error);

    if (parser.isSet(caOption)) {
        QSaveFile ca(parser.value(caOption));
        if (!ca.open(QIODevice::WriteOnly) || ca.write(tenant.caCertificatePem()) < 0
            || !ca.commit())
            return fail(u"cannot write the CA certificate to "_s + parser.value(caOption));
    }

    installSignalHandlers(&app);
    std::printf("listening https://127.0.0.1:%u providers %s\n", unsigned(tenant.port()),
                qPrintable(tenant.providersBaseUrl().toString()));
    std::fflush(stdout);
    const int rc = QCoreApplication::exec();
    tenant.stop();
    return rc;
}
