<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>antler::cli::CommandLine</name>
    <message>
        <source>“%1” is not an antler command; run “antler --help” to see the commands.</source>
        <translation>”%1” är inget kommando i antler; kör ”antler --help” för att se kommandona.</translation>
    </message>
    <message>
        <source>the option %1 needs a file name; write it as “%1 FILE”.</source>
        <translation>flaggan %1 behöver ett filnamn; skriv den som ”%1 FILE”.</translation>
    </message>
    <message>
        <source>unknown option “%1”; run “antler --help” to see the options.</source>
        <translation>okänd flagga ”%1”; kör ”antler --help” för att se flaggorna.</translation>
    </message>
    <message>
        <source>no display is available (DISPLAY and WAYLAND_DISPLAY are not set); run antler in a desktop session, or use one of the headless modes that “antler --help” lists.</source>
        <translation>ingen skärm är tillgänglig (DISPLAY och WAYLAND_DISPLAY är inte satta); kör antler i en skrivbordssession, eller använd något av lägena utan skärm som ”antler --help” listar.</translation>
    </message>
</context>
<context>
    <name>antler::cli::HelpCommand</name>
    <message>
        <source>there is no help on “%1”; ask for one of: %2.</source>
        <translation>det finns ingen hjälp om ”%1”; be om något av: %2.</translation>
    </message>
    <message>
        <source>Show this help; “antler help TOPIC” shows one part: window, run-playbook, pipeline or status.</source>
        <translation>Visa den här hjälpen; ”antler help TOPIC” visar en del: window, run-playbook, pipeline eller status.</translation>
    </message>
    <message>
        <source>Show the version, the commit and the build time.</source>
        <translation>Visa versionen, commiten och byggtiden.</translation>
    </message>
    <message>
        <source>Opens the control panel, which shows the stages of the pipeline.</source>
        <translation>Öppnar kontrollpanelen, som visar pipelinens steg.</translation>
    </message>
    <message>
        <source>Runs an Ansible-compatible YAML playbook over SSH, printing each task as it runs and a recap per host at the end. It takes ansible-playbook&apos;s flags and exits with its codes.</source>
        <translation>Kör en Ansible-kompatibel YAML-playbook över SSH, skriver ut varje uppgift medan den körs och en sammanfattning per värd i slutet. Den tar ansible-playbooks flaggor och avslutas med dess koder.</translation>
    </message>
    <message>
        <source>Builds the images, rolls them out, and moves a release from stage to stage; every step is recorded.</source>
        <translation>Bygger avbildningarna, rullar ut dem och flyttar en release från steg till steg; varje moment registreras.</translation>
    </message>
    <message>
        <source>Shows the live health of every stage: the same probes and host metrics the charts show.</source>
        <translation>Visar varje stegs hälsa i realtid: samma kontroller och värdmätvärden som diagrammen visar.</translation>
    </message>
    <message>
        <source>Read the pipeline from FILE (see Configuration).</source>
        <translation>Läs pipelinen från FILE (se Konfiguration).</translation>
    </message>
    <message>
        <source>Inventory file, or a comma-separated list of hosts such as host1,host2, (note the trailing comma).</source>
        <translation>Inventariefil, eller en kommaseparerad lista med värdar som host1,host2, (observera det avslutande kommat).</translation>
    </message>
    <message>
        <source>Set an extra variable, or read variables from a YAML or JSON file; may be repeated.</source>
        <translation>Sätt en extra variabel, eller läs variabler från en YAML- eller JSON-fil; kan upprepas.</translation>
    </message>
    <message>
        <source>Report what would change without changing anything.</source>
        <translation>Rapportera vad som skulle ändras utan att ändra något.</translation>
    </message>
    <message>
        <source>Show the changes made to files and templates.</source>
        <translation>Visa ändringarna i filer och mallar.</translation>
    </message>
    <message>
        <source>Run only on the hosts that match PATTERN.</source>
        <translation>Kör bara på de värdar som matchar PATTERN.</translation>
    </message>
    <message>
        <source>Run only the tasks tagged T (comma-separated).</source>
        <translation>Kör bara uppgifterna med taggarna T (kommaseparerade).</translation>
    </message>
    <message>
        <source>Skip the tasks tagged T (comma-separated).</source>
        <translation>Hoppa över uppgifterna med taggarna T (kommaseparerade).</translation>
    </message>
    <message>
        <source>Work on up to N hosts at once.</source>
        <translation>Arbeta med upp till N värdar samtidigt.</translation>
    </message>
    <message>
        <source>Start at the task called NAME.</source>
        <translation>Börja vid uppgiften som heter NAME.</translation>
    </message>
    <message>
        <source>Check the playbook&apos;s syntax, then exit.</source>
        <translation>Kontrollera playbookens syntax och avsluta sedan.</translation>
    </message>
    <message>
        <source>List the tasks that would run, then exit.</source>
        <translation>Lista uppgifterna som skulle köras och avsluta sedan.</translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation>Skriv ut resultaten som JSON.</translation>
    </message>
    <message>
        <source>Print more details; repeat for more, as in -vvv.</source>
        <translation>Skriv ut fler detaljer; upprepa för ännu fler, som i -vvv.</translation>
    </message>
    <message>
        <source>Build the backend and frontend images on the target.</source>
        <translation>Bygg avbildningarna för backend och frontend på målsystemet.</translation>
    </message>
    <message>
        <source>Roll the latest build out to STAGE.</source>
        <translation>Rulla ut det senaste bygget till STAGE.</translation>
    </message>
    <message>
        <source>Move the exact image digest that runs in FROM to TO, if FROM is healthy.</source>
        <translation>Flytta exakt den avbildningssammanfattning som körs i FROM till TO, om FROM är frisk.</translation>
    </message>
    <message>
        <source>Put STAGE back on its previous release.</source>
        <translation>Återställ STAGE till dess föregående release.</translation>
    </message>
    <message>
        <source>List every build, rollout, promotion and rollback.</source>
        <translation>Lista varje bygge, utrullning, befordran och återställning.</translation>
    </message>
    <message>
        <source>Show which release each stage runs.</source>
        <translation>Visa vilken release varje steg kör.</translation>
    </message>
    <message>
        <source>Keep printing updates until interrupted.</source>
        <translation>Fortsätt skriva ut uppdateringar tills du avbryter.</translation>
    </message>
    <message>
        <source>Success.</source>
        <translation>Lyckades.</translation>
    </message>
    <message>
        <source>An error.</source>
        <translation>Ett fel.</translation>
    </message>
    <message>
        <source>A host failed.</source>
        <translation>En värd misslyckades.</translation>
    </message>
    <message>
        <source>Invalid options.</source>
        <translation>Ogiltiga flaggor.</translation>
    </message>
    <message>
        <source>The mode is not available in this build yet.</source>
        <translation>Läget finns inte i den här versionen än.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Avbruten.</translation>
    </message>
    <message>
        <source>An unexpected error.</source>
        <translation>Ett oväntat fel.</translation>
    </message>
    <message>
        <source>The pipeline is read from the first of: the file given with --config FILE; $XDG_CONFIG_HOME/antler/antler.yaml (usually ~/.config/antler/antler.yaml); antler/antler.yaml in $XDG_CONFIG_DIRS (usually /etc/xdg); the built-in Local profile, which runs all three stages on this machine.</source>
        <translation>Pipelinen läses från den första av: filen som anges med --config FILE; $XDG_CONFIG_HOME/antler/antler.yaml (oftast ~/.config/antler/antler.yaml); antler/antler.yaml i $XDG_CONFIG_DIRS (oftast /etc/xdg); den inbyggda lokala profilen, som kör alla tre stegen på den här datorn.</translation>
    </message>
    <message>
        <source>Antler takes a Raspberry Pi, or any Debian-like host, from a bare system to a monitored test, staging and production pipeline. Without arguments it opens its window; with --run-playbook, pipeline or status it runs headless and needs no display.</source>
        <translation>Antler tar en Raspberry Pi, eller vilken Debian-liknande värd som helst, från ett tomt system till en övervakad pipeline med test, staging och produktion. Utan argument öppnar det sitt fönster; med --run-playbook, pipeline eller status körs det utan grafiskt gränssnitt och behöver ingen skärm.</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Fönster:</translation>
    </message>
    <message>
        <source>Running playbooks:</source>
        <translation>Köra playbooks:</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Pipeline:</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>Hälsa:</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Användning:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Slutkoder:</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Övrigt:</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>Konfiguration:</translation>
    </message>
    <message>
        <source>Trust and remember the key of a host not yet in known_hosts, as OpenSSH&apos;s accept-new; without it such hosts are refused. A changed key is always refused.</source>
        <translation>Lita på och spara nyckeln för en värd som ännu inte finns i known_hosts, som OpenSSH:s accept-new; utan den nekas sådana värdar. En ändrad nyckel nekas alltid.</translation>
    </message>
    <message>
        <source>It exits with 0 when every stage is up, 2 when a stage is down and 3 when none is down but one is degraded or not known yet. One-shot status has no history, so one failed probe counts as down.</source>
        <translation>Det avslutas med 0 när alla steg är uppe, 2 när ett steg är nere och 3 när inget är nere men något är försämrat eller ännu okänt. En enstaka statuskontroll har ingen historik, så en enda misslyckad kontroll räknas som nere.</translation>
    </message>
    <message>
        <source>The playbook or the inventory has an error, which is printed as FILE:LINE:COLUMN; no host was contacted.</source>
        <translation>Playbooken eller inventariet innehåller ett fel, som skrivs ut som FILE:LINE:COLUMN; ingen värd kontaktades.</translation>
    </message>
    <message>
        <source>A host was unreachable.</source>
        <translation>En värd gick inte att nå.</translation>
    </message>
    <message>
        <source>This build opens the window, reports the health of every stage, and runs playbooks with the command, shell, raw, ping and debug modules; --check, --diff, --limit, --tags, --skip-tags, --start-at-task and --list-tasks arrive with the full engine. The pipeline mode is documented ahead of its release: for now it runs nothing and exits with code %1.</source>
        <translation>Den här versionen öppnar fönstret, rapporterar hälsan för varje steg och kör playbooks med modulerna command, shell, raw, ping och debug; --check, --diff, --limit, --tags, --skip-tags, --start-at-task och --list-tasks kommer med den fullständiga motorn. Läget pipeline dokumenteras före sin release: tills vidare kör det ingenting och avslutas med kod %1.</translation>
    </message>
