#include "FreePort.h"
#include "SshdFixture.h"
#include "inventory/IniInventoryParser.h"
#include "playbook/ConsolePrinter.h"
#include "playbook/HostStats.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using antler::inventory::IniInventoryParser;
using antler::playbook::ConsolePrinter;
using antler::playbook::HostStats;
using antler::test::SshdFixture;

// The real antler binary runs playbooks against a real sshd: two inventory
// hosts that are two names for the same sshd, a third on a closed port, and
// a local host. Each test works in a scratch folder that the playbooks write
// marker files into, so the test sees what really ran.
class TestRunPlaybook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void allTasksOkExitsZero();
    void failingTaskExitsTwo();
    void unreachableHostExitsFour();
    void localConnection();
    void extraVariablesWin();
    void brokenPlaybookTouchesNoHost();
    void unknownHostKeyIsRefusedUnlessAccepted();
    void longCommandsStreamLiveOutput();
    void jsonOutput();
    void jsonEventsOnePerLine();
    void interruptStopsTheRun();
    void becomeRunsThroughSudoWithoutShowingThePassword();
    void recapMatchesAnsiblePlaybook();
    void factsLoopsHandlersAndBlocksPrintLikeAnsiblePlaybook();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run antler(const QStringList &arguments, int timeoutMs = 60000);
    QString write(const QString &name, const QByteArray &content);
    QString inventory(bool withClosedHost = false, const QByteArray &extraVars = {});
    static QMap<QString, HostStats> recap(const QString &output);

    SshdFixture m_sshd;
    QString m_skipReason;
    std::unique_ptr<QTemporaryDir> m_scratch;
    QString m_home;
};

void TestRunPlaybook::initTestCase()
{
    m_skipReason = SshdFixture::unavailableReason();
    if (!m_skipReason.isEmpty())
        return;
    QString error;
    if (!m_sshd.start(&error))
        m_skipReason = error;
}

void TestRunPlaybook::init()
{
    if (!m_skipReason.isEmpty())
        QSKIP(qPrintable(m_skipReason));
    m_scratch = std::make_unique<QTemporaryDir>();
    QVERIFY(m_scratch->isValid());
    // antler reads ~/.ssh/known_hosts: a home of its own holding the fixture's.
    m_home = m_scratch->filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(m_home + QStringLiteral("/.ssh")));
    QVERIFY(QFile::copy(m_sshd.knownHostsPath(), m_home + QStringLiteral("/.ssh/known_hosts")));
}

void TestRunPlaybook::cleanup()
{
    m_scratch.reset();
}

TestRunPlaybook::Run TestRunPlaybook::antler(const QStringList &arguments, int timeoutMs)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "SSH_AUTH_SOCK"})
        environment.remove(QLatin1String(variable));
    environment.insert(QStringLiteral("HOME"), m_home);
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_scratch->path());
    process.start(QStringLiteral(ANTLER_EXECUTABLE), arguments);
    Run run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString TestRunPlaybook::write(const QString &name, const QByteArray &content)
{
    const QString path = m_scratch->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

QString TestRunPlaybook::inventory(bool withClosedHost, const QByteArray &extraVars)
{
    const QByteArray common = " ansible_host=127.0.0.1 ansible_port=" + QByteArray::number(m_sshd.port())
        + " ansible_user=root ansible_ssh_private_key_file=" + m_sshd.clientKeyPath().toUtf8() + extraVars;
    QByteArray text = "[pis]\npi1" + common + "\npi2" + common + "\n";
    if (withClosedHost) {
        const quint16 closed = antler::test::freeLoopbackPort();
        text += "pi3 ansible_host=127.0.0.1 ansible_port=" + QByteArray::number(closed)
            + " ansible_user=root ansible_ssh_private_key_file=" + m_sshd.clientKeyPath().toUtf8() + "\n";
    }
    text += "\n[pis:vars]\nscratch=" + m_scratch->path().toUtf8() + "\n";
    return write(QStringLiteral("hosts.ini"), text);
}

// The PLAY RECAP lines, parsed.
QMap<QString, HostStats> TestRunPlaybook::recap(const QString &output)
{
    QMap<QString, HostStats> result;
    static const QRegularExpression line(
        QStringLiteral(
            "^(\\S+)\\s+: ok=(\\d+)\\s+changed=(\\d+)\\s+unreachable=(\\d+)\\s+failed=(\\d+)\\s+skipped=(\\d+)\\s+"
            "rescued=(\\d+)\\s+ignored=(\\d+)"),
        QRegularExpression::MultilineOption);
    auto it = line.globalMatch(output.mid(output.indexOf(QLatin1String("PLAY RECAP"))));
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        HostStats stats;
        stats.ok = match.captured(2).toInt();
        stats.changed = match.captured(3).toInt();
        stats.unreachable = match.captured(4).toInt();
        stats.failed = match.captured(5).toInt();
        stats.skipped = match.captured(6).toInt();
        stats.rescued = match.captured(7).toInt();
        stats.ignored = match.captured(8).toInt();
        result.insert(match.captured(1), stats);
    }
    return result;
}

