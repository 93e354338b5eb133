"""Counted words ("1 session", "3 sessions") in the current language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("Plurals", text)


_FORMS = {
    "session": (lambda: _tr("{n} session"), lambda: _tr("{n} sessions")),
    "day": (lambda: _tr("{n} day"), lambda: _tr("{n} days")),
    "minute": (lambda: _tr("{n} min"), lambda: _tr("{n} min")),
}


def counted(n: int, word: str) -> str:
    """Give ``n`` with the word for it: 3 and "session" make "3 sessions"."""
    one, many = _FORMS[word]
    return (one if n == 1 else many)().format(n=n)
