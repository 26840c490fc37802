#include "playbook/PlaybookParser.h"

#include "playbook/YamlValue.h"
#include "playbook/modules/ModuleRegistry.h"
#include "playbook/modules/ModuleSpec.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <functional>
#include <optional>

namespace antler::playbook {

namespace {

const QString BuiltinPrefix = QStringLiteral("ansible.builtin.");
const QString LegacyPrefix = QStringLiteral("ansible.legacy.");

QString tr(const char *text)
{
    return PlaybookParser::tr(text);
}

bool isTemplateText(const QString &text)
{
    return text.contains(QLatin1String("{{")) || text.contains(QLatin1String("{%"));
}

// Play keywords ansible-playbook knows that this version refuses by name, so
// the user learns it is a missing feature, not a typo; with the reason.
const QHash<QString, QString> &refusedPlayKeywords()
{
    static const QHash<QString, QString> keywords = {
        {QStringLiteral("serial"),
         QStringLiteral("rolling batches are not supported; run the play once per batch with --limit")},
        {QStringLiteral("vars_prompt"),
         QStringLiteral("prompting is not supported in a headless run; pass the values with -e")},
        {QStringLiteral("max_fail_percentage"),
         QStringLiteral("it belongs to serial batches, which are not supported")},
        {QStringLiteral("connection"), QStringLiteral("set ansible_connection in the inventory instead")},
        {QStringLiteral("remote_user"), QStringLiteral("set ansible_user in the inventory instead")},
        {QStringLiteral("port"), QStringLiteral("set ansible_port in the inventory instead")},
        {QStringLiteral("collections"), QStringLiteral("only ansible.builtin modules are available")},
        {QStringLiteral("module_defaults"), QStringLiteral("write the arguments on each task")},
        {QStringLiteral("become_method"), QStringLiteral("only sudo is supported")},
        {QStringLiteral("become_flags"), QStringLiteral("only plain sudo is supported")},
        {QStringLiteral("order"), QStringLiteral("hosts run in inventory order")},
        {QStringLiteral("throttle"), QStringLiteral("use --forks instead")},
        {QStringLiteral("timeout"), QStringLiteral("task timeouts are not supported")},
        {QStringLiteral("force_handlers"), QStringLiteral("it is not supported")},
        {QStringLiteral("gather_subset"), QStringLiteral("facts are gathered as one set")},
        {QStringLiteral("gather_timeout"), QStringLiteral("facts are gathered without a timeout")},
        {QStringLiteral("fact_path"), QStringLiteral("local facts are not supported")},
        {QStringLiteral("debugger"), QStringLiteral("the task debugger is not supported")},
        {QStringLiteral("ignore_unreachable"), QStringLiteral("it is not supported")},
        {QStringLiteral("run_once"), QStringLiteral("write it on the tasks instead")},
        {QStringLiteral("delegate_to"), QStringLiteral("write it on the tasks instead")},
    };
    return keywords;
}

const QHash<QString, QString> &refusedTaskKeywords()
{
    static const QHash<QString, QString> keywords = {
        {QStringLiteral("async"), QStringLiteral("background tasks are not supported; run the task in the foreground")},
        {QStringLiteral("poll"), QStringLiteral("background tasks are not supported; run the task in the foreground")},
        {QStringLiteral("local_action"), QStringLiteral("write the module as usual and add “delegate_to: localhost”")},
        {QStringLiteral("action"), QStringLiteral("write the module name as the key, such as “command: uptime”")},
        {QStringLiteral("delegate_facts"), QStringLiteral("facts always belong to the host the task runs for")},
        {QStringLiteral("become_method"), QStringLiteral("only sudo is supported")},
        {QStringLiteral("become_flags"), QStringLiteral("only plain sudo is supported")},
        {QStringLiteral("throttle"), QStringLiteral("use --forks instead")},
        {QStringLiteral("timeout"), QStringLiteral("task timeouts are not supported")},
        {QStringLiteral("connection"), QStringLiteral("set ansible_connection in the inventory instead")},
        {QStringLiteral("remote_user"), QStringLiteral("set ansible_user in the inventory instead")},
        {QStringLiteral("ignore_unreachable"), QStringLiteral("it is not supported")},
        {QStringLiteral("debugger"), QStringLiteral("the task debugger is not supported")},
        {QStringLiteral("module_defaults"), QStringLiteral("write the arguments on each task")},
        {QStringLiteral("collections"), QStringLiteral("only ansible.builtin modules are available")},
        {QStringLiteral("port"), QStringLiteral("set ansible_port in the inventory instead")},
        {QStringLiteral("include"), QStringLiteral("it was removed from Ansible; use include_tasks or import_tasks")},
        {QStringLiteral("import_playbook"),
         QStringLiteral("import_playbook is only allowed at the top level of a playbook")},
    };
    return keywords;
}

// Real ansible.builtin modules that are not in this version: refused by
// name, not suggested away as typos.
const QStringList &laterModules()
{
    static const QStringList modules = {
        QStringLiteral("script"),
        QStringLiteral("set_fact"),
        QStringLiteral("assert"),
        QStringLiteral("fail"),
        QStringLiteral("pause"),
        QStringLiteral("copy"),
        QStringLiteral("template"),
        QStringLiteral("file"),
        QStringLiteral("lineinfile"),
        QStringLiteral("blockinfile"),
        QStringLiteral("replace"),
        QStringLiteral("stat"),
        QStringLiteral("slurp"),
        QStringLiteral("fetch"),
        QStringLiteral("get_url"),
        QStringLiteral("uri"),
        QStringLiteral("apt"),
        QStringLiteral("apt_repository"),
        QStringLiteral("deb822_repository"),
        QStringLiteral("service"),
        QStringLiteral("systemd"),
        QStringLiteral("systemd_service"),
        QStringLiteral("user"),
        QStringLiteral("group"),
        QStringLiteral("reboot"),
        QStringLiteral("wait_for"),
        QStringLiteral("wait_for_connection"),
        QStringLiteral("unarchive"),
        QStringLiteral("sysctl"),
        QStringLiteral("hostname"),
        QStringLiteral("cron"),
        QStringLiteral("include_vars"),
        QStringLiteral("meta"),
        QStringLiteral("setup"),
        QStringLiteral("gather_facts"),
        QStringLiteral("package"),
        QStringLiteral("pip"),
        QStringLiteral("git"),
        QStringLiteral("add_host"),
        QStringLiteral("group_by"),
        QStringLiteral("find"),
        QStringLiteral("known_hosts"),
        QStringLiteral("expect"),
        QStringLiteral("dnf"),
        QStringLiteral("yum"),
        QStringLiteral("tempfile"),
        QStringLiteral("synchronize"),
        QStringLiteral("archive"),
        QStringLiteral("authorized_key"),
        QStringLiteral("mount"),
        QStringLiteral("debconf"),
        QStringLiteral("dpkg_selections"),
        QStringLiteral("iptables"),
        QStringLiteral("getent"),
        QStringLiteral("package_facts"),
        QStringLiteral("service_facts"),
        QStringLiteral("validate_argument_spec"),
    };
    return modules;
}

const QStringList &playKeywords()
{
    static const QStringList keywords = {
        QStringLiteral("name"),
        QStringLiteral("hosts"),
        QStringLiteral("gather_facts"),
        QStringLiteral("become"),
        QStringLiteral("become_user"),
        QStringLiteral("vars"),
        QStringLiteral("vars_files"),
        QStringLiteral("pre_tasks"),
        QStringLiteral("roles"),
        QStringLiteral("tasks"),
        QStringLiteral("post_tasks"),
        QStringLiteral("handlers"),
        QStringLiteral("tags"),
        QStringLiteral("environment"),
        QStringLiteral("ignore_errors"),
        QStringLiteral("no_log"),
        QStringLiteral("check_mode"),
        QStringLiteral("diff"),
        QStringLiteral("any_errors_fatal"),
        QStringLiteral("strategy"),
    };
    return keywords;
}

// Keywords a task, a block, an import and a role entry share; their values
// are passed down to the tasks below.
const QStringList &inheritedKeywords()
{
    static const QStringList keywords = {
        QStringLiteral("when"),
        QStringLiteral("tags"),
        QStringLiteral("vars"),
        QStringLiteral("environment"),
        QStringLiteral("become"),
        QStringLiteral("become_user"),
        QStringLiteral("ignore_errors"),
        QStringLiteral("no_log"),
        QStringLiteral("check_mode"),
        QStringLiteral("diff"),
        QStringLiteral("delegate_to"),
        QStringLiteral("run_once"),
        QStringLiteral("any_errors_fatal"),
    };
    return keywords;
}

const QStringList &taskOnlyKeywords()
{
    static const QStringList keywords = {
        QStringLiteral("name"),        QStringLiteral("register"),   QStringLiteral("changed_when"),
        QStringLiteral("failed_when"), QStringLiteral("until"),      QStringLiteral("retries"),
        QStringLiteral("delay"),       QStringLiteral("notify"),     QStringLiteral("listen"),
        QStringLiteral("loop"),        QStringLiteral("with_items"), QStringLiteral("loop_control"),
        QStringLiteral("args"),
    };
    return keywords;
}

const QStringList &blockKeywords()
{
    static const QStringList keywords = {QStringLiteral("block"), QStringLiteral("rescue"), QStringLiteral("always")};
    return keywords;
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

// The closest of candidates to word, or empty when none is close enough to
// be a likely typo.
QString nearest(const QString &word, const QStringList &candidates)
{
    QString best;
    int bestDistance = std::max<int>(2, int(word.size()) / 3) + 1;
    for (const QString &candidate : candidates) {
        const int distance = editDistance(word, candidate);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    return best;
}

// Splits "k=v k2='a b' msg={{ x | default('y z') }}" into words as Ansible's
// split_args/parse_kv do: whitespace separates, quotes group (and are
// removed outside templates), {{ }}, {% %} and {# #} keep their insides.
bool splitWords(const QString &text, QStringList *words, QString *error)
{
    QString word;
    bool inWord = false;
    QChar quote;
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (depth == 0 && quote.isNull() && c.isSpace()) {
            if (inWord)
                words->append(word);
            word.clear();
            inWord = false;
            continue;
        }
        inWord = true;
        if (c == QLatin1Char('{')
            && (next == QLatin1Char('{') || next == QLatin1Char('%') || next == QLatin1Char('#'))) {
            ++depth;
            word += c;
            word += next;
            ++i;
            continue;
        }
        if (depth > 0 && (c == QLatin1Char('}') || c == QLatin1Char('%') || c == QLatin1Char('#'))
            && next == QLatin1Char('}') && (c == QLatin1Char('}') || quote.isNull())) {
            --depth;
            word += c;
            word += next;
            ++i;
            continue;
        }
        if (depth == 0 && (c == QLatin1Char('"') || c == QLatin1Char('\''))) {
            if (quote.isNull()) {
                quote = c;
                continue;
            }
            if (quote == c) {
                quote = QChar();
                continue;
            }
        }
        if (depth == 0 && c == QLatin1Char('\\') && quote != QLatin1Char('\'') && !next.isNull()
            && (next == QLatin1Char('"') || next == QLatin1Char('\'') || next == QLatin1Char('\\'))) {
            word += next;
            ++i;
            continue;
        }
        word += c;
    }
    if (!quote.isNull()) {
        *error = PlaybookParser::tr("an unclosed %1 quote").arg(quote);
        return false;
    }
    if (depth > 0) {
        *error = PlaybookParser::tr("an unclosed {{ template");
        return false;
    }
    if (inWord)
        words->append(word);
    return true;
}

QStringList knownModuleNames()
{
    return ModuleRegistry::instance().names();
}

struct Entry
{
    QString key;
    YAML::Node keyNode;
    YAML::Node value;
};

// What a play, block, import or role entry passes down to the tasks below it.
struct Inherited
{
    QStringList when;
    QStringList tags;
    QVariantMap vars;
    QVariantMap environment;
    std::optional<bool> become;
    QString becomeUser;
    std::optional<bool> ignoreErrors;
    std::optional<bool> noLog;
    std::optional<bool> checkMode;
    std::optional<bool> diff;
    QString delegateTo;
    std::optional<bool> runOnce;
    std::optional<bool> anyErrorsFatal;
    Role role;

    // This level's own values on top of parent's.
    Inherited over(const Inherited &parent) const
    {
        Inherited result = parent;
        result.when = parent.when + when;
        result.tags = tags;
        for (const QString &tag : parent.tags) {
            if (!result.tags.contains(tag))
                result.tags.append(tag);
        }
        for (auto it = vars.cbegin(); it != vars.cend(); ++it)
            result.vars.insert(it.key(), it.value());
        for (auto it = environment.cbegin(); it != environment.cend(); ++it)
            result.environment.insert(it.key(), it.value());
        if (become)
            result.become = become;
        if (!becomeUser.isEmpty())
            result.becomeUser = becomeUser;
        if (ignoreErrors)
            result.ignoreErrors = ignoreErrors;
        if (noLog)
            result.noLog = noLog;
        if (checkMode)
            result.checkMode = checkMode;
        if (diff)
            result.diff = diff;
        if (!delegateTo.isEmpty())
            result.delegateTo = delegateTo;
        if (runOnce)
            result.runOnce = runOnce;
        if (anyErrorsFatal)
            result.anyErrorsFatal = anyErrorsFatal;
        if (role.isValid())
            result.role = role;
        return result;
    }

    void applyTo(Task *task) const
    {
        task->when = when;
        task->tags = tags;
        task->vars = vars;
        task->environment = environment;
        task->become = become;
        task->becomeUser = becomeUser;
        task->ignoreErrors = ignoreErrors.value_or(false);
        task->noLog = noLog.value_or(false);
        task->checkMode = checkMode;
        task->diff = diff;
        task->delegateTo = delegateTo;
        task->runOnce = runOnce.value_or(false);
        task->anyErrorsFatal = anyErrorsFatal;
        task->role = role;
    }
};

// One use of a role as written: an entry of a play's roles:, of a role's
// meta/main.yml dependencies:, or the arguments of import_role /
// include_role.
struct RoleEntry
{
    // name, params (the entry's extra keys) and location.
    Role role;
    // The entry's keywords (when, tags, become…), passed to the role's tasks.
    Inherited own;
    YAML::Mark nameMark;
    // What makes two uses the same role in Ansible (see Role::identity),
    // besides the name and own.when / own.tags.
    QVariantMap params;
    QVariantMap vars;
    // tasks_from, vars_from, defaults_from, handlers_from without "_from",
    // and where each is written.
    QVariantMap fromFiles;
    QHash<QString, YAML::Mark> fromMarks;
    bool fromInclude = false;
    // import_role / include_role allow_duplicates; unset = meta/main.yml's.
    std::optional<bool> allowDuplicates;
};

// One YAML file being read: its name for errors and its lines for the caret.
struct Source
{
    QString name;
    QString directory;
    QStringList lines;
};

// Validates a playbook and every file it pulls in, recording every problem
// instead of stopping at the first, and builds the model as it goes.
class Reader
{
public:
    explicit Reader(QList<PlaybookError> *errors)
        : m_errors(errors)
    {
    }

    // Problems found so far, counting those reported once already.
    int errorCount() const { return m_failures; }

    void fail(const YAML::Mark &mark, const QString &message)
    {
        const PlaybookError error = mark.is_null() || mark.line < 0
            ? PlaybookError(SourceLocation(m_source.name, 0, 0), message)
            : PlaybookError(location(mark), message, m_source.lines.value(mark.line));
        ++m_failures;
        // A file read twice (a role used twice, a task file imported twice)
        // reports each of its problems once.
        for (const PlaybookError &known : std::as_const(*m_errors)) {
            if (known.location() == error.location() && known.message() == message)
                return;
        }
        m_errors->append(error);
    }

    SourceLocation location(const YAML::Mark &mark) const
    {
        return SourceLocation(m_source.name, mark.line + 1, mark.column + 1);
    }

    // Parses data as the current source; false (and an error) when it is not
    // valid YAML.
    bool load(const QByteArray &data, const QString &name, YAML::Node *root)
    {
        m_source = Source();
        m_source.name = name;
        m_source.directory = QFileInfo(name).absolutePath();
        for (const QByteArray &line : data.split('\n')) {
            QString text = QString::fromUtf8(line);
            if (text.endsWith(QLatin1Char('\r')))
                text.chop(1);
            m_source.lines.append(text);
        }
        try {
            *root = YAML::Load(data.toStdString());
        } catch (const YAML::Exception &exception) {
            QString message = tr("this is not valid YAML (%1); check the indentation and the quotes around "
                                 "this position.")
                                  .arg(YamlValue::fromStd(exception.msg));
            const int line = exception.mark.line;
            YAML::Mark mark = exception.mark;
            if (line >= 0 && m_source.lines.value(line).left(exception.mark.column + 1).contains(QLatin1Char('\t'))) {
                mark.column = int(m_source.lines.value(line).indexOf(QLatin1Char('\t')));
                message = tr("this line is indented with a tab, which YAML does not allow; indent with "
                             "spaces only.");
            }
            fail(mark, message);
            return false;
        }
        return true;
    }

    // Reads another file (an import, a role file, vars_files) as the current
    // source while body runs, then returns to the file before.
    template<typename Body> bool withFile(const QString &path, const YAML::Mark &from, const QString &what, Body body)
    {
        if (m_fileStack.contains(path)) {
            fail(from,
                 tr("“%1” includes itself (through %2); remove the loop.")
                     .arg(QFileInfo(path).fileName(), m_fileStack.join(QLatin1String(" → "))));
            return false;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(from,
                 tr("cannot read the %1 %2 (%3); check the name and that the file exists.")
                     .arg(what, path, file.errorString()));
            return false;
        }
        const QByteArray data = file.readAll();
        const Source saved = m_source;
        m_fileStack.append(path);
        YAML::Node root;
        bool ok = false;
        if (load(data, path, &root))
            ok = body(root);
        m_fileStack.removeLast();
        m_source = saved;
        return ok;
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
                fail(it->first.Mark(),
                     tr("a key must be a plain word, not a list or mapping; write "
                        "it as “name: value”."));
                continue;
            }
            const QString key = YamlValue::fromStd(it->first.Scalar());
            if (const auto first = lines.constFind(key); first != lines.cend()) {
                fail(it->first.Mark(),
                     tr("the key “%1” appears twice, first on line %2; keep only one "
                        "of them.")
                         .arg(key)
                         .arg(*first));
                continue;
            }
            lines.insert(key, it->first.Mark().line + 1);
            result.append(Entry {key, it->first, it->second});
        }
        return result;
    }

