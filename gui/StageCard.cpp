#include "StageCard.h"

#include "Sparkline.h"
#include "pipeline/Release.h"

#include <QAction>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace antler::gui {

namespace {

// The icon repeats the state's word: an empty ring while nothing is known, a
// filled disc when up, a half-filled disc when degraded, a disc with a cross
// when down.
QPixmap stateIcon(health::HealthState state, const QPalette &palette, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal pen = qMax(1.5, size / 8.0);
    const QRectF disc(pen, pen, size - 2 * pen, size - 2 * pen);
    switch (state) {
    case health::HealthState::Unknown:
        painter.setPen(QPen(palette.color(QPalette::Disabled, QPalette::WindowText), pen));
        painter.drawEllipse(disc);
        break;
    case health::HealthState::Up:
        painter.setPen(QPen(QColor(0x2e, 0x7d, 0x32), pen));
        painter.setBrush(QColor(0x43, 0xa0, 0x47));
        painter.drawEllipse(disc);
        break;
    case health::HealthState::Degraded: {
        const QColor amber(0xef, 0x9a, 0x00);
        painter.setPen(QPen(amber, pen));
        painter.drawEllipse(disc);
        painter.setBrush(amber);
        painter.drawPie(disc, 90 * 16, 180 * 16);
        break;
    }
    case health::HealthState::Down: {
        painter.setPen(QPen(QColor(0xb7, 0x1c, 0x1c), pen));
        painter.setBrush(QColor(0xd3, 0x2f, 0x2f));
        painter.drawEllipse(disc);
        painter.setPen(QPen(Qt::white, pen));
        const qreal inset = size * 0.32;
        painter.drawLine(QPointF(inset, inset), QPointF(size - inset, size - inset));
        painter.drawLine(QPointF(size - inset, inset), QPointF(inset, size - inset));
        break;
    }
    }
    return pixmap;
}

// A one-line label that elides its text to the room it gets, so a long error
// never widens the card; the full text stays in text() and the tooltip.
class ElidedLabel : public QLabel
{
public:
    using QLabel::QLabel;

