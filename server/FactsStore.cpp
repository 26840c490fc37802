#include "FactsStore.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace moosefacts {

namespace {

// Line and column (1-based) of a byte offset, for JSON parse errors.
QString lineColumn(const QByteArray &text, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("%1:%2").arg(line).arg(column);
}

} // namespace

bool FactsStore::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read the facts file %1: %2; pass an existing JSON file with --facts.")
                     .arg(path, file.errorString());
        return false;
    }
    return loadJson(file.readAll(), path, error);
}

bool FactsStore::loadJson(const QByteArray &json, const QString &origin, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1:%2: invalid JSON (%3); fix the syntax or pass another file with --facts.")
                     .arg(origin, lineColumn(json, parseError.offset), parseError.errorString());
        return false;
    }
    QJsonArray array;
    if (doc.isArray())
        array = doc.array();
    else if (doc.isObject() && doc.object().value(QStringLiteral("facts")).isArray())
        array = doc.object().value(QStringLiteral("facts")).toArray();
    else {
        *error = QStringLiteral("%1: expected a JSON array of facts or an object with a \"facts\" array.").arg(origin);
        return false;
    }
    if (array.isEmpty()) {
        *error = QStringLiteral("%1: the file holds no facts; add at least one {\"id\": 1, \"text\": \"...\"}.")
                     .arg(origin);
        return false;
    }

    QList<Fact> facts;
    QList<QByteArray> serialized;
    QHash<int, int> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const QString where = QStringLiteral("%1: fact #%2").arg(origin).arg(i + 1);
        const QJsonValue idValue = o.value(QStringLiteral("id"));
        const double idNumber = idValue.toDouble(-1);
        if (!array.at(i).isObject() || !idValue.isDouble() || idNumber < 1 || idNumber > 1e9
            || idNumber != double(int(idNumber))) {
            *error = QStringLiteral("%1 needs a positive whole number \"id\".").arg(where);
            return false;
        }
        Fact fact;
        fact.id = int(idNumber);
        fact.text = o.value(QStringLiteral("text")).toString().trimmed();
        fact.topic = o.value(QStringLiteral("topic")).toString().trimmed();
        if (fact.text.isEmpty()) {
            *error = QStringLiteral("%1 (id %2) needs a non-empty \"text\".").arg(where).arg(fact.id);
            return false;
        }
        if (seen.contains(fact.id)) {
            *error = QStringLiteral("%1 repeats id %2 (first used by fact #%3); ids must be unique.")
                         .arg(where)
                         .arg(fact.id)
                         .arg(seen.value(fact.id) + 1);
            return false;
        }
        seen.insert(fact.id, int(i));
        QJsonObject out {{QStringLiteral("id"), fact.id}, {QStringLiteral("text"), fact.text}};
        if (!fact.topic.isEmpty())
            out.insert(QStringLiteral("topic"), fact.topic);
        serialized.append(QJsonDocument(out).toJson(QJsonDocument::Compact));
        facts.append(fact);
    }
    m_facts = facts;
    m_json = serialized;
    return true;
}

int FactsStore::indexOf(int id) const
{
    // Ids are usually 1..N in order; check the obvious slot before scanning.
    if (id >= 1 && id <= m_facts.size() && m_facts.at(id - 1).id == id)
        return id - 1;
    for (qsizetype i = 0; i < m_facts.size(); ++i) {
        if (m_facts.at(i).id == id)
            return int(i);
    }
    return -1;
}

QByteArray FactsStore::randomFactJson() const
{
    if (m_json.isEmpty())
        return {};
    return m_json.at(QRandomGenerator::global()->bounded(int(m_json.size())));
}

QByteArray FactsStore::pageJson(int offset, int limit) const
{
    QByteArray out = "{\"total\":" + QByteArray::number(m_facts.size()) + ",\"offset\":" + QByteArray::number(offset)
        + ",\"limit\":" + QByteArray::number(limit) + ",\"facts\":[";
    const int end = qMin(int(m_facts.size()), offset + limit);
    for (int i = offset; i < end; ++i) {
        if (i > offset)
            out += ',';
        out += m_json.at(i);
    }
    out += "]}";
    return out;
}

} // namespace moosefacts
