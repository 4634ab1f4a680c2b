#include "../support/testcontext.h"
#include "../support/translationscope.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QFile>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

// The German translation: complete, built into the app, and used by the window. English's plural
// forms, for English and for languages without a translation.
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

    void plurals_inEnglishAndUntranslatedLanguages_haveTheirSingular()
    {
        for (const QLocale &locale : {QLocale(QLocale::English, QLocale::UnitedStates),
                                      QLocale(QLocale::English, QLocale::UnitedKingdom),
                                      QLocale(QLocale::French, QLocale::France), QLocale::c()}) {
            const TranslationScope english(locale);
            QCOMPARE(QCoreApplication::translate("UserPanel", "%n logins", nullptr, 1),
                     u"1 login"_s);
            QCOMPARE(QCoreApplication::translate("UserPanel", "%n logins", nullptr, 2),
                     u"2 logins"_s);
            QCOMPARE(QCoreApplication::translate("IdentityModel", "%n fields", nullptr, 1),
                     u"1 field"_s);
            QCOMPARE(QCoreApplication::translate("IdentityModel", "%n fields", nullptr, 0),
                     u"0 fields"_s);
            QCOMPARE(QCoreApplication::translate("MainWindow", "Test connection"),
                     u"Test connection"_s);
        }
        const TranslationScope german(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(QCoreApplication::translate("IdentityModel", "%n fields", nullptr, 1),
                 u"1 Feld"_s);
    }

    void tsFile_english_holdsEveryPluralWithBothForms()
    {
        // Every plural of the sources (the German file, kept complete by lupdate, lists them),
        // finished, in English's two forms (one, other), each with its %n.
        auto plurals = [](const char *path, QStringList *problems) {
            QStringList sources;
            QFile ts(QString::fromUtf8(path));
            if (!ts.open(QIODevice::ReadOnly)) {
                problems->append(u"cannot read %1"_s.arg(ts.fileName()));
                return sources;
            }
            QXmlStreamReader xml(&ts);
            QString source;
            int forms = 0;
            while (!xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == u"message") {
                    if (xml.attributes().value(u"numerus"_s) != u"yes"_s)
                        xml.skipCurrentElement();
                } else if (xml.name() == u"source") {
                    source = xml.readElementText();
                    sources.append(source);
                    forms = 0;
                } else if (xml.name() == u"translation") {
                    if (!xml.attributes().value(u"type"_s).isEmpty())
                        problems->append(u"unfinished: "_s + source);
                } else if (xml.name() == u"numerusform") {
                    if (!xml.readElementText().contains(u"%n"_s) || ++forms > 2)
                        problems->append(u"form without %n, or a third form: "_s + source);
                }
            }
            if (xml.hasError())
                problems->append(u"%1 at line %2"_s.arg(xml.errorString()).arg(xml.lineNumber()));
            return sources;
        };
        QStringList problems;
        const QStringList english = plurals(ENGLISH_TS_FILE, &problems);
        QStringList germanProblems;
        const QStringList german = plurals(TS_FILE, &germanProblems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(german.size() >= 20);
        for (const QString &source : german)
            QVERIFY2(english.contains(source), qPrintable(u"not in English: "_s + source));
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
