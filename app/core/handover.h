#pragma once

#include "tenantprofile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QUrl>

/**
 * What leaves the app about a user without any secret in it: the user's page in the Auth0
 * Dashboard, and a summary for a support ticket.
 */
class Handover final
{
    Q_DECLARE_TR_FUNCTIONS(Handover)

public:
    /**
     * The user's page in the Auth0 Dashboard of the profile's tenant:
     * https://manage.auth0.com/dashboard/{region}/{tenant}/users/{base64 of the percent-encoded
     * user id}. The tenant and region come from the canonical tenant domain: the profile's domain,
     * or for a custom domain the audience's host. Empty, with whyNot set, when they cannot be
     * known (Private Cloud, a loopback tenant, a custom domain without a canonical audience).
     */
    static QUrl dashboardUserUrl(const TenantProfile &profile, const QString &userId,
                                 QString *whyNot);

    enum class Format { PlainText, Markdown };

    /** The last check of one token at its provider, for the summary. */
    struct CheckResult
    {
        QString summary; ///< "valid, expires in 40 min, account matches", in words
        QDateTime when;
    };

    /**
     * A summary of the user and each identity for a support ticket: provider, connection, which
     * tokens exist with their length, fingerprint and expiry, and the last provider check; never a
     * token value. user is the redacted user (redactUser()); expiries and checks are keyed by
     * tokenKey().
     */
    static QString ticketText(const QJsonObject &redactedUser, const TenantProfile &profile,
                              Format format, const QHash<QString, QString> &expiries = {},
                              const QHash<QString, CheckResult> &checks = {},
                              const QDateTime &now = QDateTime::currentDateTimeUtc());
    /** The key of identity number index's token of a kind, in expiries and checks. */
    static QString tokenKey(int identityIndex, const QString &kind);
};
