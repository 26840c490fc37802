#!/usr/bin/env bash
# make fuzz: builds the libFuzzer targets of tests/fuzz with clang++ (ASan +
# UBSan) in their own build folder and runs each for FUZZ_SECONDS (60).
#   FUZZ_SECONDS=600 make fuzz            longer
#   FUZZ_TARGETS="jinja playbook" make fuzz   only these
#   FUZZ_TIMEOUT=30 make fuzz     seconds one input may take before it counts as a hang (10)
# New interesting inputs go to BUILD/corpus/NAME (kept between runs), crashes
# to BUILD/artifacts/NAME/: copy a crash into tests/fuzz/corpus/NAME/ once it
# is fixed, and the fuzz regression tests of make test replay it for ever.
# Prints per target the executions, coverage (libFuzzer's cov: edges and
# ft: features) and what was found; exits 1 when anything was.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${FUZZ_BUILD:-build-fuzz}
SECONDS_EACH=${FUZZ_SECONDS:-60}
JOBS=${JOBS:-2}
# fuzz_playbook links the rest of antler_core from the ordinary build (see
# tests/fuzz/CMakeLists.txt), brought up to date first.
GCC_BUILD=${GCC_BUILD:-build}
if [ -z "${FUZZ_NO_BUILD:-}" ]; then
    [ -f "$GCC_BUILD/build.ninja" ] || cmake -S . -B "$GCC_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build "$GCC_BUILD" -j "$JOBS" --target antler_core
fi
if [ ! -f "$BUILD/build.ninja" ]; then
    # -O1 and line tables only: what libFuzzer recommends, and half the
    # compile time of -O2 -g on the whole of antler_core.
    cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
        -DCMAKE_CXX_COMPILER=clang++ -DANTLER_FUZZ=ON -DANTLER_FUZZ_CORE_ARCHIVE="$PWD/$GCC_BUILD/core/libantler_core.a" >/dev/null
fi
mapfile -t specs < "$BUILD/tests/fuzz/targets.txt"
names=()
for spec in "${specs[@]}"; do
    name=${spec%% *}
    if [ -n "${FUZZ_TARGETS:-}" ] && [[ " $FUZZ_TARGETS " != *" $name "* ]]; then
        continue
    fi
    names+=("$name")
done
[ -n "${FUZZ_NO_BUILD:-}" ] || cmake --build "$BUILD" -j "$JOBS" --target "${names[@]/#/fuzz_}"

mkdir -p "$BUILD/logs"
found=0
printf '%-16s %12s %8s %8s %8s  %s\n' target executions cov ft corpus findings
for spec in "${specs[@]}"; do
    read -r name seeds <<<"$spec"
    [[ " ${names[*]} " == *" $name "* ]] || continue
    work="$BUILD/corpus/$name"
    artifacts="$BUILD/artifacts/$name/"
    mkdir -p "$work" "$artifacts"
    log="$BUILD/logs/$name.log"
    # -timeout: one input taking 10 s is a hang; -rss_limit_mb: one using
    # 2 GB is a leak or an unbounded allocation. Both count as findings.
    # shellcheck disable=SC2086
    if "$BUILD/tests/fuzz/fuzz_$name" -max_total_time="$SECONDS_EACH" -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb=2048 \
        -max_len=4096 -print_final_stats=1 -dict="tests/fuzz/dict/$name.dict" \
        -artifact_prefix="$artifacts" "$work" $seeds >"$log" 2>&1; then
        result=none
    else
        result="FOUND: $(ls "$artifacts" | tr '\n' ' ')(log: $log)"
        found=1
    fi
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    last=$(grep -E '^#[0-9]+' "$log" | tail -1)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
    corp=$(sed -n 's/.* corp: \([0-9]*\/[0-9a-zA-Z]*\).*/\1/p' <<<"$last")
    printf '%-16s %12s %8s %8s %8s  %s\n' "$name" "${execs:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "$result"
done
exit $found
