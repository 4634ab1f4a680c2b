#include "profiledialog.h"

#include "appcontext.h"
#include "appsettings.h"
#include "credentialstore.h"
#include "profilestore.h"
#include "prompts.h"
#include "scopesview.h"
#include "sessionsecrets.h"
#include "tenantsession.h"
#include "ui_profiledialog.h"
#include "uicolours.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QListWidgetItem>
#include <QMessageBox>
#include <QPushButton>
#include <QUuid>

#include <optional>

using namespace Qt::StringLiterals;

ProfileDialog::ProfileDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileDialog>())
    , m_context(context)
    , m_store(context.profiles())
    , m_credentials(context.credentials())
    , m_session(context.sessionSecrets())
{
    m_ui->setupUi(this);
    for (auto environment :
         {TenantProfile::Environment::Development, TenantProfile::Environment::Staging,
          TenantProfile::Environment::Production}) {
        m_ui->environmentCombo->addItem(TenantProfile::environmentName(environment),
                                        TenantProfile::environmentKey(environment));
    }
    for (auto level : {TenantProfile::AccessLevel::IdentitiesAndTokens,
                       TenantProfile::AccessLevel::IdentitiesOnly}) {
        m_ui->accessCombo->addItem(
                u"%1 (%2)"_s.arg(TenantProfile::accessLevelName(level),
                                 TenantProfile::accessLevelScopes(level).join(u", "_s)),
                TenantProfile::accessLevelKey(level));
    }
    m_ui->authCombo->addItem(tr("Client secret"),
                             TenantProfile::authMethodKey(TenantProfile::AuthMethod::ClientSecret));
    m_ui->authCombo->addItem(
            tr("Private key (Private Key JWT)"),
            TenantProfile::authMethodKey(TenantProfile::AuthMethod::PrivateKeyJwt));
    m_ui->algorithmCombo->addItems(PrivateKey::algorithms());
    m_ui->keyStatus->setWordWrap(true);
    connect(m_ui->authCombo, &QComboBox::currentIndexChanged, this,
            &ProfileDialog::updateAuthControls);
    connect(m_ui->generateKeyButton, &QPushButton::clicked, this, &ProfileDialog::generateKey);
    connect(m_ui->importKeyButton, &QPushButton::clicked, this, &ProfileDialog::importKey);
    connect(m_ui->copyPublicKeyButton, &QPushButton::clicked, this, &ProfileDialog::copyPublicKey);
    connect(m_ui->savePublicKeyButton, &QPushButton::clicked, this, &ProfileDialog::savePublicKey);
    m_ui->accessHint->setWordWrap(true);
    m_ui->testResult->setTextInteractionFlags(Qt::LinksAccessibleByMouse
                                              | Qt::LinksAccessibleByKeyboard);
    connect(m_ui->testResult, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == u"access:identities"_s) {
            m_ui->accessCombo->setCurrentIndex(m_ui->accessCombo->findData(
                    TenantProfile::accessLevelKey(TenantProfile::AccessLevel::IdentitiesOnly)));
            m_ui->accessCombo->setFocus();
        }
    });
    m_ui->accessHint->setText(
            tr("Identities only is enough to search users and see their linked accounts; the "
               "application then needs no access to IdP tokens."));
    for (QLabel *label : {m_ui->nameError, m_ui->domainError, m_ui->audienceError,
                          m_ui->clientIdError, m_ui->caError, m_ui->plainHttpError}) {
        label->setStyleSheet(u"color:%1;"_s.arg(uiColourName(UiColour::Bad, palette())));
        label->setWordWrap(true);
        label->hide();
    }
    m_ui->secretStatus->setWordWrap(true);

    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->domainEdit, m_ui->audienceEdit,
                            m_ui->clientIdEdit, m_ui->caFileEdit, m_ui->secretEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this] { validate(); });
    }
    connect(m_ui->plainHttpCheck, &QCheckBox::toggled, this, [this] { validate(); });
    m_ui->domainNote->setWordWrap(true);
    m_ui->domainNote->hide();
    connect(m_ui->domainEdit, &QLineEdit::editingFinished, this, &ProfileDialog::cleanDomain);
    connect(m_ui->domainEdit, &QLineEdit::textChanged, this, [this](const QString &domain) {
        m_ui->audienceEdit->setPlaceholderText(
                tr("Default: %1")
                        .arg(TenantProfile::defaultAudience(
                                domain.trimmed().isEmpty() ? u"{domain}"_s : domain.trimmed())));
    });
    connect(m_ui->profileList, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *item, QListWidgetItem *previous) {
                if (!item)
                    return;
                if (!mayDiscardEdits()) {
                    // Stay on the edited profile (or the new one, which has no item).
                    const QSignalBlocker blocker(m_ui->profileList);
                    m_ui->profileList->setCurrentItem(previous);
                    if (!previous)
                        m_ui->profileList->clearSelection();
                    return;
                }
                if (const auto profile = m_store->find(item->data(Qt::UserRole).toString()))
                    showProfile(*profile);
            });
    connect(m_ui->addButton, &QPushButton::clicked, this, &ProfileDialog::addProfile);
    connect(m_ui->duplicateButton, &QPushButton::clicked, this, &ProfileDialog::duplicateProfile);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ProfileDialog::removeProfile);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ProfileDialog::save);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->caBrowseButton, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
                this, tr("CA certificate to trust"), QString(),
                tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
        if (!file.isEmpty()) {
            m_ui->caFileEdit->setText(file);
            validate();
        }
    });

    m_ui->audienceEdit->setPlaceholderText(
            tr("Default: %1").arg(TenantProfile::defaultAudience(u"{domain}"_s)));
    reloadList(m_store->lastProfileId());
    if (m_ui->profileList->count() == 0)
        addProfile();
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::selectProfile(const QString &id)
{
    if (id.isEmpty()) {
        addProfile();
        return;
    }
    reloadList(id);
}

