#include "faketenant.h"

#include "cryptoutil.h"
#include "httpserver.h"
#include "lucene.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSslKey>
#include <QUrlQuery>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTenant, "fakeauth0.tenant", QtInfoMsg)

static void initFakeTenantResources()
{
    Q_INIT_RESOURCE(faketenant);
}

namespace FakeAuth0 {

namespace {

constexpr auto ManagementPrefix = "/api/v2/";
const QString ReadUsers = u"read:users"_s;
const QString ReadIdpTokens = u"read:user_idp_tokens"_s;
const QString ReadLogs = u"read:logs"_s;
const QString ReadCurrentUser = u"read:current_user"_s;

QByteArray toJson(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

// Serialises fields in the order given; real tenants have an order, QJsonObject sorts keys.
QByteArray orderedJson(std::initializer_list<std::pair<QString, QJsonValue>> fields)
{
    QByteArray out = "{";
    for (const auto &[key, value] : fields) {
        if (out.size() > 1)
            out += ',';
        out += toJson(QJsonArray{key}).mid(1).chopped(1) + ':'
                + toJson(QJsonArray{value}).mid(1).chopped(1);
    }
    return out + '}';
}

// Management API responses carry Auth0's headers and a body in Auth0's shape.
HttpResponse managementJson(int status, const QJsonValue &body)
{
    HttpResponse response;
    response.status = status;
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    response.setHeader("Cache-Control", "no-cache");
    response.setHeader("Strict-Transport-Security", "max-age=31536000");
    response.setHeader("Vary", "origin,accept-encoding");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.body = toJson(body);
    return response;
}

HttpResponse managementError(int status, const QString &message, const QString &errorCode = {})
{
    HttpResponse response = managementJson(status, QJsonObject());
    const QString error = QString::fromLatin1(reasonPhrase(status));
    response.body = errorCode.isEmpty()
            ? orderedJson({{u"statusCode"_s, status}, {u"error"_s, error}, {u"message"_s, message}})
            : orderedJson({{u"statusCode"_s, status},
                           {u"error"_s, error},
                           {u"message"_s, message},
                           {u"errorCode"_s, errorCode}});
    return response;
}

// The Authentication API answers application/json without a charset, and no-store.
HttpResponse authenticationJson(int status, const QJsonObject &body)
{
    HttpResponse response;
    response.status = status;
    response.setHeader("Content-Type", "application/json");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    response.setHeader("Strict-Transport-Security", "max-age=31536000");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader(
            "X-Auth0-Requestid",
            QCryptographicHash::hash(
                    QByteArray::number(QDateTime::currentMSecsSinceEpoch() + qint64(std::rand())),
                    QCryptographicHash::Sha1)
                    .toHex()
                    .left(20));
    response.body = toJson(body);
    return response;
}

HttpResponse oauthError(int status, const QString &error, const QString &description,
                        const QString &errorUri = {})
{
    HttpResponse response = authenticationJson(status, QJsonObject());
    response.body = errorUri.isEmpty()
            ? orderedJson({{u"error"_s, error}, {u"error_description"_s, description}})
            : orderedJson({{u"error"_s, error},
                           {u"error_description"_s, description},
                           {u"error_uri"_s, errorUri}});
    return response;
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString insufficientScope(const QStringList &expected)
{
    return u"Insufficient scope, expected any of: "_s + expected.join(u',');
}

bool parseBool(const QString &value, bool fallback)
{
    if (value.isEmpty())
        return fallback;
    return value.compare(u"true"_s, Qt::CaseInsensitive) == 0 || value == u"1"_s;
}

// The order of every object's keys in a JSON text, by JSON Pointer ("" for the top, "/users/0",
// "/users/0/identities/1"...). QJsonObject keeps keys sorted; a tenant sends them in its own
// order, and the fake sends seeded users in the seed's. The text has already parsed as JSON.
class KeyOrderScanner
{
public:
    explicit KeyOrderScanner(const QByteArray &json)
        : m_json(json)
    { }

    QHash<QString, QStringList> scan()
    {
        value(QString());
        return std::move(m_orders);
    }

private:
    void space()
    {
        while (m_at < m_json.size() && std::isspace(static_cast<unsigned char>(m_json.at(m_at))))
            ++m_at;
    }

    QString string()
    {
        const qsizetype start = m_at++;
        while (m_at < m_json.size() && m_json.at(m_at) != '"')
            m_at += m_json.at(m_at) == '\\' ? 2 : 1;
        ++m_at;
        // Escapes decoded by the real parser.
        return QJsonDocument::fromJson('[' + m_json.mid(start, m_at - start) + ']')
                .array()
                .first()
                .toString();
    }

    static QString pointer(const QString &path, QString token)
    {
        return path + u'/' + token.replace(u'~', u"~0"_s).replace(u'/', u"~1"_s);
    }

    void value(const QString &path)
    {
        space();
        if (m_at >= m_json.size())
            return;
        const char c = m_json.at(m_at);
        if (c == '{') {
            ++m_at;
            QStringList keys;
            for (space(); m_at < m_json.size() && m_json.at(m_at) != '}'; space()) {
                if (m_json.at(m_at) == ',') {
                    ++m_at;
                    continue;
                }
                const QString key = string();
                space();
                ++m_at; // ':'
                value(pointer(path, key));
                keys.append(key);
            }
            ++m_at;
            m_orders.insert(path, keys);
        } else if (c == '[') {
            ++m_at;
            int index = 0;
            for (space(); m_at < m_json.size() && m_json.at(m_at) != ']'; space()) {
                if (m_json.at(m_at) == ',') {
                    ++m_at;
                    continue;
                }
                value(pointer(path, QString::number(index++)));
            }
            ++m_at;
        } else if (c == '"') {
            string();
        } else {
            while (m_at < m_json.size() && !std::strchr(",]} \t\r\n", m_json.at(m_at)))
                ++m_at;
        }
    }

    const QByteArray &m_json;
    qsizetype m_at = 0;
    QHash<QString, QStringList> m_orders;
};

// Compact JSON with each object's keys in the order recorded for its pointer (the rest, sorted,
// after them).
void writeOrdered(QByteArray &out, const QJsonValue &value,
                  const QHash<QString, QStringList> &orders, const QString &path)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QStringList keys = orders.value(path);
        keys.removeIf([&](const QString &key) { return !object.contains(key); });
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!keys.contains(it.key()))
                keys.append(it.key());
        }
        out += '{';
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i)
                out += ',';
            out += toJson(QJsonArray{keys.at(i)}).mid(1).chopped(1) + ':';
            QString child = keys.at(i);
            writeOrdered(out, object.value(keys.at(i)), orders,
                         path + u'/' + child.replace(u'~', u"~0"_s).replace(u'/', u"~1"_s));
        }
        out += '}';
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        out += '[';
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i)
                out += ',';
            writeOrdered(out, array.at(i), orders, path + u'/' + QString::number(i));
        }
        out += ']';
    } else {
        out += toJson(QJsonArray{value}).mid(1).chopped(1);
    }
}

QJsonObject projectFields(const QJsonObject &user, const QString &fields, bool include)
{
    if (fields.isEmpty())
        return user;
    QStringList names = fields.split(u',', Qt::SkipEmptyParts);
    for (QString &name : names)
        name = name.trimmed();
    QJsonObject out;
    if (include) {
        for (const QString &name : std::as_const(names)) {
            if (user.contains(name))
                out.insert(name, user.value(name));
        }
        return out;
    }
    out = user;
    for (const QString &name : std::as_const(names))
        out.remove(name);
    return out;
}

} // namespace

struct FakeTenant::Bucket
{
    int limit = 50;
    double refillPerSecond = 16;
    double tokens = 50;
    qint64 lastRefillMs = 0;

    void refill()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (lastRefillMs == 0)
            lastRefillMs = now;
        tokens = std::min<double>(limit, tokens + (now - lastRefillMs) / 1000.0 * refillPerSecond);
        lastRefillMs = now;
    }
    // x-ratelimit-reset: the UNIX second when the bucket is full again, as Auth0 reports it.
    qint64 resetAt() const
    {
        const double missing = limit - tokens;
        const double seconds = refillPerSecond > 0 ? missing / refillPerSecond : 0;
        return (lastRefillMs + qint64(std::ceil(seconds * 1000))) / 1000 + (missing > 0 ? 1 : 0);
    }
};

