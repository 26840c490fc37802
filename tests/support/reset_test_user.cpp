// ctest's fixture "test_user" (tests/CMakeLists.txt): gives the throwaway test
// user a new random password before the tests that log in as it, so no run
// depends on a password an earlier run stored, and every run exercises the
// hostile characters of SshdFixture::hostilePassword(). While another run's
// tests use the user, its password stays (suites may run side by side).
#include "SshdFixture.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString password;
    QString reason;
    QTextStream out(stdout);
    bool kept = false;
    if (!antler::test::SshdFixture::resetTestUser(&password, &reason, &kept)) {
        // Not an error: the tests that need the user skip with this reason.
        out << "the test user is not available here: " << reason << '\n';
        return 0;
    }
    if (kept)
        out << "the test user " << antler::test::SshdFixture::testUser()
            << " keeps its password: tests of another run are using it\n";
    else
        out << "the test user " << antler::test::SshdFixture::testUser() << " has a new random password ("
            << password.size() << " characters)\n";
    return 0;
}
