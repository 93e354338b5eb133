"""Dates and times as the locale writes them, in the time they were recorded in."""

import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from mat_companion.ui.i18n.language import date_time, install_translations, short_date
from tests.ui.widgets.test_qt_dates import CENTRAL_EUROPE


@pytest.fixture
def british() -> Iterator[None]:
    """English as written in Britain, on a machine in Central Europe."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TZ", CENTRAL_EUROPE)
        time.tzset()
        yield
    time.tzset()
    QLocale.setDefault(before)


def test_a_day_is_written_the_locales_short_way(british: None) -> None:
    assert short_date(date(2026, 11, 22)) == "22/11/2026"


def test_a_time_is_shown_in_the_zone_it_was_recorded_in(british: None) -> None:
    moment = datetime(2026, 7, 1, 21, 5, tzinfo=timezone(timedelta(hours=-4)))
    assert date_time(moment) == "01/07/2026 21:05"


def test_a_time_this_machines_clocks_skip_is_shown_as_recorded(british: None) -> None:
    """02:30 on the night Central Europe jumps from 02:00 to 03:00, recorded in New York."""
    moment = datetime(2026, 3, 29, 2, 30, tzinfo=timezone(timedelta(hours=-4)))
    assert date_time(moment) == "29/03/2026 02:30"


def test_the_c_locale_writes_english_with_day_month_year_not_cs_own(qapp: QApplication) -> None:
    """LANG=C (a minimal system, a container) chooses no place: Europe's English formats."""
    before = QLocale()
    try:
        assert install_translations(qapp, QLocale.c()) == []
        assert short_date(date(2026, 12, 1)) == "01/12/2026"  # C's own: "1 12 2026"
        assert date_time(datetime(2026, 12, 1, 14, 5)) == "01/12/2026 14:05"
        assert QLocale().firstDayOfWeek() == Qt.DayOfWeek.Monday
        assert QLocale().toString(5.5, "f", 1) == "5.5"
    finally:
        QLocale.setDefault(before)
