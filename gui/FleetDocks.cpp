#include "FleetDocks.h"

#include "GuiLog.h"
#include "HostKeyDialog.h"
#include "HostsView.h"
#include "PlaybooksView.h"
#include "SecretDialog.h"
#include "pipeline/OperationManager.h"
#include "transport/KeychainSecretStore.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace antler::gui {

FleetDocks::FleetDocks(QMainWindow *window, const pipeline::PipelineConfig &config, const AppSettings &settings)
    : QObject(window)
    , m_window(window)
    , m_config(config)
    , m_settings(settings)
    , m_hostKeyQuestions(new transport::HostKeyQuestions(this))
{
    connect(m_hostKeyQuestions, &transport::HostKeyQuestions::asked, this, &FleetDocks::askHostKey);
    connect(m_hostKeyQuestions, &transport::HostKeyQuestions::refused, this, &FleetDocks::showRefusal);
    connect(m_hostKeyQuestions, &transport::HostKeyQuestions::withdrawn, this, [this](int id) {
        if (QPointer<HostKeyDialog> dialog = m_questionDialogs.take(id))
            dialog->close();
    });
    // Secrets: asked once per host while the window runs, remembered only in the system keyring.
    auto *store = new transport::KeychainSecretStore(QStringLiteral("antler"), this);
    m_secretQuestions = new transport::SecretQuestions(store, this);
    connect(m_secretQuestions, &transport::SecretQuestions::asked, this, &FleetDocks::askSecret);
    connect(m_secretQuestions, &transport::SecretQuestions::withdrawn, this, [this](int id) {
        if (QPointer<SecretDialog> dialog = m_secretDialogs.take(id))
            dialog->close();
    });
    connect(m_secretQuestions, &transport::SecretQuestions::storeFailed, this,
            [](const QString &error) { qCWarning(lcGui) << error; });
    connect(store, &transport::SecretStore::availabilityChanged, this, [this] {
        for (const QPointer<SecretDialog> &dialog : std::as_const(m_secretDialogs)) {
            if (dialog)
                dialog->setRememberUnavailable(m_secretQuestions->rememberUnavailableReason());
        }
    });
    m_playbooks = new PlaybooksView;
    m_playbooks->setProfile(config.isEmbedded() ? QString() : config.sourcePath());
    m_playbooks->setOperationManager(nullptr, tr("Playbooks can run once the window has started its pipeline."));
    m_playbooksDock = makeDock(QStringLiteral("playbooksDock"), tr("Playbooks"), m_playbooks);

    // Brings the dock to the front (a toggle would hide a dock that is tabbed behind another).
    QAction *show = new QAction(tr("&Playbooks"), this);
    show->setObjectName(QStringLiteral("show-playbooksDock"));
    show->setShortcut(QKeySequence(Qt::ALT | Qt::Key_4));
    show->setShortcutContext(Qt::WindowShortcut);
    show->setStatusTip(tr("Pick a playbook and an inventory, see what it will do and run it."));
    connect(show, &QAction::triggered, this, [this] { showDock(m_playbooksDock); });
    m_window->addAction(show);
    m_actions.append(show);
    for (QAction *action : m_playbooks->actions()) {
        // The playbook's commands work from the menu and the palette wherever the focus is.
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this] { showDock(m_playbooksDock); });
        m_actions.append(action);
    }

    m_hosts = new HostsView;
    m_hosts->setHosts(config, connectionOptions());
    m_hostsDock = makeDock(QStringLiteral("hostsDock"), tr("Hosts"), m_hosts);
    QAction *showHosts = new QAction(tr("&Hosts"), this);
    showHosts->setObjectName(QStringLiteral("show-hostsDock"));
    showHosts->setShortcut(QKeySequence(Qt::ALT | Qt::Key_5));
    showHosts->setShortcutContext(Qt::WindowShortcut);
    showHosts->setStatusTip(tr("Every host of the profile: connection, facts and vital signs."));
    connect(showHosts, &QAction::triggered, this, [this] { showDock(m_hostsDock); });
    m_window->addAction(showHosts);
    m_actions.append(showHosts);
    for (QAction *action : m_hosts->actions()) {
        action->setShortcutContext(Qt::WindowShortcut);
        m_actions.append(action);
    }
}

transport::HostConnectionOptions FleetDocks::connectionOptions() const
{
    transport::HostConnectionOptions options
        = m_manager ? m_manager->playbookConnection() : transport::HostConnectionOptions();
    options.knownHostsFile = m_settings.knownHostsPath;
    // A person is there to answer: an unknown key is asked about, never trusted blindly or refused outright.
    options.hostKeyPolicy = transport::ConnectionSettings::HostKeyPolicy::Ask;
    options.hostKeyQuestions = m_hostKeyQuestions;
    options.secretProvider = m_secretQuestions->provider();
    return options;
}

