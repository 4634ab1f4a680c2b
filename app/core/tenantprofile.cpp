#include "tenantprofile.h"

#include "httpclient.h"

#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QUrl TenantProfile::baseUrl() const
{
    return QUrl((plainHttp ? u"http://"_s : u"https://"_s) + domain.trimmed());
}

QString TenantProfile::defaultAudience(const QString &domain)
{
    return u"https://"_s + domain.trimmed() + u"/api/v2/"_s;
}

QString TenantProfile::effectiveAudience() const
{
    return audience.trimmed().isEmpty() ? defaultAudience(domain) : audience.trimmed();
}

TenantProfile::DomainKind TenantProfile::domainKind(const QString &input)
{
    const QString domain = input.trimmed().toLower();
    static const QRegularExpression auth0(
            u"^[a-z0-9][a-z0-9-]*(\\.(us|us-3|us-4|us-5|eu|eu-2|au|jp|ca|uk))?\\.auth0\\.com$"_s);
    static const QRegularExpression privateCloud(u"^[a-z0-9.-]+\\.auth0app\\.com$"_s);
    QString host = domain;
    const QRegularExpressionMatch withPort
            = QRegularExpression(u"^(\\[[0-9a-f:]+\\]|[^:]+):(\\d{1,5})$"_s).match(domain);
    if (withPort.hasMatch())
        host = withPort.captured(1).remove(u'[').remove(u']');
    if (HttpClient::isLoopbackHost(host))
        return DomainKind::Loopback;
    if (auth0.match(domain).hasMatch())
        return DomainKind::Auth0;
    if (privateCloud.match(domain).hasMatch())
        return DomainKind::PrivateCloud;
    return DomainKind::Custom;
}

TenantProfile::CleanedDomain TenantProfile::cleanDomain(const QString &input)
{
    CleanedDomain cleaned;
    QString text = input.trimmed();
    if (text.size() > MaxDomainLength * 4) { // far beyond any address: leave it to validation
        cleaned.domain = text;
        return cleaned;
    }
    const QUrl url = QUrl::fromUserInput(text);
    const bool hasScheme = text.contains(u"://"_s);
    if (hasScheme && url.isValid() && !url.host().isEmpty()) {
        const QString host = url.host().toLower();
        // A Dashboard address: https://manage.auth0.com/dashboard/{region}/{tenant}/...
        const QStringList path = url.path().split(u'/', Qt::SkipEmptyParts);
        if ((host == u"manage.auth0.com"_s || host.endsWith(u".manage.auth0.com"_s))
            && path.size() >= 3 && path.at(0) == u"dashboard"_s) {
            const QString region = path.at(1).toLower();
            const QString tenant = path.at(2).toLower();
            cleaned.domain = u"%1.%2.auth0.com"_s.arg(tenant, region);
            cleaned.notes.append(
                    tr("Took the tenant from the Dashboard address: %1.").arg(cleaned.domain));
            if (region == u"us"_s)
                cleaned.notes.append(tr("Older US tenants have no region in their domain "
                                        "(%1.auth0.com): use that if this one does not answer.")
                                             .arg(tenant));
            cleaned.kind = domainKind(cleaned.domain);
            return cleaned;
        }
        cleaned.domain = host;
        if (url.port() > 0)
            cleaned.domain += u':' + QString::number(url.port());
        cleaned.notes.append(tr("Removed %1://.").arg(url.scheme()));
        if (!url.path().isEmpty() && url.path() != u"/"_s)
            cleaned.notes.append(tr("Removed the path %1.").arg(url.path()));
        if (url.hasQuery() || url.hasFragment())
            cleaned.notes.append(tr("Removed what followed the address."));
    } else {
        // No scheme: a trailing slash or path pasted with the domain.
        const qsizetype slash = text.indexOf(u'/');
        cleaned.domain = slash < 0 ? text : text.left(slash);
        if (slash >= 0 && text.size() > slash + 1)
            cleaned.notes.append(tr("Removed the path %1.").arg(text.mid(slash)));
        else if (slash >= 0)
            cleaned.notes.append(tr("Removed the trailing slash."));
        if (cleaned.domain != cleaned.domain.toLower() && !cleaned.domain.contains(u'['))
            cleaned.notes.append(tr("Domains are lower case."));
        cleaned.domain = cleaned.domain.toLower();
    }
    cleaned.kind = domainKind(cleaned.domain);
    return cleaned;
}

bool TenantProfile::needsCanonicalAudience(const QString &domain, const QString &audience)
{
    return domainKind(domain) == DomainKind::Custom && audience.trimmed().isEmpty();
}

QString TenantProfile::validateName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("Give the profile a name.");
    if (name.size() > MaxNameLength)
        return tr("A profile name has at most %1 characters.").arg(MaxNameLength);
    return {};
}

QString TenantProfile::validateSecretLength(qsizetype length)
{
    if (length > MaxSecretLength)
        return tr("A client secret has at most %1 characters; this is not one.")
                .arg(MaxSecretLength);
    return {};
}

