#pragma once

#include "apierror.h"
#include "httpclient.h"
#include "secretbytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

class ApiReply;

/**
 * Checking an IdP access token at its provider's own read-only endpoint, without showing it:
 * Google's tokeninfo (the token in a POST body), GitHub's GET /user and Microsoft Graph's GET /me
 * (the token in the Authorization header). Each goes only to its provider's fixed HTTPS host, or to
 * a loopback override (the demo's and the tests' fake providers), through the one request builder
 * (TLS verification, no redirects, deadline, size cap). A token is never refreshed or exchanged.
 */
class ProviderCheck final
{
    Q_DECLARE_TR_FUNCTIONS(ProviderCheck)

public:
    enum class Provider { None, Google, GitHub, Microsoft };
    enum class Status { Valid, Invalid, Expired, Revoked, Failed };

    /** The provider of an identity's "provider" value (google-oauth2, github, waad). */
    static Provider providerFor(const QString &identityProvider);
    static QString providerName(Provider provider);
    /** Why an identity's token cannot be checked, in words; empty when it can. */
    static QString noCheckReason(const QString &identityProvider);

    /**
     * The request for the check; empty url with error set when it may not be made (an override
     * that is not https on a loopback host). overrideBase: empty for the real providers.
     */
    static HttpRequestSpec request(Provider provider, const SecretBytes &token,
                                   const QUrl &overrideBase, QString *error);

    struct Result
    {
        Status status = Status::Failed;
        QDateTime expiresAt;
        QStringList scopes;
        bool scopesKnown = false;
        QString providerAccount;            ///< the provider's id of the account
        std::optional<bool> accountMatches; ///< equals the identity's user_id
        QString detail;                     ///< what the provider said, in words; never the token
        /** "valid · expires in 40 min · scopes: a, b · account matches", in words. */
        QString summary(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
        static QString statusName(Status status);
    };

    /** Reads a provider's answer: its status, body, headers, or the error the request ended with.
     */
    static Result interpret(Provider provider, int httpStatus, const QJsonObject &body,
                            const std::function<QByteArray(const QByteArray &)> &header,
                            const ApiError &error, const QString &identityUserId);
};

/** One check in flight. Emits finished() once; the receiver deletes it with deleteLater(). */
class ProviderCheckRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderCheckRun)

public:
    ProviderCheckRun(HttpClient *http, ProviderCheck::Provider provider, const SecretBytes &token,
                     const QUrl &overrideBase, QString identityUserId, QObject *parent = nullptr);
    ~ProviderCheckRun() override;
    ProviderCheck::Provider provider() const { return m_provider; }
    const ProviderCheck::Result &result() const { return m_result; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished();

private:
    void finish(ProviderCheck::Result result);

    ProviderCheck::Provider m_provider;
    QString m_identityUserId;
    QPointer<ApiReply> m_reply;
    ProviderCheck::Result m_result;
    bool m_finished = false;
};
