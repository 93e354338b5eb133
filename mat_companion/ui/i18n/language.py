"""The user's language and formats: the app's translation, Qt's own, and the locale's numbers.

The system locale decides (LANGUAGE/LC_ALL/LANG); English needs no file. Qt's
own translation covers its standard buttons and dialogs.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

from mat_companion.paths import resource

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QTranslator


#: The C locale says nothing of where the user is: the words in English and Europe's formats
#: (01/12/2026, 14:05, weeks from Monday), not C's own "1 12 2026".
NO_LOCALE_CHOSEN = QLocale(QLocale.Language.English, QLocale.Country.Europe)


def install_translations(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Use ``locale`` (the system's by default) for words and formats; return the translators."""
    chosen = locale if locale is not None else QLocale.system()
    if chosen.language() == QLocale.Language.C:
        chosen = NO_LOCALE_CHOSEN
    QLocale.setDefault(chosen)
    if chosen.language() == QLocale.Language.English:
        return []  # the words are written in English: nothing to load (and start-up stays quick)
    from PySide6.QtCore import QLibraryInfo, QTranslator

    installed = []
    for name, folder in (
        ("mat_companion", str(resource("translations"))),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        translator = QTranslator(app)
        if translator.load(chosen, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def decimal(value: float, places: int = 1) -> str:
    """A number as the user's locale writes it (1.5 in English, 1,5 in German)."""
    return QLocale().toString(float(value), "f", places)


def short_date(day: date) -> str:
    """A date as the user's locale writes it briefly (22/11/2026, 22.11.26)."""
    from mat_companion.ui.widgets.qt_dates import qt_date  # Qt's dates: not at start-up

    return QLocale().toString(qt_date(day), QLocale.FormatType.ShortFormat)


def date_time(moment: datetime) -> str:
    """A date and time as the user's locale writes it, in the time it was recorded in."""
    from mat_companion.ui.widgets.qt_dates import qt_date_time

    return QLocale().toString(qt_date_time(moment), QLocale.FormatType.ShortFormat)
