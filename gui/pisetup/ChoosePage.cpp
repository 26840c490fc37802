#include "pisetup/ChoosePage.h"

#include "pisetup/PiSetupWizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace antler::gui {

ChoosePage::ChoosePage(PiSetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Choose how the Pi runs the stages"));
    setSubTitle(tr("Good defaults are filled in; change what you need. The Pi is set up as soon as you go on."));
    // Once provisioning has started its choices are what the steps did.
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Set up the Pi"));
    auto *form = new QFormLayout(this);
    m_engine = new QComboBox(this);
    m_engine->setObjectName(QStringLiteral("engine"));
    m_engine->addItem(tr("podman: containers, light on memory"), QStringLiteral("podman"));
    m_engine->addItem(tr("k3s: a small Kubernetes, needs 2 GB"), QStringLiteral("k3s"));
    m_advice = new QLabel(this);
    m_advice->setObjectName(QStringLiteral("chooseAdvice"));
    m_advice->setWordWrap(true);
    m_registryPort = new QSpinBox(this);
    m_registryPort->setObjectName(QStringLiteral("registryPort"));
    m_registryPort->setRange(1024, 65535);
    m_bundle = new QLineEdit(this);
    m_bundle->setObjectName(QStringLiteral("k3sBundle"));
    m_bundle->setPlaceholderText(
        tr("a folder with k3s's release files for the Pi: k3s-arm64, install.sh, the air-gap images (optional)"));
    form->addRow(tr("&Engine:"), m_engine);
    form->addRow(QString(), m_advice);
    form->addRow(tr("&Registry port:"), m_registryPort);
    form->addRow(tr("k3s air-gap &bundle:"), m_bundle);
    for (int i = 0; i < 3; ++i) {
        auto *name = new QLineEdit(this);
        name->setObjectName(QStringLiteral("stageName%1").arg(i));
        auto *port = new QSpinBox(this);
        port->setObjectName(QStringLiteral("stagePort%1").arg(i));
        port->setRange(1024, 65535);
        auto *row = new QHBoxLayout;
        row->addWidget(name, 1);
        row->addWidget(new QLabel(tr("port"), this));
        row->addWidget(port);
        form->addRow(tr("Stage %1:").arg(i + 1), row);
        m_stageNames << name;
        m_stagePorts << port;
    }
    // A choice that cannot work is said here, not in a dialog.
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("chooseProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(PiSetupWizard::problemStyle(palette()));
    m_problem->hide();
    form->addRow(m_problem);
    connect(m_engine, &QComboBox::currentIndexChanged, this, [this] {
        m_bundle->setEnabled(engine() == QLatin1String("k3s"));
        updateAdvice();
    });
}

void ChoosePage::initializePage()
{
    const setup::SetupPlan &plan = m_wizard->plan();
    const setup::PiFacts &facts = m_wizard->facts();
    m_recommended = facts.memoryMb > 0 ? facts.recommendedEngine() : plan.engine;
    m_memoryMb = facts.memoryMb;
    setEngine(plan.finishedSteps.isEmpty() ? m_recommended : plan.engine);
    updateAdvice();
    m_registryPort->setValue(plan.registryPort);
    m_bundle->setText(plan.k3sAirgapBundle);
    m_bundle->setEnabled(engine() == QLatin1String("k3s"));
    for (int i = 0; i < m_stageNames.size(); ++i) {
        m_stageNames[i]->setText(plan.stages.value(i).name);
        m_stagePorts[i]->setValue(plan.stages.value(i).port > 0 ? plan.stages.value(i).port : 18481 + i);
    }
}

// The advice answers the engine chosen now: the recommendation when it is
// chosen, and what the other choice means when the user picked it.
void ChoosePage::updateAdvice()
{
    const bool k3sRecommended = m_recommended == QLatin1String("k3s");
    const bool k3sChosen = engine() == QLatin1String("k3s");
    if (k3sRecommended && k3sChosen)
        m_advice->setText(
            tr("Recommended: k3s, since the Pi has %1 MB of memory and a 64-bit system.").arg(m_memoryMb));
    else if (k3sRecommended)
        m_advice->setText(tr("k3s would fit too (%1 MB of memory, a 64-bit system); podman is lighter and runs the "
                             "same three stages.")
                              .arg(m_memoryMb));
    else if (k3sChosen)
        m_advice->setText(tr("Not recommended on this Pi: k3s wants 2 GB of memory and a 64-bit system. Podman runs "
                             "the same three stages."));
    else
        m_advice->setText(tr("Recommended: podman (k3s wants 2 GB of memory and a 64-bit system)."));
}

void ChoosePage::setEngine(const QString &engine)
{
    m_engine->setCurrentIndex(qMax(0, m_engine->findData(engine)));
}

QString ChoosePage::problemText() const
{
    return m_problem->text();
}

QString ChoosePage::engine() const
{
    return m_engine->currentData().toString();
}

bool ChoosePage::validatePage()
{
    setup::SetupPlan &plan = m_wizard->plan();
    QList<setup::SetupPlan::Stage> stages;
    QSet<int> ports {m_registryPort->value()};
    for (int i = 0; i < m_stageNames.size(); ++i) {
        const QString name = m_stageNames[i]->text().trimmed();
        if (name.isEmpty())
            continue;
        if (ports.contains(m_stagePorts[i]->value())) {
            m_problem->setText(tr("Port %1 is used twice: give every stage and the registry a port of its own.")
                                   .arg(m_stagePorts[i]->value()));
            m_problem->show();
            return false;
        }
        ports.insert(m_stagePorts[i]->value());
        stages.append({name, m_stagePorts[i]->value()});
    }
    if (stages.isEmpty()) {
        m_problem->setText(tr("Name at least one stage, for example test."));
        m_problem->show();
        return false;
    }
    m_problem->hide();
    m_problem->clear();
    plan.engine = engine();
    plan.registryPort = m_registryPort->value();
    plan.k3sAirgapBundle = m_bundle->text().trimmed();
    plan.stages = stages;
    QString error;
    plan.save(&error);
    return true;
}

} // namespace antler::gui
