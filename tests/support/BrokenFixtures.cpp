#include "BrokenFixtures.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

namespace antler::test {

void addBrokenFixtureRows(const QString &directory, const QStringList &nameFilters, int minimumCount)
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("position");
    QTest::addColumn<QString>("hint");

    const QDir folder(directory);
    const QStringList files = folder.entryList(nameFilters, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= minimumCount,
             qPrintable(QStringLiteral("%1 holds %2 fixtures, expected at least %3")
                            .arg(directory)
                            .arg(files.size())
                            .arg(minimumCount)));
    static const QRegularExpression expectation(QStringLiteral("^[#;] expect: (\\d+(?::\\d+)?) (.+)$"));
    for (const QString &name : files) {
        QFile file(folder.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString firstLine = QString::fromUtf8(file.readLine()).trimmed();
        const QRegularExpressionMatch match = expectation.match(firstLine);
        QVERIFY2(match.hasMatch(), qPrintable(name + QLatin1String(" lacks an # expect: line")));
        QTest::newRow(qPrintable(name)) << file.fileName() << match.captured(1) << match.captured(2);
    }
}

} // namespace antler::test
