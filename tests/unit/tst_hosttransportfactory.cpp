// HostTransportFactory: the one mapping from an inventory host to a
// transport, and the three users of it (playbook runs through the same
// factory, the pipeline's target, the monitored hosts) keeping every
// connection variable, the become settings included.
#include "health/MonitoredHosts.h"
#include "inventory/Inventory.h"
#include "pipeline/PipelineConfig.h"
#include "pipeline/TargetTransport.h"
#include "transport/HostTransportFactory.h"
#include "transport/LocalTransport.h"
#include "transport/SshTransport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace antler;
using transport::ConnectionSettings;
using transport::HostConnectionOptions;
using transport::HostTransportFactory;

namespace {

// pi1 has every variable, pi2 only its name, here is this machine with
// become settings, badport has a port that is no number.
const QByteArray InventoryText
    = "[pis]\n"
      "pi1 ansible_host=192.0.2.10 ansible_port=2222 ansible_user=pi ansible_password=ssh-secret "
      "ansible_ssh_private_key_file=/keys/pi1 ansible_become=true ansible_become_user=deploy "
      "ansible_become_password=sudo-secret\n"
      "pi2\n"
      "here ansible_connection=local ansible_become_password=local-sudo\n"
      "badport ansible_port=twenty-two\n";

inventory::Inventory loadInventory()
{
    inventory::Inventory inventory;
    QString error;
    if (!inventory.loadData(InventoryText, QStringLiteral("hosts.ini"), &error))
        qFatal("%s", qPrintable(error));
    return inventory;
}

} // namespace

