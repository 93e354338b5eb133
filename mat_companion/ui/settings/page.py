"""The Settings page: where the user's data lives, and (later) preferences."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, time

from PySide6.QtCore import QDate, QLocale, Qt, QTime, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from mat_companion.core.clock import WallClock, local_now
from mat_companion.core.safety import QUESTIONS
from mat_companion.core.settings import ColourScheme, Settings
from mat_companion.core.texts import Message
from mat_companion.paths import AppPaths
from mat_companion.ui.i18n.language import short_date
from mat_companion.ui.i18n.localise import shown, tr_core
from mat_companion.ui.shell.pages import PageInfo, heading
from mat_companion.ui.widgets.elided_label import ElidedLabel
from mat_companion.ui.widgets.qt_dates import python_date
from mat_companion.ui.widgets.theme import choose_scheme, set_text_style
from mat_companion.ui.widgets.wrapped_check import WrappedCheck
from mat_companion.ui.widgets.wrapped_label import WrappedLabel


class SettingsPage(QWidget):
    """Motion, rest days and streaks, the reminder, the safety answers, and the app's folders.

    Signals:
        reminder_changed(): the daily reminder was turned on or off, or its time changed.
    """

    reminder_changed = Signal()

    def __init__(
        self,
        info: PageInfo,
        paths: AppPaths,
        settings: Settings,
        notice: Callable[[Message], None],
        review_safety: Callable[[], object],
        parent: QWidget | None = None,
        now: WallClock = local_now,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"page_{info.key}")
        self.setAccessibleName(info.title)
        self._paths = paths
        self._settings = settings
        self._notice = notice
        self._now = now
        form = QFormLayout()
        self._add_reduced_motion(form)
        self._add_colour_scheme(form)
        review = QPushButton(self.tr("Review the &safety questions and starting point…"))
        review.setObjectName("review_safety")
        review.clicked.connect(lambda: review_safety())
        review_row = QHBoxLayout()
        review_row.addWidget(review)
        review_row.addStretch(1)
        form.addRow(review_row)
        self._add_screening(form)
        self._add_rest_settings(form)
        self._add_reminder_settings(form)
        for label, folder in (
            (self.tr("History and data"), paths.data),
            (self.tr("Settings"), paths.config),
            (self.tr("Logs"), paths.logs),
        ):
            value = ElidedLabel(shown(str(folder)))
            value.setAccessibleName(f"{label}: {value.whole_text}")
            form.addRow(label, value)
        open_button = QPushButton(self.tr("Open data folder"))
        open_button.setObjectName("open_data_folder")
        open_button.setAccessibleName(self.tr("Open data folder"))
        open_button.clicked.connect(self._on_open_data_folder_clicked)
        button_row = QHBoxLayout()
        button_row.addWidget(open_button)
        button_row.addStretch(1)
        form.addRow("", button_row)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(info.title))
        layout.addWidget(WrappedLabel(info.summary))
        where_sound_is = WrappedLabel(
            self.tr("Ambient sound is chosen on the Session page, on its Sound line.")
        )
        set_text_style(where_sound_is, "caption")  # an aside, but readable: not greyed out
        layout.addWidget(where_sound_is)
        layout.addLayout(form)
        layout.addStretch(1)

    def _add_reduced_motion(self, form: QFormLayout) -> None:
        """The choice of words and a bar for the breathing shape, in words that wrap."""
        row = WrappedCheck(
            self.tr("&Reduced motion: words and a progress bar instead of the growing shape")
        )
        self.reduced_motion = row.box
        self.reduced_motion.setObjectName("reduced_motion")
        self.reduced_motion.setChecked(self._settings.reduced_motion)
        self.reduced_motion.toggled.connect(self._on_reduced_motion_toggled)
        form.addRow(row)

    def _add_colour_scheme(self, form: QFormLayout) -> None:
        """Light, dark, or as the system is (a high contrast system keeps its own colours)."""
        self.colour_scheme = QComboBox()
        self.colour_scheme.setObjectName("colour_scheme")
        self.colour_scheme.setAccessibleName(self.tr("Colours"))
        for label, scheme in (
            (self.tr("As the system"), ColourScheme.SYSTEM),
            (self.tr("Light"), ColourScheme.LIGHT),
            (self.tr("Dark"), ColourScheme.DARK),
        ):
            self.colour_scheme.addItem(label, scheme.value)
        self.colour_scheme.setCurrentIndex(
            self.colour_scheme.findData(self._settings.colour_scheme.value)
        )
        self.colour_scheme.currentIndexChanged.connect(self._on_colour_scheme_changed)
        named = QLabel(self.tr("&Colours"))
        named.setBuddy(self.colour_scheme)
        row = QHBoxLayout()
        row.addWidget(self.colour_scheme)
        row.addStretch(1)
        form.addRow(named, row)

    @Slot(int)
    def _on_colour_scheme_changed(self, index: int) -> None:
        scheme = ColourScheme(self.colour_scheme.itemData(index))
        self._settings.colour_scheme = scheme
        self._save()
        choose_scheme(scheme)

    def _add_screening(self, form: QFormLayout) -> None:
        """The safety answers and their date; one answer can change without the whole wizard."""
        self.screening_date = QLabel()
        self.screening_date.setObjectName("screening_date")
        self.screening_date.setWordWrap(True)
        form.addRow(self.tr("Safety answers"), self.screening_date)
        self.screening_answers = QListWidget()
        self.screening_answers.setObjectName("screening_answers")
        self.screening_answers.setAccessibleName(
            self.tr("Safety answers: a tick means yes; Space changes one")
        )
        self.screening_answers.setWordWrap(True)
        self.screening_answers.setSizeAdjustPolicy(
            QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents
        )
        for question in QUESTIONS:
            item = QListWidgetItem(tr_core(question.text))
            item.setData(Qt.ItemDataRole.UserRole, question.key)
            item.setToolTip(tr_core(question.advice))
            self.screening_answers.addItem(item)
        self.screening_answers.itemChanged.connect(self._on_screening_item_changed)
        form.addRow(self.screening_answers)
        self._show_screening()

    def showEvent(self, event: QShowEvent) -> None:
        """The wizard may have been run again since: show the answers as saved now."""
        super().showEvent(event)
        self._show_screening()

    def _show_screening(self) -> None:
        screening = self._settings.screening
        self.screening_answers.setVisible(screening is not None)
        if screening is None:
            self.screening_date.setText(self.tr("Not answered yet: use the review button above."))
            return
        self.screening_date.setText(
            self.tr(
                "Answered on {day}. A tick means yes; a yes shows its advice when you point at it."
            ).format(day=short_date(screening.answered_at.date()))
        )
        self.screening_answers.blockSignals(True)
        for row in range(self.screening_answers.count()):
            item = self.screening_answers.item(row)
            yes = screening.answers[item.data(Qt.ItemDataRole.UserRole)]
            item.setCheckState(Qt.CheckState.Checked if yes else Qt.CheckState.Unchecked)
        self.screening_answers.blockSignals(False)

    @Slot(QListWidgetItem)
    def _on_screening_item_changed(self, item: QListWidgetItem) -> None:
        """Save the one changed answer with today's date: the screening is current again."""
        screening = self._settings.screening
        if screening is None:
            return
        yes = item.checkState() == Qt.CheckState.Checked
        self._settings.screening = screening.with_answer(
            item.data(Qt.ItemDataRole.UserRole), yes, self._now()
        )
        self._save()
        self._show_screening()

    def _add_rest_settings(self, form: QFormLayout) -> None:
        """Rest weekdays, planned rest weeks, and whether streaks are shown."""
        days = QHBoxLayout()
        chosen = self._settings.rest_plan.weekdays
        self.rest_days: list[QCheckBox] = []
        locale = QLocale()
        for weekday in range(7):
            box = QCheckBox(locale.dayName(weekday + 1, QLocale.FormatType.ShortFormat))
            box.setAccessibleName(
                self.tr("{day} is a rest day").format(day=locale.dayName(weekday + 1))
            )
            box.setChecked(weekday in chosen)
            box.toggled.connect(self._on_rest_days_toggled)
            days.addWidget(box)
            self.rest_days.append(box)
        days.addStretch(1)
        form.addRow(self.tr("Rest days"), days)

        weeks = QHBoxLayout()
        self.rest_weeks = QListWidget()
        self.rest_weeks.setAccessibleName(self.tr("Planned rest weeks"))
        self.rest_weeks.setMaximumHeight(90)
        self.rest_week = QDateEdit(QDate.currentDate())
        self.rest_week.setCalendarPopup(True)
        self.rest_week.setAccessibleName(self.tr("A day in the rest week to add"))
        self.add_rest_week = QPushButton(self.tr("Add &week"))
        self.add_rest_week.setAccessibleName(self.tr("Add the week of this day as a rest week"))
        self.add_rest_week.clicked.connect(self._on_add_rest_week_clicked)
        self.remove_rest_week = QPushButton(self.tr("Remo&ve"))
        self.remove_rest_week.setAccessibleName(self.tr("Remove the selected rest week"))
        self.remove_rest_week.clicked.connect(self._on_remove_rest_week_clicked)
        weeks.addWidget(self.rest_weeks, 1)
        weeks.addWidget(self.rest_week)
        weeks.addWidget(self.add_rest_week)
        weeks.addWidget(self.remove_rest_week)
        form.addRow(self.tr("Rest weeks"), weeks)
        self._show_rest_weeks()

        self.show_streaks = QCheckBox(self.tr("Show &streaks (days in a row)"))
        self.show_streaks.setObjectName("show_streaks")
        self.show_streaks.setChecked(self._settings.show_streaks)
        self.show_streaks.toggled.connect(self._on_show_streaks_toggled)
        form.addRow(self.show_streaks)
        form.addRow(WrappedLabel(self.tr("Rest days and rest weeks never break a streak.")))

    def _add_reminder_settings(self, form: QFormLayout) -> None:
        """An optional daily reminder at a chosen time."""
        row = QHBoxLayout()
        self.reminder = QCheckBox(self.tr("Remind me &daily at"))
        self.reminder.setObjectName("reminder_enabled")
        self.reminder.setChecked(self._settings.reminder_enabled)
        self.reminder_time = QTimeEdit()
        self.reminder_time.setDisplayFormat("HH:mm")
        self.reminder_time.setAccessibleName(self.tr("Reminder time"))
        chosen = self._settings.reminder_time
        self.reminder_time.setTime(QTime(chosen.hour, chosen.minute))
        self.reminder_time.setEnabled(self.reminder.isChecked())
        self.reminder.toggled.connect(self._on_reminder_toggled)
        self.reminder_time.timeChanged.connect(self._on_reminder_time_changed)
        row.addWidget(self.reminder)
        row.addWidget(self.reminder_time)
        row.addStretch(1)
        form.addRow(self.tr("Reminder"), row)
        hint = WrappedLabel(
            self.tr(
                "Shown while Mat Companion or its tray icon is running; "
                "not on days you have already practised."
            )
        )
        form.addRow("", hint)

    @Slot(bool)
    def _on_reminder_toggled(self, on: bool) -> None:
        self.reminder_time.setEnabled(on)
        self._settings.reminder_enabled = on
        self._save()
        self.reminder_changed.emit()

    @Slot(QTime)
    def _on_reminder_time_changed(self, value: QTime) -> None:
        self._settings.reminder_time = time(value.hour(), value.minute())
        self._save()
        self.reminder_changed.emit()

    def _save(self) -> None:
        self._settings.save_or_tell(self._notice)

    @Slot()
    def _on_rest_days_toggled(self) -> None:
        days = frozenset(day for day, box in enumerate(self.rest_days) if box.isChecked())
        self._settings.rest_plan = replace(self._settings.rest_plan, weekdays=days)
        self._save()

    @Slot(bool)
    def _on_show_streaks_toggled(self, on: bool) -> None:
        self._settings.show_streaks = on
        self._save()

    def _show_rest_weeks(self) -> None:
        self.rest_weeks.clear()
        for monday in sorted(self._settings.rest_plan.weeks):
            self.rest_weeks.addItem(self.tr("Week of {day}").format(day=short_date(monday)))
            self.rest_weeks.item(self.rest_weeks.count() - 1).setData(
                Qt.ItemDataRole.UserRole, monday.isoformat()
            )

    @Slot()
    def _on_add_rest_week_clicked(self) -> None:
        day = python_date(self.rest_week.date())
        self._settings.rest_plan = self._settings.rest_plan.with_week_of(day)
        self._save()
        self._show_rest_weeks()

    @Slot()
    def _on_remove_rest_week_clicked(self) -> None:
        item = self.rest_weeks.currentItem()
        if item is None:
            return
        plan = self._settings.rest_plan
        monday = date.fromisoformat(item.data(Qt.ItemDataRole.UserRole))
        self._settings.rest_plan = replace(plan, weeks=plan.weeks - {monday})
        self._save()
        self._show_rest_weeks()

    @Slot(bool)
    def _on_reduced_motion_toggled(self, on: bool) -> None:
        self._settings.reduced_motion = on
        self._save()

    @Slot()
    def _on_open_data_folder_clicked(self) -> None:
        # as_uri encodes the folder's bytes: a name that is not UTF-8 has no Qt text of its own
        QDesktopServices.openUrl(QUrl.fromEncoded(self._paths.data.as_uri().encode("ascii")))
