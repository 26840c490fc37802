// The Jinja2 subset of the playbook engine, table-driven. The expected
// texts of rendersLikeAnsible were produced by ansible-core 2.14's own
// Templar (python3, jinja2 3.1) with the same variables, and are asserted
// here as fixed values.
#include "inventory/Dict.h"
#include "playbook/Templar.h"
#include "playbook/jinja/Template.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using antler::playbook::Templar;
namespace jinja = antler::playbook::jinja;

class TestJinja : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtureKeepsIntegers();
    void rendersLikeAnsible_data();
    void rendersLikeAnsible();
    void singleExpressionKeepsItsType_data();
    void singleExpressionKeepsItsType();
    void conditions_data();
    void conditions();
    void errors_data();
    void errors();
    void templateFileWhitespace_data();
    void templateFileWhitespace();
    void lazyVariablesLoopIsAnError();
    void unsafeVariablesAreNotRendered();
    void bigContainersAreRenderedLazilyToo();
    void lookupFileUsesTheLookupLocation();
    void sourceLocationEndsErrors();
    void parsedTemplatesAreCached();
    void hostileInputEndsWithAnError_data();
    void hostileInputEndsWithAnError();
    void randomInputNeverCrashes();

private:
    static QVariantMap variables();
};

QVariantMap TestJinja::variables()
{
    static const QVariantMap fixture = QJsonDocument::fromJson(R"json(
{"ansible_facts": {"distribution": "Debian", "distribution_major_version": "12", "os_family": "Debian"},
 "b64": "aGVsbG8=",
 "config": {"host": "localhost", "port": 8080, "tags": ["a", "b"]},
 "count": 3,
 "csv": "a,b,,c",
 "defaults": {"a": 1, "b": {"c": 2, "d": 3}},
 "derived_list": ["{{ count }}", "x"],
 "dupes": [1, 2, 2, 3, 1],
 "empty": "",
 "failed_result": {"changed": false, "failed": true, "msg": "boom", "rc": 2},
 "flag": true,
 "greeting": "{{ name | upper }}",
 "items": [3, 1, 2],
 "json_text": "{\"a\": [1, 2], \"b\": null}",
 "mixed": [1, "two", null, true],
 "name": "world",
 "text_with_newline": "hello\n",
 "nested": [[1, 2], [3, [4, 5]]],
 "no_text": "no",
 "nothing": null,
 "off": false,
 "overrides": {"b": {"c": 20}, "e": 5},
 "pairs": [{"key": "a", "value": 1}, {"key": "b", "value": 2}],
 "path": "/etc/nginx/nginx.conf",
 "pi": 3.14159,
 "quote_me": "it's a test",
 "result": {"changed": true, "failed": false, "rc": 0, "skipped": false, "stdout": "line1\nline2", "stdout_lines": ["line1", "line2"]},
 "skipped_result": {"changed": false, "skipped": true},
 "text": "  Hello World  ",
 "users": [{"admin": true, "age": 31, "name": "ann"}, {"admin": false, "age": 25, "name": "bob"}, {"admin": true, "age": 40, "name": "cy"}],
 "version": "1.10.2",
 "words": ["banana", "Apple", "cherry"],
 "yaml_text": "a: 1\nb: [x, y]\n",
 "yes_text": "yes",
 "zero": 0
}
)json")
                                           .object()
                                           .toVariantMap();
    return fixture;
}

void TestJinja::fixtureKeepsIntegers()
{
    // The expectations below assume integers stay integers ("3", not "3.0").
    QVERIFY(variables().value(QStringLiteral("count")).typeId() != QMetaType::Double);
    QCOMPARE(variables().size(), 35);
}

