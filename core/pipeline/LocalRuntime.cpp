#include "pipeline/LocalRuntime.h"

#include "pipeline/ArtifactDigest.h"
#include "pipeline/RolloutCheck.h"
#include "pipeline/SocketHandover.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <cerrno>
#include <csignal>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace antler::pipeline {

namespace {

const QString Deploy = QStringLiteral("deploy");
const QString BuildOperation = QStringLiteral("build");

// A moosefacts process the runtime started, as recorded in its stage folder.
struct ProcessRecord
{
    qint64 pid = 0;
    QString digest;
    QString control;
    QString log;
    QString artifact;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("pid"), pid},
                {QStringLiteral("digest"), digest},
                {QStringLiteral("control"), control},
                {QStringLiteral("log"), log},
                {QStringLiteral("artifact"), artifact}};
    }
    static ProcessRecord fromJson(const QJsonObject &o)
    {
        return {o.value(QLatin1String("pid")).toInteger(), o.value(QLatin1String("digest")).toString(),
                o.value(QLatin1String("control")).toString(), o.value(QLatin1String("log")).toString(),
                o.value(QLatin1String("artifact")).toString()};
    }
};

bool writeJson(const QString &path, const QJsonObject &object)
{
    // Write then rename, so a kill never leaves half a file.
    const QString temporary = path + QLatin1String(".tmp");
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(QJsonDocument(object).toJson());
    file.close();
    ::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData());
    return true;
}

std::optional<ProcessRecord> readRecord(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject())
        return std::nullopt;
    return ProcessRecord::fromJson(document.object());
}

// True while pid is a live (not zombie) moosefacts process.
bool isMoosefacts(qint64 pid)
{
    if (pid <= 0 || ::kill(pid_t(pid), 0) != 0)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray text = stat.readAll();
        const qsizetype close = text.lastIndexOf(')');
        if (close > 0 && close + 2 < text.size() && text.at(close + 2) == 'Z')
            return false;
    }
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    return cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains("moosefacts");
}

QString logTail(const QString &path, int lines = 3)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList all = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return all.mid(qMax(0, int(all.size()) - lines)).join(QLatin1String(" / "));
}

// A control socket path that fits sockaddr_un: inside the stage folder when
// short enough, else in the temporary folder under a name derived from it.
QString controlPath(const QString &stageDir, const QString &name)
{
    const QString preferred = stageDir + QLatin1Char('/') + name;
    if (QFile::encodeName(preferred).size() < qsizetype(sizeof(sockaddr_un::sun_path)) - 1)
        return preferred;
    const QByteArray hash = QCryptographicHash::hash(preferred.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    // A folder of this user's own (0700) in the shared temporary folder, so
    // no other user can reach the socket or put something in its place. One
    // that is not this user's folder (another user made it first) is never
    // used: a fresh private one is made instead.
    QString folder = QDir::tempPath() + QStringLiteral("/antler-%1").arg(::getuid());
    QByteArray encoded = QFile::encodeName(folder);
    ::mkdir(encoded.constData(), 0700);
    struct stat info
    {
    };
    if (::lstat(encoded.constData(), &info) == 0 && S_ISDIR(info.st_mode) && info.st_uid == ::getuid()) {
        ::chmod(encoded.constData(), 0700);
    } else {
        encoded = QFile::encodeName(folder + QStringLiteral("-XXXXXX"));
        if (!::mkdtemp(encoded.data()))
            return preferred; // too long: moosefacts says so, and the rollout fails with its words
        folder = QFile::decodeName(encoded);
    }
    return folder + QStringLiteral("/%1.sock").arg(QString::fromLatin1(hash));
}

// Why a copy into the artifact failed, in the words a user can act on: a
// full disk is the usual cause and QFile says only "Failure to write block".
QString copyProblem(const QString &from, const QString &to, const QString &what)
{
    const QStorageInfo storage(QFileInfo(to).absolutePath());
    if (storage.isValid() && storage.bytesAvailable() < QFileInfo(from).size() + 64 * 1024) {
        return LocalRuntime::tr("%1: cannot copy %2 into the artifact: the disk holding %3 is full; free some space "
                                "and build again.")
            .arg(from, what, storage.rootPath());
    }
    return LocalRuntime::tr("%1: cannot copy %2 into the artifact; check the permissions of %3.")
        .arg(from, what, QFileInfo(to).absolutePath());
}

bool copyTree(const QString &from, const QString &to, QStringList *log, QString *error)
{
    const QDir source(from);
    QDirIterator it(from, QDir::Files | QDir::NoSymLinks, QDirIterator::Subdirectories);
    int count = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + QLatin1Char('/') + source.relativeFilePath(path);
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(path, target)) {
            *error = copyProblem(path, target, LocalRuntime::tr("this file"));
            return false;
        }
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        ++count;
    }
    log->append(LocalRuntime::tr("copied %1 frontend files from %2").arg(count).arg(from));
    return true;
}

