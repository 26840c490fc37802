#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace moosefacts {

enum class Route : int {
    FactsList,
    FactsRandom,
    FactById,
    Healthz,
    Readyz,
    Version,
    Metrics,
    Static,
    Unmatched,
};

struct RouteMatch
{
    Route route = Route::Unmatched;
    QByteArray parameter; // the {id} segment of /api/facts/{id}
};

// Maps a request path to a route. Exact paths first, then the one
// parameterised route, then the static frontend (when enabled).
class Router
{
public:
    static RouteMatch match(QByteArrayView path, bool staticEnabled);
    // The label used in metrics and logs: the route template, not the raw path.
    static QByteArray label(Route route);
    static QList<QByteArray> labels();
    // Value of the Allow header for the route.
    static QByteArray allowedMethods(Route route, bool corsEnabled);
    static bool isApi(Route route);
};

} // namespace moosefacts
