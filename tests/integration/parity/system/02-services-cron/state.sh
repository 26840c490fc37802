crontab -l -u root
pgrep -x cron >/dev/null && echo "cron running" || echo "cron stopped"
tail -1 /etc/motd
