// The webhook: the notifications.webhook key of antler.yaml, and the POST
// itself against a small HTTP receiver on loopback (a QTcpServer that
// answers like a web server would).
#include "health/WebhookNotifier.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace antler::health;

namespace {

// Reads one HTTP request (headers and a Content-Length body) per connection
// and answers with the given status.
class Receiver : public QObject
{
public:
    explicit Receiver(int status)
        : m_status(status)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto *buffer = new QByteArray;
                connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
                    delete buffer;
                    socket->deleteLater();
                });
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray head = buffer->left(end);
                    qsizetype length = 0;
                    for (const QByteArray &line : head.split('\n')) {
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    }
                    if (buffer->size() < end + 4 + length)
                        return;
                    requests.append({head, buffer->mid(end + 4, length)});
                    socket->write("HTTP/1.1 " + QByteArray::number(m_status)
                                  + " X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(m_server.serverPort())); }
    QList<QPair<QByteArray, QByteArray>> requests;

private:
    QTcpServer m_server;
    int m_status;
};

} // namespace

class TestHealthWebhook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void postsTheStateChangeAsJson()
    {
        Receiver receiver(204);
        WebhookNotifier notifier(receiver.url());
        QVERIFY(notifier.isEnabled());
        QSignalSpy delivered(&notifier, &WebhookNotifier::delivered);
        notifier.notify(QStringLiteral("production"), HealthState::Up, HealthState::Down,
                        QStringLiteral("frontend: connection refused at 127.0.0.1:18483"), 1'800'000'000'000);
        QVERIFY(delivered.wait(10000));
        QCOMPARE(delivered.at(0).at(0).toString(), QStringLiteral("production"));
        QCOMPARE(delivered.at(0).at(1).toInt(), 204);
        QCOMPARE(receiver.requests.size(), 1);
        const QByteArray head = receiver.requests.at(0).first;
        QVERIFY2(head.startsWith("POST /hook HTTP/1.1"), head.constData());
        QVERIFY(head.toLower().contains("content-type: application/json"));
        const QJsonObject body = QJsonDocument::fromJson(receiver.requests.at(0).second).object();
        QCOMPARE(body.size(), 5);
        QCOMPARE(body[QLatin1String("stage")].toString(), QStringLiteral("production"));
        QCOMPARE(body[QLatin1String("from")].toString(), QStringLiteral("up"));
        QCOMPARE(body[QLatin1String("to")].toString(), QStringLiteral("down"));
        QCOMPARE(body[QLatin1String("time")].toString(), QStringLiteral("2027-01-15T08:00:00Z"));
        QCOMPARE(body[QLatin1String("reason")].toString(),
                 QStringLiteral("frontend: connection refused at 127.0.0.1:18483"));
    }

    void aRefusingWebhookIsReportedInOneSentence()
    {
        Receiver receiver(500);
        WebhookNotifier notifier(receiver.url());
        QSignalSpy failed(&notifier, &WebhookNotifier::failed);
        notifier.notify(QStringLiteral("test"), HealthState::Down, HealthState::Up, QString());
        QVERIFY(failed.wait(10000));
        const QString error = failed.at(0).at(1).toString();
        QVERIFY2(error.contains(QLatin1String("HTTP 500")), qPrintable(error));
        QVERIFY(error.contains(QLatin1String("notifications.webhook")));
    }

    void noUrlSendsNothing()
    {
        WebhookNotifier notifier {QUrl()};
        QVERIFY(!notifier.isEnabled());
        QSignalSpy failed(&notifier, &WebhookNotifier::failed);
        notifier.notify(QStringLiteral("test"), HealthState::Down, HealthState::Up, QString());
        QTest::qWait(100);
        QCOMPARE(failed.size(), 0);
    }

    void urlFromTheProfile_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("url");
        QTest::newRow("none") << QByteArray("version: 1\nstages: []\n") << true << QString();
        QTest::newRow("webhook") << QByteArray("version: 1\nnotifications:\n  webhook: "
                                               "https://hooks.example.org/antler\n")
                                 << true << QStringLiteral("https://hooks.example.org/antler");
        QTest::newRow("top level, as notifications.yaml has it")
            << QByteArray("webhook: http://127.0.0.1:9/hook\n") << true << QStringLiteral("http://127.0.0.1:9/hook");
        QTest::newRow("empty") << QByteArray("notifications:\n  webhook: \"\"\n") << true << QString();
        QTest::newRow("not a url") << QByteArray("notifications:\n  webhook: ftp://x/y\n") << false << QString();
        QTest::newRow("a list") << QByteArray("notifications:\n  webhook: [a, b]\n") << false << QString();
    }

    void urlFromTheProfile()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(bool, ok);
        QFETCH(QString, url);
        QUrl parsed;
        QString error;
        QCOMPARE(WebhookNotifier::urlFromYaml(yaml, QStringLiteral("notifications.yaml"), &parsed, &error), ok);
        QCOMPARE(parsed.toString(), url);
        if (!ok) {
            QVERIFY2(error.startsWith(QLatin1String("notifications.yaml:2:")), qPrintable(error));
            QVERIFY(error.contains(QLatin1String("notifications.webhook")));
        }
    }

    void theSettingsLiveBesideTheProfile()
    {
        QCOMPARE(WebhookNotifier::settingsPathFor(QStringLiteral("/etc/antler/pi/antler.yaml")),
                 QStringLiteral("/etc/antler/pi/notifications.yaml"));
        QVERIFY(WebhookNotifier::settingsPathFor(QStringLiteral(":/antler/antler.yaml"))
                    .endsWith(QLatin1String("/antler/notifications.yaml")));
    }

    void theEmbeddedProfileHasNoWebhook()
    {
        QStandardPaths::setTestModeEnabled(true);
        QUrl url;
        QVERIFY(WebhookNotifier::urlFromConfig(QStringLiteral(":/antler/antler.yaml"), &url, nullptr));
        QVERIFY(url.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHealthWebhook)
#include "tst_healthwebhook.moc"
