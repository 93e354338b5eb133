"""The Session page: set up, run, check in, save; one screen at a time."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal, SignalInstance, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QWidget

from mat_companion.audio.output import AudioOutput
from mat_companion.core.breath_cues import CueStep, SessionCueRule
from mat_companion.core.breathing_choices import PatternChoice, remember_first_use
from mat_companion.core.clock import Clock, WallClock, local_now
from mat_companion.core.safety import daily_reminders
from mat_companion.core.session_config import SessionTexts, SessionTimings
from mat_companion.core.session_phases import Phase
from mat_companion.core.settings import Settings
from mat_companion.core.stages import Stage, posture_of
from mat_companion.core.texts import Message
from mat_companion.paths import AppPaths
from mat_companion.ui.session.setup_view import SessionSetupView
from mat_companion.ui.widgets.questions import ask

if TYPE_CHECKING:
    from mat_companion.core.checkin import CheckIn
    from mat_companion.core.progression import Progression
    from mat_companion.core.session import SessionPlan
    from mat_companion.desktop.keep_awake import KeepAwake
    from mat_companion.desktop.notify import Notifier
    from mat_companion.ui.breathing.cues import BreathingCues
    from mat_companion.ui.session.completion_card import CompletionCard
    from mat_companion.ui.session.mixer import SoundMixerDialog
    from mat_companion.ui.session.run_view import SessionRunView
    from mat_companion.ui.session.runner import SessionController

log = logging.getLogger(__name__)

#: Saves a finished session record; returns None, or one sentence if it could not be saved.
SaveRecord = Callable[[dict[str, Any]], Message | None]


@dataclass
class SessionServices:
    """What a session needs from the rest of the app."""

    stages: list[Stage]
    patterns: list[PatternChoice]
    timings: SessionTimings
    texts: SessionTexts
    audio: AudioOutput
    clock: Clock
    settings: Settings
    paths: AppPaths
    save_record: SaveRecord
    notice: Callable[[Message], None]
    make_inhibitor: Callable[[], KeepAwake] | None = None
    notifier: Notifier | None = None
    wall_clock: WallClock = local_now
    history: Callable[[], Sequence[dict[str, Any]]] = tuple
    progression: Callable[[], Progression] | None = None


class SessionPage(QStackedWidget):
    """Setup, then the session screen, then the completion card with the check-in.

    The session screen and everything behind it load on the first Start, so
    opening the app stays quick.

    Signals:
        dim_changed(bool): the session screen's dim mode went on or off.
        controller_changed(object): a session started (its controller) or was put away (None).
    """

    dim_changed = Signal(bool)
    controller_changed = Signal(object)

    def __init__(self, services: SessionServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_session")
        self.setAccessibleName(self.tr("Session"))
        self._services = services
        self.controller: SessionController | None = None
        self.setup = SessionSetupView(services.stages, services.patterns)
        self.setup.set_screening(services.settings.screening)
        last = services.settings.last_session
        self.setup.restore({"stage": services.settings.stage, **last})
        self.addWidget(self.setup)
        self.setup.start_requested.connect(self._on_setup_start_requested)
        self.setup.repeat_requested.connect(self._on_setup_repeat_requested)
        self.setup.set_repeatable(bool(last))
        self.setup.stage_changed.connect(self._suggest)
        self._opened_at: str | None = None  # the stage the history last opened the setup at
        self.setup.suggestion_answered.connect(self._on_setup_suggestion_answered)
        self.setup.healed_answered.connect(self._on_setup_healed_answered)
        self.setup.mixer_requested.connect(self.open_mixer)
        self.mixer: SoundMixerDialog | None = None
        self._show_sound()
        self._run_view: SessionRunView | None = None
        self._inhibitor: KeepAwake | None = None
        self.cues: BreathingCues | None = None
        self._cue_rule = SessionCueRule()
        self.completion_card: CompletionCard | None = None
        self.confirm_end: QMessageBox | None = None

    @property
    def run_view(self) -> SessionRunView:
        """The session screen, built when first needed."""
        if self._run_view is None:
            from mat_companion.ui.session.run_view import SessionRunView

            view = SessionRunView(self._services.texts)
            view.end_requested.connect(self._on_run_view_end_requested)
            view.acknowledged.connect(self._on_run_view_acknowledged)
            view.dim_changed.connect(self.dim_changed)
            self.addWidget(view)
            self._run_view = view
        return self._run_view

    def _screen_inhibitor(self) -> KeepAwake | None:
        if self._inhibitor is None and self._services.make_inhibitor is not None:
            self._inhibitor = self._services.make_inhibitor()
        return self._inhibitor

    # Safety -------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Answers changed in Settings or the wizard, or an import, take effect on coming back."""
        super().showEvent(event)
        self.refresh_safety()
        if self._opened_at is not None:  # the history is loaded: it may have grown meanwhile
            self.refresh_suggestion()

    def follow_first_run(self) -> None:
        """The first-run answers take effect: their stage (chosen now), screening, a suggestion."""
        self._choose_stage(self._services.settings.stage)
        self.setup.restore({"stage": self._services.settings.stage})
        self.refresh_safety()
        self.refresh_suggestion()

    def refresh_safety(self) -> None:
        """Follow the saved answers; show today's reminders the first time today, and note it."""
        settings = self._services.settings
        screening = settings.screening
        self.setup.set_screening(screening)
        today = self._services.wall_clock().date()
        reminders = daily_reminders(screening, today, settings.safety_reminder_day)
        if reminders:
            self.setup.show_reminders(reminders)
            settings.safety_reminder_day = today
            self._save_settings()

    # Suggestions --------------------------------------------------------------------------

    @Slot()
    def refresh_suggestion(self) -> None:
        """Open at where the history stands (loading it if needed), and suggest for that stage.

        The stage moves only when the history's answer changes (sessions came
        in since the stage was chosen, ``Progression.opening_stage``), never
        over a stage the user is picking now.
        """
        make = self._services.progression
        if make is None:
            return
        settings = self._services.settings
        sessions = list(self._services.history())
        progression = make()
        stage = progression.opening_stage(sessions, settings.stage, settings.stage_seen_sessions)
        if stage != self._opened_at:
            self._opened_at = stage
            if stage != self.setup.stage_key:
                minutes = progression.usual_minutes(sessions, stage)
                self.setup.restore({"stage": stage, "minutes": minutes})
        self._suggest()

    @Slot()
    def _suggest(self) -> None:
        """Ask the progression rules about the stage picked now."""
        make = self._services.progression
        if make is None:
            return
        sessions = list(self._services.history())
        settings = self._services.settings
        self.setup.show_suggestion(
            make().suggest(
                sessions, self.setup.stage_key, settings.declined, settings.warning_answer
            )
        )

    def _choose_stage(self, stage: str) -> None:
        """Keep ``stage`` as chosen now, with the sessions on the path it was chosen after."""
        settings = self._services.settings
        settings.stage = stage
        make = self._services.progression
        if make is not None:
            settings.stage_seen_sessions = make().sessions_on_path(list(self._services.history()))

    @Slot(bool)
    def _on_setup_suggestion_answered(self, accepted: bool) -> None:
        from mat_companion.core.progression import with_declined

        suggestion = self.setup.current_suggestion
        settings = self._services.settings
        if suggestion is None:
            return
        if accepted:
            self._choose_stage(suggestion.stage)
        else:
            history, stage = list(self._services.history()), self.setup.stage_key
            settings.declined = with_declined(settings.declined, suggestion, history, stage)
        self._save_settings()

    @Slot(bool)
    def _on_setup_healed_answered(self, healed: bool) -> None:
        """Keep the answer with its date; once healed, suggestions return (a step back first)."""
        from mat_companion.core.warning_signs import HealedAnswer

        suggestion = self.setup.current_suggestion
        if suggestion is None or suggestion.session_id is None:
            return
        today = self._services.wall_clock().date()
        self._services.settings.warning_answer = HealedAnswer(suggestion.session_id, healed, today)
        self._save_settings()
        if healed:
            self.refresh_suggestion()

    def _save_settings(self) -> None:
        self._services.settings.save_or_tell(self._services.notice)

    # Sound --------------------------------------------------------------------------------

    def _ambient(self) -> dict[str, float]:
        return self._services.settings.ambient

    def _show_sound(self) -> None:
        from mat_companion.core.mixes import all_mixes
        from mat_companion.ui.i18n.localise import mix_summary

        saved = self._services.settings.mixes
        self.setup.show_sound(mix_summary(self._ambient(), all_mixes(saved)))

    @Slot()
    def open_mixer(self) -> SoundMixerDialog:
        """The sound mixer (non-blocking); OK saves the mix for the next sessions."""
        from mat_companion.ui.session.mixer import SoundMixerDialog

        dialog = SoundMixerDialog(self._services.audio, self._services.settings, self)
        dialog.accepted.connect(self._on_mixer_accepted)
        dialog.finished.connect(dialog.deleteLater)
        self.mixer = dialog
        dialog.open()
        return dialog

    @Slot()
    def _on_mixer_accepted(self) -> None:
        self._save_settings()
        self._show_sound()

    def _plan_with_sound(self, layers: dict[str, float]) -> SessionPlan:
        """The setup's plan, recording the ambient mix and how it fades out."""
        from dataclasses import replace

        from mat_companion.core.mixes import recorded_names

        return replace(
            self.setup.plan(),
            ambient=recorded_names(layers),
            ambient_fade_out_seconds=self._services.settings.fade_out_seconds,
        )

    # Start --------------------------------------------------------------------------------

    def start_from_launcher(self) -> None:
        """Start with the last setup (or, with none yet, the suggested one) unless one runs."""
        if self.controller is not None:
            return
        last = self._services.settings.last_session
        if last:
            self.setup.restore(last)
        elif (suggestion := self.setup.current_suggestion) is not None:
            self.setup.restore({"stage": suggestion.stage, "minutes": suggestion.minutes})
        self.setup.start()

    @Slot()
    def _on_setup_repeat_requested(self) -> None:
        self.setup.restore(self._services.settings.last_session)
        self.setup.start()

    @Slot()
    def _on_setup_start_requested(self) -> None:
        from mat_companion.ui.session.runner import SessionController

        services = self._services
        services.settings.last_session = self.setup.remembered()
        self._choose_stage(self.setup.stage_key)
        pattern = self.setup.pattern_key
        if pattern:
            remember_first_use(services.settings, pattern, services.wall_clock().date())
        self._save_settings()
        layers = self._ambient()
        services.audio.set_mix(layers)
        controller = SessionController(
            self._plan_with_sound(layers),
            clock=services.clock,
            timings=services.timings,
            audio=services.audio,
            checkpoint_folder=services.paths.checkpoints,
            checkin_before=self.setup.checkin_before(),
            inhibitor=self._screen_inhibitor(),
            wall_clock=services.wall_clock,
            parent=self,
        )
        for signal, slot in self._links(controller):
            signal.connect(slot)
        self.controller = controller
        self._cue_rule = SessionCueRule()
        self.setCurrentWidget(self.run_view)
        self.run_view.bind(
            controller,
            posture=posture_of(services.stages, controller.session.plan.stage),
            reduced_motion=services.settings.reduced_motion,
        )
        self.cues = self._cues_for(controller)
        controller.start()
        if self.cues is not None and controller.session.pacer is not None:
            self.cues.follow(controller.session.pacer, controller.session.pacer_seconds)
        self.controller_changed.emit(controller)

    def _links(self, controller: SessionController) -> tuple[tuple[SignalInstance, object], ...]:
        """Every connection from a controller to this page, made at Start, undone at the end."""
        return (
            (controller.finished, self._on_controller_finished),
            (controller.phase_changed, self._on_controller_phase_changed),
            (controller.paused_changed, self._on_controller_paused_changed),
        )

    def _cues_for(self, controller: SessionController) -> BreathingCues | None:
        """Breath cues for the session's pacer; they start once the mat time does."""
        if controller.session.pacer is None:
            return None
        from mat_companion.ui.breathing.cues import BreathingCues, Speaker

        settings = self._services.settings
        choices = settings.cues
        speaker = Speaker(parent=controller) if choices.spoken else None
        return BreathingCues(
            self._services.audio, choices, self._services.clock, speaker, controller
        )

    @Slot(Phase)
    def _on_controller_phase_changed(self, phase: Phase) -> None:
        """The breath cues follow the core's rule: placed as the mat time begins, off at the end."""
        if self.controller is not None:
            self._follow_cues(
                self._cue_rule.phase_changed(phase, paused=self.controller.session.paused)
            )

    @Slot(bool)
    def _on_controller_paused_changed(self, paused: bool) -> None:
        self._follow_cues(self._cue_rule.paused_changed(paused))

    def _follow_cues(self, step: CueStep) -> None:
        if self.cues is None:
            return
        if step is CueStep.STOP:
            self.cues.stop()
        elif step is CueStep.PLACE:
            self.cues.resume()

    # During -------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """Whether a session is under way (not yet ended)."""
        return self.controller is not None and not self.controller.session.ended

    def acknowledge(self) -> None:
        """The user is awake (the tray): as the session screen's button, once it has ended."""
        if self._run_view is not None:
            self._run_view.acknowledge()

    @Slot()
    def request_end(self) -> None:
        """Ask whether to end the session now (Esc, the End button, the tray)."""
        self._on_run_view_end_requested()

    @Slot()
    def _on_run_view_end_requested(self) -> None:
        on_the_mat = self.controller is not None and self.controller.session.reached_the_mat
        self.confirm_end = ask(
            self,
            "confirm_end",
            self.tr("End the session?"),
            self.tr("End the session now? The time so far is kept in your history.")
            if on_the_mat
            else self.tr(
                "End the session now? Your time on the mat has not begun, so nothing is kept."
            ),
            self._end_now,
        )
        self.confirm_end.finished.connect(self._on_confirm_end_finished)

    @Slot()
    def _on_confirm_end_finished(self) -> None:
        self.confirm_end = None

    def _end_now(self) -> None:
        if self.controller is not None:
            self.controller.end_early()

    @Slot(bool)
    def _on_controller_finished(self, completed: bool) -> None:
        from PySide6.QtCore import Qt

        if self.controller is not None and not self.controller.session.reached_the_mat:
            self._discard(self.controller)
            return
        window = self.window()
        minimised = bool(window.windowState() & Qt.WindowState.WindowMinimized)
        notifier = self._services.notifier
        if completed and notifier is not None and (minimised or not window.isActiveWindow()):
            from mat_companion.ui.session.run_view import end_title

            assert self.controller is not None
            session = self.controller.session
            words = self._services.texts.for_posture(
                posture_of(self._services.stages, session.plan.stage)
            )
            body = words.hour if session.limit_reached else words.guidance[Phase.FINISHED]
            notifier.notify(window, end_title(session), body)

    # After --------------------------------------------------------------------------------

    @Slot()
    def _on_run_view_acknowledged(self) -> None:
        """The completion card takes the session screen's place: no dialog over it."""
        if self.controller is None or self.completion_card is not None:
            return  # answered twice (a key and the tray): one card
        from mat_companion.core.completion import completion
        from mat_companion.ui.session.completion_card import CompletionCard

        controller, settings = self.controller, self._services.settings
        controller.acknowledge_end()
        summary = completion(
            controller.session.mat_seconds(),
            controller.started_at.date(),
            self._services.history,
            show_streaks=settings.show_streaks,
            rest=settings.rest_plan,
        )
        card = CompletionCard(controller.checkin, summary)
        card.done.connect(self._on_completion_card_done)
        self.completion_card = card
        self.addWidget(card)
        self.setCurrentWidget(card)
        card.done_button.setFocus()

    @Slot()
    def _on_completion_card_done(self) -> None:
        card = self.completion_card
        if card is None or self.controller is None:
            return
        self._save_session(card.answers())
        self._put_card_away()

    def _put_card_away(self) -> None:
        card = self.completion_card
        if card is not None:
            self.removeWidget(card)
            card.deleteLater()
            self.completion_card = None

    def end_and_save(self) -> None:
        """End the session now and keep it (the app is closing), with what the card has so far.

        Also for a session already ended but not yet saved (the end screen or
        its completion card open): quitting there must not lose it.
        """
        controller = self.controller
        if controller is None:
            return
        controller.end_early()
        if self.controller is not controller:
            return  # ended during the get-ready: nothing to keep
        controller.acknowledge_end()
        card = self.completion_card
        self._save_session(controller.checkin if card is None else card.answers())
        self._put_card_away()

    def _discard(self, controller: SessionController) -> None:
        """A session ended during the get-ready had no mat time: it is not saved at all.

        A 0-minute session in the history would count as practice and skew the
        averages; the user is told in one sentence that nothing was kept.
        """
        if controller.muted:
            controller.set_muted(False)  # for the next session; the mix is fading out
        controller.close()
        self._put_away(controller)
        self.setup.set_repeatable(True)  # its setup was remembered at Start
        self._services.notice(
            self.tr("The session ended before your time on the mat began, so it was not saved.")
        )
        self.setCurrentWidget(self.setup)

    def _put_away(self, controller: SessionController) -> None:
        """Let go of a finished session: nothing of it may fire once it is deleted.

        The session screen, the cues and this page all stop listening to it
        before it is deleted, so the next session starts clean (a link left
        behind failed the second session of a run with "already deleted").
        """
        if self.cues is not None:
            self.cues.stop()
            self.cues = None
        self.run_view.unbind()
        for signal, slot in self._links(controller):
            signal.disconnect(slot)
        self.controller = None
        self.controller_changed.emit(None)
        controller.deleteLater()

    def _save_session(self, checkin: CheckIn) -> None:
        from mat_companion.core.history_schema import InvalidSessionError
        from mat_companion.ui.i18n.localise import tr_core

        controller = self.controller
        assert controller is not None
        try:
            problem = self._services.save_record(controller.record(checkin))
        except InvalidSessionError as error:
            problem = self.tr("This session cannot be saved: {problem}.").format(
                problem=tr_core(error.text)
            )
        if problem:
            # The checkpoint stays on disk, now with the check-in: the next start offers it.
            controller.keep_unsaved(checkin)
            self._services.notice(problem)
        controller.close(keep_checkpoint=bool(problem))
        self._put_away(controller)
        self.setup.restore(self._services.settings.last_session)
        self.setup.set_repeatable(True)
        self.refresh_suggestion()
        self.setup.show_glance()
        self.setCurrentWidget(self.setup)