void TestJinja::rendersLikeAnsible_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain text") << QStringLiteral("no template here") << QStringLiteral("no template here");
    QTest::newRow("variable") << QStringLiteral("hello {{ name }}!") << QStringLiteral("hello world!");
    QTest::newRow("no spaces") << QStringLiteral("{{name}}{{count}}") << QStringLiteral("world3");
    QTest::newRow("int literal") << QStringLiteral("{{ 42 }}") << QStringLiteral("42");
    QTest::newRow("negative int") << QStringLiteral("{{ -7 }}") << QStringLiteral("-7");
    QTest::newRow("float literal") << QStringLiteral("{{ 1.5 }}") << QStringLiteral("1.5");
    QTest::newRow("float whole") << QStringLiteral("{{ 2.0 }}") << QStringLiteral("2.0");
    QTest::newRow("float exponent") << QStringLiteral("{{ 1e20 }}") << QStringLiteral("1e+20");
    QTest::newRow("float small") << QStringLiteral("{{ 0.00001 }}") << QStringLiteral("1e-05");
    QTest::newRow("float sum repr") << QStringLiteral("{{ 0.1 + 0.2 }}") << QStringLiteral("0.30000000000000004");
    QTest::newRow("string single") << QStringLiteral("{{ 'single' }}") << QStringLiteral("single");
    QTest::newRow("string double") << QStringLiteral("{{ \"double\" }}") << QStringLiteral("double");
    QTest::newRow("string escapes") << QStringLiteral("{{ 'a\\tb' }}|") << QStringLiteral("a\\tb|");
    QTest::newRow("string adjacent") << QStringLiteral("{{ 'a' 'b' }}") << QStringLiteral("ab");
    QTest::newRow("bool True") << QStringLiteral("{{ True }} {{ true }}") << QStringLiteral("True True");
    QTest::newRow("bool False") << QStringLiteral("{{ False }} {{ false }}") << QStringLiteral("False False");
    QTest::newRow("none in text") << QStringLiteral("[{{ none }}][{{ None }}]") << QStringLiteral("[][]");
    QTest::newRow("none variable in text") << QStringLiteral("x{{ nothing }}y") << QStringLiteral("xy");
    QTest::newRow("list literal") << QStringLiteral("{{ [1, 'a', none, true, 2.5] }}")
                                  << QStringLiteral("[1, 'a', None, True, 2.5]");
    QTest::newRow("empty list") << QStringLiteral("{{ [] }}") << QStringLiteral("[]");
    QTest::newRow("dict literal") << QStringLiteral("{{ {'a': 1, 'b': [2]} }}") << QStringLiteral("{'a': 1, 'b': [2]}");
    QTest::newRow("nested dict literal") << QStringLiteral("{{ {'a': {'b': 1}} }}")
                                         << QStringLiteral("{'a': {'b': 1}}");
    QTest::newRow("list repr quotes") << QStringLiteral("{{ [\"it's\", 'x'] }}") << QStringLiteral("[\"it's\", 'x']");
    QTest::newRow("list variable in text") << QStringLiteral("items={{ items }}") << QStringLiteral("items=[3, 1, 2]");
    QTest::newRow("dict variable in text")
        << QStringLiteral("c={{ config }}")
        << QStringLiteral("c={'host': 'localhost', 'port': 8080, 'tags': ['a', 'b']}");
    QTest::newRow("bool variable") << QStringLiteral("{{ flag }}/{{ off }}") << QStringLiteral("True/False");
    QTest::newRow("float variable") << QStringLiteral("{{ pi }}") << QStringLiteral("3.14159");
    QTest::newRow("attribute") << QStringLiteral("{{ config.host }}") << QStringLiteral("localhost");
    QTest::newRow("item string key") << QStringLiteral("{{ config['port'] }}") << QStringLiteral("8080");
    QTest::newRow("item double-quoted key") << QStringLiteral("{{ config[\"host\"] }}") << QStringLiteral("localhost");
    QTest::newRow("index") << QStringLiteral("{{ items[0] }}") << QStringLiteral("3");
    QTest::newRow("negative index") << QStringLiteral("{{ items[-1] }}") << QStringLiteral("2");
    QTest::newRow("dotted index") << QStringLiteral("{{ items.1 }}") << QStringLiteral("1");
    QTest::newRow("nested access") << QStringLiteral("{{ users[1].name }}") << QStringLiteral("bob");
    QTest::newRow("nested list index") << QStringLiteral("{{ nested[1][1][0] }}") << QStringLiteral("4");
    QTest::newRow("key via variable") << QStringLiteral("{% set k = 'host' %}{{ config[k] }}")
                                      << QStringLiteral("localhost");
    QTest::newRow("slice") << QStringLiteral("{{ items[1:] }}") << QStringLiteral("[1, 2]");
    QTest::newRow("slice stop") << QStringLiteral("{{ items[:2] }}") << QStringLiteral("[3, 1]");
    QTest::newRow("slice step") << QStringLiteral("{{ [1,2,3,4,5][::2] }}") << QStringLiteral("[1, 3, 5]");
    QTest::newRow("slice reverse") << QStringLiteral("{{ items[::-1] }}") << QStringLiteral("[2, 1, 3]");
    QTest::newRow("string slice") << QStringLiteral("{{ name[1:3] }}") << QStringLiteral("or");
    QTest::newRow("string index") << QStringLiteral("{{ name[0] }}") << QStringLiteral("w");
    QTest::newRow("facts") << QStringLiteral(
        "{{ ansible_facts.distribution }} {{ ansible_facts['distribution_major_version'] }}")
                           << QStringLiteral("Debian 12");
    QTest::newRow("add") << QStringLiteral("{{ 1 + 2 }}") << QStringLiteral("3");
    QTest::newRow("subtract") << QStringLiteral("{{ 10 - 4 }}") << QStringLiteral("6");
    QTest::newRow("multiply") << QStringLiteral("{{ 6 * 7 }}") << QStringLiteral("42");
    QTest::newRow("true division") << QStringLiteral("{{ 7 / 2 }}") << QStringLiteral("3.5");
    QTest::newRow("division whole") << QStringLiteral("{{ 6 / 3 }}") << QStringLiteral("2.0");
    QTest::newRow("floor division") << QStringLiteral("{{ 7 // 2 }}") << QStringLiteral("3");
    QTest::newRow("floor division negative") << QStringLiteral("{{ -7 // 2 }}") << QStringLiteral("-4");
    QTest::newRow("modulo") << QStringLiteral("{{ 7 % 3 }}") << QStringLiteral("1");
    QTest::newRow("modulo negative") << QStringLiteral("{{ -7 % 3 }}") << QStringLiteral("2");
    QTest::newRow("power") << QStringLiteral("{{ 2 ** 10 }}") << QStringLiteral("1024");
    QTest::newRow("precedence") << QStringLiteral("{{ 2 + 3 * 4 }}") << QStringLiteral("14");
    QTest::newRow("parentheses") << QStringLiteral("{{ (2 + 3) * 4 }}") << QStringLiteral("20");
    QTest::newRow("float arithmetic") << QStringLiteral("{{ pi * 2 }}") << QStringLiteral("6.28318");
    QTest::newRow("int plus float") << QStringLiteral("{{ count + 0.5 }}") << QStringLiteral("3.5");
    QTest::newRow("string concat plus") << QStringLiteral("{{ 'a' + 'b' }}") << QStringLiteral("ab");
    QTest::newRow("tilde concat") << QStringLiteral("{{ name ~ '-' ~ count }}") << QStringLiteral("world-3");
    QTest::newRow("tilde none") << QStringLiteral("{{ 'x' ~ none }}") << QStringLiteral("xNone");
    QTest::newRow("list concat") << QStringLiteral("{{ items + [4] }}") << QStringLiteral("[3, 1, 2, 4]");
    QTest::newRow("string repeat") << QStringLiteral("{{ 'ab' * 3 }}") << QStringLiteral("ababab");
    QTest::newRow("unary minus variable") << QStringLiteral("{{ -count }}") << QStringLiteral("-3");
    QTest::newRow("percent format") << QStringLiteral("{{ '%s-%d' % ('a', 3) }}") << QStringLiteral("a-3");
    QTest::newRow("percent format single") << QStringLiteral("{{ 'v=%s' % name }}") << QStringLiteral("v=world");
    QTest::newRow("equal") << QStringLiteral("{{ count == 3 }}") << QStringLiteral("True");
    QTest::newRow("not equal") << QStringLiteral("{{ count != 3 }}") << QStringLiteral("False");
    QTest::newRow("less") << QStringLiteral("{{ 1 < 2 }}") << QStringLiteral("True");
    QTest::newRow("less equal") << QStringLiteral("{{ 2 <= 2 }}") << QStringLiteral("True");
    QTest::newRow("greater") << QStringLiteral("{{ 1 > 2 }}") << QStringLiteral("False");
    QTest::newRow("greater equal") << QStringLiteral("{{ 3 >= 4 }}") << QStringLiteral("False");
    QTest::newRow("chained comparison") << QStringLiteral("{{ 1 < count < 5 }}") << QStringLiteral("True");
    QTest::newRow("int float equal") << QStringLiteral("{{ 1 == 1.0 }}") << QStringLiteral("True");
    QTest::newRow("string compare") << QStringLiteral("{{ 'abc' < 'abd' }}") << QStringLiteral("True");
    QTest::newRow("in list") << QStringLiteral("{{ 2 in items }}") << QStringLiteral("True");
    QTest::newRow("not in list") << QStringLiteral("{{ 5 not in items }}") << QStringLiteral("True");
    QTest::newRow("in string") << QStringLiteral("{{ 'ell' in 'hello' }}") << QStringLiteral("True");
    QTest::newRow("in dict") << QStringLiteral("{{ 'host' in config }}") << QStringLiteral("True");
    QTest::newRow("and") << QStringLiteral("{{ flag and count }}") << QStringLiteral("3");
    QTest::newRow("or") << QStringLiteral("{{ off or 'fallback' }}") << QStringLiteral("fallback");
    QTest::newRow("not") << QStringLiteral("{{ not flag }}") << QStringLiteral("False");
    QTest::newRow("and short circuit") << QStringLiteral("{{ off and undefined_thing }}") << QStringLiteral("False");
    QTest::newRow("or short circuit") << QStringLiteral("{{ flag or undefined_thing }}") << QStringLiteral("True");
    QTest::newRow("inline if") << QStringLiteral("{{ 'yes' if flag else 'no' }}") << QStringLiteral("yes");
    QTest::newRow("inline if false") << QStringLiteral("{{ 'yes' if off else 'no' }}") << QStringLiteral("no");
    QTest::newRow("inline if no else") << QStringLiteral("[{{ 'yes' if off }}]") << QStringLiteral("[]");
    QTest::newRow("nested inline if") << QStringLiteral("{{ 'a' if off else 'b' if flag else 'c' }}")
                                      << QStringLiteral("b");
    QTest::newRow("list equality") << QStringLiteral("{{ [1, 2] == [1, 2] }}") << QStringLiteral("True");
    QTest::newRow("none equality") << QStringLiteral("{{ nothing == none }}") << QStringLiteral("True");
    QTest::newRow("if true") << QStringLiteral("{% if flag %}on{% endif %}") << QStringLiteral("on");
    QTest::newRow("if false") << QStringLiteral("{% if off %}on{% endif %}.") << QStringLiteral(".");
    QTest::newRow("if else") << QStringLiteral("{% if off %}a{% else %}b{% endif %}") << QStringLiteral("b");
    QTest::newRow("if elif") << QStringLiteral(
        "{% if count == 1 %}one{% elif count == 3 %}three{% else %}other{% endif %}")
                             << QStringLiteral("three");
    QTest::newRow("if nested") << QStringLiteral("{% if flag %}{% if count > 2 %}big{% endif %}{% endif %}")
                               << QStringLiteral("big");
    QTest::newRow("for") << QStringLiteral("{% for i in items %}{{ i }},{% endfor %}") << QStringLiteral("3,1,2,");
    QTest::newRow("for loop vars") << QStringLiteral(
        "{% for i in items %}{{ loop.index }}/{{ loop.index0 }}/{{ loop.length }}{{ '!' if loop.first }}{{ '$' if "
        "loop.last }} {% endfor %}")
                                   << QStringLiteral("1/0/3! 2/1/3 3/2/3$ ");
    QTest::newRow("for revindex") << QStringLiteral("{% for i in items %}{{ loop.revindex }}{% endfor %}")
                                  << QStringLiteral("321");
    QTest::newRow("for else") << QStringLiteral("{% for i in [] %}x{% else %}empty{% endfor %}")
                              << QStringLiteral("empty");
    QTest::newRow("for dict items") << QStringLiteral("{% for k, v in config.items() %}{{ k }}={{ v }};{% endfor %}")
                                    << QStringLiteral("host=localhost;port=8080;tags=['a', 'b'];");
    QTest::newRow("for dict keys") << QStringLiteral("{% for k in config %}{{ k }} {% endfor %}")
                                   << QStringLiteral("host port tags ");
    QTest::newRow("for tuple unpack") << QStringLiteral("{% for a, b in [[1, 2], [3, 4]] %}{{ a + b }} {% endfor %}")
                                      << QStringLiteral("3 7 ");
    QTest::newRow("for filter") << QStringLiteral("{% for i in items if i > 1 %}{{ i }}{% endfor %}")
                                << QStringLiteral("32");
    QTest::newRow("for nested") << QStringLiteral(
        "{% for u in users %}{% for c in u.name %}{{ c }}{% endfor %}|{% endfor %}")
                                << QStringLiteral("ann|bob|cy|");
    QTest::newRow("for over string") << QStringLiteral("{% for c in 'abc' %}{{ c }}.{% endfor %}")
                                     << QStringLiteral("a.b.c.");
    QTest::newRow("for over range") << QStringLiteral("{% for i in range(3) %}{{ i }}{% endfor %}")
                                    << QStringLiteral("012");
    QTest::newRow("range start stop step")
        << QStringLiteral("{{ range(1, 10, 3) | list }}") << QStringLiteral("[1, 4, 7]");
    QTest::newRow("set") << QStringLiteral("{% set x = 5 %}{{ x * 2 }}") << QStringLiteral("10");
    QTest::newRow("set tuple") << QStringLiteral("{% set a, b = 1, 2 %}{{ a }}{{ b }}") << QStringLiteral("12");
    QTest::newRow("set block") << QStringLiteral("{% set x %}in {{ name }}{% endset %}[{{ x }}]")
                               << QStringLiteral("[in world]");
    QTest::newRow("set in loop does not leak")
        << QStringLiteral("{% set x = 1 %}{% for i in items %}{% set x = i %}{% endfor %}{{ x }}")
        << QStringLiteral("1");
    QTest::newRow("comment") << QStringLiteral("a{# hidden {{ nope }} #}b") << QStringLiteral("ab");
    QTest::newRow("raw") << QStringLiteral("{% raw %}{{ not rendered }}{% endraw %}")
                         << QStringLiteral("{{ not rendered }}");
    QTest::newRow("whitespace minus") << QStringLiteral("a  {{- name -}}  b") << QStringLiteral("aworldb");
    QTest::newRow("block minus") << QStringLiteral("x\n  {%- if flag -%}\n  y\n  {%- endif -%}\n  z")
                                 << QStringLiteral("xyz");
    QTest::newRow("trim blocks") << QStringLiteral("{% if flag %}\nline\n{% endif %}\nend")
                                 << QStringLiteral("line\nend");
    QTest::newRow("for lines") << QStringLiteral("{% for u in users %}\n- {{ u.name }}\n{% endfor %}")
                               << QStringLiteral("- ann\n- bob\n- cy\n");
    QTest::newRow("trailing newline kept") << QStringLiteral("{{ name }}\n") << QStringLiteral("world\n");
    // Not doubled when the value ends with one (ansible-playbook writes "hello\n").
    QTest::newRow("trailing newline not doubled")
        << QStringLiteral("{{ text_with_newline }}\n") << QStringLiteral("hello\n");
    QTest::newRow("trailing newlines topped up")
        << QStringLiteral("{{ text_with_newline }}\n\n\n") << QStringLiteral("hello\n\n\n");
    QTest::newRow("multiline text") << QStringLiteral("line1\n{{ count }}\nline3") << QStringLiteral("line1\n3\nline3");
    QTest::newRow("dict keys") << QStringLiteral("{{ config.keys() | list }}")
                               << QStringLiteral("['host', 'port', 'tags']");
    QTest::newRow("dict values") << QStringLiteral("{{ defaults.values() | list }}")
                                 << QStringLiteral("[1, {'c': 2, 'd': 3}]");
    QTest::newRow("dict get") << QStringLiteral("{{ config.get('host') }} {{ config.get('nope', 'dflt') }}")
                              << QStringLiteral("localhost dflt");
    QTest::newRow("dict get none") << QStringLiteral("[{{ config.get('nope') }}]") << QStringLiteral("[]");
    QTest::newRow("str split") << QStringLiteral("{{ 'a b  c'.split() }}") << QStringLiteral("['a', 'b', 'c']");
    QTest::newRow("str split sep") << QStringLiteral("{{ csv.split(',') }}") << QStringLiteral("['a', 'b', '', 'c']");
    QTest::newRow("str split max") << QStringLiteral("{{ 'a.b.c'.split('.', 1) }}") << QStringLiteral("['a', 'b.c']");
    QTest::newRow("str startswith") << QStringLiteral("{{ path.startswith('/etc') }} {{ path.endswith('.yml') }}")
                                    << QStringLiteral("True False");
    QTest::newRow("str strip") << QStringLiteral("[{{ text.strip() }}][{{ text.lstrip() }}][{{ text.rstrip() }}]")
                               << QStringLiteral("[Hello World][Hello World  ][  Hello World]");
    QTest::newRow("str strip chars") << QStringLiteral("{{ 'xxhixx'.strip('x') }}") << QStringLiteral("hi");
    QTest::newRow("str lower upper") << QStringLiteral("{{ name.upper() }} {{ 'ABC'.lower() }}")
                                     << QStringLiteral("WORLD abc");
    QTest::newRow("str replace") << QStringLiteral("{{ 'a-b-c'.replace('-', '+') }}") << QStringLiteral("a+b+c");
    QTest::newRow("str format") << QStringLiteral("{{ '{} and {}'.format('x', 'y') }}") << QStringLiteral("x and y");
    QTest::newRow("str join method") << QStringLiteral("{{ ', '.join(['a', 'b']) }}") << QStringLiteral("a, b");
    QTest::newRow("str capitalize") << QStringLiteral("{{ 'hello WORLD'.capitalize() }}")
                                    << QStringLiteral("Hello world");
    QTest::newRow("list index method") << QStringLiteral("{{ items.index(2) }}") << QStringLiteral("2");
    QTest::newRow("default undefined") << QStringLiteral("{{ missing | default('d') }}") << QStringLiteral("d");
    QTest::newRow("default defined") << QStringLiteral("{{ name | default('d') }}") << QStringLiteral("world");
    QTest::newRow("d alias") << QStringLiteral("{{ missing | d(5) }}") << QStringLiteral("5");
    QTest::newRow("default none kept") << QStringLiteral("[{{ nothing | default('d') }}]") << QStringLiteral("[]");
    QTest::newRow("default boolean") << QStringLiteral("{{ empty | default('d', true) }}") << QStringLiteral("d");
    QTest::newRow("default missing attribute")
        << QStringLiteral("{{ config.nope | default('d') }}") << QStringLiteral("d");
    QTest::newRow("default missing key") << QStringLiteral("{{ config['nope'] | default('d') }}")
                                         << QStringLiteral("d");
    QTest::newRow("default chained attribute")
        << QStringLiteral("{{ missing.deeper.still | default('d') }}") << QStringLiteral("d");
    QTest::newRow("default missing index") << QStringLiteral("{{ items[10] | default('d') }}") << QStringLiteral("d");
    QTest::newRow("bool yes") << QStringLiteral("{{ 'yes' | bool }}") << QStringLiteral("True");
    QTest::newRow("bool no") << QStringLiteral("{{ 'no' | bool }}") << QStringLiteral("False");
    QTest::newRow("bool true text") << QStringLiteral("{{ 'True' | bool }}") << QStringLiteral("True");
    QTest::newRow("bool on") << QStringLiteral("{{ 'on' | bool }}") << QStringLiteral("True");
    QTest::newRow("bool one") << QStringLiteral("{{ 1 | bool }} {{ '1' | bool }} {{ 0 | bool }}")
                              << QStringLiteral("True True False");
    QTest::newRow("bool other text") << QStringLiteral("{{ 'banana' | bool }}") << QStringLiteral("False");
    QTest::newRow("bool none") << QStringLiteral("{{ none | bool }}") << QStringLiteral("");
    QTest::newRow("int filter") << QStringLiteral("{{ '42' | int + 1 }}") << QStringLiteral("43");
    QTest::newRow("int of float text") << QStringLiteral("{{ '3.7' | int }}") << QStringLiteral("3");
    QTest::newRow("int invalid") << QStringLiteral("{{ 'abc' | int }}") << QStringLiteral("0");
    QTest::newRow("int of float") << QStringLiteral("{{ 3.9 | int }}") << QStringLiteral("3");
    QTest::newRow("int default") << QStringLiteral("{{ 'x' | int(7) }}") << QStringLiteral("7");
    QTest::newRow("float filter") << QStringLiteral("{{ '2.5' | float }}") << QStringLiteral("2.5");
    QTest::newRow("float of int") << QStringLiteral("{{ 3 | float }}") << QStringLiteral("3.0");
    QTest::newRow("float invalid") << QStringLiteral("{{ 'x' | float }}") << QStringLiteral("0.0");
    QTest::newRow("string filter") << QStringLiteral("{{ 5 | string ~ 'x' }}") << QStringLiteral("5x");
    QTest::newRow("lower") << QStringLiteral("{{ 'MiXeD' | lower }}") << QStringLiteral("mixed");
    QTest::newRow("upper") << QStringLiteral("{{ name | upper }}") << QStringLiteral("WORLD");
    QTest::newRow("capitalize") << QStringLiteral("{{ 'hELLO wORLD' | capitalize }}") << QStringLiteral("Hello world");
    QTest::newRow("title") << QStringLiteral("{{ 'hello big world' | title }}") << QStringLiteral("Hello Big World");
    QTest::newRow("trim") << QStringLiteral("[{{ text | trim }}]") << QStringLiteral("[Hello World]");
    QTest::newRow("replace filter") << QStringLiteral("{{ path | replace('nginx', 'apache') }}")
                                    << QStringLiteral("/etc/apache/apache.conf");
    QTest::newRow("replace count") << QStringLiteral("{{ 'aaa' | replace('a', 'b', 2) }}") << QStringLiteral("bba");
    QTest::newRow("join") << QStringLiteral("{{ items | join(',') }}") << QStringLiteral("3,1,2");
    QTest::newRow("join no separator") << QStringLiteral("{{ ['a', 'b'] | join }}") << QStringLiteral("ab");
    QTest::newRow("join numbers") << QStringLiteral("{{ [1, 2.5, true] | join('-') }}") << QStringLiteral("1-2.5-True");
    QTest::newRow("join attribute") << QStringLiteral("{{ users | join(', ', attribute='name') }}")
                                    << QStringLiteral("ann, bob, cy");
    QTest::newRow("split filter") << QStringLiteral("{{ csv | split(',') }}") << QStringLiteral("['a', 'b', '', 'c']");
    QTest::newRow("split filter default")
        << QStringLiteral("{{ 'a b  c' | split }}") << QStringLiteral("['a', 'b', 'c']");
    QTest::newRow("length list") << QStringLiteral("{{ items | length }}") << QStringLiteral("3");
    QTest::newRow("length string") << QStringLiteral("{{ name | length }}") << QStringLiteral("5");
    QTest::newRow("length dict") << QStringLiteral("{{ config | length }}") << QStringLiteral("3");
    QTest::newRow("count") << QStringLiteral("{{ dupes | count }}") << QStringLiteral("5");
    QTest::newRow("first") << QStringLiteral("{{ items | first }}") << QStringLiteral("3");
    QTest::newRow("last") << QStringLiteral("{{ items | last }}") << QStringLiteral("2");
    QTest::newRow("first string") << QStringLiteral("{{ name | first }}") << QStringLiteral("w");
    QTest::newRow("unique") << QStringLiteral("{{ dupes | unique }}") << QStringLiteral("[1, 2, 3]");
    QTest::newRow("sort") << QStringLiteral("{{ items | sort }}") << QStringLiteral("[1, 2, 3]");
    QTest::newRow("sort reverse") << QStringLiteral("{{ items | sort(reverse=true) }}") << QStringLiteral("[3, 2, 1]");
    QTest::newRow("sort strings case insensitive")
        << QStringLiteral("{{ words | sort }}") << QStringLiteral("['Apple', 'banana', 'cherry']");
    QTest::newRow("sort attribute") << QStringLiteral(
        "{{ users | sort(attribute='age') | map(attribute='name') | list }}")
                                    << QStringLiteral("['bob', 'ann', 'cy']");
    QTest::newRow("sort attribute reverse")
        << QStringLiteral("{{ users | sort(attribute='name', reverse=true) | map(attribute='name') | join(',') }}")
        << QStringLiteral("cy,bob,ann");
    QTest::newRow("min") << QStringLiteral("{{ items | min }}") << QStringLiteral("1");
    QTest::newRow("max") << QStringLiteral("{{ items | max }}") << QStringLiteral("3");
    QTest::newRow("max attribute") << QStringLiteral("{{ (users | max(attribute='age')).name }}")
                                   << QStringLiteral("cy");
    QTest::newRow("sum") << QStringLiteral("{{ items | sum }}") << QStringLiteral("6");
    QTest::newRow("sum floats") << QStringLiteral("{{ [1, 2.5] | sum }}") << QStringLiteral("3.5");
    QTest::newRow("sum attribute") << QStringLiteral("{{ users | sum(attribute='age') }}") << QStringLiteral("96");
    QTest::newRow("list of string") << QStringLiteral("{{ 'abc' | list }}") << QStringLiteral("['a', 'b', 'c']");
    QTest::newRow("list of dict") << QStringLiteral("{{ config | list }}")
                                  << QStringLiteral("['host', 'port', 'tags']");
    QTest::newRow("map attribute") << QStringLiteral("{{ users | map(attribute='name') | list }}")
                                   << QStringLiteral("['ann', 'bob', 'cy']");
    QTest::newRow("map filter") << QStringLiteral("{{ words | map('upper') | list }}")
                                << QStringLiteral("['BANANA', 'APPLE', 'CHERRY']");
    QTest::newRow("map filter with args") << QStringLiteral("{{ words | map('replace', 'a', 'o') | list }}")
                                          << QStringLiteral("['bonono', 'Apple', 'cherry']");
    QTest::newRow("map int") << QStringLiteral("{{ ['1', '2'] | map('int') | sum }}") << QStringLiteral("3");
    QTest::newRow("select truthy") << QStringLiteral("{{ mixed | select | list }}")
                                   << QStringLiteral("[1, 'two', True]");
    QTest::newRow("select test") << QStringLiteral("{{ [1, 2, 3, 4] | select('even') | list }}")
                                 << QStringLiteral("[2, 4]");
    QTest::newRow("select test with arg")
        << QStringLiteral("{{ items | select('equalto', 2) | list }}") << QStringLiteral("[2]");
    QTest::newRow("reject test") << QStringLiteral("{{ [1, 2, 3, 4] | reject('odd') | list }}")
                                 << QStringLiteral("[2, 4]");
    QTest::newRow("select defined") << QStringLiteral("{{ [1, 'a'] | select('string') | list }}")
                                    << QStringLiteral("['a']");
    QTest::newRow("selectattr") << QStringLiteral("{{ users | selectattr('admin') | map(attribute='name') | list }}")
                                << QStringLiteral("['ann', 'cy']");
    QTest::newRow("selectattr test") << QStringLiteral(
        "{{ users | selectattr('age', 'gt', 30) | map(attribute='name') | list }}")
                                     << QStringLiteral("['ann', 'cy']");
    QTest::newRow("selectattr equalto") << QStringLiteral(
        "{{ users | selectattr('name', 'equalto', 'bob') | map(attribute='age') | first }}")
                                        << QStringLiteral("25");
    QTest::newRow("rejectattr") << QStringLiteral("{{ users | rejectattr('admin') | map(attribute='name') | list }}")
                                << QStringLiteral("['bob']");
    QTest::newRow("selectattr defined") << QStringLiteral(
        "{{ [{'a': 1}, {'b': 2}] | selectattr('a', 'defined') | list }}")
                                        << QStringLiteral("[{'a': 1}]");
    QTest::newRow("dict2items") << QStringLiteral("{{ config | dict2items }}")
                                << QStringLiteral("[{'key': 'host', 'value': 'localhost'}, {'key': 'port', 'value': "
                                                  "8080}, {'key': 'tags', 'value': ['a', 'b']}]");
    QTest::newRow("dict2items names") << QStringLiteral("{{ {'x': 1} | dict2items(key_name='k', value_name='v') }}")
                                      << QStringLiteral("[{'k': 'x', 'v': 1}]");
    QTest::newRow("items2dict") << QStringLiteral("{{ pairs | items2dict }}") << QStringLiteral("{'a': 1, 'b': 2}");
    QTest::newRow("to_json") << QStringLiteral("{{ config | to_json }}")
                             << QStringLiteral("{\"host\": \"localhost\", \"port\": 8080, \"tags\": [\"a\", \"b\"]}");
    QTest::newRow("to_json nested") << QStringLiteral("{{ {'a': [1, none, true, 1.5, 'x']} | to_json }}")
                                    << QStringLiteral("{\"a\": [1, null, true, 1.5, \"x\"]}");
    QTest::newRow("to_json string") << QStringLiteral("{{ 'caf\u00e9' | to_json }}")
                                    << QStringLiteral("\"caf\\u00e9\"");
    QTest::newRow("to_nice_json") << QStringLiteral("{{ {'b': [1, 2], 'a': {}} | to_nice_json }}")
                                  << QStringLiteral("{\n    \"a\": {},\n    \"b\": [\n        1,\n        2\n    ]\n}");
    QTest::newRow("from_json") << QStringLiteral("{{ (json_text | from_json).a[1] }}") << QStringLiteral("2");
    QTest::newRow("from_json none") << QStringLiteral("{{ (json_text | from_json).b is none }}")
                                    << QStringLiteral("True");
    QTest::newRow("to_yaml") << QStringLiteral("{{ config | to_yaml }}")
                             << QStringLiteral("host: localhost\nport: 8080\ntags: [a, b]\n");
    QTest::newRow("to_yaml list") << QStringLiteral("{{ [1, 'a'] | to_yaml }}") << QStringLiteral("[1, a]\n");
    QTest::newRow("to_yaml quoting") << QStringLiteral("{{ ['yes', '12', 'a: b', '', 'plain'] | to_yaml }}")
                                     << QStringLiteral("['yes', '12', 'a: b', '', plain]\n");
    QTest::newRow("to_nice_yaml") << QStringLiteral("{{ {'a': {'b': 1, 'c': [1, 2]}, 'd': 'x'} | to_nice_yaml }}")
                                  << QStringLiteral("a:\n    b: 1\n    c:\n    - 1\n    - 2\nd: x\n");
    QTest::newRow("to_nice_yaml list of dicts")
        << QStringLiteral("{{ users | to_nice_yaml }}")
        << QStringLiteral("-   admin: true\n    age: 31\n    name: ann\n-   admin: false\n    age: 25\n    name: "
                          "bob\n-   admin: true\n    age: 40\n    name: cy\n");
    QTest::newRow("from_yaml") << QStringLiteral("{{ (yaml_text | from_yaml).b }}") << QStringLiteral("['x', 'y']");
    QTest::newRow("b64encode") << QStringLiteral("{{ 'hello' | b64encode }}") << QStringLiteral("aGVsbG8=");
    QTest::newRow("b64decode") << QStringLiteral("{{ b64 | b64decode }}") << QStringLiteral("hello");
    QTest::newRow("regex_replace") << QStringLiteral("{{ 'hello world' | regex_replace('o', '0') }}")
                                   << QStringLiteral("hell0 w0rld");
    QTest::newRow("regex_replace groups")
        << QStringLiteral("{{ 'key=value' | regex_replace('^(\\w+)=(\\w+)$', '\\2=\\1') }}")
        << QStringLiteral("value=key");
    QTest::newRow("regex_replace named group")
        << QStringLiteral("{{ 'ab12' | regex_replace('(?P<num>\\d+)', '<\\g<num>>') }}") << QStringLiteral("ab<12>");
    QTest::newRow("regex_replace ignorecase")
        << QStringLiteral("{{ 'ABC' | regex_replace('b', 'x', ignorecase=true) }}") << QStringLiteral("AxC");
    QTest::newRow("regex_search") << QStringLiteral("{{ 'version 1.2.3 here' | regex_search('\\d+\\.\\d+') }}")
                                  << QStringLiteral("1.2");
    QTest::newRow("regex_search group") << QStringLiteral("{{ 'name=bob' | regex_search('name=(\\w+)', '\\1') }}")
                                        << QStringLiteral("['bob']");
    QTest::newRow("regex_search no match")
        << QStringLiteral("[{{ 'abc' | regex_search('z') }}]") << QStringLiteral("[]");
    QTest::newRow("regex_findall") << QStringLiteral("{{ 'a1b22c333' | regex_findall('\\d+') }}")
                                   << QStringLiteral("['1', '22', '333']");
    QTest::newRow("regex_findall ignorecase")
        << QStringLiteral("{{ 'Ab aB' | regex_findall('ab', ignorecase=true) }}") << QStringLiteral("['Ab', 'aB']");
    QTest::newRow("regex_findall groups")
        << QStringLiteral("{{ 'a=1 b=2' | regex_findall('(\\w)=(\\d)') | map('join', ':') | list }}")
        << QStringLiteral("['a:1', 'b:2']");
    QTest::newRow("regex_escape") << QStringLiteral("{{ 'a.b*c' | regex_escape }}") << QStringLiteral("a\\.b\\*c");
    QTest::newRow("basename") << QStringLiteral("{{ path | basename }}") << QStringLiteral("nginx.conf");
    QTest::newRow("dirname") << QStringLiteral("{{ path | dirname }}") << QStringLiteral("/etc/nginx");
    QTest::newRow("quote simple") << QStringLiteral("{{ 'simple' | quote }}") << QStringLiteral("simple");
    QTest::newRow("quote spaces") << QStringLiteral("{{ 'two words' | quote }}") << QStringLiteral("'two words'");
    QTest::newRow("quote apostrophe") << QStringLiteral("{{ quote_me | quote }}")
                                      << QStringLiteral("'it'\"'\"'s a test'");
    QTest::newRow("quote empty") << QStringLiteral("{{ '' | quote }}") << QStringLiteral("''");
    QTest::newRow("combine") << QStringLiteral("{{ defaults | combine(overrides) }}")
                             << QStringLiteral("{'a': 1, 'b': {'c': 20}, 'e': 5}");
    QTest::newRow("combine recursive") << QStringLiteral("{{ defaults | combine(overrides, recursive=true) }}")
                                       << QStringLiteral("{'a': 1, 'b': {'c': 20, 'd': 3}, 'e': 5}");
    // Dicts keep the order they were written in, as Python's do.
    QTest::newRow("dict literal order") << QStringLiteral("{{ {'zz': 1, 'aa': 2, 'mm': 3} }}")
                                        << QStringLiteral("{'zz': 1, 'aa': 2, 'mm': 3}");
    QTest::newRow("dict items order") << QStringLiteral(
        "{% for k, v in {'b': 1, 'a': 2}.items() %}{{ k }}{{ v }} {% endfor %}")
                                      << QStringLiteral("b1 a2 ");
    QTest::newRow("dict keys order") << QStringLiteral("{{ {'b': 1, 'a': 2}.keys() | list }}")
                                     << QStringLiteral("['b', 'a']");
    QTest::newRow("combine order") << QStringLiteral("{{ {'m': 1, 'c': 2} | combine({'c': 20, 'b': 30}) }}")
                                   << QStringLiteral("{'m': 1, 'c': 20, 'b': 30}");
    QTest::newRow("dict2items order") << QStringLiteral("{{ {'z': 1, 'a': 2} | dict2items }}")
                                      << QStringLiteral("[{'key': 'z', 'value': 1}, {'key': 'a', 'value': 2}]");
    QTest::newRow("from_json order") << QStringLiteral("{{ '{\"d\": 4, \"b\": [1, 2.5, null, true]}' | from_json }}")
                                     << QStringLiteral("{'d': 4, 'b': [1, 2.5, None, True]}");
    QTest::newRow("to_json order") << QStringLiteral("{{ {'z': 1, 'a': {'y': 2, 'b': 3}} | to_json }}")
                                   << QStringLiteral("{\"z\": 1, \"a\": {\"y\": 2, \"b\": 3}}");
    QTest::newRow("to_json sort_keys") << QStringLiteral("{{ {'z': 1, 'a': 2} | to_json(sort_keys=True) }}")
                                       << QStringLiteral("{\"a\": 2, \"z\": 1}");
    QTest::newRow("combine several") << QStringLiteral("{{ {'a': 1} | combine({'b': 2}, {'a': 3}) }}")
                                     << QStringLiteral("{'a': 3, 'b': 2}");
    QTest::newRow("combine list_merge") << QStringLiteral("{{ {'a': [1]} | combine({'a': [2]}, list_merge='append') }}")
                                        << QStringLiteral("{'a': [1, 2]}");
    QTest::newRow("mandatory defined") << QStringLiteral("{{ name | mandatory }}") << QStringLiteral("world");
    QTest::newRow("ternary true") << QStringLiteral("{{ flag | ternary('on', 'off') }}") << QStringLiteral("on");
    QTest::newRow("ternary false") << QStringLiteral("{{ (count > 5) | ternary('big', 'small') }}")
                                   << QStringLiteral("small");
    QTest::newRow("abs") << QStringLiteral("{{ -5 | abs }} {{ (-2.5) | abs }}") << QStringLiteral("5 2.5");
    QTest::newRow("round") << QStringLiteral("{{ 2.567 | round(2) }} {{ 2.5 | round }} {{ 3.7 | round(0, 'floor') }}")
                           << QStringLiteral("2.57 2.0 3.0");
    QTest::newRow("round int") << QStringLiteral("{{ 3 | round }}") << QStringLiteral("3");
    QTest::newRow("zip") << QStringLiteral("{% for a, b in items | zip(words) %}{{ a }}{{ b }} {% endfor %}")
                         << QStringLiteral("3banana 1Apple 2cherry ");
    QTest::newRow("difference") << QStringLiteral("{{ [1, 2, 3, 4] | difference([2, 4]) }}")
                                << QStringLiteral("[1, 3]");
    QTest::newRow("union") << QStringLiteral("{{ [1, 2] | union([2, 3]) }}") << QStringLiteral("[1, 2, 3]");
    QTest::newRow("intersect") << QStringLiteral("{{ [1, 2, 3] | intersect([3, 2, 9]) }}") << QStringLiteral("[2, 3]");
    QTest::newRow("symmetric_difference")
        << QStringLiteral("{{ [1, 2] | symmetric_difference([2, 3]) }}") << QStringLiteral("[1, 3]");
    QTest::newRow("flatten") << QStringLiteral("{{ nested | flatten }}") << QStringLiteral("[1, 2, 3, 4, 5]");
    QTest::newRow("flatten levels") << QStringLiteral("{{ nested | flatten(levels=1) }}")
                                    << QStringLiteral("[1, 2, 3, [4, 5]]");
    QTest::newRow("hash sha1") << QStringLiteral("{{ 'abc' | hash('sha1') }}")
                               << QStringLiteral("a9993e364706816aba3e25717850c26c9cd0d89d");
    QTest::newRow("hash md5") << QStringLiteral("{{ 'abc' | hash('md5') }}")
                              << QStringLiteral("900150983cd24fb0d6963f7d28e17f72");
    QTest::newRow("md5 filter") << QStringLiteral("{{ 'abc' | md5 }}")
                                << QStringLiteral("900150983cd24fb0d6963f7d28e17f72");
    QTest::newRow("sha1 filter") << QStringLiteral("{{ 'abc' | sha1 }}")
                                 << QStringLiteral("a9993e364706816aba3e25717850c26c9cd0d89d");
    QTest::newRow("reverse") << QStringLiteral("{{ items | reverse | list }}") << QStringLiteral("[2, 1, 3]");
    QTest::newRow("filter chain") << QStringLiteral("{{ ' A,b ' | trim | lower | split(',') | join('+') }}")
                                  << QStringLiteral("a+b");
    QTest::newRow("filter on expression") << QStringLiteral("{{ (items + [7]) | max }}") << QStringLiteral("7");
    QTest::newRow("unary minus binds before filter") << QStringLiteral("{{ -1 | abs }}") << QStringLiteral("1");
    QTest::newRow("format filter") << QStringLiteral("{{ '%s is %d' | format('x', 4) }}") << QStringLiteral("x is 4");
    QTest::newRow("indent") << QStringLiteral("{{ 'a\\nb' | indent(2) }}") << QStringLiteral("a\\nb");
    QTest::newRow("batch") << QStringLiteral("{{ [1, 2, 3] | batch(2) | list }}") << QStringLiteral("[[1, 2], [3]]");
    QTest::newRow("dictsort") << QStringLiteral("{% for k, v in config | dictsort %}{{ k }} {% endfor %}")
                              << QStringLiteral("host port tags ");
    QTest::newRow("type_debug") << QStringLiteral(
        "{{ items | type_debug }} {{ config | type_debug }} {{ name | type_debug }}")
                                << QStringLiteral("list dict str");
    QTest::newRow("splitext") << QStringLiteral("{{ ('a/b.tar.gz' | splitext)[1] }}") << QStringLiteral(".gz");
    QTest::newRow("wordcount") << QStringLiteral("{{ 'one two three' | wordcount }}") << QStringLiteral("3");
    QTest::newRow("defined") << QStringLiteral("{{ name is defined }} {{ missing is defined }}")
                             << QStringLiteral("True False");
    QTest::newRow("undefined") << QStringLiteral("{{ missing is undefined }} {{ name is undefined }}")
                               << QStringLiteral("True False");
    QTest::newRow("defined attribute") << QStringLiteral("{{ config.host is defined }} {{ config.nope is defined }}")
                                       << QStringLiteral("True False");
    QTest::newRow("defined key of undefined")
        << QStringLiteral("{{ missing.key is defined }}") << QStringLiteral("False");
    QTest::newRow("defined index") << QStringLiteral("{{ items[5] is defined }}") << QStringLiteral("False");
    QTest::newRow("is not") << QStringLiteral("{{ missing is not defined }}") << QStringLiteral("True");
    QTest::newRow("none test") << QStringLiteral("{{ nothing is none }} {{ name is none }}")
                               << QStringLiteral("True False");
    QTest::newRow("changed") << QStringLiteral("{{ result is changed }} {{ failed_result is changed }}")
                             << QStringLiteral("True False");
    QTest::newRow("failed") << QStringLiteral("{{ failed_result is failed }} {{ result is failed }}")
                            << QStringLiteral("True False");
    QTest::newRow("failure alias") << QStringLiteral("{{ failed_result is failure }}") << QStringLiteral("True");
    QTest::newRow("succeeded") << QStringLiteral("{{ result is succeeded }} {{ failed_result is success }}")
                               << QStringLiteral("True False");
    QTest::newRow("skipped") << QStringLiteral("{{ skipped_result is skipped }} {{ result is skipped }}")
                             << QStringLiteral("True False");
    QTest::newRow("match") << QStringLiteral("{{ 'hello' is match('hel') }} {{ 'hello' is match('ell') }}")
                           << QStringLiteral("True False");
    QTest::newRow("search") << QStringLiteral("{{ 'hello' is search('ell') }} {{ 'hello' is search('^ell') }}")
                            << QStringLiteral("True False");
    QTest::newRow("match ignorecase") << QStringLiteral("{{ 'Hello' is match('hello', ignorecase=true) }}")
                                      << QStringLiteral("True");
    QTest::newRow("in test") << QStringLiteral("{{ 2 is in items }} {{ 9 is in items }}")
                             << QStringLiteral("True False");
    QTest::newRow("string test") << QStringLiteral("{{ name is string }} {{ count is string }}")
                                 << QStringLiteral("True False");
    QTest::newRow("number test") << QStringLiteral("{{ count is number }} {{ pi is number }} {{ name is number }}")
                                 << QStringLiteral("True True False");
    QTest::newRow("mapping test") << QStringLiteral("{{ config is mapping }} {{ items is mapping }}")
                                  << QStringLiteral("True False");
    QTest::newRow("sequence test") << QStringLiteral(
        "{{ items is sequence }} {{ name is sequence }} {{ count is sequence }}")
                                   << QStringLiteral("True True False");
    QTest::newRow("iterable test") << QStringLiteral("{{ items is iterable }} {{ count is iterable }}")
                                   << QStringLiteral("True False");
    QTest::newRow("truthy falsy") << QStringLiteral("{{ 'x' is truthy }} {{ '' is falsy }} {{ items is falsy }}")
                                  << QStringLiteral("True True False");
    QTest::newRow("equalto") << QStringLiteral("{{ count is equalto 3 }} {{ count is eq(4) }}")
                             << QStringLiteral("True False");
    QTest::newRow("divisibleby") << QStringLiteral("{{ 9 is divisibleby 3 }}") << QStringLiteral("True");
    QTest::newRow("even odd") << QStringLiteral("{{ 4 is even }} {{ 4 is odd }}") << QStringLiteral("True False");
    QTest::newRow("version test") << QStringLiteral("{{ version is version('1.9', '>') }} {{ version is "
                                                    "version('1.10.2', '==') }} {{ '2.0' is version('10.0', 'lt') }}")
                                  << QStringLiteral("True True True");
    QTest::newRow("version_compare") << QStringLiteral("{{ '1.2' is version_compare('1.10', '<') }}")
                                     << QStringLiteral("True");
    QTest::newRow("test then and") << QStringLiteral("{{ name is defined and count > 1 }}") << QStringLiteral("True");
    QTest::newRow("subset") << QStringLiteral("{{ [1, 2] is subset([1, 2, 3]) }}") << QStringLiteral("True");
    QTest::newRow("lazy variable") << QStringLiteral("{{ greeting }}") << QStringLiteral("WORLD");
    QTest::newRow("lazy in list") << QStringLiteral("{{ derived_list }}") << QStringLiteral("[3, 'x']");
    QTest::newRow("lazy item") << QStringLiteral("{{ derived_list[0] }}") << QStringLiteral("3");
    QTest::newRow("lookup vars") << QStringLiteral("{{ lookup('vars', 'name') }}") << QStringLiteral("world");
    QTest::newRow("namespace") << QStringLiteral(
        "{% set ns = namespace(found=false, n=0) %}{% for i in [1, 2, 3] %}{% if i == 2 %}{% set ns.found = true %}{% "
        "endif %}{% set ns.n = ns.n + i %}{% endfor %}{{ ns.found }} {{ ns.n }}")
                               << QStringLiteral("True 6");
    QTest::newRow("loop previtem") << QStringLiteral(
        "{% for i in items %}{{ loop.previtem | default('-') }}{% endfor %}")
                                   << QStringLiteral("-31");
    QTest::newRow("for else skipped") << QStringLiteral("{% for i in items %}{{ i }}{% else %}none{% endfor %}")
                                      << QStringLiteral("312");
    QTest::newRow("set list") << QStringLiteral("{% set l = items | sort %}{{ l[0] }}") << QStringLiteral("1");
    QTest::newRow("dict in loop") << QStringLiteral(
        "{% for u in users if u.admin %}{{ u.name }}={{ u.age }} {% endfor %}")
                                  << QStringLiteral("ann=31 cy=40 ");
    QTest::newRow("condition with filter and test")
        << QStringLiteral("{{ (items | select('gt', 1) | list | length) is eq 2 }}") << QStringLiteral("True");
}

