#include "inventory/PythonLiteral.h"

#include "inventory/Dict.h"

#include <QLocale>
#include <QRegularExpression>
#include <QVariantList>
#include <QVariantMap>

#include <climits>

namespace antler::inventory {

namespace {

// Python's tokenizer refuses more than this many open brackets at once.
constexpr int MaxNesting = 200;

bool isOctal(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('7');
}

// The key json.dumps writes for a dict key, as ansible-inventory prints it.
QString jsonKey(const QVariant &key)
{
    switch (key.typeId()) {
    case QMetaType::Bool:
        return key.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Double: {
        const QString text = QString::number(key.toDouble(), 'g', 17);
        return text.contains(QLatin1Char('.')) || text.contains(QLatin1Char('e'))
            ? QString::number(key.toDouble(), 'g', QLocale::FloatingPointShortest)
            : text + QLatin1String(".0");
    }
    default:
        return key.isNull() ? QStringLiteral("null") : key.toString();
    }
}

} // namespace

QVariant PythonLiteral::evaluate(const QString &text)
{
    QVariant value;
    QString problem;
    evaluate(text, &value, &problem);
    return value;
}

bool PythonLiteral::evaluate(const QString &text, QVariant *value, QString *problem)
{
    *value = text;
    // literal_eval strips leading spaces and tabs; a NUL makes compile() raise
    // ValueError, so the text stays as it is.
    if (text.contains(QChar(0)))
        return true;
    PythonLiteral parser(text);
    QVariant parsed;
    if (!parser.parseTopLevel(&parsed))
        return true;
    if (!parser.m_problem.isEmpty()) {
        if (problem)
            *problem = parser.m_problem;
        return false;
    }
    *value = parsed;
    return true;
}

PythonLiteral::PythonLiteral(const QString &text)
    : m_text(text)
{
}

QChar PythonLiteral::peek(qsizetype ahead) const
{
    const qsizetype at = m_pos + ahead;
    return at < m_text.size() ? m_text.at(at) : QChar();
}

void PythonLiteral::skipSpace()
{
    while (!atEnd()) {
        const QChar c = peek();
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\f')) {
            ++m_pos;
        } else if (c == QLatin1Char('#')) {
            // A comment runs to the end of the line, and a value is one line.
            while (!atEnd() && peek() != QLatin1Char('\n'))
                ++m_pos;
        } else {
            return;
        }
    }
}

// In eval mode "1, 2" is a tuple without brackets.
bool PythonLiteral::parseTopLevel(QVariant *out)
{
    skipSpace();
    QVariant first;
    if (!parseExpression(&first))
        return false;
    skipSpace();
    if (peek() != QLatin1Char(',')) {
        *out = first;
        return atEnd();
    }
    QVariantList items {first};
    while (peek() == QLatin1Char(',')) {
        ++m_pos;
        skipSpace();
        if (atEnd())
            break;
        QVariant item;
        if (!parseExpression(&item))
            return false;
        items.append(item);
        skipSpace();
    }
    *out = items;
    return atEnd();
}

bool PythonLiteral::parseExpression(QVariant *out)
{
    skipSpace();
    if (peek() != QLatin1Char('-') && peek() != QLatin1Char('+'))
        return parseAtom(out);
    // literal_eval allows one sign before a plain number, which brackets may
    // wrap: -(1) is -1, but --1 and -(1,) are not literals.
    const bool negative = peek() == QLatin1Char('-');
    ++m_pos;
    skipSpace();
    int brackets = 0;
    while (peek() == QLatin1Char('(')) {
        if (m_depth + brackets >= MaxNesting)
            return false;
        ++brackets;
        ++m_pos;
        skipSpace();
    }
    QVariant number;
    if (!parseNumber(&number))
        return false;
    for (; brackets > 0; --brackets) {
        skipSpace();
        if (peek() != QLatin1Char(')'))
            return false;
        ++m_pos;
    }
    if (negative) {
        if (number.typeId() == QMetaType::LongLong && number.toLongLong() != LLONG_MIN)
            number = -number.toLongLong();
        else
            number = -number.toDouble();
    }
    *out = number;
    return true;
}

