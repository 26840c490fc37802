#include "cli/RunPlaybookCommand.h"

#include "cli/ExitCode.h"
#include "cli/HelpCommand.h"
#include "inventory/Inventory.h"
#include "playbook/ConsolePrinter.h"
#include "playbook/JsonEventPrinter.h"
#include "playbook/JsonPrinter.h"
#include "playbook/PlaybookParser.h"
#include "playbook/Runner.h"
#include "playbook/TagFilter.h"
#include "playbook/YamlValue.h"
#include "transport/HostTransportFactory.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <memory>
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>

namespace antler::cli {

namespace {

// Flags of ansible-playbook that Antler does not take: refused by name, with
// what to do instead.
const QStringList &refusedFlags()
{
    static const QStringList flags = {
        QStringLiteral("--step"),
        QStringLiteral("--become"),
        QStringLiteral("-b"),
        QStringLiteral("--ask-become-pass"),
        QStringLiteral("-K"),
        QStringLiteral("--user"),
        QStringLiteral("-u"),
        QStringLiteral("--ask-pass"),
        QStringLiteral("-k"),
        QStringLiteral("--vault-password-file"),
        QStringLiteral("--ask-vault-pass"),
        QStringLiteral("-J"),
        QStringLiteral("--connection"),
        QStringLiteral("-c"),
        QStringLiteral("--private-key"),
        QStringLiteral("--flush-cache"),
        QStringLiteral("--force-handlers"),
    };
    return flags;
}

// Asks for a key's passphrase on the terminal without echoing it. Called on
// the SSH worker thread, which may block; without a terminal it gives up.
bool askPassphrase(const QString &prompt, QString *answer)
{
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return false;
    const int fd = fileno(tty);
    termios saved {};
    const bool isTerminal = tcgetattr(fd, &saved) == 0;
    if (isTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fputs(" ", tty);
    std::fflush(tty);
    char buffer[1024];
    const bool read = std::fgets(buffer, sizeof buffer, tty) != nullptr;
    if (isTerminal)
        tcsetattr(fd, TCSAFLUSH, &saved);
    std::fputs("\n", tty);
    std::fclose(tty);
    if (!read)
        return false;
    *answer = QString::fromLocal8Bit(buffer).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    return true;
}

// Ctrl-C: the handler only writes a byte; the event loop reads it and stops
// the run, so commands are cancelled and the recap is printed.
int interruptPipe[2] = {-1, -1};

void onInterrupt(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(interruptPipe[1], &byte, 1);
}

bool takeValue(const QStringList &arguments, qsizetype *i, const QString &argument, const QString &name, QString *value)
{
    const QString prefix = name + QLatin1Char('=');
    if (argument.startsWith(prefix)) {
        *value = argument.mid(prefix.size());
        return true;
    }
    if (*i + 1 >= arguments.size())
        return false;
    *value = arguments.at(++*i);
    return true;
}

} // namespace

RunPlaybookCommand::RunPlaybookCommand()
    : Command(QStringLiteral("run-playbook"), HelpCommand::summary(QStringLiteral("run-playbook")))
{
}

bool RunPlaybookCommand::parseExtraVariables(const QString &text, QVariantMap *variables, QString *error)
{
    QByteArray yaml;
    QString source = tr("the -e value");
    if (text.startsWith(QLatin1Char('@'))) {
        QFile file(text.mid(1));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read the variables file %1 (%2); check the path after -e @.")
                         .arg(text.mid(1), file.errorString());
            return false;
        }
        yaml = file.readAll();
        source = text.mid(1);
    } else if (text.trimmed().startsWith(QLatin1Char('{')) || text.trimmed().startsWith(QLatin1Char('['))) {
        yaml = text.toUtf8();
    } else {
        // key=value words, quoted like a shell: Ansible's parse_kv.
        QStringList words;
        if (!playbook::PlaybookParser::splitKeyValueWords(text, &words, error)) {
            *error = tr("the -e value “%1” cannot be read (%2); close the quote or the {{ }}.").arg(text, *error);
            return false;
        }
        for (const QString &word : words) {
            const qsizetype equals = word.indexOf(QLatin1Char('='));
            if (equals <= 0) {
                *error = tr("the extra variable “%1” is not NAME=VALUE; write -e name=value, -e @file.yml "
                            "or -e '{\"name\": \"value\"}'.")
                             .arg(word);
                return false;
            }
            variables->insert(word.left(equals), word.mid(equals + 1));
        }
        return true;
    }
    try {
        const YAML::Node node = YAML::Load(yaml.toStdString());
        if (node.IsNull())
            return true;
        if (!node.IsMap()) {
            *error = tr("%1 is not a mapping of variable names to values; write one “name: value” per "
                        "line.")
                         .arg(source);
            return false;
        }
        const QVariantMap values = playbook::YamlValue::toVariant(node).toMap();
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            variables->insert(it.key(), it.value());
    } catch (const YAML::Exception &exception) {
        *error = tr("%1 is not valid YAML or JSON (%2 at line %3); fix it and run again.")
                     .arg(source, playbook::YamlValue::fromStd(exception.msg))
                     .arg(exception.mark.line + 1);
        return false;
    }
    return true;
}

bool RunPlaybookCommand::parseArguments(const QStringList &arguments, Options *options, QString *error, int *exitCode)
{
    *exitCode = ExitCode::UsageError;
    QStringList expanded;
    for (const QString &argument : arguments) {
        // "-lweb1", "-tdeploy", "-f10": a short option with its value attached.
        static const QStringList attached = {QStringLiteral("-l"), QStringLiteral("-t"), QStringLiteral("-e"),
                                             QStringLiteral("-f"), QStringLiteral("-i")};
        if (argument.size() > 2 && attached.contains(argument.left(2))) {
            expanded << argument.left(2) << argument.mid(2);
        } else {
            expanded << argument;
        }
    }
    for (qsizetype i = 0; i < expanded.size(); ++i) {
        const QStringList &arguments = expanded;
        const QString &argument = arguments.at(i);
        const QString name
            = argument.startsWith(QLatin1String("--")) ? argument.section(QLatin1Char('='), 0, 0) : argument;
        QString value;
        auto needValue = [&](const QString &what) {
            if (takeValue(arguments, &i, argument, name, &value) && !value.isEmpty())
                return true;
            *error = tr("the option %1 needs a value; write it as “%1 %2”.").arg(name, what);
            return false;
        };
        if (name == QLatin1String("--run-playbook")) {
            if (!needValue(QStringLiteral("FILE")))
                return false;
            options->playbook = value;
        } else if (name == QLatin1String("-i") || name == QLatin1String("--inventory")
                   || name == QLatin1String("--inventory-file")) {
            if (!needValue(QStringLiteral("INVENTORY")))
                return false;
            if (!options->inventory.isEmpty()) {
                *error = tr("only one -i is supported in this version; merge the inventories into one "
                            "file or folder.");
                return false;
            }
            options->inventory = value;
        } else if (name == QLatin1String("-e") || name == QLatin1String("--extra-vars")) {
            if (!needValue(QStringLiteral("K=V")))
                return false;
            if (!parseExtraVariables(value, &options->extraVariables, error))
                return false;
        } else if (name == QLatin1String("-f") || name == QLatin1String("--forks")) {
            if (!needValue(QStringLiteral("N")))
                return false;
            bool ok = false;
            options->forks = value.toInt(&ok);
            if (!ok || options->forks < 1) {
                *error = tr("--forks takes a whole number of at least 1, not “%1”; write for example "
                            "--forks 5.")
                             .arg(value);
                return false;
            }
        } else if (name == QLatin1String("-l") || name == QLatin1String("--limit")) {
            if (!needValue(QStringLiteral("PATTERN")))
                return false;
            // Several --limit options narrow to their union, as in Ansible.
            options->limit = options->limit.isEmpty() ? value : options->limit + QLatin1Char(':') + value;
        } else if (name == QLatin1String("-t") || name == QLatin1String("--tags")) {
            if (!needValue(QStringLiteral("TAGS")))
                return false;
            options->tags = playbook::TagFilter::split(options->tags + QStringList {value});
        } else if (name == QLatin1String("--skip-tags")) {
            if (!needValue(QStringLiteral("TAGS")))
                return false;
            options->skipTags = playbook::TagFilter::split(options->skipTags + QStringList {value});
        } else if (name == QLatin1String("--start-at-task")) {
            if (!needValue(QStringLiteral("NAME")))
                return false;
            options->startAtTask = value;
        } else if (argument == QLatin1String("-C") || argument == QLatin1String("--check")) {
            options->checkMode = true;
        } else if (argument == QLatin1String("-D") || argument == QLatin1String("--diff")) {
            options->diffMode = true;
        } else if (argument == QLatin1String("--list-tasks")) {
            options->listTasks = true;
        } else if (argument == QLatin1String("--list-hosts")) {
            options->listHosts = true;
        } else if (argument == QLatin1String("--list-tags")) {
            options->listTags = true;
        } else if (argument == QLatin1String("--accept-new-host-keys")) {
            options->acceptNewHostKeys = true;
        } else if (argument == QLatin1String("--json")) {
            options->json = true;
        } else if (argument == QLatin1String("--json-document")) {
            options->jsonDocument = true;
        } else if (argument == QLatin1String("--syntax-check")) {
            options->syntaxCheck = true;
        } else if (argument == QLatin1String("--verbose")) {
            ++options->verbosity;
        } else if (argument.size() > 1 && argument.startsWith(QLatin1String("-v"))
                   && argument.mid(1).count(QLatin1Char('v')) == argument.size() - 1) {
            options->verbosity += int(argument.size() - 1);
        } else if (refusedFlags().contains(name)) {
            *error = tr("%1 is not supported by Antler; set the same in the inventory (ansible_user, "
                        "ansible_become, ansible_become_password, ansible_ssh_private_key_file) or in "
                        "the playbook instead.")
                         .arg(name);
            return false;
        } else {
            *error = tr("unknown option “%1” for --run-playbook; run “antler help run-playbook” to see "
                        "the options.")
                         .arg(argument);
            return false;
        }
    }
    if (options->playbook.isEmpty()) {
        *error = tr("the option --run-playbook needs a file name; write it as “--run-playbook FILE”.");
        return false;
    }
    return true;
}

namespace {

// Python's repr of a list of strings: ['a', 'b'].
QString pythonList(const QStringList &items)
{
    QStringList quoted;
    for (const QString &item : items)
        quoted.append(QLatin1Char('\'') + item + QLatin1Char('\''));
    return QLatin1Char('[') + quoted.join(QLatin1String(", ")) + QLatin1Char(']');
}

// ansible-playbook prints tags sorted and without repeats: [a, b].
QString tagList(QStringList tags)
{
    tags.removeDuplicates();
    tags.sort();
    return QLatin1Char('[') + tags.join(QLatin1String(", ")) + QLatin1Char(']');
}

// The tasks --list-tasks shows: blocks by their block: tasks (not rescue or
// always, as ansible-playbook), an include_tasks as itself.
void collectTasks(const QList<playbook::Task> &tasks, const playbook::TagFilter &filter, QList<playbook::Task> *out)
{
    for (const playbook::Task &task : tasks) {
        if (task.isBlock()) {
            collectTasks(task.block, filter, out);
            continue;
        }
        if (task.isRoleComplete())
            continue;
        if (filter.shouldRun(task.tags))
            out->append(task);
    }
}

void collectAllTags(const QList<playbook::Task> &tasks, const playbook::TagFilter &filter, QStringList *tags)
{
    for (const playbook::Task &task : tasks) {
        if (task.isBlock()) {
            collectAllTags(task.block, filter, tags);
        } else if (!task.isRoleComplete() && filter.shouldRun(task.tags)) {
            *tags += task.tags;
        }
    }
}

} // namespace

QString RunPlaybookCommand::listing(const playbook::Playbook &playbook, const inventory::Inventory &inventory,
                                    const Options &options, QString *warnings)
{
    const playbook::TagFilter filter(options.tags, options.skipTags);
    QStringList limited;
    bool hasLimit = !options.limit.isEmpty();
    if (options.limit.startsWith(QLatin1Char('@'))) {
        QFile file(options.limit.mid(1));
        if (file.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : file.readAll().split('\n')) {
                const QString host = QString::fromUtf8(line).trimmed();
                if (!host.isEmpty())
                    limited.append(host);
            }
        }
    } else if (hasLimit) {
        QString warning;
        limited = inventory.match(options.limit, &warning);
        if (!warning.isEmpty())
            *warnings += QLatin1String("[WARNING]: ") + warning + QLatin1Char('\n');
    }

