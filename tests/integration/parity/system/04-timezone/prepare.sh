# The time zone data and hwclock, which the Ansible module requires even
# when it sets only the name; a minimal Debian has neither.
set -e
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq tzdata util-linux-extra >/dev/null
ln -sf /usr/share/zoneinfo/Etc/UTC /etc/localtime
echo Etc/UTC > /etc/timezone
