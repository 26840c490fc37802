<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>antler::cli::CommandLine</name>
    <message>
        <source>“%1” is not an antler command; run “antler --help” to see the commands.</source>
        <translation>„%1“ ist kein Befehl von antler; „antler --help“ zeigt die Befehle.</translation>
    </message>
    <message>
        <source>the option %1 needs a file name; write it as “%1 FILE”.</source>
        <translation>die Option %1 braucht einen Dateinamen; schreiben Sie „%1 FILE“.</translation>
    </message>
    <message>
        <source>unknown option “%1”; run “antler --help” to see the options.</source>
        <translation>unbekannte Option „%1“; „antler --help“ zeigt die Optionen.</translation>
    </message>
    <message>
        <source>no display is available (DISPLAY and WAYLAND_DISPLAY are not set); run antler in a desktop session, or use one of the headless modes that “antler --help” lists.</source>
        <translation>keine Anzeige verfügbar (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt); starten Sie antler in einer Desktop-Sitzung oder nutzen Sie einen der Modi ohne Anzeige, die „antler --help“ auflistet.</translation>
    </message>
</context>
<context>
    <name>antler::cli::HelpCommand</name>
    <message>
        <source>there is no help on “%1”; ask for one of: %2.</source>
        <translation>zu „%1“ gibt es keine Hilfe; wählen Sie eines von: %2.</translation>
    </message>
    <message>
        <source>Show this help; “antler help TOPIC” shows one part: window, run-playbook, pipeline or status.</source>
        <translation>Diese Hilfe anzeigen; „antler help TOPIC“ zeigt einen Teil: window, run-playbook, pipeline oder status.</translation>
    </message>
    <message>
        <source>Show the version, the commit and the build time.</source>
        <translation>Version, Commit und Erstellungszeit anzeigen.</translation>
    </message>
    <message>
        <source>Opens the control panel, which shows the stages of the pipeline.</source>
        <translation>Öffnet die Steuerzentrale mit den Stufen der Pipeline.</translation>
    </message>
    <message>
        <source>Runs an Ansible-compatible YAML playbook over SSH, printing each task as it runs and a recap per host at the end. It takes ansible-playbook&apos;s flags and exits with its codes.</source>
        <translation>Führt ein Ansible-kompatibles YAML-Playbook über SSH aus, zeigt jede Aufgabe, während sie läuft, und am Ende eine Zusammenfassung je Host. Es versteht die Optionen von ansible-playbook und endet mit dessen Exit-Codes.</translation>
    </message>
    <message>
        <source>Builds the images, rolls them out, and moves a release from stage to stage; every step is recorded.</source>
        <translation>Baut die Images, rollt sie aus und bringt ein Release von Stufe zu Stufe; jeder Schritt wird festgehalten.</translation>
    </message>
    <message>
        <source>Shows the live health of every stage: the same probes and host metrics the charts show.</source>
        <translation>Zeigt den aktuellen Zustand jeder Stufe: dieselben Prüfungen und Host-Messwerte wie die Diagramme.</translation>
    </message>
    <message>
        <source>Read the pipeline from FILE (see Configuration).</source>
        <translation>Die Pipeline aus FILE lesen (siehe Konfiguration).</translation>
    </message>
    <message>
        <source>Inventory file, or a comma-separated list of hosts such as host1,host2, (note the trailing comma).</source>
        <translation>Inventardatei oder eine kommagetrennte Liste von Hosts wie host1,host2, (mit abschließendem Komma).</translation>
    </message>
    <message>
        <source>Set an extra variable, or read variables from a YAML or JSON file; may be repeated.</source>
        <translation>Eine zusätzliche Variable setzen oder Variablen aus einer YAML- oder JSON-Datei lesen; wiederholbar.</translation>
    </message>
    <message>
        <source>Report what would change without changing anything.</source>
        <translation>Melden, was sich ändern würde, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <source>Show the changes made to files and templates.</source>
        <translation>Die Änderungen an Dateien und Vorlagen zeigen.</translation>
    </message>
    <message>
        <source>Run only on the hosts that match PATTERN.</source>
        <translation>Nur auf den Hosts ausführen, die zu PATTERN passen.</translation>
    </message>
    <message>
        <source>Run only the tasks tagged T (comma-separated).</source>
        <translation>Nur die Aufgaben mit den Tags T ausführen (kommagetrennt).</translation>
    </message>
    <message>
        <source>Skip the tasks tagged T (comma-separated).</source>
        <translation>Die Aufgaben mit den Tags T überspringen (kommagetrennt).</translation>
    </message>
    <message>
        <source>Work on up to N hosts at once.</source>
        <translation>Auf bis zu N Hosts gleichzeitig arbeiten.</translation>
    </message>
    <message>
        <source>Start at the task called NAME.</source>
        <translation>Bei der Aufgabe namens NAME beginnen.</translation>
    </message>
    <message>
        <source>Check the playbook&apos;s syntax, then exit.</source>
        <translation>Die Syntax des Playbooks prüfen und beenden.</translation>
    </message>
    <message>
        <source>List the tasks that would run, then exit.</source>
        <translation>Die Aufgaben auflisten, die laufen würden, und beenden.</translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation>Die Ergebnisse als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Print more details; repeat for more, as in -vvv.</source>
        <translation>Mehr Einzelheiten ausgeben; für noch mehr wiederholen, etwa -vvv.</translation>
    </message>
    <message>
        <source>Build the backend and frontend images on the target.</source>
        <translation>Die Images für Backend und Frontend auf dem Zielsystem bauen.</translation>
    </message>
    <message>
        <source>Roll the latest build out to STAGE.</source>
        <translation>Den neuesten Build auf STAGE ausrollen.</translation>
    </message>
    <message>
        <source>Move the exact image digest that runs in FROM to TO, if FROM is healthy.</source>
        <translation>Genau den Image-Digest, der in FROM läuft, nach TO bringen, wenn FROM gesund ist.</translation>
    </message>
    <message>
        <source>Put STAGE back on its previous release.</source>
        <translation>STAGE auf das vorherige Release zurücksetzen.</translation>
    </message>
    <message>
        <source>List every build, rollout, promotion and rollback.</source>
        <translation>Jeden Build, jedes Ausrollen, jede Beförderung und jedes Zurücksetzen auflisten.</translation>
    </message>
    <message>
        <source>Show which release each stage runs.</source>
        <translation>Zeigen, welches Release auf jeder Stufe läuft.</translation>
    </message>
    <message>
        <source>Keep printing updates until interrupted.</source>
        <translation>Laufend Aktualisierungen ausgeben, bis abgebrochen wird.</translation>
    </message>
    <message>
        <source>Success.</source>
        <translation>Erfolg.</translation>
    </message>
    <message>
        <source>An error.</source>
        <translation>Ein Fehler.</translation>
    </message>
    <message>
        <source>A host failed.</source>
        <translation>Ein Host ist gescheitert.</translation>
    </message>
    <message>
        <source>Invalid options.</source>
        <translation>Ungültige Optionen.</translation>
    </message>
    <message>
        <source>The mode is not available in this build yet.</source>
        <translation>Der Modus ist in dieser Version noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>An unexpected error.</source>
        <translation>Ein unerwarteter Fehler.</translation>
    </message>
    <message>
        <source>The pipeline is read from the first of: the file given with --config FILE; $XDG_CONFIG_HOME/antler/antler.yaml (usually ~/.config/antler/antler.yaml); antler/antler.yaml in $XDG_CONFIG_DIRS (usually /etc/xdg); the built-in Local profile, which runs all three stages on this machine.</source>
        <translation>Die Pipeline wird aus dem ersten vorhandenen Eintrag gelesen: der mit --config FILE angegebenen Datei; $XDG_CONFIG_HOME/antler/antler.yaml (meist ~/.config/antler/antler.yaml); antler/antler.yaml in $XDG_CONFIG_DIRS (meist /etc/xdg); dem eingebauten lokalen Profil, das alle drei Stufen auf diesem Rechner betreibt.</translation>
    </message>
    <message>
        <source>Antler takes a Raspberry Pi, or any Debian-like host, from a bare system to a monitored test, staging and production pipeline. Without arguments it opens its window; with --run-playbook, pipeline or status it runs headless and needs no display.</source>
        <translation>Antler bringt einen Raspberry Pi oder einen anderen Debian-ähnlichen Host vom nackten System zu einer überwachten Pipeline aus Test, Staging und Produktion. Ohne Argumente öffnet es sein Fenster; mit --run-playbook, pipeline oder status läuft es ohne Oberfläche und braucht keine Anzeige.</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Fenster:</translation>
    </message>
    <message>
        <source>Running playbooks:</source>
        <translation>Playbooks ausführen:</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Pipeline:</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Sonstiges:</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>Konfiguration:</translation>
    </message>
    <message>
        <source>Trust and remember the key of a host not yet in known_hosts, as OpenSSH&apos;s accept-new; without it such hosts are refused. A changed key is always refused.</source>
        <translation>Einem Host, der noch nicht in known_hosts steht, vertrauen und seinen Schlüssel speichern, wie accept-new von OpenSSH; ohne diese Option werden solche Hosts abgewiesen. Ein geänderter Schlüssel wird immer abgewiesen.</translation>
    </message>
    <message>
        <source>It exits with 0 when every stage is up, 2 when a stage is down and 3 when none is down but one is degraded or not known yet. One-shot status has no history, so one failed probe counts as down.</source>
        <translation>Es endet mit 0, wenn jede Stufe läuft, mit 2, wenn eine Stufe ausgefallen ist, und mit 3, wenn keine ausgefallen, aber eine beeinträchtigt oder noch unbekannt ist. Eine einmalige Statusabfrage hat keinen Verlauf, daher zählt schon eine fehlgeschlagene Prüfung als Ausfall.</translation>
    </message>
    <message>
        <source>The playbook or the inventory has an error, which is printed as FILE:LINE:COLUMN; no host was contacted.</source>
        <translation>Das Playbook oder das Inventar enthält einen Fehler, der als FILE:LINE:COLUMN ausgegeben wird; kein Host wurde kontaktiert.</translation>
    </message>
    <message>
        <source>A host was unreachable.</source>
        <translation>Ein Host war nicht erreichbar.</translation>
    </message>
    <message>
        <source>This build opens the window, reports the health of every stage, and runs playbooks with the command, shell, raw, ping and debug modules; --check, --diff, --limit, --tags, --skip-tags, --start-at-task and --list-tasks arrive with the full engine. The pipeline mode is documented ahead of its release: for now it runs nothing and exits with code %1.</source>
        <translation>Diese Version öffnet das Fenster, meldet den Zustand jeder Stufe und führt Playbooks mit den Modulen command, shell, raw, ping und debug aus; --check, --diff, --limit, --tags, --skip-tags, --start-at-task und --list-tasks kommen mit der vollständigen Engine. Der Modus pipeline ist vor seiner Veröffentlichung dokumentiert: Vorerst führt er nichts aus und endet mit dem Code %1.</translation>
    </message>
