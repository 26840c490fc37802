#pragma once

#include "playbook/jinja/Lexer.h"
#include "playbook/jinja/Node.h"

#include <QString>

#include <memory>

namespace antler::playbook::jinja {

// A parsed template, immutable and shared. parse() keeps a bounded cache,
// so the same text rendered for every host and loop item is parsed once.
class Template
{
public:
    enum class Mode {
        Text, // a template: text with {{ }}, {% %} and {# #}
        Expression, // a bare expression, as in when: or failed_when:
    };

    // Never null: a template that does not parse carries its error().
    static std::shared_ptr<const Template> parse(const QString &source, Mode mode = Mode::Text,
                                                 const Lexer::Options &options = {});

    bool isValid() const { return m_body != nullptr; }
    // One sentence with the column, e.g. "unexpected '}' at column 7 of '{{ a }}}'".
    const QString &error() const { return m_error; }
    const Node &body() const { return *m_body; }
    // The expression when the whole text is one "{{ expression }}" (or the
    // Expression mode's expression), else null: its value keeps its type.
    const Node *singleExpression() const { return m_single.get(); }

private:
    NodePtr m_body;
    NodePtr m_single;
    QString m_error;
};

} // namespace antler::playbook::jinja