bool PythonLiteral::parseAtom(QVariant *out)
{
    const QChar c = peek();
    if (c.isDigit() || (c == QLatin1Char('.') && peek(1).isDigit()))
        return parseNumber(out);
    if (c == QLatin1Char('[') || c == QLatin1Char('(') || c == QLatin1Char('{')) {
        if (m_depth >= MaxNesting)
            return false;
        ++m_depth;
        ++m_pos;
        const bool ok = c == QLatin1Char('{')
            ? parseMapping(out)
            : parseSequence(c == QLatin1Char('[') ? QLatin1Char(']') : QLatin1Char(')'), c == QLatin1Char('('), out);
        --m_depth;
        return ok;
    }
    static const QRegularExpression word(QStringLiteral("\\G[A-Za-z_][A-Za-z0-9_]*"));
    const QRegularExpressionMatch match = word.match(m_text, m_pos);
    if (!match.hasMatch())
        return parseStrings(out); // a bare quote
    const QString name = match.captured();
    const QChar after = peek(name.size());
    if (after == QLatin1Char('\'') || after == QLatin1Char('"'))
        return parseStrings(out); // a prefixed string such as r'…' or b"…"
    if (name == QLatin1String("True") || name == QLatin1String("False"))
        *out = name == QLatin1String("True");
    else if (name == QLatin1String("None"))
        *out = QVariant();
    else
        return false;
    m_pos += name.size();
    return true;
}

bool PythonLiteral::parseNumber(QVariant *out)
{
    // Python 3.11's number grammar; underscores only between digits.
#define DIGITS "[0-9](?:_?[0-9])*"
    static const QRegularExpression number(
        QStringLiteral("\\G(?:(0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+)"
                       "|((?:(?:" DIGITS ")?\\." DIGITS "|" DIGITS "\\.)(?:[eE][-+]?" DIGITS ")?"
                       "|" DIGITS "[eE][-+]?" DIGITS ")"
                       "|([1-9](?:_?[0-9])*|0(?:_?0)*))(?![A-Za-z0-9_.])"));
#undef DIGITS
    const QRegularExpressionMatch match = number.match(m_text, m_pos);
    if (!match.hasMatch())
        return false;
    QString text = match.captured();
    text.remove(QLatin1Char('_'));
    bool ok = false;
    if (match.capturedLength(1) > 0) {
        const QChar base = text.at(1).toLower();
        const int radix = base == QLatin1Char('x') ? 16 : base == QLatin1Char('o') ? 8 : 2;
        *out = text.mid(2).toLongLong(&ok, radix);
        if (!ok)
            *out = text.mid(2).toULongLong(&ok, radix) * 1.0;
    } else if (match.capturedLength(2) > 0) {
        *out = text.toDouble(&ok);
    } else {
        *out = text.toLongLong(&ok, 10);
        if (!ok)
            *out = text.toDouble(&ok); // a Python int beyond 64 bits
    }
    if (ok)
        m_pos += match.capturedLength();
    return ok;
}

// One or more adjacent string literals, which Python concatenates; bytes and
// text do not mix.
bool PythonLiteral::parseStrings(QVariant *out)
{
    QString text;
    bool first = true;
    bool bytes = false;
    while (true) {
        QString part;
        bool partBytes = false;
        if (!parseString(&part, &partBytes))
            return false;
        if (!first && partBytes != bytes)
            return false;
        bytes = partBytes;
        first = false;
        text += part;
        skipSpace();
        static const QRegularExpression prefix(QStringLiteral("\\G[A-Za-z]{0,2}['\"]"));
        if (!prefix.match(m_text, m_pos).hasMatch())
            break;
    }
    // Ansible turns bytes into text (to_text) like any other string.
    *out = text;
    return true;
}

bool PythonLiteral::parseString(QString *out, bool *bytes)
{
    bool raw = false;
    *bytes = false;
    qsizetype prefixLength = 0;
    while (peek(prefixLength).isLetter())
        ++prefixLength;
    const QString prefix = m_text.mid(m_pos, prefixLength).toLower();
    static const QStringList prefixes {QString(),           QStringLiteral("r"),  QStringLiteral("u"),
                                       QStringLiteral("b"), QStringLiteral("br"), QStringLiteral("rb")};
    // f-strings are JoinedStr nodes, which literal_eval refuses.
    if (!prefixes.contains(prefix))
        return false;
    raw = prefix.contains(QLatin1Char('r'));
    *bytes = prefix.contains(QLatin1Char('b'));
    m_pos += prefixLength;
    const QChar quote = peek();
    if (quote != QLatin1Char('\'') && quote != QLatin1Char('"'))
        return false;
    const bool triple = peek(1) == quote && peek(2) == quote;
    m_pos += triple ? 3 : 1;
    QString text;
    while (true) {
        if (atEnd())
            return false;
        const QChar c = peek();
        if (c == quote && (!triple || (peek(1) == quote && peek(2) == quote))) {
            m_pos += triple ? 3 : 1;
            break;
        }
        if (c == QLatin1Char('\n') && !triple)
            return false;
        if (*bytes && c.unicode() > 0x7f)
            return false; // bytes can only contain ASCII literal characters
        if (c == QLatin1Char('\\')) {
            if (m_pos + 1 >= m_text.size())
                return false;
            if (raw) {
                text += c;
                text += peek(1);
                m_pos += 2;
                continue;
            }
            ++m_pos;
            if (!parseEscape(*bytes, &text))
                return false;
            continue;
        }
        text += c;
        ++m_pos;
    }
    *out = text;
    return true;
}

