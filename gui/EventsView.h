#pragma once

#include "EventsModel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QModelIndex;
class QToolButton;
class QTreeView;

namespace antler::gui {

// The Events dock's content: one timeline across all stages — health
// changes, operations started and finished, promotions, rollbacks, and
// every warning and error — with a "warnings and errors only" switch and a
// stage filter.
//
// Newest at the bottom, as in a terminal, journalctl or a build log: the
// timeline reads top to bottom in the order things happened, and while the
// view is scrolled to the end it follows new events; scrolled up to read, it
// stays put instead of jumping under the reader.
class EventsView : public QWidget
{
    Q_OBJECT

public:
    explicit EventsView(QWidget *parent = nullptr);

    // The profile's stages, in pipeline order, for the stage filter (stages
    // only events name are added after them).
    void setStages(const QStringList &stages);

    EventsModel *model() const { return m_model; }
    EventsFilterModel *filterModel() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    QCheckBox *warningsOnlySwitch() const { return m_warningsOnly; }
    QComboBox *stageFilter() const { return m_stageCombo; }

public Q_SLOTS:
    void addEvent(const antler::gui::TimelineEvent &event);
    void addEvents(const QList<antler::gui::TimelineEvent> &events);
    void setWarningsOnly(bool on);
    // Empty: all stages.
    void setStageFilter(const QString &stage);
    void clear();

Q_SIGNALS:
    // An event was clicked or activated: its stage (if it names one) and its
    // operation (if it has one).
    void stageActivated(const QString &stage);
    void operationActivated(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillStageFilter();
    void activate(const QModelIndex &index);
    void updateCount();
    bool atEnd() const;

    EventsModel *m_model = nullptr;
    EventsFilterModel *m_filter = nullptr;
    QCheckBox *m_warningsOnly = nullptr;
    QComboBox *m_stageCombo = nullptr;
    QToolButton *m_clearButton = nullptr;
    QLabel *m_count = nullptr;
    QTreeView *m_view = nullptr;
    QStringList m_profileStages;
    bool m_follow = true;
};

} // namespace antler::gui
