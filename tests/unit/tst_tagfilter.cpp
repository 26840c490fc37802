// --tags / --skip-tags as ansible-playbook applies them: one rule for the run
// (Runner) and the listings (--list-tasks, --list-tags).
#include "playbook/TagFilter.h"

#include <QtTest>

using namespace antler::playbook;

class TestTagFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tagsSelectLikeAnsible_data();
    void tagsSelectLikeAnsible();
    void splitJoinsRepeatedOptions();
};

void TestTagFilter::tagsSelectLikeAnsible_data()
{
    QTest::addColumn<QStringList>("only");
    QTest::addColumn<QStringList>("skip");
    QTest::addColumn<QStringList>("taskTags");
    QTest::addColumn<bool>("runs");

    // Each row checked against ansible-playbook 2.14 --list-tasks.
    QTest::newRow("no filter, untagged") << QStringList {} << QStringList {} << QStringList {} << true;
    QTest::newRow("no filter, never") << QStringList {} << QStringList {} << QStringList {"never"} << false;
    QTest::newRow("only match") << QStringList {"a"} << QStringList {} << QStringList {"a", "b"} << true;
    QTest::newRow("only miss") << QStringList {"a"} << QStringList {} << QStringList {"b"} << false;
    QTest::newRow("only, untagged") << QStringList {"a"} << QStringList {} << QStringList {} << false;
    QTest::newRow("always runs") << QStringList {"a"} << QStringList {} << QStringList {"always"} << true;
    QTest::newRow("never asked for") << QStringList {"x"} << QStringList {} << QStringList {"never", "x"} << true;
    QTest::newRow("tagged") << QStringList {"tagged"} << QStringList {} << QStringList {"b"} << true;
    QTest::newRow("tagged, untagged task") << QStringList {"tagged"} << QStringList {} << QStringList {} << false;
    QTest::newRow("untagged") << QStringList {"untagged"} << QStringList {} << QStringList {} << true;
    QTest::newRow("skip match") << QStringList {} << QStringList {"b"} << QStringList {"a", "b"} << false;
    QTest::newRow("skip always") << QStringList {} << QStringList {"always"} << QStringList {"always"} << false;
    QTest::newRow("skip all keeps always") << QStringList {} << QStringList {"all"} << QStringList {"always"} << true;
    // Ansible's evaluate_tags: skipping all keeps always, whatever else is skipped.
    QTest::newRow("skip all and a tag keeps always")
        << QStringList {} << QStringList {"all", "x"} << QStringList {"always", "x"} << true;
    QTest::newRow("skip untagged") << QStringList {} << QStringList {"untagged"} << QStringList {} << false;
}

void TestTagFilter::tagsSelectLikeAnsible()
{
    QFETCH(QStringList, only);
    QFETCH(QStringList, skip);
    QFETCH(QStringList, taskTags);
    QFETCH(bool, runs);
    QCOMPARE(TagFilter(only, skip).shouldRun(taskTags), runs);
}

void TestTagFilter::splitJoinsRepeatedOptions()
{
    QCOMPARE(TagFilter::split({QStringLiteral("a,b"), QStringLiteral(" c , a"), QStringLiteral(",")}),
             (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
}

QTEST_GUILESS_MAIN(TestTagFilter)
#include "tst_tagfilter.moc"
