#include "httpserver.h"

#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHttp, "fakeauth0.http", QtInfoMsg)

namespace FakeAuth0 {

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 414:
        return "URI Too Long";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Unknown";
    }
}

struct HttpsServer::Connection
{
    QByteArray buffer;
    bool busy = false;
    QTimer *timer = nullptr; ///< closes an incomplete request or an idle connection
};

HttpsServer::HttpsServer(QObject *parent)
    : QObject(parent)
{ }

HttpsServer::~HttpsServer()
{
    close();
}

bool HttpsServer::listen(const QSslConfiguration &tls, quint16 port, QString *error)
{
    m_server = new QSslServer(this);
    m_server->setSslConfiguration(tls);
    m_server->setHandshakeTimeout(m_handshakeMs);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &HttpsServer::accept);
    // Qt 6.4's QSslServer counts a failed handshake against maxPendingConnections and pauses
    // accepting once 30 have failed: resume after every failure, so a client that does not trust
    // the CA, or connects and leaves, never stops the server for everyone else.
    const auto failed = [this](QSslSocket *, QAbstractSocket::SocketError socketError) {
        qCDebug(lcHttp) << "TLS connection failed:" << socketError;
        if (m_server)
            m_server->resumeAccepting();
    };
    connect(m_server, &QSslServer::errorOccurred, this, failed);
    connect(m_server, &QSslServer::sslErrors, this, [this](QSslSocket *, const QList<QSslError> &) {
        if (m_server)
            m_server->resumeAccepting();
    });
    connect(m_server, &QSslServer::peerVerifyError, this, [this](QSslSocket *, const QSslError &) {
        if (m_server)
            m_server->resumeAccepting();
    });
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = m_server->errorString();
        return false;
    }
    return true;
}

void HttpsServer::setTimeouts(int handshakeMs, int requestMs, int idleMs)
{
    m_handshakeMs = handshakeMs;
    m_requestMs = requestMs;
    m_idleMs = idleMs;
    if (m_server)
        m_server->setHandshakeTimeout(handshakeMs);
}

void HttpsServer::armTimer(QSslSocket *socket)
{
    Connection *connection = m_connections.value(socket);
    if (!connection)
        return;
    // Waiting for (the rest of) a request, or idle between requests.
    if (connection->busy) {
        connection->timer->stop();
        return;
    }
    connection->timer->start(connection->buffer.isEmpty() ? m_idleMs : m_requestMs);
}

quint16 HttpsServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void HttpsServer::close()
{
    if (m_server)
        m_server->close();
    const auto sockets = m_connections.keys();
    for (QSslSocket *socket : sockets)
        socket->abort();
    qDeleteAll(m_connections);
    m_connections.clear();
}

void HttpsServer::accept()
{
    while (m_server->hasPendingConnections()) {
        auto *socket = qobject_cast<QSslSocket *>(m_server->nextPendingConnection());
        if (!socket)
            continue;
        ++m_accepted;
        auto *connection = new Connection;
        connection->timer = new QTimer(socket);
        connection->timer->setSingleShot(true);
        connect(connection->timer, &QTimer::timeout, socket, [socket] {
            qCDebug(lcHttp) << "closing a slow or idle connection";
            socket->abort();
        });
        m_connections.insert(socket, connection);
        m_server->resumeAccepting(); // one more slot: whatever paused it is over
        connect(socket, &QIODevice::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QAbstractSocket::disconnected, this, [this, socket] {
            delete m_connections.take(socket);
            socket->deleteLater();
        });
        armTimer(socket);
        readFrom(socket);
    }
}

void HttpsServer::readFrom(QSslSocket *socket)
{
    Connection *connection = m_connections.value(socket);
    if (!connection)
        return;
    connection->buffer += socket->readAll();
    processBuffer(socket);
    armTimer(socket);
}

