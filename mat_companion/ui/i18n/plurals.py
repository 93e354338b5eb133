"""Counted words ("1 session", "3 sessions") in the current language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

_FORMS: dict[str, tuple[Callable[[], str], Callable[[], str]]] = {
    "session": (
        lambda: QCoreApplication.translate("Plurals", "{n} session"),
        lambda: QCoreApplication.translate("Plurals", "{n} sessions"),
    ),
    "day": (
        lambda: QCoreApplication.translate("Plurals", "{n} day"),
        lambda: QCoreApplication.translate("Plurals", "{n} days"),
    ),
    "minute": (
        lambda: QCoreApplication.translate("Plurals", "{n} min"),
        lambda: QCoreApplication.translate("Plurals", "{n} min"),
    ),
}


def counted(n: int, word: str) -> str:
    """Give ``n`` with the word for it: 3 and "session" make "3 sessions"."""
    one, many = _FORMS[word]
    return (one if n == 1 else many)().format(n=n)
