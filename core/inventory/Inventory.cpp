#include "inventory/Inventory.h"

#include "inventory/HostRange.h"
#include "inventory/IniInventoryParser.h"
#include "inventory/VarsFiles.h"
#include "inventory/YamlInventoryParser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace antler::inventory {

namespace {

const QString All = QStringLiteral("all");
const QString Ungrouped = QStringLiteral("ungrouped");

bool isLocalhostName(const QString &name)
{
    return name == QLatin1String("localhost") || name == QLatin1String("127.0.0.1") || name == QLatin1String("::1");
}

// Python's fnmatch.translate: the whole name must match.
QRegularExpression globExpression(const QString &glob)
{
    QString pattern;
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        if (c == QLatin1Char('*')) {
            pattern += QLatin1String(".*");
        } else if (c == QLatin1Char('?')) {
            pattern += QLatin1Char('.');
        } else if (c == QLatin1Char('[')) {
            const qsizetype close = glob.indexOf(QLatin1Char(']'), i + 2);
            if (close < 0) {
                pattern += QLatin1String("\\[");
                continue;
            }
            QString set = glob.mid(i + 1, close - i - 1);
            if (set.startsWith(QLatin1Char('!')))
                set[0] = QLatin1Char('^');
            set.replace(QLatin1String("\\"), QLatin1String("\\\\"));
            pattern += QLatin1Char('[') + set + QLatin1Char(']');
            i = close;
        } else {
            pattern += QRegularExpression::escape(QString(c));
        }
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                              QRegularExpression::DotMatchesEverythingOption);
}

// Ansible's split_host_pattern: commas separate; without commas, colons do,
// except inside [] and in a single IPv6 address or HOST:PORT-like name.
QStringList splitPattern(const QString &pattern)
{
    const QString trimmed = pattern.trimmed();
    QStringList parts;
    if (trimmed.contains(QLatin1Char(','))) {
        parts = trimmed.split(QLatin1Char(','));
    } else {
        static const QRegularExpression plainOrIpv6(
            QStringLiteral("^[^:]*$|^[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:]*$"));
        if (plainOrIpv6.match(trimmed).hasMatch()) {
            parts = {trimmed};
        } else {
            static const QRegularExpression piece(QStringLiteral("(?:[^\\s:\\[\\]]|\\[[^\\]]*\\])+"));
            for (auto it = piece.globalMatch(trimmed); it.hasNext();)
                parts.append(it.next().captured());
        }
    }
    QStringList out;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    }
    return out;
}

} // namespace

Inventory::Inventory()
{
    addGroup(All);
    addGroup(Ungrouped);
}

bool Inventory::isHostList(const QString &source)
{
    return source.contains(QLatin1Char(',')) && !QFileInfo::exists(source);
}

Inventory Inventory::fromHostList(const QString &list)
{
    Inventory inventory;
    inventory.m_sourcePath = list;
    for (const QString &entry : list.split(QLatin1Char(','))) {
        const QString name = entry.trimmed();
        if (name.isEmpty())
            continue;
        // No ranges in a comma list, as in Ansible: take the entry as written.
        static const QRegularExpression withPort(QStringLiteral("^([^:\\[\\]]+):([0-9]+)\\z"));
        static const QRegularExpression bracketed(QStringLiteral("^\\[([^\\]]+)\\]:([0-9]+)\\z"));
        QRegularExpressionMatch m = withPort.match(name);
        if (!m.hasMatch())
            m = bracketed.match(name);
        const QString host = m.hasMatch() ? m.captured(1) : name;
        inventory.addHost(host);
        inventory.addHostToGroup(host, Ungrouped);
        if (m.hasMatch())
            inventory.setHostVar(host, QStringLiteral("ansible_port"), m.captured(2).toInt());
    }
    return inventory;
}

