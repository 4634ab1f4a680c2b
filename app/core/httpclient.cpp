#include "httpclient.h"

#include "logging.h"
#include "safenumbers.h"
#include "secretbytes.h"
#include "version.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslError>
#include <QSysInfo>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString certificateName(const QSslCertificate &certificate, bool issuer)
{
    const QStringList parts = issuer ? certificate.issuerDisplayName().isEmpty()
                    ? certificate.issuerInfo(QSslCertificate::CommonName)
                    : QStringList{certificate.issuerDisplayName()}
                                     : certificate.subjectInfo(QSslCertificate::CommonName);
    QString name = parts.join(u", "_s);
    const QStringList org = issuer ? certificate.issuerInfo(QSslCertificate::Organization)
                                   : certificate.subjectInfo(QSslCertificate::Organization);
    if (!org.isEmpty() && !name.contains(org.first()))
        name += u" ("_s + org.join(u", "_s) + u')';
    return name;
}

// Names what went wrong: the certificate's own errors first, then what OpenSSL said when the
// handshake failed before any certificate was checked.
ApiError::TlsProblem classifyTls(const QList<QSslError> &errors, const QString &handshakeMessage)
{
    using P = ApiError::TlsProblem;
    P found = P::Other;
    for (const QSslError &error : errors) {
        switch (error.error()) {
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
            return P::Expired;
        case QSslError::HostNameMismatch:
            found = P::WrongHost;
            break;
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::CertificateRejected:
            if (found == P::Other)
                found = P::Untrusted;
            break;
        default:
            break;
        }
    }
    if (found != P::Other)
        return found;
    const QString m = handshakeMessage.toLower();
    for (const char *plain : {"wrong version number", "packet length too long", "http request",
                              "unknown protocol", "record layer failure"}) {
        if (m.contains(QLatin1String(plain)))
            return P::NoTls;
    }
    for (const char *version : {"unsupported protocol", "protocol version", "version too low",
                                "no protocols available", "no suitable", "unsupported_protocol"}) {
        if (m.contains(QLatin1String(version)))
            return P::ProtocolVersion;
    }
    return P::Other;
}

// The system's CAs and the settings' extra ones; the peer always verified.
QSslConfiguration tlsConfiguration(const HttpSettings &settings)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!settings.extraCaCertificates.isEmpty())
        tls.addCaCertificates(settings.extraCaCertificates);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return tls;
}

} // namespace

ApiReply::ApiReply(QNetworkAccessManager *manager, HttpRequestSpec spec, HttpSettings settings,
                   RateLimitPacer *pacer, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_spec(std::move(spec))
    , m_settings(std::move(settings))
    , m_pacer(pacer)
{ }

ApiReply::~ApiReply()
{
    // Request and answer bodies may hold a client secret or a token, and a request header a
    // bearer token.
    wipeBytes(m_spec.body);
    wipeBytes(m_body);
    for (auto &header : m_spec.headers)
        wipeBytes(header.second);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QByteArray ApiReply::rawHeader(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void ApiReply::start()
{
    m_started.start();
    const QUrl &url = m_spec.url;
    if (!url.isValid() || url.host().isEmpty()) {
        finish(ApiError::make(ApiError::Kind::InvalidConfiguration,
                              tr("The address %1 is not valid.").arg(url.toDisplayString()), url));
        return;
    }
    const bool https = url.scheme() == u"https"_s;
    const bool localHttp = url.scheme() == u"http"_s && m_settings.allowPlainHttpToLoopback
            && HttpClient::isLoopbackHost(url.host());
    if (!https && !localHttp) {
        finish(ApiError::make(ApiError::Kind::InsecureUrl,
                              tr("%1 is not an https:// address.").arg(url.toDisplayString()),
                              url));
        return;
    }
    sendOnce();
}

void ApiReply::sendOnce()
{
    if (!m_manager) {
        finish(ApiError::make(ApiError::Kind::Cancelled, tr("The connection was closed."),
                              m_spec.url));
        return;
    }
    ++m_attempts;
    m_timedOut = false;
    m_tooLarge = false;
    m_sslErrors.clear();
    m_peerChain.clear();

    QNetworkRequest request(m_spec.url);
    request.setSslConfiguration(tlsConfiguration(m_settings));
    // Never follow a redirect: it could carry the bearer token to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setHeader(QNetworkRequest::UserAgentHeader, HttpClient::userAgent());
    if (m_settings.sendClientInfo)
        request.setRawHeader("Auth0-Client", HttpClient::clientInfo());
    request.setRawHeader("Accept", "application/json");
    if (!m_spec.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_spec.contentType);
    for (const auto &[name, value] : std::as_const(m_spec.headers))
        request.setRawHeader(name, value);
    if (m_spec.closeConnection)
        request.setRawHeader("Connection", "close");

    m_reply = m_manager->sendCustomRequest(request, m_spec.method, m_spec.body);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_sslErrors = errors;
        m_peerChain = m_reply->sslConfiguration().peerCertificateChain();
    });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (length > m_settings.maxResponseBytes) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > m_settings.maxResponseBytes && !m_tooLarge) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &ApiReply::handleReply);

    // A deadline for the whole transfer, so a trickling body cannot hold the app forever.
    if (!m_deadline) {
        m_deadline = new QTimer(this);
        m_deadline->setSingleShot(true);
        connect(m_deadline, &QTimer::timeout, this, [this] {
            if (m_reply) {
                m_timedOut = true;
                m_reply->abort();
            }
        });
    }
    m_deadline->start(m_settings.timeoutMs);
    // QNetworkAccessManager starts a request from the event loop, after whatever is already
    // queued there, such as the repaint of what the admin just did: start it now, so the
    // request is on the wire while the window paints.
    QCoreApplication::sendPostedEvents(m_reply, QEvent::MetaCall);
}