</context>
<context>
    <name>antler::cli::RunPlaybookCommand</name>
    <message>
        <source>the -e value</source>
        <translation>värdet för -e</translation>
    </message>
    <message>
        <source>cannot read the variables file %1 (%2); check the path after -e @.</source>
        <translation>kan inte läsa variabelfilen %1 (%2); kontrollera sökvägen efter -e @.</translation>
    </message>
    <message>
        <source>the extra variable “%1” is not NAME=VALUE; write -e name=value, -e @file.yml or -e &apos;{&quot;name&quot;: &quot;value&quot;}&apos;.</source>
        <translation>extravariabeln ”%1” har inte formen NAME=VALUE; skriv -e name=value, -e @file.yml eller -e &apos;{&quot;name&quot;: &quot;value&quot;}&apos;.</translation>
    </message>
    <message>
        <source>%1 is not a mapping of variable names to values; write one “name: value” per line.</source>
        <translation>%1 är ingen mappning från variabelnamn till värden; skriv ett ”name: value” per rad.</translation>
    </message>
    <message>
        <source>%1 is not valid YAML or JSON (%2 at line %3); fix it and run again.</source>
        <translation>%1 är inte giltig YAML eller JSON (%2 på rad %3); rätta felet och kör igen.</translation>
    </message>
    <message>
        <source>the option %1 needs a value; write it as “%1 %2”.</source>
        <translation>flaggan %1 behöver ett värde; skriv den som ”%1 %2”.</translation>
    </message>
    <message>
        <source>only one -i is supported in this version; merge the inventories into one file or folder.</source>
        <translation>den här versionen stöder bara ett -i; slå ihop inventarierna till en fil eller mapp.</translation>
    </message>
    <message>
        <source>--forks takes a whole number of at least 1, not “%1”; write for example --forks 5.</source>
        <translation>--forks tar ett heltal på minst 1, inte ”%1”; skriv till exempel --forks 5.</translation>
    </message>
    <message>
        <source>%1 arrives with the full playbook engine and is not in this version; run without it, or use ansible-playbook for now.</source>
        <translation>%1 kommer med den fullständiga playbook-motorn och finns inte i den här versionen; kör utan den, eller använd ansible-playbook tills vidare.</translation>
    </message>
    <message>
        <source>unknown option “%1” for --run-playbook; run “antler help run-playbook” to see the options.</source>
        <translation>okänd flagga ”%1” för --run-playbook; kör ”antler help run-playbook” för att se flaggorna.</translation>
    </message>
    <message>
        <source>the option --run-playbook needs a file name; write it as “--run-playbook FILE”.</source>
        <translation>flaggan --run-playbook behöver ett filnamn; skriv den som ”--run-playbook FILE”.</translation>
    </message>
    <message>
        <source>the playbook has %1 problems; fix them and run again, nothing was run.</source>
        <translation>playbooken har %1 problem; rätta dem och kör igen, ingenting kördes.</translation>
    </message>
    <message>
        <source>no inventory was given with -i, so only the implicit localhost is available.</source>
        <translation>inget inventarie angavs med -i, så bara den implicita localhost finns tillgänglig.</translation>
    </message>
    <message>
        <source>interrupted; the running commands were stopped and nothing more runs.</source>
        <translation>avbrutet; de pågående kommandona stoppades och ingenting mer körs.</translation>
    </message>
