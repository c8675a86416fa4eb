<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="53"/>
        <source>My account</source>
        <translation>My account</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="59"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="63"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="66"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="67"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="68"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="71"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="73"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="74"/>
        <source>Current password, to save</source>
        <translation>Current password, to save</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="75"/>
        <source>&amp;Save the profile</source>
        <translation>&amp;Save the profile</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="79"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="80"/>
        <source>&amp;Birth date</source>
        <translation>&amp;Birth date</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="81"/>
        <source>&amp;Gender</source>
        <translation>&amp;Gender</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="82"/>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="83"/>
        <source>Current &amp;password</source>
        <translation>Current &amp;password</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="85"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="88"/>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="89"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="90"/>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="91"/>
        <source>&amp;Change the password</source>
        <translation>&amp;Change the password</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="95"/>
        <source>C&amp;urrent password</source>
        <translation>C&amp;urrent password</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="96"/>
        <source>&amp;New password</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="97"/>
        <source>New password a&amp;gain</source>
        <translation>New password a&amp;gain</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="98"/>
        <source>Your other sessions end when the password changes.</source>
        <translation>Your other sessions end when the password changes.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="103"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="107"/>
        <source>Where you are signed in</source>
        <translation>Where you are signed in</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="108"/>
        <source>&amp;End the selected session</source>
        <translation>&amp;End the selected session</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="110"/>
        <source>End all &amp;other sessions</source>
        <translation>End all &amp;other sessions</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="120"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="123"/>
        <source>Password, to delete the account</source>
        <translation>Password, to delete the account</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="124"/>
        <source>&amp;Delete my account…</source>
        <translation>&amp;Delete my account…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="131"/>
        <source>Deleting your account removes your sign-in, your messages and your memberships. An elder&apos;s account takes the family with it. This cannot be undone.</source>
        <translation>Deleting your account removes your sign-in, your messages and your memberships. An elder&apos;s account takes the family with it. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="136"/>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="138"/>
        <source>Delete account</source>
        <translation>Delete account</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="142"/>
        <source>Account messages</source>
        <translation>Account messages</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="143"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="189"/>
        <source>Last active %1</source>
        <translation>Last active %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="191"/>
        <source>kept signed in</source>
        <translation>kept signed in</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="193"/>
        <source>this computer, now</source>
        <translation>this computer, now</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="199"/>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="235"/>
        <source>The profile is saved.</source>
        <translation>The profile is saved.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="243"/>
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="259"/>
        <source>The password is changed; your other sessions ended.</source>
        <translation>The password is changed; your other sessions ended.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="285"/>
        <source>The session ended.</source>
        <translation>The session ended.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="289"/>
        <source>Deleting your account removes your sign-in and your memberships.</source>
        <translation>Deleting your account removes your sign-in and your memberships.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="293"/>
        <source>Your family “%1” goes with it: all of its history (%2 readings, %3 alerts) and the membership of the people in it (%4).</source>
        <translation>Your family “%1” goes with it: all of its history (%2 readings, %3 alerts) and the membership of the people in it (%4).</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="301"/>
        <source>%1 messages you sent or received are deleted.</source>
        <translation>%1 messages you sent or received are deleted.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="308"/>
        <source>The records of %1 exports stay, without your name, as the privacy law requires.</source>
        <translation>The records of %1 exports stay, without your name, as the privacy law requires.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="311"/>
        <source>This cannot be undone. Delete your account for good?</source>
        <translation>This cannot be undone. Delete your account for good?</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="318"/>
        <source>Delete my account</source>
        <translation>Delete my account</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../carebot_desktop/app.py" line="95"/>
        <source>Demo: sign in as %1 (password %2), a caregiver of four elders.</source>
        <translation>Demo: sign in as %1 (password %2), a caregiver of four elders.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/app.py" line="170"/>
        <source>Connecting to the database…</source>
        <translation>Connecting to the database…</translation>
    </message>
</context>
<context>
    <name>CareActions</name>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_actions.py" line="109"/>
        <source>Someone is handling this alert</source>
        <translation>Someone is handling this alert</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_actions.py" line="114"/>
        <source>Take it &amp;over</source>
        <translation>Take it &amp;over</translation>
    </message>
</context>
<context>
    <name>CareLogModel</name>
    <message>
        <location filename="../../carebot_desktop/ui/care/care_log.py" line="48"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/care_log.py" line="48"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/care_log.py" line="48"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/care_log.py" line="48"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/words.py" line="36"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/words.py" line="37"/>
        <source>Alert closed</source>
        <translation>Alert closed</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/words.py" line="38"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>CareLogWidget</name>
    <message>
        <location filename="../../carebot_desktop/ui/care/care_log.py" line="104"/>
        <location filename="../../carebot_desktop/ui/care/care_log.py" line="105"/>
        <source>Search the care log</source>
        <translation>Search the care log</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/care_log.py" line="108"/>
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/care_log.py" line="112"/>
        <source>Care log</source>
        <translation>Care log</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/care_log.py" line="125"/>
        <source>A note for the care log (what was done, how the elder is)</source>
        <translation>A note for the care log (what was done, how the elder is)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/care_log.py" line="127"/>
        <source>New care-log note</source>
        <translation>New care-log note</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/care_log.py" line="133"/>
        <source>&amp;Add note</source>
        <translation>&amp;Add note</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/care_log.py" line="134"/>
        <source>Add the note to the care log</source>
        <translation>Add the note to the care log</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/care_log.py" line="207"/>
        <source>Nothing in the care log in this period.</source>
        <translation>Nothing in the care log in this period.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/care_log.py" line="223"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 characters</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/care_log.py" line="237"/>
        <source>Write the note first: it is empty.</source>
        <translation>Write the note first: it is empty.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/care_log.py" line="241"/>
        <source>A note is at most %1 characters; this one has %2. Shorten it.</source>
        <translation>A note is at most %1 characters; this one has %2. Shorten it.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/care_log.py" line="246"/>
        <source>Adding the note…</source>
        <translation>Adding the note…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/care_log.py" line="262"/>
        <source>The note is in the care log.</source>
        <translation>The note is in the care log.</translation>
    </message>
