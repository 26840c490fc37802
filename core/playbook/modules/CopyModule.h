#pragma once

#include "playbook/modules/FileModuleBase.h"

namespace antler::playbook {

// ansible.builtin.copy: content or a local src (a file or a folder, looked up
// in the search paths), or remote_src, to dest. One probe (checksums of the
// candidates), then at most one write, which streams the bytes and sets
// mode/owner/group/backup in the same command.
class CopyModule : public FileModuleBase
{
    Q_OBJECT

public:
    using FileModuleBase::FileModuleBase;
    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;

protected:
    // The template module writes rendered text through copy: what the diff
    // names as the source, and the mode "preserve" keeps.
    QString m_contentLabel;
    int m_contentMode = -1;

private:
    struct Item
    {
        QString localPath; // empty for content
        QByteArray content;
        QByteArray checksum; // sha1 hex
        QByteArray md5;
        int localMode = -1;
        QString dest; // final remote path
        QString relative; // for folders: path below src
    };

    void startFile(const QVariantMap &arguments);
    void startTree(const QVariantMap &arguments, const QString &localDir);
    void startRemote(const QVariantMap &arguments);
    // written: what the write of an absent file printed when the probe made
    // it already (RemoteFileScript::probeThenIfAbsent).
    void decide(const QVariantMap &arguments, const Item &item, const RemoteProbe &probe, const QString &destArg,
                const RemoteProbe *written = nullptr);
    RemoteFileScript::Write writeFor(const QVariantMap &arguments, const Item &item, int mode, bool destIsDirArg,
                                     const RemoteFileState &state, int umask) const;
    void finishTree(bool changed, const QVariantMap &arguments);

    QVariantMap m_arguments;
    QString m_srcLabel;
};

} // namespace antler::playbook
