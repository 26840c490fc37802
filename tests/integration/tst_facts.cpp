#include "PiStandIn.h"
#include "inventory/Dict.h"
#include "playbook/FactsGatherer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace antler::playbook;
using antler::test::PiStandIn;

namespace {

// The facts `ansible HOST -m setup` reports (json callback), or an empty map.
QVariantMap ansibleSetup(const QStringList &arguments, QString *error)
{
    const QString ansible = QStandardPaths::findExecutable(QStringLiteral("ansible"));
    if (ansible.isEmpty()) {
        *error = QStringLiteral("ansible (Debian package ansible-core) is needed for this test");
        return {};
    }
    QProcess setup;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ANSIBLE_LOAD_CALLBACK_PLUGINS"), QStringLiteral("1"));
    environment.insert(QStringLiteral("ANSIBLE_STDOUT_CALLBACK"), QStringLiteral("json"));
    environment.insert(QStringLiteral("ANSIBLE_LOCALHOST_WARNING"), QStringLiteral("false"));
    environment.insert(QStringLiteral("ANSIBLE_INVENTORY_UNPARSED_WARNING"), QStringLiteral("false"));
    setup.setProcessEnvironment(environment);
    setup.start(ansible, arguments + QStringList {QStringLiteral("-m"), QStringLiteral("setup")});
    if (!setup.waitForFinished(180000) || setup.exitCode() != 0) {
        *error = QStringLiteral("ansible -m setup failed: ")
            + QString::fromUtf8(setup.readAllStandardOutput().right(2000))
            + QString::fromUtf8(setup.readAllStandardError().right(2000));
        return {};
    }
    const QVariantMap plays = QJsonDocument::fromJson(setup.readAllStandardOutput()).object().toVariantMap();
    const QVariantMap hosts = plays.value(QStringLiteral("plays"))
                                  .toList()
                                  .value(0)
                                  .toMap()
                                  .value(QStringLiteral("tasks"))
                                  .toList()
                                  .value(0)
                                  .toMap()
                                  .value(QStringLiteral("hosts"))
                                  .toMap();
    if (hosts.size() != 1) {
        *error = QStringLiteral("ansible -m setup answered for %1 hosts").arg(hosts.size());
        return {};
    }
    return hosts.first().toMap().value(QStringLiteral("ansible_facts")).toMap();
}

// Antler's facts of this machine, from its one script run locally.
QVariantMap antlerFacts(QString *error)
{
    QProcess script;
    script.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QString::fromUtf8(FactsGatherer::script())});
    if (!script.waitForFinished(30000) || script.exitCode() != 0) {
        *error = QStringLiteral("the facts script failed: ")
            + QString::fromUtf8(script.readAllStandardError().right(2000));
        return {};
    }
    return FactsGatherer::parse(script.readAllStandardOutput());
}

// Every address `ip -o addr` lists on this machine right now, without prefix
// (none without iproute2, where neither gatherer sees an address either).
QStringList addressesNow()
{
    if (QStandardPaths::findExecutable(QStringLiteral("ip")).isEmpty())
        return {};
    QProcess ip;
    ip.start(QStringLiteral("ip"), {QStringLiteral("-o"), QStringLiteral("addr"), QStringLiteral("show")});
    ip.waitForFinished(10000);
    QStringList addresses;
    for (const QByteArray &line : ip.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() > 3)
            addresses.append(QString::fromLatin1(fields.at(3).split('/').first()));
    }
    return addresses;
}

QByteArray json(const QVariant &value)
{
    // JSON numbers come back as double; compare as JSON text (keys sorted,
    // so a fact kept in Ansible's key order compares too).
    return QJsonDocument::fromVariant(QVariantList {antler::inventory::Dict::plain(value)})
        .toJson(QJsonDocument::Compact);
}

} // namespace

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
    void distributionAsAnsibleReadsIt_data();
    void distributionAsAnsibleReadsIt();
    // A fresh minimal Debian 12 (the Pi stand-in), over SSH, beside the
    // real `ansible pi -m setup` against the same container: without
    // python3-distro (the bundled distro 1.6 ignores /etc/debian_version)
    // and with it (1.8 counts it).
    void sameDistributionAsAnsibleOnAFreshDebian_data();
    void sameDistributionAsAnsibleOnAFreshDebian();

