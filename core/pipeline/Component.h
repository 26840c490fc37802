#pragma once

#include <QString>

namespace antler::pipeline {

// One part of the app that is built and rolled out: the backend
// (moosefacts) or the frontend (static files behind nginx).
struct Component
{
    enum class Kind {
        Backend,
        Frontend,
    };

    QString name; // "moosefacts", "frontend"; also the image repository name
    Kind kind = Kind::Backend;
    QString source; // folder of its sources, relative to the source tree
                    // (server, resources/frontend); empty: the default

    friend bool operator==(const Component &, const Component &) = default;
};

} // namespace antler::pipeline
