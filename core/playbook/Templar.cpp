#include "playbook/Templar.h"

#include "inventory/PythonLiteral.h"
#include "playbook/jinja/Context.h"
#include "playbook/jinja/Evaluator.h"
#include "playbook/jinja/Lookups.h"
#include "playbook/jinja/Template.h"
#include "playbook/jinja/Value.h"

#include <QMutex>

namespace antler::playbook {

using jinja::Value;

namespace {

// Variables may refer to other variables; a chain this deep is a mistake.
constexpr int MaximumDepth = 32;

// Walks without copying: this runs over every variable a template looks up.
bool containsTemplate(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        return Templar::isTemplate(*static_cast<const QString *>(value.constData()));
    case QMetaType::QStringList:
        for (const QString &item : *static_cast<const QStringList *>(value.constData()))
            if (Templar::isTemplate(item))
                return true;
        return false;
    case QMetaType::QVariantList:
        for (const QVariant &item : *static_cast<const QVariantList *>(value.constData()))
            if (containsTemplate(item))
                return true;
        return false;
    case QMetaType::QVariantMap: {
        const QVariantMap &map = *static_cast<const QVariantMap *>(value.constData());
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            if (containsTemplate(it.value()))
                return true;
        return false;
    }
    default:
        if (value.userType() == qMetaTypeId<jinja::Dict>()) {
            for (const jinja::Dict::Entry &entry : static_cast<const jinja::Dict *>(value.constData())->entries())
                if (containsTemplate(entry.second))
                    return true;
        }
        return false;
    }
}

// Whether a big container holds a template, remembered process-wide: the
// same facts and inventory variables are looked up by every task on every
// host. The key is the address of the container's shared data; the entry
// keeps a copy of the container, so that data cannot be freed or changed in
// place while the entry exists (a writer detaches to new data).
bool containsTemplateRemembered(const QVariant &value)
{
    constexpr qsizetype BigContainer = 32;
    constexpr qsizetype MaximumEntries = 1024;
    const void *identity = nullptr;
    if (value.typeId() == QMetaType::QVariantMap) {
        const QVariantMap &map = *static_cast<const QVariantMap *>(value.constData());
        if (map.size() >= BigContainer)
            identity = &map.cbegin().value();
    } else if (value.typeId() == QMetaType::QVariantList) {
        const QVariantList &list = *static_cast<const QVariantList *>(value.constData());
        if (list.size() >= BigContainer)
            identity = list.constData();
    } else if (value.userType() == qMetaTypeId<jinja::Dict>()) {
        const jinja::Dict &dict = *static_cast<const jinja::Dict *>(value.constData());
        if (dict.size() >= BigContainer)
            identity = dict.identity();
    }
    if (!identity)
        return containsTemplate(value);
    static QMutex mutex;
    static QHash<const void *, std::pair<QVariant, bool>> remembered;
    {
        QMutexLocker locker(&mutex);
        auto it = remembered.constFind(identity);
        if (it != remembered.cend())
            return it.value().second;
    }
    const bool result = containsTemplate(value);
    QMutexLocker locker(&mutex);
    if (remembered.size() >= MaximumEntries)
        remembered.clear();
    remembered.insert(identity, {value, result});
    return result;
}

} // namespace

Templar::Templar(const QVariantMap &variables)
    : m_variables(variables)
{
}

jinja::Context Templar::evaluationContext() const
{
    jinja::Context context([this](const QString &name, QVariant *value, bool *found, QString *resolveError) {
        return resolve(name, value, found, resolveError);
    });
    context.lookupDirectory = m_lookupDirectory;
    return context;
}

