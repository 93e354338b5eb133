"""The History page: every session in a table to sort, search, open, edit, delete and undo.

Each change goes through the history store (so it is saved at once, atomically)
and onto an undo stack: Ctrl+Z takes back a delete, an edit or an addition.
The Trends tab (stats and charts) is built the first time it is opened.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mat_companion.core.breathing_choices import PatternChoice
from mat_companion.core.clock import WallClock
from mat_companion.core.files import StorageError
from mat_companion.core.history_schema import Session
from mat_companion.core.stages import Stage
from mat_companion.core.texts import Message, Text, TextError, text
from mat_companion.ui.history.day_filter import DayFilterEdit
from mat_companion.ui.history.location import HistoryLocationLabel
from mat_companion.ui.history.table_model import HistoryFilter, HistoryTableModel
from mat_companion.ui.history.table_view import SessionsTable
from mat_companion.ui.i18n.localise import tr_core
from mat_companion.ui.i18n.plurals import counted
from mat_companion.ui.shell.pages import heading
from mat_companion.ui.widgets.questions import ask
from mat_companion.ui.widgets.wrapped_label import WrappedLabel

if TYPE_CHECKING:
    from mat_companion.core.history_store import HistoryStore
    from mat_companion.core.settings import Settings
    from mat_companion.ui.history.record_editor import SessionEditor
    from mat_companion.ui.history.trends import TrendsView


@dataclass(frozen=True)
class Exported:
    """An export that wrote every session: news, not a warning."""

    sentence: str


@dataclass
class HistoryServices:
    """What the History page needs from the rest of the app."""

    store: Callable[[], HistoryStore]
    stages: list[Stage]
    patterns: list[PatternChoice]
    settings: Settings
    notice: Callable[[Message], None]
    #: Says that something worked (an export, an import): a calm notice, logged as info.
    inform: Callable[[Message], None]
    wall_clock: WallClock


class StoreCommand(QUndoCommand):
    """One change to the history that can be taken back; a refused write is reported, not raised."""

    def __init__(
        self, text: str, do: Callable[[], object], undo: Callable[[], object], page: HistoryPage
    ) -> None:
        super().__init__(text)
        self._do, self._undo, self._page = do, undo, page

    def redo(self) -> None:
        """Apply the change and show the result; a refused one leaves nothing to undo."""
        if not self._page.apply(self._do):
            self.setObsolete(True)

    def undo(self) -> None:
        """Take the change back and show the result."""
        self._page.apply(self._undo)


class HistoryPage(QWidget):
    """The sessions table with its filters and actions, and the Trends tab."""

    def __init__(self, services: HistoryServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_history")
        self.setAccessibleName(self.tr("History"))
        self._services = services
        self._shown: object = None
        self.undo_stack = QUndoStack(self)
        self.editor: SessionEditor | None = None
        self.confirm_delete: QMessageBox | None = None
        self.confirm_import: QMessageBox | None = None
        self.trends: TrendsView | None = None
        stage_names = {stage.key: stage.name for stage in services.stages}
        pattern_names = {choice.key: choice.name for choice in services.patterns}
        self.model = HistoryTableModel(services.store().sessions, stage_names, pattern_names, self)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("History")))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("history_tabs")
        layout.addWidget(self.tabs)
        self.tabs.addTab(self._sessions_tab(stage_names), self.tr("&Sessions"))
        self.tabs.addTab(QWidget(), self.tr("&Trends"))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self._show_count()

    def _sessions_tab(self, stage_names: dict[str, str]) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.addLayout(self._filters(stage_names))
        column.addLayout(self._dates())
        column.addWidget(self._table(), 1)
        column.addLayout(self._actions())
        column.addLayout(self._file_row())
        self._connect()
        self._show_selection()
        return tab

    def _filters(self, stage_names: dict[str, str]) -> QHBoxLayout:
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("history_search")
        self.search.setPlaceholderText(self.tr("Search notes, stages, positions…"))
        self.search.setAccessibleName(self.tr("Search the history"))
        self.search.setClearButtonEnabled(True)
        self.stage_filter = QComboBox()
        self.stage_filter.setAccessibleName(self.tr("Show the stage"))
        self.stage_filter.addItem(self.tr("All stages"), None)
        for key, name in stage_names.items():
            self.stage_filter.addItem(name, key)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.stage_filter)
        return filters

    def _dates(self) -> QHBoxLayout:
        """The date range, and how many sessions are shown."""
        today = self._today
        self.first_day = DayFilterEdit(self.tr("From date"), today)
        self.last_day = DayFilterEdit(self.tr("Until date"), today)
        dates = QHBoxLayout()
        for words, edit in ((self.tr("Fro&m"), self.first_day), (self.tr("unti&l"), self.last_day)):
            label = QLabel(words)
            label.setBuddy(edit)
            dates.addWidget(label)
            dates.addWidget(edit)
        dates.addStretch(1)
        self.count = WrappedLabel()  # the empty history's two sentences: whole at any font
        self.count.setObjectName("history_count")
        # Never squeezed to a sliver, which would claim the height of twenty lines.
        self.count.setMinimumWidth(self.count.fontMetrics().averageCharWidth() * 36)
        dates.addWidget(self.count, 2)
        return dates

    def _today(self) -> date:
        return self._services.wall_clock().date()

    def _table(self) -> SessionsTable:
        self.table = SessionsTable()
        self.table.setObjectName("history_table")
        self.table.setAccessibleName(self.tr("Sessions"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        return self.table

    def _actions(self) -> QHBoxLayout:
        actions = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setAccessibleName(self.tr("Add a session done without the app"))
        self.open_button = QPushButton(self.tr("&Open…"))
        self.open_button.setAccessibleName(self.tr("Open the selected session"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected session"))
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setToolTip(self.tr("Undo (Ctrl+Z)"))
        self.undo_button.setEnabled(False)
        for button in (self.add_button, self.open_button, self.delete_button, self.undo_button):
            actions.addWidget(button)
        actions.addStretch(1)
        return actions

    def _file_row(self) -> QHBoxLayout:
        """Where the history lives, and export and import beside it.

        A row of its own: with the session buttons, six buttons in German made the
        page wider than an 800 px screen.
        """
        row = QHBoxLayout()
        self.location = HistoryLocationLabel()
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setAccessibleName(self.tr("Export the history to a file"))
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setAccessibleName(self.tr("Import sessions from a file"))
        row.addWidget(self.location, 1)
        row.addWidget(self.export_button)
        row.addWidget(self.import_button)
        return row

    def _connect(self) -> None:
        self.search.textChanged.connect(self._on_filter_changed)
        self.stage_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.first_day.dateChanged.connect(self._on_filter_changed)
        self.last_day.dateChanged.connect(self._on_filter_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.add_button.clicked.connect(self.add_session)
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._on_undo_text_changed)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.table.selectionModel().selectionChanged.connect(self._show_selection)
        self.model.modelReset.connect(self._show_selection)
        self.model.modelReset.connect(self.table.fit_columns)
        for keys, action in (
            (QKeySequence.StandardKey.Undo, self.undo_stack.undo),
            (QKeySequence.StandardKey.Delete, self._on_delete_clicked),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)
        for key in ("Return", "Enter"):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.open_selected)

    # Showing ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Pick up sessions saved since the page was last shown; get searching ready when idle."""
        self.refresh()
        super().showEvent(event)
        QTimer.singleShot(0, self.model.prepare_search)

    def refresh(self) -> None:
        """Show the store's sessions if they changed (the store replaces its list on a save).

        Where the history lives is read again each time: a link's drive comes and goes.
        """
        self.location.show_location(self._services.store().location)
        sessions = self._services.store().sessions
        if sessions is not self._shown:
            self._shown = sessions
            self.model.set_sessions(sessions)
            self._show_count()
            if self.trends is not None:
                self.trends.refresh()

    def _show_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if total == 0:
            text = self.tr(
                "No sessions yet. Each session you finish appears here with how you felt "
                "before and after; one done without the app can be added with Add…"
            )
        elif shown == total:
            text = counted(total, "session")
        else:
            text = self.tr("{shown} of {sessions}").format(
                shown=shown, sessions=counted(total, "session")
            )
        self.count.setText(text)

    @Slot()
    def _show_selection(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    @Slot()
    def _on_filter_changed(self) -> None:
        self.model.set_filter(
            HistoryFilter(
                self.search.text(),
                self.stage_filter.currentData(),
                self.first_day.picked(),
                self.last_day.picked(),
            )
        )
        self._show_count()

    @Slot(str)
    def _on_undo_text_changed(self, text: str) -> None:
        self.undo_button.setAccessibleName(
            self.tr("Undo {action}").format(action=text) if text else self.tr("Undo")
        )

    @Slot(int)
    def _on_tabs_current_changed(self, index: int) -> None:
        if index == 1 and self.trends is None:
            from mat_companion.ui.history.trends import TrendsView

            self.trends = TrendsView(
                lambda: self._services.store().sessions,
                {stage.key: stage.name for stage in self._services.stages},
                self._services.settings,
                self._services.wall_clock,
            )
            self.tabs.blockSignals(True)
            self.tabs.removeTab(1)
            self.tabs.insertTab(1, self.trends, self.tr("&Trends"))
            self.tabs.setCurrentIndex(1)
            self.tabs.blockSignals(False)

    # Changes ------------------------------------------------------------------------------

    def selected(self) -> Session | None:
        """The session selected in the table."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.session(rows[0].row()) if rows else None

    def select(self, session_id: str) -> None:
        """Select and show the row of ``session_id`` if it is shown."""
        row = self.model.row_of(session_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def apply(self, change: Callable[[], object]) -> bool:
        """Run a change on the store; show the result, or say why it was refused (False).

        The write runs off the UI thread (a large history, a lock held elsewhere) while
        the window keeps painting.
        """
        from mat_companion.core.history_store import HistoryError
        from mat_companion.ui.widgets.background import wait_responsively

        done = True
        try:
            wait_responsively(change, self.tr("Saving…"), self)
        except (StorageError, HistoryError) as error:
            self._services.notice(error.text)
            done = False
        for message in self._services.store().take_notices():
            self._services.notice(message)
        self.refresh()
        return done

    def _push(self, text: str, do: Callable[[], object], undo: Callable[[], object]) -> None:
        self.undo_stack.push(StoreCommand(text, do, undo, self))

    def delete(self, session: Session) -> None:
        """Delete ``session`` (Ctrl+Z brings it back)."""
        store = self._services.store()
        self._push(
            self.tr("delete"), lambda: store.remove(session["id"]), lambda: store.add(session)
        )

    def save_edit(self, before: Session, after: Session) -> None:
        """Replace ``before`` with ``after`` (Ctrl+Z puts it back)."""
        store = self._services.store()
        self._push(self.tr("edit"), lambda: store.update(after), lambda: store.update(before))
        self.select(after["id"])

    def add(self, session: Session) -> None:
        """Add a session done without the app (Ctrl+Z removes it)."""
        store = self._services.store()
        self._push(self.tr("add"), lambda: store.add(session), lambda: store.remove(session["id"]))
        self.select(session["id"])

    @Slot()
    def _on_delete_clicked(self) -> None:
        session = self.selected()
        if session is None:
            return
        self.confirm_delete = ask(
            self,
            "confirm_delete",
            self.tr("Delete this session?"),
            self.tr("Delete this session from your history? You can undo it with Ctrl+Z."),
            lambda: self.delete(session),
        )

    # The editor ---------------------------------------------------------------------------

    @Slot(QModelIndex)
    def _on_table_double_clicked(self, _index: QModelIndex) -> None:
        self.open_selected()

    @Slot()
    def open_selected(self) -> SessionEditor | None:
        """Open the selected session to view or edit it."""
        session = self.selected()
        if session is None:
            return None
        return self._open_editor(session, adding=False)

    @Slot()
    def add_session(self) -> SessionEditor:
        """Open an empty session to fill in (one done without the app)."""
        from mat_companion.ui.history.record_editor import new_session

        stage = self._services.settings.stage
        return self._open_editor(new_session(stage, self._services.wall_clock()), adding=True)

    def _open_editor(self, session: Session, *, adding: bool) -> SessionEditor:
        from mat_companion.ui.history.record_editor import SessionEditor

        editor = SessionEditor(
            session, self._services.stages, self._services.patterns, adding=adding, parent=self
        )
        editor.accepted.connect(lambda: self._on_editor_accepted(session, adding))
        editor.finished.connect(editor.deleteLater)
        self.editor = editor
        editor.open()
        return editor

    def _on_editor_accepted(self, before: Session, adding: bool) -> None:
        editor = self.editor
        if editor is None or editor.result_session is None:
            return
        if adding:
            self.add(editor.result_session)
        elif editor.result_session != before:
            self.save_edit(before, editor.result_session)

    # Export and import --------------------------------------------------------------------

    @Slot()
    def _on_export_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the history"),
            str(Path.home() / "mat-companion-history.csv"),
            self.tr("CSV for spreadsheets (*.csv);;JSON, complete (*.json)"),
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        """Write every session to ``path`` (CSV or JSON by its ending), off the UI thread."""
        from mat_companion.core.files import StorageError
        from mat_companion.core.history_transfer import export_format, export_sessions, write_export
        from mat_companion.ui.widgets.background import BackgroundTask

        store = self._services.store()
        sessions = list(store.sessions)
        left_out = store.left_out
        fmt = export_format(path.name)

        def work() -> Message | Exported:
            try:
                write_export(path, export_sessions(sessions, fmt))
            except StorageError as error:
                return error.text
            except MemoryError:
                return self.tr("There is not enough memory to export the history.")
            exported = counted(len(sessions), "session")
            if left_out is None:
                return Exported(
                    self.tr("{sessions} exported to {path}.").format(sessions=exported, path=path)
                )
            invalid, kept = left_out
            if invalid == 1:
                return self.tr(
                    "{sessions} exported to {path}; 1 session that is not valid was left out "
                    "(it is kept in {kept})."
                ).format(sessions=exported, path=path, kept=kept)
            return self.tr(
                "{sessions} exported to {path}; {invalid} sessions that are not valid were "
                "left out (they are kept in {kept})."
            ).format(sessions=exported, path=path, invalid=invalid, kept=kept)

        task = BackgroundTask(self.tr("Exporting…"), self)
        task.finished.connect(self._on_export_finished)
        task.run(work)

    @Slot(object)
    def _on_export_finished(self, result: object) -> None:
        """News if every session went out; otherwise why not, or what was left out."""
        if isinstance(result, Exported):
            self._services.inform(result.sentence)
        else:
            self._services.notice(result if isinstance(result, str | Text) else str(result))

    @Slot()
    def _on_import_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import sessions"),
            str(Path.home()),
            self.tr("History files (*.csv *.json);;All files (*)"),
        )
        if name:
            self.import_from(Path(name))

    def import_from(self, path: Path) -> None:
        """Read ``path`` off the UI thread, then add its sessions (asking first if some are bad)."""
        from mat_companion.core.history_transfer import (
            first_bytes,
            guess_format,
            open_import,
            read_import,
        )
        from mat_companion.ui.widgets.background import BackgroundTask

        def work() -> object:
            with open_import(path) as source:
                return read_import(source, guess_format(path.name, first_bytes(source)))

        task = BackgroundTask(self.tr("Reading {file}…").format(file=path.name), self)
        task.finished.connect(lambda result: self._on_import_read(path, result))
        task.run(work)

    def _on_import_read(self, path: Path, result: object) -> None:
        from mat_companion.core.files import describe_os_error
        from mat_companion.core.history_transfer import ImportBatch

        if isinstance(result, OSError):
            self._services.notice(describe_os_error(result, text("read"), path))
            return
        if isinstance(result, TextError):
            self._services.notice(result.text)
            return
        if isinstance(result, MemoryError):
            self._services.notice(
                self.tr("There is not enough memory to import {file}.").format(file=path.name)
            )
            return
        if not isinstance(result, ImportBatch):
            self._services.notice(str(result))
            return
        if result.invalid:
            good = counted(len(result.sessions), "session")
            first = tr_core(result.problems[0])
            question = (
                self.tr(
                    "1 session in {file} is not valid ({first}). Import only the valid ones "
                    "({good})?"
                ).format(file=path.name, first=first, good=good)
                if result.invalid == 1
                else self.tr(
                    "{bad} sessions in {file} are not valid (the first, {first}). Import only "
                    "the valid ones ({good})?"
                ).format(bad=result.invalid, file=path.name, first=first, good=good)
            )
            self.confirm_import = ask(
                self,
                "confirm_import",
                self.tr("Some sessions are not valid"),
                question,
                lambda: self.add_imported(result.sessions),
                icon=QMessageBox.Icon.Warning,
            )
            return
        self.add_imported(result.sessions)

    def add_imported(self, sessions: list[Session]) -> None:
        """Add the sessions not yet in the history, as one step Ctrl+Z can take back."""
        from mat_companion.core.history_merge import fresh_sessions

        store = self._services.store()
        fresh = fresh_sessions(sessions, store.sessions)
        fresh_ids = {session["id"] for session in fresh}
        if fresh:  # nothing to write, and no step to undo
            self._push(
                self.tr("import"),
                lambda: store.add_many(fresh),
                lambda: store.remove_many(fresh_ids),
            )
        skipped = len(sessions) - len(fresh)
        message = self.tr("{sessions} imported").format(sessions=counted(len(fresh), "session"))
        if skipped == 1:
            message += self.tr("; 1 was already in your history")
        elif skipped:
            message += self.tr("; {count} were already in your history").format(count=skipped)
        self._services.inform(message + ".")
