#include "playbook/jinja/DictFilters.h"

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

// Python's dict.update order: the base's keys in place, new keys after them.
QVariant combine(const QVariant &base, const QVariant &overlay, bool recursive, const QString &listMerge)
{
    if (Value::isMap(base) && Value::isMap(overlay)) {
        Dict result = Value::toDict(base);
        for (const Dict::Entry &entry : Value::toDict(overlay).entries()) {
            const bool exists = result.contains(entry.first);
            const QVariant existing = result.value(entry.first);
            if (exists && recursive && Value::isMap(existing) && Value::isMap(entry.second)) {
                result.insert(entry.first, combine(existing, entry.second, recursive, listMerge));
            } else if (exists && Value::isList(existing) && Value::isList(entry.second)
                       && listMerge != QLatin1String("replace")) {
                const QVariantList old = Value::toList(existing);
                const QVariantList add = Value::toList(entry.second);
                if (listMerge == QLatin1String("keep"))
                    continue;
                if (listMerge == QLatin1String("append"))
                    result.insert(entry.first, old + add);
                else if (listMerge == QLatin1String("prepend"))
                    result.insert(entry.first, add + old);
                else if (listMerge == QLatin1String("append_rp")) {
                    QVariantList kept;
                    for (const QVariant &item : old)
                        if (!FilterSupport::listContains(add, item))
                            kept.append(item);
                    result.insert(entry.first, kept + add);
                } else if (listMerge == QLatin1String("prepend_rp")) {
                    QVariantList kept;
                    for (const QVariant &item : old)
                        if (!FilterSupport::listContains(add, item))
                            kept.append(item);
                    result.insert(entry.first, add + kept);
                }
            } else {
                result.insert(entry.first, entry.second);
            }
        }
        return result.toVariant();
    }
    return overlay;
}

} // namespace

void DictFilters::addTo(FilterTable &f)
{
    f.insert(
        QStringLiteral("dictsort"), FILTER {
            if (!Value::isMap(a.input)) {
                *error = FilterSupport::tr("the 'dictsort' filter expects a dictionary, not %1")
                             .arg(Value::typeName(a.input));
                return false;
            }
            QVariantList items;
            const QVariantMap map = a.input.toMap();
            for (auto it = map.cbegin(); it != map.cend(); ++it)
                items.append(QVariant(QVariantList {it.key(), it.value()}));
            const bool byValue = Value::toText(a.get(1, "by", QStringLiteral("key"))) == QLatin1String("value");
            if (!FilterSupport::sortList(&items, Value::truthy(a.get(2, "reverse", false)),
                                         Value::truthy(a.get(0, "case_sensitive", false)),
                                         byValue ? QStringLiteral("1") : QStringLiteral("0"), error))
                return false;
            *out = items;
            return true;
        });
    f.insert(
        QStringLiteral("items"), FILTER {
            if (Value::isNone(a.input)) {
                *out = QVariantList();
                return true;
            }
            if (!Value::isMap(a.input)) {
                *error = FilterSupport::tr("Can only get item pairs from a mapping.");
                return false;
            }
            QVariantList items;
            for (const Dict::Entry &entry : Value::toDict(a.input).entries())
                items.append(QVariant(QVariantList {entry.first, entry.second}));
            *out = items;
            return true;
        });
    f.insert(
        QStringLiteral("dict2items"), FILTER {
            if (!Value::isMap(a.input)) {
                *error = FilterSupport::tr("dict2items requires a dictionary, got %1 instead.")
                             .arg(Value::typeName(a.input));
                return false;
            }
            const QString keyName = Value::toText(a.get(0, "key_name", QStringLiteral("key")));
            const QString valueName = Value::toText(a.get(1, "value_name", QStringLiteral("value")));
            QVariantList items;
            for (const Dict::Entry &entry : Value::toDict(a.input).entries())
                items.append(Dict {{keyName, entry.first}, {valueName, entry.second}}.toVariant());
            *out = items;
            return true;
        });
    f.insert(
        QStringLiteral("items2dict"), FILTER {
            const QString keyName = Value::toText(a.get(0, "key_name", QStringLiteral("key")));
            const QString valueName = Value::toText(a.get(1, "value_name", QStringLiteral("value")));
            if (!Value::isList(a.input)) {
                *error = FilterSupport::tr("items2dict requires a list, got %1 instead.").arg(Value::typeName(a.input));
                return false;
            }
            Dict map;
            for (const QVariant &item : Value::toList(a.input)) {
                const Dict entry = Value::toDict(item);
                if (!Value::isMap(item) || !entry.contains(keyName) || !entry.contains(valueName)) {
                    *error = FilterSupport::tr("items2dict requires each item to have the keys '%1' and '%2'")
                                 .arg(keyName, valueName);
                    return false;
                }
                map.insert(Value::toText(entry.value(keyName)), entry.value(valueName));
            }
            *out = map.toVariant();
            return true;
        });
    f.insert(
        QStringLiteral("combine"), FILTER {
            QVariantList dicts {a.input};
            for (const QVariant &arg : a.args)
                if (Value::isList(arg))
                    dicts += Value::toList(arg);
                else
                    dicts.append(arg);
            const bool recursive = Value::truthy(a.kwargs.value(QStringLiteral("recursive"), false));
            const QString listMerge
                = a.kwargs.value(QStringLiteral("list_merge"), QStringLiteral("replace")).toString();
            static const QStringList merges
                = {QStringLiteral("replace"), QStringLiteral("keep"),      QStringLiteral("append"),
                   QStringLiteral("prepend"), QStringLiteral("append_rp"), QStringLiteral("prepend_rp")};
            if (!merges.contains(listMerge)) {
                *error
                    = FilterSupport::tr("combine: list_merge must be one of %1").arg(merges.join(QLatin1String(", ")));
                return false;
            }
            QVariant result;
            for (const QVariant &dict : std::as_const(dicts)) {
                if (!Value::isMap(dict)) {
                    *error = FilterSupport::tr("combine expects dictionaries, got %1").arg(Value::repr(dict));
                    return false;
                }
                result = result.isValid() ? combine(result, dict, recursive, listMerge) : dict;
            }
            *out = result;
            return true;
        });
}

} // namespace antler::playbook::jinja
