#include "BrokenFixtures.h"
#include "inventory/Inventory.h"
#include "inventory/PythonLiteral.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using antler::inventory::ConnectionInfo;
using antler::inventory::Inventory;
using antler::inventory::PythonLiteral;

namespace {

const QString DataDir = QStringLiteral(ANTLER_SOURCE_DIR "/tests/data/inventory");
const QString BrokenDir = QStringLiteral(ANTLER_SOURCE_DIR "/tests/data/broken/inventory");

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        out.append(item.toString());
    return out;
}

QString inventoryFile(const QString &folder)
{
    const QStringList files = QDir(folder).entryList(
        { QStringLiteral("hosts.ini"), QStringLiteral("hosts.yml"), QStringLiteral("hosts.yaml") },
        QDir::Files);
    return files.isEmpty() ? QString() : folder + QLatin1Char('/') + files.constFirst();
}

} // namespace

class TestInventory : public QObject
{
    Q_OBJECT

private slots:
    void goldenFolders_data();
    void goldenFolders();
    void pythonLiterals_data();
    void pythonLiterals();
    void hostLists();
    void formatIsDetectedWithoutExtension();
    void connectionSettings();
    void connectionProblemsAreReported();
    void implicitLocalhost();
    void folderSource();
    void patterns_data();
    void patterns();
    void unknownPatternWarns();
    void brokenFilesSayWhereAndWhatToDo_data();
    void brokenFilesSayWhereAndWhatToDo();
    void failedLoadKeepsThePreviousInventory();
};

void TestInventory::goldenFolders_data()
{
    QTest::addColumn<QString>("folder");
    const QStringList folders
        = QDir(DataDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(folders.size() >= 4);
    for (const QString &folder : folders)
        QTest::newRow(qPrintable(folder)) << DataDir + QLatin1Char('/') + folder;
}

void TestInventory::goldenFolders()
{
    QFETCH(QString, folder);
    const QString source = inventoryFile(folder);
    QVERIFY2(
        !source.isEmpty(), qPrintable(folder + QLatin1String(" has no hosts.ini or hosts.yml")));
    QFile expectedFile(folder + QLatin1String("/expected.json"));
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();
    QVERIFY(!expected.isEmpty());

    Inventory inventory;
    QString error;
    QVERIFY2(inventory.load(source, &error), qPrintable(error));

    const QJsonObject hostvars = expected.value(QLatin1String("_meta"))
                                     .toObject()
                                     .value(QLatin1String("hostvars"))
                                     .toObject();
    const QStringList expectedHosts = hostvars.keys();
    QStringList hosts = inventory.hostNames();
    hosts.sort();
    QCOMPARE(hosts, expectedHosts);
    for (const QString &host : expectedHosts) {
        const QJsonObject actual = QJsonObject::fromVariantMap(inventory.hostVars(host));
        const QJsonObject wanted = hostvars.value(host).toObject();
        QVERIFY2(actual == wanted,
            qPrintable(
                QStringLiteral("host %1: got %2, expected %3")
                    .arg(host,
                        QString::fromUtf8(QJsonDocument(actual).toJson(QJsonDocument::Compact)),
                        QString::fromUtf8(QJsonDocument(wanted).toJson(QJsonDocument::Compact)))));
    }

    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        if (it.key() == QLatin1String("_meta"))
            continue;
        QVERIFY2(inventory.hasGroup(it.key()), qPrintable(it.key()));
        const QJsonObject group = it.value().toObject();
        if (it.key() != QLatin1String("all"))
            QCOMPARE(
                inventory.group(it.key()).hosts(), strings(group.value(QLatin1String("hosts"))));
        QCOMPARE(
            inventory.group(it.key()).children(), strings(group.value(QLatin1String("children"))));
    }
    for (const QString &name : inventory.groupNames()) {
        const bool empty
            = inventory.group(name).hosts().isEmpty() && inventory.group(name).children().isEmpty();
        if (!empty)
            QVERIFY2(expected.contains(name),
                qPrintable(name + QLatin1String(" is not in Ansible's output")));
    }
}

