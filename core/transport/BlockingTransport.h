#pragma once

#include "transport/CommandResult.h"
#include "transport/CommandSpec.h"
#include "transport/FileResult.h"
#include "transport/FileSpec.h"

namespace antler::transport {

class Transport;

// Run-and-wait calls on a transport, each spinning a local event loop until
// the job finishes. For the headless CLI's worker code and for tests ONLY:
// never use it on the GUI thread (a nested event loop there re-enters the
// GUI); the GUI connects to the jobs' finished() signals instead.
class BlockingTransport
{
public:
    explicit BlockingTransport(Transport *transport);

    // Opens the transport and waits until it is Ready or has failed.
    bool open(QString *error = nullptr);
    CommandResult run(const CommandSpec &spec);
    // Convenience: run argv without stdin.
    CommandResult run(const QList<QByteArray> &argv);
    FileResult putFile(const FileSpec &spec);
    FileResult getFile(const FileSpec &spec);
    FileResult stat(const FileSpec &spec);

    Transport *transport() const { return m_transport; }

private:
    Transport *m_transport;
};

} // namespace antler::transport
