#include "playbook/jinja/Lookups.h"

#include "playbook/jinja/Context.h"
#include "playbook/jinja/Evaluator.h"
#include "playbook/jinja/LoopLookups.h"
#include "playbook/jinja/Template.h"
#include "playbook/jinja/Value.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include <functional>

namespace antler::playbook::jinja {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("antler::playbook::jinja::Lookups", text);
}

QString variable(Context &context, const char *name)
{
    QVariant value;
    QString error;
    if (!context.lookup(QLatin1String(name), &value, &error) || Value::isUndefined(value))
        return {};
    return Value::toText(value);
}

bool isPlugin(const QString &plugin, const char *name)
{
    return plugin == QLatin1String(name) || plugin == QLatin1String("ansible.builtin.") + QLatin1String(name);
}

// first_found's _split_on: lists flattened, text split at any of the separators.
QStringList splitOn(const QVariant &value, const QString &separators)
{
    QStringList result;
    if (Value::isList(value)) {
        for (const QVariant &item : Value::toList(value))
            result += splitOn(item, separators);
    } else if (value.isValid() && !Value::isUndefined(value) && !Value::isNone(value)) {
        const QRegularExpression pattern(QLatin1Char('[') + QRegularExpression::escape(separators) + QLatin1Char(']'));
        for (const QString &part : Value::toText(value).split(pattern))
            if (!part.isEmpty())
                result.append(part);
    }
    return result;
}

} // namespace

bool Lookups::handles(const QString &plugin)
{
    return isPlugin(plugin, "first_found") || isPlugin(plugin, "fileglob") || isPlugin(plugin, "pipe")
        || isPlugin(plugin, "template") || LoopLookups::handles(plugin);
}

QStringList Lookups::searchPath(Context &context, const QString &subdirectory)
{
    QStringList path;
    const auto add = [&path](const QString &directory) {
        if (!directory.isEmpty() && !path.contains(directory))
            path.append(directory);
    };
    if (!context.lookupDirectory.isEmpty())
        add(QDir::cleanPath(context.lookupDirectory));
    const QString role = variable(context, "role_path");
    if (!role.isEmpty()) {
        add(role + QLatin1Char('/') + subdirectory);
        add(role + QLatin1String("/tasks/") + subdirectory);
        add(role + QLatin1String("/tasks"));
        add(role);
    }
    const QString playbook = variable(context, "playbook_dir");
    if (!playbook.isEmpty()) {
        add(playbook + QLatin1Char('/') + subdirectory);
        add(playbook);
    }
    if (path.isEmpty())
        add(QDir::currentPath());
    return path;
}

QString Lookups::find(Context &context, const QString &subdirectory, const QString &name)
{
    if (QFileInfo(name).isAbsolute())
        return QFileInfo::exists(name) ? name : QString();
    for (const QString &directory : searchPath(context, subdirectory)) {
        const QString candidate = QDir(directory).absoluteFilePath(name);
        if (QFileInfo::exists(candidate))
            return QDir::cleanPath(candidate);
    }
    return {};
}

