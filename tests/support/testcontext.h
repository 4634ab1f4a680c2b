#pragma once

#include "appcontext.h"
#include "appsettings.h"
#include "credentialstore.h"
#include "profilestore.h"
#include "wait.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>

/**
 * Saves the profile with its secret in its labelled keychain entry, as the profile dialog does;
 * profile gets its id and entry. False when the keychain refused.
 */
inline bool saveProfileWithSecret(AppContext &context, TenantProfile &profile,
                                  const SecretBytes &secret)
{
    profile = context.profiles()->save(profile);
    const CredentialStore::Entry entry = context.credentials()->labelledEntry(profile);
    KeychainRequest *write = context.credentials()->writeSecret(entry, secret);
    QSignalSpy done(write, &KeychainRequest::finished);
    const bool ok = waitForSignal(done) && write->error() == KeychainRequest::Error::None;
    delete write;
    if (!ok)
        return false;
    profile.hasStoredSecret = true;
    profile.keychainService = entry.service;
    profile.keychainAccount = entry.key;
    profile = context.profiles()->save(profile);
    return true;
}

/**
 * An application context of the test's own: a settings file and an audit log in a folder that
 * goes with the test, and a keychain service name no one else uses. The keychain entries of its
 * profiles are removed when it goes, so a test leaves nothing in any keychain.
 */
class TestContext final
{
public:
    TestContext()
        : m_locations{m_dir.filePath(QStringLiteral("settings.ini")),
                      QStringLiteral("idp-token-inspector-test-")
                              + QUuid::createUuid().toString(QUuid::Id128),
                      m_dir.filePath(QStringLiteral("audit.jsonl")), QString()}
        , m_context(std::make_unique<AppContext>(m_locations))
    { }

    ~TestContext() { removeKeychainEntries(); }

    TestContext(const TestContext &) = delete;
    TestContext &operator=(const TestContext &) = delete;

    AppContext &operator*() const { return *m_context; }
    AppContext *operator->() const { return m_context.get(); }
    const AppContext::Locations &locations() const { return m_locations; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    /** A new context over the same files and keychain service, as after a restart. */
    void restart()
    {
        m_context.reset();
        m_context = std::make_unique<AppContext>(m_locations);
    }

    QByteArray settingsFileText() const
    {
        m_context->settings()->settings()->sync();
        QFile file(m_locations.settingsFile);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    void removeKeychainEntries()
    {
        const QList<TenantProfile> profiles = m_context->profiles()->profiles();
        for (const TenantProfile &profile : profiles) {
            if (!profile.hasStoredSecret)
                continue;
            KeychainRequest *request = m_context->credentials()->removeSecret(
                    m_context->credentials()->storedEntry(profile));
            QSignalSpy done(request, &KeychainRequest::finished);
            waitForSignal(done, 10000);
            delete request;
        }
    }

private:
    QTemporaryDir m_dir;
    AppContext::Locations m_locations;
    std::unique_ptr<AppContext> m_context;
};
