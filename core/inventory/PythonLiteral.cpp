#include "inventory/PythonLiteral.h"

#include <QRegularExpression>
#include <QVariantList>
#include <QVariantMap>

namespace antler::inventory {

QVariant PythonLiteral::evaluate(const QString &text)
{
    PythonLiteral parser(text);
    // literal_eval refuses leading whitespace (an indentation error).
    if (text.isEmpty() || text.front().isSpace())
        return text;
    QVariant value;
    if (!parser.parseExpression(&value))
        return text;
    parser.skipSpace();
    if (!parser.atEnd())
        return text;
    return value;
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
    while (!atEnd() && (peek() == QLatin1Char(' ') || peek() == QLatin1Char('\t')))
        ++m_pos;
}

bool PythonLiteral::parseExpression(QVariant *out)
{
    skipSpace();
    if (peek() == QLatin1Char('-') || peek() == QLatin1Char('+')) {
        const bool negative = peek() == QLatin1Char('-');
        ++m_pos;
        skipSpace();
        QVariant number;
        if (!parseNumber(&number))
            return false;
        if (negative) {
            if (number.typeId() == QMetaType::LongLong)
                number = -number.toLongLong();
            else
                number = -number.toDouble();
        }
        *out = number;
        return true;
    }
    return parseAtom(out);
}

bool PythonLiteral::parseAtom(QVariant *out)
{
    if (++m_depth > 100)
        return false;
    const QChar c = peek();
    bool ok = false;
    if (c.isDigit() || (c == QLatin1Char('.') && peek(1).isDigit())) {
        ok = parseNumber(out);
    } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')
        || ((c == QLatin1Char('r') || c == QLatin1Char('u') || c == QLatin1Char('R')
                || c == QLatin1Char('U'))
            && (peek(1) == QLatin1Char('\'') || peek(1) == QLatin1Char('"')))) {
        // Adjacent strings concatenate, as in Python.
        QString text;
        while (true) {
            QString part;
            if (!parseString(&part))
                return false;
            text += part;
            skipSpace();
            const QChar next = peek();
            if (next != QLatin1Char('\'') && next != QLatin1Char('"'))
                break;
        }
        *out = text;
        ok = true;
    } else if (c == QLatin1Char('[')) {
        ++m_pos;
        ok = parseSequence(QLatin1Char(']'), out);
    } else if (c == QLatin1Char('(')) {
        ++m_pos;
        ok = parseSequence(QLatin1Char(')'), out);
    } else if (c == QLatin1Char('{')) {
        ++m_pos;
        ok = parseMapping(out);
    } else {
        static const QRegularExpression word(QStringLiteral("\\G[A-Za-z_][A-Za-z0-9_]*"));
        const QRegularExpressionMatch match = word.match(m_text, m_pos);
        if (match.hasMatch()) {
            const QString name = match.captured();
            if (name == QLatin1String("True") || name == QLatin1String("False")) {
                *out = name == QLatin1String("True");
                ok = true;
            } else if (name == QLatin1String("None")) {
                *out = QVariant();
                ok = true;
            }
            if (ok)
                m_pos += name.size();
        }
    }
    --m_depth;
    return ok;
}

bool PythonLiteral::parseNumber(QVariant *out)
{
    static const QRegularExpression number(QStringLiteral(
        "\\G(?:(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+)"
        "|((?:[0-9][0-9_]*)?\\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[0-9][0-9_]*[eE][-+]?[0-9]+)"
        "|([1-9][0-9_]*|0+))(?![A-Za-z0-9_.])"));
    const QRegularExpressionMatch match = number.match(m_text, m_pos);
    if (!match.hasMatch() || match.captured() == QLatin1String("."))
        return false;
    QString text = match.captured();
    if (text.contains(QLatin1String("__")) || text.endsWith(QLatin1Char('_')))
        return false;
    text.remove(QLatin1Char('_'));
    bool ok = false;
    if (match.capturedLength(1) > 0) {
        const QChar base = text.at(1).toLower();
        const int radix = base == QLatin1Char('x') ? 16 : base == QLatin1Char('o') ? 8 : 2;
        *out = text.mid(2).toLongLong(&ok, radix);
    } else if (match.capturedLength(2) > 0) {
        *out = text.toDouble(&ok);
    } else {
        const qlonglong value = text.toLongLong(&ok, 10);
        if (ok)
            *out = value;
        else
            *out = text.toDouble(&ok);
    }
    if (ok)
        m_pos += match.capturedLength();
    return ok;
}

bool PythonLiteral::parseString(QString *out)
{
    bool raw = false;
    if (peek().toLower() == QLatin1Char('r')) {
        raw = true;
        ++m_pos;
    } else if (peek().toLower() == QLatin1Char('u')) {
        ++m_pos;
    }
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
        if (c == QLatin1Char('\\') && m_pos + 1 < m_text.size()) {
            const QChar e = peek(1);
            m_pos += 2;
            if (raw) {
                text += c;
                text += e;
                continue;
            }
            switch (e.unicode()) {
            case 'n':
                text += QLatin1Char('\n');
                break;
            case 't':
                text += QLatin1Char('\t');
                break;
            case 'r':
                text += QLatin1Char('\r');
                break;
            case '0':
                text += QChar(0);
                break;
            case '\\':
                text += QLatin1Char('\\');
                break;
            case '\'':
                text += QLatin1Char('\'');
                break;
            case '"':
                text += QLatin1Char('"');
                break;
            case '\n':
                break;
            case 'x':
            case 'u': {
                const int digits = e == QLatin1Char('x') ? 2 : 4;
                bool ok = false;
                const uint code = m_text.mid(m_pos, digits).toUInt(&ok, 16);
                if (!ok || m_pos + digits > m_text.size())
                    return false;
                text += QChar(char16_t(code));
                m_pos += digits;
                break;
            }
            default:
                text += c;
                text += e;
            }
            continue;
        }
        text += c;
        ++m_pos;
    }
    *out = text;
    return true;
}

bool PythonLiteral::parseSequence(QChar close, QVariant *out)
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
    if (close == QLatin1Char(')') && list.size() == 1 && !sawComma)
        *out = list.constFirst();
    else
        *out = list;
    return true;
}

bool PythonLiteral::parseMapping(QVariant *out)
{
    QVariantMap map;
    while (true) {
        skipSpace();
        if (peek() == QLatin1Char('}')) {
            ++m_pos;
            break;
        }
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
        map.insert(key.toString(), value);
        skipSpace();
        if (peek() == QLatin1Char(',')) {
            ++m_pos;
            continue;
        }
        if (peek() != QLatin1Char('}'))
            return false;
    }
    *out = map;
    return true;
}

} // namespace antler::inventory
