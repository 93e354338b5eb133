"""The Settings page: where the user's data lives, and (later) preferences."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from mat_companion.paths import AppPaths
from mat_companion.ui.pages import PageInfo, PlaceholderPage


class SettingsPage(PlaceholderPage):
    """Shows the folders the app writes to, with a button to open the data folder."""

    def __init__(self, info: PageInfo, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(
            info,
            self.tr(
                "Sound, motion and reminder preferences, and reviewing your safety answers, "
                "will be here."
            ),
            parent,
        )
        self._paths = paths
        form = QFormLayout()
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

    @Slot()
    def _on_open_data_folder_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._paths.data)))
