// The log viewer: the ANSI parser on good and broken input, colours on light
// and dark palettes, then the real LogView offscreen fed like a running
// operation (batches through the event loop): search while streaming,
// filters by host and result, follow, copy, save with timestamps.
#include "AnsiPalette.h"
#include "AnsiParser.h"
#include "LogListView.h"
#include "LogModel.h"
#include "LogView.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QLineEdit>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

using antler::gui::AnsiPalette;
using antler::gui::AnsiParser;
using antler::gui::AnsiSpan;
using antler::gui::LogLine;
using antler::gui::LogListView;
using antler::gui::LogModel;
using antler::gui::LogResult;
using antler::gui::LogView;

Q_DECLARE_METATYPE(QList<AnsiSpan>)

namespace {

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::Button, QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::ButtonText, Qt::black);
    return palette;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x6e, 0xb4));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    return palette;
}

const QStringList hosts {QStringLiteral("web1"), QStringLiteral("web2"), QStringLiteral("db1"),
                         QStringLiteral("pi-kitchen")};

// An Ansible-like line as ansible-playbook colours it.
LogLine ansibleLine(qsizetype i)
{
    static const LogResult results[] = {LogResult::Ok, LogResult::Changed, LogResult::Ok, LogResult::Skipped,
                                        LogResult::Ok, LogResult::Failed,  LogResult::Ok, LogResult::Unreachable};
    static const char *colors[] = {"32", "33", "32", "36", "32", "31", "32", "1;31"};
    const QString &host = hosts.at(i % hosts.size());
    const int kind = int(i % 8);
    QString text = QStringLiteral("\x1b[0;%1m%2: [%3] => (item=package-%4)\x1b[0m")
                       .arg(QLatin1String(colors[kind]), LogView::resultName(results[kind]), host)
                       .arg(i);
    if (i % 10000 == 5000)
        text += QStringLiteral(" marker-%1").arg(i);
    return LogLine {text, host, results[kind], 1'700'000'000'000 + i};
}

} // namespace

class TestLogView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ansi_data();
    void ansi();
    void paletteColors();
    void streamedLog();
    void resultFilter();
    void caseAndHighlights();
    void follow();
    void copyAndKeyboard();
    void save();
    void saveFailure();
    void clearAndSwitchModels();
    void screenshots();
};

void TestLogView::initTestCase()
{
    QApplication::setPalette(lightPalette());
}