</context>
<context>
    <name>CarePanel</name>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_text.py" line="27"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_text.py" line="31"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_text.py" line="33"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_text.py" line="37"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_text.py" line="41"/>
        <location filename="../../carebot_desktop/ui/notifications/care_text.py" line="41"/>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_text.py" line="65"/>
        <source>Emergency · nobody has taken it · %1</source>
        <translation>Emergency · nobody has taken it · %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_text.py" line="68"/>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_text.py" line="68"/>
        <source>New alert</source>
        <translation>New alert</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_text.py" line="71"/>
        <source>Being handled · %1 · %2</source>
        <translation>Being handled · %1 · %2</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_text.py" line="76"/>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_text.py" line="80"/>
        <source>Resolved · %1</source>
        <translation>Resolved · %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_text.py" line="82"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_text.py" line="88"/>
        <source>nobody has taken it for %1</source>
        <translation>nobody has taken it for %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_text.py" line="110"/>
        <source>%1 has been handling this alert for %2. Take it over?</source>
        <translation>%1 has been handling this alert for %2. Take it over?</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_panel.py" line="33"/>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_panel.py" line="36"/>
        <source>Taken by %1 at %2</source>
        <translation>Taken by %1 at %2</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_panel.py" line="42"/>
        <source>Resolved by %1 at %2: %3</source>
        <translation>Resolved by %1 at %2: %3</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_panel.py" line="48"/>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_panel.py" line="51"/>
        <source>Escalated: level %1</source>
        <translation>Escalated: level %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_panel.py" line="55"/>
        <source>Was open for %1</source>
        <translation>Was open for %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_panel.py" line="57"/>
        <source>Open for %1</source>
        <translation>Open for %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_panel.py" line="60"/>
        <source>Taken more than %1 ago and still open: resolve it or hand it on.</source>
        <translation>Taken more than %1 ago and still open: resolve it or hand it on.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_panel.py" line="88"/>
        <source>Who is handling the alert</source>
        <translation>Who is handling the alert</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_panel.py" line="92"/>
        <source>I&apos;&amp;m on it</source>
        <translation>I&apos;&amp;m on it</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_panel.py" line="94"/>
        <source>Take the alert: you are handling it</source>
        <translation>Take the alert: you are handling it</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_panel.py" line="97"/>
        <source>Resol&amp;ve…</source>
        <translation>Resol&amp;ve…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_panel.py" line="99"/>
        <source>Resolve the alert with what was done</source>
        <translation>Resolve the alert with what was done</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_panel.py" line="102"/>
        <source>&amp;Write to the family…</source>
        <translation>&amp;Write to the family…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_panel.py" line="104"/>
        <source>Write a message to the elder&apos;s family</source>
        <translation>Write a message to the elder&apos;s family</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_panel.py" line="118"/>
        <source>Whom to call</source>
        <translation>Whom to call</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_panel.py" line="187"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <location filename="../../carebot_desktop/ui/window/connection_bar.py" line="87"/>
        <source>History from the replica</source>
        <translation>History from the replica</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/connection_bar.py" line="89"/>
        <source>History from the main server: the replica is %1 s behind</source>
        <translation>History from the main server: the replica is %1 s behind</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/connection_bar.py" line="93"/>
        <source>History from the main server: the replica cannot be reached</source>
        <translation>History from the main server: the replica cannot be reached</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/connection_bar.py" line="95"/>
        <source>History from the main server</source>
        <translation>History from the main server</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/connection_bar.py" line="100"/>
        <source>Charts, history and reports are read from the read-only replica while it is up to date; alerts, sign-in and every change always use the main server.</source>
        <translation>Charts, history and reports are read from the read-only replica while it is up to date; alerts, sign-in and every change always use the main server.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="42"/>
        <source>Database connection</source>
        <translation>Database connection</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="43"/>
        <source>&amp;Embedded database on this computer</source>
        <translation>&amp;Embedded database on this computer</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="44"/>
        <source>Carebot &amp;MariaDB server</source>
        <translation>Carebot &amp;MariaDB server</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="52"/>
        <source>Server host</source>
        <translation>Server host</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="56"/>
        <source>Server port</source>
        <translation>Server port</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="58"/>
        <source>Database name</source>
        <translation>Database name</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="60"/>
        <source>Database user</source>
        <translation>Database user</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="63"/>
        <source>Database password</source>
        <translation>Database password</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="64"/>
        <source>kept in the system keyring</source>
        <translation>kept in the system keyring</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="66"/>
        <source>When the server offers it</source>
        <translation>When the server offers it</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="67"/>
        <source>Required (refuse an unencrypted server)</source>
        <translation>Required (refuse an unencrypted server)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="68"/>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="70"/>
        <source>Encryption (TLS)</source>
        <translation>Encryption (TLS)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="72"/>
        <source>the system&apos;s certificate authorities</source>
        <translation>the system&apos;s certificate authorities</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="73"/>
        <source>CA certificate file</source>
        <translation>CA certificate file</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="74"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="75"/>
        <source>Choose the CA certificate file</source>
        <translation>Choose the CA certificate file</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="81"/>
        <source>Certificate and server name</source>
        <translation>Certificate and server name</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="82"/>
        <source>Certificate only</source>
        <translation>Certificate only</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="83"/>
        <source>Nothing (encryption only)</source>
        <translation>Nothing (encryption only)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="87"/>
        <source>What TLS checks</source>
        <translation>What TLS checks</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="90"/>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="91"/>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="92"/>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="93"/>
        <source>&amp;User</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="94"/>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="95"/>
        <source>E&amp;ncryption (TLS)</source>
        <translation>E&amp;ncryption (TLS)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="96"/>
        <source>C&amp;A certificate</source>
        <translation>C&amp;A certificate</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="99"/>
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="102"/>
        <source>This is the demo. Saving leaves it: the demo data stays in its own file and is never written to the database you choose.</source>
        <translation>This is the demo. Saving leaves it: the demo data stays in its own file and is never written to the database you choose.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="110"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="111"/>
        <source>Test the connection</source>
        <translation>Test the connection</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="156"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="170"/>
        <source>CA certificate</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="172"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="182"/>
        <source>The connection works and is encrypted (%1).</source>
        <translation>The connection works and is encrypted (%1).</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="185"/>
        <source>The connection works, but it is not encrypted.</source>
        <translation>The connection works, but it is not encrypted.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="212"/>
        <source>The password could not be kept: no system keyring is available. It is used for this session only.</source>
        <translation>The password could not be kept: no system keyring is available. It is used for this session only.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="71"/>
        <source>not saved: this computer has no system keyring</source>
        <translation>not saved: this computer has no system keyring</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="120"/>
        <source>Techn&amp;ical details</source>
        <translation>Techn&amp;ical details</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="133"/>
        <source>He&amp;lp: encryption, CA, password</source>
        <translation>He&amp;lp: encryption, CA, password</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="136"/>
        <source>Explain encryption, the CA certificate and where the password is kept</source>
        <translation>Explain encryption, the CA certificate and where the password is kept</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="192"/>
        <source>Encryption (TLS) keeps the care records and the password secret on their way between this computer and the database server. Choose “Required” when the server is reached over a network the care centre does not control.</source>
        <translation>Encryption (TLS) keeps the care records and the password secret on their way between this computer and the database server. Choose “Required” when the server is reached over a network the care centre does not control.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="195"/>
        <source>The CA certificate file (.pem or .crt) proves that the server really is the care centre&apos;s: get it from the care centre&apos;s administrator, with the host name its certificate is made out to. Without one, the certificate authorities this computer already trusts are used.</source>
        <translation>The CA certificate file (.pem or .crt) proves that the server really is the care centre&apos;s: get it from the care centre&apos;s administrator, with the host name its certificate is made out to. Without one, the certificate authorities this computer already trusts are used.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="198"/>
        <source>The database password is never written to a file: it is kept in this computer&apos;s system keyring (Windows Credential Manager, the macOS Keychain, or a Secret Service such as GNOME Keyring or KWallet on Linux).</source>
        <translation>The database password is never written to a file: it is kept in this computer&apos;s system keyring (Windows Credential Manager, the macOS Keychain, or a Secret Service such as GNOME Keyring or KWallet on Linux).</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="203"/>
        <source>This computer has a system keyring, so the password is saved there.</source>
        <translation>This computer has a system keyring, so the password is saved there.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="208"/>
        <source>This computer has no system keyring: the password is not saved, it is used only until Carebot closes, and you type it here again next time.</source>
        <translation>This computer has no system keyring: the password is not saved, it is used only until Carebot closes, and you type it here again next time.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="146"/>
        <source>Help on the connection settings</source>
        <translation>Help on the connection settings</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="224"/>
        <source>Hide he&amp;lp</source>
        <translation>Hide he&amp;lp</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="115"/>
        <source>Read-only replica host</source>
        <translation>Read-only replica host</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="116"/>
        <source>none: every read from the server above</source>
        <translation>none: every read from the server above</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="120"/>
        <source>Read-only replica port</source>
        <translation>Read-only replica port</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="122"/>
        <source>&amp;Read-only replica (optional)</source>
        <translation>&amp;Read-only replica (optional)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="133"/>
        <source>Replica h&amp;ost and port</source>
        <translation>Replica h&amp;ost and port</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="138"/>
        <source>Charts, history and reports are read from it; the same database, user, password and encryption as above.</source>
        <translation>Charts, history and reports are read from it; the same database, user, password and encryption as above.</translation>
    </message>
