#include "credentialstore.h"

#include "logging.h"
#include "tenantprofile.h"

#include <QTimer>
#include <QUuid>
#include <qt6keychain/keychain.h>

#include <algorithm>

using namespace Qt::StringLiterals;

KeychainRequest::KeychainRequest(QObject *parent)
    : QObject(parent)
{ }

KeychainRequest::~KeychainRequest() = default;

void KeychainRequest::finish(Error error, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_errorString = message;
    // Always through the event loop, so callers can connect after the call returns.
    QTimer::singleShot(0, this, &KeychainRequest::finished);
}

CredentialStore::CredentialStore(const QString &service, const QString &labelPrefix,
                                 QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_labelPrefix(labelPrefix.isEmpty() ? service : labelPrefix)
{ }

CredentialStore::Entry CredentialStore::labelledEntry(const TenantProfile &profile) const
{
    return {u"%1: %2 (%3)"_s.arg(m_labelPrefix, profile.name.trimmed(), profile.domain.trimmed()),
            profile.clientId.trimmed()};
}

CredentialStore::Entry CredentialStore::storedEntry(const TenantProfile &profile) const
{
    if (profile.keychainService.isEmpty())
        return {m_service, profile.id};
    return {profile.keychainService, profile.keychainAccount};
}

bool CredentialStore::needsMove(const TenantProfile &profile) const
{
    return profile.hasStoredSecret && !profile.sessionOnly
            && storedEntry(profile) != labelledEntry(profile);
}

QString CredentialStore::backendName()
{
#if defined(Q_OS_MACOS)
    return tr("the macOS Keychain");
#elif defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#else
    return tr("the desktop keyring (Secret Service or KWallet)");
#endif
}

KeychainRequest::Error CredentialStore::classify(int keychainError, const QString &message)
{
    switch (keychainError) {
    case QKeychain::NoError:
        return KeychainRequest::Error::None;
    case QKeychain::EntryNotFound:
        return KeychainRequest::Error::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return KeychainRequest::Error::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return KeychainRequest::Error::NoBackend;
    default:
        break;
    }
    // libsecret reports a missing bus or service as a generic error; its text tells them apart.
    if (message.contains(u"D-Bus"_s, Qt::CaseInsensitive)
        || message.contains(u"org.freedesktop.secrets"_s)
        || message.contains(u"Could not connect"_s, Qt::CaseInsensitive)
        || message.contains(u"ServiceUnknown"_s))
        return KeychainRequest::Error::NoBackend;
    if (message.contains(u"/collection/"_s) || message.contains(u"locked"_s, Qt::CaseInsensitive))
        return KeychainRequest::Error::AccessDenied;
    return KeychainRequest::Error::Other;
}

QString CredentialStore::describe(KeychainRequest::Error error, const QString &detail)
{
    switch (error) {
    case KeychainRequest::Error::None:
        return {};
    case KeychainRequest::Error::NotFound:
        return tr("No secret is stored for this profile. Enter the client secret again.");
    case KeychainRequest::Error::AccessDenied:
        return tr("The keychain refused access: it may be locked. Unlock your login keyring "
                  "(or allow IdP Token Inspector in the prompt) and try again. (%1)")
                .arg(detail);
    case KeychainRequest::Error::NoBackend:
        return tr("No keychain service is reachable, so secrets cannot be stored. On Linux, start "
                  "GNOME Keyring or KWallet in your desktop session. (%1)")
                .arg(detail);
    case KeychainRequest::Error::Other:
        return tr("The keychain reported an error: %1").arg(detail);
    }
    return detail;
}

void CredentialStore::finishFromJob(KeychainRequest *request, QKeychain::Job *job)
{
    const auto error = classify(job->error(), job->errorString());
    if (error != KeychainRequest::Error::None)
        qCInfo(lcKeychain) << "keychain job failed:" << job->error() << job->errorString();
    request->finish(error, describe(error, job->errorString()));
}

namespace {

// Every job is made the same way: owned by its request, deleted when done, and never allowed the
// insecure (plaintext) fallback.
template<typename JobType>
JobType *makeJob(const QString &service, const QString &key, KeychainRequest *request)
{
    auto *job = new JobType(service, request);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

KeychainRequest *CredentialStore::writeSecret(const QString &key, const SecretBytes &secret)
{
    return writeSecret(Entry{m_service, key}, secret);
}

KeychainRequest *CredentialStore::readSecret(const QString &key)
{
    return readSecret(Entry{m_service, key});
}

KeychainRequest *CredentialStore::removeSecret(const QString &key)
{
    return removeSecret(Entry{m_service, key});
}

KeychainRequest *CredentialStore::writeSecret(const Entry &entry, const SecretBytes &secret)
{
    auto *request = new KeychainRequest(this);
    auto *job = makeJob<QKeychain::WritePasswordJob>(entry.service, entry.key, request);
    // The job's own copy: the caller's secret may be wiped (and a shared buffer with it) before
    // the job runs. A secret of printable characters (client secrets, PEM keys) is stored as
    // text, so a keyring shows it as it is rather than in base64; the text copy made on the way
    // is overwritten.
    const QByteArrayView bytes(secret.reveal().constData(), secret.size());
    const bool printable = std::all_of(bytes.begin(), bytes.end(), [](char c) {
        return (c >= 0x20 && c < 0x7f) || c == '\n' || c == '\r' || c == '\t';
    });
    if (printable) {
        QString text = QString::fromLatin1(bytes);
        job->setTextData(text);
        std::fill(text.begin(), text.end(), QChar());
    } else {
        job->setBinaryData(bytes.toByteArray());
    }
    connect(job, &QKeychain::Job::finished, request,
            [this, request, job] { finishFromJob(request, job); });
    job->start();
    return request;
}

KeychainRequest *CredentialStore::readSecret(const Entry &entry)
{
    auto *request = new KeychainRequest(this);
    auto *job = makeJob<QKeychain::ReadPasswordJob>(entry.service, entry.key, request);
    connect(job, &QKeychain::Job::finished, request, [this, request, job] {
        if (job->error() == QKeychain::NoError) {
            QByteArray data = job->binaryData();
            request->m_secret = SecretBytes(std::move(data));
        }
        finishFromJob(request, job);
    });
    job->start();
    return request;
}

KeychainRequest *CredentialStore::removeSecret(const Entry &entry)
{
    auto *request = new KeychainRequest(this);
    auto *job = makeJob<QKeychain::DeletePasswordJob>(entry.service, entry.key, request);
    connect(job, &QKeychain::Job::finished, request,
            [this, request, job] { finishFromJob(request, job); });
    job->start();
    return request;
}

KeychainRequest *CredentialStore::moveSecret(const Entry &from, const Entry &to)
{
    auto *request = new KeychainRequest(this);
    if (from == to) {
        request->finish(KeychainRequest::Error::None, {});
        return request;
    }
    auto fail = [request](KeychainRequest *step) {
        request->finish(step->error(), step->errorString());
        step->deleteLater();
    };
    KeychainRequest *read = readSecret(from);
    connect(read, &KeychainRequest::finished, request, [this, request, read, from, to, fail] {
        if (read->error() != KeychainRequest::Error::None)
            return fail(read);
        read->deleteLater();
        // The secret is wiped when this copy goes, right after the write job took its own.
        const SecretBytes secret = read->takeSecret();
        KeychainRequest *write = writeSecret(to, secret);
        connect(write, &KeychainRequest::finished, request, [this, request, write, from, fail] {
            if (write->error() != KeychainRequest::Error::None)
                return fail(write);
            write->deleteLater();
            KeychainRequest *remove = removeSecret(from);
            connect(remove, &KeychainRequest::finished, request, [request, remove] {
                remove->deleteLater();
                if (remove->error() != KeychainRequest::Error::None)
                    qCInfo(lcKeychain) << "the old keychain entry stays:" << remove->errorString();
                request->finish(KeychainRequest::Error::None, {});
            });
        });
    });
    return request;
}

KeychainRequest *CredentialStore::probe()
{
    auto *request = new KeychainRequest(this);
    const QString key = u"health-check-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray canary = QUuid::createUuid().toByteArray();
    auto fail = [request](KeychainRequest *step) {
        request->finish(step->error(), step->errorString());
        step->deleteLater();
    };
    KeychainRequest *write = writeSecret(key, SecretBytes(canary));
    connect(write, &KeychainRequest::finished, request, [this, request, key, canary, write, fail] {
        if (write->error() != KeychainRequest::Error::None)
            return fail(write);
        write->deleteLater();
        KeychainRequest *read = readSecret(key);
        connect(read, &KeychainRequest::finished, request,
                [this, request, key, canary, read, fail] {
                    if (read->error() != KeychainRequest::Error::None)
                        return fail(read);
                    const bool same = read->takeSecret().reveal() == canary;
                    read->deleteLater();
                    KeychainRequest *remove = removeSecret(key);
                    connect(remove, &KeychainRequest::finished, request,
                            [request, remove, same, fail] {
                                if (remove->error() != KeychainRequest::Error::None)
                                    return fail(remove);
                                remove->deleteLater();
                                if (!same) {
                                    request->finish(KeychainRequest::Error::Other,
                                                    tr("The keychain returned a different value "
                                                       "than was stored."));
                                } else {
                                    request->finish(KeychainRequest::Error::None, {});
                                }
                            });
                });
    });
    return request;
}
