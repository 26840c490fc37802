#pragma once

#include <QHash>
#include <QString>
#include <QVariant>

#include <functional>
#include <vector>

namespace antler::playbook::jinja {

// The names a template sees while it renders: the variables behind a
// resolver (which renders lazily-templated values on first use) and the
// scopes that {% for %} and {% set %} add on top. Also carries the limits
// of one rendering, so hostile templates end with an error.
class Context
{
public:
    // Sets *value to the variable, or leaves it invalid and returns true with
    // *found false when there is no such variable; false with *error when
    // resolving it failed (e.g. a template in its value is broken).
    using Resolver = std::function<bool(const QString &name, QVariant *value, bool *found, QString *error)>;

    static constexpr qsizetype MaximumOutput = 32 * 1024 * 1024; // characters
    static constexpr qint64 MaximumIterations = 1000 * 1000;

    explicit Context(Resolver resolver);

    // Looks locals up first, then the resolver; an unknown name gives an
    // Undefined value ("'name' is undefined"), not an error.
    bool lookup(const QString &name, QVariant *value, QString *error) const;
    void pushScope();
    void popScope();
    void set(const QString &name, const QVariant &value);
    // Replaces a local where it lives (namespace() attributes set in a loop
    // are seen after it); false when no local has that name.
    bool replace(const QString &name, const QVariant &value);

    // Counts loop iterations; false once the budget is spent.
    bool spendIteration();
    // The loop budget of this rendering (MaximumIterations unless lowered,
    // as the fuzzer does so that one input stays fast).
    qint64 iterationBudget() const { return m_iterationBudget; }
    void setIterationBudget(qint64 budget) { m_iterationBudget = budget; }

    // Where lookup('file', …) resolves relative paths.
    QString lookupDirectory;
    // The folder first_found looks in below the role's and the playbook's:
    // "files" unless set ("templates" for with_first_found on template:).
    QString lookupSubdirectory;

private:
    Resolver m_resolver;
    std::vector<QHash<QString, QVariant>> m_scopes;
    qint64 m_iterations = 0;
    qint64 m_iterationBudget = MaximumIterations;
};

} // namespace antler::playbook::jinja
