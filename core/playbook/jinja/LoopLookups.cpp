#include "playbook/jinja/LoopLookups.h"

#include "playbook/jinja/Value.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace antler::playbook::jinja {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("antler::playbook::jinja::LoopLookups", text);
}

bool isPlugin(const QString &plugin, const char *name)
{
    return plugin == QLatin1String(name) || plugin == QLatin1String("ansible.builtin.") + QLatin1String(name);
}

// LookupBase._flatten: lists inside are spliced in one level.
QVariantList flattenOnce(const QVariantList &terms)
{
    QVariantList result;
    for (const QVariant &term : terms) {
        if (Value::isList(term))
            result += Value::toList(term);
        else
            result.append(term);
    }
    return result;
}

// A term that is not a list stands for a list of itself (listify).
QVariantList listify(const QVariant &term)
{
    return Value::isList(term) ? Value::toList(term) : QVariantList {term};
}

bool dictItems(const QVariantList &terms, QVariantList *results, QString *error)
{
    for (const QVariant &term : terms) {
        if (!Value::isMap(term)) {
            *error = tr("with_dict expects a dict");
            return false;
        }
        for (const Dict::Entry &entry : Value::toDict(term).entries())
            results->append(
                Dict {{QStringLiteral("key"), entry.first}, {QStringLiteral("value"), entry.second}}.toVariant());
    }
    return true;
}

bool subelements(const QVariantList &terms, QVariantList *results, QString *error)
{
    const QString usage = tr("subelements lookup expects a list of two or three items, ");
    if (terms.size() < 2 || terms.size() > 3) {
        *error = usage;
        return false;
    }
    if ((!Value::isList(terms.at(0)) && !Value::isMap(terms.at(0))) || !Value::isString(terms.at(1))) {
        *error = usage + tr("first a dict or a list, second a string pointing to the subkey");
        return false;
    }
    QVariantList elements;
    if (Value::isMap(terms.at(0))) {
        const Dict map = Value::toDict(terms.at(0));
        if (map.contains(QStringLiteral("skipped")) && map.value(QStringLiteral("skipped")) != QVariant(false))
            return true;
        elements = map.values();
    } else {
        elements = Value::toList(terms.at(0));
    }
    const QStringList path = Value::toText(terms.at(1)).split(QLatin1Char('.'));
    const QVariantMap flags = terms.size() == 3 ? terms.at(2).toMap() : QVariantMap();
    const bool skipMissing = Value::truthy(flags.value(QStringLiteral("skip_missing"), false));
    for (const QVariant &element : std::as_const(elements)) {
        if (!Value::isMap(element)) {
            *error = tr("subelements lookup expects a dictionary, got '%1'").arg(Value::toText(element));
            return false;
        }
        Dict outer = Value::toDict(element);
        if (outer.contains(QStringLiteral("skipped")) && outer.value(QStringLiteral("skipped")) != QVariant(false))
            continue;
        // Walk to the list; the last key is taken out of the item it sits in.
        QVariantList sublist;
        QList<Dict> chain {outer};
        bool missing = false;
        for (qsizetype i = 0; i < path.size(); ++i) {
            const QString &key = path.at(i);
            Dict &current = chain.last();
            if (!current.contains(key)) {
                if (skipMissing) {
                    missing = true;
                    break;
                }
                *error = tr("could not find '%1' key in iterated item '%2'").arg(key, Value::repr(current.toVariant()));
                return false;
            }
            const QVariant value = current.value(key);
            if (i + 1 < path.size()) {
                if (!Value::isMap(value)) {
                    if (skipMissing) {
                        missing = true;
                        break;
                    }
                    *error = tr("the key %1 should point to a dictionary, got '%2'").arg(key, Value::toText(value));
                    return false;
                }
                chain.append(Value::toDict(value));
                continue;
            }
            if (!Value::isList(value)) {
                *error = tr("the key %1 should point to a list, got '%2'").arg(key, Value::toText(value));
                return false;
            }
            sublist = Value::toList(value);
            current.remove(key);
        }
        if (missing)
            continue;
        // Put the maps walked through back together, without the list.
        for (qsizetype i = chain.size() - 1; i > 0; --i)
            chain[i - 1].insert(path.at(i - 1), chain.at(i).toVariant());
        outer = chain.first();
        for (const QVariant &item : std::as_const(sublist))
            results->append(QVariant(QVariantList {outer.toVariant(), item}));
    }
    return true;
}

bool nested(const QVariantList &terms, QVariantList *results, QString *error)
{
    if (terms.isEmpty()) {
        *error = tr("with_nested requires at least one element in the nested list");
        return false;
    }
    QVariantList combined = listify(terms.first());
    for (qsizetype i = 1; i < terms.size(); ++i) {
        QVariantList next;
        for (const QVariant &a : std::as_const(combined))
            for (const QVariant &b : listify(terms.at(i)))
                next.append(QVariant(flattenOnce({a, b})));
        combined = next;
    }
    for (const QVariant &entry : std::as_const(combined))
        results->append(QVariant(flattenOnce(listify(entry))));
    return true;
}

bool together(const QVariantList &terms, QVariantList *results, QString *error)
{
    if (terms.isEmpty()) {
        *error = tr("with_together requires at least one element in each list");
        return false;
    }
    QList<QVariantList> lists;
    qsizetype longest = 0;
    for (const QVariant &term : terms) {
        lists.append(listify(term));
        longest = std::max(longest, lists.last().size());
    }
    for (qsizetype i = 0; i < longest; ++i) {
        QVariantList row;
        for (const QVariantList &list : std::as_const(lists))
            row.append(i < list.size() ? list.at(i) : QVariant::fromValue(nullptr));
        results->append(QVariant(flattenOnce(row)));
    }
    return true;
}

