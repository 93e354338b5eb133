"""``mat-companion export`` and ``import``: the history from the command line, without Qt."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import cast

from mat_companion.core.files import StorageError, describe_os_error, write_atomic
from mat_companion.core.history_document import (
    NewerHistoryError,
    UnusableHistoryError,
    parse_history,
)
from mat_companion.core.history_store import HistoryError, HistoryStore
from mat_companion.core.history_transfer import (
    FORMATS,
    Format,
    UnusableImportError,
    export_sessions,
    guess_format,
    read_import,
)
from mat_companion.core.texts import text
from mat_companion.paths import AppPaths


class CommandError(Exception):
    """A data command failed; the message is one line for the user."""


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``export`` and ``import`` on the main parser."""
    export = subparsers.add_parser("export", help="write your session history as JSON or CSV")
    export.add_argument("--format", choices=FORMATS, default="json", help="default: json")
    export.add_argument("--output", type=Path, metavar="FILE", help="default: standard output")
    imported = subparsers.add_parser(
        "import", help="add sessions from a JSON or CSV file (sessions already present are skipped)"
    )
    imported.add_argument("file", type=Path, metavar="FILE")
    imported.add_argument(
        "--format", choices=FORMATS, help="default: from the file name, else from its content"
    )
    imported.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the valid sessions even if some are invalid (default: import nothing)",
    )


def run_command(args: argparse.Namespace, paths: AppPaths) -> int:
    """Run a data command; errors are one line on stderr and a non-zero status."""
    try:
        if args.command == "export":
            export(paths, cast(Format, args.format), args.output)
        else:
            import_file(paths, args.file, args.format, skip_invalid=args.skip_invalid)
    except (CommandError, StorageError, HistoryError) as error:
        sys.stderr.write(f"mat-companion: {error}\n")
        return 1
    return 0


def export(paths: AppPaths, fmt: Format, output: Path | None) -> None:
    """Write the history (read without changing anything) to ``output`` or stdout."""
    history = paths.history_file
    try:
        sessions = parse_history(history.read_bytes()).sessions
    except FileNotFoundError:
        sessions = []
    except OSError as error:
        raise CommandError(
            describe_os_error(error, text("read your history file"), history)
        ) from None
    except (UnusableHistoryError, NewerHistoryError) as reason:
        raise CommandError(f"Your history file {history} cannot be exported: {reason}.") from None
    data = export_sessions(sessions, fmt)
    if output is None:
        try:
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        except BrokenPipeError:
            sys.stderr.close()
        return
    write_atomic(output, data)
    sys.stderr.write(f"Exported {len(sessions)} sessions to {output}.\n")


def import_file(paths: AppPaths, file: Path, fmt: Format | None, *, skip_invalid: bool) -> None:
    """Add the sessions of ``file`` to the history; an invalid file writes nothing."""
    try:
        raw = file.read_bytes()
    except OSError as error:
        raise CommandError(describe_os_error(error, text("read"), file)) from None
    try:
        batch = read_import(raw, fmt or guess_format(file.name, raw))
    except UnusableImportError as reason:
        raise CommandError(f"{file}: {reason}") from None
    for problem in batch.problems:
        sys.stderr.write(f"{file}: {problem}\n")
    if batch.problems and not skip_invalid:
        raise CommandError(
            f"{len(batch.problems)} invalid sessions in {file}; nothing was imported "
            "(fix them, or use --skip-invalid to import the valid ones)."
        )
    store = HistoryStore(paths.history_file)
    notice = store.load()
    if notice:
        sys.stderr.write(f"{notice}\n")
    added = store.add_many(batch.sessions)
    present = len(batch.sessions) - added
    sys.stderr.write(
        f"Imported {added} sessions into {paths.history_file}"
        + (f" ({present} already present were skipped)" if present else "")
        + ".\n"
    )
