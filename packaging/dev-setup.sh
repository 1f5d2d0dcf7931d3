#!/usr/bin/env bash
# Fresh Debian/Ubuntu machine -> everything BindGuard needs to run and be tested:
# the system packages Qt, the tests and PyInstaller need (packaging/apt-packages.txt), then .venv.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
# Another apt (an unattended upgrade, a software centre) may hold the package lock: wait for it up to
# 10 minutes instead of failing at once.
APT=(apt-get -o DPkg::Lock::Timeout=600 -o Acquire::Retries=3)
$SUDO "${APT[@]}" update -q
# shellcheck disable=SC2046
$SUDO "${APT[@]}" install -y -q --no-install-recommends $(grep -v '^#' packaging/apt-packages.txt)
bash packaging/setup-venv.sh
