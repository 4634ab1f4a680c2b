#include "../support/wait.h"
#include "apierror.h"
#include "cryptoutil.h"
#include "httpclient.h"

#include <QNetworkAccessManager>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A TLS server on 127.0.0.1 with the certificate the test asks for, answering "{}".
class TlsServer final
{
public:
    explicit TlsServer(const FakeAuth0::TlsOptions &options = {})
    {
        QString error;
        m_material = FakeAuth0::createTlsMaterial(&error, options);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(m_material.serverCertificatePem));
        tls.setPrivateKey(QSslKey(m_material.serverKeyPem, QSsl::Ec));
        m_server.setSslConfiguration(tls);
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                  "Content-Length: 2\r\nConnection: close\r\n\r\n{}");
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    QSslCertificate ca() const { return QSslCertificate(m_material.caCertificatePem); }
    quint16 port() const { return m_server.serverPort(); }

private:
    FakeAuth0::TlsMaterial m_material;
    QSslServer m_server;
};

// A TCP server that answers whatever comes with fixed bytes: plain HTTP, or a TLS alert.
class RawServer final
{
public:
    explicit RawServer(QByteArray answer)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this, answer] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, answer] {
                    socket->readAll();
                    socket->write(answer);
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server;
};

} // namespace

// Every TLS failure named for what happened, with a fix to match: no TLS at all, no common
// protocol version, an untrusted, expired or misnamed certificate. Real sockets on 127.0.0.1.
class TlsErrorsTest final : public QObject
{
    Q_OBJECT

    ApiError request(quint16 port, const QList<QSslCertificate> &trust = {})
    {
        QNetworkAccessManager network;
        HttpClient http(&network);
        HttpSettings settings;
        settings.extraCaCertificates = trust;
        settings.maxRetries = 0;
        settings.timeoutMs = 10000;
        http.setSettings(settings);
        HttpRequestSpec spec;
        spec.url = QUrl(u"https://127.0.0.1:%1/api/v2/users"_s.arg(port));
        ApiReply *reply = http.send(spec);
        QSignalSpy done(reply, &ApiReply::finished);
        waitForSignal(done);
        return reply->error();
    }

private Q_SLOTS:
    void trustedCertificate_works()
    {
        TlsServer server;
        QVERIFY(server.port() != 0);
        QCOMPARE(request(server.port(), {server.ca()}).kind, ApiError::Kind::None);
    }

    void untrustedCertificate_saysNotTrusted()
    {
        TlsServer server;
        const ApiError error = request(server.port());
        QCOMPARE(error.kind, ApiError::Kind::Tls);
        QCOMPARE(error.tlsProblem, ApiError::TlsProblem::Untrusted);
        const Diagnosis d = ErrorAdvisor::diagnose(error);
        QVERIFY(d.summary.contains(u"not trusted"_s));
        QVERIFY(d.detail.contains(u"127.0.0.1"_s)); // the certificate's subject is named
    }

    void expiredCertificate_saysExpired()
    {
        FakeAuth0::TlsOptions expired;
        expired.validFromSeconds = -2 * 86400;
        expired.validToSeconds = -86400;
        TlsServer server(expired);
        const ApiError error = request(server.port(), {server.ca()});
        QCOMPARE(error.tlsProblem, ApiError::TlsProblem::Expired);
        QVERIFY(ErrorAdvisor::diagnose(error).summary.contains(u"expired"_s));
        QVERIFY(ErrorAdvisor::diagnose(error).fix.contains(u"date and time"_s));
    }

    void certificateForAnotherHost_saysSo()
    {
        FakeAuth0::TlsOptions elsewhere;
        elsewhere.commonName = "elsewhere.example";
        elsewhere.subjectAltNames = "DNS:elsewhere.example";
        TlsServer server(elsewhere);
        const ApiError error = request(server.port(), {server.ca()});
        QCOMPARE(error.tlsProblem, ApiError::TlsProblem::WrongHost);
        QVERIFY(ErrorAdvisor::diagnose(error).summary.contains(u"for another host"_s));
    }

    void plainHttpPort_saysNoTls()
    {
        RawServer server(
                "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        const ApiError error = request(server.port());
        QCOMPARE(error.kind, ApiError::Kind::Tls);
        QCOMPARE(error.tlsProblem, ApiError::TlsProblem::NoTls);
        const Diagnosis d = ErrorAdvisor::diagnose(error);
        QVERIFY2(d.summary.contains(u"does not speak TLS"_s), qPrintable(d.summary));
        QVERIFY(!d.summary.contains(u"not trusted"_s));
    }

    void oldProtocolOnly_saysVersion()
    {
        // What a server stuck on an old TLS version answers a TLS 1.2+ hello: a fatal
        // protocol_version alert (TLS record 21, alert level 2, description 70).
        RawServer server(QByteArray::fromHex("15030100020246"));
        const ApiError error = request(server.port());
        QCOMPARE(error.kind, ApiError::Kind::Tls);
        QCOMPARE(error.tlsProblem, ApiError::TlsProblem::ProtocolVersion);
        QVERIFY(ErrorAdvisor::diagnose(error).summary.contains(u"no TLS version"_s));
    }
};

QTEST_GUILESS_MAIN(TlsErrorsTest)
#include "tlserrors_test.moc"
