// Secrets in the window without a system keyring: no D-Bus session bus at
// all (DBUS_SESSION_BUS_ADDRESS empty, a runtime folder without a bus
// socket), as on a server or a bare X session. A become password is still
// asked for when sudo prompts and used for the run, but "Remember" is
// disabled and the dialog says why; nothing is stored.
#include "MainWindow.h"
#include "PlaybookResultsModel.h"
#include "PlaybooksView.h"
#include "SecretDialog.h"
#include "SshdFixture.h"
#include "ThrowawayHome.h"
#include "pipeline/Operation.h"
#include "pipeline/PipelineConfig.h"
#include "transport/KeychainSecretStore.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using antler::gui::MainWindow;
using antler::gui::PlaybooksView;
using antler::gui::SecretDialog;
using antler::pipeline::Operation;
using antler::pipeline::PipelineConfig;
using antler::test::SshdFixture;
using antler::transport::SecretRequest;

namespace {

constexpr int RunTimeoutMs = 120000;

const QByteArray becomePlaybook = "- name: As root\n"
                                  "  hosts: pis\n"
                                  "  gather_facts: false\n"
                                  "  become: true\n"
                                  "  tasks:\n"
                                  "    - name: Who am I\n"
                                  "      command: id -un\n"
                                  "      register: who\n"
                                  "    - name: Leave a marker as root\n"
                                  "      shell: echo {{ who.stdout }} > {{ scratch }}/{{ inventory_hostname }}.who\n";

} // namespace

class TestNoKeyring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rememberIsDisabledWithItsReason();

private:
    QString write(const QString &name, const QByteArray &content);

    QString m_skipReason;
    QString m_password;
    std::unique_ptr<SshdFixture> m_sshd;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestNoKeyring::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // No session bus: nothing to reach a keyring through. Before anything
    // here talks D-Bus (the connection is made on first use).
    qputenv("DBUS_SESSION_BUS_ADDRESS", "");
    qunsetenv("DISPLAY");
    m_skipReason = SshdFixture::unavailableReason();
    if (!m_skipReason.isEmpty())
        return;
    QString reason;
    QString password;
    if (!SshdFixture::ensureTestUser(&password, &reason)) {
        m_skipReason = reason;
        return;
    }
    m_password = password;
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    const QString homeProblem = antler::test::useThrowawayHome(*m_home);
    QVERIFY2(homeProblem.isEmpty(), qPrintable(homeProblem));
    m_sshd = std::make_unique<SshdFixture>();
    if (!m_sshd->start(&reason)) {
        m_skipReason = reason;
        return;
    }
    QVERIFY(QFile::copy(m_sshd->knownHostsPath(), m_home->filePath(QStringLiteral("home/.ssh/known_hosts"))));
    QSettings().setValue(QStringLiteral("ssh/knownHosts"), m_home->filePath(QStringLiteral("home/.ssh/known_hosts")));
}

QString TestNoKeyring::write(const QString &name, const QByteArray &content)
{
    const QString path = m_home->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

void TestNoKeyring::rememberIsDisabledWithItsReason()
{
    if (!m_skipReason.isEmpty())
        QSKIP(qPrintable(m_skipReason));
    const QString playbook = write(QStringLiteral("become.yml"), becomePlaybook);
    const QString inventory = write(QStringLiteral("hosts.ini"),
                                    QStringLiteral("[pis]\npi1 ansible_host=127.0.0.1 ansible_port=%1 ansible_user=%2 "
                                                   "ansible_ssh_private_key_file=%3\n\n[pis:vars]\nscratch=%4\n")
                                        .arg(m_sshd->port())
                                        .arg(SshdFixture::testUser(), m_sshd->clientKeyPath(), m_home->path())
                                        .toUtf8());

    MainWindow window(PipelineConfig::localProfile());
    window.setHostMetricsInterval(0);
    window.setHistoryPaths(QString(), m_home->filePath(QStringLiteral("data/pipeline.sqlite")));
    window.resize(1280, 820);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(QTest::qWaitFor([&] { return window.operations() != nullptr; }, 10000));
    PlaybooksView *view = window.playbooksView();
    view->open(playbook, inventory);
    QVERIFY(QTest::qWaitFor([&] { return !view->isPreviewPending(); }, 60000));
    QVERIFY2(view->runAction()->isEnabled(), qPrintable(view->runRefusal()));
    view->runAction()->trigger();
    QPointer<Operation> operation = view->currentOperation();
    QVERIFY(operation);

    SecretDialog *dialog = nullptr;
    const auto visibleDialog = [&] {
        for (SecretDialog *candidate : window.findChildren<SecretDialog *>()) {
            if (candidate->isVisible())
                return candidate;
        }
        return static_cast<SecretDialog *>(nullptr);
    };
    QVERIFY(QTest::qWaitFor([&] { return (dialog = visibleDialog()) || operation->isFinished(); }, 60000));
    QVERIFY2(dialog, "no password dialog opened");
    QCOMPARE(dialog->request().kind, SecretRequest::Kind::BecomePassword);
    // The keyring's absence is known once QtKeychain has tried: Remember is
    // disabled and the dialog says why, in words and as the box's tooltip.
    auto *reason = dialog->findChild<QLabel *>(QStringLiteral("rememberReason"));
    QVERIFY(reason);
    QTRY_VERIFY_WITH_TIMEOUT(reason->text().contains(QLatin1String("No system keyring answers")), 20000);
    QVERIFY(!dialog->rememberBox()->isEnabled());
    QVERIFY(!dialog->rememberBox()->isChecked());
    QVERIFY(reason->isVisible());
    QVERIFY2(reason->text().contains(QLatin1String("GNOME Keyring or KWallet")), qPrintable(reason->text()));
    // One sentence in the user's words: the D-Bus error behind it is for the
    // debug log only.
    QVERIFY2(!reason->text().contains(QLatin1Char('(')) && !reason->text().contains(QLatin1String("D-Bus")),
             qPrintable(reason->text()));
    QCOMPARE(dialog->rememberBox()->toolTip(), reason->text());

    // The password still serves this run.
    QTest::keyClicks(dialog->secretEdit(), m_password);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !operation || operation->isFinished(); }, RunTimeoutMs));
    QVERIFY(operation);
    QVERIFY(QTest::qWaitFor([&] { return view->results()->isFinished(); }, 5000));
    QCOMPARE(view->results()->exitCode(), 0);
    QFile who(m_home->filePath(QStringLiteral("pi1.who")));
    QVERIFY(who.open(QIODevice::ReadOnly));
    QCOMPARE(who.readAll().trimmed(), QByteArray("root"));
}

QTEST_MAIN(TestNoKeyring)
#include "tst_nokeyring.moc"
