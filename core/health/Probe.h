#pragma once

#include "health/MetricsScrape.h"
#include "health/ProbeResult.h"
#include "health/ProbeSpec.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QSslSocket;
class QTcpSocket;

namespace antler::health {

// One check of one stage, run on its own timer and fully asynchronous
// (QNetworkAccessManager or a QTcpSocket, and a QTimer for the timeout). A run
// that is still in flight when the timer fires again is not overlapped: the
// tick is skipped. Every run ends in exactly one finished() signal.
class Probe : public QObject
{
    Q_OBJECT

public:
    // network is shared by all probes of a monitor and must outlive the probe.
    Probe(const QString &stage, const QString &host, quint16 port, const ProbeSpec &spec,
          QNetworkAccessManager *network, QObject *parent = nullptr);
    ~Probe() override;

    QString stage() const { return m_stage; }
    ProbeSpec spec() const { return m_spec; }
    bool isRunning() const { return m_timer.isActive(); }
    bool isBusy() const { return m_busy; }

    // The digest the pipeline deployed; the version probe reports drift when
    // /version names another. Empty: drift is not judged.
    void setExpectedDigest(const QString &digest) { m_expectedDigest = digest; }
    QString expectedDigest() const { return m_expectedDigest; }

    // Probes now and then every interval, until stop().
    void start();
    void stop();
    // One run now; false (and no signal) when a run is already in flight.
    bool runOnce();

Q_SIGNALS:
    void finished(const antler::health::ProbeResult &result);

private:
    void runHttp();
    void runTcp();
    void runTls();
    void onHttpFinished();
    void onTimeout();
    void finish(ProbeResult result);
    // Judges an HTTP answer by the probe's kind; fills ok/error and extras.
    void judge(ProbeResult *result, const QByteArray &contentType, const QByteArray &body);
    QString where() const;

    QString m_stage;
    QString m_host;
    quint16 m_port;
    ProbeSpec m_spec;
    QPointer<QNetworkAccessManager> m_network;
    QString m_expectedDigest;
    QTimer m_timer;
    QTimer m_timeout;
    QElapsedTimer m_elapsed;
    qint64 m_startedAtMs = 0;
    bool m_busy = false;
    bool m_timedOut = false;
    QPointer<QNetworkReply> m_reply;
    QTcpSocket *m_socket = nullptr; // the TCP and TLS probes' connection
    std::optional<MetricsScrape> m_previousScrape;
};

} // namespace antler::health
