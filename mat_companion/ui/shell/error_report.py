"""Uncaught exceptions: logged, and shown to the user instead of a silent vanish."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from mat_companion.ui.i18n.localise import shown

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def make_excepthook(log_file: Path) -> ExceptHook:
    """An ``sys.excepthook`` that logs the exception and shows a dialog naming the log file."""
    showing: list[QWidget] = []

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.critical("uncaught exception", exc_info=(kind, error, trace))
        if QApplication.instance() is None:
            return
        from PySide6.QtWidgets import QMessageBox  # loaded only when something went wrong

        box = QMessageBox(QApplication.activeWindow())
        box.setObjectName("error_dialog")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("ErrorReport", "Something went wrong"))
        box.setText(
            QCoreApplication.translate(
                "ErrorReport",
                "Something unexpected went wrong: {error}. Your saved sessions are safe. "
                "The details are in the log file {log}.",
            ).format(error=shown(str(error) or kind.__name__), log=shown(str(log_file)))
        )
        showing.append(box)
        box.finished.connect(lambda _result: showing.remove(box))
        box.open()

    return hook
