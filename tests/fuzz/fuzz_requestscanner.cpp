// The HTTP/1.x request scanner sees every byte a client sends before
// QtHttpServer does. Besides not crashing, it must frame a request the same
// however TCP splits it: the input is fed whole and then in two pieces cut
// at a place the input chooses, and both runs must agree.
#include "FuzzInput.h"
#include "RequestScanner.h"

using moosefacts::RequestScanner;

namespace {

struct Outcome
{
    int completed = 0;
    int errorStatus = 0;
    int taken = 0;
};

Outcome scan(const QByteArray &bytes, qsizetype cut)
{
    moosefacts::HttpLimits limits;
    // Small limits reach the 413/414/431 paths with short inputs.
    limits.maxRequestLineBytes = 256;
    limits.maxHeaderBytes = 512;
    limits.maxBodyBytes = 1024;
    RequestScanner scanner(limits);
    Outcome outcome;
    for (const QByteArray &piece : {bytes.left(cut), bytes.mid(cut)}) {
        if (piece.isEmpty() || scanner.failed())
            continue;
        const RequestScanner::Result result = scanner.feed(piece);
        outcome.completed += result.requestsCompleted;
        if (result.errorStatus != 0 && outcome.errorStatus == 0)
            outcome.errorStatus = result.errorStatus;
        // Take requests as the server does, to exercise the queue.
        while (scanner.hasPendingRequest()) {
            scanner.takeRequest();
            ++outcome.taken;
        }
    }
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray bytes = antler::fuzz::rawBytes(data + 1, size - 1);
    const qsizetype cut = bytes.isEmpty() ? 0 : qsizetype(data[0]) % (bytes.size() + 1);
    const Outcome whole = scan(bytes, bytes.size());
    const Outcome split = scan(bytes, cut);
    FUZZ_ASSERT(whole.completed == split.completed);
    FUZZ_ASSERT(whole.errorStatus == split.errorStatus);
    FUZZ_ASSERT(whole.taken == whole.completed || whole.completed > 64);
    return 0;
}
