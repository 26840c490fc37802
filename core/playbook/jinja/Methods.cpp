#include "playbook/jinja/Methods.h"

#include "playbook/jinja/PythonString.h"
#include "playbook/jinja/Value.h"

#include <QCoreApplication>
#include <QStringList>

namespace antler::playbook::jinja {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("antler::playbook::jinja::Methods", text);
}

QVariant argument(const QVariantList &args, const QVariantMap &kwargs, int index, const char *name,
                  const QVariant &fallback = {})
{
    if (index < args.size())
        return args.at(index);
    return kwargs.value(QLatin1String(name), fallback);
}

bool isPythonSpace(QChar c)
{
    return c.isSpace();
}

QString stripped(const QString &text, const QVariant &chars, bool left, bool right)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    const bool custom = Value::isString(chars);
    const QString set = chars.toString();
    auto strip = [&](QChar c) { return custom ? set.contains(c) : isPythonSpace(c); };
    if (left)
        while (begin < end && strip(text.at(begin)))
            ++begin;
    if (right)
        while (end > begin && strip(text.at(end - 1)))
            --end;
    return text.mid(begin, end - begin);
}

bool affix(const QString &text, const QVariant &candidates, bool prefix)
{
    const QVariantList list = Value::isList(candidates) ? Value::toList(candidates) : QVariantList {candidates};
    for (const QVariant &candidate : list) {
        const QString c = candidate.toString();
        if (prefix ? text.startsWith(c) : text.endsWith(c))
            return true;
    }
    return false;
}

bool stringMethod(const QString &text, const QString &name, const QVariantList &args, const QVariantMap &kwargs,
                  QVariant *out, QString *error)
{
    if (name == QLatin1String("split") || name == QLatin1String("rsplit")) {
        const QVariant separator = argument(args, kwargs, 0, "sep");
        if (Value::isString(separator) && separator.toString().isEmpty()) {
            *error = tr("empty separator");
            return false;
        }
        const qint64 maxSplit = argument(args, kwargs, 1, "maxsplit", -1).toLongLong();
        if (name == QLatin1String("rsplit") && maxSplit >= 0 && Value::isString(separator)) {
            const QString sep = separator.toString();
            QVariantList parts;
            qsizetype end = text.size();
            while (parts.size() < maxSplit) {
                const qsizetype found = text.lastIndexOf(sep, end - sep.size());
                if (found < 0 || end - sep.size() < 0)
                    break;
                parts.prepend(text.mid(found + sep.size(), end - found - sep.size()));
                end = found;
            }
            parts.prepend(text.left(end));
            *out = parts;
            return true;
        }
        *out = PythonString::split(text, separator, maxSplit);
        return true;
    }
    if (name == QLatin1String("splitlines")) {
        QVariantList lines;
        for (const QString &line : text.split(QLatin1Char('\n')))
            lines.append(line.endsWith(QLatin1Char('\r')) ? line.chopped(1) : line);
        if (text.endsWith(QLatin1Char('\n')))
            lines.removeLast();
        *out = lines;
        return true;
    }
    if (name == QLatin1String("strip") || name == QLatin1String("lstrip") || name == QLatin1String("rstrip")) {
        *out = stripped(text, argument(args, kwargs, 0, "chars"), name != QLatin1String("rstrip"),
                        name != QLatin1String("lstrip"));
        return true;
    }
    if (name == QLatin1String("startswith") || name == QLatin1String("endswith")) {
        if (args.isEmpty()) {
            *error = tr("%1() takes at least 1 argument (0 given)").arg(name);
            return false;
        }
        *out = affix(text, args.front(), name == QLatin1String("startswith"));
        return true;
    }
    if (name == QLatin1String("lower")) {
        *out = text.toLower();
        return true;
    }
    if (name == QLatin1String("upper")) {
        *out = text.toUpper();
        return true;
    }
    if (name == QLatin1String("capitalize")) {
        *out = text.isEmpty() ? text : text.left(1).toUpper() + text.mid(1).toLower();
        return true;
    }
    if (name == QLatin1String("title")) {
        *out = PythonString::title(text, PythonString::WordCharacters::Letters);
        return true;
    }
    if (name == QLatin1String("replace")) {
        if (args.size() < 2) {
            *error = tr("replace() takes at least 2 arguments");
            return false;
        }
        const QString from = Value::toText(args.at(0));
        const QString to = Value::toText(args.at(1));
        const qint64 count = args.size() > 2 ? args.at(2).toLongLong() : -1;
        if (count < 0) {
            *out = QString(text).replace(from, to);
            return true;
        }
        QString result;
        qsizetype start = 0;
        for (qint64 n = 0; n < count; ++n) {
            const qsizetype found = text.indexOf(from, start);
            if (found < 0)
                break;
            result += text.mid(start, found - start) + to;
            start = found + from.size();
        }
        *out = result + text.mid(start);
        return true;
    }
    if (name == QLatin1String("find") || name == QLatin1String("index") || name == QLatin1String("count")) {
        const QString needle = Value::toText(argument(args, kwargs, 0, "sub"));
        if (name == QLatin1String("count")) {
            *out = int(text.count(needle));
            return true;
        }
        const qsizetype found = text.indexOf(needle);
        if (found < 0 && name == QLatin1String("index")) {
            *error = tr("substring not found");
            return false;
        }
        *out = int(found);
        return true;
    }
    if (name == QLatin1String("join")) {
        QVariantList items;
        if (!Value::iterate(args.value(0), &items, error))
            return false;
        QStringList parts;
        for (const QVariant &item : items)
            parts.append(Value::toText(item));
        *out = parts.join(text);
        return true;
    }
    if (name == QLatin1String("isdigit")) {
        bool digits = !text.isEmpty();
        for (QChar c : text)
            digits = digits && c.isDigit();
        *out = digits;
        return true;
    }
    if (name == QLatin1String("isalpha")) {
        bool letters = !text.isEmpty();
        for (QChar c : text)
            letters = letters && c.isLetter();
        *out = letters;
        return true;
    }
    if (name == QLatin1String("format")) {
        // "{} and {}".format(a, b) and "{0}"/"{name}".
        QString result;
        int next = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if ((c == QLatin1Char('{') || c == QLatin1Char('}')) && i + 1 < text.size() && text.at(i + 1) == c) {
                // "{{" and "}}" stand for one brace.
                result += c;
                ++i;
            } else if (c == QLatin1Char('{')) {
                const qsizetype close = text.indexOf(QLatin1Char('}'), i);
                if (close < 0) {
                    *error = tr("Single '{' encountered in format string");
                    return false;
                }
                const QString field = text.mid(i + 1, close - i - 1);
                bool numeric = false;
                const int index = field.toInt(&numeric);
                QVariant value;
                if (field.isEmpty())
                    value = args.value(next++);
                else if (numeric)
                    value = args.value(index);
                else
                    value = kwargs.value(field);
                result += Value::toText(value);
                i = close;
            } else {
                result += c;
            }
        }
        *out = result;
        return true;
    }
    *error = tr("'str object' has no attribute '%1'").arg(name);
    return false;
}

} // namespace

