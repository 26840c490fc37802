#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QTableView;

namespace antler::pipeline {
class PipelineConfig;
}
namespace antler::transport {
struct HostConnectionOptions;
}

namespace antler::gui {

class HostsModel;
class Sparkline;

// The Hosts view: every host of the profile (HostsModel) with its connection
// state, facts summary and, for the selected host, sparklines of CPU, memory
// and temperature; the commands Connect, Gather facts, Open SSH terminal and
// Set up a Pi… act on the selected host and say why when they cannot.
class HostsView : public QWidget
{
    Q_OBJECT

public:
    explicit HostsView(QWidget *parent = nullptr);

    void setHosts(const pipeline::PipelineConfig &config, const transport::HostConnectionOptions &options);
    HostsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *problemLabel() const { return m_problem; }
    void selectHost(const QString &host);
    int selectedRow() const;

    QAction *connectAction() const { return m_connect; }
    QAction *gatherFactsAction() const { return m_gather; }
    QAction *terminalAction() const { return m_terminal; }
    // The setup wizard's slot: disabled until the wizard is there to take it.
    QAction *setUpPiAction() const { return m_setUpPi; }
    QList<QAction *> actions() const;

private:
    void updateActions();
    void updateDetails();

    HostsModel *m_model;
    QTableView *m_table;
    QLabel *m_problem;
    QLabel *m_details;
    Sparkline *m_cpu;
    Sparkline *m_memory;
    Sparkline *m_temperature;
    QLabel *m_cpuLabel;
    QLabel *m_memoryLabel;
    QLabel *m_temperatureLabel;
    QAction *m_connect;
    QAction *m_gather;
    QAction *m_terminal;
    QAction *m_setUpPi;
};

} // namespace antler::gui