</context>
<context>
    <name>antler::cli::UnavailableCommand</name>
    <message>
        <source>“%1” is not available in this build yet, so nothing was run; update antler to a release that includes it.</source>
        <translation>”%1” finns inte i den här versionen än, så ingenting kördes; uppdatera antler till en version som innehåller det.</translation>
    </message>
</context>
<context>
    <name>antler::gui::Launcher</name>
    <message>
        <source>cannot write the screenshot to %1; check that its folder exists and is writable.</source>
        <translation>kan inte skriva skärmbilden till %1; kontrollera att mappen finns och är skrivbar.</translation>
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
        <translation>inbyggd lokal profil</translation>
    </message>
    <message>
        <source>Configuration: %1</source>
        <translation>Konfiguration: %1</translation>
    </message>
    <message>
        <source>Local profile</source>
        <translation>Lokal profil</translation>
    </message>
    <message>
        <source>Profile “%1”</source>
        <translation>Profil ”%1”</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Antler</source>
        <translation>&amp;Om Antler</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>No Raspberry Pi is configured: every stage runs on this machine as a local process, so the whole pipeline works without any other hardware.</source>
        <translation>Ingen Raspberry Pi är konfigurerad: varje steg körs som en lokal process på den här datorn, så hela pipelinen fungerar utan annan hårdvara.</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s) configured in %1.</source>
        <translation>
            <numerusform>%n steg konfigurerat i %1.</numerusform>
            <numerusform>%n steg konfigurerade i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pipeline configuration could not be used, so the Local profile is shown.</source>
        <translation>Pipelinekonfigurationen kunde inte användas, så den lokala profilen visas.</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>A release is promoted from left to right.</source>
        <translation>En release befordras från vänster till höger.</translation>
    </message>
    <message>
        <source>promotes to</source>
        <translation>befordras till</translation>
    </message>
    <message>
        <source>About Antler</source>
        <translation>Om Antler</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Antler %1&lt;/h3&gt;&lt;p&gt;Takes a Raspberry Pi, or any Debian-like host, from a bare system to a monitored test, staging and production pipeline.&lt;/p&gt;&lt;p&gt;Commit %2, built %3, Qt %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Antler %1&lt;/h3&gt;&lt;p&gt;Tar en Raspberry Pi, eller vilken Debian-liknande värd som helst, från ett tomt system till en övervakad pipeline med test, staging och produktion.&lt;/p&gt;&lt;p&gt;Commit %2, byggd %3, Qt %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stage %1 is now %2: %3</source>
        <translation>Steget %1 är nu %2: %3</translation>
    </message>
</context>
<context>
    <name>antler::gui::StageCard</name>
    <message>
        <source>Stage %1</source>
        <translation>Steg %1</translation>
    </message>
    <message>
        <source>Stage %1 of %2</source>
        <translation>Steg %1 av %2</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Körmiljö</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Waiting for the first probe</source>
        <translation>Väntar på den första kontrollen</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Svarstid</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Uppe</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Försämrad</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nere</translation>
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
        <translation>kan inte skapa mappen %1 för hälsohistoriken; kontrollera dess behörigheter.</translation>
    </message>
    <message>
        <source>cannot open the health history %1: %2; check that the file is a writable SQLite database.</source>
        <translation>kan inte öppna hälsohistoriken %1: %2; kontrollera att filen är en skrivbar SQLite-databas.</translation>
    </message>
    <message>
        <source>the health history %1 refused an update: %2.</source>
        <translation>hälsohistoriken %1 vägrade en uppdatering: %2.</translation>
    </message>
    <message>
        <source>cannot write to the health history %1: %2; check the disk space and the file&apos;s permissions.</source>
        <translation>kan inte skriva till hälsohistoriken %1: %2; kontrollera diskutrymmet och filens behörigheter.</translation>
    </message>
    <message>
        <source>cannot downsample the health history %1: %2.</source>
        <translation>kan inte glesa ut hälsohistoriken %1: %2.</translation>
    </message>
    <message>
        <source>the health history is not open; open it before adding markers.</source>
        <translation>hälsohistoriken är inte öppen; öppna den innan du lägger till markörer.</translation>
    </message>
    <message>
        <source>cannot write a marker to the health history %1: %2.</source>
        <translation>kan inte skriva en markör till hälsohistoriken %1: %2.</translation>
    </message>
</context>
<context>
    <name>antler::health::Probe</name>
    <message>
        <source>the probe has no network access manager</source>
        <translation>kontrollen har ingen nätverksåtkomsthanterare</translation>
    </message>
    <message>
        <source>connection refused at %1</source>
        <translation>anslutningen nekades av %1</translation>
    </message>
    <message>
        <source>host %1 not found; check the stage&apos;s host in antler.yaml</source>
        <translation>värden %1 hittades inte; kontrollera stegets värd i antler.yaml</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>kan inte ansluta till %1: %2</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>tidsgränsen överskreds efter %1 ms</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering %2</source>
        <translation>%1 stängde anslutningen innan %2 besvarades</translation>
    </message>
    <message>
        <source>no answer from %1%2: %3</source>
        <translation>inget svar från %1%2: %3</translation>
    </message>
    <message>
        <source>expected HTTP 200 from %1, got %2 (%3)</source>
        <translation>förväntade HTTP 200 från %1, fick %2 (%3)</translation>
    </message>
    <message>
        <source>expected the moose facts page at %1, got HTTP %2 (%3)</source>
        <translation>förväntade sidan med älgfakta på %1, fick HTTP %2 (%3)</translation>
    </message>
    <message>
        <source>the page at %1 is not the moose facts frontend: it has no element with id “fact-text” (%2)</source>
        <translation>sidan på %1 är inte frontend för älgfakta: den har inget element med id ”fact-text” (%2)</translation>
    </message>
    <message>
        <source>expected JSON with a fact, got %1</source>
        <translation>förväntade JSON med ett faktum, fick %1</translation>
    </message>
    <message>
        <source>expected JSON with a fact, got an object without “text”</source>
        <translation>förväntade JSON med ett faktum, fick ett objekt utan ”text”</translation>
    </message>
    <message>
        <source>expected JSON from /version, got %1</source>
        <translation>förväntade JSON från /version, fick %1</translation>
    </message>
