// The k3s steps of the Pi setup playbooks, which cannot run here (no k3s, no
// Pi): every task that runs only for antler_engine=k3s, and the handlers they
// notify, rendered with the variables the wizard passes (SetupPlan), compared
// with golden files under tests/data/k3s. /etc/rancher/k3s/registries.yaml
// has a golden file of its own and must be YAML naming the registry the
// profile pushes to over http.
//
// After a deliberate change to the playbooks, rewrite the golden files with
// ANTLER_UPDATE_GOLDEN=1 and review their diff.

#include "playbook/Playbook.h"
#include "playbook/PlaybookError.h"
#include "playbook/PlaybookParser.h"
#include "playbook/Templar.h"
#include "setup/SetupPlan.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSet>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace antler::playbook;
using antler::setup::SetupPlan;

namespace {

const QString PiHost = QStringLiteral("192.168.1.20");
const QString RegistriesYaml = QStringLiteral("/etc/rancher/k3s/registries.yaml");

QString goldenPath(const QString &file)
{
    return QStringLiteral(ANTLER_SOURCE_DIR "/tests/data/k3s/") + file;
}

QString playbooksDir()
{
    return QStringLiteral(ANTLER_SOURCE_DIR "/resources/playbooks");
}

// A value as YAML, indented by indent spaces: mappings sorted by key,
// multi-line text as a literal block, other scalars JSON-quoted.
void writeValue(QString *out, const QVariant &value, int indent);

void writeScalar(QString *out, const QVariant &value, int indent)
{
    if (value.typeId() == QMetaType::QString && value.toString().contains(QLatin1Char('\n'))) {
        *out += QStringLiteral("|\n");
        const QStringList lines = value.toString().split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i == lines.size() - 1 && lines.at(i).isEmpty())
                break;
            *out += lines.at(i).isEmpty() ? QString() : QString(indent, QLatin1Char(' ')) + lines.at(i);
            *out += QLatin1Char('\n');
        }
        return;
    }
    QJsonValue json = QJsonValue::fromVariant(value);
    if (value.typeId() != QMetaType::Bool && value.typeId() != QMetaType::Int && value.typeId() != QMetaType::LongLong)
        json = QJsonValue(Templar::toText(value));
    *out += QString::fromUtf8(QJsonDocument(QJsonArray {json}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
    *out += QLatin1Char('\n');
}

void writeValue(QString *out, const QVariant &value, int indent)
{
    const QString pad(indent, QLatin1Char(' '));
    const bool container = value.typeId() == QMetaType::QVariantMap || value.typeId() == QMetaType::QVariantList
        || value.typeId() == QMetaType::QStringList;
    if (container && out->endsWith(QLatin1String(": ")))
        out->chop(1); // "key:" then the items on lines of their own
    if (value.typeId() == QMetaType::QVariantMap) {
        const QVariantMap map = value.toMap();
        if (map.isEmpty()) {
            *out += QStringLiteral("{}\n");
            return;
        }
        *out += QLatin1Char('\n');
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            *out += pad + it.key() + QStringLiteral(": ");
            writeValue(out, it.value(), indent + 2);
        }
    } else if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList) {
        const QVariantList list = value.toList();
        if (list.isEmpty()) {
            *out += QStringLiteral("[]\n");
            return;
        }
        *out += QLatin1Char('\n');
        for (const QVariant &item : list) {
            *out += pad + QStringLiteral("- ");
            writeValue(out, item, indent + 2);
        }
    } else {
        writeScalar(out, value, indent);
    }
}

void flatten(const QList<Task> &tasks, QList<Task> *out)
{
    for (const Task &task : tasks) {
        if (task.isBlock()) {
            flatten(task.block, out);
            flatten(task.rescue, out);
            flatten(task.always, out);
        } else if (task.kind == Task::Kind::Module && !task.isRoleComplete()) {
            out->append(task);
        }
    }
}

bool mentionsEngine(const Task &task)
{
    for (const QString &condition : task.when) {
        if (condition.contains(QLatin1String("antler_engine")))
            return true;
    }
    return false;
}

struct Rendered
{
    QString text; // the steps as YAML
    QString registriesYaml; // the content written to RegistriesYaml
    QString error;
};

