#include "playbook/jinja/ExtraFilters.h"

#include "playbook/jinja/Value.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <crypt.h>
#include <cstring>
#include <functional>

namespace antler::playbook::jinja {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("antler::playbook::jinja::ExtraFilters", text);
}

using Filter = std::function<bool(const FilterArguments &, QVariant *, QString *)>;

// Ansible's comment filter, parameter for parameter.
bool comment(const FilterArguments &a, QVariant *out, QString *error)
{
    static const QHash<QString, QVariantMap> styles = {
        {QStringLiteral("plain"), {{QStringLiteral("decoration"), QStringLiteral("# ")}}},
        {QStringLiteral("erlang"), {{QStringLiteral("decoration"), QStringLiteral("% ")}}},
        {QStringLiteral("c"), {{QStringLiteral("decoration"), QStringLiteral("// ")}}},
        {QStringLiteral("cblock"),
         {{QStringLiteral("beginning"), QStringLiteral("/*")},
          {QStringLiteral("decoration"), QStringLiteral(" * ")},
          {QStringLiteral("end"), QStringLiteral(" */")}}},
        {QStringLiteral("xml"),
         {{QStringLiteral("beginning"), QStringLiteral("<!--")},
          {QStringLiteral("decoration"), QStringLiteral(" - ")},
          {QStringLiteral("end"), QStringLiteral("-->")}}},
    };
    const QString style = Value::toText(a.get(0, "style", QStringLiteral("plain")));
    if (!styles.contains(style)) {
        *error = tr("the comment filter has no style '%1'; use plain, erlang, c, cblock or xml").arg(style);
        return false;
    }
    const QVariantMap styleParams = styles.value(style);
    const QString prepostfix = Value::toText(a.kwargs.contains(QStringLiteral("decoration"))
                                                 ? a.kwargs.value(QStringLiteral("decoration"))
                                                 : styleParams.value(QStringLiteral("decoration")));
    QString trimmed = prepostfix;
    while (!trimmed.isEmpty() && trimmed.back().isSpace())
        trimmed.chop(1);
    QVariantMap p {{QStringLiteral("newline"), QStringLiteral("\n")},
                   {QStringLiteral("beginning"), QString()},
                   {QStringLiteral("prefix"), trimmed},
                   {QStringLiteral("prefix_count"), 1},
                   {QStringLiteral("decoration"), QString()},
                   {QStringLiteral("postfix"), trimmed},
                   {QStringLiteral("postfix_count"), 1},
                   {QStringLiteral("end"), QString()}};
    p.insert(styleParams);
    for (auto it = a.kwargs.cbegin(); it != a.kwargs.cend(); ++it)
        p.insert(it.key(), it.value());
    const auto text = [&p](const char *key) { return Value::toText(p.value(QLatin1String(key))); };
    const QString newline = text("newline");
    const QString decoration = text("decoration");
    QString decorationTrimmed = decoration;
    while (!decorationTrimmed.isEmpty() && decorationTrimmed.back().isSpace())
        decorationTrimmed.chop(1);
    QString beginning;
    if (!text("beginning").isEmpty())
        beginning = text("beginning") + newline;
    QString prefix;
    const int prefixCount = p.value(QStringLiteral("prefix_count")).toInt();
    if (!text("prefix").isEmpty())
        prefix = (text("prefix") != newline ? text("prefix") + newline : newline).repeated(qMax(0, prefixCount));
    QString body = decoration + Value::toText(a.input).replace(newline, newline + decoration);
    body.replace(decoration + newline, decorationTrimmed + newline);
    QString postfix;
    for (int i = 0; i < p.value(QStringLiteral("postfix_count")).toInt(); ++i)
        postfix += newline + text("postfix");
    QString end;
    if (!text("end").isEmpty())
        end = newline + text("end");
    *out = beginning + prefix + body + postfix + end;
    return true;
}

