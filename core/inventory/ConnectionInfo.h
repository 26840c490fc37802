#pragma once

#include <QString>

namespace antler::inventory {

// How to reach one host, read from its merged inventory variables
// (ansible_host, ansible_port, …). Plain data: the transport layer maps it to
// its own settings, so the inventory does not depend on it.
struct ConnectionInfo
{
    enum class Kind { Ssh, Local };

    QString name; // the inventory name
    QString address; // ansible_host, else the name
    int port = 22; // ansible_port
    bool portSet = false; // whether ansible_port was given (else ~/.ssh/config may decide)
    QString user; // ansible_user; empty: the current user
    Kind kind = Kind::Ssh; // ansible_connection: ssh (also "paramiko", "smart") or local
    QString privateKeyFile; // ansible_ssh_private_key_file (also ansible_private_key_file)
    QString password; // ansible_password (also ansible_ssh_pass); never log it
    bool become = false; // ansible_become
    QString becomeUser; // ansible_become_user; empty means root
    QString becomePassword; // ansible_become_password (also ansible_become_pass); never log it
    QString pythonInterpreter; // ansible_python_interpreter: accepted, not needed
};

} // namespace antler::inventory
