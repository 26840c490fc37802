#include "HostKeyDialog.h"

#include "transport/KnownHosts.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTextStream>
#include <QVBoxLayout>

namespace antler::gui {

namespace {

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// Fingerprints, commands and file lines: selectable, in a fixed-width font.
QLabel *code(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

QString hostAndPort(const transport::HostKeyInfo &info)
{
    return info.port == 22 ? info.host : QStringLiteral("%1 port %2").arg(info.host).arg(info.port);
}

} // namespace

HostKeyDialog::HostKeyDialog(const QString &hostName, const transport::HostKeyInfo &info, QWidget *parent)
    : QDialog(parent)
    , m_info(info)
{
    setObjectName(QStringLiteral("hostKeyDialog"));
    setModal(false);
    setAttribute(Qt::WA_DeleteOnClose);
    setMinimumWidth(560);
    if (isChangedKey())
        buildChanged(hostName);
    else
        buildUnknown(hostName);
}

QString HostKeyDialog::checkCommand(const QString &keyType)
{
    QString file = QStringLiteral("ssh_host_ed25519_key.pub");
    if (keyType.startsWith(QLatin1String("ecdsa-")))
        file = QStringLiteral("ssh_host_ecdsa_key.pub");
    else if (keyType == QLatin1String("ssh-rsa") || keyType.startsWith(QLatin1String("rsa-")))
        file = QStringLiteral("ssh_host_rsa_key.pub");
    return QStringLiteral("ssh-keygen -lf /etc/ssh/") + file;
}

QString HostKeyDialog::knownHostsLine(const QString &file, int line)
{
    QFile input(file);
    if (line < 1 || !input.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QTextStream stream(&input);
    for (int number = 1; !stream.atEnd(); ++number) {
        const QString text = stream.readLine(64 * 1024);
        if (number == line)
            return text;
    }
    return {};
}

void HostKeyDialog::buildUnknown(const QString &hostName)
{
    setWindowTitle(tr("Unknown host key: %1").arg(hostName));
    auto *layout = new QVBoxLayout(this);
    const QString intro = tr("%1 (%2) presents a host key that is not in your known_hosts file. "
                             "Connect only if it is the key of that host.")
                              .arg(hostName, hostAndPort(m_info));
    layout->addWidget(wrapped(intro, this));

    auto *form = new QFormLayout;
    auto *type = code(m_info.keyType, this);
    type->setObjectName(QStringLiteral("keyType"));
    auto *fingerprint = code(m_info.fingerprint, this);
    fingerprint->setObjectName(QStringLiteral("fingerprint"));
    form->addRow(tr("Key type:"), type);
    form->addRow(tr("Fingerprint:"), fingerprint);
    layout->addLayout(form);

    const QString how = tr("To check it, run this on the host itself (at its console, or over a connection you "
                           "already trust) and compare the fingerprint it prints:");
    layout->addWidget(wrapped(how, this));
    auto *command = code(checkCommand(m_info.keyType), this);
    command->setObjectName(QStringLiteral("checkCommand"));
    layout->addWidget(command);
    const QString what = tr("Accept adds the key to %1 and the connection goes on. Reject stops the "
                            "connection to this host only; nothing runs on it.")
                             .arg(m_info.knownHostsFile);
    layout->addWidget(wrapped(what, this));

    auto *buttons = new QDialogButtonBox(this);
    m_accept = buttons->addButton(tr("&Accept and connect"), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("acceptHostKey"));
    m_reject = buttons->addButton(tr("&Reject"), QDialogButtonBox::RejectRole);
    m_reject->setObjectName(QStringLiteral("rejectHostKey"));
    // Enter must not trust a key by accident.
    m_accept->setAutoDefault(false);
    m_reject->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        Q_EMIT answered(true);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        Q_EMIT answered(false);
        reject();
    });
    m_text = QStringList {intro,
                          tr("Key type:") + QLatin1Char(' ') + m_info.keyType,
                          tr("Fingerprint:") + QLatin1Char(' ') + m_info.fingerprint,
                          how,
                          checkCommand(m_info.keyType),
                          what}
                 .join(QLatin1Char('\n'));
}

void HostKeyDialog::buildChanged(const QString &hostName)
{
    setWindowTitle(tr("Host key changed: %1 refused").arg(hostName));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    const QString danger
        = tr("The host key of %1 (%2) has CHANGED since it was last accepted. Someone may be intercepting the "
             "connection (a man-in-the-middle attack), or the host was reinstalled or got new keys. Antler refused "
             "to connect: nothing was run on this host.")
              .arg(hostName, hostAndPort(m_info));
    auto *dangerLabel = wrapped(danger, this);
    QFont bold = dangerLabel->font();
    bold.setBold(true);
    dangerLabel->setFont(bold);
    top->addWidget(dangerLabel, 1);
    layout->addLayout(top);

    auto *form = new QFormLayout;
    const QString now = m_info.keyType + QLatin1Char(' ') + m_info.fingerprint;
    const QString before = m_info.oldKeyType + QLatin1Char(' ') + m_info.oldFingerprint;
    auto *nowLabel = code(now, this);
    nowLabel->setObjectName(QStringLiteral("fingerprint"));
    auto *beforeLabel = code(before, this);
    beforeLabel->setObjectName(QStringLiteral("oldFingerprint"));
    form->addRow(tr("The host presents:"), nowLabel);
    form->addRow(tr("known_hosts holds:"), beforeLabel);
    const QString where = QStringLiteral("%1:%2").arg(m_info.knownHostsFile).arg(m_info.knownHostsLine);
    form->addRow(tr("Line to remove:"), code(where, this));
    const QString line = knownHostsLine(m_info.knownHostsFile, m_info.knownHostsLine);
    auto *lineLabel = code(line, this);
    lineLabel->setObjectName(QStringLiteral("knownHostsLine"));
    form->addRow(QString(), lineLabel);
    layout->addLayout(form);

    const QString command = QStringLiteral("ssh-keygen -R '%1' -f %2")
                                .arg(QString::fromUtf8(transport::KnownHosts::hostField(m_info.host, m_info.port)),
                                     m_info.knownHostsFile);
    const QString what = tr("Check the key on the host itself with %1. Only if it matches what the host presents, "
                            "remove the old line (for example with the command below) and run again; Antler never "
                            "replaces a known key for you.")
                             .arg(checkCommand(m_info.keyType));
    layout->addWidget(wrapped(what, this));
    layout->addWidget(code(command, this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_reject = buttons->button(QDialogButtonBox::Close);
    m_reject->setObjectName(QStringLiteral("closeHostKey"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_text = QStringList {danger,
                          tr("The host presents:") + QLatin1Char(' ') + now,
                          tr("known_hosts holds:") + QLatin1Char(' ') + before,
                          tr("Line to remove:") + QLatin1Char(' ') + where,
                          line,
                          what,
                          command}
                 .join(QLatin1Char('\n'));
}

} // namespace antler::gui