void TestJinja::rendersLikeAnsible()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QString out;
    QString error;
    QVERIFY2(Templar(variables()).renderText(text, &out, &error), qPrintable(error));
    QCOMPARE(out, expected);
}

void TestJinja::singleExpressionKeepsItsType_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("printed");

    QTest::newRow("list") << "{{ items }}" << int(QMetaType::QVariantList) << "[3, 1, 2]";
    QTest::newRow("filtered list") << "{{ items | sort }}" << int(QMetaType::QVariantList) << "[1, 2, 3]";
    QTest::newRow("mapping") << "{{ config }}" << int(QMetaType::QVariantMap)
                             << "{'host': 'localhost', 'port': 8080, 'tags': ['a', 'b']}";
    QTest::newRow("integer") << "{{ count + 1 }}" << int(QMetaType::Int) << "4";
    QTest::newRow("float") << "{{ 7 / 2 }}" << int(QMetaType::Double) << "3.5";
    QTest::newRow("bool") << "{{ flag }}" << int(QMetaType::Bool) << "True";
    QTest::newRow("comparison") << "{{ count > 1 }}" << int(QMetaType::Bool) << "True";
    QTest::newRow("spaces inside braces") << "{{items}}" << int(QMetaType::QVariantList) << "[3, 1, 2]";
    QTest::newRow("none is empty text") << "{{ nothing }}" << int(QMetaType::QString) << "";
    QTest::newRow("text around") << "n={{ count }}" << int(QMetaType::QString) << "n=3";
    QTest::newRow("space before") << " {{ count }}" << int(QMetaType::QString) << " 3";
    QTest::newRow("two expressions") << "{{ count }}{{ count }}" << int(QMetaType::QString) << "33";
    // ansible_eval_concat: text that is a list literal becomes the list.
    QTest::newRow("statement") << "{% if flag %}{{ items }}{% endif %}" << int(QMetaType::QVariantList) << "[3, 1, 2]";
    QTest::newRow("dict and a newline") << "{{ config }}\n"
                                        << qMetaTypeId<antler::inventory::Dict>()
                                        << "{'host': 'localhost', 'port': 8080, 'tags': ['a', 'b']}";
    QTest::newRow("list written around") << "[{{ count }}, 2]" << int(QMetaType::QVariantList) << "[3, 2]";
    QTest::newRow("bool and a newline") << "{{ flag }}\n" << int(QMetaType::Bool) << "True";
    QTest::newRow("to_json keeps its text")
        << "{{ config | to_json }}\n"
        << int(QMetaType::QString) << "{\"host\": \"localhost\", \"port\": 8080, \"tags\": [\"a\", \"b\"]}\n";
    QTest::newRow("not a literal") << "[{{ count }}] x" << int(QMetaType::QString) << "[3] x";
    QTest::newRow("no template") << "plain" << int(QMetaType::QString) << "plain";
    QTest::newRow("lazy list") << "{{ derived_list }}" << int(QMetaType::QVariantList) << "[3, 'x']";
}

