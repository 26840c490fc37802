// The Jinja2 subset: lexer, parser and evaluator, with Ansible's filters and
// tests, over a fixed set of variables. The first byte picks the mode
// (template text or bare expression) and the lexer options; the loop budget
// is lowered from a million to ten thousand iterations so that one input
// stays fast, while every other limit (output size, nesting) is the real one.
#include "FuzzInput.h"
#include "playbook/jinja/Context.h"
#include "playbook/jinja/Evaluator.h"
#include "playbook/jinja/Template.h"

#include <QVariantList>
#include <QVariantMap>

using namespace antler::playbook::jinja;

namespace {

QVariantMap variables()
{
    QVariantMap vars;
    vars.insert(QStringLiteral("name"), QStringLiteral("pi1"));
    vars.insert(QStringLiteral("port"), 8080);
    vars.insert(QStringLiteral("ratio"), 0.5);
    vars.insert(QStringLiteral("enabled"), true);
    vars.insert(QStringLiteral("nothing"), QVariant::fromValue(nullptr));
    vars.insert(QStringLiteral("items"), QVariantList {1, 2, 3, QStringLiteral("x")});
    vars.insert(QStringLiteral("words"), QStringList {QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")});
    QVariantMap user;
    user.insert(QStringLiteral("name"), QStringLiteral("moose"));
    user.insert(QStringLiteral("groups"), QVariantList {QStringLiteral("sudo"), QStringLiteral("adm")});
    user.insert(QStringLiteral("uid"), 1000);
    vars.insert(QStringLiteral("user"), user);
    vars.insert(QStringLiteral("users"), QVariantList {user, user});
    vars.insert(QStringLiteral("text"), QStringLiteral("line one\nline two\tünïcödé 🦌"));
    return vars;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const QVariantMap vars = variables();
    const uint8_t flags = data[0];
    const Template::Mode mode = (flags & 1) ? Template::Mode::Expression : Template::Mode::Text;
    Lexer::Options options;
    options.trimBlocks = flags & 2;
    options.lstripBlocks = flags & 4;
    options.literalBackslashes = flags & 8;
    const auto parsed = Template::parse(antler::fuzz::text(data + 1, size - 1), mode, options);
    if (!parsed->isValid()) {
        FUZZ_ASSERT(!parsed->error().isEmpty());
        return 0;
    }
    Context context([](const QString &name, QVariant *value, bool *found, QString *) {
        *found = vars.contains(name);
        if (*found)
            *value = vars.value(name);
        return true;
    });
    context.setIterationBudget(10000);
    Evaluator evaluator(context);
    QString error;
    if (parsed->singleExpression()) {
        QVariant value;
        if (!evaluator.evaluate(*parsed->singleExpression(), &value, &error))
            FUZZ_ASSERT(!error.isEmpty());
    }
    QString out;
    error.clear();
    if (!evaluator.render(parsed->body(), &out, &error))
        FUZZ_ASSERT(!error.isEmpty());
    return 0;
}
