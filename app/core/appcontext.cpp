#include "appcontext.h"

#include "appsettings.h"
#include "auditlog.h"
#include "credentialstore.h"
#include "profilestore.h"
#include "sessionsecrets.h"
#include "version.h"

AppContext::Locations AppContext::applicationLocations()
{
    return {QString(), QStringLiteral(IDP_APP_ID), QString()};
}

AppContext::AppContext(const Locations &locations)
    : m_settings(std::make_unique<AppSettings>(locations.settingsFile))
    , m_profiles(std::make_unique<ProfileStore>(m_settings->settings()))
    , m_credentials(std::make_unique<CredentialStore>(locations.keychainService))
    , m_sessionSecrets(std::make_unique<SessionSecrets>())
    , m_audit(std::make_unique<AuditLog>(locations.auditLogFile))
{ }

AppContext::~AppContext()
{
    m_sessionSecrets->clear();
}
