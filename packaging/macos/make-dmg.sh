#!/usr/bin/env bash
# macOS: dist/BindGuard.app (from `python packaging/build.py`) -> dist/BindGuard-<version>-macos-<arch>.dmg
# UNTESTED on the Linux build machine; run by packaging/ci/release.yml on a macOS runner.
# Without an Apple Developer ID the app is only ad-hoc signed: users must right-click > Open the first
# time, and macOS asks again for keychain access after every update (keyring #512/#619/#629), because
# keychain access is tied to the binary's signature. With a Developer ID, set CODESIGN_IDENTITY (and
# notarize the .dmg with `xcrun notarytool`) so the prompt stays away.
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PY:-.venv/bin/python}
[ -x "$PY" ] || PY=python3
version=$("$PY" -c "import bindguard; print(bindguard.__version__)")
arch=$(uname -m)
app=dist/BindGuard.app
dmg="dist/BindGuard-${version}-macos-${arch}.dmg"
[ -d "$app" ] || { echo "missing $app: run python packaging/build.py first" >&2; exit 1; }

# Optional: a real iconset via iconutil (build.py already wrote packaging/icons/app.icns with Python).
if command -v iconutil >/dev/null; then
  set_dir=build/app.iconset; rm -rf "$set_dir"; mkdir -p "$set_dir"
  for s in 16 32 128 256 512; do
    cp "packaging/icons/app-$s.png" "$set_dir/icon_${s}x${s}.png"
    cp "packaging/icons/app-$((s * 2)).png" "$set_dir/icon_${s}x${s}@2x.png"
  done
  iconutil -c icns "$set_dir" -o build/app.icns && cp build/app.icns "$app/Contents/Resources/app.icns" || true
fi

codesign --force --deep --sign "${CODESIGN_IDENTITY:--}" "$app"
codesign --verify --deep --strict "$app"

staging=build/dmg; rm -rf "$staging"; mkdir -p "$staging"
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "BindGuard $version" -srcfolder "$staging" -ov -format UDZO "$dmg"
echo "$dmg"
