#pragma once

#include <QString>
#include <QStringList>

namespace antler::playbook {

// A sysctl.conf-style file as the sysctl module edits it (the rules of
// ansible.posix.sysctl): "key = value" lines, '#' and ';' comments kept; the
// managed key is written as "key=value" in place of its first line, later
// lines for the same key are dropped, and a missing key is appended.
class SysctlFile
{
public:
    explicit SysctlFile(const QString &text = QString());

    // The value the file gives key (the first line for it), or a null string.
    QString value(const QString &key) const;
    // Sets or removes key; true when the text changed.
    bool set(const QString &key, const QString &value);
    bool remove(const QString &key);
    QString text() const;

    // Values compared as sysctl does: runs of whitespace are one space,
    // yes/true/on are 1 and no/false/off are 0.
    static QString normalised(const QString &value);

private:
    static bool keyOf(const QString &line, QString *key, QString *value);

    QStringList m_lines;
    bool m_endsWithNewline = true;
};

} // namespace antler::playbook
