#pragma once

#include <QObject>
#include <QString>
#include <QTextStream>
#include <QVariantMap>

#include <functional>
#include <memory>

namespace antler::playbook {
class Runner;
struct PlaybookEvent;
} // namespace antler::playbook

namespace antler::transport {
struct SecretRequest;
} // namespace antler::transport

namespace antler::setup {

// One playbook run against one inventory, for a front end that shows its log
// live (the setup wizard): the log is the text ansible-playbook would print,
// one line at a time through line(). Asynchronous; finished() once.
class PlaybookRun : public QObject
{
    Q_OBJECT

public:
    // playbookPath may be a Qt resource (":/playbooks/pi-facts.yml").
    PlaybookRun(const QString &playbookPath, const QByteArray &inventoryIni, const QVariantMap &extraVariables,
                QObject *parent = nullptr);
    ~PlaybookRun() override;

    // known_hosts for the run's SSH connections (empty: ~/.ssh/known_hosts).
    void setKnownHostsFile(const QString &path) { m_knownHostsFile = path; }
    // Asked for a secret the inventory leaves out, a key file's passphrase above all
    // (ConnectionSettings::secretProvider, e.g. SecretQuestions::provider()); none: such a login fails.
    void setSecretProvider(std::function<bool(const transport::SecretRequest &, QString *)> provider)
    {
        m_secretProvider = std::move(provider);
    }

    // Parses and starts; a playbook or inventory error ends the run at once
    // (finished() with exit code 3 and the error in failureText()).
    void start();
    void cancel();
    bool isFinished() const { return m_finished; }
    int exitCode() const { return m_exitCode; }
    // The whole log so far.
    QString log() const { return m_log; }
    // The message of the last failed task ("" when none failed).
    QString failureText() const { return m_failure; }
    // What a task registered with set_fact/debug printed: the value of a
    // debug var (e.g. "pi_facts") as JSON text, "" when not printed.
    QString debugVariable(const QString &name) const { return m_debugVariables.value(name); }
    // Counted from the results: tasks done so far, and how many changed.
    int tasksDone() const { return m_tasksDone; }
    int tasksChanged() const { return m_tasksChanged; }
    // The task running now ("" between tasks).
    QString currentTask() const { return m_currentTask; }

Q_SIGNALS:
    void line(const QString &text);
    void taskStarted(const QString &name, const QString &module);
    void finished(int exitCode);

private:
    void onEvent(const playbook::PlaybookEvent &event);
    void flushOutput();
    void finish(int exitCode);

    QString m_playbookPath;
    QByteArray m_inventory;
    QVariantMap m_extraVariables;
    QString m_knownHostsFile;
    std::function<bool(const transport::SecretRequest &, QString *)> m_secretProvider;
    std::unique_ptr<playbook::Runner> m_runner;
    QString m_buffer;
    std::unique_ptr<QTextStream> m_stream;
    QString m_log;
    QString m_failure;
    QString m_currentTask;
    QHash<QString, QString> m_debugVariables;
    int m_tasksDone = 0;
    int m_tasksChanged = 0;
    int m_exitCode = -1;
    bool m_finished = false;
};

} // namespace antler::setup
