#include "playbook/modules/SetupModule.h"

#include "playbook/FactsGatherer.h"

#include <QRegularExpression>

namespace antler::playbook {

SetupModule::SetupModule(const ModuleContext &context, QObject *parent)
    : Module(context, parent)
{
}

ModuleSpec SetupModule::spec()
{
    ModuleSpec spec;
    spec.name = QStringLiteral("setup");
    ModuleArgument subset;
    subset.name = QStringLiteral("gather_subset");
    subset.type = ModuleArgument::Type::List;
    ModuleArgument filter;
    filter.name = QStringLiteral("filter");
    filter.type = ModuleArgument::Type::List;
    ModuleArgument timeout;
    timeout.name = QStringLiteral("gather_timeout");
    timeout.type = ModuleArgument::Type::Int;
    timeout.defaultValue = 10;
    ModuleArgument factPath;
    factPath.name = QStringLiteral("fact_path");
    factPath.type = ModuleArgument::Type::Path;
    spec.arguments = {subset, filter, timeout, factPath};
    return spec;
}

void SetupModule::start(const QVariantMap &arguments)
{
    transport::CommandSpec spec = commandSpec();
    spec.description = QStringLiteral("Gathering Facts");
    spec.script = FactsGatherer::script();
    spec.shareShell = true;
    QStringList filters;
    const QVariant filter = arguments.value(QStringLiteral("filter"));
    if (filter.typeId() == QMetaType::QVariantList) {
        for (const QVariant &item : filter.toList())
            filters.append(item.toString());
    } else if (!filter.toString().isEmpty()) {
        filters = filter.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    runCommand(spec, [this, filters](const transport::CommandResult &result) {
        if (result.status != transport::CommandResult::Status::Finished) {
            fail(result.error);
            return;
        }
        QVariantMap facts = FactsGatherer::parse(result.stdoutData);
        if (!filters.isEmpty()) {
            QVariantMap kept;
            for (auto it = facts.cbegin(); it != facts.cend(); ++it) {
                for (const QString &pattern : filters) {
                    const QRegularExpression glob(QRegularExpression::wildcardToRegularExpression(pattern.trimmed()));
                    if (glob.match(it.key()).hasMatch())
                        kept.insert(it.key(), it.value());
                }
            }
            facts = kept;
        }
        facts.insert(QStringLiteral("gather_subset"), QVariantList {QStringLiteral("all")});
        facts.insert(QStringLiteral("module_setup"), true);
        TaskResult ok;
        ok.data = {{QStringLiteral("changed"), false}, {QStringLiteral("ansible_facts"), facts}};
        finish(ok);
    });
}

} // namespace antler::playbook
