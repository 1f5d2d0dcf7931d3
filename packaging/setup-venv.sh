#!/usr/bin/env bash
# Make .venv with BindGuard installed in editable mode plus the test and packaging extras.
# Never installs keyrings.alt: it would silently store secrets in plain text.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test,packaging]"
.venv/bin/python packaging/build_translations.py
.venv/bin/python packaging/build_catalog.py
if .venv/bin/python -m pip show keyrings.alt >/dev/null 2>&1; then
  echo "keyrings.alt is installed in .venv: remove it (it stores secrets in plain text)" >&2
  exit 1
fi
