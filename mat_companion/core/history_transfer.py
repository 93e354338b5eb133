"""Export and import of sessions, in the history's JSON format or as CSV.

Shared by the command line and the History page, so both accept and refuse
exactly the same files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final, Literal

from mat_companion.core.history_csv import from_csv, to_csv
from mat_companion.core.history_document import (
    NewerHistoryError,
    UnusableHistoryError,
    parse_history,
    serialise_history,
)
from mat_companion.core.history_schema import InvalidSessionError, Session
from mat_companion.core.texts import Text, TextError, text

Format = Literal["json", "csv"]
FORMATS: Final = ("json", "csv")


class UnusableImportError(TextError):
    """The whole file cannot be imported; the message says why in one sentence."""


@dataclass
class ImportBatch:
    """What a file offers: its valid sessions and a located problem for each invalid one."""

    sessions: list[Session]
    problems: list[Text] = field(default_factory=list)


def export_sessions(sessions: list[Session], fmt: Format) -> bytes:
    """The sessions in ``fmt`` as bytes ready to write."""
    if fmt == "csv":
        # Text can hold a lone surrogate (from a JSON escape) that UTF-8 cannot; the JSON
        # export keeps it, the CSV one shows it as "?".
        return to_csv(sessions).encode("utf-8", "replace")
    return serialise_history(sessions)


def guess_format(name: str, raw: bytes) -> Format:
    """CSV or JSON, from the file name's ending or else from the first character."""
    lowered = name.lower()
    if lowered.endswith(".csv"):
        return "csv"
    if lowered.endswith(".json"):
        return "json"
    return "json" if raw.lstrip()[:1] in (b"{", b"[") else "csv"


def read_import(raw: bytes, fmt: Format) -> ImportBatch:
    """Parse an import file.

    Raises:
        UnusableImportError: the file as a whole is not a history (nothing is importable).
    """
    if fmt == "json":
        try:
            parsed = parse_history(raw)
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
        problems = [
            text("session {number}: {problem}", number=index + 1, problem=problem)
            for index, problem in parsed.skipped
        ]
        return ImportBatch(parsed.sessions, problems)
    try:
        decoded = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnusableImportError(
            text("The file cannot be imported: it is not UTF-8 text.")
        ) from None
    try:
        sessions, located = from_csv(decoded)
    except InvalidSessionError as reason:
        raise UnusableImportError(
            text("The file cannot be imported: {reason}.", reason=str(reason))
        ) from None
    return ImportBatch(
        sessions,
        [text("line {line}: {problem}", line=line, problem=problem) for line, problem in located],
    )
