// The Playbooks view driven as a user drives it: the real MainWindow,
// offscreen, runs playbooks against a real sshd on loopback (two inventory
// aliases of the same server), and the results are checked in the window,
// against ansible-playbook's recap of the same playbook and against
// `antler --run-playbook --json`'s event stream.
#include "AppSettings.h"
#include "FreePort.h"
#include "HistoryModel.h"
#include "HistoryView.h"
#include "LogModel.h"
#include "LogView.h"
#include "MainWindow.h"
#include "PlaybookResultsModel.h"
#include "PlaybooksView.h"
#include "SshdFixture.h"
#include "pipeline/History.h"
#include "pipeline/Operation.h"
#include "pipeline/OperationManager.h"
#include "pipeline/PipelineConfig.h"
#include "playbook/ConsolePrinter.h"
#include "playbook/JsonEventPrinter.h"

#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QtTest>

using antler::gui::MainWindow;
using antler::gui::PlaybookResultsModel;
using antler::gui::PlaybooksView;
using antler::pipeline::History;
using antler::pipeline::HistoryEntry;
using antler::pipeline::Operation;
using antler::pipeline::PipelineConfig;
using antler::playbook::ConsolePrinter;
using antler::playbook::HostStats;
using antler::test::SshdFixture;

namespace {

constexpr int RunTimeoutMs = 120000;

// The PLAY RECAP lines of ansible-playbook's output.
QMap<QString, HostStats> parseRecap(const QString &output)
{
    QMap<QString, HostStats> result;
    static const QRegularExpression line(
        QStringLiteral(
            "^(\\S+)\\s+: ok=(\\d+)\\s+changed=(\\d+)\\s+unreachable=(\\d+)\\s+failed=(\\d+)\\s+skipped=(\\d+)\\s+"
            "rescued=(\\d+)\\s+ignored=(\\d+)"),
        QRegularExpression::MultilineOption);
    auto it = line.globalMatch(output.mid(output.indexOf(QLatin1String("PLAY RECAP"))));
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        HostStats stats;
        stats.ok = match.captured(2).toInt();
        stats.changed = match.captured(3).toInt();
        stats.unreachable = match.captured(4).toInt();
        stats.failed = match.captured(5).toInt();
        stats.skipped = match.captured(6).toInt();
        stats.rescued = match.captured(7).toInt();
        stats.ignored = match.captured(8).toInt();
        result.insert(match.captured(1), stats);
    }
    return result;
}

// The recap as the window's Recap table shows it.
QMap<QString, HostStats> tableRecap(const QTableView *table)
{
    QMap<QString, HostStats> result;
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto cell = [&](int column) { return model->index(row, column).data().toString().toInt(); };
        HostStats stats;
        stats.ok = cell(1);
        stats.changed = cell(2);
        stats.unreachable = cell(3);
        stats.failed = cell(4);
        stats.skipped = cell(5);
        stats.rescued = cell(6);
        stats.ignored = cell(7);
        result.insert(model->index(row, 0).data().toString(), stats);
    }
    return result;
}

QString recapText(const QMap<QString, HostStats> &recap)
{
    QStringList lines;
    for (auto it = recap.cbegin(); it != recap.cend(); ++it) {
        lines.append(QStringLiteral("%1 ok=%2 changed=%3 unreachable=%4 failed=%5 skipped=%6 rescued=%7 ignored=%8")
                         .arg(it.key())
                         .arg(it->ok)
                         .arg(it->changed)
                         .arg(it->unreachable)
                         .arg(it->failed)
                         .arg(it->skipped)
                         .arg(it->rescued)
                         .arg(it->ignored));
    }
    return lines.join(QLatin1Char('\n'));
}

// An event without what differs between two runs of the same playbook:
// times, a command's start/end/delta, and the live output lines (the
// headless mode holds a quick command's output back; the window streams it).
QString normalized(QJsonObject event)
{
    event.remove(QStringLiteral("time"));
    QJsonObject result = event.value(QStringLiteral("result")).toObject();
    for (const char *key : {"start", "end", "delta"})
        result.remove(QLatin1String(key));
    if (!result.isEmpty())
        event.insert(QStringLiteral("result"), result);
    return QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact));
}

