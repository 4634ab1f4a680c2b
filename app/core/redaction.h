#pragma once

#include <QJsonObject>
#include <QString>

/**
 * A copy of a user profile safe to paste into a support ticket: every token value replaced by
 * its length and fingerprint, wherever it is nested.
 */
QJsonObject redactUser(const QJsonObject &user);
/** Keys whose values are always secret: access_token, refresh_token, access_token_secret, id_token…
 */
bool isSecretKey(const QString &key);