namespace {

// Returns the decoded body length consumed, or -1 when more bytes are needed, -2 when malformed.
qsizetype decodeChunked(const QByteArray &data, qsizetype from, QByteArray *body)
{
    qsizetype pos = from;
    body->clear();
    forever {
        const qsizetype lineEnd = data.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return -1;
        bool ok = false;
        const QByteArray sizeField = data.mid(pos, lineEnd - pos).split(';').first().trimmed();
        const qsizetype size = sizeField.toLongLong(&ok, 16);
        // A chunk larger than any body allowed is refused as soon as it is announced, not
        // buffered.
        if (!ok || size < 0 || size > HttpsServer::MaxBodyBytes
            || body->size() + size > HttpsServer::MaxBodyBytes)
            return -2;
        pos = lineEnd + 2;
        if (size == 0) {
            const qsizetype end = data.indexOf("\r\n", pos);
            if (end < 0)
                return -1;
            return end + 2 - from;
        }
        if (data.size() < pos + size + 2)
            return -1;
        body->append(data.constData() + pos, size);
        if (body->size() > HttpsServer::MaxBodyBytes)
            return -2;
        pos += size + 2;
    }
}

HttpResponse plainError(int status, const QByteArray &message)
{
    HttpResponse response;
    response.status = status;
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    response.body = "{\"statusCode\":" + QByteArray::number(status) + ",\"error\":\""
            + reasonPhrase(status) + "\",\"message\":\"" + message + "\"}";
    return response;
}

} // namespace

ParsedRequest parseRequest(const QByteArray &buffer, HttpRequest *request)
{
    ParsedRequest parsed;
    auto fail = [&parsed](int status, const QByteArray &message) {
        parsed.status = ParsedRequest::Status::Error;
        parsed.errorStatus = status;
        parsed.errorMessage = message;
        return parsed;
    };
    // Headers end with an empty line: CRLF CRLF, or bare LF LF from a sloppy client, which is
    // answered rather than left waiting forever.
    const qsizetype crlfEnd = buffer.indexOf("\r\n\r\n");
    const qsizetype lfEnd = buffer.indexOf("\n\n");
    const bool bareLf = lfEnd >= 0 && (crlfEnd < 0 || lfEnd < crlfEnd);
    const qsizetype headerEnd = bareLf ? lfEnd : crlfEnd;
    if (headerEnd < 0 || headerEnd > HttpsServer::MaxHeaderBytes) {
        if (buffer.size() > HttpsServer::MaxHeaderBytes)
            return fail(431, "Request headers too large");
        return parsed;
    }

    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return fail(400, "Malformed request line");
    request->method = requestLine.at(0);
    request->target = requestLine.at(1);
    parsed.http10 = requestLine.at(2) == "HTTP/1.0";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        // Two lengths that disagree make the body's end ambiguous (request smuggling): refuse.
        if (name == "content-length" && request->headers.contains(name)
            && request->headers.value(name) != value)
            return fail(400, "Conflicting Content-Length headers");
        request->headers.insert(name, value);
    }
    if (request->headers.contains("content-length")
        && request->headers.contains("transfer-encoding"))
        return fail(400, "Both Content-Length and Transfer-Encoding");

    qsizetype consumed = headerEnd + (bareLf ? 2 : 4);
    if (request->header("transfer-encoding").toLower().contains("chunked")) {
        const qsizetype used = decodeChunked(buffer, consumed, &request->body);
        if (used == -1)
            return parsed;
        if (used == -2)
            return fail(413, "Request body too large or malformed");
        consumed += used;
    } else if (request->headers.contains("content-length")) {
        bool ok = false;
        const qsizetype length = request->header("content-length").toLongLong(&ok);
        if (!ok || length < 0 || length > HttpsServer::MaxBodyBytes)
            return fail(413, "Request body too large");
        if (buffer.size() < consumed + length)
            return parsed;
        request->body = buffer.mid(consumed, length);
        consumed += length;
    }

    const qsizetype queryStart = request->target.indexOf('?');
    request->rawPath = queryStart < 0 ? request->target : request->target.left(queryStart);
    request->path = QUrl::fromPercentEncoding(request->rawPath);
    if (queryStart >= 0) {
        // QUrlQuery keeps '+' literally; HTML forms and some clients use it for spaces.
        QByteArray rawQuery = request->target.mid(queryStart + 1);
        rawQuery.replace('+', "%20");
        request->query.setQuery(QString::fromUtf8(rawQuery));
    }
    parsed.status = ParsedRequest::Status::Complete;
    parsed.consumed = consumed;
    return parsed;
}

