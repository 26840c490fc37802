#include "transport/Transport.h"

#include "transport/ShellQuote.h"

#include <QPointer>
#include <QSaveFile>

#include <functional>
#include <utility>

namespace antler::transport {

namespace {

QByteArray q(const QString &text)
{
    return shellQuote(text.toUtf8());
}

// The first line of what a failed remote command said, for messages.
QString firstLine(const QByteArray &text)
{
    const QByteArray line = text.trimmed().split('\n').value(0).trimmed();
    return QString::fromUtf8(line);
}

QString failureText(const CommandResult &result, const QString &what, const QString &host, const QString &advice)
{
    if (result.status != CommandResult::Status::Finished)
        return result.error;
    QString reason = firstLine(result.stderrData);
    if (reason.isEmpty())
        reason = Transport::tr("exit code %1").arg(result.exitCode);
    return Transport::tr("Cannot %1 on %2: %3; %4").arg(what, host, reason, advice);
}

CommandSpec commandFor(const FileSpec &spec, const QByteArray &script, const QString &description)
{
    CommandSpec command;
    command.script = script;
    command.become = spec.become;
    command.becomeUser = spec.becomeUser;
    command.timeoutMs = spec.timeoutMs;
    command.description = description;
    return command;
}

// Ties a file job to the command doing its work: cancelling or deleting the
// file job cancels the command.
void bind(FileJob *fileJob, CommandJob *commandJob)
{
    QPointer<CommandJob> command(commandJob);
    fileJob->setCancelHandler([command] {
        if (command)
            command->cancel();
    });
}

// Runs command on transport as the work of job. When it ends, job is
// completed with a FileResult whose status and ok are the command's (a failed
// one says "Cannot WHAT on HOST: …; ADVICE"), after fill added what the
// command's output tells.
void runForFile(Transport *transport, FileJob *job, const CommandSpec &command, const QString &what,
                const QString &advice, std::function<void(const CommandResult &, FileResult *)> fill)
{
    CommandJob *commandJob = transport->run(command);
    bind(job, commandJob);
    const QString host = transport->hostName();
    QObject::connect(commandJob, &CommandJob::finished, job,
                     [job, what, advice, host, fill = std::move(fill)](const CommandResult &result) {
                         FileResult file;
                         file.status = result.status;
                         file.ok = result.succeeded();
                         if (!file.ok)
                             file.error = failureText(result, what, host, advice);
                         fill(result, &file);
                         job->complete(file);
                     });
}

} // namespace

Transport::Transport(const ConnectionSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

Transport::~Transport() = default;

QString Transport::hostName() const
{
    return m_hostName.isEmpty() ? m_settings.host : m_hostName;
}

void Transport::answerHostKey(bool accept)
{
    Q_UNUSED(accept);
}

void Transport::prepare(const CommandSpec &spec)
{
    Q_UNUSED(spec);
}

void Transport::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

FileJob *Transport::putFile(const FileSpec &spec)
{
    auto *job = new FileJob(FileJob::Kind::Put, spec, hostName());
    QByteArray script = "set -e\n"
                        "target="
        + q(spec.remotePath)
        + "\n"
          "tmp=$(mktemp \"$(dirname -- \"$target\")/.$(basename -- \"$target\").antler-XXXXXX\")\n"
          "trap 'rm -f -- \"$tmp\"' EXIT\n"
          "cat > \"$tmp\"\n";
    if (spec.mode >= 0) {
        script += "chmod " + QByteArray::number(spec.mode & 07777, 8) + " -- \"$tmp\"\n";
    } else {
        script += "if [ -e \"$target\" ]; then chmod \"$(stat -L -c %a -- \"$target\")\" -- \"$tmp\"\n"
                  "else chmod \"$(printf %o $((0666 & ~0$(umask))))\" -- \"$tmp\"; fi\n";
    }
    if (!spec.owner.isEmpty()) {
        QByteArray who = spec.owner.toUtf8();
        if (!spec.group.isEmpty())
            who += ':' + spec.group.toUtf8();
        script += "chown -- " + shellQuote(who) + " \"$tmp\"\n";
    } else if (!spec.group.isEmpty()) {
        script += "chgrp -- " + q(spec.group) + " \"$tmp\"\n";
    }
    script += "mv -f -- \"$tmp\" \"$target\"\n";

    CommandSpec command = commandFor(spec, script, tr("upload of %1").arg(spec.remotePath));
    if (!spec.localPath.isEmpty())
        command.stdinFile = spec.localPath;
    else
        command.stdinData = spec.content;
    runForFile(this, job, command, tr("write %1").arg(spec.remotePath),
               spec.become ? tr("check the path.") : tr("check the path, or use become."),
               [](const CommandResult &, FileResult *file) { file->exists = file->ok; });
    return job;
}

FileJob *Transport::getFile(const FileSpec &spec)
{
    auto *job = new FileJob(FileJob::Kind::Get, spec, hostName());
    CommandSpec command = commandFor(spec, "cat -- " + q(spec.remotePath), tr("download of %1").arg(spec.remotePath));
    const QString host = hostName();
    runForFile(this, job, command, tr("read %1").arg(spec.remotePath),
               tr("check that the file exists and is readable."),
               [spec, host](const CommandResult &result, FileResult *file) {
                   if (file->ok && !spec.localPath.isEmpty()) {
                       QSaveFile out(spec.localPath);
                       if (!out.open(QIODevice::WriteOnly) || out.write(result.stdoutData) != result.stdoutData.size()
                           || !out.commit()) {
                           file->ok = false;
                           file->error = tr("Cannot save %1 from %2 to %3: %4.")
                                             .arg(spec.remotePath, host, spec.localPath, out.errorString());
                       }
                   } else if (file->ok) {
                       file->data = result.stdoutData;
                   }
                   file->exists = file->ok;
                   file->size = result.stdoutData.size();
               });
    return job;
}

FileJob *Transport::stat(const FileSpec &spec)
{
    auto *job = new FileJob(FileJob::Kind::Stat, spec, hostName());
    const QByteArray script = "p=" + q(spec.remotePath)
        + "\n"
          "if [ -e \"$p\" ] || [ -L \"$p\" ]; then exec stat -c '%s %a %U %G %F' -- \"$p\"; fi\n"
          "echo absent\n";
    const QString host = hostName();
    runForFile(this, job, commandFor(spec, script, tr("stat of %1").arg(spec.remotePath)),
               tr("read the status of %1").arg(spec.remotePath), tr("check the path."),
               [spec, host](const CommandResult &result, FileResult *file) {
                   const QByteArray out = result.stdoutData.trimmed();
                   if (file->ok && out != "absent") {
                       const QList<QByteArray> fields = out.split(' ');
                       bool sizeOk = false;
                       bool modeOk = false;
                       if (fields.size() >= 5) {
                           file->size = fields.at(0).toLongLong(&sizeOk);
                           file->mode = fields.at(1).toInt(&modeOk, 8);
                           file->owner = QString::fromUtf8(fields.at(2));
                           file->group = QString::fromUtf8(fields.at(3));
                           const QByteArray type = fields.mid(4).join(' ');
                           file->isDir = type == "directory";
                           file->isSymlink = type == "symbolic link";
                           file->exists = true;
                       }
                       if (!sizeOk || !modeOk) {
                           file->ok = false;
                           file->error = tr("Cannot read the status of %1 on %2: unexpected answer "
                                            "'%3' from stat; check that GNU coreutils are installed.")
                                             .arg(spec.remotePath, host, QString::fromUtf8(out.left(200)));
                       }
                   }
               });
    return job;
}

} // namespace antler::transport
