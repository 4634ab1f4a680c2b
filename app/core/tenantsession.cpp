#include "tenantsession.h"

#include "managementapi.h"
#include "tokenprovider.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTimer>

using namespace Qt::StringLiterals;

ProfileHttpSettings httpSettingsForProfile(const TenantProfile &profile, const HttpSettings &base)
{
    ProfileHttpSettings result;
    result.settings = base;
    result.settings.allowPlainHttpToLoopback = profile.plainHttp;
    result.settings.extraCaCertificates.clear();
    const QStringList problems = profile.problems();
    if (!problems.isEmpty()) {
        result.error = ApiError::make(ApiError::Kind::InvalidConfiguration, problems.join(u' '));
        return result;
    }
    if (!profile.caCertificateFile.isEmpty()) {
        QString caError;
        result.settings.extraCaCertificates
                = TenantProfile::loadCaFile(profile.caCertificateFile, &caError);
        if (result.settings.extraCaCertificates.isEmpty())
            result.error = ApiError::make(ApiError::Kind::InvalidConfiguration, caError);
    }
    return result;
}

// ---------------------------------------------------------------------------------------------

UserFetch::UserFetch(ManagementApi *api, TokenProvider *tokens, QString userId, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_tokens(tokens)
    , m_userId(std::move(userId))
{ }

UserFetch::~UserFetch()
{
    abort();
}

void UserFetch::start(QJsonObject alreadyFetched)
{
    if (!alreadyFetched.isEmpty()) {
        userArrived(std::move(alreadyFetched), false);
        return;
    }
    m_reply = m_api->getUser(m_userId);
    connect(m_reply, &ManagementReply::finished, this, [this] {
        ManagementReply *reply = std::exchange(m_reply, nullptr);
        reply->deleteLater();
        if (reply->isError()) {
            m_error = reply->error();
            m_done = true;
            Q_EMIT finished();
            Q_EMIT settled();
            return;
        }
        userArrived(reply->takeJson().object(), true);
    });
}

void UserFetch::userArrived(QJsonObject user, bool announce)
{
    m_scopes = m_tokens->grantedScopes();
    const bool lookUp = needsTokenVaultLookup(user, m_scopes);
    const QJsonObject forLookup = lookUp ? user : QJsonObject();
    m_user = std::move(user);
    m_done = true;
    if (announce)
        Q_EMIT finished();
    if (lookUp)
        lookUpTokenVault(forLookup);
    else if (announce)
        Q_EMIT settled();
    else
        QTimer::singleShot(0, this, &UserFetch::settled); // after the receiver has connected
}

bool UserFetch::needsTokenVaultLookup(const QJsonObject &user, const QStringList &scopes)
{
    // Only worth a request when a social identity has no token although the scope allows it:
    // then Token Vault and "the IdP returned nothing" look the same from the user object.
    if (!scopes.contains(u"read:user_idp_tokens"_s))
        return false;
    const QJsonArray identities = user.value(u"identities"_s).toArray();
    return std::any_of(identities.begin(), identities.end(), [](const QJsonValue &value) {
        const QJsonObject identity = value.toObject();
        return identity.value(u"isSocial"_s).toBool() && !identity.contains(u"access_token"_s);
    });
}

void UserFetch::lookUpTokenVault(const QJsonObject &user)
{
    const QString userId = user.value(u"user_id"_s).toString(m_userId);
    m_reply = m_api->get(u"users/"_s + ManagementApi::encodeUserId(userId)
                         + u"/connected-accounts"_s);
    connect(m_reply, &ManagementReply::finished, this, [this] {
        ManagementReply *reply = std::exchange(m_reply, nullptr);
        reply->deleteLater();
        // No answer is no explanation: the identity keeps the generic one.
        if (!reply->isError()) {
            const auto explanations = tokenVaultExplanations(reply->json().object());
            for (const auto &[connection, text] : explanations)
                Q_EMIT explained(connection, text);
        }
        Q_EMIT settled();
    });
}

QList<QPair<QString, QString>> UserFetch::tokenVaultExplanations(const QJsonObject &answer)
{
    QList<QPair<QString, QString>> result;
    const QJsonArray accounts = answer.value(u"connected_accounts"_s).toArray();
    for (const QJsonValue &value : accounts) {
        const QJsonObject account = value.toObject();
        const QString connection = account.value(u"connection"_s).toString();
        if (connection.isEmpty())
            continue;
        QStringList scopes;
        for (const QJsonValue &scope : account.value(u"scopes"_s).toArray())
            scopes.append(scope.toString());
        result.append({connection,
                       tr("This connection keeps its tokens in Token Vault, not in the user's "
                          "identities, so the Management API cannot return them. Connected account "
                          "%1: %2 access, scopes %3, since %4. Apps get tokens from the vault by "
                          "token exchange.")
                               .arg(account.value(u"id"_s).toString(),
                                    account.value(u"access_type"_s).toString(), scopes.join(u' '),
                                    account.value(u"created_at"_s).toString())});
    }
    return result;
}

void UserFetch::abort()
{
    if (ManagementReply *reply = std::exchange(m_reply, nullptr))
        reply->abandon(this);
}

// ---------------------------------------------------------------------------------------------

TenantSession::TenantSession(TenantProfile profile, const HttpSettings &base, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_network(new QNetworkAccessManager(this))
    , m_http(new HttpClient(m_network, this))
    , m_tokens(new TokenProvider(m_http, this))
    , m_api(new ManagementApi(m_http, m_tokens, this))
{
    const ProfileHttpSettings http = httpSettingsForProfile(m_profile, base);
    m_configurationError = http.error;
    m_http->setSettings(http.settings);
    m_tokens->configure(m_profile.baseUrl(), m_profile.effectiveAudience(), m_profile.clientId);
    m_tokens->setWidestScope(m_profile.mayReadTokens() ? TokenScope::UsersAndIdpTokens
                                                       : TokenScope::Users);
    if (m_configurationError.isError())
        m_tokens->setUnusable(m_configurationError);
    m_api->setBaseUrl(m_profile.baseUrl());
    connect(m_api, &ManagementApi::rateLimitWait, this, &TenantSession::rateLimitWait);
    connect(m_api, &ManagementApi::rateLimitRemainingChanged, this,
            &TenantSession::rateLimitRemainingChanged);
    connect(m_tokens, &TokenProvider::rateLimitWait, this, &TenantSession::rateLimitWait);
}

TenantSession::~TenantSession()
{
    cancelAll();
    m_tokens->cancel(); // wipes the Management API token; the secret goes with the provider
}

const HttpSettings &TenantSession::httpSettings() const
{
    return m_http->settings();
}

template<typename T>
T *TenantSession::track(T *operation)
{
    m_operations.removeIf([](const QPointer<QObject> &op) { return op.isNull(); });
    m_operations.append(operation);
    return operation;
}

void TenantSession::setClientSecret(SecretBytes secret)
{
    if (m_profile.authMethod == TenantProfile::AuthMethod::PrivateKeyJwt)
        m_tokens->setSigningKey(std::move(secret), m_profile.signingAlgorithm, m_profile.keyId,
                                m_profile.assertionAudience());
    else
        m_tokens->setClientSecret(std::move(secret));
}

ConnectionCheck *TenantSession::checkConnection(bool withOptional)
{
    auto *check = track(new ConnectionCheck(this));
    m_tokens->invalidate();
    const TokenScope widest = m_tokens->widestScope();
    TokenRequest *request = m_tokens->token(widest);
    connect(request, &TokenRequest::finished, check, [this, check, request, widest, withOptional] {
        request->deleteLater();
        check->m_error = request->error();
        if (!request->isError()) {
            check->m_scopes = m_tokens->grantedScopes(widest);
            check->m_expiresAt = m_tokens->expiresAt(widest);
            check->m_allowedLevel = check->m_scopes.contains(u"read:user_idp_tokens"_s)
                    ? TenantProfile::AccessLevel::IdentitiesAndTokens
                    : TenantProfile::AccessLevel::IdentitiesOnly;
            if (!withOptional) {
                Q_EMIT check->finished();
                return;
            }
            // read:logs is optional: a refusal says the grant lacks it, and nothing more.
            TokenRequest *logs = m_tokens->token(TokenScope::Logs);
            connect(logs, &TokenRequest::finished, check, [check, logs] {
                logs->deleteLater();
                if (!logs->isError())
                    check->m_logsGranted = true;
                else if (logs->error().httpStatus == 403)
                    check->m_logsGranted = false;
                Q_EMIT check->finished();
            });
            return;
        }
        // Refused for a scope the grant lacks: would identities only work? One more token
        // request tells, so the profile can be offered the level its grant allows.
        const bool scopeRefused = request->error().httpStatus == 403
                && request->error().message.startsWith(u"Client has not been granted scopes"_s)
                && request->error().message.contains(u"read:user_idp_tokens"_s)
                && !request->error().message.contains(u"read:users"_s);
        if (widest != TokenScope::UsersAndIdpTokens || !scopeRefused) {
            Q_EMIT check->finished();
            return;
        }
        TokenRequest *narrow = m_tokens->token(TokenScope::Users);
        connect(narrow, &TokenRequest::finished, check, [this, check, narrow] {
            narrow->deleteLater();
            if (!narrow->isError()) {
                check->m_scopes = m_tokens->grantedScopes(TokenScope::Users);
                check->m_allowedLevel = TenantProfile::AccessLevel::IdentitiesOnly;
            }
            Q_EMIT check->finished();
        });
    });
    return check;
}

UserSearch *TenantSession::search(const QString &text, QueryKind kind, int page, int perPage)
{
    auto *search = track(new UserSearch(m_api, text, kind, page, perPage, this));
    connect(search, &UserSearch::rateLimitWait, this, &TenantSession::rateLimitWait);
    search->start();
    return search;
}

ProviderCheckRun *TenantSession::checkAtProvider(const QString &identityProvider,
                                                 const SecretBytes &token,
                                                 const QString &identityUserId)
{
    return track(new ProviderCheckRun(m_http, ProviderCheck::providerFor(identityProvider), token,
                                      m_profile.providerOverride, identityUserId, this));
}

TokenReadsFetch *TenantSession::fetchTokenReads(const QString &userId)
{
    auto *fetch = track(new TokenReadsFetch(m_api, userId, this));
    fetch->fetchPage(0);
    return fetch;
}

std::optional<TokenRead> TokenRead::fromLog(const QJsonObject &entry)
{
    if (entry.value(u"type"_s).toString() != u"mgmt_api_read"_s)
        return std::nullopt;
    TokenRead read;
    read.when = QDateTime::fromString(entry.value(u"date"_s).toString(), Qt::ISODateWithMs);
    read.clientName = entry.value(u"client_name"_s).toString();
    read.clientId = entry.value(u"client_id"_s).toString();
    read.ip = entry.value(u"ip"_s).toString();
    read.logId = entry.value(u"log_id"_s).toString();
    const QJsonObject client = entry.value(u"auth0_client"_s).toObject();
    read.tool = client.contains(u"name"_s) ? u"%1 %2"_s
                                                     .arg(client.value(u"name"_s).toString(),
                                                          client.value(u"version"_s).toString())
                                                     .trimmed()
                                           : entry.value(u"user_agent"_s).toString();
    const QJsonArray secrets
            = entry.value(u"details"_s).toObject().value(u"accessedSecrets"_s).toArray();
    for (const QJsonValue &secret : secrets)
        read.secrets.append(secret.toString());
    return read;
}

TokenReadsFetch::TokenReadsFetch(ManagementApi *api, QString userId, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_userId(std::move(userId))
{ }

TokenReadsFetch::~TokenReadsFetch()
{
    abort();
}

void TokenReadsFetch::abort()
{
    if (ManagementReply *reply = std::exchange(m_reply, nullptr))
        reply->abandon(this);
}

bool TokenReadsFetch::lacksLogsScope() const
{
    return m_error.httpStatus == 403
            && (m_error.message.contains(u"read:logs"_s)
                || m_error.errorCode == u"insufficient_scope"_s);
}

void TokenReadsFetch::fetchPage(int page)
{
    QUrlQuery query;
    query.addQueryItem(u"page"_s, QString::number(page));
    query.addQueryItem(u"per_page"_s, QString::number(PerPage));
    query.addQueryItem(u"sort"_s, u"date:-1"_s);
    query.addQueryItem(u"include_totals"_s, u"true"_s);
    m_reply = m_api->get(u"users/"_s + ManagementApi::encodeUserId(m_userId) + u"/logs"_s, query,
                         TokenScope::Logs);
    connect(m_reply, &ManagementReply::finished, this, [this, page] {
        ManagementReply *reply = std::exchange(m_reply, nullptr);
        reply->deleteLater();
        if (reply->isError()) {
            m_error = reply->error();
            Q_EMIT finished();
            return;
        }
        const QJsonDocument answer = reply->json();
        // With include_totals the page is wrapped; without, it is the bare array.
        const QJsonArray logs
                = answer.isArray() ? answer.array() : answer.object().value(u"logs"_s).toArray();
        const int total = answer.isArray() ? -1 : answer.object().value(u"total"_s).toInt(-1);
        for (const QJsonValue &entry : logs) {
            if (std::optional<TokenRead> read = TokenRead::fromLog(entry.toObject()))
                m_reads.append(*read);
        }
        m_eventsRead += int(logs.size());
        const bool more = logs.size() == PerPage && (total < 0 || m_eventsRead < total);
        if (more && page + 1 < MaxPages) {
            fetchPage(page + 1);
            return;
        }
        m_hasMore = more;
        Q_EMIT finished();
    });
}

UserFetch *TenantSession::fetchUser(const QString &userId, QJsonObject alreadyFetched)
{
    auto *fetch = track(new UserFetch(m_api, m_tokens, userId, this));
    fetch->start(std::move(alreadyFetched));
    return fetch;
}

void TenantSession::cancelAll()
{
    // Receivers first: nothing cancelled here may still call anyone back.
    const auto operations = std::exchange(m_operations, {});
    for (const QPointer<QObject> &operation : operations) {
        if (operation) {
            operation->disconnect();
            delete operation.data();
        }
    }
    m_http->abortAll();
}

QStringList TenantSession::grantedScopes() const
{
    return m_tokens->grantedScopes();
}

QDateTime TenantSession::tokenExpiresAt() const
{
    return m_tokens->expiresAt();
}

int TenantSession::requestsInFlight() const
{
    return m_http->requestsInFlight();
}

int TenantSession::tokenRequestCount() const
{
    return m_tokens->tokenRequestCount();
}
