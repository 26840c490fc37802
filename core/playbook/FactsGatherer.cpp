#include "playbook/FactsGatherer.h"

#include "inventory/Dict.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QPair>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QTimeZone>
#include <QVariantList>

#include <algorithm>

namespace antler::playbook {

namespace {

// Every line is "key=value"; keys that repeat (cpuinfo, addr4, osr_*) are
// collected in order. Errors are silenced: a fact that cannot be read is
// simply missing, as with Ansible.
// Files are read with the shell's own `read`, and one program answers for
// several facts where it can (uname, ip, date), so the whole gathering
// starts about fifteen programs. The ones that take longest (lsb_release,
// itself a script on Debian, and the mount facts' stat, findmnt and lsblk)
// run beside the rest, as the first stage of a pipeline whose second stage
// prints their lines after its own: no line is ever cut by another.
const char kScript[] = R"SH(lcall=${LC_ALL:-unset}; LC_ALL=C; export LC_ALL
p() { printf '%s=%s\n' "$1" "$2"; }
# f FILE: the first line of FILE in $l (empty when unreadable).
f() { l=; [ -r "$1" ] && { IFS= read -r l < "$1" || :; }; }
nl='
'
{
# What Ansible's distro library reads besides os-release: lsb_release's
# answer, when the command exists and succeeds.
if command -v lsb_release >/dev/null 2>&1 && a=$(lsb_release -a 2>/dev/null); then
  printf '%s\n' "$a" | while IFS= read -r l; do p lsb "$l"; done
fi
# Mounted devices (not pseudo file systems), with statvfs's figures, and
# their UUIDs from one lsblk, as Ansible's mount facts read them.
if [ -r /proc/self/mounts ]; then
  while read -r d m t o x y; do
    case $d in /*|*:/*) ;; *) continue ;; esac
    [ "$t" = none ] && continue
    p mount "$d $m $t $o $x $y $(stat -f -c '%S %s %b %a %c %d' "$m" 2>/dev/null)"
  done < /proc/self/mounts
  # Bind mounts, whose options Ansible marks with ",bind": findmnt shows
  # their source as DEVICE[/folder].
  command -v findmnt >/dev/null 2>&1 && findmnt --list --noheadings --notruncate 2>/dev/null | while read -r a b c; do case $b in *']'*) p bindmount "$a" ;; esac; done
  command -v lsblk >/dev/null 2>&1 && lsblk --list --noheadings --paths --output NAME,UUID --exclude 2 2>/dev/null | while read -r a b; do p blkuuid "$a $b"; done
fi
} 2>/dev/null | {
u=$(uname -snrvm)
set -f; set -- $u; set +f
m=; for a; do m=$a; done
v=${u#"$1 $2 $3 "}; v=${v%" $m"}
h=$2
p system "$1"
p kernel "$3"
p kernel_version "$v"
p machine "$m"
p nodename "$h"
ru=; eu=; rg=; eg=; cl=
if [ -r /proc/self/status ]; then
  while read -r k a b c d; do case $k in Uid:) ru=$a eu=$b ;; Gid:) rg=$a eg=$b ;; Cpus_allowed_list:) cl=$a ;; esac; done < /proc/self/status
fi
[ -n "$eu" ] || { ru=$(id -ru) eu=$(id -u) rg=$(id -rg) eg=$(id -g); }
pw=$(getent passwd "$eu" 2>/dev/null) || pw=
[ -n "$pw" ] || pw=$(grep "^[^:]*:[^:]*:$eu:" /etc/passwd 2>/dev/null) || pw=
pw=${pw%%"$nl"*}
n=${pw%%:*}
[ -n "$pw" ] || n=$(id -un 2>/dev/null)
p user_id "$n"
p user_uid "$eu"
p user_gid "$eg"
p real_user_id "$ru"
p real_group_id "$rg"
p passwd "$pw"
if [ -r /etc/os-release ]; then
  while IFS= read -r l || [ -n "$l" ]; do
    k=${l%%=*}
    case $k in "$l"|''|[0-9]*|*[!A-Za-z0-9_]*) ;; *) printf 'osr_%s\n' "$l" ;; esac
  done < /etc/os-release
fi
if [ -r /etc/debian_version ]; then while IFS= read -r l || [ -n "$l" ]; do p debian_version "$l"; done < /etc/debian_version; fi
# Ansible's lsb fact falls back on /etc/lsb-release.
if [ -r /etc/lsb-release ]; then while IFS= read -r l || [ -n "$l" ]; do p lsbfile "$l"; done < /etc/lsb-release; fi
# The first line of the first other /etc/NAME-release (or _version) file, ...
for a in /etc/*; do
  k=${a#/etc/}
  case $k in debian_version|lsb-release|oem-release|os-release|system-release|plesk-release|iredmail-release) continue ;; esac
  case $k in *[-_]release|*[-_]version) ;; *) continue ;; esac
  case ${k%[-_]*} in ''|*[!A-Za-z0-9_]*) continue ;; esac
  [ -f "$a" ] && [ -r "$a" ] || continue
  if IFS= read -r l < "$a" || [ -n "$l" ]; then p distro_release "${k%[-_]*}=$l"; break; fi
done
# ... and which distro library: the host's python3 "distro" package when
# there is one (from 1.8 on it counts /etc/debian_version), else the copy
# bundled with Ansible (1.6, which does not).
for a in /usr/local/lib/python3*/dist-packages /usr/lib/python3/dist-packages /usr/local/lib*/python3*/site-packages /usr/lib*/python3*/site-packages; do
  for k in "$a/distro/distro.py" "$a/distro.py"; do
    [ -r "$k" ] || continue
    v=unknown
    while IFS= read -r l; do case $l in "__version__ = "*) v=${l#*= }; break ;; esac; done < "$k"
    p pydistro "$v"
    break 2
  done
done
f /etc/redhat-release; [ -r /etc/redhat-release ] && p redhat_release "$l"
f /etc/alpine-release; [ -r /etc/alpine-release ] && p alpine_release "$l"
if [ -r /proc/meminfo ]; then
  while read -r k a b; do
    case $k in MemTotal:|MemFree:|SwapTotal:|Buffers:|Cached:) p "mem_${k%:}" "$a" ;; SwapFree:) p mem_SwapFree "$a"; break ;; esac
  done < /proc/meminfo
fi
[ -r /proc/cpuinfo ] && sed -n -E 's/^(model name|Processor|vendor_id|cpu|Vendor|processor|physical id|core id|cpu cores|siblings|# processors|ncpus active)[[:space:]]*:/cpuinfo=&/p' /proc/cpuinfo
# The processors this shell may run on (sched_getaffinity, as nproc counts
# them), from the list /proc/self/status gave.
if [ -n "$cl" ]; then
  c=0; r=$cl,
  while [ -n "$r" ]; do
    a=${r%%,*}; r=${r#*,}
    case $a in *-*) c=$((c + ${a#*-} - ${a%-*} + 1)) ;; ?*) c=$((c + 1)) ;; esac
  done
  p nproc "$c"
else
  p nproc "$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN 2>/dev/null)"
fi
ip=$(getent hosts "$h" 2>/dev/null) || ip=
ip=${ip%%[$IFS]*}
if [ -n "$ip" ]; then a=$(getent hosts "$ip" 2>/dev/null) && p fqdn_names "${a%%"$nl"*}"; fi
[ -r /proc/xen ] && p xen 1
if command -v ip >/dev/null 2>&1; then
  a=$(ip -4 route get 8.8.8.8 2>/dev/null) || a=
  p route4 "${a%%"$nl"*}"
  ip -o addr show 2>/dev/null | while IFS= read -r l; do
    case $l in *" inet "*) printf 'addr4=%s\n' "$l" ;; *" inet6 "*) printf 'addr6=%s\n' "$l" ;; esac
  done
fi
p lbits "$(getconf LONG_BIT 2>/dev/null)"
for n in $(ls -U /sys/class/net 2>/dev/null); do
  i=/sys/class/net/$n
  [ -e "$i" ] || continue
  f "$i/address"; a=$l; f "$i/mtu"; b=$l; f "$i/type"
  p iface "$n $a $b $l"
done 2>/dev/null
# The clock, and the zone's names in January and July of this year: the one
# further ahead of UTC is its summer time name (Python's time.tzname[1]).
# One GNU date for the three; date without -f (busybox) for the first.
fmt='+%s %z %Z %N %W'
if a=$(date -f - "$fmt" 2>/dev/null <<EOF
now
1/1 12:00
7/1 12:00
EOF
); then
  set -f; set -- $a; set +f
  p date "$1 $2 $3 $4 $5"
  p tzdst "$7 $8 ${12} ${13}"
else
  p date "$(date "$fmt")"
fi
f /proc/cmdline; [ -r /proc/cmdline ] && p cmdline "$l"
f /proc/uptime; [ -r /proc/uptime ] && p uptime "$l"
f /proc/loadavg; [ -r /proc/loadavg ] && p loadavg "$l"
f /etc/machine-id; [ -r /etc/machine-id ] && p machine_id "$l"
[ -d /run/systemd/system ] && p systemd 1
f /proc/1/comm; [ -r /proc/1/comm ] && p proc1 "$l"
for k in apt-get dnf yum zypper apk pacman; do if command -v "$k" >/dev/null 2>&1; then p pkg "$k"; break; fi; done
# The environment, with LC_ALL as it was before this script set it (an
# empty one counts as unset, as for Python).
if [ "$lcall" = unset ]; then unset LC_ALL; else LC_ALL=$lcall; fi
env | while IFS= read -r l; do
  k=${l%%=*}
  case $k in "$l"|''|[0-9]*|*[!A-Za-z0-9_]*) ;; *) printf 'env_%s\n' "$l" ;; esac