ApiError ApiReply::tlsError(const QString &message) const
{
    ApiError error = ApiError::make(ApiError::Kind::Tls, message, m_spec.url);
    QStringList reasons;
    QSslCertificate shown = m_peerChain.isEmpty() ? QSslCertificate() : m_peerChain.first();
    for (const QSslError &sslError : m_sslErrors) {
        reasons.append(sslError.errorString());
        const QSslCertificate certificate = sslError.certificate();
        // Name the server's own certificate rather than a CA further up the chain.
        if (!certificate.isNull()
            && (shown.isNull() || (shown.isSelfSigned() && !certificate.isSelfSigned())))
            shown = certificate;
    }
    if (!shown.isNull()) {
        error.certificateSubject = certificateName(shown, false);
        error.certificateIssuer = certificateName(shown, true);
    }
    if (!reasons.isEmpty()) {
        reasons.removeDuplicates();
        error.message = reasons.join(u"; "_s);
    }
    error.tlsProblem = classifyTls(m_sslErrors, message);
    return error;
}

int ApiReply::backoffMs() const
{
    // Exponential from the initial delay, capped, with up to 20 % jitter so clients spread out.
    const qint64 base = qint64(m_settings.initialBackoffMs) << std::min(m_attempts - 1, 16);
    const qint64 capped = std::min<qint64>(base, m_settings.maxBackoffMs);
    const auto jitter = qint64(QRandomGenerator::global()->bounded(int(capped / 5) + 1));
    return int(std::min<qint64>(capped + jitter, m_settings.maxBackoffMs));
}