    bool text(const Entry &entry, QString *out)
    {
        if (entry.value.IsNull()) {
            fail(entry.keyNode.Mark(), tr("“%1” has no value; write its value after the colon.").arg(entry.key));
            return false;
        }
        if (!entry.value.IsScalar()) {
            fail(markOf(entry),
                 tr("the value of “%1” must be text, not a list or a mapping; write it "
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
        if (isTemplateText(written)) {
            fail(markOf(entry),
                 tr("“%1” takes a literal true or false in this version, not a template; "
                    "write true or false.")
                     .arg(entry.key));
        } else {
            fail(markOf(entry), tr("“%1” must be true or false; write one of them.").arg(entry.key));
        }
        return false;
    }

    void optionalBoolean(const Entry &entry, std::optional<bool> *out)
    {
        bool value = false;
        if (boolean(entry, &value))
            *out = value;
    }

    bool integer(const Entry &entry, int *out)
    {
        QString written;
        if (!text(entry, &written))
            return false;
        bool ok = false;
        const int value = written.toInt(&ok);
        if (!ok || value < 0) {
            fail(markOf(entry),
                 isTemplateText(written)
                     ? tr("“%1” takes a literal number in this version, not a template; "
                          "write a whole number.")
                           .arg(entry.key)
                     : tr("“%1” must be a whole number, not “%2”; write for example 3.").arg(entry.key, written));
            return false;
        }
        *out = value;
        return true;
    }

    // A string or a list of strings (tags, notify, listen).
    bool textList(const Entry &entry, QStringList *out, bool splitCommas = false)
    {
        auto add = [&](const QString &item) {
            if (splitCommas) {
                for (const QString &part : item.split(QLatin1Char(','), Qt::SkipEmptyParts))
                    out->append(part.trimmed());
            } else {
                out->append(item);
            }
        };
        if (entry.value.IsNull())
            return true;
        if (entry.value.IsScalar()) {
            add(YamlValue::fromStd(entry.value.Scalar()));
            return true;
        }
        if (entry.value.IsSequence()) {
            for (const YAML::Node &item : entry.value) {
                if (!item.IsScalar()) {
                    fail(item.Mark(),
                         tr("each entry of “%1” must be a single word or name, not a list or "
                            "a mapping; write one per line.")
                             .arg(entry.key));
                    return false;
                }
                add(YamlValue::fromStd(item.Scalar()));
            }
            return true;
        }
        fail(markOf(entry),
             tr("“%1” must be a name or a list of names, not a mapping; write one per line "
                "starting with “- ”.")
                 .arg(entry.key));
        return false;
    }

    // when / changed_when / failed_when / until: a condition or a list of
    // them, as bare expressions.
    bool conditions(const Entry &entry, QStringList *out)
    {
        auto add = [&](const YAML::Node &node) {
            if (!node.IsScalar()) {
                fail(node.Mark(),
                     tr("each condition of “%1” must be an expression such as "
                        "“result.rc == 0”, not a list or a mapping; write one per line.")
                         .arg(entry.key));
                return false;
            }
            const QVariant value = YamlValue::toVariant(node);
            if (value.typeId() == QMetaType::Bool) {
                out->append(value.toBool() ? QStringLiteral("True") : QStringLiteral("False"));
                return true;
            }
            QString expression = YamlValue::fromStd(node.Scalar()).trimmed();
            // "{{ x }}" as a whole works in Ansible (with a warning): take the inside.
            static const QRegularExpression wrapped(QStringLiteral("^\\{\\{(.*)\\}\\}$"));
            const QRegularExpressionMatch match = wrapped.match(expression);
            if (match.hasMatch() && !match.captured(1).contains(QLatin1String("{{")))
                expression = match.captured(1).trimmed();
            if (expression.isEmpty()) {
                fail(node.Mark(),
                     tr("the condition of “%1” is empty; write an expression such as "
                        "“result.rc == 0”.")
                         .arg(entry.key));
                return false;
            }
            out->append(expression);
            return true;
        };
        if (entry.value.IsNull()) {
            fail(entry.keyNode.Mark(),
                 tr("“%1” has no condition; write an expression after the colon.").arg(entry.key));
            return false;
        }
        if (entry.value.IsSequence()) {
            bool ok = true;
            for (const YAML::Node &item : entry.value)
                ok = add(item) && ok;
            return ok;
        }
        if (entry.value.IsMap()) {
            fail(markOf(entry),
                 tr("“%1” must be an expression or a list of expressions, not a mapping; "
                    "write it as “%1: name == 'value'” (quote it if it contains a colon).")
                     .arg(entry.key));
            return false;
        }
        return add(entry.value);
    }

    bool variables(const Entry &entry, QVariantMap *vars, bool checkNames = true)
    {
        if (entry.value.IsNull())
            return true;
        if (!entry.value.IsMap()) {
            fail(markOf(entry),
                 tr("“%1” must be a mapping of names to values; write one “name: value” "
                    "per line below it.")
                     .arg(entry.key));
            return false;
        }
        static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        bool ok = true;
        for (const Entry &var : entries(entry.value)) {
            if (checkNames && !identifier.match(var.key).hasMatch()) {
                fail(var.keyNode.Mark(),
                     tr("“%1” is not a valid variable name; use letters, digits "
                        "and underscores, not starting with a digit.")
                         .arg(var.key));
                ok = false;
                continue;
            }
            vars->insert(var.key, YamlValue::toVariant(var.value));
        }
        return ok;
    }

    // Reads one of the keywords every level shares into *own; false when key
    // is not one of them.
    bool inheritedKeyword(const Entry &entry, Inherited *own)
    {
        const QString &key = entry.key;
        if (key == QLatin1String("when")) {
            conditions(entry, &own->when);
        } else if (key == QLatin1String("tags")) {
            textList(entry, &own->tags, true);
        } else if (key == QLatin1String("vars")) {
            variables(entry, &own->vars);
        } else if (key == QLatin1String("environment")) {
            if (entry.value.IsScalar() && isTemplateText(YamlValue::fromStd(entry.value.Scalar()))) {
                fail(markOf(entry),
                     tr("“environment” takes a mapping in this version, not a template; "
                        "write one “NAME: value” per line below it."));
            } else {
                variables(entry, &own->environment, false);
            }
        } else if (key == QLatin1String("become")) {
            optionalBoolean(entry, &own->become);
        } else if (key == QLatin1String("become_user")) {
            text(entry, &own->becomeUser);
        } else if (key == QLatin1String("ignore_errors")) {
            optionalBoolean(entry, &own->ignoreErrors);
        } else if (key == QLatin1String("no_log")) {
            optionalBoolean(entry, &own->noLog);
        } else if (key == QLatin1String("check_mode")) {
            optionalBoolean(entry, &own->checkMode);
        } else if (key == QLatin1String("diff")) {
            optionalBoolean(entry, &own->diff);
        } else if (key == QLatin1String("delegate_to")) {
            text(entry, &own->delegateTo);
        } else if (key == QLatin1String("run_once")) {
            optionalBoolean(entry, &own->runOnce);
        } else if (key == QLatin1String("any_errors_fatal")) {
            optionalBoolean(entry, &own->anyErrorsFatal);
        } else {
            return false;
        }
        return true;
    }

    // ---- playbook and plays -------------------------------------------------

    void readPlaybook(const YAML::Node &root, QList<Play> *plays)
    {
        if (!root.IsDefined() || root.IsNull()) {
            fail(YAML::Mark::null_mark(),
                 tr("the playbook is empty; write a list of plays, each starting with "
                    "“- hosts:”."));
            return;
        }
        if (!root.IsSequence()) {
            fail(root.Mark(),
                 tr("a playbook must be a list of plays; start each play with “- hosts:” "
                    "and indent its keys below."));
            return;
        }
        if (root.size() == 0) {
            fail(root.Mark(), tr("the playbook has no plays; add one starting with “- hosts:”."));
            return;
        }
        for (const YAML::Node &node : root) {
            if (node.IsMap()) {
                bool isImport = false;
                for (auto it = node.begin(); it != node.end(); ++it) {
                    if (it->first.IsScalar()) {
                        const QString key = YamlValue::fromStd(it->first.Scalar());
                        if (key == QLatin1String("import_playbook")
                            || key == BuiltinPrefix + QLatin1String("import_playbook"))
                            isImport = true;
                    }
                }
                if (isImport) {
                    readImportPlaybook(node, plays);
                    continue;
                }
            }
            Play play;
            if (readPlay(node, &play))
                plays->append(play);
        }
    }

    void readImportPlaybook(const YAML::Node &node, QList<Play> *plays)
    {
        std::optional<Entry> file;
        for (const Entry &entry : entries(node)) {
            if (entry.key.endsWith(QLatin1String("import_playbook"))) {
                file = entry;
            } else if (entry.key != QLatin1String("name")) {
                fail(entry.keyNode.Mark(),
                     tr("“%1” is not supported beside import_playbook; only “name” is, "
                        "so move it into the imported plays.")
                         .arg(entry.key));
            }
        }
        QString name;
        if (!file || !text(*file, &name))
            return;
        if (isTemplateText(name)) {
            fail(markOf(*file),
                 tr("the file name of import_playbook is a template, which is read before any "
                    "variable exists; write the file name as plain text."));
            return;
        }
        const QString path = QDir(m_source.directory).absoluteFilePath(name);
        withFile(path, markOf(*file), tr("imported playbook"), [&](const YAML::Node &root) {
            readPlaybook(root, plays);
            return true;
        });
    }

    bool readPlay(const YAML::Node &node, Play *play)
    {
        const int before = errorCount();
        if (!node.IsMap()) {
            fail(node.Mark(),
                 tr("a play must be a mapping of keywords; write it as “- hosts: all” "
                    "followed by its name and tasks."));
            return false;
        }
        play->location = location(node.Mark());
        bool hasHosts = false;
        Inherited own;
        std::optional<Entry> preTasks, roles, tasks, postTasks, handlers, varsFiles;
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
                optionalBoolean(entry, &play->become);
            } else if (key == QLatin1String("become_user")) {
                text(entry, &play->becomeUser);
            } else if (key == QLatin1String("vars")) {
                variables(entry, &play->vars);
            } else if (key == QLatin1String("vars_files")) {
                varsFiles = entry;
            } else if (key == QLatin1String("pre_tasks")) {
                preTasks = entry;
            } else if (key == QLatin1String("roles")) {
                roles = entry;
            } else if (key == QLatin1String("tasks")) {
                tasks = entry;
            } else if (key == QLatin1String("post_tasks")) {
                postTasks = entry;
            } else if (key == QLatin1String("handlers")) {
                handlers = entry;
            } else if (key == QLatin1String("strategy")) {
                QString strategy;
                if (text(entry, &strategy) && strategy != QLatin1String("linear")) {
                    fail(markOf(entry),
                         tr("the strategy “%1” is not supported; Antler runs plays with the "
                            "linear strategy only, so remove “strategy” or write linear.")
                             .arg(strategy));
                }
            } else if (key == QLatin1String("when") || key == QLatin1String("delegate_to")
                       || key == QLatin1String("run_once")) {
                fail(entry.keyNode.Mark(),
                     tr("“%1” is not a play keyword; write it on the tasks, or on a "
                        "block around them.")
                         .arg(key));
            } else if (inheritedKeyword(entry, &own)) {
                // tags, environment, ignore_errors, no_log, check_mode, diff, any_errors_fatal
            } else if (refusedPlayKeywords().contains(key)) {
                fail(entry.keyNode.Mark(),
                     tr("the play keyword “%1” is not supported by Antler (%2); remove "
                        "it, or run this playbook with ansible-playbook.")
                         .arg(key, refusedPlayKeywords().value(key)));
            } else if (key == QLatin1String("import_playbook")) {
                fail(entry.keyNode.Mark(),
                     tr("import_playbook must be an entry of its own in the list of "
                        "plays; write “- import_playbook: FILE” at the top level."));
            } else if (PlaybookParser::moduleSpec(key)) {
                fail(entry.keyNode.Mark(),
                     tr("“%1” is a module, not a play keyword, so this looks like a list of "
                        "tasks; put the tasks under “tasks:” of a play with “hosts:”, or "
                        "import this file with import_tasks.")
                         .arg(key));
            } else {
                const QString close = nearest(key, playKeywords());
                fail(entry.keyNode.Mark(),
                     close.isEmpty()
                         ? tr("“%1” is not a play keyword; use one of: %2.")
                               .arg(key, playKeywords().join(QLatin1String(", ")))
                         : tr("“%1” is not a play keyword; check its spelling (did you mean “%2”?).").arg(key, close));
            }
        }
        if (!hasHosts) {
            fail(node.Mark(),
                 tr("this play has no “hosts”; add “hosts:” with an inventory pattern "
                    "such as all or a group name."));
        }
        play->tags = own.tags;
        play->anyErrorsFatal = own.anyErrorsFatal;
        // Play-level become/become_user/vars stay on the Play; the rest goes down.
        const Inherited base = own;
        m_play = play;
        m_playLevel = base;
        m_playDirectory = m_source.directory;
        m_handlerFiles.clear();
        m_roleChain.clear();

        if (varsFiles)
            readVarsFiles(*varsFiles, play);
        if (preTasks)
            readTaskList(*preTasks, base, &play->preTasks, false);
        if (roles)
            readRoles(*roles, base, play);
        if (tasks)
            readTaskList(*tasks, base, &play->tasks, false);
        if (postTasks)
            readTaskList(*postTasks, base, &play->postTasks, false);
        if (handlers) {
            QList<Task> own;
            readTaskList(*handlers, base, &own, true);
            play->handlers = own + play->handlers;
        }
        checkNotifications(*play);
        m_play = nullptr;
        return errorCount() == before;
    }

    void readHosts(const Entry &entry, QString *hosts)
    {
        if (entry.value.IsSequence()) {
            QStringList patterns;
            for (const YAML::Node &item : entry.value) {
                if (!item.IsScalar()) {
                    fail(item.Mark(),
                         tr("each entry of “hosts” must be a host or group name; write "
                            "one pattern per entry."));
                    return;
                }
                patterns.append(YamlValue::fromStd(item.Scalar()));
            }
            *hosts = patterns.join(QLatin1Char(','));
            if (patterns.isEmpty())
                fail(markOf(entry), tr("“hosts” is empty; name a host, a group or all."));
        } else if (text(entry, hosts) && hosts->trimmed().isEmpty()) {
            fail(markOf(entry), tr("“hosts” is empty; name a host, a group or all."));
        }
        if (isTemplateText(*hosts)) {
            fail(markOf(entry),
                 tr("“hosts” is a template, which this version does not resolve; write the "
                    "pattern itself, such as all, and narrow it with --limit."));
        }
    }

    void readVarsFiles(const Entry &entry, Play *play)
    {
        QList<YAML::Node> items;
        if (entry.value.IsScalar()) {
            items.append(entry.value);
        } else if (entry.value.IsSequence()) {
            for (const YAML::Node &item : entry.value)
                items.append(item);
        } else if (!entry.value.IsNull()) {
            fail(markOf(entry),
                 tr("“vars_files” must be a list of file names; write one per line starting "
                    "with “- ”."));
            return;
        }
        for (const YAML::Node &item : items) {
            if (!item.IsScalar()) {
                fail(item.Mark(),
                     tr("each entry of “vars_files” must be one file name; lists of "
                        "alternatives are not supported, so name the file to load."));
                continue;
            }
            const QString name = YamlValue::fromStd(item.Scalar());
            if (isTemplateText(name)) {
                fail(item.Mark(),
                     tr("the vars_files name “%1” is a template, which this version does not "
                        "resolve; write the file name as plain text.")
                         .arg(name));
                continue;
            }
            const QString path = QDir(m_source.directory).absoluteFilePath(name);
            withFile(path, item.Mark(), tr("vars file"), [&](const YAML::Node &root) {
                if (root.IsNull())
                    return true;
                if (!root.IsMap()) {
                    fail(root.Mark(),
                         tr("a vars file must be a mapping of variable names to values; write "
                            "one “name: value” per line."));
                    return false;
                }
                QVariantMap vars;
                Entry whole {QStringLiteral("vars_files"), YAML::Node(), root};
                if (!variables(whole, &vars))
                    return false;
                for (auto it = vars.cbegin(); it != vars.cend(); ++it)
                    play->varsFromFiles.insert(it.key(), it.value());
                play->varsFiles.append(path);
                return true;
            });
        }
    }

    // ---- roles --------------------------------------------------------------

    // Where a role is looked for, in Ansible's order (without its configured
    // roles_path): roles/ beside the playbook the play is written in (an
    // imported playbook's own folder); for a dependency, the roles/ folder
    // the depending role lives in; the playbook's folder itself.
    QString findRole(const QString &name, const QString &besideFolder, QStringList *searched) const
    {
        const QString base = m_playDirectory.isEmpty() ? m_source.directory : m_playDirectory;
        QStringList candidates;
        if (QFileInfo(name).isAbsolute()) {
            candidates.append(QDir::cleanPath(name));
        } else {
            candidates.append(QDir::cleanPath(base + QLatin1String("/roles/") + name));
            if (!besideFolder.isEmpty())
                candidates.append(QDir::cleanPath(besideFolder + QLatin1Char('/') + name));
            candidates.append(QDir::cleanPath(base + QLatin1Char('/') + name));
        }
        candidates.removeDuplicates();
        *searched = candidates;
        for (const QString &candidate : std::as_const(candidates)) {
            if (QFileInfo(candidate).isDir())
                return candidate;
        }
        return QString();
    }

    static QString mainFile(const QString &folder)
    {
        for (const QLatin1String name :
             {QLatin1String("main.yml"), QLatin1String("main.yaml"), QLatin1String("main")}) {
            const QString path = folder + QLatin1Char('/') + name;
            if (QFileInfo(path).isFile())
                return path;
        }
        return QString();
    }

    // The file of a role's tasks/, vars/, defaults/ or handlers/ folder:
    // main.yml, or the one FOLDER_from names (as written, or with .yml,
    // .yaml or .json). Empty and true when the role has none; false (and
    // an error) when the named one does not exist.
    bool roleFile(const RoleEntry &entry, const QString &folder, QString *path)
    {
        const QString directory = entry.role.path + QLatin1Char('/') + folder;
        const QString from = entry.fromFiles.value(folder).toString();
        if (from.isEmpty()) {
            *path = mainFile(directory);
            return true;
        }
        QStringList tried;
        for (const QLatin1String extension :
             {QLatin1String(""), QLatin1String(".yml"), QLatin1String(".yaml"), QLatin1String(".json")}) {
            const QString candidate = QDir::cleanPath(directory + QLatin1Char('/') + from + extension);
            tried.append(candidate);
            if (QFileInfo(candidate).isFile()) {
                *path = candidate;
                return true;
            }
        }
        fail(entry.fromMarks.value(folder, entry.nameMark),
             tr("the role “%1” has no %2 file “%3” (looked for %4); create it or fix “%2_from”.")
                 .arg(entry.role.name, folder, from, tried.join(QLatin1String(", "))));
        return false;
    }

    bool roleVariables(const QString &path, const YAML::Mark &from, QVariantMap *vars)
    {
        if (path.isEmpty())
            return true;
        return withFile(path, from, tr("role variables file"), [&](const YAML::Node &root) {
            if (root.IsNull())
                return true;
            if (!root.IsMap()) {
                fail(root.Mark(),
                     tr("a role's defaults and vars must be a mapping of variable names to "
                        "values; write one “name: value” per line."));
                return false;
            }
            return variables(Entry {QStringLiteral("vars"), YAML::Node(), root}, vars);
        });
    }

    // An entry of roles: or of dependencies:: "- NAME" or "- role: NAME"
    // with vars:, keywords (when, tags, become…) and parameters.
    bool readRoleEntry(const YAML::Node &item, const QString &list, RoleEntry *use)
    {
        Role &role = use->role;
        role.location = location(item.Mark());
        use->nameMark = item.Mark();
        if (item.IsScalar()) {
            role.name = YamlValue::fromStd(item.Scalar());
        } else if (item.IsMap()) {
            for (const Entry &key : entries(item)) {
                if (key.key == QLatin1String("role") || key.key == QLatin1String("name")) {
                    if (!role.name.isEmpty()) {
                        fail(key.keyNode.Mark(),
                             tr("this role entry names its role twice; keep only "
                                "“role:”."));
                        continue;
                    }
                    text(key, &role.name);
                    use->nameMark = markOf(key);
                } else if (key.key == QLatin1String("vars")) {
                    variables(key, &use->vars);
                } else if (key.key == QLatin1String("delegate_to") || key.key == QLatin1String("run_once")) {
                    fail(key.keyNode.Mark(),
                         tr("“%1” is not supported on a role; write it on the "
                            "role's tasks instead.")
                             .arg(key.key));
                } else if (inheritedKeyword(key, &use->own)) {
                } else {
                    // Any other key is a role parameter, as in Ansible.
                    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
                    if (!identifier.match(key.key).hasMatch()) {
                        fail(key.keyNode.Mark(),
                             tr("“%1” is neither a role keyword nor a valid "
                                "parameter name; use letters, digits and "
                                "underscores.")
                                 .arg(key.key));
                        continue;
                    }
                    use->params.insert(key.key, YamlValue::toVariant(key.value));
                }
            }
        } else {
            fail(item.Mark(),
                 tr("each entry of “%1” must be a role name or a mapping with “role:”; "
                    "write “- NAME” or “- role: NAME”.")
                     .arg(list));
            return false;
        }
        if (role.name.isEmpty()) {
            fail(item.Mark(), tr("this role entry has no role name; add “role: NAME”."));
            return false;
        }
        if (isTemplateText(role.name)) {
            fail(use->nameMark,
                 tr("the role name “%1” is a template, which is read before any variable "
                    "exists; write the role name as plain text.")
                     .arg(role.name));
            return false;
        }
        // The entry's parameters sit above registered variables; its vars:
        // are role variables, visible to the whole play as in Ansible.
        role.params = use->params;
        return true;
    }

    // Ansible's ROLE_CACHE key: two uses with the same name, parameters,
    // vars, when, tags and *_from files, both from roles:/dependencies or both
    // from import_role/include_role, are one role, run once per host.
    static QString roleIdentity(const RoleEntry &use)
    {
        const QVariantMap key = {
            {QStringLiteral("params"), use.params},        {QStringLiteral("vars"), use.vars},
            {QStringLiteral("when"), use.own.when},        {QStringLiteral("tags"), use.own.tags},
            {QStringLiteral("from_files"), use.fromFiles}, {QStringLiteral("from_include"), use.fromInclude},
        };
        return use.role.name + QLatin1Char('\n')
            + QString::fromUtf8(QJsonDocument::fromVariant(key).toJson(QJsonDocument::Compact));
    }

    // What a use of a role lends to the roles that depend on it, and to the
    // play: its dependencies' defaults and vars, then its own.
    struct RoleExports
    {
        QVariantMap defaults;
        QVariantMap vars;
    };

    static void merge(QVariantMap *into, const QVariantMap &from)
    {
        for (auto it = from.cbegin(); it != from.cend(); ++it)
            into->insert(it.key(), it.value());
    }

    // Appends one use of a role to *out as a Block: its dependencies' uses
    // first (depth first), then its tasks, then the implicit meta:
    // role_complete that marks it done per host, so a later use with the
    // same identity is skipped as in Ansible.
    //   context: what the levels above pass down (the play; for import_role
    //     the import task and its blocks; for a dependency the depending
    //     role's level). The entry's own keywords go on top.
    //   contextWhen: the conditions that also guard role_complete, which in
    //     Ansible are the entry's own and those outside any role, never the
    //     depending roles'.
    //   besideFolder: for a dependency, the roles/ folder of the depending role.
    //   listedInPlay: roles: and import_role: the role's defaults and vars
    //     become visible to the whole play (private_role_vars=false).
    bool useRole(RoleEntry use, const Inherited &context, const QStringList &contextWhen, const QString &besideFolder,
                 bool listedInPlay, QList<Task> *out, RoleExports *exports = nullptr)
    {
        Role &role = use.role;
        QStringList searched;
        role.path = findRole(role.name, besideFolder, &searched);
        if (role.path.isEmpty()) {
            fail(use.nameMark,
                 tr("the role “%1” was not found (looked in %2); create roles/%1/tasks/main.yml "
                    "beside the playbook or fix the name.")
                     .arg(role.name, searched.join(QLatin1String(", "))));
            return false;
        }
        for (qsizetype i = 0; i < m_roleChain.size(); ++i) {
            if (m_roleChain.at(i).path != role.path)
                continue;
            QStringList names;
            for (qsizetype j = i; j < m_roleChain.size(); ++j)
                names.append(m_roleChain.at(j).name);
            names.append(role.name);
            fail(use.nameMark,
                 tr("the role “%1” depends on itself through %2; remove the dependency or "
                    "import_role that closes the loop.")
                     .arg(role.name, names.join(QStringLiteral(" → "))));
            return false;
        }
        const int before = errorCount();

        // The role's own defaults and vars come first: its dependencies
        // see them too (Ansible's dependency chain). Its variables are the
        // entry's vars: with vars/main.yml on top, as in Ansible.
        QVariantMap ownDefaults;
        QVariantMap ownVars = use.vars;
        QString path;
        if (roleFile(use, QStringLiteral("defaults"), &path))
            roleVariables(path, use.nameMark, &ownDefaults);
        if (roleFile(use, QStringLiteral("vars"), &path))
            roleVariables(path, use.nameMark, &ownVars);
        Role link = role;
        link.defaults = ownDefaults;
        link.vars = ownVars;
        m_roleChain.append(link);

        Inherited level = use.own.over(context);
        bool allowDuplicates = false;
        QList<Task> dependencyTasks;
        RoleExports fromDependencies;
        if (const QString meta = mainFile(role.path + QLatin1String("/meta")); !meta.isEmpty()) {
            withFile(meta, use.nameMark, tr("role meta file"), [&](const YAML::Node &root) {
                if (root.IsNull())
                    return true;
                if (!root.IsMap()) {
                    fail(root.Mark(),
                         tr("a role's meta/main.yml must be a mapping; write “dependencies:” and "
                            "“allow_duplicates:” at the top level."));
                    return false;
                }
                for (const Entry &key : entries(root)) {
                    if (key.key == QLatin1String("allow_duplicates")) {
                        boolean(key, &allowDuplicates);
                    } else if (key.key == QLatin1String("dependencies")) {
                        if (key.value.IsNull())
                            continue;
                        if (!key.value.IsSequence()) {
                            fail(markOf(key),
                                 tr("“dependencies” must be a list of roles; write one per line "
                                    "starting with “- ”, as under a play's “roles:”."));
                            continue;
                        }
                        for (const YAML::Node &item : key.value) {
                            RoleEntry dependency;
                            if (!readRoleEntry(item, QStringLiteral("dependencies"), &dependency))
                                continue;
                            RoleExports lent;
                            if (useRole(dependency, level, contextWhen, QFileInfo(role.path).absolutePath(), false,
                                        &dependencyTasks, &lent)) {
                                merge(&fromDependencies.defaults, lent.defaults);
                                merge(&fromDependencies.vars, lent.vars);
                            }
                        }
                    }
                    // galaxy_info, argument_specs and the rest describe the role; they run nothing.
                }
                return true;
            });
        }

        // import_role / include_role set it themselves (default true), over meta/main.yml.
        role.allowDuplicates = use.allowDuplicates.value_or(use.fromInclude || allowDuplicates);
        role.identity = roleIdentity(use);
        // What the role's tasks see, as Ansible's get_default_vars,
        // get_vars and get_role_params with the dependency chain: the
        // dependencies' values, the depending roles', then the role's own.
        const QList<Role> parents = m_roleChain.mid(0, m_roleChain.size() - 1);
        role.defaults = fromDependencies.defaults;
        role.vars.clear();
        QVariantMap params;
        for (const Role &parent : parents) {
            merge(&role.defaults, parent.defaults);
            merge(&role.vars, parent.vars);
            merge(&params, parent.params);
        }
        merge(&role.defaults, ownDefaults);
        merge(&role.vars, fromDependencies.vars);
        merge(&role.vars, ownVars);
        merge(&params, role.params);
        role.params = params;
        RoleExports lent;
        lent.defaults = fromDependencies.defaults;
        merge(&lent.defaults, ownDefaults);
        lent.vars = fromDependencies.vars;
        merge(&lent.vars, ownVars);
        if (exports)
            *exports = lent;

        level.role = role;
        Task block;
        block.kind = Task::Kind::Block;
        block.name = role.name;
        block.location = role.location;
        level.applyTo(&block);
        block.block = dependencyTasks;
        if (roleFile(use, QStringLiteral("tasks"), &path) && !path.isEmpty())
            readTaskFile(path, use.nameMark, level, &block.block, false);

        Task complete;
        complete.module = QStringLiteral("meta");
        complete.moduleAsWritten = QStringLiteral("meta");
        complete.arguments.insert(QStringLiteral("_raw_params"), QStringLiteral("role_complete"));
        complete.when = contextWhen + use.own.when;
        complete.tags = QStringList {QStringLiteral("always")};
        complete.role = role;
        complete.location = role.location;
        block.block.append(complete);

        // The handlers of a role (and of each of its dependencies) are added
        // to the play once, however often the role is used.
        if (roleFile(use, QStringLiteral("handlers"), &path) && !path.isEmpty() && m_play
            && !m_handlerFiles.contains(path)) {
            m_handlerFiles.insert(path);
            Inherited handlerLevel = m_playLevel;
            handlerLevel.role = role;
            readTaskFile(path, use.nameMark, handlerLevel, &m_play->handlers, true);
        }
        m_roleChain.removeLast();

        if (listedInPlay && m_play) {
            Role visible = role;
            visible.defaults = lent.defaults;
            visible.vars = lent.vars;
            m_play->roles.append(visible);
        }
        out->append(block);
        return errorCount() == before;
    }

    void readRoles(const Entry &entry, const Inherited &playLevel, Play *play)
    {
        if (entry.value.IsNull())
            return;
        if (!entry.value.IsSequence()) {
            fail(markOf(entry),
                 tr("“roles” must be a list of role names; write one per line starting with "
                    "“- ”."));
            return;
        }
        QList<Task> blocks;
        for (const YAML::Node &item : entry.value) {
            RoleEntry use;
            if (readRoleEntry(item, QStringLiteral("roles"), &use))
                useRole(use, playLevel, playLevel.when, QString(), true, &blocks);
        }
        play->tasks = blocks + play->tasks;
    }

    // ---- task lists ---------------------------------------------------------

    bool readTaskFile(const QString &path, const YAML::Mark &from, const Inherited &inherited, QList<Task> *tasks,
                      bool handlers)
    {
        return withFile(path, from, tr("task file"), [&](const YAML::Node &root) {
            if (root.IsNull())
                return true;
            if (!root.IsSequence()) {
                fail(root.Mark(), tr("a task file must be a list of tasks; start each task with “- name:”."));
                return false;
            }
            const int before = errorCount();
            for (const YAML::Node &node : root) {
                Task task;
                if (readTask(node, inherited, &task, handlers))
                    tasks->append(task);
            }
            return errorCount() == before;
        });
    }

    void readTaskList(const Entry &entry, const Inherited &inherited, QList<Task> *tasks, bool handlers)
    {
        if (entry.value.IsNull())
            return;
        if (!entry.value.IsSequence()) {
            fail(markOf(entry), tr("“%1” must be a list; start each task with “- name:”.").arg(entry.key));
            return;
        }
        for (const YAML::Node &node : entry.value) {
            Task task;
            if (readTask(node, inherited, &task, handlers))
                tasks->append(task);
        }
    }

    static bool isModuleKey(const QString &key, const QString &shortName)
    {
        return shortName == key || key.startsWith(BuiltinPrefix) || key.startsWith(LegacyPrefix);
    }

    bool readTask(const YAML::Node &node, const Inherited &inherited, Task *task, bool handler)
    {
        const int before = errorCount();
        if (!node.IsMap()) {
            fail(node.Mark(),
                 tr("a task must be a mapping; write it as “- name: …” followed by one "
                    "module such as “command: …”."));
            return false;
        }
        task->location = location(node.Mark());
        Inherited own;
        std::optional<Entry> module;
        std::optional<Entry> args;
        std::optional<Entry> loopControl;
        QList<Entry> blockParts;
        QList<Entry> taskOnly;
        for (const Entry &entry : entries(node)) {
            const QString &key = entry.key;
            const QString shortName = PlaybookParser::shortModuleName(key);
            if (key == QLatin1String("name")) {
                text(entry, &task->name);
            } else if (inheritedKeyword(entry, &own)) {
            } else if (blockKeywords().contains(key)) {
                blockParts.append(entry);
            } else if (key == QLatin1String("register")) {
                static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
                taskOnly.append(entry);
                if (text(entry, &task->registerAs) && !identifier.match(task->registerAs).hasMatch()) {
                    fail(markOf(entry),
                         tr("“%1” is not a valid variable name for “register”; use "
                            "letters, digits and underscores.")
                             .arg(task->registerAs));
                }
            } else if (key == QLatin1String("changed_when")) {
                taskOnly.append(entry);
                conditions(entry, &task->changedWhen);
            } else if (key == QLatin1String("failed_when")) {
                taskOnly.append(entry);
                conditions(entry, &task->failedWhen);
            } else if (key == QLatin1String("until")) {
                taskOnly.append(entry);
                conditions(entry, &task->until);
            } else if (key == QLatin1String("retries")) {
                taskOnly.append(entry);
                integer(entry, &task->retries);
            } else if (key == QLatin1String("delay")) {
                taskOnly.append(entry);
                integer(entry, &task->delay);
            } else if (key == QLatin1String("notify")) {
                taskOnly.append(entry);
                textList(entry, &task->notify);
            } else if (key == QLatin1String("listen")) {
                taskOnly.append(entry);
                if (!handler) {
                    fail(entry.keyNode.Mark(),
                         tr("“listen” belongs to handlers only; move this task under "
                            "“handlers:” or remove “listen”."));
                } else {
                    textList(entry, &task->listen);
                }
            } else if (key == QLatin1String("loop") || key == QLatin1String("with_items")) {
                taskOnly.append(entry);
                if (task->hasLoop()) {
                    fail(entry.keyNode.Mark(),
                         tr("this task already has a loop; keep only one of “loop” and "
                            "“with_items”."));
                    continue;
                }
                readLoop(entry, task);
            } else if (key == QLatin1String("loop_control")) {
                taskOnly.append(entry);
                loopControl = entry;
            } else if (key == QLatin1String("args")) {
                args = entry;
            } else if (key.startsWith(QLatin1String("with_"))) {
                fail(entry.keyNode.Mark(),
                     tr("the loop “%1” is not supported; only “loop” and “with_items” "
                        "are, so write “loop:” with a list or a template.")
                         .arg(key));
            } else if (refusedTaskKeywords().contains(key)) {
                fail(entry.keyNode.Mark(),
                     tr("the task keyword “%1” is not supported by Antler (%2); remove "
                        "it, or run this playbook with ansible-playbook.")
                         .arg(key, refusedTaskKeywords().value(key)));
            } else if ((shortName == QLatin1String("include_tasks") || shortName == QLatin1String("import_tasks")
                        || shortName == QLatin1String("include_role") || shortName == QLatin1String("import_role")
                        || PlaybookParser::moduleSpec(key) != nullptr)
                       && isModuleKey(key, shortName)) {
                if (module) {
                    fail(entry.keyNode.Mark(),
                         tr("this task already runs “%1”; a task runs exactly one "
                            "module, so move “%2” into a task of its own.")
                             .arg(module->key, key));
                    continue;
                }
                module = entry;
            } else if (laterModules().contains(shortName) && isModuleKey(key, shortName)) {
                fail(entry.keyNode.Mark(),
                     tr("the module “%1” is not supported by this version of Antler; "
                        "use one of %2, or run this playbook with ansible-playbook.")
                         .arg(key, knownModuleNames().join(QLatin1String(", "))));
            } else {
                const QStringList keywords = taskOnlyKeywords() + inheritedKeywords() + blockKeywords();
                const QString close
                    = nearest(shortName,
                              knownModuleNames() + keywords
                                  + QStringList {QStringLiteral("include_tasks"), QStringLiteral("import_tasks"),
                                                 QStringLiteral("include_role"), QStringLiteral("import_role")});
                fail(entry.keyNode.Mark(),
                     close.isEmpty()
                         ? tr("“%1” is neither a task keyword nor a module; check its spelling, or use one "
                              "of the modules %2.")
                               .arg(key, knownModuleNames().join(QLatin1String(", ")))
                         : tr("“%1” is neither a task keyword nor a module; check its spelling (did you mean “%2”?).")
                               .arg(key, close));
            }
        }

        if (loopControl)
            readLoopControl(*loopControl, task);
        if (task->retries < 0)
            task->retries = 0;

        const Inherited effective = own.over(inherited);
        effective.applyTo(task);

        if (!blockParts.isEmpty()) {
            if (module) {
                fail(module->keyNode.Mark(),
                     tr("a block cannot also run “%1”; move the module into a task "
                        "inside the block.")
                         .arg(module->key));
            }
            for (const Entry &entry : taskOnly) {
                fail(entry.keyNode.Mark(),
                     tr("“%1” cannot be used on a block; write it on the tasks inside "
                        "the block.")
                         .arg(entry.key));
            }
            if (args)
                fail(args->keyNode.Mark(), tr("“args” cannot be used on a block; write it on a task inside."));
            if (handler) {
                fail(node.Mark(),
                     tr("blocks are not supported among handlers; write each handler as a "
                        "task of its own."));
            }
            task->kind = Task::Kind::Block;
            bool hasBlock = false;
            for (const Entry &part : blockParts) {
                QList<Task> *list = part.key == QLatin1String("block") ? &task->block
                    : part.key == QLatin1String("rescue")              ? &task->rescue
                                                                       : &task->always;
                hasBlock = hasBlock || part.key == QLatin1String("block");
                readTaskList(part, effective, list, handler);
            }
            if (!hasBlock) {
                fail(node.Mark(),
                     tr("“rescue” and “always” need a “block” beside them; add “block:” with "
                        "the tasks to run first."));
            }
            return errorCount() == before;
        }

        if (!module) {
            if (errorCount() == before) {
                fail(node.Mark(),
                     tr("this task runs no module; add one such as “command: …” or “debug: "
                        "msg=…”."));
            }
            return false;
        }
        task->moduleAsWritten = module->key;
        const QString shortName = PlaybookParser::shortModuleName(module->key);
        if (shortName == QLatin1String("import_tasks")) {
            readImportTasks(*module, args, taskOnly, inherited, own, task, handler);
        } else if (shortName == QLatin1String("include_tasks")) {
            readIncludeTasks(*module, args, inherited, own, task, handler);
        } else if (shortName == QLatin1String("import_role")) {
            readImportRole(*module, args, taskOnly, inherited, own, task, handler);
        } else if (shortName == QLatin1String("include_role")) {
            readIncludeRole(*module, args, taskOnly, inherited, own, task, handler);
        } else {
            task->module = ModuleRegistry::instance().canonicalName(module->key);
            if (task->module.isEmpty())
                task->module = shortName;
            readModuleArguments(*module, args, task);
        }
        return errorCount() == before;
    }

    void readLoop(const Entry &entry, Task *task)
    {
        const bool withItems = entry.key == QLatin1String("with_items");
        task->loopKind = withItems ? Task::LoopKind::WithItems : Task::LoopKind::Loop;
        if (entry.value.IsSequence()) {
            task->loop = YamlValue::toVariant(entry.value);
            return;
        }
        if (entry.value.IsScalar()) {
            const QString written = YamlValue::fromStd(entry.value.Scalar());
            if (isTemplateText(written)) {
                task->loop = written;
            } else if (withItems) {
                task->loop = QVariantList {YamlValue::toVariant(entry.value)};
            } else {
                fail(markOf(entry),
                     tr("“loop” needs a list or a template that gives one, not the text “%1”; "
                        "write “loop: \"{{ %1 }}\"” for a variable or a list below it.")
                         .arg(written));
            }
            return;
        }
        fail(markOf(entry),
             tr("“%1” needs a list or a template that gives one, not %2; write the items one "
                "per line starting with “- ”.")
                 .arg(entry.key, entry.value.IsMap() ? tr("a mapping") : tr("nothing")));
    }

    void readLoopControl(const Entry &entry, Task *task)
    {
        if (!task->hasLoop()) {
            fail(entry.keyNode.Mark(),
                 tr("“loop_control” needs a loop on the same task; add “loop:” or remove "
                    "“loop_control”."));
            return;
        }
        if (!entry.value.IsMap()) {
            fail(markOf(entry),
                 tr("“loop_control” must be a mapping; write “loop_var:”, “label:” or "
                    "“index_var:” below it."));
            return;
        }
        static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        for (const Entry &key : entries(entry.value)) {
            if (key.key == QLatin1String("loop_var") || key.key == QLatin1String("index_var")) {
                QString name;
                if (!text(key, &name))
                    continue;
                if (!identifier.match(name).hasMatch()) {
                    fail(markOf(key),
                         tr("“%1” is not a valid variable name for “%2”; use letters, digits and "
                            "underscores.")
                             .arg(name, key.key));
                    continue;
                }
                (key.key == QLatin1String("loop_var") ? task->loopVar : task->loopIndexVar) = name;
            } else if (key.key == QLatin1String("label")) {
                text(key, &task->loopLabel);
            } else if (key.key == QLatin1String("pause") || key.key == QLatin1String("extended")
                       || key.key == QLatin1String("extended_allitems")) {
                fail(key.keyNode.Mark(),
                     tr("loop_control “%1” is not supported; remove it (loop_var, label "
                        "and index_var are).")
                         .arg(key.key));
            } else {
                fail(key.keyNode.Mark(),
                     tr("“%1” is not a loop_control keyword; use loop_var, label or "
                        "index_var.")
                         .arg(key.key));
            }
        }
    }

    // import_tasks: FILE, or import_tasks: {file: FILE}; the file name must be
    // literal, its tasks are read now and become a block.
    bool includeFileName(const Entry &module, const std::optional<Entry> &args, QString *name, YAML::Mark *mark)
    {
        *mark = markOf(module);
        auto fromMap = [&](const YAML::Node &map) {
            for (const Entry &key : entries(map)) {
                if (key.key == QLatin1String("file") || key.key == QLatin1String("_raw_params")) {
                    text(key, name);
                    *mark = markOf(key);
                } else if (key.key == QLatin1String("apply")) {
                    fail(key.keyNode.Mark(),
                         tr("“apply” is not supported; put the keywords on the tasks of "
                            "the included file, or use import_tasks."));
                } else {
                    fail(key.keyNode.Mark(), tr("“%1” has no argument “%2”; use “file”.").arg(module.key, key.key));
                }
            }
        };
        if (module.value.IsScalar())
            *name = YamlValue::fromStd(module.value.Scalar());
        else if (module.value.IsMap())
            fromMap(module.value);
        else if (!module.value.IsNull())
            fail(markOf(module), tr("“%1” takes a file name; write “%1: FILE.yml”.").arg(module.key));
        if (args) {
            if (args->value.IsMap())
                fromMap(args->value);
            else
                fail(markOf(*args), tr("“args” must be a mapping of argument names to values."));
        }
        if (name->trimmed().isEmpty()) {
            fail(markOf(module), tr("“%1” names no file; write “%1: FILE.yml”.").arg(module.key));
            return false;
        }
        return true;
    }

    QString resolveTaskFile(const QString &name, const Role &role) const
    {
        if (QFileInfo(name).isAbsolute())
            return name;
        const QString beside = QDir(m_source.directory).absoluteFilePath(name);
        if (QFileInfo::exists(beside) || !role.isValid())
            return QDir::cleanPath(beside);
        const QString inRole = role.path + QLatin1String("/tasks/") + name;
        return QFileInfo::exists(inRole) ? inRole : QDir::cleanPath(beside);
    }

    void readImportTasks(const Entry &module, const std::optional<Entry> &args, const QList<Entry> &taskOnly,
                         const Inherited &inherited, const Inherited &own, Task *task, bool handler)
    {
        for (const Entry &entry : taskOnly) {
            fail(entry.keyNode.Mark(),
                 tr("“%1” cannot be used on import_tasks, which only inlines a file; use "
                    "include_tasks, or write it on the imported tasks.")
                     .arg(entry.key));
        }
        QString name;
        YAML::Mark mark;
        if (!includeFileName(module, args, &name, &mark))
            return;
        if (isTemplateText(name)) {
            fail(mark,
                 tr("the file name of import_tasks is a template, which is read before any variable "
                    "exists; write the name as plain text, or use include_tasks."));
            return;
        }
        task->kind = Task::Kind::Block;
        task->importedFrom = resolveTaskFile(name, inherited.role);
        readTaskFile(task->importedFrom, mark, own.over(inherited), &task->block, handler);
    }

    void readIncludeTasks(const Entry &module, const std::optional<Entry> &args, const Inherited &inherited,
                          const Inherited &own, Task *task, bool handler)
    {
        if (handler) {
            fail(module.keyNode.Mark(),
                 tr("include_tasks is not supported among handlers; write each handler "
                    "as a task of its own."));
            return;
        }
        QString name;
        YAML::Mark mark;
        if (!includeFileName(module, args, &name, &mark))
            return;
        task->kind = Task::Kind::IncludeTasks;
        task->module = QStringLiteral("include_tasks");
        task->includeFile = name;
        if (isTemplateText(name))
            return;
        // A literal name is validated now; its tasks get the include's vars
        // (and what the levels above pass down), not its when or tags.
        task->includePath = resolveTaskFile(name, inherited.role);
        Inherited passed;
        passed.vars = own.vars;
        passed.environment = own.environment;
        passed.become = own.become;
        passed.becomeUser = own.becomeUser;
        passed.noLog = own.noLog;
        passed.checkMode = own.checkMode;
        passed.diff = own.diff;
        readTaskFile(task->includePath, mark, passed.over(inherited), &task->block, false);
    }

    // import_role / include_role arguments, as a mapping or as k=v words:
    // name (or role), tasks_from, vars_from, defaults_from, handlers_from,
    // allow_duplicates, rolespec_validate; public for include_role.
    bool readRoleArguments(const Entry &module, const std::optional<Entry> &args, bool include, RoleEntry *use,
                           bool *isPublic = nullptr)
    {
        struct Argument
        {
            QString key;
            QVariant value;
            bool scalar = true;
            YAML::Mark keyMark;
            YAML::Mark mark;
        };
        QList<Argument> arguments;
        auto fromMap = [&](const YAML::Node &map) {
            for (const Entry &key : entries(map))
                arguments.append(Argument {key.key, YamlValue::toVariant(key.value),
                                           key.value.IsScalar() || key.value.IsNull(), key.keyNode.Mark(),
                                           markOf(key)});
        };
        if (module.value.IsScalar()) {
            QStringList words;
            QString error;
            if (!splitWords(YamlValue::fromStd(module.value.Scalar()), &words, &error)) {
                fail(markOf(module),
                     tr("the arguments of “%1” cannot be read (%2); write them as a mapping on "
                        "the next lines, indented.")
                         .arg(module.key, error));
                return false;
            }
            for (const QString &word : std::as_const(words)) {
                const qsizetype equals = word.indexOf(QLatin1Char('='));
                if (equals <= 0) {
                    fail(markOf(module),
                         tr("“%1” takes key=value words on its line, and “%2” is not one; write "
                            "“%1:” with “name: ROLE” on the next line, indented.")
                             .arg(module.key, word));
                    return false;
                }
                arguments.append(Argument {word.left(equals), YamlValue::fromPlainScalar(word.mid(equals + 1)), true,
                                           markOf(module), markOf(module)});
            }
        } else if (module.value.IsMap()) {
            fromMap(module.value);
        } else if (!module.value.IsNull()) {
            fail(markOf(module),
                 tr("the arguments of “%1” must be a mapping, not a list; write “name: ROLE” on the "
                    "next line, indented.")
                     .arg(module.key));
            return false;
        }
        if (args) {
            if (args->value.IsMap())
                fromMap(args->value);
            else
                fail(markOf(*args), tr("“args” must be a mapping of argument names to values."));
        }

        const int before = errorCount();
        use->fromInclude = true;
        use->nameMark = markOf(module);
        for (const Argument &argument : std::as_const(arguments)) {
            const QString &key = argument.key;
            const QString written = argument.scalar ? argument.value.toString() : QString();
            auto plainText = [&](QString *out) {
                if (!argument.scalar || argument.value.isNull() || written.isEmpty()) {
                    fail(argument.mark,
                         tr("“%1” of “%2” must be a name; write it on the same line.").arg(key, module.key));
                    return false;
                }
                *out = written;
                return true;
            };
            if (key == QLatin1String("name") || key == QLatin1String("role")) {
                if (!use->role.name.isEmpty()) {
                    fail(argument.keyMark, tr("“%1” names its role twice; keep only “name”.").arg(module.key));
                    continue;
                }
                if (!plainText(&use->role.name))
                    continue;
                use->nameMark = argument.mark;
                if (isTemplateText(use->role.name)) {
                    fail(argument.mark,
                         include ? tr("the role name of include_role is a template, which this version does not "
                                      "resolve; write the role name as plain text, with one include_role and a "
                                      "“when:” for each role it may be.")
                                 : tr("the role name of import_role is a template, which is read before any "
                                      "variable exists; write the role name as plain text."));
                }
            } else if (key == QLatin1String("tasks_from") || key == QLatin1String("vars_from")
                       || key == QLatin1String("defaults_from") || key == QLatin1String("handlers_from")) {
                QString file;
                if (!plainText(&file))
                    continue;
                if (isTemplateText(file)) {
                    fail(argument.mark,
                         tr("“%1” is a template, which this version does not resolve for “%2”; "
                            "write the file name as plain text.")
                             .arg(key, module.key));
                    continue;
                }
                use->fromFiles.insert(key.chopped(5), file);
                use->fromMarks.insert(key.chopped(5), argument.mark);
            } else if (key == QLatin1String("allow_duplicates") || key == QLatin1String("rolespec_validate")
                       || (key == QLatin1String("public") && include)) {
                bool value = false;
                if (!argument.scalar || !YamlValue::parseBool(written, &value)) {
                    fail(argument.mark,
                         tr("“%1” of “%2” must be true or false; write one of them.").arg(key, module.key));
                    continue;
                }
                if (key == QLatin1String("allow_duplicates"))
                    use->allowDuplicates = value;
                else if (key == QLatin1String("public") && isPublic)
                    *isPublic = value;
                // rolespec_validate: argument specs are not checked in this version.
            } else if (key == QLatin1String("public")) {
                fail(argument.keyMark,
                     tr("“public” belongs to include_role; import_role always makes the role's "
                        "variables visible to the play, so remove it."));
            } else if (key == QLatin1String("apply")) {
                fail(argument.keyMark,
                     include ? tr("“apply” of include_role is not supported; write the keywords on "
                                  "the role's tasks, or use import_role, which passes its "
                                  "keywords down.")
                             : tr("“apply” belongs to include_role; write the keywords on the "
                                  "import_role task itself, which passes them down."));
            } else {
                QStringList valid {QStringLiteral("name"),
                                   QStringLiteral("tasks_from"),
                                   QStringLiteral("vars_from"),
                                   QStringLiteral("defaults_from"),
                                   QStringLiteral("handlers_from"),
                                   QStringLiteral("allow_duplicates"),
                                   QStringLiteral("rolespec_validate")};
                if (include)
                    valid.append(QStringLiteral("public"));
                const QString close = nearest(key, valid);
                fail(argument.keyMark,
                     close.isEmpty() ? tr("“%1” has no argument “%2”; use one of: %3.")
                                           .arg(module.key, key, valid.join(QLatin1String(", ")))
                                     : tr("“%1” has no argument “%2”; did you mean “%3”? Valid are: %4.")
                                           .arg(module.key, key, close, valid.join(QLatin1String(", "))));
            }
        }
        if (use->role.name.isEmpty() && errorCount() == before) {
            fail(markOf(module),
                 tr("“%1” needs the argument “name” with the role to use; add “name: ROLE” below "
                    "it.")
                     .arg(module.key));
        }
        return errorCount() == before;
    }

    // import_role: the role is read now and its tasks inlined as a block,
    // with the import's keywords (when, tags, become, vars…) passed down, as
    // for a role listed under roles:.
    void readImportRole(const Entry &module, const std::optional<Entry> &args, const QList<Entry> &taskOnly,
                        const Inherited &inherited, const Inherited &own, Task *task, bool handler)
    {
        if (handler) {
            fail(module.keyNode.Mark(),
                 tr("import_role is not supported among handlers; list the role under the "
                    "play's “roles:”, which adds its handlers."));
            return;
        }
        for (const Entry &entry : taskOnly) {
            fail(entry.keyNode.Mark(),
                 tr("“%1” cannot be used on import_role, which only inlines the role's tasks; "
                    "write it on the role's tasks instead.")
                     .arg(entry.key));
        }
        RoleEntry use;
        if (!readRoleArguments(module, args, false, &use))
            return;
        use.role.location = task->location;
        use.vars = own.vars;
        task->kind = Task::Kind::Block;
        const Inherited context = own.over(inherited);
        useRole(use, context, context.when, QString(), true, &task->block);
    }

    // include_role with a literal name and no loop: the role is read now,
    // but the include's when is evaluated once, when it runs (Kind::
    // IncludeRole). As in Ansible, the include's keywords other than vars
    // (when, tags, become, ignore_errors…) apply to the include only; its
    // tasks inherit from the levels above it.
    void readIncludeRole(const Entry &module, const std::optional<Entry> &args, const QList<Entry> &taskOnly,
                         const Inherited &inherited, const Inherited &own, Task *task, bool handler)
    {
        if (handler) {
            fail(module.keyNode.Mark(),
                 tr("include_role is not supported among handlers; list the role under the "
                    "play's “roles:”, which adds its handlers."));
            return;
        }
        for (const Entry &entry : taskOnly) {
            if (entry.key == QLatin1String("loop") || entry.key == QLatin1String("with_items")
                || entry.key == QLatin1String("loop_control")) {
                fail(entry.keyNode.Mark(),
                     tr("a loop on include_role is not supported in this version; write one "
                        "include_role per item with its vars, or loop inside the role's "
                        "tasks."));
            } else {
                fail(entry.keyNode.Mark(),
                     tr("“%1” cannot be used on include_role; write it on the role's tasks "
                        "instead.")
                         .arg(entry.key));
            }
        }
        RoleEntry use;
        bool isPublic = false;
        if (!readRoleArguments(module, args, true, &use, &isPublic) || !taskOnly.isEmpty())
            return;
        use.role.location = task->location;
        use.vars = own.vars;
        task->kind = Task::Kind::IncludeRole;
        task->module = QStringLiteral("include_role");
        task->includeFile = use.role.name;
        Inherited passed;
        passed.vars = own.vars;
        // public: the role's variables are visible to the whole play here,
        // not only to the tasks after the include as in Ansible.
        if (useRole(use, passed.over(inherited), inherited.when, QString(), isPublic, &task->block))
            task->includePath = task->block.constLast().role.path;
    }

    // ---- module arguments ---------------------------------------------------

    static QString typeName(ModuleArgument::Type type)
    {
        switch (type) {
        case ModuleArgument::Type::Bool:
            return tr("true or false");
        case ModuleArgument::Type::Int:
            return tr("a whole number");
        case ModuleArgument::Type::Float:
            return tr("a number");
        case ModuleArgument::Type::List:
            return tr("a list");
        case ModuleArgument::Type::Dict:
            return tr("a mapping");
        case ModuleArgument::Type::Path:
            return tr("a path");
        case ModuleArgument::Type::Str:
            return tr("text");
        case ModuleArgument::Type::Raw:
            break;
        }
        return tr("a value");
    }

    // Checks a value written for an argument and stores it under the
    // argument's name. mark points at the value.
    void setArgument(const ModuleSpec &spec, const QString &moduleKey, const QString &name, const YAML::Node *node,
                     const QVariant &writtenValue, const YAML::Mark &keyMark, const YAML::Mark &mark,
                     QVariantMap *arguments)
    {
        if (spec.anyArguments) {
            arguments->insert(name, node ? YamlValue::toVariant(*node) : writtenValue);
            return;
        }
        const ModuleArgument *argument = spec.argument(name);
        if (!argument) {
            QStringList valid;
            for (const ModuleArgument &known : spec.arguments) {
                if (!known.name.startsWith(QLatin1Char('_')))
                    valid.append(known.name);
            }
            const QString close = nearest(name, valid);
            fail(keyMark,
                 close.isEmpty() ? tr("the module “%1” has no argument “%2”; use one of: %3.")
                                       .arg(moduleKey, name, valid.join(QLatin1String(", ")))
                                 : tr("the module “%1” has no argument “%2”; did you mean “%3”? Valid are: %4.")
                                       .arg(moduleKey, name, close, valid.join(QLatin1String(", "))));
            return;
        }
        if (arguments->contains(argument->name)) {
            fail(keyMark,
                 tr("the argument “%1” of “%2” is given twice (maybe through an alias); keep only one.")
                     .arg(argument->name, moduleKey));
            return;
        }
        QVariant value = node ? YamlValue::toVariant(*node) : writtenValue;
        const bool scalar = node ? node->IsScalar() : true;
        const QString written
            = node ? (node->IsScalar() ? YamlValue::fromStd(node->Scalar()) : QString()) : writtenValue.toString();
        const bool templated = scalar && isTemplateText(written);
        bool ok = true;
        if (argument->name == QLatin1String("argv") && !templated && (!node || !node->IsSequence())) {
            fail(mark,
                 tr("“argv” must be a non-empty list of words; write each word as an entry starting "
                    "with “- ”."));
            return;
        }
        if (!templated) {
            switch (argument->type) {
            case ModuleArgument::Type::Raw:
                break;
            case ModuleArgument::Type::Str:
            case ModuleArgument::Type::Path:
                ok = scalar;
                if (ok && node && !node->IsNull())
                    value = written;
                break;
            case ModuleArgument::Type::Bool: {
                bool parsed = false;
                ok = scalar && YamlValue::parseBool(written, &parsed);
                if (ok)
                    value = parsed;
                break;
            }
            case ModuleArgument::Type::Int: {
                const qlonglong number = written.toLongLong(&ok);
                ok = ok && scalar;
                if (ok)
                    value = number;
                break;
            }
            case ModuleArgument::Type::Float: {
                const double number = written.toDouble(&ok);
                ok = ok && scalar;
                if (ok && value.typeId() == QMetaType::QString)
                    value = number;
                break;
            }
            case ModuleArgument::Type::List:
                // A comma-separated string is a list too, as in Ansible.
                ok = !node || node->IsSequence() || node->IsScalar();
                if (ok && (!node || node->IsScalar()) && value.typeId() == QMetaType::QString)
                    value = written.split(QLatin1Char(','));
                break;
            case ModuleArgument::Type::Dict:
                ok = node && node->IsMap();
                break;
            }
        }
        if (!ok) {
            fail(mark,
                 tr("the argument “%1” of “%2” must be %3; write it as %3 or as a template.")
                     .arg(argument->name, moduleKey, typeName(argument->type)));
            return;
        }
        if (!templated && scalar && !argument->choices.isEmpty()) {
            QString asText = written;
            if (value.typeId() == QMetaType::Bool)
                asText = value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
            if (!argument->choices.contains(written) && !argument->choices.contains(asText)) {
                if (argument->name.startsWith(QLatin1Char('_')) || argument->name == spec.freeFormArgument)
                    fail(mark,
                         tr("“%1” is not a valid value for “%2”; use one of: %3.")
                             .arg(written, moduleKey, argument->choices.join(QLatin1String(", "))));
                else
                    fail(mark,
                         tr("“%1” is not a valid value for “%2” of “%3”; use one of: %4.")
                             .arg(written, argument->name, moduleKey, argument->choices.join(QLatin1String(", "))));
                return;
            }
        }
        arguments->insert(argument->name, value);
    }

    // "command: ls chdir=/tmp": k=v words for arguments of the module are
    // taken out, the rest is the free-form argument.
    QString takeFreeFormOptions(const ModuleSpec &spec, const QString &moduleKey, const QString &freeForm,
                                const YAML::Mark &mark, QVariantMap *arguments)
    {
        QString rest = freeForm;
        for (const ModuleArgument &argument : spec.arguments) {
            if (argument.name == spec.freeFormArgument || argument.name.startsWith(QLatin1Char('_')))
                continue;
            const QRegularExpression pattern(
                QStringLiteral("(^|\\s)%1=(\"[^\"]*\"|'[^']*'|\\S+)").arg(QRegularExpression::escape(argument.name)));
            const QRegularExpressionMatch match = pattern.match(rest);
            if (match.hasMatch()) {
                QString value = match.captured(2);
                if (value.size() >= 2 && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))))
                    value = value.mid(1, value.size() - 2);
                setArgument(spec, moduleKey, argument.name, nullptr, value, mark, mark, arguments);
                rest.remove(match.capturedStart(), match.capturedLength());
            }
        }
        return rest.trimmed();
    }

    void readModuleArguments(const Entry &module, const std::optional<Entry> &args, Task *task)
    {
        const ModuleSpec *spec = PlaybookParser::moduleSpec(module.key);
        if (!spec)
            return;
        QVariantMap arguments;
        const YAML::Node &value = module.value;
        auto readMapping = [&](const YAML::Node &map) {
            for (const Entry &entry : entries(map))
                setArgument(*spec, module.key, entry.key, &entry.value, QVariant(), entry.keyNode.Mark(), markOf(entry),
                            &arguments);
        };
        if (value.IsScalar()) {
            const QString freeForm = YamlValue::fromStd(value.Scalar());
            if (!spec->freeFormArgument.isEmpty()) {
                const QString command = task->module == QLatin1String("raw") || task->module == QLatin1String("meta")
                    ? freeForm.trimmed()
                    : takeFreeFormOptions(*spec, module.key, freeForm, markOf(module), &arguments);
                if (!command.isEmpty())
                    setArgument(*spec, module.key, spec->freeFormArgument, nullptr, command, markOf(module),
                                markOf(module), &arguments);
            } else if (!freeForm.trimmed().isEmpty()) {
                // key=value words, quoted like a shell, as Ansible's parse_kv reads them.
                QStringList words;
                QString error;
                if (!splitWords(freeForm, &words, &error)) {
                    fail(markOf(module),
                         tr("the arguments of “%1” cannot be read (%2); write them as a "
                            "mapping on the next lines, indented.")
                             .arg(module.key, error));
                } else {
                    for (const QString &word : std::as_const(words)) {
                        const qsizetype equals = word.indexOf(QLatin1Char('='));
                        if (equals <= 0) {
                            fail(markOf(module),
                                 tr("“%1” takes key=value words on its line, and “%2” is not "
                                    "one; write the arguments as a mapping on the next "
                                    "lines, indented.")
                                     .arg(module.key, word));
                            break;
                        }
                        setArgument(*spec, module.key, word.left(equals), nullptr, word.mid(equals + 1), markOf(module),
                                    markOf(module), &arguments);
                    }
                }
            }
        } else if (value.IsMap()) {
            if (task->module == QLatin1String("raw")) {
                fail(markOf(module),
                     tr("“%1” takes no arguments by name; write the command as text on "
                        "the same line, such as “raw: uptime”.")
                         .arg(module.key));
            } else {
                readMapping(value);
            }
        } else if (value.IsSequence()) {
            fail(markOf(module),
                 tr("the arguments of “%1” must be text or a mapping, not a list; write "
                    "them as “name: value” lines below it.")
                     .arg(module.key));
        }
        if (args) {
            if (!args->value.IsMap())
                fail(markOf(*args),
                     tr("“args” must be a mapping of argument names to values; write one "
                        "“name: value” per line below it."));
            else
                readMapping(args->value);
        }

        const QString &name = task->module;
        const bool commandLike
            = name == QLatin1String("command") || name == QLatin1String("shell") || name == QLatin1String("raw");
        if (commandLike) {
            const bool hasCmd = arguments.contains(QStringLiteral("cmd"));
            const bool hasArgv = arguments.contains(QStringLiteral("argv"));
            if (hasCmd && hasArgv) {
                fail(markOf(module),
                     tr("“%1” has both a command line and “argv”; keep only one of them.").arg(module.key));
            } else if (!hasCmd && !hasArgv) {
                fail(markOf(module),
                     tr("“%1” has no command to run; write it after the colon, such as "
                        "“%1: uptime”.")
                         .arg(module.key));
            } else if (hasCmd && arguments.value(QStringLiteral("cmd")).toString().trimmed().isEmpty()) {
                fail(markOf(module), tr("the command of “%1” is empty; write the command to run.").arg(module.key));
            } else if (hasArgv && arguments.value(QStringLiteral("argv")).toList().isEmpty()) {
                fail(markOf(module),
                     tr("“argv” of “%1” is empty; write each word as an entry starting "
                        "with “- ”.")
                         .arg(module.key));
            }
        } else {
            for (const ModuleArgument &argument : spec->arguments) {
                if (argument.required && !arguments.contains(argument.name)) {
                    const QString shown
                        = argument.name == QLatin1String("_raw_params") ? tr("its value") : argument.name;
                    fail(markOf(module), tr("“%1” needs the argument “%2”; add it.").arg(module.key, shown));
                }
            }
        }
        if (name == QLatin1String("debug") && !arguments.contains(QStringLiteral("msg"))
            && !arguments.contains(QStringLiteral("var")))
            arguments.insert(QStringLiteral("msg"), QStringLiteral("Hello world!"));
        task->arguments = arguments;
    }

    // Literal notify names must name a handler or a listen topic of the play.
    void checkNotifications(const Play &play)
    {
        QSet<QString> known;
        std::function<void(const QList<Task> &)> collect = [&](const QList<Task> &tasks) {
            for (const Task &task : tasks) {
                known.insert(task.name);
                for (const QString &topic : task.listen)
                    known.insert(topic);
                if (task.role.isValid() && !task.name.isEmpty())
                    known.insert(task.role.name + QLatin1String(" : ") + task.name);
            }
        };
        collect(play.handlers);
        std::function<void(const QList<Task> &)> check = [&](const QList<Task> &tasks) {
            for (const Task &task : tasks) {
                check(task.block);
                check(task.rescue);
                check(task.always);
                for (const QString &name : task.notify) {
                    if (isTemplateText(name) || known.contains(name))
                        continue;
                    ++m_failures;
                    m_errors->append(PlaybookError(
                        task.location,
                        tr("the task notifies “%1”, but the play has no handler of that name or listen topic; "
                           "add the handler or fix the name.")
                            .arg(name)));
                }
            }
        };
        check(play.preTasks);
        check(play.tasks);
        check(play.postTasks);
        check(play.handlers);
    }

    Source m_source;

