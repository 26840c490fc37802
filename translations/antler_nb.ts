<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>PiFacts</name>
    <message>
        <source>The facts of the Pi are not readable (%1); run the facts step again.</source>
        <translation>Facts for Pi-en kan ikke leses (%1); kjør facts-steget igjen.</translation>
    </message>
    <message>
        <source>This is not a Raspberry Pi (no Raspberry Pi model in the device tree); the setup works on any Debian machine, but the advice here is for a Pi.</source>
        <translation>Dette er ikke en Raspberry Pi (ingen Raspberry Pi-modell i enhetstreet); oppsettet virker på alle Debian-maskiner, men rådene her gjelder en Pi.</translation>
    </message>
    <message>
        <source>The system is 32-bit (%1): install the 64-bit Raspberry Pi OS; the stages&apos; images and k3s need arm64.</source>
        <translation>Systemet er 32-biters (%1): installer 64-biters Raspberry Pi OS; trinnenes avbilder og k3s trenger arm64.</translation>
    </message>
    <message>
        <source>The Pi has %1 MB of memory: k3s needs 2 GB, so podman is chosen.</source>
        <translation>Pi-en har %1 MB minne: k3s trenger 2 GB, så podman velges.</translation>
    </message>
    <message>
        <source>The system runs from an SD card (%1): builds and the registry wear it out and are slow; an SSD on USB lasts longer.</source>
        <translation>Systemet kjører fra et SD-kort (%1): bygg og registeret sliter det ut og er trege; en SSD på USB varer lenger.</translation>
    </message>
    <message>
        <source>The memory cgroup controller is off: containers cannot have memory limits until the setup turns it on (it edits %1 and reboots the Pi).</source>
        <translation>Minne-cgroup-kontrolleren er av: containere kan ikke ha minnegrenser før oppsettet slår den på (det redigerer %1 og starter Pi-en på nytt).</translation>
    </message>
    <message>
        <source>The Pi reports under-voltage or throttling (get_throttled=%1): use the official power supply, or builds will be slow and the SD card may be damaged.</source>
        <translation>Pi-en melder underspenning eller struping (get_throttled=%1): bruk den offisielle strømforsyningen, ellers blir byggene trege og SD-kortet kan bli skadet.</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>not a Raspberry Pi</source>
        <translation>ikke en Raspberry Pi</translation>
    </message>
    <message>
        <source>System: %1, %2 (kernel %3)</source>
        <translation>System: %1, %2 (kjerne %3)</translation>
    </message>
    <message>
        <source>Memory: %1 MB</source>
        <translation>Minne: %1 MB</translation>
    </message>
    <message>
        <source>System disk: %1, %2 MB free</source>
        <translation>Systemdisk: %1, %2 MB ledig</translation>
    </message>
    <message>
        <source>Memory cgroup controller: %1</source>
        <translation>Minne-cgroup-kontroller: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>på</translation>
    </message>
    <message>
        <source>off</source>
        <translation>av</translation>
    </message>
    <message>
        <source>Installed: podman %1, registry %2, k3s %3</source>
        <translation>Installert: podman %1, register %2, k3s %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
</context>
<context>
    <name>SetupPlan</name>
    <message>
        <source>Cannot write %1: %2; check that the folder is writable.</source>
        <translation>Kan ikke skrive %1: %2; sjekk at mappen er skrivbar.</translation>
    </message>
    <message>
        <source>Turn the memory cgroup controller on</source>
        <translation>Slå på minne-cgroup-kontrolleren</translation>
    </message>
    <message>
        <source>Install the container engine</source>
        <translation>Installer containermotoren</translation>
    </message>
    <message>
        <source>Set up the image registry</source>
        <translation>Sett opp avbilderegisteret</translation>
    </message>
    <message>
        <source>Install the build tools</source>
        <translation>Installer byggeverktøyene</translation>
    </message>
    <message>
        <source>Create the stages</source>
        <translation>Opprett trinnene</translation>
    </message>
    <message>
        <source>The provisioning playbooks are missing from this build of Antler (resources/playbooks).</source>
        <translation>Klargjøringsplaybookene mangler i dette bygget av Antler (resources/playbooks).</translation>
    </message>
</context>
<context>
    <name>antler::cli::CommandArguments</name>
    <message>
        <source>Show the help of this command and exit.</source>
        <translation>Vis hjelpen for denne kommandoen og avslutt.</translation>
    </message>
    <message>
        <source>unknown option “%1” for %2; run “antler help %3” to see the options.</source>
        <translation>ukjent valg «%1» for %2; kjør «antler help %3» for å se valgene.</translation>
    </message>
    <message>
        <source>the option %1 needs a value; write it as “%1 %2”.</source>
        <translation>valget %1 trenger en verdi; skriv det som «%1 %2».</translation>
    </message>
    <message>
        <source>the option --%1 takes no value; write it as “--%1” alone.</source>
        <translation>valget --%1 tar ingen verdi; skriv det alene som «--%1».</translation>
    </message>
</context>
<context>
    <name>antler::cli::CommandCatalog</name>
    <message>
        <source>Window</source>
        <translation>Vindu</translation>
    </message>
    <message>
        <source>Opens the control panel, which shows the stages of the pipeline.</source>
        <translation>Åpner kontrollpanelet, som viser trinnene i pipelinen.</translation>
    </message>
    <message>
        <source>Qt&apos;s own options for a window, such as -platform, -style and -reverse, are accepted too.</source>
        <translation>Qts egne valg for et vindu, som -platform, -style og -reverse, godtas også.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and exit.</source>
        <translation>Lagre et bilde av vinduet i FILE og avslutt.</translation>
    </message>
</context>
<context>
    <name>antler::cli::CommandLine</name>
    <message>
        <source>“%1” is not an antler command; run “antler --help” to see the commands.</source>
        <translation>«%1» er ikke en kommando i antler; kjør «antler --help» for å se kommandoene.</translation>
    </message>
    <message>
        <source>unknown option “%1”; run “antler --help” to see the options.</source>
        <translation>ukjent valg «%1»; kjør «antler --help» for å se valgene.</translation>
    </message>
    <message>
        <source>no display is available (DISPLAY and WAYLAND_DISPLAY are not set); run antler in a desktop session, or use one of the headless modes that “antler --help” lists.</source>
        <translation>ingen skjerm er tilgjengelig (DISPLAY og WAYLAND_DISPLAY er ikke satt); kjør antler i en skrivebordsøkt, eller bruk en av modusene uten skjerm som «antler --help» viser.</translation>
    </message>
    <message>
        <source>the option %1 needs a value; write it as “%1 %2”.</source>
        <translation>valget %1 trenger en verdi; skriv det som «%1 %2».</translation>
    </message>
</context>
<context>
    <name>antler::cli::CommandSpec</name>
    <message>
        <source>Read the pipeline from FILE (see Configuration).</source>
        <translation>Les pipelinen fra FILE (se Konfigurasjon).</translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation>Skriv ut resultatene som JSON.</translation>
    </message>
</context>
<context>
    <name>antler::cli::CompleteCommand</name>
    <message>
        <source>Print the stages or the help topics, one per line, for the shell&apos;s completion.</source>
        <translation>Skriv ut trinnene eller hjelpeemnene, ett per linje, for skallets fullføring.</translation>
    </message>
    <message>
        <source>The profile to read.</source>
        <translation>Profilen som skal leses.</translation>
    </message>
</context>
<context>
    <name>antler::cli::ExtraVariables</name>
    <message>
        <source>the -e value</source>
        <translation>verdien til -e</translation>
    </message>
    <message>
        <source>cannot read the variables file %1 (%2); check the path after -e @.</source>
        <translation>kan ikke lese variabelfilen %1 (%2); kontroller stien etter -e @.</translation>
    </message>
    <message>
        <source>the -e value “%1” cannot be read (%2); close the quote or the {{ }}.</source>
        <translation>-e-verdien «%1» kan ikke leses (%2); lukk anførselstegnet eller {{ }}.</translation>
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
</context>
<context>
    <name>antler::cli::HelpCommand</name>
    <message>
        <source>there is no help on “%1”; ask for one of: %2.</source>
        <translation>det finnes ingen hjelp om «%1»; be om en av: %2.</translation>
    </message>
    <message>
        <source>Show this help; “antler help TOPIC” shows one part.</source>
        <translation>Vis denne hjelpen; «antler help EMNE» viser én del.</translation>
    </message>
    <message>
        <source>The part to show.</source>
        <translation>Delen som skal vises.</translation>
    </message>
</context>
<context>
    <name>antler::cli::HelpText</name>
    <message>
        <source>Topics: %1.</source>
        <translation>Emner: %1.</translation>
    </message>
    <message>
        <source>Also %1.</source>
        <translation>Også %1.</translation>
    </message>
    <message>
        <source>Antler takes a Raspberry Pi, or any Debian-like host, from a bare system to a monitored test, staging and production pipeline. Without arguments it opens its window; with %1 it runs headless and needs no display.</source>
        <translation>Antler tar en Raspberry Pi, eller en hvilken som helst Debian-lignende vert, fra et tomt system til en overvåket test-, staging- og produksjonspipeline. Uten argumenter åpner det vinduet sitt; med %1 kjører det uten grensesnitt og trenger ingen skjerm.</translation>
    </message>
    <message>
        <source>Playbooks can use %1 modules, listed under “antler help run-playbook”; the pipeline builds, rolls out, promotes and rolls back with the %2 runtimes.</source>
        <translation>Playbooker kan bruke %1 moduler, oppført under «antler help run-playbook»; pipelinen bygger, ruller ut, forfremmer og ruller tilbake med kjøretidene %2.</translation>
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
        <source>The playbook or the inventory has an error, which is printed as FILE:LINE:COLUMN; no host was contacted.</source>
        <translation>Playbooken eller inventaret har en feil, som skrives ut som FILE:LINE:COLUMN; ingen vert ble kontaktet.</translation>
    </message>
    <message>
        <source>A host was unreachable.</source>
        <translation>En vert kunne ikke nås.</translation>
    </message>
    <message>
        <source>Invalid options.</source>
        <translation>Ugyldige valg.</translation>
    </message>
    <message>
        <source>Pipeline: a promotion gate or a pin refused the operation; nothing changed.</source>
        <translation>Pipeline: et forfremmelsesvilkår eller en låsing avviste operasjonen; ingenting ble endret.</translation>
    </message>
    <message>
        <source>Pipeline: the rollout failed and the stage was rolled back to its previous release.</source>
        <translation>Pipeline: utrullingen feilet, og trinnet ble rullet tilbake til forrige utgivelse.</translation>
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
        <source>Usage:</source>
        <translation>Bruk:</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Annet:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Avslutningskoder:</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>Oppsett:</translation>
    </message>
</context>
<context>
    <name>antler::cli::PipelineCommand</name>
    <message>
        <source>--limit takes a number from 1 up, not “%1”.</source>
        <translation>--limit tar et tall fra 1 og oppover, ikke «%1».</translation>
    </message>
    <message>
        <source>“%1” takes no arguments, but got “%2”.</source>
        <translation>«%1» tar ingen argumenter, men fikk «%2».</translation>
    </message>
    <message>
        <source>“%1” needs %2; write antler pipeline %1 %2.</source>
        <translation>«%1» trenger %2; skriv antler pipeline %1 %2.</translation>
    </message>
    <message>
        <source>“%1” does not take --%2.</source>
        <translation>«%1» tar ikke --%2.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier operation(s) were interrupted before they finished; “antler pipeline history” lists them.</source>
        <translation>
            <numerusform>%n tidligere operasjon ble avbrutt før den var ferdig; «antler pipeline history» viser den.</numerusform>
            <numerusform>%n tidligere operasjoner ble avbrutt før de var ferdige; «antler pipeline history» viser dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Builds the images, rolls them out, and moves a release from stage to stage; every step is recorded.</source>
        <translation>Bygger avbildningene, ruller dem ut og flytter en utgivelse fra trinn til trinn; hvert steg blir registrert.</translation>
    </message>
    <message>
        <source>build: the moosefacts program to package, instead of the one next to antler.</source>
        <translation>build: moosefacts-programmet som skal pakkes, i stedet for det ved siden av antler.</translation>
    </message>
    <message>
        <source>build: the frontend folder to package, instead of the one antler was built or installed with.</source>
        <translation>build: frontend-mappen som skal pakkes, i stedet for den antler ble bygget eller installert med.</translation>
    </message>
    <message>
        <source>build: the JSON file of facts to package, instead of the bundled one.</source>
        <translation>build: JSON-filen med facts som skal pakkes, i stedet for den medfølgende.</translation>
    </message>
    <message>
        <source>deploy: roll out this release instead of the newest build.</source>
        <translation>deploy: rull ut denne utgivelsen i stedet for det nyeste bygget.</translation>
    </message>
    <message>
        <source>promote: confirm a promotion into a stage that asks for it.</source>
        <translation>promote: bekreft en forfremmelse til et trinn som ber om det.</translation>
    </message>
    <message>
        <source>rollback, pin: the reason to record.</source>
        <translation>rollback, pin: grunnen som skal registreres.</translation>
    </message>
    <message>
        <source>history: only the operations on STAGE.</source>
        <translation>history: bare operasjonene på STAGE.</translation>
    </message>
    <message>
        <source>history: at most N operations.</source>
        <translation>history: høyst N operasjoner.</translation>
    </message>
    <message>
        <source>Build the app into an immutable release named by its sha256 digest: images on the target, or an artifact folder for the local runtime.</source>
        <translation>Bygg appen til en uforanderlig utgivelse navngitt etter sin sha256-digest: avbildninger på målmaskinen, eller en artefaktmappe for det lokale kjøremiljøet.</translation>
    </message>
    <message>
        <source>Roll the newest build (or --digest) out to STAGE; if it is not healthy within the stage&apos;s rollout timeout, STAGE goes back to its previous release automatically.</source>
        <translation>Rull ut det nyeste bygget (eller --digest) til STAGE; er det ikke friskt innen trinnets tidsgrense for utrulling, går STAGE automatisk tilbake til forrige utgivelse.</translation>
    </message>
    <message>
        <source>Move the exact digest that runs in FROM to TO, if FROM is healthy and soaked; stages that ask for confirmation need --yes.</source>
        <translation>Flytt nøyaktig den digesten som kjører i FROM til TO, hvis FROM er frisk og har stått gjennom observasjonstiden; trinn som krever bekreftelse, trenger --yes.</translation>
    </message>
    <message>
        <source>Put STAGE back on its previous release and pin it there, recording --reason.</source>
        <translation>Sett STAGE tilbake til forrige utgivelse og lås det der, og registrer --reason.</translation>
    </message>
    <message>
        <source>Refuse deploys and promotions to STAGE.</source>
        <translation>Avvis utrullinger og forfremmelser til STAGE.</translation>
    </message>
    <message>
        <source>Allow deploys and promotions to STAGE again.</source>
        <translation>Tillat utrullinger og forfremmelser til STAGE igjen.</translation>
    </message>
    <message>
        <source>List every build, rollout, promotion and rollback, newest first.</source>
        <translation>List opp hvert bygg, hver utrulling, hver forfremmelse og hver tilbakerulling, nyeste først.</translation>
    </message>
    <message>
        <source>Show which release each stage runs, drift from the history, and pins.</source>
        <translation>Vis hvilken utgivelse hvert trinn kjører, avvik fra historikken og låsinger.</translation>
    </message>
    <message>
        <source>Stop the stage&apos;s workload.</source>
        <translation>Stopp arbeidslasten til trinnet.</translation>
    </message>
    <message>
        <source>A stage runs with one of the runtimes %1, named by runtime: in antler.yaml.</source>
        <translation>Et trinn kjører med en av kjøretidene %1, angitt med runtime: i antler.yaml.</translation>
    </message>
    <message>
        <source>Progress goes to standard error, the result to standard output. It exits with 0 on success, 2 when a build or rollout failed, 3 for an unknown stage or digest or an error in the configuration, 6 when a gate or pin refused the operation (nothing changed) and 7 when a rollout failed and the stage was rolled back.</source>
        <translation>Fremdriften går til standard feilutdata, resultatet til standard utdata. Den avslutter med 0 ved suksess, 2 når et bygg eller en utrulling feilet, 3 for et ukjent trinn eller en ukjent digest eller en feil i oppsettet, 6 når et vilkår eller en låsing avviste operasjonen (ingenting ble endret) og 7 når en utrulling feilet og trinnet ble rullet tilbake.</translation>
    </message>
    <message>
        <source>or</source>
        <translation>eller</translation>
    </message>
    <message>
        <source>say what to do: %1.
%2</source>
        <translation>si hva som skal gjøres: %1.
%2</translation>
    </message>
    <message>
        <source>there is no pipeline command “%1”; use %2.</source>
        <translation>det finnes ingen pipeline-kommando «%1»; bruk %2.</translation>
    </message>
    <message>
        <source>When the pipeline history is damaged, keep it aside (renamed, never deleted) and start a new one.</source>
        <translation>Når pipelinehistorikken er skadet, legg den til side (omdøpt, aldri slettet) og start en ny.</translation>
    </message>
    <message>
        <source>It is shown read-only.</source>
        <translation>Den vises skrivebeskyttet.</translation>
    </message>
    <message>
        <source>Restore it from a backup, or run again with --new-history to keep it aside under another name and start a new one.</source>
        <translation>Gjenopprett den fra en sikkerhetskopi, eller kjør på nytt med --new-history for å legge den til side under et annet navn og starte en ny.</translation>
    </message>
    <message>
        <source>the damaged pipeline history is kept as %1; a new one was started.</source>
        <translation>den skadede pipelinehistorikken er tatt vare på som %1; en ny er startet.</translation>
    </message>
</context>
<context>
    <name>antler::cli::RunPlaybookCommand</name>
    <message>
        <source>only one -i is supported in this version; merge the inventories into one file or folder.</source>
        <translation>denne versjonen støtter bare én -i; slå sammen inventarene til én fil eller mappe.</translation>
    </message>
    <message>
        <source>--forks takes a whole number of at least 1, not “%1”; write for example --forks 5.</source>
        <translation>--forks tar et heltall på minst 1, ikke «%1»; skriv for eksempel --forks 5.</translation>
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
    <message>
        <source>%1 is not supported by Antler; set the same in the inventory (ansible_user, ansible_become, ansible_become_password, ansible_ssh_private_key_file) or in the playbook instead.</source>
        <translation>%1 støttes ikke av Antler; angi det samme i inventaret (ansible_user, ansible_become, ansible_become_password, ansible_ssh_private_key_file) eller i playbooken i stedet.</translation>
    </message>
    <message>
        <source>Running playbooks</source>
        <translation>Kjørende playbooker</translation>
    </message>
    <message>
        <source>Runs an Ansible-compatible YAML playbook over SSH, printing each task as it runs and a recap per host at the end. It takes ansible-playbook&apos;s flags, before or after the playbook, and exits with its codes.</source>
        <translation>Kjører en Ansible-kompatibel YAML-playbook over SSH, skriver ut hver oppgave mens den kjører og en oppsummering per vert til slutt. Den tar valgene til ansible-playbook, før eller etter playbooken, og avslutter med dens koder.</translation>
    </message>
    <message>
        <source>Inventory file, or a comma-separated list of hosts such as host1,host2, (note the trailing comma).</source>
        <translation>Inventarfil, eller en kommaseparert liste med verter som host1,host2, (merk kommaet til slutt).</translation>
    </message>
    <message>
        <source>Set extra variables: key=value words (quote values with spaces), a YAML or JSON file after @, or inline JSON/YAML such as &apos;{&quot;n&quot;: 1}&apos;; may be repeated, later wins.</source>
        <translation>Sett ekstra variabler: key=value-ord (sett verdier med mellomrom i anførselstegn), en YAML- eller JSON-fil etter @, eller innebygd JSON/YAML som &apos;{&quot;n&quot;: 1}&apos;; kan gjentas, den siste gjelder.</translation>
    </message>
    <message>
        <source>Report what would change without changing anything.</source>
        <translation>Rapporter hva som ville endret seg uten å endre noe.</translation>
    </message>
    <message>
        <source>Show the changes made to files and templates.</source>
        <translation>Vis endringene i filer og maler.</translation>
    </message>
    <message>
        <source>Run only on the hosts that match PATTERN (a:b, a:&amp;b, a:!b, globs), or on the hosts listed in a retry file given as @FILE; repeated, it runs on their union.</source>
        <translation>Kjør bare på vertene som samsvarer med PATTERN (a:b, a:&amp;b, a:!b, glob-mønstre), eller på vertene i en retry-fil angitt som @FILE; gjentatt kjører det på unionen av dem.</translation>
    </message>
    <message>
        <source>Run only the tasks tagged with one of T (comma-separated, may be repeated; always, never, tagged, untagged and all work as in Ansible).</source>
        <translation>Kjør bare oppgavene som er tagget med en av T (kommaseparert, kan gjentas; always, never, tagged, untagged og all virker som i Ansible).</translation>
    </message>
    <message>
        <source>Skip the tasks tagged with one of T (comma-separated, may be repeated).</source>
        <translation>Hopp over oppgavene som er tagget med en av T (kommaseparert, kan gjentas).</translation>
    </message>
    <message>
        <source>Work on up to N hosts at once (default 5).</source>
        <translation>Arbeid på opptil N verter samtidig (standard 5).</translation>
    </message>
    <message>
        <source>Start at the first task called NAME.</source>
        <translation>Start ved den første oppgaven som heter NAME.</translation>
    </message>
    <message>
        <source>Validate the playbook and everything it imports, print its name, then exit.</source>
        <translation>Valider playbooken og alt den importerer, skriv ut navnet, og avslutt.</translation>
    </message>
    <message>
        <source>List the tasks that would run, with their tags, then exit.</source>
        <translation>List opp oppgavene som ville blitt kjørt, med taggene deres, og avslutt.</translation>
    </message>
    <message>
        <source>Print the run as it happens as JSON Lines: one object per event (play and task starts, live output, each host&apos;s result, the recap).</source>
        <translation>Skriv ut kjøringen fortløpende som JSON Lines: ett objekt per hendelse (start på play og oppgaver, direkte utdata, resultatet for hver vert, sammendraget).</translation>
    </message>
    <message>
        <source>Print more details; repeat for more, as in -vvv.</source>
        <translation>Skriv ut flere detaljer; gjenta for enda flere, som i -vvv.</translation>
    </message>
    <message>
        <source>List the hosts each play would run on, then exit.</source>
        <translation>List opp vertene hvert play ville kjørt på, og avslutt.</translation>
    </message>
    <message>
        <source>List the tags of each play&apos;s tasks, then exit.</source>
        <translation>List opp taggene til oppgavene i hvert play, og avslutt.</translation>
    </message>
    <message>
        <source>Print one JSON document at the end, shaped like ansible-playbook&apos;s json callback.</source>
        <translation>Skriv ut ett JSON-dokument til slutt, formet som json-callbacken til ansible-playbook.</translation>
    </message>
    <message>
        <source>Trust and remember the key of a host not yet in known_hosts, as OpenSSH&apos;s accept-new; without it such hosts are refused. A changed key is always refused.</source>
        <translation>Stol på og husk nøkkelen til en vert som ennå ikke står i known_hosts, som accept-new i OpenSSH; uten dette valget blir slike verter avvist. En endret nøkkel blir alltid avvist.</translation>
    </message>
    <message>
        <source>Modules: %1.</source>
        <translation>Moduler: %1.</translation>
    </message>
    <message>
        <source>Not taken, because the inventory (ansible_user, ansible_become, ansible_become_password, ansible_ssh_private_key_file) or the playbook says the same: %1.</source>
        <translation>Ikke brukt, fordi inventaret (ansible_user, ansible_become, ansible_become_password, ansible_ssh_private_key_file) eller playbooken sier det samme: %1.</translation>
    </message>
    <message>
        <source>the option --run-playbook needs a value; write it as “--run-playbook FILE”.</source>
        <translation>valget --run-playbook trenger en verdi; skriv det som «--run-playbook FIL».</translation>
    </message>
    <message>
        <source>antler runs one playbook at a time, but got %1; import the others from one playbook with import_playbook.</source>
        <translation>antler kjører én playbook om gangen, men fikk %1; importer de andre fra én playbook med import_playbook.</translation>
    </message>
</context>
<context>
    <name>antler::cli::StatusCommand</name>
    <message>
        <source>not every probe, host or runtime answered within 30 seconds; what did not answer is shown as unknown.</source>
        <translation>ikke alle kontroller, verter eller kjøremiljøer svarte innen 30 sekunder; det som ikke svarte, vises som ukjent.</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Helse</translation>
    </message>
    <message>
        <source>Shows the live health of every stage: the same probes and host metrics the charts show.</source>
        <translation>Viser helsen til hvert trinn fortløpende: de samme kontrollene og vertsmålingene som diagrammene viser.</translation>
    </message>
    <message>
        <source>Keep printing updates until interrupted.</source>
        <translation>Fortsett å skrive ut oppdateringer til du avbryter.</translation>
    </message>
    <message>
        <source>It exits with 0 when every stage is up, 2 when a stage is down and 3 when none is down but one is degraded or not known yet. One-shot status has no history, so one failed probe counts as down.</source>
        <translation>Den avslutter med 0 når alle trinn er oppe, 2 når et trinn er nede, og 3 når ingen er nede, men ett er redusert eller ennå ukjent. En enkeltstående statussjekk har ingen historikk, så én mislykket kontroll regnes som nede.</translation>
    </message>
    <message>
        <source>“%1” is not an argument of status; run “antler help status” to see what it takes.</source>
        <translation>«%1» er ikke et argument til status; kjør «antler help status» for å se hva den tar.</translation>
    </message>
</context>
<context>
    <name>antler::cli::VersionCommand</name>
    <message>
        <source>Show the version, the commit and the build time.</source>
        <translation>Vis versjonen, commiten og byggetidspunktet.</translation>
    </message>
</context>
<context>
    <name>antler::gui::AvailabilityStrip</name>
    <message>
        <source>Availability</source>
        <translation>Tilgjengelighet</translation>
    </message>
    <message>
        <source>up</source>
        <translation>oppe</translation>
    </message>
    <message>
        <source>partly down</source>
        <translation>delvis nede</translation>
    </message>
    <message>
        <source>down</source>
        <translation>nede</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>ingen data</translation>
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
        <translation>Velg hvordan Pi-en kjører trinnene</translation>
    </message>
    <message>
        <source>Good defaults are filled in; change what you need. The Pi is set up as soon as you go on.</source>
        <translation>Gode standardverdier er fylt inn; endre det du trenger. Pi-en settes opp så snart du går videre.</translation>
    </message>
    <message>
        <source>&amp;Set up the Pi</source>
        <translation>&amp;Sett opp Pi-en</translation>
    </message>
    <message>
        <source>podman: containers, light on memory</source>
        <translation>podman: konteinere, lett på minnet</translation>
    </message>
    <message>
        <source>k3s: a small Kubernetes, needs 2 GB</source>
        <translation>k3s: en liten Kubernetes, trenger 2 GB</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Motor:</translation>
    </message>
    <message>
        <source>&amp;Registry port:</source>
        <translation>&amp;Registerport:</translation>
    </message>
    <message>
        <source>k3s air-gap &amp;bundle:</source>
        <translation>k3s air-gap-&amp;pakke:</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Stage %1:</source>
        <translation>Trinn %1:</translation>
    </message>
    <message>
        <source>Recommended: k3s, since the Pi has %1 MB of memory and a 64-bit system.</source>
        <translation>Anbefalt: k3s, siden Pi-en har %1 MB minne og et 64-biters system.</translation>
    </message>
    <message>
        <source>Recommended: podman (k3s wants 2 GB of memory and a 64-bit system).</source>
        <translation>Anbefalt: podman (k3s trenger 2 GB minne og et 64-biters system).</translation>
    </message>
    <message>
        <source>Port %1 is used twice: give every stage and the registry a port of its own.</source>
        <translation>Port %1 brukes to ganger: gi hvert trinn og registeret en egen port.</translation>
    </message>
    <message>
        <source>Name at least one stage, for example test.</source>
        <translation>Gi navn til minst ett trinn, for eksempel test.</translation>
    </message>
    <message>
        <source>a folder with k3s&apos;s release files for the Pi: k3s-arm64, install.sh, the air-gap images (optional)</source>
        <translation>en mappe med k3s sine utgivelsesfiler for Pi-en: k3s-arm64, install.sh, air-gap-avbildene (valgfritt)</translation>
    </message>
    <message>
        <source>k3s would fit too (%1 MB of memory, a 64-bit system); podman is lighter and runs the same three stages.</source>
        <translation>k3s ville også passet (%1 MB minne, et 64-bitssystem); podman er lettere og kjører de samme tre trinnene.</translation>
    </message>
    <message>
        <source>Not recommended on this Pi: k3s wants 2 GB of memory and a 64-bit system. Podman runs the same three stages.</source>
        <translation>Ikke anbefalt på denne Pi-en: k3s trenger 2 GB minne og et 64-bitssystem. Podman kjører de samme tre trinnene.</translation>
    </message>
</context>
<context>
    <name>antler::gui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Kommandopalett</translation>
    </message>
    <message>
        <source>Type a command, e.g. “promote test”</source>
        <translation>Skriv en kommando, f.eks. «forfremm test»</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation>Samsvarende kommandoer</translation>
    </message>
</context>
<context>
    <name>antler::gui::ConfirmChangeDialog</name>
    <message>
        <source>Promote %1 → %2</source>
        <translation>Forfremm %1 → %2</translation>
    </message>
    <message>
        <source>Roll back %1</source>
        <translation>Rull tilbake %1</translation>
    </message>
    <message>
        <source>%1 will run the release that runs in %2 now.</source>
        <translation>%1 kommer til å kjøre utgivelsen som kjører i %2 nå.</translation>
    </message>
    <message>
        <source>%1 will go back to the release it ran before, and stay pinned there until you unpin it.</source>
        <translation>%1 går tilbake til utgivelsen det kjørte før, og forblir låst der til du låser det opp.</translation>
    </message>
    <message>
        <source>%1 runs now:</source>
        <translation>%1 kjører nå:</translation>
    </message>
    <message>
        <source>%1 will run:</source>
        <translation>%1 kommer til å kjøre:</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>Dette endres:</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Dette endres</translation>
    </message>
    <message>
        <source>e.g. the new facts page shows broken characters</source>
        <translation>f.eks. den nye faktasiden viser ødelagte tegn</translation>
    </message>
    <message>
        <source>Reason for the rollback</source>
        <translation>Begrunnelse for tilbakerullingen</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrunnelse:</translation>
    </message>
    <message>
        <source>I want to change %1 now</source>
        <translation>Jeg vil endre %1 nå</translation>
    </message>
    <message>
        <source>&amp;Promote</source>
        <translation>&amp;Forfremm</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>&amp;Rull tilbake</translation>
    </message>
    <message>
        <source>no release</source>
        <translation>ingen utgivelse</translation>
    </message>
    <message>
        <source>build %1</source>
        <translation>bygg %1</translation>
    </message>
    <message>
        <source>built %1</source>
        <translation>bygd %1</translation>
    </message>
    <message>
        <source>from commit %1</source>
        <translation>fra commit %1</translation>
    </message>
