#pragma once

#include "playbook/Role.h"
#include "playbook/Task.h"
#include "playbook/YamlEntry.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace antler::playbook {

class YamlReader;

// What a play, block, import or role entry passes down to the tasks below
// it: the keywords every level shares (when, tags, vars, environment,
// become…), and how a level's own values combine with its parent's.
struct InheritedKeywords
{
    Q_DECLARE_TR_FUNCTIONS(antler::playbook::PlaybookParser)

public:
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
    // Keywords written as a template (become, ignore_errors, no_log,
    // check_mode, diff, run_once, any_errors_fatal), by keyword: rendered when
    // the task runs, see TaskKeywords. A template on a lower level replaces
    // its parent's literal and the other way round.
    QMap<QString, QString> templates;
    // environment written as a template of a whole mapping, outer levels first.
    QStringList environmentTemplates;
    Role role;

    // This level's own values on top of parent's.
    InheritedKeywords over(const InheritedKeywords &parent) const;
    void applyTo(Task *task) const;
    // Reads one of the shared keywords into this level; false when entry's
    // key is not one of them.
    bool read(YamlReader &yaml, const YamlEntry &entry);

    // What include_tasks passes to the tasks of its file: its vars,
    // environment, become, become_user, no_log, check_mode and diff; not its
    // when or tags, which apply to the include itself.
    static InheritedKeywords passedByInclude(const InheritedKeywords &include);
    // The keywords a read task carries, as a level (for an include_tasks
    // resolved at run time).
    static InheritedKeywords of(const Task &task);
};

} // namespace antler::playbook
