#include "AppSettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace antler::gui {

namespace {

constexpr int MaxRecentProfiles = 8;

} // namespace

AppSettings AppSettings::load()
{
    QSettings store;
    AppSettings settings;
    settings.probeIntervalSeconds = qBound(1, store.value(QStringLiteral("health/intervalSeconds"), 5).toInt(), 3600);
    settings.failuresToDown = qBound(1, store.value(QStringLiteral("health/failuresToDown"), 3).toInt(), 100);
    settings.successesToUp = qBound(1, store.value(QStringLiteral("health/successesToUp"), 2).toInt(), 100);
    settings.degradedLatencyMs
        = qBound(0, store.value(QStringLiteral("health/degradedLatencyMs"), 1000).toInt(), 600000);
    settings.trayNotifications = store.value(QStringLiteral("notifications/tray"), true).toBool();
    settings.webhookUrl = QUrl(store.value(QStringLiteral("notifications/webhook")).toString());
    settings.knownHostsPath = store.value(QStringLiteral("ssh/knownHosts")).toString();
    settings.theme = themeFromName(store.value(QStringLiteral("appearance/theme")).toString());
    settings.language = store.value(QStringLiteral("appearance/language")).toString();
    if (!settings.language.isEmpty() && !shippedLanguages().contains(settings.language))
        settings.language.clear();
    settings.recentProfiles = store.value(QStringLiteral("profiles/recent")).toStringList();
    settings.lastProfile = store.value(QStringLiteral("profiles/last")).toString();
    settings.buildSourceTree = store.value(QStringLiteral("build/sourceTree")).toString();
    return settings;
}

void AppSettings::save() const
{
    QSettings store;
    store.setValue(QStringLiteral("health/intervalSeconds"), probeIntervalSeconds);
    store.setValue(QStringLiteral("health/failuresToDown"), failuresToDown);
    store.setValue(QStringLiteral("health/successesToUp"), successesToUp);
    store.setValue(QStringLiteral("health/degradedLatencyMs"), degradedLatencyMs);
    store.setValue(QStringLiteral("notifications/tray"), trayNotifications);
    store.setValue(QStringLiteral("notifications/webhook"), webhookUrl.toString());
    store.setValue(QStringLiteral("ssh/knownHosts"), knownHostsPath);
    store.setValue(QStringLiteral("appearance/theme"), themeName(theme));
    store.setValue(QStringLiteral("appearance/language"), language);
    store.setValue(QStringLiteral("profiles/recent"), recentProfiles);
    store.setValue(QStringLiteral("profiles/last"), lastProfile);
    store.setValue(QStringLiteral("build/sourceTree"), buildSourceTree);
}

void AppSettings::protectStore()
{
    const QString path = QSettings().fileName();
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return; // QSettings will say nothing either; the window still opens
    // The folder is antler's own (~/.config/antler, beside antler.yaml).
    ::chmod(QFile::encodeName(folder).constData(), 0700);
    // Before the organization's name was set, QSettings used this one.
    const QString old
        = QFileInfo(folder).absolutePath() + QStringLiteral("/Unknown Organization/") + QFileInfo(path).fileName();
    if (!QFileInfo::exists(path) && QFileInfo::exists(old))
        QFile::rename(old, path);
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd >= 0) {
        ::fchmod(fd, 0600);
        ::close(fd);
    }
}

void AppSettings::rememberProfile(const QString &profile)
{
    recentProfiles.removeAll(profile);
    recentProfiles.prepend(profile);
    while (recentProfiles.size() > MaxRecentProfiles)
        recentProfiles.removeLast();
    lastProfile = profile;
}

health::HealthSettings AppSettings::healthSettings() const
{
    health::HealthSettings settings;
    settings.probes = health::ProbeSpec::defaults(probeIntervalSeconds * 1000);
    settings.thresholds.failuresToDown = failuresToDown;
    settings.thresholds.successesToUp = successesToUp;
    settings.thresholds.degradedLatencyMs = degradedLatencyMs;
    return settings;
}

QStringList AppSettings::shippedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("sv"),
            QStringLiteral("nb")};
}

QString AppSettings::themeName(Theme theme)
{
    switch (theme) {
    case Theme::System:
        return QStringLiteral("system");
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    }
    return {};
}

AppSettings::Theme AppSettings::themeFromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return Theme::Light;
    if (name == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

namespace {

QString playbooksKey(const QString &profile)
{
    // QSettings keys cannot hold slashes as data: the profile's path is hashed.
    return QStringLiteral("playbooks/recent-")
        + QString::fromLatin1(QCryptographicHash::hash(profile.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace

QList<AppSettings::PlaybookPair> AppSettings::recentPlaybooks(const QString &profile)
{
    QList<PlaybookPair> pairs;
    const QStringList stored = QSettings().value(playbooksKey(profile)).toStringList();
    for (const QString &entry : stored) {
        const QStringList parts = entry.split(QLatin1Char('\n'));
        pairs.append(PlaybookPair {parts.value(0), parts.value(1)});
    }
    return pairs;
}

void AppSettings::rememberPlaybook(const QString &profile, const PlaybookPair &pair)
{
    const QString entry = pair.playbook + QLatin1Char('\n') + pair.inventory;
    QSettings store;
    QStringList stored = store.value(playbooksKey(profile)).toStringList();
    stored.removeAll(entry);
    stored.prepend(entry);
    while (stored.size() > 10)
        stored.removeLast();
    store.setValue(playbooksKey(profile), stored);
}

} // namespace antler::gui
