<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ApiReply</name>
    <message>
        <source>The address %1 is not valid.</source>
        <translation>Die Adresse %1 ist nicht gültig.</translation>
    </message>
    <message>
        <source>%1 is not an https:// address.</source>
        <translation>%1 ist keine https://-Adresse.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>The answer exceeded %1 MB.</source>
        <translation>Die Antwort war größer als %1 MB.</translation>
    </message>
    <message>
        <source>No complete answer within %1 s.</source>
        <translation>Keine vollständige Antwort innerhalb von %1 s.</translation>
    </message>
    <message>
        <source>Redirect to %1 not followed.</source>
        <translation>Der Umleitung nach %1 wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>The connection closed before the whole answer arrived.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die ganze Antwort ankam.</translation>
    </message>
    <message>
        <source>The answer is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Cannot write the audit log %1: %2</source>
        <translation>Das Prüfprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>OS user</source>
        <translation>Systembenutzer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Every reveal, copy and check at a provider, newest first. File: %1</source>
        <translation>Jedes Aufdecken, Kopieren und Prüfen beim Anbieter, das neueste zuerst. Datei: %1</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>the macOS Keychain</source>
        <translation>dem macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>der Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>the desktop keyring (Secret Service or KWallet)</source>
        <translation>dem Schlüsselbund der Arbeitsumgebung (Secret Service oder KWallet)</translation>
    </message>
    <message>
        <source>No secret is stored for this profile. Enter the client secret again.</source>
        <translation>Für dieses Profil ist kein Geheimnis gespeichert. Geben Sie das Client-Secret erneut ein.</translation>
    </message>
    <message>
        <source>The keychain refused access: it may be locked. Unlock your login keyring (or allow IdP Token Inspector in the prompt) and try again. (%1)</source>
        <translation>Der Schlüsselbund verweigert den Zugriff, vielleicht ist er gesperrt. Entsperren Sie Ihren Anmelde-Schlüsselbund (oder erlauben Sie IdP Token Inspector in der Nachfrage) und versuchen Sie es erneut. (%1)</translation>
    </message>
    <message>
        <source>No keychain service is reachable, so secrets cannot be stored. On Linux, start GNOME Keyring or KWallet in your desktop session. (%1)</source>
        <translation>Kein Schlüsselbund-Dienst ist erreichbar, daher können keine Geheimnisse gespeichert werden. Starten Sie unter Linux GNOME Keyring oder KWallet in Ihrer Sitzung. (%1)</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund meldet einen Fehler: %1</translation>
    </message>
    <message>
        <source>The keychain returned a different value than was stored.</source>
        <translation>Der Schlüsselbund lieferte einen anderen Wert als gespeichert wurde.</translation>
    </message>
</context>
<context>
    <name>DemoTenant</name>
    <message>
        <source>The demo tenant program fake-auth0-tenant was not found next to the app. Build the whole project (cmake --build build) and start the app from the build folder.</source>
        <translation>Das Programm des Demo-Tenants, fake-auth0-tenant, liegt nicht neben der App. Bauen Sie das ganze Projekt (cmake --build build) und starten Sie die App aus dem Build-Ordner.</translation>
    </message>
    <message>
        <source>The demo tenant could not start: %1</source>
        <translation>Der Demo-Tenant konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The demo tenant stopped (exit code %1).</source>
        <translation>Der Demo-Tenant wurde beendet (Exit-Code %1).</translation>
    </message>
    <message>
        <source>The demo tenant exited before it was ready: %1</source>
        <translation>Der Demo-Tenant wurde beendet, bevor er bereit war: %1</translation>
    </message>
    <message>
        <source>The demo tenant printed an unexpected line: %1</source>
        <translation>Der Demo-Tenant gab eine unerwartete Zeile aus: %1</translation>
    </message>
    <message>
        <source>Demo tenant (local)</source>
        <translation>Demo-Tenant (lokal)</translation>
    </message>
</context>
<context>
    <name>ErrorAdvisor</name>
    <message>
        <source>Auth0 Dashboard › Applications › APIs › Auth0 Management API › Machine To Machine Applications</source>
        <translation>Auth0 Dashboard › Applications › APIs › Auth0 Management API › Machine To Machine Applications</translation>
    </message>
    <message>
        <source>The profile is incomplete</source>
        <translation>Das Profil ist unvollständig</translation>
    </message>
    <message>
        <source>Open the profile and fill in the fields marked in red.</source>
        <translation>Öffnen Sie das Profil und füllen Sie die rot markierten Felder aus.</translation>
    </message>
    <message>
        <source>Refused to send credentials over plain HTTP</source>
        <translation>Zugangsdaten werden nicht über unverschlüsseltes HTTP gesendet</translation>
    </message>
    <message>
        <source>Use the tenant&apos;s https:// domain. Plain HTTP is allowed only for a loopback address in a profile marked as local.</source>
        <translation>Verwenden Sie die https://-Domain des Tenants. Unverschlüsseltes HTTP ist nur für eine Loopback-Adresse in einem als lokal markierten Profil erlaubt.</translation>
    </message>
    <message>
        <source>The host %1 was not found</source>
        <translation>Der Host %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>Check the domain&apos;s spelling (for example acme.eu.auth0.com or your custom domain) and your network or VPN.</source>
        <translation>Prüfen Sie die Schreibweise der Domain (zum Beispiel acme.eu.auth0.com oder Ihre eigene Domain) und Ihr Netzwerk oder VPN.</translation>
    </message>
    <message>
        <source>The connection to %1 failed</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Check your network, proxy and firewall, then try again.</source>
        <translation>Prüfen Sie Netzwerk, Proxy und Firewall und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted</source>
        <translation>Dem TLS-Zertifikat von %1 wird nicht vertraut</translation>
    </message>
    <message>
        <source>%1
Certificate subject: %2
Issued by: %3</source>
        <translation>%1
