#include "pipeline/PipelineConfig.h"

#include "inventory/YamlValue.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStandardPaths>

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>

namespace antler::pipeline {

namespace {

// A key of a YAML mapping with its value and the key's position.
// QHash needs Entry's assignment, and YAML::Node's may throw; entries() refuses
// a repeated key before inserting, so an Entry is never assigned over.
struct Entry // NOLINT(bugprone-exception-escape)
{
    YAML::Node value;
    YAML::Mark keyMark;
};

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// Stage names and namespaces become Kubernetes namespaces and folder names:
// an RFC 1123 label.
bool isLabel(const QString &text)
{
    static const QRegularExpression label(QStringLiteral("^[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?\\z"));
    return label.match(text).hasMatch();
}

bool isHost(const QString &text)
{
    static const QRegularExpression host(QStringLiteral("^[A-Za-z0-9._:\\[\\]-]+\\z"));
    return host.match(text).hasMatch();
}

bool parseNumber(const QString &text, int min, int max, int *out)
{
    bool ok = false;
    const int value = text.toInt(&ok, 10);
    if (!ok || value < min || value > max)
        return false;
    *out = value;
    return true;
}

bool isRegistry(const QString &text)
{
    if (text == QLatin1String("none"))
        return true;
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    int port = 0;
    return colon > 0 && isHost(text.left(colon)) && parseNumber(text.mid(colon + 1), 1, 65535, &port);
}

// Durations in antler.yaml: a number of seconds, or with s, m or h.
bool parseDuration(const QString &text, int maxSeconds, int *out)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)\\s*([smh]?)\\z"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    bool ok = false;
    qint64 value = match.captured(1).toLongLong(&ok);
    const QString unit = match.captured(2);
    if (unit == QLatin1String("m"))
        value *= 60;
    else if (unit == QLatin1String("h"))
        value *= 3600;
    if (!ok || value > maxSeconds)
        return false;
    *out = int(value);
    return true;
}

// A YAML 1.1 boolean, as every YAML file Antler reads types it.
bool parseBool(const QString &text, bool *out)
{
    const QVariant value = inventory::YamlValue::scalar(text, false);
    if (value.typeId() != QMetaType::Bool)
        return false;
    *out = value.toBool();
    return true;
}

// Kubernetes quantities such as 250m, 0.5, 128Mi, 1G.
bool isQuantity(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]+(\\.[0-9]+)?(m|k|M|G|T|Ki|Mi|Gi|Ti)?\\z"));
    return pattern.match(text).hasMatch();
}

// Everything one document says, filled by Reader::readDocument.
struct Document
{
    QString profile;
    QString registry;
    QList<Stage> stages;
    QString target = QStringLiteral("localhost");
    QString inventory;
    std::optional<RuntimeKind> runtime;
    QList<Component> components = PipelineConfig::defaultComponents();
};

// Walks one document, stopping at the first problem with a message that
// points at the offending key or value.
class Reader
{
public:
    Reader(const QString &sourceName, QString *error)
        : m_sourceName(sourceName)
        , m_error(error)
    {
    }

    bool fail(const YAML::Mark &mark, const QString &sentence) const
    {
        if (m_error)
            *m_error = location(mark) + QLatin1String(": ") + sentence;
        return false;
    }

    QString location(const YAML::Mark &mark) const
    {
        if (mark.is_null())
            return m_sourceName;
        return QStringLiteral("%1:%2:%3").arg(m_sourceName).arg(mark.line + 1).arg(mark.column + 1);
    }

