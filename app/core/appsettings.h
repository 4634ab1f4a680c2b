#pragma once

#include "httpclient.h"

#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

/**
 * The app's settings with their defaults and ranges in one table. A value outside its range is
 * clamped when read, so a hand-edited settings file cannot ask for a zero timeout.
 */
class AppSettings final
{
public:
    enum class Key {
        NetworkTimeoutSeconds, ///< network/timeoutSeconds
        MaxResponseMegabytes,  ///< network/maxResponseMegabytes
        ClipboardClearSeconds, ///< security/clipboardSeconds
        RevealSeconds,         ///< security/revealSeconds
        IdleLockMinutes,       ///< security/idleLockMinutes; 0: no idle lock
        SendClientInfo,        ///< network/sendClientInfo; 1: the Auth0-Client header is sent
    };

    struct Definition
    {
        Key key;
        const char *name;
        int defaultValue;
        int minimum;
        int maximum;
    };

    /** Every integer setting: its name in the settings file, default and range. */
    static const Definition &definition(Key key);

    /** Uses the settings file at path (INI format), or the platform's default when empty. */
    explicit AppSettings(const QString &path = QString());
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    int value(Key key) const;
    void setValue(Key key, int value);

    /** The network limits of every request: timeout and largest answer. */
    HttpSettings httpSettings() const;

    /** Recent queries of one profile, newest first; never tokens. */
    QStringList history(const QString &profileId) const;
    void setHistory(const QString &profileId, const QStringList &queries);
    void removeHistory(const QString &profileId);

    /** The underlying settings, for the profile store. */
    QSettings *settings() const { return m_settings.get(); }
    QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};
