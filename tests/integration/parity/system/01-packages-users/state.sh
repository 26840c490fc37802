# The system state both tools must leave behind (run as root in the container).
dpkg-query -W -f='${Package} ${Status}\n' hello less nano 2>&1 | sort
getent group deploy moose
getent passwd moose operator1 | cut -d: -f1,3-7 | sed 's/^\(moose\):[0-9]*:/\1:SYSTEM-UID:/'
id -Gn moose; id -Gn operator1
ls -ld /opt/moose | awk '{print $1, $3, $4}'
cat /etc/sysctl.d/90-antler.conf
cat /etc/antler-release
