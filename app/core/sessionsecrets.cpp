#include "sessionsecrets.h"

SecretBytes SessionSecrets::secret(const QString &profileId) const
{
    const auto it = m_secrets.constFind(profileId);
    if (it == m_secrets.constEnd() || !*it)
        return {};
    // A deep copy: the two holders wipe their own buffers.
    return SecretBytes(QByteArray((*it)->reveal().constData(), (*it)->size()));
}

void SessionSecrets::set(const QString &profileId, SecretBytes secret)
{
    m_secrets.insert(profileId, std::make_shared<SecretBytes>(std::move(secret)));
}
