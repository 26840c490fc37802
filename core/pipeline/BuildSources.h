#pragma once

#include "pipeline/BuildRequest.h"

#include <QCoreApplication>
#include <QString>

namespace antler::pipeline {

// Finds what a build is made of when the user names nothing: moosefacts next
// to antler (the build tree's server/moosefacts, or an installed one), the
// frontend and the facts in the source tree antler was built from (or an
// installed share/antler), and the source tree's git commit.
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
    // The source tree antler was built from; empty when it is gone.
    static QString sourceTree();
};

} // namespace antler::pipeline
