#pragma once

#include "pipeline/Release.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace antler::pipeline {

// What differs between two releases, for the window's promote and rollback
// confirmations: the files of their artifacts (added, removed, changed) and
// the moose facts they serve, fact by fact. Both need the artifact folders
// on this machine (the local runtime's "artifact"); for releases built on a
// target only the digests can be compared, and available() says so.
class ReleaseComparison
{
    Q_DECLARE_TR_FUNCTIONS(antler::pipeline::ReleaseComparison)

public:
    struct FileChange
    {
        enum class Kind { Added, Removed, Changed };
        Kind kind = Kind::Changed;
        QString path; // relative to the artifact folder
    };
    struct FactChange
    {
        enum class Kind { Added, Removed, Changed };
        Kind kind = Kind::Changed;
        int id = 0;
        QString before; // the fact's text in the old release
        QString after; // … and in the new one
    };

    // from: what the stage runs now (may be empty: a first deploy); to: what it will run.
    static ReleaseComparison compare(const Release &from, const Release &to);

    bool available() const { return m_available; }
    // Why the files cannot be compared, when !available().
    QString unavailableReason() const { return m_reason; }
    const QList<FileChange> &files() const { return m_files; }
    const QList<FactChange> &facts() const { return m_facts; }
    bool identical() const { return m_available && m_files.isEmpty(); }
    // A readable summary: one line per changed file, then each changed fact
    // as "- old" / "+ new" lines, in the user's language.
    QString toText() const;

private:
    bool m_available = false;
    QString m_reason;
    QList<FileChange> m_files;
    QList<FactChange> m_facts;
};

} // namespace antler::pipeline
