#include "MooseServer.h"

#include "ConnectionGuard.h"
#include "HttpLog.h"
#include "HttpResponse.h"
#include "ServerConnection.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QUrlQuery>

#include <antler/BuildInfo.h>

namespace moosefacts {

namespace {

enum MethodIndex { Get, Head, Post, Put, Delete, Options, Patch, Other };

const QList<QByteArray> &methodNames()
{
    static const QList<QByteArray> names {"GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "OTHER"};
    return names;
}

MethodIndex methodIndex(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return Get;
    case QHttpServerRequest::Method::Head:
        return Head;
    case QHttpServerRequest::Method::Post:
        return Post;
    case QHttpServerRequest::Method::Put:
        return Put;
    case QHttpServerRequest::Method::Delete:
        return Delete;
    case QHttpServerRequest::Method::Options:
        return Options;
    case QHttpServerRequest::Method::Patch:
        return Patch;
    default:
        return Other;
    }
}

// Drain must finish within 5 s of SIGTERM; leave room for process exit.
constexpr int drainDeadlineMs = 4500;

} // namespace

MooseServer::MooseServer(const ServerOptions &options, FactsStore facts, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_facts(std::move(facts))
    , m_metrics(methodNames(), Router::labels(), antler::buildinfo::version, antler::buildinfo::gitCommit)
{
    m_accessLog.setEnabled(options.accessLog);
    m_versionJson = versionJson();
    m_drainDeadline.setSingleShot(true);
    connect(&m_drainDeadline, &QTimer::timeout, this, &MooseServer::finished);
}

QByteArray MooseServer::versionJson() const
{
    QJsonObject o {
        {QStringLiteral("name"), QStringLiteral("moosefacts")},
        {QStringLiteral("version"), QLatin1String(antler::buildinfo::version)},
        {QStringLiteral("commit"), QLatin1String(antler::buildinfo::gitCommit)},
        {QStringLiteral("build_time"), QLatin1String(antler::buildinfo::buildTime)},
        {QStringLiteral("qt"), QLatin1String(qVersion())},
        {QStringLiteral("stage"), m_options.stage.isEmpty() ? QJsonValue() : QJsonValue(m_options.stage)},
        {QStringLiteral("image_digest"),
         m_options.imageDigest.isEmpty() ? QJsonValue() : QJsonValue(m_options.imageDigest)},
        {QStringLiteral("facts"), m_facts.size()},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

bool MooseServer::start(QString *error)
{
    if (!m_options.staticDir.isEmpty() && !m_static.setRoot(m_options.staticDir, error))
        return false;
    m_guard = addGuard();
    if (!m_guard->listen(m_options.bindAddress, m_options.port)) {
        *error = QStringLiteral("Cannot listen on %1:%2: %3; pick another --port or --bind.")
                     .arg(m_options.bindAddress.toString())
                     .arg(m_options.port)
                     .arg(m_guard->errorString());
        return false;
    }
    bind(m_guard);
    qCDebug(lcHttp) << "listening on" << m_options.bindAddress.toString() << "port" << port();
    return true;
}

quint16 MooseServer::port() const
{
    return m_guard ? m_guard->serverPort() : 0;
}

ConnectionGuard *MooseServer::addGuard()
{
    auto *guard = new ConnectionGuard(m_options.limits, this);
    connect(guard, &ConnectionGuard::drained, this, &MooseServer::onGuardDrained);
    connect(guard, &ConnectionGuard::requestRejected, this, [this](int status) { m_metrics.countRejected(status); });
    m_guards.append(guard);
    return guard;
}

void MooseServer::onGuardDrained()
{
    for (ConnectionGuard *guard : std::as_const(m_guards)) {
        if (!guard->isDraining())
            return;
    }
    // Every guard reports drained only once all its requests are answered;
    // ask each again, since one guard's signal says nothing of the others.
    for (ConnectionGuard *guard : std::as_const(m_guards)) {
        if (!guard->isIdle())
            return;
    }
    qCDebug(lcHttp) << "drained: every request answered";
    Q_EMIT finished();
}

bool MooseServer::adoptListener(qintptr descriptor, QString *error)
{
    if (m_draining) {
        *error = QStringLiteral("the server is shutting down");
        return false;
    }
    ConnectionGuard *guard = addGuard();
    if (!guard->setSocketDescriptor(descriptor)) {
        *error = QStringLiteral("the descriptor is not a listening TCP socket: %1").arg(guard->errorString());
        m_guards.removeOne(guard);
        delete guard;
        return false;
    }
    bind(guard);
    m_shared = guard;
    qCDebug(lcHttp) << "adopted a handed-over listening socket, port" << guard->serverPort();
    return true;
}

qintptr MooseServer::sharedDescriptor() const
{
    const ConnectionGuard *guard = m_shared ? m_shared : m_guard;
    return guard ? guard->socketDescriptor() : -1;
}

int MooseServer::openConnections() const
{
    int open = 0;
    for (const ConnectionGuard *guard : m_guards)
        open += guard->openConnections();
    return open;
}

void MooseServer::beginShutdown(int delayMs)
{
    if (m_draining)
        return;
    m_draining = true;
    qCDebug(lcHttp) << "draining in" << delayMs << "ms:" << openConnections() << "connections open";
    m_drainDeadline.start(drainDeadlineMs);
    QTimer::singleShot(delayMs, this, [this] {
        if (m_guards.isEmpty()) {
            Q_EMIT finished();
            return;
        }
        for (ConnectionGuard *guard : std::as_const(m_guards))
            guard->drain();
    });
}

bool MooseServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    auto *connection = qobject_cast<ServerConnection *>(socket);
    const bool clientKeepAlive = connection ? connection->beginResponse() : false;

    const QByteArray path = request.url().path(QUrl::FullyEncoded).toUtf8();
    const RouteMatch match = Router::match(path, m_static.isEnabled());
    bool headOnly = false;
    HttpResponse response = respond(request, match, &headOnly);
    applyCors(request, &response);
    const int method = methodIndex(request.method());
    // Only the access log needs these; skip the work when it is off.
    const bool logging = m_accessLog.isEnabled();
    QByteArray remote = logging ? request.remoteAddress().toString().toLatin1() : QByteArray();
    QByteArray userAgent = logging ? request.value(QByteArrayLiteral("User-Agent")) : QByteArray();

    auto finish = [this, connection, socket, response = std::move(response), clientKeepAlive, headOnly, timer, method,
                   match, path, remote = std::move(remote), userAgent = std::move(userAgent)] {
        // Decided at write time: a drain that began meanwhile closes this one too.
        const bool keepAlive = clientKeepAlive && !m_draining;
        const QByteArray bytes = response.serialize(keepAlive, headOnly);
        socket->write(bytes);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        m_metrics.observe(method, int(match.route), response.status, seconds);
        if (!remote.isEmpty())
            m_accessLog.write(
                {remote, methodNames().at(method), path, response.status, bytes.size(), seconds, userAgent});
        if (connection)
            connection->endResponse(keepAlive);
        else if (!keepAlive)
            socket->disconnectFromHost();
        if (m_draining) {
            for (ConnectionGuard *guard : std::as_const(m_guards))
                guard->checkDrained();
        }
    };
    if (m_options.responseDelayMs > 0)
        QTimer::singleShot(m_options.responseDelayMs, socket, finish);
    else
        finish();
    return true;
}

void MooseServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    socket->write(HttpResponse::error(500, QStringLiteral("The request was not handled.")).serialize(false, false));
    socket->disconnectFromHost();
}

HttpResponse MooseServer::respond(const QHttpServerRequest &request, const RouteMatch &match, bool *headOnly)
{
    const auto method = request.method();
    const bool cors = !m_options.corsOrigin.isEmpty();
    if (method == QHttpServerRequest::Method::Options && cors && match.route != Route::Unmatched) {
        HttpResponse r;
        r.status = 204;
        r.addHeader(QByteArrayLiteral("Allow"), Router::allowedMethods(match.route, cors));
        return r;
    }
    if (method != QHttpServerRequest::Method::Get && method != QHttpServerRequest::Method::Head) {
        if (match.route == Route::Unmatched)
            return HttpResponse::error(404, QStringLiteral("There is nothing at this path."));
        HttpResponse r = HttpResponse::error(
            405,
            QStringLiteral("This path only answers %1.").arg(QLatin1String(Router::allowedMethods(match.route, cors))));
        r.addHeader(QByteArrayLiteral("Allow"), Router::allowedMethods(match.route, cors));
        return r;
    }
    *headOnly = method == QHttpServerRequest::Method::Head;

    HttpResponse r;
    switch (match.route) {
    case Route::FactsList:
        r = factsPage(request);
        break;
    case Route::FactsRandom:
        r = HttpResponse::json(200, m_facts.randomFactJson());
        break;
    case Route::FactById:
        r = factById(match.parameter);
        break;
    case Route::Healthz:
        r = HttpResponse::json(200, QByteArrayLiteral("{\"status\":\"ok\"}"));
        break;
    case Route::Readyz:
        if (m_draining)
            r = HttpResponse::json(503, QByteArrayLiteral("{\"status\":\"draining\"}"));
        else if (m_facts.isEmpty())
            r = HttpResponse::json(503, QByteArrayLiteral("{\"status\":\"no facts loaded\"}"));
        else
            r = HttpResponse::json(200, "{\"status\":\"ready\",\"facts\":" + QByteArray::number(m_facts.size()) + '}');
        break;
    case Route::Version:
        r = HttpResponse::json(200, m_versionJson);
        break;
    case Route::Metrics:
        r.status = 200;
        r.contentType = QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8");
        r.body = m_metrics.exposition({openConnections(), m_facts.size(), !m_draining && !m_facts.isEmpty()});
        break;
    case Route::Static:
        return m_static.serve(request.url().path(QUrl::FullyEncoded).toUtf8(),
                              request.value(QByteArrayLiteral("If-None-Match")));
    case Route::Unmatched:
        return HttpResponse::error(404,
                                   QStringLiteral("There is nothing at this path; the API lives under /api/facts."));
    }
    // API answers are never cached: a reload must always fetch fresh data.
    if (!r.hasHeader(QByteArrayLiteral("Cache-Control")))
        r.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return r;
}

HttpResponse MooseServer::factsPage(const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    auto readNumber = [&query](const QString &name, int fallback, int min, int max, int *out) {
        if (!query.hasQueryItem(name)) {
            *out = fallback;
            return true;
        }
        bool ok = false;
        const int value = query.queryItemValue(name).toInt(&ok);
        if (!ok || value < min || value > max)
            return false;
        *out = value;
        return true;
    };
    int offset = 0;
    int limit = 20;
    if (!readNumber(QStringLiteral("offset"), 0, 0, m_facts.size(), &offset))
        return HttpResponse::error(400,
                                   QStringLiteral("offset must be a whole number from 0 to %1.").arg(m_facts.size()));
    if (!readNumber(QStringLiteral("limit"), 20, 1, 100, &limit))
        return HttpResponse::error(400, QStringLiteral("limit must be a whole number from 1 to 100."));
    return HttpResponse::json(200, m_facts.pageJson(offset, limit));
}

HttpResponse MooseServer::factById(const QByteArray &parameter)
{
    bool ok = false;
    const int id = parameter.toInt(&ok);
    if (!ok || id < 0 || parameter.startsWith('+'))
        return HttpResponse::error(400, QStringLiteral("The fact id must be a whole number, like /api/facts/7."));
    const int index = m_facts.indexOf(id);
    if (index < 0)
        return HttpResponse::error(404, QStringLiteral("There is no fact with id %1.").arg(id));
    return HttpResponse::json(200, m_facts.factJson(index));
}

void MooseServer::applyCors(const QHttpServerRequest &request, HttpResponse *response) const
{
    if (m_options.corsOrigin.isEmpty())
        return;
    response->addHeader(QByteArrayLiteral("Vary"), QByteArrayLiteral("Origin"));
    const QByteArray origin = request.value(QByteArrayLiteral("Origin"));
    if (origin.isEmpty() || origin != m_options.corsOrigin.toUtf8())
        return;
    response->addHeader(QByteArrayLiteral("Access-Control-Allow-Origin"), origin);
    if (request.method() == QHttpServerRequest::Method::Options) {
        response->addHeader(QByteArrayLiteral("Access-Control-Allow-Methods"), QByteArrayLiteral("GET, HEAD, OPTIONS"));
        response->addHeader(QByteArrayLiteral("Access-Control-Allow-Headers"), QByteArrayLiteral("Content-Type"));
        response->addHeader(QByteArrayLiteral("Access-Control-Max-Age"), QByteArrayLiteral("600"));
    }
}

} // namespace moosefacts