void ProfileDialog::reloadList(const QString &selectId)
{
    const QSignalBlocker blocker(m_ui->profileList);
    m_ui->profileList->clear();
    const auto profiles = m_store->profiles();
    QListWidgetItem *selected = nullptr;
    for (const TenantProfile &profile : profiles) {
        auto *item = new QListWidgetItem(profile.name, m_ui->profileList);
        item->setData(Qt::UserRole, profile.id);
        item->setToolTip(u"%1 · %2"_s.arg(profile.domain,
                                          TenantProfile::environmentName(profile.environment)));
        if (profile.environment == TenantProfile::Environment::Production)
            item->setForeground(uiColour(UiColour::Bad, palette()));
        if (!selected || profile.id == selectId)
            selected = item;
    }
    if (selected) {
        m_ui->profileList->setCurrentItem(selected);
        const QString id = selected->data(Qt::UserRole).toString();
        for (const TenantProfile &profile : profiles) {
            if (profile.id == id)
                showProfile(profile);
        }
    }
    m_ui->duplicateButton->setEnabled(selected);
    m_ui->removeButton->setEnabled(selected);
}

void ProfileDialog::showProfile(const TenantProfile &profile)
{
    m_current = profile;
    m_ui->nameEdit->setText(profile.name);
    m_ui->domainEdit->setText(profile.domain);
    m_ui->audienceEdit->setText(profile.audience);
    m_ui->clientIdEdit->setText(profile.clientId);
    m_ui->secretEdit->clear();
    m_ui->environmentCombo->setCurrentIndex(
            m_ui->environmentCombo->findData(TenantProfile::environmentKey(profile.environment)));
    m_ui->accessCombo->setCurrentIndex(
            m_ui->accessCombo->findData(TenantProfile::accessLevelKey(profile.accessLevel)));
    m_pendingKey.clear();
    m_pendingPublicKey.clear();
    m_ui->authCombo->setCurrentIndex(
            m_ui->authCombo->findData(TenantProfile::authMethodKey(profile.authMethod)));
    m_ui->algorithmCombo->setCurrentText(profile.signingAlgorithm);
    m_ui->keyIdEdit->setText(profile.keyId);
    updateAuthControls();
    m_ui->caFileEdit->setText(profile.caCertificateFile);
    m_ui->plainHttpCheck->setChecked(profile.plainHttp);
    m_ui->testResult->clear();
    for (QLabel *label : {m_ui->nameError, m_ui->domainError, m_ui->audienceError,
                          m_ui->clientIdError, m_ui->caError, m_ui->plainHttpError})
        label->hide();
    updateSecretStatus();
    m_shown = formProfile();
}