// Renders one task (each loop item separately) if all its conditions hold.
bool renderTask(const Task &task, const Play &play, const QVariantMap &variables, bool handler, Rendered *rendered)
{
    const QString where
        = QStringLiteral("%1:%2").arg(QFileInfo(task.location.file()).fileName()).arg(task.location.line());
    QVariantMap scope = variables;
    for (auto it = task.vars.cbegin(); it != task.vars.cend(); ++it)
        scope.insert(it.key(), it.value());
    QVariantList items {QVariant()};
    if (task.loopKind != Task::LoopKind::None) {
        QVariant loop;
        if (!Templar(scope).renderValue(task.loop, &loop, &rendered->error)) {
            rendered->error = where + QStringLiteral(": ") + rendered->error;
            return false;
        }
        items = loop.toList();
    }
    for (const QVariant &item : std::as_const(items)) {
        QVariantMap itemScope = scope;
        if (task.loopKind != Task::LoopKind::None)
            itemScope.insert(task.loopVar, item);
        const Templar templar(itemScope);
        bool runs = true;
        for (const QString &condition : task.when) {
            bool holds = false;
            if (!templar.evaluateCondition(condition, &holds, &rendered->error)) {
                rendered->error = where + QStringLiteral(": ") + rendered->error;
                return false;
            }
            runs = runs && holds;
        }
        if (!runs)
            continue;
        QString name;
        QVariant arguments;
        QVariant environment;
        if (!templar.renderText(task.name, &name, &rendered->error)
            || !templar.renderValue(task.arguments, &arguments, &rendered->error)
            || !templar.renderValue(task.environment, &environment, &rendered->error)) {
            rendered->error = where + QStringLiteral(": ") + rendered->error;
            return false;
        }
        QString &out = rendered->text;
        out += QStringLiteral("- %1: %2\n").arg(handler ? QStringLiteral("handler") : QStringLiteral("name"), name);
        if (task.loopKind != Task::LoopKind::None) {
            out += QStringLiteral("  item: ");
            writeValue(&out, item, 4);
        }
        out += QStringLiteral("  become: %1\n")
                   .arg(task.become.value_or(play.become.value_or(false)) ? QStringLiteral("true")
                                                                          : QStringLiteral("false"));
        if (!environment.toMap().isEmpty()) {
            out += QStringLiteral("  environment: ");
            writeValue(&out, environment, 4);
        }
        out += QStringLiteral("  %1: ").arg(task.module);
        writeValue(&out, arguments, 4);
        const QVariantMap args = arguments.toMap();
        if (task.module == QLatin1String("copy") && args.value(QStringLiteral("dest")).toString() == RegistriesYaml)
            rendered->registriesYaml = args.value(QStringLiteral("content")).toString();
    }
    return true;
}

// The architecture facts of the Pi the steps are rendered for, as
// ansible_architecture and ansible_userspace_bits.
struct Architecture
{
    QString machine;
    QString userspaceBits;
};

Rendered renderK3sSteps(const SetupPlan &plan,
                        const Architecture &architecture = {QStringLiteral("aarch64"), QStringLiteral("64")})
{
    Rendered rendered;
    const QVariantMap extra = plan.extraVariables();
    for (const SetupPlan::Step &step : SetupPlan::steps()) {
        Playbook playbook;
        QList<PlaybookError> errors;
        if (!PlaybookParser::parseFile(QDir(playbooksDir()).filePath(step.playbook), &playbook, &errors)) {
            rendered.error = PlaybookError::join(errors);
            return rendered;
        }
        for (const Play &play : std::as_const(playbook.plays)) {
            // Extra variables win over the play's, as with -e; the inventory
            // the wizard writes sets ansible_user.
            QVariantMap variables = play.vars;
            variables.insert(QStringLiteral("inventory_hostname"), QStringLiteral("pi"));
            variables.insert(QStringLiteral("ansible_host"), plan.host);
            variables.insert(QStringLiteral("ansible_user"), plan.user);
            variables.insert(QStringLiteral("ansible_architecture"), architecture.machine);
            variables.insert(QStringLiteral("ansible_userspace_bits"), architecture.userspaceBits);
            for (auto it = extra.cbegin(); it != extra.cend(); ++it)
                variables.insert(it.key(), it.value());
            QList<Task> tasks;
            flatten(play.preTasks + play.tasks + play.postTasks, &tasks);
            const qsizetype before = rendered.text.size();
            QSet<QString> notified;
            for (const Task &task : std::as_const(tasks)) {
                if (!mentionsEngine(task))
                    continue;
                const qsizetype size = rendered.text.size();
                if (!renderTask(task, play, variables, false, &rendered))
                    return rendered;
                if (rendered.text.size() > size) {
                    for (const QString &name : task.notify)
                        notified.insert(name);
                }
            }
            QList<Task> handlers;
            flatten(play.handlers, &handlers);
            for (const Task &handler : std::as_const(handlers)) {
                if (notified.contains(handler.name) && !renderTask(handler, play, variables, true, &rendered))
                    return rendered;
            }
            if (rendered.text.size() > before)
                rendered.text.insert(before, QStringLiteral("\n# %1: %2\n").arg(step.playbook, play.name));
        }
    }
    rendered.text.prepend(QStringLiteral("# The k3s steps of the Pi setup (tests/unit/tst_pisetup_k3s.cpp writes and\n"
                                         "# checks this file): each task that runs only for k3s, rendered.\n"));
    return rendered;
}

} // namespace

class TestPiSetupK3s : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void steps_data();
    void steps();
    void registriesYaml();

