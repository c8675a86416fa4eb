<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="48"/>
        <source>My account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="54"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="58"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="61"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="62"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="63"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="66"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="68"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="69"/>
        <source>Current password, to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="70"/>
        <source>&amp;Save the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="74"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="75"/>
        <source>&amp;Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="76"/>
        <source>&amp;Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="77"/>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="78"/>
        <source>Current &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="80"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="83"/>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="84"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="85"/>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="86"/>
        <source>&amp;Change the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="90"/>
        <source>C&amp;urrent password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="91"/>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="92"/>
        <source>New password a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="93"/>
        <source>Your other sessions end when the password changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="98"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="102"/>
        <source>Where you are signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="103"/>
        <source>&amp;End the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="105"/>
        <source>End all &amp;other sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="115"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="118"/>
        <source>Password, to delete the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="119"/>
        <source>&amp;Delete my account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="126"/>
        <source>Deleting your account removes your sign-in, your messages and your memberships. An elder&apos;s account takes the family with it. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="131"/>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="133"/>
        <source>Delete account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="137"/>
        <source>Account messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="138"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="184"/>
        <source>Last active %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="186"/>
        <source>kept signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="188"/>
        <source>this computer, now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="194"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="227"/>
        <source>The profile is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="235"/>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="251"/>
        <source>The password is changed; your other sessions ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="284"/>
        <source>The session ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="288"/>
        <source>Deleting your account removes your sign-in and your memberships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="292"/>
        <source>Your family “%1” goes with it: all of its history (%2 readings, %3 alerts) and the membership of the people in it (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="300"/>
        <source>%1 messages you sent or received are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="307"/>
        <source>The records of %1 exports stay, without your name, as the privacy law requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="310"/>
        <source>This cannot be undone. Delete your account for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="317"/>
        <source>Delete my account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../carebot_desktop/app.py" line="200"/>
        <source>Demo: sign in as %1 (password %2), a caregiver of four elders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="49"/>
        <source>Database connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="50"/>
        <source>&amp;Embedded database on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="51"/>
        <source>Carebot &amp;MariaDB server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="59"/>
        <source>Server host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="63"/>
        <source>Server port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="65"/>
        <source>Database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="67"/>
        <source>Database user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="70"/>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="71"/>
        <source>kept in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="73"/>
        <source>When the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="74"/>
        <source>Required (refuse an unencrypted server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="75"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="77"/>
        <source>Encryption (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="79"/>
        <source>the system&apos;s certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="80"/>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="81"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="82"/>
        <source>Choose the CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="88"/>
        <source>Certificate and server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="89"/>
        <source>Certificate only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="90"/>
        <source>Nothing (encryption only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="94"/>
        <source>What TLS checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="97"/>
        <source>&amp;Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="98"/>
        <source>&amp;Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="99"/>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="100"/>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="101"/>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="102"/>
        <source>&amp;Encryption (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="103"/>
        <source>C&amp;A certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="106"/>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="109"/>
        <source>This is the demo. Saving leaves it: the demo data stays in its own file and is never written to the database you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="117"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="118"/>
        <source>Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="163"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="177"/>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="179"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="189"/>
        <source>The connection works and is encrypted (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="192"/>
        <source>The connection works, but it is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="219"/>
        <source>The password could not be kept: no system keyring is available. It is used for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="80"/>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/crash_dialog.py" line="40"/>
        <source>Something went wrong. Carebot Desktop keeps running, but the last action may not have been completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/crash_dialog.py" line="42"/>
        <source>The details are in the log file:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="58"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="64"/>
        <source>Elder&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="65"/>
        <source>Age and birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="66"/>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="75"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="67"/>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="76"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="73"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="74"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="80"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="82"/>
        <source>&amp;Alarms (the robot speaks alerts aloud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="83"/>
        <source>&amp;Camera (fall photos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="84"/>
        <source>&amp;Microphone (conversation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="85"/>
        <source>&amp;Driving (the robot moves around)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="92"/>
        <source>Family &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="96"/>
        <source>Only the elder&apos;s own account can change these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="100"/>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="102"/>
        <source>Save the family settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="108"/>
        <source>The elder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="110"/>
        <source>Family and robot settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="146"/>
        <source>%1 years (born %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="151"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="151"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="152"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="177"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="183"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="30"/>
        <source>Help and about Carebot Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="32"/>
        <source>Carebot Desktop, version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="39"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="42"/>
        <source>Open the &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="44"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="46"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="62"/>
        <source>Your data (the embedded database, the offline copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="63"/>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="64"/>
        <source>Settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="65"/>
        <source>Application files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="71"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="71"/>
        <source>Every family at a glance, the most urgent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="72"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="72"/>
        <source>The elder, the home and the robot&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="73"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="73"/>
        <source>Who belongs to the family, and requests to join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="75"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="77"/>
        <source>Charts of the home and the elder&apos;s readings; Report… makes a PDF for a doctor&apos;s visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="80"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="80"/>
        <source>Messages between the elder and the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="82"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="83"/>
        <source>Alerts: falls, fire, disasters; acknowledge them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="87"/>
        <source>go to a screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="88"/>
        <source>refresh the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="89"/>
        <source>this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="92"/>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="93"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="94"/>
        <source>Alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="95"/>
        <source>Where things are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="106"/>
        <source>A critical alert (a fall, a fire) shows a red banner and sounds a chime until someone acknowledges it. The sound can be turned off in Settings; the banner stays. Care-centre desks keep watching from the tray when the window is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="121"/>
        <source>The environment variables CAREBOT_CONFIG_DIR, CAREBOT_DATA_DIR, CAREBOT_CACHE_DIR and CAREBOT_LOG_DIR move these folders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="66"/>
        <source>Join a family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="68"/>
        <source>Elder&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="72"/>
        <source>Elder&apos;s birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="74"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="75"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="76"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="77"/>
        <source>Elder&apos;s gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="79"/>
        <source>Elder&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="82"/>
        <source>e.g. 큰딸, 요양보호사</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="83"/>
        <source>Your nickname in the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="85"/>
        <source>Enter the elder&apos;s details exactly as registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="86"/>
        <source>Elder&apos;s &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="87"/>
        <source>&amp;Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="88"/>
        <source>&amp;Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="89"/>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="90"/>
        <source>Your ni&amp;ckname</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="41"/>
        <source>Carebot Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="47"/>
        <source>Sign in to look after your family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="52"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="56"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="58"/>
        <source>&amp;Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="59"/>
        <source>Remember me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="64"/>
        <source>Unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="70"/>
        <source>Remember me is unavailable: no system keyring was found, and the session is never written to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="78"/>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="79"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="84"/>
        <source>Sign-in message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="86"/>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="89"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="91"/>
        <source>Create an &amp;account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="92"/>
        <source>Create an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="94"/>
        <source>C&amp;onnection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="95"/>
        <source>Database connection settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="168"/>
        <source>Enter your e-mail and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="170"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/errors.py" line="27"/>
        <source>Too many failed attempts. Try again after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/errors.py" line="31"/>
        <source>Offline: this change needs the connection to the database. Try again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/errors.py" line="37"/>
        <source>The database server does not offer an encrypted (TLS) connection, which this computer requires. Ask the care centre&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/errors.py" line="42"/>
        <source>The database server&apos;s certificate could not be verified, so the connection was refused. Check the CA certificate in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/errors.py" line="46"/>
        <source>The encrypted (TLS) connection to the database could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/errors.py" line="50"/>
        <source>The database cannot be reached. Check the network or the connection settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/errors.py" line="55"/>
        <source>The e-mail or password is incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/errors.py" line="58"/>
        <source>Too many attempts. Try again in %1 min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/errors.py" line="62"/>
        <source>This account may not do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/errors.py" line="64"/>
        <source>Please check this field: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/errors.py" line="69"/>
        <source>Something went wrong and the action was not completed. The details are in the log: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="116"/>
        <location filename="../../carebot_desktop/ui/main_window.py" line="403"/>
        <source>Carebot Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="119"/>
        <source>&amp;Open Carebot Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="121"/>
        <source>&amp;Acknowledge all critical alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="125"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="162"/>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="164"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="165"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="166"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="167"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="168"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="169"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="177"/>
        <source>Signed-in user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="178"/>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="179"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="181"/>
        <source>My &amp;account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="182"/>
        <source>My account: profile, password, sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="184"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="185"/>
        <source>Help and about (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="187"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="188"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="190"/>
        <source>Carebot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="216"/>
        <source>Family shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="220"/>
        <source>&amp;Family:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="232"/>
        <source>Offline copy progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="236"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="237"/>
        <source>Stop bringing the offline copy up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="252"/>
        <source>Critical alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="253"/>
        <source>I have &amp;seen it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="254"/>
        <source>Acknowledge the critical alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="256"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="257"/>
        <source>Show the critical alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="475"/>
        <source>care centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="476"/>
        <source>caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="477"/>
        <source>elder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="478"/>
        <source>family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="938"/>
        <source>Carebot Desktop is still watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="940"/>
        <source>Alerts keep coming in and the alarm still sounds. Use the tray icon&apos;s menu to open the window or to quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="349"/>
        <source>Offline copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="351"/>
        <source>The offline copy on this computer could not be opened (the password changed, or the file is damaged), so a new copy was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="354"/>
        <source>Nothing was deleted: the old copy, with any messages or acknowledgements that were still waiting to be sent, is kept at %1. Please check with the people concerned that nothing important was missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="537"/>
        <source>Request to join the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="538"/>
        <source>Someone asked to join the family. Open Members to approve or deny.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="562"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="564"/>
        <source>Offline, as of %1. History is shown from this computer&apos;s copy and cannot be changed; messages and acknowledgements wait in the outbox and are sent when the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="579"/>
        <source>The database cannot be reached. Showing what was last loaded; retrying automatically…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="568"/>
        <location filename="../../carebot_desktop/ui/main_window.py" line="583"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="571"/>
        <location filename="../../carebot_desktop/ui/main_window.py" line="832"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="609"/>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="644"/>
        <source>Offline copy: %1 of %2 families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="684"/>
        <source>The offline copy was not brought fully up to date (cancelled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="689"/>
        <source>The offline copy on this computer could not be brought up to date. The details are in the log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/main_window.py" line="736"/>
        <source>(%n more)</source>
        <translation>
            <numerusform>(%n more)</numerusform>
            <numerusform>(%n more)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="738"/>
        <source>(alarm sound off in Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="766"/>
        <source>(could not be saved; try again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/main_window.py" line="881"/>
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n unread</numerusform>
            <numerusform>%1, %n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_model.py" line="29"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_model.py" line="29"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_model.py" line="29"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_model.py" line="39"/>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_model.py" line="42"/>
        <source>Elder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_model.py" line="42"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="113"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="117"/>
        <source>Family members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="124"/>
        <source>&amp;Join a family…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="125"/>
        <source>Join another family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="127"/>
        <source>Change &amp;nickname…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="128"/>
        <source>Change the selected nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="130"/>
        <source>&amp;Leave this family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="131"/>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="392"/>
        <source>Leave this family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="133"/>
        <source>&amp;Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="134"/>
        <source>Remove the selected member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="139"/>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="141"/>
        <source>Requests to join the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="145"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="146"/>
        <source>Approve the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="148"/>
        <source>&amp;Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="149"/>
        <source>Deny the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="163"/>
        <source>&amp;Withdraw request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="164"/>
        <source>Withdraw your request to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="177"/>
        <source>Export C&amp;SV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="178"/>
        <source>Export the members as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="207"/>
        <source>The family&apos;s members</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="235"/>
        <source>%n member(s) besides the elder</source>
        <translation>
            <numerusform>%n member besides the elder</numerusform>
            <numerusform>%n members besides the elder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="238"/>
        <source>You do not belong to a family yet. Use “Join a family…” to ask to join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="247"/>
        <source>%1 (nickname: %2), asked %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="257"/>
        <source>Requests to join the family (%n waiting)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="268"/>
        <source>Waiting for the family to approve your request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="298"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="317"/>
        <source>Request sent. You become a member once the family approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="333"/>
        <source>Request approved: they are now a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="345"/>
        <source>Deny request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="345"/>
        <source>Deny this request to join the family?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="351"/>
        <source>Request denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="359"/>
        <source>Request withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="368"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="368"/>
        <source>New nickname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="373"/>
        <source>Nickname changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="393"/>
        <source>Leave this family? You will no longer see its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="400"/>
        <source>You left the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="408"/>
        <source>Remove %1 from the family?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="409"/>
        <source>Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="412"/>
        <source>Member removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="130"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="134"/>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="138"/>
        <source>Messages of the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="142"/>
        <source>Write a message… (Ctrl+Enter sends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="143"/>
        <source>New message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="145"/>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="147"/>
        <source>Send the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="200"/>
        <source>No conversations: messages go between an elder and the members of the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="253"/>
        <source>Loading the picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="254"/>
        <source>(the picture could not be loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="255"/>
        <source>(the picture is not from an allowed server, so it was not loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="257"/>
        <source>No messages yet. Say hello!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="258"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="258"/>
        <source>not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="259"/>
        <source>waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="347"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="355"/>
        <source>Sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationsModel</name>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="65"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="65"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="65"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="65"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="72"/>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="79"/>
        <source>Fall detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="79"/>
        <source>photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="81"/>
        <source>Fire detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="101"/>
        <source>Acknowledged (waiting to be sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="102"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="102"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="81"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="83"/>
        <source>All grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="86"/>
        <source>Filter by grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="87"/>
        <source>&amp;Unacknowledged only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="88"/>
        <source>Show only unacknowledged notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="91"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="91"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="101"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="104"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="106"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="115"/>
        <source>Notifications, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="133"/>
        <source>Notification details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="136"/>
        <source>Photo of the alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="139"/>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="141"/>
        <source>Acknowledge the selected notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="143"/>
        <source>Acknowledge a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="144"/>
        <source>Acknowledge all shown notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="151"/>
        <source>Export C&amp;SV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="152"/>
        <source>Export the shown notifications as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="239"/>
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="241"/>
        <source>%n unacknowledged</source>
        <translation>
            <numerusform>%n unacknowledged</numerusform>
            <numerusform>%n unacknowledged</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="245"/>
        <source>the newest %1 only: narrow the dates or the grade to see older ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="261"/>
        <source>%n notification(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="304"/>
        <source>Elder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="307"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="311"/>
        <source>Disaster type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="312"/>
        <source>Alert step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="313"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="314"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="321"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="321"/>
        <source>Not yet acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="334"/>
        <source>Loading the photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="359"/>
        <source>The photo is not from an allowed server, so it was not loaded. The allowed servers are set in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="365"/>
        <source>The photo could not be loaded. The robot&apos;s server may be out of reach.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="62"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="63"/>
        <source>Elder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="64"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="65"/>
        <source>Humidity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="66"/>
        <source>Fine dust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="67"/>
        <source>Heart rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="68"/>
        <source>Unread alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="69"/>
        <source>Mood score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="70"/>
        <source>Last report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="75"/>
        <source>Emergency: %n unread</source>
        <translation>
            <numerusform>Emergency: %n unread</numerusform>
            <numerusform>Emergency: %n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="77"/>
        <source>No data for %n hour(s)</source>
        <translation>
            <numerusform>No data for %n hour</numerusform>
            <numerusform>No data for %n hours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="79"/>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="81"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="82"/>
        <source>Calm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="90"/>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="91"/>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="92"/>
        <source>bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="93"/>
        <source>very bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="101"/>
        <source>Critical %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="103"/>
        <source>Warning %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="106"/>
        <source>Info %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="107"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="122"/>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="123"/>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="41"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="45"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="46"/>
        <source>Refresh the overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="51"/>
        <source>Families, most urgent first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="84"/>
        <source>Export C&amp;SV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="85"/>
        <source>Export the overview as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="93"/>
        <source>Press Enter or double-click a family to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="115"/>
        <source>The overview of %n family(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="127"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="169"/>
        <source>%n family(s)</source>
        <translation>
            <numerusform>%n family</numerusform>
            <numerusform>%n families</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="170"/>
        <source>%n urgent now</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="172"/>
        <source>%n to check</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention now</source>
        <translation type="vanished">
            <numerusform>%n needs attention now</numerusform>
            <numerusform>%n need attention now</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="27"/>
        <source>Create an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="29"/>
        <source>Elder living with a Carebot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="30"/>
        <source>Family member or caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="31"/>
        <source>Account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="34"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="37"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="40"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="41"/>
        <source>8 to 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="44"/>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="50"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="52"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="53"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="54"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="55"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="58"/>
        <source>e.g. 서울특별시 종로구</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="59"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="61"/>
        <source>Account &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="62"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="63"/>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="64"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="65"/>
        <source>&amp;Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="66"/>
        <source>&amp;Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="67"/>
        <source>&amp;Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="68"/>
        <source>A&amp;ddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="75"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="97"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="100"/>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="104"/>
        <source>Creating the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="125"/>
        <source>An account with this e-mail exists already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="56"/>
        <source>Report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="58"/>
        <source>Care report (for a doctor&apos;s visit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="59"/>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="201"/>
        <source>Weekly family summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="60"/>
        <source>Kind of report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="63"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="64"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="65"/>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="66"/>
        <source>Chosen dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="70"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="74"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="74"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="79"/>
        <source>&amp;Make the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="83"/>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="87"/>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="89"/>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="91"/>
        <source>Export &amp;CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="94"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="95"/>
        <source>Readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="96"/>
        <source>Mental reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="101"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="107"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="108"/>
        <source>P&amp;eriod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="162"/>
        <source>The start date must be before the end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="166"/>
        <source>Making the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="188"/>
        <source>%n alert(s) in this period.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="201"/>
        <source>Care report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="212"/>
        <source>This report on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="220"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="220"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="246"/>
        <source>the printer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="24"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="29"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="35"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="38"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="40"/>
        <source>How often to check for new notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="42"/>
        <source>Play a &amp;sound for critical alerts until acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="46"/>
        <source>For care-centre accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="47"/>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="48"/>
        <source>Never (closing quits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="52"/>
        <source>Keep watching in the tray after closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="54"/>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="55"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="56"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="58"/>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="60"/>
        <source>none: pictures are not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="61"/>
        <source>Servers pictures may come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="64"/>
        <source>Message pictures and alert photos are loaded only from these servers (names separated by commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="67"/>
        <source>Also from this computer and the &amp;local network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="70"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="73"/>
        <source>Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="74"/>
        <source>Keep watching in the &amp;tray after closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="75"/>
        <source>&amp;Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="76"/>
        <source>&amp;Picture servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="71"/>
        <source>&amp;Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="72"/>
        <source>Check for &amp;notifications every</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="62"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="68"/>
        <source>&amp;24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="69"/>
        <source>&amp;7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="70"/>
        <source>&amp;30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="71"/>
        <source>C&amp;ustom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="84"/>
        <source>Custom range start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="85"/>
        <source>Custom range end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="92"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="93"/>
        <source>Show the custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="103"/>
        <source>&amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="105"/>
        <source>Make a report on this elder (PDF, print, CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="139"/>
        <source>Mood analysis and mental reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="248"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="278"/>
        <source>Each point summarises %1 of readings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="282"/>
        <source>No readings in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="302"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="304"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="305"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="309"/>
        <source>How the elder is feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="310"/>
        <source>No mood analysis yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="311"/>
        <source>Through the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="312"/>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="313"/>
        <source>Mental reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="314"/>
        <source>No report in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="315"/>
        <source>needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="349"/>
        <source>Average %1 · critical days %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Ago</name>
    <message>
        <location filename="../../carebot_desktop/ui/format.py" line="91"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>charts</name>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="26"/>
        <source>Indoor temperature (°C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="27"/>
        <source>Humidity (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="28"/>
        <source>Fine dust (µg/m³)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="29"/>
        <source>Ethanol / gas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="30"/>
        <source>Heart rate (bpm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="31"/>
        <source>Activity score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="32"/>
        <source>Mood score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="37"/>
        <source>healthy range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="46"/>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="47"/>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="48"/>
        <source>bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="49"/>
        <source>very bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="57"/>
        <source>needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/charts.py" line="79"/>
        <source>Value under the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/charts.py" line="88"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/charts.py" line="127"/>
        <source>No readings in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../carebot_desktop/ui/report/export.py" line="32"/>
        <location filename="../../carebot_desktop/ui/report/export.py" line="35"/>
        <source>Reason for the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/export.py" line="37"/>
        <source>For a doctor&apos;s visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/export.py" line="38"/>
        <source>To share with the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/export.py" line="39"/>
        <source>For the care centre&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/export.py" line="45"/>
        <source>Say why (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/export.py" line="47"/>
        <source>%1 holds personal health information. Say why it leaves Carebot Desktop: the reason is kept in the access record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/export.py" line="144"/>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/export.py" line="149"/>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/export.py" line="153"/>
        <source>Not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/export.py" line="173"/>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/export.py" line="175"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <location filename="../../carebot_desktop/ui/format.py" line="105"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="144"/>
        <source>No readings in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="160"/>
        <source>Fall detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="162"/>
        <source>Fire detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="170"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="171"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="172"/>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="173"/>
        <source>Acknowledged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="174"/>
        <source>Acknowledged at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="185"/>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="195"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="204"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="205"/>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="206"/>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="207"/>
        <source>Lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="208"/>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="209"/>
        <source>Highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="212"/>
        <source>Average, the week before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="235"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="236"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="237"/>
        <source>Average score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="238"/>
        <source>Critical days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="239"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="267"/>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="268"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="269"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="270"/>
        <source>the week before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="271"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="272"/>
        <source>Only the first alerts of the period are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="275"/>
        <source>No alerts in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="278"/>
        <source>Readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="279"/>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="280"/>
        <source>No mood analysis yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="281"/>
        <source>Mental reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="282"/>
        <source>Times are in this computer’s time zone. This report holds personal health information: keep it safe and share it only with the people caring for this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="297"/>
        <source>Weekly family summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="299"/>
        <source>Care report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="303"/>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="304"/>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../carebot_desktop/app.py" line="273"/>
        <source>Connecting to the database…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <location filename="../../carebot_desktop/ui/theme.py" line="134"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/theme.py" line="135"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/theme.py" line="136"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/theme.py" line="137"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