    // Collects the keys of a mapping, refusing unknown and repeated ones.
    bool entries(const YAML::Node &map, const QStringList &known, QHash<QString, Entry> *out) const
    {
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString key = it->first.IsScalar() ? fromStd(it->first.Scalar()) : QString();
            if (!known.contains(key)) {
                return fail(
                    it->first.Mark(),
                    PipelineConfig::tr("unknown key “%1”; use one of: %2.").arg(key, known.join(QLatin1String(", "))));
            }
            if (const auto previous = out->constFind(key); previous != out->cend()) {
                return fail(it->first.Mark(),
                            PipelineConfig::tr("the key “%1” appears twice, first on line %2; keep only "
                                               "one of them.")
                                .arg(key)
                                .arg(previous->keyMark.line + 1));
            }
            out->insert(key, Entry {it->second, it->first.Mark()});
        }
        return true;
    }

    // The text of a single value; lists, mappings and empty values are errors.
    bool scalar(const QHash<QString, Entry> &map, const QString &key, QString *out) const
    {
        const Entry &entry = map[key];
        if (entry.value.IsNull()) {
            return fail(entry.keyMark,
                        PipelineConfig::tr("the key “%1” has no value; write its value after the colon "
                                           "on the same line.")
                            .arg(key));
        }
        if (!entry.value.IsScalar()) {
            return fail(entry.value.Mark(),
                        PipelineConfig::tr("the value of “%1” must be a single value, not a list or a "
                                           "mapping; write it on the same line as the key.")
                            .arg(key));
        }
        *out = fromStd(entry.value.Scalar()).trimmed();
        return true;
    }

    bool readDocument(const YAML::Node &root, Document *document) const
    {
        QString *profile = &document->profile;
        QString *registry = &document->registry;
        QList<Stage> *stages = &document->stages;
        if (!root.IsDefined() || root.IsNull()) {
            return fail(YAML::Mark(),
                        PipelineConfig::tr("the pipeline configuration is empty; add "
                                           "“stages:” with one entry per stage."));
        }
        if (!root.IsMap()) {
            return fail(root.Mark(),
                        PipelineConfig::tr("the pipeline configuration is not a mapping of keys; start "
                                           "it with “stages:” followed by the list of stages."));
        }
        QHash<QString, Entry> top;
        static const QStringList topKeys
            = {QStringLiteral("version"), QStringLiteral("profile"),   QStringLiteral("registry"),
               QStringLiteral("stages"),  QStringLiteral("target"),    QStringLiteral("inventory"),
               QStringLiteral("runtime"), QStringLiteral("components")};
        if (!entries(root, topKeys, &top))
            return false;
        if (!readTarget(top, document) || !readComponents(top, document))
            return false;
        if (top.contains(QStringLiteral("runtime"))) {
            QString runtimeName;
            if (!scalar(top, QStringLiteral("runtime"), &runtimeName))
                return false;
            document->runtime = Stage::runtimeKindFromName(runtimeName);
            if (!document->runtime) {
                return fail(top[QStringLiteral("runtime")].value.Mark(),
                            PipelineConfig::tr("the runtime “%1” is unknown; use %2.")
                                .arg(runtimeName, Stage::runtimeKindChoices()));
            }
        }

        if (top.contains(QStringLiteral("version"))) {
            QString version;
            if (!scalar(top, QStringLiteral("version"), &version))
                return false;
            if (version != QString::number(PipelineConfig::SupportedVersion)) {
                return fail(top[QStringLiteral("version")].value.Mark(),
                            PipelineConfig::tr("version “%1” is not supported; this Antler reads "
                                               "version %2, so write “version: %2”.")
                                .arg(version)
                                .arg(PipelineConfig::SupportedVersion));
            }
        }
        *profile = QStringLiteral("custom");
        if (top.contains(QStringLiteral("profile")) && !scalar(top, QStringLiteral("profile"), profile))
            return false;
        *registry = QStringLiteral("none");
        if (top.contains(QStringLiteral("registry"))) {
            if (!scalar(top, QStringLiteral("registry"), registry))
                return false;
            if (!isRegistry(*registry)) {
                return fail(top[QStringLiteral("registry")].value.Mark(),
                            PipelineConfig::tr("the registry “%1” is neither “none” nor HOST:PORT; "
                                               "write “registry: none” or the registry's address, "
                                               "such as 192.168.1.20:5000.")
                                .arg(*registry));
            }
        }

        if (!top.contains(QStringLiteral("stages"))) {
            return fail(root.Mark(),
                        PipelineConfig::tr("the list “stages” is missing; add “stages:” with one "
                                           "entry per stage, such as test, staging and production."));
        }
        const Entry &list = top[QStringLiteral("stages")];
        if (!list.value.IsSequence() || list.value.size() == 0) {
            return fail(list.value.IsNull() ? list.keyMark : list.value.Mark(),
                        PipelineConfig::tr("“stages” must be a list with at least one stage; write "
                                           "each stage as an entry starting with “- name:”."));
        }
        QHash<QString, YAML::Mark> nameMarks;
        QHash<QString, QString> stageAtAddress;
        for (const YAML::Node &node : list.value) {
            Stage stage;
            if (!readStage(node, document->runtime, &stage, &nameMarks))
                return false;
            const QString address = QStringLiteral("%1:%2").arg(stage.host()).arg(stage.port());
            if (const auto other = stageAtAddress.constFind(address); other != stageAtAddress.cend()) {
                return fail(node[std::string("port")].Mark(),
                            PipelineConfig::tr("stage “%1” uses %2, which stage “%3” already uses; "
                                               "give each stage its own port.")
                                .arg(stage.name(), address, *other));
            }
            stageAtAddress.insert(address, stage.name());
            stages->append(stage);
        }
        return true;
    }

