# What both tools must leave behind (run as root in the container).
grep -v '^#' /etc/fstab
findmnt -n -o TARGET,SOURCE,FSTYPE,OPTIONS /mnt/scratch
findmnt -n /mnt/gone >/dev/null && echo "gone mounted" || echo "gone not mounted"
findmnt -n /mnt/later >/dev/null && echo "later mounted" || echo "later not mounted"
ls -ld /mnt/scratch /mnt/gone | awk '{print $1, $NF}'