done
# What the first stage printed.
while IFS= read -r l || [ -n "$l" ]; do printf '%s\n' "$l"; done
}
exit 0
)SH";

QString unquote(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\'')))
        && value.endsWith(value.front())) {
        value = value.mid(1, value.size() - 2);
        value.replace(QLatin1String("\\\""), QLatin1String("\""));
    }
    return value;
}

// distro.id() → what Ansible prints as ansible_distribution, and its family.
struct Distribution
{
    const char *id;
    const char *name;
    const char *family;
};

const Distribution kDistributions[] = {
    {"debian", "Debian", "Debian"},
    {"raspbian", "Debian", "Debian"},
    {"ubuntu", "Ubuntu", "Debian"},
    {"linuxmint", "Linux Mint", "Debian"},
    {"pop", "Pop!_OS", "Debian"},
    {"kali", "Kali", "Debian"},
    {"devuan", "Devuan", "Debian"},
    {"rhel", "RedHat", "RedHat"},
    {"centos", "CentOS", "RedHat"},
    {"fedora", "Fedora", "RedHat"},
    {"rocky", "Rocky", "RedHat"},
    {"almalinux", "AlmaLinux", "RedHat"},
    {"ol", "OracleLinux", "RedHat"},
    {"amzn", "Amazon", "RedHat"},
    {"opensuse-leap", "openSUSE Leap", "Suse"},
    {"opensuse-tumbleweed", "openSUSE Tumbleweed", "Suse"},
    {"sles", "SLES", "Suse"},
    {"arch", "Archlinux", "Archlinux"},
    {"manjaro", "Manjaro", "Archlinux"},
    {"alpine", "Alpine", "Alpine"},
    {"gentoo", "Gentoo", "Gentoo"},
};

