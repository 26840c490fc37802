#include "FreePort.h"

#include <QMutex>
#include <QSet>
#include <QTcpServer>

namespace antler::test {

quint16 freeLoopbackPort()
{
    // The kernel may hand out a port again as soon as the probe closes it:
    // a test asking for three ports once got the same one twice. A port is
    // given once per process.
    static QMutex mutex;
    static QSet<quint16> given;
    const QMutexLocker lock(&mutex);
    for (int attempt = 0; attempt < 100; ++attempt) {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return 0;
        const quint16 port = probe.serverPort();
        if (!given.contains(port)) {
            given.insert(port);
            return port;
        }
    }
    return 0;
}

} // namespace antler::test
