#include "handover.h"

#include "redaction.h"
#include "safenumbers.h"

#include <QJsonArray>
#include <QStringList>

using namespace Qt::StringLiterals;

QUrl Handover::dashboardUserUrl(const TenantProfile &profile, const QString &userId,
                                QString *whyNot)
{
    QString host = profile.domain.section(u':', 0, 0).toLower();
    switch (TenantProfile::domainKind(profile.domain)) {
    case TenantProfile::DomainKind::Loopback:
        *whyNot = tr("%1 is a local tenant: it has no Auth0 Dashboard.").arg(profile.domain);
        return {};
    case TenantProfile::DomainKind::PrivateCloud:
        *whyNot = tr("%1 is a Private Cloud tenant: its Dashboard address is not derived from "
                     "the domain. Open your Private Cloud Dashboard and search for the user there.")
                          .arg(profile.domain);
        return {};
    case TenantProfile::DomainKind::Custom: {
        // The audience still names the canonical tenant domain.
        const QString audienceHost = QUrl(profile.effectiveAudience()).host().toLower();
        if (TenantProfile::domainKind(audienceHost) != TenantProfile::DomainKind::Auth0) {
            *whyNot = tr("%1 is a custom domain and the profile's audience does not name the "
                         "tenant's auth0.com domain, so the Dashboard address cannot be known.")
                              .arg(profile.domain);
            return {};
        }
        host = audienceHost;
        break;
    }
    case TenantProfile::DomainKind::Auth0:
        break;
    }
    // {tenant}.{region}.auth0.com, or {tenant}.auth0.com for the oldest US tenants.
    const QStringList labels = host.split(u'.');
    const QString tenant = labels.value(0);
    const QString region = labels.size() >= 4 ? labels.at(1) : u"us"_s;
    const QByteArray encoded = QUrl::toPercentEncoding(userId, "!*'()").toBase64();
    whyNot->clear();
    return QUrl(u"https://manage.auth0.com/dashboard/%1/%2/users/%3"_s.arg(
            region, tenant, QString::fromLatin1(encoded)));
}

QString Handover::tokenKey(int identityIndex, const QString &kind)
{
    return QString::number(identityIndex) + u'/' + kind;
}

namespace {

// Plain text and Markdown differ only in how headings, items and literals look.
struct Style
{
    bool markdown = false;
    QString heading(const QString &text) const
    {
        if (markdown)
            return u"### "_s + text;
        return text + u'\n' + QString(text.size(), u'-');
    }
    QString literal(const QString &text) const
    {
        if (!markdown)
            return text;
        QString safe = text;
        safe.replace(u'`', u'\'');
        return u'`' + safe + u'`';
    }
    QString item(int depth, const QString &text) const
    {
        const QString bullet = markdown ? u"- "_s : u"* "_s;
        return QString(depth * 3, u' ') + bullet + text;
    }
};

} // namespace

QString Handover::ticketText(const QJsonObject &user, const TenantProfile &profile, Format format,
                             const QHash<QString, QString> &expiries,
                             const QHash<QString, CheckResult> &checks, const QDateTime &now)
{
    const Style style{format == Format::Markdown};
    QStringList lines;
    const QString userId = user.value(u"user_id"_s).toString();
    const QString name = user.value(u"name"_s).toString();
    lines << style.heading(name.isEmpty() ? tr("Auth0 user %1").arg(userId)
                                          : tr("Auth0 user %1 (%2)").arg(userId, name));
    lines << style.item(0, tr("User ID: %1").arg(style.literal(userId)));
    if (user.contains(u"email"_s))
        lines << style.item(0,
                            tr("Email: %1%2")
                                    .arg(user.value(u"email"_s).toString(),
                                         user.value(u"email_verified"_s).toBool()
                                                 ? tr(" (verified)")
                                                 : tr(" (not verified)")));
    lines << style.item(0,
                        tr("Tenant: %1 (profile \"%2\", %3)")
                                .arg(profile.domain, profile.name,
                                     TenantProfile::environmentName(profile.environment)));
    for (const char *key : {"created_at", "last_login", "logins_count", "blocked"}) {
        const QString field = QString::fromLatin1(key);
        if (user.contains(field))
            lines << style.item(0,
                                u"%1: %2"_s.arg(field, SafeNumbers::scalarText(user.value(field))));
    }
    lines << style.item(0,
                        tr("Read with IdP Token Inspector at %1")
                                .arg(now.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s)));
    lines << QString();

    const QJsonArray identities = user.value(u"identities"_s).toArray();
    lines << style.heading(tr("Identities (%1)").arg(identities.size()));
    for (int i = 0; i < identities.size(); ++i) {
        const QJsonObject identity = identities.at(i).toObject();
        const QString provider = identity.value(u"provider"_s).toString();
        lines << tr("%1. %2, connection %3, user id %4%5")
                         .arg(i + 1)
                         .arg(style.markdown ? u"**"_s + provider + u"**"_s : provider,
                              style.literal(identity.value(u"connection"_s).toString()),
                              style.literal(SafeNumbers::scalarText(identity.value(u"user_id"_s))),
                              i == 0 ? tr(" (primary)") : QString());
        bool anyToken = false;
        const QStringList keys = identity.keys();
        for (const QString &key : keys) {
            if (!isSecretKey(key))
                continue;
            anyToken = true;
            // The redacted value: "[redacted: N chars, SHA-256 xxxx xxxx]", never the token.
            QString line = u"%1: %2"_s.arg(key, identity.value(key).toString());
            if (const QString expiry = expiries.value(tokenKey(i, key)); !expiry.isEmpty())
                line += u", "_s + expiry;
            const auto check = checks.constFind(tokenKey(i, key));
            line += check == checks.cend()
                    ? tr("; not checked at the provider")
                    : tr("; checked at the provider %1: %2")
                              .arg(check->when.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s),
                                   check->summary);
            lines << style.item(1, line);
        }
        if (identity.contains(u"expires_in"_s))
            lines << style.item(1,
                                u"expires_in: %1"_s.arg(
                                        SafeNumbers::scalarText(identity.value(u"expires_in"_s))));
        if (!anyToken)
            lines << style.item(1, tr("no IdP token in the answer"));
    }
    lines << QString();
    lines << tr("Token values are not included: each token is named by its length and the first "
                "digits of its SHA-256.");
    return lines.join(u'\n') + u'\n';
}
