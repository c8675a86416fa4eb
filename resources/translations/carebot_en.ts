<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Application</name>
    <message>
        <location filename="../../carebot_desktop/app.py" line="117"/>
        <source>Demo: sign in as %1 (password %2), a caregiver of four elders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="43"/>
        <source>Database connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="44"/>
        <source>&amp;Embedded database on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="45"/>
        <source>Carebot &amp;MariaDB server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="51"/>
        <source>Server host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="55"/>
        <source>Server port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="57"/>
        <source>Database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="59"/>
        <source>Database user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="62"/>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="63"/>
        <source>kept in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="66"/>
        <source>&amp;Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="67"/>
        <source>&amp;Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="68"/>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="69"/>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="70"/>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="73"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="74"/>
        <source>Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="112"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="119"/>
        <source>The connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="141"/>
        <source>The password could not be kept: no system keyring is available. It is used for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="74"/>
        <source>(%n unread)</source>
        <translation>
            <numerusform>(%n unread)</numerusform>
            <numerusform>(%n unread)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="63"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="68"/>
        <source>Elder&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="69"/>
        <source>Age and birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="70"/>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="78"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="71"/>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="79"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="76"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="77"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="83"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="85"/>
        <source>&amp;Alarms (the robot speaks alerts aloud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="86"/>
        <source>&amp;Camera (fall photos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="87"/>
        <source>&amp;Microphone (conversation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="88"/>
        <source>&amp;Driving (the robot moves around)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="95"/>
        <source>Family &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="99"/>
        <source>Only the elder&apos;s own account can change these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="103"/>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="105"/>
        <source>Save the family settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="111"/>
        <source>The elder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="113"/>
        <source>Family and robot settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="141"/>
        <source>%1 years (born %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="143"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="143"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="144"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="169"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="175"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="54"/>
        <source>Join a family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="56"/>
        <source>Elder&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="60"/>
        <source>Elder&apos;s birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="62"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="63"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="64"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="65"/>
        <source>Elder&apos;s gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="67"/>
        <source>Elder&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="70"/>
        <source>e.g. 큰딸, 요양보호사</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="71"/>
        <source>Your nickname in the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="73"/>
        <source>Enter the elder&apos;s details exactly as registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="74"/>
        <source>Elder&apos;s &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="75"/>
        <source>&amp;Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="76"/>
        <source>&amp;Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="77"/>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="78"/>
        <source>Your ni&amp;ckname</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="51"/>
        <source>Too many failed attempts. Try again after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="54"/>
        <source>The database cannot be reached. Check the network or the connection settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="56"/>
        <source>The e-mail or password is incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="58"/>
        <source>Please check this field: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="61"/>
        <source>Unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="79"/>
        <source>Carebot Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="85"/>
        <source>Sign in to look after your family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="90"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="94"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="96"/>
        <source>&amp;Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="97"/>
        <source>Remember me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="101"/>
        <source>Unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="102"/>
        <source>Remember me is unavailable: no system keyring was found, and the session is never written to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="108"/>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="109"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="114"/>
        <source>Sign-in message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="116"/>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="119"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="121"/>
        <source>Create an &amp;account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="122"/>
        <source>Create an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="124"/>
        <source>C&amp;onnection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="125"/>
        <source>Database connection settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="186"/>
        <source>Enter your e-mail and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="188"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="68"/>
        <location filename="../../carebot_desktop/ui/main_window.py" line="246"/>
        <source>Carebot Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="100"/>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="101"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="101"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="102"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="102"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="103"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="103"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="110"/>
        <source>Signed-in user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="111"/>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="112"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="114"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="115"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="117"/>
        <source>Carebot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="134"/>
        <source>Family shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="138"/>
        <source>&amp;Family:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="153"/>
        <source>Critical alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="154"/>
        <source>I have &amp;seen it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="155"/>
        <source>Acknowledge the critical alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="157"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="158"/>
        <source>Show the critical alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="211"/>
        <source>care centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="211"/>
        <source>elder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="212"/>
        <source>family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="282"/>
        <source>The database cannot be reached. Showing what was last loaded; retrying automatically…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="284"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="289"/>
        <location filename="../../carebot_desktop/ui/main_window.py" line="399"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/main_window.py" line="319"/>
        <source>(%n more)</source>
        <translation>
            <numerusform>(%n more)</numerusform>
            <numerusform>(%n more)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="340"/>
        <source>(could not be saved; try again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/main_window.py" line="440"/>
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
        <location filename="../../carebot_desktop/ui/members/members_model.py" line="41"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_model.py" line="41"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_model.py" line="41"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_model.py" line="51"/>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_model.py" line="54"/>
        <source>Elder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_model.py" line="54"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="97"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="101"/>
        <source>Family members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="108"/>
        <source>&amp;Join a family…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="109"/>
        <source>Join another family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="111"/>
        <source>Change &amp;nickname…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="112"/>
        <source>Change the selected nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="114"/>
        <source>&amp;Leave this family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="115"/>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="218"/>
        <source>Leave this family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="117"/>
        <source>&amp;Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="118"/>
        <source>Remove the selected member</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="153"/>
        <source>%n member(s) besides the elder</source>
        <translation>
            <numerusform>%n member besides the elder</numerusform>
            <numerusform>%n members besides the elder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="180"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="196"/>
        <source>You joined the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="203"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="203"/>
        <source>New nickname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="209"/>
        <source>Nickname changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="219"/>
        <source>Leave this family? You will no longer see its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="223"/>
        <source>You left the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="230"/>
        <source>Remove %1 from the family?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="231"/>
        <source>Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="235"/>
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
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="187"/>
        <source>No conversations: messages go between an elder and the members of the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="229"/>
        <source>Loading the picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="230"/>
        <source>No messages yet. Say hello!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="231"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="231"/>
        <source>not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="290"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="299"/>
        <source>Sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationsModel</name>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="72"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="72"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="72"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="72"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="79"/>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="86"/>
        <source>Fall detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="86"/>
        <source>photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="88"/>
        <source>Fire detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="107"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="107"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="68"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="70"/>
        <source>All grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="73"/>
        <source>Filter by grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="74"/>
        <source>&amp;Unacknowledged only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="75"/>
        <source>Show only unacknowledged notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="78"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="78"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="88"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="91"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="93"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="102"/>
        <source>Notifications, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="114"/>
        <source>Notification details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="117"/>
        <source>Photo of the alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="120"/>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="122"/>
        <source>Acknowledge the selected notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="124"/>
        <source>Acknowledge a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="125"/>
        <source>Acknowledge all shown notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="196"/>
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="197"/>
        <source>%n unacknowledged</source>
        <translation>
            <numerusform>%n unacknowledged</numerusform>
            <numerusform>%n unacknowledged</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="219"/>
        <source>Elder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="222"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="225"/>
        <source>Disaster type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="226"/>
        <source>Alert step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="227"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="228"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="234"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="234"/>
        <source>Not yet acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="245"/>
        <source>Loading the photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="260"/>
        <source>The photo could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="50"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="50"/>
        <source>Elder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="50"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="50"/>
        <source>Humidity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="51"/>
        <source>Fine dust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="51"/>
        <source>Heart rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="51"/>
        <source>Unread alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="52"/>
        <source>Mood score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="52"/>
        <source>Last report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="56"/>
        <source>Emergency: %n unread</source>
        <translation>
            <numerusform>Emergency: %n unread</numerusform>
            <numerusform>Emergency: %n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="58"/>
        <source>No data for %n hour(s)</source>
        <translation>
            <numerusform>No data for %n hour</numerusform>
            <numerusform>No data for %n hours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="60"/>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="62"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="63"/>
        <source>Calm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="70"/>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="70"/>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="71"/>
        <source>bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="71"/>
        <source>very bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="78"/>
        <source>Critical %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="80"/>
        <source>Warning %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="83"/>
        <source>Info %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="84"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="95"/>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="96"/>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="35"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="38"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="39"/>
        <source>Refresh the overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="44"/>
        <source>Families, most urgent first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="64"/>
        <source>Press Enter or double-click a family to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="74"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="84"/>
        <source>%n family(s)</source>
        <translation>
            <numerusform>%n family</numerusform>
            <numerusform>%n families</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="85"/>
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
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="73"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="91"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="94"/>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="98"/>
        <source>Creating the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="113"/>
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
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="48"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="53"/>
        <source>&amp;24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="53"/>
        <source>&amp;7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="54"/>
        <source>&amp;30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="54"/>
        <source>C&amp;ustom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="65"/>
        <source>Custom range start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="66"/>
        <source>Custom range end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="72"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="73"/>
        <source>Show the custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="107"/>
        <source>Mood analysis and mental reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="156"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="173"/>
        <source>Each point summarises %1 of readings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="175"/>
        <source>No readings in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="180"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="182"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="183"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="187"/>
        <source>How the elder is feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="188"/>
        <source>No mood analysis yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="189"/>
        <source>Through the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="190"/>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="191"/>
        <source>Mental reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="192"/>
        <source>No report in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="193"/>
        <source>needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="222"/>
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
        <location filename="../../carebot_desktop/ui/status/charts.py" line="36"/>
        <source>Indoor temperature (°C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/charts.py" line="37"/>
        <source>Humidity (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/charts.py" line="38"/>
        <source>Fine dust (µg/m³)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/charts.py" line="39"/>
        <source>Ethanol / gas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/charts.py" line="40"/>
        <source>Heart rate (bpm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/charts.py" line="41"/>
        <source>Activity score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/charts.py" line="42"/>
        <source>Mood score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/charts.py" line="47"/>
        <source>healthy range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/charts.py" line="55"/>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/charts.py" line="56"/>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/charts.py" line="57"/>
        <source>bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/charts.py" line="58"/>
        <source>very bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/charts.py" line="61"/>
        <source>needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/charts.py" line="101"/>
        <source>Value under the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/charts.py" line="117"/>
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
        <location filename="../../carebot_desktop/app.py" line="143"/>
        <source>Connecting to the database…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <location filename="../../carebot_desktop/ui/theme.py" line="54"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/theme.py" line="55"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/theme.py" line="56"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/theme.py" line="57"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
