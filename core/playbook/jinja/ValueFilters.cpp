#include "playbook/jinja/ValueFilters.h"

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

} // namespace

void ValueFilters::addTo(FilterTable &f)
{
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
                    *error = match.hasMatch()
                        ? FilterSupport::tr("Mandatory variable %1 not defined.").arg(match.captured(1))
                        : FilterSupport::tr("Mandatory variable not defined.");
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
                *error = FilterSupport::tr("bad operand type for abs(): '%1'").arg(Value::typeName(a.input));
                return false;
            }
            return true;
        });
    f.insert(
        QStringLiteral("round"), FILTER {
            if (!Value::isNumber(a.input) && !Value::isBool(a.input)) {
                *error = FilterSupport::tr("round expects a number, not %1").arg(Value::typeName(a.input));
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
                *error = FilterSupport::tr("method must be common, ceil or floor");
                return false;
            }
            *out = rounded / scale;
            return true;
        });
    f.insert(
        QStringLiteral("type_debug"), FILTER {
            Q_UNUSED(error);
            *out = Value::typeName(a.input);
            return true;
        });
}

} // namespace antler::playbook::jinja
