#include "headlesscheck.h"

#include "appcontext.h"
#include "appsettings.h"
#include "credentialstore.h"
#include "profilestore.h"
#include "tenantsession.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HeadlessCheck", text);
}

// Runs the event loop until the signal comes or the deadline passes; false on the deadline.
template<typename Sender, typename Signal>
bool waitFor(Sender *sender, Signal signal, int deadlineMs)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    bool timedOut = false;
    QTimer::singleShot(deadlineMs, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    loop.exec();
    return !timedOut;
}

void printProfile(const TenantProfile &profile, QTextStream &out)
{
    out << QCoreApplication::translate("HeadlessCheck", "Profile: %1 (%2)")
                    .arg(profile.name, profile.id)
        << '\n'
        << QCoreApplication::translate("HeadlessCheck", "Domain: %1").arg(profile.domain) << '\n'
        << QCoreApplication::translate("HeadlessCheck", "Client ID: %1").arg(profile.clientId)
        << '\n'
        << QCoreApplication::translate("HeadlessCheck", "Access level: %1 (%2)")
                    .arg(TenantProfile::accessLevelName(profile.accessLevel),
                         TenantProfile::accessLevelScopes(profile.accessLevel).join(u' '))
        << '\n';
}

} // namespace

int HeadlessCheck::listProfiles(const AppContext &context, QTextStream &out)
{
    const QList<TenantProfile> profiles = context.profiles()->profiles();
    if (profiles.isEmpty()) {
        out << tr("No saved profiles. Add one in the app (Profiles…).") << '\n';
        return Connected;
    }
    for (const TenantProfile &profile : profiles) {
        out << profile.id << '\t' << profile.name << '\t' << profile.domain << '\t'
            << TenantProfile::environmentKey(profile.environment) << '\t'
            << TenantProfile::accessLevelKey(profile.accessLevel) << '\n';
    }
    return Connected;
}

int HeadlessCheck::testConnection(const AppContext &context, const QString &wanted,
                                  QTextStream &out)
{
    const QList<TenantProfile> profiles = context.profiles()->profiles();
    QList<TenantProfile> matches;
    for (const TenantProfile &profile : profiles) {
        if (profile.id == wanted)
            matches = {profile};
    }
    if (matches.isEmpty()) {
        for (const TenantProfile &profile : profiles) {
            if (profile.name.compare(wanted, Qt::CaseInsensitive) == 0)
                matches.append(profile);
        }
    }
    if (matches.isEmpty()) {
        out << tr("No saved profile is called or has the id \"%1\". See --list-profiles.")
                        .arg(wanted)
            << '\n';
        return UsageError;
    }
    if (matches.size() > 1) {
        out << tr("%1 profiles are called \"%2\": name one by its id (see --list-profiles).")
                        .arg(matches.size())
                        .arg(wanted)
            << '\n';
        return UsageError;
    }
    const TenantProfile profile = matches.first();
    printProfile(profile, out);
    const HttpSettings http = context.settings()->httpSettings();
    const int deadlineMs = http.timeoutMs * 3 + 10000; // the token request, its retries, one more

    if (!profile.hasStoredSecret) {
        out << tr("Result: no client secret is stored for this profile.") << '\n'
            << tr("Fix: open the profile in the app and enter its client secret.") << '\n';
        return NotConnected;
    }
    KeychainRequest *read
            = context.credentials()->readSecret(context.credentials()->storedEntry(profile));
    if (!read->isFinished() && !waitFor(read, &KeychainRequest::finished, deadlineMs)) {
        out << tr("Result: the keychain did not answer (%1).").arg(CredentialStore::backendName())
            << '\n';
        delete read;
        return NotConnected;
    }
    if (read->error() != KeychainRequest::Error::None) {
        out << tr("Result: the client secret could not be read from the keychain (%1).")
                        .arg(CredentialStore::backendName())
            << '\n'
            << tr("Detail: %1").arg(read->errorString()) << '\n'
            << tr("Fix: unlock or start the keychain (on Linux a Secret Service such as "
                  "gnome-keyring or KWallet on the session's D-Bus), then try again.")
            << '\n';
        delete read;
        return NotConnected;
    }

    TenantSession session(profile, http);
    session.setClientSecret(read->takeSecret());
    delete read;
    ConnectionCheck *check = session.checkConnection();
    if (!waitFor(check, &ConnectionCheck::finished, deadlineMs)) {
        out << tr("Result: no answer within %1 s.").arg(deadlineMs / 1000) << '\n';
        return NotConnected;
    }
    if (check->grantAllowsLessThanProfile()) {
        out << tr("Result: the application may read identities, not IdP tokens.") << '\n'
            << tr("Detail: %1").arg(check->error().message) << '\n'
            << tr("Fix: tick read:user_idp_tokens for this application in Auth0 Dashboard › "
                  "Applications › APIs › Auth0 Management API, or set the profile's Access to "
                  "Identities only.")
            << '\n'
            << tr("Granted scopes: %1").arg(check->grantedScopes().join(u' ')) << '\n'
            << tr("The grant allows: %1")
                        .arg(TenantProfile::accessLevelName(
                                TenantProfile::AccessLevel::IdentitiesOnly))
            << '\n';
        return NotConnected;
    }
    if (check->isError()) {
        const Diagnosis diagnosis = ErrorAdvisor::diagnose(check->error());
        out << tr("Result: %1").arg(diagnosis.summary) << '\n';
        if (!diagnosis.detail.isEmpty())
            out << tr("Detail: %1").arg(diagnosis.detail) << '\n';
        if (!diagnosis.fix.isEmpty())
            out << tr("Fix: %1").arg(diagnosis.fix) << '\n';
        return NotConnected;
    }
    const QStringList needed = TenantProfile::accessLevelScopes(profile.accessLevel);
    QStringList missing;
    for (const QString &scope : needed) {
        if (!check->grantedScopes().contains(scope))
            missing.append(scope);
    }
    out << (missing.isEmpty() ? tr("Result: connected.")
                              : tr("Result: connected, but without %1.").arg(missing.join(u", "_s)))
        << '\n'
        << tr("Granted scopes: %1").arg(check->grantedScopes().join(u' ')) << '\n'
        << tr("Token valid until: %1").arg(check->expiresAt().toString(Qt::ISODate)) << '\n';
    return missing.isEmpty() ? Connected : NotConnected;
}
