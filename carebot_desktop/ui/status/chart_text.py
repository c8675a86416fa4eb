"""Titles and healthy-range bands of the status charts (no pyqtgraph: the status page
shows these before the charts themselves are built)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from carebot_desktop.services import dashboard


@dataclass(frozen=True)
class Band:
    low: float
    high: float
    colour: tuple[int, int, int, int]  # RGBA
    label: str


GREEN = (46, 125, 50, 40)


def chart_title(series: str) -> str:
    return {
        "temperature": QCoreApplication.translate("StatusChart", "Indoor temperature (°C)"),
        "humidity": QCoreApplication.translate("StatusChart", "Humidity (%)"),
        "dust_level": QCoreApplication.translate("StatusChart", "Fine dust (µg/m³)"),
        "ethanol": QCoreApplication.translate("StatusChart", "Ethanol / gas"),
        "heart_rate": QCoreApplication.translate("StatusChart", "Heart rate (bpm)"),
        "activity_score": QCoreApplication.translate("StatusChart", "Activity score"),
        "mental_score": QCoreApplication.translate("StatusChart", "Mood score"),
    }[series]


def bands(series: str) -> list[Band]:
    healthy = QCoreApplication.translate("StatusChart", "healthy range")
    if series == "temperature":
        return [Band(*dashboard.TEMPERATURE_RANGE, GREEN, healthy)]
    if series == "humidity":
        return [Band(*dashboard.HUMIDITY_RANGE, GREEN, healthy)]
    if series == "heart_rate":
        return [Band(*dashboard.HEART_RATE_RANGE, GREEN, healthy)]
    if series == "dust_level":
        return [
            Band(0, 15, (30, 136, 229, 30), QCoreApplication.translate("StatusChart", "good")),
            Band(15, 35, (67, 160, 71, 30), QCoreApplication.translate("StatusChart", "moderate")),
            Band(35, 75, (249, 168, 37, 45), QCoreApplication.translate("StatusChart", "bad")),
            Band(75, 150, (229, 57, 53, 40), QCoreApplication.translate("StatusChart", "very bad")),
        ]
    if series == "mental_score":
        return [
            Band(
                0,
                dashboard.MENTAL_CONCERN_BELOW,
                (229, 57, 53, 30),
                QCoreApplication.translate("StatusChart", "needs attention"),
            )
        ]
    return []
