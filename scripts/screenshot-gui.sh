#!/usr/bin/env bash
# Regenerates the README's pictures of the window in docs/screenshots/:
# overview.png, operation.png (a rollout while it runs, with its log),
# promote-dialog.png, history.png, events.png and dark.png; then playbooks.png,
# hosts.png, the Pi setup wizard's pages (wizard-connect.png, wizard-verify.png,
# wizard-inspect.png, wizard-choose.png, wizard-provision.png, wizard-done.png)
# and their -dark twins (tests/gui/screenshots_fleet.cpp). The program
# tests/gui/screenshots.cpp drives the real window on a Local profile with
# free ports in throwaway folders (a real build, deploy and promotion), on a
# virtual X server (Xvfb), in English.
#
#   scripts/screenshot-gui.sh [BUILD_DIR] [OUTPUT_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-build}"
case "$build" in /*) ;; *) build="$root/$build" ;; esac
output="${2:-$root/docs/screenshots}"
case "$output" in /*) ;; *) output="$PWD/$output" ;; esac
program="$build/tests/gui/antler_screenshots"

if [ ! -x "$program" ]; then
    echo "screenshot-gui: $program is missing; build first (./make.sh build, or pass the build folder)." >&2
    exit 1
fi
if ! command -v xvfb-run > /dev/null || ! command -v xauth > /dev/null; then
    echo "screenshot-gui: xvfb-run or xauth is missing; install the Debian packages xvfb and xauth." >&2
    exit 1
fi
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
env -u DISPLAY -u WAYLAND_DISPLAY LC_ALL=C.UTF-8 LANGUAGE= XDG_RUNTIME_DIR="$home" \
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" "$program" "$output"
# The Playbooks and Hosts docks and the setup wizard against a real sshd (needs root, as the tests do).
fleet="$build/tests/gui/antler_screenshots_fleet"
if [ -x "$fleet" ]; then
    env -u DISPLAY -u WAYLAND_DISPLAY LC_ALL=C.UTF-8 LANGUAGE= XDG_RUNTIME_DIR="$home" \
        QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" "$fleet" "$output"
fi
echo "screenshot-gui: wrote the pictures to $output"
