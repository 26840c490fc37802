#!/bin/sh
# The kubernetes-models validation of the rendered manifests (a ctest test):
#   validate.sh RENDER_TOOL WORKDIR
# 1. renders the manifests of every stage and layout with the real renderer,
# 2. installs kubernetes-models from package-lock.json into WORKDIR/npm
#    (npm ci, once per lock file: later runs reuse it),
# 3. validates the rendered manifests and the golden files: all must pass,
# 4. validates each file of broken/: each must be rejected with the message
#    its "# expect:" line names, so the validation cannot pass silently.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tool=$1
work=$2
golden="$here/../data/manifests"

rm -rf "$work/rendered"
"$tool" "$work/rendered"

npm="$work/npm"
mkdir -p "$npm"
cp "$here/validate.mjs" "$npm/"
if ! cmp -s "$here/package-lock.json" "$npm/package-lock.json" || [ ! -d "$npm/node_modules/kubernetes-models" ]; then
    cp "$here/package.json" "$here/package-lock.json" "$npm/"
    echo "installing kubernetes-models into $npm (npm ci)"
    npm ci --prefix "$npm" --no-audit --no-fund --loglevel=error
fi

echo "== rendered and golden manifests: every document must be valid"
node "$npm/validate.mjs" "$work"/rendered/*.yaml "$golden"/*.yaml > "$work/valid.out" || {
    cat "$work/valid.out"
    echo "FAIL: a rendered manifest is not valid (see above)"
    exit 1
}
cat "$work/valid.out"
documents=$(grep -c '^valid ' "$work/valid.out")
files=$(ls "$work"/rendered/*.yaml | wc -l)
if [ "$files" -ne 6 ] || [ "$documents" -lt 60 ]; then
    echo "FAIL: expected 6 rendered files and at least 60 valid documents, got $files and $documents"
    exit 1
fi

echo "== broken manifests: every one must be rejected"
count=0
for file in "$here"/broken/*.yaml; do
    count=$((count + 1))
    expect=$(sed -n '1s/^# expect: //p' "$file")
    if [ -z "$expect" ]; then
        echo "FAIL: $file has no '# expect:' first line"
        exit 1
    fi
    if node "$npm/validate.mjs" "$file" > "$work/broken.out" 2>&1; then
        cat "$work/broken.out"
        echo "FAIL: $file was accepted"
        exit 1
    fi
    if ! grep -qF -- "$expect" "$work/broken.out"; then
        cat "$work/broken.out"
        echo "FAIL: $file was rejected, but not with: $expect"
        exit 1
    fi
    echo "rejected as expected: $(basename "$file"): $expect"
done
if [ "$count" -lt 4 ]; then
    echo "FAIL: expected at least 4 broken manifests, found $count"
    exit 1
fi
echo "PASS"
