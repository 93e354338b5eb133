"""Composition root: builds the stores and windows and wires them together."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from mat_companion import APP_ID, APP_NAME, ORGANIZATION_DOMAIN, ORGANIZATION_NAME, __version__
from mat_companion.audio.latency_request import ask_for_server_latency
from mat_companion.audio.output import AudioOutput, SwitchableAudio
from mat_companion.core.clock import Clock, MonotonicClock, WallClock, local_now
from mat_companion.core.files import StorageError, ensure_private_dir, shared_folder_warning
from mat_companion.core.notices import NoticeKind
from mat_companion.core.session_config import load_session_config
from mat_companion.core.settings import ColourScheme, Settings
from mat_companion.core.stages import load_stages
from mat_companion.core.startup_gate import GateEvent, StartupGate
from mat_companion.core.texts import Message, text
from mat_companion.logs import setup_logging
from mat_companion.paths import AppPaths, resource
from mat_companion.qt_app import running_app
from mat_companion.qt_messages import QtMessageLog
from mat_companion.ui.i18n.localise import localise_stages, tr_core
from mat_companion.ui.session.page import SessionPage, SessionServices
from mat_companion.ui.shell.error_report import make_excepthook
from mat_companion.ui.shell.first_paint import FirstPaintWatcher
from mat_companion.ui.shell.main_window import MainWindow, PageFactory
from mat_companion.ui.shell.pages import PageInfo, page_infos
from mat_companion.watchdog import MainLoopWatchdog

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QSystemTrayIcon

    from mat_companion.core.breathing import Preset
    from mat_companion.core.history_schema import Session
    from mat_companion.core.history_store import HistoryStore
    from mat_companion.core.progression import Progression
    from mat_companion.desktop.instance_server import InstanceServer
    from mat_companion.desktop.media_keys import MediaKeysFollower
    from mat_companion.desktop.services import DesktopServices
    from mat_companion.ui.session.runner import SessionController
    from mat_companion.ui.session.tray import SessionTray
    from mat_companion.ui.shell.recovery import RecoveryServices
    from mat_companion.ui.shell.reminder import DailyReminder

log = logging.getLogger(__name__)


def configure_application(app: QApplication) -> None:
    """Set the names Qt, the desktop and the window manager know the app by."""
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setOrganizationDomain(ORGANIZATION_DOMAIN)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resource("icons", "mat-companion.svg"))))


class AppContext:
    """The stores and services of one running app, built once and shared by the pages."""

    def __init__(
        self,
        paths: AppPaths,
        *,
        clock: Clock | None = None,
        audio: AudioOutput | None = None,
        wall_clock: WallClock = local_now,
        desktop: DesktopServices | None = None,
        colours: Callable[[ColourScheme], object] | None = None,
    ) -> None:
        """``colours`` gets the chosen scheme before the window is built (see ``start``)."""
        self.paths = paths
        self.clock = clock or MonotonicClock()
        self.audio: AudioOutput = audio or SwitchableAudio()
        self.audio_starter: QObject | None = None
        self.wall_clock = wall_clock
        self._desktop = desktop
        self._media_keys: MediaKeysFollower | None = None
        self.settings, self._settings_notice = Settings.load(paths.settings_file)
        if colours is not None:
            colours(self.settings.colour_scheme)
        self.stages = localise_stages(load_stages(resource("stages.json")))
        self._history: HistoryStore | None = None
        self._gate = StartupGate()
        self.instance_server: InstanceServer | None = None
        self._progression: Progression | None = None
        self.first_run: QWidget | None = None
        self.tray: SessionTray | None = None
        self.reminder: DailyReminder | None = None
        self._quitting = False
        self.confirm_close: QMessageBox | None = None
        #: What was said while the window was being built (a page opened at start, the
        #: History page say, loads the history then): shown once the window exists.
        self._early_notices: list[tuple[str, NoticeKind]] | None = []
        self.window = self._build_window()
        for early, kind in self._early_notices:
            self.window.show_notice(early, kind)
        self._early_notices = None
        self.window.close_guard = self._allow_close
        if self._settings_notice:
            self.notice(self._settings_notice)

    @property
    def desktop(self) -> DesktopServices:
        """The system's services, chosen when first needed (a session, a reminder), not at start."""
        if self._desktop is None:
            from mat_companion.desktop.services import for_system

            self._desktop = for_system(tray=self._tray_icon)
        return self._desktop

    def _build_window(self) -> MainWindow:
        infos = {info.key: info for info in page_infos()}
        pages: dict[str, PageFactory] = {
            "session": self._session_page,
            "breathing": self._breathing_page,
            "progress": self._progress_page,
            "history": self._history_page,
            "settings": lambda: self._settings_page(infos["settings"]),
        }
        return MainWindow(self.settings, pages)

    def _settings_page(self, info: PageInfo) -> QWidget:
        from mat_companion.ui.settings.page import SettingsPage

        page = SettingsPage(
            info,
            self.paths,
            self.settings,
            self.notice,
            self.open_first_run,
            now=self.wall_clock,
        )
        page.reminder_changed.connect(self._on_reminder_changed)
        return page

    def _on_reminder_changed(self) -> None:
        if self.reminder is not None:
            self.reminder.rearm()

    def _presets(self) -> tuple[list[Preset], str]:
        from mat_companion.core.breathing import load_presets
        from mat_companion.ui.i18n.localise import localise_presets

        return localise_presets(*load_presets(resource("presets.json")))

    def _session_page(self) -> SessionPage:
        from mat_companion.core.breathing_choices import pattern_choices
        from mat_companion.ui.i18n.localise import localise_session_texts

        timings, english = load_session_config(resource("session.json"))
        texts = localise_session_texts(english)
        services = SessionServices(
            stages=self.stages,
            patterns=pattern_choices(self._presets()[0], self.settings),
            timings=timings,
            texts=texts,
            audio=self.audio,
            clock=self.clock,
            settings=self.settings,
            paths=self.paths,
            save_record=self.save_record,
            notice=self.notice,
            make_inhibitor=lambda: self.desktop.keep_awake(),
            notifier=_DesktopNotifier(self),
            wall_clock=self.wall_clock,
            history=lambda: self.history.sessions,
            progression=self.progression,
        )
        page = SessionPage(services)
        page.dim_changed.connect(self._on_session_dim_changed)
        page.controller_changed.connect(self._on_session_controller_changed)
        page.controller_changed.connect(partial(self._follow_media_keys, page))
        if self.tray is not None:
            page.controller_changed.connect(self.tray.follow)
        if self._gate.loaded:  # built after the start-up (opened on another page): suggest now
            page.refresh_suggestion()
        return page

    def _history_page(self) -> QWidget:
        from mat_companion.core.breathing_choices import pattern_choices
        from mat_companion.ui.history.page import HistoryPage, HistoryServices

        return HistoryPage(
            HistoryServices(
                store=lambda: self.history,
                stages=self.stages,
                patterns=pattern_choices(self._presets()[0], self.settings),
                settings=self.settings,
                notice=self.notice,
                inform=self.inform,
                wall_clock=self.wall_clock,
            )
        )

    def _breathing_page(self) -> QWidget:
        from mat_companion.ui.breathing.page import BreathingPage, BreathingServices

        presets, caution = self._presets()
        return BreathingPage(
            BreathingServices(presets, caution, self.settings, self.audio, self.clock, self.notice)
        )

    def _progress_page(self) -> QWidget:
        from mat_companion.ui.progress.page import ProgressPage

        return ProgressPage(
            self.progression, lambda: self.history.sessions, self.settings, self.wall_clock
        )

    def _tray_icon(self) -> QSystemTrayIcon | None:
        return self.tray.icon if self.tray is not None else None

    def _follow_media_keys(self, page: SessionPage, controller: SessionController | None) -> None:
        """The media keys follow the session (they are reached with the first one)."""
        if self._media_keys is None:
            if controller is None:
                return
            from mat_companion.desktop.media_keys import MediaKeysFollower

            self._media_keys = MediaKeysFollower(self.desktop.media_keys, page)
        self._media_keys.follow(controller)

    def _on_session_dim_changed(self, dim: bool) -> None:
        self.window.set_focus_mode(dim)

    def _on_session_controller_changed(self, controller: SessionController | None) -> None:
        """The other pages say how a running session stands (the sidebar's Session entry)."""
        from functools import partial

        from mat_companion.ui.session.tray import session_status

        self.window.follow_session(
            None if controller is None else partial(session_status, controller)
        )

    def start_audio(self) -> None:
        """Render the sounds off the UI thread, then switch from silence to real output."""
        if not isinstance(self.audio, SwitchableAudio) or self.audio_starter is not None:
            return
        from mat_companion.audio.startup import AudioStarter

        starter = AudioStarter(
            self.audio,
            self.paths.cache,
            self.clock,
            self.settings.master_volume,
            self.window,
        )
        starter.finished.connect(self._on_audio_finished)
        starter.problem.connect(self.notice)
        self.audio_starter = starter
        starter.start()

    def _on_audio_finished(self, problem: str) -> None:
        if problem:
            self.notice(problem)

    def progression(self) -> Progression:
        """The progression rules over this app's stages (loaded on first use)."""
        if self._progression is None:
            from mat_companion.core.progression import Progression, ProgressionRules

            rules = ProgressionRules.load(resource("progression.json"))
            self._progression = Progression(self.stages, rules)
        return self._progression

    def open_first_run(self) -> QWidget:
        """The getting-started wizard with the safety screening (non-blocking)."""
        from mat_companion.ui.settings.first_run import FirstRunWizard

        wizard = FirstRunWizard(self.stages, self.settings, self.wall_clock, self.window)
        wizard.accepted.connect(self._on_first_run_accepted)
        wizard.rejected.connect(self._on_first_run_rejected)
        self.first_run = wizard
        self._gate.handle(GateEvent.ASKED)
        wizard.open()
        return wizard

    def _on_first_run_accepted(self) -> None:
        session = self.window.page("session")
        if isinstance(session, SessionPage):
            session.follow_first_run()  # also notes the sessions the stage was chosen after
        self.settings.save_or_tell(self.notice)
        self._on_question_answered()

    def _on_first_run_rejected(self) -> None:
        self._gate.handle(GateEvent.DECLINED)  # no safety answers yet: no session either

    def _on_question_answered(self) -> None:
        """The question that had to come first is answered: start a session if one was asked."""
        if self._gate.handle(GateEvent.ANSWERED):
            self._start_session()

    def request_session(self) -> None:
        """``--start-session``: straight into a session, once nothing has to be asked first.

        The safety questions (first run) and the offer to keep an unfinished
        session come first; a session already running is simply shown.
        """
        self.show_window()
        self.window.show_page("session")
        if self._gate.handle(GateEvent.REQUESTED):
            self._start_session()

    def _start_session(self) -> None:
        page = self.window.page("session")
        if isinstance(page, SessionPage):
            page.start_from_launcher()

    def show_window(self) -> None:
        """Bring the window forward (from the tray, minimised, or behind others)."""
        from mat_companion.ui.widgets.visibility import bring_forward

        bring_forward(self.window)

    def _on_instance_requested(self, request: dict[str, object]) -> None:
        from mat_companion.core.handover import Handover, handover_kind

        kind = handover_kind(request)
        if kind is Handover.QUIT:  # as the tray's Quit: a running session is asked about
            self._on_tray_quit_requested()
        elif kind is Handover.START_SESSION:
            self.request_session()
        else:
            self.show_window()

    # Closing, the tray, quitting ------------------------------------------------------------

    def _built_session_page(self) -> SessionPage | None:
        page = self.window.loaded_page("session")
        return page if isinstance(page, SessionPage) else None

    def _allow_close(self) -> bool:
        """Closing the window during a session asks first: keep it in the tray, end it, or not.

        A session that has ended but is not saved yet (the end screen, the
        check-in) is saved as it is: quitting there must not lose it.
        """
        page = self._built_session_page()
        if self._quitting or page is None:
            return True
        if not page.running:
            page.end_and_save()
            return True
        from mat_companion.ui.shell.close_guard import ask_about_running_session

        self.show_window()
        self.confirm_close = ask_about_running_session(
            self.window,
            keep=self.window.hide if self.tray is not None else None,
            end=self.end_session_and_quit,
            done=self._on_close_question_done,
        )
        return False

    def _on_close_question_done(self) -> None:
        self.confirm_close = None

    def end_session_and_quit(self) -> None:
        """Keep any session as ended early, then leave ("End it and quit", a stop signal)."""
        page = self._built_session_page()
        if page is not None:
            page.end_and_save()
        self.quit()

    def quit(self) -> None:
        """Close the window and leave (the close is no longer held)."""
        self._quitting = True
        self.window.close()
        QApplication.quit()

    def _on_tray_quit_requested(self) -> None:
        if self._allow_close():
            self.quit()

    def show_tray(self) -> None:
        """The tray icon, where the desktop has a tray."""
        from mat_companion.ui.session.tray import SessionTray, tray_available

        if self.tray is not None or not tray_available():
            return
        tray = SessionTray(
            self.window,
            self.window.windowIcon(),
            lambda: page.controller if (page := self._built_session_page()) else None,
            self._end_from_tray,
            self._acknowledge_from_tray,
            self.window,
        )
        tray.start_requested.connect(self.request_session)
        tray.quit_requested.connect(self._on_tray_quit_requested)
        page = self._built_session_page()
        if page is not None:
            page.controller_changed.connect(tray.follow)
        tray.show()
        self.tray = tray

    def _end_from_tray(self) -> None:
        page = self._built_session_page()
        if page is not None and page.running:
            self.show_window()
            page.request_end()

    def _acknowledge_from_tray(self) -> None:
        page = self._built_session_page()
        if page is not None:
            page.acknowledge()

    def start_reminder(self) -> None:
        """The optional daily reminder (it sleeps while turned off in Settings)."""
        from mat_companion.ui.shell.reminder import DailyReminder

        reminder = DailyReminder(
            self.settings,
            self.wall_clock,
            lambda: self.history.sessions,
            self.window,
            on_the_mat=self._session_under_way,
        )
        reminder.due.connect(self._on_reminder_due)
        reminder.check()
        self.reminder = reminder

    def _session_under_way(self) -> bool:
        """A session runs, or has ended and is not yet saved (its card is open)."""
        page = self.window.loaded_page("session")
        return isinstance(page, SessionPage) and page.controller is not None

    def _on_reminder_due(self, title: str, text: str) -> None:
        from mat_companion.desktop.notify import NotificationKind, NotificationPriority

        if self.tray is not None:
            self.tray.icon.showMessage(title, text, self.window.windowIcon())
            return
        if not self.desktop.notifier.notify(
            self.window,
            title,
            text,
            kind=NotificationKind.REMINDER,
            priority=NotificationPriority.NORMAL,
        ):
            self.notice(f"{title} {text}")

    def listen_for_other_launches(self) -> None:
        """Become the instance a second launch hands over to."""
        from mat_companion.desktop.instance_server import InstanceServer
        from mat_companion.desktop.single_instance import InstanceFolderError, instance_address

        with contextlib.suppress(OSError, StorageError):  # keyed on the folder itself: make it
            ensure_private_dir(self.paths.data)
        try:
            path = instance_address(self.paths)
        except InstanceFolderError as error:
            self.notice(error.text)
            return
        server = InstanceServer(path, self.window)
        if server.listen():
            server.requested.connect(self._on_instance_requested)
            self.instance_server = server

    def shut_down(self) -> None:
        """Stop listening for other launches."""
        if self.instance_server is not None:
            self.instance_server.close()

    def notice(self, message: Message, kind: NoticeKind = NoticeKind.WARNING) -> None:
        """Tell the user one sentence in the window (a core message is translated first)."""
        if self._early_notices is not None:
            self._early_notices.append((tr_core(message), kind))
            return
        self.window.show_notice(tr_core(message), kind)

    def inform(self, message: Message) -> None:
        """Tell the user that something worked (a calm notice that goes by itself)."""
        self.notice(message, NoticeKind.INFO)

    @property
    def history(self) -> HistoryStore:
        """The session history, loaded on first use (after the first paint at start-up)."""
        if self._history is None:
            from mat_companion.core.history_store import HistoryStore

            store = HistoryStore(self.paths.history_file, now=self.wall_clock)
            message = store.load()
            if message:
                self.notice(message)
            log.info("history: %d sessions from %s", len(store.sessions), self.paths.history_file)
            self._history = store
            self._tell_history_notices()
        return self._history

    def _tell_history_notices(self) -> None:
        """Say what the history's changes did besides (a conflict copy merged in, a repair)."""
        for message in self.history.take_notices():
            self.notice(message)

    def save_record(self, record: Session) -> Message | None:
        """Add a finished session to the history; one sentence if that failed."""
        from mat_companion.core.history_schema import InvalidSessionError
        from mat_companion.core.history_store import HistoryError
        from mat_companion.ui.widgets.background import wait_responsively

        history = self.history
        label = QApplication.translate("App", "Saving the session…")
        try:
            wait_responsively(lambda: history.add(record), label, self.window)
        except (StorageError, HistoryError, InvalidSessionError) as error:
            return error.text
        self._tell_history_notices()
        return None

    def after_first_paint(self) -> None:
        """Load the history; then the first-run wizard, or the offer to recover a session."""
        from mat_companion.ui.shell.focus_style import install_focus_style
        from mat_companion.ui.shell.recovery import offer_recovery

        install_focus_style(running_app(QApplication))
        _ = self.history
        self.listen_for_other_launches()
        self.show_tray()
        self.start_reminder()
        self.start_audio()
        if self.window.current_page_key() == "session":
            session = self.window.page("session")
            if isinstance(session, SessionPage):
                session.refresh_suggestion()
        if self.settings.screening is None:
            self.open_first_run()
            return
        if offer_recovery(self.recovery_services(), self._on_question_answered) is not None:
            self._gate.handle(GateEvent.ASKED)
        elif self._gate.handle(GateEvent.READY):
            self._start_session()

    def recovery_services(self) -> RecoveryServices:
        """What the offer to keep a crashed session needs of the app."""
        from mat_companion.ui.shell.recovery import RecoveryServices

        return RecoveryServices(
            checkpoints=self.paths.checkpoints,
            legacy_checkpoint=self.paths.legacy_checkpoint_file,
            history=lambda: self.history.sessions,
            save_record=self.save_record,
            notice=self.notice,
            wall_clock=self.wall_clock,
            parent=self.window,
        )


