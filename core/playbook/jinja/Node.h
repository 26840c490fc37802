#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <utility>
#include <vector>

namespace antler::playbook::jinja {

struct Node;
using NodePtr = std::shared_ptr<const Node>;

// One node of a parsed template: a statement ({% if %}, text, {{ }}) or an
// expression. Parsed templates are immutable and shared between threads.
//
// What children hold, by kind:
//   Body      the statements in order
//   Text      (value: the text)
//   Print     [expression]
//   If        [condition, body, condition, body, …, else-body?]
//   For       [iterable, body, else-body or null, filter or null]; names: targets
//   Set       [expression]; names: targets
//   Const     (value)
//   Name      (name)
//   List, Tuple  items;  Dict  [key, value, key, value, …]
//   Getattr   [object]; name: attribute
//   Getitem   [object, index];  Slice  [object, start?, stop?, step?]
//   Call      [callee, arguments…]; keywords
//   Filter, Test  [input, arguments…]; name; keywords; Test: negated
//   Neg, Pos, Not  [operand]
//   Binary    [left, right]; name: + - * / // % ** ~
//   Compare   [first, operand…]; names: the operators (== != < <= > >= in notin)
//   And, Or   [left, right]
//   CondExpr  [then, condition, else or null]
struct Node
{
    enum class Kind {
        Body,
        Text,
        Print,
        If,
        For,
        Set,
        Const,
        Name,
        List,
        Tuple,
        Dict,
        Getattr,
        Getitem,
        Slice,
        Call,
        Filter,
        Test,
        Neg,
        Pos,
        Not,
        Binary,
        Compare,
        And,
        Or,
        CondExpr,
    };

    Kind kind = Kind::Body;
    int position = 0; // offset in the template source
    QVariant value;
    QString name;
    QStringList names;
    std::vector<NodePtr> children;
    std::vector<std::pair<QString, NodePtr>> keywords;
    bool negated = false;
};

} // namespace antler::playbook::jinja
