#include "apierror.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

ApiError ApiError::make(Kind kind, const QString &message, const QUrl &url)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    error.url = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    return error;
}

ApiError ApiError::fromErrorBody(Kind kind, int status, const QJsonObject &body,
                                 const QString &fallback, const QUrl &url)
{
    ApiError error = make(kind, QString(), url);
    error.httpStatus = status;
    if (body.contains(u"error_description"_s)) {
        error.errorCode = body.value(u"error"_s).toString();
        error.message = body.value(u"error_description"_s).toString();
    } else {
        error.errorCode = body.value(u"errorCode"_s).toString(body.value(u"error"_s).toString());
        error.message = body.value(u"message"_s).toString();
    }
    if (error.message.isEmpty())
        error.message = fallback;
    return error;
}

bool ApiError::isSearchTimeout(int status, const QString &message)
{
    return status == 503 && message.startsWith(u"The query exceeded the timeout"_s);
}

Diagnosis ErrorAdvisor::diagnose(const ApiError &e)
{
    const QString host = e.url.host()
            + (e.url.port() > 0 ? u":"_s + QString::number(e.url.port()) : QString());
    const bool tokenEndpoint = e.url.path() == u"/oauth/token"_s;
    const QString grantPath = tr(
            "Auth0 Dashboard › Applications › APIs › Auth0 Management API › Machine To Machine "
            "Applications");
    switch (e.kind) {
    case ApiError::Kind::None:
        return {};
    case ApiError::Kind::InvalidConfiguration:
        return {tr("The profile is incomplete"), e.message,
                tr("Open the profile and fill in the fields marked in red.")};
    case ApiError::Kind::InsecureUrl:
        return {tr("Refused to send credentials over plain HTTP"), e.message,
                tr("Use the tenant's https:// domain. Plain HTTP is allowed only for a loopback "
                   "address in a profile marked as local.")};
    case ApiError::Kind::HostNotFound:
        return {tr("The host %1 was not found").arg(host), e.message,
                tr("Check the domain's spelling (for example acme.eu.auth0.com or your custom "
                   "domain) and your network or VPN.")};
    case ApiError::Kind::ConnectionFailed:
        return {tr("The connection to %1 failed").arg(host), e.message,
                tr("Check your network, proxy and firewall, then try again.")};
    case ApiError::Kind::Tls: {
        const QString detail = tr("%1\nCertificate subject: %2\nIssued by: %3")
                                       .arg(e.message,
                                            e.certificateSubject.isEmpty() ? tr("(none received)")
                                                                           : e.certificateSubject,
                                            e.certificateIssuer.isEmpty() ? tr("(unknown)")
                                                                          : e.certificateIssuer);
        switch (e.tlsProblem) {
        case ApiError::TlsProblem::NoTls:
            return {tr("%1 does not speak TLS").arg(host), e.message,
                    tr("The address answers without TLS: it may be a plain-HTTP port or a "
                       "service other than Auth0. Check the domain and port in the profile.")};
        case ApiError::TlsProblem::ProtocolVersion:
            return {tr("%1 offers no TLS version the app accepts").arg(host), e.message,
                    tr("The server (or a proxy in the way) only speaks an old TLS version. Auth0 "
                       "speaks TLS 1.2 and 1.3; check the domain, or the proxy.")};
        case ApiError::TlsProblem::Expired:
            return {tr("The TLS certificate of %1 has expired or is not valid yet").arg(host),
                    detail,
                    tr("Check this computer's date and time; if they are right, the server's "
                       "certificate (or a proxy's) must be renewed.")};
        case ApiError::TlsProblem::WrongHost:
            return {tr("The TLS certificate of %1 is for another host").arg(host), detail,
                    tr("The domain in the profile does not match the certificate: check it for "
                       "typos, or whether a proxy answers instead.")};
        case ApiError::TlsProblem::Untrusted:
        case ApiError::TlsProblem::Other:
            break;
        }
        return {tr("The TLS certificate of %1 is not trusted").arg(host), detail,
                tr("If a corporate proxy inspects TLS, add its CA certificate file to the profile. "
                   "Certificate verification is never turned off.")};
    }
    case ApiError::Kind::Timeout:
        return {tr("%1 did not answer in time").arg(host), e.message,
                tr("Check your network or proxy and try again; a slow link may need a longer "
                   "timeout in the settings.")};
    case ApiError::Kind::Cancelled:
        return {tr("The request was cancelled"), e.message, QString()};
    case ApiError::Kind::Redirect:
        return {tr("%1 answered with a redirect").arg(host), e.message,
                tr("Auth0 does not redirect API calls. Check the domain: it may point at a web "
                   "page or a proxy. Tokens are never sent on to another address.")};
    case ApiError::Kind::ResponseTooLarge:
        return {tr("The answer from %1 was too large").arg(host), e.message,
                tr("Narrow the request (fewer results per page), or raise the response size "
                   "limit in the settings.")};
    case ApiError::Kind::MalformedResponse:
        return {tr("%1 sent an answer that could not be read").arg(host), e.message,
                tr("The connection may have dropped mid-way, or the domain does not point at an "
                   "Auth0 tenant. Try again; check the domain if it persists.")};
    case ApiError::Kind::RateLimited: {
        const QString when = e.rateLimitResetAt > 0
                ? QDateTime::fromSecsSinceEpoch(e.rateLimitResetAt)
                          .toLocalTime()
                          .toString(u"HH:mm:ss"_s)
                : QString();
        return {when.isEmpty() ? tr("Auth0's rate limit was reached")
                               : tr("Auth0's rate limit: try again at %1").arg(when),
                e.message,
                when.isEmpty()
                        ? tr("Wait a little and try again. Other tools using the same tenant "
                             "share this limit.")
                        : tr("Wait until %1 and try again. Other tools using the same tenant "
                             "share this limit.")
                                  .arg(when)};
    }
    case ApiError::Kind::Http:
        break;
    }

    // HTTP errors: Auth0's body tells them apart.
    const QString &m = e.message;
    if (tokenEndpoint && e.errorCode == u"invalid_client"_s) {
        // Private Key JWT: what Auth0 found wrong with the client assertion.
        const QString credentials = tr("Auth0 Dashboard › Applications › your M2M application › "
                                       "Credentials");
        if (m.contains(u"signature"_s, Qt::CaseInsensitive))
            return {tr("The private key does not match the public key Auth0 has"), m,
                    tr("Upload this profile's public key (Profiles… › Copy public key) in %1, or "
                       "import the private key that belongs to the uploaded one.")
                            .arg(credentials)};
        if (m.contains(u"expired"_s, Qt::CaseInsensitive)
            || m.contains(u"minutes ahead"_s, Qt::CaseInsensitive))
            return {tr("Auth0 found the client assertion's time wrong"), m,
                    tr("Check this computer's clock: an assertion lives 60 s and Auth0 allows 10 s "
                       "of difference.")};
        if (m.contains(u"audience"_s, Qt::CaseInsensitive) || m.contains(u"aud "_s))
            return {tr("Auth0 refused the client assertion's audience"), m,
                    tr("The assertion names the tenant from the profile's audience; set the "
                       "audience to https://TENANT.REGION.auth0.com/api/v2/ (the canonical "
                       "domain, also with a custom domain).")};
        if (m.contains(u"jti"_s))
            return {tr("Auth0 has seen this client assertion before"), m,
                    tr("Each assertion is used once and the app signs a new one for every "
                       "request: try again. If it repeats, something between this computer and "
                       "Auth0 replays requests.")};
        if (m.contains(u"kid"_s))
            return {tr("Auth0 has no credential with this key ID"), m,
                    tr("Clear the profile's key ID, or set it to the Key ID of the credential in "
                       "%1.")
                            .arg(credentials)};
        if (m.contains(u"alg"_s))
            return {tr("The signing algorithm differs from the credential's"), m,
                    tr("Set the profile's algorithm to the one of the credential in %1.")
                            .arg(credentials)};
        if (m.contains(u"not configured for Private Key JWT"_s, Qt::CaseInsensitive))
            return {tr("The application is not set up for Private Key JWT"), m,
                    tr("In %1, choose Private Key JWT and add this profile's public key "
                       "(Enterprise plans), or use the client secret instead.")
                            .arg(credentials)};
    }
    if (tokenEndpoint) {
        if (e.httpStatus == 401 || e.errorCode == u"invalid_client"_s)
            return {tr("Wrong client ID or client secret"), m,
                    tr("Copy the Client ID and Client Secret again from Auth0 Dashboard › "
                       "Applications › your M2M application › Settings, and save the profile.")};
        if (e.errorCode == u"unauthorized_client"_s)
            return {tr("The application may not use the Client Credentials grant"), m,
                    tr("In Auth0 Dashboard › Applications › your application › Settings › Advanced "
                       "Settings › Grant Types, enable Client Credentials (it must be a Machine to "
                       "Machine application).")};
        if (m.startsWith(u"Client is not authorized to access"_s))
            return {tr("The application is not authorized for the Management API"), m,
                    tr("In %1, authorize this application and tick read:users and "
                       "read:user_idp_tokens.")
                            .arg(grantPath)};
        if (m.startsWith(u"Service not enabled within domain"_s))
            return {tr("Auth0 does not know this audience"), m,
                    tr("The audience must be https://<tenant domain>/api/v2/ with the trailing "
                       "slash. With a custom domain it must still name the tenant's canonical "
                       "domain (for example https://acme.eu.auth0.com/api/v2/).")};
        if (m.startsWith(u"Client has not been granted scopes"_s)) {
            // Auth0 names them after the colon: "…granted scopes: read:user_idp_tokens".
            const QString scopes = m.section(u':', 1).trimmed();
            return {tr("The application was not granted the requested scopes"), m,
                    scopes.isEmpty()
                            ? tr("In %1, expand this application and tick the scopes the app "
                                 "asks for: read:users and read:user_idp_tokens.")
                                      .arg(grantPath)
                            : tr("In %1, expand this application and tick %2.")
                                      .arg(grantPath, scopes)};
        }
        if (m.startsWith(u"No audience parameter"_s))
            return {tr("No audience was sent"), m,
                    tr("Fill in the profile's audience: https://<tenant domain>/api/v2/.")};
    }
    if (e.httpStatus == 403 && e.errorCode == u"insufficient_scope"_s) {
        // Auth0: "Insufficient scope, expected any of: read:users,read:current_user".
        const qsizetype colon = m.indexOf(u':');
        const QString expected
                = colon < 0 ? QString() : m.mid(colon + 1).trimmed().replace(u',', u", "_s);
        return {tr("The Management API token lacks a scope"), m,
                expected.isEmpty()
                        ? tr("In %1, tick the scopes this request needs for this application, then "
                             "test the connection again (a new token is needed to pick them up).")
                                  .arg(grantPath)
                        : tr("In %1, tick one of %2 for this application, then test the "
                             "connection again (a new token is needed to pick them up).")
                                  .arg(grantPath, expected)};
    }
    if (e.httpStatus == 401)
        return {tr("The Management API rejected the token"), m,
                tr("Test the connection again to get a new token. If it keeps failing, check that "
                   "the domain and the audience name the same tenant.")};
    if (e.httpStatus == 404 && e.errorCode == u"inexistent_user"_s)
        return {tr("No user with this ID"), m,
                tr("Check the user ID (it looks like provider|id, for example "
                   "google-oauth2|1234567890), or search by email instead.")};
    if (e.httpStatus == 400 && m.startsWith(u"You can only page through the first 1000"_s))
        return {tr("Auth0 returns at most 1000 search results"), m,
                tr("Narrow the query, for example by connection or email domain.")};
    if (ApiError::isSearchTimeout(e.httpStatus, m))
        return {tr("Auth0 stopped the search: it ran longer than 2 seconds"), m,
                tr("Narrow the query rather than running it again: name a field (email:, name:, "
                   "identities.connection:), avoid a leading wildcard and wide date ranges, or "
                   "search by exact email or user ID.")};
    if (e.httpStatus >= 500)
        return {tr("Auth0 answered with a server error (%1)").arg(e.httpStatus), m,
                tr("Try again in a moment. If it persists, check Auth0's status page.")};
    return {tr("Auth0 answered %1").arg(e.httpStatus), m,
            tr("Check the request; the message above is Auth0's own.")};
}

QString ErrorAdvisor::oneLine(const ApiError &error)
{
    const Diagnosis d = diagnose(error);
    return d.fix.isEmpty() ? d.summary : d.summary + u" — "_s + d.fix;
}
