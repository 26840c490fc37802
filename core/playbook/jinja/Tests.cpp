#include "playbook/jinja/Tests.h"

#include "playbook/jinja/RegexCache.h"
#include "playbook/jinja/Value.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QVersionNumber>

namespace antler::playbook::jinja {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("antler::playbook::jinja::Tests", text);
}

using TestFunction = bool (*)(const QVariant &, const QVariantList &, const QVariantMap &, bool *, QString *);

QVariant argument(const QVariantList &args, const QVariantMap &kwargs, int index, const char *name,
                  const QVariant &fallback = {})
{
    if (index < args.size())
        return args.at(index);
    return kwargs.value(QLatin1String(name), fallback);
}

bool requireResult(const QVariant &input, const char *test, QString *error)
{
    if (Value::isMap(input))
        return true;
    *error = tr("the '%1' test expects a dictionary (a registered task result), not %2")
                 .arg(QLatin1String(test), Value::typeName(input));
    return false;
}

bool regexTest(const QVariant &input, const QVariantList &args, const QVariantMap &kwargs, bool anchored, bool *out,
               QString *error)
{
    const QString pattern = Value::toText(argument(args, kwargs, 0, "pattern"));
    QRegularExpression::PatternOptions options;
    if (Value::truthy(argument(args, kwargs, 1, "ignorecase", false)))
        options |= QRegularExpression::CaseInsensitiveOption;
    if (Value::truthy(argument(args, kwargs, 2, "multiline", false)))
        options |= QRegularExpression::MultilineOption;
    QRegularExpression regex;
    if (!RegexCache::get(anchored ? QStringLiteral("\\A(?:") + pattern + QLatin1Char(')') : pattern, options, &regex,
                         error))
        return false;
    *out = regex.match(Value::toText(input)).hasMatch();
    return true;
}

int versionCompare(const QString &a, const QString &b)
{
    // Loose versions: numbers compare as numbers, other parts as text.
    static const QRegularExpression parts(QStringLiteral("(\\d+|[a-z]+|\\.)"),
                                          QRegularExpression::CaseInsensitiveOption);
    auto split = [](const QString &text) {
        QStringList out;
        auto it = parts.globalMatch(text);
        while (it.hasNext()) {
            const QString part = it.next().captured(1);
            if (part != QLatin1String("."))
                out.append(part);
        }
        return out;
    };
    const QStringList x = split(a);
    const QStringList y = split(b);
    for (qsizetype i = 0; i < qMax(x.size(), y.size()); ++i) {
        if (i >= x.size())
            return -1;
        if (i >= y.size())
            return 1;
        bool xNumber = false;
        bool yNumber = false;
        const qint64 xn = x.at(i).toLongLong(&xNumber);
        const qint64 yn = y.at(i).toLongLong(&yNumber);
        if (xNumber && yNumber) {
            if (xn != yn)
                return xn < yn ? -1 : 1;
        } else if (xNumber != yNumber) {
            return xNumber ? 1 : -1;
        } else {
            const int c = QString::compare(x.at(i), y.at(i));
            if (c != 0)
                return c < 0 ? -1 : 1;
        }
    }
    return 0;
}

