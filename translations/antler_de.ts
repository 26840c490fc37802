<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>PiFacts</name>
    <message>
        <source>The facts of the Pi are not readable (%1); run the facts step again.</source>
        <translation>Die Facts des Pi sind nicht lesbar (%1); führen Sie den Facts-Schritt erneut aus.</translation>
    </message>
    <message>
        <source>This is not a Raspberry Pi (no Raspberry Pi model in the device tree); the setup works on any Debian machine, but the advice here is for a Pi.</source>
        <translation>Dies ist kein Raspberry Pi (kein Raspberry-Pi-Modell im Device Tree); die Einrichtung funktioniert auf jedem Debian-Rechner, aber die Hinweise hier gelten für einen Pi.</translation>
    </message>
    <message>
        <source>The system is 32-bit (%1): install the 64-bit Raspberry Pi OS; the stages&apos; images and k3s need arm64.</source>
        <translation>Das System ist 32-Bit (%1): installieren Sie das 64-Bit-Raspberry-Pi-OS; die Images der Stages und k3s brauchen arm64.</translation>
    </message>
    <message>
        <source>The Pi has %1 MB of memory: k3s needs 2 GB, so podman is chosen.</source>
        <translation>Der Pi hat %1 MB Arbeitsspeicher: k3s braucht 2 GB, daher wird podman gewählt.</translation>
    </message>
    <message>
        <source>The system runs from an SD card (%1): builds and the registry wear it out and are slow; an SSD on USB lasts longer.</source>
        <translation>Das System läuft von einer SD-Karte (%1): Builds und die Registry nutzen sie ab und sind langsam; eine SSD an USB hält länger.</translation>
    </message>
    <message>
        <source>The memory cgroup controller is off: containers cannot have memory limits until the setup turns it on (it edits %1 and reboots the Pi).</source>
        <translation>Der Speicher-cgroup-Controller ist aus: Container können keine Speicherlimits haben, bis die Einrichtung ihn einschaltet (sie bearbeitet %1 und startet den Pi neu).</translation>
    </message>
    <message>
        <source>The Pi reports under-voltage or throttling (get_throttled=%1): use the official power supply, or builds will be slow and the SD card may be damaged.</source>
        <translation>Der Pi meldet Unterspannung oder Drosselung (get_throttled=%1): verwenden Sie das offizielle Netzteil, sonst werden Builds langsam und die SD-Karte kann beschädigt werden.</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>not a Raspberry Pi</source>
        <translation>kein Raspberry Pi</translation>
    </message>
    <message>
        <source>System: %1, %2 (kernel %3)</source>
        <translation>System: %1, %2 (Kernel %3)</translation>
    </message>
    <message>
        <source>Memory: %1 MB</source>
        <translation>Arbeitsspeicher: %1 MB</translation>
    </message>
    <message>
        <source>System disk: %1, %2 MB free</source>
        <translation>Systemdatenträger: %1, %2 MB frei</translation>
    </message>
    <message>
        <source>Memory cgroup controller: %1</source>
        <translation>Speicher-cgroup-Controller: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Installed: podman %1, registry %2, k3s %3</source>
        <translation>Installiert: podman %1, Registry %2, k3s %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>SetupPlan</name>
    <message>
        <source>Cannot write %1: %2; check that the folder is writable.</source>
        <translation>%1 kann nicht geschrieben werden: %2; prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>Turn the memory cgroup controller on</source>
        <translation>Den Speicher-cgroup-Controller einschalten</translation>
    </message>
    <message>
        <source>Install the container engine</source>
        <translation>Die Container-Engine installieren</translation>
    </message>
    <message>
        <source>Set up the image registry</source>
        <translation>Die Image-Registry einrichten</translation>
    </message>
    <message>
        <source>Install the build tools</source>
        <translation>Die Build-Werkzeuge installieren</translation>
    </message>
    <message>
        <source>Create the stages</source>
        <translation>Die Stages anlegen</translation>
    </message>
    <message>
        <source>The provisioning playbooks are missing from this build of Antler (resources/playbooks).</source>
        <translation>Die Provisionierungs-Playbooks fehlen in diesem Build von Antler (resources/playbooks).</translation>
    </message>
</context>
<context>
    <name>antler::cli::CommandArguments</name>
    <message>
        <source>Show the help of this command and exit.</source>
        <translation>Die Hilfe dieses Befehls anzeigen und beenden.</translation>
    </message>
    <message>
        <source>unknown option “%1” for %2; run “antler help %3” to see the options.</source>
        <translation>unbekannte Option „%1“ für %2; „antler help %3“ zeigt die Optionen.</translation>
    </message>
    <message>
        <source>the option %1 needs a value; write it as “%1 %2”.</source>
        <translation>die Option %1 braucht einen Wert; schreiben Sie „%1 %2“.</translation>
    </message>
    <message>
        <source>the option --%1 takes no value; write it as “--%1” alone.</source>
        <translation>die Option --%1 nimmt keinen Wert; schreiben Sie sie allein als „--%1“.</translation>
    </message>
</context>
<context>
    <name>antler::cli::CommandCatalog</name>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Opens the control panel, which shows the stages of the pipeline.</source>
        <translation>Öffnet die Steuerzentrale mit den Stufen der Pipeline.</translation>
    </message>
    <message>
        <source>Qt&apos;s own options for a window, such as -platform, -style and -reverse, are accepted too.</source>
        <translation>Qts eigene Fensteroptionen wie -platform, -style und -reverse werden ebenfalls akzeptiert.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and exit.</source>
        <translation>Ein Bild des Fensters in FILE speichern und beenden.</translation>
    </message>
</context>
<context>
    <name>antler::cli::CommandLine</name>
    <message>
        <source>“%1” is not an antler command; run “antler --help” to see the commands.</source>
        <translation>„%1“ ist kein Befehl von antler; „antler --help“ zeigt die Befehle.</translation>
    </message>
    <message>
        <source>unknown option “%1”; run “antler --help” to see the options.</source>
        <translation>unbekannte Option „%1“; „antler --help“ zeigt die Optionen.</translation>
    </message>
    <message>
        <source>no display is available (DISPLAY and WAYLAND_DISPLAY are not set); run antler in a desktop session, or use one of the headless modes that “antler --help” lists.</source>
        <translation>keine Anzeige verfügbar (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt); starten Sie antler in einer Desktop-Sitzung oder nutzen Sie einen der Modi ohne Anzeige, die „antler --help“ auflistet.</translation>
    </message>
    <message>
        <source>the option %1 needs a value; write it as “%1 %2”.</source>
        <translation>die Option %1 braucht einen Wert; schreiben Sie „%1 %2“.</translation>
    </message>
</context>
<context>
    <name>antler::cli::CommandSpec</name>
    <message>
        <source>Read the pipeline from FILE (see Configuration).</source>
        <translation>Die Pipeline aus FILE lesen (siehe Konfiguration).</translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation>Die Ergebnisse als JSON ausgeben.</translation>
    </message>
</context>
<context>
    <name>antler::cli::CompleteCommand</name>
    <message>
        <source>Print the stages or the help topics, one per line, for the shell&apos;s completion.</source>
        <translation>Die Stufen oder die Hilfethemen ausgeben, eines pro Zeile, für die Vervollständigung der Shell.</translation>
    </message>
    <message>
        <source>The profile to read.</source>
        <translation>Das zu lesende Profil.</translation>
    </message>
</context>
<context>
    <name>antler::cli::ExtraVariables</name>
    <message>
        <source>the -e value</source>
        <translation>der Wert von -e</translation>
    </message>
    <message>
        <source>cannot read the variables file %1 (%2); check the path after -e @.</source>
        <translation>die Variablendatei %1 kann nicht gelesen werden (%2); prüfen Sie den Pfad nach -e @.</translation>
    </message>
    <message>
        <source>the -e value “%1” cannot be read (%2); close the quote or the {{ }}.</source>
        <translation>der Wert von -e „%1“ kann nicht gelesen werden (%2); schließen Sie das Anführungszeichen oder die {{ }}.</translation>
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
</context>
<context>
    <name>antler::cli::HelpCommand</name>
    <message>
        <source>there is no help on “%1”; ask for one of: %2.</source>
        <translation>zu „%1“ gibt es keine Hilfe; wählen Sie eines von: %2.</translation>
    </message>
    <message>
        <source>Show this help; “antler help TOPIC” shows one part.</source>
        <translation>Diese Hilfe anzeigen; „antler help THEMA“ zeigt einen Teil.</translation>
    </message>
    <message>
        <source>The part to show.</source>
        <translation>Der anzuzeigende Teil.</translation>
    </message>
</context>
<context>
    <name>antler::cli::HelpText</name>
    <message>
        <source>Topics: %1.</source>
        <translation>Themen: %1.</translation>
    </message>
    <message>
        <source>Also %1.</source>
        <translation>Außerdem %1.</translation>
    </message>
    <message>
        <source>Antler takes a Raspberry Pi, or any Debian-like host, from a bare system to a monitored test, staging and production pipeline. Without arguments it opens its window; with %1 it runs headless and needs no display.</source>
        <translation>Antler bringt einen Raspberry Pi oder einen beliebigen Debian-ähnlichen Host von einem nackten System zu einer überwachten Test-, Staging- und Produktions-Pipeline. Ohne Argumente öffnet es sein Fenster; mit %1 läuft es ohne Oberfläche und braucht kein Display.</translation>
    </message>
    <message>
        <source>Playbooks can use %1 modules, listed under “antler help run-playbook”; the pipeline builds, rolls out, promotes and rolls back with the %2 runtimes.</source>
        <translation>Playbooks können %1 Module verwenden, aufgeführt unter „antler help run-playbook“; die Pipeline baut, rollt aus, befördert und rollt zurück mit den %2 Laufzeiten.</translation>
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
        <source>The playbook or the inventory has an error, which is printed as FILE:LINE:COLUMN; no host was contacted.</source>
        <translation>Das Playbook oder das Inventar enthält einen Fehler, der als FILE:LINE:COLUMN ausgegeben wird; kein Host wurde kontaktiert.</translation>
    </message>
    <message>
        <source>A host was unreachable.</source>
        <translation>Ein Host war nicht erreichbar.</translation>
    </message>
    <message>
        <source>Invalid options.</source>
        <translation>Ungültige Optionen.</translation>
    </message>
    <message>
        <source>Pipeline: a promotion gate or a pin refused the operation; nothing changed.</source>
        <translation>Pipeline: eine Beförderungsbedingung oder eine Fixierung hat den Vorgang verweigert; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Pipeline: the rollout failed and the stage was rolled back to its previous release.</source>
        <translation>Pipeline: das Ausrollen ist fehlgeschlagen, und die Stufe wurde auf ihr vorheriges Release zurückgesetzt.</translation>
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
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Sonstiges:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>Konfiguration:</translation>
    </message>
</context>
<context>
    <name>antler::cli::PipelineCommand</name>
    <message>
        <source>--limit takes a number from 1 up, not “%1”.</source>
        <translation>--limit erwartet eine Zahl ab 1, nicht „%1“.</translation>
    </message>
    <message>
        <source>“%1” takes no arguments, but got “%2”.</source>
        <translation>„%1“ erwartet keine Argumente, erhielt aber „%2“.</translation>
    </message>
    <message>
        <source>“%1” needs %2; write antler pipeline %1 %2.</source>
        <translation>„%1“ braucht %2; schreiben Sie antler pipeline %1 %2.</translation>
    </message>
    <message>
        <source>“%1” does not take --%2.</source>
        <translation>„%1“ akzeptiert --%2 nicht.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier operation(s) were interrupted before they finished; “antler pipeline history” lists them.</source>
        <translation>
            <numerusform>%n früherer Vorgang wurde unterbrochen, bevor er fertig war; „antler pipeline history“ listet ihn auf.</numerusform>
            <numerusform>%n frühere Vorgänge wurden unterbrochen, bevor sie fertig waren; „antler pipeline history“ listet sie auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Builds the images, rolls them out, and moves a release from stage to stage; every step is recorded.</source>
        <translation>Baut die Images, rollt sie aus und bringt ein Release von Stufe zu Stufe; jeder Schritt wird festgehalten.</translation>
    </message>
    <message>
        <source>build: the moosefacts program to package, instead of the one next to antler.</source>
        <translation>build: das zu paketierende moosefacts-Programm statt dessen neben antler.</translation>
    </message>
    <message>
        <source>build: the frontend folder to package, instead of the one antler was built or installed with.</source>
        <translation>build: der zu paketierende Frontend-Ordner statt dessen, mit dem antler gebaut oder installiert wurde.</translation>
    </message>
    <message>
        <source>build: the JSON file of facts to package, instead of the bundled one.</source>
        <translation>build: die zu paketierende JSON-Datei mit Facts statt der mitgelieferten.</translation>
    </message>
    <message>
        <source>deploy: roll out this release instead of the newest build.</source>
        <translation>deploy: dieses Release statt des neuesten Builds ausrollen.</translation>
    </message>
    <message>
        <source>promote: confirm a promotion into a stage that asks for it.</source>
        <translation>promote: eine Promotion in eine Stage bestätigen, die danach fragt.</translation>
    </message>
    <message>
        <source>rollback, pin: the reason to record.</source>
        <translation>rollback, pin: der zu protokollierende Grund.</translation>
    </message>
    <message>
        <source>history: only the operations on STAGE.</source>
        <translation>history: nur die Vorgänge auf STAGE.</translation>
    </message>
    <message>
        <source>history: at most N operations.</source>
        <translation>history: höchstens N Vorgänge.</translation>
    </message>
    <message>
        <source>Build the app into an immutable release named by its sha256 digest: images on the target, or an artifact folder for the local runtime.</source>
        <translation>Die App zu einem unveränderlichen Release bauen, benannt nach seinem sha256-Digest: Images auf dem Zielsystem oder ein Artefaktordner für die lokale Laufzeit.</translation>
    </message>
    <message>
        <source>Roll the newest build (or --digest) out to STAGE; if it is not healthy within the stage&apos;s rollout timeout, STAGE goes back to its previous release automatically.</source>
        <translation>Den neuesten Build (oder --digest) auf STAGE ausrollen; ist er nicht innerhalb des Rollout-Timeouts der Stufe gesund, kehrt STAGE automatisch zum vorherigen Release zurück.</translation>
    </message>
    <message>
        <source>Move the exact digest that runs in FROM to TO, if FROM is healthy and soaked; stages that ask for confirmation need --yes.</source>
        <translation>Genau den Digest, der in FROM läuft, nach TO bringen, wenn FROM gesund ist und seine Beobachtungszeit hinter sich hat; Stufen, die eine Bestätigung verlangen, brauchen --yes.</translation>
    </message>
    <message>
        <source>Put STAGE back on its previous release and pin it there, recording --reason.</source>
        <translation>STAGE auf das vorherige Release zurücksetzen und dort fixieren, mit --reason als Begründung im Verlauf.</translation>
    </message>
    <message>
        <source>Refuse deploys and promotions to STAGE.</source>
        <translation>Deploys und Promotions nach STAGE verweigern.</translation>
    </message>
    <message>
        <source>Allow deploys and promotions to STAGE again.</source>
        <translation>Deploys und Promotions nach STAGE wieder erlauben.</translation>
    </message>
    <message>
        <source>List every build, rollout, promotion and rollback, newest first.</source>
        <translation>Jeden Build, jedes Ausrollen, jede Beförderung und jedes Zurücksetzen auflisten, das Neueste zuerst.</translation>
    </message>
    <message>
        <source>Show which release each stage runs, drift from the history, and pins.</source>
        <translation>Zeigen, welches Release auf jeder Stufe läuft, Abweichungen vom Verlauf und Fixierungen.</translation>
    </message>
    <message>
        <source>Stop the stage&apos;s workload.</source>
        <translation>Die Arbeitslast der Stufe stoppen.</translation>
    </message>
    <message>
        <source>A stage runs with one of the runtimes %1, named by runtime: in antler.yaml.</source>
        <translation>Eine Stage läuft mit einer der Laufzeiten %1, benannt durch runtime: in antler.yaml.</translation>
    </message>
    <message>
        <source>Progress goes to standard error, the result to standard output. It exits with 0 on success, 2 when a build or rollout failed, 3 for an unknown stage or digest or an error in the configuration, 6 when a gate or pin refused the operation (nothing changed) and 7 when a rollout failed and the stage was rolled back.</source>
        <translation>Der Fortschritt geht auf die Standardfehlerausgabe, das Ergebnis auf die Standardausgabe. Es endet mit 0 bei Erfolg, 2, wenn ein Build oder ein Ausrollen fehlgeschlagen ist, 3 bei einer unbekannten Stufe, einem unbekannten Digest oder einem Fehler in der Konfiguration, 6, wenn eine Bedingung oder Fixierung den Vorgang verweigert hat (nichts wurde geändert), und 7, wenn ein Ausrollen fehlgeschlagen ist und die Stufe zurückgesetzt wurde.</translation>
    </message>
    <message>
        <source>or</source>
        <translation>oder</translation>
    </message>
    <message>
        <source>say what to do: %1.
%2</source>
        <translation>sagen Sie, was zu tun ist: %1.
%2</translation>
    </message>
    <message>
        <source>there is no pipeline command “%1”; use %2.</source>
        <translation>es gibt keinen Pipeline-Befehl „%1“; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>When the pipeline history is damaged, keep it aside (renamed, never deleted) and start a new one.</source>
        <translation>Wenn der Pipeline-Verlauf beschädigt ist, ihn beiseitelegen (umbenannt, nie gelöscht) und einen neuen beginnen.</translation>
    </message>
    <message>
        <source>It is shown read-only.</source>
        <translation>Er wird schreibgeschützt angezeigt.</translation>
    </message>
    <message>
        <source>Restore it from a backup, or run again with --new-history to keep it aside under another name and start a new one.</source>
        <translation>Stellen Sie ihn aus einer Sicherung wieder her oder starten Sie erneut mit --new-history, um ihn unter einem anderen Namen beiseitezulegen und einen neuen zu beginnen.</translation>
    </message>
    <message>
        <source>the damaged pipeline history is kept as %1; a new one was started.</source>
        <translation>der beschädigte Pipeline-Verlauf wird als %1 aufbewahrt; ein neuer wurde begonnen.</translation>
    </message>
</context>
<context>
    <name>antler::cli::RunPlaybookCommand</name>
    <message>
        <source>only one -i is supported in this version; merge the inventories into one file or folder.</source>
        <translation>diese Version unterstützt nur ein -i; führen Sie die Inventare in einer Datei oder einem Ordner zusammen.</translation>
    </message>
    <message>
        <source>--forks takes a whole number of at least 1, not “%1”; write for example --forks 5.</source>
        <translation>--forks erwartet eine ganze Zahl ab 1, nicht „%1“; schreiben Sie zum Beispiel --forks 5.</translation>
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
    <message>
        <source>%1 is not supported by Antler; set the same in the inventory (ansible_user, ansible_become, ansible_become_password, ansible_ssh_private_key_file) or in the playbook instead.</source>
        <translation>%1 wird von Antler nicht unterstützt; legen Sie dasselbe stattdessen im Inventar (ansible_user, ansible_become, ansible_become_password, ansible_ssh_private_key_file) oder im Playbook fest.</translation>
    </message>
    <message>
        <source>Running playbooks</source>
        <translation>Laufende Playbooks</translation>
    </message>
    <message>
        <source>Runs an Ansible-compatible YAML playbook over SSH, printing each task as it runs and a recap per host at the end. It takes ansible-playbook&apos;s flags, before or after the playbook, and exits with its codes.</source>
        <translation>Führt ein Ansible-kompatibles YAML-Playbook über SSH aus, gibt jeden Task beim Ausführen aus und am Ende eine Zusammenfassung pro Host. Es nimmt die Optionen von ansible-playbook, vor oder nach dem Playbook, und endet mit dessen Exit-Codes.</translation>
    </message>
    <message>
        <source>Inventory file, or a comma-separated list of hosts such as host1,host2, (note the trailing comma).</source>
        <translation>Inventardatei oder eine kommagetrennte Liste von Hosts wie host1,host2, (mit abschließendem Komma).</translation>
    </message>
    <message>
        <source>Set extra variables: key=value words (quote values with spaces), a YAML or JSON file after @, or inline JSON/YAML such as &apos;{&quot;n&quot;: 1}&apos;; may be repeated, later wins.</source>
        <translation>Zusätzliche Variablen setzen: key=value-Wörter (Werte mit Leerzeichen in Anführungszeichen), eine YAML- oder JSON-Datei nach @ oder Inline-JSON/YAML wie &apos;{&quot;n&quot;: 1}&apos;; wiederholbar, die spätere Angabe gewinnt.</translation>
    </message>
    <message>
        <source>Report what would change without changing anything.</source>
        <translation>Melden, was sich ändern würde, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <source>Show the changes made to files and templates.</source>
        <translation>Die Änderungen an Dateien und Templates anzeigen.</translation>
    </message>
    <message>
        <source>Run only on the hosts that match PATTERN (a:b, a:&amp;b, a:!b, globs), or on the hosts listed in a retry file given as @FILE; repeated, it runs on their union.</source>
        <translation>Nur auf den Hosts ausführen, die zu PATTERN passen (a:b, a:&amp;b, a:!b, Globs), oder auf den Hosts aus einer Retry-Datei, angegeben als @FILE; mehrfach angegeben, läuft es auf deren Vereinigung.</translation>
    </message>
    <message>
        <source>Run only the tasks tagged with one of T (comma-separated, may be repeated; always, never, tagged, untagged and all work as in Ansible).</source>
        <translation>Nur die Tasks ausführen, die mit einem der T getaggt sind (kommagetrennt, wiederholbar; always, never, tagged, untagged und all wirken wie in Ansible).</translation>
    </message>
    <message>
        <source>Skip the tasks tagged with one of T (comma-separated, may be repeated).</source>
        <translation>Die Tasks überspringen, die mit einem der T getaggt sind (kommagetrennt, wiederholbar).</translation>
    </message>
    <message>
        <source>Work on up to N hosts at once (default 5).</source>
        <translation>Auf bis zu N Hosts gleichzeitig arbeiten (Standard 5).</translation>
    </message>
    <message>
        <source>Start at the first task called NAME.</source>
        <translation>Bei der ersten Aufgabe namens NAME beginnen.</translation>
    </message>
    <message>
        <source>Validate the playbook and everything it imports, print its name, then exit.</source>
        <translation>Das Playbook und alles, was es importiert, prüfen, seinen Namen ausgeben und beenden.</translation>
    </message>
    <message>
        <source>List the tasks that would run, with their tags, then exit.</source>
        <translation>Die Aufgaben, die laufen würden, mit ihren Tags auflisten und beenden.</translation>
    </message>
    <message>
        <source>Print the run as it happens as JSON Lines: one object per event (play and task starts, live output, each host&apos;s result, the recap).</source>
        <translation>Den Lauf während er geschieht als JSON Lines ausgeben: ein Objekt pro Ereignis (Beginn von Plays und Aufgaben, Live-Ausgabe, das Ergebnis jedes Hosts, die Zusammenfassung).</translation>
    </message>
    <message>
        <source>Print more details; repeat for more, as in -vvv.</source>
        <translation>Mehr Einzelheiten ausgeben; für noch mehr wiederholen, etwa -vvv.</translation>
    </message>
    <message>
        <source>List the hosts each play would run on, then exit.</source>
        <translation>Die Hosts auflisten, auf denen jedes Play laufen würde, und beenden.</translation>
    </message>
    <message>
        <source>List the tags of each play&apos;s tasks, then exit.</source>
        <translation>Die Tags der Aufgaben jedes Plays auflisten und beenden.</translation>
    </message>
    <message>
        <source>Print one JSON document at the end, shaped like ansible-playbook&apos;s json callback.</source>
        <translation>Am Ende ein einziges JSON-Dokument ausgeben, aufgebaut wie der json-Callback von ansible-playbook.</translation>
    </message>
    <message>
        <source>Trust and remember the key of a host not yet in known_hosts, as OpenSSH&apos;s accept-new; without it such hosts are refused. A changed key is always refused.</source>
        <translation>Einem Host, der noch nicht in known_hosts steht, vertrauen und seinen Schlüssel speichern, wie accept-new von OpenSSH; ohne diese Option werden solche Hosts abgewiesen. Ein geänderter Schlüssel wird immer abgewiesen.</translation>
    </message>
    <message>
        <source>Modules: %1.</source>
        <translation>Module: %1.</translation>
    </message>
    <message>
        <source>Not taken, because the inventory (ansible_user, ansible_become, ansible_become_password, ansible_ssh_private_key_file) or the playbook says the same: %1.</source>
        <translation>Nicht übernommen, weil das Inventar (ansible_user, ansible_become, ansible_become_password, ansible_ssh_private_key_file) oder das Playbook dasselbe festlegt: %1.</translation>
    </message>
    <message>
        <source>the option --run-playbook needs a value; write it as “--run-playbook FILE”.</source>
        <translation>die Option --run-playbook braucht einen Wert; schreiben Sie sie als „--run-playbook DATEI“.</translation>
    </message>
    <message>
        <source>antler runs one playbook at a time, but got %1; import the others from one playbook with import_playbook.</source>
        <translation>antler führt ein Playbook auf einmal aus, erhielt aber %1; importieren Sie die anderen mit import_playbook aus einem Playbook.</translation>
    </message>
</context>
<context>
    <name>antler::cli::StatusCommand</name>
    <message>
        <source>not every probe, host or runtime answered within 30 seconds; what did not answer is shown as unknown.</source>
        <translation>nicht jede Prüfung, jeder Host oder jede Laufzeit hat innerhalb von 30 Sekunden geantwortet; was nicht geantwortet hat, wird als unbekannt angezeigt.</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Shows the live health of every stage: the same probes and host metrics the charts show.</source>
        <translation>Zeigt den aktuellen Zustand jeder Stufe: dieselben Prüfungen und Host-Messwerte wie die Diagramme.</translation>
    </message>
    <message>
        <source>Keep printing updates until interrupted.</source>
        <translation>Laufend Aktualisierungen ausgeben, bis abgebrochen wird.</translation>
    </message>
    <message>
        <source>It exits with 0 when every stage is up, 2 when a stage is down and 3 when none is down but one is degraded or not known yet. One-shot status has no history, so one failed probe counts as down.</source>
        <translation>Es endet mit 0, wenn jede Stufe läuft, mit 2, wenn eine Stufe ausgefallen ist, und mit 3, wenn keine ausgefallen, aber eine beeinträchtigt oder noch unbekannt ist. Eine einmalige Statusabfrage hat keinen Verlauf, daher zählt schon eine fehlgeschlagene Prüfung als Ausfall.</translation>
    </message>
    <message>
        <source>“%1” is not an argument of status; run “antler help status” to see what it takes.</source>
        <translation>„%1“ ist kein Argument von status; „antler help status“ zeigt, was es nimmt.</translation>
    </message>
</context>
<context>
    <name>antler::cli::VersionCommand</name>
    <message>
        <source>Show the version, the commit and the build time.</source>
        <translation>Version, Commit und Erstellungszeit anzeigen.</translation>
    </message>
</context>
<context>
    <name>antler::gui::AvailabilityStrip</name>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>up</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>partly down</source>
        <translation>teilweise ausgefallen</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>antler::gui::ChoosePage</name>
    <message>
        <source>Choose how the Pi runs the stages</source>
        <translation>Wählen Sie, wie der Pi die Stufen ausführt</translation>
    </message>
    <message>
        <source>Good defaults are filled in; change what you need. The Pi is set up as soon as you go on.</source>
        <translation>Gute Vorgaben sind eingetragen; ändern Sie, was Sie brauchen. Der Pi wird eingerichtet, sobald Sie weitergehen.</translation>
    </message>
    <message>
        <source>&amp;Set up the Pi</source>
        <translation>Den Pi &amp;einrichten</translation>
    </message>
    <message>
        <source>podman: containers, light on memory</source>
        <translation>podman: Container, sparsam mit Speicher</translation>
    </message>
    <message>
        <source>k3s: a small Kubernetes, needs 2 GB</source>
        <translation>k3s: ein kleines Kubernetes, braucht 2 GB</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Engine:</translation>
    </message>
    <message>
        <source>&amp;Registry port:</source>
        <translation>&amp;Registry-Port:</translation>
    </message>
    <message>
        <source>k3s air-gap &amp;bundle:</source>
        <translation>k3s-Air-Gap-&amp;Paket:</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Stage %1:</source>
        <translation>Stufe %1:</translation>
    </message>
    <message>
        <source>Recommended: k3s, since the Pi has %1 MB of memory and a 64-bit system.</source>
        <translation>Empfohlen: k3s, da der Pi %1 MB Speicher und ein 64-Bit-System hat.</translation>
    </message>
    <message>
        <source>Recommended: podman (k3s wants 2 GB of memory and a 64-bit system).</source>
        <translation>Empfohlen: podman (k3s braucht 2 GB Speicher und ein 64-Bit-System).</translation>
    </message>
    <message>
        <source>Port %1 is used twice: give every stage and the registry a port of its own.</source>
        <translation>Port %1 wird doppelt verwendet: Geben Sie jeder Stufe und der Registry einen eigenen Port.</translation>
    </message>
    <message>
        <source>Name at least one stage, for example test.</source>
        <translation>Benennen Sie mindestens eine Stufe, zum Beispiel test.</translation>
    </message>
    <message>
        <source>a folder with k3s&apos;s release files for the Pi: k3s-arm64, install.sh, the air-gap images (optional)</source>
        <translation>ein Ordner mit den Release-Dateien von k3s für den Pi: k3s-arm64, install.sh, die Air-Gap-Images (optional)</translation>
    </message>
    <message>
        <source>k3s would fit too (%1 MB of memory, a 64-bit system); podman is lighter and runs the same three stages.</source>
        <translation>k3s würde auch passen (%1 MB Speicher, ein 64-Bit-System); podman ist leichter und betreibt dieselben drei Stufen.</translation>
    </message>
    <message>
        <source>Not recommended on this Pi: k3s wants 2 GB of memory and a 64-bit system. Podman runs the same three stages.</source>
        <translation>Auf diesem Pi nicht empfohlen: k3s braucht 2 GB Speicher und ein 64-Bit-System. Podman betreibt dieselben drei Stufen.</translation>
    </message>
</context>
<context>
    <name>antler::gui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Type a command, e.g. “promote test”</source>
        <translation>Befehl eingeben, z. B. „befördern test“</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation>Passende Befehle</translation>
    </message>
</context>
<context>
    <name>antler::gui::ConfirmChangeDialog</name>
    <message>
        <source>Promote %1 → %2</source>
        <translation>%1 → %2 befördern</translation>
    </message>
    <message>
        <source>Roll back %1</source>
        <translation>%1 zurücksetzen</translation>
    </message>
    <message>
        <source>%1 will run the release that runs in %2 now.</source>
        <translation>Auf %1 läuft dann das Release, das jetzt auf %2 läuft.</translation>
    </message>
    <message>
        <source>%1 will go back to the release it ran before, and stay pinned there until you unpin it.</source>
        <translation>%1 kehrt zum vorher ausgeführten Release zurück und bleibt dort fixiert, bis Sie die Fixierung aufheben.</translation>
    </message>
    <message>
        <source>%1 runs now:</source>
        <translation>Auf %1 läuft jetzt:</translation>
    </message>
    <message>
        <source>%1 will run:</source>
        <translation>Auf %1 wird laufen:</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>Was sich ändert:</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <source>e.g. the new facts page shows broken characters</source>
        <translation>z. B. die neue Faktenseite zeigt kaputte Zeichen</translation>
    </message>
    <message>
        <source>Reason for the rollback</source>
        <translation>Grund für das Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>I want to change %1 now</source>
        <translation>Ich möchte %1 jetzt ändern</translation>
    </message>
    <message>
        <source>&amp;Promote</source>
        <translation>&amp;Befördern</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>no release</source>
        <translation>kein Release</translation>
    </message>
    <message>
        <source>build %1</source>
        <translation>Build %1</translation>
    </message>
    <message>
        <source>built %1</source>
        <translation>gebaut am %1</translation>
    </message>
    <message>
        <source>from commit %1</source>
        <translation>aus Commit %1</translation>
    </message>
