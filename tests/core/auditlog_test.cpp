#include "auditlog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The audit trail: JSON lines, newest first, never a value, readable by its owner only.
class AuditLogTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void auditLog_appendsJsonLinesWithoutValues()
    {
        QTemporaryDir dir;
        AuditLog log(dir.filePath(u"sub/audit.jsonl"_s));
        AuditEntry entry;
        entry.time = QDateTime::currentDateTimeUtc();
        entry.osUser = AuditLog::currentOsUser();
        entry.profile = u"Demo"_s;
        entry.tenantDomain = u"127.0.0.1:1"_s;
        entry.userId = u"github|5823109"_s;
        entry.connection = u"github"_s;
        entry.token = u"access_token"_s;
        entry.action = u"copy"_s;
        entry.reason = u"TICKET-42"_s;
        QVERIFY(log.append(entry));
        entry.action = u"reveal"_s;
        QVERIFY(log.append(entry));
        const QList<AuditEntry> entries = log.read();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.first().action, u"reveal"_s);
        QCOMPARE(entries.last().reason, u"TICKET-42"_s);
        QFile file(log.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 2);
        QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }
};

QTEST_GUILESS_MAIN(AuditLogTest)
#include "auditlog_test.moc"
