#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

namespace antler::cli {

// The -e / --extra-vars of a playbook run, read as ansible-playbook reads
// them: "k=v k2='a b'" (values stay text), "@vars.yml" (a YAML or JSON
// file), or inline JSON/YAML "{...}" (typed values).
class ExtraVariables
{
    Q_DECLARE_TR_FUNCTIONS(antler::cli::ExtraVariables)

public:
    // Adds what text sets to *variables (later wins); false with *error set
    // to one sentence when text cannot be read.
    static bool parse(const QString &text, QVariantMap *variables, QString *error);
};

} // namespace antler::cli
