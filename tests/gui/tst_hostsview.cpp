// The Hosts view in the real window, offscreen, on a profile whose inventory
// lists two aliases of a real sshd on loopback and one host on a closed port.
#include "FreePort.h"
#include "HostsModel.h"
#include "HostsView.h"
#include "MainWindow.h"
#include "Sparkline.h"
#include "SshdFixture.h"
#include "pipeline/PipelineConfig.h"

#include <QAction>
#include <QDockWidget>
#include <QProcess>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QWizard>
#include <QtTest>

using antler::gui::HostsModel;
using antler::gui::HostsView;
using antler::gui::MainWindow;
using antler::pipeline::PipelineConfig;
using antler::test::SshdFixture;

class TestHostsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsEveryHostAndConnects();
    void gatherFactsFillsTheSummaryAndSparklines();
    void aClosedPortIsUnreachableWithTheError();
    void terminalStartsSshWithTheHostsSettings();
    void setUpPiOpensTheWizard();

private:
    std::unique_ptr<MainWindow> openWindow();
    QString column(HostsView *view, const QString &host, int column) const;

    SshdFixture m_sshd;
    QString m_skipReason;
    std::unique_ptr<QTemporaryDir> m_home;
    PipelineConfig m_config;
};

void TestHostsView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_skipReason = SshdFixture::unavailableReason();
    if (!m_skipReason.isEmpty())
        return;
    QString error;
    if (!m_sshd.start(&error))
        m_skipReason = error;
}

