#include "playbook/modules/MountModule.h"

#include "playbook/modules/ArgumentValue.h"
#include "playbook/modules/TextLines.h"

#include <QRegularExpression>

namespace antler::playbook {

namespace {

QString escaped(QString value)
{
    return value.replace(QLatin1Char('\\'), QLatin1String("\\134"))
        .replace(QLatin1Char(' '), QLatin1String("\\040"))
        .replace(QLatin1Char('&'), QLatin1String("\\046"));
}

QStringList fieldsOf(const QString &line)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    return line.split(whitespace, Qt::SkipEmptyParts);
}

QString lineOf(const MountModule::Entry &entry)
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6\n")
        .arg(entry.src, entry.name, entry.fstype, entry.opts, entry.dump, entry.passno);
}

} // namespace

MountModule::MountModule(const ModuleContext &context, QObject *parent)
    : Module(context, parent)
{
}

ModuleSpec MountModule::spec()
{
    using Type = ModuleArgument::Type;
    ModuleSpec spec;
    spec.name = QStringLiteral("mount");
    ModuleArgument path = moduleArgument(QStringLiteral("path"), Type::Path, {}, {QStringLiteral("name")});
    path.required = true;
    ModuleArgument state
        = moduleArgument(QStringLiteral("state"), Type::Str, {}, {},
                         {QStringLiteral("absent"), QStringLiteral("absent_from_fstab"), QStringLiteral("mounted"),
                          QStringLiteral("present"), QStringLiteral("unmounted"), QStringLiteral("remounted")});
    state.required = true;
    spec.arguments = {
        path,
        state,
        moduleArgument(QStringLiteral("boot"), Type::Bool, true),
        moduleArgument(QStringLiteral("dump"), Type::Str, QStringLiteral("0")),
        moduleArgument(QStringLiteral("fstab"), Type::Str),
        moduleArgument(QStringLiteral("fstype"), Type::Str),
        moduleArgument(QStringLiteral("opts"), Type::Str),
        moduleArgument(QStringLiteral("passno"), Type::Str, QStringLiteral("0")),
        moduleArgument(QStringLiteral("src"), Type::Path),
        moduleArgument(QStringLiteral("backup"), Type::Bool, false),
    };
    return spec;
}

QString MountModule::setMount(const QString &fstab, const Entry &entry, bool hasSrc, bool *changed)
{
    const Entry wanted {escaped(entry.src),  escaped(entry.name), escaped(entry.fstype),
                        escaped(entry.opts), escaped(entry.dump), escaped(entry.passno)};
    QString out;
    bool exists = false;
    *changed = false;
    for (QString line : TextLines::afterNewlines(fstab)) {
        if (!line.endsWith(QLatin1Char('\n')))
            line += QLatin1Char('\n');
        const QString trimmed = line.trimmed();
        const QStringList fields = fieldsOf(line);
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')) || fields.size() < 4 || fields.size() > 6) {
            out += line;
            continue;
        }
        // A missing dump or passno is the number 0 to the module, never equal
        // to the text it compares with: such a line is always rewritten.
        Entry found {fields.value(0), fields.value(1), fields.value(2),
                     fields.value(3), fields.value(4), fields.value(5)};
        if (found.name != wanted.name
            || (hasSrc && found.name == QLatin1String("none") && found.fstype == QLatin1String("swap")
                && found.src != entry.src)) {
            out += line;
            continue;
        }
        exists = true;
        bool differs = false;
        for (auto member : {&Entry::src, &Entry::fstype, &Entry::opts, &Entry::dump, &Entry::passno}) {
            if (found.*member != wanted.*member || (found.*member).isNull()) {
                found.*member = wanted.*member;
                differs = true;
            }
        }
        // As the module does: once one entry differed, later matches are rewritten too.
        *changed = *changed || differs;
        out += *changed ? lineOf(found) : line;
    }
    if (!exists) {
        out += lineOf(wanted);
        *changed = true;
    }
    return out;
}

