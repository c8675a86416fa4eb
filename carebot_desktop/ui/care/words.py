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
        "false_alarm": translate("ResolveDialog", "False alarm"),
        "elder_fine": translate("ResolveDialog", "The elder is fine"),
        "visited": translate("ResolveDialog", "Visited"),
        "family_contacted": translate("ResolveDialog", "Contacted the family"),
        "emergency_services": translate("ResolveDialog", "Called 119"),
        "hospital": translate("ResolveDialog", "Taken to hospital"),
        "other": translate("ResolveDialog", "Other"),
    }
    return {outcome: labels[outcome] for outcome in care.OUTCOMES}


def outcome_text(outcome: object) -> str:
    return outcome_labels().get(str(outcome), str(outcome or ""))


def kind_text(kind: str) -> str:
    """A care-log line's kind, as a word (never colour or icon alone)."""
    translate = QCoreApplication.translate
    return {
        "note": translate("CareLogModel", "Note"),
        "alert": translate("CareLogModel", "Alert closed"),
        "message": translate("CareLogModel", "Message"),
    }.get(kind, kind)
