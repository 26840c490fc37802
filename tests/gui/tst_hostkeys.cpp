// Host keys in the window, as a user meets them: the real MainWindow,
// offscreen, runs a playbook against real sshd servers on loopback whose
// keys the window's known_hosts file does not hold (or holds an older one),
// and the dialog that opens is answered with its own buttons.
#include "HostKeyDialog.h"
#include "MainWindow.h"
#include "PlaybookResultsModel.h"
#include "PlaybooksView.h"
#include "SshdFixture.h"
#include "pipeline/Operation.h"
#include "pipeline/OperationManager.h"
#include "pipeline/PipelineConfig.h"
#include "transport/KnownHosts.h"

#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using antler::gui::HostKeyDialog;
using antler::gui::MainWindow;
using antler::gui::PlaybooksView;
using antler::pipeline::Operation;
using antler::pipeline::PipelineConfig;
using antler::test::SshdFixture;

namespace {

constexpr int RunTimeoutMs = 120000;

const QByteArray markerPlaybook = "- name: Markers\n"
                                  "  hosts: pis\n"
                                  "  gather_facts: false\n"
                                  "  tasks:\n"
                                  "    - name: Leave a marker\n"
                                  "      command: touch {{ scratch }}/{{ inventory_hostname }}.marker\n";

} // namespace

class TestHostKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void acceptingAnUnknownKeyWritesKnownHostsAndRuns();
    void rejectingAnUnknownKeyStopsOnlyThatHost();
    void aChangedKeyIsRefusedWithBothFingerprints();

private:
    std::unique_ptr<MainWindow> openWindow();
    QString write(const QString &name, const QByteArray &content);
    QString hostLine(const QString &name, const SshdFixture &sshd) const;
    QString knownHostsPath() const { return m_home->filePath(QStringLiteral("home/.ssh/known_hosts")); }
    QByteArray knownHosts() const;
    QString marker(const QString &host) const { return m_home->filePath(host + QStringLiteral(".marker")); }
    HostKeyDialog *waitForDialog(MainWindow *window, Operation *operation);

    QString m_skipReason;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestHostKeys::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_skipReason = SshdFixture::unavailableReason();
}

void TestHostKeys::init()
{
    if (!m_skipReason.isEmpty())
        QSKIP(qPrintable(m_skipReason));
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    for (const char *folder : {"data", "config", "cache", "home"})
        QVERIFY(QDir().mkpath(m_home->filePath(QLatin1String(folder))));
    qputenv("XDG_DATA_HOME", m_home->filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", m_home->filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", m_home->filePath(QStringLiteral("cache")).toLocal8Bit());
    // Not created yet: the first accepted key creates it (and ~/.ssh).
    QSettings().setValue(QStringLiteral("ssh/knownHosts"), knownHostsPath());
}

void TestHostKeys::cleanup()
{
    QSettings().clear();
    m_home.reset();
}

std::unique_ptr<MainWindow> TestHostKeys::openWindow()
{
    auto window = std::make_unique<MainWindow>(PipelineConfig::localProfile());
    window->setHostMetricsInterval(0);
    window->setHistoryPaths(QString(), m_home->filePath(QStringLiteral("data/pipeline.sqlite")));
    window->resize(1280, 820);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    if (!QTest::qWaitFor([&] { return window->operations() != nullptr; }, 10000))
        return nullptr;
    return window;
}

