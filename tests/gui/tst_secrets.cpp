// Secrets in the window: a become password asked for when sudo prompts,
// remembered in a real system keyring (gnome-keyring-daemon on a private
// D-Bus session bus, unlocked with a known password, in a temporary home)
// and read back from it by the next session; then every log line, event,
// settings and data file and process command line is searched for it.
#include "LogModel.h"
#include "LogView.h"
#include "MainWindow.h"
#include "PlaybookResultsModel.h"
#include "PlaybooksView.h"
#include "SecretDialog.h"
#include "SshdFixture.h"
#include "ThrowawayHome.h"
#include "pipeline/History.h"
#include "pipeline/Operation.h"
#include "pipeline/OperationManager.h"
#include "pipeline/PipelineConfig.h"
#include "playbook/JsonEventPrinter.h"
#include "transport/KeychainSecretStore.h"

#include <QCheckBox>
#include <QDirIterator>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMutex>
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

QMutex logMutex;
QByteArray logged;
QtMessageHandler previousHandler = nullptr;

// Every message of every category (all switched on below) is kept to be searched.
void keepMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&logMutex);
        logged += message.toUtf8() + '\n';
    }
    if (type != QtDebugMsg && previousHandler)
        previousHandler(type, context, message);
}

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

class TestSecrets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aRememberedBecomePasswordComesBackFromTheKeyring();

private:
    bool startKeyring(QString *reason);
    std::unique_ptr<MainWindow> openWindow();
    QString write(const QString &name, const QByteArray &content);
    Operation *run(MainWindow *window, const QString &playbook, const QString &inventory, bool *asked);
    SecretDialog *visibleSecretDialog(MainWindow *window) const;

    QString m_skipReason;
    QString m_password;
    std::unique_ptr<SshdFixture> m_sshd;
    std::unique_ptr<QTemporaryDir> m_home;
    QProcess m_bus;
    QProcess m_keyring;
    QList<QPointer<Operation>> m_operations;
    QStringList m_logTexts;
};

void TestSecrets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
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
    if (!startKeyring(&reason)) {
        m_skipReason = reason;
        return;
    }
    m_sshd = std::make_unique<SshdFixture>();
    if (!m_sshd->start(&reason)) {
        m_skipReason = reason;
        return;
    }
    // The window checks host keys against the file its settings name.
    QVERIFY(QDir().mkpath(m_home->filePath(QStringLiteral("home/.ssh"))));
    QVERIFY(QFile::copy(m_sshd->knownHostsPath(), m_home->filePath(QStringLiteral("home/.ssh/known_hosts"))));
    QSettings().setValue(QStringLiteral("ssh/knownHosts"), m_home->filePath(QStringLiteral("home/.ssh/known_hosts")));
    QSettings().sync();
    // Every debug line of Antler's categories is written, and kept to be searched.
    QLoggingCategory::setFilterRules(QStringLiteral("antler.*.debug=true"));
    previousHandler = qInstallMessageHandler(keepMessage);
}

bool TestSecrets::startKeyring(QString *reason)
{
    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    const QString busDaemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    if (daemon.isEmpty() || busDaemon.isEmpty()) {
        *reason = QStringLiteral("gnome-keyring-daemon and dbus-daemon are needed (packages gnome-keyring, "
                                 "dbus-daemon); run scripts/install-deps.sh test");
        return false;
    }
    // A session bus of the test's own, on a socket in the temporary folder.
    const QString address = QStringLiteral("unix:path=") + m_home->filePath(QStringLiteral("runtime/bus"));
    m_bus.start(busDaemon,
                {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1"),
                 QStringLiteral("--address=") + address});
    if (!m_bus.waitForReadyRead(10000)) {
        *reason = QStringLiteral("dbus-daemon did not start: %1").arg(QString::fromUtf8(m_bus.readAllStandardError()));
        return false;
    }
    const QByteArray printed = m_bus.readLine().trimmed();
    qputenv("DBUS_SESSION_BUS_ADDRESS", printed);
    // The keyring daemon creates (or unlocks) the login keyring with the
    // password it reads on stdin; that password is the keyring's, not a test secret.
    m_keyring.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    m_keyring.start(
        daemon, {QStringLiteral("--unlock"), QStringLiteral("--components=secrets"), QStringLiteral("--foreground")});
    if (!m_keyring.waitForStarted(10000)) {
        *reason = QStringLiteral("gnome-keyring-daemon did not start: %1").arg(m_keyring.errorString());
        return false;
    }
    m_keyring.write("keyring-of-the-test");
    m_keyring.closeWriteChannel();
    // Ready once a probe can be stored and read back through the Secret Service.
    antler::transport::KeychainSecretStore store(QStringLiteral("antler-test"));
    if (!QTest::qWaitFor([&] { return store.unavailableReason().isEmpty(); }, 20000)) {
        *reason = QStringLiteral("the private keyring does not answer: %1").arg(store.unavailableReason());
        return false;
    }
    bool written = false;
    store.write(QStringLiteral("probe"), QStringLiteral("probe"), [&](bool ok, const QString &) { written = ok; });
    if (!QTest::qWaitFor([&] { return written; }, 20000)) {
        *reason = QStringLiteral("the private keyring refuses to store a secret");
        return false;
    }
    return true;
}

