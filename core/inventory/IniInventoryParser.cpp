#include "inventory/IniInventoryParser.h"

#include "inventory/HostRange.h"
#include "inventory/Inventory.h"
#include "inventory/PythonLiteral.h"

#include <QHash>
#include <QRegularExpression>

namespace antler::inventory {

namespace {

struct Token
{
    QString text;
    int column = 0; // 1-based, in the line as written
};

// POSIX shell-like splitting with # comments, as Python's shlex.split does
// for Ansible's host lines: quotes group, backslashes escape.
bool splitWords(const QString &line, int firstColumn, QList<Token> *tokens, int *badColumn)
{
    Token current;
    bool inToken = false;
    QChar quote;
    int quoteColumn = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        const int column = firstColumn + int(i);
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            } else if (quote == QLatin1Char('"') && c == QLatin1Char('\\') && i + 1 < line.size()
                && (line.at(i + 1) == QLatin1Char('"') || line.at(i + 1) == QLatin1Char('\\'))) {
                current.text += line.at(++i);
            } else {
                current.text += c;
            }
            continue;
        }
        if (c.isSpace()) {
            if (inToken)
                tokens->append(current);
            current = Token();
            inToken = false;
            continue;
        }
        if (c == QLatin1Char('#'))
            break;
        if (!inToken) {
            inToken = true;
            current.column = column;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            quoteColumn = column;
        } else if (c == QLatin1Char('\\')) {
            if (i + 1 < line.size())
                current.text += line.at(++i);
        } else {
            current.text += c;
        }
    }
    if (!quote.isNull()) {
        *badColumn = quoteColumn;
        return false;
    }
    if (inToken)
        tokens->append(current);
    return true;
}

struct Pending
{
    int line = 0;
    int column = 0;
    bool children = false; // else a [NAME:vars] section
    QStringList parents;
};

} // namespace

IniInventoryParser::IniInventoryParser(Inventory *inventory, const QString &sourceName)
    : m_inventory(inventory)
    , m_sourceName(sourceName)
{
}

bool IniInventoryParser::fail(int line, int column, const QString &sentence, QString *error) const
{
    if (error) {
        *error = column > 0
            ? QStringLiteral("%1:%2:%3: %4").arg(m_sourceName).arg(line).arg(column).arg(sentence)
            : QStringLiteral("%1:%2: %3").arg(m_sourceName).arg(line).arg(sentence);
    }
    return false;
}