const QByteArray parityPlaybook = "- name: Parity\n"
                                  "  hosts: pis\n"
                                  "  gather_facts: false\n"
                                  "  tasks:\n"
                                  "    - name: Say one\n"
                                  "      command: echo one\n"
                                  "      register: one\n"
                                  "      tags: [say]\n"
                                  "    - name: Check quietly\n"
                                  "      shell: test {{ one.stdout }} = one && echo fine\n"
                                  "      changed_when: false\n"
                                  "    - name: Fail but ignore\n"
                                  "      shell: exit 1\n"
                                  "      ignore_errors: true\n"
                                  "    - name: Show\n"
                                  "      debug:\n"
                                  "        msg: '{{ one.stdout_lines }}'\n"
                                  "      tags: [show]\n"
                                  "    - name: Only pi1 passes\n"
                                  "      command: test {{ inventory_hostname }} = pi1\n"
                                  "    - name: After\n"
                                  "      command: echo after\n";

const QByteArray okPlaybook = "- name: Everything works\n"
                              "  hosts: pis\n"
                              "  gather_facts: false\n"
                              "  tasks:\n"
                              "    - name: Say a word\n"
                              "      command: echo antler\n"
                              "      register: said\n"
                              "    - name: Leave a marker per host\n"
                              "      shell: echo {{ said.stdout }} > {{ scratch }}/{{ inventory_hostname }}.marker\n"
                              "    - name: Skip on pi2\n"
                              "      command: echo only pi1\n"
                              "      when: inventory_hostname == 'pi1'\n"
                              "    - ping:\n"
                              "    - name: Show\n"
                              "      debug:\n"
                              "        msg: '{{ inventory_hostname }} said {{ said.stdout }}'\n";

} // namespace

class TestPlaybooksView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void runShowsHostsAndTheRecapOfAnsiblePlaybook();
    void runAgainOnFailedHostsRunsOnlyThem();
    void everyRunIsRecordedInTheHistory();
    void theWindowAndTheHeadlessModeEmitTheSameEvents();
    void aBrokenPlaybookListsItsProblemsAndRunsNothing();
    void thePreviewIsReadOffTheGuiThreadAndTheNewestPickWins();
    void cancelStopsTheRunOnEveryHost();
    void limitAndTagsShowWhatWillRun();
    void everyPlaybookCommandIsAnAction();

private:
    std::unique_ptr<MainWindow> openWindow();
    QString write(const QString &name, const QByteArray &content);
    QString inventory(const QByteArray &extra = {});
    Operation *runAndWait(PlaybooksView *view, QAction *action);

    SshdFixture m_sshd;
    QString m_skipReason;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestPlaybooksView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_skipReason = SshdFixture::unavailableReason();
    if (!m_skipReason.isEmpty())
        return;
    QString error;
    if (!m_sshd.start(&error))
        m_skipReason = error;
}

void TestPlaybooksView::init()
{
    if (!m_skipReason.isEmpty())
        QSKIP(qPrintable(m_skipReason));
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    for (const char *folder : {"data", "config", "cache", "home/.ssh"})
        QVERIFY(QDir().mkpath(m_home->filePath(QLatin1String(folder))));
    qputenv("XDG_DATA_HOME", m_home->filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", m_home->filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", m_home->filePath(QStringLiteral("cache")).toLocal8Bit());
    // The window checks host keys against the file its settings name.
    QVERIFY(QFile::copy(m_sshd.knownHostsPath(), m_home->filePath(QStringLiteral("home/.ssh/known_hosts"))));
    QSettings().setValue(QStringLiteral("ssh/knownHosts"), m_home->filePath(QStringLiteral("home/.ssh/known_hosts")));
}

void TestPlaybooksView::cleanup()
{
    QSettings().clear();
    m_home.reset();
}

std::unique_ptr<MainWindow> TestPlaybooksView::openWindow()
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

