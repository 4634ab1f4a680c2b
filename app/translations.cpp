#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

void installTranslations(QCoreApplication *app, const QLocale &locale)
{
    auto *qt = new QTranslator(app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    // The locale's language, or else English: the source language, whose file holds the
    // singular forms of its plurals ("1 login", not "1 logins").
    auto *own = new QTranslator(app);
    if (own->load(locale, u"idp-token-inspector"_s, u"_"_s, u":/i18n"_s)
        || own->load(u"idp-token-inspector_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}
