"""The History page's line on where the history lives and when another copy was last merged.

Someone who linked ``history.json`` into a synced folder sees here that the link
holds (or that its drive is not there), without opening a file manager.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from mat_companion.core.history_location import HistoryLocation
from mat_companion.ui.i18n.language import date_time
from mat_companion.ui.widgets.wrapped_label import WrappedLabel

#: A path longer than this is shown with its middle folders left out (in full in the tooltip).
SHOWN_PATH_LENGTH = 60


def shortened(path: Path) -> str:
    """``path`` as a person reads it: the home folder as ``~``, a long middle left out."""
    try:
        shown = Path("~") / path.relative_to(Path.home())
    except ValueError:
        shown = path
    parts = shown.parts
    if len(str(shown)) <= SHOWN_PATH_LENGTH or len(parts) <= 4:
        return str(shown)
    return str(Path(parts[0], parts[1], "…", *parts[-2:]))


class HistoryLocationLabel(WrappedLabel):
    """Says where the history is saved (through which link) and when a copy was last merged.

    The text can be selected, to copy the path; the full paths are in the
    tooltip and the accessible description, for a screen reader.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("history_location")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(self.tr("Where your history is saved"))

    def show_location(self, location: HistoryLocation) -> None:
        """Show ``location``, in short here and in full for the tooltip and screen readers."""
        shown = self._sentences(location, shortened)
        self.setText(shown)
        full = self._sentences(location, str)
        self.setToolTip(full if full != shown else "")
        self.setAccessibleDescription(full)

    def _sentences(self, location: HistoryLocation, spell: Callable[[Path], str]) -> str:
        if not location.available:
            where = self.tr(
                "Your history is on {target}, which is not available; nothing will be saved "
                "until it is back."
            ).format(target=spell(location.target or location.path))
        elif location.target is None:
            where = self.tr("Your history is saved in {path}.").format(path=spell(location.path))
        else:
            where = self.tr("Your history is saved in {target}, through the link {path}.").format(
                target=spell(location.target), path=spell(location.path)
            )
        if location.last_merged is None:
            return where
        merged = self.tr("Another copy of it was last merged in on {when}.").format(
            when=date_time(location.last_merged)
        )
        return f"{where}\n{merged}"