    QString text = QLatin1String("\nplaybook: ") + playbook.path + QLatin1Char('\n');
    int number = 0;
    for (const playbook::Play &play : playbook.plays) {
        ++number;
        text += QStringLiteral("\n  play #%1 (%2): %3\tTAGS: %4\n")
                    .arg(number)
                    .arg(play.hosts, play.displayName(), tagList(play.tags));
        if (options.listHosts) {
            QString warning;
            QStringList hosts = inventory.match(play.hosts, &warning);
            if (!warning.isEmpty())
                *warnings += QLatin1String("[WARNING]: ") + warning + QLatin1Char('\n');
            if (hasLimit) {
                hosts.erase(std::remove_if(hosts.begin(), hosts.end(),
                                           [&](const QString &host) { return !limited.contains(host); }),
                            hosts.end());
            }
            QStringList patterns;
            for (const QString &pattern : play.hosts.split(QLatin1Char(',')))
                patterns.append(pattern.trimmed());
            text += QStringLiteral("    pattern: %1\n    hosts (%2):\n").arg(pythonList(patterns)).arg(hosts.size());
            for (const QString &host : std::as_const(hosts))
                text += QLatin1String("      ") + host + QLatin1Char('\n');
        }
        if (options.listTasks) {
            QList<playbook::Task> tasks;
            collectTasks(play.preTasks, filter, &tasks);
            collectTasks(play.tasks, filter, &tasks);
            collectTasks(play.postTasks, filter, &tasks);
            text += QLatin1String("    tasks:\n");
            for (const playbook::Task &task : std::as_const(tasks)) {
                // As ansible-playbook lists them: an unnamed task by its
                // action alone, a named include_role without its role.
                const QString name = task.name.isEmpty()           ? task.moduleAsWritten
                    : task.role.isValid() && !task.isIncludeRole() ? task.role.name + QLatin1String(" : ") + task.name
                                                                   : task.name;
                text += QStringLiteral("      %1\tTAGS: %2\n").arg(name, tagList(task.tags));
            }
        }
        if (options.listTags) {
            QStringList tags = play.tags;
            collectAllTags(play.preTasks, filter, &tags);
            collectAllTags(play.tasks, filter, &tags);
            collectAllTags(play.postTasks, filter, &tags);
            text += QStringLiteral("      TASK TAGS: %1\n").arg(tagList(tags));
        }
    }
    return text;
}

