#pragma once

#include <QString>
#include <QVariant>

namespace antler::playbook::jinja {

// JSON text into template values as Python's json.loads reads it: objects
// become dicts that keep their keys in the order written (QJsonObject would
// sort them), integers stay integers, other numbers are floats.
class JsonReader
{
public:
    // False with *error (where and what) when text is no JSON.
    static bool read(const QString &text, QVariant *out, QString *error);

private:
    explicit JsonReader(const QString &text);
    bool value(QVariant *out, int depth);
    bool string(QString *out);
    bool number(QVariant *out);
    void skipSpace();
    bool fail(const QString &what);

    const QString &m_text;
    qsizetype m_pos = 0;
    QString m_error;
};

} // namespace antler::playbook::jinja