</context>
<context>
    <name>antler::gui::ConnectPage</name>
    <message>
        <source>Connect to the Pi</source>
        <translation>Mit dem Pi verbinden</translation>
    </message>
    <message>
        <source>The address of a Raspberry Pi with SSH turned on (Raspberry Pi Imager: Edit settings → Services → Enable SSH), and the user you log in as.</source>
        <translation>Die Adresse eines Raspberry Pi mit eingeschaltetem SSH (Raspberry Pi Imager: Einstellungen bearbeiten → Dienste → SSH aktivieren) und der Benutzer, als der Sie sich anmelden.</translation>
    </message>
    <message>
        <source>raspberrypi.local or 192.168.1.20</source>
        <translation>raspberrypi.local oder 192.168.1.20</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Keys of the SSH &amp;agent</source>
        <translation>Schlüssel des SSH-&amp;Agenten</translation>
    </message>
    <message>
        <source>A &amp;key file:</source>
        <translation>Eine &amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>The user&apos;s pass&amp;word:</source>
        <translation>Das Pass&amp;wort des Benutzers:</translation>
    </message>
    <message>
        <source>~/.ssh/id_ed25519</source>
        <translation>~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the private key</source>
        <translation>Den privaten Schlüssel wählen</translation>
    </message>
    <message>
        <source>Log in with:</source>
        <translation>Anmelden mit:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Going on with the setup of %1 where it stopped: %2 of %3 steps are done. Test the connection to continue.</source>
        <translation>Die Einrichtung von %1 wird dort fortgesetzt, wo sie stehen blieb: %2 von %3 Schritten sind erledigt. Testen Sie die Verbindung, um fortzufahren.</translation>
    </message>
    <message>
        <source>Nothing answers SSH at %1 port %2 (connection refused): turn SSH on on the Pi (sudo raspi-config → Interface Options → SSH) or check the port.</source>
        <translation>Unter %1 Port %2 antwortet kein SSH (Verbindung abgelehnt): Schalten Sie SSH auf dem Pi ein (sudo raspi-config → Interface Options → SSH) oder prüfen Sie den Port.</translation>
    </message>
    <message>
        <source>%1 cannot be reached (no route to it): check the address and that the Pi is on and on the same network.</source>
        <translation>%1 ist nicht erreichbar (keine Route dorthin): Prüfen Sie die Adresse und dass der Pi eingeschaltet und im selben Netzwerk ist.</translation>
    </message>
    <message>
        <source>%1 did not answer in time: the Pi may still be starting, or a firewall drops the connection; wait a minute and test again.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet: Der Pi startet vielleicht noch, oder eine Firewall verwirft die Verbindung; warten Sie eine Minute und testen Sie erneut.</translation>
    </message>
    <message>
        <source>The Pi refused to let %1 log in with this key or password: check the user name (Raspberry Pi Imager sets it) and the key or password.</source>
        <translation>Der Pi hat %1 die Anmeldung mit diesem Schlüssel oder Passwort verweigert: Prüfen Sie den Benutzernamen (Raspberry Pi Imager legt ihn fest) und den Schlüssel oder das Passwort.</translation>
    </message>
    <message>
        <source>%1 logged in but cannot use sudo without a password: give %1 sudo rights on the Pi, or use the password login so that sudo gets it.</source>
        <translation>%1 ist angemeldet, kann sudo aber nicht ohne Passwort verwenden: Geben Sie %1 sudo-Rechte auf dem Pi oder verwenden Sie die Anmeldung mit Passwort, damit sudo es bekommt.</translation>
    </message>
    <message>
        <source>Type the Pi&apos;s address first.</source>
        <translation>Geben Sie zuerst die Adresse des Pi ein.</translation>
    </message>
    <message>
        <source>The Pi presents a host key this computer has not seen before: check it on the next page.</source>
        <translation>Der Pi zeigt einen Host-Schlüssel, den dieser Computer noch nicht gesehen hat: Prüfen Sie ihn auf der nächsten Seite.</translation>
    </message>
    <message>
        <source>Connected; checking that sudo works…</source>
        <translation>Verbunden; prüfe, ob sudo funktioniert…</translation>
    </message>
    <message>
        <source>sudo failed: %1</source>
        <translation>sudo fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Connected to %1 as %2; sudo works.</source>
        <translation>Mit %1 als %2 verbunden; sudo funktioniert.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>STOP: the Pi at %1 presents a different host key than the one this computer trusts. Someone may be intercepting the connection, or the Pi was reinstalled; nothing was run. It presents %2 %3; line %4 of %5 holds %6 %7. Only if you reinstalled the Pi, remove that line (ssh-keygen -R &apos;%8&apos; -f %5) and test the connection again.</source>
        <translation>STOPP: Der Pi unter %1 zeigt einen anderen Host-Schlüssel als den, dem dieser Computer vertraut. Möglicherweise fängt jemand die Verbindung ab, oder der Pi wurde neu installiert; es wurde nichts ausgeführt. Er zeigt %2 %3; Zeile %4 von %5 enthält %6 %7. Nur wenn Sie den Pi neu installiert haben, entfernen Sie diese Zeile (ssh-keygen -R &apos;%8&apos; -f %5) und testen Sie die Verbindung erneut.</translation>
    </message>
