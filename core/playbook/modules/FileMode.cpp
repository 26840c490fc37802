#include "playbook/modules/FileMode.h"

#include <QMetaType>

namespace antler::playbook {

namespace {

constexpr int permBits = 07777;
constexpr int execBits = 0111;

int permsFor(QChar user, QChar perm, const FileMode::Current &current, int previous, bool useUmask)
{
    const bool applyX = current.isDirectory || (previous & execBits) != 0;
    const int revUmask = current.umask ^ permBits;
    const auto masked = [&](int bit) { return useUmask ? (revUmask & bit) : bit; };
    const int u = previous & 0700;
    const int g = previous & 070;
    const int o = previous & 07;
    const char p = char(perm.unicode());
    if (user == u'u') {
        switch (p) {
        case 'r':
            return masked(0400);
        case 'w':
            return masked(0200);
        case 'x':
            return masked(0100);
        case 'X':
            return applyX ? 0100 : 0;
        case 's':
            return 04000;
        case 't':
            return 0;
        case 'u':
            return u;
        case 'g':
            return g << 3;
        case 'o':
            return o << 6;
        }
    } else if (user == u'g') {
        switch (p) {
        case 'r':
            return masked(040);
        case 'w':
            return masked(020);
        case 'x':
            return masked(010);
        case 'X':
            return applyX ? 010 : 0;
        case 's':
            return 02000;
        case 't':
            return 0;
        case 'u':
            return u >> 3;
        case 'g':
            return g;
        case 'o':
            return o << 3;
        }
    } else {
        switch (p) {
        case 'r':
            return masked(04);
        case 'w':
            return masked(02);
        case 'x':
            return masked(01);
        case 'X':
            return applyX ? 01 : 0;
        case 's':
            return 0;
        case 't':
            return 01000;
        case 'u':
            return u >> 6;
        case 'g':
            return g >> 3;
        case 'o':
            return o;
        }
    }
    return 0;
}

int applyOperation(QChar user, QChar op, int bits, int mode)
{
    if (op == u'=') {
        int mask = 0;
        if (user == u'u')
            mask = 0700 | 04000;
        else if (user == u'g')
            mask = 070 | 02000;
        else
            mask = 07 | 01000;
        return (mode & (mask ^ permBits)) | bits;
    }
    if (op == u'+')
        return mode | bits;
    return mode & ~bits;
}

} // namespace

bool FileMode::isSet(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return false;
    if (value.typeId() == QMetaType::QString)
        return !value.toString().isEmpty();
    return true;
}

bool FileMode::isPreserve(const QVariant &value)
{
    return value.typeId() == QMetaType::QString && value.toString() == QLatin1String("preserve");
}

bool FileMode::isSymbolic(const QVariant &value)
{
    if (!isSet(value) || value.typeId() != QMetaType::QString || isPreserve(value))
        return false;
    QString text = value.toString();
    if (text.startsWith(QLatin1String("0o")))
        text = text.mid(2);
    bool ok = false;
    // Only whether it reads as octal counts.
    (void)text.toInt(&ok, 8);
    return !ok;
}

bool FileMode::resolve(const QVariant &value, const Current &current, int *mode, QString *error)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double: {
        const qlonglong number = value.toLongLong();
        if (number < 0 || number > permBits) {
            if (error)
                *error = tr("mode %1 is not a valid mode; only permission bits (at most 07777) are allowed, "
                            "write it as an octal string like '0644' or symbolically like 'u=rw,g=r,o=r'.")
                             .arg(number);
            return false;
        }
        *mode = int(number);
        return true;
    }
    default:
        break;
    }
    QString text = value.toString().trimmed();
    QString octal = text.startsWith(QLatin1String("0o")) ? text.mid(2) : text;
    bool ok = false;
    const qlonglong number = octal.toLongLong(&ok, 8);
    if (ok && !octal.startsWith(u'-') && !octal.startsWith(u'+')) {
        if (number > permBits) {
            if (error)
                *error
                    = tr("mode '%1' is not a valid mode; only permission bits (at most 07777) are allowed.").arg(text);
            return false;
        }
        *mode = int(number);
        return true;
    }
    return applySymbolic(text, current, mode, error);
}

bool FileMode::applySymbolic(const QString &symbolic, const Current &current, int *mode, QString *error)
{
    int result = current.mode & permBits;
    const auto bad = [&](const QString &clause) {
        if (error)
            *error = tr("mode '%1' is neither octal nor symbolic: bad clause '%2'; write it like '0644' or "
                        "'u=rw,g=r,o=r'.")
                         .arg(symbolic, clause);
        return false;
    };
    if (symbolic.isEmpty())
        return bad(symbolic);
    for (const QString &clause : symbolic.split(u',')) {
        qsizetype pos = 0;
        while (pos < clause.size() && clause.at(pos) != u'+' && clause.at(pos) != u'-' && clause.at(pos) != u'=')
            ++pos;
        if (pos == clause.size())
            return bad(clause);
        QString users = clause.left(pos);
        const bool useUmask = users.isEmpty();
        if (users.isEmpty() || users == QLatin1String("a"))
            users = QStringLiteral("ugo");
        for (QChar user : std::as_const(users)) {
            if (user != u'u' && user != u'g' && user != u'o')
                return bad(clause);
        }
        // Operators and their permission lists: "u+r-w" is two of them.
        while (pos < clause.size()) {
            const QChar op = clause.at(pos++);
            QString perms;
            while (pos < clause.size() && clause.at(pos) != u'+' && clause.at(pos) != u'-' && clause.at(pos) != u'=')
                perms += clause.at(pos++);
            for (QChar perm : std::as_const(perms)) {
                if (!QStringLiteral("rwxXstugo").contains(perm))
                    return bad(clause);
            }
            for (QChar user : std::as_const(users)) {
                int bits = 0;
                for (QChar perm : std::as_const(perms))
                    bits |= permsFor(user, perm, current, result, useUmask);
                result = applyOperation(user, op, bits, result);
            }
        }
    }
    *mode = result;
    return true;
}

QString FileMode::format(int mode)
{
    return QStringLiteral("%1").arg(mode & permBits, 4, 8, QLatin1Char('0'));
}

} // namespace antler::playbook
