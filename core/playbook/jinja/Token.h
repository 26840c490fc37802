#pragma once

#include <QString>
#include <QVariant>

namespace antler::playbook::jinja {

// One lexical unit of a template: literal text between tags, the tag
// delimiters, and the names, literals and operators inside a tag.
struct Token
{
    enum class Type {
        Data, // text outside tags, whitespace control applied
        VariableBegin,
        VariableEnd,
        BlockBegin,
        BlockEnd,
        Name,
        String,
        Integer,
        Float,
        Operator,
        End, // end of the template
    };

    Type type = Type::End;
    QString text; // Data/Name/Operator text, or the source spelling
    QVariant value; // String/Integer/Float value
    int position = 0; // offset in the template source

    bool isOperator(QLatin1StringView op) const { return type == Type::Operator && text == op; }
    bool isName(QLatin1StringView name) const { return type == Type::Name && text == name; }
};

} // namespace antler::playbook::jinja
