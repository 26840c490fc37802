#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace antler::cli {

// Rows of text in columns as wide as their widest cell, two spaces apart,
// the last column unpadded: the tables of antler status and antler pipeline.
class TextTable
{
public:
    static void print(const QList<QStringList> &rows, QTextStream &out);
};

} // namespace antler::cli
