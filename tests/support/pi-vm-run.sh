#!/usr/bin/env bash
# Runs the Pi stand-in VM the way a Pi's firmware runs a Pi (tests/support/PiVm.h):
# at every boot the kernel, the initrd and the kernel command line come from
# the VM's own firmware partition (boot.img, read with debugfs), and qemu runs
# with -no-reboot, so a reboot inside the guest ends qemu and this loop boots
# it again with whatever the guest wrote into cmdline.txt.
#
#   pi-vm-run.sh RUNDIR
#
# RUNDIR holds: overlay.qcow2 (the root disk, copy-on-write over the cached
# image), boot.img (this VM's own firmware partition), settings (shell
# variables: arch, port, forwards, accel, memory, parent, cache), and is where this script
# writes console.log (every boot, appended), boots (the boot count) and
# qemu.pid. A file RUNDIR/firmware-override makes the "firmware" append
# cgroup_disable=memory whatever cmdline.txt says, as Pi 5 firmware does.
# A file RUNDIR/stop, or the parent process going away, ends the VM and the loop.
# Run again on the same RUNDIR, it boots the same disks (PiVm::powerOn) and
# counts on from the boots before.
set -uo pipefail
run=$1
# shellcheck source=/dev/null
. "$run/settings"
console="$run/console.log"
say() { echo "=== pi-vm: $*" >>"$console"; }
cache=${cache:-unsafe}
# SSH, then each port of $forwards to the same port inside the VM.
netdev="user,id=net0,hostfwd=tcp:127.0.0.1:$port-:22"
for forward in ${forwards:-}; do
    netdev="$netdev,hostfwd=tcp:127.0.0.1:$forward-:$forward"
done
boots=$(cat "$run/boots" 2>/dev/null || echo 0)
echo "$boots" >"$run/boots"
while :; do
    [ -e "$run/stop" ] && break
    kill -0 "$parent" 2>/dev/null || break
    cmdline=$(debugfs -R "cat /cmdline.txt" "$run/boot.img" 2>/dev/null | head -n 1)
    if [ -e "$run/firmware-override" ]; then
        cmdline="$cmdline cgroup_disable=memory"
    fi
    debugfs -R "dump /vmlinuz $run/vmlinuz" "$run/boot.img" >/dev/null 2>&1
    debugfs -R "dump /initrd.img $run/initrd.img" "$run/boot.img" >/dev/null 2>&1
    if [ -z "$cmdline" ] || [ ! -s "$run/vmlinuz" ] || [ ! -s "$run/initrd.img" ]; then
        say "the firmware partition has no cmdline.txt, vmlinuz or initrd.img: nothing to boot"
        exit 1
    fi
    boots=$((boots + 1))
    say "boot $boots ($accel) with the command line: $cmdline"
    if [ "$arch" = arm64 ]; then
        machine=(qemu-system-aarch64 -M virt -cpu max -accel "$accel")
    else
        machine=(qemu-system-x86_64 -accel "$accel" -cpu max)
    fi
    "${machine[@]}" -m "$memory" -smp 2 -nodefaults -no-user-config -display none -monitor none -no-reboot \
        -serial stdio \
        -kernel "$run/vmlinuz" -initrd "$run/initrd.img" -append "$cmdline" \
        -drive "file=$run/overlay.qcow2,if=virtio,format=qcow2,cache=$cache" \
        -drive "file=$run/boot.img,if=virtio,format=raw" \
        -netdev "$netdev" -device virtio-net-pci,netdev=net0 \
        -device virtio-rng-pci </dev/null >>"$console" 2>&1 &
    qemu=$!
    echo "$qemu" >"$run/qemu.pid"
    echo "$boots" >"$run/boots"
    while kill -0 "$qemu" 2>/dev/null; do
        if [ -e "$run/stop" ] || ! kill -0 "$parent" 2>/dev/null; then
            kill "$qemu" 2>/dev/null
        fi
        sleep 0.3
    done
    wait "$qemu"
    status=$?
    rm -f "$run/qemu.pid"
    if [ -e "$run/stop" ] || ! kill -0 "$parent" 2>/dev/null; then
        break
    fi
    if [ "$status" -ne 0 ]; then
        say "qemu ended with exit code $status"
        exit 1
    fi
    say "the guest rebooted or powered off; booting it again"
done
say "stopped"
