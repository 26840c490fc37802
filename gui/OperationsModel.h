#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

class QTimer;

namespace antler::pipeline {
class Operation;
class OperationManager;
} // namespace antler::pipeline

namespace antler::gui {

// The operations of this session as a table: what, stage, current step,
// progress, elapsed time, result. Rows follow the OperationManager; running
// rows refresh their elapsed time once a second, and the many change
// notifications of a busy operation are coalesced into one repaint per tick.
class OperationsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Stage, Step, Progress, Elapsed, Result, ColumnCount };
    // Progress column: 0–100, or -1 while unknown (a busy indicator).
    static constexpr int ProgressRole = Qt::UserRole + 1;
    static constexpr int OperationIdRole = Qt::UserRole + 2;

    explicit OperationsModel(pipeline::OperationManager *manager, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    pipeline::Operation *operationAt(int row) const;
    int rowOf(const pipeline::Operation *operation) const;

    // "running", "succeeded", … in the user's language.
    static QString resultText(const pipeline::Operation *operation);
    static QString elapsedText(qint64 ms);

private:
    void add(pipeline::Operation *operation);
    void markChanged(pipeline::Operation *operation);
    void flushChanges();
    void removeGone();

    pipeline::OperationManager *m_manager;
    QList<QPointer<pipeline::Operation>> m_rows;
    QList<QPointer<pipeline::Operation>> m_dirty;
    QTimer *m_tick;
};

} // namespace antler::gui
