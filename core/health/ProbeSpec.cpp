#include "health/ProbeSpec.h"

namespace antler::health {

QString ProbeSpec::path() const
{
    switch (kind) {
    case Kind::Tcp:
        return {};
    case Kind::Frontend:
        return QStringLiteral("/");
    case Kind::Api:
        return QStringLiteral("/api/facts/random");
    case Kind::Healthz:
        return QStringLiteral("/healthz");
    case Kind::Readyz:
        return QStringLiteral("/readyz");
    case Kind::Version:
        return QStringLiteral("/version");
    case Kind::Metrics:
        return QStringLiteral("/metrics");
    case Kind::Tls:
        return {};
    }
    return {};
}

bool ProbeSpec::isUserPath() const
{
    return kind == Kind::Frontend || kind == Kind::Api || kind == Kind::Tcp;
}

QString ProbeSpec::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Tcp:
        return QStringLiteral("tcp");
    case Kind::Frontend:
        return QStringLiteral("frontend");
    case Kind::Api:
        return QStringLiteral("api");
    case Kind::Healthz:
        return QStringLiteral("healthz");
    case Kind::Readyz:
        return QStringLiteral("readyz");
    case Kind::Version:
        return QStringLiteral("version");
    case Kind::Metrics:
        return QStringLiteral("metrics");
    case Kind::Tls:
        return QStringLiteral("tls");
    }
    return {};
}

std::optional<ProbeSpec::Kind> ProbeSpec::kindFromName(const QString &name)
{
    for (Kind kind : allKinds()) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QList<ProbeSpec::Kind> ProbeSpec::allKinds()
{
    return {Kind::Tcp, Kind::Frontend, Kind::Api, Kind::Healthz, Kind::Readyz, Kind::Version, Kind::Metrics, Kind::Tls};
}

QList<ProbeSpec> ProbeSpec::defaults(int intervalMs, int timeoutMs)
{
    QList<ProbeSpec> specs;
    for (Kind kind : allKinds()) {
        if (kind != Kind::Tls)
            specs.append(ProbeSpec {kind, intervalMs, timeoutMs});
    }
    return specs;
}

} // namespace antler::health
