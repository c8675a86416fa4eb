#!/bin/sh
# Wrap dist/Carebot Desktop.app in a compressed disk image with an Applications link.
# Usage: packaging/macos/make-dmg.sh VERSION   (on macOS, after PyInstaller; see packaging/README.md)
set -eu
version="${1:?version}"
stage=$(mktemp -d)
cp -R "dist/Carebot Desktop.app" "$stage/"
ln -s /Applications "$stage/Applications"
hdiutil create -volname "Carebot Desktop" -srcfolder "$stage" -ov -format UDZO \
    "dist/CarebotDesktop-$version.dmg"
rm -rf "$stage"
