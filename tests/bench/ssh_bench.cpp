// Antler's half of tests/bench/ssh_bench.sh: sequential trivial commands on
// one open SshTransport session, and a file upload through putFile(). The
// script runs the OpenSSH peers against the same sshd and prints the ratios.

#include "transport/SshTransport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace antler::transport;

namespace {

template<typename Job, typename Result> Result wait(Job *job)
{
    job->setAutoDelete(false);
    if (!job->isFinished()) {
        QEventLoop loop;
        QObject::connect(job, &Job::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    Result result = job->result();
    delete job;
    return result;
}

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "ssh_bench: %s\n", qPrintable(message));
    // The bench gives up at its first failure; exit's clean-up racing a
    // transport's worker thread could only garble a run that already failed.
    std::exit(1); // NOLINT(concurrency-mt-unsafe)
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Antler SSH transport benchmark (see ssh_bench.sh)"));
    parser.addHelpOption();
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("Host."), QStringLiteral("host"),
                                  QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port."), QStringLiteral("port"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("User."), QStringLiteral("user"),
                                  QStringLiteral("root"));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("Private key file."), QStringLiteral("file"));
    const QCommandLineOption knownHosts(QStringLiteral("known-hosts"), QStringLiteral("known_hosts file."),
                                        QStringLiteral("file"));
    const QCommandLineOption commands(QStringLiteral("commands"), QStringLiteral("Sequential `true` commands."),
                                      QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption upload(QStringLiteral("upload"), QStringLiteral("Local file to upload."),
                                    QStringLiteral("file"));
    const QCommandLineOption remote(QStringLiteral("remote"), QStringLiteral("Where to upload it."),
                                    QStringLiteral("path"));
    const QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("Runs of each part; the best counts."),
                                    QStringLiteral("n"), QStringLiteral("3"));
    parser.addOptions({host, port, user, key, knownHosts, commands, upload, remote, repeat});
    parser.process(app);

    ConnectionSettings settings;
    settings.host = parser.value(host);
    settings.port = parser.value(port).toInt();
    settings.user = parser.value(user);
    settings.privateKeyFile = parser.value(key);
    settings.knownHostsFile = parser.value(knownHosts);
    settings.useAgent = false;
    SshTransport transport(settings);

    // Like the OpenSSH ControlMaster, the session is open before timing starts.
    {
        QEventLoop loop;
        QObject::connect(&transport, &Transport::opened, &loop, &QEventLoop::quit);
        QObject::connect(&transport, &Transport::failed, &loop, &QEventLoop::quit);
        transport.open();
        loop.exec();
        if (transport.state() != Transport::State::Ready)
            fail(transport.lastError());
    }
    QTextStream out(stdout);
    const int runs = qMax(1, parser.value(repeat).toInt());

    const int count = parser.value(commands).toInt();
    double bestMsPerCommand = 1e9;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < count; ++i) {
            CommandSpec spec;
            spec.argv = {"true"};
            const CommandResult result = wait<CommandJob, CommandResult>(transport.run(spec));
            if (!result.succeeded())
                fail(result.error);
        }
        bestMsPerCommand = std::min(bestMsPerCommand, double(timer.nsecsElapsed()) / 1e6 / count);
    }
    out << "antler_ms_per_command " << bestMsPerCommand << Qt::endl;

    if (parser.isSet(upload)) {
        const qint64 size = QFileInfo(parser.value(upload)).size();
        double bestSeconds = 1e9;
        for (int run = 0; run < runs; ++run) {
            FileSpec spec;
            spec.localPath = parser.value(upload);
            spec.remotePath = parser.value(remote);
            spec.mode = 0600;
            QElapsedTimer timer;
            timer.start();
            const FileResult result = wait<FileJob, FileResult>(transport.putFile(spec));
            if (!result.ok)
                fail(result.error);
            bestSeconds = std::min(bestSeconds, double(timer.nsecsElapsed()) / 1e9);
            if (QFileInfo(spec.remotePath).exists() && QFileInfo(spec.remotePath).size() != size)
                fail(QStringLiteral("the uploaded file has the wrong size"));
        }
        out << "antler_upload_mib_per_s " << double(size) / (1024.0 * 1024.0) / bestSeconds << Qt::endl;
    }
    return 0;
}
