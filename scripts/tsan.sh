#!/usr/bin/env bash
# make tsan: the tests whose code runs on more than one thread, built with
# ThreadSanitizer in build-tsan/: the SSH worker thread and its shared shells
# (tst_sshtransport, tst_runplaybook), the health history's compaction on the
# thread pool (tst_healthhistory), the GUI's chart history loader
# (tst_healthview, tst_mainwindow) and the local runtime's build thread
# (tst_pipeline_local). Qt itself is not instrumented: its mutexes are
# invisible to TSan, so tests/sanitizers/tsan.supp names the Qt internals
# whose synchronisation TSan cannot see, each with its reason.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${TSAN_BUILD:-build-tsan}
JOBS=${JOBS:-2}
TESTS=${TSAN_TESTS:-tst_sshtransport tst_runplaybook tst_healthhistory tst_healthview tst_mainwindow tst_pipeline_local}
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DANTLER_SANITIZE=thread \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1" >/dev/null
# shellcheck disable=SC2086
cmake --build "$BUILD" -j "$JOBS" --target $TESTS antler moosefacts
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:suppressions=$PWD/tests/sanitizers/tsan.supp"
cd "$BUILD"
ctest --output-on-failure -R "^($(echo $TESTS | tr ' ' '|'))\$"
