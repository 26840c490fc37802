#include "playbook/jinja/Lexer.h"

#include <QCoreApplication>

namespace antler::playbook::jinja {

namespace {

constexpr int MaximumTokens = 1000000;

QString tr(const char *text)
{
    return QCoreApplication::translate("antler::playbook::jinja::Lexer", text);
}

bool isNameStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r')
        || c == QLatin1Char('\f') || c == QLatin1Char('\v');
}

class Scanner
{
public:
    Scanner(const QString &source, const Lexer::Options &options, QList<Token> *tokens)
        : m_source(source)
        , m_options(options)
        , m_tokens(tokens)
    {
    }

    bool run(QString *error, int *errorPosition);

private:
    enum class Tag { Variable, Block, Comment };

    QChar at(int i) const { return i < m_source.size() ? m_source.at(i) : QChar(); }
    bool startsWith(int i, QLatin1StringView text) const { return QStringView(m_source).mid(i).startsWith(text); }
    void emitData(QString data, int position);
    bool lexTag(Tag tag, int start, int *next, QString *error, int *errorPosition);
    bool lexString(int *i, bool literal, QString *error, int *errorPosition);
    void lexNumber(int *i);
    bool tryRaw(int start, int *next, QString *error, int *errorPosition);

    const QString &m_source;
    const Lexer::Options &m_options;
    QList<Token> *m_tokens;
    bool m_stripNext = false; // a "-" ended the previous tag
    bool m_trimNewline = false; // trim_blocks after a block or comment tag
};

void Scanner::emitData(QString data, int position)
{
    if (m_stripNext) {
        int i = 0;
        while (i < data.size() && isSpace(data.at(i)))
            ++i;
        data.remove(0, i);
        position += i;
    } else if (m_trimNewline) {
        if (data.startsWith(QLatin1Char('\n'))) {
            data.remove(0, 1);
            ++position;
        } else if (data.startsWith(QLatin1String("\r\n"))) {
            data.remove(0, 2);
            position += 2;
        }
    }
    m_stripNext = false;
    m_trimNewline = false;
    if (data.isEmpty())
        return;
    Token token;
    token.type = Token::Type::Data;
    token.text = data;
    token.position = position;
    m_tokens->append(token);
}

bool Scanner::run(QString *error, int *errorPosition)
{
    int pos = 0;
    const int size = int(m_source.size());
    while (pos <= size) {
        int tagStart = -1;
        Tag tag = Tag::Variable;
        for (int i = int(m_source.indexOf(QLatin1Char('{'), pos)); i >= 0 && i + 1 < size;
             i = int(m_source.indexOf(QLatin1Char('{'), i + 1))) {
            const QChar c = m_source.at(i + 1);
            if (c == QLatin1Char('{') || c == QLatin1Char('%') || c == QLatin1Char('#')) {
                tagStart = i;
                tag = c == QLatin1Char('{') ? Tag::Variable : (c == QLatin1Char('%') ? Tag::Block : Tag::Comment);
                break;
            }
        }
        if (tagStart < 0) {
            emitData(m_source.mid(pos), pos);
            return true;
        }
        QString data = m_source.mid(pos, tagStart - pos);
        const QChar modifier = at(tagStart + 2);
        if (modifier == QLatin1Char('-')) {
            while (!data.isEmpty() && isSpace(data.back()))
                data.chop(1);
        } else if (modifier != QLatin1Char('+') && m_options.lstripBlocks && tag != Tag::Variable) {
            int i = tagStart;
            while (i > pos && (m_source.at(i - 1) == QLatin1Char(' ') || m_source.at(i - 1) == QLatin1Char('\t')))
                --i;
            if (i == 0 || m_source.at(i - 1) == QLatin1Char('\n'))
                data.chop(tagStart - i);
        }
        emitData(data, pos);

        if (tag == Tag::Block) {
            int next = 0;
            const int before = int(m_tokens->size());
            if (!tryRaw(tagStart, &next, error, errorPosition))
                return false;
            if (int(m_tokens->size()) != before || next > 0) {
                pos = next;
                continue;
            }
        }
        int next = 0;
        if (!lexTag(tag, tagStart, &next, error, errorPosition))
            return false;
        if (m_tokens->size() > MaximumTokens) {
            *error = tr("the template is too long");
            *errorPosition = tagStart;
            return false;
        }
        pos = next;
        if (pos >= size)
            return true;
    }
    return true;
}

// {% raw %}…{% endraw %} is text, tags and all.
bool Scanner::tryRaw(int start, int *next, QString *error, int *errorPosition)
{
    *next = 0;
    int i = start + 2;
    if (at(i) == QLatin1Char('-') || at(i) == QLatin1Char('+'))
        ++i;
    while (i < m_source.size() && isSpace(m_source.at(i)))
        ++i;
    if (!startsWith(i, QLatin1String("raw")) || isNameChar(at(i + 3)))
        return true;
    i += 3;
    while (i < m_source.size() && isSpace(m_source.at(i)))
        ++i;
    bool strip = false;
    if (at(i) == QLatin1Char('-')) {
        strip = true;
        ++i;
    }
    if (!startsWith(i, QLatin1String("%}")))
        return true;
    const int bodyStart = i + 2;
    // Find {%[-+]? endraw [-]?%}
    for (int j = int(m_source.indexOf(QLatin1String("{%"), bodyStart)); j >= 0;
         j = int(m_source.indexOf(QLatin1String("{%"), j + 2))) {
        int k = j + 2;
        const bool stripBefore = at(k) == QLatin1Char('-');
        if (stripBefore || at(k) == QLatin1Char('+'))
            ++k;
        while (k < m_source.size() && isSpace(m_source.at(k)))
            ++k;
        if (!startsWith(k, QLatin1String("endraw")) || isNameChar(at(k + 6)))
            continue;
        k += 6;
        while (k < m_source.size() && isSpace(m_source.at(k)))
            ++k;
        bool stripAfter = false;
        if (at(k) == QLatin1Char('-')) {
            stripAfter = true;
            ++k;
        }
        if (!startsWith(k, QLatin1String("%}")))
            continue;
        QString body = m_source.mid(bodyStart, j - bodyStart);
        m_stripNext = strip;
        m_trimNewline = !strip && m_options.trimBlocks;
        if (stripBefore)
            while (!body.isEmpty() && isSpace(body.back()))
                body.chop(1);
        Token token;
        token.type = Token::Type::Data;
        token.text = body;
        token.position = bodyStart;
        if (m_stripNext || m_trimNewline) {
            emitData(body, bodyStart);
        } else if (!body.isEmpty()) {
            m_tokens->append(token);
        }
        *next = k + 2;
        m_stripNext = stripAfter;
        m_trimNewline = !stripAfter && m_options.trimBlocks;
        return true;
    }
    *error = tr("unexpected end of template; the {% raw %} block needs {% endraw %}");
    *errorPosition = start;
    return false;
}

bool Scanner::lexString(int *i, bool literal, QString *error, int *errorPosition)
{
    const int start = *i;
    const QChar quote = m_source.at(start);
    QString value;
    int j = start + 1;
    while (j < m_source.size()) {
        const QChar c = m_source.at(j);
        if (c == quote) {
            Token token;
            token.type = Token::Type::String;
            token.value = value;
            token.text = m_source.mid(start, j + 1 - start);
            token.position = start;
            m_tokens->append(token);
            *i = j + 1;
            return true;
        }
        if (c == QLatin1Char('\\') && j + 1 < m_source.size()) {
            const QChar e = m_source.at(j + 1);
            j += 2;
            if (literal && e != quote) {
                value += c;
                value += e;
                continue;
            }
            switch (e.unicode()) {
            case 'n':
                value += QLatin1Char('\n');
                break;
            case 't':
                value += QLatin1Char('\t');
                break;
            case 'r':
                value += QLatin1Char('\r');
                break;
            case '0':
                value += QChar(0);
                break;
            case '\\':
                value += QLatin1Char('\\');
                break;
            case '\'':
                value += QLatin1Char('\'');
                break;
            case '"':
                value += QLatin1Char('"');
                break;
            case '\n':
                break;
            case 'x':
            case 'u': {
                const int digits = e == QLatin1Char('x') ? 2 : 4;
                bool ok = false;
                const uint code = m_source.mid(j, digits).toUInt(&ok, 16);
                if (ok && j + digits <= m_source.size()) {
                    value += QChar(char16_t(code));
                    j += digits;
                } else {
                    value += QLatin1Char('\\');
                    value += e;
                }
                break;
            }
            default:
                // Python keeps unknown escapes as written, e.g. "\d" in a regex.
                value += QLatin1Char('\\');
                value += e;
            }
            continue;
        }
        value += c;
        ++j;
    }
    *error = tr("unterminated string");
    *errorPosition = start;
    return false;
}

void Scanner::lexNumber(int *i)
{
    const int start = *i;
    int j = start;
    auto digits = [&] {
        while (j < m_source.size()
               && (m_source.at(j).isDigit()
                   || (m_source.at(j) == QLatin1Char('_') && j + 1 < m_source.size() && m_source.at(j + 1).isDigit())))
            ++j;
    };
    digits();
    bool isFloat = false;
    if (at(j) == QLatin1Char('.') && at(j + 1).isDigit()) {
        isFloat = true;
        ++j;
        digits();
    }
    if ((at(j) == QLatin1Char('e') || at(j) == QLatin1Char('E'))
        && (at(j + 1).isDigit()
            || ((at(j + 1) == QLatin1Char('+') || at(j + 1) == QLatin1Char('-')) && at(j + 2).isDigit()))) {
        isFloat = true;
        j += 2;
        digits();
    }
    QString text = m_source.mid(start, j - start);
    text.remove(QLatin1Char('_'));
    Token token;
    token.position = start;
    token.text = m_source.mid(start, j - start);
    bool ok = false;
    if (!isFloat) {
        const qint64 number = text.toLongLong(&ok);
        if (ok) {
            token.type = Token::Type::Integer;
            token.value = number;
        }
    }
    if (!ok) {
        token.type = Token::Type::Float;
        token.value = text.toDouble();
    }
    m_tokens->append(token);
    *i = j;
}

bool Scanner::lexTag(Tag tag, int start, int *next, QString *error, int *errorPosition)
{
    int i = start + 2;
    if (tag == Tag::Comment) {
        const int end = int(m_source.indexOf(QLatin1String("#}"), i));
        if (end < 0) {
            *error = tr("unexpected end of template; the comment needs a closing #}");
            *errorPosition = start;
            return false;
        }
        const bool strip = end > i && m_source.at(end - 1) == QLatin1Char('-');
        const bool keep = end > i && m_source.at(end - 1) == QLatin1Char('+');
        *next = end + 2;
        m_stripNext = strip;
        m_trimNewline = !strip && !keep && m_options.trimBlocks;
        return true;
    }
    if (at(i) == QLatin1Char('-') || at(i) == QLatin1Char('+'))
        ++i;
    Token begin;
    begin.type = tag == Tag::Variable ? Token::Type::VariableBegin : Token::Type::BlockBegin;
    begin.position = start;
    begin.text = tag == Tag::Variable ? QStringLiteral("{{") : QStringLiteral("{%");
    m_tokens->append(begin);
    const QLatin1StringView closer = tag == Tag::Variable ? QLatin1String("}}") : QLatin1String("%}");
    QString brackets;
    while (true) {
        while (i < m_source.size() && isSpace(m_source.at(i)))
            ++i;
        if (i >= m_source.size()) {
            *error = tr("unexpected end of template; expected '%1'").arg(closer);
            *errorPosition = i;
            return false;
        }
        if (brackets.isEmpty()) {
            const bool minus = at(i) == QLatin1Char('-') && startsWith(i + 1, closer);
            const bool plus = tag == Tag::Block && at(i) == QLatin1Char('+') && startsWith(i + 1, closer);
            if (minus || plus || startsWith(i, closer)) {
                Token end;
                end.type = tag == Tag::Variable ? Token::Type::VariableEnd : Token::Type::BlockEnd;
                end.position = i;
                end.text = closer.toString();
                m_tokens->append(end);
                *next = i + 2 + ((minus || plus) ? 1 : 0);
                m_stripNext = minus;
                m_trimNewline = !minus && !plus && tag == Tag::Block && m_options.trimBlocks;
                return true;
            }
        }
        const QChar c = m_source.at(i);
        if (isNameStart(c)) {
            int j = i + 1;
            while (j < m_source.size() && isNameChar(m_source.at(j)))
                ++j;
            Token token;
            token.type = Token::Type::Name;
            token.text = m_source.mid(i, j - i);
            token.position = i;
            m_tokens->append(token);
            i = j;
        } else if (c.isDigit()) {
            lexNumber(&i);
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            if (!lexString(&i, tag == Tag::Variable && m_options.literalBackslashes, error, errorPosition))
                return false;
        } else {
            static const char *const twoChar[] = {"**", "//", "==", "!=", "<=", ">="};
            QString op;
            for (const char *candidate : twoChar)
                if (startsWith(i, QLatin1String(candidate))) {
                    op = QLatin1String(candidate);
                    break;
                }
            if (op.isEmpty()) {
                if (!QStringView(u"+-*/%~<>=()[]{},.:|;!").contains(c)) {
                    *error = tr("unexpected char '%1'").arg(c);
                    *errorPosition = i;
                    return false;
                }
                op = c;
                if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('{')) {
                    brackets += c;
                } else if (c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}')) {
                    if (!brackets.isEmpty()) {
                        const QChar open = brackets.back();
                        const QChar expected = open == QLatin1Char('(') ? QLatin1Char(')')
                            : open == QLatin1Char('[')                  ? QLatin1Char(']')
                                                                        : QLatin1Char('}');
                        if (c != expected) {
                            *error = tr("unexpected '%1', expected '%2'").arg(c).arg(expected);
                            *errorPosition = i;
                            return false;
                        }
                        brackets.chop(1);
                    }
                }
            }
            Token token;
            token.type = Token::Type::Operator;
            token.text = op;
            token.position = i;
            m_tokens->append(token);
            i += int(op.size());
        }
        if (m_tokens->size() > MaximumTokens) {
            *error = tr("the template is too long");
            *errorPosition = i;
            return false;
        }
    }
}

} // namespace

bool Lexer::tokenize(const QString &source, const Options &options, QList<Token> *tokens, QString *error,
                     int *errorPosition)
{
    tokens->clear();
    Scanner scanner(source, options, tokens);
    if (!scanner.run(error, errorPosition))
        return false;
    Token end;
    end.type = Token::Type::End;
    end.position = int(source.size());
    tokens->append(end);
    return true;
}

} // namespace antler::playbook::jinja