namespace {

const QByteArray okPlaybook = "- name: Everything works\n"
                              "  hosts: pis\n"
                              "  gather_facts: false\n"
                              "  vars:\n"
                              "    word: antler\n"
                              "  tasks:\n"
                              "    - name: Say a word\n"
                              "      command: echo {{ word }}\n"
                              "      register: said\n"
                              "    - name: Leave a marker per host\n"
                              "      shell: echo {{ said.stdout }} > {{ scratch }}/{{ inventory_hostname }}.marker\n"
                              "    - name: Raw uptime\n"
                              "      raw: uptime\n"
                              "      changed_when: false\n"
                              "    - ping:\n"
                              "    - name: Show\n"
                              "      debug:\n"
                              "        msg: \"{{ inventory_hostname }} said {{ said.stdout }} rc={{ said.rc }}\"\n";

} // namespace

void TestRunPlaybook::allTasksOkExitsZero()
{
    const QString playbook = write(QStringLiteral("ok.yml"), okPlaybook);
    const Run run = antler({QStringLiteral("--run-playbook"), playbook, QStringLiteral("-i"), inventory()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QLatin1String("\nPLAY [Everything works] ****")), qPrintable(run.out));
    QVERIFY(run.out.contains(QLatin1String("\nTASK [Say a word] ****")));
    QVERIFY(run.out.contains(QLatin1String("\nchanged: [pi1]\n")));
    QVERIFY(run.out.contains(QLatin1String("\nchanged: [pi2]\n")));
    QVERIFY(run.out.contains(QLatin1String("\nTASK [ping] ****")));
    QVERIFY(run.out.contains(QLatin1String("ok: [pi1] => {\n    \"msg\": \"pi1 said antler rc=0\"\n}\n")));
    QVERIFY(run.out.contains(QLatin1String("ok: [pi2] => {\n    \"msg\": \"pi2 said antler rc=0\"\n}\n")));
    HostStats expected;
    expected.ok = 5;
    expected.changed = 2;
    QVERIFY(run.out.contains(ConsolePrinter::recapLine(QStringLiteral("pi1"), expected) + QLatin1Char('\n')));
    QVERIFY(run.out.contains(ConsolePrinter::recapLine(QStringLiteral("pi2"), expected) + QLatin1Char('\n')));
    for (const char *host : {"pi1", "pi2"}) {
        QFile marker(m_scratch->filePath(QStringLiteral("%1.marker").arg(QLatin1String(host))));
        QVERIFY2(marker.open(QIODevice::ReadOnly), host);
        QCOMPARE(marker.readAll(), QByteArray("antler\n"));
    }
}

