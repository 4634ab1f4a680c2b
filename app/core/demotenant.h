#pragma once

#include "tenantprofile.h"

#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class QProcess;

/**
 * Runs the bundled fake Auth0 tenant (fake-auth0-tenant) as a child process for the demo, and
 * stops it with the app. Emits ready() once it listens, or failed() with a reason.
 */
class DemoTenant final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoTenant)

public:
    /** The demo tenant's M2M application, from its built-in seed. Valid only against it. */
    static constexpr auto ClientId = "demoInspectorM2mClient0001";
    /** Its secret: public, good only against the local fake tenant, and kept in memory only. */
    static constexpr auto ClientSecret = "demo-secret-for-the-local-fake-tenant-only";

    explicit DemoTenant(QObject *parent = nullptr);
    ~DemoTenant() override;

    /** Where fake-auth0-tenant is: next to the app, in its libexec folder, or on the PATH. */
    static QString findExecutable();

    void start();
    void stop();
    QUrl baseUrl() const { return m_baseUrl; }
    QString domain() const { return m_baseUrl.authority(); }
    QString caCertificatePath() const;
    /** The session-only profile that connects to it, once it is ready. */
    TenantProfile profile() const;

Q_SIGNALS:
    void ready();
    void failed(const QString &reason);

private:
    void readOutput();

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess *m_process = nullptr;
    QByteArray m_output;
    QUrl m_baseUrl;
    QUrl m_providersUrl; ///< its fake Google, GitHub and Microsoft checks
};
