#!/usr/bin/env bash
# Fresh Debian/Ubuntu machine -> everything BindGuard needs to run and be tested:
# the system packages Qt, the tests and PyInstaller need (packaging/apt-packages.txt), then .venv.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# shellcheck disable=SC2046
$SUDO apt-get install -y -q --no-install-recommends $(grep -v '^#' packaging/apt-packages.txt)
bash packaging/setup-venv.sh