namespace {

bool sameForm(const TenantProfile &a, const TenantProfile &b)
{
    return a.name == b.name && a.domain == b.domain && a.audience == b.audience
            && a.clientId == b.clientId && a.environment == b.environment
            && a.accessLevel == b.accessLevel && a.authMethod == b.authMethod
            && a.signingAlgorithm == b.signingAlgorithm && a.keyId == b.keyId
            && a.caCertificateFile == b.caCertificateFile && a.plainHttp == b.plainHttp;
}

} // namespace

bool ProfileDialog::hasUnsavedEdits() const
{
    return !sameForm(formProfile(), m_shown) || !m_ui->secretEdit->text().isEmpty()
            || !m_pendingKey.isEmpty();
}

bool ProfileDialog::mayDiscardEdits()
{
    if (!hasUnsavedEdits())
        return true;
    const QString name = m_ui->nameEdit->text().trimmed();
    return Prompt::confirm(this, u"discard-profile-edits"_s, QMessageBox::Warning,
                           tr("Discard changes?"),
                           name.isEmpty() ? tr("The new profile is not saved.")
                                          : tr("The changes to “%1” are not saved.").arg(name),
                           tr("Discard them, or cancel and save them first."), tr("Discard"));
}

void ProfileDialog::reject()
{
    if (mayDiscardEdits())
        QDialog::reject();
}

TenantProfile ProfileDialog::formProfile() const
{
    TenantProfile profile = m_current;
    profile.name = m_ui->nameEdit->text().trimmed();
    profile.domain = m_ui->domainEdit->text().trimmed();
    profile.audience = m_ui->audienceEdit->text().trimmed();
    profile.clientId = m_ui->clientIdEdit->text().trimmed();
    profile.environment
            = TenantProfile::environmentFromKey(m_ui->environmentCombo->currentData().toString());
    profile.accessLevel
            = TenantProfile::accessLevelFromKey(m_ui->accessCombo->currentData().toString());
    const TenantProfile::AuthMethod method
            = TenantProfile::authMethodFromKey(m_ui->authCombo->currentData().toString());
    profile.authMethod = method;
    profile.signingAlgorithm = m_ui->algorithmCombo->currentText();
    profile.keyId = m_ui->keyIdEdit->text().trimmed();
    profile.caCertificateFile = m_ui->caFileEdit->text().trimmed();
    profile.plainHttp = m_ui->plainHttpCheck->isChecked();
    return profile;
}

void ProfileDialog::setError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void ProfileDialog::cleanDomain()
{
    const TenantProfile::CleanedDomain cleaned
            = TenantProfile::cleanDomain(m_ui->domainEdit->text());
    if (cleaned.domain != m_ui->domainEdit->text())
        m_ui->domainEdit->setText(cleaned.domain);
    m_ui->domainNote->setText(cleaned.notes.join(u' '));
    m_ui->domainNote->setVisible(!cleaned.notes.isEmpty());
    validate();
}

bool ProfileDialog::takenName(const TenantProfile &profile) const
{
    const QList<TenantProfile> others = m_store->profiles();
    return std::any_of(others.cbegin(), others.cend(), [&](const TenantProfile &other) {
        return other.id != profile.id
                && other.name.trimmed().compare(profile.name, Qt::CaseInsensitive) == 0
                && other.domain.trimmed().compare(profile.domain, Qt::CaseInsensitive) == 0;
    });
}

