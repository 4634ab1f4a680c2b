#pragma once

#include "translations.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QTranslator>

/**
 * The app's translations for one language while it lives: installed as the app does, removed and
 * deleted when it goes, so the next test runs in the source language again.
 */
class TranslationScope final
{
public:
    explicit TranslationScope(const QLocale &locale)
        : m_before(QCoreApplication::instance()->findChildren<QTranslator *>())
    {
        installTranslations(QCoreApplication::instance(), locale);
    }

    ~TranslationScope()
    {
        const QList<QTranslator *> now
                = QCoreApplication::instance()->findChildren<QTranslator *>();
        for (QTranslator *translator : now) {
            if (!m_before.contains(translator)) {
                QCoreApplication::removeTranslator(translator);
                delete translator;
            }
        }
    }

    TranslationScope(const TranslationScope &) = delete;
    TranslationScope &operator=(const TranslationScope &) = delete;

private:
    QList<QTranslator *> m_before;
};
