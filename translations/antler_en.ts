<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>antler::cli::PipelineCommand</name>
    <message numerus="yes">
        <source>%n earlier operation(s) were interrupted before they finished; “antler pipeline history” lists them.</source>
        <translation>
            <numerusform>%n earlier operation was interrupted before it finished; “antler pipeline history” lists it.</numerusform>
            <numerusform>%n earlier operations were interrupted before they finished; “antler pipeline history” lists them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>antler::gui::LogView</name>
    <message numerus="yes">
        <source>%n matching lines</source>
        <translation>
            <numerusform>%n matching line</numerusform>
            <numerusform>%n matching lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>antler::gui::MainWindow</name>
    <message numerus="yes">
        <source>Antler: %n operation(s) running</source>
        <translation>
            <numerusform>Antler: %n operation running</numerusform>
            <numerusform>Antler: %n operations running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s) configured in %1.</source>
        <translation>
            <numerusform>%n stage configured in %1.</numerusform>
            <numerusform>%n stages configured in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>antler::gui::PlaybookResultsModel</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>antler::gui::PlaybooksView</name>
    <message numerus="yes">
        <source>%1: %n play(s)</source>
        <translation>
            <numerusform>%1: %n play</numerusform>
            <numerusform>%1: %n plays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n task(s) selected</source>
        <translation>
            <numerusform>, %n task selected</numerusform>
            <numerusform>, %n tasks selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before this playbook can run; nothing was contacted.</source>
        <translation>
            <numerusform>%n problem to fix before this playbook can run; nothing was contacted.</numerusform>
            <numerusform>%n problems to fix before this playbook can run; nothing was contacted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n host(s) of the inventory.</source>
        <translation>
            <numerusform>The only host of the inventory.</numerusform>
            <numerusform>All %n hosts of the inventory.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The playbook has %n problem(s); fix them and open it again.</source>
        <translation>
            <numerusform>The playbook has %n problem; fix them and open it again.</numerusform>
            <numerusform>The playbook has %n problems; fix them and open it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>antler::gui::ProvisionPage</name>
    <message numerus="yes">
        <source>Done: %n change(s)</source>
        <translation>
            <numerusform>Done: %n change</numerusform>
            <numerusform>Done: %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>antler::health::Probe</name>
    <message numerus="yes">
        <source>the TLS certificate of %1 expires in %n day(s), on %2; renew it</source>
        <translation>
            <numerusform>the TLS certificate of %1 expires in %n day, on %2; renew it</numerusform>
            <numerusform>the TLS certificate of %1 expires in %n days, on %2; renew it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>antler::health::StageHealth</name>
    <message numerus="yes">
        <source>all %n probe(s) answer</source>
        <translation>
            <numerusform>the probe answers</numerusform>
            <numerusform>all %n probes answer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>antler::pipeline::OperationManager</name>
    <message numerus="yes">
        <source>Every task finished on %n host(s).</source>
        <translation>
            <numerusform>Every task finished on %n host.</numerusform>
            <numerusform>Every task finished on %n hosts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>antler::pipeline::ReleaseComparison</name>
    <message numerus="yes">
        <source>%n file(s) differ:</source>
        <translation>
            <numerusform>%n file differs:</numerusform>
            <numerusform>%n files differ:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s) differ:</source>
        <translation>
            <numerusform>%n fact differs:</numerusform>
            <numerusform>%n facts differ:</numerusform>
        </translation>
    </message>
</context>
</TS>
