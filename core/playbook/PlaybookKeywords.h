#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace antler::playbook {

// Which keywords a play, a task and a block accept, which ones Ansible knows
// that this version refuses by name (with the reason, so the user learns it is
// a missing feature, not a typo), and the closest known word to a misspelt one.
class PlaybookKeywords
{
    Q_DECLARE_TR_FUNCTIONS(antler::playbook::PlaybookKeywords)

public:
    static const QString &builtinPrefix();
    static const QString &legacyPrefix();

    static const QHash<QString, QString> &refusedPlayKeywords();
    static const QHash<QString, QString> &refusedTaskKeywords();
    // Real ansible.builtin modules that are not in this version: refused by
    // name, not suggested away as typos.
    static const QStringList &laterModules();
    static const QStringList &playKeywords();
    // Keywords a task, a block, an import and a role entry share; their values
    // are passed down to the tasks below.
    static const QStringList &inheritedKeywords();
    static const QStringList &taskOnlyKeywords();
    static const QStringList &blockKeywords();

    // The closest of candidates to word, or empty when none is close enough to
    // be a likely typo.
    static QString closest(const QString &word, const QStringList &candidates);
};

} // namespace antler::playbook
