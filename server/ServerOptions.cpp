#include "ServerOptions.h"

#include <QCommandLineParser>
#include <QProcessEnvironment>

#include <antler/BuildInfo.h>

namespace moosefacts {

namespace {

bool parseInt(const QString &text, int min, int max, int *out)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max)
        return false;
    *out = value;
    return true;
}

} // namespace

QString ServerOptions::description()
{
    return QStringLiteral("moosefacts - the moose facts REST backend.\n\n"
                          "Routes: GET /api/facts?offset=&limit=, /api/facts/random, /api/facts/{id},\n"
                          "/healthz, /readyz, /version, /metrics (Prometheus text format 0.0.4).\n\n"
                          "SIGTERM: readiness turns false, then in-flight requests finish and it exits 0;\n"
                          "a second SIGTERM changes nothing, a second SIGINT exits at once.");
}

QList<QCommandLineOption> ServerOptions::declarations()
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Show the version."));
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("TCP port to listen on (default 8080; 0 picks a free one)."),
                                  QStringLiteral("N"));
    const QCommandLineOption bind(QStringLiteral("bind"),
                                  QStringLiteral("Address to listen on (default 127.0.0.1; 0.0.0.0 in containers)."),
                                  QStringLiteral("ADDR"));
    const QCommandLineOption facts(QStringLiteral("facts"),
                                   QStringLiteral("JSON file of facts (default: the bundled ones)."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption staticDir(QStringLiteral("static-dir"),
                                       QStringLiteral("Serve the frontend from this folder."), QStringLiteral("DIR"));
    const QCommandLineOption stage(QStringLiteral("stage"),
                                   QStringLiteral("Stage name reported by /version (default $ANTLER_STAGE)."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption digest(
        QStringLiteral("digest"), QStringLiteral("Release digest reported by /version (default $ANTLER_IMAGE_DIGEST)."),
        QStringLiteral("DIGEST"));
    const QCommandLineOption control(
        QStringLiteral("control"),
        QStringLiteral(
            "Unix socket through which a deployer hands the listening socket to the next release (port, take, adopt)."),
        QStringLiteral("PATH"));
    const QCommandLineOption cors(QStringLiteral("cors-origin"),
                                  QStringLiteral("Allow cross-origin requests from this one origin (default: none)."),
                                  QStringLiteral("ORIGIN"));
    const QCommandLineOption idle(QStringLiteral("idle-timeout"),
                                  QStringLiteral("Close keep-alive connections idle this long (default 15)."),
                                  QStringLiteral("SECONDS"));
    const QCommandLineOption request(QStringLiteral("request-timeout"),
                                     QStringLiteral("Answer 408 and close when a request has not fully arrived this "
                                                    "long after its first byte (default 30)."),
                                     QStringLiteral("SECONDS"));
    const QCommandLineOption maxConnections(
        QStringLiteral("max-connections"),
        QStringLiteral("Concurrent connections before answering 503 (default 10000)."), QStringLiteral("N"));
    const QCommandLineOption accessLog(QStringLiteral("access-log"),
                                       QStringLiteral("Print one JSON line per request on standard output."));
    const QCommandLineOption shutdownDelay(
        QStringLiteral("shutdown-delay"),
        QStringLiteral("On SIGTERM, keep serving (not ready) this long before draining (default 1000)."),
        QStringLiteral("MS"));
    const QCommandLineOption delay(QStringLiteral("response-delay"),
                                   QStringLiteral("Testing aid: answer every request this much later (default 0)."),
                                   QStringLiteral("MS"));
    return {help,    version, port, bind,    facts,          staticDir, stage,         digest,
            control, cors,    idle, request, maxConnections, accessLog, shutdownDelay, delay};
}

bool ServerOptions::parse(const QStringList &arguments, ServerOptions *options, QString *error, bool *exitEarly)
{
    *exitEarly = false;
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(declarations());
    const QString help = QStringLiteral("help");
    const QString version = QStringLiteral("version");
    const QString port = QStringLiteral("port");
    const QString bind = QStringLiteral("bind");
    const QString facts = QStringLiteral("facts");
    const QString staticDir = QStringLiteral("static-dir");
    const QString stage = QStringLiteral("stage");
    const QString digest = QStringLiteral("digest");
    const QString control = QStringLiteral("control");
    const QString cors = QStringLiteral("cors-origin");
    const QString idle = QStringLiteral("idle-timeout");
    const QString request = QStringLiteral("request-timeout");
    const QString maxConnections = QStringLiteral("max-connections");
    const QString accessLog = QStringLiteral("access-log");
    const QString shutdownDelay = QStringLiteral("shutdown-delay");
    const QString delay = QStringLiteral("response-delay");

    if (!parser.parse(arguments)) {
        *error = parser.errorText() + QStringLiteral("; see moosefacts --help.");
        return false;
    }
    if (parser.isSet(help)) {
        *exitEarly = true;
        *error = parser.helpText();
        return true;
    }
    if (parser.isSet(version)) {
        *exitEarly = true;
        *error = QStringLiteral("moosefacts %1 (commit %2, built %3)\n")
                     .arg(QLatin1String(antler::buildinfo::version), QLatin1String(antler::buildinfo::gitCommit),
                          QLatin1String(antler::buildinfo::buildTime));
        return true;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = QStringLiteral("Unexpected argument '%1'; see moosefacts --help.")
                     .arg(parser.positionalArguments().first());
        return false;
    }
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (parser.isSet(port)) {
        int value = 0;
        if (!parseInt(parser.value(port), 0, 65535, &value)) {
            *error = QStringLiteral("--port must be a number from 0 to 65535, not '%1'.").arg(parser.value(port));
            return false;
        }
        options->port = quint16(value);
    }
    if (parser.isSet(bind)) {
        QHostAddress address;
        if (!address.setAddress(parser.value(bind))) {
            *error = QStringLiteral("--bind must be an IP address such as 127.0.0.1 or 0.0.0.0, not '%1'.")
                         .arg(parser.value(bind));
            return false;
        }
        options->bindAddress = address;
    }
    options->factsFile = parser.value(facts);
    options->staticDir = parser.value(staticDir);
    options->stage = parser.isSet(stage) ? parser.value(stage) : env.value(QStringLiteral("ANTLER_STAGE"));
    options->imageDigest
        = parser.isSet(digest) ? parser.value(digest) : env.value(QStringLiteral("ANTLER_IMAGE_DIGEST"));
    options->controlSocket = parser.value(control);
    options->corsOrigin = parser.value(cors);
    options->accessLog = parser.isSet(accessLog);
    if (parser.isSet(idle)) {
        bool ok = false;
        const double seconds = parser.value(idle).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600) {
            *error = QStringLiteral("--idle-timeout must be a number of seconds from 0.1 to 3600, not '%1'.")
                         .arg(parser.value(idle));
            return false;
        }
        options->limits.idleTimeoutMs = int(seconds * 1000);
    }
    if (parser.isSet(request)) {
        bool ok = false;
        const double seconds = parser.value(request).toDouble(&ok);
        if (!ok || seconds < 0.1 || seconds > 3600) {
            *error = QStringLiteral("--request-timeout must be a number of seconds from 0.1 to 3600, not '%1'.")
                         .arg(parser.value(request));
            return false;
        }
        options->limits.requestTimeoutMs = int(seconds * 1000);
    }
    if (parser.isSet(maxConnections)
        && !parseInt(parser.value(maxConnections), 1, 1000000, &options->limits.maxConnections)) {
        *error = QStringLiteral("--max-connections must be a number from 1 to 1000000, not '%1'.")
                     .arg(parser.value(maxConnections));
        return false;
    }
    if (parser.isSet(shutdownDelay) && !parseInt(parser.value(shutdownDelay), 0, 4000, &options->shutdownDelayMs)) {
        *error = QStringLiteral("--shutdown-delay must be from 0 to 4000 milliseconds, not '%1'.")
                     .arg(parser.value(shutdownDelay));
        return false;
    }
    if (parser.isSet(delay) && !parseInt(parser.value(delay), 0, 60000, &options->responseDelayMs)) {
        *error = QStringLiteral("--response-delay must be from 0 to 60000 milliseconds, not '%1'.")
                     .arg(parser.value(delay));
        return false;
    }
    return true;
}

} // namespace moosefacts
