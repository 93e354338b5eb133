#!/usr/bin/env bash
# Builds the one-folder bundle (build/dist/mat-companion) with PyInstaller, then smoke-tests it.
# Prints the build time and the bundle's size.
set -euo pipefail
cd "$(dirname "$0")/.."
make --no-print-directory .venv/.installed
.venv/bin/python -m pip install -q -c requirements.lock -e '.[package]'
scripts/system-deps.sh run
started=$(date +%s)
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath build/dist --workpath build/work packaging/mat-companion.spec
finished=$(date +%s)
echo "build time: $((finished - started)) s"
echo "bundle size: $(du -sh build/dist/mat-companion | cut -f1) ($(find build/dist/mat-companion -type f | wc -l) files)"
.venv/bin/python packaging/smoke_test.py build/dist/mat-companion/mat-companion