Zertifikatsinhaber: %2
Ausgestellt von: %3</translation>
    </message>
    <message>
        <source>(none received)</source>
        <translation>(keines empfangen)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>If a corporate proxy inspects TLS, add its CA certificate file to the profile. Certificate verification is never turned off.</source>
        <translation>Wenn ein Firmen-Proxy TLS untersucht, fügen Sie dessen CA-Zertifikatsdatei dem Profil hinzu. Die Zertifikatsprüfung wird nie abgeschaltet.</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Check your network or proxy and try again; a slow link may need a longer timeout in the settings.</source>
        <translation>Prüfen Sie Netzwerk oder Proxy und versuchen Sie es erneut; eine langsame Verbindung braucht eventuell eine längere Zeitgrenze in den Einstellungen.</translation>
    </message>
    <message>
        <source>The request was cancelled</source>
        <translation>Die Anfrage wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 answered with a redirect</source>
        <translation>%1 antwortete mit einer Umleitung</translation>
    </message>
    <message>
        <source>Auth0 does not redirect API calls. Check the domain: it may point at a web page or a proxy. Tokens are never sent on to another address.</source>
        <translation>Auth0 leitet API-Aufrufe nicht um. Prüfen Sie die Domain: Sie zeigt vielleicht auf eine Webseite oder einen Proxy. Tokens werden nie an eine andere Adresse weitergeschickt.</translation>
    </message>
    <message>
        <source>The answer from %1 was too large</source>
        <translation>Die Antwort von %1 war zu groß</translation>
    </message>
    <message>
        <source>Narrow the request (fewer results per page), or raise the response size limit in the settings.</source>
        <translation>Grenzen Sie die Anfrage ein (weniger Ergebnisse pro Seite) oder erhöhen Sie die Größengrenze für Antworten in den Einstellungen.</translation>
    </message>
    <message>
        <source>%1 sent an answer that could not be read</source>
        <translation>%1 schickte eine Antwort, die nicht gelesen werden konnte</translation>
    </message>
    <message>
        <source>The connection may have dropped mid-way, or the domain does not point at an Auth0 tenant. Try again; check the domain if it persists.</source>
        <translation>Die Verbindung ist vielleicht unterwegs abgebrochen, oder die Domain zeigt nicht auf einen Auth0-Tenant. Versuchen Sie es erneut; prüfen Sie die Domain, wenn es so bleibt.</translation>
    </message>
    <message>
        <source>Auth0&apos;s rate limit was reached</source>
        <translation>Das Anfragelimit von Auth0 ist erreicht</translation>
    </message>
    <message>
        <source>Wait a little and try again. Other tools using the same tenant share this limit.</source>
        <translation>Warten Sie kurz und versuchen Sie es erneut. Andere Werkzeuge, die denselben Tenant nutzen, teilen sich dieses Limit.</translation>
    </message>
    <message>
        <source>Wait until %1 and try again. Other tools using the same tenant share this limit.</source>
        <translation>Warten Sie bis %1 und versuchen Sie es erneut. Andere Werkzeuge, die denselben Tenant nutzen, teilen sich dieses Limit.</translation>
    </message>
    <message>
        <source>Wrong client ID or client secret</source>
        <translation>Falsche Client-ID oder falsches Client-Secret</translation>
    </message>
    <message>
        <source>Copy the Client ID and Client Secret again from Auth0 Dashboard › Applications › your M2M application › Settings, and save the profile.</source>
        <translation>Kopieren Sie Client ID und Client Secret erneut aus Auth0 Dashboard › Applications › Ihre M2M-Anwendung › Settings und speichern Sie das Profil.</translation>
    </message>
    <message>
        <source>The application may not use the Client Credentials grant</source>
        <translation>Die Anwendung darf den Client-Credentials-Grant nicht verwenden</translation>
    </message>
    <message>
        <source>In Auth0 Dashboard › Applications › your application › Settings › Advanced Settings › Grant Types, enable Client Credentials (it must be a Machine to Machine application).</source>
        <translation>Aktivieren Sie in Auth0 Dashboard › Applications › Ihre Anwendung › Settings › Advanced Settings › Grant Types den Eintrag Client Credentials (es muss eine Machine-to-Machine-Anwendung sein).</translation>
    </message>
    <message>
        <source>The application is not authorized for the Management API</source>
        <translation>Die Anwendung ist für die Management API nicht berechtigt</translation>
    </message>
    <message>
        <source>In %1, authorize this application and tick read:users and read:user_idp_tokens.</source>
        <translation>Autorisieren Sie diese Anwendung unter %1 und wählen Sie read:users und read:user_idp_tokens aus.</translation>
    </message>
    <message>
        <source>Auth0 does not know this audience</source>
        <translation>Auth0 kennt diese Audience nicht</translation>
    </message>
    <message>
        <source>The audience must be https://&lt;tenant domain&gt;/api/v2/ with the trailing slash. With a custom domain it must still name the tenant&apos;s canonical domain (for example https://acme.eu.auth0.com/api/v2/).</source>
        <translation>Die Audience muss https://&lt;Tenant-Domain&gt;/api/v2/ mit abschließendem Schrägstrich lauten. Auch mit eigener Domain muss sie die kanonische Domain des Tenants nennen (zum Beispiel https://acme.eu.auth0.com/api/v2/).</translation>
    </message>
    <message>
        <source>The application was not granted the requested scopes</source>
        <translation>Der Anwendung wurden die angefragten Scopes nicht gewährt</translation>
    </message>
    <message>
        <source>No audience was sent</source>
        <translation>Es wurde keine Audience gesendet</translation>
    </message>
    <message>
        <source>Fill in the profile&apos;s audience: https://&lt;tenant domain&gt;/api/v2/.</source>
        <translation>Tragen Sie die Audience des Profils ein: https://&lt;Tenant-Domain&gt;/api/v2/.</translation>
    </message>
    <message>
        <source>The Management API token lacks a scope</source>
        <translation>Dem Management-API-Token fehlt ein Scope</translation>
    </message>
    <message>
        <source>The Management API rejected the token</source>
        <translation>Die Management API hat das Token abgelehnt</translation>
    </message>
    <message>
        <source>Test the connection again to get a new token. If it keeps failing, check that the domain and the audience name the same tenant.</source>
        <translation>Testen Sie die Verbindung erneut, um ein neues Token zu holen. Wenn es weiter fehlschlägt, prüfen Sie, ob Domain und Audience denselben Tenant nennen.</translation>
    </message>
    <message>
        <source>No user with this ID</source>
        <translation>Kein Benutzer mit dieser ID</translation>
    </message>
    <message>
        <source>Check the user ID (it looks like provider|id, for example google-oauth2|1234567890), or search by email instead.</source>
        <translation>Prüfen Sie die Benutzer-ID (sie sieht aus wie provider|id, zum Beispiel google-oauth2|1234567890), oder suchen Sie stattdessen nach der E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Auth0 returns at most 1000 search results</source>
        <translation>Auth0 liefert höchstens 1000 Suchergebnisse</translation>
    </message>
    <message>
        <source>Narrow the query, for example by connection or email domain.</source>
        <translation>Grenzen Sie die Suche ein, zum Beispiel nach Connection oder E-Mail-Domain.</translation>
    </message>
    <message>
        <source>Auth0 answered with a server error (%1)</source>
        <translation>Auth0 antwortete mit einem Serverfehler (%1)</translation>
    </message>
    <message>
        <source>Try again in a moment. If it persists, check Auth0&apos;s status page.</source>
        <translation>Versuchen Sie es gleich noch einmal. Wenn es so bleibt, prüfen Sie die Statusseite von Auth0.</translation>
    </message>
    <message>
        <source>Auth0 answered %1</source>
        <translation>Auth0 antwortete mit %1</translation>
    </message>
    <message>
        <source>Check the request; the message above is Auth0&apos;s own.</source>
        <translation>Prüfen Sie die Anfrage; die Meldung oben stammt von Auth0 selbst.</translation>
    </message>
    <message>
        <source>In %1, expand this application and tick the scopes the app asks for: read:users and read:user_idp_tokens.</source>
        <translation>Klappen Sie unter %1 diese Anwendung auf und wählen Sie die Scopes aus, die die App anfordert: read:users und read:user_idp_tokens.</translation>
    </message>
    <message>
        <source>In %1, expand this application and tick %2.</source>
        <translation>Klappen Sie unter %1 diese Anwendung auf und wählen Sie %2 aus.</translation>
    </message>
    <message>
        <source>Auth0&apos;s rate limit: try again at %1</source>
        <translation>Anfragelimit von Auth0: um %1 erneut versuchen</translation>
    </message>
    <message>
        <source>%1 does not speak TLS</source>
        <translation>%1 spricht kein TLS</translation>
    </message>
    <message>
        <source>The address answers without TLS: it may be a plain-HTTP port or a service other than Auth0. Check the domain and port in the profile.</source>
        <translation>Die Adresse antwortet ohne TLS: Es kann ein reiner HTTP-Port oder ein anderer Dienst als Auth0 sein. Prüfen Sie Domain und Port im Profil.</translation>
    </message>
    <message>
        <source>%1 offers no TLS version the app accepts</source>
        <translation>%1 bietet keine TLS-Version an, die die App annimmt</translation>
    </message>
    <message>
        <source>The server (or a proxy in the way) only speaks an old TLS version. Auth0 speaks TLS 1.2 and 1.3; check the domain, or the proxy.</source>
        <translation>Der Server (oder ein Proxy dazwischen) spricht nur eine alte TLS-Version. Auth0 spricht TLS 1.2 und 1.3; prüfen Sie die Domain oder den Proxy.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 has expired or is not valid yet</source>
        <translation>Das TLS-Zertifikat von %1 ist abgelaufen oder noch nicht gültig</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time; if they are right, the server&apos;s certificate (or a proxy&apos;s) must be renewed.</source>
        <translation>Prüfen Sie Datum und Uhrzeit dieses Computers; stimmen sie, muss das Zertifikat des Servers (oder eines Proxys) erneuert werden.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is for another host</source>
        <translation>Das TLS-Zertifikat von %1 gilt für einen anderen Host</translation>
    </message>
    <message>
        <source>The domain in the profile does not match the certificate: check it for typos, or whether a proxy answers instead.</source>
        <translation>Die Domain im Profil passt nicht zum Zertifikat: Prüfen Sie sie auf Tippfehler, oder ob stattdessen ein Proxy antwortet.</translation>
    </message>
    <message>
        <source>In %1, tick the scopes this request needs for this application, then test the connection again (a new token is needed to pick them up).</source>
        <translation>Haken Sie in %1 die Scopes an, die diese Anfrage für diese Anwendung braucht, und testen Sie dann die Verbindung erneut (erst ein neues Token enthält sie).</translation>
    </message>
    <message>
        <source>In %1, tick one of %2 for this application, then test the connection again (a new token is needed to pick them up).</source>
        <translation>Haken Sie in %1 einen von %2 für diese Anwendung an und testen Sie dann die Verbindung erneut (erst ein neues Token enthält ihn).</translation>
    </message>
    <message>
        <source>Auth0 Dashboard › Applications › your M2M application › Credentials</source>
        <translation>Auth0 Dashboard › Applications › Ihre M2M-Anwendung › Credentials</translation>
    </message>
    <message>
        <source>The private key does not match the public key Auth0 has</source>
        <translation>Der private Schlüssel passt nicht zum öffentlichen Schlüssel bei Auth0</translation>
    </message>
    <message>
        <source>Upload this profile&apos;s public key (Profiles… › Copy public key) in %1, or import the private key that belongs to the uploaded one.</source>
        <translation>Laden Sie den öffentlichen Schlüssel dieses Profils (Profile… › Öffentlichen Schlüssel kopieren) in %1 hoch, oder importieren Sie den privaten Schlüssel, der zum hochgeladenen gehört.</translation>
    </message>
    <message>
        <source>Auth0 found the client assertion&apos;s time wrong</source>
        <translation>Auth0 hält die Zeit der Client-Assertion für falsch</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock: an assertion lives 60 s and Auth0 allows 10 s of difference.</source>
        <translation>Prüfen Sie die Uhr dieses Rechners: Eine Assertion gilt 60 s, Auth0 erlaubt 10 s Abweichung.</translation>
    </message>
    <message>
        <source>Auth0 refused the client assertion&apos;s audience</source>
        <translation>Auth0 hat die Audience der Client-Assertion abgelehnt</translation>
    </message>
    <message>
        <source>The assertion names the tenant from the profile&apos;s audience; set the audience to https://TENANT.REGION.auth0.com/api/v2/ (the canonical domain, also with a custom domain).</source>
        <translation>Die Assertion nennt den Tenant aus der Audience des Profils; setzen Sie die Audience auf https://TENANT.REGION.auth0.com/api/v2/ (die kanonische Domain, auch bei einer eigenen Domain).</translation>
    </message>
    <message>
        <source>Auth0 has seen this client assertion before</source>
        <translation>Auth0 hat diese Client-Assertion schon einmal gesehen</translation>
    </message>
    <message>
        <source>Each assertion is used once and the app signs a new one for every request: try again. If it repeats, something between this computer and Auth0 replays requests.</source>
        <translation>Jede Assertion gilt einmal, und die App signiert für jede Anfrage eine neue: Versuchen Sie es erneut. Wiederholt es sich, spielt etwas zwischen diesem Rechner und Auth0 Anfragen erneut ab.</translation>
    </message>
    <message>
        <source>Auth0 has no credential with this key ID</source>
        <translation>Auth0 hat keinen Schlüssel mit dieser Key-ID</translation>
    </message>
    <message>
        <source>Clear the profile&apos;s key ID, or set it to the Key ID of the credential in %1.</source>
        <translation>Leeren Sie die Key-ID des Profils, oder setzen Sie sie auf die Key-ID des Schlüssels in %1.</translation>
    </message>
    <message>
        <source>The signing algorithm differs from the credential&apos;s</source>
        <translation>Der Signaturalgorithmus weicht von dem des Schlüssels ab</translation>
    </message>
    <message>
        <source>Set the profile&apos;s algorithm to the one of the credential in %1.</source>
        <translation>Setzen Sie den Algorithmus des Profils auf den des Schlüssels in %1.</translation>
    </message>
    <message>
        <source>The application is not set up for Private Key JWT</source>
        <translation>Die Anwendung ist nicht für Private Key JWT eingerichtet</translation>
    </message>
    <message>
        <source>In %1, choose Private Key JWT and add this profile&apos;s public key (Enterprise plans), or use the client secret instead.</source>
        <translation>Wählen Sie in %1 Private Key JWT und fügen Sie den öffentlichen Schlüssel dieses Profils hinzu (Enterprise-Pläne), oder nutzen Sie stattdessen das Client-Secret.</translation>
    </message>
    <message>
        <source>Auth0 stopped the search: it ran longer than 2 seconds</source>
        <translation>Auth0 hat die Suche abgebrochen: Sie lief länger als 2 Sekunden</translation>
    </message>
    <message>
        <source>Narrow the query rather than running it again: name a field (email:, name:, identities.connection:), avoid a leading wildcard and wide date ranges, or search by exact email or user ID.</source>
        <translation>Schränken Sie die Abfrage ein, statt sie erneut auszuführen: Nennen Sie ein Feld (email:, name:, identities.connection:), vermeiden Sie führende Platzhalter und weite Datumsbereiche, oder suchen Sie nach exakter E-Mail oder Benutzer-ID.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>%1 is a local tenant: it has no Auth0 Dashboard.</source>
        <translation>%1 ist ein lokaler Tenant: Er hat kein Auth0 Dashboard.</translation>
    </message>
    <message>
        <source>%1 is a Private Cloud tenant: its Dashboard address is not derived from the domain. Open your Private Cloud Dashboard and search for the user there.</source>
        <translation>%1 ist ein Private-Cloud-Tenant: Seine Dashboard-Adresse ergibt sich nicht aus der Domain. Öffnen Sie Ihr Private-Cloud-Dashboard und suchen Sie den Benutzer dort.</translation>
    </message>
    <message>
        <source>%1 is a custom domain and the profile&apos;s audience does not name the tenant&apos;s auth0.com domain, so the Dashboard address cannot be known.</source>
        <translation>%1 ist eine eigene Domain, und die Audience des Profils nennt nicht die auth0.com-Domain des Tenants; daher ist die Dashboard-Adresse nicht bekannt.</translation>
    </message>
    <message>
        <source>Auth0 user %1</source>
        <translation>Auth0-Benutzer %1</translation>
    </message>
    <message>
        <source>Auth0 user %1 (%2)</source>
        <translation>Auth0-Benutzer %1 (%2)</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>Benutzer-ID: %1</translation>
    </message>
    <message>
        <source>Email: %1%2</source>
        <translation>E-Mail: %1%2</translation>
    </message>
    <message>
        <source> (verified)</source>
        <translation> (bestätigt)</translation>
    </message>
    <message>
        <source> (not verified)</source>
        <translation> (nicht bestätigt)</translation>
    </message>
    <message>
        <source>Tenant: %1 (profile &quot;%2&quot;, %3)</source>
        <translation>Tenant: %1 (Profil „%2“, %3)</translation>
    </message>
    <message>
        <source>Read with IdP Token Inspector at %1</source>
        <translation>Gelesen mit IdP Token Inspector am %1</translation>
    </message>
    <message>
        <source>Identities (%1)</source>
        <translation>Identitäten (%1)</translation>
    </message>
    <message>
        <source>%1. %2, connection %3, user id %4%5</source>
        <translation>%1. %2, Connection %3, Benutzer-ID %4%5</translation>
    </message>
    <message>
        <source> (primary)</source>
        <translation> (primär)</translation>
    </message>
    <message>
        <source>; not checked at the provider</source>
        <translation>; nicht beim Anbieter geprüft</translation>
    </message>
    <message>
        <source>; checked at the provider %1: %2</source>
        <translation>; beim Anbieter geprüft am %1: %2</translation>
    </message>
    <message>
        <source>no IdP token in the answer</source>
        <translation>kein IdP-Token in der Antwort</translation>
    </message>
    <message>
        <source>Token values are not included: each token is named by its length and the first digits of its SHA-256.</source>
        <translation>Token-Werte sind nicht enthalten: Jedes Token wird durch seine Länge und die ersten Stellen seines SHA-256 benannt.</translation>
    </message>
