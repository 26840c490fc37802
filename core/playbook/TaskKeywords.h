#pragma once

#include "playbook/Task.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>
#include <QVariantMap>

namespace antler::playbook {

// The task keywords Ansible templates (become, ignore_errors, no_log,
// check_mode, diff, run_once, any_errors_fatal, retries, delay): the parser
// keeps a keyword written as a template in Task::keywordTemplates, and
// resolve() renders it with the variables of the host (and loop item) the
// task runs for, as Ansible's post-validation does, into the task's field.
class TaskKeywords
{
    Q_DECLARE_TR_FUNCTIONS(antler::playbook::TaskKeywords)

public:
    // Fills the fields of *task from its templates. False with *error (one
    // sentence naming the keyword and the task's file:line) when one cannot
    // be rendered or is not a boolean (a whole number for retries/delay).
    static bool resolve(Task *task, const QVariantMap &variables, QString *error);
    // One keyword only (run_once and any_errors_fatal are decided once per
    // task, before the hosts start); true without change when it is literal.
    static bool resolveOne(Task *task, const QString &keyword, const QVariantMap &variables, QString *error);
    // Ansible's strict boolean(): true/false, yes/no, on/off, 1/0, y/n, t/f in
    // any case; anything else is not a boolean.
    static bool toBoolean(const QVariant &value, bool *out);
    // A keyword written as a template, rendered; the error names the keyword.
    static bool renderBoolean(const QString &keyword, const QString &text, const SourceLocation &location,
                              const QVariantMap &variables, bool *out, QString *error);
};

} // namespace antler::playbook