void TestRunPlaybook::failingTaskExitsTwo()
{
    const QString playbook
        = write(QStringLiteral("fail.yml"),
                "- hosts: pis\n  gather_facts: false\n  tasks:\n"
                "    - name: Ignored failure\n      shell: exit 3\n      ignore_errors: true\n"
                "    - name: Fails on pi2 only\n"
                "      command: test {{ inventory_hostname }} = pi1\n"
                "    - name: After\n      command: touch {{ scratch }}/{{ inventory_hostname }}.after\n");
    const Run run = antler({QStringLiteral("--run-playbook"), playbook, QStringLiteral("-i"), inventory()});
    QVERIFY2(run.exitCode == 2, qPrintable(run.out + run.err));
    QVERIFY(run.out.contains(QLatin1String("\n...ignoring\n")));
    QVERIFY2(
        run.out.contains(QRegularExpression(QStringLiteral(
            "\nfatal: \\[pi2\\]: FAILED! => \\{\"changed\": true, \"cmd\": \\[\"test\", \"pi2\", \"=\", \"pi1\"\\], "
            ".*\"msg\": \"non-zero return code\", \"rc\": 1, .*\\}\n"))),
        qPrintable(run.out));
    const QMap<QString, HostStats> stats = recap(run.out);
    QCOMPARE(stats.value(QStringLiteral("pi1")).ok, 3);
    QCOMPARE(stats.value(QStringLiteral("pi1")).ignored, 1);
    QCOMPARE(stats.value(QStringLiteral("pi1")).failed, 0);
    QCOMPARE(stats.value(QStringLiteral("pi2")).ok, 1);
    QCOMPARE(stats.value(QStringLiteral("pi2")).failed, 1);
    QCOMPARE(stats.value(QStringLiteral("pi2")).ignored, 1);
    // A failed host sits out the rest of the play.
    QVERIFY(QFile::exists(m_scratch->filePath(QStringLiteral("pi1.after"))));
    QVERIFY(!QFile::exists(m_scratch->filePath(QStringLiteral("pi2.after"))));
}

void TestRunPlaybook::unreachableHostExitsFour()
{
    const QString playbook = write(QStringLiteral("ok.yml"), okPlaybook);
    const Run run = antler({QStringLiteral("--run-playbook"), playbook, QStringLiteral("-i"), inventory(true)});
    QVERIFY2(run.exitCode == 4, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QLatin1String("\nfatal: [pi3]: UNREACHABLE! => {\"changed\": false, \"msg\": ")),
             qPrintable(run.out));
    const QMap<QString, HostStats> stats = recap(run.out);
    QCOMPARE(stats.size(), 3);
    QCOMPARE(stats.value(QStringLiteral("pi3")).unreachable, 1);
    QCOMPARE(stats.value(QStringLiteral("pi3")).ok, 0);
    QCOMPARE(stats.value(QStringLiteral("pi1")).ok, 5);
    QVERIFY(!QFile::exists(m_scratch->filePath(QStringLiteral("pi3.marker"))));
    QVERIFY(QFile::exists(m_scratch->filePath(QStringLiteral("pi2.marker"))));
}

void TestRunPlaybook::localConnection()
{
    const QString hosts = write(QStringLiteral("local.ini"),
                                "here ansible_connection=local scratch=" + m_scratch->path().toUtf8() + "\n");
    const QString playbook = write(QStringLiteral("local.yml"),
                                   "- hosts: here\n  gather_facts: false\n  tasks:\n"
                                   "    - command: touch {{ scratch }}/local.marker\n"
                                   "      args:\n        creates: '{{ scratch }}/local.marker'\n"
                                   "    - command: touch {{ scratch }}/local.marker\n"
                                   "      args:\n        creates: '{{ scratch }}/local.marker'\n");
    const Run run = antler({QStringLiteral("--run-playbook"), playbook, QStringLiteral("-i"), hosts});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY(QFile::exists(m_scratch->filePath(QStringLiteral("local.marker"))));
    HostStats expected;
    expected.ok = 2;
    expected.changed = 1;
    QVERIFY2(run.out.contains(ConsolePrinter::recapLine(QStringLiteral("here"), expected)), qPrintable(run.out));
}

