#include "transport/KnownHosts.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using antler::transport::KnownHosts;
using Status = KnownHosts::Status;

Q_DECLARE_METATYPE(KnownHosts::Status)

namespace {

QString dataDir()
{
    return QStringLiteral(ANTLER_SOURCE_DIR "/tests/data/knownhosts");
}

// The decoded blob of tests/data/knownhosts/keys/NAME.pub.
QByteArray keyBlob(const QString &name)
{
    QFile file(dataDir() + QStringLiteral("/keys/") + name + QStringLiteral(".pub"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QByteArray::fromBase64(file.readAll().split(' ').value(1));
}

} // namespace

class TestKnownHosts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fingerprintMatchesSshKeygen_data();
    void fingerprintMatchesSshKeygen();
    void hostField();
    void check_data();
    void check();
    void brokenLinesAreReportedAndSkipped();
    void missingFileIsEmpty();
    void appendIsReadBackByUsAndOpenSsh();
    void appendCreatesFolderAndFile();
};

void TestKnownHosts::fingerprintMatchesSshKeygen_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("fingerprint");
    // As printed by `ssh-keygen -lf keys/NAME.pub`.
    QTest::newRow("a") << "a"
                       << "ssh-ed25519"
                       << "SHA256:wdb35H3Z6UnIzUxsDwDQ2EdcoT1GBWQ9U8mPVyl+HlU";
    QTest::newRow("b") << "b"
                       << "ssh-ed25519"
                       << "SHA256:tDTqyg3Xb43Gwi0OII8RB465fh53QoF9g0kk2uo8m9I";
    QTest::newRow("c") << "c"
                       << "ssh-ed25519"
                       << "SHA256:B7No+YgvVdq4AKMaXMn9oPMh2+HDQ1PBPpb57cynsd8";
    QTest::newRow("e") << "e"
                       << "ecdsa-sha2-nistp256"
                       << "SHA256:HM+I8EdvAotmXYbSvXFYoPzY4LKdkB9bFpK3WeHEipw";
    QTest::newRow("r") << "r"
                       << "ssh-rsa"
                       << "SHA256:inlzfORJxUUPBc60pWotj53rnfhp8oGtjcQnFOMVXy0";
}

void TestKnownHosts::fingerprintMatchesSshKeygen()
{
    QFETCH(QString, key);
    QFETCH(QString, type);
    QFETCH(QString, fingerprint);
    const QByteArray blob = keyBlob(key);
    QVERIFY(!blob.isEmpty());
    QCOMPARE(KnownHosts::keyTypeOf(blob), type);
    QCOMPARE(KnownHosts::fingerprint(blob), fingerprint);
}

void TestKnownHosts::hostField()
{
    QCOMPARE(KnownHosts::hostField(QStringLiteral("pi.local"), 22), QByteArray("pi.local"));
    QCOMPARE(KnownHosts::hostField(QStringLiteral("pi.local"), 2222), QByteArray("[pi.local]:2222"));
    QCOMPARE(KnownHosts::hostField(QStringLiteral("127.0.0.1"), 40022), QByteArray("[127.0.0.1]:40022"));
}

void TestKnownHosts::check_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("key");
    QTest::addColumn<Status>("status");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("oldKey"); // for Changed: the key on that line

    QTest::newRow("plain known") << "plain"
                                 << "pi.local" << 22 << "a" << Status::Known << 2 << "";
    QTest::newRow("plain name case") << "plain"
                                     << "PI.Local" << 22 << "a" << Status::Known << 2 << "";
    QTest::newRow("plain changed") << "plain"
                                   << "pi.local" << 22 << "b" << Status::Changed << 2 << "a";
    QTest::newRow("plain port known") << "plain"
                                      << "pi.local" << 2222 << "b" << Status::Known << 3 << "";
    QTest::newRow("plain port changed") << "plain"
                                        << "pi.local" << 2222 << "a" << Status::Changed << 3 << "b";
    QTest::newRow("plain other port unknown") << "plain"
                                              << "pi.local" << 2200 << "a" << Status::Unknown << 0 << "";
    QTest::newRow("plain alias") << "plain"
                                 << "pi2" << 22 << "e" << Status::Known << 5 << "";
    QTest::newRow("plain address") << "plain"
                                   << "192.168.1.10" << 22 << "e" << Status::Known << 5 << "";
    QTest::newRow("plain other type unknown") << "plain"
                                              << "pi2" << 22 << "a" << Status::Unknown << 0 << "";
    QTest::newRow("plain upper-case entry") << "plain"
                                            << "pi3.example.org" << 22 << "r" << Status::Known << 6 << "";
    QTest::newRow("plain unknown host") << "plain"
                                        << "elsewhere" << 22 << "a" << Status::Unknown << 0 << "";

    QTest::newRow("hashed known") << "hashed"
                                  << "pi.local" << 22 << "a" << Status::Known << 2 << "";
    QTest::newRow("hashed changed") << "hashed"
                                    << "pi.local" << 22 << "b" << Status::Changed << 2 << "a";
    QTest::newRow("hashed port") << "hashed"
                                 << "pi.local" << 2222 << "b" << Status::Known << 3 << "";
    QTest::newRow("hashed port changed") << "hashed"
                                         << "pi.local" << 2222 << "c" << Status::Changed << 3 << "b";
    QTest::newRow("hashed ecdsa") << "hashed"
                                  << "pi2" << 22 << "e" << Status::Known << 4 << "";
    QTest::newRow("hashed unknown") << "hashed"
                                    << "pi3" << 22 << "a" << Status::Unknown << 0 << "";

    QTest::newRow("wildcard") << "wildcards"
                              << "www.example.org" << 22 << "a" << Status::Known << 2 << "";
    QTest::newRow("negated") << "wildcards"
                             << "bad.example.org" << 22 << "a" << Status::Unknown << 0 << "";
    QTest::newRow("star needs a dot") << "wildcards"
                                      << "example.org" << 22 << "a" << Status::Unknown << 0 << "";
    QTest::newRow("question mark") << "wildcards"
                                   << "node1.lan" << 22 << "b" << Status::Known << 3 << "";
    QTest::newRow("question mark is one char") << "wildcards"
                                               << "node10.lan" << 22 << "b" << Status::Unknown << 0 << "";
    QTest::newRow("wildcard changed") << "wildcards"
                                      << "node1.lan" << 22 << "a" << Status::Changed << 3 << "b";

    QTest::newRow("revoked wins") << "revoked"
                                  << "pi.local" << 22 << "c" << Status::Revoked << 3 << "";
    QTest::newRow("revoked anywhere") << "revoked"
                                      << "elsewhere" << 22 << "c" << Status::Revoked << 3 << "";
    QTest::newRow("cert authority trusts nothing") << "revoked"
                                                   << "x.example.org" << 22 << "a" << Status::Unknown << 0 << "";

    QTest::newRow("malformed keeps good line") << "malformed"
                                               << "pi.local" << 22 << "a" << Status::Known << 7 << "";
    QTest::newRow("malformed changed") << "malformed"
                                       << "pi.local" << 22 << "b" << Status::Changed << 7 << "a";

    QTest::newRow("changed names old line") << "changed"
                                            << "pi.local" << 22 << "a" << Status::Changed << 4 << "b";
    QTest::newRow("changed other type known") << "changed"
                                              << "pi.local" << 22 << "e" << Status::Known << 3 << "";
}

