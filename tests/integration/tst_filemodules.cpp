#include "FreePort.h"
#include "NginxProcess.h"
#include "SshdFixture.h"
#include "playbook/TaskResult.h"
#include "playbook/modules/Module.h"
#include "playbook/modules/ModuleRegistry.h"
#include "transport/LocalTransport.h"
#include "transport/SshTransport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace antler::playbook;
using namespace antler::transport;
using antler::test::SshdFixture;

namespace {

constexpr int hangLimitMs = 60000;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

int modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

} // namespace

// Each file module run for real over SSH (a throwaway user, become through
// sudo with its password) against a scratch folder: the first run changes,
// the second does not, --check changes nothing, --diff shows the content.
// Where practical the resulting bytes and modes are compared with what
// ansible 2.14 (`ansible -m MODULE -c local`) makes of the same input.
class TestFileModules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void copyContent();
    void copySrcIntoFolder();
    void copySymbolicModeOwnerAndBackup();
    void copyTree();
    void copyCheckAndDiff();
    void copyMissingSrcIsASentence();
    void fileStates();
    void fileLinkAndHard();
    void fileCheckMode();
    void fileRecurse();
    void statResult();
    void lineinfileMatchesAnsible_data();
    void lineinfileMatchesAnsible();
    void lineinfileCreateCheckAndDiff();
    void blockinfileMatchesAnsible_data();
    void blockinfileMatchesAnsible();
    void replaceMatchesAnsible_data();
    void replaceMatchesAnsible();
    void editorsFailLikeAnsible();
    void withoutBecomePermissionIsASentence();
    void templateMatchesAnsible();
    void templateCheckAndDiff();
    void slurpReadsBytes();
    void fetchLayoutAndIdempotence();
    void scriptRunsWithCreates();
    void unarchiveTarballs();
    void getUrlDownloadsOnTheHost();
    void uriRequestsFromTheHost();

private:
    TaskResult run(const QString &module, const QVariantMap &args, bool check = false, bool diff = false,
                   bool become = true);
    // Runs ansible's own module on a copy of input; returns the file's bytes after.
    QByteArray ansibleResult(const QString &module, const QByteArray &input, QVariantMap args, QVariantMap *result);
    QString scratch(const QString &name) const { return m_scratch.filePath(name); }

    std::unique_ptr<SshdFixture> m_sshd;
    std::unique_ptr<SshTransport> m_transport;
    QTemporaryDir m_root;
    QDir m_scratch;
    QString m_filesDir;
    bool m_haveAnsible = false;
    int m_case = 0;
};

void TestFileModules::initTestCase()
{
    const QString reason = SshdFixture::unavailableReason();
    if (!reason.isEmpty())
        QSKIP(qPrintable(reason));
    QString password;
    QString why;
    if (!SshdFixture::ensureTestUser(&password, &why))
        QSKIP(qPrintable(why));
    m_sshd = std::make_unique<SshdFixture>();
    QString error;
    QVERIFY2(m_sshd->start(&error), qPrintable(error));
    ConnectionSettings settings = m_sshd->settings(SshdFixture::testUser());
    settings.becomePassword = password;
    m_transport = std::make_unique<SshTransport>(settings);
    m_transport->open();
    QVERIFY(QTest::qWaitFor([this] { return m_transport->state() != Transport::State::Connecting; }, hangLimitMs));
    QVERIFY2(m_transport->state() == Transport::State::Ready, qPrintable(m_transport->lastError()));
    QVERIFY(m_root.isValid());
    ::chmod(QFile::encodeName(m_root.path()).constData(), 0755);
    m_filesDir = m_root.filePath(QStringLiteral("playbook"));
    QVERIFY(QDir().mkpath(m_filesDir + QStringLiteral("/files/tree/sub")));
    writeFile(m_filesDir + QStringLiteral("/files/motd"), "Welcome to the herd\n");
    writeFile(m_filesDir + QStringLiteral("/files/tree/a.conf"), "a=1\n");
    writeFile(m_filesDir + QStringLiteral("/files/tree/sub/b.conf"), "b=2\n");
    m_haveAnsible = !QStandardPaths::findExecutable(QStringLiteral("ansible")).isEmpty();
}

void TestFileModules::cleanupTestCase()
{
    m_transport.reset();
    m_sshd.reset();
}

void TestFileModules::init()
{
    // A fresh scratch folder per test, owned by root (so become matters).
    m_scratch = QDir(m_root.filePath(QStringLiteral("case%1").arg(++m_case)));
    QVERIFY(QDir().mkpath(m_scratch.path()));
    ::chmod(QFile::encodeName(m_scratch.path()).constData(), 0755);
}

TaskResult TestFileModules::run(const QString &module, const QVariantMap &args, bool check, bool diff, bool become)
{
    ModuleContext context;
    context.host = QStringLiteral("sshd-fixture");
    context.transport = m_transport.get();
    context.become = become;
    context.checkMode = check;
    context.diffMode = diff;
    context.searchPaths = QStringList {m_filesDir};
    std::unique_ptr<Module> instance(ModuleRegistry::instance().create(module, context));
    if (!instance) {
        TaskResult missing = TaskResult::failed(QStringLiteral("TEST: no module %1").arg(module));
        return missing;
    }
    TaskResult result;
    bool done = false;
    QObject::connect(instance.get(), &Module::finished, instance.get(), [&](const TaskResult &r) {
        result = r;
        done = true;
    });
    instance->start(args);
    if (!QTest::qWaitFor([&] { return done; }, hangLimitMs))
        return TaskResult::failed(QStringLiteral("TEST: %1 did not finish").arg(module));
    return result;
}

QByteArray TestFileModules::ansibleResult(const QString &module, const QByteArray &input, QVariantMap args,
                                          QVariantMap *result)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("target"));
    if (!input.isNull())
        writeFile(path, input);
    args.insert(QStringLiteral("path"), path);
    QProcess ansible;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ANSIBLE_LOAD_CALLBACK_PLUGINS"), QStringLiteral("1"));
    env.insert(QStringLiteral("ANSIBLE_STDOUT_CALLBACK"), QStringLiteral("json"));
    env.insert(QStringLiteral("ANSIBLE_NOCOLOR"), QStringLiteral("1"));
    env.insert(QStringLiteral("ANSIBLE_LOCALHOST_WARNING"), QStringLiteral("0"));
    ansible.setProcessEnvironment(env);
    ansible.start(QStringLiteral("ansible"),
                  {QStringLiteral("localhost"), QStringLiteral("-i"), QStringLiteral("localhost,"),
                   QStringLiteral("-c"), QStringLiteral("local"), QStringLiteral("-m"), module, QStringLiteral("-a"),
                   QString::fromUtf8(QJsonDocument::fromVariant(args).toJson(QJsonDocument::Compact))});
    ansible.waitForFinished(120000);
    const QJsonDocument doc = QJsonDocument::fromJson(ansible.readAllStandardOutput());
    if (result) {
        const QVariantMap play = doc.toVariant().toMap().value(QStringLiteral("plays")).toList().value(0).toMap();
        const QVariantMap task = play.value(QStringLiteral("tasks")).toList().value(0).toMap();
        *result = task.value(QStringLiteral("hosts")).toMap().value(QStringLiteral("localhost")).toMap();
    }
    return readFile(path);
}

