<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>FamilyTableModel</name>
        <message>
            <location filename="../../carebot_desktop/ui/overview/family_model.py" line="43" />
            <source>Family</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../carebot_desktop/ui/overview/family_model.py" line="44" />
            <source>Elder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../carebot_desktop/ui/overview/family_model.py" line="45" />
            <source>Age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../carebot_desktop/ui/overview/family_model.py" line="46" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../carebot_desktop/ui/overview/family_model.py" line="47" />
            <source>Members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../carebot_desktop/ui/overview/family_model.py" line="48" />
            <source>Unread alerts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../carebot_desktop/ui/overview/family_model.py" line="82" />
            <source>%1 years</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../carebot_desktop/ui/main_window.py" line="37" />
            <source>Carebot Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../carebot_desktop/ui/main_window.py" line="40" />
            <location filename="../../carebot_desktop/ui/main_window.py" line="42" />
            <source>Families</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../carebot_desktop/ui/main_window.py" line="45" />
            <source>Loading status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../carebot_desktop/ui/main_window.py" line="47" />
            <source>&amp;Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../carebot_desktop/ui/main_window.py" line="48" />
            <source>Refresh the family list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../carebot_desktop/ui/main_window.py" line="56" />
            <source>Family list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../carebot_desktop/ui/main_window.py" line="80" />
            <source>Preparing the demo data…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../carebot_desktop/ui/main_window.py" line="88" />
            <source>Loading families…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../carebot_desktop/ui/main_window.py" line="111" />
            <source>%n family(s)</source>
            <translation>
                <numerusform>%n family</numerusform>
                <numerusform>%n families</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../carebot_desktop/ui/main_window.py" line="114" />
            <source>No families yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../carebot_desktop/ui/main_window.py" line="120" />
            <source>The database cannot be reached. Check the connection and press Refresh.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../carebot_desktop/ui/main_window.py" line="123" />
            <source>The families could not be loaded: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../carebot_desktop/ui/main_window.py" line="126" />
            <source>Unexpected error: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>