#include "inventory/Inventory.h"
#include "playbook/AnsibleJson.h"
#include "playbook/ConsolePrinter.h"
#include "playbook/PlaybookParser.h"
#include "playbook/Runner.h"
#include "playbook/Templar.h"
#include "transport/LocalTransport.h"
#include "transport/Transport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
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
                      QList<transport::CommandSpec> *log, QList<transport::CommandSpec> *prepared)
        : Transport(settings)
        , m_running(running)
        , m_peak(peak)
        , m_log(log)
        , m_prepared(prepared)
    {
    }

    // Logged in the order of the commands: what came before it is in log.
    void prepare(const transport::CommandSpec &spec) override
    {
        transport::CommandSpec logged = spec;
        logged.description = QStringLiteral("prepared after %1 commands").arg(m_log->size());
        m_prepared->append(logged);
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
                result.error = QStringLiteral("cannot connect to down:22");
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
    QList<transport::CommandSpec> *m_prepared;
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
    void gatheringFactsPreparesTheShellOfThePlaysCommands();

    // Real commands on this machine through LocalTransport.
    void whenIsEvaluatedPerLoopItem();
    void handlersRunOnceInDefinitionOrder();
    void rescueClearsTheFailureAndAlwaysRuns();
    void untilRetriesUntilTheConditionHolds();
    void asyncJobsRunInTheBackgroundOrWithinTheirLimit();
    void changedWhenAndFailedWhenSeeTheRegisteredResult();
    void variablePrecedence();
    void tagsSelectTasks();
    void checkModeSkipsCommands();
    void includeTasksIsReadWhenItRuns();
    void noLogHidesTheResult();
    void failedRunWritesARetryFile();
    void printsLikeAnsiblePlaybookForLoopsAndHandlers();
    void delegateToAndRunOnce();
    void anyErrorsFatalEndsThePlayForAll();
    void aRoleRunsOnceUnlessDuplicatesAreAllowed();
    void includeRoleEvaluatesItsWhenOnce();

private:
    struct Run
    {
        QList<PlaybookEvent> events;
        int exitCode = -1;
        int peak = 0;
        QList<transport::CommandSpec> commands;
        QList<transport::CommandSpec> prepared; // Transport::prepare
    };
    static Run run(const QByteArray &playbook, const QByteArray &inventory, int forks = 5,
                   const QVariantMap &extra = {});
    static QStringList results(const Run &run);
    // Runs on this machine: alpha and beta are local hosts. Files (name →
    // text) are written beside the playbook first.
    static Run runLocal(const QByteArray &playbook, const std::function<void(Runner &)> &configure = {},
                        const QMap<QString, QByteArray> &files = {},
                        const QByteArray &inventory = "alpha ansible_connection=local\n");
    static QStringList debugMessages(const Run &run);
};