void TestHostsView::init()
{
    if (!m_skipReason.isEmpty())
        QSKIP(qPrintable(m_skipReason));
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    for (const char *folder : {"data", "config/antler", "bin"})
        QVERIFY(QDir().mkpath(m_home->filePath(QLatin1String(folder))));
    qputenv("XDG_DATA_HOME", m_home->filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", m_home->filePath(QStringLiteral("config")).toLocal8Bit());
    QSettings().setValue(QStringLiteral("ssh/knownHosts"), m_sshd.knownHostsPath());

    const QByteArray common
        = " ansible_host=127.0.0.1 ansible_user=root ansible_ssh_private_key_file=" + m_sshd.clientKeyPath().toUtf8();
    QFile hosts(m_home->filePath(QStringLiteral("hosts.ini")));
    QVERIFY(hosts.open(QIODevice::WriteOnly));
    hosts.write("[pis]\npi1 ansible_port=" + QByteArray::number(m_sshd.port()) + common
                + "\npi2 ansible_port=" + QByteArray::number(m_sshd.port()) + common
                + "\npi3 ansible_port=" + QByteArray::number(antler::test::freeLoopbackPort()) + common + "\n");
    hosts.close();
    const QString path = m_home->filePath(QStringLiteral("config/antler/antler.yaml"));
    QFile yaml(path);
    QVERIFY(yaml.open(QIODevice::WriteOnly));
    yaml.write("version: 1\nprofile: pi\nruntime: podman\ntarget: pi1\ninventory: " + hosts.fileName().toUtf8()
               + "\nstages:\n  - name: test\n    host: 127.0.0.1\n    port: "
               + QByteArray::number(antler::test::freeLoopbackPort()) + "\n");
    yaml.close();
    QString error;
    QVERIFY2(PipelineConfig::load(path, &m_config, &error), qPrintable(error));
}

void TestHostsView::cleanup()
{
    QSettings().clear();
    m_home.reset();
}

std::unique_ptr<MainWindow> TestHostsView::openWindow()
{
    auto window = std::make_unique<MainWindow>(m_config);
    window->setHostMetricsInterval(0);
    window->setHistoryPaths(QString(), m_home->filePath(QStringLiteral("data/pipeline.sqlite")));
    window->resize(1280, 820);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

QString TestHostsView::column(HostsView *view, const QString &host, int column) const
{
    return view->model()->index(view->model()->rowOf(host), column).data().toString();
}

void TestHostsView::listsEveryHostAndConnects()
{
    auto window = openWindow();
    QVERIFY(window);
    QAction *show = window->findChild<QAction *>(QStringLiteral("show-hostsDock"));
    QVERIFY(show);
    show->trigger();
    QVERIFY(window->dock(QStringLiteral("hostsDock"))->isVisible());
    HostsView *view = window->hostsView();
    QCOMPARE(view->model()->rowCount(), 3);
    QCOMPARE(view->model()->hostName(0), QStringLiteral("pi1"));
    QCOMPARE(column(view, QStringLiteral("pi2"), HostsModel::State), QStringLiteral("not connected"));
    QCOMPARE(column(view, QStringLiteral("pi2"), HostsModel::Address),
             QStringLiteral("root@127.0.0.1:%1").arg(m_sshd.port()));
    view->selectHost(QStringLiteral("pi2"));
    QVERIFY(view->connectAction()->isEnabled());
    view->connectAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(column(view, QStringLiteral("pi2"), HostsModel::State), QStringLiteral("connected"),
                              20000);
    QVERIFY(!view->connectAction()->isEnabled());
    QCOMPARE(column(view, QStringLiteral("pi1"), HostsModel::State), QStringLiteral("not connected"));
}

void TestHostsView::gatherFactsFillsTheSummaryAndSparklines()
{
    auto window = openWindow();
    QVERIFY(window);
    HostsView *view = window->hostsView();
    view->selectHost(QStringLiteral("pi1"));
    view->gatherFactsAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!column(view, QStringLiteral("pi1"), HostsModel::Architecture).isEmpty(), 30000);
    QProcess uname;
    uname.start(QStringLiteral("uname"), {QStringLiteral("-m")});
    QVERIFY(uname.waitForFinished());
    QCOMPARE(column(view, QStringLiteral("pi1"), HostsModel::Architecture),
             QString::fromUtf8(uname.readAllStandardOutput()).trimmed());
    QCOMPARE(column(view, QStringLiteral("pi1"), HostsModel::State), QStringLiteral("connected"));
    QVERIFY(!column(view, QStringLiteral("pi1"), HostsModel::System).trimmed().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(column(view, QStringLiteral("pi1"), HostsModel::Memory).contains(QLatin1String("used")),
                             20000);
    QVERIFY(column(view, QStringLiteral("pi1"), HostsModel::Disk).contains(QLatin1String("used")));
    const QString cgroup = column(view, QStringLiteral("pi1"), HostsModel::MemoryCgroup);
    QVERIFY2(cgroup == QLatin1String("enabled") || cgroup == QLatin1String("disabled"), qPrintable(cgroup));
    QVERIFY(!column(view, QStringLiteral("pi1"), HostsModel::Throttling).isEmpty());
    auto *memory = view->findChild<antler::gui::Sparkline *>(QStringLiteral("memorySparkline"));
    QVERIFY(memory);
    QVERIFY(memory->pointCount() >= 1);
}

void TestHostsView::aClosedPortIsUnreachableWithTheError()
{
    auto window = openWindow();
    QVERIFY(window);
    HostsView *view = window->hostsView();
    view->selectHost(QStringLiteral("pi3"));
    view->connectAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(column(view, QStringLiteral("pi3"), HostsModel::State), QStringLiteral("unreachable"),
                              20000);
    const QString error = column(view, QStringLiteral("pi3"), HostsModel::LastError);
    QVERIFY2(error.contains(QLatin1String("pi3")) || error.contains(QLatin1String("127.0.0.1")), qPrintable(error));
    // Connect again is offered.
    QVERIFY(view->connectAction()->isEnabled());
}

void TestHostsView::terminalStartsSshWithTheHostsSettings()
{
    // A stand-in terminal that writes the words it was given.
    const QString record = m_home->filePath(QStringLiteral("terminal-args"));
    const QString terminal = m_home->filePath(QStringLiteral("bin/myterm"));
    QFile script(terminal);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\nfor word in \"$@\"; do printf '%s\\n' \"$word\"; done > '" + record.toUtf8() + "'\n");
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("TERMINAL", terminal.toLocal8Bit());
    auto window = openWindow();
    QVERIFY(window);
    HostsView *view = window->hostsView();
    view->selectHost(QStringLiteral("pi2"));
    QVERIFY2(view->terminalAction()->isEnabled(), qPrintable(view->terminalAction()->toolTip()));
    view->terminalAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(record).size() > 0, 10000);
    QFile file(record);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList words = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(words,
             QStringList({QStringLiteral("-e"), QStringLiteral("ssh"), QStringLiteral("-p"),
                          QString::number(m_sshd.port()), QStringLiteral("-i"), m_sshd.clientKeyPath(),
                          QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + m_sshd.knownHostsPath(),
                          QStringLiteral("root@127.0.0.1")}));
    // Without any terminal the action says why.
    qputenv("TERMINAL", "");
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", m_home->filePath(QStringLiteral("data")).toLocal8Bit());
    view->selectHost(QStringLiteral("pi1"));
    view->selectHost(QStringLiteral("pi2"));
    const bool enabled = view->terminalAction()->isEnabled();
    const QString tip = view->terminalAction()->toolTip();
    qputenv("PATH", path);
    qunsetenv("TERMINAL");
    QVERIFY(!enabled);
    QVERIFY2(tip.contains(QLatin1String("No terminal emulator")), qPrintable(tip));
}

void TestHostsView::setUpPiOpensTheWizard()
{
    auto window = openWindow();
    QVERIFY(window);
    QAction *setUp = nullptr;
    for (QAction *action : window->allActions()) {
        if (action->objectName() == QLatin1String("setUpPi"))
            setUp = action;
    }
    QVERIFY(setUp);
    QVERIFY(setUp->isEnabled());
    QVERIFY(window->hostsView()->actions().contains(setUp));
    setUp->trigger();
    auto *wizard = window->findChild<QWizard *>(QStringLiteral("piSetupWizard"));
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    // Asked again, the open wizard comes to the front instead of a second one.
    setUp->trigger();
    QCOMPARE(window->findChildren<QWizard *>().size(), 1);
    wizard->close();
}

QTEST_MAIN(TestHostsView)
#include "tst_hostsview.moc"
