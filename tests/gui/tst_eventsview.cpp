// The Events view: events appended in batches, bounded, filtered by
// severity and stage, and activation signals; the converters from pipeline
// events and health changes; with ANTLER_SCREENSHOT_DIR set, PNGs of the
// view in a light and a dark palette.
#include "EventsModel.h"
#include "EventsView.h"
#include "pipeline/PipelineEvent.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTreeView>
#include <QtTest>

using namespace antler;
using antler::gui::EventsModel;
using antler::gui::EventsView;
using antler::gui::TimelineEvent;

namespace {

TimelineEvent makeEvent(TimelineEvent::Severity severity, const QString &stage, const QString &message,
                        qint64 operationId = 0, const QString &source = QStringLiteral("deploy"))
{
    TimelineEvent e;
    e.severity = severity;
    e.stage = stage;
    e.source = source;
    e.message = message;
    e.operationId = operationId;
    return e;
}

QList<TimelineEvent> mixed()
{
    return {
        makeEvent(TimelineEvent::Info, QStringLiteral("test"), QStringLiteral("deploy of sha256:aaaa started"), 3),
        makeEvent(TimelineEvent::Warning, QStringLiteral("test"), QStringLiteral("podman ignores Services"), 3),
        makeEvent(TimelineEvent::Info, QStringLiteral("staging"), QStringLiteral("staging is up (was unknown)."), 0,
                  QStringLiteral("health")),
        makeEvent(TimelineEvent::Error, QStringLiteral("production"), QStringLiteral("production is down (was up)."), 0,
                  QStringLiteral("health")),
        makeEvent(TimelineEvent::Error, QString(), QStringLiteral("antler.yaml:4:3: unknown runtime “dockr”."), 0,
                  QStringLiteral("config")),
    };
}

QStringList messages(const EventsView &view)
{
    QStringList out;
    for (int row = 0; row < view.filterModel()->rowCount(); ++row)
        out.append(view.filterModel()->index(row, EventsModel::MessageColumn).data().toString());
    return out;
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
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Mid, QColor(0x44, 0x46, 0x4a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    p.setColor(QPalette::Light, QColor(0x50, 0x52, 0x56));
    return p;
}

} // namespace

class TestEventsView : public QObject
{
    Q_OBJECT

private slots:
    void appendsInBatches();
    void keepsTheNewestWithinTheLimit();
    void filtersBySeverityAndStage();
    void activationSelectsStageAndOperation();
    void followsTheEndUnlessScrolledUp();
    void showsSeverityAsIconAndWord();
    void convertsPipelineEventsAndHealthChanges();
    void screenshots();
};

void TestEventsView::appendsInBatches()
{
    EventsView view;
    EventsModel *model = view.model();
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 1000; ++i)
        view.addEvent(makeEvent(TimelineEvent::Info, QStringLiteral("test"), QStringLiteral("event %1").arg(i)));
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->pendingCount(), 1000);
    QTRY_COMPARE(model->rowCount(), 1000);
    QCOMPARE(inserted.count(), 1); // one batch, not a thousand rows one by one
    QCOMPARE(model->eventAt(0).message, QStringLiteral("event 0"));
    QCOMPARE(model->eventAt(999).message, QStringLiteral("event 999"));

    view.addEvents(mixed());
    model->flush();
    QCOMPARE(model->rowCount(), 1005);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model->stages(),
             (QStringList {QStringLiteral("test"), QStringLiteral("staging"), QStringLiteral("production")}));

    view.clear();
    QCOMPARE(model->rowCount(), 0);
}