</context>
<context>
    <name>antler::gui::ConnectPage</name>
    <message>
        <source>Connect to the Pi</source>
        <translation>Koble til Pi-en</translation>
    </message>
    <message>
        <source>The address of a Raspberry Pi with SSH turned on (Raspberry Pi Imager: Edit settings → Services → Enable SSH), and the user you log in as.</source>
        <translation>Adressen til en Raspberry Pi med SSH slått på (Raspberry Pi Imager: Rediger innstillinger → Tjenester → Aktiver SSH), og brukeren du logger inn som.</translation>
    </message>
    <message>
        <source>raspberrypi.local or 192.168.1.20</source>
        <translation>raspberrypi.local eller 192.168.1.20</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Vert:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Bruker:</translation>
    </message>
    <message>
        <source>Keys of the SSH &amp;agent</source>
        <translation>Nøklene til SSH-&amp;agenten</translation>
    </message>
    <message>
        <source>A &amp;key file:</source>
        <translation>En &amp;nøkkelfil:</translation>
    </message>
    <message>
        <source>The user&apos;s pass&amp;word:</source>
        <translation>Brukerens pass&amp;ord:</translation>
    </message>
    <message>
        <source>~/.ssh/id_ed25519</source>
        <translation>~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom…</translation>
    </message>
    <message>
        <source>Choose the private key</source>
        <translation>Velg den private nøkkelen</translation>
    </message>
    <message>
        <source>Log in with:</source>
        <translation>Logg inn med:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test tilkoblingen</translation>
    </message>
    <message>
        <source>Going on with the setup of %1 where it stopped: %2 of %3 steps are done. Test the connection to continue.</source>
        <translation>Oppsettet av %1 fortsetter der det stoppet: %2 av %3 steg er ferdige. Test tilkoblingen for å fortsette.</translation>
    </message>
    <message>
        <source>Nothing answers SSH at %1 port %2 (connection refused): turn SSH on on the Pi (sudo raspi-config → Interface Options → SSH) or check the port.</source>
        <translation>Ingenting svarer på SSH på %1 port %2 (tilkobling avvist): slå på SSH på Pi-en (sudo raspi-config → Interface Options → SSH) eller kontroller porten.</translation>
    </message>
    <message>
        <source>%1 cannot be reached (no route to it): check the address and that the Pi is on and on the same network.</source>
        <translation>%1 kan ikke nås (ingen rute dit): kontroller adressen og at Pi-en er på og i samme nettverk.</translation>
    </message>
    <message>
        <source>%1 did not answer in time: the Pi may still be starting, or a firewall drops the connection; wait a minute and test again.</source>
        <translation>%1 svarte ikke i tide: Pi-en starter kanskje fortsatt, eller en brannmur forkaster tilkoblingen; vent et minutt og test på nytt.</translation>
    </message>
    <message>
        <source>The Pi refused to let %1 log in with this key or password: check the user name (Raspberry Pi Imager sets it) and the key or password.</source>
        <translation>Pi-en nektet %1 å logge inn med denne nøkkelen eller dette passordet: kontroller brukernavnet (Raspberry Pi Imager angir det) og nøkkelen eller passordet.</translation>
    </message>
    <message>
        <source>%1 logged in but cannot use sudo without a password: give %1 sudo rights on the Pi, or use the password login so that sudo gets it.</source>
        <translation>%1 logget inn, men kan ikke bruke sudo uten passord: gi %1 sudo-rettigheter på Pi-en, eller bruk innlogging med passord slik at sudo får det.</translation>
    </message>
    <message>
        <source>Type the Pi&apos;s address first.</source>
        <translation>Skriv inn adressen til Pi-en først.</translation>
    </message>
    <message>
        <source>The Pi presents a host key this computer has not seen before: check it on the next page.</source>
        <translation>Pi-en viser en vertsnøkkel denne datamaskinen ikke har sett før: kontroller den på neste side.</translation>
    </message>
    <message>
        <source>Connected; checking that sudo works…</source>
        <translation>Tilkoblet; kontrollerer at sudo virker…</translation>
    </message>
    <message>
        <source>sudo failed: %1</source>
        <translation>sudo mislyktes: %1</translation>
    </message>
    <message>
        <source>Connected to %1 as %2; sudo works.</source>
        <translation>Koblet til %1 som %2; sudo virker.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Kobler til %1…</translation>
    </message>
    <message>
        <source>STOP: the Pi at %1 presents a different host key than the one this computer trusts. Someone may be intercepting the connection, or the Pi was reinstalled; nothing was run. It presents %2 %3; line %4 of %5 holds %6 %7. Only if you reinstalled the Pi, remove that line (ssh-keygen -R &apos;%8&apos; -f %5) and test the connection again.</source>
        <translation>STOPP: Pi-en på %1 viser en annen vertsnøkkel enn den denne datamaskinen stoler på. Noen kan avlytte tilkoblingen, eller Pi-en er installert på nytt; ingenting ble kjørt. Den viser %2 %3; linje %4 i %5 inneholder %6 %7. Bare hvis du har installert Pi-en på nytt, fjern den linjen (ssh-keygen -R &apos;%8&apos; -f %5) og test tilkoblingen igjen.</translation>
    </message>
