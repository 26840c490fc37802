#include "SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <functional>

namespace antler::gui {

namespace {

QSpinBox *spinBox(int minimum, int maximum, int value, const QString &suffix, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setValue(value);
    box->setSuffix(suffix);
    return box;
}

QWidget *withBrowse(QLineEdit *edit, const std::function<void()> &browse, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto *button = new QPushButton(SettingsDialog::tr("Browse…"), row);
    button->setAccessibleName(SettingsDialog::tr("Browse for %1").arg(edit->accessibleName()));
    QObject::connect(button, &QPushButton::clicked, row, browse);
    layout->addWidget(button);
    return row;
}

} // namespace

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);

    auto *health = new QGroupBox(tr("Health checks"), this);
    auto *healthForm = new QFormLayout(health);
    m_interval = spinBox(1, 3600, settings.probeIntervalSeconds, tr(" s"), health);
    m_interval->setObjectName(QStringLiteral("probeInterval"));
    healthForm->addRow(tr("&Probe every:"), m_interval);
    m_failures = spinBox(1, 100, settings.failuresToDown, QString(), health);
    healthForm->addRow(tr("Do&wn after failures in a row:"), m_failures);
    m_successes = spinBox(1, 100, settings.successesToUp, QString(), health);
    healthForm->addRow(tr("&Up after successes in a row:"), m_successes);
    m_latency = spinBox(0, 600000, settings.degradedLatencyMs, tr(" ms"), health);
    m_latency->setSpecialValueText(tr("never"));
    healthForm->addRow(tr("&Degraded when slower than:"), m_latency);
    layout->addWidget(health);

    auto *notifications = new QGroupBox(tr("Notifications"), this);
    auto *notificationForm = new QFormLayout(notifications);
    m_tray
        = new QCheckBox(tr("Show a desktop &notification when a stage goes down or an operation ends"), notifications);
    m_tray->setChecked(settings.trayNotifications);
    notificationForm->addRow(m_tray);
    m_webhook = new QLineEdit(settings.webhookUrl.toString(), notifications);
    m_webhook->setObjectName(QStringLiteral("webhookUrl"));
    m_webhook->setAccessibleName(tr("Webhook URL"));
    m_webhook->setPlaceholderText(tr("https://chat.example/hooks/… (empty: the profile’s, if any)"));
    auto *webhookRow = new QWidget(notifications);
    auto *webhookLayout = new QHBoxLayout(webhookRow);
    webhookLayout->setContentsMargins(0, 0, 0, 0);
    webhookLayout->addWidget(m_webhook, 1);
    auto *test = new QPushButton(tr("&Test"), webhookRow);
    test->setObjectName(QStringLiteral("testWebhook"));
    test->setAccessibleName(tr("Send a test notification to the webhook"));
    connect(test, &QPushButton::clicked, this, &SettingsDialog::testWebhook);
    webhookLayout->addWidget(test);
    notificationForm->addRow(tr("&Webhook:"), webhookRow);
    m_webhookResult = new QLabel(notifications);
    m_webhookResult->setObjectName(QStringLiteral("webhookResult"));
    m_webhookResult->setWordWrap(true);
    notificationForm->addRow(QString(), m_webhookResult);
    layout->addWidget(notifications);

    auto *paths = new QGroupBox(tr("Hosts and builds"), this);
    auto *pathForm = new QFormLayout(paths);
    m_knownHosts = new QLineEdit(settings.knownHostsPath, paths);
    m_knownHosts->setAccessibleName(tr("known_hosts file"));
    m_knownHosts->setPlaceholderText(QDir::homePath() + QStringLiteral("/.ssh/known_hosts"));
    pathForm->addRow(tr("&known_hosts file:"),
                     withBrowse(
                         m_knownHosts,
                         [this] {
                             const QString file
                                 = QFileDialog::getOpenFileName(this, tr("known_hosts file"), m_knownHosts->text());
                             if (!file.isEmpty())
                                 m_knownHosts->setText(file);
                         },
                         paths));
    m_sources = new QLineEdit(settings.buildSourceTree, paths);
    m_sources->setObjectName(QStringLiteral("buildSources"));
    m_sources->setAccessibleName(tr("Build sources"));
    m_sources->setPlaceholderText(tr("the sources Antler was built with"));
    m_sources->setToolTip(tr("A checkout of Antler whose frontend and facts the Build command uses, e.g. to "
                             "promote an edited fact."));
    pathForm->addRow(tr("&Build from:"),
                     withBrowse(
                         m_sources,
                         [this] {
                             const QString folder
                                 = QFileDialog::getExistingDirectory(this, tr("Build sources"), m_sources->text());
                             if (!folder.isEmpty())
                                 m_sources->setText(folder);
                         },
                         paths));
    layout->addWidget(paths);

    auto *appearance = new QGroupBox(tr("Appearance"), this);
    auto *appearanceForm = new QFormLayout(appearance);
    m_theme = new QComboBox(appearance);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("Follow the system"), AppSettings::themeName(AppSettings::Theme::System));
    m_theme->addItem(tr("Light"), AppSettings::themeName(AppSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), AppSettings::themeName(AppSettings::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(AppSettings::themeName(settings.theme)));
    appearanceForm->addRow(tr("T&heme:"), m_theme);
    m_language = new QComboBox(appearance);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("The system’s language"), QString());
    for (const QString &code : AppSettings::shippedLanguages()) {
        const QLocale locale(code);
        // Each language in its own words, so a user who cannot read the
        // current one still finds theirs.
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        m_language->addItem(name, code);
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language)));
    appearanceForm->addRow(tr("&Language:"), m_language);
    layout->addWidget(appearance);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings settings = m_settings;
    settings.probeIntervalSeconds = m_interval->value();
    settings.failuresToDown = m_failures->value();
    settings.successesToUp = m_successes->value();
    settings.degradedLatencyMs = m_latency->value();
    settings.trayNotifications = m_tray->isChecked();
    settings.webhookUrl = QUrl(m_webhook->text().trimmed());
    settings.knownHostsPath = m_knownHosts->text().trimmed();
    settings.buildSourceTree = m_sources->text().trimmed();
    settings.theme = AppSettings::themeFromName(m_theme->currentData().toString());
    settings.language = m_language->currentData().toString();
    return settings;
}

QString SettingsDialog::webhookTestResult() const
{
    return m_webhookResult->text();
}

void SettingsDialog::testWebhook()
{
    const QUrl url(m_webhook->text().trimmed());
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        const QString message
            = tr("“%1” is not an http or https URL; enter the webhook’s full address.").arg(m_webhook->text());
        m_webhookResult->setText(message);
        Q_EMIT webhookTested(false, message);
        return;
    }
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(10000);
    const QJsonObject body {{QStringLiteral("text"), tr("Antler test notification: the webhook works.")},
                            {QStringLiteral("test"), true}};
    m_webhookResult->setText(tr("Sending…"));
    QNetworkReply *reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool ok = reply->error() == QNetworkReply::NoError && status >= 200 && status < 300;
        const QString message = ok ? tr("%1 answered %2: the webhook works.").arg(url.host()).arg(status)
                                   : tr("The test notification to %1 failed: %2. Check the URL and that the "
                                        "service is reachable.")
                                         .arg(url.host(), reply->errorString());
        m_webhookResult->setText(message);
        Q_EMIT webhookTested(ok, message);
    });
}

} // namespace antler::gui