bool Templar::failLocated(QString *error) const
{
    *error = located(*error);
    return false;
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
    if (m_unsafe.contains(name) || name == QLatin1String("ansible_facts") || !containsTemplateRemembered(it.value())) {
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
    // Ansible's templar: Jinja drops the source's final newline, then as many
    // newlines are added back as the source ended with and the result lacks,
    // so "{{ text_ending_in_newline }}\n" ends with one newline, not two.
    qsizetype sourceNewlines = 0;
    while (sourceNewlines < text.size() && text.at(text.size() - 1 - sourceNewlines) == u'\n')
        ++sourceNewlines;
    QString source = text;
    if (source.endsWith(u'\n')) {
        source.chop(1);
        if (source.endsWith(u'\r'))
            source.chop(1);
    }
    jinja::Lexer::Options options;
    options.trimBlocks = trimFlags & 1;
    options.lstripBlocks = trimFlags & 2;
    // Ansible's templar escapes backslashes for strings, not for the template module.
    options.literalBackslashes = !(trimFlags & 4);
    const auto parsed = jinja::Template::parse(source, jinja::Template::Mode::Text, options);
    if (!parsed->isValid()) {
        *error = parsed->error();
        return false;
    }
    jinja::Context context = evaluationContext();
    jinja::Evaluator evaluator(context);
    if (native && sourceNewlines == 0 && parsed->singleExpression()) {
        QVariant value;
        if (!evaluator.evaluate(*parsed->singleExpression(), &value, error))
            return false;
        *out = Value::isNone(value) ? QVariant(QString()) : value;
        return true;
    }
    QString rendered;
    if (!evaluator.render(parsed->body(), &rendered, error))
        return false;
    // Ansible's ansible_eval_concat: a rendering that looks like a list, a
    // dict or a boolean and is a Python literal becomes that value (and gets
    // no newline back), so "{{ item }}\n" hands copy a dict, not its text.
    // The template module keeps its text, and so does a lone expression whose
    // last filter is one of Ansible's STRING_TYPE_FILTERS (to_json, …).
    static const QStringList stringFilters
        = {QStringLiteral("string"),  QStringLiteral("to_json"),      QStringLiteral("to_nice_json"),
           QStringLiteral("to_yaml"), QStringLiteral("to_nice_yaml"), QStringLiteral("ppretty"),
           QStringLiteral("json")};
    const jinja::Node *single = parsed->singleExpression();
    const bool keepsText
        = single && single->kind == jinja::Node::Kind::Filter && stringFilters.contains(single->name.section(u'.', -1));
    if (native && !keepsText
        && (rendered.startsWith(u'{') || rendered.startsWith(u'[') || rendered == QLatin1String("True")
            || rendered == QLatin1String("False"))) {
        const QVariant value = inventory::PythonLiteral::evaluate(rendered);
        if (value.typeId() != QMetaType::QString) {
            *out = value;
            return true;
        }
    }
    qsizetype renderedNewlines = 0;
    while (renderedNewlines < rendered.size() && rendered.at(rendered.size() - 1 - renderedNewlines) == u'\n')
        ++renderedNewlines;
    if (sourceNewlines > renderedNewlines)
        rendered += QString(sourceNewlines - renderedNewlines, u'\n');
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
        if (value.userType() == qMetaTypeId<jinja::Dict>()) {
            // The values rendered, in the order they were written.
            jinja::Dict map;
            for (const jinja::Dict::Entry &entry : static_cast<const jinja::Dict *>(value.constData())->entries()) {
                QVariant rendered;
                if (!renderValueDeep(entry.second, &rendered, error))
                    return false;
                map.insert(entry.first, rendered);
            }
            *out = map.toVariant();
            return true;
        }
        *out = value;
        return true;
    }
}

bool Templar::runLookup(const QString &plugin, const QVariantList &terms, const QString &subdirectory,
                        QVariantList *results, QString *error) const
{
    jinja::Context context([this](const QString &name, QVariant *value, bool *found, QString *resolveError) {
        return resolve(name, value, found, resolveError);
    });
    context.lookupDirectory = m_lookupDirectory;
    context.lookupSubdirectory = subdirectory;
    if (!jinja::Lookups::handles(plugin)) {
        *error = QCoreApplication::translate("antler::playbook::Templar", "the loop “with_%1” is not supported")
                     .arg(plugin);
        return false;
    }
    return jinja::Lookups::run(plugin, terms, {}, context, results, error);
}

bool Templar::render(const QString &text, QVariant *out, QString *error) const
{
    return renderString(text, true, 1, out, error) || failLocated(error);
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
    return renderValueDeep(value, out, error) || failLocated(error);
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
    jinja::Context context = evaluationContext();
    jinja::Evaluator evaluator(context);
    return evaluator.evaluate(*parsed->singleExpression(), out, error) || failLocated(error);
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
    // One scan for '{' instead of three substring searches: this runs for
    // every string of every variable a template looks up.
    const QStringView view(text);
    for (qsizetype i = view.indexOf(QLatin1Char('{')); i >= 0 && i + 1 < view.size();
         i = view.indexOf(QLatin1Char('{'), i + 1)) {
        const QChar next = view.at(i + 1);
        if (next == QLatin1Char('{') || next == QLatin1Char('%') || next == QLatin1Char('#'))
            return true;
    }
    return false;
}

QString Templar::toText(const QVariant &value)
{
    if (Value::isNone(value))
        return {};
    return Value::toText(value);
}

} // namespace antler::playbook
