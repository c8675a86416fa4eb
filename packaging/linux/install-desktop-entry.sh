#!/bin/sh
# Add Carebot Desktop to this person's application menu (no root needed): run it from the
# unpacked bundle folder. Remove with: rm ~/.local/share/applications/carebot-desktop.desktop
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
mkdir -p "$apps" "$icons"
cp "$here/carebot-desktop.png" "$icons/carebot-desktop.png"
sed "s|^Exec=.*|Exec=\"$here/carebot-desktop\"|" "$here/carebot-desktop.desktop" \
    > "$apps/carebot-desktop.desktop"
echo "Added to the application menu: $apps/carebot-desktop.desktop"
