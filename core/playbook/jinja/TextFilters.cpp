#include "playbook/jinja/TextFilters.h"

#include "playbook/YamlValue.h"
#include "playbook/jinja/Arithmetic.h"
#include "playbook/jinja/FilterSupport.h"
#include "playbook/jinja/PythonString.h"
#include "playbook/jinja/RegexCache.h"
#include "playbook/jinja/Serializer.h"
#include "playbook/jinja/Tests.h"
#include "playbook/jinja/Value.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>

namespace antler::playbook::jinja {

namespace {

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

} // namespace

void TextFilters::addTo(FilterTable &f)
{
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
            *out = PythonString::title(Value::toText(a.input), PythonString::WordCharacters::LettersAndDigits);
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
                const QVariant value = Value::isNone(path) ? item : FilterSupport::attribute(item, Value::toText(path));
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
                *error = FilterSupport::tr("empty separator");
                return false;
            }
            *out = PythonString::split(text, separator, a.get(1, "maxsplit", -1).toLongLong());
            return true;
        });
    f.insert(
        QStringLiteral("quote"), FILTER {
            Q_UNUSED(error);
            *out = shellQuote(Value::isNone(a.input) ? QString() : Value::toText(a.input));
            return true;
        });
    f.insert(
        QStringLiteral("indent"), FILTER {
            Q_UNUSED(error);
            const QVariant width = a.get(0, "width", 4);
            const QString pad
                = Value::isString(width) ? width.toString() : QString(qBound(0, width.toInt(), 1000), QLatin1Char(' '));
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
}

} // namespace antler::playbook::jinja