int RunPlaybookCommand::execute(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Options options;
    QString error;
    int exitCode = ExitCode::UsageError;
    if (!parseArguments(arguments, &options, &error, &exitCode)) {
        err << QLatin1String("antler: ") << error << QLatin1Char('\n');
        return exitCode;
    }

    // Everything is read and validated before any host is contacted.
    inventory::Inventory inventory;
    if (!options.inventory.isEmpty() && !inventory.load(options.inventory, &error)) {
        err << QLatin1String("antler: ") << error << QLatin1Char('\n');
        return ExitCode::InvalidInput;
    }
    for (const QString &host : inventory.hostNames()) {
        QString problem;
        inventory.connection(host, &problem);
        if (!problem.isEmpty()) {
            err << QLatin1String("antler: ") << problem << QLatin1Char('\n');
            return ExitCode::InvalidInput;
        }
    }
    playbook::Playbook playbook;
    QList<playbook::PlaybookError> errors;
    if (!playbook::PlaybookParser::parseFile(options.playbook, &playbook, &errors)) {
        for (const playbook::PlaybookError &problem : std::as_const(errors))
            err << QLatin1String("antler: ") << problem.toDisplayString() << QLatin1Char('\n');
        if (errors.size() > 1) {
            err << QLatin1String("antler: ")
                << tr("the playbook has %1 problems; fix them and run again, nothing was run.").arg(errors.size())
                << QLatin1Char('\n');
        }
        return ExitCode::InvalidInput;
    }
    if (options.syntaxCheck) {
        out << QLatin1String("\nplaybook: ") << options.playbook << QLatin1Char('\n');
        return ExitCode::Success;
    }
    if (options.limit.startsWith(QLatin1Char('@')) && !QFileInfo(options.limit.mid(1)).isReadable()) {
        err << QLatin1String("antler: ")
            << tr("cannot read the limit file %1; check the path after --limit @, or give a host pattern.")
                   .arg(options.limit.mid(1))
            << QLatin1Char('\n');
        return ExitCode::InvalidInput;
    }
    if (options.listTasks || options.listHosts || options.listTags) {
        QString warnings;
        out << listing(playbook, inventory, options, &warnings);
        if (!warnings.isEmpty())
            err << warnings;
        return ExitCode::Success;
    }

    if (options.inventory.isEmpty()) {
        err << QLatin1String("[WARNING]: ")
            << tr("no inventory was given with -i, so only the implicit localhost is available.") << QLatin1Char('\n');
    }
    playbook::Runner runner(playbook, inventory);
    runner.setForks(options.forks);
    runner.setExtraVariables(options.extraVariables);
    runner.setCheckMode(options.checkMode);
    runner.setDiffMode(options.diffMode);
    runner.setVerbosity(options.verbosity);
    runner.setTags(options.tags);
    runner.setSkipTags(options.skipTags);
    runner.setStartAtTask(options.startAtTask);
    runner.setLimit(options.limit);
    transport::HostConnectionOptions connection;
    connection.hostKeyPolicy = options.acceptNewHostKeys ? transport::ConnectionSettings::HostKeyPolicy::AcceptNew
                                                         : transport::ConnectionSettings::HostKeyPolicy::Strict;
    connection.passphraseProvider = askPassphrase;
    const transport::HostTransportFactory factory(connection);
    runner.setTransportFactory(
        [factory](const QString &host, const inventory::ConnectionInfo &info) { return factory.create(host, info); });

    playbook::ConsolePrinter console(&out, &err);
    console.setVerbosity(options.verbosity);
    playbook::JsonPrinter json(&out);
    playbook::JsonEventPrinter events(&out);
    QObject::connect(&runner, &playbook::Runner::event, &runner, [&](const playbook::PlaybookEvent &event) {
        if (options.json) {
            events.print(event);
        } else if (!options.jsonDocument) {
            console.print(event);
        } else {
            json.print(event);
            if (event.type == playbook::PlaybookEvent::Type::Warning)
                err << QLatin1String("[WARNING]: ") << event.text << QLatin1Char('\n');
        }
    });

    QEventLoop loop;
    QObject::connect(&runner, &playbook::Runner::finished, &loop, &QEventLoop::quit);
    std::unique_ptr<QSocketNotifier> interrupt;
    struct sigaction previous
    {
    };
    const bool handleInterrupt = ::socketpair(AF_UNIX, SOCK_STREAM, 0, interruptPipe) == 0;
    if (handleInterrupt) {
        interrupt = std::make_unique<QSocketNotifier>(interruptPipe[0], QSocketNotifier::Read);
        QObject::connect(interrupt.get(), &QSocketNotifier::activated, &runner, [&] {
            char byte = 0;
            [[maybe_unused]] const ssize_t got = ::read(interruptPipe[0], &byte, 1);
            interrupt->setEnabled(false);
            out.flush();
            err << QLatin1String("antler: ")
                << tr("interrupted; the running commands were stopped and nothing more runs.") << QLatin1Char('\n');
            runner.cancel();
        });
        struct sigaction action
        {
        };
        action.sa_handler = onInterrupt;
        sigemptyset(&action.sa_mask);
        ::sigaction(SIGINT, &action, &previous);
    }
    runner.start();
    if (!runner.isFinished())
        loop.exec();
    if (handleInterrupt) {
        ::sigaction(SIGINT, &previous, nullptr);
        interrupt.reset();
        ::close(interruptPipe[0]);
        ::close(interruptPipe[1]);
    }
    out.flush();
    err.flush();
    return runner.exitCode();
}

} // namespace antler::cli
