#pragma once

#include "pipeline/BuildRequest.h"

#include <QCoreApplication>
#include <QString>

namespace antler::pipeline {

// Finds what a build is made of when the user names nothing: moosefacts next
// to antler (the build tree's server/moosefacts, or an installed one), the
// frontend, the facts and the backend's sources in the source tree of the
// build tree antler runs from (or an installed share/antler), and the source
// tree's git commit.
class BuildSources
{
    Q_DECLARE_TR_FUNCTIONS(antler::pipeline::BuildSources)

public:
    struct Overrides
    {
        QString moosefacts; // --moosefacts FILE
        QString frontend; // --frontend DIR
        QString facts; // --facts FILE
    };

    // False with *error naming what is missing and how to name it.
    static bool locate(const Overrides &overrides, BuildRequest *request, QString *error);
    // The source tree of the build tree antler runs from; empty when antler
    // runs installed (or the tree is gone).
    static QString sourceTree();
    // Where `cmake --install` puts the frontend, the facts and the backend's
    // sources: share/antler beside the bin folder of the executable.
    static QString installedDataDir();
};

} // namespace antler::pipeline
