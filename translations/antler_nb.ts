<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>antler::cli::CommandLine</name>
    <message>
        <source>“%1” is not an antler command; run “antler --help” to see the commands.</source>
        <translation>«%1» er ikke en kommando i antler; kjør «antler --help» for å se kommandoene.</translation>
    </message>
    <message>
        <source>the option %1 needs a file name; write it as “%1 FILE”.</source>
        <translation>valget %1 trenger et filnavn; skriv det som «%1 FILE».</translation>
    </message>
    <message>
        <source>unknown option “%1”; run “antler --help” to see the options.</source>
        <translation>ukjent valg «%1»; kjør «antler --help» for å se valgene.</translation>
    </message>
    <message>
        <source>no display is available (DISPLAY and WAYLAND_DISPLAY are not set); run antler in a desktop session, or use one of the headless modes that “antler --help” lists.</source>
        <translation>ingen skjerm er tilgjengelig (DISPLAY og WAYLAND_DISPLAY er ikke satt); kjør antler i en skrivebordsøkt, eller bruk en av modusene uten skjerm som «antler --help» viser.</translation>
    </message>
</context>
<context>
    <name>antler::cli::HelpCommand</name>
    <message>
        <source>there is no help on “%1”; ask for one of: %2.</source>
        <translation>det finnes ingen hjelp om «%1»; be om en av: %2.</translation>
    </message>
    <message>
        <source>Show this help; “antler help TOPIC” shows one part: window, run-playbook, pipeline or status.</source>
        <translation>Vis denne hjelpen; «antler help TOPIC» viser én del: window, run-playbook, pipeline eller status.</translation>
    </message>
    <message>
        <source>Show the version, the commit and the build time.</source>
        <translation>Vis versjonen, commiten og byggetidspunktet.</translation>
    </message>
    <message>
        <source>Opens the control panel, which shows the stages of the pipeline.</source>
        <translation>Åpner kontrollpanelet, som viser trinnene i pipelinen.</translation>
    </message>
    <message>
        <source>Runs an Ansible-compatible YAML playbook over SSH, printing each task as it runs and a recap per host at the end. It takes ansible-playbook&apos;s flags and exits with its codes.</source>
        <translation>Kjører en Ansible-kompatibel YAML-playbook over SSH, skriver ut hver oppgave mens den kjører og et sammendrag per vert til slutt. Den tar imot valgene til ansible-playbook og avslutter med de samme kodene.</translation>
    </message>
    <message>
        <source>Builds the images, rolls them out, and moves a release from stage to stage; every step is recorded.</source>
        <translation>Bygger avbildningene, ruller dem ut og flytter en utgivelse fra trinn til trinn; hvert steg blir registrert.</translation>
    </message>
    <message>
        <source>Shows the live health of every stage: the same probes and host metrics the charts show.</source>
        <translation>Viser helsen til hvert trinn fortløpende: de samme kontrollene og vertsmålingene som diagrammene viser.</translation>
    </message>
    <message>
        <source>Read the pipeline from FILE (see Configuration).</source>
        <translation>Les pipelinen fra FILE (se Oppsett).</translation>
    </message>
    <message>
        <source>Inventory file, or a comma-separated list of hosts such as host1,host2, (note the trailing comma).</source>
        <translation>Inventarfil, eller en kommaseparert liste med verter som host1,host2, (merk kommaet til slutt).</translation>
    </message>
    <message>
        <source>Set an extra variable, or read variables from a YAML or JSON file; may be repeated.</source>
        <translation>Sett en ekstra variabel, eller les variabler fra en YAML- eller JSON-fil; kan gjentas.</translation>
    </message>
    <message>
        <source>Report what would change without changing anything.</source>
        <translation>Rapporter hva som ville blitt endret, uten å endre noe.</translation>
    </message>
    <message>
        <source>Show the changes made to files and templates.</source>
        <translation>Vis endringene i filer og maler.</translation>
    </message>
    <message>
        <source>Run only on the hosts that match PATTERN.</source>
        <translation>Kjør bare på vertene som samsvarer med PATTERN.</translation>
    </message>
    <message>
        <source>Run only the tasks tagged T (comma-separated).</source>
        <translation>Kjør bare oppgavene merket T (kommaseparert).</translation>
    </message>
    <message>
        <source>Skip the tasks tagged T (comma-separated).</source>
        <translation>Hopp over oppgavene merket T (kommaseparert).</translation>
    </message>
    <message>
        <source>Work on up to N hosts at once.</source>
        <translation>Arbeid på opptil N verter samtidig.</translation>
    </message>
    <message>
        <source>Start at the task called NAME.</source>
        <translation>Start ved oppgaven som heter NAME.</translation>
    </message>
    <message>
        <source>Check the playbook&apos;s syntax, then exit.</source>
        <translation>Kontroller syntaksen i playbooken, og avslutt.</translation>
    </message>
    <message>
        <source>List the tasks that would run, then exit.</source>
        <translation>List opp oppgavene som ville blitt kjørt, og avslutt.</translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation>Skriv ut resultatene som JSON.</translation>
    </message>
    <message>
        <source>Print more details; repeat for more, as in -vvv.</source>
        <translation>Skriv ut flere detaljer; gjenta for enda flere, som i -vvv.</translation>
    </message>
    <message>
        <source>Build the backend and frontend images on the target.</source>
        <translation>Bygg avbildningene for backend og frontend på målmaskinen.</translation>
    </message>
    <message>
        <source>Roll the latest build out to STAGE.</source>
        <translation>Rull ut det siste bygget til STAGE.</translation>
    </message>
    <message>
        <source>Move the exact image digest that runs in FROM to TO, if FROM is healthy.</source>
        <translation>Flytt nøyaktig den avbildningssjekksummen som kjører i FROM til TO, hvis FROM er frisk.</translation>
    </message>
    <message>
        <source>Put STAGE back on its previous release.</source>
        <translation>Sett STAGE tilbake til forrige utgivelse.</translation>
    </message>
    <message>
        <source>List every build, rollout, promotion and rollback.</source>
        <translation>List opp hvert bygg, hver utrulling, hver forfremmelse og hver tilbakerulling.</translation>
    </message>
    <message>
        <source>Show which release each stage runs.</source>
        <translation>Vis hvilken utgivelse hvert trinn kjører.</translation>
    </message>
    <message>
        <source>Keep printing updates until interrupted.</source>
        <translation>Fortsett å skrive ut oppdateringer til du avbryter.</translation>
    </message>
    <message>
        <source>Success.</source>
        <translation>Vellykket.</translation>
    </message>
    <message>
        <source>An error.</source>
        <translation>En feil.</translation>
    </message>
    <message>
        <source>A host failed.</source>
        <translation>En vert feilet.</translation>
    </message>
    <message>
        <source>Invalid options.</source>
        <translation>Ugyldige valg.</translation>
    </message>
    <message>
        <source>The mode is not available in this build yet.</source>
        <translation>Modusen er ikke tilgjengelig i denne versjonen ennå.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Avbrutt.</translation>
    </message>
    <message>
        <source>An unexpected error.</source>
        <translation>En uventet feil.</translation>
    </message>
    <message>
        <source>The pipeline is read from the first of: the file given with --config FILE; $XDG_CONFIG_HOME/antler/antler.yaml (usually ~/.config/antler/antler.yaml); antler/antler.yaml in $XDG_CONFIG_DIRS (usually /etc/xdg); the built-in Local profile, which runs all three stages on this machine.</source>
        <translation>Pipelinen leses fra den første av: filen som er oppgitt med --config FILE; $XDG_CONFIG_HOME/antler/antler.yaml (vanligvis ~/.config/antler/antler.yaml); antler/antler.yaml i $XDG_CONFIG_DIRS (vanligvis /etc/xdg); den innebygde lokale profilen, som kjører alle tre trinnene på denne maskinen.</translation>
    </message>
    <message>
        <source>Antler takes a Raspberry Pi, or any Debian-like host, from a bare system to a monitored test, staging and production pipeline. Without arguments it opens its window; with --run-playbook, pipeline or status it runs headless and needs no display.</source>
        <translation>Antler tar en Raspberry Pi, eller en hvilken som helst Debian-lignende vert, fra et tomt system til en overvåket pipeline med test, staging og produksjon. Uten argumenter åpner den vinduet sitt; med --run-playbook, pipeline eller status kjører den uten grafisk grensesnitt og trenger ingen skjerm.</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Vindu:</translation>
    </message>
    <message>
        <source>Running playbooks:</source>
        <translation>Kjøre playbooks:</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Pipeline:</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>Helse:</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Bruk:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Avslutningskoder:</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Annet:</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>Oppsett:</translation>
    </message>
    <message>
        <source>Trust and remember the key of a host not yet in known_hosts, as OpenSSH&apos;s accept-new; without it such hosts are refused. A changed key is always refused.</source>
        <translation>Stol på og husk nøkkelen til en vert som ennå ikke står i known_hosts, som accept-new i OpenSSH; uten dette valget blir slike verter avvist. En endret nøkkel blir alltid avvist.</translation>
    </message>
    <message>
        <source>It exits with 0 when every stage is up, 2 when a stage is down and 3 when none is down but one is degraded or not known yet. One-shot status has no history, so one failed probe counts as down.</source>
        <translation>Den avslutter med 0 når alle trinn er oppe, 2 når et trinn er nede, og 3 når ingen er nede, men ett er redusert eller ennå ukjent. En enkeltstående statussjekk har ingen historikk, så én mislykket kontroll regnes som nede.</translation>
    </message>
    <message>
        <source>The playbook or the inventory has an error, which is printed as FILE:LINE:COLUMN; no host was contacted.</source>
        <translation>Playbooken eller inventaret har en feil, som skrives ut som FILE:LINE:COLUMN; ingen vert ble kontaktet.</translation>
    </message>
    <message>
        <source>A host was unreachable.</source>
        <translation>En vert kunne ikke nås.</translation>
    </message>
    <message>
        <source>This build opens the window, reports the health of every stage, and runs playbooks with the command, shell, raw, ping and debug modules; --check, --diff, --limit, --tags, --skip-tags, --start-at-task and --list-tasks arrive with the full engine. The pipeline mode is documented ahead of its release: for now it runs nothing and exits with code %1.</source>
        <translation>Denne versjonen åpner vinduet, rapporterer helsen til hvert trinn og kjører playbooker med modulene command, shell, raw, ping og debug; --check, --diff, --limit, --tags, --skip-tags, --start-at-task og --list-tasks kommer med den fullstendige motoren. Modusen pipeline er dokumentert før den blir utgitt: foreløpig kjører den ingenting og avslutter med kode %1.</translation>
    </message>