QString TestHostKeys::write(const QString &name, const QByteArray &content)
{
    const QString path = m_home->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

QString TestHostKeys::hostLine(const QString &name, const SshdFixture &sshd) const
{
    return QStringLiteral("%1 ansible_host=127.0.0.1 ansible_port=%2 ansible_user=root ansible_ssh_private_key_file=%3")
        .arg(name)
        .arg(sshd.port())
        .arg(sshd.clientKeyPath());
}

QByteArray TestHostKeys::knownHosts() const
{
    QFile file(knownHostsPath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

HostKeyDialog *TestHostKeys::waitForDialog(MainWindow *window, Operation *operation)
{
    HostKeyDialog *found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            for (HostKeyDialog *dialog : window->findChildren<HostKeyDialog *>()) {
                if (dialog->isVisible())
                    found = dialog;
            }
            return found || operation->isFinished();
        },
        30000);
    return found;
}

void TestHostKeys::acceptingAnUnknownKeyWritesKnownHostsAndRuns()
{
    SshdFixture sshd(SshdFixture::Options {false, true});
    QString error;
    QVERIFY2(sshd.start(&error), qPrintable(error));
    const QString playbook = write(QStringLiteral("markers.yml"), markerPlaybook);
    const QString inventory
        = write(QStringLiteral("hosts.ini"),
                ("[pis]\n" + hostLine(QStringLiteral("pi1"), sshd) + "\n\n[pis:vars]\nscratch=" + m_home->path() + "\n")
                    .toUtf8());
    auto window = openWindow();
    QVERIFY(window);
    PlaybooksView *view = window->playbooksView();
    view->open(playbook, inventory);
    QVERIFY(QTest::qWaitFor([&] { return !view->isPreviewPending(); }, 60000));
    QVERIFY2(view->runAction()->isEnabled(), qPrintable(view->runRefusal()));
    view->runAction()->trigger();
    QPointer<Operation> operation = view->currentOperation();
    QVERIFY(operation);

    HostKeyDialog *dialog = waitForDialog(window.get(), operation);
    QVERIFY2(dialog, "no host-key dialog opened");
    QVERIFY(!dialog->isModal());
    QVERIFY(!dialog->isChangedKey());
    // The window stays usable while the question waits: the run is still going.
    QVERIFY(!operation->isFinished());
    QVERIFY(view->cancelAction()->isEnabled());
    QCOMPARE(dialog->info().keyType, sshd.hostKeyType());
    QCOMPARE(dialog->info().fingerprint, sshd.hostKeyFingerprint());
    QVERIFY2(dialog->text().contains(sshd.hostKeyFingerprint()), qPrintable(dialog->text()));
    QVERIFY(dialog->text().contains(QLatin1String("ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub")));
    QVERIFY(!QFile::exists(knownHostsPath()));

    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !operation || operation->isFinished(); }, RunTimeoutMs));
    QVERIFY(operation);
    QVERIFY(QTest::qWaitFor([&] { return view->results()->isFinished(); }, 5000));
    QCOMPARE(view->results()->exitCode(), 0);
    QVERIFY(QFile::exists(marker(QStringLiteral("pi1"))));

    // known_hosts holds the OpenSSH line for the server, readable only by its owner.
    const QByteArray expected = "[127.0.0.1]:" + QByteArray::number(sshd.port()) + ' ' + sshd.hostKeyType().toUtf8()
        + ' ' + sshd.hostKeyBlob().toBase64() + '\n';
    QCOMPARE(knownHosts(), expected);
    struct stat info
    {
    };
    QCOMPARE(::stat(QFile::encodeName(knownHostsPath()).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0600));
    antler::transport::KnownHosts parsed;
    QVERIFY(parsed.load(knownHostsPath()));
    QCOMPARE(parsed.check(QStringLiteral("127.0.0.1"), sshd.port(), sshd.hostKeyBlob()).status,
             antler::transport::KnownHosts::Status::Known);
    // OpenSSH itself agrees with the line.
    QProcess keygen;
    keygen.start(QStringLiteral("ssh-keygen"),
                 {QStringLiteral("-F"), QStringLiteral("[127.0.0.1]:%1").arg(sshd.port()), QStringLiteral("-f"),
                  knownHostsPath()});
    QVERIFY(keygen.waitForFinished(10000));
    QCOMPARE(keygen.exitCode(), 0);

    // Asked once: a second run trusts the key without a question.
    QFile::remove(marker(QStringLiteral("pi1")));
    view->runAgainAction()->trigger();
    QPointer<Operation> again = view->currentOperation();
    QVERIFY(again && again != operation);
    QVERIFY(QTest::qWaitFor([&] { return !again || again->isFinished(); }, RunTimeoutMs));
    QVERIFY(window->findChildren<HostKeyDialog *>().isEmpty()
            || !window->findChildren<HostKeyDialog *>().constLast()->isVisible());
    QVERIFY(QFile::exists(marker(QStringLiteral("pi1"))));
    QCOMPARE(knownHosts(), expected);
}

