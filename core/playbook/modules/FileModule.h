#pragma once

#include "playbook/modules/FileModuleBase.h"

#include <optional>

namespace antler::playbook {

// ansible.builtin.file: state file/directory/link/hard/touch/absent with
// mode, owner, group, recurse, src and force. One probe of the path (and of
// a link's source), then one command for the whole change.
class FileModule : public FileModuleBase
{
    Q_OBJECT

public:
    using FileModuleBase::FileModuleBase;
    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;

private:
    void decide(const RemoteProbe &probe);
    // Runs lines (may be empty: nothing to do), then finishes with the
    // result keys Ansible gives for the state.
    void apply(const QByteArray &lines, bool changed, const QString &reportPath, const QVariantMap &before,
               const QVariantMap &after, bool useDest);
    // Makes every missing folder of m_path with one mkdir (with -m mode
    // when mode >= 0) and no program when none is missing.
    QByteArray mkdirLines(int mode) const;
    QByteArray attributeLines(const FileStat &current, const QString &path, bool follow, bool *changes,
                              QVariantMap *before, QVariantMap *after, int umask, bool isDirectory);

    QVariantMap m_arguments;
    RemoteFileState m_initial;
    // What the change decide would make printed, when the probe made it
    // already (RemoteFileScript::probeThenIfAbsent); apply then runs nothing.
    std::optional<RemoteProbe> m_done;
    QString m_path;
    QString m_state;
    QString m_src;
    QString m_absSrc;
    QString m_owner;
    QString m_group;
    bool m_follow = true;
    bool m_force = false;
    bool m_recurse = false;
};

} // namespace antler::playbook
