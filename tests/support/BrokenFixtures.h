#pragma once

#include <QString>
#include <QStringList>

namespace antler::test {

// Data rows for a folder of deliberately broken inputs. Each fixture's first
// line says what its error must contain:
//   # expect: LINE[:COLUMN] words of the hint      (';' also starts it, for INI)
// Adds the columns path, position and hint, one row per file, and fails the
// test when the folder holds fewer than minimumCount files or a file lacks
// its expect line.
void addBrokenFixtureRows(const QString &directory, const QStringList &nameFilters, int minimumCount);

} // namespace antler::test
