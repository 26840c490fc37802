#include "playbook/FactsGatherer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace antler::playbook;

// The facts of this machine from Antler's one-script gatherer, compared with
// the real `ansible localhost -m setup` of ansible-core: the same keys must
// hold the same values (memfree_mb, which moves, within a tenth of the memory).
class TestFacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameValuesAsAnsibleSetup_data();
    void sameValuesAsAnsibleSetup();
    void parsesAnOsReleaseAndCpuinfoOfAPi();

private:
    QVariantMap m_ansible;
    QVariantMap m_antler;
};

void TestFacts::initTestCase()
{
    const QString ansible = QStandardPaths::findExecutable(QStringLiteral("ansible"));
    QVERIFY2(!ansible.isEmpty(), "ansible (Debian package ansible-core) is needed for this test");
    QProcess setup;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ANSIBLE_LOAD_CALLBACK_PLUGINS"), QStringLiteral("1"));
    environment.insert(QStringLiteral("ANSIBLE_STDOUT_CALLBACK"), QStringLiteral("json"));
    environment.insert(QStringLiteral("ANSIBLE_LOCALHOST_WARNING"), QStringLiteral("false"));
    environment.insert(QStringLiteral("ANSIBLE_INVENTORY_UNPARSED_WARNING"), QStringLiteral("false"));
    setup.setProcessEnvironment(environment);
    setup.start(ansible, {QStringLiteral("localhost"), QStringLiteral("-m"), QStringLiteral("setup")});
    QVERIFY(setup.waitForFinished(120000));
    QCOMPARE(setup.exitCode(), 0);
    const QJsonObject document = QJsonDocument::fromJson(setup.readAllStandardOutput()).object();
    const QVariantMap plays = document.toVariantMap();
    const QVariantMap hosts = plays.value(QStringLiteral("plays")).toList().value(0).toMap()
                                  .value(QStringLiteral("tasks")).toList().value(0).toMap()
                                  .value(QStringLiteral("hosts")).toMap();
    m_ansible = hosts.value(QStringLiteral("localhost")).toMap().value(QStringLiteral("ansible_facts")).toMap();
    QVERIFY2(m_ansible.contains(QStringLiteral("ansible_architecture")), "ansible -m setup returned no facts");

    QProcess script;
    script.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QString::fromUtf8(FactsGatherer::script())});
    QVERIFY(script.waitForFinished(30000));
    QCOMPARE(script.exitCode(), 0);
    m_antler = FactsGatherer::parse(script.readAllStandardOutput());
}

void TestFacts::sameValuesAsAnsibleSetup_data()
{
    QTest::addColumn<QString>("path");
    for (const char *path :
         {"architecture", "distribution", "distribution_release", "distribution_version",
          "distribution_major_version", "os_family", "hostname", "fqdn", "domain", "nodename", "memtotal_mb",
          "swaptotal_mb", "processor_count", "processor_cores", "processor_vcpus", "processor_threads_per_core",
          "processor_nproc", "processor", "default_ipv4.address", "default_ipv4.interface", "default_ipv4.gateway",
          "default_ipv4.macaddress", "default_ipv4.mtu", "default_ipv4.netmask", "default_ipv4.network",
          "default_ipv4.prefix", "default_ipv4.broadcast", "default_ipv4.type", "all_ipv4_addresses", "machine",
          "kernel", "kernel_version", "system", "user_id", "user_uid", "user_gid", "user_dir", "user_shell",
          "user_gecos", "real_user_id", "effective_user_id", "real_group_id", "effective_group_id",
          "userspace_architecture", "cmdline", "machine_id", "pkg_mgr", "date_time.tz", "date_time.tz_offset",
          "date_time.date"})
        QTest::newRow(path) << QString::fromLatin1(path);
}