void TestJinja::singleExpressionKeepsItsType()
{
    QFETCH(QString, text);
    QFETCH(int, type);
    QFETCH(QString, printed);
    QVariant out;
    QString error;
    QVERIFY2(Templar(variables()).render(text, &out, &error), qPrintable(error));
    QCOMPARE(out.typeId(), type);
    QCOMPARE(Templar::toText(out), printed);
}

void TestJinja::conditions_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<bool>("expected");

    QTest::newRow("fact equality") << "ansible_facts.distribution == 'Debian'" << true;
    QTest::newRow("fact inequality") << "ansible_facts['os_family'] != 'Debian'" << false;
    QTest::newRow("fact version") << "ansible_facts.distribution_major_version | int >= 12" << true;
    QTest::newRow("result changed") << "result is changed" << true;
    QTest::newRow("result not failed") << "result is not failed" << true;
    QTest::newRow("failed result") << "failed_result is failed" << true;
    QTest::newRow("rc") << "result.rc == 0" << true;
    QTest::newRow("stdout search") << "'line2' in result.stdout" << true;
    QTest::newRow("bool filter yes") << "yes_text | bool" << true;
    QTest::newRow("bool filter no") << "no_text | bool" << false;
    QTest::newRow("item attribute") << "users[0].admin" << true;
    QTest::newRow("item attribute false") << "users[1].admin" << false;
    QTest::newRow("defined") << "missing is defined" << false;
    QTest::newRow("undefined") << "missing is undefined" << true;
    QTest::newRow("and or") << "flag and (off or count == 3)" << true;
    QTest::newRow("not") << "not flag" << false;
    QTest::newRow("empty list") << "[]" << false;
    QTest::newRow("non-empty list") << "items" << true;
    QTest::newRow("zero") << "zero" << false;
    QTest::newRow("none") << "nothing" << false;
    QTest::newRow("braced") << "{{ flag }}" << true;
    QTest::newRow("braced false") << "{{ off }}" << false;
    QTest::newRow("braced comparison") << "{{ count > 5 }}" << false;
    QTest::newRow("text yes") << "yes_text" << true;
    QTest::newRow("text no") << "no_text" << false;
    QTest::newRow("surrounding spaces") << "  flag  " << true;
    QTest::newRow("length") << "items | length > 2" << true;
    QTest::newRow("version") << "version is version('1.9', '>=')" << true;
    QTest::newRow("regex escapes in conditions") << "'a1' is match('a\\\\d')" << true;
    QTest::newRow("string escape in conditions") << "'a\\tb' | length == 3" << true;
}

