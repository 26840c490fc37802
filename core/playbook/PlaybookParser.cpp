#include "playbook/PlaybookParser.h"

#include "playbook/ShellWords.h"
#include "playbook/YamlValue.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace antler::playbook {

namespace {

const QString BuiltinPrefix = QStringLiteral("ansible.builtin.");
const QString LegacyPrefix = QStringLiteral("ansible.legacy.");

// Play keywords ansible-playbook knows that this version does not run yet:
// refused by name, so the user learns it is a missing feature, not a typo.
const QStringList &laterPlayKeywords()
{
    static const QStringList keywords = {
        QStringLiteral("pre_tasks"),      QStringLiteral("post_tasks"),    QStringLiteral("handlers"),
        QStringLiteral("roles"),          QStringLiteral("vars_files"),    QStringLiteral("vars_prompt"),
        QStringLiteral("serial"),         QStringLiteral("strategy"),      QStringLiteral("any_errors_fatal"),
        QStringLiteral("max_fail_percentage"), QStringLiteral("connection"), QStringLiteral("remote_user"),
        QStringLiteral("port"),           QStringLiteral("environment"),   QStringLiteral("tags"),
        QStringLiteral("when"),           QStringLiteral("collections"),   QStringLiteral("module_defaults"),
        QStringLiteral("become_method"),  QStringLiteral("become_flags"),  QStringLiteral("check_mode"),
        QStringLiteral("diff"),           QStringLiteral("ignore_errors"), QStringLiteral("ignore_unreachable"),
        QStringLiteral("no_log"),         QStringLiteral("order"),         QStringLiteral("run_once"),
        QStringLiteral("throttle"),       QStringLiteral("timeout"),       QStringLiteral("force_handlers"),
        QStringLiteral("gather_subset"),  QStringLiteral("gather_timeout"), QStringLiteral("fact_path"),
        QStringLiteral("import_playbook"), QStringLiteral("debugger"),
    };
    return keywords;
}

const QStringList &laterTaskKeywords()
{
    static const QStringList keywords = {
        QStringLiteral("when"),         QStringLiteral("loop"),          QStringLiteral("loop_control"),
        QStringLiteral("with_items"),   QStringLiteral("with_dict"),     QStringLiteral("with_list"),
        QStringLiteral("with_fileglob"), QStringLiteral("with_together"), QStringLiteral("with_sequence"),
        QStringLiteral("notify"),       QStringLiteral("listen"),        QStringLiteral("tags"),
        QStringLiteral("vars"),         QStringLiteral("environment"),   QStringLiteral("failed_when"),
        QStringLiteral("until"),        QStringLiteral("retries"),       QStringLiteral("delay"),
        QStringLiteral("no_log"),       QStringLiteral("check_mode"),    QStringLiteral("diff"),
        QStringLiteral("delegate_to"),  QStringLiteral("delegate_facts"), QStringLiteral("local_action"),
        QStringLiteral("run_once"),     QStringLiteral("block"),         QStringLiteral("rescue"),
        QStringLiteral("always"),       QStringLiteral("become_method"), QStringLiteral("become_flags"),
        QStringLiteral("any_errors_fatal"), QStringLiteral("async"),     QStringLiteral("poll"),
        QStringLiteral("throttle"),     QStringLiteral("timeout"),       QStringLiteral("connection"),
        QStringLiteral("remote_user"),  QStringLiteral("ignore_unreachable"), QStringLiteral("debugger"),
        QStringLiteral("module_defaults"), QStringLiteral("collections"),
    };
    return keywords;
}

// Modules ansible-playbook has that arrive with the full engine.
const QStringList &laterModules()
{
    static const QStringList modules = {
        QStringLiteral("script"),       QStringLiteral("set_fact"),      QStringLiteral("assert"),
        QStringLiteral("fail"),         QStringLiteral("pause"),         QStringLiteral("copy"),
        QStringLiteral("template"),     QStringLiteral("file"),          QStringLiteral("lineinfile"),
        QStringLiteral("blockinfile"),  QStringLiteral("replace"),       QStringLiteral("stat"),
        QStringLiteral("slurp"),        QStringLiteral("fetch"),         QStringLiteral("get_url"),
        QStringLiteral("uri"),          QStringLiteral("apt"),           QStringLiteral("apt_repository"),
        QStringLiteral("deb822_repository"), QStringLiteral("service"),  QStringLiteral("systemd"),
        QStringLiteral("systemd_service"), QStringLiteral("user"),       QStringLiteral("group"),
        QStringLiteral("reboot"),       QStringLiteral("wait_for"),      QStringLiteral("wait_for_connection"),
        QStringLiteral("unarchive"),    QStringLiteral("sysctl"),        QStringLiteral("hostname"),
        QStringLiteral("cron"),         QStringLiteral("include_tasks"), QStringLiteral("import_tasks"),
        QStringLiteral("include_role"), QStringLiteral("import_role"),   QStringLiteral("include_vars"),
        QStringLiteral("meta"),         QStringLiteral("setup"),         QStringLiteral("gather_facts"),
        QStringLiteral("package"),      QStringLiteral("pip"),           QStringLiteral("git"),
        QStringLiteral("add_host"),     QStringLiteral("group_by"),      QStringLiteral("find"),
        QStringLiteral("known_hosts"),  QStringLiteral("expect"),        QStringLiteral("dnf"),
        QStringLiteral("yum"),          QStringLiteral("tempfile"),      QStringLiteral("synchronize"),
    };
    return modules;
}

const QStringList &playKeywords()
{
    static const QStringList keywords = {QStringLiteral("name"),        QStringLiteral("hosts"),
                                         QStringLiteral("gather_facts"), QStringLiteral("become"),
                                         QStringLiteral("become_user"), QStringLiteral("vars"),
                                         QStringLiteral("tasks")};
    return keywords;
}

const QStringList &taskKeywords()
{
    static const QStringList keywords = {QStringLiteral("name"),         QStringLiteral("register"),
                                         QStringLiteral("ignore_errors"), QStringLiteral("changed_when"),
                                         QStringLiteral("become"),       QStringLiteral("become_user"),
                                         QStringLiteral("args")};
    return keywords;
}

struct Entry
{
    QString key;
    YAML::Node keyNode;
    YAML::Node value;
};

QString tr(const char *text)
{
    return PlaybookParser::tr(text);
}

// Validates one document, recording every problem instead of stopping at the
// first, and builds the Playbook as it goes.
class Reader
{
public:
    Reader(const QByteArray &data, const QString &sourceName, QList<PlaybookError> *errors)
        : m_sourceName(sourceName)
        , m_errors(errors)
    {
        for (const QByteArray &line : data.split('\n')) {
            QString text = QString::fromUtf8(line);
            if (text.endsWith(QLatin1Char('\r')))
                text.chop(1);
            m_lines.append(text);
        }
    }

