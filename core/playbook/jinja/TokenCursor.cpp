#include "playbook/jinja/TokenCursor.h"

#include <QCoreApplication>

namespace antler::playbook::jinja {

namespace {

constexpr int MaximumNesting = 96;

QString tr(const char *text)
{
    return QCoreApplication::translate("antler::playbook::jinja::Parser", text);
}

} // namespace

TokenCursor::TokenCursor(const QList<Token> &tokens)
    : m_tokens(tokens)
{
}

const Token &TokenCursor::peek(int ahead) const
{
    const qsizetype i = qMin(m_index + ahead, m_tokens.size() - 1);
    return m_tokens.at(i);
}

void TokenCursor::advance()
{
    if (m_index + 1 < m_tokens.size())
        ++m_index;
}

bool TokenCursor::fail(const QString &message, int position)
{
    if (!m_failed) {
        m_failed = true;
        m_error = message;
        m_errorPosition = position;
    }
    return false;
}

QString TokenCursor::describe(const Token &token)
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

bool TokenCursor::failUnexpected(const Token &token, const QString &expected)
{
    if (expected.isEmpty())
        return fail(tr("unexpected '%1'").arg(describe(token)), token.position);
    return fail(tr("unexpected '%1', expected %2").arg(describe(token), expected), token.position);
}

bool TokenCursor::expectOperator(QLatin1StringView op)
{
    if (!current().isOperator(op))
        return failUnexpected(current(), QLatin1Char('\'') + op + QLatin1Char('\''));
    advance();
    return true;
}

bool TokenCursor::expectName(QLatin1StringView name)
{
    if (!current().isName(name))
        return failUnexpected(current(), QLatin1Char('\'') + name + QLatin1Char('\''));
    advance();
    return true;
}

bool TokenCursor::expectBlockEnd()
{
    if (current().type != Token::Type::BlockEnd)
        return failUnexpected(current(), tr("the end of the statement block ('%}')"));
    advance();
    return true;
}

TokenCursor::MutableNode TokenCursor::make(Node::Kind kind, int position) const
{
    auto node = std::make_shared<Node>();
    node->kind = kind;
    node->position = position;
    return node;
}

bool TokenCursor::isKeyword(const Token &token)
{
    static const QStringList keywords
        = {QStringLiteral("and"),  QStringLiteral("or"), QStringLiteral("not"), QStringLiteral("if"),
           QStringLiteral("else"), QStringLiteral("in"), QStringLiteral("is")};
    return token.type == Token::Type::Name && keywords.contains(token.text);
}

TokenCursor::DepthGuard::DepthGuard(TokenCursor &cursor)
    : m_cursor(cursor)
{
    ++m_cursor.m_depth;
}

TokenCursor::DepthGuard::~DepthGuard()
{
    --m_cursor.m_depth;
}

bool TokenCursor::DepthGuard::tooDeep() const
{
    return m_cursor.m_depth > MaximumNesting;
}

} // namespace antler::playbook::jinja