void TestLogView::ansi_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<AnsiSpan>>("spans");

    const QString e(QChar(0x1b));
    QTest::newRow("plain") << QStringLiteral("PLAY [all] ***") << QStringLiteral("PLAY [all] ***")
                           << QList<AnsiSpan> {};
    QTest::newRow("ansible ok") << e + QStringLiteral("[0;32mok: [web1]") + e + QStringLiteral("[0m")
                                << QStringLiteral("ok: [web1]") << QList<AnsiSpan> {{0, 10, 3, false}};
    QTest::newRow("bold red then plain") << e + QStringLiteral("[1;31mfatal") + e + QStringLiteral("[0m: x")
                                         << QStringLiteral("fatal: x") << QList<AnsiSpan> {{0, 5, 2, true}};
    QTest::newRow("bright and default") << QStringLiteral("a") + e + QStringLiteral("[91mb") + e
            + QStringLiteral("[39mc") << QStringLiteral("abc")
                                        << QList<AnsiSpan> {{1, 1, 10, false}};
    QTest::newRow("bold kept over colour change")
        << e + QStringLiteral("[1mA") + e + QStringLiteral("[34mB") + e + QStringLiteral("[22mC")
        << QStringLiteral("ABC") << QList<AnsiSpan> {{0, 1, 0, true}, {1, 1, 5, true}, {2, 1, 5, false}};
    QTest::newRow("empty parameter resets") << e + QStringLiteral("[31mr") + e + QStringLiteral("[mx")
                                            << QStringLiteral("rx") << QList<AnsiSpan> {{0, 1, 2, false}};
    QTest::newRow("256 colours below 16")
        << e + QStringLiteral("[38;5;2mg") << QStringLiteral("g") << QList<AnsiSpan> {{0, 1, 3, false}};
    QTest::newRow("true colour ignored, not misread")
        << e + QStringLiteral("[38;2;1;31;32mt") << QStringLiteral("t") << QList<AnsiSpan> {};
    QTest::newRow("background ignored") << e + QStringLiteral("[48;5;1;41mbg") << QStringLiteral("bg")
                                        << QList<AnsiSpan> {};
    QTest::newRow("erase line stripped") << QStringLiteral("a") + e + QStringLiteral("[2Kb") << QStringLiteral("ab")
                                         << QList<AnsiSpan> {};
    QTest::newRow("private mode stripped")
        << e + QStringLiteral("[?25lhidden cursor") << QStringLiteral("hidden cursor") << QList<AnsiSpan> {};
    QTest::newRow("unfinished at end") << QStringLiteral("abc") + e + QStringLiteral("[31") << QStringLiteral("abc")
                                       << QList<AnsiSpan> {};
    QTest::newRow("lone escape at end") << QStringLiteral("abc") + e << QStringLiteral("abc") << QList<AnsiSpan> {};
    QTest::newRow("escape and bracket at end")
        << QStringLiteral("abc") + e + QStringLiteral("[") << QStringLiteral("abc") << QList<AnsiSpan> {};
    QTest::newRow("broken introducer keeps text")
        << QStringLiteral("a") + e + QStringLiteral("[\x01ok") << QStringLiteral("aok") << QList<AnsiSpan> {};
    QTest::newRow("osc title") << e + QStringLiteral("]0;title\x07text") << QStringLiteral("text")
                               << QList<AnsiSpan> {};
    QTest::newRow("osc with st") << e + QStringLiteral("]0;title") + e + QStringLiteral("\\text")
                                 << QStringLiteral("text") << QList<AnsiSpan> {};
    QTest::newRow("unfinished osc") << QStringLiteral("x") + e + QStringLiteral("]0;title") << QStringLiteral("x")
                                    << QList<AnsiSpan> {};
    QTest::newRow("charset escape") << e + QStringLiteral("(Bx") << QStringLiteral("x") << QList<AnsiSpan> {};
    QTest::newRow("tab") << QStringLiteral("ab\tc") << QStringLiteral("ab      c") << QList<AnsiSpan> {};
    QTest::newRow("carriage return redraws")
        << QStringLiteral("50%\r60%") << QStringLiteral("60%") << QList<AnsiSpan> {};
    QTest::newRow("crlf") << QStringLiteral("line\r\n") << QStringLiteral("line") << QList<AnsiSpan> {};
    QTest::newRow("controls dropped") << QStringLiteral("be\x07ll\x08") << QStringLiteral("bell") << QList<AnsiSpan> {};
    QTest::newRow("non-ascii kept") << e + QStringLiteral("[33mÄlg ✓") << QStringLiteral("Älg ✓")
                                    << QList<AnsiSpan> {{0, 5, 4, false}};
}

void TestLogView::ansi()
{
    QFETCH(QString, raw);
    QFETCH(QString, text);
    QFETCH(QList<AnsiSpan>, spans);
    const auto parsed = AnsiParser::parse(raw);
    QCOMPARE(parsed.text, text);
    QCOMPARE(parsed.spans, spans);
    QVERIFY(!parsed.text.contains(QChar(0x1b)));
}

