#pragma once

#include <QString>

#include <memory>

class AppSettings;
class AuditLog;
class CredentialStore;
class ProfileStore;
class SessionSecrets;

/**
 * What the whole app shares, built once in main() and handed down: the settings, the tenant
 * profiles, the keychain (under an injected service name), the secrets kept for this session only,
 * and the audit log. Tests build their own, so none of them touches the real settings, keychain
 * entries or audit log.
 */
class AppContext final
{
public:
    struct Locations
    {
        QString settingsFile;    ///< empty: the platform's default settings
        QString keychainService; ///< the service name keychain entries are filed under
        QString auditLogFile;    ///< empty: audit.jsonl in the app's data folder
        QString keychainLabel;   ///< what profile entries' labels start with; empty: the service
    };

    /** The app's own: default settings, its keychain service, its audit log. */
    static Locations applicationLocations();

    explicit AppContext(const Locations &locations);
    ~AppContext();
    AppContext(const AppContext &) = delete;
    AppContext &operator=(const AppContext &) = delete;

    AppSettings *settings() const { return m_settings.get(); }
    ProfileStore *profiles() const { return m_profiles.get(); }
    CredentialStore *credentials() const { return m_credentials.get(); }
    SessionSecrets *sessionSecrets() const { return m_sessionSecrets.get(); }
    AuditLog *audit() const { return m_audit.get(); }

private:
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<SessionSecrets> m_sessionSecrets;
    std::unique_ptr<AuditLog> m_audit;
};
