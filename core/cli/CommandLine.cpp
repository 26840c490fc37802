#include "cli/CommandLine.h"

#include <algorithm>

namespace antler::cli {

namespace {

bool isHelpOption(const QString &argument)
{
    return argument == QLatin1String("-h") || argument == QLatin1String("--help");
}

// "-style=fusion" and "--style" both name "style".
QString optionName(const QString &argument)
{
    QString name = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
    const qsizetype equals = name.indexOf(QLatin1Char('='));
    if (equals >= 0)
        name.truncate(equals);
    return name;
}

// QGuiApplication's own options, which it accepts with one or two dashes and
// removes from argv later; they must not count as unknown options here.
bool isQtOption(const QString &argument, bool *takesValue)
{
    static const QStringList withValue = {
        QStringLiteral("platform"),
        QStringLiteral("platformpluginpath"),
        QStringLiteral("platformtheme"),
        QStringLiteral("plugin"),
        QStringLiteral("qwindowgeometry"),
        QStringLiteral("geometry"),
        QStringLiteral("qwindowicon"),
        QStringLiteral("icon"),
        QStringLiteral("qwindowtitle"),
        QStringLiteral("title"),
        QStringLiteral("style"),
        QStringLiteral("stylesheet"),
        QStringLiteral("session"),
        QStringLiteral("display"),
        QStringLiteral("name"),
        QStringLiteral("qmljsdebugger"),
    };
    static const QStringList flags = {QStringLiteral("reverse"), QStringLiteral("widgetcount"),
                                      QStringLiteral("nograb"), QStringLiteral("dograb"), QStringLiteral("sync")};
    const QString name = optionName(argument);
    const bool inlineValue = argument.contains(QLatin1Char('='));
    if (withValue.contains(name)) {
        *takesValue = !inlineValue;
        return true;
    }
    *takesValue = false;
    return !inlineValue && flags.contains(name);
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine line;
    const QStringList args = arguments.mid(1);
    const bool helpRequested = std::any_of(args.cbegin(), args.cend(), isHelpOption);

    // ansible-playbook takes its options in any order, and so does this mode.
    for (const QString &argument : args) {
        if (argument == QLatin1String("--run-playbook") || argument.startsWith(QLatin1String("--run-playbook="))) {
            line.m_mode = helpRequested ? Mode::Help : Mode::RunPlaybook;
            line.m_commandArguments = helpRequested ? QStringList {QStringLiteral("run-playbook")} : args;
            return line;
        }
    }

    bool versionRequested = false;
    QString unknownOption;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &argument = args.at(i);
        const bool positional = !argument.startsWith(QLatin1Char('-')) || argument == QLatin1String("-");
        if (positional) {
            QStringList rest = args.mid(0, i) + args.mid(i + 1);
            if (argument == QLatin1String("help")) {
                line.m_mode = Mode::Help;
                line.m_commandArguments = args.mid(i + 1);
            } else if (argument == QLatin1String("pipeline") || argument == QLatin1String("status")) {
                line.m_mode = helpRequested                 ? Mode::Help
                    : argument == QLatin1String("pipeline") ? Mode::Pipeline
                                                            : Mode::Status;
                line.m_commandArguments = helpRequested ? QStringList {argument} : rest;
            } else {
                line.setProblem(Problem::UnknownCommand, argument);
            }
            return line;
        }

        bool takesValue = false;
        if (isHelpOption(argument)) {
            continue;
        } else if (argument == QLatin1String("--version")) {
            versionRequested = true;
        } else if (argument == QLatin1String("--config") || argument == QLatin1String("--screenshot")) {
            const QString value = args.value(i + 1);
            if (value.isEmpty() || value.startsWith(QLatin1Char('-'))) {
                line.setProblem(Problem::MissingFileName, argument);
                return line;
            }
            (argument == QLatin1String("--config") ? line.m_configFile : line.m_screenshotFile) = value;
            ++i;
        } else if (argument.startsWith(QLatin1String("--config="))) {
            line.m_configFile = argument.mid(int(qstrlen("--config=")));
        } else if (argument.startsWith(QLatin1String("--screenshot="))) {
            line.m_screenshotFile = argument.mid(int(qstrlen("--screenshot=")));
        } else if (isQtOption(argument, &takesValue)) {
            if (takesValue)
                ++i;
        } else if (unknownOption.isEmpty()) {
            unknownOption = argument;
        }
    }

    if (helpRequested) {
        line.m_mode = Mode::Help;
    } else if (versionRequested) {
        line.m_mode = Mode::Version;
    } else if (!unknownOption.isEmpty()) {
        line.setProblem(Problem::UnknownOption, unknownOption);
    }
    return line;
}

void CommandLine::setProblem(Problem problem, const QString &argument)
{
    m_mode = Mode::UsageError;
    m_problem = problem;
    m_problemArgument = argument;
}

QString CommandLine::error() const
{
    switch (m_problem) {
    case Problem::None:
        break;
    case Problem::UnknownCommand:
        return tr("“%1” is not an antler command; run “antler --help” to see the commands.").arg(m_problemArgument);
    case Problem::UnknownOption:
        return tr("unknown option “%1”; run “antler --help” to see the options.").arg(m_problemArgument);
    case Problem::MissingFileName:
        return tr("the option %1 needs a file name; write it as “%1 FILE”.").arg(m_problemArgument);
    }
    return {};
}

QStringList CommandLine::argumentsFrom(int argc, char **argv)
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

QString CommandLine::commandName() const
{
    switch (m_mode) {
    case Mode::Help:
        return QStringLiteral("help");
    case Mode::Version:
        return QStringLiteral("version");
    case Mode::RunPlaybook:
        return QStringLiteral("run-playbook");
    case Mode::Pipeline:
        return QStringLiteral("pipeline");
    case Mode::Status:
        return QStringLiteral("status");
    case Mode::Gui:
    case Mode::UsageError:
        break;
    }
    return {};
}

QString CommandLine::displayProblem(const QStringList &arguments, const QProcessEnvironment &environment)
{
    for (const QString &argument : arguments.mid(1)) {
        if (argument.startsWith(QLatin1Char('-')) && optionName(argument) == QLatin1String("platform"))
            return {};
    }
    for (const char *variable : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}) {
        if (!environment.value(QLatin1String(variable)).isEmpty())
            return {};
    }
    return tr("no display is available (DISPLAY and WAYLAND_DISPLAY are not set); run antler in a "
              "desktop session, or use one of the headless modes that “antler --help” lists.");
}

} // namespace antler::cli