private:
    bool readTarget(const QHash<QString, Entry> &top, Document *document) const
    {
        if (top.contains(QStringLiteral("target"))) {
            if (!scalar(top, QStringLiteral("target"), &document->target))
                return false;
            if (!isHost(document->target)) {
                return fail(top[QStringLiteral("target")].value.Mark(),
                            PipelineConfig::tr("the target “%1” is not a host name; write localhost or the "
                                               "name of a host in the inventory, such as raspberrypi.")
                                .arg(document->target));
            }
        }
        if (top.contains(QStringLiteral("inventory"))) {
            if (!scalar(top, QStringLiteral("inventory"), &document->inventory))
                return false;
            if (QFileInfo(document->inventory).isRelative() && !m_sourceName.startsWith(QLatin1Char(':')))
                document->inventory = QFileInfo(m_sourceName).absoluteDir().filePath(document->inventory);
        }
        if (document->target != QLatin1String("localhost") && document->inventory.isEmpty()
            && top.contains(QStringLiteral("target"))) {
            return fail(top[QStringLiteral("target")].keyMark,
                        PipelineConfig::tr("the target “%1” needs an inventory to be reached through; add "
                                           "“inventory:” with the inventory file that lists it.")
                            .arg(document->target));
        }
        return true;
    }

    bool readComponents(const QHash<QString, Entry> &top, Document *document) const
    {
        if (!top.contains(QStringLiteral("components")))
            return true;
        const Entry &list = top[QStringLiteral("components")];
        if (!list.value.IsSequence() || list.value.size() == 0) {
            return fail(list.value.IsNull() ? list.keyMark : list.value.Mark(),
                        PipelineConfig::tr("“components” must be a list; write each component as an entry "
                                           "starting with “- name:”, or leave the key out for moosefacts and "
                                           "its frontend."));
        }
        document->components.clear();
        static const QStringList keys = {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("source")};
        for (const YAML::Node &node : list.value) {
            if (!node.IsMap()) {
                return fail(node.Mark(),
                            PipelineConfig::tr("this component is not a mapping of keys; write it "
                                               "as “- name: moosefacts” followed by its kind."));
            }
            QHash<QString, Entry> map;
            if (!entries(node, keys, &map))
                return false;
            Component component;
            if (!map.contains(QStringLiteral("name")) || !map.contains(QStringLiteral("kind"))) {
                return fail(node.Mark(),
                            PipelineConfig::tr("this component needs “name:” and “kind:” (backend "
                                               "or frontend); add the missing one."));
            }
            QString kind;
            if (!scalar(map, QStringLiteral("name"), &component.name) || !scalar(map, QStringLiteral("kind"), &kind))
                return false;
            if (!isLabel(component.name)) {
                return fail(map[QStringLiteral("name")].value.Mark(),
                            PipelineConfig::tr("the component name “%1” is not valid; use lowercase letters, "
                                               "digits and hyphens, starting with a letter.")
                                .arg(component.name));
            }
            if (kind == QLatin1String("backend")) {
                component.kind = Component::Kind::Backend;
            } else if (kind == QLatin1String("frontend")) {
                component.kind = Component::Kind::Frontend;
            } else {
                return fail(
                    map[QStringLiteral("kind")].value.Mark(),
                    PipelineConfig::tr("the component kind “%1” is unknown; use backend or frontend.").arg(kind));
            }
            if (map.contains(QStringLiteral("source")) && !scalar(map, QStringLiteral("source"), &component.source))
                return false;
            for (const Component &other : std::as_const(document->components)) {
                if (other.name == component.name) {
                    return fail(map[QStringLiteral("name")].value.Mark(),
                                PipelineConfig::tr("the component “%1” is listed twice; keep one of them.")
                                    .arg(component.name));
                }
            }
            document->components.append(component);
        }
        return true;
    }

    // gate: {soak: 10m, confirm: true} and resources: {cpu: 250m, memory: 128Mi}
    bool readStageExtras(QHash<QString, Entry> &map, Stage *stage) const
    {
        const QString name = stage->name();
        if (map.contains(QStringLiteral("pod"))) {
            QString pod;
            if (!scalar(map, QStringLiteral("pod"), &pod))
                return false;
            if (!isLabel(pod)) {
                return fail(map[QStringLiteral("pod")].value.Mark(),
                            PipelineConfig::tr("the pod name “%1” of stage “%2” is not valid; use lowercase "
                                               "letters, digits and hyphens, starting with a letter.")
                                .arg(pod, name));
            }
            stage->setPodName(pod);
        }
        if (map.contains(QStringLiteral("backend_port"))) {
            QString text;
            int port = 0;
            if (!scalar(map, QStringLiteral("backend_port"), &text))
                return false;
            if (!parseNumber(text, 1, 65535, &port)) {
                return fail(map[QStringLiteral("backend_port")].value.Mark(),
                            PipelineConfig::tr("the backend port “%1” of stage “%2” is not a number from 1 to "
                                               "65535; use the port moosefacts listens on, such as 8080.")
                                .arg(text, name));
            }
            stage->setBackendPort(quint16(port));
        }
        if (map.contains(QStringLiteral("rollout_timeout"))) {
            QString text;
            int seconds = 0;
            if (!scalar(map, QStringLiteral("rollout_timeout"), &text))
                return false;
            if (!parseDuration(text, 3600, &seconds) || seconds < 1) {
                return fail(map[QStringLiteral("rollout_timeout")].value.Mark(),
                            PipelineConfig::tr("the rollout timeout “%1” of stage “%2” is not a duration from 1 s "
                                               "to 1 h; write seconds, or a number with s, m or h, such as 90s.")
                                .arg(text, name));
            }
            stage->setRolloutTimeoutSeconds(seconds);
        }
        if (map.contains(QStringLiteral("resources"))) {
            const Entry &entry = map[QStringLiteral("resources")];
            if (!entry.value.IsMap()) {
                return fail(entry.value.IsNull() ? entry.keyMark : entry.value.Mark(),
                            PipelineConfig::tr("“resources” of stage “%1” must be a mapping; write "
                                               "“resources: {cpu: 250m, memory: 128Mi}”.")
                                .arg(name));
            }
            QHash<QString, Entry> resources;
            if (!entries(entry.value, {QStringLiteral("cpu"), QStringLiteral("memory")}, &resources))
                return false;
            for (const QString &key : {QStringLiteral("cpu"), QStringLiteral("memory")}) {
                if (!resources.contains(key))
                    continue;
                QString quantity;
                if (!scalar(resources, key, &quantity))
                    return false;
                if (!isQuantity(quantity)) {
                    return fail(resources[key].value.Mark(),
                                PipelineConfig::tr("the %1 “%2” of stage “%3” is not a Kubernetes quantity; "
                                                   "write one such as 250m or 0.5 for cpu, 128Mi for memory.")
                                    .arg(key, quantity, name));
                }
                key == QLatin1String("cpu") ? stage->setCpu(quantity) : stage->setMemory(quantity);
            }
        }
        if (map.contains(QStringLiteral("gate"))) {
            const Entry &entry = map[QStringLiteral("gate")];
            if (!entry.value.IsMap()) {
                return fail(entry.value.IsNull() ? entry.keyMark : entry.value.Mark(),
                            PipelineConfig::tr("“gate” of stage “%1” must be a mapping; write "
                                               "“gate: {soak: 10m, confirm: true}”.")
                                .arg(name));
            }
            QHash<QString, Entry> gate;
            if (!entries(entry.value, {QStringLiteral("soak"), QStringLiteral("confirm")}, &gate))
                return false;
            if (gate.contains(QStringLiteral("soak"))) {
                QString text;
                int seconds = 0;
                if (!scalar(gate, QStringLiteral("soak"), &text))
                    return false;
                if (!parseDuration(text, 7 * 24 * 3600, &seconds)) {
                    return fail(gate[QStringLiteral("soak")].value.Mark(),
                                PipelineConfig::tr("the soak time “%1” of stage “%2” is not a duration; write "
                                                   "seconds, or a number with s, m or h, such as 10m.")
                                    .arg(text, name));
                }
                stage->setSoakSeconds(seconds);
            }
            if (gate.contains(QStringLiteral("confirm"))) {
                QString text;
                bool confirm = false;
                if (!scalar(gate, QStringLiteral("confirm"), &text))
                    return false;
                if (!parseBool(text, &confirm)) {
                    return fail(
                        gate[QStringLiteral("confirm")].value.Mark(),
                        PipelineConfig::tr("“confirm” of stage “%1” is “%2”; write true or false.").arg(name, text));
                }
                stage->setRequiresConfirmation(confirm);
            }
        }
        return true;
    }

    bool readStage(const YAML::Node &node, std::optional<RuntimeKind> defaultRuntime, Stage *stage,
                   QHash<QString, YAML::Mark> *nameMarks) const
    {
        if (!node.IsMap()) {
            return fail(node.Mark(),
                        PipelineConfig::tr("this stage is not a mapping of keys; write it as “- name: "
                                           "test” followed by its runtime, host and port."));
        }
        QHash<QString, Entry> map;
        static const QStringList stageKeys
            = {QStringLiteral("name"), QStringLiteral("runtime"),        QStringLiteral("host"),
               QStringLiteral("port"), QStringLiteral("namespace"),      QStringLiteral("replicas"),
               QStringLiteral("pod"),  QStringLiteral("backend_port"),   QStringLiteral("resources"),
               QStringLiteral("gate"), QStringLiteral("rollout_timeout")};
        if (!entries(node, stageKeys, &map))
            return false;

        QString name;
        if (!map.contains(QStringLiteral("name"))) {
            return fail(node.Mark(),
                        PipelineConfig::tr("this stage has no name; add “name:” with a "
                                           "lowercase name such as test."));
        }
        if (!scalar(map, QStringLiteral("name"), &name))
            return false;
        const YAML::Mark nameMark = map[QStringLiteral("name")].value.Mark();
        if (!isLabel(name)) {
            return fail(nameMark,
                        PipelineConfig::tr("the stage name “%1” is not valid; use lowercase "
                                           "letters, digits and hyphens, starting with a "
                                           "letter, at most 63 characters.")
                            .arg(name));
        }
        if (const auto first = nameMarks->constFind(name); first != nameMarks->cend()) {
            return fail(nameMark,
                        PipelineConfig::tr("the stage name “%1” is already used on line %2; "
                                           "give every stage its own name.")
                            .arg(name)
                            .arg(first->line + 1));
        }
        nameMarks->insert(name, nameMark);

        if (!map.contains(QStringLiteral("runtime")) && !defaultRuntime) {
            return fail(node.Mark(),
                        PipelineConfig::tr("stage “%1” has no runtime; add “runtime:” "
                                           "with %2.")
                            .arg(name, Stage::runtimeKindChoices()));
        }
        QString runtimeName = defaultRuntime ? Stage::runtimeKindName(*defaultRuntime) : QString();
        if (map.contains(QStringLiteral("runtime")) && !scalar(map, QStringLiteral("runtime"), &runtimeName))
            return false;
        const std::optional<RuntimeKind> runtime = Stage::runtimeKindFromName(runtimeName);
        if (!runtime) {
            return fail(map[QStringLiteral("runtime")].value.Mark(),
                        PipelineConfig::tr("stage “%1” has the unknown runtime “%2”; use %3.")
                            .arg(name, runtimeName, Stage::runtimeKindChoices()));
        }

        if (!map.contains(QStringLiteral("host"))) {
            return fail(node.Mark(),
                        PipelineConfig::tr("stage “%1” has no host; add “host:” with the "
                                           "address the stage answers on, such as "
                                           "127.0.0.1.")
                            .arg(name));
        }
        QString host;
        if (!scalar(map, QStringLiteral("host"), &host))
            return false;
        if (!isHost(host)) {
            return fail(map[QStringLiteral("host")].value.Mark(),
                        PipelineConfig::tr("the host “%1” of stage “%2” is not a host name or "
                                           "address; use a name such as raspberrypi.local or an "
                                           "address such as 127.0.0.1.")
                            .arg(host, name));
        }

        if (!map.contains(QStringLiteral("port"))) {
            return fail(node.Mark(),
                        PipelineConfig::tr("stage “%1” has no port; add “port:” with a "
                                           "free port from 1 to 65535.")
                            .arg(name));
        }
        QString portText;
        int port = 0;
        if (!scalar(map, QStringLiteral("port"), &portText))
            return false;
        if (!parseNumber(portText, 1, 65535, &port)) {
            return fail(map[QStringLiteral("port")].value.Mark(),
                        PipelineConfig::tr("the port “%1” of stage “%2” is not a number from 1 to "
                                           "65535; use a free port in that range.")
                            .arg(portText, name));
        }

        *stage = Stage(name, *runtime, host, quint16(port));

        if (map.contains(QStringLiteral("namespace"))) {
            QString kubernetesNamespace;
            if (!scalar(map, QStringLiteral("namespace"), &kubernetesNamespace))
                return false;
            if (!isLabel(kubernetesNamespace)) {
                return fail(map[QStringLiteral("namespace")].value.Mark(),
                            PipelineConfig::tr("the namespace “%1” of stage “%2” is not valid; use "
                                               "lowercase letters, digits and hyphens, starting with "
                                               "a letter, at most 63 characters.")
                                .arg(kubernetesNamespace, name));
            }
            stage->setKubernetesNamespace(kubernetesNamespace);
        }
        if (map.contains(QStringLiteral("replicas"))) {
            QString replicasText;
            int replicas = 0;
            if (!scalar(map, QStringLiteral("replicas"), &replicasText))
                return false;
            if (!parseNumber(replicasText, 1, 100, &replicas)) {
                return fail(map[QStringLiteral("replicas")].value.Mark(),
                            PipelineConfig::tr("the replica count “%1” of stage “%2” is not a number "
                                               "from 1 to 100; use 1 unless the stage runs on a "
                                               "Kubernetes cluster.")
                                .arg(replicasText, name));
            }
            stage->setReplicas(replicas);
        }
        return readStageExtras(map, stage);
    }

    QString m_sourceName;
    QString *m_error;
};

} // namespace

