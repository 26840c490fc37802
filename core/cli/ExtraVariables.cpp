#include "cli/ExtraVariables.h"

#include "playbook/PlaybookParser.h"
#include "playbook/YamlValue.h"

#include <QFile>

#include <yaml-cpp/yaml.h>

namespace antler::cli {

bool ExtraVariables::parse(const QString &text, QVariantMap *variables, QString *error)
{
    QByteArray yaml;
    QString source = tr("the -e value");
    if (text.startsWith(QLatin1Char('@'))) {
        QFile file(text.mid(1));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read the variables file %1 (%2); check the path after -e @.")
                         .arg(text.mid(1), file.errorString());
            return false;
        }
        yaml = file.readAll();
        source = text.mid(1);
    } else if (text.trimmed().startsWith(QLatin1Char('{')) || text.trimmed().startsWith(QLatin1Char('['))) {
        yaml = text.toUtf8();
    } else {
        // key=value words, quoted like a shell: Ansible's parse_kv.
        QStringList words;
        if (!playbook::PlaybookParser::splitKeyValueWords(text, &words, error)) {
            *error = tr("the -e value “%1” cannot be read (%2); close the quote or the {{ }}.").arg(text, *error);
            return false;
        }
        for (const QString &word : words) {
            const qsizetype equals = word.indexOf(QLatin1Char('='));
            if (equals <= 0) {
                *error = tr("the extra variable “%1” is not NAME=VALUE; write -e name=value, -e @file.yml "
                            "or -e '{\"name\": \"value\"}'.")
                             .arg(word);
                return false;
            }
            variables->insert(word.left(equals), word.mid(equals + 1));
        }
        return true;
    }
    try {
        const YAML::Node node = YAML::Load(yaml.toStdString());
        if (node.IsNull())
            return true;
        if (!node.IsMap()) {
            *error = tr("%1 is not a mapping of variable names to values; write one “name: value” per "
                        "line.")
                         .arg(source);
            return false;
        }
        const QVariantMap values = playbook::YamlValue::toVariant(node).toMap();
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            variables->insert(it.key(), it.value());
    } catch (const YAML::Exception &exception) {
        *error = tr("%1 is not valid YAML or JSON (%2 at line %3); fix it and run again.")
                     .arg(source, playbook::YamlValue::fromStd(exception.msg))
                     .arg(exception.mark.line + 1);
        return false;
    }
    return true;
}

} // namespace antler::cli
