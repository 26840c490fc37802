#include "ChromiumSession.h"

#include "HttpClient.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>
#include <QWebSocket>

#include <csignal>
#include <unistd.h>

namespace antler::test {

namespace {

// A JavaScript string literal for text (a JSON string is one).
QString jsString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString describeException(const QJsonObject &details)
{
    const QJsonObject exception = details.value(QStringLiteral("exception")).toObject();
    const QString description = exception.value(QStringLiteral("description")).toString();
    return description.isEmpty() ? details.value(QStringLiteral("text")).toString() : description;
}

// The page's DevTools socket. Chromium builds webSocketDebuggerUrl from the
// request's Host header, so it is rebuilt here from the target id instead.
QString pageSocketUrl(quint16 port, const QJsonObject &target)
{
    const QString id = target.value(QStringLiteral("id")).toString();
    return id.isEmpty() ? QString() : QStringLiteral("ws://127.0.0.1:%1/devtools/page/%2").arg(port).arg(id);
}

} // namespace

ChromiumSession::ChromiumSession()
{
    // A group of its own, so helper processes can be stopped with the browser.
    m_process.setChildProcessModifier([] { ::setsid(); });
}

ChromiumSession::~ChromiumSession()
{
    stop();
}

QString ChromiumSession::binary()
{
    return QStringLiteral("/usr/bin/chromium");
}

bool ChromiumSession::isAvailable()
{
    return QFileInfo(binary()).isExecutable();
}

bool ChromiumSession::isRunning() const
{
    return m_process.state() == QProcess::Running && m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool ChromiumSession::start(QSize viewport, int timeoutMs)
{
    stop();
    m_error.clear();
    if (!isAvailable()) {
        m_error = QStringLiteral("%1 is not installed; run scripts/install-deps.sh.").arg(binary());
        return false;
    }
    m_profile = std::make_unique<QTemporaryDir>();
    if (!m_profile->isValid()) {
        m_error = QStringLiteral("Cannot create a profile folder for Chromium: %1.").arg(m_profile->errorString());
        return false;
    }
    const QStringList arguments {
        QStringLiteral("--headless"),
        QStringLiteral("--no-sandbox"),
        QStringLiteral("--disable-gpu"),
        QStringLiteral("--disable-quic"),
        QStringLiteral("--no-first-run"),
        QStringLiteral("--disable-background-networking"),
        QStringLiteral("--disable-component-update"),
        QStringLiteral("--disable-sync"),
        QStringLiteral("--disable-dev-shm-usage"),
        QStringLiteral("--password-store=basic"),
        QStringLiteral("--hide-scrollbars"),
        QStringLiteral("--force-color-profile=srgb"),
        QStringLiteral("--window-size=%1,%2").arg(viewport.width()).arg(viewport.height()),
        QStringLiteral("--remote-debugging-port=0"),
        QStringLiteral("--user-data-dir=%1").arg(m_profile->path()),
        QStringLiteral("about:blank"),
    };
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.setReadChannel(QProcess::StandardError);
    m_process.start(binary(), arguments);
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("Cannot start %1: %2.").arg(binary(), m_process.errorString());
        return false;
    }
    QDeadlineTimer deadline(timeoutMs);
    QUrl browserUrl;
    if (!readDevToolsUrl(int(deadline.remainingTime()), &browserUrl)
        || !attachToPage(browserUrl, int(qMax<qint64>(1, deadline.remainingTime())))) {
        const QString reason = m_error;
        stop();
        m_error = reason;
        return false;
    }
    for (const char *domain : {"Page.enable", "Runtime.enable", "Log.enable"}) {
        if (!call(QLatin1String(domain)).ok)
            return false;
    }
    // The window size is only a hint in headless mode; pin the viewport.
    const Reply metrics = call(QStringLiteral("Emulation.setDeviceMetricsOverride"),
                               {{QStringLiteral("width"), viewport.width()},
                                {QStringLiteral("height"), viewport.height()},
                                {QStringLiteral("deviceScaleFactor"), 1},
                                {QStringLiteral("mobile"), false}});
    return metrics.ok;
}

bool ChromiumSession::readDevToolsUrl(int timeoutMs, QUrl *browserUrl)
{
    static const QRegularExpression listening(QStringLiteral("DevTools listening on (ws://\\S+)"));
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        m_output += m_process.readAllStandardError();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(m_output));
        if (match.hasMatch()) {
            *browserUrl = QUrl(match.captured(1));
            return true;
        }
        if (m_process.state() == QProcess::NotRunning) {
            m_error = QStringLiteral("Chromium exited before opening its DevTools port:\n%1")
                          .arg(QString::fromUtf8(m_output));
            return false;
        }
        if (deadline.hasExpired()) {
            m_error = QStringLiteral("Chromium did not announce its DevTools port within %1 ms:\n%2")
                          .arg(timeoutMs)
                          .arg(QString::fromUtf8(m_output));
            return false;
        }
        m_process.waitForReadyRead(int(qBound(qint64(1), deadline.remainingTime(), qint64(100))));
    }
}

