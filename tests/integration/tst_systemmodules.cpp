// The system modules (apt, user, group, cron, sysctl, service, systemd,
// hostname, wait_for, apt_repository, reboot) run for real against the Pi
// stand-in, a bookworm container reached over SSH as a sudo user. Each is
// run in check mode (nothing may change), then for real (changed), then
// again (unchanged); the container itself is inspected with `podman exec`.
// Where ansible-core ships the module, ansible runs the same task against
// the same container afterwards and must agree that nothing is left to change.
// Never against this machine.

#include "FreePort.h"
#include "PiStandIn.h"
#include "playbook/modules/AptModule.h"
#include "playbook/modules/AptRepositoryModule.h"
#include "playbook/modules/CronModule.h"
#include "playbook/modules/GroupModule.h"
#include "playbook/modules/HostnameModule.h"
#include "playbook/modules/RebootModule.h"
#include "playbook/modules/ServiceModule.h"
#include "playbook/modules/SysctlModule.h"
#include "playbook/modules/SystemdModule.h"
#include "playbook/modules/UserModule.h"
#include "playbook/modules/WaitForModule.h"
#include "transport/SshTransport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTest>

#include <memory>
#include <optional>

using namespace antler::playbook;
using namespace antler::transport;
using antler::test::PiStandIn;
using Status = TaskResult::Status;

namespace {

constexpr int moduleLimitMs = 600000;

QString describe(const TaskResult &result)
{
    return TaskResult::statusName(result.status) + QStringLiteral(" ")
        + QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(result.data)).toJson(QJsonDocument::Compact));
}

} // namespace

#define VERIFY_STATUS(result, expected) QVERIFY2((result).status == (expected), qPrintable(describe(result)))

class TestSystemModules : public QObject
{
    Q_OBJECT

public:
    // Runs module T once with the spec's defaults filled in, as the task
    // executor does, and waits for its one result.
    template<typename T> TaskResult run(QVariantMap arguments, bool checkMode = false, bool diffMode = false)
    {
        const ModuleSpec spec = T::spec();
        for (const ModuleArgument &argument : spec.arguments) {
            for (const QString &alias : argument.aliases) {
                if (arguments.contains(alias))
                    arguments.insert(argument.name, arguments.take(alias));
            }
            if (!arguments.contains(argument.name) && argument.defaultValue.isValid())
                arguments.insert(argument.name, argument.defaultValue);
        }
        ModuleContext context;
        context.host = QStringLiteral("pi");
        context.transport = m_target ? m_target : m_transport.get();
        context.become = true;
        context.checkMode = checkMode;
        context.diffMode = diffMode;
        T module(context);
        std::optional<TaskResult> result;
        int results = 0;
        connect(&module, &Module::finished, this, [&](const TaskResult &r) {
            result = r;
            ++results;
        });
        module.start(arguments);
        if (!QTest::qWaitFor([&] { return result.has_value(); }, moduleLimitMs))
            return TaskResult::failed(QStringLiteral("TEST: no result within %1 ms").arg(moduleLimitMs));
        QTest::qWait(0);
        if (results != 1)
            return TaskResult::failed(QStringLiteral("TEST: finished() came %1 times").arg(results));
        return *result;
    }

    // A command in the container, beside the module under test.
    QByteArray inside(const QString &script, int *exitCode = nullptr)
    {
        QByteArray output;
        const int code = m_pi->shell(script, &output);
        if (exitCode)
            *exitCode = code;
        return output;
    }

