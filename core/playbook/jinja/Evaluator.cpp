#include "playbook/jinja/Evaluator.h"

#include "playbook/jinja/Arithmetic.h"
#include "playbook/jinja/ExtraFilters.h"
#include "playbook/jinja/Filters.h"
#include "playbook/jinja/Lookups.h"
#include "playbook/jinja/Methods.h"
#include "playbook/jinja/Tests.h"
#include "playbook/jinja/Value.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcessEnvironment>

#include <algorithm>

namespace antler::playbook::jinja {

namespace {

constexpr qint64 MaximumRange = 1000000;

QString tr(const char *text)
{
    return QCoreApplication::translate("antler::playbook::jinja::Evaluator", text);
}

QString objectName(const QVariant &value)
{
    if (Value::isNone(value))
        return QStringLiteral("'None'");
    return QStringLiteral("'%1 object'").arg(Value::typeName(value));
}

} // namespace

Evaluator::Evaluator(Context &context)
    : m_context(context)
{
}

bool Evaluator::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool Evaluator::failUndefined(const QVariant &value)
{
    return fail(Value::undefinedMessage(value));
}

bool Evaluator::render(const Node &body, QString *out, QString *error)
{
    m_error.clear();
    out->clear();
    if (!renderInto(body, out)) {
        *error = m_error;
        return false;
    }
    return true;
}

bool Evaluator::evaluate(const Node &expression, QVariant *out, QString *error)
{
    m_error.clear();
    if (!evalDefined(expression, out)) {
        *error = m_error;
        return false;
    }
    return true;
}

bool Evaluator::renderInto(const Node &body, QString *out)
{
    for (const NodePtr &statement : body.children) {
        switch (statement->kind) {
        case Node::Kind::Text:
            *out += statement->value.toString();
            break;
        case Node::Kind::Print: {
            QVariant value;
            if (!evalDefined(*statement->children.front(), &value))
                return false;
            // Ansible prints None as nothing.
            if (!Value::isNone(value))
                *out += Value::toText(value);
            break;
        }
        case Node::Kind::If: {
            const auto &parts = statement->children;
            std::size_t i = 0;
            bool done = false;
            for (; i + 1 < parts.size(); i += 2) {
                QVariant condition;
                if (!evalDefined(*parts.at(i), &condition))
                    return false;
                if (Value::truthy(condition)) {
                    if (!renderInto(*parts.at(i + 1), out))
                        return false;
                    done = true;
                    break;
                }
            }
            if (!done && parts.size() % 2 == 1 && !renderInto(*parts.back(), out))
                return false;
            break;
        }
        case Node::Kind::For:
            if (!renderFor(*statement, out))
                return false;
            break;
        case Node::Kind::Set: {
            QVariant value;
            if (statement->negated) {
                QString text;
                if (!renderInto(*statement->children.front(), &text))
                    return false;
                value = text;
            } else if (!evalDefined(*statement->children.front(), &value)) {
                return false;
            }
            if (!assign(statement->names, value))
                return false;
            break;
        }
        default:
            return fail(tr("internal error: unexpected statement"));
        }
        if (out->size() > Context::MaximumOutput)
            return fail(
                tr("the template's output grew beyond %1 characters; check its loops").arg(Context::MaximumOutput));
    }
    return true;
}

bool Evaluator::assign(const QStringList &names, const QVariant &value)
{
    if (names.size() == 1 && names.front().contains(QLatin1Char('.'))) {
        const QString object = names.front().section(QLatin1Char('.'), 0, 0);
        const QString attribute = names.front().section(QLatin1Char('.'), 1);
        QVariant current;
        QString error;
        if (!m_context.lookup(object, &current, &error))
            return fail(error);
        if (!Value::isMap(current) || !current.toMap().contains(QStringLiteral("__namespace__")))
            return fail(tr("can only set attributes of a namespace(), and '%1' is not one").arg(object));
        QVariantMap map = current.toMap();
        map.insert(attribute, value);
        if (!m_context.replace(object, map))
            m_context.set(object, map);
        return true;
    }
    if (names.size() == 1) {
        m_context.set(names.front(), value);
        return true;
    }
    QVariantList items;
    QString error;
    if (!Value::iterate(value, &items, &error))
        return fail(tr("cannot unpack non-iterable %1 object").arg(Value::typeName(value)));
    if (items.size() != names.size()) {
        if (items.size() > names.size())
            return fail(tr("too many values to unpack (expected %1)").arg(names.size()));
        return fail(tr("not enough values to unpack (expected %1, got %2)").arg(names.size()).arg(items.size()));
    }
    for (qsizetype i = 0; i < names.size(); ++i)
        m_context.set(names.at(i), items.at(i));
    return true;
}

bool Evaluator::renderFor(const Node &node, QString *out)
{
    QVariant iterable;
    if (!evalDefined(*node.children.at(0), &iterable))
        return false;
    QVariantList items;
    QString error;
    if (!Value::iterate(iterable, &items, &error))
        return fail(error);
    const NodePtr &body = node.children.at(1);
    const NodePtr &elseBody = node.children.at(2);
    const NodePtr &filter = node.children.at(3);
    m_context.pushScope();
    if (filter) {
        QVariantList kept;
        for (const QVariant &item : std::as_const(items)) {
            if (!assign(node.names, item)) {
                m_context.popScope();
                return false;
            }
            QVariant condition;
            if (!evalDefined(*filter, &condition)) {
                m_context.popScope();
                return false;
            }
            if (Value::truthy(condition))
                kept.append(item);
        }
        items = kept;
    }
    const qsizetype length = items.size();
    for (qsizetype i = 0; i < length; ++i) {
        if (!m_context.spendIteration()) {
            m_context.popScope();
            return fail(
                tr("the template's loops ran more than %1 times; check its loops").arg(m_context.iterationBudget()));
        }
        QVariantMap loop;
        loop.insert(QStringLiteral("index"), int(i + 1));
        loop.insert(QStringLiteral("index0"), int(i));
        loop.insert(QStringLiteral("revindex"), int(length - i));
        loop.insert(QStringLiteral("revindex0"), int(length - i - 1));
        loop.insert(QStringLiteral("first"), i == 0);
        loop.insert(QStringLiteral("last"), i == length - 1);
        loop.insert(QStringLiteral("length"), int(length));
        loop.insert(QStringLiteral("depth"), 1);
        loop.insert(QStringLiteral("depth0"), 0);
        if (i > 0)
            loop.insert(QStringLiteral("previtem"), items.at(i - 1));
        if (i + 1 < length)
            loop.insert(QStringLiteral("nextitem"), items.at(i + 1));
        m_context.set(QStringLiteral("loop"), loop);
        if (!assign(node.names, items.at(i)) || !renderInto(*body, out)) {
            m_context.popScope();
            return false;
        }
    }
    m_context.popScope();
    if (length == 0 && elseBody)
        return renderInto(*elseBody, out);
    return true;
}

bool Evaluator::evalDefined(const Node &node, QVariant *out)
{
    if (!eval(node, out))
        return false;
    if (Value::isUndefined(*out))
        return failUndefined(*out);
    return true;
}

bool Evaluator::eval(const Node &node, QVariant *out)
{
    switch (node.kind) {
    case Node::Kind::Const:
        *out = node.value;
        return true;
    case Node::Kind::Name: {
        QString error;
        if (!m_context.lookup(node.name, out, &error))
            return fail(error);
        return true;
    }
    case Node::Kind::List:
    case Node::Kind::Tuple: {
        QVariantList list;
        list.reserve(qsizetype(node.children.size()));
        for (const NodePtr &child : node.children) {
            QVariant item;
            if (!evalDefined(*child, &item))
                return false;
            list.append(item);
        }
        *out = list;
        return true;
    }
    case Node::Kind::Dict: {
        Dict map;
        for (std::size_t i = 0; i + 1 < node.children.size(); i += 2) {
            QVariant key;
            QVariant value;
            if (!evalDefined(*node.children.at(i), &key) || !evalDefined(*node.children.at(i + 1), &value))
                return false;
            map.insert(Value::toText(key), value);
        }
        *out = map.toVariant();
        return true;
    }
    case Node::Kind::Getattr:
        return evalGetattr(node, out);
    case Node::Kind::Getitem: {
        QVariant object;
        QVariant index;
        if (!eval(*node.children.at(0), &object))
            return false;
        if (Value::isUndefined(object)) {
            *out = object;
            return true;
        }
        if (!evalDefined(*node.children.at(1), &index))
            return false;
        return evalGetitem(object, index, out);
    }
    case Node::Kind::Slice:
        return evalSlice(node, out);
    case Node::Kind::Call:
        return evalCall(node, out);
    case Node::Kind::Filter:
        return evalFilter(node, out);
    case Node::Kind::Test:
        return evalTest(node, out);
    case Node::Kind::Neg:
    case Node::Kind::Pos: {
        QVariant value;
        if (!evalDefined(*node.children.front(), &value))
            return false;
        if (node.kind == Node::Kind::Pos) {
            if (!Value::isNumber(value) && !Value::isBool(value))
                return fail(tr("bad operand type for unary +: '%1'").arg(Value::typeName(value)));
            *out = Value::isBool(value) ? QVariant(int(value.toBool())) : value;
            return true;
        }
        QString error;
        if (!Arithmetic::negate(value, out, &error))
            return fail(error);
        return true;
    }
    case Node::Kind::Not: {
        QVariant value;
        if (!evalDefined(*node.children.front(), &value))
            return false;
        *out = !Value::truthy(value);
        return true;
    }
    case Node::Kind::Binary:
        return evalBinary(node, out);
    case Node::Kind::Compare:
        return evalCompare(node, out);
    case Node::Kind::And:
    case Node::Kind::Or: {
        QVariant left;
        if (!evalDefined(*node.children.at(0), &left))
            return false;
        const bool truth = Value::truthy(left);
        if ((node.kind == Node::Kind::And) != truth) {
            *out = left;
            return true;
        }
        return evalDefined(*node.children.at(1), out);
    }
    case Node::Kind::CondExpr: {
        QVariant condition;
        if (!evalDefined(*node.children.at(1), &condition))
            return false;
        if (Value::truthy(condition))
            return eval(*node.children.at(0), out);
        if (node.children.at(2))
            return eval(*node.children.at(2), out);
        *out = QVariant();
        return true;
    }
    default:
        return fail(tr("internal error: a statement where an expression belongs"));
    }
}

bool Evaluator::evalGetattr(const Node &node, QVariant *out)
{
    QVariant object;
    if (!eval(*node.children.front(), &object))
        return false;
    if (Value::isUndefined(object)) {
        *out = object;
        return true;
    }
    if (Value::mapValue(object, node.name, out))
        return true;
    *out = Value::undefined(tr("%1 has no attribute '%2'").arg(objectName(object), node.name));
    return true;
}

bool Evaluator::evalGetitem(const QVariant &object, const QVariant &index, QVariant *out)
{
    if (Value::isMap(object)) {
        const QString key = Value::toText(index);
        QVariant found;
        if ((Value::isString(index) || Value::isNumber(index) || Value::isBool(index))
            && Value::mapValue(object, key, &found)) {
            *out = found;
            return true;
        }
        *out = Value::undefined(tr("'dict object' has no attribute %1").arg(Value::repr(index)));
        return true;
    }
    if (Value::isList(object) || Value::isString(object)) {
        if (!Value::isInteger(index) && !Value::isBool(index)) {
            if (Value::isString(index)) {
                *out = Value::undefined(tr("%1 has no attribute %2").arg(objectName(object), Value::repr(index)));
                return true;
            }
            return fail(tr("%1 indices must be integers or slices, not %2")
                            .arg(Value::isList(object) ? QStringLiteral("list") : QStringLiteral("string"),
                                 Value::typeName(index)));
        }
        qint64 i = index.toLongLong();
        const qsizetype size = Value::isList(object) ? Value::toList(object).size() : object.toString().size();
        if (i < 0)
            i += size;
        if (i < 0 || i >= size) {
            *out = Value::undefined(
                tr("%1 object has no element %2")
                    .arg(Value::isList(object) ? QStringLiteral("list") : QStringLiteral("str"), Value::toText(index)));
            return true;
        }
        *out = Value::isList(object) ? Value::toList(object).at(i) : QVariant(QString(object.toString().at(i)));
        return true;
    }
    *out = Value::undefined(tr("%1 has no attribute %2").arg(objectName(object), Value::repr(index)));
    return true;
}

bool Evaluator::evalSlice(const Node &node, QVariant *out)
{
    QVariant object;
    if (!evalDefined(*node.children.at(0), &object))
        return false;
    qint64 bounds[3] = {0, 0, 1};
    bool given[3] = {false, false, false};
    for (int i = 0; i < 3; ++i) {
        const NodePtr &part = node.children.at(std::size_t(i) + 1);
        if (!part)
            continue;
        QVariant value;
        if (!evalDefined(*part, &value))
            return false;
        if (Value::isNone(value))
            continue;
        if (!Value::isInteger(value))
            return fail(tr("slice indices must be integers or None"));
        bounds[i] = value.toLongLong();
        given[i] = true;
    }
    const qint64 step = bounds[2];
    if (step == 0)
        return fail(tr("slice step cannot be zero"));
    const bool isList = Value::isList(object);
    if (!isList && !Value::isString(object))
        return fail(tr("'%1' object is not subscriptable").arg(Value::typeName(object)));
    const QVariantList list = isList ? Value::toList(object) : QVariantList();
    const QString text = isList ? QString() : object.toString();
    const qint64 size = isList ? list.size() : text.size();
    auto clamp = [&](qint64 value, bool present, qint64 fallback) {
        if (!present)
            return fallback;
        if (value < 0)
            value += size;
        if (step > 0)
            return qBound<qint64>(0, value, size);
        return qBound<qint64>(-1, value, size - 1);
    };
    const qint64 start = clamp(bounds[0], given[0], step > 0 ? 0 : size - 1);
    const qint64 stop = clamp(bounds[1], given[1], step > 0 ? size : -1);
    QVariantList resultList;
    QString resultText;
    for (qint64 i = start; step > 0 ? i < stop : i > stop; i += step) {
        if (isList)
            resultList.append(list.at(i));
        else
            resultText += text.at(i);
    }
    *out = isList ? QVariant(resultList) : QVariant(resultText);
    return true;
}

bool Evaluator::evalArguments(const Node &node, std::size_t first, QVariantList *args, QVariantMap *kwargs)
{
    for (std::size_t i = first; i < node.children.size(); ++i) {
        QVariant value;
        if (!evalDefined(*node.children.at(i), &value))
            return false;
        args->append(value);
    }
    for (const auto &[name, child] : node.keywords) {
        QVariant value;
        if (!evalDefined(*child, &value))
            return false;
        kwargs->insert(name, value);
    }
    return true;
}

bool Evaluator::evalCall(const Node &node, QVariant *out)
{
    const Node &callee = *node.children.front();
    QVariantList args;
    QVariantMap kwargs;
    if (callee.kind == Node::Kind::Getattr) {
        QVariant object;
        if (!evalDefined(*callee.children.front(), &object))
            return false;
        if (!evalArguments(node, 1, &args, &kwargs))
            return false;
        QString error;
        if (!Methods::call(object, callee.name, args, kwargs, out, &error))
            return fail(error);
        return true;
    }
    if (callee.kind == Node::Kind::Name) {
        if (!evalArguments(node, 1, &args, &kwargs))
            return false;
        return callGlobal(callee.name, args, kwargs, out);
    }
    QVariant value;
    if (!evalDefined(callee, &value))
        return false;
    return fail(tr("'%1' object is not callable").arg(Value::typeName(value)));
}

bool Evaluator::callGlobal(const QString &name, const QVariantList &args, const QVariantMap &kwargs, QVariant *out)
{
    if (name == QLatin1String("range")) {
        if (args.isEmpty() || args.size() > 3)
            return fail(tr("range expected 1 to 3 arguments, got %1").arg(args.size()));
        for (const QVariant &arg : args)
            if (!Value::isInteger(arg) && !Value::isBool(arg))
                return fail(tr("range() takes integers, not '%1'").arg(Value::typeName(arg)));
        qint64 start = 0;
        qint64 stop = 0;
        qint64 step = 1;
        if (args.size() == 1) {
            stop = args.at(0).toLongLong();
        } else {
            start = args.at(0).toLongLong();
            stop = args.at(1).toLongLong();
            if (args.size() == 3)
                step = args.at(2).toLongLong();
        }
        if (step == 0)
            return fail(tr("range() arg 3 must not be zero"));
        const double count = std::max(0.0, std::ceil((double(stop) - double(start)) / double(step)));
        if (count > MaximumRange)
            return fail(tr("range() is limited to %1 items in templates").arg(MaximumRange));
        QVariantList list;
        for (qint64 i = start; step > 0 ? i < stop : i > stop; i += step)
            list.append(Value::fromInteger(i));
        *out = list;
        return true;
    }
    if (name == QLatin1String("namespace")) {
        QVariantMap map = args.isEmpty() ? QVariantMap() : args.front().toMap();
        for (auto it = kwargs.cbegin(); it != kwargs.cend(); ++it)
            map.insert(it.key(), it.value());
        map.insert(QStringLiteral("__namespace__"), true);
        *out = map;
        return true;
    }
    if (name == QLatin1String("dict")) {
        Dict map;
        if (!args.isEmpty()) {
            if (Value::isMap(args.front())) {
                map = Value::toDict(args.front());
            } else {
                QVariantList pairs;
                QString error;
                if (!Value::iterate(args.front(), &pairs, &error))
                    return fail(error);
                for (const QVariant &pair : pairs) {
                    const QVariantList kv = Value::toList(pair);
                    if (kv.size() != 2)
                        return fail(
                            tr("dictionary update sequence element has length %1; 2 is required").arg(kv.size()));
                    map.insert(Value::toText(kv.at(0)), kv.at(1));
                }
            }
        }
        for (auto it = kwargs.cbegin(); it != kwargs.cend(); ++it)
            map.insert(it.key(), it.value());
        *out = map.toVariant();
        return true;
    }
    if (name == QLatin1String("lookup") || name == QLatin1String("query") || name == QLatin1String("q")) {
        if (args.isEmpty())
            return fail(tr("lookup needs the name of a lookup plugin"));
        const QString plugin = Value::toText(args.front());
        const bool wantList = name != QLatin1String("lookup") || kwargs.value(QStringLiteral("wantlist")).toBool();
        QVariantList results;
        if (Lookups::handles(plugin)) {
            QString error;
            if (!Lookups::run(plugin, args.mid(1), kwargs, m_context, &results, &error))
                return fail(error);
        }
        for (qsizetype i = Lookups::handles(plugin) ? args.size() : 1; i < args.size(); ++i) {
            const QString term = Value::toText(args.at(i));
            if (plugin == QLatin1String("env") || plugin == QLatin1String("ansible.builtin.env")) {
                results.append(QProcessEnvironment::systemEnvironment().value(
                    term, kwargs.value(QStringLiteral("default")).toString()));
            } else if (plugin == QLatin1String("file") || plugin == QLatin1String("ansible.builtin.file")) {
                QString path = Lookups::find(m_context, QStringLiteral("files"), term);
                if (path.isEmpty())
                    path = QDir(m_context.lookupDirectory).absoluteFilePath(term);
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly))
                    return fail(
                        tr("could not read the file '%1' for lookup('file'): %2").arg(path, file.errorString()));
                QString content = QString::fromUtf8(file.readAll());
                if (kwargs.value(QStringLiteral("rstrip"), true).toBool())
                    while (!content.isEmpty() && content.back().isSpace())
                        content.chop(1);
                results.append(content);
            } else if (plugin == QLatin1String("vars") || plugin == QLatin1String("ansible.builtin.vars")) {
                QVariant value;
                QString error;
                if (!m_context.lookup(term, &value, &error))
                    return fail(error);
                if (Value::isUndefined(value)) {
                    if (kwargs.contains(QStringLiteral("default")))
                        value = kwargs.value(QStringLiteral("default"));
                    else
                        return fail(tr("No variable found with this name: %1").arg(term));
                }
                results.append(value);
            } else if (plugin == QLatin1String("items") || plugin == QLatin1String("list")) {
                if (Value::isList(args.at(i)))
                    results += Value::toList(args.at(i));
                else
                    results.append(args.at(i));
            } else {
                return fail(tr("the lookup plugin '%1' is not supported; supported are env, file, vars, items, list, "
                               "first_found, fileglob, pipe and template")
                                .arg(plugin));
            }
        }
        // Two branches keep the list, for different reasons: it was asked for,
        // or the results are not all text (a single result is unwrapped first).
        if (wantList)
            *out = results; // NOLINT(bugprone-branch-clone)
        else if (results.size() == 1)
            *out = results.front();
        else if (!std::all_of(results.cbegin(), results.cend(), [](const QVariant &r) { return Value::isString(r); }))
            *out = results; // Ansible joins only text; other results stay a list
        else
            *out = QStringList([&] {
                       QStringList texts;
                       for (const QVariant &result : results)
                           texts.append(Value::toText(result));
                       return texts;
                   }())
                       .join(QLatin1Char(','));
        return true;
    }
    QVariant value;
    QString error;
    if (!m_context.lookup(name, &value, &error))
        return fail(error);
    if (Value::isUndefined(value))
        return failUndefined(value);
    return fail(tr("'%1' object is not callable").arg(Value::typeName(value)));
}

