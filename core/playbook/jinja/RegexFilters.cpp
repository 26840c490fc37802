#include "playbook/jinja/RegexFilters.h"

#include "playbook/YamlValue.h"
#include "playbook/jinja/Arithmetic.h"
#include "playbook/jinja/FilterSupport.h"
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

} // namespace

void RegexFilters::addTo(FilterTable &f)
{
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
                    *error = FilterSupport::tr("regex_replace produced too much text");
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
                    *error = FilterSupport::tr("regex_search: unknown group specification '%1'").arg(spec);
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
                    *error = FilterSupport::tr("regex_findall found too many matches");
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
}

} // namespace antler::playbook::jinja
