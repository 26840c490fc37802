#include "playbook/TagFilter.h"

namespace antler::playbook {

namespace {

bool intersects(const QStringList &a, const QStringList &b)
{
    for (const QString &item : a) {
        if (b.contains(item))
            return true;
    }
    return false;
}

} // namespace

TagFilter::TagFilter(const QStringList &onlyTags, const QStringList &skipTags)
    : m_only(onlyTags)
    , m_skip(skipTags)
{
}

bool TagFilter::shouldRun(const QStringList &taskTags) const
{
    const QLatin1String always("always");
    const QLatin1String never("never");
    const bool untagged = taskTags.isEmpty();
    const QStringList only = m_only.isEmpty() ? QStringList {QStringLiteral("all")} : m_only;

    // Ansible's rules: a task runs if one of these holds...
    bool run = taskTags.contains(always) || (only.contains(QLatin1String("all")) && !taskTags.contains(never))
        || (only.contains(QLatin1String("tagged")) && !untagged && !taskTags.contains(never))
        || (only.contains(QLatin1String("untagged")) && untagged) || intersects(taskTags, only);

    // ...and is then skipped if one of these does (skipping "all" spares
    // the "always" tasks unless "always" is skipped too).
    if (run && !m_skip.isEmpty()) {
        const bool skipped = m_skip.contains(QLatin1String("all"))
            ? !taskTags.contains(always) || m_skip.contains(always)
            : intersects(taskTags, m_skip) || (m_skip.contains(QLatin1String("tagged")) && !untagged)
                || (m_skip.contains(QLatin1String("untagged")) && untagged);
        run = !skipped;
    }
    return run;
}

QStringList TagFilter::split(const QStringList &values)
{
    QStringList tags;
    for (const QString &value : values) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString tag = part.trimmed();
            if (!tag.isEmpty() && !tags.contains(tag))
                tags.append(tag);
        }
    }
    return tags;
}

} // namespace antler::playbook
