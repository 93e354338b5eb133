"""Every screen of the app, reached as a user would, in any look: a tour for eyes and checks.

The screenshot tour (scripts/screenshot_tour.py) pictures each screen; the layout
test (tests/ui/test_geometry.py) checks each one's geometry. Both walk the same
screens: the pages, every dialog, each first-run page, and a session from get-ready
to the completion, driven by a fake clock so that no screen waits for real time.
A screen that cannot be reached (a control another change moved or renamed) is
told as a problem and the tour goes on, so the tour works on whatever is in the tree.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QMessageBox,
    QTabWidget,
    QWidget,
    QWizard,
)

from mat_companion.app import AppContext, configure_application
from mat_companion.audio.output import NullAudio
from mat_companion.core.clock import FakeClock
from mat_companion.core.files import write_atomic
from mat_companion.core.history_document import serialise_history
from mat_companion.core.history_schema import Session
from mat_companion.core.safety import QUESTIONS, Screening
from mat_companion.core.session import ReminderKind
from mat_companion.core.session_phases import Phase
from mat_companion.core.settings import ColourScheme, Settings
from mat_companion.paths import AppPaths
from mat_companion.ui.i18n.language import install_translations
from mat_companion.ui.session.page import SessionPage
from mat_companion.ui.widgets.theme import install_theme, theme_of
from tests.desktop.fakes import quiet_desktop
from tests.factories import make_session
from tests.ui.session_helpers import ZONE, Wall, page_of, unguarded
from tests.ui.test_accessibility import high_contrast, settle_layouts
from tests.ui.widgets.test_theme import plain_look

SCHEMES = ("light", "dark", "contrast")
LANGUAGES = ("en", "de")
SIZES = ((800, 600), (1920, 1080))
_LOCALES = {
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
    "de": QLocale(QLocale.Language.German, QLocale.Country.Germany),
}


@dataclass(frozen=True)
class Look:
    """How the app is seen: its colour scheme, its language and its window's size."""

    scheme: str
    language: str
    size: tuple[int, int]

    @property
    def name(self) -> str:
        """The look in a file name: ``dark_de_800x600``."""
        return f"{self.scheme}_{self.language}_{self.size[0]}x{self.size[1]}"


def offscreen_platform(size: tuple[int, int], scale: int, folder: Path) -> str:
    """``QT_QPA_PLATFORM`` for an offscreen screen of ``size`` at ``scale`` (config in ``folder``).

    The screen a full-screen window fills and a message box fits itself to: without
    it the offscreen screen is 800x800 pixels, 400x400 at 2x.
    """
    config = folder / f"screen-{size[0]}x{size[1]}-{scale}x.json"
    width, height = size
    screen = {"name": "tour", "x": 0, "y": 0, "width": width * scale, "height": height * scale}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    return f"offscreen:configfile={config}"


def every_look() -> list[Look]:
    """Each scheme in each language at each size."""
    return [
        Look(scheme, language, size)
        for scheme in SCHEMES
        for language in LANGUAGES
        for size in SIZES
    ]


@dataclass(frozen=True)
class Screen:
    """One thing the user sees: a name that says what it is, and the window showing it."""

    name: str
    window: QWidget


@contextmanager
def dressed(app: QApplication, look: Look) -> Iterator[None]:
    """The application in ``look``'s scheme and language, as it was again afterwards.

    High contrast is what a system asking for it gets: its own palette (here black,
    white and yellow) and no stylesheet of ours.
    """
    configure_application(app)
    before = QLocale()
    translators = install_translations(app, _LOCALES[look.language])
    contrast = look.scheme == "contrast"
    theme = install_theme(app, ColourScheme.DARK if look.scheme == "dark" else ColourScheme.LIGHT)
    if contrast:
        theme.scheme = lambda: None  # type: ignore[method-assign]  # as the system asks
        theme.apply()
        app.setPalette(high_contrast())
    try:
        yield
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(before)
        installed = theme_of(app)
        if installed is not None:
            installed.setParent(None)
        plain_look(app)