void TestKnownHosts::check()
{
    QFETCH(QString, file);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, key);
    QFETCH(Status, status);
    QFETCH(int, line);
    QFETCH(QString, oldKey);

    KnownHosts knownHosts;
    QString error;
    QVERIFY2(knownHosts.load(dataDir() + QLatin1Char('/') + file, &error), qPrintable(error));
    const KnownHosts::Verdict verdict = knownHosts.check(host, port, keyBlob(key));
    QCOMPARE(verdict.status, status);
    QCOMPARE(verdict.line, line);
    if (status == Status::Changed) {
        QCOMPARE(verdict.oldFingerprint, KnownHosts::fingerprint(keyBlob(oldKey)));
        QCOMPARE(verdict.oldKeyType, KnownHosts::keyTypeOf(keyBlob(oldKey)));
    }
}

void TestKnownHosts::brokenLinesAreReportedAndSkipped()
{
    KnownHosts knownHosts;
    QVERIFY(knownHosts.load(dataDir() + QStringLiteral("/malformed")));
    QCOMPARE(knownHosts.entries().size(), 1);
    QCOMPARE(knownHosts.entries().first().line, 7);
    const QStringList problems = knownHosts.problems();
    QCOMPARE(problems.size(), 5);
    for (int i = 0; i < problems.size(); ++i)
        QVERIFY2(problems.at(i).startsWith(QStringLiteral("line %1:").arg(i + 2)), qPrintable(problems.at(i)));
}

void TestKnownHosts::missingFileIsEmpty()
{
    KnownHosts knownHosts;
    QVERIFY(knownHosts.load(dataDir() + QStringLiteral("/does-not-exist")));
    QVERIFY(knownHosts.entries().isEmpty());
    QCOMPARE(knownHosts.check(QStringLiteral("pi.local"), 22, keyBlob(QStringLiteral("a"))).status, Status::Unknown);
}

void TestKnownHosts::appendIsReadBackByUsAndOpenSsh()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("known_hosts"));
    {
        // A file whose last line has no newline must not get glued to the new one.
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("other.local ssh-ed25519 " + keyBlob(QStringLiteral("b")).toBase64());
    }
    QString error;
    QVERIFY2(KnownHosts::append(path, QStringLiteral("127.0.0.1"), 40022, keyBlob(QStringLiteral("a")), &error),
             qPrintable(error));
    KnownHosts knownHosts;
    QVERIFY(knownHosts.load(path));
    QCOMPARE(knownHosts.entries().size(), 2);
    QVERIFY(knownHosts.problems().isEmpty());
    QCOMPARE(knownHosts.check(QStringLiteral("127.0.0.1"), 40022, keyBlob(QStringLiteral("a"))).status, Status::Known);
    QCOMPARE(knownHosts.check(QStringLiteral("other.local"), 22, keyBlob(QStringLiteral("b"))).status, Status::Known);

    const QString keygen = QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
    if (keygen.isEmpty())
        QSKIP("ssh-keygen is not installed (package openssh-client); cannot cross-check with OpenSSH");
    QProcess process;
    process.start(keygen, {QStringLiteral("-F"), QStringLiteral("[127.0.0.1]:40022"), QStringLiteral("-f"), path});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().contains(keyBlob(QStringLiteral("a")).toBase64()));
}

void TestKnownHosts::appendCreatesFolderAndFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("home/.ssh/known_hosts"));
    QString error;
    QVERIFY2(KnownHosts::append(path, QStringLiteral("pi.local"), 22, keyBlob(QStringLiteral("e")), &error),
             qPrintable(error));
    QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("home/.ssh"))).permissions() & QFileDevice::ReadOther,
             QFileDevice::Permissions());
    KnownHosts knownHosts;
    QVERIFY(knownHosts.load(path));
    QCOMPARE(knownHosts.check(QStringLiteral("pi.local"), 22, keyBlob(QStringLiteral("e"))).status, Status::Known);
}

QTEST_GUILESS_MAIN(TestKnownHosts)
#include "tst_knownhosts.moc"
