#!/usr/bin/env bash
# Builds the disk images of the Pi stand-in VM (tests/support/PiVm.h), once per
# machine: a debootstrapped Debian 12 that boots like a Raspberry Pi.
#
#   pi-vm-image.sh [amd64|arm64]   prints the folder that holds the images
#
# The folder is /var/cache/antler-tests/pi-vm-ARCH-HASH, HASH being the hash
# of this script's commands (comments left out): a change to the recipe builds new images, an unchanged
# recipe reuses the cached ones. Nothing else is kept between runs, so a
# fresh machine builds exactly what a warm one reuses.
#
# What the folder holds:
#   rootfs.img     the root file system (ext4, made with mkfs.ext4 -d, no mount)
#   boot.img       the "firmware partition", mounted at /boot/firmware inside:
#                  vmlinuz, initrd.img and cmdline.txt, read by PiVm at every
#                  boot with debugfs, as a Pi's firmware reads its SD card
#   client_ed25519 the key that logs in as pi (passwordless sudo) and root
#   host_ed25519.pub  the VM's host key
#
# Inside: debootstrap minbase plus systemd, dbus, openssh-server, sudo, a kernel,
# ifupdown/dhcp, udev, python3 and python3-apt (for ansible-playbook); the
# apt sources of this machine; the package lists and the .deb files of what
# the provisioning playbooks install, downloaded but NOT installed (an apt
# cache, so that installing podman under emulation does not wait on the
# network). The kernel command line starts with cgroup_disable=memory, like
# a Pi: the cgroups playbook has to fix it.
set -euo pipefail
arch=${1:-amd64}
case "$arch" in
amd64) kernel_package=linux-image-amd64 console=ttyS0 ;;
arm64) kernel_package=linux-image-arm64 console=ttyAMA0 ;;
*)
    echo "pi-vm-image.sh: unknown architecture '$arch'; use amd64 or arm64" >&2
    exit 2
    ;;
esac
# Downloaded into the image's apt cache, installed only by the playbooks.
cached_packages="podman runc docker-registry crun catatonit slirp4netns uidmap git make ca-certificates"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
recipe_hash=$(grep -v '^ *#' "${BASH_SOURCE[0]}" | sha256sum | cut -c1-12)
cache=/var/cache/antler-tests
out="$cache/pi-vm-$arch-$recipe_hash"
mkdir -p "$cache"
log() { echo "pi-vm-image: $*" >&2; }

exec 9>"$cache/pi-vm-$arch.lock"
flock 9
if [ -f "$out/complete" ]; then
    echo "$out"
    exit 0
fi
for old in "$cache"/pi-vm-"$arch"-*; do
    [ -e "$old" ] && [ "$old" != "$out" ] && rm -rf "$old"
done

