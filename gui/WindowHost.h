#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QTranslator;

namespace antler::gui {

class MainWindow;

// Keeps the one main window of the running program: opens it on a profile
// (the last one used unless the command line names one), and opens it
// again on another profile or in another language when the user asks, so
// that every label and every stage is built afresh. Remembers the profile.
class WindowHost : public QObject
{
    Q_OBJECT

public:
    explicit WindowHost(QObject *parent = nullptr);
    ~WindowHost() override;

    // configFile: --config FILE, or empty for the last profile (or the default).
    void start(const QString &configFile);
    MainWindow *window() const { return m_window.data(); }

private:
    // buildAndDeploy: the new window builds and deploys to its first stage at once.
    void open(const QString &profile, bool remember, bool buildAndDeploy = false);
    void installLanguage();

    QPointer<MainWindow> m_window;
    QString m_profile;
    QList<QTranslator *> m_translators;
};

} // namespace antler::gui
