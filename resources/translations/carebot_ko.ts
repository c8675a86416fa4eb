<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="53"/>
        <source>My account</source>
        <translation>내 계정</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="59"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="63"/>
        <source>Birth date</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="66"/>
        <source>Female</source>
        <translation>여성</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="67"/>
        <source>Male</source>
        <translation>남성</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="68"/>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="71"/>
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="73"/>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="74"/>
        <source>Current password, to save</source>
        <translation>저장하려면 현재 비밀번호</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="75"/>
        <source>&amp;Save the profile</source>
        <translation>프로필 저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="79"/>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="80"/>
        <source>&amp;Birth date</source>
        <translation>생년월일(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="81"/>
        <source>&amp;Gender</source>
        <translation>성별(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="82"/>
        <source>&amp;Address</source>
        <translation>주소(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="83"/>
        <source>Current &amp;password</source>
        <translation>현재 비밀번호(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="85"/>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="88"/>
        <source>Current password</source>
        <translation>현재 비밀번호</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="89"/>
        <source>New password</source>
        <translation>새 비밀번호</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="90"/>
        <source>New password again</source>
        <translation>새 비밀번호 확인</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="91"/>
        <source>&amp;Change the password</source>
        <translation>비밀번호 바꾸기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="95"/>
        <source>C&amp;urrent password</source>
        <translation>현재 비밀번호(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="96"/>
        <source>&amp;New password</source>
        <translation>새 비밀번호(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="97"/>
        <source>New password a&amp;gain</source>
        <translation>새 비밀번호 확인(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="98"/>
        <source>Your other sessions end when the password changes.</source>
        <translation>비밀번호를 바꾸면 다른 곳의 로그인은 모두 끝납니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="103"/>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="107"/>
        <source>Where you are signed in</source>
        <translation>로그인된 곳</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="108"/>
        <source>&amp;End the selected session</source>
        <translation>선택한 로그인 끝내기(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="110"/>
        <source>End all &amp;other sessions</source>
        <translation>다른 로그인 모두 끝내기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="120"/>
        <source>Sessions</source>
        <translation>로그인 기기</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="123"/>
        <source>Password, to delete the account</source>
        <translation>계정을 삭제하려면 비밀번호</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="124"/>
        <source>&amp;Delete my account…</source>
        <translation>내 계정 삭제(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="131"/>
        <source>Deleting your account removes your sign-in, your messages and your memberships. An elder&apos;s account takes the family with it. This cannot be undone.</source>
        <translation>계정을 삭제하면 로그인, 메시지, 가족 구성원 정보가 사라집니다. 어르신 계정을 삭제하면 가족도 함께 삭제됩니다. 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="136"/>
        <source>Pass&amp;word</source>
        <translation>비밀번호(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="138"/>
        <source>Delete account</source>
        <translation>계정 삭제</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="142"/>
        <source>Account messages</source>
        <translation>계정 안내</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="143"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="189"/>
        <source>Last active %1</source>
        <translation>마지막 사용 %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="191"/>
        <source>kept signed in</source>
        <translation>로그인 유지</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="193"/>
        <source>this computer, now</source>
        <translation>이 컴퓨터(지금)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="199"/>
        <source>Working…</source>
        <translation>처리 중…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="235"/>
        <source>The profile is saved.</source>
        <translation>프로필을 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="243"/>
        <source>The two new passwords differ.</source>
        <translation>새 비밀번호 두 개가 서로 다릅니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="259"/>
        <source>The password is changed; your other sessions ended.</source>
        <translation>비밀번호를 바꿨습니다. 다른 곳의 로그인은 끝났습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="285"/>
        <source>The session ended.</source>
        <translation>로그인을 끝냈습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="289"/>
        <source>Deleting your account removes your sign-in and your memberships.</source>
        <translation>계정을 삭제하면 로그인 정보와 가족 구성원 자격이 모두 사라집니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="293"/>
        <source>Your family “%1” goes with it: all of its history (%2 readings, %3 alerts) and the membership of the people in it (%4).</source>
        <translation>가족 “%1”도 함께 삭제됩니다: 모든 기록(측정값 %2건, 알림 %3건)과 구성원 %4명의 가족 연결이 사라집니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="301"/>
        <source>%1 messages you sent or received are deleted.</source>
        <translation>주고받은 메시지 %1건이 삭제됩니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="308"/>
        <source>The records of %1 exports stay, without your name, as the privacy law requires.</source>
        <translation>내보내기 기록 %1건은 개인정보 보호법에 따라 이름 없이 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="311"/>
        <source>This cannot be undone. Delete your account for good?</source>
        <translation>되돌릴 수 없습니다. 계정을 영구히 삭제할까요?</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/account_dialog.py" line="318"/>
        <source>Delete my account</source>
        <translation>내 계정 삭제</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../carebot_desktop/app.py" line="95"/>
        <source>Demo: sign in as %1 (password %2), a caregiver of four elders.</source>
        <translation>데모: %1 (비밀번호 %2)로 로그인하세요. 어르신 네 분을 돌보는 요양보호사 계정입니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/app.py" line="170"/>
        <source>Connecting to the database…</source>
        <translation>데이터베이스에 연결하는 중…</translation>
    </message>
</context>
<context>
    <name>CareActions</name>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_actions.py" line="109"/>
        <source>Someone is handling this alert</source>
        <translation>다른 사람이 맡고 있는 알림</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_actions.py" line="114"/>
        <source>Take it &amp;over</source>
        <translation>넘겨받기(&amp;O)</translation>
    </message>
</context>
<context>
    <name>CareLogModel</name>
    <message>
        <location filename="../../carebot_desktop/ui/care/care_log.py" line="48"/>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/care_log.py" line="48"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/care_log.py" line="48"/>
        <source>Who</source>
        <translation>누가</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/care_log.py" line="48"/>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/words.py" line="36"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/words.py" line="37"/>
        <source>Alert closed</source>
        <translation>알림 종료</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/words.py" line="38"/>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
</context>
<context>
    <name>CareLogWidget</name>
    <message>
        <location filename="../../carebot_desktop/ui/care/care_log.py" line="104"/>
        <location filename="../../carebot_desktop/ui/care/care_log.py" line="105"/>
        <source>Search the care log</source>
        <translation>돌봄 기록 검색</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/care_log.py" line="108"/>
        <source>Clear the search</source>
        <translation>검색어 지우기</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/care_log.py" line="112"/>
        <source>Care log</source>
        <translation>돌봄 기록</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/care_log.py" line="125"/>
        <source>A note for the care log (what was done, how the elder is)</source>
        <translation>돌봄 기록 메모 (한 일, 어르신 상태)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/care_log.py" line="127"/>
        <source>New care-log note</source>
        <translation>새 돌봄 기록 메모</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/care_log.py" line="133"/>
        <source>&amp;Add note</source>
        <translation>메모 추가(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/care_log.py" line="134"/>
        <source>Add the note to the care log</source>
        <translation>돌봄 기록에 메모 추가</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/care_log.py" line="207"/>
        <source>Nothing in the care log in this period.</source>
        <translation>이 기간의 돌봄 기록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/care_log.py" line="223"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2자</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/care_log.py" line="237"/>
        <source>Write the note first: it is empty.</source>
        <translation>메모가 비어 있습니다. 먼저 내용을 적어 주세요.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/care_log.py" line="241"/>
        <source>A note is at most %1 characters; this one has %2. Shorten it.</source>
        <translation>메모는 최대 %1자입니다. 지금 %2자이니 줄여 주세요.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/care_log.py" line="246"/>
        <source>Adding the note…</source>
        <translation>메모를 추가하는 중…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/care_log.py" line="262"/>
        <source>The note is in the care log.</source>
        <translation>돌봄 기록에 메모를 남겼습니다.</translation>
    </message>
</context>
<context>
    <name>CarePanel</name>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_text.py" line="27"/>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_text.py" line="31"/>
        <source>%1 h</source>
        <translation>%1시간</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_text.py" line="33"/>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_text.py" line="37"/>
        <source>%1 d</source>
        <translation>%1일</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_text.py" line="41"/>
        <location filename="../../carebot_desktop/ui/notifications/care_text.py" line="41"/>
        <source>someone</source>
        <translation>누군가</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_text.py" line="65"/>
        <source>Emergency · nobody has taken it · %1</source>
        <translation>위급 · 아무도 맡지 않음 · %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_text.py" line="68"/>
        <source>Acknowledged</source>
        <translation>확인함</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_text.py" line="68"/>
        <source>New alert</source>
        <translation>새 알림</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_text.py" line="71"/>
        <source>Being handled · %1 · %2</source>
        <translation>대응 중 · %1 · %2</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_text.py" line="76"/>
        <source>overdue</source>
        <translation>30분 넘음</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_text.py" line="80"/>
        <source>Resolved · %1</source>
        <translation>해결됨 · %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_text.py" line="82"/>
        <source>Resolved</source>
        <translation>해결됨</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_text.py" line="88"/>
        <source>nobody has taken it for %1</source>
        <translation>%1째 아무도 맡지 않음</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_text.py" line="110"/>
        <source>%1 has been handling this alert for %2. Take it over?</source>
        <translation>%1 님이 %2 전부터 맡고 있습니다. 넘겨받을까요?</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_panel.py" line="33"/>
        <source>State: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_panel.py" line="36"/>
        <source>Taken by %1 at %2</source>
        <translation>%1 님이 %2에 맡음</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_panel.py" line="42"/>
        <source>Resolved by %1 at %2: %3</source>
        <translation>%1 님이 %2에 해결: %3</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_panel.py" line="48"/>
        <source>Note: %1</source>
        <translation>메모: %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_panel.py" line="51"/>
        <source>Escalated: level %1</source>
        <translation>단계 올림: %1단계</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_panel.py" line="55"/>
        <source>Was open for %1</source>
        <translation>%1 동안 열려 있었음</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_panel.py" line="57"/>
        <source>Open for %1</source>
        <translation>열린 지 %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_panel.py" line="60"/>
        <source>Taken more than %1 ago and still open: resolve it or hand it on.</source>
        <translation>맡은 지 %1이 넘었는데 아직 열려 있습니다: 해결하거나 다른 사람에게 넘겨주세요.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_panel.py" line="88"/>
        <source>Who is handling the alert</source>
        <translation>알림을 맡은 사람</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_panel.py" line="92"/>
        <source>I&apos;&amp;m on it</source>
        <translation>맡을게요(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_panel.py" line="94"/>
        <source>Take the alert: you are handling it</source>
        <translation>알림 맡기: 내가 대응합니다</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_panel.py" line="97"/>
        <source>Resol&amp;ve…</source>
        <translation>해결(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_panel.py" line="99"/>
        <source>Resolve the alert with what was done</source>
        <translation>한 일을 고르고 알림 해결</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_panel.py" line="102"/>
        <source>&amp;Write to the family…</source>
        <translation>가족에게 메시지(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_panel.py" line="104"/>
        <source>Write a message to the elder&apos;s family</source>
        <translation>어르신 가족에게 메시지 쓰기</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_panel.py" line="118"/>
        <source>Whom to call</source>
        <translation>연락할 곳</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/care_panel.py" line="187"/>
        <source>Not saved: %1</source>
        <translation>저장하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <location filename="../../carebot_desktop/ui/window/connection_bar.py" line="87"/>
        <source>History from the replica</source>
        <translation>기록: 복제 서버에서 읽는 중</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/connection_bar.py" line="89"/>
        <source>History from the main server: the replica is %1 s behind</source>
        <translation>기록: 주 서버에서 읽는 중 (복제 서버가 %1초 늦음)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/connection_bar.py" line="93"/>
        <source>History from the main server: the replica cannot be reached</source>
        <translation>기록: 주 서버에서 읽는 중 (복제 서버에 연결할 수 없음)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/connection_bar.py" line="95"/>
        <source>History from the main server</source>
        <translation>기록: 주 서버에서 읽는 중</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/connection_bar.py" line="100"/>
        <source>Charts, history and reports are read from the read-only replica while it is up to date; alerts, sign-in and every change always use the main server.</source>
        <translation>복제 서버가 최신 상태일 때 차트, 기록, 보고서를 읽기 전용 복제 서버에서 읽습니다. 알림, 로그인, 모든 변경은 항상 주 서버를 씁니다.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="42"/>
        <source>Database connection</source>
        <translation>데이터베이스 연결</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="43"/>
        <source>&amp;Embedded database on this computer</source>
        <translation>이 컴퓨터의 내장 데이터베이스(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="44"/>
        <source>Carebot &amp;MariaDB server</source>
        <translation>케어봇 MariaDB 서버(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="52"/>
        <source>Server host</source>
        <translation>서버 주소</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="56"/>
        <source>Server port</source>
        <translation>서버 포트</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="58"/>
        <source>Database name</source>
        <translation>데이터베이스 이름</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="60"/>
        <source>Database user</source>
        <translation>데이터베이스 사용자</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="63"/>
        <source>Database password</source>
        <translation>데이터베이스 비밀번호</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="64"/>
        <source>kept in the system keyring</source>
        <translation>시스템 키링에 보관됩니다</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="66"/>
        <source>When the server offers it</source>
        <translation>서버가 지원하면 사용</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="67"/>
        <source>Required (refuse an unencrypted server)</source>
        <translation>필수 (암호화하지 않는 서버는 거부)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="68"/>
        <source>Off</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="70"/>
        <source>Encryption (TLS)</source>
        <translation>암호화 (TLS)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="72"/>
        <source>the system&apos;s certificate authorities</source>
        <translation>시스템의 인증 기관</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="73"/>
        <source>CA certificate file</source>
        <translation>CA 인증서 파일</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="74"/>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="75"/>
        <source>Choose the CA certificate file</source>
        <translation>CA 인증서 파일 선택</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="81"/>
        <source>Certificate and server name</source>
        <translation>인증서와 서버 이름</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="82"/>
        <source>Certificate only</source>
        <translation>인증서만</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="83"/>
        <source>Nothing (encryption only)</source>
        <translation>확인 안 함 (암호화만)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="87"/>
        <source>What TLS checks</source>
        <translation>TLS 확인 범위</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="90"/>
        <source>&amp;Host</source>
        <translation>주소(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="91"/>
        <source>&amp;Port</source>
        <translation>포트(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="92"/>
        <source>&amp;Database</source>
        <translation>데이터베이스(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="93"/>
        <source>&amp;User</source>
        <translation>사용자(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="94"/>
        <source>Pass&amp;word</source>
        <translation>비밀번호(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="95"/>
        <source>E&amp;ncryption (TLS)</source>
        <translation>암호화 (TLS)(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="96"/>
        <source>C&amp;A certificate</source>
        <translation>CA 인증서(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="99"/>
        <source>&amp;Verify</source>
        <translation>확인(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="102"/>
        <source>This is the demo. Saving leaves it: the demo data stays in its own file and is never written to the database you choose.</source>
        <translation>지금은 데모입니다. 저장하면 데모를 마칩니다. 데모 데이터는 데모 파일에만 남고, 선택한 데이터베이스에는 기록되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="110"/>
        <source>&amp;Test connection</source>
        <translation>연결 시험(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="111"/>
        <source>Test the connection</source>
        <translation>연결 시험</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="156"/>
        <source>Connecting…</source>
        <translation>연결하는 중…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="170"/>
        <source>CA certificate</source>
        <translation>CA 인증서</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="172"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>인증서 (*.pem *.crt *.cer);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="182"/>
        <source>The connection works and is encrypted (%1).</source>
        <translation>연결되었고 암호화되어 있습니다 (%1).</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="185"/>
        <source>The connection works, but it is not encrypted.</source>
        <translation>연결되었지만 암호화되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="212"/>
        <source>The password could not be kept: no system keyring is available. It is used for this session only.</source>
        <translation>시스템 키링이 없어 비밀번호를 저장하지 못했습니다. 이번 실행에서만 사용합니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="71"/>
        <source>not saved: this computer has no system keyring</source>
        <translation>저장되지 않음 (시스템 키링 없음)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="120"/>
        <source>Techn&amp;ical details</source>
        <translation>기술 정보(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="133"/>
        <source>He&amp;lp: encryption, CA, password</source>
        <translation>도움말: 암호화, CA, 비밀번호(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="136"/>
        <source>Explain encryption, the CA certificate and where the password is kept</source>
        <translation>암호화, CA 인증서, 비밀번호 보관 위치 설명</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="192"/>
        <source>Encryption (TLS) keeps the care records and the password secret on their way between this computer and the database server. Choose “Required” when the server is reached over a network the care centre does not control.</source>
        <translation>암호화(TLS)는 이 컴퓨터와 데이터베이스 서버 사이를 오가는 돌봄 기록과 비밀번호를 남이 보지 못하게 지켜 줍니다. 케어센터가 관리하지 않는 네트워크를 거쳐 서버에 연결할 때는 “필수”를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="195"/>
        <source>The CA certificate file (.pem or .crt) proves that the server really is the care centre&apos;s: get it from the care centre&apos;s administrator, with the host name its certificate is made out to. Without one, the certificate authorities this computer already trusts are used.</source>
        <translation>CA 인증서 파일(.pem 또는 .crt)은 서버가 정말 케어센터의 서버인지 증명합니다. 케어센터 관리자에게서 인증서에 적힌 호스트 이름과 함께 받으세요. 파일을 고르지 않으면 이 컴퓨터가 이미 신뢰하는 인증 기관을 사용합니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="198"/>
        <source>The database password is never written to a file: it is kept in this computer&apos;s system keyring (Windows Credential Manager, the macOS Keychain, or a Secret Service such as GNOME Keyring or KWallet on Linux).</source>
        <translation>데이터베이스 비밀번호는 파일에 기록되지 않고 이 컴퓨터의 시스템 키링(Windows 자격 증명 관리자, macOS 키체인, Linux의 GNOME Keyring이나 KWallet 같은 Secret Service)에 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="203"/>
        <source>This computer has a system keyring, so the password is saved there.</source>
        <translation>이 컴퓨터에는 시스템 키링이 있어 비밀번호를 그곳에 저장합니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="208"/>
        <source>This computer has no system keyring: the password is not saved, it is used only until Carebot closes, and you type it here again next time.</source>
        <translation>이 컴퓨터에는 시스템 키링이 없어 비밀번호를 저장하지 않습니다. 케어봇을 닫을 때까지만 사용하며, 다음에는 여기에 다시 입력해야 합니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="146"/>
        <source>Help on the connection settings</source>
        <translation>연결 설정 도움말</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="224"/>
        <source>Hide he&amp;lp</source>
        <translation>도움말 닫기(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="115"/>
        <source>Read-only replica host</source>
        <translation>읽기 전용 복제 서버 주소</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="116"/>
        <source>none: every read from the server above</source>
        <translation>없음: 모든 읽기는 위 서버에서</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="120"/>
        <source>Read-only replica port</source>
        <translation>읽기 전용 복제 서버 포트</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="122"/>
        <source>&amp;Read-only replica (optional)</source>
        <translation>읽기 전용 복제 서버 (선택)(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="133"/>
        <source>Replica h&amp;ost and port</source>
        <translation>복제 서버 주소와 포트(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_dialog.py" line="138"/>
        <source>Charts, history and reports are read from it; the same database, user, password and encryption as above.</source>
        <translation>차트, 기록, 보고서를 이 서버에서 읽습니다. 데이터베이스, 사용자, 비밀번호, 암호화는 위와 같습니다.</translation>
    </message>
</context>
<context>
    <name>ConnectionProblemText</name>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_problems.py" line="21"/>
        <source>The server&apos;s name was not found: check the host name for a typing mistake and that this computer is connected to the network.</source>
        <translation>서버 이름을 찾지 못했으니 주소에 오타가 없는지, 이 컴퓨터가 네트워크에 연결되어 있는지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_problems.py" line="26"/>
        <source>The server does not answer: check that this computer is on the care centre&apos;s network (or its VPN) and that the host is right.</source>
        <translation>서버가 응답하지 않으니 이 컴퓨터가 케어센터 네트워크(또는 VPN)에 연결되어 있는지, 주소가 맞는지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_problems.py" line="31"/>
        <source>The server was reached, but no MariaDB database answers on this port: check that the database server is running and that the port number (usually 3306) is right.</source>
        <translation>서버에는 닿았지만 이 포트에서 MariaDB 데이터베이스가 응답하지 않으니 데이터베이스 서버가 실행 중인지, 포트 번호(보통 3306)가 맞는지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_problems.py" line="36"/>
        <source>The database server refused this user name and password (or this user may not open this database): check both, or ask the care centre&apos;s administrator.</source>
        <translation>데이터베이스 서버가 이 사용자 이름과 비밀번호를 거부했으니(또는 이 사용자에게 이 데이터베이스를 열 권한이 없으니) 두 가지를 다시 확인하거나 케어센터 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_problems.py" line="41"/>
        <source>The server has no database by this name: check the database name (usually “carebot”) with the care centre&apos;s administrator.</source>
        <translation>서버에 이 이름의 데이터베이스가 없으니 데이터베이스 이름(보통 “carebot”)을 케어센터 관리자에게 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_problems.py" line="46"/>
        <source>The server accepts only encrypted connections: set Encryption (TLS) to “Required” or “When the server offers it” and try again.</source>
        <translation>이 서버는 암호화된 연결만 받으니 암호화 (TLS)를 “필수” 또는 “서버가 지원하면 사용”으로 바꾼 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_problems.py" line="51"/>
        <source>These settings require encryption (TLS), but the server offers none: ask the care centre&apos;s administrator to turn TLS on at the server.</source>
        <translation>이 설정은 암호화(TLS)를 요구하지만 서버가 TLS를 제공하지 않으니 케어센터 관리자에게 서버의 TLS를 켜 달라고 요청하세요.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_problems.py" line="56"/>
        <source>The server&apos;s certificate is not signed by the chosen CA certificate (or has expired), so the connection was refused: choose the CA file from the care centre&apos;s administrator.</source>
        <translation>서버 인증서가 선택한 CA 인증서로 서명되지 않았거나 만료되어 연결을 거부했으니 케어센터 관리자에게 받은 CA 파일을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_problems.py" line="61"/>
        <source>The server&apos;s certificate is made out to another name than this host, so the connection was refused: enter the host name the certificate names, or set Verify to “Certificate only”.</source>
        <translation>서버 인증서에 적힌 이름이 이 주소와 달라 연결을 거부했으니 인증서에 적힌 호스트 이름을 입력하거나 확인 항목을 “인증서만”으로 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_problems.py" line="66"/>
        <source>The CA certificate file is missing or holds no certificate: choose the file the care centre&apos;s administrator gave you again.</source>
        <translation>CA 인증서 파일이 없거나 인증서가 들어 있지 않으니 케어센터 관리자에게 받은 파일을 다시 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/connection_problems.py" line="70"/>
        <source>The encrypted (TLS) connection could not be set up: ask the care centre&apos;s administrator to check the server&apos;s TLS settings.</source>
        <translation>암호화(TLS) 연결을 설정하지 못했으니 케어센터 관리자에게 서버의 TLS 설정을 확인해 달라고 요청하세요.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../carebot_desktop/ui/family/contact_dialog.py" line="36"/>
        <source>Add an emergency contact</source>
        <translation>비상 연락처 추가</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/contact_dialog.py" line="38"/>
        <source>Change the emergency contact</source>
        <translation>비상 연락처 수정</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/contact_dialog.py" line="42"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/contact_dialog.py" line="45"/>
        <source>e.g. son, neighbour, doctor</source>
        <translation>예: 아들, 이웃, 주치의</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/contact_dialog.py" line="46"/>
        <source>Relation</source>
        <translation>관계</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/contact_dialog.py" line="50"/>
        <source>Phone number</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/contact_dialog.py" line="58"/>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/contact_dialog.py" line="59"/>
        <source>&amp;Relation</source>
        <translation>관계(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/contact_dialog.py" line="60"/>
        <source>&amp;Phone number</source>
        <translation>전화번호(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/contact_dialog.py" line="84"/>
        <source>Enter the person&apos;s name.</source>
        <translation>이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/contact_dialog.py" line="86"/>
        <source>Enter the phone number (at least two digits).</source>
        <translation>전화번호를 입력하세요 (숫자 두 자리 이상).</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <location filename="../../carebot_desktop/ui/family/contacts_panel.py" line="65"/>
        <source>Emergency (ambulance, fire)</source>
        <translation>긴급 구급/소방</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/contacts_panel.py" line="69"/>
        <source>Emergency number 119</source>
        <translation>긴급 번호 119 (구급/소방)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/contacts_panel.py" line="71"/>
        <source>No emergency contacts yet. The family&apos;s main user and members add them.</source>
        <translation>아직 비상 연락처가 없습니다. 어르신과 가족 구성원이 추가할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/contacts_panel.py" line="107"/>
        <source>Phone number of %1</source>
        <translation>%1의 전화번호</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/contacts_panel.py" line="108"/>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/contacts_panel.py" line="109"/>
        <source>Copy the number of %1</source>
        <translation>%1의 번호 복사</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/contacts_panel.py" line="118"/>
        <source>Edit</source>
        <translation>수정</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/contacts_panel.py" line="119"/>
        <source>Edit the contact %1</source>
        <translation>%1 연락처 수정</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/contacts_panel.py" line="121"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/contacts_panel.py" line="122"/>
        <source>Remove the contact %1</source>
        <translation>%1 연락처 삭제</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="83"/>
        <source>(%n unread)</source>
        <translation>
            <numerusform>(읽지 않음 %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../carebot_desktop/ui/crash_dialog.py" line="38"/>
        <source>Carebot Desktop: an error</source>
        <translation>케어봇 데스크톱: 오류</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/crash_dialog.py" line="40"/>
        <source>Something went wrong. Carebot Desktop keeps running, but the last action may not have been completed.</source>
        <translation>문제가 생겼습니다. 케어봇 데스크톱은 계속 실행되지만, 마지막 작업은 끝나지 않았을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/crash_dialog.py" line="42"/>
        <source>The details are in the log file:
%1</source>
        <translation>자세한 내용은 로그 파일에 있습니다:
%1</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../../carebot_desktop/ui/report/export.py" line="139"/>
        <source>The file could not be written: %1</source>
        <translation>파일을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/export.py" line="144"/>
        <source>Saved: %1</source>
        <translation>저장했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/export.py" line="148"/>
        <source>Not exported: %1</source>
        <translation>내보내지 않았습니다: %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/export.py" line="175"/>
        <source>Export as CSV</source>
        <translation>CSV로 내보내기</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/export.py" line="177"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="47"/>
        <source>Family</source>
        <translation>가족</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="53"/>
        <source>Elder&apos;s name</source>
        <translation>어르신 성함</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="54"/>
        <source>Age and birth date</source>
        <translation>나이와 생년월일</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="55"/>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="64"/>
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="56"/>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="65"/>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="62"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="63"/>
        <source>Age</source>
        <translation>나이</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="69"/>
        <source>Family name</source>
        <translation>가족 이름</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="71"/>
        <source>&amp;Alarms (the robot speaks alerts aloud)</source>
        <translation>알림 음성(&amp;A) (로봇이 알림을 소리 내어 알려 줌)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="72"/>
        <source>&amp;Camera (fall photos)</source>
        <translation>카메라(&amp;C) (낙상 사진)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="73"/>
        <source>&amp;Microphone (conversation)</source>
        <translation>마이크(&amp;M) (대화)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="74"/>
        <source>Dri&amp;ving (the robot moves around)</source>
        <translation>주행(&amp;V) (로봇이 집 안을 이동)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="81"/>
        <source>Family &amp;name</source>
        <translation>가족 이름(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="85"/>
        <source>Only the elder&apos;s own account can change these.</source>
        <translation>어르신 본인 계정만 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="87"/>
        <source>&amp;Save changes</source>
        <translation>변경 내용 저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="89"/>
        <source>Save the family settings</source>
        <translation>가족 설정 저장</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="99"/>
        <source>A&amp;dd contact…</source>
        <translation>연락처 추가(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="100"/>
        <source>Add an emergency contact</source>
        <translation>비상 연락처 추가</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="113"/>
        <source>No sleep &amp;window</source>
        <translation>없음(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="114"/>
        <source>No sleep window</source>
        <translation>주무시는 시간 없음</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="119"/>
        <source>Sleep window start</source>
        <translation>주무시는 시간 시작</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="120"/>
        <source>Sleep window end</source>
        <translation>주무시는 시간 끝</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="126"/>
        <source>Save s&amp;leep window</source>
        <translation>주무시는 시간 저장(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="127"/>
        <source>Save the sleep window</source>
        <translation>주무시는 시간 저장</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="133"/>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="135"/>
        <source>to</source>
        <translation>끝</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="145"/>
        <source>The hours the elder usually sleeps (Korean time). Not moving then is not taken as unusual.</source>
        <translation>어르신이 보통 주무시는 시간입니다(한국 시간). 이 시간에 움직임이 없는 것은 평소와 다르다고 보지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="154"/>
        <source>The elder</source>
        <translation>어르신</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="156"/>
        <source>Family and robot settings</source>
        <translation>가족 및 로봇 설정</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="161"/>
        <source>Emergency contacts</source>
        <translation>비상 연락처</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="165"/>
        <source>Sleep window</source>
        <translation>주무시는 시간</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="210"/>
        <source>%1 years (born %2)</source>
        <translation>%1세 (%2 출생)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="215"/>
        <source>Female</source>
        <translation>여성</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="215"/>
        <source>Male</source>
        <translation>남성</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="216"/>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="249"/>
        <source>The sleep window can be read only when connected.</source>
        <translation>주무시는 시간은 데이터베이스에 연결되어 있을 때만 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="251"/>
        <source>Only the elder&apos;s own account can change this.</source>
        <translation>어르신 본인 계정만 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="271"/>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="300"/>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="330"/>
        <source>Saving…</source>
        <translation>저장하는 중…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="284"/>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="306"/>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="366"/>
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="351"/>
        <source>Remove %1 from the emergency contacts?</source>
        <translation>비상 연락처에서 %1을(를) 삭제할까요?</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="354"/>
        <source>Remove contact</source>
        <translation>연락처 삭제</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/family/family_page.py" line="372"/>
        <source>Copied %1.</source>
        <translation>%1을(를) 복사했습니다.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="37"/>
        <source>Alerts closed this shift: %1</source>
        <translation>이번 근무에 종료한 알림: %1건</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="44"/>
        <source>Alerts still open: %1 (critical: %2)</source>
        <translation>아직 열린 알림: %1건 (위급 %2건)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="49"/>
        <source>Care-log notes written: %1</source>
        <translation>작성한 돌봄 기록: %1건</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="73"/>
        <source>Shift handover</source>
        <translation>근무 인계</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="76"/>
        <source>The latest handover</source>
        <translation>최근 인계</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="85"/>
        <source>I have &amp;read it</source>
        <translation>읽었습니다(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="86"/>
        <source>Confirm reading the latest handover</source>
        <translation>최근 인계를 읽었음을 확인</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="97"/>
        <source>This shift</source>
        <translation>이번 근무</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="98"/>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="101"/>
        <source>Handover note for the next shift</source>
        <translation>다음 근무자에게 남길 인계 메모</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="103"/>
        <source>Handover note</source>
        <translation>인계 메모</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="105"/>
        <source>What the next shift must know: who to watch, what was promised, what is open</source>
        <translation>다음 근무자가 알아야 할 것: 지켜볼 분, 약속한 일, 남은 일</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="108"/>
        <source>&amp;Hand over</source>
        <translation>인계하기(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="109"/>
        <source>Write the handover note</source>
        <translation>인계 메모 남기기</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="148"/>
        <source>This shift (since %1)</source>
        <translation>이번 근무 (%1부터)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="164"/>
        <source>Your own handover.</source>
        <translation>내가 쓴 인계입니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="166"/>
        <source>You confirmed reading it.</source>
        <translation>읽음을 확인했습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="168"/>
        <source>Please read it and confirm.</source>
        <translation>읽고 확인해 주세요.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="208"/>
        <source>Write the handover note first: it is empty.</source>
        <translation>인계 메모가 비어 있습니다. 먼저 내용을 적어 주세요.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="212"/>
        <source>A handover note is at most %1 characters; this one has %2. Shorten it.</source>
        <translation>인계 메모는 최대 %1자입니다. 지금 %2자이니 줄여 주세요.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="218"/>
        <source>Handing over…</source>
        <translation>인계하는 중…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="232"/>
        <source>Handed over: the next shift sees it when they sign in.</source>
        <translation>인계했습니다. 다음 근무자가 로그인하면 보게 됩니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/handover.py" line="155"/>
        <source>(unknown)</source>
        <translation>(알 수 없음)</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="30"/>
        <source>Help and about Carebot Desktop</source>
        <translation>케어봇 데스크톱 도움말 및 정보</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="32"/>
        <source>Carebot Desktop, version %1</source>
        <translation>케어봇 데스크톱 버전 %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="39"/>
        <source>Help</source>
        <translation>도움말</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="42"/>
        <source>Open the &amp;log folder</source>
        <translation>로그 폴더 열기(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="44"/>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="46"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="62"/>
        <source>Your data (the embedded database, the offline copy)</source>
        <translation>내 데이터(내장 데이터베이스, 오프라인 사본)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="63"/>
        <source>Log file</source>
        <translation>로그 파일</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="64"/>
        <source>Settings file</source>
        <translation>설정 파일</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="65"/>
        <source>Application files</source>
        <translation>프로그램 파일</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="71"/>
        <source>Overview</source>
        <translation>한눈에 보기</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="71"/>
        <source>Every family at a glance, the most urgent first.</source>
        <translation>모든 가족을 한눈에, 급한 곳부터 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="72"/>
        <source>Family</source>
        <translation>가족</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="72"/>
        <source>The elder, the home and the robot&apos;s settings.</source>
        <translation>어르신, 집, 로봇 설정.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="73"/>
        <source>Members</source>
        <translation>구성원</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="73"/>
        <source>Who belongs to the family, and requests to join.</source>
        <translation>가족 구성원과 가입 요청.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="75"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="77"/>
        <source>Charts of the home and the elder&apos;s readings; Report… makes a PDF for a doctor&apos;s visit.</source>
        <translation>집과 어르신의 측정값 그래프. ‘보고서…’로 진료용 PDF를 만듭니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="80"/>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="80"/>
        <source>Messages between the elder and the family.</source>
        <translation>어르신과 가족이 주고받은 메시지.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="82"/>
        <source>Notifications</source>
        <translation>알림</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="83"/>
        <source>Alerts: falls, fire, disasters; acknowledge them here.</source>
        <translation>낙상, 화재, 재난 알림. 여기에서 확인 처리합니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="87"/>
        <source>go to a screen</source>
        <translation>화면 이동</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="88"/>
        <source>refresh the screen</source>
        <translation>화면 새로 고침</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="89"/>
        <source>this help</source>
        <translation>이 도움말</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="92"/>
        <source>Screens</source>
        <translation>화면</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="93"/>
        <source>Keys</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="94"/>
        <source>Alarms</source>
        <translation>알림음</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="95"/>
        <source>Where things are kept</source>
        <translation>파일이 있는 곳</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="106"/>
        <source>A critical alert (a fall, a fire) shows a red banner and sounds a chime until someone acknowledges it. The sound can be turned off in Settings; the banner stays. Care-centre desks keep watching from the tray when the window is closed.</source>
        <translation>위급 알림(낙상, 화재)이 오면 빨간 띠가 나타나고 누군가 확인할 때까지 알림음이 울립니다. 소리는 설정에서 끌 수 있으며 빨간 띠는 남습니다. 요양기관 데스크는 창을 닫아도 트레이에서 계속 지켜봅니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/help_dialog.py" line="121"/>
        <source>The environment variables CAREBOT_CONFIG_DIR, CAREBOT_DATA_DIR, CAREBOT_CACHE_DIR and CAREBOT_LOG_DIR move these folders.</source>
        <translation>환경 변수 CAREBOT_CONFIG_DIR, CAREBOT_DATA_DIR, CAREBOT_CACHE_DIR, CAREBOT_LOG_DIR로 이 폴더들을 옮길 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="48"/>
        <source>Join a family</source>
        <translation>가족에 참여하기</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="50"/>
        <source>Elder&apos;s name</source>
        <translation>어르신 성함</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="54"/>
        <source>Elder&apos;s birth date</source>
        <translation>어르신 생년월일</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="56"/>
        <source>Female</source>
        <translation>여성</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="57"/>
        <source>Male</source>
        <translation>남성</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="58"/>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="59"/>
        <source>Elder&apos;s gender</source>
        <translation>어르신 성별</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="61"/>
        <source>Elder&apos;s address</source>
        <translation>어르신 주소</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="64"/>
        <source>e.g. 큰딸, 요양보호사</source>
        <translation>예: 큰딸, 요양보호사</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="65"/>
        <source>Your nickname in the family</source>
        <translation>가족 안에서 불릴 내 호칭</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="67"/>
        <source>Enter the elder&apos;s details exactly as registered.</source>
        <translation>어르신 정보를 등록된 그대로 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="68"/>
        <source>Elder&apos;s &amp;name</source>
        <translation>어르신 성함(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="69"/>
        <source>&amp;Birth date</source>
        <translation>생년월일(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="70"/>
        <source>&amp;Gender</source>
        <translation>성별(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="71"/>
        <source>&amp;Address</source>
        <translation>주소(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="72"/>
        <source>Your ni&amp;ckname</source>
        <translation>내 호칭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../carebot_desktop/ui/errors.py" line="27"/>
        <source>Too many failed attempts. Try again after %1.</source>
        <translation>로그인 시도가 너무 많습니다. %1 이후에 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/errors.py" line="31"/>
        <source>Offline: this change needs the connection to the database. Try again when it is back.</source>
        <translation>연결이 끊겨 있어 지금은 바꿀 수 없습니다. 연결이 돌아오면 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/errors.py" line="50"/>
        <source>The database cannot be reached. Check the network or the connection settings, then try again.</source>
        <translation>데이터베이스에 연결할 수 없습니다. 네트워크나 연결 설정을 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/errors.py" line="55"/>
        <source>The e-mail or password is incorrect.</source>
        <translation>이메일 또는 비밀번호가 올바르지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/errors.py" line="58"/>
        <source>Too many attempts. Try again in %1 min.</source>
        <translation>시도가 너무 많습니다. %1분 뒤에 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/errors.py" line="62"/>
        <source>This account may not do that.</source>
        <translation>이 계정으로는 할 수 없는 작업입니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/errors.py" line="64"/>
        <source>Please check this field: %1</source>
        <translation>입력 내용을 확인하세요: %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/errors.py" line="69"/>
        <source>Something went wrong and the action was not completed. The details are in the log: %1</source>
        <translation>문제가 생겨 작업을 끝내지 못했습니다. 자세한 내용은 로그에 있습니다: %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="41"/>
        <source>Carebot Desktop</source>
        <translation>케어봇 데스크톱</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="47"/>
        <source>Sign in to look after your family</source>
        <translation>로그인하고 가족의 안부를 살펴보세요</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="52"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="56"/>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="58"/>
        <source>&amp;Remember me on this computer</source>
        <translation>이 컴퓨터에서 로그인 유지(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="59"/>
        <source>Remember me</source>
        <translation>로그인 유지</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="64"/>
        <source>Unavailable: %1</source>
        <translation>사용할 수 없음: %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="70"/>
        <source>Remember me is unavailable: no system keyring was found, and the session is never written to a file.</source>
        <translation>로그인 유지를 사용할 수 없습니다. 시스템 키링을 찾지 못했으며, 세션을 파일에 저장하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="78"/>
        <source>&amp;E-mail</source>
        <translation>이메일(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="79"/>
        <source>&amp;Password</source>
        <translation>비밀번호(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="84"/>
        <source>Sign-in message</source>
        <translation>로그인 안내</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="86"/>
        <source>&amp;Sign in</source>
        <translation>로그인(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="89"/>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="91"/>
        <source>Create an &amp;account…</source>
        <translation>계정 만들기(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="92"/>
        <source>Create an account</source>
        <translation>계정 만들기</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="94"/>
        <source>C&amp;onnection…</source>
        <translation>연결 설정(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="95"/>
        <source>Database connection settings</source>
        <translation>데이터베이스 연결 설정</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="168"/>
        <source>Enter your e-mail and password.</source>
        <translation>이메일과 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="170"/>
        <source>Signing in…</source>
        <translation>로그인하는 중…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/login_page.py" line="209"/>
        <source>Signing in once connected…</source>
        <translation>연결되면 로그인합니다…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="68"/>
        <location filename="../../carebot_desktop/ui/window/tray.py" line="83"/>
        <location filename="../../carebot_desktop/ui/window/tray.py" line="87"/>
        <source>Carebot Desktop</source>
        <translation>케어봇 데스크톱</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/tray.py" line="55"/>
        <source>&amp;Open the window</source>
        <translation>창 열기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/tray.py" line="62"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="44"/>
        <source>Screens</source>
        <translation>화면 목록</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="46"/>
        <source>Overview</source>
        <translation>한눈에 보기</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="47"/>
        <source>Family</source>
        <translation>가족</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="48"/>
        <source>Members</source>
        <translation>구성원</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="49"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="50"/>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="51"/>
        <source>Notifications</source>
        <translation>알림</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="59"/>
        <source>Signed-in user</source>
        <translation>로그인한 사용자</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="61"/>
        <source>Se&amp;ttings…</source>
        <translation>설정(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="62"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="64"/>
        <source>M&amp;y account…</source>
        <translation>내 계정(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="66"/>
        <source>My account: profile, password, sessions</source>
        <translation>내 계정: 프로필, 비밀번호, 로그인 기기</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="69"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="71"/>
        <source>Help and about (F1)</source>
        <translation>도움말 및 정보 (F1)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="74"/>
        <source>Si&amp;gn out</source>
        <translation>로그아웃(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="75"/>
        <source>Sign out</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="77"/>
        <source>Carebot</source>
        <translation>케어봇</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/family_chooser.py" line="26"/>
        <source>Family shown</source>
        <translation>보고 있는 가족</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/family_chooser.py" line="29"/>
        <source>&amp;Family:</source>
        <translation>가족(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/connection_bar.py" line="31"/>
        <source>Offline copy progress</source>
        <translation>오프라인 사본 진행 상황</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/connection_bar.py" line="36"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/connection_bar.py" line="38"/>
        <source>Stop bringing the offline copy up to date</source>
        <translation>오프라인 사본 업데이트 중지</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/banner.py" line="49"/>
        <source>Critical alert</source>
        <translation>위급 알림</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/banner.py" line="51"/>
        <source>I&apos;m &amp;on it</source>
        <translation>맡을게요(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/banner.py" line="53"/>
        <source>Take the critical alert: you are handling it</source>
        <translation>위급 알림 맡기: 내가 대응합니다</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/banner.py" line="56"/>
        <source>&amp;Resolve…</source>
        <translation>해결(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/banner.py" line="58"/>
        <source>Resolve the critical alert with what was done</source>
        <translation>한 일을 고르고 위급 알림 해결</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/banner.py" line="61"/>
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/banner.py" line="62"/>
        <source>Show the critical alert</source>
        <translation>위급 알림 보기</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/banner.py" line="115"/>
        <source>escalated to level %1</source>
        <translation>%1단계로 알림 올림</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/banner.py" line="121"/>
        <source>open for %1</source>
        <translation>열린 지 %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/banner.py" line="149"/>
        <source>Not saved: %1</source>
        <translation>저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="126"/>
        <source>care centre</source>
        <translation>관제센터</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="127"/>
        <source>caregiver</source>
        <translation>요양보호사</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="128"/>
        <source>elder</source>
        <translation>어르신</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/sidebar.py" line="129"/>
        <source>family member</source>
        <translation>가족·보호자</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/tray.py" line="58"/>
        <location filename="../../carebot_desktop/ui/window/tray.py" line="85"/>
        <location filename="../../carebot_desktop/ui/window/tray.py" line="106"/>
        <source>No critical alert open</source>
        <translation>열린 위급 알림 없음</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/tray.py" line="93"/>
        <source>Critical alerts open: %1 (nobody has taken %2)</source>
        <translation>열린 위급 알림 %1건 (아무도 맡지 않음 %2건)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/tray.py" line="104"/>
        <source>&amp;Critical alerts: %1 open, %2 untaken</source>
        <translation>위급 알림 %1건 · 안 맡음 %2건(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/tray.py" line="137"/>
        <source>Carebot Desktop is still watching</source>
        <translation>케어봇 데스크톱이 계속 지켜보고 있습니다</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/tray.py" line="138"/>
        <source>Alerts keep coming in and the alarm still sounds. Use the tray icon&apos;s menu to open the window or to quit.</source>
        <translation>알림은 계속 들어오고 알림음도 울립니다. 창을 열거나 종료하려면 트레이 아이콘의 메뉴를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/tray.py" line="154"/>
        <source>A critical alert you took is still open</source>
        <translation>맡으신 위급 알림이 아직 열려 있습니다</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/tray.py" line="155"/>
        <source>You took it %1 ago. Resolve it with what was done, or let someone else take it over.</source>
        <translation>%1 전에 맡으셨습니다. 한 일을 골라 해결하거나 다른 사람이 넘겨받게 하세요.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/offline_sync.py" line="23"/>
        <source>Offline copy</source>
        <translation>오프라인 사본</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/offline_sync.py" line="24"/>
        <source>The offline copy on this computer could not be opened (the password changed, or the file is damaged), so a new copy was started.</source>
        <translation>이 컴퓨터의 오프라인 사본을 열 수 없어(비밀번호가 바뀌었거나 파일이 손상됨) 새 사본을 시작했습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/offline_sync.py" line="28"/>
        <source>Nothing was deleted: the old copy, with any messages or acknowledgements that were still waiting to be sent, is kept at %1. Please check with the people concerned that nothing important was missed.</source>
        <translation>지운 것은 없습니다. 아직 보내지 못한 메시지와 확인 표시가 들어 있는 이전 사본은 %1에 보관했습니다. 중요한 내용이 빠지지 않았는지 관련된 분들과 확인해 주세요.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="265"/>
        <source>Request to join the family</source>
        <translation>가족 참여 요청</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/main_window.py" line="266"/>
        <source>Someone asked to join the family. Open Members to approve or deny.</source>
        <translation>가족에 참여하겠다는 요청이 왔습니다. 구성원 화면에서 승인하거나 거절하세요.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/connection_bar.py" line="62"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/connection_bar.py" line="64"/>
        <source>Offline, as of %1. History is shown from this computer&apos;s copy and cannot be changed; messages and acknowledgements wait in the outbox and are sent when the connection returns.</source>
        <translation>오프라인 · %1 기준 자료입니다. 이 컴퓨터에 보관된 기록을 보여 주며 바꿀 수는 없습니다. 보낸 메시지와 알림 확인은 보낼 목록에 남았다가 연결되면 전송됩니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/connection_bar.py" line="78"/>
        <source>The database cannot be reached. Showing what was last loaded; retrying automatically…</source>
        <translation>데이터베이스에 연결할 수 없습니다. 마지막으로 불러온 내용을 보여 주며, 자동으로 다시 연결을 시도합니다…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/connection_bar.py" line="70"/>
        <location filename="../../carebot_desktop/ui/window/connection_bar.py" line="84"/>
        <source>Offline</source>
        <translation>연결 끊김</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/connection_bar.py" line="73"/>
        <location filename="../../carebot_desktop/ui/window/connection_bar.py" line="92"/>
        <source>Connected</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/connection_bar.py" line="87"/>
        <source>Reconnecting…</source>
        <translation>다시 연결하는 중…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/connection_bar.py" line="117"/>
        <source>Offline copy: %1 of %2 families</source>
        <translation>오프라인 사본: 가족 %2곳 중 %1곳</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/connection_bar.py" line="104"/>
        <source>Preparing the offline copy…</source>
        <translation>오프라인 사본 준비 중…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/offline_sync.py" line="149"/>
        <source>The offline copy was not brought fully up to date (cancelled).</source>
        <translation>오프라인 사본 업데이트를 중지했습니다. 일부만 최신입니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/offline_sync.py" line="155"/>
        <source>The offline copy on this computer could not be brought up to date. The details are in the log: %1</source>
        <translation>이 컴퓨터의 오프라인 사본을 최신으로 맞추지 못했습니다. 자세한 내용은 로그에 있습니다: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/main_window.py" line="302"/>
        <source>(%n more)</source>
        <translation>
            <numerusform>(외 %n건)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/banner.py" line="93"/>
        <source>(alarm sound off in Settings)</source>
        <translation>(설정에서 알림음 꺼짐)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/main_window.py" line="386"/>
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, 읽지 않음 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/main_window.py" line="400"/>
        <source>%1, %n request(s) to join waiting</source>
        <translation>
            <numerusform>%1, 가족 가입 요청 %n건 대기 중</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/banner.py" line="140"/>
        <source>%1 take it</source>
        <translation>%1 맡을게요</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/window/banner.py" line="138"/>
        <source>%1 resolve</source>
        <translation>%1 해결</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_model.py" line="29"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_model.py" line="29"/>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_model.py" line="29"/>
        <source>Nickname</source>
        <translation>호칭</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_model.py" line="39"/>
        <source>you</source>
        <translation>나</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_model.py" line="42"/>
        <source>Elder</source>
        <translation>어르신</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_model.py" line="42"/>
        <source>Member</source>
        <translation>구성원</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="95"/>
        <source>Members</source>
        <translation>구성원</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="99"/>
        <source>Family members</source>
        <translation>가족 구성원</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="106"/>
        <source>&amp;Join a family…</source>
        <translation>가족 참여(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="107"/>
        <source>Join another family</source>
        <translation>다른 가족에 참여</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="109"/>
        <source>Change &amp;nickname…</source>
        <translation>호칭 바꾸기(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="110"/>
        <source>Change the selected nickname</source>
        <translation>선택한 호칭 바꾸기</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="112"/>
        <source>&amp;Leave this family</source>
        <translation>이 가족에서 나가기(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="113"/>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="374"/>
        <source>Leave this family</source>
        <translation>이 가족에서 나가기</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="115"/>
        <source>Re&amp;move member</source>
        <translation>구성원 제외(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="116"/>
        <source>Remove the selected member</source>
        <translation>선택한 구성원을 가족에서 제외</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="119"/>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="121"/>
        <source>Requests to join the family</source>
        <translation>가족 참여 요청</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="125"/>
        <source>&amp;Approve</source>
        <translation>승인(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="126"/>
        <source>Approve the selected request</source>
        <translation>선택한 요청 승인</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="128"/>
        <source>&amp;Deny</source>
        <translation>거절(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="129"/>
        <source>Deny the selected request</source>
        <translation>선택한 요청 거절</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="143"/>
        <source>&amp;Withdraw request</source>
        <translation>요청 취소(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="144"/>
        <source>Withdraw your request to join</source>
        <translation>가족 참여 요청 취소</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="157"/>
        <source>Export C&amp;SV…</source>
        <translation>CSV로 내보내기(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="158"/>
        <source>Export the members as CSV</source>
        <translation>구성원을 CSV로 내보내기</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="185"/>
        <source>The family&apos;s members</source>
        <translation>가족 구성원 목록</translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="213"/>
        <source>%n member(s) besides the elder</source>
        <translation>
            <numerusform>어르신 외 구성원 %n명</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="216"/>
        <source>You do not belong to a family yet. Use “Join a family…” to ask to join.</source>
        <translation>아직 속한 가족이 없습니다. “가족 참여…”로 참여를 요청하세요.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="225"/>
        <source>%1 (nickname: %2), asked %3</source>
        <translation>%1 (호칭: %2), 요청 %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="235"/>
        <source>Requests to join the family (%n waiting)</source>
        <translation>
            <numerusform>가족 참여 요청 (%n건 대기)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="246"/>
        <source>Waiting for the family to approve your request: %1</source>
        <translation>가족의 승인을 기다리는 중: %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="276"/>
        <source>Saving…</source>
        <translation>저장하는 중…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="299"/>
        <source>Request sent. You become a member once the family approves it.</source>
        <translation>요청을 보냈습니다. 가족이 승인하면 구성원이 됩니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="315"/>
        <source>Request approved: they are now a member.</source>
        <translation>요청을 승인했습니다. 이제 가족 구성원입니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="327"/>
        <source>Deny request</source>
        <translation>요청 거절</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="327"/>
        <source>Deny this request to join the family?</source>
        <translation>이 가족 참여 요청을 거절할까요?</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="333"/>
        <source>Request denied.</source>
        <translation>요청을 거절했습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="341"/>
        <source>Request withdrawn.</source>
        <translation>요청을 취소했습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="350"/>
        <source>Nickname</source>
        <translation>호칭</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="350"/>
        <source>New nickname:</source>
        <translation>새 호칭:</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="355"/>
        <source>Nickname changed.</source>
        <translation>호칭을 바꿨습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="375"/>
        <source>Leave this family? You will no longer see its data.</source>
        <translation>이 가족에서 나갈까요? 더 이상 이 가족의 정보를 볼 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="382"/>
        <source>You left the family.</source>
        <translation>가족에서 나갔습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="390"/>
        <source>Remove %1 from the family?</source>
        <translation>%1 님을 가족에서 제외할까요?</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="391"/>
        <source>Remove member</source>
        <translation>구성원 제외</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="394"/>
        <source>Member removed.</source>
        <translation>구성원을 가족에서 제외했습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/members/members_page.py" line="196"/>
        <source>members</source>
        <translation>구성원</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="112"/>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="117"/>
        <source>Conversations</source>
        <translation>대화 목록</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="121"/>
        <source>Messages of the conversation</source>
        <translation>대화 내용</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="125"/>
        <source>Write a message… (Ctrl+Enter sends)</source>
        <translation>메시지를 입력하세요… (Ctrl+Enter로 보내기)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="126"/>
        <source>New message</source>
        <translation>새 메시지</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="128"/>
        <source>&amp;Send</source>
        <translation>보내기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="130"/>
        <source>Send the message</source>
        <translation>메시지 보내기</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="181"/>
        <source>No conversations: messages go between an elder and the members of the family.</source>
        <translation>대화가 없습니다. 메시지는 어르신과 가족 구성원 사이에 주고받습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="257"/>
        <source>Loading the picture…</source>
        <translation>사진을 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="258"/>
        <source>(the picture could not be loaded)</source>
        <translation>(사진을 불러오지 못했습니다)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="259"/>
        <source>(the picture is not from an allowed server, so it was not loaded)</source>
        <translation>(이미지 주소가 허용된 서버가 아니어서 불러오지 않았습니다)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="261"/>
        <source>No messages yet. Say hello!</source>
        <translation>아직 메시지가 없습니다. 안부를 전해 보세요!</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="262"/>
        <source>read</source>
        <translation>읽음</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="262"/>
        <source>not read yet</source>
        <translation>아직 읽지 않음</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="263"/>
        <source>waiting to be sent</source>
        <translation>전송 대기</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="351"/>
        <source>Sending…</source>
        <translation>보내는 중…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/messages/messages_page.py" line="359"/>
        <source>Sent.</source>
        <translation>보냈습니다.</translation>
    </message>
</context>
<context>
    <name>NotificationsModel</name>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="116"/>
        <source>Grade</source>
        <translation>등급</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="116"/>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="116"/>
        <source>What happened</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="116"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="123"/>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="132"/>
        <source>Fall detected</source>
        <translation>낙상 감지</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="132"/>
        <source>photo</source>
        <translation>사진</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="134"/>
        <source>Fire detected</source>
        <translation>화재 감지</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="156"/>
        <source>Acknowledged (waiting to be sent)</source>
        <translation>확인함 (전송 대기)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="162"/>
        <source>Acknowledged</source>
        <translation>확인함</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_model.py" line="162"/>
        <source>New</source>
        <translation>새 알림</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="19"/>
        <source>No movement</source>
        <translation>움직임 없음</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="20"/>
        <source>Robot not responding</source>
        <translation>로봇 응답 없음</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="21"/>
        <source>Unusual heart rate</source>
        <translation>심박 이상</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="22"/>
        <source>Room temperature</source>
        <translation>실내 온도</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="23"/>
        <source>Low mood</source>
        <translation>기분 저하</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="24"/>
        <source>Unusual</source>
        <translation>평소와 다름</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="45"/>
        <source>usual %1</source>
        <translation>평소 %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="53"/>
        <source>No recent reading to compare</source>
        <translation>비교할 최근 기록 없음</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="57"/>
        <source>above the usual</source>
        <translation>평소보다 높음</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="58"/>
        <source>below the usual</source>
        <translation>평소보다 낮음</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="59"/>
        <source>within the usual</source>
        <translation>평소 범위 안</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="61"/>
        <source>latest reading %1</source>
        <translation>최근 측정값 %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="63"/>
        <source>last 7 days %1</source>
        <translation>최근 7일 %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="65"/>
        <source>last 3 hours %1</source>
        <translation>최근 3시간 %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="68"/>
        <source>based on %1 day(s) of history</source>
        <translation>%1일 기록 기준</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="79"/>
        <source>Heart rate was higher than usual (%1): average %2</source>
        <translation>심박이 평소(%1)보다 높았습니다: 평균 %2</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="81"/>
        <source>Heart rate was lower than usual (%1): average %2</source>
        <translation>심박이 평소(%1)보다 낮았습니다: 평균 %2</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="82"/>
        <source>The room was warmer than usual (%1): average %2</source>
        <translation>실내가 평소(%1)보다 따뜻했습니다: 평균 %2</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="84"/>
        <source>The room was colder than usual (%1): average %2</source>
        <translation>실내가 평소(%1)보다 추웠습니다: 평균 %2</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="85"/>
        <source>The air was more humid than usual (%1): average %2</source>
        <translation>습도가 평소(%1)보다 높았습니다: 평균 %2</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="87"/>
        <source>The air was drier than usual (%1): average %2</source>
        <translation>습도가 평소(%1)보다 낮았습니다: 평균 %2</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="88"/>
        <source>Activity rose above usual (%1): average %2</source>
        <translation>활동이 평소(%1)보다 늘었습니다: 평균 %2</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="90"/>
        <source>Activity fell below usual (%1): average %2</source>
        <translation>활동이 평소(%1)보다 줄었습니다: 평균 %2</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="91"/>
        <source>Mood was better than usual (%1): average %2</source>
        <translation>기분 점수가 평소(%1)보다 좋았습니다: 평균 %2</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/watch_text.py" line="93"/>
        <source>Mood was lower than usual (%1): average %2</source>
        <translation>기분 점수가 평소(%1)보다 낮았습니다: 평균 %2</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/theme.py" line="134"/>
        <source>Critical</source>
        <translation>위급</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/theme.py" line="135"/>
        <source>Warning</source>
        <translation>주의</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/theme.py" line="136"/>
        <source>Information</source>
        <translation>정보</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/theme.py" line="137"/>
        <source>Notice</source>
        <translation>안내</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="67"/>
        <source>Notifications</source>
        <translation>알림</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="69"/>
        <source>All grades</source>
        <translation>모든 등급</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="72"/>
        <source>Filter by grade</source>
        <translation>등급으로 거르기</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="73"/>
        <source>&amp;Unacknowledged only</source>
        <translation>확인하지 않은 알림만(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="74"/>
        <source>Show only unacknowledged notifications</source>
        <translation>확인하지 않은 알림만 보기</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="77"/>
        <source>From date</source>
        <translation>시작 날짜</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="77"/>
        <source>To date</source>
        <translation>끝 날짜</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="86"/>
        <source>Grade</source>
        <translation>등급</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="89"/>
        <source>From</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="91"/>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="100"/>
        <source>Notifications, newest first</source>
        <translation>알림 목록 (최신순)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="118"/>
        <source>Notification details</source>
        <translation>알림 상세</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="121"/>
        <source>Photo of the alert</source>
        <translation>알림 사진</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="124"/>
        <source>&amp;Acknowledge</source>
        <translation>확인(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="126"/>
        <source>Acknowledge the selected notifications</source>
        <translation>선택한 알림 확인</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="128"/>
        <source>Acknowledge a&amp;ll</source>
        <translation>모두 확인(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="129"/>
        <source>Acknowledge all shown notifications</source>
        <translation>보이는 알림 모두 확인</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="139"/>
        <source>Export C&amp;SV…</source>
        <translation>CSV로 내보내기(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="140"/>
        <source>Export the shown notifications as CSV</source>
        <translation>보이는 알림을 CSV로 내보내기</translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="234"/>
        <source>%n shown</source>
        <translation>
            <numerusform>%n건 표시</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="236"/>
        <source>%n unacknowledged</source>
        <translation>
            <numerusform>미확인 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="240"/>
        <source>the newest %1 only: narrow the dates or the grade to see older ones</source>
        <translation>최근 %1건만 표시: 더 오래된 알림은 날짜나 등급을 좁혀 보세요</translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="254"/>
        <source>%n notification(s)</source>
        <translation>
            <numerusform>알림 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="315"/>
        <source>Elder</source>
        <translation>어르신</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="318"/>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="322"/>
        <source>Disaster type</source>
        <translation>재난 종류</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="323"/>
        <source>Alert step</source>
        <translation>발송 단계</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="324"/>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="325"/>
        <source>Message</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="332"/>
        <source>Raised by comparing the elder&apos;s readings with their own usual.</source>
        <translation>어르신의 기록을 어르신 자신의 평소와 비교해 낸 알림입니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="339"/>
        <source>Acknowledged</source>
        <translation>확인함</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="339"/>
        <source>Not yet acknowledged</source>
        <translation>아직 확인하지 않음</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="352"/>
        <source>Loading the photo…</source>
        <translation>사진을 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="377"/>
        <source>The photo is not from an allowed server, so it was not loaded. The allowed servers are set in Settings.</source>
        <translation>사진 주소가 허용된 서버가 아니어서 불러오지 않았습니다. 허용할 서버는 설정에서 정합니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="383"/>
        <source>The photo could not be loaded. The robot&apos;s server may be out of reach.</source>
        <translation>사진을 불러오지 못했습니다. 로봇 서버에 연결할 수 없는 것 같습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="288"/>
        <source>Carebot</source>
        <translation>케어봇</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/notifications_page.py" line="288"/>
        <source>notifications</source>
        <translation>알림</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="73"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="74"/>
        <source>Elder</source>
        <translation>어르신</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="75"/>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="99"/>
        <source>Unusual for them</source>
        <translation>평소와 다름</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="76"/>
        <source>Temperature</source>
        <translation>온도</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="77"/>
        <source>Humidity</source>
        <translation>습도</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="78"/>
        <source>Fine dust</source>
        <translation>미세먼지</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="79"/>
        <source>Heart rate</source>
        <translation>심박수</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="80"/>
        <source>Activity</source>
        <translation>활동</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="81"/>
        <source>Unread alerts</source>
        <translation>읽지 않은 알림</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="82"/>
        <source>Mood score</source>
        <translation>마음 점수</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="83"/>
        <source>Last report</source>
        <translation>마지막 보고</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="90"/>
        <source>(+%1 open)</source>
        <translation>(외 %1건)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="93"/>
        <source>Emergency: %n unread</source>
        <translation>
            <numerusform>위급 알림 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="95"/>
        <source>No data for %n hour(s)</source>
        <translation>
            <numerusform>%n시간째 소식 없음</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="97"/>
        <source>No data yet</source>
        <translation>아직 데이터 없음</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="101"/>
        <source>Check</source>
        <translation>살펴보기</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="102"/>
        <source>Calm</source>
        <translation>평온</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="112"/>
        <source>good</source>
        <translation>좋음</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="113"/>
        <source>moderate</source>
        <translation>보통</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="114"/>
        <source>bad</source>
        <translation>나쁨</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="115"/>
        <source>very bad</source>
        <translation>매우 나쁨</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="123"/>
        <source>Critical %1</source>
        <translation>위급 %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="125"/>
        <source>Warning %1</source>
        <translation>주의 %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="128"/>
        <source>Info %1</source>
        <translation>정보 %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="129"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="146"/>
        <source>+%1 more</source>
        <translation>외 %1건</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="155"/>
        <source>since %1</source>
        <translation>%1부터</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="180"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_model.py" line="181"/>
        <source>%1 years</source>
        <translation>%1세</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="43"/>
        <source>Overview</source>
        <translation>한눈에 보기</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="47"/>
        <source>R&amp;efresh</source>
        <translation>새로 고침(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="48"/>
        <source>Refresh the overview</source>
        <translation>한눈에 보기 새로 고침</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="53"/>
        <source>Families, most urgent first</source>
        <translation>가족 목록 (급한 순)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="87"/>
        <source>Export C&amp;SV…</source>
        <translation>CSV로 내보내기(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="88"/>
        <source>Export the overview as CSV</source>
        <translation>한눈에 보기를 CSV로 내보내기</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="96"/>
        <source>Press Enter or double-click a family to open it.</source>
        <translation>가족을 선택하고 Enter를 누르거나 두 번 클릭하면 상태 화면이 열립니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="119"/>
        <source>The overview of %n family(ies)</source>
        <translation>
            <numerusform>가족 %n곳의 한눈에 보기</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="131"/>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="203"/>
        <source>%n family(s)</source>
        <translation>
            <numerusform>가족 %n곳</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="204"/>
        <source>Critical: %n</source>
        <translation>
            <numerusform>위급 %n곳</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="206"/>
        <source>Warning: %n</source>
        <translation>
            <numerusform>주의 %n곳</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="215"/>
        <source>All calm</source>
        <translation>모두 평온</translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="209"/>
        <source>%n unusual for themselves</source>
        <translation>
            <numerusform>평소와 다른 어르신 %n명</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="123"/>
        <source>Carebot</source>
        <translation>케어봇</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/overview/overview_page.py" line="123"/>
        <source>overview</source>
        <translation>한눈에보기</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../carebot_desktop/ui/report/export.py" line="31"/>
        <location filename="../../carebot_desktop/ui/report/export.py" line="34"/>
        <source>Reason for the export</source>
        <translation>내보내는 이유</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/export.py" line="36"/>
        <source>For a doctor&apos;s visit</source>
        <translation>진료 준비</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/export.py" line="37"/>
        <source>To share with the family</source>
        <translation>가족과 공유</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/export.py" line="38"/>
        <source>For the care centre&apos;s records</source>
        <translation>기관 기록 보관</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/export.py" line="44"/>
        <source>Say why (required)</source>
        <translation>이유를 적어 주세요(필수)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/export.py" line="46"/>
        <source>%1 holds personal health information. Say why it leaves Carebot Desktop: the reason is kept in the access record.</source>
        <translation>%1에는 개인 건강 정보가 들어 있습니다. 케어봇 데스크톱 밖으로 내보내는 이유를 적어 주세요. 이유는 접근 기록에 남습니다.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="31"/>
        <source>Create an account</source>
        <translation>계정 만들기</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="33"/>
        <source>Elder living with a Carebot</source>
        <translation>케어봇과 함께 사는 어르신</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="34"/>
        <source>Family member or caregiver</source>
        <translation>가족 또는 보호자</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="35"/>
        <source>Account type</source>
        <translation>계정 종류</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="38"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="41"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="44"/>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="45"/>
        <source>8 to 64 characters</source>
        <translation>8~64자</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="48"/>
        <source>Repeat the password</source>
        <translation>비밀번호 다시 입력</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="54"/>
        <source>Birth date</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="56"/>
        <source>Female</source>
        <translation>여성</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="57"/>
        <source>Male</source>
        <translation>남성</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="58"/>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="59"/>
        <source>Gender</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="62"/>
        <source>e.g. 서울특별시 종로구</source>
        <translation>예: 서울특별시 종로구</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="63"/>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="65"/>
        <source>Account &amp;type</source>
        <translation>계정 종류(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="66"/>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="67"/>
        <source>&amp;E-mail</source>
        <translation>이메일(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="68"/>
        <source>&amp;Password</source>
        <translation>비밀번호(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="69"/>
        <source>&amp;Repeat password</source>
        <translation>비밀번호 확인(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="70"/>
        <source>&amp;Birth date</source>
        <translation>생년월일(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="71"/>
        <source>&amp;Gender</source>
        <translation>성별(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="72"/>
        <source>A&amp;ddress</source>
        <translation>주소(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="79"/>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="101"/>
        <source>The two passwords differ.</source>
        <translation>두 비밀번호가 서로 다릅니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="104"/>
        <source>Enter a name.</source>
        <translation>이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="108"/>
        <source>Creating the account…</source>
        <translation>계정을 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/login/register_dialog.py" line="127"/>
        <source>An account with this e-mail exists already.</source>
        <translation>이 이메일로 만든 계정이 이미 있습니다.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="56"/>
        <source>Report: %1</source>
        <translation>보고서: %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="58"/>
        <source>Care report (for a doctor&apos;s visit)</source>
        <translation>돌봄 보고서(진료용)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="59"/>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="212"/>
        <source>Weekly family summary</source>
        <translation>주간 가족 요약</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="60"/>
        <source>Kind of report</source>
        <translation>보고서 종류</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="63"/>
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="64"/>
        <source>Last 30 days</source>
        <translation>최근 30일</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="65"/>
        <source>Last 90 days</source>
        <translation>최근 90일</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="66"/>
        <source>Chosen dates</source>
        <translation>날짜 지정</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="70"/>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="74"/>
        <source>From date</source>
        <translation>시작 날짜</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="74"/>
        <source>To date</source>
        <translation>끝 날짜</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="79"/>
        <source>&amp;Make the report</source>
        <translation>보고서 만들기(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="83"/>
        <source>Report preview</source>
        <translation>보고서 미리 보기</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="87"/>
        <source>Save as &amp;PDF…</source>
        <translation>PDF로 저장(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="89"/>
        <source>P&amp;rint…</source>
        <translation>인쇄(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="91"/>
        <source>Export &amp;CSV</source>
        <translation>CSV 내보내기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="94"/>
        <source>Critical alerts and what was done</source>
        <translation>위급 알림과 조치</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="95"/>
        <source>Alerts</source>
        <translation>알림</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="96"/>
        <source>Readings</source>
        <translation>측정값</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="97"/>
        <source>Mental reports</source>
        <translation>정서 보고서</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="98"/>
        <source>Care log</source>
        <translation>돌봄 기록</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="103"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="109"/>
        <source>&amp;Kind</source>
        <translation>종류(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="110"/>
        <source>P&amp;eriod</source>
        <translation>기간(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="164"/>
        <source>The start date must be before the end date.</source>
        <translation>시작 날짜가 끝 날짜보다 앞서야 합니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="168"/>
        <source>Making the report…</source>
        <translation>보고서를 만드는 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="199"/>
        <source>%n alert(s) in this period.</source>
        <translation>
            <numerusform>이 기간의 알림 %n건.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="212"/>
        <source>Care report</source>
        <translation>돌봄 보고서</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="223"/>
        <source>This report on %1</source>
        <translation>%1 보고서</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="231"/>
        <source>Save as PDF</source>
        <translation>PDF로 저장</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="231"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="257"/>
        <source>the printer</source>
        <translation>프린터</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="187"/>
        <source>No readings in this period.</source>
        <translation>이 기간에는 측정값이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="212"/>
        <source>%1 years</source>
        <translation>%1세</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="214"/>
        <source>Made</source>
        <translation>작성</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="215"/>
        <source>the week before</source>
        <translation>지난주</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="217"/>
        <source>Only the first alerts of the period are listed.</source>
        <translation>이 기간의 처음 알림만 실었습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="220"/>
        <source>No alerts in this period.</source>
        <translation>이 기간에는 알림이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="224"/>
        <source>No critical alerts in this period.</source>
        <translation>이 기간에 위급 알림이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="225"/>
        <source>Other alerts</source>
        <translation>그 밖의 알림</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="227"/>
        <source>Nothing in the care log in this period.</source>
        <translation>이 기간의 돌봄 기록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="230"/>
        <source>Public broadcasts (disaster, weather, fine dust)</source>
        <translation>공공 안내 (재난·기상·미세먼지)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="233"/>
        <source>No public broadcasts in this period.</source>
        <translation>이 기간에 공공 안내가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="237"/>
        <source>Against the elder&apos;s usual</source>
        <translation>어르신의 평소와 비교</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="238"/>
        <source>Mood</source>
        <translation>마음 상태</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="239"/>
        <source>No mood analysis yet.</source>
        <translation>아직 마음 상태 분석이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="241"/>
        <source>Times are in this computer’s time zone. This report holds personal health information: keep it safe and share it only with the people caring for this person.</source>
        <translation>시각은 이 컴퓨터의 시간대 기준입니다. 이 보고서에는 개인 건강 정보가 들어 있으니 안전하게 보관하고 이분을 돌보는 사람과만 나누세요.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="262"/>
        <source>female</source>
        <translation>여성</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/document.py" line="263"/>
        <source>male</source>
        <translation>남성</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="21"/>
        <source>Fall detected</source>
        <translation>낙상 감지</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="23"/>
        <source>Fire detected</source>
        <translation>화재 감지</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="36"/>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="98"/>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="114"/>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="133"/>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="37"/>
        <source>Grade</source>
        <translation>등급</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="38"/>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="99"/>
        <source>Alert</source>
        <translation>알림</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="39"/>
        <source>Acknowledged by</source>
        <translation>확인한 사람</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="40"/>
        <source>Acknowledged at</source>
        <translation>확인 시각</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="51"/>
        <source>(not recorded)</source>
        <translation>(기록 없음)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="61"/>
        <source>not yet</source>
        <translation>아직 확인 안 됨</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="78"/>
        <source>acknowledged; no outcome recorded</source>
        <translation>확인만 함 (조치 기록 없음)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="81"/>
        <source>nobody took it</source>
        <translation>아무도 맡지 않음</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="91"/>
        <source>still open</source>
        <translation>아직 열림</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="100"/>
        <source>Taken by</source>
        <translation>맡은 사람</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="101"/>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="102"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="115"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="116"/>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="117"/>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="134"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="135"/>
        <source>Who</source>
        <translation>누가</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="136"/>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="152"/>
        <source>Measure</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="153"/>
        <source>Latest</source>
        <translation>최근 값</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="154"/>
        <source>Measured</source>
        <translation>측정 시각</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="155"/>
        <source>Lowest</source>
        <translation>최저</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="156"/>
        <source>Average</source>
        <translation>평균</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="157"/>
        <source>Highest</source>
        <translation>최고</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="160"/>
        <source>Average, the week before</source>
        <translation>지난주 평균</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="183"/>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="184"/>
        <source>To</source>
        <translation>끝</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="185"/>
        <source>Average score</source>
        <translation>평균 점수</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="186"/>
        <source>Critical days</source>
        <translation>위기 일수</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="187"/>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="207"/>
        <source>Not enough history yet to know the elder&apos;s usual.</source>
        <translation>어르신의 평소를 알 만큼 기록이 아직 쌓이지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="211"/>
        <source>Within the elder&apos;s usual: %1</source>
        <translation>평소 범위 안: %1</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="213"/>
        <source>No readings in this period to compare.</source>
        <translation>이 기간에 비교할 기록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/tables.py" line="215"/>
        <source>The usual is learned from the elder&apos;s last %1 day(s).</source>
        <translation>평소 범위는 어르신의 최근 %1일 기록으로 정했습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="220"/>
        <source>Carebot</source>
        <translation>케어봇</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="221"/>
        <source>summary</source>
        <translation>주간요약</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="221"/>
        <source>report</source>
        <translation>보고서</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="223"/>
        <source>critical alerts</source>
        <translation>위급알림</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="224"/>
        <source>alerts</source>
        <translation>알림</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="225"/>
        <source>readings</source>
        <translation>측정값</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="226"/>
        <source>mental reports</source>
        <translation>마음보고서</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/report/report_dialog.py" line="227"/>
        <source>care log</source>
        <translation>돌봄기록</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/resolve_dialog.py" line="29"/>
        <source>Resolve the alert</source>
        <translation>알림 해결</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/resolve_dialog.py" line="34"/>
        <source>What was done?</source>
        <translation>무엇을 했나요?</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/resolve_dialog.py" line="42"/>
        <source>Note (what you saw, what you did)</source>
        <translation>메모 (본 것, 한 일)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/resolve_dialog.py" line="44"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/resolve_dialog.py" line="57"/>
        <source>&amp;Resolve</source>
        <translation>해결(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/resolve_dialog.py" line="72"/>
        <source>Choose what was done before resolving the alert.</source>
        <translation>알림을 해결하기 전에 무엇을 했는지 고르세요.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/notifications/resolve_dialog.py" line="74"/>
        <source>The note is too long: at most %1 characters.</source>
        <translation>메모가 너무 깁니다: 최대 %1자까지 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/words.py" line="17"/>
        <source>False alarm</source>
        <translation>오경보</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/words.py" line="18"/>
        <source>The elder is fine</source>
        <translation>어르신 괜찮으심</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/words.py" line="19"/>
        <source>Visited</source>
        <translation>방문함</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/words.py" line="20"/>
        <source>Contacted the family</source>
        <translation>가족에게 연락함</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/words.py" line="21"/>
        <source>Called 119</source>
        <translation>119 신고</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/words.py" line="22"/>
        <source>Taken to hospital</source>
        <translation>병원 이송</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/words.py" line="23"/>
        <source>Other</source>
        <translation>기타</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="25"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="30"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="36"/>
        <source>Text size</source>
        <translation>글자 크기</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="39"/>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="41"/>
        <source>How often to check for new notifications</source>
        <translation>새 알림 확인 간격</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="43"/>
        <source>Play a &amp;sound for critical alerts until acknowledged</source>
        <translation>위급 알림은 확인할 때까지 소리로 알리기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="47"/>
        <source>Bring the &amp;window forward for a new critical alert</source>
        <translation>새 위급 알림이 오면 창을 앞으로 띄우기(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="51"/>
        <source>From the tray or the taskbar. Off: the desktop notification and the alarm still come.</source>
        <translation>트레이나 작업 표시줄에 있던 창을 앞으로 띄웁니다. 끄면 바탕 화면 알림과 경보음만 옵니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="47"/>
        <source>For care-centre accounts</source>
        <translation>요양기관 계정일 때</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="48"/>
        <source>Always</source>
        <translation>항상</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="49"/>
        <source>Never (closing quits)</source>
        <translation>안 함(닫으면 종료)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="53"/>
        <source>Keep watching in the tray after closing</source>
        <translation>창을 닫아도 트레이에서 계속 지켜보기</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="55"/>
        <source>As the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="56"/>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="57"/>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="59"/>
        <source>Colours</source>
        <translation>색상</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="61"/>
        <source>none: pictures are not loaded</source>
        <translation>없음: 이미지를 불러오지 않습니다</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="62"/>
        <source>Servers pictures may come from</source>
        <translation>이미지를 불러올 수 있는 서버</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="65"/>
        <source>Message pictures and alert photos are loaded only from these servers (names separated by commas).</source>
        <translation>메시지 이미지와 알림 사진은 이 서버에서만 불러옵니다 (이름은 쉼표로 구분).</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="68"/>
        <source>&amp;Also from this computer and the local network</source>
        <translation>이 컴퓨터와 내부 네트워크에서도 허용(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="71"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="74"/>
        <source>Alarm</source>
        <translation>알림음</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="75"/>
        <source>Keep watching in the &amp;tray after closing</source>
        <translation>닫은 뒤 트레이에서 계속 지켜보기(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="76"/>
        <source>&amp;Colours</source>
        <translation>색상(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="77"/>
        <source>&amp;Picture servers</source>
        <translation>이미지 서버(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="72"/>
        <source>Te&amp;xt size</source>
        <translation>글자 크기(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/settings_dialog.py" line="73"/>
        <source>Check for &amp;notifications every</source>
        <translation>새 알림 확인 간격(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ShiftDesk</name>
    <message>
        <location filename="../../carebot_desktop/ui/care/shift_desk.py" line="35"/>
        <source>Write a &amp;handover first…</source>
        <translation>먼저 인계 쓰기(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/shift_desk.py" line="57"/>
        <source>Sh&amp;ift handover…</source>
        <translation>근무 인계(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/shift_desk.py" line="58"/>
        <source>Shift handover: this shift&apos;s summary and a note</source>
        <translation>근무 인계: 이번 근무 요약과 메모</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/shift_desk.py" line="152"/>
        <source>Quitting stops this desk watching: no alarm, no banner, no escalation from here.</source>
        <translation>종료하면 이 데스크는 더 이상 지켜보지 않습니다. 여기서는 경보음도, 알림 띠도, 상향 알림도 없습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/shift_desk.py" line="156"/>
        <source>Signing out stops this desk watching: no alarm, no banner, no escalation from here.</source>
        <translation>로그아웃하면 이 데스크는 더 이상 지켜보지 않습니다. 여기서는 경보음도, 알림 띠도, 상향 알림도 없습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/shift_desk.py" line="160"/>
        <source>The open alerts could not be counted.</source>
        <translation>열린 알림 수를 세지 못했습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/care/shift_desk.py" line="161"/>
        <source>%n alert(s) are still open.</source>
        <translation>
            <numerusform>아직 열린 알림이 %n건 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/shift_desk.py" line="168"/>
        <source>Stop watching?</source>
        <translation>지켜보기를 멈출까요?</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/shift_desk.py" line="169"/>
        <source>&amp;Quit anyway</source>
        <translation>그래도 종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/care/shift_desk.py" line="169"/>
        <source>&amp;Sign out anyway</source>
        <translation>그래도 로그아웃(&amp;S)</translation>
    </message>
</context>
<context>
    <name>StatusChart</name>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="26"/>
        <source>Indoor temperature (°C)</source>
        <translation>실내 온도 (°C)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="27"/>
        <source>Humidity (%)</source>
        <translation>습도 (%)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="28"/>
        <source>Fine dust (µg/m³)</source>
        <translation>미세먼지 (µg/m³)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="29"/>
        <source>Ethanol / gas</source>
        <translation>에탄올·가스</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="30"/>
        <source>Heart rate (bpm)</source>
        <translation>심박수 (bpm)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="31"/>
        <source>Activity score</source>
        <translation>활동 점수</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="32"/>
        <source>Mood score</source>
        <translation>마음 점수</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="37"/>
        <location filename="../../carebot_desktop/ui/status/charts.py" line="159"/>
        <source>healthy range</source>
        <translation>적정 범위</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="46"/>
        <source>good</source>
        <translation>좋음</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="47"/>
        <source>moderate</source>
        <translation>보통</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="48"/>
        <source>bad</source>
        <translation>나쁨</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="49"/>
        <source>very bad</source>
        <translation>매우 나쁨</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/chart_text.py" line="57"/>
        <source>needs attention</source>
        <translation>관심 필요</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/charts.py" line="93"/>
        <location filename="../../carebot_desktop/ui/status/charts.py" line="162"/>
        <source>usual range</source>
        <translation>평소 범위</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/charts.py" line="105"/>
        <source>Value under the cursor</source>
        <translation>커서 위치의 값</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/charts.py" line="123"/>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/charts.py" line="192"/>
        <source>No readings in this period.</source>
        <translation>이 기간에는 측정값이 없습니다.</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="67"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="73"/>
        <source>&amp;24 hours</source>
        <translation>24시간(&amp;2)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="74"/>
        <source>&amp;7 days</source>
        <translation>7일(&amp;7)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="75"/>
        <source>&amp;30 days</source>
        <translation>30일(&amp;3)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="76"/>
        <source>C&amp;ustom</source>
        <translation>직접 설정(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="89"/>
        <source>Custom range start</source>
        <translation>기간 시작</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="90"/>
        <source>Custom range end</source>
        <translation>기간 끝</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="97"/>
        <source>&amp;Show</source>
        <translation>보기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="98"/>
        <source>Show the custom range</source>
        <translation>설정한 기간 보기</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="108"/>
        <source>Re&amp;port…</source>
        <translation>보고서(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="110"/>
        <source>Make a report on this elder (PDF, print, CSV)</source>
        <translation>이 어르신의 보고서 만들기(PDF, 인쇄, CSV)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="144"/>
        <source>Mood analysis and mental reports</source>
        <translation>마음 상태 분석과 정서 보고서</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="149"/>
        <source>Mood and care log</source>
        <translation>마음 상태와 돌봄 기록</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="150"/>
        <source>&amp;Mood</source>
        <translation>마음(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="151"/>
        <source>Care &amp;log</source>
        <translation>돌봄 기록(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="261"/>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="291"/>
        <source>Each point summarises %1 of readings.</source>
        <translation>그래프의 한 점은 %1 동안의 측정값을 요약합니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="295"/>
        <source>No readings in this period.</source>
        <translation>이 기간에는 측정값이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="320"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n초</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="322"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="323"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n시간</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="327"/>
        <source>How the elder is feeling</source>
        <translation>어르신의 마음 상태</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="328"/>
        <source>No mood analysis yet.</source>
        <translation>아직 마음 상태 분석이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="329"/>
        <source>Through the day</source>
        <translation>하루 동안의 감정</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="330"/>
        <source>Suggestions</source>
        <translation>권하는 일</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="331"/>
        <source>Mental reports</source>
        <translation>정서 보고서</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="332"/>
        <source>No report in this period.</source>
        <translation>이 기간의 보고서가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="333"/>
        <source>needs attention</source>
        <translation>관심 필요</translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/status/status_page.py" line="367"/>
        <source>Average %1 · critical days %2</source>
        <translation>평균 %1점 · 위기 %2일</translation>
    </message>
</context>
<context>
    <name>_Ago</name>
    <message>
        <location filename="../../carebot_desktop/ui/format.py" line="91"/>
        <source>just now</source>
        <translation>방금</translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/format.py" line="93"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n분 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/format.py" line="95"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n시간 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../carebot_desktop/ui/format.py" line="96"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n일 전</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../carebot_desktop/ui/format.py" line="105"/>
        <source>no data</source>
        <translation>데이터 없음</translation>
    </message>
</context>
</TS>
