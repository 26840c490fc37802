#pragma once

#include "playbook/jinja/Token.h"

#include <QList>
#include <QString>

namespace antler::playbook::jinja {

// Splits a template into tokens: text, the {{ }} and {% %} delimiters and
// the expression tokens between them. Comments vanish, {% raw %} blocks
// become text, and whitespace control ({%- -%}, trim_blocks, lstrip_blocks)
// is applied to the text here, as Jinja2's lexer does.
class Lexer
{
public:
    struct Options
    {
        bool trimBlocks = true; // Ansible's templar and template module default
        bool lstripBlocks = false;
        // Ansible doubles backslashes in the string literals of {{ }} before
        // Jinja2 reads them, so there a backslash stays a backslash ('\d'
        // is the two characters \ and d); only \' and \" escape a quote.
        bool literalBackslashes = false;
    };

    // On failure *error is one phrase ("unterminated string") and
    // *errorPosition the offset in source where it happened.
    static bool tokenize(const QString &source, const Options &options, QList<Token> *tokens, QString *error,
                         int *errorPosition);
};

} // namespace antler::playbook::jinja