</context>
<context>
    <name>antler::cli::RunPlaybookCommand</name>
    <message>
        <source>the -e value</source>
        <translation>verdien til -e</translation>
    </message>
    <message>
        <source>cannot read the variables file %1 (%2); check the path after -e @.</source>
        <translation>kan ikke lese variabelfilen %1 (%2); kontroller stien etter -e @.</translation>
    </message>
    <message>
        <source>the extra variable “%1” is not NAME=VALUE; write -e name=value, -e @file.yml or -e &apos;{&quot;name&quot;: &quot;value&quot;}&apos;.</source>
        <translation>ekstravariabelen «%1» har ikke formen NAME=VALUE; skriv -e name=value, -e @file.yml eller -e &apos;{&quot;name&quot;: &quot;value&quot;}&apos;.</translation>
    </message>
    <message>
        <source>%1 is not a mapping of variable names to values; write one “name: value” per line.</source>
        <translation>%1 er ikke en tilordning fra variabelnavn til verdier; skriv én «name: value» per linje.</translation>
    </message>
    <message>
        <source>%1 is not valid YAML or JSON (%2 at line %3); fix it and run again.</source>
        <translation>%1 er ikke gyldig YAML eller JSON (%2 på linje %3); rett feilen og kjør på nytt.</translation>
    </message>
    <message>
        <source>the option %1 needs a value; write it as “%1 %2”.</source>
        <translation>valget %1 trenger en verdi; skriv det som «%1 %2».</translation>
    </message>
    <message>
        <source>only one -i is supported in this version; merge the inventories into one file or folder.</source>
        <translation>denne versjonen støtter bare én -i; slå sammen inventarene til én fil eller mappe.</translation>
    </message>
    <message>
        <source>--forks takes a whole number of at least 1, not “%1”; write for example --forks 5.</source>
        <translation>--forks tar et heltall på minst 1, ikke «%1»; skriv for eksempel --forks 5.</translation>
    </message>
    <message>
        <source>%1 arrives with the full playbook engine and is not in this version; run without it, or use ansible-playbook for now.</source>
        <translation>%1 kommer med den fullstendige playbook-motoren og finnes ikke i denne versjonen; kjør uten det, eller bruk ansible-playbook inntil videre.</translation>
    </message>
    <message>
        <source>unknown option “%1” for --run-playbook; run “antler help run-playbook” to see the options.</source>
        <translation>ukjent valg «%1» for --run-playbook; kjør «antler help run-playbook» for å se valgene.</translation>
    </message>
    <message>
        <source>the option --run-playbook needs a file name; write it as “--run-playbook FILE”.</source>
        <translation>valget --run-playbook trenger et filnavn; skriv det som «--run-playbook FILE».</translation>
    </message>
    <message>
        <source>the playbook has %1 problems; fix them and run again, nothing was run.</source>
        <translation>playbooken har %1 problemer; rett dem og kjør på nytt, ingenting ble kjørt.</translation>
    </message>
    <message>
        <source>no inventory was given with -i, so only the implicit localhost is available.</source>
        <translation>ingen inventar ble oppgitt med -i, så bare den implisitte localhost er tilgjengelig.</translation>
    </message>
    <message>
        <source>interrupted; the running commands were stopped and nothing more runs.</source>
        <translation>avbrutt; de kjørende kommandoene ble stoppet, og ingenting mer blir kjørt.</translation>
    </message>
