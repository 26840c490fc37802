#include "playbook/modules/AsyncJob.h"

#include "playbook/modules/CommandModule.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace antler::playbook {

namespace {

// $1 job id, $2 time limit in seconds, $3 the task's cmd as JSON, then the
// command. The job gets a session of its own (it outlives the channel and
// sudo) and, inside it, a process group of its own, which the watchdog kills
// whole at the limit. Everything it needs is in its folder, so async_status
// reads it from any later connection.
const char *launchScript = R"(d="$HOME/.ansible_async/$1"; t=$2; c=$3; shift 3
mkdir -p -- "$d" || exit 1
printf '%s' "$c" >"$d/cmd" && date '+%Y-%m-%d %H:%M:%S.%6N' >"$d/start" || exit 1
setsid sh -c '
d=$1; t=$2; shift 2
setsid "$@" >"$d/stdout" 2>"$d/stderr" </dev/null & p=$!
(
  i=0
  while kill -0 "$p" 2>/dev/null; do
    if [ "$i" -ge "$t" ]; then
      : >"$d/timeout"; kill -KILL -- "-$p" 2>/dev/null || kill -KILL "$p" 2>/dev/null; break
    fi
    sleep 1; i=$((i + 1))
  done
) </dev/null >/dev/null 2>&1 &
wait "$p"; r=$?
date "+%Y-%m-%d %H:%M:%S.%6N" >"$d/end"
echo "$r" >"$d/rc.new" && mv -f -- "$d/rc.new" "$d/rc"
' sh "$d" "$t" "$@" </dev/null >/dev/null 2>&1 &
printf '%s\n' "$d"
)";

// $1 job id, $2 "status" or "cleanup". Exit 3: no such job. Each line is
// "name:" + base64 of a file of the job's folder ("dir" is the folder).
const char *statusScript = R"(d="$HOME/.ansible_async/$1"
printf 'dir:'; printf '%s' "$d" | base64 -w0; echo
[ -d "$d" ] || exit 3
if [ "$2" = cleanup ]; then rm -rf -- "$d"; exit; fi
for f in rc timeout start end cmd stdout stderr; do
  if [ -e "$d/$f" ]; then printf '%s:' "$f"; base64 -w0 <"$d/$f"; echo; fi
done
)";

