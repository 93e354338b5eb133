"""The sound mixer: which ambient sounds play under a session, how loud, and how they end.

The dialog edits a copy of the settings' mix and plays it while the user
listens (Preview); OK keeps the changes, Cancel puts everything back.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mat_companion.audio.output import AudioOutput
from mat_companion.core.mixes import (
    FADE_OUT_RANGE,
    GENERATED_LAYERS,
    Mix,
    all_mixes,
    delete_mix,
    find_mix,
    layer_label,
    save_mix,
)
from mat_companion.core.settings import Settings
from mat_companion.core.texts import TextError
from mat_companion.ui.i18n.localise import shown, tr_core
from mat_companion.ui.widgets.theme import set_text_style

PREVIEW_FADE_SECONDS = 1.0
#: Tiles side by side: three fit the dialog at its narrowest with a German name on each.
TILE_COLUMNS = 3
#: A tile's name has room for this many average characters of its title type.
TILE_CHARACTERS = 18


def percent_slider(name: str, value: float) -> QSlider:
    """A 0-100 % volume slider with an accessible name."""
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setRange(0, 100)
    slider.setSingleStep(5)
    slider.setPageStep(10)
    slider.setValue(round(value * 100))
    slider.setAccessibleName(name)
    return slider


class SoundTile(QFrame):
    """One sound as a tile: its name, its volume, and (for the user's files) a remove button."""

    def __init__(self, layer: str, volume: float, removable: bool) -> None:
        super().__init__()
        self.setObjectName("sound_tile")
        self.layer = layer
        name = tr_core(layer_label(layer))
        self.label = QLabel()
        set_text_style(self.label, "title")
        text_width = self.label.fontMetrics().horizontalAdvance("x" * TILE_CHARACTERS)
        # One line, shortened in the middle if need be (the tooltip has it whole): a name
        # that wrapped grew its tile after the dialog was laid out, and was cut.
        self.label.setText(
            self.label.fontMetrics().elidedText(name, Qt.TextElideMode.ElideMiddle, text_width)
        )
        self.label.setAccessibleName(name)
        self.label.setMinimumWidth(text_width)
        kind = QLabel(
            QCoreApplication.translate("SoundMixerDialog", "Your file")
            if removable
            else QCoreApplication.translate("SoundMixerDialog", "Made by the app")
        )
        set_text_style(kind, "caption")
        if removable:  # a file of the user's: its whole path, even a byte that is not UTF-8
            self.label.setToolTip(shown(layer))
        self.slider = percent_slider(
            QCoreApplication.translate("SoundMixerDialog", "{layer} volume").format(layer=name),
            volume,
        )
        self.label.setBuddy(self.slider)
        self.value = QLabel()
        self.value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.value.setMinimumWidth(self.value.fontMetrics().horizontalAdvance("100%") + 4)
        self.remove = (
            QPushButton(QCoreApplication.translate("SoundMixerDialog", "Remove"))
            if removable
            else None
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(kind)
        volume_row = QHBoxLayout()
        volume_row.addWidget(self.slider, 1)
        volume_row.addWidget(self.value)
        layout.addLayout(volume_row)
        if self.remove is not None:
            self.remove.setAccessibleName(
                QCoreApplication.translate("SoundMixerDialog", "Remove {layer}").format(layer=name)
            )
            layout.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)

    @property
    def volume(self) -> float:
        """The slider's value as 0-1."""
        return self.slider.value() / 100

    def show_value(self) -> None:
        """Write the volume beside the slider ("off" at zero); a tile that is heard is marked."""
        off = QCoreApplication.translate("SoundMixerDialog", "off")
        self.value.setText(f"{self.slider.value()}%" if self.slider.value() else off)
        heard = self.slider.value() > 0
        if self.property("heard") != heard:
            self.setProperty("heard", heard)
            self.style().unpolish(self)
            self.style().polish(self)


class SoundMixerDialog(QDialog):
    """Choose a mix, set each layer and the overall volume, add your own files, save mixes."""

    def __init__(self, audio: AudioOutput, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sound_mixer")
        self.setWindowTitle(self.tr("Sound"))
        self._audio = audio
        self._settings = settings
        self._saved = settings.mixes
        self._original_master = settings.master_volume
        self._rows: dict[str, SoundTile] = {}
        self._playing: set[str] = set()

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Sound is optional. Everything here is generated by the app, "
                "apart from files you add yourself. Keep steady sound low, about "
                "as loud as a quiet room: the WHO advises keeping steady noise that low for sleep."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self._mix_row())
        self.message = QLabel()
        self.message.setObjectName("mix_message")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        layout.addWidget(self._sounds_box(), 1)
        layout.addLayout(self._volume_form(settings))
        layout.addLayout(self._preview_row(audio.available))
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(self._buttons)
        for layer in GENERATED_LAYERS:
            self._add_row(layer, 0.0, removable=False)
        self._load_layers(settings.ambient)
        self._fill_mixes()
        self._connect()

    def _mix_row(self) -> QHBoxLayout:
        """The saved mixes, and saving or deleting one."""
        mix_row = QHBoxLayout()
        self.mix = QComboBox()
        self.mix.setAccessibleName(self.tr("Saved mix"))
        mix_label = QLabel(self.tr("&Mix"))
        mix_label.setBuddy(self.mix)
        self.save_button = QPushButton(self.tr("&Save as…"))
        self.save_button.setAccessibleName(self.tr("Save this mix as"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete this saved mix"))
        mix_row.addWidget(mix_label)
        mix_row.addWidget(self.mix, 1)
        mix_row.addWidget(self.save_button)
        mix_row.addWidget(self.delete_button)
        return mix_row

    def _sounds_box(self) -> QGroupBox:
        """The tiles in a grid, and adding a file (a new tile, and the dialog grows)."""
        box = QGroupBox(self.tr("Sounds"))
        column = QVBoxLayout(box)
        self._grid = QGridLayout()
        for index in range(TILE_COLUMNS):
            self._grid.setColumnStretch(index, 1)
        column.addLayout(self._grid)
        self.add_file_button = QPushButton(self.tr("&Add your own sound file…"))
        column.addWidget(self.add_file_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _preview_row(self, available: bool) -> QHBoxLayout:
        """Preview: a button that plays the mix while the dialog is open, or why it cannot."""
        self.preview = QPushButton(self.tr("&Preview"))
        self.preview.setObjectName("mix_preview")
        self.preview.setCheckable(True)
        self.preview.setAccessibleName(self.tr("Play the mix while this is open"))
        self.no_output = QLabel(self.tr("There is no audio output, so nothing can be played."))
        self.no_output.setWordWrap(True)
        self.preview.setEnabled(available)
        self.no_output.setVisible(not available)
        row = QHBoxLayout()
        row.addWidget(self.preview)
        row.addWidget(self.no_output, 1)
        row.addStretch(0 if not available else 1)
        return row

    def _volume_form(self, settings: Settings) -> QFormLayout:
        form = QFormLayout()
        self.master = percent_slider(self.tr("Overall volume"), self._original_master)
        form.addRow(self.tr("&Overall volume"), self.master)
        self.fade_out = QSpinBox()
        self.fade_out.setRange(*FADE_OUT_RANGE)
        self.fade_out.setSuffix(self.tr(" s"))
        self.fade_out.setValue(settings.fade_out_seconds)
        self.fade_out.setAccessibleName(self.tr("Fade out over the session's last seconds"))
        form.addRow(self.tr("&Fade out over the last"), self.fade_out)
        return form

    def _connect(self) -> None:
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        self.mix.activated.connect(self._on_mix_activated)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.add_file_button.clicked.connect(self._on_add_file_clicked)
        self.master.valueChanged.connect(self._on_master_value_changed)
        self.preview.toggled.connect(self._on_preview_toggled)

    # Layers -------------------------------------------------------------------------------

    def layers(self) -> dict[str, float]:
        """The mix as set now: every layer with a volume above zero."""
        return {layer: row.volume for layer, row in self._rows.items() if row.volume > 0}

    def _add_row(self, layer: str, volume: float, *, removable: bool) -> None:
        tile = SoundTile(layer, volume, removable)
        index = len(self._rows)
        self._grid.addWidget(tile, index // TILE_COLUMNS, index % TILE_COLUMNS)
        tile.show()  # now, not when the event loop gets to it: a grid measures shown tiles only
        tile.show_value()
        tile.slider.valueChanged.connect(lambda _value, tile=tile: self._on_layer_changed(tile))
        if tile.remove is not None:
            tile.remove.clicked.connect(lambda _checked=False, layer=layer: self.remove_file(layer))
        self._rows[layer] = tile
        self._fit()

    def _fit(self) -> None:
        """Grow an open dialog to its tiles: Qt does not enlarge a window already shown."""
        layout = self.layout()
        if not self.isVisible() or layout is None:
            return
        layout.activate()
        hint = self.sizeHint()
        width = max(self.width(), hint.width())
        height = self.heightForWidth(width) if self.hasHeightForWidth() else hint.height()
        self.resize(width, max(self.height(), height, hint.height()))

    def _load_layers(self, layers: Mapping[str, float]) -> None:
        for layer in [name for name in self._rows if name not in GENERATED_LAYERS]:
            self.remove_file(layer)
        for layer, row in self._rows.items():
            row.slider.setValue(round(layers.get(layer, 0.0) * 100))
        for layer, volume in layers.items():
            if layer not in self._rows:
                self._add_row(layer, volume, removable=True)
        self._changed()

    def add_file(self, path: Path) -> None:
        """Add one of the user's files as a layer at half volume."""
        if str(path) not in self._rows:
            self._add_row(str(path), 0.5, removable=True)
        self._changed()

    def remove_file(self, layer: str) -> None:
        """Take one of the user's files out of the mix."""
        tile = self._rows.pop(layer, None)
        if tile is None:
            return
        self._grid.removeWidget(tile)
        tile.deleteLater()
        for index, kept in enumerate(self._rows.values()):
            self._grid.removeWidget(kept)
            self._grid.addWidget(kept, index // TILE_COLUMNS, index % TILE_COLUMNS)
        self._changed()

    @Slot()
    def _on_add_file_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Add a sound file"),
            str(Path.home()),
            self.tr("Sound files (*.wav *.ogg *.oga *.mp3 *.flac)"),
        )
        if name:
            self.add_file(Path(name))

    def _on_layer_changed(self, row: SoundTile) -> None:
        row.show_value()
        if self.preview.isChecked() and row.layer in self._playing and row.volume > 0:
            self._audio.set_layer_volume(row.layer, row.volume)
        else:
            self._changed()
            return
        self._show_mix_name()

    def _changed(self) -> None:
        self._show_mix_name()
        if self.preview.isChecked() and set(self.layers()) != self._playing:
            self._play()

    # Mixes --------------------------------------------------------------------------------

    def _fill_mixes(self) -> None:
        self.mix.clear()
        for mix in all_mixes(self._saved):
            self.mix.addItem(tr_core(mix.name), mix)
        self._show_mix_name()

    def _show_mix_name(self) -> None:
        mixes = all_mixes(self._saved)
        known = find_mix(mixes, self.layers())
        custom = self.mix.findData(None)
        if known is None:
            if custom < 0:
                self.mix.addItem(self.tr("Custom"), None)
            self.mix.setCurrentIndex(self.mix.findData(None))
        else:
            if custom >= 0:
                self.mix.removeItem(custom)
            self.mix.setCurrentIndex(self.mix.findText(tr_core(known.name)))
        self.delete_button.setEnabled(known is not None and not known.built_in)

    @Slot(int)
    def _on_mix_activated(self, index: int) -> None:
        mix = self.mix.itemData(index)
        if isinstance(mix, Mix):
            self._load_layers(dict(mix.layers))

    @Slot()
    def _on_save_clicked(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save mix"), self.tr("Name of the mix:"))
        if ok:
            self.save_as(name)

    def save_as(self, name: str) -> str | None:
        """Save the current mix under ``name``; return a sentence if that cannot be done."""
        try:
            self._saved = save_mix(self._saved, name, self.layers())
        except TextError as error:
            message = tr_core(error.text)
            self.message.setText(message)
            self.message.show()
            return message
        self.message.hide()
        self._fill_mixes()
        self.mix.setCurrentIndex(self.mix.findText(name.strip()))
        return None

    @Slot()
    def _on_delete_clicked(self) -> None:
        mix = self.mix.currentData()
        if isinstance(mix, Mix) and not mix.built_in:
            self._saved = delete_mix(self._saved, mix.name)
            self._fill_mixes()

    # Preview and volume -------------------------------------------------------------------

    @Slot(int)
    def _on_master_value_changed(self, value: int) -> None:
        self._audio.set_master(value / 100)

    @Slot(bool)
    def _on_preview_toggled(self, on: bool) -> None:
        self.preview.setText(self.tr("Sto&p the preview") if on else self.tr("&Preview"))
        if on:
            self._play()
        else:
            self._audio.fade_out(PREVIEW_FADE_SECONDS)
            self._playing = set()

    def _play(self) -> None:
        layers = self.layers()
        self._audio.set_mix(layers)
        self._audio.start_mix(PREVIEW_FADE_SECONDS)
        self._playing = set(layers)

    def done(self, result: int) -> None:
        """Stop the preview; keep the changes on OK, put the volume back on Cancel."""
        self.preview.setChecked(False)
        if result == QDialog.DialogCode.Accepted:
            self._settings.ambient = self.layers()
            self._settings.mixes = self._saved
            self._settings.master_volume = self.master.value() / 100
            self._settings.fade_out_seconds = self.fade_out.value()
        else:
            self._audio.set_master(self._original_master)
        super().done(result)
