#include "transport/SshLogin.h"

#include "transport/SshError.h"
#include "transport/TransportLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <libssh/libssh.h>

#include <cstring>

namespace antler::transport {

namespace {

// What libssh's passphrase callback needs to know.
struct PassphraseContext
{
    const ConnectionSettings *settings;
    SecretRequest request;
    bool asked = false;
    bool declined = false;
};

int passphraseCallback(const char *prompt, char *buf, size_t len, int echo, int verify, void *userdata)
{
    Q_UNUSED(echo);
    Q_UNUSED(verify);
    auto *context = static_cast<PassphraseContext *>(userdata);
    const ConnectionSettings *settings = context->settings;
    if (len == 0)
        return -1;
    QString answer;
    if (settings->secretProvider) {
        context->asked = true;
        if (!settings->secretProvider(context->request, &answer)) {
            context->declined = true;
            return -1;
        }
    } else if (!settings->passphraseProvider || !settings->passphraseProvider(QString::fromUtf8(prompt), &answer)) {
        return -1;
    }
    const QByteArray bytes = answer.toUtf8();
    if (size_t(bytes.size()) >= len)
        return -1;
    std::memcpy(buf, bytes.constData(), size_t(bytes.size()));
    buf[bytes.size()] = '\0';
    return 0;
}

} // namespace

SshLogin::SshLogin(const ConnectionSettings &settings, const QString &hostName)
    : m_settings(settings)
    , m_hostName(hostName)
{
}

void SshLogin::reset()
{
    m_session = nullptr;
    m_pendingKey.clear();
    m_question = HostKeyInfo();
}

SshLogin::Outcome SshLogin::fail(const QString &error)
{
    m_error = error;
    m_pendingKey.clear();
    m_session = nullptr;
    return Outcome::Failed;
}

SshLogin::Outcome SshLogin::start(ssh_session_struct *session)
{
    reset();
    m_error.clear();
    m_changedKey = HostKeyInfo();
    m_session = session;
    const Outcome outcome = checkHostKey();
    if (outcome != Outcome::LoggedIn)
        return outcome;
    return authenticate();
}

SshLogin::Decision SshLogin::decide(KnownHosts::Status status, ConnectionSettings::HostKeyPolicy policy)
{
    switch (status) {
    case KnownHosts::Status::Known:
        return Decision::Trust;
    case KnownHosts::Status::Revoked:
    case KnownHosts::Status::Changed:
        // Never asked about: a changed key is refused whatever the policy.
        return Decision::Refuse;
    case KnownHosts::Status::Unknown:
        break;
    }
    switch (policy) {
    case ConnectionSettings::HostKeyPolicy::Strict:
        return Decision::Refuse;
    case ConnectionSettings::HostKeyPolicy::AcceptNew:
        return Decision::Remember;
    case ConnectionSettings::HostKeyPolicy::Ask:
        return Decision::Ask;
    }
    return Decision::Refuse;
}

SshLogin::Outcome SshLogin::checkHostKey()
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(m_session, &key) != SSH_OK)
        return fail(tr("Cannot read the host key of %1: %2.").arg(m_hostName, sshError(m_session)));
    char *base64 = nullptr;
    const int rc = ssh_pki_export_pubkey_base64(key, &base64);
    ssh_key_free(key);
    if (rc != SSH_OK || !base64)
        return fail(tr("Cannot read the host key of %1: its type is not supported.").arg(m_hostName));
    const QByteArray blob = QByteArray::fromBase64(QByteArray(base64));
    ssh_string_free_char(base64);

    KnownHosts knownHosts;
    QString error;
    if (!knownHosts.load(m_settings.knownHostsFile, &error))
        return fail(error);
    const KnownHosts::Verdict verdict = knownHosts.check(m_settings.host, m_settings.port, blob);
    HostKeyInfo info;
    info.kind = verdict.status == KnownHosts::Status::Changed ? HostKeyInfo::Kind::Changed : HostKeyInfo::Kind::Unknown;
    info.host = m_settings.host;
    info.port = m_settings.port;
    info.keyType = KnownHosts::keyTypeOf(blob);
    info.fingerprint = KnownHosts::fingerprint(blob);
    info.knownHostsFile = m_settings.knownHostsFile;
    info.knownHostsLine = verdict.line;
    info.oldKeyType = verdict.oldKeyType;
    info.oldFingerprint = verdict.oldFingerprint;

    const Decision decision = decide(verdict.status, m_settings.hostKeyPolicy);
    static const char *const statusNames[] = {"known", "unknown", "changed", "revoked"};
    static const char *const decisionNames[] = {"trust", "remember", "refuse", "ask"};
    qCDebug(lcSsh) << m_hostName << "host key" << info.keyType << info.fingerprint << "is"
                   << statusNames[int(verdict.status)] << "in known_hosts:" << decisionNames[int(decision)];
    switch (decision) {
    case Decision::Trust:
        return Outcome::LoggedIn;
    case Decision::Remember:
        if (!KnownHosts::append(m_settings.knownHostsFile, m_settings.host, m_settings.port, blob, &error))
            return fail(error);
        return Outcome::LoggedIn;
    case Decision::Refuse:
        if (verdict.status == KnownHosts::Status::Changed)
            m_changedKey = info;
        return fail(refusal(info, verdict.status));
    case Decision::Ask:
        m_pendingKey = blob;
        m_question = info;
        return Outcome::AwaitingAnswer;
    }
    return fail(refusal(info, verdict.status));
}

