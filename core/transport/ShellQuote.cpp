#include "transport/ShellQuote.h"

namespace antler::transport {

namespace {

// Characters that mean nothing to sh in any position of a word ('=' is safe
// too but would turn a first word into an assignment; '-' only at the start
// matters to the program, not to the shell).
bool isPlain(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
        || c == '.' || c == '/' || c == ',' || c == ':' || c == '+' || c == '@' || c == '%';
}

} // namespace

QByteArray shellQuote(const QByteArray &arg)
{
    if (arg.isEmpty())
        return QByteArrayLiteral("''");
    bool plain = true;
    for (const char c : arg) {
        if (!isPlain(c)) {
            plain = false;
            break;
        }
    }
    if (plain)
        return arg;

    QByteArray quoted;
    quoted.reserve(arg.size() + 2);
    quoted.append('\'');
    for (const char c : arg) {
        if (c == '\'')
            quoted.append("'\\''");
        else
            quoted.append(c);
    }
    quoted.append('\'');
    return quoted;
}

QByteArray shellJoin(const QList<QByteArray> &argv)
{
    QByteArray line;
    for (const QByteArray &arg : argv) {
        if (!line.isEmpty())
            line.append(' ');
        line.append(shellQuote(arg));
    }
    return line;
}

} // namespace antler::transport