void TestLogView::paletteColors()
{
    const AnsiPalette light(lightPalette());
    const AnsiPalette dark(darkPalette());
    QVERIFY(!light.isDark());
    QVERIFY(dark.isDark());
    const QColor lightBase = lightPalette().color(QPalette::Base);
    const QColor darkBase = darkPalette().color(QPalette::Base);
    for (int index = 1; index <= 16; ++index) {
        QVERIFY2(AnsiPalette::contrast(light.color(index), lightBase) >= AnsiPalette::MinimumContrast,
                 qPrintable(QStringLiteral("colour %1 on light").arg(index)));
        QVERIFY2(AnsiPalette::contrast(dark.color(index), darkBase) >= AnsiPalette::MinimumContrast,
                 qPrintable(QStringLiteral("colour %1 on dark").arg(index)));
        QVERIFY(light.color(index) != dark.color(index));
    }
    // Hues survive: red stays reddish, green greenish, on both.
    for (const AnsiPalette *palette : {&light, &dark}) {
        QCOMPARE(palette->color(2).hue(), 0);
        QVERIFY(qAbs(palette->color(3).hue() - 130) < 20);
        // A changed line (yellow) and an ok line (green) differ.
        QVERIFY(palette->resultColor(LogResult::Changed) != palette->resultColor(LogResult::Ok));
    }
    // "White" on a light background is a readable grey, not white.
    QVERIFY(light.color(8).lightness() < 128);
    QVERIFY(dark.color(1).lightness() > 100); // "black" on dark is visible

    // The view re-maps when its palette changes.
    LogListView view;
    view.setPalette(lightPalette());
    const QColor before = view.colors().color(5);
    view.setPalette(darkPalette());
    QVERIFY(view.colors().isDark());
    QVERIFY(view.colors().color(5) != before);
}