</context>
<context>
    <name>antler::cli::RunPlaybookCommand</name>
    <message>
        <source>the -e value</source>
        <translation>der Wert von -e</translation>
    </message>
    <message>
        <source>cannot read the variables file %1 (%2); check the path after -e @.</source>
        <translation>die Variablendatei %1 kann nicht gelesen werden (%2); prüfen Sie den Pfad nach -e @.</translation>
    </message>
    <message>
        <source>the extra variable “%1” is not NAME=VALUE; write -e name=value, -e @file.yml or -e &apos;{&quot;name&quot;: &quot;value&quot;}&apos;.</source>
        <translation>die zusätzliche Variable „%1“ hat nicht die Form NAME=VALUE; schreiben Sie -e name=value, -e @file.yml oder -e &apos;{&quot;name&quot;: &quot;value&quot;}&apos;.</translation>
    </message>
    <message>
        <source>%1 is not a mapping of variable names to values; write one “name: value” per line.</source>
        <translation>%1 ist keine Zuordnung von Variablennamen zu Werten; schreiben Sie ein „name: value“ pro Zeile.</translation>
    </message>
    <message>
        <source>%1 is not valid YAML or JSON (%2 at line %3); fix it and run again.</source>
        <translation>%1 ist kein gültiges YAML oder JSON (%2 in Zeile %3); beheben Sie den Fehler und starten Sie erneut.</translation>
    </message>
    <message>
        <source>the option %1 needs a value; write it as “%1 %2”.</source>
        <translation>die Option %1 braucht einen Wert; schreiben Sie „%1 %2“.</translation>
    </message>
    <message>
        <source>only one -i is supported in this version; merge the inventories into one file or folder.</source>
        <translation>diese Version unterstützt nur ein -i; führen Sie die Inventare in einer Datei oder einem Ordner zusammen.</translation>
    </message>
    <message>
        <source>--forks takes a whole number of at least 1, not “%1”; write for example --forks 5.</source>
        <translation>--forks erwartet eine ganze Zahl ab 1, nicht „%1“; schreiben Sie zum Beispiel --forks 5.</translation>
    </message>
    <message>
        <source>%1 arrives with the full playbook engine and is not in this version; run without it, or use ansible-playbook for now.</source>
        <translation>%1 kommt mit der vollständigen Playbook-Engine und ist in dieser Version nicht enthalten; starten Sie ohne diese Option oder nutzen Sie vorerst ansible-playbook.</translation>
    </message>
    <message>
        <source>unknown option “%1” for --run-playbook; run “antler help run-playbook” to see the options.</source>
        <translation>unbekannte Option „%1“ für --run-playbook; „antler help run-playbook“ zeigt die Optionen.</translation>
    </message>
    <message>
        <source>the option --run-playbook needs a file name; write it as “--run-playbook FILE”.</source>
        <translation>die Option --run-playbook braucht einen Dateinamen; schreiben Sie „--run-playbook FILE“.</translation>
    </message>
    <message>
        <source>the playbook has %1 problems; fix them and run again, nothing was run.</source>
        <translation>das Playbook hat %1 Probleme; beheben Sie sie und starten Sie erneut, es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>no inventory was given with -i, so only the implicit localhost is available.</source>
        <translation>mit -i wurde kein Inventar angegeben, daher steht nur der implizite localhost zur Verfügung.</translation>
    </message>
    <message>
        <source>interrupted; the running commands were stopped and nothing more runs.</source>
        <translation>unterbrochen; die laufenden Befehle wurden gestoppt, und es wird nichts mehr ausgeführt.</translation>
    </message>
