"""What of PySide6 a bundle leaves out: Qt modules, plugins and translations the app never loads.

The PyInstaller spec (``mat-companion.spec``) imports this; the tests check it.
"""

from __future__ import annotations

from pathlib import Path, PurePath

ROOT = Path(__file__).resolve().parent.parent

#: Qt modules the app never imports.
UNUSED_QT = [
    f"PySide6.{name}"
    for name in """
        Qt3DAnimation Qt3DCore Qt3DExtras Qt3DInput Qt3DLogic Qt3DRender QtBluetooth QtCharts
        QtConcurrent QtDataVisualization QtDesigner QtGraphs QtHelp QtHttpServer QtLocation
        QtMultimediaWidgets QtNfc QtOpenGL QtOpenGLWidgets QtPdf QtPdfWidgets QtPositioning
        QtQml QtQuick QtQuick3D QtQuickControls2 QtQuickWidgets QtRemoteObjects QtScxml
        QtSensors QtSerialBus QtSerialPort QtSpatialAudio QtSql QtStateMachine QtSvgWidgets
        QtTest QtUiTools QtWebChannel QtWebEngineCore QtWebEngineQuick QtWebEngineWidgets
        QtWebSockets QtWebView QtXml
    """.split()  # noqa: SIM905 - read as words, one line each is 45 lines
]
#: Qt plugins the app never loads, by folder and name without its system's prefix and
#: suffix (``libqpdf.so``, ``qpdf.dll``, ``libqpdf.dylib``); None is the whole folder.
#: Qt's multimedia plugin needs Qt Quick and QML, so those libraries stay.
UNUSED_PLUGINS: dict[str, set[str] | None] = {
    "egldeviceintegrations": None,  # kiosk displays without a window system
    "generic": None,  # evdev input, for those
    "networkinformation": None,  # the app opens no network connection
    "tls": None,
    "platforminputcontexts": {"qtvirtualkeyboardplugin"},  # an on-screen keyboard of QML
    "platforms": {"qeglfs", "qlinuxfb", "qminimalegl", "qvnc", "qvkkhrdisplay"},
    # the app shows SVG and PNG (built into Qt); Windows takes ICO
    "imageformats": {"qgif", "qicns", "qjpeg", "qpdf", "qtga", "qtiff", "qwbmp", "qwebp"},
    "texttospeech": {"qtexttospeech_mock"},
}
#: Qt libraries only the plugins above load.
UNUSED_LIBRARIES = ("Qt6Pdf", "Qt6VirtualKeyboard", "Qt6EglFS", "Qt6EglFsKmsSupport")
#: Qt's own translations stay for the languages the app speaks.
LANGUAGES = {"en"} | {
    qm.stem.removeprefix("mat_companion_")
    for qm in (ROOT / "resources" / "translations").glob("*.qm")
}


def _plugin_name(file_name: str) -> str:
    stem = file_name.split(".")[0]
    return stem.removeprefix("lib")


def unused(destination: str) -> bool:
    """Whether the file at ``destination`` in the bundle is one the app never loads."""
    parts = PurePath(destination.replace("\\", "/")).parts  # Windows' too, on any system
    name = parts[-1]
    if "plugins" in parts[:-2]:
        names = UNUSED_PLUGINS.get(parts[parts.index("plugins") + 1], set())
        if names is None or _plugin_name(name) in names:
            return True
    if "PySide6" in parts and "translations" in parts[:-1] and name.endswith(".qm"):
        catalogue, _, language = name.removesuffix(".qm").partition("_")
        if catalogue == "qt" and language.startswith("help_"):
            return True
        return language.split("_")[0] not in LANGUAGES
    return any(library in name for library in UNUSED_LIBRARIES)