bool Evaluator::evalFilter(const Node &node, QVariant *out)
{
    QVariant input;
    if (!eval(*node.children.front(), &input))
        return false;
    const bool extra = ExtraFilters::exists(node.name);
    if (!extra && !Filters::exists(node.name))
        return fail(tr("No filter named '%1'.").arg(node.name));
    if (Value::isUndefined(input) && !Filters::acceptsUndefined(node.name))
        return failUndefined(input);
    FilterArguments arguments;
    arguments.input = input;
    if (!evalArguments(node, 1, &arguments.args, &arguments.kwargs))
        return false;
    QString error;
    // map('comment'), map('extract', …): the filters Filters' map does not know.
    if (node.name == QLatin1String("map") && !arguments.args.isEmpty() && Value::isString(arguments.args.front())
        && ExtraFilters::exists(Value::toText(arguments.args.front()))) {
        QVariantList items;
        if (!Value::iterate(input, &items, &error))
            return fail(error);
        QVariantList mapped;
        for (const QVariant &item : std::as_const(items)) {
            FilterArguments each;
            each.input = item;
            each.args = arguments.args.mid(1);
            each.kwargs = arguments.kwargs;
            QVariant value;
            if (!ExtraFilters::call(Value::toText(arguments.args.front()), each, &value, &error))
                return fail(error);
            mapped.append(value);
        }
        *out = mapped;
        return true;
    }
    if (!(extra ? ExtraFilters::call(node.name, arguments, out, &error)
                : Filters::call(node.name, arguments, out, &error)))
        return fail(error);
    return true;
}

