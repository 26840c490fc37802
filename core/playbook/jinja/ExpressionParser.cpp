#include "playbook/jinja/ExpressionParser.h"

#include <QCoreApplication>

namespace antler::playbook::jinja {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("antler::playbook::jinja::Parser", text);
}

} // namespace

ExpressionParser::ExpressionParser(TokenCursor &cursor)
    : m_cursor(cursor)
{
}

// An expression, or several separated by commas (a tuple without parentheses).
NodePtr ExpressionParser::parseTupleOrExpression(bool allowCondition)
{
    const int position = m_cursor.current().position;
    NodePtr first = parseExpression(allowCondition);
    if (!first)
        return nullptr;
    if (!m_cursor.current().isOperator(QLatin1String(",")))
        return first;
    auto tuple = m_cursor.make(Node::Kind::Tuple, position);
    tuple->children.push_back(first);
    while (m_cursor.current().isOperator(QLatin1String(","))) {
        m_cursor.advance();
        const Token &token = m_cursor.current();
        if (token.type == Token::Type::VariableEnd || token.type == Token::Type::BlockEnd
            || token.isOperator(QLatin1String(")")) || token.isName(QLatin1String("if")))
            break;
        NodePtr item = parseExpression(allowCondition);
        if (!item)
            return nullptr;
        tuple->children.push_back(item);
    }
    return tuple;
}

NodePtr ExpressionParser::parseExpression(bool allowCondition)
{
    TokenCursor::DepthGuard guard(m_cursor);
    if (guard.tooDeep()) {
        m_cursor.fail(tr("the expression nests too deeply"), m_cursor.current().position);
        return nullptr;
    }
    NodePtr node = parseOr();
    if (!node || !allowCondition)
        return node;
    while (m_cursor.current().isName(QLatin1String("if"))) {
        const int position = m_cursor.current().position;
        m_cursor.advance();
        NodePtr condition = parseOr();
        if (!condition)
            return nullptr;
        NodePtr otherwise;
        if (m_cursor.current().isName(QLatin1String("else"))) {
            m_cursor.advance();
            otherwise = parseExpression();
            if (!otherwise)
                return nullptr;
        }
        auto conditional = m_cursor.make(Node::Kind::CondExpr, position);
        conditional->children = {node, condition, otherwise};
        node = conditional;
    }
    return node;
}

NodePtr ExpressionParser::parseOr()
{
    NodePtr left = parseAnd();
    if (!left)
        return nullptr;
    while (m_cursor.current().isName(QLatin1String("or"))) {
        auto node = m_cursor.make(Node::Kind::Or, m_cursor.current().position);
        m_cursor.advance();
        NodePtr right = parseAnd();
        if (!right)
            return nullptr;
        node->children = {left, right};
        left = node;
    }
    return left;
}

NodePtr ExpressionParser::parseAnd()
{
    NodePtr left = parseNot();
    if (!left)
        return nullptr;
    while (m_cursor.current().isName(QLatin1String("and"))) {
        auto node = m_cursor.make(Node::Kind::And, m_cursor.current().position);
        m_cursor.advance();
        NodePtr right = parseNot();
        if (!right)
            return nullptr;
        node->children = {left, right};
        left = node;
    }
    return left;
}

NodePtr ExpressionParser::parseNot()
{
    if (m_cursor.current().isName(QLatin1String("not"))) {
        TokenCursor::DepthGuard guard(m_cursor);
        if (guard.tooDeep()) {
            m_cursor.fail(tr("the expression nests too deeply"), m_cursor.current().position);
            return nullptr;
        }
        auto node = m_cursor.make(Node::Kind::Not, m_cursor.current().position);
        m_cursor.advance();
        NodePtr operand = parseNot();
        if (!operand)
            return nullptr;
        node->children.push_back(operand);
        return node;
    }
    return parseCompare();
}

NodePtr ExpressionParser::parseCompare()
{
    const int position = m_cursor.current().position;
    NodePtr first = parseMath1();
    if (!first)
        return nullptr;
    TokenCursor::MutableNode compare;
    while (true) {
        const Token &token = m_cursor.current();
        QString op;
        if (token.type == Token::Type::Operator
            && (token.text == QLatin1String("==") || token.text == QLatin1String("!=")
                || token.text == QLatin1String("<") || token.text == QLatin1String("<=")
                || token.text == QLatin1String(">") || token.text == QLatin1String(">="))) {
            op = token.text;
            m_cursor.advance();
        } else if (token.isName(QLatin1String("in"))) {
            op = QStringLiteral("in");
            m_cursor.advance();
        } else if (token.isName(QLatin1String("not")) && m_cursor.peek().isName(QLatin1String("in"))) {
            op = QStringLiteral("notin");
            m_cursor.advance();
            m_cursor.advance();
        } else {
            break;
        }
        NodePtr operand = parseMath1();
        if (!operand)
            return nullptr;
        if (!compare) {
            compare = m_cursor.make(Node::Kind::Compare, position);
            compare->children.push_back(first);
        }
        compare->names.append(op);
        compare->children.push_back(operand);
    }
    return compare ? NodePtr(compare) : first;
}

