#include "keychainmigration.h"

#include "appcontext.h"
#include "credentialstore.h"
#include "logging.h"
#include "profilestore.h"

#include <QPointer>

#include <algorithm>
#include <memory>
#include <optional>

namespace {

struct Migration
{
    AppContext *context = nullptr;
    QPointer<QObject> receiver;
    QStringList ids;
    std::function<void()> done;
};

void moveNext(const std::shared_ptr<Migration> &migration)
{
    if (!migration->receiver)
        return;
    if (migration->ids.isEmpty()) {
        migration->done();
        return;
    }
    const QString id = migration->ids.takeFirst();
    const std::optional<TenantProfile> profile = migration->context->profiles()->find(id);
    CredentialStore *store = migration->context->credentials();
    if (!profile || !store->needsMove(*profile))
        return moveNext(migration);
    const CredentialStore::Entry to = store->labelledEntry(*profile);
    KeychainRequest *move = store->moveSecret(store->storedEntry(*profile), to);
    QObject::connect(move, &KeychainRequest::finished, migration->receiver.data(),
                     [migration, move, id, to] {
                         move->deleteLater();
                         if (move->error() != KeychainRequest::Error::None) {
                             qCInfo(lcKeychain) << "a profile's keychain entry was not renamed:"
                                                << move->errorString();
                         } else if (std::optional<TenantProfile> moved
                                    = migration->context->profiles()->find(id)) {
                             moved->keychainService = to.service;
                             moved->keychainAccount = to.key;
                             migration->context->profiles()->save(*moved);
                         }
                         moveNext(migration);
                     });
}

} // namespace

void moveKeychainEntries(AppContext &context, QObject *receiver, std::function<void()> done)
{
    auto migration = std::make_shared<Migration>();
    migration->context = &context;
    migration->receiver = receiver;
    migration->done = std::move(done);
    const QList<TenantProfile> profiles = context.profiles()->profiles();
    CredentialStore *store = context.credentials();
    for (const TenantProfile &profile : profiles) {
        if (!store->needsMove(profile))
            continue;
        const CredentialStore::Entry to = store->labelledEntry(profile);
        // Two profiles of an older version may have the same name and domain: neither may take
        // the other's entry.
        const bool shared
                = std::any_of(profiles.cbegin(), profiles.cend(), [&](const TenantProfile &other) {
                      return other.id != profile.id && other.hasStoredSecret
                              && (store->labelledEntry(other) == to
                                  || store->storedEntry(other) == to);
                  });
        if (!shared)
            migration->ids.append(profile.id);
    }
    moveNext(migration);
}
