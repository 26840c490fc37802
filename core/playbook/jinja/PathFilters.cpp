#include "playbook/jinja/PathFilters.h"

#include "playbook/YamlValue.h"
#include "playbook/jinja/Arithmetic.h"
#include "playbook/jinja/FilterSupport.h"
#include "playbook/jinja/RegexCache.h"
#include "playbook/jinja/Serializer.h"
#include "playbook/jinja/Tests.h"
#include "playbook/jinja/Value.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>

namespace antler::playbook::jinja {

void PathFilters::addTo(FilterTable &f)
{
    f.insert(
        QStringLiteral("basename"), FILTER {
            Q_UNUSED(error);
            const QString path = Value::toText(a.input);
            *out = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
            return true;
        });
    f.insert(
        QStringLiteral("dirname"), FILTER {
            Q_UNUSED(error);
            const QString path = Value::toText(a.input);
            const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
            QString head = slash < 0 ? QString() : path.left(slash + 1);
            // Python keeps a root of slashes but strips trailing ones otherwise.
            QString trimmed = head;
            while (trimmed.endsWith(QLatin1Char('/')))
                trimmed.chop(1);
            *out = trimmed.isEmpty() ? head : trimmed;
            return true;
        });
    f.insert(
        QStringLiteral("path_join"), FILTER {
            Q_UNUSED(error);
            QString path;
            for (const QVariant &part : Value::toList(a.input)) {
                const QString text = Value::toText(part);
                if (text.startsWith(QLatin1Char('/')) || path.isEmpty())
                    path = text;
                else
                    path += (path.endsWith(QLatin1Char('/')) ? QString() : QStringLiteral("/")) + text;
            }
            *out = path;
            return true;
        });
    f.insert(
        QStringLiteral("splitext"), FILTER {
            Q_UNUSED(error);
            const QString path = Value::toText(a.input);
            const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
            qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
            qsizetype nameStart = slash + 1;
            while (nameStart < path.size() && path.at(nameStart) == QLatin1Char('.'))
                ++nameStart;
            if (dot < nameStart)
                dot = -1;
            *out = dot < 0 ? QVariantList {path, QString()} : QVariantList {path.left(dot), path.mid(dot)};
            return true;
        });
}

} // namespace antler::playbook::jinja
