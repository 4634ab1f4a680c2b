#include "redaction.h"

#include "tokeninsight.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

bool isSecretKey(const QString &key)
{
    static const QStringList exact{u"access_token"_s, u"refresh_token"_s, u"access_token_secret"_s,
                                   u"id_token"_s,     u"client_secret"_s, u"password"_s};
    return exact.contains(key) || key.endsWith(u"_token"_s) || key.endsWith(u"_secret"_s);
}

namespace {

// Returns true and sets out when the value held a secret somewhere. Untouched values are never
// written back: assigning into a large QJsonObject costs a copy of its storage each time.
bool redactValue(const QString &key, const QJsonValue &value, QJsonValue *out)
{
    if (isSecretKey(key) && value.isString()) {
        const TokenFingerprint fingerprint = TokenFingerprint::of(value.toString().toUtf8());
        *out = u"[redacted: %1 chars, SHA-256 %2]"_s.arg(fingerprint.length)
                       .arg(fingerprint.shortHash);
        return true;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QList<QPair<qsizetype, QJsonValue>> replacements;
        qsizetype i = 0;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it, ++i) {
            QJsonValue replaced;
            if (redactValue(it.key(), it.value(), &replaced))
                replacements.append({i, replaced});
        }
        if (replacements.isEmpty())
            return false;
        // A new object, never a modified copy: a copy keeps the old strings' bytes in its storage
        // after a value is replaced, and those bytes are the secret.
        QJsonObject copy;
        i = 0;
        qsizetype next = 0;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it, ++i) {
            if (next < replacements.size() && replacements.at(next).first == i)
                copy.insert(it.key(), replacements.at(next++).second);
            else
                copy.insert(it.key(), it.value());
        }
        *out = copy;
        return true;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        QList<QPair<qsizetype, QJsonValue>> replacements;
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonValue replaced;
            if (redactValue(key, array.at(i), &replaced))
                replacements.append({i, replaced});
        }
        if (replacements.isEmpty())
            return false;
        QJsonArray copy; // new, as above
        qsizetype next = 0;
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (next < replacements.size() && replacements.at(next).first == i)
                copy.append(replacements.at(next++).second);
            else
                copy.append(array.at(i));
        }
        *out = copy;
        return true;
    }
    return false;
}

} // namespace

QJsonObject redactUser(const QJsonObject &user)
{
    QJsonValue redacted;
    return redactValue(QString(), user, &redacted) ? redacted.toObject() : user;
}
