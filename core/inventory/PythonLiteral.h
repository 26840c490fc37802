#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace antler::inventory {

// Ansible types the values of an INI inventory with Python's
// ast.literal_eval (Python 3.11, as ansible-core 2.14 runs on Debian 12):
// 2222 becomes a number, True a boolean, "a b" the string a b, [1, 2] and
// 1, 2 a list; anything that is not a Python literal (true, pi.local, 0755)
// stays the text it was. Leading spaces and tabs are ignored and a # starts a
// comment, as in Python source.
class PythonLiteral
{
    Q_DECLARE_TR_FUNCTIONS(antler::inventory::PythonLiteral)

public:
    static QVariant evaluate(const QString &text);
    // As above, but returns false where literal_eval raises something other
    // than ValueError or SyntaxError, which makes Ansible reject the whole
    // inventory (a list or dict used as a dict key); *problem then says why.
    static bool evaluate(const QString &text, QVariant *value, QString *problem);

private:
    explicit PythonLiteral(const QString &text);

    bool parseTopLevel(QVariant *out);
    bool parseExpression(QVariant *out);
    bool parseAtom(QVariant *out);
    bool parseNumber(QVariant *out);
    bool parseStrings(QVariant *out);
    bool parseString(QString *out, bool *bytes);
    bool parseEscape(bool bytes, QString *text);
    bool parseSequence(QChar close, bool isTuple, QVariant *out);
    bool parseMapping(QVariant *out);
    void skipSpace();
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(qsizetype ahead = 0) const;

    QString m_text;
    qsizetype m_pos = 0;
    int m_depth = 0;
    QString m_problem; // set when literal_eval would raise a TypeError
};

} // namespace antler::inventory
