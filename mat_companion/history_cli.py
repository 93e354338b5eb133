"""``mat-companion export`` and ``import``: the history from the command line, without Qt."""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, cast

from mat_companion.core.files import StorageError, describe_os_error, read_regular_file
from mat_companion.core.history_document import (
    NewerHistoryError,
    ParsedHistory,
    UnusableHistoryError,
)
from mat_companion.core.history_merge import HistoryCopy, fresh_sessions, merge
from mat_companion.core.history_salvage import read_history
from mat_companion.core.history_schema import Session
from mat_companion.core.history_store import HistoryError, HistoryStore
from mat_companion.core.history_transfer import (
    FORMATS,
    Format,
    UnusableImportError,
    export_sessions,
    first_bytes,
    guess_format,
    read_import,
    write_all,
    write_export,
)
from mat_companion.core.texts import text
from mat_companion.paths import AppPaths

#: The file name that means standard input or output, as for most command-line tools.
STANDARD_STREAM = "-"


class CommandError(Exception):
    """A data command failed; the message is one line for the user."""


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``export`` and ``import`` on the main parser."""
    export = subparsers.add_parser("export", help="write your session history as JSON or CSV")
    export.add_argument("--format", choices=FORMATS, default="json", help="default: json")
    export.add_argument(
        "--output", type=Path, metavar="FILE", help="default (or -): standard output"
    )
    imported = subparsers.add_parser(
        "import", help="add sessions from a JSON or CSV file (sessions already present are skipped)"
    )
    imported.add_argument("file", type=Path, metavar="FILE", help="- for standard input")
    imported.add_argument(
        "--format", choices=FORMATS, help="default: from the file name, else from its content"
    )
    imported.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the valid sessions even if some are invalid (default: import nothing)",
    )


def say(line: str) -> None:
    """Write one line to stderr, if there still is one (``2>&-`` closes it)."""
    with contextlib.suppress(OSError, AttributeError):
        sys.stderr.write(f"{line}\n")
        sys.stderr.flush()


def run_command(args: argparse.Namespace, paths: AppPaths) -> int:
    """Run a data command; errors are one line on stderr and a non-zero status."""
    try:
        if args.command == "export":
            export(paths, cast(Format, args.format), args.output)
        else:
            import_file(paths, args.file, args.format, skip_invalid=args.skip_invalid)
    except (CommandError, StorageError, HistoryError) as error:
        say(f"mat-companion: {error}")
        return 1
    except MemoryError:
        say("mat-companion: there is not enough memory for this; your history was not changed.")
        return 1
    except KeyboardInterrupt:
        say("mat-companion: interrupted; your history was not changed.")
        return 130
    return 0


def sessions(count: int) -> str:
    """``count`` with "session" or "sessions" (the command line speaks English only)."""
    return f"{count} session" if count == 1 else f"{count} sessions"


def _shown(parsed: ParsedHistory) -> list[Session]:
    """The sessions in file order, but for one the file also records as deleted later."""
    kept = {s["id"] for s in merge(HistoryCopy(parsed.sessions, parsed.deleted)).sessions}
    return [s for s in parsed.sessions if s["id"] in kept]


def export(paths: AppPaths, fmt: Format, output: Path | None) -> None:
    """Write the history (read without changing anything) to ``output`` or stdout."""
    history = paths.history_file
    try:
        parsed = read_history(read_regular_file(history))
    except FileNotFoundError:
        if history.is_symlink():  # its drive or synced folder is not mounted: not empty
            raise CommandError(
                f"Your history is on {os.path.realpath(history)}, which is not available; "
                "nothing was exported."
            ) from None
        parsed = None
    except OSError as error:
        raise CommandError(
            describe_os_error(error, text("read your history file"), history)
        ) from None
    except (UnusableHistoryError, NewerHistoryError) as reason:
        raise CommandError(f"Your history file {history} cannot be exported: {reason}.") from None
    exported, skipped = (_shown(parsed), parsed.skipped) if parsed else ([], [])
    data = export_sessions(exported, fmt)
    if output is None or str(output) == STANDARD_STREAM or _is_stdout(output):
        _write_stdout(data)
    else:
        write_export(output, data)
        say(f"Exported {sessions(len(exported))} to {output}.")
    if len(skipped) == 1:
        say(
            f"1 session in {history} is not valid and was left out of the export; it stays "
            f"in that file (number {skipped[0][0] + 1}: {skipped[0][1]})."
        )
    elif skipped:
        say(
            f"{len(skipped)} sessions in {history} are not valid and were left out of the "
            f"export; they stay in that file (the first, number {skipped[0][0] + 1}: "
            f"{skipped[0][1]})."
        )


def _write_stdout(data: bytes) -> None:
    """Write to fd 1 unbuffered, so a failure is reported here and not again at exit."""
    if sys.stdout is None:
        raise CommandError("Standard output is closed; give a file with --output.")
    try:
        fd = sys.stdout.fileno()
    except io.UnsupportedOperation:  # a stream without a file behind it (an embedding, a test)
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    try:
        write_all(fd, data)
    except BrokenPipeError:
        raise CommandError("The export was cut short: its reader stopped reading.") from None
    except OSError as error:
        raise CommandError(
            describe_os_error(error, text("write the export to"), Path("standard output"))
        ) from None


def _is_stdout(path: Path) -> bool:
    """Whether ``path`` is the file our standard output writes to (``/dev/stdout``, ``>> file``).

    Writing to fd 1 itself keeps the shell's ``>>``: opening the path again would
    write over the start of the file instead.
    """
    try:
        return sys.stdout is not None and os.path.samestat(
            path.stat(), os.fstat(sys.stdout.fileno())
        )
    except (OSError, ValueError):
        return False


@contextlib.contextmanager
def _opened_input(file: Path) -> Iterator[BinaryIO]:
    if str(file) == STANDARD_STREAM:
        if sys.stdin is None:
            raise CommandError("Standard input is closed; give a file to import.")
        yield sys.stdin.buffer
        return
    try:
        handle = file.open("rb")
    except OSError as error:
        raise CommandError(describe_os_error(error, text("read"), file)) from None
    with handle:
        yield handle


def import_file(paths: AppPaths, file: Path, fmt: Format | None, *, skip_invalid: bool) -> None:
    """Add the sessions of ``file`` to the history; an invalid file writes nothing."""
    name = "standard input" if str(file) == STANDARD_STREAM else str(file)
    with _opened_input(file) as source:
        try:
            batch = read_import(source, fmt or guess_format(file.name, first_bytes(source)))
        except OSError as error:
            raise CommandError(describe_os_error(error, text("read"), file)) from None
        except UnusableImportError as reason:
            raise CommandError(f"{name}: {reason}") from None
    for problem in batch.problems:
        say(f"{name}: {problem}")
    unlisted = batch.invalid - len(batch.problems)
    if unlisted:
        say(f"{name}: and {unlisted} more.")
    if batch.invalid and not skip_invalid:
        raise CommandError(
            f"1 session in {name} is not valid; nothing was imported (fix it, or use "
            "--skip-invalid to import the valid ones)."
            if batch.invalid == 1
            else f"{batch.invalid} sessions in {name} are not valid; nothing was imported "
            "(fix them, or use --skip-invalid to import the valid ones)."
        )
    store = HistoryStore(paths.history_file)
    notice = store.load()
    fresh = fresh_sessions(batch.sessions, store.sessions)
    added = store.add_many(fresh) if fresh else 0  # a refusal repeats the notice: said once
    if notice:
        say(str(notice))
    for message in store.take_notices():  # conflict copies merged in, files set aside
        say(str(message))
    present = len(batch.sessions) - added
    skipped = f" ({present} already present {'was' if present == 1 else 'were'} skipped)"
    say(f"Imported {sessions(added)} into {paths.history_file}{skipped if present else ''}.")