void TestJinja::conditions()
{
    QFETCH(QString, condition);
    QFETCH(bool, expected);
    bool out = !expected;
    QString error;
    QVERIFY2(Templar(variables()).evaluateCondition(condition, &out, &error), qPrintable(error));
    QCOMPARE(out, expected);
}

void TestJinja::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");

    // Runtime errors word it as Ansible does.
    QTest::newRow("undefined") << "{{ missing }}"
                               << "'missing' is undefined";
    QTest::newRow("undefined in text") << "a {{ missing }} b"
                                       << "'missing' is undefined";
    QTest::newRow("attribute of undefined") << "{{ missing.x }}"
                                            << "'missing' is undefined";
    QTest::newRow("missing attribute") << "{{ config.nope }}"
                                       << "'dict object' has no attribute 'nope'";
    QTest::newRow("missing key") << "{{ config['nope'] }}"
                                 << "'dict object' has no attribute 'nope'";
    QTest::newRow("attribute of text") << "{{ name.nope }}"
                                       << "'str object' has no attribute 'nope'";
    QTest::newRow("attribute of list") << "{{ items.nope }}"
                                       << "'list object' has no attribute 'nope'";
    QTest::newRow("index out of range") << "{{ items[9] }}"
                                        << "list object has no element 9";
    QTest::newRow("filter on undefined") << "{{ missing | upper }}"
                                         << "'missing' is undefined";
    QTest::newRow("undefined in condition") << "{% if missing %}x{% endif %}"
                                            << "'missing' is undefined";
    QTest::newRow("undefined loop") << "{% for x in missing %}{% endfor %}"
                                    << "'missing' is undefined";
    QTest::newRow("undefined argument") << "{{ name | default(missing) }}"
                                        << "'missing' is undefined";
    QTest::newRow("mandatory") << "{{ missing | mandatory }}"
                               << "Mandatory variable 'missing' not defined.";
    QTest::newRow("mandatory message") << "{{ missing | mandatory('set it') }}"
                                       << "set it";
    QTest::newRow("int plus text") << "{{ 1 + 'a' }}"
                                   << "unsupported operand type(s) for +: 'int' and 'str'";
    QTest::newRow("text plus int") << "{{ 'a' + 1 }}"
                                   << "can only concatenate str (not \"int\") to str";
    QTest::newRow("division by zero") << "{{ 1 / 0 }}"
                                      << "division by zero";
    QTest::newRow("modulo by zero") << "{{ 1 % 0 }}"
                                    << "integer division or modulo by zero";
    QTest::newRow("ordering mixed types") << "{{ 1 < 'a' }}"
                                          << "'<' not supported between instances of 'int' and 'str'";
    QTest::newRow("unknown filter") << "{{ name | nosuch }}"
                                    << "No filter named 'nosuch'.";
    QTest::newRow("unknown test") << "{{ name is nosuch }}"
                                  << "No test named 'nosuch'.";
    QTest::newRow("unknown method") << "{{ name.nosuch() }}"
                                    << "'str object' has no attribute 'nosuch'";
    QTest::newRow("not callable") << "{{ name() }}"
                                  << "'str' object is not callable";
    QTest::newRow("unpack") << "{% for a, b in items %}{% endfor %}"
                            << "cannot unpack non-iterable int object";
    QTest::newRow("changed on text") << "{{ name is changed }}"
                                     << "the 'changed' test expects a dictionary";
    QTest::newRow("bad regex") << "{{ 'a' | regex_replace('(', 'x') }}"
                               << "invalid regular expression '('";
    QTest::newRow("bad json") << "{{ '{' | from_json }}"
                              << "from_json could not parse the text";
    QTest::newRow("lookup unknown") << "{{ lookup('nosuch', 'x') }}"
                                    << "the lookup plugin 'nosuch' is not supported";

    // Syntax errors give the column inside the template.
    QTest::newRow("extra closing brace") << "{{ a }}}"
                                         << "";
    QTest::newRow("stray brace") << "{{ a } }}"
                                 << "unexpected '}' at column 6 of '{{ a } }}'";
    QTest::newRow("missing operand") << "{{ 1 + }}"
                                     << "unexpected 'end of print statement' at column 8 of '{{ 1 + }}'";
    QTest::newRow("unclosed parenthesis") << "{{ (1 }}"
                                          << "unexpected '}', expected ')' at column 7 of '{{ (1 }}'";
    QTest::newRow("unterminated string") << "{{ 'abc }}"
                                         << "unterminated string at column 4 of '{{ 'abc }}'";
    QTest::newRow("unterminated expression") << "x {{ name"
                                             << "unexpected end of template; expected '}}' at column 10 of 'x {{ name'";
    QTest::newRow("unclosed for") << "{% for x in items %}{{ x }}"
                                  << "unexpected end of template: the 'for' tag that opens at column 4 of '{% for x in "
                                     "items %}{{ x }}' needs {% endfor %}";
    QTest::newRow("unclosed if") << "a\n{% if flag %}b"
                                 << "the 'if' tag that opens at line 2, column 4 of '{% if flag %}b' needs {% endif %}";
    QTest::newRow("stray endif") << "{% endif %}"
                                 << "unexpected tag 'endif' at column 4 of '{% endif %}'";
    QTest::newRow("unknown tag") << "{% frobnicate %}"
                                 << "unknown tag 'frobnicate' at column 4";
    QTest::newRow("unclosed comment") << "a {# b"
                                      << "the comment needs a closing #} at column 3 of 'a {# b'";
    QTest::newRow("bad character") << "{{ a $ b }}"
                                   << "unexpected char '$' at column 6";
    QTest::newRow("for without target") << "{% for %}{% endfor %}"
                                        << "unexpected 'end of statement block', expected a variable name at column 8";
    QTest::newRow("second line column") << "ok\n  {{ a +* b }}"
                                        << "unexpected '*' at line 2, column 9";
    QTest::newRow("set without value") << "{% set x = %}"
                                       << "unexpected 'end of statement block' at column 12";
}

