#pragma once

#include "playbook/SourceLocation.h"

#include <QString>
#include <QVariantMap>

#include <optional>

namespace antler::playbook {

// One task of a play as written, validated by the PlaybookParser. A plain
// value: the Runner templates its arguments per host when it runs.
struct Task
{
    // As written; may be empty, and may hold {{ }} templates.
    QString name;
    // The module's short name: command, shell, raw, ping or debug.
    QString module;
    // The module key as written, e.g. ansible.builtin.command; ansible-playbook
    // names an unnamed task after it.
    QString moduleAsWritten;
    // The module's arguments. command/shell/raw: "cmd" (free form) or "argv",
    // with optional "chdir", "creates", "removes"; debug: "msg"; ping: "data".
    QVariantMap arguments;
    QString registerAs;
    bool ignoreErrors = false;
    std::optional<bool> changedWhen;
    std::optional<bool> become;
    QString becomeUser;
    SourceLocation location;

    // The name ansible-playbook prints in TASK [...] before templating.
    QString displayName() const { return name.isEmpty() ? moduleAsWritten : name; }
};

} // namespace antler::playbook
