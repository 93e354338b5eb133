"""Mat Companion: a relaxation companion for acupressure-mat sessions.

The identity below is the one place the app's names come from: Qt's application
and organisation names, the desktop file name and the platformdirs folders all
derive from ``APP_ID`` so they can never disagree.
"""

__version__ = "0.1.0"

APP_ID = "org.matcompanion.MatCompanion"
APP_NAME = "Mat Companion"
ORGANIZATION_NAME = "Mat Companion"
ORGANIZATION_DOMAIN = ".".join(reversed(APP_ID.split(".")[:-1]))
