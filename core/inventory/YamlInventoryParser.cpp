#include "inventory/YamlInventoryParser.h"

#include "inventory/HostRange.h"
#include "inventory/Inventory.h"
#include "inventory/YamlValue.h"

#include <string>

namespace antler::inventory {

YamlInventoryParser::YamlInventoryParser(Inventory *inventory, const QString &sourceName)
    : m_inventory(inventory)
    , m_sourceName(sourceName)
{
}

bool YamlInventoryParser::looksLikeYamlInventory(const QByteArray &data)
{
    try {
        const YAML::Node root = YAML::Load(std::string(data.constData(), size_t(data.size())));
        if (!root.IsMap() || root["plugin"])
            return false;
        for (auto it = root.begin(); it != root.end(); ++it) {
            if (!it->second.IsMap() && !it->second.IsNull())
                return false;
        }
        return true;
    } catch (const YAML::Exception &) {
        return false;
    }
}

bool YamlInventoryParser::fail(const YAML::Mark &mark, const QString &sentence, QString *error) const
{
    if (error) {
        *error = mark.is_null()
            ? m_sourceName + QLatin1String(": ") + sentence
            : QStringLiteral("%1:%2:%3: %4").arg(m_sourceName).arg(mark.line + 1).arg(mark.column + 1).arg(sentence);
    }
    return false;
}

bool YamlInventoryParser::parse(const QByteArray &data, QString *error)
{
    YAML::Node root;
    try {
        root = YAML::Load(std::string(data.constData(), size_t(data.size())));
    } catch (const YAML::Exception &exception) {
        return fail(exception.mark,
                    tr("this is not valid YAML (%1); correct the syntax at this position.")
                        .arg(QString::fromStdString(exception.msg)),
                    error);
    }
    if (!root.IsDefined() || root.IsNull())
        return true; // an empty inventory, as in Ansible
    if (!root.IsMap()) {
        return fail(root.Mark(),
                    tr("a YAML inventory must be a mapping of groups; start it with “all:” followed "
                       "by “hosts:”, “children:” or “vars:”."),
                    error);
    }
    if (root["plugin"]) {
        return fail(root.Mark(),
                    tr("this is the configuration of an inventory plugin, which Antler does not "
                       "run; write the hosts as a YAML inventory starting with “all:”."),
                    error);
    }
    try {
        for (auto it = root.begin(); it != root.end(); ++it) {
            if (!it->first.IsScalar()) {
                return fail(it->first.Mark(), tr("a group name must be text; write a name such as “all” or “web”."),
                            error);
            }
            if (!parseGroup(YamlValue::text(it->first), it->first, it->second, error))
                return false;
        }
    } catch (const YAML::Exception &exception) {
        return fail(exception.mark,
                    tr("this YAML cannot be read as an inventory (%1); correct it at this position.")
                        .arg(QString::fromStdString(exception.msg)),
                    error);
    }
    return true;
}

bool YamlInventoryParser::parseGroup(const QString &name, const YAML::Node &keyNode, const YAML::Node &node,
                                     QString *error)
{
    if (!node.IsMap() && !node.IsNull()) {
        return fail(node.Mark(),
                    tr("the group “%1” must be a mapping with “hosts:”, “children:” or “vars:”; "
                       "indent those keys under the group name.")
                        .arg(name),
                    error);
    }
    if (name.isEmpty() || name.contains(QLatin1Char(' '))) {
        return fail(keyNode.Mark(),
                    tr("“%1” is not a valid group name; use letters, digits and underscores.").arg(name), error);
    }
    m_inventory->addGroup(name);
    if (node.IsNull())
        return true;

    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString key = it->first.IsScalar() ? YamlValue::text(it->first) : QString();
        YAML::Node section = it->second;
        if (key != QLatin1String("hosts") && key != QLatin1String("children") && key != QLatin1String("vars")) {
            return fail(it->first.Mark(),
                        tr("the group “%1” has the unknown key “%2”; use hosts, children or vars, "
                           "or move “%2” under a group's hosts or children.")
                            .arg(name, key),
                        error);
        }
        if (section.IsNull())
            continue;
        // Ansible accepts a single name as a one-entry mapping.
        if (section.IsScalar() && key != QLatin1String("vars")) {
            YAML::Node single(YAML::NodeType::Map);
            single[section.Scalar()] = YAML::Node(YAML::NodeType::Null);
            if (key == QLatin1String("hosts")) {
                QStringList hosts;
                int port = -1;
                QString problem;
                if (!HostRange::expand(YamlValue::text(section), &hosts, &port, &problem))
                    return fail(section.Mark(), problem, error);
                for (const QString &host : hosts) {
                    m_inventory->addHost(host);
                    m_inventory->addHostToGroup(host, name);
                    if (port > 0)
                        m_inventory->setHostVar(host, QStringLiteral("ansible_port"), port);
                }
                continue;
            }
            section = single;
        }
        if (!section.IsMap()) {
            return fail(section.Mark(),
                        tr("“%1” of the group “%2” must be a mapping, not a list or a single value; "
                           "write one entry per line as “NAME:”.")
                            .arg(key, name),
                        error);
        }
        if (key == QLatin1String("vars")) {
            for (auto var = section.begin(); var != section.end(); ++var)
                m_inventory->setGroupVar(name, YamlValue::text(var->first), YamlValue::toVariant(var->second));
        } else if (key == QLatin1String("children")) {
            for (auto child = section.begin(); child != section.end(); ++child) {
                const QString childName = child->first.IsScalar() ? YamlValue::text(child->first) : QString();
                if (!parseGroup(childName, child->first, child->second, error))
                    return false;
                if (!m_inventory->addChildGroup(name, childName)) {
                    return fail(child->first.Mark(),
                                tr("making “%1” a child of “%2” makes a group its own ancestor; "
                                   "remove one of the two entries.")
                                    .arg(childName, name),
                                error);
                }
            }
        } else {
            for (auto entry = section.begin(); entry != section.end(); ++entry) {
                QStringList hosts;
                int port = -1;
                QString problem;
                int column = 0;
                if (!HostRange::expand(YamlValue::text(entry->first), &hosts, &port, &problem, &column))
                    return fail(entry->first.Mark(), problem, error);
                const YAML::Node vars = entry->second;
                if (!vars.IsNull() && !vars.IsMap()) {
                    return fail(vars.Mark(),
                                tr("the variables of the host “%1” must be a mapping; write them as "
                                   "“KEY: VALUE” lines indented under the host, or leave the host "
                                   "empty.")
                                    .arg(YamlValue::text(entry->first)),
                                error);
                }
                for (const QString &host : hosts) {
                    m_inventory->addHost(host);
                    m_inventory->addHostToGroup(host, name);
                    if (port > 0)
                        m_inventory->setHostVar(host, QStringLiteral("ansible_port"), port);
                    if (vars.IsMap()) {
                        for (auto var = vars.begin(); var != vars.end(); ++var)
                            m_inventory->setHostVar(host, YamlValue::text(var->first),
                                                    YamlValue::toVariant(var->second));
                    }
                }
            }
        }
    }
    return true;
}

} // namespace antler::inventory
