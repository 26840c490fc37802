#pragma once

#include "transport/HostKeyInfo.h"

#include <QDialog>

class QPushButton;

namespace antler::gui {

// The window's answer to a host key it cannot simply trust, never modal so
// the rest of the window (and every other host of a run) goes on. An
// unknown key: its type, its SHA256 fingerprint and how to check it on the
// host, with Accept (the key goes into known_hosts, the login goes on) and
// Reject (that host is not contacted). A changed key is never accepted here:
// the dialog explains the danger, shows both fingerprints and the known_hosts
// line to remove, and only closes.
class HostKeyDialog : public QDialog
{
    Q_OBJECT

public:
    // info.kind tells which of the two it is; hostName is the inventory name.
    HostKeyDialog(const QString &hostName, const transport::HostKeyInfo &info, QWidget *parent = nullptr);

    const transport::HostKeyInfo &info() const { return m_info; }
    bool isChangedKey() const { return m_info.kind == transport::HostKeyInfo::Kind::Changed; }
    // Everything the dialog says, as plain text (tests and screen readers read it).
    QString text() const { return m_text; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *rejectButton() const { return m_reject; }

    // The command that prints the fingerprint of keyType's host key on the host itself.
    static QString checkCommand(const QString &keyType);
    // The text of line (1-based) of file, empty when it cannot be read.
    static QString knownHostsLine(const QString &file, int line);

Q_SIGNALS:
    // Accept or Reject of an unknown key (not emitted for a changed one).
    void answered(bool accept);

private:
    void buildUnknown(const QString &hostName);
    void buildChanged(const QString &hostName);

    transport::HostKeyInfo m_info;
    QString m_text;
    QPushButton *m_accept = nullptr;
    QPushButton *m_reject = nullptr;
};

} // namespace antler::gui
