#include "transport/FileJob.h"

namespace antler::transport {

FileJob::FileJob(Kind kind, const FileSpec &spec, const QString &hostName, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_spec(spec)
    , m_hostName(hostName)
{
}

FileJob::~FileJob()
{
    if (!m_finished && m_cancelHandler)
        m_cancelHandler();
}

void FileJob::cancel()
{
    if (!m_finished && m_cancelHandler)
        m_cancelHandler();
}

void FileJob::complete(const FileResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_cancelHandler = nullptr;
    m_result = result;
    Q_EMIT finished(m_result);
    if (m_autoDelete)
        deleteLater();
}

} // namespace antler::transport
