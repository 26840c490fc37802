#pragma once

#include "playbook/jinja/Node.h"
#include "playbook/jinja/Token.h"

#include <QList>

namespace antler::playbook::jinja {

// Builds the tree of a template from its tokens with Jinja2's grammar and
// operator precedence. Nesting is capped so hostile input cannot exhaust
// the stack.
class Parser
{
public:
    explicit Parser(const QList<Token> &tokens);

    // The template's Body, or null with *error (one phrase, e.g.
    // "unexpected '}'") and *errorPosition (offset in the source).
    NodePtr parseTemplate(QString *error, int *errorPosition);

private:
    using MutableNode = std::shared_ptr<Node>;

    const Token &current() const { return m_tokens.at(m_index); }
    const Token &peek(int ahead = 1) const;
    void advance();
    bool fail(const QString &message, int position);
    bool failUnexpected(const Token &token, const QString &expected = {});
    bool expectOperator(QLatin1StringView op);
    bool expectName(QLatin1StringView name);
    bool expectBlockEnd();
    static QString describe(const Token &token);
    MutableNode make(Node::Kind kind, int position) const;

    // Statements: parse until one of endTags (a {% name %}) starts; the
    // BlockBegin of that tag is consumed and *endTag set.
    NodePtr parseBody(const QStringList &endTags, QString *endTag, const QString &opener, int openerPosition);
    NodePtr parseIf(int position);
    NodePtr parseFor(int position);
    NodePtr parseSet(int position);
    bool parseTargets(QStringList *names, bool allowAttribute = false);

    NodePtr parseExpression(bool allowCondition = true);
    NodePtr parseTupleOrExpression(bool allowCondition = true);
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
    NodePtr parseSubscript(NodePtr node, int position);
    bool parseCallArguments(Node *node);

    const QList<Token> &m_tokens;
    qsizetype m_index = 0;
    int m_depth = 0;
    QString m_error;
    int m_errorPosition = 0;
    bool m_failed = false;
};

} // namespace antler::playbook::jinja
