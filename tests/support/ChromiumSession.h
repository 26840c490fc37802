#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QProcess>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <memory>

class QWebSocket;

namespace antler::test {

// A real headless Chromium (Debian's /usr/bin/chromium) driven over the
// Chrome DevTools Protocol, for browser tests. Every call waits in a local
// event loop with a timeout, which is fine in a test and nowhere else.
// Each session gets a fresh profile folder; the browser and all its helper
// processes are stopped when the object goes away, even when a test fails.
class ChromiumSession
{
public:
    struct Reply
    {
        bool ok = false;
        QJsonObject result;
        QString error;
    };

    ChromiumSession();
    ~ChromiumSession();
    ChromiumSession(const ChromiumSession &) = delete;
    ChromiumSession &operator=(const ChromiumSession &) = delete;

    static QString binary();
    static bool isAvailable();

    // Launches the browser and attaches to its page; viewport in CSS pixels.
    bool start(QSize viewport = QSize(1000, 700), int timeoutMs = 30000);
    void stop();
    bool isRunning() const;

    // Loads url and waits for its load event. False on a network error.
    bool navigate(const QUrl &url, int timeoutMs = 15000);
    // Reloads like the user pressing F5 (the cache is consulted, not bypassed).
    bool reload(int timeoutMs = 15000);
    // The value of a JavaScript expression (promises are awaited); undefined
    // and lastError() set when it throws or the call fails.
    QJsonValue evaluate(const QString &expression, int timeoutMs = 10000);
    // Polls a JavaScript predicate until it is truthy.
    bool waitFor(const QString &predicate, int timeoutMs = 10000);
    // A real mouse click in the middle of the first element matching the
    // selector; fails if it is missing, has no size or is covered.
    bool click(const QString &selector, int timeoutMs = 10000);
    bool screenshot(const QString &path, int timeoutMs = 15000);
    // One raw DevTools command on the page session.
    Reply call(const QString &method, const QJsonObject &params = {}, int timeoutMs = 10000);

    QString lastError() const { return m_error; }
    // Uncaught JavaScript exceptions and console errors seen so far.
    QStringList pageErrors() const { return m_pageErrors; }
    QStringList consoleMessages() const { return m_console; }
    QByteArray browserOutput();

private:
    bool readDevToolsUrl(int timeoutMs, QUrl *browserUrl);
    bool attachToPage(const QUrl &browserUrl, int timeoutMs);
    void handleMessage(const QString &text);
    bool pump(const std::function<bool()> &done, int timeoutMs);
    bool waitForLoad(qsizetype fromEvent, int timeoutMs);

    QProcess m_process;
    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<QWebSocket> m_socket;
    QByteArray m_output;
    int m_nextId = 1;
    QHash<int, QJsonObject> m_replies;
    QList<QJsonObject> m_events;
    QStringList m_pageErrors;
    QStringList m_console;
    QString m_error;
};

} // namespace antler::test