QString TestPlaybooksView::write(const QString &name, const QByteArray &content)
{
    const QString path = m_home->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

QString TestPlaybooksView::inventory(const QByteArray &extra)
{
    const QByteArray common = " ansible_host=127.0.0.1 ansible_port=" + QByteArray::number(m_sshd.port())
        + " ansible_user=root ansible_ssh_private_key_file=" + m_sshd.clientKeyPath().toUtf8() + extra;
    return write(QStringLiteral("hosts.ini"),
                 "[pis]\npi1" + common + "\npi2" + common + "\n\n[pis:vars]\nscratch=" + m_home->path().toUtf8()
                     + "\n");
}

Operation *TestPlaybooksView::runAndWait(PlaybooksView *view, QAction *action)
{
    if (!action->isEnabled())
        return nullptr;
    action->trigger();
    Operation *operation = view->currentOperation();
    if (!operation)
        return nullptr;
    QPointer<Operation> guard(operation);
    if (!QTest::qWaitFor([&] { return !guard || (guard->isFinished() && view->results()->isFinished()); },
                         RunTimeoutMs))
        return nullptr;
    return guard;
}

void TestPlaybooksView::runShowsHostsAndTheRecapOfAnsiblePlaybook()
{
    const QString ansible = QStandardPaths::findExecutable(QStringLiteral("ansible-playbook"));
    if (ansible.isEmpty())
        QSKIP("ansible-playbook is not installed (package ansible-core)");
    const QString playbook = write(QStringLiteral("parity.yml"), parityPlaybook);
    // ansible-playbook's ssh reads the fixture's known_hosts through its options.
    const QString hosts = inventory(" ansible_python_interpreter=/usr/bin/python3"
                                    " ansible_ssh_common_args='-o UserKnownHostsFile="
                                    + m_sshd.knownHostsPath().toUtf8() + " -o StrictHostKeyChecking=yes'");
    auto window = openWindow();
    QVERIFY(window);
    // The dock opens with its shortcut action, as the View menu does.
    QAction *show = window->findChild<QAction *>(QStringLiteral("show-playbooksDock"));
    QVERIFY(show);
    show->trigger();
    QVERIFY(window->dock(QStringLiteral("playbooksDock"))->isVisible());
    PlaybooksView *view = window->playbooksView();
    view->open(playbook, hosts);
    QVERIFY(QTest::qWaitFor([&] { return !view->isPreviewPending(); }, 60000));
    QVERIFY2(view->runAction()->isEnabled(), qPrintable(view->runRefusal()));

    Operation *operation = runAndWait(view, view->runAction());
    QVERIFY(operation);
    QCOMPARE(operation->kind(), Operation::Kind::Playbook);
    QCOMPARE(view->results()->exitCode(), 2);
    QCOMPARE(operation->outcome().code, antler::pipeline::OperationOutcome::Code::Failed);
    // The tree: one row per host and task, with Ansible's status words.
    const QStringList rows = view->results()->rowsText();
    QVERIFY2(rows.contains(QStringLiteral("Parity / Say one / pi1: changed")), qPrintable(rows.join('\n')));
    QVERIFY(rows.contains(QStringLiteral("Parity / Say one / pi2: changed")));
    QVERIFY(rows.contains(QStringLiteral("Parity / Check quietly / pi2: ok")));
    QVERIFY(rows.contains(QStringLiteral("Parity / Fail but ignore / pi1: ignored")));
    QVERIFY(rows.contains(QStringLiteral("Parity / Only pi1 passes / pi1: changed")));
    QVERIFY(rows.contains(QStringLiteral("Parity / Only pi1 passes / pi2: failed")));
    QVERIFY(rows.contains(QStringLiteral("Parity / After / pi1: changed")));
    QVERIFY(!rows.contains(QStringLiteral("Parity / After / pi2: changed")));
    // A task row counts its hosts.
    const QModelIndex play = view->results()->index(0, 0);
    const QModelIndex failing = view->results()->index(4, PlaybookResultsModel::CountsColumn, play);
    QCOMPARE(failing.data().toString(), QStringLiteral("1 changed, 1 failed"));

    // Clicking a host shows its result: the failed command's rc and stderr.
    // Hosts are listed in the order their results came.
    const QModelIndex task = view->results()->index(4, 0, play);
    QModelIndex pi2;
    for (int row = 0; row < view->results()->rowCount(task); ++row) {
        if (view->results()->index(row, 0, task).data().toString() == QLatin1String("pi2"))
            pi2 = view->results()->index(row, 0, task);
    }
    QVERIFY(pi2.isValid());
    view->resultsTree()->setCurrentIndex(pi2);
    QVERIFY(view->resultView()->toPlainText().contains(QLatin1String("pi2")));
    QVERIFY(view->jsonView()->toPlainText().contains(QLatin1String("\"rc\": 1")));
    // The raw log is the headless mode's text.
    QVERIFY(QTest::qWaitFor([&] { return view->logView()->model()->rowCount() > 0; }, 5000));

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_home->filePath(QStringLiteral("home")));
    environment.insert(QStringLiteral("ANSIBLE_NOCOLOR"), QStringLiteral("1"));
    environment.insert(QStringLiteral("ANSIBLE_RETRY_FILES_ENABLED"), QStringLiteral("0"));
    environment.remove(QStringLiteral("SSH_AUTH_SOCK"));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_home->path());
    process.start(ansible, {QStringLiteral("-i"), hosts, playbook});
    QVERIFY(process.waitForFinished(180000));
    const QString theirs = QString::fromUtf8(process.readAllStandardOutput());
    const QMap<QString, HostStats> theirRecap = parseRecap(theirs);
    QVERIFY2(!theirRecap.isEmpty(), qPrintable(theirs + QString::fromUtf8(process.readAllStandardError())));
    QCOMPARE(process.exitCode(), view->results()->exitCode());
    QCOMPARE(recapText(tableRecap(view->recapTable())), recapText(theirRecap));
    QCOMPARE(recapText(view->results()->recap()), recapText(theirRecap));
}