bool ChromiumSession::attachToPage(const QUrl &browserUrl, int timeoutMs)
{
    const quint16 port = quint16(browserUrl.port());
    QDeadlineTimer deadline(timeoutMs);
    QString pageUrl;
    while (pageUrl.isEmpty()) {
        const HttpReply list = HttpClient::get(port, "/json/list");
        const QJsonArray targets = QJsonDocument::fromJson(list.body).array();
        for (const QJsonValue target : targets) {
            const QJsonObject o = target.toObject();
            if (o.value(QStringLiteral("type")).toString() == QLatin1String("page")) {
                pageUrl = pageSocketUrl(port, o);
                break;
            }
        }
        if (!pageUrl.isEmpty())
            break;
        if (list.complete && list.status == 200) {
            // No page yet: open one.
            HttpClient client(port);
            if (client.connectToServer()) {
                const HttpReply created = client.request("PUT /json/new?about:blank HTTP/1.1\r\nHost: "
                                                         "127.0.0.1\r\nContent-Length: 0\r\n\r\n");
                pageUrl = pageSocketUrl(port, QJsonDocument::fromJson(created.body).object());
            }
        }
        if (pageUrl.isEmpty()) {
            if (deadline.hasExpired()) {
                m_error = QStringLiteral("Chromium listed no page target at http://127.0.0.1:%1/json/list.").arg(port);
                return false;
            }
            pump([] { return false; }, 100);
        }
    }

    m_socket = std::make_unique<QWebSocket>();
    m_socket->setMaxAllowedIncomingMessageSize(256 * 1024 * 1024);
    QObject::connect(m_socket.get(), &QWebSocket::textMessageReceived, m_socket.get(),
                     [this](const QString &text) { handleMessage(text); });
    m_socket->open(QUrl(pageUrl));
    pump(
        [this] {
            return m_socket->state() == QAbstractSocket::ConnectedState
                || m_socket->state() == QAbstractSocket::UnconnectedState;
        },
        int(qMax<qint64>(1, deadline.remainingTime())));
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        m_error = QStringLiteral("Cannot open the DevTools connection %1: %2.").arg(pageUrl, m_socket->errorString());
        return false;
    }
    return true;
}

void ChromiumSession::handleMessage(const QString &text)
{
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    if (message.contains(QStringLiteral("id"))) {
        m_replies.insert(message.value(QStringLiteral("id")).toInt(), message);
        return;
    }
    const QString method = message.value(QStringLiteral("method")).toString();
    const QJsonObject params = message.value(QStringLiteral("params")).toObject();
    if (method == QLatin1String("Runtime.exceptionThrown")) {
        m_pageErrors.append(describeException(params.value(QStringLiteral("exceptionDetails")).toObject()));
    } else if (method == QLatin1String("Runtime.consoleAPICalled")) {
        QStringList parts;
        for (const QJsonValue arg : params.value(QStringLiteral("args")).toArray()) {
            const QJsonObject o = arg.toObject();
            parts.append(o.contains(QStringLiteral("value")) ? o.value(QStringLiteral("value")).toVariant().toString()
                                                             : o.value(QStringLiteral("description")).toString());
        }
        const QString type = params.value(QStringLiteral("type")).toString();
        m_console.append(type + QStringLiteral(": ") + parts.join(QLatin1Char(' ')));
        if (type == QLatin1String("error") || type == QLatin1String("assert"))
            m_pageErrors.append(parts.join(QLatin1Char(' ')));
    } else if (method == QLatin1String("Log.entryAdded")) {
        const QJsonObject entry = params.value(QStringLiteral("entry")).toObject();
        m_console.append(
            QStringLiteral("%1 (%2): %3 %4")
                .arg(entry.value(QStringLiteral("level")).toString(), entry.value(QStringLiteral("source")).toString(),
                     entry.value(QStringLiteral("text")).toString(), entry.value(QStringLiteral("url")).toString()));
    }
    m_events.append(message);
}

