#pragma once

#include "MainWindow.h"
#include "pipeline/Operation.h"
#include "pipeline/OperationManager.h"

#include <QString>
#include <QTest>

namespace antler::test {

// The newest operation of this kind (and stage, when one is given) the
// window started; null when none starts within timeoutMs. For GUI tests that
// click a button and then follow the operation it started.
inline pipeline::Operation *waitForOperation(gui::MainWindow &window, pipeline::Operation::Kind kind,
                                             const QString &stage, int timeoutMs)
{
    pipeline::Operation *found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            for (pipeline::Operation *operation : window.operations()->operations()) {
                if (operation->kind() == kind && (stage.isEmpty() || operation->stage() == stage))
                    found = operation;
            }
            return found != nullptr;
        },
        timeoutMs);
    return found;
}

} // namespace antler::test
