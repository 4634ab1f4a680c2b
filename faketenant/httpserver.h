#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslConfiguration>
#include <QString>
#include <QUrlQuery>

#include <functional>

class QSslServer;
class QSslSocket;

namespace FakeAuth0 {

struct HttpRequest
{
    QByteArray method;
    QByteArray target; // as sent, percent-encoded
    QString path;      // decoded path without the query
    QByteArray rawPath;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QString host() const { return QString::fromLatin1(header("host")); }
};

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
};

// How the server misbehaves for a request, decided per request by the handler's owner.
struct Delivery
{
    enum class Mode { Normal, Drop, Truncate, Trickle };
    Mode mode = Mode::Normal;
    int delayMs = 0;
    int trickleBytes = 16;
    int trickleIntervalMs = 50;
};

// A small HTTP/1.1 server over TLS: persistent connections, Content-Length and chunked request
// bodies, one request at a time per connection. Enough to stand in for Auth0's edge.
class HttpsServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpsServer)

public:
    using Handler = std::function<HttpResponse(const HttpRequest &, Delivery &)>;

    explicit HttpsServer(QObject *parent = nullptr);
    ~HttpsServer() override;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    bool listen(const QSslConfiguration &tls, quint16 port, QString *error);
    quint16 port() const;
    void close();

    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype MaxBodyBytes = 1024 * 1024;

    /**
     * How long a connection may take to finish its TLS handshake or send a whole request, and how
     * long a kept-alive connection may sit idle, before it is closed. A client that connects and
     * leaves, or trickles, never holds the server.
     */
    void setTimeouts(int handshakeMs, int requestMs, int idleMs);
    int openConnections() const { return int(m_connections.size()); }
    /** Connections whose TLS handshake succeeded, since the server started. */
    int connectionsAccepted() const { return m_accepted; }

private:
    struct Connection;
    void accept();
    void readFrom(QSslSocket *socket);
    void processBuffer(QSslSocket *socket);
    void deliver(QSslSocket *socket, const HttpResponse &response, const Delivery &delivery,
                 bool keepAlive);
    void finishResponse(QSslSocket *socket, bool keepAlive);
    void armTimer(QSslSocket *socket);

    QSslServer *m_server = nullptr;
    Handler m_handler;
    QHash<QSslSocket *, Connection *> m_connections;
    int m_handshakeMs = 5000;
    int m_requestMs = 10000;
    int m_idleMs = 30000;
    int m_accepted = 0;
};

QByteArray reasonPhrase(int status);

// One request from the front of a connection's buffer: NeedMore until it is whole; Complete with
// the bytes it took; Error with the status and message to answer before closing.
struct ParsedRequest
{
    enum class Status { NeedMore, Complete, Error };
    Status status = Status::NeedMore;
    qsizetype consumed = 0;
    bool http10 = false;
    int errorStatus = 0;
    QByteArray errorMessage;
};
ParsedRequest parseRequest(const QByteArray &buffer, HttpRequest *request);

} // namespace FakeAuth0
