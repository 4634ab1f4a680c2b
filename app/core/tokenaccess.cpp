#include "tokenaccess.h"

#include "auditlog.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

TokenAccessPolicy::TokenAccessPolicy(AuditLog *audit)
    : m_audit(audit)
{ }

void TokenAccessPolicy::setProfile(const TenantProfile &profile)
{
    if (profile.id != m_profile.id)
        m_reasons.clear();
    m_profile = profile;
}

bool TokenAccessPolicy::needsReason(const QString &userId) const
{
    return m_profile.environment == TenantProfile::Environment::Production
            && !m_reasons.contains(userId);
}

bool TokenAccessPolicy::giveReason(const QString &userId, const QString &reason)
{
    const QString trimmed = reason.trimmed();
    if (userId.isEmpty() || trimmed.isEmpty())
        return false;
    m_reasons.insert(userId, trimmed);
    return true;
}

QString TokenAccessPolicy::actionKey(Action action)
{
    switch (action) {
    case Action::Reveal:
        return u"reveal"_s;
    case Action::Copy:
        return u"copy"_s;
    case Action::Check:
        return u"check"_s;
    case Action::CheckResult:
        return u"check-result"_s;
    }
    return {};
}

bool TokenAccessPolicy::authorize(Action action, const Target &target, QString *error)
{
    auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (target.userId.isEmpty() || target.tokenKind.isEmpty())
        return refuse(tr("No token is selected."));
    if (needsReason(target.userId))
        return refuse(tr("A reason is needed on a production tenant."));
    if (!m_audit)
        return refuse(tr("No audit log: the action was refused."));
    AuditEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.osUser = AuditLog::currentOsUser();
    entry.profile = m_profile.name;
    entry.tenantDomain = m_profile.domain;
    entry.userId = target.userId;
    entry.connection = target.connection;
    entry.token = target.tokenKind;
    entry.action = actionKey(action);
    entry.reason = m_reasons.value(target.userId);
    entry.provider = target.provider;
    entry.result = target.result;
    QString auditError;
    if (!m_audit->append(entry, &auditError)) {
        // No trail, no token.
        return refuse(auditError + u' ' + tr("The token was not shown or copied."));
    }
    return true;
}
