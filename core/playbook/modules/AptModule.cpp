#include "playbook/modules/AptModule.h"

#include "playbook/modules/ArgumentValue.h"
#include "transport/ShellQuote.h"

namespace antler::playbook {

namespace {

QStringList splitLines(const QByteArray &text)
{
    QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

AptModule::AptModule(const ModuleContext &context, QObject *parent)
    : Module(context, parent)
{
}

ModuleSpec AptModule::spec()
{
    using Type = ModuleArgument::Type;
    ModuleSpec spec;
    spec.name = QStringLiteral("apt");
    spec.arguments = {
        moduleArgument(QStringLiteral("name"), Type::List, {}, {QStringLiteral("pkg"), QStringLiteral("package")}),
        moduleArgument(QStringLiteral("state"), Type::Str, QStringLiteral("present"), {},
                       {QStringLiteral("absent"), QStringLiteral("build-dep"), QStringLiteral("latest"),
                        QStringLiteral("present"), QStringLiteral("fixed")}),
        moduleArgument(QStringLiteral("update_cache"), Type::Bool, {}, {QStringLiteral("update-cache")}),
        moduleArgument(QStringLiteral("cache_valid_time"), Type::Int, 0),
        moduleArgument(QStringLiteral("install_recommends"), Type::Bool, {}, {QStringLiteral("install-recommends")}),
        moduleArgument(QStringLiteral("purge"), Type::Bool, false),
        moduleArgument(QStringLiteral("autoremove"), Type::Bool, false),
        moduleArgument(QStringLiteral("autoclean"), Type::Bool, false),
        moduleArgument(QStringLiteral("force"), Type::Bool, false),
        moduleArgument(QStringLiteral("default_release"), Type::Str, {}, {QStringLiteral("default-release")}),
        moduleArgument(QStringLiteral("dpkg_options"), Type::Str, QStringLiteral("force-confdef,force-confold")),
        moduleArgument(QStringLiteral("only_upgrade"), Type::Bool, false),
        moduleArgument(QStringLiteral("allow_downgrade"), Type::Bool, false,
                       {QStringLiteral("allow-downgrade"), QStringLiteral("allow_downgrades"),
                        QStringLiteral("allow-downgrades")}),
        moduleArgument(QStringLiteral("lock_timeout"), Type::Int, 60),
    };
    return spec;
}

TaskResult AptModule::baseResult(bool changed) const
{
    TaskResult result;
    result.status = changed ? TaskResult::Status::Changed : TaskResult::Status::Ok;
    result.data.insert(QStringLiteral("changed"), changed);
    result.data.insert(QStringLiteral("cache_updated"), m_snapshot.cacheUpdated);
    result.data.insert(QStringLiteral("cache_update_time"), m_snapshot.cacheTimeAfter);
    return result;
}

void AptModule::start(const QVariantMap &arguments)
{
    m_arguments = arguments;
    m_state = arguments.value(QStringLiteral("state"), QStringLiteral("present")).toString();
    if (m_state == QLatin1String("installed"))
        m_state = QStringLiteral("present");
    if (m_state == QLatin1String("removed"))
        m_state = QStringLiteral("absent");
    m_specs = ArgumentValue::toList(arguments.value(QStringLiteral("name")));
    m_specs.removeAll(QStringLiteral("*"));
    for (const QString &spec : std::as_const(m_specs)) {
        if (spec.count(QLatin1Char('=')) > 1) {
            fail(tr("invalid package spec: %1").arg(spec));
            return;
        }
    }
    const bool updateCache = ArgumentValue::toBool(arguments.value(QStringLiteral("update_cache")));
    const qint64 validTime = ArgumentValue::toInt(arguments.value(QStringLiteral("cache_valid_time")));
    const bool update = updateCache || validTime > 0;
    if (m_specs.isEmpty() && !update && !ArgumentValue::toBool(arguments.value(QStringLiteral("autoremove")))
        && !ArgumentValue::toBool(arguments.value(QStringLiteral("autoclean")))) {
        fail(tr("one of the following is required: name, update_cache, autoremove, autoclean"));
        return;
    }
    QStringList names;
    for (const QString &spec : std::as_const(m_specs))
        names << AptQuery::splitVersion(spec).first;

    transport::CommandSpec command = commandSpec();
    command.description = QStringLiteral("apt: read package state");
    command.script = AptQuery::script(names, update ? validTime : -1, context().checkMode);
    runCommand(command, [this](const transport::CommandResult &result) {
        if (result.stdoutData.contains("@@update-failed")) {
            TaskResult failed = TaskResult::failed(
                tr("Failed to update apt cache on %1: %2")
                    .arg(context().host, QString::fromUtf8(result.stderrData.right(2000)).trimmed()));
            failed.data.insert(QStringLiteral("stderr"), QString::fromUtf8(result.stderrData));
            finish(failed);
            return;
        }
        if (!result.succeeded()) {
            fail(tr("Could not read the package state on %1: %2")
                     .arg(context().host,
                          result.error.isEmpty() ? QString::fromUtf8(result.stderrData).trimmed() : result.error));
            return;
        }
        decide(AptQuery::parse(result.stdoutData));
    });
}

void AptModule::decide(const AptQuery::Snapshot &snapshot)
{
    m_snapshot = snapshot;
    const bool purge = ArgumentValue::toBool(m_arguments.value(QStringLiteral("purge")));
    const bool autoremove = ArgumentValue::toBool(m_arguments.value(QStringLiteral("autoremove")));

    if (m_specs.isEmpty()) {
        QList<QByteArray> args;
        if (autoremove)
            args << "autoremove";
        else if (ArgumentValue::toBool(m_arguments.value(QStringLiteral("autoclean"))))
            args << "autoclean";
        if (args.isEmpty()) {
            // update_cache alone: changed when the cache was updated, as in Ansible.
            finish(baseResult(snapshot.cacheUpdated));
            return;
        }
        if (purge && autoremove)
            args << "--purge";
        runAptGet(args, true);
        return;
    }

    QList<QByteArray> changing;
    QStringList unknown;
    for (const QString &spec : std::as_const(m_specs)) {
        const auto [name, version] = AptQuery::splitVersion(spec);
        const AptQuery::Package package = snapshot.packages.value(name);
        bool needed = false;
        if (m_state == QLatin1String("absent")) {
            needed = purge ? package.hasFiles() : package.isInstalled();
        } else if (m_state == QLatin1String("build-dep")) {
            needed = true; // apt-get decides; its summary says whether anything changed
        } else {
            // Unknown to dpkg and apt alike; a virtual package is left to apt-get.
            if (!package.isInstalled() && !package.knownToApt)
                unknown << name;
            if (!package.isInstalled())
                needed = true;
            else if (!version.isEmpty())
                needed = version.endsWith(QLatin1Char('*')) ? !package.version.startsWith(version.chopped(1))
                                                            : package.version != version;
            else if (m_state == QLatin1String("latest"))
                needed = !package.candidate.isEmpty() && package.candidate != package.version;
        }
        if (needed)
            changing << spec.toUtf8();
    }
    if (!unknown.isEmpty()) {
        TaskResult failed = TaskResult::failed(
            tr("No package matching '%1' is available on %2; check the name, or set update_cache: true if the "
               "package lists are missing or old.")
                .arg(unknown.join(QStringLiteral("', '")), context().host));
        // As ansible-playbook: this failure carries no cache_updated.
        finish(failed);
        return;
    }
    if (changing.isEmpty()) {
        finish(baseResult(false));
        return;
    }

    QList<QByteArray> args;
    if (m_state == QLatin1String("absent")) {
        args << "remove";
        if (purge)
            args << "--purge";
        if (autoremove)
            args << "--auto-remove";
    } else {
        args << (m_state == QLatin1String("build-dep") ? "build-dep" : "install");
        const QVariant recommends = m_arguments.value(QStringLiteral("install_recommends"));
        if (ArgumentValue::isSet(recommends))
            args << "-o"
                 << (ArgumentValue::toBool(recommends) ? "APT::Install-Recommends=true"
                                                       : "APT::Install-Recommends=false");
        const QString release = ArgumentValue::toText(m_arguments.value(QStringLiteral("default_release")));
        if (!release.isEmpty())
            args << "-t" << release.toUtf8();
        if (ArgumentValue::toBool(m_arguments.value(QStringLiteral("only_upgrade"))))
            args << "--only-upgrade";
        if (ArgumentValue::toBool(m_arguments.value(QStringLiteral("allow_downgrade"))))
            args << "--allow-downgrades";
        if (autoremove)
            args << "--auto-remove";
    }
    args << "--";
    args += changing;
    // apt-get's own summary decides "changed": a virtual package that is
    // already provided, or a build-dep already met, changes nothing.
    runAptGet(args, true);
}

void AptModule::runAptGet(const QList<QByteArray> &arguments, bool countChanges)
{
    QList<QByteArray> argv {"apt-get", "-y", "-q"};
    for (const QString &option : ArgumentValue::toText(m_arguments.value(QStringLiteral("dpkg_options")))
                                     .split(QLatin1Char(','), Qt::SkipEmptyParts))
        argv << "-o"
             << "Dpkg::Options::=--" + option.trimmed().toUtf8();
    const qint64 lockTimeout = ArgumentValue::toInt(m_arguments.value(QStringLiteral("lock_timeout")));
    if (lockTimeout > 0)
        argv << "-o"
             << "DPkg::Lock::Timeout=" + QByteArray::number(lockTimeout);
    if (ArgumentValue::toBool(m_arguments.value(QStringLiteral("force"))))
        argv << "--allow-unauthenticated"
             << "--allow-downgrades"
             << "--allow-remove-essential"
             << "--allow-change-held-packages";
    if (context().checkMode)
        argv << "--simulate";
    argv += arguments;

    transport::CommandSpec command = commandSpec();
    command.description = QStringLiteral("apt-get");
    command.environment << qMakePair(QByteArray("DEBIAN_FRONTEND"), QByteArray("noninteractive"))
                        << qMakePair(QByteArray("DEBIAN_PRIORITY"), QByteArray("critical"))
                        << qMakePair(QByteArray("LC_ALL"), QByteArray("C"));
    command.argv = argv;
    const QString cmd = QString::fromUtf8(transport::shellJoin(argv));
    runCommand(
        command,
        [this, countChanges, cmd](const transport::CommandResult &result) {
            const QString out = QString::fromUtf8(result.stdoutData);
            const QString err = QString::fromUtf8(result.stderrData);
            if (!result.succeeded()) {
                TaskResult failed = TaskResult::failed(
                    tr("'%1' failed on %2: %3")
                        .arg(cmd, context().host, result.error.isEmpty() ? err.trimmed().right(2000) : result.error));
                failed.data.insert(QStringLiteral("rc"), result.exitCode);
                failed.data.insert(QStringLiteral("stdout"), out);
                failed.data.insert(QStringLiteral("stdout_lines"), splitLines(result.stdoutData));
                failed.data.insert(QStringLiteral("stderr"), err);
                failed.data.insert(QStringLiteral("stderr_lines"), splitLines(result.stderrData));
                failed.data.insert(QStringLiteral("cache_updated"), m_snapshot.cacheUpdated);
                failed.data.insert(QStringLiteral("cache_update_time"), m_snapshot.cacheTimeAfter);
                finish(failed);
                return;
            }
            bool changed = true;
            const int count = AptQuery::changeCount(result.stdoutData);
            if (countChanges && count >= 0)
                changed = count > 0;
            TaskResult done = baseResult(changed);
            done.data.insert(QStringLiteral("stdout"), out);
            done.data.insert(QStringLiteral("stdout_lines"), splitLines(result.stdoutData));
            done.data.insert(QStringLiteral("stderr"), err);
            done.data.insert(QStringLiteral("stderr_lines"), splitLines(result.stderrData));
            finish(done);
        },
        true);
}

} // namespace antler::playbook
