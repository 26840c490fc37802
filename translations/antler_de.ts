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
        <source>A host was unreachable, or the playbook has an error, which is printed as FILE:LINE:COLUMN.</source>
        <translation>Ein Host war nicht erreichbar, oder das Playbook enthält einen Fehler, der als FILE:LINE:COLUMN ausgegeben wird.</translation>
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
        <source>This build opens the window and answers --help and --version. The headless modes below are documented ahead of their release: for now they run nothing and exit with code %1.</source>
        <translation>Diese Version öffnet das Fenster und beantwortet --help und --version. Die Modi ohne Oberfläche sind hier vor ihrer Veröffentlichung beschrieben: vorerst führen sie nichts aus und enden mit dem Code %1.</translation>
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
        <source>Not deployed</source>
        <translation>Nicht bereitgestellt</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
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
</TS>