    int errorCount() const { return int(m_errors->size()); }

    void fail(const YAML::Mark &mark, const QString &message)
    {
        if (mark.is_null() || mark.line < 0) {
            m_errors->append(PlaybookError(SourceLocation(m_sourceName, 0, 0), message));
            return;
        }
        m_errors->append(PlaybookError(location(mark), message, m_lines.value(mark.line)));
    }

    SourceLocation location(const YAML::Mark &mark) const
    {
        return SourceLocation(m_sourceName, mark.line + 1, mark.column + 1);
    }

    // Null nodes carry no position in yaml-cpp; the key's is the next best.
    static YAML::Mark markOf(const Entry &entry)
    {
        const YAML::Mark mark = entry.value.Mark();
        return entry.value.IsNull() || mark.is_null() || mark.line < 0 ? entry.keyNode.Mark() : mark;
    }

    // The entries of a mapping in order; duplicate keys are reported and
    // only the first is kept.
    QList<Entry> entries(const YAML::Node &map)
    {
        QList<Entry> result;
        QHash<QString, int> lines;
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (!it->first.IsScalar()) {
                fail(it->first.Mark(), tr("a key must be a plain word, not a list or mapping; write "
                                          "it as “name: value”."));
                continue;
            }
            const QString key = YamlValue::fromStd(it->first.Scalar());
            if (const auto first = lines.constFind(key); first != lines.cend()) {
                fail(it->first.Mark(), tr("the key “%1” appears twice, first on line %2; keep only one "
                                          "of them.")
                                           .arg(key)
                                           .arg(*first));
                continue;
            }
            lines.insert(key, it->first.Mark().line + 1);
            result.append(Entry{key, it->first, it->second});
        }
        return result;
    }

