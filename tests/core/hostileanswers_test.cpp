#include "../support/wait.h"
#include "apierror.h"
#include "httpclient.h"
#include "identitymodel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// A plain-HTTP server on 127.0.0.1 (the request builder allows plain HTTP to loopback only, for
// local profiles) that answers each request by calling serve(socket): whatever a hostile or
// broken server could send.
class HostileServer final
{
public:
    explicit HostileServer(std::function<void(QTcpSocket *)> serve)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this, serve] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, serve] {
                    if (socket->property("served").toBool())
                        return;
                    socket->setProperty("served", true);
                    socket->readAll();
                    serve(socket);
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const
    {
        return QUrl(u"http://127.0.0.1:%1/api/v2/users/x"_s.arg(m_server.serverPort()));
    }

private:
    QTcpServer m_server;
};

void answer(QTcpSocket *socket, const QByteArray &headers, const QByteArray &body)
{
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                  + headers + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
                  + body);
    socket->disconnectFromHost();
}

qint64 peakResidentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

} // namespace

// Every hostile answer ends in a named error or a correct result, with the event loop turning
// all along and memory bounded: huge, endless, deeply nested, invalid and absurd answers.
class HostileAnswersTest final : public QObject
{
    Q_OBJECT

    int m_ticks = 0;

    // Sends one GET and returns its error; counts event-loop ticks (every 20 ms) meanwhile.
    ApiError fetch(const HostileServer &server, int timeoutMs = 3000, QJsonObject *json = nullptr)
    {
        QNetworkAccessManager network;
        HttpClient http(&network);
        HttpSettings settings;
        settings.allowPlainHttpToLoopback = true;
        settings.timeoutMs = timeoutMs;
        settings.maxRetries = 1;
        settings.initialBackoffMs = 50;
        settings.maxBackoffMs = 200;
        http.setSettings(settings);
        HttpRequestSpec spec;
        spec.url = server.url();
        ApiReply *reply = http.send(spec);
        QTimer tick;
        m_ticks = 0;
        connect(&tick, &QTimer::timeout, this, [this] { ++m_ticks; });
        tick.start(20);
        QSignalSpy done(reply, &ApiReply::finished);
        waitForSignal(done, timeoutMs * 4 + 5000);
        if (json)
            *json = reply->json().object();
        return reply->error();
    }

private Q_SLOTS:
    void hugeBody_isCutAtTheCap_memoryStaysBounded()
    {
        // 100 MB announced and streamed in 1 MB pieces; the cap is 16 MB.
        HostileServer server([](QTcpSocket *socket) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Content-Length: 104857600\r\n\r\n[");
            auto *more = new QTimer(socket);
            const QByteArray piece(1024 * 1024, ' ');
            connect(more, &QTimer::timeout, socket, [socket, piece] {
                if (socket->bytesToWrite() < 4 * piece.size())
                    socket->write(piece);
            });
            more->start(1);
        });
        const qint64 before = peakResidentKiB();
        const ApiError error = fetch(server, 20000);
        QCOMPARE(error.kind, ApiError::Kind::ResponseTooLarge);
        QVERIFY2(peakResidentKiB() - before < 200 * 1024,
                 qPrintable(u"peak grew by %1 KiB"_s.arg(peakResidentKiB() - before)));
    }

    void endlessTrickle_endsAtTheDeadline_appResponsive()
    {
        HostileServer server([](QTcpSocket *socket) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Content-Length: 1000000\r\n\r\n{");
            auto *drip = new QTimer(socket);
            connect(drip, &QTimer::timeout, socket, [socket] { socket->write(" "); });
            drip->start(50);
        });
        QElapsedTimer timer;
        timer.start();
        const ApiError error = fetch(server, 1000);
        QCOMPARE(error.kind, ApiError::Kind::Timeout);
        QVERIFY(timer.elapsed() < 8000);
        QVERIFY2(m_ticks >= 20, "the event loop stalled while bytes trickled in");
    }

    void hundredThousandNestedBrackets_isMalformed()
    {
        const QByteArray body = QByteArray(100000, '[') + QByteArray(100000, ']');
        HostileServer server([body](QTcpSocket *socket) { answer(socket, {}, body); });
        const ApiError error = fetch(server);
        QCOMPARE(error.kind, ApiError::Kind::MalformedResponse);
    }

    void invalidUtf8_isMalformed()
    {
        HostileServer server([](QTcpSocket *socket) {
            answer(socket, {}, "{\"user_id\":\"auth0|\xff\xfe\xc3\"}");
        });
        QCOMPARE(fetch(server).kind, ApiError::Kind::MalformedResponse);
    }

    void nulBytesAndAHugeJwtInTokens_showMaskedWithTheirLength()
    {
        // A token holding NUL bytes, and a 10 MB JWT-shaped token: read, masked by length.
        const QByteArray jwt = "eyJhbGciOiJSUzI1NiJ9." + QByteArray(10 * 1024 * 1024, 'A') + ".sig";
        const QByteArray body
                = "{\"user_id\":\"github|1\",\"identities\":[{\"provider\":\"github\","
                  "\"connection\":\"github\",\"user_id\":1,\"isSocial\":true,"
                  "\"access_token\":\"gho_\\u0000DEMO\\u0000\","
                  "\"refresh_token\":\""
                + jwt + "\"}]}";
        HostileServer server([body](QTcpSocket *socket) { answer(socket, {}, body); });
        QJsonObject user;
        QCOMPARE(fetch(server, 10000, &user).kind, ApiError::Kind::None);
        IdentityModel model;
        model.setUser(user, {u"read:users"_s, u"read:user_idp_tokens"_s});
        const QList<QModelIndex> tokens = model.tokenIndexes();
        QCOMPARE(tokens.size(), 2);
        QVERIFY(tokens.at(0).data().toString().contains(u"10 chars"_s));
        QVERIFY(tokens.at(1).data().toString().contains(QString::number(jwt.size())));
    }

    void absurdRateLimitHeaders_neverHangOrOverflow_data()
    {
        QTest::addColumn<QByteArray>("reset");
        QTest::newRow("beyond int64") << QByteArray("99999999999999999999999");
        QTest::newRow("int64 max") << QByteArray("9223372036854775807");
        QTest::newRow("scientific") << QByteArray("1e300");
        QTest::newRow("negative") << QByteArray("-5");
        QTest::newRow("garbage") << QByteArray("soon");
    }

    void absurdRateLimitHeaders_neverHangOrOverflow()
    {
        QFETCH(QByteArray, reset);
        HostileServer server([reset](QTcpSocket *socket) {
            socket->write("HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\n"
                          "X-RateLimit-Limit: 1e300\r\nX-RateLimit-Remaining: -99999999999\r\n"
                          "X-RateLimit-Reset: "
                          + reset + "\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
            socket->disconnectFromHost();
        });
        QElapsedTimer timer;
        timer.start();
        const ApiError error = fetch(server, 2000);
        QCOMPARE(error.kind, ApiError::Kind::RateLimited);
        QVERIFY2(timer.elapsed() < 6000, qPrintable(QString::number(timer.elapsed())));
        (void)ErrorAdvisor::diagnose(error); // names a time, or none, without overflowing
    }
};

QTEST_GUILESS_MAIN(HostileAnswersTest)
#include "hostileanswers_test.moc"
