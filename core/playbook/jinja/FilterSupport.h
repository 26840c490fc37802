#pragma once

#include "playbook/jinja/Filters.h"

#include <QHash>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace antler::playbook::jinja {

using FilterFunction = bool (*)(const FilterArguments &, QVariant *, QString *);
// Every filter by name; each family of filters adds its own (see Filters.cpp).
using FilterTable = QHash<QString, FilterFunction>;

// The signature of a filter, as a lambda without captures.
#define FILTER [](const FilterArguments &a, QVariant *out, QString *error) -> bool

// What several families of filters share: reading the input as a list,
// following attribute paths, sorting as Jinja2 sorts, membership by value.
class FilterSupport
{
public:
    static QString tr(const char *text);

    // The input as a list (a mapping gives its keys, a string its characters),
    // or false with an error naming the filter.
    static bool needList(const FilterArguments &a, const char *filter, QVariantList *items, QString *error);
    // Follows "a.b.0" into a value, as Jinja2's attribute= arguments do.
    static QVariant attribute(const QVariant &value, const QString &path);
    // The key a value sorts by: text in lower case unless caseSensitive.
    static bool sortKey(const QVariant &value, bool caseSensitive, QVariant *out);
    static bool sortList(QVariantList *items, bool reverse, bool caseSensitive, const QString &attributePath,
                         QString *error);
    static bool listContains(const QVariantList &items, const QVariant &needle);
};

} // namespace antler::playbook::jinja