void ApiReply::handleReply()
{
    QNetworkReply *reply = m_reply.data();
    m_reply = nullptr;
    reply->deleteLater();
    if (m_deadline)
        m_deadline->stop();

    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_headers = reply->rawHeaderPairs();
    const QByteArray remaining = rawHeader("x-ratelimit-remaining");
    if (!remaining.isEmpty()) {
        bool ok = false;
        const int value = remaining.toInt(&ok);
        if (ok) {
            m_rateLimitRemaining = value;
            Q_EMIT rateLimitRemainingChanged(value);
        }
    }
    const QNetworkReply::NetworkError netError = reply->error();
    const bool idempotent = m_spec.method == "GET" || m_spec.method == "HEAD";
    const bool canRetry = m_attempts - m_rateLimitWaits <= m_settings.maxRetries;

    if (m_tooLarge) {
        finish(ApiError::make(
                ApiError::Kind::ResponseTooLarge,
                tr("The answer exceeded %1 MB.")
                        .arg(double(m_settings.maxResponseBytes) / (1024 * 1024), 0, 'f', 1),
                m_spec.url));
        return;
    }
    if (m_timedOut) {
        finish(ApiError::make(
                ApiError::Kind::Timeout,
                tr("No complete answer within %1 s.").arg(m_settings.timeoutMs / 1000.0),
                m_spec.url));
        return;
    }

    if (m_status == 0) {
        switch (netError) {
        case QNetworkReply::HostNotFoundError:
            finish(ApiError::make(ApiError::Kind::HostNotFound, reply->errorString(), m_spec.url));
            return;
        case QNetworkReply::SslHandshakeFailedError:
            finish(tlsError(reply->errorString()));
            return;
        case QNetworkReply::OperationCanceledError:
            finish(ApiError::make(ApiError::Kind::Cancelled, reply->errorString(), m_spec.url));
            return;
        case QNetworkReply::TimeoutError:
            finish(ApiError::make(ApiError::Kind::Timeout, reply->errorString(), m_spec.url));
            return;
        default:
            if (idempotent && canRetry) {
                qCInfo(lcNetwork) << "connection failed, retrying:" << netError;
                retryLater(backoffMs());
                return;
            }
            finish(ApiError::make(ApiError::Kind::ConnectionFailed, reply->errorString(),
                                  m_spec.url));
            return;
        }
    }

    m_body = reply->readAll();
    if (m_status >= 300 && m_status < 400) {
        const QUrl target
                = m_spec.url.resolved(reply->header(QNetworkRequest::LocationHeader).toUrl());
        finish(ApiError::make(ApiError::Kind::Redirect,
                              tr("Redirect to %1 not followed.").arg(target.host()), m_spec.url));
        return;
    }
    // A body cut short: the status arrived but the transfer failed mid-way (any network-layer
    // error, or a protocol failure), or fewer bytes came than Content-Length announced. Such a
    // body is never parsed, even when what arrived happens to be valid JSON.
    const bool transferFailed = (netError > QNetworkReply::NoError
                                 && netError < QNetworkReply::ProxyConnectionRefusedError)
            || netError == QNetworkReply::ProtocolFailure;
    const QVariant announced = reply->header(QNetworkRequest::ContentLengthHeader);
    const bool shortBody = announced.isValid() && announced.toLongLong() != m_body.size()
            && !reply->rawHeader("Content-Encoding").size();
    if (transferFailed || shortBody) {
        wipeBytes(m_body);
        if (idempotent && canRetry) {
            retryLater(backoffMs());
            return;
        }
        finish(ApiError::make(ApiError::Kind::MalformedResponse,
                              tr("The connection closed before the whole answer arrived."),
                              m_spec.url));
        return;
    }

    QJsonParseError parseError{};
    m_json = QJsonDocument::fromJson(m_body, &parseError);
    const bool jsonOk = parseError.error == QJsonParseError::NoError;
    wipeBytes(m_body); // parsed: the raw answer is not needed any more

    if (m_status == 429) {
        // UNIX seconds; garbage, negative or absurd values count as "not sent".
        const qint64 reset = SafeNumbers::parseInteger(rawHeader("x-ratelimit-reset"), 0,
                                                       SafeNumbers::LatestSeconds)
                                     .value_or(0);
        const qint64 untilReset = reset > 0
                ? SafeNumbers::saturatingMultiply(reset, 1000) - QDateTime::currentMSecsSinceEpoch()
                : 0;
        const qint64 budget = qint64(m_settings.timeoutMs) - m_started.elapsed();
        int delay = 0;
        bool hopeless = false;
        if (reset > 0) {
            // x-ratelimit-reset is when the whole bucket is full again; one request needs only
            // one request's worth of refill: the time to reset over the requests missing from
            // the bucket. Requests of this client that wait take turns one refill apart, with
            // jitter so other clients spread out too.
            const qint64 limit
                    = SafeNumbers::parseInteger(rawHeader("x-ratelimit-limit"), 1, 1000000)
                              .value_or(1);
            const qint64 left
                    = SafeNumbers::parseInteger(rawHeader("x-ratelimit-remaining"), 0, 1000000)
                              .value_or(0);
            const qint64 missing = std::max<qint64>(1, limit - left);
            // The reset is a whole second, rounded up: on average half a second late.
            const qint64 refillTime = std::max<qint64>(untilReset - 500, untilReset / 2);
            const qint64 refill = std::clamp<qint64>(std::max<qint64>(refillTime, 0) / missing, 50,
                                                     m_settings.maxBackoffMs);
            const qint64 wait = m_pacer ? m_pacer->book(refill) : refill;
            delay = int(std::min<qint64>(
                    wait + QRandomGenerator::global()->bounded(int(refill / 5) + 1),
                    m_settings.maxBackoffMs));
            // A reset or a turn beyond what this request may still take fails now, with the
            // time to come back, instead of waiting out what cannot succeed.
            hopeless = wait > budget;
        } else {
            delay = backoffMs();
        }
        // Waits for a known reset do not use up retries: the deadline bounds them (and a cap,
        // for a server that never lets anyone through).
        const bool mayWait
                = reset > 0 ? m_settings.maxRetries > 0 && m_rateLimitWaits < 100 : canRetry;
        if (m_spec.retryOnRateLimit && mayWait && !hopeless) {
            if (reset > 0)
                ++m_rateLimitWaits;
            Q_EMIT rateLimitWait((delay + 999) / 1000);
            retryLater(delay);
            return;
        }
        ApiError error = ApiError::fromErrorBody(ApiError::Kind::RateLimited, 429, m_json.object(),
                                                 QString(), m_spec.url);
        error.rateLimitResetAt = reset;
        finish(error);
        return;
    }
    // Auth0 stops a user search that runs over 2 s with a 503; the same query would be stopped
    // again, so it is not retried: the person narrows it.
    const bool queryTimedOut
            = ApiError::isSearchTimeout(m_status, m_json.object().value(u"message"_s).toString());
    if (m_status >= 500 && idempotent && canRetry && !queryTimedOut) {
        retryLater(backoffMs());
        return;
    }
    if (m_status >= 400) {
        finish(ApiError::fromErrorBody(ApiError::Kind::Http, m_status, m_json.object(),
                                       QString::fromUtf8(reasonPhraseFor(reply)), m_spec.url));
        return;
    }
    if (!jsonOk) {
        finish(ApiError::make(ApiError::Kind::MalformedResponse,
                              tr("The answer is not valid JSON (%1 at byte %2).")
                                      .arg(parseError.errorString())
                                      .arg(parseError.offset),
                              m_spec.url));
        return;
    }
    finish({});
}

