#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

namespace antler::playbook::jinja {

class Context;

// The lookup plugins roles use beyond env, file, vars and items:
// first_found, fileglob, pipe and template, and the search path they share
// with file — like Ansible's, relative names are looked up in the role's
// files/ (templates/ for template) and folder first, then the playbook's.
// They run on the controller, as in Ansible.
class Lookups
{
public:
    static bool handles(const QString &plugin);
    // The plugin's results for all its terms (a list, as query() returns it).
    static bool run(const QString &plugin, const QVariantList &terms, const QVariantMap &kwargs, Context &context,
                    QVariantList *results, QString *error);
    // Where a relative file name is looked up, in order.
    static QStringList searchPath(Context &context, const QString &subdirectory);
    // The absolute path of name in the search path, or empty.
    static QString find(Context &context, const QString &subdirectory, const QString &name);
};

} // namespace antler::playbook::jinja