</context>
<context>
    <name>ConnectionProblemText</name>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_problems.py" line="21"/>
        <source>The server&apos;s name was not found: check the host name for a typing mistake and that this computer is connected to the network.</source>
        <translation>The server&apos;s name was not found: check the host name for a typing mistake and that this computer is connected to the network.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_problems.py" line="26"/>
        <source>The server does not answer: check that this computer is on the care centre&apos;s network (or its VPN) and that the host is right.</source>
        <translation>The server does not answer: check that this computer is on the care centre&apos;s network (or its VPN) and that the host is right.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_problems.py" line="31"/>
        <source>The server was reached, but no MariaDB database answers on this port: check that the database server is running and that the port number (usually 3306) is right.</source>
        <translation>The server was reached, but no MariaDB database answers on this port: check that the database server is running and that the port number (usually 3306) is right.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_problems.py" line="36"/>
        <source>The database server refused this user name and password (or this user may not open this database): check both, or ask the care centre&apos;s administrator.</source>
        <translation>The database server refused this user name and password (or this user may not open this database): check both, or ask the care centre&apos;s administrator.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_problems.py" line="41"/>
        <source>The server has no database by this name: check the database name (usually “carebot”) with the care centre&apos;s administrator.</source>
        <translation>The server has no database by this name: check the database name (usually “carebot”) with the care centre&apos;s administrator.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_problems.py" line="46"/>
        <source>The server accepts only encrypted connections: set Encryption (TLS) to “Required” or “When the server offers it” and try again.</source>
        <translation>The server accepts only encrypted connections: set Encryption (TLS) to “Required” or “When the server offers it” and try again.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_problems.py" line="51"/>
        <source>These settings require encryption (TLS), but the server offers none: ask the care centre&apos;s administrator to turn TLS on at the server.</source>
        <translation>These settings require encryption (TLS), but the server offers none: ask the care centre&apos;s administrator to turn TLS on at the server.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_problems.py" line="56"/>
        <source>The server&apos;s certificate is not signed by the chosen CA certificate (or has expired), so the connection was refused: choose the CA file from the care centre&apos;s administrator.</source>
        <translation>The server&apos;s certificate is not signed by the chosen CA certificate (or has expired), so the connection was refused: choose the CA file from the care centre&apos;s administrator.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_problems.py" line="61"/>
        <source>The server&apos;s certificate is made out to another name than this host, so the connection was refused: enter the host name the certificate names, or set Verify to “Certificate only”.</source>
        <translation>The server&apos;s certificate is made out to another name than this host, so the connection was refused: enter the host name the certificate names, or set Verify to “Certificate only”.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_problems.py" line="66"/>
        <source>The CA certificate file is missing or holds no certificate: choose the file the care centre&apos;s administrator gave you again.</source>
        <translation>The CA certificate file is missing or holds no certificate: choose the file the care centre&apos;s administrator gave you again.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_problems.py" line="70"/>
        <source>The encrypted (TLS) connection could not be set up: ask the care centre&apos;s administrator to check the server&apos;s TLS settings.</source>
        <translation>The encrypted (TLS) connection could not be set up: ask the care centre&apos;s administrator to check the server&apos;s TLS settings.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../carebot_desktop/ui/family/contact_dialog.py" line="36"/>
        <source>Add an emergency contact</source>
        <translation>Add an emergency contact</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/contact_dialog.py" line="38"/>
        <source>Change the emergency contact</source>
        <translation>Change the emergency contact</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/contact_dialog.py" line="42"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/contact_dialog.py" line="45"/>
        <source>e.g. son, neighbour, doctor</source>
        <translation>e.g. son, neighbour, doctor</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/contact_dialog.py" line="46"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/contact_dialog.py" line="50"/>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/contact_dialog.py" line="58"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/contact_dialog.py" line="59"/>
        <source>&amp;Relation</source>
        <translation>&amp;Relation</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/contact_dialog.py" line="60"/>
        <source>&amp;Phone number</source>
        <translation>&amp;Phone number</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/contact_dialog.py" line="84"/>
        <source>Enter the person&apos;s name.</source>
        <translation>Enter the person&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/contact_dialog.py" line="86"/>
        <source>Enter the phone number (at least two digits).</source>
        <translation>Enter the phone number (at least two digits).</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <location filename="../../carebot_desktop/ui/family/contacts_panel.py" line="65"/>
        <source>Emergency (ambulance, fire)</source>
        <translation>Emergency: ambulance, fire</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/contacts_panel.py" line="69"/>
        <source>Emergency number 119</source>
        <translation>Emergency number 119 (ambulance, fire)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/contacts_panel.py" line="71"/>
        <source>No emergency contacts yet. The family&apos;s main user and members add them.</source>
        <translation>No emergency contacts yet. The family&apos;s main user and members add them.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/contacts_panel.py" line="107"/>
        <source>Phone number of %1</source>
        <translation>Phone number of %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/contacts_panel.py" line="108"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/contacts_panel.py" line="109"/>
        <source>Copy the number of %1</source>
        <translation>Copy the number of %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/contacts_panel.py" line="118"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/contacts_panel.py" line="119"/>
        <source>Edit the contact %1</source>
        <translation>Edit the contact %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/contacts_panel.py" line="121"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/contacts_panel.py" line="122"/>
        <source>Remove the contact %1</source>
        <translation>Remove the contact %1</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="83"/>
        <source>(%n unread)</source>
        <translation>
            <numerusform>(%n unread)</numerusform>
            <numerusform>(%n unread)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../carebot_desktop/ui/crash_dialog.py" line="38"/>
        <source>Carebot Desktop: an error</source>
        <translation>Carebot Desktop: an error</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/crash_dialog.py" line="40"/>
        <source>Something went wrong. Carebot Desktop keeps running, but the last action may not have been completed.</source>
        <translation>Something went wrong. Carebot Desktop keeps running, but the last action may not have been completed.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/crash_dialog.py" line="42"/>
        <source>The details are in the log file:
%1</source>
        <translation>The details are in the log file:
