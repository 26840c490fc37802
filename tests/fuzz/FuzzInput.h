#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// What every fuzz target shares. The bytes are wrapped without a copy, so
// AddressSanitizer sees a read one past the input (a QByteArray copy would
// hide it behind its terminating NUL).
namespace antler::fuzz {

inline QByteArray rawBytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A property the parser promises was broken: report it as the crash it is.
[[noreturn]] inline void broken(const char *what)
{
    std::fprintf(stderr, "fuzz property broken: %s\n", what);
    std::abort();
}

} // namespace antler::fuzz

#define FUZZ_ASSERT(condition)                                                                                         \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            ::antler::fuzz::broken(#condition);                                                                        \
    } while (false)
