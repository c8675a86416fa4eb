<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
    <context>
        <name>FamilyTableModel</name>
        <message>
            <location filename="../../carebot_desktop/ui/overview/family_model.py" line="43" />
            <source>Family</source>
            <translation>가족</translation>
        </message>
        <message>
            <location filename="../../carebot_desktop/ui/overview/family_model.py" line="44" />
            <source>Elder</source>
            <translation>어르신</translation>
        </message>
        <message>
            <location filename="../../carebot_desktop/ui/overview/family_model.py" line="45" />
            <source>Age</source>
            <translation>나이</translation>
        </message>
        <message>
            <location filename="../../carebot_desktop/ui/overview/family_model.py" line="46" />
            <source>Address</source>
            <translation>주소</translation>
        </message>
        <message>
            <location filename="../../carebot_desktop/ui/overview/family_model.py" line="47" />
            <source>Members</source>
            <translation>구성원</translation>
        </message>
        <message>
            <location filename="../../carebot_desktop/ui/overview/family_model.py" line="48" />
            <source>Unread alerts</source>
            <translation>읽지 않은 알림</translation>
        </message>
        <message>
            <location filename="../../carebot_desktop/ui/overview/family_model.py" line="82" />
            <source>%1 years</source>
            <translation>%1세</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../carebot_desktop/ui/main_window.py" line="37" />
            <source>Carebot Desktop</source>
            <translation>케어봇 데스크톱</translation>
        </message>
        <message>
            <location filename="../../carebot_desktop/ui/main_window.py" line="40" />
            <location filename="../../carebot_desktop/ui/main_window.py" line="42" />
            <source>Families</source>
            <translation>가족 목록</translation>
        </message>
        <message>
            <location filename="../../carebot_desktop/ui/main_window.py" line="45" />
            <source>Loading status</source>
            <translation>불러오기 상태</translation>
        </message>
        <message>
            <location filename="../../carebot_desktop/ui/main_window.py" line="47" />
            <source>&amp;Refresh</source>
            <translation>새로 고침(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../carebot_desktop/ui/main_window.py" line="48" />
            <source>Refresh the family list</source>
            <translation>가족 목록 새로 고침</translation>
        </message>
        <message>
            <location filename="../../carebot_desktop/ui/main_window.py" line="56" />
            <source>Family list</source>
            <translation>가족 목록 표</translation>
        </message>
        <message>
            <location filename="../../carebot_desktop/ui/main_window.py" line="80" />
            <source>Preparing the demo data…</source>
            <translation>데모 데이터를 준비하고 있습니다…</translation>
        </message>
        <message>
            <location filename="../../carebot_desktop/ui/main_window.py" line="88" />
            <source>Loading families…</source>
            <translation>가족 목록을 불러오고 있습니다…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../carebot_desktop/ui/main_window.py" line="111" />
            <source>%n family(s)</source>
            <translation>
                <numerusform>가족 %n곳</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../carebot_desktop/ui/main_window.py" line="114" />
            <source>No families yet.</source>
            <translation>아직 등록된 가족이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../carebot_desktop/ui/main_window.py" line="120" />
            <source>The database cannot be reached. Check the connection and press Refresh.</source>
            <translation>데이터베이스에 연결할 수 없습니다. 연결을 확인한 뒤 새로 고침을 누르세요.</translation>
        </message>
        <message>
            <location filename="../../carebot_desktop/ui/main_window.py" line="123" />
            <source>The families could not be loaded: %1</source>
            <translation>가족 목록을 불러오지 못했습니다: %1</translation>
        </message>
        <message>
            <location filename="../../carebot_desktop/ui/main_window.py" line="126" />
            <source>Unexpected error: %1</source>
            <translation>예상하지 못한 오류: %1</translation>
        </message>
    </context>
</TS>