void TestLogView::streamedLog()
{
    constexpr qsizetype total = 200'000;
    constexpr qsizetype batch = 2'000;
    LogView view;
    view.resize(900, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // Like a running operation: a batch per turn of the event loop, and
    // the user starts searching halfway through.
    qsizetype sent = 0;
    QTimer feeder;
    feeder.setInterval(0);
    connect(&feeder, &QTimer::timeout, &view, [&] {
        QList<LogLine> lines;
        for (qsizetype i = 0; i < batch && sent < total; ++i, ++sent) {
            LogLine line = ansibleLine(sent);
            if (sent == total - 1)
                line.text += QStringLiteral(" finale-unique");
            lines.append(line);
        }
        view.appendLines(lines);
        if (sent == total / 2)
            view.setSearchText(QStringLiteral("marker-"));
        if (sent == total)
            feeder.stop();
    });
    feeder.start();
    QTRY_COMPARE_WITH_TIMEOUT(view.lineCount(), total, 60000);
    QCOMPARE(view.visibleLineCount(), total);
    QVERIFY(view.isFollowing());
    QVERIFY(view.isRowVisible(total - 1));

    // The search begun mid-stream covers the lines before it and after it.
    QTRY_VERIFY_WITH_TIMEOUT(!view.isSearching(), 30000);
    QCOMPARE(view.matchCount(), total / 10000);
    view.findNext();
    QCOMPARE(view.model()->text(view.currentMatchRow()), AnsiParser::strip(ansibleLine(5000).text));

    // Search finds the last line and scrolls to it.
    view.setFollowing(false);
    view.findChild<QScrollBar *>()->setValue(0);
    view.setSearchText(QStringLiteral("finale-unique"));
    QTRY_VERIFY_WITH_TIMEOUT(!view.isSearching(), 30000);
    QCOMPARE(view.matchCount(), 1);
    QVERIFY(!view.isRowVisible(total - 1));
    view.findNext();
    QCOMPARE(view.currentMatchRow(), total - 1);
    QVERIFY(view.isRowVisible(total - 1));
    QVERIFY(view.selectedText().contains(QStringLiteral("finale-unique")));

    // A host filter hides the other hosts' lines; the hosts seen are offered.
    auto *hostCombo = view.findChild<QComboBox *>();
    QCOMPARE(hostCombo->count(), 1 + hosts.size());
    view.setHostFilter(QStringLiteral("web2"));
    QCOMPARE(view.visibleLineCount(), total / hosts.size());
    for (qsizetype row = 0; row < view.visibleLineCount(); row += 997) {
        QCOMPARE(view.model()->data(view.model()->index(int(row)), LogModel::HostRole).toString(),
                 QStringLiteral("web2"));
    }
    QCOMPARE(view.matchCount(), 0); // the last line is pi-kitchen's
    QCOMPARE(hostCombo->currentText(), QStringLiteral("web2"));
    // Lines arriving under the filter are filtered as they come.
    view.appendLines({ansibleLine(0), ansibleLine(2),
                      LogLine {QStringLiteral("late finale-unique"), QStringLiteral("web2"), LogResult::Ok, 0}});
    view.flush();
    QCOMPARE(view.visibleLineCount(), total / hosts.size() + 1);
    QCOMPARE(view.matchCount(), 1);
    view.setHostFilter({});
    QCOMPARE(view.visibleLineCount(), total + 3);
    QCOMPARE(view.matchCount(), 2);
}

void TestLogView::resultFilter()
{
    LogView view;
    for (qsizetype i = 0; i < 800; ++i)
        view.appendLines({ansibleLine(i)});
    view.appendLine(QStringLiteral("TASK [install nginx] ****"));
    view.flush();
    QCOMPARE(view.lineCount(), 801);

    view.setResultFilter({LogResult::Failed});
    QCOMPARE(view.visibleLineCount(), 100);
    for (int row = 0; row < view.visibleLineCount(); ++row) {
        QCOMPARE(view.model()->data(view.model()->index(row), LogModel::ResultRole).toInt(), int(LogResult::Failed));
        QVERIFY(view.model()->text(row).startsWith(QStringLiteral("failed: [")));
    }
    view.setResultFilter({LogResult::Failed, LogResult::Unreachable});
    QCOMPARE(view.visibleLineCount(), 200);

    // Host and result together.
    view.setHostFilter(QStringLiteral("db1"));
    QCOMPARE(view.visibleLineCount(), 0); // db1 is every 4th line: always ok/skipped here
    view.setHostFilter(QStringLiteral("web2"));
    QCOMPARE(view.visibleLineCount(), 100); // 5 mod 8: failed, all web2's
    view.setHostFilter({});
    view.setResultFilter({});
    QCOMPARE(view.visibleLineCount(), 801);

    // A host filter for a host that has not written yet shows nothing until it does.
    view.setHostFilter(QStringLiteral("late-host"));
    QCOMPARE(view.visibleLineCount(), 0);
    view.appendLine(QStringLiteral("hello"), QStringLiteral("late-host"), LogResult::Changed);
    view.flush();
    QCOMPARE(view.visibleLineCount(), 1);
    QCOMPARE(view.findChild<QComboBox *>()->currentText(), QStringLiteral("late-host"));
}

void TestLogView::caseAndHighlights()
{
    LogModel model;
    model.append(LogLine {QStringLiteral("fatal: ERROR here and error there"), {}, LogResult::Failed, 0});
    model.append(LogLine {QStringLiteral("all fine"), {}, LogResult::Ok, 0});
    model.append(LogLine {QStringLiteral("\x1b[31mErRoR\x1b[0m coloured"), {}, LogResult::None, 0});
    model.append(LogLine {QStringLiteral("two\nlines with error"), {}, LogResult::None, 0});
    model.flush();
    QCOMPARE(model.lineCount(), 5);
    model.setSearchText(QStringLiteral("error"));
    QCOMPARE(model.matchCount(), 3);
    QVERIFY(model.isMatch(0));
    QVERIFY(!model.isMatch(1));
    QVERIFY(model.isMatch(2)); // the escape codes are not in the way
    QVERIFY(!model.isMatch(3));
    QVERIFY(model.isMatch(4));
    const auto found = model.search().occurrences(model.text(0));
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0), (std::pair<qsizetype, qsizetype>(7, 5)));
    QCOMPARE(found.at(1), (std::pair<qsizetype, qsizetype>(22, 5)));
    QCOMPARE(model.nextMatch(-1, true), 0);
    QCOMPARE(model.nextMatch(0, true), 2);
    QCOMPARE(model.nextMatch(4, true), 0); // wraps
    QCOMPARE(model.nextMatch(-1, false), 4);
    QCOMPARE(model.nextMatch(2, false), 0);
    QCOMPARE(model.matchIndex(4), 2);
    // Non-ASCII is matched exactly; a needle never matches across lines.
    model.append(LogLine {QStringLiteral("Älg ✓"), {}, LogResult::None, 0});
    model.flush();
    model.setSearchText(QStringLiteral("älg"));
    QCOMPARE(model.matchCount(), 0);
    model.setSearchText(QStringLiteral("Älg ✓"));
    QCOMPARE(model.matchCount(), 1);
    model.setSearchText(QStringLiteral("twolines"));
    QCOMPARE(model.matchCount(), 0);
}

