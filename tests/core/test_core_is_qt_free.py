import pkgutil
import subprocess
import sys

import mat_companion.core


def test_core_imports_no_qt() -> None:
    modules = [
        f"mat_companion.core.{info.name}"
        for info in pkgutil.iter_modules(mat_companion.core.__path__)
    ]
    assert "mat_companion.core.settings" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