void TestEventsView::keepsTheNewestWithinTheLimit()
{
    EventsView view;
    EventsModel *model = view.model();
    QCOMPARE(model->limit(), EventsModel::DefaultLimit);
    QList<TimelineEvent> many;
    for (int i = 0; i < EventsModel::DefaultLimit + 50; ++i)
        many.append(makeEvent(TimelineEvent::Info, QStringLiteral("test"), QStringLiteral("event %1").arg(i)));
    view.addEvents(many);
    model->flush();
    QCOMPARE(model->rowCount(), EventsModel::DefaultLimit);
    QCOMPARE(model->eventAt(0).message, QStringLiteral("event 50"));

    model->setLimit(100);
    QCOMPARE(model->rowCount(), 100);
    QCOMPARE(model->eventAt(0).message, QStringLiteral("event %1").arg(EventsModel::DefaultLimit - 50));
    for (int i = 0; i < 30; ++i)
        view.addEvent(makeEvent(TimelineEvent::Warning, QStringLiteral("test"), QStringLiteral("late %1").arg(i)));
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    model->flush();
    QCOMPARE(model->rowCount(), 100);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model->eventAt(99).message, QStringLiteral("late 29"));
    QCOMPARE(model->eventAt(69).message, QStringLiteral("event %1").arg(EventsModel::DefaultLimit + 49));
    QCOMPARE(view.filterModel()->rowCount(), 100);
}

void TestEventsView::filtersBySeverityAndStage()
{
    EventsView view;
    view.setStages({QStringLiteral("test"), QStringLiteral("staging"), QStringLiteral("production")});
    view.addEvents(mixed());
    view.model()->flush();
    QCOMPARE(view.filterModel()->rowCount(), 5);

    view.warningsOnlySwitch()->click();
    QVERIFY(view.filterModel()->warningsOnly());
    QCOMPARE(messages(view),
             (QStringList {QStringLiteral("podman ignores Services"), QStringLiteral("production is down (was up)."),
                           QStringLiteral("antler.yaml:4:3: unknown runtime “dockr”.")}));

    QComboBox *stages = view.stageFilter();
    QCOMPARE(stages->count(), 4);
    QCOMPARE(stages->itemText(0), QStringLiteral("All stages"));
    stages->setCurrentIndex(stages->findData(QStringLiteral("production")));
    QCOMPARE(messages(view), QStringList {QStringLiteral("production is down (was up).")});
    view.setWarningsOnly(false);
    view.setStageFilter(QStringLiteral("test"));
    QCOMPARE(messages(view).size(), 2);

    // New events go through the filters too; a new stage joins the list.
    view.addEvent(makeEvent(TimelineEvent::Error, QStringLiteral("test"), QStringLiteral("rollout failed")));
    view.addEvent(makeEvent(TimelineEvent::Info, QStringLiteral("edge"), QStringLiteral("edge is up")));
    view.model()->flush();
    QCOMPARE(messages(view).size(), 3);
    QVERIFY(stages->findData(QStringLiteral("edge")) > 0);
    QCOMPARE(stages->currentData().toString(), QStringLiteral("test"));
    view.setStageFilter({});
    QCOMPARE(view.filterModel()->rowCount(), 7);
}

void TestEventsView::activationSelectsStageAndOperation()
{
    EventsView view;
    view.resize(900, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.addEvents(mixed());
    view.model()->flush();
    QSignalSpy stage(&view, &EventsView::stageActivated);
    QSignalSpy operation(&view, &EventsView::operationActivated);

    QTreeView *tree = view.view();
    const QModelIndex first = view.filterModel()->index(0, EventsModel::MessageColumn);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(first).center());
    QCOMPARE(stage.count(), 1);
    QCOMPARE(stage.at(0).at(0).toString(), QStringLiteral("test"));
    QCOMPARE(operation.count(), 1);
    QCOMPARE(operation.at(0).at(0).toLongLong(), 3);

    // The keyboard: down to the health event of staging (no operation), Enter.
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Down);
    QTest::keyClick(tree, Qt::Key_Down);
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(stage.count(), 2);
    QCOMPARE(stage.at(1).at(0).toString(), QStringLiteral("staging"));
    QCOMPARE(operation.count(), 1);

    // An event of no stage: neither signal.
    const QModelIndex config = view.filterModel()->index(4, EventsModel::MessageColumn);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(config).center());
    QCOMPARE(stage.count(), 2);
    QCOMPARE(operation.count(), 1);
}

