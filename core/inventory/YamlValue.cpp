#include "inventory/YamlValue.h"

#include "inventory/Dict.h"

#include <QRegularExpression>
#include <QVariantList>
#include <QVariantMap>

#include <cmath>
#include <limits>
#include <string>

namespace antler::inventory {

QString YamlValue::text(const YAML::Node &node)
{
    const std::string &scalar = node.Scalar();
    return QString::fromUtf8(scalar.data(), qsizetype(scalar.size()));
}

bool YamlValue::isText(const YAML::Node &node)
{
    // yaml-cpp tags a plain scalar "?" and a quoted one "!". A core tag
    // (!!int, !!bool…) types the text as a plain scalar would; !!str and
    // Ansible's own tags (!unsafe, !vault) keep it text.
    const std::string &tag = node.Tag();
    static const std::string core = "tag:yaml.org,2002:";
    if (tag == "?")
        return false;
    if (tag.compare(0, core.size(), core) == 0)
        return tag == core + "str";
    return true;
}

QVariant YamlValue::toVariant(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        return QVariant();
    case YAML::NodeType::Scalar:
        return scalar(text(node), isText(node));
    case YAML::NodeType::Sequence: {
        QVariantList list;
        for (const YAML::Node &item : node)
            list.append(toVariant(item));
        return list;
    }
    case YAML::NodeType::Map: {
        // In the order written, as PyYAML gives Ansible a dict.
        Dict map;
        for (auto it = node.begin(); it != node.end(); ++it)
            map.insert(it->first.IsScalar() ? text(it->first) : QString(), toVariant(it->second));
        return map.toVariant();
    }
    }
    return QVariant();
}

QVariant YamlValue::scalar(const QString &text, bool quoted)
{
    // PyYAML's implicit resolvers for YAML 1.1 (resolver.py) and its
    // constructors (constructor.py), which Ansible reads playbooks,
    // inventories and vars files with; antler.yaml is read the same way.
    if (quoted)
        return text;
    static const QRegularExpression null(QStringLiteral("^(?:~|null|Null|NULL|)$"));
    static const QRegularExpression yes(QStringLiteral("^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$"));
    static const QRegularExpression no(QStringLiteral("^(?:no|No|NO|false|False|FALSE|off|Off|OFF)$"));
    static const QRegularExpression integer(QStringLiteral("^[-+]?(?:0b[0-1_]+|0[0-7_]+|(?:0|[1-9][0-9_]*)"
                                                           "|0x[0-9a-fA-F_]+|[1-9][0-9_]*(?::[0-5]?[0-9])+)$"));
    static const QRegularExpression real(QStringLiteral("^(?:[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?"
                                                        "|\\.[0-9_]+(?:[eE][-+][0-9]+)?"
                                                        "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
                                                        "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"));

    if (null.match(text).hasMatch())
        return QVariant();
    if (yes.match(text).hasMatch())
        return true;
    if (no.match(text).hasMatch())
        return false;
    // Sign, then digits without "_"; "1:30" is base 60 as in YAML 1.1.
    auto split = [](const QString &written, QString *digits) {
        QString value = written;
        value.remove(QLatin1Char('_'));
        const bool negative = value.startsWith(QLatin1Char('-'));
        if (value.startsWith(QLatin1Char('-')) || value.startsWith(QLatin1Char('+')))
            value.remove(0, 1);
        *digits = value;
        return negative ? -1 : 1;
    };
    if (integer.match(text).hasMatch()) {
        QString digits;
        const int sign = split(text, &digits);
        bool ok = false;
        qlonglong value = 0;
        if (digits == QLatin1String("0")) {
            ok = true;
        } else if (digits.startsWith(QLatin1String("0b"))) {
            value = digits.mid(2).toLongLong(&ok, 2);
        } else if (digits.startsWith(QLatin1String("0x"))) {
            value = digits.mid(2).toLongLong(&ok, 16);
        } else if (digits.startsWith(QLatin1Char('0'))) {
            value = digits.toLongLong(&ok, 8);
        } else if (digits.contains(QLatin1Char(':'))) {
            ok = true;
            for (const QString &part : digits.split(QLatin1Char(':'))) {
                bool partOk = false;
                value = value * 60 + part.toLongLong(&partOk);
                ok = ok && partOk;
            }
        } else {
            value = digits.toLongLong(&ok, 10);
        }
        if (ok)
            return sign * value;
    }
    if (real.match(text).hasMatch()) {
        QString digits;
        const int sign = split(text, &digits);
        digits = digits.toLower();
        if (digits == QLatin1String(".inf"))
            return sign * std::numeric_limits<double>::infinity();
        if (digits == QLatin1String(".nan"))
            return std::nan("");
        bool ok = false;
        double value = 0;
        if (digits.contains(QLatin1Char(':'))) {
            ok = true;
            for (const QString &part : digits.split(QLatin1Char(':'))) {
                bool partOk = false;
                value = value * 60 + part.toDouble(&partOk);
                ok = ok && partOk;
            }
        } else {
            value = digits.toDouble(&ok);
        }
        if (ok)
            return sign * value;
    }
    return text;
}

} // namespace antler::inventory