</context>
<context>
    <name>antler::cli::UnavailableCommand</name>
    <message>
        <source>“%1” is not available in this build yet, so nothing was run; update antler to a release that includes it.</source>
        <translation>«%1» er ikke tilgjengelig i denne versjonen ennå, så ingenting ble kjørt; oppdater antler til en utgivelse som har det.</translation>
    </message>
</context>
<context>
    <name>antler::gui::Launcher</name>
    <message>
        <source>cannot write the screenshot to %1; check that its folder exists and is writable.</source>
        <translation>kan ikke skrive skjermbildet til %1; kontroller at mappen finnes og er skrivbar.</translation>
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
        <translation>innebygd lokal profil</translation>
    </message>
    <message>
        <source>Configuration: %1</source>
        <translation>Oppsett: %1</translation>
    </message>
    <message>
        <source>Local profile</source>
        <translation>Lokal profil</translation>
    </message>
    <message>
        <source>Profile “%1”</source>
        <translation>Profil «%1»</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
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
        <translation>Ingen Raspberry Pi er satt opp: hvert trinn kjører som en lokal prosess på denne maskinen, så hele pipelinen virker uten annen maskinvare.</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s) configured in %1.</source>
        <translation>
            <numerusform>%n trinn satt opp i %1.</numerusform>
            <numerusform>%n trinn satt opp i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pipeline configuration could not be used, so the Local profile is shown.</source>
        <translation>Pipeline-oppsettet kunne ikke brukes, så den lokale profilen vises.</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>A release is promoted from left to right.</source>
        <translation>En utgivelse forfremmes fra venstre mot høyre.</translation>
    </message>
    <message>
        <source>promotes to</source>
        <translation>forfremmes til</translation>
    </message>
    <message>
        <source>About Antler</source>
        <translation>Om Antler</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Antler %1&lt;/h3&gt;&lt;p&gt;Takes a Raspberry Pi, or any Debian-like host, from a bare system to a monitored test, staging and production pipeline.&lt;/p&gt;&lt;p&gt;Commit %2, built %3, Qt %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Antler %1&lt;/h3&gt;&lt;p&gt;Tar en Raspberry Pi, eller en hvilken som helst Debian-lignende vert, fra et tomt system til en overvåket pipeline med test, staging og produksjon.&lt;/p&gt;&lt;p&gt;Commit %2, bygd %3, Qt %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stage %1 is now %2: %3</source>
        <translation>Trinnet %1 er nå %2: %3</translation>
    </message>
</context>
<context>
    <name>antler::gui::StageCard</name>
    <message>
        <source>Stage %1</source>
        <translation>Trinn %1</translation>
    </message>
    <message>
        <source>Stage %1 of %2</source>
        <translation>Trinn %1 av %2</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Kjøremiljø</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Waiting for the first probe</source>
        <translation>Venter på den første kontrollen</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Svartid</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Oppe</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Redusert</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nede</translation>
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
        <translation>kan ikke opprette mappen %1 for helsehistorikken; kontroller tillatelsene til den.</translation>
    </message>
    <message>
        <source>cannot open the health history %1: %2; check that the file is a writable SQLite database.</source>
        <translation>kan ikke åpne helsehistorikken %1: %2; kontroller at filen er en skrivbar SQLite-database.</translation>
    </message>
    <message>
        <source>the health history %1 refused an update: %2.</source>
        <translation>helsehistorikken %1 avviste en oppdatering: %2.</translation>
    </message>
    <message>
        <source>cannot write to the health history %1: %2; check the disk space and the file&apos;s permissions.</source>
        <translation>kan ikke skrive til helsehistorikken %1: %2; kontroller diskplassen og tillatelsene til filen.</translation>
    </message>
    <message>
        <source>cannot downsample the health history %1: %2.</source>
        <translation>kan ikke tynne ut helsehistorikken %1: %2.</translation>
    </message>
    <message>
        <source>the health history is not open; open it before adding markers.</source>
        <translation>helsehistorikken er ikke åpen; åpne den før du legger til markører.</translation>
    </message>
    <message>
        <source>cannot write a marker to the health history %1: %2.</source>
        <translation>kan ikke skrive en markør til helsehistorikken %1: %2.</translation>
    </message>
</context>
<context>
    <name>antler::health::Probe</name>
    <message>
        <source>the probe has no network access manager</source>
        <translation>kontrollen har ingen nettverkstilgangsbehandler</translation>
    </message>
    <message>
        <source>connection refused at %1</source>
        <translation>tilkoblingen ble avvist av %1</translation>
    </message>
    <message>
        <source>host %1 not found; check the stage&apos;s host in antler.yaml</source>
        <translation>verten %1 ble ikke funnet; kontroller verten til trinnet i antler.yaml</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>kan ikke koble til %1: %2</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>tidsavbrudd etter %1 ms</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering %2</source>
        <translation>%1 lukket tilkoblingen før %2 ble besvart</translation>
    </message>
    <message>
        <source>no answer from %1%2: %3</source>
        <translation>ikke noe svar fra %1%2: %3</translation>
    </message>
    <message>
        <source>expected HTTP 200 from %1, got %2 (%3)</source>
        <translation>forventet HTTP 200 fra %1, fikk %2 (%3)</translation>
    </message>
    <message>
        <source>expected the moose facts page at %1, got HTTP %2 (%3)</source>
        <translation>forventet siden med elgfakta på %1, fikk HTTP %2 (%3)</translation>
    </message>
    <message>
        <source>the page at %1 is not the moose facts frontend: it has no element with id “fact-text” (%2)</source>
        <translation>siden på %1 er ikke frontenden for elgfakta: den har ikke noe element med id «fact-text» (%2)</translation>
    </message>
    <message>
        <source>expected JSON with a fact, got %1</source>
        <translation>forventet JSON med et faktum, fikk %1</translation>
    </message>
    <message>
        <source>expected JSON with a fact, got an object without “text”</source>
        <translation>forventet JSON med et faktum, fikk et objekt uten «text»</translation>
    </message>
    <message>
        <source>expected JSON from /version, got %1</source>
        <translation>forventet JSON fra /version, fikk %1</translation>
    </message>