void TestPlaybooksView::runAgainOnFailedHostsRunsOnlyThem()
{
    const QString playbook = write(QStringLiteral("parity.yml"), parityPlaybook);
    auto window = openWindow();
    QVERIFY(window);
    PlaybooksView *view = window->playbooksView();
    view->open(playbook, inventory());
    QVERIFY(QTest::qWaitFor([&] { return !view->isPreviewPending(); }, 60000));
    QVERIFY(!view->runFailedAction()->isEnabled());
    QVERIFY(runAndWait(view, view->runAction()));
    QCOMPARE(view->results()->failedHosts(), QStringList {QStringLiteral("pi2")});
    QVERIFY(view->runAgainAction()->isEnabled());
    QVERIFY2(view->runFailedAction()->isEnabled(), qPrintable(view->runFailedAction()->toolTip()));
    QVERIFY(view->runFailedAction()->toolTip().contains(QLatin1String("pi2")));

    Operation *again = runAndWait(view, view->runFailedAction());
    QVERIFY(again);
    QCOMPARE(again->request().playbook.limit, QStringLiteral("pi2"));
    QSet<QString> contacted;
    for (const auto &event : again->playbookEvents()) {
        if (!event.host.isEmpty())
            contacted.insert(event.host);
    }
    QCOMPARE(contacted, QSet<QString> {QStringLiteral("pi2")});
    QCOMPARE(view->results()->recap().keys(), QStringList {QStringLiteral("pi2")});
    QCOMPARE(tableRecap(view->recapTable()).keys(), QStringList {QStringLiteral("pi2")});

    // Run again repeats the last run exactly: still only the failed host.
    Operation *same = runAndWait(view, view->runAgainAction());
    QVERIFY(same);
    QCOMPARE(same->request().playbook.limit, QStringLiteral("pi2"));
    QCOMPARE(view->results()->recap().keys(), QStringList {QStringLiteral("pi2")});
}

