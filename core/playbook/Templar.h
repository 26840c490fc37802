#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>
#include <QVariantMap>

namespace antler::playbook {

// The templating of the first headless slice: "{{ name }}", "{{ a.b }}" and
// "{{ a['b'] }}" / "{{ a[0] }}" substituted from a map of variables. Anything
// else between braces is refused with a clear sentence instead of being
// misread. The full Jinja2 subset of the engine replaces this class; callers
// only use render() and renderValue().
class Templar
{
    Q_DECLARE_TR_FUNCTIONS(antler::playbook::Templar)

public:
    explicit Templar(const QVariantMap &variables = {});

    const QVariantMap &variables() const { return m_variables; }

    // A text that is exactly one "{{ expression }}" keeps the type of its
    // value (a list stays a list), as in Ansible; otherwise the result is
    // text. On an undefined variable *error says "'name' is undefined".
    bool render(const QString &text, QVariant *out, QString *error) const;
    bool renderText(const QString &text, QString *out, QString *error) const;
    // Renders every string inside lists and mappings.
    bool renderValue(const QVariant &value, QVariant *out, QString *error) const;

    // A bare Jinja2 expression (no braces), as in when:, failed_when:,
    // changed_when:, until: and {{ }}. Returns its value.
    bool evaluateExpression(const QString &expression, QVariant *out, QString *error) const;
    // when:-style condition: the expression's truth (Jinja2/Python truthiness;
    // the strings "yes"/"true"/"on"/"1" count as true as in Ansible's bool).
    bool evaluateCondition(const QString &expression, bool *out, QString *error) const;
    // Python truthiness of a value.
    static bool isTruthy(const QVariant &value);

    static bool isTemplate(const QString &text);
    // How Jinja2 prints a value in Ansible: True/False, Python reprs of lists
    // and mappings, nothing for None.
    static QString toText(const QVariant &value);

private:
    bool renderDepth(const QString &text, QVariant *out, QString *error, int depth) const;
    bool evaluate(const QString &expression, QVariant *out, QString *error, int depth) const;

    QVariantMap m_variables;
};

} // namespace antler::playbook