bool PipelineConfig::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = path + QLatin1String(": ")
                + tr("cannot read the pipeline configuration (%1); check that the file exists and is "
                     "readable.")
                      .arg(file.errorString());
        }
        return false;
    }
    return loadData(file.readAll(), path, error);
}

bool PipelineConfig::loadData(const QByteArray &yaml, const QString &sourceName, QString *error)
{
    const Reader reader(sourceName, error);
    Document document;
    try {
        const YAML::Node root = YAML::Load(std::string(yaml.constData(), size_t(yaml.size())));
        if (!reader.readDocument(root, &document))
            return false;
    } catch (const YAML::Exception &exception) {
        return reader.fail(
            exception.mark,
            tr("this is not valid YAML (%1); correct the syntax at this position.").arg(fromStd(exception.msg)));
    }
    m_sourcePath = sourceName;
    m_profile = document.profile;
    m_registry = document.registry;
    m_stages = document.stages;
    m_target = document.target;
    m_inventory = document.inventory;
    m_runtime = document.runtime.value_or(document.stages.isEmpty() ? RuntimeKind::Local
                                                                    : document.stages.constFirst().runtime());
    m_components = document.components;
    return true;
}

PipelineConfig PipelineConfig::localProfile()
{
    PipelineConfig config;
    QString error;
    // The embedded file is checked by the tests; failing here is a build defect.
    if (!config.loadFile(embeddedPath(), &error))
        qFatal("The embedded Local profile does not load: %s", qUtf8Printable(error));
    return config;
}

