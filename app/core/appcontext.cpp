#include "appcontext.h"

#include "appsettings.h"
#include "auditlog.h"
#include "credentialstore.h"
#include "processhardening.h"
#include "profilestore.h"
#include "sessionsecrets.h"
#include "version.h"

#include <QFileInfo>

AppContext::Locations AppContext::applicationLocations()
{
    return {QString(), QStringLiteral(IDP_APP_ID), QString(), QStringLiteral(IDP_APP_NAME)};
}

AppContext::AppContext(const Locations &locations)
    : m_settings(std::make_unique<AppSettings>(locations.settingsFile))
    , m_profiles(std::make_unique<ProfileStore>(m_settings->settings()))
    , m_credentials(
              std::make_unique<CredentialStore>(locations.keychainService, locations.keychainLabel))
    , m_sessionSecrets(std::make_unique<SessionSecrets>())
    , m_audit(std::make_unique<AuditLog>(locations.auditLogFile))
{
    // New files and folders are private from the start (ProcessHardening); these may have been
    // made before, with a wider mode. The settings name tenants, client IDs and searched emails.
    const QString settingsFile = m_settings->fileName();
    ProcessHardening::restrictToOwner(settingsFile);
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // The organisation's own folder under ~/.config (on macOS the file sits in Preferences).
    if (locations.settingsFile.isEmpty())
        ProcessHardening::restrictToOwner(QFileInfo(settingsFile).absolutePath());
#endif
    const QFileInfo audit(m_audit->path());
    ProcessHardening::restrictToOwner(audit.absoluteFilePath());
    ProcessHardening::restrictToOwner(audit.absolutePath());
    if (locations.auditLogFile.isEmpty()) // the app's data folder sits in the organisation's
        ProcessHardening::restrictToOwner(QFileInfo(audit.absolutePath()).absolutePath());
}

AppContext::~AppContext()
{
    m_sessionSecrets->clear();
}
