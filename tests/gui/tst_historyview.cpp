// The history view: a real pipeline::History in a temporary XDG data home
// writes the records, as the window and `antler pipeline …` do; the view
// reads them read-only and follows the file. Also an unreadable file (it is
// reported in one sentence and left byte-identical) and, with
// ANTLER_SCREENSHOT_DIR set, PNGs of the view in a light and a dark palette.
#include "HistoryModel.h"
#include "HistoryView.h"
#include "pipeline/History.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace antler;
using antler::gui::HistoryModel;
using antler::gui::HistoryView;
using antler::pipeline::History;
using antler::pipeline::HistoryEntry;
using antler::pipeline::Release;

namespace {

Release release(char fill, int buildNumber = 0)
{
    Release r;
    r.digest = QStringLiteral("sha256:") + QString(64, QLatin1Char(fill));
    r.artifacts.insert(QStringLiteral("artifact"), QStringLiteral("/srv/antler/artifacts/") + QLatin1Char(fill));
    r.sourceCommit = QStringLiteral("4f2c9e1");
    r.buildNumber = buildNumber;
    return r;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// The displayed text of column in the proxy's row.
QString cell(const HistoryView &view, int row, int column)
{
    return view.filterModel()->index(row, column).data().toString();
}

// The proxy row that shows operation id; -1 if hidden.
int rowOf(const HistoryView &view, qint64 id)
{
    const int source = view.model()->rowOf(id);
    if (source < 0)
        return -1;
    return view.filterModel()->mapFromSource(view.model()->index(source, 0)).row();
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Mid, QColor(0x44, 0x46, 0x4a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    p.setColor(QPalette::Light, QColor(0x50, 0x52, 0x56));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace

class TestHistoryView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsEveryRecord();
    void sortsByEveryColumn();
    void filtersByTextKindStageAndResult();
    void followsRecordsWrittenByAnotherConnection();
    void marksRollbacksAndRefusalsWithTheirReason();
    void detailsShowEveryFieldAndTheLog();
    void runAgainEmitsTheEntry();
    void selectOperationClearsHidingFiltersAndActivationEmits();
    void missingFileIsNotAnErrorAndIsNotCreated();
    void unreadableFileIsOneSentenceAndLeftAsItIs();
    void screenshots();

private:
    void writeRecords();

    QTemporaryDir m_dataHome;
    std::unique_ptr<History> m_writer;
    std::unique_ptr<HistoryView> m_view;
    QHash<QString, qint64> m_ids;
};

void TestHistoryView::initTestCase()
{
    QVERIFY(m_dataHome.isValid());
    qputenv("XDG_DATA_HOME", m_dataHome.path().toLocal8Bit());
    QVERIFY(History::defaultPath().startsWith(m_dataHome.path()));
}

void TestHistoryView::init()
{
    QFile::remove(History::defaultPath());
    QFile::remove(History::defaultPath() + QLatin1String("-wal"));
    QFile::remove(History::defaultPath() + QLatin1String("-shm"));
    m_writer = std::make_unique<History>();
    QString error;
    QVERIFY2(m_writer->open(History::defaultPath(), &error), qPrintable(error));
    writeRecords();
    m_view = std::make_unique<HistoryView>();
    m_view->resize(1100, 640);
    QTRY_COMPARE(m_view->model()->status(), HistoryModel::Status::Ready);
    QCOMPARE(m_view->model()->rowCount(), m_ids.size());
}

void TestHistoryView::cleanup()
{
    m_view.reset();
    m_writer.reset();
    m_ids.clear();
}

// What a session of the pipeline leaves: a build, its rollout through the
// stages, a refusal, a failed rollout rolled back automatically, a manual
// rollback with a reason, a pin, and an operation still running.
void TestHistoryView::writeRecords()
{
    History &h = *m_writer;
    const qint64 build = h.begin(QStringLiteral("build"), {}, Release());
    h.appendLog(build, QStringLiteral("[build] compiling moosefacts"));
    h.setRelease(build, release('a', 1));
    h.finish(build, History::Succeeded);
    m_ids.insert(QStringLiteral("build"), build);

    const qint64 deploy = h.begin(QStringLiteral("deploy"), QStringLiteral("test"), release('a', 1));
    h.appendLog(deploy, QStringLiteral("[deploy test] starting moosefacts on 127.0.0.1:18481"));
    h.appendLog(deploy, QStringLiteral("[deploy test] /healthz answers 200"));
    h.finish(deploy, History::Succeeded);
    m_ids.insert(QStringLiteral("deploy"), deploy);

    m_ids.insert(QStringLiteral("promote"),
                 h.record(QStringLiteral("promote"), QStringLiteral("staging"), release('a', 1), History::Succeeded, {},
                          {}, QStringLiteral("test")));
    m_ids.insert(QStringLiteral("refused"),
                 h.record(QStringLiteral("promote"), QStringLiteral("production"), release('a', 1), History::Refused,
                          {}, QStringLiteral("soak: 6 min left"), QStringLiteral("staging")));

    const qint64 failed = h.begin(QStringLiteral("deploy"), QStringLiteral("test"), release('b', 2));
    h.appendLog(failed, QStringLiteral("[deploy test] /healthz answers 503"));
    h.finish(failed, History::RolledBack, QStringLiteral("/healthz answered 503 three times"), release('a').digest);
    m_ids.insert(QStringLiteral("rolledback"), failed);

    const qint64 rollback = h.begin(QStringLiteral("rollback"), QStringLiteral("staging"), release('a', 1), {},
                                    QStringLiteral("facts about antlers are wrong"));
    h.finish(rollback, History::Succeeded, {}, release('b').digest);
    m_ids.insert(QStringLiteral("rollback"), rollback);

    m_ids.insert(QStringLiteral("pin"),
                 h.record(QStringLiteral("pin"), QStringLiteral("staging"), release('a', 1), History::Succeeded,
                          QStringLiteral("until the facts are fixed")));
    m_ids.insert(QStringLiteral("running"),
                 h.begin(QStringLiteral("deploy"), QStringLiteral("production"), release('a', 1)));
}

void TestHistoryView::showsEveryRecord()
{
    HistoryView &view = *m_view;
    // Newest first.
    QCOMPARE(view.filterModel()->index(0, 0).data(HistoryModel::IdRole).toLongLong(),
             m_ids.value(QStringLiteral("running")));
    const int promote = rowOf(view, m_ids.value(QStringLiteral("promote")));
    QCOMPARE(cell(view, promote, HistoryModel::KindColumn), QStringLiteral("Promote"));
    QCOMPARE(cell(view, promote, HistoryModel::StagesColumn), QStringLiteral("test → staging"));
    QCOMPARE(cell(view, promote, HistoryModel::DigestColumn), Release::shortDigest(release('a').digest));
    QVERIFY(view.filterModel()
                ->index(promote, HistoryModel::DigestColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(release('a').digest));
    QCOMPARE(cell(view, promote, HistoryModel::UserColumn), History::currentUser());
    const HistoryEntry entry = *m_writer->entry(m_ids.value(QStringLiteral("promote")));
    QCOMPARE(cell(view, promote, HistoryModel::WhenColumn),
             entry.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QVERIFY(cell(view, promote, HistoryModel::DurationColumn).endsWith(QLatin1String(" s")));
    QCOMPARE(cell(view, promote, HistoryModel::ResultColumn), QStringLiteral("Succeeded"));
    QVERIFY(!view.filterModel()
                 ->index(promote, HistoryModel::ResultColumn)
                 .data(Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());

    const int build = rowOf(view, m_ids.value(QStringLiteral("build")));
    QCOMPARE(cell(view, build, HistoryModel::StagesColumn), QString());
    const int running = rowOf(view, m_ids.value(QStringLiteral("running")));
    QCOMPARE(cell(view, running, HistoryModel::ResultColumn), QStringLiteral("Running"));
    QCOMPARE(cell(view, running, HistoryModel::DurationColumn), QStringLiteral("running"));
    QCOMPARE(view.message(), QString());
}

void TestHistoryView::sortsByEveryColumn()
{
    HistoryView &view = *m_view;
    QTableView *table = view.table();
    table->sortByColumn(HistoryModel::WhenColumn, Qt::AscendingOrder);
    QCOMPARE(view.filterModel()->index(0, 0).data(HistoryModel::IdRole).toLongLong(),
             m_ids.value(QStringLiteral("build")));
    table->sortByColumn(HistoryModel::KindColumn, Qt::AscendingOrder);
    QCOMPARE(cell(view, 0, HistoryModel::KindColumn), QStringLiteral("Build"));
    QCOMPARE(cell(view, view.filterModel()->rowCount() - 1, HistoryModel::KindColumn), QStringLiteral("Rollback"));
    table->sortByColumn(HistoryModel::StagesColumn, Qt::DescendingOrder);
    QCOMPARE(cell(view, 0, HistoryModel::StagesColumn), QStringLiteral("test → staging"));
    table->sortByColumn(HistoryModel::DurationColumn, Qt::DescendingOrder);
    // Still running sorts as the longest.
    QCOMPARE(view.filterModel()->index(0, 0).data(HistoryModel::IdRole).toLongLong(),
             m_ids.value(QStringLiteral("running")));
    table->sortByColumn(HistoryModel::ResultColumn, Qt::AscendingOrder);
    QCOMPARE(cell(view, 0, HistoryModel::ResultColumn).section(QLatin1Char(' '), 0, 0), QStringLiteral("Refused"));
    // The header does it for a user too.
    QTest::mouseClick(table->horizontalHeader()->viewport(), Qt::LeftButton, {},
                      QPoint(table->horizontalHeader()->sectionViewportPosition(HistoryModel::DigestColumn) + 10, 5));
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(HistoryModel::DigestColumn));
}

void TestHistoryView::filtersByTextKindStageAndResult()
{
    HistoryView &view = *m_view;
    QTest::keyClicks(view.filterEdit(), QStringLiteral("antlers"));
    QCOMPARE(view.filterModel()->rowCount(), 1);
    QCOMPARE(view.filterModel()->index(0, 0).data(HistoryModel::IdRole).toLongLong(),
             m_ids.value(QStringLiteral("rollback")));
    view.filterEdit()->setText(QStringLiteral("promote staging"));
    QCOMPARE(view.filterModel()->rowCount(), 2); // into staging and out of it
    view.filterEdit()->setText(QStringLiteral("no such thing"));
    QCOMPARE(view.filterModel()->rowCount(), 0);
    QVERIFY2(view.message().contains(QLatin1String("No operation matches")), qPrintable(view.message()));
    view.filterEdit()->clear();
    QCOMPARE(view.message(), QString());

    view.kindFilter()->setCurrentIndex(view.kindFilter()->findData(QStringLiteral("promote")));
    QCOMPARE(view.filterModel()->rowCount(), 2);
    view.kindFilter()->setCurrentIndex(0);

    // A stage filter matches operations into the stage and promotions out of it.
    QCOMPARE(view.stageFilter()->findData(QStringLiteral("production")) > 0, true);
    view.stageFilter()->setCurrentIndex(view.stageFilter()->findData(QStringLiteral("test")));
    QCOMPARE(view.filterModel()->rowCount(), 3); // two deploys, the promotion to staging
    view.resultFilter()->setCurrentIndex(view.resultFilter()->findData(History::RolledBack));
    QCOMPARE(view.filterModel()->rowCount(), 1);
    QCOMPARE(view.filterModel()->index(0, 0).data(HistoryModel::IdRole).toLongLong(),
             m_ids.value(QStringLiteral("rolledback")));
    view.clearFilters();
    QCOMPARE(view.filterModel()->rowCount(), m_ids.size());
}

void TestHistoryView::followsRecordsWrittenByAnotherConnection()
{
    HistoryView &view = *m_view;
    view.table()->selectRow(0);
    const qint64 selected = view.selectedOperation();
    QVERIFY(selected > 0);
    QSignalSpy refreshed(view.model(), &HistoryModel::refreshed);

    // A second connection, as the CLI in another process has: the watcher sees it.
    {
        History cli;
        QString error;
        QVERIFY2(cli.open(History::defaultPath(), &error), qPrintable(error));
        const qint64 id = cli.record(QStringLiteral("deploy"), QStringLiteral("staging"), release('c', 3),
                                     History::Failed, {}, QStringLiteral("port 18482 is in use"));
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowOf(id) >= 0, 10000);
        QCOMPARE(view.filterModel()->index(0, 0).data(HistoryModel::IdRole).toLongLong(), id);
        QVERIFY(cell(view, 0, HistoryModel::ResultColumn).contains(QLatin1String("port 18482 is in use")));

        // refresh() reads at once, whatever the watcher saw; running one finishes.
        m_writer->finish(m_ids.value(QStringLiteral("running")), History::Succeeded);
        view.refresh();
        QTRY_COMPARE(cell(view, rowOf(view, m_ids.value(QStringLiteral("running"))), HistoryModel::ResultColumn),
                     QStringLiteral("Succeeded"));
    }
    QVERIFY(refreshed.count() >= 1);
    // The rows were updated in place: the selection survived.
    QCOMPARE(view.selectedOperation(), selected);
    QCOMPARE(view.model()->rowCount(), m_ids.size() + 1);
}

void TestHistoryView::marksRollbacksAndRefusalsWithTheirReason()
{
    HistoryView &view = *m_view;
    const int rolledBack = rowOf(view, m_ids.value(QStringLiteral("rolledback")));
    QCOMPARE(cell(view, rolledBack, HistoryModel::ResultColumn),
             QStringLiteral("Rolled back — /healthz answered 503 three times"));
    const int rollback = rowOf(view, m_ids.value(QStringLiteral("rollback")));
    QCOMPARE(cell(view, rollback, HistoryModel::KindColumn), QStringLiteral("Rollback"));
    QCOMPARE(cell(view, rollback, HistoryModel::ResultColumn),
             QStringLiteral("Succeeded — facts about antlers are wrong"));
    const int refused = rowOf(view, m_ids.value(QStringLiteral("refused")));
    QCOMPARE(cell(view, refused, HistoryModel::ResultColumn), QStringLiteral("Refused — soak: 6 min left"));
    QCOMPARE(view.filterModel()->index(refused, HistoryModel::ResultColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Refused: soak: 6 min left"));
}

void TestHistoryView::detailsShowEveryFieldAndTheLog()
{
    HistoryView &view = *m_view;
    QCOMPARE(view.detailsText(), QString());
    view.selectOperation(m_ids.value(QStringLiteral("deploy")));
    QCOMPARE(view.selectedOperation(), m_ids.value(QStringLiteral("deploy")));
    QTRY_VERIFY(view.detailsText().contains(QLatin1String("/healthz answers 200")));
    const QString details = view.detailsText();
    for (const QString &expected :
         {QStringLiteral("Operation: #%1 Deploy").arg(m_ids.value(QStringLiteral("deploy"))),
          QStringLiteral("Stages: test"), QStringLiteral("Result: Succeeded"),
          QStringLiteral("Digest: ") + release('a').digest, QStringLiteral("Source commit: 4f2c9e1"),
          QStringLiteral("Build number: 1"), QStringLiteral("artifact: /srv/antler/artifacts/a"),
          QStringLiteral("Who: ") + History::currentUser(), QStringLiteral("Started: "), QStringLiteral("Finished: "),
          QStringLiteral("Process: "),
          QStringLiteral("[deploy test] starting moosefacts on 127.0.0.1:18481\n[deploy test] /healthz answers 200")}) {
        QVERIFY2(details.contains(expected), qPrintable(expected + QLatin1String(" not in:\n") + details));
    }
    QVERIFY(!details.contains(QLatin1String("Error:")));

    // A running operation's new log lines show after a refresh.
    view.selectOperation(m_ids.value(QStringLiteral("running")));
    m_writer->appendLog(m_ids.value(QStringLiteral("running")),
                        QStringLiteral("[deploy production] waiting for /healthz"));
    view.refresh();
    QTRY_VERIFY(view.detailsText().contains(QLatin1String("waiting for /healthz")));
}

void TestHistoryView::runAgainEmitsTheEntry()
{
    HistoryView &view = *m_view;
    QSignalSpy spy(&view, &HistoryView::runAgainRequested);
    QAction *runAgain = view.runAgainAction();
    QVERIFY(!runAgain->isEnabled());
    QVERIFY(runAgain->toolTip().contains(QLatin1String("Select")));

    view.selectOperation(m_ids.value(QStringLiteral("running")));
    QVERIFY(!runAgain->isEnabled());
    QVERIFY(runAgain->toolTip().contains(QLatin1String("still running")));
    view.selectOperation(m_ids.value(QStringLiteral("pin")));
    QVERIFY(!runAgain->isEnabled());

    view.selectOperation(m_ids.value(QStringLiteral("promote")));
    QVERIFY(runAgain->isEnabled());
    QVERIFY(runAgain->toolTip().contains(QLatin1String("from test to staging")));
    runAgain->trigger();
    QCOMPARE(spy.count(), 1);
    const HistoryEntry entry = spy.takeFirst().at(0).value<HistoryEntry>();
    QCOMPARE(entry.id, m_ids.value(QStringLiteral("promote")));
    QCOMPARE(entry.kind, QStringLiteral("promote"));
    QCOMPARE(entry.fromStage, QStringLiteral("test"));
    QCOMPARE(entry.stage, QStringLiteral("staging"));
    QCOMPARE(entry.release, release('a', 1));

    // The rolled-back rollout can be tried again too.
    view.selectOperation(m_ids.value(QStringLiteral("rolledback")));
    runAgain->trigger();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).value<HistoryEntry>().release.digest, release('b').digest);
}

void TestHistoryView::selectOperationClearsHidingFiltersAndActivationEmits()
{
    HistoryView &view = *m_view;
    view.kindFilter()->setCurrentIndex(view.kindFilter()->findData(QStringLiteral("build")));
    QCOMPARE(view.filterModel()->rowCount(), 1);
    view.selectOperation(m_ids.value(QStringLiteral("rollback")));
    QCOMPARE(view.kindFilter()->currentIndex(), 0);
    QCOMPARE(view.selectedOperation(), m_ids.value(QStringLiteral("rollback")));

    // One written after the last read is selected once a refresh brings it.
    const qint64 later
        = m_writer->record(QStringLiteral("unpin"), QStringLiteral("staging"), release('a', 1), History::Succeeded);
    view.selectOperation(later);
    QTRY_COMPARE(view.selectedOperation(), later);

    QSignalSpy activated(&view, &HistoryView::operationActivated);
    view.table()->setFocus();
    QTest::keyClick(view.table(), Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toLongLong(), later);
}

void TestHistoryView::missingFileIsNotAnErrorAndIsNotCreated()
{
    const QString path = m_dataHome.filePath(QStringLiteral("elsewhere/history.sqlite"));
    HistoryView view;
    view.setHistoryPath(path);
    QTRY_COMPARE(view.model()->status(), HistoryModel::Status::Missing);
    QCOMPARE(view.model()->rowCount(), 0);
    QVERIFY2(view.message().startsWith(QLatin1String("No operations recorded yet")), qPrintable(view.message()));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(QFileInfo(path).absolutePath()));
}

void TestHistoryView::unreadableFileIsOneSentenceAndLeftAsItIs()
{
    const QString folder = m_dataHome.filePath(QStringLiteral("broken"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QLatin1String("/history.sqlite");
    {
        QFile garbage(path);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        for (int i = 0; i < 512; ++i)
            garbage.write(QByteArray::number(i * 2654435761u, 16) + " not a database\n");
    }
    const QByteArray before = fileHash(path);
    const QDateTime modified = QFileInfo(path).lastModified();

    HistoryView view;
    view.setHistoryPath(path);
    QTRY_COMPARE(view.model()->status(), HistoryModel::Status::Unreadable);
    const QString message = view.message();
    // One sentence: what, where, what to do.
    QVERIFY2(message.contains(path) && message.contains(QLatin1String("cannot read the pipeline history"))
                 && message.contains(QLatin1String("backup")) && message.endsWith(QLatin1Char('.'))
                 && !message.chopped(1).contains(QLatin1String(". ")),
             qPrintable(message));
    QCOMPARE(view.model()->rowCount(), 0);
    QVERIFY(!view.runAgainAction()->isEnabled());

    view.refresh();
    QSignalSpy refreshed(view.model(), &HistoryModel::refreshed);
    QVERIFY(refreshed.wait());
    QCOMPARE(view.model()->status(), HistoryModel::Status::Unreadable);
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList {QStringLiteral("history.sqlite")});
}

// Not a check: with ANTLER_SCREENSHOT_DIR set, the view in both palettes.
void TestHistoryView::screenshots()
{
    const QString dir = qEnvironmentVariable("ANTLER_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set ANTLER_SCREENSHOT_DIR to write screenshots");
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette light = QApplication::style()->standardPalette();
    for (const auto &[name, palette] :
         {std::pair {QStringLiteral("light"), light}, std::pair {QStringLiteral("dark"), darkPalette()}}) {
        QApplication::setPalette(palette);
        HistoryView view;
        view.setStages({QStringLiteral("test"), QStringLiteral("staging"), QStringLiteral("production")});
        view.resize(1100, 640);
        view.show();
        QTRY_COMPARE(view.model()->status(), HistoryModel::Status::Ready);
        view.selectOperation(m_ids.value(QStringLiteral("deploy")));
        QTRY_VERIFY(view.detailsText().contains(QLatin1String("/healthz answers 200")));
        QVERIFY(view.grab().save(dir + QStringLiteral("/history-%1.png").arg(name)));

        HistoryView broken;
        broken.resize(1100, 300);
        const QString path = m_dataHome.filePath(QStringLiteral("shot/history.sqlite"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile garbage(path);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, 'x'));
        garbage.close();
        broken.setHistoryPath(path);
        broken.show();
        QTRY_COMPARE(broken.model()->status(), HistoryModel::Status::Unreadable);
        QVERIFY(broken.grab().save(dir + QStringLiteral("/history-unreadable-%1.png").arg(name)));
    }
}

QTEST_MAIN(TestHistoryView)
#include "tst_historyview.moc"
