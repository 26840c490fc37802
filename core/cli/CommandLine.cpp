#include "cli/CommandLine.h"

#include "cli/CommandCatalog.h"

#include <QHash>

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

CommandLine::Mode CommandLine::modeFor(const QString &command)
{
    static const QHash<QString, Mode> modes = {
        {QStringLiteral("help"), Mode::Help},
        {QStringLiteral("version"), Mode::Version},
        {QStringLiteral("run-playbook"), Mode::RunPlaybook},
        {QStringLiteral("pipeline"), Mode::Pipeline},
        {QStringLiteral("status"), Mode::Status},
        {QStringLiteral("__complete"), Mode::Complete},
    };
    return modes.value(command, Mode::UsageError);
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine line;
    const QStringList args = arguments.mid(1);
    const bool helpRequested = std::any_of(args.cbegin(), args.cend(), isHelpOption);
    const QList<CommandSpec> specs = CommandCatalog::specs();

    // A switch that starts a mode (--run-playbook FILE) may stand anywhere:
    // ansible-playbook takes its options in any order, and so does this mode.
    for (const CommandSpec &spec : specs) {
        if (spec.invocation != CommandSpec::Invocation::Switch || spec.arguments.isEmpty())
            continue;
        const QString name = QLatin1String("--") + spec.name;
        for (const QString &argument : args) {
            if (argument == name || argument.startsWith(name + QLatin1Char('='))) {
                line.m_mode = helpRequested ? Mode::Help : modeFor(spec.name);
                line.m_commandArguments = helpRequested ? QStringList {spec.name} : args;
                return line;
            }
        }
    }

    const CommandSpec window = CommandCatalog::window();
    bool versionRequested = false;
    QString unknownOption;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &argument = args.at(i);
        const bool positional = !argument.startsWith(QLatin1Char('-')) || argument == QLatin1String("-");
        if (positional) {
            const auto word = std::find_if(specs.cbegin(), specs.cend(), [&argument](const CommandSpec &spec) {
                return spec.invocation == CommandSpec::Invocation::Word && spec.name == argument;
            });
            if (word == specs.cend()) {
                line.setProblem(Problem::UnknownCommand, argument);
            } else if (word->name == QLatin1String("help")) {
                line.m_mode = Mode::Help;
                line.m_commandArguments = args.mid(i + 1);
            } else {
                line.m_mode = helpRequested ? Mode::Help : modeFor(word->name);
                line.m_commandArguments = helpRequested ? QStringList {argument} : args.mid(0, i) + args.mid(i + 1);
            }
            return line;
        }

        bool takesValue = false;
        const QString name = optionName(argument);
        const CommandSpec::Option *option = argument.startsWith(QLatin1String("--")) ? window.option(name) : nullptr;
        if (isHelpOption(argument)) {
            continue;
        } else if (argument == QLatin1String("--version")) {
            versionRequested = true;
        } else if (option && !option->valueName.isEmpty()) {
            QString value;
            if (argument.contains(QLatin1Char('='))) {
                value = argument.section(QLatin1Char('='), 1);
            } else {
                value = args.value(i + 1);
                if (value.isEmpty() || value.startsWith(QLatin1Char('-'))) {
                    line.setProblem(Problem::MissingFileName, QLatin1String("--") + name);
                    return line;
                }
                ++i;
            }
            line.m_windowOptions.insert(name, value);
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
        return tr("the option %1 needs a value; write it as “%1 %2”.")
            .arg(m_problemArgument, CommandCatalog::window().option(m_problemArgument.mid(2))->valueName);
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
    case Mode::Complete:
        return QStringLiteral("__complete");
    case Mode::Gui:
    case Mode::UsageError:
        break;
    }
    return {};
}

QString CommandLine::configFile() const
{
    return m_windowOptions.value(QStringLiteral("config"));
}

QString CommandLine::screenshotFile() const
{
    return m_windowOptions.value(QStringLiteral("screenshot"));
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