void TestFileModules::copyContent()
{
    const QString dest = scratch(QStringLiteral("motd"));
    TaskResult r = run(QStringLiteral("copy"), {{"content", "hello\n"}, {"dest", dest}, {"mode", "0640"}});
    QCOMPARE(r.status, TaskResult::Status::Changed);
    QCOMPARE(readFile(dest), QByteArray("hello\n"));
    QCOMPARE(modeOf(dest), 0640);
    QCOMPARE(r.data.value("checksum").toString(), QStringLiteral("f572d396fae9206628714fb2ce00f72e94f2258f"));
    QCOMPARE(r.data.value("md5sum").toString(), QStringLiteral("b1946ac92492d2347c6235b4d2611184"));
    QCOMPARE(r.data.value("mode").toString(), QStringLiteral("0640"));
    QCOMPARE(r.data.value("owner").toString(), QStringLiteral("root"));
    QCOMPARE(r.data.value("state").toString(), QStringLiteral("file"));
    QCOMPARE(r.data.value("size").toInt(), 6);
    QCOMPARE(r.data.value("dest").toString(), dest);

    r = run(QStringLiteral("copy"), {{"content", "hello\n"}, {"dest", dest}, {"mode", "0640"}});
    QCOMPARE(r.status, TaskResult::Status::Ok);
    QCOMPARE(r.data.value("changed").toBool(), false);
    QCOMPARE(r.data.value("path").toString(), dest);
    QCOMPARE(r.data.value("mode").toString(), QStringLiteral("0640"));

    // Only the mode differs: changed, content untouched.
    r = run(QStringLiteral("copy"), {{"content", "hello\n"}, {"dest", dest}, {"mode", "0600"}});
    QCOMPARE(r.status, TaskResult::Status::Changed);
    QCOMPARE(modeOf(dest), 0600);

    // force=no leaves an existing file alone.
    r = run(QStringLiteral("copy"), {{"content", "other\n"}, {"dest", dest}, {"force", false}});
    QCOMPARE(r.status, TaskResult::Status::Ok);
    QCOMPARE(readFile(dest), QByteArray("hello\n"));
}

void TestFileModules::copySrcIntoFolder()
{
    const QString dir = scratch(QStringLiteral("etc")) + u'/';
    TaskResult r = run(QStringLiteral("copy"), {{"src", "motd"}, {"dest", dir}});
    QCOMPARE(r.status, TaskResult::Status::Changed);
    QCOMPARE(readFile(dir + QStringLiteral("motd")), QByteArray("Welcome to the herd\n"));
    QCOMPARE(r.data.value("dest").toString(), dir + QStringLiteral("motd"));
    QCOMPARE(r.data.value("src").toString(), QDir::cleanPath(m_filesDir + QStringLiteral("/files/motd")));
    // dest is an existing folder without the slash: the file goes inside too.
    r = run(QStringLiteral("copy"), {{"src", "motd"}, {"dest", scratch(QStringLiteral("etc"))}});
    QCOMPARE(r.status, TaskResult::Status::Ok);
    QCOMPARE(r.data.value("dest").toString(), dir + QStringLiteral("motd"));
}

void TestFileModules::copySymbolicModeOwnerAndBackup()
{
    const QString dest = scratch(QStringLiteral("conf"));
    writeFile(dest, "old\n");
    ::chmod(QFile::encodeName(dest).constData(), 0600);
    TaskResult r = run(QStringLiteral("copy"),
                       {{"content", "new\n"},
                        {"dest", dest},
                        {"mode", "u=rw,g=r,o=r"},
                        {"owner", SshdFixture::testUser()},
                        {"group", "root"},
                        {"backup", true}});
    QCOMPARE(r.status, TaskResult::Status::Changed);
    QCOMPARE(modeOf(dest), 0644);
    QCOMPARE(QFileInfo(dest).owner(), SshdFixture::testUser());
    QCOMPARE(r.data.value("owner").toString(), SshdFixture::testUser());
    const QString backup = r.data.value("backup_file").toString();
    QVERIFY2(backup.startsWith(dest + u'.'), qPrintable(backup));
    QVERIFY(backup.endsWith(u'~'));
    QCOMPARE(readFile(backup), QByteArray("old\n"));
    QCOMPARE(modeOf(backup), 0600);
    r = run(QStringLiteral("copy"),
            {{"content", "new\n"},
             {"dest", dest},
             {"mode", "u=rw,g=r,o=r"},
             {"owner", SshdFixture::testUser()},
             {"group", "root"},
             {"backup", true}});
    QCOMPARE(r.status, TaskResult::Status::Ok);
    QVERIFY(!r.data.contains("backup_file"));
}

void TestFileModules::copyTree()
{
    const QString dest = scratch(QStringLiteral("conf.d"));
    TaskResult r = run(QStringLiteral("copy"), {{"src", "tree/"}, {"dest", dest}});
    QCOMPARE(r.status, TaskResult::Status::Changed);
    QCOMPARE(readFile(dest + QStringLiteral("/a.conf")), QByteArray("a=1\n"));
    QCOMPARE(readFile(dest + QStringLiteral("/sub/b.conf")), QByteArray("b=2\n"));
    r = run(QStringLiteral("copy"), {{"src", "tree/"}, {"dest", dest}});
    QCOMPARE(r.status, TaskResult::Status::Ok);
    r = run(QStringLiteral("copy"), {{"src", "tree"}, {"dest", dest}});
    QCOMPARE(r.status, TaskResult::Status::Changed);
    QCOMPARE(readFile(dest + QStringLiteral("/tree/sub/b.conf")), QByteArray("b=2\n"));
}

void TestFileModules::copyCheckAndDiff()
{
    const QString dest = scratch(QStringLiteral("check"));
    writeFile(dest, "before\n");
    TaskResult r = run(QStringLiteral("copy"), {{"content", "after\n"}, {"dest", dest}}, true, true);
    QCOMPARE(r.status, TaskResult::Status::Changed);
    QCOMPARE(readFile(dest), QByteArray("before\n"));
    const QVariantMap diff = r.data.value("diff").toMap();
    QCOMPARE(diff.value("before").toString(), QStringLiteral("before\n"));
    QCOMPARE(diff.value("after").toString(), QStringLiteral("after\n"));
    QCOMPARE(diff.value("before_header").toString(), dest);

    // A new file in check mode: nothing appears.
    const QString fresh = scratch(QStringLiteral("fresh"));
    r = run(QStringLiteral("copy"), {{"content", "x"}, {"dest", fresh}}, true);
    QCOMPARE(r.status, TaskResult::Status::Changed);
    QVERIFY(!QFileInfo::exists(fresh));
}

