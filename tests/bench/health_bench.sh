#!/bin/bash
# Health benchmarks, in one invocation:
#   1. monitor_bench: the CPU share of one core and the memory Antler's health
#      monitor uses for 3 real moosefacts stages x 7 probes at 1 s (target < 1 %).
#   2. chart_bench: 30 days of 1 s samples for 3 stages in the history; the time
#      to switch the charts to 30 days (target < 100 ms) and to apply one live
#      sample (target < 5 ms), offscreen, and the memory (target < 300 MB).
#
#   tests/bench/health_bench.sh [BUILD]     BUILD defaults to build
# MONITOR_SECONDS (default 60) sets the length of the monitoring run.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-build}
case $build in /*) ;; *) build=$root/$build ;; esac
seconds=${MONITOR_SECONDS:-60}

for program in "$build/tests/bench/monitor_bench" "$build/tests/bench/chart_bench" "$build/server/moosefacts"; do
    [ -x "$program" ] || { echo "health_bench: $program is missing; build it with: cmake --build $build" >&2; exit 2; }
done

status=0
"$build/tests/bench/monitor_bench" "$build/server/moosefacts" "$root/resources/frontend" "$seconds" || status=1
echo
QT_QPA_PLATFORM=offscreen "$build/tests/bench/chart_bench" 2> /dev/null || status=1
exit $status
