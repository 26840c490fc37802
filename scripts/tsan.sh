#!/usr/bin/env bash
# make tsan: the tests whose code runs on more than one thread, built with
# ThreadSanitizer in build-tsan/: the SSH worker thread of each host and its
# shared shells (tst_sshtransport; tst_runplaybook, where the playbook runner
# drives several hosts' workers at once), the secrets a worker asks the
# window for (tst_secrets), the health history's compaction on the thread
# pool (tst_healthhistory), pipeline History opened on several threads at
# once (tst_history) and read by the History view's worker (tst_historyview),
# the GUI's chart history loader (tst_healthview, tst_mainwindow), the log
# view's search thread (tst_logview), the playbook preview read on a pool
# thread (tst_playbooksview) and the local runtime's build thread
# (tst_pipeline_local). Qt and glib are not instrumented and synchronise
# with futexes TSan cannot see: the calls they make into TSan's interceptors
# are not checked (ignore_noninstrumented_modules), and
# tests/sanitizers/tsan.supp names the payloads of queued calls between
# threads, each with its reason. Antler's own code is checked in full.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${TSAN_BUILD:-build-tsan}
JOBS=${JOBS:-2}
TESTS=${TSAN_TESTS:-tst_sshtransport tst_runplaybook tst_secrets tst_healthhistory tst_history tst_historyview tst_healthview tst_mainwindow tst_logview tst_playbooksview tst_pipeline_local}
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DANTLER_SANITIZE=thread \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1" >/dev/null
# antler_reset_test_user: the fixture the tests that log in as the throwaway user need.
# shellcheck disable=SC2086
cmake --build "$BUILD" -j "$JOBS" --target $TESTS antler moosefacts antler_reset_test_user
# die_after_fork=0: without it a test that starts sshd through QProcess (a
# clone(CLONE_VM|CLONE_VFORK) followed by exec in Qt 6.4) dies at its next
# thread start with "starting new threads after multi-threaded fork is not
# supported". What the option allows does not happen here: no child starts a
# thread before exec (tst_pipeline_local's one fork without exec only makes
# system calls and _exits).
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:ignore_noninstrumented_modules=1:die_after_fork=0:suppressions=$PWD/tests/sanitizers/tsan.supp"
cd "$BUILD"
ctest --output-on-failure -R "^($(echo "$TESTS" | tr ' ' '|'))\$"
