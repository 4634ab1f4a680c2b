#include "credentialstore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

// Talks to the real keychain: in CI, gnome-keyring's Secret Service on a private D-Bus session
// (tests/run-headless.sh starts both). A missing keychain fails this test unless
// IDP_ALLOW_NO_KEYCHAIN=1 says this machine has none on purpose.
class CredentialStoreTest final : public QObject
{
    Q_OBJECT

private:
    static KeychainRequest::Error run(KeychainRequest *request, SecretBytes *secret = nullptr)
    {
        QSignalSpy finished(request, &KeychainRequest::finished);
        // finished() must come from the event loop, never inside the call.
        [&] {
            QCOMPARE(finished.count(), 0);
        }();
        if (!finished.wait(20000))
            return KeychainRequest::Error::Other;
        [&] {
            QCOMPARE(finished.count(), 1);
        }();
        if (secret)
            *secret = request->takeSecret();
        const auto error = request->error();
        request->deleteLater();
        return error;
    }

    CredentialStore m_store{u"idp-token-inspector-tests"_s};

private Q_SLOTS:
    void initTestCase()
    {
        KeychainRequest *probe = m_store.probe();
        QSignalSpy finished(probe, &KeychainRequest::finished);
        QVERIFY(finished.wait(20000));
        if (probe->error() != KeychainRequest::Error::None) {
            const QString reason = probe->errorString();
            if (qEnvironmentVariable("IDP_ALLOW_NO_KEYCHAIN") == u"1"_s)
                QSKIP(qPrintable(u"no usable keychain here: "_s + reason));
            QFAIL(qPrintable(u"the keychain is not usable (run the suite through "
                             "tests/run-headless.sh, which starts gnome-keyring): "_s
                             + reason));
        }
    }

    void writeRead_roundTrip_returnsSameBytes_data()
    {
        QTest::addColumn<QByteArray>("prefix");
        // Printable secrets are stored as text, others as binary (base64 in the keyring).
        QTest::newRow("binary") << QByteArray("s3cr3t-\x01\xff-");
        QTest::newRow("text") << QByteArray("s3cr3t-~ -\n-----END-----\n-");
    }

    void writeRead_roundTrip_returnsSameBytes()
    {
        QFETCH(QByteArray, prefix);
        const QString key = u"roundtrip-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray value = prefix + QUuid::createUuid().toByteArray();
        QCOMPARE(run(m_store.writeSecret(key, SecretBytes(value))), KeychainRequest::Error::None);

        SecretBytes read;
        QCOMPARE(run(m_store.readSecret(key), &read), KeychainRequest::Error::None);
        // Compare without printing: a failure message must never show a secret.
        QVERIFY2(read.equals(SecretBytes(value)),
                 "the secret read back differs from the one stored");

        QCOMPARE(run(m_store.removeSecret(key)), KeychainRequest::Error::None);
        QCOMPARE(run(m_store.readSecret(key)), KeychainRequest::Error::NotFound);
    }

    void overwrite_existingKey_replacesSecret()
    {
        const QString key = u"overwrite-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(run(m_store.writeSecret(key, SecretBytes("first"))), KeychainRequest::Error::None);
        QCOMPARE(run(m_store.writeSecret(key, SecretBytes("second"))),
                 KeychainRequest::Error::None);
        SecretBytes read;
        QCOMPARE(run(m_store.readSecret(key), &read), KeychainRequest::Error::None);
        QVERIFY(read.equals(SecretBytes("second")));
        QCOMPARE(run(m_store.removeSecret(key)), KeychainRequest::Error::None);
    }

    void read_missingKey_reportsNotFoundWithAdvice()
    {
        KeychainRequest *request
                = m_store.readSecret(u"never-written-"_s + QUuid::createUuid().toString());
        QSignalSpy finished(request, &KeychainRequest::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(request->error(), KeychainRequest::Error::NotFound);
        QVERIFY(request->errorString().contains(u"client secret"_s));
        delete request;
    }

    void classify_dbusFailure_isNoBackend()
    {
        QCOMPARE(CredentialStore::classify(7, u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s),
                 KeychainRequest::Error::NoBackend);
        QCOMPARE(
                CredentialStore::classify(
                        7,
                        u"Object does not exist at path “/org/freedesktop/secrets/collection/login”"_s),
                KeychainRequest::Error::AccessDenied);
    }
};

QTEST_GUILESS_MAIN(CredentialStoreTest)
#include "credentialstore_test.moc"