    // ansible (ad hoc) runs module with args against the same container;
    // returns its "changed", or nothing when ansible is missing or failed
    // (*why says which).
    std::optional<bool> ansibleChanged(const QString &module, const QString &args, QString *why)
    {
        const QString ansible = QStandardPaths::findExecutable(QStringLiteral("ansible"));
        if (ansible.isEmpty()) {
            *why = QStringLiteral("ansible is not installed (package ansible-core)");
            return std::nullopt;
        }
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("ANSIBLE_NOCOLOR"), QStringLiteral("1"));
        environment.insert(QStringLiteral("ANSIBLE_LOCAL_TEMP"), m_pi->dir() + QStringLiteral("/ansible-tmp"));
        environment.insert(QStringLiteral("ANSIBLE_SSH_CONTROL_PATH_DIR"), m_pi->dir() + QStringLiteral("/cp"));
        environment.insert(QStringLiteral("ANSIBLE_PIPELINING"), QStringLiteral("1"));
        process.setProcessEnvironment(environment);
        process.start(ansible,
                      {QStringLiteral("pi"), QStringLiteral("-i"), m_pi->writeAnsibleInventory(), QStringLiteral("-o"),
                       QStringLiteral("-m"), module, QStringLiteral("-a"), args});
        if (!process.waitForFinished(300000)) {
            process.kill();
            process.waitForFinished();
            *why = QStringLiteral("ansible did not finish");
            return std::nullopt;
        }
        const QString output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        static const QRegularExpression changed(QStringLiteral(R"("changed":\s*(true|false))"));
        const QRegularExpressionMatch match = changed.match(output);
        if (process.exitCode() != 0 || !match.hasMatch()) {
            *why = QStringLiteral("ansible -m %1 -a '%2' failed: %3").arg(module, args, output.right(1500));
            return std::nullopt;
        }
        return match.captured(1) == QLatin1String("true");
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = PiStandIn::unavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        m_pi = std::make_unique<PiStandIn>();
        QString error;
        QVERIFY2(m_pi->start(&error), qPrintable(error));
        m_transport = std::make_unique<SshTransport>(m_pi->settings());
    }

    void cleanupTestCase()
    {
        m_transport.reset();
        m_pi.reset();
    }

    void aptUpdateCache()
    {
        TaskResult result = run<AptModule>({{QStringLiteral("update_cache"), true}});
        VERIFY_STATUS(result, Status::Changed);
        QCOMPARE(result.data.value(QStringLiteral("cache_updated")).toBool(), true);
        QVERIFY(result.data.value(QStringLiteral("cache_update_time")).toLongLong() > 0);
        // Fresh enough now: nothing to do.
        result = run<AptModule>({{QStringLiteral("update_cache"), true}, {QStringLiteral("cache_valid_time"), 3600}});
        VERIFY_STATUS(result, Status::Ok);
        QCOMPARE(result.data.value(QStringLiteral("cache_updated")).toBool(), false);
    }

    void aptInstallAndRemove()
    {
        const QVariantMap present {{QStringLiteral("name"), QStringLiteral("hello")},
                                   {QStringLiteral("install_recommends"), false}};
        int code = 0;
        inside(QStringLiteral("dpkg-query -W hello"), &code);
        QVERIFY2(code != 0, "hello must not be installed in a fresh stand-in");

        TaskResult result = run<AptModule>(present, true);
        VERIFY_STATUS(result, Status::Changed);
        QVERIFY2(result.data.value(QStringLiteral("stdout")).toString().contains(QLatin1String("Inst hello")),
                 qPrintable(describe(result)));
        inside(QStringLiteral("dpkg-query -W hello"), &code);
        QVERIFY2(code != 0, "check mode installed the package");

        result = run<AptModule>(present);
        VERIFY_STATUS(result, Status::Changed);
        QVERIFY(result.data.value(QStringLiteral("stdout")).toString().contains(QLatin1String("Setting up hello")));
        QCOMPARE(inside(QStringLiteral("hello")), QByteArray("Hello, world!\n"));

        VERIFY_STATUS(run<AptModule>(present), Status::Ok);
        VERIFY_STATUS(run<AptModule>({{QStringLiteral("name"), QStringList {QStringLiteral("hello")}},
                                      {QStringLiteral("state"), QStringLiteral("latest")}}),
                      Status::Ok);

        QString why;
        const std::optional<bool> ansible
            = ansibleChanged(QStringLiteral("apt"), QStringLiteral("name=hello state=present"), &why);
        if (ansible)
            QCOMPARE(*ansible, false);
        else
            qWarning("parity skipped: %s", qPrintable(why));

        const QVariantMap absent {{QStringLiteral("name"), QStringLiteral("hello")},
                                  {QStringLiteral("state"), QStringLiteral("absent")},
                                  {QStringLiteral("purge"), true}};
        VERIFY_STATUS(run<AptModule>(absent, true), Status::Changed);
        QCOMPARE(inside(QStringLiteral("hello")), QByteArray("Hello, world!\n"));
        VERIFY_STATUS(run<AptModule>(absent), Status::Changed);
        inside(QStringLiteral("dpkg-query -W -f='${Status}' hello | grep -q ' installed'"), &code);
        QVERIFY2(code != 0, "hello is still installed");
        VERIFY_STATUS(run<AptModule>(absent), Status::Ok);
    }

    void aptUnknownPackage()
    {
        const TaskResult result = run<AptModule>({{QStringLiteral("name"), QStringLiteral("no-such-package-antler")}});
        VERIFY_STATUS(result, Status::Failed);
        QVERIFY2(result.data.value(QStringLiteral("msg")).toString().contains(QLatin1String("no-such-package-antler")),
                 qPrintable(describe(result)));
    }

    void group()
    {
        const QVariantMap present {{QStringLiteral("name"), QStringLiteral("moose")}, {QStringLiteral("gid"), 2345}};
        VERIFY_STATUS(run<GroupModule>(present, true), Status::Changed);
        QCOMPARE(inside(QStringLiteral("getent group moose || echo none")), QByteArray("none\n"));

        TaskResult result = run<GroupModule>(present);
        VERIFY_STATUS(result, Status::Changed);
        QCOMPARE(result.data.value(QStringLiteral("gid")).toInt(), 2345);
        QCOMPARE(inside(QStringLiteral("getent group moose")), QByteArray("moose:x:2345:\n"));
        VERIFY_STATUS(run<GroupModule>(present), Status::Ok);

        QString why;
        const std::optional<bool> ansible
            = ansibleChanged(QStringLiteral("group"), QStringLiteral("name=moose gid=2345"), &why);
        if (ansible)
            QCOMPARE(*ansible, false);
        else
            qWarning("parity skipped: %s", qPrintable(why));

        VERIFY_STATUS(run<GroupModule>({{QStringLiteral("name"), QStringLiteral("moose")},
                                        {QStringLiteral("gid"), QStringLiteral("2346")}}),
                      Status::Changed);
        QCOMPARE(inside(QStringLiteral("getent group moose")), QByteArray("moose:x:2346:\n"));

        const QVariantMap absent {{QStringLiteral("name"), QStringLiteral("moose")},
                                  {QStringLiteral("state"), QStringLiteral("absent")}};
        VERIFY_STATUS(run<GroupModule>(absent, true), Status::Changed);
        QCOMPARE(inside(QStringLiteral("getent group moose")), QByteArray("moose:x:2346:\n"));
        VERIFY_STATUS(run<GroupModule>(absent), Status::Changed);
        QCOMPARE(inside(QStringLiteral("getent group moose || echo none")), QByteArray("none\n"));
        VERIFY_STATUS(run<GroupModule>(absent), Status::Ok);
    }

    void user()
    {
        const QVariantMap present {{QStringLiteral("name"), QStringLiteral("bob")},
                                   {QStringLiteral("uid"), 2001},
                                   {QStringLiteral("groups"), QStringList {QStringLiteral("sudo")}},
                                   {QStringLiteral("shell"), QStringLiteral("/bin/bash")},
                                   {QStringLiteral("comment"), QStringLiteral("Bob Moose")}};
        TaskResult result = run<UserModule>(present, true);
        VERIFY_STATUS(result, Status::Changed);
        QCOMPARE(inside(QStringLiteral("getent passwd bob || echo none")), QByteArray("none\n"));

        result = run<UserModule>(present);
        VERIFY_STATUS(result, Status::Changed);
        QCOMPARE(result.data.value(QStringLiteral("uid")).toInt(), 2001);
        QCOMPARE(result.data.value(QStringLiteral("home")).toString(), QStringLiteral("/home/bob"));
        QCOMPARE(inside(QStringLiteral("getent passwd bob")),
                 QByteArray("bob:x:2001:2001:Bob Moose:/home/bob:/bin/bash\n"));
        QCOMPARE(inside(QStringLiteral("id -Gn bob")), QByteArray("bob sudo\n"));
        QCOMPARE(inside(QStringLiteral("test -d /home/bob && echo home")), QByteArray("home\n"));
        VERIFY_STATUS(run<UserModule>(present), Status::Ok);

        QString why;
        std::optional<bool> ansible
            = ansibleChanged(QStringLiteral("user"),
                             QStringLiteral("name=bob uid=2001 groups=sudo shell=/bin/bash comment='Bob Moose'"), &why);
        if (ansible)
            QCOMPARE(*ansible, false);
        else
            qWarning("parity skipped: %s", qPrintable(why));

        // Append a group, set a shell and a password hash.
        const QString hash = QStringLiteral(
            "$6$saltsalt$0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ./0123456789abcdefghijklmnopq");
        const QVariantMap modified {{QStringLiteral("name"), QStringLiteral("bob")},
                                    {QStringLiteral("groups"), QStringLiteral("adm")},
                                    {QStringLiteral("append"), true},
                                    {QStringLiteral("shell"), QStringLiteral("/bin/sh")},
                                    {QStringLiteral("password"), hash}};
        VERIFY_STATUS(run<UserModule>(modified, true), Status::Changed);
        QCOMPARE(inside(QStringLiteral("id -Gn bob")), QByteArray("bob sudo\n"));
        result = run<UserModule>(modified);
        VERIFY_STATUS(result, Status::Changed);
        QCOMPARE(result.data.value(QStringLiteral("password")).toString(), QStringLiteral("NOT_LOGGING_PASSWORD"));
        QVERIFY(!describe(result).contains(hash));
        QCOMPARE(inside(QStringLiteral("id -Gn bob")), QByteArray("bob adm sudo\n"));
        QCOMPARE(inside(QStringLiteral("getent shadow bob | cut -d: -f2")), hash.toUtf8() + '\n');
        QCOMPARE(inside(QStringLiteral("getent passwd bob | cut -d: -f7")), QByteArray("/bin/sh\n"));
        VERIFY_STATUS(run<UserModule>(modified), Status::Ok);

        // Without append the list is exact.
        const QVariantMap exact {{QStringLiteral("name"), QStringLiteral("bob")},
                                 {QStringLiteral("groups"), QStringList {QStringLiteral("adm")}}};
        VERIFY_STATUS(run<UserModule>(exact), Status::Changed);
        QCOMPARE(inside(QStringLiteral("id -Gn bob")), QByteArray("bob adm\n"));
        VERIFY_STATUS(run<UserModule>(exact), Status::Ok);

        const QVariantMap absent {{QStringLiteral("name"), QStringLiteral("bob")},
                                  {QStringLiteral("state"), QStringLiteral("absent")},
                                  {QStringLiteral("remove"), true}};
        VERIFY_STATUS(run<UserModule>(absent, true), Status::Changed);
        QCOMPARE(inside(QStringLiteral("getent passwd bob | cut -d: -f1")), QByteArray("bob\n"));
        VERIFY_STATUS(run<UserModule>(absent), Status::Changed);
        QCOMPARE(inside(QStringLiteral("getent passwd bob || echo none; test -d /home/bob || echo no-home")),
                 QByteArray("none\nno-home\n"));
        VERIFY_STATUS(run<UserModule>(absent), Status::Ok);
    }

    void userMissingGroup()
    {
        const TaskResult result = run<UserModule>({{QStringLiteral("name"), QStringLiteral("carol")},
                                                   {QStringLiteral("groups"), QStringLiteral("no-such-group")}});
        VERIFY_STATUS(result, Status::Failed);
        QVERIFY2(result.data.value(QStringLiteral("msg")).toString().contains(QLatin1String("no-such-group")),
                 qPrintable(describe(result)));
        QCOMPARE(inside(QStringLiteral("getent passwd carol || echo none")), QByteArray("none\n"));
    }

    void cron()
    {
        const QVariantMap backup {{QStringLiteral("name"), QStringLiteral("backup")},
                                  {QStringLiteral("minute"), QStringLiteral("5")},
                                  {QStringLiteral("hour"), QStringLiteral("2")},
                                  {QStringLiteral("job"), QStringLiteral("/usr/bin/true > /dev/null")},
                                  {QStringLiteral("user"), QStringLiteral("pi")}};
        const QString read = QStringLiteral("crontab -u pi -l 2>&1");
        TaskResult result = run<CronModule>(backup, true, true);
        VERIFY_STATUS(result, Status::Changed);
        QCOMPARE(result.data.value(QStringLiteral("jobs")).toStringList(), QStringList {QStringLiteral("backup")});
        QCOMPARE(result.data.value(QStringLiteral("diff")).toMap().value(QStringLiteral("after")).toString(),
                 QStringLiteral("#Ansible: backup\n5 2 * * * /usr/bin/true > /dev/null\n"));
        QCOMPARE(inside(read), QByteArray("no crontab for pi\n"));

        VERIFY_STATUS(run<CronModule>(backup), Status::Changed);
        QCOMPARE(inside(read), QByteArray("#Ansible: backup\n5 2 * * * /usr/bin/true > /dev/null\n"));
        VERIFY_STATUS(run<CronModule>(backup), Status::Ok);

        QString why;
        std::optional<bool> ansible = ansibleChanged(
            QStringLiteral("cron"),
            QStringLiteral("name=backup minute=5 hour=2 job='/usr/bin/true > /dev/null' user=pi"), &why);
        if (ansible)
            QCOMPARE(*ansible, false);
        else
            qWarning("parity skipped: %s", qPrintable(why));

        // A job written by hand stays; a second job and a disabled one.
        inside(QStringLiteral("(crontab -u pi -l; echo '0 * * * * echo by-hand') | crontab -u pi -"));
        const QVariantMap reboot {{QStringLiteral("name"), QStringLiteral("at boot")},
                                  {QStringLiteral("special_time"), QStringLiteral("reboot")},
                                  {QStringLiteral("job"), QStringLiteral("echo booted")},
                                  {QStringLiteral("user"), QStringLiteral("pi")}};
        VERIFY_STATUS(run<CronModule>(reboot), Status::Changed);
        QVariantMap disabled = backup;
        disabled.insert(QStringLiteral("disabled"), true);
        result = run<CronModule>(disabled);
        VERIFY_STATUS(result, Status::Changed);
        QCOMPARE(result.data.value(QStringLiteral("jobs")).toStringList(),
                 (QStringList {QStringLiteral("backup"), QStringLiteral("at boot")}));
        QCOMPARE(inside(read),
                 QByteArray("#Ansible: backup\n#5 2 * * * /usr/bin/true > /dev/null\n0 * * * * echo by-hand\n"
                            "#Ansible: at boot\n@reboot echo booted\n"));
        VERIFY_STATUS(run<CronModule>(disabled), Status::Ok);

        ansible = ansibleChanged(QStringLiteral("cron"),
                                 QStringLiteral("name='at boot' special_time=reboot job='echo booted' user=pi"), &why);
        if (ansible)
            QCOMPARE(*ansible, false);

        const QVariantMap absent {{QStringLiteral("name"), QStringLiteral("backup")},
                                  {QStringLiteral("state"), QStringLiteral("absent")},
                                  {QStringLiteral("user"), QStringLiteral("pi")}};
        VERIFY_STATUS(run<CronModule>(absent, true), Status::Changed);
        QVERIFY(inside(read).contains("#Ansible: backup"));
        VERIFY_STATUS(run<CronModule>(absent), Status::Changed);
        QCOMPARE(inside(read), QByteArray("0 * * * * echo by-hand\n#Ansible: at boot\n@reboot echo booted\n"));
        VERIFY_STATUS(run<CronModule>(absent), Status::Ok);
    }

    void cronFile()
    {
        const QVariantMap job {{QStringLiteral("name"), QStringLiteral("metrics")},
                               {QStringLiteral("minute"), QStringLiteral("*/5")},
                               {QStringLiteral("job"), QStringLiteral("/usr/local/bin/collect")},
                               {QStringLiteral("user"), QStringLiteral("root")},
                               {QStringLiteral("cron_file"), QStringLiteral("antler-metrics")}};
        VERIFY_STATUS(run<CronModule>(job), Status::Changed);
        QCOMPARE(inside(QStringLiteral("cat /etc/cron.d/antler-metrics")),
                 QByteArray("#Ansible: metrics\n*/5 * * * * root /usr/local/bin/collect\n"));
        VERIFY_STATUS(run<CronModule>(job), Status::Ok);
        QVariantMap absent = job;
        absent.insert(QStringLiteral("state"), QStringLiteral("absent"));
        VERIFY_STATUS(run<CronModule>(absent), Status::Changed);
        QCOMPARE(inside(QStringLiteral("test -e /etc/cron.d/antler-metrics || echo gone")), QByteArray("gone\n"));
    }

    void sysctlFile()
    {
        const QString path = QStringLiteral("/etc/sysctl.d/99-antler.conf");
        const QVariantMap swappiness {{QStringLiteral("name"), QStringLiteral("vm.swappiness")},
                                      {QStringLiteral("value"), QStringLiteral("10")},
                                      {QStringLiteral("sysctl_file"), path},
                                      {QStringLiteral("reload"), false}};
        VERIFY_STATUS(run<SysctlModule>(swappiness, true), Status::Changed);
        QCOMPARE(inside(QStringLiteral("cat ") + path + QStringLiteral(" 2>/dev/null || echo none")),
                 QByteArray("none\n"));
        VERIFY_STATUS(run<SysctlModule>(swappiness), Status::Changed);
        QCOMPARE(inside(QStringLiteral("cat ") + path), QByteArray("vm.swappiness=10\n"));
        VERIFY_STATUS(run<SysctlModule>(swappiness), Status::Ok);

        // Other lines and comments stay; the key's line is replaced in place.
        inside(QStringLiteral("printf '# tuned\\nnet.ipv4.ip_forward = 1\\nvm.swappiness = 10\\n' > ") + path);
        VERIFY_STATUS(run<SysctlModule>(swappiness), Status::Ok);
        QVariantMap twenty = swappiness;
        twenty.insert(QStringLiteral("value"), 20);
        VERIFY_STATUS(run<SysctlModule>(twenty), Status::Changed);
        QCOMPARE(inside(QStringLiteral("cat ") + path),
                 QByteArray("# tuned\nnet.ipv4.ip_forward = 1\nvm.swappiness=20\n"));

        const QVariantMap absent {{QStringLiteral("name"), QStringLiteral("vm.swappiness")},
                                  {QStringLiteral("state"), QStringLiteral("absent")},
                                  {QStringLiteral("sysctl_file"), path}};
        VERIFY_STATUS(run<SysctlModule>(absent, true), Status::Changed);
        VERIFY_STATUS(run<SysctlModule>(absent), Status::Changed);
        QCOMPARE(inside(QStringLiteral("cat ") + path), QByteArray("# tuned\nnet.ipv4.ip_forward = 1\n"));
        VERIFY_STATUS(run<SysctlModule>(absent), Status::Ok);
    }

    void sysctlLiveValueRefusedInContainer()
    {
        // The container's /proc/sys is read-only: setting the live value must
        // fail with one clear sentence, not pass silently.
        const TaskResult result
            = run<SysctlModule>({{QStringLiteral("name"), QStringLiteral("vm.swappiness")},
                                 {QStringLiteral("value"), QStringLiteral("11")},
                                 {QStringLiteral("sysctl_file"), QStringLiteral("/etc/sysctl.d/98-live.conf")},
                                 {QStringLiteral("sysctl_set"), true}});
        VERIFY_STATUS(result, Status::Failed);
        QVERIFY2(result.data.value(QStringLiteral("msg")).toString().contains(QLatin1String("vm.swappiness")),
                 qPrintable(describe(result)));
    }

    void serviceThroughInitScript()
    {
        // No systemd in the stand-in: cron is driven through /etc/init.d/cron.
        int code = 0;
        inside(QStringLiteral("service cron status"), &code);
        QVERIFY2(code != 0, "cron must not run in a fresh stand-in");
        const QVariantMap started {{QStringLiteral("name"), QStringLiteral("cron")},
                                   {QStringLiteral("state"), QStringLiteral("started")}};
        VERIFY_STATUS(run<ServiceModule>(started, true), Status::Changed);
        inside(QStringLiteral("service cron status"), &code);
        QVERIFY2(code != 0, "check mode started cron");
        TaskResult result = run<ServiceModule>(started);
        VERIFY_STATUS(result, Status::Changed);
        QVERIFY(!result.data.contains(QStringLiteral("warnings")));
        inside(QStringLiteral("service cron status"), &code);
        QCOMPARE(code, 0);
        VERIFY_STATUS(run<ServiceModule>(started), Status::Ok);

        const QVariantMap disabled {{QStringLiteral("name"), QStringLiteral("cron")},
                                    {QStringLiteral("enabled"), false}};
        VERIFY_STATUS(run<ServiceModule>(disabled, true), Status::Changed);
        QCOMPARE(inside(QStringLiteral("ls /etc/rc2.d | grep cron")), QByteArray("S01cron\n"));
        result = run<ServiceModule>(disabled);
        VERIFY_STATUS(result, Status::Changed);
        QCOMPARE(result.data.value(QStringLiteral("enabled")).toBool(), false);
        QCOMPARE(inside(QStringLiteral("ls /etc/rc2.d | grep cron")), QByteArray("K01cron\n"));
        VERIFY_STATUS(run<ServiceModule>(disabled), Status::Ok);
        VERIFY_STATUS(
            run<ServiceModule>({{QStringLiteral("name"), QStringLiteral("cron")}, {QStringLiteral("enabled"), true}}),
            Status::Changed);
        QCOMPARE(inside(QStringLiteral("ls /etc/rc2.d | grep cron")), QByteArray("S01cron\n"));

        const QString pid = QStringLiteral("cat /run/crond.pid");
        const QByteArray before = inside(pid);
        VERIFY_STATUS(run<ServiceModule>({{QStringLiteral("name"), QStringLiteral("cron")},
                                          {QStringLiteral("state"), QStringLiteral("restarted")}}),
                      Status::Changed);
        QVERIFY(inside(pid) != before);

        const QVariantMap stopped {{QStringLiteral("name"), QStringLiteral("cron")},
                                   {QStringLiteral("state"), QStringLiteral("stopped")}};
        VERIFY_STATUS(run<ServiceModule>(stopped, true), Status::Changed);
        inside(QStringLiteral("service cron status"), &code);
        QCOMPARE(code, 0);
        VERIFY_STATUS(run<ServiceModule>(stopped), Status::Changed);
        inside(QStringLiteral("service cron status"), &code);
        QVERIFY(code != 0);
        VERIFY_STATUS(run<ServiceModule>(stopped), Status::Ok);
    }

    void systemdModuleFallsBackAndSaysSo()
    {
        const QVariantMap started {{QStringLiteral("name"), QStringLiteral("cron.service")},
                                   {QStringLiteral("state"), QStringLiteral("started")}};
        TaskResult result = run<SystemdModule>(started);
        VERIFY_STATUS(result, Status::Changed);
        const QString warnings = result.data.value(QStringLiteral("warnings")).toStringList().join(QLatin1Char(' '));
        QVERIFY2(warnings.contains(QLatin1String("systemd is not running"))
                     && warnings.contains(QLatin1String("/etc/init.d/cron")),
                 qPrintable(describe(result)));
        int code = 0;
        inside(QStringLiteral("service cron status"), &code);
        QCOMPARE(code, 0);
        VERIFY_STATUS(run<SystemdModule>(started), Status::Ok);
        inside(QStringLiteral("service cron stop"));

        result = run<SystemdModule>(
            {{QStringLiteral("name"), QStringLiteral("nginx")}, {QStringLiteral("state"), QStringLiteral("started")}});
        VERIFY_STATUS(result, Status::Failed);
        const QString message = result.data.value(QStringLiteral("msg")).toString();
        QVERIFY2(message.contains(QLatin1String("nginx")) && message.contains(QLatin1String("systemd is not running"))
                     && message.contains(QLatin1String("/etc/init.d/nginx")),
                 qPrintable(message));
    }

    void hostnameWithoutCapability()
    {
        // The default stand-in may not rename itself, like many containers:
        // an unchanged name is fine, a new one fails with one clear sentence.
        VERIFY_STATUS(run<HostnameModule>({{QStringLiteral("name"), QStringLiteral("pi-standin")}}), Status::Ok);
        VERIFY_STATUS(run<HostnameModule>({{QStringLiteral("name"), QStringLiteral("moose-pi")}}, true),
                      Status::Changed);
        QCOMPARE(inside(QStringLiteral("hostname")), QByteArray("pi-standin\n"));
        const TaskResult result = run<HostnameModule>({{QStringLiteral("name"), QStringLiteral("moose-pi")}});
        VERIFY_STATUS(result, Status::Failed);
        QVERIFY2(result.data.value(QStringLiteral("msg")).toString().contains(QLatin1String("running host name")),
                 qPrintable(describe(result)));
        inside(QStringLiteral("echo pi-standin > /etc/hostname"));
    }

    void hostname()
    {
        const QByteArray machineName = QSysInfo::machineHostName().toUtf8();
        PiStandIn::Options options;
        options.capabilities = {QStringLiteral("SYS_ADMIN")};
        PiStandIn pi(options);
        QString error;
        QVERIFY2(pi.start(&error), qPrintable(error));
        SshTransport transport(pi.settings());
        m_target = &transport;
        auto restore = qScopeGuard([this] { m_target = nullptr; });
        const QVariantMap renamed {{QStringLiteral("name"), QStringLiteral("moose-pi.example.org")}};
        VERIFY_STATUS(run<HostnameModule>(renamed, true), Status::Changed);
        QByteArray output;
        pi.shell(QStringLiteral("echo \"$(hostname) $(cat /etc/hostname)\""), &output);
        QCOMPARE(output, QByteArray("pi-standin pi-standin\n"));
        TaskResult result = run<HostnameModule>(renamed);
        VERIFY_STATUS(result, Status::Changed);
        QCOMPARE(result.data.value(QStringLiteral("ansible_facts"))
                     .toMap()
                     .value(QStringLiteral("ansible_hostname"))
                     .toString(),
                 QStringLiteral("moose-pi"));
        pi.shell(QStringLiteral("echo \"$(hostname) $(cat /etc/hostname)\""), &output);
        QCOMPARE(output, QByteArray("moose-pi.example.org moose-pi.example.org\n"));
        VERIFY_STATUS(run<HostnameModule>(renamed), Status::Ok);
        QCOMPARE(QSysInfo::machineHostName().toUtf8(), machineName); // this machine kept its name
    }

    void waitForPath()
    {
        const QString ready = QStringLiteral("/tmp/antler-ready");
        inside(QStringLiteral("rm -f ") + ready);
        inside(QStringLiteral("nohup sh -c 'sleep 2; echo \"state: ready 42\" > ") + ready
               + QStringLiteral("' >/dev/null 2>&1 &"));
        TaskResult result = run<WaitForModule>({{QStringLiteral("path"), ready},
                                                {QStringLiteral("search_regex"), QStringLiteral("ready [0-9]+")},
                                                {QStringLiteral("timeout"), 60}});
        VERIFY_STATUS(result, Status::Ok);
        QCOMPARE(result.data.value(QStringLiteral("match")).toString(), QStringLiteral("ready 42"));
        QCOMPARE(result.data.value(QStringLiteral("changed")).toBool(), false);
        QVERIFY(result.data.contains(QStringLiteral("elapsed")));

        inside(QStringLiteral("nohup sh -c 'sleep 2; rm -f ") + ready + QStringLiteral("' >/dev/null 2>&1 &"));
        VERIFY_STATUS(run<WaitForModule>({{QStringLiteral("path"), ready},
                                          {QStringLiteral("state"), QStringLiteral("absent")},
                                          {QStringLiteral("timeout"), 60}}),
                      Status::Ok);
        QCOMPARE(inside(QStringLiteral("test -e ") + ready + QStringLiteral(" || echo gone")), QByteArray("gone\n"));

        result = run<WaitForModule>({{QStringLiteral("path"), ready}, {QStringLiteral("timeout"), 1}});
        VERIFY_STATUS(result, Status::Failed);
        QCOMPARE(result.data.value(QStringLiteral("msg")).toString(),
                 QStringLiteral("Timeout when waiting for file ") + ready);
    }

    void waitForPort()
    {
        // The stand-in's own sshd listens; a port nobody listens on does not.
        TaskResult result = run<WaitForModule>({{QStringLiteral("port"), m_pi->port()},
                                                {QStringLiteral("search_regex"), QStringLiteral("OpenSSH")},
                                                {QStringLiteral("timeout"), 30}});
        VERIFY_STATUS(result, Status::Ok);
        QCOMPARE(result.data.value(QStringLiteral("match")).toString(), QStringLiteral("OpenSSH"));
        const quint16 unused = antler::test::freeLoopbackPort();
        VERIFY_STATUS(run<WaitForModule>({{QStringLiteral("port"), unused},
                                          {QStringLiteral("state"), QStringLiteral("stopped")},
                                          {QStringLiteral("timeout"), 30}}),
                      Status::Ok);
        result = run<WaitForModule>({{QStringLiteral("port"), unused}, {QStringLiteral("timeout"), 1}});
        VERIFY_STATUS(result, Status::Failed);
        QCOMPARE(result.data.value(QStringLiteral("msg")).toString(),
                 QStringLiteral("Timeout when waiting for 127.0.0.1:%1").arg(unused));
    }

    void aptRepository()
    {
        const QString repo = QStringLiteral("deb http://deb.debian.org/debian bookworm-backports main");
        const QString file = QStringLiteral("/etc/apt/sources.list.d/deb_debian_org_debian.list");
        QCOMPARE(AptRepositoryModule::suggestedFileName(repo, QString()), QStringLiteral("deb_debian_org_debian.list"));
        const QVariantMap present {{QStringLiteral("repo"), repo}, {QStringLiteral("update_cache"), false}};
        VERIFY_STATUS(run<AptRepositoryModule>(present, true), Status::Changed);
        QCOMPARE(inside(QStringLiteral("test -e ") + file + QStringLiteral(" || echo none")), QByteArray("none\n"));
        TaskResult result = run<AptRepositoryModule>(present);
        VERIFY_STATUS(result, Status::Changed);
        QCOMPARE(result.data.value(QStringLiteral("sources_added")).toStringList(), QStringList {file});
        QCOMPARE(inside(QStringLiteral("cat ") + file + QStringLiteral("; stat -c %a ") + file),
                 (repo + QStringLiteral("\n644\n")).toUtf8());
        VERIFY_STATUS(run<AptRepositoryModule>(present), Status::Ok);
        // Spacing does not matter; a commented-out entry is enabled again.
        VERIFY_STATUS(
            run<AptRepositoryModule>({{QStringLiteral("repo"),
                                       QStringLiteral("deb  http://deb.debian.org/debian   bookworm-backports main")},
                                      {QStringLiteral("update_cache"), false}}),
            Status::Ok);
        inside(QStringLiteral("sed -i 's/^deb/# deb/' ") + file);
        VERIFY_STATUS(run<AptRepositoryModule>(present), Status::Changed);
        QCOMPARE(inside(QStringLiteral("cat ") + file), (repo + QStringLiteral("\n")).toUtf8());

        const QVariantMap absent {{QStringLiteral("repo"), repo},
                                  {QStringLiteral("state"), QStringLiteral("absent")},
                                  {QStringLiteral("update_cache"), false}};
        VERIFY_STATUS(run<AptRepositoryModule>(absent, true), Status::Changed);
        QCOMPARE(inside(QStringLiteral("cat ") + file), (repo + QStringLiteral("\n")).toUtf8());
        result = run<AptRepositoryModule>(absent);
        VERIFY_STATUS(result, Status::Changed);
        QCOMPARE(result.data.value(QStringLiteral("sources_removed")).toStringList(), QStringList {file});
        QCOMPARE(inside(QStringLiteral("test -e ") + file + QStringLiteral(" || echo none")), QByteArray("none\n"));
        VERIFY_STATUS(run<AptRepositoryModule>(absent), Status::Ok);
    }

    void reboot()
    {
        // A container cannot reboot a kernel: in the rebootable stand-in,
        // `kill 1` restarts the container and a fresh id stands in for the
        // kernel's boot_id. The module's waiting, reconnecting and checking
        // are what is tested here.
        PiStandIn::Options options;
        options.rebootable = true;
        PiStandIn pi(options);
        QString error;
        QVERIFY2(pi.start(&error), qPrintable(error));
        SshTransport transport(pi.settings());
        m_target = &transport;
        auto restore = qScopeGuard([this] { m_target = nullptr; });
        QByteArray before;
        QCOMPARE(pi.shell(PiStandIn::bootIdCommand(), &before), 0);
        const QVariantMap arguments {{QStringLiteral("reboot_command"), QStringLiteral("kill -TERM 1")},
                                     {QStringLiteral("boot_time_command"), PiStandIn::bootIdCommand()},
                                     {QStringLiteral("reboot_timeout"), 120}};
        TaskResult result = run<RebootModule>(arguments, true);
        VERIFY_STATUS(result, Status::Changed);
        QByteArray now;
        QCOMPARE(pi.shell(PiStandIn::bootIdCommand(), &now), 0);
        QCOMPARE(now, before);

        result = run<RebootModule>(arguments);
        VERIFY_STATUS(result, Status::Changed);
        QCOMPARE(result.data.value(QStringLiteral("rebooted")).toBool(), true);
        QCOMPARE(pi.shell(PiStandIn::bootIdCommand(), &now), 0);
        QVERIFY(now != before);
        // The session works again after the reboot.
        TaskResult after = run<HostnameModule>({{QStringLiteral("name"), QStringLiteral("pi-standin")}});
        VERIFY_STATUS(after, Status::Ok);

        // No shutdown program in the stand-in: the default command fails clearly.
        result = run<RebootModule>({{QStringLiteral("boot_time_command"), PiStandIn::bootIdCommand()}});
        VERIFY_STATUS(result, Status::Failed);
        QVERIFY2(result.data.value(QStringLiteral("msg")).toString().contains(QLatin1String("shutdown")),
                 qPrintable(describe(result)));
    }

    void playbookThroughAntlerAndAnsible()
    {
        // The same playbook through the whole engine (parser, templating,
        // argument checks, become) twice, then through ansible-playbook,
        // which must find nothing left to change.
        const QString antler = QStringLiteral(ANTLER_BINARY_DIR "/gui/antler");
        if (!QFileInfo(antler).isExecutable())
            QSKIP("the antler executable is not built in this build folder");
        const QString playbook = m_pi->dir() + QStringLiteral("/site.yml");
        QFile file(playbook);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("- hosts: pi\n"
                   "  gather_facts: false\n"
                   "  become: true\n"
                   "  vars:\n"
                   "    account: moose\n"
                   "  tasks:\n"
                   "    - name: the group\n"
                   "      group: name=moosers gid=3001\n"
                   "    - name: the account\n"
                   "      user:\n"
                   "        name: \"{{ account }}\"\n"
                   "        groups: [moosers]\n"
                   "        shell: /bin/bash\n"
                   "        create_home: yes\n"
                   "    - name: a nightly job\n"
                   "      ansible.builtin.cron:\n"
                   "        name: nightly\n"
                   "        minute: \"0\"\n"
                   "        hour: \"3\"\n"
                   "        job: /usr/bin/true\n"
                   "        user: \"{{ account }}\"\n"
                   "    - name: a package\n"
                   "      apt:\n"
                   "        name: [less]\n"
                   "        update_cache: yes\n"
                   "        cache_valid_time: 3600\n");
        file.close();
        const QString inventory = m_pi->writeAnsibleInventory();
        auto runAntler = [&](QByteArray *output) {
            QProcess process;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("HOME"), m_pi->homeDir());
            process.setProcessEnvironment(environment);
            process.setProcessChannelMode(QProcess::MergedChannels);
            process.start(antler, {QStringLiteral("--run-playbook"), playbook, QStringLiteral("-i"), inventory});
            if (!process.waitForFinished(600000))
                process.kill();
            *output = process.readAll();
            return process.exitCode();
        };
        static const QRegularExpression recap(
            QStringLiteral(R"(pi\s*:\s*ok=(\d+)\s+changed=(\d+)\s+unreachable=0\s+failed=0)"));
        QByteArray output;
        QVERIFY2(runAntler(&output) == 0, output.constData());
        QRegularExpressionMatch match = recap.match(QString::fromUtf8(output));
        QVERIFY2(match.hasMatch(), output.constData());
        QCOMPARE(match.captured(2).toInt(), 4);
        QCOMPARE(inside(QStringLiteral("id -Gn moose; crontab -u moose -l; dpkg-query -W -f='${Status}\\n' less")),
                 QByteArray("moose moosers\n#Ansible: nightly\n0 3 * * * /usr/bin/true\ninstall ok installed\n"));

        QElapsedTimer antlerTime;
        antlerTime.start();
        QVERIFY2(runAntler(&output) == 0, output.constData());
        const qint64 antlerMs = antlerTime.elapsed();
        match = recap.match(QString::fromUtf8(output));
        QVERIFY2(match.hasMatch(), output.constData());
        QCOMPARE(match.captured(2).toInt(), 0);

        const QString ansiblePlaybook = QStandardPaths::findExecutable(QStringLiteral("ansible-playbook"));
        if (ansiblePlaybook.isEmpty())
            QSKIP("ansible-playbook is not installed (package ansible-core)");
        QProcess ansible;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("ANSIBLE_NOCOLOR"), QStringLiteral("1"));
        environment.insert(QStringLiteral("ANSIBLE_LOCAL_TEMP"), m_pi->dir() + QStringLiteral("/ansible-tmp"));
        environment.insert(QStringLiteral("ANSIBLE_PIPELINING"), QStringLiteral("1"));
        ansible.setProcessEnvironment(environment);
        ansible.setProcessChannelMode(QProcess::MergedChannels);
        QElapsedTimer ansibleTime;
        ansibleTime.start();
        ansible.start(ansiblePlaybook, {QStringLiteral("-i"), inventory, playbook});
        QVERIFY(ansible.waitForFinished(600000));
        // For information only: the same unchanged run, antler against ansible-playbook.
        qInfo("unchanged run of 4 system tasks: antler %lld ms, ansible-playbook %lld ms (pipelining on)", antlerMs,
              ansibleTime.elapsed());
        const QByteArray ansibleOutput = ansible.readAll();
        QCOMPARE(ansible.exitCode(), 0);
        match = recap.match(QString::fromUtf8(ansibleOutput));
        QVERIFY2(match.hasMatch(), ansibleOutput.constData());
        QCOMPARE(match.captured(2).toInt(), 0);
    }

private:
    std::unique_ptr<PiStandIn> m_pi;
    std::unique_ptr<SshTransport> m_transport;
    Transport *m_target = nullptr; // another stand-in's transport for run(), when set
};

QTEST_GUILESS_MAIN(TestSystemModules)
#include "tst_systemmodules.moc"
