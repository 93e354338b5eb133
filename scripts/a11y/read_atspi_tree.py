"""Lists the interactive controls of the running Mat Companion through AT-SPI (pyatspi).

Run with Debian's python3 (python3-pyatspi); see check-atspi.sh.
"""

import sys
import time

import pyatspi  # type: ignore[import-not-found]

INTERACTIVE = {
    "push button",
    "check box",
    "combo box",
    "spin button",
    "slider",
    "text",
    "list",
    "table",
    "page tab",
    "radio button",
    "toggle button",
    "entry",
}


def find_app() -> object:
    """The app on the accessibility bus, waiting up to 30 s for it."""
    for _ in range(60):
        for app in pyatspi.Registry.getDesktop(0):
            if app and "mat" in (app.name or "").lower():
                return app
        time.sleep(0.5)
    return None


def label_of(node: object) -> str:
    """Its name, with the label it is labelled by (how Qt names combo boxes on Linux)."""
    name = node.name  # type: ignore[attr-defined]
    relations = [
        relation
        for relation in node.getRelationSet()  # type: ignore[attr-defined]
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY
    ]
    if relations:
        return f"{name} (labelled by {relations[0].getTarget(0).name!r})"
    return name


def main() -> int:
    """Print every showing control, and the ones a screen reader could not name."""
    app = find_app()
    if app is None:
        print("the app was not found on the accessibility bus")
        return 1
    print("application:", app.name)  # type: ignore[attr-defined]
    counts: dict[str, int] = {}
    unnamed: list[str] = []

    def walk(node: object) -> None:
        role = node.getRoleName()  # type: ignore[attr-defined]
        if role in INTERACTIVE and node.getState().contains(pyatspi.STATE_SHOWING):  # type: ignore[attr-defined]
            counts[role] = counts.get(role, 0) + 1
            label = label_of(node)
            print(f"  {role}: {label!r}")
            if not label:
                unnamed.append(role)
        for child in node:  # type: ignore[attr-defined]
            if child is not None:
                walk(child)

    walk(app)
    print("interactive controls by role:", counts)
    print("without a name:", unnamed)
    return 1 if unnamed else 0


if __name__ == "__main__":
    sys.exit(main())