    bool text(const Entry &entry, QString *out)
    {
        if (entry.value.IsNull()) {
            fail(entry.keyNode.Mark(), tr("“%1” has no value; write its value after the colon.")
                                           .arg(entry.key));
            return false;
        }
        if (!entry.value.IsScalar()) {
            fail(markOf(entry), tr("the value of “%1” must be text, not a list or a mapping; write it "
                                   "on the same line as the key.")
                                    .arg(entry.key));
            return false;
        }
        *out = YamlValue::fromStd(entry.value.Scalar());
        return true;
    }

    bool boolean(const Entry &entry, bool *out)
    {
        if (entry.value.IsScalar() && YamlValue::parseBool(YamlValue::fromStd(entry.value.Scalar()), out))
            return true;
        const QString written = entry.value.IsScalar() ? YamlValue::fromStd(entry.value.Scalar()) : QString();
        if (written.contains(QLatin1String("{{"))) {
            fail(markOf(entry), tr("“%1” takes a literal true or false in this version, not a template; "
                                   "write true or false.")
                                    .arg(entry.key));
        } else {
            fail(markOf(entry), tr("“%1” must be true or false; write one of them.").arg(entry.key));
        }
        return false;
    }

    void read(const YAML::Node &root, Playbook *playbook)
    {
        if (!root.IsDefined() || root.IsNull()) {
            fail(YAML::Mark::null_mark(), tr("the playbook is empty; write a list of plays, each starting with "
                                  "“- hosts:”."));
            return;
        }
        if (!root.IsSequence()) {
            fail(root.Mark(), tr("a playbook must be a list of plays; start each play with “- hosts:” "
                                 "and indent its keys below."));
            return;
        }
        for (const YAML::Node &node : root) {
            Play play;
            if (readPlay(node, &play))
                playbook->plays.append(play);
        }
        if (root.size() == 0)
            fail(root.Mark(), tr("the playbook has no plays; add one starting with “- hosts:”."));
    }

private:
    bool readPlay(const YAML::Node &node, Play *play)
    {
        const int before = errorCount();
        if (!node.IsMap()) {
            fail(node.Mark(), tr("a play must be a mapping of keywords; write it as “- hosts: all” "
                                 "followed by its name and tasks."));
            return false;
        }
        play->location = location(node.Mark());
        bool hasHosts = false;
        for (const Entry &entry : entries(node)) {
            const QString &key = entry.key;
            if (key == QLatin1String("name")) {
                text(entry, &play->name);
            } else if (key == QLatin1String("hosts")) {
                hasHosts = true;
                readHosts(entry, &play->hosts);
            } else if (key == QLatin1String("gather_facts")) {
                boolean(entry, &play->gatherFacts);
            } else if (key == QLatin1String("become")) {
                bool value = false;
                if (boolean(entry, &value))
                    play->become = value;
            } else if (key == QLatin1String("become_user")) {
                text(entry, &play->becomeUser);
            } else if (key == QLatin1String("vars")) {
                readVars(entry, &play->vars);
            } else if (key == QLatin1String("tasks")) {
                readTasks(entry, &play->tasks);
            } else if (laterPlayKeywords().contains(key)) {
                fail(entry.keyNode.Mark(), tr("the play keyword “%1” is not supported by this version "
                                              "of Antler yet; remove it, or run this playbook with "
                                              "ansible-playbook until the full engine arrives.")
                                               .arg(key));
            } else {
                fail(entry.keyNode.Mark(), tr("“%1” is not a play keyword; use one of: %2.")
                                               .arg(key, playKeywords().join(QLatin1String(", "))));
            }
        }
        if (!hasHosts) {
            fail(node.Mark(), tr("this play has no “hosts”; add “hosts:” with an inventory pattern "
                                 "such as all or a group name."));
        }
        return errorCount() == before;
    }

    void readHosts(const Entry &entry, QString *hosts)
    {
        if (entry.value.IsSequence()) {
            QStringList patterns;
            for (const YAML::Node &item : entry.value) {
                if (!item.IsScalar()) {
                    fail(item.Mark(), tr("each entry of “hosts” must be a host or group name; write "
                                         "one pattern per entry."));
                    return;
                }
                patterns.append(YamlValue::fromStd(item.Scalar()));
            }
            *hosts = patterns.join(QLatin1Char(','));
        } else if (text(entry, hosts) && hosts->trimmed().isEmpty()) {
            fail(markOf(entry), tr("“hosts” is empty; name a host, a group or all."));
        }
    }

