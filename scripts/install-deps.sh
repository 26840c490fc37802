#!/usr/bin/env bash
# Installs what Antler needs that is missing; uses sudo when not root. Safe to
# run again and again: it installs nothing when everything is there.
#   scripts/install-deps.sh run    the packages to build and run antler
#   scripts/install-deps.sh [test] those and every package the tests use,
#                                  npm packages included (nothing downloads
#                                  during a test)
# The Debian packages are listed in debian-packages.txt (sections [build],
# [run], [test]); a line "PACKAGE COMMAND" installs PACKAGE only when COMMAND
# is not on the PATH (e.g. npm, which a nodejs from elsewhere may bring).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(dirname "$here")"
purpose=${1:-test}
case "$purpose" in
    run) sections="build run" ;;
    test) sections="build run test" ;;
    *) echo "install-deps: unknown purpose '$purpose'; use 'run' or 'test'" >&2; exit 2 ;;
esac

mapfile -t wanted < <(awk -v want=" $sections " '
    /^\s*\[[a-z]+\]\s*$/ { gsub(/[][ \t]/, ""); section = $0; next }
    { sub(/#.*/, "") }
    NF && index(want, " " section " ") { print $1, $2 }' "$here/debian-packages.txt")
missing=()
for entry in "${wanted[@]}"; do
    read -r pkg command <<<"$entry"
    if [ -n "$command" ] && command -v "$command" >/dev/null; then
        continue
    fi
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$pkg")
    fi
done
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    if [ ${#missing[@]} -gt 0 ] && ! command -v sudo >/dev/null; then
        echo "install-deps: need root or sudo to install: ${missing[*]}" >&2
        exit 1
    fi
    sudo="sudo"
fi
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#wanted[@]} Debian packages for '$purpose' are present"
else
    echo "install-deps: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    if ! $sudo apt-get update -qq || ! $sudo apt-get install -y -qq "${missing[@]}"; then
        echo "install-deps: could not install the Debian packages: ${missing[*]}" >&2
        echo "install-deps: check that apt can reach a Debian 12 mirror, then run this again" >&2
        exit 1
    fi
fi

[ "$purpose" = test ] || exit 0
# npm packages of the tests, installed now so that no test downloads anything:
# kubernetes-models for the offline manifest validation (tests/manifests).
manifests="$top/tests/manifests"
stamp="$manifests/node_modules/.antler-installed-lock.json"
if ! cmp -s "$manifests/package-lock.json" "$stamp" 2>/dev/null \
    || [ ! -d "$manifests/node_modules/kubernetes-models" ]; then
    echo "install-deps: installing the npm packages of tests/manifests (npm ci)"
    if ! (cd "$manifests" && npm ci --no-audit --no-fund --loglevel=error); then
        echo "install-deps: npm could not install kubernetes-models for tests/manifests;" \
             "check that the npm registry can be reached, then run this again" >&2
        exit 1
    fi
    cp "$manifests/package-lock.json" "$stamp"
fi
echo "install-deps: the npm packages of the tests are present"
