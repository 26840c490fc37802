#include "playbook/ConsolePrinter.h"

#include "playbook/AnsibleJson.h"
#include "playbook/jinja/Value.h"

#include <QStringList>

namespace antler::playbook {

namespace {

QStringList diffLines(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

// difflib.unified_diff with n=3 for texts of a size a playbook diffs.
QString unifiedDiff(const QStringList &a, const QStringList &b, const QString &from, const QString &to)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    // Longest common subsequence table, from the end.
    QList<QList<int>> lcs(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = a.at(i) == b.at(j) ? lcs[i + 1][j + 1] + 1 : qMax(lcs[i + 1][j], lcs[i][j + 1]);
    struct Op
    {
        char kind;
        qsizetype i;
        qsizetype j;
    };
    QList<Op> ops;
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(i) == b.at(j)) {
            ops.append({' ', i++, j++});
        } else if (i < n && (j >= m || lcs[i + 1][j] >= lcs[i][j + 1])) {
            // difflib prints a change's removed lines before its added ones.
            ops.append({'-', i++, j});
        } else {
            ops.append({'+', i, j++});
        }
    }
    QString out;
    const int context = 3;
    qsizetype k = 0;
    bool header = false;
    while (k < ops.size()) {
        if (ops.at(k).kind == ' ') {
            ++k;
            continue;
        }
        qsizetype start = qMax<qsizetype>(0, k - context);
        qsizetype end = k;
        // Extend the hunk while changes are close enough.
        qsizetype last = k;
        for (qsizetype x = k; x < ops.size(); ++x) {
            if (ops.at(x).kind != ' ')
                last = x;
            else if (x - last > 2 * context)
                break;
        }
        end = qMin<qsizetype>(ops.size(), last + context + 1);
        if (!header) {
            out += QStringLiteral("--- %1\n+++ %2\n").arg(from, to);
            header = true;
        }
        qsizetype aStart = ops.at(start).i, bStart = ops.at(start).j, aCount = 0, bCount = 0;
        QString body;
        for (qsizetype x = start; x < end; ++x) {
            const Op &op = ops.at(x);
            if (op.kind == ' ') {
                body += QLatin1Char(' ') + a.at(op.i) + QLatin1Char('\n');
                ++aCount;
                ++bCount;
            } else if (op.kind == '-') {
                body += QLatin1Char('-') + a.at(op.i) + QLatin1Char('\n');
                ++aCount;
            } else {
                body += QLatin1Char('+') + b.at(op.j) + QLatin1Char('\n');
                ++bCount;
            }
        }
        auto range = [](qsizetype startLine, qsizetype count) {
            if (count == 1)
                return QString::number(startLine + 1);
            return QStringLiteral("%1,%2").arg(count == 0 ? startLine : startLine + 1).arg(count);
        };
        out += QStringLiteral("@@ -%1 +%2 @@\n").arg(range(aStart, aCount), range(bStart, bCount)) + body;
        k = end;
    }
    return out;
}

} // namespace

QString ConsolePrinter::diffText(const QVariant &diffValue)
{
    QVariantList diffs = diffValue.typeId() == QMetaType::QVariantList ? diffValue.toList() : QVariantList {diffValue};
    QString out;
    for (const QVariant &entry : std::as_const(diffs)) {
        const QVariantMap diff = entry.toMap();
        if (diff.contains(QStringLiteral("prepared"))) {
            out += diff.value(QStringLiteral("prepared")).toString();
            if (!out.endsWith(QLatin1Char('\n')))
                out += QLatin1Char('\n');
            continue;
        }
        if (!diff.contains(QStringLiteral("before")) && !diff.contains(QStringLiteral("after")))
            continue;
        const QString beforeHeader = diff.value(QStringLiteral("before_header")).toString();
        const QString afterHeader = diff.value(QStringLiteral("after_header")).toString();
        const QString from
            = beforeHeader.isEmpty() ? QStringLiteral("before") : QStringLiteral("before: ") + beforeHeader;
        const QString to = afterHeader.isEmpty() ? QStringLiteral("after") : QStringLiteral("after: ") + afterHeader;
        auto text = [](const QVariant &value) {
            if (jinja::Value::isMap(value) || value.typeId() == QMetaType::QVariantList)
                return AnsibleJson::indented(value) + QLatin1Char('\n');
            return value.toString();
        };
        out += unifiedDiff(diffLines(text(diff.value(QStringLiteral("before")))),
                           diffLines(text(diff.value(QStringLiteral("after")))), from, to);
    }
    return out;
}