</context>
<context>
    <name>antler::health::StageHealth</name>
    <message>
        <source>waiting for the %1 probe to confirm a state</source>
        <translation>väntar på att kontrollen %1 ska bekräfta ett tillstånd</translation>
    </message>
    <message>
        <source>the %1 probe answered in %2 ms, over the %3 ms limit</source>
        <translation>kontrollen %1 svarade på %2 ms, över gränsen på %3 ms</translation>
    </message>
    <message numerus="yes">
        <source>all %n probe(s) answer</source>
        <translation>
            <numerusform>%n kontroll svarar</numerusform>
            <numerusform>alla %n kontroller svarar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>antler::inventory::HostRange</name>
    <message>
        <source>the host “%1” ends in “:” without a port; write the port after the colon or remove the colon.</source>
        <translation>värden ”%1” slutar med ”:” utan port; skriv porten efter kolonet eller ta bort kolonet.</translation>
    </message>
    <message>
        <source>the port of “%1” is not a number from 1 to 65535; write a port in that range.</source>
        <translation>porten i ”%1” är inte ett tal från 1 till 65535; skriv en port i det intervallet.</translation>
    </message>
    <message>
        <source>“%1” is not a host name with an optional :PORT; write it as NAME or NAME:PORT.</source>
        <translation>”%1” är inte ett värdnamn med valfri :PORT; skriv det som NAME eller NAME:PORT.</translation>
    </message>
    <message>
        <source>the host name is empty; write a name before the port.</source>
        <translation>värdnamnet är tomt; skriv ett namn före porten.</translation>
    </message>
    <message>
        <source>the range in “%1” has no matching bracket; write ranges as [BEGIN:END], such as pi[1:3].</source>
        <translation>intervallet i ”%1” saknar avslutande hakparentes; skriv intervall som [BEGIN:END], till exempel pi[1:3].</translation>
    </message>
    <message>
        <source>the range “[%1]” is not BEGIN:END or BEGIN:END:STEP; write it as pi[1:3] or web[01:10:2].</source>
        <translation>intervallet ”[%1]” har inte formen BEGIN:END eller BEGIN:END:STEP; skriv det som pi[1:3] eller web[01:10:2].</translation>
    </message>
    <message>
        <source>the range “[%1]” has no end; write the last value after the colon.</source>
        <translation>intervallet ”[%1]” saknar slut; skriv det sista värdet efter kolonet.</translation>
    </message>
    <message>
        <source>the step of the range “[%1]” is not a positive number; write a step of 1 or more.</source>
        <translation>steget i intervallet ”[%1]” är inte ett positivt tal; skriv ett steg på 1 eller mer.</translation>
    </message>
    <message>
        <source>the range “[%1]” ends before it begins; write the smaller value first.</source>
        <translation>intervallet ”[%1]” slutar innan det börjar; skriv det mindre värdet först.</translation>
    </message>
    <message>
        <source>the range “[%1]” pads its begin to %2 digits but not its end; write both with the same number of digits, such as [01:10].</source>
        <translation>intervallet ”[%1]” fyller ut början till %2 siffror men inte slutet; skriv båda med lika många siffror, till exempel [01:10].</translation>
    </message>
    <message>
        <source>the range “[%1]” stands for more than 100000 hosts; split the inventory or use a smaller range.</source>
        <translation>intervallet ”[%1]” motsvarar fler än 100000 värdar; dela upp inventariet eller använd ett mindre intervall.</translation>
    </message>
    <message>
        <source>the range “[%1]” mixes or misuses letters and numbers; write two numbers, such as [1:3], or two letters, such as [a:c].</source>
        <translation>intervallet ”[%1]” blandar eller använder bokstäver och siffror fel; skriv två tal, till exempel [1:3], eller två bokstäver, till exempel [a:c].</translation>
    </message>
</context>
<context>
    <name>antler::inventory::IniInventoryParser</name>
    <message>
        <source>the section type “%1” is unknown; write [%2], [%2:children] or [%2:vars].</source>
        <translation>sektionstypen ”%1” är okänd; skriv [%2], [%2:children] eller [%2:vars].</translation>
    </message>
    <message>
        <source>adding the group “%1” to “%2” makes a group its own ancestor; remove one of the two [:children] entries.</source>
        <translation>att lägga till gruppen ”%1” i ”%2” gör en grupp till sin egen förfader; ta bort en av de två [:children]-posterna.</translation>
    </message>
    <message>
        <source>the section header “%1” has no closing bracket; write it as [NAME].</source>
        <translation>sektionsrubriken ”%1” saknar avslutande hakparentes; skriv den som [NAME].</translation>
    </message>
    <message>
        <source>the section header “%1” is not valid; write [NAME], [NAME:children] or [NAME:vars] without spaces.</source>
        <translation>sektionsrubriken ”%1” är ogiltig; skriv [NAME], [NAME:children] eller [NAME:vars] utan mellanslag.</translation>
    </message>
    <message>
        <source>this quotation mark is never closed; close the quoted value on the same line.</source>
        <translation>det här citattecknet stängs aldrig; avsluta det citerade värdet på samma rad.</translation>
    </message>
    <message>
        <source>“---” starts a YAML document, not an INI host; name the file with a .yml extension or remove the line.</source>
        <translation>”---” inleder ett YAML-dokument, inte en INI-värd; ge filen ändelsen .yml eller ta bort raden.</translation>
    </message>
    <message>
        <source>“%1” after the host “%2” is not KEY=VALUE; write host variables as KEY=VALUE, quoting values with spaces.</source>
        <translation>”%1” efter värden ”%2” har inte formen KEY=VALUE; skriv värdvariabler som KEY=VALUE och citera värden med mellanslag.</translation>
    </message>
    <message>
        <source>“%1” after the host “%2” has no variable name; write it as KEY=VALUE.</source>
        <translation>”%1” efter värden ”%2” saknar variabelnamn; skriv det som KEY=VALUE.</translation>
    </message>
    <message>
        <source>“%1” in [%2:vars] is not KEY=VALUE; write one variable per line as KEY=VALUE.</source>
        <translation>”%1” i [%2:vars] har inte formen KEY=VALUE; skriv en variabel per rad som KEY=VALUE.</translation>
    </message>
    <message>
        <source>“%1” in [%2:vars] has no variable name; write it as KEY=VALUE.</source>
        <translation>”%1” i [%2:vars] saknar variabelnamn; skriv det som KEY=VALUE.</translation>
    </message>
    <message>
        <source>“%1” in [%2:children] is not a group name; write one group name per line, without spaces or colons.</source>
        <translation>”%1” i [%2:children] är inget gruppnamn; skriv ett gruppnamn per rad, utan mellanslag eller kolon.</translation>
    </message>
    <message>
        <source>adding the group “%1” to “%2” makes a group its own ancestor; remove this line or the entry that makes “%2” a child of “%1”.</source>
        <translation>att lägga till gruppen ”%1” i ”%2” gör en grupp till sin egen förfader; ta bort den här raden eller posten som gör ”%2” till barn till ”%1”.</translation>
    </message>
    <message>
        <source>[%1:children] names the group “%2”, which is not defined anywhere; add a [%2] section or remove the line.</source>
        <translation>[%1:children] nämner gruppen ”%2”, som inte är definierad någonstans; lägg till en sektion [%2] eller ta bort raden.</translation>
    </message>
    <message>
        <source>[%1:vars] sets variables of the group “%1”, which is not defined anywhere; add a [%1] section above or below it.</source>
        <translation>[%1:vars] sätter variabler för gruppen ”%1”, som inte är definierad någonstans; lägg till en sektion [%1] ovanför eller under den.</translation>
    </message>