void TestFileModules::copyMissingSrcIsASentence()
{
    TaskResult r = run(QStringLiteral("copy"), {{"src", "nope.txt"}, {"dest", scratch("x")}});
    QCOMPARE(r.status, TaskResult::Status::Failed);
    QVERIFY2(r.data.value("msg").toString().contains(QStringLiteral("Could not find or access 'nope.txt'")),
             qPrintable(r.data.value("msg").toString()));
    r = run(QStringLiteral("copy"), {{"content", "x"}, {"dest", scratch("no/such/dir/file")}});
    QCOMPARE(r.status, TaskResult::Status::Failed);
    QVERIFY2(r.data.value("msg").toString().contains(QStringLiteral("does not exist")),
             qPrintable(r.data.value("msg").toString()));
}

void TestFileModules::fileStates()
{
    const QString dir = scratch(QStringLiteral("a/b/c"));
    TaskResult r = run(QStringLiteral("file"), {{"path", dir}, {"state", "directory"}, {"mode", "0750"}});
    QCOMPARE(r.status, TaskResult::Status::Changed);
    QVERIFY(QFileInfo(dir).isDir());
    QCOMPARE(modeOf(dir), 0750);
    QCOMPARE(modeOf(scratch(QStringLiteral("a"))), 0750); // like Ansible: every folder it makes
    QCOMPARE(r.data.value("state").toString(), QStringLiteral("directory"));
    QCOMPARE(r.data.value("mode").toString(), QStringLiteral("0750"));
    QCOMPARE(r.data.value("path").toString(), dir);
    r = run(QStringLiteral("file"), {{"path", dir}, {"state", "directory"}, {"mode", "0750"}});
    QCOMPARE(r.status, TaskResult::Status::Ok);
    QCOMPARE(r.data.value("mode").toString(), QStringLiteral("0750"));

    const QString touched = scratch(QStringLiteral("t"));
    r = run(QStringLiteral("file"), {{"path", touched}, {"state", "touch"}, {"mode", "u=rw,g=,o="}});
    QCOMPARE(r.status, TaskResult::Status::Changed);
    QCOMPARE(modeOf(touched), 0600);
    QCOMPARE(r.data.value("dest").toString(), touched);
    QCOMPARE(r.data.value("state").toString(), QStringLiteral("file"));

    // touch is a change every time, unless the times are preserved.
    r = run(QStringLiteral("file"), {{"path", touched}, {"state", "touch"}, {"mode", "u=rw,g=,o="}});
    QCOMPARE(r.status, TaskResult::Status::Changed);
    const QVariantMap preserve {{"path", touched},
                                {"state", "touch"},
                                {"mode", "0600"},
                                {"modification_time", "preserve"},
                                {"access_time", "preserve"}};
    r = run(QStringLiteral("file"), preserve);
    QCOMPARE(r.status, TaskResult::Status::Ok);
    const QString fresh = scratch(QStringLiteral("fresh"));
    QVariantMap preserveFresh = preserve;
    preserveFresh.insert(QStringLiteral("path"), fresh);
    r = run(QStringLiteral("file"), preserveFresh);
    QCOMPARE(r.status, TaskResult::Status::Changed);
    QVERIFY(QFileInfo::exists(fresh));
    r = run(QStringLiteral("file"), {{"path", fresh}, {"state", "touch"}, {"modification_time", "202001021530.00"}});
    QCOMPARE(r.status, TaskResult::Status::Changed);
    QCOMPARE(QFileInfo(fresh).lastModified(), QDateTime(QDate(2020, 1, 2), QTime(15, 30)));
    r = run(
        QStringLiteral("file"),
        {{"path", fresh}, {"state", "touch"}, {"modification_time", "202001021530.00"}, {"access_time", "preserve"}});
    QCOMPARE(r.status, TaskResult::Status::Ok);

    r = run(QStringLiteral("file"), {{"path", touched}, {"mode", "0644"}});
    QCOMPARE(r.status, TaskResult::Status::Changed);
    QCOMPARE(modeOf(touched), 0644);
    r = run(QStringLiteral("file"), {{"path", touched}, {"mode", "0644"}});
    QCOMPARE(r.status, TaskResult::Status::Ok);

    r = run(QStringLiteral("file"), {{"path", scratch("missing")}, {"state", "file"}});
    QCOMPARE(r.status, TaskResult::Status::Failed);
    QCOMPARE(r.data.value("msg").toString(),
             QStringLiteral("file (%1) is absent, cannot continue").arg(scratch("missing")));

    r = run(QStringLiteral("file"), {{"path", scratch("a")}, {"state", "absent"}});
    QCOMPARE(r.status, TaskResult::Status::Changed);
    QVERIFY(!QFileInfo::exists(scratch("a")));
    r = run(QStringLiteral("file"), {{"path", scratch("a")}, {"state", "absent"}});
    QCOMPARE(r.status, TaskResult::Status::Ok);
    QCOMPARE(r.data.value("state").toString(), QStringLiteral("absent"));
}

void TestFileModules::fileLinkAndHard()
{
    const QString target = scratch(QStringLiteral("target"));
    writeFile(target, "t\n");
    const QString link = scratch(QStringLiteral("link"));
    TaskResult r = run(QStringLiteral("file"), {{"path", link}, {"state", "link"}, {"src", target}});
    QCOMPARE(r.status, TaskResult::Status::Changed);
    QCOMPARE(QFileInfo(link).symLinkTarget(), target);
    QCOMPARE(r.data.value("dest").toString(), link);
    QCOMPARE(r.data.value("src").toString(), target);
    QCOMPARE(r.data.value("state").toString(), QStringLiteral("link"));
    r = run(QStringLiteral("file"), {{"path", link}, {"state", "link"}, {"src", target}});
    QCOMPARE(r.status, TaskResult::Status::Ok);
    // A relative src is resolved from the link's folder.
    r = run(QStringLiteral("file"), {{"path", link}, {"state", "link"}, {"src", "target"}});
    QCOMPARE(r.status, TaskResult::Status::Changed);
    QCOMPARE(QFile::symLinkTarget(link), target);
    r = run(QStringLiteral("file"), {{"path", scratch("dangling")}, {"state", "link"}, {"src", "/no/such"}});
    QCOMPARE(r.status, TaskResult::Status::Failed);
    QVERIFY(r.data.value("msg").toString().startsWith(QStringLiteral("src file does not exist")));
    r = run(QStringLiteral("file"),
            {{"path", scratch("dangling")}, {"state", "link"}, {"src", "/no/such"}, {"force", true}});
    QCOMPARE(r.status, TaskResult::Status::Changed);

    const QString hard = scratch(QStringLiteral("hard"));
    r = run(QStringLiteral("file"), {{"path", hard}, {"state", "hard"}, {"src", target}});
    QCOMPARE(r.status, TaskResult::Status::Changed);
    struct stat a
    {
    }, b {};
    ::stat(QFile::encodeName(target).constData(), &a);
    ::stat(QFile::encodeName(hard).constData(), &b);
    QCOMPARE(a.st_ino, b.st_ino);
    r = run(QStringLiteral("file"), {{"path", hard}, {"state", "hard"}, {"src", target}});
    QCOMPARE(r.status, TaskResult::Status::Ok);
}

