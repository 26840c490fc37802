#pragma once

#include "AccessLog.h"
#include "FactsStore.h"
#include "Metrics.h"
#include "Router.h"
#include "ServerOptions.h"
#include "StaticFiles.h"

#include <QAbstractHttpServer>
#include <QTimer>

namespace moosefacts {

class ConnectionGuard;
struct HttpResponse;

// The moose-facts HTTP server: QtHttpServer parses requests arriving through
// a ConnectionGuard; this class routes them, answers and keeps the metrics.
class MooseServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    MooseServer(const ServerOptions &options, FactsStore facts, QObject *parent = nullptr);

    // Listens on the configured address and port; false with *error set to one
    // sentence when that fails.
    bool start(QString *error);
    quint16 port() const;

    // Readiness turns false at once; after delayMs the listening socket
    // closes, idle connections close and finished() follows once in-flight
    // requests are answered (or after the drain deadline).
    void beginShutdown(int delayMs);
    bool isDraining() const { return m_draining; }

    // Serves a listening socket received from elsewhere too (another
    // moosefacts handing over a stage's port, see ControlSocket). The socket
    // stays shared: closing this process's copy on shutdown leaves it open
    // for the process that took it over, so the port never stops answering.
    bool adoptListener(qintptr descriptor, QString *error);
    // The socket to hand over: the last adopted one, else the own listener.
    qintptr sharedDescriptor() const;
    int openConnections() const;

    const Metrics &metrics() const { return m_metrics; }

Q_SIGNALS:
    void finished();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpResponse respond(const QHttpServerRequest &request, const RouteMatch &match, bool *headOnly);
    HttpResponse factsPage(const QHttpServerRequest &request);
    HttpResponse factById(const QByteArray &parameter);
    void applyCors(const QHttpServerRequest &request, HttpResponse *response) const;
    QByteArray versionJson() const;
    ConnectionGuard *addGuard();
    void onGuardDrained();

    ServerOptions m_options;
    FactsStore m_facts;
    StaticFiles m_static;
    Metrics m_metrics;
    AccessLog m_accessLog;
    ConnectionGuard *m_guard = nullptr; // the listener of --bind/--port
    ConnectionGuard *m_shared = nullptr; // the last adopted listener
    QList<ConnectionGuard *> m_guards;
    QByteArray m_versionJson;
    bool m_draining = false;
    QTimer m_drainDeadline;
};

} // namespace moosefacts