bool Inventory::load(const QString &source, QString *error)
{
    if (isHostList(source)) {
        *this = fromHostList(source);
        return true;
    }
    const QFileInfo info(source);
    if (!info.exists()) {
        if (error) {
            *error = source + QLatin1String(": ")
                + tr("the inventory does not exist; give the path of an inventory file or folder, "
                     "or a comma-separated list of hosts such as “pi1,pi2,”.");
        }
        return false;
    }
    if (!info.isDir())
        return loadFile(source, error);

    // A folder: every inventory file in it, in name order, as Ansible reads
    // one; hidden files, backups and the vars folders are not inventories.
    static const QRegularExpression ignored(
        QStringLiteral("^\\.|~$|\\.(?:orig|bak|ini\\.bak|cfg|retry|pyc|pyo|md|txt|rst|json)$|^(?:"
                       "host_vars|group_vars|vars_plugins)$"));
    Inventory inventory;
    inventory.m_sourcePath = source;
    const QStringList names = QDir(source).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &name : names) {
        if (ignored.match(name).hasMatch())
            continue;
        const QString path = QDir(source).filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error) {
                *error = path + QLatin1String(": ")
                    + tr("cannot read the inventory (%1); check that the file is readable.").arg(file.errorString());
            }
            return false;
        }
        if (!inventory.loadData(file.readAll(), path, error))
            return false;
    }
    if (!inventory.loadVarsFolders(source, error))
        return false;
    *this = inventory;
    return true;
}

bool Inventory::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = path + QLatin1String(": ")
                + tr("cannot read the inventory (%1); check that the file exists and is readable.")
                      .arg(file.errorString());
        }
        return false;
    }
    Inventory inventory;
    inventory.m_sourcePath = path;
    if (!inventory.loadData(file.readAll(), path, error))
        return false;
    if (!inventory.loadVarsFolders(QFileInfo(path).absolutePath(), error))
        return false;
    *this = inventory;
    return true;
}

bool Inventory::loadData(const QByteArray &data, const QString &sourceName, QString *error)
{
    // Ansible tries YAML for .yml, .yaml, .json and names without an
    // extension, then INI; a .ini file is INI only.
    Inventory inventory = *this;
    if (inventory.m_sourcePath.isEmpty())
        inventory.m_sourcePath = sourceName;
    const QString suffix = QFileInfo(sourceName).suffix().toLower();
    const bool yamlName
        = suffix == QLatin1String("yml") || suffix == QLatin1String("yaml") || suffix == QLatin1String("json");
    bool ok = false;
    if (yamlName || (suffix != QLatin1String("ini") && YamlInventoryParser::looksLikeYamlInventory(data))) {
        YamlInventoryParser parser(&inventory, sourceName);
        ok = parser.parse(data, error);
    } else {
        IniInventoryParser parser(&inventory, sourceName);
        ok = parser.parse(data, error);
    }
    if (!ok)
        return false;
    inventory.reconcile();
    *this = inventory;
    return true;
}

bool Inventory::loadVarsFolders(const QString &directory, QString *error)
{
    const QString groupVars = directory + QLatin1String("/group_vars");
    const QString hostVars = directory + QLatin1String("/host_vars");
    if (QFileInfo(groupVars).isDir()) {
        for (const QString &group : std::as_const(m_groupOrder)) {
            QVariantMap vars;
            if (!VarsFiles::load(groupVars, group, &vars, error))
                return false;
            if (!vars.isEmpty())
                setGroupFileVars(group, vars);
        }
    }
    if (QFileInfo(hostVars).isDir()) {
        QStringList hosts = m_hostOrder;
        // The implicit localhost reads host_vars/localhost too.
        if (!hasHost(QStringLiteral("localhost")))
            hosts.append(QStringLiteral("localhost"));
        for (const QString &host : std::as_const(hosts)) {
            QVariantMap vars;
            if (!VarsFiles::load(hostVars, host, &vars, error))
                return false;
            if (!vars.isEmpty())
                setHostFileVars(host, vars);
        }
    }
    return true;
}

void Inventory::addHost(const QString &name)
{
    if (m_hosts.contains(name))
        return;
    m_hosts.insert(name, Host(name));
    m_hostOrder.append(name);
}

void Inventory::addGroup(const QString &name)
{
    if (m_groups.contains(name))
        return;
    m_groups.insert(name, Group(name));
    m_groupOrder.append(name);
    if (name != All) {
        m_groups[All].addChild(name);
        m_groups[name].addParent(All);
    }
}

void Inventory::addHostToGroup(const QString &host, const QString &group)
{
    addHost(host);
    addGroup(group);
    m_groups[group].addHost(host);
    m_hosts[host].addGroup(group);
}