QByteArray ApiReply::reasonPhraseFor(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
}

void ApiReply::retryLater(int delayMs)
{
    if (!m_retryTimer) {
        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        connect(m_retryTimer, &QTimer::timeout, this, &ApiReply::sendOnce);
    }
    m_retryTimer->start(delayMs);
}

void ApiReply::abort()
{
    if (m_finished)
        return;
    if (m_retryTimer)
        m_retryTimer->stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    finish(ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled."), m_spec.url));
}

void ApiReply::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (m_deadline)
        m_deadline->stop();
    // Always through the event loop, even when the request fails before it is sent.
    QTimer::singleShot(0, this, &ApiReply::finished);
}

HttpClient::HttpClient(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{ }

ApiReply *HttpClient::send(HttpRequestSpec spec)
{
    auto *reply = new ApiReply(m_manager, std::move(spec), m_settings, &m_pacer, this);
    m_inFlight.removeIf([](const QPointer<ApiReply> &p) { return !p || p->isFinished(); });
    m_inFlight.append(reply);
    reply->start();
    return reply;
}

void HttpClient::preconnect(const QUrl &url)
{
    if (!m_manager || url.scheme() != u"https"_s || url.host().isEmpty())
        return;
    // Offering what a request offers (HTTP/2, then HTTP/1.1), so the connection is the one a
    // request would have opened.
    QSslConfiguration tls = tlsConfiguration(m_settings);
    tls.setAllowedNextProtocols(
            {QSslConfiguration::ALPNProtocolHTTP2, QSslConfiguration::NextProtocolHttp1_1});
    m_manager->connectToHostEncrypted(url.host(), quint16(url.port(443)), tls);
}

void HttpClient::abortAll()
{
    const auto replies = std::exchange(m_inFlight, {});
    for (const QPointer<ApiReply> &reply : replies) {
        if (reply)
            reply->abort();
    }
}

int HttpClient::requestsInFlight() const
{
    return int(std::count_if(m_inFlight.cbegin(), m_inFlight.cend(),
                             [](const QPointer<ApiReply> &p) { return p && !p->isFinished(); }));
}

QByteArray HttpClient::userAgent()
{
    return QByteArray("IdPTokenInspector/" IDP_VERSION " (")
            + QSysInfo::prettyProductName().toUtf8() + ") Qt/" + qVersion();
}

QByteArray HttpClient::clientInfo()
{
    const QJsonObject info{{u"name"_s, u"idp-token-inspector"_s},
                           {u"version"_s, QStringLiteral(IDP_VERSION)},
                           {u"env"_s, QJsonObject{{u"qt"_s, QString::fromLatin1(qVersion())}}}};
    return QJsonDocument(info)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool HttpClient::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
