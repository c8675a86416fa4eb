"""The translation catalogues against the code, without running lupdate.

Every source file of the package is parsed (``ast``) for ``self.tr()``,
``QCoreApplication.translate()`` (also as a module's ``translate = QCoreApplication.translate``),
``QT_TR_NOOP`` and ``QT_TRANSLATE_NOOP``, and the two catalogues are read as XML. A string
under a context the running program never asks for is English on the screen: the sign-in
page said "Connecting to the database…" because its Korean stood under the context
``self.window``.

The rule for contexts (README, "Translations"):

- ``self.tr()`` only, in a method of a class: its context is that class (PySide6 looks the
  text up under the instance's class and then its bases; lupdate files it under the class
  it is written in). ``other.tr()`` is refused: lupdate files it under the text ``other``.
- ``QCoreApplication.translate("Name", ...)`` names, as a literal, a class defined in
  ``carebot_desktop/ui`` or ``app.py``, spelled as the class is. A module-level function
  names the class that shows its words: a class of its own module when it has one (the
  handover's lines, ``HandoverDialog``), the window for the window's parts
  (``ui/window/``: ``MainWindow``), otherwise the class that shows them (the report's
  tables, ``ReportDialog``; the grade words, ``NotificationsModel``), so ``grep "class Name"``
  finds where a translator's words appear.
- Source texts, contexts and disambiguations are literals (lupdate cannot read anything
  else).
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

import carebot_desktop
from carebot_desktop.config import paths

PACKAGE = Path(carebot_desktop.__file__).resolve().parent
LANGUAGES = ("ko", "en")
QT_APPLICATIONS = {"QCoreApplication", "QGuiApplication", "QApplication"}
HANGUL = re.compile("[\uac00-\ud7a3]")
# Words a Korean translation may keep in Latin letters: names and abbreviations.
LATIN_KEPT = {
    "Carebot",
    "CSV",
    "PDF",
    "TLS",
    "CA",
    "MariaDB",
    "SQLite",
    "Qt",
    "AI",
    "ID",
    "bpm",
    "PC",
    "OS",
    "SMS",
    "URL",
}


@dataclass(frozen=True)
class Call:
    path: str
    line: int
    context: str | None
    source: str | None
    comment: str
    numerus: bool
    problem: str = ""

    @property
    def key(self) -> tuple[str | None, str | None, str]:
        return (self.context, self.source, self.comment)

    def where(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # the translation's type attribute ("" when finished)
    forms: tuple[str, ...]


def _module_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def _relative(path: Path) -> str:
    return str(path.relative_to(PACKAGE.parent))


def window_classes() -> dict[str, list[str]]:
    """The classes a context may name: those of ``ui/`` and ``app.py`` (where text is shown)."""
    found: dict[str, list[str]] = {}
    for path in _module_files():
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] != "ui" and str(relative) != "app.py":
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ClassDef):
                found.setdefault(node.name, []).append(_relative(path))
    return found


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _argument(call: ast.Call, position: int, name: str) -> ast.expr | None:
    if len(call.args) > position:
        return call.args[position]
    for keyword in call.keywords:
        if keyword.arg == name:
            return keyword.value
    return None


class _Collector(ast.NodeVisitor):
    def __init__(self, path: str) -> None:
        self.path = path
        self.classes: list[str] = []
        self.calls: list[Call] = []
        self.in_f_string = 0  # lupdate does not look inside f-strings

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        self.in_f_string += 1
        self.generic_visit(node)
        self.in_f_string -= 1

    def _add(self, node: ast.Call, context, source, comment, numerus, problem="") -> None:
        if not problem and source is None:
            problem = "the source text is not a literal"
        if not problem and comment is None:
            problem = "the disambiguation is not a literal"
        if not problem and self.in_f_string:
            problem = "inside an f-string, where lupdate does not look"
        self.calls.append(
            Call(self.path, node.lineno, context, source, comment or "", numerus, problem)
        )

    def visit_Call(self, node: ast.Call) -> None:
        function = node.func
        name = (
            function.attr
            if isinstance(function, ast.Attribute)
            else function.id
            if isinstance(function, ast.Name)
            else None
        )
        here = self.classes[-1] if self.classes else None
        if name == "tr":
            receiver = ast.unparse(function.value) if isinstance(function, ast.Attribute) else ""
            problem = ""
            if receiver != "self":
                problem = f"{receiver or 'bare'}.tr(): only self.tr() in a class finds its words"
            elif here is None:
                problem = "self.tr() outside a class"
            comment = _argument(node, 1, "disambiguation")
            self._add(
                node,
                here,
                _literal(_argument(node, 0, "sourceText")),
                "" if comment is None or _is_none(comment) else _literal(comment),
                _argument(node, 2, "n") is not None,
                problem,
            )
        elif name == "translate" and (
            (isinstance(function, ast.Name) and len(node.args) >= 2)
            or (
                isinstance(function, ast.Attribute)
                and isinstance(function.value, ast.Name)
                and function.value.id in QT_APPLICATIONS
            )
        ):
            comment = _argument(node, 2, "disambiguation")
            context = _literal(_argument(node, 0, "context"))
            self._add(
                node,
                context,
                _literal(_argument(node, 1, "sourceText")),
                "" if comment is None or _is_none(comment) else _literal(comment),
                _argument(node, 3, "n") is not None,
                "" if context is not None else "the context is not a literal",
            )
        elif name == "QT_TRANSLATE_NOOP":
            context = _literal(_argument(node, 0, "context"))
            self._add(
                node,
                context,
                _literal(_argument(node, 1, "sourceText")),
                "",
                False,
                "" if context is not None else "the context is not a literal",
            )
        elif name == "QT_TR_NOOP":
            self._add(
                node,
                here,
                _literal(_argument(node, 0, "sourceText")),
                "",
                False,
                "" if here else "QT_TR_NOOP outside a class",
            )
        self.generic_visit(node)


def _is_none(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def translation_calls() -> list[Call]:
    calls: list[Call] = []
    for path in _module_files():
        collector = _Collector(_relative(path))
        collector.visit(ast.parse(path.read_text("utf-8"), filename=str(path)))
        calls.extend(collector.calls)
    return calls


def catalogue(language: str) -> list[Entry]:
    tree = ET.parse(paths.resource("translations", f"carebot_{language}.ts"))
    entries = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
                kind = "missing"
            else:
                kind = translation.get("type", "")
                forms = (
                    tuple(f.text or "" for f in translation.iter("numerusform"))
                    if numerus
                    else (translation.text or "",)
                )
            entries.append(
                Entry(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    numerus,
                    kind,
                    forms,
                )
            )
    return entries


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1) if match else None


def test_the_scan_finds_the_calls_it_should():
    """The scanner itself: it sees each way the code translates (so the checks below are
    not passing on an empty list)."""
    calls = translation_calls()
    assert len(calls) > 500
    by_key = {(c.path.split("/", 1)[1], c.context, c.source) for c in calls}
    assert ("ui/main_window.py", "MainWindow", "Overview") not in by_key  # sidebar's
    assert ("ui/window/sidebar.py", "MainWindow", "Overview") in by_key  # translate()
    assert any(c.path.endswith("ui/format.py") and c.numerus for c in calls)  # %n
    assert any(c.path.endswith("ui/login/login_page.py") for c in calls)  # self.tr()


@pytest.mark.parametrize(
    ("code", "problem"),
    [
        ("class A:\n    def f(self):\n        self.window.tr('x')\n", "self.window.tr()"),
        ("def f(self):\n    return self.tr('x')\n", "outside a class"),
        ("class A:\n    def f(self, s):\n        self.tr(s)\n", "not a literal"),
        ("QCoreApplication.translate(name, 'x')\n", "context is not a literal"),
        ("class A:\n    def f(self, n):\n        f'{n or self.tr(\"x\")}'\n", "f-string"),
    ],
)
def test_the_scan_refuses_what_lupdate_files_elsewhere(code, problem):
    collector = _Collector("carebot_desktop/x.py")
    collector.visit(ast.parse(code))
    assert [c.problem for c in collector.calls if problem in c.problem], collector.calls


def test_every_context_in_the_code_is_a_class():
    classes = window_classes()
    wrong = []
    for call in translation_calls():
        if call.problem:
            wrong.append(f"{call.where()}: {call.problem}")
        elif call.context not in classes:
            wrong.append(f"{call.where()}: context {call.context!r} is not a class of ui/")
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_finished_and_used(language):
    used = {c.key for c in translation_calls() if not c.problem}
    wrong = []
    seen: set[tuple[str, str, str]] = set()
    for entry in catalogue(language):
        key = (entry.context, entry.source, entry.comment)
        name = f"{entry.context}: {entry.source!r}"
        if key in seen:
            wrong.append(f"{name} twice")
        seen.add(key)
        if entry.kind:
            wrong.append(f"{name} is {entry.kind}")
        elif not entry.forms or not all(form.strip() for form in entry.forms):
            wrong.append(f"{name} is empty")
        if key not in used:
            wrong.append(f"{name}: no code asks for it under this context (vanished)")
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_in_the_code_has_its_entry(language):
    entries = {(e.context, e.source, e.comment): e for e in catalogue(language)}
    missing = []
    for call in translation_calls():
        if call.problem:
            continue
        entry = entries.get(call.key)
        if entry is None:
            missing.append(f"{call.where()}: {call.context}: {call.source!r}")
        elif entry.numerus != call.numerus:
            missing.append(f"{call.where()}: {call.source!r}: numerus differs from the call")
    assert missing == []


def test_korean_entries_are_korean_and_keep_their_keys():
    wrong = []
    for entry in catalogue("ko"):
        name = f"{entry.context}: {entry.source!r}"
        for form in entry.forms:
            latin = set(re.findall(r"[A-Za-z]{2,}", form)) - LATIN_KEPT
            if latin and not HANGUL.search(form):
                wrong.append(f"{name} -> {form!r} is not Korean")
            if _mnemonic(entry.source) and not _mnemonic(form):
                wrong.append(f"{name} -> {form!r} lost its keyboard key")
    assert wrong == []
