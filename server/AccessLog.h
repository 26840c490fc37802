#pragma once

#include <QByteArray>
#include <QFile>

namespace moosefacts {

// One JSON object per answered request on standard output, written as a
// single line so log shippers never see half a record.
class AccessLog
{
public:
    struct Entry
    {
        QByteArray remote;
        QByteArray method;
        QByteArray path;
        int status = 0;
        qint64 bytes = 0;
        double seconds = 0;
        QByteArray userAgent;
    };

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    void write(const Entry &entry);

    static QByteArray format(const Entry &entry, qint64 epochMs);

private:
    bool m_enabled = false;
    QFile m_out;
};

} // namespace moosefacts
