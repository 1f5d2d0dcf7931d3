#!/usr/bin/env bash
# Packaging check for .ci/run (after the tests): build the Linux bundle and the bare baseline with the
# one documented command, run the frozen-app checks, print the size and start-up report.
# Exits non-zero on any failure. Needs what packaging/dev-setup.sh installs (binutils, gnome-keyring,
# dbus-daemon, poppler-utils, xvfb) and .venv with PyInstaller.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
[ -x "$PY" ] || PY=python3
unset PYTHON_KEYRING_BACKEND
start=$SECONDS

echo "== packaging: build (python packaging/build.py --with-bare)"
"$PY" packaging/build.py --with-bare

echo "== packaging: frozen app checks (pytest, each check counted; none may be skipped)"
BINDGUARD_REQUIRE_BUNDLE=1 bash tests/run.sh tests/packaging/test_frozen_app.py -q

echo "== packaging: size and start-up"
"$PY" packaging/size_report.py --runs 15 --json build/size_report.json

echo "== packaging finished in $((SECONDS - start)) s"