QString ConsolePrinter::hostLabel(const PlaybookEvent &event) const
{
    if (event.delegatedTo.isEmpty())
        return event.host;
    return event.host + QStringLiteral(" -> ") + event.delegatedTo;
}

ConsolePrinter::ConsolePrinter(QTextStream *out, QTextStream *err)
    : m_out(out)
    , m_err(err)
{
}

QString ConsolePrinter::banner(const QString &text, int columns)
{
    const QString trimmed = text.trimmed();
    const qsizetype stars = std::max<qsizetype>(3, columns - trimmed.size());
    return trimmed + QLatin1Char(' ') + QString(stars, QLatin1Char('*'));
}

QString ConsolePrinter::recapLine(const QString &host, const HostStats &stats)
{
    auto counter = [](const char *name, int value) {
        return QStringLiteral("%1=%2").arg(QLatin1String(name)).arg(QString::number(value), -4);
    };
    return QStringLiteral("%1 : %2 %3 %4 %5 %6 %7 %8")
        .arg(host, -26)
        .arg(counter("ok", stats.ok), counter("changed", stats.changed), counter("unreachable", stats.unreachable),
             counter("failed", stats.failed), counter("skipped", stats.skipped), counter("rescued", stats.rescued),
             counter("ignored", stats.ignored));
}

void ConsolePrinter::print(const PlaybookEvent &event)
{
    QTextStream &out = *m_out;
    switch (event.type) {
    case PlaybookEvent::Type::PlaybookStarted:
        if (m_verbosity > 0)
            out << "playbook: " << event.playbookPath << '\n';
        break;
    case PlaybookEvent::Type::PlayStarted:
        out << '\n' << banner(QStringLiteral("PLAY [%1]").arg(event.play), m_columns) << '\n';
        // ansible-playbook's words for a play whose pattern matched no host;
        // the run goes on with the next play.
        if (event.hosts.isEmpty())
            out << "skipping: no hosts matched\n";
        break;
    case PlaybookEvent::Type::TaskStarted:
        out << '\n'
            << banner(QStringLiteral("%1 [%2]").arg(
                          event.isHandler ? QStringLiteral("RUNNING HANDLER") : QStringLiteral("TASK"), event.task),
                      m_columns)
            << '\n';
        if (m_verbosity > 1)
            out << "task path: " << event.location.fileAndLine() << '\n';
        break;
    case PlaybookEvent::Type::HostOutput:
        out << event.host << " | " << event.text << '\n';
        break;
    case PlaybookEvent::Type::HostResult:
        printResult(event);
        break;
    case PlaybookEvent::Type::HostRetry: {
        const int retries = event.result.data.value(QStringLiteral("retries")).toInt();
        const int attempts = event.result.data.value(QStringLiteral("attempts")).toInt();
        out << "FAILED - RETRYING: [" << hostLabel(event) << "]: " << event.task << " (" << (retries - attempts)
            << " retries left).";
        if (m_verbosity > 0)
            out << "Result was: " << AnsibleJson::compact(event.result.displayed());
        out << '\n';
        break;
    }
    case PlaybookEvent::Type::Included:
        out << "included: " << event.text << " for " << event.hosts.join(QStringLiteral(", "));
        if (event.result.isItem)
            out << " => (item=" << event.result.itemLabel << ')';
        out << '\n';
        break;
    case PlaybookEvent::Type::NoHostsLeft:
        out << '\n' << banner(QStringLiteral("NO MORE HOSTS LEFT"), m_columns) << '\n';
        break;
    case PlaybookEvent::Type::Warning:
        out.flush();
        *m_err << "[WARNING]: " << event.text << '\n';
        m_err->flush();
        break;
    case PlaybookEvent::Type::PlaybookFinished:
        if (!event.retryFile.isEmpty())
            out << "\tto retry, use: --limit @" << event.retryFile << "\n\n";
        out << '\n' << banner(QStringLiteral("PLAY RECAP"), m_columns) << '\n';
        for (auto it = event.stats.cbegin(); it != event.stats.cend(); ++it)
            out << recapLine(it.key(), it.value()) << '\n';
        out << '\n';
        break;
    }
    out.flush();
}