class _DesktopNotifier:
    """The desktop's notifier, reached when a session ends: the services load after start-up."""

    def __init__(self, context: AppContext) -> None:
        self._context = context

    def notify(self, window: QWidget, title: str, body: str, **options: Any) -> bool:
        """Notify as the desktop's notifier does."""
        return self._context.desktop.notifier.notify(window, title, body, **options)


class RunningApp(NamedTuple):
    """What the composition root built: the Qt application and the app's context.

    A named tuple: a dataclass costs the start-up the making of its methods.
    """

    app: QApplication
    context: AppContext
    qt_messages: QtMessageLog | None = None
    watchdog: MainLoopWatchdog | None = None

    @property
    def window(self) -> MainWindow:
        """The main window."""
        return self.context.window


def start(paths: AppPaths, *, debug: bool, read_only: Path | None = None) -> RunningApp:
    """Set up logging and Qt and show the main window, ready for the event loop.

    With ``read_only`` (a folder that cannot be written) the window still opens
    and says once that nothing kept there can be saved: a session needs no disk.
    """
    setup_logging(paths, debug=debug)
    qt_messages = QtMessageLog().install()  # before Qt says anything, even about the platform
    # FFmpeg, inside QtMultimedia, writes its own log to stderr (a banner for each file
    # opened, its warnings) unless told to pass it to Qt's handler, and so to the log.
    os.environ.setdefault("QT_FFMPEG_DEBUG", "1")
    ask_for_server_latency(os.environ)
    sys.excepthook = make_excepthook(paths.log_file)
    log.info("starting %s %s, data in %s", APP_NAME, __version__, paths.data)
    app = QApplication(sys.argv[:1])
    configure_application(app)
    from mat_companion.ui.i18n.language import install_translations

    install_translations(app)
    from mat_companion.ui.widgets.theme import install_theme

    # The palette before the window: set later, it travels to each widget. The style
    # sheet after: widgets built under one cost more than widgets given one.
    context = AppContext(paths, colours=partial(install_theme, app, sheet=False))
    install_theme(app, context.settings.colour_scheme)
    if read_only is not None:
        context.notice(
            text(
                "The folder {folder} cannot be written to, so nothing kept there can be "
                "saved; sessions still run.",
                folder=read_only,
            )
        )
    for folder in dict.fromkeys((paths.data, paths.config)):
        warning = shared_folder_warning(folder)
        if warning is not None:
            context.notice(warning)
    context.window.show()

    def after_first_paint() -> None:
        """Ctrl+C and SIGTERM end a session, so they are caught before one can start."""
        from mat_companion.stop_signals import StopSignals

        StopSignals(context.end_session_and_quit, app).install()
        context.after_first_paint()

    # Only after the first paint: history, sound and the wizard never delay the window.
    FirstPaintWatcher(context.window, after_first_paint)
    watchdog = MainLoopWatchdog(parent=app)
    watchdog.start()
    return RunningApp(app, context, qt_messages, watchdog)


def run(
    paths: AppPaths, *, debug: bool, start_session: bool = False, read_only: Path | None = None
) -> int:
    """Open the main window and run the event loop; return the exit status."""
    running = start(paths, debug=debug, read_only=read_only)
    if start_session:
        running.context.request_session()
    status = running.app.exec()
    if running.watchdog is not None:
        running.watchdog.stop()
    running.context.shut_down()
    log.info("exiting with status %s", status)
    if running.qt_messages is not None:
        running.qt_messages.uninstall()  # counts still held back, then Qt's own handler again
    return status
