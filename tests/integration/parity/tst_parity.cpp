#include "PiStandIn.h"
#include "SshdFixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using antler::test::PiStandIn;
using antler::test::SshdFixture;

// The parity suite: every playbook under cases/ is run by the real
// ansible-playbook (Debian's ansible-core, pipelining on) and by the real
// antler binary against the same real sshd, each into a scratch root of its
// own (the playbooks write only below the "root" variable). Both runs of both
// tools must end with the same exit code and the same recap counts, and the
// two roots must hold the same paths with the same types, modes, contents and
// link targets. Each playbook runs twice, so the second run proves that both
// tools agree on idempotence too; antler is given its options before the
// playbook on the first run and after it on the second, as ansible-playbook
// takes them in any order.
//
// A case can bring an ansible.cfg the three ways ansible-playbook finds one:
// ansible.cfg in the case (the working directory); a file named
// ANSIBLE_CONFIG holding the path, relative to the case, the variable is set
// to; home.ansible.cfg, installed as ~/.ansible.cfg for that case's runs. A
// config that names an inventory gets no -i: the inventory is written to
// hosts.ini one folder above the case, without ansible_user, so the config's
// remote_user picks the user: the fixture's throwaway user (antlertest) is
// there for it, and such a case writes its files with delegate_to: localhost.
class TestParity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameResultAsAnsiblePlaybook_data();
    void sameResultAsAnsiblePlaybook();
    // --syntax-check placed before the playbook, as ansible-playbook takes it.
    void syntaxCheckTakesOptionsInAnyOrder();
    // Playbooks that change the system (apt, user, group, service, cron,
    // sysctl, mount) run against two fresh Pi stand-ins, one per tool, never
    // against this machine; each case's optional prepare.sh sets the state
    // both start from, its state.sh prints what must agree, and its optional
    // capabilities file names the container capabilities it needs, one a
    // line (SYS_ADMIN to mount file systems).
    // --check --diff on a changed config file: the same unified diff as
    // ansible-playbook prints, and the file is left as it was.
    void checkDiffChangesNothing();
    void sameSystemStateAsAnsiblePlaybook_data();
    void sameSystemStateAsAnsiblePlaybook();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    struct Entry
    {
        QChar type; // d, f, l
        int mode = 0;
        QByteArray content; // file bytes or link target
        bool operator==(const Entry &) const = default;
    };

    Run run(const QString &program, const QStringList &arguments, const QString &workDir, int timeoutMs,
            const QStringList &extraEnvironment = {});
    QString writeInventory(const QString &dir, bool withUser = true);
    static QMap<QString, QString> recap(const QString &output);
    static QMap<QString, Entry> snapshot(const QString &root);

    SshdFixture m_sshd;
    QString m_skipReason;
    QString m_ansible;
    QString m_home;
    std::unique_ptr<QTemporaryDir> m_work;
};

void TestParity::initTestCase()
{
    m_ansible = QStandardPaths::findExecutable(QStringLiteral("ansible-playbook"));
    if (m_ansible.isEmpty()) {
        m_skipReason = QStringLiteral("ansible-playbook is not installed (Debian package ansible-core; "
                                      "make test installs it)");
        return;
    }
    m_skipReason = SshdFixture::unavailableReason();
    if (!m_skipReason.isEmpty())
        return;
    QString error;
    if (!m_sshd.start(&error)) {
        m_skipReason = error;
        return;
    }
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
    m_home = m_work->filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(m_home + QStringLiteral("/.ssh")));
    QVERIFY(QFile::copy(m_sshd.knownHostsPath(), m_home + QStringLiteral("/.ssh/known_hosts")));
}

void TestParity::sameResultAsAnsiblePlaybook_data()
{
    QTest::addColumn<QString>("caseDir");
    const QDir cases(QStringLiteral(ANTLER_SOURCE_DIR "/tests/integration/parity/cases"));
    const QStringList names = cases.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(names.size() >= 15, "the parity suite needs at least 15 playbooks");
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << cases.filePath(name);
}

