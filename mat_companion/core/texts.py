"""Words for the user, kept translatable: an English template and the values that fill it.

The core has no Qt, so it cannot translate; it returns ``Text`` and the UI
translates the template (context "Core") before filling it in. ``str()``
gives the English, for logs, the command line and tests. Every template is
collected for the translators by ``scripts/gen_core_texts.py``, which finds
the ``text("...")`` calls in the core.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Text:
    """A template such as "Stay with {minutes} minutes" and its values (which may be Texts)."""

    template: str
    values: Mapping[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.template.format(**{key: plain(value) for key, value in self.values.items()})


def plain(value: object) -> str:
    """A value as English writes it: 0.5, and 20 rather than 20.0 (the UI uses the locale's)."""
    return f"{value:g}" if isinstance(value, float) else str(value)


#: What the UI accepts as a message: a translatable Text, or words already in the user's language.
Message = Text | str


def text(template: str, **values: object) -> Text:
    """A translatable message; ``template`` must be a literal so it can be collected."""
    return Text(template, values)


class TextError(ValueError):
    """A refusal whose message is a ``Text``: ``str()`` gives the English, the UI translates."""

    def __init__(self, message: Text) -> None:
        super().__init__(str(message))
        self.text = message
