#pragma once

#include "apierror.h"
#include "httpclient.h"
#include "secretbytes.h"
#include "tenantprofile.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

class QNetworkAccessManager;
class TokenProvider;

/**
 * "Test connection" for a profile that may not be saved yet: gets a Management API token with the
 * given secret and reports the granted scopes or a diagnosis. Emits finished() exactly once.
 */
class ConnectionTest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)

public:
    ConnectionTest(const TenantProfile &profile, SecretBytes secret, const HttpSettings &settings,
                   QObject *parent = nullptr);
    ~ConnectionTest() override;

    void start();
    const ApiError &error() const { return m_error; }
    QStringList grantedScopes() const { return m_scopes; }
    QDateTime expiresAt() const { return m_expiresAt; }

Q_SIGNALS:
    void finished();

private:
    QNetworkAccessManager *m_network;
    HttpClient *m_http;
    TokenProvider *m_tokens;
    ApiError m_error;
    QStringList m_scopes;
    QDateTime m_expiresAt;
    bool m_started = false;
};
