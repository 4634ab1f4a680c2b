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
        QJsonObject copy;
        bool changed = false;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            QJsonValue replaced;
            if (redactValue(it.key(), it.value(), &replaced)) {
                if (!changed)
                    copy = object;
                changed = true;
                copy.insert(it.key(), replaced);
            }
        }
        if (changed)
            *out = copy;
        return changed;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        QJsonArray copy;
        bool changed = false;
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonValue replaced;
            if (redactValue(key, array.at(i), &replaced)) {
                if (!changed)
                    copy = array;
                changed = true;
                copy.replace(i, replaced);
            }
        }
        if (changed)
            *out = copy;
        return changed;
    }
    return false;
}

} // namespace

QJsonObject redactUser(const QJsonObject &user)
{
    QJsonValue redacted;
    return redactValue(QString(), user, &redacted) ? redacted.toObject() : user;
}
