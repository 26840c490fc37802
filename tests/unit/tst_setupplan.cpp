// The Pi setup wizard's plan and facts, without a Pi: the profile it writes
// is one antler reads, the inventory reaches the host as the wizard was told,
// the facts' warnings fire on what they are about, and the built-in
// playbooks are the ones in resources/playbooks.

#include "inventory/Inventory.h"
#include "pipeline/PipelineConfig.h"
#include "setup/PiFacts.h"
#include "setup/SetupPlan.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using antler::setup::PiFacts;
using antler::setup::SetupPlan;

class TestSetupPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void profileIsReadByAntler()
    {
        SetupPlan plan;
        plan.host = QStringLiteral("192.168.1.20");
        plan.user = QStringLiteral("anna");
        plan.keyFile = QStringLiteral("/home/anna/.ssh/id_ed25519");
        plan.registryPort = 5050;
        QTemporaryDir dir;
        QString error;
        const QString path = plan.writeProfile(dir.path(), QStringLiteral("pi"), &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        antler::pipeline::PipelineConfig config;
        QVERIFY2(config.loadFile(path, &error), qPrintable(error));
        QCOMPARE(config.target(), QStringLiteral("pi"));
        QCOMPARE(config.registry(), QStringLiteral("localhost:5050"));
        QCOMPARE(config.stages().size(), 3);

        antler::inventory::Inventory inventory;
        QVERIFY2(inventory.loadFile(dir.filePath(QStringLiteral("pi/inventory.ini")), &error), qPrintable(error));
        QCOMPARE(inventory.hostNames(), QStringList {QStringLiteral("pi")});
        QFile file(dir.filePath(QStringLiteral("pi/inventory.ini")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("ansible_host=192.168.1.20 ansible_port=22 ansible_user=anna"));
        QVERIFY(!text.contains("ansible_password"));
    }

    void resumesPerHost()
    {
        SetupPlan plan;
        plan.host = QStringLiteral("pi.example");
        plan.port = 2222;
        plan.engine = QStringLiteral("k3s");
        plan.finishedSteps = {QStringLiteral("cgroups")};
        QString error;
        QVERIFY2(plan.save(&error), qPrintable(error));
        SetupPlan loaded;
        QVERIFY(SetupPlan::load(QStringLiteral("pi.example"), 2222, &loaded));
        QCOMPARE(loaded.engine, QStringLiteral("k3s"));
        QCOMPARE(loaded.finishedSteps, plan.finishedSteps);
        QVERIFY(!SetupPlan::load(QStringLiteral("pi.example"), 22, &loaded));
        QFile::remove(SetupPlan::statePath(QStringLiteral("pi.example"), 2222));
    }

    void playbooksAreBuiltIn()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY2(SetupPlan::extractPlaybooks(dir.path(), &error), qPrintable(error));
        for (const SetupPlan::Step &step : SetupPlan::steps()) {
            QFile built(SetupPlan::playbookPath(dir.path(), step));
            QFile source(QStringLiteral(ANTLER_SOURCE_DIR "/resources/playbooks/") + step.playbook);
            QVERIFY(built.open(QIODevice::ReadOnly) && source.open(QIODevice::ReadOnly));
            QCOMPARE(built.readAll(), source.readAll());
        }
    }

    void factsWarnings()
    {
        PiFacts facts;
        QString error;
        QVERIFY2(
            PiFacts::fromJson(QStringLiteral(R"({"model": "Raspberry Pi 3 Model B Rev 1.2", "architecture": "armv7l",
            "userland": "armhf", "memory_mb": 906, "root_device": "/dev/mmcblk0p2", "memory_cgroup_enabled": false,
            "cmdline_file": "/boot/firmware/cmdline.txt", "throttled": "0x50005"})"),
                              &facts, &error),
            qPrintable(error));
        const QString warnings = facts.warnings().join(QLatin1Char('\n'));
        QVERIFY(!warnings.contains(QLatin1String("not a Raspberry Pi")));
        for (const char *expected :
             {"32-bit (armhf)", "906 MB of memory", "SD card (/dev/mmcblk0p2)", "memory cgroup controller is off",
              "under-voltage or throttling (get_throttled=0x50005)"})
            QVERIFY2(warnings.contains(QLatin1String(expected)), expected);
        QCOMPARE(facts.recommendedEngine(), QStringLiteral("podman"));

        PiFacts big;
        QVERIFY(PiFacts::fromJson(QStringLiteral(R"({"model": "Raspberry Pi 5 Model B Rev 1.0", "userland": "arm64",
            "memory_mb": 8063, "root_device": "/dev/nvme0n1p2", "memory_cgroup_enabled": true, "throttled": "0x0"})"),
                                  &big, &error));
        QVERIFY2(big.warnings().isEmpty(), qPrintable(big.warnings().join(QLatin1Char('\n'))));
        QCOMPARE(big.recommendedEngine(), QStringLiteral("k3s"));
        QVERIFY(!PiFacts::fromJson(QStringLiteral("not json"), &big, &error));
    }
};

QTEST_GUILESS_MAIN(TestSetupPlan)
#include "tst_setupplan.moc"
