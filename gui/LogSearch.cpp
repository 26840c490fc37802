#include "LogSearch.h"

#include <cstring>

namespace antler::gui {

namespace {

constexpr char foldAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

constexpr char16_t foldAscii(char16_t c)
{
    return c >= u'A' && c <= u'Z' ? char16_t(c - u'A' + u'a') : c;
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

} // namespace

LogSearch::LogSearch(QStringView needle)
{
    // A line never contains control characters (the parser removed them),
    // so neither may the needle; a pasted newline would match nothing.
    for (QChar c : needle) {
        if (c.unicode() >= 0x20 && c.unicode() != 0x7f)
            m_needle.append(c);
    }
    m_folded = m_needle.toUtf8();
    for (char &c : m_folded)
        c = foldAscii(c);
    if (m_folded.isEmpty())
        return;
    // Prefer a byte that is not a letter (one memchr, no second case);
    // digits, punctuation and '[' of "[host]" are also rarer than letters.
    m_anchor = 0;
    for (qsizetype i = 0; i < m_folded.size(); ++i) {
        if (!isAsciiLetter(m_folded.at(i))) {
            m_anchor = i;
            break;
        }
    }
    m_anchorLower = m_folded.at(m_anchor);
    m_anchorUpper = isAsciiLetter(m_anchorLower) ? char(m_anchorLower - 'a' + 'A') : m_anchorLower;
}

const char *LogSearch::nextCandidate(const char *from, const char *end, const char *&nextLower,
                                     const char *&nextUpper) const
{
    const auto find = [end](const char *at, char c) {
        const void *hit = memchr(at, c, std::size_t(end - at));
        return hit ? static_cast<const char *>(hit) : end;
    };
    if (!nextLower || nextLower < from)
        nextLower = find(from, m_anchorLower);
    if (m_anchorUpper == m_anchorLower)
        return nextLower;
    if (!nextUpper || nextUpper < from)
        nextUpper = find(from, m_anchorUpper);
    return std::min(nextLower, nextUpper);
}

bool LogSearch::matchesAt(const char *at) const
{
    const char *needle = m_folded.constData();
    for (qsizetype i = 0; i < m_folded.size(); ++i) {
        if (foldAscii(at[i]) != needle[i])
            return false;
    }
    return true;
}

QList<std::pair<qsizetype, qsizetype>> LogSearch::occurrences(QStringView line) const
{
    QList<std::pair<qsizetype, qsizetype>> found;
    const qsizetype length = m_needle.size();
    if (length == 0)
        return found;
    for (qsizetype i = 0; i + length <= line.size();) {
        qsizetype k = 0;
        while (k < length && foldAscii(line.at(i + k).unicode()) == foldAscii(m_needle.at(k).unicode()))
            ++k;
        if (k == length) {
            found.append({i, length});
            i += length;
        } else {
            ++i;
        }
    }
    return found;
}

} // namespace antler::gui