void TestLogView::follow()
{
    LogView view;
    view.resize(700, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (qsizetype i = 0; i < 1000; ++i)
        view.appendLines({ansibleLine(i)});
    view.flush();
    QVERIFY(view.isFollowing());
    QVERIFY(view.isRowVisible(999));

    // Scrolling up unfollows; new lines then leave the view where it is.
    auto *bar = view.findChild<LogListView *>()->verticalScrollBar();
    bar->setValue(bar->value() - 50);
    QVERIFY(!view.isFollowing());
    auto *followButton = [&] {
        for (auto *button : view.findChildren<QToolButton *>()) {
            if (button->defaultAction() && button->defaultAction()->isCheckable())
                return button;
        }
        return static_cast<QToolButton *>(nullptr);
    }();
    QVERIFY(followButton);
    QVERIFY(!followButton->isChecked());
    const int top = bar->value();
    view.appendLines({ansibleLine(1000), ansibleLine(1001)});
    view.flush();
    QCOMPARE(bar->value(), top);
    QVERIFY(!view.isRowVisible(1001));

    // The Follow button brings it back; End does too.
    followButton->click();
    QVERIFY(view.isFollowing());
    QVERIFY(view.isRowVisible(1001));
    bar->setValue(0);
    QVERIFY(!view.isFollowing());
    view.findChild<LogListView *>()->setFocus();
    QTest::keyClick(view.findChild<LogListView *>(), Qt::Key_End);
    QVERIFY(view.isFollowing());
    view.appendLine(QStringLiteral("newest"));
    view.flush();
    QVERIFY(view.isRowVisible(1002));
}

void TestLogView::copyAndKeyboard()
{
    LogView view;
    view.resize(960, 300); // wide enough that no control is in the bar's overflow menu
    view.show();
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.appendLine(QStringLiteral("\x1b[32mfirst\x1b[0m"), QStringLiteral("web1"), LogResult::Ok);
    view.appendLine(QStringLiteral("second"), QStringLiteral("web1"));
    view.appendLine(QStringLiteral("third"), QStringLiteral("web2"));
    view.flush();

    auto *list = view.findChild<LogListView *>();
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Home);
    QTest::keyClick(list, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(view.selectedText(), QStringLiteral("first\nsecond\n"));
    QTest::keyClick(list, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("first\nsecond\n"));
    QTest::keyClick(list, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(view.selectedText(), QStringLiteral("first\nsecond\nthird\n"));

    // Ctrl+F reaches the search field; Enter finds, Shift+Enter goes back.
    QTest::keyClick(list, Qt::Key_F, Qt::ControlModifier);
    auto *search = view.findChild<QLineEdit *>();
    QCOMPARE(QApplication::focusWidget(), search);
    QTest::keyClicks(search, QStringLiteral("ir"));
    QCOMPARE(view.matchCount(), 2); // fIRst, thIRd
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(view.currentMatchRow(), 0);
    QTest::keyClick(search, Qt::Key_F3);
    QCOMPARE(view.currentMatchRow(), 2);
    QTest::keyClick(search, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(view.currentMatchRow(), 0);
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(QApplication::focusWidget(), list);

    // Tab walks the bar left to right, then into the lines.
    search->setFocus();
    QStringList visited;
    for (int i = 0; i < 9; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited.append(QApplication::focusWidget()->accessibleName());
    }
    QCOMPARE(visited,
             QStringList({QStringLiteral("Previous match"), QStringLiteral("Next match"),
                          QStringLiteral("Show the lines of host"), QStringLiteral("Show the lines with result"),
                          QStringLiteral("Follow"), QStringLiteral("Copy"), QStringLiteral("Save…"),
                          QStringLiteral("Clear"), QStringLiteral("Log lines")}));

    // Every control can take the keyboard focus and has a name.
    // (Qt's own helpers inside a control are not controls of their own.)
    const QStringList helpers {QStringLiteral("QToolBarExtension"),
                               QStringLiteral("QLineEditIconButton"),
                               QStringLiteral("QScrollBar"),
                               QStringLiteral("QWidget"),
                               QStringLiteral("QLabel"),
                               QStringLiteral("QToolBar"),
                               QStringLiteral("QToolBarSeparator"),
                               QStringLiteral("QComboBoxPrivateContainer")};
    int controls = 0;
    for (QWidget *widget : view.findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(&view) || helpers.contains(QString::fromLatin1(widget->metaObject()->className()))
            || widget->parentWidget()->inherits("QComboBox") || widget->parentWidget()->inherits("QAbstractScrollArea"))
            continue;
        ++controls;
        QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
        QVERIFY2(widget->focusPolicy() & Qt::TabFocus, widget->metaObject()->className());
    }
    QCOMPARE(controls, 10); // search, previous, next, 2 filters, 4 buttons, the lines
}

void TestLogView::save()
{
    QTemporaryDir dir;
    LogView view;
    const qint64 when = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC).toMSecsSinceEpoch();
    view.appendLine(QStringLiteral("\x1b[0;33mchanged: [web1]\x1b[0m"), QStringLiteral("web1"), LogResult::Changed,
                    when);
    view.appendLine(QStringLiteral("PLAY RECAP"), {}, LogResult::None, when + 1001);
    view.appendLine(QStringLiteral("ok: [web2]"), QStringLiteral("web2"), LogResult::Ok, when + 60'000);
    const QString path = dir.filePath(QStringLiteral("run.log"));
    QString error;
    QVERIFY2(view.save(path, &error), qPrintable(error)); // queued lines are saved too
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()),
             QStringLiteral("2026-01-02T03:04:05.678Z [web1] changed: [web1]\n"
                            "2026-01-02T03:04:06.679Z PLAY RECAP\n"
                            "2026-01-02T03:05:05.678Z [web2] ok: [web2]\n"));
    file.close();

    // What is saved is what is shown.
    view.setHostFilter(QStringLiteral("web2"));
    QVERIFY(view.save(path, &error));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("2026-01-02T03:05:05.678Z [web2] ok: [web2]\n"));
}

