#pragma once

#include <QLocale>

class QCoreApplication;

/**
 * Installs the app's translation for the locale (the system's by default) and Qt's own, so dialogs
 * and standard buttons match. English needs none: it is the source language.
 */
void installTranslations(QCoreApplication *app, const QLocale &locale = QLocale());
