#pragma once

#include "inventory/Dict.h"

#include <QMetaType>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <QVariantMap>

namespace antler::playbook::jinja {

using inventory::Dict;

// What a name or attribute that does not exist evaluates to. It may be
// tested (is defined) or replaced (default), and any other use is an error
// that reports message, e.g. "'foo' is undefined".
struct Undefined
{
    QString message;
};

// Python semantics for the QVariant values templates work on: None is an
// invalid QVariant, ints are Int/LongLong, floats Double, str QString,
// lists QVariantList (tuples too) and dicts Dict (in insertion order, as
// Python keeps them) or QVariantMap (sorted: facts and results the engine
// builds).
class Value
{
public:
    static QVariant undefined(const QString &message);
    static bool isUndefined(const QVariant &value);
    static QString undefinedMessage(const QVariant &value);

    static bool isNone(const QVariant &value);
    static bool isBool(const QVariant &value);
    static bool isInteger(const QVariant &value); // bool is not an integer here
    static bool isNumber(const QVariant &value); // int or float, not bool
    static bool isString(const QVariant &value);
    static bool isList(const QVariant &value);
    static bool isMap(const QVariant &value);
    // A dict's entries in order; empty for anything else.
    static Dict toDict(const QVariant &value);
    // map[key] without copying the dict; false when value is no dict or
    // lacks the key.
    static bool mapValue(const QVariant &value, const QString &key, QVariant *out);

    static QVariant fromInteger(qint64 number);
    static QVariantList toList(const QVariant &value); // a list or a QStringList

    static bool truthy(const QVariant &value);
    // str(value) as Jinja2 prints it: True/False, Python reprs of containers.
    static QString toText(const QVariant &value);
    // repr(value) in Python.
    static QString repr(const QVariant &value);
    static QString floatRepr(double number);
    static QString stringRepr(const QString &text);
    // Python's type name: str, int, float, bool, NoneType, list, dict.
    static QString typeName(const QVariant &value);

    // Python ==.
    static bool equals(const QVariant &a, const QVariant &b);
    // Python ordering; false with *error when the types cannot be ordered.
    static bool compare(const QVariant &a, const QVariant &b, int *result, QString *error);
    // What "for x in value" visits: list items, dict keys, characters.
    static bool iterate(const QVariant &value, QVariantList *out, QString *error);
    // Python "needle in haystack".
    static bool contains(const QVariant &haystack, const QVariant &needle, bool *out, QString *error);
};

} // namespace antler::playbook::jinja

Q_DECLARE_METATYPE(antler::playbook::jinja::Undefined)