// A build copies into ".build-PID-UUID" and renames it into place when
// whole. A folder left by a build whose antler is gone (killed, or the
// machine went down) is removed by the next build; one of a build still
// running in another antler process is left alone. A name without a PID
// comes from an older antler and counts as left over.
void removeUnfinishedBuilds(const QString &artifactsDir, QStringList *log)
{
    const QDir store(artifactsDir);
    const QStringList names = store.entryList({QStringLiteral(".build-*")},
                                              QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QString &name : names) {
        bool isNumber = false;
        const qint64 pid = name.section(QLatin1Char('-'), 1, 1).toLongLong(&isNumber);
        if (isNumber && pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM))
            continue;
        if (QDir(store.filePath(name)).removeRecursively())
            log->append(LocalRuntime::tr("removed %1, left by a build that did not finish").arg(store.filePath(name)));
    }
}

// Runs on a worker thread: nothing here touches an object of another thread.
BuildResult buildArtifact(const BuildRequest &request, const QString &artifactsDir)
{
    QElapsedTimer clock;
    clock.start();
    BuildResult result;
    auto fail = [&](const QString &error) {
        result.error = error;
        result.log.append(error);
        result.durationMs = clock.elapsed();
        return result;
    };
    if (!QFileInfo(request.moosefactsBinary).isExecutable()) {
        return fail(LocalRuntime::tr("%1: there is no moosefacts program here; build it (ninja moosefacts) or "
                                     "name it with --moosefacts FILE.")
                        .arg(request.moosefactsBinary));
    }
    if (!QFileInfo(request.frontendDir).isDir()) {
        return fail(LocalRuntime::tr("%1: the frontend folder does not exist; name it with --frontend DIR.")
                        .arg(request.frontendDir));
    }
    if (!QFileInfo(request.factsFile).isFile()) {
        return fail(
            LocalRuntime::tr("%1: the facts file does not exist; name it with --facts FILE.").arg(request.factsFile));
    }
    removeUnfinishedBuilds(artifactsDir, &result.log);
    const QString temporary = artifactsDir + QLatin1String("/.build-")
        + QString::number(QCoreApplication::applicationPid()) + QLatin1Char('-')
        + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!QDir().mkpath(temporary + QLatin1String("/bin")) || !QDir().mkpath(temporary + QLatin1String("/facts")))
        return fail(LocalRuntime::tr("%1: cannot create the artifact folder; check the permissions.").arg(temporary));
    auto cleanup = qScopeGuard([&] { QDir(temporary).removeRecursively(); });

    const QString binary = temporary + QLatin1String("/bin/moosefacts");
    if (!QFile::copy(request.moosefactsBinary, binary))
        return fail(copyProblem(request.moosefactsBinary, binary, QStringLiteral("moosefacts")));
    QFile::setPermissions(binary,
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                              | QFile::ReadOther | QFile::ExeOther);
    result.log.append(LocalRuntime::tr("copied moosefacts (%1 bytes) from %2")
                          .arg(QFileInfo(binary).size())
                          .arg(request.moosefactsBinary));
    QString error;
    if (!copyTree(request.frontendDir, temporary + QLatin1String("/frontend"), &result.log, &error))
        return fail(error);
    const QString facts = temporary + QLatin1String("/facts/moose-facts.json");
    if (!QFile::copy(request.factsFile, facts))
        return fail(copyProblem(request.factsFile, facts, LocalRuntime::tr("the facts")));
    QFile::setPermissions(facts, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    result.log.append(LocalRuntime::tr("copied the facts from %1").arg(request.factsFile));

    const QString digest = ArtifactDigest::compute(temporary, &error);
    if (digest.isEmpty())
        return fail(error);
    QString name = digest;
    name.replace(QLatin1Char(':'), QLatin1Char('-'));
    const QString final = artifactsDir + QLatin1Char('/') + name;
    if (QFileInfo(final + QLatin1String("/bin/moosefacts")).isExecutable()) {
        result.log.append(LocalRuntime::tr("the artifact %1 exists already with the same content").arg(digest));
    } else {
        QDir(final).removeRecursively();
        if (!QDir().rename(temporary, final))
            return fail(LocalRuntime::tr("%1: cannot move the artifact into place.").arg(final));
        result.log.append(LocalRuntime::tr("stored the artifact as %1").arg(final));
    }
    result.ok = true;
    result.release.digest = digest;
    result.release.artifacts.insert(QStringLiteral("artifact"), final);
    result.release.sourceCommit = request.sourceCommit;
    result.release.buildNumber = request.buildNumber;
    result.durationMs = clock.elapsed();
    return result;
}

