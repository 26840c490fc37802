# Installing Antler like a Debian desktop application, and the .deb:
#   cmake --install BUILD [--prefix DIR]     everything below, under DIR (/usr/local)
#   cd BUILD && cpack -G DEB                 antler_<version>_<arch>.deb (make package)
#
# What antler reads from disk at run time is installed to share/antler and
# found beside the executable (BuildSources: bin/../share/antler), so no path
# of the build machine is compiled in. The Local profile, the manifests, the
# image recipe, the icons in the window and the translations are compiled
# into the programs as Qt resources and need no installed file.
include(GNUInstallDirs)
# Folders the installation creates are 0755 whatever the umask of the build.
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(ANTLER_PROJECT_URL "https://antler.example.org" CACHE STRING
    "Address of the project's pages, for the AppStream metadata and the package's Homepage")
set(ANTLER_SCREENSHOT_URL "${ANTLER_PROJECT_URL}/docs/screenshots" CACHE STRING
    "Address of the README's docs/screenshots folder, for the AppStream metadata")
set(ANTLER_MAINTAINER "Antler maintainers <maintainers@antler.example.org>" CACHE STRING
    "Maintainer field of the .deb")

# The date of the commit built: the AppStream release date and the Debian
# changelog's, the same on every build of one commit.
set(ANTLER_RELEASE_EPOCH "")
if(GIT_FOUND)
    execute_process(COMMAND ${GIT_EXECUTABLE} log -1 --format=%ct
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        OUTPUT_VARIABLE ANTLER_RELEASE_EPOCH OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
endif()
if(NOT ANTLER_RELEASE_EPOCH MATCHES "^[0-9]+$")
    string(TIMESTAMP ANTLER_RELEASE_EPOCH "%s" UTC)
endif()
set(_antler_saved_epoch "$ENV{SOURCE_DATE_EPOCH}")
set(ENV{SOURCE_DATE_EPOCH} "${ANTLER_RELEASE_EPOCH}")
string(TIMESTAMP ANTLER_RELEASE_DATE "%Y-%m-%d" UTC)
string(TIMESTAMP ANTLER_RELEASE_RFC2822 "%a, %d %b %Y %H:%M:%S +0000" UTC)
set(ENV{SOURCE_DATE_EPOCH} "${_antler_saved_epoch}")

set(_antler_pkg ${PROJECT_BINARY_DIR}/packaging)
set(_antler_datadir ${CMAKE_INSTALL_DATADIR}/antler)

# Read from disk by BuildSources: the frontend and facts a local build
# packs, and the backend's sources the image builder sends to the target.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/frontend/ DESTINATION ${_antler_datadir}/frontend)
install(FILES ${PROJECT_SOURCE_DIR}/server/data/moose-facts.json DESTINATION ${_antler_datadir})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/server/ DESTINATION ${_antler_datadir}/source/server
    FILES_MATCHING PATTERN "*.cpp" PATTERN "*.h" PATTERN "CMakeLists.txt" PATTERN "*.json")
install(FILES ${PROJECT_SOURCE_DIR}/cmake/AntlerCommon.cmake ${PROJECT_SOURCE_DIR}/cmake/BuildInfo.h.in
    DESTINATION ${_antler_datadir}/source/cmake)
if(IS_DIRECTORY ${PROJECT_SOURCE_DIR}/resources/playbooks)
    install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/playbooks/ DESTINATION ${_antler_datadir}/playbooks)
endif()

# Software centres: AppStream metadata next to the .desktop file and icons (gui/).
configure_file(${PROJECT_SOURCE_DIR}/resources/antler.metainfo.xml.in ${_antler_pkg}/antler.metainfo.xml @ONLY)
install(FILES ${_antler_pkg}/antler.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# moosefacts as a hardened service of the host. The unit names the installed
# program by its absolute path, so it is written at install time, when the
# prefix is known (cpack installs to /usr, cmake --install to --prefix).
install(CODE "
    set(ANTLER_INSTALL_FULL_BINDIR \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
    set(ANTLER_INSTALL_FULL_DATADIR \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_DATADIR}\")
    set(_unit \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/lib/systemd/system/moosefacts@.service\")
    message(STATUS \"Installing: \${_unit}\")
    configure_file(\"${PROJECT_SOURCE_DIR}/resources/moosefacts@.service.in\" \"\${_unit}\" @ONLY)")

# /usr/share/doc/antler: the Debian changelog (gzip -9n, as Debian wants it)
# and the copyright file.
configure_file(${PROJECT_SOURCE_DIR}/resources/debian/changelog.in ${_antler_pkg}/changelog @ONLY)
find_program(ANTLER_GZIP gzip REQUIRED)
add_custom_command(OUTPUT ${_antler_pkg}/changelog.gz
    COMMAND ${ANTLER_GZIP} -9n -c ${_antler_pkg}/changelog > ${_antler_pkg}/changelog.gz
    DEPENDS ${_antler_pkg}/changelog
    COMMENT "Compressing the Debian changelog")
add_custom_target(antler_package_docs ALL DEPENDS ${_antler_pkg}/changelog.gz)
install(FILES ${_antler_pkg}/changelog.gz ${PROJECT_SOURCE_DIR}/resources/debian/copyright
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/antler)

# The .deb. Library dependencies are computed by dpkg-shlibdeps from the
# binaries; what they load without linking is listed by hand.
set(CPACK_PACKAGE_NAME antler)
set(CPACK_PACKAGE_VENDOR "The Antler developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "control panel for a Raspberry Pi delivery pipeline")
set(CPACK_PACKAGE_DESCRIPTION
    "Antler takes a Raspberry Pi, or any Debian-like Linux host, from a bare system
to a monitored test, staging and production pipeline for a small web
application: it builds the application on the target, rolls it out to the
test stage and promotes the same release to staging and production, gated on
health. Without a Pi, its Local profile runs the three stages on this machine.
.
The package holds the control panel (antler, which also runs playbooks and
pipeline commands headless) and the moose facts backend it delivers
(moosefacts), with a systemd unit to run it as a service.")
set(CPACK_PACKAGE_CONTACT "${ANTLER_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${ANTLER_PROJECT_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt's SQLite driver (the pipeline's history) is a plugin, not linked.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# Wayland sessions, the system keyring (QtKeychain loads libsecret), a font on a machine without a
# desktop, Qt's own strings translated.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, libsecret-1-0, fonts-dejavu-core | fonts-freefont-ttf, qt6-translations-l10n")
# The source commit of a build from a checkout; the podman runtime.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "git, podman")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_THREADS 0)
include(CPack)
