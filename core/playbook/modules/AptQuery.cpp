#include "playbook/modules/AptQuery.h"

#include "transport/ShellQuote.h"

#include <QRegularExpression>

namespace antler::playbook {

bool AptQuery::Package::isInstalled() const
{
    return !status.isEmpty() && status != QLatin1String("not-installed") && status != QLatin1String("config-files");
}

QByteArray AptQuery::script(const QStringList &names, qint64 updateValidSeconds, bool checkMode)
{
    QList<QByteArray> quotedNames;
    for (const QString &name : names)
        quotedNames << transport::shellQuote(name.toUtf8());
    const QByteArray nameWords = quotedNames.join(' ');
    // ansible-core's apt module (get_cache_mtime): the cache is as old as
    // /var/lib/apt/periodic/update-success-stamp, else as the folder
    // /var/lib/apt/lists, else infinitely old; it is stale once now is later
    // than that time plus cache_valid_time. Whether the lists hold any
    // package index does not count (a fresh image with empty lists is
    // "fresh" until its lists folder is cache_valid_time old). The update
    // counts as done only when that time moved (or in check mode).
    QByteArray text = "export DEBIAN_FRONTEND=noninteractive DEBIAN_PRIORITY=critical LC_ALL=C\n"
                      "stamp() { if [ -e /var/lib/apt/periodic/update-success-stamp ]; then"
                      " stat -L -c %Y /var/lib/apt/periodic/update-success-stamp 2>/dev/null || echo 0;"
                      " elif [ -e /var/lib/apt/lists ]; then stat -L -c %Y /var/lib/apt/lists 2>/dev/null || echo 0;"
                      " else echo 0; fi; }\n"
                      "now=$(date +%s); before=$(stamp); after=$before; updated=0\n";
    if (updateValidSeconds >= 0) {
        const QByteArray valid = QByteArray::number(updateValidSeconds);
        // In whole seconds: stale when more than valid seconds have passed
        // (with 0, as soon as the stamp is not in the future).
        text += "if [ $((now - before)) -gt " + valid + " ] || { [ " + valid
            + " -eq 0 ] && [ $now -ge $before ]; }; then\n";
        if (checkMode) {
            text += "  updated=1\n";
        } else {
            text += "  apt-get -q update >&2 || { echo '@@update-failed'; exit 100; }\n"
                    "  after=$(stamp); [ \"$after\" = \"$before\" ] || updated=1\n";
        }
        text += "fi\n";
    }
    text += "echo \"@@cache $now $before $after $updated\"\n";
    if (!names.isEmpty()) {
        text += "dpkg-query -W -f='@@pkg ${Package}\\t${Status}\\t${Version}\\n' -- " + nameWords + " 2>/dev/null\n";
        text += "echo @@policy\n";
        text += "apt-cache policy -- " + nameWords + " 2>/dev/null\n";
    }
    text += "exit 0\n";
    return text;
}

AptQuery::Snapshot AptQuery::parse(const QByteArray &output)
{
    Snapshot snapshot;
    bool inPolicy = false;
    QString policyName;
    const QList<QByteArray> lines = output.split('\n');
    for (const QByteArray &rawLine : lines) {
        const QString line = QString::fromUtf8(rawLine);
        if (line.startsWith(QLatin1String("@@cache "))) {
            const QStringList words = line.split(QLatin1Char(' '));
            snapshot.now = words.value(1).toLongLong();
            snapshot.cacheTimeBefore = words.value(2).toLongLong();
            snapshot.cacheTimeAfter = words.value(3).toLongLong();
            snapshot.cacheUpdated = words.value(4) == QLatin1String("1");
        } else if (line.startsWith(QLatin1String("@@pkg "))) {
            const QStringList fields = line.mid(6).split(QLatin1Char('\t'));
            Package &package = snapshot.packages[fields.value(0)];
            package.name = fields.value(0);
            // "install ok installed", "deinstall ok config-files", "unknown ok not-installed"
            package.status = fields.value(1).section(QLatin1Char(' '), 2, 2);
            if (package.isInstalled())
                package.version = fields.value(2);
        } else if (line == QLatin1String("@@policy")) {
            inPolicy = true;
        } else if (inPolicy) {
            if (!line.startsWith(QLatin1Char(' ')) && line.endsWith(QLatin1Char(':'))) {
                policyName = line.chopped(1);
                Package &package = snapshot.packages[policyName];
                package.name = policyName;
                package.knownToApt = true;
            } else if (!policyName.isEmpty() && line.trimmed().startsWith(QLatin1String("Candidate:"))) {
                const QString candidate = line.trimmed().mid(10).trimmed();
                if (candidate != QLatin1String("(none)"))
                    snapshot.packages[policyName].candidate = candidate;
            }
        }
    }
    return snapshot;
}

int AptQuery::changeCount(const QByteArray &aptGetOutput)
{
    static const QRegularExpression summary(
        QStringLiteral(R"((\d+) upgraded, (\d+) newly installed, (\d+) to remove and (\d+) not upgraded)"));
    const QRegularExpressionMatch match = summary.match(QString::fromUtf8(aptGetOutput));
    if (!match.hasMatch())
        return -1;
    return match.captured(1).toInt() + match.captured(2).toInt() + match.captured(3).toInt();
}

QPair<QString, QString> AptQuery::splitVersion(const QString &spec)
{
    const qsizetype equals = spec.indexOf(QLatin1Char('='));
    if (equals < 0)
        return {spec, QString()};
    return {spec.left(equals), spec.mid(equals + 1)};
}

} // namespace antler::playbook
