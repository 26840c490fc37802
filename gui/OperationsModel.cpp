#include "OperationsModel.h"

#include "pipeline/Operation.h"
#include "pipeline/OperationManager.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>
#include <QTimer>

namespace antler::gui {

using pipeline::Operation;
using pipeline::OperationOutcome;

OperationsModel::OperationsModel(pipeline::OperationManager *manager, QObject *parent)
    : QAbstractTableModel(parent)
    , m_manager(manager)
    , m_tick(new QTimer(this))
{
    for (Operation *operation : manager->operations())
        add(operation);
    connect(manager, &pipeline::OperationManager::operationAdded, this, &OperationsModel::add);
    connect(manager, &pipeline::OperationManager::operationChanged, this, &OperationsModel::markChanged);
    // Elapsed times move and steps arrive in bursts: one repaint a tick.
    m_tick->setInterval(250);
    connect(m_tick, &QTimer::timeout, this, &OperationsModel::flushChanges);
    m_tick->start();
}

void OperationsModel::add(Operation *operation)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(operation);
    endInsertRows();
    connect(operation, &QObject::destroyed, this, &OperationsModel::removeGone, Qt::QueuedConnection);
}

void OperationsModel::removeGone()
{
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!m_rows.at(row)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
}

void OperationsModel::markChanged(Operation *operation)
{
    if (!m_dirty.contains(operation))
        m_dirty.append(operation);
}

void OperationsModel::flushChanges()
{
    // Running operations change every second (elapsed time) even when they
    // report nothing.
    for (const QPointer<Operation> &operation : std::as_const(m_rows)) {
        if (operation && operation->state() == Operation::State::Running && !m_dirty.contains(operation))
            m_dirty.append(operation);
    }
    for (const QPointer<Operation> &operation : std::as_const(m_dirty)) {
        const int row = rowOf(operation);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    m_dirty.clear();
}

int OperationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OperationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Operation *OperationsModel::operationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).data() : nullptr;
}

int OperationsModel::rowOf(const Operation *operation) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row) == operation)
            return row;
    }
    return -1;
}

QString OperationsModel::elapsedText(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString OperationsModel::resultText(const Operation *operation)
{
    switch (operation->state()) {
    case Operation::State::Queued:
        return tr("queued");
    case Operation::State::Running:
        return operation->isCancelRequested() ? tr("cancelling") : tr("running");
    case Operation::State::Finished:
        break;
    }
    switch (operation->outcome().code) {
    case OperationOutcome::Code::Succeeded:
        return tr("succeeded");
    case OperationOutcome::Code::Failed:
        return tr("failed");
    case OperationOutcome::Code::RolledBack:
        return tr("rolled back");
    case OperationOutcome::Code::Refused:
        return tr("refused");
    case OperationOutcome::Code::Invalid:
        return tr("not possible");
    case OperationOutcome::Code::Cancelled:
        return tr("cancelled");
    }
    return {};
}

QVariant OperationsModel::data(const QModelIndex &index, int role) const
{
    const Operation *operation = operationAt(index.row());
    if (!operation || !index.isValid())
        return {};
    if (role == OperationIdRole)
        return operation->id();
    if (role == ProgressRole) {
        if (operation->isFinished())
            return 100;
        if (operation->state() == Operation::State::Queued)
            return 0;
        if (operation->progressTotal() > 0)
            return qBound(0, 100 * operation->progressCurrent() / operation->progressTotal(), 100);
        return -1;
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Title:
            return operation->title();
        case Stage:
            return operation->stage().isEmpty() ? QStringLiteral("–") : operation->stage();
        case Step:
            return operation->step();
        case Progress:
            if (role == Qt::DisplayRole)
                return {};
            return operation->progressTotal() > 0
                ? tr("%1 of %2").arg(operation->progressCurrent()).arg(operation->progressTotal())
                : resultText(operation);
        case Elapsed:
            return operation->state() == Operation::State::Queued ? QStringLiteral("–")
                                                                  : elapsedText(operation->elapsedMs());
        case Result:
            return resultText(operation);
        }
    }
    if (role == Qt::DecorationRole && index.column() == Result) {
        QStyle *style = QApplication::style();
        if (!operation->isFinished())
            return style->standardIcon(QStyle::SP_BrowserReload);
        switch (operation->outcome().code) {
        case OperationOutcome::Code::Succeeded:
            return style->standardIcon(QStyle::SP_DialogApplyButton);
        case OperationOutcome::Code::Cancelled:
        case OperationOutcome::Code::Refused:
            return style->standardIcon(QStyle::SP_MessageBoxInformation);
        case OperationOutcome::Code::RolledBack:
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        case OperationOutcome::Code::Failed:
        case OperationOutcome::Code::Invalid:
            return style->standardIcon(QStyle::SP_MessageBoxCritical);
        }
    }
    return {};
}

QVariant OperationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Operation");
    case Stage:
        return tr("Stage");
    case Step:
        return tr("Step");
    case Progress:
        return tr("Progress");
    case Elapsed:
        return tr("Elapsed");
    case Result:
        return tr("Result");
    }
    return {};
}

} // namespace antler::gui