// A run started in the window is recorded in the pipeline's history as a
// build or a rollout is: its kind, what ran, its result, and as its log the
// text the headless mode prints for the same events; the History dock lists it.
void TestPlaybooksView::everyRunIsRecordedInTheHistory()
{
    const QString playbook = write(QStringLiteral("parity.yml"), parityPlaybook);
    auto window = openWindow();
    QVERIFY(window);
    PlaybooksView *view = window->playbooksView();
    view->open(playbook, inventory());
    QVERIFY(QTest::qWaitFor([&] { return !view->isPreviewPending(); }, 60000));
    Operation *operation = runAndWait(view, view->runAction());
    QVERIFY(operation);
    const qint64 id = operation->outcome().historyId;
    QVERIFY(id > 0);

    History history;
    QString error;
    QVERIFY2(history.openReadOnly(m_home->filePath(QStringLiteral("data/pipeline.sqlite")), &error), qPrintable(error));
    const std::optional<HistoryEntry> entry = history.entry(id);
    QVERIFY(entry);
    QCOMPARE(entry->kind, QStringLiteral("playbook"));
    QCOMPARE(entry->result, History::Failed);
    QCOMPARE(entry->reason, QStringLiteral("parity.yml on hosts.ini"));
    QVERIFY2(entry->error.contains(QLatin1String("pi2")), qPrintable(entry->error));
    QVERIFY(entry->finishedAt.isValid());
    const QString log = entry->log.join(QLatin1Char('\n'));
    QVERIFY2(log.contains(QLatin1String("TASK [Only pi1 passes]")), qPrintable(log));
    // Each playbook line once: the operation's own steps do not repeat them.
    QCOMPARE(log.count(QLatin1String("PLAY [Parity]")), 1);
    QCOMPARE(log.count(QLatin1String("TASK [Only pi1 passes]")), 1);
    QVERIFY(log.contains(QLatin1String("fatal: [pi2]: FAILED!")));
    QVERIFY(log.contains(QLatin1String("PLAY RECAP")));
    const QMap<QString, HostStats> recap = view->results()->recap();
    QCOMPARE(recap.size(), 2);
    for (auto it = recap.cbegin(); it != recap.cend(); ++it)
        QVERIFY2(log.contains(ConsolePrinter::recapLine(it.key(), it.value())), qPrintable(log));

    // Run again on failed hosts is another entry, with its limit.
    Operation *again = runAndWait(view, view->runFailedAction());
    QVERIFY(again);
    QVERIFY(again->outcome().historyId > id);
    const std::optional<HistoryEntry> retry = history.entry(again->outcome().historyId);
    QVERIFY(retry);
    QCOMPARE(retry->reason, QStringLiteral("parity.yml on hosts.ini, limit pi2"));
    QCOMPARE(retry->result, History::Failed);

    // The History dock shows both runs, as it shows builds and rollouts.
    antler::gui::HistoryModel *model = window->historyView()->model();
    const auto playbookRows = [model] {
        int rows = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(antler::gui::HistoryModel::KindRole).toString() == QLatin1String("playbook"))
                ++rows;
        }
        return rows;
    };
    QTRY_COMPARE_WITH_TIMEOUT(playbookRows(), 2, 10000);
}

void TestPlaybooksView::theWindowAndTheHeadlessModeEmitTheSameEvents()
{
    const QString playbook = write(QStringLiteral("ok.yml"), okPlaybook);
    const QString hosts = inventory();
    auto window = openWindow();
    QVERIFY(window);
    PlaybooksView *view = window->playbooksView();
    view->open(playbook, hosts);
    QVERIFY(QTest::qWaitFor([&] { return !view->isPreviewPending(); }, 60000));
    // One host at a time, so both runs report in the same order.
    view->forksBox()->setValue(1);
    Operation *operation = runAndWait(view, view->runAction());
    QVERIFY(operation);
    QCOMPARE(view->results()->exitCode(), 0);
    QStringList ours;
    for (const auto &event : operation->playbookEvents()) {
        if (event.type != antler::playbook::PlaybookEvent::Type::HostOutput)
            ours.append(normalized(antler::playbook::JsonEventPrinter::toJson(event)));
    }

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "SSH_AUTH_SOCK"})
        environment.remove(QLatin1String(variable));
    // The headless mode reads ~/.ssh/known_hosts: the same file the window used.
    environment.insert(QStringLiteral("HOME"), m_home->filePath(QStringLiteral("home")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ANTLER_EXECUTABLE),
                  {QStringLiteral("--run-playbook"), playbook, QStringLiteral("-i"), hosts, QStringLiteral("--json"),
                   QStringLiteral("--forks"), QStringLiteral("1")});
    QVERIFY(process.waitForFinished(RunTimeoutMs));
    QCOMPARE(process.exitCode(), 0);
    QStringList theirs;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        QVERIFY2(!event.isEmpty(), line.constData());
        if (event.value(QStringLiteral("event")).toString() != QLatin1String("host_output"))
            theirs.append(normalized(event));
    }
    QVERIFY(theirs.size() > 10);
    QCOMPARE(ours.size(), theirs.size());
    for (qsizetype i = 0; i < ours.size(); ++i)
        QCOMPARE(ours.at(i), theirs.at(i));
}