struct FakeTenant::TokenClaims
{
    QString clientId;
    QString jti;
    QStringList scopes;
    bool has(const QString &scope) const { return scopes.contains(scope); }
    bool hasAny(const QStringList &wanted) const
    {
        return std::any_of(wanted.begin(), wanted.end(),
                           [this](const QString &s) { return scopes.contains(s); });
    }
};

FakeTenant::FakeTenant(QObject *parent)
    : QObject(parent)
    , m_signer(std::make_unique<TokenSigner>())
    , m_managementBucket(std::make_unique<Bucket>())
    , m_authenticationBucket(std::make_unique<Bucket>())
{
    setRateLimit(Api::Management, 50, 16);
    setRateLimit(Api::Authentication, 100, 30);
}

FakeTenant::~FakeTenant()
{
    stop();
}

QByteArray FakeTenant::demoSeed()
{
    initFakeTenantResources();
    QFile file(u":/faketenant/demo-tenant.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool FakeTenant::loadDemoSeed(QString *error)
{
    return loadSeed(demoSeed(), error);
}

bool FakeTenant::loadSeed(const QByteArray &json, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        if (error)
            *error = u"seed is not a JSON object: "_s + parseError.errorString();
        return false;
    }
    const QJsonObject seed = document.object();
    m_clients.clear();
    m_users.clear();
    m_logs.clear();
    m_userKeyOrders.clear();
    m_userIndex.clear();
    m_connectedAccounts.clear();

    const QJsonObject tenant = seed.value(u"tenant"_s).toObject();
    m_tokenLifetime = tenant.value(u"token_lifetime"_s).toInt(86400);
    m_requireSearchEngineV3 = tenant.value(u"require_search_engine_v3"_s).toBool(true);
    m_maxPerPage = tenant.value(u"max_per_page"_s).toInt(100);
    const QJsonObject limits = tenant.value(u"rate_limits"_s).toObject();
    const QJsonObject management = limits.value(u"management"_s).toObject();
    const QJsonObject authentication = limits.value(u"authentication"_s).toObject();
    setRateLimit(Api::Management, management.value(u"limit"_s).toInt(50),
                 management.value(u"refill_per_second"_s).toDouble(16));
    setRateLimit(Api::Authentication, authentication.value(u"limit"_s).toInt(100),
                 authentication.value(u"refill_per_second"_s).toDouble(30));

    const QJsonArray clients = seed.value(u"clients"_s).toArray();
    for (const QJsonValue &value : clients) {
        const QJsonObject object = value.toObject();
        Client client;
        client.id = object.value(u"client_id"_s).toString();
        client.secret = object.value(u"client_secret"_s).toString();
        client.name = object.value(u"name"_s).toString(client.id);
        const QJsonArray credentials = object.value(u"client_authentication_methods"_s)
                                               .toObject()
                                               .value(u"private_key_jwt"_s)
                                               .toObject()
                                               .value(u"credentials"_s)
                                               .toArray();
        for (const QJsonValue &credential : credentials) {
            KeyCredential key;
            key.publicKeyPem = credential[u"pem"_s].toString().toUtf8();
            key.algorithm = credential[u"alg"_s].toString(u"RS256"_s);
            key.keyId = credential[u"kid"_s].toString();
            client.keys.append(key);
        }
        if (object.contains(u"grant_types"_s)) {
            client.grantTypes.clear();
            const QJsonArray grants = object.value(u"grant_types"_s).toArray();
            for (const QJsonValue &grant : grants)
                client.grantTypes.append(grant.toString());
        }
        const QJsonValue scopes = object.value(u"management_api_scopes"_s);
        client.hasManagementGrant = scopes.isArray();
        client.scopes.clear();
        const QJsonArray scopeArray = scopes.toArray();
        for (const QJsonValue &scope : scopeArray)
            client.scopes.append(scope.toString());
        if (client.id.isEmpty()) {
            if (error)
                *error = u"a client in the seed has no client_id"_s;
            return false;
        }
        addClient(client);
    }

    const QHash<QString, QStringList> orders = KeyOrderScanner(json).scan();
    const QJsonArray users = seed.value(u"users"_s).toArray();
    for (const QJsonValue &value : users) {
        const QJsonObject user = value.toObject();
        const QString id = user.value(u"user_id"_s).toString();
        if (id.isEmpty()) {
            if (error)
                *error = u"a user in the seed has no user_id"_s;
            return false;
        }
        // This user's key orders, by pointers relative to the user.
        const QString prefix = u"/users/%1"_s.arg(m_users.size());
        QHash<QString, QStringList> userOrders;
        for (auto it = orders.begin(); it != orders.end(); ++it) {
            if (it.key() == prefix || it.key().startsWith(prefix + u'/'))
                userOrders.insert(it.key().mid(prefix.size()), it.value());
        }
        m_userIndex.insert(id, m_users.size());
        m_users.append(user);
        m_userKeyOrders.append(userOrders);
    }
    const QJsonObject generated = seed.value(u"generated_users"_s).toObject();
    if (!generated.isEmpty()) {
        QStringList domains;
        const QJsonArray domainArray = generated.value(u"email_domains"_s).toArray();
        for (const QJsonValue &domain : domainArray)
            domains.append(domain.toString());
        if (domains.isEmpty())
            domains.append(u"example.org"_s);
        generateUsers(generated.value(u"count"_s).toInt(), domains);
    }
    const QJsonObject accounts = seed.value(u"connected_accounts"_s).toObject();
    for (auto it = accounts.begin(); it != accounts.end(); ++it)
        m_connectedAccounts.insert(it.key(), it.value().toArray());
    seedProviderTokens(seed.value(u"provider_checks"_s).toArray());
    return true;
}

void FakeTenant::seedProviderTokens(const QJsonArray &checks)
{
    m_providerTokens.clear();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const QJsonObject &user : std::as_const(m_users)) {
        const QJsonArray identities = user.value(u"identities"_s).toArray();
        for (const QJsonValue &value : identities) {
            const QJsonObject identity = value.toObject();
            const QString token = identity.value(u"access_token"_s).toString();
            const QString provider = identity.value(u"provider"_s).toString();
            if (token.isEmpty()
                || !QStringList{u"google-oauth2"_s, u"github"_s, u"waad"_s}.contains(provider))
                continue;
            ProviderToken entry;
            entry.provider = provider;
            const QJsonValue id = identity.value(u"user_id"_s);
            entry.account = id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString();
            entry.status = u"valid"_s;
            entry.expiresAt = now + 3000;
            entry.email = user.value(u"email"_s).toString();
            entry.name = user.value(u"name"_s).toString();
            if (provider == u"google-oauth2"_s)
                entry.scopes = {u"https://www.googleapis.com/auth/userinfo.email"_s,
                                u"https://www.googleapis.com/auth/userinfo.profile"_s, u"openid"_s};
            else if (provider == u"github"_s)
                entry.scopes = {u"read:user"_s, u"user:email"_s};
            for (const QJsonValue &check : checks) {
                const QJsonObject c = check.toObject();
                if (c.value(u"user_id"_s).toString() != user.value(u"user_id"_s).toString()
                    || c.value(u"connection"_s).toString()
                            != identity.value(u"connection"_s).toString())
                    continue;
                entry.status = c.value(u"status"_s).toString(entry.status);
                entry.account = c.value(u"account"_s).toString(entry.account);
                if (c.contains(u"scopes"_s)) {
                    entry.scopes.clear();
                    for (const QJsonValue &scope : c.value(u"scopes"_s).toArray())
                        entry.scopes.append(scope.toString());
                }
            }
            m_providerTokens.insert(token, entry);
        }
    }
}

QUrl FakeTenant::providersBaseUrl() const
{
    return m_providers ? QUrl(u"https://127.0.0.1:%1"_s.arg(m_providers->port())) : QUrl();
}

