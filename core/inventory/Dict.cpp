#include "inventory/Dict.h"

namespace antler::inventory {

namespace {

// QVariant::toMap() on a Dict gives its QVariantMap, so code that only
// looks keys up needs no change. Registered when the first Dict is made.
void registerConversion()
{
    static const bool registered = [] {
        QMetaType::registerConverter<Dict, QVariantMap>(&Dict::toMap);
        return true;
    }();
    Q_UNUSED(registered);
}

} // namespace

Dict::Dict(std::initializer_list<Entry> entries)
{
    registerConversion();
    for (const Entry &entry : entries)
        insert(entry.first, entry.second);
}

Dict Dict::from(const QVariant &value)
{
    if (value.userType() == qMetaTypeId<Dict>())
        return *static_cast<const Dict *>(value.constData());
    if (value.typeId() == QMetaType::QVariantMap)
        return fromMap(*static_cast<const QVariantMap *>(value.constData()));
    return {};
}

Dict Dict::fromMap(const QVariantMap &map)
{
    Dict dict;
    registerConversion();
    dict.m_entries.reserve(map.size());
    dict.m_index.reserve(map.size());
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        dict.m_index.insert(it.key(), dict.m_entries.size());
        dict.m_entries.append({it.key(), it.value()});
    }
    return dict;
}

bool Dict::holds(const QVariant &value)
{
    return value.typeId() == QMetaType::QVariantMap || value.userType() == qMetaTypeId<Dict>();
}

QVariant Dict::plain(const QVariant &value)
{
    if (value.userType() == qMetaTypeId<Dict>() || value.typeId() == QMetaType::QVariantMap) {
        QVariantMap map;
        for (const Entry &entry : from(value).entries())
            map.insert(entry.first, plain(entry.second));
        return map;
    }
    if (value.typeId() == QMetaType::QVariantList) {
        QVariantList list = value.toList();
        for (QVariant &item : list)
            item = plain(item);
        return list;
    }
    return value;
}

QVariantMap Dict::toMap() const
{
    QVariantMap map;
    for (const Entry &entry : m_entries)
        map.insert(entry.first, entry.second);
    return map;
}

QVariant Dict::value(const QString &key, const QVariant &fallback) const
{
    auto it = m_index.constFind(key);
    return it == m_index.cend() ? fallback : m_entries.at(it.value()).second;
}

void Dict::insert(const QString &key, const QVariant &value)
{
    registerConversion();
    auto it = m_index.constFind(key);
    if (it != m_index.cend()) {
        m_entries[it.value()].second = value;
        return;
    }
    m_index.insert(key, m_entries.size());
    m_entries.append({key, value});
}

bool Dict::remove(const QString &key)
{
    auto it = m_index.constFind(key);
    if (it == m_index.cend())
        return false;
    const qsizetype position = it.value();
    m_entries.removeAt(position);
    m_index.remove(key);
    for (auto index = m_index.begin(); index != m_index.end(); ++index)
        if (index.value() > position)
            --index.value();
    return true;
}

QVariant Dict::take(const QString &key)
{
    const QVariant result = value(key);
    remove(key);
    return result;
}

QStringList Dict::keys() const
{
    QStringList result;
    result.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        result.append(entry.first);
    return result;
}

QVariantList Dict::values() const
{
    QVariantList result;
    result.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        result.append(entry.second);
    return result;
}

bool operator==(const Dict &a, const Dict &b)
{
    if (a.size() != b.size())
        return false;
    for (const Dict::Entry &entry : a.m_entries) {
        auto it = b.m_index.constFind(entry.first);
        if (it == b.m_index.cend() || b.m_entries.at(it.value()).second != entry.second)
            return false;
    }
    return true;
}

} // namespace antler::inventory