// What the distro library (through which Ansible names the distribution)
// reads on a Linux host, as the script reports it.
struct DistroInput
{
    QHash<QString, QString> osRelease; // unquoted values by os-release key
    QStringList osReleaseLines; // the os-release lines as written
    QStringList debianVersion; // the lines of /etc/debian_version
    QHash<QString, QString> lsb; // `lsb_release -a`: distributor_id, description, release, codename
    QString distroRelease; // "NAME=first line" of the first other /etc/NAME-release file
    QString pythonDistro; // the version of the host's python3 distro package; empty when none
};

QString reversed(const QString &text)
{
    QString result = text;
    std::reverse(result.begin(), result.end());
    return result;
}

// A release line such as "CentOS Linux release 7.9.2009 (Core)": the name,
// the version (the last number) and the codename (in parentheses). Read
// from the end of the line, as the distro library does.
QHash<QString, QString> parseReleaseLine(const QString &line)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(\A(?:[^)]*\)(.*)\()? *(?:STL )?([\d.+\-a-z]*\d) *(?:esaeler *)?(.+))"));
    QHash<QString, QString> info;
    const QRegularExpressionMatch match = pattern.match(reversed(line.trimmed()));
    if (match.hasMatch()) {
        info.insert(QStringLiteral("name"), reversed(match.captured(3)));
        if (!match.captured(2).isEmpty())
            info.insert(QStringLiteral("version_id"), reversed(match.captured(2)));
        if (!match.captured(1).isEmpty())
            info.insert(QStringLiteral("codename"), reversed(match.captured(1)));
    } else if (!line.isEmpty()) {
        info.insert(QStringLiteral("name"), line.trimmed());
    }
    return info;
}

QString distroId(const DistroInput &input)
{
    const auto normalized = [](const QString &id) { return id.toLower().replace(QLatin1Char(' '), QLatin1Char('_')); };
    if (const QString id = input.osRelease.value(QStringLiteral("ID")); !id.isEmpty())
        return normalized(id);
    if (const QString id = input.lsb.value(QStringLiteral("distributor_id")); !id.isEmpty())
        return normalized(id);
    return normalized(input.distroRelease.section(QLatin1Char('='), 0, 0));
}

// distro >= 1.8 counts /etc/debian_version among the version candidates;
// the copy bundled with ansible-core 2.14 (1.6.0) and older ones do not.
bool distroReadsDebianVersion(const QString &pythonDistro)
{
    QString version = pythonDistro;
    version.remove(QLatin1Char('"')).remove(QLatin1Char('\''));
    const QStringList parts = version.split(QLatin1Char('.'));
    bool majorOk = false;
    bool minorOk = false;
    const int major = parts.value(0).toInt(&majorOk);
    const int minor = parts.value(1).toInt(&minorOk);
    return majorOk && minorOk && (major > 1 || (major == 1 && minor >= 8));
}

// ansible-core's get_distribution_version(): distro.version(), and for
// Debian (and CentOS) distro.version(best=True), the most precise candidate.
QString distroVersion(const DistroInput &input)
{
    const QString id = distroId(input);
    const QString releaseLine = input.distroRelease.section(QLatin1Char('='), 1);
    QStringList candidates {
        input.osRelease.value(QStringLiteral("VERSION_ID")),
        input.lsb.value(QStringLiteral("release")),
        releaseLine.isNull() ? QString() : parseReleaseLine(releaseLine).value(QStringLiteral("version_id")),
        parseReleaseLine(input.osRelease.value(QStringLiteral("PRETTY_NAME"))).value(QStringLiteral("version_id")),
        parseReleaseLine(input.lsb.value(QStringLiteral("description"))).value(QStringLiteral("version_id")),
    };
    const QStringList like
        = input.osRelease.value(QStringLiteral("ID_LIKE")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!input.pythonDistro.isEmpty() && distroReadsDebianVersion(input.pythonDistro)
        && (id == QLatin1String("debian") || like.contains(QStringLiteral("debian")))) {
        QString first = input.debianVersion.value(0);
        while (!first.isEmpty() && first.back().isSpace())
            first.chop(1);
        candidates.append(first);
    }
    QString plain;
    QString best;
    for (const QString &candidate : std::as_const(candidates)) {
        if (plain.isEmpty())
            plain = candidate;
        if (best.isEmpty() || candidate.count(QLatin1Char('.')) > best.count(QLatin1Char('.')))
            best = candidate;
    }
    QString version = plain;
    if (id == QLatin1String("debian"))
        version = best;
    else if (id == QLatin1String("centos"))
        version = best.section(QLatin1Char('.'), 0, 1);
    return version.isEmpty() ? QStringLiteral("NA") : version;
}

// ansible-core's get_distribution_codename().
QString distroCodename(const DistroInput &input)
{
    const QHash<QString, QString> &os = input.osRelease;
    if (os.contains(QStringLiteral("VERSION_CODENAME")))
        return os.value(QStringLiteral("VERSION_CODENAME"));
    if (os.contains(QStringLiteral("UBUNTU_CODENAME")))
        return os.value(QStringLiteral("UBUNTU_CODENAME"));
    if (distroId(input) == QLatin1String("ubuntu") && input.lsb.contains(QStringLiteral("codename")))
        return input.lsb.value(QStringLiteral("codename"));
    // distro.codename(): os-release's VERSION "(name)" or ", name", else lsb_release, else the release file.
    if (os.contains(QStringLiteral("VERSION"))) {
        static const QRegularExpression named(QStringLiteral(R"((\(\D+\))|,(\s+)?\D+)"));
        const QRegularExpressionMatch match = named.match(os.value(QStringLiteral("VERSION")));
        if (match.hasMatch()) {
            QString codename = match.captured(0);
            while (codename.startsWith(QLatin1Char('(')) || codename.startsWith(QLatin1Char(')')))
                codename.remove(0, 1);
            while (codename.endsWith(QLatin1Char('(')) || codename.endsWith(QLatin1Char(')')))
                codename.chop(1);
            while (codename.startsWith(QLatin1Char(',')))
                codename.remove(0, 1);
            while (codename.endsWith(QLatin1Char(',')))
                codename.chop(1);
            codename = codename.trimmed();
            return codename.isEmpty() ? QStringLiteral("NA") : codename;
        }
    }
    QString codename = input.lsb.value(QStringLiteral("codename"));
    if (codename.isEmpty() && !input.distroRelease.isEmpty())
        codename = parseReleaseLine(input.distroRelease.section(QLatin1Char('='), 1)).value(QStringLiteral("codename"));
    return codename.isEmpty() ? QStringLiteral("NA") : codename;
}

