#include "transport/BlockingTransport.h"

#include "transport/Transport.h"

#include <QEventLoop>

namespace antler::transport {

BlockingTransport::BlockingTransport(Transport *transport)
    : m_transport(transport)
{
}

bool BlockingTransport::open(QString *error)
{
    if (m_transport->state() != Transport::State::Ready) {
        QEventLoop loop;
        QObject::connect(m_transport, &Transport::opened, &loop, &QEventLoop::quit);
        QObject::connect(m_transport, &Transport::failed, &loop, &QEventLoop::quit);
        m_transport->open();
        if (m_transport->state() == Transport::State::Connecting)
            loop.exec();
    }
    const bool ok = m_transport->state() == Transport::State::Ready;
    if (!ok && error)
        *error = m_transport->lastError();
    return ok;
}

CommandResult BlockingTransport::run(const CommandSpec &spec)
{
    CommandJob *job = m_transport->run(spec);
    job->setAutoDelete(false);
    if (!job->isFinished()) {
        QEventLoop loop;
        QObject::connect(job, &CommandJob::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const CommandResult result = job->result();
    delete job;
    return result;
}

CommandResult BlockingTransport::run(const QList<QByteArray> &argv)
{
    CommandSpec spec;
    spec.argv = argv;
    return run(spec);
}

namespace {

FileResult wait(FileJob *job)
{
    job->setAutoDelete(false);
    if (!job->isFinished()) {
        QEventLoop loop;
        QObject::connect(job, &FileJob::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const FileResult result = job->result();
    delete job;
    return result;
}

} // namespace

FileResult BlockingTransport::putFile(const FileSpec &spec)
{
    return wait(m_transport->putFile(spec));
}

FileResult BlockingTransport::getFile(const FileSpec &spec)
{
    return wait(m_transport->getFile(spec));
}

FileResult BlockingTransport::stat(const FileSpec &spec)
{
    return wait(m_transport->stat(spec));
}

} // namespace antler::transport