private:
    static SetupPlan plan(const QString &bundle);
    static void compareWithGolden(const QString &file, const QString &actual);
};

SetupPlan TestPiSetupK3s::plan(const QString &bundle)
{
    SetupPlan plan;
    plan.host = PiHost;
    plan.user = QStringLiteral("anna");
    plan.engine = QStringLiteral("k3s");
    plan.registryPort = 5050;
    plan.k3sAirgapBundle = bundle;
    return plan;
}

void TestPiSetupK3s::compareWithGolden(const QString &file, const QString &actualText)
{
    const QString path = goldenPath(file);
    if (qEnvironmentVariableIntValue("ANTLER_UPDATE_GOLDEN") == 1) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actualText.toUtf8());
        QSKIP("golden file rewritten");
    }
    QFile golden(path);
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(path));
    const QStringList expected = QString::fromUtf8(golden.readAll()).split(QLatin1Char('\n'));
    const QStringList actual = actualText.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < qMin(expected.size(), actual.size()); ++i) {
        QVERIFY2(expected.at(i) == actual.at(i),
                 qPrintable(QStringLiteral("%1:%2: expected \"%3\", rendered \"%4\"")
                                .arg(file)
                                .arg(i + 1)
                                .arg(expected.at(i), actual.at(i))));
    }
    QCOMPARE(actual.size(), expected.size());
}

void TestPiSetupK3s::steps_data()
{
    QTest::addColumn<QString>("bundle");
    QTest::addColumn<QString>("machine");
    QTest::addColumn<QString>("userspaceBits");
    QTest::addColumn<QString>("file");
    const QString bundle = QStringLiteral("/home/anna/k3s-bundle");
    QTest::newRow("air-gap bundle, 64-bit Pi OS")
        << bundle << QStringLiteral("aarch64") << QStringLiteral("64") << QStringLiteral("steps-airgap.yml");
    // A 64-bit kernel under a 32-bit userland, as Pi OS ships it on a Pi 4:
    // k3s's armhf files, not arm64.
    QTest::newRow("air-gap bundle, 32-bit Pi OS")
        << bundle << QStringLiteral("aarch64") << QStringLiteral("32") << QStringLiteral("steps-airgap-armhf.yml");
    QTest::newRow("air-gap bundle, a PC")
        << bundle << QStringLiteral("x86_64") << QStringLiteral("64") << QStringLiteral("steps-airgap-amd64.yml");
    QTest::newRow("installer") << QString() << QStringLiteral("aarch64") << QStringLiteral("64")
                               << QStringLiteral("steps-installer.yml");
}

void TestPiSetupK3s::steps()
{
    QFETCH(QString, bundle);
    QFETCH(QString, machine);
    QFETCH(QString, userspaceBits);
    QFETCH(QString, file);
    const Rendered rendered = renderK3sSteps(plan(bundle), {machine, userspaceBits});
    QVERIFY2(rendered.error.isEmpty(), qPrintable(rendered.error));
    // The same steps for podman render nothing k3s: the selection is by engine.
    SetupPlan podman = plan(bundle);
    podman.engine = QStringLiteral("podman");
    const Rendered other = renderK3sSteps(podman);
    QVERIFY2(other.error.isEmpty(), qPrintable(other.error));
    for (const char *word : {"rancher", "k3s kubectl", "k3s crictl", "Install k3s"})
        QVERIFY2(!other.text.contains(QLatin1String(word)), qPrintable(other.text));
    QVERIFY(other.registriesYaml.isEmpty());
    compareWithGolden(file, rendered.text);
}

void TestPiSetupK3s::registriesYaml()
{
    const Rendered rendered = renderK3sSteps(plan({}));
    QVERIFY2(rendered.error.isEmpty(), qPrintable(rendered.error));
    QVERIFY2(!rendered.registriesYaml.isEmpty(),
             "no task writes "
             "/etc/rancher/k3s/registries.yaml");
    // k3s reads it as YAML: the mirror is the registry the profile pushes to
    // and manifests name (HOST:PORT, see SetupPlan::pipelineConfig), over http.
    const QString registry = PiHost + QStringLiteral(":5050");
    YAML::Node root;
    try {
        root = YAML::Load(rendered.registriesYaml.toStdString());
    } catch (const YAML::Exception &e) {
        QFAIL(e.what());
    }
    const YAML::Node endpoints = root["mirrors"][registry.toStdString()]["endpoint"];
    QVERIFY2(endpoints.IsSequence() && endpoints.size() == 1, qPrintable(rendered.registriesYaml));
    QCOMPARE(QString::fromStdString(endpoints[0].as<std::string>()), QStringLiteral("http://") + registry);
    compareWithGolden(QStringLiteral("registries.yaml"), rendered.registriesYaml);
}

QTEST_GUILESS_MAIN(TestPiSetupK3s)
#include "tst_pisetup_k3s.moc"
