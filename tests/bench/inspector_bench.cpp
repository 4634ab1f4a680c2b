// Benchmarks of what an admin waits for, printed as medians:
//   1. parse and model build for a user with 200 identities and a 1 MB profile;
//   2. filling the results table with 100 users;
//   3. search, open and show against the fake tenant with 50 ms of injected latency, as app time
//      on top of the network time.
// Usage: idp-inspector-bench [--runs N] [--json] [--only FIGURE,...]
//        (QT_QPA_PLATFORM=offscreen when there is no display)

#include "../support/fakesession.h"
#include "../support/tenantthread.h"
#include "../support/testcontext.h"
#include "faketenant.h"
#include "httpclient.h"
#include "identitymodel.h"
#include "mainwindow.h"
#include "managementapi.h"
#include "processhardening.h"
#include "redaction.h"
#include "searchpanel.h"
#include "tokenprovider.h"
#include "userlistmodel.h"
#include "userpanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <QUrlQuery>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// The figures asked for with --only; empty: all of them.
QStringList onlyFigures;

bool wanted(std::initializer_list<QString> figures)
{
    return onlyFigures.isEmpty()
            || std::any_of(figures.begin(), figures.end(),
                           [](const QString &figure) { return onlyFigures.contains(figure); });
}

bool jsonOutput = false;

// One figure: a line for people, or with --json one JSON object per line for scripts.
void report(const QString &name, double medianMs, int runs, const QString &text)
{
    if (jsonOutput)
        out << QJsonDocument(QJsonObject{{u"figure"_s, name},
                                         {u"median_ms"_s, qRound(medianMs * 100) / 100.0},
                                         {u"runs"_s, runs}})
                        .toJson(QJsonDocument::Compact)
            << '\n';
    else
        out << text << '\n';
    out.flush();
}

QList<double> measure(int runs, const std::function<void()> &work,
                      const std::function<void()> &prepare = {})
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        if (prepare)
            prepare(); // not timed
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return times;
}

QByteArray bigUser(int count = 200, bool withProfile = true)
{
    QJsonArray identities;
    for (int i = 0; i < count; ++i) {
        QJsonObject identity{
                {u"provider"_s, i % 2 ? u"google-oauth2"_s : u"github"_s},
                {u"connection"_s, u"connection-%1"_s.arg(i)},
                {u"user_id"_s,
                 i % 2 ? QJsonValue(u"1082345678901234%1"_s.arg(i)) : QJsonValue(5823109 + i)},
                {u"isSocial"_s, true},
                {u"access_token"_s, QString(u"ya29.a0DEMO"_s + QString(180, QChar(u'a' + i % 26)))},
                {u"refresh_token"_s, QString(u"1//0gDEMO"_s + QString(94, QChar(u'b' + i % 20)))},
                {u"expires_in"_s, 3599},
                {u"profileData"_s,
                 QJsonObject{{u"email"_s, u"user%1@example.com"_s.arg(i)},
                             {u"name"_s, u"Linked account %1"_s.arg(i)},
                             {u"email_verified"_s, true}}}};
        identities.append(identity);
    }
    QJsonObject metadata;
    for (int i = 0; withProfile && metadata.size() < 4000; ++i)
        metadata.insert(u"preference_%1"_s.arg(i), QString(200, QChar(u'x')));
    const QJsonObject user{{u"user_id"_s, u"auth0|bench"_s},
                           {u"email"_s, u"bench@example.com"_s},
                           {u"name"_s, u"Benchmark User"_s},
                           {u"identities"_s, identities},
                           {u"user_metadata"_s, metadata}};
    return QJsonDocument(user).toJson(QJsonDocument::Compact);
}

// The Management API client the app uses, without the app around it: the demo M2M application
// against a fake tenant.
struct DirectClient
{
    explicit DirectClient(const FakeAuth0::FakeTenant &tenant)
        : http(&nam)
        , tokens(&http)
        , api(&http, &tokens)
    {
        HttpSettings settings;
        settings.extraCaCertificates = tenant.caCertificates();
        http.setSettings(settings);
        tokens.configure(QUrl(u"https://"_s + tenant.domain()), tenant.audience(),
                         u"demoInspectorM2mClient0001"_s);
        tokens.setClientSecret(SecretBytes("demo-secret-for-the-local-fake-tenant-only"));
        api.setBaseUrl(QUrl(u"https://"_s + tenant.domain()));
    }

    QNetworkAccessManager nam;
    HttpClient http;
    TokenProvider tokens;
    ManagementApi api;
};

} // namespace

