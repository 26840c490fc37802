#pragma once

#include <QCoreApplication>
#include <QString>

namespace antler::pipeline {

// The digest of a local runtime artifact folder: sha256 over every regular
// file, in the byte order of their relative paths, each as
//   PATH \0 MODE \0 SIZE \0 BYTES
// where MODE is "x" for an executable file and "-" otherwise. The same
// content gives the same digest on every machine and every run; renaming,
// editing, adding or removing a file, or changing its executable bit,
// changes it.
class ArtifactDigest
{
    Q_DECLARE_TR_FUNCTIONS(antler::pipeline::ArtifactDigest)

public:
    // "sha256:HEX", or empty with *error set when a file cannot be read.
    static QString compute(const QString &folder, QString *error);
};

} // namespace antler::pipeline
