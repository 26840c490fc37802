#include "cli/HelpCommand.h"

#include "cli/ExitCode.h"

namespace antler::cli {

namespace {

constexpr int LineWidth = 80;
constexpr int TermIndent = 4;
constexpr int DescriptionColumn = 26;

// Fills words into lines of at most LineWidth columns; every line but the
// first starts at column indent. Translations differ in length, so the help
// text is wrapped here rather than by hand.
QString wrap(const QString &text, int firstColumn, int indent)
{
    QString result;
    int column = firstColumn;
    bool lineEmpty = true;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!lineEmpty && column + 1 + word.size() > LineWidth) {
            result += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            column = indent;
            lineEmpty = true;
        }
        if (!lineEmpty) {
            result += QLatin1Char(' ');
            ++column;
        }
        result += word;
        column += int(word.size());
        lineEmpty = false;
    }
    return result + QLatin1Char('\n');
}

QString paragraph(const QString &text, int indent = 2)
{
    return QString(indent, QLatin1Char(' ')) + wrap(text, indent, indent);
}

// "    --check               Report what would change ..."
QString row(const QString &term, const QString &description)
{
    QString line = QString(TermIndent, QLatin1Char(' ')) + term;
    if (line.size() >= DescriptionColumn) {
        line += QLatin1Char('\n');
        line += QString(DescriptionColumn, QLatin1Char(' '));
    } else {
        line = line.leftJustified(DescriptionColumn, QLatin1Char(' '));
    }
    return line + wrap(description, DescriptionColumn, DescriptionColumn);
}

