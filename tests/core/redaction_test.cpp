#include "../support/fixtures.h"
#include "redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// The raw JSON view and its copies hold no token value.
class RedactionTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redactUser_replacesEveryTokenValue()
    {
        const QJsonObject user = fixtureUser(u"jordan-lee"_s);
        const QByteArray redacted = QJsonDocument(redactUser(user)).toJson();
        const QJsonArray identities = user.value(u"identities"_s).toArray();
        int checked = 0;
        for (const QJsonValue &identity : identities) {
            for (const QString &key : {u"access_token"_s, u"refresh_token"_s}) {
                const QString value = identity.toObject().value(key).toString();
                if (value.isEmpty())
                    continue;
                QVERIFY(!redacted.contains(value.toUtf8()));
                ++checked;
            }
        }
        QCOMPARE(checked, 3);
        QVERIFY(redacted.contains("[redacted: "));
        QVERIFY(redacted.contains("jordan.lee@example.com"));
    }
};

QTEST_GUILESS_MAIN(RedactionTest)
#include "redaction_test.moc"
