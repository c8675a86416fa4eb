<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<!-- Qt's own words that Qt's Korean catalogue (qtbase_ko.qm of Qt 6.11) lacks: the file
dialog's and the print dialog's labels gained keyboard keys (&) and their Korean was lost,
so they showed in English. Loaded after qtbase_ko by carebot_desktop/ui/resources.py;
`make lupdate` does not touch this file. tests/unit/ui/test_words.py opens the dialogs. -->
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>다음에서 찾기(&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>파일 형식(&amp;T):</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>쪽 집합(&amp;S):</translation>
    </message>
</context>
</TS>
