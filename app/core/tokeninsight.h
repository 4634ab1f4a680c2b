#pragma once

#include "secretbytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/** A token's length and short SHA-256 fingerprint: safe to show and to compare aloud. */
struct TokenFingerprint
{
    qsizetype length = 0;
    QString shortHash; ///< the first 8 hex digits of SHA-256, grouped as "1a2b 3c4d"

    static TokenFingerprint of(const QByteArray &token);
    /** "•••••••• 183 chars · SHA-256 1a2b 3c4d" */
    QString masked() const;
};

/** What can be read from a token without sending it anywhere. */
struct TokenDetails
{
    struct TimeClaim
    {
        QString name; ///< iat, nbf, exp
        QDateTime time;
        QString relative; ///< "expires in 12 min", "expired 3 h ago", "issued 5 min ago"
    };

    bool isJwt = false;
    QString headerJson;  ///< indented JSON
    QString payloadJson; ///< indented JSON
    QJsonObject payload;
    QList<TimeClaim> times;
    QString description; ///< what the token looks like, for opaque ones what providers issue
};

class TokenInsight final
{
    Q_DECLARE_TR_FUNCTIONS(TokenInsight)

public:
    /** Decodes locally: a JWT's header and payload, or a description of an opaque token. */
    static TokenDetails inspect(const QByteArray &token, const QString &provider = {},
                                const QDateTime &now = QDateTime::currentDateTimeUtc());
    static QString relativeTime(const QString &claim, const QDateTime &time, const QDateTime &now);
    static QString humanDuration(qint64 seconds);

    /**
     * Why an identity has no token of a kind, in words an admin can act on; empty when there is
     * nothing to explain (e.g. database connections carry no IdP tokens).
     */
    static QStringList explainMissing(const QJsonObject &identity, const QStringList &grantedScopes,
                                      bool hiddenByAccessLevel = false);
    /** The same, from what the caller already read of the identity. */
    static QStringList explainMissing(const QString &provider, bool hasAccessToken,
                                      bool hasRefreshToken, const QStringList &grantedScopes,
                                      bool hiddenByAccessLevel = false);
    /** True when this provider never issues refresh tokens. */
    static bool providerLacksRefreshTokens(const QString &provider);
};
