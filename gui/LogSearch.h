#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <utility>

namespace antler::gui {

// A search term and the scan the log runs with it. The log keeps its text
// as UTF-8 with a '\n' after every line, so one scan walks a whole chunk of
// lines with memchr instead of decoding each line: that is what keeps a
// search over a million lines well under 100 ms. Matching ignores the case
// of ASCII letters only; the same rule is used for the highlights in the
// painted lines, so a highlighted line is always a counted one.
class LogSearch
{
public:
    LogSearch() = default;
    explicit LogSearch(QStringView needle);

    bool isEmpty() const { return m_folded.isEmpty(); }
    QString needle() const { return m_needle; }

    // Calls found(offset) once per line of text that contains the needle,
    // with the offset of the first match in that line. Safe on any thread.
    template<typename Found> void scan(QByteArrayView text, Found &&found) const;

    // Where the needle occurs in one displayed line: (position, length) in
    // UTF-16 code units.
    QList<std::pair<qsizetype, qsizetype>> occurrences(QStringView line) const;

private:
    const char *nextCandidate(const char *from, const char *end, const char *&nextLower, const char *&nextUpper) const;
    bool matchesAt(const char *at) const;

    QString m_needle;
    QByteArray m_folded; // UTF-8, ASCII letters lower-cased
    qsizetype m_anchor = 0; // the needle byte memchr looks for
    char m_anchorLower = 0;
    char m_anchorUpper = 0;
};

template<typename Found> void LogSearch::scan(QByteArrayView text, Found &&found) const
{
    if (isEmpty())
        return;
    const char *const begin = text.data();
    const char *const end = begin + text.size();
    const qsizetype length = m_folded.size();
    const char *nextLower = nullptr;
    const char *nextUpper = nullptr;
    const char *from = begin + m_anchor;
    while (from < end) {
        const char *anchor = nextCandidate(from, end, nextLower, nextUpper);
        if (anchor >= end)
            return;
        const char *start = anchor - m_anchor;
        if (end - start < length)
            return;
        if (!matchesAt(start)) {
            from = anchor + 1;
            continue;
        }
        found(qsizetype(start - begin));
        // One report per line: go on after this line's end.
        const void *newline = memchr(start + length, '\n', std::size_t(end - (start + length)));
        if (!newline)
            return;
        from = static_cast<const char *>(newline) + 1 + m_anchor;
    }
}

} // namespace antler::gui
