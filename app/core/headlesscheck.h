#pragma once

#include <QString>

class AppContext;
class QTextStream;

/**
 * The connection check for scripts and SSH sessions, without a display:
 * `idp-token-inspector --list-profiles` and `--test-connection PROFILE`. It prints the same
 * diagnosis as the profile dialog (summary, fix, granted scopes, access level) and never a
 * secret or token.
 */
namespace HeadlessCheck {

/** Exit codes: the profile connects with what it needs; it does not; the command was wrong. */
enum ExitCode { Connected = 0, NotConnected = 1, UsageError = 2 };

int listProfiles(const AppContext &context, QTextStream &out);
/** PROFILE is a saved profile's id or name (names are matched ignoring case). */
int testConnection(const AppContext &context, const QString &profile, QTextStream &out);

} // namespace HeadlessCheck