void TestRunPlaybook::extraVariablesWin()
{
    const QString hosts = write(QStringLiteral("local.ini"), "here ansible_connection=local word=inventory\n");
    const QString vars = write(QStringLiteral("vars.yml"), "other: from-file\nlist: [1, 2]\n");
    const QString playbook = write(QStringLiteral("vars.yml.play"),
                                   "- hosts: here\n  gather_facts: false\n  vars:\n    word: play\n  tasks:\n"
                                   "    - debug:\n        msg: '{{ word }} {{ other }} {{ list[1] }} {{ n }}'\n");
    const Run run
        = antler({QStringLiteral("--run-playbook"), playbook, QStringLiteral("-i"), hosts, QStringLiteral("-e"),
                  QStringLiteral("word='extra var' n=7"), QStringLiteral("-e"), QLatin1Char('@') + vars});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QLatin1String("\"msg\": \"extra var from-file 2 7\"")), qPrintable(run.out));

    const Run bad = antler({QStringLiteral("--run-playbook"), playbook, QStringLiteral("-i"), hosts,
                            QStringLiteral("-e"), QStringLiteral("novalue")});
    QCOMPARE(bad.exitCode, 5);
    QVERIFY2(bad.err.startsWith(QStringLiteral("antler: the extra variable “novalue” is not NAME=VALUE; ")),
             qPrintable(bad.err));
}

void TestRunPlaybook::brokenPlaybookTouchesNoHost()
{
    const QString playbook
        = write(QStringLiteral("broken.yml"),
                "- hosts: pis\n  gather_facts: false\n  tasks:\n"
                "    - name: Would leave a marker\n      command: touch {{ scratch }}/broken.marker\n"
                "    - name: Typo\n      comand: uptime\n");
    const Run run = antler({QStringLiteral("--run-playbook"), playbook, QStringLiteral("-i"), inventory()});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith(
                 QStringLiteral("antler: %1:7:7: “comand” is neither a task keyword nor a module; ").arg(playbook)),
             qPrintable(run.err));
    QVERIFY(run.err.contains(QLatin1String("\n          comand: uptime\n          ^\n")));
    QVERIFY(!QFile::exists(m_scratch->filePath(QStringLiteral("broken.marker"))));

    const Run check = antler({QStringLiteral("--run-playbook"), playbook, QStringLiteral("--syntax-check")});
    QCOMPARE(check.exitCode, 3);
    QCOMPARE(check.err, run.err);
    const QString good = write(QStringLiteral("good.yml"), okPlaybook);
    const Run fine = antler(
        {QStringLiteral("--run-playbook"), good, QStringLiteral("--syntax-check"), QStringLiteral("-i"), inventory()});
    QCOMPARE(fine.exitCode, 0);
    QCOMPARE(fine.out, QStringLiteral("\nplaybook: %1\n").arg(good));
    QVERIFY(!QFile::exists(m_scratch->filePath(QStringLiteral("pi1.marker"))));
}

void TestRunPlaybook::unknownHostKeyIsRefusedUnlessAccepted()
{
    const QString knownHosts = m_home + QStringLiteral("/.ssh/known_hosts");
    QVERIFY(QFile::remove(knownHosts));
    const QString playbook = write(QStringLiteral("touch.yml"),
                                   "- hosts: pi1\n  gather_facts: false\n  tasks:\n"
                                   "    - command: touch {{ scratch }}/trusted.marker\n");
    const QString hosts = inventory();
    const Run refused = antler({QStringLiteral("--run-playbook"), playbook, QStringLiteral("-i"), hosts});
    QVERIFY2(refused.exitCode == 4, qPrintable(refused.out + refused.err));
    QVERIFY2(refused.out.contains(QLatin1String("fatal: [pi1]: UNREACHABLE!")), qPrintable(refused.out));
    QVERIFY2(refused.out.contains(m_sshd.hostKeyFingerprint()), qPrintable(refused.out));
    QVERIFY(!QFile::exists(m_scratch->filePath(QStringLiteral("trusted.marker"))));

    const Run accepted = antler({QStringLiteral("--run-playbook"), playbook, QStringLiteral("-i"), hosts,
                                 QStringLiteral("--accept-new-host-keys")});
    QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.out + accepted.err));
    QVERIFY(QFile::exists(m_scratch->filePath(QStringLiteral("trusted.marker"))));
    QFile file(knownHosts);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(QByteArray("[127.0.0.1]:") + QByteArray::number(m_sshd.port())));
}