// m_pos is just after a backslash in a non-raw string.
bool PythonLiteral::parseEscape(bool bytes, QString *text)
{
    const QChar e = peek();
    ++m_pos;
    switch (e.unicode()) {
    case '\n':
        return true;
    case '\\':
    case '\'':
    case '"':
        *text += e;
        return true;
    case 'a':
        *text += QChar(0x07);
        return true;
    case 'b':
        *text += QChar(0x08);
        return true;
    case 'f':
        *text += QChar(0x0c);
        return true;
    case 'n':
        *text += QLatin1Char('\n');
        return true;
    case 'r':
        *text += QLatin1Char('\r');
        return true;
    case 't':
        *text += QLatin1Char('\t');
        return true;
    case 'v':
        *text += QChar(0x0b);
        return true;
    default:
        break;
    }
    if (isOctal(e)) {
        uint code = e.unicode() - '0';
        for (int i = 0; i < 2 && isOctal(peek()); ++i, ++m_pos)
            code = code * 8 + (peek().unicode() - '0');
        if (bytes && code > 0xff)
            return false;
        *text += QChar(char16_t(code));
        return true;
    }
    const int digits = e == QLatin1Char('x') ? 2
        : bytes                              ? 0
        : e == QLatin1Char('u')              ? 4
        : e == QLatin1Char('U')              ? 8
                                             : 0;
    if (digits > 0) {
        static const QRegularExpression hex(QStringLiteral("\\G[0-9a-fA-F]+"));
        const QRegularExpressionMatch match = hex.match(m_text, m_pos);
        if (!match.hasMatch() || match.capturedLength() < digits)
            return false;
        const uint code = m_text.mid(m_pos, digits).toUInt(nullptr, 16);
        if (code > 0x10ffff)
            return false;
        *text += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        m_pos += digits;
        return true;
    }
    // \N{NAME} needs Unicode's name table, which Qt does not carry: leave the
    // whole value as text rather than guess.
    if (e == QLatin1Char('N') && !bytes)
        return false;
    // An unknown escape keeps its backslash.
    *text += QLatin1Char('\\');
    *text += e;
    return true;
}

bool PythonLiteral::parseSequence(QChar close, bool isTuple, QVariant *out)
{
    QVariantList list;
    bool sawComma = false;
    while (true) {
        skipSpace();
        if (peek() == close) {
            ++m_pos;
            break;
        }
        QVariant item;
        if (!parseExpression(&item))
            return false;
        list.append(item);
        skipSpace();
        if (peek() == QLatin1Char(',')) {
            ++m_pos;
            sawComma = true;
            continue;
        }
        if (peek() != close)
            return false;
    }
    // "(1)" is just 1 in Python; "(1,)" is a tuple.
    if (isTuple && list.size() == 1 && !sawComma)
        *out = list.constFirst();
    else
        *out = list;
    return true;
}

bool PythonLiteral::parseMapping(QVariant *out)
{
    Dict map;
    while (true) {
        skipSpace();
        if (peek() == QLatin1Char('}')) {
            ++m_pos;
            break;
        }
        const QChar opening = peek();
        QVariant key;
        if (!parseExpression(&key))
            return false;
        skipSpace();
        if (peek() != QLatin1Char(':'))
            return false; // a set, which an inventory has no use for
        ++m_pos;
        QVariant value;
        if (!parseExpression(&value))
            return false;
        // dict() raises TypeError for a list or dict key (a tuple holding
        // one too, which an inventory never needs: not checked).
        if (m_problem.isEmpty() && (opening == QLatin1Char('[') || opening == QLatin1Char('{')))
            m_problem = tr("a list or dict cannot be a dict key");
        map.insert(jsonKey(key), value);
        skipSpace();
        if (peek() == QLatin1Char(',')) {
            ++m_pos;
            continue;
        }
        if (peek() != QLatin1Char('}'))
            return false;
    }
    *out = map.toVariant();
    return true;
}

} // namespace antler::inventory