</context>
<context>
    <name>antler::cli::UnavailableCommand</name>
    <message>
        <source>“%1” is not available in this build yet, so nothing was run; update antler to a release that includes it.</source>
        <translation>„%1“ ist in dieser Version noch nicht verfügbar, daher wurde nichts ausgeführt; aktualisieren Sie antler auf ein Release, das diesen Modus enthält.</translation>
    </message>
</context>
<context>
    <name>antler::gui::Launcher</name>
    <message>
        <source>cannot write the screenshot to %1; check that its folder exists and is writable.</source>
        <translation>das Bildschirmfoto kann nicht nach %1 geschrieben werden; prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>antler::gui::MainWindow</name>
    <message>
        <source>Antler</source>
        <translation>Antler</translation>
    </message>
    <message>
        <source>built-in Local profile</source>
        <translation>eingebautes lokales Profil</translation>
    </message>
    <message>
        <source>Configuration: %1</source>
        <translation>Konfiguration: %1</translation>
    </message>
    <message>
        <source>Local profile</source>
        <translation>Lokales Profil</translation>
    </message>
    <message>
        <source>Profile “%1”</source>
        <translation>Profil „%1“</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Antler</source>
        <translation>Ü&amp;ber Antler</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>No Raspberry Pi is configured: every stage runs on this machine as a local process, so the whole pipeline works without any other hardware.</source>
        <translation>Es ist kein Raspberry Pi eingerichtet: Jede Stufe läuft als lokaler Prozess auf diesem Rechner, daher funktioniert die ganze Pipeline ohne weitere Hardware.</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s) configured in %1.</source>
        <translation>
            <numerusform>%n Stufe, eingerichtet in %1.</numerusform>
            <numerusform>%n Stufen, eingerichtet in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pipeline configuration could not be used, so the Local profile is shown.</source>
        <translation>Die Pipeline-Konfiguration konnte nicht verwendet werden, deshalb wird das lokale Profil angezeigt.</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>A release is promoted from left to right.</source>
        <translation>Ein Release wird von links nach rechts befördert.</translation>
    </message>
    <message>
        <source>promotes to</source>
        <translation>wird befördert nach</translation>
    </message>
    <message>
        <source>About Antler</source>
        <translation>Über Antler</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Antler %1&lt;/h3&gt;&lt;p&gt;Takes a Raspberry Pi, or any Debian-like host, from a bare system to a monitored test, staging and production pipeline.&lt;/p&gt;&lt;p&gt;Commit %2, built %3, Qt %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Antler %1&lt;/h3&gt;&lt;p&gt;Bringt einen Raspberry Pi oder einen anderen Debian-ähnlichen Host vom nackten System zu einer überwachten Pipeline aus Test, Staging und Produktion.&lt;/p&gt;&lt;p&gt;Commit %2, erstellt %3, Qt %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stage %1 is now %2: %3</source>
        <translation>Stufe %1 ist jetzt %2: %3</translation>
    </message>
</context>
<context>
    <name>antler::gui::StageCard</name>
    <message>
        <source>Stage %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Stage %1 of %2</source>
        <translation>Stufe %1 von %2</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Waiting for the first probe</source>
        <translation>Warte auf die erste Prüfung</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>antler::health::HealthHistory</name>
    <message>
        <source>cannot create the folder %1 for the health history; check its permissions.</source>
        <translation>der Ordner %1 für den Zustandsverlauf kann nicht angelegt werden; prüfen Sie seine Berechtigungen.</translation>
    </message>
    <message>
        <source>cannot open the health history %1: %2; check that the file is a writable SQLite database.</source>
        <translation>der Zustandsverlauf %1 kann nicht geöffnet werden: %2; prüfen Sie, ob die Datei eine beschreibbare SQLite-Datenbank ist.</translation>
    </message>
    <message>
        <source>the health history %1 refused an update: %2.</source>
        <translation>der Zustandsverlauf %1 hat eine Aktualisierung abgelehnt: %2.</translation>
    </message>
    <message>
        <source>cannot write to the health history %1: %2; check the disk space and the file&apos;s permissions.</source>
        <translation>in den Zustandsverlauf %1 kann nicht geschrieben werden: %2; prüfen Sie den freien Speicherplatz und die Berechtigungen der Datei.</translation>
    </message>
    <message>
        <source>cannot downsample the health history %1: %2.</source>
        <translation>der Zustandsverlauf %1 kann nicht ausgedünnt werden: %2.</translation>
    </message>
    <message>
        <source>the health history is not open; open it before adding markers.</source>
        <translation>der Zustandsverlauf ist nicht geöffnet; öffnen Sie ihn, bevor Sie Markierungen hinzufügen.</translation>
    </message>
    <message>
        <source>cannot write a marker to the health history %1: %2.</source>
        <translation>in den Zustandsverlauf %1 kann keine Markierung geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>antler::health::Probe</name>
    <message>
        <source>the probe has no network access manager</source>
        <translation>die Prüfung hat keinen Network Access Manager</translation>
    </message>
    <message>
        <source>connection refused at %1</source>
        <translation>Verbindung abgelehnt bei %1</translation>
    </message>
    <message>
        <source>host %1 not found; check the stage&apos;s host in antler.yaml</source>
        <translation>Host %1 nicht gefunden; prüfen Sie den Host der Stufe in antler.yaml</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>Zeitüberschreitung nach %1 ms</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering %2</source>
        <translation>%1 hat die Verbindung geschlossen, bevor %2 beantwortet wurde</translation>
    </message>
    <message>
        <source>no answer from %1%2: %3</source>
        <translation>keine Antwort von %1%2: %3</translation>
    </message>
    <message>
        <source>expected HTTP 200 from %1, got %2 (%3)</source>
        <translation>HTTP 200 von %1 erwartet, erhalten: %2 (%3)</translation>
    </message>
    <message>
        <source>expected the moose facts page at %1, got HTTP %2 (%3)</source>
        <translation>unter %1 wurde die Seite mit Elchfakten erwartet, erhalten: HTTP %2 (%3)</translation>
    </message>
    <message>
        <source>the page at %1 is not the moose facts frontend: it has no element with id “fact-text” (%2)</source>
        <translation>die Seite unter %1 ist nicht das Frontend der Elchfakten: Sie hat kein Element mit der ID „fact-text“ (%2)</translation>
    </message>
    <message>
        <source>expected JSON with a fact, got %1</source>
        <translation>JSON mit einem Fakt erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected JSON with a fact, got an object without “text”</source>
        <translation>JSON mit einem Fakt erwartet, erhalten: ein Objekt ohne „text“</translation>
    </message>
    <message>
        <source>expected JSON from /version, got %1</source>
        <translation>JSON von /version erwartet, erhalten: %1</translation>
    </message>
