"""The command line: options shared by the window and the data commands.

Importing this module must stay cheap and Qt-free: ``--version``, ``--help``
and the data commands never load Qt.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from mat_companion import APP_NAME, __version__

PROG = "mat-companion"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for ``mat-companion``."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=f"{APP_NAME}: a relaxation companion for acupressure-mat sessions.",
        epilog="Run without a command to open the window. Not medical advice.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="keep everything the app writes (history, settings, cache, logs) under DIR; "
        "also a portable mode",
    )
    parser.add_argument("--debug", action="store_true", help="log debugging detail, also to stderr")
    parser.add_argument(
        "--start-session",
        action="store_true",
        help="open straight into a session with the last setup (or the suggested one); "
        "if the app is already open, its window is brought forward to do so",
    )
    from mat_companion.history_cli import add_commands

    add_commands(parser.add_subparsers(dest="command", metavar="COMMAND"))
    return parser
