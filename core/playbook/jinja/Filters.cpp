#include "playbook/jinja/Filters.h"

#include "playbook/YamlValue.h"
#include "playbook/jinja/Arithmetic.h"
#include "playbook/jinja/RegexCache.h"
#include "playbook/jinja/Serializer.h"
#include "playbook/jinja/Tests.h"
#include "playbook/jinja/Value.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>

namespace antler::playbook::jinja {

namespace {

using FilterFunction = bool (*)(const FilterArguments &, QVariant *, QString *);

#define FILTER [](const FilterArguments &a, QVariant *out, QString *error) -> bool

QString tr(const char *text)
{
    return QCoreApplication::translate("antler::playbook::jinja::Filters", text);
}

bool needList(const FilterArguments &a, const char *filter, QVariantList *items, QString *error)
{
    if (Value::isList(a.input) || Value::isMap(a.input) || Value::isString(a.input))
        return Value::iterate(a.input, items, error);
    *error = tr("the '%1' filter expects a list, not %2").arg(QLatin1String(filter), Value::typeName(a.input));
    return false;
}

// Follows "a.b.0" into a value, as Jinja2's attribute= arguments do.
QVariant attribute(const QVariant &value, const QString &path)
{
    QVariant current = value;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        if (Value::isMap(current)) {
            const QVariantMap map = current.toMap();
            auto it = map.constFind(part);
            if (it == map.cend())
                return Value::undefined(tr("'dict object' has no attribute '%1'").arg(part));
            current = it.value();
        } else if (Value::isList(current)) {
            bool ok = false;
            const int index = part.toInt(&ok);
            const QVariantList list = Value::toList(current);
            if (!ok || index < 0 || index >= list.size())
                return Value::undefined(tr("'list object' has no attribute '%1'").arg(part));
            current = list.at(index);
        } else {
            return Value::undefined(tr("'%1 object' has no attribute '%2'").arg(Value::typeName(current), part));
        }
    }
    return current;
}

QVariant toBool(const QVariant &value)
{
    // Ansible's bool filter passes None through.
    if (Value::isBool(value) || Value::isNone(value))
        return value;
    if (Value::isString(value)) {
        const QString text = value.toString().toLower();
        return text == QLatin1String("yes") || text == QLatin1String("on") || text == QLatin1String("1")
            || text == QLatin1String("true");
    }
    if (Value::isNumber(value))
        return value.toDouble() == 1.0;
    return false;
}

bool sortKey(const QVariant &value, bool caseSensitive, QVariant *out)
{
    *out = (!caseSensitive && Value::isString(value)) ? QVariant(value.toString().toLower()) : value;
    return true;
}

bool sortList(QVariantList *items, bool reverse, bool caseSensitive, const QString &attributePath, QString *error)
{
    QList<QPair<QVariant, QVariant>> keyed;
    for (const QVariant &item : std::as_const(*items)) {
        QVariant key = attributePath.isEmpty() ? item : attribute(item, attributePath);
        if (Value::isUndefined(key)) {
            *error = Value::undefinedMessage(key);
            return false;
        }
        sortKey(key, caseSensitive, &key);
        keyed.append({key, item});
    }
    QString failure;
    std::stable_sort(keyed.begin(), keyed.end(), [&](const auto &x, const auto &y) {
        int c = 0;
        if (!failure.isEmpty())
            return false;
        if (!Value::compare(x.first, y.first, &c, &failure))
            return false;
        return reverse ? c > 0 : c < 0;
    });
    if (!failure.isEmpty()) {
        *error = failure;
        return false;
    }
    items->clear();
    for (const auto &pair : std::as_const(keyed))
        items->append(pair.second);
    return true;
}

QVariantList uniqueList(const QVariantList &items)
{
    QVariantList result;
    for (const QVariant &item : items) {
        bool seen = false;
        for (const QVariant &kept : std::as_const(result))
            if (Value::equals(kept, item)) {
                seen = true;
                break;
            }
        if (!seen)
            result.append(item);
    }
    return result;
}

bool listContains(const QVariantList &items, const QVariant &needle)
{
    for (const QVariant &item : items)
        if (Value::equals(item, needle))
            return true;
    return false;
}

bool minMax(const FilterArguments &a, bool wantMax, QVariant *out, QString *error)
{
    QVariantList items;
    if (!needList(a, wantMax ? "max" : "min", &items, error))
        return false;
    if (items.isEmpty()) {
        *out = Value::undefined(tr("No aggregated item, sequence was empty."));
        return true;
    }
    const bool caseSensitive = Value::truthy(a.get(0, "case_sensitive", false));
    const QString path = Value::toText(a.get(1, "attribute"));
    QVariant best;
    QVariant bestKey;
    for (const QVariant &item : items) {
        QVariant key = Value::isNone(a.get(1, "attribute")) ? item : attribute(item, path);
        if (Value::isUndefined(key)) {
            *error = Value::undefinedMessage(key);
            return false;
        }
        sortKey(key, caseSensitive, &key);
        int c = 0;
        if (best.isValid() && !Value::compare(key, bestKey, &c, error))
            return false;
        if (!best.isValid() || (wantMax ? c > 0 : c < 0)) {
            best = item;
            bestKey = key;
        }
    }
    *out = best;
    return true;
}

QVariant combine(const QVariant &base, const QVariant &overlay, bool recursive, const QString &listMerge)
{
    if (Value::isMap(base) && Value::isMap(overlay)) {
        QVariantMap result = base.toMap();
        const QVariantMap other = overlay.toMap();
        for (auto it = other.cbegin(); it != other.cend(); ++it) {
            auto existing = result.find(it.key());
            if (existing != result.end() && recursive && Value::isMap(existing.value()) && Value::isMap(it.value())) {
                existing.value() = combine(existing.value(), it.value(), recursive, listMerge);
            } else if (existing != result.end() && Value::isList(existing.value()) && Value::isList(it.value())
                       && listMerge != QLatin1String("replace")) {
                const QVariantList old = Value::toList(existing.value());
                const QVariantList add = Value::toList(it.value());
                if (listMerge == QLatin1String("keep"))
                    continue;
                if (listMerge == QLatin1String("append"))
                    existing.value() = old + add;
                else if (listMerge == QLatin1String("prepend"))
                    existing.value() = add + old;
                else if (listMerge == QLatin1String("append_rp")) {
                    QVariantList kept;
                    for (const QVariant &item : old)
                        if (!listContains(add, item))
                            kept.append(item);
                    existing.value() = kept + add;
                } else if (listMerge == QLatin1String("prepend_rp")) {
                    QVariantList kept;
                    for (const QVariant &item : old)
                        if (!listContains(add, item))
                            kept.append(item);
                    existing.value() = add + kept;
                }
            } else {
                result.insert(it.key(), it.value());
            }
        }
        return result;
    }
    return overlay;
}

void flatten(const QVariantList &items, int levels, QVariantList *out)
{
    for (const QVariant &item : items) {
        if (Value::isNone(item) || (Value::isString(item) && (item.toString() == QLatin1String("None"))))
            continue;
        if (Value::isList(item) && levels != 0)
            flatten(Value::toList(item), levels - 1, out);
        else
            out->append(item);
    }
}

// Python's re.sub replacement: \1, \g<1>, \g<name>, \n and \\.
QString expandReplacement(const QString &replacement, const QRegularExpressionMatch &match)
{
    QString out;
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar c = replacement.at(i);
        if (c != QLatin1Char('\\') || i + 1 >= replacement.size()) {
            out += c;
            continue;
        }
        const QChar n = replacement.at(i + 1);
        if (n.isDigit()) {
            qsizetype j = i + 1;
            int group = 0;
            while (j < replacement.size() && replacement.at(j).isDigit() && j < i + 3)
                group = group * 10 + replacement.at(j++).digitValue();
            out += match.captured(group);
            i = j - 1;
        } else if (n == QLatin1Char('g') && i + 2 < replacement.size() && replacement.at(i + 2) == QLatin1Char('<')) {
            const qsizetype close = replacement.indexOf(QLatin1Char('>'), i + 3);
            if (close < 0) {
                out += c;
                continue;
            }
            const QString name = replacement.mid(i + 3, close - i - 3);
            bool numeric = false;
            const int group = name.toInt(&numeric);
            out += numeric ? match.captured(group) : match.captured(name);
            i = close;
        } else if (n == QLatin1Char('n')) {
            out += QLatin1Char('\n');
            ++i;
        } else if (n == QLatin1Char('t')) {
            out += QLatin1Char('\t');
            ++i;
        } else if (n == QLatin1Char('\\')) {
            out += QLatin1Char('\\');
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

QRegularExpression::PatternOptions regexOptions(const FilterArguments &a, int ignorecaseIndex)
{
    QRegularExpression::PatternOptions options;
    if (Value::truthy(a.get(ignorecaseIndex, "ignorecase", false)))
        options |= QRegularExpression::CaseInsensitiveOption;
    if (Value::truthy(a.get(ignorecaseIndex + 1, "multiline", false)))
        options |= QRegularExpression::MultilineOption;
    return options;
}

QString shellQuote(const QString &text)
{
    if (text.isEmpty())
        return QStringLiteral("''");
    bool safe = true;
    for (QChar c : text) {
        const ushort u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')
              || QStringView(u"@%+=:,./-_").contains(c))) {
            safe = false;
            break;
        }
    }
    if (safe)
        return text;
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QLatin1String("'\"'\"'")) + QLatin1Char('\'');
}