void TestFileModules::fileCheckMode()
{
    const QString dir = scratch(QStringLiteral("d"));
    TaskResult r = run(QStringLiteral("file"), {{"path", dir}, {"state", "directory"}}, true, true);
    QCOMPARE(r.status, TaskResult::Status::Changed);
    QVERIFY(!QFileInfo::exists(dir));
    const QVariantMap diff = r.data.value("diff").toMap();
    QCOMPARE(diff.value("before").toMap().value("state").toString(), QStringLiteral("absent"));
    QCOMPARE(diff.value("after").toMap().value("state").toString(), QStringLiteral("directory"));
    const QString file = scratch(QStringLiteral("f"));
    writeFile(file, "x");
    ::chmod(QFile::encodeName(file).constData(), 0600);
    r = run(QStringLiteral("file"), {{"path", file}, {"mode", "0644"}}, true);
    QCOMPARE(r.status, TaskResult::Status::Changed);
    QCOMPARE(modeOf(file), 0600);
    r = run(QStringLiteral("file"), {{"path", file}, {"state", "absent"}}, true);
    QCOMPARE(r.status, TaskResult::Status::Changed);
    QVERIFY(QFileInfo::exists(file));
}

void TestFileModules::fileRecurse()
{
    const QString dir = scratch(QStringLiteral("r"));
    QVERIFY(QDir().mkpath(dir + QStringLiteral("/x")));
    writeFile(dir + QStringLiteral("/x/f"), "f");
    ::chmod(QFile::encodeName(dir + QStringLiteral("/x/f")).constData(), 0600);
    TaskResult r = run(QStringLiteral("file"),
                       {{"path", dir}, {"state", "directory"}, {"recurse", true}, {"mode", "u=rwX,g=rX,o=rX"}});
    QCOMPARE(r.status, TaskResult::Status::Changed);
    QCOMPARE(modeOf(dir + QStringLiteral("/x/f")), 0644);
    QCOMPARE(modeOf(dir + QStringLiteral("/x")), 0755);
    r = run(QStringLiteral("file"),
            {{"path", dir}, {"state", "directory"}, {"recurse", true}, {"mode", "u=rwX,g=rX,o=rX"}});
    QCOMPARE(r.status, TaskResult::Status::Ok);
    r = run(QStringLiteral("file"),
            {{"path", dir}, {"state", "directory"}, {"recurse", true}, {"owner", SshdFixture::testUser()}});
    QCOMPARE(r.status, TaskResult::Status::Changed);
    QCOMPARE(QFileInfo(dir + QStringLiteral("/x/f")).owner(), SshdFixture::testUser());
}

void TestFileModules::statResult()
{
    const QString file = scratch(QStringLiteral("s"));
    writeFile(file, "hello\n");
    ::chmod(QFile::encodeName(file).constData(), 0640);
    TaskResult r = run(QStringLiteral("stat"), {{"path", file}});
    QCOMPARE(r.status, TaskResult::Status::Ok);
    QVariantMap st = r.data.value("stat").toMap();
    QCOMPARE(st.value("exists").toBool(), true);
    QCOMPARE(st.value("isreg").toBool(), true);
    QCOMPARE(st.value("isdir").toBool(), false);
    QCOMPARE(st.value("mode").toString(), QStringLiteral("0640"));
    QCOMPARE(st.value("size").toInt(), 6);
    QCOMPARE(st.value("pw_name").toString(), QStringLiteral("root"));
    QCOMPARE(st.value("gr_name").toString(), QStringLiteral("root"));
    QCOMPARE(st.value("uid").toInt(), 0);
    QCOMPARE(st.value("checksum").toString(), QStringLiteral("f572d396fae9206628714fb2ce00f72e94f2258f"));
    QVERIFY(st.value("mtime").toDouble() > 1e9);
    r = run(QStringLiteral("stat"), {{"path", file}, {"checksum_algorithm", "sha256"}});
    QCOMPARE(r.data.value("stat").toMap().value("checksum").toString(),
             QString::fromLatin1(QCryptographicHash::hash("hello\n", QCryptographicHash::Sha256).toHex()));
    r = run(QStringLiteral("stat"), {{"path", scratch("none")}});
    QCOMPARE(r.data.value("stat").toMap(), (QVariantMap {{"exists", false}}));
    QVERIFY(QFile::link(file, scratch("l")));
    r = run(QStringLiteral("stat"), {{"path", scratch("l")}});
    QCOMPARE(r.data.value("stat").toMap().value("islnk").toBool(), true);
    QCOMPARE(r.data.value("stat").toMap().value("lnk_source").toString(), file);
    r = run(QStringLiteral("stat"), {{"path", scratch("l")}, {"follow", true}});
    QCOMPARE(r.data.value("stat").toMap().value("islnk").toBool(), false);
    QCOMPARE(r.data.value("stat").toMap().value("mode").toString(), QStringLiteral("0640"));
    r = run(QStringLiteral("stat"), {{"path", m_scratch.path()}});
    QCOMPARE(r.data.value("stat").toMap().value("isdir").toBool(), true);
}

void TestFileModules::lineinfileMatchesAnsible_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QVariantMap>("args");
    const QByteArray sshd = "Port 22\n#PermitRootLogin yes\nPasswordAuthentication yes\n";
    QTest::newRow("replace by regexp") << sshd
                                       << QVariantMap {{"regexp", "^#?PermitRootLogin"},
                                                       {"line", "PermitRootLogin no"}};
    QTest::newRow("append") << sshd << QVariantMap {{"line", "UseDNS no"}};
    QTest::newRow("insertafter") << sshd << QVariantMap {{"line", "X11Forwarding no"}, {"insertafter", "^Port"}};
    QTest::newRow("insertbefore BOF") << sshd << QVariantMap {{"line", "# managed"}, {"insertbefore", "BOF"}};
    QTest::newRow("backrefs") << sshd
                              << QVariantMap {
                                     {"regexp", "^Port (\\d+)$"}, {"line", "Port \\g<1>2"}, {"backrefs", true}};
    QTest::newRow("absent") << sshd << QVariantMap {{"regexp", "^Pass"}, {"state", "absent"}};
    QTest::newRow("no final newline") << QByteArray("a=1") << QVariantMap {{"line", "b=2"}};
}

void TestFileModules::lineinfileMatchesAnsible()
{
    QFETCH(QByteArray, input);
    QFETCH(QVariantMap, args);
    const QString path = scratch(QStringLiteral("target"));
    writeFile(path, input);
    QVariantMap mine = args;
    mine.insert(QStringLiteral("path"), path);
    TaskResult r = run(QStringLiteral("lineinfile"), mine);
    QVERIFY2(!r.isFailure(), qPrintable(r.data.value("msg").toString()));
    const QByteArray after = readFile(path);
    QCOMPARE(r.status == TaskResult::Status::Changed, after != input);
    r = run(QStringLiteral("lineinfile"), mine);
    if (!args.value("backrefs").toBool())
        QCOMPARE(r.status, TaskResult::Status::Ok);
    if (!m_haveAnsible)
        QSKIP("ansible is not installed (package ansible-core); compared with the expectations only");
    QVariantMap theirs;
    QCOMPARE(after, ansibleResult(QStringLiteral("lineinfile"), input, args, &theirs));
    if (!args.value("backrefs").toBool())
        QCOMPARE(r.data.value("msg").toString(), QString()); // second run
    TaskResult first;
    writeFile(path, input);
    first = run(QStringLiteral("lineinfile"), mine);
    QCOMPARE(first.data.value("msg").toString(), theirs.value("msg").toString());
    QCOMPARE(first.data.value("changed").toBool(), theirs.value("changed").toBool());
}