int main(int argc, char *argv[])
{
    // The allocator settings the app runs with (freed memory overwritten), so the figures are
    // the app's.
    ProcessHardening::wipeFreedMemory(argv);
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"idp-token-inspector-bench"_s);
    QCoreApplication::setApplicationName(u"bench"_s);
    QCommandLineParser parser;
    const QCommandLineOption runsOption(u"runs"_s, u"Repetitions per benchmark."_s, u"N"_s,
                                        u"25"_s);
    parser.addOption(runsOption);
    const QCommandLineOption jsonOption(
            u"json"_s,
            u"One JSON object per figure and line: {\"figure\", \"median_ms\", \"runs\"}."_s);
    parser.addOption(jsonOption);
    const QCommandLineOption onlyOption(
            u"only"_s,
            u"Measure only these figures (names as --json prints them, comma-separated)."_s,
            u"FIGURES"_s);
    parser.addOption(onlyOption);
    parser.addHelpOption();
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    jsonOutput = parser.isSet(jsonOption);
    onlyFigures = parser.value(onlyOption).split(u',', Qt::SkipEmptyParts);
    if (!jsonOutput)
        out << (ProcessHardening::freedMemoryIsWiped()
                        ? u"allocator: freed memory overwritten (as the app runs)\n"_s
                        : u"allocator: glibc defaults (freed memory not overwritten)\n"_s);

    // 0. The main window, from construction to its first paint, warm (after one untimed window).
    if (wanted({u"first_window"_s})) {
        TestContext windowContext;
        auto firstWindow = [&] {
            MainWindow window(*windowContext);
            window.show();
            QCoreApplication::processEvents();
            window.repaint();
        };
        firstWindow();
        const QList<double> windows = measure(runs, firstWindow);
        report(u"first_window"_s, median(windows), runs,
               u"main window constructed, shown and painted (warm): median %1 ms"_s.arg(
                       median(windows), 0, 'f', 1));
    }

    // 0b. The app started with --version, whole process: as it runs (it starts itself again
    // once, with the allocator settings), and without that second start.
    if (wanted({u"start_version"_s, u"start_version_without_reexec"_s})) {
        auto start = [](bool reexec) {
            QProcess process;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
            if (!reexec) // the marker of an already restarted process
                environment.insert(u"IDP_TOKEN_INSPECTOR_WIPES_FREED_MEMORY"_s, u"1"_s);
            else
                environment.remove(u"IDP_TOKEN_INSPECTOR_WIPES_FREED_MEMORY"_s);
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(IDP_APP_EXECUTABLE), {u"--version"_s});
            process.waitForFinished(30000);
        };
        const int startRuns = std::min(runs, 10);
        const QList<double> withReexec = measure(startRuns, [&] { start(true); });
        const QList<double> withoutReexec = measure(startRuns, [&] { start(false); });
        report(u"start_version"_s, median(withReexec), startRuns,
               u"the app started with --version, as it runs: median %1 ms"_s.arg(median(withReexec),
                                                                                 0, 'f', 1));
        report(u"start_version_without_reexec"_s, median(withoutReexec), startRuns,
               u"  without starting itself again for the allocator settings: median %1 ms"_s.arg(
                       median(withoutReexec), 0, 'f', 1));
    }

    // 0c. The app's resident memory once its window is up and idle (Linux: VmRSS), in its own
    // settings folder so no profile of the person running the benchmark is read.
    if (wanted({u"idle_memory"_s}) && QFile::exists(u"/proc/self/status"_s)) {
        QTemporaryDir home;
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(IDP_APP_EXECUTABLE), {u"--quit-after"_s, u"4000"_s});
        process.waitForStarted(10000);
        QTest::qWait(2500);
        QFile status(u"/proc/%1/status"_s.arg(process.processId()));
        double rssMiB = 0;
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmRSS:"))
                    rssMiB = line.mid(6).trimmed().split(' ').first().toDouble() / 1024;
            }
        }
        process.waitForFinished(10000);
        if (jsonOutput)
            out << QJsonDocument(QJsonObject{{u"figure"_s, u"idle_memory"_s},
                                             {u"rss_mib"_s, qRound(rssMiB * 10) / 10.0}})
                            .toJson(QJsonDocument::Compact)
                << '\n';
        else
            out << u"the app's window up and idle: %1 MiB resident\n"_s.arg(rssMiB, 0, 'f', 1);
    }

    // 1. Parse and model build.
    const QByteArray json = bigUser();
    if (wanted({u"parse_model_200"_s})) {
        IdentityModel model;
        const QList<double> parse = measure(runs, [&] {
            const QJsonObject user = QJsonDocument::fromJson(json).object();
            model.setUser(user, TokenProvider::defaultScopes());
            const QJsonObject redacted = redactUser(user);
            Q_UNUSED(redacted);
        });
        report(u"parse_model_200"_s, median(parse), runs,
               u"parse + identities model + redaction, 200 identities, %1 KB profile: median %2 ms (%3 runs)"_s
                       .arg(json.size() / 1024)
                       .arg(median(parse), 0, 'f', 2)
                       .arg(runs));
    }

    // 1b. The same user shown in the user panel: tree, inspector and the raw JSON view.
    if (wanted({u"panel_200"_s, u"panel_20000"_s})) {
        UserPanel panel;
        panel.resize(800, 700);
        panel.show();
        TenantProfile shownProfile;
        shownProfile.name = u"Bench"_s;
        const QJsonObject parsed = QJsonDocument::fromJson(json).object();
        if (wanted({u"panel_200"_s})) {
            const QList<double> show = measure(runs, [&] {
                panel.setUser(parsed, shownProfile, TokenProvider::defaultScopes());
                QCoreApplication::processEvents();
            });
            report(u"panel_200"_s, median(show), runs,
                   u"show that user in the user panel (tree and inspector; the Raw JSON tab is written when shown): median %1 ms"_s
                           .arg(median(show), 0, 'f', 2));
        }

        // 1c. A user with 20,000 identities in the panel.
        if (wanted({u"panel_20000"_s})) {
            const QJsonObject huge = QJsonDocument::fromJson(bigUser(20000, false)).object();
            const int hugeRuns = std::min(runs, 5);
            const QList<double> showHuge = measure(hugeRuns, [&] {
                panel.setUser(huge, shownProfile, TokenProvider::defaultScopes());
                QCoreApplication::processEvents();
            });
            report(u"panel_20000"_s, median(showHuge), hugeRuns,
                   u"show a user with 20,000 identities in the user panel: median %1 ms (%2 runs)"_s
                           .arg(median(showHuge), 0, 'f', 1)
                           .arg(hugeRuns));
        }
        panel.clear();
    }

    // 2. Results table with 100 users.
    if (wanted({u"table_100"_s})) {
        const QJsonArray seedUsers = QJsonDocument::fromJson(FakeAuth0::FakeTenant::demoSeed())
                                             .object()
                                             .value(u"users"_s)
                                             .toArray();
        QList<QJsonObject> hundred;
        for (int i = 0; i < 100; ++i)
            hundred.append(seedUsers.at(i % seedUsers.size()).toObject());
        UserListModel users;
        QTableView view;
        view.setModel(&users);
        view.resize(900, 600);
        view.show();
        const QList<double> table = measure(runs, [&] {
            QList<UserSummary> rows;
            for (const QJsonObject &user : std::as_const(hundred))
                rows.append(UserSummary::fromJson(user));
            users.setUsers(rows);
            view.resizeColumnsToContents();
            QCoreApplication::processEvents();
        });
        report(u"table_100"_s, median(table), runs,
               u"fill the results table with 100 users: median %1 ms"_s.arg(median(table), 0, 'f',
                                                                            2));
    }

    // 3. Search, open and show, with 50 ms of latency on every Management API request, against a
    // tenant on its own thread.
    QString error;
    if (wanted({u"search_open_show_app"_s, u"search_open_show_network"_s})) {
        TenantThread remote;
        const FakeAuth0::FakeTenant *started = remote.start(
                [](FakeAuth0::FakeTenant &t) {
                    t.addFault(
                            {FakeAuth0::FakeTenant::Fault::Kind::Latency, u"/api/v2/"_s, -1, 50});
                },
                &error);
        if (!started) {
            out << "cannot start the fake tenant: " << error << '\n';
            return 1;
        }
        const FakeAuth0::FakeTenant &tenant = *started;
        QTemporaryDir dir;
        TestContext context;
        MainWindow window(*context);
        window.show();
        if (!connectToFakeTenant(window, tenant, dir.filePath(u"ca.pem"_s))) {
            out << "cannot connect to the fake tenant\n";
            return 1;
        }
        auto *edit = window.findChild<QLineEdit *>(u"searchEdit"_s);

        // Between two searches the admin reads the answer and types the next one: 300 ms, not
        // timed, for the network figure as for the app's. (The connection the client opens ahead of
        // the next request is ready by then, as it is when an admin works.)
        constexpr int gapMs = 300;
        // From Enter to the user shown; the typing before it is not the app's time. The search
        // itself drops the user shown before (as it does for the admin).
        const QList<double> endToEnd = measure(
                runs,
                [&] {
                    QSignalSpy opened(&window, &MainWindow::userOpened);
                    window.searchPanel()->search();
                    opened.wait(20000);
                },
                [&] {
                    QTest::qWait(gapMs);
                    edit->setText(u"jordan.lee@example.com"_s);
                });

        // The same two requests without the app around them: the network time.
        DirectClient direct(tenant);
        ManagementApi &api = direct.api;
        auto fetch = [&](ManagementReply *reply) {
            QSignalSpy done(reply, &ManagementReply::finished);
            done.wait(20000);
            const QJsonDocument document = reply->json();
            reply->deleteLater();
            return document;
        };
        fetch(api.get(u"users-by-email"_s,
                      QUrlQuery(u"email=jordan.lee%40example.com"_s))); // warm up
        const QList<double> network = measure(
                runs,
                [&] {
                    const QJsonArray found
                            = fetch(api.get(u"users-by-email"_s,
                                            QUrlQuery(u"email=jordan.lee%40example.com"_s)))
                                      .array();
                    fetch(api.getUser(found.first().toObject().value(u"user_id"_s).toString()));
                },
                [&] { QTest::qWait(gapMs); });
        const double e2e = median(endToEnd);
        const double net = median(network);
        report(u"search_open_show_network"_s, net, runs,
               u"search by email, open and show (2 requests, 50 ms latency each, searches %3 ms "
               "apart): median %1 ms end to end, %2 ms network"_s.arg(e2e, 0, 'f', 1)
                       .arg(net, 0, 'f', 1)
                       .arg(gapMs));
        report(u"search_open_show_app"_s, e2e - net, runs,
               u"  app time on top of the network: %1 ms"_s.arg(e2e - net, 0, 'f', 1));
    }

    // 4. Twenty user lookups at once against a bucket of 2 that refills 2 per second: the wall
    // time until all have answered, and how many failed.
    int failures = 0;
    if (wanted({u"ratelimit_20_lookups"_s, u"ratelimit_20_lookups_failures"_s})) {
        TenantThread limitedThread;
        const FakeAuth0::FakeTenant *startedLimited = limitedThread.start(
                [](FakeAuth0::FakeTenant &t) {
                    t.setRateLimit(FakeAuth0::FakeTenant::Api::Management, 2, 2);
                },
                &error);
        if (!startedLimited) {
            out << "cannot start the rate-limited tenant: " << error << '\n';
            return 1;
        }
        const FakeAuth0::FakeTenant &limited = *startedLimited;
        DirectClient limitedClient(limited);
        ManagementApi &limitedApi = limitedClient.api;
        TokenRequest *warm = limitedClient.tokens.token();
        QSignalSpy warmed(warm, &TokenRequest::finished);
        warmed.wait(20000);
        const int rateRuns = std::min(runs, 3);
        QList<double> lookups;
        for (int run = 0; run < rateRuns; ++run) {
            QTest::qWait(1100); // a full bucket to start from, not timed
            QElapsedTimer timer;
            timer.start();
            QList<ManagementReply *> replies;
            std::vector<std::unique_ptr<QSignalSpy>> spies;
            for (int i = 0; i < 20; ++i) {
                replies.append(limitedApi.getUser(u"github|5823109"_s));
                spies.push_back(
                        std::make_unique<QSignalSpy>(replies.last(), &ManagementReply::finished));
            }
            for (const auto &spy : spies) {
                if (spy->isEmpty())
                    spy->wait(60000);
            }
            lookups.append(double(timer.nsecsElapsed()) / 1e6);
            for (ManagementReply *reply : std::as_const(replies)) {
                failures += reply->isError();
                reply->deleteLater();
            }
        }
        report(u"ratelimit_20_lookups"_s, median(lookups), rateRuns,
               u"20 lookups at once, bucket of 2 refilling 2 per second: median %1 ms, %2 failed"_s
                       .arg(median(lookups), 0, 'f', 0)
                       .arg(failures));
        if (jsonOutput)
            out << QJsonDocument(QJsonObject{{u"figure"_s, u"ratelimit_20_lookups_failures"_s},
                                             {u"count"_s, failures}})
                            .toJson(QJsonDocument::Compact)
                << '\n';
    }
    out.flush();
    return failures == 0 ? 0 : 1;
}
