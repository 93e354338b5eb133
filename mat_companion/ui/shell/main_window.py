"""The main window: navigation between the app's pages, menus and notices."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QMargins,
    QObject,
    QSize,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QAction, QCloseEvent, QHideEvent, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mat_companion import APP_NAME
from mat_companion.core.files import StorageError
from mat_companion.core.notices import NoticeKind
from mat_companion.core.settings import Settings
from mat_companion.ui.shell.notice_bar import NoticeBar
from mat_companion.ui.shell.pages import PageInfo, page_infos
from mat_companion.ui.widgets.screen_fit import fitted

log = logging.getLogger(__name__)

#: Builds a page when it is first shown.
PageFactory = Callable[[], QWidget]
#: How a running session stands, in a few words ("12:03 left").
SessionStatus = Callable[[], str]
#: The page a running session is on.
SESSION_PAGE = "session"
#: Room around a section's name in the sidebar.
_NAV_PADDING = 48


class MainWindow(QMainWindow):
    """Navigation list on the left, the current page on the right.

    Pages are built the first time they are shown, so start-up pays only for the
    page the user lands on. While a session runs and another page is shown, the
    Session entry says how it stands ("12:03 left"), once a second, and a click
    on it goes back.
    """

    def __init__(self, settings: Settings, pages: dict[str, PageFactory]) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowTitle(APP_NAME)
        self._settings = settings
        self._infos = page_infos()
        self._keys = [info.key for info in self._infos]

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setFrameShape(QListWidget.Shape.NoFrame)
        self.navigation.setSpacing(3)
        nav_font = self.navigation.font()
        nav_font.setPointSizeF(nav_font.pointSizeF() * 1.2)
        self.navigation.setFont(nav_font)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        self._factories = pages
        self._built: dict[str, QWidget] = {}
        self._stand_ins: dict[str, QWidget] = {}
        for info in self._infos:
            self._add_page(info)
        self.navigation.setFixedWidth(self.navigation.sizeHintForColumn(0) + _NAV_PADDING)
        self._two_lines = QSize(
            self.navigation.sizeHintForColumn(0),
            self.navigation.sizeHintForRow(0) + self.navigation.fontMetrics().lineSpacing(),
        )
        self.navigation.currentRowChanged.connect(self._on_navigation_row_changed)
        self.navigation.clicked.connect(self.focus_page)
        self.navigation.installEventFilter(self)

        self._session_status: SessionStatus | None = None
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(1000)
        self._status_timer.timeout.connect(self._show_session_status)

        self._body = QHBoxLayout()
        self._body.addWidget(self.navigation)
        self._body.addWidget(self.stack, 1)
        central = QWidget()
        self._column = QVBoxLayout(central)
        self._column.addLayout(self._body, 1)
        self._margins = self._column.contentsMargins()
        self.notice_bar = NoticeBar()
        self._column.insertWidget(0, self.notice_bar)
        self.setCentralWidget(central)
        self._build_menus()
        self._restore_state()

    #: Asked before the window closes; False keeps it open (e.g. a session is running).
    close_guard: Callable[[], bool] | None = None

    def _add_page(self, info: PageInfo) -> None:
        item = QListWidgetItem(info.title)
        item.setToolTip(info.summary)
        self.navigation.addItem(item)
        self._stand_ins[info.key] = QWidget()  # stands in until the page is first shown
        self.stack.addWidget(self._stand_ins[info.key])

    def page(self, key: str) -> QWidget:
        """The page ``key``, built now if it has not been shown yet."""
        if key not in self._built:
            index = self._keys.index(key)
            page = self._factories[key]()
            stand_in = self._stand_ins.pop(key)
            current = self.stack.currentIndex()
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self.stack.setCurrentIndex(current)
            self._built[key] = page
        return self._built[key]

    def loaded_page(self, key: str) -> QWidget | None:
        """The page ``key`` if it has been built (never builds it)."""
        return self._built.get(key)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.page_actions: dict[str, QAction] = {}
        for number, info in enumerate(self._infos, start=1):
            action = QAction(info.title, self)
            # setShortcuts, not setShortcut: its overloads build the whole Qt namespace (~25 ms)
            action.setShortcuts([QKeySequence(f"Ctrl+{number}")])
            action.triggered.connect(lambda _=False, key=info.key: self.show_page(key))
            go_menu.addAction(action)
            self.page_actions[info.key] = action

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About {name}").format(name=APP_NAME), self)
        about_action.triggered.connect(self._on_about_triggered)
        help_menu.addAction(about_action)
        self.about_action = about_action

    def _restore_state(self) -> None:
        """The size and place of last time; the page is always the Session page.

        Today's session, one click or Enter from launch: it opened on the page
        last shown (History, say) before.
        """
        geometry = self._settings.window_geometry
        restored = bool(geometry) and self.restoreGeometry(
            QByteArray.fromBase64(geometry.encode("ascii"))
        )
        if not restored:
            self.resize(fitted(self, QSize(960, 640)))
        self.show_page(SESSION_PAGE)

    def showEvent(self, event: QShowEvent) -> None:
        """At launch the keys go to the page shown (Enter starts a session from the first look)."""
        super().showEvent(event)
        self._show_session_status()
        page, focused = self.stack.currentWidget(), QApplication.focusWidget()
        if event.spontaneous() or page is None:
            return
        if focused is None or not page.isAncestorOf(focused):
            self.focus_page()

    @Slot()
    def focus_page(self) -> None:
        """The keys go to the page shown: its default button (Start), or its first control."""
        page = self.stack.currentWidget()
        if page is None:
            return
        buttons = page.findChildren(QPushButton)
        default = next((b for b in buttons if b.isDefault() and b.isVisibleTo(page)), None)
        if default is not None and default.isEnabled():
            default.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        widget = page.nextInFocusChain()
        while widget is not None and widget is not page:
            if self._takes_focus(page, widget):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    @staticmethod
    def _takes_focus(page: QWidget, widget: QWidget) -> bool:
        return (
            page.isAncestorOf(widget)
            and widget.isVisibleTo(page)
            and widget.isEnabled()
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a section goes on into the page, Enter and all: it starts a session."""
        if (
            watched is self.navigation
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.focus_page()
            target = QApplication.focusWidget()
            if target is not None and target is not self.navigation:
                QCoreApplication.sendEvent(target, event)
                return True
        return super().eventFilter(watched, event)

    def current_page_key(self) -> str:
        """The key of the page shown now."""
        return self._keys[self.stack.currentIndex()]

    def show_page(self, key: str) -> None:
        """Show the page ``key`` and select it in the navigation."""
        self.navigation.setCurrentRow(self._keys.index(key))

    @Slot(bool)
    def set_focus_mode(self, on: bool) -> None:
        """Only the current page, full screen to the edge (the dim session screen); or back."""
        self.navigation.setVisible(not on)
        self.menuBar().setVisible(not on)
        self._column.setContentsMargins(QMargins() if on else self._margins)
        spacing = 0 if on else -1  # -1: the style's
        self._column.setSpacing(spacing)
        self._body.setSpacing(spacing)
        if on:
            self.notice_bar.hide()
            self.showFullScreen()
        else:
            self.showNormal()

    def show_notice(self, text: str, kind: NoticeKind = NoticeKind.WARNING) -> None:
        """Tell the user something in one sentence without interrupting them."""
        log.log(logging.INFO if kind is NoticeKind.INFO else logging.WARNING, "notice: %s", text)
        self.notice_bar.show_message(text, kind)

    @Slot()
    def _on_about_triggered(self) -> None:
        from mat_companion.ui.shell.about import show_about  # QMessageBox: not needed at start-up

        show_about(self)

    @Slot(int)
    def _on_navigation_row_changed(self, row: int) -> None:
        if row < 0:
            return
        self.page(self._keys[row])
        self.stack.setCurrentIndex(row)
        self._show_session_status()

    # A running session, seen from the other pages --------------------------------------

    def follow_session(self, status: SessionStatus | None) -> None:
        """A session runs (``status`` says how it stands) or none does (None)."""
        self._session_status = status
        self._show_session_status()

    def session_entry_text(self) -> str:
        """What the Session entry in the sidebar reads now."""
        return self.navigation.item(self._keys.index(SESSION_PAGE)).text()

    @property
    def keeping_session_time(self) -> bool:
        """Whether the Session entry is being refreshed (only while another page is seen)."""
        return self._status_timer.isActive()

    @Slot()
    def _show_session_status(self) -> None:
        """The Session entry says how the session stands while another page is seen."""
        status = self._session_status
        seen = self.isVisible() and not self.isMinimized()
        away = seen and self.current_page_key() != SESSION_PAGE
        index = self._keys.index(SESSION_PAGE)
        title = self._infos[index].title
        text = f"{title}\n{status()}" if away and status is not None else title
        item = self.navigation.item(index)
        # Two lines' room for as long as a session runs, whichever page is shown: grown at
        # the click on another page, the entry pushed the rows down under the pointer.
        room = self._two_lines if status is not None else QSize()
        if item.sizeHint() != room:
            item.setSizeHint(room)
            self.navigation.doItemsLayout()
        if text != item.text():
            item.setText(text)
            metrics = self.navigation.fontMetrics()
            widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
            if widest + _NAV_PADDING > self.navigation.width():
                self.navigation.setFixedWidth(widest + _NAV_PADDING)
        if away and status is not None:
            if not self._status_timer.isActive():
                self._status_timer.start()
        else:
            self._status_timer.stop()

    def hideEvent(self, event: QHideEvent) -> None:
        """Hidden (in the tray): the Session entry need not keep time."""
        super().hideEvent(event)
        self._show_session_status()

    def changeEvent(self, event: QEvent) -> None:
        """Minimised: the Session entry need not keep time; shown again, it goes on."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self._show_session_status()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember size and position for the next start (unless the close is held)."""
        if self.close_guard is not None and not self.close_guard():
            event.ignore()
            return
        self._settings.window_geometry = self.saveGeometry().toBase64().toStdString()
        try:
            self._settings.save()
        except StorageError as error:
            log.warning("%s", error)
        super().closeEvent(event)
