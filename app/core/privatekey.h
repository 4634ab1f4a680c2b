#pragma once

#include "secretbytes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

/**
 * RSA keys for Private Key JWT client authentication, with OpenSSL 3's libcrypto (Qt cannot sign
 * with RSA). Private keys travel as unencrypted PKCS#8 PEM in SecretBytes, from and to the
 * keychain only; OpenSSL's own copies are freed with its key objects, which clear them.
 */
namespace PrivateKey {

/** The algorithms Auth0 accepts for an assertion. */
QStringList algorithms();
constexpr int MinimumBits = 2048;
constexpr int MaximumBits = 4096;

struct Result
{
    SecretBytes pem;      ///< PKCS#8 PEM, unencrypted
    QByteArray publicPem; ///< SubjectPublicKeyInfo PEM, to upload in the Auth0 Dashboard
    int bits = 0;
    QString error; ///< empty on success
    bool needsPassphrase = false;
};

/** A new RSA key pair of 2048, 3072 or 4096 bits. */
Result generate(int bits);
/**
 * Reads a PEM private key: PKCS#1 ("RSA PRIVATE KEY") or PKCS#8, plain or encrypted. An
 * encrypted one without a passphrase sets needsPassphrase; a wrong passphrase is an error.
 */
Result import(const QByteArray &pem, const QByteArray &passphrase = {});

struct AssertionClaims
{
    QString clientId;
    QString audience; ///< https://{canonical tenant domain}/
    qint64 issuedAt = 0;
    int lifetimeSeconds = 60;
    QString jti; ///< empty: a new random UUID
};

/**
 * A client assertion signed with the key: header alg (RS256, RS384 or PS256) and kid when given;
 * claims iss and sub the client ID, aud, iat, exp, jti. Empty with error set when it cannot be
 * signed.
 */
QByteArray signAssertion(const SecretBytes &pem, const QString &algorithm, const QString &keyId,
                         const AssertionClaims &claims, QString *error);

} // namespace PrivateKey