// A path for Ansible's path tests, which look on the controller (~ is its
// user's home).
QString controllerPath(const QVariant &value)
{
    const QString path = Value::toText(value);
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

const QHash<QString, TestFunction> &tests()
{
    static const QHash<QString, TestFunction> table = [] {
        QHash<QString, TestFunction> t;
        t.insert(QStringLiteral("defined"),
                 [](const QVariant &v, const QVariantList &, const QVariantMap &, bool *out, QString *) {
                     *out = !Value::isUndefined(v);
                     return true;
                 });
        t.insert(QStringLiteral("undefined"),
                 [](const QVariant &v, const QVariantList &, const QVariantMap &, bool *out, QString *) {
                     *out = Value::isUndefined(v);
                     return true;
                 });
        t.insert(QStringLiteral("none"),
                 [](const QVariant &v, const QVariantList &, const QVariantMap &, bool *out, QString *) {
                     *out = Value::isNone(v);
                     return true;
                 });
        t.insert(QStringLiteral("boolean"),
                 [](const QVariant &v, const QVariantList &, const QVariantMap &, bool *out, QString *) {
                     *out = Value::isBool(v);
                     return true;
                 });
        t.insert(QStringLiteral("true"),
                 [](const QVariant &v, const QVariantList &, const QVariantMap &, bool *out, QString *) {
                     *out = Value::isBool(v) && v.toBool();
                     return true;
                 });
        t.insert(QStringLiteral("false"),
                 [](const QVariant &v, const QVariantList &, const QVariantMap &, bool *out, QString *) {
                     *out = Value::isBool(v) && !v.toBool();
                     return true;
                 });
        t.insert(QStringLiteral("string"),
                 [](const QVariant &v, const QVariantList &, const QVariantMap &, bool *out, QString *) {
                     *out = Value::isString(v);
                     return true;
                 });
        t.insert(QStringLiteral("number"),
                 [](const QVariant &v, const QVariantList &, const QVariantMap &, bool *out, QString *) {
                     *out = Value::isNumber(v) || Value::isBool(v);
                     return true;
                 });
        t.insert(QStringLiteral("integer"),
                 [](const QVariant &v, const QVariantList &, const QVariantMap &, bool *out, QString *) {
                     *out = Value::isInteger(v);
                     return true;
                 });
        t.insert(QStringLiteral("float"),
                 [](const QVariant &v, const QVariantList &, const QVariantMap &, bool *out, QString *) {
                     *out = Value::isNumber(v) && !Value::isInteger(v);
                     return true;
                 });
        t.insert(QStringLiteral("mapping"),
                 [](const QVariant &v, const QVariantList &, const QVariantMap &, bool *out, QString *) {
                     *out = Value::isMap(v);
                     return true;
                 });
        t.insert(QStringLiteral("sequence"),
                 [](const QVariant &v, const QVariantList &, const QVariantMap &, bool *out, QString *) {
                     *out = Value::isList(v) || Value::isString(v) || Value::isMap(v);
                     return true;
                 });
        t.insert(QStringLiteral("iterable"),
                 [](const QVariant &v, const QVariantList &, const QVariantMap &, bool *out, QString *) {
                     *out = Value::isList(v) || Value::isString(v) || Value::isMap(v);
                     return true;
                 });
        t.insert(QStringLiteral("callable"),
                 [](const QVariant &, const QVariantList &, const QVariantMap &, bool *out, QString *) {
                     *out = false;
                     return true;
                 });
        t.insert(QStringLiteral("lower"),
                 [](const QVariant &v, const QVariantList &, const QVariantMap &, bool *out, QString *) {
                     *out = Value::toText(v) == Value::toText(v).toLower();
                     return true;
                 });
        t.insert(QStringLiteral("upper"),
                 [](const QVariant &v, const QVariantList &, const QVariantMap &, bool *out, QString *) {
                     *out = Value::toText(v) == Value::toText(v).toUpper();
                     return true;
                 });
        t.insert(QStringLiteral("even"),
                 [](const QVariant &v, const QVariantList &, const QVariantMap &, bool *out, QString *) {
                     *out = v.toLongLong() % 2 == 0;
                     return true;
                 });
        t.insert(QStringLiteral("odd"),
                 [](const QVariant &v, const QVariantList &, const QVariantMap &, bool *out, QString *) {
                     *out = v.toLongLong() % 2 != 0;
                     return true;
                 });
        t.insert(QStringLiteral("divisibleby"),
                 [](const QVariant &v, const QVariantList &a, const QVariantMap &, bool *out, QString *error) {
                     const qint64 d = a.value(0).toLongLong();
                     if (d == 0) {
                         *error = tr("integer division or modulo by zero");
                         return false;
                     }
                     *out = v.toLongLong() % d == 0;
                     return true;
                 });
        auto eq = [](const QVariant &v, const QVariantList &a, const QVariantMap &k, bool *out, QString *) {
            *out = Value::equals(v, argument(a, k, 0, "other"));
            return true;
        };
        t.insert(QStringLiteral("equalto"), eq);
        t.insert(QStringLiteral("eq"), eq);
        t.insert(QStringLiteral("=="), eq);
        t.insert(QStringLiteral("sameas"), eq);
        auto ne = [](const QVariant &v, const QVariantList &a, const QVariantMap &k, bool *out, QString *) {
            *out = !Value::equals(v, argument(a, k, 0, "other"));
            return true;
        };
        t.insert(QStringLiteral("ne"), ne);
        t.insert(QStringLiteral("!="), ne);
        t.insert(QStringLiteral("lt"),
                 [](const QVariant &v, const QVariantList &a, const QVariantMap &, bool *out, QString *error) {
                     int c = 0;
                     if (!Value::compare(v, a.value(0), &c, error))
                         return false;
                     *out = c < 0;
                     return true;
                 });
        t.insert(QStringLiteral("le"),
                 [](const QVariant &v, const QVariantList &a, const QVariantMap &, bool *out, QString *error) {
                     int c = 0;
                     if (!Value::compare(v, a.value(0), &c, error))
                         return false;
                     *out = c <= 0;
                     return true;
                 });
        t.insert(QStringLiteral("gt"),
                 [](const QVariant &v, const QVariantList &a, const QVariantMap &, bool *out, QString *error) {
                     int c = 0;
                     if (!Value::compare(v, a.value(0), &c, error))
                         return false;
                     *out = c > 0;
                     return true;
                 });
        t.insert(QStringLiteral("ge"),
                 [](const QVariant &v, const QVariantList &a, const QVariantMap &, bool *out, QString *error) {
                     int c = 0;
                     if (!Value::compare(v, a.value(0), &c, error))
                         return false;
                     *out = c >= 0;
                     return true;
                 });
        t.insert(QStringLiteral("in"),
                 [](const QVariant &v, const QVariantList &a, const QVariantMap &k, bool *out, QString *error) {
                     return Value::contains(argument(a, k, 0, "seq"), v, out, error);
                 });
        t.insert(QStringLiteral("contains"),
                 [](const QVariant &v, const QVariantList &a, const QVariantMap &k, bool *out, QString *error) {
                     return Value::contains(v, argument(a, k, 0, "value"), out, error);
                 });
        t.insert(QStringLiteral("truthy"),
                 [](const QVariant &v, const QVariantList &, const QVariantMap &, bool *out, QString *) {
                     *out = Value::truthy(v);
                     return true;
                 });
        t.insert(QStringLiteral("falsy"),
                 [](const QVariant &v, const QVariantList &, const QVariantMap &, bool *out, QString *) {
                     *out = !Value::truthy(v);
                     return true;
                 });
        auto failed = [](const QVariant &v, const QVariantList &, const QVariantMap &, bool *out, QString *error) {
            if (!requireResult(v, "failed", error))
                return false;
            *out = Value::truthy(v.toMap().value(QStringLiteral("failed")));
            return true;
        };
        t.insert(QStringLiteral("failed"), failed);
        t.insert(QStringLiteral("failure"), failed);
        auto succeeded = [](const QVariant &v, const QVariantList &, const QVariantMap &, bool *out, QString *error) {
            if (!requireResult(v, "succeeded", error))
                return false;
            *out = !Value::truthy(v.toMap().value(QStringLiteral("failed")));
            return true;
        };
        t.insert(QStringLiteral("succeeded"), succeeded);
        t.insert(QStringLiteral("success"), succeeded);
        auto changed = [](const QVariant &v, const QVariantList &, const QVariantMap &, bool *out, QString *error) {
            if (!requireResult(v, "changed", error))
                return false;
            *out = Value::truthy(v.toMap().value(QStringLiteral("changed")));
            return true;
        };
        t.insert(QStringLiteral("changed"), changed);
        t.insert(QStringLiteral("change"), changed);
        auto skipped = [](const QVariant &v, const QVariantList &, const QVariantMap &, bool *out, QString *error) {
            if (!requireResult(v, "skipped", error))
                return false;
            *out = Value::truthy(v.toMap().value(QStringLiteral("skipped")));
            return true;
        };
        t.insert(QStringLiteral("skipped"), skipped);
        t.insert(QStringLiteral("skip"), skipped);
        t.insert(QStringLiteral("unreachable"),
                 [](const QVariant &v, const QVariantList &, const QVariantMap &, bool *out, QString *error) {
                     if (!requireResult(v, "unreachable", error))
                         return false;
                     *out = Value::truthy(v.toMap().value(QStringLiteral("unreachable")));
                     return true;
                 });
        t.insert(QStringLiteral("match"),
                 [](const QVariant &v, const QVariantList &a, const QVariantMap &k, bool *out, QString *error) {
                     return regexTest(v, a, k, true, out, error);
                 });
        t.insert(QStringLiteral("search"),
                 [](const QVariant &v, const QVariantList &a, const QVariantMap &k, bool *out, QString *error) {
                     return regexTest(v, a, k, false, out, error);
                 });
        t.insert(QStringLiteral("regex"),
                 [](const QVariant &v, const QVariantList &a, const QVariantMap &k, bool *out, QString *error) {
                     const bool match = argument(a, k, 3, "match_type", QStringLiteral("search")).toString()
                         == QLatin1String("match");
                     return regexTest(v, a, k, match, out, error);
                 });
        auto version = [](const QVariant &v, const QVariantList &a, const QVariantMap &k, bool *out, QString *error) {
            const QString op = Value::toText(argument(a, k, 1, "operator", QStringLiteral("eq")));
            const QString wanted = Value::toText(argument(a, k, 0, "version"));
            // strict=True: both must be StrictVersion numbers ("1.2", "1.2.3", "1.2a1").
            const QVariant strict = argument(a, k, 2, "strict", false);
            const QString type = Value::toText(argument(a, k, 3, "version_type", QString()));
            if (Value::truthy(strict) || type == QLatin1String("strict")) {
                static const QRegularExpression strictVersion(QStringLiteral("^\\d+\\.\\d+(\\.\\d+)?([ab](\\d+))?$"));
                for (const QString &candidate : {Value::toText(v), wanted}) {
                    if (!strictVersion.match(candidate).hasMatch()) {
                        *error = tr("Version comparison failed: invalid version number '%1'").arg(candidate);
                        return false;
                    }
                }
            }
            const int c = versionCompare(Value::toText(v), wanted);
            if (op == QLatin1String("==") || op == QLatin1String("eq") || op == QLatin1String("="))
                *out = c == 0;
            else if (op == QLatin1String("!=") || op == QLatin1String("ne") || op == QLatin1String("<>"))
                *out = c != 0;
            else if (op == QLatin1String("<") || op == QLatin1String("lt"))
                *out = c < 0;
            else if (op == QLatin1String("<=") || op == QLatin1String("le"))
                *out = c <= 0;
            else if (op == QLatin1String(">") || op == QLatin1String("gt"))
                *out = c > 0;
            else if (op == QLatin1String(">=") || op == QLatin1String("ge"))
                *out = c >= 0;
            else {
                *error = tr("Invalid operator type (%1)").arg(op);
                return false;
            }
            return true;
        };
        t.insert(QStringLiteral("version"), version);
        t.insert(QStringLiteral("version_compare"), version);
        t.insert(QStringLiteral("subset"),
                 [](const QVariant &v, const QVariantList &a, const QVariantMap &, bool *out, QString *) {
                     const QVariantList superset = Value::toList(a.value(0));
                     *out = true;
                     for (const QVariant &item : Value::toList(v)) {
                         bool found = false;
                         for (const QVariant &other : superset)
                             found = found || Value::equals(item, other);
                         *out = *out && found;
                     }
                     return true;
                 });
        t.insert(QStringLiteral("superset"),
                 [](const QVariant &v, const QVariantList &a, const QVariantMap &, bool *out, QString *) {
                     const QVariantList set = Value::toList(v);
                     *out = true;
                     for (const QVariant &item : Value::toList(a.value(0))) {
                         bool found = false;
                         for (const QVariant &other : set)
                             found = found || Value::equals(item, other);
                         *out = *out && found;
                     }
                     return true;
                 });
        // Ansible's path tests, on the controller: exists, file, directory,
        // link, abs (~ is the controller user's home).
#define ANTLER_PATH_TEST(NAME, CHECK)                                                                                  \
    t.insert(QStringLiteral(NAME),                                                                                     \
             [](const QVariant &v, const QVariantList &, const QVariantMap &, bool *out, QString *) {                  \
                 const QFileInfo info(controllerPath(v));                                                              \
                 *out = CHECK;                                                                                         \
                 return true;                                                                                          \
             });
        ANTLER_PATH_TEST("exists", info.exists())
        ANTLER_PATH_TEST("file", info.isFile())
        ANTLER_PATH_TEST("directory", info.isDir())
        ANTLER_PATH_TEST("link", info.isSymLink())
        ANTLER_PATH_TEST("abs", info.isAbsolute())
#undef ANTLER_PATH_TEST
        return t;
    }();
    return table;
}

} // namespace

bool Tests::exists(const QString &name)
{
    return tests().contains(name);
}

bool Tests::acceptsUndefined(const QString &name)
{
    return name == QLatin1String("defined") || name == QLatin1String("undefined");
}

bool Tests::call(const QString &name, const QVariant &input, const QVariantList &args, const QVariantMap &kwargs,
                 bool *out, QString *error)
{
    const auto it = tests().constFind(name);
    if (it == tests().cend()) {
        *error = tr("No test named '%1'.").arg(name);
        return false;
    }
    for (const QVariant &arg : args)
        if (Value::isUndefined(arg)) {
            *error = Value::undefinedMessage(arg);
            return false;
        }
    return it.value()(input, args, kwargs, out, error);
}

} // namespace antler::playbook::jinja
