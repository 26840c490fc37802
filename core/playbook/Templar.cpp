#include "playbook/Templar.h"

#include <QRegularExpression>
#include <QVariantList>

namespace antler::playbook {

namespace {

// Variables may refer to other variables; a loop among them must end.
constexpr int MaximumDepth = 32;

QString pythonRepr(const QVariant &value);

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    escaped.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString pythonRepr(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        return quoted(value.toString());
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        QStringList parts;
        for (const QVariant &item : value.toList())
            parts.append(pythonRepr(item));
        return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
    }
    case QMetaType::QVariantMap: {
        QStringList parts;
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            parts.append(quoted(it.key()) + QLatin1String(": ") + pythonRepr(it.value()));
        return QLatin1Char('{') + parts.join(QLatin1String(", ")) + QLatin1Char('}');
    }
    default:
        if (!value.isValid() || value.typeId() == QMetaType::Nullptr)
            return QStringLiteral("None");
        return Templar::toText(value);
    }
}

} // namespace

Templar::Templar(const QVariantMap &variables)
    : m_variables(variables)
{
}

bool Templar::evaluateExpression(const QString &expression, QVariant *out, QString *error) const
{
    return evaluate(expression.trimmed(), out, error, 0);
}

bool Templar::evaluateCondition(const QString &expression, bool *out, QString *error) const
{
    QVariant value;
    if (!evaluateExpression(expression, &value, error))
        return false;
    *out = isTruthy(value);
    return true;
}

bool Templar::isTruthy(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return false;
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return value.toDouble() != 0.0;
    case QMetaType::QString:
        return !value.toString().isEmpty();
    case QMetaType::QVariantList:
        return !value.toList().isEmpty();
    case QMetaType::QVariantMap:
        return !value.toMap().isEmpty();
    default:
        return true;
    }
}

bool Templar::isTemplate(const QString &text)
{
    return text.contains(QLatin1String("{{")) || text.contains(QLatin1String("{%"))
        || text.contains(QLatin1String("{#"));
}

QString Templar::toText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
    case QMetaType::QVariantMap:
        return pythonRepr(value);
    case QMetaType::Double: {
        const double number = value.toDouble();
        QString text = QString::number(number, 'g', 17);
        if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('e')))
            text += QLatin1String(".0");
        return text;
    }
    default:
        if (!value.isValid() || value.typeId() == QMetaType::Nullptr)
            return {};
        return value.toString();
    }
}

bool Templar::render(const QString &text, QVariant *out, QString *error) const
{
    return renderDepth(text, out, error, 0);
}

bool Templar::renderText(const QString &text, QString *out, QString *error) const
{
    QVariant value;
    if (!render(text, &value, error))
        return false;
    *out = value.typeId() == QMetaType::QString ? value.toString() : toText(value);
    return true;
}

bool Templar::renderValue(const QVariant &value, QVariant *out, QString *error) const
{
    switch (value.typeId()) {
    case QMetaType::QString:
        return render(value.toString(), out, error);
    case QMetaType::QStringList:
    case QMetaType::QVariantList: {
        QVariantList list;
        for (const QVariant &item : value.toList()) {
            QVariant rendered;
            if (!renderValue(item, &rendered, error))
                return false;
            list.append(rendered);
        }
        *out = list;
        return true;
    }
    case QMetaType::QVariantMap: {
        QVariantMap map = value.toMap();
        for (auto it = map.begin(); it != map.end(); ++it) {
            QVariant rendered;
            if (!renderValue(it.value(), &rendered, error))
                return false;
            it.value() = rendered;
        }
        *out = map;
        return true;
    }
    default:
        *out = value;
        return true;
    }
}

