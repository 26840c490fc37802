#include "Router.h"

namespace moosefacts {

RouteMatch Router::match(QByteArrayView path, bool staticEnabled)
{
    if (path == "/api/facts")
        return {Route::FactsList, {}};
    if (path == "/api/facts/random")
        return {Route::FactsRandom, {}};
    if (path == "/healthz")
        return {Route::Healthz, {}};
    if (path == "/readyz")
        return {Route::Readyz, {}};
    if (path == "/version")
        return {Route::Version, {}};
    if (path == "/metrics")
        return {Route::Metrics, {}};
    constexpr QByteArrayView factPrefix("/api/facts/");
    if (path.startsWith(factPrefix)) {
        const QByteArrayView rest = path.sliced(factPrefix.size());
        if (!rest.isEmpty() && !rest.contains('/'))
            return {Route::FactById, rest.toByteArray()};
        return {Route::Unmatched, {}};
    }
    if (path == "/api" || path.startsWith("/api/"))
        return {Route::Unmatched, {}};
    if (staticEnabled)
        return {Route::Static, {}};
    return {Route::Unmatched, {}};
}

QByteArray Router::label(Route route)
{
    switch (route) {
    case Route::FactsList:
        return QByteArrayLiteral("/api/facts");
    case Route::FactsRandom:
        return QByteArrayLiteral("/api/facts/random");
    case Route::FactById:
        return QByteArrayLiteral("/api/facts/{id}");
    case Route::Healthz:
        return QByteArrayLiteral("/healthz");
    case Route::Readyz:
        return QByteArrayLiteral("/readyz");
    case Route::Version:
        return QByteArrayLiteral("/version");
    case Route::Metrics:
        return QByteArrayLiteral("/metrics");
    case Route::Static:
        return QByteArrayLiteral("static");
    case Route::Unmatched:
        return QByteArrayLiteral("unmatched");
    }
    return QByteArrayLiteral("unmatched");
}

QList<QByteArray> Router::labels()
{
    QList<QByteArray> out;
    for (int r = 0; r <= int(Route::Unmatched); ++r)
        out.append(label(Route(r)));
    return out;
}

QByteArray Router::allowedMethods(Route, bool corsEnabled)
{
    // Every route is read-only.
    return corsEnabled ? QByteArrayLiteral("GET, HEAD, OPTIONS") : QByteArrayLiteral("GET, HEAD");
}

bool Router::isApi(Route route)
{
    return route == Route::FactsList || route == Route::FactsRandom || route == Route::FactById;
}

} // namespace moosefacts
