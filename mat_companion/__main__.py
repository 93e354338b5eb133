"""Entry point: ``mat-companion`` and ``python -m mat_companion``."""

from __future__ import annotations

import contextlib
import os
import sys

from mat_companion.cli import PROG, build_parser
from mat_companion.core.files import StorageError
from mat_companion.paths import AppPaths


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run the window or a data command; return the exit status."""
    args = build_parser().parse_args(argv)
    os.umask(0o077)
    paths = AppPaths.resolve(args.data_dir)
    if args.command is not None:
        from mat_companion.history_cli import run_command

        return run_command(args, paths)
    try:
        read_only = paths.unwritable_folder()
    except StorageError as error:
        sys.stderr.write(f"{PROG}: {error}\n")
        return 1

    from mat_companion.core.handover import Handover, handover_request
    from mat_companion.desktop.single_instance import (
        InstanceFolderError,
        hand_over,
        instance_address,
    )

    asked = Handover.START_SESSION if args.start_session else Handover.SHOW
    with contextlib.suppress(InstanceFolderError):  # the window says so: it cannot listen either
        if hand_over(instance_address(paths), handover_request(asked)):
            return 0  # the open window takes it from here

    from mat_companion.core.display import display_missing, no_display

    if display_missing(sys.platform, os.environ):
        sys.stderr.write(f"{PROG}: {no_display()}\n")
        return 1
    from mat_companion.app import run

    return run(paths, debug=args.debug, start_session=args.start_session, read_only=read_only)


if __name__ == "__main__":
    sys.exit(main())