QString MountModule::unsetMount(const QString &fstab, const QString &name, const QString &src, bool *changed)
{
    const QString wanted = escaped(name);
    QString out;
    *changed = false;
    for (const QString &line : TextLines::afterNewlines(fstab)) {
        const QString trimmed = line.trimmed();
        const QStringList fields = fieldsOf(line);
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')) || fields.size() != 6) {
            out += line;
            continue;
        }
        if (fields.at(1) != wanted
            || (!src.isEmpty() && fields.at(1) == QLatin1String("none") && fields.at(2) == QLatin1String("swap")
                && fields.at(0) != src)) {
            out += line;
            continue;
        }
        *changed = true;
    }
    return out;
}

void MountModule::start(const QVariantMap &arguments)
{
    m_arguments = arguments;
    m_state = ArgumentValue::toText(arguments.value(QStringLiteral("state")));
    m_entry.name = ArgumentValue::toText(arguments.value(QStringLiteral("path")));
    m_fstab = ArgumentValue::toText(arguments.value(QStringLiteral("fstab")));
    if (m_fstab.isEmpty())
        m_fstab = QStringLiteral("/etc/fstab");
    const QVariant src = arguments.value(QStringLiteral("src"));
    m_hasSrc = src.isValid() && !src.isNull();
    m_entry.src = ArgumentValue::toText(src);
    m_entry.fstype = ArgumentValue::toText(arguments.value(QStringLiteral("fstype")));
    const QVariant opts = arguments.value(QStringLiteral("opts"));
    m_entry.opts = opts.isNull() || !opts.isValid() ? QStringLiteral("defaults") : ArgumentValue::toText(opts);
    m_entry.dump = ArgumentValue::toText(arguments.value(QStringLiteral("dump")));
    m_entry.passno = ArgumentValue::toText(arguments.value(QStringLiteral("passno")));
    if (m_entry.dump.isEmpty())
        m_entry.dump = QStringLiteral("0");
    if (m_entry.passno.isEmpty())
        m_entry.passno = QStringLiteral("0");
    if ((m_state == QLatin1String("mounted") || m_state == QLatin1String("present"))
        && (!m_hasSrc || m_entry.fstype.isEmpty())) {
        QStringList missing;
        if (!m_hasSrc)
            missing.append(QStringLiteral("src"));
        if (m_entry.fstype.isEmpty())
            missing.append(QStringLiteral("fstype"));
        fail(
            tr("state is %1 but all of the following are missing: %2").arg(m_state, missing.join(QLatin1String(", "))));
        return;
    }
    QStringList options = m_entry.opts.split(QLatin1Char(','));
    if (!options.contains(QLatin1String("noauto"))
        && !ArgumentValue::toBool(arguments.value(QStringLiteral("boot")), true)
        && !options.contains(QLatin1String("defaults"))) {
        options.append(QStringLiteral("noauto"));
        m_entry.opts = options.join(QLatin1Char(','));
    }
    const QByteArray fstab = ArgumentValue::quoted(m_fstab);
    const QByteArray name = ArgumentValue::quoted(m_entry.name);
    transport::CommandSpec command = commandSpec();
    command.description = QStringLiteral("mount: read %1").arg(m_fstab);
    command.script = "if [ ! -e " + fstab + " ]; then mkdir -p -- \"$(dirname -- " + fstab + ")\" && : >> " + fstab
        + " || exit 3; fi\n"
          "if mountpoint -q -- "
        + name
        + " 2>/dev/null; then echo @@mounted; fi\n"
          "echo @@fstab\ncat -- "
        + fstab + "\n";
    runCommand(command, [this](const transport::CommandResult &result) {
        if (!result.succeeded()) {
            fail(tr("Failed to open %1 on %2: %3")
                     .arg(m_fstab, context().host,
                          result.error.isEmpty() ? QString::fromUtf8(result.stderrData).trimmed() : result.error));
            return;
        }
        decide(result.stdoutData);
    });
}

