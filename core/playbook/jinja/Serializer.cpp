#include "playbook/jinja/Serializer.h"

#include "playbook/AnsibleJson.h"
#include "playbook/jinja/Value.h"

#include <QRegularExpression>
#include <QStringList>

namespace antler::playbook::jinja {

namespace {

bool plainSafe(const QString &text, bool flow)
{
    if (text.isEmpty() || text != text.trimmed())
        return false;
    static const QRegularExpression special(QStringLiteral(
        "^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N"
        "|[-+]?(?:0|[1-9][0-9_]*)|0[0-7_]+|0x[0-9a-fA-F_]+|0b[01_]+"
        "|[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+"
        "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)|=|<<"
        "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*)$"));
    if (special.match(text).hasMatch())
        return false;
    const QChar first = text.front();
    if (QStringView(u"-?:,[]{}#&*!|>'\"%@`").contains(first)) {
        if (!((first == QLatin1Char('-') || first == QLatin1Char('?') || first == QLatin1Char(':')) && text.size() > 1
              && !text.at(1).isSpace()))
            return false;
    }
    if (text.contains(QLatin1String(": ")) || text.contains(QLatin1String(" #")) || text.endsWith(QLatin1Char(':')))
        return false;
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c == QChar(0x7f))
            return false;
        if (flow && QStringView(u",[]{}").contains(c))
            return false;
    }
    return true;
}

QString yamlScalar(const QVariant &value, bool flow)
{
    if (Value::isNone(value) || Value::isUndefined(value))
        return QStringLiteral("null");
    if (Value::isBool(value))
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (Value::isNumber(value) && !Value::isInteger(value)) {
        const QString text = Value::floatRepr(value.toDouble());
        if (text == QLatin1String("inf"))
            return QStringLiteral(".inf");
        if (text == QLatin1String("-inf"))
            return QStringLiteral("-.inf");
        if (text == QLatin1String("nan"))
            return QStringLiteral(".nan");
        return text;
    }
    if (!Value::isString(value))
        return Value::toText(value);
    const QString text = value.toString();
    if (plainSafe(text, flow))
        return text;
    if (text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\t')) || text.contains(QLatin1Char('\r'))) {
        QString escaped = text;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
        escaped.replace(QLatin1Char('\n'), QLatin1String("\\n")).replace(QLatin1Char('\t'), QLatin1String("\\t"));
        escaped.replace(QLatin1Char('\r'), QLatin1String("\\r"));
        return QLatin1Char('"') + escaped + QLatin1Char('"');
    }
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
}

bool isCollection(const QVariant &value)
{
    return Value::isList(value) || Value::isMap(value);
}

QString yamlFlow(const QVariant &value)
{
    if (Value::isMap(value)) {
        QStringList parts;
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            parts.append(yamlScalar(it.key(), true) + QLatin1String(": ") + yamlFlow(it.value()));
        return QLatin1Char('{') + parts.join(QLatin1String(", ")) + QLatin1Char('}');
    }
    if (Value::isList(value)) {
        QStringList parts;
        for (const QVariant &item : Value::toList(value))
            parts.append(yamlFlow(item));
        return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
    }
    return yamlScalar(value, true);
}

bool flowable(const QVariant &value, bool nice)
{
    if (!isCollection(value))
        return true;
    if (Value::isMap(value) ? value.toMap().isEmpty() : Value::toList(value).isEmpty())
        return true;
    if (nice)
        return false;
    const QVariantList children = Value::isMap(value) ? QVariantList(value.toMap().values()) : Value::toList(value);
    for (const QVariant &child : children)
        if (isCollection(child))
            return false;
    return true;
}

// Writes a block collection starting at column `column`; the first line's
// indentation is already written by the caller when `inline` is set.
void yamlBlock(const QVariant &value, bool nice, int indent, int column, bool continuesLine, QString *out)
{
    auto pad = [&](int n) { return QString(n, QLatin1Char(' ')); };
    bool first = true;
    if (Value::isMap(value)) {
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (!(first && continuesLine))
                *out += pad(column);
            first = false;
            *out += yamlScalar(it.key(), false) + QLatin1Char(':');
            const QVariant &child = it.value();
            if (flowable(child, nice)) {
                *out += QLatin1Char(' ') + (isCollection(child) ? yamlFlow(child) : yamlScalar(child, false))
                    + QLatin1Char('\n');
            } else if (Value::isList(child)) {
                *out += QLatin1Char('\n');
                yamlBlock(child, nice, indent, column, false, out);
            } else {
                *out += QLatin1Char('\n');
                yamlBlock(child, nice, indent, column + indent, false, out);
            }
        }
        return;
    }
    for (const QVariant &item : Value::toList(value)) {
        if (!(first && continuesLine))
            *out += pad(column);
        first = false;
        *out += QLatin1Char('-');
        if (flowable(item, nice)) {
            *out += QLatin1Char(' ') + (isCollection(item) ? yamlFlow(item) : yamlScalar(item, false))
                + QLatin1Char('\n');
        } else {
            *out += pad(indent - 1);
            yamlBlock(item, nice, indent, column + indent, true, out);
        }
    }
}

} // namespace

QString Serializer::toJson(const QVariant &value, int indent, bool sortKeys)
{
    return AnsibleJson::dumps(value, indent, sortKeys);
}

QString Serializer::toYaml(const QVariant &value, bool nice, int indent)
{
    if (indent < 2 || indent > 9)
        indent = 2;
    if (!isCollection(value))
        return yamlScalar(value, false) + QLatin1String("\n...\n");
    if (flowable(value, nice))
        return yamlFlow(value) + QLatin1Char('\n');
    QString out;
    yamlBlock(value, nice, indent, 0, false, &out);
    return out;
}

} // namespace antler::playbook::jinja