bool Inventory::addChildGroup(const QString &parent, const QString &child)
{
    addGroup(parent);
    addGroup(child);
    if (parent == child || child == All)
        return false;
    // The child must not already be the parent's ancestor.
    QStringList todo = {parent};
    QSet<QString> seen;
    while (!todo.isEmpty()) {
        const QString current = todo.takeLast();
        if (current == child)
            return false;
        if (seen.contains(current))
            continue;
        seen.insert(current);
        todo.append(m_groups.value(current).parents());
    }
    m_groups[parent].addChild(child);
    m_groups[child].addParent(parent);
    // A group with a real parent is no longer a direct child of "all",
    // as in ansible-inventory's tree.
    if (parent != All) {
        m_groups[All].removeChild(child);
        m_groups[child].removeParent(All);
    }
    return true;
}

void Inventory::setHostVar(const QString &host, const QString &key, const QVariant &value)
{
    addHost(host);
    m_hosts[host].setVar(key, value);
}

void Inventory::setGroupVar(const QString &group, const QString &key, const QVariant &value)
{
    addGroup(group);
    m_groups[group].setVar(key, value);
}

void Inventory::setGroupFileVars(const QString &group, const QVariantMap &vars)
{
    m_groupFileVars.insert(group, vars);
}

void Inventory::setHostFileVars(const QString &host, const QVariantMap &vars)
{
    m_hostFileVars.insert(host, vars);
}

void Inventory::reconcile()
{
    Group &ungrouped = m_groups[Ungrouped];
    for (const QString &name : std::as_const(m_hostOrder)) {
        Host &host = m_hosts[name];
        const bool inOther = std::any_of(host.groups().cbegin(), host.groups().cend(),
                                         [](const QString &g) { return g != All && g != Ungrouped; });
        if (inOther && ungrouped.hosts().contains(name)) {
            ungrouped.removeHost(name);
            host.removeGroup(Ungrouped);
        } else if (!inOther) {
            ungrouped.addHost(name);
            host.addGroup(Ungrouped);
        }
    }
}

QStringList Inventory::hostsOf(const QString &group) const
{
    // Ansible's order: the group's own hosts, then its descendants level by
    // level, each host once.
    QStringList hosts;
    QSet<QString> seenHosts;
    QStringList queue = {group};
    QSet<QString> seenGroups;
    for (qsizetype i = 0; i < queue.size(); ++i) {
        const QString &name = queue.at(i);
        if (seenGroups.contains(name) || !m_groups.contains(name))
            continue;
        seenGroups.insert(name);
        const Group &g = m_groups[name];
        for (const QString &host : g.hosts()) {
            if (!seenHosts.contains(host)) {
                seenHosts.insert(host);
                hosts.append(host);
            }
        }
        queue.append(g.children());
    }
    return hosts;
}

QStringList Inventory::groupsOf(const QString &host) const
{
    QStringList groups;
    if (!m_hosts.contains(host))
        return groups;
    QStringList queue = m_hosts[host].groups();
    for (qsizetype i = 0; i < queue.size(); ++i) {
        const QString name = queue.at(i);
        if (groups.contains(name))
            continue;
        groups.append(name);
        queue.append(m_groups.value(name).parents());
    }
    groups.removeAll(All);
    groups.append(All);
    return groups;
}

int Inventory::depthOf(const QString &group) const
{
    int depth = 0;
    const QStringList parents = m_groups.value(group).parents();
    for (const QString &parent : parents)
        depth = std::max(depth, depthOf(parent) + 1);
    return depth;
}

QStringList Inventory::sortedGroupsOf(const QString &host) const
{
    // Ansible's sort_groups: by depth from "all", then ansible_group_priority,
    // then name.
    struct Key
    {
        int depth;
        int priority;
        QString name;
    };
    QList<Key> keys;
    for (const QString &group : groupsOf(host)) {
        if (group == All)
            continue;
        const QVariant priority = m_groups.value(group).vars().value(QStringLiteral("ansible_group_priority"), 1);
        keys.append(Key {depthOf(group), priority.toInt(), group});
    }
    std::sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        if (a.depth != b.depth)
            return a.depth < b.depth;
        if (a.priority != b.priority)
            return a.priority < b.priority;
        return a.name < b.name;
    });
    QStringList sorted;
    for (const Key &key : keys)
        sorted.append(key.name);
    return sorted;
}

