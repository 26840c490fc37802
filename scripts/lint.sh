#!/usr/bin/env bash
# make lint: clang-tidy (checks in .clang-tidy) and cppcheck over the
# project's own sources, using the compile commands of a configured build
# (BUILD, default build). Generated code (moc, resources) is not ours and is
# skipped. Every suppression is in place in the source, with its reason:
# NOLINT(check) for clang-tidy, cppcheck-suppress for cppcheck.
#   scripts/lint.sh [BUILD] [path-regex]    e.g. scripts/lint.sh build server/
#   LINT_TOOLS=cppcheck scripts/lint.sh     one of the two only (clang-tidy, cppcheck)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
FILTER=${2:-}
JOBS=${JOBS:-2}
TOOLS=${LINT_TOOLS:-clang-tidy cppcheck}
if [ ! -f "$BUILD/compile_commands.json" ]; then
    cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
# moc needs to have run for the sources to compile.
cmake --build "$BUILD" -j "$JOBS" --target antler_core_autogen moosefacts_server_autogen antler_gui_autogen \
    >/dev/null 2>&1 || true
root=$PWD
mapfile -t files < <(python3 - "$BUILD/compile_commands.json" "$root" "$FILTER" <<'PY'
import json, re, sys
commands, root, pattern = json.load(open(sys.argv[1])), sys.argv[2], sys.argv[3]
seen = set()
for c in commands:
    f = c['file']
    if not f.startswith(root + '/') or '/build' in f[len(root):] or '_autogen' in f:
        continue
    rel = f[len(root) + 1:]
    if not re.match(r'(core|gui|server|tests)/', rel) or rel.startswith('tests/fuzz/corpus'):
        continue
    if pattern and not re.search(pattern, rel):
        continue
    if f not in seen:
        seen.add(f)
        print(f)
PY
)
echo "lint: ${#files[@]} files"
status=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# clang-tidy: gcc's compile commands, read by clang; -Wno-unknown-warning-option
# keeps gcc-only flags quiet.
if [[ " $TOOLS " == *" clang-tidy "* ]]; then
    if ! run-clang-tidy -quiet -p "$BUILD" -j "$JOBS" -extra-arg=-Wno-unknown-warning-option "${files[@]}" >"$log" 2>&1; then
        status=1
    fi
    # A test's .moc is included by its source, so its findings are reported
    # too; moc's code is not ours.
    findings=$(grep -E "^/.*(warning|error):" "$log" | grep -v "_autogen/" | sort -u || true)
    if [ -n "$findings" ]; then
        echo "$findings"
        status=1
    fi
fi
# cppcheck: the checks clang-tidy does not make (uninitialised members,
# containers used out of range, leaks); style is clang-format's and
# clang-tidy's business.
if [[ " $TOOLS " == *" cppcheck "* ]]; then
    cppcheck --quiet --inline-suppr --error-exitcode=1 --enable=warning,performance,portability \
        --std=c++20 --library=qt -j "$JOBS" --suppress=unknownMacro --suppress=missingIncludeSystem \
        -D Q_OBJECT= -D Q_SIGNALS=public -D Q_SLOTS= -D Q_EMIT= -D Q_DECLARE_TR_FUNCTIONS\(x\)= \
        -I core -I server "${files[@]}" || status=1
fi
if [ $status -eq 0 ]; then
    echo "lint: clean"
fi
exit $status