bool callTest(const QVariant &item, const FilterArguments &a, int nameIndex, bool *result, QString *error)
{
    if (a.args.size() <= nameIndex) {
        if (Value::isUndefined(item)) {
            *error = Value::undefinedMessage(item);
            return false;
        }
        *result = Value::truthy(item);
        return true;
    }
    const QString test = Value::toText(a.args.at(nameIndex));
    if (!Tests::exists(test)) {
        *error = tr("No test named '%1'.").arg(test);
        return false;
    }
    if (Value::isUndefined(item) && !Tests::acceptsUndefined(test)) {
        *error = Value::undefinedMessage(item);
        return false;
    }
    return Tests::call(test, item, a.args.mid(nameIndex + 1), {}, result, error);
}

bool selectFilter(const FilterArguments &a, bool keep, bool byAttribute, QVariant *out, QString *error)
{
    QVariantList items;
    if (!needList(a, "select", &items, error))
        return false;
    QVariantList result;
    const QString path = byAttribute ? Value::toText(a.args.value(0)) : QString();
    for (const QVariant &item : std::as_const(items)) {
        const QVariant subject = byAttribute ? attribute(item, path) : item;
        bool passed = false;
        if (!callTest(subject, a, byAttribute ? 1 : 0, &passed, error))
            return false;
        if (passed == keep)
            result.append(item);
    }
    *out = result;
    return true;
}

QVariant fromYamlNode(const YAML::Node &node)
{
    return YamlValue::toVariant(node);
}