// The three providers' read-only checks, as each answers them (see auth0-facts-2.md).
HttpResponse FakeTenant::providerEndpoint(const HttpRequest &request)
{
    ++m_providerRequests;
    auto json = [](int status, const QJsonObject &body) {
        HttpResponse response;
        response.status = status;
        response.setHeader("Content-Type", "application/json; charset=utf-8");
        response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return response;
    };
    QByteArray bearer = request.header("authorization");
    bearer = bearer.startsWith("Bearer ") || bearer.startsWith("bearer ")
                    || bearer.startsWith("token ")
            ? bearer.mid(bearer.indexOf(' ') + 1).trimmed()
            : QByteArray();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (request.path == u"/google/tokeninfo"_s) {
        if (request.method != "POST")
            return json(405, {{u"error"_s, u"method_not_allowed"_s}});
        const QUrlQuery form(QString::fromUtf8(request.body));
        const QString token = form.queryItemValue(u"access_token"_s, QUrl::FullyDecoded);
        const auto it = m_providerTokens.constFind(token);
        if (it == m_providerTokens.cend() || it->provider != u"google-oauth2"_s
            || it->status != u"valid"_s)
            return json(400,
                        {{u"error"_s, u"invalid_token"_s},
                         {u"error_description"_s, u"Invalid Value"_s}});
        const QString client = u"1234567890-demo.apps.googleusercontent.com"_s;
        return json(200,
                    {{u"azp"_s, client},
                     {u"aud"_s, client},
                     {u"sub"_s, it->account},
                     {u"scope"_s, it->scopes.join(u' ')},
                     {u"exp"_s, QString::number(it->expiresAt)},
                     {u"expires_in"_s, QString::number(it->expiresAt - now)},
                     {u"email"_s, it->email},
                     {u"email_verified"_s, u"true"_s},
                     {u"access_type"_s, u"offline"_s}});
    }
    if (request.path == u"/github/user"_s) {
        const auto it = m_providerTokens.constFind(QString::fromLatin1(bearer));
        if (it == m_providerTokens.cend() || it->provider != u"github"_s
            || it->status != u"valid"_s)
            return json(401,
                        {{u"message"_s, u"Bad credentials"_s},
                         {u"documentation_url"_s, u"https://docs.github.com/rest"_s},
                         {u"status"_s, u"401"_s}});
        HttpResponse response = json(200,
                                     {{u"login"_s, it->name.toLower().replace(u' ', u'-')},
                                      {u"id"_s, it->account.toLongLong()},
                                      {u"type"_s, u"User"_s},
                                      {u"name"_s, it->name}});
        response.setHeader("X-OAuth-Scopes", it->scopes.join(u", "_s).toLatin1());
        response.setHeader("X-Accepted-OAuth-Scopes", "");
        return response;
    }
    if (request.path == u"/microsoft/v1.0/me"_s) {
        const auto it = m_providerTokens.constFind(QString::fromLatin1(bearer));
        if (it == m_providerTokens.cend() || it->provider != u"waad"_s
            || it->status != u"valid"_s) {
            const bool expired = it != m_providerTokens.cend() && it->status == u"expired"_s;
            return json(401,
                        {{u"error"_s,
                          QJsonObject{{u"code"_s, u"InvalidAuthenticationToken"_s},
                                      {u"message"_s,
                                       expired ? u"Lifetime validation failed, the token is "
                                                 "expired."_s
                                               : u"Access token validation failure."_s}}}});
        }
        return json(200,
                    {{u"id"_s, it->account},
                     {u"displayName"_s, it->name},
                     {u"userPrincipalName"_s, it->email}});
    }
    return json(404, {{u"error"_s, u"not_found"_s}});
}

