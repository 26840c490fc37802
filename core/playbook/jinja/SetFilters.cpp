#include "playbook/jinja/SetFilters.h"

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

namespace {

enum class SetOperation { Unique, Union, Intersect, Difference, SymmetricDifference };

// The one rule of the set filters, as Ansible's (which keep the order of
// first occurrence and compare by value): the input and, but for unique, the
// first argument as lists; the items the operation keeps, each once.
bool setFilter(const FilterArguments &a, const char *name, SetOperation operation, QVariant *out, QString *error)
{
    QVariantList x;
    QVariantList y;
    if (!FilterSupport::needList(a, name, &x, error))
        return false;
    if (operation != SetOperation::Unique && !Value::iterate(a.args.value(0), &y, error))
        return false;
    QVariantList kept;
    switch (operation) {
    case SetOperation::Unique:
        kept = x;
        break;
    case SetOperation::Union:
        kept = x + y;
        break;
    case SetOperation::Intersect:
    case SetOperation::Difference:
        for (const QVariant &item : std::as_const(x)) {
            if (FilterSupport::listContains(y, item) == (operation == SetOperation::Intersect))
                kept.append(item);
        }
        break;
    case SetOperation::SymmetricDifference:
        for (const QVariant &item : std::as_const(x)) {
            if (!FilterSupport::listContains(y, item))
                kept.append(item);
        }
        for (const QVariant &item : std::as_const(y)) {
            if (!FilterSupport::listContains(x, item))
                kept.append(item);
        }
        break;
    }
    QVariantList result;
    for (const QVariant &item : std::as_const(kept)) {
        if (!FilterSupport::listContains(result, item))
            result.append(item);
    }
    *out = result;
    return true;
}

} // namespace

void SetFilters::addTo(FilterTable &f)
{
    f.insert(
        QStringLiteral("unique"), FILTER { return setFilter(a, "unique", SetOperation::Unique, out, error); });
    f.insert(
        QStringLiteral("union"), FILTER { return setFilter(a, "union", SetOperation::Union, out, error); });
    f.insert(
        QStringLiteral("intersect"), FILTER { return setFilter(a, "intersect", SetOperation::Intersect, out, error); });
    f.insert(
        QStringLiteral("difference"),
        FILTER { return setFilter(a, "difference", SetOperation::Difference, out, error); });
    f.insert(
        QStringLiteral("symmetric_difference"),
        FILTER { return setFilter(a, "symmetric_difference", SetOperation::SymmetricDifference, out, error); });
}

} // namespace antler::playbook::jinja
