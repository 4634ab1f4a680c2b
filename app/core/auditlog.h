#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

/** One reveal or copy: who, where, which token, never its value. */
struct AuditEntry
{
    QDateTime time;
    QString osUser;
    QString profile;
    QString tenantDomain;
    QString userId;
    QString connection;
    QString token;    ///< access_token, refresh_token, access_token_secret
    QString action;   ///< reveal, copy, check (sent to the provider), check-result
    QString reason;   ///< the ticket or reason given for a production tenant
    QString provider; ///< for a check: Google, GitHub, Microsoft
    QString result;   ///< for a check's result: what the provider said, never the token
};

/**
 * The audit trail: every reveal and copy appended to a file as one JSON line. Token values are
 * never written; the entry has no field for one.
 */
class AuditLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLog)

public:
    /** Defaults to audit.jsonl in the app's data folder. */
    explicit AuditLog(const QString &path = QString(), QObject *parent = nullptr);

    QString path() const { return m_path; }
    /** Appends; on failure returns false and sets error (the caller must tell the user). */
    bool append(const AuditEntry &entry, QString *error = nullptr);
    /** The newest entries first, at most limit. */
    QList<AuditEntry> read(int limit = 1000) const;
    static QString currentOsUser();

private:
    QString m_path;
};
