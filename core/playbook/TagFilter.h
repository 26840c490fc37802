#pragma once

#include <QStringList>

namespace antler::playbook {

// --tags / --skip-tags as ansible-playbook applies them to a task's
// (effective) tags, with the special tags: always (runs unless skipped by
// name), never (runs only when asked for by name), all, tagged and untagged.
class TagFilter
{
public:
    TagFilter() = default;
    // Empty lists mean no --tags (all) and no --skip-tags.
    TagFilter(const QStringList &onlyTags, const QStringList &skipTags);

    bool shouldRun(const QStringList &taskTags) const;
    bool isActive() const { return !m_only.isEmpty() || !m_skip.isEmpty(); }

    // "a,b" and repeated options into one list, trimmed, without empties.
    static QStringList split(const QStringList &values);

private:
    QStringList m_only;
    QStringList m_skip;
};

} // namespace antler::playbook
