#pragma once

#include <QString>
#include <QStringList>

#include <optional>

/**
 * The scopes a profile needs (by default both: read:users and read:user_idp_tokens), each as
 * present or missing, as rich text for a label.
 */
QString scopesHtml(const QStringList &granted, const QStringList &needed = {});
/** What the missing scopes mean and how to grant them, or empty when none is missing. */
QString scopesAdvice(const QStringList &granted, const QStringList &needed = {});
/**
 * The optional read:logs as Test connection found it: granted, or missing and optional (who read
 * a user's tokens needs it); empty when it was not asked.
 */
QString optionalScopesHtml(std::optional<bool> logsGranted);
