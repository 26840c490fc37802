#pragma once

#include <QString>

namespace antler::pipeline {

// The sources of one build, as found on this machine. Runtimes that build
// on a target upload them there (the podman and kubernetes runtimes send the
// build context over the transport); the local runtime copies them.
struct BuildRequest
{
    QString serverSourceDir; // server/ of the source tree (the backend's sources)
    QString frontendDir; // the frontend files (index.html, app.js, …)
    QString factsFile; // the facts JSON the backend serves
    QString moosefactsBinary; // a built moosefacts for the local runtime
    QString sourceCommit; // git commit of the sources, "unknown" outside a checkout
    int buildNumber = 0; // History::nextBuildNumber()
};

} // namespace antler::pipeline