</context>
<context>
    <name>antler::inventory::Inventory</name>
    <message>
        <source>the inventory does not exist; give the path of an inventory file or folder, or a comma-separated list of hosts such as “pi1,pi2,”.</source>
        <translation>inventariet finns inte; ange sökvägen till en inventariefil eller inventariemapp, eller en kommaseparerad lista med värdar som ”pi1,pi2,”.</translation>
    </message>
    <message>
        <source>cannot read the inventory (%1); check that the file is readable.</source>
        <translation>kan inte läsa inventariet (%1); kontrollera att filen är läsbar.</translation>
    </message>
    <message>
        <source>cannot read the inventory (%1); check that the file exists and is readable.</source>
        <translation>kan inte läsa inventariet (%1); kontrollera att filen finns och är läsbar.</translation>
    </message>
    <message>
        <source>host “%1”: %2</source>
        <translation>värd ”%1”: %2</translation>
    </message>
    <message>
        <source>ansible_port “%1” is not a number from 1 to 65535; set it to the SSH port, usually 22.</source>
        <translation>ansible_port ”%1” är inte ett tal från 1 till 65535; sätt den till SSH-porten, oftast 22.</translation>
    </message>
    <message>
        <source>ansible_connection “%1” is not supported; use ssh or local.</source>
        <translation>ansible_connection ”%1” stöds inte; använd ssh eller local.</translation>
    </message>
    <message>
        <source>ansible_become “%1” is not a boolean; write true or false.</source>
        <translation>ansible_become ”%1” är inget booleskt värde; skriv true eller false.</translation>
    </message>
    <message>
        <source>Could not match the host pattern “%1”; check the spelling against the inventory&apos;s hosts and groups.</source>
        <translation>Kunde inte matcha värdmönstret ”%1”; jämför stavningen med inventariets värdar och grupper.</translation>
    </message>
</context>
<context>
    <name>antler::inventory::VarsFiles</name>
    <message>
        <source>cannot read the variables file (%1); check that it is readable.</source>
        <translation>kan inte läsa variabelfilen (%1); kontrollera att den är läsbar.</translation>
    </message>
    <message>
        <source>this is not valid YAML (%1); correct the syntax at this position.</source>
        <translation>det här är inte giltig YAML (%1); rätta syntaxen på den här platsen.</translation>
    </message>
    <message>
        <source>a variables file must be a mapping of names to values; write one “name: value” per line.</source>
        <translation>en variabelfil måste vara en mappning från namn till värden; skriv ett ”name: value” per rad.</translation>
    </message>