QString prefixToNetmask(int prefix)
{
    const quint32 mask = prefix <= 0 ? 0 : quint32(0xffffffffu << (32 - qMin(prefix, 32)));
    return QHostAddress(mask).toString();
}

// Ansible's lsb fact (LSBFactCollector): `lsb_release -a` when it answers,
// else /etc/lsb-release; major_release from the release, quotes stripped.
// In the order Ansible's dict has its keys.
inventory::Dict lsbFact(const QStringList &releaseLines, const QStringList &fileLines)
{
    inventory::Dict fact;
    for (const QString &line : releaseLines) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon < 0)
            continue;
        const QString value = line.mid(colon + 1).trimmed();
        // Ansible's chain, branch for branch and in its order (two branches
        // set release; merging them would change which wins on a line that
        // names two keys).
        if (line.contains(QLatin1String("LSB Version:")))
            // NOLINTNEXTLINE(bugprone-branch-clone)
            fact.insert(QStringLiteral("release"), value);
        else if (line.contains(QLatin1String("Distributor ID:")))
            fact.insert(QStringLiteral("id"), value);
        else if (line.contains(QLatin1String("Description:")))
            fact.insert(QStringLiteral("description"), value);
        else if (line.contains(QLatin1String("Release:")))
            fact.insert(QStringLiteral("release"), value);
        else if (line.contains(QLatin1String("Codename:")))
            fact.insert(QStringLiteral("codename"), value);
    }
    if (fact.isEmpty()) {
        for (const QString &line : fileLines) {
            const qsizetype equals = line.indexOf(QLatin1Char('='));
            if (equals < 0)
                continue;
            const QString value = line.mid(equals + 1).trimmed();
            if (line.contains(QLatin1String("DISTRIB_ID")))
                fact.insert(QStringLiteral("id"), value);
            else if (line.contains(QLatin1String("DISTRIB_RELEASE")))
                fact.insert(QStringLiteral("release"), value);
            else if (line.contains(QLatin1String("DISTRIB_DESCRIPTION")))
                fact.insert(QStringLiteral("description"), value);
            else if (line.contains(QLatin1String("DISTRIB_CODENAME")))
                fact.insert(QStringLiteral("codename"), value);
        }
    }
    if (fact.contains(QStringLiteral("release")))
        fact.insert(QStringLiteral("major_release"),
                    fact.value(QStringLiteral("release")).toString().section(QLatin1Char('.'), 0, 0));
    for (const QString &key : fact.keys()) {
        QString value = fact.value(key).toString();
        static const QString quotes = QStringLiteral("'\"\\");
        while (!value.isEmpty() && quotes.contains(value.front()))
            value.remove(0, 1);
        while (!value.isEmpty() && quotes.contains(value.back()))
            value.chop(1);
        fact.insert(key, value);
    }
    return fact;
}

} // namespace

QByteArray FactsGatherer::script()
{
    return QByteArray(kScript);
}

QVariantMap FactsGatherer::cpuFacts(const QStringList &cpuinfo, const QString &architecture)
{
    // Ansible's reading of /proc/cpuinfo, including its quirks (a core id is
    // checked against the sockets, the first socket's "cpu cores" wins).
    int i = 0;
    int vendorIds = 0;
    int modelNames = 0;
    int processors = 0;
    QString physid = QStringLiteral("0");
    QString coreid = QStringLiteral("0");
    QStringList socketOrder;
    QHash<QString, int> sockets;
    QStringList coreOrder;
    QHash<QString, int> cores;
    QVariantList processor;
    QVariantMap facts;
    for (const QString &line : cpuinfo) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QString key = line.left(colon).trimmed();
        const QString value = colon < 0 ? QString() : line.mid(colon + 1).trimmed();
        static const QStringList listed {QStringLiteral("model name"), QStringLiteral("Processor"),
                                         QStringLiteral("vendor_id"),  QStringLiteral("cpu"),
                                         QStringLiteral("Vendor"),     QStringLiteral("processor")};
        if (listed.contains(key)) {
            processor.append(value);
            if (key == QLatin1String("vendor_id"))
                ++vendorIds;
            if (key == QLatin1String("model name"))
                ++modelNames;
            if (key == QLatin1String("processor"))
                ++processors;
            ++i;
        } else if (key == QLatin1String("physical id")) {
            physid = value;
            if (!sockets.contains(physid)) {
                socketOrder.append(physid);
                sockets.insert(physid, 1);
            }
        } else if (key == QLatin1String("core id")) {
            coreid = value;
            if (!sockets.contains(coreid)) {
                if (!cores.contains(coreid))
                    coreOrder.append(coreid);
                cores.insert(coreid, 1);
            }
        } else if (key == QLatin1String("cpu cores")) {
            if (!sockets.contains(physid))
                socketOrder.append(physid);
            sockets.insert(physid, value.toInt());
        } else if (key == QLatin1String("siblings")) {
            if (!cores.contains(coreid))
                coreOrder.append(coreid);
            cores.insert(coreid, value.toInt());
        } else if (key == QLatin1String("# processors")) {
            facts.insert(QStringLiteral("processor_cores"), value.toInt());
        } else if (key == QLatin1String("ncpus active")) {
            i = value.toInt();
        }
    }
    if (vendorIds > 0 && vendorIds == modelNames)
        i = vendorIds;
    if (architecture.startsWith(QLatin1String("armv")) || architecture.startsWith(QLatin1String("aarch"))
        || architecture.startsWith(QLatin1String("ppc")))
        i = processors;
    facts.insert(QStringLiteral("processor"), processor);
    const int count = sockets.isEmpty() ? i : int(sockets.size());
    const int coresPerSocket
        = !socketOrder.isEmpty() && sockets.value(socketOrder.first()) != 0 ? sockets.value(socketOrder.first()) : 1;
    const int threads = !coreOrder.isEmpty() ? cores.value(coreOrder.first()) / coresPerSocket : 1 / coresPerSocket;
    facts.insert(QStringLiteral("processor_count"), count);
    facts.insert(QStringLiteral("processor_cores"), coresPerSocket);
    facts.insert(QStringLiteral("processor_threads_per_core"), threads);
    facts.insert(QStringLiteral("processor_vcpus"), threads * count * coresPerSocket);
    return facts;
}

