#include "playbook/jinja/Arithmetic.h"

#include "playbook/jinja/Context.h"
#include "playbook/jinja/Value.h"

#include <QCoreApplication>

#include <cmath>

namespace antler::playbook::jinja {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("antler::playbook::jinja::Arithmetic", text);
}

bool isFloat(const QVariant &value)
{
    return value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float;
}

bool numeric(const QVariant &value)
{
    return Value::isNumber(value) || Value::isBool(value);
}

bool unsupported(const QString &op, const QVariant &left, const QVariant &right, QString *error)
{
    *error = tr("unsupported operand type(s) for %1: '%2' and '%3'")
                 .arg(op, Value::typeName(left), Value::typeName(right));
    return false;
}

bool tooLarge(QString *error)
{
    *error = tr("the result would be larger than %1 characters").arg(Context::MaximumOutput);
    return false;
}

bool repeat(const QVariant &sequence, qint64 count, QVariant *out, QString *error)
{
    if (count < 0)
        count = 0;
    if (Value::isString(sequence)) {
        const QString text = sequence.toString();
        if (count * text.size() > Context::MaximumOutput)
            return tooLarge(error);
        *out = text.repeated(count);
        return true;
    }
    const QVariantList list = Value::toList(sequence);
    if (count * list.size() > Context::MaximumOutput / 8)
        return tooLarge(error);
    QVariantList result;
    for (qint64 i = 0; i < count; ++i)
        result += list;
    *out = result;
    return true;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

} // namespace

bool Arithmetic::negate(const QVariant &value, QVariant *out, QString *error)
{
    if (isFloat(value)) {
        *out = -value.toDouble();
        return true;
    }
    if (numeric(value)) {
        const qint64 n = value.toLongLong();
        if (n == std::numeric_limits<qint64>::min())
            *out = -double(n);
        else
            *out = Value::fromInteger(-n);
        return true;
    }
    *error = tr("bad operand type for unary -: '%1'").arg(Value::typeName(value));
    return false;
}

bool Arithmetic::apply(const QString &op, const QVariant &left, const QVariant &right, QVariant *out, QString *error)
{
    const QChar c = op.at(0);
    if (op == QLatin1String("~")) {
        const QString a = Value::isNone(left) ? QStringLiteral("None") : Value::toText(left);
        const QString b = Value::isNone(right) ? QStringLiteral("None") : Value::toText(right);
        if (a.size() + b.size() > Context::MaximumOutput)
            return tooLarge(error);
        *out = a + b;
        return true;
    }
    if (numeric(left) && numeric(right)) {
        const bool floating = isFloat(left) || isFloat(right);
        if (op == QLatin1String("/")) {
            if (right.toDouble() == 0.0) {
                *error = tr("division by zero");
                return false;
            }
            *out = left.toDouble() / right.toDouble();
            return true;
        }
        if (floating) {
            const double a = left.toDouble();
            const double b = right.toDouble();
            if ((op == QLatin1String("//") || c == QLatin1Char('%')) && b == 0.0) {
                *error = tr("float division by zero");
                return false;
            }
            if (op == QLatin1String("**"))
                *out = std::pow(a, b);
            else if (op == QLatin1String("//"))
                *out = std::floor(a / b);
            else if (c == QLatin1Char('+'))
                *out = a + b;
            else if (c == QLatin1Char('-'))
                *out = a - b;
            else if (c == QLatin1Char('*'))
                *out = a * b;
            else if (c == QLatin1Char('%')) {
                double m = std::fmod(a, b);
                if (m != 0.0 && ((m < 0) != (b < 0)))
                    m += b;
                *out = m;
            }
            return true;
        }
        const qint64 a = left.toLongLong();
        const qint64 b = right.toLongLong();
        qint64 r = 0;
        if ((op == QLatin1String("//") || c == QLatin1Char('%')) && b == 0) {
            *error = tr("integer division or modulo by zero");
            return false;
        }
        if (op == QLatin1String("**")) {
            if (b < 0) {
                *out = std::pow(double(a), double(b));
                return true;
            }
            qint64 result = 1;
            qint64 base = a;
            qint64 exponent = b;
            bool overflow = false;
            while (exponent > 0 && !overflow) {
                if (exponent & 1)
                    overflow |= __builtin_mul_overflow(result, base, &result);
                exponent >>= 1;
                if (exponent > 0)
                    overflow |= __builtin_mul_overflow(base, base, &base);
            }
            if (overflow)
                *out = std::pow(double(a), double(b));
            else
                *out = Value::fromInteger(result);
            return true;
        }
        if (op == QLatin1String("//")) {
            if (a == std::numeric_limits<qint64>::min() && b == -1) {
                *out = -double(a);
                return true;
            }
            *out = Value::fromInteger(floorDiv(a, b));
            return true;
        }
        bool overflow = false;
        if (c == QLatin1Char('+'))
            overflow = __builtin_add_overflow(a, b, &r);
        else if (c == QLatin1Char('-'))
            overflow = __builtin_sub_overflow(a, b, &r);
        else if (c == QLatin1Char('*'))
            overflow = __builtin_mul_overflow(a, b, &r);
        else if (c == QLatin1Char('%')) {
            if (b == -1) {
                r = 0;
            } else {
                r = a % b;
                if (r != 0 && ((r < 0) != (b < 0)))
                    r += b;
            }
        }
        if (overflow) {
            const double x = double(a);
            const double y = double(b);
            *out = c == QLatin1Char('+') ? x + y : (c == QLatin1Char('-') ? x - y : x * y);
        } else {
            *out = Value::fromInteger(r);
        }
        return true;
    }
    if (c == QLatin1Char('+') && op.size() == 1) {
        if (Value::isString(left) && Value::isString(right)) {
            if (left.toString().size() + right.toString().size() > Context::MaximumOutput)
                return tooLarge(error);
            *out = left.toString() + right.toString();
            return true;
        }
        if (Value::isList(left) && Value::isList(right)) {
            *out = Value::toList(left) + Value::toList(right);
            return true;
        }
        if (Value::isString(left) || Value::isString(right)) {
            *error = Value::isString(left)
                ? tr("can only concatenate str (not \"%1\") to str").arg(Value::typeName(right))
                : tr("unsupported operand type(s) for +: '%1' and 'str'").arg(Value::typeName(left));
            return false;
        }
        return unsupported(op, left, right, error);
    }
    if (c == QLatin1Char('*') && op.size() == 1) {
        if ((Value::isString(left) || Value::isList(left)) && (Value::isInteger(right) || Value::isBool(right)))
            return repeat(left, right.toLongLong(), out, error);
        if ((Value::isString(right) || Value::isList(right)) && (Value::isInteger(left) || Value::isBool(left)))
            return repeat(right, left.toLongLong(), out, error);
        return unsupported(op, left, right, error);
    }
    if (c == QLatin1Char('%') && Value::isString(left)) {
        QString text;
        if (!format(left.toString(), right, &text, error))
            return false;
        *out = text;
        return true;
    }
    return unsupported(op, left, right, error);
}

