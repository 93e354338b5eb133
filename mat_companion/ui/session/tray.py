"""The tray icon: the time left at a glance, and the session's controls without the window.

Only where the desktop has a system tray. The tooltip is refreshed every few
seconds while a session runs (minutes are all it shows), and not at all
otherwise, so the icon costs nothing between sessions. At the end of a session
"I'm awake" answers the wake-up bell from the tray, as the session screen does.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, SignalInstance, Slot
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from mat_companion import APP_NAME
from mat_companion.core.session_phases import Phase
from mat_companion.core.time_format import clock_text, elapsed_text
from mat_companion.ui.session.runner import SessionController
from mat_companion.ui.widgets.visibility import bring_forward

TOOLTIP_REFRESH_MS = 5_000


def tray_available() -> bool:
    """Whether the desktop shows tray icons."""
    return QSystemTrayIcon.isSystemTrayAvailable()


def remaining_words(controller: SessionController | None) -> str:
    """The tooltip: the app's name, and while a session runs, the time left and the phase."""
    if controller is None or controller.session.ended:
        return APP_NAME
    session = controller.session
    if session.paused:
        state = QCoreApplication.translate("SessionTray", "paused")
    else:
        remaining = session.remaining_seconds()
        if remaining is None:
            minutes = int(session.mat_seconds() // 60)
            state = QCoreApplication.translate("SessionTray", "{minutes} min on the mat").format(
                minutes=minutes
            )
        else:
            state = QCoreApplication.translate("SessionTray", "{minutes} min left").format(
                minutes=max(1, round(remaining / 60))
            )
    return f"{APP_NAME}: {state}"


def session_status(controller: SessionController) -> str:
    """How the session stands, to the second, for the other pages ("12:03 left")."""
    session = controller.session
    if session.ended:
        return QCoreApplication.translate("SessionTray", "ended")
    if session.paused:
        return QCoreApplication.translate("SessionTray", "paused")
    if controller.phase is Phase.GET_READY:
        return QCoreApplication.translate("SessionTray", "getting ready")
    remaining = session.remaining_seconds()
    if remaining is None:
        return QCoreApplication.translate("SessionTray", "{time} on the mat").format(
            time=elapsed_text(session.mat_seconds())
        )
    return QCoreApplication.translate("SessionTray", "{time} left").format(
        time=clock_text(remaining)
    )


class SessionTray(QObject):
    """The tray icon and its menu for one window.

    Signals:
        start_requested(): "Start a session" was chosen.
        quit_requested(): "Quit" was chosen.
    """

    start_requested = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        window: QWidget,
        icon: QIcon,
        controller: Callable[[], SessionController | None],
        end_session: Callable[[], None],
        acknowledge: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._controller = controller
        self._end_session = end_session
        self._acknowledge = acknowledge
        self.icon = QSystemTrayIcon(icon, self)
        self.menu = QMenu()
        self.show_action = self._action(self.tr("Show window"), self.toggle_window)
        self.pause_action = self._action(self.tr("Pause"), self._on_pause_triggered)
        self.end_action = self._action(self.tr("End session…"), self._on_end_triggered)
        # The session screen's own words (and translation): the same switch.
        self._sound_words = (
            QCoreApplication.translate("SessionRunView", "Sound off"),
            QCoreApplication.translate("SessionRunView", "Sound on"),
        )
        self.sound_action = self._action(self._sound_words[0], self._on_sound_triggered)
        self.start_action = self._action(self.tr("Start a session"), self.start_requested.emit)
        # The session screen's own words (and translation): it is the same answer.
        awake = QCoreApplication.translate("SessionRunView", "I'm awake")
        self.awake_action = self._action(awake, self._on_awake_triggered)
        self._followed: SessionController | None = None
        self.menu.addSeparator()
        self._action(self.tr("Quit"), self.quit_requested.emit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_icon_activated)
        self.menu.aboutToShow.connect(self.refresh)
        self._timer = QTimer(self)
        self._timer.setInterval(TOOLTIP_REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.refresh()

    def _action(self, text: str, slot: Callable[[], object]) -> QAction:
        # Owned by the tray, not the menu: the session screen's menu once took its actions
        # with it while they were still used ("Internal C++ object (QAction) already deleted").
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        return action

    def show(self) -> None:
        """Put the icon in the tray."""
        self.icon.show()

    def _links(self, controller: SessionController) -> tuple[tuple[SignalInstance, object], ...]:
        return (
            (controller.paused_changed, self.refresh),
            (controller.finished, self.refresh),
            (controller.muted_changed, self.refresh),
        )

    def follow(self, controller: SessionController | None) -> None:
        """A session started (or was put away, with None): refresh every few seconds while it runs.

        The session followed before is let go, so nothing here outlives it.
        """
        if self._followed is not None:
            for signal, slot in self._links(self._followed):
                signal.disconnect(slot)
        self._followed = controller
        if controller is None:
            self._timer.stop()
        else:
            self._timer.start()
            for signal, slot in self._links(controller):
                signal.connect(slot)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """The tooltip and which menu entries apply now."""
        controller = self._controller()
        running = controller is not None and not controller.session.ended
        self.icon.setToolTip(remaining_words(controller))
        self.show_action.setText(
            self.tr("Hide window") if self._window.isVisible() else self.tr("Show window")
        )
        self.pause_action.setVisible(running)
        self.end_action.setVisible(running)
        self.sound_action.setVisible(running)
        self.start_action.setVisible(controller is None)
        self.awake_action.setVisible(  # while the wake-up bell rings
            controller is not None
            and controller.session.completed
            and not controller.session.acknowledged
        )
        if running:
            assert controller is not None
            self.pause_action.setText(
                self.tr("Resume") if controller.session.paused else self.tr("Pause")
            )
            self.sound_action.setText(self._sound_words[controller.muted])
        elif controller is None:
            self._timer.stop()

    @Slot()
    def toggle_window(self) -> None:
        """Hide the window to the tray, or bring it back."""
        if self._window.isVisible() and not self._window.isMinimized():
            self._window.hide()
        else:
            bring_forward(self._window)
        self.refresh()

    def _on_pause_triggered(self) -> None:
        controller = self._controller()
        if controller is not None and not controller.session.ended:
            controller.toggle_pause()
        self.refresh()

    def _on_sound_triggered(self) -> None:
        """Sound off or back on, as M on the session screen."""
        controller = self._controller()
        if controller is not None and not controller.session.ended:
            controller.set_muted(not controller.muted)
        self.refresh()

    def _on_end_triggered(self) -> None:
        self._end_session()
        self.refresh()

    def _on_awake_triggered(self) -> None:
        """Answer the bell as the session screen's button does, and show the check-in."""
        bring_forward(self._window)
        self._acknowledge()
        self.refresh()

    @Slot(QSystemTrayIcon.ActivationReason)
    def _on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.toggle_window()