work=$(mktemp -d /var/tmp/antler-pi-vm-XXXXXX)
cleanup() {
    for fs in proc sys dev/pts dev; do
        mountpoint -q "$work/root/$fs" 2>/dev/null && umount -l "$work/root/$fs"
    done
    rm -rf "$work"
}
trap cleanup EXIT
root="$work/root"
mirror=http://deb.debian.org/debian
if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    mirror=$(awk '/^URIs:/ && $2 !~ /security/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)
fi
include=systemd,systemd-sysv,dbus,openssh-server,sudo,$kernel_package,ifupdown,isc-dhcp-client,udev,python3,python3-apt
start=$(date +%s)
log "debootstrap $arch from $mirror into $root"
foreign=()
[ "$arch" != "$(dpkg --print-architecture)" ] && foreign=(--foreign)
if ! debootstrap "${foreign[@]}" --arch="$arch" --variant=minbase --include="$include" bookworm "$root" "$mirror" \
    >"$work/debootstrap.out" 2>&1; then
    tail -n 30 "$work/debootstrap.out" >&2
    tail -n 30 "$root/debootstrap/debootstrap.log" >&2 || true
    exit 1
fi
if [ ${#foreign[@]} -gt 0 ]; then
    # The second stage runs the arm64 programs through qemu-user-static (binfmt).
    chroot "$root" /debootstrap/debootstrap --second-stage >"$work/second-stage.out" 2>&1 \
        || { tail -n 30 "$work/second-stage.out" >&2; exit 1; }
fi
log "debootstrap took $(($(date +%s) - start)) s"

# The apt sources of this machine (Debian's own archives only).
rm -f "$root/etc/apt/sources.list"
for source in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    [ -s "$source" ] && grep -q debian "$source" && ! grep -q -i -e nodesource -e google "$source" \
        && cp "$source" "$root$source"
done
[ -n "$(ls "$root/etc/apt/sources.list.d/" "$root/etc/apt/sources.list" 2>/dev/null)" ] \
    || echo "deb $mirror bookworm main" >"$root/etc/apt/sources.list"

# Users, keys, network, mounts.
ssh-keygen -q -t ed25519 -N '' -C antler-pi-vm-client -f "$work/client_ed25519"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
cp "$work/client_ed25519.pub" "$root/tmp/client.pub"
chroot "$root" /bin/sh -e -c "
useradd --create-home --shell /bin/bash --groups sudo pi
usermod -p '*' pi
usermod -p '*' root
printf 'pi ALL=(ALL:ALL) NOPASSWD: ALL\n' > /etc/sudoers.d/010_pi-nopasswd
chmod 0440 /etc/sudoers.d/010_pi-nopasswd
for home in /root /home/pi; do
    mkdir -p \$home/.ssh
    cp /tmp/client.pub \$home/.ssh/authorized_keys
done
chown -R pi:pi /home/pi/.ssh
chmod 700 /root/.ssh /home/pi/.ssh
rm -f /tmp/client.pub /etc/ssh/ssh_host_*
ssh-keygen -q -t ed25519 -N '' -C '' -f /etc/ssh/ssh_host_ed25519_key
printf 'HostKey /etc/ssh/ssh_host_ed25519_key\nUseDNS no\n' > /etc/ssh/sshd_config.d/antler.conf
echo pi-standin > /etc/hostname
printf '127.0.0.1 localhost\n127.0.1.1 pi-standin\n' > /etc/hosts
printf 'auto lo\niface lo inet loopback\n\nauto eth0\niface eth0 inet dhcp\n' > /etc/network/interfaces
printf '/dev/vda / ext4 defaults 0 1\n/dev/vdb /boot/firmware ext4 defaults 0 2\n' > /etc/fstab
mkdir -p /boot/firmware
# The firmware partition holds the initrd the VM boots, as on a Pi: a package
# that rebuilds the one in /boot (fuse3 does) would only cost minutes.
sed -i 's/^update_initramfs=.*/update_initramfs=no/' /etc/initramfs-tools/update-initramfs.conf
# A serial login for whoever reads the console log, and no waiting on it.
systemctl mask systemd-timesyncd.service apt-daily.timer apt-daily-upgrade.timer man-db.timer e2scrub_all.timer \
    fstrim.timer >/dev/null 2>&1 || true
apt-get update -qq
apt-get install -y -qq --download-only $cached_packages >/dev/null
"
umount "$root/dev" "$root/proc"
cp "$root/etc/ssh/ssh_host_ed25519_key.pub" "$work/host_ed25519.pub"

# The firmware partition: kernel, initrd and the command line, like a Pi's.
boot="$work/boot"
mkdir -p "$boot"
cp "$(ls "$root"/boot/vmlinuz-* | head -n 1)" "$boot/vmlinuz"
cp "$(ls "$root"/boot/initrd.img-* | head -n 1)" "$boot/initrd.img"
echo "console=$console root=/dev/vda rw rootfstype=ext4 fsck.repair=yes rootwait net.ifnames=0 cgroup_disable=memory" \
    >"$boot/cmdline.txt"
rm -f "$work/boot.img" "$work/rootfs.img"
mkfs.ext4 -q -L firmware -d "$boot" "$work/boot.img" 128M
mkfs.ext4 -q -L rootfs -d "$root" "$work/rootfs.img" 4G

mkdir -p "$out.partial"
mv "$work/rootfs.img" "$work/boot.img" "$work/client_ed25519" "$work/client_ed25519.pub" "$work/host_ed25519.pub" \
    "$out.partial/"
rm -rf "$out"
mv "$out.partial" "$out"
touch "$out/complete"
log "built $out in $(($(date +%s) - start)) s"
echo "$out"