</context>
<context>
    <name>antler::health::StageHealth</name>
    <message>
        <source>waiting for the %1 probe to confirm a state</source>
        <translation>venter på at kontrollen %1 skal bekrefte en tilstand</translation>
    </message>
    <message>
        <source>the %1 probe answered in %2 ms, over the %3 ms limit</source>
        <translation>kontrollen %1 svarte på %2 ms, over grensen på %3 ms</translation>
    </message>
    <message numerus="yes">
        <source>all %n probe(s) answer</source>
        <translation>
            <numerusform>%n kontroll svarer</numerusform>
            <numerusform>alle %n kontrollene svarer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>antler::inventory::HostRange</name>
    <message>
        <source>the host “%1” ends in “:” without a port; write the port after the colon or remove the colon.</source>
        <translation>verten «%1» slutter med «:» uten port; skriv porten etter kolonet eller fjern kolonet.</translation>
    </message>
    <message>
        <source>the port of “%1” is not a number from 1 to 65535; write a port in that range.</source>
        <translation>porten i «%1» er ikke et tall fra 1 til 65535; skriv en port i det området.</translation>
    </message>
    <message>
        <source>“%1” is not a host name with an optional :PORT; write it as NAME or NAME:PORT.</source>
        <translation>«%1» er ikke et vertsnavn med valgfri :PORT; skriv det som NAME eller NAME:PORT.</translation>
    </message>
    <message>
        <source>the host name is empty; write a name before the port.</source>
        <translation>vertsnavnet er tomt; skriv et navn foran porten.</translation>
    </message>
    <message>
        <source>the range in “%1” has no matching bracket; write ranges as [BEGIN:END], such as pi[1:3].</source>
        <translation>området i «%1» mangler avsluttende hakeparentes; skriv områder som [BEGIN:END], for eksempel pi[1:3].</translation>
    </message>
    <message>
        <source>the range “[%1]” is not BEGIN:END or BEGIN:END:STEP; write it as pi[1:3] or web[01:10:2].</source>
        <translation>området «[%1]» har ikke formen BEGIN:END eller BEGIN:END:STEP; skriv det som pi[1:3] eller web[01:10:2].</translation>
    </message>
    <message>
        <source>the range “[%1]” has no end; write the last value after the colon.</source>
        <translation>området «[%1]» mangler slutt; skriv den siste verdien etter kolonet.</translation>
    </message>
    <message>
        <source>the step of the range “[%1]” is not a positive number; write a step of 1 or more.</source>
        <translation>steget i området «[%1]» er ikke et positivt tall; skriv et steg på 1 eller mer.</translation>
    </message>
    <message>
        <source>the range “[%1]” ends before it begins; write the smaller value first.</source>
        <translation>området «[%1]» slutter før det begynner; skriv den minste verdien først.</translation>
    </message>
    <message>
        <source>the range “[%1]” pads its begin to %2 digits but not its end; write both with the same number of digits, such as [01:10].</source>
        <translation>området «[%1]» fyller ut starten til %2 sifre, men ikke slutten; skriv begge med like mange sifre, for eksempel [01:10].</translation>
    </message>
    <message>
        <source>the range “[%1]” stands for more than 100000 hosts; split the inventory or use a smaller range.</source>
        <translation>området «[%1]» tilsvarer mer enn 100000 verter; del opp inventaret eller bruk et mindre område.</translation>
    </message>
    <message>
        <source>the range “[%1]” mixes or misuses letters and numbers; write two numbers, such as [1:3], or two letters, such as [a:c].</source>
        <translation>området «[%1]» blander eller bruker bokstaver og tall feil; skriv to tall, for eksempel [1:3], eller to bokstaver, for eksempel [a:c].</translation>
    </message>
</context>
<context>
    <name>antler::inventory::IniInventoryParser</name>
    <message>
        <source>the section type “%1” is unknown; write [%2], [%2:children] or [%2:vars].</source>
        <translation>seksjonstypen «%1» er ukjent; skriv [%2], [%2:children] eller [%2:vars].</translation>
    </message>
    <message>
        <source>adding the group “%1” to “%2” makes a group its own ancestor; remove one of the two [:children] entries.</source>
        <translation>å legge gruppen «%1» til i «%2» gjør en gruppe til sin egen stamfar; fjern én av de to [:children]-oppføringene.</translation>
    </message>
    <message>
        <source>the section header “%1” has no closing bracket; write it as [NAME].</source>
        <translation>seksjonsoverskriften «%1» mangler avsluttende hakeparentes; skriv den som [NAME].</translation>
    </message>
    <message>
        <source>the section header “%1” is not valid; write [NAME], [NAME:children] or [NAME:vars] without spaces.</source>
        <translation>seksjonsoverskriften «%1» er ugyldig; skriv [NAME], [NAME:children] eller [NAME:vars] uten mellomrom.</translation>
    </message>
    <message>
        <source>this quotation mark is never closed; close the quoted value on the same line.</source>
        <translation>dette anførselstegnet blir aldri lukket; avslutt den siterte verdien på samme linje.</translation>
    </message>
    <message>
        <source>“---” starts a YAML document, not an INI host; name the file with a .yml extension or remove the line.</source>
        <translation>«---» innleder et YAML-dokument, ikke en INI-vert; gi filen endelsen .yml eller fjern linjen.</translation>
    </message>
    <message>
        <source>“%1” after the host “%2” is not KEY=VALUE; write host variables as KEY=VALUE, quoting values with spaces.</source>
        <translation>«%1» etter verten «%2» har ikke formen KEY=VALUE; skriv vertsvariabler som KEY=VALUE, og sett verdier med mellomrom i anførselstegn.</translation>
    </message>
    <message>
        <source>“%1” after the host “%2” has no variable name; write it as KEY=VALUE.</source>
        <translation>«%1» etter verten «%2» mangler variabelnavn; skriv det som KEY=VALUE.</translation>
    </message>
    <message>
        <source>“%1” in [%2:vars] is not KEY=VALUE; write one variable per line as KEY=VALUE.</source>
        <translation>«%1» i [%2:vars] har ikke formen KEY=VALUE; skriv én variabel per linje som KEY=VALUE.</translation>
    </message>
    <message>
        <source>“%1” in [%2:vars] has no variable name; write it as KEY=VALUE.</source>
        <translation>«%1» i [%2:vars] mangler variabelnavn; skriv det som KEY=VALUE.</translation>
    </message>
    <message>
        <source>“%1” in [%2:children] is not a group name; write one group name per line, without spaces or colons.</source>
        <translation>«%1» i [%2:children] er ikke et gruppenavn; skriv ett gruppenavn per linje, uten mellomrom eller kolon.</translation>
    </message>
    <message>
        <source>adding the group “%1” to “%2” makes a group its own ancestor; remove this line or the entry that makes “%2” a child of “%1”.</source>
        <translation>å legge gruppen «%1» til i «%2» gjør en gruppe til sin egen stamfar; fjern denne linjen eller oppføringen som gjør «%2» til et barn av «%1».</translation>
    </message>
    <message>
        <source>[%1:children] names the group “%2”, which is not defined anywhere; add a [%2] section or remove the line.</source>
        <translation>[%1:children] nevner gruppen «%2», som ikke er definert noe sted; legg til en seksjon [%2] eller fjern linjen.</translation>
    </message>
    <message>
        <source>[%1:vars] sets variables of the group “%1”, which is not defined anywhere; add a [%1] section above or below it.</source>
        <translation>[%1:vars] setter variabler for gruppen «%1», som ikke er definert noe sted; legg til en seksjon [%1] over eller under den.</translation>
    </message>
