#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace antler::playbook {

// The mode argument of the file modules (copy, template, file, lineinfile,
// …), read the way Ansible reads it: an integer is taken as it is (YAML's
// 0644 is already 420), a string is octal ("0644", "644", "0o644") or
// symbolic ("u=rw,g=r,o=r", "a+x", "go-w", "u=rwX"), applied to the file's
// current mode. A string mode is validated before any host is touched.
class FileMode
{
    Q_DECLARE_TR_FUNCTIONS(antler::playbook::FileMode)

public:
    // What a symbolic mode is applied to.
    struct Current
    {
        int mode = 0; // permission bits of the file now (or what a new one gets)
        bool isDirectory = false;
        int umask = 022; // of the remote user, for clauses without u/g/o/a
    };

    // True when the argument is set (not null and not empty).
    static bool isSet(const QVariant &value);
    // "preserve" (copy and template): keep the source's mode.
    static bool isPreserve(const QVariant &value);
    // True when value needs the file's current mode to be resolved.
    static bool isSymbolic(const QVariant &value);

    // Resolves value against current; false with *error when the mode is
    // neither octal nor valid symbolic.
    static bool resolve(const QVariant &value, const Current &current, int *mode, QString *error);
    // Symbolic clauses only, as Ansible's _symbolic_mode_to_octal.
    static bool applySymbolic(const QString &symbolic, const Current &current, int *mode, QString *error);

    // "0644", "04755": how Ansible prints modes in results.
    static QString format(int mode);
};

} // namespace antler::playbook