</context>
<context>
    <name>HeadlessCheck</name>
    <message>
        <source>No saved profiles. Add one in the app (Profiles…).</source>
        <translation>Keine gespeicherten Profile. Legen Sie eines in der App an (Profile…).</translation>
    </message>
    <message>
        <source>No saved profile is called or has the id &quot;%1&quot;. See --list-profiles.</source>
        <translation>Kein gespeichertes Profil heißt „%1“ oder hat diese ID. Siehe --list-profiles.</translation>
    </message>
    <message>
        <source>%1 profiles are called &quot;%2&quot;: name one by its id (see --list-profiles).</source>
        <translation>%1 Profile heißen „%2“: Nennen Sie eines über seine ID (siehe --list-profiles).</translation>
    </message>
    <message>
        <source>Result: no client secret is stored for this profile.</source>
        <translation>Ergebnis: Für dieses Profil ist kein Client-Secret gespeichert.</translation>
    </message>
    <message>
        <source>Fix: open the profile in the app and enter its client secret.</source>
        <translation>Abhilfe: Öffnen Sie das Profil in der App und geben Sie sein Client-Secret ein.</translation>
    </message>
    <message>
        <source>Result: the keychain did not answer (%1).</source>
        <translation>Ergebnis: Der Schlüsselbund hat nicht geantwortet (%1).</translation>
    </message>
    <message>
        <source>Result: the client secret could not be read from the keychain (%1).</source>
        <translation>Ergebnis: Das Client-Secret konnte nicht aus dem Schlüsselbund gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Einzelheiten: %1</translation>
    </message>
    <message>
        <source>Fix: unlock or start the keychain (on Linux a Secret Service such as gnome-keyring or KWallet on the session&apos;s D-Bus), then try again.</source>
        <translation>Abhilfe: Entsperren oder starten Sie den Schlüsselbund (unter Linux einen Secret Service wie gnome-keyring oder KWallet auf dem D-Bus der Sitzung) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Result: no answer within %1 s.</source>
        <translation>Ergebnis: Keine Antwort innerhalb von %1 s.</translation>
    </message>
    <message>
        <source>Result: the application may read identities, not IdP tokens.</source>
        <translation>Ergebnis: Die Anwendung darf Identitäten lesen, aber keine IdP-Tokens.</translation>
    </message>
    <message>
        <source>Fix: tick read:user_idp_tokens for this application in Auth0 Dashboard › Applications › APIs › Auth0 Management API, or set the profile&apos;s Access to Identities only.</source>
        <translation>Abhilfe: Haken Sie read:user_idp_tokens für diese Anwendung in Auth0 Dashboard › Applications › APIs › Auth0 Management API an, oder stellen Sie den Zugriff des Profils auf „Nur Identitäten“.</translation>
    </message>
    <message>
        <source>Granted scopes: %1</source>
        <translation>Gewährte Scopes: %1</translation>
    </message>
    <message>
        <source>The grant allows: %1</source>
        <translation>Die Freigabe erlaubt: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>Result: connected.</source>
        <translation>Ergebnis: verbunden.</translation>
    </message>
    <message>
        <source>Result: connected, but without %1.</source>
        <translation>Ergebnis: verbunden, aber ohne %1.</translation>
    </message>
    <message>
        <source>Token valid until: %1</source>
        <translation>Token gültig bis: %1</translation>
    </message>
    <message>
        <source>Profile: %1 (%2)</source>
        <translation>Profil: %1 (%2)</translation>
    </message>
    <message>
        <source>Domain: %1</source>
        <translation>Domain: %1</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>Client-ID: %1</translation>
    </message>
    <message>
        <source>Access level: %1 (%2)</source>
        <translation>Zugriffsstufe: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>IdentityModel</name>
    <message numerus="yes">
        <source>%n fields</source>
        <translation>
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primär</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>verknüpft</translation>
    </message>
    <message>
        <source>social</source>
        <translation>sozial</translation>
    </message>
    <message>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>unknown provider</source>
        <translation>unbekannter Provider</translation>
    </message>
    <message>
        <source>%1 (a number)</source>
        <translation>%1 (eine Zahl)</translation>
    </message>
    <message>
        <source>%1 s (about %2, counted from when Auth0 stored the token)</source>
        <translation>%1 s (etwa %2, gezählt ab dem Speichern des Tokens durch Auth0)</translation>
    </message>
    <message>
        <source>Why no token?</source>
        <translation>Warum kein Token?</translation>
    </message>
    <message>
        <source>Token Vault</source>
        <translation>Token Vault</translation>
    </message>
    <message>
        <source>Revealed. It masks itself again after a while or when the window loses focus.</source>
        <translation>Aufgedeckt. Es wird nach einer Weile oder beim Verlassen des Fensters wieder verdeckt.</translation>
    </message>
    <message>
        <source>Masked. Reveal with Ctrl+H or copy with Ctrl+C.</source>
        <translation>Verdeckt. Aufdecken mit Strg+H, kopieren mit Strg+C.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 (a secret: masked)</source>
        <translation>%1 (ein Geheimnis: maskiert)</translation>
    </message>
    <message numerus="yes">
        <source>revealed %1, %n characters, shown whole in the token inspector</source>
        <translation>
            <numerusform>angezeigtes %1, %n Zeichen, vollständig im Token-Inspektor</numerusform>
            <numerusform>angezeigtes %1, %n Zeichen, vollständig im Token-Inspektor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>masked %1, %n characters</source>
        <translation>
            <numerusform>maskiertes %1, %n Zeichen</numerusform>
            <numerusform>maskiertes %1, %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+H reveals or masks it, Ctrl+C copies it; the copy clears itself.</source>
        <translation>Strg+H zeigt oder maskiert es, Strg+C kopiert es; die Kopie löscht sich selbst.</translation>
    </message>
</context>
<context>
    <name>LockWatcher</name>
    <message numerus="yes">
        <source>Locked after %n minute(s) without input.</source>
        <translation>
            <numerusform>Nach %n Minute ohne Eingabe gesperrt.</numerusform>
            <numerusform>Nach %n Minuten ohne Eingabe gesperrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked because the screen was locked.</source>
        <translation>Gesperrt, weil der Bildschirm gesperrt wurde.</translation>
    </message>
    <message>
        <source>Locked because the session was locked.</source>
        <translation>Gesperrt, weil die Sitzung gesperrt wurde.</translation>
    </message>