void MountModule::decide(const QByteArray &output)
{
    const QString text = QString::fromUtf8(output);
    const bool mounted = text.startsWith(QLatin1String("@@mounted\n"));
    const QString original = text.mid(text.indexOf(QLatin1String("@@fstab\n")) + 8);
    QString fstab = original;
    bool changed = false;
    bool mountNow = false;
    bool remountNow = false;
    bool unmountNow = false;
    bool removeDirectory = false;
    if (m_state == QLatin1String("absent_from_fstab")) {
        fstab = unsetMount(original, m_entry.name, m_entry.src, &changed);
    } else if (m_state == QLatin1String("absent")) {
        fstab = unsetMount(original, m_entry.name, m_entry.src, &changed);
        unmountNow = changed && mounted;
        removeDirectory = changed;
    } else if (m_state == QLatin1String("unmounted")) {
        unmountNow = mounted;
        changed = mounted;
    } else if (m_state == QLatin1String("present")) {
        fstab = setMount(original, m_entry, m_hasSrc, &changed);
    } else if (m_state == QLatin1String("mounted")) {
        fstab = setMount(original, m_entry, m_hasSrc, &changed);
        if (mounted) {
            remountNow = changed;
        } else {
            mountNow = true;
            changed = true;
        }
    } else if (m_state == QLatin1String("remounted")) {
        remountNow = true;
        changed = true;
    }
    TaskResult result;
    result.status = changed ? TaskResult::Status::Changed : TaskResult::Status::Ok;
    result.data = {{QStringLiteral("changed"), changed},
                   {QStringLiteral("name"), m_entry.name},
                   {QStringLiteral("opts"), m_entry.opts},
                   {QStringLiteral("dump"), m_entry.dump},
                   {QStringLiteral("passno"), m_entry.passno},
                   {QStringLiteral("fstab"), m_fstab},
                   {QStringLiteral("boot"), QStringLiteral("yes")},
                   {QStringLiteral("backup_file"), QString()}};
    if (m_hasSrc)
        result.data.insert(QStringLiteral("src"), m_entry.src);
    if (!m_entry.fstype.isEmpty())
        result.data.insert(QStringLiteral("fstype"), m_entry.fstype);
    if (context().diffMode && fstab != original)
        result.data.insert(QStringLiteral("diff"),
                           QVariantMap {{QStringLiteral("before"), original},
                                        {QStringLiteral("after"), fstab},
                                        {QStringLiteral("before_header"), m_fstab},
                                        {QStringLiteral("after_header"), m_fstab}});
    if (!changed || context().checkMode) {
        finish(result);
        return;
    }
    const QByteArray path = ArgumentValue::quoted(m_fstab);
    const QByteArray name = ArgumentValue::quoted(m_entry.name);
    const QByteArray fstabOption = m_fstab == QLatin1String("/etc/fstab") ? QByteArray() : " -T " + path;
    QByteArray script;
    transport::CommandSpec command = commandSpec();
    if (fstab != original) {
        if (ArgumentValue::toBool(m_arguments.value(QStringLiteral("backup"))))
            script += "cp -p -- " + path + " " + path + ".$(date +%Y-%m-%d@%H:%M:%S~) || exit 2\n";
        // In place, as the module writes it: the fstab keeps its inode and mode.
        script += "cat > " + path + " || exit 2\n";
        command.stdinData = fstab.toUtf8();
    }
    if (mountNow)
        script += "mkdir -p -- " + name + " || exit 2\nmount" + fstabOption + " " + name
            + " 2>&1 || { echo @@mount >&2; exit 4; }\n";
    if (remountNow)
        script += "mount -o remount" + fstabOption + " " + name + " 2>/dev/null || { umount -- " + name + " && mount"
            + fstabOption + " " + name + "; } 2>&1 || { echo @@mount >&2; exit 4; }\n";
    if (unmountNow)
        script += "umount -- " + name + " 2>&1 || exit 5\n";
    if (removeDirectory)
        script += "if [ -e " + name + " ]; then rmdir -- " + name + " || exit 6; fi\n";
    command.description = QStringLiteral("mount: %1 %2").arg(m_state, m_entry.name);
    command.script = script;
    runCommand(command, [this, result, original](const transport::CommandResult &done) {
        if (done.succeeded()) {
            finish(result);
            return;
        }
        const QString detail
            = QString::fromUtf8(done.stdoutData + done.stderrData).remove(QLatin1String("@@mount")).trimmed();
        if (done.exitCode == 4)
            fail(tr("Error mounting %1: %2").arg(m_entry.name, detail));
        else if (done.exitCode == 5)
            fail(tr("Error unmounting %1: %2").arg(m_entry.name, detail));
        else if (done.exitCode == 6)
            fail(tr("Error rmdir %1: %2").arg(m_entry.name, detail));
        else
            fail(tr("Could not write %1 on %2: %3").arg(m_fstab, context().host, detail));
    });
}

} // namespace antler::playbook
