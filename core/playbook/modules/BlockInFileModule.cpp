#include "playbook/modules/BlockInFileModule.h"

#include "playbook/modules/PythonRegex.h"
#include "playbook/modules/TextLines.h"

namespace antler::playbook {

ModuleSpec BlockInFileModule::spec()
{
    using Type = ModuleArgument::Type;
    ModuleSpec spec;
    spec.name = QStringLiteral("blockinfile");
    spec.arguments = {
        editedPathArgument(),
        presentOrAbsentArgument(),
        {QStringLiteral("marker"), Type::Str, false, {}, {}, QStringLiteral("# {mark} ANSIBLE MANAGED BLOCK")},
        {QStringLiteral("block"), Type::Str, false, {QStringLiteral("content")}, {}, QString()},
        {QStringLiteral("insertafter"), Type::Str, false, {}, {}, {}},
        {QStringLiteral("insertbefore"), Type::Str, false, {}, {}, {}},
        {QStringLiteral("create"), Type::Bool, false, {}, {}, false},
        {QStringLiteral("backup"), Type::Bool, false, {}, {}, false},
        {QStringLiteral("validate"), Type::Str, false, {}, {}, {}},
        {QStringLiteral("marker_begin"), Type::Str, false, {}, {}, QStringLiteral("BEGIN")},
        {QStringLiteral("marker_end"), Type::Str, false, {}, {}, QStringLiteral("END")},
    };
    spec.arguments += commonFileArguments();
    return spec;
}

BlockInFileModule::Outcome BlockInFileModule::edit(const QByteArray &original, bool exists, const Request &request)
{
    Outcome outcome;
    const QString originalText = QString::fromUtf8(original);
    QStringList lines = TextLines::afterLineBreaks(originalText);
    const QString sep = QStringLiteral("\n");

    QString insertAfter = request.insertAfter;
    const QString &insertBefore = request.insertBefore;
    if (insertAfter.isEmpty() && insertBefore.isEmpty())
        insertAfter = QStringLiteral("EOF");
    QRegularExpression insertRe;
    bool hasInsertRe = false;
    if (!insertAfter.isEmpty() && insertAfter != QLatin1String("EOF")) {
        if (!PythonRegex::compile(insertAfter, {}, QStringLiteral("insertafter"), &insertRe, &outcome.error)) {
            outcome.ok = false;
            return outcome;
        }
        hasInsertRe = true;
    } else if (!insertBefore.isEmpty() && insertBefore != QLatin1String("BOF")) {
        if (!PythonRegex::compile(insertBefore, {}, QStringLiteral("insertbefore"), &insertRe, &outcome.error)) {
            outcome.ok = false;
            return outcome;
        }
        hasInsertRe = true;
    }

    QString marker0 = request.marker;
    marker0.replace(QLatin1String("{mark}"), request.markerBegin);
    marker0 += sep;
    QString marker1 = request.marker;
    marker1.replace(QLatin1String("{mark}"), request.markerEnd);
    marker1 += sep;

    QStringList blockLines;
    if (request.present && !request.block.isEmpty()) {
        QString block = request.block;
        if (!block.endsWith(sep))
            block += sep;
        blockLines << marker0 << TextLines::afterLineBreaks(block) << marker1;
    }

    qsizetype n0 = -1;
    qsizetype n1 = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i) == marker0)
            n0 = i;
        if (lines.at(i) == marker1)
            n1 = i;
    }
    if (n0 == -1 || n1 == -1) {
        n0 = -1;
        if (hasInsertRe) {
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (insertRe.match(lines.at(i)).hasMatch())
                    n0 = i;
            }
            if (n0 == -1)
                n0 = lines.size();
            else if (!insertAfter.isEmpty())
                n0 += 1;
        } else if (!insertBefore.isEmpty()) {
            n0 = 0;
        } else {
            n0 = lines.size();
        }
    } else if (n0 < n1) {
        lines.erase(lines.begin() + n0, lines.begin() + n1 + 1);
    } else {
        lines.erase(lines.begin() + n1, lines.begin() + n0 + 1);
        n0 = n1;
    }
    if (n0 > 0 && !lines.at(n0 - 1).endsWith(sep))
        lines[n0 - 1] += sep;
    for (qsizetype i = 0; i < blockLines.size(); ++i)
        lines.insert(n0 + i, blockLines.at(i));
    outcome.content = lines.join(QString()).toUtf8();

    if (exists && outcome.content == original) {
        outcome.changed = false;
    } else if (!exists) {
        outcome.changed = true;
        outcome.message = QStringLiteral("File created");
        if (outcome.content.isEmpty() && blockLines.isEmpty()) {
            // Ansible compares None with b'': a new empty file still counts.
            outcome.changed = true;
        }
    } else if (blockLines.isEmpty()) {
        outcome.changed = true;
        outcome.message = QStringLiteral("Block removed");
    } else {
        outcome.changed = true;
        outcome.message = QStringLiteral("Block inserted");
    }
    return outcome;
}

void BlockInFileModule::start(const QVariantMap &arguments)
{
    const QString path = text(arguments, "path");
    if (path.isEmpty()) {
        fail(tr("blockinfile needs path: the file on the host to edit."));
        return;
    }
    Request request;
    request.present = text(arguments, "state") != QLatin1String("absent");
    request.block = text(arguments, "block");
    if (arguments.contains(QStringLiteral("marker")) && !text(arguments, "marker").isNull())
        request.marker = text(arguments, "marker");
    if (!text(arguments, "marker_begin").isEmpty())
        request.markerBegin = text(arguments, "marker_begin");
    if (!text(arguments, "marker_end").isEmpty())
        request.markerEnd = text(arguments, "marker_end");
    request.insertAfter = text(arguments, "insertafter");
    request.insertBefore = text(arguments, "insertbefore");
    if (!request.insertAfter.isEmpty() && !request.insertBefore.isEmpty()) {
        fail(tr("blockinfile takes insertafter or insertbefore, not both; remove one of them."));
        return;
    }
    const bool create = flag(arguments, "create");
    editFile(arguments, path, [path, request, create](const RemoteFileState &state, const QByteArray &content) {
        Edit edit;
        edit.diffHeader = path + QStringLiteral(" (content)");
        const FileStat &current = state.effective(true);
        if (current.type == FileStat::Type::Directory)
            return edit.fail(QStringLiteral("Path %1 is a directory !").arg(path), 256);
        if (!current.exists()) {
            if (!create)
                return edit.fail(QStringLiteral("Path %1 does not exist !").arg(path), 257);
            if (!request.present) {
                edit.finished = true;
                edit.message = QStringLiteral("File %1 not present").arg(path);
                return edit;
            }
            edit.createParents = true;
        }
        edit.take(BlockInFileModule::edit(content, current.exists(), request));
        return edit;
    });
}

} // namespace antler::playbook