</context>
<context>
    <name>antler::gui::DonePage</name>
    <message>
        <source>The Pi is ready</source>
        <translation>Der Pi ist bereit</translation>
    </message>
    <message>
        <source>Every step has finished; the Pi is now the target of a profile of its own.</source>
        <translation>Jeder Schritt ist abgeschlossen; der Pi ist jetzt das Ziel eines eigenen Profils.</translation>
    </message>
    <message>
        <source>&amp;Build and deploy to %1</source>
        <translation>Bauen und auf %1 &amp;bereitstellen</translation>
    </message>
    <message>
        <source>%1 (port %2)</source>
        <translation>%1 (Port %2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 now has:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the memory cgroup controller on&lt;/li&gt;&lt;li&gt;%2 as its container engine&lt;/li&gt;&lt;li&gt;an image registry on port %3&lt;/li&gt;&lt;li&gt;the build tools&lt;/li&gt;&lt;li&gt;the stages %4&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;%1 hat jetzt:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;den Speicher-Controller der cgroups eingeschaltet&lt;/li&gt;&lt;li&gt;%2 als Container-Engine&lt;/li&gt;&lt;li&gt;eine Image-Registry auf Port %3&lt;/li&gt;&lt;li&gt;die Build-Werkzeuge&lt;/li&gt;&lt;li&gt;die Stufen %4&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The profile could not be written:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Das Profil konnte nicht geschrieben werden:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The new profile &lt;tt&gt;%1&lt;/tt&gt; opens in the window when you click Finish.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das neue Profil &lt;tt&gt;%1&lt;/tt&gt; öffnet sich im Fenster, wenn Sie auf Fertigstellen klicken.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>antler::gui::EventsModel</name>
    <message>
        <source>%1
(operation #%2: activate to open it in History)</source>
        <translation>%1
(Vorgang #%2: aktivieren, um ihn im Verlauf zu öffnen)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>antler::gui::EventsView</name>
    <message>
        <source>&amp;Warnings and errors only</source>
        <translation>Nur &amp;Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Warnings and errors only</source>
        <translation>Nur Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Hide the informational events</source>
        <translation>Informative Ereignisse ausblenden</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>Filter nach Stufe</translation>
    </message>
    <message>
        <source>Show the events of one stage</source>
        <translation>Nur die Ereignisse einer Stufe anzeigen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove every event from the timeline</source>
        <translation>Alle Ereignisse aus der Zeitleiste entfernen</translation>
    </message>
    <message>
        <source>Clear events</source>
        <translation>Ereignisse leeren</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Health changes, operations, warnings and errors of every stage, newest at the bottom; activate one to select its stage and operation</source>
        <translation>Zustandsänderungen, Vorgänge, Warnungen und Fehler aller Stufen, das Neueste unten; aktivieren Sie einen Eintrag, um seine Stufe und seinen Vorgang auszuwählen</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Noch keine Ereignisse</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>Ereignisse: %1</translation>
    </message>
    <message>
        <source>Events: %1 of %2 shown</source>
        <translation>Ereignisse: %1 von %2 angezeigt</translation>
    </message>
</context>
<context>
    <name>antler::gui::FleetDocks</name>
    <message>
        <source>Playbooks can run once the window has started its pipeline.</source>
        <translation>Playbooks können laufen, sobald das Fenster seine Pipeline gestartet hat.</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>Playbooks</translation>
    </message>
    <message>
        <source>&amp;Playbooks</source>
        <translation>&amp;Playbooks</translation>
    </message>
    <message>
        <source>Pick a playbook and an inventory, see what it will do and run it.</source>
        <translation>Wählen Sie ein Playbook und ein Inventar, sehen Sie, was es tun wird, und führen Sie es aus.</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>&amp;Hosts</source>
        <translation>&amp;Hosts</translation>
    </message>
    <message>
        <source>Every host of the profile: connection, facts and vital signs.</source>
        <translation>Jeder Host des Profils: Verbindung, Facts und Vitalwerte.</translation>
    </message>
    <message>
        <source>Play&amp;books</source>
        <translation>Play&amp;books</translation>
    </message>
</context>
<context>
    <name>antler::gui::HeadlessLauncher</name>
    <message>
        <source>cannot open the window: %1 cannot be started (%2); reinstall antler, whose window it is.</source>
        <translation>das Fenster lässt sich nicht öffnen: %1 kann nicht gestartet werden (%2); installieren Sie antler neu, zu dem dieses Fenster gehört.</translation>
    </message>
</context>
<context>
    <name>antler::gui::HealthView</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 T</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 T</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Host metrics: waiting for the first sample…</source>
        <translation>Host-Messwerte: warte auf den ersten Messpunkt…</translation>
    </message>
    <message>
        <source>CPU load (1 min)</source>
        <translation>CPU-Last (1 min)</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>Belegter Speicher</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>load %1</source>
        <translation>Last %1</translation>
    </message>
    <message>
        <source>memory %1 %</source>
        <translation>Speicher %1 %</translation>
    </message>
    <message>
        <source>disk %1 %</source>
        <translation>Platte %1 %</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>up %1</source>
        <translation>läuft seit %1</translation>
    </message>
    <message>
        <source>memory cgroup enabled</source>
        <translation>Memory-cgroup aktiviert</translation>
    </message>
    <message>
        <source>memory cgroup DISABLED</source>
        <translation>Memory-cgroup DEAKTIVIERT</translation>
    </message>
    <message>
        <source>no throttling</source>
        <translation>keine Drosselung</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>(no data)</source>
        <translation>(keine Daten)</translation>
    </message>
</context>
<context>
    <name>antler::gui::HistoryModel</name>
    <message>
        <source>Operation %1 is not in the pipeline history %2; refresh the history.</source>
        <translation>Vorgang %1 steht nicht im Pipeline-Verlauf %2; aktualisieren Sie den Verlauf.</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Befördern</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fixieren</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Fixierung aufheben</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Zurückgesetzt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Verweigert</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Von %1 nach %2</translation>
    </message>
    <message>
        <source>A build changes no stage.</source>
        <translation>Ein Build ändert keine Stufe.</translation>
    </message>
    <message>
        <source>No digest recorded (yet).</source>
        <translation>(Noch) kein Digest festgehalten.</translation>
    </message>
    <message>
        <source>%1
before: %2</source>
        <translation>%1
vorher: %2</translation>
    </message>
    <message>
        <source>Started %1 (%2 UTC)</source>
        <translation>Gestartet %1 (%2 UTC)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>The stage changed; for a promotion, from → to</source>
        <translation>Die geänderte Stufe; bei einer Beförderung von → nach</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>The release&apos;s digest; hover a cell for the full one</source>
        <translation>Der Digest des Releases; zeigen Sie auf eine Zelle, um ihn vollständig zu sehen</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>When it started, local time</source>
        <translation>Startzeitpunkt in Ortszeit</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>A playbook run changes no stage.</source>
        <translation>Ein Playbook-Lauf ändert keine Stufe.</translation>
    </message>
</context>
<context>
    <name>antler::gui::HistoryView</name>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <source>Source commit</source>
        <translation>Quell-Commit</translation>
    </message>
    <message>
        <source>Build number</source>
        <translation>Build-Nummer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Filter: digest, stage, user, reason…</source>
        <translation>Filter: Digest, Stufe, Benutzer, Grund…</translation>
    </message>
    <message>
        <source>Filter the history</source>
        <translation>Verlauf filtern</translation>
    </message>
    <message>
        <source>Shows the operations that contain every word (Ctrl+F)</source>
        <translation>Zeigt die Vorgänge, die jedes der Wörter enthalten (Strg+F)</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filter nach Art</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>Filter nach Stufe</translation>
    </message>
    <message>
        <source>Result filter</source>
        <translation>Filter nach Ergebnis</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Read the history file again</source>
        <translation>Verlaufsdatei erneut einlesen</translation>
    </message>
    <message>
        <source>Refresh history</source>
        <translation>Verlauf aktualisieren</translation>
    </message>
    <message>
        <source>Pipeline history</source>
        <translation>Pipeline-Verlauf</translation>
    </message>
    <message>
        <source>Every build, rollout, promotion, rollback and pin, newest first</source>
        <translation>Jeder Build, jedes Ausrollen, jede Beförderung, jedes Zurücksetzen und jede Fixierung, das Neueste zuerst</translation>
    </message>
    <message>
        <source>Operation details</source>
        <translation>Vorgangsdetails</translation>
    </message>
    <message>
        <source>Operation log</source>
        <translation>Vorgangsprotokoll</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Copy digest</source>
        <translation>Digest kopieren</translation>
    </message>
    <message>
        <source>Copy log</source>
        <translation>Protokoll kopieren</translation>
    </message>
    <message>
        <source>Copy the operation&apos;s log to the clipboard</source>
        <translation>Das Protokoll des Vorgangs in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Select an operation to see every field and its log.</source>
        <translation>Wählen Sie einen Vorgang aus, um alle Felder und sein Protokoll zu sehen.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Protokoll wird gelesen…</translation>
    </message>
    <message>
        <source>The log of the selected operation appears here.</source>
        <translation>Hier erscheint das Protokoll des ausgewählten Vorgangs.</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No log lines yet.</source>
        <translation>Noch keine Protokollzeilen.</translation>
    </message>
    <message>
        <source>No log lines were recorded for this operation.</source>
        <translation>Für diesen Vorgang wurden keine Protokollzeilen aufgezeichnet.</translation>
    </message>
    <message>
        <source>Select an operation to run it again.</source>
        <translation>Wählen Sie einen Vorgang aus, um ihn erneut auszuführen.</translation>
    </message>
    <message>
        <source>Operation #%1 is still running.</source>
        <translation>Vorgang #%1 läuft noch.</translation>
    </message>
    <message>
        <source>A %1 is not run again from the history; use the stage&apos;s actions.</source>
        <translation>Vorgänge der Art „%1“ werden nicht aus dem Verlauf erneut ausgeführt; verwenden Sie die Aktionen der Stufe.</translation>
    </message>
    <message>
        <source>Operation #%1 recorded no digest, so there is nothing to roll out again.</source>
        <translation>Vorgang #%1 hat keinen Digest festgehalten, daher gibt es nichts erneut auszurollen.</translation>
    </message>
    <message>
        <source>Build again from the same sources.</source>
        <translation>Erneut aus denselben Quellen bauen.</translation>
    </message>
    <message>
        <source>Promote %1 from %2 to %3 again.</source>
        <translation>%1 erneut von %2 nach %3 befördern.</translation>
    </message>
    <message>
        <source>%1 %2 to %3 again.</source>
        <translation>Erneut ausführen: %1 von %2 auf %3.</translation>
    </message>
    <message>
        <source>No operations recorded yet: %1 is created by the first build, rollout or pin, from this window or from “antler pipeline”.</source>
        <translation>Noch keine Vorgänge festgehalten: %1 wird beim ersten Build, Ausrollen oder Fixieren angelegt, aus diesem Fenster oder mit „antler pipeline“.</translation>
    </message>
    <message>
        <source>Reading the pipeline history %1…</source>
        <translation>Pipeline-Verlauf %1 wird gelesen…</translation>
    </message>
    <message>
        <source>No operations recorded yet in %1.</source>
        <translation>In %1 sind noch keine Vorgänge festgehalten.</translation>
    </message>
    <message>
        <source>No operation matches the filters; clear them to see every operation.</source>
        <translation>Kein Vorgang passt zu den Filtern; setzen Sie sie zurück, um alle Vorgänge zu sehen.</translation>
    </message>
    <message>
        <source>A playbook run is repeated from the Playbooks dock (Run again).</source>
        <translation>Ein Playbook-Lauf wird im Playbooks-Dock wiederholt (Erneut ausführen).</translation>
    </message>
</context>
<context>
    <name>antler::gui::HostKeyDialog</name>
    <message>
        <source>Unknown host key: %1</source>
        <translation>Unbekannter Host-Schlüssel: %1</translation>
    </message>
    <message>
        <source>%1 (%2) presents a host key that is not in your known_hosts file. Connect only if it is the key of that host.</source>
        <translation>%1 (%2) zeigt einen Host-Schlüssel, der nicht in Ihrer known_hosts-Datei steht. Verbinden Sie sich nur, wenn es der Schlüssel dieses Hosts ist.</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>To check it, run this on the host itself (at its console, or over a connection you already trust) and compare the fingerprint it prints:</source>
        <translation>Führen Sie zur Prüfung dies auf dem Host selbst aus (an seiner Konsole oder über eine Verbindung, der Sie bereits vertrauen) und vergleichen Sie den ausgegebenen Fingerabdruck:</translation>
    </message>
    <message>
        <source>Accept adds the key to %1 and the connection goes on. Reject stops the connection to this host only; nothing runs on it.</source>
        <translation>Akzeptieren fügt den Schlüssel zu %1 hinzu und die Verbindung wird fortgesetzt. Ablehnen beendet nur die Verbindung zu diesem Host; auf ihm wird nichts ausgeführt.</translation>
    </message>
    <message>
        <source>&amp;Accept and connect</source>
        <translation>&amp;Akzeptieren und verbinden</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Host key changed: %1 refused</source>
        <translation>Host-Schlüssel geändert: %1 abgelehnt</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) has CHANGED since it was last accepted. Someone may be intercepting the connection (a man-in-the-middle attack), or the host was reinstalled or got new keys. Antler refused to connect: nothing was run on this host.</source>
        <translation>Der Host-Schlüssel von %1 (%2) hat sich GEÄNDERT, seit er zuletzt akzeptiert wurde. Jemand könnte die Verbindung abfangen (ein Man-in-the-Middle-Angriff), oder der Host wurde neu installiert oder hat neue Schlüssel bekommen. Antler hat die Verbindung verweigert: Auf diesem Host wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>The host presents:</source>
        <translation>Der Host zeigt:</translation>
    </message>
    <message>
        <source>known_hosts holds:</source>
        <translation>known_hosts enthält:</translation>
    </message>
    <message>
        <source>Line to remove:</source>
        <translation>Zu entfernende Zeile:</translation>
    </message>
    <message>
        <source>Check the key on the host itself with %1. Only if it matches what the host presents, remove the old line (for example with the command below) and run again; Antler never replaces a known key for you.</source>
        <translation>Prüfen Sie den Schlüssel auf dem Host selbst mit %1. Nur wenn er mit dem übereinstimmt, was der Host zeigt, entfernen Sie die alte Zeile (zum Beispiel mit dem Befehl unten) und starten Sie erneut; Antler ersetzt nie selbst einen bekannten Schlüssel.</translation>
    </message>
</context>
<context>
    <name>antler::gui::HostsModel</name>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbinde</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>verloren</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>facts</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>dieser Rechner</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1, %2% used</source>
        <translation>%1, %2 % belegt</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>none</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>OS and release</source>
        <translation>Betriebssystem und Version</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Disk /</source>
        <translation>Datenträger /</translation>
    </message>
    <message>
        <source>Memory cgroup</source>
        <translation>Speicher-cgroup</translation>
    </message>
    <message>
        <source>Throttling</source>
        <translation>Drosselung</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>antler::gui::HostsView</name>
    <message>
        <source>&amp;Connect to host</source>
        <translation>Mit Host &amp;verbinden</translation>
    </message>
    <message>
        <source>&amp;Gather facts</source>
        <translation>&amp;Facts sammeln</translation>
    </message>
    <message>
        <source>Open SSH &amp;terminal</source>
        <translation>SSH-&amp;Terminal öffnen</translation>
    </message>
    <message>
        <source>Set &amp;up a Pi…</source>
        <translation>Einen Pi &amp;einrichten…</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Select a host first.</source>
        <translation>Wählen Sie zuerst einen Host.</translation>
    </message>
    <message>
        <source>%1 is connected.</source>
        <translation>%1 ist verbunden.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Connect to %1 and log in.</source>
        <translation>Mit %1 verbinden und anmelden.</translation>
    </message>
    <message>
        <source>Read %1&apos;s facts and vital signs now.</source>
        <translation>Facts und Vitalwerte von %1 jetzt lesen.</translation>
    </message>
    <message>
        <source>%1 is this machine; open a terminal here instead.</source>
        <translation>%1 ist dieser Rechner; öffnen Sie stattdessen hier ein Terminal.</translation>
    </message>
    <message>
        <source>Open a terminal running %1.</source>
        <translation>Ein Terminal öffnen, in dem %1 läuft.</translation>
    </message>
    <message>
        <source>No host is selected.</source>
        <translation>Kein Host ist ausgewählt.</translation>
    </message>
    <message>
        <source>%1 is %2: %3</source>
        <translation>%1 ist %2: %3</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 ist %2.</translation>
    </message>
    <message>
        <source>%1: –</source>
        <translation>%1: –</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1 – %2: %2 %3 {1:?}</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Connect to a fresh Raspberry Pi, set it up for the pipeline and make it a profile</source>
        <translation>Mit einem frischen Raspberry Pi verbinden, ihn für die Pipeline einrichten und ein Profil daraus machen</translation>
    </message>
</context>
<context>
    <name>antler::gui::InspectPage</name>
    <message>
        <source>What the Pi is</source>
        <translation>Was der Pi ist</translation>
    </message>
    <message>
        <source>Antler looks at the board, the system, the memory and the disk; nothing is changed yet.</source>
        <translation>Antler sieht sich die Platine, das System, den Speicher und die Festplatte an; noch wird nichts geändert.</translation>
    </message>
    <message>
        <source>Reading the Pi&apos;s facts…</source>
        <translation>Lese die Facts des Pi…</translation>
    </message>
    <message>
        <source>The facts could not be read: %1</source>
        <translation>Die Facts konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nothing stands in the way.</source>
        <translation>Nichts steht im Weg.</translation>
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
    <name>antler::gui::LogListView</name>
    <message>
        <source>Log lines</source>
        <translation>Protokollzeilen</translation>
    </message>
    <message>
        <source>The output of the operation, one line per row. Arrow keys move, Shift extends the selection, Ctrl+A selects all, End follows new lines.</source>
        <translation>Die Ausgabe des Vorgangs, eine Zeile pro Reihe. Pfeiltasten bewegen, Umschalt erweitert die Auswahl, Strg+A wählt alles aus, Ende folgt neuen Zeilen.</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>Host %1</translation>
    </message>
</context>
<context>
    <name>antler::gui::LogModel</name>
    <message>
        <source>Could not write the log to %1: %2. Choose another folder or file name.</source>
        <translation>Das Protokoll konnte nicht nach %1 geschrieben werden: %2. Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>Could not write the log to %1: %2. Check the free space and the permissions.</source>
        <translation>Das Protokoll konnte nicht nach %1 geschrieben werden: %2. Prüfen Sie den freien Speicherplatz und die Berechtigungen.</translation>
    </message>
</context>
<context>
    <name>antler::gui::LogView</name>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Protokoll durchsuchen</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>99,999 of 99,999</source>
        <translation>99.999 von 99.999</translation>
    </message>
    <message>
        <source>Show the lines of host</source>
        <translation>Nur die Zeilen dieses Hosts anzeigen</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Show the lines with result</source>
        <translation>Nur die Zeilen mit diesem Ergebnis anzeigen</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>failed or unreachable</source>
        <translation>fehlgeschlagen oder nicht erreichbar</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Log status</source>
        <translation>Protokollstatus</translation>
    </message>
    <message>
        <source>Log tools</source>
        <translation>Protokollwerkzeuge</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Next Match</source>
        <translation>&amp;Nächster Treffer</translation>
    </message>
    <message>
        <source>&amp;Previous Match</source>
        <translation>&amp;Vorheriger Treffer</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Folgen</translation>
    </message>
    <message>
        <source>Keep showing the newest lines (End)</source>
        <translation>Immer die neuesten Zeilen zeigen (Ende)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected lines</source>
        <translation>Ausgewählte Zeilen kopieren</translation>
    </message>
    <message>
        <source>Save the shown lines with their times to a file</source>
        <translation>Die angezeigten Zeilen mit ihren Zeitstempeln in einer Datei speichern</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Remove every line from this log</source>
        <translation>Alle Zeilen aus diesem Protokoll entfernen</translation>
    </message>
    <message>
        <source>Saved %1 lines to %2.</source>
        <translation>%1 Zeilen in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Save Log</source>
        <translation>Protokoll speichern</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>Protokolldateien (*.log *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>Alle Hosts</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n matching lines</source>
        <translation>
            <numerusform>%n passende Zeile</numerusform>
            <numerusform>%n passende Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>rescued</source>
        <translation>abgefangen</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>kein Ergebnis</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>S&amp;peichern…</translation>
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
    <message>
        <source>Drift: the stage runs %1, not the digest the pipeline deployed.</source>
        <translation>Abweichung: Die Stufe führt %1 aus, nicht den Digest, den die Pipeline bereitgestellt hat.</translation>
    </message>
    <message>
        <source>another release</source>
        <translation>ein anderes Release</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the hint</source>
        <translation>Hinweis ausblenden</translation>
    </message>
    <message>
        <source>&amp;Open profile…</source>
        <translation>Profil ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open an antler.yaml: its stages replace the ones shown.</source>
        <translation>Eine antler.yaml öffnen: Ihre Stufen ersetzen die angezeigten.</translation>
    </message>
    <message>
        <source>Open &amp;recent profile</source>
        <translation>&amp;Zuletzt geöffnete Profile</translation>
    </message>
    <message>
        <source>The default profile</source>
        <translation>Das Standardprofil</translation>
    </message>
    <message>
        <source>Use the &amp;default profile</source>
        <translation>&amp;Standardprofil verwenden</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation>&amp;Pipeline</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Command palette…</source>
        <translation>&amp;Befehlspalette…</translation>
    </message>
    <message>
        <source>Type to find any command and run it.</source>
        <translation>Tippen, um einen Befehl zu finden und auszuführen.</translation>
    </message>
    <message>
        <source>&amp;Refresh health</source>
        <translation>&amp;Zustand aktualisieren</translation>
    </message>
    <message>
        <source>Probe every stage now instead of waiting for the next interval.</source>
        <translation>Jede Stufe jetzt prüfen, statt auf das nächste Intervall zu warten.</translation>
    </message>
    <message>
        <source>Operations appear here once the window is ready.</source>
        <translation>Vorgänge erscheinen hier, sobald das Fenster bereit ist.</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>The pipeline history cannot be opened, so the pipeline is read-only: %1</source>
        <translation>Der Pipeline-Verlauf kann nicht geöffnet werden, daher ist die Pipeline schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>the pipeline history cannot be opened; see the Events dock.</source>
        <translation>der Pipeline-Verlauf kann nicht geöffnet werden; siehe den Bereich „Ereignisse“.</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>&amp;Bereitstellen</translation>
    </message>
    <message>
        <source>&amp;Promote</source>
        <translation>Be&amp;fördern</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>P&amp;in and unpin</source>
        <translation>F&amp;ixieren und lösen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>Im Browser &amp;öffnen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
    <message>
        <source>%1 runs the moose facts app you just built (%2). When it looks right, press Promote → on its card to move the very same release to %3.</source>
        <translation>Auf %1 läuft die Elchfakten-App, die Sie gerade gebaut haben (%2). Wenn alles passt, klicken Sie auf der Karte von %1 auf „Befördern →“, um genau dieses Release nach %3 zu bringen.</translation>
    </message>
    <message>
        <source>First run: Antler builds the moose facts app and deploys it to %1. Follow it in the Operations dock below.</source>
        <translation>Erster Start: Antler baut die Elchfakten-App und stellt sie auf %1 bereit. Verfolgen Sie das unten im Bereich „Vorgänge“.</translation>
    </message>
    <message>
        <source>Antler: %1</source>
        <translation>Antler: %1</translation>
    </message>
    <message numerus="yes">
        <source>Antler: %n operation(s) running</source>
        <translation>
            <numerusform>Antler: %n Vorgang läuft</numerusform>
            <numerusform>Antler: %n Vorgänge laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Pin %1</source>
        <translation>%1 fixieren</translation>
    </message>
    <message>
        <source>Why should %1 stay on its release? Deploys and promotions to it are refused until it is unpinned.</source>
        <translation>Warum soll %1 auf dem aktuellen Release bleiben? Bereitstellungen und Beförderungen dorthin werden verweigert, bis die Fixierung aufgehoben wird.</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Profil öffnen</translation>
    </message>
    <message>
        <source>Antler profiles (*.yaml *.yml)</source>
        <translation>Antler-Profile (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Operations are running in this profile; wait for them or cancel them before opening another.</source>
        <translation>In diesem Profil laufen Vorgänge; warten Sie, bis sie fertig sind, oder brechen Sie sie ab, bevor Sie ein anderes öffnen.</translation>
    </message>
    <message>
        <source>The new language and webhook apply when the running operations have finished and the window is opened again.</source>
        <translation>Die neue Sprache und der Webhook gelten, sobald die laufenden Vorgänge beendet sind und das Fenster neu geöffnet wird.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the pipeline history cannot be opened, so nothing can run; see the Events dock.</source>
        <translation>der Pipeline-Verlauf kann nicht geöffnet werden, daher kann nichts laufen; siehe das Ereignis-Dock.</translation>
    </message>
    <message>
        <source>Pipeline history damaged</source>
        <translation>Pipeline-Verlauf beschädigt</translation>
    </message>
    <message>
        <source>The pipeline history cannot be read, so builds, rollouts and promotions cannot be recorded.</source>
        <translation>Der Pipeline-Verlauf kann nicht gelesen werden, daher können Builds, Ausrollvorgänge und Beförderungen nicht aufgezeichnet werden.</translation>
    </message>
    <message>
        <source>%1

Start a new history? The damaged file is kept beside it under a new name, so it can be restored or examined later.</source>
        <translation>%1

Einen neuen Verlauf beginnen? Die beschädigte Datei wird unter einem neuen Namen daneben aufbewahrt, sodass sie später wiederhergestellt oder untersucht werden kann.</translation>
    </message>
    <message>
        <source>Start a &amp;New History</source>
        <translation>&amp;Neuen Verlauf beginnen</translation>
    </message>
    <message>
        <source>&amp;Keep It, Read-Only</source>
        <translation>&amp;Behalten, schreibgeschützt</translation>
    </message>
    <message>
        <source>The damaged pipeline history is kept as %1; a new one was started.</source>
        <translation>Der beschädigte Pipeline-Verlauf wird als %1 aufbewahrt; ein neuer wurde begonnen.</translation>
    </message>
    <message>
        <source>Antler builds the moose facts app and deploys it to %1. Follow it in the Operations dock below.</source>
        <translation>Antler baut die Elchfakten-App und stellt sie auf %1 bereit. Verfolgen Sie das unten im Bereich „Vorgänge“.</translation>
    </message>
    <message>
        <source>The pipeline history is damaged.</source>
        <translation>Der Pipeline-Verlauf ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>antler::gui::OperationsModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation>wird abgebrochen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>zurückgesetzt</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>verweigert</translation>
    </message>
    <message>
        <source>not possible</source>
        <translation>nicht möglich</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Verstrichen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>antler::gui::OperationsView</name>
    <message>
        <source>&amp;Cancel operation</source>
        <translation>Vorgang &amp;abbrechen</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>No operations yet. Build, Deploy, Promote and Rollback run here in the background; select one to follow its log.</source>
        <translation>Noch keine Vorgänge. Build, Bereitstellen, Befördern und Zurücksetzen laufen hier im Hintergrund; wählen Sie einen Vorgang aus, um sein Protokoll zu verfolgen.</translation>
    </message>
    <message>
        <source>Select a running operation to cancel it.</source>
        <translation>Wählen Sie einen laufenden Vorgang aus, um ihn abzubrechen.</translation>
    </message>
    <message>
        <source>“%1” has finished already.</source>
        <translation>„%1“ ist bereits beendet.</translation>
    </message>
    <message>
        <source>“%1” is being cancelled.</source>
        <translation>„%1“ wird abgebrochen.</translation>
    </message>
    <message>
        <source>Stop “%1”; the stage keeps the release it ran before.</source>
        <translation>„%1“ stoppen; die Stufe behält das Release, das sie vorher ausgeführt hat.</translation>
    </message>
</context>
<context>
    <name>antler::gui::PiSetupWizard</name>
    <message>
        <source>Set up a Raspberry Pi</source>
        <translation>Einen Raspberry Pi einrichten</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder for the playbooks: %1; check that the temporary folder is writable.</source>
        <translation>Es kann kein temporärer Ordner für die Playbooks angelegt werden: %1; prüfen Sie, ob der temporäre Ordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>antler::gui::PipelineActions</name>
    <message>
        <source>&amp;Build</source>
        <translation>B&amp;uild</translation>
    </message>
    <message>
        <source>Deploy newest build to %1</source>
        <translation>Neuesten Build auf %1 bereitstellen</translation>
    </message>
    <message>
        <source>Roll the newest build out to %1; if it fails its checks, %1 goes back to what it ran before.</source>
        <translation>Den neuesten Build auf %1 ausrollen; besteht er die Prüfungen nicht, kehrt %1 zum vorherigen Stand zurück.</translation>
    </message>
    <message>
        <source>Promote %1 → %2</source>
        <translation>%1 → %2 befördern</translation>
    </message>
    <message>
        <source>Roll the exact release that runs in %1 out to %2.</source>
        <translation>Genau das Release, das auf %1 läuft, auf %2 ausrollen.</translation>
    </message>
    <message>
        <source>Roll back %1…</source>
        <translation>%1 zurücksetzen…</translation>
    </message>
    <message>
        <source>Put %1 back on the release it ran before and pin it there.</source>
        <translation>%1 auf das vorherige Release zurücksetzen und dort fixieren.</translation>
    </message>
    <message>
        <source>Pin %1…</source>
        <translation>%1 fixieren…</translation>
    </message>
    <message>
        <source>Keep %1 on the release it runs: deploys and promotions to it are refused.</source>
        <translation>%1 auf dem laufenden Release halten: Bereitstellungen und Beförderungen dorthin werden verweigert.</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>Fixierung von %1 aufheben</translation>
    </message>
    <message>
        <source>Allow deploys and promotions to %1 again.</source>
        <translation>Bereitstellungen und Beförderungen auf %1 wieder erlauben.</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>%1 stoppen</translation>
    </message>
    <message>
        <source>Stop the workload of %1; it stays on its release and can be deployed again.</source>
        <translation>Die Arbeitslast von %1 stoppen; die Stufe bleibt auf ihrem Release und kann erneut bereitgestellt werden.</translation>
    </message>
    <message>
        <source>Open %1 in browser</source>
        <translation>%1 im Browser öffnen</translation>
    </message>
    <message>
        <source>Open %1 in the web browser.</source>
        <translation>%1 im Webbrowser öffnen.</translation>
    </message>
    <message>
        <source>the pipeline cannot record operations.</source>
        <translation>die Pipeline kann keine Vorgänge festhalten.</translation>
    </message>
    <message>
        <source>Builds the moose facts app from %1 (commit %2).</source>
        <translation>Baut die Elchfakten-App aus %1 (Commit %2).</translation>
    </message>
    <message>
        <source>the sources Antler was built with</source>
        <translation>den Quellen, mit denen Antler gebaut wurde</translation>
    </message>
    <message>
        <source>%1 is busy: “%2” is running; wait for it or cancel it.</source>
        <translation>%1 ist beschäftigt: „%2“ läuft; warten Sie darauf oder brechen Sie den Vorgang ab.</translation>
    </message>
    <message>
        <source>a build is running already; wait for it or cancel it.</source>
        <translation>es läuft bereits ein Build; warten Sie darauf oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>%1 is down; fix or roll it back before promoting.</source>
        <translation>%1 ist ausgefallen; beheben Sie das Problem oder setzen Sie die Stufe zurück, bevor Sie befördern.</translation>
    </message>
    <message>
        <source>%1 is down: %2; fix or roll it back before promoting.</source>
        <translation>%1 ist ausgefallen: %2; beheben Sie das Problem oder setzen Sie die Stufe zurück, bevor Sie befördern.</translation>
    </message>
    <message>
        <source>%1 is pinned already: %2.</source>
        <translation>%1 ist bereits fixiert: %2.</translation>
    </message>
    <message>
        <source>%1 runs no release yet, so there is nothing to pin.</source>
        <translation>auf %1 läuft noch kein Release, daher gibt es nichts zu fixieren.</translation>
    </message>
    <message>
        <source>%1 is not pinned.</source>
        <translation>%1 ist nicht fixiert.</translation>
    </message>
    <message>
        <source>%1 is down; deploy it first.</source>
        <translation>%1 ist ausgefallen; stellen Sie die Stufe zuerst neu bereit.</translation>
    </message>
</context>
<context>
    <name>antler::gui::PlaybookResultsModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>rescued</source>
        <translation>abgefangen</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>%1 (handler)</source>
        <translation>%1 (Handler)</translation>
    </message>
    <message>
        <source>FAILED - RETRYING: %1 attempts left</source>
        <translation>FAILED - RETRYING: noch %1 Versuche</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Task</numerusform>
            <numerusform>%n Tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Play / task / host</source>
        <translation>Play / Task / Host</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
</context>
<context>
    <name>antler::gui::PlaybooksView</name>
    <message>
        <source>Open &amp;playbook…</source>
        <translation>&amp;Playbook öffnen…</translation>
    </message>
    <message>
        <source>Choose the playbook to run (a YAML file with a list of plays).</source>
        <translation>Wählen Sie das auszuführende Playbook (eine YAML-Datei mit einer Liste von Plays).</translation>
    </message>
    <message>
        <source>Open &amp;inventory…</source>
        <translation>&amp;Inventar öffnen…</translation>
    </message>
    <message>
        <source>Choose the inventory the playbook runs against (INI or YAML, file or folder).</source>
        <translation>Wählen Sie das Inventar, gegen das das Playbook läuft (INI oder YAML, Datei oder Ordner).</translation>
    </message>
    <message>
        <source>&amp;Run playbook</source>
        <translation>Playbook &amp;ausführen</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>Run again on &amp;failed hosts</source>
        <translation>Auf &amp;fehlgeschlagenen Hosts erneut ausführen</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>Lauf &amp;abbrechen</translation>
    </message>
    <message>
        <source>drop a file here or choose one</source>
        <translation>Datei hier ablegen oder auswählen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Play&amp;book:</source>
        <translation>Play&amp;book:</translation>
    </message>
    <message>
        <source>In&amp;ventory:</source>
        <translation>In&amp;ventar:</translation>
    </message>
    <message>
        <source>Recent playbooks</source>
        <translation>Zuletzt verwendete Playbooks</translation>
    </message>
    <message>
        <source>Choose a playbook and an inventory, or drop them here.</source>
        <translation>Wählen Sie ein Playbook und ein Inventar oder ziehen Sie sie hierher.</translation>
    </message>
    <message>
        <source>Plays and tasks</source>
        <translation>Plays und Tasks</translation>
    </message>
    <message>
        <source>Play / task</source>
        <translation>Play / Task</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Problems in the playbook</source>
        <translation>Probleme im Playbook</translation>
    </message>
    <message>
        <source>The file with the problem</source>
        <translation>Die Datei mit dem Problem</translation>
    </message>
    <message>
        <source>all hosts; or a pattern such as web:&amp;staging</source>
        <translation>alle Hosts; oder ein Muster wie web:&amp;staging</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Begrenzen:</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>kommagetrennt</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Pick from the playbook&apos;s tags</source>
        <translation>Aus den Tags des Playbooks wählen</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>Extra variables</source>
        <translation>Extra-Variablen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value (text, or YAML/JSON)</source>
        <translation>Wert (Text oder YAML/JSON)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>From YAML/JSON…</source>
        <translation>Aus YAML/JSON…</translation>
    </message>
    <message>
        <source>Extra variables from YAML or JSON</source>
        <translation>Extra-Variablen aus YAML oder JSON</translation>
    </message>
    <message>
        <source>A mapping of names to values, e.g. {&quot;name&quot;: &quot;value&quot;} or one “name: value” per line:</source>
        <translation>Eine Zuordnung von Namen zu Werten, z. B. {&quot;name&quot;: &quot;value&quot;} oder ein „name: value“ pro Zeile:</translation>
    </message>
    <message>
        <source>E&amp;xtra vars:</source>
        <translation>E&amp;xtra-Variablen:</translation>
    </message>
    <message>
        <source>&amp;Check (change nothing)</source>
        <translation>&amp;Prüfen (nichts ändern)</translation>
    </message>
    <message>
        <source>&amp;Diff</source>
        <translation>&amp;Diff</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>Forks</source>
        <translation>Forks</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>Verbosity</source>
        <translation>Ausführlichkeit</translation>
    </message>
    <message>
        <source>&amp;Forks:</source>
        <translation>&amp;Forks:</translation>
    </message>
    <message>
        <source>&amp;Verbosity:</source>
        <translation>&amp;Ausführlichkeit:</translation>
    </message>
    <message>
        <source>Start at &amp;task:</source>
        <translation>Bei &amp;Task beginnen:</translation>
    </message>
    <message>
        <source>Results by play, task and host</source>
        <translation>Ergebnisse nach Play, Task und Host</translation>
    </message>
    <message>
        <source>Select a host in the results to see its message, output and diff.</source>
        <translation>Wählen Sie einen Host in den Ergebnissen, um seine Meldung, Ausgabe und den Diff zu sehen.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>rescued</source>
        <translation>abgefangen</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>Play recap</source>
        <translation>Play-Zusammenfassung</translation>
    </message>
    <message>
        <source>Recap</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Recent…</source>
        <translation>Zuletzt verwendet…</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Open a playbook</source>
        <translation>Ein Playbook öffnen</translation>
    </message>
    <message>
        <source>Playbooks (*.yml *.yaml);;All files (*)</source>
        <translation>Playbooks (*.yml *.yaml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open an inventory</source>
        <translation>Ein Inventar öffnen</translation>
    </message>
    <message>
        <source>Inventories (*.ini *.yml *.yaml *.cfg hosts);;All files (*)</source>
        <translation>Inventare (*.ini *.yml *.yaml *.cfg hosts);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>PLAY %1</source>
        <translation>PLAY %1</translation>
    </message>
    <message>
        <source>Hosts: none match “%1”</source>
        <translation>Hosts: keiner passt zu „%1“</translation>
    </message>
    <message>
        <source>Hosts (%1): %2</source>
        <translation>Hosts (%1): %2</translation>
    </message>
    <message>
        <source>pattern %1</source>
        <translation>Muster %1</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n play(s)</source>
        <translation>
            <numerusform>%1: %n Play</numerusform>
            <numerusform>%1: %n Plays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n task(s) selected</source>
        <translation>
            <numerusform>, %n Task ausgewählt</numerusform>
            <numerusform>, %n Tasks ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before this playbook can run; nothing was contacted.</source>
        <translation>
            <numerusform>%n Problem muss behoben werden, bevor dieses Playbook laufen kann; es wurde nichts kontaktiert.</numerusform>
            <numerusform>%n Probleme müssen behoben werden, bevor dieses Playbook laufen kann; es wurde nichts kontaktiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n host(s) of the inventory.</source>
        <translation>
            <numerusform>Der %n Host des Inventars.</numerusform>
            <numerusform>Alle %n Hosts des Inventars.</numerusform>
        </translation>
    </message>
    <message>
        <source>No host matches “%1”; nothing would run.</source>
        <translation>Kein Host passt zu „%1“; es würde nichts laufen.</translation>
    </message>
    <message>
        <source>Matches %1.</source>
        <translation>Passt zu %1.</translation>
    </message>
    <message>
        <source>The playbook has no tags</source>
        <translation>Das Playbook hat keine Tags</translation>
    </message>
    <message>
        <source>The extra variable in row %1 has a value but no name; give it a name or remove the row.</source>
        <translation>Die Extra-Variable in Zeile %1 hat einen Wert, aber keinen Namen; geben Sie ihr einen Namen oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>The value of the extra variable “%1” is not valid YAML or JSON (%2); fix it or write it as plain text.</source>
        <translation>Der Wert der Extra-Variable „%1“ ist kein gültiges YAML oder JSON (%2); korrigieren Sie ihn oder schreiben Sie ihn als reinen Text.</translation>
    </message>
    <message>
        <source>Playbooks cannot run in this window.</source>
        <translation>Playbooks können in diesem Fenster nicht laufen.</translation>
    </message>
    <message>
        <source>Choose a playbook first.</source>
        <translation>Wählen Sie zuerst ein Playbook.</translation>
    </message>
    <message>
        <source>The inventory cannot be used; fix the problem shown and open it again.</source>
        <translation>Das Inventar kann nicht verwendet werden; beheben Sie das angezeigte Problem und öffnen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>The playbook has %n problem(s); fix them and open it again.</source>
        <translation>
            <numerusform>Das Playbook hat %n Problem; beheben Sie es und öffnen Sie es erneut.</numerusform>
            <numerusform>Das Playbook hat %n Probleme; beheben Sie sie und öffnen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The playbook is running; cancel it or wait for it to finish.</source>
        <translation>Das Playbook läuft; brechen Sie es ab oder warten Sie, bis es fertig ist.</translation>
    </message>
    <message>
        <source>Run the playbook with the options shown.</source>
        <translation>Das Playbook mit den angezeigten Optionen ausführen.</translation>
    </message>
    <message>
        <source>Run a playbook first.</source>
        <translation>Führen Sie zuerst ein Playbook aus.</translation>
    </message>
    <message>
        <source>The playbook is running.</source>
        <translation>Das Playbook läuft.</translation>
    </message>
    <message>
        <source>Run %1 again with the same options.</source>
        <translation>%1 erneut mit denselben Optionen ausführen.</translation>
    </message>
    <message>
        <source>No host failed in the last run.</source>
        <translation>Im letzten Lauf ist kein Host fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Run again on %1 only.</source>
        <translation>Erneut nur auf %1 ausführen.</translation>
    </message>
    <message>
        <source>Stop the run on every host now.</source>
        <translation>Den Lauf jetzt auf allen Hosts stoppen.</translation>
    </message>
    <message>
        <source>No playbook is running.</source>
        <translation>Es läuft kein Playbook.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>Standardfehler</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Diff</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Live output</source>
        <translation>Live-Ausgabe</translation>
    </message>
    <message>
        <source>S&amp;kip:</source>
        <translation>Über&amp;springen:</translation>
    </message>
    <message>
        <source>Skip tags: tasks with one of these tags do not run.</source>
        <translation>Übersprungene Tags: Aufgaben mit einem dieser Tags laufen nicht.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Reading the playbook and the inventory; Run is possible once they are read.</source>
        <translation>Playbook und Inventar werden gelesen; Ausführen ist möglich, sobald sie gelesen sind.</translation>
    </message>
</context>
<context>
    <name>antler::gui::ProvisionPage</name>
    <message>
        <source>Setting up the Pi</source>
        <translation>Der Pi wird eingerichtet</translation>
    </message>
    <message>
        <source>Each step is a playbook of its own; a second run changes nothing. You may close the wizard: it goes on where it left off next time.</source>
        <translation>Jeder Schritt ist ein eigenes Playbook; ein zweiter Lauf ändert nichts. Sie können den Assistenten schließen: Er macht beim nächsten Mal dort weiter, wo er aufgehört hat.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Verstrichen</translation>
    </message>
    <message>
        <source>&amp;Retry the step</source>
        <translation>Schritt &amp;wiederholen</translation>
    </message>
    <message>
        <source>&amp;Copy its log</source>
        <translation>Sein Protokoll &amp;kopieren</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Done in an earlier session.
</source>
        <translation>In einer früheren Sitzung erledigt.
</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Waiting for the Pi to come back</source>
        <translation>Warte darauf, dass der Pi zurückkommt</translation>
    </message>
    <message>
        <source>The Pi is rebooting; waiting for it to come back (gives up in %1).</source>
        <translation>Der Pi startet neu; warte darauf, dass er zurückkommt (Abbruch in %1).</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Läuft: %1</translation>
    </message>
    <message>
        <source>The step failed; its log says why.</source>
        <translation>Der Schritt ist fehlgeschlagen; sein Protokoll sagt, warum.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n change(s)</source>
        <translation>
            <numerusform>Erledigt: %n Änderung</numerusform>
            <numerusform>Erledigt: %n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: nothing to change</source>
        <translation>Erledigt: nichts zu ändern</translation>
    </message>
</context>
<context>
    <name>antler::gui::SecretDialog</name>
    <message>
        <source>%1 (%2) asks for the SSH password of %3.</source>
        <translation>%1 (%2) fragt nach dem SSH-Passwort von %3.</translation>
    </message>
    <message>
        <source>sudo on %1 (%2) asks for the password of %3 to run tasks as %4 (the become password).</source>
        <translation>sudo auf %1 (%2) fragt nach dem Passwort von %3, um Aufgaben als %4 auszuführen (das Become-Passwort).</translation>
    </message>
    <message>
        <source>The key file %1, used to log in to %2 (%3), is protected by a passphrase.</source>
        <translation>Die Schlüsseldatei %1, mit der Sie sich bei %2 (%3) anmelden, ist durch eine Passphrase geschützt.</translation>
    </message>
    <message>
        <source>Key passphrase: %1</source>
        <translation>Passphrase des Schlüssels: %1</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Passwort: %1</translation>
    </message>
    <message>
        <source>The last answer was refused.</source>
        <translation>Die letzte Antwort wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>Im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Asked once per host while Antler runs; never written to a file or a log.</source>
        <translation>Einmal pro Host gefragt, solange Antler läuft; nie in eine Datei oder ein Protokoll geschrieben.</translation>
    </message>
    <message>
        <source>Do not connect</source>
        <translation>Nicht verbinden</translation>
    </message>
</context>
<context>
    <name>antler::gui::SettingsDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>Zustandsprüfungen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Probe every:</source>
        <translation>&amp;Prüfen alle:</translation>
    </message>
    <message>
        <source>&amp;Up after successes in a row:</source>
        <translation>&amp;Läuft nach Erfolgen in Folge:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>&amp;Degraded when slower than:</source>
        <translation>&amp;Beeinträchtigt, wenn langsamer als:</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification when a stage goes down or an operation ends</source>
        <translation>Desktop-Be&amp;nachrichtigung anzeigen, wenn eine Stufe ausfällt oder ein Vorgang endet</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>https://chat.example/hooks/… (empty: the profile’s, if any)</source>
        <translation>https://chat.example/hooks/… (leer: der des Profils, falls vorhanden)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Send a test notification to the webhook</source>
        <translation>Eine Testbenachrichtigung an den Webhook senden</translation>
    </message>
    <message>
        <source>&amp;Webhook:</source>
        <translation>&amp;Webhook:</translation>
    </message>
    <message>
        <source>Hosts and builds</source>
        <translation>Hosts und Builds</translation>
    </message>
    <message>
        <source>known_hosts file</source>
        <translation>known_hosts-Datei</translation>
    </message>
    <message>
        <source>&amp;known_hosts file:</source>
        <translation>&amp;known_hosts-Datei:</translation>
    </message>
    <message>
        <source>Build sources</source>
        <translation>Build-Quellen</translation>
    </message>
    <message>
        <source>the sources Antler was built with</source>
        <translation>die Quellen, mit denen Antler gebaut wurde</translation>
    </message>
    <message>
        <source>A checkout of Antler whose frontend and facts the Build command uses, e.g. to promote an edited fact.</source>
        <translation>Ein Checkout von Antler, dessen Frontend und Fakten der Befehl „Build“ verwendet, z. B. um einen bearbeiteten Fakt zu befördern.</translation>
    </message>
    <message>
        <source>&amp;Build from:</source>
        <translation>Bauen a&amp;us:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>The system’s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>“%1” is not an http or https URL; enter the webhook’s full address.</source>
        <translation>„%1“ ist keine http- oder https-URL; geben Sie die vollständige Adresse des Webhooks ein.</translation>
    </message>
    <message>
        <source>Antler test notification: the webhook works.</source>
        <translation>Antler-Testbenachrichtigung: Der Webhook funktioniert.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>%1 answered %2: the webhook works.</source>
        <translation>%1 hat mit %2 geantwortet: Der Webhook funktioniert.</translation>
    </message>
    <message>
        <source>The test notification to %1 failed: %2. Check the URL and that the service is reachable.</source>
        <translation>Die Testbenachrichtigung an %1 ist fehlgeschlagen: %2. Prüfen Sie die URL und ob der Dienst erreichbar ist.</translation>
    </message>
    <message>
        <source>Do&amp;wn after failures in a row:</source>
        <translation>&amp;Ausgefallen nach Fehlschlägen in Folge:</translation>
    </message>
</context>
<context>
    <name>antler::gui::SshTerminal</name>
    <message>
        <source>No terminal emulator was found (tried $TERMINAL, x-terminal-emulator, gnome-terminal, konsole, xfce4-terminal, kitty, alacritty, foot, xterm and others); install one or set TERMINAL.</source>
        <translation>Es wurde kein Terminal-Emulator gefunden (versucht: $TERMINAL, x-terminal-emulator, gnome-terminal, konsole, xfce4-terminal, kitty, alacritty, foot, xterm und andere); installieren Sie einen oder setzen Sie TERMINAL.</translation>
    </message>
    <message>
        <source>%1 could not be started; check that it runs from a shell.</source>
        <translation>%1 konnte nicht gestartet werden; prüfen Sie, ob es in einer Shell läuft.</translation>
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
    <message>
        <source>none yet</source>
        <translation>noch keines</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>Gebaut</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <source>Promote →</source>
        <translation>Befördern →</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>build %1</source>
        <translation>Build %1</translation>
    </message>
    <message>
        <source>commit %1</source>
        <translation>Commit %1</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fixiert</translation>
    </message>
    <message>
        <source>Pinned: %1</source>
        <translation>Fixiert: %1</translation>
    </message>
    <message>
        <source>Latency of the last 15 minutes</source>
        <translation>Latenz der letzten 15 Minuten</translation>
    </message>
    <message>
        <source>Uptime over 24 hours</source>
        <translation>Verfügbarkeit über 24 Stunden</translation>
    </message>
    <message>
        <source>Uptime 24 h</source>
        <translation>Verfügbarkeit 24 h</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>antler::gui::StageHealthPanel</name>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Latency of %1</source>
        <translation>Latenz von %1</translation>
    </message>
    <message>
        <source>%1 — %2 ms</source>
        <translation>%1 — %2 ms</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Uptime: 1 h %1 · 24 h %2 · 7 d %3 · 30 d %4</source>
        <translation>Verfügbarkeit: 1 h %1 · 24 h %2 · 7 T %3 · 30 T %4</translation>
    </message>
    <message>
        <source>Latency of successful probes: p50 %1 ms · p95 %2 ms</source>
        <translation>Latenz erfolgreicher Prüfungen: p50 %1 ms · p95 %2 ms</translation>
    </message>
    <message>
        <source>Latency: no successful probe in this range</source>
        <translation>Latenz: keine erfolgreiche Prüfung in diesem Zeitraum</translation>
    </message>
</context>
<context>
    <name>antler::gui::TimelineEvent</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>up</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>%1 started</source>
        <translation>%1 gestartet</translation>
    </message>
    <message>
        <source>%1 succeeded</source>
        <translation>%1 erfolgreich</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 is %2 (was %3).</source>
        <translation>%1: %2 (vorher %3).</translation>
    </message>
    <message>
        <source>%1 is %2 (was %3): %4</source>
        <translation>%1: %2 (vorher %3): %4</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Befördern</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fixieren</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Fixierung aufheben</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
</context>
<context>
    <name>antler::gui::VerifyHostPage</name>
    <message>
        <source>Check that this is your Pi</source>
        <translation>Prüfen Sie, ob das Ihr Pi ist</translation>
    </message>
    <message>
        <source>Before anything is sent to it, compare the Pi&apos;s host key with the one the Pi itself shows. If they match, nobody is in between.</source>
        <translation>Bevor etwas an ihn gesendet wird, vergleichen Sie den Host-Schlüssel des Pi mit dem, den der Pi selbst anzeigt. Wenn sie übereinstimmen, steht niemand dazwischen.</translation>
    </message>
    <message>
        <source>The fingerprints match: &amp;trust this Pi</source>
        <translation>Die Fingerabdrücke stimmen überein: diesem Pi &amp;vertrauen</translation>
    </message>
    <message>
        <source>They do &amp;not match</source>
        <translation>Sie stimmen &amp;nicht überein</translation>
    </message>
    <message>
        <source>Trusted and connected: the key is in %1.</source>
        <translation>Vertraut und verbunden: Der Schlüssel steht in %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; port %2 presents this host key:&lt;br&gt;&lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;&lt;tt&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/tt&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Port %2 zeigt diesen Host-Schlüssel:&lt;br&gt;&lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;&lt;tt&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>On the Pi (with a screen and keyboard, or a connection you already trust), run:

    ssh-keygen -lf %1

It prints the fingerprint after the key size; it must be the same as above.</source>
        <translation>Führen Sie auf dem Pi (mit Bildschirm und Tastatur oder über eine Verbindung, der Sie bereits vertrauen) aus:

    ssh-keygen -lf %1

Es gibt den Fingerabdruck nach der Schlüssellänge aus; er muss derselbe sein wie oben.</translation>
    </message>
    <message>
        <source>Trusting the key and logging in…</source>
        <translation>Schlüssel wird vertraut, Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Not trusted: nothing was sent to the Pi. Check that the address is your Pi&apos;s, then go back and test the connection again.</source>
        <translation>Nicht vertraut: Es wurde nichts an den Pi gesendet. Prüfen Sie, ob die Adresse die Ihres Pi ist, gehen Sie dann zurück und testen Sie die Verbindung erneut.</translation>
    </message>
</context>
<context>
    <name>antler::health::DeploymentMarkers</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
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
    <name>antler::health::HostMetrics</name>
    <message>
        <source>under-voltage</source>
        <translation>Unterspannung</translation>
    </message>
    <message>
        <source>throttled</source>
        <translation>gedrosselt</translation>
    </message>
    <message>
        <source>frequency capped</source>
        <translation>Frequenz begrenzt</translation>
    </message>
    <message>
        <source>soft temperature limit</source>
        <translation>weiche Temperaturgrenze</translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation>jetzt: %1</translation>
    </message>
    <message>
        <source>since boot: %1</source>
        <translation>seit dem Start: %1</translation>
    </message>
</context>
<context>
    <name>antler::health::HostMetricsParser</name>
    <message>
        <source>the host metrics script did not run to its end on %1; check that /bin/sh works there.</source>
        <translation>das Skript für die Host-Messwerte ist auf %1 nicht bis zum Ende gelaufen; prüfen Sie, ob /bin/sh dort funktioniert.</translation>
    </message>
    <message>
        <source>%1 has no readable /proc (no load, memory or uptime figures); host metrics need a Linux host.</source>
        <translation>%1 hat kein lesbares /proc (keine Werte für Last, Speicher oder Laufzeit); Host-Messwerte brauchen einen Linux-Host.</translation>
    </message>
</context>
<context>
    <name>antler::health::HostMetricsSampler</name>
    <message>
        <source>no connection to %1 to read its metrics from.</source>
        <translation>keine Verbindung zu %1, um seine Messwerte zu lesen.</translation>
    </message>
    <message>
        <source>host metrics</source>
        <translation>Host-Messwerte</translation>
    </message>
    <message>
        <source>cannot read the metrics of %1: the command ended with %2.</source>
        <translation>die Messwerte von %1 können nicht gelesen werden: der Befehl endete mit %2.</translation>
    </message>
</context>
<context>
    <name>antler::health::MetricsScrape</name>
    <message>
        <source>the /metrics answer has no %1 or %2 samples; is this a moosefacts server?</source>
        <translation>die /metrics-Antwort hat keine %1- oder %2-Werte; ist das ein moosefacts-Server?</translation>
    </message>
</context>
<context>
    <name>antler::health::MonitoredHosts</name>
    <message>
        <source>the pipeline&apos;s target %1 is not in the inventory %2; add it there or change target: in %3.</source>
        <translation>das Ziel %1 der Pipeline steht nicht im Inventar %2; fügen Sie es dort hinzu oder ändern Sie target: in %3.</translation>
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
    <message>
        <source>%1 sent no TLS certificate</source>
        <translation>%1 hat kein TLS-Zertifikat gesendet</translation>
    </message>
    <message>
        <source>the TLS certificate of %1 expired on %2; renew it</source>
        <translation>das TLS-Zertifikat von %1 ist am %2 abgelaufen; erneuern Sie es</translation>
    </message>
    <message numerus="yes">
        <source>the TLS certificate of %1 expires in %n day(s), on %2; renew it</source>
        <translation>
            <numerusform>das TLS-Zertifikat von %1 läuft in %n Tag ab, am %2; erneuern Sie es</numerusform>
            <numerusform>das TLS-Zertifikat von %1 läuft in %n Tagen ab, am %2; erneuern Sie es</numerusform>
        </translation>
    </message>
    <message>
        <source>no TLS handshake with %1: %2</source>
        <translation>kein TLS-Handshake mit %1: %2</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>kein Inhaltstyp</translation>
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
    <name>antler::health::WebhookNotifier</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1: notifications.webhook must be a URL such as https://example.org/hook.</source>
        <translation>%1: notifications.webhook muss eine URL wie https://example.org/hook sein.</translation>
    </message>
    <message>
        <source>%1: notifications.webhook “%2” is not an http or https URL; write it like https://example.org/hook.</source>
        <translation>%1: notifications.webhook „%2“ ist keine http- oder https-URL; schreiben Sie sie wie https://example.org/hook.</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>der TLS-Handshake ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation>Netzwerkfehler %1</translation>
    </message>
    <message>
        <source>the webhook at %1 did not take the notification about %2: %3; check notifications.webhook in notifications.yaml.</source>
        <translation>der Webhook unter %1 hat die Benachrichtigung über %2 nicht angenommen: %3; prüfen Sie notifications.webhook in notifications.yaml.</translation>
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
        <source>the range “[%1]” mixes or misuses letters and numbers; write two numbers, such as [1:3], or two letters, such as [a:c].</source>
        <translation>der Bereich „[%1]“ mischt Buchstaben und Zahlen oder verwendet sie falsch; schreiben Sie zwei Zahlen wie [1:3] oder zwei Buchstaben wie [a:c].</translation>
    </message>
    <message>
        <source>the range “[%1]” stands for more than %2 hosts; split the inventory or use a smaller range.</source>
        <translation>der Bereich „[%1]“ steht für mehr als %2 Hosts; teilen Sie das Inventar auf oder verwenden Sie einen kleineren Bereich.</translation>
    </message>
    <message>
        <source>the ranges of the host stand for more than %1 hosts; split the inventory or use smaller ranges.</source>
        <translation>die Bereiche des Hosts stehen für mehr als %1 Hosts; teilen Sie das Inventar auf oder verwenden Sie kleinere Bereiche.</translation>
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
    <message>
        <source>the value of “%1” is a Python dict that Ansible rejects (%2); use strings or numbers as its keys, or quote the whole value as a Python string to keep it as text.</source>
        <translation>der Wert von „%1“ ist ein Python-Dict, das Ansible ablehnt (%2); verwenden Sie Zeichenketten oder Zahlen als Schlüssel, oder setzen Sie den ganzen Wert als Python-String in Anführungszeichen, um ihn als Text zu behalten.</translation>
    </message>
    <message>
        <source>this quotation mark is never closed, so Ansible rejects the line too; close the quoted value on the same line, or write \&apos; or \&quot; for a quotation mark that is part of the value.</source>
        <translation>dieses Anführungszeichen wird nie geschlossen, daher lehnt auch Ansible die Zeile ab; schließen Sie den Wert auf derselben Zeile, oder schreiben Sie \&apos; bzw. \&quot; für ein Anführungszeichen, das zum Wert gehört.</translation>
    </message>
    <message>
        <source>this backslash at the end of the line escapes nothing, so Ansible rejects the line too; remove it, or write \\ for a backslash that is part of the value.</source>
        <translation>dieser Backslash am Zeilenende maskiert nichts, daher lehnt auch Ansible die Zeile ab; entfernen Sie ihn, oder schreiben Sie \\ für einen Backslash, der zum Wert gehört.</translation>
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
    <name>antler::inventory::PythonLiteral</name>
    <message>
        <source>a list or dict cannot be a dict key</source>
        <translation>eine Liste oder ein Dict kann kein Dict-Schlüssel sein</translation>
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
    <name>antler::pipeline::ArtifactDigest</name>
    <message>
        <source>%1: cannot read this file of the artifact (%2).</source>
        <translation>%1: diese Datei des Artefakts kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1: cannot read this file of the artifact.</source>
        <translation>%1: diese Datei des Artefakts kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::BuildSources</name>
    <message>
        <source>cannot find the moosefacts program next to antler or on PATH; build it (ninja moosefacts) or name it with --moosefacts FILE.</source>
        <translation>das Programm moosefacts ist weder neben antler noch im PATH zu finden; bauen Sie es (ninja moosefacts) oder geben Sie es mit --moosefacts FILE an.</translation>
    </message>
    <message>
        <source>cannot find the frontend files (resources/frontend); name the folder with --frontend DIR.</source>
        <translation>die Frontend-Dateien (resources/frontend) sind nicht zu finden; geben Sie den Ordner mit --frontend DIR an.</translation>
    </message>
    <message>
        <source>cannot find the facts file (server/data/moose-facts.json); name it with --facts FILE.</source>
        <translation>die Faktendatei (server/data/moose-facts.json) ist nicht zu finden; geben Sie sie mit --facts FILE an.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::ConfigName</name>
    <message>
        <source>the built-in Local profile</source>
        <translation>das eingebaute Local-Profil</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::ContainerRuntime</name>
    <message>
        <source>The target cannot be reached.</source>
        <translation>Das Ziel ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>%1 serves %2</source>
        <translation>%1 liefert %2 aus</translation>
    </message>
    <message>
        <source>%1 failed on %2 with exit code %3%4.</source>
        <translation>%1 ist auf %2 mit Exit-Code %3%4 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 on %2 did not finish: %3</source>
        <translation>%1 auf %2 wurde nicht fertig: %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>waiting for %1 to serve %2</source>
        <translation>warte, bis %1 %2 ausliefert</translation>
    </message>
    <message>
        <source>stage %1 did not become healthy within %2 s: %3</source>
        <translation>Stufe %1 wurde nicht innerhalb von %2 s gesund: %3</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::History</name>
    <message>
        <source>%1: cannot create the folder for the pipeline history; check the permissions.</source>
        <translation>%1: der Ordner für den Pipeline-Verlauf kann nicht angelegt werden; prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <source>%1: cannot open the pipeline history (%2); check that the file is writable.</source>
        <translation>%1: der Pipeline-Verlauf kann nicht geöffnet werden (%2); prüfen Sie, ob die Datei beschreibbar ist.</translation>
    </message>
    <message>
        <source>Antler stopped before this operation finished; check the stage with “antler status” and run it again if needed.</source>
        <translation>Antler wurde beendet, bevor dieser Vorgang fertig war; prüfen Sie die Stufe mit „antler status“ und führen Sie ihn bei Bedarf erneut aus.</translation>
    </message>
    <message>
        <source>%1: cannot record the %2 in the pipeline history (%3).</source>
        <translation>%1: der Vorgang %2 kann nicht im Pipeline-Verlauf festgehalten werden (%3).</translation>
    </message>
    <message>
        <source>%1: cannot pin stage “%2” (%3).</source>
        <translation>%1: die Stufe „%2“ kann nicht fixiert werden (%3).</translation>
    </message>
    <message>
        <source>%1: cannot unpin stage “%2” (%3).</source>
        <translation>%1: die Fixierung der Stufe „%2“ kann nicht aufgehoben werden (%3).</translation>
    </message>
    <message>
        <source>%1: there is no pipeline history yet; the first build, rollout or pin creates it.</source>
        <translation>%1: es gibt noch keinen Pipeline-Verlauf; der erste Build, das erste Ausrollen oder die erste Fixierung legt ihn an.</translation>
    </message>
    <message>
        <source>%1: cannot read the pipeline history (%2); the file is left as it is: restore it from a backup, or move it aside so that Antler starts a new one.</source>
        <translation>%1: der Pipeline-Verlauf kann nicht gelesen werden (%2); die Datei bleibt unverändert: stellen Sie sie aus einer Sicherung wieder her, oder verschieben Sie sie, damit Antler einen neuen Verlauf beginnt.</translation>
    </message>
    <message>
        <source>%1: the disk holding the pipeline history is full; free some space and try again. Nothing recorded so far is lost.</source>
        <translation>%1: die Festplatte mit dem Pipeline-Verlauf ist voll; geben Sie Speicherplatz frei und versuchen Sie es erneut. Nichts bisher Aufgezeichnetes geht verloren.</translation>
    </message>
    <message>
        <source>%1: cannot prepare the pipeline history (%2); check that the file and its folder are writable.</source>
        <translation>%1: der Pipeline-Verlauf kann nicht vorbereitet werden (%2); prüfen Sie, ob die Datei und ihr Ordner beschreibbar sind.</translation>
    </message>
    <message>
        <source>%1: the pipeline history is damaged (it is not an SQLite database); the file is left as it is.</source>
        <translation>%1: der Pipeline-Verlauf ist beschädigt (er ist keine SQLite-Datenbank); die Datei bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>%1: the pipeline history is damaged (%2); the file is left as it is.</source>
        <translation>%1: der Pipeline-Verlauf ist beschädigt (%2); die Datei bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>%1: cannot rename the damaged pipeline history to %2; check the folder&apos;s permissions.</source>
        <translation>%1: der beschädigte Pipeline-Verlauf kann nicht in %2 umbenannt werden; prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <source>%1: cannot record the %2: the disk holding the pipeline history is full; free some space and try again.</source>
        <translation>%1: der Vorgang %2 kann nicht festgehalten werden: die Festplatte mit dem Pipeline-Verlauf ist voll; geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::ImageBuilder</name>
    <message>
        <source>%1 cannot be copied into the build context; check that it exists and is readable.</source>
        <translation>%1 kann nicht in den Build-Kontext kopiert werden; prüfen Sie, ob die Datei existiert und lesbar ist.</translation>
    </message>
    <message>
        <source>The source folder %1 does not exist; build from an Antler source tree.</source>
        <translation>Der Quellordner %1 existiert nicht; bauen Sie aus einem Antler-Quellbaum.</translation>
    </message>
    <message>
        <source>%1 failed on %2 with exit code %3%4; the build log above says why, nothing deployed was changed.</source>
        <translation>%1 ist auf %2 mit Exit-Code %3%4 fehlgeschlagen; das Build-Protokoll oben nennt den Grund, an Bereitgestelltem wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 on %2 did not finish: %3</source>
        <translation>%1 auf %2 wurde nicht fertig: %3</translation>
    </message>
    <message>
        <source>building images of %1 (build %2) on %3</source>
        <translation>baue Images von %1 (Build %2) auf %3</translation>
    </message>
    <message>
        <source>No transport to the build target; check the target in antler.yaml.</source>
        <translation>Keine Verbindung zum Build-Ziel; prüfen Sie das Ziel in antler.yaml.</translation>
    </message>
    <message>
        <source>No registry is configured, so the images could not be pushed anywhere; set registry: HOST:PORT in antler.yaml.</source>
        <translation>Es ist keine Registry konfiguriert, daher konnten die Images nirgendwohin gepusht werden; setzen Sie registry: HOST:PORT in antler.yaml.</translation>
    </message>
    <message>
        <source>No temporary folder for the build context could be made (%1); free some space in the temporary folder.</source>
        <translation>Es konnte kein temporärer Ordner für den Build-Kontext angelegt werden (%1); schaffen Sie Platz im temporären Ordner.</translation>
    </message>
    <message>
        <source>preparing the build context from %1</source>
        <translation>bereite den Build-Kontext aus %1 vor</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>The build context could not be packed with tar (%1); check the temporary folder.</source>
        <translation>Der Build-Kontext konnte nicht mit tar gepackt werden (%1); prüfen Sie den temporären Ordner.</translation>
    </message>
    <message>
        <source>tar could not be started to pack the build context; install tar.</source>
        <translation>tar konnte nicht gestartet werden, um den Build-Kontext zu packen; installieren Sie tar.</translation>
    </message>
    <message>
        <source>making a build folder on %1</source>
        <translation>lege einen Build-Ordner auf %1 an</translation>
    </message>
    <message>
        <source>mktemp</source>
        <translation>mktemp</translation>
    </message>
    <message>
        <source>Making a build folder in %1</source>
        <translation>Build-Ordner in %1 anlegen</translation>
    </message>
    <message>
        <source>uploading the build context (%1 KiB) to %2:%3</source>
        <translation>lade den Build-Kontext (%1 KiB) nach %2:%3 hoch</translation>
    </message>
    <message>
        <source>The build context could not be uploaded: %1</source>
        <translation>Der Build-Kontext konnte nicht hochgeladen werden: %1</translation>
    </message>
    <message>
        <source>compiling moosefacts natively on %1</source>
        <translation>kompiliere moosefacts nativ auf %1</translation>
    </message>
    <message>
        <source>compile</source>
        <translation>Kompilieren</translation>
    </message>
    <message>
        <source>Compiling moosefacts</source>
        <translation>moosefacts kompilieren</translation>
    </message>
    <message>
        <source>building and pushing the images %1/moosefacts:%2 and %1/moosefacts-frontend:%2</source>
        <translation>baue und pushe die Images %1/moosefacts:%2 und %1/moosefacts-frontend:%2</translation>
    </message>
    <message>
        <source>image build</source>
        <translation>Image-Build</translation>
    </message>
    <message>
        <source>Building and pushing the images</source>
        <translation>Images bauen und pushen</translation>
    </message>
    <message>
        <source>The images were built on %1 but their digests could not be read back from the push; see the build log.</source>
        <translation>Die Images wurden auf %1 gebaut, aber ihre Digests ließen sich aus dem Push nicht auslesen; siehe Build-Protokoll.</translation>
    </message>
    <message>
        <source>removing the build folder</source>
        <translation>entferne den Build-Ordner</translation>
    </message>
    <message>
        <source>warning: the build folder %1 on %2 could not be removed: %3</source>
        <translation>Warnung: der Build-Ordner %1 auf %2 konnte nicht entfernt werden: %3</translation>
    </message>
    <message>
        <source>built %1 in %2 s</source>
        <translation>%1 in %2 s gebaut</translation>
    </message>
    <message>
        <source>The registry %1 did not take %2 (%3); check that it runs and answers on %1 (the registry in antler.yaml), then build again. Nothing was released, promoted or deployed.</source>
        <translation>Die Registry %1 hat %2 nicht angenommen (%3); prüfen Sie, ob sie läuft und unter %1 antwortet (die Registry in antler.yaml), und bauen Sie dann erneut. Es wurde nichts freigegeben, befördert oder bereitgestellt.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::KubernetesRuntime</name>
    <message>
        <source>rolling %1 out to %2 with kubectl apply</source>
        <translation>rolle %1 mit kubectl apply auf %2 aus</translation>
    </message>
    <message>
        <source>The target cannot be reached: %1</source>
        <translation>Das Ziel ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>kubectl apply in namespace %1</source>
        <translation>kubectl apply im Namespace %1</translation>
    </message>
    <message>
        <source>stage %1: %2</source>
        <translation>Stufe %1: %2</translation>
    </message>
    <message>
        <source>kubectl apply</source>
        <translation>kubectl apply</translation>
    </message>
    <message>
        <source>kubectl rollout status deployment/%1</source>
        <translation>kubectl rollout status deployment/%1</translation>
    </message>
    <message>
        <source>stage %1: the rollout of %2 did not complete: %3</source>
        <translation>Stufe %1: das Ausrollen von %2 wurde nicht abgeschlossen: %3</translation>
    </message>
    <message>
        <source>kubectl rollout status</source>
        <translation>kubectl rollout status</translation>
    </message>
    <message>
        <source>The target cannot be reached.</source>
        <translation>Das Ziel ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>kubectl get pods</source>
        <translation>kubectl get pods</translation>
    </message>
    <message>
        <source>kubectl delete</source>
        <translation>kubectl delete</translation>
    </message>
    <message>
        <source>kubectl get pods printed no JSON object: %1</source>
        <translation>kubectl get pods hat kein JSON-Objekt ausgegeben: %1</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::LocalRuntime</name>
    <message>
        <source>copied %1 frontend files from %2</source>
        <translation>%1 Frontend-Dateien aus %2 kopiert</translation>
    </message>
    <message>
        <source>%1: there is no moosefacts program here; build it (ninja moosefacts) or name it with --moosefacts FILE.</source>
        <translation>%1: hier gibt es kein Programm moosefacts; bauen Sie es (ninja moosefacts) oder geben Sie es mit --moosefacts FILE an.</translation>
    </message>
    <message>
        <source>%1: the frontend folder does not exist; name it with --frontend DIR.</source>
        <translation>%1: der Frontend-Ordner existiert nicht; geben Sie ihn mit --frontend DIR an.</translation>
    </message>
    <message>
        <source>%1: the facts file does not exist; name it with --facts FILE.</source>
        <translation>%1: die Faktendatei existiert nicht; geben Sie sie mit --facts FILE an.</translation>
    </message>
    <message>
        <source>%1: cannot create the artifact folder; check the permissions.</source>
        <translation>%1: der Artefaktordner kann nicht angelegt werden; prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <source>copied moosefacts (%1 bytes) from %2</source>
        <translation>moosefacts (%1 Bytes) aus %2 kopiert</translation>
    </message>
    <message>
        <source>copied the facts from %1</source>
        <translation>Fakten aus %1 kopiert</translation>
    </message>
    <message>
        <source>the artifact %1 exists already with the same content</source>
        <translation>das Artefakt %1 existiert bereits mit demselben Inhalt</translation>
    </message>
    <message>
        <source>%1: cannot move the artifact into place.</source>
        <translation>%1: das Artefakt kann nicht an seinen Platz verschoben werden.</translation>
    </message>
    <message>
        <source>stored the artifact as %1</source>
        <translation>Artefakt als %1 gespeichert</translation>
    </message>
    <message>
        <source>rolling %1 out to %2 (%3)</source>
        <translation>rolle %1 auf %2 aus (%3)</translation>
    </message>
    <message>
        <source>there is no artifact for %1 in %2; build it first with “antler pipeline build”.</source>
        <translation>es gibt kein Artefakt für %1 in %2; bauen Sie es zuerst mit „antler pipeline build“.</translation>
    </message>
    <message>
        <source>%1: cannot create the stage folder; check the permissions.</source>
        <translation>%1: der Stufenordner kann nicht angelegt werden; prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <source>another rollout to %1 is running (antler process %2); wait for it to finish.</source>
        <translation>ein anderes Ausrollen auf %1 läuft (antler-Prozess %2); warten Sie, bis es fertig ist.</translation>
    </message>
    <message>
        <source>stopping moosefacts %1, left over from an interrupted rollout</source>
        <translation>stoppe moosefacts %1, übrig von einem unterbrochenen Ausrollen</translation>
    </message>
    <message>
        <source>cannot start %1 (%2).</source>
        <translation>%1 kann nicht gestartet werden (%2).</translation>
    </message>
    <message>
        <source>started moosefacts %1 from %2</source>
        <translation>moosefacts %1 aus %2 gestartet</translation>
    </message>
    <message>
        <source>the rollout was cancelled</source>
        <translation>das Ausrollen wurde abgebrochen</translation>
    </message>
    <message>
        <source>moosefacts of %1 exited before it was ready: %2</source>
        <translation>moosefacts von %1 wurde beendet, bevor es bereit war: %2</translation>
    </message>
    <message>
        <source>moosefacts of %1 did not start within %2 s</source>
        <translation>moosefacts von %1 ist nicht innerhalb von %2 s gestartet</translation>
    </message>
    <message>
        <source>checking the new release on its private port %1</source>
        <translation>prüfe das neue Release auf seinem privaten Port %1</translation>
    </message>
    <message>
        <source>moosefacts exited: %1</source>
        <translation>moosefacts wurde beendet: %1</translation>
    </message>
    <message>
        <source>the new release failed its health check: %1</source>
        <translation>das neue Release hat seine Zustandsprüfung nicht bestanden: %1</translation>
    </message>
    <message>
        <source>took the listening socket of %1:%2 from moosefacts %3</source>
        <translation>den lauschenden Socket von %1:%2 von moosefacts %3 übernommen</translation>
    </message>
    <message>
        <source>opened %1:%2 for the stage</source>
        <translation>%1:%2 für die Stufe geöffnet</translation>
    </message>
    <message>
        <source>moosefacts %1 now serves %2:%3</source>
        <translation>moosefacts %1 liefert jetzt %2:%3 aus</translation>
    </message>
    <message>
        <source>draining the previous moosefacts %1 (%2)</source>
        <translation>lasse das vorherige moosefacts %1 auslaufen (%2)</translation>
    </message>
    <message>
        <source>the previous moosefacts %1 has stopped</source>
        <translation>das vorherige moosefacts %1 wurde beendet</translation>
    </message>
    <message>
        <source>checking %1</source>
        <translation>prüfe %1</translation>
    </message>
    <message>
        <source>the stage failed its health check after the switch: %1</source>
        <translation>die Stufe hat nach dem Umschalten ihre Zustandsprüfung nicht bestanden: %1</translation>
    </message>
    <message>
        <source>the previous release %1 keeps serving</source>
        <translation>das vorherige Release %1 liefert weiter aus</translation>
    </message>
    <message>
        <source>building a local artifact in %1</source>
        <translation>baue ein lokales Artefakt in %1</translation>
    </message>
    <message>
        <source>stopping moosefacts %1</source>
        <translation>stoppe moosefacts %1</translation>
    </message>
    <message>
        <source>%1: cannot copy %2 into the artifact: the disk holding %3 is full; free some space and build again.</source>
        <translation>%1: %2 kann nicht in das Artefakt kopiert werden: die Festplatte mit %3 ist voll; geben Sie Speicherplatz frei und bauen Sie erneut.</translation>
    </message>
    <message>
        <source>%1: cannot copy %2 into the artifact; check the permissions of %3.</source>
        <translation>%1: %2 kann nicht in das Artefakt kopiert werden; prüfen Sie die Berechtigungen von %3.</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>diese Datei</translation>
    </message>
    <message>
        <source>the facts</source>
        <translation>die Facts</translation>
    </message>
    <message>
        <source>removed %1, left by a build that did not finish</source>
        <translation>%1 entfernt, übrig von einem Build, der nicht fertig wurde</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::ManifestRenderer</name>
    <message>
        <source>The manifest template %1 cannot be read (%2); reinstall Antler or check the manifests folder.</source>
        <translation>Die Manifestvorlage %1 kann nicht gelesen werden (%2); installieren Sie Antler neu oder prüfen Sie den Ordner manifests.</translation>
    </message>
    <message>
        <source>The frontend&apos;s nginx.conf in %1 lacks &quot;%2&quot; or &quot;%3&quot;, which the manifests rewrite for each stage; restore them.</source>
        <translation>Der nginx.conf des Frontends in %1 fehlt &quot;%2&quot; oder &quot;%3&quot;, was die Manifeste für jede Stufe umschreiben; stellen Sie beides wieder her.</translation>
    </message>
    <message>
        <source>%1:%2:%3: unknown placeholder {{%4}} in the manifest template.</source>
        <translation>%1:%2:%3: unbekannter Platzhalter {{%4}} in der Manifestvorlage.</translation>
    </message>
    <message>
        <source>%1:%2:%3: {{%4}} takes several lines and must stand alone on its line in the manifest template.</source>
        <translation>%1:%2:%3: {{%4}} umfasst mehrere Zeilen und muss in der Manifestvorlage allein in seiner Zeile stehen.</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>%1: the release digest &quot;%2&quot; is not sha256: and 64 hex digits; deploy a digest from antler pipeline history.</source>
        <translation>%1: der Release-Digest &quot;%2&quot; ist nicht sha256: mit 64 Hexziffern; stellen Sie einen Digest aus antler pipeline history bereit.</translation>
    </message>
    <message>
        <source>%1: the release %2 names no image by digest for %3 (&quot;%4&quot;); deploy a release built for a container runtime (REGISTRY/NAME@sha256:…).</source>
        <translation>%1: das Release %2 nennt kein Image per Digest für %3 (&quot;%4&quot;); stellen Sie ein Release bereit, das für eine Container-Laufzeit gebaut wurde (REGISTRY/NAME@sha256:…).</translation>
    </message>
    <message>
        <source>%1: cpu &quot;%2&quot; is not a Kubernetes quantity; write e.g. 500m or 1.</source>
        <translation>%1: cpu &quot;%2&quot; ist keine Kubernetes-Mengenangabe; schreiben Sie z. B. 500m oder 1.</translation>
    </message>
    <message>
        <source>%1: memory &quot;%2&quot; is not a Kubernetes quantity; write e.g. 128Mi or 1Gi.</source>
        <translation>%1: memory &quot;%2&quot; ist keine Kubernetes-Mengenangabe; schreiben Sie z. B. 128Mi oder 1Gi.</translation>
    </message>
    <message>
        <source>%1: port %2 is outside the Kubernetes NodePort range %3-%4; set the stage&apos;s port in antler.yaml to one in that range for the kubernetes runtime.</source>
        <translation>%1: der Port %2 liegt außerhalb des Kubernetes-NodePort-Bereichs %3-%4; setzen Sie für die Laufzeit kubernetes den Port der Stufe in antler.yaml auf einen Wert in diesem Bereich.</translation>
    </message>
    <message>
        <source>%1: the backend port %2 is the port nginx listens on in the frontend container; choose another backend port in antler.yaml.</source>
        <translation>%1: der Backend-Port %2 ist der Port, auf dem nginx im Frontend-Container lauscht; wählen Sie in antler.yaml einen anderen Backend-Port.</translation>
    </message>
    <message>
        <source>%1: podman ignores the Namespace and the Services of the manifests; the pod %2 carries the stage, and the frontend answers on hostPort %3 instead of a NodePort.</source>
        <translation>%1: podman ignoriert den Namespace und die Services der Manifeste; der Pod %2 trägt die Stufe, und das Frontend antwortet auf hostPort %3 statt auf einem NodePort.</translation>
    </message>
    <message>
        <source>%1: podman runs the backend and the frontend in one pod without the HTTP liveness/readiness probes; Antler checks /healthz, /readyz and /version through the frontend itself.</source>
        <translation>%1: podman betreibt Backend und Frontend in einem Pod ohne die HTTP-Liveness-/Readiness-Prüfungen; Antler prüft /healthz, /readyz und /version selbst über das Frontend.</translation>
    </message>
    <message>
        <source>%1: podman runs 1 replica, not the %2 in antler.yaml (every replica would need the same hostPort).</source>
        <translation>%1: podman betreibt 1 Replikat, nicht die %2 aus antler.yaml (jedes Replikat bräuchte denselben hostPort).</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::Operation</name>
    <message>
        <source>waiting for the stage’s previous operation to finish</source>
        <translation>warte, bis der vorherige Vorgang der Stufe beendet ist</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>Deploy to %1</source>
        <translation>Auf %1 bereitstellen</translation>
    </message>
    <message>
        <source>Promote %1 → %2</source>
        <translation>%1 → %2 befördern</translation>
    </message>
    <message>
        <source>Roll back %1</source>
        <translation>%1 zurücksetzen</translation>
    </message>
    <message>
        <source>Pin %1</source>
        <translation>%1 fixieren</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>Fixierung von %1 aufheben</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>%1 stoppen</translation>
    </message>
    <message>
        <source>cancelling…</source>
        <translation>wird abgebrochen…</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>%1 ausführen</translation>
    </message>
    <message>
        <source>PLAY [%1]</source>
        <translation>PLAY [%1]</translation>
    </message>
    <message>
        <source>TASK [%1]</source>
        <translation>TASK [%1]</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::OperationManager</name>
    <message>
        <source>%1 was cancelled before it started; nothing changed.</source>
        <translation>„%1“ wurde vor dem Start abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The playbook was not run: %1</source>
        <translation>Das Playbook wurde nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>The run was cancelled; the commands running on every host were stopped.</source>
        <translation>Der Lauf wurde abgebrochen; die auf allen Hosts laufenden Befehle wurden gestoppt.</translation>
    </message>
    <message numerus="yes">
        <source>Every task finished on %n host(s).</source>
        <translation>
            <numerusform>Jeder Task wurde auf %n Host beendet.</numerusform>
            <numerusform>Jeder Task wurde auf %n Hosts beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>failed on %1</source>
        <translation>fehlgeschlagen auf %1</translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation>%1 nicht erreichbar</translation>
    </message>
    <message>
        <source>The playbook ended with exit code %1.</source>
        <translation>Das Playbook endete mit Exit-Code %1.</translation>
    </message>
    <message>
        <source>The playbook %1.</source>
        <translation>Das Playbook %1.</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>%1 läuft</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>, limit %1</source>
        <translation>, begrenzt auf %1</translation>
    </message>
    <message>
        <source>, tags %1</source>
        <translation>, Tags %1</translation>
    </message>
    <message>
        <source>, skip tags %1</source>
        <translation>, übersprungene Tags %1</translation>
    </message>
    <message>
        <source>, check mode</source>
        <translation>, Prüfmodus</translation>
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
    <message>
        <source>the target “%1” is not a host name; write localhost or the name of a host in the inventory, such as raspberrypi.</source>
        <translation>das Ziel „%1“ ist kein Hostname; schreiben Sie localhost oder den Namen eines Hosts im Inventar, etwa raspberrypi.</translation>
    </message>
    <message>
        <source>the target “%1” needs an inventory to be reached through; add “inventory:” with the inventory file that lists it.</source>
        <translation>das Ziel „%1“ braucht ein Inventar, über das es erreicht wird; fügen Sie „inventory:“ mit der Inventardatei hinzu, die es aufführt.</translation>
    </message>
    <message>
        <source>“components” must be a list; write each component as an entry starting with “- name:”, or leave the key out for moosefacts and its frontend.</source>
        <translation>„components“ muss eine Liste sein; schreiben Sie jede Komponente als Eintrag, der mit „- name:“ beginnt, oder lassen Sie den Schlüssel für moosefacts und sein Frontend weg.</translation>
    </message>
    <message>
        <source>this component is not a mapping of keys; write it as “- name: moosefacts” followed by its kind.</source>
        <translation>diese Komponente ist keine Zuordnung von Schlüsseln; schreiben Sie sie als „- name: moosefacts“, gefolgt von ihrer Art.</translation>
    </message>
    <message>
        <source>this component needs “name:” and “kind:” (backend or frontend); add the missing one.</source>
        <translation>diese Komponente braucht „name:“ und „kind:“ (backend oder frontend); ergänzen Sie das Fehlende.</translation>
    </message>
    <message>
        <source>the component name “%1” is not valid; use lowercase letters, digits and hyphens, starting with a letter.</source>
        <translation>der Komponentenname „%1“ ist ungültig; verwenden Sie Kleinbuchstaben, Ziffern und Bindestriche, beginnend mit einem Buchstaben.</translation>
    </message>
    <message>
        <source>the component kind “%1” is unknown; use backend or frontend.</source>
        <translation>die Komponentenart „%1“ ist unbekannt; verwenden Sie backend oder frontend.</translation>
    </message>
    <message>
        <source>the component “%1” is listed twice; keep one of them.</source>
        <translation>die Komponente „%1“ ist doppelt aufgeführt; behalten Sie nur einen Eintrag.</translation>
    </message>
    <message>
        <source>the pod name “%1” of stage “%2” is not valid; use lowercase letters, digits and hyphens, starting with a letter.</source>
        <translation>der Pod-Name „%1“ der Stufe „%2“ ist ungültig; verwenden Sie Kleinbuchstaben, Ziffern und Bindestriche, beginnend mit einem Buchstaben.</translation>
    </message>
    <message>
        <source>the backend port “%1” of stage “%2” is not a number from 1 to 65535; use the port moosefacts listens on, such as 8080.</source>
        <translation>der Backend-Port „%1“ der Stufe „%2“ ist keine Zahl von 1 bis 65535; verwenden Sie den Port, auf dem moosefacts lauscht, etwa 8080.</translation>
    </message>
    <message>
        <source>the rollout timeout “%1” of stage “%2” is not a duration from 1 s to 1 h; write seconds, or a number with s, m or h, such as 90s.</source>
        <translation>das Rollout-Timeout „%1“ der Stufe „%2“ ist keine Dauer von 1 s bis 1 h; schreiben Sie Sekunden oder eine Zahl mit s, m oder h, etwa 90s.</translation>
    </message>
    <message>
        <source>“resources” of stage “%1” must be a mapping; write “resources: {cpu: 250m, memory: 128Mi}”.</source>
        <translation>„resources“ der Stufe „%1“ muss eine Zuordnung sein; schreiben Sie „resources: {cpu: 250m, memory: 128Mi}“.</translation>
    </message>
    <message>
        <source>the %1 “%2” of stage “%3” is not a Kubernetes quantity; write one such as 250m or 0.5 for cpu, 128Mi for memory.</source>
        <translation>%1 „%2“ der Stufe „%3“ ist keine Kubernetes-Mengenangabe; schreiben Sie etwa 250m oder 0.5 für cpu, 128Mi für memory.</translation>
    </message>
    <message>
        <source>“gate” of stage “%1” must be a mapping; write “gate: {soak: 10m, confirm: true}”.</source>
        <translation>„gate“ der Stufe „%1“ muss eine Zuordnung sein; schreiben Sie „gate: {soak: 10m, confirm: true}“.</translation>
    </message>
    <message>
        <source>the soak time “%1” of stage “%2” is not a duration; write seconds, or a number with s, m or h, such as 10m.</source>
        <translation>die Beobachtungszeit „%1“ der Stufe „%2“ ist keine Dauer; schreiben Sie Sekunden oder eine Zahl mit s, m oder h, etwa 10m.</translation>
    </message>
    <message>
        <source>“confirm” of stage “%1” is “%2”; write true or false.</source>
        <translation>„confirm“ der Stufe „%1“ ist „%2“; schreiben Sie true oder false.</translation>
    </message>
    <message>
        <source>the runtime “%1” is unknown; use %2.</source>
        <translation>die Laufzeit „%1“ ist unbekannt; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>stage “%1” has no runtime; add “runtime:” with %2.</source>
        <translation>Stufe „%1“ hat keine Laufzeit; fügen Sie „runtime:“ mit %2 hinzu.</translation>
    </message>
    <message>
        <source>stage “%1” has the unknown runtime “%2”; use %3.</source>
        <translation>Stufe „%1“ hat die unbekannte Laufzeit „%2“; verwenden Sie %3.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::PipelineController</name>
    <message>
        <source>the pipeline has no stages; add them to antler.yaml.</source>
        <translation>die Pipeline hat keine Stufen; fügen Sie sie in antler.yaml hinzu.</translation>
    </message>
    <message>
        <source>build %1 of commit %2</source>
        <translation>Build %1 von Commit %2</translation>
    </message>
    <message>
        <source>built %1</source>
        <translation>%1 gebaut</translation>
    </message>
    <message>
        <source>the build failed: %1</source>
        <translation>der Build ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 von %2 nach %3</translation>
    </message>
    <message>
        <source>%1 runs %2 (%3)</source>
        <translation>%1 führt %2 aus (%3)</translation>
    </message>
    <message>
        <source>the rollout of %1 to %2 failed: %3</source>
        <translation>das Ausrollen von %1 auf %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>automatic rollback: the rollout of %1 failed: %2</source>
        <translation>automatisches Zurücksetzen: das Ausrollen von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>rolling %1 back to %2 because %3</source>
        <translation>setze %1 auf %2 zurück, weil %3</translation>
    </message>
    <message>
        <source>the rollout of %1 to %2 failed (%3); %2 is back on %4.</source>
        <translation>das Ausrollen von %1 auf %2 ist fehlgeschlagen (%3); %2 läuft wieder mit %4.</translation>
    </message>
    <message>
        <source>the rollout of %1 to %2 failed (%3), and so did the rollback to %4 (%5); check the stage with “antler status”.</source>
        <translation>das Ausrollen von %1 auf %2 ist fehlgeschlagen (%3), ebenso das Zurücksetzen auf %4 (%5); prüfen Sie die Stufe mit „antler status“.</translation>
    </message>
    <message>
        <source>there is no stage “%1” in %2; use one of its stages.</source>
        <translation>es gibt keine Stufe „%1“ in %2; verwenden Sie eine der dortigen Stufen.</translation>
    </message>
    <message>
        <source>nothing has been built yet; run “antler pipeline build” first.</source>
        <translation>es wurde noch nichts gebaut; führen Sie zuerst „antler pipeline build“ aus.</translation>
    </message>
    <message>
        <source>“%1” is not a digest; give sha256: followed by 64 hex digits, as “antler pipeline history” shows.</source>
        <translation>„%1“ ist kein Digest; geben Sie sha256: gefolgt von 64 Hexziffern an, wie „antler pipeline history“ sie zeigt.</translation>
    </message>
    <message>
        <source>stage %1 is pinned to %2 (%3); run “antler pipeline unpin %1” first.</source>
        <translation>die Stufe %1 ist auf %2 fixiert (%3); führen Sie zuerst „antler pipeline unpin %1“ aus.</translation>
    </message>
    <message>
        <source>a stage cannot be promoted to itself; name the next stage, such as “promote %1 %2”.</source>
        <translation>eine Stufe kann nicht auf sich selbst befördert werden; nennen Sie die nächste Stufe, etwa „promote %1 %2“.</translation>
    </message>
    <message>
        <source>%1 runs no release yet; deploy one there first.</source>
        <translation>auf %1 läuft noch kein Release; stellen Sie dort zuerst eines bereit.</translation>
    </message>
    <message>
        <source>%1 is pinned to %2 (%3); run “antler pipeline unpin %1” first.</source>
        <translation>%1 ist auf %2 fixiert (%3); führen Sie zuerst „antler pipeline unpin %1“ aus.</translation>
    </message>
    <message>
        <source>%1 already runs %2; there is nothing to promote.</source>
        <translation>auf %1 läuft bereits %2; es gibt nichts zu befördern.</translation>
    </message>
    <message>
        <source>%1 has run %2 for %3 s of the %4 s soak time that %5 requires; promote again in %6 s.</source>
        <translation>auf %1 läuft %2 seit %3 s der %4 s Beobachtungszeit, die %5 verlangt; befördern Sie erneut in %6 s.</translation>
    </message>
    <message>
        <source>promoting to %1 needs confirmation; run it again with --yes.</source>
        <translation>das Befördern auf %1 braucht eine Bestätigung; führen Sie es erneut mit --yes aus.</translation>
    </message>
    <message>
        <source>checking that %1 serves %2 healthily</source>
        <translation>prüfe, ob %1 %2 gesund ausliefert</translation>
    </message>
    <message>
        <source>%1 is not healthy on %2: %3; fix or roll it back before promoting.</source>
        <translation>%1 ist auf %2 nicht gesund: %3; beheben Sie das oder setzen Sie zurück, bevor Sie befördern.</translation>
    </message>
    <message>
        <source>%1 has no previous release to roll back to.</source>
        <translation>%1 hat kein vorheriges Release, auf das zurückgesetzt werden könnte.</translation>
    </message>
    <message>
        <source>rolled back by %1</source>
        <translation>zurückgesetzt von %1</translation>
    </message>
    <message>
        <source>%1 from %2 back to %3</source>
        <translation>%1 von %2 zurück auf %3</translation>
    </message>
    <message>
        <source>%1 is back on %2 and pinned there; “antler pipeline unpin %1” allows promotions again.</source>
        <translation>%1 läuft wieder mit %2 und ist dort fixiert; „antler pipeline unpin %1“ erlaubt wieder Beförderungen.</translation>
    </message>
    <message>
        <source>the rollback of %1 to %2 failed: %3</source>
        <translation>das Zurücksetzen von %1 auf %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 is stopped.</source>
        <translation>%1 ist gestoppt.</translation>
    </message>
    <message>
        <source>cannot stop %1: %2</source>
        <translation>%1 kann nicht gestoppt werden: %2</translation>
    </message>
    <message>
        <source>%1 runs no release yet, so there is nothing to pin.</source>
        <translation>auf %1 läuft noch kein Release, daher gibt es nichts zu fixieren.</translation>
    </message>
    <message>
        <source>pinned by %1</source>
        <translation>fixiert von %1</translation>
    </message>
    <message>
        <source>%1 is pinned to %2; deploys and promotions to it are refused until “antler pipeline unpin %1”.</source>
        <translation>%1 ist auf %2 fixiert; Bereitstellungen und Beförderungen dorthin werden verweigert bis „antler pipeline unpin %1“.</translation>
    </message>
    <message>
        <source>%1 was not pinned.</source>
        <translation>%1 war nicht fixiert.</translation>
    </message>
    <message>
        <source>%1 is no longer pinned.</source>
        <translation>%1 ist nicht mehr fixiert.</translation>
    </message>
    <message>
        <source>the build was cancelled; nothing deployed changed.</source>
        <translation>der Build wurde abgebrochen; an Bereitgestelltem hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>the rollout of %1 to %2 was cancelled; %2 runs no release.</source>
        <translation>das Ausrollen von %1 auf %2 wurde abgebrochen; auf %2 läuft kein Release.</translation>
    </message>
    <message>
        <source>the rollout of %1 to %2 was cancelled; %2 still runs %3.</source>
        <translation>das Ausrollen von %1 auf %2 wurde abgebrochen; auf %2 läuft weiterhin %3.</translation>
    </message>
    <message>
        <source>the rollout of %1 to %2 was cancelled; %2 is back on %3.</source>
        <translation>das Ausrollen von %1 auf %2 wurde abgebrochen; %2 ist wieder auf %3.</translation>
    </message>
    <message>
        <source>there is no promotion from “%1” to “%2” in %3.</source>
        <translation>in %3 gibt es keine Beförderung von „%1“ nach „%2“.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::PodmanRuntime</name>
    <message>
        <source>The podman configuration %1 could not be written: %2</source>
        <translation>Die podman-Konfiguration %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The build target cannot be reached: %1</source>
        <translation>Das Build-Ziel ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>rolling %1 out to %2 with podman kube play</source>
        <translation>rolle %1 mit podman kube play auf %2 aus</translation>
    </message>
    <message>
        <source>The target cannot be reached: %1</source>
        <translation>Das Ziel ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>podman kube play --replace %1</source>
        <translation>podman kube play --replace %1</translation>
    </message>
    <message>
        <source>stage %1: %2 Check the registry %3 and the log above.</source>
        <translation>Stufe %1: %2 Prüfen Sie die Registry %3 und das Protokoll oben.</translation>
    </message>
    <message>
        <source>podman kube play</source>
        <translation>podman kube play</translation>
    </message>
    <message>
        <source>stage %1: the backend is not live: GET %2 answered %3 three times in a row (podman runs no liveness probe, so Antler asks).</source>
        <translation>Stufe %1: das Backend lebt nicht: GET %2 hat dreimal hintereinander %3 geantwortet (podman führt keine Liveness-Prüfung aus, daher fragt Antler nach).</translation>
    </message>
    <message>
        <source>The target cannot be reached; check target and inventory in antler.yaml.</source>
        <translation>Das Ziel ist nicht erreichbar; prüfen Sie target und inventory in antler.yaml.</translation>
    </message>
    <message>
        <source>podman ps</source>
        <translation>podman ps</translation>
    </message>
    <message>
        <source>removing the pod of %1</source>
        <translation>entferne den Pod von %1</translation>
    </message>
    <message>
        <source>podman pod rm</source>
        <translation>podman pod rm</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 gestoppt</translation>
    </message>
    <message>
        <source>podman ps printed no JSON list: %1</source>
        <translation>podman ps hat keine JSON-Liste ausgegeben: %1</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::ReleaseComparison</name>
    <message>
        <source>the files of %1 are not on this machine (it was built on the target), so only the digests can be compared.</source>
        <translation>die Dateien von %1 liegen nicht auf diesem Rechner (es wurde auf dem Zielsystem gebaut), daher lassen sich nur die Digests vergleichen.</translation>
    </message>
    <message>
        <source>The two releases have the same files.</source>
        <translation>Die beiden Releases haben dieselben Dateien.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) differ:</source>
        <translation>
            <numerusform>%n Datei unterscheidet sich:</numerusform>
            <numerusform>%n Dateien unterscheiden sich:</numerusform>
        </translation>
    </message>
    <message>
        <source>  added    %1</source>
        <translation>  hinzugefügt  %1</translation>
    </message>
    <message>
        <source>  removed  %1</source>
        <translation>  entfernt     %1</translation>
    </message>
    <message>
        <source>  changed  %1</source>
        <translation>  geändert     %1</translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s) differ:</source>
        <translation>
            <numerusform>%n Fakt unterscheidet sich:</numerusform>
            <numerusform>%n Fakten unterscheiden sich:</numerusform>
        </translation>
    </message>
    <message>
        <source>fact %1:</source>
        <translation>Fakt %1:</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::RolloutCheck</name>
    <message>
        <source>%1 did not answer (%2).</source>
        <translation>%1 hat nicht geantwortet (%2).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of 200.</source>
        <translation>%1 hat mit HTTP %2 statt 200 geantwortet.</translation>
    </message>
    <message>
        <source>%1 did not answer with the HTML page.</source>
        <translation>%1 hat nicht mit der HTML-Seite geantwortet.</translation>
    </message>
    <message>
        <source>%1 did not answer with a JSON fact.</source>
        <translation>%1 hat nicht mit einem JSON-Fakt geantwortet.</translation>
    </message>
    <message>
        <source>%1 reports digest %2, not %3.</source>
        <translation>%1 meldet den Digest %2, nicht %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::Runtime</name>
    <message>
        <source>The %1 runtime is already running an operation (%2); wait for it to finish or check `antler pipeline status`.</source>
        <translation>Die Laufzeit %1 führt bereits einen Vorgang aus (%2); warten Sie, bis er fertig ist, oder prüfen Sie `antler pipeline status`.</translation>
    </message>
    <message>
        <source>The %1 runtime is already running an operation on stage %2 (%3); wait for it to finish or check `antler pipeline status`.</source>
        <translation>Die Laufzeit %1 führt bereits einen Vorgang auf der Stufe %2 aus (%3); warten Sie, bis er fertig ist, oder prüfen Sie `antler pipeline status`.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::RuntimeFactory</name>
    <message>
        <source>this build does not know the %1 runtime; use runtime: %2 in antler.yaml.</source>
        <translation>dieser Build kennt die Laufzeit %1 nicht; verwenden Sie runtime: %2 in antler.yaml.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::SocketHandover</name>
    <message>
        <source>%1: the control socket path is too long.</source>
        <translation>%1: der Pfad des Steuer-Sockets ist zu lang.</translation>
    </message>
    <message>
        <source>cannot create a Unix socket (%1).</source>
        <translation>es kann kein Unix-Socket angelegt werden (%1).</translation>
    </message>
    <message>
        <source>%1: cannot reach the moosefacts control socket (%2).</source>
        <translation>%1: der Steuer-Socket von moosefacts ist nicht erreichbar (%2).</translation>
    </message>
    <message>
        <source>%1: cannot send to the moosefacts control socket (%2).</source>
        <translation>%1: an den Steuer-Socket von moosefacts kann nicht gesendet werden (%2).</translation>
    </message>
    <message>
        <source>%1: moosefacts did not answer on its control socket (%2).</source>
        <translation>%1: moosefacts hat auf seinem Steuer-Socket nicht geantwortet (%2).</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>%1: moosefacts refused “%2”: %3.</source>
        <translation>%1: moosefacts hat „%2“ abgelehnt: %3.</translation>
    </message>
    <message>
        <source>%1: moosefacts answered “%2” instead of its port.</source>
        <translation>%1: moosefacts hat „%2“ statt seines Ports geantwortet.</translation>
    </message>
    <message>
        <source>%1: moosefacts answered without handing over its socket.</source>
        <translation>%1: moosefacts hat geantwortet, ohne seinen Socket zu übergeben.</translation>
    </message>
    <message>
        <source>the local runtime needs an IP address as the stage&apos;s host, not “%1”; write host: 127.0.0.1 in antler.yaml.</source>
        <translation>die lokale Laufzeit braucht eine IP-Adresse als Host der Stufe, nicht „%1“; schreiben Sie host: 127.0.0.1 in antler.yaml.</translation>
    </message>
    <message>
        <source>cannot create a TCP socket (%1).</source>
        <translation>es kann kein TCP-Socket angelegt werden (%1).</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2 (%3); another program uses the port: stop it or give the stage another port in antler.yaml.</source>
        <translation>auf %1:%2 kann nicht gelauscht werden (%3); ein anderes Programm belegt den Port: beenden Sie es oder geben Sie der Stufe in antler.yaml einen anderen Port.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::Stage</name>
    <message>
        <source>%1 or %2</source>
        <comment>the last two of a list of choices</comment>
        <translation>%1 oder %2</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::TargetTransport</name>
    <message>
        <source>The target %1 needs an inventory to be reached; set inventory: in %2.</source>
        <translation>Das Ziel %1 braucht ein Inventar, um erreicht zu werden; setzen Sie inventory: in %2.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::AnsibleConfig</name>
    <message>
        <source>cannot read %1 (%2); fix its permissions or point ANSIBLE_CONFIG elsewhere.</source>
        <translation>%1 kann nicht gelesen werden (%2); korrigieren Sie die Berechtigungen oder lassen Sie ANSIBLE_CONFIG auf eine andere Datei zeigen.</translation>
    </message>
    <message>
        <source>%1: forks “%2” is not a whole number of at least 1; write for example forks = 5.</source>
        <translation>%1: forks „%2“ ist keine ganze Zahl ab 1; schreiben Sie zum Beispiel forks = 5.</translation>
    </message>
    <message>
        <source>%1: become “%2” is not a boolean; write True or False.</source>
        <translation>%1: become „%2“ ist kein boolescher Wert; schreiben Sie True oder False.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::AptModule</name>
    <message>
        <source>invalid package spec: %1</source>
        <translation>ungültige Paketangabe: %1</translation>
    </message>
    <message>
        <source>one of the following is required: name, update_cache, autoremove, autoclean</source>
        <translation>eines der folgenden ist erforderlich: name, update_cache, autoremove, autoclean</translation>
    </message>
    <message>
        <source>Failed to update apt cache on %1: %2</source>
        <translation>Der apt-Cache auf %1 konnte nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Could not read the package state on %1: %2</source>
        <translation>Der Paketstatus auf %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No package matching &apos;%1&apos; is available on %2; check the name, or set update_cache: true if the package lists are missing or old.</source>
        <translation>Auf %2 ist kein Paket verfügbar, das zu &apos;%1&apos; passt; prüfen Sie den Namen oder setzen Sie update_cache: true, falls die Paketlisten fehlen oder veraltet sind.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; failed on %2: %3</source>
        <translation>&apos;%1&apos; ist auf %2 fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::AptRepositoryModule</name>
    <message>
        <source>PPA repositories are Ubuntu&apos;s; %1 takes a one-line &apos;deb URL SUITE COMPONENTS&apos; source.</source>
        <translation>PPA-Repositorys gibt es nur bei Ubuntu; %1 erwartet eine einzeilige Quelle &apos;deb URL SUITE COMPONENTS&apos;.</translation>
    </message>
    <message>
        <source>Invalid repository string: %1 (expected &apos;deb [options] URL SUITE [COMPONENT…]&apos;)</source>
        <translation>Ungültige Repository-Angabe: %1 (erwartet wird &apos;deb [options] URL SUITE [COMPONENT…]&apos;)</translation>
    </message>
    <message>
        <source>Could not read the apt sources on %1: %2</source>
        <translation>Die apt-Quellen auf %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The source &apos;%1&apos; was written on %2 but apt-get update failed: %3</source>
        <translation>Die Quelle &apos;%1&apos; wurde auf %2 geschrieben, aber apt-get update ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Could not write the apt sources on %1: %2</source>
        <translation>Die apt-Quellen auf %1 konnten nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>antler::playbook::AssertModule</name>
    <message>
        <source>The conditional check &apos;%1&apos; failed. The error was: %2</source>
        <translation>Die Bedingungsprüfung &apos;%1&apos; ist fehlgeschlagen. Der Fehler war: %2</translation>
    </message>
</context>
<context>
    <name>antler::playbook::AsyncJob</name>
    <message>
        <source>The background job could not be started (exit code %1): %2</source>
        <translation>Der Hintergrundjob konnte nicht gestartet werden (Exit-Code %1): %2</translation>
    </message>
    <message>
        <source>The job %1 could not be read (exit code %2): %3</source>
        <translation>Der Job %1 konnte nicht gelesen werden (Exit-Code %2): %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::AsyncStatusModule</name>
    <message>
        <source>“%1” is no job id; give async_status the ansible_job_id registered from a task with async and poll: 0.</source>
        <translation>„%1“ ist keine Job-ID; übergeben Sie async_status die ansible_job_id, die eine Aufgabe mit async und poll: 0 registriert hat.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::BlockInFileModule</name>
    <message>
        <source>blockinfile needs path: the file on the host to edit.</source>
        <translation>blockinfile braucht path: die zu bearbeitende Datei auf dem Host.</translation>
    </message>
    <message>
        <source>blockinfile takes insertafter or insertbefore, not both; remove one of them.</source>
        <translation>blockinfile akzeptiert insertafter oder insertbefore, nicht beides; entfernen Sie eines davon.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::CommandModule</name>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>only command or argv can be given, not both</source>
        <translation>nur command oder argv kann angegeben werden, nicht beides</translation>
    </message>
</context>
<context>
    <name>antler::playbook::CopyModule</name>
    <message>
        <source>copy needs dest: the path on the host to write to.</source>
        <translation>copy braucht dest: den Pfad auf dem Host, in den geschrieben wird.</translation>
    </message>
    <message>
        <source>copy takes src or content, not both; remove one of them.</source>
        <translation>copy akzeptiert src oder content, nicht beides; entfernen Sie eines davon.</translation>
    </message>
    <message>
        <source>copy needs src (a file next to the playbook) or content (the text to write).</source>
        <translation>copy braucht src (eine Datei neben dem Playbook) oder content (den zu schreibenden Text).</translation>
    </message>
    <message>
        <source>copy cannot use content with a folder as dest (%1); name the file to write.</source>
        <translation>copy kann content nicht mit einem Ordner als dest verwenden (%1); nennen Sie die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1 on the controller; check its permissions.</source>
        <translation>%1 kann auf dem Controller nicht gelesen werden; prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <source>The SHA1 checksum of %1 is %2, not the expected %3; check the file or the checksum argument.</source>
        <translation>Die SHA1-Prüfsumme von %1 ist %2, nicht die erwartete %3; prüfen Sie die Datei oder das Argument checksum.</translation>
    </message>
    <message>
        <source>Cannot copy to %1 on %2: it is a folder; name a file or end dest with &apos;/&apos;.</source>
        <translation>Kopieren nach %1 auf %2 nicht möglich: es ist ein Ordner; nennen Sie eine Datei oder beenden Sie dest mit &apos;/&apos;.</translation>
    </message>
    <message>
        <source>Destination directory %1 does not exist on %2; create it first (file: state=directory) or end dest with &apos;/&apos;.</source>
        <translation>Der Zielordner %1 existiert auf %2 nicht; legen Sie ihn zuerst an (file: state=directory) oder beenden Sie dest mit &apos;/&apos;.</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>%1 schreiben</translation>
    </message>
    <message>
        <source>change the attributes of %1</source>
        <translation>die Attribute von %1 ändern</translation>
    </message>
    <message>
        <source>Source %1 not found on %2; check src or drop remote_src to copy from the controller.</source>
        <translation>Die Quelle %1 wurde auf %2 nicht gefunden; prüfen Sie src oder lassen Sie remote_src weg, um vom Controller zu kopieren.</translation>
    </message>
    <message>
        <source>copy %1 to %2</source>
        <translation>%1 nach %2 kopieren</translation>
    </message>
    <message>
        <source>Cannot copy into %1 on %2: it exists and is not a folder.</source>
        <translation>Kopieren in %1 auf %2 nicht möglich: es existiert und ist kein Ordner.</translation>
    </message>
    <message>
        <source>create the folders under %1</source>
        <translation>die Ordner unter %1 anlegen</translation>
    </message>
</context>
<context>
    <name>antler::playbook::CronModule</name>
    <message>
        <source>The cron task needs a name: it is how the job is found again (the &quot;#Ansible: NAME&quot; line).</source>
        <translation>Die cron-Aufgabe braucht einen Namen: daran wird der Job wiedergefunden (die Zeile &quot;#Ansible: NAME&quot;).</translation>
    </message>
    <message>
        <source>You must specify &apos;job&apos; to install a new cron job or variable</source>
        <translation>Sie müssen &apos;job&apos; angeben, um einen neuen cron-Job oder eine neue Variable anzulegen</translation>
    </message>
    <message>
        <source>The cron job &apos;%1&apos; contains a line break; a crontab entry must be one line.</source>
        <translation>Der cron-Job &apos;%1&apos; enthält einen Zeilenumbruch; ein crontab-Eintrag muss einzeilig sein.</translation>
    </message>
    <message>
        <source>To use cron_file=... parameter you must specify user=... as well</source>
        <translation>Um den Parameter cron_file=... zu verwenden, müssen Sie auch user=... angeben</translation>
    </message>
    <message>
        <source>Could not write the crontab%1 on %2: %3</source>
        <translation>Die crontab%1 auf %2 konnte nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>Could not read the crontab on %1: %2</source>
        <translation>Die crontab auf %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not read the crontab of %1 on %2: %3</source>
        <translation>Die crontab von %1 auf %2 konnte nicht gelesen werden: %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::DebugModule</name>
    <message>
        <source>&apos;msg&apos; and &apos;var&apos; are incompatible options</source>
        <translation>&apos;msg&apos; und &apos;var&apos; schließen sich gegenseitig aus</translation>
    </message>
</context>
<context>
    <name>antler::playbook::FetchModule</name>
    <message>
        <source>fetch needs src (the file on the host) and dest (a folder on the controller).</source>
        <translation>fetch braucht src (die Datei auf dem Host) und dest (einen Ordner auf dem Controller).</translation>
    </message>
    <message>
        <source>fetch of %1</source>
        <translation>Abruf von %1</translation>
    </message>
    <message>
        <source>Cannot read %1 on %2: %3; check the path and the become settings.</source>
        <translation>%1 kann auf %2 nicht gelesen werden: %3; prüfen Sie den Pfad und die become-Einstellungen.</translation>
    </message>
    <message>
        <source>Cannot write %1 on the controller: %2.</source>
        <translation>%1 kann auf dem Controller nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::FileMode</name>
    <message>
        <source>mode %1 is not a valid mode; only permission bits (at most 07777) are allowed, write it as an octal string like &apos;0644&apos; or symbolically like &apos;u=rw,g=r,o=r&apos;.</source>
        <translation>mode %1 ist kein gültiger Modus; nur Berechtigungsbits (höchstens 07777) sind erlaubt, schreiben Sie ihn als Oktal-String wie &apos;0644&apos; oder symbolisch wie &apos;u=rw,g=r,o=r&apos;.</translation>
    </message>
    <message>
        <source>mode &apos;%1&apos; is not a valid mode; only permission bits (at most 07777) are allowed.</source>
        <translation>mode &apos;%1&apos; ist kein gültiger Modus; nur Berechtigungsbits (höchstens 07777) sind erlaubt.</translation>
    </message>
    <message>
        <source>mode &apos;%1&apos; is neither octal nor symbolic: bad clause &apos;%2&apos;; write it like &apos;0644&apos; or &apos;u=rw,g=r,o=r&apos;.</source>
        <translation>mode &apos;%1&apos; ist weder oktal noch symbolisch: fehlerhafte Klausel &apos;%2&apos;; schreiben Sie ihn wie &apos;0644&apos; oder &apos;u=rw,g=r,o=r&apos;.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::FileModule</name>
    <message>
        <source>file needs path: the file or folder on the host.</source>
        <translation>file braucht path: die Datei oder den Ordner auf dem Host.</translation>
    </message>
    <message>
        <source>src option requires state to be &apos;link&apos; or &apos;hard&apos; (path %1).</source>
        <translation>die Option src verlangt state &apos;link&apos; oder &apos;hard&apos; (Pfad %1).</translation>
    </message>
    <message>
        <source>recurse option requires state to be &apos;directory&apos; (path %1).</source>
        <translation>die Option recurse verlangt state &apos;directory&apos; (Pfad %1).</translation>
    </message>
    <message>
        <source>file (%1) is %2, cannot continue</source>
        <translation>Datei (%1) ist %2, Abbruch</translation>
    </message>
    <message>
        <source>%1 already exists as a %2</source>
        <translation>%1 existiert bereits als %2</translation>
    </message>
    <message>
        <source>src is required for creating new symlinks (path %1).</source>
        <translation>src ist erforderlich, um neue symbolische Links anzulegen (Pfad %1).</translation>
    </message>
    <message>
        <source>src file does not exist, use &quot;force=yes&quot; if you really want to create the link: %1</source>
        <translation>die src-Datei existiert nicht; verwenden Sie &quot;force=yes&quot;, wenn Sie den Link wirklich anlegen wollen: %1</translation>
    </message>
    <message>
        <source>refusing to convert from directory to symlink for %1</source>
        <translation>Umwandlung von Ordner in symbolischen Link für %1 verweigert</translation>
    </message>
    <message>
        <source>refusing to convert from %1 to symlink for %2</source>
        <translation>Umwandlung von %1 in symbolischen Link für %2 verweigert</translation>
    </message>
    <message>
        <source>src is required for creating new hard links (path %1).</source>
        <translation>src ist erforderlich, um neue harte Links anzulegen (Pfad %1).</translation>
    </message>
    <message>
        <source>src does not exist: %1 (for the hard link %2)</source>
        <translation>src existiert nicht: %1 (für den harten Link %2)</translation>
    </message>
    <message>
        <source>refusing to convert from directory to hard link for %1</source>
        <translation>Umwandlung von Ordner in harten Link für %1 verweigert</translation>
    </message>
    <message>
        <source>Cannot link %1: it exists as a %2</source>
        <translation>%1 kann nicht verlinkt werden: es existiert als %2</translation>
    </message>
    <message>
        <source>set %1 to state %2</source>
        <translation>%1 in den Zustand %2 versetzen</translation>
    </message>
</context>
<context>
    <name>antler::playbook::FileModuleBase</name>
    <message>
        <source>status of %1</source>
        <translation>Status von %1</translation>
    </message>
    <message>
        <source>Cannot read the status of %1 on %2: %3; check the path and the become settings.</source>
        <translation>Der Status von %1 auf %2 kann nicht gelesen werden: %3; prüfen Sie den Pfad und die become-Einstellungen.</translation>
    </message>
    <message>
        <source>Cannot read the status of files on %1: %2</source>
        <translation>Der Status von Dateien auf %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>Cannot %1 on %2: %3; check the path, the permissions and the become settings.</source>
        <translation>Auf %2 fehlgeschlagen: %1 (%3); prüfen Sie den Pfad, die Berechtigungen und die become-Einstellungen.</translation>
    </message>
    <message>
        <source>Cannot %1 on %2: %3</source>
        <translation>Auf %2 fehlgeschlagen: %1 (%3)</translation>
    </message>
    <message>
        <source>Could not find or access &apos;%1&apos; on the Ansible Controller; give an absolute path or put it next to the playbook.</source>
        <translation>&apos;%1&apos; wurde auf dem Ansible-Controller nicht gefunden oder ist nicht zugänglich; geben Sie einen absoluten Pfad an oder legen Sie die Datei neben das Playbook.</translation>
    </message>
    <message>
        <source>Could not find or access &apos;%1&apos; on the Ansible Controller; searched: %2. Put the file in one of these places or give an absolute path.</source>
        <translation>&apos;%1&apos; wurde auf dem Ansible-Controller nicht gefunden oder ist nicht zugänglich; durchsucht: %2. Legen Sie die Datei an einen dieser Orte oder geben Sie einen absoluten Pfad an.</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>%1 schreiben</translation>
    </message>
    <message>
        <source>change the attributes of %1</source>
        <translation>die Attribute von %1 ändern</translation>
    </message>
</context>
<context>
    <name>antler::playbook::GetUrlModule</name>
    <message>
        <source>The checksum parameter has to be in format &lt;algorithm&gt;:&lt;checksum&gt;, like sha256:9f86d0…; got &apos;%1&apos;.</source>
        <translation>Der Parameter checksum muss das Format &lt;algorithm&gt;:&lt;checksum&gt; haben, etwa sha256:9f86d0…; erhalten: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unsupported checksum algorithm &apos;%1&apos;; use one of %2.</source>
        <translation>Nicht unterstützter Prüfsummen-Algorithmus &apos;%1&apos;; verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <source>get_url needs url and dest.</source>
        <translation>get_url braucht url und dest.</translation>
    </message>
    <message>
        <source>download of %1</source>
        <translation>Download von %1</translation>
    </message>
    <message>
        <source>Request failed: %1 could not be downloaded by %2: %3</source>
        <translation>Anfrage fehlgeschlagen: %1 konnte von %2 nicht heruntergeladen werden: %3</translation>
    </message>
    <message>
        <source>change the attributes of %1</source>
        <translation>die Attribute von %1 ändern</translation>
    </message>
</context>
<context>
    <name>antler::playbook::GroupModule</name>
    <message>
        <source>gid must be a number, got &apos;%1&apos;</source>
        <translation>gid muss eine Zahl sein, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing required arguments: name</source>
        <translation>fehlende erforderliche Argumente: name</translation>
    </message>
    <message>
        <source>Could not read the group %1 on %2: %3</source>
        <translation>Die Gruppe %1 auf %2 konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; failed on %2: %3</source>
        <translation>&apos;%1&apos; ist auf %2 fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::HostLimit</name>
    <message>
        <source>cannot read the limit file %1; check the path after --limit @, or give a host pattern.</source>
        <translation>die Limit-Datei %1 kann nicht gelesen werden; prüfen Sie den Pfad nach --limit @ oder geben Sie ein Hostmuster an.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::HostnameModule</name>
    <message>
        <source>missing required arguments: name</source>
        <translation>fehlende erforderliche Argumente: name</translation>
    </message>
    <message>
        <source>Could not read the host name of %1: %2</source>
        <translation>Der Hostname von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not set the running host name of %1 to %2: %3. /etc/hostname was written and takes effect at the next boot; in a container the engine sets the host name (podman --hostname).</source>
        <translation>Der laufende Hostname von %1 konnte nicht auf %2 gesetzt werden: %3. /etc/hostname wurde geschrieben und wirkt beim nächsten Start; in einem Container setzt die Engine den Hostnamen (podman --hostname).</translation>
    </message>
    <message>
        <source>Could not set the host name of %1 to %2: %3</source>
        <translation>Der Hostname von %1 konnte nicht auf %2 gesetzt werden: %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::IncludePlan</name>
    <message>
        <source>the tasks of %1 cannot be included: %2</source>
        <translation>die Aufgaben von %1 können nicht eingebunden werden: %2</translation>
    </message>
</context>
<context>
    <name>antler::playbook::IncludeVarsModule</name>
    <message>
        <source>Cannot read the vars file %1: %2.</source>
        <translation>Die Variablendatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The vars file %1:%2:%3 is not valid YAML (%4); check the indentation and the quotes there.</source>
        <translation>Die Variablendatei %1:%2:%3 ist kein gültiges YAML (%4); prüfen Sie dort die Einrückung und die Anführungszeichen.</translation>
    </message>
    <message>
        <source>%1 must be stored as a dictionary/hash</source>
        <translation>%1 muss als Dictionary/Hash gespeichert sein</translation>
    </message>
    <message>
        <source>files_matching “%1” is not a valid regular expression (%2); fix the pattern.</source>
        <translation>files_matching „%1“ ist kein gültiger regulärer Ausdruck (%2); korrigieren Sie das Muster.</translation>
    </message>
    <message>
        <source>%1 does not have a valid extension: %2; rename it or set ignore_unknown_extensions.</source>
        <translation>%1 hat keine gültige Endung: %2; benennen Sie die Datei um oder setzen Sie ignore_unknown_extensions.</translation>
    </message>
    <message>
        <source>You are mixing file only and dir only arguments, these are incompatible</source>
        <translation>Sie mischen Argumente nur für Dateien mit Argumenten nur für Verzeichnisse, diese sind nicht miteinander vereinbar</translation>
    </message>
    <message>
        <source>include_vars needs a file or a dir; write “include_vars: FILE” or give file: or dir:.</source>
        <translation>include_vars braucht eine Datei oder ein Verzeichnis; schreiben Sie „include_vars: FILE“ oder geben Sie file: oder dir: an.</translation>
    </message>
    <message>
        <source>hash_behaviour: merge is not supported; Antler replaces variables, as Ansible does by default.</source>
        <translation>hash_behaviour: merge wird nicht unterstützt; Antler ersetzt Variablen, wie Ansible es standardmäßig tut.</translation>
    </message>
    <message>
        <source>%1 directory does not exist</source>
        <translation>Das Verzeichnis %1 existiert nicht</translation>
    </message>
</context>
<context>
    <name>antler::playbook::IniFileModule</name>
    <message>
        <source>parameters are mutually exclusive: value|values</source>
        <translation>Parameter schließen sich gegenseitig aus: value|values</translation>
    </message>
    <message>
        <source>Parameter &apos;value(s)&apos; must be defined if state=present and allow_no_value=False.</source>
        <translation>Der Parameter &apos;value(s)&apos; muss angegeben werden, wenn state=present und allow_no_value=False.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::LineInFileModule</name>
    <message>
        <source>lineinfile needs path: the file on the host to edit.</source>
        <translation>lineinfile braucht path: die zu bearbeitende Datei auf dem Host.</translation>
    </message>
    <message>
        <source>lineinfile takes regexp or search_string, not both; remove one of them.</source>
        <translation>lineinfile akzeptiert regexp oder search_string, nicht beides; entfernen Sie eines davon.</translation>
    </message>
    <message>
        <source>lineinfile takes insertafter or insertbefore, not both; remove one of them.</source>
        <translation>lineinfile akzeptiert insertafter oder insertbefore, nicht beides; entfernen Sie eines davon.</translation>
    </message>
    <message>
        <source>lineinfile with state=present needs line: the text the file must contain.</source>
        <translation>lineinfile mit state=present braucht line: den Text, den die Datei enthalten muss.</translation>
    </message>
    <message>
        <source>lineinfile: regexp is required with backrefs=true.</source>
        <translation>lineinfile: regexp ist mit backrefs=true erforderlich.</translation>
    </message>
    <message>
        <source>lineinfile with state=absent needs one of line, regexp or search_string.</source>
        <translation>lineinfile mit state=absent braucht line, regexp oder search_string.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::Module</name>
    <message>
        <source>the task was cancelled</source>
        <translation>die Aufgabe wurde abgebrochen</translation>
    </message>
    <message>
        <source>no connection to %1</source>
        <translation>keine Verbindung zu %1</translation>
    </message>
</context>
<context>
    <name>antler::playbook::MountModule</name>
    <message>
        <source>state is %1 but all of the following are missing: %2</source>
        <translation>state ist %1, aber alle folgenden fehlen: %2</translation>
    </message>
    <message>
        <source>Failed to open %1 on %2: %3</source>
        <translation>%1 konnte auf %2 nicht geöffnet werden: %3</translation>
    </message>
    <message>
        <source>Error mounting %1: %2</source>
        <translation>Fehler beim Einhängen von %1: %2</translation>
    </message>
    <message>
        <source>Error unmounting %1: %2</source>
        <translation>Fehler beim Aushängen von %1: %2</translation>
    </message>
    <message>
        <source>Error rmdir %1: %2</source>
        <translation>Fehler bei rmdir %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1 on %2: %3</source>
        <translation>%1 konnte auf %2 nicht geschrieben werden: %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::PackageFactsModule</name>
    <message>
        <source>package_facts on %1 reads only apt&apos;s packages (manager: auto or apt), not “%2”; ask for manager: apt.</source>
        <translation>package_facts auf %1 liest nur die Pakete von apt (manager: auto oder apt), nicht „%2“; verlangen Sie manager: apt.</translation>
    </message>
    <message>
        <source>Could not detect a supported package manager from the following list: [&apos;apt&apos;], or the required Python library is not installed. Check warnings for details.</source>
        <translation>Aus der folgenden Liste konnte kein unterstützter Paketmanager erkannt werden: [&apos;apt&apos;], oder die benötigte Python-Bibliothek ist nicht installiert. Details in den Warnungen.</translation>
    </message>
    <message>
        <source>dpkg-query failed on %1: %2</source>
        <translation>dpkg-query ist auf %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>antler::playbook::PackageModule</name>
    <message>
        <source>The package manager of %1 is %2; Antler&apos;s package module drives apt only, so use apt hosts or run this play with ansible-playbook.</source>
        <translation>Der Paketmanager von %1 ist %2; das package-Modul von Antler steuert nur apt, verwenden Sie also apt-Hosts oder führen Sie dieses Play mit ansible-playbook aus.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::PauseModule</name>
    <message>
        <source>parameters are mutually exclusive: minutes|seconds</source>
        <translation>Parameter schließen sich gegenseitig aus: minutes|seconds</translation>
    </message>
    <message>
        <source>the pause at %1 waits for a key press, which a headless run cannot give; set seconds or minutes.</source>
        <translation>die Pause bei %1 wartet auf einen Tastendruck, den ein Lauf ohne Oberfläche nicht liefern kann; setzen Sie seconds oder minutes.</translation>
    </message>
    <message>
        <source>non-integer value given for prompt duration:
%1</source>
        <translation>keine ganze Zahl als Dauer der Eingabeaufforderung angegeben:
%1</translation>
    </message>
    <message>
        <source>the task was cancelled</source>
        <translation>die Aufgabe wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>antler::playbook::PlaybookKeywords</name>
    <message>
        <source>prompting is not supported in a headless run; pass the values with -e</source>
        <translation>Abfragen werden in einem Lauf ohne Oberfläche nicht unterstützt; übergeben Sie die Werte mit -e</translation>
    </message>
    <message>
        <source>set ansible_connection in the inventory instead</source>
        <translation>setzen Sie stattdessen ansible_connection im Inventar</translation>
    </message>
    <message>
        <source>set ansible_user in the inventory instead</source>
        <translation>setzen Sie stattdessen ansible_user im Inventar</translation>
    </message>
    <message>
        <source>set ansible_port in the inventory instead</source>
        <translation>setzen Sie stattdessen ansible_port im Inventar</translation>
    </message>
    <message>
        <source>only ansible.builtin modules are available</source>
        <translation>nur ansible.builtin-Module sind verfügbar</translation>
    </message>
    <message>
        <source>write the arguments on each task</source>
        <translation>schreiben Sie die Argumente an jede Aufgabe</translation>
    </message>
    <message>
        <source>only sudo is supported</source>
        <translation>nur sudo wird unterstützt</translation>
    </message>
    <message>
        <source>only plain sudo is supported</source>
        <translation>nur einfaches sudo wird unterstützt</translation>
    </message>
    <message>
        <source>hosts run in inventory order</source>
        <translation>Hosts laufen in der Reihenfolge des Inventars</translation>
    </message>
    <message>
        <source>use --forks instead</source>
        <translation>verwenden Sie stattdessen --forks</translation>
    </message>
    <message>
        <source>task timeouts are not supported</source>
        <translation>Zeitlimits für Aufgaben werden nicht unterstützt</translation>
    </message>
    <message>
        <source>it is not supported</source>
        <translation>es wird nicht unterstützt</translation>
    </message>
    <message>
        <source>facts are gathered as one set</source>
        <translation>Facts werden als eine Menge gesammelt</translation>
    </message>
    <message>
        <source>facts are gathered without a timeout</source>
        <translation>Facts werden ohne Zeitlimit gesammelt</translation>
    </message>
    <message>
        <source>local facts are not supported</source>
        <translation>lokale Facts werden nicht unterstützt</translation>
    </message>
    <message>
        <source>the task debugger is not supported</source>
        <translation>der Aufgaben-Debugger wird nicht unterstützt</translation>
    </message>
    <message>
        <source>write it on the tasks instead</source>
        <translation>schreiben Sie es stattdessen an die Aufgaben</translation>
    </message>
    <message>
        <source>write the module as usual and add “delegate_to: localhost”</source>
        <translation>schreiben Sie das Modul wie gewohnt und fügen Sie „delegate_to: localhost“ hinzu</translation>
    </message>
    <message>
        <source>write the module name as the key, such as “command: uptime”</source>
        <translation>schreiben Sie den Modulnamen als Schlüssel, etwa „command: uptime“</translation>
    </message>
    <message>
        <source>facts always belong to the host the task runs for</source>
        <translation>Facts gehören immer zu dem Host, für den die Aufgabe läuft</translation>
    </message>
    <message>
        <source>it was removed from Ansible; use include_tasks or import_tasks</source>
        <translation>es wurde aus Ansible entfernt; verwenden Sie include_tasks oder import_tasks</translation>
    </message>
    <message>
        <source>import_playbook is only allowed at the top level of a playbook</source>
        <translation>import_playbook ist nur auf der obersten Ebene eines Playbooks erlaubt</translation>
    </message>
    <message>
        <source>a failure percentage is not supported; a batch whose hosts all fail ends the run</source>
        <translation>ein Fehleranteil in Prozent wird nicht unterstützt; ein Durchgang, in dem alle Hosts fehlschlagen, beendet den Lauf</translation>
    </message>
</context>
<context>
    <name>antler::playbook::PlaybookParser</name>
    <message>
        <source>cannot read the playbook (%1); check the path and its permissions.</source>
        <translation>das Playbook kann nicht gelesen werden (%1); prüfen Sie den Pfad und seine Berechtigungen.</translation>
    </message>
    <message>
        <source>an unclosed %1 quote</source>
        <translation>ein nicht geschlossenes %1-Anführungszeichen</translation>
    </message>
    <message>
        <source>an unclosed {{ template</source>
        <translation>eine nicht geschlossene {{-Vorlage</translation>
    </message>
    <message>
        <source>the task notifies “%1”, but the play has no handler of that name or listen topic; add the handler or fix the name.</source>
        <translation>die Aufgabe benachrichtigt „%1“, aber das Play hat keinen Handler dieses Namens oder listen-Themas; fügen Sie den Handler hinzu oder korrigieren Sie den Namen.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <source>a path</source>
        <translation>ein Pfad</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>the module “%1” has no argument “%2”; use one of: %3.</source>
        <translation>das Modul „%1“ hat kein Argument „%2“; verwenden Sie eines von: %3.</translation>
    </message>
    <message>
        <source>the module “%1” has no argument “%2”; did you mean “%3”? Valid are: %4.</source>
        <translation>das Modul „%1“ hat kein Argument „%2“; meinten Sie „%3“? Gültig sind: %4.</translation>
    </message>
    <message>
        <source>the argument “%1” of “%2” is given twice (maybe through an alias); keep only one.</source>
        <translation>das Argument „%1“ von „%2“ ist doppelt angegeben (vielleicht über einen Alias); behalten Sie nur eines.</translation>
    </message>
    <message>
        <source>“argv” must be a non-empty list of words; write each word as an entry starting with “- ”.</source>
        <translation>„argv“ muss eine nicht leere Liste von Wörtern sein; schreiben Sie jedes Wort als Eintrag, der mit „- “ beginnt.</translation>
    </message>
    <message>
        <source>the argument “%1” of “%2” must be %3; write it as %3 or as a template.</source>
        <translation>das Argument „%1“ von „%2“ muss %3 sein; schreiben Sie es als %3 oder als Vorlage.</translation>
    </message>
    <message>
        <source>“%1” is not a valid value for “%2”; use one of: %3.</source>
        <translation>„%1“ ist kein gültiger Wert für „%2“; verwenden Sie einen von: %3.</translation>
    </message>
    <message>
        <source>“%1” is not a valid value for “%2” of “%3”; use one of: %4.</source>
        <translation>„%1“ ist kein gültiger Wert für „%2“ von „%3“; verwenden Sie einen von: %4.</translation>
    </message>
    <message>
        <source>the arguments of “%1” cannot be read (%2); write them as a mapping on the next lines, indented.</source>
        <translation>die Argumente von „%1“ können nicht gelesen werden (%2); schreiben Sie sie als Zuordnung eingerückt in die folgenden Zeilen.</translation>
    </message>
    <message>
        <source>“%1” takes key=value words on its line, and “%2” is not one; write the arguments as a mapping on the next lines, indented.</source>
        <translation>„%1“ erwartet key=value-Wörter in seiner Zeile, und „%2“ ist keines; schreiben Sie die Argumente als Zuordnung eingerückt in die folgenden Zeilen.</translation>
    </message>
    <message>
        <source>“%1” takes no arguments by name; write the command as text on the same line, such as “raw: uptime”.</source>
        <translation>„%1“ akzeptiert keine benannten Argumente; schreiben Sie den Befehl als Text in dieselbe Zeile, etwa „raw: uptime“.</translation>
    </message>
    <message>
        <source>the arguments of “%1” must be text or a mapping, not a list; write them as “name: value” lines below it.</source>
        <translation>die Argumente von „%1“ müssen Text oder eine Zuordnung sein, keine Liste; schreiben Sie sie als „name: value“-Zeilen darunter.</translation>
    </message>
    <message>
        <source>“args” must be a mapping of argument names to values; write one “name: value” per line below it.</source>
        <translation>„args“ muss eine Zuordnung von Argumentnamen zu Werten sein; schreiben Sie darunter ein „name: value“ pro Zeile.</translation>
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
    <message>
        <source>“argv” of “%1” is empty; write each word as an entry starting with “- ”.</source>
        <translation>„argv“ von „%1“ ist leer; schreiben Sie jedes Wort als Eintrag, der mit „- “ beginnt.</translation>
    </message>
    <message>
        <source>its value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>“%1” needs the argument “%2”; add it.</source>
        <translation>„%1“ braucht das Argument „%2“; fügen Sie es hinzu.</translation>
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
        <source>“%1” is not supported beside import_playbook; only “name” is, so move it into the imported plays.</source>
        <translation>„%1“ wird neben import_playbook nicht unterstützt, nur „name“; verschieben Sie es in die importierten Plays.</translation>
    </message>
    <message>
        <source>the file name of import_playbook is a template, which is read before any variable exists; write the file name as plain text.</source>
        <translation>der Dateiname von import_playbook ist eine Vorlage, die gelesen wird, bevor es Variablen gibt; schreiben Sie den Dateinamen als einfachen Text.</translation>
    </message>
    <message>
        <source>imported playbook</source>
        <translation>das importierte Playbook</translation>
    </message>
    <message>
        <source>a play must be a mapping of keywords; write it as “- hosts: all” followed by its name and tasks.</source>
        <translation>ein Play muss eine Zuordnung von Schlüsselwörtern sein; schreiben Sie es als „- hosts: all“, gefolgt von seinem Namen und seinen Aufgaben.</translation>
    </message>
    <message>
        <source>“%1” is not a play keyword; write it on the tasks, or on a block around them.</source>
        <translation>„%1“ ist kein Play-Schlüsselwort; schreiben Sie es an die Aufgaben oder an einen Block um sie.</translation>
    </message>
    <message>
        <source>the play keyword “%1” is not supported by Antler (%2); remove it, or run this playbook with ansible-playbook.</source>
        <translation>das Play-Schlüsselwort „%1“ wird von Antler nicht unterstützt (%2); entfernen Sie es oder führen Sie dieses Playbook mit ansible-playbook aus.</translation>
    </message>
    <message>
        <source>import_playbook must be an entry of its own in the list of plays; write “- import_playbook: FILE” at the top level.</source>
        <translation>import_playbook muss ein eigener Eintrag in der Liste der Plays sein; schreiben Sie „- import_playbook: FILE“ auf oberster Ebene.</translation>
    </message>
    <message>
        <source>“%1” is a module, not a play keyword, so this looks like a list of tasks; put the tasks under “tasks:” of a play with “hosts:”, or import this file with import_tasks.</source>
        <translation>„%1“ ist ein Modul, kein Play-Schlüsselwort, das hier sieht also nach einer Liste von Aufgaben aus; setzen Sie die Aufgaben unter „tasks:“ eines Plays mit „hosts:“ oder importieren Sie diese Datei mit import_tasks.</translation>
    </message>
    <message>
        <source>“%1” is not a play keyword; use one of: %2.</source>
        <translation>„%1“ ist kein Play-Schlüsselwort; verwenden Sie eines von: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a play keyword; check its spelling (did you mean “%2”?).</source>
        <translation>„%1“ ist kein Play-Schlüsselwort; prüfen Sie die Schreibweise (meinten Sie „%2“?).</translation>
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
        <source>“hosts” is a template, which this version does not resolve; write the pattern itself, such as all, and narrow it with --limit.</source>
        <translation>„hosts“ ist eine Vorlage, die diese Version nicht auflöst; schreiben Sie das Muster selbst, etwa all, und schränken Sie es mit --limit ein.</translation>
    </message>
    <message>
        <source>“vars_files” must be a list of file names; write one per line starting with “- ”.</source>
        <translation>„vars_files“ muss eine Liste von Dateinamen sein; schreiben Sie einen pro Zeile, beginnend mit „- “.</translation>
    </message>
    <message>
        <source>each entry of “vars_files” must be one file name; lists of alternatives are not supported, so name the file to load.</source>
        <translation>jeder Eintrag von „vars_files“ muss ein einzelner Dateiname sein; Listen von Alternativen werden nicht unterstützt, nennen Sie also die zu ladende Datei.</translation>
    </message>
    <message>
        <source>the vars_files name “%1” is a template, which this version does not resolve; write the file name as plain text.</source>
        <translation>der vars_files-Name „%1“ ist eine Vorlage, die diese Version nicht auflöst; schreiben Sie den Dateinamen als einfachen Text.</translation>
    </message>
    <message>
        <source>vars file</source>
        <translation>die Variablendatei</translation>
    </message>
    <message>
        <source>a vars file must be a mapping of variable names to values; write one “name: value” per line.</source>
        <translation>eine Variablendatei muss eine Zuordnung von Variablennamen zu Werten sein; schreiben Sie ein „name: value“ pro Zeile.</translation>
    </message>
    <message>
        <source>the role “%1” has no %2 file “%3” (looked for %4); create it or fix “%2_from”.</source>
        <translation>die Rolle „%1“ hat keine %2-Datei „%3“ (gesucht wurde %4); legen Sie sie an oder korrigieren Sie „%2_from“.</translation>
    </message>
    <message>
        <source>role variables file</source>
        <translation>die Rollenvariablendatei</translation>
    </message>
    <message>
        <source>a role&apos;s defaults and vars must be a mapping of variable names to values; write one “name: value” per line.</source>
        <translation>defaults und vars einer Rolle müssen eine Zuordnung von Variablennamen zu Werten sein; schreiben Sie ein „name: value“ pro Zeile.</translation>
    </message>
    <message>
        <source>this role entry names its role twice; keep only “role:”.</source>
        <translation>dieser Rolleneintrag nennt seine Rolle doppelt; behalten Sie nur „role:“.</translation>
    </message>
    <message>
        <source>“%1” is not supported on a role; write it on the role&apos;s tasks instead.</source>
        <translation>„%1“ wird an einer Rolle nicht unterstützt; schreiben Sie es stattdessen an die Aufgaben der Rolle.</translation>
    </message>
    <message>
        <source>“%1” is neither a role keyword nor a valid parameter name; use letters, digits and underscores.</source>
        <translation>„%1“ ist weder ein Rollen-Schlüsselwort noch ein gültiger Parametername; verwenden Sie Buchstaben, Ziffern und Unterstriche.</translation>
    </message>
    <message>
        <source>each entry of “%1” must be a role name or a mapping with “role:”; write “- NAME” or “- role: NAME”.</source>
        <translation>jeder Eintrag von „%1“ muss ein Rollenname oder eine Zuordnung mit „role:“ sein; schreiben Sie „- NAME“ oder „- role: NAME“.</translation>
    </message>
    <message>
        <source>this role entry has no role name; add “role: NAME”.</source>
        <translation>dieser Rolleneintrag hat keinen Rollennamen; fügen Sie „role: NAME“ hinzu.</translation>
    </message>
    <message>
        <source>the role name “%1” is a template, which is read before any variable exists; write the role name as plain text.</source>
        <translation>der Rollenname „%1“ ist eine Vorlage, die gelesen wird, bevor es Variablen gibt; schreiben Sie den Rollennamen als einfachen Text.</translation>
    </message>
    <message>
        <source>the role “%1” was not found (looked in %2); create roles/%1/tasks/main.yml beside the playbook or fix the name.</source>
        <translation>die Rolle „%1“ wurde nicht gefunden (gesucht in %2); legen Sie roles/%1/tasks/main.yml neben dem Playbook an oder korrigieren Sie den Namen.</translation>
    </message>
    <message>
        <source>the role “%1” depends on itself through %2; remove the dependency or import_role that closes the loop.</source>
        <translation>die Rolle „%1“ hängt über %2 von sich selbst ab; entfernen Sie die Abhängigkeit oder das import_role, das den Kreis schließt.</translation>
    </message>
    <message>
        <source>role meta file</source>
        <translation>die Rollen-Metadatei</translation>
    </message>
    <message>
        <source>a role&apos;s meta/main.yml must be a mapping; write “dependencies:” and “allow_duplicates:” at the top level.</source>
        <translation>die meta/main.yml einer Rolle muss eine Zuordnung sein; schreiben Sie „dependencies:“ und „allow_duplicates:“ auf die oberste Ebene.</translation>
    </message>
    <message>
        <source>“dependencies” must be a list of roles; write one per line starting with “- ”, as under a play&apos;s “roles:”.</source>
        <translation>„dependencies“ muss eine Liste von Rollen sein; schreiben Sie eine pro Zeile, beginnend mit „- “, wie unter „roles:“ eines Plays.</translation>
    </message>
    <message>
        <source>“roles” must be a list of role names; write one per line starting with “- ”.</source>
        <translation>„roles“ muss eine Liste von Rollennamen sein; schreiben Sie einen pro Zeile, beginnend mit „- “.</translation>
    </message>
    <message>
        <source>“%1” takes key=value words on its line, and “%2” is not one; write “%1:” with “name: ROLE” on the next line, indented.</source>
        <translation>„%1“ nimmt key=value-Wörter auf seiner Zeile an, und „%2“ ist keines; schreiben Sie „%1:“ mit „name: ROLE“ eingerückt in der nächsten Zeile.</translation>
    </message>
    <message>
        <source>the arguments of “%1” must be a mapping, not a list; write “name: ROLE” on the next line, indented.</source>
        <translation>die Argumente von „%1“ müssen eine Zuordnung sein, keine Liste; schreiben Sie „name: ROLE“ eingerückt in die nächste Zeile.</translation>
    </message>
    <message>
        <source>“args” must be a mapping of argument names to values.</source>
        <translation>„args“ muss eine Zuordnung von Argumentnamen zu Werten sein.</translation>
    </message>
    <message>
        <source>“%1” of “%2” must be a name; write it on the same line.</source>
        <translation>„%1“ von „%2“ muss ein Name sein; schreiben Sie ihn in dieselbe Zeile.</translation>
    </message>
    <message>
        <source>“%1” names its role twice; keep only “name”.</source>
        <translation>„%1“ nennt seine Rolle zweimal; behalten Sie nur „name“.</translation>
    </message>
    <message>
        <source>the role name of include_role is a template, which this version does not resolve; write the role name as plain text, with one include_role and a “when:” for each role it may be.</source>
        <translation>der Rollenname von include_role ist eine Vorlage, die diese Version nicht auflöst; schreiben Sie den Rollennamen als einfachen Text, mit einem include_role und einem „when:“ für jede mögliche Rolle.</translation>
    </message>
    <message>
        <source>the role name of import_role is a template, which is read before any variable exists; write the role name as plain text.</source>
        <translation>der Rollenname von import_role ist eine Vorlage, die gelesen wird, bevor es Variablen gibt; schreiben Sie den Rollennamen als einfachen Text.</translation>
    </message>
    <message>
        <source>“%1” is a template, which this version does not resolve for “%2”; write the file name as plain text.</source>
        <translation>„%1“ ist eine Vorlage, die diese Version für „%2“ nicht auflöst; schreiben Sie den Dateinamen als einfachen Text.</translation>
    </message>
    <message>
        <source>“%1” of “%2” must be true or false; write one of them.</source>
        <translation>„%1“ von „%2“ muss true oder false sein; schreiben Sie einen der beiden Werte.</translation>
    </message>
    <message>
        <source>“public” belongs to include_role; import_role always makes the role&apos;s variables visible to the play, so remove it.</source>
        <translation>„public“ gehört zu include_role; import_role macht die Variablen der Rolle immer für das Play sichtbar, entfernen Sie es also.</translation>
    </message>
    <message>
        <source>“apply” of include_role is not supported; write the keywords on the role&apos;s tasks, or use import_role, which passes its keywords down.</source>
        <translation>„apply“ von include_role wird nicht unterstützt; schreiben Sie die Schlüsselwörter an die Aufgaben der Rolle oder verwenden Sie import_role, das seine Schlüsselwörter weitergibt.</translation>
    </message>
    <message>
        <source>“apply” belongs to include_role; write the keywords on the import_role task itself, which passes them down.</source>
        <translation>„apply“ gehört zu include_role; schreiben Sie die Schlüsselwörter an die import_role-Aufgabe selbst, die sie weitergibt.</translation>
    </message>
    <message>
        <source>“%1” has no argument “%2”; use one of: %3.</source>
        <translation>„%1“ hat kein Argument „%2“; verwenden Sie eines von: %3.</translation>
    </message>
    <message>
        <source>“%1” has no argument “%2”; did you mean “%3”? Valid are: %4.</source>
        <translation>„%1“ hat kein Argument „%2“; meinten Sie „%3“? Gültig sind: %4.</translation>
    </message>
    <message>
        <source>“%1” needs the argument “name” with the role to use; add “name: ROLE” below it.</source>
        <translation>„%1“ braucht das Argument „name“ mit der zu verwendenden Rolle; fügen Sie „name: ROLE“ darunter hinzu.</translation>
    </message>
    <message>
        <source>import_role is not supported among handlers; list the role under the play&apos;s “roles:”, which adds its handlers.</source>
        <translation>import_role wird unter Handlern nicht unterstützt; führen Sie die Rolle unter „roles:“ des Plays auf, was ihre Handler hinzufügt.</translation>
    </message>
    <message>
        <source>“%1” cannot be used on import_role, which only inlines the role&apos;s tasks; write it on the role&apos;s tasks instead.</source>
        <translation>„%1“ kann nicht an import_role verwendet werden, das nur die Aufgaben der Rolle einfügt; schreiben Sie es stattdessen an die Aufgaben der Rolle.</translation>
    </message>
    <message>
        <source>include_role is not supported among handlers; list the role under the play&apos;s “roles:”, which adds its handlers.</source>
        <translation>include_role wird unter Handlern nicht unterstützt; führen Sie die Rolle unter „roles:“ des Plays auf, was ihre Handler hinzufügt.</translation>
    </message>
    <message>
        <source>a loop on include_role is not supported in this version; write one include_role per item with its vars, or loop inside the role&apos;s tasks.</source>
        <translation>eine Schleife an include_role wird in dieser Version nicht unterstützt; schreiben Sie ein include_role pro Element mit seinen vars oder verwenden Sie die Schleife in den Aufgaben der Rolle.</translation>
    </message>
    <message>
        <source>“%1” cannot be used on include_role; write it on the role&apos;s tasks instead.</source>
        <translation>„%1“ kann nicht an include_role verwendet werden; schreiben Sie es stattdessen an die Aufgaben der Rolle.</translation>
    </message>
    <message>
        <source>task file</source>
        <translation>die Aufgabendatei</translation>
    </message>
    <message>
        <source>a task file must be a list of tasks; start each task with “- name:”.</source>
        <translation>eine Aufgabendatei muss eine Liste von Aufgaben sein; beginnen Sie jede Aufgabe mit „- name:“.</translation>
    </message>
    <message>
        <source>“%1” must be a list; start each task with “- name:”.</source>
        <translation>„%1“ muss eine Liste sein; beginnen Sie jede Aufgabe mit „- name:“.</translation>
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
        <source>“listen” belongs to handlers only; move this task under “handlers:” or remove “listen”.</source>
        <translation>„listen“ gehört nur zu Handlern; verschieben Sie diese Aufgabe unter „handlers:“ oder entfernen Sie „listen“.</translation>
    </message>
    <message>
        <source>this task already has a loop; keep only one of “loop” and “with_items”.</source>
        <translation>diese Aufgabe hat bereits eine Schleife; behalten Sie nur eines von „loop“ und „with_items“.</translation>
    </message>
    <message>
        <source>the task keyword “%1” is not supported by Antler (%2); remove it, or run this playbook with ansible-playbook.</source>
        <translation>das Aufgaben-Schlüsselwort „%1“ wird von Antler nicht unterstützt (%2); entfernen Sie es oder führen Sie dieses Playbook mit ansible-playbook aus.</translation>
    </message>
    <message>
        <source>this task already runs “%1”; a task runs exactly one module, so move “%2” into a task of its own.</source>
        <translation>diese Aufgabe führt bereits „%1“ aus; eine Aufgabe führt genau ein Modul aus, verschieben Sie „%2“ also in eine eigene Aufgabe.</translation>
    </message>
    <message>
        <source>the module “%1” is not supported by this version of Antler; use one of %2, or run this playbook with ansible-playbook.</source>
        <translation>das Modul „%1“ wird von dieser Version von Antler nicht unterstützt; verwenden Sie eines von %2 oder führen Sie dieses Playbook mit ansible-playbook aus.</translation>
    </message>
    <message>
        <source>“%1” is neither a task keyword nor a module; check its spelling, or use one of the modules %2.</source>
        <translation>„%1“ ist weder ein Aufgaben-Schlüsselwort noch ein Modul; prüfen Sie die Schreibweise oder verwenden Sie eines der Module %2.</translation>
    </message>
    <message>
        <source>“%1” is neither a task keyword nor a module; check its spelling (did you mean “%2”?).</source>
        <translation>„%1“ ist weder ein Aufgaben-Schlüsselwort noch ein Modul; prüfen Sie die Schreibweise (meinten Sie „%2“?).</translation>
    </message>
    <message>
        <source>a block cannot also run “%1”; move the module into a task inside the block.</source>
        <translation>ein Block kann nicht zusätzlich „%1“ ausführen; verschieben Sie das Modul in eine Aufgabe innerhalb des Blocks.</translation>
    </message>
    <message>
        <source>“%1” cannot be used on a block; write it on the tasks inside the block.</source>
        <translation>„%1“ kann nicht an einem Block verwendet werden; schreiben Sie es an die Aufgaben im Block.</translation>
    </message>
    <message>
        <source>“args” cannot be used on a block; write it on a task inside.</source>
        <translation>„args“ kann nicht an einem Block verwendet werden; schreiben Sie es an eine Aufgabe darin.</translation>
    </message>
    <message>
        <source>blocks are not supported among handlers; write each handler as a task of its own.</source>
        <translation>Blöcke werden unter Handlern nicht unterstützt; schreiben Sie jeden Handler als eigene Aufgabe.</translation>
    </message>
    <message>
        <source>“rescue” and “always” need a “block” beside them; add “block:” with the tasks to run first.</source>
        <translation>„rescue“ und „always“ brauchen einen „block“ daneben; fügen Sie „block:“ mit den zuerst auszuführenden Aufgaben hinzu.</translation>
    </message>
    <message>
        <source>this task runs no module; add one such as “command: …” or “debug: msg=…”.</source>
        <translation>diese Aufgabe führt kein Modul aus; fügen Sie eines hinzu, etwa „command: …“ oder „debug: msg=…“.</translation>
    </message>
    <message>
        <source>“loop” needs a list or a template that gives one, not the text “%1”; write “loop: &quot;{{ %1 }}&quot;” for a variable or a list below it.</source>
        <translation>„loop“ braucht eine Liste oder eine Vorlage, die eine ergibt, nicht den Text „%1“; schreiben Sie „loop: &quot;{{ %1 }}&quot;“ für eine Variable oder eine Liste darunter.</translation>
    </message>
    <message>
        <source>“%1” needs a list or a template that gives one, not %2; write the items one per line starting with “- ”.</source>
        <translation>„%1“ braucht eine Liste oder eine Vorlage, die eine ergibt, erhielt aber %2; schreiben Sie die Elemente einzeln pro Zeile, beginnend mit „- “.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>“loop_control” needs a loop on the same task; add “loop:” or remove “loop_control”.</source>
        <translation>„loop_control“ braucht eine Schleife in derselben Aufgabe; fügen Sie „loop:“ hinzu oder entfernen Sie „loop_control“.</translation>
    </message>
    <message>
        <source>“loop_control” must be a mapping; write “loop_var:”, “label:” or “index_var:” below it.</source>
        <translation>„loop_control“ muss eine Zuordnung sein; schreiben Sie darunter „loop_var:“, „label:“ oder „index_var:“.</translation>
    </message>
    <message>
        <source>“%1” is not a valid variable name for “%2”; use letters, digits and underscores.</source>
        <translation>„%1“ ist kein gültiger Variablenname für „%2“; verwenden Sie Buchstaben, Ziffern und Unterstriche.</translation>
    </message>
    <message>
        <source>loop_control “%1” is not supported; remove it (loop_var, label and index_var are).</source>
        <translation>loop_control „%1“ wird nicht unterstützt; entfernen Sie es (loop_var, label und index_var werden unterstützt).</translation>
    </message>
    <message>
        <source>“%1” is not a loop_control keyword; use loop_var, label or index_var.</source>
        <translation>„%1“ ist kein loop_control-Schlüsselwort; verwenden Sie loop_var, label oder index_var.</translation>
    </message>
    <message>
        <source>“apply” is not supported; put the keywords on the tasks of the included file, or use import_tasks.</source>
        <translation>„apply“ wird nicht unterstützt; setzen Sie die Schlüsselwörter an die Aufgaben der eingebundenen Datei oder verwenden Sie import_tasks.</translation>
    </message>
    <message>
        <source>“%1” has no argument “%2”; use “file”.</source>
        <translation>„%1“ hat kein Argument „%2“; verwenden Sie „file“.</translation>
    </message>
    <message>
        <source>“%1” takes a file name; write “%1: FILE.yml”.</source>
        <translation>„%1“ erwartet einen Dateinamen; schreiben Sie „%1: FILE.yml“.</translation>
    </message>
    <message>
        <source>“%1” names no file; write “%1: FILE.yml”.</source>
        <translation>„%1“ nennt keine Datei; schreiben Sie „%1: FILE.yml“.</translation>
    </message>
    <message>
        <source>“%1” cannot be used on import_tasks, which only inlines a file; use include_tasks, or write it on the imported tasks.</source>
        <translation>„%1“ kann nicht an import_tasks verwendet werden, das nur eine Datei einfügt; verwenden Sie include_tasks oder schreiben Sie es an die importierten Aufgaben.</translation>
    </message>
    <message>
        <source>the file name of import_tasks is a template, which is read before any variable exists; write the name as plain text, or use include_tasks.</source>
        <translation>der Dateiname von import_tasks ist eine Vorlage, die gelesen wird, bevor es Variablen gibt; schreiben Sie den Namen als einfachen Text oder verwenden Sie include_tasks.</translation>
    </message>
    <message>
        <source>include_tasks is not supported among handlers; write each handler as a task of its own.</source>
        <translation>include_tasks wird unter Handlern nicht unterstützt; schreiben Sie jeden Handler als eigene Aufgabe.</translation>
    </message>
    <message>
        <source>this is not valid YAML (%1); check the indentation and the quotes around this position.</source>
        <translation>das ist kein gültiges YAML (%1); prüfen Sie die Einrückung und die Anführungszeichen an dieser Stelle.</translation>
    </message>
    <message>
        <source>this line is indented with a tab, which YAML does not allow; indent with spaces only.</source>
        <translation>diese Zeile ist mit einem Tabulator eingerückt, was YAML nicht erlaubt; rücken Sie nur mit Leerzeichen ein.</translation>
    </message>
    <message>
        <source>“%1” includes itself (through %2); remove the loop.</source>
        <translation>„%1“ bindet sich selbst ein (über %2); entfernen Sie die Schleife.</translation>
    </message>
    <message>
        <source>cannot read the %1 %2 (%3); check the name and that the file exists.</source>
        <translation>%1 %2 kann nicht gelesen werden (%3); prüfen Sie den Namen und ob die Datei existiert.</translation>
    </message>
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
        <source>“%1” takes a literal number in this version, not a template; write a whole number.</source>
        <translation>„%1“ erwartet in dieser Version eine literale Zahl, keine Vorlage; schreiben Sie eine ganze Zahl.</translation>
    </message>
    <message>
        <source>“%1” must be a whole number, not “%2”; write for example 3.</source>
        <translation>„%1“ muss eine ganze Zahl sein, nicht „%2“; schreiben Sie zum Beispiel 3.</translation>
    </message>
    <message>
        <source>each entry of “%1” must be a single word or name, not a list or a mapping; write one per line.</source>
        <translation>jeder Eintrag von „%1“ muss ein einzelnes Wort oder ein Name sein, keine Liste oder Zuordnung; schreiben Sie einen pro Zeile.</translation>
    </message>
    <message>
        <source>“%1” must be a name or a list of names, not a mapping; write one per line starting with “- ”.</source>
        <translation>„%1“ muss ein Name oder eine Liste von Namen sein, keine Zuordnung; schreiben Sie einen pro Zeile, beginnend mit „- “.</translation>
    </message>
    <message>
        <source>each condition of “%1” must be an expression such as “result.rc == 0”, not a list or a mapping; write one per line.</source>
        <translation>jede Bedingung von „%1“ muss ein Ausdruck wie „result.rc == 0“ sein, keine Liste oder Zuordnung; schreiben Sie eine pro Zeile.</translation>
    </message>
    <message>
        <source>the condition of “%1” is empty; write an expression such as “result.rc == 0”.</source>
        <translation>die Bedingung von „%1“ ist leer; schreiben Sie einen Ausdruck wie „result.rc == 0“.</translation>
    </message>
    <message>
        <source>“%1” has no condition; write an expression after the colon.</source>
        <translation>„%1“ hat keine Bedingung; schreiben Sie einen Ausdruck hinter den Doppelpunkt.</translation>
    </message>
    <message>
        <source>“%1” must be an expression or a list of expressions, not a mapping; write it as “%1: name == &apos;value&apos;” (quote it if it contains a colon).</source>
        <translation>„%1“ muss ein Ausdruck oder eine Liste von Ausdrücken sein, keine Zuordnung; schreiben Sie „%1: name == &apos;value&apos;“ (in Anführungszeichen, wenn es einen Doppelpunkt enthält).</translation>
    </message>
    <message>
        <source>“%1” must be a mapping of names to values; write one “name: value” per line below it.</source>
        <translation>„%1“ muss eine Zuordnung von Namen zu Werten sein; schreiben Sie darunter ein „name: value“ pro Zeile.</translation>
    </message>
    <message>
        <source>“%1” is not a valid variable name; use letters, digits and underscores, not starting with a digit.</source>
        <translation>„%1“ ist kein gültiger Variablenname; verwenden Sie Buchstaben, Ziffern und Unterstriche, ohne Ziffer am Anfang.</translation>
    </message>
    <message>
        <source>this task already has a loop; keep only one of “loop” and “%1”.</source>
        <translation>diese Aufgabe hat bereits eine Schleife; behalten Sie nur eines von „loop“ und „%1“.</translation>
    </message>
    <message>
        <source>the loop “%1” is not supported; “loop”, “with_items”, “with_list”, “with_dict”, “with_subelements”, “with_nested”, “with_together”, “with_sequence”, “with_first_found”, “with_fileglob”, “with_pipe” and “with_template” are, so write “loop:” with a list or a template.</source>
        <translation>die Schleife „%1“ wird nicht unterstützt; „loop“, „with_items“, „with_list“, „with_dict“, „with_subelements“, „with_nested“, „with_together“, „with_sequence“, „with_first_found“, „with_fileglob“, „with_pipe“ und „with_template“ werden es, schreiben Sie also „loop:“ mit einer Liste oder einem Template.</translation>
    </message>
    <message>
        <source>“%1” needs terms to loop over; write them after the colon.</source>
        <translation>„%1“ braucht Elemente, über die iteriert wird; schreiben Sie sie hinter den Doppelpunkt.</translation>
    </message>
    <message>
        <source>“%1” must be true or false; write one of them, or a template.</source>
        <translation>„%1“ muss true oder false sein; schreiben Sie einen der beiden Werte oder ein Template.</translation>
    </message>
    <message>
        <source>the strategy “%1” is not supported; Antler runs plays with the linear or the free strategy, so remove “strategy” or write one of them.</source>
        <translation>die Strategie „%1“ wird nicht unterstützt; Antler führt Plays mit der Strategie linear oder free aus, entfernen Sie also „strategy“ oder schreiben Sie eine der beiden.</translation>
    </message>
    <message>
        <source>“serial” takes a number of hosts, a percentage such as 30%, or a list of them, not “%1”; write for example serial: 2.</source>
        <translation>„serial“ erwartet eine Anzahl von Hosts, einen Prozentsatz wie 30% oder eine Liste davon, nicht „%1“; schreiben Sie zum Beispiel serial: 2.</translation>
    </message>
    <message>
        <source>“serial” is an empty list; write a number of hosts, such as 2.</source>
        <translation>„serial“ ist eine leere Liste; schreiben Sie eine Anzahl von Hosts, etwa 2.</translation>
    </message>
    <message>
        <source>“poll: 0” leaves only command and shell tasks running in the background in this version, not “%1”; give the task a poll interval such as “poll: 5”, or run this playbook with ansible-playbook.</source>
        <translation>„poll: 0“ lässt in dieser Version nur command- und shell-Aufgaben im Hintergrund laufen, nicht „%1“; geben Sie der Aufgabe ein Abfrageintervall wie „poll: 5“ oder führen Sie dieses Playbook mit ansible-playbook aus.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::PythonRegex</name>
    <message>
        <source>%1 is not a valid regular expression: %2 at offset %3 of &apos;%4&apos;.</source>
        <translation>%1 ist kein gültiger regulärer Ausdruck: %2 an Position %3 von &apos;%4&apos;.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::RebootModule</name>
    <message>
        <source>the task was cancelled</source>
        <translation>die Aufgabe wurde abgebrochen</translation>
    </message>
    <message>
        <source>no connection to %1</source>
        <translation>keine Verbindung zu %1</translation>
    </message>
    <message>
        <source>Could not read the boot id of %1 before the reboot (&apos;%2&apos;): %3</source>
        <translation>Die Boot-ID von %1 konnte vor dem Neustart nicht gelesen werden (&apos;%2&apos;): %3</translation>
    </message>
    <message>
        <source>Reboot command failed on %1 (exit code %2): %3; set reboot_command if the host reboots another way.</source>
        <translation>Der Neustart-Befehl ist auf %1 fehlgeschlagen (Exit-Code %2): %3; setzen Sie reboot_command, wenn der Host anders neu startet.</translation>
    </message>
    <message>
        <source>Could not start the reboot of %1: %2</source>
        <translation>Der Neustart von %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Timed out waiting for last boot time check (timeout=%1): %2 did not come back with a new boot id.</source>
        <translation>Zeitüberschreitung beim Warten auf die Prüfung der letzten Startzeit (timeout=%1): %2 ist nicht mit einer neuen Boot-ID zurückgekommen.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::RemoteFileScript</name>
    <message>
        <source>unexpected answer &apos;%1&apos; from stat for %2; the host needs GNU coreutils.</source>
        <translation>unerwartete Antwort &apos;%1&apos; von stat für %2; der Host braucht GNU coreutils.</translation>
    </message>
    <message>
        <source>unexpected answer &apos;%1&apos; for the digest of %2.</source>
        <translation>unerwartete Antwort &apos;%1&apos; für die Prüfsumme von %2.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::ReplaceModule</name>
    <message>
        <source>replace needs path: the file on the host to edit.</source>
        <translation>replace braucht path: die zu bearbeitende Datei auf dem Host.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::Runner</name>
    <message>
        <source>the task at %1 notifies “%2”, but no handler has that name or listens to it; check the name under handlers:.</source>
        <translation>die Aufgabe bei %1 benachrichtigt „%2“, aber kein Handler hat diesen Namen oder hört darauf; prüfen Sie den Namen unter handlers:.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::ScriptModule</name>
    <message>
        <source>script needs the path of a local script (script: files/setup.sh --flag).</source>
        <translation>script braucht den Pfad eines lokalen Skripts (script: files/setup.sh --flag).</translation>
    </message>
    <message>
        <source>script %1</source>
        <translation>Skript %1</translation>
    </message>
</context>
<context>
    <name>antler::playbook::ServiceModule</name>
    <message>
        <source>missing required arguments: name</source>
        <translation>fehlende erforderliche Argumente: name</translation>
    </message>
    <message>
        <source>Neither state nor enabled is set for the service %1; say what it should be.</source>
        <translation>Für den Dienst %1 ist weder state noch enabled gesetzt; geben Sie an, was er sein soll.</translation>
    </message>
    <message>
        <source>Could not read the state of the service %1 on %2: %3</source>
        <translation>Der Zustand des Dienstes %1 auf %2 konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Could not find the requested service %1 on %2: systemd is not running there (a container?) and there is no init script /etc/init.d/%1.</source>
        <translation>Der angeforderte Dienst %1 wurde auf %2 nicht gefunden: systemd läuft dort nicht (ein Container?), und es gibt kein Init-Skript /etc/init.d/%1.</translation>
    </message>
    <message>
        <source>Could not find the requested service %1 on %2: host</source>
        <translation>Der angeforderte Dienst %1 wurde auf %2 nicht gefunden: host</translation>
    </message>
    <message>
        <source>systemd is not running on %1 (a container?): %2 was managed through its init script /etc/init.d/%2 instead.</source>
        <translation>systemd läuft auf %1 nicht (ein Container?): %2 wurde stattdessen über sein Init-Skript /etc/init.d/%2 verwaltet.</translation>
    </message>
    <message>
        <source>Could not change the service %1 on %2 (exit code %3): %4</source>
        <translation>Der Dienst %1 auf %2 konnte nicht geändert werden (Exit-Code %3): %4</translation>
    </message>
</context>
<context>
    <name>antler::playbook::SetFactModule</name>
    <message>
        <source>No key/value pairs provided, at least one is required for this action to succeed</source>
        <translation>Keine Schlüssel/Wert-Paare angegeben; mindestens eines ist nötig, damit diese Aktion gelingt</translation>
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
    <name>antler::playbook::SlurpModule</name>
    <message>
        <source>slurp needs src: the file on the host to read.</source>
        <translation>slurp braucht src: die zu lesende Datei auf dem Host.</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>%1 lesen</translation>
    </message>
    <message>
        <source>Cannot read %1 on %2: %3</source>
        <translation>%1 kann auf %2 nicht gelesen werden: %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::StatModule</name>
    <message>
        <source>stat needs path: the file to look at on the host.</source>
        <translation>stat braucht path: die zu untersuchende Datei auf dem Host.</translation>
    </message>
    <message>
        <source>stat of %1</source>
        <translation>stat von %1</translation>
    </message>
    <message>
        <source>Cannot stat on %1: %2</source>
        <translation>stat auf %1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>antler::playbook::SysctlModule</name>
    <message>
        <source>missing required arguments: name</source>
        <translation>fehlende erforderliche Argumente: name</translation>
    </message>
    <message>
        <source>value cannot be None</source>
        <translation>value darf nicht None sein</translation>
    </message>
    <message>
        <source>Could not read %1 on %2: %3</source>
        <translation>%1 auf %2 konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Failed to reload sysctl on %1: %2 (%3 was written; use reload: false or ignoreerrors: true where the kernel refuses a key, e.g. in a container)</source>
        <translation>sysctl konnte auf %1 nicht neu geladen werden: %2 (%3 wurde geschrieben; verwenden Sie reload: false oder ignoreerrors: true, wo der Kernel einen Schlüssel ablehnt, z. B. in einem Container)</translation>
    </message>
    <message>
        <source>Could not set %1 on %2: %3</source>
        <translation>%1 konnte auf %2 nicht gesetzt werden: %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::TaskContext</name>
    <message>
        <source>“environment” of the task at %1 is “%2”, not a mapping; make the template give names and values.</source>
        <translation>„environment“ der Aufgabe bei %1 ist „%2“, keine Zuordnung; lassen Sie das Template Namen und Werte liefern.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::TaskExecutor</name>
    <message>
        <source>the task at %1 cannot be templated: %2; define the variable in the play&apos;s vars, the inventory or with -e, or fix the expression.</source>
        <translation>die Aufgabe bei %1 kann nicht aus der Vorlage erzeugt werden: %2; definieren Sie die Variable in den vars des Plays, im Inventar oder mit -e, oder korrigieren Sie den Ausdruck.</translation>
    </message>
    <message>
        <source>Invalid data passed to &apos;loop&apos;, it requires a list, got this instead: %1. Hint: If you passed a list/dict of just one element, try adding wantlist=True to your lookup invocation or use q/query instead of lookup.</source>
        <translation>Ungültige Daten an &apos;loop&apos; übergeben, es braucht eine Liste, erhielt aber: %1. Hinweis: Wenn Sie eine Liste/ein Dict mit nur einem Element übergeben haben, ergänzen Sie wantlist=True in Ihrem Lookup-Aufruf oder verwenden Sie q/query statt lookup.</translation>
    </message>
    <message>
        <source>The conditional check &apos;%1&apos; failed. The error was: %2</source>
        <translation>Die Bedingungsprüfung &apos;%1&apos; ist fehlgeschlagen. Der Fehler war: %2</translation>
    </message>
    <message>
        <source>Unsupported parameters for (%1) module: %2.</source>
        <translation>Nicht unterstützte Parameter für das Modul (%1): %2.</translation>
    </message>
    <message>
        <source>value of %1 must be one of: %2, got: %3</source>
        <translation>der Wert von %1 muss einer von %2 sein, erhalten: %3</translation>
    </message>
    <message>
        <source>the task at %1 uses the module “%2”, which Antler does not have; see antler --list-modules.</source>
        <translation>die Aufgabe bei %1 verwendet das Modul „%2“, das Antler nicht hat; siehe antler --list-modules.</translation>
    </message>
    <message>
        <source>remote module (%1) does not support check mode</source>
        <translation>das entfernte Modul (%1) unterstützt den Prüfmodus nicht</translation>
    </message>
    <message>
        <source>the task was cancelled</source>
        <translation>die Aufgabe wurde abgebrochen</translation>
    </message>
    <message>
        <source>the loop “with_%1” of the task at %2 failed: %3</source>
        <translation>die Schleife „with_%1“ der Aufgabe bei %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>the task at %1 would leave “%2” running in the background (poll: 0), which Antler does only for command and shell; give the task a poll interval such as “poll: 5”.</source>
        <translation>die Aufgabe bei %1 würde „%2“ im Hintergrund laufen lassen (poll: 0), was Antler nur für command und shell tut; geben Sie der Aufgabe ein Abfrageintervall wie „poll: 5“.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::TaskKeywords</name>
    <message>
        <source>“%1” of the task at %2 cannot be templated: %3; define the variable or fix the expression.</source>
        <translation>„%1“ der Aufgabe bei %2 kann nicht ausgewertet werden: %3; definieren Sie die Variable oder korrigieren Sie den Ausdruck.</translation>
    </message>
    <message>
        <source>“%1” of the task at %2 is “%3”, which is not a valid boolean; make the template give true or false.</source>
        <translation>„%1“ der Aufgabe bei %2 ist „%3“, was kein gültiger Wahrheitswert ist; lassen Sie das Template true oder false liefern.</translation>
    </message>
    <message>
        <source>“%1” of the task at %2 is “%3”, which is not a whole number; make the template give one.</source>
        <translation>„%1“ der Aufgabe bei %2 ist „%3“, was keine ganze Zahl ist; lassen Sie das Template eine liefern.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::Templar</name>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>the variables refer to each other in a loop (&apos;%1&apos; needs itself); make sure no variable&apos;s value refers back to itself.</source>
        <translation>die Variablen verweisen in einer Schleife aufeinander (&apos;%1&apos; braucht sich selbst); stellen Sie sicher, dass der Wert keiner Variablen auf sie selbst zurückverweist.</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>der Ausdruck ist leer</translation>
    </message>
    <message>
        <source>the loop “with_%1” is not supported</source>
        <translation>die Schleife „with_%1“ wird nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>antler::playbook::TemplateModule</name>
    <message>
        <source>template needs src (a Jinja2 file next to the playbook or in the role&apos;s templates/) and dest.</source>
        <translation>template braucht src (eine Jinja2-Datei neben dem Playbook oder in templates/ der Rolle) und dest.</translation>
    </message>
    <message>
        <source>Cannot read the template %1 on the controller: %2.</source>
        <translation>Die Vorlage %1 kann auf dem Controller nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Cannot render the template %1: %2</source>
        <translation>Die Vorlage %1 kann nicht gerendert werden: %2</translation>
    </message>
</context>
<context>
    <name>antler::playbook::TimezoneModule</name>
    <message>
        <source>timezone on %1: setting the hardware clock (hwclock) is not supported by Antler; set only the name, or run this task with ansible-playbook.</source>
        <translation>timezone auf %1: das Setzen der Hardware-Uhr (hwclock) wird von Antler nicht unterstützt; setzen Sie nur den Namen oder führen Sie diesen Task mit ansible-playbook aus.</translation>
    </message>
    <message>
        <source>one of the following is required: name, hwclock</source>
        <translation>einer der folgenden ist erforderlich: name, hwclock</translation>
    </message>
    <message>
        <source>Could not read the time zone of %1: %2</source>
        <translation>Die Zeitzone von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not set the time zone of %1 to %2: %3</source>
        <translation>Die Zeitzone von %1 konnte nicht auf %2 gesetzt werden: %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::UnarchiveModule</name>
    <message>
        <source>unarchive needs src (the archive) and dest (an existing folder on the host).</source>
        <translation>unarchive braucht src (das Archiv) und dest (einen vorhandenen Ordner auf dem Host).</translation>
    </message>
    <message>
        <source>unarchive of %1</source>
        <translation>Entpacken von %1</translation>
    </message>
    <message>
        <source>Cannot extract %1 into %2 on %3: %4</source>
        <translation>%1 kann auf %3 nicht nach %2 entpackt werden: %4</translation>
    </message>
</context>
<context>
    <name>antler::playbook::UnimplementedModule</name>
    <message>
        <source>The module “%1” at %2 is an Ansible module Antler does not implement, and this task ran on %3; give it a “when:” that is false on this host, or run this playbook with ansible-playbook.</source>
        <translation>Das Modul „%1“ in %2 ist ein Ansible-Modul, das Antler nicht implementiert, und dieser Task lief auf %3; geben Sie ihm ein „when:“, das auf diesem Host falsch ist, oder führen Sie dieses Playbook mit ansible-playbook aus.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::UriModule</name>
    <message>
        <source>uri needs url.</source>
        <translation>uri braucht url.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cannot read the answer to %1 on %2: %3</source>
        <translation>Die Antwort auf %1 kann auf %2 nicht gelesen werden: %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::UserModule</name>
    <message>
        <source>missing required arguments: name</source>
        <translation>fehlende erforderliche Argumente: name</translation>
    </message>
    <message>
        <source>uid must be a number, got &apos;%1&apos;</source>
        <translation>uid muss eine Zahl sein, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Could not read the user %1 on %2: %3</source>
        <translation>Der Benutzer %1 auf %2 konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Group %1 does not exist on %2; create it first (group module).</source>
        <translation>Die Gruppe %1 existiert auf %2 nicht; legen Sie sie zuerst an (Modul group).</translation>
    </message>
    <message>
        <source>%1 for the user %2 failed on %3 (exit code %4): %5</source>
        <translation>%1 für den Benutzer %2 ist auf %3 fehlgeschlagen (Exit-Code %4): %5</translation>
    </message>
</context>
<context>
    <name>antler::playbook::WaitForConnectionModule</name>
    <message>
        <source>no connection to %1</source>
        <translation>keine Verbindung zu %1</translation>
    </message>
    <message>
        <source>timed out waiting for ping module test: %1</source>
        <translation>Zeitüberschreitung beim Warten auf den Test mit dem Modul ping: %1</translation>
    </message>
    <message>
        <source>the task was cancelled</source>
        <translation>die Aufgabe wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>antler::playbook::WaitForModule</name>
    <message>
        <source>port and path parameter can not both be passed to wait_for</source>
        <translation>die Parameter port und path können nicht beide an wait_for übergeben werden</translation>
    </message>
    <message>
        <source>port must be a number from 1 to 65535, got &apos;%1&apos;</source>
        <translation>port muss eine Zahl von 1 bis 65535 sein, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>state=%1 needs path (or port with started/stopped)</source>
        <translation>state=%1 braucht path (oder port mit started/stopped)</translation>
    </message>
    <message>
        <source>wait_for could not poll on %1: %2</source>
        <translation>wait_for konnte %1 nicht abfragen: %2</translation>
    </message>
    <message>
        <source>Timeout when waiting for %1 to be absent.</source>
        <translation>Zeitüberschreitung beim Warten darauf, dass %1 verschwindet.</translation>
    </message>
    <message>
        <source>Timeout when waiting for search string %1 in %2</source>
        <translation>Zeitüberschreitung beim Warten auf den Suchtext %1 in %2</translation>
    </message>
    <message>
        <source>Timeout when waiting for file %1</source>
        <translation>Zeitüberschreitung beim Warten auf die Datei %1</translation>
    </message>
    <message>
        <source>Timeout when waiting for %1:%2 to stop.</source>
        <translation>Zeitüberschreitung beim Warten darauf, dass %1:%2 aufhört.</translation>
    </message>
    <message>
        <source>Timeout when waiting for search string %1 in %2:%3</source>
        <translation>Zeitüberschreitung beim Warten auf den Suchtext %1 in %2:%3</translation>
    </message>
    <message>
        <source>Timeout when waiting for %1:%2</source>
        <translation>Zeitüberschreitung beim Warten auf %1:%2</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja</name>
    <message>
        <source>unsupported operand type(s) for %1: &apos;%2&apos; and &apos;%3&apos;</source>
        <translation>nicht unterstützte Operandentypen für %1: &apos;%2&apos; und &apos;%3&apos;</translation>
    </message>
    <message>
        <source>the result would be larger than %1 characters</source>
        <translation>das Ergebnis wäre länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>&apos;dict object&apos; has no attribute &apos;%1&apos;</source>
        <translation>&apos;dict object&apos; hat kein Attribut &apos;%1&apos;</translation>
    </message>
    <message>
        <source>empty separator</source>
        <translation>leeres Trennzeichen</translation>
    </message>
    <message>
        <source>%1() takes at least 1 argument (0 given)</source>
        <translation>%1() erwartet mindestens 1 Argument (0 angegeben)</translation>
    </message>
    <message>
        <source>replace() takes at least 2 arguments</source>
        <translation>replace() erwartet mindestens 2 Argumente</translation>
    </message>
    <message>
        <source>substring not found</source>
        <translation>Teilzeichenkette nicht gefunden</translation>
    </message>
    <message>
        <source>Single &apos;{&apos; encountered in format string</source>
        <translation>Einzelnes &apos;{&apos; im Formatstring gefunden</translation>
    </message>
    <message>
        <source>&apos;str object&apos; has no attribute &apos;%1&apos;</source>
        <translation>&apos;str object&apos; hat kein Attribut &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the &apos;%1&apos; test expects a dictionary (a registered task result), not %2</source>
        <translation>der Test &apos;%1&apos; erwartet ein Dictionary (ein registriertes Aufgabenergebnis), nicht %2</translation>
    </message>
    <message>
        <source>integer division or modulo by zero</source>
        <translation>ganzzahlige Division oder Modulo durch null</translation>
    </message>
    <message>
        <source>Invalid operator type (%1)</source>
        <translation>Ungültiger Operatortyp (%1)</translation>
    </message>
    <message>
        <source>the comment filter has no style &apos;%1&apos;; use plain, erlang, c, cblock or xml</source>
        <translation>der comment-Filter hat keinen Stil „%1“; verwenden Sie plain, erlang, c, cblock oder xml</translation>
    </message>
    <message>
        <source>list object has no element %1</source>
        <translation>Listenobjekt hat kein Element %1</translation>
    </message>
    <message>
        <source>extract cannot look up %1 in a %2</source>
        <translation>extract kann %1 nicht in einem %2 nachschlagen</translation>
    </message>
    <message>
        <source>password_hash does not support the hash type &apos;%1&apos;; use sha512, sha256, md5 or blowfish</source>
        <translation>password_hash unterstützt den Hash-Typ „%1“ nicht; verwenden Sie sha512, sha256, md5 oder blowfish</translation>
    </message>
    <message>
        <source>invalid characters in salt</source>
        <translation>ungültige Zeichen im Salt</translation>
    </message>
    <message>
        <source>crypt could not hash the password with the setting %1</source>
        <translation>crypt konnte das Passwort mit der Einstellung %1 nicht hashen</translation>
    </message>
    <message>
        <source>Version comparison failed: invalid version number &apos;%1&apos;</source>
        <translation>Versionsvergleich fehlgeschlagen: ungültige Versionsnummer „%1“</translation>
    </message>
    <message>
        <source>with_dict expects a dict</source>
        <translation>with_dict erwartet ein Dict</translation>
    </message>
    <message>
        <source>subelements lookup expects a list of two or three items, </source>
        <translation>der subelements-Lookup erwartet eine Liste aus zwei oder drei Elementen, </translation>
    </message>
    <message>
        <source>first a dict or a list, second a string pointing to the subkey</source>
        <translation>zuerst ein Dict oder eine Liste, dann eine Zeichenkette, die auf den Unterschlüssel zeigt</translation>
    </message>
    <message>
        <source>subelements lookup expects a dictionary, got &apos;%1&apos;</source>
        <translation>der subelements-Lookup erwartet ein Dictionary, erhielt &apos;%1&apos;</translation>
    </message>
    <message>
        <source>could not find &apos;%1&apos; key in iterated item &apos;%2&apos;</source>
        <translation>der Schlüssel &apos;%1&apos; wurde im iterierten Element &apos;%2&apos; nicht gefunden</translation>
    </message>
    <message>
        <source>the key %1 should point to a dictionary, got &apos;%2&apos;</source>
        <translation>der Schlüssel %1 sollte auf ein Dictionary zeigen, erhielt &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the key %1 should point to a list, got &apos;%2&apos;</source>
        <translation>der Schlüssel %1 sollte auf eine Liste zeigen, erhielt &apos;%2&apos;</translation>
    </message>
    <message>
        <source>with_nested requires at least one element in the nested list</source>
        <translation>with_nested braucht mindestens ein Element in der verschachtelten Liste</translation>
    </message>
    <message>
        <source>with_together requires at least one element in each list</source>
        <translation>with_together braucht mindestens ein Element in jeder Liste</translation>
    </message>
    <message>
        <source>unknown error parsing with_sequence arguments: %1 (%2)</source>
        <translation>unbekannter Fehler beim Lesen der with_sequence-Argumente: %1 (%2)</translation>
    </message>
    <message>
        <source>can&apos;t specify both count and end in with_sequence</source>
        <translation>count und end können in with_sequence nicht beide angegeben werden</translation>
    </message>
    <message>
        <source>must specify count or end in with_sequence</source>
        <translation>in with_sequence muss count oder end angegeben werden</translation>
    </message>
    <message>
        <source>to count backwards make stride negative</source>
        <translation>um rückwärts zu zählen, machen Sie stride negativ</translation>
    </message>
    <message>
        <source>to count forward don&apos;t make stride negative</source>
        <translation>um vorwärts zu zählen, machen Sie stride nicht negativ</translation>
    </message>
    <message>
        <source>bad formatting string: %1</source>
        <translation>fehlerhafte Formatzeichenkette: %1</translation>
    </message>
    <message>
        <source>with_sequence gives more than a million items</source>
        <translation>with_sequence liefert mehr als eine Million Elemente</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Arithmetic</name>
    <message>
        <source>bad operand type for unary -: &apos;%1&apos;</source>
        <translation>ungültiger Operandentyp für unäres -: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>Division durch null</translation>
    </message>
    <message>
        <source>float division by zero</source>
        <translation>Gleitkomma-Division durch null</translation>
    </message>
    <message>
        <source>integer division or modulo by zero</source>
        <translation>ganzzahlige Division oder Modulo durch null</translation>
    </message>
    <message>
        <source>can only concatenate str (not &quot;%1&quot;) to str</source>
        <translation>str kann nur mit str verkettet werden (nicht mit &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>unsupported operand type(s) for +: &apos;%1&apos; and &apos;str&apos;</source>
        <translation>nicht unterstützte Operandentypen für +: &apos;%1&apos; und &apos;str&apos;</translation>
    </message>
    <message>
        <source>incomplete format</source>
        <translation>unvollständiges Format</translation>
    </message>
    <message>
        <source>not enough arguments for format string</source>
        <translation>nicht genug Argumente für den Formatstring</translation>
    </message>
    <message>
        <source>%1 format: a real number is required, not %2</source>
        <translation>Format %1: eine reelle Zahl ist erforderlich, nicht %2</translation>
    </message>
    <message>
        <source>must be real number, not %1</source>
        <translation>muss eine reelle Zahl sein, nicht %1</translation>
    </message>
    <message>
        <source>unsupported format character &apos;%1&apos;</source>
        <translation>nicht unterstütztes Formatzeichen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not all arguments converted during string formatting</source>
        <translation>nicht alle Argumente wurden bei der Formatierung umgewandelt</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Context</name>
    <message>
        <source>&apos;%1&apos; is undefined</source>
        <translation>&apos;%1&apos; ist nicht definiert</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Evaluator</name>
    <message>
        <source>internal error: unexpected statement</source>
        <translation>interner Fehler: unerwartete Anweisung</translation>
    </message>
    <message>
        <source>the template&apos;s output grew beyond %1 characters; check its loops</source>
        <translation>die Ausgabe der Vorlage ist über %1 Zeichen hinausgewachsen; prüfen Sie ihre Schleifen</translation>
    </message>
    <message>
        <source>can only set attributes of a namespace(), and &apos;%1&apos; is not one</source>
        <translation>Attribute lassen sich nur an einem namespace() setzen, und &apos;%1&apos; ist keiner</translation>
    </message>
    <message>
        <source>cannot unpack non-iterable %1 object</source>
        <translation>ein nicht iterierbares %1-Objekt kann nicht entpackt werden</translation>
    </message>
    <message>
        <source>too many values to unpack (expected %1)</source>
        <translation>zu viele Werte zum Entpacken (erwartet: %1)</translation>
    </message>
    <message>
        <source>not enough values to unpack (expected %1, got %2)</source>
        <translation>nicht genug Werte zum Entpacken (erwartet: %1, erhalten: %2)</translation>
    </message>
    <message>
        <source>the template&apos;s loops ran more than %1 times; check its loops</source>
        <translation>die Schleifen der Vorlage liefen mehr als %1 Mal; prüfen Sie ihre Schleifen</translation>
    </message>
    <message>
        <source>bad operand type for unary +: &apos;%1&apos;</source>
        <translation>ungültiger Operandentyp für unäres +: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>internal error: a statement where an expression belongs</source>
        <translation>interner Fehler: eine Anweisung, wo ein Ausdruck hingehört</translation>
    </message>
    <message>
        <source>%1 has no attribute &apos;%2&apos;</source>
        <translation>%1 hat kein Attribut &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;dict object&apos; has no attribute %1</source>
        <translation>&apos;dict object&apos; hat kein Attribut %1</translation>
    </message>
    <message>
        <source>%1 has no attribute %2</source>
        <translation>%1 hat kein Attribut %2</translation>
    </message>
    <message>
        <source>%1 indices must be integers or slices, not %2</source>
        <translation>Indizes von %1 müssen ganze Zahlen oder Slices sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 object has no element %2</source>
        <translation>%1-Objekt hat kein Element %2</translation>
    </message>
    <message>
        <source>slice indices must be integers or None</source>
        <translation>Slice-Indizes müssen ganze Zahlen oder None sein</translation>
    </message>
    <message>
        <source>slice step cannot be zero</source>
        <translation>die Schrittweite eines Slice darf nicht null sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; object is not subscriptable</source>
        <translation>&apos;%1&apos;-Objekt ist nicht indizierbar</translation>
    </message>
    <message>
        <source>&apos;%1&apos; object is not callable</source>
        <translation>&apos;%1&apos;-Objekt ist nicht aufrufbar</translation>
    </message>
    <message>
        <source>range expected 1 to 3 arguments, got %1</source>
        <translation>range erwartet 1 bis 3 Argumente, erhielt %1</translation>
    </message>
    <message>
        <source>range() takes integers, not &apos;%1&apos;</source>
        <translation>range() erwartet ganze Zahlen, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>range() arg 3 must not be zero</source>
        <translation>das 3. Argument von range() darf nicht null sein</translation>
    </message>
    <message>
        <source>range() is limited to %1 items in templates</source>
        <translation>range() ist in Vorlagen auf %1 Elemente begrenzt</translation>
    </message>
    <message>
        <source>dictionary update sequence element has length %1; 2 is required</source>
        <translation>Element der Dictionary-Update-Sequenz hat die Länge %1; 2 ist erforderlich</translation>
    </message>
    <message>
        <source>lookup needs the name of a lookup plugin</source>
        <translation>lookup braucht den Namen eines Lookup-Plugins</translation>
    </message>
    <message>
        <source>could not read the file &apos;%1&apos; for lookup(&apos;file&apos;): %2</source>
        <translation>die Datei &apos;%1&apos; konnte für lookup(&apos;file&apos;) nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No variable found with this name: %1</source>
        <translation>Keine Variable mit diesem Namen gefunden: %1</translation>
    </message>
    <message>
        <source>No filter named &apos;%1&apos;.</source>
        <translation>Kein Filter namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No test named &apos;%1&apos;.</source>
        <translation>Kein Test namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>the lookup plugin &apos;%1&apos; is not supported; supported are env, file, vars, items, list, first_found, fileglob, pipe and template</source>
        <translation>das Lookup-Plugin „%1“ wird nicht unterstützt; unterstützt werden env, file, vars, items, list, first_found, fileglob, pipe und template</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::ExpressionParser</name>
    <message>
        <source>the expression nests too deeply</source>
        <translation>der Ausdruck ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>an attribute name</source>
        <translation>ein Attributname</translation>
    </message>
    <message>
        <source>&apos;]&apos;</source>
        <translation>&apos;]&apos;</translation>
    </message>
    <message>
        <source>expected an index between [ and ]</source>
        <translation>zwischen [ und ] wird ein Index erwartet</translation>
    </message>
    <message>
        <source>a positional argument follows keyword arguments</source>
        <translation>ein Positionsargument folgt auf Schlüsselwortargumente</translation>
    </message>
    <message>
        <source>a filter name</source>
        <translation>ein Filtername</translation>
    </message>
    <message>
        <source>a test name</source>
        <translation>ein Testname</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::ExtraFilters</name>
    <message>
        <source>No filter named &apos;%1&apos;.</source>
        <translation>Kein Filter namens &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::FilterSupport</name>
    <message>
        <source>the &apos;dictsort&apos; filter expects a dictionary, not %1</source>
        <translation>der Filter &apos;dictsort&apos; erwartet ein Dictionary, nicht %1</translation>
    </message>
    <message>
        <source>Can only get item pairs from a mapping.</source>
        <translation>Elementpaare gibt es nur aus einer Zuordnung.</translation>
    </message>
    <message>
        <source>dict2items requires a dictionary, got %1 instead.</source>
        <translation>dict2items braucht ein Dictionary, erhielt aber %1.</translation>
    </message>
    <message>
        <source>items2dict requires a list, got %1 instead.</source>
        <translation>items2dict braucht eine Liste, erhielt aber %1.</translation>
    </message>
    <message>
        <source>items2dict requires each item to have the keys &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>items2dict verlangt, dass jedes Element die Schlüssel &apos;%1&apos; und &apos;%2&apos; hat</translation>
    </message>
    <message>
        <source>combine: list_merge must be one of %1</source>
        <translation>combine: list_merge muss eines von %1 sein</translation>
    </message>
    <message>
        <source>combine expects dictionaries, got %1</source>
        <translation>combine erwartet Dictionarys, erhielt aber %1</translation>
    </message>
    <message>
        <source>the &apos;%1&apos; filter expects a list, not %2</source>
        <translation>der Filter &apos;%1&apos; erwartet eine Liste, nicht %2</translation>
    </message>
    <message>
        <source>&apos;dict object&apos; has no attribute &apos;%1&apos;</source>
        <translation>&apos;dict object&apos; hat kein Attribut &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;list object&apos; has no attribute &apos;%1&apos;</source>
        <translation>&apos;list object&apos; hat kein Attribut &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1 object&apos; has no attribute &apos;%2&apos;</source>
        <translation>&apos;%1 object&apos; hat kein Attribut &apos;%2&apos;</translation>
    </message>
    <message>
        <source>No filter named &apos;%1&apos;.</source>
        <translation>Kein Filter namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>from_json could not parse the text: %1</source>
        <translation>from_json konnte den Text nicht parsen: %1</translation>
    </message>
    <message>
        <source>from_yaml could not parse the text: %1</source>
        <translation>from_yaml konnte den Text nicht parsen: %1</translation>
    </message>
    <message>
        <source>b64decode: the text is not valid base64</source>
        <translation>b64decode: der Text ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>hash: the algorithm &apos;%1&apos; is not supported; use md5, sha1, sha224, sha256, sha384 or sha512</source>
        <translation>hash: der Algorithmus &apos;%1&apos; wird nicht unterstützt; verwenden Sie md5, sha1, sha224, sha256, sha384 oder sha512</translation>
    </message>
    <message>
        <source>No aggregated item, sequence was empty.</source>
        <translation>Kein aggregiertes Element, die Sequenz war leer.</translation>
    </message>
    <message>
        <source>No test named &apos;%1&apos;.</source>
        <translation>Kein Test namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>object of type &apos;%1&apos; has no len()</source>
        <translation>Objekt vom Typ &apos;%1&apos; hat kein len()</translation>
    </message>
    <message>
        <source>No first item, sequence was empty.</source>
        <translation>Kein erstes Element, die Sequenz war leer.</translation>
    </message>
    <message>
        <source>No last item, sequence was empty.</source>
        <translation>Kein letztes Element, die Sequenz war leer.</translation>
    </message>
    <message>
        <source>unsupported operand type(s) for +: &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>nicht unterstützte Operandentypen für +: &apos;%1&apos; und &apos;%2&apos;</translation>
    </message>
    <message>
        <source>batch needs a positive size</source>
        <translation>batch braucht eine positive Größe</translation>
    </message>
    <message>
        <source>regex_replace produced too much text</source>
        <translation>regex_replace hat zu viel Text erzeugt</translation>
    </message>
    <message>
        <source>regex_search: unknown group specification &apos;%1&apos;</source>
        <translation>regex_search: unbekannte Gruppenangabe &apos;%1&apos;</translation>
    </message>
    <message>
        <source>regex_findall found too many matches</source>
        <translation>regex_findall hat zu viele Treffer gefunden</translation>
    </message>
    <message>
        <source>empty separator</source>
        <translation>leeres Trennzeichen</translation>
    </message>
    <message>
        <source>Mandatory variable %1 not defined.</source>
        <translation>Pflichtvariable %1 ist nicht definiert.</translation>
    </message>
    <message>
        <source>Mandatory variable not defined.</source>
        <translation>Pflichtvariable ist nicht definiert.</translation>
    </message>
    <message>
        <source>bad operand type for abs(): &apos;%1&apos;</source>
        <translation>ungültiger Operandentyp für abs(): &apos;%1&apos;</translation>
    </message>
    <message>
        <source>round expects a number, not %1</source>
        <translation>round erwartet eine Zahl, nicht %1</translation>
    </message>
    <message>
        <source>method must be common, ceil or floor</source>
        <translation>method muss common, ceil oder floor sein</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::JsonReader</name>
    <message>
        <source>extra data</source>
        <translation>zusätzliche Daten</translation>
    </message>
    <message>
        <source>%1 at character %2</source>
        <translation>%1 bei Zeichen %2</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <source>expecting value</source>
        <translation>Wert erwartet</translation>
    </message>
    <message>
        <source>expecting property name enclosed in double quotes</source>
        <translation>Eigenschaftsname in doppelten Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>expecting &apos;:&apos;</source>
        <translation>&apos;:&apos; erwartet</translation>
    </message>
    <message>
        <source>expecting &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; oder &apos;}&apos; erwartet</translation>
    </message>
    <message>
        <source>expecting &apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; oder &apos;]&apos; erwartet</translation>
    </message>
    <message>
        <source>invalid control character</source>
        <translation>ungültiges Steuerzeichen</translation>
    </message>
    <message>
        <source>invalid \uXXXX escape</source>
        <translation>ungültige \uXXXX-Escape-Sequenz</translation>
    </message>
    <message>
        <source>invalid \escape</source>
        <translation>ungültige \-Escape-Sequenz</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Lookups</name>
    <message>
        <source>No file was found when using first_found; looked for %1 in %2.</source>
        <translation>Bei first_found wurde keine Datei gefunden; gesucht wurde %1 in %2.</translation>
    </message>
    <message>
        <source>lookup_plugin.pipe(%1) returned %2</source>
        <translation>lookup_plugin.pipe(%1) lieferte %2</translation>
    </message>
    <message>
        <source>the template file %1 could not be found for the lookup; searched %2.</source>
        <translation>die Template-Datei %1 wurde für den Lookup nicht gefunden; durchsucht: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the lookup plugin &apos;%1&apos; is not supported</source>
        <translation>das Lookup-Plugin „%1“ wird nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::LoopLookups</name>
    <message>
        <source>the lookup plugin &apos;%1&apos; is not one of dict, subelements, nested, together and sequence</source>
        <translation>das Lookup-Plugin &apos;%1&apos; ist keines von dict, subelements, nested, together und sequence</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Methods</name>
    <message>
        <source>get expected at least 1 argument, got 0</source>
        <translation>get erwartet mindestens 1 Argument, erhielt 0</translation>
    </message>
    <message>
        <source>&apos;dict object&apos; has no attribute &apos;%1&apos;</source>
        <translation>&apos;dict object&apos; hat kein Attribut &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 is not in list</source>
        <translation>%1 ist nicht in der Liste</translation>
    </message>
    <message>
        <source>&apos;list object&apos; has no attribute &apos;%1&apos;</source>
        <translation>&apos;list object&apos; hat kein Attribut &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;None&apos; has no attribute &apos;%1&apos;</source>
        <translation>&apos;None&apos; hat kein Attribut &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1 object&apos; has no attribute &apos;%2&apos;</source>
        <translation>&apos;%1 object&apos; hat kein Attribut &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Parser</name>
    <message>
        <source>the template nests its tags too deeply</source>
        <translation>die Vorlage verschachtelt ihre Tags zu tief</translation>
    </message>
    <message>
        <source>unexpected end of template: the &apos;%1&apos; tag that opens {position} needs {% %2 %}</source>
        <translation>unerwartetes Ende der Vorlage: das Tag &apos;%1&apos;, das bei {position} beginnt, braucht {% %2 %}</translation>
    </message>
    <message>
        <source>a tag name</source>
        <translation>ein Tag-Name</translation>
    </message>
    <message>
        <source>unexpected tag &apos;%1&apos;</source>
        <translation>unerwartetes Tag &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown tag &apos;%1&apos;</source>
        <translation>unbekanntes Tag &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a variable name</source>
        <translation>ein Variablenname</translation>
    </message>
    <message>
        <source>recursive loops are not supported</source>
        <translation>rekursive Schleifen werden nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::RegexCache</name>
    <message>
        <source>invalid regular expression &apos;%1&apos;: %2 at offset %3</source>
        <translation>ungültiger regulärer Ausdruck &apos;%1&apos;: %2 an Position %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Scanner</name>
    <message>
        <source>the template is too long</source>
        <translation>die Vorlage ist zu lang</translation>
    </message>
    <message>
        <source>unexpected end of template; the {% raw %} block needs {% endraw %}</source>
        <translation>unerwartetes Ende der Vorlage; der Block {% raw %} braucht {% endraw %}</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <source>unexpected end of template; the comment needs a closing #}</source>
        <translation>unerwartetes Ende der Vorlage; der Kommentar braucht ein schließendes #}</translation>
    </message>
    <message>
        <source>unexpected end of template; expected &apos;%1&apos;</source>
        <translation>unerwartetes Ende der Vorlage; erwartet wurde &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected char &apos;%1&apos;</source>
        <translation>unerwartetes Zeichen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;, expected &apos;%2&apos;</source>
        <translation>unerwartetes &apos;%1&apos;, erwartet wurde &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Template</name>
    <message>
        <source>at column %1 of &apos;%2&apos;</source>
        <translation>in Spalte %1 von &apos;%2&apos;</translation>
    </message>
    <message>
        <source>at line %1, column %2 of &apos;%3&apos;</source>
        <translation>in Zeile %1, Spalte %2 von &apos;%3&apos;</translation>
    </message>
    <message>
        <source>the expression must not contain &apos;}}&apos; outside a string</source>
        <translation>der Ausdruck darf &apos;}}&apos; nicht außerhalb einer Zeichenkette enthalten</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Tests</name>
    <message>
        <source>No test named &apos;%1&apos;.</source>
        <translation>Kein Test namens &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::TokenCursor</name>
    <message>
        <source>end of template</source>
        <translation>Ende der Vorlage</translation>
    </message>
    <message>
        <source>end of print statement</source>
        <translation>Ende der Ausgabeanweisung</translation>
    </message>
    <message>
        <source>end of statement block</source>
        <translation>Ende des Anweisungsblocks</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>unerwartetes &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;, expected %2</source>
        <translation>unerwartetes &apos;%1&apos;, erwartet wurde %2</translation>
    </message>
    <message>
        <source>the end of the statement block (&apos;%}&apos;)</source>
        <translation>das Ende des Anweisungsblocks (&apos;%}&apos;)</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Value</name>
    <message>
        <source>&apos;&lt;&apos; not supported between instances of &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>&apos;&lt;&apos; wird zwischen Instanzen von &apos;%1&apos; und &apos;%2&apos; nicht unterstützt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; object is not iterable</source>
        <translation>&apos;%1&apos;-Objekt ist nicht iterierbar</translation>
    </message>
    <message>
        <source>&apos;in &lt;string&gt;&apos; requires string as left operand, not %1</source>
        <translation>&apos;in &lt;string&gt;&apos; braucht einen String als linken Operanden, nicht %1</translation>
    </message>
    <message>
        <source>argument of type &apos;%1&apos; is not iterable</source>
        <translation>Argument vom Typ &apos;%1&apos; ist nicht iterierbar</translation>
    </message>
</context>
<context>
    <name>antler::transport::BecomeHandshake</name>
    <message>
        <source>sudo refused the become password</source>
        <translation>sudo hat das Become-Passwort abgelehnt</translation>
    </message>
    <message>
        <source>sudo asks for a password and no become password was given</source>
        <translation>sudo fragt nach einem Passwort, und es wurde kein Become-Passwort angegeben</translation>
    </message>
    <message>
        <source>sudo ended before the command started</source>
        <translation>sudo endete, bevor der Befehl startete</translation>
    </message>
    <message>
        <source>sudo said: %1</source>
        <translation>sudo meldete: %1</translation>
    </message>
    <message>
        <source>Cannot become %1 with sudo on %2: %3; check the become password and the sudoers rules for the login user.</source>
        <translation>Auf %2 kann nicht mit sudo zu %1 gewechselt werden: %3; prüfen Sie das Become-Passwort und die sudoers-Regeln für den Anmeldebenutzer.</translation>
    </message>
</context>
<context>
    <name>antler::transport::CommandBuilder</name>
    <message>
        <source>The command for %1 is empty; give a program, a script or a raw command.</source>
        <translation>Der Befehl für %1 ist leer; geben Sie ein Programm, ein Skript oder einen Rohbefehl an.</translation>
    </message>
    <message>
        <source>The become method &apos;%1&apos; for %2 is not supported; use sudo.</source>
        <translation>Die Become-Methode „%1“ für %2 wird nicht unterstützt; verwenden Sie sudo.</translation>
    </message>
    <message>
        <source>The environment variable name &apos;%1&apos; for %2 is not valid; use letters, digits and underscores.</source>
        <translation>Der Name der Umgebungsvariablen &apos;%1&apos; für %2 ist ungültig; verwenden Sie Buchstaben, Ziffern und Unterstriche.</translation>
    </message>
</context>
<context>
    <name>antler::transport::KeychainSecretStore</name>
    <message>
        <source>Checking whether a system keyring is running…</source>
        <translation>Prüfe, ob ein System-Schlüsselbund läuft…</translation>
    </message>
    <message>
        <source>Cannot remember the secret %1 in the system keyring: %2.</source>
        <translation>Das Geheimnis %1 kann nicht im System-Schlüsselbund gemerkt werden: %2.</translation>
    </message>
    <message>
        <source>The system keyring refused Antler; allow it in the keyring&apos;s settings to remember passwords.</source>
        <translation>Der Systemschlüsselbund hat Antler abgewiesen; erlauben Sie es in den Einstellungen des Schlüsselbunds, um Passwörter zu speichern.</translation>
    </message>
    <message>
        <source>No system keyring answers; start GNOME Keyring or KWallet in your desktop session to remember passwords.</source>
        <translation>Kein Systemschlüsselbund antwortet; starten Sie GNOME Keyring oder KWallet in Ihrer Desktop-Sitzung, um Passwörter zu speichern.</translation>
    </message>
</context>
<context>
    <name>antler::transport::KnownHosts</name>
    <message>
        <source>Cannot read the known hosts file %1: %2; check its permissions.</source>
        <translation>Die Known-Hosts-Datei %1 kann nicht gelesen werden: %2; prüfen Sie ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>line %1: unknown marker %2</source>
        <translation>Zeile %1: unbekannte Markierung %2</translation>
    </message>
    <message>
        <source>line %1: expected hosts, key type and key</source>
        <translation>Zeile %1: Hosts, Schlüsseltyp und Schlüssel erwartet</translation>
    </message>
    <message>
        <source>line %1: malformed hashed host</source>
        <translation>Zeile %1: fehlerhafter gehashter Host</translation>
    </message>
    <message>
        <source>line %1: unsupported host hash</source>
        <translation>Zeile %1: nicht unterstützter Host-Hash</translation>
    </message>
    <message>
        <source>line %1: the key is not valid %2 key data</source>
        <translation>Zeile %1: der Schlüssel ist keine gültigen %2-Schlüsseldaten</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the known hosts file; check its permissions.</source>
        <translation>Der Ordner %1 für die Known-Hosts-Datei kann nicht erstellt werden; prüfen Sie seine Berechtigungen.</translation>
    </message>
    <message>
        <source>Cannot add the key of %1 to %2: %3; check the file&apos;s permissions.</source>
        <translation>Der Schlüssel von %1 kann nicht zu %2 hinzugefügt werden: %3; prüfen Sie die Berechtigungen der Datei.</translation>
    </message>
    <message>
        <source>Cannot add the key of %1 to %2: %3; check the free space.</source>
        <translation>Der Schlüssel von %1 kann nicht zu %2 hinzugefügt werden: %3; prüfen Sie den freien Speicherplatz.</translation>
    </message>
</context>
<context>
    <name>antler::transport::LocalTransport</name>
    <message>
        <source>The command on %1 was cancelled: its transport was closed.</source>
        <translation>Der Befehl auf %1 wurde abgebrochen: sein Transport wurde geschlossen.</translation>
    </message>
    <message>
        <source>The command on %1 was cancelled: the connection was closed.</source>
        <translation>Der Befehl auf %1 wurde abgebrochen: die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>The %1 on %2 was cancelled.</source>
        <translation>%1 auf %2 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot read %1 to send it to %2: %3.</source>
        <translation>%1 kann nicht gelesen werden, um es an %2 zu senden: %3.</translation>
    </message>
    <message>
        <source>Cannot start /bin/sh on %1: %2.</source>
        <translation>/bin/sh kann auf %1 nicht gestartet werden: %2.</translation>
    </message>
    <message>
        <source>The %1 on %2 did not finish within %3 ms and was stopped; raise its timeout or check why it hangs.</source>
        <translation>%1 auf %2 wurde nicht innerhalb von %3 ms fertig und wurde gestoppt; erhöhen Sie das Zeitlimit oder prüfen Sie, warum es hängt.</translation>
    </message>
</context>
<context>
    <name>antler::transport::SecretQuestions</name>
    <message>
        <source>Secrets cannot be remembered here: Antler was built without a system keyring.</source>
        <translation>Geheimnisse können hier nicht gemerkt werden: Antler wurde ohne System-Schlüsselbund gebaut.</translation>
    </message>
</context>
<context>
    <name>antler::transport::SharedShellPool</name>
    <message>
        <source>shared shell</source>
        <translation>gemeinsame Shell</translation>
    </message>
    <message>
        <source>(login user)</source>
        <translation>(Anmeldebenutzer)</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>Signal %1</translation>
    </message>
    <message>
        <source>stopped with the shell that ran it (%1); it may or may not have completed. Run it again.</source>
        <translation>mit der Shell gestoppt, die es ausführte (%1); es wurde möglicherweise abgeschlossen oder auch nicht. Führen Sie es erneut aus.</translation>
    </message>
</context>
<context>
    <name>antler::transport::SshChannel</name>
    <message>
        <source>The %1 on %2 %3</source>
        <translation>%1 auf %2 %3</translation>
    </message>
</context>
<context>
    <name>antler::transport::SshConnection</name>
    <message>
        <source>Cannot create an SSH session for %1: out of memory.</source>
        <translation>Für %1 kann keine SSH-Sitzung erstellt werden: kein Speicher mehr.</translation>
    </message>
    <message>
        <source>Cannot watch the SSH session to %1: %2.</source>
        <translation>Die SSH-Sitzung zu %1 kann nicht überwacht werden: %2.</translation>
    </message>
    <message>
        <source>Cannot run a command on %1: the connection is closed; open it again.</source>
        <translation>Auf %1 kann kein Befehl ausgeführt werden: die Verbindung ist geschlossen; öffnen Sie sie erneut.</translation>
    </message>
    <message>
        <source>Cannot read %1 to send it to %2: %3.</source>
        <translation>%1 kann nicht gelesen werden, um es an %2 zu senden: %3.</translation>
    </message>
    <message>
        <source>The command on %1 was cancelled: the connection was closed.</source>
        <translation>Der Befehl auf %1 wurde abgebrochen: die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>The command on %1 was cancelled: the transport was shut down.</source>
        <translation>Der Befehl auf %1 wurde abgebrochen: der Transport wurde beendet.</translation>
    </message>
    <message>
        <source>could not start: %1.</source>
        <translation>konnte nicht starten: %1.</translation>
    </message>
    <message>
        <source>was cancelled.</source>
        <translation>wurde abgebrochen.</translation>
    </message>
    <message>
        <source>stop of process group %1</source>
        <translation>Stoppen der Prozessgruppe %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Cannot connect to %1 (%2 port %3): %4; check that the host is up and its SSH server listens on that port.</source>
        <translation>Keine Verbindung zu %1 (%2 Port %3): %4; prüfen Sie, ob der Host läuft und sein SSH-Server auf diesem Port lauscht.</translation>
    </message>
    <message>
        <source>did not finish within %1 ms and was stopped; raise its timeout or check why it hangs.</source>
        <translation>wurde nicht innerhalb von %1 ms fertig und wurde gestoppt; erhöhen Sie das Zeitlimit oder prüfen Sie, warum es hängt.</translation>
    </message>
    <message>
        <source>could not start: the server refused a new channel (%1).</source>
        <translation>konnte nicht starten: der Server hat einen neuen Kanal abgelehnt (%1).</translation>
    </message>
    <message>
        <source>could not start: the server refused to run it (%1).</source>
        <translation>konnte nicht starten: der Server hat die Ausführung abgelehnt (%1).</translation>
    </message>
    <message>
        <source>ended without an exit status; the SSH server may have stopped it.</source>
        <translation>endete ohne Exit-Status; der SSH-Server hat es möglicherweise gestoppt.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost (%2); commands that were running may or may not have completed. Check the host and run them again.</source>
        <translation>Die Verbindung zu %1 ist abgebrochen (%2); laufende Befehle wurden möglicherweise abgeschlossen oder auch nicht. Prüfen Sie den Host und führen Sie sie erneut aus.</translation>
    </message>
</context>
<context>
    <name>antler::transport::SshLogin</name>
    <message>
        <source>Cannot read the host key of %1: %2.</source>
        <translation>Der Host-Schlüssel von %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Cannot read the host key of %1: its type is not supported.</source>
        <translation>Der Host-Schlüssel von %1 kann nicht gelesen werden: sein Typ wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>No host key of %1 waits for an answer; connect again.</source>
        <translation>Kein Host-Schlüssel von %1 wartet auf eine Antwort; verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) was not accepted; nothing was run.</source>
        <translation>Der Host-Schlüssel von %1 (%2) wurde nicht akzeptiert; es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>no authentication</source>
        <translation>keine Authentifizierung</translation>
    </message>
    <message>
        <source>Cannot log in to %1: %2.</source>
        <translation>Anmeldung bei %1 nicht möglich: %2.</translation>
    </message>
    <message>
        <source>the keys in ssh-agent</source>
        <translation>die Schlüssel in ssh-agent</translation>
    </message>
    <message>
        <source>the key file %1 (it does not exist)</source>
        <translation>die Schlüsseldatei %1 (sie existiert nicht)</translation>
    </message>
    <message>
        <source>the key file %1</source>
        <translation>die Schlüsseldatei %1</translation>
    </message>
    <message>
        <source>a password</source>
        <translation>ein Passwort</translation>
    </message>
    <message>
        <source>the password</source>
        <translation>das Passwort</translation>
    </message>
    <message>
        <source>every method Antler could offer</source>
        <translation>jede Methode, die Antler anbieten konnte</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The host key of %1 (%2 %3) is marked @revoked in %4:%5; refusing to connect, nothing was run.</source>
        <translation>Der Host-Schlüssel von %1 (%2 %3) ist in %4:%5 als @revoked markiert; die Verbindung wird verweigert, nichts wurde ausgeführt.</translation>
    </message>
    <message>
        <source>The host key of %1 (%2 port %3) has CHANGED: the server now presents %4 %5, but %6:%7 holds %8 %9. Someone may be intercepting the connection, or the host was reinstalled; nothing was run. If the new key is right, remove the old one with `ssh-keygen -R &apos;%10&apos; -f %6` and connect again.</source>
        <translation>Der Host-Schlüssel von %1 (%2 Port %3) hat sich GEÄNDERT: Der Server zeigt jetzt %4 %5, aber %6:%7 enthält %8 %9. Jemand könnte die Verbindung abfangen, oder der Host wurde neu installiert; nichts wurde ausgeführt. Wenn der neue Schlüssel stimmt, entfernen Sie den alten mit `ssh-keygen -R &apos;%10&apos; -f %6` und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>The host key of %1 is not known: the server presents %2 %3, which is not in %4. Compare it with `ssh-keygen -lf` of the host&apos;s key on the host itself, then accept it with --accept-new-host-keys (or add it to %4).</source>
        <translation>Der Host-Schlüssel von %1 ist nicht bekannt: Der Server zeigt %2 %3, was nicht in %4 steht. Vergleichen Sie ihn mit `ssh-keygen -lf` des Host-Schlüssels auf dem Host selbst und akzeptieren Sie ihn dann mit --accept-new-host-keys (oder fügen Sie ihn zu %4 hinzu).</translation>
    </message>
    <message>
        <source>the key file %1 (cannot read it: not a private key, or the passphrase is wrong)</source>
        <translation>die Schlüsseldatei %1 (nicht lesbar: kein privater Schlüssel, oder die Passphrase ist falsch)</translation>
    </message>
    <message>
        <source>Cannot log in to %1: the server refused %2 (it accepts %3); check the user name, the key (ansible_ssh_private_key_file) or the password.</source>
        <translation>Anmeldung bei %1 nicht möglich: Der Server hat %2 abgelehnt (er akzeptiert %3); prüfen Sie den Benutzernamen, den Schlüssel (ansible_ssh_private_key_file) oder das Passwort.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>antler::transport::SshTransport</name>
    <message>
        <source>The command on %1 was cancelled: its transport was closed.</source>
        <translation>Der Befehl auf %1 wurde abgebrochen: sein Transport wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>antler::transport::Transport</name>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>Cannot %1 on %2: %3; %4</source>
        <translation>%1 auf %2 nicht möglich: %3; %4</translation>
    </message>
    <message>
        <source>upload of %1</source>
        <translation>Hochladen von %1</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>%1 schreiben</translation>
    </message>
    <message>
        <source>check the path.</source>
        <translation>prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>check the path, or use become.</source>
        <translation>prüfen Sie den Pfad oder verwenden Sie become.</translation>
    </message>
    <message>
        <source>download of %1</source>
        <translation>Download von %1</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>%1 lesen</translation>
    </message>
    <message>
        <source>check that the file exists and is readable.</source>
        <translation>prüfen Sie, ob die Datei existiert und lesbar ist.</translation>
    </message>
    <message>
        <source>Cannot save %1 from %2 to %3: %4.</source>
        <translation>%1 von %2 kann nicht nach %3 gespeichert werden: %4.</translation>
    </message>
    <message>
        <source>stat of %1</source>
        <translation>stat von %1</translation>
    </message>
    <message>
        <source>read the status of %1</source>
        <translation>den Status von %1 lesen</translation>
    </message>
    <message>
        <source>Cannot read the status of %1 on %2: unexpected answer &apos;%3&apos; from stat; check that GNU coreutils are installed.</source>
        <translation>Der Status von %1 auf %2 kann nicht gelesen werden: unerwartete Antwort &apos;%3&apos; von stat; prüfen Sie, ob GNU coreutils installiert sind.</translation>
    </message>
</context>
</TS>
