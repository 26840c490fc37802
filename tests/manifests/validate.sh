#!/bin/sh
# The kubernetes-models validation of the rendered manifests (a ctest test):
#   validate.sh RENDER_TOOL WORKDIR
# 1. renders the manifests of every stage and layout with the real renderer,
# 2. uses kubernetes-models from tests/manifests/node_modules, which the set-up
#    (scripts/install-deps.sh) installs from package-lock.json: a test never
#    downloads anything,
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

if [ ! -d "$here/node_modules/kubernetes-models" ] \
    || ! cmp -s "$here/package-lock.json" "$here/node_modules/.antler-installed-lock.json"; then
    echo "FAIL: kubernetes-models from tests/manifests/package-lock.json is not installed in $here/node_modules;"
    echo "      run scripts/install-deps.sh (it runs npm ci there), then run the tests again"
    exit 1
fi
validator="$here/validate.mjs"

echo "== rendered and golden manifests: every document must be valid"
node "$validator" "$work"/rendered/*.yaml "$golden"/*.yaml > "$work/valid.out" || {
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
    if node "$validator" "$file" > "$work/broken.out" 2>&1; then
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