</context>
<context>
    <name>antler::inventory::Inventory</name>
    <message>
        <source>the inventory does not exist; give the path of an inventory file or folder, or a comma-separated list of hosts such as “pi1,pi2,”.</source>
        <translation>inventaret finnes ikke; oppgi stien til en inventarfil eller inventarmappe, eller en kommaseparert liste med verter som «pi1,pi2,».</translation>
    </message>
    <message>
        <source>cannot read the inventory (%1); check that the file is readable.</source>
        <translation>kan ikke lese inventaret (%1); kontroller at filen er lesbar.</translation>
    </message>
    <message>
        <source>cannot read the inventory (%1); check that the file exists and is readable.</source>
        <translation>kan ikke lese inventaret (%1); kontroller at filen finnes og er lesbar.</translation>
    </message>
    <message>
        <source>host “%1”: %2</source>
        <translation>vert «%1»: %2</translation>
    </message>
    <message>
        <source>ansible_port “%1” is not a number from 1 to 65535; set it to the SSH port, usually 22.</source>
        <translation>ansible_port «%1» er ikke et tall fra 1 til 65535; sett den til SSH-porten, vanligvis 22.</translation>
    </message>
    <message>
        <source>ansible_connection “%1” is not supported; use ssh or local.</source>
        <translation>ansible_connection «%1» støttes ikke; bruk ssh eller local.</translation>
    </message>
    <message>
        <source>ansible_become “%1” is not a boolean; write true or false.</source>
        <translation>ansible_become «%1» er ikke en boolsk verdi; skriv true eller false.</translation>
    </message>
    <message>
        <source>Could not match the host pattern “%1”; check the spelling against the inventory&apos;s hosts and groups.</source>
        <translation>Fant ingen treff for vertsmønsteret «%1»; sammenlign stavemåten med vertene og gruppene i inventaret.</translation>
    </message>
</context>
<context>
    <name>antler::inventory::VarsFiles</name>
    <message>
        <source>cannot read the variables file (%1); check that it is readable.</source>
        <translation>kan ikke lese variabelfilen (%1); kontroller at den er lesbar.</translation>
    </message>
    <message>
        <source>this is not valid YAML (%1); correct the syntax at this position.</source>
        <translation>dette er ikke gyldig YAML (%1); rett syntaksen på dette stedet.</translation>
    </message>
    <message>
        <source>a variables file must be a mapping of names to values; write one “name: value” per line.</source>
        <translation>en variabelfil må være en tilordning fra navn til verdier; skriv én «name: value» per linje.</translation>
    </message>
