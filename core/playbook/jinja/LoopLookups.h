#pragma once

#include <QString>
#include <QVariant>
#include <QVariantList>

namespace antler::playbook::jinja {

// The lookup plugins behind Ansible's with_dict, with_subelements,
// with_nested, with_together and with_sequence loops (usable in query() and
// lookup() too): they only reshape their terms, as Ansible 2.14's do.
class LoopLookups
{
public:
    static bool handles(const QString &plugin);
    // The plugin's items for its terms (what with_PLUGIN loops over).
    static bool run(const QString &plugin, const QVariantList &terms, QVariantList *results, QString *error);
};

} // namespace antler::playbook::jinja