void TestPlaybooksView::aBrokenPlaybookListsItsProblemsAndRunsNothing()
{
    const QString playbook = write(QStringLiteral("broken.yml"),
                                   "- hosts: pis\n"
                                   "  gather_facts: false\n"
                                   "  tasks:\n"
                                   "    - name: Fine\n"
                                   "      command: echo fine\n"
                                   "    - name: No such module\n"
                                   "      frobnicate: now\n"
                                   "    - name: Bad keyword\n"
                                   "      command: echo x\n"
                                   "      retriez: 3\n");
    auto window = openWindow();
    QVERIFY(window);
    const int sshdLogBefore = int(m_sshd.log().size());
    PlaybooksView *view = window->playbooksView();
    view->open(playbook, inventory());
    QVERIFY(QTest::qWaitFor([&] { return !view->isPreviewPending(); }, 60000));
    QListWidget *errors = view->errorList();
    QVERIFY(errors->isVisible() || errors->count() > 0);
    QCOMPARE(errors->count(), 2);
    QVERIFY2(errors->item(0)->text().startsWith(playbook + QStringLiteral(":7:7: ")),
             qPrintable(errors->item(0)->text()));
    QVERIFY2(errors->item(1)->text().startsWith(playbook + QStringLiteral(":10:7: ")),
             qPrintable(errors->item(1)->text()));
    // The first problem's line is shown and highlighted in the file.
    QCOMPARE(view->sourceView()->textCursor().blockNumber(), 6);
    QCOMPARE(view->sourceView()->extraSelections().size(), 1);
    QCOMPARE(view->sourceView()->extraSelections().constFirst().cursor.block().text(),
             QStringLiteral("      frobnicate: now"));
    errors->setCurrentRow(1);
    QCOMPARE(view->sourceView()->extraSelections().constFirst().cursor.block().text(),
             QStringLiteral("      retriez: 3"));
    // Run is disabled with the reason, and nothing runs.
    QVERIFY(!view->runAction()->isEnabled());
    QVERIFY(view->runAction()->toolTip().contains(QLatin1String("2 problem")));
    QVERIFY(!view->run());
    view->runAction()->trigger();
    QTest::qWait(500);
    for (Operation *operation : window->operations()->operations())
        QVERIFY(operation->kind() != Operation::Kind::Playbook);
    // No host was contacted: sshd logged no connection.
    QCOMPARE(int(m_sshd.log().size()), sshdLogBefore);
}

// The preview is read on a worker thread: open() returns before it is read,
// Run waits for it, and when picks follow each other quickly the newest wins,
// whichever read finishes first.
void TestPlaybooksView::thePreviewIsReadOffTheGuiThreadAndTheNewestPickWins()
{
    // A big playbook (slow to read) picked first, a small one right after.
    QByteArray big = "- name: Big\n  hosts: pis\n  gather_facts: false\n  tasks:\n";
    for (int i = 0; i < 4000; ++i)
        big += "    - name: Task " + QByteArray::number(i) + "\n      command: echo {{ inventory_hostname }} "
            + QByteArray::number(i) + "\n      tags: [t" + QByteArray::number(i % 7) + "]\n";
    const QString bigPath = write(QStringLiteral("big.yml"), big);
    const QString smallPath = write(QStringLiteral("ok.yml"), okPlaybook);
    const QString hosts = inventory();
    auto window = openWindow();
    QVERIFY(window);
    PlaybooksView *view = window->playbooksView();
    QSignalSpy shown(view, &PlaybooksView::previewShown);
    view->open(bigPath, hosts);
    // Back on the GUI thread before anything was read: nothing shown yet, Run waits.
    QVERIFY(view->isPreviewPending());
    QCOMPARE(shown.count(), 0);
    QVERIFY(!view->runAction()->isEnabled());
    QVERIFY2(view->runRefusal().contains(QLatin1String("Reading")), qPrintable(view->runRefusal()));
    view->open(smallPath, hosts);
    QVERIFY(QTest::qWaitFor([&] { return view->previewsRunning() == 0; }, 120000));
    QVERIFY(!view->isPreviewPending());
    // Only the newest pick was shown, even if the big one answered last.
    QCOMPARE(shown.count(), 1);
    QVERIFY(view->planTree()->topLevelItemCount() > 0);
    QCOMPARE(view->planTree()->topLevelItem(0)->text(0), QStringLiteral("PLAY Everything works"));
    QVERIFY2(view->runAction()->isEnabled(), qPrintable(view->runRefusal()));
}