</context>
<context>
    <name>antler::inventory::YamlInventoryParser</name>
    <message>
        <source>this is not valid YAML (%1); correct the syntax at this position.</source>
        <translation>det här är inte giltig YAML (%1); rätta syntaxen på den här platsen.</translation>
    </message>
    <message>
        <source>a YAML inventory must be a mapping of groups; start it with “all:” followed by “hosts:”, “children:” or “vars:”.</source>
        <translation>ett YAML-inventarie måste vara en mappning av grupper; börja det med ”all:” följt av ”hosts:”, ”children:” eller ”vars:”.</translation>
    </message>
    <message>
        <source>this is the configuration of an inventory plugin, which Antler does not run; write the hosts as a YAML inventory starting with “all:”.</source>
        <translation>det här är konfigurationen för ett inventarieplugin, som Antler inte kör; skriv värdarna som ett YAML-inventarie som börjar med ”all:”.</translation>
    </message>
    <message>
        <source>a group name must be text; write a name such as “all” or “web”.</source>
        <translation>ett gruppnamn måste vara text; skriv ett namn som ”all” eller ”web”.</translation>
    </message>
    <message>
        <source>this YAML cannot be read as an inventory (%1); correct it at this position.</source>
        <translation>den här YAML-koden kan inte läsas som ett inventarie (%1); rätta den på den här platsen.</translation>
    </message>
    <message>
        <source>the group “%1” must be a mapping with “hosts:”, “children:” or “vars:”; indent those keys under the group name.</source>
        <translation>gruppen ”%1” måste vara en mappning med ”hosts:”, ”children:” eller ”vars:”; dra in de nycklarna under gruppnamnet.</translation>
    </message>
    <message>
        <source>“%1” is not a valid group name; use letters, digits and underscores.</source>
        <translation>”%1” är inte ett giltigt gruppnamn; använd bokstäver, siffror och understreck.</translation>
    </message>
    <message>
        <source>the group “%1” has the unknown key “%2”; use hosts, children or vars, or move “%2” under a group&apos;s hosts or children.</source>
        <translation>gruppen ”%1” har den okända nyckeln ”%2”; använd hosts, children eller vars, eller flytta ”%2” under en grupps hosts eller children.</translation>
    </message>
    <message>
        <source>“%1” of the group “%2” must be a mapping, not a list or a single value; write one entry per line as “NAME:”.</source>
        <translation>”%1” i gruppen ”%2” måste vara en mappning, inte en lista eller ett enskilt värde; skriv en post per rad som ”NAME:”.</translation>
    </message>
    <message>
        <source>making “%1” a child of “%2” makes a group its own ancestor; remove one of the two entries.</source>
        <translation>att göra ”%1” till barn till ”%2” gör en grupp till sin egen förfader; ta bort en av de två posterna.</translation>
    </message>
    <message>
        <source>the variables of the host “%1” must be a mapping; write them as “KEY: VALUE” lines indented under the host, or leave the host empty.</source>
        <translation>variablerna för värden ”%1” måste vara en mappning; skriv dem som ”KEY: VALUE”-rader indragna under värden, eller lämna värden tom.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::PipelineConfig</name>
    <message>
        <source>unknown key “%1”; use one of: %2.</source>
        <translation>okänd nyckel ”%1”; använd någon av: %2.</translation>
    </message>
    <message>
        <source>the key “%1” appears twice, first on line %2; keep only one of them.</source>
        <translation>nyckeln ”%1” förekommer två gånger, först på rad %2; behåll bara en av dem.</translation>
    </message>
    <message>
        <source>the key “%1” has no value; write its value after the colon on the same line.</source>
        <translation>nyckeln ”%1” har inget värde; skriv värdet efter kolonet på samma rad.</translation>
    </message>
    <message>
        <source>the value of “%1” must be a single value, not a list or a mapping; write it on the same line as the key.</source>
        <translation>värdet för ”%1” måste vara ett enkelt värde, inte en lista eller en mappning; skriv det på samma rad som nyckeln.</translation>
    </message>
    <message>
        <source>the pipeline configuration is empty; add “stages:” with one entry per stage.</source>
        <translation>pipelinekonfigurationen är tom; lägg till ”stages:” med en post per steg.</translation>
    </message>
    <message>
        <source>the pipeline configuration is not a mapping of keys; start it with “stages:” followed by the list of stages.</source>
        <translation>pipelinekonfigurationen är ingen mappning av nycklar; börja den med ”stages:” följt av listan med steg.</translation>
    </message>
    <message>
        <source>version “%1” is not supported; this Antler reads version %2, so write “version: %2”.</source>
        <translation>version ”%1” stöds inte; den här Antler läser version %2, så skriv ”version: %2”.</translation>
    </message>
    <message>
        <source>the registry “%1” is neither “none” nor HOST:PORT; write “registry: none” or the registry&apos;s address, such as 192.168.1.20:5000.</source>
        <translation>registret ”%1” är varken ”none” eller HOST:PORT; skriv ”registry: none” eller registrets adress, till exempel 192.168.1.20:5000.</translation>
    </message>
    <message>
        <source>the list “stages” is missing; add “stages:” with one entry per stage, such as test, staging and production.</source>
        <translation>listan ”stages” saknas; lägg till ”stages:” med en post per steg, till exempel test, staging och production.</translation>
    </message>
    <message>
        <source>“stages” must be a list with at least one stage; write each stage as an entry starting with “- name:”.</source>
        <translation>”stages” måste vara en lista med minst ett steg; skriv varje steg som en post som börjar med ”- name:”.</translation>
    </message>
    <message>
        <source>stage “%1” uses %2, which stage “%3” already uses; give each stage its own port.</source>
        <translation>steget ”%1” använder %2, som steget ”%3” redan använder; ge varje steg en egen port.</translation>
    </message>
    <message>
        <source>this stage is not a mapping of keys; write it as “- name: test” followed by its runtime, host and port.</source>
        <translation>det här steget är ingen mappning av nycklar; skriv det som ”- name: test” följt av körmiljö, värd och port.</translation>
    </message>
    <message>
        <source>this stage has no name; add “name:” with a lowercase name such as test.</source>
        <translation>det här steget saknar namn; lägg till ”name:” med ett namn i gemener, till exempel test.</translation>
    </message>
    <message>
        <source>the stage name “%1” is not valid; use lowercase letters, digits and hyphens, starting with a letter, at most 63 characters.</source>
        <translation>stegnamnet ”%1” är ogiltigt; använd gemener, siffror och bindestreck, börja med en bokstav, högst 63 tecken.</translation>
    </message>
    <message>
        <source>the stage name “%1” is already used on line %2; give every stage its own name.</source>
        <translation>stegnamnet ”%1” används redan på rad %2; ge varje steg ett eget namn.</translation>
    </message>
    <message>
        <source>stage “%1” has no runtime; add “runtime:” with kubernetes, podman or local.</source>
        <translation>steget ”%1” saknar körmiljö; lägg till ”runtime:” med kubernetes, podman eller local.</translation>
    </message>
    <message>
        <source>stage “%1” has the unknown runtime “%2”; use kubernetes, podman or local.</source>
        <translation>steget ”%1” har den okända körmiljön ”%2”; använd kubernetes, podman eller local.</translation>
    </message>
    <message>
        <source>stage “%1” has no host; add “host:” with the address the stage answers on, such as 127.0.0.1.</source>
        <translation>steget ”%1” saknar värd; lägg till ”host:” med adressen som steget svarar på, till exempel 127.0.0.1.</translation>
    </message>
    <message>
        <source>the host “%1” of stage “%2” is not a host name or address; use a name such as raspberrypi.local or an address such as 127.0.0.1.</source>
        <translation>värden ”%1” för steget ”%2” är varken ett värdnamn eller en adress; använd ett namn som raspberrypi.local eller en adress som 127.0.0.1.</translation>
    </message>
    <message>
        <source>stage “%1” has no port; add “port:” with a free port from 1 to 65535.</source>
        <translation>steget ”%1” saknar port; lägg till ”port:” med en ledig port från 1 till 65535.</translation>
    </message>
    <message>
        <source>the port “%1” of stage “%2” is not a number from 1 to 65535; use a free port in that range.</source>
        <translation>porten ”%1” för steget ”%2” är inget tal från 1 till 65535; använd en ledig port i det intervallet.</translation>
    </message>
    <message>
        <source>the namespace “%1” of stage “%2” is not valid; use lowercase letters, digits and hyphens, starting with a letter, at most 63 characters.</source>
        <translation>namnrymden ”%1” för steget ”%2” är ogiltig; använd gemener, siffror och bindestreck, börja med en bokstav, högst 63 tecken.</translation>
    </message>
    <message>
        <source>the replica count “%1” of stage “%2” is not a number from 1 to 100; use 1 unless the stage runs on a Kubernetes cluster.</source>
        <translation>antalet repliker ”%1” för steget ”%2” är inget tal från 1 till 100; använd 1 om inte steget körs i ett Kubernetes-kluster.</translation>
    </message>
    <message>
        <source>cannot read the pipeline configuration (%1); check that the file exists and is readable.</source>
        <translation>kan inte läsa pipelinekonfigurationen (%1); kontrollera att filen finns och är läsbar.</translation>
    </message>
    <message>
        <source>this is not valid YAML (%1); correct the syntax at this position.</source>
        <translation>detta är inte giltig YAML (%1); rätta syntaxen på den här platsen.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::PlaybookParser</name>
    <message>
        <source>cannot read the playbook (%1); check the path and its permissions.</source>
        <translation>kan inte läsa playbooken (%1); kontrollera sökvägen och dess behörigheter.</translation>
    </message>
    <message>
        <source>this is not valid YAML (%1); check the indentation and the quotes around this position.</source>
        <translation>det här är inte giltig YAML (%1); kontrollera indraget och citattecknen runt den här platsen.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::Reader</name>
    <message>
        <source>a key must be a plain word, not a list or mapping; write it as “name: value”.</source>
        <translation>en nyckel måste vara ett enkelt ord, inte en lista eller mappning; skriv den som ”name: value”.</translation>
    </message>
    <message>
        <source>the key “%1” appears twice, first on line %2; keep only one of them.</source>
        <translation>nyckeln ”%1” förekommer två gånger, första gången på rad %2; behåll bara en av dem.</translation>
    </message>
    <message>
        <source>“%1” has no value; write its value after the colon.</source>
        <translation>”%1” saknar värde; skriv värdet efter kolonet.</translation>
    </message>
    <message>
        <source>the value of “%1” must be text, not a list or a mapping; write it on the same line as the key.</source>
        <translation>värdet för ”%1” måste vara text, inte en lista eller mappning; skriv det på samma rad som nyckeln.</translation>
    </message>
    <message>
        <source>“%1” takes a literal true or false in this version, not a template; write true or false.</source>
        <translation>”%1” tar i den här versionen ett bokstavligt true eller false, inte en mall; skriv true eller false.</translation>
    </message>
    <message>
        <source>“%1” must be true or false; write one of them.</source>
        <translation>”%1” måste vara true eller false; skriv ett av dem.</translation>
    </message>
    <message>
        <source>the playbook is empty; write a list of plays, each starting with “- hosts:”.</source>
        <translation>playbooken är tom; skriv en lista med plays som var och en börjar med ”- hosts:”.</translation>
    </message>
    <message>
        <source>a playbook must be a list of plays; start each play with “- hosts:” and indent its keys below.</source>
        <translation>en playbook måste vara en lista med plays; börja varje play med ”- hosts:” och dra in dess nycklar under.</translation>
    </message>
    <message>
        <source>the playbook has no plays; add one starting with “- hosts:”.</source>
        <translation>playbooken har inga plays; lägg till ett som börjar med ”- hosts:”.</translation>
    </message>
    <message>
        <source>a play must be a mapping of keywords; write it as “- hosts: all” followed by its name and tasks.</source>
        <translation>ett play måste vara en mappning av nyckelord; skriv det som ”- hosts: all” följt av dess namn och uppgifter.</translation>
    </message>
    <message>
        <source>the play keyword “%1” is not supported by this version of Antler yet; remove it, or run this playbook with ansible-playbook until the full engine arrives.</source>
        <translation>play-nyckelordet ”%1” stöds ännu inte av den här versionen av Antler; ta bort det, eller kör den här playbooken med ansible-playbook tills den fullständiga motorn kommer.</translation>
    </message>
    <message>
        <source>“%1” is not a play keyword; use one of: %2.</source>
        <translation>”%1” är inget play-nyckelord; använd något av: %2.</translation>
    </message>
    <message>
        <source>this play has no “hosts”; add “hosts:” with an inventory pattern such as all or a group name.</source>
        <translation>det här playet saknar ”hosts”; lägg till ”hosts:” med ett inventariemönster som all eller ett gruppnamn.</translation>
    </message>
    <message>
        <source>each entry of “hosts” must be a host or group name; write one pattern per entry.</source>
        <translation>varje post i ”hosts” måste vara ett värd- eller gruppnamn; skriv ett mönster per post.</translation>
    </message>
    <message>
        <source>“hosts” is empty; name a host, a group or all.</source>
        <translation>”hosts” är tom; ange en värd, en grupp eller all.</translation>
    </message>
    <message>
        <source>“vars” must be a mapping of names to values; write one “name: value” per line below it.</source>
        <translation>”vars” måste vara en mappning från namn till värden; skriv ett ”name: value” per rad under det.</translation>
    </message>
    <message>
        <source>“%1” is not a valid variable name; use letters, digits and underscores, not starting with a digit.</source>
        <translation>”%1” är inte ett giltigt variabelnamn; använd bokstäver, siffror och understreck, och börja inte med en siffra.</translation>
    </message>
    <message>
        <source>“tasks” must be a list; start each task with “- name:”.</source>
        <translation>”tasks” måste vara en lista; börja varje uppgift med ”- name:”.</translation>
    </message>
    <message>
        <source>a task must be a mapping; write it as “- name: …” followed by one module such as “command: …”.</source>
        <translation>en uppgift måste vara en mappning; skriv den som ”- name: …” följt av en modul som ”command: …”.</translation>
    </message>
    <message>
        <source>“%1” is not a valid variable name for “register”; use letters, digits and underscores.</source>
        <translation>”%1” är inte ett giltigt variabelnamn för ”register”; använd bokstäver, siffror och understreck.</translation>
    </message>
    <message>
        <source>“changed_when” takes only true or false in this version, not an expression; write true or false, or run this playbook with ansible-playbook until the full engine arrives.</source>
        <translation>”changed_when” tar i den här versionen bara true eller false, inte ett uttryck; skriv true eller false, eller kör den här playbooken med ansible-playbook tills den fullständiga motorn kommer.</translation>
    </message>
    <message>
        <source>this task already runs the module “%1”; a task runs exactly one module, so move “%2” into a task of its own.</source>
        <translation>den här uppgiften kör redan modulen ”%1”; en uppgift kör exakt en modul, så flytta ”%2” till en egen uppgift.</translation>
    </message>
    <message>
        <source>the task keyword “%1” is not supported by this version of Antler yet; remove it, or run this playbook with ansible-playbook until the full engine arrives.</source>
        <translation>uppgiftsnyckelordet ”%1” stöds ännu inte av den här versionen av Antler; ta bort det, eller kör den här playbooken med ansible-playbook tills den fullständiga motorn kommer.</translation>
    </message>
    <message>
        <source>the module “%1” is not supported by this version of Antler yet; use one of %2, or run this playbook with ansible-playbook until the full engine arrives.</source>
        <translation>modulen ”%1” stöds ännu inte av den här versionen av Antler; använd någon av %2, eller kör den här playbooken med ansible-playbook tills den fullständiga motorn kommer.</translation>
    </message>
    <message>
        <source>“%1” is neither a task keyword nor a module; check its spelling, or use one of the modules %2 and the keywords %3.</source>
        <translation>”%1” är varken ett uppgiftsnyckelord eller en modul; kontrollera stavningen, eller använd någon av modulerna %2 och nyckelorden %3.</translation>
    </message>
    <message>
        <source>this task runs no module; add one of: %1.</source>
        <translation>den här uppgiften kör ingen modul; lägg till någon av: %1.</translation>
    </message>
    <message>
        <source>“debug: var:” is not supported by this version yet; write msg: &quot;{{ name }}&quot; instead.</source>
        <translation>”debug: var:” stöds ännu inte av den här versionen; skriv msg: &quot;{{ name }}&quot; i stället.</translation>
    </message>
    <message>
        <source>the module “%1” has no argument “%2”; use one of: %3.</source>
        <translation>modulen ”%1” har inget argument ”%2”; använd något av: %3.</translation>
    </message>
    <message>
        <source>“argv” must be a non-empty list of words; write each word as an entry starting with “- ”.</source>
        <translation>”argv” måste vara en icke-tom lista med ord; skriv varje ord som en post som börjar med ”- ”.</translation>
    </message>
    <message>
        <source>each entry of “argv” must be one word, not a list or a mapping; quote it if it contains a colon.</source>
        <translation>varje post i ”argv” måste vara ett ord, inte en lista eller mappning; citera den om den innehåller ett kolon.</translation>
    </message>
    <message>
        <source>“%1” takes msg=&quot;text&quot; on its line; write the message as “msg: …” on the next line, indented.</source>
        <translation>”%1” tar msg=&quot;text&quot; på sin rad; skriv meddelandet som ”msg: …” på nästa rad, indraget.</translation>
    </message>
    <message>
        <source>“%1” takes no free-form text; write “data: …” or nothing.</source>
        <translation>”%1” tar ingen fritext; skriv ”data: …” eller ingenting.</translation>
    </message>
    <message>
        <source>“%1” takes no arguments by name; write the command as text on the same line, such as “raw: uptime”.</source>
        <translation>”%1” tar inga namngivna argument; skriv kommandot som text på samma rad, till exempel ”raw: uptime”.</translation>
    </message>
    <message>
        <source>the arguments of “%1” must be text or a mapping, not a list; for a list of words use “argv:”.</source>
        <translation>argumenten till ”%1” måste vara text eller en mappning, inte en lista; använd ”argv:” för en lista med ord.</translation>
    </message>
    <message>
        <source>“args” must be a mapping of argument names to values.</source>
        <translation>”args” måste vara en mappning från argumentnamn till värden.</translation>
    </message>
    <message>
        <source>“%1” has both a command line and “argv”; keep only one of them.</source>
        <translation>”%1” har både en kommandorad och ”argv”; behåll bara en av dem.</translation>
    </message>
    <message>
        <source>“%1” has no command to run; write it after the colon, such as “%1: uptime”.</source>
        <translation>”%1” har inget kommando att köra; skriv det efter kolonet, till exempel ”%1: uptime”.</translation>
    </message>
    <message>
        <source>the command of “%1” is empty; write the command to run.</source>
        <translation>kommandot för ”%1” är tomt; skriv kommandot som ska köras.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::Runner</name>
    <message>
        <source>no hosts matched “%1”, so the play “%2” was skipped.</source>
        <translation>inga värdar matchade ”%1”, så playet ”%2” hoppades över.</translation>
    </message>
    <message>
        <source>facts are not gathered by this version of Antler yet, so gather_facts is ignored; set “gather_facts: false” to silence this warning.</source>
        <translation>den här versionen av Antler samlar ännu inte in fakta, så gather_facts ignoreras; sätt ”gather_facts: false” för att tysta den här varningen.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::ShellWords</name>
    <message>
        <source>the command ends with a lone backslash; remove it or quote it as &apos;\\&apos;.</source>
        <translation>kommandot slutar med ett ensamt omvänt snedstreck; ta bort det eller citera det som &apos;\\&apos;.</translation>
    </message>
    <message>
        <source>the command has an unclosed %1 quote; close it or escape it with a backslash.</source>
        <translation>kommandot har ett oavslutat %1-citattecken; avsluta det eller skydda det med ett omvänt snedstreck.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::TaskExecutor</name>
    <message>
        <source>the task at %1 cannot be templated: %2; define the variable in the play&apos;s vars, the inventory or with -e, or fix the expression.</source>
        <translation>uppgiften vid %1 kan inte mallexpanderas: %2; definiera variabeln i playets vars, i inventariet eller med -e, eller rätta uttrycket.</translation>
    </message>
    <message>
        <source>no connection to %1</source>
        <translation>ingen anslutning till %1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>inget kommando angivet</translation>
    </message>