QString SshLogin::refusal(const HostKeyInfo &info, KnownHosts::Status status) const
{
    switch (status) {
    case KnownHosts::Status::Revoked:
        return tr("The host key of %1 (%2 %3) is marked @revoked in %4:%5; refusing to connect, "
                  "nothing was run.")
            .arg(m_hostName, info.keyType, info.fingerprint, info.knownHostsFile)
            .arg(info.knownHostsLine);
    case KnownHosts::Status::Changed:
        return tr("The host key of %1 (%2 port %3) has CHANGED: the server now presents %4 %5, but %6:%7 "
                  "holds %8 %9. Someone may be intercepting the connection, or the host was reinstalled; "
                  "nothing was run. If the new key is right, remove the old one with "
                  "`ssh-keygen -R '%10' -f %6` and connect again.")
            .arg(m_hostName, m_settings.host)
            .arg(m_settings.port)
            .arg(info.keyType, info.fingerprint, info.knownHostsFile)
            .arg(info.knownHostsLine)
            .arg(info.oldKeyType, info.oldFingerprint,
                 QString::fromUtf8(KnownHosts::hostField(m_settings.host, m_settings.port)));
    case KnownHosts::Status::Known:
    case KnownHosts::Status::Unknown:
        break;
    }
    return tr("The host key of %1 is not known: the server presents %2 %3, which is not in %4. "
              "Compare it with `ssh-keygen -lf` of the host's key on the host itself, then "
              "accept it with --accept-new-host-keys (or add it to %4).")
        .arg(m_hostName, info.keyType, info.fingerprint, info.knownHostsFile);
}

SshLogin::Outcome SshLogin::answerHostKey(bool accept)
{
    if (!isAwaitingAnswer() || !m_session)
        return fail(tr("No host key of %1 waits for an answer; connect again.").arg(m_hostName));
    const QByteArray blob = m_pendingKey;
    m_pendingKey.clear();
    if (!accept)
        return fail(tr("The host key of %1 (%2) was not accepted; nothing was run.")
                        .arg(m_hostName, KnownHosts::fingerprint(blob)));
    // Only an unknown key is ever asked about (decide()); answering for a
    // changed one would first have to remove the old line from known_hosts.
    // One answer may serve several connections to the host (HostKeyQuestions):
    // the first one writes the line.
    QString error;
    KnownHosts knownHosts;
    if (!knownHosts.load(m_settings.knownHostsFile, &error))
        return fail(error);
    const KnownHosts::Verdict verdict = knownHosts.check(m_settings.host, m_settings.port, blob);
    const KnownHosts::Status status = verdict.status;
    if (status == KnownHosts::Status::Changed || status == KnownHosts::Status::Revoked) {
        // Another answer wrote a different key meanwhile.
        HostKeyInfo info = m_question;
        info.kind = HostKeyInfo::Kind::Changed;
        info.knownHostsLine = verdict.line;
        info.oldKeyType = verdict.oldKeyType;
        info.oldFingerprint = verdict.oldFingerprint;
        return fail(refusal(info, status));
    }
    if (status == KnownHosts::Status::Unknown
        && !KnownHosts::append(m_settings.knownHostsFile, m_settings.host, m_settings.port, blob, &error))
        return fail(error);
    return authenticate();
}

