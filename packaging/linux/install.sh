#!/bin/sh
# Put BindGuard in your applications menu (no root needed). Run it from the unpacked BindGuard folder:
#   sh install.sh            install for this user (~/.local)
#   sh install.sh --remove   take it out of the menu again (your data stays in ~/.local/share/BindGuard)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
dest="${XDG_DATA_HOME:-$HOME/.local/share}"
apps="$dest/applications"
icons="$dest/icons/hicolor/256x256/apps"
if [ "${1:-}" = "--remove" ]; then
  rm -f "$apps/bindguard.desktop" "$icons/bindguard.png"
  echo "BindGuard removed from the menu. 已从菜单中移除换号卫士。"
  exit 0
fi
mkdir -p "$apps" "$icons"
cp "$here/bindguard.png" "$icons/bindguard.png"
sed "s|^Exec=.*|Exec=\"$here/BindGuard\"|" "$here/bindguard.desktop" > "$apps/bindguard.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" >/dev/null 2>&1 || true
echo "BindGuard is now in your applications menu. 换号卫士已加入应用菜单。"
echo "(It starts from $here: keep this folder where it is. 请不要移动这个文件夹。)"