QVariantMap FactsGatherer::parse(const QByteArray &output)
{
    QHash<QString, QString> one;
    QStringList cpuinfo;
    QStringList addr4;
    QStringList addr6;
    QStringList mountLines;
    QSet<QString> bindMounts;
    QHash<QString, QString> uuids;
    QStringList ifaces;
    QVariantMap env;
    QHash<QString, QString> osRelease;
    QStringList osReleaseLines;
    QStringList debianVersion;
    QHash<QString, QString> lsb;
    QStringList lsbLines;
    QStringList lsbFileLines;
    for (const QByteArray &rawLine : output.split('\n')) {
        const QString line = QString::fromUtf8(rawLine);
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString key = line.left(eq);
        const QString value = line.mid(eq + 1);
        if (key == QLatin1String("cpuinfo"))
            cpuinfo.append(value);
        else if (key == QLatin1String("addr4"))
            addr4.append(value);
        else if (key == QLatin1String("addr6"))
            addr6.append(value);
        else if (key == QLatin1String("mount"))
            mountLines.append(value);
        else if (key == QLatin1String("bindmount"))
            bindMounts.insert(value);
        else if (key == QLatin1String("blkuuid"))
            uuids.insert(value.section(QLatin1Char(' '), 0, 0), value.section(QLatin1Char(' '), 1, 1));
        else if (key == QLatin1String("iface"))
            ifaces.append(value);
        else if (key.startsWith(QLatin1String("osr_"))) {
            osRelease.insert(key.mid(4), unquote(value));
            osReleaseLines.append(line.mid(4));
        } else if (key == QLatin1String("debian_version"))
            debianVersion.append(value);
        else if (key == QLatin1String("lsbfile"))
            lsbFileLines.append(value);
        else if (key == QLatin1String("lsb")) {
            lsbLines.append(value);
            // "Distributor ID:\tDebian" → distributor_id = Debian
            const qsizetype colon = value.indexOf(QLatin1Char(':'));
            if (colon >= 0)
                lsb.insert(value.left(colon).replace(QLatin1Char(' '), QLatin1Char('_')).toLower(),
                           value.mid(colon + 1).trimmed());
        } else if (key.startsWith(QLatin1String("env_")))
            env.insert(key.mid(4), value);
        else
            one.insert(key, value);
    }

    QVariantMap facts;
    auto set = [&facts](const QString &name, const QVariant &value) { facts.insert(name, value); };
    const QString machine = one.value(QStringLiteral("machine"));
    set(QStringLiteral("system"), one.value(QStringLiteral("system")));
    set(QStringLiteral("kernel"), one.value(QStringLiteral("kernel")));
    set(QStringLiteral("kernel_version"), one.value(QStringLiteral("kernel_version")));
    set(QStringLiteral("machine"), machine);
    QString architecture = machine;
    if (QStringList {QStringLiteral("i386"), QStringLiteral("i486"), QStringLiteral("i586"), QStringLiteral("i686")}
            .contains(machine))
        architecture = QStringLiteral("i386");
    set(QStringLiteral("architecture"), architecture);
    set(QStringLiteral("userspace_architecture"), architecture);

    const QString nodename = one.value(QStringLiteral("nodename"));
    set(QStringLiteral("nodename"), nodename);
    set(QStringLiteral("hostname"), nodename.section(QLatin1Char('.'), 0, 0));
    // Python's socket.getfqdn(): the first name of the host's address that
    // has a dot, else the address's canonical name, else the node name.
    QString fqdn = nodename;
    const QStringList names
        = one.value(QStringLiteral("fqdn_names")).split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(1);
    if (!names.isEmpty()) {
        fqdn = names.first();
        for (const QString &name : names) {
            if (name.contains(QLatin1Char('.'))) {
                fqdn = name;
                break;
            }
        }
    }
    set(QStringLiteral("fqdn"), fqdn);
    set(QStringLiteral("domain"), fqdn.section(QLatin1Char('.'), 1));

    // The user.
    set(QStringLiteral("user_id"), one.value(QStringLiteral("user_id")));
    set(QStringLiteral("user_uid"), one.value(QStringLiteral("user_uid")).toInt());
    set(QStringLiteral("user_gid"), one.value(QStringLiteral("user_gid")).toInt());
    set(QStringLiteral("real_user_id"), one.value(QStringLiteral("real_user_id")).toInt());
    set(QStringLiteral("effective_user_id"), one.value(QStringLiteral("user_uid")).toInt());
    set(QStringLiteral("real_group_id"), one.value(QStringLiteral("real_group_id")).toInt());
    set(QStringLiteral("effective_group_id"), one.value(QStringLiteral("user_gid")).toInt());
    const QStringList passwd = one.value(QStringLiteral("passwd")).split(QLatin1Char(':'));
    if (passwd.size() >= 7) {
        set(QStringLiteral("user_gecos"), passwd.at(4));
        set(QStringLiteral("user_dir"), passwd.at(5));
        set(QStringLiteral("user_shell"), passwd.at(6));
    }

    // The distribution, as Ansible names it.
    const QString id = osRelease.value(QStringLiteral("ID")).toLower();
    QString distribution;
    QString family;
    for (const Distribution &known : kDistributions) {
        if (id == QLatin1String(known.id)) {
            distribution = QLatin1String(known.name);
            family = QLatin1String(known.family);
        }
    }
    if (distribution.isEmpty() && !id.isEmpty()) {
        distribution = id.left(1).toUpper() + id.mid(1);
        family = distribution;
    }
    if (distribution.isEmpty()) {
        distribution = QStringLiteral("NA");
        family = one.value(QStringLiteral("system"));
    }
    const DistroInput input {osRelease,
                             osReleaseLines,
                             debianVersion,
                             lsb,
                             one.value(QStringLiteral("distro_release")),
                             one.value(QStringLiteral("pydistro"))};
    QString version = distroVersion(input);
    QString release = distroCodename(input);
    QString minor;
    // Ansible's reading of a Debian os-release (parse_distribution_file_Debian):
    // the release from PRETTY_NAME's parentheses, the minor version from
    // /etc/debian_version, whatever the version itself says.
    const QString osReleaseData = osReleaseLines.join(QLatin1Char('\n'));
    if (osReleaseData.contains(QLatin1String("Debian")) || osReleaseData.contains(QLatin1String("Raspbian"))) {
        static const QRegularExpression pretty(QStringLiteral(R"(PRETTY_NAME=[^(]+ \(?([^)]+?)\))"));
        const QRegularExpressionMatch match = pretty.match(osReleaseData);
        if (match.hasMatch())
            release = match.captured(1);
        static const QRegularExpression twoNumbers(QStringLiteral(R"((\d+)\.(\d+))"));
        for (const QString &line : std::as_const(debianVersion)) {
            const QRegularExpressionMatch numbers = twoNumbers.match(line.trimmed());
            if (numbers.hasMatch())
                minor = numbers.captured(2);
        }
    }
    if (distribution == QLatin1String("Alpine") && one.contains(QStringLiteral("alpine_release")))
        version = one.value(QStringLiteral("alpine_release")).trimmed();
    set(QStringLiteral("distribution"), distribution);
    set(QStringLiteral("os_family"), family);
    set(QStringLiteral("distribution_version"), version);
    set(QStringLiteral("distribution_release"), release);
    set(QStringLiteral("distribution_major_version"), version.section(QLatin1Char('.'), 0, 0));
    if (!minor.isEmpty())
        set(QStringLiteral("distribution_minor_version"), minor);

    // Memory (kB in /proc/meminfo; Ansible divides by 1024 and truncates).
    const auto mb = [&one](const char *name) { return one.value(QLatin1String(name)).toLongLong() / 1024; };
    if (one.contains(QStringLiteral("mem_MemTotal"))) {
        set(QStringLiteral("memtotal_mb"), mb("mem_MemTotal"));
        set(QStringLiteral("memfree_mb"), mb("mem_MemFree"));
        set(QStringLiteral("swaptotal_mb"), mb("mem_SwapTotal"));
        set(QStringLiteral("swapfree_mb"), mb("mem_SwapFree"));
        const qint64 nocache = mb("mem_MemFree") + mb("mem_Buffers") + mb("mem_Cached");
        set(QStringLiteral("memory_mb"),
            QVariantMap {{QStringLiteral("real"),
                          QVariantMap {{QStringLiteral("total"), mb("mem_MemTotal")},
                                       {QStringLiteral("free"), mb("mem_MemFree")},
                                       {QStringLiteral("used"), mb("mem_MemTotal") - mb("mem_MemFree")}}},
                         {QStringLiteral("nocache"),
                          QVariantMap {{QStringLiteral("free"), nocache},
                                       {QStringLiteral("used"), mb("mem_MemTotal") - nocache}}},
                         {QStringLiteral("swap"),
                          QVariantMap {{QStringLiteral("total"), mb("mem_SwapTotal")},
                                       {QStringLiteral("free"), mb("mem_SwapFree")},
                                       {QStringLiteral("used"), mb("mem_SwapTotal") - mb("mem_SwapFree")}}}});
    }

    // Processors.
    if (!cpuinfo.isEmpty()) {
        const QVariantMap cpu = cpuFacts(cpuinfo, architecture);
        for (auto it = cpu.cbegin(); it != cpu.cend(); ++it)
            set(it.key(), it.value());
    }
    if (one.contains(QStringLiteral("nproc")))
        set(QStringLiteral("processor_nproc"), one.value(QStringLiteral("nproc")).toInt());

    // Network: interfaces, addresses, the default IPv4 route.
    QVariantList interfaces;
    QHash<QString, QStringList> ifaceInfo;
    for (const QString &line : std::as_const(ifaces)) {
        const QStringList words = line.split(QLatin1Char(' '));
        interfaces.append(words.value(0));
        ifaceInfo.insert(words.value(0), words);
    }
    set(QStringLiteral("interfaces"), interfaces);
    QVariantList allIpv4;
    QHash<QString, QVariantMap> firstIpv4;
    // Ansible lists the addresses in the order of /sys/class/net's entries.
    QList<QPair<qsizetype, QString>> orderedIpv4;
    for (const QString &line : std::as_const(addr4)) {
        // "2: eth0    inet 192.0.2.2/24 brd 192.0.2.255 scope global eth0\ ..."
        const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const qsizetype inet = words.indexOf(QStringLiteral("inet"));
        if (inet < 0 || inet + 1 >= words.size())
            continue;
        const QString device = words.value(1);
        const QString address = words.at(inet + 1).section(QLatin1Char('/'), 0, 0);
        const int prefix = words.at(inet + 1).section(QLatin1Char('/'), 1, 1).toInt();
        if (!address.startsWith(QLatin1String("127.")))
            orderedIpv4.append({interfaces.indexOf(QVariant(device)), address});
        if (firstIpv4.contains(device))
            continue;
        const qsizetype brd = words.indexOf(QStringLiteral("brd"));
        const quint32 mask = prefix <= 0 ? 0 : quint32(0xffffffffu << (32 - qMin(prefix, 32)));
        QVariantMap info {
            {QStringLiteral("address"), address},
            {QStringLiteral("netmask"), prefixToNetmask(prefix)},
            {QStringLiteral("network"), QHostAddress(QHostAddress(address).toIPv4Address() & mask).toString()},
            {QStringLiteral("prefix"), QString::number(prefix)}};
        if (brd >= 0 && brd + 1 < words.size())
            info.insert(QStringLiteral("broadcast"), words.at(brd + 1));
        firstIpv4.insert(device, info);
    }
    std::stable_sort(orderedIpv4.begin(), orderedIpv4.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &entry : std::as_const(orderedIpv4))
        allIpv4.append(entry.second);
    set(QStringLiteral("all_ipv4_addresses"), allIpv4);
    // IPv6 the same way, every address but the loopback's ::1.
    QList<QPair<qsizetype, QString>> orderedIpv6;
    for (const QString &line : std::as_const(addr6)) {
        const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const qsizetype inet = words.indexOf(QStringLiteral("inet6"));
        if (inet < 0 || inet + 1 >= words.size())
            continue;
        const QString address = words.at(inet + 1).section(QLatin1Char('/'), 0, 0);
        if (address != QLatin1String("::1"))
            orderedIpv6.append({interfaces.indexOf(QVariant(words.value(1))), address});
    }
    std::stable_sort(orderedIpv6.begin(), orderedIpv6.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QVariantList allIpv6;
    for (const auto &entry : std::as_const(orderedIpv6))
        allIpv6.append(entry.second);
    set(QStringLiteral("all_ipv6_addresses"), allIpv6);
    QVariantMap defaultIpv4;
    const QStringList route = one.value(QStringLiteral("route4")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    auto after = [&route](const char *word) {
        const qsizetype at = route.indexOf(QLatin1String(word));
        return at >= 0 && at + 1 < route.size() ? route.at(at + 1) : QString();
    };
    if (!after("dev").isEmpty()) {
        const QString device = after("dev");
        defaultIpv4 = firstIpv4.value(device);
        defaultIpv4.insert(QStringLiteral("interface"), device);
        defaultIpv4.insert(QStringLiteral("alias"), device);
        if (!after("src").isEmpty())
            defaultIpv4.insert(QStringLiteral("address"), after("src"));
        if (!after("via").isEmpty())
            defaultIpv4.insert(QStringLiteral("gateway"), after("via"));
        const QStringList info = ifaceInfo.value(device);
        if (info.size() >= 4) {
            if (!info.at(1).isEmpty())
                defaultIpv4.insert(QStringLiteral("macaddress"), info.at(1));
            defaultIpv4.insert(QStringLiteral("mtu"), info.at(2).toInt());
            defaultIpv4.insert(QStringLiteral("type"),
                               info.at(3) == QLatin1String("1")         ? QStringLiteral("ether")
                                   : info.at(3) == QLatin1String("772") ? QStringLiteral("loopback")
                                                                        : QStringLiteral("unknown"));
        }
    }
    set(QStringLiteral("default_ipv4"), defaultIpv4);

    // The host's clock, in its own time zone.
    const QStringList date = one.value(QStringLiteral("date")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (date.size() >= 2) {
        const qint64 epoch = date.at(0).toLongLong();
        const QString &offset = date.at(1);
        const int sign = offset.startsWith(QLatin1Char('-')) ? -1 : 1;
        const int seconds = sign * (offset.mid(1, 2).toInt() * 3600 + offset.mid(3, 2).toInt() * 60);
        const QDateTime utc = QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC);
        const QDateTime local = utc.toOffsetFromUtc(seconds);
        auto f = [&local](const char *format) { return local.toString(QLatin1String(format)); };
        // Microseconds from date's %N (nanoseconds), as Python's %f.
        const QString micro = date.value(3).left(6).rightJustified(6, QLatin1Char('0'));
        const QString weekNumber = date.value(4);
        QString tzDst = date.value(2);
        if (const QStringList zones = one.value(QStringLiteral("tzdst")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            zones.size() == 4 && zones.at(0) != zones.at(2))
            tzDst = zones.at(0).toInt() > zones.at(2).toInt() ? zones.at(1) : zones.at(3);
        // In the order Ansible's date_time collector sets them.
        set(QStringLiteral("date_time"),
            inventory::Dict {{QStringLiteral("year"), f("yyyy")},
                             {QStringLiteral("month"), f("MM")},
                             {QStringLiteral("weekday"), QLocale::c().dayName(local.date().dayOfWeek())},
                             {QStringLiteral("weekday_number"), QString::number(local.date().dayOfWeek() % 7)},
                             {QStringLiteral("weeknumber"), weekNumber},
                             {QStringLiteral("day"), f("dd")},
                             {QStringLiteral("hour"), f("HH")},
                             {QStringLiteral("minute"), f("mm")},
                             {QStringLiteral("second"), f("ss")},
                             {QStringLiteral("epoch"), QString::number(epoch)},
                             {QStringLiteral("epoch_int"), QString::number(epoch)},
                             {QStringLiteral("date"), f("yyyy-MM-dd")},
                             {QStringLiteral("time"), f("HH:mm:ss")},
                             {QStringLiteral("iso8601_micro"),
                              utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.")) + micro + QLatin1Char('Z')},
                             {QStringLiteral("iso8601"), utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))},
                             {QStringLiteral("iso8601_basic"), f("yyyyMMddTHHmmss") + micro},
                             {QStringLiteral("iso8601_basic_short"), f("yyyyMMddTHHmmss")},
                             {QStringLiteral("tz"), date.value(2)},
                             {QStringLiteral("tz_dst"), tzDst},
                             {QStringLiteral("tz_offset"), offset}}
                .toVariant());
    }

    // Kernel command line: key=value pairs, bare flags true (the last wins).
    if (one.contains(QStringLiteral("cmdline"))) {
        QVariantMap cmdline;
        for (const QString &word : one.value(QStringLiteral("cmdline")).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const qsizetype eq = word.indexOf(QLatin1Char('='));
            if (eq < 0)
                cmdline.insert(word, true);
            else
                cmdline.insert(word.left(eq), word.mid(eq + 1));
        }
        set(QStringLiteral("cmdline"), cmdline);
    }
    if (one.contains(QStringLiteral("uptime")))
        set(QStringLiteral("uptime_seconds"),
            int(one.value(QStringLiteral("uptime")).section(QLatin1Char(' '), 0, 0).toDouble()));
    if (one.contains(QStringLiteral("loadavg"))) {
        const QStringList load = one.value(QStringLiteral("loadavg")).split(QLatin1Char(' '));
        set(QStringLiteral("loadavg"),
            QVariantMap {{QStringLiteral("1m"), load.value(0).toDouble()},
                         {QStringLiteral("5m"), load.value(1).toDouble()},
                         {QStringLiteral("15m"), load.value(2).toDouble()}});
    }
    if (one.contains(QStringLiteral("machine_id")))
        set(QStringLiteral("machine_id"), one.value(QStringLiteral("machine_id")).trimmed());
    if (one.contains(QStringLiteral("pkg"))) {
        QString pkg = one.value(QStringLiteral("pkg"));
        if (pkg == QLatin1String("apt-get"))
            pkg = QStringLiteral("apt");
        set(QStringLiteral("pkg_mgr"), pkg);
    }
    if (one.contains(QStringLiteral("systemd")))
        set(QStringLiteral("service_mgr"), QStringLiteral("systemd"));
    else if (one.contains(QStringLiteral("proc1")))
        set(QStringLiteral("service_mgr"), one.value(QStringLiteral("proc1")));
    // The environment as Ansible's Python module process sees it: Python
    // coerces a C locale to C.UTF-8 in LC_CTYPE unless LC_ALL is set (PEP
    // 538), and bash, the usual login shell, leaves the /bin/sh that
    // ansible-playbook's command line starts in $_.
    if (env.value(QStringLiteral("LC_ALL")).toString().isEmpty()) {
        QString ctype = env.value(QStringLiteral("LC_CTYPE")).toString();
        if (ctype.isEmpty())
            ctype = env.value(QStringLiteral("LANG")).toString();
        if (ctype.isEmpty() || ctype == QLatin1String("C") || ctype == QLatin1String("POSIX"))
            env.insert(QStringLiteral("LC_CTYPE"), QStringLiteral("C.UTF-8"));
    }
    if (!env.contains(QStringLiteral("_"))
        && env.value(QStringLiteral("SHELL")).toString().endsWith(QLatin1String("/bash")))
        env.insert(QStringLiteral("_"), QStringLiteral("/bin/sh"));
    set(QStringLiteral("env"), env);
    set(QStringLiteral("lsb"), lsbFact(lsbLines, lsbFileLines).toVariant());
    if (one.contains(QStringLiteral("lbits")) && !one.value(QStringLiteral("lbits")).isEmpty())
        set(QStringLiteral("userspace_bits"), one.value(QStringLiteral("lbits")));
    QVariantList mounts;
    for (const QString &line : std::as_const(mountLines)) {
        // "DEVICE MOUNT FSTYPE OPTIONS DUMP PASSNO FRSIZE BSIZE BLOCKS BAVAIL FILES FFREE"
        const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() < 6)
            continue;
        const auto octal = [](QString text) {
            static const QRegularExpression escape(QStringLiteral("\\\\([0-7]{3})"));
            QRegularExpressionMatch match;
            while ((match = escape.match(text)).hasMatch())
                text.replace(match.capturedStart(), 4, QChar(match.captured(1).toInt(nullptr, 8)));
            return text;
        };
        QVariantMap entry {
            {QStringLiteral("device"), octal(words.at(0))},
            {QStringLiteral("mount"), octal(words.at(1))},
            {QStringLiteral("fstype"), words.at(2)},
            {QStringLiteral("options"),
             bindMounts.contains(octal(words.at(1))) ? words.at(3) + QStringLiteral(",bind") : words.at(3)},
            {QStringLiteral("uuid"), uuids.value(words.at(0), QStringLiteral("N/A"))}};
        if (uuids.value(words.at(0)).isEmpty())
            entry.insert(QStringLiteral("uuid"), QStringLiteral("N/A"));
        if (words.size() >= 12) {
            const qint64 frsize = words.at(6).toLongLong();
            const qint64 blocks = words.at(8).toLongLong();
            const qint64 available = words.at(9).toLongLong();
            const qint64 files = words.at(10).toLongLong();
            const qint64 free = words.at(11).toLongLong();
            entry.insert(QStringLiteral("size_total"), frsize * blocks);
            entry.insert(QStringLiteral("size_available"), frsize * available);
            entry.insert(QStringLiteral("block_size"), words.at(7).toLongLong());
            entry.insert(QStringLiteral("block_total"), blocks);
            entry.insert(QStringLiteral("block_available"), available);
            entry.insert(QStringLiteral("block_used"), blocks - available);
            entry.insert(QStringLiteral("inode_total"), files);
            entry.insert(QStringLiteral("inode_available"), free);
            entry.insert(QStringLiteral("inode_used"), files - free);
        }
        mounts.append(entry);
    }
    set(QStringLiteral("mounts"), mounts);

    QVariantMap prefixed;
    for (auto it = facts.cbegin(); it != facts.cend(); ++it)
        prefixed.insert(QStringLiteral("ansible_") + it.key(), it.value());
    return prefixed;
}

} // namespace antler::playbook
