// antler-docgen DIR: writes DIR/man/antler.1, DIR/man/moosefacts.1 and
// DIR/completion/antler from the declarations the programs parse their
// command lines with (antler's CommandCatalog, moosefacts' ServerOptions).
// Run by the build (target manpages); not installed.

#include "ServerOptions.h"
#include "cli/BashCompletion.h"
#include "cli/CommandCatalog.h"
#include "cli/HelpCommand.h"
#include "cli/ManPage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <antler/BuildInfo.h>

namespace {

bool write(const QString &path, const QString &text)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(text.toUtf8());
    return file.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        QTextStream(stderr) << "usage: antler-docgen DIR\n";
        return 2;
    }
    const QDir out(arguments.at(1));
    const QString version = QLatin1String(antler::buildinfo::version);
    const QString date = QLatin1String(antler::buildinfo::buildTime).left(10);
    using antler::cli::ManPage;

    const QString antler
        = ManPage::antler({QStringLiteral("antler"), version, date,
                           QStringLiteral("control panel for a monitored test, staging and production pipeline")},
                          antler::cli::CommandCatalog::specs());

    // The first paragraph of moosefacts' description is its NAME line.
    QString description = moosefacts::ServerOptions::description();
    description = description.section(QLatin1String("\n\n"), 1);
    const QString moosefacts = ManPage::program(
        {QStringLiteral("moosefacts"), version, date, QStringLiteral("the moose facts REST backend")}, description,
        moosefacts::ServerOptions::declarations(),
        {{QStringLiteral("ENVIRONMENT"),
          QStringLiteral("ANTLER_STAGE and ANTLER_IMAGE_DIGEST are reported by /version when --stage and --digest "
                         "are not given.")}},
        {QStringLiteral("antler")});

    const QString completion
        = antler::cli::BashCompletion::script(antler::cli::CommandCatalog::specs(), antler::cli::HelpCommand::topics());

    const bool written = write(out.filePath(QStringLiteral("man/antler.1")), antler)
        && write(out.filePath(QStringLiteral("man/moosefacts.1")), moosefacts)
        && write(out.filePath(QStringLiteral("completion/antler")), completion);
    if (!written) {
        QTextStream(stderr) << "antler-docgen: cannot write into " << out.absolutePath() << '\n';
        return 1;
    }
    return 0;
}
