#!/usr/bin/env bash
# Checks (default) or applies (--fix) the tree's .clang-format to every C++
# file git tracks. Used by `make format`, `make format-check` and the ctest
# test format_check, so CI fails on an unformatted file.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=check
[ "${1:-}" = --fix ] && mode=fix
command -v clang-format > /dev/null || { echo "format-check: clang-format is not installed; run scripts/install-deps.sh test." >&2; exit 2; }
if git rev-parse --git-dir > /dev/null 2>&1; then
    mapfile -t files < <(git ls-files '*.cpp' '*.h')
else
    mapfile -t files < <(find core gui server tests -name '*.cpp' -o -name '*.h' | sort)
fi
if [ "$mode" = fix ]; then
    clang-format -i --style=file "${files[@]}"
    exit 0
fi
bad=()
for f in "${files[@]}"; do
    [ -f "$f" ] || continue
    clang-format --style=file "$f" | cmp -s - "$f" || bad+=("$f")
done
if [ ${#bad[@]} -gt 0 ]; then
    printf '%s\n' "${bad[@]}" | sed 's/^/not formatted: /' >&2
    echo "format-check: ${#bad[@]} file(s) differ from .clang-format; run 'make format' and commit the result." >&2
    exit 1
fi
echo "format-check: ${#files[@]} files formatted as .clang-format says"
