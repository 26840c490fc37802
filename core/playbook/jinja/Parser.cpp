#include "playbook/jinja/Parser.h"

#include <QCoreApplication>

namespace antler::playbook::jinja {

namespace {

constexpr int MaximumNesting = 96;

QString tr(const char *text)
{
    return QCoreApplication::translate("antler::playbook::jinja::Parser", text);
}

bool isKeyword(const Token &token)
{
    static const QStringList keywords
        = {QStringLiteral("and"),  QStringLiteral("or"), QStringLiteral("not"), QStringLiteral("if"),
           QStringLiteral("else"), QStringLiteral("in"), QStringLiteral("is")};
    return token.type == Token::Type::Name && keywords.contains(token.text);
}

struct DepthGuard
{
    explicit DepthGuard(int *depth)
        : m_depth(depth)
    {
        ++*m_depth;
    }
    ~DepthGuard() { --*m_depth; }
    int *m_depth;
};

} // namespace

Parser::Parser(const QList<Token> &tokens)
    : m_tokens(tokens)
{
}

const Token &Parser::peek(int ahead) const
{
    const qsizetype i = qMin(m_index + ahead, m_tokens.size() - 1);
    return m_tokens.at(i);
}

void Parser::advance()
{
    if (m_index + 1 < m_tokens.size())
        ++m_index;
}

bool Parser::fail(const QString &message, int position)
{
    if (!m_failed) {
        m_failed = true;
        m_error = message;
        m_errorPosition = position;
    }
    return false;
}

QString Parser::describe(const Token &token)
{
    switch (token.type) {
    case Token::Type::End:
        return tr("end of template");
    case Token::Type::VariableEnd:
        return tr("end of print statement");
    case Token::Type::BlockEnd:
        return tr("end of statement block");
    case Token::Type::VariableBegin:
    case Token::Type::BlockBegin:
        return token.text;
    case Token::Type::Data:
        return tr("text");
    default:
        return token.text;
    }
}

bool Parser::failUnexpected(const Token &token, const QString &expected)
{
    if (expected.isEmpty())
        return fail(tr("unexpected '%1'").arg(describe(token)), token.position);
    return fail(tr("unexpected '%1', expected %2").arg(describe(token), expected), token.position);
}

bool Parser::expectOperator(QLatin1StringView op)
{
    if (!current().isOperator(op))
        return failUnexpected(current(), QLatin1Char('\'') + op + QLatin1Char('\''));
    advance();
    return true;
}

bool Parser::expectName(QLatin1StringView name)
{
    if (!current().isName(name))
        return failUnexpected(current(), QLatin1Char('\'') + name + QLatin1Char('\''));
    advance();
    return true;
}

bool Parser::expectBlockEnd()
{
    if (current().type != Token::Type::BlockEnd)
        return failUnexpected(current(), tr("the end of the statement block ('%}')"));
    advance();
    return true;
}

Parser::MutableNode Parser::make(Node::Kind kind, int position) const
{
    auto node = std::make_shared<Node>();
    node->kind = kind;
    node->position = position;
    return node;
}

NodePtr Parser::parseTemplate(QString *error, int *errorPosition)
{
    QString endTag;
    NodePtr body = parseBody({}, &endTag, {}, 0);
    if (!body || m_failed) {
        *error = m_error;
        *errorPosition = m_errorPosition;
        return nullptr;
    }
    return body;
}

NodePtr Parser::parseBody(const QStringList &endTags, QString *endTag, const QString &opener, int openerPosition)
{
    DepthGuard guard(&m_depth);
    if (m_depth > MaximumNesting) {
        fail(tr("the template nests its tags too deeply"), current().position);
        return nullptr;
    }
    auto body = make(Node::Kind::Body, current().position);
    while (true) {
        const Token &token = current();
        switch (token.type) {
        case Token::Type::End:
            if (!endTags.isEmpty()) {
                fail(tr("unexpected end of template: the '%1' tag that opens {position} needs {% %2 %}")
                         .arg(opener, endTags.filter(QLatin1String("end")).value(0, endTags.last())),
                     openerPosition);
                return nullptr;
            }
            return body;
        case Token::Type::Data: {
            auto text = make(Node::Kind::Text, token.position);
            text->value = token.text;
            body->children.push_back(text);
            advance();
            break;
        }
        case Token::Type::VariableBegin: {
            advance();
            auto print = make(Node::Kind::Print, token.position);
            NodePtr expression = parseTupleOrExpression();
            if (!expression)
                return nullptr;
            if (current().type != Token::Type::VariableEnd) {
                failUnexpected(current());
                return nullptr;
            }
            advance();
            print->children.push_back(expression);
            body->children.push_back(print);
            break;
        }
        case Token::Type::BlockBegin: {
            const Token &tag = peek();
            if (tag.type != Token::Type::Name) {
                failUnexpected(tag, tr("a tag name"));
                return nullptr;
            }
            if (endTags.contains(tag.text)) {
                *endTag = tag.text;
                advance();
                advance();
                return body;
            }
            advance();
            advance();
            NodePtr statement;
            if (tag.text == QLatin1String("if")) {
                statement = parseIf(tag.position);
            } else if (tag.text == QLatin1String("for")) {
                statement = parseFor(tag.position);
            } else if (tag.text == QLatin1String("set")) {
                statement = parseSet(tag.position);
            } else {
                if (tag.text.startsWith(QLatin1String("end")) || tag.text == QLatin1String("else")
                    || tag.text == QLatin1String("elif")) {
                    fail(tr("unexpected tag '%1'").arg(tag.text), tag.position);
                } else {
                    fail(tr("unknown tag '%1'").arg(tag.text), tag.position);
                }
                return nullptr;
            }
            if (!statement)
                return nullptr;
            body->children.push_back(statement);
            break;
        }
        default:
            failUnexpected(token);
            return nullptr;
        }
    }
}

NodePtr Parser::parseIf(int position)
{
    auto node = make(Node::Kind::If, position);
    while (true) {
        NodePtr condition = parseTupleOrExpression();
        if (!condition || !expectBlockEnd())
            return nullptr;
        QString endTag;
        NodePtr body = parseBody({QStringLiteral("elif"), QStringLiteral("else"), QStringLiteral("endif")}, &endTag,
                                 QStringLiteral("if"), position);
        if (!body)
            return nullptr;
        node->children.push_back(condition);
        node->children.push_back(body);
        if (endTag == QLatin1String("elif"))
            continue;
        if (endTag == QLatin1String("else")) {
            if (!expectBlockEnd())
                return nullptr;
            NodePtr elseBody = parseBody({QStringLiteral("endif")}, &endTag, QStringLiteral("if"), position);
            if (!elseBody)
                return nullptr;
            node->children.push_back(elseBody);
        }
        if (!expectBlockEnd())
            return nullptr;
        return node;
    }
}

bool Parser::parseTargets(QStringList *names, bool allowAttribute)
{
    const bool parenthesized = current().isOperator(QLatin1String("("));
    if (parenthesized)
        advance();
    while (true) {
        if (current().type != Token::Type::Name || isKeyword(current()))
            return failUnexpected(current(), tr("a variable name"));
        names->append(current().text);
        advance();
        // {% set ns.attribute = … %} writes into a namespace().
        if (allowAttribute && current().isOperator(QLatin1String(".")) && peek().type == Token::Type::Name) {
            advance();
            names->last() += QLatin1Char('.') + current().text;
            advance();
        }
        if (!current().isOperator(QLatin1String(",")))
            break;
        advance();
        if (parenthesized && current().isOperator(QLatin1String(")")))
            break;
    }
    if (parenthesized)
        return expectOperator(QLatin1String(")"));
    return true;
}

NodePtr Parser::parseFor(int position)
{
    auto node = make(Node::Kind::For, position);
    if (!parseTargets(&node->names) || !expectName(QLatin1String("in")))
        return nullptr;
    // "for x in xs if cond" filters, so the iterable takes no inline if.
    NodePtr iterable = parseTupleOrExpression(false);
    if (!iterable)
        return nullptr;
    NodePtr filter;
    if (current().isName(QLatin1String("if"))) {
        advance();
        filter = parseExpression(false);
        if (!filter)
            return nullptr;
    }
    if (current().isName(QLatin1String("recursive"))) {
        fail(tr("recursive loops are not supported"), current().position);
        return nullptr;
    }
    if (!expectBlockEnd())
        return nullptr;
    QString endTag;
    NodePtr body
        = parseBody({QStringLiteral("else"), QStringLiteral("endfor")}, &endTag, QStringLiteral("for"), position);
    if (!body)
        return nullptr;
    NodePtr elseBody;
    if (endTag == QLatin1String("else")) {
        if (!expectBlockEnd())
            return nullptr;
        elseBody = parseBody({QStringLiteral("endfor")}, &endTag, QStringLiteral("for"), position);
        if (!elseBody)
            return nullptr;
    }
    if (!expectBlockEnd())
        return nullptr;
    node->children = {iterable, body, elseBody, filter};
    return node;
}

NodePtr Parser::parseSet(int position)
{
    auto node = make(Node::Kind::Set, position);
    if (!parseTargets(&node->names, true))
        return nullptr;
    if (current().type == Token::Type::BlockEnd) {
        // {% set x %}…{% endset %}
        advance();
        QString endTag;
        NodePtr body = parseBody({QStringLiteral("endset")}, &endTag, QStringLiteral("set"), position);
        if (!body || !expectBlockEnd())
            return nullptr;
        node->children.push_back(body);
        node->negated = true; // marks the block form
        return node;
    }
    if (!expectOperator(QLatin1String("=")))
        return nullptr;
    NodePtr value = parseTupleOrExpression();
    if (!value || !expectBlockEnd())
        return nullptr;
    node->children.push_back(value);
    return node;
}

// An expression, or several separated by commas (a tuple without parentheses).
NodePtr Parser::parseTupleOrExpression(bool allowCondition)
{
    const int position = current().position;
    NodePtr first = parseExpression(allowCondition);
    if (!first)
        return nullptr;
    if (!current().isOperator(QLatin1String(",")))
        return first;
    auto tuple = make(Node::Kind::Tuple, position);
    tuple->children.push_back(first);
    while (current().isOperator(QLatin1String(","))) {
        advance();
        const Token &token = current();
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

NodePtr Parser::parseExpression(bool allowCondition)
{
    DepthGuard guard(&m_depth);
    if (m_depth > MaximumNesting) {
        fail(tr("the expression nests too deeply"), current().position);
        return nullptr;
    }
    NodePtr node = parseOr();
    if (!node || !allowCondition)
        return node;
    while (current().isName(QLatin1String("if"))) {
        const int position = current().position;
        advance();
        NodePtr condition = parseOr();
        if (!condition)
            return nullptr;
        NodePtr otherwise;
        if (current().isName(QLatin1String("else"))) {
            advance();
            otherwise = parseExpression();
            if (!otherwise)
                return nullptr;
        }
        auto conditional = make(Node::Kind::CondExpr, position);
        conditional->children = {node, condition, otherwise};
        node = conditional;
    }
    return node;
}

NodePtr Parser::parseOr()
{
    NodePtr left = parseAnd();
    while (left && current().isName(QLatin1String("or"))) {
        auto node = make(Node::Kind::Or, current().position);
        advance();
        NodePtr right = parseAnd();
        if (!right)
            return nullptr;
        node->children = {left, right};
        left = node;
    }
    return left;
}

NodePtr Parser::parseAnd()
{
    NodePtr left = parseNot();
    while (left && current().isName(QLatin1String("and"))) {
        auto node = make(Node::Kind::And, current().position);
        advance();
        NodePtr right = parseNot();
        if (!right)
            return nullptr;
        node->children = {left, right};
        left = node;
    }
    return left;
}

NodePtr Parser::parseNot()
{
    if (current().isName(QLatin1String("not"))) {
        DepthGuard guard(&m_depth);
        if (m_depth > MaximumNesting) {
            fail(tr("the expression nests too deeply"), current().position);
            return nullptr;
        }
        auto node = make(Node::Kind::Not, current().position);
        advance();
        NodePtr operand = parseNot();
        if (!operand)
            return nullptr;
        node->children.push_back(operand);
        return node;
    }
    return parseCompare();
}

NodePtr Parser::parseCompare()
{
    const int position = current().position;
    NodePtr first = parseMath1();
    if (!first)
        return nullptr;
    MutableNode compare;
    while (true) {
        const Token &token = current();
        QString op;
        if (token.type == Token::Type::Operator
            && (token.text == QLatin1String("==") || token.text == QLatin1String("!=")
                || token.text == QLatin1String("<") || token.text == QLatin1String("<=")
                || token.text == QLatin1String(">") || token.text == QLatin1String(">="))) {
            op = token.text;
            advance();
        } else if (token.isName(QLatin1String("in"))) {
            op = QStringLiteral("in");
            advance();
        } else if (token.isName(QLatin1String("not")) && peek().isName(QLatin1String("in"))) {
            op = QStringLiteral("notin");
            advance();
            advance();
        } else {
            break;
        }
        NodePtr operand = parseMath1();
        if (!operand)
            return nullptr;
        if (!compare) {
            compare = make(Node::Kind::Compare, position);
            compare->children.push_back(first);
        }
        compare->names.append(op);
        compare->children.push_back(operand);
    }
    return compare ? NodePtr(compare) : first;
}

NodePtr Parser::parseMath1()
{
    NodePtr left = parseConcat();
    while (left && (current().isOperator(QLatin1String("+")) || current().isOperator(QLatin1String("-")))) {
        auto node = make(Node::Kind::Binary, current().position);
        node->name = current().text;
        advance();
        NodePtr right = parseConcat();
        if (!right)
            return nullptr;
        node->children = {left, right};
        left = node;
    }
    return left;
}

NodePtr Parser::parseConcat()
{
    NodePtr left = parseMath2();
    while (left && current().isOperator(QLatin1String("~"))) {
        auto node = make(Node::Kind::Binary, current().position);
        node->name = QStringLiteral("~");
        advance();
        NodePtr right = parseMath2();
        if (!right)
            return nullptr;
        node->children = {left, right};
        left = node;
    }
    return left;
}

NodePtr Parser::parseMath2()
{
    NodePtr left = parsePow();
    while (left
           && (current().isOperator(QLatin1String("*")) || current().isOperator(QLatin1String("/"))
               || current().isOperator(QLatin1String("//")) || current().isOperator(QLatin1String("%")))) {
        auto node = make(Node::Kind::Binary, current().position);
        node->name = current().text;
        advance();
        NodePtr right = parsePow();
        if (!right)
            return nullptr;
        node->children = {left, right};
        left = node;
    }
    return left;
}

NodePtr Parser::parsePow()
{
    NodePtr left = parseUnary(true);
    while (left && current().isOperator(QLatin1String("**"))) {
        auto node = make(Node::Kind::Binary, current().position);
        node->name = QStringLiteral("**");
        advance();
        NodePtr right = parseUnary(true);
        if (!right)
            return nullptr;
        node->children = {left, right};
        left = node;
    }
    return left;
}

NodePtr Parser::parseUnary(bool withFilter)
{
    DepthGuard guard(&m_depth);
    if (m_depth > MaximumNesting) {
        fail(tr("the expression nests too deeply"), current().position);
        return nullptr;
    }
    NodePtr node;
    if (current().isOperator(QLatin1String("-")) || current().isOperator(QLatin1String("+"))) {
        auto unary = make(current().text == QLatin1String("-") ? Node::Kind::Neg : Node::Kind::Pos, current().position);
        advance();
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

NodePtr Parser::parsePrimary()
{
    const Token token = current();
    switch (token.type) {
    case Token::Type::Name: {
        if (isKeyword(token) && token.text != QLatin1String("not")) {
            failUnexpected(token);
            return nullptr;
        }
        advance();
        auto node = make(Node::Kind::Const, token.position);
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
        advance();
        while (current().type == Token::Type::String) {
            text += current().value.toString();
            advance();
        }
        auto node = make(Node::Kind::Const, token.position);
        node->value = text;
        return node;
    }
    case Token::Type::Integer:
    case Token::Type::Float: {
        advance();
        auto node = make(Node::Kind::Const, token.position);
        node->value = token.value;
        return node;
    }
    case Token::Type::Operator:
        if (token.text == QLatin1String("(")) {
            advance();
            if (current().isOperator(QLatin1String(")"))) {
                advance();
                return make(Node::Kind::Tuple, token.position);
            }
            NodePtr inner = parseExpression();
            if (!inner)
                return nullptr;
            if (current().isOperator(QLatin1String(","))) {
                auto tuple = make(Node::Kind::Tuple, token.position);
                tuple->children.push_back(inner);
                while (current().isOperator(QLatin1String(","))) {
                    advance();
                    if (current().isOperator(QLatin1String(")")))
                        break;
                    NodePtr item = parseExpression();
                    if (!item)
                        return nullptr;
                    tuple->children.push_back(item);
                }
                inner = tuple;
            }
            if (!expectOperator(QLatin1String(")")))
                return nullptr;
            return inner;
        }
        if (token.text == QLatin1String("[")) {
            advance();
            auto list = make(Node::Kind::List, token.position);
            while (!current().isOperator(QLatin1String("]"))) {
                if (!list->children.empty() && !expectOperator(QLatin1String(",")))
                    return nullptr;
                if (current().isOperator(QLatin1String("]")))
                    break;
                NodePtr item = parseExpression();
                if (!item)
                    return nullptr;
                list->children.push_back(item);
            }
            advance();
            return list;
        }
        if (token.text == QLatin1String("{")) {
            advance();
            auto dict = make(Node::Kind::Dict, token.position);
            while (!current().isOperator(QLatin1String("}"))) {
                if (!dict->children.empty() && !expectOperator(QLatin1String(",")))
                    return nullptr;
                if (current().isOperator(QLatin1String("}")))
                    break;
                NodePtr key = parseExpression();
                if (!key || !expectOperator(QLatin1String(":")))
                    return nullptr;
                NodePtr value = parseExpression();
                if (!value)
                    return nullptr;
                dict->children.push_back(key);
                dict->children.push_back(value);
            }
            advance();
            return dict;
        }
        break;
    default:
        break;
    }
    failUnexpected(token);
    return nullptr;
}

NodePtr Parser::parsePostfix(NodePtr node)
{
    while (node) {
        const Token &token = current();
        if (token.isOperator(QLatin1String("."))) {
            advance();
            const Token &attribute = current();
            if (attribute.type == Token::Type::Name) {
                auto getattr = make(Node::Kind::Getattr, token.position);
                getattr->name = attribute.text;
                getattr->children.push_back(node);
                node = getattr;
                advance();
            } else if (attribute.type == Token::Type::Integer) {
                auto getitem = make(Node::Kind::Getitem, token.position);
                auto index = make(Node::Kind::Const, attribute.position);
                index->value = attribute.value;
                getitem->children = {node, index};
                node = getitem;
                advance();
            } else {
                failUnexpected(attribute, tr("an attribute name"));
                return nullptr;
            }
        } else if (token.isOperator(QLatin1String("["))) {
            advance();
            node = parseSubscript(node, token.position);
        } else if (token.isOperator(QLatin1String("("))) {
            auto call = make(Node::Kind::Call, token.position);
            call->children.push_back(node);
            advance();
            if (!parseCallArguments(call.get()))
                return nullptr;
            node = call;
        } else {
            break;
        }
    }
    return node;
}

NodePtr Parser::parseSubscript(NodePtr node, int position)
{
    NodePtr parts[3];
    int part = 0;
    bool slice = false;
    while (true) {
        if (current().isOperator(QLatin1String(":"))) {
            slice = true;
            if (++part > 2) {
                failUnexpected(current());
                return nullptr;
            }
            advance();
            continue;
        }
        if (current().isOperator(QLatin1String("]"))) {
            advance();
            break;
        }
        if (parts[part]) {
            failUnexpected(current(), tr("']'"));
            return nullptr;
        }
        parts[part] = parseExpression();
        if (!parts[part])
            return nullptr;
    }
    if (!slice) {
        if (!parts[0]) {
            fail(tr("expected an index between [ and ]"), position);
            return nullptr;
        }
        auto getitem = make(Node::Kind::Getitem, position);
        getitem->children = {node, parts[0]};
        return getitem;
    }
    auto sliceNode = make(Node::Kind::Slice, position);
    sliceNode->children = {node, parts[0], parts[1], parts[2]};
    return sliceNode;
}

bool Parser::parseCallArguments(Node *node)
{
    // After "(": positional arguments, then name=value keywords, then ")".
    while (!current().isOperator(QLatin1String(")"))) {
        if (node->children.size() + node->keywords.size() > 1 && !expectOperator(QLatin1String(",")))
            return false;
        if (current().isOperator(QLatin1String(")")))
            break;
        if (current().type == Token::Type::Name && peek().isOperator(QLatin1String("="))) {
            const QString name = current().text;
            advance();
            advance();
            NodePtr value = parseExpression();
            if (!value)
                return false;
            node->keywords.emplace_back(name, value);
            continue;
        }
        if (!node->keywords.empty())
            return fail(tr("a positional argument follows keyword arguments"), current().position);
        NodePtr value = parseExpression();
        if (!value)
            return false;
        node->children.push_back(value);
    }
    advance();
    return true;
}

NodePtr Parser::parseFilterExpression(NodePtr node)
{
    while (node) {
        if (current().isOperator(QLatin1String("|"))) {
            advance();
            if (current().type != Token::Type::Name) {
                failUnexpected(current(), tr("a filter name"));
                return nullptr;
            }
            auto filter = make(Node::Kind::Filter, current().position);
            filter->name = current().text;
            advance();
            while (current().isOperator(QLatin1String(".")) && peek().type == Token::Type::Name) {
                // ansible.builtin.to_json and other collection names
                advance();
                filter->name = current().text;
                advance();
            }
            filter->children.push_back(node);
            if (current().isOperator(QLatin1String("("))) {
                advance();
                if (!parseCallArguments(filter.get()))
                    return nullptr;
            }
            node = filter;
        } else if (current().isName(QLatin1String("is"))) {
            auto test = make(Node::Kind::Test, current().position);
            advance();
            if (current().isName(QLatin1String("not"))) {
                test->negated = true;
                advance();
            }
            if (current().type != Token::Type::Name) {
                failUnexpected(current(), tr("a test name"));
                return nullptr;
            }
            test->name = current().text;
            advance();
            while (current().isOperator(QLatin1String(".")) && peek().type == Token::Type::Name) {
                advance();
                test->name = current().text;
                advance();
            }
            test->children.push_back(node);
            if (current().isOperator(QLatin1String("("))) {
                advance();
                if (!parseCallArguments(test.get()))
                    return nullptr;
            } else {
                // One argument without parentheses: "x is divisibleby 3".
                const Token &next = current();
                const bool startsArgument = next.type == Token::Type::String || next.type == Token::Type::Integer
                    || next.type == Token::Type::Float || (next.type == Token::Type::Name && !isKeyword(next))
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
