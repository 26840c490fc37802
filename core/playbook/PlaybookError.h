#pragma once

#include "playbook/SourceLocation.h"

#include <QList>
#include <QString>

namespace antler::playbook {

// One problem a user can fix in a playbook: where it is, one sentence saying
// what is wrong and what to do ("…; …."), and the offending line so the
// printed form can point at it with a caret.
class PlaybookError
{
public:
    PlaybookError() = default;
    PlaybookError(const SourceLocation &location, const QString &message, const QString &sourceLine = {});

    SourceLocation location() const { return m_location; }
    QString message() const { return m_message; }
    QString sourceLine() const { return m_sourceLine; }

    // "FILE:LINE:COLUMN: what; what to do." on one line.
    QString toString() const;
    // toString(), then the offending line and a caret under the column.
    QString toDisplayString() const;

    // Every error of a list in display form, separated by blank lines.
    static QString join(const QList<PlaybookError> &errors);

private:
    SourceLocation m_location;
    QString m_message;
    QString m_sourceLine;
};

} // namespace antler::playbook
