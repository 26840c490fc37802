#include "MainWindow.h"
#include "StageCard.h"
#include "Translations.h"
#include "pipeline/PipelineConfig.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QWindow>
#include <QtTest>

using antler::gui::MainWindow;
using antler::gui::StageCard;
using antler::gui::Translations;
using antler::pipeline::PipelineConfig;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    // The window keeps its health history in the user's data folder: a
    // throwaway one here.
    QTemporaryDir m_dataHome;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dataHome.isValid());
        qputenv("XDG_DATA_HOME", m_dataHome.path().toLocal8Bit());
    }
    void init()
    {
        // A query on a history that is not open (the window once refreshed
        // its releases from the damaged one while asking about it).
        QTest::failOnWarning(QRegularExpression(QStringLiteral("^QSqlQuery::")));
    }
    void showsTheLocalProfileWithThreeStages();
    void stageCardsShowTheirStage_data();
    void stageCardsShowTheirStage();
    void minimumSizeNeverClipsACard_data();
    void minimumSizeNeverClipsACard();
    void countsReadAsWords_data();
    void countsReadAsWords();
    void playbooksDockGetsRoomOnA1280x800Screen();
    void fullHdWindowShowsCardsAndChartsWithoutScrolling();
    void menusOfferQuitAndAbout();
    void configurationProblemIsShown();
    void everyLanguageIsEmbedded_data();
    void everyLanguageIsEmbedded();
    void germanTranslationIsUsed();
    void damagedHistoryIsKeptAsideWhenTheUserAgrees();
    void damagedHistoryStaysUntouchedWhenTheUserDeclines();

private:
    QString writeDamagedHistory(const QByteArray &bytes);
};

QString TestMainWindow::writeDamagedHistory(const QByteArray &bytes)
{
    const QString folder = m_dataHome.filePath(QStringLiteral("antler"));
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    const QString path = folder + QStringLiteral("/history.sqlite");
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

void TestMainWindow::showsTheLocalProfileWithThreeStages()
{
    MainWindow window(PipelineConfig::localProfile());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.isVisible());
    QCOMPARE(window.windowTitle(), QStringLiteral("Antler"));

    auto *title = window.findChild<QLabel *>(QStringLiteral("profileTitle"));
    QVERIFY(title);
    QCOMPARE(title->text(), QStringLiteral("Local profile"));
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("configProblem")));

    const QList<StageCard *> cards = window.stageCards();
    QCOMPARE(cards.size(), 3);
    QCOMPARE(window.findChildren<StageCard *>().size(), 3);
    QStringList names;
    for (StageCard *card : cards) {
        QVERIFY(card->isVisible());
        names.append(card->stageName());
    }
    QCOMPARE(names, (QStringList {"test", "staging", "production"}));
    // Promotion order is left to right on screen.
    QVERIFY(cards.at(0)->x() < cards.at(1)->x());
    QVERIFY(cards.at(1)->x() < cards.at(2)->x());
    QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("built-in Local profile")));
}

void TestMainWindow::stageCardsShowTheirStage_data()
{
    QTest::addColumn<int>("index");
    const PipelineConfig config = PipelineConfig::localProfile();
    for (qsizetype i = 0; i < config.stages().size(); ++i)
        QTest::newRow(qPrintable(config.stages().at(i).name())) << int(i);
}