void TestInventory::pythonLiterals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("int") << "2222" << QVariant(qlonglong(2222));
    QTest::newRow("negative") << "-3" << QVariant(qlonglong(-3));
    QTest::newRow("hex") << "0x10" << QVariant(qlonglong(16));
    QTest::newRow("float") << "1.5" << QVariant(1.5);
    QTest::newRow("True") << "True" << QVariant(true);
    QTest::newRow("lowercase true stays text") << "true" << QVariant(QStringLiteral("true"));
    QTest::newRow("None") << "None" << QVariant();
    QTest::newRow("single quotes") << "'x y'" << QVariant(QStringLiteral("x y"));
    QTest::newRow("escapes") << R"("a\"b\n")" << QVariant(QStringLiteral("a\"b\n"));
    QTest::newRow("list") << "[1, 'two']"
                          << QVariant(QVariantList { qlonglong(1), QStringLiteral("two") });
    QTest::newRow("dict") << "{'k': 1}"
                          << QVariant(QVariantMap { { QStringLiteral("k"), qlonglong(1) } });
    QTest::newRow("host name") << "pi.local" << QVariant(QStringLiteral("pi.local"));
    QTest::newRow("leading zero") << "0755" << QVariant(QStringLiteral("0755"));
    QTest::newRow("version") << "1.2.3" << QVariant(QStringLiteral("1.2.3"));
    QTest::newRow("leading space") << " 1" << QVariant(QStringLiteral(" 1"));
    QTest::newRow("unclosed list") << "[1, 2" << QVariant(QStringLiteral("[1, 2"));
    QTest::newRow("path") << "/usr/bin/python3" << QVariant(QStringLiteral("/usr/bin/python3"));
}

void TestInventory::pythonLiterals()
{
    QFETCH(QString, text);
    QFETCH(QVariant, value);
    QCOMPARE(PythonLiteral::evaluate(text), value);
}

void TestInventory::hostLists()
{
    QVERIFY(Inventory::isHostList(QStringLiteral("pi1,")));
    QVERIFY(Inventory::isHostList(QStringLiteral("pi1, pi2:2222,")));
    QVERIFY(!Inventory::isHostList(QStringLiteral("pi1")));
    QVERIFY(!Inventory::isHostList(DataDir + QLatin1String("/ini-basic/hosts.ini")));

    Inventory inventory;
    QString error;
    QVERIFY2(inventory.load(QStringLiteral("pi1, pi2:2222,,[::1]:22"), &error), qPrintable(error));
    QCOMPARE(inventory.hostNames(),
        (QStringList { QStringLiteral("pi1"), QStringLiteral("pi2"), QStringLiteral("::1") }));
    QCOMPARE(inventory.group(QStringLiteral("ungrouped")).hosts(), inventory.hostNames());
    QCOMPARE(inventory.connection(QStringLiteral("pi2")).port, 2222);
    QCOMPARE(inventory.connection(QStringLiteral("pi1")).port, 22);
    QVERIFY(!inventory.connection(QStringLiteral("pi1")).portSet);
    QCOMPARE(inventory.match(QStringLiteral("all")), inventory.hostNames());
}

void TestInventory::formatIsDetectedWithoutExtension()
{
    Inventory yaml;
    QString error;
    QVERIFY2(
        yaml.loadData("all:\n  hosts:\n    pi1:\n      x: 1\n", QStringLiteral("hosts"), &error),
        qPrintable(error));
    QCOMPARE(yaml.hostNames(), QStringList { QStringLiteral("pi1") });
    QCOMPARE(
        yaml.hostVars(QStringLiteral("pi1")).value(QStringLiteral("x")), QVariant(qlonglong(1)));

    Inventory ini;
    QVERIFY2(ini.loadData("pi1 x=1\npi2\n", QStringLiteral("hosts"), &error), qPrintable(error));
    QCOMPARE(ini.hostNames(), (QStringList { QStringLiteral("pi1"), QStringLiteral("pi2") }));
    Inventory iniSections;
    QVERIFY2(
        iniSections.loadData("[web]\npi1\n", QStringLiteral("hosts"), &error), qPrintable(error));
    QCOMPARE(
        iniSections.group(QStringLiteral("web")).hosts(), QStringList { QStringLiteral("pi1") });
}