</context>
<context>
    <name>antler::inventory::YamlInventoryParser</name>
    <message>
        <source>this is not valid YAML (%1); correct the syntax at this position.</source>
        <translation>dette er ikke gyldig YAML (%1); rett syntaksen på dette stedet.</translation>
    </message>
    <message>
        <source>a YAML inventory must be a mapping of groups; start it with “all:” followed by “hosts:”, “children:” or “vars:”.</source>
        <translation>et YAML-inventar må være en tilordning av grupper; start det med «all:» fulgt av «hosts:», «children:» eller «vars:».</translation>
    </message>
    <message>
        <source>this is the configuration of an inventory plugin, which Antler does not run; write the hosts as a YAML inventory starting with “all:”.</source>
        <translation>dette er konfigurasjonen til et inventar-tillegg, som Antler ikke kjører; skriv vertene som et YAML-inventar som starter med «all:».</translation>
    </message>
    <message>
        <source>a group name must be text; write a name such as “all” or “web”.</source>
        <translation>et gruppenavn må være tekst; skriv et navn som «all» eller «web».</translation>
    </message>
    <message>
        <source>this YAML cannot be read as an inventory (%1); correct it at this position.</source>
        <translation>denne YAML-en kan ikke leses som et inventar (%1); rett den på dette stedet.</translation>
    </message>
    <message>
        <source>the group “%1” must be a mapping with “hosts:”, “children:” or “vars:”; indent those keys under the group name.</source>
        <translation>gruppen «%1» må være en tilordning med «hosts:», «children:» eller «vars:»; rykk inn disse nøklene under gruppenavnet.</translation>
    </message>
    <message>
        <source>“%1” is not a valid group name; use letters, digits and underscores.</source>
        <translation>«%1» er ikke et gyldig gruppenavn; bruk bokstaver, sifre og understreker.</translation>
    </message>
    <message>
        <source>the group “%1” has the unknown key “%2”; use hosts, children or vars, or move “%2” under a group&apos;s hosts or children.</source>
        <translation>gruppen «%1» har den ukjente nøkkelen «%2»; bruk hosts, children eller vars, eller flytt «%2» under hosts eller children i en gruppe.</translation>
    </message>
    <message>
        <source>“%1” of the group “%2” must be a mapping, not a list or a single value; write one entry per line as “NAME:”.</source>
        <translation>«%1» i gruppen «%2» må være en tilordning, ikke en liste eller en enkeltverdi; skriv én oppføring per linje som «NAME:».</translation>
    </message>
    <message>
        <source>making “%1” a child of “%2” makes a group its own ancestor; remove one of the two entries.</source>
        <translation>å gjøre «%1» til et barn av «%2» gjør en gruppe til sin egen stamfar; fjern én av de to oppføringene.</translation>
    </message>
    <message>
        <source>the variables of the host “%1” must be a mapping; write them as “KEY: VALUE” lines indented under the host, or leave the host empty.</source>
        <translation>variablene til verten «%1» må være en tilordning; skriv dem som «KEY: VALUE»-linjer rykket inn under verten, eller la verten stå tom.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::PipelineConfig</name>
    <message>
        <source>unknown key “%1”; use one of: %2.</source>
        <translation>ukjent nøkkel «%1»; bruk en av: %2.</translation>
    </message>
    <message>
        <source>the key “%1” appears twice, first on line %2; keep only one of them.</source>
        <translation>nøkkelen «%1» forekommer to ganger, første gang på linje %2; behold bare én av dem.</translation>
    </message>
    <message>
        <source>the key “%1” has no value; write its value after the colon on the same line.</source>
        <translation>nøkkelen «%1» har ingen verdi; skriv verdien etter kolonet på samme linje.</translation>
    </message>
    <message>
        <source>the value of “%1” must be a single value, not a list or a mapping; write it on the same line as the key.</source>
        <translation>verdien til «%1» må være én enkelt verdi, ikke en liste eller en tilordning; skriv den på samme linje som nøkkelen.</translation>
    </message>
    <message>
        <source>the pipeline configuration is empty; add “stages:” with one entry per stage.</source>
        <translation>pipeline-oppsettet er tomt; legg til «stages:» med én oppføring per trinn.</translation>
    </message>
    <message>
        <source>the pipeline configuration is not a mapping of keys; start it with “stages:” followed by the list of stages.</source>
        <translation>pipeline-oppsettet er ikke en tilordning av nøkler; begynn med «stages:» fulgt av listen over trinn.</translation>
    </message>
    <message>
        <source>version “%1” is not supported; this Antler reads version %2, so write “version: %2”.</source>
        <translation>versjon «%1» støttes ikke; denne Antler leser versjon %2, så skriv «version: %2».</translation>
    </message>
    <message>
        <source>the registry “%1” is neither “none” nor HOST:PORT; write “registry: none” or the registry&apos;s address, such as 192.168.1.20:5000.</source>
        <translation>registeret «%1» er verken «none» eller HOST:PORT; skriv «registry: none» eller adressen til registeret, for eksempel 192.168.1.20:5000.</translation>
    </message>
    <message>
        <source>the list “stages” is missing; add “stages:” with one entry per stage, such as test, staging and production.</source>
        <translation>listen «stages» mangler; legg til «stages:» med én oppføring per trinn, for eksempel test, staging og production.</translation>
    </message>
    <message>
        <source>“stages” must be a list with at least one stage; write each stage as an entry starting with “- name:”.</source>
        <translation>«stages» må være en liste med minst ett trinn; skriv hvert trinn som en oppføring som begynner med «- name:».</translation>
    </message>
    <message>
        <source>stage “%1” uses %2, which stage “%3” already uses; give each stage its own port.</source>
        <translation>trinnet «%1» bruker %2, som trinnet «%3» allerede bruker; gi hvert trinn sin egen port.</translation>
    </message>
    <message>
        <source>this stage is not a mapping of keys; write it as “- name: test” followed by its runtime, host and port.</source>
        <translation>dette trinnet er ikke en tilordning av nøkler; skriv det som «- name: test» fulgt av kjøremiljø, vert og port.</translation>
    </message>
    <message>
        <source>this stage has no name; add “name:” with a lowercase name such as test.</source>
        <translation>dette trinnet har ikke noe navn; legg til «name:» med et navn i små bokstaver, for eksempel test.</translation>
    </message>
    <message>
        <source>the stage name “%1” is not valid; use lowercase letters, digits and hyphens, starting with a letter, at most 63 characters.</source>
        <translation>trinnavnet «%1» er ugyldig; bruk små bokstaver, sifre og bindestreker, begynn med en bokstav, høyst 63 tegn.</translation>
    </message>
    <message>
        <source>the stage name “%1” is already used on line %2; give every stage its own name.</source>
        <translation>trinnavnet «%1» er allerede brukt på linje %2; gi hvert trinn sitt eget navn.</translation>
    </message>
    <message>
        <source>stage “%1” has no runtime; add “runtime:” with kubernetes, podman or local.</source>
        <translation>trinnet «%1» har ikke noe kjøremiljø; legg til «runtime:» med kubernetes, podman eller local.</translation>
    </message>
    <message>
        <source>stage “%1” has the unknown runtime “%2”; use kubernetes, podman or local.</source>
        <translation>trinnet «%1» har det ukjente kjøremiljøet «%2»; bruk kubernetes, podman eller local.</translation>
    </message>
    <message>
        <source>stage “%1” has no host; add “host:” with the address the stage answers on, such as 127.0.0.1.</source>
        <translation>trinnet «%1» har ingen vert; legg til «host:» med adressen trinnet svarer på, for eksempel 127.0.0.1.</translation>
    </message>
    <message>
        <source>the host “%1” of stage “%2” is not a host name or address; use a name such as raspberrypi.local or an address such as 127.0.0.1.</source>
        <translation>verten «%1» for trinnet «%2» er verken et vertsnavn eller en adresse; bruk et navn som raspberrypi.local eller en adresse som 127.0.0.1.</translation>
    </message>
    <message>
        <source>stage “%1” has no port; add “port:” with a free port from 1 to 65535.</source>
        <translation>trinnet «%1» har ingen port; legg til «port:» med en ledig port fra 1 til 65535.</translation>
    </message>
    <message>
        <source>the port “%1” of stage “%2” is not a number from 1 to 65535; use a free port in that range.</source>
        <translation>porten «%1» for trinnet «%2» er ikke et tall fra 1 til 65535; bruk en ledig port i det området.</translation>
    </message>
    <message>
        <source>the namespace “%1” of stage “%2” is not valid; use lowercase letters, digits and hyphens, starting with a letter, at most 63 characters.</source>
        <translation>navnerommet «%1» for trinnet «%2» er ugyldig; bruk små bokstaver, sifre og bindestreker, begynn med en bokstav, høyst 63 tegn.</translation>
    </message>
    <message>
        <source>the replica count “%1” of stage “%2” is not a number from 1 to 100; use 1 unless the stage runs on a Kubernetes cluster.</source>
        <translation>antallet replikaer «%1» for trinnet «%2» er ikke et tall fra 1 til 100; bruk 1 med mindre trinnet kjører i en Kubernetes-klynge.</translation>
    </message>
    <message>
        <source>cannot read the pipeline configuration (%1); check that the file exists and is readable.</source>
        <translation>kan ikke lese pipeline-oppsettet (%1); kontroller at filen finnes og kan leses.</translation>
    </message>
    <message>
        <source>this is not valid YAML (%1); correct the syntax at this position.</source>
        <translation>dette er ikke gyldig YAML (%1); rett syntaksen på dette stedet.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::PlaybookParser</name>
    <message>
        <source>cannot read the playbook (%1); check the path and its permissions.</source>
        <translation>kan ikke lese playbooken (%1); kontroller stien og tillatelsene.</translation>
    </message>
    <message>
        <source>this is not valid YAML (%1); check the indentation and the quotes around this position.</source>
        <translation>dette er ikke gyldig YAML (%1); kontroller innrykket og anførselstegnene rundt dette stedet.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::Reader</name>
    <message>
        <source>a key must be a plain word, not a list or mapping; write it as “name: value”.</source>
        <translation>en nøkkel må være et enkelt ord, ikke en liste eller tilordning; skriv den som «name: value».</translation>
    </message>
    <message>
        <source>the key “%1” appears twice, first on line %2; keep only one of them.</source>
        <translation>nøkkelen «%1» forekommer to ganger, første gang på linje %2; behold bare én av dem.</translation>
    </message>
    <message>
        <source>“%1” has no value; write its value after the colon.</source>
        <translation>«%1» mangler verdi; skriv verdien etter kolonet.</translation>
    </message>
    <message>
        <source>the value of “%1” must be text, not a list or a mapping; write it on the same line as the key.</source>
        <translation>verdien til «%1» må være tekst, ikke en liste eller tilordning; skriv den på samme linje som nøkkelen.</translation>
    </message>
    <message>
        <source>“%1” takes a literal true or false in this version, not a template; write true or false.</source>
        <translation>«%1» tar i denne versjonen en bokstavelig true eller false, ikke en mal; skriv true eller false.</translation>
    </message>
    <message>
        <source>“%1” must be true or false; write one of them.</source>
        <translation>«%1» må være true eller false; skriv én av dem.</translation>
    </message>
    <message>
        <source>the playbook is empty; write a list of plays, each starting with “- hosts:”.</source>
        <translation>playbooken er tom; skriv en liste med plays som hver starter med «- hosts:».</translation>
    </message>
    <message>
        <source>a playbook must be a list of plays; start each play with “- hosts:” and indent its keys below.</source>
        <translation>en playbook må være en liste med plays; start hvert play med «- hosts:» og rykk inn nøklene under.</translation>
    </message>
    <message>
        <source>the playbook has no plays; add one starting with “- hosts:”.</source>
        <translation>playbooken har ingen plays; legg til et som starter med «- hosts:».</translation>
    </message>
    <message>
        <source>a play must be a mapping of keywords; write it as “- hosts: all” followed by its name and tasks.</source>
        <translation>et play må være en tilordning av nøkkelord; skriv det som «- hosts: all» fulgt av navnet og oppgavene.</translation>
    </message>
    <message>
        <source>the play keyword “%1” is not supported by this version of Antler yet; remove it, or run this playbook with ansible-playbook until the full engine arrives.</source>
        <translation>play-nøkkelordet «%1» støttes ennå ikke av denne versjonen av Antler; fjern det, eller kjør denne playbooken med ansible-playbook til den fullstendige motoren kommer.</translation>
    </message>
    <message>
        <source>“%1” is not a play keyword; use one of: %2.</source>
        <translation>«%1» er ikke et play-nøkkelord; bruk ett av: %2.</translation>
    </message>
    <message>
        <source>this play has no “hosts”; add “hosts:” with an inventory pattern such as all or a group name.</source>
        <translation>dette playet mangler «hosts»; legg til «hosts:» med et inventarmønster som all eller et gruppenavn.</translation>
    </message>
    <message>
        <source>each entry of “hosts” must be a host or group name; write one pattern per entry.</source>
        <translation>hver oppføring i «hosts» må være et verts- eller gruppenavn; skriv ett mønster per oppføring.</translation>
    </message>
    <message>
        <source>“hosts” is empty; name a host, a group or all.</source>
        <translation>«hosts» er tom; oppgi en vert, en gruppe eller all.</translation>
    </message>
    <message>
        <source>“vars” must be a mapping of names to values; write one “name: value” per line below it.</source>
        <translation>«vars» må være en tilordning fra navn til verdier; skriv én «name: value» per linje under det.</translation>
    </message>
    <message>
        <source>“%1” is not a valid variable name; use letters, digits and underscores, not starting with a digit.</source>
        <translation>«%1» er ikke et gyldig variabelnavn; bruk bokstaver, sifre og understreker, og ikke start med et siffer.</translation>
    </message>
    <message>
        <source>“tasks” must be a list; start each task with “- name:”.</source>
        <translation>«tasks» må være en liste; start hver oppgave med «- name:».</translation>
    </message>
    <message>
        <source>a task must be a mapping; write it as “- name: …” followed by one module such as “command: …”.</source>
        <translation>en oppgave må være en tilordning; skriv den som «- name: …» fulgt av én modul som «command: …».</translation>
    </message>
    <message>
        <source>“%1” is not a valid variable name for “register”; use letters, digits and underscores.</source>
        <translation>«%1» er ikke et gyldig variabelnavn for «register»; bruk bokstaver, sifre og understreker.</translation>
    </message>
    <message>
        <source>“changed_when” takes only true or false in this version, not an expression; write true or false, or run this playbook with ansible-playbook until the full engine arrives.</source>
        <translation>«changed_when» tar i denne versjonen bare true eller false, ikke et uttrykk; skriv true eller false, eller kjør denne playbooken med ansible-playbook til den fullstendige motoren kommer.</translation>
    </message>
    <message>
        <source>this task already runs the module “%1”; a task runs exactly one module, so move “%2” into a task of its own.</source>
        <translation>denne oppgaven kjører allerede modulen «%1»; en oppgave kjører nøyaktig én modul, så flytt «%2» til en egen oppgave.</translation>
    </message>
    <message>
        <source>the task keyword “%1” is not supported by this version of Antler yet; remove it, or run this playbook with ansible-playbook until the full engine arrives.</source>
        <translation>oppgavenøkkelordet «%1» støttes ennå ikke av denne versjonen av Antler; fjern det, eller kjør denne playbooken med ansible-playbook til den fullstendige motoren kommer.</translation>
    </message>
    <message>
        <source>the module “%1” is not supported by this version of Antler yet; use one of %2, or run this playbook with ansible-playbook until the full engine arrives.</source>
        <translation>modulen «%1» støttes ennå ikke av denne versjonen av Antler; bruk en av %2, eller kjør denne playbooken med ansible-playbook til den fullstendige motoren kommer.</translation>
    </message>
    <message>
        <source>“%1” is neither a task keyword nor a module; check its spelling, or use one of the modules %2 and the keywords %3.</source>
        <translation>«%1» er verken et oppgavenøkkelord eller en modul; kontroller stavemåten, eller bruk en av modulene %2 og nøkkelordene %3.</translation>
    </message>
    <message>
        <source>this task runs no module; add one of: %1.</source>
        <translation>denne oppgaven kjører ingen modul; legg til en av: %1.</translation>
    </message>
    <message>
        <source>“debug: var:” is not supported by this version yet; write msg: &quot;{{ name }}&quot; instead.</source>
        <translation>«debug: var:» støttes ennå ikke av denne versjonen; skriv msg: &quot;{{ name }}&quot; i stedet.</translation>
    </message>
    <message>
        <source>the module “%1” has no argument “%2”; use one of: %3.</source>
        <translation>modulen «%1» har ikke noe argument «%2»; bruk ett av: %3.</translation>
    </message>
    <message>
        <source>“argv” must be a non-empty list of words; write each word as an entry starting with “- ”.</source>
        <translation>«argv» må være en ikke-tom liste med ord; skriv hvert ord som en oppføring som starter med «- ».</translation>
    </message>
    <message>
        <source>each entry of “argv” must be one word, not a list or a mapping; quote it if it contains a colon.</source>
        <translation>hver oppføring i «argv» må være ett ord, ikke en liste eller tilordning; sett den i anførselstegn hvis den inneholder et kolon.</translation>
    </message>
    <message>
        <source>“%1” takes msg=&quot;text&quot; on its line; write the message as “msg: …” on the next line, indented.</source>
        <translation>«%1» tar msg=&quot;text&quot; på sin linje; skriv meldingen som «msg: …» på neste linje, rykket inn.</translation>
    </message>
    <message>
        <source>“%1” takes no free-form text; write “data: …” or nothing.</source>
        <translation>«%1» tar ikke fritekst; skriv «data: …» eller ingenting.</translation>
    </message>
    <message>
        <source>“%1” takes no arguments by name; write the command as text on the same line, such as “raw: uptime”.</source>
        <translation>«%1» tar ikke navngitte argumenter; skriv kommandoen som tekst på samme linje, for eksempel «raw: uptime».</translation>
    </message>
    <message>
        <source>the arguments of “%1” must be text or a mapping, not a list; for a list of words use “argv:”.</source>
        <translation>argumentene til «%1» må være tekst eller en tilordning, ikke en liste; bruk «argv:» for en liste med ord.</translation>
    </message>
    <message>
        <source>“args” must be a mapping of argument names to values.</source>
        <translation>«args» må være en tilordning fra argumentnavn til verdier.</translation>
    </message>
    <message>
        <source>“%1” has both a command line and “argv”; keep only one of them.</source>
        <translation>«%1» har både en kommandolinje og «argv»; behold bare én av dem.</translation>
    </message>
    <message>
        <source>“%1” has no command to run; write it after the colon, such as “%1: uptime”.</source>
        <translation>«%1» har ingen kommando å kjøre; skriv den etter kolonet, for eksempel «%1: uptime».</translation>
    </message>
    <message>
        <source>the command of “%1” is empty; write the command to run.</source>
        <translation>kommandoen til «%1» er tom; skriv kommandoen som skal kjøres.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::Runner</name>
    <message>
        <source>no hosts matched “%1”, so the play “%2” was skipped.</source>
        <translation>ingen verter samsvarte med «%1», så playet «%2» ble hoppet over.</translation>
    </message>
    <message>
        <source>facts are not gathered by this version of Antler yet, so gather_facts is ignored; set “gather_facts: false” to silence this warning.</source>
        <translation>denne versjonen av Antler samler ennå ikke inn fakta, så gather_facts blir ignorert; sett «gather_facts: false» for å slå av denne advarselen.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::ShellWords</name>
    <message>
        <source>the command ends with a lone backslash; remove it or quote it as &apos;\\&apos;.</source>
        <translation>kommandoen slutter med en enslig omvendt skråstrek; fjern den eller sett den i anførselstegn som &apos;\\&apos;.</translation>
    </message>
    <message>
        <source>the command has an unclosed %1 quote; close it or escape it with a backslash.</source>
        <translation>kommandoen har et ulukket %1-anførselstegn; lukk det eller beskytt det med en omvendt skråstrek.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::TaskExecutor</name>
    <message>
        <source>the task at %1 cannot be templated: %2; define the variable in the play&apos;s vars, the inventory or with -e, or fix the expression.</source>
        <translation>oppgaven ved %1 kan ikke malutvides: %2; definer variabelen i playets vars, i inventaret eller med -e, eller rett uttrykket.</translation>
    </message>
    <message>
        <source>no connection to %1</source>
        <translation>ingen tilkobling til %1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>ingen kommando oppgitt</translation>
    </message>
