#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace antler::health {

// What one probe checks and how often. A stage gets one probe per spec, each
// on its own timer, so a slow /metrics scrape never delays the frontend check.
struct ProbeSpec
{
    enum class Kind {
        Tcp, // a TCP connect to the stage's port
        Frontend, // GET /: 200 and the moose facts page's marker
        Api, // GET /api/facts/random through the frontend: JSON with a fact
        Healthz, // GET /healthz: 200
        Readyz, // GET /readyz: 200
        Version, // GET /version: the running image digest and version, drift
        Metrics, // GET /metrics: request rate, error rate, latency between scrapes
        Tls, // a TLS handshake with a stage served over https: days until the certificate expires
    };

    static constexpr int DefaultIntervalMs = 5000;
    static constexpr int MinimumIntervalMs = 1000;
    static constexpr int DefaultTimeoutMs = 2000;
    static constexpr int DefaultCertificateWarningDays = 14;

    Kind kind = Kind::Frontend;
    // Clamped to MinimumIntervalMs by the monitor unless allowShortIntervals()
    // was set (tests run probes every 200 ms).
    int intervalMs = DefaultIntervalMs;
    int timeoutMs = DefaultTimeoutMs;
    // The TLS probe fails (the stage is degraded) when the certificate
    // expires in fewer days than this.
    int certificateWarningDays = DefaultCertificateWarningDays;

    QString name() const { return kindName(kind); }
    // The path requested, empty for the TCP probe.
    QString path() const;
    // The frontend and API probes are the path a user's browser takes, and the
    // TCP probe stands in for them when neither is configured: when they fail
    // the stage is down; when only the others fail it is degraded.
    bool isUserPath() const;

    // "tcp", "frontend", "api", "healthz", "readyz", "version", "metrics", "tls".
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    static QList<Kind> allKinds();
    // Every kind but tls (which only https stages get) with the default
    // interval and timeout.
    static QList<ProbeSpec> defaults(int intervalMs = DefaultIntervalMs, int timeoutMs = DefaultTimeoutMs);

    friend bool operator==(const ProbeSpec &, const ProbeSpec &) = default;
};

} // namespace antler::health
