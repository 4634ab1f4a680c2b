#include "demotenant.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

DemoTenant::DemoTenant(QObject *parent)
    : QObject(parent)
{ }

DemoTenant::~DemoTenant()
{
    stop();
}

QString DemoTenant::findExecutable()
{
    const QString name = u"fake-auth0-tenant"_s;
    const QDir appDir(QCoreApplication::applicationDirPath());
    const QStringList candidates{
            appDir.filePath(name),
            appDir.filePath(u"../libexec/idp-token-inspector/"_s + name),
    };
    for (const QString &candidate : candidates) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return QStandardPaths::findExecutable(name);
}

QString DemoTenant::caCertificatePath() const
{
    return m_dir ? m_dir->filePath(u"demo-tenant-ca.pem"_s) : QString();
}

TenantProfile DemoTenant::profile() const
{
    TenantProfile demo;
    demo.id = u"demo"_s;
    demo.name = tr("Demo tenant (local)");
    demo.domain = domain();
    demo.clientId = QString::fromLatin1(ClientId);
    demo.caCertificateFile = caCertificatePath();
    demo.sessionOnly = true;
    demo.providerOverride = m_providersUrl; // the demo's checks go to its fake providers
    return demo;
}

void DemoTenant::start()
{
    const QString program = findExecutable();
    if (program.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            Q_EMIT failed(tr("The demo tenant program fake-auth0-tenant was not found next to the "
                             "app. Build the whole project (cmake --build build) and start the app "
                             "from the build folder."));
        });
        return;
    }
    m_dir = std::make_unique<QTemporaryDir>();
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setProgram(program);
    m_process->setArguments({u"--port"_s, u"0"_s, u"--ca-out"_s, caCertificatePath()});
#ifdef Q_OS_LINUX
    // Should the app be killed outright, the kernel ends the demo tenant too. If the app died
    // between fork and this call, the child's parent has already changed: end at once.
    const pid_t parent = ::getpid();
    m_process->setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent)
            ::_exit(1);
    });
#endif
    connect(m_process, &QProcess::readyReadStandardOutput, this, &DemoTenant::readOutput);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT failed(tr("The demo tenant could not start: %1").arg(m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        const bool wasReady = m_baseUrl.isValid();
        m_baseUrl.clear();
        const QString detail = QString::fromUtf8(m_process->readAllStandardError()).trimmed();
        Q_EMIT failed(wasReady ? tr("The demo tenant stopped (exit code %1).").arg(code)
                               : tr("The demo tenant exited before it was ready: %1").arg(detail));
    });
    qCInfo(lcDemo) << "starting demo tenant" << program;
    m_process->start();
}

void DemoTenant::readOutput()
{
    m_output += m_process->readAllStandardOutput();
    const qsizetype newline = m_output.indexOf('\n');
    if (newline < 0 || m_baseUrl.isValid())
        return;
    const QByteArray line = m_output.left(newline).trimmed();
    constexpr QByteArrayView prefix("listening ");
    if (!line.startsWith(prefix)) {
        Q_EMIT failed(
                tr("The demo tenant printed an unexpected line: %1").arg(QString::fromUtf8(line)));
        return;
    }
    // "listening https://127.0.0.1:PORT providers https://127.0.0.1:PORT2"
    const QList<QByteArray> words = line.mid(prefix.size()).split(' ');
    m_baseUrl = QUrl(QString::fromUtf8(words.value(0)));
    if (words.size() == 3 && words.at(1) == "providers")
        m_providersUrl = QUrl(QString::fromUtf8(words.at(2)));
    qCInfo(lcDemo) << "demo tenant ready at" << m_baseUrl.toString();
    Q_EMIT ready();
}

void DemoTenant::stop()
{
    if (!m_process)
        return;
    m_process->disconnect(this);
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(2000))
            m_process->kill();
        m_process->waitForFinished(1000);
    }
    m_process->deleteLater();
    m_process = nullptr;
    m_baseUrl.clear();
    m_dir.reset(); // the CA it wrote goes with it
}