void FleetDocks::askSecret(int id, const transport::SecretRequest &request)
{
    auto *dialog = new SecretDialog(request, m_secretQuestions->rememberUnavailableReason(), m_window);
    m_secretDialogs.insert(id, dialog);
    connect(dialog, &SecretDialog::answered, this, [this, id](const QString &secret, bool remember) {
        m_secretDialogs.remove(id);
        m_secretQuestions->answer(id, secret, remember);
    });
    // Cancelled, or closed with the window's close button: go on without it.
    connect(dialog, &QDialog::finished, this, [this, id] {
        if (m_secretDialogs.remove(id) > 0)
            m_secretQuestions->cancel(id);
    });
    dialog->show();
    dialog->raise();
}

void FleetDocks::askHostKey(int id, const QString &hostName, const transport::HostKeyInfo &info)
{
    auto *dialog = new HostKeyDialog(hostName, info, m_window);
    m_questionDialogs.insert(id, dialog);
    connect(dialog, &HostKeyDialog::answered, this, [this, id](bool accept) {
        m_questionDialogs.remove(id);
        m_hostKeyQuestions->answer(id, accept);
    });
    // Closed with the window's close button: the same as Reject.
    connect(dialog, &QDialog::finished, this, [this, id] {
        if (m_questionDialogs.remove(id) > 0)
            m_hostKeyQuestions->answer(id, false);
    });
    dialog->show();
    dialog->raise();
}

void FleetDocks::showRefusal(const QString &hostName, const transport::HostKeyInfo &info)
{
    // Several connections to the host (aliases, the Hosts view) are refused
    // for the same key: one explanation is enough.
    m_refusalDialogs.removeIf([](const QPointer<HostKeyDialog> &dialog) { return !dialog; });
    for (const QPointer<HostKeyDialog> &dialog : std::as_const(m_refusalDialogs)) {
        if (dialog->info().host == info.host && dialog->info().port == info.port
            && dialog->info().fingerprint == info.fingerprint) {
            dialog->raise();
            return;
        }
    }
    auto *dialog = new HostKeyDialog(hostName, info, m_window);
    m_refusalDialogs.append(dialog);
    dialog->show();
    dialog->raise();
}

QList<HostKeyDialog *> FleetDocks::hostKeyDialogs() const
{
    QList<HostKeyDialog *> dialogs;
    for (const QPointer<HostKeyDialog> &dialog : m_refusalDialogs) {
        if (dialog && dialog->isVisible())
            dialogs.append(dialog);
    }
    for (const QPointer<HostKeyDialog> &dialog : m_questionDialogs) {
        if (dialog && dialog->isVisible())
            dialogs.append(dialog);
    }
    return dialogs;
}

QDockWidget *FleetDocks::makeDock(const QString &name, const QString &title, QWidget *content)
{
    auto *dock = new QDockWidget(title, m_window);
    dock->setObjectName(name);
    content->setMinimumHeight(100);
    dock->setWidget(content);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                      | QDockWidget::DockWidgetFloatable);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    // Beside the Operations, History and Events docks.
    if (auto *events = m_window->findChild<QDockWidget *>(QStringLiteral("eventsDock")))
        m_window->tabifyDockWidget(events, dock);
    return dock;
}

void FleetDocks::showDock(QDockWidget *dock)
{
    dock->show();
    dock->raise();
    // A playbook's plan and results need room: a dock squeezed to a strip grows.
    if (!dock->isFloating() && dock->height() < m_window->height() / 2)
        m_window->resizeDocks({dock}, {m_window->height() * 3 / 5}, Qt::Vertical);
}

QList<QDockWidget *> FleetDocks::docks() const
{
    return {m_playbooksDock, m_hostsDock};
}

void FleetDocks::addMenus(QMenu *viewMenu)
{
    viewMenu->addAction(m_window->findChild<QAction *>(QStringLiteral("show-playbooksDock")));
    viewMenu->addAction(m_window->findChild<QAction *>(QStringLiteral("show-hostsDock")));
    QMenu *menu = new QMenu(tr("Play&books"), m_window);
    menu->setObjectName(QStringLiteral("playbooksMenu"));
    menu->setToolTipsVisible(true);
    for (QAction *action : m_playbooks->actions())
        menu->addAction(action);
    QMenu *hosts = new QMenu(tr("&Hosts"), m_window);
    hosts->setObjectName(QStringLiteral("hostsMenu"));
    hosts->setToolTipsVisible(true);
    for (QAction *action : m_hosts->actions())
        hosts->addAction(action);
    // Before Help, after View.
    QList<QAction *> menus = m_window->menuBar()->actions();
    m_window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.constLast(), menu);
    m_window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.constLast(), hosts);
}

void FleetDocks::setOperationManager(pipeline::OperationManager *manager, const QString &unavailableReason)
{
    m_manager = manager;
    updateConnection();
    m_playbooks->setOperationManager(manager, unavailableReason);
}

void FleetDocks::applySettings(const AppSettings &settings)
{
    const bool knownHostsChanged = settings.knownHostsPath != m_settings.knownHostsPath;
    m_settings = settings;
    updateConnection();
    // The hosts' connections were made with the old file: made again.
    if (knownHostsChanged)
        m_hosts->setHosts(m_config, connectionOptions());
}

void FleetDocks::updateConnection()
{
    if (m_manager)
        m_manager->setPlaybookConnection(connectionOptions());
}

} // namespace antler::gui
