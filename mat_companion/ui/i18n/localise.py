"""The core's words and the resource files' words in the user's language.

The core returns ``Text`` (an English template and values) and loads English
from ``resources/*.json``; everything passes through here on its way to the
screen, translated in the "Core" context (collected by scripts/gen_core_texts.py).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from mat_companion.core.mixes import Mix, find_mix, layer_label
from mat_companion.core.session_config import PostureTexts, SessionTexts
from mat_companion.core.texts import Text

if TYPE_CHECKING:
    from mat_companion.core.breathing import Preset
    from mat_companion.core.stages import Stage


def shown(value: str) -> str:
    r"""Text Qt can show whole: bytes of a file name that are not UTF-8 as ``\xe9``.

    Python keeps such bytes as lone surrogates, which Qt silently drops, so a
    path on screen would name a folder that does not exist.
    """
    try:
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return value.encode("utf-8", "backslashreplace").decode("utf-8")


def tr_core(value: Text | str) -> str:
    """A core message or resource word, translated and filled in."""
    if isinstance(value, str):
        return shown(QCoreApplication.translate("Core", value)) if value else value
    filled = {key: _filling(item) for key, item in value.values.items()}
    return tr_core(value.template).format(**filled)


def _filling(item: object) -> str:
    """A value for a template: a Text translated, a number as the locale writes it (0,5)."""
    if isinstance(item, Text):
        return tr_core(item)
    if isinstance(item, float):
        return QLocale().toString(item, "g", 12)
    return shown(str(item))


def localise_stages(stages: list[Stage]) -> list[Stage]:
    """The stages with their words in the user's language."""
    return [
        replace(
            stage,
            name=tr_core(stage.name),
            mat=tr_core(stage.mat),
            wear=tr_core(stage.wear),
            pillow=tr_core(stage.pillow),
            guidance=tr_core(stage.guidance),
        )
        for stage in stages
    ]


def localise_presets(presets: list[Preset], caution: str) -> tuple[list[Preset], str]:
    """The breathing presets' names and notes, and the caution, in the user's language."""
    return (
        [
            replace(preset, name=tr_core(preset.name), note=tr_core(preset.note))
            for preset in presets
        ],
        tr_core(caution),
    )


def localise_session_texts(texts: SessionTexts) -> SessionTexts:
    """What the session says in each phase and at reminders, for each posture."""
    return SessionTexts(
        postures={
            name: PostureTexts(
                guidance={phase: tr_core(words) for phase, words in posture.guidance.items()},
                on_mat=tr_core(posture.on_mat),
                hour=tr_core(posture.hour),
            )
            for name, posture in texts.postures.items()
        },
        stage_max=tr_core(texts.stage_max),
    )


def mix_summary(layers: dict[str, float], mixes: list[Mix]) -> str:
    """How the setup page names a mix: its name, or what is in it (in the user's language)."""
    known = find_mix(mixes, layers)
    if known is not None:
        return tr_core(known.name)
    return ", ".join(
        f"{tr_core(layer_label(layer))} {round(volume * 100)}%"
        for layer, volume in layers.items()
        if volume > 0
    )
