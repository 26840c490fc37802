#include "playbook/jinja/Value.h"

#include <QCoreApplication>
#include <QStringList>

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace antler::playbook::jinja {

QVariant Value::undefined(const QString &message)
{
    return QVariant::fromValue(Undefined {message});
}

bool Value::isUndefined(const QVariant &value)
{
    return value.userType() == qMetaTypeId<Undefined>();
}

QString Value::undefinedMessage(const QVariant &value)
{
    return value.value<Undefined>().message;
}

bool Value::isNone(const QVariant &value)
{
    return !value.isValid() || value.typeId() == QMetaType::Nullptr;
}

bool Value::isBool(const QVariant &value)
{
    return value.typeId() == QMetaType::Bool;
}

bool Value::isInteger(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return true;
    default:
        return false;
    }
}

bool Value::isNumber(const QVariant &value)
{
    return isInteger(value) || value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float;
}

bool Value::isString(const QVariant &value)
{
    return value.typeId() == QMetaType::QString;
}

bool Value::isList(const QVariant &value)
{
    return value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList;
}

bool Value::isMap(const QVariant &value)
{
    return Dict::holds(value);
}

Dict Value::toDict(const QVariant &value)
{
    return Dict::from(value);
}

bool Value::mapValue(const QVariant &value, const QString &key, QVariant *out)
{
    if (value.typeId() == QMetaType::QVariantMap) {
        const QVariantMap &map = *static_cast<const QVariantMap *>(value.constData());
        auto it = map.constFind(key);
        if (it == map.cend())
            return false;
        *out = it.value();
        return true;
    }
    if (value.userType() == qMetaTypeId<Dict>()) {
        const Dict &dict = *static_cast<const Dict *>(value.constData());
        if (!dict.contains(key))
            return false;
        *out = dict.value(key);
        return true;
    }
    return false;
}

QVariant Value::fromInteger(qint64 number)
{
    if (number >= std::numeric_limits<int>::min() && number <= std::numeric_limits<int>::max())
        return QVariant(int(number));
    return QVariant(number);
}

QVariantList Value::toList(const QVariant &value)
{
    if (value.typeId() == QMetaType::QVariantList)
        return value.toList();
    if (value.typeId() == QMetaType::QStringList) {
        QVariantList list;
        for (const QString &item : value.toStringList())
            list.append(item);
        return list;
    }
    return {};
}

bool Value::truthy(const QVariant &value)
{
    if (isNone(value) || isUndefined(value))
        return false;
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Double:
    case QMetaType::Float:
        return value.toDouble() != 0.0;
    case QMetaType::QString:
        return !value.toString().isEmpty();
    case QMetaType::QVariantList:
        return !value.toList().isEmpty();
    case QMetaType::QStringList:
        return !value.toStringList().isEmpty();
    case QMetaType::QVariantMap:
        return !value.toMap().isEmpty();
    default:
        if (isMap(value))
            return !toDict(value).isEmpty();
        if (isInteger(value))
            return value.toLongLong() != 0;
        return true;
    }
}

QString Value::floatRepr(double number)
{
    if (std::isnan(number))
        return QStringLiteral("nan");
    if (std::isinf(number))
        return number > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    if (number == 0.0)
        return std::signbit(number) ? QStringLiteral("-0.0") : QStringLiteral("0.0");
    // The shortest digits that read back, laid out as Python's repr does:
    // positional for exponents -4..15, scientific otherwise.
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, number, std::chars_format::scientific);
    const std::string text(buffer, result.ptr);
    const std::size_t e = text.find('e');
    std::string mantissa = text.substr(0, e);
    const int exponent = std::atoi(text.c_str() + e + 1);
    const bool negative = mantissa[0] == '-';
    if (negative)
        mantissa.erase(0, 1);
    std::string digits;
    for (char c : mantissa)
        if (c != '.')
            digits += c;
    std::string out;
    if (exponent >= -4 && exponent < 16) {
        if (exponent < 0) {
            out = "0." + std::string(std::size_t(-exponent - 1), '0') + digits;
        } else if (std::size_t(exponent) + 1 >= digits.size()) {
            out = digits + std::string(std::size_t(exponent) + 1 - digits.size(), '0') + ".0";
        } else {
            out = digits.substr(0, std::size_t(exponent) + 1) + "." + digits.substr(std::size_t(exponent) + 1);
        }
    } else {
        out = digits.substr(0, 1);
        if (digits.size() > 1)
            out += "." + digits.substr(1);
        char exp[16];
        std::snprintf(exp, sizeof exp, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
        out += exp;
    }
    if (negative)
        out.insert(out.begin(), '-');
    return QString::fromLatin1(out.c_str());
}

