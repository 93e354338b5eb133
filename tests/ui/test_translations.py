"""The German translation: complete, up to date with the code, compiled, and loaded by locale."""

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from pytestqt.qtbot import QtBot

from mat_companion.app import AppContext
from mat_companion.audio.output import NullAudio
from mat_companion.paths import AppPaths, resource
from mat_companion.ui.i18n import core_texts
from mat_companion.ui.i18n.language import decimal
from tests.conftest import CHECKOUT
from tests.sources import parsed
from tests.ui.session_helpers import unguarded

TS = resource("translations", "mat_companion_de.ts")
QM = resource("translations", "mat_companion_de.qm")


def qt_tool(name: str) -> str:
    found = Path(sys.executable).parent / name
    assert found.exists(), f"{name} comes with PySide6"
    return str(found)


def sources(ts: Path) -> set[tuple[str, str]]:
    root = ElementTree.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_every_text_is_translated() -> None:
    root = ElementTree.parse(TS).getroot()
    assert root.get("language") == "de_DE"
    unfinished = [
        message.findtext("source")
        for message in root.iter("message")
        if message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
        or not (message.findtext("translation") or "").strip()
    ]
    assert unfinished == []


def test_the_translation_covers_every_text_in_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    code = sorted(str(p) for p in (CHECKOUT / "mat_companion").rglob("*.py"))
    subprocess.run(
        [qt_tool("pyside6-lupdate"), *code, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    missing = sources(fresh) - sources(TS)
    assert missing == set(), "run `make translations` and translate the new texts"


def test_the_compiled_translation_is_up_to_date(tmp_path: Path) -> None:
    compiled = tmp_path / "de.qm"
    subprocess.run(
        [qt_tool("pyside6-lrelease"), str(TS), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == QM.read_bytes(), "run `make translations`"


def test_placeholders_survive_translation() -> None:
    import re

    root = ElementTree.parse(TS).getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        assert sorted(re.findall(r"\{[^}]*\}", source)) == sorted(
            re.findall(r"\{[^}]*\}", translation)
        ), source


def test_a_german_system_gets_the_app_in_german(qtbot: QtBot, german: None, tmp_path: Path) -> None:
    context = AppContext(AppPaths.under(tmp_path / "data"), audio=NullAudio())
    qtbot.addWidget(context.window, before_close_func=unguarded)
    window = context.window
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert titles == ["Sitzung", "Atmung", "Fortschritt", "Verlauf", "Einstellungen"]
    session = window.page("session")
    assert session.setup.start_button.text() == "Sitzung beginnen"  # type: ignore[attr-defined]
    assert QCoreApplication.translate("Plurals", "{n} sessions").format(n=3) == "3 Sitzungen"


def test_numbers_and_dates_follow_the_locale(german: None) -> None:
    assert decimal(2.5) == "2,5"
    assert QLocale().toString(QDate(2026, 11, 22), QLocale.FormatType.ShortFormat) == "22.11.26"


def test_qts_own_buttons_are_german_too(german: None, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"


def test_make_translations_calls_tools_and_scripts_that_are_there() -> None:
    """How a translator updates the files: each step of the target can run here."""
    assert shutil.which("make") is not None
    makefile = (CHECKOUT / "Makefile").read_text()
    recipe = makefile.split("\ntranslations:", 1)[1].split("\n\n", 1)[0]
    tools = set(re.findall(r"\$\(BIN\)/([\w-]+)", recipe))
    assert {"python", "pyside6-lupdate", "pyside6-lrelease"} <= tools
    for tool in tools:
        qt_tool(tool)
    scripts = re.findall(r"scripts/[\w/-]+\.py", recipe)
    assert scripts and all((CHECKOUT / script).is_file() for script in scripts)


def test_the_core_texts_for_translators_are_current() -> None:
    result = subprocess.run(
        [sys.executable, str(CHECKOUT / "scripts" / "gen_core_texts.py"), "--check"],
        capture_output=True,
    )
    assert result.returncode == 0, "run `make translations`: core or resource texts changed"


def test_core_messages_and_resources_reach_the_screen_in_german(
    qtbot: QtBot, german: None, tmp_path: Path
) -> None:
    from mat_companion.core.texts import text
    from mat_companion.ui.i18n.localise import tr_core

    reason = text(
        "Step back to {stage}: {why}.",
        stage="Einstieg",
        why=text("your last {count} sessions were rated uncomfortable", count=3),
    )
    assert tr_core(reason) == (
        "Geh zurück zu Einstieg: deine letzten 3 Sitzungen waren unangenehm."
    )
    context = AppContext(AppPaths.under(tmp_path / "data"), audio=NullAudio())
    qtbot.addWidget(context.window, before_close_func=unguarded)
    assert [stage.name for stage in context.stages][:3] == ["Einstieg", "Aufbau", "Fortgeschritten"]
    setup = context.window.page("session").setup  # type: ignore[attr-defined]
    assert setup.checklist.text().startswith("<b>Matte:</b> Hinter dir auf dem Sofa")
    assert setup.sound.text() == "Still"


def context_problems(
    source: str | ast.Module, marked_elsewhere: frozenset[str] = frozenset()
) -> list[str]:
    """Where code would hide a text from lupdate or file it under the wrong context.

    lupdate reads ``self.tr("literal")`` inside a class (the class is the context) and
    ``translate("Context", "literal")``; it cannot follow an alias of ``tr``, a name
    passed to ``tr``, or ``other.tr``, so such texts stay English on screen. A module
    constant may be translated only by name in a context QT_TRANSLATE_NOOP marks (here,
    or in ``marked_elsewhere``, such as the generated core texts' "Core").
    """
    tree = ast.parse(source) if isinstance(source, str) else source
    marked = marked_contexts(tree) | marked_elsewhere
    problems = []
    in_class = {
        id(node)
        for cls in ast.walk(tree)
        if isinstance(cls, ast.ClassDef)
        for node in ast.walk(cls)
    }
    for node in ast.walk(tree):
        line = getattr(node, "lineno", 0)
        value = getattr(node, "value", None)
        aliased = isinstance(value, ast.Attribute) and value.attr in ("tr", "translate")
        if isinstance(node, ast.Assign | ast.AnnAssign) and aliased:
            problems.append(f"line {line}: {value.attr} is aliased")  # type: ignore[union-attr]
        if not isinstance(node, ast.Call):
            continue
        name = _called(node)
        if name == "tr":
            owner = node.func.value if isinstance(node.func, ast.Attribute) else None
            if not (isinstance(owner, ast.Name) and owner.id == "self"):
                problems.append(f"line {line}: tr called on something other than self")
            elif id(node) not in in_class:
                problems.append(f"line {line}: self.tr outside a class has no context")
            if not node.args or not _literal(node.args[0]):
                problems.append(f"line {line}: self.tr of a name, not a literal")
        elif name == "translate" and _owner(node) in APPLICATIONS and len(node.args) >= 2:
            context, words = node.args[:2]
            if not _literal(context):
                problems.append(f"line {line}: translate's context is not a literal")
            elif not _literal(words) and context.value not in marked:  # type: ignore[attr-defined]
                problems.append(f"line {line}: a name translated without QT_TRANSLATE_NOOP")
        elif name == "QT_TRANSLATE_NOOP" and not all(_literal(arg) for arg in node.args[:2]):
            problems.append(f"line {line}: QT_TRANSLATE_NOOP of a name")
    return problems


def marked_contexts(tree: ast.AST) -> frozenset[str]:
    """The contexts whose texts QT_TRANSLATE_NOOP marks in ``tree``."""
    return frozenset(
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and _called(node) == "QT_TRANSLATE_NOOP"
        and all(_literal(arg) for arg in node.args[:2])
    )


#: The classes whose ``translate`` is Qt's translation (QPainter.translate moves a painter).
APPLICATIONS = ("QCoreApplication", "QGuiApplication", "QApplication")


def _owner(call: ast.Call) -> str:
    func = call.func
    owner = func.value if isinstance(func, ast.Attribute) else None
    return owner.id if isinstance(owner, ast.Name) else ""


def _called(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_every_translated_text_can_be_found_in_its_context() -> None:
    core = marked_contexts(ast.parse(Path(core_texts.__file__).read_text()))
    problems = {
        str(path.relative_to(CHECKOUT)): found
        for path in sorted((CHECKOUT / "mat_companion").rglob("*.py"))
        if (found := context_problems(parsed(path), core))
    }
    assert problems == {}


@pytest.mark.parametrize(
    "source",
    [
        "class A:\n    def f(self):\n        tr = self.tr\n        tr('x')\n",
        "CLAIMS = 'Hello'\nclass A:\n    def f(self):\n        self.tr(CLAIMS)\n",
        "class A:\n    def f(self):\n        self.window.tr('x')\n",
        "def f(self):\n    return self.tr('x')\n",
        "PARTS = ('In', 'Out')\ndef f(part):\n    QCoreApplication.translate('A', part)\n",
        "def f(name):\n    QCoreApplication.translate(name, 'x')\n",
        "def f(part):\n    QApplication.translate('A', part)\n",
    ],
)
def test_the_context_rules_catch_each_mistake(source: str) -> None:
    assert context_problems(source) != []


def test_a_marked_constant_may_be_translated_by_name() -> None:
    source = (
        "PARTS = (QT_TRANSLATE_NOOP('A', 'In'),)\n"
        "def f(part):\n    return QCoreApplication.translate('A', part)\n"
        "class A:\n    def f(self, n):\n        return self.tr('{n} in', '', n)\n"
        "def paint(painter, y):\n    painter.translate(2, y)\n"
    )
    assert context_problems(source) == []


def translated(context: str, source: str) -> str:
    """The translation of ``source`` in ``context`` in the .ts."""
    root = ElementTree.parse(TS).getroot()
    for found in root.iter("context"):
        if found.findtext("name") == context:
            for message in found.iter("message"):
                if message.findtext("source") == source:
                    return message.findtext("translation") or ""
    raise AssertionError(f"no {source!r} in {context}")


def test_the_german_reads_as_a_german_editor_wrote_it() -> None:
    """Issue 19, point 3: words that mislead or are not German, and one word per idea."""
    translations = [
        message.findtext("translation") or "" for message in ElementTree.parse(TS).iter("message")
    ]
    for wrong in ("Baumwollhemd", "mpfohlen", "mpfiehlt", "freiwillig", "Vorhören", "Ton aus"):
        assert not [t for t in translations if wrong in t], wrong
    assert [translated("Core", s) for s in ("Beginner", "Intermediate", "Advanced")] == [
        "Einstieg",
        "Aufbau",
        "Fortgeschritten",
    ]
    ending = {translated("SessionRunView", "End"), translated("SessionTray", "End session…")}
    quitting = {
        translated("MainWindow", "&Quit").replace("&", ""),
        translated("SessionTray", "Quit"),
    }
    assert quitting == {"Beenden"} and not any("Beenden" in word for word in ending)
    assert ending == {"Stoppen", "Sitzung stoppen…"}  # "abschließen" says it was completed
    assert translated("SessionRunView", "Session complete") != translated(
        "SessionRunView", "Session ended"
    )
