"""What can still be read of a history file that is not JSON as a whole.

A power cut leaves a file cut short or padded with zeros, a partial sync a copy
cut off, a hand edit one bad token: the sessions around the damage are intact in
the bytes. So the document is read key by key, and its ``sessions`` and
``deleted`` lists record by record: each record is parsed and then validated
exactly as in a whole file (``read_document``), one that cannot be read is
counted, and reading goes on at the next record that can. Parsing stays within
the codec's depth limit (a record nested too deeply is one that cannot be read),
and only a document that starts as a history's object is read at all.
"""

from __future__ import annotations

import json
import re
from typing import Any

from mat_companion.core import json_codec
from mat_companion.core.history_document import (
    NotJSONError,
    ParsedHistory,
    UnusableHistoryError,
    collector_paused,
    parse_history,
    read_document,
)
from mat_companion.core.history_schema import SCHEMA_VERSION
from mat_companion.core.texts import Text, text

#: The keys salvage reads; after damage, reading goes on at the next of them.
_OWN_KEY = re.compile(r'"(?:schema_version|sessions|deleted)"[ \t\n\r]*:')
_SPACE = re.compile(r"[ \t\n\r]*")
#: The field every record of each list has, by which salvage knows where a record begins.
_RECORD_FIELD = {"sessions": '"started_at"', "deleted": '"deleted_at"'}
#: Finds where a value ends; what the value is, the codec decides.
_SCANNER = json.JSONDecoder()
#: The first stretch of text a value is looked for in (a session takes well under 1 KiB).
_WINDOW = 4096
#: An error this close to a window's end may be the window's: a number or word cut off.
_LONGEST_CUT = 64
#: How many places that are no value a file may make salvage try, so any file is read quickly.
_TRIES = 10_000


def read_history(raw: bytes) -> ParsedHistory:
    """``parse_history``, or what ``salvage_history`` can read of bytes that are not JSON.

    Raises:
        UnusableHistoryError: not a history, or nothing in it can be read.
        NewerHistoryError: a ``schema_version`` newer than this app knows.
    """
    try:
        return parse_history(raw)
    except NotJSONError:
        salvaged = salvage_history(raw)
        if salvaged is None:
            raise
        return salvaged


def salvage_history(raw: bytes) -> ParsedHistory | None:
    """The readable sessions and deletions of a damaged document, or None if there are none.

    Records that cannot be read are in ``skipped`` (and ``skipped_deletions``)
    with those that do not validate, by their place in the file.

    Raises:
        NewerHistoryError: the ``schema_version`` read is newer than this app knows.
    """
    with collector_paused():
        found = _Reader(raw).document()
    if found is None:
        return None
    document, lists = found
    readable: dict[str, list[Any]] = {}
    places: dict[str, list[int]] = {}
    unreadable: dict[str, list[tuple[int, Text]]] = {}
    for key, records in lists.items():
        readable[key], places[key], unreadable[key] = [], [], []
        for index, record in enumerate(records):
            if isinstance(record, _Unreadable):
                unreadable[key].append((index, record.problem))
            else:
                readable[key].append(record)
                places[key].append(index)
    try:
        parsed = read_document({**document, **readable})
    except UnusableHistoryError:
        return None
    if not parsed.sessions and not parsed.deleted:
        return None
    parsed.skipped = _in_file_order(parsed.skipped, places["sessions"], unreadable["sessions"])
    if "deleted" in lists and parsed.version == SCHEMA_VERSION:  # older versions had none
        parsed.skipped_deletions = _in_file_order(
            parsed.skipped_deletions, places["deleted"], unreadable["deleted"]
        )
    parsed.salvaged = True
    return parsed


def _in_file_order(
    invalid: list[tuple[int, Text]], places: list[int], unreadable: list[tuple[int, Text]]
) -> list[tuple[int, Text]]:
    """Both kinds of records left out, numbered by their place among all of the list's."""
    moved = [(places[index], problem) for index, problem in invalid]
    return sorted(moved + unreadable, key=lambda item: item[0])


class _Unreadable:
    """A record of a list that could not be read, and why."""

    def __init__(self, problem: Text) -> None:
        self.problem = problem


class _BrokenError(Exception):
    """The bytes at a place are not the JSON expected there.

    ``end`` is where the value ends if its shape could be read (a NaN, a bad
    byte of UTF-8 in a string), or None if the damage hides it.
    """

    def __init__(self, problem: Text, end: int | None) -> None:
        super().__init__(problem)
        self.problem, self.end = problem, end


