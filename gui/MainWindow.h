#pragma once

#include "pipeline/PipelineConfig.h"

#include <QList>
#include <QMainWindow>

namespace antler::gui {

class StageCard;

// The control panel: which profile is active and the stages of its pipeline,
// test -> staging -> production, as cards in promotion order.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // configProblem: why the configuration the user asked for could not be
    // used (config then holds the fallback); shown above the pipeline.
    explicit MainWindow(const pipeline::PipelineConfig &config, const QString &configProblem = {},
                        QWidget *parent = nullptr);

    const QList<StageCard *> &stageCards() const { return m_stageCards; }
    QString profileTitle() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    QSize minimumSizeForText() const;
    void createMenus();
    QWidget *createHeader();
    QWidget *createProblemBanner(const QString &problem);
    QWidget *createPipeline();
    void showAbout();

    pipeline::PipelineConfig m_config;
    QList<StageCard *> m_stageCards;
};

} // namespace antler::gui