void ConsolePrinter::printResult(const PlaybookEvent &event)
{
    QTextStream &out = *m_out;
    const TaskResult &result = event.result;
    const QString host = hostLabel(event);
    {
        const QVariant diff = result.data.value(QStringLiteral("diff"));
        if (diff.isValid() && !result.noLog && !result.isLoop) {
            // Ansible's display adds a line of its own after the diff's last newline.
            const QString text = diffText(diff);
            if (!text.isEmpty())
                out << text << '\n';
        }
    }
    QVariantMap shown = result.displayed();
    // Like Ansible's callbacks: a debug message is shown alone; debug var
    // shows the variable without the status flags.
    if (event.module == QLatin1String("debug") && !result.noLog) {
        if (shown.contains(QStringLiteral("msg"))) {
            QVariantMap kept;
            for (const char *key : {"msg", "exception", "warnings", "deprecations"}) {
                if (shown.contains(QLatin1String(key)))
                    kept.insert(QLatin1String(key), shown.value(QLatin1String(key)));
            }
            shown = kept;
        } else {
            for (const char *key : {"changed", "failed", "skipped", "invocation", "skip_reason"})
                shown.remove(QLatin1String(key));
        }
    }
    shown.remove(QStringLiteral("diff"));
    auto details = [&](bool always) -> QString {
        if ((result.verboseAlways && !result.noLog) || m_verbosity > 2)
            return QLatin1String(" => ") + AnsibleJson::indented(shown);
        if (always || m_verbosity > 0)
            return QLatin1String(" => ") + AnsibleJson::compact(shown);
        return {};
    };
    if (result.isItem) {
        const QString item = QStringLiteral("(item=%1)")
                                 .arg(result.noLog ? QStringLiteral("(censored due to no_log)") : result.itemLabel);
        switch (result.status) {
        case TaskResult::Status::Ok:
            out << "ok: [" << host << "] => " << item << details(false) << '\n';
            break;
        case TaskResult::Status::Changed:
            out << "changed: [" << host << "] => " << item << details(false) << '\n';
            break;
        case TaskResult::Status::Skipped:
            out << "skipping: [" << host << "] => " << item << ' ' << details(false) << '\n';
            break;
        case TaskResult::Status::Failed:
            out << "failed: [" << host << "] " << item << details(true) << '\n';
            break;
        case TaskResult::Status::Unreachable:
            out << "fatal: [" << host << "]: UNREACHABLE! " << item << details(true) << '\n';
            break;
        }
        return;
    }
    if (result.isLoop) {
        // The items were printed one by one, as ansible-playbook does.
        if (result.status == TaskResult::Status::Skipped)
            out << "skipping: [" << host << ']' << details(false) << '\n';
        if (result.status == TaskResult::Status::Failed && result.ignored)
            out << "...ignoring\n";
        return;
    }
    switch (result.status) {
    case TaskResult::Status::Ok:
        out << "ok: [" << host << ']' << details(false) << '\n';
        break;
    case TaskResult::Status::Changed:
        out << "changed: [" << host << ']' << details(false) << '\n';
        break;
    case TaskResult::Status::Skipped:
        out << "skipping: [" << host << ']' << details(false) << '\n';
        break;
    case TaskResult::Status::Failed:
        out << "fatal: [" << host << "]: FAILED!" << details(true) << '\n';
        if (result.ignored)
            out << "...ignoring\n";
        break;
    case TaskResult::Status::Unreachable:
        out << "fatal: [" << host << "]: UNREACHABLE!" << details(true) << '\n';
        break;
    }
}

} // namespace antler::playbook
