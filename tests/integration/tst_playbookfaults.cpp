// A host lost in the middle of a playbook: three real sshd servers on
// loopback, one per inventory host, and the real antler binary. The sshd of
// one host (and every session it started) is killed while that host runs a
// task; the host must be reported unreachable, the other two must finish the
// play, the exit code must be 4, and the run must end well inside the SSH
// keep-alive timeout (no hang waiting for a peer that is gone).
#include "SshdFixture.h"
#include "playbook/HostStats.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using antler::playbook::HostStats;
using antler::test::SshdFixture;

namespace {

// ConnectionSettings' keep-alive: probes every 15 s, three unanswered ones
// end the connection. A run that outlasts this has hung on the lost host.
constexpr int keepAliveTimeoutMs = 15 * 3 * 1000;

const QByteArray playbook = "- name: Three hosts, one lost\n"
                            "  hosts: pis\n"
                            "  gather_facts: false\n"
                            "  tasks:\n"
                            "    - name: Begin\n"
                            "      command: touch {{ scratch }}/{{ inventory_hostname }}.begin\n"
                            "    - name: Work a while\n"
                            "      shell: touch {{ scratch }}/{{ inventory_hostname }}.working; sleep 4; "
                            "touch {{ scratch }}/{{ inventory_hostname }}.worked\n"
                            "    - name: Finish\n"
                            "      command: touch {{ scratch }}/{{ inventory_hostname }}.finished\n";

QMap<QString, HostStats> recap(const QString &output)
{
    QMap<QString, HostStats> result;
    static const QRegularExpression line(
        QStringLiteral("^(\\S+)\\s+: ok=(\\d+)\\s+changed=(\\d+)\\s+unreachable=(\\d+)\\s+failed=(\\d+)"),
        QRegularExpression::MultilineOption);
    auto it = line.globalMatch(output.mid(output.indexOf(QLatin1String("PLAY RECAP"))));
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        HostStats stats;
        stats.ok = match.captured(2).toInt();
        stats.changed = match.captured(3).toInt();
        stats.unreachable = match.captured(4).toInt();
        stats.failed = match.captured(5).toInt();
        result.insert(match.captured(1), stats);
    }
    return result;
}

} // namespace

class TestPlaybookFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sshdKilledMidPlaybookLeavesTheOthersToFinish();

private:
    QString m_skipReason;
    std::unique_ptr<SshdFixture> m_sshd[3];
};

void TestPlaybookFaults::initTestCase()
{
    m_skipReason = SshdFixture::unavailableReason();
    if (!m_skipReason.isEmpty())
        return;
    for (auto &sshd : m_sshd) {
        sshd = std::make_unique<SshdFixture>();
        QString error;
        QVERIFY2(sshd->start(&error), qPrintable(error));
    }
}

void TestPlaybookFaults::sshdKilledMidPlaybookLeavesTheOthersToFinish()
{
    if (!m_skipReason.isEmpty())
        QSKIP(qPrintable(m_skipReason));
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString home = scratch.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home + QStringLiteral("/.ssh")));
    QByteArray knownHosts;
    QByteArray inventory = "[pis]\n";
    for (int i = 0; i < 3; ++i) {
        QFile file(m_sshd[i]->knownHostsPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        knownHosts += file.readAll();
        inventory += "pi" + QByteArray::number(i + 1)
            + " ansible_host=127.0.0.1 ansible_port=" + QByteArray::number(m_sshd[i]->port())
            + " ansible_user=root ansible_ssh_private_key_file=" + m_sshd[i]->clientKeyPath().toUtf8() + "\n";
    }
    inventory += "\n[pis:vars]\nscratch=" + scratch.path().toUtf8() + "\n";
    auto write = [&](const QString &path, const QByteArray &content) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
    };
    QVERIFY(write(home + QStringLiteral("/.ssh/known_hosts"), knownHosts));
    QVERIFY(write(scratch.filePath(QStringLiteral("hosts.ini")), inventory));
    QVERIFY(write(scratch.filePath(QStringLiteral("play.yml")), playbook));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "SSH_AUTH_SOCK"})
        environment.remove(QLatin1String(variable));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    QProcess antler;
    antler.setProcessEnvironment(environment);
    antler.setWorkingDirectory(scratch.path());
    antler.start(QStringLiteral(ANTLER_EXECUTABLE),
                 {QStringLiteral("--run-playbook"), scratch.filePath(QStringLiteral("play.yml")), QStringLiteral("-i"),
                  scratch.filePath(QStringLiteral("hosts.ini"))});
    QVERIFY(antler.waitForStarted());

    // pi2 is inside "Work a while" (its shell is sleeping) when its server dies.
    const QString working = scratch.filePath(QStringLiteral("pi2.working"));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(working) || antler.state() == QProcess::NotRunning, 60000);
    QVERIFY2(QFile::exists(working), antler.readAllStandardOutput().constData());
    QElapsedTimer sinceKill;
    sinceKill.start();
    m_sshd[1]->kill();

    const bool ended = antler.waitForFinished(keepAliveTimeoutMs);
    const qint64 endedAfterMs = sinceKill.elapsed();
    if (!ended) {
        antler.kill();
        antler.waitForFinished();
    }
    const QString out = QString::fromUtf8(antler.readAllStandardOutput());
    const QString err = QString::fromUtf8(antler.readAllStandardError());
    QVERIFY2(
        ended,
        qPrintable(QStringLiteral("antler still runs %1 s after the host was lost:\n").arg(keepAliveTimeoutMs / 1000)
                   + out + err));
    QCOMPARE(antler.exitStatus(), QProcess::NormalExit);
    QVERIFY2(antler.exitCode() == 4, qPrintable(out + err));
    QVERIFY2(out.contains(QLatin1String("fatal: [pi2]: UNREACHABLE!")), qPrintable(out));

    const QMap<QString, HostStats> stats = recap(out);
    QCOMPARE(stats.size(), 3);
    QCOMPARE(stats.value(QStringLiteral("pi2")).unreachable, 1);
    QCOMPARE(stats.value(QStringLiteral("pi2")).failed, 0);
    for (const char *host : {"pi1", "pi3"}) {
        const HostStats survivor = stats.value(QLatin1String(host));
        QCOMPARE(survivor.unreachable, 0);
        QCOMPARE(survivor.failed, 0);
        QCOMPARE(survivor.ok, 3);
        QVERIFY(QFile::exists(scratch.filePath(QLatin1String(host) + QStringLiteral(".worked"))));
        QVERIFY(QFile::exists(scratch.filePath(QLatin1String(host) + QStringLiteral(".finished"))));
    }
    // The lost host's command died with its server and nothing ran after it.
    QVERIFY(!QFile::exists(scratch.filePath(QStringLiteral("pi2.worked"))));
    QVERIFY(!QFile::exists(scratch.filePath(QStringLiteral("pi2.finished"))));
    // The retry file names the lost host only.
    QFile retry(home + QStringLiteral("/.cache/antler/retry/play.retry"));
    QVERIFY(retry.open(QIODevice::ReadOnly));
    QCOMPARE(retry.readAll().trimmed(), QByteArray("pi2"));
    qInfo("pi2 lost mid-task: the run ended %lld ms after its sshd was killed, exit code 4", endedAfterMs);
}

QTEST_GUILESS_MAIN(TestPlaybookFaults)
#include "tst_playbookfaults.moc"
