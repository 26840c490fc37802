#include "WindowHost.h"

#include "AppSettings.h"
#include "MainWindow.h"
#include "Theme.h"
#include "Translations.h"
#include "pipeline/PipelineConfig.h"

#include <QFileInfo>
#include <QLocale>
#include <QTextStream>
#include <QTimer>

namespace antler::gui {

WindowHost::WindowHost(QObject *parent)
    : QObject(parent)
{
}

WindowHost::~WindowHost()
{
    delete m_window;
}

void WindowHost::installLanguage()
{
    Translations::remove(m_translators);
    const AppSettings settings = AppSettings::load();
    m_translators = Translations::install(settings.language.isEmpty() ? QLocale::system() : QLocale(settings.language));
}

void WindowHost::start(const QString &configFile)
{
    const AppSettings settings = AppSettings::load();
    if (settings.theme != AppSettings::Theme::System)
        Theme::apply(settings.theme);
    installLanguage();
    // A profile named on the command line is this run's; otherwise the one
    // used last time, if it is still there.
    QString profile = configFile;
    bool remember = !configFile.isEmpty();
    if (profile.isEmpty() && !settings.lastProfile.isEmpty() && QFileInfo::exists(settings.lastProfile))
        profile = settings.lastProfile;
    open(profile, remember);
}

void WindowHost::open(const QString &profile, bool remember, bool buildAndDeploy)
{
    pipeline::PipelineConfig config;
    QString problem;
    if (!pipeline::PipelineConfig::load(profile, &config, &problem)) {
        QTextStream(stderr) << QLatin1String("antler: ") << problem << QLatin1Char('\n');
        config = pipeline::PipelineConfig::localProfile();
    } else if (remember) {
        AppSettings settings = AppSettings::load();
        settings.rememberProfile(profile);
        settings.save();
    }
    m_profile = profile;

    QPointer<MainWindow> previous = m_window;
    QByteArray geometry;
    if (previous)
        geometry = previous->saveGeometry();
    auto *window = new MainWindow(config, problem);
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    window->setFirstRunEnabled(true);
    window->setBuildAndDeployOnStart(buildAndDeploy && problem.isEmpty());
    if (!geometry.isEmpty())
        window->restoreGeometry(geometry);
    connect(window, &MainWindow::profileRequested, this,
            [this](const QString &path) { QTimer::singleShot(0, this, [this, path] { open(path, true); }); });
    connect(window, &MainWindow::buildAndDeployRequested, this,
            [this](const QString &path) { QTimer::singleShot(0, this, [this, path] { open(path, true, true); }); });
    connect(window, &MainWindow::reopenRequested, this, [this] {
        QTimer::singleShot(0, this, [this] {
            installLanguage();
            open(m_profile, false);
        });
    });
    m_window = window;
    window->show();
    // Closed only once the new window is up, so the program never has no window.
    if (previous) {
        previous->close();
        previous->deleteLater();
    }
}

} // namespace antler::gui
