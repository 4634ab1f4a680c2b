#include "profilestore.h"

#include <QUuid>

using namespace Qt::StringLiterals;

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings)
{ }

QList<TenantProfile> ProfileStore::profiles() const
{
    QList<TenantProfile> list;
    const int count = m_settings->beginReadArray(u"profiles"_s);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        TenantProfile profile;
        profile.id = m_settings->value(u"id"_s).toString();
        profile.name = m_settings->value(u"name"_s).toString();
        profile.domain = m_settings->value(u"domain"_s).toString();
        profile.audience = m_settings->value(u"audience"_s).toString();
        profile.clientId = m_settings->value(u"clientId"_s).toString();
        profile.environment
                = TenantProfile::environmentFromKey(m_settings->value(u"environment"_s).toString());
        profile.accessLevel
                = TenantProfile::accessLevelFromKey(m_settings->value(u"accessLevel"_s).toString());
        profile.authMethod
                = TenantProfile::authMethodFromKey(m_settings->value(u"authMethod"_s).toString());
        profile.signingAlgorithm = m_settings->value(u"signingAlgorithm"_s, u"RS256"_s).toString();
        profile.keyId = m_settings->value(u"keyId"_s).toString();
        profile.caCertificateFile = m_settings->value(u"caCertificateFile"_s).toString();
        profile.hasStoredSecret = m_settings->value(u"storedInKeychain"_s).toBool();
        if (profile.hasStoredSecret) {
            profile.keychainService = m_settings->value(u"keychainLabel"_s).toString();
            profile.keychainAccount = m_settings->value(u"keychainAccount"_s).toString();
        }
        profile.plainHttp = m_settings->value(u"plainHttp"_s).toBool();
        if (!profile.id.isEmpty())
            list.append(profile);
    }
    m_settings->endArray();
    return list;
}

std::optional<TenantProfile> ProfileStore::find(const QString &id) const
{
    const QList<TenantProfile> list = profiles();
    for (const TenantProfile &profile : list) {
        if (profile.id == id)
            return profile;
    }
    return std::nullopt;
}

TenantProfile ProfileStore::save(TenantProfile profile)
{
    if (profile.sessionOnly)
        return profile; // lives for one session only
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QList<TenantProfile> list = profiles();
    const auto it = std::find_if(list.begin(), list.end(),
                                 [&](const TenantProfile &p) { return p.id == profile.id; });
    if (it != list.end())
        *it = profile;
    else
        list.append(profile);
    writeAll(list);
    return profile;
}

void ProfileStore::writeAll(const QList<TenantProfile> &list)
{
    m_settings->remove(u"profiles"_s);
    m_settings->beginWriteArray(u"profiles"_s, int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const TenantProfile &p = list.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(u"id"_s, p.id);
        m_settings->setValue(u"name"_s, p.name.trimmed());
        m_settings->setValue(u"domain"_s, p.domain.trimmed());
        m_settings->setValue(u"audience"_s, p.audience.trimmed());
        m_settings->setValue(u"clientId"_s, p.clientId.trimmed());
        m_settings->setValue(u"environment"_s, TenantProfile::environmentKey(p.environment));
        m_settings->setValue(u"accessLevel"_s, TenantProfile::accessLevelKey(p.accessLevel));
        // Only a key profile says how it signs in; absent means the client secret.
        if (p.authMethod == TenantProfile::AuthMethod::PrivateKeyJwt) {
            m_settings->setValue(u"authMethod"_s, TenantProfile::authMethodKey(p.authMethod));
            m_settings->setValue(u"signingAlgorithm"_s, p.signingAlgorithm);
            m_settings->setValue(u"keyId"_s, p.keyId);
        }
        m_settings->setValue(u"caCertificateFile"_s, p.caCertificateFile);
        m_settings->setValue(u"storedInKeychain"_s, p.hasStoredSecret);
        if (p.hasStoredSecret && !p.keychainService.isEmpty()) {
            m_settings->setValue(u"keychainLabel"_s, p.keychainService);
            m_settings->setValue(u"keychainAccount"_s, p.keychainAccount);
        }
        m_settings->setValue(u"plainHttp"_s, p.plainHttp);
    }
    m_settings->endArray();
    m_settings->sync();
}

void ProfileStore::remove(const QString &id)
{
    QList<TenantProfile> list = profiles();
    list.removeIf([&](const TenantProfile &p) { return p.id == id; });
    writeAll(list);
    if (lastProfileId() == id)
        setLastProfileId({});
}

TenantProfile ProfileStore::duplicate(const TenantProfile &profile)
{
    TenantProfile copy = profile;
    copy.id.clear();
    copy.sessionOnly = false;
    copy.hasStoredSecret = false;
    copy.keychainService.clear();
    copy.keychainAccount.clear();
    copy.name = QCoreApplication::translate("ProfileStore", "%1 (copy)").arg(profile.name);
    return copy;
}

QString ProfileStore::lastProfileId() const
{
    return m_settings->value(u"lastProfile"_s).toString();
}

void ProfileStore::setLastProfileId(const QString &id)
{
    m_settings->setValue(u"lastProfile"_s, id);
    m_settings->sync();
}