void TestFileModules::lineinfileCreateCheckAndDiff()
{
    const QString path = scratch(QStringLiteral("new/dir/file.conf"));
    TaskResult r = run(QStringLiteral("lineinfile"), {{"path", path}, {"line", "a=1"}}, false, false);
    QCOMPARE(r.status, TaskResult::Status::Failed);
    QCOMPARE(r.data.value("msg").toString(), QStringLiteral("Destination %1 does not exist !").arg(path));
    r = run(QStringLiteral("lineinfile"), {{"path", path}, {"line", "a=1"}, {"create", true}}, true, true);
    QCOMPARE(r.status, TaskResult::Status::Changed);
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(r.data.value("diff").toMap().value("after").toString(), QStringLiteral("a=1\n"));
    r = run(QStringLiteral("lineinfile"), {{"path", path}, {"line", "a=1"}, {"create", true}, {"mode", "0600"}});
    QCOMPARE(r.status, TaskResult::Status::Changed);
    QCOMPARE(readFile(path), QByteArray("a=1\n"));
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(r.data.value("msg").toString(),
             QStringLiteral("line added and ownership, perms or SE linux context changed"));
    r = run(QStringLiteral("lineinfile"), {{"path", path}, {"line", "b=2"}, {"backup", true}}, false, true);
    QCOMPARE(r.status, TaskResult::Status::Changed);
    QCOMPARE(readFile(r.data.value("backup").toString()), QByteArray("a=1\n"));
    QCOMPARE(r.data.value("diff").toMap().value("before").toString(), QStringLiteral("a=1\n"));
    QCOMPARE(r.data.value("diff").toMap().value("after").toString(), QStringLiteral("a=1\nb=2\n"));
    QCOMPARE(r.data.value("diff").toMap().value("before_header").toString(), path + QStringLiteral(" (content)"));
}

void TestFileModules::blockinfileMatchesAnsible_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QVariantMap>("args");
    const QByteArray hosts = "127.0.0.1 localhost\n::1 localhost\n";
    QTest::newRow("append") << hosts << QVariantMap {{"block", "10.0.0.1 pi1\n10.0.0.2 pi2"}};
    QTest::newRow("insertbefore") << hosts << QVariantMap {{"block", "# x"}, {"insertbefore", "^::1"}};
    QTest::newRow("marker") << hosts << QVariantMap {{"block", "k: v"}, {"marker", "## {mark} antler"}};
    const QByteArray withBlock = hosts + "# BEGIN ANSIBLE MANAGED BLOCK\nold\n# END ANSIBLE MANAGED BLOCK\ntail\n";
    QTest::newRow("replace") << withBlock << QVariantMap {{"block", "new"}};
    QTest::newRow("remove") << withBlock << QVariantMap {{"state", "absent"}};
}

void TestFileModules::blockinfileMatchesAnsible()
{
    QFETCH(QByteArray, input);
    QFETCH(QVariantMap, args);
    const QString path = scratch(QStringLiteral("target"));
    writeFile(path, input);
    QVariantMap mine = args;
    mine.insert(QStringLiteral("path"), path);
    TaskResult r = run(QStringLiteral("blockinfile"), mine);
    QCOMPARE(r.status, TaskResult::Status::Changed);
    const QByteArray after = readFile(path);
    r = run(QStringLiteral("blockinfile"), mine);
    QCOMPARE(r.status, TaskResult::Status::Ok);
    if (!m_haveAnsible)
        QSKIP("ansible is not installed (package ansible-core)");
    QCOMPARE(after, ansibleResult(QStringLiteral("blockinfile"), input, args, nullptr));
}

void TestFileModules::replaceMatchesAnsible_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QVariantMap>("args");
    const QByteArray conf = "listen 80;\n# server_name old;\nserver_name old.example;\n";
    QTest::newRow("groups") << conf
                            << QVariantMap {{"regexp", "^server_name (\\w+)"}, {"replace", "server_name \\1-new"}};
    QTest::newRow("named") << conf
                           << QVariantMap {{"regexp", "listen (?P<port>\\d+)"}, {"replace", "listen \\g<port>0"}};
    QTest::newRow("after") << conf << QVariantMap {{"regexp", "old"}, {"replace", "new"}, {"after", "# server"}};
}

void TestFileModules::replaceMatchesAnsible()
{
    QFETCH(QByteArray, input);
    QFETCH(QVariantMap, args);
    const QString path = scratch(QStringLiteral("target"));
    writeFile(path, input);
    QVariantMap mine = args;
    mine.insert(QStringLiteral("path"), path);
    TaskResult r = run(QStringLiteral("replace"), mine, false, true);
    QCOMPARE(r.status, TaskResult::Status::Changed);
    QCOMPARE(r.data.value("diff").toMap().value("before").toString(), QString::fromUtf8(input));
    const QByteArray after = readFile(path);
    if (!m_haveAnsible)
        QSKIP("ansible is not installed (package ansible-core)");
    QVariantMap theirs;
    QCOMPARE(after, ansibleResult(QStringLiteral("replace"), input, args, &theirs));
    QCOMPARE(r.data.value("msg").toString(), theirs.value("msg").toString());
}

void TestFileModules::editorsFailLikeAnsible()
{
    TaskResult r = run(QStringLiteral("replace"), {{"path", scratch("nope")}, {"regexp", "x"}});
    QCOMPARE(r.status, TaskResult::Status::Failed);
    QCOMPARE(r.data.value("msg").toString(), QStringLiteral("Path %1 does not exist !").arg(scratch("nope")));
    QCOMPARE(r.data.value("rc").toInt(), 257);
    r = run(QStringLiteral("blockinfile"), {{"path", m_scratch.path()}, {"block", "x"}});
    QCOMPARE(r.status, TaskResult::Status::Failed);
    QCOMPARE(r.data.value("rc").toInt(), 256);
    writeFile(scratch("f"), "a\n");
    r = run(QStringLiteral("lineinfile"), {{"path", scratch("f")}, {"regexp", "(bad"}, {"line", "x"}});
    QCOMPARE(r.status, TaskResult::Status::Failed);
    QVERIFY(r.data.value("msg").toString().contains(QStringLiteral("regexp is not a valid regular expression")));
    r = run(QStringLiteral("lineinfile"), {{"path", scratch("f")}, {"line", "x"}, {"validate", "false %s"}});
    QCOMPARE(r.status, TaskResult::Status::Failed);
    QCOMPARE(readFile(scratch("f")), QByteArray("a\n"));
}

