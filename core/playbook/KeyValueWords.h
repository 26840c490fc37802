#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace antler::playbook {

// How "k=v k2='a b' msg={{ x }}" splits into words, as Ansible's
// split_args/parse_kv do: the free-form arguments of a module and of
// import_role / include_role.
class KeyValueWords
{
    Q_DECLARE_TR_FUNCTIONS(antler::playbook::PlaybookParser)

public:
    // Whitespace separates, quotes group (and are removed outside templates),
    // {{ }}, {% %} and {# #} keep their insides. False and *error set when a
    // quote or a template is left open.
    static bool split(const QString &text, QStringList *words, QString *error);
};

} // namespace antler::playbook