    QSize minimumSizeHint() const override { return {0, QLabel::minimumSizeHint().height()}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        const QRect area = contentsRect();
        const QString elided = fontMetrics().elidedText(text(), Qt::ElideRight, area.width());
        style()->drawItemText(&painter, area, int(alignment()), palette(), isEnabled(), elided, foregroundRole());
    }
};

QLabel *selectableLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

StageCard::StageCard(const pipeline::Stage &stage, int position, int count, QWidget *parent)
    : QFrame(parent)
    , m_stage(stage)
{
    setObjectName(QStringLiteral("stageCard"));
    setAccessibleName(tr("Stage %1").arg(stage.name()));
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setStyleSheet(QStringLiteral("QFrame#stageCard { background: palette(base); border: 1px solid "
                                 "palette(mid); border-radius: 8px; }"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 10);
    layout->setSpacing(6);

    auto *caption = new QLabel(tr("Stage %1 of %2").arg(position).arg(count), this);
    QPalette captionPalette = caption->palette();
    captionPalette.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    caption->setPalette(captionPalette);
    layout->addWidget(caption);

    auto *title = new QLabel(stage.name(), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto *stateRow = new QHBoxLayout;
    stateRow->setSpacing(6);
    m_stateIcon = new QLabel(this);
    m_stateText = new QLabel(stateName(m_state), this);
    m_stateText->setObjectName(QStringLiteral("stateText"));
    QFont stateFont = m_stateText->font();
    stateFont.setBold(true);
    m_stateText->setFont(stateFont);
    stateRow->addWidget(m_stateIcon);
    stateRow->addWidget(m_stateText, 1);
    layout->addLayout(stateRow);
    updateStateIcon();

    // Until the monitor reports, this line says so; then it holds the last error.
    m_errorLabel = new ElidedLabel(tr("Waiting for the first probe"), this);
    m_errorLabel->setObjectName(QStringLiteral("errorText"));
    m_errorLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_errorLabel);

    auto *details = new QFormLayout;
    details->setContentsMargins(0, 2, 0, 0);
    details->setHorizontalSpacing(12);
    details->setVerticalSpacing(3);
    details->setLabelAlignment(Qt::AlignLeft);
    details->addRow(tr("Runtime"), selectableLabel(stage.runtimeName(), this));
    details->addRow(tr("Address"), selectableLabel(stage.url().toString(), this));
    m_latency = new QLabel(QStringLiteral("–"), this);
    m_latency->setObjectName(QStringLiteral("latencyText"));
    m_latency->setAccessibleName(tr("Latency"));
    auto *latencyRow = new QHBoxLayout;
    latencyRow->setSpacing(8);
    latencyRow->addWidget(m_latency);
    m_sparkline = new Sparkline(this);
    m_sparkline->setObjectName(QStringLiteral("latencySparkline"));
    m_sparkline->setAccessibleName(tr("Latency of the last 15 minutes"));
    m_sparkline->setToolTip(tr("Latency of the last 15 minutes"));
    latencyRow->addWidget(m_sparkline, 1);
    details->addRow(tr("Latency"), latencyRow);
    m_uptime = new QLabel(QStringLiteral("–"), this);
    m_uptime->setObjectName(QStringLiteral("uptimeText"));
    m_uptime->setAccessibleName(tr("Uptime over 24 hours"));
    details->addRow(tr("Uptime 24 h"), m_uptime);
    m_digest = selectableLabel(tr("none yet"), this);
    m_digest->setObjectName(QStringLiteral("digestText"));
    m_digest->setAccessibleName(tr("Release"));
    details->addRow(tr("Release"), m_digest);
    m_build = new ElidedLabel(QStringLiteral("–"), this);
    m_build->setObjectName(QStringLiteral("buildText"));
    m_build->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    details->addRow(tr("Built"), m_build);
    m_deployed = new QLabel(QStringLiteral("–"), this);
    m_deployed->setObjectName(QStringLiteral("deployedText"));
    details->addRow(tr("Deployed"), m_deployed);
    layout->addLayout(details);

    // A pinned stage refuses deploys and promotions: say so, and why, where
    // the user looks before pressing a button.
    m_pinBadge = new ElidedLabel(this);
    m_pinBadge->setObjectName(QStringLiteral("pinBadge"));
    m_pinBadge->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_pinBadge->setStyleSheet(QStringLiteral("QLabel#pinBadge { background: palette(alternate-base); border: 1px "
                                             "solid palette(mid); border-radius: 4px; padding: 2px 6px; }"));
    m_pinBadge->hide();
    layout->addWidget(m_pinBadge);

    m_activity = new ElidedLabel(this);
    m_activity->setObjectName(QStringLiteral("activityText"));
    m_activity->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont activityFont = m_activity->font();
    activityFont.setItalic(true);
    m_activity->setFont(activityFont);
    m_activity->hide();
    layout->addWidget(m_activity);

    layout->addStretch(1);
    m_buttonRow = new QWidget(this);
    auto *buttons = new QHBoxLayout(m_buttonRow);
    buttons->setContentsMargins(0, 2, 0, 0);
    buttons->setSpacing(6);
    layout->addWidget(m_buttonRow);
}

QToolButton *StageCard::makeButton(QAction *action)
{
    if (!action)
        return nullptr;
    auto *button = new QToolButton(m_buttonRow);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(false);
    button->setFocusPolicy(Qt::StrongFocus);
    m_buttonRow->layout()->addWidget(button);
    return button;
}

void StageCard::setActions(QAction *deploy, QAction *promote, QAction *rollback, QAction *open,
                           const QList<QAction *> &contextActions)
{
    // Short words on the card; the actions keep their full names for menus
    // and the command palette.
    m_deployButton = makeButton(deploy);
    m_promoteButton = makeButton(promote);
    m_rollbackButton = makeButton(rollback);
    static_cast<QHBoxLayout *>(m_buttonRow->layout())->addStretch(1);
    m_openButton = makeButton(open);
    const QList<std::pair<QToolButton *, QString>> labels {
        {m_deployButton, tr("Deploy")},
        {m_promoteButton, tr("Promote →")},
        {m_rollbackButton, tr("Rollback")},
        {m_openButton, tr("Open")},
    };
    // Named copies, not a structured binding: clang before 16 cannot
    // capture a binding in a lambda.
    for (const auto &entry : labels) {
        QToolButton *button = entry.first;
        const QString &label = entry.second;
        if (!button)
            continue;
        // A tool button takes its text from its action on every change;
        // keep the short word and the action's full name for screen readers.
        button->setAccessibleName(button->defaultAction()->text().remove(QLatin1Char('&')));
        button->setText(label);
        connect(button->defaultAction(), &QAction::changed, button, [button, label] { button->setText(label); });
    }
    for (QAction *action : contextActions) {
        if (action)
            addAction(action);
    }
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

void StageCard::setRelease(const Release &release)
{
    m_release = release;
    if (release.digest.isEmpty()) {
        m_digest->setText(tr("none yet"));
        m_digest->setToolTip(QString());
        m_build->setText(QStringLiteral("–"));
        m_deployed->setText(QStringLiteral("–"));
    } else {
        m_digest->setText(pipeline::Release::shortDigest(release.digest));
        m_digest->setToolTip(release.digest);
        QStringList build;
        if (release.buildNumber > 0)
            build.append(tr("build %1").arg(release.buildNumber));
        if (release.builtAt.isValid())
            build.append(QLocale().toString(release.builtAt.toLocalTime(), QLocale::ShortFormat));
        if (!release.sourceCommit.isEmpty())
            build.append(tr("commit %1").arg(release.sourceCommit.left(10)));
        m_build->setText(build.isEmpty() ? QStringLiteral("–") : build.join(QStringLiteral(" · ")));
        m_build->setToolTip(m_build->text());
        m_deployed->setText(release.deployedAt.isValid()
                                ? QLocale().toString(release.deployedAt.toLocalTime(), QLocale::ShortFormat)
                                : QStringLiteral("–"));
    }
    m_pinBadge->setVisible(release.pinned);
    m_pinBadge->setText(pinText());
    m_pinBadge->setToolTip(pinText());
    m_pinBadge->setAccessibleName(pinText());
}

void StageCard::setTrend(const QList<QPointF> &latency, std::optional<double> uptime24h)
{
    m_sparkline->setPoints(latency);
    m_uptime->setText(uptime24h ? tr("%1 %").arg(QLocale().toString(*uptime24h, 'f', 2)) : QStringLiteral("–"));
}

QString StageCard::uptimeText() const
{
    return m_uptime->text();
}

QString StageCard::digestText() const
{
    return m_digest->text();
}

QString StageCard::pinText() const
{
    if (!m_release.pinned)
        return {};
    return m_release.pinReason.isEmpty() ? tr("Pinned") : tr("Pinned: %1").arg(m_release.pinReason);
}

void StageCard::setActivity(const QString &text)
{
    m_activity->setText(text);
    m_activity->setToolTip(text);
    m_activity->setVisible(!text.isEmpty());
}

QString StageCard::activityText() const
{
    return m_activity->text();
}

QString StageCard::stateText() const
{
    return m_stateText->text();
}

QString StageCard::latencyText() const
{
    return m_latency->text();
}

QString StageCard::stateName(health::HealthState state)
{
    switch (state) {
    case health::HealthState::Unknown:
        return tr("Unknown");
    case health::HealthState::Up:
        return tr("Up");
    case health::HealthState::Degraded:
        return tr("Degraded");
    case health::HealthState::Down:
        return tr("Down");
    }
    return {};
}

void StageCard::setHealth(health::HealthState state, std::optional<double> latencyMs, const QString &error)
{
    if (state != m_state) {
        m_state = state;
        m_stateText->setText(stateName(state));
        updateStateIcon();
    }
    m_latency->setText(latencyMs ? tr("%1 ms").arg(QLocale().toString(*latencyMs, 'f', 0)) : QStringLiteral("–"));
    m_error = error;
    m_errorLabel->setText(error);
    m_errorLabel->setToolTip(error);
}

void StageCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        updateStateIcon();
    QFrame::changeEvent(event);
}

void StageCard::updateStateIcon()
{
    if (!m_stateIcon)
        return;
    const int iconSize = fontMetrics().height() - 2;
    m_stateIcon->setPixmap(stateIcon(m_state, palette(), iconSize, devicePixelRatioF()));
    m_stateIcon->setAccessibleName(stateName(m_state));
}

} // namespace antler::gui
