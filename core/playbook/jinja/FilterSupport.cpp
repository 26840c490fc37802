#include "playbook/jinja/FilterSupport.h"

#include "playbook/jinja/Arithmetic.h"
#include "playbook/jinja/Value.h"

#include <QCoreApplication>

#include <algorithm>

namespace antler::playbook::jinja {

QString FilterSupport::tr(const char *text)
{
    return QCoreApplication::translate("antler::playbook::jinja::Filters", text);
}

bool FilterSupport::needList(const FilterArguments &a, const char *filter, QVariantList *items, QString *error)
{
    if (Value::isList(a.input) || Value::isMap(a.input) || Value::isString(a.input))
        return Value::iterate(a.input, items, error);
    *error = tr("the '%1' filter expects a list, not %2").arg(QLatin1String(filter), Value::typeName(a.input));
    return false;
}

// Follows "a.b.0" into a value, as Jinja2's attribute= arguments do.
QVariant FilterSupport::attribute(const QVariant &value, const QString &path)
{
    QVariant current = value;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        if (Value::isMap(current)) {
            const QVariantMap map = current.toMap();
            auto it = map.constFind(part);
            if (it == map.cend())
                return Value::undefined(tr("'dict object' has no attribute '%1'").arg(part));
            current = it.value();
        } else if (Value::isList(current)) {
            bool ok = false;
            const int index = part.toInt(&ok);
            const QVariantList list = Value::toList(current);
            if (!ok || index < 0 || index >= list.size())
                return Value::undefined(tr("'list object' has no attribute '%1'").arg(part));
            current = list.at(index);
        } else {
            return Value::undefined(tr("'%1 object' has no attribute '%2'").arg(Value::typeName(current), part));
        }
    }
    return current;
}

bool FilterSupport::sortKey(const QVariant &value, bool caseSensitive, QVariant *out)
{
    *out = (!caseSensitive && Value::isString(value)) ? QVariant(value.toString().toLower()) : value;
    return true;
}

bool FilterSupport::sortList(QVariantList *items, bool reverse, bool caseSensitive, const QString &attributePath,
                             QString *error)
{
    QList<QPair<QVariant, QVariant>> keyed;
    for (const QVariant &item : std::as_const(*items)) {
        QVariant key = attributePath.isEmpty() ? item : attribute(item, attributePath);
        if (Value::isUndefined(key)) {
            *error = Value::undefinedMessage(key);
            return false;
        }
        sortKey(key, caseSensitive, &key);
        keyed.append({key, item});
    }
    QString failure;
    std::stable_sort(keyed.begin(), keyed.end(), [&](const auto &x, const auto &y) {
        int c = 0;
        if (!failure.isEmpty())
            return false;
        if (!Value::compare(x.first, y.first, &c, &failure))
            return false;
        return reverse ? c > 0 : c < 0;
    });
    if (!failure.isEmpty()) {
        *error = failure;
        return false;
    }
    items->clear();
    for (const auto &pair : std::as_const(keyed))
        items->append(pair.second);
    return true;
}

bool FilterSupport::listContains(const QVariantList &items, const QVariant &needle)
{
    for (const QVariant &item : items)
        if (Value::equals(item, needle))
            return true;
    return false;
}

} // namespace antler::playbook::jinja
