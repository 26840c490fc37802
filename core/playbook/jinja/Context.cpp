#include "playbook/jinja/Context.h"

#include "playbook/jinja/Value.h"

#include <QCoreApplication>

namespace antler::playbook::jinja {

Context::Context(Resolver resolver)
    : m_resolver(std::move(resolver))
{
    m_scopes.emplace_back();
}

bool Context::lookup(const QString &name, QVariant *value, QString *error) const
{
    for (auto scope = m_scopes.crbegin(); scope != m_scopes.crend(); ++scope) {
        auto it = scope->constFind(name);
        if (it != scope->cend()) {
            *value = it.value();
            return true;
        }
    }
    bool found = false;
    if (m_resolver && !m_resolver(name, value, &found, error))
        return false;
    if (!found)
        *value = Value::undefined(
            QCoreApplication::translate("antler::playbook::jinja::Context", "'%1' is undefined").arg(name));
    return true;
}

void Context::pushScope()
{
    m_scopes.emplace_back();
}

void Context::popScope()
{
    if (m_scopes.size() > 1)
        m_scopes.pop_back();
}

void Context::set(const QString &name, const QVariant &value)
{
    m_scopes.back().insert(name, value);
}

bool Context::replace(const QString &name, const QVariant &value)
{
    for (auto scope = m_scopes.rbegin(); scope != m_scopes.rend(); ++scope) {
        auto it = scope->find(name);
        if (it != scope->end()) {
            it.value() = value;
            return true;
        }
    }
    return false;
}

bool Context::spendIteration()
{
    return ++m_iterations <= m_iterationBudget;
}

} // namespace antler::playbook::jinja