bool extract(const FilterArguments &a, QVariant *out, QString *error)
{
    QVariantList keys {a.input};
    const QVariant more = a.get(1, "morekeys");
    if (Value::isList(more))
        keys += Value::toList(more);
    else if (more.isValid() && !Value::isNone(more))
        keys.append(more);
    QVariant value = a.get(0, "container");
    for (const QVariant &key : std::as_const(keys)) {
        if (Value::isMap(value)) {
            const QVariantMap map = value.toMap();
            const QString name = Value::toText(key);
            value = map.contains(name) ? map.value(name)
                                       : Value::undefined(tr("'dict object' has no attribute '%1'").arg(name));
        } else if (Value::isList(value)) {
            const QVariantList list = Value::toList(value);
            bool ok = false;
            qint64 index = key.toLongLong(&ok);
            if (index < 0)
                index += list.size();
            if (!ok || index < 0 || index >= list.size()) {
                *error = tr("list object has no element %1").arg(Value::toText(key));
                return false;
            }
            value = list.at(index);
        } else {
            *error = tr("extract cannot look up %1 in a %2").arg(Value::repr(key), Value::typeName(value));
            return false;
        }
    }
    *out = value;
    return true;
}

// password_hash as Ansible computes it with passlib (which Debian's
// ansible-core has): passlib's default rounds, which passlib writes into
// the hash, and a random salt unless one is given.
bool passwordHash(const FilterArguments &a, QVariant *out, QString *error)
{
    const QString type = Value::toText(a.get(0, "hashtype", QStringLiteral("sha512")));
    QString salt = Value::toText(a.get(1, "salt"));
    if (Value::isNone(a.get(1, "salt")))
        salt.clear();
    const QVariant roundsArgument = a.get(3, "rounds");
    const QString ident = Value::toText(a.get(4, "ident"));
    QByteArray prefix;
    int saltSize = 16;
    int defaultRounds = 0;
    if (type == QLatin1String("sha512") || type == QLatin1String("sha512_crypt")) {
        prefix = "$6$";
        defaultRounds = 656000;
    } else if (type == QLatin1String("sha256") || type == QLatin1String("sha256_crypt")) {
        prefix = "$5$";
        defaultRounds = 535000;
    } else if (type == QLatin1String("md5") || type == QLatin1String("md5_crypt")) {
        prefix = "$1$";
        saltSize = 8;
    } else if (type == QLatin1String("blowfish") || type == QLatin1String("bcrypt")) {
        prefix = "$" + (ident.isEmpty() ? QByteArray("2b") : ident.toUtf8()) + "$";
        saltSize = 22;
        defaultRounds = 12;
    } else {
        *error = tr("password_hash does not support the hash type '%1'; use sha512, sha256, md5 or blowfish").arg(type);
        return false;
    }
    static const QRegularExpression saltCharacters(QStringLiteral("^[./0-9A-Za-z]*$"));
    if (!saltCharacters.match(salt).hasMatch()) {
        *error = tr("invalid characters in salt");
        return false;
    }
    if (salt.isEmpty()) {
        static const char alphabet[] = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        for (int i = 0; i < saltSize; ++i)
            salt.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(64)]));
    }
    const int rounds
        = roundsArgument.isValid() && !Value::isNone(roundsArgument) ? roundsArgument.toInt() : defaultRounds;
    QByteArray setting = prefix;
    if (prefix.startsWith("$2")) {
        setting += QByteArray::number(rounds).rightJustified(2, '0') + "$" + salt.toLatin1();
    } else {
        if (rounds > 0 && rounds != 5000)
            setting += "rounds=" + QByteArray::number(rounds) + "$";
        setting += salt.toLatin1();
    }
    struct crypt_data data;
    std::memset(&data, 0, sizeof data);
    const char *hashed = crypt_r(Value::toText(a.input).toUtf8().constData(), setting.constData(), &data);
    if (!hashed || hashed[0] == '*') {
        *error = tr("crypt could not hash the password with the setting %1").arg(QString::fromLatin1(setting));
        return false;
    }
    *out = QString::fromLatin1(hashed);
    return true;
}

const QHash<QString, Filter> &filters()
{
    static const QHash<QString, Filter> table = {
        {QStringLiteral("comment"), comment},
        {QStringLiteral("extract"), extract},
        {QStringLiteral("password_hash"), passwordHash},
    };
    return table;
}

} // namespace

bool ExtraFilters::exists(const QString &name)
{
    return filters().contains(name);
}

bool ExtraFilters::call(const QString &name, const FilterArguments &arguments, QVariant *out, QString *error)
{
    const auto it = filters().constFind(name);
    if (it == filters().constEnd()) {
        *error = tr("No filter named '%1'.").arg(name);
        return false;
    }
    return it.value()(arguments, out, error);
}

} // namespace antler::playbook::jinja
