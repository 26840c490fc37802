#pragma once

#include <QMetaType>
#include <QString>
#include <QVariantMap>

namespace antler::playbook {

// What one task did on one host, shaped like an Ansible module result so that
// register, the printers and the JSON output read it the same way.
struct TaskResult
{
    enum class Status { Ok, Changed, Failed, Skipped, Unreachable };

    Status status = Status::Ok;
    // Failed, but the task has ignore_errors: counted as ok and ignored.
    bool ignored = false;
    // Printed with indentation even without -v, as ansible-playbook does for debug.
    bool verboseAlways = false;
    // no_log: printers show censoredMessage() instead of the data; register
    // still stores the data, as in Ansible.
    bool noLog = false;
    // One item of a loop: printed "ok: [host] => (item=itemLabel)".
    bool isItem = false;
    QString itemLabel;
    // The combined result of a loop (data "results"): its items were printed
    // one by one, so the printers show no line of its own for it.
    bool isLoop = false;
    // The module's answer: changed, msg, rc, cmd, stdout, stdout_lines, stderr,
    // stderr_lines, start, end, delta, ping, unreachable… Sorted by key when printed.
    QVariantMap data;

    bool isFailure() const { return status == Status::Failed || status == Status::Unreachable; }
    // The value "register" stores: data with changed and failed always present.
    QVariantMap registered() const;
    // What the callbacks print after "=>": data without the failed flag and
    // the internal keys; with no_log only "censored" and "changed".
    QVariantMap displayed() const;

    // Ansible's text for a result hidden by no_log.
    static QString censoredMessage();
    static QString statusName(Status status);
    static TaskResult unreachable(const QString &message);
    static TaskResult failed(const QString &message);
};

} // namespace antler::playbook

Q_DECLARE_METATYPE(antler::playbook::TaskResult)
