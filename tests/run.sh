#!/usr/bin/env bash
# The whole test suite: unit and Qt tests offscreen, then the integration tests inside a private
# D-Bus session with an unlocked gnome-keyring (HOME and XDG folders point at a temp dir so the
# keyring never touches the real home). Usage: bash tests/run.sh [extra pytest args]
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
[ -x "$PY" ] || PY=python3
export QT_QPA_PLATFORM=offscreen
unset PYTHON_KEYRING_BACKEND
"$PY" packaging/build_translations.py >/dev/null

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" \
       XDG_CACHE_HOME="$tmp/cache" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# Read aloud (issue 25): the speechd engine starts speech-dispatcher on demand; with no sound card it
# never finishes an utterance and its stop blocks, so it gets libao's null sink (and espeak-ng) here.
mkdir -p "$XDG_CONFIG_HOME/speech-dispatcher"
printf '%s\n' 'AudioOutputMethod "libao"' 'AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"' \
  'DefaultModule espeak-ng' 'Timeout 5' > "$XDG_CONFIG_HOME/speech-dispatcher/speechd.conf"
echo "default_driver=null" > "$HOME/.libao"

if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
  exec dbus-run-session -- sh -c '
    echo -n ci-pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    exec "$0" -m pytest "$@"' "$PY" "$@"
else
  echo "warning: dbus-run-session or gnome-keyring missing: Secret Service tests will be skipped" >&2
  exec "$PY" -m pytest "$@"
fi
