#pragma once

#include "transport/CommandBuilder.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace antler::transport {

// The conversation with sudo before a become command starts, shared by the
// SSH and local transports. Everything the command writes on stderr before
// the marker comes from sudo: the prompt (answered with the password on
// stdin), "Sorry, try again." or sudo's refusal. Standard output is held
// back until the marker, so the command's output is exactly its own.
// The password is scrubbed from anything passed on.
class BecomeHandshake
{
    Q_DECLARE_TR_FUNCTIONS(antler::transport::BecomeHandshake)

public:
    enum class Action {
        None, // keep waiting
        SendPassword, // write password() + '\n' to stdin now
        NeedPassword, // sudo prompts and no password is known: providePassword() or giveUp()
        Failed, // stop the command; see failure()
    };

    // mayAsk: a prompt without a password is NeedPassword (a secret provider
    // is there), not a failure.
    BecomeHandshake(const BuiltCommand &built, const QString &password, bool mayAsk = false);

    bool isDone() const { return m_done; }
    bool isFailed() const { return m_failed; }
    QByteArray password() const { return m_password; }
    // After NeedPassword: the answer (then send password() + '\n'), or none.
    void providePassword(const QString &password);
    void giveUp();
    // sudo prompted again after the password was sent: it was wrong.
    bool wasPasswordRefused() const { return m_passwordRefused; }

    // Feeds stderr. Once done, returns the command's own stderr in *output.
    Action feedStderr(const QByteArray &chunk, QByteArray *output);
    // Feeds stdout; returns what may be passed on (nothing before done).
    QByteArray feedStdout(const QByteArray &chunk);
    // Standard output held back until the marker; call once isDone().
    QByteArray takeHeldStdout();

    // Why become failed, one sentence naming the host and what to do; for
    // a command that ended before the marker, built from what sudo said.
    QString failure(const QString &host) const;

    QByteArray scrub(QByteArray text) const;

private:
    QByteArray m_prompt;
    QByteArray m_marker;
    QString m_user;
    QByteArray m_password;
    QByteArray m_stderr; // before the marker: sudo's words
    QByteArray m_heldStdout;
    bool m_passwordSent = false;
    bool m_mayAsk = false;
    bool m_passwordRefused = false;
    bool m_done = false;
    bool m_failed = false;
    QString m_failureReason;
};

} // namespace antler::transport