// Sends SIGTERM, then SIGKILL if the process is still there after graceMs;
// calls done once it is gone.
void terminate(qint64 pid, int graceMs, QObject *context, std::function<void()> done)
{
    if (!isMoosefacts(pid)) {
        done();
        return;
    }
    ::kill(pid_t(pid), SIGTERM);
    auto *timer = new QTimer(context);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QObject::connect(timer, &QTimer::timeout, context, [timer, pid, graceMs, clock, done = std::move(done)] {
        if (isMoosefacts(pid)) {
            if (clock->elapsed() < graceMs)
                return;
            ::kill(pid_t(pid), SIGKILL);
            if (isMoosefacts(pid) && clock->elapsed() < graceMs + 2000)
                return;
        }
        timer->stop();
        timer->deleteLater();
        done();
    });
    timer->start(25);
}

} // namespace

// One deploy of one release to one stage; see the class comment of
// LocalRuntime for the steps.
class LocalRuntime::Rollout : public QObject
{
public:
    Rollout(LocalRuntime *runtime, const Stage &stage, const Release &release)
        : QObject(runtime)
        , m_runtime(runtime)
        , m_stage(stage)
        , m_release(release)
        , m_stageDir(runtime->stagesDir() + QLatin1Char('/') + stage.name())
    {
        m_result.stage = stage.name();
        m_result.digest = release.digest;
        m_clock.start();
        m_deadlineMs = qint64(stage.rolloutTimeoutSeconds()) * 1000;
    }

