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

QJsonValue redactValue(const QString &key, const QJsonValue &value)
{
    if (isSecretKey(key) && value.isString()) {
        const TokenFingerprint fingerprint = TokenFingerprint::of(value.toString().toUtf8());
        return u"[redacted: %1 chars, SHA-256 %2]"_s.arg(fingerprint.length)
                .arg(fingerprint.shortHash);
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = redactValue(it.key(), it.value());
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = redactValue(key, array.at(i));
        return array;
    }
    return value;
}

} // namespace

QJsonObject redactUser(const QJsonObject &user)
{
    return redactValue(QString(), user).toObject();
}