NodePtr ExpressionParser::parseMath1()
{
    NodePtr left = parseConcat();
    if (!left)
        return nullptr;
    while (m_cursor.current().isOperator(QLatin1String("+")) || m_cursor.current().isOperator(QLatin1String("-"))) {
        auto node = m_cursor.make(Node::Kind::Binary, m_cursor.current().position);
        node->name = m_cursor.current().text;
        m_cursor.advance();
        NodePtr right = parseConcat();
        if (!right)
            return nullptr;
        node->children = {left, right};
        left = node;
    }
    return left;
}

NodePtr ExpressionParser::parseConcat()
{
    NodePtr left = parseMath2();
    if (!left)
        return nullptr;
    while (m_cursor.current().isOperator(QLatin1String("~"))) {
        auto node = m_cursor.make(Node::Kind::Binary, m_cursor.current().position);
        node->name = QStringLiteral("~");
        m_cursor.advance();
        NodePtr right = parseMath2();
        if (!right)
            return nullptr;
        node->children = {left, right};
        left = node;
    }
    return left;
}

NodePtr ExpressionParser::parseMath2()
{
    NodePtr left = parsePow();
    if (!left)
        return nullptr;
    while (m_cursor.current().isOperator(QLatin1String("*")) || m_cursor.current().isOperator(QLatin1String("/"))
           || m_cursor.current().isOperator(QLatin1String("//")) || m_cursor.current().isOperator(QLatin1String("%"))) {
        auto node = m_cursor.make(Node::Kind::Binary, m_cursor.current().position);
        node->name = m_cursor.current().text;
        m_cursor.advance();
        NodePtr right = parsePow();
        if (!right)
            return nullptr;
        node->children = {left, right};
        left = node;
    }
    return left;
}

NodePtr ExpressionParser::parsePow()
{
    NodePtr left = parseUnary(true);
    if (!left)
        return nullptr;
    while (m_cursor.current().isOperator(QLatin1String("**"))) {
        auto node = m_cursor.make(Node::Kind::Binary, m_cursor.current().position);
        node->name = QStringLiteral("**");
        m_cursor.advance();
        NodePtr right = parseUnary(true);
        if (!right)
            return nullptr;
        node->children = {left, right};
        left = node;
    }
    return left;
}

NodePtr ExpressionParser::parseUnary(bool withFilter)
{
    TokenCursor::DepthGuard guard(m_cursor);
    if (guard.tooDeep()) {
        m_cursor.fail(tr("the expression nests too deeply"), m_cursor.current().position);
        return nullptr;
    }
    NodePtr node;
    if (m_cursor.current().isOperator(QLatin1String("-")) || m_cursor.current().isOperator(QLatin1String("+"))) {
        auto unary = m_cursor.make(m_cursor.current().text == QLatin1String("-") ? Node::Kind::Neg : Node::Kind::Pos,
                                   m_cursor.current().position);
        m_cursor.advance();
        NodePtr operand = parseUnary(false);
        if (!operand)
            return nullptr;
        unary->children.push_back(operand);
        node = unary;
    } else {
        node = parsePrimary();
        if (!node)
            return nullptr;
        node = parsePostfix(node);
    }
    if (node && withFilter)
        node = parseFilterExpression(node);
    return node;
}

