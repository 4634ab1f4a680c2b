#pragma once

#include "faketenant.h"
#include "mainwindow.h"
#include "secretbytes.h"
#include "wait.h"

#include <QFile>
#include <QSignalSpy>

// Connects a main window to a running fake tenant with the demo tenant's M2M application, as a
// session-only profile (never saved, secret in memory). Returns whether the connection test
// passed. The tenant's CA is written to caFile, which the profile trusts.
inline bool
connectToFakeTenant(MainWindow &window, const FakeAuth0::FakeTenant &tenant, const QString &caFile,
                    TenantProfile::Environment environment
                    = TenantProfile::Environment::Development,
                    const QString &clientId = QStringLiteral("demoInspectorM2mClient0001"),
                    const QByteArray &secret = "demo-secret-for-the-local-fake-tenant-only")
{
    QFile ca(caFile);
    if (!ca.open(QIODevice::WriteOnly) || ca.write(tenant.caCertificatePem()) < 0)
        return false;
    ca.close();
    TenantProfile profile;
    profile.name = QStringLiteral("Demo tenant (local)");
    profile.domain = tenant.domain();
    profile.clientId = clientId;
    profile.caCertificateFile = caFile;
    profile.environment = environment;
    profile.providerOverride = tenant.providersBaseUrl(); // provider checks go to its fakes
    QSignalSpy connected(&window, &MainWindow::connectionChecked);
    window.useSessionProfile(profile, SecretBytes(secret));
    return waitForSignal(connected);
}
