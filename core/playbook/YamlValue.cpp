#include "playbook/YamlValue.h"

#include "inventory/YamlValue.h"

#include <QRegularExpression>
#include <QVariantList>
#include <QVariantMap>

#include <yaml-cpp/yaml.h>

namespace antler::playbook {

QString YamlValue::fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

bool YamlValue::parseBool(const QString &text, bool *value)
{
    static const QStringList truths
        = {QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("on"), QStringLiteral("y")};
    static const QStringList lies
        = {QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("off"), QStringLiteral("n")};
    const QString lower = text.trimmed().toLower();
    // PyYAML accepts true, True and TRUE but not tRuE.
    const QString trimmed = text.trimmed();
    const bool plausibleCase = trimmed == lower || trimmed == trimmed.toUpper()
        || (trimmed.size() > 1 && trimmed.at(0).isUpper() && trimmed.mid(1) == lower.mid(1));
    if (!plausibleCase)
        return false;
    if (truths.contains(lower)) {
        *value = true;
        return true;
    }
    if (lies.contains(lower)) {
        *value = false;
        return true;
    }
    return false;
}

QVariant YamlValue::fromPlainScalar(const QString &text)
{
    // One reading of YAML 1.1 scalars for inventories and playbooks alike.
    return inventory::YamlValue::scalar(text, false);
}

QVariant YamlValue::toVariant(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        return QVariant();
    case YAML::NodeType::Scalar: {
        const QString text = fromStd(node.Scalar());
        // "!" marks a quoted scalar (or a non-specific tag): always a string.
        if (node.Tag() == "!" || node.Tag() == "tag:yaml.org,2002:str")
            return text;
        return fromPlainScalar(text);
    }
    case YAML::NodeType::Sequence: {
        QVariantList list;
        for (const YAML::Node &item : node)
            list.append(toVariant(item));
        return list;
    }
    case YAML::NodeType::Map: {
        QVariantMap map;
        for (auto it = node.begin(); it != node.end(); ++it)
            map.insert(fromStd(it->first.Scalar()), toVariant(it->second));
        return map;
    }
    }
    return QVariant();
}

} // namespace antler::playbook