NodePtr ExpressionParser::parsePrimary()
{
    const Token token = m_cursor.current();
    switch (token.type) {
    case Token::Type::Name: {
        if (TokenCursor::isKeyword(token) && token.text != QLatin1String("not")) {
            m_cursor.failUnexpected(token);
            return nullptr;
        }
        m_cursor.advance();
        auto node = m_cursor.make(Node::Kind::Const, token.position);
        if (token.text == QLatin1String("true") || token.text == QLatin1String("True")) {
            node->value = true;
        } else if (token.text == QLatin1String("false") || token.text == QLatin1String("False")) {
            node->value = false;
        } else if (token.text == QLatin1String("none") || token.text == QLatin1String("None")) {
            node->value = QVariant();
        } else {
            node->kind = Node::Kind::Name;
            node->name = token.text;
        }
        return node;
    }
    case Token::Type::String: {
        QString text = token.value.toString();
        m_cursor.advance();
        while (m_cursor.current().type == Token::Type::String) {
            text += m_cursor.current().value.toString();
            m_cursor.advance();
        }
        auto node = m_cursor.make(Node::Kind::Const, token.position);
        node->value = text;
        return node;
    }
    case Token::Type::Integer:
    case Token::Type::Float: {
        m_cursor.advance();
        auto node = m_cursor.make(Node::Kind::Const, token.position);
        node->value = token.value;
        return node;
    }
    case Token::Type::Operator:
        if (token.text == QLatin1String("(")) {
            m_cursor.advance();
            if (m_cursor.current().isOperator(QLatin1String(")"))) {
                m_cursor.advance();
                return m_cursor.make(Node::Kind::Tuple, token.position);
            }
            NodePtr inner = parseExpression();
            if (!inner)
                return nullptr;
            if (m_cursor.current().isOperator(QLatin1String(","))) {
                auto tuple = m_cursor.make(Node::Kind::Tuple, token.position);
                tuple->children.push_back(inner);
                while (m_cursor.current().isOperator(QLatin1String(","))) {
                    m_cursor.advance();
                    if (m_cursor.current().isOperator(QLatin1String(")")))
                        break;
                    NodePtr item = parseExpression();
                    if (!item)
                        return nullptr;
                    tuple->children.push_back(item);
                }
                inner = tuple;
            }
            if (!m_cursor.expectOperator(QLatin1String(")")))
                return nullptr;
            return inner;
        }
        if (token.text == QLatin1String("[")) {
            m_cursor.advance();
            auto list = m_cursor.make(Node::Kind::List, token.position);
            while (!m_cursor.current().isOperator(QLatin1String("]"))) {
                if (!list->children.empty() && !m_cursor.expectOperator(QLatin1String(",")))
                    return nullptr;
                if (m_cursor.current().isOperator(QLatin1String("]")))
                    break;
                NodePtr item = parseExpression();
                if (!item)
                    return nullptr;
                list->children.push_back(item);
            }
            m_cursor.advance();
            return list;
        }
        if (token.text == QLatin1String("{")) {
            m_cursor.advance();
            auto dict = m_cursor.make(Node::Kind::Dict, token.position);
            while (!m_cursor.current().isOperator(QLatin1String("}"))) {
                if (!dict->children.empty() && !m_cursor.expectOperator(QLatin1String(",")))
                    return nullptr;
                if (m_cursor.current().isOperator(QLatin1String("}")))
                    break;
                NodePtr key = parseExpression();
                if (!key || !m_cursor.expectOperator(QLatin1String(":")))
                    return nullptr;
                NodePtr value = parseExpression();
                if (!value)
                    return nullptr;
                dict->children.push_back(key);
                dict->children.push_back(value);
            }
            m_cursor.advance();
            return dict;
        }
        break;
    default:
        break;
    }
    m_cursor.failUnexpected(token);
    return nullptr;
}

NodePtr ExpressionParser::parsePostfix(NodePtr node)
{
    while (node) {
        const Token &token = m_cursor.current();
        if (token.isOperator(QLatin1String("."))) {
            m_cursor.advance();
            const Token &attribute = m_cursor.current();
            if (attribute.type == Token::Type::Name) {
                auto getattr = m_cursor.make(Node::Kind::Getattr, token.position);
                getattr->name = attribute.text;
                getattr->children.push_back(node);
                node = getattr;
                m_cursor.advance();
            } else if (attribute.type == Token::Type::Integer) {
                auto getitem = m_cursor.make(Node::Kind::Getitem, token.position);
                auto index = m_cursor.make(Node::Kind::Const, attribute.position);
                index->value = attribute.value;
                getitem->children = {node, index};
                node = getitem;
                m_cursor.advance();
            } else {
                m_cursor.failUnexpected(attribute, tr("an attribute name"));
                return nullptr;
            }
        } else if (token.isOperator(QLatin1String("["))) {
            m_cursor.advance();
            node = parseSubscript(node, token.position);
        } else if (token.isOperator(QLatin1String("("))) {
            auto call = m_cursor.make(Node::Kind::Call, token.position);
            call->children.push_back(node);
            m_cursor.advance();
            if (!parseCallArguments(call.get()))
                return nullptr;
            node = call;
        } else {
            break;
        }
    }
    return node;
}

