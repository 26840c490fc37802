# What both tools must leave behind and report (run as root in the container).
dpkg-query -W -f='${Package} ${Status}\n' hello 2>&1
cat /root/apt-cache-results