TestRunner::Run TestRunner::runLocal(const QByteArray &playbookText, const std::function<void(Runner &)> &configure,
                                     const QMap<QString, QByteArray> &files, const QByteArray &inventoryText)
{
    Run result;
    QTemporaryDir dir;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QDir().mkpath(QFileInfo(dir.filePath(it.key())).absolutePath());
        QFile file(dir.filePath(it.key()));
        if (!file.open(QIODevice::WriteOnly))
            return result;
        file.write(it.value());
    }
    const QString path = dir.filePath(QStringLiteral("site.yml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return result;
    QByteArray text = playbookText;
    text.replace("@DIR@", dir.path().toUtf8());
    file.write(text);
    file.close();
    Playbook playbook;
    QList<PlaybookError> errors;
    if (!PlaybookParser::parseFile(path, &playbook, &errors)) {
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
    runner.setRetryDirectory(dir.filePath(QStringLiteral("retry")));
    if (configure)
        configure(runner);
    runner.setTransportFactory(
        [](const QString &, const inventory::ConnectionInfo &) { return new transport::LocalTransport(); });
    QObject::connect(&runner, &Runner::event, &runner,
                     [&result](const PlaybookEvent &event) { result.events.append(event); });
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    if (!finished.wait(30000))
        return result;
    result.exitCode = runner.exitCode();
    return result;
}

QStringList TestRunner::debugMessages(const Run &run)
{
    QStringList messages;
    for (const PlaybookEvent &event : run.events) {
        if (event.type == PlaybookEvent::Type::HostResult && event.module == QLatin1String("debug")
            && event.result.status != TaskResult::Status::Skipped && !event.result.isLoop)
            messages.append(Templar::toText(event.result.data.value(QStringLiteral("msg"))));
    }
    return messages;
}

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
        return new ScriptedTransport(settings, &running, &result.peak, &result.commands, &result.prepared);
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
    QCOMPARE(results(r),
             (QStringList {"one alpha changed", "one beta changed", "quiet alpha ok", "quiet beta ok",
                           "ignored alpha failed ignored", "ignored beta failed ignored", "fails alpha failed",
                           "fails beta failed", "no hosts left",
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
    QCOMPARE(r.commands.first().argv, (QList<QByteArray> {"echo", "b-x", "hola"}));
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
    QCOMPARE(lines,
             (QStringList {"first alpha ok", "first gamma unreachable", "second alpha changed", "recap alpha 2 1 0 0 0",
                           "recap gamma 0 0 1 0 0"}));
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
    QCOMPARE(results(r).mid(0, 2), (QStringList {"command alpha ok", "command alpha changed"}));
    QCOMPARE(r.commands.size(), 3);
    QCOMPARE(r.commands.last().argv, (QList<QByteArray> {"echo", "b"}));
}

void TestRunner::gatheringFactsPreparesTheShellOfThePlaysCommands()
{
    // While the facts are gathered, each host's transport starts the shell
    // the play's commands (here in a block) will run in, as they will run.
    Run r = run("- hosts: all\n  become: true\n  tasks:\n    - block:\n        - command: echo a\n", "alpha\nbeta\n");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.prepared.size(), 2);
    for (const transport::CommandSpec &spec : std::as_const(r.prepared)) {
        QVERIFY(spec.shareShell);
        QVERIFY(spec.ownSession);
        QVERIFY(spec.become);
    }
    // Each host's right after its facts command.
    QCOMPARE(r.prepared.value(0).description, QStringLiteral("prepared after 1 commands"));
    QCOMPARE(r.prepared.value(1).description, QStringLiteral("prepared after 2 commands"));
    QCOMPARE(r.commands.value(0).description, QStringLiteral("Gathering Facts"));
    QCOMPARE(r.commands.size(), 4);
    // Nothing is prepared without facts or without commands.
    r = run("- hosts: all\n  gather_facts: false\n  tasks:\n    - command: echo a\n", "alpha\n");
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.prepared.isEmpty());
    r = run("- hosts: all\n  tasks:\n    - debug:\n        msg: hi\n", "alpha\n");
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.prepared.isEmpty());
}

void TestRunner::whenIsEvaluatedPerLoopItem()
{
    const Run r
        = runLocal("- hosts: all\n  gather_facts: false\n  tasks:\n"
                   "    - shell: echo {{ n }}\n      loop: [1, 2, 3]\n      loop_control:\n        loop_var: n\n"
                   "      when: n != 2\n      register: out\n"
                   "    - debug:\n        msg: \"{{ out.results | length }} {{ out.msg }} {{ out.changed }} "
                   "{{ out.results[1].skipped }} {{ out.results[2].stdout }}\"\n");
    QCOMPARE(r.exitCode, 0);
    QStringList items;
    for (const PlaybookEvent &event : r.events) {
        if (event.type == PlaybookEvent::Type::HostResult && event.result.isItem)
            items.append(event.result.itemLabel + QLatin1Char(' ') + TaskResult::statusName(event.result.status));
    }
    QCOMPARE(items, (QStringList {"1 changed", "2 skipped", "3 changed"}));
    QCOMPARE(debugMessages(r), (QStringList {"3 All items completed True True 3"}));
    QCOMPARE(results(r).last(), QStringLiteral("recap alpha 2 1 0 0 0"));
}

void TestRunner::handlersRunOnceInDefinitionOrder()
{
    const Run r = runLocal("- hosts: all\n  gather_facts: false\n  tasks:\n"
                           "    - command: 'true'\n      notify: [second, first]\n"
                           "    - command: 'true'\n      notify: first\n"
                           "    - command: 'true'\n      changed_when: false\n      notify: never\n"
                           "    - command: 'true'\n      notify: topic\n"
                           "  handlers:\n"
                           "    - name: first\n      debug:\n        msg: first\n"
                           "    - name: never\n      debug:\n        msg: never\n"
                           "    - name: second\n      debug:\n        msg: second\n"
                           "    - name: listener\n      debug:\n        msg: listener\n      listen: topic\n");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(debugMessages(r), (QStringList {"first", "second", "listener"}));
    int handlerBanners = 0;
    for (const PlaybookEvent &event : r.events)
        handlerBanners += event.type == PlaybookEvent::Type::TaskStarted && event.isHandler;
    QCOMPARE(handlerBanners, 3);
}

void TestRunner::rescueClearsTheFailureAndAlwaysRuns()
{
    const Run r
        = runLocal("- hosts: all\n  gather_facts: false\n  tasks:\n"
                   "    - block:\n        - command: 'false'\n        - debug:\n            msg: not reached\n"
                   "      rescue:\n        - debug:\n            msg: \"rescued {{ ansible_failed_result.rc }}\"\n"
                   "      always:\n        - debug:\n            msg: always\n"
                   "    - debug:\n        msg: after\n"
                   "    - block:\n        - command: 'false'\n"
                   "      always:\n        - debug:\n            msg: always again\n"
                   "    - debug:\n        msg: never\n");
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(debugMessages(r), (QStringList {"rescued 1", "always", "after", "always again"}));
    const HostStats stats = r.events.last().stats.value(QStringLiteral("alpha"));
    QCOMPARE(stats.rescued, 1);
    QCOMPARE(stats.failed, 1);
}

void TestRunner::untilRetriesUntilTheConditionHolds()
{
    const Run r = runLocal("- hosts: all\n  gather_facts: false\n  tasks:\n"
                           "    - shell: echo x >> @DIR@/count; wc -l < @DIR@/count\n      register: out\n"
                           "      until: out.stdout | int == 3\n      retries: 5\n      delay: 0\n"
                           "    - debug:\n        msg: \"{{ out.attempts }}\"\n");
    QCOMPARE(r.exitCode, 0);
    int retries = 0;
    for (const PlaybookEvent &event : r.events)
        retries += event.type == PlaybookEvent::Type::HostRetry;
    QCOMPARE(retries, 2);
    QCOMPARE(debugMessages(r), (QStringList {"3"}));
}

// A job of poll: 0 outlives its task and async_status reads its result
// back (HOME is the scratch folder, so ~/.ansible_async is too); a polled
// task over its time limit fails with Ansible's message; copy takes no
// async, as in Ansible.
void TestRunner::asyncJobsRunInTheBackgroundOrWithinTheirLimit()
{
    const Run r = runLocal("- hosts: all\n  gather_facts: false\n  environment: {HOME: \"@DIR@\"}\n  tasks:\n"
                           "    - shell: sleep 1; echo done > @DIR@/flag; echo out\n"
                           "      async: 20\n      poll: 0\n      register: job\n"
                           "    - debug:\n        msg: \"{{ job.started }} {{ job.finished }} {{ job.changed }}\"\n"
                           "    - async_status:\n        jid: \"{{ job.ansible_job_id }}\"\n      register: status\n"
                           "      until: status.finished\n      retries: 20\n      delay: 1\n"
                           "    - debug:\n        msg: \"{{ status.rc }} {{ status.stdout }} {{ status.finished }}\"\n"
                           "    - command: sleep 10\n      async: 1\n      poll: 1\n      register: slow\n"
                           "      ignore_errors: true\n"
                           "    - debug:\n        msg: \"{{ slow.msg }}\"\n"
                           "    - command: cat @DIR@/flag\n      async: 10\n      poll: 2\n      register: quick\n"
                           "    - debug:\n        msg: \"{{ quick.stdout }} {{ quick.finished }}\"\n"
                           "    - copy: {content: x, dest: \"@DIR@/copied\"}\n      async: 10\n"
                           "      ignore_errors: true\n      register: copied\n"
                           "    - debug:\n        msg: \"{{ copied.msg }}\"\n");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(debugMessages(r),
             (QStringList {"1 0 True", "0 out 1", "async task did not complete within the requested time - 1s",
                           "done 1", "async is not supported for this task."}));
}

void TestRunner::changedWhenAndFailedWhenSeeTheRegisteredResult()
{
    const Run r = runLocal(
        "- hosts: all\n  gather_facts: false\n  tasks:\n"
        "    - shell: echo ready; exit 1\n      register: out\n"
        "      failed_when: \"'ready' not in out.stdout\"\n      changed_when: out.rc == 0\n"
        "    - shell: echo nope\n      register: second\n      failed_when: \"'ready' not in second.stdout\"\n"
        "      ignore_errors: true\n");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(results(r), (QStringList {"shell alpha ok", "shell alpha failed ignored", "recap alpha 2 1 0 0 1"}));
}

void TestRunner::variablePrecedence()
{
    const Run r = runLocal(
        "- hosts: all\n  gather_facts: false\n  vars:\n    a: play\n    b: play\n    c: play\n    d: play\n"
        "  vars_files: [vars.yml]\n  tasks:\n"
        "    - set_fact:\n        d: fact\n"
        "    - debug:\n        msg: \"{{ a }} {{ b }} {{ c }} {{ d }} {{ e }} {{ inv }}\"\n"
        "      vars:\n        c: task\n        d: task\n        e: task\n",
        [](Runner &runner) {
            runner.setExtraVariables({{QStringLiteral("e"), QStringLiteral("extra")}});
        },
        {{QStringLiteral("vars.yml"), "b: file\n"}}, "alpha ansible_connection=local a=inventory inv=inventory\n");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(debugMessages(r), (QStringList {"play file task fact extra inventory"}));
}

void TestRunner::tagsSelectTasks()
{
    const QByteArray playbook = "- hosts: all\n  gather_facts: false\n  tasks:\n"
                                "    - debug:\n        msg: a\n      tags: [a]\n"
                                "    - debug:\n        msg: b\n      tags: [b]\n"
                                "    - debug:\n        msg: always\n      tags: [always]\n"
                                "    - debug:\n        msg: never\n      tags: [never, n]\n"
                                "    - debug:\n        msg: untagged\n";
    QCOMPARE(debugMessages(runLocal(playbook)), (QStringList {"a", "b", "always", "untagged"}));
    QCOMPARE(debugMessages(runLocal(playbook, [](Runner &runner) { runner.setTags({QStringLiteral("a")}); })),
             (QStringList {"a", "always"}));
    QCOMPARE(debugMessages(runLocal(playbook, [](Runner &runner) { runner.setTags({QStringLiteral("n")}); })),
             (QStringList {"always", "never"}));
    QCOMPARE(debugMessages(runLocal(playbook,
                                    [](Runner &runner) {
                                        runner.setSkipTags({QStringLiteral("a"), QStringLiteral("always")});
                                    })),
             (QStringList {"b", "untagged"}));
    QCOMPARE(debugMessages(runLocal(playbook, [](Runner &runner) { runner.setStartAtTask(QStringLiteral("debug")); }))
                 .size(),
             4);
}

void TestRunner::checkModeSkipsCommands()
{
    const Run r = runLocal("- hosts: all\n  gather_facts: false\n  tasks:\n"
                           "    - command: touch @DIR@/made\n"
                           "    - shell: touch @DIR@/made\n      args:\n        creates: @DIR@/made\n"
                           "    - command: touch @DIR@/made\n      check_mode: false\n"
                           "    - raw: echo hi\n",
                           [](Runner &runner) { runner.setCheckMode(true); });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(results(r),
             (QStringList {"command alpha skipped", "shell alpha changed", "command alpha changed", "raw alpha skipped",
                           "recap alpha 2 2 0 0 0"}));
    const PlaybookEvent first = r.events.at(3);
    QCOMPARE(first.result.data.value(QStringLiteral("msg")).toString(),
             QStringLiteral("Command would have run if not in check mode"));
}

void TestRunner::includeTasksIsReadWhenItRuns()
{
    const Run r = runLocal("- hosts: all\n  gather_facts: false\n  vars:\n    which: two\n  tasks:\n"
                           "    - include_tasks: \"{{ which }}.yml\"\n      vars:\n        word: hello\n"
                           "    - include_tasks: one.yml\n      when: false\n",
                           {},
                           {{QStringLiteral("two.yml"), "- debug:\n    msg: \"two {{ word }}\"\n"},
                            {QStringLiteral("one.yml"), "- debug:\n    msg: one\n"}});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(debugMessages(r), (QStringList {"two hello"}));
    // As ansible-playbook counts: the "included:" and the debug ok, the second include skipped.
    const HostStats stats = r.events.last().stats.value(QStringLiteral("alpha"));
    QCOMPARE(stats.ok, 2);
    QCOMPARE(stats.skipped, 1);
    bool included = false;
    for (const PlaybookEvent &event : r.events)
        included = included
            || (event.type == PlaybookEvent::Type::Included && event.text.endsWith(QLatin1String("/two.yml")));
    QVERIFY(included);
}

void TestRunner::noLogHidesTheResult()
{
    const Run r = runLocal("- hosts: all\n  gather_facts: false\n  tasks:\n"
                           "    - shell: echo secret; exit 1\n      no_log: true\n      ignore_errors: true\n");
    const PlaybookEvent &failed = r.events.at(r.events.size() - 2);
    QCOMPARE(failed.result.displayed().value(QStringLiteral("censored")).toString(), TaskResult::censoredMessage());
    QVERIFY(!AnsibleJson::compact(failed.result.displayed()).contains(QLatin1String("secret")));
}

void TestRunner::failedRunWritesARetryFile()
{
    const Run r = runLocal("- hosts: all\n  gather_facts: false\n  tasks:\n"
                           "    - command: 'false'\n      when: inventory_hostname == 'beta'\n",
                           {}, {}, "alpha ansible_connection=local\nbeta ansible_connection=local\n");
    QCOMPARE(r.exitCode, 2);
    const QString path = r.events.last().retryFile;
    QVERIFY(path.endsWith(QLatin1String("/site.retry")));
}

void TestRunner::printsLikeAnsiblePlaybookForLoopsAndHandlers()
{
    // loops.out is ansible-playbook 2.14's output for loops.yml (see its header).
    const QString dir = QStringLiteral(ANTLER_SOURCE_DIR "/tests/data/playbooks/console/");
    QFile expectedFile(dir + QStringLiteral("loops.out"));
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    const QString expected = QString::fromUtf8(expectedFile.readAll());
    Playbook playbook;
    QList<PlaybookError> errors;
    QVERIFY2(PlaybookParser::parseFile(dir + QStringLiteral("loops.yml"), &playbook, &errors),
             qPrintable(PlaybookError::join(errors)));
    inventory::Inventory inventory;
    QString error;
    QVERIFY(inventory.loadData("alpha ansible_connection=local\nbeta ansible_connection=local\n",
                               QStringLiteral("hosts"), &error));
    Runner runner(playbook, inventory);
    runner.setForks(1);
    runner.setTransportFactory(
        [](const QString &, const inventory::ConnectionInfo &) { return new transport::LocalTransport(); });
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    ConsolePrinter printer(&outStream, &errStream);
    QObject::connect(&runner, &Runner::event, &runner,
                     [&printer](const PlaybookEvent &event) { printer.print(event); });
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(runner.exitCode(), 0);
    QCOMPARE(out, expected);
}

void TestRunner::delegateToAndRunOnce()
{
    const Run r = runLocal("- hosts: all\n  gather_facts: false\n  tasks:\n"
                           "    - command: echo {{ inventory_hostname }}\n      delegate_to: localhost\n"
                           "      run_once: true\n      register: once\n"
                           "    - debug:\n        msg: \"{{ once.stdout }}\"\n",
                           {}, {}, "alpha ansible_connection=local\nbeta ansible_connection=local\n");
    QCOMPARE(r.exitCode, 0);
    QStringList delegated;
    for (const PlaybookEvent &event : r.events) {
        if (event.type == PlaybookEvent::Type::HostResult && event.module == QLatin1String("command"))
            delegated.append(event.host + QStringLiteral(" -> ") + event.delegatedTo);
    }
    QCOMPARE(delegated, (QStringList {"alpha -> localhost"}));
    QCOMPARE(debugMessages(r), (QStringList {"alpha", "alpha"}));
}

void TestRunner::anyErrorsFatalEndsThePlayForAll()
{
    const Run r = runLocal("- hosts: all\n  gather_facts: false\n  any_errors_fatal: true\n  tasks:\n"
                           "    - command: 'false'\n      when: inventory_hostname == 'beta'\n"
                           "    - debug:\n        msg: never\n",
                           {}, {}, "alpha ansible_connection=local\nbeta ansible_connection=local\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY(debugMessages(r).isEmpty());
    QCOMPARE(results(r).mid(0, 3), (QStringList {"command alpha skipped", "command beta failed", "no hosts left"}));
}

// Checked against ansible-playbook 2.14 with the same roles.
void TestRunner::aRoleRunsOnceUnlessDuplicatesAreAllowed()
{
    const Run r = runLocal(
        "- hosts: all\n  gather_facts: false\n  roles:\n    - web\n    - db\n    - web\n"
        "    - again\n    - again\n  tasks:\n    - import_role: name=again\n"
        "    - include_role: name=common\n",
        {},
        {{QStringLiteral("roles/common/tasks/main.yml"), "- debug: msg=common\n"},
         {QStringLiteral("roles/param/tasks/main.yml"), "- debug: msg=\"param {{ p }}\"\n"},
         {QStringLiteral("roles/web/tasks/main.yml"), "- debug: msg=web\n"},
         {QStringLiteral("roles/web/meta/main.yml"), "dependencies:\n  - common\n  - role: param\n    p: web\n"},
         {QStringLiteral("roles/db/tasks/main.yml"), "- debug: msg=db\n"},
         {QStringLiteral("roles/db/meta/main.yml"), "dependencies:\n  - common\n  - role: param\n    p: db\n"},
         {QStringLiteral("roles/again/tasks/main.yml"), "- debug: msg=again\n"},
         {QStringLiteral("roles/again/meta/main.yml"), "allow_duplicates: true\n"}});
    QCOMPARE(r.exitCode, 0);
    // common once for web and db, param once per parameter, web once;
    // again (allow_duplicates) every time, as do import_role and include_role.
    QCOMPARE(debugMessages(r),
             (QStringList {"common", "param web", "web", "param db", "db", "again", "again", "again", "common"}));
    const HostStats stats = r.events.last().stats.value(QStringLiteral("alpha"));
    QCOMPARE(stats.ok, 9);
    QCOMPARE(stats.skipped, 0);
}

void TestRunner::includeRoleEvaluatesItsWhenOnce()
{
    const Run r
        = runLocal("- hosts: all\n  gather_facts: false\n  tasks:\n"
                   "    - include_role:\n        name: setx\n      when: x is not defined\n"
                   "    - name: second\n      include_role:\n        name: setx\n      when: x is not defined\n",
                   {},
                   {{QStringLiteral("roles/setx/tasks/main.yml"),
                     "- set_fact:\n    x: 1\n- debug:\n    msg: \"after {{ x }}\"\n"}});
    QCOMPARE(r.exitCode, 0);
    // x is defined by the role's first task; the role's second task still
    // runs, since the include's when is not inherited by its tasks.
    QCOMPARE(debugMessages(r), QStringList {QStringLiteral("after 1")});
    // As ansible-playbook counts: the include itself nothing when it holds,
    // a skip when it does not.
    const HostStats stats = r.events.last().stats.value(QStringLiteral("alpha"));
    QCOMPARE(stats.ok, 2);
    QCOMPARE(stats.skipped, 1);
    QStringList started;
    for (const PlaybookEvent &event : r.events) {
        if (event.type == PlaybookEvent::Type::TaskStarted)
            started.append(event.task);
        QVERIFY(event.type != PlaybookEvent::Type::Included);
    }
    QCOMPARE(started, (QStringList {"include_role : setx", "setx : set_fact", "setx : debug", "second"}));
}

QTEST_GUILESS_MAIN(TestRunner)
#include "tst_runner.moc"