class _Reader:
    """Reads the document's parts from text decoded without losing a byte."""

    def __init__(self, raw: bytes) -> None:
        self.text = raw.decode("utf-8", "surrogateescape").removeprefix("\ufeff")
        self.tries = 0

    def document(self) -> tuple[dict[str, Any], dict[str, list[Any]]] | None:
        """The document's readable values and the records of its lists, or None if not one."""
        start = self._skip(0)
        if not self.text.startswith("{", start):
            return None
        values: dict[str, Any] = {}
        lists: dict[str, list[Any]] = {}
        position: int | None = self._skip(start + 1)
        while position is not None and position < len(self.text):
            if self.text.startswith("}", position):
                if "sessions" in lists:
                    break  # the end of the document: what follows is the damage
                position = self._own_key(position)  # a brace where none belongs
                continue
            try:
                key, position = self._key(position)
            except _BrokenError:
                position = self._own_key(position)
                continue
            if key in _RECORD_FIELD and self.text.startswith("[", position):
                records, position, closed = self._list(key, position)
                lists.setdefault(key, []).extend(records)
                if not closed:
                    position = self._own_key(position)
                    continue
            else:
                try:
                    values[key], position = self._value(position)
                except _BrokenError as broken:
                    if key == "schema_version":
                        values[key] = None  # a version that cannot be read is no version
                    if broken.end is None:
                        position = self._own_key(position)
                        continue
                    position = broken.end
            position = self._skip(position)
            if self.text.startswith(",", position):
                position = self._skip(position + 1)
            elif not self.text.startswith("}", position):
                position = self._own_key(position)
        if "sessions" not in lists:
            return None
        return values, lists

    def _list(self, key: str, start: int) -> tuple[list[Any], int, bool]:
        """The records of the list ``key`` at ``start``, where reading stopped, and if it closed."""
        records: list[Any] = []
        position = self._skip(start + 1)
        while True:
            if self._closes(position):
                return records, position + 1, True
            try:
                record, position = self._value(position)
                records.append(record)
            except _BrokenError as broken:
                records.append(_Unreadable(broken.problem))
                if broken.end is None:
                    resumed = self._next_record(key, position)
                    if resumed is None:
                        return records, position, False
                    position = resumed
                    continue
                position = broken.end
            position = self._skip(position)
            if self.text.startswith(",", position):
                position = self._skip(position + 1)
            elif not self._closes(position):  # damage between two records
                resumed = self._next_record(key, position)
                if resumed is None:
                    return records, position, False
                position = resumed

    def _closes(self, position: int) -> bool:
        """Whether a bracket at ``position`` ends the list: the document goes on after it.

        A bracket followed by anything else is damage (a record's first byte
        changed, say), and the records after it are still read.
        """
        if not self.text.startswith("]", position):
            return False
        after = self._skip(position + 1)
        return after == len(self.text) or self.text[after] in ",}\0"

    def _next_record(self, key: str, after: int) -> int | None:
        """Where the next record of the list ``key`` begins, before any other key's list.

        That is the next object that parses, is no field's value (as one after a
        colon is) and holds the field every record of the list has: a piece of
        a damaged record is not taken for one.
        """
        own = _OWN_KEY.search(self.text, after)
        end = len(self.text) if own is None else own.start()
        needed = _RECORD_FIELD[key]
        candidate = self.text.find("{", after + 1, end)
        while candidate >= 0 and self.tries < _TRIES:
            if self._before(candidate) != ":":
                found = self._end_of_value(candidate)
                if found is not None and needed in self.text[candidate:found]:
                    return candidate
            candidate = self.text.find("{", candidate + 1, end)
        return None

    def _before(self, position: int) -> str:
        """The last character before ``position`` that is not JSON whitespace."""
        while position > 0 and self.text[position - 1] in " \t\n\r":
            position -= 1
        return self.text[position - 1] if position > 0 else ""

    def _key(self, position: int) -> tuple[str, int]:
        if not self.text.startswith('"', position):
            raise _BrokenError(text("it is not valid JSON"), None)
        key, position = self._value(position)
        position = self._skip(position)
        if not self.text.startswith(":", position):
            raise _BrokenError(text("it is not valid JSON"), None)
        return key, self._skip(position + 1)

    def _value(self, start: int) -> tuple[Any, int]:
        """The value at ``start`` as the codec reads it, and where it ends."""
        end = self._end_of_value(start)
        if end is None:
            raise _BrokenError(text("it is not valid JSON"), None)
        try:
            value = json_codec.loads(self.text[start:end].encode("utf-8", "surrogateescape"))
        except json_codec.JSONError as reason:
            raise _BrokenError(text("{problem}", problem=str(reason)), end) from None
        return value, end

    def _end_of_value(self, start: int) -> int | None:
        """Where the JSON value at ``start`` ends, or None if there is none.

        The decoder is given a window of the text, widened only while the value
        may go on past it: its error message counts the lines before the error,
        which on the whole text would make every failure cost the whole file.
        """
        size = _WINDOW
        while True:
            window = self.text[start : start + size]
            try:
                return start + _SCANNER.raw_decode(window)[1]
            except RecursionError:
                break
            except json.JSONDecodeError as error:
                cut = error.pos >= len(window) - _LONGEST_CUT or error.msg.startswith(
                    "Unterminated"
                )
                if not cut or start + size >= len(self.text):
                    break
            size *= 8
        self.tries += 1
        return None

    def _own_key(self, after: int) -> int | None:
        found = _OWN_KEY.search(self.text, after)
        return None if found is None else found.start()

    def _skip(self, position: int) -> int:
        match = _SPACE.match(self.text, position)
        assert match is not None  # it matches the empty string
        return match.end()
