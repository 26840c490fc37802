#pragma once

#include <QByteArray>
#include <QString>

namespace antler::playbook {

// What a content editor (lineinfile, blockinfile, replace) decided on the
// controller: the new content and Ansible's msg, or one sentence why it
// cannot edit the file.
struct ContentEdit
{
    bool ok = true;
    QString error;
    bool changed = false;
    QString message;
    QByteArray content;
};

} // namespace antler::playbook
