#include "playbook/jinja/ListFilters.h"

#include "playbook/YamlValue.h"
#include "playbook/jinja/Arithmetic.h"
#include "playbook/jinja/FilterSupport.h"
#include "playbook/jinja/RegexCache.h"
#include "playbook/jinja/Serializer.h"
#include "playbook/jinja/Tests.h"
#include "playbook/jinja/Value.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>

namespace antler::playbook::jinja {

namespace {

bool minMax(const FilterArguments &a, bool wantMax, QVariant *out, QString *error)
{
    QVariantList items;
    if (!FilterSupport::needList(a, wantMax ? "max" : "min", &items, error))
        return false;
    if (items.isEmpty()) {
        *out = Value::undefined(FilterSupport::tr("No aggregated item, sequence was empty."));
        return true;
    }
    const bool caseSensitive = Value::truthy(a.get(0, "case_sensitive", false));
    const QString path = Value::toText(a.get(1, "attribute"));
    QVariant best;
    QVariant bestKey;
    for (const QVariant &item : items) {
        QVariant key = Value::isNone(a.get(1, "attribute")) ? item : FilterSupport::attribute(item, path);
        if (Value::isUndefined(key)) {
            *error = Value::undefinedMessage(key);
            return false;
        }
        FilterSupport::sortKey(key, caseSensitive, &key);
        int c = 0;
        if (best.isValid() && !Value::compare(key, bestKey, &c, error))
            return false;
        if (!best.isValid() || (wantMax ? c > 0 : c < 0)) {
            best = item;
            bestKey = key;
        }
    }
    *out = best;
    return true;
}

void flatten(const QVariantList &items, int levels, QVariantList *out)
{
    for (const QVariant &item : items) {
        if (Value::isNone(item) || (Value::isString(item) && (item.toString() == QLatin1String("None"))))
            continue;
        if (Value::isList(item) && levels != 0)
            flatten(Value::toList(item), levels - 1, out);
        else
            out->append(item);
    }
}

bool callTest(const QVariant &item, const FilterArguments &a, int nameIndex, bool *result, QString *error)
{
    if (a.args.size() <= nameIndex) {
        if (Value::isUndefined(item)) {
            *error = Value::undefinedMessage(item);
            return false;
        }
        *result = Value::truthy(item);
        return true;
    }
    const QString test = Value::toText(a.args.at(nameIndex));
    if (!Tests::exists(test)) {
        *error = FilterSupport::tr("No test named '%1'.").arg(test);
        return false;
    }
    if (Value::isUndefined(item) && !Tests::acceptsUndefined(test)) {
        *error = Value::undefinedMessage(item);
        return false;
    }
    return Tests::call(test, item, a.args.mid(nameIndex + 1), {}, result, error);
}

bool selectFilter(const FilterArguments &a, bool keep, bool byAttribute, QVariant *out, QString *error)
{
    QVariantList items;
    if (!FilterSupport::needList(a, "select", &items, error))
        return false;
    QVariantList result;
    const QString path = byAttribute ? Value::toText(a.args.value(0)) : QString();
    for (const QVariant &item : std::as_const(items)) {
        const QVariant subject = byAttribute ? FilterSupport::attribute(item, path) : item;
        bool passed = false;
        if (!callTest(subject, a, byAttribute ? 1 : 0, &passed, error))
            return false;
        if (passed == keep)
            result.append(item);
    }
    *out = result;
    return true;
}

} // namespace

void ListFilters::addTo(FilterTable &f)
{
    auto length = FILTER
    {
        if (Value::isString(a.input))
            *out = int(a.input.toString().size());
        else if (Value::isList(a.input))
            *out = int(Value::toList(a.input).size());
        else if (Value::isMap(a.input))
            *out = int(a.input.toMap().size());
        else {
            *error = FilterSupport::tr("object of type '%1' has no len()").arg(Value::typeName(a.input));
            return false;
        }
        return true;
    };
    f.insert(QStringLiteral("length"), length);
    f.insert(QStringLiteral("count"), length);
    f.insert(
        QStringLiteral("first"), FILTER {
            QVariantList items;
            if (!Value::iterate(a.input, &items, error))
                return false;
            *out = items.isEmpty() ? Value::undefined(FilterSupport::tr("No first item, sequence was empty."))
                                   : items.first();
            return true;
        });
    f.insert(
        QStringLiteral("last"), FILTER {
            QVariantList items;
            if (!Value::iterate(a.input, &items, error))
                return false;
            *out = items.isEmpty() ? Value::undefined(FilterSupport::tr("No last item, sequence was empty."))
                                   : items.last();
            return true;
        });
    f.insert(
        QStringLiteral("reverse"), FILTER {
            if (Value::isString(a.input)) {
                QString text = a.input.toString();
                std::reverse(text.begin(), text.end());
                *out = text;
                return true;
            }
            QVariantList items;
            if (!Value::iterate(a.input, &items, error))
                return false;
            std::reverse(items.begin(), items.end());
            *out = items;
            return true;
        });
    f.insert(
        QStringLiteral("sort"), FILTER {
            QVariantList items;
            if (!FilterSupport::needList(a, "sort", &items, error))
                return false;
            const QVariant path = a.get(2, "attribute");
            if (!FilterSupport::sortList(&items, Value::truthy(a.get(0, "reverse", false)),
                                         Value::truthy(a.get(1, "case_sensitive", false)),
                                         Value::isNone(path) ? QString() : Value::toText(path), error))
                return false;
            *out = items;
            return true;
        });
    f.insert(
        QStringLiteral("min"), FILTER { return minMax(a, false, out, error); });
    f.insert(
        QStringLiteral("max"), FILTER { return minMax(a, true, out, error); });
    f.insert(
        QStringLiteral("sum"), FILTER {
            QVariantList items;
            if (!FilterSupport::needList(a, "sum", &items, error))
                return false;
            const QVariant path = a.get(0, "attribute");
            QVariant total = a.get(1, "start", 0);
            for (const QVariant &item : std::as_const(items)) {
                const QVariant value = Value::isNone(path) ? item : FilterSupport::attribute(item, Value::toText(path));
                if (Value::isUndefined(value)) {
                    *error = Value::undefinedMessage(value);
                    return false;
                }
                const bool floating = total.typeId() == QMetaType::Double || value.typeId() == QMetaType::Double;
                if (Value::isList(total) && Value::isList(value)) {
                    total = Value::toList(total) + Value::toList(value);
                } else if ((Value::isNumber(value) || Value::isBool(value))
                           && (Value::isNumber(total) || Value::isBool(total))) {
                    total = floating ? QVariant(total.toDouble() + value.toDouble())
                                     : Value::fromInteger(total.toLongLong() + value.toLongLong());
                } else {
                    *error = FilterSupport::tr("unsupported operand type(s) for +: '%1' and '%2'")
                                 .arg(Value::typeName(total), Value::typeName(value));
                    return false;
                }
            }
            *out = total;
            return true;
        });
    f.insert(
        QStringLiteral("list"), FILTER {
            QVariantList items;
            if (!Value::iterate(a.input, &items, error))
                return false;
            *out = items;
            return true;
        });
    f.insert(
        QStringLiteral("map"), FILTER {
            QVariantList items;
            if (!FilterSupport::needList(a, "map", &items, error))
                return false;
            QVariantList result;
            if (a.kwargs.contains(QStringLiteral("attribute"))) {
                const QString path = Value::toText(a.kwargs.value(QStringLiteral("attribute")));
                const bool hasDefault = a.kwargs.contains(QStringLiteral("default"));
                for (const QVariant &item : std::as_const(items)) {
                    QVariant value = FilterSupport::attribute(item, path);
                    if (Value::isUndefined(value) && hasDefault)
                        value = a.kwargs.value(QStringLiteral("default"));
                    result.append(value);
                }
                *out = result;
                return true;
            }
            if (a.args.isEmpty()) {
                *out = items;
                return true;
            }
            const QString filter = Value::toText(a.args.first());
            if (!Filters::exists(filter)) {
                *error = FilterSupport::tr("No filter named '%1'.").arg(filter);
                return false;
            }
            FilterArguments inner;
            inner.args = a.args.mid(1);
            inner.kwargs = a.kwargs;
            for (const QVariant &item : std::as_const(items)) {
                inner.input = item;
                QVariant value;
                if (!Filters::call(filter, inner, &value, error))
                    return false;
                result.append(value);
            }
            *out = result;
            return true;
        });
    f.insert(
        QStringLiteral("select"), FILTER { return selectFilter(a, true, false, out, error); });
    f.insert(
        QStringLiteral("reject"), FILTER { return selectFilter(a, false, false, out, error); });
    f.insert(
        QStringLiteral("selectattr"), FILTER { return selectFilter(a, true, true, out, error); });
    f.insert(
        QStringLiteral("rejectattr"), FILTER { return selectFilter(a, false, true, out, error); });
    f.insert(
        QStringLiteral("zip"), FILTER {
            QVariantList lists {a.input};
            lists += a.args;
            QList<QVariantList> columns;
            qsizetype shortest = -1;
            for (const QVariant &list : std::as_const(lists)) {
                QVariantList items;
                if (!Value::iterate(list, &items, error))
                    return false;
                shortest = shortest < 0 ? items.size() : qMin(shortest, items.size());
                columns.append(items);
            }
            QVariantList result;
            for (qsizetype i = 0; i < shortest; ++i) {
                QVariantList row;
                for (const QVariantList &column : std::as_const(columns))
                    row.append(column.at(i));
                result.append(QVariant(row));
            }
            *out = result;
            return true;
        });
    f.insert(
        QStringLiteral("flatten"), FILTER {
            QVariantList items;
            if (!FilterSupport::needList(a, "flatten", &items, error))
                return false;
            const QVariant levels = a.get(0, "levels");
            QVariantList result;
            flatten(items, Value::isNone(levels) ? -1 : levels.toInt(), &result);
            *out = result;
            return true;
        });
    f.insert(
        QStringLiteral("batch"), FILTER {
            QVariantList items;
            if (!FilterSupport::needList(a, "batch", &items, error))
                return false;
            const qint64 size = a.get(0, "linecount", 1).toLongLong();
            if (size <= 0) {
                *error = FilterSupport::tr("batch needs a positive size");
                return false;
            }
            QVariantList result;
            for (qsizetype i = 0; i < items.size(); i += size)
                result.append(QVariant(items.mid(i, size)));
            *out = result;
            return true;
        });
}

} // namespace antler::playbook::jinja
