#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace antler::pipeline {

// One running unit of a stage's workload: a pod, a container or a process.
struct WorkloadUnit
{
    QString name; // pod/container name, or "moosefacts[PID]"
    QString kind; // "pod", "container", "process"
    QString state; // as the engine says: "Running", "running", "exited", …
    bool ready = false;
    int restarts = 0;
    QString digest; // the image/artifact digest it runs

    QJsonObject toJson() const;
};

// What Runtime::status() reads back from the engine for one stage.
struct WorkloadStatus
{
    enum class State {
        Running, // every desired unit runs and is ready
        Degraded, // some run, not all ready
        Stopped, // nothing runs
        Unknown, // the engine could not be asked (error says why)
    };

    QString stage;
    QString runtime; // "local", "podman", "kubernetes"
    State state = State::Unknown;
    QString digest; // what the stage runs, empty if nothing or mixed
    int desired = 0;
    int ready = 0;
    int restarts = 0; // summed over units
    QList<WorkloadUnit> units;
    QString error;

    static QString stateName(State state);
    QJsonObject toJson() const;
};

} // namespace antler::pipeline
