#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QVariant>
#include <QVariantMap>

namespace antler::playbook::jinja {
class Context;
}

namespace antler::playbook {

// Ansible's templating: the Jinja2 subset of playbooks ({{ }}, {% if %},
// {% for %}, {% set %}, filters, tests) over a map of variables. Variables
// whose values are templates themselves are rendered when first used, as in
// Ansible. Parsed templates are cached process-wide, so a Templar is cheap
// to create per task and host. Not thread-safe; create one per thread.
class Templar
{
    Q_DECLARE_TR_FUNCTIONS(antler::playbook::Templar)

public:
    // Whitespace handling of the template module (Ansible's defaults).
    struct TemplateOptions
    {
        bool trimBlocks = true;
        bool lstripBlocks = false;
    };

    explicit Templar(const QVariantMap &variables = {});

    const QVariantMap &variables() const { return m_variables; }

    // The directory lookup('file', …) resolves relative paths against,
    // usually the playbook's or role's directory.
    void setLookupLocation(const QString &directory) { m_lookupDirectory = directory; }
    // Where the text comes from ("site.yml:12"); errors then end with it.
    void setSourceLocation(const QString &fileAndLine) { m_sourceLocation = fileAndLine; }
    // Variables whose values came from a host (registered results, facts):
    // Ansible marks them unsafe and never renders "{{" inside them, and
    // neither does Templar. ansible_facts is always treated so.
    void markUnsafe(const QString &name) { m_unsafe.insert(name); }

    // A text that is exactly one "{{ expression }}" keeps the type of its
    // value (a list stays a list, None becomes ""), as in Ansible; otherwise
    // the result is text. On an undefined variable *error says "'name' is undefined".
    bool render(const QString &text, QVariant *out, QString *error) const;
    bool renderText(const QString &text, QString *out, QString *error) const;
    // Renders every string inside lists and mappings.
    bool renderValue(const QVariant &value, QVariant *out, QString *error) const;
    // The template module: always text, with its whitespace options.
    bool renderTemplateFile(const QString &text, const TemplateOptions &options, QString *out, QString *error) const;

    // A bare Jinja2 expression (no braces), as in when:, failed_when:,
    // changed_when:, until: and {{ }}. Returns its value. "{{ x }}" is
    // accepted too.
    bool evaluateExpression(const QString &expression, QVariant *out, QString *error) const;
    // when:-style condition: the expression's truth (Jinja2/Python truthiness;
    // a text result counts as Ansible's bool filter reads it: "yes", "true",
    // "on", "1" are true, "no", "false", "off", "0" and "" false).
    bool evaluateCondition(const QString &expression, bool *out, QString *error) const;
    // query(plugin, *terms) with these variables: what a with_PLUGIN loop
    // runs over. subdirectory: where first_found looks below the role and
    // playbook ("files", or "templates" for the template module).
    bool runLookup(const QString &plugin, const QVariantList &terms, const QString &subdirectory, QVariantList *results,
                   QString *error) const;
    // Python truthiness of a value.
    static bool isTruthy(const QVariant &value);

    static bool isTemplate(const QString &text);
    // How Jinja2 prints a value in Ansible: True/False, Python reprs of lists
    // and mappings, nothing for None.
    static QString toText(const QVariant &value);

private:
    bool renderString(const QString &text, bool native, int trimFlags, QVariant *out, QString *error) const;
    bool renderValueDeep(const QVariant &value, QVariant *out, QString *error) const;
    bool resolve(const QString &name, QVariant *value, bool *found, QString *error) const;
    QString located(const QString &error) const;
    // Adds the source location to *error; false, for `return ok || failLocated(error)`.
    bool failLocated(QString *error) const;
    // A Jinja context that resolves names through resolve().
    jinja::Context evaluationContext() const;

    QVariantMap m_variables;
    QString m_lookupDirectory;
    QString m_sourceLocation;
    QSet<QString> m_unsafe;
    // Variables already rendered (lazy templating), and those being rendered
    // right now, to report a loop among them instead of recursing.
    mutable QHash<QString, QVariant> m_resolved;
    mutable QSet<QString> m_resolving;
    mutable int m_depth = 0;
};

} // namespace antler::playbook
