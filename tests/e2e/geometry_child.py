"""Every part's layout faults in every look at this process's scale: one JSON line.

Argument: a folder for the looks' data. Qt takes its scale factor (QT_SCALE_FACTOR)
once, at start, so each scale is a process of its own.
"""

import json
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.ui.screens import every_look
from tests.ui.test_geometry import faults_by_part


def main() -> None:
    app = QApplication([sys.argv[0]])
    folder = Path(sys.argv[1])
    found = {look.name: faults_by_part(app, look, folder / look.name) for look in every_look()}
    print(json.dumps(found))


if __name__ == "__main__":
    main()