</context>
<context>
    <name>antler::health::StageHealth</name>
    <message>
        <source>waiting for the %1 probe to confirm a state</source>
        <translation>warte darauf, dass die Prüfung %1 einen Zustand bestätigt</translation>
    </message>
    <message>
        <source>the %1 probe answered in %2 ms, over the %3 ms limit</source>
        <translation>die Prüfung %1 hat in %2 ms geantwortet, über der Grenze von %3 ms</translation>
    </message>
    <message numerus="yes">
        <source>all %n probe(s) answer</source>
        <translation>
            <numerusform>%n Prüfung antwortet</numerusform>
            <numerusform>alle %n Prüfungen antworten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>antler::inventory::HostRange</name>
    <message>
        <source>the host “%1” ends in “:” without a port; write the port after the colon or remove the colon.</source>
        <translation>der Host „%1“ endet auf „:“ ohne Port; schreiben Sie den Port hinter den Doppelpunkt oder entfernen Sie den Doppelpunkt.</translation>
    </message>
    <message>
        <source>the port of “%1” is not a number from 1 to 65535; write a port in that range.</source>
        <translation>der Port von „%1“ ist keine Zahl von 1 bis 65535; geben Sie einen Port in diesem Bereich an.</translation>
    </message>
    <message>
        <source>“%1” is not a host name with an optional :PORT; write it as NAME or NAME:PORT.</source>
        <translation>„%1“ ist kein Hostname mit optionalem :PORT; schreiben Sie NAME oder NAME:PORT.</translation>
    </message>
    <message>
        <source>the host name is empty; write a name before the port.</source>
        <translation>der Hostname ist leer; schreiben Sie einen Namen vor den Port.</translation>
    </message>
    <message>
        <source>the range in “%1” has no matching bracket; write ranges as [BEGIN:END], such as pi[1:3].</source>
        <translation>dem Bereich in „%1“ fehlt die schließende Klammer; schreiben Sie Bereiche als [BEGIN:END], etwa pi[1:3].</translation>
    </message>
    <message>
        <source>the range “[%1]” is not BEGIN:END or BEGIN:END:STEP; write it as pi[1:3] or web[01:10:2].</source>
        <translation>der Bereich „[%1]“ hat nicht die Form BEGIN:END oder BEGIN:END:STEP; schreiben Sie ihn als pi[1:3] oder web[01:10:2].</translation>
    </message>
    <message>
        <source>the range “[%1]” has no end; write the last value after the colon.</source>
        <translation>der Bereich „[%1]“ hat kein Ende; schreiben Sie den letzten Wert hinter den Doppelpunkt.</translation>
    </message>
    <message>
        <source>the step of the range “[%1]” is not a positive number; write a step of 1 or more.</source>
        <translation>die Schrittweite des Bereichs „[%1]“ ist keine positive Zahl; geben Sie eine Schrittweite von 1 oder mehr an.</translation>
    </message>
    <message>
        <source>the range “[%1]” ends before it begins; write the smaller value first.</source>
        <translation>der Bereich „[%1]“ endet, bevor er beginnt; schreiben Sie den kleineren Wert zuerst.</translation>
    </message>
    <message>
        <source>the range “[%1]” pads its begin to %2 digits but not its end; write both with the same number of digits, such as [01:10].</source>
        <translation>der Bereich „[%1]“ füllt seinen Anfang auf %2 Stellen auf, sein Ende aber nicht; schreiben Sie beide mit gleich vielen Stellen, etwa [01:10].</translation>
    </message>
    <message>
        <source>the range “[%1]” stands for more than 100000 hosts; split the inventory or use a smaller range.</source>
        <translation>der Bereich „[%1]“ steht für mehr als 100000 Hosts; teilen Sie das Inventar auf oder verwenden Sie einen kleineren Bereich.</translation>
    </message>
    <message>
        <source>the range “[%1]” mixes or misuses letters and numbers; write two numbers, such as [1:3], or two letters, such as [a:c].</source>
        <translation>der Bereich „[%1]“ mischt Buchstaben und Zahlen oder verwendet sie falsch; schreiben Sie zwei Zahlen wie [1:3] oder zwei Buchstaben wie [a:c].</translation>
    </message>
</context>
<context>
    <name>antler::inventory::IniInventoryParser</name>
    <message>
        <source>the section type “%1” is unknown; write [%2], [%2:children] or [%2:vars].</source>
        <translation>der Abschnittstyp „%1“ ist unbekannt; schreiben Sie [%2], [%2:children] oder [%2:vars].</translation>
    </message>
    <message>
        <source>adding the group “%1” to “%2” makes a group its own ancestor; remove one of the two [:children] entries.</source>
        <translation>wird die Gruppe „%1“ zu „%2“ hinzugefügt, wird eine Gruppe ihr eigener Vorfahr; entfernen Sie einen der beiden [:children]-Einträge.</translation>
    </message>
    <message>
        <source>the section header “%1” has no closing bracket; write it as [NAME].</source>
        <translation>der Abschnittskopf „%1“ hat keine schließende Klammer; schreiben Sie ihn als [NAME].</translation>
    </message>
    <message>
        <source>the section header “%1” is not valid; write [NAME], [NAME:children] or [NAME:vars] without spaces.</source>
        <translation>der Abschnittskopf „%1“ ist ungültig; schreiben Sie [NAME], [NAME:children] oder [NAME:vars] ohne Leerzeichen.</translation>
    </message>
    <message>
        <source>this quotation mark is never closed; close the quoted value on the same line.</source>
        <translation>dieses Anführungszeichen wird nie geschlossen; schließen Sie den Wert in Anführungszeichen in derselben Zeile.</translation>
    </message>
    <message>
        <source>“---” starts a YAML document, not an INI host; name the file with a .yml extension or remove the line.</source>
        <translation>„---“ beginnt ein YAML-Dokument, keinen INI-Host; geben Sie der Datei die Endung .yml oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>“%1” after the host “%2” is not KEY=VALUE; write host variables as KEY=VALUE, quoting values with spaces.</source>
        <translation>„%1“ nach dem Host „%2“ hat nicht die Form KEY=VALUE; schreiben Sie Hostvariablen als KEY=VALUE und setzen Sie Werte mit Leerzeichen in Anführungszeichen.</translation>
    </message>
    <message>
        <source>“%1” after the host “%2” has no variable name; write it as KEY=VALUE.</source>
        <translation>„%1“ nach dem Host „%2“ hat keinen Variablennamen; schreiben Sie KEY=VALUE.</translation>
    </message>
    <message>
        <source>“%1” in [%2:vars] is not KEY=VALUE; write one variable per line as KEY=VALUE.</source>
        <translation>„%1“ in [%2:vars] hat nicht die Form KEY=VALUE; schreiben Sie eine Variable pro Zeile als KEY=VALUE.</translation>
    </message>
    <message>
        <source>“%1” in [%2:vars] has no variable name; write it as KEY=VALUE.</source>
        <translation>„%1“ in [%2:vars] hat keinen Variablennamen; schreiben Sie KEY=VALUE.</translation>
    </message>
    <message>
        <source>“%1” in [%2:children] is not a group name; write one group name per line, without spaces or colons.</source>
        <translation>„%1“ in [%2:children] ist kein Gruppenname; schreiben Sie einen Gruppennamen pro Zeile, ohne Leerzeichen oder Doppelpunkte.</translation>
    </message>
    <message>
        <source>adding the group “%1” to “%2” makes a group its own ancestor; remove this line or the entry that makes “%2” a child of “%1”.</source>
        <translation>wird die Gruppe „%1“ zu „%2“ hinzugefügt, wird eine Gruppe ihr eigener Vorfahr; entfernen Sie diese Zeile oder den Eintrag, der „%2“ zu einem Kind von „%1“ macht.</translation>
    </message>
    <message>
        <source>[%1:children] names the group “%2”, which is not defined anywhere; add a [%2] section or remove the line.</source>
        <translation>[%1:children] nennt die Gruppe „%2“, die nirgends definiert ist; fügen Sie einen Abschnitt [%2] hinzu oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>[%1:vars] sets variables of the group “%1”, which is not defined anywhere; add a [%1] section above or below it.</source>
        <translation>[%1:vars] setzt Variablen der Gruppe „%1“, die nirgends definiert ist; fügen Sie darüber oder darunter einen Abschnitt [%1] hinzu.</translation>
    </message>
