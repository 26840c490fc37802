#include "playbook/YamlReader.h"

#include "playbook/Templar.h"
#include "playbook/YamlValue.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <utility>

namespace antler::playbook {

YamlReader::YamlReader(QList<PlaybookError> *errors)
    : m_errors(errors)
{
}

void YamlReader::report(const PlaybookError &error)
{
    ++m_failures;
    m_errors->append(error);
}

void YamlReader::setSource(const QString &name)
{
    m_source = Source();
    m_source.name = name;
    m_source.directory = QFileInfo(name).absolutePath();
}

bool YamlReader::isTemplateText(const QString &text)
{
    return Templar::isTemplate(text);
}

bool YamlReader::isIdentifier(const QString &name)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*\\z"));
    return identifier.match(name).hasMatch();
}

void YamlReader::fail(const YAML::Mark &mark, const QString &message)
{
    const PlaybookError error = mark.is_null() || mark.line < 0
        ? PlaybookError(SourceLocation(m_source.name, 0, 0), message)
        : PlaybookError(location(mark), message, m_source.lines.value(mark.line));
    ++m_failures;
    // A file read twice (a role used twice, a task file imported twice)
    // reports each of its problems once.
    for (const PlaybookError &known : std::as_const(*m_errors)) {
        if (known.location() == error.location() && known.message() == message)
            return;
    }
    m_errors->append(error);
}

SourceLocation YamlReader::location(const YAML::Mark &mark) const
{
    return SourceLocation(m_source.name, mark.line + 1, mark.column + 1);
}

// Parses data as the current source; false (and an error) when it is not
// valid YAML.
bool YamlReader::load(const QByteArray &data, const QString &name, YAML::Node *root)
{
    setSource(name);
    for (const QByteArray &line : data.split('\n')) {
        QString text = QString::fromUtf8(line);
        if (text.endsWith(QLatin1Char('\r')))
            text.chop(1);
        m_source.lines.append(text);
    }
    try {
        *root = YAML::Load(data.toStdString());
    } catch (const YAML::Exception &exception) {
        QString message = tr("this is not valid YAML (%1); check the indentation and the quotes around "
                             "this position.")
                              .arg(YamlValue::fromStd(exception.msg));
        const int line = exception.mark.line;
        YAML::Mark mark = exception.mark;
        if (line >= 0 && m_source.lines.value(line).left(exception.mark.column + 1).contains(QLatin1Char('\t'))) {
            mark.column = int(m_source.lines.value(line).indexOf(QLatin1Char('\t')));
            message = tr("this line is indented with a tab, which YAML does not allow; indent with "
                         "spaces only.");
        }
        fail(mark, message);
        return false;
    }
    return true;
}

// Reads another file (an import, a role file, vars_files) as the current
// source while body runs, then returns to the file before.
bool YamlReader::withFile(const QString &path, const YAML::Mark &from, const QString &what,
                          const std::function<bool(const YAML::Node &)> &body)
{
    if (m_fileStack.contains(path)) {
        fail(from,
             tr("“%1” includes itself (through %2); remove the loop.")
                 .arg(QFileInfo(path).fileName(), m_fileStack.join(QLatin1String(" → "))));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(from,
             tr("cannot read the %1 %2 (%3); check the name and that the file exists.")
                 .arg(what, path, file.errorString()));
        return false;
    }
    const QByteArray data = file.readAll();
    const Source saved = m_source;
    m_fileStack.append(path);
    YAML::Node root;
    bool ok = false;
    if (load(data, path, &root))
        ok = body(root);
    m_fileStack.removeLast();
    m_source = saved;
    return ok;
}

// Null nodes carry no position in yaml-cpp; the key's is the next best.
YAML::Mark YamlReader::markOf(const YamlEntry &entry)
{
    const YAML::Mark mark = entry.value.Mark();
    return entry.value.IsNull() || mark.is_null() || mark.line < 0 ? entry.keyNode.Mark() : mark;
}

