#pragma once

#include <QString>
#include <QStringList>

namespace antler::inventory {
class Inventory;
}
namespace antler::playbook {
struct Playbook;
}

namespace antler::cli {

// ansible-playbook's --list-hosts / --list-tasks / --list-tags output for a
// parsed playbook, in its layout: hosts matched in the inventory and narrowed
// by --limit, tasks and tags filtered by --tags / --skip-tags (TagFilter, the
// rule the run uses too).
class PlaybookListing
{
public:
    struct Request
    {
        QString limit; // a pattern, or @FILE
        QStringList tags;
        QStringList skipTags;
        bool hosts = false;
        bool tasks = false;
        bool tagList = false;
    };

    // Warnings (an unmatched pattern) are added to *warnings as
    // "[WARNING]: ..." lines.
    static QString text(const playbook::Playbook &playbook, const inventory::Inventory &inventory,
                        const Request &request, QString *warnings);
};

} // namespace antler::cli
