#pragma once

#include "playbook/jinja/ExpressionParser.h"
#include "playbook/jinja/Node.h"
#include "playbook/jinja/Token.h"
#include "playbook/jinja/TokenCursor.h"

#include <QList>
#include <QStringList>

namespace antler::playbook::jinja {

// Builds the tree of a template from its tokens with Jinja2's grammar: text,
// {{ }} and the statements ({% if %}, {% for %}, {% set %}); the expressions
// inside are ExpressionParser's. Nesting is capped so hostile input cannot
// exhaust the stack.
class Parser
{
public:
    explicit Parser(const QList<Token> &tokens);

    // The template's Body, or null with *error (one phrase, e.g.
    // "unexpected '}'") and *errorPosition (offset in the source).
    NodePtr parseTemplate(QString *error, int *errorPosition);

private:
    // Statements: parse until one of endTags (a {% name %}) starts; the
    // BlockBegin of that tag is consumed and *endTag set.
    NodePtr parseBody(const QStringList &endTags, QString *endTag, const QString &opener, int openerPosition);
    NodePtr parseIf(int position);
    NodePtr parseFor(int position);
    NodePtr parseSet(int position);
    bool parseTargets(QStringList *names, bool allowAttribute = false);

    TokenCursor m_cursor;
    ExpressionParser m_expressions;
};

} // namespace antler::playbook::jinja
