<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>IdentityModel</name>
    <message numerus="yes">
        <source>%n fields</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>revealed %1, %n characters, shown whole in the token inspector</source>
        <translation>
            <numerusform>revealed %1, %n character, shown whole in the token inspector</numerusform>
            <numerusform>revealed %1, %n characters, shown whole in the token inspector</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>masked %1, %n characters</source>
        <translation>
            <numerusform>masked %1, %n character</numerusform>
            <numerusform>masked %1, %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockWatcher</name>
    <message numerus="yes">
        <source>Locked after %n minute(s) without input.</source>
        <translation>
            <numerusform>Locked after %n minute without input.</numerusform>
            <numerusform>Locked after %n minutes without input.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This tenant takes at most %1 users per page; %n user(s) found</source>
        <translation>
            <numerusform>This tenant takes at most %1 users per page; %n user found</numerusform>
            <numerusform>This tenant takes at most %1 users per page; %n users found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) found</source>
        <translation>
            <numerusform>%n user found</numerusform>
            <numerusform>%n users found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusIndicators</name>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Clipboard clears in %n s</numerusform>
            <numerusform>Clipboard clears in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Auth0&apos;s rate limit was reached: retrying in %n s</source>
        <translation>
            <numerusform>Auth0&apos;s rate limit was reached: retrying in %n s</numerusform>
            <numerusform>Auth0&apos;s rate limit was reached: retrying in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenFingerprint</name>
    <message numerus="yes">
        <source>•••••••• %n chars · SHA-256 %1</source>
        <translation>
            <numerusform>•••••••• %n char · SHA-256 %1</numerusform>
            <numerusform>•••••••• %n chars · SHA-256 %1</numerusform>
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
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserPanel</name>
    <message numerus="yes">
        <source>No read of this user&apos;s IdP tokens in the tenant&apos;s logs (%n event(s) read).</source>
        <translation>
            <numerusform>No read of this user&apos;s IdP tokens in the tenant&apos;s logs (%n event read).</numerusform>
            <numerusform>No read of this user&apos;s IdP tokens in the tenant&apos;s logs (%n events read).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read(s) of this user&apos;s IdP tokens (log events of type mgmt_api_read), newest first.</source>
        <translation>
            <numerusform>%n read of this user&apos;s IdP tokens (log events of type mgmt_api_read), newest first.</numerusform>
            <numerusform>%n reads of this user&apos;s IdP tokens (log events of type mgmt_api_read), newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n logins</source>
        <translation>
            <numerusform>%n login</numerusform>
            <numerusform>%n logins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Token revealed; it masks itself again in %n s.</source>
        <translation>
            <numerusform>Token revealed; it masks itself again in %n s.</numerusform>
            <numerusform>Token revealed; it masks itself again in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revealed: masks itself in %n s, or when the window loses focus.</source>
        <translation>
            <numerusform>Revealed: masks itself in %n s, or when the window loses focus.</numerusform>
            <numerusform>Revealed: masks itself in %n s, or when the window loses focus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chars, SHA-256 %1</source>
        <translation>
            <numerusform>%n char, SHA-256 %1</numerusform>
            <numerusform>%n chars, SHA-256 %1</numerusform>
        </translation>
    </message>
</context>
</TS>