NodePtr ExpressionParser::parseSubscript(const NodePtr &node, int position)
{
    NodePtr parts[3];
    int part = 0;
    bool slice = false;
    while (true) {
        if (m_cursor.current().isOperator(QLatin1String(":"))) {
            slice = true;
            if (++part > 2) {
                m_cursor.failUnexpected(m_cursor.current());
                return nullptr;
            }
            m_cursor.advance();
            continue;
        }
        if (m_cursor.current().isOperator(QLatin1String("]"))) {
            m_cursor.advance();
            break;
        }
        if (parts[part]) {
            m_cursor.failUnexpected(m_cursor.current(), tr("']'"));
            return nullptr;
        }
        parts[part] = parseExpression();
        if (!parts[part])
            return nullptr;
    }
    if (!slice) {
        if (!parts[0]) {
            m_cursor.fail(tr("expected an index between [ and ]"), position);
            return nullptr;
        }
        auto getitem = m_cursor.make(Node::Kind::Getitem, position);
        getitem->children = {node, parts[0]};
        return getitem;
    }
    auto sliceNode = m_cursor.make(Node::Kind::Slice, position);
    sliceNode->children = {node, parts[0], parts[1], parts[2]};
    return sliceNode;
}

bool ExpressionParser::parseCallArguments(Node *node)
{
    // After "(": positional arguments, then name=value keywords, then ")".
    while (!m_cursor.current().isOperator(QLatin1String(")"))) {
        if (node->children.size() + node->keywords.size() > 1 && !m_cursor.expectOperator(QLatin1String(",")))
            return false;
        if (m_cursor.current().isOperator(QLatin1String(")")))
            break;
        if (m_cursor.current().type == Token::Type::Name && m_cursor.peek().isOperator(QLatin1String("="))) {
            const QString name = m_cursor.current().text;
            m_cursor.advance();
            m_cursor.advance();
            NodePtr value = parseExpression();
            if (!value)
                return false;
            node->keywords.emplace_back(name, value);
            continue;
        }
        if (!node->keywords.empty())
            return m_cursor.fail(tr("a positional argument follows keyword arguments"), m_cursor.current().position);
        NodePtr value = parseExpression();
        if (!value)
            return false;
        node->children.push_back(value);
    }
    m_cursor.advance();
    return true;
}

NodePtr ExpressionParser::parseFilterExpression(NodePtr node)
{
    while (node) {
        if (m_cursor.current().isOperator(QLatin1String("|"))) {
            m_cursor.advance();
            if (m_cursor.current().type != Token::Type::Name) {
                m_cursor.failUnexpected(m_cursor.current(), tr("a filter name"));
                return nullptr;
            }
            auto filter = m_cursor.make(Node::Kind::Filter, m_cursor.current().position);
            filter->name = m_cursor.current().text;
            m_cursor.advance();
            while (m_cursor.current().isOperator(QLatin1String(".")) && m_cursor.peek().type == Token::Type::Name) {
                // ansible.builtin.to_json and other collection names
                m_cursor.advance();
                filter->name = m_cursor.current().text;
                m_cursor.advance();
            }
            filter->children.push_back(node);
            if (m_cursor.current().isOperator(QLatin1String("("))) {
                m_cursor.advance();
                if (!parseCallArguments(filter.get()))
                    return nullptr;
            }
            node = filter;
        } else if (m_cursor.current().isName(QLatin1String("is"))) {
            auto test = m_cursor.make(Node::Kind::Test, m_cursor.current().position);
            m_cursor.advance();
            if (m_cursor.current().isName(QLatin1String("not"))) {
                test->negated = true;
                m_cursor.advance();
            }
            if (m_cursor.current().type != Token::Type::Name) {
                m_cursor.failUnexpected(m_cursor.current(), tr("a test name"));
                return nullptr;
            }
            test->name = m_cursor.current().text;
            m_cursor.advance();
            while (m_cursor.current().isOperator(QLatin1String(".")) && m_cursor.peek().type == Token::Type::Name) {
                m_cursor.advance();
                test->name = m_cursor.current().text;
                m_cursor.advance();
            }
            test->children.push_back(node);
            if (m_cursor.current().isOperator(QLatin1String("("))) {
                m_cursor.advance();
                if (!parseCallArguments(test.get()))
                    return nullptr;
            } else {
                // One argument without parentheses: "x is divisibleby 3".
                const Token &next = m_cursor.current();
                const bool startsArgument = next.type == Token::Type::String || next.type == Token::Type::Integer
                    || next.type == Token::Type::Float
                    || (next.type == Token::Type::Name && !TokenCursor::isKeyword(next))
                    || next.isOperator(QLatin1String("[")) || next.isOperator(QLatin1String("{"))
                    || next.isOperator(QLatin1String("-"));
                if (startsArgument) {
                    NodePtr argument = parseUnary(false);
                    if (!argument)
                        return nullptr;
                    test->children.push_back(argument);
                }
            }
            node = test;
        } else {
            break;
        }
    }
    return node;
}
} // namespace antler::playbook::jinja
