"""Carebot Desktop: the caregivers' and families' desktop client for the Carebot system."""

__version__ = "0.1.0"
APP_NAME = "CarebotDesktop"
ORG_NAME = "Carebot"