bool ProfileDialog::validate()
{
    const TenantProfile profile = formProfile();
    QString nameProblem = TenantProfile::validateName(profile.name);
    if (nameProblem.isEmpty() && takenName(profile))
        nameProblem = tr("Another profile for %1 has this name. Give this one its own: its "
                         "keychain entry is named after both.")
                              .arg(profile.domain);
    setError(m_ui->nameError, nameProblem);
    setError(m_ui->domainError, TenantProfile::validateDomain(profile.domain));
    QString audienceProblem = TenantProfile::validateAudience(profile.audience);
    if (audienceProblem.isEmpty()
        && TenantProfile::needsCanonicalAudience(profile.domain, profile.audience)
        && TenantProfile::validateDomain(profile.domain).isEmpty())
        audienceProblem = tr("%1 is a custom domain: the audience must still name the tenant's "
                             "canonical domain, for example https://acme.eu.auth0.com/api/v2/.")
                                  .arg(profile.domain);
    setError(m_ui->audienceError, audienceProblem);
    setError(m_ui->clientIdError, TenantProfile::validateClientId(profile.clientId));
    setError(m_ui->plainHttpError,
             TenantProfile::validatePlainHttp(profile.plainHttp, profile.domain));
    QString caProblem;
    if (!profile.caCertificateFile.isEmpty())
        TenantProfile::loadCaFile(profile.caCertificateFile, &caProblem);
    setError(m_ui->caError, caProblem);
    const QString secretProblem
            = TenantProfile::validateSecretLength(m_ui->secretEdit->text().size());
    if (!secretProblem.isEmpty())
        m_ui->secretStatus->setText(colouredHtml(UiColour::Bad, secretProblem.toHtmlEscaped()));
    else if (std::exchange(m_secretTooLong, false))
        updateSecretStatus();
    m_secretTooLong = !secretProblem.isEmpty();
    return profile.problems().isEmpty() && nameProblem.isEmpty() && caProblem.isEmpty()
            && secretProblem.isEmpty()
            && !TenantProfile::needsCanonicalAudience(profile.domain, profile.audience);
}

void ProfileDialog::updateSecretStatus()
{
    QString status;
    if (m_session->contains(m_current.id)) {
        status = tr("Kept in memory for this session only: the keychain could not be used. "
                    "Leave empty to keep it.");
    } else if (m_current.hasStoredSecret) {
        status = tr("Stored in %1. Leave empty to keep it.").arg(CredentialStore::backendName());
    } else {
        status = tr("Not stored yet. It will be kept in %1 only.")
                         .arg(CredentialStore::backendName());
    }
    m_ui->secretStatus->setText(status);
    m_ui->secretEdit->setPlaceholderText(m_current.hasStoredSecret
                                                         || m_session->contains(m_current.id)
                                                 ? tr("•••••••• (stored)")
                                                 : tr("The application's client secret"));
}

void ProfileDialog::addProfile()
{
    if (!mayDiscardEdits())
        return;
    const QSignalBlocker blocker(m_ui->profileList);
    m_ui->profileList->clearSelection();
    m_ui->profileList->setCurrentItem(nullptr);
    showProfile(TenantProfile());
    m_ui->nameEdit->setFocus();
}

void ProfileDialog::duplicateProfile()
{
    const TenantProfile copy = ProfileStore::duplicate(formProfile());
    const QSignalBlocker blocker(m_ui->profileList);
    m_ui->profileList->setCurrentItem(nullptr);
    showProfile(copy);
    m_shown = TenantProfile(); // a copy that is not saved yet is an unsaved edit
    m_ui->secretStatus->setText(
            tr("Enter the client secret for the copy: secrets are not copied."));
}

void ProfileDialog::removeProfile()
{
    if (m_current.id.isEmpty())
        return;
    const TenantProfile profile = m_current;
    const QPointer<ProfileDialog> alive(this);
    const bool remove = Prompt::confirm(this, u"removeProfileBox"_s, QMessageBox::Question,
                                        tr("Remove profile"),
                                        tr("Remove the profile “%1” and its client secret from %2?")
                                                .arg(profile.name, CredentialStore::backendName()),
                                        QString(), tr("Remove"));
    if (!alive || !remove)
        return;
    auto finishRemoval = [this, profile] {
        m_store->remove(profile.id);
        m_session->remove(profile.id);
        m_context.settings()->removeHistory(profile.id);
        reloadList({});
        if (m_ui->profileList->count() == 0)
            addProfile();
        Q_EMIT profilesChanged();
    };
    if (!profile.hasStoredSecret) {
        finishRemoval();
        return;
    }
    KeychainRequest *request = m_credentials->removeSecret(m_credentials->storedEntry(profile));
    connect(request, &KeychainRequest::finished, this, [request, finishRemoval] {
        request->deleteLater();
        finishRemoval();
    });
}

