#pragma once

#include "AppSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QSpinBox;

namespace antler::gui {

// Preferences: how often and how strictly stages are probed, notifications
// (tray messages, a webhook with a Test button), where known SSH host keys
// are kept, where builds take their sources from, theme and language.
// Applied when the user presses OK; the window re-reads them.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);

    AppSettings settings() const;
    // Posts a test notification to the webhook field's URL; the answer
    // appears beside the button (and in webhookTestResult()).
    void testWebhook();
    QString webhookTestResult() const;

Q_SIGNALS:
    void webhookTested(bool ok, const QString &message);

private:
    AppSettings m_settings;
    QSpinBox *m_interval;
    QSpinBox *m_failures;
    QSpinBox *m_successes;
    QSpinBox *m_latency;
    QCheckBox *m_tray;
    QLineEdit *m_webhook;
    QLabel *m_webhookResult;
    QLineEdit *m_knownHosts;
    QLineEdit *m_sources;
    QComboBox *m_theme;
    QComboBox *m_language;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace antler::gui
