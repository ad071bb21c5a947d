#!/usr/bin/env bash
# Make a compressed, drag-to-install disk image from the PyInstaller .app bundle (macOS only).
#
#   packaging/macos/make_dmg.sh "dist/Yibao Assistant.app" dist/yibao-0.1.0-macos.dmg 0.1.0
#
# packaging/build.py runs this after the freeze and the frozen smoke test. The image holds
# the app and a link to /Applications. Signing is optional: with CODESIGN_IDENTITY set
# (a "Developer ID Application: …" identity in the keychain) the app is signed with the
# hardened runtime before the image is made, and the image afterwards; notarisation
# (xcrun notarytool submit … --wait; xcrun stapler staple …) is a separate, manual step.
set -euo pipefail

if [ "$(uname -s)" != Darwin ]; then
  echo "make_dmg.sh needs macOS (hdiutil)" >&2
  exit 2
fi
if [ $# -lt 2 ]; then
  echo "usage: $0 APP_BUNDLE OUTPUT_DMG [VERSION]" >&2
  exit 2
fi
APP=${1%/}
DMG=$2
VERSION=${3:-}
VOLNAME="医保个人助手${VERSION:+ $VERSION}"

[ -d "$APP/Contents/MacOS" ] || { echo "not an app bundle: $APP" >&2; exit 1; }
plutil -lint "$APP/Contents/Info.plist" >/dev/null

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --force --deep --options runtime --timestamp \
    --sign "$CODESIGN_IDENTITY" "$APP"
  codesign --verify --deep --strict --verbose=2 "$APP"
fi

STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
ditto "$APP" "$STAGE/$(basename "$APP")"
ln -s /Applications "$STAGE/Applications"

rm -f "$DMG"
hdiutil create -volname "$VOLNAME" -srcfolder "$STAGE" -fs HFS+ \
  -format UDZO -imagekey zlib-level=9 -ov "$DMG"
hdiutil verify "$DMG"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$DMG"
fi
echo "wrote $DMG"