QString TenantProfile::validateDomain(const QString &input)
{
    const QString domain = input.trimmed();
    if (domain.isEmpty())
        return tr("Enter the tenant's domain, for example acme.eu.auth0.com.");
    if (domain.size() > MaxDomainLength)
        return tr("A domain has at most %1 characters.").arg(MaxDomainLength);
    if (domain.contains(u"://"_s)) {
        return domain.startsWith(u"https://"_s, Qt::CaseInsensitive)
                ? tr("Enter the domain only, without https://.")
                : tr("Only https is used: enter the domain only, without a scheme.");
    }
    if (domain.contains(u'/') || domain.contains(u'?') || domain.contains(u'#'))
        return tr("Enter the domain only, without a path.");
    if (domain.contains(u'@') || domain.contains(u' '))
        return tr("A domain has no spaces and no @.");
    QString host = domain;
    QString port;
    const QRegularExpressionMatch withPort
            = QRegularExpression(u"^(\\[[0-9a-fA-F:]+\\]|[^:]+):(\\d{1,5})$"_s).match(domain);
    if (withPort.hasMatch()) {
        host = withPort.captured(1);
        port = withPort.captured(2);
        if (host.startsWith(u'['))
            host = host.mid(1, host.size() - 2);
        if (!HttpClient::isLoopbackHost(host))
            return tr("A port is allowed only for a local (loopback) tenant.");
        if (port.toInt() < 1 || port.toInt() > 65535)
            return tr("The port must be between 1 and 65535.");
        return {};
    }
    if (HttpClient::isLoopbackHost(host))
        return {};
    static const QRegularExpression hostName(
            u"^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"_s);
    if (!hostName.match(host).hasMatch())
        return tr("This is not a host name: use letters, digits, hyphens and dots, as in "
                  "acme.eu.auth0.com.");
    return {};
}

QString TenantProfile::validateAudience(const QString &input)
{
    const QString audience = input.trimmed();
    if (audience.isEmpty())
        return {};
    const QUrl url(audience, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"https"_s || url.host().isEmpty())
        return tr(
                "The audience is an https:// address, such as https://acme.eu.auth0.com/api/v2/.");
    if (!audience.endsWith(u"/api/v2/"_s))
        return tr("The Management API audience ends in /api/v2/ (with the trailing slash).");
    return {};
}

QString TenantProfile::validateClientId(const QString &input)
{
    const QString clientId = input.trimmed();
    if (clientId.isEmpty())
        return tr("Enter the Client ID of the Machine to Machine application.");
    if (clientId.contains(u' ') || clientId.contains(u':'))
        return tr("A Client ID has no spaces or colons.");
    if (clientId.size() > MaxClientIdLength)
        return tr("A Client ID has at most %1 characters.").arg(MaxClientIdLength);
    return {};
}

QString TenantProfile::validatePlainHttp(bool plainHttp, const QString &domain)
{
    if (!plainHttp)
        return {};
    QString host = domain.trimmed();
    const qsizetype colon = host.lastIndexOf(u':');
    if (colon > 0 && !host.endsWith(u']'))
        host = host.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (!HttpClient::isLoopbackHost(host))
        return tr("Plain HTTP is allowed only for a tenant on this machine (127.0.0.1, ::1 or "
                  "localhost).");
    return {};
}

QStringList TenantProfile::problems() const
{
    QStringList list;
    for (const QString &problem : {validateName(name), validateDomain(domain),
                                   validateAudience(audience), validateClientId(clientId)}) {
        if (!problem.isEmpty())
            list.append(problem);
    }
    return list;
}

QString TenantProfile::environmentName(Environment environment)
{
    switch (environment) {
    case Environment::Development:
        return tr("Development");
    case Environment::Staging:
        return tr("Staging");
    case Environment::Production:
        return tr("Production");
    }
    return {};
}

QString TenantProfile::environmentKey(Environment environment)
{
    switch (environment) {
    case Environment::Development:
        return u"development"_s;
    case Environment::Staging:
        return u"staging"_s;
    case Environment::Production:
        return u"production"_s;
    }
    return {};
}

TenantProfile::Environment TenantProfile::environmentFromKey(const QString &key)
{
    if (key == u"production"_s)
        return Environment::Production;
    if (key == u"staging"_s)
        return Environment::Staging;
    return Environment::Development;
}

QString TenantProfile::assertionAudience() const
{
    const QUrl url(effectiveAudience());
    return u"https://"_s + url.authority() + u'/';
}

QString TenantProfile::authMethodKey(AuthMethod method)
{
    return method == AuthMethod::PrivateKeyJwt ? u"private-key-jwt"_s : u"client-secret"_s;
}

TenantProfile::AuthMethod TenantProfile::authMethodFromKey(const QString &key)
{
    return key == u"private-key-jwt"_s ? AuthMethod::PrivateKeyJwt : AuthMethod::ClientSecret;
}

QString TenantProfile::accessLevelName(AccessLevel level)
{
    return level == AccessLevel::IdentitiesOnly ? tr("Identities only")
                                                : tr("Identities and tokens");
}

QStringList TenantProfile::accessLevelScopes(AccessLevel level)
{
    if (level == AccessLevel::IdentitiesOnly)
        return {u"read:users"_s};
    return {u"read:users"_s, u"read:user_idp_tokens"_s};
}

QString TenantProfile::accessLevelKey(AccessLevel level)
{
    return level == AccessLevel::IdentitiesOnly ? u"identities"_s : u"identities+idp"_s;
}

TenantProfile::AccessLevel TenantProfile::accessLevelFromKey(const QString &key)
{
    return key == u"identities"_s ? AccessLevel::IdentitiesOnly : AccessLevel::IdentitiesAndTokens;
}

QList<QSslCertificate> TenantProfile::loadCaFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    const QByteArray data = file.readAll();
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(data, QSsl::Der);
    if (certificates.isEmpty() && error)
        *error = tr("%1 holds no PEM or DER certificate.").arg(path);
    return certificates;
}
