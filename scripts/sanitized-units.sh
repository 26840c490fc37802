#!/usr/bin/env bash
# make sanitized-units: the unit tests and the fuzz regressions (ctest label
# unit) built with ASan + UBSan in BUILD (build-asan) and run there, leaks
# included. Only what they need is built (antler_core, the GUI
# library, antler for the CLI tests, the man pages): not the integration and
# GUI tests, which make test SANITIZE=1 adds. The sanitizer options come from
# the Makefile (SANITIZE=1).
#   scripts/sanitized-units.sh BUILD JOBS
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build-asan}
JOBS=${2:-2}
targets=$(ninja -C "$BUILD" -t targets all | sed -n 's/^\([A-Za-z0-9_]*\): .*/\1/p' | sort -u)
tests=()
while read -r name; do
    # format_check and the desktop-file checks run no C++ of ours.
    if grep -qx "$name" <<<"$targets"; then
        tests+=("$name")
    fi
done < <(cd "$BUILD" && ctest -N -L '^unit$' | awk '/Test +#/ {print $3}')
echo "sanitized (ASan + UBSan, $BUILD): ${#tests[@]} unit tests and fuzz regressions"
start=$(date +%s)
cmake --build "$BUILD" -j "$JOBS" --target antler manpages "${tests[@]}"
built=$(date +%s)
cd "$BUILD"
status=0
ctest --output-on-failure -j "$JOBS" -R "^($(
    IFS='|'
    echo "${tests[*]}"
))\$" || status=$?
echo "sanitized: build $((built - start)) s, tests $(($(date +%s) - built)) s"
exit $status