</context>
<context>
    <name>antler::playbook::Templar</name>
    <message>
        <source>the variables refer to each other in a loop; make sure no variable&apos;s value refers back to itself.</source>
        <translation>variablene refererer til hverandre i en løkke; sørg for at ingen variabels verdi refererer tilbake til seg selv.</translation>
    </message>
    <message>
        <source>“%1” uses Jinja2 statements or comments, which this version does not support yet; use only {{ variable }} substitutions.</source>
        <translation>«%1» bruker Jinja2-setninger eller -kommentarer, som denne versjonen ennå ikke støtter; bruk bare {{ variable }}-erstatninger.</translation>
    </message>
    <message>
        <source>“{{ %1 }}” is an expression this version cannot evaluate yet; use a variable name, optionally followed by .attribute or [&apos;key&apos;].</source>
        <translation>«{{ %1 }}» er et uttrykk som denne versjonen ennå ikke kan evaluere; bruk et variabelnavn, eventuelt fulgt av .attribute eller [&apos;key&apos;].</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is undefined</source>
        <translation>&apos;%1&apos; er udefinert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list, so it has no item %2</source>
        <translation>&apos;%1&apos; er ikke en liste, så den har ikke noe element %2</translation>
    </message>
    <message>
        <source>list object has no element %1</source>
        <translation>listeobjektet har ikke noe element %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no attribute &apos;%2&apos;</source>
        <translation>&apos;%1&apos; har ikke noe attributt &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;dict object&apos; has no attribute &apos;%1&apos;</source>
        <translation>&apos;dict object&apos; har ikke noe attributt &apos;%1&apos;</translation>
    </message>
</context>
</TS>
