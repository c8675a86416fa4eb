"""The care log's and the handover's words: the outcomes of ``care.OUTCOMES`` (in the
notification screens' translation context, so one translation serves both) and what a
line of the care log is. Each call is written out: lupdate finds only literal
``translate`` calls, never a helper's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from carebot_desktop.services import care


def outcome_labels() -> dict[str, str]:
    """``care.OUTCOMES`` in the person's language, in the contract's order."""
    translate = QCoreApplication.translate
    labels = {
        "false_alarm": translate("CareText", "False alarm"),
        "elder_fine": translate("CareText", "The elder is fine"),
        "visited": translate("CareText", "Visited"),
        "family_contacted": translate("CareText", "Contacted the family"),
        "emergency_services": translate("CareText", "Called 119"),
        "hospital": translate("CareText", "Taken to hospital"),
        "other": translate("CareText", "Other"),
    }
    return {outcome: labels[outcome] for outcome in care.OUTCOMES}


def outcome_text(outcome: object) -> str:
    return outcome_labels().get(str(outcome), str(outcome or ""))


def kind_text(kind: str) -> str:
    """A care-log line's kind, as a word (never colour or icon alone)."""
    translate = QCoreApplication.translate
    return {
        "note": translate("CareLog", "Note"),
        "alert": translate("CareLog", "Alert closed"),
        "message": translate("CareLog", "Message"),
    }.get(kind, kind)
