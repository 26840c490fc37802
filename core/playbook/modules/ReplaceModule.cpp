#include "playbook/modules/ReplaceModule.h"

#include "playbook/modules/PythonRegex.h"

namespace antler::playbook {

ModuleSpec ReplaceModule::spec()
{
    using Type = ModuleArgument::Type;
    ModuleSpec spec;
    spec.name = QStringLiteral("replace");
    spec.arguments = {
        editedPathArgument(),
        {QStringLiteral("regexp"), Type::Str, true, {}, {}, {}},
        {QStringLiteral("replace"), Type::Str, false, {}, {}, QString()},
        {QStringLiteral("after"), Type::Str, false, {}, {}, {}},
        {QStringLiteral("before"), Type::Str, false, {}, {}, {}},
        {QStringLiteral("backup"), Type::Bool, false, {}, {}, false},
        {QStringLiteral("validate"), Type::Str, false, {}, {}, {}},
        {QStringLiteral("encoding"), Type::Str, false, {}, {}, QStringLiteral("utf-8")},
        {QStringLiteral("others"), Type::Raw, false, {}, {}, {}},
    };
    spec.arguments += commonFileArguments();
    return spec;
}

ReplaceModule::Outcome ReplaceModule::edit(const QByteArray &original, const Request &request)
{
    Outcome outcome;
    const QString contents = QString::fromUtf8(original);
    QString pattern;
    if (!request.after.isEmpty() && !request.before.isEmpty())
        pattern = QStringLiteral("%1(?P<subsection>.*?)%2").arg(request.after, request.before);
    else if (!request.after.isEmpty())
        pattern = QStringLiteral("%1(?P<subsection>.*)").arg(request.after);
    else if (!request.before.isEmpty())
        pattern = QStringLiteral("(?P<subsection>.*)%1").arg(request.before);

    QString section = contents;
    qsizetype start = 0;
    qsizetype end = contents.size();
    if (!pattern.isEmpty()) {
        QRegularExpression sectionRe;
        if (!PythonRegex::compile(pattern, QRegularExpression::DotMatchesEverythingOption,
                                  QStringLiteral("after/before"), &sectionRe, &outcome.error)) {
            outcome.ok = false;
            return outcome;
        }
        const QRegularExpressionMatch m = sectionRe.match(contents);
        if (!m.hasMatch()) {
            outcome.message
                = QStringLiteral("Pattern for before/after params did not match the given file: %1").arg(pattern);
            outcome.content = original;
            return outcome;
        }
        section = m.captured(QStringLiteral("subsection"));
        start = m.capturedStart(QStringLiteral("subsection"));
        end = m.capturedEnd(QStringLiteral("subsection"));
    }
    QRegularExpression re;
    if (!PythonRegex::compile(request.regexp, QRegularExpression::MultilineOption, QStringLiteral("regexp"), &re,
                              &outcome.error)) {
        outcome.ok = false;
        return outcome;
    }
    int count = 0;
    const QString replaced = PythonRegex::substitute(re, request.replace, section, &count);
    outcome.count = count;
    if (count > 0 && replaced != section) {
        outcome.changed = true;
        outcome.message = QStringLiteral("%1 replacements made").arg(count);
        outcome.content = (contents.left(start) + replaced + contents.mid(end)).toUtf8();
    } else {
        outcome.content = original;
    }
    return outcome;
}

void ReplaceModule::start(const QVariantMap &arguments)
{
    const QString path = text(arguments, "path");
    if (path.isEmpty()) {
        fail(tr("replace needs path: the file on the host to edit."));
        return;
    }
    Request request;
    request.regexp = text(arguments, "regexp");
    request.replace = text(arguments, "replace");
    request.after = text(arguments, "after");
    request.before = text(arguments, "before");
    editFile(arguments, path, [path, request](const RemoteFileState &state, const QByteArray &content) {
        Edit edit;
        edit.diffHeader = path;
        edit.data.insert(QStringLiteral("rc"), 0);
        const FileStat &current = state.effective(true);
        if (current.type == FileStat::Type::Directory)
            return edit.fail(QStringLiteral("Path %1 is a directory !").arg(path), 256);
        if (!current.exists())
            return edit.fail(QStringLiteral("Path %1 does not exist !").arg(path), 257);
        const Outcome outcome = ReplaceModule::edit(content, request);
        if (outcome.ok && !outcome.changed && !outcome.message.isEmpty()) {
            // before/after did not match: Ansible ends here, attributes untouched.
            edit.finished = true;
            edit.message = outcome.message;
            return edit;
        }
        edit.take(outcome);
        return edit;
    });
}

} // namespace antler::playbook
