#include "inventory/Inventory.h"
#include "playbook/PlaybookParser.h"
#include "playbook/Runner.h"
#include "transport/Transport.h"

#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

using namespace antler;
using namespace antler::playbook;

namespace {

// Answers commands from a script after a short delay, counting how many run
// at once. Hosts whose address is "down" are unreachable.
class ScriptedTransport : public transport::Transport
{
public:
    ScriptedTransport(const transport::ConnectionSettings &settings, int *running, int *peak,
                      QList<transport::CommandSpec> *log)
        : Transport(settings)
        , m_running(running)
        , m_peak(peak)
        , m_log(log)
    {
    }

    void open() override { setState(State::Ready); }
    void close() override { setState(State::Closed); }

    transport::CommandJob *run(const transport::CommandSpec &spec) override
    {
        m_log->append(spec);
        auto *job = new transport::CommandJob(spec, hostName(), this);
        *m_peak = qMax(*m_peak, ++*m_running);
        QTimer::singleShot(20, job, [this, job, spec] {
            --*m_running;
            transport::CommandResult result;
            if (settings().host == QLatin1String("down")) {
                result.status = transport::CommandResult::Status::Unreachable;
                result.errorText = QStringLiteral("cannot connect to down:22");
                job->complete(result);
                return;
            }
            result.status = transport::CommandResult::Status::Finished;
            const QByteArray program = spec.argv.value(0);
            if (program == "false" || spec.script.startsWith("exit 3")) {
                result.exitCode = spec.script.isEmpty() ? 1 : 3;
            } else if (program == "echo") {
                result.exitCode = 0;
                job->deliverStdout(spec.argv.mid(1).join(' ') + '\n');
            } else if (program == "test") {
                result.exitCode = spec.argv.value(2) == "/exists" ? 0 : 1;
            } else {
                result.exitCode = 0;
            }
            job->complete(result);
        });
        return job;
    }

private:
    int *m_running;
    int *m_peak;
    QList<transport::CommandSpec> *m_log;
};

} // namespace

class TestRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsTasksInOrderAndCountsLikeAnsible();
    void registeredResultsAndVariablesAreTemplated();
    void unreachableHostsLeaveThePlay();
    void forksLimitsTheHostsAtOnce();
    void undefinedVariableFailsTheHostNamingTheTask();
    void createsSkipsTheCommand();

private:
    struct Run
    {
        QList<PlaybookEvent> events;
        int exitCode = -1;
        int peak = 0;
        QList<transport::CommandSpec> commands;
    };
    static Run run(const QByteArray &playbook, const QByteArray &inventory, int forks = 5,
                   const QVariantMap &extra = {});
    static QStringList results(const Run &run);
};

TestRunner::Run TestRunner::run(const QByteArray &playbookText, const QByteArray &inventoryText, int forks,
                                const QVariantMap &extra)
{
    Run result;
    Playbook playbook;
    QList<PlaybookError> errors;
    if (!PlaybookParser::parseData(playbookText, QStringLiteral("site.yml"), &playbook, &errors)) {
        qWarning().noquote() << PlaybookError::join(errors);
        return result;
    }
    inventory::Inventory inventory;
    QString error;
    if (!inventory.loadData(inventoryText, QStringLiteral("hosts"), &error)) {
        qWarning().noquote() << error;
        return result;
    }
    Runner runner(playbook, inventory);
    runner.setForks(forks);
    runner.setExtraVariables(extra);
    int running = 0;
    runner.setTransportFactory([&](const QString &, const inventory::ConnectionInfo &info) {
        transport::ConnectionSettings settings;
        settings.host = info.address;
        return new ScriptedTransport(settings, &running, &result.peak, &result.commands);
    });
    QObject::connect(&runner, &Runner::event, &runner,
                     [&result](const PlaybookEvent &event) { result.events.append(event); });
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    if (!finished.wait(10000))
        return result;
    result.exitCode = runner.exitCode();
    return result;
}

// "task host status" per result, and "recap host ok changed unreachable failed ignored".
QStringList TestRunner::results(const Run &run)
{
    QStringList lines;
    for (const PlaybookEvent &event : run.events) {
        if (event.type == PlaybookEvent::Type::HostResult) {
            lines.append(QStringLiteral("%1 %2 %3%4")
                             .arg(event.task, event.host, TaskResult::statusName(event.result.status),
                                  QLatin1String(event.result.ignored ? " ignored" : "")));
        } else if (event.type == PlaybookEvent::Type::NoHostsLeft) {
            lines.append(QStringLiteral("no hosts left"));
        } else if (event.type == PlaybookEvent::Type::PlaybookFinished) {
            for (auto it = event.stats.cbegin(); it != event.stats.cend(); ++it) {
                lines.append(QStringLiteral("recap %1 %2 %3 %4 %5 %6")
                                 .arg(it.key())
                                 .arg(it->ok)
                                 .arg(it->changed)
                                 .arg(it->unreachable)
                                 .arg(it->failed)
                                 .arg(it->ignored));
            }
        }
    }
    return lines;
}