void TestJinja::errors()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    QString out;
    QString message;
    const bool ok = Templar(variables()).renderText(text, &out, &message);
    if (error.isEmpty()) {
        // "{{ a }}}" is valid Jinja2: the last brace is text. Only a is undefined.
        QVERIFY(!ok);
        QCOMPARE(message, QStringLiteral("'a' is undefined"));
        return;
    }
    QVERIFY2(!ok, qPrintable(out));
    QVERIFY2(message.contains(error), qPrintable(message));
}

void TestJinja::templateFileWhitespace_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("trimBlocks");
    QTest::addColumn<bool>("lstripBlocks");
    QTest::addColumn<QString>("expected");

    // Expected values as ansible-playbook 2.14's template module writes them:
    // Jinja drops the source's final newline, Ansible adds back what the
    // result lacks of the source's trailing newlines.
    const QString loop = QStringLiteral(
        "{% for u in users %}\n  {% if u.admin %}\n  admin {{ u.name }}\n  {% endif %}\n{% endfor %}\n");
    QTest::newRow("module default") << loop << true << false << "    admin ann\n        admin cy\n  \n";
    QTest::newRow("lstrip_blocks") << loop << true << true << "  admin ann\n  admin cy\n";
    QTest::newRow("no trimming") << loop << false << false << "\n  \n  admin ann\n  \n\n  \n\n  \n  admin cy\n  \n";
    QTest::newRow("plus disables") << "a {%+ if flag %}x{% endif +%}\nb\n" << true << true << "a x\nb\n";
    QTest::newRow("escapes in template files") << "{{ 'a\\tb' }}\n" << true << false << "a\tb\n";
    QTest::newRow("raw") << "    {% raw %}{{ x }}{% endraw %}\nend\n" << true << true << "{{ x }}end\n";
}