void TestInventory::connectionSettings()
{
    Inventory inventory;
    QString error;
    QVERIFY2(inventory.loadData(
                 "[pis]\n"
                 "pi1 ansible_host=192.168.1.10 ansible_port=2222 ansible_user=pi "
                 "ansible_ssh_private_key_file=~/.ssh/pi ansible_password=secret\n"
                 "pi2 ansible_connection=local ansible_python_interpreter=/usr/bin/python3\n"
                 "[pis:vars]\n"
                 "ansible_become=yes\n"
                 "ansible_become_user=admin\n"
                 "ansible_become_password=sudo-secret\n",
                 QStringLiteral("hosts.ini"), &error),
        qPrintable(error));
    const ConnectionInfo pi1 = inventory.connection(QStringLiteral("pi1"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(pi1.name, QStringLiteral("pi1"));
    QCOMPARE(pi1.address, QStringLiteral("192.168.1.10"));
    QCOMPARE(pi1.port, 2222);
    QVERIFY(pi1.portSet);
    QCOMPARE(pi1.user, QStringLiteral("pi"));
    QCOMPARE(pi1.kind, ConnectionInfo::Kind::Ssh);
    QCOMPARE(pi1.privateKeyFile, QStringLiteral("~/.ssh/pi"));
    QCOMPARE(pi1.password, QStringLiteral("secret"));
    QVERIFY(pi1.become);
    QCOMPARE(pi1.becomeUser, QStringLiteral("admin"));
    QCOMPARE(pi1.becomePassword, QStringLiteral("sudo-secret"));

    const ConnectionInfo pi2 = inventory.connection(QStringLiteral("pi2"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(pi2.address, QStringLiteral("pi2"));
    QCOMPARE(pi2.port, 22);
    QCOMPARE(pi2.kind, ConnectionInfo::Kind::Local);
    QCOMPARE(pi2.pythonInterpreter, QStringLiteral("/usr/bin/python3"));
}

void TestInventory::connectionProblemsAreReported()
{
    Inventory inventory;
    QString error;
    QVERIFY(inventory.loadData(
        "a ansible_port=ssh\nb ansible_connection=winrm\nc ansible_become=maybe\n",
        QStringLiteral("hosts.ini"), &error));
    QCOMPARE(inventory.connection(QStringLiteral("a"), &error).port, 22);
    QVERIFY2(error.contains(QLatin1String("ansible_port")) && error.contains(QStringLiteral("“a”")),
        qPrintable(error));
    inventory.connection(QStringLiteral("b"), &error);
    QVERIFY2(error.contains(QLatin1String("winrm")), qPrintable(error));
    QVERIFY(!inventory.connection(QStringLiteral("c"), &error).become);
    QVERIFY2(error.contains(QLatin1String("maybe")), qPrintable(error));
}

void TestInventory::implicitLocalhost()
{
    Inventory inventory;
    QString error;
    QVERIFY(inventory.loadData("pi1\n[all:vars]\nx=1\n", QStringLiteral("hosts.ini"), &error));
    QVERIFY(!inventory.hasHost(QStringLiteral("localhost")));
    QCOMPARE(inventory.connection(QStringLiteral("localhost")).kind, ConnectionInfo::Kind::Local);
    QCOMPARE(inventory.hostVars(QStringLiteral("localhost")).value(QStringLiteral("x")),
        QVariant(qlonglong(1)));
    QCOMPARE(
        inventory.match(QStringLiteral("localhost")), QStringList { QStringLiteral("localhost") });
    // Not part of "all", as in Ansible.
    QCOMPARE(inventory.match(QStringLiteral("all")), QStringList { QStringLiteral("pi1") });
    QVERIFY(inventory.hostVars(QStringLiteral("nosuch")).isEmpty());

    // A localhost in the inventory is an ordinary host: SSH unless it says otherwise.
    QVERIFY(inventory.loadData("localhost\n", QStringLiteral("hosts.ini"), &error));
    QCOMPARE(inventory.connection(QStringLiteral("localhost")).kind, ConnectionInfo::Kind::Ssh);
}

void TestInventory::folderSource()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&dir](const QString &name, const QByteArray &text) {
        QDir().mkpath(QFileInfo(dir.filePath(name)).absolutePath());
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    };
    write(QStringLiteral("01-pis.ini"), "[pis]\npi1\n");
    write(
        QStringLiteral("02-web.yml"), "all:\n  children:\n    web:\n      hosts:\n        web1:\n");
    write(QStringLiteral("README.md"), "not an inventory [\n");
    write(QStringLiteral("group_vars/pis.yml"), "x: from_folder\n");
    Inventory inventory;
    QString error;
    QVERIFY2(inventory.load(dir.path(), &error), qPrintable(error));
    QCOMPARE(
        inventory.hostNames(), (QStringList { QStringLiteral("pi1"), QStringLiteral("web1") }));
    QCOMPARE(inventory.hostVars(QStringLiteral("pi1")).value(QStringLiteral("x")),
        QVariant(QStringLiteral("from_folder")));
}

void TestInventory::patterns_data()
{
    // Expected hosts from the real Ansible:
    //   ansible PATTERN -i tests/data/inventory/ini-basic/hosts.ini --list-hosts
    // Ansible orders the hosts of groups two or more levels below a matched
    // group by a Python set, so those rows compare as sets ("ordered" false).
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("hosts");
    QTest::addColumn<bool>("ordered");
    QTest::newRow("all")
        << "all"
        << "alpha,beta,xA,xB,xC,pi1,pi2,pi3,web01,web04,web07,web10,dba,dbb,dbc,gamma" << false;
    QTest::newRow("star")
        << "*"
        << "alpha,beta,xA,xB,xC,pi1,pi2,pi3,web01,web04,web07,web10,dba,dbb,dbc,gamma" << false;
    QTest::newRow("group") << "web"
                           << "pi1,pi2,pi3,web01,web04,web07,web10" << true;
    QTest::newRow("parent group") << "servers"
                                  << "pi1,pi2,pi3,web01,web04,web07,web10,dba,dbb,dbc" << true;
    QTest::newRow("glob") << "pi*"
                          << "pi1,pi2,pi3" << true;
    QTest::newRow("question mark") << "x?"
                                   << "xA,xB,xC" << true;
    QTest::newRow("colon union") << "web:db"
                                 << "pi1,pi2,pi3,web01,web04,web07,web10,dba,dbb,dbc" << true;
    QTest::newRow("comma union") << "web,db"
                                 << "pi1,pi2,pi3,web01,web04,web07,web10,dba,dbb,dbc" << true;
    QTest::newRow("intersection") << "servers:&web"
                                  << "pi1,pi2,pi3,web01,web04,web07,web10" << true;
    QTest::newRow("exclusion") << "servers:!db"
                               << "pi1,pi2,pi3,web01,web04,web07,web10" << true;
    QTest::newRow("all but") << "all:!servers"
                             << "alpha,beta,xA,xB,xC,gamma" << false;
    QTest::newRow("only exclusion") << "!web"
                                    << "alpha,beta,xA,xB,xC,gamma,dba,dbb,dbc" << false;
    QTest::newRow("intersect glob") << "web:&pi*"
                                    << "pi1,pi2,pi3" << true;
    QTest::newRow("unknown") << "nosuch"
                             << "" << true;
    QTest::newRow("unknown in union") << "web:nosuch"
                                      << "pi1,pi2,pi3,web01,web04,web07,web10" << true;
    QTest::newRow("subscript") << "web[0]"
                               << "pi1" << true;
    QTest::newRow("subscript range") << "web[1:2]"
                                     << "pi2,pi3" << true;
    QTest::newRow("subscript from end") << "web[-1]"
                                        << "web10" << true;
    QTest::newRow("regex") << "~web0[14]"
                           << "web01,web04" << true;
    QTest::newRow("implicit localhost") << "localhost"
                                        << "localhost" << true;
    QTest::newRow("host") << "alpha"
                          << "alpha" << true;
    QTest::newRow("child declared later") << "late"
                                          << "gamma" << true;
    QTest::newRow("union keeps pattern order") << "gamma:alpha:beta"
                                               << "gamma,alpha,beta" << true;
    QTest::newRow("exclusions after intersections after unions")
        << "db:web:&servers:!pi2"
        << "dba,dbb,dbc,pi1,pi3,web01,web04,web07,web10" << true;
}

void TestInventory::patterns()
{
    QFETCH(QString, pattern);
    QFETCH(QString, hosts);
    QFETCH(bool, ordered);
    Inventory inventory;
    QString error;
    QVERIFY2(
        inventory.load(DataDir + QLatin1String("/ini-basic/hosts.ini"), &error), qPrintable(error));
    QStringList actual = inventory.match(pattern);
    QStringList expected = hosts.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!ordered) {
        actual.sort();
        expected.sort();
    }
    QCOMPARE(actual, expected);
}

void TestInventory::unknownPatternWarns()
{
    Inventory inventory;
    QString error;
    QVERIFY(inventory.loadData("[web]\npi1\n", QStringLiteral("hosts.ini"), &error));
    QString warning;
    QCOMPARE(inventory.match(QStringLiteral("web:nosuch"), &warning),
        QStringList { QStringLiteral("pi1") });
    QVERIFY2(warning.contains(QLatin1String("nosuch")), qPrintable(warning));
    QVERIFY(inventory.match(QStringLiteral("web"), &warning).size() == 1);
    QVERIFY2(warning.isEmpty(), qPrintable(warning));
    QVERIFY(inventory.match(QStringLiteral("web2*"), &warning).isEmpty());
    QVERIFY(warning.contains(QLatin1String("web2*")));
}

void TestInventory::brokenFilesSayWhereAndWhatToDo_data()
{
    antler::test::addBrokenFixtureRows(BrokenDir, {QStringLiteral("*.ini"), QStringLiteral("*.yml")}, 10);
}

void TestInventory::brokenFilesSayWhereAndWhatToDo()
{
    QFETCH(QString, path);
    QFETCH(QString, position);
    QFETCH(QString, hint);

    Inventory inventory;
    QString error;
    QVERIFY(!inventory.load(path, &error));
    const QString where = path + QLatin1Char(':') + position + QLatin1String(": ");
    QVERIFY2(error.startsWith(where),
        qPrintable(QStringLiteral("expected %1… got: %2").arg(where, error)));
    QVERIFY2(error.contains(hint), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("; ")), qPrintable(error));
    QVERIFY2(error.endsWith(QLatin1Char('.')), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
}

void TestInventory::failedLoadKeepsThePreviousInventory()
{
    Inventory inventory;
    QString error;
    QVERIFY(inventory.load(QStringLiteral("pi1,pi2"), &error));
    QVERIFY(!inventory.load(BrokenDir + QLatin1String("/bad-range-order.ini"), &error));
    QCOMPARE(inventory.hostNames(), (QStringList { QStringLiteral("pi1"), QStringLiteral("pi2") }));
    QVERIFY(!inventory.load(QStringLiteral("/nonexistent/hosts.ini"), &error));
    QVERIFY2(error.startsWith(QLatin1String("/nonexistent/hosts.ini: ")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
