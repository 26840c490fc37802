#include "cli/RunPlaybookCommand.h"

#include "cli/CommandArguments.h"
#include "cli/ExitCode.h"
#include "cli/ExtraVariables.h"
#include "cli/InterruptWatcher.h"
#include "cli/PlaybookListing.h"
#include "cli/TerminalPassphrasePrompt.h"
#include "inventory/Inventory.h"
#include "playbook/AnsibleConfig.h"
#include "playbook/ConsolePrinter.h"
#include "playbook/HostLimit.h"
#include "playbook/JsonEventPrinter.h"
#include "playbook/JsonPrinter.h"
#include "playbook/PlaybookParser.h"
#include "playbook/Runner.h"
#include "playbook/TagFilter.h"
#include "playbook/modules/ModuleRegistry.h"
#include "transport/HostTransportFactory.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcessEnvironment>

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

} // namespace

RunPlaybookCommand::RunPlaybookCommand()
    : Command(declaration())
{
}

CommandSpec RunPlaybookCommand::declaration()
{
    using Option = CommandSpec::Option;
    using Repeat = Option::Repeat;
    using Completion = CommandSpec::Completion;
    auto flag = [](QStringList names, const QString &description) {
        return Option {std::move(names), {}, description};
    };
    CommandSpec spec;
    spec.name = QStringLiteral("run-playbook");
    spec.invocation = CommandSpec::Invocation::Switch;
    spec.title = tr("Running playbooks");
    spec.summary = tr("Runs an Ansible-compatible YAML playbook over SSH, printing each task as it runs and a recap "
                      "per host at the end. It takes ansible-playbook's flags, before or after the playbook, and "
                      "exits with its codes.");
    spec.arguments = {{QStringLiteral("FILE"), {}, Completion::Playbook}};
    spec.options = {
        {{QStringLiteral("i"), QStringLiteral("inventory"), QStringLiteral("inventory-file")},
         QStringLiteral("INVENTORY"),
         tr("Inventory file, or a comma-separated list of hosts such as host1,host2, (note the trailing comma)."),
         Repeat::Once,
         false,
         Completion::File},
        {{QStringLiteral("e"), QStringLiteral("extra-vars")},
         QStringLiteral("K=V|@file"),
         tr("Set extra variables: key=value words (quote values with spaces), a YAML or JSON file after @, or "
            "inline JSON/YAML such as '{\"n\": 1}'; may be repeated, later wins."),
         Repeat::Repeated},
        flag({QStringLiteral("check"), QStringLiteral("C")}, tr("Report what would change without changing anything.")),
        flag({QStringLiteral("diff"), QStringLiteral("D")}, tr("Show the changes made to files and templates.")),
        {{QStringLiteral("limit"), QStringLiteral("l")},
         QStringLiteral("PATTERN"),
         tr("Run only on the hosts that match PATTERN (a:b, a:&b, a:!b, globs), or on the hosts listed in a retry "
            "file given as @FILE; repeated, it runs on their union.")},
        {{QStringLiteral("tags"), QStringLiteral("t")},
         QStringLiteral("T"),
         tr("Run only the tasks tagged with one of T (comma-separated, may be repeated; always, never, tagged, "
            "untagged and all work as in Ansible).")},
        {{QStringLiteral("skip-tags")},
         QStringLiteral("T"),
         tr("Skip the tasks tagged with one of T (comma-separated, may be repeated).")},
        {{QStringLiteral("forks"), QStringLiteral("f")},
         QStringLiteral("N"),
         tr("Work on up to N hosts at once (default 5).")},
        {{QStringLiteral("start-at-task")}, QStringLiteral("NAME"), tr("Start at the first task called NAME.")},
        flag({QStringLiteral("syntax-check")},
             tr("Validate the playbook and everything it imports, print its name, then exit.")),
        flag({QStringLiteral("list-tasks")}, tr("List the tasks that would run, with their tags, then exit.")),
        flag({QStringLiteral("json")},
             tr("Print the run as it happens as JSON Lines: one object per event (play and task starts, live "
                "output, each host's result, the recap).")),
        {{QStringLiteral("v"), QStringLiteral("verbose")},
         {},
         tr("Print more details; repeat for more, as in -vvv."),
         Repeat::Counted},
        flag({QStringLiteral("list-hosts")}, tr("List the hosts each play would run on, then exit.")),
        flag({QStringLiteral("list-tags")}, tr("List the tags of each play's tasks, then exit.")),
        flag({QStringLiteral("json-document")},
             tr("Print one JSON document at the end, shaped like ansible-playbook's json callback.")),
        flag({QStringLiteral("accept-new-host-keys")},
             tr("Trust and remember the key of a host not yet in known_hosts, as OpenSSH's accept-new; without it "
                "such hosts are refused. A changed key is always refused.")),
    };
    spec.notes = {
        tr("Modules: %1.").arg(playbook::ModuleRegistry::instance().names().join(QLatin1String(", "))),
        tr("Not taken, because the inventory (ansible_user, ansible_become, ansible_become_password, "
           "ansible_ssh_private_key_file) or the playbook says the same: %1.")
            .arg(refusedFlags().join(QLatin1String(", "))),
    };
    return spec;
}

