#include "playbook/Templar.h"

#include "playbook/jinja/Context.h"
#include "playbook/jinja/Evaluator.h"
#include "playbook/jinja/Template.h"
#include "playbook/jinja/Value.h"

namespace antler::playbook {

using jinja::Value;

namespace {

// Variables may refer to other variables; a chain this deep is a mistake.
constexpr int MaximumDepth = 32;

bool containsTemplate(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        return Templar::isTemplate(value.toString());
    case QMetaType::QStringList:
        for (const QString &item : value.toStringList())
            if (Templar::isTemplate(item))
                return true;
        return false;
    case QMetaType::QVariantList:
        for (const QVariant &item : value.toList())
            if (containsTemplate(item))
                return true;
        return false;
    case QMetaType::QVariantMap: {
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            if (containsTemplate(it.value()))
                return true;
        return false;
    }
    default:
        return false;
    }
}

} // namespace

Templar::Templar(const QVariantMap &variables)
    : m_variables(variables)
{
}

QString Templar::located(const QString &error) const
{
    if (m_sourceLocation.isEmpty())
        return error;
    return tr("%1 (in %2)").arg(error, m_sourceLocation);
}

bool Templar::resolve(const QString &name, QVariant *value, bool *found, QString *error) const
{
    auto cached = m_resolved.constFind(name);
    if (cached != m_resolved.cend()) {
        *value = cached.value();
        *found = true;
        return true;
    }
    auto it = m_variables.constFind(name);
    if (it == m_variables.cend()) {
        *found = false;
        return true;
    }
    *found = true;
    if (!containsTemplate(it.value())) {
        *value = it.value();
        m_resolved.insert(name, *value);
        return true;
    }
    if (m_resolving.contains(name) || m_depth >= MaximumDepth) {
        *error = tr("the variables refer to each other in a loop ('%1' needs itself); make sure no variable's "
                    "value refers back to itself.")
                     .arg(name);
        return false;
    }
    m_resolving.insert(name);
    ++m_depth;
    const bool ok = renderValueDeep(it.value(), value, error);
    --m_depth;
    m_resolving.remove(name);
    if (!ok)
        return false;
    m_resolved.insert(name, *value);
    return true;
}

bool Templar::renderString(const QString &text, bool native, int trimFlags, QVariant *out, QString *error) const
{
    if (!isTemplate(text)) {
        *out = text;
        return true;
    }
    jinja::Lexer::Options options;
    options.trimBlocks = trimFlags & 1;
    options.lstripBlocks = trimFlags & 2;
    // Ansible's templar escapes backslashes for strings, not for the template module.
    options.literalBackslashes = !(trimFlags & 4);
    const auto parsed = jinja::Template::parse(text, jinja::Template::Mode::Text, options);
    if (!parsed->isValid()) {
        *error = parsed->error();
        return false;
    }
    jinja::Context context([this](const QString &name, QVariant *value, bool *found, QString *resolveError) {
        return resolve(name, value, found, resolveError);
    });
    context.lookupDirectory = m_lookupDirectory;
    jinja::Evaluator evaluator(context);
    if (native && parsed->singleExpression()) {
        QVariant value;
        if (!evaluator.evaluate(*parsed->singleExpression(), &value, error))
            return false;
        *out = Value::isNone(value) ? QVariant(QString()) : value;
        return true;
    }
    QString rendered;
    if (!evaluator.render(parsed->body(), &rendered, error))
        return false;
    *out = rendered;
    return true;
}

bool Templar::renderValueDeep(const QVariant &value, QVariant *out, QString *error) const
{
    switch (value.typeId()) {
    case QMetaType::QString:
        return renderString(value.toString(), true, 1, out, error);
    case QMetaType::QStringList:
    case QMetaType::QVariantList: {
        QVariantList list;
        for (const QVariant &item : Value::toList(value)) {
            QVariant rendered;
            if (!renderValueDeep(item, &rendered, error))
                return false;
            list.append(rendered);
        }
        *out = list;
        return true;
    }
    case QMetaType::QVariantMap: {
        QVariantMap map = value.toMap();
        for (auto it = map.begin(); it != map.end(); ++it) {
            QVariant rendered;
            if (!renderValueDeep(it.value(), &rendered, error))
                return false;
            it.value() = rendered;
        }
        *out = map;
        return true;
    }
    default:
        *out = value;
        return true;
    }
}

bool Templar::render(const QString &text, QVariant *out, QString *error) const
{
    if (!renderString(text, true, 1, out, error)) {
        *error = located(*error);
        return false;
    }
    return true;
}

bool Templar::renderText(const QString &text, QString *out, QString *error) const
{
    QVariant value;
    if (!render(text, &value, error))
        return false;
    *out = value.typeId() == QMetaType::QString ? value.toString() : toText(value);
    return true;
}

bool Templar::renderValue(const QVariant &value, QVariant *out, QString *error) const
{
    if (!renderValueDeep(value, out, error)) {
        *error = located(*error);
        return false;
    }
    return true;
}

bool Templar::renderTemplateFile(const QString &text, const TemplateOptions &options, QString *out,
                                 QString *error) const
{
    QVariant value;
    if (!renderString(text, false, (options.trimBlocks ? 1 : 0) | (options.lstripBlocks ? 2 : 0) | 4, &value, error)) {
        *error = located(*error);
        return false;
    }
    *out = value.toString();
    return true;
}

bool Templar::evaluateExpression(const QString &expression, QVariant *out, QString *error) const
{
    const QString trimmed = expression.trimmed();
    if (isTemplate(trimmed)) {
        // when: "{{ x }}" — Ansible accepts it (with a warning).
        return render(trimmed, out, error);
    }
    if (trimmed.isEmpty()) {
        *error = located(tr("the expression is empty"));
        return false;
    }
    const auto parsed = jinja::Template::parse(trimmed, jinja::Template::Mode::Expression);
    if (!parsed->isValid()) {
        *error = located(parsed->error());
        return false;
    }
    jinja::Context context([this](const QString &name, QVariant *value, bool *found, QString *resolveError) {
        return resolve(name, value, found, resolveError);
    });
    context.lookupDirectory = m_lookupDirectory;
    jinja::Evaluator evaluator(context);
    if (!evaluator.evaluate(*parsed->singleExpression(), out, error)) {
        *error = located(*error);
        return false;
    }
    return true;
}

bool Templar::evaluateCondition(const QString &expression, bool *out, QString *error) const
{
    QVariant value;
    if (!evaluateExpression(expression, &value, error))
        return false;
    if (Value::isString(value)) {
        const QString text = value.toString().trimmed().toLower();
        if (text == QLatin1String("yes") || text == QLatin1String("true") || text == QLatin1String("on")
            || text == QLatin1String("1")) {
            *out = true;
            return true;
        }
        if (text.isEmpty() || text == QLatin1String("no") || text == QLatin1String("false")
            || text == QLatin1String("off") || text == QLatin1String("0") || text == QLatin1String("none")) {
            *out = false;
            return true;
        }
    }
    *out = isTruthy(value);
    return true;
}

bool Templar::isTruthy(const QVariant &value)
{
    return Value::truthy(value);
}

bool Templar::isTemplate(const QString &text)
{
    return text.contains(QLatin1String("{{")) || text.contains(QLatin1String("{%"))
        || text.contains(QLatin1String("{#"));
}

QString Templar::toText(const QVariant &value)
{
    if (Value::isNone(value))
        return {};
    return Value::toText(value);
}

} // namespace antler::playbook
