#pragma once

#include "privatekey.h"
#include "tenantprofile.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>

namespace Ui {
class ProfileDialog;
}
class AppContext;
class CredentialStore;
class ProfileStore;
class SessionSecrets;
class TenantSession;

/**
 * Add, edit, duplicate and remove tenant profiles. Secrets go to the keychain only (or, when the
 * keychain cannot be used and the admin agrees, to memory for this session); the secret field
 * never shows a stored secret back.
 */
class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    explicit ProfileDialog(AppContext &context, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    /** Shows this profile in the form (by id); an empty id starts a new one. */
    void selectProfile(const QString &id);
    QString currentProfileId() const { return m_current.id; }
    /** The form differs from the profile it shows (or a secret or key was entered). */
    bool hasUnsavedEdits() const;

public Q_SLOTS:
    /** Close, Escape and the window's close button: asks before discarding unsaved edits. */
    void reject() override;

Q_SIGNALS:
    /** The public key was copied or saved (tests wait on it). */
    void publicKeyReady(const QByteArray &pem);
    void profilesChanged();
    /** This profile was saved (just before profilesChanged()). */
    void profileSaved(const QString &id);
    /** A save finished: successfully, or with the reason shown in the form. */
    void saveFinished(bool saved);
    void connectionTested(bool ok);

private:
    void reloadList(const QString &selectId);
    void showProfile(const TenantProfile &profile);
    TenantProfile formProfile() const;
    bool validate();
    /** Shows the secret field or the key controls, as the profile signs in. */
    void updateAuthControls();
    void generateKey();
    void importKey();
    void usePendingKey(PrivateKey::Result key, const QString &what);
    void copyPublicKey();
    void savePublicKey();
    /** The public half of the new or stored key; reads the keychain for a stored one. */
    void withPublicKey(const std::function<void(const QByteArray &)> &use);
    bool usesKey() const;
    /** What Save or Test connection would use: the typed secret or the new key (empty: none). */
    SecretBytes enteredCredential() const;
    /** Turns what was pasted into the domain field into the bare domain, and says what it did. */
    void cleanDomain();
    void updateSecretStatus();
    void addProfile();
    void duplicateProfile();
    void removeProfile();
    void save();
    void storeSecretThenSave(TenantProfile profile);
    void moveSecretThenSave(TenantProfile profile);
    /** Another saved profile has the same name and domain (and would share the keychain entry). */
    bool takenName(const TenantProfile &profile) const;
    void offerMemoryOnly(TenantProfile profile, const QString &reason);
    void commit(TenantProfile profile);
    void testConnection();
    void setBusy(bool busy);
    void setError(class QLabel *label, const QString &message);

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    AppContext &m_context;
    ProfileStore *m_store;
    CredentialStore *m_credentials;
    SessionSecrets *m_session;
    TenantProfile m_current;
    TenantProfile m_shown; ///< the form as showProfile() filled it, to tell edits from it
    /** Asks whether unsaved edits may go; true when there are none or the admin agrees. */
    bool mayDiscardEdits();
    bool m_keychainChecked = false;
    bool m_keychainUsable = false;
    QPointer<TenantSession> m_test; ///< the session of a connection test in flight
    SecretBytes m_pendingKey;       ///< a generated or imported key, until saved
    QByteArray m_pendingPublicKey;
    bool m_secretTooLong = false;
};