</context>
<context>
    <name>antler::gui::DonePage</name>
    <message>
        <source>The Pi is ready</source>
        <translation>Pi-en er klar</translation>
    </message>
    <message>
        <source>Every step has finished; the Pi is now the target of a profile of its own.</source>
        <translation>Hvert steg er fullført; Pi-en er nå målet for en egen profil.</translation>
    </message>
    <message>
        <source>&amp;Build and deploy to %1</source>
        <translation>&amp;Bygg og rull ut til %1</translation>
    </message>
    <message>
        <source>%1 (port %2)</source>
        <translation>%1 (port %2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 now has:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the memory cgroup controller on&lt;/li&gt;&lt;li&gt;%2 as its container engine&lt;/li&gt;&lt;li&gt;an image registry on port %3&lt;/li&gt;&lt;li&gt;the build tools&lt;/li&gt;&lt;li&gt;the stages %4&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;%1 har nå:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;minnekontrolleren for cgroups slått på&lt;/li&gt;&lt;li&gt;%2 som konteinermotor&lt;/li&gt;&lt;li&gt;et avbilderegister på port %3&lt;/li&gt;&lt;li&gt;byggeverktøyene&lt;/li&gt;&lt;li&gt;trinnene %4&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The profile could not be written:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Profilen kunne ikke skrives:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The new profile &lt;tt&gt;%1&lt;/tt&gt; opens in the window when you click Finish.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Den nye profilen &lt;tt&gt;%1&lt;/tt&gt; åpnes i vinduet når du klikker Fullfør.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>antler::gui::EventsModel</name>
    <message>
        <source>%1
(operation #%2: activate to open it in History)</source>
        <translation>%1
(operasjon #%2: aktiver for å åpne den i historikken)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Alvorlighetsgrad</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
</context>
<context>
    <name>antler::gui::EventsView</name>
    <message>
        <source>&amp;Warnings and errors only</source>
        <translation>Bare &amp;advarsler og feil</translation>
    </message>
    <message>
        <source>Warnings and errors only</source>
        <translation>Bare advarsler og feil</translation>
    </message>
    <message>
        <source>Hide the informational events</source>
        <translation>Skjul informasjonshendelsene</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle trinn</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>Trinnfilter</translation>
    </message>
    <message>
        <source>Show the events of one stage</source>
        <translation>Vis hendelsene for ett trinn</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tøm</translation>
    </message>
    <message>
        <source>Remove every event from the timeline</source>
        <translation>Fjern alle hendelser fra tidslinjen</translation>
    </message>
    <message>
        <source>Clear events</source>
        <translation>Tøm hendelser</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Hendelser</translation>
    </message>
    <message>
        <source>Health changes, operations, warnings and errors of every stage, newest at the bottom; activate one to select its stage and operation</source>
        <translation>Helseendringer, operasjoner, advarsler og feil for alle trinn, nyeste nederst; aktiver en for å velge trinnet og operasjonen</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Ingen hendelser ennå</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>Hendelser: %1</translation>
    </message>
    <message>
        <source>Events: %1 of %2 shown</source>
        <translation>Hendelser: %1 av %2 vises</translation>
    </message>
</context>
<context>
    <name>antler::gui::FleetDocks</name>
    <message>
        <source>Playbooks can run once the window has started its pipeline.</source>
        <translation>Playbooker kan kjøre når vinduet har startet pipelinen sin.</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>Playbooker</translation>
    </message>
    <message>
        <source>&amp;Playbooks</source>
        <translation>&amp;Playbooker</translation>
    </message>
    <message>
        <source>Pick a playbook and an inventory, see what it will do and run it.</source>
        <translation>Velg en playbook og et inventar, se hva den vil gjøre, og kjør den.</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Verter</translation>
    </message>
    <message>
        <source>&amp;Hosts</source>
        <translation>&amp;Verter</translation>
    </message>
    <message>
        <source>Every host of the profile: connection, facts and vital signs.</source>
        <translation>Hver vert i profilen: tilkobling, facts og helsetilstand.</translation>
    </message>
    <message>
        <source>Play&amp;books</source>
        <translation>Play&amp;booker</translation>
    </message>
</context>
<context>
    <name>antler::gui::HeadlessLauncher</name>
    <message>
        <source>cannot open the window: %1 cannot be started (%2); reinstall antler, whose window it is.</source>
        <translation>kan ikke åpne vinduet: %1 kan ikke startes (%2); installer antler på nytt, som vinduet hører til.</translation>
    </message>
</context>
<context>
    <name>antler::gui::HealthView</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 t</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 t %2 min</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 t</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 t</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 d</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 d</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Helse</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Host metrics: waiting for the first sample…</source>
        <translation>Vertsmålinger: venter på den første målingen…</translation>
    </message>
    <message>
        <source>CPU load (1 min)</source>
        <translation>CPU-last (1 min)</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>Brukt minne</translation>
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
        <translation>last %1</translation>
    </message>
    <message>
        <source>memory %1 %</source>
        <translation>minne %1 %</translation>
    </message>
    <message>
        <source>disk %1 %</source>
        <translation>disk %1 %</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>up %1</source>
        <translation>oppe i %1</translation>
    </message>
    <message>
        <source>memory cgroup enabled</source>
        <translation>minne-cgroup aktivert</translation>
    </message>
    <message>
        <source>memory cgroup DISABLED</source>
        <translation>minne-cgroup DEAKTIVERT</translation>
    </message>
    <message>
        <source>no throttling</source>
        <translation>ingen struping</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>(no data)</source>
        <translation>(ingen data)</translation>
    </message>
</context>
<context>
    <name>antler::gui::HistoryModel</name>
    <message>
        <source>Operation %1 is not in the pipeline history %2; refresh the history.</source>
        <translation>Operasjon %1 finnes ikke i pipelinehistorikken %2; oppdater historikken.</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Bygg</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Utrulling</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Forfremmelse</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Tilbakerulling</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Låsing</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Opplåsing</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Vellykket</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Feilet</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Rullet tilbake</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avvist</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Kjører</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Avbrutt underveis</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbrutt</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>running</source>
        <translation>kjører</translation>
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
        <translation>%1 t %2 min</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Fra %1 til %2</translation>
    </message>
    <message>
        <source>A build changes no stage.</source>
        <translation>Et bygg endrer ingen trinn.</translation>
    </message>
    <message>
        <source>No digest recorded (yet).</source>
        <translation>Ingen digest registrert (ennå).</translation>
    </message>
    <message>
        <source>%1
before: %2</source>
        <translation>%1
før: %2</translation>
    </message>
    <message>
        <source>Started %1 (%2 UTC)</source>
        <translation>Startet %1 (%2 UTC)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>The stage changed; for a promotion, from → to</source>
        <translation>Trinnet som ble endret; for en forfremmelse fra → til</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>The release&apos;s digest; hover a cell for the full one</source>
        <translation>Utgivelsens digest; hold pekeren over en celle for å se hele</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>When it started, local time</source>
        <translation>Når den startet, lokal tid</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighet</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>A playbook run changes no stage.</source>
        <translation>En playbookkjøring endrer ingen trinn.</translation>
    </message>
</context>
<context>
    <name>antler::gui::HistoryView</name>
    <message>
        <source>Operation</source>
        <translation>Operasjon</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>Artefakter</translation>
    </message>
    <message>
        <source>Source commit</source>
        <translation>Kildecommit</translation>
    </message>
    <message>
        <source>Build number</source>
        <translation>Byggnummer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighet</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prosess</translation>
    </message>
    <message>
        <source>Filter: digest, stage, user, reason…</source>
        <translation>Filter: digest, trinn, bruker, begrunnelse…</translation>
    </message>
    <message>
        <source>Filter the history</source>
        <translation>Filtrer historikken</translation>
    </message>
    <message>
        <source>Shows the operations that contain every word (Ctrl+F)</source>
        <translation>Viser operasjonene som inneholder alle ordene (Ctrl+F)</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Typefilter</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>Trinnfilter</translation>
    </message>
    <message>
        <source>Result filter</source>
        <translation>Resultatfilter</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle trinn</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Alle resultater</translation>
    </message>
    <message>
        <source>Read the history file again</source>
        <translation>Les historikkfilen på nytt</translation>
    </message>
    <message>
        <source>Refresh history</source>
        <translation>Oppdater historikken</translation>
    </message>
    <message>
        <source>Pipeline history</source>
        <translation>Pipelinehistorikk</translation>
    </message>
    <message>
        <source>Every build, rollout, promotion, rollback and pin, newest first</source>
        <translation>Hvert bygg, hver utrulling, forfremmelse, tilbakerulling og låsing, nyeste først</translation>
    </message>
    <message>
        <source>Operation details</source>
        <translation>Operasjonsdetaljer</translation>
    </message>
    <message>
        <source>Operation log</source>
        <translation>Operasjonslogg</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Kjør på nytt</translation>
    </message>
    <message>
        <source>Copy digest</source>
        <translation>Kopier digest</translation>
    </message>
    <message>
        <source>Copy log</source>
        <translation>Kopier logg</translation>
    </message>
    <message>
        <source>Copy the operation&apos;s log to the clipboard</source>
        <translation>Kopier loggen til operasjonen til utklippstavlen</translation>
    </message>
    <message>
        <source>Select an operation to see every field and its log.</source>
        <translation>Velg en operasjon for å se alle feltene og loggen.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Leser loggen…</translation>
    </message>
    <message>
        <source>The log of the selected operation appears here.</source>
        <translation>Loggen til den valgte operasjonen vises her.</translation>
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
        <translation>Ingen logglinjer ennå.</translation>
    </message>
    <message>
        <source>No log lines were recorded for this operation.</source>
        <translation>Ingen logglinjer ble registrert for denne operasjonen.</translation>
    </message>
    <message>
        <source>Select an operation to run it again.</source>
        <translation>Velg en operasjon for å kjøre den på nytt.</translation>
    </message>
    <message>
        <source>Operation #%1 is still running.</source>
        <translation>Operasjon #%1 kjører fortsatt.</translation>
    </message>
    <message>
        <source>A %1 is not run again from the history; use the stage&apos;s actions.</source>
        <translation>Operasjoner av typen «%1» kjøres ikke på nytt fra historikken; bruk handlingene til trinnet.</translation>
    </message>
    <message>
        <source>Operation #%1 recorded no digest, so there is nothing to roll out again.</source>
        <translation>Operasjon #%1 registrerte ingen digest, så det er ingenting å rulle ut på nytt.</translation>
    </message>
    <message>
        <source>Build again from the same sources.</source>
        <translation>Bygg på nytt fra de samme kildene.</translation>
    </message>
    <message>
        <source>Promote %1 from %2 to %3 again.</source>
        <translation>Forfremm %1 fra %2 til %3 på nytt.</translation>
    </message>
    <message>
        <source>%1 %2 to %3 again.</source>
        <translation>Kjør på nytt: %1 av %2 til %3.</translation>
    </message>
    <message>
        <source>No operations recorded yet: %1 is created by the first build, rollout or pin, from this window or from “antler pipeline”.</source>
        <translation>Ingen operasjoner registrert ennå: %1 opprettes av det første bygget, den første utrullingen eller låsingen, fra dette vinduet eller fra «antler pipeline».</translation>
    </message>
    <message>
        <source>Reading the pipeline history %1…</source>
        <translation>Leser pipelinehistorikken %1…</translation>
    </message>
    <message>
        <source>No operations recorded yet in %1.</source>
        <translation>Ingen operasjoner registrert ennå i %1.</translation>
    </message>
    <message>
        <source>No operation matches the filters; clear them to see every operation.</source>
        <translation>Ingen operasjoner samsvarer med filtrene; fjern dem for å se alle operasjoner.</translation>
    </message>
    <message>
        <source>A playbook run is repeated from the Playbooks dock (Run again).</source>
        <translation>En playbookkjøring gjentas fra Playbooker-panelet (Kjør på nytt).</translation>
    </message>
</context>
<context>
    <name>antler::gui::HostKeyDialog</name>
    <message>
        <source>Unknown host key: %1</source>
        <translation>Ukjent vertsnøkkel: %1</translation>
    </message>
    <message>
        <source>%1 (%2) presents a host key that is not in your known_hosts file. Connect only if it is the key of that host.</source>
        <translation>%1 (%2) viser en vertsnøkkel som ikke står i known_hosts-filen din. Koble til bare hvis det er nøkkelen til denne verten.</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Nøkkeltype:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingeravtrykk:</translation>
    </message>
    <message>
        <source>To check it, run this on the host itself (at its console, or over a connection you already trust) and compare the fingerprint it prints:</source>
        <translation>For å kontrollere den, kjør dette på selve verten (på konsollen, eller over en tilkobling du allerede stoler på) og sammenlign fingeravtrykket den skriver ut:</translation>
    </message>
    <message>
        <source>Accept adds the key to %1 and the connection goes on. Reject stops the connection to this host only; nothing runs on it.</source>
        <translation>Godta legger nøkkelen til i %1, og tilkoblingen fortsetter. Avvis stopper bare tilkoblingen til denne verten; ingenting kjøres på den.</translation>
    </message>
    <message>
        <source>&amp;Accept and connect</source>
        <translation>&amp;Godta og koble til</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Avvis</translation>
    </message>
    <message>
        <source>Host key changed: %1 refused</source>
        <translation>Vertsnøkkelen er endret: %1 avvist</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) has CHANGED since it was last accepted. Someone may be intercepting the connection (a man-in-the-middle attack), or the host was reinstalled or got new keys. Antler refused to connect: nothing was run on this host.</source>
        <translation>Vertsnøkkelen til %1 (%2) er ENDRET siden den sist ble godtatt. Noen kan avlytte tilkoblingen (et mellommannsangrep), eller verten er installert på nytt eller har fått nye nøkler. Antler nektet å koble til: ingenting ble kjørt på denne verten.</translation>
    </message>
    <message>
        <source>The host presents:</source>
        <translation>Verten viser:</translation>
    </message>
    <message>
        <source>known_hosts holds:</source>
        <translation>known_hosts inneholder:</translation>
    </message>
    <message>
        <source>Line to remove:</source>
        <translation>Linje som skal fjernes:</translation>
    </message>
    <message>
        <source>Check the key on the host itself with %1. Only if it matches what the host presents, remove the old line (for example with the command below) and run again; Antler never replaces a known key for you.</source>
        <translation>Kontroller nøkkelen på selve verten med %1. Bare hvis den stemmer med det verten viser, fjern den gamle linjen (for eksempel med kommandoen nedenfor) og kjør på nytt; Antler erstatter aldri en kjent nøkkel for deg.</translation>
    </message>
</context>
<context>
    <name>antler::gui::HostsModel</name>
    <message>
        <source>not connected</source>
        <translation>ikke tilkoblet</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>kobler til</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>tilkoblet</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>mistet</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>utilgjengelig</translation>
    </message>
    <message>
        <source>facts</source>
        <translation>facts</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modell</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>denne maskinen</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1, %2% used</source>
        <translation>%1, %2 % brukt</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktivert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktivert</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>ikke rapportert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Tilkobling</translation>
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
        <translation>Arkitektur</translation>
    </message>
    <message>
        <source>OS and release</source>
        <translation>OS og versjon</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Minne</translation>
    </message>
    <message>
        <source>Disk /</source>
        <translation>Disk /</translation>
    </message>
    <message>
        <source>Memory cgroup</source>
        <translation>Minne-cgroup</translation>
    </message>
    <message>
        <source>Throttling</source>
        <translation>Struping</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Siste feil</translation>
    </message>
</context>
<context>
    <name>antler::gui::HostsView</name>
    <message>
        <source>&amp;Connect to host</source>
        <translation>&amp;Koble til verten</translation>
    </message>
    <message>
        <source>&amp;Gather facts</source>
        <translation>&amp;Samle facts</translation>
    </message>
    <message>
        <source>Open SSH &amp;terminal</source>
        <translation>Åpne SSH-&amp;terminal</translation>
    </message>
    <message>
        <source>Set &amp;up a Pi…</source>
        <translation>Sett &amp;opp en Pi…</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Verter</translation>
    </message>
    <message>
        <source>Select a host first.</source>
        <translation>Velg en vert først.</translation>
    </message>
    <message>
        <source>%1 is connected.</source>
        <translation>%1 er tilkoblet.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Kobler til %1…</translation>
    </message>
    <message>
        <source>Connect to %1 and log in.</source>
        <translation>Koble til %1 og logg inn.</translation>
    </message>
    <message>
        <source>Read %1&apos;s facts and vital signs now.</source>
        <translation>Les facts og helsetilstand for %1 nå.</translation>
    </message>
    <message>
        <source>%1 is this machine; open a terminal here instead.</source>
        <translation>%1 er denne maskinen; åpne en terminal her i stedet.</translation>
    </message>
    <message>
        <source>Open a terminal running %1.</source>
        <translation>Åpne en terminal som kjører %1.</translation>
    </message>
    <message>
        <source>No host is selected.</source>
        <translation>Ingen vert er valgt.</translation>
    </message>
    <message>
        <source>%1 is %2: %3</source>
        <translation>%1 er %2: %3</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 er %2.</translation>
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
        <translation>Minne</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Connect to a fresh Raspberry Pi, set it up for the pipeline and make it a profile</source>
        <translation>Koble til en ny Raspberry Pi, sett den opp for pipelinen og gjør den til en profil</translation>
    </message>
</context>
<context>
    <name>antler::gui::InspectPage</name>
    <message>
        <source>What the Pi is</source>
        <translation>Hva Pi-en er</translation>
    </message>
    <message>
        <source>Antler looks at the board, the system, the memory and the disk; nothing is changed yet.</source>
        <translation>Antler ser på kortet, systemet, minnet og disken; ingenting endres ennå.</translation>
    </message>
    <message>
        <source>Reading the Pi&apos;s facts…</source>
        <translation>Leser Pi-ens facts…</translation>
    </message>
    <message>
        <source>The facts could not be read: %1</source>
        <translation>Facts kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>Nothing stands in the way.</source>
        <translation>Ingenting står i veien.</translation>
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
    <name>antler::gui::LogListView</name>
    <message>
        <source>Log lines</source>
        <translation>Logglinjer</translation>
    </message>
    <message>
        <source>The output of the operation, one line per row. Arrow keys move, Shift extends the selection, Ctrl+A selects all, End follows new lines.</source>
        <translation>Utdataene fra operasjonen, én linje per rad. Piltastene flytter, Shift utvider markeringen, Ctrl+A merker alt, End følger nye linjer.</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>vert %1</translation>
    </message>
</context>
<context>
    <name>antler::gui::LogModel</name>
    <message>
        <source>Could not write the log to %1: %2. Choose another folder or file name.</source>
        <translation>Kunne ikke skrive loggen til %1: %2. Velg en annen mappe eller et annet filnavn.</translation>
    </message>
    <message>
        <source>Could not write the log to %1: %2. Check the free space and the permissions.</source>
        <translation>Kunne ikke skrive loggen til %1: %2. Kontroller ledig plass og tillatelsene.</translation>
    </message>
</context>
<context>
    <name>antler::gui::LogView</name>
    <message>
        <source>Log</source>
        <translation>Logg</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Søk (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Søk i loggen</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Forrige treff</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Neste treff</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treff</translation>
    </message>
    <message>
        <source>99,999 of 99,999</source>
        <translation>99 999 av 99 999</translation>
    </message>
    <message>
        <source>Show the lines of host</source>
        <translation>Vis linjene fra verten</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Vert:</translation>
    </message>
    <message>
        <source>Show the lines with result</source>
        <translation>Vis linjene med resultatet</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Alle resultater</translation>
    </message>
    <message>
        <source>failed or unreachable</source>
        <translation>feilet eller utilgjengelig</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Resultat:</translation>
    </message>
    <message>
        <source>Log status</source>
        <translation>Loggstatus</translation>
    </message>
    <message>
        <source>Log tools</source>
        <translation>Loggverktøy</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <source>&amp;Next Match</source>
        <translation>&amp;Neste treff</translation>
    </message>
    <message>
        <source>&amp;Previous Match</source>
        <translation>&amp;Forrige treff</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>Føl&amp;g</translation>
    </message>
    <message>
        <source>Keep showing the newest lines (End)</source>
        <translation>Fortsett å vise de nyeste linjene (End)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>Copy the selected lines</source>
        <translation>Kopier de markerte linjene</translation>
    </message>
    <message>
        <source>Save the shown lines with their times to a file</source>
        <translation>Lagre de viste linjene med tidspunktene sine i en fil</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Tøm</translation>
    </message>
    <message>
        <source>Remove every line from this log</source>
        <translation>Fjern alle linjer fra denne loggen</translation>
    </message>
    <message>
        <source>Saved %1 lines to %2.</source>
        <translation>Lagret %1 linjer i %2.</translation>
    </message>
    <message>
        <source>Save Log</source>
        <translation>Lagre logg</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>Loggfiler (*.log *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>Alle verter</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Søker…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Ingen treff</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message numerus="yes">
        <source>%n matching lines</source>
        <translation>
            <numerusform>%n samsvarende linje</numerusform>
            <numerusform>%n samsvarende linjer</numerusform>
        </translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>endret</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>feilet</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>utilgjengelig</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>hoppet over</translation>
    </message>
    <message>
        <source>rescued</source>
        <translation>reddet</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignorert</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>ikke noe resultat</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Lagre…</translation>
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
    <message>
        <source>Drift: the stage runs %1, not the digest the pipeline deployed.</source>
        <translation>Avvik: trinnet kjører %1, ikke digesten som pipelinen rullet ut.</translation>
    </message>
    <message>
        <source>another release</source>
        <translation>en annen utgivelse</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Dismiss the hint</source>
        <translation>Lukk tipset</translation>
    </message>
    <message>
        <source>&amp;Open profile…</source>
        <translation>&amp;Åpne profil…</translation>
    </message>
    <message>
        <source>Open an antler.yaml: its stages replace the ones shown.</source>
        <translation>Åpne en antler.yaml: trinnene i den erstatter de som vises.</translation>
    </message>
    <message>
        <source>Open &amp;recent profile</source>
        <translation>&amp;Nylige profiler</translation>
    </message>
    <message>
        <source>The default profile</source>
        <translation>Standardprofilen</translation>
    </message>
    <message>
        <source>Use the &amp;default profile</source>
        <translation>Bruk &amp;standardprofilen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation>&amp;Pipeline</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Command palette…</source>
        <translation>&amp;Kommandopalett…</translation>
    </message>
    <message>
        <source>Type to find any command and run it.</source>
        <translation>Skriv for å finne en kommando og kjøre den.</translation>
    </message>
    <message>
        <source>&amp;Refresh health</source>
        <translation>&amp;Oppdater helse</translation>
    </message>
    <message>
        <source>Probe every stage now instead of waiting for the next interval.</source>
        <translation>Kontroller alle trinn nå i stedet for å vente på neste intervall.</translation>
    </message>
    <message>
        <source>Operations appear here once the window is ready.</source>
        <translation>Operasjoner vises her når vinduet er klart.</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operasjoner</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Hendelser</translation>
    </message>
    <message>
        <source>The pipeline history cannot be opened, so the pipeline is read-only: %1</source>
        <translation>Pipelinehistorikken kan ikke åpnes, så pipelinen er skrivebeskyttet: %1</translation>
    </message>
    <message>
        <source>the pipeline history cannot be opened; see the Events dock.</source>
        <translation>pipelinehistorikken kan ikke åpnes; se Hendelser-panelet.</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>&amp;Rull ut</translation>
    </message>
    <message>
        <source>&amp;Promote</source>
        <translation>&amp;Forfremm</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>Rull &amp;tilbake</translation>
    </message>
    <message>
        <source>P&amp;in and unpin</source>
        <translation>&amp;Lås og lås opp</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>Å&amp;pne i nettleser</translation>
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
        <translation>%1 kjører elgfakta-appen du nettopp bygde (%2). Når den ser riktig ut, trykker du «Forfremm →» på kortet for å flytte nøyaktig den samme utgivelsen til %3.</translation>
    </message>
    <message>
        <source>First run: Antler builds the moose facts app and deploys it to %1. Follow it in the Operations dock below.</source>
        <translation>Første oppstart: Antler bygger elgfakta-appen og ruller den ut til %1. Følg med i Operasjoner-panelet nedenfor.</translation>
    </message>
    <message>
        <source>Antler: %1</source>
        <translation>Antler: %1</translation>
    </message>
    <message numerus="yes">
        <source>Antler: %n operation(s) running</source>
        <translation>
            <numerusform>Antler: %n operasjon kjører</numerusform>
            <numerusform>Antler: %n operasjoner kjører</numerusform>
        </translation>
    </message>
    <message>
        <source>Pin %1</source>
        <translation>Lås %1</translation>
    </message>
    <message>
        <source>Why should %1 stay on its release? Deploys and promotions to it are refused until it is unpinned.</source>
        <translation>Hvorfor skal %1 bli på utgivelsen sin? Utrullinger og forfremmelser dit avvises til det låses opp.</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Åpne profil</translation>
    </message>
    <message>
        <source>Antler profiles (*.yaml *.yml)</source>
        <translation>Antler-profiler (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Operations are running in this profile; wait for them or cancel them before opening another.</source>
        <translation>Det kjører operasjoner i denne profilen; vent på dem eller avbryt dem før du åpner en annen.</translation>
    </message>
    <message>
        <source>The new language and webhook apply when the running operations have finished and the window is opened again.</source>
        <translation>Det nye språket og webhooken tas i bruk når de pågående operasjonene er ferdige og vinduet åpnes på nytt.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Åpne %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the pipeline history cannot be opened, so nothing can run; see the Events dock.</source>
        <translation>pipeline-historikken kan ikke åpnes, så ingenting kan kjøre; se Hendelser-panelet.</translation>
    </message>
    <message>
        <source>Pipeline history damaged</source>
        <translation>Pipelinehistorikken er skadet</translation>
    </message>
    <message>
        <source>The pipeline history cannot be read, so builds, rollouts and promotions cannot be recorded.</source>
        <translation>Pipelinehistorikken kan ikke leses, så bygg, utrullinger og forfremmelser kan ikke registreres.</translation>
    </message>
    <message>
        <source>%1

Start a new history? The damaged file is kept beside it under a new name, so it can be restored or examined later.</source>
        <translation>%1

Starte en ny historikk? Den skadede filen tas vare på ved siden av under et nytt navn, slik at den kan gjenopprettes eller undersøkes senere.</translation>
    </message>
    <message>
        <source>Start a &amp;New History</source>
        <translation>Start en &amp;ny historikk</translation>
    </message>
    <message>
        <source>&amp;Keep It, Read-Only</source>
        <translation>&amp;Behold den, skrivebeskyttet</translation>
    </message>
    <message>
        <source>The damaged pipeline history is kept as %1; a new one was started.</source>
        <translation>Den skadede pipelinehistorikken er tatt vare på som %1; en ny er startet.</translation>
    </message>
    <message>
        <source>Antler builds the moose facts app and deploys it to %1. Follow it in the Operations dock below.</source>
        <translation>Antler bygger elgfakta-appen og ruller den ut til %1. Følg med i Operasjoner-panelet nedenfor.</translation>
    </message>
    <message>
        <source>The pipeline history is damaged.</source>
        <translation>Pipelinehistorikken er skadet.</translation>
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
        <translation>i kø</translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation>avbryter</translation>
    </message>
    <message>
        <source>running</source>
        <translation>kjører</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>vellykket</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>feilet</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>rullet tilbake</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>avvist</translation>
    </message>
    <message>
        <source>not possible</source>
        <translation>ikke mulig</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbrutt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operasjon</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Medgått tid</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
</context>
<context>
    <name>antler::gui::OperationsView</name>
    <message>
        <source>&amp;Cancel operation</source>
        <translation>A&amp;vbryt operasjon</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operasjoner</translation>
    </message>
    <message>
        <source>No operations yet. Build, Deploy, Promote and Rollback run here in the background; select one to follow its log.</source>
        <translation>Ingen operasjoner ennå. Bygg, utrulling, forfremmelse og tilbakerulling kjører her i bakgrunnen; velg en for å følge loggen.</translation>
    </message>
    <message>
        <source>Select a running operation to cancel it.</source>
        <translation>Velg en operasjon som kjører, for å avbryte den.</translation>
    </message>
    <message>
        <source>“%1” has finished already.</source>
        <translation>«%1» er allerede ferdig.</translation>
    </message>
    <message>
        <source>“%1” is being cancelled.</source>
        <translation>«%1» avbrytes.</translation>
    </message>
    <message>
        <source>Stop “%1”; the stage keeps the release it ran before.</source>
        <translation>Stopp «%1»; trinnet beholder utgivelsen det kjørte før.</translation>
    </message>
</context>
<context>
    <name>antler::gui::PiSetupWizard</name>
    <message>
        <source>Set up a Raspberry Pi</source>
        <translation>Sett opp en Raspberry Pi</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder for the playbooks: %1; check that the temporary folder is writable.</source>
        <translation>Kan ikke opprette en midlertidig mappe for playbookene: %1; kontroller at den midlertidige mappen er skrivbar.</translation>
    </message>
</context>
<context>
    <name>antler::gui::PipelineActions</name>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Bygg</translation>
    </message>
    <message>
        <source>Deploy newest build to %1</source>
        <translation>Rull ut nyeste bygg til %1</translation>
    </message>
    <message>
        <source>Roll the newest build out to %1; if it fails its checks, %1 goes back to what it ran before.</source>
        <translation>Rull ut det nyeste bygget til %1; hvis det ikke består kontrollene, går %1 tilbake til det det kjørte før.</translation>
    </message>
    <message>
        <source>Promote %1 → %2</source>
        <translation>Forfremm %1 → %2</translation>
    </message>
    <message>
        <source>Roll the exact release that runs in %1 out to %2.</source>
        <translation>Rull ut nøyaktig den utgivelsen som kjører i %1, til %2.</translation>
    </message>
    <message>
        <source>Roll back %1…</source>
        <translation>Rull tilbake %1…</translation>
    </message>
    <message>
        <source>Put %1 back on the release it ran before and pin it there.</source>
        <translation>Sett %1 tilbake til utgivelsen det kjørte før, og lås det der.</translation>
    </message>
    <message>
        <source>Pin %1…</source>
        <translation>Lås %1…</translation>
    </message>
    <message>
        <source>Keep %1 on the release it runs: deploys and promotions to it are refused.</source>
        <translation>Hold %1 på utgivelsen det kjører: utrullinger og forfremmelser dit avvises.</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>Lås opp %1</translation>
    </message>
    <message>
        <source>Allow deploys and promotions to %1 again.</source>
        <translation>Tillat utrullinger og forfremmelser til %1 igjen.</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>Stopp %1</translation>
    </message>
    <message>
        <source>Stop the workload of %1; it stays on its release and can be deployed again.</source>
        <translation>Stopp arbeidslasten til %1; trinnet blir på utgivelsen sin og kan rulles ut igjen.</translation>
    </message>
    <message>
        <source>Open %1 in browser</source>
        <translation>Åpne %1 i nettleser</translation>
    </message>
    <message>
        <source>Open %1 in the web browser.</source>
        <translation>Åpne %1 i nettleseren.</translation>
    </message>
    <message>
        <source>the pipeline cannot record operations.</source>
        <translation>pipelinen kan ikke registrere operasjoner.</translation>
    </message>
    <message>
        <source>Builds the moose facts app from %1 (commit %2).</source>
        <translation>Bygger elgfakta-appen fra %1 (commit %2).</translation>
    </message>
    <message>
        <source>the sources Antler was built with</source>
        <translation>kildene Antler ble bygd med</translation>
    </message>
    <message>
        <source>%1 is busy: “%2” is running; wait for it or cancel it.</source>
        <translation>%1 er opptatt: «%2» kjører; vent på den eller avbryt den.</translation>
    </message>
    <message>
        <source>a build is running already; wait for it or cancel it.</source>
        <translation>et bygg kjører allerede; vent på det eller avbryt det.</translation>
    </message>
    <message>
        <source>%1 is down; fix or roll it back before promoting.</source>
        <translation>%1 er nede; rett feilen eller rull det tilbake før du forfremmer.</translation>
    </message>
    <message>
        <source>%1 is down: %2; fix or roll it back before promoting.</source>
        <translation>%1 er nede: %2; rett feilen eller rull det tilbake før du forfremmer.</translation>
    </message>
    <message>
        <source>%1 is pinned already: %2.</source>
        <translation>%1 er allerede låst: %2.</translation>
    </message>
    <message>
        <source>%1 runs no release yet, so there is nothing to pin.</source>
        <translation>%1 kjører ingen utgivelse ennå, så det er ingenting å låse.</translation>
    </message>
    <message>
        <source>%1 is not pinned.</source>
        <translation>%1 er ikke låst.</translation>
    </message>
    <message>
        <source>%1 is down; deploy it first.</source>
        <translation>%1 er nede; rull det ut først.</translation>
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
        <translation>kjører</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>endret</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>feilet</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>utilgjengelig</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>hoppet over</translation>
    </message>
    <message>
        <source>rescued</source>
        <translation>reddet</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignorert</translation>
    </message>
    <message>
        <source>%1 (handler)</source>
        <translation>%1 (handler)</translation>
    </message>
    <message>
        <source>FAILED - RETRYING: %1 attempts left</source>
        <translation>FAILED - RETRYING: %1 forsøk igjen</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n oppgave</numerusform>
            <numerusform>%n oppgaver</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n element</numerusform>
            <numerusform>%n elementer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Play / task / host</source>
        <translation>Play / oppgave / vert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighet</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Verter</translation>
    </message>
</context>
<context>
    <name>antler::gui::PlaybooksView</name>
    <message>
        <source>Open &amp;playbook…</source>
        <translation>Åpne &amp;playbook…</translation>
    </message>
    <message>
        <source>Choose the playbook to run (a YAML file with a list of plays).</source>
        <translation>Velg playbooken som skal kjøres (en YAML-fil med en liste over plays).</translation>
    </message>
    <message>
        <source>Open &amp;inventory…</source>
        <translation>Åpne &amp;inventar…</translation>
    </message>
    <message>
        <source>Choose the inventory the playbook runs against (INI or YAML, file or folder).</source>
        <translation>Velg inventaret playbooken kjører mot (INI eller YAML, fil eller mappe).</translation>
    </message>
    <message>
        <source>&amp;Run playbook</source>
        <translation>&amp;Kjør playbook</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>Kjør &amp;igjen</translation>
    </message>
    <message>
        <source>Run again on &amp;failed hosts</source>
        <translation>Kjør igjen på &amp;feilede verter</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Avbryt kjøringen</translation>
    </message>
    <message>
        <source>drop a file here or choose one</source>
        <translation>slipp en fil her eller velg en</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Velg…</translation>
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
        <translation>Nylige playbooker</translation>
    </message>
    <message>
        <source>Choose a playbook and an inventory, or drop them here.</source>
        <translation>Velg en playbook og et inventar, eller slipp dem her.</translation>
    </message>
    <message>
        <source>Plays and tasks</source>
        <translation>Plays og oppgaver</translation>
    </message>
    <message>
        <source>Play / task</source>
        <translation>Play / oppgave</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagger</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <source>Problems in the playbook</source>
        <translation>Problemer i playbooken</translation>
    </message>
    <message>
        <source>The file with the problem</source>
        <translation>Filen med problemet</translation>
    </message>
    <message>
        <source>all hosts; or a pattern such as web:&amp;staging</source>
        <translation>alle verter; eller et mønster som web:&amp;staging</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Begrens:</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>kommaseparert</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>Velg</translation>
    </message>
    <message>
        <source>Pick from the playbook&apos;s tags</source>
        <translation>Velg blant playbookens tagger</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tagger:</translation>
    </message>
    <message>
        <source>Extra variables</source>
        <translation>Ekstra variabler</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Value (text, or YAML/JSON)</source>
        <translation>Verdi (tekst, eller YAML/JSON)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>From YAML/JSON…</source>
        <translation>Fra YAML/JSON…</translation>
    </message>
    <message>
        <source>Extra variables from YAML or JSON</source>
        <translation>Ekstra variabler fra YAML eller JSON</translation>
    </message>
    <message>
        <source>A mapping of names to values, e.g. {&quot;name&quot;: &quot;value&quot;} or one “name: value” per line:</source>
        <translation>En tilordning av navn til verdier, f.eks. {&quot;name&quot;: &quot;value&quot;} eller én «name: value» per linje:</translation>
    </message>
    <message>
        <source>E&amp;xtra vars:</source>
        <translation>E&amp;kstra variabler:</translation>
    </message>
    <message>
        <source>&amp;Check (change nothing)</source>
        <translation>&amp;Sjekk (endre ingenting)</translation>
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
        <translation>Detaljnivå</translation>
    </message>
    <message>
        <source>&amp;Forks:</source>
        <translation>&amp;Forks:</translation>
    </message>
    <message>
        <source>&amp;Verbosity:</source>
        <translation>&amp;Detaljnivå:</translation>
    </message>
    <message>
        <source>Start at &amp;task:</source>
        <translation>Start ved &amp;oppgave:</translation>
    </message>
    <message>
        <source>Results by play, task and host</source>
        <translation>Resultater per play, oppgave og vert</translation>
    </message>
    <message>
        <source>Select a host in the results to see its message, output and diff.</source>
        <translation>Velg en vert i resultatene for å se meldingen, utdataene og diffen.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>endret</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>utilgjengelig</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>feilet</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>hoppet over</translation>
    </message>
    <message>
        <source>rescued</source>
        <translation>reddet</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignorert</translation>
    </message>
    <message>
        <source>Play recap</source>
        <translation>Play-oppsummering</translation>
    </message>
    <message>
        <source>Recap</source>
        <translation>Oppsummering</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Logg</translation>
    </message>
    <message>
        <source>Recent…</source>
        <translation>Nylige…</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 på %2</translation>
    </message>
    <message>
        <source>Open a playbook</source>
        <translation>Åpne en playbook</translation>
    </message>
    <message>
        <source>Playbooks (*.yml *.yaml);;All files (*)</source>
        <translation>Playbooker (*.yml *.yaml);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Open an inventory</source>
        <translation>Åpne et inventar</translation>
    </message>
    <message>
        <source>Inventories (*.ini *.yml *.yaml *.cfg hosts);;All files (*)</source>
        <translation>Inventarer (*.ini *.yml *.yaml *.cfg hosts);;Alle filer (*)</translation>
    </message>
    <message>
        <source>PLAY %1</source>
        <translation>PLAY %1</translation>
    </message>
    <message>
        <source>Hosts: none match “%1”</source>
        <translation>Verter: ingen samsvarer med «%1»</translation>
    </message>
    <message>
        <source>Hosts (%1): %2</source>
        <translation>Verter (%1): %2</translation>
    </message>
    <message>
        <source>pattern %1</source>
        <translation>mønster %1</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1 : %2</translation>
    </message>
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
            <numerusform>, %n oppgave valgt</numerusform>
            <numerusform>, %n oppgaver valgt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before this playbook can run; nothing was contacted.</source>
        <translation>
            <numerusform>%n problem må rettes før denne playbooken kan kjøre; ingenting ble kontaktet.</numerusform>
            <numerusform>%n problemer må rettes før denne playbooken kan kjøre; ingenting ble kontaktet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n host(s) of the inventory.</source>
        <translation>
            <numerusform>Den %n verten i inventaret.</numerusform>
            <numerusform>Alle %n vertene i inventaret.</numerusform>
        </translation>
    </message>
    <message>
        <source>No host matches “%1”; nothing would run.</source>
        <translation>Ingen vert samsvarer med «%1»; ingenting ville kjøre.</translation>
    </message>
    <message>
        <source>Matches %1.</source>
        <translation>Samsvarer med %1.</translation>
    </message>
    <message>
        <source>The playbook has no tags</source>
        <translation>Playbooken har ingen tagger</translation>
    </message>
    <message>
        <source>The extra variable in row %1 has a value but no name; give it a name or remove the row.</source>
        <translation>Den ekstra variabelen i rad %1 har en verdi, men ikke noe navn; gi den et navn eller fjern raden.</translation>
    </message>
    <message>
        <source>The value of the extra variable “%1” is not valid YAML or JSON (%2); fix it or write it as plain text.</source>
        <translation>Verdien til den ekstra variabelen «%1» er ikke gyldig YAML eller JSON (%2); rett den eller skriv den som ren tekst.</translation>
    </message>
    <message>
        <source>Playbooks cannot run in this window.</source>
        <translation>Playbooker kan ikke kjøre i dette vinduet.</translation>
    </message>
    <message>
        <source>Choose a playbook first.</source>
        <translation>Velg en playbook først.</translation>
    </message>
    <message>
        <source>The inventory cannot be used; fix the problem shown and open it again.</source>
        <translation>Inventaret kan ikke brukes; rett problemet som vises og åpne det igjen.</translation>
    </message>
    <message numerus="yes">
        <source>The playbook has %n problem(s); fix them and open it again.</source>
        <translation>
            <numerusform>Playbooken har %n problem; rett det og åpne den igjen.</numerusform>
            <numerusform>Playbooken har %n problemer; rett dem og åpne den igjen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The playbook is running; cancel it or wait for it to finish.</source>
        <translation>Playbooken kjører; avbryt den eller vent til den er ferdig.</translation>
    </message>
    <message>
        <source>Run the playbook with the options shown.</source>
        <translation>Kjør playbooken med de viste valgene.</translation>
    </message>
    <message>
        <source>Run a playbook first.</source>
        <translation>Kjør en playbook først.</translation>
    </message>
    <message>
        <source>The playbook is running.</source>
        <translation>Playbooken kjører.</translation>
    </message>
    <message>
        <source>Run %1 again with the same options.</source>
        <translation>Kjør %1 igjen med de samme valgene.</translation>
    </message>
    <message>
        <source>No host failed in the last run.</source>
        <translation>Ingen vert feilet i forrige kjøring.</translation>
    </message>
    <message>
        <source>Run again on %1 only.</source>
        <translation>Kjør igjen bare på %1.</translation>
    </message>
    <message>
        <source>Stop the run on every host now.</source>
        <translation>Stopp kjøringen på alle verter nå.</translation>
    </message>
    <message>
        <source>No playbook is running.</source>
        <translation>Ingen playbook kjører.</translation>
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
        <translation>Melding</translation>
    </message>
    <message>
        <source>Standard output</source>
        <translation>Standard utdata</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>Standard feil</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Diff</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementer</translation>
    </message>
    <message>
        <source>Live output</source>
        <translation>Direkte utdata</translation>
    </message>
    <message>
        <source>S&amp;kip:</source>
        <translation>&amp;Hopp over:</translation>
    </message>
    <message>
        <source>Skip tags: tasks with one of these tags do not run.</source>
        <translation>Tagger som hoppes over: oppgaver med en av disse taggene kjøres ikke.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leser %1…</translation>
    </message>
    <message>
        <source>Reading the playbook and the inventory; Run is possible once they are read.</source>
        <translation>Leser playbooken og inventaret; kjøring er mulig når de er lest.</translation>
    </message>
</context>
<context>
    <name>antler::gui::ProvisionPage</name>
    <message>
        <source>Setting up the Pi</source>
        <translation>Setter opp Pi-en</translation>
    </message>
    <message>
        <source>Each step is a playbook of its own; a second run changes nothing. You may close the wizard: it goes on where it left off next time.</source>
        <translation>Hvert steg er en egen playbook; en ny kjøring endrer ingenting. Du kan lukke veiviseren: den fortsetter der den slapp neste gang.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Medgått tid</translation>
    </message>
    <message>
        <source>&amp;Retry the step</source>
        <translation>&amp;Prøv steget på nytt</translation>
    </message>
    <message>
        <source>&amp;Copy its log</source>
        <translation>&amp;Kopier loggen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Done in an earlier session.
</source>
        <translation>Fullført i en tidligere økt.
</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislyktes</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Kjører</translation>
    </message>
    <message>
        <source>Waiting for the Pi to come back</source>
        <translation>Venter på at Pi-en kommer tilbake</translation>
    </message>
    <message>
        <source>The Pi is rebooting; waiting for it to come back (gives up in %1).</source>
        <translation>Pi-en starter på nytt; venter på at den kommer tilbake (gir opp om %1).</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Kjører: %1</translation>
    </message>
    <message>
        <source>The step failed; its log says why.</source>
        <translation>Steget mislyktes; loggen forteller hvorfor.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n change(s)</source>
        <translation>
            <numerusform>Ferdig: %n endring</numerusform>
            <numerusform>Ferdig: %n endringer</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: nothing to change</source>
        <translation>Ferdig: ingenting å endre</translation>
    </message>
</context>
<context>
    <name>antler::gui::SecretDialog</name>
    <message>
        <source>%1 (%2) asks for the SSH password of %3.</source>
        <translation>%1 (%2) ber om SSH-passordet til %3.</translation>
    </message>
    <message>
        <source>sudo on %1 (%2) asks for the password of %3 to run tasks as %4 (the become password).</source>
        <translation>sudo på %1 (%2) ber om passordet til %3 for å kjøre oppgaver som %4 (become-passordet).</translation>
    </message>
    <message>
        <source>The key file %1, used to log in to %2 (%3), is protected by a passphrase.</source>
        <translation>Nøkkelfilen %1, som brukes til å logge inn på %2 (%3), er beskyttet av en passfrase.</translation>
    </message>
    <message>
        <source>Key passphrase: %1</source>
        <translation>Passfrase for nøkkelen: %1</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Passord: %1</translation>
    </message>
    <message>
        <source>The last answer was refused.</source>
        <translation>Det siste svaret ble avvist.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passfrase</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>&amp;Husk i systemets nøkkelring</translation>
    </message>
    <message>
        <source>Asked once per host while Antler runs; never written to a file or a log.</source>
        <translation>Spørres om én gang per vert mens Antler kjører; skrives aldri til en fil eller en logg.</translation>
    </message>
    <message>
        <source>Do not connect</source>
        <translation>Ikke koble til</translation>
    </message>
</context>
<context>
    <name>antler::gui::SettingsDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Bla gjennom…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Bla etter %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>Helsekontroller</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Probe every:</source>
        <translation>&amp;Kontroller hvert:</translation>
    </message>
    <message>
        <source>&amp;Up after successes in a row:</source>
        <translation>&amp;Oppe etter vellykkede på rad:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <source>&amp;Degraded when slower than:</source>
        <translation>&amp;Redusert når tregere enn:</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Varsler</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification when a stage goes down or an operation ends</source>
        <translation>Vis et skrivebords&amp;varsel når et trinn går ned eller en operasjon avsluttes</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>https://chat.example/hooks/… (empty: the profile’s, if any)</source>
        <translation>https://chat.example/hooks/… (tom: profilens, hvis den har en)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Test</translation>
    </message>
    <message>
        <source>Send a test notification to the webhook</source>
        <translation>Send et testvarsel til webhooken</translation>
    </message>
    <message>
        <source>&amp;Webhook:</source>
        <translation>&amp;Webhook:</translation>
    </message>
    <message>
        <source>Hosts and builds</source>
        <translation>Verter og bygg</translation>
    </message>
    <message>
        <source>known_hosts file</source>
        <translation>known_hosts-fil</translation>
    </message>
    <message>
        <source>&amp;known_hosts file:</source>
        <translation>known_&amp;hosts-fil:</translation>
    </message>
    <message>
        <source>Build sources</source>
        <translation>Byggkilder</translation>
    </message>
    <message>
        <source>the sources Antler was built with</source>
        <translation>kildene Antler ble bygd med</translation>
    </message>
    <message>
        <source>A checkout of Antler whose frontend and facts the Build command uses, e.g. to promote an edited fact.</source>
        <translation>En utsjekking av Antler som Bygg-kommandoen henter frontend og fakta fra, f.eks. for å forfremme et redigert faktum.</translation>
    </message>
    <message>
        <source>&amp;Build from:</source>
        <translation>&amp;Bygg fra:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Utseende</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Følg systemet</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Lyst</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mørkt</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>The system’s language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>“%1” is not an http or https URL; enter the webhook’s full address.</source>
        <translation>«%1» er ikke en http- eller https-URL; skriv inn hele adressen til webhooken.</translation>
    </message>
    <message>
        <source>Antler test notification: the webhook works.</source>
        <translation>Testvarsel fra Antler: webhooken virker.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sender…</translation>
    </message>
    <message>
        <source>%1 answered %2: the webhook works.</source>
        <translation>%1 svarte %2: webhooken virker.</translation>
    </message>
    <message>
        <source>The test notification to %1 failed: %2. Check the URL and that the service is reachable.</source>
        <translation>Testvarselet til %1 feilet: %2. Kontroller URL-en og at tjenesten kan nås.</translation>
    </message>
    <message>
        <source>Do&amp;wn after failures in a row:</source>
        <translation>&amp;Nede etter feil på rad:</translation>
    </message>
</context>
<context>
    <name>antler::gui::SshTerminal</name>
    <message>
        <source>No terminal emulator was found (tried $TERMINAL, x-terminal-emulator, gnome-terminal, konsole, xfce4-terminal, kitty, alacritty, foot, xterm and others); install one or set TERMINAL.</source>
        <translation>Fant ingen terminalemulator (prøvde $TERMINAL, x-terminal-emulator, gnome-terminal, konsole, xfce4-terminal, kitty, alacritty, foot, xterm og andre); installer en eller sett TERMINAL.</translation>
    </message>
    <message>
        <source>%1 could not be started; check that it runs from a shell.</source>
        <translation>%1 kunne ikke startes; sjekk at det kjører fra et skall.</translation>
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
    <message>
        <source>none yet</source>
        <translation>ingen ennå</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Utgivelse</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>Bygd</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Rullet ut</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Rull ut</translation>
    </message>
    <message>
        <source>Promote →</source>
        <translation>Forfremm →</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Rull tilbake</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>build %1</source>
        <translation>bygg %1</translation>
    </message>
    <message>
        <source>commit %1</source>
        <translation>commit %1</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Pinned: %1</source>
        <translation>Låst: %1</translation>
    </message>
    <message>
        <source>Latency of the last 15 minutes</source>
        <translation>Svartid de siste 15 minuttene</translation>
    </message>
    <message>
        <source>Uptime over 24 hours</source>
        <translation>Oppetid over 24 timer</translation>
    </message>
    <message>
        <source>Uptime 24 h</source>
        <translation>Oppetid 24 t</translation>
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
        <translation>Svartid</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Latency of %1</source>
        <translation>Svartid for %1</translation>
    </message>
    <message>
        <source>%1 — %2 ms</source>
        <translation>%1 — %2 ms</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Siste feil: %1</translation>
    </message>
    <message>
        <source>Uptime: 1 h %1 · 24 h %2 · 7 d %3 · 30 d %4</source>
        <translation>Oppetid: 1 t %1 · 24 t %2 · 7 d %3 · 30 d %4</translation>
    </message>
    <message>
        <source>Latency of successful probes: p50 %1 ms · p95 %2 ms</source>
        <translation>Svartid for vellykkede kontroller: p50 %1 ms · p95 %2 ms</translation>
    </message>
    <message>
        <source>Latency: no successful probe in this range</source>
        <translation>Svartid: ingen vellykket kontroll i denne perioden</translation>
    </message>
</context>
<context>
    <name>antler::gui::TimelineEvent</name>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <source>up</source>
        <translation>oppe</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>redusert</translation>
    </message>
    <message>
        <source>down</source>
        <translation>nede</translation>
    </message>
    <message>
        <source>%1 started</source>
        <translation>%1 startet</translation>
    </message>
    <message>
        <source>%1 succeeded</source>
        <translation>%1 vellykket</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 feilet</translation>
    </message>
    <message>
        <source>%1 is %2 (was %3).</source>
        <translation>%1 er %2 (var %3).</translation>
    </message>
    <message>
        <source>%1 is %2 (was %3): %4</source>
        <translation>%1 er %2 (var %3): %4</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Helse</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Bygg</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Utrulling</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Forfremmelse</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Tilbakerulling</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Låsing</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Opplåsing</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Oppsett</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historikk</translation>
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
        <translation>Kontroller at dette er din Pi</translation>
    </message>
    <message>
        <source>Before anything is sent to it, compare the Pi&apos;s host key with the one the Pi itself shows. If they match, nobody is in between.</source>
        <translation>Før noe sendes til den, sammenlign vertsnøkkelen til Pi-en med den Pi-en selv viser. Hvis de stemmer, er det ingen imellom.</translation>
    </message>
    <message>
        <source>The fingerprints match: &amp;trust this Pi</source>
        <translation>Fingeravtrykkene stemmer: &amp;stol på denne Pi-en</translation>
    </message>
    <message>
        <source>They do &amp;not match</source>
        <translation>De stemmer &amp;ikke</translation>
    </message>
    <message>
        <source>Trusted and connected: the key is in %1.</source>
        <translation>Klarert og tilkoblet: nøkkelen står i %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; port %2 presents this host key:&lt;br&gt;&lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;&lt;tt&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/tt&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; port %2 viser denne vertsnøkkelen:&lt;br&gt;&lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;&lt;tt&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>On the Pi (with a screen and keyboard, or a connection you already trust), run:

    ssh-keygen -lf %1

It prints the fingerprint after the key size; it must be the same as above.</source>
        <translation>På Pi-en (med skjerm og tastatur, eller over en tilkobling du allerede stoler på), kjør:

    ssh-keygen -lf %1

Den skriver ut fingeravtrykket etter nøkkelstørrelsen; det må være det samme som ovenfor.</translation>
    </message>
    <message>
        <source>Trusting the key and logging in…</source>
        <translation>Stoler på nøkkelen og logger inn…</translation>
    </message>
    <message>
        <source>Not trusted: nothing was sent to the Pi. Check that the address is your Pi&apos;s, then go back and test the connection again.</source>
        <translation>Ikke klarert: ingenting ble sendt til Pi-en. Kontroller at adressen tilhører Pi-en din, gå så tilbake og test tilkoblingen på nytt.</translation>
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
    <name>antler::health::HostMetrics</name>
    <message>
        <source>under-voltage</source>
        <translation>underspenning</translation>
    </message>
    <message>
        <source>throttled</source>
        <translation>strupet</translation>
    </message>
    <message>
        <source>frequency capped</source>
        <translation>frekvens begrenset</translation>
    </message>
    <message>
        <source>soft temperature limit</source>
        <translation>myk temperaturgrense</translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation>nå: %1</translation>
    </message>
    <message>
        <source>since boot: %1</source>
        <translation>siden oppstart: %1</translation>
    </message>
</context>
<context>
    <name>antler::health::HostMetricsParser</name>
    <message>
        <source>the host metrics script did not run to its end on %1; check that /bin/sh works there.</source>
        <translation>skriptet for vertsmålinger kjørte ikke ferdig på %1; kontroller at /bin/sh virker der.</translation>
    </message>
    <message>
        <source>%1 has no readable /proc (no load, memory or uptime figures); host metrics need a Linux host.</source>
        <translation>%1 har ingen lesbar /proc (ingen tall for last, minne eller oppetid); vertsmålinger krever en Linux-vert.</translation>
    </message>
</context>
<context>
    <name>antler::health::HostMetricsSampler</name>
    <message>
        <source>no connection to %1 to read its metrics from.</source>
        <translation>ingen tilkobling til %1 for å lese målingene.</translation>
    </message>
    <message>
        <source>host metrics</source>
        <translation>vertsmålinger</translation>
    </message>
    <message>
        <source>cannot read the metrics of %1: the command ended with %2.</source>
        <translation>kan ikke lese målingene til %1: kommandoen avsluttet med %2.</translation>
    </message>
</context>
<context>
    <name>antler::health::MetricsScrape</name>
    <message>
        <source>the /metrics answer has no %1 or %2 samples; is this a moosefacts server?</source>
        <translation>/metrics-svaret har ingen %1- eller %2-målinger; er dette en moosefacts-server?</translation>
    </message>
</context>
<context>
    <name>antler::health::MonitoredHosts</name>
    <message>
        <source>the pipeline&apos;s target %1 is not in the inventory %2; add it there or change target: in %3.</source>
        <translation>pipelinens mål %1 står ikke i inventaret %2; legg det til der, eller endre target: i %3.</translation>
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
    <message>
        <source>%1 sent no TLS certificate</source>
        <translation>%1 sendte ikke noe TLS-sertifikat</translation>
    </message>
    <message>
        <source>the TLS certificate of %1 expired on %2; renew it</source>
        <translation>TLS-sertifikatet til %1 utløp %2; forny det</translation>
    </message>
    <message numerus="yes">
        <source>the TLS certificate of %1 expires in %n day(s), on %2; renew it</source>
        <translation>
            <numerusform>TLS-sertifikatet til %1 utløper om %n dag, %2; forny det</numerusform>
            <numerusform>TLS-sertifikatet til %1 utløper om %n dager, %2; forny det</numerusform>
        </translation>
    </message>
    <message>
        <source>no TLS handshake with %1: %2</source>
        <translation>ingen TLS-håndtrykk med %1: %2</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>ingen innholdstype</translation>
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
    <name>antler::health::WebhookNotifier</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1: notifications.webhook must be a URL such as https://example.org/hook.</source>
        <translation>%1: notifications.webhook må være en URL som https://example.org/hook.</translation>
    </message>
    <message>
        <source>%1: notifications.webhook “%2” is not an http or https URL; write it like https://example.org/hook.</source>
        <translation>%1: notifications.webhook «%2» er ikke en http- eller https-URL; skriv den som https://example.org/hook.</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>tilkoblingen ble avvist</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>tilkoblingen ble lukket</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>fant ikke verten</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>ikke noe svar i tide</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>TLS-håndtrykket mislyktes</translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation>nettverksfeil %1</translation>
    </message>
    <message>
        <source>the webhook at %1 did not take the notification about %2: %3; check notifications.webhook in notifications.yaml.</source>
        <translation>webhooken på %1 tok ikke imot varselet om %2: %3; kontroller notifications.webhook i notifications.yaml.</translation>
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
        <source>the range “[%1]” mixes or misuses letters and numbers; write two numbers, such as [1:3], or two letters, such as [a:c].</source>
        <translation>området «[%1]» blander eller bruker bokstaver og tall feil; skriv to tall, for eksempel [1:3], eller to bokstaver, for eksempel [a:c].</translation>
    </message>
    <message>
        <source>the range “[%1]” stands for more than %2 hosts; split the inventory or use a smaller range.</source>
        <translation>området «[%1]» står for mer enn %2 verter; del opp inventaret eller bruk et mindre område.</translation>
    </message>
    <message>
        <source>the ranges of the host stand for more than %1 hosts; split the inventory or use smaller ranges.</source>
        <translation>vertens områder står for mer enn %1 verter; del opp inventaret eller bruk mindre områder.</translation>
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
    <message>
        <source>the value of “%1” is a Python dict that Ansible rejects (%2); use strings or numbers as its keys, or quote the whole value as a Python string to keep it as text.</source>
        <translation>verdien av «%1» er en Python-dict som Ansible avviser (%2); bruk strenger eller tall som nøkler, eller sett hele verdien i anførselstegn som en Python-streng for å beholde den som tekst.</translation>
    </message>
    <message>
        <source>this quotation mark is never closed, so Ansible rejects the line too; close the quoted value on the same line, or write \&apos; or \&quot; for a quotation mark that is part of the value.</source>
        <translation>dette anførselstegnet lukkes aldri, så Ansible avviser også linjen; lukk verdien i anførselstegn på samme linje, eller skriv \&apos; eller \&quot; for et anførselstegn som er en del av verdien.</translation>
    </message>
    <message>
        <source>this backslash at the end of the line escapes nothing, so Ansible rejects the line too; remove it, or write \\ for a backslash that is part of the value.</source>
        <translation>denne omvendte skråstreken på slutten av linjen maskerer ingenting, så Ansible avviser også linjen; fjern den, eller skriv \\ for en omvendt skråstrek som er en del av verdien.</translation>
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
    <name>antler::inventory::PythonLiteral</name>
    <message>
        <source>a list or dict cannot be a dict key</source>
        <translation>en liste eller en dict kan ikke være en dict-nøkkel</translation>
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
    <name>antler::pipeline::ArtifactDigest</name>
    <message>
        <source>%1: cannot read this file of the artifact (%2).</source>
        <translation>%1: kan ikke lese denne filen i artefaktet (%2).</translation>
    </message>
    <message>
        <source>%1: cannot read this file of the artifact.</source>
        <translation>%1: kan ikke lese denne filen i artefaktet.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::BuildSources</name>
    <message>
        <source>cannot find the moosefacts program next to antler or on PATH; build it (ninja moosefacts) or name it with --moosefacts FILE.</source>
        <translation>finner ikke programmet moosefacts ved siden av antler eller i PATH; bygg det (ninja moosefacts) eller oppgi det med --moosefacts FILE.</translation>
    </message>
    <message>
        <source>cannot find the frontend files (resources/frontend); name the folder with --frontend DIR.</source>
        <translation>finner ikke frontend-filene (resources/frontend); oppgi mappen med --frontend DIR.</translation>
    </message>
    <message>
        <source>cannot find the facts file (server/data/moose-facts.json); name it with --facts FILE.</source>
        <translation>finner ikke faktafilen (server/data/moose-facts.json); oppgi den med --facts FILE.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::ConfigName</name>
    <message>
        <source>the built-in Local profile</source>
        <translation>den innebygde Local-profilen</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::ContainerRuntime</name>
    <message>
        <source>The target cannot be reached.</source>
        <translation>Målet kan ikke nås.</translation>
    </message>
    <message>
        <source>%1 serves %2</source>
        <translation>%1 leverer %2</translation>
    </message>
    <message>
        <source>%1 failed on %2 with exit code %3%4.</source>
        <translation>%1 feilet på %2 med avslutningskode %3%4.</translation>
    </message>
    <message>
        <source>%1 on %2 did not finish: %3</source>
        <translation>%1 på %2 ble ikke ferdig: %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbrutt</translation>
    </message>
    <message>
        <source>waiting for %1 to serve %2</source>
        <translation>venter på at %1 skal levere %2</translation>
    </message>
    <message>
        <source>stage %1 did not become healthy within %2 s: %3</source>
        <translation>trinn %1 ble ikke friskt innen %2 s: %3</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::History</name>
    <message>
        <source>%1: cannot create the folder for the pipeline history; check the permissions.</source>
        <translation>%1: kan ikke opprette mappen for pipelinehistorikken; kontroller tillatelsene.</translation>
    </message>
    <message>
        <source>%1: cannot open the pipeline history (%2); check that the file is writable.</source>
        <translation>%1: kan ikke åpne pipelinehistorikken (%2); kontroller at filen er skrivbar.</translation>
    </message>
    <message>
        <source>Antler stopped before this operation finished; check the stage with “antler status” and run it again if needed.</source>
        <translation>Antler stoppet før denne operasjonen var ferdig; kontroller trinnet med «antler status» og kjør den på nytt om nødvendig.</translation>
    </message>
    <message>
        <source>%1: cannot record the %2 in the pipeline history (%3).</source>
        <translation>%1: kan ikke registrere operasjonen %2 i pipelinehistorikken (%3).</translation>
    </message>
    <message>
        <source>%1: cannot pin stage “%2” (%3).</source>
        <translation>%1: kan ikke låse trinnet «%2» (%3).</translation>
    </message>
    <message>
        <source>%1: cannot unpin stage “%2” (%3).</source>
        <translation>%1: kan ikke låse opp trinnet «%2» (%3).</translation>
    </message>
    <message>
        <source>%1: there is no pipeline history yet; the first build, rollout or pin creates it.</source>
        <translation>%1: det finnes ingen pipelinehistorikk ennå; det første bygget, den første utrullingen eller låsingen oppretter den.</translation>
    </message>
    <message>
        <source>%1: cannot read the pipeline history (%2); the file is left as it is: restore it from a backup, or move it aside so that Antler starts a new one.</source>
        <translation>%1: kan ikke lese pipelinehistorikken (%2); filen blir stående som den er: gjenopprett den fra en sikkerhetskopi, eller flytt den til side slik at Antler starter en ny.</translation>
    </message>
    <message>
        <source>%1: the disk holding the pipeline history is full; free some space and try again. Nothing recorded so far is lost.</source>
        <translation>%1: disken med pipelinehistorikken er full; frigjør litt plass og prøv igjen. Ingenting som er registrert så langt, går tapt.</translation>
    </message>
    <message>
        <source>%1: cannot prepare the pipeline history (%2); check that the file and its folder are writable.</source>
        <translation>%1: kan ikke klargjøre pipelinehistorikken (%2); kontroller at filen og mappen er skrivbare.</translation>
    </message>
    <message>
        <source>%1: the pipeline history is damaged (it is not an SQLite database); the file is left as it is.</source>
        <translation>%1: pipelinehistorikken er skadet (den er ikke en SQLite-database); filen blir stående som den er.</translation>
    </message>
    <message>
        <source>%1: the pipeline history is damaged (%2); the file is left as it is.</source>
        <translation>%1: pipelinehistorikken er skadet (%2); filen blir stående som den er.</translation>
    </message>
    <message>
        <source>%1: cannot rename the damaged pipeline history to %2; check the folder&apos;s permissions.</source>
        <translation>%1: kan ikke gi den skadede pipelinehistorikken navnet %2; kontroller tillatelsene til mappen.</translation>
    </message>
    <message>
        <source>%1: cannot record the %2: the disk holding the pipeline history is full; free some space and try again.</source>
        <translation>%1: kan ikke registrere operasjonen %2: disken med pipelinehistorikken er full; frigjør litt plass og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::ImageBuilder</name>
    <message>
        <source>%1 cannot be copied into the build context; check that it exists and is readable.</source>
        <translation>%1 kan ikke kopieres inn i byggekonteksten; kontroller at den finnes og er lesbar.</translation>
    </message>
    <message>
        <source>The source folder %1 does not exist; build from an Antler source tree.</source>
        <translation>Kildemappen %1 finnes ikke; bygg fra et Antler-kildetre.</translation>
    </message>
    <message>
        <source>%1 failed on %2 with exit code %3%4; the build log above says why, nothing deployed was changed.</source>
        <translation>%1 feilet på %2 med avslutningskode %3%4; byggeloggen over forklarer hvorfor, ingenting som er rullet ut, ble endret.</translation>
    </message>
    <message>
        <source>%1 on %2 did not finish: %3</source>
        <translation>%1 på %2 ble ikke ferdig: %3</translation>
    </message>
    <message>
        <source>building images of %1 (build %2) on %3</source>
        <translation>bygger avbildninger av %1 (bygg %2) på %3</translation>
    </message>
    <message>
        <source>No transport to the build target; check the target in antler.yaml.</source>
        <translation>Ingen forbindelse til byggemålet; kontroller målet i antler.yaml.</translation>
    </message>
    <message>
        <source>No registry is configured, so the images could not be pushed anywhere; set registry: HOST:PORT in antler.yaml.</source>
        <translation>Ingen registry er satt opp, så avbildningene kunne ikke pushes noe sted; sett registry: HOST:PORT i antler.yaml.</translation>
    </message>
    <message>
        <source>No temporary folder for the build context could be made (%1); free some space in the temporary folder.</source>
        <translation>Kunne ikke lage en midlertidig mappe for byggekonteksten (%1); frigjør plass i den midlertidige mappen.</translation>
    </message>
    <message>
        <source>preparing the build context from %1</source>
        <translation>klargjør byggekonteksten fra %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbrutt</translation>
    </message>
    <message>
        <source>The build context could not be packed with tar (%1); check the temporary folder.</source>
        <translation>Byggekonteksten kunne ikke pakkes med tar (%1); kontroller den midlertidige mappen.</translation>
    </message>
    <message>
        <source>tar could not be started to pack the build context; install tar.</source>
        <translation>tar kunne ikke startes for å pakke byggekonteksten; installer tar.</translation>
    </message>
    <message>
        <source>making a build folder on %1</source>
        <translation>lager en byggemappe på %1</translation>
    </message>
    <message>
        <source>mktemp</source>
        <translation>mktemp</translation>
    </message>
    <message>
        <source>Making a build folder in %1</source>
        <translation>Lage en byggemappe i %1</translation>
    </message>
    <message>
        <source>uploading the build context (%1 KiB) to %2:%3</source>
        <translation>laster opp byggekonteksten (%1 KiB) til %2:%3</translation>
    </message>
    <message>
        <source>The build context could not be uploaded: %1</source>
        <translation>Byggekonteksten kunne ikke lastes opp: %1</translation>
    </message>
    <message>
        <source>compiling moosefacts natively on %1</source>
        <translation>kompilerer moosefacts direkte på %1</translation>
    </message>
    <message>
        <source>compile</source>
        <translation>kompilering</translation>
    </message>
    <message>
        <source>Compiling moosefacts</source>
        <translation>Kompilere moosefacts</translation>
    </message>
    <message>
        <source>building and pushing the images %1/moosefacts:%2 and %1/moosefacts-frontend:%2</source>
        <translation>bygger og pusher avbildningene %1/moosefacts:%2 og %1/moosefacts-frontend:%2</translation>
    </message>
    <message>
        <source>image build</source>
        <translation>avbildningsbygg</translation>
    </message>
    <message>
        <source>Building and pushing the images</source>
        <translation>Bygge og pushe avbildningene</translation>
    </message>
    <message>
        <source>The images were built on %1 but their digests could not be read back from the push; see the build log.</source>
        <translation>Avbildningene ble bygget på %1, men digestene kunne ikke leses tilbake fra pushen; se byggeloggen.</translation>
    </message>
    <message>
        <source>removing the build folder</source>
        <translation>fjerner byggemappen</translation>
    </message>
    <message>
        <source>warning: the build folder %1 on %2 could not be removed: %3</source>
        <translation>advarsel: byggemappen %1 på %2 kunne ikke fjernes: %3</translation>
    </message>
    <message>
        <source>built %1 in %2 s</source>
        <translation>bygget %1 på %2 s</translation>
    </message>
    <message>
        <source>The registry %1 did not take %2 (%3); check that it runs and answers on %1 (the registry in antler.yaml), then build again. Nothing was released, promoted or deployed.</source>
        <translation>Registryen %1 tok ikke imot %2 (%3); kontroller at den kjører og svarer på %1 (registryen i antler.yaml), og bygg deretter på nytt. Ingenting ble utgitt, forfremmet eller rullet ut.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::KubernetesRuntime</name>
    <message>
        <source>rolling %1 out to %2 with kubectl apply</source>
        <translation>ruller ut %1 til %2 med kubectl apply</translation>
    </message>
    <message>
        <source>The target cannot be reached: %1</source>
        <translation>Målet kan ikke nås: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbrutt</translation>
    </message>
    <message>
        <source>kubectl apply in namespace %1</source>
        <translation>kubectl apply i navnerommet %1</translation>
    </message>
    <message>
        <source>stage %1: %2</source>
        <translation>trinn %1: %2</translation>
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
        <translation>trinn %1: utrullingen av %2 ble ikke fullført: %3</translation>
    </message>
    <message>
        <source>kubectl rollout status</source>
        <translation>kubectl rollout status</translation>
    </message>
    <message>
        <source>The target cannot be reached.</source>
        <translation>Målet kan ikke nås.</translation>
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
        <translation>kubectl get pods skrev ikke ut noe JSON-objekt: %1</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::LocalRuntime</name>
    <message>
        <source>copied %1 frontend files from %2</source>
        <translation>kopierte %1 frontend-filer fra %2</translation>
    </message>
    <message>
        <source>%1: there is no moosefacts program here; build it (ninja moosefacts) or name it with --moosefacts FILE.</source>
        <translation>%1: det finnes ikke noe moosefacts-program her; bygg det (ninja moosefacts) eller oppgi det med --moosefacts FILE.</translation>
    </message>
    <message>
        <source>%1: the frontend folder does not exist; name it with --frontend DIR.</source>
        <translation>%1: frontend-mappen finnes ikke; oppgi den med --frontend DIR.</translation>
    </message>
    <message>
        <source>%1: the facts file does not exist; name it with --facts FILE.</source>
        <translation>%1: faktafilen finnes ikke; oppgi den med --facts FILE.</translation>
    </message>
    <message>
        <source>%1: cannot create the artifact folder; check the permissions.</source>
        <translation>%1: kan ikke opprette artefaktmappen; kontroller tillatelsene.</translation>
    </message>
    <message>
        <source>copied moosefacts (%1 bytes) from %2</source>
        <translation>kopierte moosefacts (%1 byte) fra %2</translation>
    </message>
    <message>
        <source>copied the facts from %1</source>
        <translation>kopierte faktaene fra %1</translation>
    </message>
    <message>
        <source>the artifact %1 exists already with the same content</source>
        <translation>artefaktet %1 finnes allerede med samme innhold</translation>
    </message>
    <message>
        <source>%1: cannot move the artifact into place.</source>
        <translation>%1: kan ikke flytte artefaktet på plass.</translation>
    </message>
    <message>
        <source>stored the artifact as %1</source>
        <translation>lagret artefaktet som %1</translation>
    </message>
    <message>
        <source>rolling %1 out to %2 (%3)</source>
        <translation>ruller ut %1 til %2 (%3)</translation>
    </message>
    <message>
        <source>there is no artifact for %1 in %2; build it first with “antler pipeline build”.</source>
        <translation>det finnes ikke noe artefakt for %1 i %2; bygg det først med «antler pipeline build».</translation>
    </message>
    <message>
        <source>%1: cannot create the stage folder; check the permissions.</source>
        <translation>%1: kan ikke opprette trinnmappen; kontroller tillatelsene.</translation>
    </message>
    <message>
        <source>another rollout to %1 is running (antler process %2); wait for it to finish.</source>
        <translation>en annen utrulling til %1 pågår (antler-prosess %2); vent til den er ferdig.</translation>
    </message>
    <message>
        <source>stopping moosefacts %1, left over from an interrupted rollout</source>
        <translation>stopper moosefacts %1, som ble igjen etter en avbrutt utrulling</translation>
    </message>
    <message>
        <source>cannot start %1 (%2).</source>
        <translation>kan ikke starte %1 (%2).</translation>
    </message>
    <message>
        <source>started moosefacts %1 from %2</source>
        <translation>startet moosefacts %1 fra %2</translation>
    </message>
    <message>
        <source>the rollout was cancelled</source>
        <translation>utrullingen ble avbrutt</translation>
    </message>
    <message>
        <source>moosefacts of %1 exited before it was ready: %2</source>
        <translation>moosefacts for %1 avsluttet før det var klart: %2</translation>
    </message>
    <message>
        <source>moosefacts of %1 did not start within %2 s</source>
        <translation>moosefacts for %1 startet ikke innen %2 s</translation>
    </message>
    <message>
        <source>checking the new release on its private port %1</source>
        <translation>kontrollerer den nye utgivelsen på den private porten %1</translation>
    </message>
    <message>
        <source>moosefacts exited: %1</source>
        <translation>moosefacts avsluttet: %1</translation>
    </message>
    <message>
        <source>the new release failed its health check: %1</source>
        <translation>den nye utgivelsen besto ikke helsesjekken: %1</translation>
    </message>
    <message>
        <source>took the listening socket of %1:%2 from moosefacts %3</source>
        <translation>tok over lyttesocketen til %1:%2 fra moosefacts %3</translation>
    </message>
    <message>
        <source>opened %1:%2 for the stage</source>
        <translation>åpnet %1:%2 for trinnet</translation>
    </message>
    <message>
        <source>moosefacts %1 now serves %2:%3</source>
        <translation>moosefacts %1 leverer nå %2:%3</translation>
    </message>
    <message>
        <source>draining the previous moosefacts %1 (%2)</source>
        <translation>tømmer det forrige moosefacts %1 (%2)</translation>
    </message>
    <message>
        <source>the previous moosefacts %1 has stopped</source>
        <translation>det forrige moosefacts %1 har stoppet</translation>
    </message>
    <message>
        <source>checking %1</source>
        <translation>kontrollerer %1</translation>
    </message>
    <message>
        <source>the stage failed its health check after the switch: %1</source>
        <translation>trinnet besto ikke helsesjekken etter byttet: %1</translation>
    </message>
    <message>
        <source>the previous release %1 keeps serving</source>
        <translation>den forrige utgivelsen %1 fortsetter å levere</translation>
    </message>
    <message>
        <source>building a local artifact in %1</source>
        <translation>bygger et lokalt artefakt i %1</translation>
    </message>
    <message>
        <source>stopping moosefacts %1</source>
        <translation>stopper moosefacts %1</translation>
    </message>
    <message>
        <source>%1: cannot copy %2 into the artifact: the disk holding %3 is full; free some space and build again.</source>
        <translation>%1: kan ikke kopiere %2 inn i artefaktet: disken med %3 er full; frigjør litt plass og bygg på nytt.</translation>
    </message>
    <message>
        <source>%1: cannot copy %2 into the artifact; check the permissions of %3.</source>
        <translation>%1: kan ikke kopiere %2 inn i artefaktet; kontroller tillatelsene til %3.</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>denne filen</translation>
    </message>
    <message>
        <source>the facts</source>
        <translation>facts</translation>
    </message>
    <message>
        <source>removed %1, left by a build that did not finish</source>
        <translation>fjernet %1, etterlatt av et bygg som ikke ble ferdig</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::ManifestRenderer</name>
    <message>
        <source>The manifest template %1 cannot be read (%2); reinstall Antler or check the manifests folder.</source>
        <translation>Manifestmalen %1 kan ikke leses (%2); installer Antler på nytt eller kontroller mappen manifests.</translation>
    </message>
    <message>
        <source>The frontend&apos;s nginx.conf in %1 lacks &quot;%2&quot; or &quot;%3&quot;, which the manifests rewrite for each stage; restore them.</source>
        <translation>Frontendens nginx.conf i %1 mangler &quot;%2&quot; eller &quot;%3&quot;, som manifestene skriver om for hvert trinn; gjenopprett dem.</translation>
    </message>
    <message>
        <source>%1:%2:%3: unknown placeholder {{%4}} in the manifest template.</source>
        <translation>%1:%2:%3: ukjent plassholder {{%4}} i manifestmalen.</translation>
    </message>
    <message>
        <source>%1:%2:%3: {{%4}} takes several lines and must stand alone on its line in the manifest template.</source>
        <translation>%1:%2:%3: {{%4}} går over flere linjer og må stå alene på linjen sin i manifestmalen.</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>trinn %1</translation>
    </message>
    <message>
        <source>%1: the release digest &quot;%2&quot; is not sha256: and 64 hex digits; deploy a digest from antler pipeline history.</source>
        <translation>%1: utgivelsesdigesten &quot;%2&quot; er ikke sha256: og 64 heksadesimale sifre; rull ut en digest fra antler pipeline history.</translation>
    </message>
    <message>
        <source>%1: the release %2 names no image by digest for %3 (&quot;%4&quot;); deploy a release built for a container runtime (REGISTRY/NAME@sha256:…).</source>
        <translation>%1: utgivelsen %2 angir ingen avbildning med digest for %3 (&quot;%4&quot;); rull ut en utgivelse bygget for et containerkjøremiljø (REGISTRY/NAME@sha256:…).</translation>
    </message>
    <message>
        <source>%1: cpu &quot;%2&quot; is not a Kubernetes quantity; write e.g. 500m or 1.</source>
        <translation>%1: cpu &quot;%2&quot; er ikke en Kubernetes-mengde; skriv f.eks. 500m eller 1.</translation>
    </message>
    <message>
        <source>%1: memory &quot;%2&quot; is not a Kubernetes quantity; write e.g. 128Mi or 1Gi.</source>
        <translation>%1: memory &quot;%2&quot; er ikke en Kubernetes-mengde; skriv f.eks. 128Mi eller 1Gi.</translation>
    </message>
    <message>
        <source>%1: port %2 is outside the Kubernetes NodePort range %3-%4; set the stage&apos;s port in antler.yaml to one in that range for the kubernetes runtime.</source>
        <translation>%1: porten %2 er utenfor Kubernetes-området for NodePort %3-%4; sett trinnets port i antler.yaml til en i dette området for kjøremiljøet kubernetes.</translation>
    </message>
    <message>
        <source>%1: the backend port %2 is the port nginx listens on in the frontend container; choose another backend port in antler.yaml.</source>
        <translation>%1: backend-porten %2 er porten nginx lytter på i frontend-containeren; velg en annen backend-port i antler.yaml.</translation>
    </message>
    <message>
        <source>%1: podman ignores the Namespace and the Services of the manifests; the pod %2 carries the stage, and the frontend answers on hostPort %3 instead of a NodePort.</source>
        <translation>%1: podman ignorerer Namespace og Services i manifestene; poden %2 bærer trinnet, og frontenden svarer på hostPort %3 i stedet for en NodePort.</translation>
    </message>
    <message>
        <source>%1: podman runs the backend and the frontend in one pod without the HTTP liveness/readiness probes; Antler checks /healthz, /readyz and /version through the frontend itself.</source>
        <translation>%1: podman kjører backend og frontend i én pod uten HTTP-kontrollene for liveness/readiness; Antler sjekker selv /healthz, /readyz og /version gjennom frontenden.</translation>
    </message>
    <message>
        <source>%1: podman runs 1 replica, not the %2 in antler.yaml (every replica would need the same hostPort).</source>
        <translation>%1: podman kjører 1 replika, ikke de %2 i antler.yaml (hver replika ville trengt samme hostPort).</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::Operation</name>
    <message>
        <source>waiting for the stage’s previous operation to finish</source>
        <translation>venter på at trinnets forrige operasjon skal bli ferdig</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Bygg</translation>
    </message>
    <message>
        <source>Deploy to %1</source>
        <translation>Rull ut til %1</translation>
    </message>
    <message>
        <source>Promote %1 → %2</source>
        <translation>Forfremm %1 → %2</translation>
    </message>
    <message>
        <source>Roll back %1</source>
        <translation>Rull tilbake %1</translation>
    </message>
    <message>
        <source>Pin %1</source>
        <translation>Lås %1</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>Lås opp %1</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>Stopp %1</translation>
    </message>
    <message>
        <source>cancelling…</source>
        <translation>avbryter…</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>starter</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Kjør %1</translation>
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
        <translation>«%1» ble avbrutt før den startet; ingenting ble endret.</translation>
    </message>
    <message>
        <source>The playbook was not run: %1</source>
        <translation>Playbooken ble ikke kjørt: %1</translation>
    </message>
    <message>
        <source>The run was cancelled; the commands running on every host were stopped.</source>
        <translation>Kjøringen ble avbrutt; kommandoene som kjørte på hver vert ble stoppet.</translation>
    </message>
    <message numerus="yes">
        <source>Every task finished on %n host(s).</source>
        <translation>
            <numerusform>Hver oppgave ble fullført på %n vert.</numerusform>
            <numerusform>Hver oppgave ble fullført på %n verter.</numerusform>
        </translation>
    </message>
    <message>
        <source>failed on %1</source>
        <translation>feilet på %1</translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation>%1 kan ikke nås</translation>
    </message>
    <message>
        <source>The playbook ended with exit code %1.</source>
        <translation>Playbooken avsluttet med avslutningskode %1.</translation>
    </message>
    <message>
        <source>The playbook %1.</source>
        <translation>Playbooken %1.</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>Kjører %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 på %2</translation>
    </message>
    <message>
        <source>, limit %1</source>
        <translation>, begrenset til %1</translation>
    </message>
    <message>
        <source>, tags %1</source>
        <translation>, tagger %1</translation>
    </message>
    <message>
        <source>, skip tags %1</source>
        <translation>, tagger som hoppes over %1</translation>
    </message>
    <message>
        <source>, check mode</source>
        <translation>, sjekkmodus</translation>
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
    <message>
        <source>the target “%1” is not a host name; write localhost or the name of a host in the inventory, such as raspberrypi.</source>
        <translation>målet «%1» er ikke et vertsnavn; skriv localhost eller navnet på en vert i inventaret, for eksempel raspberrypi.</translation>
    </message>
    <message>
        <source>the target “%1” needs an inventory to be reached through; add “inventory:” with the inventory file that lists it.</source>
        <translation>målet «%1» trenger et inventar å nås gjennom; legg til «inventory:» med inventarfilen som viser det.</translation>
    </message>
    <message>
        <source>“components” must be a list; write each component as an entry starting with “- name:”, or leave the key out for moosefacts and its frontend.</source>
        <translation>«components» må være en liste; skriv hver komponent som en oppføring som starter med «- name:», eller utelat nøkkelen for moosefacts og frontenden.</translation>
    </message>
    <message>
        <source>this component is not a mapping of keys; write it as “- name: moosefacts” followed by its kind.</source>
        <translation>denne komponenten er ikke en tilordning av nøkler; skriv den som «- name: moosefacts» fulgt av typen.</translation>
    </message>
    <message>
        <source>this component needs “name:” and “kind:” (backend or frontend); add the missing one.</source>
        <translation>denne komponenten trenger «name:» og «kind:» (backend eller frontend); legg til den som mangler.</translation>
    </message>
    <message>
        <source>the component name “%1” is not valid; use lowercase letters, digits and hyphens, starting with a letter.</source>
        <translation>komponentnavnet «%1» er ugyldig; bruk små bokstaver, sifre og bindestreker, og start med en bokstav.</translation>
    </message>
    <message>
        <source>the component kind “%1” is unknown; use backend or frontend.</source>
        <translation>komponenttypen «%1» er ukjent; bruk backend eller frontend.</translation>
    </message>
    <message>
        <source>the component “%1” is listed twice; keep one of them.</source>
        <translation>komponenten «%1» står oppført to ganger; behold én av dem.</translation>
    </message>
    <message>
        <source>the pod name “%1” of stage “%2” is not valid; use lowercase letters, digits and hyphens, starting with a letter.</source>
        <translation>podnavnet «%1» for trinnet «%2» er ugyldig; bruk små bokstaver, sifre og bindestreker, og start med en bokstav.</translation>
    </message>
    <message>
        <source>the backend port “%1” of stage “%2” is not a number from 1 to 65535; use the port moosefacts listens on, such as 8080.</source>
        <translation>backend-porten «%1» for trinnet «%2» er ikke et tall fra 1 til 65535; bruk porten moosefacts lytter på, for eksempel 8080.</translation>
    </message>
    <message>
        <source>the rollout timeout “%1” of stage “%2” is not a duration from 1 s to 1 h; write seconds, or a number with s, m or h, such as 90s.</source>
        <translation>tidsgrensen for utrulling «%1» for trinnet «%2» er ikke en varighet fra 1 s til 1 t; skriv sekunder, eller et tall med s, m eller h, for eksempel 90s.</translation>
    </message>
    <message>
        <source>“resources” of stage “%1” must be a mapping; write “resources: {cpu: 250m, memory: 128Mi}”.</source>
        <translation>«resources» for trinnet «%1» må være en tilordning; skriv «resources: {cpu: 250m, memory: 128Mi}».</translation>
    </message>
    <message>
        <source>the %1 “%2” of stage “%3” is not a Kubernetes quantity; write one such as 250m or 0.5 for cpu, 128Mi for memory.</source>
        <translation>%1 «%2» for trinnet «%3» er ikke en Kubernetes-mengde; skriv for eksempel 250m eller 0.5 for cpu, 128Mi for memory.</translation>
    </message>
    <message>
        <source>“gate” of stage “%1” must be a mapping; write “gate: {soak: 10m, confirm: true}”.</source>
        <translation>«gate» for trinnet «%1» må være en tilordning; skriv «gate: {soak: 10m, confirm: true}».</translation>
    </message>
    <message>
        <source>the soak time “%1” of stage “%2” is not a duration; write seconds, or a number with s, m or h, such as 10m.</source>
        <translation>observasjonstiden «%1» for trinnet «%2» er ikke en varighet; skriv sekunder, eller et tall med s, m eller h, for eksempel 10m.</translation>
    </message>
    <message>
        <source>“confirm” of stage “%1” is “%2”; write true or false.</source>
        <translation>«confirm» for trinnet «%1» er «%2»; skriv true eller false.</translation>
    </message>
    <message>
        <source>the runtime “%1” is unknown; use %2.</source>
        <translation>kjøretiden «%1» er ukjent; bruk %2.</translation>
    </message>
    <message>
        <source>stage “%1” has no runtime; add “runtime:” with %2.</source>
        <translation>trinn «%1» har ingen kjøretid; legg til «runtime:» med %2.</translation>
    </message>
    <message>
        <source>stage “%1” has the unknown runtime “%2”; use %3.</source>
        <translation>trinn «%1» har den ukjente kjøretiden «%2»; bruk %3.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::PipelineController</name>
    <message>
        <source>the pipeline has no stages; add them to antler.yaml.</source>
        <translation>pipelinen har ingen trinn; legg dem til i antler.yaml.</translation>
    </message>
    <message>
        <source>build %1 of commit %2</source>
        <translation>bygg %1 av commit %2</translation>
    </message>
    <message>
        <source>built %1</source>
        <translation>bygget %1</translation>
    </message>
    <message>
        <source>the build failed: %1</source>
        <translation>bygget feilet: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 fra %2 til %3</translation>
    </message>
    <message>
        <source>%1 runs %2 (%3)</source>
        <translation>%1 kjører %2 (%3)</translation>
    </message>
    <message>
        <source>the rollout of %1 to %2 failed: %3</source>
        <translation>utrullingen av %1 til %2 feilet: %3</translation>
    </message>
    <message>
        <source>automatic rollback: the rollout of %1 failed: %2</source>
        <translation>automatisk tilbakerulling: utrullingen av %1 feilet: %2</translation>
    </message>
    <message>
        <source>rolling %1 back to %2 because %3</source>
        <translation>ruller %1 tilbake til %2 fordi %3</translation>
    </message>
    <message>
        <source>the rollout of %1 to %2 failed (%3); %2 is back on %4.</source>
        <translation>utrullingen av %1 til %2 feilet (%3); %2 er tilbake på %4.</translation>
    </message>
    <message>
        <source>the rollout of %1 to %2 failed (%3), and so did the rollback to %4 (%5); check the stage with “antler status”.</source>
        <translation>utrullingen av %1 til %2 feilet (%3), og det gjorde også tilbakerullingen til %4 (%5); kontroller trinnet med «antler status».</translation>
    </message>
    <message>
        <source>there is no stage “%1” in %2; use one of its stages.</source>
        <translation>det finnes ikke noe trinn «%1» i %2; bruk et av trinnene der.</translation>
    </message>
    <message>
        <source>nothing has been built yet; run “antler pipeline build” first.</source>
        <translation>ingenting er bygget ennå; kjør «antler pipeline build» først.</translation>
    </message>
    <message>
        <source>“%1” is not a digest; give sha256: followed by 64 hex digits, as “antler pipeline history” shows.</source>
        <translation>«%1» er ikke en digest; oppgi sha256: fulgt av 64 heksadesimale sifre, slik «antler pipeline history» viser.</translation>
    </message>
    <message>
        <source>stage %1 is pinned to %2 (%3); run “antler pipeline unpin %1” first.</source>
        <translation>trinnet %1 er låst til %2 (%3); kjør «antler pipeline unpin %1» først.</translation>
    </message>
    <message>
        <source>a stage cannot be promoted to itself; name the next stage, such as “promote %1 %2”.</source>
        <translation>et trinn kan ikke forfremmes til seg selv; oppgi neste trinn, for eksempel «promote %1 %2».</translation>
    </message>
    <message>
        <source>%1 runs no release yet; deploy one there first.</source>
        <translation>%1 kjører ingen utgivelse ennå; rull ut en der først.</translation>
    </message>
    <message>
        <source>%1 is pinned to %2 (%3); run “antler pipeline unpin %1” first.</source>
        <translation>%1 er låst til %2 (%3); kjør «antler pipeline unpin %1» først.</translation>
    </message>
    <message>
        <source>%1 already runs %2; there is nothing to promote.</source>
        <translation>%1 kjører allerede %2; det er ingenting å forfremme.</translation>
    </message>
    <message>
        <source>%1 has run %2 for %3 s of the %4 s soak time that %5 requires; promote again in %6 s.</source>
        <translation>%1 har kjørt %2 i %3 s av de %4 s observasjonstid som %5 krever; forfrem igjen om %6 s.</translation>
    </message>
    <message>
        <source>promoting to %1 needs confirmation; run it again with --yes.</source>
        <translation>forfremmelse til %1 krever bekreftelse; kjør på nytt med --yes.</translation>
    </message>
    <message>
        <source>checking that %1 serves %2 healthily</source>
        <translation>kontrollerer at %1 leverer %2 uten feil</translation>
    </message>
    <message>
        <source>%1 is not healthy on %2: %3; fix or roll it back before promoting.</source>
        <translation>%1 er ikke frisk på %2: %3; rett feilen eller rull tilbake før du forfremmer.</translation>
    </message>
    <message>
        <source>%1 has no previous release to roll back to.</source>
        <translation>%1 har ingen tidligere utgivelse å rulle tilbake til.</translation>
    </message>
    <message>
        <source>rolled back by %1</source>
        <translation>rullet tilbake av %1</translation>
    </message>
    <message>
        <source>%1 from %2 back to %3</source>
        <translation>%1 fra %2 tilbake til %3</translation>
    </message>
    <message>
        <source>%1 is back on %2 and pinned there; “antler pipeline unpin %1” allows promotions again.</source>
        <translation>%1 er tilbake på %2 og låst der; «antler pipeline unpin %1» tillater forfremmelser igjen.</translation>
    </message>
    <message>
        <source>the rollback of %1 to %2 failed: %3</source>
        <translation>tilbakerullingen av %1 til %2 feilet: %3</translation>
    </message>
    <message>
        <source>%1 is stopped.</source>
        <translation>%1 er stoppet.</translation>
    </message>
    <message>
        <source>cannot stop %1: %2</source>
        <translation>kan ikke stoppe %1: %2</translation>
    </message>
    <message>
        <source>%1 runs no release yet, so there is nothing to pin.</source>
        <translation>%1 kjører ingen utgivelse ennå, så det er ingenting å låse.</translation>
    </message>
    <message>
        <source>pinned by %1</source>
        <translation>låst av %1</translation>
    </message>
    <message>
        <source>%1 is pinned to %2; deploys and promotions to it are refused until “antler pipeline unpin %1”.</source>
        <translation>%1 er låst til %2; utrullinger og forfremmelser dit avvises til «antler pipeline unpin %1».</translation>
    </message>
    <message>
        <source>%1 was not pinned.</source>
        <translation>%1 var ikke låst.</translation>
    </message>
    <message>
        <source>%1 is no longer pinned.</source>
        <translation>%1 er ikke lenger låst.</translation>
    </message>
    <message>
        <source>the build was cancelled; nothing deployed changed.</source>
        <translation>bygget ble avbrutt; ingenting som er rullet ut, ble endret.</translation>
    </message>
    <message>
        <source>the rollout of %1 to %2 was cancelled; %2 runs no release.</source>
        <translation>utrullingen av %1 til %2 ble avbrutt; %2 kjører ingen utgivelse.</translation>
    </message>
    <message>
        <source>the rollout of %1 to %2 was cancelled; %2 still runs %3.</source>
        <translation>utrullingen av %1 til %2 ble avbrutt; %2 kjører fortsatt %3.</translation>
    </message>
    <message>
        <source>the rollout of %1 to %2 was cancelled; %2 is back on %3.</source>
        <translation>utrullingen av %1 til %2 ble avbrutt; %2 er tilbake på %3.</translation>
    </message>
    <message>
        <source>there is no promotion from “%1” to “%2” in %3.</source>
        <translation>det finnes ingen forfremmelse fra «%1» til «%2» i %3.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::PodmanRuntime</name>
    <message>
        <source>The podman configuration %1 could not be written: %2</source>
        <translation>podman-oppsettet %1 kunne ikke skrives: %2</translation>
    </message>
    <message>
        <source>The build target cannot be reached: %1</source>
        <translation>Byggemålet kan ikke nås: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbrutt</translation>
    </message>
    <message>
        <source>rolling %1 out to %2 with podman kube play</source>
        <translation>ruller ut %1 til %2 med podman kube play</translation>
    </message>
    <message>
        <source>The target cannot be reached: %1</source>
        <translation>Målet kan ikke nås: %1</translation>
    </message>
    <message>
        <source>podman kube play --replace %1</source>
        <translation>podman kube play --replace %1</translation>
    </message>
    <message>
        <source>stage %1: %2 Check the registry %3 and the log above.</source>
        <translation>trinn %1: %2 Kontroller registryen %3 og loggen over.</translation>
    </message>
    <message>
        <source>podman kube play</source>
        <translation>podman kube play</translation>
    </message>
    <message>
        <source>stage %1: the backend is not live: GET %2 answered %3 three times in a row (podman runs no liveness probe, so Antler asks).</source>
        <translation>trinn %1: backenden lever ikke: GET %2 svarte %3 tre ganger på rad (podman kjører ingen liveness-kontroll, så Antler spør selv).</translation>
    </message>
    <message>
        <source>The target cannot be reached; check target and inventory in antler.yaml.</source>
        <translation>Målet kan ikke nås; kontroller target og inventory i antler.yaml.</translation>
    </message>
    <message>
        <source>podman ps</source>
        <translation>podman ps</translation>
    </message>
    <message>
        <source>removing the pod of %1</source>
        <translation>fjerner poden til %1</translation>
    </message>
    <message>
        <source>podman pod rm</source>
        <translation>podman pod rm</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 stoppet</translation>
    </message>
    <message>
        <source>podman ps printed no JSON list: %1</source>
        <translation>podman ps skrev ikke ut noen JSON-liste: %1</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::ReleaseComparison</name>
    <message>
        <source>the files of %1 are not on this machine (it was built on the target), so only the digests can be compared.</source>
        <translation>filene til %1 finnes ikke på denne maskinen (den ble bygd på målmaskinen), så bare digestene kan sammenlignes.</translation>
    </message>
    <message>
        <source>The two releases have the same files.</source>
        <translation>De to utgivelsene har de samme filene.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) differ:</source>
        <translation>
            <numerusform>%n fil er forskjellig:</numerusform>
            <numerusform>%n filer er forskjellige:</numerusform>
        </translation>
    </message>
    <message>
        <source>  added    %1</source>
        <translation>  lagt til  %1</translation>
    </message>
    <message>
        <source>  removed  %1</source>
        <translation>  fjernet   %1</translation>
    </message>
    <message>
        <source>  changed  %1</source>
        <translation>  endret    %1</translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s) differ:</source>
        <translation>
            <numerusform>%n faktum er forskjellig:</numerusform>
            <numerusform>%n fakta er forskjellige:</numerusform>
        </translation>
    </message>
    <message>
        <source>fact %1:</source>
        <translation>faktum %1:</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::RolloutCheck</name>
    <message>
        <source>%1 did not answer (%2).</source>
        <translation>%1 svarte ikke (%2).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of 200.</source>
        <translation>%1 svarte HTTP %2 i stedet for 200.</translation>
    </message>
    <message>
        <source>%1 did not answer with the HTML page.</source>
        <translation>%1 svarte ikke med HTML-siden.</translation>
    </message>
    <message>
        <source>%1 did not answer with a JSON fact.</source>
        <translation>%1 svarte ikke med et JSON-faktum.</translation>
    </message>
    <message>
        <source>%1 reports digest %2, not %3.</source>
        <translation>%1 rapporterer digest %2, ikke %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>(tom)</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::Runtime</name>
    <message>
        <source>The %1 runtime is already running an operation (%2); wait for it to finish or check `antler pipeline status`.</source>
        <translation>Kjøremiljøet %1 utfører allerede en operasjon (%2); vent til den er ferdig, eller se `antler pipeline status`.</translation>
    </message>
    <message>
        <source>The %1 runtime is already running an operation on stage %2 (%3); wait for it to finish or check `antler pipeline status`.</source>
        <translation>Kjøremiljøet %1 utfører allerede en operasjon på trinnet %2 (%3); vent til den er ferdig, eller se `antler pipeline status`.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::RuntimeFactory</name>
    <message>
        <source>this build does not know the %1 runtime; use runtime: %2 in antler.yaml.</source>
        <translation>dette bygget kjenner ikke kjøretiden %1; bruk runtime: %2 i antler.yaml.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::SocketHandover</name>
    <message>
        <source>%1: the control socket path is too long.</source>
        <translation>%1: stien til kontrollsocketen er for lang.</translation>
    </message>
    <message>
        <source>cannot create a Unix socket (%1).</source>
        <translation>kan ikke opprette en Unix-socket (%1).</translation>
    </message>
    <message>
        <source>%1: cannot reach the moosefacts control socket (%2).</source>
        <translation>%1: kan ikke nå kontrollsocketen til moosefacts (%2).</translation>
    </message>
    <message>
        <source>%1: cannot send to the moosefacts control socket (%2).</source>
        <translation>%1: kan ikke sende til kontrollsocketen til moosefacts (%2).</translation>
    </message>
    <message>
        <source>%1: moosefacts did not answer on its control socket (%2).</source>
        <translation>%1: moosefacts svarte ikke på kontrollsocketen sin (%2).</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>lukket</translation>
    </message>
    <message>
        <source>%1: moosefacts refused “%2”: %3.</source>
        <translation>%1: moosefacts avviste «%2»: %3.</translation>
    </message>
    <message>
        <source>%1: moosefacts answered “%2” instead of its port.</source>
        <translation>%1: moosefacts svarte «%2» i stedet for porten sin.</translation>
    </message>
    <message>
        <source>%1: moosefacts answered without handing over its socket.</source>
        <translation>%1: moosefacts svarte uten å overlevere socketen sin.</translation>
    </message>
    <message>
        <source>the local runtime needs an IP address as the stage&apos;s host, not “%1”; write host: 127.0.0.1 in antler.yaml.</source>
        <translation>det lokale kjøremiljøet trenger en IP-adresse som trinnets vert, ikke «%1»; skriv host: 127.0.0.1 i antler.yaml.</translation>
    </message>
    <message>
        <source>cannot create a TCP socket (%1).</source>
        <translation>kan ikke opprette en TCP-socket (%1).</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2 (%3); another program uses the port: stop it or give the stage another port in antler.yaml.</source>
        <translation>kan ikke lytte på %1:%2 (%3); et annet program bruker porten: stopp det eller gi trinnet en annen port i antler.yaml.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::Stage</name>
    <message>
        <source>%1 or %2</source>
        <comment>the last two of a list of choices</comment>
        <translation>%1 eller %2</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::TargetTransport</name>
    <message>
        <source>The target %1 needs an inventory to be reached; set inventory: in %2.</source>
        <translation>Målet %1 trenger et inventar for å kunne nås; sett inventory: i %2.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::AnsibleConfig</name>
    <message>
        <source>cannot read %1 (%2); fix its permissions or point ANSIBLE_CONFIG elsewhere.</source>
        <translation>kan ikke lese %1 (%2); rett tillatelsene eller la ANSIBLE_CONFIG peke et annet sted.</translation>
    </message>
    <message>
        <source>%1: forks “%2” is not a whole number of at least 1; write for example forks = 5.</source>
        <translation>%1: forks «%2» er ikke et heltall på minst 1; skriv for eksempel forks = 5.</translation>
    </message>
    <message>
        <source>%1: become “%2” is not a boolean; write True or False.</source>
        <translation>%1: become «%2» er ikke en boolsk verdi; skriv True eller False.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::AptModule</name>
    <message>
        <source>invalid package spec: %1</source>
        <translation>ugyldig pakkeangivelse: %1</translation>
    </message>
    <message>
        <source>one of the following is required: name, update_cache, autoremove, autoclean</source>
        <translation>ett av følgende kreves: name, update_cache, autoremove, autoclean</translation>
    </message>
    <message>
        <source>Failed to update apt cache on %1: %2</source>
        <translation>Kunne ikke oppdatere apt-hurtigbufferen på %1: %2</translation>
    </message>
    <message>
        <source>Could not read the package state on %1: %2</source>
        <translation>Kunne ikke lese pakketilstanden på %1: %2</translation>
    </message>
    <message>
        <source>No package matching &apos;%1&apos; is available on %2; check the name, or set update_cache: true if the package lists are missing or old.</source>
        <translation>Ingen pakke som samsvarer med &apos;%1&apos;, er tilgjengelig på %2; kontroller navnet, eller sett update_cache: true hvis pakkelistene mangler eller er gamle.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; failed on %2: %3</source>
        <translation>&apos;%1&apos; feilet på %2: %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::AptRepositoryModule</name>
    <message>
        <source>PPA repositories are Ubuntu&apos;s; %1 takes a one-line &apos;deb URL SUITE COMPONENTS&apos; source.</source>
        <translation>PPA-pakkebrønner hører til Ubuntu; %1 tar en kilde på én linje, &apos;deb URL SUITE COMPONENTS&apos;.</translation>
    </message>
    <message>
        <source>Invalid repository string: %1 (expected &apos;deb [options] URL SUITE [COMPONENT…]&apos;)</source>
        <translation>Ugyldig pakkebrønnstreng: %1 (forventet &apos;deb [options] URL SUITE [COMPONENT…]&apos;)</translation>
    </message>
    <message>
        <source>Could not read the apt sources on %1: %2</source>
        <translation>Kunne ikke lese apt-kildene på %1: %2</translation>
    </message>
    <message>
        <source>The source &apos;%1&apos; was written on %2 but apt-get update failed: %3</source>
        <translation>Kilden &apos;%1&apos; ble skrevet på %2, men apt-get update feilet: %3</translation>
    </message>
    <message>
        <source>Could not write the apt sources on %1: %2</source>
        <translation>Kunne ikke skrive apt-kildene på %1: %2</translation>
    </message>
</context>
<context>
    <name>antler::playbook::AssertModule</name>
    <message>
        <source>The conditional check &apos;%1&apos; failed. The error was: %2</source>
        <translation>Betingelsessjekken &apos;%1&apos; feilet. Feilen var: %2</translation>
    </message>
</context>
<context>
    <name>antler::playbook::AsyncJob</name>
    <message>
        <source>The background job could not be started (exit code %1): %2</source>
        <translation>Bakgrunnsjobben kunne ikke startes (avslutningskode %1): %2</translation>
    </message>
    <message>
        <source>The job %1 could not be read (exit code %2): %3</source>
        <translation>Jobben %1 kunne ikke leses (avslutningskode %2): %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::AsyncStatusModule</name>
    <message>
        <source>“%1” is no job id; give async_status the ansible_job_id registered from a task with async and poll: 0.</source>
        <translation>«%1» er ingen jobb-ID; gi async_status den ansible_job_id som ble registrert fra en oppgave med async og poll: 0.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::BlockInFileModule</name>
    <message>
        <source>blockinfile needs path: the file on the host to edit.</source>
        <translation>blockinfile trenger path: filen på verten som skal redigeres.</translation>
    </message>
    <message>
        <source>blockinfile takes insertafter or insertbefore, not both; remove one of them.</source>
        <translation>blockinfile tar insertafter eller insertbefore, ikke begge; fjern ett av dem.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::CommandModule</name>
    <message>
        <source>no command given</source>
        <translation>ingen kommando oppgitt</translation>
    </message>
    <message>
        <source>only command or argv can be given, not both</source>
        <translation>bare command eller argv kan oppgis, ikke begge</translation>
    </message>
</context>
<context>
    <name>antler::playbook::CopyModule</name>
    <message>
        <source>copy needs dest: the path on the host to write to.</source>
        <translation>copy trenger dest: stien på verten det skal skrives til.</translation>
    </message>
    <message>
        <source>copy takes src or content, not both; remove one of them.</source>
        <translation>copy tar src eller content, ikke begge; fjern ett av dem.</translation>
    </message>
    <message>
        <source>copy needs src (a file next to the playbook) or content (the text to write).</source>
        <translation>copy trenger src (en fil ved siden av playbooken) eller content (teksten som skal skrives).</translation>
    </message>
    <message>
        <source>copy cannot use content with a folder as dest (%1); name the file to write.</source>
        <translation>copy kan ikke bruke content med en mappe som dest (%1); oppgi filen som skal skrives.</translation>
    </message>
    <message>
        <source>Cannot read %1 on the controller; check its permissions.</source>
        <translation>Kan ikke lese %1 på kontrollnoden; kontroller tillatelsene.</translation>
    </message>
    <message>
        <source>The SHA1 checksum of %1 is %2, not the expected %3; check the file or the checksum argument.</source>
        <translation>SHA1-sjekksummen til %1 er %2, ikke forventet %3; kontroller filen eller argumentet checksum.</translation>
    </message>
    <message>
        <source>Cannot copy to %1 on %2: it is a folder; name a file or end dest with &apos;/&apos;.</source>
        <translation>Kan ikke kopiere til %1 på %2: det er en mappe; oppgi en fil eller avslutt dest med &apos;/&apos;.</translation>
    </message>
    <message>
        <source>Destination directory %1 does not exist on %2; create it first (file: state=directory) or end dest with &apos;/&apos;.</source>
        <translation>Målmappen %1 finnes ikke på %2; opprett den først (file: state=directory) eller avslutt dest med &apos;/&apos;.</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>skrive %1</translation>
    </message>
    <message>
        <source>change the attributes of %1</source>
        <translation>endre attributtene til %1</translation>
    </message>
    <message>
        <source>Source %1 not found on %2; check src or drop remote_src to copy from the controller.</source>
        <translation>Finner ikke kilden %1 på %2; kontroller src eller fjern remote_src for å kopiere fra kontrollnoden.</translation>
    </message>
    <message>
        <source>copy %1 to %2</source>
        <translation>kopiere %1 til %2</translation>
    </message>
    <message>
        <source>Cannot copy into %1 on %2: it exists and is not a folder.</source>
        <translation>Kan ikke kopiere inn i %1 på %2: den finnes og er ikke en mappe.</translation>
    </message>
    <message>
        <source>create the folders under %1</source>
        <translation>opprette mappene under %1</translation>
    </message>
</context>
<context>
    <name>antler::playbook::CronModule</name>
    <message>
        <source>The cron task needs a name: it is how the job is found again (the &quot;#Ansible: NAME&quot; line).</source>
        <translation>cron-oppgaven trenger et navn: det er slik jobben blir funnet igjen (linjen &quot;#Ansible: NAME&quot;).</translation>
    </message>
    <message>
        <source>You must specify &apos;job&apos; to install a new cron job or variable</source>
        <translation>Du må angi &apos;job&apos; for å installere en ny cron-jobb eller variabel</translation>
    </message>
    <message>
        <source>The cron job &apos;%1&apos; contains a line break; a crontab entry must be one line.</source>
        <translation>cron-jobben &apos;%1&apos; inneholder et linjeskift; en crontab-oppføring må være én linje.</translation>
    </message>
    <message>
        <source>To use cron_file=... parameter you must specify user=... as well</source>
        <translation>For å bruke parameteren cron_file=... må du også angi user=...</translation>
    </message>
    <message>
        <source>Could not write the crontab%1 on %2: %3</source>
        <translation>Kunne ikke skrive crontab%1 på %2: %3</translation>
    </message>
    <message>
        <source>Could not read the crontab on %1: %2</source>
        <translation>Kunne ikke lese crontab på %1: %2</translation>
    </message>
    <message>
        <source>Could not read the crontab of %1 on %2: %3</source>
        <translation>Kunne ikke lese crontab for %1 på %2: %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::DebugModule</name>
    <message>
        <source>&apos;msg&apos; and &apos;var&apos; are incompatible options</source>
        <translation>&apos;msg&apos; og &apos;var&apos; er valg som ikke kan kombineres</translation>
    </message>
</context>
<context>
    <name>antler::playbook::FetchModule</name>
    <message>
        <source>fetch needs src (the file on the host) and dest (a folder on the controller).</source>
        <translation>fetch trenger src (filen på verten) og dest (en mappe på kontrollnoden).</translation>
    </message>
    <message>
        <source>fetch of %1</source>
        <translation>henting av %1</translation>
    </message>
    <message>
        <source>Cannot read %1 on %2: %3; check the path and the become settings.</source>
        <translation>Kan ikke lese %1 på %2: %3; kontroller stien og become-innstillingene.</translation>
    </message>
    <message>
        <source>Cannot write %1 on the controller: %2.</source>
        <translation>Kan ikke skrive %1 på kontrollnoden: %2.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::FileMode</name>
    <message>
        <source>mode %1 is not a valid mode; only permission bits (at most 07777) are allowed, write it as an octal string like &apos;0644&apos; or symbolically like &apos;u=rw,g=r,o=r&apos;.</source>
        <translation>mode %1 er ikke en gyldig modus; bare tillatelsesbiter (høyst 07777) er tillatt, skriv den som en oktal streng som &apos;0644&apos; eller symbolsk som &apos;u=rw,g=r,o=r&apos;.</translation>
    </message>
    <message>
        <source>mode &apos;%1&apos; is not a valid mode; only permission bits (at most 07777) are allowed.</source>
        <translation>mode &apos;%1&apos; er ikke en gyldig modus; bare tillatelsesbiter (høyst 07777) er tillatt.</translation>
    </message>
    <message>
        <source>mode &apos;%1&apos; is neither octal nor symbolic: bad clause &apos;%2&apos;; write it like &apos;0644&apos; or &apos;u=rw,g=r,o=r&apos;.</source>
        <translation>mode &apos;%1&apos; er verken oktal eller symbolsk: ugyldig ledd &apos;%2&apos;; skriv den som &apos;0644&apos; eller &apos;u=rw,g=r,o=r&apos;.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::FileModule</name>
    <message>
        <source>file needs path: the file or folder on the host.</source>
        <translation>file trenger path: filen eller mappen på verten.</translation>
    </message>
    <message>
        <source>src option requires state to be &apos;link&apos; or &apos;hard&apos; (path %1).</source>
        <translation>valget src krever at state er &apos;link&apos; eller &apos;hard&apos; (sti %1).</translation>
    </message>
    <message>
        <source>recurse option requires state to be &apos;directory&apos; (path %1).</source>
        <translation>valget recurse krever at state er &apos;directory&apos; (sti %1).</translation>
    </message>
    <message>
        <source>file (%1) is %2, cannot continue</source>
        <translation>filen (%1) er %2, kan ikke fortsette</translation>
    </message>
    <message>
        <source>%1 already exists as a %2</source>
        <translation>%1 finnes allerede som %2</translation>
    </message>
    <message>
        <source>src is required for creating new symlinks (path %1).</source>
        <translation>src kreves for å opprette nye symbolske lenker (sti %1).</translation>
    </message>
    <message>
        <source>src file does not exist, use &quot;force=yes&quot; if you really want to create the link: %1</source>
        <translation>src-filen finnes ikke, bruk &quot;force=yes&quot; hvis du virkelig vil opprette lenken: %1</translation>
    </message>
    <message>
        <source>refusing to convert from directory to symlink for %1</source>
        <translation>nekter å gjøre om en mappe til en symbolsk lenke for %1</translation>
    </message>
    <message>
        <source>refusing to convert from %1 to symlink for %2</source>
        <translation>nekter å gjøre om %1 til en symbolsk lenke for %2</translation>
    </message>
    <message>
        <source>src is required for creating new hard links (path %1).</source>
        <translation>src kreves for å opprette nye harde lenker (sti %1).</translation>
    </message>
    <message>
        <source>src does not exist: %1 (for the hard link %2)</source>
        <translation>src finnes ikke: %1 (for den harde lenken %2)</translation>
    </message>
    <message>
        <source>refusing to convert from directory to hard link for %1</source>
        <translation>nekter å gjøre om en mappe til en hard lenke for %1</translation>
    </message>
    <message>
        <source>Cannot link %1: it exists as a %2</source>
        <translation>Kan ikke lenke %1: den finnes som %2</translation>
    </message>
    <message>
        <source>set %1 to state %2</source>
        <translation>sette %1 til tilstanden %2</translation>
    </message>
</context>
<context>
    <name>antler::playbook::FileModuleBase</name>
    <message>
        <source>status of %1</source>
        <translation>status for %1</translation>
    </message>
    <message>
        <source>Cannot read the status of %1 on %2: %3; check the path and the become settings.</source>
        <translation>Kan ikke lese statusen til %1 på %2: %3; kontroller stien og become-innstillingene.</translation>
    </message>
    <message>
        <source>Cannot read the status of files on %1: %2</source>
        <translation>Kan ikke lese filstatus på %1: %2</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>avslutningskode %1</translation>
    </message>
    <message>
        <source>Cannot %1 on %2: %3; check the path, the permissions and the become settings.</source>
        <translation>Kan ikke %1 på %2: %3; kontroller stien, tillatelsene og become-innstillingene.</translation>
    </message>
    <message>
        <source>Cannot %1 on %2: %3</source>
        <translation>Kan ikke %1 på %2: %3</translation>
    </message>
    <message>
        <source>Could not find or access &apos;%1&apos; on the Ansible Controller; give an absolute path or put it next to the playbook.</source>
        <translation>Fant ikke eller fikk ikke tilgang til &apos;%1&apos; på Ansible-kontrollnoden; oppgi en absolutt sti eller legg den ved siden av playbooken.</translation>
    </message>
    <message>
        <source>Could not find or access &apos;%1&apos; on the Ansible Controller; searched: %2. Put the file in one of these places or give an absolute path.</source>
        <translation>Fant ikke eller fikk ikke tilgang til &apos;%1&apos; på Ansible-kontrollnoden; søkte i: %2. Legg filen på ett av disse stedene eller oppgi en absolutt sti.</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>skrive %1</translation>
    </message>
    <message>
        <source>change the attributes of %1</source>
        <translation>endre attributtene til %1</translation>
    </message>
</context>
<context>
    <name>antler::playbook::GetUrlModule</name>
    <message>
        <source>The checksum parameter has to be in format &lt;algorithm&gt;:&lt;checksum&gt;, like sha256:9f86d0…; got &apos;%1&apos;.</source>
        <translation>Parameteren checksum må ha formatet &lt;algorithm&gt;:&lt;checksum&gt;, som sha256:9f86d0…; fikk &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unsupported checksum algorithm &apos;%1&apos;; use one of %2.</source>
        <translation>Sjekksumalgoritmen &apos;%1&apos; støttes ikke; bruk en av %2.</translation>
    </message>
    <message>
        <source>get_url needs url and dest.</source>
        <translation>get_url trenger url og dest.</translation>
    </message>
    <message>
        <source>download of %1</source>
        <translation>nedlasting av %1</translation>
    </message>
    <message>
        <source>Request failed: %1 could not be downloaded by %2: %3</source>
        <translation>Forespørselen feilet: %1 kunne ikke lastes ned av %2: %3</translation>
    </message>
    <message>
        <source>change the attributes of %1</source>
        <translation>endre attributtene til %1</translation>
    </message>
</context>
<context>
    <name>antler::playbook::GroupModule</name>
    <message>
        <source>gid must be a number, got &apos;%1&apos;</source>
        <translation>gid må være et tall, fikk &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing required arguments: name</source>
        <translation>manglende påkrevde argumenter: name</translation>
    </message>
    <message>
        <source>Could not read the group %1 on %2: %3</source>
        <translation>Kunne ikke lese gruppen %1 på %2: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; failed on %2: %3</source>
        <translation>&apos;%1&apos; feilet på %2: %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::HostLimit</name>
    <message>
        <source>cannot read the limit file %1; check the path after --limit @, or give a host pattern.</source>
        <translation>kan ikke lese limit-filen %1; kontroller stien etter --limit @, eller oppgi et vertsmønster.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::HostnameModule</name>
    <message>
        <source>missing required arguments: name</source>
        <translation>manglende påkrevde argumenter: name</translation>
    </message>
    <message>
        <source>Could not read the host name of %1: %2</source>
        <translation>Kunne ikke lese vertsnavnet til %1: %2</translation>
    </message>
    <message>
        <source>Could not set the running host name of %1 to %2: %3. /etc/hostname was written and takes effect at the next boot; in a container the engine sets the host name (podman --hostname).</source>
        <translation>Kunne ikke sette det kjørende vertsnavnet til %1 til %2: %3. /etc/hostname ble skrevet og gjelder fra neste oppstart; i en container setter motoren vertsnavnet (podman --hostname).</translation>
    </message>
    <message>
        <source>Could not set the host name of %1 to %2: %3</source>
        <translation>Kunne ikke sette vertsnavnet til %1 til %2: %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::IncludePlan</name>
    <message>
        <source>the tasks of %1 cannot be included: %2</source>
        <translation>oppgavene i %1 kan ikke inkluderes: %2</translation>
    </message>
</context>
<context>
    <name>antler::playbook::IncludeVarsModule</name>
    <message>
        <source>Cannot read the vars file %1: %2.</source>
        <translation>Kan ikke lese variabelfilen %1: %2.</translation>
    </message>
    <message>
        <source>The vars file %1:%2:%3 is not valid YAML (%4); check the indentation and the quotes there.</source>
        <translation>Variabelfilen %1:%2:%3 er ikke gyldig YAML (%4); kontroller innrykket og anførselstegnene der.</translation>
    </message>
    <message>
        <source>%1 must be stored as a dictionary/hash</source>
        <translation>%1 må være lagret som en ordbok/hash</translation>
    </message>
    <message>
        <source>files_matching “%1” is not a valid regular expression (%2); fix the pattern.</source>
        <translation>files_matching «%1» er ikke et gyldig regulært uttrykk (%2); rett mønsteret.</translation>
    </message>
    <message>
        <source>%1 does not have a valid extension: %2; rename it or set ignore_unknown_extensions.</source>
        <translation>%1 har ingen gyldig filendelse: %2; gi den nytt navn eller sett ignore_unknown_extensions.</translation>
    </message>
    <message>
        <source>You are mixing file only and dir only arguments, these are incompatible</source>
        <translation>Du blander argumenter bare for filer med argumenter bare for kataloger, disse er ikke forenlige</translation>
    </message>
    <message>
        <source>include_vars needs a file or a dir; write “include_vars: FILE” or give file: or dir:.</source>
        <translation>include_vars trenger en fil eller en katalog; skriv «include_vars: FILE» eller oppgi file: eller dir:.</translation>
    </message>
    <message>
        <source>hash_behaviour: merge is not supported; Antler replaces variables, as Ansible does by default.</source>
        <translation>hash_behaviour: merge støttes ikke; Antler erstatter variabler, slik Ansible gjør som standard.</translation>
    </message>
    <message>
        <source>%1 directory does not exist</source>
        <translation>Katalogen %1 finnes ikke</translation>
    </message>
</context>
<context>
    <name>antler::playbook::IniFileModule</name>
    <message>
        <source>parameters are mutually exclusive: value|values</source>
        <translation>parametrene utelukker hverandre: value|values</translation>
    </message>
    <message>
        <source>Parameter &apos;value(s)&apos; must be defined if state=present and allow_no_value=False.</source>
        <translation>Parameteren &apos;value(s)&apos; må være angitt når state=present og allow_no_value=False.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::LineInFileModule</name>
    <message>
        <source>lineinfile needs path: the file on the host to edit.</source>
        <translation>lineinfile trenger path: filen på verten som skal redigeres.</translation>
    </message>
    <message>
        <source>lineinfile takes regexp or search_string, not both; remove one of them.</source>
        <translation>lineinfile tar regexp eller search_string, ikke begge; fjern ett av dem.</translation>
    </message>
    <message>
        <source>lineinfile takes insertafter or insertbefore, not both; remove one of them.</source>
        <translation>lineinfile tar insertafter eller insertbefore, ikke begge; fjern ett av dem.</translation>
    </message>
    <message>
        <source>lineinfile with state=present needs line: the text the file must contain.</source>
        <translation>lineinfile med state=present trenger line: teksten filen må inneholde.</translation>
    </message>
    <message>
        <source>lineinfile: regexp is required with backrefs=true.</source>
        <translation>lineinfile: regexp kreves med backrefs=true.</translation>
    </message>
    <message>
        <source>lineinfile with state=absent needs one of line, regexp or search_string.</source>
        <translation>lineinfile med state=absent trenger en av line, regexp eller search_string.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::Module</name>
    <message>
        <source>the task was cancelled</source>
        <translation>oppgaven ble avbrutt</translation>
    </message>
    <message>
        <source>no connection to %1</source>
        <translation>ingen tilkobling til %1</translation>
    </message>
</context>
<context>
    <name>antler::playbook::MountModule</name>
    <message>
        <source>state is %1 but all of the following are missing: %2</source>
        <translation>state er %1, men alle følgende mangler: %2</translation>
    </message>
    <message>
        <source>Failed to open %1 on %2: %3</source>
        <translation>Kunne ikke åpne %1 på %2: %3</translation>
    </message>
    <message>
        <source>Error mounting %1: %2</source>
        <translation>Feil ved montering av %1: %2</translation>
    </message>
    <message>
        <source>Error unmounting %1: %2</source>
        <translation>Feil ved avmontering av %1: %2</translation>
    </message>
    <message>
        <source>Error rmdir %1: %2</source>
        <translation>Feil ved rmdir %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1 on %2: %3</source>
        <translation>Kunne ikke skrive %1 på %2: %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::PackageFactsModule</name>
    <message>
        <source>package_facts on %1 reads only apt&apos;s packages (manager: auto or apt), not “%2”; ask for manager: apt.</source>
        <translation>package_facts på %1 leser bare apts pakker (manager: auto eller apt), ikke «%2»; be om manager: apt.</translation>
    </message>
    <message>
        <source>Could not detect a supported package manager from the following list: [&apos;apt&apos;], or the required Python library is not installed. Check warnings for details.</source>
        <translation>Kunne ikke finne en støttet pakkebehandler fra følgende liste: [&apos;apt&apos;], eller det nødvendige Python-biblioteket er ikke installert. Se advarslene for detaljer.</translation>
    </message>
    <message>
        <source>dpkg-query failed on %1: %2</source>
        <translation>dpkg-query feilet på %1: %2</translation>
    </message>
</context>
<context>
    <name>antler::playbook::PackageModule</name>
    <message>
        <source>The package manager of %1 is %2; Antler&apos;s package module drives apt only, so use apt hosts or run this play with ansible-playbook.</source>
        <translation>Pakkebehandleren på %1 er %2; Antlers package-modul styrer bare apt, så bruk apt-verter eller kjør dette playet med ansible-playbook.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::PauseModule</name>
    <message>
        <source>parameters are mutually exclusive: minutes|seconds</source>
        <translation>parameterne utelukker hverandre: minutes|seconds</translation>
    </message>
    <message>
        <source>the pause at %1 waits for a key press, which a headless run cannot give; set seconds or minutes.</source>
        <translation>pausen ved %1 venter på et tastetrykk, som en kjøring uten grensesnitt ikke kan gi; sett seconds eller minutes.</translation>
    </message>
    <message>
        <source>non-integer value given for prompt duration:
%1</source>
        <translation>verdi som ikke er et heltall, oppgitt for ventetiden:
%1</translation>
    </message>
    <message>
        <source>the task was cancelled</source>
        <translation>oppgaven ble avbrutt</translation>
    </message>
</context>
<context>
    <name>antler::playbook::PlaybookKeywords</name>
    <message>
        <source>prompting is not supported in a headless run; pass the values with -e</source>
        <translation>spørsmål støttes ikke i en kjøring uten grensesnitt; send verdiene med -e</translation>
    </message>
    <message>
        <source>set ansible_connection in the inventory instead</source>
        <translation>angi ansible_connection i inventaret i stedet</translation>
    </message>
    <message>
        <source>set ansible_user in the inventory instead</source>
        <translation>angi ansible_user i inventaret i stedet</translation>
    </message>
    <message>
        <source>set ansible_port in the inventory instead</source>
        <translation>angi ansible_port i inventaret i stedet</translation>
    </message>
    <message>
        <source>only ansible.builtin modules are available</source>
        <translation>bare ansible.builtin-moduler er tilgjengelige</translation>
    </message>
    <message>
        <source>write the arguments on each task</source>
        <translation>skriv argumentene på hver oppgave</translation>
    </message>
    <message>
        <source>only sudo is supported</source>
        <translation>bare sudo støttes</translation>
    </message>
    <message>
        <source>only plain sudo is supported</source>
        <translation>bare vanlig sudo støttes</translation>
    </message>
    <message>
        <source>hosts run in inventory order</source>
        <translation>verter kjøres i inventarets rekkefølge</translation>
    </message>
    <message>
        <source>use --forks instead</source>
        <translation>bruk --forks i stedet</translation>
    </message>
    <message>
        <source>task timeouts are not supported</source>
        <translation>tidsavbrudd for oppgaver støttes ikke</translation>
    </message>
    <message>
        <source>it is not supported</source>
        <translation>det støttes ikke</translation>
    </message>
    <message>
        <source>facts are gathered as one set</source>
        <translation>facts samles inn som ett sett</translation>
    </message>
    <message>
        <source>facts are gathered without a timeout</source>
        <translation>facts samles inn uten tidsavbrudd</translation>
    </message>
    <message>
        <source>local facts are not supported</source>
        <translation>lokale facts støttes ikke</translation>
    </message>
    <message>
        <source>the task debugger is not supported</source>
        <translation>oppgavefeilsøkeren støttes ikke</translation>
    </message>
    <message>
        <source>write it on the tasks instead</source>
        <translation>skriv det på oppgavene i stedet</translation>
    </message>
    <message>
        <source>write the module as usual and add “delegate_to: localhost”</source>
        <translation>skriv modulen som vanlig og legg til «delegate_to: localhost»</translation>
    </message>
    <message>
        <source>write the module name as the key, such as “command: uptime”</source>
        <translation>skriv modulnavnet som nøkkel, for eksempel «command: uptime»</translation>
    </message>
    <message>
        <source>facts always belong to the host the task runs for</source>
        <translation>facts hører alltid til verten oppgaven kjører for</translation>
    </message>
    <message>
        <source>it was removed from Ansible; use include_tasks or import_tasks</source>
        <translation>det er fjernet fra Ansible; bruk include_tasks eller import_tasks</translation>
    </message>
    <message>
        <source>import_playbook is only allowed at the top level of a playbook</source>
        <translation>import_playbook er bare tillatt på øverste nivå i en playbook</translation>
    </message>
    <message>
        <source>a failure percentage is not supported; a batch whose hosts all fail ends the run</source>
        <translation>en feilprosent støttes ikke; en pulje der alle vertene feiler, avslutter kjøringen</translation>
    </message>
</context>
<context>
    <name>antler::playbook::PlaybookParser</name>
    <message>
        <source>cannot read the playbook (%1); check the path and its permissions.</source>
        <translation>kan ikke lese playbooken (%1); kontroller stien og tillatelsene.</translation>
    </message>
    <message>
        <source>an unclosed %1 quote</source>
        <translation>et ulukket %1-anførselstegn</translation>
    </message>
    <message>
        <source>an unclosed {{ template</source>
        <translation>en ulukket {{-mal</translation>
    </message>
    <message>
        <source>the task notifies “%1”, but the play has no handler of that name or listen topic; add the handler or fix the name.</source>
        <translation>oppgaven varsler «%1», men playet har ingen handler med det navnet eller listen-emnet; legg til handleren eller rett navnet.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>et heltall</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>et tall</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en liste</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>en tilordning</translation>
    </message>
    <message>
        <source>a path</source>
        <translation>en sti</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>en verdi</translation>
    </message>
    <message>
        <source>the module “%1” has no argument “%2”; use one of: %3.</source>
        <translation>modulen «%1» har ikke noe argument «%2»; bruk ett av: %3.</translation>
    </message>
    <message>
        <source>the module “%1” has no argument “%2”; did you mean “%3”? Valid are: %4.</source>
        <translation>modulen «%1» har ikke noe argument «%2»; mente du «%3»? Gyldige er: %4.</translation>
    </message>
    <message>
        <source>the argument “%1” of “%2” is given twice (maybe through an alias); keep only one.</source>
        <translation>argumentet «%1» til «%2» er oppgitt to ganger (kanskje via et alias); behold bare ett.</translation>
    </message>
    <message>
        <source>“argv” must be a non-empty list of words; write each word as an entry starting with “- ”.</source>
        <translation>«argv» må være en ikke-tom liste med ord; skriv hvert ord som en oppføring som starter med «- ».</translation>
    </message>
    <message>
        <source>the argument “%1” of “%2” must be %3; write it as %3 or as a template.</source>
        <translation>argumentet «%1» til «%2» må være %3; skriv det som %3 eller som en mal.</translation>
    </message>
    <message>
        <source>“%1” is not a valid value for “%2”; use one of: %3.</source>
        <translation>«%1» er ikke en gyldig verdi for «%2»; bruk en av: %3.</translation>
    </message>
    <message>
        <source>“%1” is not a valid value for “%2” of “%3”; use one of: %4.</source>
        <translation>«%1» er ikke en gyldig verdi for «%2» i «%3»; bruk en av: %4.</translation>
    </message>
    <message>
        <source>the arguments of “%1” cannot be read (%2); write them as a mapping on the next lines, indented.</source>
        <translation>argumentene til «%1» kan ikke leses (%2); skriv dem som en tilordning på de neste linjene, rykket inn.</translation>
    </message>
    <message>
        <source>“%1” takes key=value words on its line, and “%2” is not one; write the arguments as a mapping on the next lines, indented.</source>
        <translation>«%1» tar key=value-ord på sin linje, og «%2» er ikke det; skriv argumentene som en tilordning på de neste linjene, rykket inn.</translation>
    </message>
    <message>
        <source>“%1” takes no arguments by name; write the command as text on the same line, such as “raw: uptime”.</source>
        <translation>«%1» tar ikke navngitte argumenter; skriv kommandoen som tekst på samme linje, for eksempel «raw: uptime».</translation>
    </message>
    <message>
        <source>the arguments of “%1” must be text or a mapping, not a list; write them as “name: value” lines below it.</source>
        <translation>argumentene til «%1» må være tekst eller en tilordning, ikke en liste; skriv dem som «name: value»-linjer under.</translation>
    </message>
    <message>
        <source>“args” must be a mapping of argument names to values; write one “name: value” per line below it.</source>
        <translation>«args» må være en tilordning fra argumentnavn til verdier; skriv én «name: value» per linje under det.</translation>
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
    <message>
        <source>“argv” of “%1” is empty; write each word as an entry starting with “- ”.</source>
        <translation>«argv» i «%1» er tom; skriv hvert ord som en oppføring som starter med «- ».</translation>
    </message>
    <message>
        <source>its value</source>
        <translation>verdien</translation>
    </message>
    <message>
        <source>“%1” needs the argument “%2”; add it.</source>
        <translation>«%1» trenger argumentet «%2»; legg det til.</translation>
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
        <source>“%1” is not supported beside import_playbook; only “name” is, so move it into the imported plays.</source>
        <translation>«%1» støttes ikke ved siden av import_playbook; bare «name» gjør det, så flytt det inn i de importerte playene.</translation>
    </message>
    <message>
        <source>the file name of import_playbook is a template, which is read before any variable exists; write the file name as plain text.</source>
        <translation>filnavnet til import_playbook er en mal, som leses før noen variabel finnes; skriv filnavnet som ren tekst.</translation>
    </message>
    <message>
        <source>imported playbook</source>
        <translation>den importerte playbooken</translation>
    </message>
    <message>
        <source>a play must be a mapping of keywords; write it as “- hosts: all” followed by its name and tasks.</source>
        <translation>et play må være en tilordning av nøkkelord; skriv det som «- hosts: all» fulgt av navnet og oppgavene.</translation>
    </message>
    <message>
        <source>“%1” is not a play keyword; write it on the tasks, or on a block around them.</source>
        <translation>«%1» er ikke et play-nøkkelord; skriv det på oppgavene, eller på en blokk rundt dem.</translation>
    </message>
    <message>
        <source>the play keyword “%1” is not supported by Antler (%2); remove it, or run this playbook with ansible-playbook.</source>
        <translation>play-nøkkelordet «%1» støttes ikke av Antler (%2); fjern det, eller kjør denne playbooken med ansible-playbook.</translation>
    </message>
    <message>
        <source>import_playbook must be an entry of its own in the list of plays; write “- import_playbook: FILE” at the top level.</source>
        <translation>import_playbook må være en egen oppføring i listen over play; skriv «- import_playbook: FILE» på øverste nivå.</translation>
    </message>
    <message>
        <source>“%1” is a module, not a play keyword, so this looks like a list of tasks; put the tasks under “tasks:” of a play with “hosts:”, or import this file with import_tasks.</source>
        <translation>«%1» er en modul, ikke et play-nøkkelord, så dette ser ut som en liste med oppgaver; legg oppgavene under «tasks:» i et play med «hosts:», eller importer filen med import_tasks.</translation>
    </message>
    <message>
        <source>“%1” is not a play keyword; use one of: %2.</source>
        <translation>«%1» er ikke et play-nøkkelord; bruk ett av: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a play keyword; check its spelling (did you mean “%2”?).</source>
        <translation>«%1» er ikke et play-nøkkelord; kontroller stavemåten (mente du «%2»?).</translation>
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
        <source>“hosts” is a template, which this version does not resolve; write the pattern itself, such as all, and narrow it with --limit.</source>
        <translation>«hosts» er en mal, som denne versjonen ikke løser opp; skriv selve mønsteret, for eksempel all, og snevre det inn med --limit.</translation>
    </message>
    <message>
        <source>“vars_files” must be a list of file names; write one per line starting with “- ”.</source>
        <translation>«vars_files» må være en liste med filnavn; skriv ett per linje, med «- » først.</translation>
    </message>
    <message>
        <source>each entry of “vars_files” must be one file name; lists of alternatives are not supported, so name the file to load.</source>
        <translation>hver oppføring i «vars_files» må være ett filnavn; lister med alternativer støttes ikke, så oppgi filen som skal lastes.</translation>
    </message>
    <message>
        <source>the vars_files name “%1” is a template, which this version does not resolve; write the file name as plain text.</source>
        <translation>vars_files-navnet «%1» er en mal, som denne versjonen ikke løser opp; skriv filnavnet som ren tekst.</translation>
    </message>
    <message>
        <source>vars file</source>
        <translation>variabelfilen</translation>
    </message>
    <message>
        <source>a vars file must be a mapping of variable names to values; write one “name: value” per line.</source>
        <translation>en variabelfil må være en tilordning fra variabelnavn til verdier; skriv én «name: value» per linje.</translation>
    </message>
    <message>
        <source>the role “%1” has no %2 file “%3” (looked for %4); create it or fix “%2_from”.</source>
        <translation>rollen «%1» har ingen %2-fil «%3» (så etter %4); opprett den eller rett «%2_from».</translation>
    </message>
    <message>
        <source>role variables file</source>
        <translation>rollevariabelfilen</translation>
    </message>
    <message>
        <source>a role&apos;s defaults and vars must be a mapping of variable names to values; write one “name: value” per line.</source>
        <translation>defaults og vars for en rolle må være en tilordning fra variabelnavn til verdier; skriv én «name: value» per linje.</translation>
    </message>
    <message>
        <source>this role entry names its role twice; keep only “role:”.</source>
        <translation>denne rolleoppføringen navngir rollen sin to ganger; behold bare «role:».</translation>
    </message>
    <message>
        <source>“%1” is not supported on a role; write it on the role&apos;s tasks instead.</source>
        <translation>«%1» støttes ikke på en rolle; skriv det på rollens oppgaver i stedet.</translation>
    </message>
    <message>
        <source>“%1” is neither a role keyword nor a valid parameter name; use letters, digits and underscores.</source>
        <translation>«%1» er verken et rollenøkkelord eller et gyldig parameternavn; bruk bokstaver, sifre og understreker.</translation>
    </message>
    <message>
        <source>each entry of “%1” must be a role name or a mapping with “role:”; write “- NAME” or “- role: NAME”.</source>
        <translation>hver oppføring i «%1» må være et rollenavn eller en tilordning med «role:»; skriv «- NAME» eller «- role: NAME».</translation>
    </message>
    <message>
        <source>this role entry has no role name; add “role: NAME”.</source>
        <translation>denne rolleoppføringen mangler rollenavn; legg til «role: NAME».</translation>
    </message>
    <message>
        <source>the role name “%1” is a template, which is read before any variable exists; write the role name as plain text.</source>
        <translation>rollenavnet «%1» er en mal, som leses før noen variabel finnes; skriv rollenavnet som ren tekst.</translation>
    </message>
    <message>
        <source>the role “%1” was not found (looked in %2); create roles/%1/tasks/main.yml beside the playbook or fix the name.</source>
        <translation>fant ikke rollen «%1» (så i %2); opprett roles/%1/tasks/main.yml ved siden av playbooken eller rett navnet.</translation>
    </message>
    <message>
        <source>the role “%1” depends on itself through %2; remove the dependency or import_role that closes the loop.</source>
        <translation>rollen «%1» avhenger av seg selv via %2; fjern avhengigheten eller import_role-en som lukker løkken.</translation>
    </message>
    <message>
        <source>role meta file</source>
        <translation>metafilen til rollen</translation>
    </message>
    <message>
        <source>a role&apos;s meta/main.yml must be a mapping; write “dependencies:” and “allow_duplicates:” at the top level.</source>
        <translation>meta/main.yml i en rolle må være en tilordning; skriv «dependencies:» og «allow_duplicates:» på øverste nivå.</translation>
    </message>
    <message>
        <source>“dependencies” must be a list of roles; write one per line starting with “- ”, as under a play&apos;s “roles:”.</source>
        <translation>«dependencies» må være en liste med roller; skriv én per linje som begynner med «- », som under «roles:» i et play.</translation>
    </message>
    <message>
        <source>“roles” must be a list of role names; write one per line starting with “- ”.</source>
        <translation>«roles» må være en liste med rollenavn; skriv ett per linje, med «- » først.</translation>
    </message>
    <message>
        <source>“%1” takes key=value words on its line, and “%2” is not one; write “%1:” with “name: ROLE” on the next line, indented.</source>
        <translation>«%1» tar key=value-ord på sin linje, og «%2» er ikke et slikt; skriv «%1:» med «name: ROLE» på neste linje, med innrykk.</translation>
    </message>
    <message>
        <source>the arguments of “%1” must be a mapping, not a list; write “name: ROLE” on the next line, indented.</source>
        <translation>argumentene til «%1» må være en tilordning, ikke en liste; skriv «name: ROLE» på neste linje, med innrykk.</translation>
    </message>
    <message>
        <source>“args” must be a mapping of argument names to values.</source>
        <translation>«args» må være en tilordning fra argumentnavn til verdier.</translation>
    </message>
    <message>
        <source>“%1” of “%2” must be a name; write it on the same line.</source>
        <translation>«%1» i «%2» må være et navn; skriv det på samme linje.</translation>
    </message>
    <message>
        <source>“%1” names its role twice; keep only “name”.</source>
        <translation>«%1» angir rollen sin to ganger; behold bare «name».</translation>
    </message>
    <message>
        <source>the role name of include_role is a template, which this version does not resolve; write the role name as plain text, with one include_role and a “when:” for each role it may be.</source>
        <translation>rollenavnet til include_role er en mal, som denne versjonen ikke løser opp; skriv rollenavnet som ren tekst, med én include_role og en «when:» for hver rolle det kan være.</translation>
    </message>
    <message>
        <source>the role name of import_role is a template, which is read before any variable exists; write the role name as plain text.</source>
        <translation>rollenavnet til import_role er en mal, som leses før noen variabel finnes; skriv rollenavnet som ren tekst.</translation>
    </message>
    <message>
        <source>“%1” is a template, which this version does not resolve for “%2”; write the file name as plain text.</source>
        <translation>«%1» er en mal, som denne versjonen ikke løser opp for «%2»; skriv filnavnet som ren tekst.</translation>
    </message>
    <message>
        <source>“%1” of “%2” must be true or false; write one of them.</source>
        <translation>«%1» i «%2» må være true eller false; skriv én av dem.</translation>
    </message>
    <message>
        <source>“public” belongs to include_role; import_role always makes the role&apos;s variables visible to the play, so remove it.</source>
        <translation>«public» hører til include_role; import_role gjør alltid rollens variabler synlige for playet, så fjern det.</translation>
    </message>
    <message>
        <source>“apply” of include_role is not supported; write the keywords on the role&apos;s tasks, or use import_role, which passes its keywords down.</source>
        <translation>«apply» for include_role støttes ikke; skriv nøkkelordene på rollens oppgaver, eller bruk import_role, som sender nøkkelordene sine videre.</translation>
    </message>
    <message>
        <source>“apply” belongs to include_role; write the keywords on the import_role task itself, which passes them down.</source>
        <translation>«apply» hører til include_role; skriv nøkkelordene på selve import_role-oppgaven, som sender dem videre.</translation>
    </message>
    <message>
        <source>“%1” has no argument “%2”; use one of: %3.</source>
        <translation>«%1» har ikke noe argument «%2»; bruk ett av: %3.</translation>
    </message>
    <message>
        <source>“%1” has no argument “%2”; did you mean “%3”? Valid are: %4.</source>
        <translation>«%1» har ikke noe argument «%2»; mente du «%3»? Gyldige er: %4.</translation>
    </message>
    <message>
        <source>“%1” needs the argument “name” with the role to use; add “name: ROLE” below it.</source>
        <translation>«%1» trenger argumentet «name» med rollen som skal brukes; legg til «name: ROLE» under.</translation>
    </message>
    <message>
        <source>import_role is not supported among handlers; list the role under the play&apos;s “roles:”, which adds its handlers.</source>
        <translation>import_role støttes ikke blant handlere; list opp rollen under playets «roles:», som legger til handlerne dens.</translation>
    </message>
    <message>
        <source>“%1” cannot be used on import_role, which only inlines the role&apos;s tasks; write it on the role&apos;s tasks instead.</source>
        <translation>«%1» kan ikke brukes på import_role, som bare setter inn rollens oppgaver; skriv det på rollens oppgaver i stedet.</translation>
    </message>
    <message>
        <source>include_role is not supported among handlers; list the role under the play&apos;s “roles:”, which adds its handlers.</source>
        <translation>include_role støttes ikke blant handlere; list opp rollen under playets «roles:», som legger til handlerne dens.</translation>
    </message>
    <message>
        <source>a loop on include_role is not supported in this version; write one include_role per item with its vars, or loop inside the role&apos;s tasks.</source>
        <translation>en løkke på include_role støttes ikke i denne versjonen; skriv én include_role per element med sine vars, eller bruk løkken i rollens oppgaver.</translation>
    </message>
    <message>
        <source>“%1” cannot be used on include_role; write it on the role&apos;s tasks instead.</source>
        <translation>«%1» kan ikke brukes på include_role; skriv det på rollens oppgaver i stedet.</translation>
    </message>
    <message>
        <source>task file</source>
        <translation>oppgavefilen</translation>
    </message>
    <message>
        <source>a task file must be a list of tasks; start each task with “- name:”.</source>
        <translation>en oppgavefil må være en liste med oppgaver; start hver oppgave med «- name:».</translation>
    </message>
    <message>
        <source>“%1” must be a list; start each task with “- name:”.</source>
        <translation>«%1» må være en liste; start hver oppgave med «- name:».</translation>
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
        <source>“listen” belongs to handlers only; move this task under “handlers:” or remove “listen”.</source>
        <translation>«listen» hører bare til handlere; flytt denne oppgaven under «handlers:» eller fjern «listen».</translation>
    </message>
    <message>
        <source>this task already has a loop; keep only one of “loop” and “with_items”.</source>
        <translation>denne oppgaven har allerede en løkke; behold bare én av «loop» og «with_items».</translation>
    </message>
    <message>
        <source>the task keyword “%1” is not supported by Antler (%2); remove it, or run this playbook with ansible-playbook.</source>
        <translation>oppgavenøkkelordet «%1» støttes ikke av Antler (%2); fjern det, eller kjør denne playbooken med ansible-playbook.</translation>
    </message>
    <message>
        <source>this task already runs “%1”; a task runs exactly one module, so move “%2” into a task of its own.</source>
        <translation>denne oppgaven kjører allerede «%1»; en oppgave kjører nøyaktig én modul, så flytt «%2» til en egen oppgave.</translation>
    </message>
    <message>
        <source>the module “%1” is not supported by this version of Antler; use one of %2, or run this playbook with ansible-playbook.</source>
        <translation>modulen «%1» støttes ikke av denne versjonen av Antler; bruk en av %2, eller kjør denne playbooken med ansible-playbook.</translation>
    </message>
    <message>
        <source>“%1” is neither a task keyword nor a module; check its spelling, or use one of the modules %2.</source>
        <translation>«%1» er verken et oppgavenøkkelord eller en modul; kontroller stavemåten, eller bruk en av modulene %2.</translation>
    </message>
    <message>
        <source>“%1” is neither a task keyword nor a module; check its spelling (did you mean “%2”?).</source>
        <translation>«%1» er verken et oppgavenøkkelord eller en modul; kontroller stavemåten (mente du «%2»?).</translation>
    </message>
    <message>
        <source>a block cannot also run “%1”; move the module into a task inside the block.</source>
        <translation>en blokk kan ikke også kjøre «%1»; flytt modulen til en oppgave inne i blokken.</translation>
    </message>
    <message>
        <source>“%1” cannot be used on a block; write it on the tasks inside the block.</source>
        <translation>«%1» kan ikke brukes på en blokk; skriv det på oppgavene inne i blokken.</translation>
    </message>
    <message>
        <source>“args” cannot be used on a block; write it on a task inside.</source>
        <translation>«args» kan ikke brukes på en blokk; skriv det på en oppgave inne i den.</translation>
    </message>
    <message>
        <source>blocks are not supported among handlers; write each handler as a task of its own.</source>
        <translation>blokker støttes ikke blant handlere; skriv hver handler som en egen oppgave.</translation>
    </message>
    <message>
        <source>“rescue” and “always” need a “block” beside them; add “block:” with the tasks to run first.</source>
        <translation>«rescue» og «always» trenger en «block» ved siden av seg; legg til «block:» med oppgavene som skal kjøres først.</translation>
    </message>
    <message>
        <source>this task runs no module; add one such as “command: …” or “debug: msg=…”.</source>
        <translation>denne oppgaven kjører ingen modul; legg til en, for eksempel «command: …» eller «debug: msg=…».</translation>
    </message>
    <message>
        <source>“loop” needs a list or a template that gives one, not the text “%1”; write “loop: &quot;{{ %1 }}&quot;” for a variable or a list below it.</source>
        <translation>«loop» trenger en liste eller en mal som gir en, ikke teksten «%1»; skriv «loop: &quot;{{ %1 }}&quot;» for en variabel, eller en liste under.</translation>
    </message>
    <message>
        <source>“%1” needs a list or a template that gives one, not %2; write the items one per line starting with “- ”.</source>
        <translation>«%1» trenger en liste eller en mal som gir en, men fikk %2; skriv elementene ett per linje, med «- » først.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <source>“loop_control” needs a loop on the same task; add “loop:” or remove “loop_control”.</source>
        <translation>«loop_control» trenger en løkke på samme oppgave; legg til «loop:» eller fjern «loop_control».</translation>
    </message>
    <message>
        <source>“loop_control” must be a mapping; write “loop_var:”, “label:” or “index_var:” below it.</source>
        <translation>«loop_control» må være en tilordning; skriv «loop_var:», «label:» eller «index_var:» under det.</translation>
    </message>
    <message>
        <source>“%1” is not a valid variable name for “%2”; use letters, digits and underscores.</source>
        <translation>«%1» er ikke et gyldig variabelnavn for «%2»; bruk bokstaver, sifre og understreker.</translation>
    </message>
    <message>
        <source>loop_control “%1” is not supported; remove it (loop_var, label and index_var are).</source>
        <translation>loop_control «%1» støttes ikke; fjern det (loop_var, label og index_var støttes).</translation>
    </message>
    <message>
        <source>“%1” is not a loop_control keyword; use loop_var, label or index_var.</source>
        <translation>«%1» er ikke et loop_control-nøkkelord; bruk loop_var, label eller index_var.</translation>
    </message>
    <message>
        <source>“apply” is not supported; put the keywords on the tasks of the included file, or use import_tasks.</source>
        <translation>«apply» støttes ikke; sett nøkkelordene på oppgavene i den inkluderte filen, eller bruk import_tasks.</translation>
    </message>
    <message>
        <source>“%1” has no argument “%2”; use “file”.</source>
        <translation>«%1» har ikke noe argument «%2»; bruk «file».</translation>
    </message>
    <message>
        <source>“%1” takes a file name; write “%1: FILE.yml”.</source>
        <translation>«%1» tar et filnavn; skriv «%1: FILE.yml».</translation>
    </message>
    <message>
        <source>“%1” names no file; write “%1: FILE.yml”.</source>
        <translation>«%1» oppgir ingen fil; skriv «%1: FILE.yml».</translation>
    </message>
    <message>
        <source>“%1” cannot be used on import_tasks, which only inlines a file; use include_tasks, or write it on the imported tasks.</source>
        <translation>«%1» kan ikke brukes på import_tasks, som bare setter inn en fil; bruk include_tasks, eller skriv det på de importerte oppgavene.</translation>
    </message>
    <message>
        <source>the file name of import_tasks is a template, which is read before any variable exists; write the name as plain text, or use include_tasks.</source>
        <translation>filnavnet til import_tasks er en mal, som leses før noen variabel finnes; skriv navnet som ren tekst, eller bruk include_tasks.</translation>
    </message>
    <message>
        <source>include_tasks is not supported among handlers; write each handler as a task of its own.</source>
        <translation>include_tasks støttes ikke blant handlere; skriv hver handler som en egen oppgave.</translation>
    </message>
    <message>
        <source>this is not valid YAML (%1); check the indentation and the quotes around this position.</source>
        <translation>dette er ikke gyldig YAML (%1); kontroller innrykket og anførselstegnene rundt dette stedet.</translation>
    </message>
    <message>
        <source>this line is indented with a tab, which YAML does not allow; indent with spaces only.</source>
        <translation>denne linjen er rykket inn med tabulator, noe YAML ikke tillater; rykk inn bare med mellomrom.</translation>
    </message>
    <message>
        <source>“%1” includes itself (through %2); remove the loop.</source>
        <translation>«%1» inkluderer seg selv (via %2); fjern løkken.</translation>
    </message>
    <message>
        <source>cannot read the %1 %2 (%3); check the name and that the file exists.</source>
        <translation>kan ikke lese %1 %2 (%3); kontroller navnet og at filen finnes.</translation>
    </message>
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
        <source>“%1” takes a literal number in this version, not a template; write a whole number.</source>
        <translation>«%1» tar et bokstavelig tall i denne versjonen, ikke en mal; skriv et heltall.</translation>
    </message>
    <message>
        <source>“%1” must be a whole number, not “%2”; write for example 3.</source>
        <translation>«%1» må være et heltall, ikke «%2»; skriv for eksempel 3.</translation>
    </message>
    <message>
        <source>each entry of “%1” must be a single word or name, not a list or a mapping; write one per line.</source>
        <translation>hver oppføring i «%1» må være ett ord eller navn, ikke en liste eller tilordning; skriv én per linje.</translation>
    </message>
    <message>
        <source>“%1” must be a name or a list of names, not a mapping; write one per line starting with “- ”.</source>
        <translation>«%1» må være et navn eller en liste med navn, ikke en tilordning; skriv ett per linje, med «- » først.</translation>
    </message>
    <message>
        <source>each condition of “%1” must be an expression such as “result.rc == 0”, not a list or a mapping; write one per line.</source>
        <translation>hver betingelse i «%1» må være et uttrykk som «result.rc == 0», ikke en liste eller tilordning; skriv én per linje.</translation>
    </message>
    <message>
        <source>the condition of “%1” is empty; write an expression such as “result.rc == 0”.</source>
        <translation>betingelsen i «%1» er tom; skriv et uttrykk som «result.rc == 0».</translation>
    </message>
    <message>
        <source>“%1” has no condition; write an expression after the colon.</source>
        <translation>«%1» har ingen betingelse; skriv et uttrykk etter kolonet.</translation>
    </message>
    <message>
        <source>“%1” must be an expression or a list of expressions, not a mapping; write it as “%1: name == &apos;value&apos;” (quote it if it contains a colon).</source>
        <translation>«%1» må være et uttrykk eller en liste med uttrykk, ikke en tilordning; skriv det som «%1: name == &apos;value&apos;» (med anførselstegn hvis det inneholder et kolon).</translation>
    </message>
    <message>
        <source>“%1” must be a mapping of names to values; write one “name: value” per line below it.</source>
        <translation>«%1» må være en tilordning fra navn til verdier; skriv én «name: value» per linje under det.</translation>
    </message>
    <message>
        <source>“%1” is not a valid variable name; use letters, digits and underscores, not starting with a digit.</source>
        <translation>«%1» er ikke et gyldig variabelnavn; bruk bokstaver, sifre og understreker, og ikke start med et siffer.</translation>
    </message>
    <message>
        <source>this task already has a loop; keep only one of “loop” and “%1”.</source>
        <translation>denne oppgaven har allerede en løkke; behold bare én av «loop» og «%1».</translation>
    </message>
    <message>
        <source>the loop “%1” is not supported; “loop”, “with_items”, “with_list”, “with_dict”, “with_subelements”, “with_nested”, “with_together”, “with_sequence”, “with_first_found”, “with_fileglob”, “with_pipe” and “with_template” are, so write “loop:” with a list or a template.</source>
        <translation>løkken «%1» støttes ikke; «loop», «with_items», «with_list», «with_dict», «with_subelements», «with_nested», «with_together», «with_sequence», «with_first_found», «with_fileglob», «with_pipe» og «with_template» støttes, så skriv «loop:» med en liste eller en mal.</translation>
    </message>
    <message>
        <source>“%1” needs terms to loop over; write them after the colon.</source>
        <translation>«%1» trenger termer å gå gjennom; skriv dem etter kolonet.</translation>
    </message>
    <message>
        <source>“%1” must be true or false; write one of them, or a template.</source>
        <translation>«%1» må være true eller false; skriv en av dem, eller en mal.</translation>
    </message>
    <message>
        <source>the strategy “%1” is not supported; Antler runs plays with the linear or the free strategy, so remove “strategy” or write one of them.</source>
        <translation>strategien «%1» støttes ikke; Antler kjører plays med strategien linear eller free, så fjern «strategy» eller skriv én av dem.</translation>
    </message>
    <message>
        <source>“serial” takes a number of hosts, a percentage such as 30%, or a list of them, not “%1”; write for example serial: 2.</source>
        <translation>«serial» tar et antall verter, en prosentandel som 30%, eller en liste av dem, ikke «%1»; skriv for eksempel serial: 2.</translation>
    </message>
    <message>
        <source>“serial” is an empty list; write a number of hosts, such as 2.</source>
        <translation>«serial» er en tom liste; skriv et antall verter, for eksempel 2.</translation>
    </message>
    <message>
        <source>“poll: 0” leaves only command and shell tasks running in the background in this version, not “%1”; give the task a poll interval such as “poll: 5”, or run this playbook with ansible-playbook.</source>
        <translation>«poll: 0» lar bare command- og shell-oppgaver kjøre i bakgrunnen i denne versjonen, ikke «%1»; gi oppgaven et avspørringsintervall som «poll: 5», eller kjør denne playbooken med ansible-playbook.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::PythonRegex</name>
    <message>
        <source>%1 is not a valid regular expression: %2 at offset %3 of &apos;%4&apos;.</source>
        <translation>%1 er ikke et gyldig regulært uttrykk: %2 ved posisjon %3 i &apos;%4&apos;.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::RebootModule</name>
    <message>
        <source>the task was cancelled</source>
        <translation>oppgaven ble avbrutt</translation>
    </message>
    <message>
        <source>no connection to %1</source>
        <translation>ingen tilkobling til %1</translation>
    </message>
    <message>
        <source>Could not read the boot id of %1 before the reboot (&apos;%2&apos;): %3</source>
        <translation>Kunne ikke lese oppstarts-ID-en til %1 før omstarten (&apos;%2&apos;): %3</translation>
    </message>
    <message>
        <source>Reboot command failed on %1 (exit code %2): %3; set reboot_command if the host reboots another way.</source>
        <translation>Omstartskommandoen feilet på %1 (avslutningskode %2): %3; sett reboot_command hvis verten starter på nytt på en annen måte.</translation>
    </message>
    <message>
        <source>Could not start the reboot of %1: %2</source>
        <translation>Kunne ikke starte omstarten av %1: %2</translation>
    </message>
    <message>
        <source>Timed out waiting for last boot time check (timeout=%1): %2 did not come back with a new boot id.</source>
        <translation>Tidsavbrudd under venting på sjekken av siste oppstartstid (timeout=%1): %2 kom ikke tilbake med en ny oppstarts-ID.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::RemoteFileScript</name>
    <message>
        <source>unexpected answer &apos;%1&apos; from stat for %2; the host needs GNU coreutils.</source>
        <translation>uventet svar &apos;%1&apos; fra stat for %2; verten trenger GNU coreutils.</translation>
    </message>
    <message>
        <source>unexpected answer &apos;%1&apos; for the digest of %2.</source>
        <translation>uventet svar &apos;%1&apos; for sjekksummen til %2.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::ReplaceModule</name>
    <message>
        <source>replace needs path: the file on the host to edit.</source>
        <translation>replace trenger path: filen på verten som skal redigeres.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::Runner</name>
    <message>
        <source>the task at %1 notifies “%2”, but no handler has that name or listens to it; check the name under handlers:.</source>
        <translation>oppgaven ved %1 varsler «%2», men ingen handler har det navnet eller lytter på det; kontroller navnet under handlers:.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::ScriptModule</name>
    <message>
        <source>script needs the path of a local script (script: files/setup.sh --flag).</source>
        <translation>script trenger stien til et lokalt skript (script: files/setup.sh --flag).</translation>
    </message>
    <message>
        <source>script %1</source>
        <translation>skript %1</translation>
    </message>
</context>
<context>
    <name>antler::playbook::ServiceModule</name>
    <message>
        <source>missing required arguments: name</source>
        <translation>manglende påkrevde argumenter: name</translation>
    </message>
    <message>
        <source>Neither state nor enabled is set for the service %1; say what it should be.</source>
        <translation>Verken state eller enabled er satt for tjenesten %1; si hva den skal være.</translation>
    </message>
    <message>
        <source>Could not read the state of the service %1 on %2: %3</source>
        <translation>Kunne ikke lese tilstanden til tjenesten %1 på %2: %3</translation>
    </message>
    <message>
        <source>Could not find the requested service %1 on %2: systemd is not running there (a container?) and there is no init script /etc/init.d/%1.</source>
        <translation>Fant ikke den forespurte tjenesten %1 på %2: systemd kjører ikke der (en container?), og det finnes ikke noe init-skript /etc/init.d/%1.</translation>
    </message>
    <message>
        <source>Could not find the requested service %1 on %2: host</source>
        <translation>Fant ikke den forespurte tjenesten %1 på %2: host</translation>
    </message>
    <message>
        <source>systemd is not running on %1 (a container?): %2 was managed through its init script /etc/init.d/%2 instead.</source>
        <translation>systemd kjører ikke på %1 (en container?): %2 ble i stedet styrt gjennom init-skriptet /etc/init.d/%2.</translation>
    </message>
    <message>
        <source>Could not change the service %1 on %2 (exit code %3): %4</source>
        <translation>Kunne ikke endre tjenesten %1 på %2 (avslutningskode %3): %4</translation>
    </message>
</context>
<context>
    <name>antler::playbook::SetFactModule</name>
    <message>
        <source>No key/value pairs provided, at least one is required for this action to succeed</source>
        <translation>Ingen nøkkel/verdi-par oppgitt; minst ett kreves for at denne handlingen skal lykkes</translation>
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
    <name>antler::playbook::SlurpModule</name>
    <message>
        <source>slurp needs src: the file on the host to read.</source>
        <translation>slurp trenger src: filen på verten som skal leses.</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>lese %1</translation>
    </message>
    <message>
        <source>Cannot read %1 on %2: %3</source>
        <translation>Kan ikke lese %1 på %2: %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::StatModule</name>
    <message>
        <source>stat needs path: the file to look at on the host.</source>
        <translation>stat trenger path: filen på verten som skal undersøkes.</translation>
    </message>
    <message>
        <source>stat of %1</source>
        <translation>stat av %1</translation>
    </message>
    <message>
        <source>Cannot stat on %1: %2</source>
        <translation>Kan ikke kjøre stat på %1: %2</translation>
    </message>
</context>
<context>
    <name>antler::playbook::SysctlModule</name>
    <message>
        <source>missing required arguments: name</source>
        <translation>manglende påkrevde argumenter: name</translation>
    </message>
    <message>
        <source>value cannot be None</source>
        <translation>value kan ikke være None</translation>
    </message>
    <message>
        <source>Could not read %1 on %2: %3</source>
        <translation>Kunne ikke lese %1 på %2: %3</translation>
    </message>
    <message>
        <source>Failed to reload sysctl on %1: %2 (%3 was written; use reload: false or ignoreerrors: true where the kernel refuses a key, e.g. in a container)</source>
        <translation>Kunne ikke laste sysctl på nytt på %1: %2 (%3 ble skrevet; bruk reload: false eller ignoreerrors: true der kjernen avviser en nøkkel, f.eks. i en container)</translation>
    </message>
    <message>
        <source>Could not set %1 on %2: %3</source>
        <translation>Kunne ikke sette %1 på %2: %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::TaskContext</name>
    <message>
        <source>“environment” of the task at %1 is “%2”, not a mapping; make the template give names and values.</source>
        <translation>«environment» for oppgaven ved %1 er «%2», ikke en tilordning; la malen gi navn og verdier.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::TaskExecutor</name>
    <message>
        <source>the task at %1 cannot be templated: %2; define the variable in the play&apos;s vars, the inventory or with -e, or fix the expression.</source>
        <translation>oppgaven ved %1 kan ikke malutvides: %2; definer variabelen i playets vars, i inventaret eller med -e, eller rett uttrykket.</translation>
    </message>
    <message>
        <source>Invalid data passed to &apos;loop&apos;, it requires a list, got this instead: %1. Hint: If you passed a list/dict of just one element, try adding wantlist=True to your lookup invocation or use q/query instead of lookup.</source>
        <translation>Ugyldige data sendt til &apos;loop&apos;, den krever en liste, men fikk dette: %1. Tips: Hvis du sendte en liste/dict med bare ett element, prøv å legge til wantlist=True i lookup-kallet eller bruk q/query i stedet for lookup.</translation>
    </message>
    <message>
        <source>The conditional check &apos;%1&apos; failed. The error was: %2</source>
        <translation>Betingelsessjekken &apos;%1&apos; feilet. Feilen var: %2</translation>
    </message>
    <message>
        <source>Unsupported parameters for (%1) module: %2.</source>
        <translation>Parametere som ikke støttes for modulen (%1): %2.</translation>
    </message>
    <message>
        <source>value of %1 must be one of: %2, got: %3</source>
        <translation>verdien til %1 må være en av: %2, fikk: %3</translation>
    </message>
    <message>
        <source>the task at %1 uses the module “%2”, which Antler does not have; see antler --list-modules.</source>
        <translation>oppgaven ved %1 bruker modulen «%2», som Antler ikke har; se antler --list-modules.</translation>
    </message>
    <message>
        <source>remote module (%1) does not support check mode</source>
        <translation>det eksterne modulet (%1) støtter ikke kontrollmodus</translation>
    </message>
    <message>
        <source>the task was cancelled</source>
        <translation>oppgaven ble avbrutt</translation>
    </message>
    <message>
        <source>the loop “with_%1” of the task at %2 failed: %3</source>
        <translation>løkken «with_%1» i oppgaven ved %2 mislyktes: %3</translation>
    </message>
    <message>
        <source>the task at %1 would leave “%2” running in the background (poll: 0), which Antler does only for command and shell; give the task a poll interval such as “poll: 5”.</source>
        <translation>oppgaven ved %1 ville latt «%2» kjøre i bakgrunnen (poll: 0), noe Antler bare gjør for command og shell; gi oppgaven et avspørringsintervall som «poll: 5».</translation>
    </message>
</context>
<context>
    <name>antler::playbook::TaskKeywords</name>
    <message>
        <source>“%1” of the task at %2 cannot be templated: %3; define the variable or fix the expression.</source>
        <translation>«%1» i oppgaven ved %2 kan ikke evalueres: %3; definer variabelen eller rett uttrykket.</translation>
    </message>
    <message>
        <source>“%1” of the task at %2 is “%3”, which is not a valid boolean; make the template give true or false.</source>
        <translation>«%1» i oppgaven ved %2 er «%3», som ikke er en gyldig boolsk verdi; la malen gi true eller false.</translation>
    </message>
    <message>
        <source>“%1” of the task at %2 is “%3”, which is not a whole number; make the template give one.</source>
        <translation>«%1» i oppgaven ved %2 er «%3», som ikke er et heltall; la malen gi et.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::Templar</name>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (i %2)</translation>
    </message>
    <message>
        <source>the variables refer to each other in a loop (&apos;%1&apos; needs itself); make sure no variable&apos;s value refers back to itself.</source>
        <translation>variablene refererer til hverandre i en løkke (&apos;%1&apos; trenger seg selv); sørg for at ingen variabels verdi refererer tilbake til seg selv.</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>uttrykket er tomt</translation>
    </message>
    <message>
        <source>the loop “with_%1” is not supported</source>
        <translation>løkken «with_%1» støttes ikke</translation>
    </message>
</context>
<context>
    <name>antler::playbook::TemplateModule</name>
    <message>
        <source>template needs src (a Jinja2 file next to the playbook or in the role&apos;s templates/) and dest.</source>
        <translation>template trenger src (en Jinja2-fil ved siden av playbooken eller i rollens templates/) og dest.</translation>
    </message>
    <message>
        <source>Cannot read the template %1 on the controller: %2.</source>
        <translation>Kan ikke lese malen %1 på kontrollnoden: %2.</translation>
    </message>
    <message>
        <source>Cannot render the template %1: %2</source>
        <translation>Kan ikke gjengi malen %1: %2</translation>
    </message>
</context>
<context>
    <name>antler::playbook::TimezoneModule</name>
    <message>
        <source>timezone on %1: setting the hardware clock (hwclock) is not supported by Antler; set only the name, or run this task with ansible-playbook.</source>
        <translation>timezone på %1: å sette maskinvareklokken (hwclock) støttes ikke av Antler; angi bare navnet, eller kjør denne oppgaven med ansible-playbook.</translation>
    </message>
    <message>
        <source>one of the following is required: name, hwclock</source>
        <translation>en av følgende kreves: name, hwclock</translation>
    </message>
    <message>
        <source>Could not read the time zone of %1: %2</source>
        <translation>Kunne ikke lese tidssonen til %1: %2</translation>
    </message>
    <message>
        <source>Could not set the time zone of %1 to %2: %3</source>
        <translation>Kunne ikke sette tidssonen til %1 til %2: %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::UnarchiveModule</name>
    <message>
        <source>unarchive needs src (the archive) and dest (an existing folder on the host).</source>
        <translation>unarchive trenger src (arkivet) og dest (en eksisterende mappe på verten).</translation>
    </message>
    <message>
        <source>unarchive of %1</source>
        <translation>utpakking av %1</translation>
    </message>
    <message>
        <source>Cannot extract %1 into %2 on %3: %4</source>
        <translation>Kan ikke pakke ut %1 til %2 på %3: %4</translation>
    </message>
</context>
<context>
    <name>antler::playbook::UnimplementedModule</name>
    <message>
        <source>The module “%1” at %2 is an Ansible module Antler does not implement, and this task ran on %3; give it a “when:” that is false on this host, or run this playbook with ansible-playbook.</source>
        <translation>Modulen «%1» i %2 er en Ansible-modul som Antler ikke implementerer, og denne oppgaven kjørte på %3; gi den en «when:» som er usann på denne verten, eller kjør playbooken med ansible-playbook.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::UriModule</name>
    <message>
        <source>uri needs url.</source>
        <translation>uri trenger url.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cannot read the answer to %1 on %2: %3</source>
        <translation>Kan ikke lese svaret på %1 på %2: %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::UserModule</name>
    <message>
        <source>missing required arguments: name</source>
        <translation>manglende påkrevde argumenter: name</translation>
    </message>
    <message>
        <source>uid must be a number, got &apos;%1&apos;</source>
        <translation>uid må være et tall, fikk &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Could not read the user %1 on %2: %3</source>
        <translation>Kunne ikke lese brukeren %1 på %2: %3</translation>
    </message>
    <message>
        <source>Group %1 does not exist on %2; create it first (group module).</source>
        <translation>Gruppen %1 finnes ikke på %2; opprett den først (modulen group).</translation>
    </message>
    <message>
        <source>%1 for the user %2 failed on %3 (exit code %4): %5</source>
        <translation>%1 for brukeren %2 feilet på %3 (avslutningskode %4): %5</translation>
    </message>
</context>
<context>
    <name>antler::playbook::WaitForConnectionModule</name>
    <message>
        <source>no connection to %1</source>
        <translation>ingen tilkobling til %1</translation>
    </message>
    <message>
        <source>timed out waiting for ping module test: %1</source>
        <translation>tidsavbrudd under venting på testen med ping-modulen: %1</translation>
    </message>
    <message>
        <source>the task was cancelled</source>
        <translation>oppgaven ble avbrutt</translation>
    </message>
</context>
<context>
    <name>antler::playbook::WaitForModule</name>
    <message>
        <source>port and path parameter can not both be passed to wait_for</source>
        <translation>parameterne port og path kan ikke begge sendes til wait_for</translation>
    </message>
    <message>
        <source>port must be a number from 1 to 65535, got &apos;%1&apos;</source>
        <translation>port må være et tall fra 1 til 65535, fikk &apos;%1&apos;</translation>
    </message>
    <message>
        <source>state=%1 needs path (or port with started/stopped)</source>
        <translation>state=%1 trenger path (eller port med started/stopped)</translation>
    </message>
    <message>
        <source>wait_for could not poll on %1: %2</source>
        <translation>wait_for kunne ikke spørre %1: %2</translation>
    </message>
    <message>
        <source>Timeout when waiting for %1 to be absent.</source>
        <translation>Tidsavbrudd under venting på at %1 skal forsvinne.</translation>
    </message>
    <message>
        <source>Timeout when waiting for search string %1 in %2</source>
        <translation>Tidsavbrudd under venting på søketeksten %1 i %2</translation>
    </message>
    <message>
        <source>Timeout when waiting for file %1</source>
        <translation>Tidsavbrudd under venting på filen %1</translation>
    </message>
    <message>
        <source>Timeout when waiting for %1:%2 to stop.</source>
        <translation>Tidsavbrudd under venting på at %1:%2 skal stoppe.</translation>
    </message>
    <message>
        <source>Timeout when waiting for search string %1 in %2:%3</source>
        <translation>Tidsavbrudd under venting på søketeksten %1 i %2:%3</translation>
    </message>
    <message>
        <source>Timeout when waiting for %1:%2</source>
        <translation>Tidsavbrudd under venting på %1:%2</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja</name>
    <message>
        <source>unsupported operand type(s) for %1: &apos;%2&apos; and &apos;%3&apos;</source>
        <translation>operandtyper som ikke støttes for %1: &apos;%2&apos; og &apos;%3&apos;</translation>
    </message>
    <message>
        <source>the result would be larger than %1 characters</source>
        <translation>resultatet ville blitt lengre enn %1 tegn</translation>
    </message>
    <message>
        <source>&apos;dict object&apos; has no attribute &apos;%1&apos;</source>
        <translation>&apos;dict object&apos; har ikke noe attributt &apos;%1&apos;</translation>
    </message>
    <message>
        <source>empty separator</source>
        <translation>tomt skilletegn</translation>
    </message>
    <message>
        <source>%1() takes at least 1 argument (0 given)</source>
        <translation>%1() tar minst 1 argument (0 gitt)</translation>
    </message>
    <message>
        <source>replace() takes at least 2 arguments</source>
        <translation>replace() tar minst 2 argumenter</translation>
    </message>
    <message>
        <source>substring not found</source>
        <translation>delstrengen ble ikke funnet</translation>
    </message>
    <message>
        <source>Single &apos;{&apos; encountered in format string</source>
        <translation>Enslig &apos;{&apos; funnet i formatstrengen</translation>
    </message>
    <message>
        <source>&apos;str object&apos; has no attribute &apos;%1&apos;</source>
        <translation>&apos;str object&apos; har ikke noe attributt &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the &apos;%1&apos; test expects a dictionary (a registered task result), not %2</source>
        <translation>testen &apos;%1&apos; forventer en ordbok (et registrert oppgaveresultat), ikke %2</translation>
    </message>
    <message>
        <source>integer division or modulo by zero</source>
        <translation>heltallsdivisjon eller modulo med null</translation>
    </message>
    <message>
        <source>Invalid operator type (%1)</source>
        <translation>Ugyldig operatortype (%1)</translation>
    </message>
    <message>
        <source>the comment filter has no style &apos;%1&apos;; use plain, erlang, c, cblock or xml</source>
        <translation>comment-filteret har ingen stil «%1»; bruk plain, erlang, c, cblock eller xml</translation>
    </message>
    <message>
        <source>list object has no element %1</source>
        <translation>listeobjektet har ikke noe element %1</translation>
    </message>
    <message>
        <source>extract cannot look up %1 in a %2</source>
        <translation>extract kan ikke slå opp %1 i en %2</translation>
    </message>
    <message>
        <source>password_hash does not support the hash type &apos;%1&apos;; use sha512, sha256, md5 or blowfish</source>
        <translation>password_hash støtter ikke hashtypen «%1»; bruk sha512, sha256, md5 eller blowfish</translation>
    </message>
    <message>
        <source>invalid characters in salt</source>
        <translation>ugyldige tegn i salt</translation>
    </message>
    <message>
        <source>crypt could not hash the password with the setting %1</source>
        <translation>crypt kunne ikke hashe passordet med innstillingen %1</translation>
    </message>
    <message>
        <source>Version comparison failed: invalid version number &apos;%1&apos;</source>
        <translation>Versjonssammenligning mislyktes: ugyldig versjonsnummer «%1»</translation>
    </message>
    <message>
        <source>with_dict expects a dict</source>
        <translation>with_dict forventer en dict</translation>
    </message>
    <message>
        <source>subelements lookup expects a list of two or three items, </source>
        <translation>subelements-lookup forventer en liste med to eller tre elementer, </translation>
    </message>
    <message>
        <source>first a dict or a list, second a string pointing to the subkey</source>
        <translation>først en dict eller en liste, deretter en streng som peker på undernøkkelen</translation>
    </message>
    <message>
        <source>subelements lookup expects a dictionary, got &apos;%1&apos;</source>
        <translation>subelements-lookup forventer en ordbok, fikk &apos;%1&apos;</translation>
    </message>
    <message>
        <source>could not find &apos;%1&apos; key in iterated item &apos;%2&apos;</source>
        <translation>fant ikke nøkkelen &apos;%1&apos; i det gjennomløpte elementet &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the key %1 should point to a dictionary, got &apos;%2&apos;</source>
        <translation>nøkkelen %1 skulle peke på en ordbok, fikk &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the key %1 should point to a list, got &apos;%2&apos;</source>
        <translation>nøkkelen %1 skulle peke på en liste, fikk &apos;%2&apos;</translation>
    </message>
    <message>
        <source>with_nested requires at least one element in the nested list</source>
        <translation>with_nested krever minst ett element i den nøstede listen</translation>
    </message>
    <message>
        <source>with_together requires at least one element in each list</source>
        <translation>with_together krever minst ett element i hver liste</translation>
    </message>
    <message>
        <source>unknown error parsing with_sequence arguments: %1 (%2)</source>
        <translation>ukjent feil ved tolking av with_sequence-argumentene: %1 (%2)</translation>
    </message>
    <message>
        <source>can&apos;t specify both count and end in with_sequence</source>
        <translation>kan ikke angi både count og end i with_sequence</translation>
    </message>
    <message>
        <source>must specify count or end in with_sequence</source>
        <translation>count eller end må angis i with_sequence</translation>
    </message>
    <message>
        <source>to count backwards make stride negative</source>
        <translation>for å telle baklengs, gjør stride negativ</translation>
    </message>
    <message>
        <source>to count forward don&apos;t make stride negative</source>
        <translation>for å telle forover, ikke gjør stride negativ</translation>
    </message>
    <message>
        <source>bad formatting string: %1</source>
        <translation>ugyldig formatstreng: %1</translation>
    </message>
    <message>
        <source>with_sequence gives more than a million items</source>
        <translation>with_sequence gir mer enn én million elementer</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Arithmetic</name>
    <message>
        <source>bad operand type for unary -: &apos;%1&apos;</source>
        <translation>ugyldig operandtype for unær -: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>divisjon med null</translation>
    </message>
    <message>
        <source>float division by zero</source>
        <translation>flyttallsdivisjon med null</translation>
    </message>
    <message>
        <source>integer division or modulo by zero</source>
        <translation>heltallsdivisjon eller modulo med null</translation>
    </message>
    <message>
        <source>can only concatenate str (not &quot;%1&quot;) to str</source>
        <translation>kan bare slå sammen str (ikke &quot;%1&quot;) med str</translation>
    </message>
    <message>
        <source>unsupported operand type(s) for +: &apos;%1&apos; and &apos;str&apos;</source>
        <translation>operandtyper som ikke støttes for +: &apos;%1&apos; og &apos;str&apos;</translation>
    </message>
    <message>
        <source>incomplete format</source>
        <translation>ufullstendig format</translation>
    </message>
    <message>
        <source>not enough arguments for format string</source>
        <translation>ikke nok argumenter for formatstrengen</translation>
    </message>
    <message>
        <source>%1 format: a real number is required, not %2</source>
        <translation>formatet %1: et reelt tall kreves, ikke %2</translation>
    </message>
    <message>
        <source>must be real number, not %1</source>
        <translation>må være et reelt tall, ikke %1</translation>
    </message>
    <message>
        <source>unsupported format character &apos;%1&apos;</source>
        <translation>formattegnet &apos;%1&apos; støttes ikke</translation>
    </message>
    <message>
        <source>not all arguments converted during string formatting</source>
        <translation>ikke alle argumentene ble konvertert under strengformateringen</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Context</name>
    <message>
        <source>&apos;%1&apos; is undefined</source>
        <translation>&apos;%1&apos; er udefinert</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Evaluator</name>
    <message>
        <source>internal error: unexpected statement</source>
        <translation>intern feil: uventet setning</translation>
    </message>
    <message>
        <source>the template&apos;s output grew beyond %1 characters; check its loops</source>
        <translation>utdataene fra malen vokste forbi %1 tegn; kontroller løkkene</translation>
    </message>
    <message>
        <source>can only set attributes of a namespace(), and &apos;%1&apos; is not one</source>
        <translation>attributter kan bare settes på et namespace(), og &apos;%1&apos; er ikke det</translation>
    </message>
    <message>
        <source>cannot unpack non-iterable %1 object</source>
        <translation>kan ikke pakke ut et ikke-itererbart %1-objekt</translation>
    </message>
    <message>
        <source>too many values to unpack (expected %1)</source>
        <translation>for mange verdier å pakke ut (forventet %1)</translation>
    </message>
    <message>
        <source>not enough values to unpack (expected %1, got %2)</source>
        <translation>ikke nok verdier å pakke ut (forventet %1, fikk %2)</translation>
    </message>
    <message>
        <source>the template&apos;s loops ran more than %1 times; check its loops</source>
        <translation>løkkene i malen kjørte mer enn %1 ganger; kontroller løkkene</translation>
    </message>
    <message>
        <source>bad operand type for unary +: &apos;%1&apos;</source>
        <translation>ugyldig operandtype for unær +: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>internal error: a statement where an expression belongs</source>
        <translation>intern feil: en setning der et uttrykk hører hjemme</translation>
    </message>
    <message>
        <source>%1 has no attribute &apos;%2&apos;</source>
        <translation>%1 har ikke noe attributt &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;dict object&apos; has no attribute %1</source>
        <translation>&apos;dict object&apos; har ikke noe attributt %1</translation>
    </message>
    <message>
        <source>%1 has no attribute %2</source>
        <translation>%1 har ikke noe attributt %2</translation>
    </message>
    <message>
        <source>%1 indices must be integers or slices, not %2</source>
        <translation>indekser for %1 må være heltall eller snitt, ikke %2</translation>
    </message>
    <message>
        <source>%1 object has no element %2</source>
        <translation>%1-objektet har ikke noe element %2</translation>
    </message>
    <message>
        <source>slice indices must be integers or None</source>
        <translation>snittindekser må være heltall eller None</translation>
    </message>
    <message>
        <source>slice step cannot be zero</source>
        <translation>steget i et snitt kan ikke være null</translation>
    </message>
    <message>
        <source>&apos;%1&apos; object is not subscriptable</source>
        <translation>&apos;%1&apos;-objektet kan ikke indekseres</translation>
    </message>
    <message>
        <source>&apos;%1&apos; object is not callable</source>
        <translation>&apos;%1&apos;-objektet kan ikke kalles</translation>
    </message>
    <message>
        <source>range expected 1 to 3 arguments, got %1</source>
        <translation>range forventer 1 til 3 argumenter, fikk %1</translation>
    </message>
    <message>
        <source>range() takes integers, not &apos;%1&apos;</source>
        <translation>range() tar heltall, ikke &apos;%1&apos;</translation>
    </message>
    <message>
        <source>range() arg 3 must not be zero</source>
        <translation>argument 3 til range() kan ikke være null</translation>
    </message>
    <message>
        <source>range() is limited to %1 items in templates</source>
        <translation>range() er begrenset til %1 elementer i maler</translation>
    </message>
    <message>
        <source>dictionary update sequence element has length %1; 2 is required</source>
        <translation>elementet i oppdateringssekvensen for ordboken har lengde %1; 2 kreves</translation>
    </message>
    <message>
        <source>lookup needs the name of a lookup plugin</source>
        <translation>lookup trenger navnet på en lookup-plugin</translation>
    </message>
    <message>
        <source>could not read the file &apos;%1&apos; for lookup(&apos;file&apos;): %2</source>
        <translation>kunne ikke lese filen &apos;%1&apos; for lookup(&apos;file&apos;): %2</translation>
    </message>
    <message>
        <source>No variable found with this name: %1</source>
        <translation>Fant ingen variabel med dette navnet: %1</translation>
    </message>
    <message>
        <source>No filter named &apos;%1&apos;.</source>
        <translation>Ikke noe filter med navnet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No test named &apos;%1&apos;.</source>
        <translation>Ingen test med navnet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>the lookup plugin &apos;%1&apos; is not supported; supported are env, file, vars, items, list, first_found, fileglob, pipe and template</source>
        <translation>lookup-tillegget «%1» støttes ikke; støttet er env, file, vars, items, list, first_found, fileglob, pipe og template</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::ExpressionParser</name>
    <message>
        <source>the expression nests too deeply</source>
        <translation>uttrykket er nøstet for dypt</translation>
    </message>
    <message>
        <source>an attribute name</source>
        <translation>et attributtnavn</translation>
    </message>
    <message>
        <source>&apos;]&apos;</source>
        <translation>&apos;]&apos;</translation>
    </message>
    <message>
        <source>expected an index between [ and ]</source>
        <translation>forventet en indeks mellom [ og ]</translation>
    </message>
    <message>
        <source>a positional argument follows keyword arguments</source>
        <translation>et posisjonsargument følger etter nøkkelordargumenter</translation>
    </message>
    <message>
        <source>a filter name</source>
        <translation>et filternavn</translation>
    </message>
    <message>
        <source>a test name</source>
        <translation>et testnavn</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::ExtraFilters</name>
    <message>
        <source>No filter named &apos;%1&apos;.</source>
        <translation>Ikke noe filter med navnet &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::FilterSupport</name>
    <message>
        <source>the &apos;dictsort&apos; filter expects a dictionary, not %1</source>
        <translation>filteret &apos;dictsort&apos; forventer en ordbok, ikke %1</translation>
    </message>
    <message>
        <source>Can only get item pairs from a mapping.</source>
        <translation>Elementpar kan bare hentes fra en tilordning.</translation>
    </message>
    <message>
        <source>dict2items requires a dictionary, got %1 instead.</source>
        <translation>dict2items krever en ordbok, fikk %1 i stedet.</translation>
    </message>
    <message>
        <source>items2dict requires a list, got %1 instead.</source>
        <translation>items2dict krever en liste, fikk %1 i stedet.</translation>
    </message>
    <message>
        <source>items2dict requires each item to have the keys &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>items2dict krever at hvert element har nøklene &apos;%1&apos; og &apos;%2&apos;</translation>
    </message>
    <message>
        <source>combine: list_merge must be one of %1</source>
        <translation>combine: list_merge må være en av %1</translation>
    </message>
    <message>
        <source>combine expects dictionaries, got %1</source>
        <translation>combine forventer ordbøker, fikk %1</translation>
    </message>
    <message>
        <source>the &apos;%1&apos; filter expects a list, not %2</source>
        <translation>filteret &apos;%1&apos; forventer en liste, ikke %2</translation>
    </message>
    <message>
        <source>&apos;dict object&apos; has no attribute &apos;%1&apos;</source>
        <translation>&apos;dict object&apos; har ikke noe attributt &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;list object&apos; has no attribute &apos;%1&apos;</source>
        <translation>&apos;list object&apos; har ikke noe attributt &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1 object&apos; has no attribute &apos;%2&apos;</source>
        <translation>&apos;%1 object&apos; har ikke noe attributt &apos;%2&apos;</translation>
    </message>
    <message>
        <source>No filter named &apos;%1&apos;.</source>
        <translation>Ikke noe filter med navnet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>from_json could not parse the text: %1</source>
        <translation>from_json kunne ikke tolke teksten: %1</translation>
    </message>
    <message>
        <source>from_yaml could not parse the text: %1</source>
        <translation>from_yaml kunne ikke tolke teksten: %1</translation>
    </message>
    <message>
        <source>b64decode: the text is not valid base64</source>
        <translation>b64decode: teksten er ikke gyldig base64</translation>
    </message>
    <message>
        <source>hash: the algorithm &apos;%1&apos; is not supported; use md5, sha1, sha224, sha256, sha384 or sha512</source>
        <translation>hash: algoritmen &apos;%1&apos; støttes ikke; bruk md5, sha1, sha224, sha256, sha384 eller sha512</translation>
    </message>
    <message>
        <source>No aggregated item, sequence was empty.</source>
        <translation>Ingen aggregert verdi, sekvensen var tom.</translation>
    </message>
    <message>
        <source>No test named &apos;%1&apos;.</source>
        <translation>Ingen test med navnet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>object of type &apos;%1&apos; has no len()</source>
        <translation>objekt av typen &apos;%1&apos; har ingen len()</translation>
    </message>
    <message>
        <source>No first item, sequence was empty.</source>
        <translation>Ikke noe første element, sekvensen var tom.</translation>
    </message>
    <message>
        <source>No last item, sequence was empty.</source>
        <translation>Ikke noe siste element, sekvensen var tom.</translation>
    </message>
    <message>
        <source>unsupported operand type(s) for +: &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>operandtyper som ikke støttes for +: &apos;%1&apos; og &apos;%2&apos;</translation>
    </message>
    <message>
        <source>batch needs a positive size</source>
        <translation>batch trenger en positiv størrelse</translation>
    </message>
    <message>
        <source>regex_replace produced too much text</source>
        <translation>regex_replace laget for mye tekst</translation>
    </message>
    <message>
        <source>regex_search: unknown group specification &apos;%1&apos;</source>
        <translation>regex_search: ukjent gruppeangivelse &apos;%1&apos;</translation>
    </message>
    <message>
        <source>regex_findall found too many matches</source>
        <translation>regex_findall fant for mange treff</translation>
    </message>
    <message>
        <source>empty separator</source>
        <translation>tomt skilletegn</translation>
    </message>
    <message>
        <source>Mandatory variable %1 not defined.</source>
        <translation>Den obligatoriske variabelen %1 er ikke definert.</translation>
    </message>
    <message>
        <source>Mandatory variable not defined.</source>
        <translation>En obligatorisk variabel er ikke definert.</translation>
    </message>
    <message>
        <source>bad operand type for abs(): &apos;%1&apos;</source>
        <translation>ugyldig operandtype for abs(): &apos;%1&apos;</translation>
    </message>
    <message>
        <source>round expects a number, not %1</source>
        <translation>round forventer et tall, ikke %1</translation>
    </message>
    <message>
        <source>method must be common, ceil or floor</source>
        <translation>method må være common, ceil eller floor</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::JsonReader</name>
    <message>
        <source>extra data</source>
        <translation>ekstra data</translation>
    </message>
    <message>
        <source>%1 at character %2</source>
        <translation>%1 ved tegn %2</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>for dypt nøstet</translation>
    </message>
    <message>
        <source>expecting value</source>
        <translation>forventet en verdi</translation>
    </message>
    <message>
        <source>expecting property name enclosed in double quotes</source>
        <translation>forventet et egenskapsnavn i doble anførselstegn</translation>
    </message>
    <message>
        <source>expecting &apos;:&apos;</source>
        <translation>forventet &apos;:&apos;</translation>
    </message>
    <message>
        <source>expecting &apos;,&apos; or &apos;}&apos;</source>
        <translation>forventet &apos;,&apos; eller &apos;}&apos;</translation>
    </message>
    <message>
        <source>expecting &apos;,&apos; or &apos;]&apos;</source>
        <translation>forventet &apos;,&apos; eller &apos;]&apos;</translation>
    </message>
    <message>
        <source>invalid control character</source>
        <translation>ugyldig kontrolltegn</translation>
    </message>
    <message>
        <source>invalid \uXXXX escape</source>
        <translation>ugyldig \uXXXX-escapesekvens</translation>
    </message>
    <message>
        <source>invalid \escape</source>
        <translation>ugyldig \-escapesekvens</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>uavsluttet streng</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Lookups</name>
    <message>
        <source>No file was found when using first_found; looked for %1 in %2.</source>
        <translation>Ingen fil ble funnet med first_found; så etter %1 i %2.</translation>
    </message>
    <message>
        <source>lookup_plugin.pipe(%1) returned %2</source>
        <translation>lookup_plugin.pipe(%1) returnerte %2</translation>
    </message>
    <message>
        <source>the template file %1 could not be found for the lookup; searched %2.</source>
        <translation>malfilen %1 ble ikke funnet for oppslaget; søkte i %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the lookup plugin &apos;%1&apos; is not supported</source>
        <translation>lookup-tillegget «%1» støttes ikke</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::LoopLookups</name>
    <message>
        <source>the lookup plugin &apos;%1&apos; is not one of dict, subelements, nested, together and sequence</source>
        <translation>lookup-pluginen &apos;%1&apos; er ikke en av dict, subelements, nested, together og sequence</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Methods</name>
    <message>
        <source>get expected at least 1 argument, got 0</source>
        <translation>get forventet minst 1 argument, fikk 0</translation>
    </message>
    <message>
        <source>&apos;dict object&apos; has no attribute &apos;%1&apos;</source>
        <translation>&apos;dict object&apos; har ikke noe attributt &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 is not in list</source>
        <translation>%1 er ikke i listen</translation>
    </message>
    <message>
        <source>&apos;list object&apos; has no attribute &apos;%1&apos;</source>
        <translation>&apos;list object&apos; har ikke noe attributt &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;None&apos; has no attribute &apos;%1&apos;</source>
        <translation>&apos;None&apos; har ikke noe attributt &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1 object&apos; has no attribute &apos;%2&apos;</source>
        <translation>&apos;%1 object&apos; har ikke noe attributt &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Parser</name>
    <message>
        <source>the template nests its tags too deeply</source>
        <translation>malen nøster taggene sine for dypt</translation>
    </message>
    <message>
        <source>unexpected end of template: the &apos;%1&apos; tag that opens {position} needs {% %2 %}</source>
        <translation>uventet slutt på malen: taggen &apos;%1&apos; som åpner ved {position}, trenger {% %2 %}</translation>
    </message>
    <message>
        <source>a tag name</source>
        <translation>et taggnavn</translation>
    </message>
    <message>
        <source>unexpected tag &apos;%1&apos;</source>
        <translation>uventet tagg &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown tag &apos;%1&apos;</source>
        <translation>ukjent tagg &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a variable name</source>
        <translation>et variabelnavn</translation>
    </message>
    <message>
        <source>recursive loops are not supported</source>
        <translation>rekursive løkker støttes ikke</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::RegexCache</name>
    <message>
        <source>invalid regular expression &apos;%1&apos;: %2 at offset %3</source>
        <translation>ugyldig regulært uttrykk &apos;%1&apos;: %2 ved posisjon %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Scanner</name>
    <message>
        <source>the template is too long</source>
        <translation>malen er for lang</translation>
    </message>
    <message>
        <source>unexpected end of template; the {% raw %} block needs {% endraw %}</source>
        <translation>uventet slutt på malen; blokken {% raw %} trenger {% endraw %}</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>uavsluttet streng</translation>
    </message>
    <message>
        <source>unexpected end of template; the comment needs a closing #}</source>
        <translation>uventet slutt på malen; kommentaren trenger en avsluttende #}</translation>
    </message>
    <message>
        <source>unexpected end of template; expected &apos;%1&apos;</source>
        <translation>uventet slutt på malen; forventet &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected char &apos;%1&apos;</source>
        <translation>uventet tegn &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;, expected &apos;%2&apos;</source>
        <translation>uventet &apos;%1&apos;, forventet &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Template</name>
    <message>
        <source>at column %1 of &apos;%2&apos;</source>
        <translation>i kolonne %1 av &apos;%2&apos;</translation>
    </message>
    <message>
        <source>at line %1, column %2 of &apos;%3&apos;</source>
        <translation>på linje %1, kolonne %2 av &apos;%3&apos;</translation>
    </message>
    <message>
        <source>the expression must not contain &apos;}}&apos; outside a string</source>
        <translation>uttrykket kan ikke inneholde &apos;}}&apos; utenfor en streng</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Tests</name>
    <message>
        <source>No test named &apos;%1&apos;.</source>
        <translation>Ingen test med navnet &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::TokenCursor</name>
    <message>
        <source>end of template</source>
        <translation>slutten av malen</translation>
    </message>
    <message>
        <source>end of print statement</source>
        <translation>slutten av utskriftssetningen</translation>
    </message>
    <message>
        <source>end of statement block</source>
        <translation>slutten av setningsblokken</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>uventet &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;, expected %2</source>
        <translation>uventet &apos;%1&apos;, forventet %2</translation>
    </message>
    <message>
        <source>the end of the statement block (&apos;%}&apos;)</source>
        <translation>slutten av setningsblokken (&apos;%}&apos;)</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Value</name>
    <message>
        <source>&apos;&lt;&apos; not supported between instances of &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>&apos;&lt;&apos; støttes ikke mellom instanser av &apos;%1&apos; og &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; object is not iterable</source>
        <translation>&apos;%1&apos;-objektet er ikke itererbart</translation>
    </message>
    <message>
        <source>&apos;in &lt;string&gt;&apos; requires string as left operand, not %1</source>
        <translation>&apos;in &lt;string&gt;&apos; krever en streng som venstre operand, ikke %1</translation>
    </message>
    <message>
        <source>argument of type &apos;%1&apos; is not iterable</source>
        <translation>argument av typen &apos;%1&apos; er ikke itererbart</translation>
    </message>
