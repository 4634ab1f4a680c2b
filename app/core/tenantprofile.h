#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

/** One Auth0 tenant the app talks to. Holds no secret: that lives in the keychain. */
struct TenantProfile
{
    Q_DECLARE_TR_FUNCTIONS(TenantProfile)

public:
    enum class Environment { Development, Staging, Production };
    /**
     * What the profile's Management API token may read: identities only (read:users), or
     * identities and their IdP tokens (read:users and read:user_idp_tokens). Least privilege for
     * staff who only look at linked accounts.
     */
    enum class AccessLevel { IdentitiesOnly, IdentitiesAndTokens };
    /**
     * How the machine-to-machine application proves itself: with its client secret, or with a
     * private key that signs a fresh client assertion for every token request (Private Key JWT).
     * Either lives in the keychain entry of the profile.
     */
    enum class AuthMethod { ClientSecret, PrivateKeyJwt };

    QString id; ///< stable key
    QString name;
    QString domain;   ///< the host the app calls: tenant or custom domain, port only on loopback
    QString audience; ///< empty: https://{domain}/api/v2/
    QString clientId;
    Environment environment = Environment::Development;
    AccessLevel accessLevel = AccessLevel::IdentitiesAndTokens;
    AuthMethod authMethod = AuthMethod::ClientSecret;
    QString signingAlgorithm = QStringLiteral("RS256"); ///< Private Key JWT: RS256, RS384, PS256
    QString keyId;                                      ///< Private Key JWT: optional kid
    QString caCertificateFile; ///< extra CA to trust, e.g. a TLS-inspecting proxy's
    bool plainHttp = false;    ///< a local tenant without TLS: allowed for loopback hosts only
    bool sessionOnly = false;  ///< the demo tenant and the like: never saved, secret in memory only
    /**
     * Where provider checks go instead of Google, GitHub and Microsoft: the demo's and the tests'
     * fake providers. Https on a loopback host only; never saved.
     */
    QUrl providerOverride;
    bool hasStoredSecret = false; ///< a secret was written to the keychain for this profile
    /**
     * The keychain entry it was written to (CredentialStore::Entry). Both empty for one written by
     * an older version: under the store's own service, with the profile id as key.
     */
    QString keychainService;
    QString keychainAccount;

    QUrl baseUrl() const;
    QString effectiveAudience() const;
    static QString defaultAudience(const QString &domain);

    /** What kind of host a domain names. */
    enum class DomainKind { Auth0, PrivateCloud, Custom, Loopback };

    /** A domain as an admin pasted it, cleaned, with what was done to it. */
    struct CleanedDomain
    {
        QString domain;    ///< the host (and port, on loopback only) the app calls
        QStringList notes; ///< what was changed, in words; empty when nothing was
        DomainKind kind = DomainKind::Custom;
    };
    /**
     * Cleans what was pasted into the domain field: https://tenant.eu.auth0.com/, an address with
     * a path (such as the audience), or an Auth0 Dashboard address
     * (https://manage.auth0.com/dashboard/eu/acme/...) become the bare domain.
     */
    static CleanedDomain cleanDomain(const QString &input);
    static DomainKind domainKind(const QString &domain);
    /** For a custom domain: the audience must still name the canonical tenant domain. */
    static bool needsCanonicalAudience(const QString &domain, const QString &audience);

    /** The longest values a real profile has; anything longer is refused. */
    static constexpr int MaxNameLength = 200;
    static constexpr int MaxDomainLength = 253; // a DNS name, plus a port on loopback
    static constexpr int MaxClientIdLength = 128;
    static constexpr int MaxSecretLength = 512;

    static QString validateName(const QString &name);
    static QString validateSecretLength(qsizetype length);
    /** Empty when the domain is acceptable, otherwise what is wrong, in words. */
    static QString validateDomain(const QString &domain);
    static QString validateAudience(const QString &audience);
    static QString validateClientId(const QString &clientId);
    static QString validatePlainHttp(bool plainHttp, const QString &domain);
    /** Every problem of the profile, empty when it can be used. */
    QStringList problems() const;

    /** The certificates of a PEM or DER CA file; sets error when there are none. */
    static QList<QSslCertificate> loadCaFile(const QString &path, QString *error);

    static QString environmentName(Environment environment);
    static QString environmentKey(Environment environment);
    static Environment environmentFromKey(const QString &key);
    static QString accessLevelName(AccessLevel level);
    /** The scopes the level needs, for showing. */
    static QStringList accessLevelScopes(AccessLevel level);
    static QString accessLevelKey(AccessLevel level);
    /** Unknown or missing keys (profiles saved by older versions) read as IdentitiesAndTokens. */
    static AccessLevel accessLevelFromKey(const QString &key);
    /** The aud of a client assertion: https://{canonical tenant domain}/, from the audience. */
    QString assertionAudience() const;
    static QString authMethodKey(AuthMethod method);
    static AuthMethod authMethodFromKey(const QString &key);
    bool mayReadTokens() const { return accessLevel == AccessLevel::IdentitiesAndTokens; }
};
