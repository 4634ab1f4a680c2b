#include "profilestore.h"
#include "tenantprofile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TenantProfileTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validateDomain_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<bool>("valid");
        QTest::newRow("regional tenant") << u"acme.eu.auth0.com"_s << true;
        QTest::newRow("legacy tenant") << u"acme.auth0.com"_s << true;
        QTest::newRow("custom domain") << u"login.acme.example"_s << true;
        QTest::newRow("loopback with port") << u"127.0.0.1:8443"_s << true;
        QTest::newRow("localhost with port") << u"localhost:8443"_s << true;
        QTest::newRow("ipv6 loopback") << u"[::1]:8443"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("https url") << u"https://acme.eu.auth0.com"_s << false;
        QTest::newRow("http url") << u"http://acme.eu.auth0.com"_s << false;
        QTest::newRow("with path") << u"acme.eu.auth0.com/api/v2"_s << false;
        QTest::newRow("port on public host") << u"acme.eu.auth0.com:443"_s << false;
        QTest::newRow("single label") << u"acme"_s << false;
        QTest::newRow("spaces") << u"acme eu.auth0.com"_s << false;
        QTest::newRow("underscore") << u"ac_me.auth0.com"_s << false;
    }

    void validateDomain()
    {
        QFETCH(QString, domain);
        QFETCH(bool, valid);
        const QString problem = TenantProfile::validateDomain(domain);
        QCOMPARE(problem.isEmpty(), valid);
    }

    void cleanDomain_data()
    {
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("note");
        QTest::addColumn<int>("kind");
        const int auth0 = int(TenantProfile::DomainKind::Auth0);
        QTest::newRow("address with slash")
                << u"https://acme.eu.auth0.com/"_s << u"acme.eu.auth0.com"_s
                << u"Removed https://"_s << auth0;
        QTest::newRow("the audience")
                << u"https://acme.eu.auth0.com/api/v2/"_s << u"acme.eu.auth0.com"_s
                << u"Removed the path /api/v2/"_s << auth0;
        QTest::newRow("dashboard")
                << u"https://manage.auth0.com/dashboard/au/acme-prod/"
                   "applications/abc/settings"_s
                << u"acme-prod.au.auth0.com"_s << u"Dashboard address"_s << auth0;
        QTest::newRow("dashboard us") << u"https://manage.auth0.com/dashboard/us/acme/"_s
                                      << u"acme.us.auth0.com"_s << u"acme.auth0.com"_s << auth0;
        QTest::newRow("custom with path")
                << u"https://login.acme.example/authorize?x=1"_s << u"login.acme.example"_s
                << u"Removed the path /authorize"_s << int(TenantProfile::DomainKind::Custom);
        QTest::newRow("no scheme, trailing slash")
                << u"Acme.JP.auth0.com/"_s << u"acme.jp.auth0.com"_s << u"trailing slash"_s
                << auth0;
        QTest::newRow("legacy") << u"acme.auth0.com"_s << u"acme.auth0.com"_s << QString() << auth0;
        QTest::newRow("private cloud") << u"acme.eu.auth0app.com"_s << u"acme.eu.auth0app.com"_s
                                       << QString() << int(TenantProfile::DomainKind::PrivateCloud);
        QTest::newRow("loopback") << u"127.0.0.1:8443"_s << u"127.0.0.1:8443"_s << QString()
                                  << int(TenantProfile::DomainKind::Loopback);
        for (const char *region : {"us", "eu", "au", "jp", "ca", "uk", "us-3", "eu-2"}) {
            const QString domain = u"t.%1.auth0.com"_s.arg(QLatin1String(region));
            QTest::newRow(region) << domain << domain << QString() << auth0;
        }
    }

    void cleanDomain()
    {
        QFETCH(QString, pasted);
        QFETCH(QString, domain);
        QFETCH(QString, note);
        QFETCH(int, kind);
        const TenantProfile::CleanedDomain cleaned = TenantProfile::cleanDomain(pasted);
        QCOMPARE(cleaned.domain, domain);
        QCOMPARE(int(cleaned.kind), kind);
        if (note.isEmpty())
            QVERIFY2(cleaned.notes.isEmpty(), qPrintable(cleaned.notes.join(u' ')));
        else
            QVERIFY2(cleaned.notes.join(u' ').contains(note), qPrintable(cleaned.notes.join(u' ')));
        QVERIFY(TenantProfile::validateDomain(cleaned.domain).isEmpty());
    }

    void customDomain_needsTheCanonicalAudience()
    {
        QVERIFY(TenantProfile::needsCanonicalAudience(u"login.acme.example"_s, QString()));
        QVERIFY(!TenantProfile::needsCanonicalAudience(u"login.acme.example"_s,
                                                       u"https://acme.eu.auth0.com/api/v2/"_s));
        QVERIFY(!TenantProfile::needsCanonicalAudience(u"acme.eu.auth0.com"_s, QString()));
        QVERIFY(!TenantProfile::needsCanonicalAudience(u"127.0.0.1:8443"_s, QString()));
    }

    void lengthsNoRealValueHas_areRefused()
    {
        const QString huge(10001, u'a');
        QVERIFY(TenantProfile::validateName(huge).contains(u"at most"_s));
        QVERIFY(TenantProfile::validateClientId(huge).contains(u"at most"_s));
        QVERIFY(TenantProfile::validateDomain(huge + u".auth0.com"_s).contains(u"at most"_s));
        QVERIFY(TenantProfile::validateSecretLength(10001).contains(u"at most"_s));
        QVERIFY(TenantProfile::validateSecretLength(64).isEmpty());
        QVERIFY(TenantProfile::validateClientId(QString(32, u'a')).isEmpty());
        TenantProfile profile;
        profile.name = huge;
        profile.domain = u"acme.eu.auth0.com"_s;
        profile.clientId = u"abc"_s;
        QVERIFY(!profile.problems().isEmpty());
    }

    void audience_defaultsToDomainAndIsChecked()
    {
        TenantProfile profile;
        profile.domain = u"login.acme.example"_s;
        QCOMPARE(profile.effectiveAudience(), u"https://login.acme.example/api/v2/"_s);
        profile.audience = u"https://acme.eu.auth0.com/api/v2/"_s;
        QCOMPARE(profile.effectiveAudience(), u"https://acme.eu.auth0.com/api/v2/"_s);
        QVERIFY(TenantProfile::validateAudience(u"https://acme.eu.auth0.com/api/v2"_s)
                        .contains(u"trailing slash"_s));
        QVERIFY(!TenantProfile::validateAudience(u"http://acme.eu.auth0.com/api/v2/"_s).isEmpty());
        QVERIFY(TenantProfile::validateAudience(QString()).isEmpty());
    }

    void plainHttp_onlyForLoopback()
    {
        QVERIFY(TenantProfile::validatePlainHttp(true, u"127.0.0.1:8080"_s).isEmpty());
        QVERIFY(TenantProfile::validatePlainHttp(true, u"localhost:8080"_s).isEmpty());
        QVERIFY(TenantProfile::validatePlainHttp(true, u"[::1]:8080"_s).isEmpty());
        QVERIFY(!TenantProfile::validatePlainHttp(true, u"acme.eu.auth0.com"_s).isEmpty());
        QVERIFY(TenantProfile::validatePlainHttp(false, u"acme.eu.auth0.com"_s).isEmpty());
        TenantProfile profile;
        profile.domain = u"127.0.0.1:8080"_s;
        QCOMPARE(profile.baseUrl().scheme(), u"https"_s);
        profile.plainHttp = true;
        QCOMPARE(profile.baseUrl().toString(), u"http://127.0.0.1:8080"_s);
    }

    void store_saveLoadEditRemove_keepsNoSecret()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"settings.ini"_s);
        QSettings settings(path, QSettings::IniFormat);
        ProfileStore store(&settings);
        TenantProfile profile;
        profile.name = u"Acme production"_s;
        profile.domain = u"acme.eu.auth0.com"_s;
        profile.clientId = u"AbCdEf123"_s;
        profile.environment = TenantProfile::Environment::Production;
        profile = store.save(profile);
        QVERIFY(!profile.id.isEmpty());

        TenantProfile copy = store.save(ProfileStore::duplicate(profile));
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(copy.name, u"Acme production (copy)"_s);
        QVERIFY(copy.id != profile.id);

        profile.name = u"Acme prod"_s;
        store.save(profile);
        store.setLastProfileId(profile.id);
        QSettings reread(path, QSettings::IniFormat);
        ProfileStore again(&reread);
        QCOMPARE(again.profiles().size(), 2);
        QCOMPARE(again.profiles().first().name, u"Acme prod"_s);
        QCOMPARE(again.profiles().first().environment, TenantProfile::Environment::Production);
        QCOMPARE(again.lastProfileId(), profile.id);

        again.remove(profile.id);
        QCOMPARE(again.profiles().size(), 1);
        QCOMPARE(again.profiles().first().id, copy.id);
        QVERIFY(again.lastProfileId().isEmpty());

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll().toLower();
        QVERIFY(!text.contains("secret"));
        QVERIFY(!text.contains("token"));
    }

    void store_keepsHowAProfileSignsIn_andItsAccessLevel()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"settings.ini"_s);
        {
            QSettings settings(path, QSettings::IniFormat);
            ProfileStore store(&settings);
            TenantProfile key;
            key.name = u"Key"_s;
            key.domain = u"acme.eu.auth0.com"_s;
            key.clientId = u"k"_s;
            key.authMethod = TenantProfile::AuthMethod::PrivateKeyJwt;
            key.signingAlgorithm = u"PS256"_s;
            key.keyId = u"kid-1"_s;
            key.accessLevel = TenantProfile::AccessLevel::IdentitiesOnly;
            store.save(key);
            TenantProfile plain = key;
            plain.id.clear();
            plain.name = u"Plain"_s;
            plain.authMethod = TenantProfile::AuthMethod::ClientSecret;
            plain.accessLevel = TenantProfile::AccessLevel::IdentitiesAndTokens;
            store.save(plain);
        }
        QSettings reread(path, QSettings::IniFormat);
        const QList<TenantProfile> profiles = ProfileStore(&reread).profiles();
        QCOMPARE(profiles.size(), 2);
        QCOMPARE(profiles.at(0).authMethod, TenantProfile::AuthMethod::PrivateKeyJwt);
        QCOMPARE(profiles.at(0).signingAlgorithm, u"PS256"_s);
        QCOMPARE(profiles.at(0).keyId, u"kid-1"_s);
        QCOMPARE(profiles.at(0).accessLevel, TenantProfile::AccessLevel::IdentitiesOnly);
        QCOMPARE(profiles.at(1).authMethod, TenantProfile::AuthMethod::ClientSecret);
        QCOMPARE(profiles.at(1).accessLevel, TenantProfile::AccessLevel::IdentitiesAndTokens);
        // The canonical audience the assertion names, also behind a custom domain.
        TenantProfile custom;
        custom.domain = u"login.acme.example"_s;
        custom.audience = u"https://acme.eu.auth0.com/api/v2/"_s;
        QCOMPARE(custom.assertionAudience(), u"https://acme.eu.auth0.com/"_s);
    }

    void store_demoProfile_isNeverSaved()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        ProfileStore store(&settings);
        TenantProfile demo;
        demo.sessionOnly = true;
        demo.name = u"Demo"_s;
        store.save(demo);
        QVERIFY(store.profiles().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TenantProfileTest)
#include "tenantprofile_test.moc"
