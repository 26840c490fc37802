#pragma once

#include "playbook/jinja/Context.h"
#include "playbook/jinja/Node.h"

#include <QString>
#include <QVariant>

namespace antler::playbook::jinja {

// Runs a parsed template against a Context: renders statements to text and
// evaluates expressions to values with Jinja2's semantics under Ansible
// (strict undefined, None printed as nothing).
class Evaluator
{
public:
    explicit Evaluator(Context &context);

    bool render(const Node &body, QString *out, QString *error);
    bool evaluate(const Node &expression, QVariant *out, QString *error);

private:
    bool renderInto(const Node &body, QString *out);
    bool eval(const Node &node, QVariant *out);
    // eval, then an error if the value is undefined.
    bool evalDefined(const Node &node, QVariant *out);
    bool fail(const QString &message);
    bool failUndefined(const QVariant &value);

    bool renderFor(const Node &node, QString *out);
    bool assign(const QStringList &names, const QVariant &value);
    bool evalGetattr(const Node &node, QVariant *out);
    bool evalGetitem(const QVariant &object, const QVariant &index, QVariant *out);
    bool evalSlice(const Node &node, QVariant *out);
    bool evalCall(const Node &node, QVariant *out);
    bool evalArguments(const Node &node, std::size_t first, QVariantList *args, QVariantMap *kwargs);
    bool evalFilter(const Node &node, QVariant *out);
    bool evalTest(const Node &node, QVariant *out);
    bool evalBinary(const Node &node, QVariant *out);
    bool evalCompare(const Node &node, QVariant *out);
    bool callGlobal(const QString &name, const QVariantList &args, const QVariantMap &kwargs, QVariant *out);

    Context &m_context;
    QString m_error;
};

} // namespace antler::playbook::jinja
