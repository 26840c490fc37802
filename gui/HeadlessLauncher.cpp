#include "HeadlessLauncher.h"

#include "Translations.h"
#include "cli/Dispatcher.h"
#include "cli/ExitCode.h"

#include <QFile>
#include <QTextStream>

#include <antler/BuildInfo.h>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace antler::gui {

int HeadlessLauncher::run(int &argc, char **argv, const cli::CommandLine &commandLine)
{
    QCoreApplication app(argc, argv);
    describeApplication();
    Translations::install(QLocale::system());
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = cli::Dispatcher().run(commandLine, out, err);
    out.flush();
    err.flush();
    return code;
}

int HeadlessLauncher::openWindow(int &argc, char **argv)
{
    // Beside this program, wherever it was started from (the build tree's
    // gui/, or bin/ when installed).
    char self[4096];
    const ssize_t length = readlink("/proc/self/exe", self, sizeof self - 1);
    QByteArray program = length > 0 ? QByteArray(self, length) : QByteArray(argv[0]);
    program = program.left(program.lastIndexOf('/') + 1) + "antler-gui";
    execv(program.constData(), argv);
    const int error = errno;
    QCoreApplication app(argc, argv);
    describeApplication();
    Translations::install(QLocale::system());
    QTextStream(stderr) << QLatin1String("antler: ")
                        << tr("cannot open the window: %1 cannot be started (%2); reinstall antler, whose "
                              "window it is.")
                               .arg(QFile::decodeName(program), QString::fromLocal8Bit(std::strerror(error)))
                        << QLatin1Char('\n');
    return cli::ExitCode::Error;
}

void HeadlessLauncher::describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("antler"));
    // QSettings' folder: ~/.config/antler/antler.conf (without it, "Unknown Organization").
    QCoreApplication::setOrganizationName(QStringLiteral("antler"));
    QCoreApplication::setApplicationVersion(QLatin1String(buildinfo::version));
}

} // namespace antler::gui
