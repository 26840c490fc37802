#pragma once

namespace antler::cli {

// Exit codes of the headless modes, printed by `antler --help`. The codes
// 0 to 5, 99 and 250 are ansible-playbook's, so scripts written for it keep
// working; 69 is sysexits.h's EX_UNAVAILABLE.
enum ExitCode : int {
    Success = 0,
    Error = 1,
    HostFailed = 2,
    // A playbook or inventory with an error, reported as FILE:LINE:COLUMN
    // before any host is contacted. ansible-playbook uses 4 for this too;
    // Antler keeps it apart from an unreachable host so scripts can tell.
    InvalidInput = 3,
    HostUnreachable = 4,
    UsageError = 5,
    // antler pipeline: a promotion gate or a pin refused the operation;
    // nothing changed.
    Refused = 6,
    // antler pipeline: the rollout failed its health check and the stage was
    // rolled back automatically to its previous release.
    RolledBack = 7,
    NotAvailable = 69,
    Interrupted = 99,
    UnexpectedError = 250,
};

} // namespace antler::cli
