#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace antler::playbook {

// The edit community.general.ini_file makes to an INI file, line for line as
// its do_ini() makes it (community.general 6, the version Debian's ansible 7
// bundles): decided on the controller, so the module and its tests share it.
class IniFile
{
public:
    struct Request
    {
        QString section; // empty: the options before the first section
        QString option; // empty: the whole section
        QStringList values;
        bool present = true;
        bool exclusive = true;
        bool noExtraSpaces = false;
        bool allowNoValue = false;
    };
    struct Outcome
    {
        bool changed = false;
        QString message;
        QByteArray content;
    };

    static Outcome edit(const QByteArray &original, const Request &request);
};

} // namespace antler::playbook
