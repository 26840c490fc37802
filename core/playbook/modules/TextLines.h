#pragma once

#include <QString>
#include <QStringList>

namespace antler::playbook {

// The ways the file-editing modules cut a file into lines, each kept with its
// line break so that joining the lines gives the text back.
class TextLines
{
public:
    // Python's readlines(): a line ends after each '\n'.
    static QStringList afterNewlines(const QString &text);
    // Python's splitlines(True): a line ends after '\n', '\r' or "\r\n".
    static QStringList afterLineBreaks(const QString &text);
};

} // namespace antler::playbook