%1</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../../carebot_desktop/ui/report/export.py" line="139"/>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/export.py" line="144"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/export.py" line="148"/>
        <source>Not exported: %1</source>
        <translation>Not exported: %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/export.py" line="175"/>
        <source>Export as CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/export.py" line="177"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="47"/>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="53"/>
        <source>Elder&apos;s name</source>
        <translation>Elder&apos;s name</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="54"/>
        <source>Age and birth date</source>
        <translation>Age and birth date</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="55"/>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="64"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="56"/>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="65"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="62"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="63"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="69"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="71"/>
        <source>&amp;Alarms (the robot speaks alerts aloud)</source>
        <translation>&amp;Alarms (the robot speaks alerts aloud)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="72"/>
        <source>&amp;Camera (fall photos)</source>
        <translation>&amp;Camera (fall photos)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="73"/>
        <source>&amp;Microphone (conversation)</source>
        <translation>&amp;Microphone (conversation)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="74"/>
        <source>Dri&amp;ving (the robot moves around)</source>
        <translation>Dri&amp;ving (the robot moves around)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="81"/>
        <source>Family &amp;name</source>
        <translation>Family &amp;name</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="85"/>
        <source>Only the elder&apos;s own account can change these.</source>
        <translation>Only the elder&apos;s own account can change these.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="87"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="89"/>
        <source>Save the family settings</source>
        <translation>Save the family settings</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="99"/>
        <source>A&amp;dd contact…</source>
        <translation>A&amp;dd contact…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="100"/>
        <source>Add an emergency contact</source>
        <translation>Add an emergency contact</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="113"/>
        <source>No sleep &amp;window</source>
        <translation>No sleep &amp;window</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="114"/>
        <source>No sleep window</source>
        <translation>No sleep window</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="119"/>
        <source>Sleep window start</source>
        <translation>Sleep window start</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="120"/>
        <source>Sleep window end</source>
        <translation>Sleep window end</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="126"/>
        <source>Save s&amp;leep window</source>
        <translation>Save s&amp;leep window</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="127"/>
        <source>Save the sleep window</source>
        <translation>Save the sleep window</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="133"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="135"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="145"/>
        <source>The hours the elder usually sleeps (Korean time). Not moving then is not taken as unusual.</source>
        <translation>The hours the elder usually sleeps (Korean time). Not moving then is not taken as unusual.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="154"/>
        <source>The elder</source>
        <translation>The elder</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="156"/>
        <source>Family and robot settings</source>
        <translation>Family and robot settings</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="161"/>
        <source>Emergency contacts</source>
        <translation>Emergency contacts</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="165"/>
        <source>Sleep window</source>
        <translation>Sleep window</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="210"/>
        <source>%1 years (born %2)</source>
        <translation>%1 years (born %2)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="215"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="215"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="216"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="249"/>
        <source>The sleep window can be read only when connected.</source>
        <translation>The sleep window can be read only when connected.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="251"/>
        <source>Only the elder&apos;s own account can change this.</source>
        <translation>Only the elder&apos;s own account can change this.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="271"/>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="300"/>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="330"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="284"/>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="306"/>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="366"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="351"/>
        <source>Remove %1 from the emergency contacts?</source>
        <translation>Remove %1 from the emergency contacts?</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="354"/>
        <source>Remove contact</source>
        <translation>Remove contact</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="372"/>
        <source>Copied %1.</source>
        <translation>Copied %1.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="37"/>
        <source>Alerts closed this shift: %1</source>
        <translation>Alerts closed this shift: %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="44"/>
        <source>Alerts still open: %1 (critical: %2)</source>
        <translation>Alerts still open: %1 (critical: %2)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="49"/>
        <source>Care-log notes written: %1</source>
        <translation>Care-log notes written: %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="73"/>
        <source>Shift handover</source>
        <translation>Shift handover</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="76"/>
        <source>The latest handover</source>
        <translation>The latest handover</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="85"/>
        <source>I have &amp;read it</source>
        <translation>I have &amp;read it</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="86"/>
        <source>Confirm reading the latest handover</source>
        <translation>Confirm reading the latest handover</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="97"/>
        <source>This shift</source>
        <translation>This shift</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="98"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="101"/>
        <source>Handover note for the next shift</source>
        <translation>Handover note for the next shift</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="103"/>
        <source>Handover note</source>
        <translation>Handover note</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="105"/>
        <source>What the next shift must know: who to watch, what was promised, what is open</source>
        <translation>What the next shift must know: who to watch, what was promised, what is open</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="108"/>
        <source>&amp;Hand over</source>
        <translation>&amp;Hand over</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="109"/>
        <source>Write the handover note</source>
        <translation>Write the handover note</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="148"/>
        <source>This shift (since %1)</source>
        <translation>This shift (since %1)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="164"/>
        <source>Your own handover.</source>
        <translation>Your own handover.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="166"/>
        <source>You confirmed reading it.</source>
        <translation>You confirmed reading it.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="168"/>
        <source>Please read it and confirm.</source>
        <translation>Please read it and confirm.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="208"/>
        <source>Write the handover note first: it is empty.</source>
        <translation>Write the handover note first: it is empty.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="212"/>
        <source>A handover note is at most %1 characters; this one has %2. Shorten it.</source>
        <translation>A handover note is at most %1 characters; this one has %2. Shorten it.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="218"/>
        <source>Handing over…</source>
        <translation>Handing over…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="232"/>
        <source>Handed over: the next shift sees it when they sign in.</source>
        <translation>Handed over: the next shift sees it when they sign in.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="155"/>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="30"/>
        <source>Help and about Carebot Desktop</source>
        <translation>Help and about Carebot Desktop</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="32"/>
        <source>Carebot Desktop, version %1</source>
        <translation>Carebot Desktop, version %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="39"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="42"/>
        <source>Open the &amp;log folder</source>
        <translation>Open the &amp;log folder</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="44"/>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="46"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="62"/>
        <source>Your data (the embedded database, the offline copy)</source>
        <translation>Your data (the embedded database, the offline copy)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="63"/>
        <source>Log file</source>
        <translation>Log file</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="64"/>
        <source>Settings file</source>
        <translation>Settings file</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="65"/>
        <source>Application files</source>
        <translation>Application files</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="71"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="71"/>
        <source>Every family at a glance, the most urgent first.</source>
        <translation>Every family at a glance, the most urgent first.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="72"/>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="72"/>
        <source>The elder, the home and the robot&apos;s settings.</source>
        <translation>The elder, the home and the robot&apos;s settings.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="73"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="73"/>
        <source>Who belongs to the family, and requests to join.</source>
        <translation>Who belongs to the family, and requests to join.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="75"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="77"/>
        <source>Charts of the home and the elder&apos;s readings; Report… makes a PDF for a doctor&apos;s visit.</source>
        <translation>Charts of the home and the elder&apos;s readings; Report… makes a PDF for a doctor&apos;s visit.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="80"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="80"/>
        <source>Messages between the elder and the family.</source>
        <translation>Messages between the elder and the family.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="82"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="83"/>
        <source>Alerts: falls, fire, disasters; acknowledge them here.</source>
        <translation>Alerts: falls, fire, disasters; acknowledge them here.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="87"/>
        <source>go to a screen</source>
        <translation>go to a screen</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="88"/>
        <source>refresh the screen</source>
        <translation>refresh the screen</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="89"/>
        <source>this help</source>
        <translation>this help</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="92"/>
        <source>Screens</source>
        <translation>Screens</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="93"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="94"/>
        <source>Alarms</source>
        <translation>Alarms</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="95"/>
        <source>Where things are kept</source>
        <translation>Where things are kept</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="106"/>
        <source>A critical alert (a fall, a fire) shows a red banner and sounds a chime until someone acknowledges it. The sound can be turned off in Settings; the banner stays. Care-centre desks keep watching from the tray when the window is closed.</source>
        <translation>A critical alert (a fall, a fire) shows a red banner and sounds a chime until someone acknowledges it. The sound can be turned off in Settings; the banner stays. Care-centre desks keep watching from the tray when the window is closed.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="121"/>
        <source>The environment variables CAREBOT_CONFIG_DIR, CAREBOT_DATA_DIR, CAREBOT_CACHE_DIR and CAREBOT_LOG_DIR move these folders.</source>
        <translation>The environment variables CAREBOT_CONFIG_DIR, CAREBOT_DATA_DIR, CAREBOT_CACHE_DIR and CAREBOT_LOG_DIR move these folders.</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="48"/>
        <source>Join a family</source>
        <translation>Join a family</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="50"/>
        <source>Elder&apos;s name</source>
        <translation>Elder&apos;s name</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="54"/>
        <source>Elder&apos;s birth date</source>
        <translation>Elder&apos;s birth date</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="56"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="57"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="58"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="59"/>
        <source>Elder&apos;s gender</source>
        <translation>Elder&apos;s gender</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="61"/>
        <source>Elder&apos;s address</source>
        <translation>Elder&apos;s address</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="64"/>
        <source>e.g. 큰딸, 요양보호사</source>
        <translation>e.g. 큰딸, 요양보호사</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="65"/>
        <source>Your nickname in the family</source>
        <translation>Your nickname in the family</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="67"/>
        <source>Enter the elder&apos;s details exactly as registered.</source>
        <translation>Enter the elder&apos;s details exactly as registered.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="68"/>
        <source>Elder&apos;s &amp;name</source>
        <translation>Elder&apos;s &amp;name</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="69"/>
        <source>&amp;Birth date</source>
        <translation>&amp;Birth date</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="70"/>
        <source>&amp;Gender</source>
        <translation>&amp;Gender</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="71"/>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="72"/>
        <source>Your ni&amp;ckname</source>
        <translation>Your ni&amp;ckname</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="41"/>
        <source>Carebot Desktop</source>
        <translation>Carebot Desktop</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="47"/>
        <source>Sign in to look after your family</source>
        <translation>Sign in to look after your family</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="52"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="56"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="58"/>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Remember me on this computer</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="59"/>
        <source>Remember me</source>
        <translation>Remember me</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="64"/>
        <source>Unavailable: %1</source>
        <translation>Unavailable: %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="70"/>
        <source>Remember me is unavailable: no system keyring was found, and the session is never written to a file.</source>
        <translation>Remember me is unavailable: no system keyring was found, and the session is never written to a file.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="78"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="79"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="84"/>
        <source>Sign-in message</source>
        <translation>Sign-in message</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="86"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="89"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="91"/>
        <source>Create an &amp;account…</source>
        <translation>Create an &amp;account…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="92"/>
        <source>Create an account</source>
        <translation>Create an account</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="94"/>
        <source>C&amp;onnection…</source>
        <translation>C&amp;onnection…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="95"/>
        <source>Database connection settings</source>
        <translation>Database connection settings</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="168"/>
        <source>Enter your e-mail and password.</source>
        <translation>Enter your e-mail and password.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="170"/>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="209"/>
        <source>Signing in once connected…</source>
        <translation>Signing in once connected…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/errors.py" line="27"/>
        <source>Too many failed attempts. Try again after %1.</source>
        <translation>Too many failed attempts. Try again after %1.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/errors.py" line="31"/>
        <source>Offline: this change needs the connection to the database. Try again when it is back.</source>
        <translation>Offline: this change needs the connection to the database. Try again when it is back.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/errors.py" line="50"/>
        <source>The database cannot be reached. Check the network or the connection settings, then try again.</source>
        <translation>The database cannot be reached. Check the network or the connection settings, then try again.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/errors.py" line="55"/>
        <source>The e-mail or password is incorrect.</source>
        <translation>The e-mail or password is incorrect.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/errors.py" line="58"/>
        <source>Too many attempts. Try again in %1 min.</source>
        <translation>Too many attempts. Try again in %1 min.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/errors.py" line="62"/>
        <source>This account may not do that.</source>
        <translation>This account may not do that.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/errors.py" line="64"/>
        <source>Please check this field: %1</source>
        <translation>Please check this field: %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/errors.py" line="69"/>
        <source>Something went wrong and the action was not completed. The details are in the log: %1</source>
        <translation>Something went wrong and the action was not completed. The details are in the log: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="68"/>
        <location filename="../../carebot_desktop/ui/window/tray.py" line="83"/>
        <location filename="../../carebot_desktop/ui/window/tray.py" line="87"/>
        <source>Carebot Desktop</source>
        <translation>Carebot Desktop</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/tray.py" line="55"/>
        <source>&amp;Open the window</source>
        <translation>&amp;Open the window</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/tray.py" line="58"/>
        <location filename="../../carebot_desktop/ui/window/tray.py" line="85"/>
        <location filename="../../carebot_desktop/ui/window/tray.py" line="106"/>
        <source>No critical alert open</source>
        <translation>No critical alert open</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/tray.py" line="62"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/tray.py" line="93"/>
        <source>Critical alerts open: %1 (nobody has taken %2)</source>
        <translation>Critical alerts open: %1 (nobody has taken %2)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/tray.py" line="104"/>
        <source>&amp;Critical alerts: %1 open, %2 untaken</source>
        <translation>&amp;Critical alerts: %1 open, %2 untaken</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/tray.py" line="154"/>
        <source>A critical alert you took is still open</source>
        <translation>A critical alert you took is still open</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/tray.py" line="155"/>
        <source>You took it %1 ago. Resolve it with what was done, or let someone else take it over.</source>
        <translation>You took it %1 ago. Resolve it with what was done, or let someone else take it over.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="44"/>
        <source>Screens</source>
        <translation>Screens</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="46"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="47"/>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="48"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="49"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="50"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="51"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="59"/>
        <source>Signed-in user</source>
        <translation>Signed-in user</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="61"/>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="62"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="64"/>
        <source>M&amp;y account…</source>
        <translation>M&amp;y account…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="66"/>
        <source>My account: profile, password, sessions</source>
        <translation>My account: profile, password, sessions</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="69"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="71"/>
        <source>Help and about (F1)</source>
        <translation>Help and about (F1)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="74"/>
        <source>Si&amp;gn out</source>
        <translation>Si&amp;gn out</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="75"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="77"/>
        <source>Carebot</source>
        <translation>Carebot</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/family_chooser.py" line="26"/>
        <source>Family shown</source>
        <translation>Family shown</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/family_chooser.py" line="29"/>
        <source>&amp;Family:</source>
        <translation>&amp;Family:</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/connection_bar.py" line="31"/>
        <source>Offline copy progress</source>
        <translation>Offline copy progress</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/connection_bar.py" line="36"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/connection_bar.py" line="38"/>
        <source>Stop bringing the offline copy up to date</source>
        <translation>Stop bringing the offline copy up to date</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="126"/>
        <source>care centre</source>
        <translation>care centre</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="127"/>
        <source>caregiver</source>
        <translation>caregiver</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="128"/>
        <source>elder</source>
        <translation>elder</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="129"/>
        <source>family member</source>
        <translation>family member</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/tray.py" line="137"/>
        <source>Carebot Desktop is still watching</source>
        <translation>Carebot Desktop is still watching</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/tray.py" line="138"/>
        <source>Alerts keep coming in and the alarm still sounds. Use the tray icon&apos;s menu to open the window or to quit.</source>
        <translation>Alerts keep coming in and the alarm still sounds. Use the tray icon&apos;s menu to open the window or to quit.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/offline_sync.py" line="23"/>
        <source>Offline copy</source>
        <translation>Offline copy</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/offline_sync.py" line="24"/>
        <source>The offline copy on this computer could not be opened (the password changed, or the file is damaged), so a new copy was started.</source>
        <translation>The offline copy on this computer could not be opened (the password changed, or the file is damaged), so a new copy was started.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/offline_sync.py" line="28"/>
        <source>Nothing was deleted: the old copy, with any messages or acknowledgements that were still waiting to be sent, is kept at %1. Please check with the people concerned that nothing important was missed.</source>
        <translation>Nothing was deleted: the old copy, with any messages or acknowledgements that were still waiting to be sent, is kept at %1. Please check with the people concerned that nothing important was missed.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="265"/>
        <source>Request to join the family</source>
        <translation>Request to join the family</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="266"/>
        <source>Someone asked to join the family. Open Members to approve or deny.</source>
        <translation>Someone asked to join the family. Open Members to approve or deny.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/connection_bar.py" line="62"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/connection_bar.py" line="64"/>
        <source>Offline, as of %1. History is shown from this computer&apos;s copy and cannot be changed; messages and acknowledgements wait in the outbox and are sent when the connection returns.</source>
        <translation>Offline, as of %1. History is shown from this computer&apos;s copy and cannot be changed; messages and acknowledgements wait in the outbox and are sent when the connection returns.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/connection_bar.py" line="78"/>
        <source>The database cannot be reached. Showing what was last loaded; retrying automatically…</source>
        <translation>The database cannot be reached. Showing what was last loaded; retrying automatically…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/connection_bar.py" line="70"/>
        <location filename="../../carebot_desktop/ui/window/connection_bar.py" line="84"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/connection_bar.py" line="73"/>
        <location filename="../../carebot_desktop/ui/window/connection_bar.py" line="92"/>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/connection_bar.py" line="87"/>
        <source>Reconnecting…</source>
        <translation>Reconnecting…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/connection_bar.py" line="117"/>
        <source>Offline copy: %1 of %2 families</source>
        <translation>Offline copy: %1 of %2 families</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/connection_bar.py" line="104"/>
        <source>Preparing the offline copy…</source>
        <translation>Preparing the offline copy…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/offline_sync.py" line="149"/>
        <source>The offline copy was not brought fully up to date (cancelled).</source>
        <translation>The offline copy was not brought fully up to date (cancelled).</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/offline_sync.py" line="155"/>
        <source>The offline copy on this computer could not be brought up to date. The details are in the log: %1</source>
        <translation>The offline copy on this computer could not be brought up to date. The details are in the log: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/main_window.py" line="302"/>
        <source>(%n more)</source>
        <translation>
            <numerusform>(%n more)</numerusform>
            <numerusform>(%n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/main_window.py" line="386"/>
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n unread</numerusform>
            <numerusform>%1, %n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/main_window.py" line="400"/>
        <source>%1, %n request(s) to join waiting</source>
        <translation>
            <numerusform>%1, %n request to join waiting</numerusform>
            <numerusform>%1, %n requests to join waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/banner.py" line="49"/>
        <source>Critical alert</source>
        <translation>Critical alert</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/banner.py" line="51"/>
        <source>I&apos;m &amp;on it</source>
        <translation>I&apos;m &amp;on it</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/banner.py" line="53"/>
        <source>Take the critical alert: you are handling it</source>
        <translation>Take the critical alert: you are handling it</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/banner.py" line="56"/>
        <source>&amp;Resolve…</source>
        <translation>&amp;Resolve…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/banner.py" line="58"/>
        <source>Resolve the critical alert with what was done</source>
        <translation>Resolve the critical alert with what was done</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/banner.py" line="61"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/banner.py" line="62"/>
        <source>Show the critical alert</source>
        <translation>Show the critical alert</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/banner.py" line="93"/>
        <source>(alarm sound off in Settings)</source>
        <translation>(alarm sound off in Settings)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/banner.py" line="115"/>
        <source>escalated to level %1</source>
        <translation>escalated to level %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/banner.py" line="121"/>
        <source>open for %1</source>
        <translation>open for %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/banner.py" line="149"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/banner.py" line="140"/>
        <source>%1 take it</source>
        <translation>%1 take it</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/banner.py" line="138"/>
        <source>%1 resolve</source>
        <translation>%1 resolve</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_model.py" line="29"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_model.py" line="29"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_model.py" line="29"/>
        <source>Nickname</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_model.py" line="39"/>
        <source>you</source>
        <translation>you</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_model.py" line="42"/>
        <source>Elder</source>
        <translation>Elder</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_model.py" line="42"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="95"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="99"/>
        <source>Family members</source>
        <translation>Family members</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="106"/>
        <source>&amp;Join a family…</source>
        <translation>&amp;Join a family…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="107"/>
        <source>Join another family</source>
        <translation>Join another family</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="109"/>
        <source>Change &amp;nickname…</source>
        <translation>Change &amp;nickname…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="110"/>
        <source>Change the selected nickname</source>
        <translation>Change the selected nickname</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="112"/>
        <source>&amp;Leave this family</source>
        <translation>&amp;Leave this family</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="113"/>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="374"/>
        <source>Leave this family</source>
        <translation>Leave this family</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="115"/>
        <source>Re&amp;move member</source>
        <translation>Re&amp;move member</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="116"/>
        <source>Remove the selected member</source>
        <translation>Remove the selected member</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="119"/>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="121"/>
        <source>Requests to join the family</source>
        <translation>Requests to join the family</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="125"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="126"/>
        <source>Approve the selected request</source>
        <translation>Approve the selected request</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="128"/>
        <source>&amp;Deny</source>
        <translation>&amp;Deny</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="129"/>
        <source>Deny the selected request</source>
        <translation>Deny the selected request</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="143"/>
        <source>&amp;Withdraw request</source>
        <translation>&amp;Withdraw request</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="144"/>
        <source>Withdraw your request to join</source>
        <translation>Withdraw your request to join</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="157"/>
        <source>Export C&amp;SV…</source>
        <translation>Export C&amp;SV…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="158"/>
        <source>Export the members as CSV</source>
        <translation>Export the members as CSV</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="185"/>
        <source>The family&apos;s members</source>
        <translation>The family&apos;s members</translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="213"/>
        <source>%n member(s) besides the elder</source>
        <translation>
            <numerusform>%n member besides the elder</numerusform>
            <numerusform>%n members besides the elder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="216"/>
        <source>You do not belong to a family yet. Use “Join a family…” to ask to join.</source>
        <translation>You do not belong to a family yet. Use “Join a family…” to ask to join.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="225"/>
        <source>%1 (nickname: %2), asked %3</source>
        <translation>%1 (nickname: %2), asked %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="235"/>
        <source>Requests to join the family (%n waiting)</source>
        <translation>
            <numerusform>Requests to join the family (%n waiting)</numerusform>
            <numerusform>Requests to join the family (%n waiting)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="246"/>
        <source>Waiting for the family to approve your request: %1</source>
        <translation>Waiting for the family to approve your request: %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="276"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="299"/>
        <source>Request sent. You become a member once the family approves it.</source>
        <translation>Request sent. You become a member once the family approves it.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="315"/>
        <source>Request approved: they are now a member.</source>
        <translation>Request approved: they are now a member.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="327"/>
        <source>Deny request</source>
        <translation>Deny request</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="327"/>
        <source>Deny this request to join the family?</source>
        <translation>Deny this request to join the family?</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="333"/>
        <source>Request denied.</source>
        <translation>Request denied.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="341"/>
        <source>Request withdrawn.</source>
        <translation>Request withdrawn.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="350"/>
        <source>Nickname</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="350"/>
        <source>New nickname:</source>
        <translation>New nickname:</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="355"/>
        <source>Nickname changed.</source>
        <translation>Nickname changed.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="375"/>
        <source>Leave this family? You will no longer see its data.</source>
        <translation>Leave this family? You will no longer see its data.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="382"/>
        <source>You left the family.</source>
        <translation>You left the family.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="390"/>
        <source>Remove %1 from the family?</source>
        <translation>Remove %1 from the family?</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="391"/>
        <source>Remove member</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="394"/>
        <source>Member removed.</source>
        <translation>Member removed.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="196"/>
        <source>members</source>
        <translation>members</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="112"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="117"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="121"/>
        <source>Messages of the conversation</source>
        <translation>Messages of the conversation</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="125"/>
        <source>Write a message… (Ctrl+Enter sends)</source>
        <translation>Write a message… (Ctrl+Enter sends)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="126"/>
        <source>New message</source>
        <translation>New message</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="128"/>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="130"/>
        <source>Send the message</source>
        <translation>Send the message</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="181"/>
        <source>No conversations: messages go between an elder and the members of the family.</source>
        <translation>No conversations: messages go between an elder and the members of the family.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="257"/>
        <source>Loading the picture…</source>
        <translation>Loading the picture…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="258"/>
        <source>(the picture could not be loaded)</source>
        <translation>(the picture could not be loaded)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="259"/>
        <source>(the picture is not from an allowed server, so it was not loaded)</source>
        <translation>(the picture is not from an allowed server, so it was not loaded)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="261"/>
        <source>No messages yet. Say hello!</source>
        <translation>No messages yet. Say hello!</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="262"/>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="262"/>
        <source>not read yet</source>
        <translation>not read yet</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="263"/>
        <source>waiting to be sent</source>
        <translation>waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="351"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="359"/>
        <source>Sent.</source>
        <translation>Sent.</translation>
    </message>
</context>
<context>
    <name>NotificationsModel</name>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="116"/>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="116"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="116"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="116"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="123"/>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="132"/>
        <source>Fall detected</source>
        <translation>Fall detected</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="132"/>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="134"/>
        <source>Fire detected</source>
        <translation>Fire detected</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="156"/>
        <source>Acknowledged (waiting to be sent)</source>
        <translation>Acknowledged (waiting to be sent)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="162"/>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="162"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="19"/>
        <source>No movement</source>
        <translation>No movement</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="20"/>
        <source>Robot not responding</source>
        <translation>Robot not responding</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="21"/>
        <source>Unusual heart rate</source>
        <translation>Unusual heart rate</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="22"/>
        <source>Room temperature</source>
        <translation>Room temperature</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="23"/>
        <source>Low mood</source>
        <translation>Low mood</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="24"/>
        <source>Unusual</source>
        <translation>Unusual</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="45"/>
        <source>usual %1</source>
        <translation>usual %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="53"/>
        <source>No recent reading to compare</source>
        <translation>No recent reading to compare</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="57"/>
        <source>above the usual</source>
        <translation>above the usual</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="58"/>
        <source>below the usual</source>
        <translation>below the usual</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="59"/>
        <source>within the usual</source>
        <translation>within the usual</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="61"/>
        <source>latest reading %1</source>
        <translation>latest reading %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="63"/>
        <source>last 7 days %1</source>
        <translation>last 7 days %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="65"/>
        <source>last 3 hours %1</source>
        <translation>last 3 hours %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="68"/>
        <source>based on %1 day(s) of history</source>
        <translation>based on %1 day(s) of history</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="79"/>
        <source>Heart rate was higher than usual (%1): average %2</source>
        <translation>Heart rate was higher than usual (%1): average %2</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="81"/>
        <source>Heart rate was lower than usual (%1): average %2</source>
        <translation>Heart rate was lower than usual (%1): average %2</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="82"/>
        <source>The room was warmer than usual (%1): average %2</source>
        <translation>The room was warmer than usual (%1): average %2</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="84"/>
        <source>The room was colder than usual (%1): average %2</source>
        <translation>The room was colder than usual (%1): average %2</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="85"/>
        <source>The air was more humid than usual (%1): average %2</source>
        <translation>The air was more humid than usual (%1): average %2</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="87"/>
        <source>The air was drier than usual (%1): average %2</source>
        <translation>The air was drier than usual (%1): average %2</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="88"/>
        <source>Activity rose above usual (%1): average %2</source>
        <translation>Activity rose above usual (%1): average %2</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="90"/>
        <source>Activity fell below usual (%1): average %2</source>
        <translation>Activity fell below usual (%1): average %2</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="91"/>
        <source>Mood was better than usual (%1): average %2</source>
        <translation>Mood was better than usual (%1): average %2</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="93"/>
        <source>Mood was lower than usual (%1): average %2</source>
        <translation>Mood was lower than usual (%1): average %2</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/theme.py" line="134"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/theme.py" line="135"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/theme.py" line="136"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/theme.py" line="137"/>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="67"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="69"/>
        <source>All grades</source>
        <translation>All grades</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="72"/>
        <source>Filter by grade</source>
        <translation>Filter by grade</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="73"/>
        <source>&amp;Unacknowledged only</source>
        <translation>&amp;Unacknowledged only</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="74"/>
        <source>Show only unacknowledged notifications</source>
        <translation>Show only unacknowledged notifications</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="77"/>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="77"/>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="86"/>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="89"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="91"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="100"/>
        <source>Notifications, newest first</source>
        <translation>Notifications, newest first</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="118"/>
        <source>Notification details</source>
        <translation>Notification details</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="121"/>
        <source>Photo of the alert</source>
        <translation>Photo of the alert</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="124"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acknowledge</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="126"/>
        <source>Acknowledge the selected notifications</source>
        <translation>Acknowledge the selected notifications</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="128"/>
        <source>Acknowledge a&amp;ll</source>
        <translation>Acknowledge a&amp;ll</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="129"/>
        <source>Acknowledge all shown notifications</source>
        <translation>Acknowledge all shown notifications</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="139"/>
        <source>Export C&amp;SV…</source>
        <translation>Export C&amp;SV…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="140"/>
        <source>Export the shown notifications as CSV</source>
        <translation>Export the shown notifications as CSV</translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="234"/>
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="236"/>
        <source>%n unacknowledged</source>
        <translation>
            <numerusform>%n unacknowledged</numerusform>
            <numerusform>%n unacknowledged</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="240"/>
        <source>the newest %1 only: narrow the dates or the grade to see older ones</source>
        <translation>the newest %1 only: narrow the dates or the grade to see older ones</translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="254"/>
        <source>%n notification(s)</source>
        <translation>
            <numerusform>%n notification</numerusform>
            <numerusform>%n notifications</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="315"/>
        <source>Elder</source>
        <translation>Elder</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="318"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="322"/>
        <source>Disaster type</source>
        <translation>Disaster type</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="323"/>
        <source>Alert step</source>
        <translation>Alert step</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="324"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="325"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="332"/>
        <source>Raised by comparing the elder&apos;s readings with their own usual.</source>
        <translation>Raised by comparing the elder&apos;s readings with their own usual.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="339"/>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="339"/>
        <source>Not yet acknowledged</source>
        <translation>Not yet acknowledged</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="352"/>
        <source>Loading the photo…</source>
        <translation>Loading the photo…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="377"/>
        <source>The photo is not from an allowed server, so it was not loaded. The allowed servers are set in Settings.</source>
        <translation>The photo is not from an allowed server, so it was not loaded. The allowed servers are set in Settings.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="383"/>
        <source>The photo could not be loaded. The robot&apos;s server may be out of reach.</source>
        <translation>The photo could not be loaded. The robot&apos;s server may be out of reach.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="288"/>
        <source>Carebot</source>
        <translation>Carebot</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="288"/>
        <source>notifications</source>
        <translation>notifications</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="73"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="74"/>
        <source>Elder</source>
        <translation>Elder</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="75"/>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="99"/>
        <source>Unusual for them</source>
        <translation>Unusual for them</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="76"/>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="77"/>
        <source>Humidity</source>
        <translation>Humidity</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="78"/>
        <source>Fine dust</source>
        <translation>Fine dust</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="79"/>
        <source>Heart rate</source>
        <translation>Heart rate</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="80"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="81"/>
        <source>Unread alerts</source>
        <translation>Unread alerts</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="82"/>
        <source>Mood score</source>
        <translation>Mood score</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="83"/>
        <source>Last report</source>
        <translation>Last report</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="90"/>
        <source>(+%1 open)</source>
        <translation>(+%1 open)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="93"/>
        <source>Emergency: %n unread</source>
        <translation>
            <numerusform>Emergency: %n unread</numerusform>
            <numerusform>Emergency: %n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="95"/>
        <source>No data for %n hour(s)</source>
        <translation>
            <numerusform>No data for %n hour</numerusform>
            <numerusform>No data for %n hours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="97"/>
        <source>No data yet</source>
        <translation>No data yet</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="101"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="102"/>
        <source>Calm</source>
        <translation>Calm</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="112"/>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="113"/>
        <source>moderate</source>
        <translation>moderate</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="114"/>
        <source>bad</source>
        <translation>bad</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="115"/>
        <source>very bad</source>
        <translation>very bad</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="123"/>
        <source>Critical %1</source>
        <translation>Critical %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="125"/>
        <source>Warning %1</source>
        <translation>Warning %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="128"/>
        <source>Info %1</source>
        <translation>Info %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="129"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="146"/>
        <source>+%1 more</source>
        <translation>+%1 more</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="155"/>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="180"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="181"/>
        <source>%1 years</source>
        <translation>%1 years</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="43"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="47"/>
        <source>R&amp;efresh</source>
        <translation>R&amp;efresh</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="48"/>
        <source>Refresh the overview</source>
        <translation>Refresh the overview</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="53"/>
        <source>Families, most urgent first</source>
        <translation>Families, most urgent first</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="87"/>
        <source>Export C&amp;SV…</source>
        <translation>Export C&amp;SV…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="88"/>
        <source>Export the overview as CSV</source>
        <translation>Export the overview as CSV</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="96"/>
        <source>Press Enter or double-click a family to open it.</source>
        <translation>Press Enter or double-click a family to open it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="119"/>
        <source>The overview of %n family(ies)</source>
        <translation>
            <numerusform>The overview of %n family</numerusform>
            <numerusform>The overview of %n families</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="131"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="203"/>
        <source>%n family(s)</source>
        <translation>
            <numerusform>%n family</numerusform>
            <numerusform>%n families</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="204"/>
        <source>Critical: %n</source>
        <translation>
            <numerusform>Critical: %n</numerusform>
            <numerusform>Critical: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="206"/>
        <source>Warning: %n</source>
        <translation>
            <numerusform>Warning: %n</numerusform>
            <numerusform>Warning: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="215"/>
        <source>All calm</source>
        <translation>All calm</translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="209"/>
        <source>%n unusual for themselves</source>
        <translation>
            <numerusform>%n unusual for themselves</numerusform>
            <numerusform>%n unusual for themselves</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="123"/>
        <source>Carebot</source>
        <translation>Carebot</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="123"/>
        <source>overview</source>
        <translation>overview</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../carebot_desktop/ui/report/export.py" line="31"/>
        <location filename="../../carebot_desktop/ui/report/export.py" line="34"/>
        <source>Reason for the export</source>
        <translation>Reason for the export</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/export.py" line="36"/>
        <source>For a doctor&apos;s visit</source>
        <translation>For a doctor&apos;s visit</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/export.py" line="37"/>
        <source>To share with the family</source>
        <translation>To share with the family</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/export.py" line="38"/>
        <source>For the care centre&apos;s records</source>
        <translation>For the care centre&apos;s records</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/export.py" line="44"/>
        <source>Say why (required)</source>
        <translation>Say why (required)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/export.py" line="46"/>
        <source>%1 holds personal health information. Say why it leaves Carebot Desktop: the reason is kept in the access record.</source>
        <translation>%1 holds personal health information. Say why it leaves Carebot Desktop: the reason is kept in the access record.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="31"/>
        <source>Create an account</source>
        <translation>Create an account</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="33"/>
        <source>Elder living with a Carebot</source>
        <translation>Elder living with a Carebot</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="34"/>
        <source>Family member or caregiver</source>
        <translation>Family member or caregiver</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="35"/>
        <source>Account type</source>
        <translation>Account type</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="38"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="41"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="44"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="45"/>
        <source>8 to 64 characters</source>
        <translation>8 to 64 characters</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="48"/>
        <source>Repeat the password</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="54"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="56"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="57"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="58"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="59"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="62"/>
        <source>e.g. 서울특별시 종로구</source>
        <translation>e.g. 서울특별시 종로구</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="63"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="65"/>
        <source>Account &amp;type</source>
        <translation>Account &amp;type</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="66"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="67"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="68"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="69"/>
        <source>&amp;Repeat password</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="70"/>
        <source>&amp;Birth date</source>
        <translation>&amp;Birth date</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="71"/>
        <source>&amp;Gender</source>
        <translation>&amp;Gender</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="72"/>
        <source>A&amp;ddress</source>
        <translation>A&amp;ddress</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="79"/>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="101"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="104"/>
        <source>Enter a name.</source>
        <translation>Enter a name.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="108"/>
        <source>Creating the account…</source>
        <translation>Creating the account…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="127"/>
        <source>An account with this e-mail exists already.</source>
        <translation>An account with this e-mail exists already.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="56"/>
        <source>Report: %1</source>
        <translation>Report: %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="58"/>
        <source>Care report (for a doctor&apos;s visit)</source>
        <translation>Care report (for a doctor&apos;s visit)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="59"/>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="212"/>
        <source>Weekly family summary</source>
        <translation>Weekly family summary</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="60"/>
        <source>Kind of report</source>
        <translation>Kind of report</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="63"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="64"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="65"/>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="66"/>
        <source>Chosen dates</source>
        <translation>Chosen dates</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="70"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="74"/>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="74"/>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="79"/>
        <source>&amp;Make the report</source>
        <translation>&amp;Make the report</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="83"/>
        <source>Report preview</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="87"/>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="89"/>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="91"/>
        <source>Export &amp;CSV</source>
        <translation>Export &amp;CSV</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="94"/>
        <source>Critical alerts and what was done</source>
        <translation>Critical alerts and what was done</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="95"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="96"/>
        <source>Readings</source>
        <translation>Readings</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="97"/>
        <source>Mental reports</source>
        <translation>Mental reports</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="98"/>
        <source>Care log</source>
        <translation>Care log</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="103"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="109"/>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="110"/>
        <source>P&amp;eriod</source>
        <translation>P&amp;eriod</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="164"/>
        <source>The start date must be before the end date.</source>
        <translation>The start date must be before the end date.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="168"/>
        <source>Making the report…</source>
        <translation>Making the report…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="199"/>
        <source>%n alert(s) in this period.</source>
        <translation>
            <numerusform>%n alert in this period.</numerusform>
            <numerusform>%n alerts in this period.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="212"/>
        <source>Care report</source>
        <translation>Care report</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="223"/>
        <source>This report on %1</source>
        <translation>This report on %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="231"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="231"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="257"/>
        <source>the printer</source>
        <translation>the printer</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="187"/>
        <source>No readings in this period.</source>
        <translation>No readings in this period.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="212"/>
        <source>%1 years</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="214"/>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="215"/>
        <source>the week before</source>
        <translation>the week before</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="217"/>
        <source>Only the first alerts of the period are listed.</source>
        <translation>Only the first alerts of the period are listed.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="220"/>
        <source>No alerts in this period.</source>
        <translation>No alerts in this period.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="224"/>
        <source>No critical alerts in this period.</source>
        <translation>No critical alerts in this period.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="225"/>
        <source>Other alerts</source>
        <translation>Other alerts</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="227"/>
        <source>Nothing in the care log in this period.</source>
        <translation>Nothing in the care log in this period.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="230"/>
        <source>Public broadcasts (disaster, weather, fine dust)</source>
        <translation>Public broadcasts (disaster, weather, fine dust)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="233"/>
        <source>No public broadcasts in this period.</source>
        <translation>No public broadcasts in this period.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="237"/>
        <source>Against the elder&apos;s usual</source>
        <translation>Against the elder&apos;s usual</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="238"/>
        <source>Mood</source>
        <translation>Mood</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="239"/>
        <source>No mood analysis yet.</source>
        <translation>No mood analysis yet.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="241"/>
        <source>Times are in this computer’s time zone. This report holds personal health information: keep it safe and share it only with the people caring for this person.</source>
        <translation>Times are in this computer’s time zone. This report holds personal health information: keep it safe and share it only with the people caring for this person.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="262"/>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="263"/>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="21"/>
        <source>Fall detected</source>
        <translation>Fall detected</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="23"/>
        <source>Fire detected</source>
        <translation>Fire detected</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="36"/>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="98"/>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="114"/>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="133"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="37"/>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="38"/>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="99"/>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="39"/>
        <source>Acknowledged by</source>
        <translation>Acknowledged by</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="40"/>
        <source>Acknowledged at</source>
        <translation>Acknowledged at</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="51"/>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="61"/>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="78"/>
        <source>acknowledged; no outcome recorded</source>
        <translation>acknowledged; no outcome recorded</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="81"/>
        <source>nobody took it</source>
        <translation>nobody took it</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="91"/>
        <source>still open</source>
        <translation>still open</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="100"/>
        <source>Taken by</source>
        <translation>Taken by</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="101"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="102"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="115"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="116"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="117"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="134"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="135"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="136"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="152"/>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="153"/>
        <source>Latest</source>
        <translation>Latest</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="154"/>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="155"/>
        <source>Lowest</source>
        <translation>Lowest</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="156"/>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="157"/>
        <source>Highest</source>
        <translation>Highest</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="160"/>
        <source>Average, the week before</source>
        <translation>Average, the week before</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="183"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="184"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="185"/>
        <source>Average score</source>
        <translation>Average score</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="186"/>
        <source>Critical days</source>
        <translation>Critical days</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="187"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="207"/>
        <source>Not enough history yet to know the elder&apos;s usual.</source>
        <translation>Not enough history yet to know the elder&apos;s usual.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="211"/>
        <source>Within the elder&apos;s usual: %1</source>
        <translation>Within the elder&apos;s usual: %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="213"/>
        <source>No readings in this period to compare.</source>
        <translation>No readings in this period to compare.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="215"/>
        <source>The usual is learned from the elder&apos;s last %1 day(s).</source>
        <translation>The usual is learned from the elder&apos;s last %1 day(s).</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="220"/>
        <source>Carebot</source>
        <translation>Carebot</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="221"/>
        <source>summary</source>
        <translation>summary</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="221"/>
        <source>report</source>
        <translation>report</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="223"/>
        <source>critical alerts</source>
        <translation>critical-alerts</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="224"/>
        <source>alerts</source>
        <translation>alerts</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="225"/>
        <source>readings</source>
        <translation>readings</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="226"/>
        <source>mental reports</source>
        <translation>mental-reports</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="227"/>
        <source>care log</source>
        <translation>care-log</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/resolve_dialog.py" line="29"/>
        <source>Resolve the alert</source>
        <translation>Resolve the alert</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/resolve_dialog.py" line="34"/>
        <source>What was done?</source>
        <translation>What was done?</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/resolve_dialog.py" line="42"/>
        <source>Note (what you saw, what you did)</source>
        <translation>Note (what you saw, what you did)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/resolve_dialog.py" line="44"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/resolve_dialog.py" line="57"/>
        <source>&amp;Resolve</source>
        <translation>&amp;Resolve</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/resolve_dialog.py" line="72"/>
        <source>Choose what was done before resolving the alert.</source>
        <translation>Choose what was done before resolving the alert.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/resolve_dialog.py" line="74"/>
        <source>The note is too long: at most %1 characters.</source>
        <translation>The note is too long: at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/words.py" line="17"/>
        <source>False alarm</source>
        <translation>False alarm</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/words.py" line="18"/>
        <source>The elder is fine</source>
        <translation>The elder is fine</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/words.py" line="19"/>
        <source>Visited</source>
        <translation>Visited</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/words.py" line="20"/>
        <source>Contacted the family</source>
        <translation>Contacted the family</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/words.py" line="21"/>
        <source>Called 119</source>
        <translation>Called 119</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/words.py" line="22"/>
        <source>Taken to hospital</source>
        <translation>Taken to hospital</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/words.py" line="23"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="25"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="30"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="36"/>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="39"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="41"/>
        <source>How often to check for new notifications</source>
        <translation>How often to check for new notifications</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="43"/>
        <source>Play a &amp;sound for critical alerts until acknowledged</source>
        <translation>Play a &amp;sound for critical alerts until acknowledged</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="47"/>
        <source>Bring the &amp;window forward for a new critical alert</source>
        <translation>Bring the &amp;window forward for a new critical alert</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="51"/>
        <source>From the tray or the taskbar. Off: the desktop notification and the alarm still come.</source>
        <translation>From the tray or the taskbar. Off: the desktop notification and the alarm still come.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="47"/>
        <source>For care-centre accounts</source>
        <translation>For care-centre accounts</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="48"/>
        <source>Always</source>
        <translation>Always</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="49"/>
        <source>Never (closing quits)</source>
        <translation>Never (closing quits)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="53"/>
        <source>Keep watching in the tray after closing</source>
        <translation>Keep watching in the tray after closing</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="55"/>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="56"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="57"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="59"/>
        <source>Colours</source>
        <translation>Colours</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="61"/>
        <source>none: pictures are not loaded</source>
        <translation>none: pictures are not loaded</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="62"/>
        <source>Servers pictures may come from</source>
        <translation>Servers pictures may come from</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="65"/>
        <source>Message pictures and alert photos are loaded only from these servers (names separated by commas).</source>
        <translation>Message pictures and alert photos are loaded only from these servers (names separated by commas).</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="68"/>
        <source>&amp;Also from this computer and the local network</source>
        <translation>&amp;Also from this computer and the local network</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="71"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="74"/>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="75"/>
        <source>Keep watching in the &amp;tray after closing</source>
        <translation>Keep watching in the &amp;tray after closing</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="76"/>
        <source>&amp;Colours</source>
        <translation>&amp;Colours</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="77"/>
        <source>&amp;Picture servers</source>
        <translation>&amp;Picture servers</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="72"/>
        <source>Te&amp;xt size</source>
        <translation>Te&amp;xt size</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="73"/>
        <source>Check for &amp;notifications every</source>
        <translation>Check for &amp;notifications every</translation>
    </message>
</context>
<context>
    <name>ShiftDesk</name>
    <message>
        <location filename="../../carebot_desktop/ui/care/shift_desk.py" line="35"/>
        <source>Write a &amp;handover first…</source>
        <translation>Write a &amp;handover first…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/shift_desk.py" line="57"/>
        <source>Sh&amp;ift handover…</source>
        <translation>Sh&amp;ift handover…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/shift_desk.py" line="58"/>
        <source>Shift handover: this shift&apos;s summary and a note</source>
        <translation>Shift handover: this shift&apos;s summary and a note</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/shift_desk.py" line="152"/>
        <source>Quitting stops this desk watching: no alarm, no banner, no escalation from here.</source>
        <translation>Quitting stops this desk watching: no alarm, no banner, no escalation from here.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/shift_desk.py" line="156"/>
        <source>Signing out stops this desk watching: no alarm, no banner, no escalation from here.</source>
        <translation>Signing out stops this desk watching: no alarm, no banner, no escalation from here.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/shift_desk.py" line="160"/>
        <source>The open alerts could not be counted.</source>
        <translation>The open alerts could not be counted.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/care/shift_desk.py" line="161"/>
        <source>%n alert(s) are still open.</source>
        <translation>
            <numerusform>%n alert is still open.</numerusform>
            <numerusform>%n alerts are still open.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/shift_desk.py" line="168"/>
        <source>Stop watching?</source>
        <translation>Stop watching?</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/shift_desk.py" line="169"/>
        <source>&amp;Quit anyway</source>
        <translation>&amp;Quit anyway</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/shift_desk.py" line="169"/>
        <source>&amp;Sign out anyway</source>
        <translation>&amp;Sign out anyway</translation>
    </message>
</context>
<context>
    <name>StatusChart</name>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="26"/>
        <source>Indoor temperature (°C)</source>
        <translation>Indoor temperature (°C)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="27"/>
        <source>Humidity (%)</source>
        <translation>Humidity (%)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="28"/>
        <source>Fine dust (µg/m³)</source>
        <translation>Fine dust (µg/m³)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="29"/>
        <source>Ethanol / gas</source>
        <translation>Ethanol / gas</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="30"/>
        <source>Heart rate (bpm)</source>
        <translation>Heart rate (bpm)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="31"/>
        <source>Activity score</source>
        <translation>Activity score</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="32"/>
        <source>Mood score</source>
        <translation>Mood score</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="37"/>
        <location filename="../../carebot_desktop/ui/status/charts.py" line="159"/>
        <source>healthy range</source>
        <translation>healthy range</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="46"/>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="47"/>
        <source>moderate</source>
        <translation>moderate</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="48"/>
        <source>bad</source>
        <translation>bad</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="49"/>
        <source>very bad</source>
        <translation>very bad</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="57"/>
        <source>needs attention</source>
        <translation>needs attention</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/charts.py" line="93"/>
        <location filename="../../carebot_desktop/ui/status/charts.py" line="162"/>
        <source>usual range</source>
        <translation>usual range</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/charts.py" line="105"/>
        <source>Value under the cursor</source>
        <translation>Value under the cursor</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/charts.py" line="123"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/charts.py" line="192"/>
        <source>No readings in this period.</source>
        <translation>No readings in this period.</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="67"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="73"/>
        <source>&amp;24 hours</source>
        <translation>&amp;24 hours</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="74"/>
        <source>&amp;7 days</source>
        <translation>&amp;7 days</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="75"/>
        <source>&amp;30 days</source>
        <translation>&amp;30 days</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="76"/>
        <source>C&amp;ustom</source>
        <translation>C&amp;ustom</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="89"/>
        <source>Custom range start</source>
        <translation>Custom range start</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="90"/>
        <source>Custom range end</source>
        <translation>Custom range end</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="97"/>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="98"/>
        <source>Show the custom range</source>
        <translation>Show the custom range</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="108"/>
        <source>Re&amp;port…</source>
        <translation>Re&amp;port…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="110"/>
        <source>Make a report on this elder (PDF, print, CSV)</source>
        <translation>Make a report on this elder (PDF, print, CSV)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="144"/>
        <source>Mood analysis and mental reports</source>
        <translation>Mood analysis and mental reports</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="149"/>
        <source>Mood and care log</source>
        <translation>Mood and care log</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="150"/>
        <source>&amp;Mood</source>
        <translation>&amp;Mood</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="151"/>
        <source>Care &amp;log</source>
        <translation>Care &amp;log</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="261"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="291"/>
        <source>Each point summarises %1 of readings.</source>
        <translation>Each point summarises %1 of readings.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="295"/>
        <source>No readings in this period.</source>
        <translation>No readings in this period.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="320"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="322"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="323"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="327"/>
        <source>How the elder is feeling</source>
        <translation>How the elder is feeling</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="328"/>
        <source>No mood analysis yet.</source>
        <translation>No mood analysis yet.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="329"/>
        <source>Through the day</source>
        <translation>Through the day</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="330"/>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="331"/>
        <source>Mental reports</source>
        <translation>Mental reports</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="332"/>
        <source>No report in this period.</source>
        <translation>No report in this period.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="333"/>
        <source>needs attention</source>
        <translation>needs attention</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="367"/>
        <source>Average %1 · critical days %2</source>
        <translation>Average %1 · critical days %2</translation>
    </message>
</context>
<context>
    <name>_Ago</name>
    <message>
        <location filename="../../carebot_desktop/ui/format.py" line="91"/>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/format.py" line="93"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/format.py" line="95"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/format.py" line="96"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/format.py" line="105"/>
        <source>no data</source>
        <translation>no data</translation>
    </message>
</context>
</TS>
