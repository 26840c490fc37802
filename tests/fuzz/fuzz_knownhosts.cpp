// known_hosts as OpenSSH writes it: plain and hashed host fields, patterns
// with * ? and ! negation, [host]:port, @revoked and @cert-authority.
// Parsing never fails (bad lines become problems); every entry's key is then
// checked for a host taken from the entry itself, so matching runs too.
#include "FuzzInput.h"
#include "transport/KnownHosts.h"

using antler::transport::KnownHosts;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    KnownHosts knownHosts;
    knownHosts.parse(antler::fuzz::rawBytes(data, size));
    for (const KnownHosts::Entry &entry : knownHosts.entries()) {
        FUZZ_ASSERT(entry.line >= 1);
        const QString host
            = entry.patterns.isEmpty() ? QStringLiteral("pi.local") : QString::fromUtf8(entry.patterns.first());
        knownHosts.check(host, 22, entry.keyBlob);
        knownHosts.check(host, 2222, QByteArrayLiteral("\0\0\0\x0bssh-ed25519"));
        KnownHosts::fingerprint(entry.keyBlob);
        KnownHosts::keyTypeOf(entry.keyBlob);
    }
    return 0;
}