QDateTime jobTime(const QByteArray &written)
{
    // "2026-12-07 09:30:01.123456": Qt reads milliseconds.
    return QDateTime::fromString(QString::fromLatin1(written.trimmed().left(23)),
                                 QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

} // namespace

QString AsyncJob::newJobId()
{
    return QStringLiteral("j%1.%2")
        .arg(QRandomGenerator::global()->bounded(Q_INT64_C(1000000000000)))
        .arg(QRandomGenerator::global()->bounded(100000, 999999));
}

bool AsyncJob::isValidJobId(const QString &jid)
{
    static const QRegularExpression valid(QStringLiteral("\\A[A-Za-z0-9_-][A-Za-z0-9._-]*\\z"));
    return valid.match(jid).hasMatch();
}

transport::CommandSpec AsyncJob::launch(const transport::CommandSpec &command, const QString &jid, int seconds,
                                        const QVariant &cmd)
{
    transport::CommandSpec spec = command;
    spec.script.clear();
    spec.rawCommand.clear();
    spec.stdinData.clear();
    spec.stdinFile.clear();
    spec.shareShell = false;
    const QByteArray cmdJson = QJsonDocument(QJsonArray {QJsonValue::fromVariant(cmd)}).toJson(QJsonDocument::Compact);
    spec.argv = {QByteArrayLiteral("sh"),
                 QByteArrayLiteral("-c"),
                 QByteArray(launchScript),
                 QByteArrayLiteral("sh"),
                 jid.toUtf8(),
                 QByteArray::number(seconds),
                 cmdJson};
    if (!command.argv.isEmpty())
        spec.argv += command.argv;
    else
        spec.argv += QList<QByteArray> {QByteArrayLiteral("/bin/sh"), QByteArrayLiteral("-c"), command.script};
    spec.description = QStringLiteral("start of job %1").arg(jid);
    return spec;
}

TaskResult AsyncJob::started(const QString &jid, const transport::CommandResult &launched)
{
    if (!launched.succeeded()) {
        TaskResult failed = TaskResult::failed(
            QCoreApplication::translate("antler::playbook::AsyncJob",
                                        "The background job could not be started (exit code %1): %2")
                .arg(launched.exitCode)
                .arg(QString::fromUtf8(launched.stderrData.trimmed())));
        return failed;
    }
    TaskResult result;
    result.status = TaskResult::Status::Changed;
    result.data = {{QStringLiteral("ansible_job_id"), jid},
                   {QStringLiteral("changed"), true},
                   {QStringLiteral("finished"), 0},
                   {QStringLiteral("started"), 1},
                   {QStringLiteral("results_file"), QString::fromUtf8(launched.stdoutData.trimmed())}};
    return result;
}

transport::CommandSpec AsyncJob::status(const transport::CommandSpec &base, const QString &jid, bool cleanup)
{
    transport::CommandSpec spec = base;
    spec.argv = {QByteArrayLiteral("sh"),
                 QByteArrayLiteral("-c"),
                 QByteArray(statusScript),
                 QByteArrayLiteral("sh"),
                 jid.toUtf8(),
                 cleanup ? QByteArrayLiteral("cleanup") : QByteArrayLiteral("status")};
    spec.description = QStringLiteral("async_status of job %1").arg(jid);
    return spec;
}

TaskResult AsyncJob::statusResult(const QString &jid, bool cleanup, const transport::CommandResult &result)
{
    if (result.status != transport::CommandResult::Status::Finished || (result.exitCode != 0 && result.exitCode != 3)) {
        return TaskResult::failed(
            QCoreApplication::translate("antler::playbook::AsyncJob", "The job %1 could not be read (exit code %2): %3")
                .arg(jid)
                .arg(result.exitCode)
                .arg(result.status == transport::CommandResult::Status::Finished
                         ? QString::fromUtf8(result.stderrData.trimmed())
                         : result.error));
    }
    QHash<QByteArray, QByteArray> files;
    for (const QByteArray &line : result.stdoutData.split('\n')) {
        const int colon = line.indexOf(':');
        if (colon > 0)
            files.insert(line.left(colon), QByteArray::fromBase64(line.mid(colon + 1)));
    }
    const QString path = QString::fromUtf8(files.value("dir"));
    // Ansible's async_status: these are there whatever the job did.
    TaskResult task;
    task.data = {{QStringLiteral("ansible_job_id"), jid},
                 {QStringLiteral("started"), cleanup ? 0 : 1},
                 {QStringLiteral("finished"), 0},
                 {QStringLiteral("stdout"), QString()},
                 {QStringLiteral("stderr"), QString()},
                 {QStringLiteral("stdout_lines"), QVariantList()},
                 {QStringLiteral("stderr_lines"), QVariantList()},
                 {QStringLiteral("changed"), false}};
    task.data.insert(cleanup ? QStringLiteral("erased") : QStringLiteral("results_file"), path);
    if (result.exitCode == 3) {
        task.status = TaskResult::Status::Failed;
        task.data.insert(QStringLiteral("msg"), QStringLiteral("could not find job"));
        task.data.insert(QStringLiteral("started"), 1);
        task.data.insert(QStringLiteral("finished"), 1);
        return task;
    }
    if (cleanup || !files.contains("rc")) {
        task.status = TaskResult::Status::Ok;
        return task;
    }
    task.data.insert(QStringLiteral("finished"), 1);
    if (files.contains("timeout")) {
        task.status = TaskResult::Status::Failed;
        task.data.insert(QStringLiteral("msg"), QStringLiteral("Timeout exceeded"));
        return task;
    }
    bool ok = false;
    const int exitCode = files.value("rc").trimmed().toInt(&ok);
    const QVariant cmd = QJsonDocument::fromJson(files.value("cmd")).array().toVariantList().value(0);
    const QDateTime start = jobTime(files.value("start"));
    const QDateTime end = jobTime(files.value("end"));
    TaskResult ran = CommandModule::ranResult(cmd, files.value("stdout"), files.value("stderr"), ok ? exitCode : -1,
                                              start.isValid() ? start : end, end.isValid() ? end : start);
    for (auto it = task.data.cbegin(); it != task.data.cend(); ++it) {
        if (!ran.data.contains(it.key()) || it.key() == QLatin1String("finished")
            || it.key() == QLatin1String("started"))
            ran.data.insert(it.key(), it.value());
    }
    return ran;
}

} // namespace antler::playbook