void TestFileModules::withoutBecomePermissionIsASentence()
{
    TaskResult r = run(QStringLiteral("copy"), {{"content", "x"}, {"dest", scratch("denied")}}, false, false, false);
    QCOMPARE(r.status, TaskResult::Status::Failed);
    const QString msg = r.data.value("msg").toString();
    QVERIFY2(msg.contains(QStringLiteral("sshd-fixture")) && msg.contains(QStringLiteral("become")), qPrintable(msg));
    QVERIFY(!QFileInfo::exists(scratch("denied")));
}

void TestFileModules::templateMatchesAnsible()
{
    const QString templates = m_filesDir + QStringLiteral("/templates");
    QDir().mkpath(templates);
    const QByteArray source = "# {{ ansible_managed }}\n"
                              "host={{ name }}\n"
                              "{% for p in ports %}\n"
                              "port={{ p }}\n"
                              "{% endfor %}\n"
                              "{% if debug %}\n"
                              "debug=on\n"
                              "{% endif %}\n"
                              "path={{ template_destpath }}\n";
    writeFile(templates + QStringLiteral("/app.conf.j2"), source);
    const QVariantMap vars {{"name", "pi1"}, {"ports", QVariantList {80, 443}}, {"debug", false}};
    const QString dest = scratch(QStringLiteral("app.conf"));
    ModuleContext context;
    TaskResult r;
    {
        ModuleContext c;
        c.host = QStringLiteral("sshd-fixture");
        c.transport = m_transport.get();
        c.become = true;
        c.searchPaths = QStringList {m_filesDir};
        c.variables = vars;
        std::unique_ptr<Module> m(ModuleRegistry::instance().create(QStringLiteral("template"), c));
        QVERIFY(m);
        bool done = false;
        QObject::connect(m.get(), &Module::finished, m.get(), [&](const TaskResult &x) {
            r = x;
            done = true;
        });
        m->start({{"src", "app.conf.j2"}, {"dest", dest}, {"mode", "0640"}});
        QVERIFY(QTest::qWaitFor([&] { return done; }, hangLimitMs));
    }
    QVERIFY2(r.status == TaskResult::Status::Changed, qPrintable(r.data.value("msg").toString()));
    const QByteArray mine = readFile(dest);
    QCOMPARE(mine, QByteArray("# Ansible managed\nhost=pi1\nport=80\nport=443\npath=") + dest.toUtf8() + "\n");
    QCOMPARE(modeOf(dest), 0640);
    if (!m_haveAnsible)
        QSKIP("ansible is not installed (package ansible-core)");
    QTemporaryDir dir;
    const QString theirs = dir.filePath(QStringLiteral("app.conf"));
    QProcess ansible;
    ansible.start(
        QStringLiteral("ansible"),
        {QStringLiteral("localhost"), QStringLiteral("-i"), QStringLiteral("localhost,"), QStringLiteral("-c"),
         QStringLiteral("local"), QStringLiteral("-m"), QStringLiteral("template"), QStringLiteral("-a"),
         QStringLiteral("src=%1 dest=%2").arg(templates + QStringLiteral("/app.conf.j2"), dest), QStringLiteral("-e"),
         QString::fromUtf8(QJsonDocument::fromVariant(vars).toJson(QJsonDocument::Compact)), QStringLiteral("--check"),
         QStringLiteral("--diff")});
    ansible.waitForFinished(120000);
    // ansible --check --diff against our file: no change means the same bytes.
    const QByteArray out = ansible.readAllStandardOutput();
    QVERIFY2(out.contains("SUCCESS") && !out.contains("CHANGED"), out.constData());
    Q_UNUSED(theirs);
}

void TestFileModules::templateCheckAndDiff()
{
    const QString templates = m_filesDir + QStringLiteral("/templates");
    QDir().mkpath(templates);
    writeFile(templates + QStringLiteral("/motd.j2"), "Hello {{ who }}\n");
    const QString dest = scratch(QStringLiteral("motd"));
    writeFile(dest, "Hello nobody\n");
    ModuleContext c;
    c.host = QStringLiteral("sshd-fixture");
    c.transport = m_transport.get();
    c.become = true;
    c.checkMode = true;
    c.diffMode = true;
    c.searchPaths = QStringList {m_filesDir};
    c.variables = {{"who", "moose"}};
    std::unique_ptr<Module> m(ModuleRegistry::instance().create(QStringLiteral("ansible.builtin.template"), c));
    TaskResult r;
    bool done = false;
    QObject::connect(m.get(), &Module::finished, m.get(), [&](const TaskResult &x) {
        r = x;
        done = true;
    });
    m->start({{"src", "motd.j2"}, {"dest", dest}});
    QVERIFY(QTest::qWaitFor([&] { return done; }, hangLimitMs));
    QCOMPARE(r.status, TaskResult::Status::Changed);
    QCOMPARE(readFile(dest), QByteArray("Hello nobody\n"));
    const QVariantMap diff = r.data.value("diff").toMap();
    QCOMPARE(diff.value("before").toString(), QStringLiteral("Hello nobody\n"));
    QCOMPARE(diff.value("after").toString(), QStringLiteral("Hello moose\n"));
    QCOMPARE(diff.value("after_header").toString(), templates + QStringLiteral("/motd.j2"));
    // An undefined variable is a clear failure.
    c.variables.clear();
    std::unique_ptr<Module> bad(ModuleRegistry::instance().create(QStringLiteral("template"), c));
    done = false;
    QObject::connect(bad.get(), &Module::finished, bad.get(), [&](const TaskResult &x) {
        r = x;
        done = true;
    });
    bad->start({{"src", "motd.j2"}, {"dest", dest}});
    QVERIFY(QTest::qWaitFor([&] { return done; }, hangLimitMs));
    QCOMPARE(r.status, TaskResult::Status::Failed);
    QVERIFY2(r.data.value("msg").toString().contains(QStringLiteral("who")),
             qPrintable(r.data.value("msg").toString()));
}

void TestFileModules::slurpReadsBytes()
{
    const QByteArray bytes("bin\0ary\xff\n", 9);
    writeFile(scratch("blob"), bytes);
    ::chmod(QFile::encodeName(scratch("blob")).constData(), 0600);
    TaskResult r = run(QStringLiteral("slurp"), {{"src", scratch("blob")}});
    QCOMPARE(r.status, TaskResult::Status::Ok);
    QCOMPARE(QByteArray::fromBase64(r.data.value("content").toByteArray()), bytes);
    QCOMPARE(r.data.value("encoding").toString(), QStringLiteral("base64"));
    QCOMPARE(r.data.value("source").toString(), scratch("blob"));
    r = run(QStringLiteral("slurp"), {{"src", scratch("none")}});
    QCOMPARE(r.status, TaskResult::Status::Failed);
    QCOMPARE(r.data.value("msg").toString(), QStringLiteral("file not found: %1").arg(scratch("none")));
}

