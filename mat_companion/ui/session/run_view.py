"""The session screen: the breathing shape in the middle, the time in its ring, two buttons."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal, SignalInstance, Slot
from PySide6.QtGui import (
    QAction,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QKeySequence,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mat_companion.core.breathing import Pacer, handover_text
from mat_companion.core.completion import mat_time
from mat_companion.core.session import Confirmation, ReminderKind, RunningSession
from mat_companion.core.session_clock import clock_face
from mat_companion.core.session_config import PostureTexts, SessionTexts
from mat_companion.core.session_phases import Phase
from mat_companion.core.stages import DEFAULT_POSTURE, Posture
from mat_companion.ui.breathing.caution import breathing_caution
from mat_companion.ui.breathing.pacer import BreathingPacerWidget
from mat_companion.ui.i18n.localise import tr_core
from mat_companion.ui.session.clock_label import ClockLabel
from mat_companion.ui.session.ring import ProgressRing
from mat_companion.ui.session.runner import SessionController
from mat_companion.ui.widgets.questions import ask
from mat_companion.ui.widgets.theme import DIM, PADDING, session_font, session_palette
from mat_companion.ui.widgets.visibility import VisibilityWatcher

#: Qt's QWIDGETSIZE_MAX: no largest size.
_UNLIMITED = 16_777_215


def _relabel(button: QPushButton, text: str) -> None:
    """New words on a button, and the same for a screen reader (Pause becomes Resume)."""
    button.setText(text)
    button.setAccessibleName(text)


def phase_titles() -> dict[Phase, str]:
    """The phase names shown on screen."""
    return {
        Phase.GET_READY: QCoreApplication.translate("SessionRunView", "Get ready"),
        Phase.SETTLE_IN: QCoreApplication.translate("SessionRunView", "Settling in"),
        Phase.MAIN: QCoreApplication.translate("SessionRunView", "Relax"),
        Phase.CLOSING: QCoreApplication.translate("SessionRunView", "Coming back"),
        Phase.FINISHED: QCoreApplication.translate("SessionRunView", "Session complete"),
    }


def end_title(session: RunningSession) -> str:
    """What the end is called: only a session that ran its time is "complete"."""
    if session.limit_reached:
        return QCoreApplication.translate("SessionRunView", "Time to come off the mat")
    if session.completed:
        return QCoreApplication.translate("SessionRunView", "Session complete")
    return QCoreApplication.translate("SessionRunView", "Session ended")


class SessionRunView(QWidget):
    """Renders a ``SessionController``: the breathing shape in the middle, the time beside it.

    Only Pause and End are buttons (and, while getting ready, the one that says
    you are on the mat; at the end, the one that says you are awake). The rest
    is on keys, listed with them in the "⋯" menu: Space pauses or resumes,
    + / Up adds a minute, Shift+Up five, - / Down takes one off, Esc ends
    (after asking), F toggles the dim full-screen mode, M turns all sound off
    or back on. At the end Enter and Space both answer the wake-up bell: a
    drowsy hand finds the biggest key. Adding time past the stage's longest
    session or past the hour asks first, without stopping the clock.

    What must be read from the floor (the stage maximum reached, the hour up)
    appears in large type on the screen itself: the window's notice bar is
    small and hidden in the dim mode.

    Signals:
        end_requested(): the user asked to end early (the page confirms).
        acknowledged(): the user is awake after the end.
        dim_changed(bool): the dim mode went on or off (the window hides everything else).
    """

    end_requested = Signal()
    acknowledged = Signal()
    dim_changed = Signal(bool)

    def __init__(self, texts: SessionTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("session_run")
        self._texts = texts
        self._words: PostureTexts = texts.for_posture()
        self._titles = phase_titles()
        self._controller: SessionController | None = None
        self._dim = False
        self._visibility = VisibilityWatcher(self)
        self.confirm_extend: QMessageBox | None = None
        self._build_labels()
        self.ring = ProgressRing(self.time_label)
        self.ring.setObjectName("ring")
        self.pacer_widget = BreathingPacerWidget()
        self.pacer_widget.hide()
        self._build_buttons()
        self._build_menu()
        self._balance = QSpacerItem(0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.alert_label)
        layout.addWidget(self.guidance_label)
        self._middle = QHBoxLayout()
        self._middle.addWidget(self.ring)
        self._middle.addWidget(self.pacer_widget, 1)
        self._middle.addItem(self._balance)
        layout.addLayout(self._middle, 1)
        layout.addLayout(self._controls())
        self._connect()
        self.setPalette(session_palette())  # dark in any scheme, unless high contrast
        self.setAutoFillBackground(True)

    def _build_labels(self) -> None:
        self.phase_label = QLabel()
        self.phase_label.setObjectName("phase")
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.time_label = ClockLabel()
        self.time_label.setObjectName("remaining")
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.guidance_label = QLabel()
        self.guidance_label.setObjectName("guidance")
        self.guidance_label.setWordWrap(True)
        self.guidance_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.alert_label = QLabel()
        self.alert_label.setObjectName("mat_alert")
        self.alert_label.setWordWrap(True)
        self.alert_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.alert_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.alert_label.hide()

    def _build_buttons(self) -> None:
        self.pause_button = self._button(self.tr("Pause"), "pause", self._on_pause_clicked)
        self.pause_button.setToolTip(self.tr("Pause or go on (Space)"))
        self.end_button = self._button(self.tr("End"), "end_session", self.end_requested.emit)
        self.end_button.setToolTip(self.tr("End the session (Esc)"))
        self.skip_button = self._button(self._words.on_mat, "skip_get_ready", self._on_skip_clicked)
        self.awake_button = self._button(
            self.tr("I'm awake"), "acknowledge", self._on_awake_clicked
        )
        self.awake_button.hide()
        self._running_controls = (self.pause_button, self.end_button, self.skip_button)

    def _build_menu(self) -> None:
        """The controls that need no button, each with its keys (the menu shows them)."""
        self.menu = QMenu(self)
        self.menu.setObjectName("session_menu")
        self.less_action = self._action(self.tr("−1 min"), ("-", "Down"), lambda: self._adjust(-60))
        self.more_action = self._action(
            self.tr("+1 min"), ("+", "=", "Up"), lambda: self._adjust(60)
        )
        self.more5_action = self._action(
            self.tr("+5 min"), ("Shift+Up",), lambda: self._adjust(300)
        )
        self.menu.addSeparator()
        self.mute_action = self._action(self.tr("Sound off"), ("M",), self.toggle_sound)
        self.dim_action = self._action(self.tr("Dim screen"), ("F",), self.toggle_dim)
        self.skip_action = self._action(self._words.on_mat, (), self._on_skip_clicked)
        self.menu_button = QToolButton()
        self.menu_button.setObjectName("session_menu_button")
        self.menu_button.setText("⋯")
        self.menu_button.setAccessibleName(self.tr("More controls"))
        self.menu_button.setToolTip(self.tr("Time, sound and the dim screen, with their keys"))
        self.menu_button.setMenu(self.menu)
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setAutoRaise(True)
        policy = self.menu_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # hidden at the end, the buttons stay centred
        self.menu_button.setSizePolicy(policy)

    def _action(self, text: str, keys: tuple[str, ...], slot: Callable[[], object]) -> QAction:
        """An entry of the menu, kept by this screen: it lives as long as the screen does.

        An action made by the menu belonged to the menu, and one was found deleted
        when the second session of a run relabelled it (a new user's walk, 4 in 6).
        """
        action = QAction(text, self)
        self.menu.addAction(action)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)  # its keys work wherever the focus is on this screen
        return action

    def _controls(self) -> QHBoxLayout:
        """The buttons in the middle, the menu at the right (balanced on the left).

        At the bottom, with the buttons: the window's notices float over the top.
        """
        controls = self._button_row = QHBoxLayout()
        self._controls_balance = QSpacerItem(self.menu_button.sizeHint().width(), 0)
        controls.addItem(self._controls_balance)
        controls.addStretch(1)
        for button in (self.skip_button, self.pause_button, self.end_button, self.awake_button):
            button.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 9)
            controls.addWidget(button)
        controls.addStretch(1)
        controls.addWidget(self.menu_button)
        return controls

    def _connect(self) -> None:
        self._visibility.changed.connect(self._on_visibility_changed)
        for keys, action in (
            (("Space",), self._on_space),
            (("Escape",), self._on_escape),
            (("Return", "Enter"), self._on_enter),
        ):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(action)

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        return button

    # Binding ------------------------------------------------------------------------------

    def _links(self, controller: SessionController) -> tuple[tuple[SignalInstance, object], ...]:
        """Every connection from a controller to this view, for ``bind`` and ``unbind`` alike."""
        return (
            (controller.changed, self.refresh),
            (controller.phase_changed, self._on_controller_phase_changed),
            (controller.finished, self._on_controller_finished),
            (controller.paused_changed, self._on_controller_paused_changed),
            (controller.reminder, self._on_controller_reminder),
            (controller.muted_changed, self._show_sound),
        )

    def bind(
        self,
        controller: SessionController,
        *,
        posture: Posture = DEFAULT_POSTURE,
        reduced_motion: bool = False,
    ) -> None:
        """Show this controller's session, with its breathing pacer if it has one.

        The session shown before is let go first: the view is reused for every
        session of a run, and a link left to an old (deleted) controller would
        fail the next time it fired. ``posture`` picks the words for getting on
        and off the mat.
        """
        self.unbind()
        self._controller = controller
        self._words = self._texts.for_posture(posture)
        _relabel(self.skip_button, self._words.on_mat)
        self.skip_action.setText(self._words.on_mat)
        self._show_pacer(controller, reduced_motion)
        for signal, slot in self._links(controller):
            signal.connect(slot)
        self.awake_button.hide()
        self._show_alert("")
        for button in self._running_controls:
            button.show()
        self.menu_button.show()
        _relabel(self.pause_button, self.tr("Pause"))
        self._show_sound(controller.muted)
        self._on_controller_phase_changed(controller.phase)
        self._visibility.update()
        controller.set_visible(self._visibility.visible)
        self.setFocus()

    def unbind(self) -> None:
        """Stop showing the session: disconnect from its controller and stop its repaints."""
        controller = self._controller
        if controller is None:
            return
        self._controller = None
        self._close_question()
        for signal, slot in self._links(controller):
            signal.disconnect(slot)
        controller.set_visible(False)
        self.pacer_widget.set_pacer(None)
        self.pacer_widget.hide()

    @property
    def pacer(self) -> Pacer | None:
        """The pacer drawn: the shown session's own (``RunningSession.pacer``)."""
        return self._controller.session.pacer if self._controller is not None else None

    def _show_pacer(self, controller: SessionController, reduced_motion: bool) -> None:
        pacer = controller.session.pacer
        if pacer is None:
            self.pacer_widget.hide()
            self.pacer_widget.set_pacer(None)
            self._place_dial()
            return
        self.pacer_widget.set_reduced_motion(reduced_motion)
        self.pacer_widget.set_pacer(pacer, controller.session.mat_seconds, self._pacer_note_at)
        self.pacer_widget.show()
        self._place_dial()

    def _pacer_note_at(self, elapsed: float) -> str:
        """The pacer's line: the caution while getting ready, then the handover once it came."""
        controller, pacer = self._controller, self.pacer
        if controller is None or pacer is None:
            return ""
        switch, handover = pacer.switch_seconds, handover_text(pacer)
        if switch is not None and handover is not None and elapsed >= switch:
            return tr_core(handover)
        return breathing_caution() if controller.phase is Phase.GET_READY else ""

    @Slot()
    def refresh(self) -> None:
        """Redraw the time and ring from the session (cheap when nothing visible changed)."""
        if self._controller is None:
            return
        session = self._controller.session
        text = clock_face(session)
        if text != self.time_label.text():
            self.time_label.setText(text)
            self.time_label.setAccessibleName(self.tr("Time: {time}").format(time=text))
        self.ring.set_fraction(1.0 if session.completed else session.fraction_done())
        can = session.can_adjust
        self.less_action.setEnabled(can(-60))
        self.more_action.setEnabled(can(60))
        self.more5_action.setEnabled(can(300))

    @Slot(bool)
    def _on_visibility_changed(self, visible: bool) -> None:
        if self._controller is not None:
            self._controller.set_visible(visible)

    def _title(self, phase: Phase) -> str:
        if phase is not Phase.FINISHED or self._controller is None:
            return self._titles[phase]
        session = self._controller.session
        if session.completed or session.limit_reached:
            return end_title(session)
        # The ring's time stopped where the session did: say it is time on the mat, or
        # "0:34" reads as time left.
        return self.tr("{ended} · {on_the_mat}").format(
            ended=end_title(session), on_the_mat=tr_core(mat_time(session.mat_seconds()))
        )

    def _show_title(self) -> None:
        """The phase (or Paused), and that the sound is off: M leaves no other sign."""
        controller = self._controller
        if controller is None:
            return
        title = self.tr("Paused") if controller.session.paused else self._title(controller.phase)
        if controller.muted and controller.phase is not Phase.FINISHED:
            title = self.tr("{phase} · sound off").format(phase=title)
        self.phase_label.setText(title)

    def _show_alert(self, text: str, *, instead_of_guidance: bool = False) -> None:
        """What must be read from the floor, over the guidance (or in its place, for room)."""
        self.alert_label.setText(text)
        self.alert_label.setAccessibleName(text)
        self.alert_label.setFont(self._fitted(text, "alert", lines=3))
        self.alert_label.setVisible(bool(text))
        self.guidance_label.setVisible(not (text and instead_of_guidance))

    @Slot(Phase)
    def _on_controller_phase_changed(self, phase: Phase) -> None:
        self._show_title()
        self._show_guidance(self._words.guidance[phase])
        self.skip_button.setVisible(phase is Phase.GET_READY)
        self.skip_action.setVisible(phase is Phase.GET_READY)
        self.pacer_widget.set_waiting(phase is Phase.GET_READY)  # "Breathe in · 6" stood still
        self._fit_buttons()
        self.refresh()

    @Slot(ReminderKind)
    def _on_controller_reminder(self, kind: ReminderKind) -> None:
        reached = self._texts.stage_max if kind is ReminderKind.STAGE_MAX else ""
        self._show_alert(reached, instead_of_guidance=True)  # the pacer keeps its room

    @Slot(bool)
    def _on_controller_finished(self, completed: bool) -> None:
        self._close_question()
        session = self._controller.session if self._controller is not None else None
        self._show_alert(self._words.hour if session is not None and session.limit_reached else "")
        for button in self._running_controls:
            button.hide()
        self.menu_button.hide()
        self.menu.close()
        self.pacer_widget.hide()  # no pacing after the end: room for what to do now
        self._place_dial()
        _relabel(self.awake_button, self.tr("I'm awake") if completed else self.tr("Continue"))
        self.awake_button.show()
        self._fit_buttons()
        self.awake_button.setFocus()

    @Slot(bool)
    def _on_controller_paused_changed(self, paused: bool) -> None:
        if self._controller is None:
            return  # only the bound controller's signal calls this
        _relabel(self.pause_button, self.tr("Resume") if paused else self.tr("Pause"))
        self._show_title()

    # Input --------------------------------------------------------------------------------

    def _adjust(self, seconds: int) -> None:
        """Change the planned time, asking first where the core says it must."""
        controller = self._controller
        if controller is None or controller.session.ended or self.confirm_extend is not None:
            return
        reason = controller.session.adjust_needs_confirmation(seconds)
        if reason is None:
            controller.adjust(seconds)
            return
        title, question = self._extend_question(reason, controller.session)

        def confirmed() -> None:
            if self._controller is controller and not controller.session.ended:
                controller.adjust(seconds)

        self.confirm_extend = ask(self, "confirm_extend", title, question, confirmed)
        self.confirm_extend.finished.connect(self._on_confirm_extend_finished)

    def _extend_question(self, reason: Confirmation, session: RunningSession) -> tuple[str, str]:
        if reason is Confirmation.HOUR:
            question = self.tr(
                "A session ends after {minutes} minutes on the mat, however much time is"
                " added. Extend this one to the full {minutes} minutes?"
            )
            minutes = round(session.limit_seconds / 60)
            return self.tr("An hour at most"), question.format(minutes=minutes)
        question = self.tr(
            "{minutes} minutes is the longest session suggested for your stage. Add time beyond it?"
        )
        minutes = session.plan.stage_max_minutes or 0
        return self.tr("Longer than your stage suggests?"), question.format(minutes=minutes)

    @Slot()
    def _on_confirm_extend_finished(self) -> None:
        self.confirm_extend = None
        self.setFocus()

    def _close_question(self) -> None:
        """A question about adding time means nothing once the session has ended."""
        if self.confirm_extend is not None:
            self.confirm_extend.reject()

    @Slot()
    def _on_pause_clicked(self) -> None:
        if self._controller is not None and not self._controller.session.ended:
            self._controller.toggle_pause()

    @Slot()
    def _on_skip_clicked(self) -> None:
        if self._controller is not None:
            self._controller.skip_get_ready()

    @Slot()
    def _on_escape(self) -> None:
        if self._dim:
            self.toggle_dim()
        elif self._controller is not None and not self._controller.session.ended:
            self.end_requested.emit()

    @Slot()
    def _on_space(self) -> None:
        if self._controller is not None and self._controller.session.ended:
            self.acknowledge()
        else:
            self._on_pause_clicked()

    @Slot()
    def _on_enter(self) -> None:
        """Enter answers the bell at the end; before it, Enter presses the focused control.

        With none focused (as after a start by Enter), Enter during the get-ready is
        "I'm on the mat": a second Enter did nothing while the countdown ran (walk).
        """
        focused = QApplication.focusWidget()
        controller = self._controller
        if controller is not None and controller.session.ended:
            self.acknowledge()
        elif focused is self.menu_button:
            self.menu_button.showMenu()
        elif isinstance(focused, QPushButton) and self.isAncestorOf(focused):
            focused.click()
        elif controller is not None and controller.phase is Phase.GET_READY:
            self.skip_button.click()

    def acknowledge(self) -> None:
        """The user is awake (a key, the button or the tray); only once the session has ended."""
        if self._controller is not None and self._controller.session.ended:
            self._on_awake_clicked()

    @Slot()
    def _on_awake_clicked(self) -> None:
        if self._dim:
            self.toggle_dim()
        self.acknowledged.emit()

    @Slot()
    def toggle_sound(self) -> None:
        """Sound off, or back on: one key (M) for someone lying down with eyes closed."""
        if self._controller is not None:
            self._controller.set_muted(not self._controller.muted)

    @Slot(bool)
    def _show_sound(self, muted: bool) -> None:
        self.mute_action.setText(self.tr("Sound on") if muted else self.tr("Sound off"))
        self._show_title()

    # Looks --------------------------------------------------------------------------------

    @Slot()
    def toggle_dim(self) -> None:
        """Dim, full-screen view for use lying down, black to the edge; toggles back."""
        self._dim = not self._dim
        self.setPalette(DIM.palette() if self._dim else session_palette())
        self.dim_action.setText(self.tr("Normal screen") if self._dim else self.tr("Dim screen"))
        self.dim_changed.emit(self._dim)

    @property
    def dimmed(self) -> bool:
        """Whether the dim mode is on."""
        return self._dim

    def _place_dial(self) -> None:
        """Beside a pacer the ring is a fixed dial, balanced on the other side; alone, it grows."""
        paced = not self.pacer_widget.isHidden()
        if paced:
            side = max(96, round(min(self.height() * 0.36, self.width() * 0.25)))
            self.ring.setFixedSize(side, side)
        else:
            side = 0
            self.ring.setMinimumSize(96, 96)
            self.ring.setMaximumSize(_UNLIMITED, _UNLIMITED)
        self._balance.changeSize(side, 0)
        self._middle.setAlignment(
            self.ring, Qt.AlignmentFlag.AlignVCenter if paced else Qt.AlignmentFlag(0)
        )
        self._middle.invalidate()

    def _show_guidance(self, text: str) -> None:
        """One line in large type; two where even the smallest large type is too wide."""
        self.guidance_label.setText(text)
        self.guidance_label.setFont(self._fitted(text, "guidance"))

    def _fitted(self, text: str, role: str, lines: int = 1) -> QFont:
        """The role's font for this screen, smaller (to the role's floor) to keep to ``lines``."""
        font = session_font(self.font(), role, self.height())
        floor = session_font(self.font(), role, 0).pixelSize()
        room = max(1.0, (self.width() - 24) * (lines if lines == 1 else lines * 0.9))
        wide = QFontMetricsF(font).horizontalAdvance(text)
        if wide > room:
            font.setPixelSize(max(floor, math.floor(font.pixelSize() * room / wide)))
        return font

    def _fit_buttons(self) -> None:
        """The buttons in large type, smaller (to the system's size) where a row would not fit.

        Pause is measured as "Resume" too, its other word, so pausing moves nothing.
        """
        words = [self.pause_button.text(), self.tr("Resume")]
        shown = [b.text() for b in (self.skip_button, self.end_button) if not b.isHidden()]
        if not self.awake_button.isHidden():
            shown.append(self.awake_button.text())
        font = session_font(self.font(), "guidance", self.height())
        metrics = QFontMetricsF(font)
        text = max(metrics.horizontalAdvance(w) for w in words) + sum(
            metrics.horizontalAdvance(w) for w in shown
        )
        chrome = (len(shown) + 1) * (2 * PADDING[1] + 4 + self._button_row.spacing())
        room = self.width() - 2 * self.menu_button.sizeHint().width() - chrome - 24
        if text > room > 0:
            floor = QFontInfo(self.font()).pixelSize()
            font.setPixelSize(max(floor, math.floor(font.pixelSize() * room / text)))
        for button in (self.skip_button, self.pause_button, self.end_button, self.awake_button):
            button.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        """The menu is a window of its own, which a palette does not reach: it is given it."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.menu.setPalette(self.palette())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Scale the words to the window: readable from the floor at a distance."""
        super().resizeEvent(event)
        height = self.height()
        self.phase_label.setFont(session_font(self.font(), "title", height))
        self.menu_button.setFont(session_font(self.font(), "title", height))
        self._controls_balance.changeSize(self.menu_button.sizeHint().width(), 0)
        self._fit_buttons()
        self.alert_label.setFont(self._fitted(self.alert_label.text(), "alert", lines=3))
        self._show_guidance(self.guidance_label.text())
        self._place_dial()