void TestLogView::saveFailure()
{
    LogView view;
    view.appendLine(QStringLiteral("x"));
    QSignalSpy errors(&view, &LogView::errorOccurred);
    QString error;
    QVERIFY(!view.save(QStringLiteral("/nonexistent-folder/run.log"), &error));
    QVERIFY(error.contains(QStringLiteral("/nonexistent-folder/run.log")));
    QCOMPARE(errors.count(), 1);
}

void TestLogView::clearAndSwitchModels()
{
    LogView view;
    view.appendLine(QStringLiteral("one"), QStringLiteral("web1"));
    view.flush();
    view.setSearchText(QStringLiteral("o"));
    QCOMPARE(view.matchCount(), 1);
    view.clear();
    QCOMPARE(view.lineCount(), 0);
    QCOMPARE(view.matchCount(), 0);
    QCOMPARE(view.findChild<QComboBox *>()->count(), 1); // "All hosts"
    view.appendLine(QStringLiteral("two"));
    view.flush();
    QCOMPARE(view.matchCount(), 1); // the search stays on

    // Another operation's log keeps collecting while not shown.
    LogModel other;
    other.append(LogLine {QStringLiteral("other one"), QStringLiteral("pi"), LogResult::Ok, 0});
    other.append(LogLine {QStringLiteral("other two"), QStringLiteral("pi"), LogResult::Ok, 0});
    view.setModel(&other);
    view.flush();
    QCOMPARE(view.lineCount(), 2);
    QCOMPARE(view.matchCount(), 2); // "o" carried over
    QCOMPARE(view.findChild<QComboBox *>()->itemText(1), QStringLiteral("pi"));
    view.setModel(nullptr);
    QCOMPARE(view.lineCount(), 1);
    // Same number of hosts, other names: the list follows the model shown.
    view.appendLine(QStringLiteral("three"), QStringLiteral("web9"));
    view.flush();
    view.setModel(&other);
    QCOMPARE(view.findChild<QComboBox *>()->count(), 2);
    QCOMPARE(view.findChild<QComboBox *>()->itemText(1), QStringLiteral("pi"));
}