bool Evaluator::evalTest(const Node &node, QVariant *out)
{
    QVariant input;
    if (!eval(*node.children.front(), &input))
        return false;
    if (!Tests::exists(node.name))
        return fail(tr("No test named '%1'.").arg(node.name));
    if (Value::isUndefined(input) && !Tests::acceptsUndefined(node.name))
        return failUndefined(input);
    QVariantList args;
    QVariantMap kwargs;
    if (!evalArguments(node, 1, &args, &kwargs))
        return false;
    bool result = false;
    QString error;
    if (!Tests::call(node.name, input, args, kwargs, &result, &error))
        return fail(error);
    *out = node.negated ? !result : result;
    return true;
}

bool Evaluator::evalBinary(const Node &node, QVariant *out)
{
    QVariant left;
    QVariant right;
    if (!evalDefined(*node.children.at(0), &left) || !evalDefined(*node.children.at(1), &right))
        return false;
    QString error;
    if (!Arithmetic::apply(node.name, left, right, out, &error))
        return fail(error);
    return true;
}

bool Evaluator::evalCompare(const Node &node, QVariant *out)
{
    QVariant left;
    if (!evalDefined(*node.children.at(0), &left))
        return false;
    for (qsizetype i = 0; i < node.names.size(); ++i) {
        QVariant right;
        if (!evalDefined(*node.children.at(std::size_t(i + 1)), &right))
            return false;
        const QString &op = node.names.at(i);
        bool result = false;
        QString error;
        if (op == QLatin1String("==")) {
            result = Value::equals(left, right);
        } else if (op == QLatin1String("!=")) {
            result = !Value::equals(left, right);
        } else if (op == QLatin1String("in") || op == QLatin1String("notin")) {
            if (!Value::contains(right, left, &result, &error))
                return fail(error);
            if (op == QLatin1String("notin"))
                result = !result;
        } else {
            int order = 0;
            if (!Value::compare(left, right, &order, &error))
                return fail(error.replace(QLatin1String("'<'"), QLatin1Char('\'') + op + QLatin1Char('\'')));
            if (op == QLatin1String("<"))
                result = order < 0;
            else if (op == QLatin1String("<="))
                result = order <= 0;
            else if (op == QLatin1String(">"))
                result = order > 0;
            else
                result = order >= 0;
        }
        if (!result) {
            *out = false;
            return true;
        }
        left = right;
    }
    *out = true;
    return true;
}

} // namespace antler::playbook::jinja
