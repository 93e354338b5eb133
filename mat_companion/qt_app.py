"""The running Qt application, for code that is not handed it (quit signals, the style).

``QCoreApplication.instance()`` is None before the application exists; code that
needs one says so here, by name, instead of failing on ``None`` further on.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication

AppT = TypeVar("AppT", bound=QCoreApplication)


def running_app(kind: type[AppT]) -> AppT:
    """The application of ``kind`` (QCoreApplication, QApplication) that is running."""
    app = QCoreApplication.instance()
    if not isinstance(app, kind):
        raise RuntimeError(f"this needs a running {kind.__name__}, not {app!r}")
    return app
