// ctest fixture setup_pi_vm_image: builds the Pi stand-in VM's disk images
// (or finds them in the cache) before the tests that boot it, so that each
// of them only boots an overlay, and removes what a killed power-cut test
// left behind. Skips, like those tests, where the VM cannot run.

#include "PiVm.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString arch = QCoreApplication::arguments().value(1, QStringLiteral("amd64"));
    if (const QString reason = antler::test::PiVm::unavailableReason(arch); !reason.isEmpty()) {
        std::printf("SKIP: %s\n", qPrintable(reason));
        return 0;
    }
    antler::test::PiVm::removeStalePowerCuts();
    QElapsedTimer timer;
    timer.start();
    QString error;
    const QString images = antler::test::PiVm::ensureImage(arch, &error);
    if (images.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("Pi stand-in VM images (%s) in %s after %lld s; qemu runs with %s\n", qPrintable(arch),
                qPrintable(images), timer.elapsed() / 1000, qPrintable(antler::test::PiVm::accelerator(arch)));
    return 0;
}
