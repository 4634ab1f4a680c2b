#pragma once

#include <QLocale>

class QCoreApplication;

/**
 * Installs the app's translation for the locale (the system's by default) and Qt's own, so dialogs
 * and standard buttons match. For English, and for a language the app has no translation for,
 * English's plural forms.
 */
void installTranslations(QCoreApplication *app, const QLocale &locale = QLocale());