void TestJinja::templateFileWhitespace()
{
    QFETCH(QString, text);
    QFETCH(bool, trimBlocks);
    QFETCH(bool, lstripBlocks);
    QFETCH(QString, expected);
    Templar::TemplateOptions options;
    options.trimBlocks = trimBlocks;
    options.lstripBlocks = lstripBlocks;
    QString out;
    QString error;
    QVERIFY2(Templar(variables()).renderTemplateFile(text, options, &out, &error), qPrintable(error));
    QCOMPARE(out, expected);
}

void TestJinja::lazyVariablesLoopIsAnError()
{
    QVariantMap vars = variables();
    vars.insert(QStringLiteral("a"), QStringLiteral("{{ b }}"));
    vars.insert(QStringLiteral("b"), QStringLiteral("x{{ a }}"));
    vars.insert(QStringLiteral("self"), QVariantList {QStringLiteral("{{ self }}")});
    QString out;
    QString error;
    QVERIFY(!Templar(vars).renderText(QStringLiteral("{{ a }}"), &out, &error));
    QVERIFY2(error.contains(QLatin1String("refer to each other in a loop")), qPrintable(error));
    QVERIFY(!Templar(vars).renderText(QStringLiteral("{{ self }}"), &out, &error));
    QVERIFY2(error.contains(QLatin1String("'self' needs itself")), qPrintable(error));
    // A broken template inside a variable reports its own error.
    vars.insert(QStringLiteral("broken"), QStringLiteral("{{ 1 + }}"));
    QVERIFY(!Templar(vars).renderText(QStringLiteral("x {{ broken }}"), &out, &error));
    QVERIFY2(error.contains(QLatin1String("of '{{ 1 + }}'")), qPrintable(error));
}

