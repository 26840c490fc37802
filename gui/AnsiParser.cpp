#include "AnsiParser.h"

namespace antler::gui {

namespace {

constexpr char16_t Esc = 0x1b;

struct State
{
    quint8 color = 0;
    bool bold = false;
};

class Builder
{
public:
    explicit Builder(qsizetype capacity) { m_result.text.reserve(capacity); }

    void append(QChar c)
    {
        const auto position = quint32(m_result.text.size());
        m_result.text.append(c);
        if (m_state.color == 0 && !m_state.bold)
            return;
        if (!m_result.spans.isEmpty()) {
            AnsiSpan &last = m_result.spans.last();
            if (last.start + last.length == position && last.color == m_state.color && last.bold == m_state.bold) {
                ++last.length;
                return;
            }
        }
        m_result.spans.append(AnsiSpan {position, 1, m_state.color, m_state.bold});
    }

    // A carriage return inside a line: what follows overwrites the line.
    void restart()
    {
        m_result.text.clear();
        m_result.spans.clear();
    }

    qsizetype column() const { return m_result.text.size(); }
    State &state() { return m_state; }
    AnsiText take() { return std::move(m_result); }

private:
    AnsiText m_result;
    State m_state;
};

// Applies "ESC [ params m". Parameters that the log cannot show readably
// (backgrounds, 256 colours past the first 16, true colour) are consumed
// so that their numbers are not misread as other codes.
void applySgr(QStringView params, State &state)
{
    QList<int> codes;
    int value = 0;
    bool any = false;
    for (QChar c : params) {
        if (c.isDigit()) {
            value = std::min(value * 10 + c.digitValue(), 100000);
            any = true;
        } else { // ';' or ':' separate parameters; an empty one is 0
            codes.append(any ? value : 0);
            value = 0;
            any = false;
        }
    }
    codes.append(any ? value : 0);

    for (qsizetype i = 0; i < codes.size(); ++i) {
        const int code = codes.at(i);
        if (code == 0) {
            state = State {};
        } else if (code == 1) {
            state.bold = true;
        } else if (code == 22) {
            state.bold = false;
        } else if (code >= 30 && code <= 37) {
            state.color = quint8(code - 30 + 1);
        } else if (code >= 90 && code <= 97) {
            state.color = quint8(code - 90 + 9);
        } else if (code == 39) {
            state.color = 0;
        } else if (code == 38 || code == 48) {
            const int mode = codes.value(i + 1, -1);
            if (mode == 5) {
                const int index = codes.value(i + 2, -1);
                if (code == 38)
                    state.color = index >= 0 && index < 16 ? quint8(index + 1) : 0;
                i += 2;
            } else if (mode == 2) {
                if (code == 38)
                    state.color = 0;
                i += 4;
            }
        }
    }
}

bool onlyLineEndsFollow(QStringView raw, qsizetype from)
{
    for (qsizetype i = from; i < raw.size(); ++i) {
        if (raw.at(i) != u'\r' && raw.at(i) != u'\n')
            return false;
    }
    return true;
}

} // namespace

AnsiText AnsiParser::parse(QStringView raw)
{
    Builder out(raw.size());
    const qsizetype n = raw.size();
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = raw.at(i).unicode();
        if (c == Esc) {
            if (i + 1 >= n)
                break; // a lone ESC at the end: dropped
            const char16_t kind = raw.at(i + 1).unicode();
            if (kind == u'[') {
                // CSI: parameters 0x30–0x3F, intermediates 0x20–0x2F, one final 0x40–0x7E.
                qsizetype j = i + 2;
                while (j < n && raw.at(j).unicode() >= 0x30 && raw.at(j).unicode() <= 0x3f)
                    ++j;
                const qsizetype paramsEnd = j;
                while (j < n && raw.at(j).unicode() >= 0x20 && raw.at(j).unicode() <= 0x2f)
                    ++j;
                if (j >= n)
                    break; // unfinished: the rest is the sequence, not text
                const char16_t final = raw.at(j).unicode();
                if (final < 0x40 || final > 0x7e) {
                    // Not a CSI after all (e.g. ESC [ followed by a control): drop the
                    // introducer and read on, so the text after it survives.
                    i = j;
                    continue;
                }
                if (final == u'm' && paramsEnd == j)
                    applySgr(raw.sliced(i + 2, paramsEnd - (i + 2)), out.state());
                i = j + 1;
            } else if (kind == u']') {
                // OSC (e.g. a window title): ends at BEL or ESC '\'.
                qsizetype j = i + 2;
                while (j < n && raw.at(j) != u'\a' && !(raw.at(j) == Esc && j + 1 < n && raw.at(j + 1) == u'\\'))
                    ++j;
                if (j >= n)
                    break;
                i = raw.at(j) == u'\a' ? j + 1 : j + 2;
            } else {
                // Other escapes: ESC, intermediates, one final byte (ESC ( B, ESC =, ESC 7).
                qsizetype j = i + 1;
                while (j < n && raw.at(j).unicode() >= 0x20 && raw.at(j).unicode() <= 0x2f)
                    ++j;
                i = std::min(j + 1, n);
            }
            continue;
        }
        if (c == u'\t') {
            const qsizetype spaces = 8 - out.column() % 8;
            for (qsizetype s = 0; s < spaces; ++s)
                out.append(QChar(u' '));
        } else if (c == u'\r') {
            if (!onlyLineEndsFollow(raw, i + 1))
                out.restart();
        } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)) {
            // Other control characters would paint as boxes: dropped.
        } else {
            out.append(QChar(c));
        }
        ++i;
    }
    return out.take();
}

} // namespace antler::gui
