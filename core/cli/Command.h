#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace antler::cli {

// One headless command. execute() writes results to out and problems to err
// and returns an ExitCode; it never touches a display.
class Command
{
public:
    virtual ~Command();

    QString name() const { return m_name; }
    QString description() const { return m_description; }

    virtual int execute(const QStringList &arguments, QTextStream &out, QTextStream &err) = 0;

protected:
    Command(const QString &name, const QString &description);

private:
    QString m_name;
    QString m_description;
};

} // namespace antler::cli
