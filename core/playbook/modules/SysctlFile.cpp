#include "playbook/modules/SysctlFile.h"

namespace antler::playbook {

SysctlFile::SysctlFile(const QString &text)
{
    if (text.isEmpty())
        return;
    QString body = text;
    m_endsWithNewline = body.endsWith(QLatin1Char('\n'));
    if (m_endsWithNewline)
        body.chop(1);
    m_lines = body.split(QLatin1Char('\n'));
}

bool SysctlFile::keyOf(const QString &line, QString *key, QString *value)
{
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')) || trimmed.startsWith(QLatin1Char(';')))
        return false;
    const qsizetype equals = trimmed.indexOf(QLatin1Char('='));
    if (equals < 0)
        return false;
    *key = trimmed.left(equals).trimmed();
    // "-key = value" means: ignore errors setting it.
    if (key->startsWith(QLatin1Char('-')))
        *key = key->mid(1);
    key->replace(QLatin1Char('/'), QLatin1Char('.'));
    *value = trimmed.mid(equals + 1).trimmed();
    return true;
}

QString SysctlFile::value(const QString &key) const
{
    QString lineKey, lineValue;
    for (const QString &line : m_lines) {
        if (keyOf(line, &lineKey, &lineValue) && lineKey == key)
            return lineValue;
    }
    return QString();
}

bool SysctlFile::set(const QString &key, const QString &value)
{
    QStringList fixed;
    bool found = false;
    QString lineKey, lineValue;
    const QString wanted = key + QLatin1Char('=') + value;
    for (const QString &line : std::as_const(m_lines)) {
        if (keyOf(line, &lineKey, &lineValue) && lineKey == key) {
            if (!found) {
                found = true;
                // An equal value keeps its line as written (spaces, comments).
                fixed << (normalised(lineValue) == normalised(value) ? line : wanted);
            }
            continue;
        }
        fixed << line;
    }
    if (!found)
        fixed << wanted;
    const bool changed = fixed != m_lines;
    m_lines = fixed;
    return changed;
}

bool SysctlFile::remove(const QString &key)
{
    QStringList kept;
    QString lineKey, lineValue;
    for (const QString &line : std::as_const(m_lines)) {
        if (!(keyOf(line, &lineKey, &lineValue) && lineKey == key))
            kept << line;
    }
    const bool changed = kept.size() != m_lines.size();
    m_lines = kept;
    return changed;
}

QString SysctlFile::text() const
{
    if (m_lines.isEmpty())
        return QString();
    return m_lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString SysctlFile::normalised(const QString &value)
{
    const QString simple = value.simplified();
    const QString lower = simple.toLower();
    if (lower == QLatin1String("yes") || lower == QLatin1String("true") || lower == QLatin1String("on"))
        return QStringLiteral("1");
    if (lower == QLatin1String("no") || lower == QLatin1String("false") || lower == QLatin1String("off"))
        return QStringLiteral("0");
    return simple;
}

} // namespace antler::playbook