</context>
<context>
    <name>antler::transport::BecomeHandshake</name>
    <message>
        <source>sudo refused the become password</source>
        <translation>sudo avviste become-passordet</translation>
    </message>
    <message>
        <source>sudo asks for a password and no become password was given</source>
        <translation>sudo ber om et passord, og ikke noe become-passord ble oppgitt</translation>
    </message>
    <message>
        <source>sudo ended before the command started</source>
        <translation>sudo avsluttet før kommandoen startet</translation>
    </message>
    <message>
        <source>sudo said: %1</source>
        <translation>sudo sa: %1</translation>
    </message>
    <message>
        <source>Cannot become %1 with sudo on %2: %3; check the become password and the sudoers rules for the login user.</source>
        <translation>Kan ikke bli %1 med sudo på %2: %3; kontroller become-passordet og sudoers-reglene for innloggingsbrukeren.</translation>
    </message>
</context>
<context>
    <name>antler::transport::CommandBuilder</name>
    <message>
        <source>The command for %1 is empty; give a program, a script or a raw command.</source>
        <translation>Kommandoen for %1 er tom; oppgi et program, et skript eller en rå kommando.</translation>
    </message>
    <message>
        <source>The become method &apos;%1&apos; for %2 is not supported; use sudo.</source>
        <translation>Become-metoden «%1» for %2 støttes ikke; bruk sudo.</translation>
    </message>
    <message>
        <source>The environment variable name &apos;%1&apos; for %2 is not valid; use letters, digits and underscores.</source>
        <translation>Navnet på miljøvariabelen &apos;%1&apos; for %2 er ugyldig; bruk bokstaver, sifre og understreker.</translation>
    </message>
