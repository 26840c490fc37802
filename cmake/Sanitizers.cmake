# Sanitizer builds instrument every target of the tree alike: a library built
# without ASan that hands memory to one built with it hides exactly the bugs
# the build is for. Qt, libssh and yaml-cpp stay uninstrumented (Debian's).
if(ANTLER_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "ANTLER_FUZZ needs clang++ (libFuzzer): -DCMAKE_CXX_COMPILER=clang++")
    endif()
    # fuzzer-no-link: coverage instrumentation everywhere; only the fuzz
    # executables link libFuzzer's main (tests/fuzz/CMakeLists.txt).
    set(_antler_sanitize "fuzzer-no-link,address,undefined")
elseif(ANTLER_SANITIZE)
    set(_antler_sanitize "${ANTLER_SANITIZE}")
endif()
if(_antler_sanitize)
    add_compile_options(-fsanitize=${_antler_sanitize} -fno-omit-frame-pointer)
    if(_antler_sanitize MATCHES "undefined")
        # A UBSan report fails the run instead of scrolling past.
        add_compile_options(-fno-sanitize-recover=undefined)
    endif()
    string(REPLACE "fuzzer-no-link," "" _antler_sanitize_link "${_antler_sanitize}")
    add_link_options(-fsanitize=${_antler_sanitize_link})
endif()
