#pragma once

#include "playbook/modules/FileModuleBase.h"

namespace antler::playbook {

// ansible.builtin.uri: the HOST makes the request with curl, in one command
// that prints the status, the response headers and the body; the result
// (status, json, content, headers as lower_case keys) is built here.
class UriModule : public FileModuleBase
{
    Q_OBJECT

public:
    using FileModuleBase::FileModuleBase;
    static ModuleSpec spec();
    void start(const QVariantMap &arguments) override;

    // Builds the result from what the command printed (for tests).
    static QVariantMap parseResponse(const QByteArray &output, bool returnContent, QString *error);
};

} // namespace antler::playbook
