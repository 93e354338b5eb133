#!/usr/bin/env bash
# Reads the app's accessibility tree as a screen reader would: AT-SPI under Xvfb.
# Needs Debian's xvfb, at-spi2-core, python3-pyatspi and dbus (as root:
#   apt-get install xvfb at-spi2-core python3-pyatspi dbus-x11).
# Run: dbus-run-session -- scripts/a11y/check-atspi.sh [data dir]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="${1:-$(mktemp -d)}"
Xvfb :98 -screen 0 1280x900x24 >/dev/null 2>&1 &
xvfb=$!
/usr/libexec/at-spi-bus-launcher --launch-immediately &
sleep 2
DISPLAY=:98 QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 "$here/../../.venv/bin/mat-companion" --data-dir "$data" &
app=$!
sleep 4
/usr/bin/python3 "$here/read_atspi_tree.py" || true
kill "$app" "$xvfb"
