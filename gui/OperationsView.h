#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QTableView;

namespace antler::pipeline {
class Operation;
class OperationManager;
struct PipelineEvent;
} // namespace antler::pipeline

namespace antler::gui {

class LogModel;
class LogView;
class OperationsModel;

// The Operations dock's content: every build, rollout, promotion, rollback,
// pin and stop of this session with its current step, progress, elapsed time
// and result, a Cancel action, and the live log of the selected operation in
// a LogView (which keeps up with runs of a million lines).
class OperationsView : public QWidget
{
    Q_OBJECT

public:
    explicit OperationsView(pipeline::OperationManager *manager, QWidget *parent = nullptr);

    QAction *cancelAction() const { return m_cancel; }
    QTableView *table() const { return m_table; }
    LogView *logView() const { return m_log; }
    OperationsModel *model() const { return m_model; }
    // Selects the operation and shows its log.
    void selectOperation(int id);
    pipeline::Operation *selectedOperation() const;

Q_SIGNALS:
    // The selected operation changed (or finished) so the cancel action's state did.
    void selectionChanged();

private:
    void showOperation(pipeline::Operation *operation);
    void track(pipeline::Operation *operation);
    void updateCancel();

    pipeline::OperationManager *m_manager;
    OperationsModel *m_model;
    QTableView *m_table;
    LogView *m_log;
    QLabel *m_empty;
    QAction *m_cancel;
    QPointer<pipeline::Operation> m_shown;
    // One log per operation, filled as it runs whether it is shown or not.
    QHash<int, LogModel *> m_logs;
};

} // namespace antler::gui
