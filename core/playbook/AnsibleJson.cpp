#include "playbook/AnsibleJson.h"

#include "playbook/jinja/Value.h"

#include <QVariantList>
#include <QVariantMap>

#include <cmath>

namespace antler::playbook {

using jinja::Value;

QString AnsibleJson::compact(const QVariant &value)
{
    QString out;
    write(value, 0, 0, false, true, &out);
    return out;
}

QString AnsibleJson::indented(const QVariant &value, int indent)
{
    QString out;
    write(value, indent, 0, false, true, &out);
    return out;
}

QString AnsibleJson::dumps(const QVariant &value, int indent, bool sortKeys)
{
    QString out;
    write(value, indent, 0, true, sortKeys, &out);
    return out;
}

QString AnsibleJson::quote(const QString &text, bool ensureAscii)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\b':
            out += QLatin1String("\\b");
            break;
        case '\f':
            out += QLatin1String("\\f");
            break;
        default:
            // ensure_ascii escapes all but printable ASCII, as UTF-16 units
            // (so a surrogate pair becomes two escapes, as in Python).
            if (c.unicode() < 0x20 || (ensureAscii && c.unicode() > 0x7e))
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

void AnsibleJson::write(const QVariant &value, int indent, int level, bool ensureAscii, bool sortKeys, QString *out)
{
    const QString newline
        = indent > 0 ? QLatin1Char('\n') + QString(indent * (level + 1), QLatin1Char(' ')) : QString();
    const QString closing = indent > 0 ? QLatin1Char('\n') + QString(indent * level, QLatin1Char(' ')) : QString();
    const QString separator = indent > 0 ? QStringLiteral(",") : QStringLiteral(", ");
    if (Value::isMap(value)) {
        // Sorted, or in the dict's own order (insertion order, as Python's).
        const jinja::Dict map = sortKeys ? jinja::Dict::fromMap(value.toMap()) : Value::toDict(value);
        if (map.isEmpty()) {
            *out += QLatin1String("{}");
            return;
        }
        *out += QLatin1Char('{');
        bool first = true;
        for (const jinja::Dict::Entry &entry : map.entries()) {
            if (!first)
                *out += separator;
            first = false;
            *out += newline + quote(entry.first, ensureAscii) + QLatin1String(": ");
            write(entry.second, indent, level + 1, ensureAscii, sortKeys, out);
        }
        *out += closing + QLatin1Char('}');
    } else if (Value::isList(value)) {
        const QVariantList list = Value::toList(value);
        if (list.isEmpty()) {
            *out += QLatin1String("[]");
            return;
        }
        *out += QLatin1Char('[');
        bool first = true;
        for (const QVariant &item : list) {
            if (!first)
                *out += separator;
            first = false;
            *out += newline;
            write(item, indent, level + 1, ensureAscii, sortKeys, out);
        }
        *out += closing + QLatin1Char(']');
    } else if (Value::isString(value)) {
        *out += quote(value.toString(), ensureAscii);
    } else if (Value::isBool(value)) {
        *out += value.toBool() ? QLatin1String("true") : QLatin1String("false");
    } else if (Value::isNone(value) || Value::isUndefined(value)) {
        *out += QLatin1String("null");
    } else if (Value::isInteger(value)) {
        *out += Value::toText(value);
    } else if (Value::isNumber(value)) {
        // Python's float repr: the shortest text that reads back the same.
        const double number = value.toDouble();
        *out += std::isnan(number) ? QStringLiteral("NaN")
            : std::isinf(number)   ? (number > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity"))
                                   : Value::floatRepr(number);
    } else {
        *out += quote(Value::toText(value), ensureAscii);
    }
}

} // namespace antler::playbook