void TestFacts::sameValuesAsAnsibleSetup()
{
    QFETCH(QString, path);
    const QStringList parts = path.split(QLatin1Char('.'));
    const QString key = QStringLiteral("ansible_") + parts.first();
    if (!m_ansible.contains(key))
        QSKIP(qPrintable(QStringLiteral("ansible reports no %1 on this machine").arg(key)));
    QVariant expected = m_ansible.value(key);
    QVariant actual = m_antler.value(key);
    if (parts.size() > 1) {
        expected = expected.toMap().value(parts.at(1));
        actual = actual.toMap().value(parts.at(1));
        if (!expected.isValid())
            QSKIP("ansible reports no such field here");
    }
    // JSON numbers come back as double; compare as JSON text.
    const QByteArray expectedJson = QJsonDocument::fromVariant(QVariantList{expected}).toJson(QJsonDocument::Compact);
    const QByteArray actualJson = QJsonDocument::fromVariant(QVariantList{actual}).toJson(QJsonDocument::Compact);
    QCOMPARE(actualJson, expectedJson);
}

void TestFacts::parsesAnOsReleaseAndCpuinfoOfAPi()
{
    // What the script prints on a Raspberry Pi 4 with Raspberry Pi OS (bookworm).
    const QByteArray output = "system=Linux\nmachine=aarch64\nnodename=pi.lan\n"
                              "osr_ID=debian\nosr_VERSION_CODENAME=bookworm\nosr_VERSION_ID=\"12\"\n"
                              "debian_version=12.5\n"
                              "mem_MemTotal=3884844\nmem_MemFree=2000000\n"
                              "cpuinfo=processor\t: 0\ncpuinfo=processor\t: 1\ncpuinfo=processor\t: 2\ncpuinfo=processor\t: 3\n"
                              "route4=8.8.8.8 via 192.168.1.1 dev wlan0 src 192.168.1.20 uid 1000\n"
                              "addr4=3: wlan0    inet 192.168.1.20/24 brd 192.168.1.255 scope global dynamic wlan0\n"
                              "cmdline=console=tty1 cgroup_enable=memory cgroup_memory=1 quiet\n";
    const QVariantMap facts = FactsGatherer::parse(output);
    QCOMPARE(facts.value(QStringLiteral("ansible_distribution")).toString(), QStringLiteral("Debian"));
    QCOMPARE(facts.value(QStringLiteral("ansible_distribution_version")).toString(), QStringLiteral("12.5"));
    QCOMPARE(facts.value(QStringLiteral("ansible_distribution_major_version")).toString(), QStringLiteral("12"));
    QCOMPARE(facts.value(QStringLiteral("ansible_os_family")).toString(), QStringLiteral("Debian"));
    QCOMPARE(facts.value(QStringLiteral("ansible_architecture")).toString(), QStringLiteral("aarch64"));
    QCOMPARE(facts.value(QStringLiteral("ansible_hostname")).toString(), QStringLiteral("pi"));
    QCOMPARE(facts.value(QStringLiteral("ansible_memtotal_mb")).toInt(), 3793);
    QCOMPARE(facts.value(QStringLiteral("ansible_processor_count")).toInt(), 4);
    QCOMPARE(facts.value(QStringLiteral("ansible_processor_vcpus")).toInt(), 4);
    const QVariantMap route = facts.value(QStringLiteral("ansible_default_ipv4")).toMap();
    QCOMPARE(route.value(QStringLiteral("address")).toString(), QStringLiteral("192.168.1.20"));
    QCOMPARE(route.value(QStringLiteral("gateway")).toString(), QStringLiteral("192.168.1.1"));
    QCOMPARE(route.value(QStringLiteral("netmask")).toString(), QStringLiteral("255.255.255.0"));
    QCOMPARE(facts.value(QStringLiteral("ansible_cmdline")).toMap().value(QStringLiteral("cgroup_memory")).toString(),
             QStringLiteral("1"));
}

QTEST_GUILESS_MAIN(TestFacts)
#include "tst_facts.moc"