bool Templar::renderDepth(const QString &text, QVariant *out, QString *error, int depth) const
{
    if (depth > MaximumDepth) {
        *error = tr("the variables refer to each other in a loop; make sure no variable's value "
                    "refers back to itself.");
        return false;
    }
    if (text.contains(QLatin1String("{%")) || text.contains(QLatin1String("{#"))) {
        *error = tr("“%1” uses Jinja2 statements or comments, which this version does not support "
                    "yet; use only {{ variable }} substitutions.")
                     .arg(text);
        return false;
    }
    static const QRegularExpression expression(QStringLiteral("\\{\\{(.*?)\\}\\}"),
                                               QRegularExpression::DotMatchesEverythingOption);
    QString result;
    qsizetype last = 0;
    auto it = expression.globalMatch(text);
    bool single = false;
    QVariant singleValue;
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        QVariant value;
        if (!evaluate(match.captured(1).trimmed(), &value, error, depth))
            return false;
        if (match.capturedStart() == 0 && match.capturedEnd() == text.size()) {
            single = true;
            singleValue = value;
        }
        result += text.mid(last, match.capturedStart() - last);
        result += value.typeId() == QMetaType::QString ? value.toString() : toText(value);
        last = match.capturedEnd();
    }
    if (single) {
        *out = singleValue;
        return true;
    }
    result += text.mid(last);
    *out = result;
    return true;
}

bool Templar::evaluate(const QString &expression, QVariant *out, QString *error, int depth) const
{
    // name, then .attribute, ['key'], ["key"] or [index] steps.
    static const QRegularExpression head(QStringLiteral("^([A-Za-z_][A-Za-z0-9_]*)"));
    static const QRegularExpression step(QStringLiteral(
        "^(?:\\.([A-Za-z_][A-Za-z0-9_]*)|\\[\\s*'([^']*)'\\s*\\]|\\[\\s*\"([^\"]*)\"\\s*\\]|\\[\\s*(-?[0-9]+)\\s*\\])"));
    const QString unsupported = tr("“{{ %1 }}” is an expression this version cannot evaluate yet; use "
                                   "a variable name, optionally followed by .attribute or ['key'].")
                                    .arg(expression);
    const QRegularExpressionMatch first = head.match(expression);
    if (!first.hasMatch()) {
        *error = unsupported;
        return false;
    }
    const QString name = first.captured(1);
    if (!m_variables.contains(name)) {
        *error = tr("'%1' is undefined").arg(name);
        return false;
    }
    QVariant value = m_variables.value(name);
    // Variables are templates themselves and are rendered when used, as in Ansible.
    if (value.typeId() == QMetaType::QString && isTemplate(value.toString())) {
        QVariant rendered;
        if (!renderDepth(value.toString(), &rendered, error, depth + 1))
            return false;
        value = rendered;
    }
    QString path = name;
    qsizetype position = first.capturedEnd();
    while (position < expression.size()) {
        const QRegularExpressionMatch match = step.match(expression.mid(position));
        if (!match.hasMatch()) {
            *error = unsupported;
            return false;
        }
        position += match.capturedLength();
        if (!match.captured(4).isEmpty()) {
            const QVariantList list = value.toList();
            int index = match.captured(4).toInt();
            if (value.typeId() != QMetaType::QVariantList && value.typeId() != QMetaType::QStringList) {
                *error = tr("'%1' is not a list, so it has no item %2").arg(path, match.captured(4));
                return false;
            }
            if (index < 0)
                index += int(list.size());
            if (index < 0 || index >= list.size()) {
                *error = tr("list object has no element %1").arg(match.captured(4));
                return false;
            }
            value = list.at(index);
            path += QLatin1Char('[') + match.captured(4) + QLatin1Char(']');
        } else {
            const QString key = match.captured(1) + match.captured(2) + match.captured(3);
            if (value.typeId() != QMetaType::QVariantMap) {
                *error = tr("'%1' has no attribute '%2'").arg(path, key);
                return false;
            }
            const QVariantMap map = value.toMap();
            if (!map.contains(key)) {
                *error = tr("'dict object' has no attribute '%1'").arg(key);
                return false;
            }
            value = map.value(key);
            path += QLatin1Char('.') + key;
        }
        if (value.typeId() == QMetaType::QString && isTemplate(value.toString())) {
            QVariant rendered;
            if (!renderDepth(value.toString(), &rendered, error, depth + 1))
                return false;
            value = rendered;
        }
    }
    *out = value;
    return true;
}

} // namespace antler::playbook
