#pragma once

#include <QString>
#include <QVariant>
#include <QVariantList>

namespace antler::playbook::jinja {

// Python's str methods that both a template's method call ("a b".split())
// and a filter ("a b" | split) stand for, so the two cannot drift apart.
class PythonString
{
public:
    // str.split(sep, maxsplit): without a separator (None), runs of white
    // space separate and leading and trailing white space is dropped; a
    // negative maxSplit splits everywhere. The separator must not be empty.
    static QVariantList split(const QString &text, const QVariant &separator, qint64 maxSplit);

    // Which characters continue a word for title().
    enum class WordCharacters {
        Letters, // str.title(): "1st" -> "1St"
        LettersAndDigits, // the title filter: "1st" -> "1st"
    };
    // Each word's first character upper case, the rest lower case.
    static QString title(const QString &text, WordCharacters word);
};

} // namespace antler::playbook::jinja
