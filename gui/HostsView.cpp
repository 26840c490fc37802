#include "HostsView.h"

#include "HostsModel.h"
#include "Sparkline.h"
#include "SshTerminal.h"
#include "pipeline/PipelineConfig.h"

#include <QAction>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProcessEnvironment>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace antler::gui {

HostsView::HostsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new HostsModel(this))
{
    setObjectName(QStringLiteral("hostsView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    m_connect = new QAction(tr("&Connect to host"), this);
    m_connect->setObjectName(QStringLiteral("connectHost"));
    connect(m_connect, &QAction::triggered, this, [this] { m_model->connectHost(selectedRow()); });
    m_gather = new QAction(tr("&Gather facts"), this);
    m_gather->setObjectName(QStringLiteral("gatherFacts"));
    connect(m_gather, &QAction::triggered, this, [this] { m_model->gatherFacts(selectedRow()); });
    m_terminal = new QAction(tr("Open SSH &terminal"), this);
    m_terminal->setObjectName(QStringLiteral("openSshTerminal"));
    connect(m_terminal, &QAction::triggered, this, [this] {
        QString error;
        if (!SshTerminal::open(m_model->settings(selectedRow()), &error))
            m_problem->setText(error);
    });
    // The window opens the setup wizard from this action (MainWindow::createFleetDocks).
    m_setUpPi = new QAction(tr("Set &up a Pi…"), this);
    m_setUpPi->setObjectName(QStringLiteral("setUpPi"));
    m_setUpPi->setToolTip(tr("Connect to a fresh Raspberry Pi, set it up for the pipeline and make it a profile"));
    m_setUpPi->setStatusTip(m_setUpPi->toolTip());

    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *action : actions())
        bar->addAction(action);
    layout->addWidget(bar);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("hostsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();
    layout->addWidget(m_problem);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("hostsTable"));
    m_table->setAccessibleName(tr("Hosts"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *details = new QWidget(this);
    auto *grid = new QGridLayout(details);
    grid->setContentsMargins(0, 0, 0, 0);
    m_details = new QLabel(details);
    m_details->setObjectName(QStringLiteral("hostDetails"));
    m_details->setWordWrap(true);
    grid->addWidget(m_details, 0, 0, 1, 6);
    const auto addSpark = [&](int column, Sparkline **spark, QLabel **label, const QString &name) {
        *label = new QLabel(details);
        *spark = new Sparkline(details);
        (*spark)->setObjectName(name);
        (*spark)->setMinimumWidth(120);
        grid->addWidget(*label, 1, column);
        grid->addWidget(*spark, 1, column + 1);
    };
    addSpark(0, &m_cpu, &m_cpuLabel, QStringLiteral("cpuSparkline"));
    addSpark(2, &m_memory, &m_memoryLabel, QStringLiteral("memorySparkline"));
    addSpark(4, &m_temperature, &m_temperatureLabel, QStringLiteral("temperatureSparkline"));
    for (int column : {1, 3, 5})
        grid->setColumnStretch(column, 1);
    layout->addWidget(details);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_model, &HostsModel::hostChanged, this, [this](int row) {
        if (row == selectedRow()) {
            updateActions();
            updateDetails();
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_table->selectRow(0);
        updateActions();
        updateDetails();
    });
    updateActions();
    updateDetails();
}

QList<QAction *> HostsView::actions() const
{
    return {m_connect, m_gather, m_terminal, m_setUpPi};
}

void HostsView::setHosts(const pipeline::PipelineConfig &config, const transport::HostConnectionOptions &options)
{
    QString problem;
    const bool ok = m_model->setHosts(config, options, &problem);
    m_problem->setText(ok ? QString() : problem);
    m_problem->setVisible(!ok);
}

void HostsView::selectHost(const QString &host)
{
    const int row = m_model->rowOf(host);
    if (row >= 0)
        m_table->selectRow(row);
}

int HostsView::selectedRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void HostsView::updateActions()
{
    const int row = selectedRow();
    const QString host = m_model->hostName(row);
    const auto set = [](QAction *action, bool enabled, const QString &tip) {
        action->setEnabled(enabled);
        action->setToolTip(tip);
        action->setStatusTip(tip);
    };
    if (row < 0) {
        const QString none = tr("Select a host first.");
        set(m_connect, false, none);
        set(m_gather, false, none);
        set(m_terminal, false, none);
        return;
    }
    const HostsModel::Connection state = m_model->connection(row);
    const bool busy = state == HostsModel::Connection::Connecting;
    set(m_connect, !busy && state != HostsModel::Connection::Connected,
        state == HostsModel::Connection::Connected ? tr("%1 is connected.").arg(host)
            : busy                                 ? tr("Connecting to %1…").arg(host)
                                                   : tr("Connect to %1 and log in.").arg(host));
    set(m_gather, !busy, tr("Read %1's facts and vital signs now.").arg(host));
    QString why;
    if (m_model->isLocal(row)) {
        set(m_terminal, false, tr("%1 is this machine; open a terminal here instead.").arg(host));
    } else if (SshTerminal::findTerminal(QProcessEnvironment::systemEnvironment(), &why).isEmpty()) {
        set(m_terminal, false, why);
    } else {
        set(m_terminal, true,
            tr("Open a terminal running %1.")
                .arg(SshTerminal::sshCommand(m_model->settings(row)).join(QLatin1Char(' '))));
    }
}

void HostsView::updateDetails()
{
    const int row = selectedRow();
    const QString error = m_model->lastError(row);
    const HostsModel::Connection state = m_model->connection(row);
    if (row < 0) {
        m_details->setText(tr("No host is selected."));
    } else if (!error.isEmpty()
               && (state == HostsModel::Connection::Unreachable || state == HostsModel::Connection::Lost)) {
        m_details->setText(tr("%1 is %2: %3").arg(m_model->hostName(row), HostsModel::connectionWord(state), error));
    } else {
        m_details->setText(tr("%1 is %2.").arg(m_model->hostName(row), HostsModel::connectionWord(state)));
    }
    const auto show = [&](Sparkline *spark, QLabel *label, HostsModel::Metric metric, const QString &name,
                          const QString &unit) {
        const QList<QPointF> points = m_model->series(row, metric);
        spark->setPoints(points);
        label->setText(points.isEmpty() ? tr("%1: –").arg(name)
                                        : tr("%1: %2 %3").arg(name).arg(points.constLast().y(), 0, 'f', 0).arg(unit));
    };
    show(m_cpu, m_cpuLabel, HostsModel::Metric::Cpu, tr("CPU"), QStringLiteral("%"));
    show(m_memory, m_memoryLabel, HostsModel::Metric::MemoryUsed, tr("Memory"), QStringLiteral("%"));
    show(m_temperature, m_temperatureLabel, HostsModel::Metric::Temperature, tr("Temperature"), QStringLiteral("°C"));
}

} // namespace antler::gui