class TestHostTransportFactory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyConnectionVariableIsKept()
    {
        const inventory::Inventory inventory = loadInventory();
        QString error;
        std::unique_ptr<transport::Transport> made(
            HostTransportFactory().create(inventory, QStringLiteral("pi1"), &error));
        QVERIFY2(made, qPrintable(error));
        QVERIFY(qobject_cast<transport::SshTransport *>(made.get()));
        QCOMPARE(made->hostName(), QStringLiteral("pi1"));
        const ConnectionSettings &settings = made->settings();
        QCOMPARE(settings.host, QStringLiteral("192.0.2.10"));
        QCOMPARE(settings.port, 2222);
        QCOMPARE(settings.user, QStringLiteral("pi"));
        QCOMPARE(settings.password, QStringLiteral("ssh-secret"));
        QCOMPARE(settings.privateKeyFile, QStringLiteral("/keys/pi1"));
        QCOMPARE(settings.becomeUser, QStringLiteral("deploy"));
        QCOMPARE(settings.becomePassword, QStringLiteral("sudo-secret"));
        // Nothing asked for: ConnectionSettings' own defaults.
        const ConnectionSettings defaults;
        QCOMPARE(settings.hostKeyPolicy, ConnectionSettings::HostKeyPolicy::Strict);
        QCOMPARE(settings.knownHostsFile, defaults.knownHostsFile);
        QCOMPARE(settings.connectTimeoutMs, defaults.connectTimeoutMs);
        QCOMPARE(settings.keepAliveIntervalS, defaults.keepAliveIntervalS);
        QVERIFY(!settings.passphraseProvider);
    }

    void aHostWithoutVariablesIsReachedByItsNameAsRoot()
    {
        const inventory::Inventory inventory = loadInventory();
        const ConnectionSettings settings
            = HostTransportFactory().settings(QStringLiteral("pi2"), inventory.connection(QStringLiteral("pi2")));
        QCOMPARE(settings.host, QStringLiteral("pi2"));
        QCOMPARE(settings.port, 22);
        QVERIFY(settings.user.isEmpty());
        QCOMPARE(settings.becomeUser, QStringLiteral("root"));
        QVERIFY(settings.becomePassword.isEmpty());
    }

    void aLocalConnectionKeepsItsBecomeSettings()
    {
        const inventory::Inventory inventory = loadInventory();
        std::unique_ptr<transport::Transport> made(
            HostTransportFactory().create(inventory, QStringLiteral("here"), nullptr));
        QVERIFY(made);
        QVERIFY(qobject_cast<transport::LocalTransport *>(made.get()));
        QCOMPARE(made->hostName(), QStringLiteral("here"));
        QCOMPARE(made->settings().becomePassword, QStringLiteral("local-sudo"));
        QCOMPARE(made->settings().becomeUser, QStringLiteral("root"));
    }

    void theProgramsOptionsApply()
    {
        HostConnectionOptions options;
        options.hostKeyPolicy = ConnectionSettings::HostKeyPolicy::AcceptNew;
        options.knownHostsFile = QStringLiteral("/tmp/antler-known-hosts");
        options.connectTimeoutMs = 1234;
        options.keepAliveIntervalS = 0;
        options.passphraseProvider = [](const QString &, QString *answer) {
            *answer = QStringLiteral("phrase");
            return true;
        };
        const HostTransportFactory factory(options);
        const inventory::Inventory inventory = loadInventory();
        const ConnectionSettings settings
            = factory.settings(QStringLiteral("pi1"), inventory.connection(QStringLiteral("pi1")));
        QCOMPARE(settings.hostKeyPolicy, ConnectionSettings::HostKeyPolicy::AcceptNew);
        QCOMPARE(settings.knownHostsFile, QStringLiteral("/tmp/antler-known-hosts"));
        QCOMPARE(settings.connectTimeoutMs, 1234);
        QCOMPARE(settings.keepAliveIntervalS, 0);
        QVERIFY(settings.passphraseProvider);
        QString answer;
        QVERIFY(settings.passphraseProvider(QStringLiteral("key?"), &answer));
        QCOMPARE(answer, QStringLiteral("phrase"));
        // The inventory's own variables are not touched by the options.
        QCOMPARE(settings.port, 2222);
        QCOMPARE(settings.becomePassword, QStringLiteral("sudo-secret"));
    }

    void unusableVariablesAreOneSentence()
    {
        const inventory::Inventory inventory = loadInventory();
        QString error;
        QVERIFY(!HostTransportFactory().create(inventory, QStringLiteral("badport"), &error));
        QVERIFY2(error.contains(QLatin1String("badport")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("ansible_port")), qPrintable(error));
    }

    // The pipeline's target and the monitored hosts come from the same
    // factory: a target that needs sudo keeps its become settings in both.
    void targetAndMonitoredHostsKeepBecomeSettings()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile hosts(dir.filePath(QStringLiteral("hosts.ini")));
        QVERIFY(hosts.open(QIODevice::WriteOnly));
        hosts.write(InventoryText);
        hosts.close();
        const QByteArray yaml = "version: 1\n"
                                "target: pi1\n"
                                "inventory: hosts.ini\n"
                                "runtime: podman\n"
                                "stages:\n"
                                "  - name: test\n    host: 192.0.2.10\n    port: 30081\n";
        pipeline::PipelineConfig config;
        QString error;
        QVERIFY2(config.loadData(yaml, dir.filePath(QStringLiteral("antler.yaml")), &error), qPrintable(error));

        health::MonitoredHosts monitored;
        HostConnectionOptions options;
        options.knownHostsFile = dir.filePath(QStringLiteral("known_hosts"));
        monitored.setConnectionOptions(options);
        QVERIFY2(monitored.setUp(config, &error), qPrintable(error));
        QCOMPARE(monitored.hostNames(), QStringList {QStringLiteral("pi1")});
        const transport::Transport *sampled = monitored.transport(QStringLiteral("pi1"));
        QVERIFY(sampled);
        QCOMPARE(sampled->hostName(), QStringLiteral("pi1"));
        QCOMPARE(sampled->settings().host, QStringLiteral("192.0.2.10"));
        QCOMPARE(sampled->settings().port, 2222);
        QCOMPARE(sampled->settings().becomeUser, QStringLiteral("deploy"));
        QCOMPARE(sampled->settings().becomePassword, QStringLiteral("sudo-secret"));
        QCOMPARE(sampled->settings().knownHostsFile, options.knownHostsFile);

        std::unique_ptr<transport::Transport> target(pipeline::TargetTransport::create(config, &error));
        QVERIFY2(target, qPrintable(error));
        QCOMPARE(target->hostName(), QStringLiteral("pi1"));
        QCOMPARE(target->settings().becomeUser, QStringLiteral("deploy"));
        QCOMPARE(target->settings().becomePassword, QStringLiteral("sudo-secret"));
        QCOMPARE(target->settings().privateKeyFile, QStringLiteral("/keys/pi1"));
        QCOMPARE(target->settings().knownHostsFile, ConnectionSettings::defaultKnownHostsFile());
        // The window's known_hosts (Settings), where the setup wizard trusted the key.
        pipeline::TargetTransport::setKnownHostsFile(dir.filePath(QStringLiteral("known_hosts")));
        target.reset(pipeline::TargetTransport::create(config, &error));
        pipeline::TargetTransport::setKnownHostsFile({});
        QVERIFY2(target, qPrintable(error));
        QCOMPARE(target->settings().knownHostsFile, dir.filePath(QStringLiteral("known_hosts")));
        QCOMPARE(target->settings().hostKeyPolicy, ConnectionSettings::HostKeyPolicy::Strict);
    }

    void aMonitoredTargetWithBadVariablesIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile hosts(dir.filePath(QStringLiteral("hosts.ini")));
        QVERIFY(hosts.open(QIODevice::WriteOnly));
        hosts.write(InventoryText);
        hosts.close();
        const QByteArray yaml = "version: 1\n"
                                "target: badport\n"
                                "inventory: hosts.ini\n"
                                "runtime: podman\n"
                                "stages:\n"
                                "  - name: test\n    host: 192.0.2.10\n    port: 30081\n";
        pipeline::PipelineConfig config;
        QString error;
        QVERIFY2(config.loadData(yaml, dir.filePath(QStringLiteral("antler.yaml")), &error), qPrintable(error));
        health::MonitoredHosts monitored;
        QVERIFY(!monitored.setUp(config, &error));
        QVERIFY2(error.contains(QLatin1String("ansible_port")), qPrintable(error));
        QVERIFY(monitored.hostNames().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHostTransportFactory)
#include "tst_hosttransportfactory.moc"