const QHash<QString, FilterFunction> &filters()
{
    static const QHash<QString, FilterFunction> table = [] {
        QHash<QString, FilterFunction> f;
        auto defaultFilter = FILTER
        {
            Q_UNUSED(error);
            const bool boolean = Value::truthy(a.get(1, "boolean", false));
            if (Value::isUndefined(a.input) || (boolean && !Value::truthy(a.input)))
                *out = a.get(0, "default_value", QString());
            else
                *out = a.input;
            return true;
        };
        f.insert(QStringLiteral("default"), defaultFilter);
        f.insert(QStringLiteral("d"), defaultFilter);
        f.insert(
            QStringLiteral("mandatory"), FILTER {
                if (Value::isUndefined(a.input)) {
                    const QVariant message = a.get(0, "msg");
                    if (!Value::isNone(message)) {
                        *error = Value::toText(message);
                    } else {
                        static const QRegularExpression name(QStringLiteral("^('[^']*') is undefined$"));
                        const QRegularExpressionMatch match = name.match(Value::undefinedMessage(a.input));
                        *error = match.hasMatch() ? tr("Mandatory variable %1 not defined.").arg(match.captured(1))
                                                  : tr("Mandatory variable not defined.");
                    }
                    return false;
                }
                *out = a.input;
                return true;
            });
        f.insert(
            QStringLiteral("bool"), FILTER {
                Q_UNUSED(error);
                *out = toBool(a.input);
                return true;
            });
        f.insert(
            QStringLiteral("int"), FILTER {
                Q_UNUSED(error);
                const QVariant fallback = a.get(0, "default", 0);
                const int base = a.get(1, "base", 10).toInt();
                if (Value::isBool(a.input) || Value::isInteger(a.input)) {
                    *out = Value::fromInteger(a.input.toLongLong());
                } else if (Value::isNumber(a.input)) {
                    const double d = a.input.toDouble();
                    *out = std::isfinite(d) ? Value::fromInteger(qint64(d)) : fallback;
                } else if (Value::isString(a.input)) {
                    QString text = a.input.toString().trimmed();
                    text.remove(QLatin1Char('_'));
                    bool ok = false;
                    qint64 n = text.toLongLong(&ok, base);
                    if (!ok && base == 16 && text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
                        n = text.mid(2).toLongLong(&ok, 16);
                    if (ok) {
                        *out = Value::fromInteger(n);
                    } else {
                        const double d = text.toDouble(&ok);
                        *out = ok && std::isfinite(d) && base == 10 ? Value::fromInteger(qint64(d)) : fallback;
                    }
                } else {
                    *out = fallback;
                }
                return true;
            });
        f.insert(
            QStringLiteral("float"), FILTER {
                Q_UNUSED(error);
                const QVariant fallback = a.get(0, "default", 0.0);
                if (Value::isNumber(a.input) || Value::isBool(a.input)) {
                    *out = a.input.toDouble();
                } else if (Value::isString(a.input)) {
                    bool ok = false;
                    const QString text = a.input.toString().trimmed();
                    const double d = text.toDouble(&ok);
                    if (ok)
                        *out = d;
                    else if (text.compare(QLatin1String("inf"), Qt::CaseInsensitive) == 0)
                        *out = std::numeric_limits<double>::infinity();
                    else if (text.compare(QLatin1String("nan"), Qt::CaseInsensitive) == 0)
                        *out = std::numeric_limits<double>::quiet_NaN();
                    else
                        *out = fallback;
                } else {
                    *out = fallback;
                }
                return true;
            });
        f.insert(
            QStringLiteral("string"), FILTER {
                Q_UNUSED(error);
                *out = Value::toText(a.input);
                return true;
            });
        f.insert(
            QStringLiteral("lower"), FILTER {
                Q_UNUSED(error);
                *out = Value::toText(a.input).toLower();
                return true;
            });
        f.insert(
            QStringLiteral("upper"), FILTER {
                Q_UNUSED(error);
                *out = Value::toText(a.input).toUpper();
                return true;
            });
        f.insert(
            QStringLiteral("capitalize"), FILTER {
                Q_UNUSED(error);
                const QString text = Value::toText(a.input);
                *out = text.left(1).toUpper() + text.mid(1).toLower();
                return true;
            });
        f.insert(
            QStringLiteral("title"), FILTER {
                Q_UNUSED(error);
                QString text = Value::toText(a.input).toLower();
                bool start = true;
                for (QChar &c : text) {
                    if (c.isLetterOrNumber()) {
                        if (start)
                            c = c.toUpper();
                        start = false;
                    } else {
                        start = true;
                    }
                }
                *out = text;
                return true;
            });
        f.insert(
            QStringLiteral("trim"), FILTER {
                Q_UNUSED(error);
                const QString text = Value::toText(a.input);
                const QVariant chars = a.get(0, "chars");
                if (Value::isNone(chars)) {
                    *out = text.trimmed();
                    return true;
                }
                const QString set = Value::toText(chars);
                qsizetype begin = 0;
                qsizetype end = text.size();
                while (begin < end && set.contains(text.at(begin)))
                    ++begin;
                while (end > begin && set.contains(text.at(end - 1)))
                    --end;
                *out = text.mid(begin, end - begin);
                return true;
            });
        f.insert(
            QStringLiteral("replace"), FILTER {
                Q_UNUSED(error);
                QString text = Value::toText(a.input);
                const QString from = Value::toText(a.get(0, "old"));
                const QString to = Value::toText(a.get(1, "new"));
                const QVariant count = a.get(2, "count");
                if (Value::isNone(count)) {
                    *out = text.replace(from, to);
                    return true;
                }
                QString result;
                qsizetype start = 0;
                for (qint64 n = 0; n < count.toLongLong(); ++n) {
                    const qsizetype found = text.indexOf(from, start);
                    if (found < 0)
                        break;
                    result += text.mid(start, found - start) + to;
                    start = found + qMax<qsizetype>(from.size(), 0);
                    if (from.isEmpty())
                        break;
                }
                *out = result + text.mid(start);
                return true;
            });
        f.insert(
            QStringLiteral("join"), FILTER {
                QVariantList items;
                if (!Value::iterate(a.input, &items, error))
                    return false;
                const QVariant path = a.get(1, "attribute");
                QStringList parts;
                for (const QVariant &item : std::as_const(items)) {
                    const QVariant value = Value::isNone(path) ? item : attribute(item, Value::toText(path));
                    if (Value::isUndefined(value)) {
                        *error = Value::undefinedMessage(value);
                        return false;
                    }
                    parts.append(Value::toText(value));
                }
                *out = parts.join(Value::toText(a.get(0, "d", QString())));
                return true;
            });
        f.insert(
            QStringLiteral("split"), FILTER {
                Q_UNUSED(error);
                const QString text = Value::toText(a.input);
                const QVariant separator = a.get(0, "seperator", a.get(-1, "separator"));
                if (Value::isString(separator) && separator.toString().isEmpty()) {
                    *error = tr("empty separator");
                    return false;
                }
                QVariantList parts;
                const qint64 maxSplit = a.get(1, "maxsplit", -1).toLongLong();
                if (Value::isNone(separator)) {
                    for (const QString &part :
                         text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
                        parts.append(part);
                } else {
                    const QString sep = Value::toText(separator);
                    qsizetype start = 0;
                    while (true) {
                        const qsizetype found
                            = (maxSplit >= 0 && parts.size() >= maxSplit) ? -1 : text.indexOf(sep, start);
                        if (found < 0) {
                            parts.append(text.mid(start));
                            break;
                        }
                        parts.append(text.mid(start, found - start));
                        start = found + sep.size();
                    }
                }
                *out = parts;
                return true;
            });
        auto length = FILTER
        {
            if (Value::isString(a.input))
                *out = int(a.input.toString().size());
            else if (Value::isList(a.input))
                *out = int(Value::toList(a.input).size());
            else if (Value::isMap(a.input))
                *out = int(a.input.toMap().size());
            else {
                *error = tr("object of type '%1' has no len()").arg(Value::typeName(a.input));
                return false;
            }
            return true;
        };
        f.insert(QStringLiteral("length"), length);
        f.insert(QStringLiteral("count"), length);
        f.insert(
            QStringLiteral("first"), FILTER {
                QVariantList items;
                if (!Value::iterate(a.input, &items, error))
                    return false;
                *out = items.isEmpty() ? Value::undefined(tr("No first item, sequence was empty.")) : items.first();
                return true;
            });
        f.insert(
            QStringLiteral("last"), FILTER {
                QVariantList items;
                if (!Value::iterate(a.input, &items, error))
                    return false;
                *out = items.isEmpty() ? Value::undefined(tr("No last item, sequence was empty.")) : items.last();
                return true;
            });
        f.insert(
            QStringLiteral("unique"), FILTER {
                QVariantList items;
                if (!needList(a, "unique", &items, error))
                    return false;
                *out = uniqueList(items);
                return true;
            });
        f.insert(
            QStringLiteral("reverse"), FILTER {
                if (Value::isString(a.input)) {
                    QString text = a.input.toString();
                    std::reverse(text.begin(), text.end());
                    *out = text;
                    return true;
                }
                QVariantList items;
                if (!Value::iterate(a.input, &items, error))
                    return false;
                std::reverse(items.begin(), items.end());
                *out = items;
                return true;
            });
        f.insert(
            QStringLiteral("sort"), FILTER {
                QVariantList items;
                if (!needList(a, "sort", &items, error))
                    return false;
                const QVariant path = a.get(2, "attribute");
                if (!sortList(&items, Value::truthy(a.get(0, "reverse", false)),
                              Value::truthy(a.get(1, "case_sensitive", false)),
                              Value::isNone(path) ? QString() : Value::toText(path), error))
                    return false;
                *out = items;
                return true;
            });
        f.insert(
            QStringLiteral("dictsort"), FILTER {
                if (!Value::isMap(a.input)) {
                    *error = tr("the 'dictsort' filter expects a dictionary, not %1").arg(Value::typeName(a.input));
                    return false;
                }
                QVariantList items;
                const QVariantMap map = a.input.toMap();
                for (auto it = map.cbegin(); it != map.cend(); ++it)
                    items.append(QVariant(QVariantList {it.key(), it.value()}));
                const bool byValue = Value::toText(a.get(1, "by", QStringLiteral("key"))) == QLatin1String("value");
                if (!sortList(&items, Value::truthy(a.get(2, "reverse", false)),
                              Value::truthy(a.get(0, "case_sensitive", false)),
                              byValue ? QStringLiteral("1") : QStringLiteral("0"), error))
                    return false;
                *out = items;
                return true;
            });
        f.insert(
            QStringLiteral("min"), FILTER { return minMax(a, false, out, error); });
        f.insert(
            QStringLiteral("max"), FILTER { return minMax(a, true, out, error); });
        f.insert(
            QStringLiteral("sum"), FILTER {
                QVariantList items;
                if (!needList(a, "sum", &items, error))
                    return false;
                const QVariant path = a.get(0, "attribute");
                QVariant total = a.get(1, "start", 0);
                for (const QVariant &item : std::as_const(items)) {
                    const QVariant value = Value::isNone(path) ? item : attribute(item, Value::toText(path));
                    if (Value::isUndefined(value)) {
                        *error = Value::undefinedMessage(value);
                        return false;
                    }
                    const bool floating = total.typeId() == QMetaType::Double || value.typeId() == QMetaType::Double;
                    if (Value::isList(total) && Value::isList(value)) {
                        total = Value::toList(total) + Value::toList(value);
                    } else if ((Value::isNumber(value) || Value::isBool(value))
                               && (Value::isNumber(total) || Value::isBool(total))) {
                        total = floating ? QVariant(total.toDouble() + value.toDouble())
                                         : Value::fromInteger(total.toLongLong() + value.toLongLong());
                    } else {
                        *error = tr("unsupported operand type(s) for +: '%1' and '%2'")
                                     .arg(Value::typeName(total), Value::typeName(value));
                        return false;
                    }
                }
                *out = total;
                return true;
            });
        f.insert(
            QStringLiteral("list"), FILTER {
                QVariantList items;
                if (!Value::iterate(a.input, &items, error))
                    return false;
                *out = items;
                return true;
            });
        f.insert(
            QStringLiteral("items"), FILTER {
                if (Value::isNone(a.input)) {
                    *out = QVariantList();
                    return true;
                }
                if (!Value::isMap(a.input)) {
                    *error = tr("Can only get item pairs from a mapping.");
                    return false;
                }
                QVariantList items;
                const QVariantMap map = a.input.toMap();
                for (auto it = map.cbegin(); it != map.cend(); ++it)
                    items.append(QVariant(QVariantList {it.key(), it.value()}));
                *out = items;
                return true;
            });
        f.insert(
            QStringLiteral("map"), FILTER {
                QVariantList items;
                if (!needList(a, "map", &items, error))
                    return false;
                QVariantList result;
                if (a.kwargs.contains(QStringLiteral("attribute"))) {
                    const QString path = Value::toText(a.kwargs.value(QStringLiteral("attribute")));
                    const bool hasDefault = a.kwargs.contains(QStringLiteral("default"));
                    for (const QVariant &item : std::as_const(items)) {
                        QVariant value = attribute(item, path);
                        if (Value::isUndefined(value) && hasDefault)
                            value = a.kwargs.value(QStringLiteral("default"));
                        result.append(value);
                    }
                    *out = result;
                    return true;
                }
                if (a.args.isEmpty()) {
                    *out = items;
                    return true;
                }
                const QString filter = Value::toText(a.args.first());
                if (!Filters::exists(filter)) {
                    *error = tr("No filter named '%1'.").arg(filter);
                    return false;
                }
                FilterArguments inner;
                inner.args = a.args.mid(1);
                inner.kwargs = a.kwargs;
                for (const QVariant &item : std::as_const(items)) {
                    inner.input = item;
                    QVariant value;
                    if (!Filters::call(filter, inner, &value, error))
                        return false;
                    result.append(value);
                }
                *out = result;
                return true;
            });
        f.insert(
            QStringLiteral("select"), FILTER { return selectFilter(a, true, false, out, error); });
        f.insert(
            QStringLiteral("reject"), FILTER { return selectFilter(a, false, false, out, error); });
        f.insert(
            QStringLiteral("selectattr"), FILTER { return selectFilter(a, true, true, out, error); });
        f.insert(
            QStringLiteral("rejectattr"), FILTER { return selectFilter(a, false, true, out, error); });
        f.insert(
            QStringLiteral("dict2items"), FILTER {
                if (!Value::isMap(a.input)) {
                    *error = tr("dict2items requires a dictionary, got %1 instead.").arg(Value::typeName(a.input));
                    return false;
                }
                const QString keyName = Value::toText(a.get(0, "key_name", QStringLiteral("key")));
                const QString valueName = Value::toText(a.get(1, "value_name", QStringLiteral("value")));
                QVariantList items;
                const QVariantMap map = a.input.toMap();
                for (auto it = map.cbegin(); it != map.cend(); ++it)
                    items.append(QVariantMap {{keyName, it.key()}, {valueName, it.value()}});
                *out = items;
                return true;
            });
        f.insert(
            QStringLiteral("items2dict"), FILTER {
                const QString keyName = Value::toText(a.get(0, "key_name", QStringLiteral("key")));
                const QString valueName = Value::toText(a.get(1, "value_name", QStringLiteral("value")));
                if (!Value::isList(a.input)) {
                    *error = tr("items2dict requires a list, got %1 instead.").arg(Value::typeName(a.input));
                    return false;
                }
                QVariantMap map;
                for (const QVariant &item : Value::toList(a.input)) {
                    const QVariantMap entry = item.toMap();
                    if (!Value::isMap(item) || !entry.contains(keyName) || !entry.contains(valueName)) {
                        *error = tr("items2dict requires each item to have the keys '%1' and '%2'")
                                     .arg(keyName, valueName);
                        return false;
                    }
                    map.insert(Value::toText(entry.value(keyName)), entry.value(valueName));
                }
                *out = map;
                return true;
            });
        f.insert(
            QStringLiteral("to_json"), FILTER {
                Q_UNUSED(error);
                *out = Serializer::toJson(a.input, a.get(-1, "indent", 0).toInt());
                return true;
            });
        f.insert(
            QStringLiteral("to_nice_json"), FILTER {
                Q_UNUSED(error);
                *out = Serializer::toJson(a.input, a.get(0, "indent", 4).toInt());
                return true;
            });
        f.insert(
            QStringLiteral("from_json"), FILTER {
                QJsonParseError parseError;
                const QByteArray text = Value::toText(a.input).toUtf8();
                const QJsonDocument document = QJsonDocument::fromJson("[" + text + "]", &parseError);
                if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
                    *error = tr("from_json could not parse the text: %1").arg(parseError.errorString());
                    return false;
                }
                *out = document.array().at(0).toVariant();
                return true;
            });
        f.insert(
            QStringLiteral("to_yaml"), FILTER {
                Q_UNUSED(error);
                *out = Serializer::toYaml(a.input, false, a.get(-1, "indent", 2).toInt());
                return true;
            });
        f.insert(
            QStringLiteral("to_nice_yaml"), FILTER {
                Q_UNUSED(error);
                *out = Serializer::toYaml(a.input, true, a.get(0, "indent", 4).toInt());
                return true;
            });
        f.insert(
            QStringLiteral("from_yaml"), FILTER {
                try {
                    *out = fromYamlNode(YAML::Load(Value::toText(a.input).toStdString()));
                } catch (const std::exception &e) {
                    *error = tr("from_yaml could not parse the text: %1").arg(QString::fromStdString(e.what()));
                    return false;
                }
                return true;
            });
        f.insert(
            QStringLiteral("b64encode"), FILTER {
                Q_UNUSED(error);
                *out = QString::fromLatin1(Value::toText(a.input).toUtf8().toBase64());
                return true;
            });
        f.insert(
            QStringLiteral("b64decode"), FILTER {
                const auto decoded = QByteArray::fromBase64Encoding(Value::toText(a.input).toLatin1(),
                                                                    QByteArray::AbortOnBase64DecodingErrors);
                if (!decoded) {
                    *error = tr("b64decode: the text is not valid base64");
                    return false;
                }
                *out = QString::fromUtf8(*decoded);
                return true;
            });
        f.insert(
            QStringLiteral("regex_replace"), FILTER {
                QRegularExpression regex;
                if (!RegexCache::get(Value::toText(a.get(0, "pattern")), regexOptions(a, 2), &regex, error))
                    return false;
                const QString text = Value::toText(a.input);
                const QString replacement = Value::toText(a.get(1, "replacement", QString()));
                const qint64 count = a.get(4, "count", 0).toLongLong();
                QString result;
                qsizetype last = 0;
                qint64 done = 0;
                auto it = regex.globalMatch(text);
                while (it.hasNext() && (count <= 0 || done < count)) {
                    const QRegularExpressionMatch match = it.next();
                    result += text.mid(last, match.capturedStart() - last);
                    result += expandReplacement(replacement, match);
                    last = match.capturedEnd();
                    ++done;
                    if (result.size() > 32 * 1024 * 1024) {
                        *error = tr("regex_replace produced too much text");
                        return false;
                    }
                }
                *out = result + text.mid(last);
                return true;
            });
        f.insert(
            QStringLiteral("regex_search"), FILTER {
                QVariantList groups;
                for (qsizetype i = 1; i < a.args.size(); ++i)
                    groups.append(a.args.at(i));
                FilterArguments options;
                options.kwargs = a.kwargs;
                QRegularExpression regex;
                if (!RegexCache::get(Value::toText(a.get(0, "regex")), regexOptions(options, -10), &regex, error))
                    return false;
                const QRegularExpressionMatch match = regex.match(Value::toText(a.input));
                if (!match.hasMatch()) {
                    *out = QVariant();
                    return true;
                }
                if (groups.isEmpty()) {
                    *out = match.captured(0);
                    return true;
                }
                QVariantList result;
                for (const QVariant &group : std::as_const(groups)) {
                    const QString spec = Value::toText(group);
                    if (spec.startsWith(QLatin1String("\\g<")) && spec.endsWith(QLatin1Char('>')))
                        result.append(match.captured(spec.mid(3, spec.size() - 4)));
                    else if (spec.startsWith(QLatin1Char('\\')))
                        result.append(match.captured(spec.mid(1).toInt()));
                    else {
                        *error = tr("regex_search: unknown group specification '%1'").arg(spec);
                        return false;
                    }
                }
                *out = result;
                return true;
            });
        f.insert(
            QStringLiteral("regex_findall"), FILTER {
                QRegularExpression regex;
                // regex_findall(regex, multiline=False, ignorecase=False): Ansible's order.
                QRegularExpression::PatternOptions options;
                if (Value::truthy(a.get(1, "multiline", false)))
                    options |= QRegularExpression::MultilineOption;
                if (Value::truthy(a.get(2, "ignorecase", false)))
                    options |= QRegularExpression::CaseInsensitiveOption;
                if (!RegexCache::get(Value::toText(a.get(0, "regex")), options, &regex, error))
                    return false;
                QVariantList result;
                auto it = regex.globalMatch(Value::toText(a.input));
                const int groups = regex.captureCount();
                while (it.hasNext()) {
                    const QRegularExpressionMatch match = it.next();
                    if (groups == 0) {
                        result.append(match.captured(0));
                    } else if (groups == 1) {
                        result.append(match.captured(1));
                    } else {
                        QVariantList tuple;
                        for (int g = 1; g <= groups; ++g)
                            tuple.append(match.captured(g));
                        result.append(QVariant(tuple));
                    }
                    if (result.size() > 1000000) {
                        *error = tr("regex_findall found too many matches");
                        return false;
                    }
                }
                *out = result;
                return true;
            });
        f.insert(
            QStringLiteral("regex_escape"), FILTER {
                Q_UNUSED(error);
                *out = QRegularExpression::escape(Value::toText(a.input));
                return true;
            });
        f.insert(
            QStringLiteral("basename"), FILTER {
                Q_UNUSED(error);
                const QString path = Value::toText(a.input);
                *out = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
                return true;
            });
        f.insert(
            QStringLiteral("dirname"), FILTER {
                Q_UNUSED(error);
                const QString path = Value::toText(a.input);
                const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
                QString head = slash < 0 ? QString() : path.left(slash + 1);
                // Python keeps a root of slashes but strips trailing ones otherwise.
                QString trimmed = head;
                while (trimmed.endsWith(QLatin1Char('/')))
                    trimmed.chop(1);
                *out = trimmed.isEmpty() ? head : trimmed;
                return true;
            });
        f.insert(
            QStringLiteral("quote"), FILTER {
                Q_UNUSED(error);
                *out = shellQuote(Value::isNone(a.input) ? QString() : Value::toText(a.input));
                return true;
            });
        f.insert(
            QStringLiteral("combine"), FILTER {
                QVariantList dicts {a.input};
                for (const QVariant &arg : a.args)
                    if (Value::isList(arg))
                        dicts += Value::toList(arg);
                    else
                        dicts.append(arg);
                const bool recursive = Value::truthy(a.kwargs.value(QStringLiteral("recursive"), false));
                const QString listMerge
                    = a.kwargs.value(QStringLiteral("list_merge"), QStringLiteral("replace")).toString();
                static const QStringList merges
                    = {QStringLiteral("replace"), QStringLiteral("keep"),      QStringLiteral("append"),
                       QStringLiteral("prepend"), QStringLiteral("append_rp"), QStringLiteral("prepend_rp")};
                if (!merges.contains(listMerge)) {
                    *error = tr("combine: list_merge must be one of %1").arg(merges.join(QLatin1String(", ")));
                    return false;
                }
                QVariant result;
                for (const QVariant &dict : std::as_const(dicts)) {
                    if (!Value::isMap(dict)) {
                        *error = tr("combine expects dictionaries, got %1").arg(Value::repr(dict));
                        return false;
                    }
                    result = result.isValid() ? combine(result, dict, recursive, listMerge) : dict;
                }
                *out = result;
                return true;
            });
        f.insert(
            QStringLiteral("ternary"), FILTER {
                Q_UNUSED(error);
                const QVariant noneValue = a.get(2, "none_val");
                if (Value::isNone(a.input) && a.args.size() > 2)
                    *out = noneValue;
                else
                    *out = Value::truthy(a.input) ? a.get(0, "true_val") : a.get(1, "false_val");
                return true;
            });
        f.insert(
            QStringLiteral("abs"), FILTER {
                if (Value::isInteger(a.input) || Value::isBool(a.input))
                    *out = Value::fromInteger(qAbs(a.input.toLongLong()));
                else if (Value::isNumber(a.input))
                    *out = std::fabs(a.input.toDouble());
                else {
                    *error = tr("bad operand type for abs(): '%1'").arg(Value::typeName(a.input));
                    return false;
                }
                return true;
            });
        f.insert(
            QStringLiteral("round"), FILTER {
                if (!Value::isNumber(a.input) && !Value::isBool(a.input)) {
                    *error = tr("round expects a number, not %1").arg(Value::typeName(a.input));
                    return false;
                }
                const int precision = a.get(0, "precision", 0).toInt();
                const QString method = Value::toText(a.get(1, "method", QStringLiteral("common")));
                if (method == QLatin1String("common") && Value::isInteger(a.input) && precision >= 0) {
                    *out = a.input;
                    return true;
                }
                const double scale = std::pow(10.0, precision);
                const double value = a.input.toDouble() * scale;
                double rounded = 0;
                if (method == QLatin1String("common"))
                    rounded = std::nearbyint(value); // Python rounds halves to even
                else if (method == QLatin1String("ceil"))
                    rounded = std::ceil(value);
                else if (method == QLatin1String("floor"))
                    rounded = std::floor(value);
                else {
                    *error = tr("method must be common, ceil or floor");
                    return false;
                }
                *out = rounded / scale;
                return true;
            });
        f.insert(
            QStringLiteral("zip"), FILTER {
                QVariantList lists {a.input};
                lists += a.args;
                QList<QVariantList> columns;
                qsizetype shortest = -1;
                for (const QVariant &list : std::as_const(lists)) {
                    QVariantList items;
                    if (!Value::iterate(list, &items, error))
                        return false;
                    shortest = shortest < 0 ? items.size() : qMin(shortest, items.size());
                    columns.append(items);
                }
                QVariantList result;
                for (qsizetype i = 0; i < shortest; ++i) {
                    QVariantList row;
                    for (const QVariantList &column : std::as_const(columns))
                        row.append(column.at(i));
                    result.append(QVariant(row));
                }
                *out = result;
                return true;
            });
        f.insert(
            QStringLiteral("difference"), FILTER {
                QVariantList x;
                QVariantList y;
                if (!needList(a, "difference", &x, error) || !Value::iterate(a.args.value(0), &y, error))
                    return false;
                QVariantList result;
                for (const QVariant &item : std::as_const(x))
                    if (!listContains(y, item))
                        result.append(item);
                *out = uniqueList(result);
                return true;
            });
        f.insert(
            QStringLiteral("intersect"), FILTER {
                QVariantList x;
                QVariantList y;
                if (!needList(a, "intersect", &x, error) || !Value::iterate(a.args.value(0), &y, error))
                    return false;
                QVariantList result;
                for (const QVariant &item : std::as_const(x))
                    if (listContains(y, item))
                        result.append(item);
                *out = uniqueList(result);
                return true;
            });
        f.insert(
            QStringLiteral("union"), FILTER {
                QVariantList x;
                QVariantList y;
                if (!needList(a, "union", &x, error) || !Value::iterate(a.args.value(0), &y, error))
                    return false;
                *out = uniqueList(x + y);
                return true;
            });
        f.insert(
            QStringLiteral("symmetric_difference"), FILTER {
                QVariantList x;
                QVariantList y;
                if (!needList(a, "symmetric_difference", &x, error) || !Value::iterate(a.args.value(0), &y, error))
                    return false;
                QVariantList result;
                for (const QVariant &item : std::as_const(x))
                    if (!listContains(y, item))
                        result.append(item);
                for (const QVariant &item : std::as_const(y))
                    if (!listContains(x, item))
                        result.append(item);
                *out = uniqueList(result);
                return true;
            });
        f.insert(
            QStringLiteral("flatten"), FILTER {
                QVariantList items;
                if (!needList(a, "flatten", &items, error))
                    return false;
                const QVariant levels = a.get(0, "levels");
                QVariantList result;
                flatten(items, Value::isNone(levels) ? -1 : levels.toInt(), &result);
                *out = result;
                return true;
            });
        f.insert(
            QStringLiteral("hash"), FILTER {
                const QString algorithm = Value::toText(a.get(0, "hashtype", QStringLiteral("sha1"))).toLower();
                static const QHash<QString, QCryptographicHash::Algorithm> algorithms = {
                    {QStringLiteral("md5"), QCryptographicHash::Md5},
                    {QStringLiteral("sha1"), QCryptographicHash::Sha1},
                    {QStringLiteral("sha224"), QCryptographicHash::Sha224},
                    {QStringLiteral("sha256"), QCryptographicHash::Sha256},
                    {QStringLiteral("sha384"), QCryptographicHash::Sha384},
                    {QStringLiteral("sha512"), QCryptographicHash::Sha512},
                };
                if (!algorithms.contains(algorithm)) {
                    *error = tr("hash: the algorithm '%1' is not supported; use md5, sha1, sha224, sha256, sha384 or "
                                "sha512")
                                 .arg(algorithm);
                    return false;
                }
                *out = QString::fromLatin1(
                    QCryptographicHash::hash(Value::toText(a.input).toUtf8(), algorithms.value(algorithm)).toHex());
                return true;
            });
        f.insert(
            QStringLiteral("md5"), FILTER {
                Q_UNUSED(error);
                *out = QString::fromLatin1(
                    QCryptographicHash::hash(Value::toText(a.input).toUtf8(), QCryptographicHash::Md5).toHex());
                return true;
            });
        auto sha1 = FILTER
        {
            Q_UNUSED(error);
            *out = QString::fromLatin1(
                QCryptographicHash::hash(Value::toText(a.input).toUtf8(), QCryptographicHash::Sha1).toHex());
            return true;
        };
        f.insert(QStringLiteral("sha1"), sha1);
        f.insert(QStringLiteral("checksum"), sha1);
        f.insert(
            QStringLiteral("type_debug"), FILTER {
                Q_UNUSED(error);
                *out = Value::typeName(a.input);
                return true;
            });
        f.insert(
            QStringLiteral("indent"), FILTER {
                Q_UNUSED(error);
                const QVariant width = a.get(0, "width", 4);
                const QString pad = Value::isString(width) ? width.toString()
                                                           : QString(qBound(0, width.toInt(), 1000), QLatin1Char(' '));
                const bool first = Value::truthy(a.get(1, "first", false));
                const bool blank = Value::truthy(a.get(2, "blank", false));
                QStringList lines = Value::toText(a.input).split(QLatin1Char('\n'));
                for (qsizetype i = 0; i < lines.size(); ++i) {
                    if (i == 0 && !first)
                        continue;
                    if (lines.at(i).isEmpty() && !blank)
                        continue;
                    lines[i] = pad + lines.at(i);
                }
                *out = lines.join(QLatin1Char('\n'));
                return true;
            });
        f.insert(
            QStringLiteral("format"), FILTER {
                QString text;
                if (!Arithmetic::format(Value::toText(a.input), QVariant(a.args), &text, error))
                    return false;
                *out = text;
                return true;
            });
        f.insert(
            QStringLiteral("path_join"), FILTER {
                Q_UNUSED(error);
                QString path;
                for (const QVariant &part : Value::toList(a.input)) {
                    const QString text = Value::toText(part);
                    if (text.startsWith(QLatin1Char('/')) || path.isEmpty())
                        path = text;
                    else
                        path += (path.endsWith(QLatin1Char('/')) ? QString() : QStringLiteral("/")) + text;
                }
                *out = path;
                return true;
            });
        f.insert(
            QStringLiteral("splitext"), FILTER {
                Q_UNUSED(error);
                const QString path = Value::toText(a.input);
                const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
                qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
                qsizetype nameStart = slash + 1;
                while (nameStart < path.size() && path.at(nameStart) == QLatin1Char('.'))
                    ++nameStart;
                if (dot < nameStart)
                    dot = -1;
                *out = dot < 0 ? QVariantList {path, QString()} : QVariantList {path.left(dot), path.mid(dot)};
                return true;
            });
        f.insert(
            QStringLiteral("batch"), FILTER {
                QVariantList items;
                if (!needList(a, "batch", &items, error))
                    return false;
                const qint64 size = a.get(0, "linecount", 1).toLongLong();
                if (size <= 0) {
                    *error = tr("batch needs a positive size");
                    return false;
                }
                QVariantList result;
                for (qsizetype i = 0; i < items.size(); i += size)
                    result.append(QVariant(items.mid(i, size)));
                *out = result;
                return true;
            });
        f.insert(
            QStringLiteral("wordcount"), FILTER {
                Q_UNUSED(error);
                static const QRegularExpression word(QStringLiteral("\\w+"));
                int count = 0;
                auto it = word.globalMatch(Value::toText(a.input));
                while (it.hasNext()) {
                    it.next();
                    ++count;
                }
                *out = count;
                return true;
            });
        return f;
    }();
    return table;
}

} // namespace

bool Filters::exists(const QString &name)
{
    return filters().contains(name);
}

bool Filters::acceptsUndefined(const QString &name)
{
    return name == QLatin1String("default") || name == QLatin1String("d") || name == QLatin1String("mandatory")
        || name == QLatin1String("type_debug");
}

bool Filters::call(const QString &name, const FilterArguments &arguments, QVariant *out, QString *error)
{
    const auto it = filters().constFind(name);
    if (it == filters().cend()) {
        *error = tr("No filter named '%1'.").arg(name);
        return false;
    }
    if (Value::isUndefined(arguments.input) && !acceptsUndefined(name)) {
        *error = Value::undefinedMessage(arguments.input);
        return false;
    }
    return it.value()(arguments, out, error);
}

} // namespace antler::playbook::jinja