void TestMainWindow::stageCardsShowTheirStage()
{
    QFETCH(int, index);
    const PipelineConfig config = PipelineConfig::localProfile();
    const auto &stage = config.stages().at(index);
    MainWindow window(config);
    StageCard *card = window.stageCards().at(index);
    // Before the window is shown the monitor has not probed anything: the
    // state is spelled out as unknown (tst_stagehealthview covers the live states).
    QCOMPARE(card->stateText(), QStringLiteral("Unknown"));
    QCOMPARE(card->findChild<QLabel *>(QStringLiteral("errorText"))->text(),
             QStringLiteral("Waiting for the first probe"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QCOMPARE(card->stage(), stage);
    QStringList texts;
    // The pin badge and the running operation's step show only when there
    // is something to say; every other label is visible.
    const QStringList onDemand {QStringLiteral("pinBadge"), QStringLiteral("activityText")};
    for (QLabel *label : card->findChildren<QLabel *>()) {
        if (onDemand.contains(label->objectName())) {
            QVERIFY(label->isHidden());
            continue;
        }
        QVERIFY2(label->isVisible(), qPrintable(label->objectName() + QLatin1Char(' ') + label->text()));
        texts.append(label->text());
    }
    QVERIFY2(texts.contains(stage.name()), qPrintable(texts.join(QLatin1String(" | "))));
    QVERIFY(texts.contains(QStringLiteral("local")));
    QVERIFY(texts.contains(QStringLiteral("http://127.0.0.1:%1/").arg(stage.port())));
    QVERIFY(texts.contains(QStringLiteral("Latency")));
    QVERIFY(texts.contains(QStringLiteral("Stage %1 of 3").arg(index + 1)));
}

// At its minimum size, in English and in the language with the longest
// labels, every card still has the room its text needs.
void TestMainWindow::minimumSizeNeverClipsACard_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("English") << QLocale(QLocale::English);
    QTest::newRow("French") << QLocale(QLocale::French, QLocale::France);
}

void TestMainWindow::minimumSizeNeverClipsACard()
{
    QFETCH(QLocale, locale);
    const QList<QTranslator *> translators = Translations::install(locale);
    const auto removeTranslators = qScopeGuard([&translators] { Translations::remove(translators); });
    MainWindow window(PipelineConfig::localProfile());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.minimumWidth() >= 600);
    QVERIFY(window.width() >= 900);
    // The cards' buttons arrive once the window is shown; the minimum follows.
    QTest::qWait(50);
    // Usable on a 1280×720 screen.
    QVERIFY2(window.minimumWidth() <= 1280 && window.minimumHeight() <= 720,
             qPrintable(QStringLiteral("%1x%2").arg(window.minimumWidth()).arg(window.minimumHeight())));
    window.resize(window.minimumSize());
    QTRY_COMPARE(window.size(), window.minimumSize());
    for (StageCard *card : window.stageCards()) {
        QVERIFY2(card->width() >= card->minimumSizeHint().width(), qPrintable(card->stageName()));
        QVERIFY2(card->height() >= card->minimumSizeHint().height(),
                 qPrintable(QStringLiteral("%1: %2 < %3 in a %4x%5 window")
                                .arg(card->stageName())
                                .arg(card->height())
                                .arg(card->minimumSizeHint().height())
                                .arg(window.width())
                                .arg(window.height())
                            + QStringLiteral(" central %1 of min %2")
                                  .arg(window.centralWidget()->height())
                                  .arg(window.centralWidget()->minimumSizeHint().height())));
    }
}

// "%n stage(s)" in the code reads "1 stage" and "2 stages" in English, in
// the C locale too; another language's own plural forms still win.
void TestMainWindow::countsReadAsWords_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("one");
    QTest::addColumn<QString>("three");
    QTest::newRow("English") << QLocale(QLocale::English) << QStringLiteral("1 stage configured in %1.")
                             << QStringLiteral("3 stages configured in %1.");
    QTest::newRow("C") << QLocale::c() << QStringLiteral("1 stage configured in %1.")
                       << QStringLiteral("3 stages configured in %1.");
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany)
                            << QStringLiteral("1 Stufe, eingerichtet in %1.")
                            << QStringLiteral("3 Stufen, eingerichtet in %1.");
}

void TestMainWindow::countsReadAsWords()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, one);
    QFETCH(QString, three);
    const QList<QTranslator *> translators = Translations::install(locale);
    const auto removeTranslators = qScopeGuard([&translators] { Translations::remove(translators); });
    const char *context = "antler::gui::MainWindow";
    const char *source = "%n stage(s) configured in %1.";
    QCOMPARE(QCoreApplication::translate(context, source, nullptr, 1), one);
    QCOMPARE(QCoreApplication::translate(context, source, nullptr, 3), three);
}

// On a 1280×800 screen the Playbooks dock gets a useful height: the page of
// cards and charts scrolls instead of keeping the docks to a strip, and no
// card is squeezed for it.
void TestMainWindow::playbooksDockGetsRoomOnA1280x800Screen()
{
    MainWindow window(PipelineConfig::localProfile());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50);
    QCOMPARE(window.size(), QSize(1280, 800));
    auto *show = window.findChild<QAction *>(QStringLiteral("show-playbooksDock"));
    QVERIFY(show);
    show->trigger();
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("playbooksDock"));
    QVERIFY(dock);
    QTRY_VERIFY2(dock->isVisible() && dock->height() >= window.height() / 2,
                 qPrintable(QStringLiteral("the dock is %1 px of %2").arg(dock->height()).arg(window.height())));
    for (StageCard *card : window.stageCards()) {
        QVERIFY2(card->height() >= card->minimumSizeHint().height(), qPrintable(card->stageName()));
    }
    // The cards are still there, a scroll away.
    auto *page = window.findChild<QScrollArea *>(QStringLiteral("centralScroll"));
    QVERIFY(page);
    QVERIFY(page->verticalScrollBar()->maximum() > 0);
}

// A full HD window shows the header, the cards and the charts at once, with
// the docks at their first-start height.
void TestMainWindow::fullHdWindowShowsCardsAndChartsWithoutScrolling()
{
    MainWindow window(PipelineConfig::localProfile());
    window.resize(1920, 1050);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50);
    auto *page = window.findChild<QScrollArea *>(QStringLiteral("centralScroll"));
    QVERIFY(page);
    QTRY_COMPARE(page->verticalScrollBar()->maximum(), 0);
    auto *charts = window.findChild<QScrollArea *>(QStringLiteral("healthScroll"));
    QVERIFY(charts);
    QVERIFY2(charts->height() >= 250, qPrintable(QString::number(charts->height())));
}