QVariantMap Inventory::hostVars(const QString &hostName) const
{
    QVariantMap vars;
    const auto merge = [&vars](const QVariantMap &over) {
        for (auto it = over.cbegin(); it != over.cend(); ++it)
            vars.insert(it.key(), it.value());
    };
    const bool implicitLocalhost = !m_hosts.contains(hostName) && isLocalhostName(hostName);
    if (!m_hosts.contains(hostName) && !implicitLocalhost)
        return vars;

    merge(m_groups.value(All).vars());
    const QStringList groups = implicitLocalhost ? QStringList() : sortedGroupsOf(hostName);
    for (const QString &group : groups)
        merge(m_groups.value(group).vars());
    merge(m_groupFileVars.value(All));
    for (const QString &group : groups)
        merge(m_groupFileVars.value(group));
    if (implicitLocalhost) {
        vars.insert(QStringLiteral("ansible_connection"), QStringLiteral("local"));
    } else {
        merge(m_hosts.value(hostName).vars());
    }
    merge(m_hostFileVars.value(hostName));
    return vars;
}

ConnectionInfo Inventory::connection(const QString &hostName, QString *error) const
{
    const QVariantMap vars = hostVars(hostName);
    const auto first = [&vars](std::initializer_list<const char *> names) -> QVariant {
        for (const char *name : names) {
            const auto it = vars.constFind(QLatin1String(name));
            if (it != vars.cend() && !it->isNull())
                return *it;
        }
        return QVariant();
    };
    const auto problem = [error, &hostName](const QString &sentence) {
        if (error && error->isEmpty())
            *error = tr("host “%1”: %2").arg(hostName, sentence);
    };
    if (error)
        error->clear();

    ConnectionInfo info;
    info.name = hostName;
    info.address = first({"ansible_host", "ansible_ssh_host"}).toString();
    if (info.address.isEmpty())
        info.address = hostName;

    const QVariant port = first({"ansible_port", "ansible_ssh_port"});
    if (port.isValid()) {
        bool ok = false;
        const int value = port.toString().toInt(&ok);
        if (ok && value >= 1 && value <= 65535) {
            info.port = value;
            info.portSet = true;
        } else {
            problem(tr("ansible_port “%1” is not a number from 1 to 65535; set it to the SSH port, "
                       "usually 22.")
                        .arg(port.toString()));
        }
    }
    info.user = first({"ansible_user", "ansible_ssh_user"}).toString();
    if (info.user.isEmpty())
        info.user = m_defaultUser;

    const QString kind = first({"ansible_connection"}).toString();
    if (kind.isEmpty() || kind == QLatin1String("ssh") || kind == QLatin1String("smart")
        || kind == QLatin1String("paramiko") || kind == QLatin1String("paramiko_ssh")) {
        info.kind = ConnectionInfo::Kind::Ssh;
    } else if (kind == QLatin1String("local")) {
        info.kind = ConnectionInfo::Kind::Local;
    } else {
        problem(tr("ansible_connection “%1” is not supported; use ssh or local.").arg(kind));
    }

    info.privateKeyFile = first({"ansible_ssh_private_key_file", "ansible_private_key_file"}).toString();
    info.password = first({"ansible_password", "ansible_ssh_pass", "ansible_ssh_password"}).toString();

    const QVariant become = first({"ansible_become"});
    info.become = m_defaultBecome;
    if (become.isValid()) {
        info.become = false;
        // Ansible's boolean(): yes/on/1/true in any case are true.
        static const QStringList truthy = {QStringLiteral("yes"),  QStringLiteral("on"), QStringLiteral("1"),
                                           QStringLiteral("true"), QStringLiteral("y"),  QStringLiteral("t")};
        static const QStringList falsy = {QStringLiteral("no"),
                                          QStringLiteral("off"),
                                          QStringLiteral("0"),
                                          QStringLiteral("false"),
                                          QStringLiteral("n"),
                                          QStringLiteral("f"),
                                          QString()};
        const QString text = become.typeId() == QMetaType::Bool
            ? (become.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
            : become.toString().trimmed().toLower();
        if (truthy.contains(text))
            info.become = true;
        else if (!falsy.contains(text))
            problem(tr("ansible_become “%1” is not a boolean; write true or false.").arg(become.toString()));
    }
    info.becomeUser = first({"ansible_become_user"}).toString();
    if (info.becomeUser.isEmpty())
        info.becomeUser = m_defaultBecomeUser;
    info.becomePassword = first({"ansible_become_password", "ansible_become_pass"}).toString();
    info.pythonInterpreter = first({"ansible_python_interpreter"}).toString();
    return info;
}

QStringList Inventory::match(const QString &pattern, QString *warning) const
{
    if (warning)
        warning->clear();
    QStringList unmatched;

    // Regular patterns first, then intersections, then exclusions; with
    // only the last two, they apply to "all".
    QStringList regular;
    QStringList intersect;
    QStringList exclude;
    for (const QString &part : splitPattern(pattern)) {
        if (part.startsWith(QLatin1Char('!')))
            exclude.append(part);
        else if (part.startsWith(QLatin1Char('&')))
            intersect.append(part);
        else
            regular.append(part);
    }
    if (regular.isEmpty())
        regular.append(All);

    const auto matchOne = [this, &unmatched](QString expression) -> QStringList {
        if (expression.startsWith(QLatin1Char('!')) || expression.startsWith(QLatin1Char('&')))
            expression = expression.mid(1);
        // A subscript: web[0], web[1:3], web[-1], web[2:].
        int from = 0;
        int to = 0;
        bool subscript = false;
        bool single = false;
        static const QRegularExpression withSubscript(
            QStringLiteral("^(.+)\\[(?:(-?[0-9]+)|([0-9]+)([:-])([0-9]+)?)\\]$"));
        if (!expression.startsWith(QLatin1Char('~'))) {
            if (const QRegularExpressionMatch m = withSubscript.match(expression); m.hasMatch()) {
                subscript = true;
                expression = m.captured(1);
                if (m.capturedLength(2)) {
                    single = true;
                    from = m.captured(2).toInt();
                } else {
                    from = m.captured(3).toInt();
                    to = m.capturedLength(5) ? m.captured(5).toInt() : -1;
                }
            }
        }

        QStringList results;
        if (m_hosts.contains(expression) && !subscript) {
            results.append(expression);
            return results;
        }
        QRegularExpression re;
        if (expression.startsWith(QLatin1Char('~'))) {
            re = QRegularExpression(QStringLiteral("\\A(?:") + expression.mid(1) + QLatin1Char(')'));
        } else {
            re = globExpression(expression);
        }
        if (!re.isValid()) {
            unmatched.append(expression);
            return results;
        }
        QStringList matchedGroups;
        for (const QString &group : m_groupOrder) {
            if (re.match(group).hasMatch())
                matchedGroups.append(group);
        }
        for (const QString &group : std::as_const(matchedGroups))
            results.append(hostsOf(group));
        static const QRegularExpression special(QStringLiteral("[.?*\\[]"));
        if (matchedGroups.isEmpty() || expression.startsWith(QLatin1Char('~')) || expression.contains(special)) {
            for (const QString &host : m_hostOrder) {
                if (re.match(host).hasMatch())
                    results.append(host);
            }
        }
        if (results.isEmpty() && isLocalhostName(expression) && !m_hosts.contains(expression))
            results.append(expression);
        if (results.isEmpty() && matchedGroups.isEmpty() && expression != All)
            unmatched.append(expression);

        if (subscript) {
            const int size = int(results.size());
            if (single) {
                const int index = from < 0 ? size + from : from;
                results = index >= 0 && index < size ? QStringList {results.at(index)} : QStringList();
            } else {
                const int last = to < 0 ? size - 1 : std::min(to, size - 1);
                results = from <= last ? results.mid(from, last - from + 1) : QStringList();
            }
        }
        return results;
    };

    QStringList hosts;
    for (const QString &part : std::as_const(regular)) {
        for (const QString &host : matchOne(part)) {
            if (!hosts.contains(host))
                hosts.append(host);
        }
    }
    for (const QString &part : std::as_const(intersect)) {
        const QStringList those = matchOne(part);
        const QSet<QString> keep(those.cbegin(), those.cend());
        hosts.erase(std::remove_if(hosts.begin(), hosts.end(), [&keep](const QString &h) { return !keep.contains(h); }),
                    hosts.end());
    }
    for (const QString &part : std::as_const(exclude)) {
        const QStringList those = matchOne(part);
        const QSet<QString> drop(those.cbegin(), those.cend());
        hosts.erase(std::remove_if(hosts.begin(), hosts.end(), [&drop](const QString &h) { return drop.contains(h); }),
                    hosts.end());
    }
    if (warning && !unmatched.isEmpty()) {
        *warning = tr("Could not match the host pattern “%1”; check the spelling against the "
                      "inventory's hosts and groups.")
                       .arg(unmatched.join(QLatin1String("”, “")));
    }
    return hosts;
}

} // namespace antler::inventory
