#pragma once

#include <QString>
#include <QVariant>

namespace antler::inventory {

// Ansible types the values of an INI inventory with Python's
// ast.literal_eval: 2222 becomes a number, True a boolean, "a b" the string
// a b, [1, 2] a list; anything that is not a Python literal (true, pi.local)
// stays the text it was. This is that rule for the literals inventories use.
class PythonLiteral
{
public:
    static QVariant evaluate(const QString &text);

private:
    explicit PythonLiteral(const QString &text);

    bool parseExpression(QVariant *out);
    bool parseAtom(QVariant *out);
    bool parseNumber(QVariant *out);
    bool parseString(QString *out);
    bool parseSequence(QChar close, QVariant *out);
    bool parseMapping(QVariant *out);
    void skipSpace();
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(qsizetype ahead = 0) const;

    QString m_text;
    qsizetype m_pos = 0;
    int m_depth = 0;
};

} // namespace antler::inventory
