#pragma once

#include "tenantprofile.h"

#include <QList>
#include <QSettings>

#include <optional>

/**
 * Tenant profiles in QSettings: everything but the client secret, which only the keychain holds
 * (CredentialStore, one entry per profile, named after it).
 */
class ProfileStore final
{
public:
    explicit ProfileStore(QSettings *settings);

    QList<TenantProfile> profiles() const;
    /** The saved profile with this id, if there is one. */
    std::optional<TenantProfile> find(const QString &id) const;
    /** Adds or replaces the profile with the same id; gives a new profile an id. */
    TenantProfile save(TenantProfile profile);
    void remove(const QString &id);
    /** A copy with a new id and " (copy)" after the name; not saved yet. */
    static TenantProfile duplicate(const TenantProfile &profile);

    QString lastProfileId() const;
    void setLastProfileId(const QString &id);

private:
    void writeAll(const QList<TenantProfile> &list);

    QSettings *m_settings;
};
