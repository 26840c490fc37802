#!/bin/sh
# Regenerates every expected.json in this folder with the real Ansible:
#   tests/data/inventory/generate.sh
# Needs ansible-inventory (ansible-core 2.14 was used).
set -eu
cd "$(dirname "$0")"
for folder in */; do
    folder=${folder%/}
    source=$(ls "$folder" | grep -E '^hosts\.(ini|ya?ml)$' | head -n 1)
    ANSIBLE_INVENTORY_UNPARSED_FAILED=1 ANSIBLE_NOCOLOR=1 \
        ansible-inventory -i "$folder/$source" --list > "$folder/expected.json"
    echo "$folder/expected.json"
done