</context>
<context>
    <name>antler::transport::KeychainSecretStore</name>
    <message>
        <source>Checking whether a system keyring is running…</source>
        <translation>Kontrollerer om en systemnøkkelring kjører…</translation>
    </message>
    <message>
        <source>Cannot remember the secret %1 in the system keyring: %2.</source>
        <translation>Kan ikke huske hemmeligheten %1 i systemnøkkelringen: %2.</translation>
    </message>
    <message>
        <source>The system keyring refused Antler; allow it in the keyring&apos;s settings to remember passwords.</source>
        <translation>Systemnøkkelringen avviste Antler; tillat det i nøkkelringens innstillinger for å huske passord.</translation>
    </message>
    <message>
        <source>No system keyring answers; start GNOME Keyring or KWallet in your desktop session to remember passwords.</source>
        <translation>Ingen systemnøkkelring svarer; start GNOME Keyring eller KWallet i skrivebordsøkten for å huske passord.</translation>
    </message>
</context>
<context>
    <name>antler::transport::KnownHosts</name>
    <message>
        <source>Cannot read the known hosts file %1: %2; check its permissions.</source>
        <translation>Kan ikke lese filen med kjente verter %1: %2; sjekk tillatelsene.</translation>
    </message>
    <message>
        <source>line %1: unknown marker %2</source>
        <translation>linje %1: ukjent markør %2</translation>
    </message>
    <message>
        <source>line %1: expected hosts, key type and key</source>
        <translation>linje %1: forventet verter, nøkkeltype og nøkkel</translation>
    </message>
    <message>
        <source>line %1: malformed hashed host</source>
        <translation>linje %1: feilformet hashet vert</translation>
    </message>
    <message>
        <source>line %1: unsupported host hash</source>
        <translation>linje %1: vertshash støttes ikke</translation>
    </message>
    <message>
        <source>line %1: the key is not valid %2 key data</source>
        <translation>linje %1: nøkkelen er ikke gyldige %2-nøkkeldata</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the known hosts file; check its permissions.</source>
        <translation>Kan ikke opprette mappen %1 for filen med kjente verter; sjekk tillatelsene.</translation>
    </message>
    <message>
        <source>Cannot add the key of %1 to %2: %3; check the file&apos;s permissions.</source>
        <translation>Kan ikke legge til nøkkelen til %1 i %2: %3; sjekk filens tillatelser.</translation>
    </message>
    <message>
        <source>Cannot add the key of %1 to %2: %3; check the free space.</source>
        <translation>Kan ikke legge til nøkkelen til %1 i %2: %3; sjekk ledig plass.</translation>
    </message>