TestParity::Run TestParity::run(const QString &program, const QStringList &arguments, const QString &workDir,
                                int timeoutMs, const QStringList &extraEnvironment)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "SSH_AUTH_SOCK"})
        environment.remove(QLatin1String(variable));
    environment.insert(QStringLiteral("HOME"), m_home);
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("ANSIBLE_NOCOLOR"), QStringLiteral("1"));
    environment.insert(QStringLiteral("ANSIBLE_PIPELINING"), QStringLiteral("1"));
    environment.insert(QStringLiteral("ANSIBLE_RETRY_FILES_ENABLED"), QStringLiteral("0"));
    environment.insert(QStringLiteral("ANSIBLE_LOCAL_TEMP"), m_home + QStringLiteral("/.ansible/tmp"));
    // ansible-playbook's own ssh multiplexing, with keep-alives so a master
    // connection that stalls on a loaded machine is given up in seconds, not
    // waited on for ever.
    environment.insert(QStringLiteral("ANSIBLE_SSH_ARGS"),
                       QStringLiteral("-C -o ControlMaster=auto -o ControlPersist=60s -o ServerAliveInterval=5 "
                                      "-o ServerAliveCountMax=3"));
    environment.insert(QStringLiteral("ANSIBLE_TIMEOUT"), QStringLiteral("30"));
    for (const QString &variable : extraEnvironment)
        environment.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(workDir);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString TestParity::writeInventory(const QString &dir, bool withUser)
{
    const QString path = dir + QStringLiteral("/hosts.ini");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    const QByteArray connection = " ansible_host=127.0.0.1 ansible_port=" + QByteArray::number(m_sshd.port())
        + (withUser ? " ansible_user=root" : "") + " ansible_ssh_private_key_file=" + m_sshd.clientKeyPath().toUtf8()
        + " ansible_python_interpreter=/usr/bin/python3"
          " ansible_ssh_common_args='-o UserKnownHostsFile="
        + m_sshd.knownHostsPath().toUtf8() + " -o StrictHostKeyChecking=yes'\n";
    // pi for most cases; five more names for the same sshd for the cases
    // that need several hosts (serial batches, strategies).
    file.write("[pis]\npi" + connection + "[fleet]\n");
    for (int i = 1; i <= 5; ++i)
        file.write("web" + QByteArray::number(i) + connection);
    return path;
}

// Host → "ok=… changed=… unreachable=… failed=… skipped=… rescued=… ignored=…".
QMap<QString, QString> TestParity::recap(const QString &output)
{
    QMap<QString, QString> result;
    static const QRegularExpression line(
        QStringLiteral("^(\\S+)\\s+: (ok=\\d+)\\s+(changed=\\d+)\\s+(unreachable=\\d+)\\s+(failed=\\d+)\\s+"
                       "(skipped=\\d+)\\s+(rescued=\\d+)\\s+(ignored=\\d+)"),
        QRegularExpression::MultilineOption);
    const int start = output.indexOf(QLatin1String("PLAY RECAP"));
    if (start < 0)
        return result;
    auto it = line.globalMatch(output.mid(start));
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        QStringList counts;
        for (int i = 2; i <= 8; ++i)
            counts.append(match.captured(i));
        result.insert(match.captured(1), counts.join(QLatin1Char(' ')));
    }
    return result;
}

// Every path below root (not following links), with the root itself written
// as <root> inside link targets so the two scratch roots compare equal.
QMap<QString, TestParity::Entry> TestParity::snapshot(const QString &root)
{
    QMap<QString, Entry> entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat info;
        if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
            continue;
        Entry entry;
        entry.mode = int(info.st_mode & 07777);
        if (S_ISLNK(info.st_mode)) {
            entry.type = QLatin1Char('l');
            entry.mode = 0;
            entry.content = QFile::symLinkTarget(path).replace(root, QStringLiteral("<root>")).toUtf8();
        } else if (S_ISDIR(info.st_mode)) {
            entry.type = QLatin1Char('d');
        } else {
            entry.type = QLatin1Char('f');
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                entry.content = file.readAll();
        }
        entries.insert(QDir(root).relativeFilePath(path), entry);
    }
    return entries;
}

