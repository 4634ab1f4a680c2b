#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <algorithm>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

/** How every request of one tenant profile is made. */
struct HttpSettings
{
    QList<QSslCertificate> extraCaCertificates; ///< added to the system's, never instead of them
    bool allowPlainHttpToLoopback = false;
    int timeoutMs = 30000;
    qint64 maxResponseBytes = 16 * 1024 * 1024;
    int maxRetries = 3;       ///< for 429 and, on GETs, 5xx and dropped connections
    int maxBackoffMs = 30000; ///< the longest single wait between tries
    int initialBackoffMs = 500;
    /** Names the app to the tenant in an Auth0-Client header, as Auth0's own SDKs do. */
    bool sendClientInfo = true;
};

struct HttpRequestSpec
{
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray contentType;
    bool retryOnRateLimit = true;
    /**
     * The answer may hold IdP tokens: the connection closes after it ("Connection: close"), so the
     * TLS library's buffers that held its plain text are freed (and overwritten, see
     * ProcessHardening::wipeFreedMemory) instead of waiting for the next answer on a kept-alive
     * connection. Costs a TLS handshake on the next request.
     */
    bool closeConnection = false;
};

/**
 * The turns of one client's requests that wait for the same rate-limit bucket: each 429 books
 * the next free slot, one request's worth of refill after the last one booked, so waiting
 * requests come back one at a time instead of all at once.
 */
class RateLimitPacer final
{
public:
    RateLimitPacer() { m_clock.start(); }
    /** Milliseconds to wait for a slot, given how long one request's worth of refill takes. */
    qint64 book(qint64 refillMs)
    {
        const qint64 now = m_clock.elapsed();
        m_next = std::max(now, m_next) + refillMs;
        return m_next - now;
    }

private:
    QElapsedTimer m_clock;
    qint64 m_next = 0;
};

/**
 * One request in flight, with its retries. Emits finished() exactly once, from the event loop;
 * the receiver deletes it with deleteLater().
 */
class ApiReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiReply)

public:
    ~ApiReply() override;

    const ApiError &error() const { return m_error; }
    bool isError() const { return m_error.isError(); }
    int httpStatus() const { return m_status; }
    QJsonDocument json() const { return m_json; }
    QByteArray rawHeader(const QByteArray &name) const;
    /** x-ratelimit-remaining of the last response, when it carried one. */
    std::optional<int> rateLimitRemaining() const { return m_rateLimitRemaining; }
    bool isFinished() const { return m_finished; }

    /** Stops the request (and any pending retry); finished() follows with Kind::Cancelled. */
    void abort();

Q_SIGNALS:
    void finished();
    /** Waiting before a retry after a 429; emitted once per wait, with the seconds to go. */
    void rateLimitWait(int seconds);
    void rateLimitRemainingChanged(int remaining);

private:
    friend class HttpClient;
    ApiReply(QNetworkAccessManager *manager, HttpRequestSpec spec, HttpSettings settings,
             RateLimitPacer *pacer, QObject *parent);
    void start();
    void sendOnce();
    void handleReply();
    void retryLater(int delayMs);
    void finish(const ApiError &error);
    int backoffMs() const;
    ApiError tlsError(const QString &message) const;
    static QByteArray reasonPhraseFor(QNetworkReply *reply);

    QPointer<QNetworkAccessManager> m_manager;
    HttpRequestSpec m_spec;
    HttpSettings m_settings;
    QPointer<QNetworkReply> m_reply; // the manager may delete it first, on shutdown
    QTimer *m_deadline = nullptr;
    QTimer *m_retryTimer = nullptr;
    QElapsedTimer m_started; ///< since start(): the request's whole time, retries included
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_finished = false;
    int m_attempts = 0;
    int m_rateLimitWaits = 0; ///< waits for a rate-limit slot; they do not count as retries
    RateLimitPacer *m_pacer;  ///< the client's; the client outlives its replies
    int m_status = 0;
    QByteArray m_body;
    QJsonDocument m_json;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QList<QSslError> m_sslErrors;
    QList<QSslCertificate> m_peerChain;
    std::optional<int> m_rateLimitRemaining;
    ApiError m_error;
};

/** Makes every request the same way: HTTPS only, TLS verified, one user agent, limits. */
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    explicit HttpClient(QNetworkAccessManager *manager, QObject *parent = nullptr);

    void setSettings(const HttpSettings &settings) { m_settings = settings; }
    const HttpSettings &settings() const { return m_settings; }

    /** Sends the request; the reply takes the spec over, and wipes its body when it goes. */
    ApiReply *send(HttpRequestSpec spec);
    /**
     * Opens a connection to an https address's host for the next request to it, so that its TLS
     * handshake is done before that request needs it. The connection carries nothing until then.
     */
    void preconnect(const QUrl &url);
    /** Cancels every request still in flight (profile switch, window closing). */
    void abortAll();
    /** Requests sent and not finished yet. */
    int requestsInFlight() const;

    static QByteArray userAgent();
    /**
     * The Auth0-Client header's value: base64url of {"name","version","env":{"qt"}}, the shape
     * Auth0's SDKs send, so the tenant's logs tell this app's reads from other clients'.
     */
    static QByteArray clientInfo();
    static bool isLoopbackHost(const QString &host);

private:
    QNetworkAccessManager *m_manager;
    HttpSettings m_settings;
    RateLimitPacer m_pacer;
    QList<QPointer<ApiReply>> m_inFlight;
};