void TestRunner::runsTasksInOrderAndCountsLikeAnsible()
{
    const Run r = run("- hosts: web\n  gather_facts: false\n  tasks:\n"
                      "    - name: one\n      command: echo hi\n"
                      "    - name: quiet\n      command: 'true'\n      changed_when: false\n"
                      "    - name: ignored\n      shell: exit 3\n      ignore_errors: true\n"
                      "    - name: fails\n      command: 'false'\n"
                      "    - name: never\n      ping:\n",
                      "[web]\nalpha\nbeta\n", 1);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(results(r), (QStringList{
                             "one alpha changed", "one beta changed", "quiet alpha ok", "quiet beta ok",
                             "ignored alpha failed ignored", "ignored beta failed ignored",
                             "fails alpha failed", "fails beta failed", "no hosts left",
                             // the same counts as ansible-playbook's for this play
                             "recap alpha 3 2 0 1 1", "recap beta 3 2 0 1 1"}));
}

void TestRunner::registeredResultsAndVariablesAreTemplated()
{
    const Run r = run("- hosts: all\n  gather_facts: false\n  vars:\n    word: '{{ base }}-x'\n  tasks:\n"
                      "    - command: echo {{ word }} {{ greeting }}\n      register: said\n"
                      "    - debug:\n        msg: '{{ said.stdout }}/{{ said.rc }}/{{ said.stdout_lines }}/"
                      "{{ said.changed }}/{{ said.failed }}/{{ inventory_hostname }}/{{ extra }}'\n",
                      "alpha greeting=hola base=b\n", 5, {{QStringLiteral("extra"), QStringLiteral("e")}});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.commands.size(), 1);
    QCOMPARE(r.commands.first().argv, (QList<QByteArray>{"echo", "b-x", "hola"}));
    const PlaybookEvent &debug = r.events.at(r.events.size() - 2);
    QCOMPARE(debug.type, PlaybookEvent::Type::HostResult);
    QCOMPARE(debug.result.data.value(QStringLiteral("msg")).toString(),
             QStringLiteral("b-x hola/0/['b-x hola']/True/False/alpha/e"));
}

void TestRunner::unreachableHostsLeaveThePlay()
{
    const Run r = run("- hosts: all\n  gather_facts: false\n  tasks:\n"
                      "    - name: first\n      ping:\n    - name: second\n      command: echo x\n",
                      "alpha\ngamma ansible_host=down\n");
    QCOMPARE(r.exitCode, 4);
    QStringList lines = results(r);
    std::sort(lines.begin(), lines.begin() + 2);
    QCOMPARE(lines, (QStringList{"first alpha ok", "first gamma unreachable", "second alpha changed",
                                 "recap alpha 2 1 0 0 0", "recap gamma 0 0 1 0 0"}));
}

void TestRunner::forksLimitsTheHostsAtOnce()
{
    const QByteArray inventory = "h1\nh2\nh3\nh4\nh5\nh6\nh7\n";
    const QByteArray playbook = "- hosts: all\n  gather_facts: false\n  tasks:\n    - command: 'true'\n"
                                "    - command: 'true'\n";
    QCOMPARE(run(playbook, inventory, 2).peak, 2);
    QCOMPARE(run(playbook, inventory, 5).peak, 5);
    QCOMPARE(run(playbook, inventory, 1).peak, 1);
}

void TestRunner::undefinedVariableFailsTheHostNamingTheTask()
{
    const Run r = run("- hosts: all\n  gather_facts: false\n  tasks:\n    - name: t\n      command: echo {{ nope }}\n",
                      "alpha\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.commands.isEmpty());
    const PlaybookEvent &failed = r.events.at(r.events.size() - 2);
    const QString msg = failed.result.data.value(QStringLiteral("msg")).toString();
    QVERIFY2(msg.contains(QLatin1String("'nope' is undefined")), qPrintable(msg));
    QVERIFY2(msg.contains(QLatin1String("site.yml:4")), qPrintable(msg));
}

void TestRunner::createsSkipsTheCommand()
{
    const Run r = run("- hosts: all\n  gather_facts: false\n  tasks:\n"
                      "    - command: echo a creates=/exists\n    - command: echo b creates=/missing\n",
                      "alpha\n");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(results(r).mid(0, 2), (QStringList{"command alpha ok", "command alpha changed"}));
    QCOMPARE(r.commands.size(), 3);
    QCOMPARE(r.commands.last().argv, (QList<QByteArray>{"echo", "b"}));
}

QTEST_GUILESS_MAIN(TestRunner)
#include "tst_runner.moc"
