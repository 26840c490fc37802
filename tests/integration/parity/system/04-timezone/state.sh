cat /etc/timezone
readlink /etc/localtime
date +%Z