void ProfileDialog::save()
{
    if (!validate()) {
        Q_EMIT saveFinished(false);
        return;
    }
    TenantProfile profile = formProfile();
    // A stored credential of the other kind (a secret, when the profile now signs with a key)
    // does not count.
    const bool sameKind = profile.authMethod == m_current.authMethod;
    const bool hasSecret = sameKind && (profile.hasStoredSecret || m_session->contains(profile.id));
    if (enteredCredential().isEmpty()) {
        if (!hasSecret) {
            if (usesKey())
                m_ui->keyStatus->setText(
                        colouredHtml(UiColour::Bad, tr("Generate a key or import one first.")));
            else
                m_ui->secretStatus->setText(
                        colouredHtml(UiColour::Bad, tr("Enter the client secret.")));
            Q_EMIT saveFinished(false);
            return;
        }
        // Editing other fields keeps the stored secret; its entry follows a new name, domain or
        // client ID.
        if (profile.hasStoredSecret && sameKind && m_credentials->needsMove(profile))
            moveSecretThenSave(profile);
        else
            commit(profile);
        return;
    }
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    storeSecretThenSave(profile);
}

void ProfileDialog::moveSecretThenSave(TenantProfile profile)
{
    setBusy(true);
    const CredentialStore::Entry to = m_credentials->labelledEntry(profile);
    KeychainRequest *move = m_credentials->moveSecret(m_credentials->storedEntry(profile), to);
    connect(move, &KeychainRequest::finished, this, [this, move, profile, to]() mutable {
        move->deleteLater();
        setBusy(false);
        const bool moved = move->error() == KeychainRequest::Error::None;
        if (moved) {
            profile.keychainService = to.service;
            profile.keychainAccount = to.key;
        }
        commit(profile);
        if (!moved) // the profile still names the entry the secret is in
            m_ui->secretStatus->setText(
                    colouredHtml(UiColour::Bad,
                                 tr("Saved; the keychain entry keeps its old name: %1")
                                         .arg(move->errorString())
                                         .toHtmlEscaped()));
    });
}

void ProfileDialog::storeSecretThenSave(TenantProfile profile)
{
    setBusy(true);
    auto write = [this, profile]() mutable {
        const CredentialStore::Entry to = m_credentials->labelledEntry(profile);
        KeychainRequest *request = m_credentials->writeSecret(to, enteredCredential());
        connect(request, &KeychainRequest::finished, this, [this, request, profile, to]() mutable {
            request->deleteLater();
            setBusy(false);
            if (request->error() == KeychainRequest::Error::None) {
                // The entry the profile had before, under another name, goes.
                const std::optional<CredentialStore::Entry> old = profile.hasStoredSecret
                        ? std::optional(m_credentials->storedEntry(profile))
                        : std::nullopt;
                profile.hasStoredSecret = true;
                profile.keychainService = to.service;
                profile.keychainAccount = to.key;
                m_session->remove(profile.id);
                if (!old || *old == to) {
                    commit(profile);
                    return;
                }
                setBusy(true);
                KeychainRequest *remove = m_credentials->removeSecret(*old);
                connect(remove, &KeychainRequest::finished, this, [this, remove, profile] {
                    remove->deleteLater();
                    setBusy(false);
                    commit(profile); // a failed removal leaves the old entry, and loses nothing
                });
                return;
            }
            offerMemoryOnly(profile, request->errorString());
        });
    };
    if (m_keychainChecked && m_keychainUsable) {
        write();
        return;
    }
    // Before the first write, check the keychain really works: a read alone can look fine.
    KeychainRequest *probe = m_credentials->probe();
    connect(probe, &KeychainRequest::finished, this, [this, probe, profile, write]() mutable {
        probe->deleteLater();
        m_keychainChecked = true;
        m_keychainUsable = probe->error() == KeychainRequest::Error::None;
        if (m_keychainUsable) {
            write();
            return;
        }
        setBusy(false);
        offerMemoryOnly(profile, probe->errorString());
    });
}