    void start()
    {
        say(tr("rolling %1 out to %2 (%3)")
                .arg(Release::shortDigest(m_release.digest), m_stage.name(), m_stage.url().toString()));
        m_artifact = m_runtime->artifactPath(m_release.digest);
        if (!QFileInfo(m_artifact + QLatin1String("/bin/moosefacts")).isExecutable()) {
            fail(tr("there is no artifact for %1 in %2; build it first with “antler pipeline build”.")
                     .arg(m_release.digest, m_runtime->artifactsDir()));
            return;
        }
        if (!QDir().mkpath(m_stageDir + QLatin1String("/processes"))) {
            fail(tr("%1: cannot create the stage folder; check the permissions.").arg(m_stageDir));
            return;
        }
        // The control sockets live here: only this user may reach them.
        QFile::setPermissions(m_stageDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        // One rollout per stage at a time, across antler processes; a lock
        // left by a killed antler is taken over once its process is gone.
        m_lock = std::make_unique<QLockFile>(m_stageDir + QLatin1String("/rollout.lock"));
        m_lock->setStaleLockTime(0);
        if (!m_lock->tryLock(0)) {
            qint64 holder = 0;
            QString host;
            QString application;
            m_lock->getLockInfo(&holder, &host, &application);
            m_lock.reset();
            fail(tr("another rollout to %1 is running (antler process %2); wait for it to finish.")
                     .arg(m_stage.name())
                     .arg(holder));
            return;
        }
        if (auto current = readRecord(m_stageDir + QLatin1String("/current.json"));
            current && isMoosefacts(current->pid))
            m_old = current;
        m_result.previousDigest = m_old ? m_old->digest : QString();
        stopStrays();
        startNew();
    }

    void cancel() { m_cancelled = true; }

private:
    static QString tr(const char *text) { return LocalRuntime::tr(text); }

    void say(const QString &message)
    {
        m_result.log.append(message);
        PipelineEvent event = PipelineEvent::step(Deploy, m_stage.name(), message);
        event.digest = m_release.digest;
        m_runtime->report(event);
    }

    qint64 remainingMs() const { return qMax<qint64>(0, m_deadlineMs - m_clock.elapsed()); }

    // Processes a killed antler left behind: one started and never handed
    // the port, or the previous release when antler died after the handover
    // and before draining it. That one still shares the stage's listening
    // socket, so it is drained like any old release (SIGTERM: it stops
    // accepting and finishes what it accepted), never killed outright; the
    // rollout goes on meanwhile.
    void stopStrays()
    {
        const QDir processes(m_stageDir + QLatin1String("/processes"));
        for (const QString &name : processes.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            const auto record = readRecord(processes.filePath(name));
            if (!record || (m_old && record->pid == m_old->pid))
                continue;
            const QString file = processes.filePath(name);
            const QString control = record->control;
            if (!isMoosefacts(record->pid)) {
                QFile::remove(file);
                QFile::remove(control);
                continue;
            }
            say(tr("stopping moosefacts %1, left over from an interrupted rollout").arg(record->pid));
            terminate(record->pid, 6000, this, [file, control] {
                QFile::remove(file);
                QFile::remove(control);
            });
        }
    }

    void startNew()
    {
        const QString tag = QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
        m_new.digest = m_release.digest;
        m_new.artifact = m_artifact;
        m_new.control = controlPath(m_stageDir, QStringLiteral("ctl-%1.sock").arg(tag));
        m_new.log = m_stageDir + QStringLiteral("/moosefacts-%1.log").arg(tag);
        QProcess process;
        process.setProgram(m_artifact + QLatin1String("/bin/moosefacts"));
        process.setArguments(
            {QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QStringLiteral("0"),
             QStringLiteral("--static-dir"), m_artifact + QLatin1String("/frontend"), QStringLiteral("--facts"),
             m_artifact + QLatin1String("/facts/moose-facts.json"), QStringLiteral("--stage"), m_stage.name(),
             QStringLiteral("--digest"), m_release.digest, QStringLiteral("--control"), m_new.control});
        process.setWorkingDirectory(m_artifact);
        process.setStandardOutputFile(m_new.log, QIODevice::Append);
        process.setStandardErrorFile(m_new.log, QIODevice::Append);
        process.setStandardInputFile(QProcess::nullDevice());
        qint64 pid = 0;
        if (!process.startDetached(&pid)) {
            fail(tr("cannot start %1 (%2).").arg(process.program(), process.errorString()));
            return;
        }
        m_new.pid = pid;
        writeJson(m_stageDir + QStringLiteral("/processes/%1.json").arg(pid), m_new.toJson());
        say(tr("started moosefacts %1 from %2").arg(pid).arg(m_artifact));
        auto *poll = new QTimer(this);
        connect(poll, &QTimer::timeout, this, [this, poll] {
            if (m_cancelled) {
                poll->stop();
                abandonNew(tr("the rollout was cancelled"));
                return;
            }
            if (!isMoosefacts(m_new.pid)) {
                poll->stop();
                abandonNew(tr("moosefacts of %1 exited before it was ready: %2")
                               .arg(Release::shortDigest(m_release.digest), logTail(m_new.log)));
                return;
            }
            if (QFileInfo::exists(m_new.control)) {
                QString error;
                const quint16 port = SocketHandover::port(m_new.control, &error);
                if (port != 0) {
                    poll->stop();
                    checkPrivate(port);
                    return;
                }
            }
            if (remainingMs() == 0) {
                poll->stop();
                abandonNew(tr("moosefacts of %1 did not start within %2 s")
                               .arg(Release::shortDigest(m_release.digest))
                               .arg(m_stage.rolloutTimeoutSeconds()));
            }
        });
        poll->start(25);
    }

    void checkPrivate(quint16 port)
    {
        say(tr("checking the new release on its private port %1").arg(port));
        auto *check = new RolloutCheck(QStringLiteral("127.0.0.1"), port, m_release.digest, int(remainingMs()), this);
        const qint64 pid = m_new.pid;
        const QString log = m_new.log;
        check->setAbortCondition(
            [pid, log] { return isMoosefacts(pid) ? QString() : tr("moosefacts exited: %1").arg(logTail(log)); });
        connect(check, &RolloutCheck::finished, this, [this](bool ok, const QString &reason) {
            if (!ok) {
                abandonNew(tr("the new release failed its health check: %1").arg(reason));
                return;
            }
            if (m_cancelled) {
                abandonNew(tr("the rollout was cancelled"));
                return;
            }
            handOver();
        });
        check->start();
    }

    void handOver()
    {
        QString error;
        int descriptor = -1;
        if (m_old) {
            descriptor = SocketHandover::take(m_old->control, &error);
            if (descriptor >= 0)
                say(tr("took the listening socket of %1:%2 from moosefacts %3")
                        .arg(m_stage.host())
                        .arg(m_stage.port())
                        .arg(m_old->pid));
        } else {
            descriptor = SocketHandover::listen(m_stage.host(), m_stage.port(), &error);
            if (descriptor >= 0)
                say(tr("opened %1:%2 for the stage").arg(m_stage.host()).arg(m_stage.port()));
        }
        if (descriptor < 0) {
            abandonNew(error);
            return;
        }
        const bool adopted = SocketHandover::adopt(m_new.control, descriptor, &error);
        ::close(descriptor);
        if (!adopted) {
            abandonNew(error);
            return;
        }
        say(tr("moosefacts %1 now serves %2:%3").arg(m_new.pid).arg(m_stage.host()).arg(m_stage.port()));
        // From here the new process is the stage's, whatever happens next.
        writeJson(m_stageDir + QLatin1String("/current.json"), m_new.toJson());
        if (!m_old) {
            checkStage();
            return;
        }
        say(tr("draining the previous moosefacts %1 (%2)").arg(m_old->pid).arg(Release::shortDigest(m_old->digest)));
        const ProcessRecord old = *m_old;
        terminate(old.pid, 6000, this, [this, old] {
            QFile::remove(m_stageDir + QStringLiteral("/processes/%1.json").arg(old.pid));
            QFile::remove(old.control);
            say(tr("the previous moosefacts %1 has stopped").arg(old.pid));
            checkStage();
        });
    }

    void checkStage()
    {
        QString host = m_stage.host();
        if (host == QLatin1String("0.0.0.0"))
            host = QStringLiteral("127.0.0.1");
        else if (host == QLatin1String("::"))
            host = QStringLiteral("::1");
        say(tr("checking %1").arg(m_stage.url().toString()));
        auto *check
            = new RolloutCheck(host, m_stage.port(), m_release.digest, int(qMax<qint64>(remainingMs(), 5000)), this);
        connect(check, &RolloutCheck::finished, this, [this](bool ok, const QString &reason) {
            if (!ok) {
                fail(tr("the stage failed its health check after the switch: %1").arg(reason));
                return;
            }
            m_result.ok = true;
            finish();
        });
        check->start();
    }

    // The new process never served the stage: stop it and leave the old one.
    void abandonNew(const QString &reason)
    {
        const ProcessRecord fresh = m_new;
        terminate(fresh.pid, 2000, this, [this, fresh, reason] {
            QFile::remove(m_stageDir + QStringLiteral("/processes/%1.json").arg(fresh.pid));
            QFile::remove(fresh.control);
            if (m_old)
                say(tr("the previous release %1 keeps serving").arg(Release::shortDigest(m_old->digest)));
            fail(reason);
        });
    }

    void fail(const QString &reason)
    {
        m_result.ok = false;
        m_result.error = reason;
        m_result.log.append(reason);
        finish();
    }

    void finish()
    {
        if (m_lock)
            m_lock->unlock();
        m_result.durationMs = m_clock.elapsed();
        m_runtime->finishRollout(m_result);
    }

    LocalRuntime *m_runtime;
    Stage m_stage;
    Release m_release;
    QString m_stageDir;
    QString m_artifact;
    std::optional<ProcessRecord> m_old;
    ProcessRecord m_new;
    DeployResult m_result;
    QElapsedTimer m_clock;
    qint64 m_deadlineMs = 60000;
    bool m_cancelled = false;
    std::unique_ptr<QLockFile> m_lock;
};

LocalRuntime::LocalRuntime(const PipelineConfig &config, QObject *parent)
    : Runtime(config, parent)
    , m_artifactsDir(defaultArtifactsDir())
    , m_stagesDir(defaultStagesDir())
{
}

LocalRuntime::~LocalRuntime() = default;

QString LocalRuntime::defaultArtifactsDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QLatin1String("/antler/artifacts");
}

