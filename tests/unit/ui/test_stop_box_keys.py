"""The box asked before signing out of (or quitting) a watching desk (issue 20): "먼저
인계 쓰기…" had no keyboard key. Each of its buttons has one of its own, in Korean and in
English."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from carebot_desktop.ui import format as fmt
from carebot_desktop.ui.care import shift_desk
from carebot_desktop.ui.resources import install_translations

ASK_STOP = shift_desk.ask_stop  # the real one (the tests' conftest answers it)


@pytest.mark.parametrize("language", ["ko", "en"])
@pytest.mark.parametrize("stop_label", ["&Sign out anyway", "&Quit anyway"])
def test_the_stop_box_has_a_key_for_each_answer(qtbot, qapp, monkeypatch, language, stop_label):
    before = fmt.language()
    translators = install_translations(qapp, language)
    shown: list[list[str]] = []

    def answer(box: QMessageBox) -> int:
        shown.append([b.text() for b in box.buttons()])
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    parent = QWidget()
    qtbot.addWidget(parent)
    try:
        label = qapp.translate("ShiftDesk", stop_label)
        ASK_STOP(parent, "t", "x", label)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        fmt.set_language(before)
    texts = shown[0]
    first = next(t for t in texts if "인계" in t or "handover" in t)
    keys = [QKeySequence.mnemonic(t).toString() for t in texts]
    assert not QKeySequence.mnemonic(first).isEmpty(), first
    named = [k for k in keys if k]
    assert len(named) == len(set(named)), texts
