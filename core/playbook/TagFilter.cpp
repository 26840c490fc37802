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

    bool run = false;
    if (taskTags.contains(always))
        run = true;
    else if (only.contains(QLatin1String("all")) && !taskTags.contains(never))
        run = true;
    else if (only.contains(QLatin1String("tagged")) && !untagged && !taskTags.contains(never))
        run = true;
    else if (only.contains(QLatin1String("untagged")) && untagged)
        run = true;
    else if (intersects(taskTags, only))
        run = true;

    if (run && !m_skip.isEmpty()) {
        if (m_skip.contains(QLatin1String("all"))) {
            if (!taskTags.contains(always) || m_skip.contains(always))
                run = false;
        } else if (intersects(taskTags, m_skip)) {
            run = false;
        } else if (m_skip.contains(QLatin1String("tagged")) && !untagged) {
            run = false;
        } else if (m_skip.contains(QLatin1String("untagged")) && untagged) {
            run = false;
        }
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
