#include "playbook/modules/IniFile.h"

#include "playbook/modules/TextLines.h"

#include <QRegularExpression>

namespace antler::playbook {

namespace {

// ini_file's match_opt (commented-out options too) and match_active_opt.
QRegularExpressionMatch matchOption(const QString &option, const QString &line, bool activeOnly)
{
    const QRegularExpression pattern(
        QStringLiteral("\\A%1( |\\t)*(%2)( |\\t)*(=|$)( |\\t)*(.*)")
            .arg(activeOnly ? QString() : QStringLiteral("[#;]?"), QRegularExpression::escape(option)));
    // Python's re.match: anchored at the start, "$" also before a final newline.
    QString subject = line;
    if (subject.endsWith(QLatin1Char('\n')))
        subject.chop(1);
    return pattern.match(subject);
}

QString matchedValue(const QRegularExpressionMatch &match)
{
    return match.captured(match.lastCapturedIndex() >= 6 ? 6 : match.lastCapturedIndex());
}

} // namespace

IniFile::Outcome IniFile::edit(const QByteArray &original, const Request &request)
{
    Outcome outcome;
    outcome.message = QStringLiteral("OK");
    QString text = QString::fromUtf8(original);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    QStringList lines = TextLines::afterNewlines(text);
    QStringList values;
    for (const QString &value : request.values) {
        if (!values.contains(value))
            values.append(value);
    }
    const QString &option = request.option;
    bool changed = false;
    if (lines.isEmpty())
        lines.append(QStringLiteral("\n"));
    if (lines.last().isEmpty() || !lines.last().endsWith(QLatin1Char('\n'))) {
        lines.last() += QLatin1Char('\n');
        changed = true;
    }
    const QString fake = QStringLiteral("ad01e11446efb704fcdbdb21f2c43757423d91c5");
    lines.prepend(QStringLiteral("[%1]").arg(fake));
    lines.append(QStringLiteral("["));
    const QString section = request.section.isEmpty() ? fake : request.section;
    const QString format = request.noExtraSpaces ? QStringLiteral("%1=%2\n") : QStringLiteral("%1 = %2\n");
    bool optionNoValuePresent = false;
    static const QRegularExpression blankOrComment(QStringLiteral("\\A[ \\t]*([#;].*)?$"));

    bool within = false;
    qsizetype sectionStart = 0;
    qsizetype sectionEnd = 0;
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const QString &line = lines.at(index);
        if (line.startsWith(QLatin1Char('[') + section + QLatin1Char(']'))) {
            within = true;
            sectionStart = index;
        } else if (line.startsWith(QLatin1Char('['))) {
            if (within) {
                sectionEnd = index;
                break;
            }
        }
    }
    const QStringList before = lines.mid(0, sectionStart);
    QStringList sectionLines = lines.mid(sectionStart, sectionEnd - sectionStart);
    const QStringList after = lines.mid(sectionEnd);
    QList<int> changedLines(sectionLines.size(), 0);
    const auto update = [&](qsizetype index, const QString &newLine) {
        if (sectionLines.at(index) != newLine) {
            changed = true;
            outcome.message = QStringLiteral("option changed");
        }
        sectionLines[index] = newLine;
        changedLines[index] = 1;
    };

    if (request.present && !option.isEmpty()) {
        for (qsizetype index = 0; index < sectionLines.size(); ++index) {
            const QRegularExpressionMatch match = matchOption(option, sectionLines.at(index), false);
            if (!match.hasMatch())
                continue;
            const QString value = matchedValue(match);
            if (!values.isEmpty() && values.contains(value)) {
                if (value.isEmpty() && request.allowNoValue) {
                    update(index, option + QLatin1Char('\n'));
                    optionNoValuePresent = true;
                } else {
                    update(index, format.arg(option, value));
                }
                values.removeOne(value);
            } else if (values.isEmpty() && request.allowNoValue) {
                update(index, option + QLatin1Char('\n'));
                optionNoValuePresent = true;
                break;
            }
        }
    }
    if (request.present && request.exclusive && !request.allowNoValue) {
        if (!values.isEmpty()) {
            for (qsizetype index = 0; index < sectionLines.size(); ++index) {
                if (!changedLines.at(index) && matchOption(option, sectionLines.at(index), false).hasMatch()) {
                    update(index, format.arg(option, values.takeFirst()));
                    if (values.isEmpty())
                        break;
                }
            }
        }
        for (qsizetype index = sectionLines.size() - 1; index > 0; --index) {
            if (!changedLines.at(index) && matchOption(option, sectionLines.at(index), false).hasMatch()) {
                sectionLines.removeAt(index);
                changedLines.removeAt(index);
                changed = true;
                outcome.message = QStringLiteral("option changed");
            }
        }
    }
    if (request.present) {
        for (qsizetype index = sectionLines.size(); index > 0; --index) {
            if (blankOrComment
                    .match(sectionLines.at(index - 1).chopped(
                        sectionLines.at(index - 1).endsWith(QLatin1Char('\n')) ? 1 : 0))
                    .hasMatch())
                continue;
            if (!option.isEmpty() && !values.isEmpty()) {
                for (qsizetype v = values.size() - 1; v >= 0; --v)
                    sectionLines.insert(index, format.arg(option, values.at(v)));
                outcome.message = QStringLiteral("option added");
                changed = true;
            } else if (!option.isEmpty() && values.isEmpty() && request.allowNoValue && !optionNoValuePresent) {
                sectionLines.insert(index, option + QLatin1Char('\n'));
                outcome.message = QStringLiteral("option added");
                changed = true;
            }
            break;
        }
    } else {
        if (!option.isEmpty()) {
            QStringList kept;
            for (const QString &line : std::as_const(sectionLines)) {
                const QRegularExpressionMatch match = matchOption(option, line, true);
                const bool drop = match.hasMatch() && (request.exclusive || values.contains(matchedValue(match)));
                if (!drop)
                    kept.append(line);
            }
            if ((request.exclusive || !values.isEmpty()) && kept != sectionLines) {
                changed = true;
                outcome.message = QStringLiteral("option changed");
                sectionLines = kept;
            }
        } else if (!sectionLines.isEmpty()) {
            sectionLines.clear();
            outcome.message = QStringLiteral("section removed");
            changed = true;
        }
    }
    lines = before + sectionLines + after;
    lines.removeFirst();
    lines.removeLast();
    if (!within && request.present) {
        lines.append(QStringLiteral("[%1]\n").arg(section));
        outcome.message = QStringLiteral("section and option added");
        if (!option.isEmpty() && !values.isEmpty()) {
            for (const QString &value : std::as_const(values))
                lines.append(format.arg(option, value));
        } else if (!option.isEmpty() && values.isEmpty() && request.allowNoValue) {
            lines.append(option + QLatin1Char('\n'));
        } else {
            outcome.message = QStringLiteral("only section added");
        }
        changed = true;
    }
    outcome.changed = changed;
    outcome.content = lines.join(QString()).toUtf8();
    return outcome;
}

} // namespace antler::playbook