// The entries of a mapping in order; duplicate keys are reported and
// only the first is kept.
QList<YamlEntry> YamlReader::entries(const YAML::Node &map)
{
    QList<YamlEntry> result;
    QHash<QString, int> lines;
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!it->first.IsScalar()) {
            fail(it->first.Mark(),
                 tr("a key must be a plain word, not a list or mapping; write "
                    "it as “name: value”."));
            continue;
        }
        const QString key = YamlValue::fromStd(it->first.Scalar());
        if (const auto first = lines.constFind(key); first != lines.cend()) {
            fail(it->first.Mark(),
                 tr("the key “%1” appears twice, first on line %2; keep only one "
                    "of them.")
                     .arg(key)
                     .arg(*first));
            continue;
        }
        lines.insert(key, it->first.Mark().line + 1);
        result.append(YamlEntry {key, it->first, it->second});
    }
    return result;
}

bool YamlReader::text(const YamlEntry &entry, QString *out)
{
    if (entry.value.IsNull()) {
        fail(entry.keyNode.Mark(), tr("“%1” has no value; write its value after the colon.").arg(entry.key));
        return false;
    }
    if (!entry.value.IsScalar()) {
        fail(markOf(entry),
             tr("the value of “%1” must be text, not a list or a mapping; write it "
                "on the same line as the key.")
                 .arg(entry.key));
        return false;
    }
    *out = YamlValue::fromStd(entry.value.Scalar());
    return true;
}

bool YamlReader::boolean(const YamlEntry &entry, bool *out)
{
    if (entry.value.IsScalar() && YamlValue::parseBool(YamlValue::fromStd(entry.value.Scalar()), out))
        return true;
    const QString written = entry.value.IsScalar() ? YamlValue::fromStd(entry.value.Scalar()) : QString();
    if (isTemplateText(written)) {
        fail(markOf(entry),
             tr("“%1” takes a literal true or false in this version, not a template; "
                "write true or false.")
                 .arg(entry.key));
    } else {
        fail(markOf(entry), tr("“%1” must be true or false; write one of them.").arg(entry.key));
    }
    return false;
}

void YamlReader::optionalBoolean(const YamlEntry &entry, std::optional<bool> *out)
{
    bool value = false;
    if (boolean(entry, &value))
        *out = value;
}

void YamlReader::templatedBoolean(const YamlEntry &entry, std::optional<bool> *out, QMap<QString, QString> *templates)
{
    const QString written = entry.value.IsScalar() ? YamlValue::fromStd(entry.value.Scalar()) : QString();
    if (isTemplateText(written)) {
        out->reset();
        templates->insert(entry.key, written);
        return;
    }
    bool value = false;
    if (!entry.value.IsScalar() || !YamlValue::parseBool(written, &value)) {
        fail(markOf(entry), tr("“%1” must be true or false; write one of them, or a template.").arg(entry.key));
        return;
    }
    *out = value;
    templates->remove(entry.key);
}

void YamlReader::templatedInteger(const YamlEntry &entry, int *out, QMap<QString, QString> *templates)
{
    const QString written = entry.value.IsScalar() ? YamlValue::fromStd(entry.value.Scalar()) : QString();
    if (isTemplateText(written)) {
        templates->insert(entry.key, written);
        return;
    }
    if (integer(entry, out))
        templates->remove(entry.key);
}

bool YamlReader::integer(const YamlEntry &entry, int *out)
{
    QString written;
    if (!text(entry, &written))
        return false;
    bool ok = false;
    const int value = written.toInt(&ok);
    if (!ok || value < 0) {
        fail(markOf(entry),
             isTemplateText(written)
                 ? tr("“%1” takes a literal number in this version, not a template; "
                      "write a whole number.")
                       .arg(entry.key)
                 : tr("“%1” must be a whole number, not “%2”; write for example 3.").arg(entry.key, written));
        return false;
    }
    *out = value;
    return true;
}