SecretRequest SshLogin::secretRequest(SecretRequest::Kind kind) const
{
    SecretRequest request;
    request.kind = kind;
    request.hostName = m_hostName;
    request.host = m_settings.host;
    request.port = m_settings.port;
    request.user = m_settings.user.isEmpty() ? qEnvironmentVariable("USER") : m_settings.user;
    request.becomeUser = m_settings.becomeUser;
    request.cancelled = m_cancelled;
    return request;
}

bool SshLogin::importKey(const QString &path, ssh_key_struct **key)
{
    PassphraseContext context {&m_settings, secretRequest(SecretRequest::Kind::KeyPassphrase)};
    context.request.keyFile = path;
    // A wrong passphrase is asked for again, three times at most.
    for (int attempt = 0; attempt < 3; ++attempt) {
        context.asked = false;
        context.declined = false;
        context.request.retry = attempt > 0 || m_refusedSecrets.contains(context.request.key());
        if (ssh_pki_import_privkey_file(QFile::encodeName(path).constData(), nullptr, passphraseCallback, &context, key)
            == SSH_OK) {
            m_refusedSecrets.removeAll(context.request.key());
            return true;
        }
        if (!context.asked || context.declined || !m_settings.secretProvider)
            return false;
        if (!m_refusedSecrets.contains(context.request.key()))
            m_refusedSecrets.append(context.request.key());
    }
    return false;
}