void TestPlaybooksView::cancelStopsTheRunOnEveryHost()
{
    const QString playbook = write(
        QStringLiteral("long.yml"),
        "- hosts: pis\n  gather_facts: false\n  tasks:\n"
        "    - name: Long\n      shell: echo started; sleep 30; touch {{ scratch }}/{{ inventory_hostname }}.late\n"
        "    - name: Never\n      command: touch {{ scratch }}/never.marker\n");
    auto window = openWindow();
    QVERIFY(window);
    PlaybooksView *view = window->playbooksView();
    view->open(playbook, inventory());
    QVERIFY(QTest::qWaitFor([&] { return !view->isPreviewPending(); }, 60000));
    view->runAction()->trigger();
    Operation *operation = view->currentOperation();
    QVERIFY(operation);
    QVERIFY(!view->cancelAction()->isEnabled() || !operation->isFinished());
    // Both hosts have started the long command (their live output arrived).
    QVERIFY(QTest::qWaitFor(
        [&] {
            int started = 0;
            for (const auto &event : operation->playbookEvents())
                started += event.type == antler::playbook::PlaybookEvent::Type::HostOutput
                    && event.text == QLatin1String("started");
            return started == 2;
        },
        30000));
    QVERIFY(view->cancelAction()->isEnabled());
    view->cancelAction()->trigger();
    QVERIFY(QTest::qWaitFor([&] { return operation->isFinished(); }, 15000));
    QCOMPARE(operation->outcome().code, antler::pipeline::OperationOutcome::Code::Cancelled);
    QVERIFY(QTest::qWaitFor([&] { return view->results()->isFinished(); }, 5000));
    QCOMPARE(view->results()->exitCode(), 99);
    QVERIFY(!view->cancelAction()->isEnabled());
    QTest::qWait(1000);
    QVERIFY(!QFile::exists(m_home->filePath(QStringLiteral("never.marker"))));
    QVERIFY(!QFile::exists(m_home->filePath(QStringLiteral("pi1.late"))));
    QVERIFY(!QFile::exists(m_home->filePath(QStringLiteral("pi2.late"))));
}