</context>
<context>
    <name>LockedView</name>
    <message>
        <source>IdP Token Inspector is locked</source>
        <translation>IdP Token Inspector ist gesperrt</translation>
    </message>
    <message>
        <source>The open user, every token and the Management API token were cleared. Unlocking reads the client secret from the keychain again and reconnects.</source>
        <translation>Der geöffnete Benutzer, alle Tokens und das Management-API-Token wurden gelöscht. Beim Entsperren wird das Client-Secret erneut aus dem Schlüsselbund gelesen und die Verbindung neu aufgebaut.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>IdP Token Inspector</source>
        <translation>IdP Token Inspector</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Tenant:</translation>
    </message>
    <message>
        <source>The tenant profile requests go to</source>
        <translation>Das Tenant-Profil, an das Anfragen gehen</translation>
    </message>
    <message>
        <source>Profiles…</source>
        <translation>Profile…</translation>
    </message>
    <message>
        <source>Add, edit or remove tenant profiles</source>
        <translation>Tenant-Profile hinzufügen, bearbeiten oder entfernen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Tenant profiles…</source>
        <translation>&amp;Tenant-Profile…</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Prüfprotokoll…</translation>
    </message>
    <message>
        <source>&amp;Find user</source>
        <translation>Benutzer &amp;finden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About IdP Token Inspector</source>
        <translation>&amp;Über IdP Token Inspector</translation>
    </message>
    <message>
        <source>No tenant profile yet</source>
        <translation>Noch kein Tenant-Profil</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Reading the client secret from %1…</source>
        <translation>Client-Secret wird aus %1 gelesen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;No client secret available&lt;/b&gt;&lt;br&gt;%1 Open Profiles… to enter it.</source>
        <translation>&lt;b&gt;Kein Client-Secret verfügbar&lt;/b&gt;&lt;br&gt;%1 Öffnen Sie Profile…, um es einzugeben.</translation>
    </message>
    <message>
        <source>Starting the demo tenant…</source>
        <translation>Demo-Tenant wird gestartet…</translation>
    </message>
    <message>
        <source>Demo tenant ready: https://%1</source>
        <translation>Demo-Tenant bereit: https://%1</translation>
    </message>
    <message>
        <source>Demo tenant unavailable</source>
        <translation>Demo-Tenant nicht verfügbar</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1…</translation>
    </message>
    <message>
        <source>Connected to %1 · token valid until %2</source>
        <translation>Verbunden mit %1 · Token gültig bis %2</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Find an Auth0 user, see every linked identity, and reveal or copy the identity providers&apos; tokens safely: masked by default, copies that clear themselves, and an audit trail.&lt;/p&gt;&lt;p&gt;Client secrets stay in the operating system&apos;s keychain.&lt;/p&gt;&lt;p&gt;Licensed under the MIT licence. Built with Qt %3.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%4&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Finden Sie einen Auth0-Benutzer, sehen Sie jede verknüpfte Identität und decken Sie die Tokens der Identity Provider sicher auf oder kopieren Sie sie: standardmäßig verdeckt, Kopien, die sich selbst löschen, und ein Prüfprotokoll.&lt;/p&gt;&lt;p&gt;Client-Secrets bleiben im Schlüsselbund des Betriebssystems.&lt;/p&gt;&lt;p&gt;Lizenziert unter der MIT-Lizenz. Erstellt mit Qt %3.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%4&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Locked by hand.</source>
        <translation>Von Hand gesperrt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This application may read identities, not IdP tokens&lt;/b&gt;&lt;br&gt;Its grant lacks read:user_idp_tokens. Tick it in Auth0 Dashboard › Applications › APIs › Auth0 Management API › Machine To Machine Applications, or &lt;a href=&quot;access:identities&quot;&gt;use this profile with Identities only&lt;/a&gt;.</source>
        <translation>&lt;b&gt;Diese Anwendung darf Identitäten lesen, aber keine IdP-Tokens&lt;/b&gt;&lt;br&gt;Ihrer Freigabe fehlt read:user_idp_tokens. Haken Sie es in Auth0 Dashboard › Applications › APIs › Auth0 Management API › Machine To Machine Applications an, oder &lt;a href=&quot;access:identities&quot;&gt;nutzen Sie dieses Profil mit „Nur Identitäten“&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>%1 now uses %2.</source>
        <translation>%1 nutzt jetzt „%2“.</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>Profile saved. The active tenant is still “%1”: choose the saved one in the Tenant list to use it.</source>
        <translation>Profil gespeichert. Aktiver Tenant bleibt „%1“: Wählen Sie das gespeicherte in der Tenant-Liste, um es zu verwenden.</translation>
    </message>
    <message>
        <source>Tenant profile</source>
        <translation>Tenant-Profil</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Granted scopes</source>
        <translation>Gewährte Scopes</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>Ben&amp;utzer</translation>
    </message>
