"""The app's source files parsed once per test process, for the tests that read its code."""

import ast
from functools import cache
from pathlib import Path


@cache
def parsed(path: Path) -> ast.Module:
    """``path``'s syntax tree, shared: whoever walks it must leave it as it is."""
    return ast.parse(path.read_text())
