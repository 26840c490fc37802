#pragma once

#include <QString>
#include <QVariant>

namespace antler::playbook::jinja {

// Python's binary operators on template values: + - * / // % ** and ~,
// including text and list concatenation, repetition and %-formatting.
class Arithmetic
{
public:
    static bool apply(const QString &op, const QVariant &left, const QVariant &right, QVariant *out, QString *error);
    static bool negate(const QVariant &value, QVariant *out, QString *error);
    // "%s-%d" % (a, b)
    static bool format(const QString &pattern, const QVariant &arguments, QString *out, QString *error);
};

} // namespace antler::playbook::jinja
