#pragma once

#include "faketenant.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

// A fake tenant on a thread of its own, as a real tenant is on another machine: its TLS
// handshakes and answers never wait for the app's layout and painting, so the app's time on top
// of the network is the app's alone.
class TenantThread final
{
public:
    TenantThread()
    {
        m_context.moveToThread(&m_thread);
        m_thread.start();
    }
    ~TenantThread()
    {
        run([this] { m_tenant.reset(); });
        m_thread.quit();
        m_thread.wait();
    }

    /** Creates and starts the tenant on its thread; configure runs there before it starts. */
    FakeAuth0::FakeTenant *start(const std::function<void(FakeAuth0::FakeTenant &)> &configure,
                                 QString *error)
    {
        bool ok = false;
        run([&] {
            m_tenant = std::make_unique<FakeAuth0::FakeTenant>();
            ok = m_tenant->loadDemoSeed(error);
            if (ok)
                configure(*m_tenant);
            ok = ok && m_tenant->start(0, error);
        });
        return ok ? m_tenant.get() : nullptr;
    }

    /** Runs work on the tenant's thread and waits for it. */
    void run(const std::function<void()> &work)
    {
        QMetaObject::invokeMethod(&m_context, work, Qt::BlockingQueuedConnection);
    }

private:
    QThread m_thread;
    QObject m_context;
    std::unique_ptr<FakeAuth0::FakeTenant> m_tenant;
};
