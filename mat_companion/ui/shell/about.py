"""The About dialog: version, what the app is, and the safety notice."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from mat_companion import APP_NAME, __version__


def about_text() -> str:
    """The dialog's rich text."""
    return f"<h2>{APP_NAME} {__version__}</h2>" + QCoreApplication.translate(
        "About",
        "<p>A relaxation companion for acupressure-mat sessions: stages, a session "
        "timer, a breathing pacer, ambient sound and your own history.</p>"
        "<p><b>Safety.</b> Many people find the mat helps them relax, and small studies "
        "suggest short-term relief for some neck and back pain.</p>"
        "<p>Please check with your doctor before using the mat if you:</p>"
        "<ul><li>are pregnant</li><li>take blood thinners</li>"
        "<li>have broken or fragile skin</li><li>have diabetes or poor circulation</li>"
        "<li>have a heart condition</li><li>have epilepsy</li><li>have a fever</li>"
        "<li>have cancer or had recent spinal surgery</li></ul>"
        "<p>Stop if:</p>"
        "<ul><li>your skin breaks or bleeds</li><li>your skin goes numb</li>"
        "<li>you feel faint</li></ul>"
        "<p><b>This app is not medical advice</b> and does not diagnose or treat anything.</p>"
        "<p>Your data stays on this computer; the app never connects to the network.</p>",
    )


def show_about(parent: QWidget) -> QMessageBox:
    """Open the About dialog (window-modal, non-blocking) and return it."""
    box = QMessageBox(parent)
    box.setObjectName("about_dialog")
    box.setWindowTitle(QCoreApplication.translate("About", "About {name}").format(name=APP_NAME))
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.setText(about_text())
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setAccessibleName(box.windowTitle())
    box.open()
    return box