    void readVars(const Entry &entry, QVariantMap *vars)
    {
        if (entry.value.IsNull())
            return;
        if (!entry.value.IsMap()) {
            fail(markOf(entry), tr("“vars” must be a mapping of names to values; write one “name: "
                                   "value” per line below it."));
            return;
        }
        static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        for (const Entry &var : entries(entry.value)) {
            if (!identifier.match(var.key).hasMatch()) {
                fail(var.keyNode.Mark(), tr("“%1” is not a valid variable name; use letters, digits "
                                            "and underscores, not starting with a digit.")
                                             .arg(var.key));
                continue;
            }
            vars->insert(var.key, YamlValue::toVariant(var.value));
        }
    }

    void readTasks(const Entry &entry, QList<Task> *tasks)
    {
        if (entry.value.IsNull())
            return;
        if (!entry.value.IsSequence()) {
            fail(markOf(entry), tr("“tasks” must be a list; start each task with “- name:”."));
            return;
        }
        for (const YAML::Node &node : entry.value) {
            Task task;
            if (readTask(node, &task))
                tasks->append(task);
        }
    }

    bool readTask(const YAML::Node &node, Task *task)
    {
        const int before = errorCount();
        if (!node.IsMap()) {
            fail(node.Mark(), tr("a task must be a mapping; write it as “- name: …” followed by one "
                                 "module such as “command: …”."));
            return false;
        }
        task->location = location(node.Mark());
        const QStringList supported = PlaybookParser::supportedModules();
        std::optional<Entry> module;
        std::optional<Entry> args;
        for (const Entry &entry : entries(node)) {
            const QString &key = entry.key;
            const QString shortName = PlaybookParser::shortModuleName(key);
            if (key == QLatin1String("name")) {
                text(entry, &task->name);
            } else if (key == QLatin1String("register")) {
                static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
                if (text(entry, &task->registerAs) && !identifier.match(task->registerAs).hasMatch()) {
                    fail(markOf(entry), tr("“%1” is not a valid variable name for “register”; use "
                                           "letters, digits and underscores.")
                                            .arg(task->registerAs));
                }
            } else if (key == QLatin1String("ignore_errors")) {
                boolean(entry, &task->ignoreErrors);
            } else if (key == QLatin1String("changed_when")) {
                bool value = false;
                if (entry.value.IsScalar()
                    && YamlValue::parseBool(YamlValue::fromStd(entry.value.Scalar()), &value)) {
                    task->changedWhen = QStringList{value ? QStringLiteral("True") : QStringLiteral("False")};
                } else {
                    fail(markOf(entry), tr("“changed_when” takes only true or false in this version, "
                                           "not an expression; write true or false, or run this "
                                           "playbook with ansible-playbook until the full engine "
                                           "arrives."));
                }
            } else if (key == QLatin1String("become")) {
                bool value = false;
                if (boolean(entry, &value))
                    task->become = value;
            } else if (key == QLatin1String("become_user")) {
                text(entry, &task->becomeUser);
            } else if (key == QLatin1String("args")) {
                args = entry;
            } else if (supported.contains(shortName)
                       && (shortName == key || key.startsWith(BuiltinPrefix) || key.startsWith(LegacyPrefix))) {
                if (module) {
                    fail(entry.keyNode.Mark(), tr("this task already runs the module “%1”; a task runs "
                                                  "exactly one module, so move “%2” into a task of its "
                                                  "own.")
                                                   .arg(module->key, key));
                    continue;
                }
                module = entry;
            } else if (laterTaskKeywords().contains(key)) {
                fail(entry.keyNode.Mark(), tr("the task keyword “%1” is not supported by this version "
                                              "of Antler yet; remove it, or run this playbook with "
                                              "ansible-playbook until the full engine arrives.")
                                               .arg(key));
            } else if (laterModules().contains(shortName)) {
                fail(entry.keyNode.Mark(), tr("the module “%1” is not supported by this version of "
                                              "Antler yet; use one of %2, or run this playbook with "
                                              "ansible-playbook until the full engine arrives.")
                                               .arg(key, supported.join(QLatin1String(", "))));
            } else {
                fail(entry.keyNode.Mark(),
                     tr("“%1” is neither a task keyword nor a module; check its spelling, or use one "
                        "of the modules %2 and the keywords %3.")
                         .arg(key, supported.join(QLatin1String(", ")),
                              taskKeywords().join(QLatin1String(", "))));
            }
        }
        if (!module) {
            if (errorCount() == before) {
                fail(node.Mark(), tr("this task runs no module; add one of: %1.")
                                      .arg(supported.join(QLatin1String(", "))));
            }
            return false;
        }
        task->moduleAsWritten = module->key;
        task->module = PlaybookParser::shortModuleName(module->key);
        readModuleArguments(*module, args, task);
        return errorCount() == before;
    }