</context>
<context>
    <name>ManagementReply</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>PrivateKey</name>
    <message>
        <source>Auth0 takes RSA keys only; this is another kind of key.</source>
        <translation>Auth0 nimmt nur RSA-Schlüssel; dies ist eine andere Art Schlüssel.</translation>
    </message>
    <message>
        <source>Auth0 takes RSA keys of 2048 to 4096 bits; this one has %1.</source>
        <translation>Auth0 nimmt RSA-Schlüssel mit 2048 bis 4096 Bit; dieser hat %1.</translation>
    </message>
    <message>
        <source>The key could not be written as PEM.</source>
        <translation>Der Schlüssel konnte nicht als PEM geschrieben werden.</translation>
    </message>
    <message>
        <source>Choose 2048, 3072 or 4096 bits.</source>
        <translation>Wählen Sie 2048, 3072 oder 4096 Bit.</translation>
    </message>
    <message>
        <source>OpenSSL could not generate the key.</source>
        <translation>OpenSSL konnte den Schlüssel nicht erzeugen.</translation>
    </message>
    <message>
        <source>This is not a PEM private key (it starts with -----BEGIN).</source>
        <translation>Dies ist kein privater PEM-Schlüssel (er beginnt mit -----BEGIN).</translation>
    </message>
    <message>
        <source>This is a public key or certificate; the app needs the private key (upload the public one in the Auth0 Dashboard).</source>
        <translation>Dies ist ein öffentlicher Schlüssel oder ein Zertifikat; die App braucht den privaten Schlüssel (den öffentlichen laden Sie im Auth0 Dashboard hoch).</translation>
    </message>
    <message>
        <source>The key is encrypted: enter its passphrase.</source>
        <translation>Der Schlüssel ist verschlüsselt: Geben Sie seine Passphrase ein.</translation>
    </message>
    <message>
        <source>The passphrase does not open this key.</source>
        <translation>Die Passphrase öffnet diesen Schlüssel nicht.</translation>
    </message>
    <message>
        <source>The PEM could not be read as a private key (PKCS#1 or PKCS#8).</source>
        <translation>Das PEM konnte nicht als privater Schlüssel gelesen werden (PKCS#1 oder PKCS#8).</translation>
    </message>
    <message>
        <source>Unknown signing algorithm %1: use RS256, RS384 or PS256.</source>
        <translation>Unbekannter Signaturalgorithmus %1: Nutzen Sie RS256, RS384 oder PS256.</translation>
    </message>
    <message>
        <source>The private key in the keychain could not be read.</source>
        <translation>Der private Schlüssel im Schlüsselbund konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>OpenSSL could not sign the client assertion.</source>
        <translation>OpenSSL konnte die Client-Assertion nicht signieren.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Tenant profiles</source>
        <translation>Tenant-Profile</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Acme production</source>
        <translation>Acme Produktion</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>acme.eu.auth0.com or your custom domain</source>
        <translation>acme.eu.auth0.com oder Ihre eigene Domain</translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation>A&amp;udience:</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
    <message>
        <source>Optional: a PEM file, for a TLS-inspecting proxy</source>
        <translation>Optional: eine PEM-Datei, für einen TLS-untersuchenden Proxy</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Local tenant over plain HTTP (loopback addresses only)</source>
        <translation>Lokaler Tenant über unverschlüsseltes HTTP (nur Loopback-Adressen)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>S&amp;peichern</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>CA certificate to trust</source>
        <translation>CA-Zertifikat, dem vertraut wird</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Kept in memory for this session only: the keychain could not be used. Leave empty to keep it.</source>
        <translation>Nur für diese Sitzung im Speicher gehalten: Der Schlüsselbund war nicht nutzbar. Leer lassen, um es zu behalten.</translation>
    </message>
    <message>
        <source>Stored in %1. Leave empty to keep it.</source>
        <translation>Gespeichert in %1. Leer lassen, um es zu behalten.</translation>
    </message>
    <message>
        <source>Not stored yet. It will be kept in %1 only.</source>
        <translation>Noch nicht gespeichert. Es wird nur in %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>•••••••• (stored)</source>
        <translation>•••••••• (gespeichert)</translation>
    </message>
    <message>
        <source>The application&apos;s client secret</source>
        <translation>Das Client-Secret der Anwendung</translation>
    </message>
    <message>
        <source>Enter the client secret for the copy: secrets are not copied.</source>
        <translation>Geben Sie das Client-Secret für die Kopie ein: Geheimnisse werden nicht mitkopiert.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile “%1” and its client secret from %2?</source>
        <translation>Das Profil „%1“ und sein Client-Secret aus %2 entfernen?</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Geben Sie das Client-Secret ein.</translation>
    </message>
    <message>
        <source>The keychain cannot be used</source>
        <translation>Der Schlüsselbund ist nicht nutzbar</translation>
    </message>
    <message>
        <source>The client secret cannot be stored in %1.</source>
        <translation>Das Client-Secret kann nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>%1

It will not be written anywhere else. You can keep it in memory for this session only; you will need to enter it again after the app restarts.</source>
        <translation>%1

Es wird nirgendwo anders gespeichert. Sie können es nur für diese Sitzung im Speicher behalten; nach einem Neustart der App müssen Sie es erneut eingeben.</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Not saved: the keychain cannot be used.</source>
        <translation>Nicht gespeichert: Der Schlüsselbund ist nicht nutzbar.</translation>
    </message>
    <message>
        <source>Enter the client secret to test the connection.</source>
        <translation>Geben Sie das Client-Secret ein, um die Verbindung zu testen.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Acc&amp;ess:</source>
        <translation>&amp;Zugriff:</translation>
    </message>
    <message>
        <source>Identities only is enough to search users and see their linked accounts; the application then needs no access to IdP tokens.</source>
        <translation>„Nur Identitäten“ genügt, um Benutzer zu suchen und ihre verknüpften Konten zu sehen; die Anwendung braucht dann keinen Zugriff auf IdP-Tokens.</translation>
    </message>
    <message>
        <source>This application may read identities, not IdP tokens.</source>
        <translation>Diese Anwendung darf Identitäten lesen, aber keine IdP-Tokens.</translation>
    </message>
    <message>
        <source>Its grant lacks read:user_idp_tokens. Tick it for this application in Auth0 Dashboard › Applications › APIs › Auth0 Management API, or &lt;a href=&quot;access:identities&quot;&gt;set Access to Identities only&lt;/a&gt;.</source>
        <translation>Ihrer Freigabe fehlt read:user_idp_tokens. Haken Sie es für diese Anwendung in Auth0 Dashboard › Applications › APIs › Auth0 Management API an, oder &lt;a href=&quot;access:identities&quot;&gt;stellen Sie den Zugriff auf „Nur Identitäten“&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Access: %1</source>
        <translation>Zugriff: %1</translation>
    </message>
    <message>
        <source>%1 is a custom domain: the audience must still name the tenant&apos;s canonical domain, for example https://acme.eu.auth0.com/api/v2/.</source>
        <translation>%1 ist eine eigene Domain: Die Audience muss trotzdem die kanonische Domain des Tenants nennen, zum Beispiel https://acme.eu.auth0.com/api/v2/.</translation>
    </message>
    <message>
        <source>&amp;Generate key…</source>
        <translation>Schlüssel &amp;generieren…</translation>
    </message>
    <message>
        <source>I&amp;mport PEM…</source>
        <translation>PEM i&amp;mportieren…</translation>
    </message>
    <message>
        <source>A&amp;lgorithm:</source>
        <translation>Algo&amp;rithmus:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Private key (Private Key JWT)</source>
        <translation>Privater Schlüssel (Private Key JWT)</translation>
    </message>
    <message>
        <source>Generate a key or import one first.</source>
        <translation>Erzeugen oder importieren Sie zuerst einen Schlüssel.</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>Privater &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>New key ready; it is stored in %1 when you save. Upload its public key under the application&apos;s Credentials in the Auth0 Dashboard.</source>
        <translation>Neuer Schlüssel bereit; er wird beim Speichern in %1 abgelegt. Laden Sie seinen öffentlichen Schlüssel unter den Credentials der Anwendung im Auth0 Dashboard hoch.</translation>
    </message>
    <message>
        <source>Stored in %1. Generate or import another to replace it.</source>
        <translation>In %1 gespeichert. Erzeugen oder importieren Sie einen anderen, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>No key yet: generate one here, or import a PEM private key. It is kept in %1 only.</source>
        <translation>Noch kein Schlüssel: Erzeugen Sie hier einen, oder importieren Sie einen privaten PEM-Schlüssel. Er wird nur in %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Generate a key</source>
        <translation>Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>RSA key size (Auth0 takes 2048 to 4096 bits):</source>
        <translation>RSA-Schlüssellänge (Auth0 nimmt 2048 bis 4096 Bit):</translation>
    </message>
    <message>
        <source>Generated an RSA %1 key.</source>
        <translation>RSA-%1-Schlüssel erzeugt.</translation>
    </message>
    <message>
        <source>Private key to import</source>
        <translation>Zu importierender privater Schlüssel</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>PEM-Schlüssel (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read as a key.</source>
        <translation>%1 lässt sich nicht als Schlüssel lesen.</translation>
    </message>
    <message>
        <source>Encrypted key</source>
        <translation>Verschlüsselter Schlüssel</translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation>Passphrase von %1:</translation>
    </message>
    <message>
        <source>Imported an RSA %1 key.</source>
        <translation>RSA-%1-Schlüssel importiert.</translation>
    </message>
    <message>
        <source>Public key copied: paste it under the application&apos;s Credentials › Private Key JWT in the Auth0 Dashboard.</source>
        <translation>Öffentlicher Schlüssel kopiert: Fügen Sie ihn unter Credentials › Private Key JWT der Anwendung im Auth0 Dashboard ein.</translation>
    </message>
    <message>
        <source>Save the public key</source>
        <translation>Öffentlichen Schlüssel speichern</translation>
    </message>
    <message>
        <source>PEM (*.pem)</source>
        <translation>PEM (*.pem)</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Public key saved to %1.</source>
        <translation>Öffentlicher Schlüssel in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Cop&amp;y public key</source>
        <translation>Öffentlichen Schlüssel kop&amp;ieren</translation>
    </message>
    <message>
        <source>Save pu&amp;blic key…</source>
        <translation>Ö&amp;ffentlichen Schlüssel speichern…</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>Dup&amp;lizieren</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>&amp;Anmelden mit:</translation>
    </message>
    <message>
        <source>Key &amp;ID (kid):</source>
        <translation>Schlüssel-ID (&amp;kid):</translation>
    </message>
    <message>
        <source>Envir&amp;onment:</source>
        <translation>Umge&amp;bung:</translation>
    </message>
    <message>
        <source>E&amp;xtra CA file:</source>
        <translation>&amp;Weitere CA-Datei:</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>The new profile is not saved.</source>
        <translation>Das neue Profil ist nicht gespeichert.</translation>
    </message>
    <message>
        <source>The changes to “%1” are not saved.</source>
        <translation>Die Änderungen an „%1“ sind nicht gespeichert.</translation>
    </message>
    <message>
        <source>Discard them, or cancel and save them first.</source>
        <translation>Verwerfen Sie sie, oder brechen Sie ab und speichern Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Another profile for %1 has this name. Give this one its own: its keychain entry is named after both.</source>
        <translation>Ein anderes Profil für %1 hat diesen Namen. Geben Sie diesem einen eigenen: sein Schlüsselbund-Eintrag ist nach beidem benannt.</translation>
    </message>
    <message>
        <source>Saved; the keychain entry keeps its old name: %1</source>
        <translation>Gespeichert; der Schlüsselbund-Eintrag behält seinen alten Namen: %1</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
</context>
<context>
    <name>ProviderCheck</name>
    <message>
        <source>Facebook checks a token only with the app&apos;s own access token (debug_token), which this app does not have.</source>
        <translation>Facebook prüft ein Token nur mit dem eigenen Access Token der App (debug_token), das diese App nicht hat.</translation>
    </message>
    <message>
        <source>Twitter (OAuth 1.0a) signs every request with the application&apos;s consumer secret, which only the connection holds.</source>
        <translation>Twitter (OAuth 1.0a) signiert jede Anfrage mit dem Consumer Secret der Anwendung, das nur die Connection kennt.</translation>
    </message>
    <message>
        <source>%1 has no read-only endpoint that checks a token without the application&apos;s own credentials, so no check exists for it.</source>
        <translation>%1 hat keinen lesenden Endpunkt, der ein Token ohne die Zugangsdaten der Anwendung prüft; daher gibt es keine Prüfung dafür.</translation>
    </message>
    <message>
        <source>The provider override %1 is refused: only https on a loopback host is allowed.</source>
        <translation>Die Anbieter-Umleitung %1 wird abgelehnt: Nur https auf einem Loopback-Host ist erlaubt.</translation>
    </message>
    <message>
        <source>No check exists for this provider.</source>
        <translation>Für diesen Anbieter gibt es keine Prüfung.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>invalid or expired</source>
        <translation>ungültig oder abgelaufen</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>revoked, expired or invalid</source>
        <translation>widerrufen, abgelaufen oder ungültig</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>no scopes</source>
        <translation>keine Scopes</translation>
    </message>
    <message>
        <source>scopes: %1</source>
        <translation>Scopes: %1</translation>
    </message>
    <message>
        <source>account matches the identity</source>
        <translation>Konto passt zur Identität</translation>
    </message>
    <message>
        <source>another account (%1) than the identity&apos;s</source>
        <translation>ein anderes Konto (%1) als das der Identität</translation>
    </message>
    <message>
        <source>Google: %1</source>
        <translation>Google: %1</translation>
    </message>
    <message>
        <source>GitHub: %1</source>
        <translation>GitHub: %1</translation>
    </message>
    <message>
        <source>a GitHub App token: its rights are the app&apos;s permissions</source>
        <translation>ein Token einer GitHub App: Seine Rechte sind die Berechtigungen der App</translation>
    </message>
    <message>
        <source>Microsoft Graph: %1</source>
        <translation>Microsoft Graph: %1</translation>
    </message>
</context>
<context>
    <name>Scopes</name>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Without read:users users cannot be searched.</source>
        <translation>Ohne read:users können keine Benutzer gesucht werden.</translation>
    </message>
    <message>
        <source>Without read:user_idp_tokens Auth0 will hide the IdP tokens.</source>
        <translation>Ohne read:user_idp_tokens verbirgt Auth0 die IdP-Tokens.</translation>
    </message>
    <message>
        <source>To fix it: Auth0 Dashboard › Applications › APIs › Auth0 Management API › Machine To Machine Applications, expand this application, tick the scopes, save, then test the connection again.</source>
        <translation>Abhilfe: Auth0 Dashboard › Applications › APIs › Auth0 Management API › Machine To Machine Applications, diese Anwendung aufklappen, die Scopes auswählen, speichern und dann die Verbindung erneut testen.</translation>
    </message>
    <message>
        <source>Optional: with read:logs the user view shows who read the user&apos;s IdP tokens.</source>
        <translation>Optional: Mit read:logs zeigt die Benutzeransicht, wer die IdP-Tokens des Benutzers gelesen hat.</translation>
    </message>
    <message>
        <source>read:logs not granted (optional)</source>
        <translation>read:logs nicht gewährt (optional)</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>What the search box holds; Auto guesses from what you type</source>
        <translation>Was im Suchfeld steht; Auto errät es aus der Eingabe</translation>
    </message>
    <message>
        <source>User ID (google-oauth2|123…), email address, or Lucene query such as identities.connection:&quot;github&quot;</source>
        <translation>Benutzer-ID (google-oauth2|123…), E-Mail-Adresse oder Lucene-Abfrage wie identities.connection:&quot;github&quot;</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Weiter ›</translation>
    </message>
    <message>
        <source>Users per page</source>
        <translation>Benutzer pro Seite</translation>
    </message>
    <message>
        <source>50 per page</source>
        <translation>50 pro Seite</translation>
    </message>
    <message>
        <source>100 per page</source>
        <translation>100 pro Seite</translation>
    </message>
    <message>
        <source>Searching (%1)…</source>
        <translation>Suche (%1)…</translation>
    </message>
    <message>
        <source>Search cancelled</source>
        <translation>Suche abgebrochen</translation>
    </message>
    <message>
        <source>No users found</source>
        <translation>Keine Benutzer gefunden</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 von %3</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 users match, and Auth0 lets a search page through the first 1000 only. Narrow the query, for example with identities.connection:&quot;github&quot; or email.domain:&quot;example.com&quot;.</source>
        <translation>%1 Benutzer passen, und Auth0 lässt eine Suche nur durch die ersten 1000 blättern. Grenzen Sie die Abfrage ein, zum Beispiel mit identities.connection:&quot;github&quot; oder email.domain:&quot;example.com&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) found</source>
        <translation>
            <numerusform>%n Benutzer gefunden</numerusform>
            <numerusform>%n Benutzer gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This tenant takes at most %1 users per page; %n user(s) found</source>
        <translation>
            <numerusform>Dieser Tenant liefert höchstens %1 Benutzer pro Seite; %n Benutzer gefunden</numerusform>
            <numerusform>Dieser Tenant liefert höchstens %1 Benutzer pro Seite; %n Benutzer gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Email lookups are exact, case included. &lt;a href=&quot;search:email-insensitive&quot;&gt;Search %1 ignoring case&lt;/a&gt; (a Lucene query, indexed a few seconds later).</source>
        <translation>E-Mail-Suchen sind exakt, auch in der Groß- und Kleinschreibung. &lt;a href=&quot;search:email-insensitive&quot;&gt;%1 ohne Beachtung der Schreibung suchen&lt;/a&gt; (eine Lucene-Abfrage, einige Sekunden später indiziert).</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>A user ID, an email address or a Lucene query. Enter searches; Escape comes back here from anywhere.</source>
        <translation>Eine Benutzer-ID, eine E-Mail-Adresse oder eine Lucene-Abfrage. Eingabe sucht; Escape kehrt von überall hierher zurück.</translation>
    </message>
    <message>
        <source>Search by</source>
        <translation>Suchen nach</translation>
    </message>
    <message>
        <source>Results per page</source>
        <translation>Ergebnisse pro Seite</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Arrows show a user; Enter opens it with the keyboard on its first token.</source>
        <translation>Pfeiltasten zeigen einen Benutzer; Eingabe öffnet ihn mit der Tastatur auf seinem ersten Token.</translation>
    </message>
    <message>
        <source>Search message</source>
        <translation>Suchmeldung</translation>
    </message>
</context>
<context>
    <name>StatusIndicators</name>
    <message>
        <source>Requests left in Auth0&apos;s rate-limit bucket (x-ratelimit-remaining)</source>
        <translation>Verbleibende Anfragen im Limit-Kontingent von Auth0 (x-ratelimit-remaining)</translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Zwischenablage wird in %n s geleert</numerusform>
            <numerusform>Zwischenablage wird in %n s geleert</numerusform>
        </translation>
    </message>
    <message>
        <source>Clipboard cleared</source>
        <translation>Zwischenablage geleert</translation>
    </message>
    <message numerus="yes">
        <source>Auth0&apos;s rate limit was reached: retrying in %n s</source>
        <translation>
            <numerusform>Anfragelimit von Auth0 erreicht: neuer Versuch in %n s</numerusform>
            <numerusform>Anfragelimit von Auth0 erreicht: neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate limit: %1 left</source>
        <translation>Anfragelimit: noch %1</translation>
    </message>
</context>
<context>
    <name>TenantProfile</name>
    <message>
        <source>Enter the tenant&apos;s domain, for example acme.eu.auth0.com.</source>
        <translation>Geben Sie die Domain des Tenants ein, zum Beispiel acme.eu.auth0.com.</translation>
    </message>
    <message>
        <source>Enter the domain only, without https://.</source>
        <translation>Geben Sie nur die Domain ein, ohne https://.</translation>
    </message>
    <message>
        <source>Only https is used: enter the domain only, without a scheme.</source>
        <translation>Es wird nur https verwendet: Geben Sie nur die Domain ein, ohne Schema.</translation>
    </message>
    <message>
        <source>Enter the domain only, without a path.</source>
        <translation>Geben Sie nur die Domain ein, ohne Pfad.</translation>
    </message>
    <message>
        <source>A domain has no spaces and no @.</source>
        <translation>Eine Domain enthält keine Leerzeichen und kein @.</translation>
    </message>
    <message>
        <source>A port is allowed only for a local (loopback) tenant.</source>
        <translation>Ein Port ist nur für einen lokalen (Loopback-)Tenant erlaubt.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>This is not a host name: use letters, digits, hyphens and dots, as in acme.eu.auth0.com.</source>
        <translation>Das ist kein Hostname: Verwenden Sie Buchstaben, Ziffern, Bindestriche und Punkte, wie in acme.eu.auth0.com.</translation>
    </message>
    <message>
        <source>The audience is an https:// address, such as https://acme.eu.auth0.com/api/v2/.</source>
        <translation>Die Audience ist eine https://-Adresse, etwa https://acme.eu.auth0.com/api/v2/.</translation>
    </message>
    <message>
        <source>The Management API audience ends in /api/v2/ (with the trailing slash).</source>
        <translation>Die Audience der Management API endet auf /api/v2/ (mit abschließendem Schrägstrich).</translation>
    </message>
    <message>
        <source>Enter the Client ID of the Machine to Machine application.</source>
        <translation>Geben Sie die Client-ID der Machine-to-Machine-Anwendung ein.</translation>
    </message>
    <message>
        <source>A Client ID has no spaces or colons.</source>
        <translation>Eine Client-ID enthält keine Leerzeichen oder Doppelpunkte.</translation>
    </message>
    <message>
        <source>Plain HTTP is allowed only for a tenant on this machine (127.0.0.1, ::1 or localhost).</source>
        <translation>Unverschlüsseltes HTTP ist nur für einen Tenant auf diesem Rechner erlaubt (127.0.0.1, ::1 oder localhost).</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM or DER certificate.</source>
        <translation>%1 enthält kein PEM- oder DER-Zertifikat.</translation>
    </message>
    <message>
        <source>Identities only</source>
        <translation>Nur Identitäten</translation>
    </message>
    <message>
        <source>Identities and tokens</source>
        <translation>Identitäten und Tokens</translation>
    </message>
    <message>
        <source>Took the tenant from the Dashboard address: %1.</source>
        <translation>Den Tenant aus der Dashboard-Adresse übernommen: %1.</translation>
    </message>
    <message>
        <source>Older US tenants have no region in their domain (%1.auth0.com): use that if this one does not answer.</source>
        <translation>Ältere US-Tenants haben keine Region in ihrer Domain (%1.auth0.com): Nutzen Sie diese, falls diese hier nicht antwortet.</translation>
    </message>
    <message>
        <source>Removed %1://.</source>
        <translation>%1:// entfernt.</translation>
    </message>
    <message>
        <source>Removed the path %1.</source>
        <translation>Den Pfad %1 entfernt.</translation>
    </message>
    <message>
        <source>Removed what followed the address.</source>
        <translation>Das auf die Adresse Folgende entfernt.</translation>
    </message>
    <message>
        <source>Removed the trailing slash.</source>
        <translation>Den abschließenden Schrägstrich entfernt.</translation>
    </message>
    <message>
        <source>Domains are lower case.</source>
        <translation>Domains werden kleingeschrieben.</translation>
    </message>
    <message>
        <source>A profile name has at most %1 characters.</source>
        <translation>Ein Profilname hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A client secret has at most %1 characters; this is not one.</source>
        <translation>Ein Client-Secret hat höchstens %1 Zeichen; dies ist keines.</translation>
    </message>
    <message>
        <source>A domain has at most %1 characters.</source>
        <translation>Eine Domain hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A Client ID has at most %1 characters.</source>
        <translation>Eine Client-ID hat höchstens %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>TokenAccessPolicy</name>
    <message>
        <source>No token is selected.</source>
        <translation>Kein Token ausgewählt.</translation>
    </message>
    <message>
        <source>A reason is needed on a production tenant.</source>
        <translation>Auf einem Produktions-Tenant ist ein Grund nötig.</translation>
    </message>
    <message>
        <source>No audit log: the action was refused.</source>
        <translation>Kein Prüfprotokoll: Die Aktion wurde verweigert.</translation>
    </message>
    <message>
        <source>The token was not shown or copied.</source>
        <translation>Das Token wurde weder angezeigt noch kopiert.</translation>
    </message>
</context>
<context>
    <name>TokenFingerprint</name>
    <message numerus="yes">
        <source>•••••••• %n chars · SHA-256 %1</source>
        <translation>
            <numerusform>•••••••• %n Zeichen · SHA-256 %1</numerusform>
            <numerusform>•••••••• %n Zeichen · SHA-256 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenInsight</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>läuft in %1 ab</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>seit %1 abgelaufen</translation>
    </message>
    <message>
        <source>not valid for another %1</source>
        <translation>erst in %1 gültig</translation>
    </message>
    <message>
        <source>valid since %1 ago</source>
        <translation>gültig seit %1</translation>
    </message>
    <message>
        <source>issued in %1 (clock skew?)</source>
        <translation>ausgestellt in %1 (Uhrenabweichung?)</translation>
    </message>
    <message>
        <source>issued %1 ago</source>
        <translation>vor %1 ausgestellt</translation>
    </message>
    <message>
        <source>A JSON Web Token signed with %1, issued by %2. Decoded here; the signature is not checked.</source>
        <translation>Ein JSON Web Token, signiert mit %1, ausgestellt von %2. Hier dekodiert; die Signatur wird nicht geprüft.</translation>
    </message>
    <message>
        <source>an unknown algorithm</source>
        <translation>einem unbekannten Algorithmus</translation>
    </message>
    <message>
        <source>an unnamed issuer</source>
        <translation>einem ungenannten Aussteller</translation>
    </message>
    <message>
        <source>It looks like a Google OAuth 2.0 access token (they start with “ya29.” and live about an hour).</source>
        <translation>Es sieht aus wie ein Google-OAuth-2.0-Access-Token (diese beginnen mit „ya29.“ und gelten etwa eine Stunde).</translation>
    </message>
    <message>
        <source>It looks like a Google refresh token (they start with “1//”).</source>
        <translation>Es sieht aus wie ein Google-Refresh-Token (diese beginnen mit „1//“).</translation>
    </message>
    <message>
        <source>It looks like a GitHub OAuth token (gho_ for OAuth apps, ghu_ for GitHub Apps).</source>
        <translation>Es sieht aus wie ein GitHub-OAuth-Token (gho_ für OAuth-Apps, ghu_ für GitHub-Apps).</translation>
    </message>
    <message>
        <source>It looks like a Microsoft identity platform refresh token.</source>
        <translation>Es sieht aus wie ein Refresh-Token der Microsoft Identity Platform.</translation>
    </message>
    <message>
        <source>Twitter (OAuth 1.0a) access tokens are the user&apos;s numeric id, a dash and a random string; they are used with the access token secret.</source>
        <translation>Twitter-Access-Tokens (OAuth 1.0a) bestehen aus der numerischen ID des Benutzers, einem Bindestrich und einer Zufallsfolge; sie werden zusammen mit dem Access-Token-Secret verwendet.</translation>
    </message>
    <message>
        <source>Facebook access tokens usually start with “EAA”.</source>
        <translation>Facebook-Access-Tokens beginnen meist mit „EAA“.</translation>
    </message>
    <message>
        <source>Its format is the identity provider&apos;s own.</source>
        <translation>Sein Format ist das eigene des Identity Providers.</translation>
    </message>
    <message>
        <source>An opaque token: it carries no readable claims, only the provider can tell what it grants. %1</source>
        <translation>Ein undurchsichtiges Token: Es trägt keine lesbaren Claims, nur der Provider weiß, was es erlaubt. %1</translation>
    </message>
    <message>
        <source>The Management API token lacks read:user_idp_tokens, so Auth0 hides this identity&apos;s tokens. Grant the scope in Auth0 Dashboard › Applications › APIs › Auth0 Management API › Machine To Machine Applications, then test the connection again.</source>
        <translation>Dem Management-API-Token fehlt read:user_idp_tokens, daher verbirgt Auth0 die Tokens dieser Identität. Gewähren Sie den Scope unter Auth0 Dashboard › Applications › APIs › Auth0 Management API › Machine To Machine Applications und testen Sie dann die Verbindung erneut.</translation>
    </message>
    <message>
        <source>Auth0 holds no token for this identity: the identity provider returned none, or the connection keeps its tokens in Token Vault.</source>
        <translation>Auth0 hält kein Token für diese Identität: Der Identity Provider hat keines geliefert, oder die Connection bewahrt ihre Tokens im Token Vault auf.</translation>
    </message>
    <message>
        <source>No refresh token: Google issues one only when the login asks for offline access (access_type=offline, with connection_scope) and the user consents again (prompt=consent).</source>
        <translation>Kein Refresh-Token: Google stellt nur eines aus, wenn die Anmeldung Offline-Zugriff verlangt (access_type=offline, mit connection_scope) und der Benutzer erneut zustimmt (prompt=consent).</translation>
    </message>
    <message>
        <source>No refresh token: %1 does not issue refresh tokens.</source>
        <translation>Kein Refresh-Token: %1 stellt keine Refresh-Tokens aus.</translation>
    </message>
    <message>
        <source>Tokens are hidden by this profile&apos;s access level (Identities only): its Management API token carries read:users alone. To see them, the application needs read:user_idp_tokens in its grant, and the profile Access set to Identities and tokens.</source>
        <translation>Die Tokens sind durch die Zugriffsstufe dieses Profils verborgen („Nur Identitäten“): Sein Management-API-Token trägt nur read:users. Um sie zu sehen, braucht die Anwendung read:user_idp_tokens in ihrer Freigabe, und der Zugriff des Profils muss auf „Identitäten und Tokens“ stehen.</translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The profile has no client ID or client secret.</source>
        <translation>Das Profil hat keine Client-ID oder kein Client-Secret.</translation>
    </message>
    <message>
        <source>The token answer has no access_token or expires_in.</source>
        <translation>Der Token-Antwort fehlt access_token oder expires_in.</translation>
    </message>
    <message>
        <source>The profile has no client ID or private key.</source>
        <translation>Das Profil hat keine Client-ID oder keinen privaten Schlüssel.</translation>
    </message>
</context>
<context>
    <name>UserFetch</name>
    <message>
        <source>This connection keeps its tokens in Token Vault, not in the user&apos;s identities, so the Management API cannot return them. Connected account %1: %2 access, scopes %3, since %4. Apps get tokens from the vault by token exchange.</source>
        <translation>Diese Connection bewahrt ihre Tokens im Token Vault auf, nicht in den Identitäten des Benutzers, daher kann die Management API sie nicht liefern. Verbundenes Konto %1: Zugriff %2, Scopes %3, seit %4. Apps erhalten Tokens aus dem Vault per Token Exchange.</translation>
    </message>
</context>
<context>
    <name>UserListModel</name>
    <message>
        <source>This user is blocked.</source>
        <translation>Dieser Benutzer ist gesperrt.</translation>
    </message>
    <message>
        <source>%1 (blocked)</source>
        <translation>%1 (gesperrt)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connections</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Logins</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
</context>
<context>
    <name>UserPanel</name>
    <message>
        <source>No user open</source>
        <translation>Kein Benutzer geöffnet</translation>
    </message>
    <message>
        <source>Search for a user, then open it to see its identities.</source>
        <translation>Suchen Sie einen Benutzer und öffnen Sie ihn, um seine Identitäten zu sehen.</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Aufdecken</translation>
    </message>
    <message>
        <source>Show the selected token (Ctrl+H); it masks itself again after a while</source>
        <translation>Das ausgewählte Token anzeigen (Strg+H); es verdeckt sich nach einer Weile wieder</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected token (Ctrl+C); the clipboard clears itself</source>
        <translation>Das ausgewählte Token kopieren (Strg+C); die Zwischenablage leert sich selbst</translation>
    </message>
    <message>
        <source>Token inspector</source>
        <translation>Token-Inspektor</translation>
    </message>
    <message>
        <source>Select a token to decode it. Decoding happens here; the token is never sent anywhere.</source>
        <translation>Wählen Sie ein Token, um es zu dekodieren. Das geschieht hier; das Token wird nirgendwohin gesendet.</translation>
    </message>
    <message>
        <source>Raw JSON (redacted)</source>
        <translation>Rohes JSON (geschwärzt)</translation>
    </message>
    <message>
        <source>Every token value is replaced by its length and fingerprint: safe for a support ticket.</source>
        <translation>Jeder Token-Wert ist durch Länge und Fingerabdruck ersetzt: sicher für ein Support-Ticket.</translation>
    </message>
    <message>
        <source>Copy redacted JSON</source>
        <translation>Geschwärztes JSON kopieren</translation>
    </message>
    <message>
        <source>Tokens are masked: length and SHA-256 fingerprint.</source>
        <translation>Tokens sind verdeckt: Länge und SHA-256-Fingerabdruck.</translation>
    </message>
    <message>
        <source>Redacted JSON copied: no token values in it.</source>
        <translation>Geschwärztes JSON kopiert: Es enthält keine Token-Werte.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>erstellt %1</translation>
    </message>
    <message>
        <source>last login %1</source>
        <translation>letzte Anmeldung %1</translation>
    </message>
    <message numerus="yes">
        <source>%n logins</source>
        <translation>
            <numerusform>%n Anmeldung</numerusform>
            <numerusform>%n Anmeldungen</numerusform>
        </translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Verdecken</translation>
    </message>
    <message>
        <source>Production tenant</source>
        <translation>Produktions-Tenant</translation>
    </message>
    <message>
        <source>“%1” is a production tenant. Give a ticket number or a reason before you %2 tokens of %3. It goes into the audit log.</source>
        <translation>„%1“ ist ein Produktions-Tenant. Geben Sie eine Ticketnummer oder einen Grund an, bevor Sie Tokens von %3 %2. Er kommt ins Prüfprotokoll.</translation>
    </message>
    <message>
        <source>A reason is needed on a production tenant.</source>
        <translation>Auf einem Produktions-Tenant ist ein Grund nötig.</translation>
    </message>
    <message>
        <source>reveal</source>
        <translation>aufdecken</translation>
    </message>
    <message numerus="yes">
        <source>Token revealed; it masks itself again in %n s.</source>
        <translation>
            <numerusform>Token aufgedeckt; es verdeckt sich in %n s wieder.</numerusform>
            <numerusform>Token aufgedeckt; es verdeckt sich in %n s wieder.</numerusform>
        </translation>
    </message>
    <message>
        <source>copy</source>
        <translation>kopieren</translation>
    </message>
    <message numerus="yes">
        <source>%n chars, SHA-256 %1</source>
        <translation>
            <numerusform>%n Zeichen, SHA-256 %1</numerusform>
            <numerusform>%n Zeichen, SHA-256 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>// header
%1

// payload
%2</source>
        <translation>// Header
%1

// Payload
%2</translation>
    </message>
    <message>
        <source>(opaque token: nothing to decode)</source>
        <translation>(undurchsichtiges Token: nichts zu dekodieren)</translation>
    </message>
    <message>
        <source>The user could not be opened</source>
        <translation>Der Benutzer konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>&amp;Reveal or mask token</source>
        <translation>Token &amp;anzeigen oder maskieren</translation>
    </message>
    <message numerus="yes">
        <source>Revealed: masks itself in %n s, or when the window loses focus.</source>
        <translation>
            <numerusform>Angezeigt: wird in %n s wieder maskiert, oder wenn das Fenster den Fokus verliert.</numerusform>
            <numerusform>Angezeigt: wird in %n s wieder maskiert, oder wenn das Fenster den Fokus verliert.</numerusform>
        </translation>
    </message>
    <message>
        <source>// the token, revealed
%1

%2</source>
        <translation>// das Token, angezeigt
%1

%2</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected token (the clipboard clears itself) or the selected value</source>
        <translation>Das ausgewählte Token kopieren (die Zwischenablage leert sich selbst) oder den ausgewählten Wert</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 kopiert.</translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>&amp;Wert kopieren</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <source>Identities and tokens</source>
        <translation>Identitäten und Tokens</translation>
    </message>
    <message>
        <source>Arrows move between rows. On a token, Ctrl+H reveals or masks it and Ctrl+C copies it; on any other row Ctrl+C copies its value.</source>
        <translation>Pfeiltasten wechseln die Zeile. Auf einem Token zeigt oder maskiert Strg+H es und Strg+C kopiert es; auf jeder anderen Zeile kopiert Strg+C ihren Wert.</translation>
    </message>
    <message>
        <source>Token summary</source>
        <translation>Token-Übersicht</translation>
    </message>
    <message>
        <source>The decoded token, and the whole token while it is revealed.</source>
        <translation>Das dekodierte Token, und das ganze Token, solange es angezeigt wird.</translation>
    </message>
    <message>
        <source>Raw JSON, token values redacted</source>
        <translation>Roh-JSON, Token-Werte geschwärzt</translation>
    </message>
    <message>
        <source>Token status</source>
        <translation>Token-Status</translation>
    </message>
    <message>
        <source>Open in Auth0 &amp;Dashboard</source>
        <translation>Im Auth0 &amp;Dashboard öffnen</translation>
    </message>
    <message>
        <source>Copy for &amp;ticket</source>
        <translation>Für &amp;Ticket kopieren</translation>
    </message>
    <message>
        <source>Copy for ticket as &amp;Markdown</source>
        <translation>Für Ticket als &amp;Markdown kopieren</translation>
    </message>
    <message>
        <source>&amp;Save for ticket…</source>
        <translation>Für Ticket &amp;speichern…</translation>
    </message>
    <message>
        <source>Summary for a ticket copied: no token values in it.</source>
        <translation>Zusammenfassung für ein Ticket kopiert: ohne Token-Werte.</translation>
    </message>
    <message>
        <source>Summary for a ticket copied as Markdown: no token values in it.</source>
        <translation>Zusammenfassung für ein Ticket als Markdown kopiert: ohne Token-Werte.</translation>
    </message>
    <message>
        <source>Save the summary for a ticket</source>
        <translation>Zusammenfassung für ein Ticket speichern</translation>
    </message>
    <message>
        <source>Markdown (*.md);;Plain text (*.txt)</source>
        <translation>Markdown (*.md);;Text (*.txt)</translation>
    </message>
    <message>
        <source>The summary could not be saved to %1: %2</source>
        <translation>Die Zusammenfassung konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Summary for a ticket saved to %1: no token values in it.</source>
        <translation>Zusammenfassung für ein Ticket in %1 gespeichert: ohne Token-Werte.</translation>
    </message>
    <message>
        <source>Opened in the Auth0 Dashboard: %1</source>
        <translation>Im Auth0 Dashboard geöffnet: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Reads of this user&apos;s IdP tokens</source>
        <translation>Lesezugriffe auf die IdP-Tokens dieses Benutzers</translation>
    </message>
    <message>
        <source>Token reads</source>
        <translation>Token-Lesezugriffe</translation>
    </message>
    <message>
        <source>Reading the tenant&apos;s logs for this user…</source>
        <translation>Die Logs des Tenants für diesen Benutzer werden gelesen…</translation>
    </message>
    <message>
        <source>Who read this user&apos;s tokens comes from the tenant&apos;s logs, and this application&apos;s grant lacks read:logs. It is optional: tick it in Auth0 Dashboard › Applications › APIs › Auth0 Management API › Machine To Machine Applications to see it here.</source>
        <translation>Wer die Tokens dieses Benutzers gelesen hat, steht in den Logs des Tenants, und dem Grant dieser Anwendung fehlt read:logs. Das ist optional: Haken Sie es in Auth0 Dashboard › Applications › APIs › Auth0 Management API › Machine To Machine Applications an, um es hier zu sehen.</translation>
    </message>
    <message>
        <source>The tenant&apos;s logs could not be read: %1 %2</source>
        <translation>Die Logs des Tenants konnten nicht gelesen werden: %1 %2</translation>
    </message>
    <message>
        <source>Log entry %1</source>
        <translation>Log-Eintrag %1</translation>
    </message>
    <message numerus="yes">
        <source>No read of this user&apos;s IdP tokens in the tenant&apos;s logs (%n event(s) read).</source>
        <translation>
            <numerusform>Kein Lesezugriff auf die IdP-Tokens dieses Benutzers in den Logs des Tenants (%n Ereignis gelesen).</numerusform>
            <numerusform>Kein Lesezugriff auf die IdP-Tokens dieses Benutzers in den Logs des Tenants (%n Ereignisse gelesen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read(s) of this user&apos;s IdP tokens (log events of type mgmt_api_read), newest first.</source>
        <translation>
            <numerusform>%n Lesezugriff auf die IdP-Tokens dieses Benutzers (Log-Ereignisse vom Typ mgmt_api_read), der neueste zuerst.</numerusform>
            <numerusform>%n Lesezugriffe auf die IdP-Tokens dieses Benutzers (Log-Ereignisse vom Typ mgmt_api_read), der neueste zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the newest %1 log events were read; older ones are in Auth0 Dashboard › Monitoring › Logs.</source>
        <translation>Nur die neuesten %1 Log-Ereignisse wurden gelesen; ältere stehen in Auth0 Dashboard › Monitoring › Logs.</translation>
    </message>
    <message>
        <source>Auth0 keeps logs for a limited time that depends on the plan.</source>
        <translation>Auth0 bewahrt Logs eine vom Plan abhängige Zeit lang auf.</translation>
    </message>
    <message>
        <source>Open a user to see who read its IdP tokens.</source>
        <translation>Öffnen Sie einen Benutzer, um zu sehen, wer seine IdP-Tokens gelesen hat.</translation>
    </message>
    <message>
        <source>Check at &amp;provider</source>
        <translation>Beim Anbieter &amp;prüfen</translation>
    </message>
    <message>
        <source>Ask the provider whether the selected access token still works, what it grants and whose it is, without showing it</source>
        <translation>Den Anbieter fragen, ob das ausgewählte Access Token noch gilt, was es erlaubt und wem es gehört, ohne es anzuzeigen</translation>
    </message>
    <message>
        <source>Only an access token can be checked at its provider; a refresh token is never used here (refreshing elsewhere can break the copy Auth0 holds).</source>
        <translation>Nur ein Access Token kann beim Anbieter geprüft werden; ein Refresh Token wird hier nie verwendet (eine Erneuerung anderswo kann die Kopie bei Auth0 unbrauchbar machen).</translation>
    </message>
    <message>
        <source>Connect to the tenant first.</source>
        <translation>Verbinden Sie sich zuerst mit dem Tenant.</translation>
    </message>
    <message>
        <source>Asking %1 about the token…</source>
        <translation>%1 wird nach dem Token gefragt…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>check</source>
        <translation>prüfen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checked at the provider:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Beim Anbieter geprüft:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>UserSearch</name>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Lucene query</source>
        <translation>Lucene-Abfrage</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Try the &amp;demo tenant</source>
        <translation>&amp;Demo-Tenant ausprobieren</translation>
    </message>
    <message>
        <source>&amp;Add your tenant…</source>
        <translation>Eigenen Tenant &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Welcome to IdP Token Inspector</source>
        <translation>Willkommen bei IdP Token Inspector</translation>
    </message>
    <message>
        <source>Read the tokens Auth0 holds for a user&apos;s Google, GitHub, Microsoft and other identities: masked until you reveal one, copies that clear themselves, every access in the audit log.</source>
        <translation>Lesen Sie die Tokens, die Auth0 für die Google-, GitHub-, Microsoft- und anderen Identitäten eines Benutzers hält: maskiert, bis Sie eines anzeigen, Kopien, die sich selbst löschen, jeder Zugriff im Audit-Log.</translation>
    </message>
    <message>
        <source>A local tenant with made-up users and tokens: nothing leaves this computer</source>
        <translation>Ein lokaler Tenant mit erfundenen Benutzern und Tokens: nichts verlässt diesen Computer</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your own tenant needs a machine-to-machine application&lt;/b&gt;, made once in the Auth0 Dashboard:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Applications › Applications › &lt;i&gt;Create Application&lt;/i&gt;: choose &lt;i&gt;Machine to Machine Applications&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;Authorize it for the &lt;i&gt;Auth0 Management API&lt;/i&gt; (&lt;code&gt;https://YOUR_DOMAIN/api/v2/&lt;/code&gt;) with the scopes &lt;code&gt;read:users&lt;/code&gt; and &lt;code&gt;read:user_idp_tokens&lt;/code&gt; (&lt;code&gt;read:users&lt;/code&gt; alone shows identities without their tokens).&lt;/li&gt;&lt;li&gt;From its &lt;i&gt;Settings&lt;/i&gt; tab, copy the Domain, Client ID and Client Secret into &lt;i&gt;Add your tenant…&lt;/i&gt;. The secret goes to your system&apos;s keychain, never to a file.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ihr eigener Tenant braucht eine Machine-to-Machine-Anwendung&lt;/b&gt;, einmal im Auth0 Dashboard angelegt:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Applications › Applications › &lt;i&gt;Create Application&lt;/i&gt;: &lt;i&gt;Machine to Machine Applications&lt;/i&gt; wählen.&lt;/li&gt;&lt;li&gt;Sie für die &lt;i&gt;Auth0 Management API&lt;/i&gt; (&lt;code&gt;https://YOUR_DOMAIN/api/v2/&lt;/code&gt;) mit den Scopes &lt;code&gt;read:users&lt;/code&gt; und &lt;code&gt;read:user_idp_tokens&lt;/code&gt; autorisieren (&lt;code&gt;read:users&lt;/code&gt; allein zeigt Identitäten ohne ihre Tokens).&lt;/li&gt;&lt;li&gt;Aus ihrem Tab &lt;i&gt;Settings&lt;/i&gt; Domain, Client ID und Client Secret in &lt;i&gt;Eigenen Tenant hinzufügen…&lt;/i&gt; kopieren. Das Secret kommt in den Schlüsselbund Ihres Systems, nie in eine Datei.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start the bundled demo tenant and connect to it.</source>
        <translation>Den mitgelieferten Demo-Tenant starten und sich mit ihm verbinden.</translation>
    </message>
    <message>
        <source>Quit after the given number of milliseconds (smoke tests).</source>
        <translation>Nach der angegebenen Zahl an Millisekunden beenden (Rauchtests).</translation>
    </message>
    <message>
        <source>Find an Auth0 user, see every linked identity, and reveal or copy identity-provider tokens safely.</source>
        <translation>Einen Auth0-Benutzer finden, jede verknüpfte Identität sehen und Tokens der Identity Provider sicher aufdecken oder kopieren.</translation>
    </message>
    <message>
        <source>Print the saved profiles (id, name, domain, environment, access level) and exit.</source>
        <translation>Die gespeicherten Profile ausgeben (ID, Name, Domain, Umgebung, Zugriffsstufe) und beenden.</translation>
    </message>
    <message>
        <source>Test a saved profile&apos;s connection without a display, print the diagnosis and exit: 0 connected with what it needs, 1 not, 2 a usage error.</source>
        <translation>Die Verbindung eines gespeicherten Profils ohne Bildschirm testen, die Diagnose ausgeben und beenden: 0 verbunden mit allem Nötigen, 1 nicht, 2 falscher Aufruf.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
</context>
</TS>