void FakeTenant::generateUsers(int count, const QStringList &domains)
{
    static const QStringList given{u"Olivia"_s, u"Liam"_s,  u"Amara"_s,  u"Noah"_s,    u"Sofia"_s,
                                   u"Kwame"_s,  u"Yuki"_s,  u"Lucas"_s,  u"Mei"_s,     u"Aarav"_s,
                                   u"Chloe"_s,  u"Diego"_s, u"Fatima"_s, u"Henrik"_s,  u"Ines"_s,
                                   u"Jonas"_s,  u"Leila"_s, u"Marta"_s,  u"Nikolai"_s, u"Zara"_s};
    static const QStringList family{u"Andersen"_s, u"Baptiste"_s,  u"Chen"_s,     u"Dubois"_s,
                                    u"Eriksen"_s,  u"Fernandes"_s, u"Garcia"_s,   u"Hoffmann"_s,
                                    u"Ivanova"_s,  u"Jensen"_s,    u"Kowalski"_s, u"Lindqvist"_s,
                                    u"Mensah"_s,   u"Novak"_s,     u"Oliveira"_s, u"Petrov"_s};
    const QDateTime epoch(QDate(2022, 1, 3), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        const QString first = given.at(i % given.size());
        const QString last = family.at((i / given.size()) % family.size());
        const QString domain = domains.at(i % domains.size());
        const QByteArray hash
                = QCryptographicHash::hash(QByteArray("generated-user-" + QByteArray::number(i)),
                                           QCryptographicHash::Sha1)
                          .toHex()
                          .left(24);
        const QString localId = QString::fromLatin1(hash);
        const bool social = i % 10 == 7;
        const QString provider = social ? u"google-oauth2"_s : u"auth0"_s;
        const QString connection
                = social ? u"google-oauth2"_s : u"Username-Password-Authentication"_s;
        const QString identityId = social ? QString::number(100000000000000000LL + i) : localId;
        const QString userId = provider + u'|' + identityId;
        const QString email
                = first.toLower() + u'.' + last.toLower() + QString::number(i) + u'@' + domain;
        const QDateTime created = epoch.addSecs(qint64(i) * 97'000);
        const QDateTime lastLogin = created.addSecs(qint64((i * 7919) % 5'000'000));
        const QString iso = u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s;
        QJsonObject identity{{u"connection"_s, connection},
                             {u"user_id"_s, identityId},
                             {u"provider"_s, provider},
                             {u"isSocial"_s, social}};
        const QJsonObject user{
                {u"created_at"_s, created.toString(iso)},
                {u"email"_s, email},
                {u"email_verified"_s, i % 3 != 0},
                {u"family_name"_s, last},
                {u"given_name"_s, first},
                {u"identities"_s, QJsonArray{identity}},
                {u"name"_s, QString(first + u' ' + last)},
                {u"nickname"_s, QString(first.toLower() + QString::number(i))},
                {u"picture"_s,
                 u"https://s.gravatar.com/avatar/%1?s=480&r=pg&d=https%3A%2F%2Fcdn.auth0.com%2Favatars%2F%2.png"_s
                         .arg(QString::fromLatin1(hash.left(32)), first.left(2).toLower())},
                {u"updated_at"_s, lastLogin.toString(iso)},
                {u"user_id"_s, userId},
                {u"last_login"_s, lastLogin.toString(iso)},
                {u"last_ip"_s, u"203.0.113.%1"_s.arg(i % 250 + 1)},
                {u"logins_count"_s, (i * 37) % 400 + 1},
                {u"app_metadata"_s,
                 QJsonObject{{u"plan"_s, i % 4 == 0 ? u"enterprise"_s : u"free"_s}}},
        };
        m_userIndex.insert(userId, m_users.size());
        m_users.append(user);
        m_userKeyOrders.append(QHash<QString, QStringList>());
    }
}

void FakeTenant::addClient(const Client &client)
{
    m_clients.insert(client.id, client);
}

void FakeTenant::setTokenLifetime(int seconds)
{
    m_tokenLifetime = seconds;
}

void FakeTenant::setMaxPerPage(int maxPerPage)
{
    m_maxPerPage = maxPerPage;
}

void FakeTenant::setRateLimit(Api api, int limit, double refillPerSecond)
{
    Bucket &bucket = api == Api::Management ? *m_managementBucket : *m_authenticationBucket;
    bucket.limit = limit;
    bucket.refillPerSecond = refillPerSecond;
    bucket.tokens = limit;
    bucket.lastRefillMs = 0;
}

bool FakeTenant::start(quint16 port, QString *error)
{
    if (!m_signer->isValid()) {
        if (error)
            *error = u"could not create the token signing key"_s;
        return false;
    }
    const TlsMaterial material = createTlsMaterial(error);
    if (material.caCertificatePem.isEmpty())
        return false;
    m_caPem = material.caCertificatePem;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(QSslCertificate::fromData(material.serverCertificatePem)
                                 + QSslCertificate::fromData(material.caCertificatePem));
    tls.setPrivateKey(QSslKey(material.serverKeyPem, QSsl::Ec));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // the server does not ask for client certs
    m_server = std::make_unique<HttpsServer>();
    m_server->setTimeouts(m_timeouts[0], m_timeouts[1], m_timeouts[2]);
    m_server->setHandler([this](const HttpRequest &request, Delivery &delivery) {
        return handle(request, delivery);
    });
    if (!m_server->listen(tls, port, error))
        return false;
    m_providers = std::make_unique<HttpsServer>();
    m_providers->setTimeouts(m_timeouts[0], m_timeouts[1], m_timeouts[2]);
    m_providers->setHandler(
            [this](const HttpRequest &request, Delivery &) { return providerEndpoint(request); });
    return m_providers->listen(tls, 0, error);
}

void FakeTenant::setConnectionTimeouts(int handshakeMs, int requestMs, int idleMs)
{
    m_timeouts[0] = handshakeMs;
    m_timeouts[1] = requestMs;
    m_timeouts[2] = idleMs;
    if (m_server)
        m_server->setTimeouts(handshakeMs, requestMs, idleMs);
}

int FakeTenant::openConnections() const
{
    return m_server ? m_server->openConnections() : 0;
}

int FakeTenant::connectionsAccepted() const
{
    return m_server ? m_server->connectionsAccepted() : 0;
}

void FakeTenant::stop()
{
    if (m_server)
        m_server->close();
    m_server.reset();
    if (m_providers)
        m_providers->close();
    m_providers.reset();
}

quint16 FakeTenant::port() const
{
    return m_server ? m_server->port() : 0;
}

QString FakeTenant::domain() const
{
    return u"127.0.0.1:"_s + QString::number(port());
}

QString FakeTenant::audience() const
{
    return u"https://"_s + domain() + u"/api/v2/"_s;
}

QUrl FakeTenant::baseUrl() const
{
    return QUrl(u"https://"_s + domain());
}

QByteArray FakeTenant::caCertificatePem() const
{
    return m_caPem;
}

QList<QSslCertificate> FakeTenant::caCertificates() const
{
    return QSslCertificate::fromData(m_caPem);
}

void FakeTenant::addFault(const Fault &fault)
{
    m_faults.append(fault);
}

void FakeTenant::clearFaults()
{
    m_faults.clear();
}

int FakeTenant::requestCount(const QString &pathPrefix) const
{
    int total = 0;
    for (auto it = m_requestCounts.begin(); it != m_requestCounts.end(); ++it) {
        if (it.key().startsWith(pathPrefix))
            total += it.value();
    }
    return total;
}

int FakeTenant::tokensIssued() const
{
    return m_tokensIssued;
}

void FakeTenant::resetCounters()
{
    m_requestCounts.clear();
    m_tokensIssued = 0;
    m_idpTokenReads = 0;
}

int FakeTenant::userCount() const
{
    return int(m_users.size());
}

QJsonObject FakeTenant::user(const QString &userId) const
{
    const qsizetype index = m_userIndex.value(userId, -1);
    return index < 0 ? QJsonObject() : m_users.at(index);
}

QByteArray FakeTenant::mintToken(const QString &clientId, const QStringList &scopes,
                                 qint64 issuedAt, qint64 expiresAt, const QString &host) const
{
    const QJsonObject header{
            {u"alg"_s, u"RS256"_s}, {u"typ"_s, u"JWT"_s}, {u"kid"_s, m_signer->keyId()}};
    const QJsonObject payload{
            {u"iss"_s, QString(u"https://"_s + (host.isEmpty() ? domain() : host) + u'/')},
            {u"sub"_s, QString(clientId + u"@clients"_s)},
            {u"aud"_s, audience()},
            {u"iat"_s, issuedAt},
            {u"exp"_s, expiresAt},
            {u"scope"_s, scopes.join(u' ')},
            {u"gty"_s, u"client-credentials"_s},
            {u"azp"_s, clientId}};
    const QByteArray signingInput = base64Url(toJson(header)) + '.' + base64Url(toJson(payload));
    return signingInput + '.' + base64Url(m_signer->sign(signingInput));
}

HttpResponse FakeTenant::handle(const HttpRequest &request, Delivery &delivery)
{
    m_requestCounts[request.path] += 1;
    m_lastClientInfo = request.header("auth0-client");

    // Faults apply to the Auth0 surface only, never to the control endpoints.
    const Fault *decisive = nullptr;
    if (!request.path.startsWith(u"/__fake/"_s)) {
        for (qsizetype i = 0; i < m_faults.size(); ++i) {
            Fault &fault = m_faults[i];
            if (!request.path.startsWith(fault.pathPrefix) || fault.count == 0)
                continue;
            if (fault.kind == Fault::Kind::SearchTimeout
                && (request.path != u"/api/v2/users"_s || request.method != "GET"))
                continue;
            if (fault.count > 0)
                --fault.count;
            if (fault.kind == Fault::Kind::Latency || fault.kind == Fault::Kind::SearchTimeout)
                delivery.delayMs += fault.latencyMs;
            if (fault.kind == Fault::Kind::Latency)
                continue;
            if (!decisive)
                decisive = &fault;
        }
    }

    HttpResponse response;
    if (decisive) {
        switch (decisive->kind) {
        case Fault::Kind::ServerError:
            response = managementError(
                    decisive->status,
                    decisive->status == 503           ? u"The service is temporarily unavailable."_s
                            : decisive->status == 401 ? u"Invalid token"_s
                                                      : u"An internal server error occurred."_s);
            break;
        case Fault::Kind::Drop:
            delivery.mode = Delivery::Mode::Drop;
            break;
        case Fault::Kind::InvalidJson:
            response = managementJson(200, QJsonObject());
            response.body = "{\"user_id\":\"auth0|broken\",\"identities\":[{\"provider\":";
            break;
        case Fault::Kind::Truncate:
            response = route(request);
            delivery.mode = Delivery::Mode::Truncate;
            break;
        case Fault::Kind::Trickle:
            response = route(request);
            delivery.mode = Delivery::Mode::Trickle;
            delivery.trickleBytes = std::max(1, decisive->trickleBytes);
            delivery.trickleIntervalMs = std::max(1, decisive->trickleIntervalMs);
            break;
        case Fault::Kind::Redirect:
            response = managementJson(302, QJsonObject());
            response.body.clear();
            response.setHeader("Location", decisive->location.toUtf8());
            break;
        case Fault::Kind::SearchTimeout:
            // The text of the 503 in Auth0's OpenAPI schema for GET /api/v2/users.
            response = managementError(503,
                                       u"The query exceeded the timeout. Please try refining your "
                                       "search criteria."_s);
            break;
        case Fault::Kind::Latency:
            break;
        }
    } else {
        response = route(request);
    }
    qCDebug(lcTenant) << request.method << request.path << response.status;
    return response;
}

HttpResponse FakeTenant::route(const HttpRequest &request)
{
    const QString host = request.host();
    const QString port = QString::number(this->port());
    if (host != u"127.0.0.1:"_s + port && host != u"localhost:"_s + port)
        return managementError(404, u"Not Found"_s);

    if (request.path == u"/oauth/token"_s) {
        if (request.method != "POST")
            return managementError(404, u"Not Found"_s);
        return tokenEndpoint(request);
    }
    if (request.path == u"/.well-known/jwks.json"_s) {
        HttpResponse response = authenticationJson(200, QJsonObject());
        response.body = m_signer->jwks();
        return response;
    }
    if (request.path.startsWith(u"/__fake/"_s))
        return adminEndpoint(request);
    if (request.path.startsWith(QLatin1String(ManagementPrefix)))
        return managementApi(request);
    return managementError(404, u"Not Found"_s);
}

bool FakeTenant::takeFromBucket(Api api, HttpResponse *rateHeaders)
{
    Bucket &bucket = api == Api::Management ? *m_managementBucket : *m_authenticationBucket;
    bucket.refill();
    const bool allowed = bucket.tokens >= 1.0;
    if (allowed)
        bucket.tokens -= 1.0;
    rateHeaders->setHeader("X-RateLimit-Limit", QByteArray::number(bucket.limit));
    rateHeaders->setHeader("X-RateLimit-Remaining",
                           QByteArray::number(qint64(std::floor(bucket.tokens))));
    rateHeaders->setHeader("X-RateLimit-Reset", QByteArray::number(bucket.resetAt()));
    return allowed;
}

HttpResponse FakeTenant::tokenEndpoint(const HttpRequest &request)
{
    HttpResponse rate;
    const bool allowed = takeFromBucket(Api::Authentication, &rate);
    auto withRate = [&rate](HttpResponse response) {
        for (const auto &[name, value] : std::as_const(rate.headers))
            response.setHeader(name, value);
        return response;
    };
    if (!allowed) {
        return withRate(oauthError(429, u"too_many_requests"_s,
                                   u"Too many requests. Check the X-RateLimit-Limit, "
                                   "X-RateLimit-Remaining and X-RateLimit-Reset headers."_s));
    }

    // Auth0 takes the body as JSON or as a form.
    QHash<QString, QString> params;
    const QByteArray contentType = request.header("content-type").toLower();
    if (contentType.startsWith("application/json")) {
        const QJsonDocument document = QJsonDocument::fromJson(request.body);
        if (!document.isObject())
            return withRate(oauthError(400, u"invalid_request"_s, u"Invalid JSON body"_s));
        const QJsonObject object = document.object();
        for (auto it = object.begin(); it != object.end(); ++it)
            params.insert(it.key(), it.value().toString());
    } else {
        QByteArray form = request.body;
        form.replace('+', "%20");
        const QUrlQuery query(QString::fromUtf8(form));
        const auto items = query.queryItems(QUrl::FullyDecoded);
        for (const auto &[key, value] : items)
            params.insert(key, value);
    }

    QString clientId = params.value(u"client_id"_s);
    QString clientSecret = params.value(u"client_secret"_s);
    const QString assertionType = params.value(u"client_assertion_type"_s);
    const bool withAssertion
            = params.contains(u"client_assertion"_s) || params.contains(u"client_assertion_type"_s);
    if (withAssertion) {
        if (assertionType != u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s)
            return withRate(
                    oauthError(400, u"invalid_request"_s, u"Unsupported client_assertion_type"_s));
        QString assertionError;
        const QString assertedClient = verifyClientAssertion(
                params.value(u"client_assertion"_s).toUtf8(), clientId, &assertionError);
        if (assertedClient.isEmpty())
            return withRate(oauthError(401, u"invalid_client"_s, assertionError));
        clientId = assertedClient;
    }
    const QByteArray authorization = request.header("authorization");
    if (authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon > 0) {
            clientId = QUrl::fromPercentEncoding(decoded.left(colon));
            clientSecret = QUrl::fromPercentEncoding(decoded.mid(colon + 1));
        }
    }

    const QString grantType = params.value(u"grant_type"_s);
    if (grantType.isEmpty()) {
        return withRate(
                oauthError(400, u"invalid_request"_s, u"Missing required parameter: grant_type"_s));
    }
    if (clientId.isEmpty()) {
        return withRate(oauthError(401, u"access_denied"_s, u"Unauthorized"_s));
    }
    const auto client = m_clients.constFind(clientId);
    // A client set up for Private Key JWT no longer takes its secret.
    if (!withAssertion
        && (client == m_clients.constEnd() || client->secret.isEmpty() || !client->keys.isEmpty()
            || client->secret != clientSecret))
        return withRate(oauthError(401, u"access_denied"_s, u"Unauthorized"_s));

    if (grantType != u"client_credentials"_s || !client->grantTypes.contains(grantType)) {
        if (grantType != u"client_credentials"_s && grantType != u"password"_s
            && grantType != u"authorization_code"_s && grantType != u"refresh_token"_s) {
            return withRate(oauthError(400, u"unsupported_grant_type"_s,
                                       u"Unsupported grant type: "_s + grantType));
        }
        return withRate(oauthError(403, u"unauthorized_client"_s,
                                   u"Grant type '%1' not allowed for the client."_s.arg(grantType),
                                   u"https://auth0.com/docs/clients/client-grant-types"_s));
    }

    const QString requestedAudience = params.value(u"audience"_s);
    if (requestedAudience.isEmpty()) {
        return withRate(oauthError(403, u"access_denied"_s,
                                   u"No audience parameter was provided, and no default audience "
                                   "has been configured"_s));
    }
    // The Management API's identifier names the canonical domain, whatever host was called.
    if (requestedAudience != audience()) {
        return withRate(oauthError(403, u"access_denied"_s,
                                   u"Service not enabled within domain: "_s + requestedAudience));
    }
    if (!client->hasManagementGrant) {
        return withRate(oauthError(
                403, u"access_denied"_s,
                u"Client is not authorized to access \"%1\". You need to create a \"client-grant\" "
                "associated to this API. See: "
                "https://auth0.com/docs/api/v2#!/Client_Grants/post_client_grants"_s.arg(
                        audience())));
    }

    QStringList scopes = client->scopes;
    const QString requestedScope = params.value(u"scope"_s).trimmed();
    if (!requestedScope.isEmpty()) {
        const QStringList requested = requestedScope.split(u' ', Qt::SkipEmptyParts);
        QStringList missing;
        for (const QString &scope : requested) {
            if (!client->scopes.contains(scope))
                missing.append(scope);
        }
        if (!missing.isEmpty()) {
            return withRate(
                    oauthError(403, u"access_denied"_s,
                               u"Client has not been granted scopes: "_s + missing.join(u", "_s)));
        }
        scopes = requested;
        scopes.removeDuplicates();
    }

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray token
            = mintToken(client->id, scopes, now, now + m_tokenLifetime, request.host());
    ++m_tokensIssued;
    HttpResponse response = authenticationJson(200, QJsonObject());
    response.body = orderedJson({{u"access_token"_s, QString::fromLatin1(token)},
                                 {u"scope"_s, scopes.join(u' ')},
                                 {u"expires_in"_s, m_tokenLifetime},
                                 {u"token_type"_s, u"Bearer"_s}});
    return withRate(response);
}

