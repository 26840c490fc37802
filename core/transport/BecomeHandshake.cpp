#include "transport/BecomeHandshake.h"

namespace antler::transport {

BecomeHandshake::BecomeHandshake(const BuiltCommand &built, const QString &password, bool mayAsk)
    : m_prompt(built.prompt)
    , m_marker(built.marker)
    , m_user(built.becomeUser)
    , m_password(password.toUtf8())
    , m_mayAsk(mayAsk)
{
}

void BecomeHandshake::providePassword(const QString &password)
{
    m_password = password.toUtf8();
    m_passwordSent = true;
}

void BecomeHandshake::giveUp()
{
    m_failed = true;
    m_failureReason = tr("sudo asks for a password and no become password was given");
}

BecomeHandshake::Action BecomeHandshake::feedStderr(const QByteArray &chunk, QByteArray *output)
{
    if (m_done) {
        *output = scrub(chunk);
        return Action::None;
    }
    if (m_failed)
        return Action::Failed;
    m_stderr += chunk;
    Action action = Action::None;
    for (;;) {
        const qsizetype promptAt = m_stderr.indexOf(m_prompt);
        const qsizetype markerAt = m_stderr.indexOf(m_marker + '\n');
        if (markerAt >= 0 && (promptAt < 0 || markerAt < promptAt)) {
            m_done = true;
            *output = scrub(m_stderr.mid(markerAt + m_marker.size() + 1));
            m_stderr.clear();
            return action;
        }
        if (promptAt < 0)
            return action;
        m_stderr.remove(promptAt, m_prompt.size());
        if (m_passwordSent) {
            m_failed = true;
            m_passwordRefused = true;
            m_failureReason = tr("sudo refused the become password");
            return Action::Failed;
        }
        if (m_password.isEmpty() && m_mayAsk)
            return Action::NeedPassword;
        if (m_password.isEmpty()) {
            m_failed = true;
            m_failureReason = tr("sudo asks for a password and no become password was given");
            return Action::Failed;
        }
        m_passwordSent = true;
        action = Action::SendPassword;
    }
}

QByteArray BecomeHandshake::feedStdout(const QByteArray &chunk)
{
    if (m_done) {
        if (m_heldStdout.isEmpty())
            return chunk;
        QByteArray out = m_heldStdout + chunk;
        m_heldStdout.clear();
        return out;
    }
    m_heldStdout += chunk;
    return {};
}

QByteArray BecomeHandshake::takeHeldStdout()
{
    QByteArray out;
    out.swap(m_heldStdout);
    return out;
}

QString BecomeHandshake::failure(const QString &host) const
{
    QString reason = m_failureReason;
    if (reason.isEmpty()) {
        const QByteArray said = scrub(m_stderr).trimmed().replace('\n', ' ');
        reason = said.isEmpty() ? tr("sudo ended before the command started")
                                : tr("sudo said: %1").arg(QString::fromUtf8(said.left(300)));
    }
    return tr("Cannot become %1 with sudo on %2: %3; check the become password and the "
              "sudoers rules for the login user.")
        .arg(m_user, host, reason);
}

QByteArray BecomeHandshake::scrub(QByteArray text) const
{
    if (!m_password.isEmpty())
        text.replace(m_password, QByteArrayLiteral("********"));
    return text;
}

} // namespace antler::transport