QString LocalRuntime::defaultStagesDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QLatin1String("/antler/stages");
}

QString LocalRuntime::artifactPath(const QString &digest) const
{
    QString name = digest;
    name.replace(QLatin1Char(':'), QLatin1Char('-'));
    return m_artifactsDir + QLatin1Char('/') + name;
}

void LocalRuntime::build(const BuildRequest &request)
{
    QString refusal;
    if (!beginOperation(BuildOperation, {}, &refusal)) {
        BuildResult result;
        result.error = refusal;
        QTimer::singleShot(0, this, [this, result] { Q_EMIT buildFinished(result); });
        return;
    }
    report(PipelineEvent::step(BuildOperation, {}, tr("building a local artifact in %1").arg(m_artifactsDir)));
    QDir().mkpath(m_artifactsDir);
    auto result = std::make_shared<BuildResult>();
    const QString artifactsDir = m_artifactsDir;
    QThread *worker
        = QThread::create([request, artifactsDir, result] { *result = buildArtifact(request, artifactsDir); });
    connect(worker, &QThread::finished, this, [this, worker, result] {
        worker->deleteLater();
        for (const QString &line : std::as_const(result->log))
            report(PipelineEvent::log(BuildOperation, {}, line));
        endOperation();
        Q_EMIT buildFinished(*result);
    });
    worker->start();
}