HttpResponse FakeTenant::managementApi(const HttpRequest &request)
{
    HttpResponse rate;
    if (!takeFromBucket(Api::Management, &rate)) {
        HttpResponse response
                = managementError(429, u"Global limit has been reached"_s, u"too_many_requests"_s);
        for (const auto &[name, value] : std::as_const(rate.headers))
            response.setHeader(name, value);
        return response;
    }

    const QByteArray authorization = request.header("authorization");
    if (authorization.isEmpty()) {
        HttpResponse response = managementError(401, u"Missing authentication"_s);
        response.setHeader("WWW-Authenticate", "Bearer");
        return response;
    }
    if (!authorization.startsWith("Bearer ")) {
        return managementError(400, u"Bad HTTP authentication header format"_s, u"Bearer"_s);
    }
    const QByteArray token = authorization.mid(7).trimmed();
    const QList<QByteArray> parts = token.split('.');
    auto invalidToken = [] {
        HttpResponse response = managementJson(401, QJsonObject());
        response.body
                = orderedJson({{u"statusCode"_s, 401},
                               {u"error"_s, u"Unauthorized"_s},
                               {u"message"_s, u"Invalid token"_s},
                               {u"attributes"_s, QJsonObject{{u"error"_s, u"Invalid token"_s}}}});
        return response;
    };
    if (parts.size() != 3)
        return invalidToken();
    const QJsonObject payload
            = QJsonDocument::fromJson(
                      QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding))
                      .object();
    if (payload.isEmpty())
        return invalidToken();
    if (!m_signer->verify(parts.at(0) + '.' + parts.at(1),
                          QByteArray::fromBase64(parts.at(2), QByteArray::Base64UrlEncoding))) {
        return managementError(401, u"Invalid signature received for JSON Web Token validation."_s);
    }
    if (payload.value(u"exp"_s).toInteger() <= QDateTime::currentSecsSinceEpoch())
        return managementError(401, u"Expired token received for JSON Web Token validation"_s);
    if (payload.value(u"aud"_s).toString() != audience())
        return managementError(401, u"Bad audience: "_s + payload.value(u"aud"_s).toString());
    // A token issued through one domain is good only on that domain.
    if (payload.value(u"iss"_s).toString() != u"https://"_s + request.host() + u'/')
        return invalidToken();

    TokenClaims claims;
    claims.clientId = payload.value(u"azp"_s).toString();
    claims.scopes = payload.value(u"scope"_s).toString().split(u' ', Qt::SkipEmptyParts);
    claims.jti = payload.value(u"jti"_s).toString();
    m_secretsReturned.clear();

    HttpResponse response;
    const QList<QByteArray> segments
            = request.rawPath.mid(qsizetype(qstrlen(ManagementPrefix))).split('/');
    if (request.method != "GET" && request.method != "HEAD") {
        response = managementError(404, u"Not Found"_s);
    } else if (segments.size() == 1 && segments.at(0) == "users") {
        response = listUsers(request, claims);
    } else if (segments.size() == 1 && segments.at(0) == "logs") {
        response = searchLogs(request, claims);
    } else if (segments.size() == 1 && segments.at(0) == "users-by-email") {
        response = usersByEmail(request, claims);
    } else if (segments.size() >= 2 && segments.at(0) == "users" && !segments.at(1).isEmpty()) {
        const QString userId = QUrl::fromPercentEncoding(segments.at(1));
        if (segments.size() == 2)
            response = getUser(userId, request, claims);
        // federated-connections-tokensets was removed from Auth0 in July 2026: a 404 like any
        // unknown path.
        else if (segments.size() == 3 && segments.at(2) == "connected-accounts")
            response = connectedAccounts(userId, claims);
        else if (segments.size() == 3 && segments.at(2) == "logs")
            response = userLogs(userId, request, claims);
        else
            response = managementError(404, u"Not Found"_s);
    } else {
        response = managementError(404, u"Not Found"_s);
    }
    if (response.status == 200 && request.method == "GET")
        logSecretReads(request, claims);
    m_secretsReturned.clear();
    // Real tenants send the rate-limit headers on successful Management API responses only.
    if (response.status >= 200 && response.status < 300) {
        for (const auto &[name, value] : std::as_const(rate.headers))
            response.setHeader(name, value);
    }
    return response;
}

