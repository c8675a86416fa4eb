"""The care log's and the handover's words: the outcomes of ``care.OUTCOMES`` (in the
notification screens' translation context, so one translation serves both) and what a
line of the care log is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from carebot_desktop.services import care


def _care(text: str) -> str:
    return QCoreApplication.translate("CareText", text)


def _log(text: str) -> str:
    return QCoreApplication.translate("CareLog", text)


def outcome_labels() -> dict[str, str]:
    """``care.OUTCOMES`` in the person's language, in the contract's order."""
    labels = {
        "false_alarm": _care("False alarm"),
        "elder_fine": _care("The elder is fine"),
        "visited": _care("Visited"),
        "family_contacted": _care("Contacted the family"),
        "emergency_services": _care("Called 119"),
        "hospital": _care("Taken to hospital"),
        "other": _care("Other"),
    }
    return {outcome: labels[outcome] for outcome in care.OUTCOMES}


def outcome_text(outcome: object) -> str:
    return outcome_labels().get(str(outcome), str(outcome or ""))


def kind_text(kind: str) -> str:
    """A care-log line's kind, as a word (never colour or icon alone)."""
    return {
        "note": _log("Note"),
        "alert": _log("Alert closed"),
        "message": _log("Message"),
    }.get(kind, kind)