def seeded_history(weeks: int = 30) -> list[Session]:
    """Half a year and more of practice, a stage further every few months, ratings easing."""
    end = datetime(2026, 11, 20, 20, 30, tzinfo=ZONE)
    sessions = []
    for day in range(weeks * 7):
        if day % 7 in (2, 5):  # two days a week off
            continue
        started = end - timedelta(days=weeks * 7 - day)
        stage = ("beginner", "intermediate", "advanced")[min(2, day * 3 // (weeks * 7))]
        minutes = 10 + (day * 7) % 21
        ease = day * 4 // (weeks * 7)
        sessions.append(
            make_session(
                started_at=started.isoformat(timespec="seconds"),
                ended_at=(started + timedelta(minutes=minutes)).isoformat(timespec="seconds"),
                planned_seconds=minutes * 60,
                actual_seconds=minutes * 60,
                stage=stage,
                ratings={
                    "pain_before": 6 - ease + day % 3,
                    "pain_after": max(0, 4 - ease + day % 2),
                    "stress_before": 7 - ease,
                    "stress_after": max(0, 4 - ease - day % 2),
                    "comfort": 3 + day % 3,
                },
                note="Warm after a few minutes; the sting faded." if day % 4 == 0 else None,
            )
        )
    return sessions


def prepare(paths: AppPaths) -> None:
    """A returning user's folder: the seeded history, and the safety questions answered."""
    paths.data.mkdir(parents=True, exist_ok=True)
    write_atomic(paths.history_file, serialise_history(seeded_history()))
    settings, _ = Settings.load(paths.settings_file)
    answered = datetime(2026, 5, 1, 20, 0, tzinfo=ZONE)
    settings.screening = Screening({q.key: False for q in QUESTIONS}, answered)
    settings.save()


def open_app(paths: AppPaths, look: Look) -> AppContext:
    """The app's window over ``paths``, at ``look``'s size, on a fake clock."""
    clock = FakeClock()
    context = AppContext(
        paths, clock=clock, audio=NullAudio(), wall_clock=Wall(clock), desktop=quiet_desktop()
    )
    context.window.resize(*look.size)
    context.window.show()
    settle()
    _ = context.history  # what the app loads after its first paint, and then suggests from
    page_of(context).refresh_suggestion()
    settle()
    return context


def close_app(context: AppContext) -> None:
    """Close every window of ``context``, a running session without asking."""
    close_dialogs()
    page = context.window.loaded_page("session")
    if isinstance(page, SessionPage) and page.controller is not None:
        page.controller.close()
    unguarded(context.window)
    context.window.close()
    context.window.deleteLater()
    settle()


def settle() -> None:
    """Let the layouts and posted events run, as a moment on screen would."""
    settle_layouts()


def close_dialogs() -> None:
    """Close every dialog open (as Escape would)."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
    settle()


def open_dialog(kind: type[QDialog] = QDialog) -> QDialog:
    """The dialog just opened (the last shown of ``kind``)."""
    settle()
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    if not shown:
        raise LookupError(f"no {kind.__name__} is open")
    return shown[-1]


def slug(text: str) -> str:
    """A text as part of a file name."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


Part = Callable[[AppContext, Path], Iterator[Screen]]


def page(key: str) -> Part:
    """The part showing page ``key`` as the window opens on it (each tab of its tabs)."""

    def shown(context: AppContext, _scratch: Path) -> Iterator[Screen]:
        window = context.window
        window.show_page(key)
        settle()
        yield Screen(f"page-{key}", window)
        tabs = window.page(key).findChild(QTabWidget)
        for index in range(1, tabs.count() if tabs is not None else 0):
            tabs.setCurrentIndex(index)
            settle()
            tab = slug(tabs.widget(index).objectName() or str(index))
            yield Screen(f"page-{key}-{tab}", window)

    return shown


def session_setup(context: AppContext, _scratch: Path) -> Iterator[Screen]:
    """The Session page's full setup, behind "Change setup…"."""
    window = context.window
    window.show_page("session")
    setup = page_of(context).setup
    setup.full_setup_button.click()
    settle()
    yield Screen("page-session-setup", window)
    setup.full_setup_button.click()
    settle()


def breathing_pacing(context: AppContext, _scratch: Path) -> Iterator[Screen]:
    """The Breathing page pacing a breath."""
    window = context.window
    window.show_page("breathing")
    page = window.page("breathing")
    page.start_button.click()  # type: ignore[attr-defined]
    settle()
    yield Screen("page-breathing-pacing", window)
    page.stop()  # type: ignore[attr-defined]


def about(context: AppContext, _scratch: Path) -> Iterator[Screen]:
    """The About dialog."""
    from mat_companion.ui.shell.about import show_about

    show_about(context.window)
    yield Screen("dialog-about", open_dialog(QMessageBox))


def error_report(context: AppContext, scratch: Path) -> Iterator[Screen]:
    """What an unexpected error shows."""
    from mat_companion.ui.shell.error_report import make_excepthook

    context.window.activateWindow()
    make_excepthook(scratch / "log.txt")(ValueError, ValueError("a test of the report"), None)
    yield Screen("dialog-error-report", open_dialog(QMessageBox))


def recovery(context: AppContext, _scratch: Path) -> Iterator[Screen]:
    """The offer to keep a session a crash cut short."""
    from mat_companion.ui.shell.recovery import offer_recovery
    from tests.ui.session.test_page import leave_checkpoint

    leave_checkpoint(context.paths, 470.0)
    clock = context.clock
    assert isinstance(clock, FakeClock)
    clock.advance(3600)  # an hour after the crash: the question as usual, not of a clock put back
    box = offer_recovery(context.recovery_services())
    if box is None:
        raise LookupError("no recovery was offered")
    settle()
    yield Screen("dialog-recovery", box)


def history_dialogs(context: AppContext, _scratch: Path) -> Iterator[Screen]:
    """The record editor (a session's, and a new one's) and the question before deleting."""
    window = context.window
    window.show_page("history")
    history = window.page("history")
    history.table.selectRow(0)  # type: ignore[attr-defined]
    editor = history.open_selected()  # type: ignore[attr-defined]
    settle()
    yield Screen("dialog-record-editor", editor)
    close_dialogs()
    adding = history.add_session()  # type: ignore[attr-defined]
    settle()
    yield Screen("dialog-record-editor-new", adding)
    close_dialogs()
    history.table.selectRow(0)  # type: ignore[attr-defined]
    history.delete_button.click()  # type: ignore[attr-defined]
    yield Screen("dialog-delete-question", open_dialog(QMessageBox))


def mixer(context: AppContext, _scratch: Path) -> Iterator[Screen]:
    """The sound mixer, as it opens and with a sound of the user's own added."""
    context.window.show_page("session")
    dialog = page_of(context).open_mixer()
    settle()
    yield Screen("dialog-mixer", dialog)
    dialog.add_file(Path("/music/Sea at night.ogg"))
    settle()
    yield Screen("dialog-mixer-own-sound", dialog)


def first_run(context: AppContext, _scratch: Path) -> Iterator[Screen]:
    """Each page of the first-run wizard, as a new user meets it and with its first answers.

    The first answer of a question is its yes, so every piece of safety advice is seen.
    """
    answered = context.settings.screening
    context.settings.screening = None
    try:
        wizard = context.open_first_run()
    finally:
        context.settings.screening = answered
    assert isinstance(wizard, QWizard)
    settle()
    for number in range(1, 12):
        page = wizard.currentPage()
        name = f"wizard-{number}-{slug(type(page).__name__.removesuffix('Page'))}"
        yield Screen(name, wizard)
        groups = [
            group
            for group in page.findChildren(QButtonGroup)
            if group.checkedId() < 0 and group.buttons()
        ]
        for group in groups:
            group.buttons()[0].setChecked(True)
        if groups:
            settle()
            yield Screen(f"{name}-answered", wizard)
        following = wizard.button(QWizard.WizardButton.NextButton)
        if not following.isVisible() or not following.isEnabled():
            return
        following.click()
        settle()


def session(context: AppContext, _scratch: Path) -> Iterator[Screen]:  # noqa: C901 - one story
    """A session from get-ready to its completion: each phase, paused, muted, dimmed, reminded."""
    window = context.window
    clock = context.clock
    assert isinstance(clock, FakeClock)
    window.show_page("session")
    page = page_of(context)
    page.setup.minutes.setValue(10)
    page.setup.start()
    settle()
    controller = page.controller
    if controller is None:
        raise LookupError("the session did not start")

    def advance(seconds: float) -> None:
        clock.advance(seconds)
        controller.update()
        settle()

    advance(2)
    yield Screen("session-get-ready", window)
    seen = {Phase.GET_READY}
    while controller.phase is not Phase.FINISHED:
        clock.advance(5)  # unseen: the screen is settled only where it is looked at
        controller.update()
        phase = controller.phase
        if phase in seen:
            continue
        seen.add(phase)
        advance(3)
        yield Screen(f"session-{slug(phase.value)}", window)
        if phase is Phase.MAIN:
            yield from _session_moments(context, page, advance)
    yield Screen("session-completion", window)
    page.acknowledge()
    try:
        yield Screen("dialog-check-in", open_dialog())
    except LookupError:  # the check-in is on the screen itself
        yield Screen("session-after-completion", window)


def _session_moments(
    context: AppContext, page: SessionPage, advance: Callable[[float], None]
) -> Iterator[Screen]:
    """In the middle of a session: paused, muted, dimmed, a reminder, the questions."""
    window = context.window
    controller = page.controller
    assert controller is not None
    controller.toggle_pause()
    settle()
    yield Screen("session-paused", window)
    controller.toggle_pause()
    view = page.run_view
    view.toggle_sound()  # type: ignore[attr-defined]
    advance(1)
    yield Screen("session-muted", window)
    view.toggle_sound()  # type: ignore[attr-defined]
    view.toggle_dim()  # type: ignore[attr-defined]
    advance(1)
    yield Screen("session-dimmed", window)
    view.toggle_dim()  # type: ignore[attr-defined]
    window.resize(*_size_of(context))
    controller.reminder.emit(ReminderKind.STAGE_MAX)
    advance(1)
    yield Screen("session-reminder", window)
    for key in ("history", "progress"):
        window.show_page(key)
        settle()
        yield Screen(f"page-{key}-during-session", window)
    window.show_page("session")
    page.request_end()
    yield Screen("dialog-end-question", open_dialog(QMessageBox))
    close_dialogs()
    window.close()
    yield Screen("dialog-close-question", open_dialog(QMessageBox))
    close_dialogs()


def _size_of(context: AppContext) -> tuple[int, int]:
    width, height = context.window.property("tour_size")
    return int(width), int(height)


#: The tour's parts by name, in the order a user meets them; each starts from the window
#: as the one before left it, or as it opens.
PARTS: dict[str, Part] = {
    **{
        f"page-{key}": page(key)
        for key in ("session", "breathing", "progress", "history", "settings")
    },
    "session-setup": session_setup,
    "breathing-pacing": breathing_pacing,
    "history-dialogs": history_dialogs,
    "mixer": mixer,
    "about": about,
    "error-report": error_report,
    "recovery": recovery,
    "first-run": first_run,
    "session": session,
}


def tour(
    context: AppContext, scratch: Path, parts: list[str], problems: list[str]
) -> Iterator[tuple[str, Screen]]:
    """Every screen of the ``parts`` named; a part that breaks off is told in ``problems``."""
    for name in parts:
        try:
            for screen in PARTS[name](context, scratch):
                yield name, screen
        except Exception as error:  # noqa: BLE001 - a screen moved: say which, go on
            problems.append(f"{name}: {type(error).__name__}: {error}")
        close_dialogs()
        context.window.resize(*_size_of(context))


def walk(
    app: QApplication,
    look: Look,
    folder: Path,
    problems: list[str],
    parts: list[str] | None = None,
) -> Iterator[tuple[str, Screen]]:
    """``look``'s screens, each with its part's name, over a returning user's data in ``folder``.

    ``parts`` (all by default) are walked in one window; what could not be seen is
    added to ``problems``.
    """
    paths = AppPaths.under(folder / "data")
    prepare(paths)
    with dressed(app, look):
        context = open_app(paths, look)
        context.window.setProperty("tour_size", look.size)
        try:
            yield from tour(context, folder, list(PARTS) if parts is None else parts, problems)
        finally:
            close_app(context)
