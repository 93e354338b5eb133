"""Picture every page, dialog and session state in every look, to look at them all at once.

    .venv/bin/python scripts/screenshot_tour.py OUT_DIR [--quick]

Writes ``OUT_DIR/<screen>__<scheme>_<language>_<width>x<height>_<scale>x.png`` for
each screen of the tour (tests/ui/screens.py: the pages, every dialog, each first-run
page and a session from get-ready to its completion) in light, dark and high
contrast, English and German, 800x600 and 1920x1080, at 1x and 2x; beside them
``faults.txt``, the layout test's findings on each picture (tests/ui/geometry.py),
``problems.txt``, the screens that could not be reached, and contact sheets of the
main screens (``contact-*.png``, made with ImageMagick's ``montage`` where it is
installed). ``--quick`` takes one size, 1x, and German in the light scheme only.

Everything runs offscreen on a fake clock over a private folder seeded with half a
year of sessions: nothing waits for real time, nothing touches the user's data. Each
scale is its own process (Qt takes its scale factor once, at start).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parent.parent
SCALES = (1, 2)
#: The screens of the contact sheets, a sheet for the pages and one for a session.
SHEETS = {
    "pages": (
        "page-session",
        "page-breathing",
        "page-progress",
        "page-history",
        "page-history-history-trends",
        "page-settings",
        "wizard-2-safety-answered",
        "dialog-mixer-own-sound",
    ),
    "session": (
        "session-get-ready",
        "session-main",
        "session-paused",
        "session-reminder",
        "session-dimmed",
        "session-completion",
        "session-after-completion",
        "dialog-check-in",
    ),
}


def main(argv: list[str] | None = None) -> int:
    """Run the tour at each scale, each in its own process, then make the contact sheets."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="the folder to write the pictures into")
    parser.add_argument("--quick", action="store_true", help="one size, 1x, fewer looks")
    parser.add_argument("--scale", type=int, help=argparse.SUPPRESS)  # a child's own
    parser.add_argument("--size", help=argparse.SUPPRESS)  # a child's screen, as 800x600
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.scale is not None:
        width, height = (int(side) for side in args.size.split("x"))
        return picture(args.out, args.scale, (width, height), quick=args.quick)
    sys.path.insert(0, str(CHECKOUT))
    from tests.ui.screens import SIZES, offscreen_platform

    status = 0
    with tempfile.TemporaryDirectory(prefix="mc-screens-") as screens:
        for scale in SCALES[:1] if args.quick else SCALES:
            for size in SIZES[:1] if args.quick else SIZES:
                platform = offscreen_platform(size, scale, Path(screens))
                env = {**os.environ, "QT_QPA_PLATFORM": platform, "QT_SCALE_FACTOR": str(scale)}
                child = [
                    __file__,
                    str(args.out),
                    "--scale",
                    str(scale),
                    "--size",
                    "x".join(map(str, size)),
                ]
                done = subprocess.run(
                    [sys.executable, *child, *(["--quick"] * args.quick)], env=env
                )
                status = status or done.returncode
    for name in ("faults", "problems"):
        parts = sorted(args.out.glob(f"{name}-*-*x.txt"))
        (args.out / f"{name}.txt").write_text("".join(p.read_text() for p in parts))
        for part in parts:
            part.unlink()
    contact_sheets(args.out)
    faults = (args.out / "faults.txt").read_text().count("\n")
    problems = (args.out / "problems.txt").read_text().count("\n")
    pictures = len(list(args.out.glob("*__*.png")))
    print(
        f"{pictures} pictures, {faults} layout faults, {problems} screens not reached: {args.out}"
    )
    return status


def picture(out: Path, scale: int, size: tuple[int, int], *, quick: bool) -> int:
    """Picture every screen in every look of ``size`` at this process's scale and screen."""
    sys.path.insert(0, str(CHECKOUT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from tests.ui.geometry import layout_faults, window_faults
    from tests.ui.screens import every_look, walk

    app = QApplication([sys.argv[0]])
    looks = [look for look in every_look() if look.size == size]
    if quick:
        looks = [look for look in looks if look.language == "en" or look.scheme == "light"]
    faults, problems = [], []
    for look in looks:
        with tempfile.TemporaryDirectory(prefix="mc-tour-") as folder:
            unreached: list[str] = []
            for _part, screen in walk(app, look, Path(folder), unreached):
                name = f"{screen.name}__{look.name}_{scale}x.png"
                screen.window.grab().save(str(out / name))
                found = [*window_faults(screen.window, look.size), *layout_faults(screen.window)]
                faults.extend(f"{name}: {fault}\n" for fault in found)
            problems.extend(f"{look.name}_{scale}x: {problem}\n" for problem in unreached)
        print(f"{look.name} {scale}x pictured", flush=True)
    (out / f"faults-{size[0]}x{size[1]}-{scale}x.txt").write_text("".join(faults))
    (out / f"problems-{size[0]}x{size[1]}-{scale}x.txt").write_text("".join(problems))
    del app
    return 0


def contact_sheets(out: Path) -> None:
    """Sheets of the main screens at 1x, one per language, size and sheet: a row per scheme."""
    montage = shutil.which("montage")
    if montage is None:
        print("no contact sheets: ImageMagick's montage is not installed", file=sys.stderr)
        return
    schemes = ("light", "dark", "contrast")
    for language in ("en", "de"):
        for width, height in ((800, 600), (1920, 1080)):
            look = f"{language}_{width}x{height}_1x.png"
            for sheet, main in SHEETS.items():
                screens = [
                    s for s in main if any((out / f"{s}__{c}_{look}").exists() for c in schemes)
                ]
                if screens:
                    tiles = _tiles(out, screens, schemes, look)
                    target = out / f"contact-{sheet}-{language}-{width}x{height}.png"
                    geometry = ["-tile", f"{len(screens)}x", "-geometry", "400x300+6+6"]
                    subprocess.run([montage, *tiles, *geometry, str(target)], check=True)


def _tiles(out: Path, screens: list[str], schemes: tuple[str, ...], look: str) -> list[str]:
    """Montage's arguments for a row of ``screens`` per scheme, each picture labelled."""
    tiles: list[str] = []
    for scheme in schemes:
        for screen in screens:
            file = out / f"{screen}__{scheme}_{look}"
            label = f"{screen} ({scheme})" if file.exists() else ""
            tiles += ["-label", label, str(file) if file.exists() else "null:"]
    return tiles


if __name__ == "__main__":
    sys.exit(main())
