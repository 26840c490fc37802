#pragma once

#include "inventory/Inventory.h"
#include "playbook/Playbook.h"
#include "playbook/PlaybookError.h"
#include "playbook/TagFilter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace antler::playbook {

// What a playbook will do before it runs, read with the same parser and
// inventory as the run: its plays with their tasks (role, tags, file:line) and
// the hosts each play matches — the data of `--list-tasks` and `--list-hosts`
// as values, for the window. A playbook with problems keeps every
// PlaybookError; an inventory that cannot be read keeps its sentence.
class PlaybookPreview
{
    Q_DECLARE_TR_FUNCTIONS(antler::playbook::PlaybookPreview)

public:
    struct TaskEntry
    {
        QString name; // as --list-tasks prints it, without the role
        QString role; // empty for a play's own task
        QStringList tags;
        SourceLocation location;
    };
    struct PlayEntry
    {
        QString name; // Play::displayName()
        QString pattern;
        QStringList tags;
        SourceLocation location;
        QList<TaskEntry> tasks;
    };

    // Reads both files; false when either has problems (see errors() and
    // inventoryProblem()). An empty inventory path means the implicit localhost.
    bool load(const QString &playbookPath, const QString &inventoryPath);

    bool isValid() const { return m_valid; }
    const QList<PlaybookError> &errors() const { return m_errors; }
    QString inventoryProblem() const { return m_inventoryProblem; }
    const Playbook &playbook() const { return m_playbook; }
    const inventory::Inventory &inventory() const { return m_inventory; }

    // Plays and tasks, tasks narrowed by --tags / --skip-tags as --list-tasks does.
    QList<PlayEntry> plays(const QStringList &tags = {}, const QStringList &skipTags = {}) const;
    // The tasks --list-tasks shows for play: blocks by their block: tasks (not
    // rescue or always, as ansible-playbook), an include as itself, no
    // implicit meta; narrowed by filter.
    static QList<Task> listedTasks(const Play &play, const TagFilter &filter);
    // Every tag written in the playbook (plays, tasks, roles), sorted, without repeats.
    QStringList allTags() const;
    // Every task name, in order, for --start-at-task.
    QStringList taskNames() const;
    // The hosts play `index` runs on, narrowed by limit (a pattern, or hosts
    // joined with ":"), as --list-hosts prints them; *warning gets the
    // inventory's warning for a pattern that matches nothing.
    QStringList hosts(int index, const QString &limit = {}, QString *warning = nullptr) const;
    // The hosts a limit matches in the inventory (all hosts for an empty one).
    QStringList limitHosts(const QString &limit, QString *warning = nullptr) const;

private:
    Playbook m_playbook;
    inventory::Inventory m_inventory;
    QList<PlaybookError> m_errors;
    QString m_inventoryProblem;
    bool m_valid = false;
};

} // namespace antler::playbook
