#pragma once

#include "transport/FileResult.h"
#include "transport/FileSpec.h"

#include <QObject>

#include <functional>

namespace antler::transport {

// A running file operation (put, get or stat), returned by the transport.
// Same rules as CommandJob: it lives on the transport's thread, finished()
// is emitted exactly once, and the job deletes itself afterwards unless
// setAutoDelete(false) was called; deleting an unfinished job cancels it.
class FileJob : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Put, Get, Stat };
    Q_ENUM(Kind)

    FileJob(Kind kind, const FileSpec &spec, const QString &hostName, QObject *parent = nullptr);
    ~FileJob() override;

    Kind kind() const { return m_kind; }
    const FileSpec &spec() const { return m_spec; }
    QString hostName() const { return m_hostName; }
    bool isFinished() const { return m_finished; }
    FileResult result() const { return m_result; }

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool autoDelete() const { return m_autoDelete; }

    void cancel();

    // For transport implementations only.
    void setCancelHandler(std::function<void()> handler) { m_cancelHandler = std::move(handler); }
    void complete(const FileResult &result);

Q_SIGNALS:
    void finished(const antler::transport::FileResult &result);

private:
    Kind m_kind;
    FileSpec m_spec;
    QString m_hostName;
    FileResult m_result;
    std::function<void()> m_cancelHandler;
    bool m_finished = false;
    bool m_autoDelete = true;
};

} // namespace antler::transport