private:
    QVariantMap m_ansible;
    QVariantMap m_antler;
};

void TestFacts::initTestCase()
{
    QString error;
    // Other tests running beside this one (podman networks, containers) add
    // and remove interfaces: only an address `ip` lists before and after
    // both gatherings belongs to this machine throughout and is compared.
    const QStringList before = addressesNow();
    m_ansible = ansibleSetup({QStringLiteral("localhost")}, &error);
    QVERIFY2(m_ansible.contains(QStringLiteral("ansible_architecture")), qPrintable(error));
    m_antler = antlerFacts(&error);
    QVERIFY2(!m_antler.isEmpty(), qPrintable(error));
    QStringList steady;
    for (const QString &address : addressesNow())
        if (before.contains(address))
            steady.append(address);

    const bool sampled = !before.isEmpty();
    const auto keepSteady = [&steady, sampled](const QVariant &list) {
        if (!sampled)
            return list.toStringList();
        QStringList kept;
        for (const QString &address : list.toStringList())
            if (steady.contains(address))
                kept.append(address);
        return kept;
    };
    for (const char *name : {"ansible_all_ipv4_addresses", "ansible_all_ipv6_addresses"}) {
        const QString key = QString::fromLatin1(name);
        if (m_ansible.contains(key))
            m_ansible.insert(key, keepSteady(m_ansible.value(key)));
        m_antler.insert(key, keepSteady(m_antler.value(key)));
    }
}

void TestFacts::sameValuesAsAnsibleSetup_data()
{
    QTest::addColumn<QString>("path");
    for (const char *path : {"architecture",
                             "distribution",
                             "distribution_release",
                             "distribution_version",
                             "distribution_major_version",
                             "distribution_minor_version",
                             "os_family",
                             "hostname",
                             "fqdn",
                             "domain",
                             "nodename",
                             "memtotal_mb",
                             "swaptotal_mb",
                             "processor_count",
                             "processor_cores",
                             "processor_vcpus",
                             "processor_threads_per_core",
                             "processor_nproc",
                             "processor",
                             "default_ipv4.address",
                             "default_ipv4.interface",
                             "default_ipv4.gateway",
                             "default_ipv4.macaddress",
                             "default_ipv4.mtu",
                             "default_ipv4.netmask",
                             "default_ipv4.network",
                             "default_ipv4.prefix",
                             "default_ipv4.broadcast",
                             "default_ipv4.type",
                             "all_ipv4_addresses",
                             "all_ipv6_addresses",
                             "lsb",
                             "service_mgr",
                             "userspace_bits",
                             "machine",
                             "kernel",
                             "kernel_version",
                             "system",
                             "user_id",
                             "user_uid",
                             "user_gid",
                             "user_dir",
                             "user_shell",
                             "user_gecos",
                             "real_user_id",
                             "effective_user_id",
                             "real_group_id",
                             "effective_group_id",
                             "userspace_architecture",
                             "cmdline",
                             "machine_id",
                             "pkg_mgr",
                             "date_time.tz",
                             "date_time.tz_offset",
                             "date_time.date",
                             "date_time.tz_dst",
                             "date_time.weekday",
                             "date_time.weekday_number",
                             "date_time.weeknumber"})
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
    QCOMPARE(json(actual), json(expected));
}