void TestMainWindow::menusOfferQuitAndAbout()
{
    MainWindow window(PipelineConfig::localProfile());
    QStringList actions;
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions())
            actions.append(action->text());
    }
    QVERIFY(actions.contains(QStringLiteral("&Quit")));
    QVERIFY(actions.contains(QStringLiteral("&About Antler")));
}

void TestMainWindow::configurationProblemIsShown()
{
    const QString problem = QStringLiteral("pi.yaml:3:7: unknown key “stage”; use one of: version.");
    MainWindow window(PipelineConfig::localProfile(), problem);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *banner = window.findChild<QWidget *>(QStringLiteral("configProblem"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    bool shown = false;
    for (QLabel *label : banner->findChildren<QLabel *>())
        shown = shown || label->text().contains(problem);
    QVERIFY(shown);
}

void TestMainWindow::everyLanguageIsEmbedded_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"de", "fr", "sv", "nb"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestMainWindow::everyLanguageIsEmbedded()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/antler_%1.qm").arg(language)));
    QVERIFY(!translator.isEmpty());
    const QString runtime = translator.translate("antler::gui::StageCard", "Runtime");
    QVERIFY(!runtime.isEmpty());
    QVERIFY(runtime != QLatin1String("Runtime"));
}

void TestMainWindow::germanTranslationIsUsed()
{
    QList<QTranslator *> translators = Translations::install(QLocale(QLocale::German, QLocale::Germany));
    auto removeTranslators = qScopeGuard([&translators] { Translations::remove(translators); });
    QVERIFY(!translators.isEmpty());
    {
        MainWindow window(PipelineConfig::localProfile());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList texts;
        for (QLabel *label : window.stageCards().constFirst()->findChildren<QLabel *>())
            texts.append(label->text());
        QVERIFY2(texts.contains(QStringLiteral("Laufzeit")), qPrintable(texts.join(QLatin1String(" | "))));
        auto *title = window.findChild<QLabel *>(QStringLiteral("profileTitle"));
        QVERIFY(title);
        QCOMPARE(title->text(), QStringLiteral("Lokales Profil"));
    }
    removeTranslators.dismiss();
    Translations::remove(translators);
    MainWindow english(PipelineConfig::localProfile());
    QCOMPARE(english.stageCards().constFirst()->stateText(), QStringLiteral("Unknown"));
}

void TestMainWindow::damagedHistoryIsKeptAsideWhenTheUserAgrees()
{
    const QByteArray bytes = QByteArray("these are not the rows you are looking for\n").repeated(100);
    const QString path = writeDamagedHistory(bytes);
    bool asked = false;
    bool drawnWhenAsked = false;
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [timer, &asked, &drawnWhenAsked] {
        auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!question || question->objectName() != QLatin1String("damagedHistoryQuestion"))
            return;
        asked = true;
        // Asked over the drawn window, not over an empty screen.
        QWidget *window = question->parentWidget();
        drawnWhenAsked = window && window->windowHandle() && window->windowHandle()->isExposed();
        QVERIFY(question->informativeText().contains(QLatin1String("damaged")));
        question->findChild<QPushButton *>(QStringLiteral("startNewHistory"))->click();
        timer->stop();
    });
    timer->start();
    {
        MainWindow window(PipelineConfig::localProfile());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(asked);
        QVERIFY(drawnWhenAsked);
        QTRY_VERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("kept as")),
                     qPrintable(window.statusBar()->currentMessage()));
    }
    delete timer;
    const QStringList kept
        = QDir(QFileInfo(path).absolutePath()).entryList({QStringLiteral("history.sqlite.damaged-*")}, QDir::Files);
    QCOMPARE(kept.size(), 1);
    QFile old(QFileInfo(path).absolutePath() + QLatin1Char('/') + kept.constFirst());
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), bytes);
    QFile fresh(path);
    QVERIFY(fresh.open(QIODevice::ReadOnly));
    QVERIFY(fresh.read(16).startsWith("SQLite format 3"));
    QDir(QFileInfo(path).absolutePath()).removeRecursively();
}

void TestMainWindow::damagedHistoryStaysUntouchedWhenTheUserDeclines()
{
    const QByteArray bytes = QByteArray("still not a database\n").repeated(100);
    const QString path = writeDamagedHistory(bytes);
    bool asked = false;
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [timer, &asked] {
        auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!question || question->objectName() != QLatin1String("damagedHistoryQuestion"))
            return;
        asked = true;
        question->findChild<QPushButton *>(QStringLiteral("keepDamagedHistory"))->click();
        timer->stop();
    });
    timer->start();
    {
        MainWindow window(PipelineConfig::localProfile());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(asked);
        QTRY_VERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("read-only")),
                     qPrintable(window.statusBar()->currentMessage()));
    }
    delete timer;
    // Nothing beside it either (no -wal, no copy); the window's health
    // history lives in the same folder.
    QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList({QStringLiteral("history.sqlite*")}, QDir::Files),
             QStringList {"history.sqlite"});
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
    QDir(QFileInfo(path).absolutePath()).removeRecursively();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
