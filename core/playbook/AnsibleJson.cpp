#include "playbook/AnsibleJson.h"

#include <QVariantList>
#include <QVariantMap>

#include <cmath>

namespace antler::playbook {

QString AnsibleJson::compact(const QVariant &value)
{
    QString out;
    write(value, 0, 0, &out);
    return out;
}

QString AnsibleJson::indented(const QVariant &value, int indent)
{
    QString out;
    write(value, indent, 0, &out);
    return out;
}

QString AnsibleJson::quote(const QString &text)
{
    QString out = QStringLiteral("\"");
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
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

void AnsibleJson::write(const QVariant &value, int indent, int level, QString *out)
{
    const QString newline
        = indent > 0 ? QLatin1Char('\n') + QString(indent * (level + 1), QLatin1Char(' ')) : QString();
    const QString closing = indent > 0 ? QLatin1Char('\n') + QString(indent * level, QLatin1Char(' ')) : QString();
    const QString separator = indent > 0 ? QStringLiteral(",") : QStringLiteral(", ");
    switch (value.typeId()) {
    case QMetaType::QVariantMap: {
        const QVariantMap map = value.toMap();
        if (map.isEmpty()) {
            *out += QLatin1String("{}");
            return;
        }
        *out += QLatin1Char('{');
        bool first = true;
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (!first)
                *out += separator;
            first = false;
            *out += newline + quote(it.key()) + QLatin1String(": ");
            write(it.value(), indent, level + 1, out);
        }
        *out += closing + QLatin1Char('}');
        return;
    }
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        const QVariantList list = value.toList();
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
            write(item, indent, level + 1, out);
        }
        *out += closing + QLatin1Char(']');
        return;
    }
    case QMetaType::Bool:
        *out += value.toBool() ? QLatin1String("true") : QLatin1String("false");
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
        *out += value.toString();
        return;
    case QMetaType::Double:
    case QMetaType::Float: {
        const double number = value.toDouble();
        if (!std::isfinite(number)) {
            *out += std::isnan(number) ? QLatin1String("NaN")
                : number > 0           ? QLatin1String("Infinity")
                                       : QLatin1String("-Infinity");
            return;
        }
        QString text = QString::number(number, 'g', 17);
        if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('e')))
            text += QLatin1String(".0");
        *out += text;
        return;
    }
    default:
        if (!value.isValid() || value.typeId() == QMetaType::Nullptr) {
            *out += QLatin1String("null");
            return;
        }
        *out += quote(value.toString());
    }
}

} // namespace antler::playbook
