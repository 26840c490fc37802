#include "playbook/modules/LineInFileModule.h"

#include "playbook/modules/PythonRegex.h"
#include "playbook/modules/TextLines.h"

namespace antler::playbook {

namespace {

QString stripEol(const QString &line)
{
    qsizetype n = line.size();
    while (n > 0 && (line.at(n - 1) == u'\n' || line.at(n - 1) == u'\r'))
        --n;
    return line.left(n);
}

bool endsWithEol(const QString &line)
{
    return line.endsWith(u'\n') || line.endsWith(u'\r');
}

} // namespace

ModuleSpec LineInFileModule::spec()
{
    using Type = ModuleArgument::Type;
    ModuleSpec spec;
    spec.name = QStringLiteral("lineinfile");
    spec.arguments = {
        editedPathArgument(),
        presentOrAbsentArgument(),
        {QStringLiteral("regexp"), Type::Str, false, {QStringLiteral("regex")}, {}, {}},
        {QStringLiteral("search_string"), Type::Str, false, {}, {}, {}},
        {QStringLiteral("line"), Type::Str, false, {QStringLiteral("value")}, {}, {}},
        {QStringLiteral("insertafter"), Type::Str, false, {}, {}, {}},
        {QStringLiteral("insertbefore"), Type::Str, false, {}, {}, {}},
        {QStringLiteral("backrefs"), Type::Bool, false, {}, {}, false},
        {QStringLiteral("create"), Type::Bool, false, {}, {}, false},
        {QStringLiteral("backup"), Type::Bool, false, {}, {}, false},
        {QStringLiteral("firstmatch"), Type::Bool, false, {}, {}, false},
        {QStringLiteral("validate"), Type::Str, false, {}, {}, {}},
        {QStringLiteral("others"), Type::Raw, false, {}, {}, {}},
    };
    spec.arguments += commonFileArguments();
    return spec;
}

LineInFileModule::Outcome LineInFileModule::edit(const QByteArray &original, const Request &request)
{
    Outcome outcome;
    QStringList lines = TextLines::afterNewlines(QString::fromUtf8(original));
    QRegularExpression re;
    if (request.hasRegexp && !PythonRegex::compile(request.regexp, {}, QStringLiteral("regexp"), &re, &outcome.error)) {
        outcome.ok = false;
        return outcome;
    }
    const QString line = request.line;

    if (!request.present) {
        QStringList kept;
        for (const QString &current : std::as_const(lines)) {
            bool match = false;
            if (request.hasRegexp)
                match = re.match(current).hasMatch();
            else if (request.hasSearchString)
                match = current.contains(request.searchString);
            else
                match = line == stripEol(current);
            if (match)
                ++outcome.found;
            else
                kept << current;
        }
        outcome.changed = outcome.found > 0;
        if (outcome.changed)
            outcome.message = QStringLiteral("%1 line(s) removed").arg(outcome.found);
        outcome.content = kept.join(QString()).toUtf8();
        return outcome;
    }

    QRegularExpression insertRe;
    const QString &after = request.insertAfter;
    const QString &before = request.insertBefore;
    bool hasInsertRe = false;
    if (!after.isEmpty() && after != QLatin1String("BOF") && after != QLatin1String("EOF")) {
        if (!PythonRegex::compile(after, {}, QStringLiteral("insertafter"), &insertRe, &outcome.error)) {
            outcome.ok = false;
            return outcome;
        }
        hasInsertRe = true;
    } else if (after.isEmpty() && !before.isEmpty() && before != QLatin1String("BOF")) {
        if (!PythonRegex::compile(before, {}, QStringLiteral("insertbefore"), &insertRe, &outcome.error)) {
            outcome.ok = false;
            return outcome;
        }
        hasInsertRe = true;
    }

    qsizetype index0 = -1;
    qsizetype index1 = -1;
    QRegularExpressionMatch match;
    bool matched = false;
    if (request.hasRegexp) {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QRegularExpressionMatch m = re.match(lines.at(i));
            if (m.hasMatch()) {
                index0 = i;
                match = m;
                matched = true;
                if (request.firstMatch)
                    break;
            }
        }
    }
    if (request.hasSearchString) {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines.at(i).contains(request.searchString)) {
                index0 = i;
                matched = true;
                if (request.firstMatch)
                    break;
            }
        }
    }
    if (!matched) {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (line == stripEol(lines.at(i))) {
                index0 = i;
            } else if (hasInsertRe && insertRe.match(lines.at(i)).hasMatch()) {
                if (!after.isEmpty()) {
                    index1 = i + 1;
                    if (request.firstMatch)
                        break;
                }
                if (!before.isEmpty()) {
                    index1 = i;
                    if (request.firstMatch)
                        break;
                }
            }
        }
    }

    const QString sep = QStringLiteral("\n");
    const auto added = [&] {
        outcome.message = QStringLiteral("line added");
        outcome.changed = true;
    };
    if (index0 != -1) {
        QString newLine = request.backrefs && matched && request.hasRegexp ? PythonRegex::expand(line, match) : line;
        if (!newLine.endsWith(sep))
            newLine += sep;
        if (lines.at(index0) != newLine) {
            lines[index0] = newLine;
            outcome.message = QStringLiteral("line replaced");
            outcome.changed = true;
        }
    } else if (request.backrefs) {
        // Without a match there is nothing to fill the backrefs from.
    } else if (before == QLatin1String("BOF") || after == QLatin1String("BOF")) {
        lines.insert(0, line + sep);
        added();
    } else if (after == QLatin1String("EOF") || index1 == -1) {
        if (!lines.isEmpty() && !endsWithEol(lines.last()))
            lines.append(sep);
        lines.append(line + sep);
        added();
    } else if (!after.isEmpty() && index1 != -1) {
        if (lines.size() == index1) {
            if (stripEol(lines.at(index1 - 1)) != line) {
                lines.append(line + sep);
                added();
            }
        } else if (line != stripEol(lines.at(index1))) {
            lines.insert(index1, line + sep);
            added();
        }
    } else {
        lines.insert(index1, line + sep);
        added();
    }
    outcome.content = lines.join(QString()).toUtf8();
    return outcome;
}

