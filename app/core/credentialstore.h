#pragma once

#include "secretbytes.h"

#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

/**
 * One keychain operation in flight. Emits finished() exactly once, from the event loop; the
 * receiver deletes it with deleteLater().
 */
class KeychainRequest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainRequest)

public:
    enum class Error {
        None,
        NotFound,     ///< no entry under that key
        AccessDenied, ///< the keychain is locked or the user refused access
        NoBackend,    ///< no Secret Service, KWallet, Keychain or Credential Manager to talk to
        Other,
    };
    Q_ENUM(Error)

    explicit KeychainRequest(QObject *parent = nullptr);
    ~KeychainRequest() override;

    Error error() const { return m_error; }
    /** What went wrong, in words an admin can act on. Never contains the secret. */
    QString errorString() const { return m_errorString; }
    /** For a read: the secret, handed over once. */
    SecretBytes takeSecret() { return std::move(m_secret); }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished();

private:
    friend class CredentialStore;
    void finish(Error error, const QString &message);

    Error m_error = Error::None;
    QString m_errorString;
    SecretBytes m_secret;
    bool m_finished = false;
};

/**
 * Client secrets in the operating system's keychain through QtKeychain: Secret Service or KWallet
 * on Linux, Keychain on macOS, Credential Manager on Windows. There is no plaintext fallback.
 */
class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    explicit CredentialStore(const QString &service, QObject *parent = nullptr);

    QString service() const { return m_service; }
    /** A name for the backend in use, for messages such as "stored in the Secret Service". */
    static QString backendName();

    KeychainRequest *writeSecret(const QString &key, const SecretBytes &secret);
    KeychainRequest *readSecret(const QString &key);
    KeychainRequest *removeSecret(const QString &key);
    /**
     * Checks the keychain can really be used: writes, reads back and deletes a canary entry. A read
     * alone is not enough: with a locked or missing collection, libsecret reports "not found".
     */
    KeychainRequest *probe();

    static KeychainRequest::Error classify(int keychainError, const QString &message);
    static QString describe(KeychainRequest::Error error, const QString &detail);

private:
    void finishFromJob(KeychainRequest *request, QKeychain::Job *job);

    QString m_service;
};
