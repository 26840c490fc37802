# The state both tools start from, whenever the stand-in image was built:
# package lists as a Pi image ships them, empty and fetched long ago, so
# `cache_valid_time: 3600` finds the cache stale and both must update.
set -e
rm -f /var/lib/apt/periodic/update-success-stamp
rm -rf /var/lib/apt/lists
mkdir -p /var/lib/apt/lists/partial
touch -d '2024-01-01 00:00:00' /var/lib/apt/lists