</context>
<context>
    <name>antler::transport::LocalTransport</name>
    <message>
        <source>The command on %1 was cancelled: its transport was closed.</source>
        <translation>Kommandoen på %1 ble avbrutt: transporten ble lukket.</translation>
    </message>
    <message>
        <source>The command on %1 was cancelled: the connection was closed.</source>
        <translation>Kommandoen på %1 ble avbrutt: tilkoblingen ble lukket.</translation>
    </message>
    <message>
        <source>The %1 on %2 was cancelled.</source>
        <translation>%1 på %2 ble avbrutt.</translation>
    </message>
    <message>
        <source>Cannot read %1 to send it to %2: %3.</source>
        <translation>Kan ikke lese %1 for å sende det til %2: %3.</translation>
    </message>
    <message>
        <source>Cannot start /bin/sh on %1: %2.</source>
        <translation>Kan ikke starte /bin/sh på %1: %2.</translation>
    </message>
    <message>
        <source>The %1 on %2 did not finish within %3 ms and was stopped; raise its timeout or check why it hangs.</source>
        <translation>%1 på %2 ble ikke ferdig innen %3 ms og ble stoppet; øk tidsavbruddet eller finn ut hvorfor det henger.</translation>
    </message>
</context>
<context>
    <name>antler::transport::SecretQuestions</name>
    <message>
        <source>Secrets cannot be remembered here: Antler was built without a system keyring.</source>
        <translation>Hemmeligheter kan ikke huskes her: Antler ble bygget uten systemnøkkelring.</translation>
    </message>
