# A freshly built image: empty package lists in a folder written a minute
# ago, and no update-success-stamp. By ansible-core's rule the cache is as
# old as that folder, so it counts as fresh although it lists nothing.
set -e
rm -f /var/lib/apt/periodic/update-success-stamp
rm -rf /var/lib/apt/lists
mkdir -p /var/lib/apt/lists/partial
touch -d '1 minute ago' /var/lib/apt/lists
