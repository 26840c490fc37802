#include "SetupStandIns.h"

#include "setup/SetupPlan.h"

#include <QDir>
#include <QFile>

namespace antler::test {

bool writeSetupStandIns(const QString &dir, QString *error)
{
    if (!setup::SetupPlan::extractPlaybooks(dir, error))
        return false;
    const QByteArray record = QDir(dir).filePath(QStringLiteral("ran.txt")).toUtf8();
    const QByteArray gate = QDir(dir).filePath(QStringLiteral("gate")).toUtf8();
    for (const setup::SetupPlan::Step &step : setup::SetupPlan::steps()) {
        const QByteArray id = step.id.toUtf8();
        const QByteArray text = "# A stand-in for the real " + step.playbook.toUtf8()
            + " (which needs a Pi).\n"
              "- name: "
            + step.title.toUtf8()
            + "\n  hosts: all\n  become: true\n  gather_facts: false\n  tasks:\n"
              // Waits until the test lets the step go on. Named like the
              // step: the README's picture of the wizard shows it running.
              "    - name: "
            + step.title.toUtf8()
            + "\n"
              "      ansible.builtin.shell: for i in $(seq 1200); do [ -f "
            + gate + " ] || [ -f " + gate + '-' + id
            + " ] && exit 0; sleep 0.1; done; exit 1\n"
              "      changed_when: false\n"
              "    - name: Record the step and the choices it got\n"
              "      ansible.builtin.shell: >-\n"
              "        echo \"$(id -u) "
            + id
            + " {{ antler_engine }} {{ registry_port }} {{ antler_stages | map(attribute='name') | join(',') }}\" >> "
            + record + "\n";
        QFile file(setup::SetupPlan::playbookPath(dir, step));
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
            *error = QStringLiteral("Cannot write %1: %2.").arg(file.fileName(), file.errorString());
            return false;
        }
    }
    return true;
}

} // namespace antler::test
