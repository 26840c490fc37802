#include "transport/KnownHosts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>

namespace antler::transport {

namespace {

// OpenSSH's glob: '*' any run, '?' one character; case-insensitive for names.
bool globMatch(const char *pattern, const char *text)
{
    for (;;) {
        if (*pattern == '\0')
            return *text == '\0';
        if (*pattern == '*') {
            while (*pattern == '*')
                ++pattern;
            if (*pattern == '\0')
                return true;
            for (; *text; ++text) {
                if (globMatch(pattern, text))
                    return true;
            }
            return false;
        }
        if (*text == '\0')
            return false;
        if (*pattern != '?' && *pattern != *text)
            return false;
        ++pattern;
        ++text;
    }
}

} // namespace

bool KnownHosts::load(const QString &path, QString *error)
{
    m_path = path;
    m_entries.clear();
    m_problems.clear();
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error
                = tr("Cannot read the known hosts file %1: %2; check its permissions.").arg(path, file.errorString());
        return false;
    }
    parse(file.readAll());
    return true;
}

void KnownHosts::parse(const QByteArray &text)
{
    m_entries.clear();
    m_problems.clear();
    const QList<QByteArray> lines = text.split('\n');
    for (int n = 0; n < lines.size(); ++n) {
        const QByteArray line = lines.at(n).trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        QList<QByteArray> fields;
        for (const QByteArray &field : line.simplified().split(' '))
            fields << field;
        Entry entry;
        entry.line = n + 1;
        if (fields.first().startsWith('@')) {
            const QByteArray marker = fields.takeFirst();
            if (marker == "@revoked") {
                entry.marker = Marker::Revoked;
            } else if (marker == "@cert-authority") {
                entry.marker = Marker::CertAuthority;
            } else {
                m_problems << tr("line %1: unknown marker %2").arg(n + 1).arg(QString::fromUtf8(marker));
                continue;
            }
        }
        if (fields.size() < 3) {
            m_problems << tr("line %1: expected hosts, key type and key").arg(n + 1);
            continue;
        }
        const QByteArray hosts = fields.at(0);
        if (hosts.startsWith("|1|")) {
            const QList<QByteArray> parts = hosts.split('|');
            if (parts.size() != 4) {
                m_problems << tr("line %1: malformed hashed host").arg(n + 1);
                continue;
            }
            entry.hashed = true;
            entry.salt = QByteArray::fromBase64(parts.at(2));
            entry.hash = QByteArray::fromBase64(parts.at(3));
            if (entry.salt.size() != 20 || entry.hash.size() != 20) {
                m_problems << tr("line %1: malformed hashed host").arg(n + 1);
                continue;
            }
        } else if (hosts.startsWith('|')) {
            m_problems << tr("line %1: unsupported host hash").arg(n + 1);
            continue;
        } else {
            entry.patterns = hosts.toLower().split(',');
        }
        entry.keyType = QString::fromUtf8(fields.at(1));
        const auto decoded = QByteArray::fromBase64Encoding(fields.at(2), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty() || keyTypeOf(decoded.decoded) != entry.keyType) {
            m_problems << tr("line %1: the key is not valid %2 key data").arg(n + 1).arg(entry.keyType);
            continue;
        }
        entry.keyBlob = decoded.decoded;
        m_entries << entry;
    }
}

bool KnownHosts::matchesHost(const Entry &entry, const QByteArray &name) const
{
    if (entry.hashed) {
        return QMessageAuthenticationCode::hash(name, entry.salt, QCryptographicHash::Sha1) == entry.hash;
    }
    bool matched = false;
    for (const QByteArray &pattern : entry.patterns) {
        const bool negated = pattern.startsWith('!');
        const QByteArray glob = negated ? pattern.mid(1) : pattern;
        if (globMatch(glob.constData(), name.constData())) {
            if (negated)
                return false; // a negated match vetoes the whole line
            matched = true;
        }
    }
    return matched;
}

KnownHosts::Verdict KnownHosts::check(const QString &host, int port, const QByteArray &keyBlob) const
{
    Verdict verdict;
    const QByteArray name = hostField(host, port).toLower();
    const QString type = keyTypeOf(keyBlob);

    for (const Entry &entry : m_entries) {
        if (entry.marker == Marker::Revoked && entry.keyBlob == keyBlob) {
            verdict.status = Status::Revoked;
            verdict.line = entry.line;
            return verdict;
        }
    }
    for (const Entry &entry : m_entries) {
        if (entry.marker != Marker::None || !matchesHost(entry, name))
            continue;
        if (entry.keyBlob == keyBlob) {
            verdict.status = Status::Known;
            verdict.line = entry.line;
            verdict.oldKeyType.clear();
            verdict.oldFingerprint.clear();
            return verdict;
        }
        if (keyTypeOf(entry.keyBlob) == type && verdict.status != Status::Changed) {
            verdict.status = Status::Changed;
            verdict.line = entry.line;
            verdict.oldKeyType = entry.keyType;
            verdict.oldFingerprint = fingerprint(entry.keyBlob);
        }
    }
    return verdict;
}

bool KnownHosts::append(const QString &path, const QString &host, int port, const QByteArray &keyBlob, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().exists(info.absolutePath())) {
        if (!QDir().mkpath(info.absolutePath())
            || !QFile::setPermissions(info.absolutePath(),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
            if (error)
                *error = tr("Cannot create the folder %1 for the known hosts file; check its permissions.")
                             .arg(info.absolutePath());
            return false;
        }
    }
    QFile file(path);
    bool needsNewline = false;
    if (file.exists() && file.size() > 0 && file.open(QIODevice::ReadOnly)) {
        file.seek(file.size() - 1);
        needsNewline = file.read(1) != "\n";
        file.close();
    }
    // A new file is the user's alone, as OpenSSH makes it (the mode applies only when it is created).
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        if (error)
            *error = tr("Cannot add the key of %1 to %2: %3; check the file's permissions.")
                         .arg(host, path, file.errorString());
        return false;
    }
    QByteArray line;
    if (needsNewline)
        line += '\n';
    line += hostField(host, port) + ' ' + keyTypeOf(keyBlob).toUtf8() + ' ' + keyBlob.toBase64() + '\n';
    if (file.write(line) != line.size() || !file.flush()) {
        if (error)
            *error
                = tr("Cannot add the key of %1 to %2: %3; check the free space.").arg(host, path, file.errorString());
        return false;
    }
    return true;
}

QString KnownHosts::fingerprint(const QByteArray &keyBlob)
{
    QByteArray digest
        = QCryptographicHash::hash(keyBlob, QCryptographicHash::Sha256).toBase64(QByteArray::OmitTrailingEquals);
    return QStringLiteral("SHA256:") + QString::fromLatin1(digest);
}

QString KnownHosts::keyTypeOf(const QByteArray &keyBlob)
{
    if (keyBlob.size() < 4)
        return {};
    const auto *bytes = reinterpret_cast<const uchar *>(keyBlob.constData());
    const quint32 length
        = (quint32(bytes[0]) << 24) | (quint32(bytes[1]) << 16) | (quint32(bytes[2]) << 8) | quint32(bytes[3]);
    if (length == 0 || length > 64 || qsizetype(length) > keyBlob.size() - 4)
        return {};
    return QString::fromLatin1(keyBlob.mid(4, length));
}

QByteArray KnownHosts::hostField(const QString &host, int port)
{
    if (port == 22)
        return host.toUtf8();
    return '[' + host.toUtf8() + "]:" + QByteArray::number(port);
}

} // namespace antler::transport