QString PipelineConfig::embeddedPath()
{
    return QStringLiteral(":/antler/antler.yaml");
}

QString PipelineConfig::locate(const QString &explicitPath)
{
    return locate(explicitPath, QStandardPaths::standardLocations(QStandardPaths::GenericConfigLocation));
}

QString PipelineConfig::locate(const QString &explicitPath, const QStringList &configDirectories)
{
    if (!explicitPath.isEmpty())
        return explicitPath;
    for (const QString &directory : configDirectories) {
        QString candidate = directory + QLatin1String("/antler/antler.yaml");
        if (QFileInfo(candidate).isFile())
            return candidate;
    }
    return embeddedPath();
}

bool PipelineConfig::load(const QString &explicitPath, PipelineConfig *config, QString *error)
{
    return config->loadFile(locate(explicitPath), error);
}

bool PipelineConfig::isLocalProfile() const
{
    return m_profile == QLatin1String("local");
}

QString PipelineConfig::previousStage(const QString &name) const
{
    const int index = indexOfStage(name);
    return index > 0 ? m_stages.at(index - 1).name() : QString();
}

QList<Component> PipelineConfig::defaultComponents()
{
    return {
        Component {QStringLiteral("moosefacts"), Component::Kind::Backend, QStringLiteral("server")},
        Component {QStringLiteral("frontend"), Component::Kind::Frontend, QStringLiteral("resources/frontend")},
    };
}

int PipelineConfig::indexOfStage(const QString &name) const
{
    for (qsizetype i = 0; i < m_stages.size(); ++i) {
        if (m_stages.at(i).name() == name)
            return int(i);
    }
    return -1;
}

} // namespace antler::pipeline
