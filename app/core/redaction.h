#pragma once

#include <QJsonObject>
#include <QString>

/**
 * A copy of a user profile safe to paste into a support ticket: every token value replaced by
 * its length and fingerprint, wherever it is nested.
 */
QJsonObject redactUser(const QJsonObject &user);
/**
 * The one definition of a secret field, for the identities tree, the raw JSON view and every copy:
 * access_token, refresh_token, id_token, access_token_secret, client_secret, password, and any key
 * ending in _token or _secret.
 */
bool isSecretKey(const QString &key);