void TestFileModules::fetchLayoutAndIdempotence()
{
    writeFile(scratch("log"), "line\n");
    QTemporaryDir local;
    TaskResult r = run(QStringLiteral("fetch"), {{"src", scratch("log")}, {"dest", local.path()}});
    QCOMPARE(r.status, TaskResult::Status::Changed);
    const QString expected = local.path() + QStringLiteral("/sshd-fixture") + scratch("log");
    QCOMPARE(r.data.value("dest").toString(), expected);
    QCOMPARE(readFile(expected), QByteArray("line\n"));
    QCOMPARE(r.data.value("checksum").toString(),
             QString::fromLatin1(QCryptographicHash::hash("line\n", QCryptographicHash::Sha1).toHex()));
    r = run(QStringLiteral("fetch"), {{"src", scratch("log")}, {"dest", local.path()}});
    QCOMPARE(r.status, TaskResult::Status::Ok);
    r = run(QStringLiteral("fetch"),
            {{"src", scratch("log")}, {"dest", local.path() + QStringLiteral("/flat/")}, {"flat", true}});
    QCOMPARE(r.status, TaskResult::Status::Changed);
    QCOMPARE(readFile(local.path() + QStringLiteral("/flat/log")), QByteArray("line\n"));
    r = run(QStringLiteral("fetch"), {{"src", scratch("nope")}, {"dest", local.path()}, {"fail_on_missing", false}});
    QCOMPARE(r.status, TaskResult::Status::Ok);
    QCOMPARE(r.data.value("msg").toString(),
             QStringLiteral("the remote file does not exist, not transferring, ignored"));
    r = run(QStringLiteral("fetch"), {{"src", scratch("nope")}, {"dest", local.path()}});
    QCOMPARE(r.status, TaskResult::Status::Failed);
}

void TestFileModules::scriptRunsWithCreates()
{
    writeFile(m_filesDir + QStringLiteral("/files/hello.sh"),
              "#!/bin/sh\necho \"args: $1 $2\"\necho oops >&2\ntouch \"$3\"\n");
    const QString marker = scratch("ran");
    const QString command = QStringLiteral("hello.sh one 'two words' %1").arg(marker);
    TaskResult r = run(QStringLiteral("script"), {{"_raw_params", command}, {"creates", marker}});
    QVERIFY2(r.status == TaskResult::Status::Changed,
             qPrintable(r.data.value("msg").toString() + r.data.value("stderr").toString()));
    QCOMPARE(r.data.value("stdout").toString(), QStringLiteral("args: one two words\n"));
    QCOMPARE(r.data.value("stderr_lines").toStringList(), QStringList {QStringLiteral("oops")});
    QCOMPARE(r.data.value("rc").toInt(), 0);
    QVERIFY(QFileInfo::exists(marker));
    r = run(QStringLiteral("script"), {{"_raw_params", command}, {"creates", marker}});
    QCOMPARE(r.status, TaskResult::Status::Skipped);
    QCOMPARE(r.data.value("msg").toString(), QStringLiteral("skipped, since %1 exists").arg(marker));
    writeFile(m_filesDir + QStringLiteral("/files/fail.sh"), "#!/bin/sh\nexit 3\n");
    r = run(QStringLiteral("script"), {{"_raw_params", "fail.sh"}});
    QCOMPARE(r.status, TaskResult::Status::Failed);
    QCOMPARE(r.data.value("rc").toInt(), 3);
}

void TestFileModules::unarchiveTarballs()
{
    QTemporaryDir build;
    QDir().mkpath(build.filePath(QStringLiteral("app/bin")));
    writeFile(build.filePath(QStringLiteral("app/bin/run")), "#!/bin/sh\n");
    writeFile(build.filePath(QStringLiteral("app/README")), "read me\n");
    for (const QString &name :
         {QStringLiteral("app.tar.gz"), QStringLiteral("app.tar.xz"), QStringLiteral("app.tar")}) {
        QProcess tar;
        tar.setWorkingDirectory(build.path());
        tar.start(QStringLiteral("tar"),
                  {QStringLiteral("-caf"), m_filesDir + QStringLiteral("/files/") + name, QStringLiteral("app")});
        QVERIFY(tar.waitForFinished(30000) && tar.exitCode() == 0);
    }
    int n = 0;
    for (const QString &name :
         {QStringLiteral("app.tar.gz"), QStringLiteral("app.tar.xz"), QStringLiteral("app.tar")}) {
        const QString dest = scratch(QStringLiteral("opt%1").arg(++n));
        QDir().mkpath(dest);
        TaskResult r = run(QStringLiteral("unarchive"), {{"src", name}, {"dest", dest}}, true);
        QCOMPARE(r.status, TaskResult::Status::Changed);
        QVERIFY(!QFileInfo::exists(dest + QStringLiteral("/app")));
        r = run(QStringLiteral("unarchive"), {{"src", name}, {"dest", dest}, {"list_files", true}});
        QVERIFY2(r.status == TaskResult::Status::Changed, qPrintable(r.data.value("msg").toString()));
        QCOMPARE(readFile(dest + QStringLiteral("/app/README")), QByteArray("read me\n"));
        QVERIFY(r.data.value("files").toStringList().contains(QStringLiteral("app/bin/run")));
        r = run(QStringLiteral("unarchive"), {{"src", name}, {"dest", dest}});
        QCOMPARE(r.status, TaskResult::Status::Ok);
        // A changed file in dest makes it extract again.
        writeFile(dest + QStringLiteral("/app/README"), "edited\n");
        r = run(QStringLiteral("unarchive"), {{"src", name}, {"dest", dest}});
        QCOMPARE(r.status, TaskResult::Status::Changed);
        QCOMPARE(readFile(dest + QStringLiteral("/app/README")), QByteArray("read me\n"));
    }
    const QString dest = scratch(QStringLiteral("opt1"));
    TaskResult r = run(QStringLiteral("unarchive"),
                       {{"src", "app.tar.gz"}, {"dest", dest}, {"creates", dest + QStringLiteral("/app/README")}});
    QCOMPARE(r.status, TaskResult::Status::Skipped);
    // remote_src: the archive already on the host.
    QFile::copy(m_filesDir + QStringLiteral("/files/app.tar.gz"), scratch("remote.tar.gz"));
    QDir().mkpath(scratch("remote"));
    r = run(QStringLiteral("unarchive"),
            {{"src", scratch("remote.tar.gz")},
             {"dest", scratch("remote")},
             {"remote_src", true},
             {"owner", SshdFixture::testUser()}});
    QCOMPARE(r.status, TaskResult::Status::Changed);
    QCOMPARE(QFileInfo(scratch("remote/app/README")).owner(), SshdFixture::testUser());
    r = run(QStringLiteral("unarchive"),
            {{"src", scratch("remote.tar.gz")},
             {"dest", scratch("remote")},
             {"remote_src", true},
             {"owner", SshdFixture::testUser()}});
    QCOMPARE(r.status, TaskResult::Status::Ok);
    r = run(QStringLiteral("unarchive"), {{"src", "app.tar.gz"}, {"dest", scratch("missing")}});
    QCOMPARE(r.status, TaskResult::Status::Failed);
    QVERIFY2(r.data.value("msg").toString().contains(QStringLiteral("must be an existing dir")),
             qPrintable(r.data.value("msg").toString()));
}