void ProfileDialog::offerMemoryOnly(TenantProfile profile, const QString &reason)
{
    const QPointer<ProfileDialog> alive(this);
    const bool keep = Prompt::confirm(
            this, u"keychainUnavailableBox"_s, QMessageBox::Warning,
            tr("The keychain cannot be used"),
            tr("The client secret cannot be stored in %1.").arg(CredentialStore::backendName()),
            tr("%1\n\nIt will not be written anywhere else. You can keep it in memory for this "
               "session only; you will need to enter it again after the app restarts.")
                    .arg(reason),
            tr("Keep for this session only"));
    if (!alive)
        return;
    if (!keep) {
        m_ui->secretStatus->setText(
                colouredHtml(UiColour::Bad, tr("Not saved: the keychain cannot be used.")));
        Q_EMIT saveFinished(false);
        return;
    }
    m_session->set(profile.id, enteredCredential());
    profile.hasStoredSecret = false;
    profile.keychainService.clear();
    profile.keychainAccount.clear();
    commit(profile);
}

void ProfileDialog::commit(TenantProfile profile)
{
    // Saved, not made the active tenant: the main window decides that, and says so.
    profile = m_store->save(profile);
    m_ui->secretEdit->clear();
    m_pendingKey.clear(); // in the keychain now
    reloadList(profile.id);
    Q_EMIT profileSaved(profile.id);
    Q_EMIT profilesChanged();
    Q_EMIT saveFinished(true);
}

