#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace moosefacts {

struct Fact
{
    int id = 0;
    QString text;
    QString topic;
};

// The moose facts, loaded once and kept with each fact's JSON already
// serialized so serving one is a buffer copy.
class FactsStore
{
public:
    // Loads a JSON file: {"facts": [{"id": 1, "text": "...", "topic": "..."}, ...]}
    // or a bare array of the same objects. On failure returns false and sets
    // *error to one sentence naming the file, the place and the fix.
    bool loadFile(const QString &path, QString *error);
    bool loadJson(const QByteArray &json, const QString &origin, QString *error);

    int size() const { return int(m_facts.size()); }
    bool isEmpty() const { return m_facts.isEmpty(); }
    const QList<Fact> &facts() const { return m_facts; }

    // Index of the fact with this id, or -1.
    int indexOf(int id) const;
    QByteArray factJson(int index) const { return m_json.at(index); }
    QByteArray randomFactJson() const;
    // {"total":N,"offset":o,"limit":l,"facts":[...]}
    QByteArray pageJson(int offset, int limit) const;

private:
    QList<Fact> m_facts;
    QList<QByteArray> m_json;
};

} // namespace moosefacts