</context>
<context>
    <name>antler::playbook::Templar</name>
    <message>
        <source>the variables refer to each other in a loop; make sure no variable&apos;s value refers back to itself.</source>
        <translation>variablerna refererar till varandra i en slinga; se till att ingen variabels värde refererar tillbaka till sig själv.</translation>
    </message>
    <message>
        <source>“%1” uses Jinja2 statements or comments, which this version does not support yet; use only {{ variable }} substitutions.</source>
        <translation>”%1” använder Jinja2-satser eller -kommentarer, som den här versionen ännu inte stöder; använd bara {{ variable }}-ersättningar.</translation>
    </message>
    <message>
        <source>“{{ %1 }}” is an expression this version cannot evaluate yet; use a variable name, optionally followed by .attribute or [&apos;key&apos;].</source>
        <translation>”{{ %1 }}” är ett uttryck som den här versionen ännu inte kan utvärdera; använd ett variabelnamn, eventuellt följt av .attribute eller [&apos;key&apos;].</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is undefined</source>
        <translation>&apos;%1&apos; är odefinierad</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list, so it has no item %2</source>
        <translation>&apos;%1&apos; är ingen lista, så den har inget element %2</translation>
    </message>
    <message>
        <source>list object has no element %1</source>
        <translation>listobjektet har inget element %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no attribute &apos;%2&apos;</source>
        <translation>&apos;%1&apos; har inget attribut &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;dict object&apos; has no attribute &apos;%1&apos;</source>
        <translation>&apos;dict object&apos; har inget attribut &apos;%1&apos;</translation>
    </message>
</context>
</TS>
