#pragma once

#include <QString>
#include <QStringList>

namespace antler::playbook {

// A crontab as the cron module edits it: jobs are marked by a "#Ansible: NAME"
// comment line followed by the job line, exactly as Ansible writes them, so
// crontabs written by Ansible and by Antler are interchangeable. Pure text
// editing; the module reads the crontab with `crontab -l` and writes it back
// with `crontab -`.
class CrontabEditor
{
public:
    explicit CrontabEditor(const QString &text = QString());

    // The job line: "[#]MIN HOUR DAY MONTH WEEKDAY [USER ]JOB" or
    // "[#]@SPECIAL [USER ]JOB"; user only for files in /etc/cron.d.
    static QString jobLine(const QString &minute, const QString &hour, const QString &day, const QString &month,
                           const QString &weekday, const QString &job, const QString &specialTime, bool disabled,
                           const QString &user = QString());

    // The job line under "#Ansible: name", or a null string when there is none.
    QString findJob(const QString &name) const;
    // Adds the job at the end or replaces its line; true when the text changed.
    bool setJob(const QString &name, const QString &line);
    // Removes the marker and its job line; true when there was one.
    bool removeJob(const QString &name);
    // The names of every "#Ansible:" job, in order.
    QStringList jobNames() const;
    // Lines that are neither comments nor empty.
    bool isEmpty() const;

    // The crontab to write back: lines joined by '\n', ending with one '\n'
    // (empty when there are no lines).
    QString text() const;

private:
    int markerIndex(const QString &name) const;

    QStringList m_lines;
};

} // namespace antler::playbook
