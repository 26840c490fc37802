#pragma once

#include "AppSettings.h"
#include "pipeline/PipelineConfig.h"
#include "transport/HostTransportFactory.h"
#include "transport/SecretQuestions.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace antler::pipeline {
class OperationManager;
}

namespace antler::gui {

class HostKeyDialog;
class SecretDialog;
class HostsView;
class PlaybooksView;

// The window's playbook and host docks and their commands, kept apart from
// MainWindow's pipeline code: the Playbooks dock (PlaybooksView), the Hosts
// dock (HostsView) and their menus, and the host-key dialogs of every
// connection they make (the window's policy is Ask). MainWindow creates it with the other docks, hands it the
// OperationManager once the pipeline has started and passes on new settings.
class FleetDocks : public QObject
{
    Q_OBJECT

public:
    FleetDocks(QMainWindow *window, const pipeline::PipelineConfig &config, const AppSettings &settings);

    PlaybooksView *playbooksView() const { return m_playbooks; }
    HostsView *hostsView() const { return m_hosts; }
    QList<QDockWidget *> docks() const;
    // The commands for allActions() and the command palette.
    QList<QAction *> actions() const { return m_actions; }
    // Adds the docks' toggles to the View menu and the Playbooks menu to the bar.
    void addMenus(QMenu *viewMenu);
    // null: playbooks cannot run, for the reason given.
    void setOperationManager(pipeline::OperationManager *manager, const QString &unavailableReason = {});
    void applySettings(const AppSettings &settings);
    // The questions about host keys of every connection made here.
    transport::HostKeyQuestions *hostKeyQuestions() const { return m_hostKeyQuestions; }
    // The open host-key dialogs, oldest first.
    QList<HostKeyDialog *> hostKeyDialogs() const;
    // Where connections get the passwords and passphrases their inventory leaves out.
    transport::SecretQuestions *secretQuestions() const { return m_secretQuestions; }

private:
    void updateConnection();
    transport::HostConnectionOptions connectionOptions() const;
    QDockWidget *makeDock(const QString &name, const QString &title, QWidget *content);
    void showDock(QDockWidget *dock);
    void askHostKey(int id, const QString &hostName, const transport::HostKeyInfo &info);
    void showRefusal(const QString &hostName, const transport::HostKeyInfo &info);
    void askSecret(int id, const transport::SecretRequest &request);

    QMainWindow *m_window;
    pipeline::PipelineConfig m_config;
    AppSettings m_settings;
    pipeline::OperationManager *m_manager = nullptr;
    PlaybooksView *m_playbooks = nullptr;
    QDockWidget *m_playbooksDock = nullptr;
    HostsView *m_hosts = nullptr;
    QDockWidget *m_hostsDock = nullptr;
    QList<QAction *> m_actions;
    transport::HostKeyQuestions *m_hostKeyQuestions = nullptr;
    QHash<int, QPointer<HostKeyDialog>> m_questionDialogs;
    QList<QPointer<HostKeyDialog>> m_refusalDialogs;
    transport::SecretQuestions *m_secretQuestions = nullptr;
    QHash<int, QPointer<SecretDialog>> m_secretDialogs;
};

} // namespace antler::gui