bool Lookups::run(const QString &plugin, const QVariantList &terms, const QVariantMap &kwargs, Context &context,
                  QVariantList *results, QString *error)
{
    if (LoopLookups::handles(plugin))
        return LoopLookups::run(plugin, terms, results, error);
    if (isPlugin(plugin, "first_found")) {
        // As Ansible 2.14's first_found: a mapping term brings its own
        // files/paths/skip, a text term takes them from the keywords (and a
        // files option replaces what was collected), a list is walked.
        QStringList candidates;
        bool skip = false;
        std::function<void(const QVariantList &)> process = [&](const QVariantList &list) {
            for (const QVariant &term : list) {
                QVariantMap options;
                if (Value::isMap(term)) {
                    options = term.toMap();
                } else if (Value::isList(term)) {
                    process(Value::toList(term));
                    continue;
                } else {
                    options = kwargs;
                }
                const QStringList files = splitOn(options.value(QStringLiteral("files")), QStringLiteral(",;"));
                const QStringList paths = splitOn(options.value(QStringLiteral("paths")), QStringLiteral(",:;"));
                skip = Value::truthy(options.value(QStringLiteral("skip"), false));
                if (!paths.isEmpty()) {
                    for (const QString &path : paths)
                        for (const QString &file : files)
                            candidates.append(QDir::cleanPath(path + QLatin1Char('/') + file));
                } else if (!files.isEmpty()) {
                    candidates = files;
                } else {
                    candidates.append(Value::toText(term));
                }
            }
        };
        process(terms);
        const QString subdirectory
            = context.lookupSubdirectory.isEmpty() ? QStringLiteral("files") : context.lookupSubdirectory;
        for (const QString &candidate : std::as_const(candidates)) {
            const QString found = find(context, subdirectory, candidate);
            if (!found.isEmpty()) {
                results->append(found);
                return true;
            }
        }
        if (skip)
            return true;
        *error = tr("No file was found when using first_found; looked for %1 in %2.")
                     .arg(candidates.join(QLatin1String(", ")),
                          searchPath(context, subdirectory).join(QLatin1String(", ")));
        return false;
    }
    if (isPlugin(plugin, "fileglob")) {
        QStringList found;
        for (const QVariant &term : terms) {
            const QString pattern = Value::toText(term);
            const QFileInfo info(pattern);
            QString directory;
            if (info.isAbsolute()) {
                directory = info.path();
            } else {
                const QString relative = info.path() == QLatin1String(".") ? QString() : info.path();
                for (const QString &base : searchPath(context, QStringLiteral("files"))) {
                    const QString candidate = relative.isEmpty() ? base : QDir(base).absoluteFilePath(relative);
                    if (QFileInfo(candidate).isDir()) {
                        directory = candidate;
                        break;
                    }
                }
            }
            if (directory.isEmpty())
                continue;
            const QDir dir(directory);
            const QStringList names = dir.entryList({info.fileName()}, QDir::Files | QDir::Hidden, QDir::Name);
            for (const QString &name : names) {
                // glob's "*" does not match a leading dot.
                if (name.startsWith(QLatin1Char('.')) && !info.fileName().startsWith(QLatin1Char('.')))
                    continue;
                found.append(QDir::cleanPath(dir.absoluteFilePath(name)));
            }
        }
        for (const QString &path : std::as_const(found))
            results->append(path);
        return true;
    }
    if (isPlugin(plugin, "pipe")) {
        for (const QVariant &term : terms) {
            const QString command = Value::toText(term);
            QProcess process;
            const QString playbook = variable(context, "playbook_dir");
            if (!playbook.isEmpty())
                process.setWorkingDirectory(playbook);
            process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
            if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
                || process.exitCode() != 0) {
                process.kill();
                *error = tr("lookup_plugin.pipe(%1) returned %2").arg(command).arg(process.exitCode());
                return false;
            }
            QString output = QString::fromUtf8(process.readAllStandardOutput());
            while (!output.isEmpty() && output.back().isSpace())
                output.chop(1);
            results->append(output);
        }
        return true;
    }
    if (isPlugin(plugin, "template")) {
        for (const QVariant &term : terms) {
            const QString name = Value::toText(term);
            const QString path = find(context, QStringLiteral("templates"), name);
            QFile file(path);
            if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
                *error = tr("the template file %1 could not be found for the lookup; searched %2.")
                             .arg(name, searchPath(context, QStringLiteral("templates")).join(QLatin1String(", ")));
                return false;
            }
            const auto parsed = Template::parse(QString::fromUtf8(file.readAll()));
            if (!parsed->isValid()) {
                *error = tr("%1: %2").arg(path, parsed->error());
                return false;
            }
            const QString savedDirectory = context.lookupDirectory;
            context.lookupDirectory = QFileInfo(path).absolutePath();
            context.pushScope();
            const QVariantMap templateVars = kwargs.value(QStringLiteral("template_vars")).toMap();
            for (auto it = templateVars.cbegin(); it != templateVars.cend(); ++it)
                context.set(it.key(), it.value());
            QString rendered;
            Evaluator evaluator(context);
            const bool ok = evaluator.render(parsed->body(), &rendered, error);
            context.popScope();
            context.lookupDirectory = savedDirectory;
            if (!ok)
                return false;
            results->append(rendered);
        }
        return true;
    }
    *error = tr("the lookup plugin '%1' is not supported").arg(plugin);
    return false;
}

} // namespace antler::playbook::jinja