</context>
<context>
    <name>antler::inventory::Inventory</name>
    <message>
        <source>the inventory does not exist; give the path of an inventory file or folder, or a comma-separated list of hosts such as “pi1,pi2,”.</source>
        <translation>das Inventar existiert nicht; geben Sie den Pfad einer Inventardatei oder eines Inventarordners an oder eine kommagetrennte Liste von Hosts wie „pi1,pi2,“.</translation>
    </message>
    <message>
        <source>cannot read the inventory (%1); check that the file is readable.</source>
        <translation>das Inventar kann nicht gelesen werden (%1); prüfen Sie, ob die Datei lesbar ist.</translation>
    </message>
    <message>
        <source>cannot read the inventory (%1); check that the file exists and is readable.</source>
        <translation>das Inventar kann nicht gelesen werden (%1); prüfen Sie, ob die Datei existiert und lesbar ist.</translation>
    </message>
    <message>
        <source>host “%1”: %2</source>
        <translation>Host „%1“: %2</translation>
    </message>
    <message>
        <source>ansible_port “%1” is not a number from 1 to 65535; set it to the SSH port, usually 22.</source>
        <translation>ansible_port „%1“ ist keine Zahl von 1 bis 65535; setzen Sie ihn auf den SSH-Port, meist 22.</translation>
    </message>
    <message>
        <source>ansible_connection “%1” is not supported; use ssh or local.</source>
        <translation>ansible_connection „%1“ wird nicht unterstützt; verwenden Sie ssh oder local.</translation>
    </message>
    <message>
        <source>ansible_become “%1” is not a boolean; write true or false.</source>
        <translation>ansible_become „%1“ ist kein Wahrheitswert; schreiben Sie true oder false.</translation>
    </message>
    <message>
        <source>Could not match the host pattern “%1”; check the spelling against the inventory&apos;s hosts and groups.</source>
        <translation>Das Hostmuster „%1“ passt auf nichts; vergleichen Sie die Schreibweise mit den Hosts und Gruppen des Inventars.</translation>
    </message>
</context>
<context>
    <name>antler::inventory::VarsFiles</name>
    <message>
        <source>cannot read the variables file (%1); check that it is readable.</source>
        <translation>die Variablendatei kann nicht gelesen werden (%1); prüfen Sie, ob sie lesbar ist.</translation>
    </message>
    <message>
        <source>this is not valid YAML (%1); correct the syntax at this position.</source>
        <translation>das ist kein gültiges YAML (%1); korrigieren Sie die Syntax an dieser Stelle.</translation>
    </message>
    <message>
        <source>a variables file must be a mapping of names to values; write one “name: value” per line.</source>
        <translation>eine Variablendatei muss eine Zuordnung von Namen zu Werten sein; schreiben Sie ein „name: value“ pro Zeile.</translation>
    </message>
