#include "../support/testcontext.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QFile>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

// The German translation: complete, built into the app, and used by the window.
class TranslationsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tsFile_german_isComplete()
    {
        QFile file(QStringLiteral(TS_FILE));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int messages = 0;
        int finished = 0;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"source"_s) {
                source = xml.readElementText();
            } else if (xml.name() == u"translation"_s) {
                ++messages;
                const bool unfinished = xml.attributes().value(u"type"_s) == u"unfinished"_s
                        || xml.attributes().value(u"type"_s) == u"vanished"_s;
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                QVERIFY2(!unfinished && !text.trimmed().isEmpty(),
                         qPrintable(u"untranslated: "_s + source));
                // Placeholders must survive translation.
                for (const QString &marker : {u"%1"_s, u"%2"_s, u"%3"_s, u"%n"_s}) {
                    if (source.contains(marker))
                        QVERIFY2(text.contains(marker), qPrintable(source + u" lost "_s + marker));
                }
                ++finished;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 250);
        QCOMPARE(finished, messages);
    }

    void window_underGermanLocale_speaksGerman()
    {
        installTranslations(qApp, QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(QCoreApplication::translate("MainWindow", "Test connection"),
                 u"Verbindung testen"_s);
        TestContext context;
        MainWindow window(*context);
        QCOMPARE(window.findChild<QPushButton *>(u"searchButton"_s)->text(), u"Suchen"_s);
        QCOMPARE(window.menuBar()->actions().first()->text(), u"&Datei"_s);
    }
};

QTEST_MAIN(TranslationsTest)
#include "translations_test.moc"
