# Version, git commit and build time, baked into a generated header that both
# executables report (`antler --version`, moosefacts `/version`).
find_package(Git QUIET)
set(ANTLER_GIT_COMMIT "unknown")
if(GIT_FOUND)
    execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --short=12 HEAD
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        OUTPUT_VARIABLE _antler_commit OUTPUT_STRIP_TRAILING_WHITESPACE
        RESULT_VARIABLE _antler_git_rc ERROR_QUIET)
    if(_antler_git_rc EQUAL 0 AND _antler_commit)
        set(ANTLER_GIT_COMMIT "${_antler_commit}")
    endif()
endif()
string(TIMESTAMP ANTLER_BUILD_TIME "%Y-%m-%dT%H:%M:%SZ" UTC)
configure_file(${CMAKE_CURRENT_LIST_DIR}/BuildInfo.h.in
    ${PROJECT_BINARY_DIR}/generated/antler/BuildInfo.h @ONLY)
add_library(antler_buildinfo INTERFACE)
target_include_directories(antler_buildinfo INTERFACE ${PROJECT_BINARY_DIR}/generated)