</context>
<context>
    <name>antler::inventory::YamlInventoryParser</name>
    <message>
        <source>this is not valid YAML (%1); correct the syntax at this position.</source>
        <translation>das ist kein gültiges YAML (%1); korrigieren Sie die Syntax an dieser Stelle.</translation>
    </message>
    <message>
        <source>a YAML inventory must be a mapping of groups; start it with “all:” followed by “hosts:”, “children:” or “vars:”.</source>
        <translation>ein YAML-Inventar muss eine Zuordnung von Gruppen sein; beginnen Sie es mit „all:“, gefolgt von „hosts:“, „children:“ oder „vars:“.</translation>
    </message>
    <message>
        <source>this is the configuration of an inventory plugin, which Antler does not run; write the hosts as a YAML inventory starting with “all:”.</source>
        <translation>das ist die Konfiguration eines Inventar-Plugins, das Antler nicht ausführt; schreiben Sie die Hosts als YAML-Inventar, das mit „all:“ beginnt.</translation>
    </message>
    <message>
        <source>a group name must be text; write a name such as “all” or “web”.</source>
        <translation>ein Gruppenname muss Text sein; schreiben Sie einen Namen wie „all“ oder „web“.</translation>
    </message>
    <message>
        <source>this YAML cannot be read as an inventory (%1); correct it at this position.</source>
        <translation>dieses YAML kann nicht als Inventar gelesen werden (%1); korrigieren Sie es an dieser Stelle.</translation>
    </message>
    <message>
        <source>the group “%1” must be a mapping with “hosts:”, “children:” or “vars:”; indent those keys under the group name.</source>
        <translation>die Gruppe „%1“ muss eine Zuordnung mit „hosts:“, „children:“ oder „vars:“ sein; rücken Sie diese Schlüssel unter dem Gruppennamen ein.</translation>
    </message>
    <message>
        <source>“%1” is not a valid group name; use letters, digits and underscores.</source>
        <translation>„%1“ ist kein gültiger Gruppenname; verwenden Sie Buchstaben, Ziffern und Unterstriche.</translation>
    </message>
    <message>
        <source>the group “%1” has the unknown key “%2”; use hosts, children or vars, or move “%2” under a group&apos;s hosts or children.</source>
        <translation>die Gruppe „%1“ hat den unbekannten Schlüssel „%2“; verwenden Sie hosts, children oder vars, oder verschieben Sie „%2“ unter die hosts oder children einer Gruppe.</translation>
    </message>
    <message>
        <source>“%1” of the group “%2” must be a mapping, not a list or a single value; write one entry per line as “NAME:”.</source>
        <translation>„%1“ der Gruppe „%2“ muss eine Zuordnung sein, keine Liste und kein Einzelwert; schreiben Sie einen Eintrag pro Zeile als „NAME:“.</translation>
    </message>
    <message>
        <source>making “%1” a child of “%2” makes a group its own ancestor; remove one of the two entries.</source>
        <translation>wird „%1“ zu einem Kind von „%2“, wird eine Gruppe ihr eigener Vorfahr; entfernen Sie einen der beiden Einträge.</translation>
    </message>
    <message>
        <source>the variables of the host “%1” must be a mapping; write them as “KEY: VALUE” lines indented under the host, or leave the host empty.</source>
        <translation>die Variablen des Hosts „%1“ müssen eine Zuordnung sein; schreiben Sie sie als „KEY: VALUE“-Zeilen, eingerückt unter dem Host, oder lassen Sie den Host leer.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::PipelineConfig</name>
    <message>
        <source>unknown key “%1”; use one of: %2.</source>
        <translation>unbekannter Schlüssel „%1“; verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>the key “%1” appears twice, first on line %2; keep only one of them.</source>
        <translation>der Schlüssel „%1“ kommt doppelt vor, zuerst in Zeile %2; behalten Sie nur einen davon.</translation>
    </message>
    <message>
        <source>the key “%1” has no value; write its value after the colon on the same line.</source>
        <translation>der Schlüssel „%1“ hat keinen Wert; schreiben Sie den Wert in derselben Zeile hinter den Doppelpunkt.</translation>
    </message>
    <message>
        <source>the value of “%1” must be a single value, not a list or a mapping; write it on the same line as the key.</source>
        <translation>der Wert von „%1“ muss ein einzelner Wert sein, keine Liste und keine Zuordnung; schreiben Sie ihn in dieselbe Zeile wie den Schlüssel.</translation>
    </message>
    <message>
        <source>the pipeline configuration is empty; add “stages:” with one entry per stage.</source>
        <translation>die Pipeline-Konfiguration ist leer; ergänzen Sie „stages:“ mit einem Eintrag je Stufe.</translation>
    </message>
    <message>
        <source>the pipeline configuration is not a mapping of keys; start it with “stages:” followed by the list of stages.</source>
        <translation>die Pipeline-Konfiguration ist keine Zuordnung von Schlüsseln; beginnen Sie sie mit „stages:“, gefolgt von der Liste der Stufen.</translation>
    </message>
    <message>
        <source>version “%1” is not supported; this Antler reads version %2, so write “version: %2”.</source>
        <translation>Version „%1“ wird nicht unterstützt; dieses Antler liest Version %2, schreiben Sie also „version: %2“.</translation>
    </message>
    <message>
        <source>the registry “%1” is neither “none” nor HOST:PORT; write “registry: none” or the registry&apos;s address, such as 192.168.1.20:5000.</source>
        <translation>die Registry „%1“ ist weder „none“ noch HOST:PORT; schreiben Sie „registry: none“ oder die Adresse der Registry, etwa 192.168.1.20:5000.</translation>
    </message>
    <message>
        <source>the list “stages” is missing; add “stages:” with one entry per stage, such as test, staging and production.</source>
        <translation>die Liste „stages“ fehlt; ergänzen Sie „stages:“ mit einem Eintrag je Stufe, etwa test, staging und production.</translation>
    </message>
    <message>
        <source>“stages” must be a list with at least one stage; write each stage as an entry starting with “- name:”.</source>
        <translation>„stages“ muss eine Liste mit mindestens einer Stufe sein; schreiben Sie jede Stufe als Eintrag, der mit „- name:“ beginnt.</translation>
    </message>
    <message>
        <source>stage “%1” uses %2, which stage “%3” already uses; give each stage its own port.</source>
        <translation>die Stufe „%1“ verwendet %2, das schon die Stufe „%3“ verwendet; geben Sie jeder Stufe einen eigenen Port.</translation>
    </message>
    <message>
        <source>this stage is not a mapping of keys; write it as “- name: test” followed by its runtime, host and port.</source>
        <translation>diese Stufe ist keine Zuordnung von Schlüsseln; schreiben Sie sie als „- name: test“, gefolgt von Laufzeit, Host und Port.</translation>
    </message>
    <message>
        <source>this stage has no name; add “name:” with a lowercase name such as test.</source>
        <translation>diese Stufe hat keinen Namen; ergänzen Sie „name:“ mit einem kleingeschriebenen Namen wie test.</translation>
    </message>
    <message>
        <source>the stage name “%1” is not valid; use lowercase letters, digits and hyphens, starting with a letter, at most 63 characters.</source>
        <translation>der Stufenname „%1“ ist ungültig; verwenden Sie Kleinbuchstaben, Ziffern und Bindestriche, beginnend mit einem Buchstaben, höchstens 63 Zeichen.</translation>
    </message>
    <message>
        <source>the stage name “%1” is already used on line %2; give every stage its own name.</source>
        <translation>der Stufenname „%1“ wird schon in Zeile %2 verwendet; geben Sie jeder Stufe einen eigenen Namen.</translation>
    </message>
    <message>
        <source>stage “%1” has no runtime; add “runtime:” with kubernetes, podman or local.</source>
        <translation>die Stufe „%1“ hat keine Laufzeit; ergänzen Sie „runtime:“ mit kubernetes, podman oder local.</translation>
    </message>
    <message>
        <source>stage “%1” has the unknown runtime “%2”; use kubernetes, podman or local.</source>
        <translation>die Stufe „%1“ hat die unbekannte Laufzeit „%2“; verwenden Sie kubernetes, podman oder local.</translation>
    </message>
    <message>
        <source>stage “%1” has no host; add “host:” with the address the stage answers on, such as 127.0.0.1.</source>
        <translation>die Stufe „%1“ hat keinen Host; ergänzen Sie „host:“ mit der Adresse, unter der die Stufe antwortet, etwa 127.0.0.1.</translation>
    </message>
    <message>
        <source>the host “%1” of stage “%2” is not a host name or address; use a name such as raspberrypi.local or an address such as 127.0.0.1.</source>
        <translation>der Host „%1“ der Stufe „%2“ ist weder ein Hostname noch eine Adresse; verwenden Sie einen Namen wie raspberrypi.local oder eine Adresse wie 127.0.0.1.</translation>
    </message>
    <message>
        <source>stage “%1” has no port; add “port:” with a free port from 1 to 65535.</source>
        <translation>die Stufe „%1“ hat keinen Port; ergänzen Sie „port:“ mit einem freien Port von 1 bis 65535.</translation>
    </message>
    <message>
        <source>the port “%1” of stage “%2” is not a number from 1 to 65535; use a free port in that range.</source>
        <translation>der Port „%1“ der Stufe „%2“ ist keine Zahl von 1 bis 65535; verwenden Sie einen freien Port in diesem Bereich.</translation>
    </message>
    <message>
        <source>the namespace “%1” of stage “%2” is not valid; use lowercase letters, digits and hyphens, starting with a letter, at most 63 characters.</source>
        <translation>der Namespace „%1“ der Stufe „%2“ ist ungültig; verwenden Sie Kleinbuchstaben, Ziffern und Bindestriche, beginnend mit einem Buchstaben, höchstens 63 Zeichen.</translation>
    </message>
    <message>
        <source>the replica count “%1” of stage “%2” is not a number from 1 to 100; use 1 unless the stage runs on a Kubernetes cluster.</source>
        <translation>die Replikatanzahl „%1“ der Stufe „%2“ ist keine Zahl von 1 bis 100; verwenden Sie 1, es sei denn, die Stufe läuft auf einem Kubernetes-Cluster.</translation>
    </message>
    <message>
        <source>cannot read the pipeline configuration (%1); check that the file exists and is readable.</source>
        <translation>die Pipeline-Konfiguration kann nicht gelesen werden (%1); prüfen Sie, ob die Datei existiert und lesbar ist.</translation>
    </message>
    <message>
        <source>this is not valid YAML (%1); correct the syntax at this position.</source>
        <translation>das ist kein gültiges YAML (%1); korrigieren Sie die Syntax an dieser Stelle.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::PlaybookParser</name>
    <message>
        <source>cannot read the playbook (%1); check the path and its permissions.</source>
        <translation>das Playbook kann nicht gelesen werden (%1); prüfen Sie den Pfad und seine Berechtigungen.</translation>
    </message>
    <message>
        <source>this is not valid YAML (%1); check the indentation and the quotes around this position.</source>
        <translation>das ist kein gültiges YAML (%1); prüfen Sie die Einrückung und die Anführungszeichen an dieser Stelle.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::Reader</name>
    <message>
        <source>a key must be a plain word, not a list or mapping; write it as “name: value”.</source>
        <translation>ein Schlüssel muss ein einfaches Wort sein, keine Liste oder Zuordnung; schreiben Sie ihn als „name: value“.</translation>
    </message>
    <message>
        <source>the key “%1” appears twice, first on line %2; keep only one of them.</source>
        <translation>der Schlüssel „%1“ kommt doppelt vor, zuerst in Zeile %2; behalten Sie nur einen davon.</translation>
    </message>
    <message>
        <source>“%1” has no value; write its value after the colon.</source>
        <translation>„%1“ hat keinen Wert; schreiben Sie den Wert hinter den Doppelpunkt.</translation>
    </message>
    <message>
        <source>the value of “%1” must be text, not a list or a mapping; write it on the same line as the key.</source>
        <translation>der Wert von „%1“ muss Text sein, keine Liste oder Zuordnung; schreiben Sie ihn in dieselbe Zeile wie den Schlüssel.</translation>
    </message>
    <message>
        <source>“%1” takes a literal true or false in this version, not a template; write true or false.</source>
        <translation>„%1“ akzeptiert in dieser Version nur ein wörtliches true oder false, keine Vorlage; schreiben Sie true oder false.</translation>
    </message>
    <message>
        <source>“%1” must be true or false; write one of them.</source>
        <translation>„%1“ muss true oder false sein; schreiben Sie einen der beiden Werte.</translation>
    </message>
    <message>
        <source>the playbook is empty; write a list of plays, each starting with “- hosts:”.</source>
        <translation>das Playbook ist leer; schreiben Sie eine Liste von Plays, die jeweils mit „- hosts:“ beginnen.</translation>
    </message>
    <message>
        <source>a playbook must be a list of plays; start each play with “- hosts:” and indent its keys below.</source>
        <translation>ein Playbook muss eine Liste von Plays sein; beginnen Sie jedes Play mit „- hosts:“ und rücken Sie seine Schlüssel darunter ein.</translation>
    </message>
    <message>
        <source>the playbook has no plays; add one starting with “- hosts:”.</source>
        <translation>das Playbook enthält keine Plays; fügen Sie eines hinzu, das mit „- hosts:“ beginnt.</translation>
    </message>
    <message>
        <source>a play must be a mapping of keywords; write it as “- hosts: all” followed by its name and tasks.</source>
        <translation>ein Play muss eine Zuordnung von Schlüsselwörtern sein; schreiben Sie es als „- hosts: all“, gefolgt von seinem Namen und seinen Aufgaben.</translation>
    </message>
    <message>
        <source>the play keyword “%1” is not supported by this version of Antler yet; remove it, or run this playbook with ansible-playbook until the full engine arrives.</source>
        <translation>das Play-Schlüsselwort „%1“ wird von dieser Version von Antler noch nicht unterstützt; entfernen Sie es oder führen Sie dieses Playbook mit ansible-playbook aus, bis die vollständige Engine verfügbar ist.</translation>
    </message>
    <message>
        <source>“%1” is not a play keyword; use one of: %2.</source>
        <translation>„%1“ ist kein Play-Schlüsselwort; verwenden Sie eines von: %2.</translation>
    </message>
    <message>
        <source>this play has no “hosts”; add “hosts:” with an inventory pattern such as all or a group name.</source>
        <translation>dieses Play hat kein „hosts“; fügen Sie „hosts:“ mit einem Inventarmuster wie all oder einem Gruppennamen hinzu.</translation>
    </message>
    <message>
        <source>each entry of “hosts” must be a host or group name; write one pattern per entry.</source>
        <translation>jeder Eintrag von „hosts“ muss ein Host- oder Gruppenname sein; schreiben Sie ein Muster pro Eintrag.</translation>
    </message>
    <message>
        <source>“hosts” is empty; name a host, a group or all.</source>
        <translation>„hosts“ ist leer; nennen Sie einen Host, eine Gruppe oder all.</translation>
    </message>
    <message>
        <source>“vars” must be a mapping of names to values; write one “name: value” per line below it.</source>
        <translation>„vars“ muss eine Zuordnung von Namen zu Werten sein; schreiben Sie darunter ein „name: value“ pro Zeile.</translation>
    </message>
    <message>
        <source>“%1” is not a valid variable name; use letters, digits and underscores, not starting with a digit.</source>
        <translation>„%1“ ist kein gültiger Variablenname; verwenden Sie Buchstaben, Ziffern und Unterstriche, ohne Ziffer am Anfang.</translation>
    </message>
    <message>
        <source>“tasks” must be a list; start each task with “- name:”.</source>
        <translation>„tasks“ muss eine Liste sein; beginnen Sie jede Aufgabe mit „- name:“.</translation>
    </message>
    <message>
        <source>a task must be a mapping; write it as “- name: …” followed by one module such as “command: …”.</source>
        <translation>eine Aufgabe muss eine Zuordnung sein; schreiben Sie sie als „- name: …“, gefolgt von einem Modul wie „command: …“.</translation>
    </message>
    <message>
        <source>“%1” is not a valid variable name for “register”; use letters, digits and underscores.</source>
        <translation>„%1“ ist kein gültiger Variablenname für „register“; verwenden Sie Buchstaben, Ziffern und Unterstriche.</translation>
    </message>
    <message>
        <source>“changed_when” takes only true or false in this version, not an expression; write true or false, or run this playbook with ansible-playbook until the full engine arrives.</source>
        <translation>„changed_when“ akzeptiert in dieser Version nur true oder false, keinen Ausdruck; schreiben Sie true oder false, oder führen Sie dieses Playbook mit ansible-playbook aus, bis die vollständige Engine verfügbar ist.</translation>
    </message>
    <message>
        <source>this task already runs the module “%1”; a task runs exactly one module, so move “%2” into a task of its own.</source>
        <translation>diese Aufgabe führt bereits das Modul „%1“ aus; eine Aufgabe führt genau ein Modul aus, verschieben Sie „%2“ also in eine eigene Aufgabe.</translation>
    </message>
    <message>
        <source>the task keyword “%1” is not supported by this version of Antler yet; remove it, or run this playbook with ansible-playbook until the full engine arrives.</source>
        <translation>das Aufgaben-Schlüsselwort „%1“ wird von dieser Version von Antler noch nicht unterstützt; entfernen Sie es oder führen Sie dieses Playbook mit ansible-playbook aus, bis die vollständige Engine verfügbar ist.</translation>
    </message>
    <message>
        <source>the module “%1” is not supported by this version of Antler yet; use one of %2, or run this playbook with ansible-playbook until the full engine arrives.</source>
        <translation>das Modul „%1“ wird von dieser Version von Antler noch nicht unterstützt; verwenden Sie eines von %2, oder führen Sie dieses Playbook mit ansible-playbook aus, bis die vollständige Engine verfügbar ist.</translation>
    </message>
    <message>
        <source>“%1” is neither a task keyword nor a module; check its spelling, or use one of the modules %2 and the keywords %3.</source>
        <translation>„%1“ ist weder ein Aufgaben-Schlüsselwort noch ein Modul; prüfen Sie die Schreibweise oder verwenden Sie eines der Module %2 und der Schlüsselwörter %3.</translation>
    </message>
    <message>
        <source>this task runs no module; add one of: %1.</source>
        <translation>diese Aufgabe führt kein Modul aus; fügen Sie eines hinzu von: %1.</translation>
    </message>
    <message>
        <source>“debug: var:” is not supported by this version yet; write msg: &quot;{{ name }}&quot; instead.</source>
        <translation>„debug: var:“ wird von dieser Version noch nicht unterstützt; schreiben Sie stattdessen msg: &quot;{{ name }}&quot;.</translation>
    </message>
    <message>
        <source>the module “%1” has no argument “%2”; use one of: %3.</source>
        <translation>das Modul „%1“ hat kein Argument „%2“; verwenden Sie eines von: %3.</translation>
    </message>
    <message>
        <source>“argv” must be a non-empty list of words; write each word as an entry starting with “- ”.</source>
        <translation>„argv“ muss eine nicht leere Liste von Wörtern sein; schreiben Sie jedes Wort als Eintrag, der mit „- “ beginnt.</translation>
    </message>
    <message>
        <source>each entry of “argv” must be one word, not a list or a mapping; quote it if it contains a colon.</source>
        <translation>jeder Eintrag von „argv“ muss ein einzelnes Wort sein, keine Liste oder Zuordnung; setzen Sie ihn in Anführungszeichen, wenn er einen Doppelpunkt enthält.</translation>
    </message>
    <message>
        <source>“%1” takes msg=&quot;text&quot; on its line; write the message as “msg: …” on the next line, indented.</source>
        <translation>„%1“ erwartet msg=&quot;text&quot; in seiner Zeile; schreiben Sie die Meldung als „msg: …“ eingerückt in die nächste Zeile.</translation>
    </message>
    <message>
        <source>“%1” takes no free-form text; write “data: …” or nothing.</source>
        <translation>„%1“ akzeptiert keinen Freitext; schreiben Sie „data: …“ oder nichts.</translation>
    </message>
    <message>
        <source>“%1” takes no arguments by name; write the command as text on the same line, such as “raw: uptime”.</source>
        <translation>„%1“ akzeptiert keine benannten Argumente; schreiben Sie den Befehl als Text in dieselbe Zeile, etwa „raw: uptime“.</translation>
    </message>
    <message>
        <source>the arguments of “%1” must be text or a mapping, not a list; for a list of words use “argv:”.</source>
        <translation>die Argumente von „%1“ müssen Text oder eine Zuordnung sein, keine Liste; verwenden Sie für eine Liste von Wörtern „argv:“.</translation>
    </message>
    <message>
        <source>“args” must be a mapping of argument names to values.</source>
        <translation>„args“ muss eine Zuordnung von Argumentnamen zu Werten sein.</translation>
    </message>
    <message>
        <source>“%1” has both a command line and “argv”; keep only one of them.</source>
        <translation>„%1“ hat sowohl eine Befehlszeile als auch „argv“; behalten Sie nur eines davon.</translation>
    </message>
    <message>
        <source>“%1” has no command to run; write it after the colon, such as “%1: uptime”.</source>
        <translation>„%1“ hat keinen Befehl zum Ausführen; schreiben Sie ihn hinter den Doppelpunkt, etwa „%1: uptime“.</translation>
    </message>
    <message>
        <source>the command of “%1” is empty; write the command to run.</source>
        <translation>der Befehl von „%1“ ist leer; schreiben Sie den auszuführenden Befehl.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::Runner</name>
    <message>
        <source>no hosts matched “%1”, so the play “%2” was skipped.</source>
        <translation>kein Host passte auf „%1“, daher wurde das Play „%2“ übersprungen.</translation>
    </message>
    <message>
        <source>facts are not gathered by this version of Antler yet, so gather_facts is ignored; set “gather_facts: false” to silence this warning.</source>
        <translation>diese Version von Antler sammelt noch keine Fakten, daher wird gather_facts ignoriert; setzen Sie „gather_facts: false“, um diese Warnung abzuschalten.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::ShellWords</name>
    <message>
        <source>the command ends with a lone backslash; remove it or quote it as &apos;\\&apos;.</source>
        <translation>der Befehl endet mit einem einzelnen Backslash; entfernen Sie ihn oder schreiben Sie ihn in Anführungszeichen als &apos;\\&apos;.</translation>
    </message>
    <message>
        <source>the command has an unclosed %1 quote; close it or escape it with a backslash.</source>
        <translation>der Befehl enthält ein nicht geschlossenes %1-Anführungszeichen; schließen Sie es oder maskieren Sie es mit einem Backslash.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::TaskExecutor</name>
    <message>
        <source>the task at %1 cannot be templated: %2; define the variable in the play&apos;s vars, the inventory or with -e, or fix the expression.</source>
        <translation>die Aufgabe bei %1 kann nicht aus der Vorlage erzeugt werden: %2; definieren Sie die Variable in den vars des Plays, im Inventar oder mit -e, oder korrigieren Sie den Ausdruck.</translation>
    </message>
    <message>
        <source>no connection to %1</source>
        <translation>keine Verbindung zu %1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