void TestPlaybooksView::limitAndTagsShowWhatWillRun()
{
    const QString playbook = write(QStringLiteral("parity.yml"), parityPlaybook);
    auto window = openWindow();
    QVERIFY(window);
    PlaybooksView *view = window->playbooksView();
    view->open(playbook, inventory());
    QVERIFY(QTest::qWaitFor([&] { return !view->isPreviewPending(); }, 60000));
    QCOMPARE(view->preview().allTags(), QStringList({QStringLiteral("say"), QStringLiteral("show")}));
    // The parsed view: the play, its hosts and its tasks with tags and file:line.
    QTreeWidgetItem *play = view->planTree()->topLevelItem(0);
    QVERIFY(play);
    QCOMPARE(play->text(0), QStringLiteral("PLAY Parity"));
    QCOMPARE(play->child(0)->text(0), QStringLiteral("Hosts (2): pi1, pi2"));
    QCOMPARE(play->childCount(), 1 + 6);
    QCOMPARE(play->child(1)->text(0), QStringLiteral("Say one"));
    QCOMPARE(play->child(1)->text(1), QStringLiteral("[say]"));
    // Where: the file beside the playbook by its name; the full path in the tooltip.
    QCOMPARE(play->child(1)->text(2), QStringLiteral("parity.yml:5"));
    QVERIFY(play->child(1)->toolTip(2).startsWith(playbook + QStringLiteral(":5")));

    // The limit narrows the hosts as it is typed.
    view->limitEdit()->clear();
    QTest::keyClicks(view->limitEdit(), QStringLiteral("pi2"));
    QCOMPARE(view->limitHostsLabel()->text(), QStringLiteral("Matches pi2."));
    QCOMPARE(view->planTree()->topLevelItem(0)->child(0)->text(0), QStringLiteral("Hosts (1): pi2"));
    view->limitEdit()->setText(QStringLiteral("nosuchhost"));
    QVERIFY(view->limitHostsLabel()->text().contains(QLatin1String("No host matches")));
    view->limitEdit()->clear();

    // Tags narrow the tasks, as --list-tasks does.
    view->tagsEdit()->setText(QStringLiteral("show"));
    QCOMPARE(view->planTree()->topLevelItem(0)->childCount(), 1 + 1);
    QCOMPARE(view->planTree()->topLevelItem(0)->child(1)->text(0), QStringLiteral("Show"));
    view->tagsEdit()->clear();
    view->skipTagsEdit()->setText(QStringLiteral("say,show"));
    QCOMPARE(view->planTree()->topLevelItem(0)->childCount(), 1 + 4);

    // Extra variables from YAML or JSON land in the table and in the run's options.
    QString error;
    QVERIFY(view->addExtraVariables(QStringLiteral("{\"word\": \"hello\", \"list\": [1, 2]}"), &error));
    QVERIFY(view->addExtraVariables(QStringLiteral("count: 3"), &error));
    QVERIFY(!view->addExtraVariables(QStringLiteral("{unclosed"), &error));
    QVERIFY(!error.isEmpty());
    view->checkBox()->setChecked(true);
    antler::playbook::PlaybookRunOptions options;
    QVERIFY2(view->runOptions(&options, &error), qPrintable(error));
    QCOMPARE(options.extraVariables.value(QStringLiteral("word")).toString(), QStringLiteral("hello"));
    QCOMPARE(options.extraVariables.value(QStringLiteral("list")).toList().size(), 2);
    QCOMPARE(options.extraVariables.value(QStringLiteral("count")).toString(), QStringLiteral("3"));
    QCOMPARE(options.skipTags, QStringList({QStringLiteral("say"), QStringLiteral("show")}));
    QVERIFY(options.checkMode);

    // The pair is remembered for this profile once it ran.
    QVERIFY(runAndWait(view, view->runAction()));
    const auto recent = antler::gui::AppSettings::recentPlaybooks(QString());
    QVERIFY(!recent.isEmpty());
    QCOMPARE(recent.constFirst().playbook, playbook);
}

void TestPlaybooksView::everyPlaybookCommandIsAnAction()
{
    auto window = openWindow();
    QVERIFY(window);
    QStringList names;
    for (QAction *action : window->allActions())
        names.append(action->objectName());
    for (const char *name : {"show-playbooksDock", "openPlaybook", "openInventory", "runPlaybook", "runPlaybookAgain",
                             "runPlaybookOnFailedHosts", "cancelPlaybook"})
        QVERIFY2(names.contains(QLatin1String(name)), name);
    // Every one is in the menu bar too.
    QStringList inMenus;
    const std::function<void(const QList<QAction *> &)> collect = [&](const QList<QAction *> &list) {
        for (QAction *action : list) {
            inMenus.append(action->objectName());
            if (action->menu())
                collect(action->menu()->actions());
        }
    };
    collect(window->menuBar()->actions());
    for (const char *name : {"show-playbooksDock", "show-hostsDock", "runPlaybook", "runPlaybookOnFailedHosts",
                             "cancelPlaybook", "connectHost", "gatherFacts", "openSshTerminal", "setUpPi"})
        QVERIFY2(inMenus.contains(QLatin1String(name)), name);
    // Disabled commands say why.
    QCOMPARE(window->playbooksView()->runAction()->toolTip(), QStringLiteral("Choose a playbook first."));
    // Alt+4 brings the Playbooks dock to the front, even behind another tab.
    window->dock(QStringLiteral("eventsDock"))->raise();
    QTest::keyClick(window.get(), Qt::Key_4, Qt::AltModifier);
    QTRY_VERIFY(window->playbooksView()->isVisible());
}

QTEST_MAIN(TestPlaybooksView)
#include "tst_playbooksview.moc"
