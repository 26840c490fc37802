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
    // Ansible's boolean(): the value YAML gives (true, 1, 1.0…), or the text
    // lower-cased and stripped, so "y", "t" and "tRuE" are booleans here even
    // though YAML keeps them as text.
    const QString trimmed = text.trimmed();
    const QVariant typed = inventory::YamlValue::scalar(trimmed, false);
    if (typed.typeId() == QMetaType::Bool) {
        *value = typed.toBool();
        return true;
    }
    if ((typed.typeId() == QMetaType::LongLong || typed.typeId() == QMetaType::Double)
        && (typed.toDouble() == 0 || typed.toDouble() == 1)) {
        *value = typed.toDouble() == 1;
        return true;
    }
    static const QStringList truths = {QStringLiteral("y"), QStringLiteral("yes"),  QStringLiteral("on"),
                                       QStringLiteral("1"), QStringLiteral("true"), QStringLiteral("t")};
    static const QStringList lies = {QStringLiteral("n"), QStringLiteral("no"),    QStringLiteral("off"),
                                     QStringLiteral("0"), QStringLiteral("false"), QStringLiteral("f")};
    const QString lower = trimmed.toLower();
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
    return inventory::YamlValue::toVariant(node);
}

} // namespace antler::playbook