bool Arithmetic::format(const QString &pattern, const QVariant &arguments, QString *out, QString *error)
{
    const QVariantList args = Value::isList(arguments) ? Value::toList(arguments) : QVariantList {arguments};
    qsizetype next = 0;
    QString result;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c != QLatin1Char('%')) {
            result += c;
            continue;
        }
        qsizetype j = i + 1;
        QString flags;
        while (j < pattern.size() && QStringView(u"-+ 0#").contains(pattern.at(j)))
            flags += pattern.at(j++);
        int width = 0;
        while (j < pattern.size() && pattern.at(j).isDigit() && width < 10000)
            width = width * 10 + pattern.at(j++).digitValue();
        int precision = -1;
        if (j < pattern.size() && pattern.at(j) == QLatin1Char('.')) {
            ++j;
            precision = 0;
            while (j < pattern.size() && pattern.at(j).isDigit() && precision < 1000)
                precision = precision * 10 + pattern.at(j++).digitValue();
        }
        if (j >= pattern.size()) {
            *error = tr("incomplete format");
            return false;
        }
        const QChar conversion = pattern.at(j);
        i = j;
        if (conversion == QLatin1Char('%')) {
            result += QLatin1Char('%');
            continue;
        }
        if (next >= args.size()) {
            *error = tr("not enough arguments for format string");
            return false;
        }
        const QVariant &arg = args.at(next++);
        QString piece;
        switch (conversion.unicode()) {
        case 's':
            piece = Value::toText(arg);
            if (precision >= 0)
                piece.truncate(precision);
            break;
        case 'r':
            piece = Value::repr(arg);
            break;
        case 'd':
        case 'i':
            if (!numeric(arg)) {
                // As Python says it: "%d format: a real number is required, not str".
                *error = tr("%1 format: a real number is required, not %2")
                             .arg(QStringLiteral("%") + conversion, Value::typeName(arg));
                return false;
            }
            piece = QString::number(qint64(arg.toDouble()));
            if (flags.contains(QLatin1Char('+')) && arg.toDouble() >= 0)
                piece.prepend(QLatin1Char('+'));
            break;
        case 'f':
        case 'F':
        case 'e':
        case 'g':
            if (!numeric(arg)) {
                *error = tr("must be real number, not %1").arg(Value::typeName(arg));
                return false;
            }
            piece = QString::number(arg.toDouble(), char(conversion.unicode()), precision < 0 ? 6 : precision);
            break;
        case 'x':
        case 'X':
            piece = QString::number(arg.toLongLong(), 16);
            if (conversion == QLatin1Char('X'))
                piece = piece.toUpper();
            break;
        default:
            *error = tr("unsupported format character '%1'").arg(conversion);
            return false;
        }
        if (piece.size() < width) {
            if (flags.contains(QLatin1Char('-')))
                piece = piece.leftJustified(width);
            else
                piece = piece.rightJustified(width,
                                             flags.contains(QLatin1Char('0')) && conversion != QLatin1Char('s')
                                                 ? QLatin1Char('0')
                                                 : QLatin1Char(' '));
        }
        result += piece;
    }
    if (next < args.size() && Value::isList(arguments)) {
        *error = tr("not all arguments converted during string formatting");
        return false;
    }
    *out = result;
    return true;
}

} // namespace antler::playbook::jinja
