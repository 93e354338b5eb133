"""Export and import of sessions, in the history's JSON format or as CSV.

Shared by the command line and the History page, so both accept and refuse
exactly the same files.
"""

from __future__ import annotations

import io
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Final, Literal

from mat_companion.core.files import (
    NotAFileError,
    StorageError,
    describe_os_error,
    open_regular,
    write_atomic,
)
from mat_companion.core.history_csv import read_csv, to_csv
from mat_companion.core.history_document import (
    NewerHistoryError,
    UnusableHistoryError,
    serialise_history,
)
from mat_companion.core.history_salvage import read_history
from mat_companion.core.history_schema import InvalidSessionError, Session
from mat_companion.core.texts import Text, TextError, text

Format = Literal["json", "csv"]
FORMATS: Final = ("json", "csv")


#: Problems listed one by one; the others are only counted (a broken file may hold millions).
LISTED_PROBLEMS: Final = 20


class UnusableImportError(TextError):
    """The whole file cannot be imported; the message says why in one sentence."""


@dataclass
class ImportBatch:
    """What a file offers: its valid sessions, and how many are invalid with the first problems."""

    sessions: list[Session]
    problems: list[Text] = field(default_factory=list)
    invalid: int = 0

    def refuse(self, problem: Text) -> None:
        """Count an invalid session, keeping its located problem if it is among the first."""
        self.invalid += 1
        if len(self.problems) < LISTED_PROBLEMS:
            self.problems.append(problem)


def export_sessions(sessions: list[Session], fmt: Format) -> bytes:
    """The sessions in ``fmt`` as bytes ready to write."""
    if fmt == "csv":
        # Text can hold a lone surrogate (from a JSON escape) that UTF-8 cannot; the JSON
        # export keeps it, the CSV one shows it as "?".
        return to_csv(sessions).encode("utf-8", "replace")
    return serialise_history(sessions)


def write_export(path: Path, data: bytes) -> None:
    """Write an export: a regular file (or a new one) atomically, anything else in place.

    A device, a pipe or ``/dev/stdout`` must stay what it is: replacing it with a
    file would break the system (as root) or lose the data. A link to a regular
    file stays a link: its target is replaced.

    Raises:
        StorageError: with one sentence naming the file and the reason.
    """
    try:
        kind = os.lstat(path).st_mode
    except FileNotFoundError:
        kind = stat.S_IFREG
    except OSError as error:
        raise StorageError(describe_os_error(error, text("write the export to"), path)) from None
    if stat.S_ISREG(kind) or (stat.S_ISLNK(kind) and _regular_or_missing(path)):
        write_atomic(path, data)  # through a link, to the file it leads to
    else:
        _write_in_place(path, data)


def _regular_or_missing(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except FileNotFoundError:
        return True
    except OSError:
        return False


def _write_in_place(path: Path, data: bytes) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOCTTY", 0))
        try:
            write_all(fd, data)
        finally:
            os.close(fd)
    except OSError as error:
        raise StorageError(describe_os_error(error, text("write the export to"), path)) from None


def write_all(fd: int, data: bytes) -> None:
    """Write every byte to ``fd`` (a pipe or a terminal may take fewer at a time)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def open_import(path: Path) -> BinaryIO:
    """Open a file to import, refusing at once a named pipe, a device or a folder.

    Raises:
        UnusableImportError: ``path`` is not a regular file.
        OSError: it cannot be opened.
    """
    try:
        fd = open_regular(path, os.O_RDONLY, follow_symlinks=True)
    except NotAFileError as error:
        raise UnusableImportError(
            text(
                "The file cannot be imported: {path} is {kind}, not a regular file.",
                path=path,
                kind=error.kind,
            )
        ) from None
    return os.fdopen(fd, "rb")


def first_bytes(source: BinaryIO) -> bytes:
    """The first bytes of a file, left in place for the reader (for ``guess_format``)."""
    peek = getattr(source, "peek", None)
    return bytes(peek(64)[:64]) if peek else b""


def _named_format(name: str) -> Format | None:
    """CSV or JSON by the file name's ending; None if it names neither."""
    lowered = name.lower()
    if lowered.endswith(".csv"):
        return "csv"
    if lowered.endswith(".json"):
        return "json"
    return None


def export_format(name: str) -> Format:
    """What an export to ``name`` writes: JSON for a ``.json`` name, CSV otherwise."""
    return _named_format(name) or "csv"


def guess_format(name: str, head: bytes) -> Format:
    """CSV or JSON, from the file name's ending or else from its first bytes."""
    named = _named_format(name)
    if named is not None:
        return named
    return "json" if head.lstrip()[:1] in (b"{", b"[") else "csv"


def read_import(source: BinaryIO, fmt: Format) -> ImportBatch:
    """Read an import file; a CSV one is read row by row, so its size barely matters.

    Raises:
        UnusableImportError: the file as a whole is not a history (nothing is importable).
    """
    if fmt == "json":
        return _read_json(source.read())
    batch = ImportBatch([])
    lines = io.TextIOWrapper(source, encoding="utf-8-sig", errors="surrogateescape", newline="")
    try:
        for line, found in read_csv(lines):
            if isinstance(found, Text):
                batch.refuse(text("line {line}: {problem}", line=line, problem=found))
            else:
                batch.sessions.append(found)
    except InvalidSessionError as reason:
        raise UnusableImportError(
            text("The file cannot be imported: {reason}.", reason=reason.text)
        ) from None
    finally:
        lines.detach()
    return batch


def _read_json(raw: bytes) -> ImportBatch:
    try:
        parsed = read_history(raw)
    except UnusableHistoryError as reason:
        raise UnusableImportError(
            text("The file cannot be imported: {reason}.", reason=reason.text)
        ) from None
    except NewerHistoryError as newer:
        raise UnusableImportError(
            text(
                "The file was written by a newer version of Mat Companion (schema "
                "{version}); update the app to import it.",
                version=newer.version,
            )
        ) from None
    batch = ImportBatch(parsed.sessions)
    for index, problem in parsed.skipped:
        batch.refuse(text("session {number}: {problem}", number=index + 1, problem=problem))
    return batch
