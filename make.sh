#!/usr/bin/env bash
# The README's two commands, on a machine that has only bash, git and sudo:
#   ./make.sh run     install what is missing, build, start antler
#   ./make.sh test    install what is missing, build, run every test with ctest
# Anything else is passed to make (./make.sh test FRESH=1, ./make.sh bench).
# make itself is one of the packages a fresh Debian 12 lacks, so this script
# installs the project's Debian and npm packages first and only then hands
# over to the Makefile.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
case "${1:-}" in
    run | build | deps-run | package) scripts/install-deps.sh run ;;
    *) scripts/install-deps.sh test ;;
esac
exec make "$@"