void TestFileModules::getUrlDownloadsOnTheHost()
{
    if (!antler::test::NginxProcess::isAvailable())
        QSKIP("nginx is not installed (package nginx-light)");
    QTemporaryDir www;
    ::chmod(QFile::encodeName(www.path()).constData(), 0755);
    writeFile(www.filePath(QStringLiteral("index.html")), "<html></html>\n");
    writeFile(www.filePath(QStringLiteral("pkg.bin")), "package bytes\n");
    antler::test::NginxProcess nginx;
    QVERIFY2(nginx.start(QStringLiteral(ANTLER_SOURCE_DIR "/resources/frontend/nginx.conf"), www.path(),
                         antler::test::freeLoopbackPort()),
             qPrintable(nginx.errorText()));
    const QString url = nginx.baseUrl() + QStringLiteral("/pkg.bin");
    const QString sha256
        = QString::fromLatin1(QCryptographicHash::hash("package bytes\n", QCryptographicHash::Sha256).toHex());
    const QString dest = scratch("pkg.bin");
    TaskResult r = run(QStringLiteral("get_url"), {{"url", url}, {"dest", dest}}, true);
    QCOMPARE(r.status, TaskResult::Status::Changed);
    QVERIFY(!QFileInfo::exists(dest));
    r = run(QStringLiteral("get_url"),
            {{"url", url}, {"dest", dest}, {"checksum", "sha256:" + sha256}, {"mode", "0600"}});
    QVERIFY2(r.status == TaskResult::Status::Changed, qPrintable(r.data.value("msg").toString()));
    QCOMPARE(readFile(dest), QByteArray("package bytes\n"));
    QCOMPARE(modeOf(dest), 0600);
    QCOMPARE(r.data.value("dest").toString(), dest);
    r = run(QStringLiteral("get_url"),
            {{"url", url}, {"dest", dest}, {"checksum", "sha256:" + sha256}, {"mode", "0600"}});
    QCOMPARE(r.status, TaskResult::Status::Ok);
    // dest is a folder: the url's file name is used.
    r = run(QStringLiteral("get_url"), {{"url", url}, {"dest", m_scratch.path()}});
    QCOMPARE(r.status, TaskResult::Status::Ok); // exists already, force is off
    r = run(QStringLiteral("get_url"),
            {{"url", url}, {"dest", scratch("other")}, {"checksum", "sha256:" + QString(64, u'0')}});
    QCOMPARE(r.status, TaskResult::Status::Failed);
    QVERIFY(!QFileInfo::exists(scratch("other")));
    QVERIFY2(r.data.value("msg").toString().contains(QStringLiteral("did not match")),
             qPrintable(r.data.value("msg").toString()));
    // Credentials go through a private file on the host; the download still works.
    r = run(QStringLiteral("get_url"),
            {{"url", url}, {"dest", scratch("authed")}, {"url_username", "moose"}, {"url_password", "se\"cr\\et"}});
    QVERIFY2(r.status == TaskResult::Status::Changed, qPrintable(r.data.value("msg").toString()));
    QCOMPARE(readFile(scratch("authed")), QByteArray("package bytes\n"));
    QVERIFY(QTest::qWaitFor([&] { return nginx.log().contains(" - moose ["); }, 5000));
    r = run(QStringLiteral("get_url"), {{"url", nginx.baseUrl() + QStringLiteral("/missing")}, {"dest", scratch("m")}});
    QCOMPARE(r.status, TaskResult::Status::Failed);
}

void TestFileModules::uriRequestsFromTheHost()
{
    if (!antler::test::NginxProcess::isAvailable())
        QSKIP("nginx is not installed (package nginx-light)");
    QTemporaryDir www;
    ::chmod(QFile::encodeName(www.path()).constData(), 0755);
    writeFile(www.filePath(QStringLiteral("index.html")), "<html></html>\n");
    writeFile(www.filePath(QStringLiteral("data.json")), "{\"herd\": [\"moose\"], \"n\": 2}\n");
    antler::test::NginxProcess nginx;
    QVERIFY2(nginx.start(QStringLiteral(ANTLER_SOURCE_DIR "/resources/frontend/nginx.conf"), www.path(),
                         antler::test::freeLoopbackPort()),
             qPrintable(nginx.errorText()));
    TaskResult r = run(QStringLiteral("uri"), {{"url", nginx.baseUrl() + QStringLiteral("/data.json")}});
    QVERIFY2(r.status == TaskResult::Status::Ok, qPrintable(r.data.value("msg").toString()));
    QCOMPARE(r.data.value("status").toInt(), 200);
    QCOMPARE(r.data.value("json").toMap().value("n").toInt(), 2);
    QCOMPARE(r.data.value("json").toMap().value("herd").toList().value(0).toString(), QStringLiteral("moose"));
    QVERIFY(r.data.value("content_type").toString().startsWith(QStringLiteral("application/json")));
    QVERIFY(!r.data.contains("content"));
    r = run(QStringLiteral("uri"),
            {{"url", nginx.baseUrl() + QStringLiteral("/index.html")}, {"return_content", true}});
    QCOMPARE(r.data.value("content").toString(), QStringLiteral("<html></html>\n"));
    r = run(QStringLiteral("uri"),
            {{"url", nginx.baseUrl() + QStringLiteral("/data.json")},
             {"url_username", "moose"},
             {"url_password", "pw"},
             {"force_basic_auth", true}});
    QVERIFY2(r.status == TaskResult::Status::Ok, qPrintable(r.data.value("msg").toString()));
    QCOMPARE(r.data.value("json").toMap().value("n").toInt(), 2);
    // nginx logs the Basic user it was sent.
    QVERIFY(QTest::qWaitFor([&] { return nginx.log().contains(" - moose ["); }, 5000));
    r = run(QStringLiteral("uri"), {{"url", nginx.baseUrl() + QStringLiteral("/nope")}});
    QCOMPARE(r.status, TaskResult::Status::Failed);
    QCOMPARE(r.data.value("status").toInt(), 404);
    QVERIFY(r.data.value("msg").toString().startsWith(QStringLiteral("Status code was 404 and not [200]")));
    r = run(QStringLiteral("uri"),
            {{"url", nginx.baseUrl() + QStringLiteral("/nope")}, {"status_code", QVariantList {200, 404}}});
    QCOMPARE(r.status, TaskResult::Status::Ok);
    r = run(QStringLiteral("uri"),
            {{"url", nginx.baseUrl() + QStringLiteral("/data.json")},
             {"method", "POST"},
             {"body_format", "json"},
             {"body", QVariantMap {{"a", 1}}},
             {"status_code", "405"}});
    QVERIFY2(r.status == TaskResult::Status::Ok, qPrintable(r.data.value("msg").toString()));
    QCOMPARE(r.data.value("status").toInt(), 405);
}

QTEST_GUILESS_MAIN(TestFileModules)
#include "tst_filemodules.moc"
