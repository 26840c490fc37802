#include "playbook/modules/ArgumentValue.h"

#include "transport/ShellQuote.h"

namespace antler::playbook {

bool ArgumentValue::isSet(const QVariant &value)
{
    return value.isValid() && !value.isNull();
}

bool ArgumentValue::toBool(const QVariant &value, bool fallback)
{
    if (!isSet(value))
        return fallback;
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    const QString text = value.toString().trimmed().toLower();
    if (text == QLatin1String("yes") || text == QLatin1String("true") || text == QLatin1String("on")
        || text == QLatin1String("1") || text == QLatin1String("y") || text == QLatin1String("t"))
        return true;
    if (text == QLatin1String("no") || text == QLatin1String("false") || text == QLatin1String("off")
        || text == QLatin1String("0") || text == QLatin1String("n") || text == QLatin1String("f"))
        return false;
    return fallback;
}

qint64 ArgumentValue::toInt(const QVariant &value, bool *ok)
{
    bool converted = false;
    qint64 number = 0;
    if (isSet(value)) {
        if (value.typeId() == QMetaType::Bool) {
            number = value.toBool() ? 1 : 0;
            converted = true;
        } else {
            number = value.toString().trimmed().toLongLong(&converted);
        }
    }
    if (ok)
        *ok = converted;
    return converted ? number : 0;
}

QStringList ArgumentValue::toList(const QVariant &value)
{
    QStringList items;
    if (!isSet(value))
        return items;
    if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList) {
        for (const QVariant &item : value.toList())
            items << toText(item).trimmed();
    } else {
        items = toText(value).split(QLatin1Char(','));
        for (QString &item : items)
            item = item.trimmed();
    }
    items.removeAll(QString());
    return items;
}

QString ArgumentValue::toText(const QVariant &value)
{
    if (!isSet(value))
        return {};
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    return value.toString();
}

QByteArray ArgumentValue::quoted(const QString &text)
{
    return transport::shellQuote(text.toUtf8());
}

} // namespace antler::playbook
