#include "auditlog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

AuditLog::AuditLog(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path.isEmpty()
                     ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                               .filePath(u"audit.jsonl"_s)
                     : path)
{ }

QString AuditLog::currentOsUser()
{
#ifdef Q_OS_UNIX
    if (const passwd *pw = getpwuid(geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    const QString user = qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER"));
    return user.isEmpty() ? u"unknown"_s : user;
}

bool AuditLog::append(const AuditEntry &entry, QString *error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    // Readable only by its owner (it names users and tenants), from the call that creates it.
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!file.open(QIODevice::Append | QIODevice::Text, ownerOnly)) {
        if (error)
            *error = tr("Cannot write the audit log %1: %2").arg(m_path, file.errorString());
        return false;
    }
    file.setPermissions(ownerOnly); // a log made before keeps its mode otherwise
    QJsonObject line{{u"time"_s, entry.time.toUTC().toString(Qt::ISODateWithMs)},
                     {u"os_user"_s, entry.osUser},
                     {u"profile"_s, entry.profile},
                     {u"tenant"_s, entry.tenantDomain},
                     {u"user_id"_s, entry.userId},
                     {u"connection"_s, entry.connection},
                     {u"token"_s, entry.token},
                     {u"action"_s, entry.action}};
    if (!entry.reason.isEmpty())
        line.insert(u"reason"_s, entry.reason);
    if (!entry.provider.isEmpty())
        line.insert(u"provider"_s, entry.provider);
    if (!entry.result.isEmpty())
        line.insert(u"result"_s, entry.result);
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        if (error)
            *error = tr("Cannot write the audit log %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

QList<AuditEntry> AuditLog::read(int limit) const
{
    QList<AuditEntry> entries;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return entries;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (auto it = lines.crbegin(); it != lines.crend() && entries.size() < limit; ++it) {
        const QJsonObject object = QJsonDocument::fromJson(*it).object();
        if (object.isEmpty())
            continue;
        AuditEntry entry;
        entry.time = QDateTime::fromString(object.value(u"time"_s).toString(), Qt::ISODateWithMs);
        entry.osUser = object.value(u"os_user"_s).toString();
        entry.profile = object.value(u"profile"_s).toString();
        entry.tenantDomain = object.value(u"tenant"_s).toString();
        entry.userId = object.value(u"user_id"_s).toString();
        entry.connection = object.value(u"connection"_s).toString();
        entry.token = object.value(u"token"_s).toString();
        entry.action = object.value(u"action"_s).toString();
        entry.reason = object.value(u"reason"_s).toString();
        entry.provider = object.value(u"provider"_s).toString();
        entry.result = object.value(u"result"_s).toString();
        entries.append(entry);
    }
    return entries;
}