void TestJinja::unsafeVariablesAreNotRendered()
{
    // A registered result or a fact holding "{{" is data, as in Ansible.
    QVariantMap vars = variables();
    vars.insert(QStringLiteral("out"), QVariantMap {{QStringLiteral("stdout"), QStringLiteral("{{ name }}")}});
    vars.insert(QStringLiteral("ansible_facts"), QVariantMap {{QStringLiteral("motd"), QStringLiteral("{{ x }}")}});
    Templar templar(vars);
    templar.markUnsafe(QStringLiteral("out"));
    QString out;
    QString error;
    QVERIFY2(templar.renderText(QStringLiteral("{{ out.stdout }}|{{ ansible_facts.motd }}"), &out, &error),
             qPrintable(error));
    QCOMPARE(out, QStringLiteral("{{ name }}|{{ x }}"));
    // Without the mark the same value is a template.
    QVERIFY2(Templar(vars).renderText(QStringLiteral("{{ out.stdout }}"), &out, &error), qPrintable(error));
    QCOMPARE(out, QStringLiteral("world"));
}

void TestJinja::bigContainersAreRenderedLazilyToo()
{
    // Big containers have their template check remembered across Templars;
    // a changed copy must still be seen as changed.
    QVariantMap big;
    for (int i = 0; i < 100; ++i)
        big.insert(QStringLiteral("k%1").arg(i, 3, 10, QLatin1Char('0')), i);
    QVariantMap vars = variables();
    vars.insert(QStringLiteral("big"), big);
    QString out;
    QString error;
    QVERIFY2(Templar(vars).renderText(QStringLiteral("{{ big.k007 }}"), &out, &error), qPrintable(error));
    QCOMPARE(out, QStringLiteral("7"));
    big.insert(QStringLiteral("k007"), QStringLiteral("{{ name }}"));
    vars.insert(QStringLiteral("big"), big);
    QVERIFY2(Templar(vars).renderText(QStringLiteral("{{ big.k007 }}"), &out, &error), qPrintable(error));
    QCOMPARE(out, QStringLiteral("world"));
}

void TestJinja::lookupFileUsesTheLookupLocation()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("motd.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("welcome\n\n");
    file.close();
    Templar templar(variables());
    templar.setLookupLocation(dir.path());
    QString out;
    QString error;
    QVERIFY2(templar.renderText(QStringLiteral("[{{ lookup('file', 'motd.txt') }}]"), &out, &error), qPrintable(error));
    QCOMPARE(out, QStringLiteral("[welcome]"));
    QVERIFY(!templar.renderText(QStringLiteral("{{ lookup('file', 'absent.txt') }}"), &out, &error));
    QVERIFY2(error.contains(QLatin1String("absent.txt")), qPrintable(error));
}

void TestJinja::sourceLocationEndsErrors()
{
    Templar templar(variables());
    templar.setSourceLocation(QStringLiteral("site.yml:12"));
    QString out;
    QString error;
    QVERIFY(!templar.renderText(QStringLiteral("{{ missing }}"), &out, &error));
    QCOMPARE(error, QStringLiteral("'missing' is undefined (in site.yml:12)"));
    bool truth = false;
    QVERIFY(!templar.evaluateCondition(QStringLiteral("count >"), &truth, &error));
    QCOMPARE(error, QStringLiteral("unexpected 'end of print statement' at column 8 of 'count >' (in site.yml:12)"));
}

void TestJinja::parsedTemplatesAreCached()
{
    const QString text = QStringLiteral("{{ name }} cached {{ count }}");
    const auto first = jinja::Template::parse(text);
    const auto second = jinja::Template::parse(text);
    QVERIFY(first->isValid());
    QCOMPARE(first.get(), second.get());
    // Different whitespace options are different templates.
    jinja::Lexer::Options options;
    options.lstripBlocks = true;
    QVERIFY(jinja::Template::parse(text, jinja::Template::Mode::Text, options).get() != first.get());
}

void TestJinja::hostileInputEndsWithAnError_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");

    QTest::newRow("deep parentheses") << QStringLiteral("{{ ") + QString(5000, QLatin1Char('(')) + QStringLiteral("1")
            + QString(5000, QLatin1Char(')'))
            + QStringLiteral(" }}") << "nests too deeply";
    QTest::newRow("deep brackets") << QStringLiteral("{{ ") + QString(20000, QLatin1Char('[')) << "";
    QTest::newRow("deep not") << QStringLiteral("{{ ") + QStringLiteral("not ").repeated(5000) + QStringLiteral("x }}")
                              << "nests too deeply";
    QTest::newRow("deep unary minus") << QStringLiteral("{{ ") + QString(5000, QLatin1Char('-'))
            + QStringLiteral("1 }}") << "nests too deeply";
    QTest::newRow("deep ifs") << QStringLiteral("{% if 1 %}").repeated(3000) << "too deeply";
    QTest::newRow("for without end") << "{% for x in items %}"
                                     << "needs {% endfor %}";
    QTest::newRow("huge repetition") << "{{ 'x' * 100000000000 }}"
                                     << "larger than";
    QTest::newRow("huge range") << "{{ range(1000000000) | list }}"
                                << "range() is limited";
    QTest::newRow("output limit") << "{% for i in range(100) %}{{ 'x' * 1000000 }}{% endfor %}"
                                  << "output grew beyond";
    QTest::newRow("loop limit") << "{% for i in range(2000) %}{% for j in range(2000) %}{% endfor %}{% endfor %}"
                                << "loops ran more than";
    QTest::newRow("huge power") << "{{ (2 ** 100000) | string | length }}"
                                << "";
    QTest::newRow("only braces") << "{{"
                                 << "expected '}}'";
    QTest::newRow("unterminated raw") << "{% raw %}abc"
                                      << "needs {% endraw %}";
}

void TestJinja::hostileInputEndsWithAnError()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    QString out;
    QString message;
    const bool ok = Templar(variables()).renderText(text, &out, &message);
    if (error.isEmpty()) {
        // Either outcome is fine as long as it ends; an error must say something.
        QVERIFY(ok || !message.isEmpty());
        return;
    }
    QVERIFY(!ok);
    QVERIFY2(message.contains(error), qPrintable(message));
}

void TestJinja::randomInputNeverCrashes()
{
    // Fragments of template syntax glued at random: every text must end
    // with a result or a one-sentence error.
    const QStringList pieces = {
        QStringLiteral("{{"),         QStringLiteral("}}"),
        QStringLiteral("{%"),         QStringLiteral("%}"),
        QStringLiteral("{#"),         QStringLiteral("#}"),
        QStringLiteral(" "),          QStringLiteral("name"),
        QStringLiteral("items"),      QStringLiteral("|"),
        QStringLiteral("default("),   QStringLiteral(")"),
        QStringLiteral("("),          QStringLiteral("["),
        QStringLiteral("]"),          QStringLiteral("'"),
        QStringLiteral("\""),         QStringLiteral("if"),
        QStringLiteral("for"),        QStringLiteral("in"),
        QStringLiteral("endfor"),     QStringLiteral("endif"),
        QStringLiteral("else"),       QStringLiteral("-"),
        QStringLiteral("+"),          QStringLiteral("*"),
        QStringLiteral("1"),          QStringLiteral("99999999999999999999999"),
        QStringLiteral("."),          QStringLiteral(","),
        QStringLiteral(":"),          QStringLiteral("{"),
        QStringLiteral("}"),          QStringLiteral("is"),
        QStringLiteral("not"),        QStringLiteral("set"),
        QStringLiteral("="),          QStringLiteral("~"),
        QStringLiteral("\\"),         QStringLiteral("\n"),
        QStringLiteral("loop.index"), QStringLiteral("raw"),
    };
    QRandomGenerator random(20261126);
    int rendered = 0;
    for (int i = 0; i < 3000; ++i) {
        QString text;
        const int length = int(random.bounded(1, 24));
        for (int j = 0; j < length; ++j)
            text += pieces.at(int(random.bounded(qsizetype(pieces.size()))));
        QString out;
        QString error;
        if (Templar(variables()).renderText(text, &out, &error))
            ++rendered;
        else
            QVERIFY2(!error.isEmpty(), qPrintable(text));
        bool truth = false;
        if (!Templar(variables()).evaluateCondition(text, &truth, &error))
            QVERIFY2(!error.isEmpty(), qPrintable(text));
    }
    QVERIFY(rendered > 0);
}

QTEST_GUILESS_MAIN(TestJinja)
#include "tst_jinja.moc"