QString FakeTenant::verifyClientAssertion(const QByteArray &assertion, const QString &clientIdParam,
                                          QString *error)
{
    // Auth0 documents the rules (authenticate-with-private-key-jwt.mdx) but not its error texts
    // for each: these are the fake's own, under RFC 6749's invalid_client.
    const QList<QByteArray> parts = assertion.split('.');
    if (parts.size() != 3 || assertion.size() > 2048) {
        *error = u"The client assertion is not a JWT of at most 2048 bytes"_s;
        return {};
    }
    const auto decode = [](const QByteArray &part) {
        return QJsonDocument::fromJson(
                       QByteArray::fromBase64(part,
                                              QByteArray::Base64UrlEncoding
                                                      | QByteArray::OmitTrailingEquals))
                .object();
    };
    const QJsonObject header = decode(parts.at(0));
    const QJsonObject claims = decode(parts.at(1));
    const QString issuer = claims.value(u"iss"_s).toString();
    if (issuer.isEmpty() || claims.value(u"sub"_s).toString() != issuer
        || (!clientIdParam.isEmpty() && clientIdParam != issuer)) {
        *error = u"The client assertion's iss and sub must both be the client ID"_s;
        return {};
    }
    const auto client = m_clients.constFind(issuer);
    if (client == m_clients.constEnd()) {
        *error = u"Unknown client in the client assertion"_s;
        return {};
    }
    if (client->keys.isEmpty()) {
        *error = u"The client is not configured for Private Key JWT authentication"_s;
        return {};
    }
    const QString algorithm = header.value(u"alg"_s).toString();
    const QString keyId = header.value(u"kid"_s).toString();
    const KeyCredential *credential = nullptr;
    for (const KeyCredential &key : client->keys) {
        if (keyId.isEmpty() || key.keyId == keyId) {
            credential = &key;
            break;
        }
    }
    if (!credential) {
        *error = u"No credential of the client has the kid %1"_s.arg(keyId);
        return {};
    }
    if (algorithm != credential->algorithm) {
        *error = u"The client assertion's alg %1 does not match the credential's %2"_s.arg(
                algorithm, credential->algorithm);
        return {};
    }
    if (!FakeAuth0::verifyRsa(credential->publicKeyPem, algorithm, parts.at(0) + '.' + parts.at(1),
                              QByteArray::fromBase64(parts.at(2),
                                                     QByteArray::Base64UrlEncoding
                                                             | QByteArray::OmitTrailingEquals))) {
        *error = u"Invalid signature on the client assertion"_s;
        return {};
    }
    const QJsonValue aud = claims.value(u"aud"_s);
    if (!aud.isString()) {
        *error = u"The client assertion's aud must be a single string"_s;
        return {};
    }
    const QString expectedAudience = baseUrl().toString() + u'/';
    if (aud.toString() != expectedAudience) {
        *error = u"Invalid audience in the client assertion: expected %1"_s.arg(expectedAudience);
        return {};
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    constexpr qint64 Skew = 10;
    const QJsonValue exp = claims.value(u"exp"_s);
    if (!exp.isDouble()) {
        *error = u"The client assertion has no exp"_s;
        return {};
    }
    if (qint64(exp.toDouble()) < now - Skew) {
        *error = u"The client assertion has expired"_s;
        return {};
    }
    if (qint64(exp.toDouble()) > now + 300 + Skew) {
        *error = u"The client assertion's exp is more than 5 minutes ahead"_s;
        return {};
    }
    const QString jti = claims.value(u"jti"_s).toString();
    if (jti.isEmpty() || jti.size() > 64) {
        *error = u"The client assertion needs a jti of at most 64 characters"_s;
        return {};
    }
    if (m_usedAssertionIds.contains(issuer + u'\n' + jti)) {
        *error = u"The client assertion's jti has been used before"_s;
        return {};
    }
    m_usedAssertionIds.insert(issuer + u'\n' + jti);
    return issuer;
}

QJsonObject FakeTenant::presentUser(const QJsonObject &user, const TokenClaims &claims) const
{
    if (claims.has(ReadIdpTokens)) {
        const QJsonArray identities = user.value(u"identities"_s).toArray();
        const bool secrets = std::any_of(identities.begin(), identities.end(), [](const auto &i) {
            const QJsonObject identity = i.toObject();
            return identity.contains(u"access_token"_s) || identity.contains(u"refresh_token"_s)
                    || identity.contains(u"access_token_secret"_s);
        });
        if (secrets) {
            ++m_idpTokenReads;
            QStringList accessed;
            for (const QJsonValue &i : identities) {
                const QJsonObject identity = i.toObject();
                for (const QString &key :
                     {u"access_token"_s, u"refresh_token"_s, u"access_token_secret"_s}) {
                    if (identity.contains(key) && !accessed.contains(key))
                        accessed.append(key);
                }
            }
            m_secretsReturned.append({user.value(u"user_id"_s).toString(), accessed});
        }
        return user;
    }
    QJsonObject out = user;
    QJsonArray identities = out.value(u"identities"_s).toArray();
    for (qsizetype i = 0; i < identities.size(); ++i) {
        QJsonObject identity = identities.at(i).toObject();
        identity.remove(u"access_token"_s);
        identity.remove(u"refresh_token"_s);
        identity.remove(u"access_token_secret"_s);
        identities.replace(i, identity);
    }
    if (out.contains(u"identities"_s))
        out.insert(u"identities"_s, identities);
    return out;
}

HttpResponse FakeTenant::listUsers(const HttpRequest &request, const TokenClaims &claims)
{
    if (!claims.has(ReadUsers))
        return managementError(403, insufficientScope({ReadUsers}), u"insufficient_scope"_s);
    const QUrlQuery &query = request.query;
    const QString engine = query.queryItemValue(u"search_engine"_s, QUrl::FullyDecoded);
    const QString q = query.queryItemValue(u"q"_s, QUrl::FullyDecoded);
    if (engine.isEmpty() || engine == u"v1"_s) {
        if (m_requireSearchEngineV3 || engine == u"v1"_s)
            return managementError(400, u"You are not allowed to use search_engine=v1."_s,
                                   u"operation_not_supported"_s);
    } else if (engine != u"v2"_s && engine != u"v3"_s) {
        return managementError(400,
                               u"Query validation error: 'Invalid value %1' on property "
                               u"search_engine (The version "
                               "of the search engine)."_s.arg(engine),
                               u"invalid_query_string"_s);
    } else if (engine == u"v2"_s) {
        return managementError(400, u"You are not allowed to use search_engine=v2."_s,
                               u"operation_not_supported"_s);
    }

    bool ok = true;
    const QString pageText = query.queryItemValue(u"page"_s);
    const QString perPageText = query.queryItemValue(u"per_page"_s);
    const int page = pageText.isEmpty() ? 0 : pageText.toInt(&ok);
    if (!ok || page < 0) {
        return managementError(400,
                               u"Query validation error: 'Expected type integer but found type "
                               "string' on property page (Page index of the results to return. "
                               "First page is 0.)."_s,
                               u"invalid_query_string"_s);
    }
    const int perPage = perPageText.isEmpty() ? 50 : perPageText.toInt(&ok);
    if (!ok || perPage < 0 || perPage > m_maxPerPage) {
        return managementError(
                400,
                u"Query validation error: 'Value %1 is outside the range 0 to %2' "
                "on property per_page (Number of results per page.)."_s.arg(perPageText)
                        .arg(m_maxPerPage),
                u"invalid_query_string"_s);
    }
    if (qint64(page) * perPage + perPage > 1000) {
        return managementError(
                400,
                u"You can only page through the first 1000 records. See "
                "https://auth0.com/docs/users/search/v3/view-search-results-by-page#limitation."_s);
    }

    QString parseError;
    const LuceneQuery lucene = LuceneQuery::parse(q, &parseError);
    if (!lucene.isValid())
        return managementError(400, u"Bad Request: "_s + parseError, u"invalid_query_string"_s);

    QList<const QJsonObject *> matches;
    for (const QJsonObject &user : std::as_const(m_users)) {
        if (lucene.matches(user))
            matches.append(&user);
    }

    const QString sort = query.queryItemValue(u"sort"_s, QUrl::FullyDecoded);
    if (!sort.isEmpty()) {
        const qsizetype colon = sort.lastIndexOf(u':');
        const QString direction = colon < 0 ? QString() : sort.mid(colon + 1);
        // Auth0's sort is field:1 or field:-1, always with the direction.
        if (colon <= 0 || (direction != u"1"_s && direction != u"-1"_s)) {
            return managementError(400, u"Invalid sort: use field:1 or field:-1"_s,
                                   u"invalid_query_string"_s);
        }
        const QString field = sort.left(colon);
        const bool descending = direction == u"-1"_s;
        if (field.startsWith(u"app_metadata"_s) || field.startsWith(u"user_metadata"_s)) {
            return managementError(400, u"Sorting by metadata is not supported"_s,
                                   u"invalid_query_string"_s);
        }
        std::stable_sort(
                matches.begin(), matches.end(), [&](const QJsonObject *a, const QJsonObject *b) {
                    const QJsonValue va = a->value(field);
                    const QJsonValue vb = b->value(field);
                    // Users without the field come last, whichever the direction.
                    if (va.isUndefined() || vb.isUndefined())
                        return !va.isUndefined() && vb.isUndefined();
                    bool less;
                    if (va.isDouble() && vb.isDouble())
                        less = descending ? va.toDouble() > vb.toDouble()
                                          : va.toDouble() < vb.toDouble();
                    else
                        less = descending ? va.toVariant().toString() > vb.toVariant().toString()
                                          : va.toVariant().toString() < vb.toVariant().toString();
                    return less;
                });
    }

    const QString fields = query.queryItemValue(u"fields"_s, QUrl::FullyDecoded);
    const bool include = parseBool(query.queryItemValue(u"include_fields"_s), true);
    QList<qsizetype> shown;
    const qsizetype start = qsizetype(page) * perPage;
    for (qsizetype i = start; i < matches.size() && i < start + perPage; ++i)
        shown.append(matches.at(i) - m_users.constData());
    const QByteArray users = usersJson(shown, claims, fields, include);

    HttpResponse response = managementJson(200, QJsonObject());
    if (parseBool(query.queryItemValue(u"include_totals"_s), false)) {
        // The key order real tenants send: total comes after users.
        response.body = "{\"start\":" + QByteArray::number(start) + ",\"limit\":"
                + QByteArray::number(perPage) + ",\"length\":" + QByteArray::number(shown.size())
                + ",\"users\":" + users + ",\"total\":" + QByteArray::number(matches.size()) + '}';
    } else {
        response.body = users;
    }
    return response;
}

QByteArray FakeTenant::usersJson(const QList<qsizetype> &indexes, const TokenClaims &claims,
                                 const QString &fields, bool include) const
{
    QByteArray out = "[";
    for (qsizetype index : indexes) {
        if (out.size() > 1)
            out += ',';
        writeOrdered(out, projectFields(presentUser(m_users.at(index), claims), fields, include),
                     m_userKeyOrders.at(index), QString());
    }
    return out + ']';
}

HttpResponse FakeTenant::usersByEmail(const HttpRequest &request, const TokenClaims &claims)
{
    if (!claims.has(ReadUsers))
        return managementError(403, insufficientScope({ReadUsers}), u"insufficient_scope"_s);
    const QString email = request.query.queryItemValue(u"email"_s, QUrl::FullyDecoded);
    if (email.isEmpty()) {
        return managementError(400,
                               u"Query validation error: 'Missing required property: email' on "
                               "property email (Email address to search for (case-sensitive))."_s,
                               u"invalid_query_string"_s);
    }
    const QString fields = request.query.queryItemValue(u"fields"_s, QUrl::FullyDecoded);
    const bool include = parseBool(request.query.queryItemValue(u"include_fields"_s), true);
    QList<qsizetype> found;
    for (qsizetype i = 0; i < m_users.size(); ++i) {
        if (m_users.at(i).value(u"email"_s).toString() == email)
            found.append(i);
    }
    HttpResponse response = managementJson(200, QJsonObject());
    response.body = usersJson(found, claims, fields, include);
    return response;
}

HttpResponse FakeTenant::getUser(const QString &userId, const HttpRequest &request,
                                 const TokenClaims &claims)
{
    if (!claims.hasAny({ReadUsers, ReadCurrentUser, ReadIdpTokens})) {
        return managementError(403, insufficientScope({ReadUsers, ReadCurrentUser, ReadIdpTokens}),
                               u"insufficient_scope"_s);
    }
    const qsizetype index = m_userIndex.value(userId, -1);
    if (index < 0)
        return managementError(404, u"The user does not exist."_s, u"inexistent_user"_s);
    const QString fields = request.query.queryItemValue(u"fields"_s, QUrl::FullyDecoded);
    const bool include = parseBool(request.query.queryItemValue(u"include_fields"_s), true);
    HttpResponse response = managementJson(200, QJsonObject());
    response.body = usersJson({index}, claims, fields, include).mid(1).chopped(1);
    return response;
}

HttpResponse FakeTenant::connectedAccounts(const QString &userId, const TokenClaims &claims)
{
    if (!claims.has(ReadUsers))
        return managementError(403, insufficientScope({ReadUsers}), u"insufficient_scope"_s);
    if (!m_userIndex.contains(userId))
        return managementError(404, u"The user does not exist."_s, u"inexistent_user"_s);
    return managementJson(
            200, QJsonObject{{u"connected_accounts"_s, m_connectedAccounts.value(userId)}});
}

void FakeTenant::logSecretReads(const HttpRequest &request, const TokenClaims &claims)
{
    if (m_secretsReturned.isEmpty())
        return;
    QJsonObject query;
    const auto items = request.query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items)
        query.insert(key, value);
    const QString userAgent = QString::fromUtf8(request.header("user-agent"));
    // The Auth0-Client header: base64url JSON with name, version and env.
    const QJsonObject auth0Client
            = QJsonDocument::fromJson(QByteArray::fromBase64(request.header("auth0-client"),
                                                             QByteArray::Base64UrlEncoding))
                      .object();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const auto &[userId, accessed] : std::as_const(m_secretsReturned)) {
        const qsizetype index = m_userIndex.value(userId, -1);
        const QString email
                = index >= 0 ? m_users.at(index).value(u"email"_s).toString() : QString();
        // The shape of Auth0's tenant-logs schema (components.schemas.mgmt_api_read).
        QJsonObject entry{
                {u"date"_s, now},
                {u"type"_s, u"mgmt_api_read"_s},
                {u"description"_s, u"Get a user"_s},
                {u"client_id"_s, claims.clientId},
                {u"client_name"_s, m_clients.value(claims.clientId).name},
                {u"ip"_s, u"127.0.0.1"_s},
                {u"user_agent"_s, userAgent},
                {u"user_id"_s, userId},
                {u"user_name"_s, email},
                {u"tenant_name"_s, u"fake-local"_s},
                {u"environment_name"_s, u"fake-local-1"_s},
                {u"log_id"_s, u"900200%1"_s.arg(m_nextLogId++, 14, 10, QLatin1Char('0'))},
                {u"details"_s,
                 QJsonObject{
                         {u"accessedSecrets"_s, QJsonArray::fromStringList(accessed)},
                         {u"request"_s,
                          QJsonObject{{u"method"_s, QString::fromLatin1(request.method).toLower()},
                                      {u"path"_s, request.path},
                                      {u"query"_s, query},
                                      {u"userAgent"_s, userAgent},
                                      {u"ip"_s, u"127.0.0.1"_s},
                                      {u"channel"_s, u"api"_s},
                                      {u"auth"_s,
                                       QJsonObject{{u"user"_s, QJsonObject()},
                                                   {u"strategy"_s, u"jwt"_s},
                                                   {u"credentials"_s,
                                                    QJsonObject{{u"jti"_s, claims.jti}}}}}}},
                         {u"response"_s,
                          QJsonObject{{u"statusCode"_s, 200}, {u"body"_s, QJsonObject()}}}}}};
        if (!auth0Client.isEmpty())
            entry.insert(u"auth0_client"_s, auth0Client);
        m_logs.append(entry);
    }
}

