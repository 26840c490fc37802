#include "playbook/modules/AptRepositoryModule.h"

#include "playbook/modules/ArgumentValue.h"
#include "transport/ShellQuote.h"

#include <QMap>
#include <QRegularExpression>

namespace antler::playbook {

namespace {

const QString sourcesDir = QStringLiteral("/etc/apt/sources.list.d/");

} // namespace

AptRepositoryModule::AptRepositoryModule(const ModuleContext &context, QObject *parent)
    : Module(context, parent)
{
}

ModuleSpec AptRepositoryModule::spec()
{
    using Type = ModuleArgument::Type;
    ModuleSpec spec;
    spec.name = QStringLiteral("apt_repository");
    ModuleArgument repo = moduleArgument(QStringLiteral("repo"), Type::Str);
    repo.required = true;
    spec.arguments = {
        repo,
        moduleArgument(QStringLiteral("state"), Type::Str, QStringLiteral("present"), {},
                       {QStringLiteral("absent"), QStringLiteral("present")}),
        moduleArgument(QStringLiteral("filename"), Type::Str),
        moduleArgument(QStringLiteral("mode"), Type::Raw),
        moduleArgument(QStringLiteral("update_cache"), Type::Bool, true, {QStringLiteral("update-cache")}),
        moduleArgument(QStringLiteral("update_cache_retries"), Type::Int, 5),
        moduleArgument(QStringLiteral("update_cache_retry_max_delay"), Type::Int, 12),
        moduleArgument(QStringLiteral("validate_certs"), Type::Bool, true),
        moduleArgument(QStringLiteral("install_python_apt"), Type::Bool, true),
        moduleArgument(QStringLiteral("codename"), Type::Str),
    };
    return spec;
}

QString AptRepositoryModule::suggestedFileName(const QString &repo, const QString &filename)
{
    if (!filename.isEmpty())
        return filename + QStringLiteral(".list");
    QString line = repo;
    line.remove(QRegularExpression(QStringLiteral(R"(\[[^\]]+\])")));
    line.remove(QRegularExpression(QStringLiteral(R"(\w+://)")));
    QStringList parts;
    for (const QString &part : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (part != QLatin1String("deb") && part != QLatin1String("deb-src"))
            parts << part;
    }
    QString first = parts.value(0);
    if (first.contains(QLatin1Char('@')))
        first = first.section(QLatin1Char('@'), 1); // user:password@host
    first.replace(QRegularExpression(QStringLiteral("[^a-zA-Z0-9]")), QStringLiteral(" "));
    return first.split(QLatin1Char(' '), Qt::SkipEmptyParts).join(QLatin1Char('_')) + QStringLiteral(".list");
}

QString AptRepositoryModule::normalisedSource(const QString &line, bool *enabled)
{
    QString text = line.trimmed();
    *enabled = true;
    if (text.startsWith(QLatin1Char('#'))) {
        *enabled = false;
        text = text.mid(1).trimmed();
    }
    const qsizetype comment = text.indexOf(QLatin1Char('#'));
    if (comment >= 0)
        text = text.left(comment);
    const QStringList words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (words.size() < 3 || (words.first() != QLatin1String("deb") && words.first() != QLatin1String("deb-src")))
        return QString();
    return words.join(QLatin1Char(' '));
}

void AptRepositoryModule::start(const QVariantMap &arguments)
{
    m_arguments = arguments;
    m_repo = ArgumentValue::toText(arguments.value(QStringLiteral("repo"))).trimmed();
    m_state = ArgumentValue::toText(arguments.value(QStringLiteral("state")));
    if (m_state.isEmpty())
        m_state = QStringLiteral("present");
    bool enabled = true;
    if (m_repo.startsWith(QLatin1String("ppa:"))) {
        fail(tr("PPA repositories are Ubuntu's; %1 takes a one-line 'deb URL SUITE COMPONENTS' source.")
                 .arg(QStringLiteral("apt_repository")));
        return;
    }
    if (normalisedSource(m_repo, &enabled).isEmpty() || !enabled) {
        fail(tr("Invalid repository string: %1 (expected 'deb [options] URL SUITE [COMPONENT…]')").arg(m_repo));
        return;
    }
    transport::CommandSpec command = commandSpec();
    command.description = QStringLiteral("apt_repository: read sources");
    command.script = "for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do\n"
                     "  [ -f \"$f\" ] || continue\n"
                     "  echo \"@@file $f\"; cat -- \"$f\"; echo\n"
                     "done\n";
    runCommand(command, [this](const transport::CommandResult &result) {
        if (!result.succeeded()) {
            fail(tr("Could not read the apt sources on %1: %2")
                     .arg(context().host,
                          result.error.isEmpty() ? QString::fromUtf8(result.stderrData).trimmed() : result.error));
            return;
        }
        decide(result.stdoutData);
    });
}

void AptRepositoryModule::decide(const QByteArray &output)
{
    // path → lines (the trailing echo adds one empty line per file; dropped below)
    QMap<QString, QStringList> files;
    QString current;
    for (const QString &line : QString::fromUtf8(output).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("@@file "))) {
            current = line.mid(7);
            files[current];
            continue;
        }
        if (!current.isEmpty())
            files[current] << line;
    }
    for (QStringList &lines : files) {
        while (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
    }

    bool ignored = true;
    const QString wanted = normalisedSource(m_repo, &ignored);
    const QString target
        = sourcesDir + suggestedFileName(m_repo, ArgumentValue::toText(m_arguments.value(QStringLiteral("filename"))));
    QMap<QString, QStringList> changedFiles;
    QStringList added, removed;

    if (m_state == QLatin1String("present")) {
        bool present = false;
        QString disabledFile;
        int disabledLine = -1;
        for (auto it = files.cbegin(); it != files.cend() && !present; ++it) {
            for (int i = 0; i < it.value().size(); ++i) {
                bool enabled = true;
                if (normalisedSource(it.value().at(i), &enabled) != wanted)
                    continue;
                if (enabled) {
                    present = true;
                    break;
                }
                if (disabledLine < 0) {
                    disabledFile = it.key();
                    disabledLine = i;
                }
            }
        }
        if (!present) {
            if (disabledLine >= 0) {
                QStringList lines = files.value(disabledFile);
                lines[disabledLine] = wanted;
                changedFiles.insert(disabledFile, lines);
                added << disabledFile;
            } else {
                QStringList lines = files.value(target);
                lines << wanted;
                changedFiles.insert(target, lines);
                added << target;
            }
        }
    } else {
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            QStringList kept;
            for (const QString &line : it.value()) {
                bool enabled = true;
                if (normalisedSource(line, &enabled) != wanted)
                    kept << line;
            }
            if (kept.size() != it.value().size()) {
                changedFiles.insert(it.key(), kept);
                removed << it.key();
            }
        }
    }

    const bool changed = !changedFiles.isEmpty();
    TaskResult result;
    result.status = changed ? TaskResult::Status::Changed : TaskResult::Status::Ok;
    result.data = {{QStringLiteral("changed"), changed},
                   {QStringLiteral("repo"), m_repo},
                   {QStringLiteral("state"), m_state},
                   {QStringLiteral("sources_added"), added},
                   {QStringLiteral("sources_removed"), removed}};
    if (!changed || context().checkMode) {
        finish(result);
        return;
    }

    // Every changed file in one command: base64 keeps the bytes out of the shell's way.
    QByteArray script = "set -e\numask 022\n";
    const QString modeText = ArgumentValue::toText(m_arguments.value(QStringLiteral("mode")));
    for (auto it = changedFiles.cbegin(); it != changedFiles.cend(); ++it) {
        const QByteArray path = ArgumentValue::quoted(it.key());
        const QByteArray content
            = it.value().isEmpty() ? QByteArray() : (it.value().join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
        if (content.isEmpty() && it.key().startsWith(sourcesDir)) {
            script += "rm -f -- " + path + "\n"; // Ansible removes a sources.list.d file left empty
            continue;
        }
        script += "tmp=" + path + ".antler-$$\n";
        script += "echo " + transport::shellQuote(content.toBase64()) + " | base64 -d > \"$tmp\"\n";
        if (!modeText.isEmpty())
            script += "chmod " + transport::shellQuote(modeText.toUtf8()) + " \"$tmp\"\n";
        else
            script += "[ -e " + path + " ] && chmod --reference=" + path + " \"$tmp\" || chmod 0644 \"$tmp\"\n";
        script += "mv -f -- \"$tmp\" " + path + "\n";
    }
    if (ArgumentValue::toBool(m_arguments.value(QStringLiteral("update_cache")), true))
        script += "DEBIAN_FRONTEND=noninteractive apt-get -q update >&2 || { echo 'apt-get update failed' >&2; exit 4; "
                  "}\n";
    transport::CommandSpec command = commandSpec();
    command.description = QStringLiteral("apt_repository: write sources");
    command.script = script;
    runCommand(command, [this, result](const transport::CommandResult &written) {
        if (!written.succeeded()) {
            const QString detail
                = written.error.isEmpty() ? QString::fromUtf8(written.stderrData).trimmed().right(2000) : written.error;
            if (written.exitCode == 4)
                fail(tr("The source '%1' was written on %2 but apt-get update failed: %3")
                         .arg(m_repo, context().host, detail));
            else
                fail(tr("Could not write the apt sources on %1: %2").arg(context().host, detail));
            return;
        }
        finish(result);
    });
}

} // namespace antler::playbook