    // Free-form "command: ls chdir=/tmp" carries options as key=value words.
    static QString takeFreeFormOptions(const QString &freeForm, const QStringList &options,
                                       QVariantMap *arguments)
    {
        QString rest = freeForm;
        for (const QString &option : options) {
            const QRegularExpression pattern(QStringLiteral("(^|\\s)%1=(\\S+)").arg(option));
            const QRegularExpressionMatch match = pattern.match(rest);
            if (match.hasMatch()) {
                arguments->insert(option, match.captured(2));
                rest.remove(match.capturedStart(), match.capturedLength());
            }
        }
        return rest.trimmed();
    }

    void readModuleArguments(const Entry &module, const std::optional<Entry> &args, Task *task)
    {
        const QString &name = task->module;
        QVariantMap arguments;
        const bool commandLike = name == QLatin1String("command") || name == QLatin1String("shell");
        static const QStringList fileOptions = {QStringLiteral("chdir"), QStringLiteral("creates"),
                                                QStringLiteral("removes")};
        QStringList allowed;
        if (name == QLatin1String("command"))
            allowed = QStringList{QStringLiteral("cmd"), QStringLiteral("argv")} + fileOptions;
        else if (name == QLatin1String("shell"))
            allowed = QStringList{QStringLiteral("cmd")} + fileOptions;
        else if (name == QLatin1String("raw"))
            allowed = QStringList{QStringLiteral("cmd")};
        else if (name == QLatin1String("debug"))
            allowed = QStringList{QStringLiteral("msg")};
        else if (name == QLatin1String("ping"))
            allowed = QStringList{QStringLiteral("data")};

        auto readMapping = [&](const YAML::Node &map) {
            for (const Entry &entry : entries(map)) {
                if (!allowed.contains(entry.key)) {
                    if (name == QLatin1String("debug") && entry.key == QLatin1String("var")) {
                        fail(entry.keyNode.Mark(), tr("“debug: var:” is not supported by this version "
                                                      "yet; write msg: \"{{ name }}\" instead."));
                    } else {
                        fail(entry.keyNode.Mark(), tr("the module “%1” has no argument “%2”; use one "
                                                      "of: %3.")
                                                       .arg(module.key, entry.key,
                                                            allowed.join(QLatin1String(", "))));
                    }
                    continue;
                }
                if (entry.key == QLatin1String("argv")) {
                    if (!entry.value.IsSequence() || entry.value.size() == 0) {
                        fail(markOf(entry), tr("“argv” must be a non-empty list of words; write each "
                                               "word as an entry starting with “- ”."));
                        continue;
                    }
                    QStringList words;
                    for (const YAML::Node &word : entry.value) {
                        if (!word.IsScalar()) {
                            fail(word.Mark(), tr("each entry of “argv” must be one word, not a list "
                                                 "or a mapping; quote it if it contains a colon."));
                            continue;
                        }
                        words.append(YamlValue::fromStd(word.Scalar()));
                    }
                    arguments.insert(entry.key, words);
                } else if (name == QLatin1String("debug")) {
                    // msg may be any value; ansible-playbook prints lists and mappings as JSON.
                    arguments.insert(entry.key, entry.value.IsScalar()
                                                    ? QVariant(YamlValue::fromStd(entry.value.Scalar()))
                                                    : YamlValue::toVariant(entry.value));
                } else {
                    QString value;
                    if (text(entry, &value))
                        arguments.insert(entry.key, value);
                }
            }
        };

        const YAML::Node &value = module.value;
        if (value.IsScalar()) {
            const QString freeForm = YamlValue::fromStd(value.Scalar());
            if (commandLike) {
                const QString command = takeFreeFormOptions(freeForm, fileOptions, &arguments);
                if (!command.isEmpty())
                    arguments.insert(QStringLiteral("cmd"), command);
            } else if (name == QLatin1String("raw")) {
                arguments.insert(QStringLiteral("cmd"), freeForm);
            } else if (name == QLatin1String("debug")) {
                // debug: msg="text" is key=value free form, quoted like a shell.
                QStringList words;
                QString error;
                if (!ShellWords::split(freeForm, &words, &error) || words.size() != 1
                    || !words.first().startsWith(QLatin1String("msg="))) {
                    fail(markOf(module), tr("“%1” takes msg=\"text\" on its line; write the message "
                                            "as “msg: …” on the next line, indented.")
                                             .arg(module.key));
                } else {
                    arguments.insert(QStringLiteral("msg"), words.first().mid(4));
                }
            } else if (name == QLatin1String("ping") && !freeForm.isEmpty()) {
                fail(markOf(module), tr("“%1” takes no free-form text; write “data: …” or nothing.")
                                         .arg(module.key));
            }
        } else if (value.IsMap()) {
            if (name == QLatin1String("raw")) {
                fail(markOf(module), tr("“%1” takes no arguments by name; write the command as text on "
                                        "the same line, such as “raw: uptime”.")
                                         .arg(module.key));
            } else {
                readMapping(value);
            }
        } else if (value.IsSequence()) {
            fail(markOf(module), tr("the arguments of “%1” must be text or a mapping, not a list; for a "
                                    "list of words use “argv:”.")
                                     .arg(module.key));
        }

        if (args) {
            if (!args->value.IsMap()) {
                fail(markOf(*args), tr("“args” must be a mapping of argument names to values."));
            } else {
                readMapping(args->value);
            }
        }

        const bool hasCmd = arguments.contains(QStringLiteral("cmd"));
        const bool hasArgv = arguments.contains(QStringLiteral("argv"));
        if (commandLike || name == QLatin1String("raw")) {
            if (hasCmd && hasArgv) {
                fail(markOf(module), tr("“%1” has both a command line and “argv”; keep only one of "
                                        "them.")
                                         .arg(module.key));
            } else if (!hasCmd && !hasArgv) {
                fail(markOf(module), tr("“%1” has no command to run; write it after the colon, such "
                                        "as “%1: uptime”.")
                                         .arg(module.key));
            } else if (hasCmd && arguments.value(QStringLiteral("cmd")).toString().trimmed().isEmpty()) {
                fail(markOf(module), tr("the command of “%1” is empty; write the command to run.")
                                         .arg(module.key));
            }
        }
        if (name == QLatin1String("debug") && !arguments.contains(QStringLiteral("msg")))
            arguments.insert(QStringLiteral("msg"), QStringLiteral("Hello world!"));
        task->arguments = arguments;
    }