void ProfileDialog::setBusy(bool busy)
{
    m_ui->saveButton->setEnabled(!busy);
    m_ui->testButton->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void ProfileDialog::testConnection()
{
    if (!validate()) {
        Q_EMIT connectionTested(false);
        return;
    }
    const TenantProfile profile = formProfile();
    auto run = [this, profile](SecretBytes secret) {
        if (secret.isEmpty()) {
            m_ui->testResult->setText(colouredHtml(
                    UiColour::Bad, tr("Enter the client secret to test the connection.")));
            Q_EMIT connectionTested(false);
            return;
        }
        m_ui->testResult->setText(tr("Connecting to %1…").arg(profile.domain));
        setBusy(true);
        // The same session the main window uses, built for this test and dropped after it.
        delete m_test.data();
        m_test = new TenantSession(profile, m_context.settings()->httpSettings(), this);
        m_test->setClientSecret(std::move(secret));
        ConnectionCheck *test = m_test->checkConnection(true);
        connect(test, &ConnectionCheck::finished, this, [this, profile, test] {
            m_test->deleteLater(); // its token was only a test
            setBusy(false);
            if (test->grantAllowsLessThanProfile()) {
                m_ui->testResult->setText(u"%1<br>%2<br><i>%3</i>"_s.arg(
                        colouredHtml(UiColour::Bad,
                                     u"<b>✘ "_s
                                             + tr("This application may read identities, not "
                                                  "IdP tokens.")
                                                       .toHtmlEscaped()
                                             + u"</b>"_s),
                        scopesHtml(test->grantedScopes()),
                        tr("Its grant lacks read:user_idp_tokens. Tick it for this application in "
                           "Auth0 Dashboard › Applications › APIs › Auth0 Management API, or <a "
                           "href=\"access:identities\">set Access to Identities only</a>.")));
                Q_EMIT connectionTested(false);
                return;
            }
            if (test->error().isError()) {
                const Diagnosis d = ErrorAdvisor::diagnose(test->error());
                m_ui->testResult->setText(u"%1<br>%2<br><i>%3</i>"_s.arg(
                        colouredHtml(UiColour::Bad,
                                     u"<b>✘ "_s + d.summary.toHtmlEscaped() + u"</b>"_s),
                        d.detail.toHtmlEscaped().replace(u'\n', u"<br>"_s), d.fix.toHtmlEscaped()));
                Q_EMIT connectionTested(false);
                return;
            }
            const QStringList needed = TenantProfile::accessLevelScopes(profile.accessLevel);
            const QString advice = scopesAdvice(test->grantedScopes(), needed);
            const QString optional = optionalScopesHtml(test->logsGranted());
            m_ui->testResult->setText(u"%1<br>%2 · %3%4%5"_s.arg(
                    colouredHtml(
                            UiColour::Good,
                            u"<b>✔ "_s + tr("Connected to %1.").arg(profile.domain).toHtmlEscaped()
                                    + u"</b>"_s),
                    tr("Access: %1")
                            .arg(TenantProfile::accessLevelName(profile.accessLevel))
                            .toHtmlEscaped(),
                    scopesHtml(test->grantedScopes(), needed),
                    optional.isEmpty() ? QString() : u"&nbsp;&nbsp;"_s + optional,
                    advice.isEmpty() ? QString() : u"<br>"_s + advice.toHtmlEscaped()));
            Q_EMIT connectionTested(true);
        });
    };
    if (!enteredCredential().isEmpty()) {
        run(enteredCredential());
    } else if (m_session->contains(profile.id)) {
        run(m_session->secret(profile.id));
    } else if (profile.hasStoredSecret) {
        KeychainRequest *request = m_credentials->readSecret(m_credentials->storedEntry(profile));
        connect(request, &KeychainRequest::finished, this, [this, request, run] {
            request->deleteLater();
            if (request->error() != KeychainRequest::Error::None) {
                m_ui->testResult->setText(
                        colouredHtml(UiColour::Bad, request->errorString().toHtmlEscaped()));
                Q_EMIT connectionTested(false);
                return;
            }
            run(request->takeSecret());
        });
    } else {
        run(SecretBytes());
    }
}

bool ProfileDialog::usesKey() const
{
    return TenantProfile::authMethodFromKey(m_ui->authCombo->currentData().toString())
            == TenantProfile::AuthMethod::PrivateKeyJwt;
}

SecretBytes ProfileDialog::enteredCredential() const
{
    if (usesKey())
        return SecretBytes(QByteArray(m_pendingKey.reveal().constData(), m_pendingKey.size()));
    return SecretBytes(m_ui->secretEdit->text().toUtf8());
}

void ProfileDialog::updateAuthControls()
{
    const bool key = usesKey();
    m_ui->secretEdit->setVisible(!key);
    m_ui->secretStatus->setVisible(!key);
    m_ui->keyBox->setVisible(key);
    m_ui->secretLabel->setText(key ? tr("Private &key:") : tr("Client &secret:"));
    m_ui->secretLabel->setBuddy(key ? static_cast<QWidget *>(m_ui->generateKeyButton)
                                    : m_ui->secretEdit);
    const bool stored = m_current.authMethod == TenantProfile::AuthMethod::PrivateKeyJwt
            && (m_current.hasStoredSecret || m_session->contains(m_current.id));
    QString status;
    if (!m_pendingKey.isEmpty())
        status = tr("New key ready; it is stored in %1 when you save. Upload its public key "
                    "under the application's Credentials in the Auth0 Dashboard.")
                         .arg(CredentialStore::backendName());
    else if (stored)
        status = tr("Stored in %1. Generate or import another to replace it.")
                         .arg(CredentialStore::backendName());
    else
        status = tr("No key yet: generate one here, or import a PEM private key. It is kept in "
                    "%1 only.")
                         .arg(CredentialStore::backendName());
    m_ui->keyStatus->setText(status);
    m_ui->copyPublicKeyButton->setEnabled(!m_pendingKey.isEmpty() || stored);
    m_ui->savePublicKeyButton->setEnabled(!m_pendingKey.isEmpty() || stored);
}

void ProfileDialog::usePendingKey(PrivateKey::Result key, const QString &what)
{
    m_pendingKey = std::move(key.pem);
    m_pendingPublicKey = key.publicPem;
    updateAuthControls();
    m_ui->keyStatus->setText(what + u' ' + m_ui->keyStatus->text());
}

void ProfileDialog::generateKey()
{
    const auto bits = Prompt::choose(this, u"keySizeBox"_s, tr("Generate a key"),
                                     tr("RSA key size (Auth0 takes 2048 to 4096 bits):"),
                                     {u"2048"_s, u"3072"_s, u"4096"_s}, 0);
    if (!bits)
        return;
    setBusy(true);
    PrivateKey::Result key = PrivateKey::generate(bits->toInt());
    setBusy(false);
    if (!key.error.isEmpty()) {
        m_ui->keyStatus->setText(colouredHtml(UiColour::Bad, key.error.toHtmlEscaped()));
        return;
    }
    const QString what = tr("Generated an RSA %1 key.").arg(*bits);
    usePendingKey(std::move(key), what);
}

void ProfileDialog::importKey()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Private key to import"), QString(),
                                                      tr("PEM keys (*.pem *.key);;All files (*)"));
    if (file.isEmpty())
        return;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly) || in.size() > 64 * 1024) {
        m_ui->keyStatus->setText(colouredHtml(
                UiColour::Bad, tr("%1 cannot be read as a key.").arg(file).toHtmlEscaped()));
        return;
    }
    QByteArray pem = in.readAll();
    PrivateKey::Result key = PrivateKey::import(pem);
    if (key.needsPassphrase) {
        // Asked once; the key is kept unencrypted in the keychain, which protects it instead.
        const auto passphrase = Prompt::askText(this, u"keyPassphraseBox"_s, tr("Encrypted key"),
                                                tr("Passphrase of %1:").arg(file), true);
        if (passphrase) {
            QByteArray bytes = passphrase->toUtf8();
            key = PrivateKey::import(pem, bytes);
            wipeBytes(bytes);
        }
    }
    wipeBytes(pem);
    if (!key.error.isEmpty()) {
        m_ui->keyStatus->setText(colouredHtml(UiColour::Bad, key.error.toHtmlEscaped()));
        return;
    }
    const QString what = tr("Imported an RSA %1 key.").arg(key.bits);
    usePendingKey(std::move(key), what);
}