void TestRunPlaybook::longCommandsStreamLiveOutput()
{
    const QString playbook = write(QStringLiteral("slow.yml"),
                                   "- hosts: pi1\n  gather_facts: false\n  tasks:\n"
                                   "    - name: Slow\n"
                                   "      shell: for i in 1 2 3; do echo step $i; sleep 0.6; done\n"
                                   "    - name: Quick\n      command: echo quick\n");
    const Run run = antler({QStringLiteral("--run-playbook"), playbook, QStringLiteral("-i"), inventory()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const qsizetype step1 = run.out.indexOf(QLatin1String("\npi1 | step 1\n"));
    const qsizetype step3 = run.out.indexOf(QLatin1String("\npi1 | step 3\n"));
    const qsizetype changed = run.out.indexOf(QLatin1String("\nchanged: [pi1]"));
    QVERIFY2(step1 > 0 && step3 > step1 && changed > step3, qPrintable(run.out));
    // Quick commands stay quiet, as in ansible-playbook.
    QVERIFY(!run.out.contains(QLatin1String("pi1 | quick")));
}

void TestRunPlaybook::jsonOutput()
{
    const QString playbook = write(QStringLiteral("ok.yml"), okPlaybook);
    const Run run = antler({QStringLiteral("--run-playbook"), playbook, QStringLiteral("-i"), inventory(),
                            QStringLiteral("--json-document")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QJsonParseError error;
    const QVariantMap document = QJsonDocument::fromJson(run.out.toUtf8(), &error).toVariant().toMap();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QVariantMap stats = document.value(QStringLiteral("stats")).toMap();
    QCOMPARE(stats.value(QStringLiteral("pi1")).toMap().value(QStringLiteral("ok")).toInt(), 5);
    const QVariantList tasks
        = document.value(QStringLiteral("plays")).toList().value(0).toMap().value(QStringLiteral("tasks")).toList();
    QCOMPARE(tasks.size(), 5);
    QCOMPARE(tasks.first()
                 .toMap()
                 .value(QStringLiteral("hosts"))
                 .toMap()
                 .value(QStringLiteral("pi2"))
                 .toMap()
                 .value(QStringLiteral("stdout"))
                 .toString(),
             QStringLiteral("antler"));
}

// --json: every line of stdout is one JSON event, in the order things happened.
void TestRunPlaybook::jsonEventsOnePerLine()
{
    const QString playbook = write(QStringLiteral("ok.yml"), okPlaybook);
    const Run run = antler(
        {QStringLiteral("--run-playbook"), playbook, QStringLiteral("-i"), inventory(), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QStringList names;
    QVariantMap recap;
    QStringList stdoutOfFirstTask;
    for (const QString &line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QJsonParseError error;
        const QVariantMap event = QJsonDocument::fromJson(line.toUtf8(), &error).toVariant().toMap();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(line));
        QVERIFY2(event.contains(QStringLiteral("time")), qPrintable(line));
        const QString name = event.value(QStringLiteral("event")).toString();
        names.append(name);
        if (name == QLatin1String("recap"))
            recap = event;
        if (name == QLatin1String("host_result") && names.count(QStringLiteral("task_start")) == 1)
            stdoutOfFirstTask.append(
                event.value(QStringLiteral("result")).toMap().value(QStringLiteral("stdout")).toString());
    }
    QCOMPARE(names.first(), QStringLiteral("playbook_start"));
    QCOMPARE(names.value(1), QStringLiteral("play_start"));
    QCOMPARE(names.last(), QStringLiteral("recap"));
    QCOMPARE(names.count(QStringLiteral("task_start")), 5);
    QCOMPARE(names.count(QStringLiteral("host_result")), 10); // 5 tasks on 2 hosts
    QCOMPARE(stdoutOfFirstTask, QStringList({QStringLiteral("antler"), QStringLiteral("antler")}));
    QCOMPARE(recap.value(QStringLiteral("exit_code")).toInt(), 0);
    QCOMPARE(recap.value(QStringLiteral("stats"))
                 .toMap()
                 .value(QStringLiteral("pi1"))
                 .toMap()
                 .value(QStringLiteral("ok"))
                 .toInt(),
             5);
}

void TestRunPlaybook::interruptStopsTheRun()
{
    const QString playbook
        = write(QStringLiteral("long.yml"),
                "- hosts: pis\n  gather_facts: false\n  tasks:\n"
                "    - name: Long\n      shell: echo started; sleep 20; touch {{ scratch }}/late.marker\n"
                "    - name: Never\n      command: touch {{ scratch }}/never.marker\n");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_home);
    environment.remove(QStringLiteral("SSH_AUTH_SOCK"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ANTLER_EXECUTABLE),
                  {QStringLiteral("--run-playbook"), playbook, QStringLiteral("-i"), inventory()});
    QString out;
    // The live output shows the command has started on the host.
    QTRY_VERIFY_WITH_TIMEOUT(
        (out += QString::fromUtf8(process.readAllStandardOutput()), out.contains(QLatin1String("pi1 | started"))),
        15000);
    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(10000));
    out += QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(process.exitCode(), 99);
    QVERIFY2(out.contains(QLatin1String("PLAY RECAP")), qPrintable(out));
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QLatin1String("interrupted")));
    QTest::qWait(500);
    QVERIFY(!QFile::exists(m_scratch->filePath(QStringLiteral("never.marker"))));
}

void TestRunPlaybook::becomeRunsThroughSudoWithoutShowingThePassword()
{
    QString password;
    QString reason;
    if (!SshdFixture::ensureTestUser(&password, &reason))
        QSKIP(qPrintable(reason));
    const QByteArray user = SshdFixture::testUser().toUtf8();
    const QString hosts
        = write(QStringLiteral("become.ini"),
                "pi1 ansible_host=127.0.0.1 ansible_port=" + QByteArray::number(m_sshd.port()) + " ansible_user=" + user
                    + " ansible_password=" + IniInventoryParser::quoteHostValue(password).toUtf8()
                    + " ansible_become_password=" + IniInventoryParser::quoteHostValue(password).toUtf8() + "\n");
    const QString playbook = write(QStringLiteral("become.yml"),
                                   "- hosts: pi1\n  gather_facts: false\n  tasks:\n"
                                   "    - command: id -un\n      register: plain\n"
                                   "    - command: id -un\n      become: true\n      register: root\n"
                                   "    - debug:\n        msg: '{{ plain.stdout }} then {{ root.stdout }}'\n");
    const Run run
        = antler({QStringLiteral("--run-playbook"), playbook, QStringLiteral("-i"), hosts, QStringLiteral("-vvv")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("\"msg\": \"%1 then root\"").arg(QLatin1String(user))),
             qPrintable(run.out));
    QVERIFY(!run.out.contains(password));
    QVERIFY(!run.err.contains(password));
}

void TestRunPlaybook::recapMatchesAnsiblePlaybook()
{
    const QString ansible = QStandardPaths::findExecutable(QStringLiteral("ansible-playbook"));
    if (ansible.isEmpty())
        QSKIP("ansible-playbook is not installed (package ansible-core)");
    const QString playbook = write(QStringLiteral("parity.yml"),
                                   "- hosts: pis\n  gather_facts: false\n  tasks:\n"
                                   "    - command: echo one\n      register: one\n"
                                   "    - shell: test {{ one.stdout }} = one && echo fine\n"
                                   "      changed_when: false\n"
                                   "    - shell: exit 1\n      ignore_errors: true\n"
                                   "    - raw: echo raw\n"
                                   "    - ping:\n"
                                   "    - debug:\n        msg: '{{ one.stdout_lines }}'\n"
                                   "    - command: test {{ inventory_hostname }} = pi1\n"
                                   "    - command: echo after\n");
    // ansible-playbook's ssh reads the fixture's known_hosts through its options.
    const QString hosts = inventory(false,
                                    " ansible_python_interpreter=/usr/bin/python3"
                                    " ansible_ssh_common_args='-o UserKnownHostsFile="
                                        + m_sshd.knownHostsPath().toUtf8() + " -o StrictHostKeyChecking=yes'");
    const Run ours = antler({QStringLiteral("--run-playbook"), playbook, QStringLiteral("-i"), hosts});

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_home);
    environment.insert(QStringLiteral("ANSIBLE_NOCOLOR"), QStringLiteral("1"));
    environment.insert(QStringLiteral("ANSIBLE_RETRY_FILES_ENABLED"), QStringLiteral("0"));
    environment.remove(QStringLiteral("SSH_AUTH_SOCK"));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_scratch->path());
    process.start(ansible, {QStringLiteral("-i"), hosts, playbook});
    QVERIFY(process.waitForFinished(180000));
    const QString theirs = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(!recap(theirs).isEmpty(), qPrintable(theirs + QString::fromUtf8(process.readAllStandardError())));

    QCOMPARE(ours.exitCode, process.exitCode());
    QCOMPARE(ours.exitCode, 2);
    const QMap<QString, HostStats> ourRecap = recap(ours.out);
    const QMap<QString, HostStats> theirRecap = recap(theirs);
    QCOMPARE(ourRecap.keys(), theirRecap.keys());
    for (auto it = theirRecap.cbegin(); it != theirRecap.cend(); ++it) {
        QVERIFY2(ourRecap.value(it.key()) == it.value(),
                 qPrintable(QStringLiteral("antler:\n%1\nansible-playbook:\n%2").arg(ours.out, theirs)));
    }
}

