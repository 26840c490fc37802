#pragma once

#include "playbook/jinja/Node.h"
#include "playbook/jinja/Token.h"

#include <QList>
#include <QString>

#include <memory>

namespace antler::playbook::jinja {

// The position of the template parsers in a list of tokens, and the first
// error they found: what is next, what is expected, how deep the nesting is.
// The statement parser and the expression parser share one.
class TokenCursor
{
public:
    using MutableNode = std::shared_ptr<Node>;

    explicit TokenCursor(const QList<Token> &tokens);

    const Token &current() const { return m_tokens.at(m_index); }
    const Token &peek(int ahead = 1) const;
    void advance();

    // Records the first error only; always false, so a parser can return it.
    bool fail(const QString &message, int position);
    bool failUnexpected(const Token &token, const QString &expected = {});
    bool expectOperator(QLatin1StringView op);
    bool expectName(QLatin1StringView name);
    bool expectBlockEnd();
    bool failed() const { return m_failed; }
    const QString &error() const { return m_error; }
    int errorPosition() const { return m_errorPosition; }

    MutableNode make(Node::Kind kind, int position) const;
    static QString describe(const Token &token);
    // and, or, not, if, else, in, is.
    static bool isKeyword(const Token &token);

    // One level of nesting while it lives; tooDeep() once the nesting is
    // deeper than hostile input may make it (the stack is finite).
    class DepthGuard
    {
    public:
        explicit DepthGuard(TokenCursor &cursor);
        ~DepthGuard();
        DepthGuard(const DepthGuard &) = delete;
        DepthGuard &operator=(const DepthGuard &) = delete;
        bool tooDeep() const;

    private:
        TokenCursor &m_cursor;
    };

private:
    const QList<Token> &m_tokens;
    qsizetype m_index = 0;
    int m_depth = 0;
    QString m_error;
    int m_errorPosition = 0;
    bool m_failed = false;
};

} // namespace antler::playbook::jinja