</context>
<context>
    <name>antler::playbook::Templar</name>
    <message>
        <source>the variables refer to each other in a loop; make sure no variable&apos;s value refers back to itself.</source>
        <translation>die Variablen verweisen in einer Schleife aufeinander; stellen Sie sicher, dass der Wert keiner Variablen auf sie selbst zurückverweist.</translation>
    </message>
    <message>
        <source>“%1” uses Jinja2 statements or comments, which this version does not support yet; use only {{ variable }} substitutions.</source>
        <translation>„%1“ verwendet Jinja2-Anweisungen oder -Kommentare, die diese Version noch nicht unterstützt; verwenden Sie nur {{ variable }}-Ersetzungen.</translation>
    </message>
    <message>
        <source>“{{ %1 }}” is an expression this version cannot evaluate yet; use a variable name, optionally followed by .attribute or [&apos;key&apos;].</source>
        <translation>„{{ %1 }}“ ist ein Ausdruck, den diese Version noch nicht auswerten kann; verwenden Sie einen Variablennamen, optional gefolgt von .attribute oder [&apos;key&apos;].</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is undefined</source>
        <translation>&apos;%1&apos; ist nicht definiert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list, so it has no item %2</source>
        <translation>&apos;%1&apos; ist keine Liste und hat daher kein Element %2</translation>
    </message>
    <message>
        <source>list object has no element %1</source>
        <translation>das Listenobjekt hat kein Element %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no attribute &apos;%2&apos;</source>
        <translation>&apos;%1&apos; hat kein Attribut &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;dict object&apos; has no attribute &apos;%1&apos;</source>
        <translation>&apos;dict object&apos; hat kein Attribut &apos;%1&apos;</translation>
    </message>
</context>
</TS>
