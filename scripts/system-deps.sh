#!/usr/bin/env bash
# Installs (or names) the Debian/Ubuntu libraries Qt needs.
#   scripts/system-deps.sh test   what the headless test suite needs
#   scripts/system-deps.sh run    what a real window needs as well
# As root with apt-get it installs what is missing; otherwise it prints the
# exact command to run and exits 1. On other systems it only prints a note.
set -euo pipefail

test_packages=(
  libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libpulse0 libpulse-mainloop-glib0 pulseaudio pulseaudio-utils fonts-dejavu-core dbus
  desktop-file-utils appstream faketime python3-dbus python3-gi
)
window_packages=(
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xkb1 libxkbcommon-x11-0
)

case "${1:-}" in
  test) wanted=("${test_packages[@]}") ;;
  run) wanted=("${test_packages[@]}" "${window_packages[@]}") ;;
  *) echo "usage: $0 test|run" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "Not a Debian-based system: make sure Qt's runtime libraries are installed" \
       "(for a window: libxcb-cursor, libxkbcommon-x11; for sound: libpulse)." >&2
  exit 0
fi

missing=()
for package in "${wanted[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

command_line="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system libraries: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Missing system libraries. Please run:" >&2
  echo "  sudo apt-get update && sudo $command_line" >&2
  exit 1
fi
