#include "Launcher.h"

#include "AppSettings.h"
#include "GuiLog.h"
#include "HeadlessLauncher.h"
#include "MainWindow.h"
#include "TerminationWatcher.h"
#include "Translations.h"
#include "WindowHost.h"
#include "cli/ExitCode.h"

#include <QApplication>
#include <QIcon>
#include <QTextStream>
#include <QTimer>

namespace antler::gui {

namespace {

QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/antler/icons/antler-%1.png").arg(size), QSize(size, size));
    return icon;
}

// --screenshot FILE: the README's picture of the real window, taken once it
// has been laid out and painted, then antler exits.
void scheduleScreenshot(MainWindow *window, const QString &file)
{
    // ANTLER_SCREENSHOT_DELAY_MS lets the picture wait for the first health
    // verdicts (a stage is Up after two successful probes, 5 s apart).
    bool ok = false;
    const int delay = qEnvironmentVariableIntValue("ANTLER_SCREENSHOT_DELAY_MS", &ok);
    QTimer::singleShot(ok && delay > 0 ? delay : 500, window, [window, file] {
        const bool saved = window->grab().save(file);
        if (!saved) {
            QTextStream(stderr) << QLatin1String("antler: ")
                                << Launcher::tr("cannot write the screenshot to %1; check that its "
                                                "folder exists and is writable.")
                                       .arg(file)
                                << QLatin1Char('\n');
        }
        QCoreApplication::exit(saved ? cli::ExitCode::Success : cli::ExitCode::Error);
    });
}

} // namespace

int Launcher::runGui(int &argc, char **argv, const cli::CommandLine &commandLine)
{
    const QStringList arguments = cli::CommandLine::argumentsFrom(argc, argv);
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!cli::CommandLine::displayProblem(arguments, environment).isEmpty()) {
        // Said in the user's language, which needs an application, though not a display.
        QCoreApplication app(argc, argv);
        describeApplication();
        Translations::install(QLocale::system());
        QTextStream(stderr) << QLatin1String("antler: ") << cli::CommandLine::displayProblem(arguments, environment)
                            << QLatin1Char('\n');
        return cli::ExitCode::Error;
    }

    QApplication app(argc, argv);
    describeApplication();
    AppSettings::protectStore();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Antler"));
    QGuiApplication::setDesktopFileName(QStringLiteral("antler"));
    QApplication::setWindowIcon(applicationIcon());

    // The host installs the chosen language and theme and opens the window
    // on the profile; it opens it again on another profile or language.
    WindowHost host;
    qCDebug(lcGui) << "opening the window on"
                   << (commandLine.configFile().isEmpty() ? QStringLiteral("the built-in Local profile")
                                                          : commandLine.configFile());
    host.start(commandLine.configFile());
    if (!commandLine.screenshotFile().isEmpty())
        scheduleScreenshot(host.window(), commandLine.screenshotFile());
    // SIGTERM at logout (or from kill, Ctrl+C) ends antler like File → Quit.
    TerminationWatcher termination;
    QObject::connect(&termination, &TerminationWatcher::terminationRequested, &app, [] {
        QApplication::closeAllWindows();
        QCoreApplication::exit(cli::ExitCode::Success);
    });
    return QApplication::exec();
}

void Launcher::describeApplication()
{
    HeadlessLauncher::describeApplication();
}

} // namespace antler::gui