void TestHostKeys::rejectingAnUnknownKeyStopsOnlyThatHost()
{
    // pi1's server is unknown; pi2's is a second server whose key is known.
    SshdFixture unknown(SshdFixture::Options {false, true});
    SshdFixture known;
    QString error;
    QVERIFY2(unknown.start(&error), qPrintable(error));
    QVERIFY2(known.start(&error), qPrintable(error));
    QVERIFY(QDir().mkpath(QFileInfo(knownHostsPath()).absolutePath()));
    QVERIFY(QFile::copy(known.knownHostsPath(), knownHostsPath()));
    const QByteArray before = knownHosts();
    const QString playbook = write(QStringLiteral("markers.yml"), markerPlaybook);
    const QString inventory
        = write(QStringLiteral("hosts.ini"),
                ("[pis]\n" + hostLine(QStringLiteral("pi1"), unknown) + "\n" + hostLine(QStringLiteral("pi2"), known)
                 + "\n\n[pis:vars]\nscratch=" + m_home->path() + "\n")
                    .toUtf8());
    auto window = openWindow();
    QVERIFY(window);
    PlaybooksView *view = window->playbooksView();
    view->open(playbook, inventory);
    QVERIFY(QTest::qWaitFor([&] { return !view->isPreviewPending(); }, 60000));
    view->runAction()->trigger();
    QPointer<Operation> operation = view->currentOperation();
    QVERIFY(operation);
    HostKeyDialog *dialog = waitForDialog(window.get(), operation);
    QVERIFY2(dialog, "no host-key dialog opened");
    QCOMPARE(dialog->info().fingerprint, unknown.hostKeyFingerprint());
    QVERIFY(dialog->windowTitle().contains(QLatin1String("pi1")));
    QTest::mouseClick(dialog->rejectButton(), Qt::LeftButton);

    QVERIFY(QTest::qWaitFor([&] { return !operation || operation->isFinished(); }, RunTimeoutMs));
    QVERIFY(operation);
    QVERIFY(QTest::qWaitFor([&] { return view->results()->isFinished(); }, 5000));
    const auto recap = view->results()->recap();
    QCOMPARE(recap.value(QStringLiteral("pi1")).unreachable, 1);
    QCOMPARE(recap.value(QStringLiteral("pi2")).changed, 1);
    QCOMPARE(view->results()->exitCode(), 4);
    QVERIFY(!QFile::exists(marker(QStringLiteral("pi1"))));
    QVERIFY(QFile::exists(marker(QStringLiteral("pi2"))));
    // Nothing was written about the rejected key.
    QCOMPARE(knownHosts(), before);
    // The rejected server never saw a login: sshd logs an accepted key otherwise.
    QVERIFY2(!unknown.log().contains("Accepted publickey"), unknown.log().constData());
    QVERIFY(known.log().contains("Accepted publickey"));
}

void TestHostKeys::aChangedKeyIsRefusedWithBothFingerprints()
{
    SshdFixture sshd;
    QString error;
    QVERIFY2(sshd.start(&error), qPrintable(error));
    QVERIFY(QDir().mkpath(QFileInfo(knownHostsPath()).absolutePath()));
    QVERIFY(QFile::copy(sshd.knownHostsPath(), knownHostsPath()));
    QVERIFY(QFile::setPermissions(knownHostsPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const QString oldFingerprint = sshd.hostKeyFingerprint();
    QVERIFY2(sshd.restartWithNewHostKey(&error), qPrintable(error));
    QVERIFY(sshd.hostKeyFingerprint() != oldFingerprint);
    const QByteArray before = knownHosts();
    const QString playbook = write(QStringLiteral("markers.yml"), markerPlaybook);
    const QString inventory
        = write(QStringLiteral("hosts.ini"),
                ("[pis]\n" + hostLine(QStringLiteral("pi1"), sshd) + "\n\n[pis:vars]\nscratch=" + m_home->path() + "\n")
                    .toUtf8());
    auto window = openWindow();
    QVERIFY(window);
    PlaybooksView *view = window->playbooksView();
    view->open(playbook, inventory);
    QVERIFY(QTest::qWaitFor([&] { return !view->isPreviewPending(); }, 60000));
    view->runAction()->trigger();
    QPointer<Operation> operation = view->currentOperation();
    QVERIFY(operation);
    QVERIFY(QTest::qWaitFor([&] { return !operation || operation->isFinished(); }, RunTimeoutMs));
    QVERIFY(operation);
    QVERIFY(QTest::qWaitFor([&] { return view->results()->isFinished(); }, 5000));

    // The refusal: both fingerprints, the line to remove, and no way to accept.
    HostKeyDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto dialogs = window->findChildren<HostKeyDialog *>();
            dialog = dialogs.isEmpty() ? nullptr : dialogs.constFirst();
            return dialog && dialog->isVisible();
        },
        5000));
    QCOMPARE(window->findChildren<HostKeyDialog *>().size(), 1);
    QVERIFY(dialog->isChangedKey());
    QVERIFY(!dialog->acceptButton());
    QVERIFY(dialog->findChildren<QPushButton *>().size() == 1);
    const QString text = dialog->text();
    QVERIFY2(text.contains(sshd.hostKeyFingerprint()), qPrintable(text));
    QVERIFY2(text.contains(oldFingerprint), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("CHANGED")));
    QVERIFY(text.contains(knownHostsPath() + QStringLiteral(":1")));
    QVERIFY(text.contains(QString::fromUtf8(before.trimmed())));
    QVERIFY(
        text.contains(QStringLiteral("ssh-keygen -R '[127.0.0.1]:%1' -f %2").arg(sshd.port()).arg(knownHostsPath())));
    // Nothing ran and nothing changed.
    QCOMPARE(view->results()->recap().value(QStringLiteral("pi1")).unreachable, 1);
    QVERIFY(!QFile::exists(marker(QStringLiteral("pi1"))));
    QCOMPARE(knownHosts(), before);
    QVERIFY(!sshd.log().contains("Accepted publickey"));
    QTest::mouseClick(dialog->rejectButton(), Qt::LeftButton);
    QTRY_VERIFY(window->findChildren<HostKeyDialog *>().isEmpty());
}

QTEST_MAIN(TestHostKeys)
#include "tst_hostkeys.moc"
