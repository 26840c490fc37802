#include "playbook/jinja/JsonReader.h"

#include "playbook/jinja/Value.h"

#include <QCoreApplication>

namespace antler::playbook::jinja {

namespace {

constexpr int MaximumDepth = 512;

} // namespace

JsonReader::JsonReader(const QString &text)
    : m_text(text)
{
}

bool JsonReader::read(const QString &text, QVariant *out, QString *error)
{
    JsonReader reader(text);
    reader.skipSpace();
    if (!reader.value(out, 0)) {
        *error = reader.m_error;
        return false;
    }
    reader.skipSpace();
    if (reader.m_pos != text.size()) {
        reader.fail(QCoreApplication::translate("antler::playbook::jinja::JsonReader", "extra data"));
        *error = reader.m_error;
        return false;
    }
    return true;
}

bool JsonReader::fail(const QString &what)
{
    m_error = QCoreApplication::translate("antler::playbook::jinja::JsonReader", "%1 at character %2")
                  .arg(what)
                  .arg(m_pos + 1);
    return false;
}

void JsonReader::skipSpace()
{
    while (m_pos < m_text.size()
           && (m_text.at(m_pos) == u' ' || m_text.at(m_pos) == u'\t' || m_text.at(m_pos) == u'\n'
               || m_text.at(m_pos) == u'\r'))
        ++m_pos;
}

bool JsonReader::value(QVariant *out, int depth)
{
    if (depth > MaximumDepth)
        return fail(QCoreApplication::translate("antler::playbook::jinja::JsonReader", "nested too deeply"));
    skipSpace();
    if (m_pos >= m_text.size())
        return fail(QCoreApplication::translate("antler::playbook::jinja::JsonReader", "expecting value"));
    const QChar c = m_text.at(m_pos);
    if (c == u'{') {
        ++m_pos;
        Dict dict;
        skipSpace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == u'}') {
            ++m_pos;
            *out = dict.toVariant();
            return true;
        }
        while (true) {
            skipSpace();
            QString key;
            if (m_pos >= m_text.size() || m_text.at(m_pos) != u'"')
                return fail(QCoreApplication::translate("antler::playbook::jinja::JsonReader",
                                                        "expecting property name enclosed in double quotes"));
            if (!string(&key))
                return false;
            skipSpace();
            if (m_pos >= m_text.size() || m_text.at(m_pos) != u':')
                return fail(QCoreApplication::translate("antler::playbook::jinja::JsonReader", "expecting ':'"));
            ++m_pos;
            QVariant item;
            if (!value(&item, depth + 1))
                return false;
            dict.insert(key, item);
            skipSpace();
            if (m_pos < m_text.size() && m_text.at(m_pos) == u',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text.at(m_pos) == u'}') {
                ++m_pos;
                *out = dict.toVariant();
                return true;
            }
            return fail(QCoreApplication::translate("antler::playbook::jinja::JsonReader", "expecting ',' or '}'"));
        }
    }
    if (c == u'[') {
        ++m_pos;
        QVariantList list;
        skipSpace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == u']') {
            ++m_pos;
            *out = list;
            return true;
        }
        while (true) {
            QVariant item;
            if (!value(&item, depth + 1))
                return false;
            list.append(item);
            skipSpace();
            if (m_pos < m_text.size() && m_text.at(m_pos) == u',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text.at(m_pos) == u']') {
                ++m_pos;
                *out = list;
                return true;
            }
            return fail(QCoreApplication::translate("antler::playbook::jinja::JsonReader", "expecting ',' or ']'"));
        }
    }
    if (c == u'"') {
        QString text;
        if (!string(&text))
            return false;
        *out = text;
        return true;
    }
    for (const auto &[word, meaning] :
         {std::pair {QStringLiteral("true"), QVariant(true)}, std::pair {QStringLiteral("false"), QVariant(false)},
          std::pair {QStringLiteral("null"), QVariant()}}) {
        if (QStringView(m_text).mid(m_pos).startsWith(word)) {
            m_pos += word.size();
            *out = meaning;
            return true;
        }
    }
    return number(out);
}

bool JsonReader::string(QString *out)
{
    ++m_pos; // the opening quote
    out->clear();
    while (m_pos < m_text.size()) {
        const QChar c = m_text.at(m_pos++);
        if (c == u'"')
            return true;
        if (c.unicode() < 0x20)
            return fail(
                QCoreApplication::translate("antler::playbook::jinja::JsonReader", "invalid control character"));
        if (c != u'\\') {
            out->append(c);
            continue;
        }
        if (m_pos >= m_text.size())
            break;
        const QChar escape = m_text.at(m_pos++);
        switch (escape.unicode()) {
        case '"':
        case '\\':
        case '/':
            out->append(escape);
            break;
        case 'b':
            out->append(u'\b');
            break;
        case 'f':
            out->append(u'\f');
            break;
        case 'n':
            out->append(u'\n');
            break;
        case 'r':
            out->append(u'\r');
            break;
        case 't':
            out->append(u'\t');
            break;
        case 'u': {
            bool ok = false;
            const ushort unit = m_text.mid(m_pos, 4).toUShort(&ok, 16);
            if (!ok || m_pos + 4 > m_text.size())
                return fail(
                    QCoreApplication::translate("antler::playbook::jinja::JsonReader", "invalid \\uXXXX escape"));
            m_pos += 4;
            out->append(QChar(unit));
            break;
        }
        default:
            return fail(QCoreApplication::translate("antler::playbook::jinja::JsonReader", "invalid \\escape"));
        }
    }
    return fail(QCoreApplication::translate("antler::playbook::jinja::JsonReader", "unterminated string"));
}

bool JsonReader::number(QVariant *out)
{
    const qsizetype start = m_pos;
    if (m_pos < m_text.size() && m_text.at(m_pos) == u'-')
        ++m_pos;
    bool isFloat = false;
    while (m_pos < m_text.size()) {
        const QChar c = m_text.at(m_pos);
        if (c.isDigit()) {
            ++m_pos;
        } else if (c == u'.' || c == u'e' || c == u'E' || c == u'+' || (c == u'-' && m_pos > start)) {
            isFloat = true;
            ++m_pos;
        } else {
            break;
        }
    }
    const QString text = m_text.mid(start, m_pos - start);
    bool ok = false;
    if (!isFloat) {
        const qint64 integer = text.toLongLong(&ok);
        if (ok) {
            *out = Value::fromInteger(integer);
            return true;
        }
    }
    const double real = text.toDouble(&ok);
    if (!ok || text.isEmpty()) {
        m_pos = start;
        return fail(QCoreApplication::translate("antler::playbook::jinja::JsonReader", "expecting value"));
    }
    *out = real;
    return true;
}

} // namespace antler::playbook::jinja