</context>
<context>
    <name>antler::transport::SharedShellPool</name>
    <message>
        <source>shared shell</source>
        <translation>delt skall</translation>
    </message>
    <message>
        <source>(login user)</source>
        <translation>(innloggingsbruker)</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>avslutningskode %1</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>signal %1</translation>
    </message>
    <message>
        <source>stopped with the shell that ran it (%1); it may or may not have completed. Run it again.</source>
        <translation>stoppet sammen med skallet som kjørte det (%1); det kan ha fullført eller ikke. Kjør det på nytt.</translation>
    </message>
</context>
<context>
    <name>antler::transport::SshChannel</name>
    <message>
        <source>The %1 on %2 %3</source>
        <translation>%1 på %2 %3</translation>
    </message>
</context>
<context>
    <name>antler::transport::SshConnection</name>
    <message>
        <source>Cannot create an SSH session for %1: out of memory.</source>
        <translation>Kan ikke opprette en SSH-økt for %1: tomt for minne.</translation>
    </message>
    <message>
        <source>Cannot watch the SSH session to %1: %2.</source>
        <translation>Kan ikke overvåke SSH-økten til %1: %2.</translation>
    </message>
    <message>
        <source>Cannot run a command on %1: the connection is closed; open it again.</source>
        <translation>Kan ikke kjøre en kommando på %1: tilkoblingen er lukket; åpne den igjen.</translation>
    </message>
    <message>
        <source>Cannot read %1 to send it to %2: %3.</source>
        <translation>Kan ikke lese %1 for å sende det til %2: %3.</translation>
    </message>
    <message>
        <source>The command on %1 was cancelled: the connection was closed.</source>
        <translation>Kommandoen på %1 ble avbrutt: tilkoblingen ble lukket.</translation>
    </message>
    <message>
        <source>The command on %1 was cancelled: the transport was shut down.</source>
        <translation>Kommandoen på %1 ble avbrutt: transporten ble stengt ned.</translation>
    </message>
    <message>
        <source>could not start: %1.</source>
        <translation>kunne ikke starte: %1.</translation>
    </message>
    <message>
        <source>was cancelled.</source>
        <translation>ble avbrutt.</translation>
    </message>
    <message>
        <source>stop of process group %1</source>
        <translation>stopp av prosessgruppe %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>ukjent feil</translation>
    </message>
    <message>
        <source>Cannot connect to %1 (%2 port %3): %4; check that the host is up and its SSH server listens on that port.</source>
        <translation>Kan ikke koble til %1 (%2 port %3): %4; kontroller at verten er oppe og at SSH-serveren lytter på den porten.</translation>
    </message>
    <message>
        <source>did not finish within %1 ms and was stopped; raise its timeout or check why it hangs.</source>
        <translation>ble ikke ferdig innen %1 ms og ble stoppet; øk tidsavbruddet eller finn ut hvorfor det henger.</translation>
    </message>
    <message>
        <source>could not start: the server refused a new channel (%1).</source>
        <translation>kunne ikke starte: serveren avviste en ny kanal (%1).</translation>
    </message>
    <message>
        <source>could not start: the server refused to run it (%1).</source>
        <translation>kunne ikke starte: serveren nektet å kjøre det (%1).</translation>
    </message>
    <message>
        <source>ended without an exit status; the SSH server may have stopped it.</source>
        <translation>avsluttet uten avslutningsstatus; SSH-serveren kan ha stoppet det.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost (%2); commands that were running may or may not have completed. Check the host and run them again.</source>
        <translation>Tilkoblingen til %1 ble brutt (%2); kommandoer som kjørte, kan ha fullført eller ikke. Kontroller verten og kjør dem på nytt.</translation>
    </message>
