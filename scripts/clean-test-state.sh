#!/usr/bin/env bash
# Removes every piece of state the test suite keeps between runs, so that the
# next run starts as on a machine where the suite never ran (make test FRESH=1):
#   - /var/lib/antler-tests: the throwaway user's password, locks, podman config
#   - /var/cache/antler-tests: the Pi stand-in's root tarball and the disk
#     images of the Pi stand-in VM (tests/support/pi-vm-image.sh)
#   - the Pi stand-in image, the package test's image and any container a
#     test left behind
#   - the throwaway user antlertest, its home and its sudo rule
#   - the nftables tables of a Pi stand-in power cut a killed test left
#   - the npm packages of the tests (install-deps.sh installs them again)
#   - the build tree (ccache stays: it is keyed by content, so it can make a
#     build faster but never change what it produces)
# Uses sudo when not root.
set -uo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build=${1:-build}
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
say() { echo "clean-test-state: $*"; }

if command -v podman >/dev/null; then
    conf=$(mktemp)
    printf '[engine]\nruntime = "runc"\n' > "$conf"
    for container in $($sudo env CONTAINERS_CONF="$conf" podman ps -a --format '{{.Names}}' 2>/dev/null | grep -E '^antler(test)?-'); do
        say "removing container $container"
        $sudo env CONTAINERS_CONF="$conf" podman rm -f "$container" >/dev/null
    done
    for pod in $($sudo env CONTAINERS_CONF="$conf" podman pod ps --format '{{.Name}}' 2>/dev/null | grep -E '^antlertest-'); do
        say "removing pod $pod"
        $sudo env CONTAINERS_CONF="$conf" podman pod rm -f "$pod" >/dev/null
    done
    if $sudo env CONTAINERS_CONF="$conf" podman image exists localhost/antler-pi-standin:bookworm 2>/dev/null; then
        say "removing the image localhost/antler-pi-standin:bookworm"
        $sudo env CONTAINERS_CONF="$conf" podman rmi -f localhost/antler-pi-standin:bookworm >/dev/null
    fi
    # The package test's Debian 12 with the .deb's dependencies (tests/package).
    for image in $($sudo env CONTAINERS_CONF="$conf" podman images --format '{{.Repository}}:{{.Tag}}' \
        --filter reference=localhost/antler-package-base 2>/dev/null); do
        say "removing the image $image"
        $sudo env CONTAINERS_CONF="$conf" podman rmi -f "$image" >/dev/null
    done
    rm -f "$conf"
fi
if id antlertest >/dev/null 2>&1; then
    say "removing the user antlertest and its home"
    $sudo pkill -u antlertest 2>/dev/null
    $sudo userdel --remove antlertest 2>/dev/null
fi
if command -v nft >/dev/null 2>&1 || [ -x /usr/sbin/nft ]; then
    for table in $($sudo /usr/sbin/nft list tables 2>/dev/null | awk '$2 == "inet" && $3 ~ /^antler_pi_vm_/ {print $3}'); do
        say "removing the nftables table $table (a Pi stand-in power cut)"
        $sudo /usr/sbin/nft delete table inet "$table"
    done
fi
for path in /etc/sudoers.d/antlertest /var/lib/antler-tests /var/cache/antler-tests /var/tmp/antler-test-containers-*.conf; do
    if [ -e "$path" ]; then
        say "removing $path"
        $sudo rm -rf "$path"
    fi
done
for path in "$top/tests/manifests/node_modules" "$top/$build"; do
    if [ -e "$path" ]; then
        say "removing $path"
        rm -rf "$path"
    fi
done
say "done: the next run starts without any state of an earlier one"
