#pragma once

#include "tenantprofile.h"

#include <QDialog>
#include <QPointer>

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

Q_SIGNALS:
    void profilesChanged();
    /** A save finished: successfully, or with the reason shown in the form. */
    void saveFinished(bool saved);
    void connectionTested(bool ok);

private:
    void reloadList(const QString &selectId);
    void showProfile(const TenantProfile &profile);
    TenantProfile formProfile() const;
    bool validate();
    /** Turns what was pasted into the domain field into the bare domain, and says what it did. */
    void cleanDomain();
    void updateSecretStatus();
    void addProfile();
    void duplicateProfile();
    void removeProfile();
    void save();
    void storeSecretThenSave(TenantProfile profile);
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
    bool m_keychainChecked = false;
    bool m_keychainUsable = false;
    QPointer<TenantSession> m_test; ///< the session of a connection test in flight
    bool m_secretTooLong = false;
};
