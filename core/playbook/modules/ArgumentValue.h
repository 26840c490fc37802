#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace antler::playbook {

// Reads a module argument the way Ansible's argument spec converts it: a
// templated value may arrive as text ("yes", "0644", "a,b"), as a number or
// bool from YAML, or as a list. Used by the system modules (apt, user, cron, …).
class ArgumentValue
{
public:
    // true/false, yes/no, on/off, 1/0, y/n (any case); fallback otherwise.
    static bool toBool(const QVariant &value, bool fallback = false);
    // True when the argument was given and is not null.
    static bool isSet(const QVariant &value);
    // An integer; *ok is false when the text is not one.
    static qint64 toInt(const QVariant &value, bool *ok = nullptr);
    // A list, or a string split at commas (Ansible's type='list'); items trimmed, empty ones dropped.
    static QStringList toList(const QVariant &value);
    // Scalars as text; bools as "True"/"False" like Python.
    static QString toText(const QVariant &value);
    // Shell-quoted UTF-8, for scripts built from arguments.
    static QByteArray quoted(const QString &text);
};

} // namespace antler::playbook