bool IniInventoryParser::parse(const QByteArray &data, QString *error)
{
    static const QRegularExpression section(
        QStringLiteral("^\\[([^:\\]\\s]+)(?::(\\w+))?\\]\\s*(?:#.*)?$"));
    static const QRegularExpression groupName(QStringLiteral("^([^:\\]\\s]+)\\s*(?:#.*)?$"));

    QString group = QStringLiteral("ungrouped");
    QString state = QStringLiteral("hosts");
    // Names used in [x:children] or [x:vars] before x has a section of its
    // own: Ansible requires every group to be declared somewhere in the file.
    QHash<QString, Pending> pending;
    QStringList pendingOrder;

    const QStringList lines = QString::fromUtf8(data).split(QLatin1Char('\n'));
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const int lineNumber = int(index) + 1;
        const QString &raw = lines.at(index);
        const QString line = raw.trimmed();
        const int indent = int(raw.indexOf(line.isEmpty() ? QString() : line.left(1))) + 1;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))
            || line.startsWith(QLatin1Char(';')))
            continue;

        if (const QRegularExpressionMatch m = section.match(line); m.hasMatch()) {
            group = m.captured(1);
            state = m.captured(2).isEmpty() ? QStringLiteral("hosts") : m.captured(2);
            if (state != QLatin1String("hosts") && state != QLatin1String("children")
                && state != QLatin1String("vars")) {
                return fail(lineNumber, indent + int(m.capturedStart(2)),
                    tr("the section type “%1” is unknown; write [%2], [%2:children] or "
                       "[%2:vars].")
                        .arg(state, group),
                    error);
            }
            if (!m_inventory->hasGroup(group)) {
                if (state == QLatin1String("vars") && !pending.contains(group)) {
                    pending.insert(group, Pending { lineNumber, indent, false, {} });
                    pendingOrder.append(group);
                }
                m_inventory->addGroup(group);
            }
            if (state != QLatin1String("vars") && pending.contains(group)) {
                const Pending declared = pending.take(group);
                pendingOrder.removeAll(group);
                if (declared.children) {
                    // Ansible links a child named before its own section
                    // once the section appears.
                    for (const QString &parent : declared.parents) {
                        if (!m_inventory->addChildGroup(parent, group)) {
                            return fail(declared.line, declared.column,
                                tr("adding the group “%1” to “%2” makes a group its own "
                                   "ancestor; remove one of the two [:children] entries.")
                                    .arg(group, parent),
                                error);
                        }
                    }
                }
            }
            continue;
        }
        if (line.startsWith(QLatin1Char('['))) {
            if (!line.endsWith(QLatin1Char(']')) && !line.contains(QLatin1Char(']'))) {
                return fail(lineNumber, indent,
                    tr("the section header “%1” has no closing bracket; write it as "
                       "[NAME].")
                        .arg(line),
                    error);
            }
            if (line.endsWith(QLatin1Char(']')) || line.contains(QLatin1Char(' '))
                || line.contains(QLatin1Char('\t'))) {
                return fail(lineNumber, indent,
                    tr("the section header “%1” is not valid; write [NAME], [NAME:children] "
                       "or [NAME:vars] without spaces.")
                        .arg(line),
                    error);
            }
        }

        if (state == QLatin1String("hosts")) {
            QList<Token> tokens;
            int badColumn = 0;
            if (!splitWords(raw, 1, &tokens, &badColumn)) {
                return fail(lineNumber, badColumn,
                    tr("this quotation mark is never closed; close the quoted value on the "
                       "same line."),
                    error);
            }
            if (tokens.isEmpty())
                continue;
            QStringList hosts;
            int port = -1;
            QString problem;
            int column = 0;
            if (!HostRange::expand(tokens.first().text, &hosts, &port, &problem, &column))
                return fail(
                    lineNumber, tokens.first().column + qMax(column, 1) - 1, problem, error);
            if (tokens.first().text.trimmed() == QLatin1String("---")) {
                return fail(lineNumber, tokens.first().column,
                    tr("“---” starts a YAML document, not an INI host; name the file "
                       "with a .yml extension or remove the line."),
                    error);
            }
            QVariantMap vars;
            QStringList keys;
            for (qsizetype t = 1; t < tokens.size(); ++t) {
                const Token &token = tokens.at(t);
                const qsizetype equals = token.text.indexOf(QLatin1Char('='));
                if (equals < 0) {
                    return fail(lineNumber, token.column,
                        tr("“%1” after the host “%2” is not KEY=VALUE; write host "
                           "variables as KEY=VALUE, quoting values with spaces.")
                            .arg(token.text, tokens.first().text),
                        error);
                }
                if (equals == 0) {
                    return fail(lineNumber, token.column,
                        tr("“%1” after the host “%2” has no variable name; write it as "
                           "KEY=VALUE.")
                            .arg(token.text, tokens.first().text),
                        error);
                }
                const QString key = token.text.left(equals);
                vars.insert(key, PythonLiteral::evaluate(token.text.mid(equals + 1)));
                keys.append(key);
            }
            for (const QString &host : hosts) {
                m_inventory->addHost(host);
                m_inventory->addHostToGroup(host, group);
                if (port > 0)
                    m_inventory->setHostVar(host, QStringLiteral("ansible_port"), port);
                for (const QString &key : keys)
                    m_inventory->setHostVar(host, key, vars.value(key));
            }
        } else if (state == QLatin1String("vars")) {
            const qsizetype equals = line.indexOf(QLatin1Char('='));
            if (equals < 0) {
                return fail(lineNumber, indent,
                    tr("“%1” in [%2:vars] is not KEY=VALUE; write one variable per line as "
                       "KEY=VALUE.")
                        .arg(line, group),
                    error);
            }
            const QString key = line.left(equals).trimmed();
            if (key.isEmpty()) {
                return fail(lineNumber, indent,
                    tr("“%1” in [%2:vars] has no variable name; write it as KEY=VALUE.")
                        .arg(line, group),
                    error);
            }
            m_inventory->setGroupVar(
                group, key, PythonLiteral::evaluate(line.mid(equals + 1).trimmed()));
        } else {
            const QRegularExpressionMatch m = groupName.match(line);
            if (!m.hasMatch()) {
                return fail(lineNumber, indent,
                    tr("“%1” in [%2:children] is not a group name; write one group name per "
                       "line, without spaces or colons.")
                        .arg(line, group),
                    error);
            }
            const QString child = m.captured(1);
            if (!m_inventory->hasGroup(child)) {
                auto it = pending.find(child);
                if (it == pending.end()) {
                    pending.insert(child, Pending { lineNumber, indent, true, { group } });
                    pendingOrder.append(child);
                } else {
                    it->parents.append(group);
                }
            } else if (!m_inventory->addChildGroup(group, child)) {
                return fail(lineNumber, indent,
                    tr("adding the group “%1” to “%2” makes a group its own ancestor; remove "
                       "this line or the entry that makes “%2” a child of “%1”.")
                        .arg(child, group),
                    error);
            }
        }
    }

    if (!pendingOrder.isEmpty()) {
        const QString name = pendingOrder.constFirst();
        const Pending &declared = pending[name];
        if (declared.children) {
            return fail(declared.line, declared.column,
                tr("[%1:children] names the group “%2”, which is not defined anywhere; add "
                   "a [%2] section or remove the line.")
                    .arg(declared.parents.constLast(), name),
                error);
        }
        return fail(declared.line, declared.column,
            tr("[%1:vars] sets variables of the group “%1”, which is not defined anywhere; "
               "add a [%1] section above or below it.")
                .arg(name),
            error);
    }
    return true;
}

} // namespace antler::inventory
