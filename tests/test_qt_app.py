"""The running Qt application, by the kind the caller needs."""

import subprocess
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from mat_companion.qt_app import running_app


def run_child(code: str) -> subprocess.CompletedProcess[str]:
    """``code`` in a fresh interpreter, where no application runs yet."""
    prelude = "from PySide6.QtCore import QCoreApplication\n"
    prelude += "from PySide6.QtWidgets import QApplication\n"
    prelude += "from mat_companion.qt_app import running_app\n"
    return subprocess.run(
        [sys.executable, "-c", prelude + code],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )


def test_the_running_application_is_found_by_its_kind(qapp: QApplication) -> None:
    assert running_app(QCoreApplication) is qapp
    assert running_app(QApplication) is qapp


def test_without_an_application_it_says_which_kind_was_needed() -> None:
    child = run_child("running_app(QCoreApplication)")
    assert child.returncode == 1
    assert "RuntimeError: this needs a running QCoreApplication, not None" in child.stderr


def test_a_core_application_is_not_taken_for_a_widgets_one() -> None:
    child = run_child("app = QCoreApplication([])\nrunning_app(QApplication)")
    assert child.returncode == 1
    assert "RuntimeError: this needs a running QApplication, not <PySide6" in child.stderr