void TestEventsView::followsTheEndUnlessScrolledUp()
{
    EventsView view;
    view.resize(700, 240);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QList<TimelineEvent> many;
    for (int i = 0; i < 200; ++i)
        many.append(makeEvent(TimelineEvent::Info, QStringLiteral("test"), QStringLiteral("event %1").arg(i)));
    view.addEvents(many);
    view.model()->flush();
    QScrollBar *bar = view.view()->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());

    bar->setValue(0);
    view.addEvent(makeEvent(TimelineEvent::Info, QStringLiteral("test"), QStringLiteral("one more")));
    view.model()->flush();
    QTest::qWait(50);
    QCOMPARE(bar->value(), 0);
}

void TestEventsView::showsSeverityAsIconAndWord()
{
    EventsModel model;
    model.append(mixed());
    model.flush();
    const QModelIndex warning = model.index(1, EventsModel::SeverityColumn);
    QCOMPARE(warning.data().toString(), QStringLiteral("Warning"));
    QVERIFY(!warning.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model.index(3, EventsModel::SeverityColumn).data().toString(), QStringLiteral("Error"));
    QCOMPARE(model.index(0, EventsModel::SeverityColumn).data().toString(), QStringLiteral("Info"));
    QCOMPARE(model.index(3, EventsModel::SourceColumn).data().toString(), QStringLiteral("Health"));
    QVERIFY(!model.index(0, EventsModel::TimeColumn).data().toString().isEmpty());

    // Error words keep their contrast: dark red on light, light red on dark.
    QApplication::setPalette(QApplication::style()->standardPalette());
    const QColor onLight = model.index(3, EventsModel::SeverityColumn).data(Qt::ForegroundRole).value<QColor>();
    QApplication::setPalette(darkPalette());
    const QColor onDark = model.index(3, EventsModel::SeverityColumn).data(Qt::ForegroundRole).value<QColor>();
    QApplication::setPalette(QApplication::style()->standardPalette());
    QVERIFY(onLight.lightness() < 128);
    QVERIFY(onDark.lightness() > 150);
}

void TestEventsView::convertsPipelineEventsAndHealthChanges()
{
    using pipeline::PipelineEvent;
    QVERIFY(!TimelineEvent::fromPipelineEvent(PipelineEvent::log(QStringLiteral("build"), {}, QStringLiteral("cc …"))));
    QVERIFY(!TimelineEvent::fromPipelineEvent(
        PipelineEvent::step(QStringLiteral("deploy"), QStringLiteral("test"), QStringLiteral("x"))));
    const auto warning
        = TimelineEvent::fromPipelineEvent(PipelineEvent::warning(QStringLiteral("deploy"), QStringLiteral("test"),
                                                                  QStringLiteral("podman ignores Services")),
                                           7);
    QVERIFY(warning);
    QCOMPARE(warning->severity, TimelineEvent::Warning);
    QCOMPARE(warning->stage, QStringLiteral("test"));
    QCOMPARE(warning->source, QStringLiteral("deploy"));
    QCOMPARE(warning->operationId, 7);
    const auto failed = TimelineEvent::fromPipelineEvent(PipelineEvent::finished(
        QStringLiteral("promote"), QStringLiteral("staging"), false, QStringLiteral("staging is pinned")));
    QCOMPARE(failed->severity, TimelineEvent::Error);
    QCOMPARE(failed->message, QStringLiteral("staging is pinned"));
    const auto started = TimelineEvent::fromPipelineEvent(PipelineEvent::started(
        QStringLiteral("rollback"), QStringLiteral("production"), QStringLiteral("rolling back")));
    QCOMPARE(started->severity, TimelineEvent::Info);

    const TimelineEvent down
        = TimelineEvent::healthChange(QStringLiteral("production"), health::HealthState::Up, health::HealthState::Down,
                                      QStringLiteral("connection refused"));
    QCOMPARE(down.severity, TimelineEvent::Error);
    QCOMPARE(down.source, QStringLiteral("health"));
    QCOMPARE(down.message, QStringLiteral("production is down (was up): connection refused"));
    QCOMPARE(TimelineEvent::healthChange(QStringLiteral("test"), health::HealthState::Up, health::HealthState::Degraded)
                 .severity,
             TimelineEvent::Warning);
    QCOMPARE(TimelineEvent::healthChange(QStringLiteral("test"), health::HealthState::Down, health::HealthState::Up)
                 .severity,
             TimelineEvent::Info);
}

