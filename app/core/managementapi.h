#pragma once

#include "apierror.h"
#include "tokenprovider.h"

#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

class ApiReply;
class HttpClient;

/**
 * One Management API call: gets a token if needed, sends the request, and renews the token and
 * tries once more when the API says it is invalid or expired. Emits finished() exactly once.
 */
class ManagementReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManagementReply)

public:
    const ApiError &error() const { return m_error; }
    bool isError() const { return m_error.isError(); }
    int httpStatus() const { return m_status; }
    QJsonDocument json() const { return m_json; }
    /** The answer, handed over once: the caller becomes its only holder. */
    QJsonDocument takeJson() { return std::exchange(m_json, {}); }
    std::optional<int> rateLimitRemaining() const { return m_rateLimitRemaining; }
    void abort();
    /** Aborts, tells owner nothing more, and goes away: for an owner that no longer wants it. */
    void abandon(QObject *owner);

Q_SIGNALS:
    void finished();
    void rateLimitWait(int seconds);

private:
    friend class ManagementApi;
    ManagementReply(HttpClient *http, TokenProvider *tokens, QUrl url, TokenScope scope,
                    QObject *parent);
    void start();
    void send();
    void finish(const ApiError &error);

    HttpClient *m_http;
    TokenProvider *m_tokens;
    QUrl m_url;
    TokenScope m_scope;
    QPointer<TokenRequest> m_tokenRequest;
    QPointer<ApiReply> m_reply;
    bool m_renewed = false;
    bool m_finished = false;
    int m_status = 0;
    QJsonDocument m_json;
    std::optional<int> m_rateLimitRemaining;
    ApiError m_error;
};

/** The Management API of one tenant profile. */
class ManagementApi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManagementApi)

public:
    ManagementApi(HttpClient *http, TokenProvider *tokens, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    QUrl baseUrl() const { return m_baseUrl; }

    /**
     * GET /api/v2/<path>; path segments must already be percent-encoded. With the token of the
     * given scope set; an answer to a token that may read IdP tokens closes its connection (see
     * HttpRequestSpec::closeConnection).
     */
    ManagementReply *get(const QString &path, const QUrlQuery &query = {},
                         TokenScope scope = TokenScope::Users);
    /** One user, with the widest token the profile may use: IdP tokens when it may read them. */
    ManagementReply *getUser(const QString &userId);
    /** Percent-encodes a user id for a path: "google-oauth2|123" → "google-oauth2%7C123". */
    static QString encodeUserId(const QString &userId);

Q_SIGNALS:
    void rateLimitRemainingChanged(int remaining);
    /** Some request waits out a 429 before retrying, for this many seconds. */
    void rateLimitWait(int seconds);

private:
    HttpClient *m_http;
    TokenProvider *m_tokens;
    QUrl m_baseUrl;
};
