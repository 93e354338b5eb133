"""The UI is laid out by feature, so a newcomer finds a module, and its tests, by name.

Issue 17, points 1 and 4: no module sits loose in ``ui/``; a package's
``__init__.py`` holds no code (importing one feature loads nothing of another,
and start-up stays light); a module with no need of Qt belongs in the core; and
nothing in the UI imports the composition root. tests/test_layout.py: the tests
mirror the package.
"""

import ast
from pathlib import Path

from tests.conftest import CHECKOUT
from tests.sources import parsed

UI = CHECKOUT / "mat_companion" / "ui"


def imported(path: Path) -> set[str]:
    """Every module ``path`` imports, anywhere in it (lazy imports too)."""
    names: set[str] = set()
    for node in ast.walk(parsed(path)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_every_ui_module_is_in_a_feature_package() -> None:
    loose = sorted(p.name for p in UI.glob("*.py") if p.name != "__init__.py")
    assert loose == []
    assert {p.name for p in UI.iterdir() if p.is_dir() and p.name != "__pycache__"} == {
        "shell",
        "session",
        "breathing",
        "history",
        "progress",
        "settings",
        "i18n",
        "widgets",
    }


def test_the_ui_packages_hold_no_code() -> None:
    for init in [UI / "__init__.py", *UI.glob("*/__init__.py")]:
        body = ast.parse(init.read_text()).body
        assert ast.get_docstring(ast.Module(body=body, type_ignores=[])) is not None, init
        assert len(body) == 1, f"{init} holds more than its docstring"


def test_a_module_without_qt_is_in_the_core_not_the_ui() -> None:
    for module in UI.rglob("*.py"):
        if module.name == "__init__.py":
            continue
        names = imported(module)
        assert any(
            n.split(".")[0] == "PySide6" or n.startswith("mat_companion.ui.") for n in names
        ), f"{module.relative_to(CHECKOUT)} needs nothing of Qt: it belongs in mat_companion/core"


def test_the_ui_never_imports_the_composition_root() -> None:
    """``ui -> app`` would be a cycle: a widget gets what it uses, never the whole app."""
    for module in UI.rglob("*.py"):
        names = imported(module)
        assert not any(n.split(".")[:2] == ["mat_companion", "app"] for n in names), (
            f"{module.relative_to(CHECKOUT)} imports mat_companion.app"
        )


#: A constructor longer than this is split into builders and one ``_connect()``.
LONGEST_CONSTRUCTOR = 60


def test_no_ui_constructor_is_longer_than_a_screen() -> None:
    """Issue 17, point 5: the views build their parts in named builders, easy to find."""
    long = [
        f"{path.relative_to(UI)}:{node.lineno} ({node.end_lineno - node.lineno + 1} lines)"
        for path in sorted(UI.rglob("*.py"))
        for node in ast.walk(parsed(path))
        if isinstance(node, ast.FunctionDef)
        and node.name == "__init__"
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > LONGEST_CONSTRUCTOR
    ]
    assert long == []
