#pragma once

#include <QString>
#include <QStringList>

/** The two scopes the app needs, each as present or missing, as rich text for a label. */
QString scopesHtml(const QStringList &granted);
/** What the missing scopes mean and how to grant them, or empty when none is missing. */
QString scopesAdvice(const QStringList &granted);