void TestSecrets::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
    m_sshd.reset();
    for (QProcess *process : {&m_keyring, &m_bus}) {
        if (process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(5000)) {
                process->kill();
                process->waitForFinished(5000);
            }
        }
    }
}

std::unique_ptr<MainWindow> TestSecrets::openWindow()
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

QString TestSecrets::write(const QString &name, const QByteArray &content)
{
    const QString path = m_home->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

SecretDialog *TestSecrets::visibleSecretDialog(MainWindow *window) const
{
    for (SecretDialog *dialog : window->findChildren<SecretDialog *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

void TestSecrets::aRememberedBecomePasswordComesBackFromTheKeyring()
{
    if (!m_skipReason.isEmpty())
        QSKIP(qPrintable(m_skipReason));
    const QString playbook = write(QStringLiteral("become.yml"), becomePlaybook);
    // No become password in the inventory: sudo's prompt is answered by the window.
    const QString inventory = write(QStringLiteral("hosts.ini"),
                                    QStringLiteral("[pis]\npi1 ansible_host=127.0.0.1 ansible_port=%1 ansible_user=%2 "
                                                   "ansible_ssh_private_key_file=%3\n\n[pis:vars]\nscratch=%4\n")
                                        .arg(m_sshd->port())
                                        .arg(SshdFixture::testUser(), m_sshd->clientKeyPath(), m_home->path())
                                        .toUtf8());
    const QString marker = m_home->filePath(QStringLiteral("pi1.who"));

    {
        // First session: asked once, remembered.
        auto window = openWindow();
        QVERIFY(window);
        PlaybooksView *view = window->playbooksView();
        view->open(playbook, inventory);
        QVERIFY(QTest::qWaitFor([&] { return !view->isPreviewPending(); }, 60000));
        QVERIFY2(view->runAction()->isEnabled(), qPrintable(view->runRefusal()));
        view->runAction()->trigger();
        QPointer<Operation> operation = view->currentOperation();
        QVERIFY(operation);
        m_operations.append(operation);
        SecretDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (dialog = visibleSecretDialog(window.get())) || operation->isFinished(); },
                                60000));
        QVERIFY2(dialog, "no password dialog opened");
        QCOMPARE(dialog->request().kind, SecretRequest::Kind::BecomePassword);
        QCOMPARE(dialog->request().hostName, QStringLiteral("pi1"));
        QVERIFY(!dialog->isModal());
        QVERIFY(!operation->isFinished());
        QVERIFY2(dialog->text().contains(QLatin1String("become password")), qPrintable(dialog->text()));
        // The keyring is there, so Remember can be ticked.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->rememberBox()->isEnabled(), 10000);
        QTest::keyClicks(dialog->secretEdit(), m_password);
        QCOMPARE(dialog->secretEdit()->text(), m_password);
        dialog->rememberBox()->setChecked(true);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !operation || operation->isFinished(); }, RunTimeoutMs));
        QVERIFY(operation);
        QVERIFY(QTest::qWaitFor([&] { return view->results()->isFinished(); }, 5000));
        QCOMPARE(view->results()->exitCode(), 0);
        QFile who(marker);
        QVERIFY(who.open(QIODevice::ReadOnly));
        QCOMPARE(who.readAll().trimmed(), QByteArray("root"));
        QVERIFY(visibleSecretDialog(window.get()) == nullptr);
        for (int row = 0; row < view->logView()->model()->rowCount(); ++row)
            m_logTexts.append(view->logView()->model()->index(row, 0).data().toString());
        for (const auto &event : operation->playbookEvents())
            m_logTexts.append(QString::fromUtf8(
                QJsonDocument(antler::playbook::JsonEventPrinter::toJson(event)).toJson(QJsonDocument::Compact)));
        for (const auto &event : operation->events())
            m_logTexts.append(QString::fromUtf8(QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact)));
    }

    // The keyring holds it under Antler's service and the secret's key.
    SecretRequest request;
    request.kind = SecretRequest::Kind::BecomePassword;
    request.host = QStringLiteral("127.0.0.1");
    request.port = m_sshd->port();
    request.user = SshdFixture::testUser();
    request.becomeUser = QStringLiteral("root");
    antler::transport::KeychainSecretStore store;
    QTRY_VERIFY_WITH_TIMEOUT(store.unavailableReason().isEmpty(), 10000);
    bool read = false;
    QString stored;
    store.read(request.key(), [&](bool found, const QString &secret) {
        read = true;
        stored = found ? secret : QString();
    });
    QTRY_VERIFY_WITH_TIMEOUT(read, 10000);
    QVERIFY(stored == m_password);

    {
        // Second session: nothing asked, the keyring answers.
        QVERIFY(QFile::remove(marker));
        auto window = openWindow();
        QVERIFY(window);
        PlaybooksView *view = window->playbooksView();
        view->open(playbook, inventory);
        QVERIFY(QTest::qWaitFor([&] { return !view->isPreviewPending(); }, 60000));
        view->runAction()->trigger();
        QPointer<Operation> operation = view->currentOperation();
        QVERIFY(operation);
        m_operations.append(operation);
        bool asked = false;
        QVERIFY(QTest::qWaitFor(
            [&] {
                asked = asked || visibleSecretDialog(window.get());
                return !operation || operation->isFinished();
            },
            RunTimeoutMs));
        QVERIFY(operation);
        QVERIFY(!asked);
        QVERIFY(QTest::qWaitFor([&] { return view->results()->isFinished(); }, 5000));
        QCOMPARE(view->results()->exitCode(), 0);
        QVERIFY(QFile::exists(marker));
        for (int row = 0; row < view->logView()->model()->rowCount(); ++row)
            m_logTexts.append(view->logView()->model()->index(row, 0).data().toString());
        for (const auto &event : operation->playbookEvents())
            m_logTexts.append(QString::fromUtf8(
                QJsonDocument(antler::playbook::JsonEventPrinter::toJson(event)).toJson(QJsonDocument::Compact)));
        for (const auto &event : operation->events())
            m_logTexts.append(QString::fromUtf8(QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact)));
    }

    // Nowhere else: not in a log line, an event, the window's log, a
    // settings or data file (History included) or a process's command line.
    const QByteArray secret = m_password.toUtf8();
    QVERIFY(!m_logTexts.isEmpty());
    for (const QString &text : std::as_const(m_logTexts))
        QVERIFY2(!text.contains(m_password), "the password is in an event or the log view");
    {
        QMutexLocker locker(&logMutex);
        QVERIFY2(logged.contains("become"), "the debug lines were not captured");
        QVERIFY2(!logged.contains(secret), "the password is in a log line");
    }
    // Both runs are in History with the headless mode's text as their log,
    // which the search below covers.
    {
        antler::pipeline::History history;
        QString error;
        QVERIFY2(history.openReadOnly(m_home->filePath(QStringLiteral("data/pipeline.sqlite")), &error),
                 qPrintable(error));
        int runs = 0;
        for (const antler::pipeline::HistoryEntry &entry : history.entries()) {
            if (entry.kind != QLatin1String("playbook"))
                continue;
            ++runs;
            QVERIFY(entry.log.join(QLatin1Char('\n')).contains(QLatin1String("PLAY RECAP")));
        }
        QCOMPARE(runs, 2);
    }
    QSettings().sync();
    QVERIFY(QFile::exists(QSettings().fileName()));
    int files = 0;
    for (const char *folder : {"config", "data", "cache", "home"}) {
        QDirIterator it(m_home->filePath(QLatin1String(folder)), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++files;
            QVERIFY2(!file.readAll().contains(secret),
                     qPrintable(QStringLiteral("the password is in ") + file.fileName()));
        }
    }
    QVERIFY(files >= 3); // the settings, History's database, the keyring
    int processes = 0;
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        ++processes;
        QVERIFY2(!cmdline.readAll().contains(secret),
                 qPrintable(QStringLiteral("the password is on the command "
                                           "line of process ")
                            + pid));
    }
    QVERIFY(processes > 3);
}

QTEST_MAIN(TestSecrets)
#include "tst_secrets.moc"
