"""The Settings page: where the user's data lives, and (later) preferences."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from mat_companion.core.settings import Settings
from mat_companion.paths import AppPaths
from mat_companion.ui.pages import PageInfo, PlaceholderPage


class SettingsPage(PlaceholderPage):
    """Motion preference, and the folders the app writes to with a button to open them."""

    def __init__(
        self,
        info: PageInfo,
        paths: AppPaths,
        settings: Settings,
        notice: Callable[[str], None],
        review_safety: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            info,
            self.tr(
                "Sound and reminder preferences, and reviewing your safety answers, will be here."
            ),
            parent,
        )
        self._paths = paths
        self._settings = settings
        self._notice = notice
        form = QFormLayout()
        self.reduced_motion = QCheckBox(
            self.tr("&Reduced motion: words and a progress bar instead of the growing shape")
        )
        self.reduced_motion.setObjectName("reduced_motion")
        self.reduced_motion.setChecked(settings.get("reduced_motion"))
        self.reduced_motion.toggled.connect(self._on_reduced_motion_toggled)
        form.addRow(self.reduced_motion)
        review = QPushButton(self.tr("Review the &safety questions and starting point…"))
        review.setObjectName("review_safety")
        review.clicked.connect(lambda: review_safety())
        review_row = QHBoxLayout()
        review_row.addWidget(review)
        review_row.addStretch(1)
        form.addRow(review_row)
        for label, folder in (
            (self.tr("History and data"), paths.data),
            (self.tr("Settings"), paths.config),
            (self.tr("Logs"), paths.logs),
        ):
            value = QLabel(str(folder))
            value.setAccessibleName(f"{label}: {folder}")
            form.addRow(label, value)
        open_button = QPushButton(self.tr("Open data folder"))
        open_button.setObjectName("open_data_folder")
        open_button.setAccessibleName(self.tr("Open data folder"))
        open_button.clicked.connect(self._on_open_data_folder_clicked)
        button_row = QHBoxLayout()
        button_row.addWidget(open_button)
        button_row.addStretch(1)
        form.addRow("", button_row)
        layout = self.layout()
        layout.insertLayout(layout.count() - 1, form)

    @Slot(bool)
    def _on_reduced_motion_toggled(self, on: bool) -> None:
        self._settings.set("reduced_motion", on)
        self._settings.save_or_tell(self._notice)

    @Slot()
    def _on_open_data_folder_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._paths.data)))
