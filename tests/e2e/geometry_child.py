"""Every part's layout faults in every look at this process's scale: one JSON line.

Arguments: a folder for the looks' data, and the screen's size (800x600): the looks of
that size are walked. Qt takes its scale factor (QT_SCALE_FACTOR) and its screen
once, at start, so each scale and size is a process of its own.
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
    size = tuple(int(side) for side in sys.argv[2].split("x"))
    looks = [look for look in every_look() if look.size == size]
    found = {look.name: faults_by_part(app, look, folder / look.name) for look in looks}
    print(json.dumps(found))


if __name__ == "__main__":
    main()
