#include "connectiontest.h"

#include "tokenprovider.h"

#include <QNetworkAccessManager>
#include <QTimer>

ConnectionTest::ConnectionTest(const TenantProfile &profile, SecretBytes secret,
                               const HttpSettings &settings, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_http(new HttpClient(m_network, this))
    , m_tokens(new TokenProvider(m_http, this))
{
    HttpSettings effective = settings;
    effective.allowPlainHttpToLoopback = profile.plainHttp;
    const QStringList problems = profile.problems();
    if (!problems.isEmpty()) {
        m_error = ApiError::make(ApiError::Kind::InvalidConfiguration, problems.join(u' '));
    } else if (!profile.caCertificateFile.isEmpty()) {
        QString caError;
        effective.extraCaCertificates
                = TenantProfile::loadCaFile(profile.caCertificateFile, &caError);
        if (effective.extraCaCertificates.isEmpty())
            m_error = ApiError::make(ApiError::Kind::InvalidConfiguration, caError);
    }
    m_http->setSettings(effective);
    m_tokens->configure(profile.baseUrl(), profile.effectiveAudience(), profile.clientId);
    m_tokens->setClientSecret(std::move(secret));
}

ConnectionTest::~ConnectionTest() = default;

void ConnectionTest::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_error.isError()) {
        QTimer::singleShot(0, this, &ConnectionTest::finished);
        return;
    }
    TokenRequest *request = m_tokens->token();
    connect(request, &TokenRequest::finished, this, [this, request] {
        request->deleteLater();
        m_error = request->error();
        m_scopes = m_tokens->grantedScopes();
        m_expiresAt = m_tokens->expiresAt();
        // The token was only a test: drop it now.
        m_tokens->cancel();
        Q_EMIT finished();
    });
}