// Facts gathered over SSH, a loop with when, a handler and a rescued block:
// the same lines as ansible-playbook prints (sorted, since hosts finish in
// any order) and the same recap.
void TestRunPlaybook::factsLoopsHandlersAndBlocksPrintLikeAnsiblePlaybook()
{
    const QString ansible = QStandardPaths::findExecutable(QStringLiteral("ansible-playbook"));
    if (ansible.isEmpty())
        QSKIP("ansible-playbook is not installed (package ansible-core)");
    const QString playbook
        = write(QStringLiteral("engine.yml"),
                "- hosts: pis\n  tasks:\n"
                "    - name: facts are there\n      debug:\n"
                "        msg: \"{{ ansible_distribution }} {{ ansible_facts.os_family }} "
                "{{ ansible_hostname == ansible_facts.hostname }} {{ ansible_user_id }}\"\n"
                "    - name: per item\n      command: echo {{ item }}\n      loop: [a, b]\n"
                "      when: inventory_hostname == 'pi1' or item == 'b'\n      notify: done\n"
                "      changed_when: item == 'b'\n"
                "    - block:\n        - fail:\n            msg: nope\n"
                "          when: inventory_hostname == 'pi2'\n"
                "      rescue:\n        - debug:\n            msg: \"rescued {{ ansible_failed_result.msg }}\"\n"
                "      always:\n        - debug:\n            msg: always\n"
                "  handlers:\n    - name: done\n      debug:\n        msg: handler ran\n");
    const QString hosts = inventory(false,
                                    " ansible_python_interpreter=/usr/bin/python3"
                                    " ansible_ssh_common_args='-o UserKnownHostsFile="
                                        + m_sshd.knownHostsPath().toUtf8() + " -o StrictHostKeyChecking=yes'");
    const Run ours = antler({QStringLiteral("--run-playbook"), playbook, QStringLiteral("-i"), hosts});

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_home);
    environment.insert(QStringLiteral("ANSIBLE_NOCOLOR"), QStringLiteral("1"));
    environment.insert(QStringLiteral("ANSIBLE_RETRY_FILES_ENABLED"), QStringLiteral("0"));
    environment.remove(QStringLiteral("SSH_AUTH_SOCK"));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_scratch->path());
    process.start(ansible, {QStringLiteral("-i"), hosts, playbook});
    QVERIFY(process.waitForFinished(180000));
    const QString theirs = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(!recap(theirs).isEmpty(), qPrintable(theirs + QString::fromUtf8(process.readAllStandardError())));
    QCOMPARE(ours.exitCode, process.exitCode());
    QCOMPARE(ours.exitCode, 0);
    auto sortedLines = [](const QString &text) {
        QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines.sort();
        return lines;
    };
    QVERIFY2(sortedLines(ours.out) == sortedLines(theirs),
             qPrintable(QStringLiteral("antler:\n%1\nansible-playbook:\n%2").arg(ours.out, theirs)));
}

QTEST_GUILESS_MAIN(TestRunPlaybook)
#include "tst_runplaybook.moc"
