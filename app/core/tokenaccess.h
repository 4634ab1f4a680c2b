#pragma once

#include "tenantprofile.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

class AuditLog;

/**
 * The rules in front of every reveal and copy of a token: on a production tenant a reason
 * (ticket number or free text) must be given first, once per user; and the audit entry is
 * written before the action. An action that cannot be audited does not happen.
 */
class TokenAccessPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(TokenAccessPolicy)

public:
    enum class Action { Reveal, Copy, Check, CheckResult };

    /** The token an action is about; never its value. */
    struct Target
    {
        QString userId;
        QString connection;
        QString tokenKind;     ///< access_token, refresh_token, access_token_secret
        QString provider = {}; ///< a check's provider
        QString result = {};   ///< a check's result, in words
    };

    explicit TokenAccessPolicy(AuditLog *audit = nullptr);

    void setAuditLog(AuditLog *audit) { m_audit = audit; }
    /** The tenant the tokens come from; forgets the reasons given for the previous one. */
    void setProfile(const TenantProfile &profile);
    const TenantProfile &profile() const { return m_profile; }

    bool needsReason(const QString &userId) const;
    /** Records the reason for this user; a blank one is refused. */
    bool giveReason(const QString &userId, const QString &reason);
    QString reason(const QString &userId) const { return m_reasons.value(userId); }
    /** Forgets every reason given. */
    void forgetReasons() { m_reasons.clear(); }

    /**
     * Writes the audit entry for the action. Returns false, with what to tell the admin in error,
     * when the action must not happen: no reason on a production tenant, or no audit trail.
     */
    bool authorize(Action action, const Target &target, QString *error);

    static QString actionKey(Action action);

private:
    AuditLog *m_audit;
    TenantProfile m_profile;
    QHash<QString, QString> m_reasons; ///< user id → reason, for production tenants
};
