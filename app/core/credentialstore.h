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

struct TenantProfile;

/**
 * Client secrets in the operating system's keychain through QtKeychain: Secret Service or KWallet
 * on Linux, Keychain on macOS, Credential Manager on Windows. There is no plaintext fallback.
 *
 * A profile's entry is named so an admin can find it by hand: its service (the label a keyring
 * shows) is "IdP Token Inspector: Production EU (acme.eu.auth0.com)", its key (the account) the
 * client ID. Entries written by older versions sit under the store's own service with the profile
 * id as key; they are still read, and moved (migrateProfile()).
 */
class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    /** Where one secret lives: QtKeychain's service and key. */
    struct Entry
    {
        QString service;
        QString key;
        bool operator==(const Entry &other) const
        {
            return service == other.service && key == other.key;
        }
        bool operator!=(const Entry &other) const { return !(*this == other); }
    };

    /**
     * service: the store's own, for the health check's canary and entries of older versions;
     * labelPrefix: what each profile entry's label starts with (empty: the service).
     */
    explicit CredentialStore(const QString &service, const QString &labelPrefix = {},
                             QObject *parent = nullptr);

    QString service() const { return m_service; }
    QString labelPrefix() const { return m_labelPrefix; }
    /** The entry a profile's secret is written to: named after the profile, its domain and client.
     */
    Entry labelledEntry(const TenantProfile &profile) const;
    /** The entry a profile's stored secret is in: as recorded, or where an older version put it. */
    Entry storedEntry(const TenantProfile &profile) const;
    /** A stored secret not yet in its labelled entry (renamed, or written by an older version). */
    bool needsMove(const TenantProfile &profile) const;
    /** A name for the backend in use, for messages such as "stored in the Secret Service". */
    static QString backendName();

    KeychainRequest *writeSecret(const QString &key, const SecretBytes &secret);
    KeychainRequest *readSecret(const QString &key);
    KeychainRequest *removeSecret(const QString &key);
    KeychainRequest *writeSecret(const Entry &entry, const SecretBytes &secret);
    KeychainRequest *readSecret(const Entry &entry);
    KeychainRequest *removeSecret(const Entry &entry);
    /**
     * Copies a secret from one entry to another, then removes the first. Fails (and removes
     * nothing) when the read or the write fails; a failed removal only leaves the old entry behind.
     */
    KeychainRequest *moveSecret(const Entry &from, const Entry &to);
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
    QString m_labelPrefix;
};