void TestParity::sameResultAsAnsiblePlaybook()
{
    if (!m_skipReason.isEmpty())
        QSKIP(qPrintable(m_skipReason));
    QFETCH(QString, caseDir);

    QTemporaryDir scratch(m_work->filePath(QStringLiteral("case-XXXXXX")));
    QVERIFY(scratch.isValid());
    // A copy of the case, so nothing either tool writes lands in the source tree.
    const QString copy = scratch.filePath(QStringLiteral("playbook"));
    QVERIFY(QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-a"), caseDir, copy}) == 0);

    // The case's ansible.cfg, wherever it brings one.
    QString configFile = copy + QStringLiteral("/ansible.cfg");
    QStringList extraEnvironment;
    if (QFile pointer(copy + QStringLiteral("/ANSIBLE_CONFIG")); pointer.open(QIODevice::ReadOnly)) {
        configFile = QDir(copy).absoluteFilePath(QString::fromUtf8(pointer.readAll()).trimmed());
        extraEnvironment.append(QStringLiteral("ANSIBLE_CONFIG=") + configFile);
    }
    const QString homeConfig = m_home + QStringLiteral("/.ansible.cfg");
    QFile::remove(homeConfig);
    const auto removeHomeConfig = qScopeGuard([&homeConfig] { QFile::remove(homeConfig); });
    if (QFile::exists(copy + QStringLiteral("/home.ansible.cfg"))) {
        QVERIFY(QFile::copy(copy + QStringLiteral("/home.ansible.cfg"), homeConfig));
        if (!QFile::exists(configFile))
            configFile = homeConfig;
    }
    bool configNamesInventory = false;
    if (QFile config(configFile); config.open(QIODevice::ReadOnly)) {
        static const QRegularExpression inventoryLine(QStringLiteral("^\\s*inventory\\s*="),
                                                      QRegularExpression::MultilineOption);
        configNamesInventory = inventoryLine.match(QString::fromUtf8(config.readAll())).hasMatch();
    }
    if (configNamesInventory) {
        QString password;
        QString reason;
        QVERIFY2(m_sshd.ensureTestUser(&password, &reason), qPrintable(reason));
    }
    const QString inventory = writeInventory(scratch.path(), !configNamesInventory);
    QVERIFY(!inventory.isEmpty());
    const QStringList inventoryArguments
        = configNamesInventory ? QStringList {} : QStringList {QStringLiteral("-i"), inventory};
    const QString ansibleRoot = scratch.filePath(QStringLiteral("root-ansible"));
    const QString antlerRoot = scratch.filePath(QStringLiteral("root-antler"));
    QVERIFY(QDir().mkpath(ansibleRoot));
    QVERIFY(QDir().mkpath(antlerRoot));

    for (int pass = 1; pass <= 2; ++pass) {
        const QStringList ansibleArguments = inventoryArguments
            + QStringList {QStringLiteral("-e"), QStringLiteral("root=") + ansibleRoot, QStringLiteral("site.yml")};
        Run theirs = run(m_ansible, ansibleArguments, copy, 240000, extraEnvironment);
        if (recap(theirs.out).isEmpty()) {
            // The reference itself broke off (its ssh connection stalled):
            // the playbooks are idempotent, so running it again is safe.
            qWarning().noquote() << "ansible-playbook printed no recap; running it again:" << theirs.out << theirs.err;
            theirs = run(m_ansible, ansibleArguments, copy, 240000, extraEnvironment);
        }
        const QStringList options
            = inventoryArguments + QStringList {QStringLiteral("-e"), QStringLiteral("root=") + antlerRoot};
        const QStringList antlerArguments = pass == 1
            ? QStringList {QStringLiteral("--run-playbook")} + options + QStringList {QStringLiteral("site.yml")}
            : QStringList {QStringLiteral("--run-playbook"), QStringLiteral("site.yml")} + options;
        const Run ours = run(QStringLiteral(ANTLER_EXECUTABLE), antlerArguments, copy, 300000, extraEnvironment);
        const QString both
            = QStringLiteral("pass %1\n--- ansible-playbook (exit %2):\n%3%4\n--- antler (exit %5):\n%6%7")
                  .arg(pass)
                  .arg(theirs.exitCode)
                  .arg(theirs.out, theirs.err)
                  .arg(ours.exitCode)
                  .arg(ours.out, ours.err);
        const QMap<QString, QString> theirRecap = recap(theirs.out);
        const bool same = !theirRecap.isEmpty() && ours.exitCode == theirs.exitCode && recap(ours.out) == theirRecap;
        if (!same)
            qWarning().noquote() << both; // QtTest cuts long failure messages short
        QVERIFY2(!theirRecap.isEmpty(), "ansible-playbook printed no recap");
        QVERIFY2(ours.exitCode == theirs.exitCode, "the exit codes differ");
        QVERIFY2(recap(ours.out) == theirRecap, "the recaps differ");

        const QMap<QString, Entry> expected = snapshot(ansibleRoot);
        const QMap<QString, Entry> actual = snapshot(antlerRoot);
        QStringList differences;
        QStringList paths = expected.keys() + actual.keys();
        paths.removeDuplicates();
        paths.sort();
        for (const QString &path : paths) {
            if (!actual.contains(path)) {
                differences.append(QStringLiteral("only ansible-playbook made %1").arg(path));
            } else if (!expected.contains(path)) {
                differences.append(QStringLiteral("only antler made %1").arg(path));
            } else {
                const Entry &a = expected[path];
                const Entry &b = actual[path];
                if (a.type != b.type)
                    differences.append(QStringLiteral("%1: type %2 vs %3").arg(path, a.type, b.type));
                if (a.mode != b.mode)
                    differences.append(QStringLiteral("%1: mode %2 vs %3")
                                           .arg(path)
                                           .arg(a.mode, 4, 8, QLatin1Char('0'))
                                           .arg(b.mode, 4, 8, QLatin1Char('0')));
                if (a.content != b.content)
                    differences.append(QStringLiteral("%1: content\n<<< ansible-playbook\n%2\n>>> antler\n%3")
                                           .arg(path, QString::fromUtf8(a.content), QString::fromUtf8(b.content)));
            }
        }
        if (!differences.isEmpty())
            qWarning().noquote() << QStringLiteral("pass %1: the roots differ:\n").arg(pass)
                    + differences.join(QLatin1Char('\n')) + QLatin1Char('\n') + both;
        QVERIFY2(differences.isEmpty(), "the roots differ");
    }
}

void TestParity::syntaxCheckTakesOptionsInAnyOrder()
{
    if (!m_skipReason.isEmpty())
        QSKIP(qPrintable(m_skipReason));
    const QString caseDir = QStringLiteral(ANTLER_SOURCE_DIR "/tests/integration/parity/cases/27-ansible-cfg");
    QTemporaryDir scratch(m_work->filePath(QStringLiteral("syntax-XXXXXX")));
    QVERIFY(scratch.isValid());
    const QString copy = scratch.filePath(QStringLiteral("playbook"));
    QVERIFY(QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-a"), caseDir, copy}) == 0);
    const QString inventory = writeInventory(scratch.path());
    const QStringList options = {QStringLiteral("--syntax-check"), QStringLiteral("-i"), inventory};
    const Run theirs = run(m_ansible, options + QStringList {QStringLiteral("site.yml")}, copy, 240000);
    const Run ours
        = run(QStringLiteral(ANTLER_EXECUTABLE),
              QStringList {QStringLiteral("--run-playbook")} + options + QStringList {QStringLiteral("site.yml")}, copy,
              240000);
    const QString both = QStringLiteral("--- ansible-playbook (exit %1):\n%2%3\n--- antler (exit %4):\n%5%6")
                             .arg(theirs.exitCode)
                             .arg(theirs.out, theirs.err)
                             .arg(ours.exitCode)
                             .arg(ours.out, ours.err);
    QVERIFY2(theirs.exitCode == 0, qPrintable(both));
    QVERIFY2(ours.exitCode == theirs.exitCode, qPrintable(both));
    QVERIFY2(ours.out.trimmed() == theirs.out.trimmed(), qPrintable(both));
}

void TestParity::checkDiffChangesNothing()
{
    if (!m_skipReason.isEmpty())
        QSKIP(qPrintable(m_skipReason));
    QTemporaryDir scratch(m_work->filePath(QStringLiteral("check-XXXXXX")));
    QVERIFY(scratch.isValid());
    const QString inventory = writeInventory(scratch.path());
    const QByteArray original = "# app\nlisten = 0.0.0.0:8080\nworkers = 1\nlevel = debug\n";
    const QString config = scratch.filePath(QStringLiteral("app.conf"));
    {
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(original);
    }
    QFile playbook(scratch.filePath(QStringLiteral("site.yml")));
    QVERIFY(playbook.open(QIODevice::WriteOnly));
    playbook.write("- hosts: pi\n  gather_facts: false\n  tasks:\n"
                   "    - name: Listen on loopback\n      lineinfile:\n        path: \"{{ config }}\"\n"
                   "        regexp: '^listen ='\n        line: listen = 127.0.0.1:8080\n"
                   "    - name: Four workers\n      replace:\n        path: \"{{ config }}\"\n"
                   "        regexp: '^workers = \\d+$'\n        replace: workers = 4\n"
                   "    - name: A whole new file\n      copy:\n        dest: \"{{ config }}.new\"\n"
                   "        content: \"new\\n\"\n");
    playbook.close();
    const QStringList common = {QStringLiteral("-i"),      inventory,
                                QStringLiteral("-e"),      QStringLiteral("config=") + config,
                                QStringLiteral("--check"), QStringLiteral("--diff")};
    const Run theirs = run(m_ansible, common + QStringList {QStringLiteral("site.yml")}, scratch.path(), 300000);
    const Run ours = run(QStringLiteral(ANTLER_EXECUTABLE),
                         QStringList {QStringLiteral("--run-playbook"), QStringLiteral("site.yml")} + common,
                         scratch.path(), 300000);
    const QString both = QStringLiteral("--- ansible-playbook:\n%1%2\n--- antler:\n%3%4")
                             .arg(theirs.out, theirs.err, ours.out, ours.err);
    qInfo().noquote() << both;
    QVERIFY2(theirs.exitCode == 0 && ours.exitCode == 0, "a run failed");
    QVERIFY2(recap(ours.out) == recap(theirs.out), qPrintable(both));
    // The diff hunks are the same lines as ansible-playbook's.
    static const QRegularExpression diffLine(QStringLiteral("^([-+@][^\\n]*)$"), QRegularExpression::MultilineOption);
    const auto hunks = [](const QString &output) {
        QStringList lines;
        auto it = diffLine.globalMatch(output);
        while (it.hasNext()) {
            const QString line = it.next().captured(1);
            if (!line.startsWith(QLatin1String("---")) && !line.startsWith(QLatin1String("+++")))
                lines.append(line);
        }
        return lines;
    };
    QVERIFY2(hunks(ours.out).contains(QStringLiteral("+listen = 127.0.0.1:8080")), qPrintable(both));
    QVERIFY2(hunks(ours.out).contains(QStringLiteral("-workers = 1")), qPrintable(both));
    QVERIFY2(hunks(ours.out) == hunks(theirs.out), qPrintable(both));
    // Nothing changed on the host.
    QFile file(config);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), original);
    QVERIFY(!QFile::exists(config + QStringLiteral(".new")));
}