QString literal(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

HelpCommand::HelpCommand()
    : Command(QStringLiteral("help"), summary(QStringLiteral("help")))
{
}

int HelpCommand::execute(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString topic = arguments.value(0);
    if (arguments.size() > 1 || (!topic.isEmpty() && !topics().contains(topic))) {
        err << QLatin1String("antler: ")
            << tr("there is no help on “%1”; ask for one of: %2.")
                   .arg(arguments.join(QLatin1Char(' ')), topics().join(QLatin1String(", ")))
            << QLatin1Char('\n');
        return ExitCode::UsageError;
    }
    out << text(topic);
    return ExitCode::Success;
}

QStringList HelpCommand::topics()
{
    return {QStringLiteral("window"), QStringLiteral("run-playbook"), QStringLiteral("pipeline"),
            QStringLiteral("status")};
}

QString HelpCommand::summary(const QString &topic)
{
    if (topic == QLatin1String("help")) {
        return tr("Show this help; “antler help TOPIC” shows one part: window, run-playbook, pipeline "
                  "or status.");
    }
    if (topic == QLatin1String("version"))
        return tr("Show the version, the commit and the build time.");
    if (topic == QLatin1String("window")) {
        return tr("Opens the control panel, which shows the stages of the pipeline.");
    }
    if (topic == QLatin1String("run-playbook")) {
        return tr("Runs an Ansible-compatible YAML playbook over SSH, printing each task as it runs and "
                  "a recap per host at the end. It takes ansible-playbook's flags and exits with its "
                  "codes.");
    }
    if (topic == QLatin1String("pipeline")) {
        return tr("Builds the images, rolls them out, and moves a release from stage to stage; every "
                  "step is recorded.");
    }
    if (topic == QLatin1String("status")) {
        return tr("Shows the live health of every stage: the same probes and host metrics the charts "
                  "show.");
    }
    return {};
}

QString HelpCommand::text(const QString &topic)
{
    const QString window = tr("Window:") + QLatin1Char('\n') + literal("  antler [--config FILE]\n")
        + paragraph(summary(QStringLiteral("window")), 4)
        + row(literal("--config FILE"), tr("Read the pipeline from FILE (see Configuration)."));

    const QString playbook = tr("Running playbooks:") + QLatin1Char('\n')
        + literal("  antler --run-playbook FILE [-i INVENTORY] [-e K=V|@file]... [--check] [--diff]\n"
                  "         [--limit PATTERN] [--tags T] [--skip-tags T] [--forks N]\n"
                  "         [--start-at-task NAME] [--syntax-check] [--list-tasks] [--json] [-v...]\n"
                  "         [--list-hosts] [--list-tags]\n")
        + paragraph(summary(QStringLiteral("run-playbook")), 4)
        + row(literal("-i INVENTORY"),
              tr("Inventory file, or a comma-separated list of hosts such as host1,host2, (note the "
                 "trailing comma)."))
        + row(literal("-e K=V|@file"),
              tr("Set extra variables: key=value words (quote values with spaces), a YAML or JSON "
                 "file after @, or inline JSON/YAML such as '{\"n\": 1}'; may be repeated, later wins."))
        + row(literal("--check"), tr("Report what would change without changing anything (also -C)."))
        + row(literal("--diff"), tr("Show the changes made to files and templates (also -D)."))
        + row(literal("--limit PATTERN"),
              tr("Run only on the hosts that match PATTERN (a:b, a:&b, a:!b, globs), or on the hosts "
                 "listed in a retry file given as @FILE (also -l)."))
        + row(literal("--tags T"),
              tr("Run only the tasks tagged with one of T (comma-separated, may be repeated; always, "
                 "never, tagged, untagged and all work as in Ansible; also -t)."))
        + row(literal("--skip-tags T"), tr("Skip the tasks tagged with one of T (comma-separated)."))
        + row(literal("--forks N"), tr("Work on up to N hosts at once (default 5; also -f)."))
        + row(literal("--start-at-task NAME"), tr("Start at the first task called NAME."))
        + row(literal("--syntax-check"),
              tr("Validate the playbook and everything it imports, print its name, then exit."))
        + row(literal("--list-tasks"), tr("List the tasks that would run, with their tags, then exit."))
        + row(literal("--list-hosts"), tr("List the hosts each play would run on, then exit."))
        + row(literal("--list-tags"), tr("List the tags of each play's tasks, then exit."))
        + row(literal("--json"),
              tr("Print the run as it happens as JSON Lines: one object per event (play and task "
                 "starts, live output, each host's result, the recap)."))
        + row(literal("--json-document"),
              tr("Print one JSON document at the end, shaped like ansible-playbook's json callback."))
        + row(literal("--accept-new-host-keys"),
              tr("Trust and remember the key of a host not yet in known_hosts, as OpenSSH's "
                 "accept-new; without it such hosts are refused. A changed key is always refused."))
        + row(literal("-v..."), tr("Print more details; repeat for more, as in -vvv."));

    const QString pipeline = tr("Pipeline:") + QLatin1Char('\n')
        + literal("  antler pipeline build|deploy STAGE|promote FROM TO|rollback STAGE|\n"
                  "                  history|status [--config FILE] [--json]\n"
                  "  antler pipeline build [--moosefacts FILE] [--frontend DIR] [--facts FILE]\n"
                  "  antler pipeline deploy STAGE [--digest DIGEST]\n"
                  "  antler pipeline promote FROM TO [--yes]\n"
                  "  antler pipeline rollback STAGE [--reason TEXT]\n"
                  "  antler pipeline pin STAGE [--reason TEXT] | unpin STAGE | stop STAGE\n"
                  "  antler pipeline history [--stage STAGE] [--limit N] | status\n")
        + paragraph(tr("every one takes [--config FILE] [--json]"), 6)
        + paragraph(summary(QStringLiteral("pipeline")), 4)
        + row(literal("build"),
              tr("Build the app into an immutable release named by its sha256 digest: images on the target, "
                 "or an artifact folder for the local runtime."))
        + row(literal("deploy STAGE"),
              tr("Roll the newest build (or --digest) out to STAGE; if it is not healthy within the stage's "
                 "rollout timeout, STAGE goes back to its previous release automatically."))
        + row(literal("promote FROM TO"),
              tr("Move the exact digest that runs in FROM to TO, if FROM is healthy and soaked; stages that ask "
                 "for confirmation need --yes."))
        + row(literal("rollback STAGE"),
              tr("Put STAGE back on its previous release and pin it there, recording --reason."))
        + row(literal("pin, unpin STAGE"), tr("Refuse, or allow again, deploys and promotions to STAGE."))
        + row(literal("stop STAGE"), tr("Stop the stage's workload."))
        + row(literal("history"), tr("List every build, rollout, promotion and rollback, newest first."))
        + row(literal("status"), tr("Show which release each stage runs, drift from the history, and pins."))
        + row(literal("--config FILE"), tr("Read the pipeline from FILE (see Configuration)."))
        + row(literal("--json"), tr("Print the results as JSON."))
        + paragraph(tr("Progress goes to standard error, the result to standard output. It exits with 0 on "
                       "success, 2 when a build or rollout failed, 3 for an unknown stage or digest or an "
                       "error in the configuration, 6 when a gate or pin refused the operation (nothing "
                       "changed) and 7 when a rollout failed and the stage was rolled back."),
                    4);

    const QString status = tr("Health:") + QLatin1Char('\n') + literal("  antler status [--json] [--watch]\n")
        + paragraph(summary(QStringLiteral("status")), 4) + row(literal("--json"), tr("Print the results as JSON."))
        + row(literal("--watch"), tr("Keep printing updates until interrupted."))
        + row(literal("--config FILE"), tr("Read the pipeline from FILE (see Configuration)."))
        + paragraph(tr("It exits with 0 when every stage is up, 2 when a stage is down and 3 when "
                       "none is down but one is degraded or not known yet. One-shot status has no "
                       "history, so one failed probe counts as down."),
                    4);

    if (topic == QLatin1String("window"))
        return window;
    if (topic == QLatin1String("run-playbook"))
        return playbook;
    if (topic == QLatin1String("pipeline"))
        return pipeline;
    if (topic == QLatin1String("status"))
        return status;
    if (!topic.isEmpty())
        return {};

    const QString usage = tr("Usage:") + QLatin1Char('\n')
        + literal("  antler [--config FILE]\n"
                  "  antler --run-playbook FILE [OPTIONS]\n"
                  "  antler pipeline COMMAND [--config FILE] [--json]\n"
                  "  antler status [--json] [--watch]\n"
                  "  antler help [TOPIC] | --help | --version\n");

    const QString exitCodes = tr("Exit codes:") + QLatin1Char('\n') + row(literal("0"), tr("Success."))
        + row(literal("1"), tr("An error.")) + row(literal("2"), tr("A host failed."))
        + row(literal("3"),
              tr("The playbook or the inventory has an error, which is printed as FILE:LINE:COLUMN; "
                 "no host was contacted."))
        + row(literal("4"), tr("A host was unreachable.")) + row(literal("5"), tr("Invalid options."))
        + row(literal("6"), tr("Pipeline: a promotion gate or a pin refused the operation; nothing changed."))
        + row(literal("7"), tr("Pipeline: the rollout failed and the stage was rolled back to its previous release."))
        + row(QString::number(ExitCode::NotAvailable), tr("The mode is not available in this build yet."))
        + row(literal("99"), tr("Interrupted.")) + row(literal("250"), tr("An unexpected error."));

    const QString other = tr("Other:") + QLatin1Char('\n') + row(literal("-h, --help"), summary(QStringLiteral("help")))
        + row(literal("--version"), summary(QStringLiteral("version")));

    const QString configuration = tr("Configuration:") + QLatin1Char('\n')
        + paragraph(tr("The pipeline is read from the first of: the file given with --config FILE; "
                       "$XDG_CONFIG_HOME/antler/antler.yaml (usually ~/.config/antler/antler.yaml); "
                       "antler/antler.yaml in $XDG_CONFIG_DIRS (usually /etc/xdg); the built-in "
                       "Local profile, which runs all three stages on this machine."));

    const QString blank = QStringLiteral("\n");
    return usage + blank
        + paragraph(tr("Antler takes a Raspberry Pi, or any Debian-like host, from a bare system to a "
                       "monitored test, staging and production pipeline. Without arguments it opens "
                       "its window; with --run-playbook, pipeline or status it runs headless and "
                       "needs no display."))
        + blank
        + paragraph(tr("This build opens the window, reports the health of every stage, and runs "
                       "playbooks with the command, shell, raw, ping and debug modules; --check, "
                       "--diff, --limit, --tags, --skip-tags, --start-at-task and --list-tasks arrive "
                       "with the full engine. The pipeline builds, rolls out, promotes and "
                       "rolls back with the local runtime on this machine."))
        + blank + window + blank + playbook + blank + pipeline + blank + status + blank + exitCodes + blank + other
        + blank + configuration;
}

} // namespace antler::cli
