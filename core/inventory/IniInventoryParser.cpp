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

// Why a host line cannot be split into words, as shlex raises it.
enum class SplitError { None, NoClosingQuotation, NoEscapedCharacter };

// shlex's whitespace: nothing else separates words on a host line.
bool isShlexSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r') || c == QLatin1Char('\n');
}

// What Python's str.isspace() accepts, for the str.strip() Ansible applies to
// every line and to both sides of a [group:vars] assignment.
bool isPythonSpace(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x09 && u <= 0x0d) || (u >= 0x1c && u <= 0x20) || u == 0x85 || c.category() == QChar::Separator_Space
        || u == 0x2028 || u == 0x2029;
}

QString pythonStrip(const QString &text, int *leading = nullptr)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isPythonSpace(text.at(begin)))
        ++begin;
    while (end > begin && isPythonSpace(text.at(end - 1)))
        --end;
    if (leading)
        *leading = int(begin);
    return text.mid(begin, end - begin);
}

// Python's str.splitlines(), which Ansible reads the file with: \r, \v, \f,
// \x1c-\x1e, \x85, U+2028 and U+2029 end a line as \n and \r\n do.
QStringList pythonLines(const QString &text)
{
    QStringList lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        const bool breaks = u == 0x0a || u == 0x0b || u == 0x0c || u == 0x0d || (u >= 0x1c && u <= 0x1e) || u == 0x85
            || u == 0x2028 || u == 0x2029;
        if (!breaks)
            continue;
        lines.append(text.mid(start, i - start));
        if (u == 0x0d && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
            ++i;
        start = i + 1;
    }
    if (start < text.size())
        lines.append(text.mid(start));
    return lines;
}

// Python's shlex.split(line, comments=True) in POSIX mode, which Ansible
// splits host lines with: '…' is literal; in "…" a backslash escapes only a
// backslash and "; outside quotes a backslash escapes any character; # outside quotes
// ends the line, even inside a word. *badColumn is where the error is.
SplitError splitWords(const QString &line, int firstColumn, QList<Token> *tokens, int *badColumn)
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
            } else if (quote == QLatin1Char('"') && c == QLatin1Char('\\')) {
                if (i + 1 >= line.size()) {
                    *badColumn = column;
                    return SplitError::NoEscapedCharacter;
                }
                const QChar next = line.at(i + 1);
                if (next != QLatin1Char('"') && next != QLatin1Char('\\'))
                    current.text += c;
                current.text += next;
                ++i;
            } else {
                current.text += c;
            }
            continue;
        }
        if (isShlexSpace(c)) {
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
            if (i + 1 >= line.size()) {
                *badColumn = column;
                return SplitError::NoEscapedCharacter;
            }
            current.text += line.at(++i);
        } else {
            current.text += c;
        }
    }
    if (!quote.isNull()) {
        *badColumn = quoteColumn;
        return SplitError::NoClosingQuotation;
    }
    if (inToken)
        tokens->append(current);
    return SplitError::None;
}

// The value as a Python string literal that literal_eval reads back as
// exactly the value: only \ and ' are escaped, and the characters that would
// end a line for Python (or be unreadable in a file) are written as escapes.
QString pythonStringLiteral(const QString &value)
{
    QString out = QStringLiteral("'");
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (c == QLatin1Char('\\') || c == QLatin1Char('\'')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (u < 0x20 || u == 0x7f) {
            out += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
        } else if (u == 0x85 || u == 0x2028 || u == 0x2029) {
            out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    out += QLatin1Char('\'');
    return out;
}

// A value that both readers take as the very same text, so it needs no quotes.
bool isPlainValue(const QString &value)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./@%:+=-]+\\z"));
    if (!plain.match(value).hasMatch())
        return false;
    const QVariant read = PythonLiteral::evaluate(value);
    return read.typeId() == QMetaType::QString && read.toString() == value;
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
        *error = column > 0 ? QStringLiteral("%1:%2:%3: %4").arg(m_sourceName).arg(line).arg(column).arg(sentence)
                            : QStringLiteral("%1:%2: %3").arg(m_sourceName).arg(line).arg(sentence);
    }
    return false;
}