HttpResponse FakeTenant::logsPage(QList<QJsonObject> entries, const HttpRequest &request)
{
    const QUrlQuery &query = request.query;
    const QString sort = query.queryItemValue(u"sort"_s, QUrl::FullyDecoded);
    if (!sort.isEmpty() && sort != u"date:1"_s && sort != u"date:-1"_s) {
        return managementError(400,
                               u"Query validation error: 'String does not match pattern "
                               "^(([a-zA-Z0-9_\\.]+))\\:(1|-1)$: %1' on property sort "
                               "(Field to sort by. Use `fieldname:1` for ascending order and "
                               "`fieldname:-1` for descending.)."_s.arg(sort),
                               u"invalid_query_string"_s);
    }
    // Newest first unless asked otherwise; the entries are kept oldest first.
    if (sort != u"date:1"_s)
        std::reverse(entries.begin(), entries.end());
    const int page = qMax(0, query.queryItemValue(u"page"_s).toInt());
    const QString perPageText = query.queryItemValue(u"per_page"_s);
    const int perPage = perPageText.isEmpty() ? 50 : perPageText.toInt();
    if (perPage < 1 || perPage > 100) {
        return managementError(400,
                               u"Query validation error: 'Value %1 is outside the range 0 to "
                               "100' on property per_page."_s.arg(perPageText),
                               u"invalid_query_string"_s);
    }
    const qsizetype start = qsizetype(page) * perPage;
    QJsonArray shown;
    for (qsizetype i = start; i < entries.size() && i < start + perPage; ++i)
        shown.append(entries.at(i));
    if (parseBool(query.queryItemValue(u"include_totals"_s), false)) {
        return managementJson(200,
                              QJsonObject{{u"start"_s, start},
                                          {u"limit"_s, perPage},
                                          {u"length"_s, shown.size()},
                                          {u"total"_s, entries.size()},
                                          {u"logs"_s, shown}});
    }
    HttpResponse response = managementJson(200, QJsonObject());
    response.body = QJsonDocument(shown).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse FakeTenant::userLogs(const QString &userId, const HttpRequest &request,
                                  const TokenClaims &claims)
{
    if (!claims.has(ReadLogs))
        return managementError(403, insufficientScope({ReadLogs}), u"insufficient_scope"_s);
    if (!m_userIndex.contains(userId))
        return managementError(404, u"The user does not exist."_s, u"inexistent_user"_s);
    QList<QJsonObject> entries;
    for (const QJsonObject &entry : std::as_const(m_logs)) {
        if (entry.value(u"user_id"_s).toString() == userId)
            entries.append(entry);
    }
    return logsPage(entries, request);
}

HttpResponse FakeTenant::searchLogs(const HttpRequest &request, const TokenClaims &claims)
{
    if (!claims.has(ReadLogs))
        return managementError(403, insufficientScope({ReadLogs}), u"insufficient_scope"_s);
    QString error;
    const LuceneQuery q
            = LuceneQuery::parse(request.query.queryItemValue(u"q"_s, QUrl::FullyDecoded), &error);
    if (!q.isValid())
        return managementError(400, u"Invalid query: "_s + error, u"invalid_query_string"_s);
    QList<QJsonObject> entries;
    for (const QJsonObject &entry : std::as_const(m_logs)) {
        if (q.matches(entry))
            entries.append(entry);
    }
    return logsPage(entries, request);
}

// Control endpoints for a standalone run, so a script can inject faults and read counters.
HttpResponse FakeTenant::adminEndpoint(const HttpRequest &request)
{
    auto ok = [](const QJsonObject &body) {
        HttpResponse response;
        response.setHeader("Content-Type", "application/json");
        response.body = toJson(body);
        return response;
    };
    if (request.path == u"/__fake/stats"_s && request.method == "GET") {
        QJsonObject counts;
        for (auto it = m_requestCounts.begin(); it != m_requestCounts.end(); ++it)
            counts.insert(it.key(), it.value());
        return ok({{u"tokens_issued"_s, m_tokensIssued},
                   {u"requests"_s, counts},
                   {u"users"_s, userCount()}});
    }
    if (request.path == u"/__fake/faults"_s && request.method == "DELETE") {
        clearFaults();
        return ok({{u"faults"_s, 0}});
    }
    if (request.path == u"/__fake/faults"_s && request.method == "POST") {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        static const QHash<QString, Fault::Kind> kinds{
                {u"latency"_s, Fault::Kind::Latency},
                {u"server_error"_s, Fault::Kind::ServerError},
                {u"drop"_s, Fault::Kind::Drop},
                {u"truncate"_s, Fault::Kind::Truncate},
                {u"invalid_json"_s, Fault::Kind::InvalidJson},
                {u"trickle"_s, Fault::Kind::Trickle},
                {u"redirect"_s, Fault::Kind::Redirect},
                {u"search_timeout"_s, Fault::Kind::SearchTimeout}};
        const QString kind = body.value(u"kind"_s).toString();
        if (!kinds.contains(kind))
            return managementError(400, u"Unknown fault kind"_s);
        Fault fault;
        fault.kind = kinds.value(kind);
        fault.pathPrefix = body.value(u"path"_s).toString();
        fault.count = body.value(u"count"_s).toInt(-1);
        // Auth0 stops a search after 2 s.
        fault.latencyMs
                = body.value(u"ms"_s).toInt(fault.kind == Fault::Kind::SearchTimeout ? 2000 : 0);
        fault.status = body.value(u"status"_s).toInt(503);
        fault.trickleBytes = body.value(u"bytes"_s).toInt(16);
        fault.trickleIntervalMs = body.value(u"interval_ms"_s).toInt(50);
        if (body.contains(u"location"_s))
            fault.location = body.value(u"location"_s).toString();
        addFault(fault);
        return ok({{u"faults"_s, int(m_faults.size())}});
    }
    if (request.path == u"/__fake/reset"_s && request.method == "POST") {
        resetCounters();
        clearFaults();
        return ok({{u"reset"_s, true}});
    }
    return managementError(404, u"Not Found"_s);
}

} // namespace FakeAuth0
