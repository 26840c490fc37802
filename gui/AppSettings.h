#pragma once

#include "health/HealthSettings.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace antler::gui {

// The window's preferences, kept with QSettings (~/.config/antler/antler.conf):
// what the Settings dialog edits and what the window reads when it starts.
struct AppSettings
{
    enum class Theme { System, Light, Dark };

    int probeIntervalSeconds = 5;
    int failuresToDown = 3;
    int successesToUp = 2;
    int degradedLatencyMs = 1000;
    bool trayNotifications = true;
    QUrl webhookUrl; // empty: the profile's notifications.webhook, if any
    QString knownHostsPath; // empty: ~/.ssh/known_hosts
    Theme theme = Theme::System;
    QString language; // empty: the system's; else "en", "de", "fr", "sv", "nb"
    QStringList recentProfiles; // newest first; "" is the built-in Local profile
    QString lastProfile; // "" is the built-in Local profile
    QString buildSourceTree; // empty: the sources Antler was built with

    static AppSettings load();
    void save() const;
    // Makes the settings file the user's alone before anything is written
    // to it: the folder 0700, the file 0600 (QSettings writes through
    // QSaveFile, which keeps an existing file's mode). They hold the webhook
    // URL with its token. Moves settings an older Antler kept under
    // "Unknown Organization" to where they belong. Needs the application's
    // and organization's names set (Launcher::describeApplication).
    static void protectStore();
    // Remembers profile at the top of recentProfiles and as lastProfile.
    void rememberProfile(const QString &profile);
    // Health settings with this interval and these thresholds.
    health::HealthSettings healthSettings() const;
    // The languages Antler ships, as codes ("en" first).
    static QStringList shippedLanguages();
    static QString themeName(Theme theme);

    // The playbook and inventory pairs last run from the Playbooks view,
    // newest first, kept per profile (the profile's path; "" is Local).
    struct PlaybookPair
    {
        QString playbook;
        QString inventory;
    };
    static QList<PlaybookPair> recentPlaybooks(const QString &profile);
    static void rememberPlaybook(const QString &profile, const PlaybookPair &pair);
    static Theme themeFromName(const QString &name);
};

} // namespace antler::gui
