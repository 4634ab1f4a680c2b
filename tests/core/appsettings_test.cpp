#include "appsettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The settings table: defaults, ranges a hand-edited file cannot escape, and query history.
class AppSettingsTest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void missingValues_takeTheirDefaults()
    {
        AppSettings settings(m_dir.filePath(u"defaults.ini"_s));
        QCOMPARE(settings.value(AppSettings::Key::NetworkTimeoutSeconds), 30);
        QCOMPARE(settings.value(AppSettings::Key::MaxResponseMegabytes), 16);
        QCOMPARE(settings.value(AppSettings::Key::ClipboardClearSeconds), 20);
        QCOMPARE(settings.value(AppSettings::Key::RevealSeconds), 30);
        const HttpSettings http = settings.httpSettings();
        QCOMPARE(http.timeoutMs, 30000);
        QCOMPARE(http.maxResponseBytes, qint64(16) * 1024 * 1024);
    }

    void handEditedValues_areClampedOrIgnored()
    {
        const QString path = m_dir.filePath(u"edited.ini"_s);
        {
            QSettings file(path, QSettings::IniFormat);
            file.setValue(u"network/timeoutSeconds"_s, 0);
            file.setValue(u"network/maxResponseMegabytes"_s, 999999);
            file.setValue(u"security/clipboardSeconds"_s, u"soon"_s);
            file.setValue(u"security/revealSeconds"_s, 45);
        }
        AppSettings settings(path);
        QCOMPARE(settings.value(AppSettings::Key::NetworkTimeoutSeconds), 1);
        QCOMPARE(settings.value(AppSettings::Key::MaxResponseMegabytes), 1024);
        QCOMPARE(settings.value(AppSettings::Key::ClipboardClearSeconds), 20);
        QCOMPARE(settings.value(AppSettings::Key::RevealSeconds), 45);
        settings.setValue(AppSettings::Key::RevealSeconds, -3);
        QCOMPARE(settings.value(AppSettings::Key::RevealSeconds), 1);
    }

    void history_isPerProfile()
    {
        AppSettings settings(m_dir.filePath(u"history.ini"_s));
        settings.setHistory(u"a"_s, {u"q1"_s, u"q2"_s});
        settings.setHistory(u"b"_s, {u"other"_s});
        QCOMPARE(settings.history(u"a"_s), (QStringList{u"q1"_s, u"q2"_s}));
        settings.removeHistory(u"a"_s);
        QVERIFY(settings.history(u"a"_s).isEmpty());
        QCOMPARE(settings.history(u"b"_s), QStringList{u"other"_s});
    }
};

QTEST_GUILESS_MAIN(AppSettingsTest)
#include "appsettings_test.moc"
