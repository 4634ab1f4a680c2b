#include "../support/fakesession.h"
#include "../support/testcontext.h"
#include "../support/translationscope.h"
#include "faketenant.h"
#include "mainwindow.h"
#include "profiledialog.h"
#include "prompts.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString DemoClient = u"demoInspectorM2mClient0001"_s;
const QString DemoSecret = u"demo-secret-for-the-local-fake-tenant-only"_s;
} // namespace

// The profile dialog offscreen, against the real keychain (gnome-keyring in CI) and the fake
// tenant over HTTPS: validation as the admin types, save, edit, duplicate, remove, test
// connection, and a profile that survives a restart.
class ProfileDialogTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeAuth0::FakeTenant m_tenant;
    QString m_caFile;
    std::unique_ptr<TestContext> m_context;
    std::unique_ptr<ProfileDialog> m_dialog;

    // A missing widget fails the test at the QVERIFY that uses it, never aborts the run.
    template<typename T>
    T *child(const char *name) const
    {
        return m_dialog->findChild<T *>(QString::fromLatin1(name));
    }

    ProfileStore *store() const { return (*m_context)->profiles(); }

    void type(const char *name, const QString &text)
    {
        auto *edit = child<QLineEdit>(name);
        QVERIFY2(edit, name);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    void fillValidProfile(const QString &name, const QString &secret)
    {
        type("nameEdit", name);
        type("domainEdit", m_tenant.domain());
        type("clientIdEdit", DemoClient);
        type("secretEdit", secret);
        type("caFileEdit", m_caFile);
    }

    // Types a profile for the fake tenant into a dialog the main window opened.
    void typeProfile(ProfileDialog *dialog, const QString &name, const QString &caFile)
    {
        auto find = [dialog](const char *field) {
            return dialog->findChild<QLineEdit *>(QString::fromLatin1(field));
        };
        QTest::keyClicks(find("nameEdit"), name);
        QTest::keyClicks(find("domainEdit"), m_tenant.domain());
        QTest::keyClicks(find("clientIdEdit"), DemoClient);
        QTest::keyClicks(find("secretEdit"), DemoSecret);
        if (!caFile.isEmpty())
            QTest::keyClicks(find("caFileEdit"), caFile);
    }

    bool saveAndWait()
    {
        QSignalSpy saved(m_dialog.get(), &ProfileDialog::saveFinished);
        QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
        // A save without a keychain write finishes at once, inside the click.
        return waitForSignal(saved);
    }

    CredentialStore::Entry storedEntry(const QString &id) const
    {
        const std::optional<TenantProfile> profile = store()->find(id);
        return profile ? (*m_context)->credentials()->storedEntry(*profile)
                       : CredentialStore::Entry();
    }

    SecretBytes keychainSecret(const QString &id, KeychainRequest::Error *error)
    {
        return keychainSecret(storedEntry(id), error);
    }

    SecretBytes keychainSecret(const CredentialStore::Entry &entry, KeychainRequest::Error *error)
    {
        KeychainRequest *request = (*m_context)->credentials()->readSecret(entry);
        QSignalSpy done(request, &KeychainRequest::finished);
        waitForSignal(done);
        *error = request->error();
        SecretBytes secret = request->takeSecret();
        delete request;
        return secret;
    }

    struct KeyringEntry
    {
        QString label;
        QString user;
        QString type;
        QByteArray secretDigest; ///< SHA-256 of the stored value as the keyring shows it
        int count = 0;
    };

    /**
     * The keyring's own view of the entries filed under server, through secret-tool: their label
     * and user attribute. secret-tool also prints each secret, which stays in this function.
     */
    static KeyringEntry keyringEntry(const QString &server)
    {
        QProcess tool;
        tool.start(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"server"_s, server});
        if (!tool.waitForFinished(10000))
            return {};
        KeyringEntry entry;
        const QString out = QString::fromUtf8(tool.readAllStandardOutput() + '\n'
                                              + tool.readAllStandardError());
        const QStringList lines = out.split(u'\n');
        for (const QString &line : lines) {
            if (line.startsWith(u"label = "_s)) {
                entry.label = line.mid(8);
                ++entry.count;
            } else if (line.startsWith(u"attribute.user = "_s)) {
                entry.user = line.mid(17);
            } else if (line.startsWith(u"attribute.type = "_s)) {
                entry.type = line.mid(17);
            } else if (line.startsWith(u"secret = "_s)) {
                entry.secretDigest = QCryptographicHash::hash(line.mid(9).toUtf8(),
                                                              QCryptographicHash::Sha256);
            }
        }
        return entry;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Prompt::setTestMode(true);
        QString error;
        QVERIFY(m_tenant.loadDemoSeed(&error));
        QVERIFY(m_tenant.start(0, &error));
        m_caFile = m_dir.filePath(u"tenant-ca.pem"_s);
        QFile ca(m_caFile);
        QVERIFY(ca.open(QIODevice::WriteOnly));
        ca.write(m_tenant.caCertificatePem());
    }

    void init()
    {
        m_context = std::make_unique<TestContext>();
        m_dialog = std::make_unique<ProfileDialog>(**m_context);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void cleanup()
    {
        m_dialog.reset();
        m_context.reset(); // removes the keychain entries of its profiles
        Prompt::takeAsked();
    }

    void mnemonics_eachAltKeyReachesOneControl_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("German") << u"de"_s;
    }

    void mnemonics_eachAltKeyReachesOneControl()
    {
        QFETCH(QString, language);
        const TranslationScope translations{QLocale(language)};
        m_dialog = std::make_unique<ProfileDialog>(**m_context);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        if (language == u"de"_s)
            QCOMPARE(child<QPushButton>("saveButton")->text(), u"S&peichern"_s);
        auto *auth = child<QComboBox>("authCombo");
        for (int method = 0; method < auth->count(); ++method) {
            auth->setCurrentIndex(method);
            QHash<QChar, QStringList> owners;
            const QList<QWidget *> widgets = m_dialog->findChildren<QWidget *>();
            for (QWidget *widget : widgets) {
                QString text;
                if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
                    text = label->text();
                else if (auto *button = qobject_cast<QAbstractButton *>(widget))
                    text = button->text();
                if (!widget->isVisibleTo(m_dialog.get()))
                    continue;
                const qsizetype at = text.remove(u"&&"_s).indexOf(u'&');
                if (at >= 0 && at + 1 < text.size())
                    owners[text.at(at + 1).toLower()].append(text);
            }
            for (auto it = owners.begin(); it != owners.end(); ++it)
                QVERIFY2(it.value().size() == 1,
                         qPrintable(u"Alt+%1: %2"_s.arg(it.key(), it.value().join(u", "_s))));
        }
    }

    void validation_asTheAdminTypes_showsMessageNextToField()
    {
        type("domainEdit", u"https://acme.eu.auth0.com/api"_s);
        QVERIFY(child<QLabel>("domainError")->isVisible());
        QVERIFY(child<QLabel>("domainError")->text().contains(u"https://"_s));
        type("domainEdit", u"acme.eu.auth0.com:8443"_s);
        QVERIFY(child<QLabel>("domainError")->text().contains(u"loopback"_s));
        type("domainEdit", u"acme.eu.auth0.com"_s);
        QVERIFY(!child<QLabel>("domainError")->isVisible());
        QVERIFY(child<QLineEdit>("audienceEdit")
                        ->placeholderText()
                        .contains(u"https://acme.eu.auth0.com/api/v2/"_s));
        type("audienceEdit", u"https://acme.eu.auth0.com/api/v2"_s);
        QVERIFY(child<QLabel>("audienceError")->text().contains(u"trailing slash"_s));

        QVERIFY(!saveAndWait());
        QVERIFY(child<QLabel>("nameError")->isVisible());
        QVERIFY(child<QLabel>("clientIdError")->isVisible());
        QVERIFY(store()->profiles().isEmpty());
    }

    void save_newProfile_secretGoesToKeychainOnly()
    {
        fillValidProfile(u"Fake tenant"_s, DemoSecret);
        QVERIFY(saveAndWait());
        const QList<TenantProfile> profiles = store()->profiles();
        QCOMPARE(profiles.size(), 1);
        QVERIFY(profiles.first().hasStoredSecret);
        QVERIFY(child<QLineEdit>("secretEdit")->text().isEmpty());
        QVERIFY(child<QLabel>("secretStatus")->text().startsWith(u"Stored in"_s));

        KeychainRequest::Error error{};
        const SecretBytes stored = keychainSecret(profiles.first().id, &error);
        QCOMPARE(error, KeychainRequest::Error::None);
        QVERIFY(stored.equals(SecretBytes(DemoSecret.toUtf8())));
        QVERIFY(!m_context->settingsFileText().contains(DemoSecret.toUtf8()));
        QVERIFY(!m_context->settingsFileText().isEmpty());
    }

    void edit_otherFields_keepsTheSecret()
    {
        fillValidProfile(u"Fake tenant"_s, DemoSecret);
        QVERIFY(saveAndWait());
        type("nameEdit", u"Renamed tenant"_s);
        QVERIFY(saveAndWait());
        const TenantProfile profile = store()->profiles().first();
        QCOMPARE(profile.name, u"Renamed tenant"_s);
        KeychainRequest::Error error{};
        QVERIFY(keychainSecret(profile.id, &error).equals(SecretBytes(DemoSecret.toUtf8())));
    }

    void keychainEntry_isNamedForPeople_andFollowsARename()
    {
        fillValidProfile(u"Production EU"_s, DemoSecret);
        QVERIFY(saveAndWait());
        const QString prefix = (*m_context)->credentials()->labelPrefix();
        const QString label = u"%1: Production EU (%2)"_s.arg(prefix, m_tenant.domain());
        // What a keyring shows: the label, and the client ID as the account.
        KeyringEntry entry = keyringEntry(label);
        QCOMPARE(entry.label, label);
        QCOMPARE(entry.user, DemoClient);
        // The secret as it is, not in base64 (compared by digest: no secret in test output).
        QCOMPARE(entry.type, u"plaintext"_s);
        QVERIFY(entry.secretDigest
                == QCryptographicHash::hash(DemoSecret.toUtf8(), QCryptographicHash::Sha256));

        type("nameEdit", u"Production EU (old)"_s);
        QVERIFY(saveAndWait());
        const QString renamed = u"%1: Production EU (old) (%2)"_s.arg(prefix, m_tenant.domain());
        QCOMPARE(keyringEntry(label).label, QString()); // gone
        QCOMPARE(keyringEntry(renamed).label, renamed);
        QCOMPARE(keyringEntry(renamed).user, DemoClient);
        const TenantProfile profile = store()->profiles().first();
        QCOMPARE(profile.keychainService, renamed);
        KeychainRequest::Error error{};
        QVERIFY(keychainSecret(profile.id, &error).equals(SecretBytes(DemoSecret.toUtf8())));

        // A new secret under a new client ID: one entry, under the new account.
        type("clientIdEdit", u"anotherM2mClient0002"_s);
        type("secretEdit", u"another-made-up-secret"_s);
        QVERIFY(saveAndWait());
        QCOMPARE(keyringEntry(renamed).user, u"anotherM2mClient0002"_s);
        QCOMPARE(keyringEntry(renamed).count, 1);
    }

    void olderVersionsEntry_getsItsLabelAtStart_andStillConnects()
    {
        m_dialog.reset();
        // As an older version stored it: under the store's service, the profile id as its key.
        TenantProfile profile;
        profile.name = u"Stored by 1.x"_s;
        profile.domain = m_tenant.domain();
        profile.clientId = DemoClient;
        profile.caCertificateFile = m_caFile;
        profile.hasStoredSecret = true;
        profile = store()->save(profile);
        store()->setLastProfileId(profile.id);
        const CredentialStore::Entry old{(*m_context)->credentials()->service(), profile.id};
        KeychainRequest *write
                = (*m_context)->credentials()->writeSecret(old, SecretBytes(DemoSecret.toUtf8()));
        QSignalSpy written(write, &KeychainRequest::finished);
        QVERIFY(waitForSignal(written));
        QCOMPARE(write->error(), KeychainRequest::Error::None);
        delete write;

        MainWindow window(**m_context);
        QSignalSpy connected(&window, &MainWindow::connectionChecked);
        window.show();
        QVERIFY(waitForSignal(connected));
        QCOMPARE(connected.first().first().toBool(), true);
        const QString label = u"%1: Stored by 1.x (%2)"_s.arg(
                (*m_context)->credentials()->labelPrefix(), m_tenant.domain());
        QCOMPARE(store()->profiles().first().keychainService, label);
        QCOMPARE(keyringEntry(label).user, DemoClient);
        KeychainRequest::Error error{};
        keychainSecret(old, &error);
        QCOMPARE(error, KeychainRequest::Error::NotFound);
        QVERIFY(keychainSecret(profile.id, &error).equals(SecretBytes(DemoSecret.toUtf8())));
    }

    void sameNameAndDomain_isRefused()
    {
        fillValidProfile(u"Fake tenant"_s, DemoSecret);
        QVERIFY(saveAndWait());
        QTest::mouseClick(child<QPushButton>("addButton"), Qt::LeftButton);
        fillValidProfile(u"fake tenant"_s, u"a-second-made-up-secret"_s);
        QVERIFY(!saveAndWait());
        QVERIFY(child<QLabel>("nameError")->isVisible());
        QCOMPARE(store()->profiles().size(), 1);
        KeychainRequest::Error error{};
        QVERIFY(keychainSecret(store()->profiles().first().id, &error)
                        .equals(SecretBytes(DemoSecret.toUtf8())));
    }

    void newProfile_withoutSecret_isRefused()
    {
        type("nameEdit", u"No secret"_s);
        type("domainEdit", m_tenant.domain());
        type("clientIdEdit", DemoClient);
        QVERIFY(!saveAndWait());
        QVERIFY(child<QLabel>("secretStatus")->text().contains(u"Enter the client secret"_s));
    }

    void testConnection_storedSecret_showsBothScopes()
    {
        fillValidProfile(u"Fake tenant"_s, DemoSecret);
        QVERIFY(saveAndWait());
        QSignalSpy tested(m_dialog.get(), &ProfileDialog::connectionTested);
        QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
        QVERIFY(waitForSignal(tested));
        const QString result = child<QLabel>("testResult")->text();
        QVERIFY(result.contains(u"✔ read:users"_s));
        QVERIFY(result.contains(u"✔ read:user_idp_tokens"_s));
    }

    void testConnection_missingScope_offersIdentitiesOnly()
    {
        fillValidProfile(u"Users only"_s, u"demo-secret-users-only"_s);
        type("clientIdEdit", u"demoUsersOnlyClient000002"_s);
        QSignalSpy tested(m_dialog.get(), &ProfileDialog::connectionTested);
        QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
        // The profile asks for IdP tokens; the grant allows read:users only.
        QVERIFY(!waitForSignal(tested));
        QCOMPARE(tested.count(), 1);
        auto *result = child<QLabel>("testResult");
        QVERIFY(result->text().contains(u"may read identities, not IdP tokens"_s));
        QVERIFY(result->text().contains(u"✔ read:users"_s));
        QVERIFY(result->text().contains(u"✘ read:user_idp_tokens"_s));
        // The offer sets the access level; the next test passes.
        Q_EMIT result->linkActivated(u"access:identities"_s);
        QCOMPARE(child<QComboBox>("accessCombo")->currentData().toString(),
                 TenantProfile::accessLevelKey(TenantProfile::AccessLevel::IdentitiesOnly));
        tested.clear();
        QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
        QVERIFY(waitForSignal(tested));
        QVERIFY(tested.first().first().toBool());
        QVERIFY(result->text().contains(u"Access: Identities only"_s));
        QVERIFY(result->text().contains(u"✔ read:users"_s));
        QVERIFY(!result->text().contains(u"read:user_idp_tokens"_s));
    }

    void pastedDomain_isCleanedAndSaysWhatItDid()
    {
        auto *domain = child<QLineEdit>("domainEdit");
        type("domainEdit", u"https://manage.auth0.com/dashboard/eu/acme/applications"_s);
        Q_EMIT domain->editingFinished(); // as when focus leaves the field
        QCOMPARE(domain->text(), u"acme.eu.auth0.com"_s);
        QVERIFY(child<QLabel>("domainNote")->isVisibleTo(m_dialog.get()));
        QVERIFY(child<QLabel>("domainNote")->text().contains(u"Dashboard address"_s));
        // A custom domain: the audience must name the canonical one.
        type("domainEdit", u"https://login.acme.example/"_s);
        Q_EMIT domain->editingFinished();
        QCOMPARE(domain->text(), u"login.acme.example"_s);
        QVERIFY(child<QLabel>("audienceError")->text().contains(u"custom domain"_s));
        type("audienceEdit", u"https://acme.eu.auth0.com/api/v2/"_s);
        QVERIFY(!child<QLabel>("audienceError")->isVisibleTo(m_dialog.get()));
        // A secret no real application has.
        type("secretEdit", QString(600, u'x'));
        QVERIFY(child<QLabel>("secretStatus")->text().contains(u"at most 512"_s));
        type("secretEdit", u"short"_s);
        QVERIFY(!child<QLabel>("secretStatus")->text().contains(u"at most"_s));
    }

    void privateKey_generatedSavedInTheKeychainAndUsedToConnect()
    {
        fillValidProfile(u"Signed with a key"_s, QString());
        auto *auth = child<QComboBox>("authCombo");
        auth->setCurrentIndex(auth->findData(u"private-key-jwt"_s));
        QVERIFY(!child<QLineEdit>("secretEdit")->isVisibleTo(m_dialog.get()));
        QVERIFY(child<QWidget>("keyBox")->isVisibleTo(m_dialog.get()));
        QVERIFY(!child<QPushButton>("copyPublicKeyButton")->isEnabled());
        child<QComboBox>("algorithmCombo")->setCurrentText(u"PS256"_s);
        type("keyIdEdit", u"inspector-1"_s);
        type("clientIdEdit", u"keyClient"_s);

        Prompt::answerNext({true, u"2048"_s});
        QTest::mouseClick(child<QPushButton>("generateKeyButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>("keyStatus")->text().contains(u"Generated an RSA 2048 key"_s));
        QSignalSpy publicKey(m_dialog.get(), &ProfileDialog::publicKeyReady);
        QTest::mouseClick(child<QPushButton>("copyPublicKeyButton"), Qt::LeftButton);
        QVERIFY(waitForSignal(publicKey));
        const QByteArray pem = publicKey.first().first().toByteArray();
        QVERIFY(pem.startsWith("-----BEGIN PUBLIC KEY-----"));
        QCOMPARE(QGuiApplication::clipboard()->text().toLatin1(), pem);

        // The admin uploads it in the Dashboard: here, the fake tenant gets it.
        FakeAuth0::FakeTenant::Client client;
        client.id = u"keyClient"_s;
        client.name = client.id;
        client.keys.append({pem, u"PS256"_s, u"inspector-1"_s});
        m_tenant.addClient(client);

        QVERIFY(saveAndWait());
        const TenantProfile saved = store()->profiles().constFirst();
        QCOMPARE(saved.authMethod, TenantProfile::AuthMethod::PrivateKeyJwt);
        QCOMPARE(saved.signingAlgorithm, u"PS256"_s);
        QCOMPARE(saved.keyId, u"inspector-1"_s);
        QVERIFY(saved.hasStoredSecret);
        KeychainRequest::Error error{};
        const SecretBytes stored = keychainSecret(saved.id, &error);
        QCOMPARE(error, KeychainRequest::Error::None);
        QVERIFY(stored.reveal().startsWith("-----BEGIN PRIVATE KEY-----"));
        QVERIFY(!m_context->settingsFileText().contains("PRIVATE KEY"));

        // Test connection reads the key back from the keychain and signs with it.
        QSignalSpy tested(m_dialog.get(), &ProfileDialog::connectionTested);
        QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
        QVERIFY(waitForSignal(tested));
        QVERIFY2(tested.first().first().toBool(), qPrintable(child<QLabel>("testResult")->text()));
        // The stored key gives its public half again.
        publicKey.clear();
        Prompt::takeAsked();
        QVERIFY(child<QPushButton>("copyPublicKeyButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>("copyPublicKeyButton"), Qt::LeftButton);
        QVERIFY(waitForSignal(publicKey));
        QCOMPARE(publicKey.first().first().toByteArray(), pem);
        QGuiApplication::clipboard()->clear();
    }

    void testConnection_wrongSecret_showsDiagnosisAndFix()
    {
        fillValidProfile(u"Fake tenant"_s, u"not-the-secret"_s);
        QSignalSpy tested(m_dialog.get(), &ProfileDialog::connectionTested);
        QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
        QVERIFY(!waitForSignal(tested));
        QCOMPARE(tested.count(), 1);
        const QString result = child<QLabel>("testResult")->text();
        QVERIFY(result.contains(u"Wrong client ID or client secret"_s));
        QVERIFY(result.contains(u"Dashboard"_s));
        QVERIFY(!result.contains(u"not-the-secret"_s));
    }

    void duplicate_copiesFieldsButNotTheSecret()
    {
        fillValidProfile(u"Fake tenant"_s, DemoSecret);
        QVERIFY(saveAndWait());
        QTest::mouseClick(child<QPushButton>("duplicateButton"), Qt::LeftButton);
        QCOMPARE(child<QLineEdit>("nameEdit")->text(), u"Fake tenant (copy)"_s);
        QCOMPARE(child<QLineEdit>("domainEdit")->text(), m_tenant.domain());
        QVERIFY(!saveAndWait()); // no secret yet
        type("secretEdit", DemoSecret);
        QVERIFY(saveAndWait());
        QCOMPARE(store()->profiles().size(), 2);
    }

    void unsavedEdits_areAskedAboutBeforeTheyGo()
    {
        fillValidProfile(u"First"_s, DemoSecret);
        QVERIFY(saveAndWait());
        child<QPushButton>("addButton")->click();
        fillValidProfile(u"Second"_s, DemoSecret);
        QVERIFY(saveAndWait());
        QVERIFY(!m_dialog->hasUnsavedEdits());
        Prompt::takeAsked();

        type("nameEdit", u"Second, edited"_s);
        QVERIFY(m_dialog->hasUnsavedEdits());
        // Escape, Add and another profile in the list: each asks; No keeps the edit on screen.
        Prompt::answerNext({false, {}});
        QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
        QVERIFY(m_dialog->isVisible());
        Prompt::answerNext({false, {}});
        child<QPushButton>("addButton")->click();
        auto *list = child<QListWidget>("profileList");
        Prompt::answerNext({false, {}});
        list->setCurrentRow(list->currentRow() == 0 ? 1 : 0);
        const QList<Prompt::Question> asked = Prompt::takeAsked();
        QCOMPARE(asked.size(), 3);
        QVERIFY(asked.first().text.contains(u"“Second, edited” are not saved"_s));
        QCOMPARE(child<QLineEdit>("nameEdit")->text(), u"Second, edited"_s);
        QCOMPARE(list->currentItem()->text(), u"Second"_s);

        // A secret typed in counts too; Discard lets the dialog close and saves nothing.
        type("nameEdit", u"Second"_s);
        QVERIFY(!m_dialog->hasUnsavedEdits());
        type("secretEdit", u"another secret"_s);
        QVERIFY(m_dialog->hasUnsavedEdits());
        Prompt::answerNext({true, {}});
        QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
        QCOMPARE(Prompt::takeAsked().size(), 1);
        QVERIFY(!m_dialog->isVisible());
        QStringList names;
        for (const TenantProfile &profile : store()->profiles())
            names.append(profile.name);
        names.sort();
        QCOMPARE(names, (QStringList{u"First"_s, u"Second"_s}));
    }

    void save_keepsTheActiveTenant_andSaysSo()
    {
        m_dialog.reset();
        MainWindow window(**m_context);
        window.show();
        QVERIFY(connectToFakeTenant(window, m_tenant, m_caFile));
        const QString active = window.currentProfileId();
        ProfileDialog *dialog = window.showProfiles();
        typeProfile(dialog, u"Saved, not switched to"_s, QString());
        QSignalSpy saved(dialog, &ProfileDialog::saveFinished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
        QVERIFY(waitForSignal(saved));
        QCOMPARE(window.currentProfileId(), active);
        QVERIFY2(window.statusBar()->currentMessage().contains(u"still"_s),
                 qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(store()->lastProfileId(), QString()); // nor at the next start
    }

    void remove_deletesTheKeychainEntry()
    {
        fillValidProfile(u"Fake tenant"_s, DemoSecret);
        QVERIFY(saveAndWait());
        const QString id = store()->profiles().first().id;
        const CredentialStore::Entry entry = storedEntry(id);
        QSignalSpy changed(m_dialog.get(), &ProfileDialog::profilesChanged);
        // Cancelled: nothing goes.
        Prompt::answerNext({false, {}});
        QTest::mouseClick(child<QPushButton>("removeButton"), Qt::LeftButton);
        QCOMPARE(Prompt::takeAsked().size(), 1);
        QCOMPARE(store()->profiles().size(), 1);
        Prompt::answerNext({true, {}});
        QTest::mouseClick(child<QPushButton>("removeButton"), Qt::LeftButton);
        QVERIFY(waitForSignal(changed));
        QVERIFY(store()->profiles().isEmpty());
        KeychainRequest::Error error{};
        keychainSecret(entry, &error);
        QCOMPARE(error, KeychainRequest::Error::NotFound);
    }

    void restart_savedProfile_connectsWithSecretFromKeychain()
    {
        m_dialog.reset();
        QString id;
        {
            MainWindow window(**m_context);
            window.show();
            ProfileDialog *dialog = window.showProfiles();
            typeProfile(dialog, u"Survives restart"_s, m_caFile);
            QSignalSpy saved(dialog, &ProfileDialog::saveFinished);
            QSignalSpy connected(&window, &MainWindow::connectionChecked);
            QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
            QVERIFY(waitForSignal(saved));
            QVERIFY(waitForSignal(connected));
            id = window.currentProfileId();
            const QByteArray settings = m_context->settingsFileText();
            QVERIFY(settings.contains("Survives restart"));
            QVERIFY(!settings.contains(DemoSecret.toUtf8()));
        }
        m_context->restart();
        MainWindow restarted(**m_context);
        QSignalSpy connected(&restarted, &MainWindow::connectionChecked);
        restarted.show();
        QCOMPARE(restarted.currentProfileId(), id);
        QVERIFY(waitForSignal(connected));
        QCOMPARE(restarted.findChild<QComboBox *>(u"profileCombo"_s)->currentText(),
                 u"Survives restart"_s);
        QVERIFY(restarted.findChild<QLabel *>(u"scopesLabel"_s)
                        ->text()
                        .contains(u"✔ read:user_idp_tokens"_s));
    }
};

QTEST_MAIN(ProfileDialogTest)
#include "profiledialog_test.moc"