bool RunPlaybookCommand::parseArguments(const QStringList &arguments, Options *options, QString *error, int *exitCode)
{
    *exitCode = ExitCode::UsageError;
    for (const QString &argument : arguments) {
        const QString name = argument.section(QLatin1Char('='), 0, 0);
        if (refusedFlags().contains(name)) {
            *error = tr("%1 is not supported by Antler; set the same in the inventory (ansible_user, "
                        "ansible_become, ansible_become_password, ansible_ssh_private_key_file) or in "
                        "the playbook instead.")
                         .arg(name);
            return false;
        }
    }
    CommandArguments parsed(declaration());
    if (!parsed.parse(arguments, error))
        return false;

    const QStringList files = parsed.positional();
    if (files.isEmpty()) {
        *error = tr("the option --run-playbook needs a value; write it as “--run-playbook FILE”.");
        return false;
    }
    if (files.size() > 1) {
        *error = tr("antler runs one playbook at a time, but got %1; import the others from one playbook with "
                    "import_playbook.")
                     .arg(files.join(QLatin1String(", ")));
        return false;
    }
    options->playbook = files.constFirst();

    const QStringList inventories = parsed.values(QStringLiteral("i"));
    if (inventories.size() > 1) {
        *error = tr("only one -i is supported in this version; merge the inventories into one file or folder.");
        return false;
    }
    options->inventory = inventories.value(0);
    for (const QString &text : parsed.values(QStringLiteral("e"))) {
        if (!ExtraVariables::parse(text, &options->extraVariables, error))
            return false;
    }
    options->forksGiven = parsed.isSet(QStringLiteral("forks"));
    if (parsed.isSet(QStringLiteral("forks"))) {
        const QString value = parsed.value(QStringLiteral("forks"));
        bool ok = false;
        options->forks = value.toInt(&ok);
        if (!ok || options->forks < 1) {
            *error
                = tr("--forks takes a whole number of at least 1, not “%1”; write for example --forks 5.").arg(value);
            return false;
        }
    }
    // Several --limit options narrow to their union, as in Ansible.
    options->limit = parsed.values(QStringLiteral("limit")).join(QLatin1Char(':'));
    options->tags = playbook::TagFilter::split(parsed.values(QStringLiteral("tags")));
    options->skipTags = playbook::TagFilter::split(parsed.values(QStringLiteral("skip-tags")));
    options->startAtTask = parsed.value(QStringLiteral("start-at-task"));
    options->checkMode = parsed.isSet(QStringLiteral("check"));
    options->diffMode = parsed.isSet(QStringLiteral("diff"));
    options->listTasks = parsed.isSet(QStringLiteral("list-tasks"));
    options->listHosts = parsed.isSet(QStringLiteral("list-hosts"));
    options->listTags = parsed.isSet(QStringLiteral("list-tags"));
    options->acceptNewHostKeys = parsed.isSet(QStringLiteral("accept-new-host-keys"));
    options->json = parsed.isSet(QStringLiteral("json"));
    options->jsonDocument = parsed.isSet(QStringLiteral("json-document"));
    options->syntaxCheck = parsed.isSet(QStringLiteral("syntax-check"));
    options->verbosity = parsed.count(QStringLiteral("v"));
    return true;
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

    // ansible.cfg, found as ansible-playbook finds it: its roles_path,
    // inventory, remote_user, forks and become; the command line wins.
    playbook::AnsibleConfig config;
    const QString configPath
        = playbook::AnsibleConfig::find(QProcessEnvironment::systemEnvironment(), QDir::currentPath());
    if (!configPath.isEmpty() && !config.read(configPath, &error)) {
        err << QLatin1String("antler: ") << error << QLatin1Char('\n');
        return ExitCode::InvalidInput;
    }
    if (options.inventory.isEmpty())
        options.inventory = config.inventory;
    if (!options.forksGiven && config.forks > 0)
        options.forks = config.forks;

    // Everything is read and validated before any host is contacted.
    inventory::Inventory inventory;
    if (!options.inventory.isEmpty() && !inventory.load(options.inventory, &error)) {
        err << QLatin1String("antler: ") << error << QLatin1Char('\n');
        return ExitCode::InvalidInput;
    }
    inventory.setConnectionDefaults(config.remoteUser, config.become.value_or(false), config.becomeUser);
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
    if (!playbook::PlaybookParser::parseFile(options.playbook, &playbook, &errors, config.rolesPath)) {
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
    if (QString limitError; !playbook::HostLimit::check(options.limit, &limitError)) {
        err << QLatin1String("antler: ") << limitError << QLatin1Char('\n');
        return ExitCode::InvalidInput;
    }
    if (options.listTasks || options.listHosts || options.listTags) {
        QString warnings;
        PlaybookListing::Request request;
        request.limit = options.limit;
        request.tags = options.tags;
        request.skipTags = options.skipTags;
        request.hosts = options.listHosts;
        request.tasks = options.listTasks;
        request.tagList = options.listTags;
        out << PlaybookListing::text(playbook, inventory, request, &warnings);
        if (!warnings.isEmpty())
            err << warnings;
        return ExitCode::Success;
    }

    if (options.inventory.isEmpty()) {
        err << QLatin1String("[WARNING]: ")
            << tr("no inventory was given with -i, so only the implicit localhost is available.") << QLatin1Char('\n');
    }
    playbook::Runner runner(playbook, inventory);
    runner.setOptions(options);
    transport::HostConnectionOptions connection;
    connection.hostKeyPolicy = options.acceptNewHostKeys ? transport::ConnectionSettings::HostKeyPolicy::AcceptNew
                                                         : transport::ConnectionSettings::HostKeyPolicy::Strict;
    connection.passphraseProvider = &TerminalPassphrasePrompt::ask;
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
    // Ctrl-C stops the running commands; the recap is still printed.
    InterruptWatcher interrupt;
    bool interrupted = false;
    QObject::connect(&interrupt, &InterruptWatcher::interrupted, &runner, [&] {
        if (interrupted)
            return;
        interrupted = true;
        out.flush();
        err << QLatin1String("antler: ") << tr("interrupted; the running commands were stopped and nothing more runs.")
            << QLatin1Char('\n');
        runner.cancel();
    });
    runner.start();
    if (!runner.isFinished())
        loop.exec();
    out.flush();
    err.flush();
    return runner.exitCode();
}

} // namespace antler::cli
