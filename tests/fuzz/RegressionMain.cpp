// The fuzz regression run: feeds every file of the given corpus folders
// (and files) to the target once, as `fuzzer -runs=0 corpus…` would, so a
// crash the fuzzer found once fails ctest for ever after. Built with the
// project's own compiler, so `make test` needs no clang; a SANITIZE=1 build
// runs it under ASan and UBSan.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    std::vector<std::filesystem::path> files;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path path(argv[i]);
        std::error_code error;
        if (std::filesystem::is_directory(path, error)) {
            for (const auto &entry : std::filesystem::recursive_directory_iterator(path))
                if (entry.is_regular_file())
                    files.push_back(entry.path());
        } else if (std::filesystem::is_regular_file(path, error)) {
            files.push_back(path);
        } else {
            std::fprintf(stderr, "%s: no such corpus file or folder; check the test's arguments.\n", argv[i]);
            return 2;
        }
    }
    if (files.empty()) {
        std::fprintf(stderr, "The corpus is empty: a regression run over nothing proves nothing.\n");
        return 2;
    }
    std::sort(files.begin(), files.end());
    for (const auto &file : files) {
        std::ifstream in(file, std::ios::binary);
        const std::string bytes {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        // A heap copy of exactly the input's size, so a read past its end is
        // one past an allocation, as under libFuzzer.
        std::vector<uint8_t> input(bytes.begin(), bytes.end());
        std::fprintf(stderr, "Running: %s\n", file.c_str());
        LLVMFuzzerTestOneInput(input.empty() ? nullptr : input.data(), input.size());
    }
    std::printf("Executed %zu inputs without a crash.\n", files.size());
    return 0;
}
