#!/usr/bin/env bash
# Regenerates docs/screenshots/antler.png: the real antler window with the
# built-in Local profile, in English, drawn on a virtual X server (Xvfb) and
# grabbed by antler itself (--screenshot FILE shows the window, saves it once
# it is laid out and painted, and exits).
#
#   scripts/screenshot-gui.sh [BUILD_DIR] [OUTPUT_PNG]
#
# BUILD_DIR defaults to "build" (make build); LANGUAGE_TAG (default C) takes
# the picture in another language, e.g. LANGUAGE_TAG=de_DE.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-build}"
case "$build" in /*) ;; *) build="$root/$build" ;; esac
output="${2:-$root/docs/screenshots/antler.png}"
case "$output" in /*) ;; *) output="$PWD/$output" ;; esac
antler="$build/gui/antler"

if [ ! -x "$antler" ]; then
    echo "screenshot-gui: $antler is missing; build first (make build, or pass the build folder)." >&2
    exit 1
fi
if ! command -v xvfb-run > /dev/null || ! command -v xauth > /dev/null; then
    echo "screenshot-gui: xvfb-run or xauth is missing; install the Debian packages xvfb and xauth." >&2
    exit 1
fi

# An empty configuration home, so the picture shows the built-in Local profile
# rather than whatever pipeline this machine's user has configured.
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
mkdir -p "$(dirname "$output")"

# Live stages for the picture: test and staging run a real moosefacts on the
# Local profile's ports, production is left down.
server="$build/server/moosefacts"
pids=()
for stage_port in test:18481 staging:18482; do
    "$server" --stage "${stage_port%%:*}" --port "${stage_port##*:}" \
        --static-dir "$root/resources/frontend" 2> /dev/null &
    pids+=("$!")
done
trap 'kill "${pids[@]}" 2> /dev/null; rm -rf "$home"' EXIT

env -u DISPLAY -u WAYLAND_DISPLAY ANTLER_SCREENSHOT_DELAY_MS="${SCREENSHOT_DELAY_MS:-16000}" \
    LC_ALL="${LANGUAGE_TAG:-C}.UTF-8" LANGUAGE= \
    XDG_CONFIG_HOME="$home" XDG_CONFIG_DIRS="$home" XDG_RUNTIME_DIR="$home" \
    QT_QPA_PLATFORM=xcb QT_STYLE_OVERRIDE=Fusion \
    xvfb-run -a -s "-screen 0 1280x800x24" "$antler" --screenshot "$output"
echo "screenshot-gui: wrote $output"
