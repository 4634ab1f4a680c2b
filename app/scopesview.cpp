#include "scopesview.h"

#include "tokenprovider.h"
#include "uicolours.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString scopesHtml(const QStringList &granted, const QStringList &needed)
{
    QStringList parts;
    for (const QString &scope : needed.isEmpty() ? TokenProvider::defaultScopes() : needed) {
        parts.append(granted.contains(scope)
                             ? colouredHtml(UiColour::Good, u"✔ "_s + scope)
                             : colouredHtml(UiColour::Bad,
                                            u"✘ %1 %2"_s.arg(scope,
                                                             QCoreApplication::translate(
                                                                     "Scopes", "missing"))));
    }
    return parts.join(u"&nbsp;&nbsp;"_s);
}

QString scopesAdvice(const QStringList &granted, const QStringList &needed)
{
    const QStringList wanted = needed.isEmpty() ? TokenProvider::defaultScopes() : needed;
    QStringList lines;
    if (!granted.contains(u"read:users"_s))
        lines.append(QCoreApplication::translate("Scopes",
                                                 "Without read:users users cannot be searched."));
    if (wanted.contains(u"read:user_idp_tokens"_s) && !granted.contains(u"read:user_idp_tokens"_s))
        lines.append(QCoreApplication::translate(
                "Scopes", "Without read:user_idp_tokens Auth0 will hide the IdP tokens."));
    if (lines.isEmpty())
        return {};
    lines.append(QCoreApplication::translate(
            "Scopes",
            "To fix it: Auth0 Dashboard › Applications › APIs › Auth0 Management API › "
            "Machine To Machine Applications, expand this application, tick the scopes, "
            "save, then test the connection again."));
    return lines.join(u' ');
}

QString optionalScopesHtml(std::optional<bool> logsGranted)
{
    if (!logsGranted)
        return {};
    if (*logsGranted)
        return colouredHtml(UiColour::Good, u"✔ read:logs"_s);
    return u"<span title=\"%1\">%2</span>"_s.arg(
            QCoreApplication::translate("Scopes",
                                        "Optional: with read:logs the user view shows who read "
                                        "the user's IdP tokens.")
                    .toHtmlEscaped(),
            QCoreApplication::translate("Scopes", "read:logs not granted (optional)")
                    .toHtmlEscaped());
}