// A string or a list of strings (tags, notify, listen).
bool YamlReader::textList(const YamlEntry &entry, QStringList *out, bool splitCommas)
{
    auto add = [&](const QString &item) {
        if (splitCommas) {
            for (const QString &part : item.split(QLatin1Char(','), Qt::SkipEmptyParts))
                out->append(part.trimmed());
        } else {
            out->append(item);
        }
    };
    if (entry.value.IsNull())
        return true;
    if (entry.value.IsScalar()) {
        add(YamlValue::fromStd(entry.value.Scalar()));
        return true;
    }
    if (entry.value.IsSequence()) {
        for (const YAML::Node &item : entry.value) {
            if (!item.IsScalar()) {
                fail(item.Mark(),
                     tr("each entry of “%1” must be a single word or name, not a list or "
                        "a mapping; write one per line.")
                         .arg(entry.key));
                return false;
            }
            add(YamlValue::fromStd(item.Scalar()));
        }
        return true;
    }
    fail(markOf(entry),
         tr("“%1” must be a name or a list of names, not a mapping; write one per line "
            "starting with “- ”.")
             .arg(entry.key));
    return false;
}

// when / changed_when / failed_when / until: a condition or a list of
// them, as bare expressions.
bool YamlReader::conditions(const YamlEntry &entry, QStringList *out)
{
    auto add = [&](const YAML::Node &node) {
        if (!node.IsScalar()) {
            fail(node.Mark(),
                 tr("each condition of “%1” must be an expression such as "
                    "“result.rc == 0”, not a list or a mapping; write one per line.")
                     .arg(entry.key));
            return false;
        }
        const QVariant value = YamlValue::toVariant(node);
        if (value.typeId() == QMetaType::Bool) {
            out->append(value.toBool() ? QStringLiteral("True") : QStringLiteral("False"));
            return true;
        }
        QString expression = YamlValue::fromStd(node.Scalar()).trimmed();
        // "{{ x }}" as a whole works in Ansible (with a warning): take the inside.
        static const QRegularExpression wrapped(QStringLiteral("^\\{\\{(.*)\\}\\}$"));
        const QRegularExpressionMatch match = wrapped.match(expression);
        if (match.hasMatch() && !match.captured(1).contains(QLatin1String("{{")))
            expression = match.captured(1).trimmed();
        if (expression.isEmpty()) {
            fail(node.Mark(),
                 tr("the condition of “%1” is empty; write an expression such as "
                    "“result.rc == 0”.")
                     .arg(entry.key));
            return false;
        }
        out->append(expression);
        return true;
    };
    if (entry.value.IsNull()) {
        fail(entry.keyNode.Mark(), tr("“%1” has no condition; write an expression after the colon.").arg(entry.key));
        return false;
    }
    if (entry.value.IsSequence()) {
        bool ok = true;
        for (const YAML::Node &item : entry.value)
            ok = add(item) && ok;
        return ok;
    }
    if (entry.value.IsMap()) {
        fail(markOf(entry),
             tr("“%1” must be an expression or a list of expressions, not a mapping; "
                "write it as “%1: name == 'value'” (quote it if it contains a colon).")
                 .arg(entry.key));
        return false;
    }
    return add(entry.value);
}

bool YamlReader::variables(const YamlEntry &entry, QVariantMap *vars, bool checkNames)
{
    if (entry.value.IsNull())
        return true;
    if (!entry.value.IsMap()) {
        fail(markOf(entry),
             tr("“%1” must be a mapping of names to values; write one “name: value” "
                "per line below it.")
                 .arg(entry.key));
        return false;
    }
    bool ok = true;
    for (const YamlEntry &var : entries(entry.value)) {
        if (checkNames && !YamlReader::isIdentifier(var.key)) {
            fail(var.keyNode.Mark(),
                 tr("“%1” is not a valid variable name; use letters, digits "
                    "and underscores, not starting with a digit.")
                     .arg(var.key));
            ok = false;
            continue;
        }
        vars->insert(var.key, YamlValue::toVariant(var.value));
    }
    return ok;
}

} // namespace antler::playbook
