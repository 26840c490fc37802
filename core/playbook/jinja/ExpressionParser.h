#pragma once

#include "playbook/jinja/Node.h"
#include "playbook/jinja/TokenCursor.h"

namespace antler::playbook::jinja {

// Parses the expressions of a template with Jinja2's operator precedence:
// conditions (x if c else y), or/and/not, comparisons and tests, arithmetic,
// literals, names, attributes, subscripts, calls and filters.
class ExpressionParser
{
public:
    explicit ExpressionParser(TokenCursor &cursor);

    NodePtr parseExpression(bool allowCondition = true);
    // An expression, or several separated by commas (a tuple without parentheses).
    NodePtr parseTupleOrExpression(bool allowCondition = true);

private:
    NodePtr parseOr();
    NodePtr parseAnd();
    NodePtr parseNot();
    NodePtr parseCompare();
    NodePtr parseMath1();
    NodePtr parseConcat();
    NodePtr parseMath2();
    NodePtr parsePow();
    NodePtr parseUnary(bool withFilter);
    NodePtr parsePrimary();
    NodePtr parsePostfix(NodePtr node);
    NodePtr parseFilterExpression(NodePtr node);
    NodePtr parseSubscript(const NodePtr &node, int position);
    bool parseCallArguments(Node *node);

    TokenCursor &m_cursor;
};

} // namespace antler::playbook::jinja
