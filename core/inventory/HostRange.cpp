#include "inventory/HostRange.h"

#include <QRegularExpression>

namespace antler::inventory {

bool HostRange::expand(const QString &entry, QStringList *hosts, int *port, QString *error, int *column)
{
    *port = -1;
    QString name = entry;
    static const QRegularExpression bracketedIpv6(QStringLiteral("^\\[([0-9A-Fa-f:.]+(?:%\\w+)?)\\](?::([0-9]+))?\\z"));
    static const QRegularExpression withPort(QStringLiteral("^([^:]+):([0-9]*)\\z"));
    if (const QRegularExpressionMatch m = bracketedIpv6.match(entry); m.hasMatch()) {
        name = m.captured(1);
        if (m.capturedLength(2))
            *port = m.captured(2).toInt();
        hosts->append(name);
        return true;
    }
    if (entry.count(QLatin1Char(':')) >= 2 && !entry.contains(QLatin1Char('['))) {
        hosts->append(entry); // a bare IPv6 address
        return true;
    }
    if (const QRegularExpressionMatch m = withPort.match(entry); m.hasMatch()) {
        if (m.capturedLength(2) == 0) {
            if (column)
                *column = int(entry.size());
            *error = tr("the host “%1” ends in “:” without a port; write the port after the colon "
                        "or remove the colon.")
                         .arg(entry);
            return false;
        }
        bool ok = false;
        *port = m.captured(2).toInt(&ok);
        if (!ok || *port < 1 || *port > 65535) {
            if (column)
                *column = int(m.capturedStart(2)) + 1;
            *error = tr("the port of “%1” is not a number from 1 to 65535; write a port in that "
                        "range.")
                         .arg(entry);
            return false;
        }
        name = m.captured(1);
    } else if (entry.contains(QLatin1Char(':')) && !entry.contains(QLatin1Char('['))) {
        if (column)
            *column = int(entry.indexOf(QLatin1Char(':'))) + 1;
        *error = tr("“%1” is not a host name with an optional :PORT; write it as NAME or "
                    "NAME:PORT.")
                     .arg(entry);
        return false;
    }
    // A port after ranges: pi[1:3]:2222.
    static const QRegularExpression rangesWithPort(QStringLiteral("^(.*\\])(?::([0-9]+))\\z"));
    if (const QRegularExpressionMatch m = rangesWithPort.match(name); m.hasMatch()) {
        name = m.captured(1);
        *port = m.captured(2).toInt();
    }
    if (name.isEmpty()) {
        if (column)
            *column = 1;
        *error = tr("the host name is empty; write a name before the port.");
        return false;
    }
    return expandRanges(name, hosts, error, column);
}

bool HostRange::expandRanges(const QString &name, QStringList *hosts, QString *error, int *column)
{
    const qsizetype open = name.indexOf(QLatin1Char('['));
    const qsizetype stray = name.indexOf(QLatin1Char(']'));
    if (open < 0 && stray < 0) {
        hosts->append(name);
        return true;
    }
    if (column)
        *column = int(open < 0 ? stray : open) + 1;
    const qsizetype close = name.indexOf(QLatin1Char(']'), open + 1);
    if (open < 0 || close < 0) {
        *error = tr("the range in “%1” has no matching bracket; write ranges as [BEGIN:END], "
                    "such as pi[1:3].")
                     .arg(name);
        return false;
    }
    const QString head = name.left(open);
    const QString body = name.mid(open + 1, close - open - 1);
    const QString tail = name.mid(close + 1);
    const QStringList bounds = body.split(QLatin1Char(':'));
    if (bounds.size() != 2 && bounds.size() != 3) {
        *error = tr("the range “[%1]” is not BEGIN:END or BEGIN:END:STEP; write it as pi[1:3] or "
                    "web[01:10:2].")
                     .arg(body);
        return false;
    }
    QString begin = bounds.at(0);
    const QString &end = bounds.at(1);
    int step = 1;
    if (begin.isEmpty())
        begin = QStringLiteral("0");
    if (end.isEmpty()) {
        *error = tr("the range “[%1]” has no end; write the last value after the colon.").arg(body);
        return false;
    }
    if (bounds.size() == 3) {
        bool ok = false;
        step = bounds.at(2).toInt(&ok);
        if (!ok || step < 1) {
            *error = tr("the step of the range “[%1]” is not a positive number; write a step of 1 "
                        "or more.")
                         .arg(body);
            return false;
        }
    }
    QStringList values;
    static const QRegularExpression letter(QStringLiteral("^[A-Za-z]\\z"));
    static const QRegularExpression number(QStringLiteral("^[0-9]+\\z"));
    if (letter.match(begin).hasMatch() && letter.match(end).hasMatch()) {
        // Ansible's order of letters: a–z, then A–Z.
        static const QString letters = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
        const qsizetype first = letters.indexOf(begin);
        const qsizetype last = letters.indexOf(end);
        if (first > last) {
            *error = tr("the range “[%1]” ends before it begins; write the smaller value first.").arg(body);
            return false;
        }
        for (qsizetype i = first; i <= last; i += step)
            values.append(letters.at(i));
    } else if (number.match(begin).hasMatch() && number.match(end).hasMatch()) {
        const bool padded = begin.size() > 1 && begin.startsWith(QLatin1Char('0'));
        if (padded && begin.size() != end.size()) {
            *error = tr("the range “[%1]” pads its begin to %2 digits but not its end; write both "
                        "with the same number of digits, such as [01:10].")
                         .arg(body)
                         .arg(begin.size());
            return false;
        }
        const qlonglong first = begin.toLongLong();
        const qlonglong last = end.toLongLong();
        if (first > last) {
            *error = tr("the range “[%1]” ends before it begins; write the smaller value first.").arg(body);
            return false;
        }
        if ((last - first) / step > MaximumHosts) {
            *error = tr("the range “[%1]” stands for more than %2 hosts; split the "
                        "inventory or use a smaller range.")
                         .arg(body)
                         .arg(MaximumHosts);
            return false;
        }
        for (qlonglong i = first; i <= last; i += step)
            values.append(padded ? QString::number(i).rightJustified(begin.size(), QLatin1Char('0'))
                                 : QString::number(i));
    } else {
        *error = tr("the range “[%1]” mixes or misuses letters and numbers; write two numbers, "
                    "such as [1:3], or two letters, such as [a:c].")
                     .arg(body);
        return false;
    }
    for (const QString &value : values) {
        if (!expandRanges(head + value + tail, hosts, error, nullptr))
            return false;
        // Each range is capped above, but several in one name multiply:
        // web[1:2000][1:2000] alone would be four million hosts.
        if (hosts->size() > MaximumHosts) {
            *error = tr("the ranges of the host stand for more than %1 hosts; split the inventory or use "
                        "smaller ranges.")
                         .arg(MaximumHosts);
            return false;
        }
    }
    return true;
}

} // namespace antler::inventory
