#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

/**
 * The one error type every layer speaks: what went wrong with a request to Auth0, with the HTTP
 * status and Auth0's own error code and message where there are some.
 */
struct ApiError
{
    enum class Kind {
        None,
        InvalidConfiguration, ///< the profile cannot produce a request (bad domain, no secret)
        InsecureUrl,          ///< http:// to a host that is not a local loopback profile
        HostNotFound,
        ConnectionFailed, ///< refused, reset or dropped
        Tls,              ///< certificate not trusted, wrong host name, handshake failure
        Timeout,
        Cancelled,
        Redirect, ///< redirects are never followed with a bearer token
        ResponseTooLarge,
        MalformedResponse, ///< truncated body, invalid JSON, unexpected shape
        Http,              ///< an HTTP error status with Auth0's body
        RateLimited,       ///< HTTP 429 after the retries ran out
    };

    /** What went wrong with TLS, for Kind::Tls. */
    enum class TlsProblem {
        Other,
        NoTls,           ///< the server answered without TLS (a plain-HTTP port)
        ProtocolVersion, ///< no TLS version both sides accept (a server stuck on TLS 1.0)
        Untrusted,       ///< the certificate chain leads to no trusted CA
        Expired,         ///< the certificate is expired, or not valid yet
        WrongHost,       ///< the certificate is for another host name
    };

    Kind kind = Kind::None;
    TlsProblem tlsProblem = TlsProblem::Other;
    int httpStatus = 0;
    QString errorCode; ///< Auth0's errorCode, or the OAuth "error" of /oauth/token
    QString message;   ///< Auth0's message or error_description, or the network error text
    qint64 rateLimitResetAt = 0; ///< UNIX seconds, from x-ratelimit-reset, when known
    QString certificateSubject;
    QString certificateIssuer;
    QUrl url; ///< without query, for the message

    bool isError() const { return kind != Kind::None; }
    static ApiError make(Kind kind, const QString &message, const QUrl &url = {});
    /**
     * An HTTP error from Auth0's body: {statusCode, error, message, errorCode?} from the
     * Management API, {error, error_description} from /oauth/token; fallback when it has neither.
     */
    static ApiError fromErrorBody(Kind kind, int status, const QJsonObject &body,
                                  const QString &fallback, const QUrl &url);
    /** Auth0's 503 for a user search that ran over 2 s: the same query would be stopped again. */
    static bool isSearchTimeout(int status, const QString &message);
};

/** What an admin reads: a one-line summary, why, and what to do about it. */
struct Diagnosis
{
    QString summary;
    QString detail;
    QString fix;
};

/** Maps every error to words and a fix, in one place. */
class ErrorAdvisor final
{
    Q_DECLARE_TR_FUNCTIONS(ErrorAdvisor)

public:
    static Diagnosis diagnose(const ApiError &error);
    /** "summary — fix", for a status bar or a single label. */
    static QString oneLine(const ApiError &error);
};