bool IniInventoryParser::failValue(int line, int column, const QString &key, const QString &problem,
                                   QString *error) const
{
    return fail(line, column,
                tr("the value of “%1” is a Python dict that Ansible rejects (%2); use strings or "
                   "numbers as its keys, or quote the whole value as a Python string to keep it as "
                   "text.")
                    .arg(key, problem),
                error);
}

QString IniInventoryParser::quoteHostValue(const QString &value)
{
    if (isPlainValue(value))
        return value;
    // shlex removes the double quotes and the backslashes before \ and ",
    // leaving the Python literal for literal_eval.
    QString out = QStringLiteral("\"");
    for (const QChar c : pythonStringLiteral(value)) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"'))
            out += QLatin1Char('\\');
        out += c;
    }
    out += QLatin1Char('"');
    return out;
}

QString IniInventoryParser::quoteGroupValue(const QString &value)
{
    return isPlainValue(value) ? value : pythonStringLiteral(value);
}

bool IniInventoryParser::parse(const QByteArray &data, QString *error)
{
    static const QRegularExpression section(QStringLiteral("^\\[([^:\\]\\s]+)(?::(\\w+))?\\]\\s*(?:#.*)?$"));
    static const QRegularExpression groupName(QStringLiteral("^([^:\\]\\s]+)\\s*(?:#.*)?$"));

    QString group = QStringLiteral("ungrouped");
    QString state = QStringLiteral("hosts");
    // Names used in [x:children] or [x:vars] before x has a section of its
    // own: Ansible requires every group to be declared somewhere in the file.
    QHash<QString, Pending> pending;
    QStringList pendingOrder;

    const QStringList lines = pythonLines(QString::fromUtf8(data));
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const int lineNumber = int(index) + 1;
        int leading = 0;
        const QString line = pythonStrip(lines.at(index), &leading);
        const int indent = leading + 1;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
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
                    pending.insert(group, Pending {lineNumber, indent, false, {}});
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
            switch (splitWords(line, indent, &tokens, &badColumn)) {
            case SplitError::None:
                break;
            case SplitError::NoClosingQuotation:
                return fail(lineNumber, badColumn,
                            tr("this quotation mark is never closed, so Ansible rejects the line too; "
                               "close the quoted value on the same line, or write \\' or \\\" for a "
                               "quotation mark that is part of the value."),
                            error);
            case SplitError::NoEscapedCharacter:
                return fail(lineNumber, badColumn,
                            tr("this backslash at the end of the line escapes nothing, so Ansible "
                               "rejects the line too; remove it, or write \\\\ for a backslash that "
                               "is part of the value."),
                            error);
            }
            if (tokens.isEmpty())
                continue;
            QStringList hosts;
            int port = -1;
            QString problem;
            int column = 0;
            if (!HostRange::expand(tokens.first().text, &hosts, &port, &problem, &column))
                return fail(lineNumber, tokens.first().column + qMax(column, 1) - 1, problem, error);
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
                QVariant value;
                QString problem;
                if (!PythonLiteral::evaluate(token.text.mid(equals + 1), &value, &problem))
                    return failValue(lineNumber, token.column, key, problem, error);
                vars.insert(key, value);
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
            const QString key = pythonStrip(line.left(equals));
            if (key.isEmpty()) {
                return fail(lineNumber, indent,
                            tr("“%1” in [%2:vars] has no variable name; write it as KEY=VALUE.").arg(line, group),
                            error);
            }
            int valueStart = 0;
            const QString text = pythonStrip(line.mid(equals + 1), &valueStart);
            QVariant value;
            QString problem;
            if (!PythonLiteral::evaluate(text, &value, &problem)) {
                return failValue(lineNumber, indent + int(equals) + 1 + valueStart, key, problem, error);
            }
            m_inventory->setGroupVar(group, key, value);
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
                    pending.insert(child, Pending {lineNumber, indent, true, {group}});
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
        const QString &name = pendingOrder.constFirst();
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
