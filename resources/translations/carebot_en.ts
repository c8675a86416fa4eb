<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Application</name>
    <message>
        <location filename="../../carebot_desktop/app.py" line="155"/>
        <source>Demo: sign in as %1 (password %2), a caregiver of four elders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="48"/>
        <source>Database connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="49"/>
        <source>&amp;Embedded database on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="50"/>
        <source>Carebot &amp;MariaDB server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="58"/>
        <source>Server host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="62"/>
        <source>Server port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="64"/>
        <source>Database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="66"/>
        <source>Database user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="69"/>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="70"/>
        <source>kept in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="72"/>
        <source>When the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="73"/>
        <source>Required (refuse an unencrypted server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="74"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="76"/>
        <source>Encryption (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="78"/>
        <source>the system&apos;s certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="79"/>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="80"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="81"/>
        <source>Choose the CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="87"/>
        <source>Certificate and server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="88"/>
        <source>Certificate only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="89"/>
        <source>Nothing (encryption only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="93"/>
        <source>What TLS checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="96"/>
        <source>&amp;Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="97"/>
        <source>&amp;Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="98"/>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="99"/>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="100"/>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="101"/>
        <source>&amp;Encryption (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="102"/>
        <source>C&amp;A certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="103"/>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="106"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="107"/>
        <source>Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="151"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="165"/>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="167"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="177"/>
        <source>The connection works and is encrypted (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="180"/>
        <source>The connection works, but it is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="207"/>
        <source>The password could not be kept: no system keyring is available. It is used for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="75"/>
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
        <location filename="../../carebot_desktop/ui/crash_dialog.py" line="34"/>
        <source>Carebot Desktop: an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/crash_dialog.py" line="36"/>
        <source>Something went wrong. Carebot Desktop keeps running, but the last action may not have been completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/crash_dialog.py" line="38"/>
        <source>The details are in the log file:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="57"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="63"/>
        <source>Elder&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="64"/>
        <source>Age and birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="65"/>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="74"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="66"/>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="75"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="72"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="73"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="79"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="81"/>
        <source>&amp;Alarms (the robot speaks alerts aloud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="82"/>
        <source>&amp;Camera (fall photos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="83"/>
        <source>&amp;Microphone (conversation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="84"/>
        <source>&amp;Driving (the robot moves around)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="91"/>
        <source>Family &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="95"/>
        <source>Only the elder&apos;s own account can change these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="99"/>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="101"/>
        <source>Save the family settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="107"/>
        <source>The elder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="109"/>
        <source>Family and robot settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="145"/>
        <source>%1 years (born %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="150"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="150"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="151"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="176"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="182"/>
        <source>Saved.</source>
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
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="63"/>
        <source>Unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="68"/>
        <source>Remember me is unavailable: no system keyring was found, and the session is never written to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="76"/>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="77"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="82"/>
        <source>Sign-in message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="84"/>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="87"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="89"/>
        <source>Create an &amp;account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="90"/>
        <source>Create an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="92"/>
        <source>C&amp;onnection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="93"/>
        <source>Database connection settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="161"/>
        <source>Enter your e-mail and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="163"/>
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
        <location filename="../../carebot_desktop/ui/main_window.py" line="97"/>
        <location filename="../../carebot_desktop/ui/main_window.py" line="340"/>
        <source>Carebot Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="133"/>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="135"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="136"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="137"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="138"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="139"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="140"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="148"/>
        <source>Signed-in user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="149"/>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="150"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="152"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="153"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="155"/>
        <source>Carebot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="179"/>
        <source>Family shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="183"/>
        <source>&amp;Family:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="194"/>
        <source>Offline copy progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="198"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="199"/>
        <source>Stop bringing the offline copy up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="214"/>
        <source>Critical alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="215"/>
        <source>I have &amp;seen it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="216"/>
        <source>Acknowledge the critical alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="218"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="219"/>
        <source>Show the critical alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="273"/>
        <source>care centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="274"/>
        <source>elder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="275"/>
        <source>family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="295"/>
        <source>Offline copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="297"/>
        <source>The offline copy on this computer could not be opened (the password changed, or the file is damaged), so a new copy was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="300"/>
        <source>Nothing was deleted: the old copy, with any messages or acknowledgements that were still waiting to be sent, is kept at %1. Please check with the people concerned that nothing important was missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="389"/>
        <source>Request to join the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="390"/>
        <source>Someone asked to join the family. Open Members to approve or deny.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="413"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="415"/>
        <source>Offline, as of %1. History is shown from this computer&apos;s copy and cannot be changed; messages and acknowledgements wait in the outbox and are sent when the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="430"/>
        <source>The database cannot be reached. Showing what was last loaded; retrying automatically…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="419"/>
        <location filename="../../carebot_desktop/ui/main_window.py" line="434"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="422"/>
        <location filename="../../carebot_desktop/ui/main_window.py" line="672"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="460"/>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="495"/>
        <source>Offline copy: %1 of %2 families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="535"/>
        <source>The offline copy was not brought fully up to date (cancelled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="540"/>
        <source>The offline copy on this computer could not be brought up to date. The details are in the log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/main_window.py" line="585"/>
        <source>(%n more)</source>
        <translation>
            <numerusform>(%n more)</numerusform>
            <numerusform>(%n more)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="612"/>
        <source>(could not be saved; try again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/main_window.py" line="719"/>
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
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="368"/>
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
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="143"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="144"/>
        <source>Approve the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="146"/>
        <source>&amp;Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="147"/>
        <source>Deny the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="161"/>
        <source>&amp;Withdraw request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="162"/>
        <source>Withdraw your request to join</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="225"/>
        <source>%1 (nickname: %2), asked %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="235"/>
        <source>Requests to join the family (%n waiting)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="244"/>
        <source>Waiting for the family to approve your request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="274"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="293"/>
        <source>Request sent. You become a member once the family approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="309"/>
        <source>Request approved: they are now a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="321"/>
        <source>Deny request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="321"/>
        <source>Deny this request to join the family?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="327"/>
        <source>Request denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="335"/>
        <source>Request withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="344"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="344"/>
        <source>New nickname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="349"/>
        <source>Nickname changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="369"/>
        <source>Leave this family? You will no longer see its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="376"/>
        <source>You left the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="384"/>
        <source>Remove %1 from the family?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="386"/>
        <source>Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="391"/>
        <source>Member removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="121"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="125"/>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="129"/>
        <source>Messages of the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="133"/>
        <source>Write a message… (Ctrl+Enter sends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="134"/>
        <source>New message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="136"/>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="138"/>
        <source>Send the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="191"/>
        <source>No conversations: messages go between an elder and the members of the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="244"/>
        <source>Loading the picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="245"/>
        <source>No messages yet. Say hello!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="246"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="246"/>
        <source>not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="247"/>
        <source>waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="314"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="322"/>
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
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="105"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="107"/>
        <source>All grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="110"/>
        <source>Filter by grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="111"/>
        <source>&amp;Unacknowledged only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="112"/>
        <source>Show only unacknowledged notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="115"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="115"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="125"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="128"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="130"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="139"/>
        <source>Notifications, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="157"/>
        <source>Notification details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="160"/>
        <source>Photo of the alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="163"/>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="165"/>
        <source>Acknowledge the selected notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="167"/>
        <source>Acknowledge a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="168"/>
        <source>Acknowledge all shown notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="259"/>
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="261"/>
        <source>%n unacknowledged</source>
        <translation>
            <numerusform>%n unacknowledged</numerusform>
            <numerusform>%n unacknowledged</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="265"/>
        <source>the newest %1 only: narrow the dates or the grade to see older ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="291"/>
        <source>Elder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="294"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="298"/>
        <source>Disaster type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="299"/>
        <source>Alert step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="300"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="301"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="308"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="308"/>
        <source>Not yet acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="319"/>
        <source>Loading the photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="339"/>
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
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="40"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="44"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="45"/>
        <source>Refresh the overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="50"/>
        <source>Families, most urgent first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="78"/>
        <source>Press Enter or double-click a family to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="95"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="134"/>
        <source>%n family(s)</source>
        <translation>
            <numerusform>%n family</numerusform>
            <numerusform>%n families</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="136"/>
        <source>%n need(s) attention now</source>
        <translation>
            <numerusform>%n needs attention now</numerusform>
            <numerusform>%n need attention now</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="26"/>
        <source>Create an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="28"/>
        <source>Elder living with a Carebot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="29"/>
        <source>Family member or caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="30"/>
        <source>Account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="33"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="36"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="39"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="40"/>
        <source>8 to 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="43"/>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="49"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="51"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="52"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="53"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="54"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="57"/>
        <source>e.g. 서울특별시 종로구</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="58"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="60"/>
        <source>Account &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="61"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="62"/>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="63"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="64"/>
        <source>&amp;Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="65"/>
        <source>&amp;Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="66"/>
        <source>&amp;Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="67"/>
        <source>A&amp;ddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="74"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="96"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="99"/>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="103"/>
        <source>Creating the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="124"/>
        <source>An account with this e-mail exists already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="21"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="26"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="32"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="35"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="37"/>
        <source>How often to check for new notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="39"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="40"/>
        <source>A new language applies after restarting the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="41"/>
        <source>&amp;Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="42"/>
        <source>Check for &amp;notifications every</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="61"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="67"/>
        <source>&amp;24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="68"/>
        <source>&amp;7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="69"/>
        <source>&amp;30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="70"/>
        <source>C&amp;ustom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="83"/>
        <source>Custom range start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="84"/>
        <source>Custom range end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="91"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="92"/>
        <source>Show the custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="129"/>
        <source>Mood analysis and mental reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="220"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="250"/>
        <source>Each point summarises %1 of readings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="254"/>
        <source>No readings in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="274"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="276"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="277"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="281"/>
        <source>How the elder is feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="282"/>
        <source>No mood analysis yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="283"/>
        <source>Through the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="284"/>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="285"/>
        <source>Mental reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="286"/>
        <source>No report in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="287"/>
        <source>needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="321"/>
        <source>Average %1 · critical days %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Ago</name>
    <message>
        <location filename="../../carebot_desktop/ui/format.py" line="29"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/format.py" line="31"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/format.py" line="33"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/format.py" line="34"/>
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
        <location filename="../../carebot_desktop/ui/status/charts.py" line="75"/>
        <source>Value under the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/charts.py" line="84"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/charts.py" line="107"/>
        <source>No readings in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <location filename="../../carebot_desktop/ui/format.py" line="43"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../carebot_desktop/app.py" line="191"/>
        <source>Connecting to the database…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <location filename="../../carebot_desktop/ui/theme.py" line="56"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/theme.py" line="57"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/theme.py" line="58"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/theme.py" line="59"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
