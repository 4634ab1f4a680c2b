#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

// Key material the fake tenant creates fresh on every start, so no private key is ever committed
// and a CA written with --ca-out is worth nothing once the process ends.
namespace FakeAuth0 {

struct TlsMaterial
{
    QByteArray caCertificatePem;
    QByteArray serverCertificatePem;
    QByteArray serverKeyPem;
};

// How the server certificate is made; the defaults are what the fake tenant uses. Tests make odd
// ones (expired, for another host) to see the client name what is wrong.
struct TlsOptions
{
    QByteArray commonName = "127.0.0.1";
    QByteArray subjectAltNames = "DNS:localhost,IP:127.0.0.1";
    long validFromSeconds = -3600; // relative to now: backdated for clocks a little behind
    long validToSeconds = 60L * 60 * 24 * 30;
};

// A throw-away CA and a server certificate it signs, for 127.0.0.1 and localhost by default.
TlsMaterial createTlsMaterial(QString *error, const TlsOptions &options = {});

// Checks an RS256, RS384 or PS256 signature with an RSA public key (SubjectPublicKeyInfo PEM).
bool verifyRsa(const QByteArray &publicKeyPem, const QString &algorithm, const QByteArray &data,
               const QByteArray &signature);

// An RSA key that signs access tokens with RS256, as Auth0 does.
class TokenSigner final
{
public:
    TokenSigner();
    ~TokenSigner();
    TokenSigner(const TokenSigner &) = delete;
    TokenSigner &operator=(const TokenSigner &) = delete;

    bool isValid() const;
    QString keyId() const { return m_keyId; }
    QByteArray sign(const QByteArray &data) const;
    bool verify(const QByteArray &data, const QByteArray &signature) const;
    // The public key as a JWKS document body.
    QByteArray jwks() const;

private:
    struct Key;
    std::unique_ptr<Key> m_key;
    QString m_keyId;
};

} // namespace FakeAuth0