bool ChromiumSession::pump(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        QTimer tick;
        tick.setSingleShot(true);
        QObject::connect(&tick, &QTimer::timeout, &loop, &QEventLoop::quit);
        if (m_socket) {
            QObject::connect(m_socket.get(), &QWebSocket::textMessageReceived, &loop, &QEventLoop::quit);
            QObject::connect(m_socket.get(), &QWebSocket::stateChanged, &loop, &QEventLoop::quit);
        }
        tick.start(int(qBound(qint64(1), deadline.remainingTime(), qint64(50))));
        loop.exec();
    }
    return true;
}

ChromiumSession::Reply ChromiumSession::call(const QString &method, const QJsonObject &params, int timeoutMs)
{
    Reply reply;
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        reply.error = QStringLiteral("%1: the DevTools connection is not open.").arg(method);
        m_error = reply.error;
        return reply;
    }
    const int id = m_nextId++;
    const QJsonObject message {
        {QStringLiteral("id"), id}, {QStringLiteral("method"), method}, {QStringLiteral("params"), params}};
    m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    pump([&] { return m_replies.contains(id) || m_socket->state() != QAbstractSocket::ConnectedState; }, timeoutMs);
    if (!m_replies.contains(id)) {
        reply.error = m_socket->state() == QAbstractSocket::ConnectedState
            ? QStringLiteral("%1 got no answer within %2 ms.").arg(method).arg(timeoutMs)
            : QStringLiteral("The DevTools connection closed during %1.").arg(method);
        m_error = reply.error;
        return reply;
    }
    const QJsonObject answer = m_replies.take(id);
    if (answer.contains(QStringLiteral("error"))) {
        reply.error
            = QStringLiteral("%1 failed: %2")
                  .arg(method,
                       answer.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString());
        m_error = reply.error;
        return reply;
    }
    reply.ok = true;
    reply.result = answer.value(QStringLiteral("result")).toObject();
    return reply;
}

bool ChromiumSession::waitForLoad(qsizetype fromEvent, int timeoutMs)
{
    const bool loaded = pump(
        [&] {
            for (qsizetype i = fromEvent; i < m_events.size(); ++i) {
                if (m_events.at(i).value(QStringLiteral("method")).toString() == QLatin1String("Page.loadEventFired"))
                    return true;
            }
            return !m_socket || m_socket->state() != QAbstractSocket::ConnectedState;
        },
        timeoutMs);
    if (!loaded || !isRunning()) {
        m_error = QStringLiteral("The page did not finish loading within %1 ms.").arg(timeoutMs);
        return false;
    }
    return true;
}

bool ChromiumSession::navigate(const QUrl &url, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    const qsizetype mark = m_events.size();
    const Reply reply = call(QStringLiteral("Page.navigate"), {{QStringLiteral("url"), url.toString()}}, timeoutMs);
    if (!reply.ok)
        return false;
    const QString failure = reply.result.value(QStringLiteral("errorText")).toString();
    if (!failure.isEmpty()) {
        m_error = QStringLiteral("Loading %1 failed: %2.").arg(url.toString(), failure);
        return false;
    }
    return waitForLoad(mark, int(qMax<qint64>(1, deadline.remainingTime())));
}

bool ChromiumSession::reload(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    const qsizetype mark = m_events.size();
    if (!call(QStringLiteral("Page.reload"), {{QStringLiteral("ignoreCache"), false}}, timeoutMs).ok)
        return false;
    return waitForLoad(mark, int(qMax<qint64>(1, deadline.remainingTime())));
}

QJsonValue ChromiumSession::evaluate(const QString &expression, int timeoutMs)
{
    const Reply reply = call(QStringLiteral("Runtime.evaluate"),
                             {{QStringLiteral("expression"), expression},
                              {QStringLiteral("returnByValue"), true},
                              {QStringLiteral("awaitPromise"), true},
                              {QStringLiteral("userGesture"), true}},
                             timeoutMs);
    if (!reply.ok)
        return QJsonValue(QJsonValue::Undefined);
    if (reply.result.contains(QStringLiteral("exceptionDetails"))) {
        m_error = QStringLiteral("JavaScript threw: %1")
                      .arg(describeException(reply.result.value(QStringLiteral("exceptionDetails")).toObject()));
        return QJsonValue(QJsonValue::Undefined);
    }
    const QJsonObject result = reply.result.value(QStringLiteral("result")).toObject();
    return result.contains(QStringLiteral("value")) ? result.value(QStringLiteral("value"))
                                                    : QJsonValue(QJsonValue::Undefined);
}