void TestParity::sameSystemStateAsAnsiblePlaybook_data()
{
    QTest::addColumn<QString>("caseDir");
    const QDir cases(QStringLiteral(ANTLER_SOURCE_DIR "/tests/integration/parity/system"));
    for (const QString &name : cases.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        QTest::newRow(qPrintable(name)) << cases.filePath(name);
}

void TestParity::sameSystemStateAsAnsiblePlaybook()
{
    if (m_ansible.isEmpty())
        QSKIP(qPrintable(m_skipReason));
    if (const QString reason = PiStandIn::unavailableReason(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    QFETCH(QString, caseDir);
    QFile stateFile(caseDir + QStringLiteral("/state.sh"));
    QVERIFY(stateFile.open(QIODevice::ReadOnly));
    const QString stateScript = QString::fromUtf8(stateFile.readAll());

    PiStandIn::Options options;
    if (QFile capabilities(caseDir + QStringLiteral("/capabilities")); capabilities.open(QIODevice::ReadOnly))
        options.capabilities = QString::fromUtf8(capabilities.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    PiStandIn forAnsible(options);
    PiStandIn forAntler(options);
    QString error;
    QVERIFY2(forAnsible.start(&error), qPrintable(error));
    QVERIFY2(forAntler.start(&error), qPrintable(error));
    // A case's prepare.sh states the system both tools start from (e.g. how
    // old the apt lists are), so the outcome never depends on when the
    // stand-in image was built or what an earlier run left behind.
    QFile prepareFile(caseDir + QStringLiteral("/prepare.sh"));
    if (prepareFile.open(QIODevice::ReadOnly)) {
        const QString prepare = QString::fromUtf8(prepareFile.readAll());
        for (const PiStandIn *pi : {&forAnsible, &forAntler}) {
            QByteArray output;
            QVERIFY2(pi->shell(prepare, &output) == 0,
                     qPrintable(QStringLiteral("prepare.sh failed: ") + QString::fromUtf8(output)));
        }
    }
    // Both tools read ~/.ssh/known_hosts of the home the test gives them.
    QFile known(m_home + QStringLiteral("/.ssh/known_hosts"));
    QVERIFY(known.open(QIODevice::Append));
    for (const PiStandIn *pi : {&forAnsible, &forAntler}) {
        QFile file(pi->knownHostsPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        known.write(file.readAll());
    }
    known.close();
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString copy = scratch.filePath(QStringLiteral("playbook"));
    QVERIFY(QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-a"), caseDir, copy}) == 0);
    const QString ansibleInventory = forAnsible.writeAnsibleInventory();
    const QString antlerInventory = forAntler.writeAnsibleInventory();

    for (int pass = 1; pass <= 2; ++pass) {
        const Run theirs
            = run(m_ansible, {QStringLiteral("-i"), ansibleInventory, QStringLiteral("site.yml")}, copy, 600000);
        const Run ours
            = run(QStringLiteral(ANTLER_EXECUTABLE),
                  {QStringLiteral("--run-playbook"), QStringLiteral("site.yml"), QStringLiteral("-i"), antlerInventory},
                  copy, 600000);
        const QString both
            = QStringLiteral("pass %1\n--- ansible-playbook (exit %2):\n%3%4\n--- antler (exit %5):\n%6%7")
                  .arg(pass)
                  .arg(theirs.exitCode)
                  .arg(theirs.out, theirs.err)
                  .arg(ours.exitCode)
                  .arg(ours.out, ours.err);
        if (theirs.exitCode != 0 || ours.exitCode != theirs.exitCode || recap(ours.out) != recap(theirs.out))
            qWarning().noquote() << both; // QtTest cuts long failure messages short
        QVERIFY2(theirs.exitCode == 0, "ansible-playbook failed");
        QVERIFY2(ours.exitCode == theirs.exitCode, "the exit codes differ");
        QVERIFY2(recap(ours.out) == recap(theirs.out), "the recaps differ");
        QByteArray expected;
        QByteArray actual;
        QCOMPARE(forAnsible.shell(stateScript, &expected) >= 0, true);
        QCOMPARE(forAntler.shell(stateScript, &actual) >= 0, true);
        QVERIFY2(actual == expected,
                 qPrintable(QStringLiteral("pass %1: the systems differ\n<<< ansible-playbook\n%2\n>>> antler\n%3")
                                .arg(pass)
                                .arg(QString::fromUtf8(expected), QString::fromUtf8(actual))));
    }
}

QTEST_GUILESS_MAIN(TestParity)
#include "tst_parity.moc"
