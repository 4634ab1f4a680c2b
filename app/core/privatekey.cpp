#include "privatekey.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <memory>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PrivateKey", text);
}

struct BioFree
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct KeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
using Bio = std::unique_ptr<BIO, BioFree>;
using Key = std::unique_ptr<EVP_PKEY, KeyFree>;

// Memory BIOs clear their buffer when freed (BUF_MEM_free), so a PEM written here leaves nothing.
QByteArray drain(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return length > 0 ? QByteArray(data, length) : QByteArray();
}

PrivateKey::Result fromKey(EVP_PKEY *key)
{
    PrivateKey::Result result;
    if (EVP_PKEY_get_base_id(key) != EVP_PKEY_RSA) {
        result.error = tr("Auth0 takes RSA keys only; this is another kind of key.");
        return result;
    }
    result.bits = EVP_PKEY_get_bits(key);
    if (result.bits < PrivateKey::MinimumBits || result.bits > PrivateKey::MaximumBits) {
        result.error = tr("Auth0 takes RSA keys of 2048 to 4096 bits; this one has %1.")
                               .arg(result.bits);
        return result;
    }
    Bio privateOut(BIO_new(BIO_s_mem()));
    Bio publicOut(BIO_new(BIO_s_mem()));
    if (!privateOut || !publicOut
        || PEM_write_bio_PrivateKey(privateOut.get(), key, nullptr, nullptr, 0, nullptr, nullptr)
                != 1
        || PEM_write_bio_PUBKEY(publicOut.get(), key) != 1) {
        result.error = tr("The key could not be written as PEM.");
        return result;
    }
    result.pem = SecretBytes(drain(privateOut.get()));
    result.publicPem = drain(publicOut.get());
    return result;
}

struct Passphrase
{
    const QByteArray *value;
    bool asked = false;
};

int passphraseCallback(char *buffer, int size, int, void *userData)
{
    auto *passphrase = static_cast<Passphrase *>(userData);
    passphrase->asked = true;
    if (passphrase->value->isEmpty() || passphrase->value->size() > size)
        return -1;
    memcpy(buffer, passphrase->value->constData(), size_t(passphrase->value->size()));
    return int(passphrase->value->size());
}

Key readKey(const SecretBytes &pem)
{
    Bio in(BIO_new_mem_buf(pem.reveal().constData(), int(pem.size())));
    if (!in)
        return {};
    return Key(PEM_read_bio_PrivateKey(in.get(), nullptr, nullptr, const_cast<char *>("")));
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

QStringList PrivateKey::algorithms()
{
    return {u"RS256"_s, u"RS384"_s, u"PS256"_s};
}

PrivateKey::Result PrivateKey::generate(int bits)
{
    if (bits != 2048 && bits != 3072 && bits != 4096) {
        Result result;
        result.error = tr("Choose 2048, 3072 or 4096 bits.");
        return result;
    }
    Key key(EVP_RSA_gen(static_cast<unsigned int>(bits)));
    if (!key) {
        Result result;
        result.error = tr("OpenSSL could not generate the key.");
        return result;
    }
    return fromKey(key.get());
}

PrivateKey::Result PrivateKey::import(const QByteArray &pem, const QByteArray &passphrase)
{
    Result result;
    if (pem.size() > 64 * 1024 || !pem.contains("-----BEGIN")) {
        result.error = tr("This is not a PEM private key (it starts with -----BEGIN).");
        return result;
    }
    if (pem.contains("-----BEGIN PUBLIC KEY") || pem.contains("-----BEGIN CERTIFICATE")) {
        if (!pem.contains("PRIVATE KEY-----")) {
            result.error = tr("This is a public key or certificate; the app needs the private key "
                              "(upload the public one in the Auth0 Dashboard).");
            return result;
        }
    }
    Bio in(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    Passphrase state{&passphrase};
    ERR_clear_error();
    Key key(PEM_read_bio_PrivateKey(in.get(), nullptr, passphraseCallback, &state));
    ERR_clear_error();
    if (!key) {
        if (state.asked && passphrase.isEmpty()) {
            result.needsPassphrase = true;
            result.error = tr("The key is encrypted: enter its passphrase.");
        } else if (state.asked) {
            result.needsPassphrase = true;
            result.error = tr("The passphrase does not open this key.");
        } else {
            result.error = tr("The PEM could not be read as a private key (PKCS#1 or PKCS#8).");
        }
        return result;
    }
    return fromKey(key.get());
}

QByteArray PrivateKey::signAssertion(const SecretBytes &pem, const QString &algorithm,
                                     const QString &keyId, const AssertionClaims &claims,
                                     QString *error)
{
    const EVP_MD *digest = algorithm == u"RS384"_s ? EVP_sha384() : EVP_sha256();
    const bool pss = algorithm == u"PS256"_s;
    if (!algorithms().contains(algorithm)) {
        *error = tr("Unknown signing algorithm %1: use RS256, RS384 or PS256.").arg(algorithm);
        return {};
    }
    Key key = readKey(pem);
    if (!key) {
        *error = tr("The private key in the keychain could not be read.");
        return {};
    }
    QJsonObject header{{u"alg"_s, algorithm}, {u"typ"_s, u"JWT"_s}};
    if (!keyId.isEmpty())
        header.insert(u"kid"_s, keyId);
    const QString jti = claims.jti.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                             : claims.jti;
    const QJsonObject payload{{u"iss"_s, claims.clientId},
                              {u"sub"_s, claims.clientId},
                              {u"aud"_s, claims.audience},
                              {u"iat"_s, claims.issuedAt},
                              {u"exp"_s, claims.issuedAt + claims.lifetimeSeconds},
                              {u"jti"_s, jti}};
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact))
            + '.' + base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));

    std::unique_ptr<EVP_MD_CTX, MdCtxFree> context(EVP_MD_CTX_new());
    EVP_PKEY_CTX *keyContext = nullptr;
    size_t length = 0;
    bool ok = context
            && EVP_DigestSignInit(context.get(), &keyContext, digest, nullptr, key.get()) == 1;
    if (ok && pss) {
        ok = EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) == 1
                && EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, RSA_PSS_SALTLEN_DIGEST) == 1;
    }
    ok = ok
            && EVP_DigestSign(context.get(), nullptr, &length,
                              reinterpret_cast<const unsigned char *>(signingInput.constData()),
                              size_t(signingInput.size()))
                    == 1;
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    ok = ok
            && EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()),
                              &length,
                              reinterpret_cast<const unsigned char *>(signingInput.constData()),
                              size_t(signingInput.size()))
                    == 1;
    ERR_clear_error();
    if (!ok) {
        *error = tr("OpenSSL could not sign the client assertion.");
        return {};
    }
    signature.resize(qsizetype(length));
    return signingInput + '.' + base64Url(signature);
}