void TestFacts::parsesAnOsReleaseAndCpuinfoOfAPi()
{
    // What the script prints on a Raspberry Pi 4 with Raspberry Pi OS (bookworm).
    const QByteArray output
        = "system=Linux\nmachine=aarch64\nnodename=pi.lan\n"
          "osr_PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nosr_NAME=\"Debian GNU/Linux\"\n"
          "osr_ID=debian\nosr_VERSION_CODENAME=bookworm\nosr_VERSION_ID=\"12\"\n"
          "debian_version=12.5\npydistro=\"1.8.0\"\n"
          "mem_MemTotal=3884844\nmem_MemFree=2000000\n"
          "cpuinfo=processor\t: 0\ncpuinfo=processor\t: 1\ncpuinfo=processor\t: 2\ncpuinfo=processor\t: 3\n"
          "route4=8.8.8.8 via 192.168.1.1 dev wlan0 src 192.168.1.20 uid 1000\n"
          "addr4=3: wlan0    inet 192.168.1.20/24 brd 192.168.1.255 scope global dynamic wlan0\n"
          "cmdline=console=tty1 cgroup_enable=memory cgroup_memory=1 quiet\n";
    const QVariantMap facts = FactsGatherer::parse(output);
    QCOMPARE(facts.value(QStringLiteral("ansible_distribution")).toString(), QStringLiteral("Debian"));
    QCOMPARE(facts.value(QStringLiteral("ansible_distribution_version")).toString(), QStringLiteral("12.5"));
    QCOMPARE(facts.value(QStringLiteral("ansible_distribution_major_version")).toString(), QStringLiteral("12"));
    QCOMPARE(facts.value(QStringLiteral("ansible_distribution_minor_version")).toString(), QStringLiteral("5"));
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

void TestFacts::distributionAsAnsibleReadsIt_data()
{
    // What the script prints on the host, and what ansible-core 2.14's setup
    // reports there (checked with `ansible -m setup` on such systems).
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("major");
    QTest::addColumn<QString>("minor"); // empty: no such fact
    QTest::addColumn<QString>("release");
    const QByteArray debian12 = "system=Linux\nosr_PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n"
                                "osr_NAME=\"Debian GNU/Linux\"\nosr_VERSION_ID=\"12\"\nosr_VERSION=\"12 (bookworm)\"\n"
                                "osr_VERSION_CODENAME=bookworm\nosr_ID=debian\ndebian_version=12.15\n";
    const QByteArray lsb = "lsb=Distributor ID:\tDebian\nlsb=Description:\tDebian GNU/Linux 12 (bookworm)\n"
                           "lsb=Release:\t12\nlsb=Codename:\tbookworm\n";
    // Minimal Debian 12: no python3-distro, so Ansible's bundled distro 1.6,
    // which leaves /etc/debian_version out of the version.
    QTest::newRow("debian 12 minimal") << debian12 << "12"
                                       << "12"
                                       << "15"
                                       << "bookworm";
    QTest::newRow("debian 12 with lsb_release") << debian12 + lsb << "12"
                                                << "12"
                                                << "15"
                                                << "bookworm";
    QTest::newRow("debian 12 with python3-distro 1.8") << debian12 + lsb + "pydistro=\"1.8.0\"\n"
                                                       << "12.15"
                                                       << "12"
                                                       << "15"
                                                       << "bookworm";
    QTest::newRow("debian with an old python3-distro") << debian12 + "pydistro=\"1.5.0\"\n"
                                                       << "12"
                                                       << "12"
                                                       << "15"
                                                       << "bookworm";
    // Another release file with a more precise version wins the best version.
    QTest::newRow("debian 12 and a foo-release") << debian12 + lsb + "distro_release=foo=Foo release 12.3.4 (Quux)\n"
                                                 << "12.3.4"
                                                 << "12"
                                                 << "15"
                                                 << "bookworm";
    const QByteArray testing = "system=Linux\nosr_PRETTY_NAME=\"Debian GNU/Linux trixie/sid\"\n"
                               "osr_NAME=\"Debian GNU/Linux\"\nosr_VERSION_CODENAME=trixie\nosr_ID=debian\n"
                               "debian_version=trixie/sid\n";
    QTest::newRow("debian testing") << testing << "NA"
                                    << "NA"
                                    << ""
                                    << "trixie";
    QTest::newRow("debian testing with python3-distro") << testing + "pydistro=\"1.8.0\"\n"
                                                        << "trixie/sid"
                                                        << "trixie/sid"
                                                        << ""
                                                        << "trixie";
    // Ubuntu: the first version, no minor version fact.
    QTest::newRow("ubuntu 22.04") << QByteArray(
        "system=Linux\nosr_PRETTY_NAME=\"Ubuntu 22.04.4 LTS\"\nosr_NAME=\"Ubuntu\"\nosr_VERSION_ID=\"22.04\"\n"
        "osr_VERSION=\"22.04.4 LTS (Jammy Jellyfish)\"\nosr_VERSION_CODENAME=jammy\nosr_ID=ubuntu\n"
        "osr_ID_LIKE=debian\nosr_UBUNTU_CODENAME=jammy\ndebian_version=bookworm/sid\npydistro=\"1.7.0\"\n")
                                  << "22.04"
                                  << "22"
                                  << ""
                                  << "jammy";
}

void TestFacts::distributionAsAnsibleReadsIt()
{
    QFETCH(QByteArray, output);
    QFETCH(QString, version);
    QFETCH(QString, major);
    QFETCH(QString, minor);
    QFETCH(QString, release);
    const QVariantMap facts = FactsGatherer::parse(output);
    QCOMPARE(facts.value(QStringLiteral("ansible_distribution_version")).toString(), version);
    QCOMPARE(facts.value(QStringLiteral("ansible_distribution_major_version")).toString(), major);
    QCOMPARE(facts.contains(QStringLiteral("ansible_distribution_minor_version")), !minor.isEmpty());
    QCOMPARE(facts.value(QStringLiteral("ansible_distribution_minor_version")).toString(), minor);
    QCOMPARE(facts.value(QStringLiteral("ansible_distribution_release")).toString(), release);
}

void TestFacts::sameDistributionAsAnsibleOnAFreshDebian_data()
{
    QTest::addColumn<QString>("prepare"); // run as root in the stand-in first
    QTest::newRow("without python3-distro") << QString();
    // Downloads python3-distro (and lsb-release, which it needs) from the
    // stand-in's Debian mirror.
    QTest::newRow("with python3-distro") << QStringLiteral(
        "apt-get -q update >/dev/null && apt-get -q -y install python3-distro >/dev/null");
}

void TestFacts::sameDistributionAsAnsibleOnAFreshDebian()
{
    QFETCH(QString, prepare);
    if (const QString reason = PiStandIn::unavailableReason(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    PiStandIn pi;
    QString error;
    QVERIFY2(pi.start(&error), qPrintable(error));
    QByteArray output;
    if (!prepare.isEmpty())
        QVERIFY2(pi.shell(prepare, &output) == 0, output.constData());
    QVERIFY(pi.shell(QStringLiteral("test -e /usr/lib/python3/dist-packages/distro"), &output)
            == (prepare.isEmpty() ? 1 : 0));

    const QVariantMap ansible
        = ansibleSetup({QStringLiteral("-i"), pi.writeAnsibleInventory(), QStringLiteral("pi")}, &error);
    QVERIFY2(ansible.contains(QStringLiteral("ansible_distribution")), qPrintable(error));

    // Antler's script over SSH, as root (ansible's setup runs with become).
    QProcess ssh;
    ssh.start(QStringLiteral("ssh"),
              {QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
               QStringLiteral("StrictHostKeyChecking=yes"), QStringLiteral("-o"),
               QStringLiteral("UserKnownHostsFile=") + pi.knownHostsPath(), QStringLiteral("-i"), pi.clientKeyPath(),
               QStringLiteral("-p"), QString::number(pi.port()), QStringLiteral("root@") + pi.host(),
               QStringLiteral("/bin/sh -s")});
    ssh.write(FactsGatherer::script());
    ssh.closeWriteChannel();
    QVERIFY(ssh.waitForFinished(60000));
    QVERIFY2(ssh.exitCode() == 0, ssh.readAllStandardError().constData());
    const QVariantMap antler = FactsGatherer::parse(ssh.readAllStandardOutput());

    QStringList differences;
    for (const char *name : {"distribution", "distribution_version", "distribution_major_version",
                             "distribution_minor_version", "distribution_release", "os_family", "architecture",
                             "system", "kernel", "machine", "pkg_mgr", "hostname", "nodename", "user_id", "user_uid"}) {
        const QString key = QStringLiteral("ansible_") + QLatin1String(name);
        // A fact Ansible does not report must be missing here too.
        if (ansible.contains(key) != antler.contains(key) || json(antler.value(key)) != json(ansible.value(key)))
            differences << QStringLiteral("%1: antler %2, ansible %3")
                               .arg(key, QString::fromUtf8(antler.contains(key) ? json(antler.value(key)) : "(none)"),
                                    QString::fromUtf8(ansible.contains(key) ? json(ansible.value(key)) : "(none)"));
    }
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestFacts)
#include "tst_facts.moc"