bool Methods::call(const QVariant &object, const QString &name, const QVariantList &args, const QVariantMap &kwargs,
                   QVariant *out, QString *error)
{
    if (Value::isMap(object)) {
        const Dict map = Value::toDict(object);
        if (name == QLatin1String("items")) {
            QVariantList items;
            for (const Dict::Entry &entry : map.entries())
                items.append(QVariant(QVariantList {entry.first, entry.second}));
            *out = items;
            return true;
        }
        if (name == QLatin1String("keys")) {
            QVariantList keys;
            for (const Dict::Entry &entry : map.entries())
                keys.append(entry.first);
            *out = keys;
            return true;
        }
        if (name == QLatin1String("values")) {
            *out = map.values();
            return true;
        }
        if (name == QLatin1String("get")) {
            if (args.isEmpty()) {
                *error = tr("get expected at least 1 argument, got 0");
                return false;
            }
            *out = map.value(Value::toText(args.at(0)), args.value(1));
            return true;
        }
        if (name == QLatin1String("copy")) {
            *out = map.toVariant();
            return true;
        }
        *error = tr("'dict object' has no attribute '%1'").arg(name);
        return false;
    }
    if (Value::isString(object))
        return stringMethod(object.toString(), name, args, kwargs, out, error);
    if (Value::isList(object)) {
        const QVariantList list = Value::toList(object);
        if (name == QLatin1String("index") || name == QLatin1String("count")) {
            qsizetype found = -1;
            int count = 0;
            for (qsizetype i = 0; i < list.size(); ++i)
                if (Value::equals(list.at(i), args.value(0))) {
                    if (found < 0)
                        found = i;
                    ++count;
                }
            if (name == QLatin1String("count")) {
                *out = count;
                return true;
            }
            if (found < 0) {
                *error = tr("%1 is not in list").arg(Value::repr(args.value(0)));
                return false;
            }
            *out = int(found);
            return true;
        }
        if (name == QLatin1String("copy")) {
            *out = list;
            return true;
        }
        *error = tr("'list object' has no attribute '%1'").arg(name);
        return false;
    }
    if (Value::isUndefined(object)) {
        *error = Value::undefinedMessage(object);
        return false;
    }
    *error = Value::isNone(object) ? tr("'None' has no attribute '%1'").arg(name)
                                   : tr("'%1 object' has no attribute '%2'").arg(Value::typeName(object), name);
    return false;
}

} // namespace antler::playbook::jinja
