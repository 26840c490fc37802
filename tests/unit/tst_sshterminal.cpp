#include "SshTerminal.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using antler::gui::SshTerminal;

// The terminal is found where the user's environment says, and ssh's words
// reach it as words, the way each terminal takes a command.
class TestSshTerminal : public QObject
{
    Q_OBJECT

private slots:
    void sshCommandCarriesUserPortKeyAndKnownHosts();
    void terminalArguments_data();
    void terminalArguments();
    void findsTerminalFromTheEnvironment();
};

void TestSshTerminal::sshCommandCarriesUserPortKeyAndKnownHosts()
{
    antler::transport::ConnectionSettings settings;
    settings.host = QStringLiteral("192.0.2.7");
    settings.port = 2222;
    settings.user = QStringLiteral("pi");
    settings.privateKeyFile = QStringLiteral("/home/me/keys/id ed25519");
    settings.knownHostsFile = QStringLiteral("/home/me/.ssh/known_hosts");
    QCOMPARE(
        SshTerminal::sshCommand(settings),
        QStringList({QStringLiteral("ssh"), QStringLiteral("-p"), QStringLiteral("2222"), QStringLiteral("-i"),
                     QStringLiteral("/home/me/keys/id ed25519"), QStringLiteral("-o"),
                     QStringLiteral("UserKnownHostsFile=/home/me/.ssh/known_hosts"), QStringLiteral("pi@192.0.2.7")}));
    settings.user.clear();
    settings.privateKeyFile.clear();
    settings.knownHostsFile.clear();
    QCOMPARE(SshTerminal::sshCommand(settings).constLast(), QStringLiteral("192.0.2.7"));
    QVERIFY(!SshTerminal::sshCommand(settings).contains(QStringLiteral("-i")));
}

void TestSshTerminal::terminalArguments_data()
{
    QTest::addColumn<QString>("terminal");
    QTest::addColumn<QStringList>("prefix");
    QTest::newRow("gnome-terminal") << "/usr/bin/gnome-terminal" << QStringList {QStringLiteral("--")};
    QTest::newRow("xfce4-terminal") << "/usr/bin/xfce4-terminal" << QStringList {QStringLiteral("-x")};
    QTest::newRow("xterm") << "/usr/bin/xterm" << QStringList {QStringLiteral("-e")};
    QTest::newRow("konsole") << "/usr/bin/konsole" << QStringList {QStringLiteral("-e")};
    QTest::newRow("x-terminal-emulator") << "/usr/bin/x-terminal-emulator" << QStringList {QStringLiteral("-e")};
    QTest::newRow("kitty") << "/usr/bin/kitty" << QStringList {};
    QTest::newRow("wezterm") << "/usr/bin/wezterm" << QStringList {QStringLiteral("start"), QStringLiteral("--")};
}

void TestSshTerminal::terminalArguments()
{
    QFETCH(QString, terminal);
    QFETCH(QStringList, prefix);
    const QStringList command {QStringLiteral("ssh"), QStringLiteral("-p"), QStringLiteral("22"),
                               QStringLiteral("pi@host")};
    QCOMPARE(SshTerminal::terminalArguments(terminal, command), prefix + command);
}

void TestSshTerminal::findsTerminalFromTheEnvironment()
{
    QTemporaryDir bin;
    QVERIFY(bin.isValid());
    const auto makeProgram = [&](const QString &name) {
        QFile file(bin.filePath(name));
        file.open(QIODevice::WriteOnly);
        file.write("#!/bin/sh\n");
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return file.fileName();
    };
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PATH"), bin.path());
    QString why;
    QVERIFY(SshTerminal::findTerminal(environment, &why).isEmpty());
    QVERIFY(why.contains(QLatin1String("TERMINAL")));
    const QString xterm = makeProgram(QStringLiteral("xterm"));
    QCOMPARE(SshTerminal::findTerminal(environment, &why), xterm);
    const QString debian = makeProgram(QStringLiteral("x-terminal-emulator"));
    QCOMPARE(SshTerminal::findTerminal(environment, &why), debian);
    const QString chosen = makeProgram(QStringLiteral("myterm"));
    environment.insert(QStringLiteral("TERMINAL"), QStringLiteral("myterm --hold"));
    QCOMPARE(SshTerminal::findTerminal(environment, &why), chosen);
    // A $TERMINAL that is not there falls back to the others.
    environment.insert(QStringLiteral("TERMINAL"), QStringLiteral("nosuchterm"));
    QCOMPARE(SshTerminal::findTerminal(environment, &why), debian);
}

QTEST_GUILESS_MAIN(TestSshTerminal)
#include "tst_sshterminal.moc"