// Not a check: PNGs to look at, when ANTLER_LOGVIEW_SCREENSHOTS names a folder.
void TestLogView::screenshots()
{
    const QString folder = qEnvironmentVariable("ANTLER_LOGVIEW_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("set ANTLER_LOGVIEW_SCREENSHOTS=DIR to write screenshots");
    for (const bool dark : {false, true}) {
        LogView view;
        view.setPalette(dark ? darkPalette() : lightPalette());
        view.resize(960, 420);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString e(QChar(0x1b));
        view.appendLine(e + QStringLiteral("[1mPLAY [pi-setup] ") + QString(40, u'*') + e + QStringLiteral("[0m"));
        view.appendLine(QStringLiteral("TASK [Gathering Facts] ") + QString(36, u'*'));
        for (qsizetype i = 0; i < 24; ++i)
            view.appendLines({ansibleLine(i)});
        view.appendLine(e + QStringLiteral("[0;31mfatal: [db1]: FAILED! => {\"msg\": \"apt failed\"}") + e
                            + QStringLiteral("[0m"),
                        QStringLiteral("db1"), LogResult::Failed);
        view.appendLine(QStringLiteral("plain ok line without colours"), QStringLiteral("web1"), LogResult::Ok);
        view.appendLine(e + QStringLiteral("[90mgrey ") + e + QStringLiteral("[37mwhite ") + e
                        + QStringLiteral("[30mblack ") + e + QStringLiteral("[35mmagenta ") + e
                        + QStringLiteral("[94mbright blue ") + e + QStringLiteral("[1;33mbold yellow") + e
                        + QStringLiteral("[0m"));
        view.flush();
        view.setSearchText(QStringLiteral("package-1"));
        view.findNext();
        view.findChild<LogListView *>()->setFocus();
        QTest::qWait(50);
        QVERIFY(view.grab().save(
            QStringLiteral("%1/logview-%2.png").arg(folder, dark ? QStringLiteral("dark") : QStringLiteral("light"))));
        if (!dark) { // as narrow as a dock beside the pipeline may be, following
            view.resize(view.minimumSizeHint().width(), 260);
            view.setFollowing(true);
            QTest::qWait(50);
            QVERIFY(view.grab().save(QStringLiteral("%1/logview-narrow.png").arg(folder)));
        }
    }
}

QTEST_MAIN(TestLogView)
#include "tst_logview.moc"
