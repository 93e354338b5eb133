"""The tests mirror the package: a module's tests are found by its name (issue 17, point 7).

``tests/ui/session/test_run_view.py`` tests ``mat_companion/ui/session/run_view.py``,
and ``test_run_view_<aspect>.py`` one aspect of it; tests/e2e holds what needs real
processes, real time or real sound, whatever module it drives.
"""

from pathlib import Path

from tests.conftest import CHECKOUT

PACKAGE = CHECKOUT / "mat_companion"
TESTS = CHECKOUT / "tests"
# Tests at the top of tests/ may also be named after a folder of the checkout (packaging/).
OUTSIDE = {p.name for p in CHECKOUT.iterdir() if p.is_dir() and not p.name.startswith(".")}
# About the whole app, not one module of it.
WHOLE = {
    "test_layout.py",  # this file
    "test_process_guard.py",  # tests/process_guard.py, the guard of every test
    "core/test_core_is_qt_free.py",
    "ui/test_accessibility.py",
    "ui/test_german_screens.py",
    "ui/test_geometry.py",
    "ui/test_layout.py",
    "ui/test_qt_binding_health.py",
    "ui/test_translations.py",
}


def subjects(folder: Path) -> set[str]:
    """What a test in the matching folder may be named after: its modules and packages."""
    if not folder.is_dir():
        return set()
    return {p.stem for p in folder.glob("*.py") if p.name != "__init__.py"} | {
        p.name for p in folder.iterdir() if (p / "__init__.py").exists()
    }


def test_each_test_file_is_named_after_a_module_in_the_same_folder() -> None:
    strays = []
    for test in sorted(TESTS.rglob("test_*.py")):
        where = test.relative_to(TESTS)
        if where.parts[0] == "e2e" or where.as_posix() in WHOLE:
            continue
        subject = test.stem.removeprefix("test_")
        names = subjects(PACKAGE / where.parent) | (OUTSIDE if where.parent.name == "" else set())
        if not any(subject == name or subject.startswith(name + "_") for name in names):
            strays.append(where.as_posix())
    assert strays == [], "name each after the module it tests, in the mirroring folder"


def test_every_test_folder_but_e2e_mirrors_a_package_folder() -> None:
    """Every folder of tests/ but e2e and data mirrors a package folder."""
    folders = {p.name for p in TESTS.iterdir() if (p / "__init__.py").exists()} - {"e2e"}
    assert folders <= subjects(PACKAGE)