private:
    QList<PlaybookError> *m_errors;
    int m_failures = 0;
    QStringList m_fileStack;
    // The play being read: roles add their handlers to it, and roles:,
    // import_role and their dependencies their variables.
    Play *m_play = nullptr;
    Inherited m_playLevel;
    // The folder of the playbook the play is written in, where roles are
    // looked for from any file (Ansible's loader base directory).
    QString m_playDirectory;
    // Handler files of roles already added to the play.
    QSet<QString> m_handlerFiles;
    // The roles being read, outermost first, each with its own defaults,
    // vars and parameters: their dependencies (and the roles they import)
    // inherit those, and meeting one of them again is a loop.
    QList<Role> m_roleChain;
};

} // namespace

bool PlaybookParser::splitKeyValueWords(const QString &text, QStringList *words, QString *error)
{
    return splitWords(text, words, error);
}

QStringList PlaybookParser::supportedModules()
{
    return knownModuleNames();
}

QString PlaybookParser::shortModuleName(const QString &key)
{
    if (key.startsWith(BuiltinPrefix))
        return key.mid(BuiltinPrefix.size());
    if (key.startsWith(LegacyPrefix))
        return key.mid(LegacyPrefix.size());
    return key;
}

const ModuleSpec *PlaybookParser::moduleSpec(const QString &name)
{
    return ModuleRegistry::instance().find(name);
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
    Reader reader(errors);
    Playbook result;
    result.path = sourceName;
    YAML::Node root;
    if (reader.load(data, sourceName, &root))
        reader.readPlaybook(root, &result.plays);
    if (errors->size() != before)
        return false;
    *playbook = result;
    return true;
}

bool PlaybookParser::parseIncludedTasks(const QString &path, const Task &include, QList<Task> *tasks,
                                        QList<PlaybookError> *errors)
{
    const qsizetype before = errors->size();
    Reader reader(errors);
    reader.m_source.name = include.location.file();
    reader.m_source.directory = QFileInfo(include.location.file()).absolutePath();
    Inherited passed;
    passed.vars = include.vars;
    passed.environment = include.environment;
    passed.become = include.become;
    passed.becomeUser = include.becomeUser;
    passed.noLog = include.noLog;
    passed.checkMode = include.checkMode;
    passed.diff = include.diff;
    passed.role = include.role;
    QList<Task> result;
    const QString resolved = reader.resolveTaskFile(path, include.role);
    YAML::Mark mark;
    mark.line = include.location.line() - 1;
    mark.column = include.location.column() - 1;
    reader.readTaskFile(resolved, mark, passed, &result, false);
    if (errors->size() != before)
        return false;
    *tasks = result;
    return true;
}

} // namespace antler::playbook
