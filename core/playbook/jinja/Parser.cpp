#include "playbook/jinja/Parser.h"

#include <QCoreApplication>

namespace antler::playbook::jinja {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("antler::playbook::jinja::Parser", text);
}

} // namespace

Parser::Parser(const QList<Token> &tokens)
    : m_cursor(tokens)
    , m_expressions(m_cursor)
{
}

NodePtr Parser::parseTemplate(QString *error, int *errorPosition)
{
    QString endTag;
    NodePtr body = parseBody({}, &endTag, {}, 0);
    if (!body || m_cursor.failed()) {
        *error = m_cursor.error();
        *errorPosition = m_cursor.errorPosition();
        return nullptr;
    }
    return body;
}

NodePtr Parser::parseBody(const QStringList &endTags, QString *endTag, const QString &opener, int openerPosition)
{
    TokenCursor::DepthGuard guard(m_cursor);
    if (guard.tooDeep()) {
        m_cursor.fail(tr("the template nests its tags too deeply"), m_cursor.current().position);
        return nullptr;
    }
    auto body = m_cursor.make(Node::Kind::Body, m_cursor.current().position);
    while (true) {
        const Token &token = m_cursor.current();
        switch (token.type) {
        case Token::Type::End:
            if (!endTags.isEmpty()) {
                m_cursor.fail(tr("unexpected end of template: the '%1' tag that opens {position} needs {% %2 %}")
                                  .arg(opener, endTags.filter(QLatin1String("end")).value(0, endTags.last())),
                              openerPosition);
                return nullptr;
            }
            return body;
        case Token::Type::Data: {
            auto text = m_cursor.make(Node::Kind::Text, token.position);
            text->value = token.text;
            body->children.push_back(text);
            m_cursor.advance();
            break;
        }
        case Token::Type::VariableBegin: {
            m_cursor.advance();
            auto print = m_cursor.make(Node::Kind::Print, token.position);
            NodePtr expression = m_expressions.parseTupleOrExpression();
            if (!expression)
                return nullptr;
            if (m_cursor.current().type != Token::Type::VariableEnd) {
                m_cursor.failUnexpected(m_cursor.current());
                return nullptr;
            }
            m_cursor.advance();
            print->children.push_back(expression);
            body->children.push_back(print);
            break;
        }
        case Token::Type::BlockBegin: {
            const Token &tag = m_cursor.peek();
            if (tag.type != Token::Type::Name) {
                m_cursor.failUnexpected(tag, tr("a tag name"));
                return nullptr;
            }
            if (endTags.contains(tag.text)) {
                *endTag = tag.text;
                m_cursor.advance();
                m_cursor.advance();
                return body;
            }
            m_cursor.advance();
            m_cursor.advance();
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
                    m_cursor.fail(tr("unexpected tag '%1'").arg(tag.text), tag.position);
                } else {
                    m_cursor.fail(tr("unknown tag '%1'").arg(tag.text), tag.position);
                }
                return nullptr;
            }
            if (!statement)
                return nullptr;
            body->children.push_back(statement);
            break;
        }
        default:
            m_cursor.failUnexpected(token);
            return nullptr;
        }
    }
}

NodePtr Parser::parseIf(int position)
{
    auto node = m_cursor.make(Node::Kind::If, position);
    while (true) {
        NodePtr condition = m_expressions.parseTupleOrExpression();
        if (!condition || !m_cursor.expectBlockEnd())
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
            if (!m_cursor.expectBlockEnd())
                return nullptr;
            NodePtr elseBody = parseBody({QStringLiteral("endif")}, &endTag, QStringLiteral("if"), position);
            if (!elseBody)
                return nullptr;
            node->children.push_back(elseBody);
        }
        if (!m_cursor.expectBlockEnd())
            return nullptr;
        return node;
    }
}

bool Parser::parseTargets(QStringList *names, bool allowAttribute)
{
    const bool parenthesized = m_cursor.current().isOperator(QLatin1String("("));
    if (parenthesized)
        m_cursor.advance();
    while (true) {
        if (m_cursor.current().type != Token::Type::Name || TokenCursor::isKeyword(m_cursor.current()))
            return m_cursor.failUnexpected(m_cursor.current(), tr("a variable name"));
        names->append(m_cursor.current().text);
        m_cursor.advance();
        // {% set ns.attribute = … %} writes into a namespace().
        if (allowAttribute && m_cursor.current().isOperator(QLatin1String("."))
            && m_cursor.peek().type == Token::Type::Name) {
            m_cursor.advance();
            names->last() += QLatin1Char('.') + m_cursor.current().text;
            m_cursor.advance();
        }
        if (!m_cursor.current().isOperator(QLatin1String(",")))
            break;
        m_cursor.advance();
        if (parenthesized && m_cursor.current().isOperator(QLatin1String(")")))
            break;
    }
    if (parenthesized)
        return m_cursor.expectOperator(QLatin1String(")"));
    return true;
}

NodePtr Parser::parseFor(int position)
{
    auto node = m_cursor.make(Node::Kind::For, position);
    if (!parseTargets(&node->names) || !m_cursor.expectName(QLatin1String("in")))
        return nullptr;
    // "for x in xs if cond" filters, so the iterable takes no inline if.
    NodePtr iterable = m_expressions.parseTupleOrExpression(false);
    if (!iterable)
        return nullptr;
    NodePtr filter;
    if (m_cursor.current().isName(QLatin1String("if"))) {
        m_cursor.advance();
        filter = m_expressions.parseExpression(false);
        if (!filter)
            return nullptr;
    }
    if (m_cursor.current().isName(QLatin1String("recursive"))) {
        m_cursor.fail(tr("recursive loops are not supported"), m_cursor.current().position);
        return nullptr;
    }
    if (!m_cursor.expectBlockEnd())
        return nullptr;
    QString endTag;
    NodePtr body
        = parseBody({QStringLiteral("else"), QStringLiteral("endfor")}, &endTag, QStringLiteral("for"), position);
    if (!body)
        return nullptr;
    NodePtr elseBody;
    if (endTag == QLatin1String("else")) {
        if (!m_cursor.expectBlockEnd())
            return nullptr;
        elseBody = parseBody({QStringLiteral("endfor")}, &endTag, QStringLiteral("for"), position);
        if (!elseBody)
            return nullptr;
    }
    if (!m_cursor.expectBlockEnd())
        return nullptr;
    node->children = {iterable, body, elseBody, filter};
    return node;
}

NodePtr Parser::parseSet(int position)
{
    auto node = m_cursor.make(Node::Kind::Set, position);
    if (!parseTargets(&node->names, true))
        return nullptr;
    if (m_cursor.current().type == Token::Type::BlockEnd) {
        // {% set x %}…{% endset %}
        m_cursor.advance();
        QString endTag;
        NodePtr body = parseBody({QStringLiteral("endset")}, &endTag, QStringLiteral("set"), position);
        if (!body || !m_cursor.expectBlockEnd())
            return nullptr;
        node->children.push_back(body);
        node->negated = true; // marks the block form
        return node;
    }
    if (!m_cursor.expectOperator(QLatin1String("=")))
        return nullptr;
    NodePtr value = m_expressions.parseTupleOrExpression();
    if (!value || !m_cursor.expectBlockEnd())
        return nullptr;
    node->children.push_back(value);
    return node;
}
} // namespace antler::playbook::jinja
