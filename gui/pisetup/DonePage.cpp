#include "pisetup/DonePage.h"

#include "pisetup/PiSetupWizard.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace antler::gui {

DonePage::DonePage(PiSetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("The Pi is ready"));
    setSubTitle(tr("Every step has finished; the Pi is now the target of a profile of its own."));
    setFinalPage(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("doneSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_deploy = new QPushButton(tr("&Build and deploy to %1"), this);
    m_deploy->setObjectName(QStringLiteral("buildAndDeploy"));
    connect(m_deploy, &QPushButton::clicked, this, [this] {
        Q_EMIT m_wizard->buildAndDeployRequested(m_wizard->profilePath());
        m_wizard->accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(12);
    layout->addWidget(m_deploy, 0, Qt::AlignLeft);
    layout->addStretch();
}

void DonePage::initializePage()
{
    const setup::SetupPlan &plan = m_wizard->plan();
    QString error;
    QString name = plan.host;
    name.replace(QLatin1Char('/'), QLatin1Char('_'));
    const QString path = plan.writeProfile(m_wizard->profilesDir(), name, &error);
    m_wizard->setProfilePath(path);
    QStringList stages;
    for (const setup::SetupPlan::Stage &stage : plan.stages)
        stages << tr("%1 (port %2)").arg(stage.name).arg(stage.port);
    QString text = tr("<p>%1 now has:</p><ul><li>the memory cgroup controller on</li><li>%2 as its container "
                      "engine</li><li>an image registry on port %3</li><li>the build tools</li><li>the stages %4</li>"
                      "</ul>")
                       .arg(plan.host.toHtmlEscaped(), plan.engine, QString::number(plan.registryPort),
                            stages.join(QLatin1String(", ")).toHtmlEscaped());
    if (path.isEmpty())
        text += tr("<p><b>The profile could not be written:</b> %1</p>").arg(error.toHtmlEscaped());
    else
        text += tr("<p>The new profile <tt>%1</tt> opens in the window when you click Finish.</p>")
                    .arg(path.toHtmlEscaped());
    m_summary->setText(text);
    m_deploy->setText(tr("&Build and deploy to %1").arg(plan.stages.value(0).name));
    m_deploy->setEnabled(!path.isEmpty());
    if (!path.isEmpty())
        Q_EMIT m_wizard->profileCreated(path);
}

QString DonePage::summaryText() const
{
    return m_summary->text();
}

} // namespace antler::gui