void LineInFileModule::start(const QVariantMap &arguments)
{
    const QString path = text(arguments, "path");
    Request request;
    request.present = text(arguments, "state") != QLatin1String("absent");
    request.hasRegexp
        = arguments.contains(QStringLiteral("regexp")) && !arguments.value(QStringLiteral("regexp")).isNull();
    request.regexp = text(arguments, "regexp");
    request.hasSearchString = arguments.contains(QStringLiteral("search_string"))
        && !arguments.value(QStringLiteral("search_string")).isNull();
    request.searchString = text(arguments, "search_string");
    const bool hasLine
        = arguments.contains(QStringLiteral("line")) && !arguments.value(QStringLiteral("line")).isNull();
    request.line = text(arguments, "line");
    request.insertAfter = text(arguments, "insertafter");
    request.insertBefore = text(arguments, "insertbefore");
    request.backrefs = flag(arguments, "backrefs");
    request.firstMatch = flag(arguments, "firstmatch");
    const bool create = flag(arguments, "create");

    if (path.isEmpty()) {
        fail(tr("lineinfile needs path: the file on the host to edit."));
        return;
    }
    if (request.hasRegexp && request.hasSearchString) {
        fail(tr("lineinfile takes regexp or search_string, not both; remove one of them."));
        return;
    }
    if (!request.insertAfter.isEmpty() && !request.insertBefore.isEmpty()) {
        fail(tr("lineinfile takes insertafter or insertbefore, not both; remove one of them."));
        return;
    }
    if (request.present && !hasLine) {
        fail(tr("lineinfile with state=present needs line: the text the file must contain."));
        return;
    }
    if (request.backrefs && !request.hasRegexp) {
        fail(tr("lineinfile: regexp is required with backrefs=true."));
        return;
    }
    if (!request.present && !request.hasRegexp && !request.hasSearchString && !hasLine) {
        fail(tr("lineinfile with state=absent needs one of line, regexp or search_string."));
        return;
    }

    editFile(arguments, path, [path, request, create](const RemoteFileState &state, const QByteArray &content) {
        Edit edit;
        edit.backupKey = QStringLiteral("backup");
        edit.diffHeader = path + QStringLiteral(" (content)");
        const FileStat &current = state.effective(true);
        if (current.type == FileStat::Type::Directory)
            return edit.fail(QStringLiteral("Destination %1 is a directory !").arg(path), 256);
        if (!current.exists()) {
            if (!request.present) {
                edit.finished = true;
                edit.message = QStringLiteral("file not present");
                return edit;
            }
            if (!create)
                return edit.fail(QStringLiteral("Destination %1 does not exist !").arg(path), 257);
            edit.createParents = true;
        }
        const Outcome outcome = LineInFileModule::edit(content, request);
        if (edit.take(outcome) && !request.present)
            edit.data.insert(QStringLiteral("found"), outcome.found);
        return edit;
    });
}

} // namespace antler::playbook