</context>
<context>
    <name>antler::transport::SshLogin</name>
    <message>
        <source>Cannot read the host key of %1: %2.</source>
        <translation>Kan ikke lese vertsnøkkelen til %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read the host key of %1: its type is not supported.</source>
        <translation>Kan ikke lese vertsnøkkelen til %1: typen støttes ikke.</translation>
    </message>
    <message>
        <source>No host key of %1 waits for an answer; connect again.</source>
        <translation>Ingen vertsnøkkel fra %1 venter på svar; koble til igjen.</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) was not accepted; nothing was run.</source>
        <translation>Vertsnøkkelen til %1 (%2) ble ikke godtatt; ingenting ble kjørt.</translation>
    </message>
    <message>
        <source>no authentication</source>
        <translation>ingen autentisering</translation>
    </message>
    <message>
        <source>Cannot log in to %1: %2.</source>
        <translation>Kan ikke logge inn på %1: %2.</translation>
    </message>
    <message>
        <source>the keys in ssh-agent</source>
        <translation>nøklene i ssh-agent</translation>
    </message>
    <message>
        <source>the key file %1 (it does not exist)</source>
        <translation>nøkkelfilen %1 (den finnes ikke)</translation>
    </message>
    <message>
        <source>the key file %1</source>
        <translation>nøkkelfilen %1</translation>
    </message>
    <message>
        <source>a password</source>
        <translation>et passord</translation>
    </message>
    <message>
        <source>the password</source>
        <translation>passordet</translation>
    </message>
    <message>
        <source>every method Antler could offer</source>
        <translation>alle metodene Antler kunne tilby</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The host key of %1 (%2 %3) is marked @revoked in %4:%5; refusing to connect, nothing was run.</source>
        <translation>Vertsnøkkelen til %1 (%2 %3) er merket @revoked i %4:%5; nekter å koble til, ingenting ble kjørt.</translation>
    </message>
    <message>
        <source>The host key of %1 (%2 port %3) has CHANGED: the server now presents %4 %5, but %6:%7 holds %8 %9. Someone may be intercepting the connection, or the host was reinstalled; nothing was run. If the new key is right, remove the old one with `ssh-keygen -R &apos;%10&apos; -f %6` and connect again.</source>
        <translation>Vertsnøkkelen til %1 (%2 port %3) er ENDRET: serveren viser nå %4 %5, men %6:%7 inneholder %8 %9. Noen kan avlytte tilkoblingen, eller verten er installert på nytt; ingenting ble kjørt. Hvis den nye nøkkelen er riktig, fjern den gamle med `ssh-keygen -R &apos;%10&apos; -f %6` og koble til på nytt.</translation>
    </message>
    <message>
        <source>The host key of %1 is not known: the server presents %2 %3, which is not in %4. Compare it with `ssh-keygen -lf` of the host&apos;s key on the host itself, then accept it with --accept-new-host-keys (or add it to %4).</source>
        <translation>Vertsnøkkelen til %1 er ikke kjent: serveren viser %2 %3, som ikke står i %4. Sammenlign den med `ssh-keygen -lf` av vertens nøkkel på selve verten, og godta den så med --accept-new-host-keys (eller legg den til i %4).</translation>
    </message>
    <message>
        <source>the key file %1 (cannot read it: not a private key, or the passphrase is wrong)</source>
        <translation>nøkkelfilen %1 (kan ikke leses: ikke en privat nøkkel, eller passfrasen er feil)</translation>
    </message>
    <message>
        <source>Cannot log in to %1: the server refused %2 (it accepts %3); check the user name, the key (ansible_ssh_private_key_file) or the password.</source>
        <translation>Kan ikke logge inn på %1: serveren avviste %2 (den godtar %3); kontroller brukernavnet, nøkkelen (ansible_ssh_private_key_file) eller passordet.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
</context>
<context>
    <name>antler::transport::SshTransport</name>
    <message>
        <source>The command on %1 was cancelled: its transport was closed.</source>
        <translation>Kommandoen på %1 ble avbrutt: transporten ble lukket.</translation>
    </message>
</context>
<context>
    <name>antler::transport::Transport</name>
    <message>
        <source>exit code %1</source>
        <translation>avslutningskode %1</translation>
    </message>
    <message>
        <source>Cannot %1 on %2: %3; %4</source>
        <translation>Kan ikke %1 på %2: %3; %4</translation>
    </message>
    <message>
        <source>upload of %1</source>
        <translation>opplasting av %1</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>skrive %1</translation>
    </message>
    <message>
        <source>check the path.</source>
        <translation>sjekk stien.</translation>
    </message>
    <message>
        <source>check the path, or use become.</source>
        <translation>sjekk stien, eller bruk become.</translation>
    </message>
    <message>
        <source>download of %1</source>
        <translation>nedlasting av %1</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>lese %1</translation>
    </message>
    <message>
        <source>check that the file exists and is readable.</source>
        <translation>sjekk at filen finnes og kan leses.</translation>
    </message>
    <message>
        <source>Cannot save %1 from %2 to %3: %4.</source>
        <translation>Kan ikke lagre %1 fra %2 til %3: %4.</translation>
    </message>
    <message>
        <source>stat of %1</source>
        <translation>stat av %1</translation>
    </message>
    <message>
        <source>read the status of %1</source>
        <translation>lese statusen til %1</translation>
    </message>
    <message>
        <source>Cannot read the status of %1 on %2: unexpected answer &apos;%3&apos; from stat; check that GNU coreutils are installed.</source>
        <translation>Kan ikke lese statusen til %1 på %2: uventet svar &apos;%3&apos; fra stat; kontroller at GNU coreutils er installert.</translation>
    </message>
</context>
</TS>
