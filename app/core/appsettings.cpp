#include "appsettings.h"

#include <QSettings>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {

// The one table of integer settings: name, default, minimum, maximum.
constexpr std::array<AppSettings::Definition, 6> Definitions{{
        {AppSettings::Key::NetworkTimeoutSeconds, "network/timeoutSeconds", 30, 1, 600},
        {AppSettings::Key::MaxResponseMegabytes, "network/maxResponseMegabytes", 16, 1, 1024},
        {AppSettings::Key::ClipboardClearSeconds, "security/clipboardSeconds", 20, 1, 600},
        {AppSettings::Key::RevealSeconds, "security/revealSeconds", 30, 1, 600},
        {AppSettings::Key::IdleLockMinutes, "security/idleLockMinutes", 10, 0, 1440},
        {AppSettings::Key::SendClientInfo, "network/sendClientInfo", 1, 0, 1},
}};

QString historyKey(const QString &profileId)
{
    return u"history/"_s + profileId;
}

} // namespace

const AppSettings::Definition &AppSettings::definition(Key key)
{
    const auto it = std::find_if(Definitions.cbegin(), Definitions.cend(),
                                 [key](const Definition &d) { return d.key == key; });
    Q_ASSERT(it != Definitions.cend());
    return *it;
}

AppSettings::AppSettings(const QString &path)
    : m_settings(path.isEmpty() ? std::make_unique<QSettings>()
                                : std::make_unique<QSettings>(path, QSettings::IniFormat))
{ }

AppSettings::~AppSettings() = default;

int AppSettings::value(Key key) const
{
    const Definition &d = definition(key);
    bool ok = false;
    const int stored = m_settings->value(QString::fromLatin1(d.name)).toInt(&ok);
    return ok ? std::clamp(stored, d.minimum, d.maximum) : d.defaultValue;
}

void AppSettings::setValue(Key key, int value)
{
    const Definition &d = definition(key);
    m_settings->setValue(QString::fromLatin1(d.name), std::clamp(value, d.minimum, d.maximum));
}

HttpSettings AppSettings::httpSettings() const
{
    HttpSettings http;
    http.timeoutMs = value(Key::NetworkTimeoutSeconds) * 1000;
    http.sendClientInfo = value(Key::SendClientInfo) != 0;
    http.maxResponseBytes = qint64(value(Key::MaxResponseMegabytes)) * 1024 * 1024;
    return http;
}

QStringList AppSettings::history(const QString &profileId) const
{
    return m_settings->value(historyKey(profileId)).toStringList();
}

void AppSettings::setHistory(const QString &profileId, const QStringList &queries)
{
    m_settings->setValue(historyKey(profileId), queries);
}

void AppSettings::removeHistory(const QString &profileId)
{
    m_settings->remove(historyKey(profileId));
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}