QString Value::stringRepr(const QString &text)
{
    const QChar quote
        = text.contains(QLatin1Char('\'')) && !text.contains(QLatin1Char('"')) ? QLatin1Char('"') : QLatin1Char('\'');
    QString out;
    out.reserve(text.size() + 2);
    out += quote;
    for (QChar c : text) {
        if (c == quote || c == QLatin1Char('\\')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\n')) {
            out += QLatin1String("\\n");
        } else if (c == QLatin1Char('\r')) {
            out += QLatin1String("\\r");
        } else if (c == QLatin1Char('\t')) {
            out += QLatin1String("\\t");
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    out += quote;
    return out;
}

QString Value::repr(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        return stringRepr(value.toString());
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        QStringList parts;
        for (const QVariant &item : toList(value))
            parts.append(repr(item));
        return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
    }
    default:
        if (isMap(value)) {
            QStringList parts;
            for (const Dict::Entry &entry : toDict(value).entries())
                parts.append(stringRepr(entry.first) + QLatin1String(": ") + repr(entry.second));
            return QLatin1Char('{') + parts.join(QLatin1String(", ")) + QLatin1Char('}');
        }
        if (isNone(value))
            return QStringLiteral("None");
        return toText(value);
    }
}

QString Value::toText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString();
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QMetaType::Double:
    case QMetaType::Float:
        return floatRepr(value.toDouble());
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        return repr(value);
    default:
        if (isMap(value))
            return repr(value);
        if (isNone(value))
            return QStringLiteral("None");
        if (isUndefined(value))
            return {};
        return value.toString();
    }
}

QString Value::typeName(const QVariant &value)
{
    if (isNone(value))
        return QStringLiteral("NoneType");
    if (isUndefined(value))
        return QStringLiteral("Undefined");
    if (isBool(value))
        return QStringLiteral("bool");
    if (isInteger(value))
        return QStringLiteral("int");
    if (isNumber(value))
        return QStringLiteral("float");
    if (isString(value))
        return QStringLiteral("str");
    if (isList(value))
        return QStringLiteral("list");
    if (isMap(value))
        return QStringLiteral("dict");
    return QString::fromLatin1(value.typeName());
}

namespace {

bool numeric(const QVariant &value)
{
    return Value::isNumber(value) || Value::isBool(value);
}

} // namespace

bool Value::equals(const QVariant &a, const QVariant &b)
{
    if (numeric(a) && numeric(b)) {
        const bool aFloat = a.typeId() == QMetaType::Double || a.typeId() == QMetaType::Float;
        const bool bFloat = b.typeId() == QMetaType::Double || b.typeId() == QMetaType::Float;
        if (aFloat || bFloat)
            return a.toDouble() == b.toDouble();
        return a.toLongLong() == b.toLongLong();
    }
    if (isNone(a) || isNone(b))
        return isNone(a) && isNone(b);
    if (isString(a) && isString(b))
        return a.toString() == b.toString();
    if (isList(a) && isList(b)) {
        const QVariantList x = toList(a);
        const QVariantList y = toList(b);
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i)
            if (!equals(x.at(i), y.at(i)))
                return false;
        return true;
    }
    if (isMap(a) && isMap(b)) {
        const Dict x = toDict(a);
        const Dict y = toDict(b);
        if (x.size() != y.size())
            return false;
        for (const Dict::Entry &entry : x.entries()) {
            if (!y.contains(entry.first) || !equals(entry.second, y.value(entry.first)))
                return false;
        }
        return true;
    }
    return false;
}