void ProfileDialog::withPublicKey(const std::function<void(const QByteArray &)> &use)
{
    if (!m_pendingPublicKey.isEmpty()) {
        use(m_pendingPublicKey);
        return;
    }
    auto derive = [this, use](const SecretBytes &pem) {
        const PrivateKey::Result key = PrivateKey::import(pem.reveal());
        if (!key.error.isEmpty()) {
            m_ui->keyStatus->setText(colouredHtml(UiColour::Bad, key.error.toHtmlEscaped()));
            return;
        }
        use(key.publicPem);
    };
    if (m_session->contains(m_current.id)) {
        derive(m_session->secret(m_current.id));
        return;
    }
    KeychainRequest *request = m_credentials->readSecret(m_credentials->storedEntry(m_current));
    connect(request, &KeychainRequest::finished, this, [this, request, derive] {
        request->deleteLater();
        if (request->error() != KeychainRequest::Error::None) {
            m_ui->keyStatus->setText(
                    colouredHtml(UiColour::Bad, request->errorString().toHtmlEscaped()));
            return;
        }
        derive(request->takeSecret());
    });
}

void ProfileDialog::copyPublicKey()
{
    withPublicKey([this](const QByteArray &pem) {
        QGuiApplication::clipboard()->setText(QString::fromLatin1(pem));
        m_ui->keyStatus->setText(tr("Public key copied: paste it under the application's "
                                    "Credentials › Private Key JWT in the Auth0 Dashboard."));
        Q_EMIT publicKeyReady(pem);
    });
}

void ProfileDialog::savePublicKey()
{
    withPublicKey([this](const QByteArray &pem) {
        const QString file = QFileDialog::getSaveFileName(
                this, tr("Save the public key"),
                m_ui->nameEdit->text().trimmed() + u"-public.pem"_s, tr("PEM (*.pem)"));
        if (file.isEmpty())
            return;
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(pem) != pem.size()) {
            m_ui->keyStatus->setText(colouredHtml(
                    UiColour::Bad, tr("%1 could not be written.").arg(file).toHtmlEscaped()));
            return;
        }
        m_ui->keyStatus->setText(tr("Public key saved to %1.").arg(file));
        Q_EMIT publicKeyReady(pem);
    });
}
