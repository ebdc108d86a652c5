#!/usr/bin/env bash
# The Python readers the export tests check our files with (networkx for GEXF, GraphML and
# node-link JSON; openpyxl for the workbook): readers we did not write. Creates `.venv-export`
# beside package.json once; later runs only confirm it works. Idempotent, no sudo.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv-export
PACKAGES=(networkx openpyxl)
PYTHON=${PYTHON:-python3}

if ! command -v "$PYTHON" >/dev/null 2>&1; then
  echo "python-env: $PYTHON not found. Install Python 3.9+ with venv (Debian/Ubuntu: sudo apt-get install python3 python3-venv), or set PYTHON to one." >&2
  exit 1
fi
if [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c 'import networkx, openpyxl' 2>/dev/null; then
  exit 0
fi
rm -rf "$VENV"
if ! "$PYTHON" -m venv "$VENV"; then
  echo "python-env: '$PYTHON -m venv' failed. Install the venv module (Debian/Ubuntu: sudo apt-get install python3-venv)." >&2
  exit 1
fi
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "${PACKAGES[@]}"
"$VENV/bin/python" -c 'import networkx, openpyxl; print(f"python-env: networkx {networkx.__version__}, openpyxl {openpyxl.__version__} in .venv-export")'