bool Value::compare(const QVariant &a, const QVariant &b, int *result, QString *error)
{
    if (numeric(a) && numeric(b)) {
        const bool aFloat = a.typeId() == QMetaType::Double || a.typeId() == QMetaType::Float;
        const bool bFloat = b.typeId() == QMetaType::Double || b.typeId() == QMetaType::Float;
        if (aFloat || bFloat) {
            const double x = a.toDouble();
            const double y = b.toDouble();
            *result = x < y ? -1 : (x > y ? 1 : 0);
        } else {
            const qint64 x = a.toLongLong();
            const qint64 y = b.toLongLong();
            *result = x < y ? -1 : (x > y ? 1 : 0);
        }
        return true;
    }
    if (isString(a) && isString(b)) {
        const int c = QString::compare(a.toString(), b.toString());
        *result = c < 0 ? -1 : (c > 0 ? 1 : 0);
        return true;
    }
    if (isList(a) && isList(b)) {
        const QVariantList x = toList(a);
        const QVariantList y = toList(b);
        for (qsizetype i = 0; i < x.size() && i < y.size(); ++i) {
            if (equals(x.at(i), y.at(i)))
                continue;
            return compare(x.at(i), y.at(i), result, error);
        }
        *result = x.size() < y.size() ? -1 : (x.size() > y.size() ? 1 : 0);
        return true;
    }
    *error = QCoreApplication::translate("antler::playbook::jinja::Value",
                                         "'<' not supported between instances of '%1' and '%2'")
                 .arg(typeName(a), typeName(b));
    return false;
}

bool Value::iterate(const QVariant &value, QVariantList *out, QString *error)
{
    if (isList(value)) {
        *out = toList(value);
        return true;
    }
    if (isMap(value)) {
        out->clear();
        for (const Dict::Entry &entry : toDict(value).entries())
            out->append(entry.first);
        return true;
    }
    if (isString(value)) {
        out->clear();
        const QString text = value.toString();
        for (QChar c : text)
            out->append(QString(c));
        return true;
    }
    if (isUndefined(value)) {
        *error = undefinedMessage(value);
        return false;
    }
    *error = QCoreApplication::translate("antler::playbook::jinja::Value", "'%1' object is not iterable")
                 .arg(typeName(value));
    return false;
}

bool Value::contains(const QVariant &haystack, const QVariant &needle, bool *out, QString *error)
{
    if (isString(haystack)) {
        if (!isString(needle)) {
            *error = QCoreApplication::translate("antler::playbook::jinja::Value",
                                                 "'in <string>' requires string as left operand, not %1")
                         .arg(typeName(needle));
            return false;
        }
        *out = haystack.toString().contains(needle.toString());
        return true;
    }
    if (isMap(haystack)) {
        // Mapping keys are always text here, so only text can be a key.
        QVariant found;
        *out = isString(needle) && mapValue(haystack, needle.toString(), &found);
        return true;
    }
    if (isList(haystack)) {
        *out = false;
        for (const QVariant &item : toList(haystack))
            if (equals(item, needle)) {
                *out = true;
                break;
            }
        return true;
    }
    if (isUndefined(haystack)) {
        *error = undefinedMessage(haystack);
        return false;
    }
    *error = QCoreApplication::translate("antler::playbook::jinja::Value", "argument of type '%1' is not iterable")
                 .arg(typeName(haystack));
    return false;
}

} // namespace antler::playbook::jinja