// Not a check: with ANTLER_SCREENSHOT_DIR set, the view in both palettes.
void TestEventsView::screenshots()
{
    const QString dir = qEnvironmentVariable("ANTLER_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set ANTLER_SCREENSHOT_DIR to write screenshots");
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette light = QApplication::style()->standardPalette();
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-600);
    QList<TimelineEvent> events {
        TimelineEvent::healthChange(QStringLiteral("test"), health::HealthState::Unknown, health::HealthState::Up, {},
                                    start),
        TimelineEvent::healthChange(QStringLiteral("staging"), health::HealthState::Unknown, health::HealthState::Up,
                                    {}, start),
        TimelineEvent::healthChange(QStringLiteral("production"), health::HealthState::Unknown, health::HealthState::Up,
                                    {}, start),
        makeEvent(TimelineEvent::Info, {}, QStringLiteral("build #4 of 4f2c9e1 started"), 12, QStringLiteral("build")),
        makeEvent(TimelineEvent::Info, {}, QStringLiteral("build #4 produced sha256:6b1f0c2d9e8a"), 12,
                  QStringLiteral("build")),
        makeEvent(TimelineEvent::Info, QStringLiteral("test"), QStringLiteral("deploy of sha256:6b1f0c2d9e8a started"),
                  13),
        makeEvent(TimelineEvent::Info, QStringLiteral("test"),
                  QStringLiteral("test runs sha256:6b1f0c2d9e8a (http://127.0.0.1:18481/)"), 13),
        makeEvent(TimelineEvent::Info, QStringLiteral("staging"),
                  QStringLiteral("promote sha256:6b1f0c2d9e8a test → staging started"), 14, QStringLiteral("promote")),
        makeEvent(TimelineEvent::Warning, QStringLiteral("staging"),
                  QStringLiteral("/healthz answered in 1850 ms (threshold 1000 ms)"), 0, QStringLiteral("health")),
        TimelineEvent::healthChange(QStringLiteral("staging"), health::HealthState::Up, health::HealthState::Down,
                                    QStringLiteral("/healthz answered 503")),
        makeEvent(TimelineEvent::Error, QStringLiteral("staging"),
                  QStringLiteral("the rollout of sha256:6b1f0c2d9e8a to staging failed (/healthz answered 503); "
                                 "staging is back on sha256:0d9e41aa77c3."),
                  14, QStringLiteral("promote")),
        makeEvent(TimelineEvent::Info, QStringLiteral("staging"),
                  QStringLiteral("rollback to sha256:0d9e41aa77c3 succeeded"), 15, QStringLiteral("rollback")),
        TimelineEvent::healthChange(QStringLiteral("staging"), health::HealthState::Down, health::HealthState::Up),
        makeEvent(TimelineEvent::Warning, {},
                  QStringLiteral("pi-setup.yml:31:7: task “install podman”: the package is already newer"), 0,
                  QStringLiteral("playbook")),
        makeEvent(TimelineEvent::Error, {},
                  QStringLiteral("antler.yaml:4:3: unknown runtime “dockr”; use kubernetes, podman or local."), 0,
                  QStringLiteral("config")),
    };
    for (int i = 3; i < events.size(); ++i)
        events[i].time = start.addSecs(30 * i);
    for (const auto &[name, palette] :
         {std::pair {QStringLiteral("light"), light}, std::pair {QStringLiteral("dark"), darkPalette()}}) {
        QApplication::setPalette(palette);
        EventsView view;
        view.setStages({QStringLiteral("test"), QStringLiteral("staging"), QStringLiteral("production")});
        view.resize(1000, 420);
        view.show();
        view.addEvents(events);
        view.model()->flush();
        view.view()->setCurrentIndex(view.filterModel()->index(10, 0));
        QVERIFY(view.grab().save(dir + QStringLiteral("/events-%1.png").arg(name)));
        view.setWarningsOnly(true);
        QVERIFY(view.grab().save(dir + QStringLiteral("/events-warnings-%1.png").arg(name)));
    }
}

QTEST_MAIN(TestEventsView)
#include "tst_eventsview.moc"
