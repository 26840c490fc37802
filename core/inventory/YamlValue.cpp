#include "inventory/YamlValue.h"

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

QVariant YamlValue::toVariant(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        return QVariant();
    case YAML::NodeType::Scalar:
        return scalar(text(node), node.Tag() != "?");
    case YAML::NodeType::Sequence: {
        QVariantList list;
        for (const YAML::Node &item : node)
            list.append(toVariant(item));
        return list;
    }
    case YAML::NodeType::Map: {
        QVariantMap map;
        for (auto it = node.begin(); it != node.end(); ++it)
            map.insert(it->first.IsScalar() ? text(it->first) : QString(), toVariant(it->second));
        return map;
    }
    }
    return QVariant();
}

QVariant YamlValue::scalar(const QString &text, bool quoted)
{
    if (quoted)
        return text;
    static const QRegularExpression null(QStringLiteral("^(?:~|null|Null|NULL|)$"));
    static const QRegularExpression yes(QStringLiteral("^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$"));
    static const QRegularExpression no(QStringLiteral("^(?:no|No|NO|false|False|FALSE|off|Off|OFF)$"));
    static const QRegularExpression integer(
        QStringLiteral("^([-+]?)(?:0b([01_]+)|0x([0-9a-fA-F_]+)|0([0-7_]+)|(0|[1-9][0-9_]*))$"));
    static const QRegularExpression real(QStringLiteral("^[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*(?:[eE][-+][0-9]+)?$"));
    static const QRegularExpression infinity(QStringLiteral("^([-+]?)\\.(?:inf|Inf|INF)$"));
    static const QRegularExpression nan(QStringLiteral("^\\.(?:nan|NaN|NAN)$"));

    if (null.match(text).hasMatch())
        return QVariant();
    if (yes.match(text).hasMatch())
        return true;
    if (no.match(text).hasMatch())
        return false;
    if (const QRegularExpressionMatch m = integer.match(text); m.hasMatch()) {
        bool ok = false;
        qlonglong value = 0;
        if (m.capturedLength(2))
            value = m.captured(2).remove(QLatin1Char('_')).toLongLong(&ok, 2);
        else if (m.capturedLength(3))
            value = m.captured(3).remove(QLatin1Char('_')).toLongLong(&ok, 16);
        else if (m.capturedLength(4))
            value = m.captured(4).remove(QLatin1Char('_')).toLongLong(&ok, 8);
        else
            value = m.captured(5).remove(QLatin1Char('_')).toLongLong(&ok, 10);
        if (ok)
            return m.captured(1) == QLatin1String("-") ? -value : value;
    }
    if (real.match(text).hasMatch() && text != QLatin1String(".")) {
        bool ok = false;
        const double value = QString(text).remove(QLatin1Char('_')).toDouble(&ok);
        if (ok)
            return value;
    }
    if (const QRegularExpressionMatch m = infinity.match(text); m.hasMatch())
        return m.captured(1) == QLatin1String("-") ? -std::numeric_limits<double>::infinity()
                                                   : std::numeric_limits<double>::infinity();
    if (nan.match(text).hasMatch())
        return std::nan("");
    return text;
}

} // namespace antler::inventory
