#pragma once

#include "secretbytes.h"

#include <QHash>
#include <QString>

#include <memory>

/**
 * Client secrets kept for this session only, when the keychain cannot be used and the admin
 * agreed. They are wiped when removed and when the app quits; nothing is ever written to disk.
 */
class SessionSecrets final
{
public:
    bool contains(const QString &profileId) const { return m_secrets.contains(profileId); }
    /** A copy, for handing to the token provider. */
    SecretBytes secret(const QString &profileId) const;
    void set(const QString &profileId, SecretBytes secret);
    void remove(const QString &profileId) { m_secrets.remove(profileId); }
    void clear() { m_secrets.clear(); }

private:
    QHash<QString, std::shared_ptr<SecretBytes>> m_secrets;
};
