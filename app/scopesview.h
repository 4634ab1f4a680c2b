#pragma once

#include <QString>
#include <QStringList>

/**
 * The scopes a profile needs (by default both: read:users and read:user_idp_tokens), each as
 * present or missing, as rich text for a label.
 */
QString scopesHtml(const QStringList &granted, const QStringList &needed = {});
/** What the missing scopes mean and how to grant them, or empty when none is missing. */
QString scopesAdvice(const QStringList &granted, const QStringList &needed = {});