bool ChromiumSession::waitFor(const QString &predicate, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    const QString expression = QStringLiteral("Boolean(%1)").arg(predicate);
    QString lastProblem;
    for (;;) {
        const QJsonValue value = evaluate(expression, int(qBound(qint64(1), deadline.remainingTime(), qint64(5000))));
        if (value.toBool())
            return true;
        // While a page is being replaced the context can vanish; keep trying.
        lastProblem = value.isUndefined() ? m_error : QString();
        if (deadline.hasExpired() || !isRunning())
            break;
        pump([] { return false; }, int(qBound(qint64(1), deadline.remainingTime(), qint64(50))));
    }
    m_error = QStringLiteral("Timed out after %1 ms waiting for: %2").arg(timeoutMs).arg(predicate);
    if (!lastProblem.isEmpty())
        m_error += QStringLiteral(" (%1)").arg(lastProblem);
    return false;
}

bool ChromiumSession::click(const QString &selector, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    const QString locate = QStringLiteral(R"JS((() => {
  const element = document.querySelector(%1);
  if (!element) return {problem: 'no element matches it'};
  element.scrollIntoView({block: 'center', inline: 'center'});
  const box = element.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return {problem: 'it has no size (hidden?)'};
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const hit = document.elementFromPoint(x, y);
  if (!hit || !(hit === element || element.contains(hit))) return {problem: 'another element covers it'};
  return {x, y};
})())JS")
                               .arg(jsString(selector));
    const QJsonValue where = evaluate(locate, timeoutMs);
    if (!where.isObject())
        return false;
    const QJsonObject point = where.toObject();
    if (point.contains(QStringLiteral("problem"))) {
        m_error
            = QStringLiteral("Cannot click %1: %2.").arg(selector, point.value(QStringLiteral("problem")).toString());
        return false;
    }
    const double x = point.value(QStringLiteral("x")).toDouble();
    const double y = point.value(QStringLiteral("y")).toDouble();
    for (const char *type : {"mouseMoved", "mousePressed", "mouseReleased"}) {
        const bool move = qstrcmp(type, "mouseMoved") == 0;
        const Reply reply = call(QStringLiteral("Input.dispatchMouseEvent"),
                                 {{QStringLiteral("type"), QLatin1String(type)},
                                  {QStringLiteral("x"), x},
                                  {QStringLiteral("y"), y},
                                  {QStringLiteral("button"), move ? QStringLiteral("none") : QStringLiteral("left")},
                                  {QStringLiteral("buttons"), qstrcmp(type, "mousePressed") == 0 ? 1 : 0},
                                  {QStringLiteral("clickCount"), move ? 0 : 1}},
                                 int(qMax<qint64>(1, deadline.remainingTime())));
        if (!reply.ok)
            return false;
    }
    return true;
}

bool ChromiumSession::screenshot(const QString &path, int timeoutMs)
{
    const Reply reply = call(QStringLiteral("Page.captureScreenshot"),
                             {{QStringLiteral("format"), QStringLiteral("png")}}, timeoutMs);
    if (!reply.ok)
        return false;
    const QByteArray png = QByteArray::fromBase64(reply.result.value(QStringLiteral("data")).toString().toLatin1());
    if (!png.startsWith("\x89PNG")) {
        m_error = QStringLiteral("Page.captureScreenshot returned no PNG image.");
        return false;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(png) != png.size()) {
        m_error = QStringLiteral("Cannot write the screenshot %1: %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}

QByteArray ChromiumSession::browserOutput()
{
    if (m_process.state() != QProcess::NotRunning || m_process.bytesAvailable() > 0)
        m_output += m_process.readAllStandardError();
    return m_output;
}

void ChromiumSession::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        const pid_t group = pid_t(m_process.processId());
        // Ask politely first, so the profile is written and closed cleanly.
        if (isRunning())
            call(QStringLiteral("Browser.close"), {}, 3000);
        if (!m_process.waitForFinished(5000)) {
            ::kill(group, SIGTERM);
            if (!m_process.waitForFinished(5000))
                ::kill(-group, SIGKILL);
            m_process.waitForFinished(3000);
        }
        // Helper processes (renderers, zygotes) must not outlive the test.
        ::kill(-group, SIGKILL);
        m_output += m_process.readAllStandardError();
    }
    m_socket.reset();
    m_replies.clear();
    m_profile.reset();
}

} // namespace antler::test
