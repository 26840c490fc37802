#pragma once

#include "HttpLimits.h"

#include <QCommandLineOption>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace moosefacts {

// Everything moosefacts is told on its command line and environment.
struct ServerOptions
{
    QHostAddress bindAddress = QHostAddress::LocalHost;
    quint16 port = 8080;
    QString factsFile; // empty: the bundled facts
    QString staticDir;
    QString stage;
    QString imageDigest; // reported by /version: --digest, else $ANTLER_IMAGE_DIGEST
    QString controlSocket; // --control PATH, see ControlSocket
    QString corsOrigin;
    bool accessLog = false;
    int responseDelayMs = 0;
    int shutdownDelayMs = 1000;
    HttpLimits limits;

    // Parses arguments (argv[0] first). On failure returns false with *error
    // set to one sentence; *exitEarly is set for --help/--version with the
    // text to print in *error.
    static bool parse(const QStringList &arguments, ServerOptions *options, QString *error, bool *exitEarly);

    // The options moosefacts takes and what it is, declared once: parse(),
    // --help and the man page (moosefacts.1, written at build time) use them.
    static QList<QCommandLineOption> declarations();
    static QString description();
};

} // namespace moosefacts
