#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace antler::playbook {

// One playbook run as a front end asks for it: the files and every option
// ansible-playbook's command line offers that Antler supports. The window's
// Playbooks view fills it; PlaybookJob turns it into a Runner.
struct PlaybookRunOptions
{
    QString playbook;
    QString inventory; // empty: only the implicit localhost
    QVariantMap extraVariables;
    int forks = 5;
    int verbosity = 0;
    bool checkMode = false;
    bool diffMode = false;
    // A host pattern, hosts joined with ":" (a retry), or @FILE with one host
    // a line (HostLimit).
    QString limit;
    QStringList tags;
    QStringList skipTags;
    QString startAtTask;
};

} // namespace antler::playbook
