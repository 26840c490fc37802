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
targets=$(ninja -C "$BUILD" -t targets all | sed -n 's/^\([A-Za-z0-9_./-]*\): .*/\1/p' | sort -u)
tests=()
build=(antler manpages)
# A test runs C++ of ours when it is named after the executable it runs, or
# when its command hands one of the build's executables to a script
# (tst_manifests_kubernetes_models: validate.sh runs antler_render_manifests).
# format_check and the desktop-file checks run none.
while read -r name command; do
    if grep -qx "$name" <<<"$targets"; then
        tests+=("$name")
        build+=("$name")
        continue
    fi
    for arg in $command; do
        arg=${arg//\"/}
        relative=${arg#"$PWD/$BUILD/"}
        if [[ $relative != "$arg" ]] && grep -qx "$relative" <<<"$targets"; then
            build+=("$relative")
            [[ ${tests[-1]:-} == "$name" ]] || tests+=("$name")
        fi
    done
done < <(cd "$BUILD" && ctest -N -V -L '^unit$' | awk '
    / Test command: / { sub(/^[0-9]+: Test command: /, ""); command = $0 }
    /Test +#[0-9]+: / { print $3, command; command = "" }')
echo "sanitized (ASan + UBSan, $BUILD): ${#tests[@]} unit tests and fuzz regressions"
start=$(date +%s)
cmake --build "$BUILD" -j "$JOBS" --target "${build[@]}"
# Said before the tests, so that the run ends with ctest's summary (which
# gives the tests' own time).
echo "sanitized: build $(($(date +%s) - start)) s"
cd "$BUILD"
ctest --output-on-failure -j "$JOBS" -R "^($(
    IFS='|'
    echo "${tests[*]}"
))\$"