    QString m_sourceName;
    QList<PlaybookError> *m_errors;
    QStringList m_lines;
};

} // namespace

QStringList PlaybookParser::supportedModules()
{
    return {QStringLiteral("command"), QStringLiteral("shell"), QStringLiteral("raw"),
            QStringLiteral("ping"), QStringLiteral("debug")};
}

QString PlaybookParser::shortModuleName(const QString &key)
{
    if (key.startsWith(BuiltinPrefix))
        return key.mid(BuiltinPrefix.size());
    if (key.startsWith(LegacyPrefix))
        return key.mid(LegacyPrefix.size());
    return key;
}

bool PlaybookParser::parseFile(const QString &path, Playbook *playbook, QList<PlaybookError> *errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors->append(PlaybookError(SourceLocation(path, 0, 0),
                                     tr("cannot read the playbook (%1); check the path and its "
                                        "permissions.")
                                         .arg(file.errorString())));
        return false;
    }
    return parseData(file.readAll(), path, playbook, errors);
}

bool PlaybookParser::parseData(const QByteArray &data, const QString &sourceName, Playbook *playbook,
                               QList<PlaybookError> *errors)
{
    const qsizetype before = errors->size();
    Reader reader(data, sourceName, errors);
    Playbook result;
    result.path = sourceName;
    try {
        const YAML::Node root = YAML::Load(data.toStdString());
        reader.read(root, &result);
    } catch (const YAML::Exception &exception) {
        reader.fail(exception.mark, tr("this is not valid YAML (%1); check the indentation and the "
                                       "quotes around this position.")
                                        .arg(YamlValue::fromStd(exception.msg)));
    }
    if (errors->size() != before)
        return false;
    *playbook = result;
    return true;
}

} // namespace antler::playbook