SshLogin::Outcome SshLogin::authenticate()
{
    const auto loggedIn = [this](const QString &how) {
        qCDebug(lcSsh) << m_hostName << "logged in as" << m_settings.user << "with" << how;
        return Outcome::LoggedIn;
    };
    // The key named for the host, when it needs no passphrase and no agent
    // is asked first, is offered at once: learning the server's methods
    // with a "none" request first costs a round trip through the server's
    // privilege separation on every login. Refused, the usual order follows
    // without it.
    QString offeredKey;
    const bool agentFirst = m_settings.useAgent && !qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK");
    if (!agentFirst && !m_settings.privateKeyFile.isEmpty() && QFileInfo::exists(m_settings.privateKeyFile)) {
        ssh_key key = nullptr;
        // No passphrase given, none asked for (a null callback would let
        // OpenSSL ask on the terminal): an encrypted key waits for its turn.
        const ssh_auth_callback noPassphrase = [](const char *, char *, size_t, int, int, void *) { return -1; };
        if (ssh_pki_import_privkey_file(QFile::encodeName(m_settings.privateKeyFile).constData(), nullptr, noPassphrase,
                                        nullptr, &key)
            == SSH_OK) {
            const int offered = ssh_userauth_publickey(m_session, nullptr, key);
            ssh_key_free(key);
            if (offered == SSH_AUTH_SUCCESS)
                return loggedIn(m_settings.privateKeyFile);
            if (offered == SSH_AUTH_ERROR) {
                return fail(tr("Cannot log in to %1: %2.").arg(m_settings.displayName(), sshError(m_session)));
            }
            offeredKey = m_settings.privateKeyFile;
        }
    }
    int rc = ssh_userauth_none(m_session, nullptr);
    if (rc == SSH_AUTH_SUCCESS)
        return loggedIn(tr("no authentication"));
    if (rc == SSH_AUTH_ERROR) {
        return fail(tr("Cannot log in to %1: %2.").arg(m_settings.displayName(), sshError(m_session)));
    }
    const int methods = ssh_userauth_list(m_session, nullptr);
    QStringList tried;

    if (methods & SSH_AUTH_METHOD_PUBLICKEY) {
        if (m_settings.useAgent && !qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")) {
            if (ssh_userauth_agent(m_session, nullptr) == SSH_AUTH_SUCCESS)
                return loggedIn(QStringLiteral("ssh-agent"));
            tried << tr("the keys in ssh-agent");
        }
        QStringList keyFiles;
        if (!m_settings.privateKeyFile.isEmpty()) {
            keyFiles << m_settings.privateKeyFile;
        } else {
            for (const char *name : {"id_ed25519", "id_ecdsa", "id_rsa"}) {
                const QString path = QDir::homePath() + QStringLiteral("/.ssh/") + QLatin1String(name);
                if (QFileInfo::exists(path))
                    keyFiles << path;
            }
        }
        for (const QString &path : std::as_const(keyFiles)) {
            if (!QFileInfo::exists(path)) {
                tried << tr("the key file %1 (it does not exist)").arg(path);
                continue;
            }
            if (path == offeredKey) {
                tried << tr("the key file %1").arg(path);
                continue;
            }
            ssh_key key = nullptr;
            if (!importKey(path, &key)) {
                tried << tr("the key file %1 (cannot read it: not a private key, or the passphrase "
                            "is wrong)")
                             .arg(path);
                continue;
            }
            rc = ssh_userauth_publickey(m_session, nullptr, key);
            ssh_key_free(key);
            if (rc == SSH_AUTH_SUCCESS)
                return loggedIn(path);
            if (rc == SSH_AUTH_ERROR) {
                return fail(tr("Cannot log in to %1: %2.").arg(m_settings.displayName(), sshError(m_session)));
            }
            tried << tr("the key file %1").arg(path);
        }
    }
    if ((methods & SSH_AUTH_METHOD_PASSWORD) && !m_settings.password.isEmpty()) {
        rc = ssh_userauth_password(m_session, nullptr, m_settings.password.toUtf8().constData());
        if (rc == SSH_AUTH_SUCCESS)
            return loggedIn(tr("a password")); // never the password itself
        tried << tr("the password");
    } else if ((methods & SSH_AUTH_METHOD_PASSWORD) && m_settings.secretProvider) {
        // Asked for (or read from the keyring) only now that it is needed;
        // three tries, as OpenSSH gives.
        SecretRequest request = secretRequest(SecretRequest::Kind::SshPassword);
        for (int attempt = 0; attempt < 3; ++attempt) {
            request.retry = attempt > 0 || m_refusedSecrets.contains(request.key());
            QString password;
            if (!m_settings.secretProvider(request, &password) || password.isEmpty())
                break;
            rc = ssh_userauth_password(m_session, nullptr, password.toUtf8().constData());
            if (rc == SSH_AUTH_SUCCESS) {
                m_refusedSecrets.removeAll(request.key());
                return loggedIn(tr("a password"));
            }
            if (rc == SSH_AUTH_ERROR)
                return fail(tr("Cannot log in to %1: %2.").arg(m_settings.displayName(), sshError(m_session)));
            if (!m_refusedSecrets.contains(request.key()))
                m_refusedSecrets.append(request.key());
        }
        tried << tr("the password");
    }

    QStringList accepted;
    if (methods & SSH_AUTH_METHOD_PUBLICKEY)
        accepted << QStringLiteral("publickey");
    if (methods & SSH_AUTH_METHOD_PASSWORD)
        accepted << QStringLiteral("password");
    if (methods & SSH_AUTH_METHOD_INTERACTIVE)
        accepted << QStringLiteral("keyboard-interactive");
    return fail(tr("Cannot log in to %1: the server refused %2 (it accepts %3); check the user name, "
                   "the key (ansible_ssh_private_key_file) or the password.")
                    .arg(m_settings.displayName(),
                         tried.isEmpty() ? tr("every method Antler could offer") : tried.join(tr(", ")),
                         accepted.isEmpty() ? tr("nothing") : accepted.join(tr(", "))));
}

} // namespace antler::transport
