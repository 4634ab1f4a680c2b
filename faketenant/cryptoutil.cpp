#include "cryptoutil.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace FakeAuth0 {

namespace {

struct PkeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct X509Deleter
{
    void operator()(X509 *cert) const { X509_free(cert); }
};
struct BioDeleter
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyDeleter>;
using Cert = std::unique_ptr<X509, X509Deleter>;
using Bio = std::unique_ptr<BIO, BioDeleter>;

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

QByteArray certificatePem(X509 *cert)
{
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    return bioContents(bio.get());
}

QByteArray privateKeyPem(EVP_PKEY *key)
{
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    return bioContents(bio.get());
}

Pkey ecKey()
{
    return Pkey(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

Cert makeCertificate(EVP_PKEY *key, const char *commonName, X509 *issuerCert, EVP_PKEY *issuerKey,
                     long serial, const TlsOptions &options = {})
{
    Cert cert(X509_new());
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), serial);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), options.validFromSeconds);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), options.validToSeconds);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("Fake Auth0 Tenant"), -1, -1,
                               0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>(commonName), -1, -1, 0);
    X509 *issuer = issuerCert ? issuerCert : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(issuer));
    if (!issuerCert) {
        addExtension(cert.get(), issuer, NID_basic_constraints, "critical,CA:TRUE,pathlen:0");
        addExtension(cert.get(), issuer, NID_key_usage, "critical,keyCertSign,cRLSign");
        addExtension(cert.get(), issuer, NID_subject_key_identifier, "hash");
    } else {
        addExtension(cert.get(), issuer, NID_basic_constraints, "critical,CA:FALSE");
        addExtension(cert.get(), issuer, NID_key_usage, "critical,digitalSignature");
        addExtension(cert.get(), issuer, NID_ext_key_usage, "serverAuth");
        addExtension(cert.get(), issuer, NID_subject_alt_name, options.subjectAltNames.constData());
        addExtension(cert.get(), issuer, NID_authority_key_identifier, "keyid");
    }
    if (X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256()) == 0)
        return nullptr;
    return cert;
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

TlsMaterial createTlsMaterial(QString *error, const TlsOptions &options)
{
    TlsMaterial material;
    Pkey caKey = ecKey();
    Pkey serverKey = ecKey();
    if (!caKey || !serverKey) {
        if (error)
            *error = u"could not generate TLS keys"_s;
        return material;
    }
    const auto serialBase = static_cast<long>(QDateTime::currentSecsSinceEpoch() & 0xffffff);
    Cert ca = makeCertificate(caKey.get(), "Fake Auth0 Tenant throw-away CA", nullptr, nullptr,
                              serialBase * 2);
    if (!ca) {
        if (error)
            *error = u"could not sign the CA certificate"_s;
        return material;
    }
    Cert server = makeCertificate(serverKey.get(), options.commonName.constData(), ca.get(),
                                  caKey.get(), serialBase * 2 + 1, options);
    if (!server) {
        if (error)
            *error = u"could not sign the server certificate"_s;
        return material;
    }
    material.caCertificatePem = certificatePem(ca.get());
    material.serverCertificatePem = certificatePem(server.get());
    material.serverKeyPem = privateKeyPem(serverKey.get());
    return material;
}

struct TokenSigner::Key
{
    Pkey pkey;
};

TokenSigner::TokenSigner()
    : m_key(std::make_unique<Key>())
{
    m_key->pkey.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048)));
    if (m_key->pkey) {
        unsigned char *der = nullptr;
        const int length = i2d_PUBKEY(m_key->pkey.get(), &der);
        const QByteArray spki(reinterpret_cast<const char *>(der), length);
        OPENSSL_free(der);
        m_keyId = QString::fromLatin1(
                base64Url(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).left(16)));
    }
}

TokenSigner::~TokenSigner() = default;

bool TokenSigner::isValid() const
{
    return m_key && m_key->pkey;
}

QByteArray TokenSigner::sign(const QByteArray &data) const
{
    if (!isValid())
        return {};
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    size_t length = 0;
    if (EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_key->pkey.get()) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &length,
                          reinterpret_cast<const unsigned char *>(data.constData()),
                          size_t(data.size()))
                != 1)
        return {};
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       size_t(data.size()))
        != 1)
        return {};
    signature.truncate(qsizetype(length));
    return signature;
}

bool TokenSigner::verify(const QByteArray &data, const QByteArray &signature) const
{
    if (!isValid())
        return false;
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    return EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_key->pkey.get()) == 1
            && EVP_DigestVerify(ctx.get(),
                                reinterpret_cast<const unsigned char *>(signature.constData()),
                                size_t(signature.size()),
                                reinterpret_cast<const unsigned char *>(data.constData()),
                                size_t(data.size()))
            == 1;
}

QByteArray TokenSigner::jwks() const
{
    if (!isValid())
        return {};
    BIGNUM *n = nullptr;
    BIGNUM *e = nullptr;
    EVP_PKEY_get_bn_param(m_key->pkey.get(), OSSL_PKEY_PARAM_RSA_N, &n);
    EVP_PKEY_get_bn_param(m_key->pkey.get(), OSSL_PKEY_PARAM_RSA_E, &e);
    auto bytes = [](const BIGNUM *bn) {
        QByteArray out(BN_num_bytes(bn), Qt::Uninitialized);
        BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
        return base64Url(out);
    };
    const QJsonObject key{{u"kty"_s, u"RSA"_s},
                          {u"use"_s, u"sig"_s},
                          {u"alg"_s, u"RS256"_s},
                          {u"kid"_s, m_keyId},
                          {u"n"_s, QString::fromLatin1(bytes(n))},
                          {u"e"_s, QString::fromLatin1(bytes(e))}};
    BN_free(n);
    BN_free(e);
    return QJsonDocument(QJsonObject{{u"keys"_s, QJsonArray{key}}}).toJson(QJsonDocument::Compact);
}

bool verifyRsa(const QByteArray &publicKeyPem, const QString &algorithm, const QByteArray &data,
               const QByteArray &signature)
{
    BIO *bio = BIO_new_mem_buf(publicKeyPem.constData(), int(publicKeyPem.size()));
    EVP_PKEY *key = bio ? PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr) : nullptr;
    BIO_free(bio);
    if (!key || EVP_PKEY_get_base_id(key) != EVP_PKEY_RSA) {
        EVP_PKEY_free(key);
        return false;
    }
    const EVP_MD *digest = algorithm == u"RS384"_s ? EVP_sha384() : EVP_sha256();
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    EVP_PKEY_CTX *keyContext = nullptr;
    bool ok = context && EVP_DigestVerifyInit(context, &keyContext, digest, nullptr, key) == 1;
    if (ok && algorithm == u"PS256"_s)
        ok = EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) == 1
                && EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, RSA_PSS_SALTLEN_DIGEST) == 1;
    ok = ok
            && EVP_DigestVerify(context,
                                reinterpret_cast<const unsigned char *>(signature.constData()),
                                size_t(signature.size()),
                                reinterpret_cast<const unsigned char *>(data.constData()),
                                size_t(data.size()))
                    == 1;
    EVP_MD_CTX_free(context);
    EVP_PKEY_free(key);
    ERR_clear_error();
    return ok;
}

} // namespace FakeAuth0
