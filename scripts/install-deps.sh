#!/usr/bin/env bash
# Installs the Debian packages listed in debian-packages.txt that are not
# installed yet; uses sudo when not root. Safe to run again and again.
# A line "PACKAGE COMMAND" installs PACKAGE only when COMMAND is not on the
# PATH (e.g. npm, which a nodejs from elsewhere may already bring).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mapfile -t wanted < <(grep -v '^\s*#' "$here/debian-packages.txt" | sed 's/\s*#.*//' | awk 'NF {print $1, $2}')
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
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#wanted[@]} Debian packages are present"
    exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null; then
        echo "install-deps: need root or sudo to install: ${missing[*]}" >&2
        exit 1
    fi
    sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}"