void LocalRuntime::deploy(const Stage &stage, const Release &release)
{
    QString refusal;
    if (!beginOperation(Deploy, stage.name(), &refusal)) {
        DeployResult result;
        result.stage = stage.name();
        result.digest = release.digest;
        result.error = refusal;
        QTimer::singleShot(0, this, [this, result] { Q_EMIT deployFinished(result); });
        return;
    }
    m_rollout = new Rollout(this, stage, release);
    // deploy() returns before anything is reported, as every Runtime call does.
    QTimer::singleShot(0, m_rollout, [rollout = m_rollout] { rollout->start(); });
}

void LocalRuntime::finishRollout(const DeployResult &result)
{
    if (m_rollout) {
        m_rollout->deleteLater();
        m_rollout = nullptr;
    }
    endOperation();
    Q_EMIT deployFinished(result);
}

void LocalRuntime::status(const Stage &stage)
{
    WorkloadStatus result;
    result.stage = stage.name();
    result.runtime = QStringLiteral("local");
    result.desired = 1;
    const QString stageDir = m_stagesDir + QLatin1Char('/') + stage.name();
    const auto current = readRecord(stageDir + QLatin1String("/current.json"));
    if (current && isMoosefacts(current->pid)) {
        WorkloadUnit unit;
        unit.name = QStringLiteral("moosefacts[%1]").arg(current->pid);
        unit.kind = QStringLiteral("process");
        unit.state = QStringLiteral("running");
        unit.digest = current->digest;
        QString error;
        unit.ready = SocketHandover::port(current->control, &error, 500) != 0;
        result.units.append(unit);
        result.ready = unit.ready ? 1 : 0;
        result.digest = current->digest;
        result.state = unit.ready ? WorkloadStatus::State::Running : WorkloadStatus::State::Degraded;
    } else {
        result.state = WorkloadStatus::State::Stopped;
    }
    QTimer::singleShot(0, this, [this, result] { Q_EMIT statusFinished(result); });
}

void LocalRuntime::stop(const Stage &stage)
{
    const QString name = stage.name();
    QString refusal;
    if (!beginOperation(QStringLiteral("stop"), name, &refusal)) {
        QTimer::singleShot(0, this, [this, name, refusal] { Q_EMIT stopFinished(name, false, refusal); });
        return;
    }
    const QString stageDir = m_stagesDir + QLatin1Char('/') + name;
    QList<ProcessRecord> records;
    if (auto current = readRecord(stageDir + QLatin1String("/current.json")))
        records.append(*current);
    const QDir processes(stageDir + QLatin1String("/processes"));
    for (const QString &file : processes.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        if (auto record = readRecord(processes.filePath(file)))
            records.append(*record);
    }
    auto remaining = std::make_shared<int>(int(records.size()) + 1);
    auto done = [this, remaining, stageDir, name] {
        if (--*remaining > 0)
            return;
        QFile::remove(stageDir + QLatin1String("/current.json"));
        QDir(stageDir + QLatin1String("/processes")).removeRecursively();
        endOperation();
        Q_EMIT stopFinished(name, true, {});
    };
    for (const ProcessRecord &record : std::as_const(records)) {
        report(PipelineEvent::step(QStringLiteral("stop"), name, tr("stopping moosefacts %1").arg(record.pid)));
        terminate(record.pid, 6000, this, [record, done] {
            QFile::remove(record.control);
            done();
        });
    }
    QTimer::singleShot(0, this, done);
}

void LocalRuntime::cancel()
{
    if (m_rollout)
        m_rollout->cancel();
}

} // namespace antler::pipeline
