#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <initializer_list>
#include <utility>

namespace antler::inventory {

// A dictionary of variables that keeps its keys in the order they were
// first inserted, as Python's dict does: what a YAML mapping, a Jinja dict
// literal, combine or from_json gives iterates in the order it was written
// (QVariantMap would walk it sorted). It travels inside a QVariant and
// converts to a QVariantMap (sorted) where only lookups matter, so code that
// reads one key with QVariant::toMap() keeps working.
//
// Equality is Python's: the same keys with equal values, in any order.
class Dict
{
public:
    using Entry = std::pair<QString, QVariant>;

    // Iterates the entries in insertion order, QMap-style: key(), value().
    class const_iterator
    {
    public:
        const_iterator() = default;
        explicit const_iterator(QList<Entry>::const_iterator it)
            : m_it(it)
        {
        }
        const QString &key() const { return m_it->first; }
        const QVariant &value() const { return m_it->second; }
        const QVariant &operator*() const { return m_it->second; }
        const_iterator &operator++()
        {
            ++m_it;
            return *this;
        }
        bool operator==(const const_iterator &other) const { return m_it == other.m_it; }
        bool operator!=(const const_iterator &other) const { return m_it != other.m_it; }

    private:
        QList<Entry>::const_iterator m_it;
    };

    Dict() = default;
    Dict(std::initializer_list<Entry> entries);

    // A Dict from a Dict or a QVariantMap (in key order) inside a QVariant;
    // empty for anything else.
    static Dict from(const QVariant &value);
    static Dict fromMap(const QVariantMap &map);
    // A QVariant holding a Dict or a QVariantMap.
    static bool holds(const QVariant &value);
    // value with every Dict inside it, however deep, turned into a
    // QVariantMap: for writers that know only Qt's containers (QJsonValue).
    static QVariant plain(const QVariant &value);

    QVariantMap toMap() const;
    QVariant toVariant() const { return QVariant::fromValue(*this); }

    bool isEmpty() const { return m_entries.isEmpty(); }
    qsizetype size() const { return m_entries.size(); }
    bool contains(const QString &key) const { return m_index.contains(key); }
    QVariant value(const QString &key, const QVariant &fallback = {}) const;
    // A new key goes last; an existing one keeps its place and takes the value.
    void insert(const QString &key, const QVariant &value);
    bool remove(const QString &key);
    QVariant take(const QString &key);
    QStringList keys() const;
    QVariantList values() const;
    const QList<Entry> &entries() const & { return m_entries; }
    // A temporary's entries by value, so "for (… : Dict::from(v).entries())"
    // walks live data.
    QList<Entry> entries() && { return std::move(m_entries); }

    const_iterator begin() const { return const_iterator(m_entries.cbegin()); }
    const_iterator end() const { return const_iterator(m_entries.cend()); }
    const_iterator cbegin() const { return begin(); }
    const_iterator cend() const { return end(); }

    // The address of the shared entry data: the same for copies that were
    // not written to since.
    const void *identity() const { return m_entries.constData(); }

    friend bool operator==(const Dict &a, const Dict &b);
    friend bool operator!=(const Dict &a, const Dict &b) { return !(a == b); }

private:
    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_index;
};

} // namespace antler::inventory

Q_DECLARE_METATYPE(antler::inventory::Dict)
