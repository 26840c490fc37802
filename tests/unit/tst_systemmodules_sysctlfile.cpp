// SysctlFile: editing sysctl.conf the way ansible.posix.sysctl does.

#include "playbook/modules/SysctlFile.h"

#include <QTest>

using antler::playbook::SysctlFile;

class TestSysctlFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendsToAnEmptyFile()
    {
        SysctlFile file;
        QVERIFY(file.set(QStringLiteral("vm.swappiness"), QStringLiteral("10")));
        QCOMPARE(file.text(), QStringLiteral("vm.swappiness=10\n"));
        QVERIFY(!file.set(QStringLiteral("vm.swappiness"), QStringLiteral("10")));
    }

    void replacesInPlaceAndDropsDuplicates()
    {
        SysctlFile file(QStringLiteral("# comment\n; other comment\nvm.swappiness = 60\nnet.ipv4.ip_forward=1\n"
                                       "vm.swappiness=30\n"));
        QCOMPARE(file.value(QStringLiteral("vm.swappiness")), QStringLiteral("60"));
        QVERIFY(file.set(QStringLiteral("vm.swappiness"), QStringLiteral("10")));
        QCOMPARE(file.text(), QStringLiteral("# comment\n; other comment\nvm.swappiness=10\nnet.ipv4.ip_forward=1\n"));
    }

    void equalValueKeepsTheLineAsWritten()
    {
        SysctlFile file(QStringLiteral("net.core.rmem_max =  4096\t8192\n"));
        QVERIFY(!file.set(QStringLiteral("net.core.rmem_max"), QStringLiteral("4096 8192")));
        QCOMPARE(file.text(), QStringLiteral("net.core.rmem_max =  4096\t8192\n"));
    }

    void slashesAndIgnoreErrorPrefix()
    {
        SysctlFile file(QStringLiteral("-net/ipv4/ip_forward = 0\n"));
        QCOMPARE(file.value(QStringLiteral("net.ipv4.ip_forward")), QStringLiteral("0"));
        QVERIFY(file.set(QStringLiteral("net.ipv4.ip_forward"), QStringLiteral("1")));
        QCOMPARE(file.text(), QStringLiteral("net.ipv4.ip_forward=1\n"));
    }

    void removes()
    {
        SysctlFile file(QStringLiteral("a.b=1\n# a.b=2 stays: a comment\nc.d=2\na.b = 3\n"));
        QVERIFY(file.remove(QStringLiteral("a.b")));
        QCOMPARE(file.text(), QStringLiteral("# a.b=2 stays: a comment\nc.d=2\n"));
        QVERIFY(!file.remove(QStringLiteral("a.b")));
    }

    void normalised()
    {
        QCOMPARE(SysctlFile::normalised(QStringLiteral(" 1\t 2  3 ")), QStringLiteral("1 2 3"));
        QCOMPARE(SysctlFile::normalised(QStringLiteral("yes")), QStringLiteral("1"));
        QCOMPARE(SysctlFile::normalised(QStringLiteral("False")), QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestSysctlFile)
#include "tst_systemmodules_sysctlfile.moc"
