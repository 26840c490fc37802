#pragma once

#include <QString>
#include <QVariant>
#include <QVariantList>
#include <QVariantMap>

namespace antler::playbook::jinja {

// The Python methods playbooks call on values: dict.items()/keys()/
// values()/get(), str.split()/strip()/startswith()/lower()/replace()/…,
// list.index()/count().
class Methods
{
public:
    static bool call(const QVariant &object, const QString &name, const QVariantList &args, const QVariantMap &kwargs,
                     QVariant *out, QString *error);
};

} // namespace antler::playbook::jinja