void HttpsServer::processBuffer(QSslSocket *socket)
{
    Connection *connection = m_connections.value(socket);
    if (!connection || connection->busy)
        return;
    QByteArray &buffer = connection->buffer;
    HttpRequest request;
    const ParsedRequest parsed = parseRequest(buffer, &request);
    if (parsed.status == ParsedRequest::Status::NeedMore)
        return;
    if (parsed.status == ParsedRequest::Status::Error) {
        deliver(socket, plainError(parsed.errorStatus, parsed.errorMessage), {}, false);
        return;
    }
    buffer.remove(0, parsed.consumed);
    const bool http10 = parsed.http10;

    const QByteArray connectionHeader = request.header("connection").toLower();
    const bool keepAlive = http10 ? connectionHeader == "keep-alive" : connectionHeader != "close";

    Delivery delivery;
    HttpResponse response = m_handler ? m_handler(request, delivery) : plainError(404, "Not Found");
    if (request.method == "HEAD")
        response.body.clear();
    connection->busy = true;
    deliver(socket, response, delivery, keepAlive);
}

void HttpsServer::deliver(QSslSocket *socket, const HttpResponse &response,
                          const Delivery &delivery, bool keepAlive)
{
    if (Connection *connection = m_connections.value(socket))
        connection->busy = true;
    QPointer<QSslSocket> guard(socket);
    auto send = [this, guard, response, delivery, keepAlive] {
        if (!guard)
            return;
        if (delivery.mode == Delivery::Mode::Drop) {
            guard->abort();
            return;
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
                + reasonPhrase(response.status) + "\r\n";
        head += "Date: "
                + QLocale::c()
                          .toString(QDateTime::currentDateTimeUtc(),
                                    u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
                          .toLatin1()
                + "\r\n";
        for (const auto &[name, value] : response.headers)
            head += name + ": " + value + "\r\n";
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        head += keepAlive && delivery.mode != Delivery::Mode::Truncate
                ? QByteArray("Connection: keep-alive\r\n")
                : QByteArray("Connection: close\r\n");
        head += "\r\n";

        switch (delivery.mode) {
        case Delivery::Mode::Truncate:
            guard->write(head + response.body.left(response.body.size() / 2));
            guard->flush();
            guard->disconnectFromHost();
            return;
        case Delivery::Mode::Trickle: {
            guard->write(head);
            auto *timer = new QTimer(guard);
            auto offset = std::make_shared<qsizetype>(0);
            connect(timer, &QTimer::timeout, guard,
                    [this, guard, timer, offset, response, delivery, keepAlive] {
                        const QByteArray piece = response.body.mid(*offset, delivery.trickleBytes);
                        *offset += piece.size();
                        guard->write(piece);
                        if (*offset >= response.body.size()) {
                            timer->stop();
                            timer->deleteLater();
                            finishResponse(guard, keepAlive);
                        }
                    });
            timer->start(delivery.trickleIntervalMs);
            return;
        }
        case Delivery::Mode::Normal:
        case Delivery::Mode::Drop:
            guard->write(head + response.body);
            finishResponse(guard, keepAlive);
            return;
        }
    };
    if (delivery.delayMs > 0)
        QTimer::singleShot(delivery.delayMs, socket, send);
    else
        send();
}

void HttpsServer::finishResponse(QSslSocket *socket, bool keepAlive)
{
    if (!keepAlive) {
        socket->disconnectFromHost();
        return;
    }
    if (Connection *connection = m_connections.value(socket)) {
        connection->busy = false;
        armTimer(socket);
        if (!connection->buffer.isEmpty())
            QTimer::singleShot(0, socket, [this, socket] { processBuffer(socket); });
    }
}

} // namespace FakeAuth0
