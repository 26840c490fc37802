#pragma once

#include "playbook/PlaybookError.h"
#include "playbook/SourceLocation.h"
#include "playbook/YamlEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <yaml-cpp/yaml.h>

#include <functional>
#include <optional>

namespace antler::playbook {

// Reads the YAML files of a playbook (the playbook, imports, task files, role
// files, vars files) with the position of every node, turns literals into
// text, booleans, numbers, lists of names, conditions and variables, and
// records every problem as a PlaybookError with its file, line and column
// instead of stopping at the first.
class YamlReader
{
    Q_DECLARE_TR_FUNCTIONS(antler::playbook::PlaybookParser)

public:
    explicit YamlReader(QList<PlaybookError> *errors);

    // Problems found so far, counting those reported once already.
    int errorCount() const { return m_failures; }
    // Records a problem at mark in the current file, once per position and message.
    void fail(const YAML::Mark &mark, const QString &message);
    // Records a problem found after reading, where the position is already known.
    void report(const PlaybookError &error);
    SourceLocation location(const YAML::Mark &mark) const;

    // Parses data as the current source; false (and an error) when it is not
    // valid YAML.
    bool load(const QByteArray &data, const QString &name, YAML::Node *root);
    // Reads another file (an import, a role file, vars_files) as the current
    // source while body runs, then returns to the file before.
    bool withFile(const QString &path, const YAML::Mark &from, const QString &what,
                  const std::function<bool(const YAML::Node &)> &body);
    // The file being read, by its name for errors, and its folder.
    void setSource(const QString &name);
    const QString &directory() const { return m_source.directory; }

    // Null nodes carry no position in yaml-cpp; the key's is the next best.
    static YAML::Mark markOf(const YamlEntry &entry);
    // The entries of a mapping in order; duplicate keys are reported and
    // only the first is kept.
    QList<YamlEntry> entries(const YAML::Node &map);

    bool text(const YamlEntry &entry, QString *out);
    bool boolean(const YamlEntry &entry, bool *out);
    void optionalBoolean(const YamlEntry &entry, std::optional<bool> *out);
    // A keyword Ansible templates: a literal true/false goes into *out (and
    // the key leaves *templates); a template goes into (*templates)[key] to
    // be rendered when the task runs (and *out is reset).
    void templatedBoolean(const YamlEntry &entry, std::optional<bool> *out, QMap<QString, QString> *templates);
    bool integer(const YamlEntry &entry, int *out);
    // integer(), or a template kept in (*templates)[key] like templatedBoolean.
    void templatedInteger(const YamlEntry &entry, int *out, QMap<QString, QString> *templates);
    // A string or a list of strings (tags, notify, listen).
    bool textList(const YamlEntry &entry, QStringList *out, bool splitCommas = false);
    // when / changed_when / failed_when / until: a condition or a list of
    // them, as bare expressions.
    bool conditions(const YamlEntry &entry, QStringList *out);
    bool variables(const YamlEntry &entry, QVariantMap *vars, bool checkNames = true);

    // Whether text holds {{ }}, {% %} or {# #}: a value only known at run time
    // (Templar::isTemplate(), the one rule for it).
    static bool isTemplateText(const QString &text);
    // Letters, digits and underscores, not starting with a digit.
    static bool isIdentifier(const QString &name);

private:
    // One YAML file being read: its name for errors and its lines for the caret.
    struct Source
    {
        QString name;
        QString directory;
        QStringList lines;
    };

    QList<PlaybookError> *m_errors;
    int m_failures = 0;
    Source m_source;
    QStringList m_fileStack;
};

} // namespace antler::playbook