// One integer through a printf format with one conversion (%d, %02x, %o…).
bool formatNumber(const QString &format, qint64 number, QString *out)
{
    static const QRegularExpression conversion(QStringLiteral("%([-0 +#]*)(\\d*)([diouxX])"));
    const QRegularExpressionMatch match = conversion.match(format);
    if (!match.hasMatch())
        return false;
    const QString flags = match.captured(1);
    const int width = match.captured(2).toInt();
    const QChar type = match.captured(3).at(0);
    const int base = type == u'o' ? 8 : (type == u'x' || type == u'X') ? 16 : 10;
    QString digits = QString::number(number < 0 ? -number : number, base);
    if (type == u'X')
        digits = digits.toUpper();
    QString sign = number < 0 ? QStringLiteral("-") : flags.contains(u'+') ? QStringLiteral("+") : QString();
    QString body = sign + digits;
    if (body.size() < width) {
        if (flags.contains(u'-'))
            body = body.leftJustified(width, u' ');
        else if (flags.contains(u'0'))
            body = sign + digits.rightJustified(width - sign.size(), u'0');
        else
            body = body.rightJustified(width, u' ');
    }
    QString result = format;
    result.replace(match.capturedStart(), match.capturedLength(), body);
    *out = result.replace(QLatin1String("%%"), QLatin1String("%"));
    return true;
}

bool parseNumber(const QString &text, qint64 *out)
{
    bool ok = false;
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        *out = trimmed.mid(2).toLongLong(&ok, 16);
    else if (trimmed.size() > 1 && trimmed.startsWith(u'0'))
        *out = trimmed.mid(1).toLongLong(&ok, 8);
    else
        *out = trimmed.toLongLong(&ok, 10);
    return ok;
}

bool sequence(const QVariantList &terms, QVariantList *results, QString *error)
{
    static const QRegularExpression shortcut(QStringLiteral("^(?:(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)-)?"
                                                            "(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)"
                                                            "(?:/(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*))?"
                                                            "(?::(.+))?$"));
    for (const QVariant &term : terms) {
        qint64 start = 1;
        qint64 stride = 1;
        std::optional<qint64> end;
        std::optional<qint64> count;
        QString format = QStringLiteral("%d");
        const QString text = Value::toText(term).trimmed();
        const auto bad = [&](const QString &what) {
            *error = tr("unknown error parsing with_sequence arguments: %1 (%2)").arg(text, what);
            return false;
        };
        const QRegularExpressionMatch match = shortcut.match(text);
        if (!text.contains(u'=') && match.hasMatch()) {
            qint64 number = 0;
            if (match.hasCaptured(1) && !match.captured(1).isEmpty() && parseNumber(match.captured(1), &number))
                start = number;
            if (parseNumber(match.captured(2), &number))
                end = number;
            if (match.hasCaptured(3) && !match.captured(3).isEmpty() && parseNumber(match.captured(3), &number))
                stride = number;
            if (match.hasCaptured(4) && !match.captured(4).isEmpty())
                format = match.captured(4);
        } else {
            for (const QString &word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
                const qsizetype equals = word.indexOf(u'=');
                if (equals <= 0)
                    return bad(word);
                const QString key = word.left(equals);
                const QString value = word.mid(equals + 1);
                qint64 number = 0;
                if (key == QLatin1String("format")) {
                    format = value;
                    continue;
                }
                if (!parseNumber(value, &number))
                    return bad(word);
                if (key == QLatin1String("start")) {
                    start = number;
                } else if (key == QLatin1String("end")) {
                    end = number;
                } else if (key == QLatin1String("count")) {
                    count = number;
                } else if (key == QLatin1String("stride")) {
                    stride = number;
                } else {
                    return bad(word);
                }
            }
        }
        if (count && end) {
            *error = tr("can't specify both count and end in with_sequence");
            return false;
        }
        if (!count && !end) {
            *error = tr("must specify count or end in with_sequence");
            return false;
        }
        if (count) {
            if (*count != 0)
                end = start + *count * stride - 1;
            else
                continue;
        }
        if (stride > 0 && *end < start) {
            *error = tr("to count backwards make stride negative");
            return false;
        }
        if (stride < 0 && *end > start) {
            *error = tr("to count forward don't make stride negative");
            return false;
        }
        if (stride == 0)
            continue;
        for (qint64 i = start; stride > 0 ? i <= *end : i >= *end; i += stride) {
            QString formatted;
            if (!formatNumber(format, i, &formatted)) {
                *error = tr("bad formatting string: %1").arg(format);
                return false;
            }
            results->append(formatted);
            if (results->size() > 1000000) {
                *error = tr("with_sequence gives more than a million items");
                return false;
            }
        }
    }
    return true;
}

} // namespace

bool LoopLookups::handles(const QString &plugin)
{
    return isPlugin(plugin, "dict") || isPlugin(plugin, "subelements") || isPlugin(plugin, "nested")
        || isPlugin(plugin, "together") || isPlugin(plugin, "sequence");
}

bool LoopLookups::run(const QString &plugin, const QVariantList &terms, QVariantList *results, QString *error)
{
    if (isPlugin(plugin, "dict"))
        return dictItems(terms, results, error);
    if (isPlugin(plugin, "subelements"))
        return subelements(terms, results, error);
    if (isPlugin(plugin, "nested"))
        return nested(terms, results, error);
    if (isPlugin(plugin, "together"))
        return together(terms, results, error);
    if (isPlugin(plugin, "sequence"))
        return sequence(terms, results, error);
    *error = tr("the lookup plugin '%1' is not one of dict, subelements, nested, together and sequence").arg(plugin);
    return false;
}

} // namespace antler::playbook::jinja
