<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>PiFacts</name>
    <message>
        <source>The facts of the Pi are not readable (%1); run the facts step again.</source>
        <translation>Pi:ns facts går inte att läsa (%1); kör facts-steget igen.</translation>
    </message>
    <message>
        <source>This is not a Raspberry Pi (no Raspberry Pi model in the device tree); the setup works on any Debian machine, but the advice here is for a Pi.</source>
        <translation>Det här är inte en Raspberry Pi (ingen Raspberry Pi-modell i enhetsträdet); konfigurationen fungerar på alla Debian-datorer, men råden här gäller en Pi.</translation>
    </message>
    <message>
        <source>The system is 32-bit (%1): install the 64-bit Raspberry Pi OS; the stages&apos; images and k3s need arm64.</source>
        <translation>Systemet är 32-bitars (%1): installera 64-bitars Raspberry Pi OS; stegens avbildningar och k3s behöver arm64.</translation>
    </message>
    <message>
        <source>The Pi has %1 MB of memory: k3s needs 2 GB, so podman is chosen.</source>
        <translation>Pi:n har %1 MB minne: k3s behöver 2 GB, så podman väljs.</translation>
    </message>
    <message>
        <source>The system runs from an SD card (%1): builds and the registry wear it out and are slow; an SSD on USB lasts longer.</source>
        <translation>Systemet körs från ett SD-kort (%1): byggen och registret sliter på det och är långsamma; en SSD via USB håller längre.</translation>
    </message>
    <message>
        <source>The memory cgroup controller is off: containers cannot have memory limits until the setup turns it on (it edits %1 and reboots the Pi).</source>
        <translation>Minnes-cgroup-styrenheten är av: containrar kan inte ha minnesgränser förrän konfigurationen slår på den (den redigerar %1 och startar om Pi:n).</translation>
    </message>
    <message>
        <source>The Pi reports under-voltage or throttling (get_throttled=%1): use the official power supply, or builds will be slow and the SD card may be damaged.</source>
        <translation>Pi:n rapporterar underspänning eller strypning (get_throttled=%1): använd det officiella nätaggregatet, annars blir byggen långsamma och SD-kortet kan skadas.</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>not a Raspberry Pi</source>
        <translation>inte en Raspberry Pi</translation>
    </message>
    <message>
        <source>System: %1, %2 (kernel %3)</source>
        <translation>System: %1, %2 (kärna %3)</translation>
    </message>
    <message>
        <source>Memory: %1 MB</source>
        <translation>Minne: %1 MB</translation>
    </message>
    <message>
        <source>System disk: %1, %2 MB free</source>
        <translation>Systemdisk: %1, %2 MB ledigt</translation>
    </message>
    <message>
        <source>Memory cgroup controller: %1</source>
        <translation>Minnes-cgroup-styrenhet: %1</translation>
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
        <translation>Installerat: podman %1, register %2, k3s %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
</context>
<context>
    <name>SetupPlan</name>
    <message>
        <source>Cannot write %1: %2; check that the folder is writable.</source>
        <translation>Kan inte skriva %1: %2; kontrollera att mappen är skrivbar.</translation>
    </message>
    <message>
        <source>Turn the memory cgroup controller on</source>
        <translation>Slå på minnes-cgroup-styrenheten</translation>
    </message>
    <message>
        <source>Install the container engine</source>
        <translation>Installera containermotorn</translation>
    </message>
    <message>
        <source>Set up the image registry</source>
        <translation>Konfigurera avbildningsregistret</translation>
    </message>
    <message>
        <source>Install the build tools</source>
        <translation>Installera byggverktygen</translation>
    </message>
    <message>
        <source>Create the stages</source>
        <translation>Skapa stegen</translation>
    </message>
    <message>
        <source>The provisioning playbooks are missing from this build of Antler (resources/playbooks).</source>
        <translation>Provisioneringsplaybooks saknas i det här bygget av Antler (resources/playbooks).</translation>
    </message>
</context>
<context>
    <name>antler::cli::CommandArguments</name>
    <message>
        <source>Show the help of this command and exit.</source>
        <translation>Visa hjälpen för det här kommandot och avsluta.</translation>
    </message>
    <message>
        <source>unknown option “%1” for %2; run “antler help %3” to see the options.</source>
        <translation>okänd flagga ”%1” för %2; kör ”antler help %3” för att se flaggorna.</translation>
    </message>
    <message>
        <source>the option %1 needs a value; write it as “%1 %2”.</source>
        <translation>flaggan %1 behöver ett värde; skriv den som ”%1 %2”.</translation>
    </message>
    <message>
        <source>the option --%1 takes no value; write it as “--%1” alone.</source>
        <translation>flaggan --%1 tar inget värde; skriv den ensam som ”--%1”.</translation>
    </message>
</context>
<context>
    <name>antler::cli::CommandCatalog</name>
    <message>
        <source>Window</source>
        <translation>Fönster</translation>
    </message>
    <message>
        <source>Opens the control panel, which shows the stages of the pipeline.</source>
        <translation>Öppnar kontrollpanelen, som visar pipelinens steg.</translation>
    </message>
    <message>
        <source>Qt&apos;s own options for a window, such as -platform, -style and -reverse, are accepted too.</source>
        <translation>Qts egna flaggor för ett fönster, som -platform, -style och -reverse, accepteras också.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and exit.</source>
        <translation>Spara en bild av fönstret i FILE och avsluta.</translation>
    </message>
</context>
<context>
    <name>antler::cli::CommandLine</name>
    <message>
        <source>“%1” is not an antler command; run “antler --help” to see the commands.</source>
        <translation>”%1” är inget kommando i antler; kör ”antler --help” för att se kommandona.</translation>
    </message>
    <message>
        <source>unknown option “%1”; run “antler --help” to see the options.</source>
        <translation>okänd flagga ”%1”; kör ”antler --help” för att se flaggorna.</translation>
    </message>
    <message>
        <source>no display is available (DISPLAY and WAYLAND_DISPLAY are not set); run antler in a desktop session, or use one of the headless modes that “antler --help” lists.</source>
        <translation>ingen skärm är tillgänglig (DISPLAY och WAYLAND_DISPLAY är inte satta); kör antler i en skrivbordssession, eller använd något av lägena utan skärm som ”antler --help” listar.</translation>
    </message>
    <message>
        <source>the option %1 needs a value; write it as “%1 %2”.</source>
        <translation>flaggan %1 behöver ett värde; skriv den som ”%1 %2”.</translation>
    </message>
</context>
<context>
    <name>antler::cli::CommandSpec</name>
    <message>
        <source>Read the pipeline from FILE (see Configuration).</source>
        <translation>Läs pipelinen från FILE (se Konfiguration).</translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation>Skriv ut resultaten som JSON.</translation>
    </message>
</context>
<context>
    <name>antler::cli::CompleteCommand</name>
    <message>
        <source>Print the stages or the help topics, one per line, for the shell&apos;s completion.</source>
        <translation>Skriv ut stegen eller hjälpavsnitten, ett per rad, för skalets komplettering.</translation>
    </message>
    <message>
        <source>The profile to read.</source>
        <translation>Profilen som ska läsas.</translation>
    </message>
</context>
<context>
    <name>antler::cli::ExtraVariables</name>
    <message>
        <source>the -e value</source>
        <translation>värdet för -e</translation>
    </message>
    <message>
        <source>cannot read the variables file %1 (%2); check the path after -e @.</source>
        <translation>kan inte läsa variabelfilen %1 (%2); kontrollera sökvägen efter -e @.</translation>
    </message>
    <message>
        <source>the -e value “%1” cannot be read (%2); close the quote or the {{ }}.</source>
        <translation>-e-värdet ”%1” kan inte läsas (%2); avsluta citattecknet eller {{ }}.</translation>
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
</context>
<context>
    <name>antler::cli::HelpCommand</name>
    <message>
        <source>there is no help on “%1”; ask for one of: %2.</source>
        <translation>det finns ingen hjälp om ”%1”; be om något av: %2.</translation>
    </message>
    <message>
        <source>Show this help; “antler help TOPIC” shows one part.</source>
        <translation>Visa den här hjälpen; ”antler help ÄMNE” visar en del.</translation>
    </message>
    <message>
        <source>The part to show.</source>
        <translation>Delen som ska visas.</translation>
    </message>
</context>
<context>
    <name>antler::cli::HelpText</name>
    <message>
        <source>Topics: %1.</source>
        <translation>Ämnen: %1.</translation>
    </message>
    <message>
        <source>Also %1.</source>
        <translation>Även %1.</translation>
    </message>
    <message>
        <source>Antler takes a Raspberry Pi, or any Debian-like host, from a bare system to a monitored test, staging and production pipeline. Without arguments it opens its window; with %1 it runs headless and needs no display.</source>
        <translation>Antler tar en Raspberry Pi, eller valfri Debian-liknande värd, från ett tomt system till en övervakad test-, staging- och produktionspipeline. Utan argument öppnar det sitt fönster; med %1 körs det utan gränssnitt och behöver ingen skärm.</translation>
    </message>
    <message>
        <source>Playbooks can use %1 modules, listed under “antler help run-playbook”; the pipeline builds, rolls out, promotes and rolls back with the %2 runtimes.</source>
        <translation>Playbooks kan använda %1 moduler, listade under ”antler help run-playbook”; pipelinen bygger, driftsätter, befordrar och rullar tillbaka med körmiljöerna %2.</translation>
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
        <source>The playbook or the inventory has an error, which is printed as FILE:LINE:COLUMN; no host was contacted.</source>
        <translation>Playbooken eller inventariet innehåller ett fel, som skrivs ut som FILE:LINE:COLUMN; ingen värd kontaktades.</translation>
    </message>
    <message>
        <source>A host was unreachable.</source>
        <translation>En värd gick inte att nå.</translation>
    </message>
    <message>
        <source>Invalid options.</source>
        <translation>Ogiltiga flaggor.</translation>
    </message>
    <message>
        <source>Pipeline: a promotion gate or a pin refused the operation; nothing changed.</source>
        <translation>Pipeline: ett befordringsvillkor eller en låsning nekade åtgärden; ingenting ändrades.</translation>
    </message>
    <message>
        <source>Pipeline: the rollout failed and the stage was rolled back to its previous release.</source>
        <translation>Pipeline: utrullningen misslyckades och steget rullades tillbaka till sin föregående release.</translation>
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
        <source>Usage:</source>
        <translation>Användning:</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Övrigt:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Slutkoder:</translation>
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
        <translation>--limit tar ett tal från 1 och uppåt, inte ”%1”.</translation>
    </message>
    <message>
        <source>“%1” takes no arguments, but got “%2”.</source>
        <translation>”%1” tar inga argument, men fick ”%2”.</translation>
    </message>
    <message>
        <source>“%1” needs %2; write antler pipeline %1 %2.</source>
        <translation>”%1” behöver %2; skriv antler pipeline %1 %2.</translation>
    </message>
    <message>
        <source>“%1” does not take --%2.</source>
        <translation>”%1” tar inte --%2.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier operation(s) were interrupted before they finished; “antler pipeline history” lists them.</source>
        <translation>
            <numerusform>%n tidigare åtgärd avbröts innan den var klar; ”antler pipeline history” listar den.</numerusform>
            <numerusform>%n tidigare åtgärder avbröts innan de var klara; ”antler pipeline history” listar dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Builds the images, rolls them out, and moves a release from stage to stage; every step is recorded.</source>
        <translation>Bygger avbildningarna, rullar ut dem och flyttar en release från steg till steg; varje moment registreras.</translation>
    </message>
    <message>
        <source>build: the moosefacts program to package, instead of the one next to antler.</source>
        <translation>build: moosefacts-programmet som ska paketeras, i stället för det bredvid antler.</translation>
    </message>
    <message>
        <source>build: the frontend folder to package, instead of the one antler was built or installed with.</source>
        <translation>build: frontend-mappen som ska paketeras, i stället för den som antler byggdes eller installerades med.</translation>
    </message>
    <message>
        <source>build: the JSON file of facts to package, instead of the bundled one.</source>
        <translation>build: JSON-filen med facts som ska paketeras, i stället för den medföljande.</translation>
    </message>
    <message>
        <source>deploy: roll out this release instead of the newest build.</source>
        <translation>deploy: driftsätt den här utgåvan i stället för det senaste bygget.</translation>
    </message>
    <message>
        <source>promote: confirm a promotion into a stage that asks for it.</source>
        <translation>promote: bekräfta en befordran till ett steg som kräver det.</translation>
    </message>
    <message>
        <source>rollback, pin: the reason to record.</source>
        <translation>rollback, pin: orsaken som ska registreras.</translation>
    </message>
    <message>
        <source>history: only the operations on STAGE.</source>
        <translation>history: endast åtgärderna på STAGE.</translation>
    </message>
    <message>
        <source>history: at most N operations.</source>
        <translation>history: högst N åtgärder.</translation>
    </message>
    <message>
        <source>Build the app into an immutable release named by its sha256 digest: images on the target, or an artifact folder for the local runtime.</source>
        <translation>Bygg appen till en oföränderlig release namngiven efter sin sha256-digest: avbildningar på målsystemet, eller en artefaktmapp för den lokala körmiljön.</translation>
    </message>
    <message>
        <source>Roll the newest build (or --digest) out to STAGE; if it is not healthy within the stage&apos;s rollout timeout, STAGE goes back to its previous release automatically.</source>
        <translation>Rulla ut det senaste bygget (eller --digest) till STAGE; är det inte friskt inom stegets tidsgräns för utrullning går STAGE automatiskt tillbaka till sin föregående release.</translation>
    </message>
    <message>
        <source>Move the exact digest that runs in FROM to TO, if FROM is healthy and soaked; stages that ask for confirmation need --yes.</source>
        <translation>Flytta exakt den digest som körs i FROM till TO, om FROM är frisk och har klarat observationstiden; steg som kräver bekräftelse behöver --yes.</translation>
    </message>
    <message>
        <source>Put STAGE back on its previous release and pin it there, recording --reason.</source>
        <translation>Återställ STAGE till dess föregående release och lås det där, och registrera --reason.</translation>
    </message>
    <message>
        <source>Refuse deploys and promotions to STAGE.</source>
        <translation>Neka driftsättningar och befordringar till STAGE.</translation>
    </message>
    <message>
        <source>Allow deploys and promotions to STAGE again.</source>
        <translation>Tillåt driftsättningar och befordringar till STAGE igen.</translation>
    </message>
    <message>
        <source>List every build, rollout, promotion and rollback, newest first.</source>
        <translation>Lista varje bygge, utrullning, befordran och återställning, senaste först.</translation>
    </message>
    <message>
        <source>Show which release each stage runs, drift from the history, and pins.</source>
        <translation>Visa vilken release varje steg kör, avvikelser från historiken och låsningar.</translation>
    </message>
    <message>
        <source>Stop the stage&apos;s workload.</source>
        <translation>Stoppa stegets arbetslast.</translation>
    </message>
    <message>
        <source>A stage runs with one of the runtimes %1, named by runtime: in antler.yaml.</source>
        <translation>Ett steg körs med en av körmiljöerna %1, angiven med runtime: i antler.yaml.</translation>
    </message>
    <message>
        <source>Progress goes to standard error, the result to standard output. It exits with 0 on success, 2 when a build or rollout failed, 3 for an unknown stage or digest or an error in the configuration, 6 when a gate or pin refused the operation (nothing changed) and 7 when a rollout failed and the stage was rolled back.</source>
        <translation>Förloppet skrivs till standardfel, resultatet till standardutdata. Det avslutas med 0 vid framgång, 2 när ett bygge eller en utrullning misslyckades, 3 för ett okänt steg eller en okänd digest eller ett fel i konfigurationen, 6 när ett villkor eller en låsning nekade åtgärden (ingenting ändrades) och 7 när en utrullning misslyckades och steget rullades tillbaka.</translation>
    </message>
    <message>
        <source>or</source>
        <translation>eller</translation>
    </message>
    <message>
        <source>say what to do: %1.
%2</source>
        <translation>ange vad som ska göras: %1.
%2</translation>
    </message>
    <message>
        <source>there is no pipeline command “%1”; use %2.</source>
        <translation>det finns inget pipelinekommando ”%1”; använd %2.</translation>
    </message>
    <message>
        <source>When the pipeline history is damaged, keep it aside (renamed, never deleted) and start a new one.</source>
        <translation>När pipelinehistoriken är skadad, lägg den åt sidan (omdöpt, aldrig raderad) och börja en ny.</translation>
    </message>
    <message>
        <source>It is shown read-only.</source>
        <translation>Den visas skrivskyddad.</translation>
    </message>
    <message>
        <source>Restore it from a backup, or run again with --new-history to keep it aside under another name and start a new one.</source>
        <translation>Återställ den från en säkerhetskopia, eller kör igen med --new-history för att lägga den åt sidan under ett annat namn och börja en ny.</translation>
    </message>
    <message>
        <source>the damaged pipeline history is kept as %1; a new one was started.</source>
        <translation>den skadade pipelinehistoriken sparas som %1; en ny har påbörjats.</translation>
    </message>
</context>
<context>
    <name>antler::cli::RunPlaybookCommand</name>
    <message>
        <source>only one -i is supported in this version; merge the inventories into one file or folder.</source>
        <translation>den här versionen stöder bara ett -i; slå ihop inventarierna till en fil eller mapp.</translation>
    </message>
    <message>
        <source>--forks takes a whole number of at least 1, not “%1”; write for example --forks 5.</source>
        <translation>--forks tar ett heltal på minst 1, inte ”%1”; skriv till exempel --forks 5.</translation>
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
    <message>
        <source>%1 is not supported by Antler; set the same in the inventory (ansible_user, ansible_become, ansible_become_password, ansible_ssh_private_key_file) or in the playbook instead.</source>
        <translation>%1 stöds inte av Antler; ange samma sak i inventariet (ansible_user, ansible_become, ansible_become_password, ansible_ssh_private_key_file) eller i playbooken i stället.</translation>
    </message>
    <message>
        <source>Running playbooks</source>
        <translation>Pågående playbooks</translation>
    </message>
    <message>
        <source>Runs an Ansible-compatible YAML playbook over SSH, printing each task as it runs and a recap per host at the end. It takes ansible-playbook&apos;s flags, before or after the playbook, and exits with its codes.</source>
        <translation>Kör en Ansible-kompatibel YAML-playbook över SSH, skriver ut varje uppgift medan den körs och en sammanfattning per värd i slutet. Den tar ansible-playbooks flaggor, före eller efter playbooken, och avslutas med dess koder.</translation>
    </message>
    <message>
        <source>Inventory file, or a comma-separated list of hosts such as host1,host2, (note the trailing comma).</source>
        <translation>Inventariefil, eller en kommaseparerad lista med värdar som host1,host2, (observera det avslutande kommat).</translation>
    </message>
    <message>
        <source>Set extra variables: key=value words (quote values with spaces), a YAML or JSON file after @, or inline JSON/YAML such as &apos;{&quot;n&quot;: 1}&apos;; may be repeated, later wins.</source>
        <translation>Sätt extra variabler: key=value-ord (citera värden med mellanslag), en YAML- eller JSON-fil efter @, eller inbäddad JSON/YAML som &apos;{&quot;n&quot;: 1}&apos;; kan upprepas, den senare gäller.</translation>
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
        <source>Run only on the hosts that match PATTERN (a:b, a:&amp;b, a:!b, globs), or on the hosts listed in a retry file given as @FILE; repeated, it runs on their union.</source>
        <translation>Kör endast på värdarna som matchar PATTERN (a:b, a:&amp;b, a:!b, globmönster), eller på värdarna i en retry-fil angiven som @FILE; upprepat körs det på unionen av dem.</translation>
    </message>
    <message>
        <source>Run only the tasks tagged with one of T (comma-separated, may be repeated; always, never, tagged, untagged and all work as in Ansible).</source>
        <translation>Kör endast uppgifterna som är taggade med någon av T (kommaseparerade, kan upprepas; always, never, tagged, untagged och all fungerar som i Ansible).</translation>
    </message>
    <message>
        <source>Skip the tasks tagged with one of T (comma-separated, may be repeated).</source>
        <translation>Hoppa över uppgifterna som är taggade med någon av T (kommaseparerade, kan upprepas).</translation>
    </message>
    <message>
        <source>Work on up to N hosts at once (default 5).</source>
        <translation>Arbeta på upp till N värdar samtidigt (standard 5).</translation>
    </message>
    <message>
        <source>Start at the first task called NAME.</source>
        <translation>Börja vid den första uppgiften som heter NAME.</translation>
    </message>
    <message>
        <source>Validate the playbook and everything it imports, print its name, then exit.</source>
        <translation>Validera playbooken och allt den importerar, skriv ut dess namn och avsluta sedan.</translation>
    </message>
    <message>
        <source>List the tasks that would run, with their tags, then exit.</source>
        <translation>Lista uppgifterna som skulle köras, med deras taggar, och avsluta sedan.</translation>
    </message>
    <message>
        <source>Print the run as it happens as JSON Lines: one object per event (play and task starts, live output, each host&apos;s result, the recap).</source>
        <translation>Skriv ut körningen medan den pågår som JSON Lines: ett objekt per händelse (start av play och uppgifter, direktutdata, varje värds resultat, sammanfattningen).</translation>
    </message>
    <message>
        <source>Print more details; repeat for more, as in -vvv.</source>
        <translation>Skriv ut fler detaljer; upprepa för ännu fler, som i -vvv.</translation>
    </message>
    <message>
        <source>List the hosts each play would run on, then exit.</source>
        <translation>Lista värdarna som varje play skulle köras på och avsluta sedan.</translation>
    </message>
    <message>
        <source>List the tags of each play&apos;s tasks, then exit.</source>
        <translation>Lista taggarna för varje plays uppgifter och avsluta sedan.</translation>
    </message>
    <message>
        <source>Print one JSON document at the end, shaped like ansible-playbook&apos;s json callback.</source>
        <translation>Skriv ut ett enda JSON-dokument i slutet, format som ansible-playbooks json-callback.</translation>
    </message>
    <message>
        <source>Trust and remember the key of a host not yet in known_hosts, as OpenSSH&apos;s accept-new; without it such hosts are refused. A changed key is always refused.</source>
        <translation>Lita på och spara nyckeln för en värd som ännu inte finns i known_hosts, som OpenSSH:s accept-new; utan den nekas sådana värdar. En ändrad nyckel nekas alltid.</translation>
    </message>
    <message>
        <source>Modules: %1.</source>
        <translation>Moduler: %1.</translation>
    </message>
    <message>
        <source>Not taken, because the inventory (ansible_user, ansible_become, ansible_become_password, ansible_ssh_private_key_file) or the playbook says the same: %1.</source>
        <translation>Används inte, eftersom inventariet (ansible_user, ansible_become, ansible_become_password, ansible_ssh_private_key_file) eller playbooken anger samma sak: %1.</translation>
    </message>
    <message>
        <source>the option --run-playbook needs a value; write it as “--run-playbook FILE”.</source>
        <translation>flaggan --run-playbook behöver ett värde; skriv den som ”--run-playbook FIL”.</translation>
    </message>
    <message>
        <source>antler runs one playbook at a time, but got %1; import the others from one playbook with import_playbook.</source>
        <translation>antler kör en playbook i taget, men fick %1; importera de andra från en playbook med import_playbook.</translation>
    </message>
</context>
<context>
    <name>antler::cli::StatusCommand</name>
    <message>
        <source>not every probe, host or runtime answered within 30 seconds; what did not answer is shown as unknown.</source>
        <translation>inte alla kontroller, värdar eller körmiljöer svarade inom 30 sekunder; det som inte svarade visas som okänt.</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Hälsa</translation>
    </message>
    <message>
        <source>Shows the live health of every stage: the same probes and host metrics the charts show.</source>
        <translation>Visar varje stegs hälsa i realtid: samma kontroller och värdmätvärden som diagrammen visar.</translation>
    </message>
    <message>
        <source>Keep printing updates until interrupted.</source>
        <translation>Fortsätt skriva ut uppdateringar tills du avbryter.</translation>
    </message>
    <message>
        <source>It exits with 0 when every stage is up, 2 when a stage is down and 3 when none is down but one is degraded or not known yet. One-shot status has no history, so one failed probe counts as down.</source>
        <translation>Det avslutas med 0 när alla steg är uppe, 2 när ett steg är nere och 3 när inget är nere men något är försämrat eller ännu okänt. En enstaka statuskontroll har ingen historik, så en enda misslyckad kontroll räknas som nere.</translation>
    </message>
    <message>
        <source>“%1” is not an argument of status; run “antler help status” to see what it takes.</source>
        <translation>”%1” är inte ett argument till status; kör ”antler help status” för att se vad det tar.</translation>
    </message>
</context>
<context>
    <name>antler::cli::VersionCommand</name>
    <message>
        <source>Show the version, the commit and the build time.</source>
        <translation>Visa versionen, commiten och byggtiden.</translation>
    </message>
</context>
<context>
    <name>antler::gui::AvailabilityStrip</name>
    <message>
        <source>Availability</source>
        <translation>Tillgänglighet</translation>
    </message>
    <message>
        <source>up</source>
        <translation>uppe</translation>
    </message>
    <message>
        <source>partly down</source>
        <translation>delvis nere</translation>
    </message>
    <message>
        <source>down</source>
        <translation>nere</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>inga data</translation>
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
        <translation>Välj hur Pi:n kör stegen</translation>
    </message>
    <message>
        <source>Good defaults are filled in; change what you need. The Pi is set up as soon as you go on.</source>
        <translation>Bra standardvärden är ifyllda; ändra det du behöver. Pi:n konfigureras så snart du går vidare.</translation>
    </message>
    <message>
        <source>&amp;Set up the Pi</source>
        <translation>&amp;Konfigurera Pi:n</translation>
    </message>
    <message>
        <source>podman: containers, light on memory</source>
        <translation>podman: containrar, snål med minnet</translation>
    </message>
    <message>
        <source>k3s: a small Kubernetes, needs 2 GB</source>
        <translation>k3s: en liten Kubernetes, behöver 2 GB</translation>
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
        <translation>k3s air-gap-&amp;paket:</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Stage %1:</source>
        <translation>Steg %1:</translation>
    </message>
    <message>
        <source>Recommended: k3s, since the Pi has %1 MB of memory and a 64-bit system.</source>
        <translation>Rekommenderas: k3s, eftersom Pi:n har %1 MB minne och ett 64-bitarssystem.</translation>
    </message>
    <message>
        <source>Recommended: podman (k3s wants 2 GB of memory and a 64-bit system).</source>
        <translation>Rekommenderas: podman (k3s kräver 2 GB minne och ett 64-bitarssystem).</translation>
    </message>
    <message>
        <source>Port %1 is used twice: give every stage and the registry a port of its own.</source>
        <translation>Port %1 används två gånger: ge varje steg och registret en egen port.</translation>
    </message>
    <message>
        <source>Name at least one stage, for example test.</source>
        <translation>Namnge minst ett steg, till exempel test.</translation>
    </message>
    <message>
        <source>a folder with k3s&apos;s release files for the Pi: k3s-arm64, install.sh, the air-gap images (optional)</source>
        <translation>en mapp med k3s utgåvefiler för Pi:n: k3s-arm64, install.sh, air-gap-avbildningarna (valfritt)</translation>
    </message>
    <message>
        <source>k3s would fit too (%1 MB of memory, a 64-bit system); podman is lighter and runs the same three stages.</source>
        <translation>k3s skulle också passa (%1 MB minne, ett 64-bitarssystem); podman är lättare och kör samma tre steg.</translation>
    </message>
    <message>
        <source>Not recommended on this Pi: k3s wants 2 GB of memory and a 64-bit system. Podman runs the same three stages.</source>
        <translation>Inte rekommenderat på denna Pi: k3s behöver 2 GB minne och ett 64-bitarssystem. Podman kör samma tre steg.</translation>
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
        <translation>Skriv ett kommando, t.ex. ”befordra test”</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation>Matchande kommandon</translation>
    </message>
</context>
<context>
    <name>antler::gui::ConfirmChangeDialog</name>
    <message>
        <source>Promote %1 → %2</source>
        <translation>Befordra %1 → %2</translation>
    </message>
    <message>
        <source>Roll back %1</source>
        <translation>Rulla tillbaka %1</translation>
    </message>
    <message>
        <source>%1 will run the release that runs in %2 now.</source>
        <translation>%1 kommer att köra den release som körs i %2 nu.</translation>
    </message>
    <message>
        <source>%1 will go back to the release it ran before, and stay pinned there until you unpin it.</source>
        <translation>%1 går tillbaka till den release det körde tidigare och förblir låst där tills du låser upp det.</translation>
    </message>
    <message>
        <source>%1 runs now:</source>
        <translation>%1 kör nu:</translation>
    </message>
    <message>
        <source>%1 will run:</source>
        <translation>%1 kommer att köra:</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>Detta ändras:</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Detta ändras</translation>
    </message>
    <message>
        <source>e.g. the new facts page shows broken characters</source>
        <translation>t.ex. den nya faktasidan visar trasiga tecken</translation>
    </message>
    <message>
        <source>Reason for the rollback</source>
        <translation>Anledning till tillbakarullningen</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Anledning:</translation>
    </message>
    <message>
        <source>I want to change %1 now</source>
        <translation>Jag vill ändra %1 nu</translation>
    </message>
    <message>
        <source>&amp;Promote</source>
        <translation>&amp;Befordra</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>&amp;Rulla tillbaka</translation>
    </message>
    <message>
        <source>no release</source>
        <translation>ingen release</translation>
    </message>
    <message>
        <source>build %1</source>
        <translation>bygge %1</translation>
    </message>
    <message>
        <source>built %1</source>
        <translation>byggd %1</translation>
    </message>
    <message>
        <source>from commit %1</source>
        <translation>från commit %1</translation>
    </message>
</context>
<context>
    <name>antler::gui::ConnectPage</name>
    <message>
        <source>Connect to the Pi</source>
        <translation>Anslut till Pi:n</translation>
    </message>
    <message>
        <source>The address of a Raspberry Pi with SSH turned on (Raspberry Pi Imager: Edit settings → Services → Enable SSH), and the user you log in as.</source>
        <translation>Adressen till en Raspberry Pi med SSH påslaget (Raspberry Pi Imager: Redigera inställningar → Tjänster → Aktivera SSH), och användaren du loggar in som.</translation>
    </message>
    <message>
        <source>raspberrypi.local or 192.168.1.20</source>
        <translation>raspberrypi.local eller 192.168.1.20</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Värd:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Användare:</translation>
    </message>
    <message>
        <source>Keys of the SSH &amp;agent</source>
        <translation>Nycklarna i SSH-&amp;agenten</translation>
    </message>
    <message>
        <source>A &amp;key file:</source>
        <translation>En &amp;nyckelfil:</translation>
    </message>
    <message>
        <source>The user&apos;s pass&amp;word:</source>
        <translation>Användarens löse&amp;nord:</translation>
    </message>
    <message>
        <source>~/.ssh/id_ed25519</source>
        <translation>~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Choose the private key</source>
        <translation>Välj den privata nyckeln</translation>
    </message>
    <message>
        <source>Log in with:</source>
        <translation>Logga in med:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <source>Going on with the setup of %1 where it stopped: %2 of %3 steps are done. Test the connection to continue.</source>
        <translation>Konfigurationen av %1 fortsätter där den stannade: %2 av %3 moment är klara. Testa anslutningen för att fortsätta.</translation>
    </message>
    <message>
        <source>Nothing answers SSH at %1 port %2 (connection refused): turn SSH on on the Pi (sudo raspi-config → Interface Options → SSH) or check the port.</source>
        <translation>Inget svarar på SSH på %1 port %2 (anslutningen nekades): slå på SSH på Pi:n (sudo raspi-config → Interface Options → SSH) eller kontrollera porten.</translation>
    </message>
    <message>
        <source>%1 cannot be reached (no route to it): check the address and that the Pi is on and on the same network.</source>
        <translation>%1 kan inte nås (ingen väg dit): kontrollera adressen och att Pi:n är på och i samma nätverk.</translation>
    </message>
    <message>
        <source>%1 did not answer in time: the Pi may still be starting, or a firewall drops the connection; wait a minute and test again.</source>
        <translation>%1 svarade inte i tid: Pi:n startar kanske fortfarande, eller så släpper en brandvägg anslutningen; vänta en minut och testa igen.</translation>
    </message>
    <message>
        <source>The Pi refused to let %1 log in with this key or password: check the user name (Raspberry Pi Imager sets it) and the key or password.</source>
        <translation>Pi:n nekade %1 att logga in med den här nyckeln eller lösenordet: kontrollera användarnamnet (Raspberry Pi Imager anger det) och nyckeln eller lösenordet.</translation>
    </message>
    <message>
        <source>%1 logged in but cannot use sudo without a password: give %1 sudo rights on the Pi, or use the password login so that sudo gets it.</source>
        <translation>%1 loggade in men kan inte använda sudo utan lösenord: ge %1 sudo-rättigheter på Pi:n, eller använd inloggning med lösenord så att sudo får det.</translation>
    </message>
    <message>
        <source>Type the Pi&apos;s address first.</source>
        <translation>Skriv in Pi:ns adress först.</translation>
    </message>
    <message>
        <source>The Pi presents a host key this computer has not seen before: check it on the next page.</source>
        <translation>Pi:n visar en värdnyckel som den här datorn inte har sett förut: kontrollera den på nästa sida.</translation>
    </message>
    <message>
        <source>Connected; checking that sudo works…</source>
        <translation>Ansluten; kontrollerar att sudo fungerar…</translation>
    </message>
    <message>
        <source>sudo failed: %1</source>
        <translation>sudo misslyckades: %1</translation>
    </message>
    <message>
        <source>Connected to %1 as %2; sudo works.</source>
        <translation>Ansluten till %1 som %2; sudo fungerar.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Ansluter till %1…</translation>
    </message>
    <message>
        <source>STOP: the Pi at %1 presents a different host key than the one this computer trusts. Someone may be intercepting the connection, or the Pi was reinstalled; nothing was run. It presents %2 %3; line %4 of %5 holds %6 %7. Only if you reinstalled the Pi, remove that line (ssh-keygen -R &apos;%8&apos; -f %5) and test the connection again.</source>
        <translation>STOPP: Pi:n på %1 visar en annan värdnyckel än den som den här datorn litar på. Någon kan avlyssna anslutningen, eller så har Pi:n installerats om; ingenting kördes. Den visar %2 %3; rad %4 i %5 innehåller %6 %7. Bara om du har installerat om Pi:n, ta bort den raden (ssh-keygen -R &apos;%8&apos; -f %5) och testa anslutningen igen.</translation>
    </message>
</context>
<context>
    <name>antler::gui::DonePage</name>
    <message>
        <source>The Pi is ready</source>
        <translation>Pi:n är klar</translation>
    </message>
    <message>
        <source>Every step has finished; the Pi is now the target of a profile of its own.</source>
        <translation>Varje moment är klart; Pi:n är nu målet för en egen profil.</translation>
    </message>
    <message>
        <source>&amp;Build and deploy to %1</source>
        <translation>&amp;Bygg och driftsätt till %1</translation>
    </message>
    <message>
        <source>%1 (port %2)</source>
        <translation>%1 (port %2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 now has:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the memory cgroup controller on&lt;/li&gt;&lt;li&gt;%2 as its container engine&lt;/li&gt;&lt;li&gt;an image registry on port %3&lt;/li&gt;&lt;li&gt;the build tools&lt;/li&gt;&lt;li&gt;the stages %4&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;%1 har nu:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;minneskontrollern för cgroups påslagen&lt;/li&gt;&lt;li&gt;%2 som containermotor&lt;/li&gt;&lt;li&gt;ett avbildningsregister på port %3&lt;/li&gt;&lt;li&gt;byggverktygen&lt;/li&gt;&lt;li&gt;stegen %4&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The profile could not be written:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Profilen kunde inte skrivas:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The new profile &lt;tt&gt;%1&lt;/tt&gt; opens in the window when you click Finish.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Den nya profilen &lt;tt&gt;%1&lt;/tt&gt; öppnas i fönstret när du klickar på Slutför.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>antler::gui::EventsModel</name>
    <message>
        <source>%1
(operation #%2: activate to open it in History)</source>
        <translation>%1
(åtgärd #%2: aktivera för att öppna den i historiken)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Allvarlighetsgrad</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
</context>
<context>
    <name>antler::gui::EventsView</name>
    <message>
        <source>&amp;Warnings and errors only</source>
        <translation>Endast &amp;varningar och fel</translation>
    </message>
    <message>
        <source>Warnings and errors only</source>
        <translation>Endast varningar och fel</translation>
    </message>
    <message>
        <source>Hide the informational events</source>
        <translation>Dölj informationshändelserna</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alla steg</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>Stegfilter</translation>
    </message>
    <message>
        <source>Show the events of one stage</source>
        <translation>Visa händelserna för ett steg</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Töm</translation>
    </message>
    <message>
        <source>Remove every event from the timeline</source>
        <translation>Ta bort alla händelser från tidslinjen</translation>
    </message>
    <message>
        <source>Clear events</source>
        <translation>Töm händelser</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>Health changes, operations, warnings and errors of every stage, newest at the bottom; activate one to select its stage and operation</source>
        <translation>Hälsoändringar, åtgärder, varningar och fel för alla steg, senaste längst ned; aktivera en för att välja dess steg och åtgärd</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Inga händelser än</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>Händelser: %1</translation>
    </message>
    <message>
        <source>Events: %1 of %2 shown</source>
        <translation>Händelser: %1 av %2 visas</translation>
    </message>
</context>
<context>
    <name>antler::gui::FleetDocks</name>
    <message>
        <source>Playbooks can run once the window has started its pipeline.</source>
        <translation>Playbooks kan köras när fönstret har startat sin pipeline.</translation>
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
        <translation>Välj en playbook och ett inventarie, se vad den kommer att göra och kör den.</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Värdar</translation>
    </message>
    <message>
        <source>&amp;Hosts</source>
        <translation>&amp;Värdar</translation>
    </message>
    <message>
        <source>Every host of the profile: connection, facts and vital signs.</source>
        <translation>Varje värd i profilen: anslutning, facts och hälsotillstånd.</translation>
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
        <translation>kan inte öppna fönstret: %1 kan inte startas (%2); installera om antler, som fönstret hör till.</translation>
    </message>
</context>
<context>
    <name>antler::gui::HealthView</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
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
        <translation>7 d</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 d</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Hälsa</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Host metrics: waiting for the first sample…</source>
        <translation>Värdmätvärden: väntar på det första mätvärdet…</translation>
    </message>
    <message>
        <source>CPU load (1 min)</source>
        <translation>CPU-last (1 min)</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>Använt minne</translation>
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
        <translation>uppe i %1</translation>
    </message>
    <message>
        <source>memory cgroup enabled</source>
        <translation>minnes-cgroup aktiverad</translation>
    </message>
    <message>
        <source>memory cgroup DISABLED</source>
        <translation>minnes-cgroup INAKTIVERAD</translation>
    </message>
    <message>
        <source>no throttling</source>
        <translation>ingen strypning</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>(no data)</source>
        <translation>(inga data)</translation>
    </message>
</context>
<context>
    <name>antler::gui::HistoryModel</name>
    <message>
        <source>Operation %1 is not in the pipeline history %2; refresh the history.</source>
        <translation>Åtgärd %1 finns inte i pipelinehistoriken %2; uppdatera historiken.</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Bygge</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Driftsättning</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Befordran</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Tillbakarullning</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Låsning</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Upplåsning</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Lyckades</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Tillbakarullad</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Nekad</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Körs</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Avbruten under körning</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>running</source>
        <translation>körs</translation>
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
        <translation>Från %1 till %2</translation>
    </message>
    <message>
        <source>A build changes no stage.</source>
        <translation>Ett bygge ändrar inget steg.</translation>
    </message>
    <message>
        <source>No digest recorded (yet).</source>
        <translation>Ingen digest registrerad (än).</translation>
    </message>
    <message>
        <source>%1
before: %2</source>
        <translation>%1
före: %2</translation>
    </message>
    <message>
        <source>Started %1 (%2 UTC)</source>
        <translation>Startade %1 (%2 UTC)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>The stage changed; for a promotion, from → to</source>
        <translation>Steget som ändrades; för en befordran från → till</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>The release&apos;s digest; hover a cell for the full one</source>
        <translation>Releasens digest; håll pekaren över en cell för att se hela</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>When it started, local time</source>
        <translation>När den startade, lokal tid</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varaktighet</translation>
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
        <translation>En playbookkörning ändrar inget steg.</translation>
    </message>
</context>
<context>
    <name>antler::gui::HistoryView</name>
    <message>
        <source>Operation</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anledning</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>Artefakter</translation>
    </message>
    <message>
        <source>Source commit</source>
        <translation>Käll-commit</translation>
    </message>
    <message>
        <source>Build number</source>
        <translation>Byggnummer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startad</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varaktighet</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>Filter: digest, stage, user, reason…</source>
        <translation>Filter: digest, steg, användare, anledning…</translation>
    </message>
    <message>
        <source>Filter the history</source>
        <translation>Filtrera historiken</translation>
    </message>
    <message>
        <source>Shows the operations that contain every word (Ctrl+F)</source>
        <translation>Visar de åtgärder som innehåller alla orden (Ctrl+F)</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Typfilter</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>Stegfilter</translation>
    </message>
    <message>
        <source>Result filter</source>
        <translation>Resultatfilter</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alla steg</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Alla resultat</translation>
    </message>
    <message>
        <source>Read the history file again</source>
        <translation>Läs historikfilen igen</translation>
    </message>
    <message>
        <source>Refresh history</source>
        <translation>Uppdatera historiken</translation>
    </message>
    <message>
        <source>Pipeline history</source>
        <translation>Pipelinehistorik</translation>
    </message>
    <message>
        <source>Every build, rollout, promotion, rollback and pin, newest first</source>
        <translation>Varje bygge, utrullning, befordran, tillbakarullning och låsning, senaste först</translation>
    </message>
    <message>
        <source>Operation details</source>
        <translation>Åtgärdsdetaljer</translation>
    </message>
    <message>
        <source>Operation log</source>
        <translation>Åtgärdslogg</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Kör igen</translation>
    </message>
    <message>
        <source>Copy digest</source>
        <translation>Kopiera digest</translation>
    </message>
    <message>
        <source>Copy log</source>
        <translation>Kopiera logg</translation>
    </message>
    <message>
        <source>Copy the operation&apos;s log to the clipboard</source>
        <translation>Kopiera åtgärdens logg till urklipp</translation>
    </message>
    <message>
        <source>Select an operation to see every field and its log.</source>
        <translation>Välj en åtgärd för att se alla fält och dess logg.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Läser loggen…</translation>
    </message>
    <message>
        <source>The log of the selected operation appears here.</source>
        <translation>Loggen för den valda åtgärden visas här.</translation>
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
        <translation>Inga loggrader än.</translation>
    </message>
    <message>
        <source>No log lines were recorded for this operation.</source>
        <translation>Inga loggrader registrerades för den här åtgärden.</translation>
    </message>
    <message>
        <source>Select an operation to run it again.</source>
        <translation>Välj en åtgärd för att köra den igen.</translation>
    </message>
    <message>
        <source>Operation #%1 is still running.</source>
        <translation>Åtgärd #%1 körs fortfarande.</translation>
    </message>
    <message>
        <source>A %1 is not run again from the history; use the stage&apos;s actions.</source>
        <translation>Åtgärder av typen ”%1” körs inte igen från historiken; använd stegets åtgärder.</translation>
    </message>
    <message>
        <source>Operation #%1 recorded no digest, so there is nothing to roll out again.</source>
        <translation>Åtgärd #%1 registrerade ingen digest, så det finns inget att rulla ut igen.</translation>
    </message>
    <message>
        <source>Build again from the same sources.</source>
        <translation>Bygg igen från samma källor.</translation>
    </message>
    <message>
        <source>Promote %1 from %2 to %3 again.</source>
        <translation>Befordra %1 från %2 till %3 igen.</translation>
    </message>
    <message>
        <source>%1 %2 to %3 again.</source>
        <translation>Kör igen: %1 av %2 till %3.</translation>
    </message>
    <message>
        <source>No operations recorded yet: %1 is created by the first build, rollout or pin, from this window or from “antler pipeline”.</source>
        <translation>Inga åtgärder registrerade än: %1 skapas av det första bygget, den första utrullningen eller låsningen, från det här fönstret eller från ”antler pipeline”.</translation>
    </message>
    <message>
        <source>Reading the pipeline history %1…</source>
        <translation>Läser pipelinehistoriken %1…</translation>
    </message>
    <message>
        <source>No operations recorded yet in %1.</source>
        <translation>Inga åtgärder registrerade än i %1.</translation>
    </message>
    <message>
        <source>No operation matches the filters; clear them to see every operation.</source>
        <translation>Ingen åtgärd matchar filtren; rensa dem för att se alla åtgärder.</translation>
    </message>
    <message>
        <source>A playbook run is repeated from the Playbooks dock (Run again).</source>
        <translation>En playbookkörning upprepas från panelen Playbooks (Kör igen).</translation>
    </message>
</context>
<context>
    <name>antler::gui::HostKeyDialog</name>
    <message>
        <source>Unknown host key: %1</source>
        <translation>Okänd värdnyckel: %1</translation>
    </message>
    <message>
        <source>%1 (%2) presents a host key that is not in your known_hosts file. Connect only if it is the key of that host.</source>
        <translation>%1 (%2) visar en värdnyckel som inte finns i din known_hosts-fil. Anslut bara om det är nyckeln för den värden.</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Nyckeltyp:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingeravtryck:</translation>
    </message>
    <message>
        <source>To check it, run this on the host itself (at its console, or over a connection you already trust) and compare the fingerprint it prints:</source>
        <translation>För att kontrollera den, kör detta på själva värden (vid dess konsol, eller över en anslutning du redan litar på) och jämför fingeravtrycket den skriver ut:</translation>
    </message>
    <message>
        <source>Accept adds the key to %1 and the connection goes on. Reject stops the connection to this host only; nothing runs on it.</source>
        <translation>Godkänn lägger till nyckeln i %1 och anslutningen fortsätter. Avvisa stoppar bara anslutningen till den här värden; inget körs på den.</translation>
    </message>
    <message>
        <source>&amp;Accept and connect</source>
        <translation>&amp;Godkänn och anslut</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Avvisa</translation>
    </message>
    <message>
        <source>Host key changed: %1 refused</source>
        <translation>Värdnyckeln har ändrats: %1 avvisad</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) has CHANGED since it was last accepted. Someone may be intercepting the connection (a man-in-the-middle attack), or the host was reinstalled or got new keys. Antler refused to connect: nothing was run on this host.</source>
        <translation>Värdnyckeln för %1 (%2) har ÄNDRATS sedan den senast godkändes. Någon kan avlyssna anslutningen (en mellanhandsattack), eller så har värden installerats om eller fått nya nycklar. Antler vägrade ansluta: inget kördes på den här värden.</translation>
    </message>
    <message>
        <source>The host presents:</source>
        <translation>Värden visar:</translation>
    </message>
    <message>
        <source>known_hosts holds:</source>
        <translation>known_hosts innehåller:</translation>
    </message>
    <message>
        <source>Line to remove:</source>
        <translation>Rad att ta bort:</translation>
    </message>
    <message>
        <source>Check the key on the host itself with %1. Only if it matches what the host presents, remove the old line (for example with the command below) and run again; Antler never replaces a known key for you.</source>
        <translation>Kontrollera nyckeln på själva värden med %1. Bara om den stämmer med det värden visar, ta bort den gamla raden (till exempel med kommandot nedan) och kör igen; Antler ersätter aldrig en känd nyckel åt dig.</translation>
    </message>
</context>
<context>
    <name>antler::gui::HostsModel</name>
    <message>
        <source>not connected</source>
        <translation>inte ansluten</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>ansluter</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>ansluten</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>förlorad</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>onåbar</translation>
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
        <translation>den här datorn</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1, %2% used</source>
        <translation>%1, %2 % använt</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiverad</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>inaktiverad</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>inte rapporterat</translation>
    </message>
    <message>
        <source>none</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Värd</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Anslutning</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
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
        <translation>OS och version</translation>
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
        <translation>Minnes-cgroup</translation>
    </message>
    <message>
        <source>Throttling</source>
        <translation>Strypning</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Senaste fel</translation>
    </message>
</context>
<context>
    <name>antler::gui::HostsView</name>
    <message>
        <source>&amp;Connect to host</source>
        <translation>&amp;Anslut till värden</translation>
    </message>
    <message>
        <source>&amp;Gather facts</source>
        <translation>&amp;Samla facts</translation>
    </message>
    <message>
        <source>Open SSH &amp;terminal</source>
        <translation>Öppna SSH-&amp;terminal</translation>
    </message>
    <message>
        <source>Set &amp;up a Pi…</source>
        <translation>&amp;Konfigurera en Pi…</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Värdar</translation>
    </message>
    <message>
        <source>Select a host first.</source>
        <translation>Välj en värd först.</translation>
    </message>
    <message>
        <source>%1 is connected.</source>
        <translation>%1 är ansluten.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Ansluter till %1…</translation>
    </message>
    <message>
        <source>Connect to %1 and log in.</source>
        <translation>Anslut till %1 och logga in.</translation>
    </message>
    <message>
        <source>Read %1&apos;s facts and vital signs now.</source>
        <translation>Läs facts och hälsotillstånd för %1 nu.</translation>
    </message>
    <message>
        <source>%1 is this machine; open a terminal here instead.</source>
        <translation>%1 är den här datorn; öppna en terminal här i stället.</translation>
    </message>
    <message>
        <source>Open a terminal running %1.</source>
        <translation>Öppna en terminal som kör %1.</translation>
    </message>
    <message>
        <source>No host is selected.</source>
        <translation>Ingen värd är vald.</translation>
    </message>
    <message>
        <source>%1 is %2: %3</source>
        <translation>%1 är %2: %3</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 är %2.</translation>
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
        <translation>Anslut till en ny Raspberry Pi, konfigurera den för pipelinen och gör den till en profil</translation>
    </message>
</context>
<context>
    <name>antler::gui::InspectPage</name>
    <message>
        <source>What the Pi is</source>
        <translation>Vad Pi:n är</translation>
    </message>
    <message>
        <source>Antler looks at the board, the system, the memory and the disk; nothing is changed yet.</source>
        <translation>Antler tittar på kortet, systemet, minnet och disken; inget ändras ännu.</translation>
    </message>
    <message>
        <source>Reading the Pi&apos;s facts…</source>
        <translation>Läser Pi:ns facts…</translation>
    </message>
    <message>
        <source>The facts could not be read: %1</source>
        <translation>Facts kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>Nothing stands in the way.</source>
        <translation>Inget står i vägen.</translation>
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
    <name>antler::gui::LogListView</name>
    <message>
        <source>Log lines</source>
        <translation>Loggrader</translation>
    </message>
    <message>
        <source>The output of the operation, one line per row. Arrow keys move, Shift extends the selection, Ctrl+A selects all, End follows new lines.</source>
        <translation>Åtgärdens utdata, en rad per rad i listan. Piltangenterna flyttar, Skift utökar markeringen, Ctrl+A markerar allt, End följer nya rader.</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>värd %1</translation>
    </message>
</context>
<context>
    <name>antler::gui::LogModel</name>
    <message>
        <source>Could not write the log to %1: %2. Choose another folder or file name.</source>
        <translation>Kunde inte skriva loggen till %1: %2. Välj en annan mapp eller ett annat filnamn.</translation>
    </message>
    <message>
        <source>Could not write the log to %1: %2. Check the free space and the permissions.</source>
        <translation>Kunde inte skriva loggen till %1: %2. Kontrollera ledigt utrymme och behörigheterna.</translation>
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
        <translation>Sök (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Sök i loggen</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Föregående träff</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nästa träff</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Träffar</translation>
    </message>
    <message>
        <source>99,999 of 99,999</source>
        <translation>99 999 av 99 999</translation>
    </message>
    <message>
        <source>Show the lines of host</source>
        <translation>Visa raderna från värden</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Värd:</translation>
    </message>
    <message>
        <source>Show the lines with result</source>
        <translation>Visa raderna med resultatet</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Alla resultat</translation>
    </message>
    <message>
        <source>failed or unreachable</source>
        <translation>misslyckad eller onåbar</translation>
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
        <translation>Loggverktyg</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>&amp;Next Match</source>
        <translation>&amp;Nästa träff</translation>
    </message>
    <message>
        <source>&amp;Previous Match</source>
        <translation>&amp;Föregående träff</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>F&amp;ölj</translation>
    </message>
    <message>
        <source>Keep showing the newest lines (End)</source>
        <translation>Fortsätt visa de senaste raderna (End)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Copy the selected lines</source>
        <translation>Kopiera de markerade raderna</translation>
    </message>
    <message>
        <source>Save the shown lines with their times to a file</source>
        <translation>Spara de visade raderna med sina tider i en fil</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Töm</translation>
    </message>
    <message>
        <source>Remove every line from this log</source>
        <translation>Ta bort alla rader från den här loggen</translation>
    </message>
    <message>
        <source>Saved %1 lines to %2.</source>
        <translation>Sparade %1 rader i %2.</translation>
    </message>
    <message>
        <source>Save Log</source>
        <translation>Spara logg</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>Loggfiler (*.log *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>Alla värdar</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Inga träffar</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message numerus="yes">
        <source>%n matching lines</source>
        <translation>
            <numerusform>%n matchande rad</numerusform>
            <numerusform>%n matchande rader</numerusform>
        </translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ändrad</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>misslyckad</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>onåbar</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>överhoppad</translation>
    </message>
    <message>
        <source>rescued</source>
        <translation>räddad</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignorerad</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>inget resultat</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>S&amp;para…</translation>
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
    <message>
        <source>Drift: the stage runs %1, not the digest the pipeline deployed.</source>
        <translation>Avvikelse: steget kör %1, inte den digest som pipelinen driftsatte.</translation>
    </message>
    <message>
        <source>another release</source>
        <translation>en annan release</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Dismiss the hint</source>
        <translation>Stäng tipset</translation>
    </message>
    <message>
        <source>&amp;Open profile…</source>
        <translation>&amp;Öppna profil…</translation>
    </message>
    <message>
        <source>Open an antler.yaml: its stages replace the ones shown.</source>
        <translation>Öppna en antler.yaml: dess steg ersätter de som visas.</translation>
    </message>
    <message>
        <source>Open &amp;recent profile</source>
        <translation>Senaste &amp;profiler</translation>
    </message>
    <message>
        <source>The default profile</source>
        <translation>Standardprofilen</translation>
    </message>
    <message>
        <source>Use the &amp;default profile</source>
        <translation>Använd &amp;standardprofilen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation>&amp;Pipeline</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Command palette…</source>
        <translation>&amp;Kommandopalett…</translation>
    </message>
    <message>
        <source>Type to find any command and run it.</source>
        <translation>Skriv för att hitta ett kommando och köra det.</translation>
    </message>
    <message>
        <source>&amp;Refresh health</source>
        <translation>&amp;Uppdatera hälsa</translation>
    </message>
    <message>
        <source>Probe every stage now instead of waiting for the next interval.</source>
        <translation>Kontrollera alla steg nu i stället för att vänta på nästa intervall.</translation>
    </message>
    <message>
        <source>Operations appear here once the window is ready.</source>
        <translation>Åtgärder visas här när fönstret är klart.</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>The pipeline history cannot be opened, so the pipeline is read-only: %1</source>
        <translation>Pipelinehistoriken kan inte öppnas, så pipelinen är skrivskyddad: %1</translation>
    </message>
    <message>
        <source>the pipeline history cannot be opened; see the Events dock.</source>
        <translation>pipelinehistoriken kan inte öppnas; se panelen Händelser.</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>&amp;Driftsätt</translation>
    </message>
    <message>
        <source>&amp;Promote</source>
        <translation>Be&amp;fordra</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>&amp;Rulla tillbaka</translation>
    </message>
    <message>
        <source>P&amp;in and unpin</source>
        <translation>&amp;Lås och lås upp</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppa</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>Öppna i &amp;webbläsare</translation>
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
        <translation>%1 kör älgfakta-appen som du just byggde (%2). När den ser rätt ut trycker du på ”Befordra →” på dess kort för att flytta exakt samma release till %3.</translation>
    </message>
    <message>
        <source>First run: Antler builds the moose facts app and deploys it to %1. Follow it in the Operations dock below.</source>
        <translation>Första körningen: Antler bygger älgfakta-appen och driftsätter den till %1. Följ den i panelen Åtgärder nedan.</translation>
    </message>
    <message>
        <source>Antler: %1</source>
        <translation>Antler: %1</translation>
    </message>
    <message numerus="yes">
        <source>Antler: %n operation(s) running</source>
        <translation>
            <numerusform>Antler: %n åtgärd körs</numerusform>
            <numerusform>Antler: %n åtgärder körs</numerusform>
        </translation>
    </message>
    <message>
        <source>Pin %1</source>
        <translation>Lås %1</translation>
    </message>
    <message>
        <source>Why should %1 stay on its release? Deploys and promotions to it are refused until it is unpinned.</source>
        <translation>Varför ska %1 stanna på sin release? Driftsättningar och befordringar dit nekas tills det låses upp.</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Öppna profil</translation>
    </message>
    <message>
        <source>Antler profiles (*.yaml *.yml)</source>
        <translation>Antler-profiler (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Operations are running in this profile; wait for them or cancel them before opening another.</source>
        <translation>Åtgärder körs i den här profilen; vänta på dem eller avbryt dem innan du öppnar en annan.</translation>
    </message>
    <message>
        <source>The new language and webhook apply when the running operations have finished and the window is opened again.</source>
        <translation>Det nya språket och webhooken gäller när de pågående åtgärderna är klara och fönstret öppnas igen.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Öppna %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the pipeline history cannot be opened, so nothing can run; see the Events dock.</source>
        <translation>pipelinehistoriken kan inte öppnas, så ingenting kan köras; se panelen Händelser.</translation>
    </message>
    <message>
        <source>Pipeline history damaged</source>
        <translation>Pipelinehistoriken är skadad</translation>
    </message>
    <message>
        <source>The pipeline history cannot be read, so builds, rollouts and promotions cannot be recorded.</source>
        <translation>Pipelinehistoriken kan inte läsas, så byggen, utrullningar och befordringar kan inte registreras.</translation>
    </message>
    <message>
        <source>%1

Start a new history? The damaged file is kept beside it under a new name, so it can be restored or examined later.</source>
        <translation>%1

Börja en ny historik? Den skadade filen sparas bredvid under ett nytt namn, så att den kan återställas eller undersökas senare.</translation>
    </message>
    <message>
        <source>Start a &amp;New History</source>
        <translation>Börja en &amp;ny historik</translation>
    </message>
    <message>
        <source>&amp;Keep It, Read-Only</source>
        <translation>&amp;Behåll den, skrivskyddad</translation>
    </message>
    <message>
        <source>The damaged pipeline history is kept as %1; a new one was started.</source>
        <translation>Den skadade pipelinehistoriken sparas som %1; en ny har påbörjats.</translation>
    </message>
    <message>
        <source>Antler builds the moose facts app and deploys it to %1. Follow it in the Operations dock below.</source>
        <translation>Antler bygger älgfakta-appen och driftsätter den till %1. Följ den i panelen Åtgärder nedan.</translation>
    </message>
    <message>
        <source>The pipeline history is damaged.</source>
        <translation>Pipelinehistoriken är skadad.</translation>
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
        <translation>i kö</translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation>avbryts</translation>
    </message>
    <message>
        <source>running</source>
        <translation>körs</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>lyckades</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>misslyckades</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>tillbakarullad</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>nekad</translation>
    </message>
    <message>
        <source>not possible</source>
        <translation>inte möjlig</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbruten</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Förfluten tid</translation>
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
        <translation>A&amp;vbryt åtgärd</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>No operations yet. Build, Deploy, Promote and Rollback run here in the background; select one to follow its log.</source>
        <translation>Inga åtgärder än. Bygge, driftsättning, befordran och tillbakarullning körs här i bakgrunden; välj en för att följa dess logg.</translation>
    </message>
    <message>
        <source>Select a running operation to cancel it.</source>
        <translation>Välj en pågående åtgärd för att avbryta den.</translation>
    </message>
    <message>
        <source>“%1” has finished already.</source>
        <translation>”%1” är redan klar.</translation>
    </message>
    <message>
        <source>“%1” is being cancelled.</source>
        <translation>”%1” avbryts.</translation>
    </message>
    <message>
        <source>Stop “%1”; the stage keeps the release it ran before.</source>
        <translation>Stoppa ”%1”; steget behåller den release det körde tidigare.</translation>
    </message>
</context>
<context>
    <name>antler::gui::PiSetupWizard</name>
    <message>
        <source>Set up a Raspberry Pi</source>
        <translation>Konfigurera en Raspberry Pi</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder for the playbooks: %1; check that the temporary folder is writable.</source>
        <translation>Kan inte skapa en tillfällig mapp för playbooks: %1; kontrollera att den tillfälliga mappen är skrivbar.</translation>
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
        <translation>Driftsätt senaste bygget till %1</translation>
    </message>
    <message>
        <source>Roll the newest build out to %1; if it fails its checks, %1 goes back to what it ran before.</source>
        <translation>Rulla ut det senaste bygget till %1; om det inte klarar sina kontroller går %1 tillbaka till det det körde tidigare.</translation>
    </message>
    <message>
        <source>Promote %1 → %2</source>
        <translation>Befordra %1 → %2</translation>
    </message>
    <message>
        <source>Roll the exact release that runs in %1 out to %2.</source>
        <translation>Rulla ut exakt den release som körs i %1 till %2.</translation>
    </message>
    <message>
        <source>Roll back %1…</source>
        <translation>Rulla tillbaka %1…</translation>
    </message>
    <message>
        <source>Put %1 back on the release it ran before and pin it there.</source>
        <translation>Återställ %1 till den release det körde tidigare och lås det där.</translation>
    </message>
    <message>
        <source>Pin %1…</source>
        <translation>Lås %1…</translation>
    </message>
    <message>
        <source>Keep %1 on the release it runs: deploys and promotions to it are refused.</source>
        <translation>Håll kvar %1 på den release det kör: driftsättningar och befordringar dit nekas.</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>Lås upp %1</translation>
    </message>
    <message>
        <source>Allow deploys and promotions to %1 again.</source>
        <translation>Tillåt driftsättningar och befordringar till %1 igen.</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>Stoppa %1</translation>
    </message>
    <message>
        <source>Stop the workload of %1; it stays on its release and can be deployed again.</source>
        <translation>Stoppa arbetslasten för %1; steget stannar på sin release och kan driftsättas igen.</translation>
    </message>
    <message>
        <source>Open %1 in browser</source>
        <translation>Öppna %1 i webbläsaren</translation>
    </message>
    <message>
        <source>Open %1 in the web browser.</source>
        <translation>Öppna %1 i webbläsaren.</translation>
    </message>
    <message>
        <source>the pipeline cannot record operations.</source>
        <translation>pipelinen kan inte registrera åtgärder.</translation>
    </message>
    <message>
        <source>Builds the moose facts app from %1 (commit %2).</source>
        <translation>Bygger älgfakta-appen från %1 (commit %2).</translation>
    </message>
    <message>
        <source>the sources Antler was built with</source>
        <translation>källorna som Antler byggdes med</translation>
    </message>
    <message>
        <source>%1 is busy: “%2” is running; wait for it or cancel it.</source>
        <translation>%1 är upptaget: ”%2” körs; vänta på den eller avbryt den.</translation>
    </message>
    <message>
        <source>a build is running already; wait for it or cancel it.</source>
        <translation>ett bygge körs redan; vänta på det eller avbryt det.</translation>
    </message>
    <message>
        <source>%1 is down; fix or roll it back before promoting.</source>
        <translation>%1 är nere; åtgärda det eller rulla tillbaka det innan du befordrar.</translation>
    </message>
    <message>
        <source>%1 is down: %2; fix or roll it back before promoting.</source>
        <translation>%1 är nere: %2; åtgärda det eller rulla tillbaka det innan du befordrar.</translation>
    </message>
    <message>
        <source>%1 is pinned already: %2.</source>
        <translation>%1 är redan låst: %2.</translation>
    </message>
    <message>
        <source>%1 runs no release yet, so there is nothing to pin.</source>
        <translation>%1 kör ingen release än, så det finns inget att låsa.</translation>
    </message>
    <message>
        <source>%1 is not pinned.</source>
        <translation>%1 är inte låst.</translation>
    </message>
    <message>
        <source>%1 is down; deploy it first.</source>
        <translation>%1 är nere; driftsätt det först.</translation>
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
        <translation>körs</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ändrad</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>misslyckad</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>onåbar</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>överhoppad</translation>
    </message>
    <message>
        <source>rescued</source>
        <translation>räddad</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignorerad</translation>
    </message>
    <message>
        <source>%1 (handler)</source>
        <translation>%1 (hanterare)</translation>
    </message>
    <message>
        <source>FAILED - RETRYING: %1 attempts left</source>
        <translation>FAILED - RETRYING: %1 försök kvar</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n uppgift</numerusform>
            <numerusform>%n uppgifter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n element</numerusform>
            <numerusform>%n element</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Play / task / host</source>
        <translation>Play / uppgift / värd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varaktighet</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Värdar</translation>
    </message>
</context>
<context>
    <name>antler::gui::PlaybooksView</name>
    <message>
        <source>Open &amp;playbook…</source>
        <translation>Öppna &amp;playbook…</translation>
    </message>
    <message>
        <source>Choose the playbook to run (a YAML file with a list of plays).</source>
        <translation>Välj playbooken som ska köras (en YAML-fil med en lista över plays).</translation>
    </message>
    <message>
        <source>Open &amp;inventory…</source>
        <translation>Öppna &amp;inventarie…</translation>
    </message>
    <message>
        <source>Choose the inventory the playbook runs against (INI or YAML, file or folder).</source>
        <translation>Välj inventariet som playbooken körs mot (INI eller YAML, fil eller mapp).</translation>
    </message>
    <message>
        <source>&amp;Run playbook</source>
        <translation>&amp;Kör playbook</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>Kör &amp;igen</translation>
    </message>
    <message>
        <source>Run again on &amp;failed hosts</source>
        <translation>Kör igen på &amp;misslyckade värdar</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Avbryt körningen</translation>
    </message>
    <message>
        <source>drop a file here or choose one</source>
        <translation>släpp en fil här eller välj en</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Play&amp;book:</source>
        <translation>Play&amp;book:</translation>
    </message>
    <message>
        <source>In&amp;ventory:</source>
        <translation>In&amp;ventarie:</translation>
    </message>
    <message>
        <source>Recent playbooks</source>
        <translation>Senaste playbooks</translation>
    </message>
    <message>
        <source>Choose a playbook and an inventory, or drop them here.</source>
        <translation>Välj en playbook och ett inventarie, eller släpp dem här.</translation>
    </message>
    <message>
        <source>Plays and tasks</source>
        <translation>Plays och uppgifter</translation>
    </message>
    <message>
        <source>Play / task</source>
        <translation>Play / uppgift</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>Problems in the playbook</source>
        <translation>Problem i playbooken</translation>
    </message>
    <message>
        <source>The file with the problem</source>
        <translation>Filen med problemet</translation>
    </message>
    <message>
        <source>all hosts; or a pattern such as web:&amp;staging</source>
        <translation>alla värdar; eller ett mönster som web:&amp;staging</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Begränsa:</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>kommaseparerade</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>Välj</translation>
    </message>
    <message>
        <source>Pick from the playbook&apos;s tags</source>
        <translation>Välj bland playbookens taggar</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Taggar:</translation>
    </message>
    <message>
        <source>Extra variables</source>
        <translation>Extra variabler</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Value (text, or YAML/JSON)</source>
        <translation>Värde (text, eller YAML/JSON)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>From YAML/JSON…</source>
        <translation>Från YAML/JSON…</translation>
    </message>
    <message>
        <source>Extra variables from YAML or JSON</source>
        <translation>Extra variabler från YAML eller JSON</translation>
    </message>
    <message>
        <source>A mapping of names to values, e.g. {&quot;name&quot;: &quot;value&quot;} or one “name: value” per line:</source>
        <translation>En mappning av namn till värden, t.ex. {&quot;name&quot;: &quot;value&quot;} eller en ”name: value” per rad:</translation>
    </message>
    <message>
        <source>E&amp;xtra vars:</source>
        <translation>E&amp;xtra variabler:</translation>
    </message>
    <message>
        <source>&amp;Check (change nothing)</source>
        <translation>&amp;Kontrollera (ändra ingenting)</translation>
    </message>
    <message>
        <source>&amp;Diff</source>
        <translation>&amp;Diff</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Läge:</translation>
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
        <translation>Börja vid &amp;uppgift:</translation>
    </message>
    <message>
        <source>Results by play, task and host</source>
        <translation>Resultat per play, uppgift och värd</translation>
    </message>
    <message>
        <source>Select a host in the results to see its message, output and diff.</source>
        <translation>Välj en värd i resultaten för att se dess meddelande, utdata och diff.</translation>
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
        <translation>Värd</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ändrad</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>onåbar</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>misslyckad</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>överhoppad</translation>
    </message>
    <message>
        <source>rescued</source>
        <translation>räddad</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignorerad</translation>
    </message>
    <message>
        <source>Play recap</source>
        <translation>Play-sammanfattning</translation>
    </message>
    <message>
        <source>Recap</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Logg</translation>
    </message>
    <message>
        <source>Recent…</source>
        <translation>Senaste…</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 på %2</translation>
    </message>
    <message>
        <source>Open a playbook</source>
        <translation>Öppna en playbook</translation>
    </message>
    <message>
        <source>Playbooks (*.yml *.yaml);;All files (*)</source>
        <translation>Playbooks (*.yml *.yaml);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Open an inventory</source>
        <translation>Öppna ett inventarie</translation>
    </message>
    <message>
        <source>Inventories (*.ini *.yml *.yaml *.cfg hosts);;All files (*)</source>
        <translation>Inventarier (*.ini *.yml *.yaml *.cfg hosts);;Alla filer (*)</translation>
    </message>
    <message>
        <source>PLAY %1</source>
        <translation>PLAY %1</translation>
    </message>
    <message>
        <source>Hosts: none match “%1”</source>
        <translation>Värdar: ingen matchar ”%1”</translation>
    </message>
    <message>
        <source>Hosts (%1): %2</source>
        <translation>Värdar (%1): %2</translation>
    </message>
    <message>
        <source>pattern %1</source>
        <translation>mönster %1</translation>
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
            <numerusform>, %n uppgift vald</numerusform>
            <numerusform>, %n uppgifter valda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before this playbook can run; nothing was contacted.</source>
        <translation>
            <numerusform>%n problem måste rättas innan den här playbooken kan köras; ingenting kontaktades.</numerusform>
            <numerusform>%n problem måste rättas innan den här playbooken kan köras; ingenting kontaktades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n host(s) of the inventory.</source>
        <translation>
            <numerusform>Den %n värden i inventariet.</numerusform>
            <numerusform>Alla %n värdar i inventariet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No host matches “%1”; nothing would run.</source>
        <translation>Ingen värd matchar ”%1”; ingenting skulle köras.</translation>
    </message>
    <message>
        <source>Matches %1.</source>
        <translation>Matchar %1.</translation>
    </message>
    <message>
        <source>The playbook has no tags</source>
        <translation>Playbooken har inga taggar</translation>
    </message>
    <message>
        <source>The extra variable in row %1 has a value but no name; give it a name or remove the row.</source>
        <translation>Den extra variabeln på rad %1 har ett värde men inget namn; ge den ett namn eller ta bort raden.</translation>
    </message>
    <message>
        <source>The value of the extra variable “%1” is not valid YAML or JSON (%2); fix it or write it as plain text.</source>
        <translation>Värdet för den extra variabeln ”%1” är inte giltig YAML eller JSON (%2); rätta det eller skriv det som vanlig text.</translation>
    </message>
    <message>
        <source>Playbooks cannot run in this window.</source>
        <translation>Playbooks kan inte köras i det här fönstret.</translation>
    </message>
    <message>
        <source>Choose a playbook first.</source>
        <translation>Välj en playbook först.</translation>
    </message>
    <message>
        <source>The inventory cannot be used; fix the problem shown and open it again.</source>
        <translation>Inventariet kan inte användas; rätta problemet som visas och öppna det igen.</translation>
    </message>
    <message numerus="yes">
        <source>The playbook has %n problem(s); fix them and open it again.</source>
        <translation>
            <numerusform>Playbooken har %n problem; rätta det och öppna den igen.</numerusform>
            <numerusform>Playbooken har %n problem; rätta dem och öppna den igen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The playbook is running; cancel it or wait for it to finish.</source>
        <translation>Playbooken körs; avbryt den eller vänta tills den är klar.</translation>
    </message>
    <message>
        <source>Run the playbook with the options shown.</source>
        <translation>Kör playbooken med de visade flaggorna.</translation>
    </message>
    <message>
        <source>Run a playbook first.</source>
        <translation>Kör en playbook först.</translation>
    </message>
    <message>
        <source>The playbook is running.</source>
        <translation>Playbooken körs.</translation>
    </message>
    <message>
        <source>Run %1 again with the same options.</source>
        <translation>Kör %1 igen med samma flaggor.</translation>
    </message>
    <message>
        <source>No host failed in the last run.</source>
        <translation>Ingen värd misslyckades i den senaste körningen.</translation>
    </message>
    <message>
        <source>Run again on %1 only.</source>
        <translation>Kör igen endast på %1.</translation>
    </message>
    <message>
        <source>Stop the run on every host now.</source>
        <translation>Stoppa körningen på alla värdar nu.</translation>
    </message>
    <message>
        <source>No playbook is running.</source>
        <translation>Ingen playbook körs.</translation>
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
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Standard output</source>
        <translation>Standardutdata</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>Standardfel</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Diff</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Live output</source>
        <translation>Direktutdata</translation>
    </message>
    <message>
        <source>S&amp;kip:</source>
        <translation>&amp;Hoppa över:</translation>
    </message>
    <message>
        <source>Skip tags: tasks with one of these tags do not run.</source>
        <translation>Taggar att hoppa över: uppgifter med någon av dessa taggar körs inte.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message>
        <source>Reading the playbook and the inventory; Run is possible once they are read.</source>
        <translation>Läser playbooken och inventariet; körning är möjlig när de har lästs.</translation>
    </message>
</context>
<context>
    <name>antler::gui::ProvisionPage</name>
    <message>
        <source>Setting up the Pi</source>
        <translation>Konfigurerar Pi:n</translation>
    </message>
    <message>
        <source>Each step is a playbook of its own; a second run changes nothing. You may close the wizard: it goes on where it left off next time.</source>
        <translation>Varje moment är en egen playbook; en andra körning ändrar inget. Du kan stänga guiden: den fortsätter där den slutade nästa gång.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Förfluten tid</translation>
    </message>
    <message>
        <source>&amp;Retry the step</source>
        <translation>&amp;Försök med momentet igen</translation>
    </message>
    <message>
        <source>&amp;Copy its log</source>
        <translation>&amp;Kopiera dess logg</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <source>Done in an earlier session.
</source>
        <translation>Klart i en tidigare session.
</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Körs</translation>
    </message>
    <message>
        <source>Waiting for the Pi to come back</source>
        <translation>Väntar på att Pi:n kommer tillbaka</translation>
    </message>
    <message>
        <source>The Pi is rebooting; waiting for it to come back (gives up in %1).</source>
        <translation>Pi:n startar om; väntar på att den kommer tillbaka (ger upp om %1).</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Körs: %1</translation>
    </message>
    <message>
        <source>The step failed; its log says why.</source>
        <translation>Momentet misslyckades; dess logg visar varför.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n change(s)</source>
        <translation>
            <numerusform>Klart: %n ändring</numerusform>
            <numerusform>Klart: %n ändringar</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: nothing to change</source>
        <translation>Klart: inget att ändra</translation>
    </message>
</context>
<context>
    <name>antler::gui::SecretDialog</name>
    <message>
        <source>%1 (%2) asks for the SSH password of %3.</source>
        <translation>%1 (%2) frågar efter SSH-lösenordet för %3.</translation>
    </message>
    <message>
        <source>sudo on %1 (%2) asks for the password of %3 to run tasks as %4 (the become password).</source>
        <translation>sudo på %1 (%2) frågar efter lösenordet för %3 för att köra uppgifter som %4 (become-lösenordet).</translation>
    </message>
    <message>
        <source>The key file %1, used to log in to %2 (%3), is protected by a passphrase.</source>
        <translation>Nyckelfilen %1, som används för att logga in på %2 (%3), är skyddad av en lösenfras.</translation>
    </message>
    <message>
        <source>Key passphrase: %1</source>
        <translation>Lösenfras för nyckeln: %1</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Lösenord: %1</translation>
    </message>
    <message>
        <source>The last answer was refused.</source>
        <translation>Det senaste svaret avvisades.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>&amp;Kom ihåg i systemets nyckelring</translation>
    </message>
    <message>
        <source>Asked once per host while Antler runs; never written to a file or a log.</source>
        <translation>Frågas en gång per värd medan Antler körs; skrivs aldrig till en fil eller en logg.</translation>
    </message>
    <message>
        <source>Do not connect</source>
        <translation>Anslut inte</translation>
    </message>
</context>
<context>
    <name>antler::gui::SettingsDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Bläddra efter %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>Hälsokontroller</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Probe every:</source>
        <translation>&amp;Kontrollera var:</translation>
    </message>
    <message>
        <source>&amp;Up after successes in a row:</source>
        <translation>&amp;Uppe efter lyckade i rad:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>&amp;Degraded when slower than:</source>
        <translation>&amp;Försämrat vid långsammare än:</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Aviseringar</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification when a stage goes down or an operation ends</source>
        <translation>Visa en skrivbords&amp;avisering när ett steg går ned eller en åtgärd avslutas</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>https://chat.example/hooks/… (empty: the profile’s, if any)</source>
        <translation>https://chat.example/hooks/… (tom: profilens, om den har en)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testa</translation>
    </message>
    <message>
        <source>Send a test notification to the webhook</source>
        <translation>Skicka en testavisering till webhooken</translation>
    </message>
    <message>
        <source>&amp;Webhook:</source>
        <translation>&amp;Webhook:</translation>
    </message>
    <message>
        <source>Hosts and builds</source>
        <translation>Värdar och byggen</translation>
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
        <translation>Byggkällor</translation>
    </message>
    <message>
        <source>the sources Antler was built with</source>
        <translation>källorna som Antler byggdes med</translation>
    </message>
    <message>
        <source>A checkout of Antler whose frontend and facts the Build command uses, e.g. to promote an edited fact.</source>
        <translation>En utcheckning av Antler vars frontend och fakta kommandot Bygg använder, t.ex. för att befordra ett redigerat faktum.</translation>
    </message>
    <message>
        <source>&amp;Build from:</source>
        <translation>&amp;Bygg från:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Utseende</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Följ systemet</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ljust</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mörkt</translation>
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
        <translation>”%1” är ingen http- eller https-URL; ange webhookens fullständiga adress.</translation>
    </message>
    <message>
        <source>Antler test notification: the webhook works.</source>
        <translation>Testavisering från Antler: webhooken fungerar.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Skickar…</translation>
    </message>
    <message>
        <source>%1 answered %2: the webhook works.</source>
        <translation>%1 svarade %2: webhooken fungerar.</translation>
    </message>
    <message>
        <source>The test notification to %1 failed: %2. Check the URL and that the service is reachable.</source>
        <translation>Testaviseringen till %1 misslyckades: %2. Kontrollera URL:en och att tjänsten går att nå.</translation>
    </message>
    <message>
        <source>Do&amp;wn after failures in a row:</source>
        <translation>&amp;Nere efter misslyckanden i rad:</translation>
    </message>
</context>
<context>
    <name>antler::gui::SshTerminal</name>
    <message>
        <source>No terminal emulator was found (tried $TERMINAL, x-terminal-emulator, gnome-terminal, konsole, xfce4-terminal, kitty, alacritty, foot, xterm and others); install one or set TERMINAL.</source>
        <translation>Ingen terminalemulator hittades (provade $TERMINAL, x-terminal-emulator, gnome-terminal, konsole, xfce4-terminal, kitty, alacritty, foot, xterm med flera); installera en eller ange TERMINAL.</translation>
    </message>
    <message>
        <source>%1 could not be started; check that it runs from a shell.</source>
        <translation>%1 kunde inte startas; kontrollera att det går att köra från ett skal.</translation>
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
    <message>
        <source>none yet</source>
        <translation>ingen än</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>Byggd</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Driftsatt</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Driftsätt</translation>
    </message>
    <message>
        <source>Promote →</source>
        <translation>Befordra →</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Rulla tillbaka</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>build %1</source>
        <translation>bygge %1</translation>
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
        <translation>Svarstid de senaste 15 minuterna</translation>
    </message>
    <message>
        <source>Uptime over 24 hours</source>
        <translation>Upptid över 24 timmar</translation>
    </message>
    <message>
        <source>Uptime 24 h</source>
        <translation>Upptid 24 h</translation>
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
        <translation>Svarstid</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Latency of %1</source>
        <translation>Svarstid för %1</translation>
    </message>
    <message>
        <source>%1 — %2 ms</source>
        <translation>%1 — %2 ms</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Senaste fel: %1</translation>
    </message>
    <message>
        <source>Uptime: 1 h %1 · 24 h %2 · 7 d %3 · 30 d %4</source>
        <translation>Upptid: 1 h %1 · 24 h %2 · 7 d %3 · 30 d %4</translation>
    </message>
    <message>
        <source>Latency of successful probes: p50 %1 ms · p95 %2 ms</source>
        <translation>Svarstid för lyckade kontroller: p50 %1 ms · p95 %2 ms</translation>
    </message>
    <message>
        <source>Latency: no successful probe in this range</source>
        <translation>Svarstid: ingen lyckad kontroll under den här perioden</translation>
    </message>
</context>
<context>
    <name>antler::gui::TimelineEvent</name>
    <message>
        <source>unknown</source>
        <translation>okänt</translation>
    </message>
    <message>
        <source>up</source>
        <translation>uppe</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>försämrat</translation>
    </message>
    <message>
        <source>down</source>
        <translation>nere</translation>
    </message>
    <message>
        <source>%1 started</source>
        <translation>%1 startade</translation>
    </message>
    <message>
        <source>%1 succeeded</source>
        <translation>%1 lyckades</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 misslyckades</translation>
    </message>
    <message>
        <source>%1 is %2 (was %3).</source>
        <translation>%1 är %2 (var %3).</translation>
    </message>
    <message>
        <source>%1 is %2 (was %3): %4</source>
        <translation>%1 är %2 (var %3): %4</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Hälsa</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Bygge</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Driftsättning</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Befordran</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Tillbakarullning</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Låsning</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Upplåsning</translation>
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
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
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
        <translation>Kontrollera att det här är din Pi</translation>
    </message>
    <message>
        <source>Before anything is sent to it, compare the Pi&apos;s host key with the one the Pi itself shows. If they match, nobody is in between.</source>
        <translation>Innan något skickas till den, jämför Pi:ns värdnyckel med den som Pi:n själv visar. Om de stämmer finns ingen emellan.</translation>
    </message>
    <message>
        <source>The fingerprints match: &amp;trust this Pi</source>
        <translation>Fingeravtrycken stämmer: &amp;lita på den här Pi:n</translation>
    </message>
    <message>
        <source>They do &amp;not match</source>
        <translation>De stämmer &amp;inte</translation>
    </message>
    <message>
        <source>Trusted and connected: the key is in %1.</source>
        <translation>Betrodd och ansluten: nyckeln finns i %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; port %2 presents this host key:&lt;br&gt;&lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;&lt;tt&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/tt&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; port %2 visar den här värdnyckeln:&lt;br&gt;&lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;&lt;tt&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>On the Pi (with a screen and keyboard, or a connection you already trust), run:

    ssh-keygen -lf %1

It prints the fingerprint after the key size; it must be the same as above.</source>
        <translation>På Pi:n (med skärm och tangentbord, eller över en anslutning du redan litar på), kör:

    ssh-keygen -lf %1

Den skriver ut fingeravtrycket efter nyckelstorleken; det måste vara detsamma som ovan.</translation>
    </message>
    <message>
        <source>Trusting the key and logging in…</source>
        <translation>Litar på nyckeln och loggar in…</translation>
    </message>
    <message>
        <source>Not trusted: nothing was sent to the Pi. Check that the address is your Pi&apos;s, then go back and test the connection again.</source>
        <translation>Inte betrodd: inget skickades till Pi:n. Kontrollera att adressen är din Pi:s, gå sedan tillbaka och testa anslutningen igen.</translation>
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
    <name>antler::health::HostMetrics</name>
    <message>
        <source>under-voltage</source>
        <translation>underspänning</translation>
    </message>
    <message>
        <source>throttled</source>
        <translation>strypt</translation>
    </message>
    <message>
        <source>frequency capped</source>
        <translation>frekvens begränsad</translation>
    </message>
    <message>
        <source>soft temperature limit</source>
        <translation>mjuk temperaturgräns</translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation>nu: %1</translation>
    </message>
    <message>
        <source>since boot: %1</source>
        <translation>sedan start: %1</translation>
    </message>
</context>
<context>
    <name>antler::health::HostMetricsParser</name>
    <message>
        <source>the host metrics script did not run to its end on %1; check that /bin/sh works there.</source>
        <translation>skriptet för värdmätvärden kördes inte klart på %1; kontrollera att /bin/sh fungerar där.</translation>
    </message>
    <message>
        <source>%1 has no readable /proc (no load, memory or uptime figures); host metrics need a Linux host.</source>
        <translation>%1 har ingen läsbar /proc (inga värden för last, minne eller upptid); värdmätvärden kräver en Linux-värd.</translation>
    </message>
</context>
<context>
    <name>antler::health::HostMetricsSampler</name>
    <message>
        <source>no connection to %1 to read its metrics from.</source>
        <translation>ingen anslutning till %1 för att läsa dess mätvärden.</translation>
    </message>
    <message>
        <source>host metrics</source>
        <translation>värdmätvärden</translation>
    </message>
    <message>
        <source>cannot read the metrics of %1: the command ended with %2.</source>
        <translation>kan inte läsa mätvärdena för %1: kommandot avslutades med %2.</translation>
    </message>
</context>
<context>
    <name>antler::health::MetricsScrape</name>
    <message>
        <source>the /metrics answer has no %1 or %2 samples; is this a moosefacts server?</source>
        <translation>/metrics-svaret har inga %1- eller %2-mätvärden; är detta en moosefacts-server?</translation>
    </message>
</context>
<context>
    <name>antler::health::MonitoredHosts</name>
    <message>
        <source>the pipeline&apos;s target %1 is not in the inventory %2; add it there or change target: in %3.</source>
        <translation>pipelinens mål %1 finns inte i inventariet %2; lägg till det där eller ändra target: i %3.</translation>
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
    <message>
        <source>%1 sent no TLS certificate</source>
        <translation>%1 skickade inget TLS-certifikat</translation>
    </message>
    <message>
        <source>the TLS certificate of %1 expired on %2; renew it</source>
        <translation>TLS-certifikatet för %1 gick ut %2; förnya det</translation>
    </message>
    <message numerus="yes">
        <source>the TLS certificate of %1 expires in %n day(s), on %2; renew it</source>
        <translation>
            <numerusform>TLS-certifikatet för %1 går ut om %n dag, %2; förnya det</numerusform>
            <numerusform>TLS-certifikatet för %1 går ut om %n dagar, %2; förnya det</numerusform>
        </translation>
    </message>
    <message>
        <source>no TLS handshake with %1: %2</source>
        <translation>inget TLS-handslag med %1: %2</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>ingen innehållstyp</translation>
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
    <name>antler::health::WebhookNotifier</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1: notifications.webhook must be a URL such as https://example.org/hook.</source>
        <translation>%1: notifications.webhook måste vara en URL som https://example.org/hook.</translation>
    </message>
    <message>
        <source>%1: notifications.webhook “%2” is not an http or https URL; write it like https://example.org/hook.</source>
        <translation>%1: notifications.webhook ”%2” är ingen http- eller https-URL; skriv den som https://example.org/hook.</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>anslutningen nekades</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>anslutningen stängdes</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>värden hittades inte</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>inget svar i tid</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>TLS-handskakningen misslyckades</translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation>nätverksfel %1</translation>
    </message>
    <message>
        <source>the webhook at %1 did not take the notification about %2: %3; check notifications.webhook in notifications.yaml.</source>
        <translation>webhooken på %1 tog inte emot aviseringen om %2: %3; kontrollera notifications.webhook i notifications.yaml.</translation>
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
        <source>the range “[%1]” mixes or misuses letters and numbers; write two numbers, such as [1:3], or two letters, such as [a:c].</source>
        <translation>intervallet ”[%1]” blandar eller använder bokstäver och siffror fel; skriv två tal, till exempel [1:3], eller två bokstäver, till exempel [a:c].</translation>
    </message>
    <message>
        <source>the range “[%1]” stands for more than %2 hosts; split the inventory or use a smaller range.</source>
        <translation>intervallet ”[%1]” motsvarar fler än %2 värdar; dela upp inventariet eller använd ett mindre intervall.</translation>
    </message>
    <message>
        <source>the ranges of the host stand for more than %1 hosts; split the inventory or use smaller ranges.</source>
        <translation>värdens intervall motsvarar fler än %1 värdar; dela upp inventariet eller använd mindre intervall.</translation>
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
    <message>
        <source>the value of “%1” is a Python dict that Ansible rejects (%2); use strings or numbers as its keys, or quote the whole value as a Python string to keep it as text.</source>
        <translation>värdet för ”%1” är en Python-dict som Ansible avvisar (%2); använd strängar eller tal som nycklar, eller citera hela värdet som en Python-sträng för att behålla det som text.</translation>
    </message>
    <message>
        <source>this quotation mark is never closed, so Ansible rejects the line too; close the quoted value on the same line, or write \&apos; or \&quot; for a quotation mark that is part of the value.</source>
        <translation>det här citattecknet stängs aldrig, så Ansible avvisar också raden; stäng det citerade värdet på samma rad, eller skriv \&apos; eller \&quot; för ett citattecken som ingår i värdet.</translation>
    </message>
    <message>
        <source>this backslash at the end of the line escapes nothing, so Ansible rejects the line too; remove it, or write \\ for a backslash that is part of the value.</source>
        <translation>det här omvända snedstrecket i slutet av raden skyddar ingenting, så Ansible avvisar också raden; ta bort det, eller skriv \\ för ett omvänt snedstreck som ingår i värdet.</translation>
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
    <name>antler::inventory::PythonLiteral</name>
    <message>
        <source>a list or dict cannot be a dict key</source>
        <translation>en lista eller en dict kan inte vara en dict-nyckel</translation>
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
    <name>antler::pipeline::ArtifactDigest</name>
    <message>
        <source>%1: cannot read this file of the artifact (%2).</source>
        <translation>%1: kan inte läsa den här filen i artefakten (%2).</translation>
    </message>
    <message>
        <source>%1: cannot read this file of the artifact.</source>
        <translation>%1: kan inte läsa den här filen i artefakten.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::BuildSources</name>
    <message>
        <source>cannot find the moosefacts program next to antler or on PATH; build it (ninja moosefacts) or name it with --moosefacts FILE.</source>
        <translation>hittar inte programmet moosefacts bredvid antler eller i PATH; bygg det (ninja moosefacts) eller ange det med --moosefacts FILE.</translation>
    </message>
    <message>
        <source>cannot find the frontend files (resources/frontend); name the folder with --frontend DIR.</source>
        <translation>hittar inte frontend-filerna (resources/frontend); ange mappen med --frontend DIR.</translation>
    </message>
    <message>
        <source>cannot find the facts file (server/data/moose-facts.json); name it with --facts FILE.</source>
        <translation>hittar inte faktafilen (server/data/moose-facts.json); ange den med --facts FILE.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::ConfigName</name>
    <message>
        <source>the built-in Local profile</source>
        <translation>den inbyggda Local-profilen</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::ContainerRuntime</name>
    <message>
        <source>The target cannot be reached.</source>
        <translation>Målet går inte att nå.</translation>
    </message>
    <message>
        <source>%1 serves %2</source>
        <translation>%1 levererar %2</translation>
    </message>
    <message>
        <source>%1 failed on %2 with exit code %3%4.</source>
        <translation>%1 misslyckades på %2 med slutkod %3%4.</translation>
    </message>
    <message>
        <source>%1 on %2 did not finish: %3</source>
        <translation>%1 på %2 blev inte klar: %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbruten</translation>
    </message>
    <message>
        <source>waiting for %1 to serve %2</source>
        <translation>väntar på att %1 ska leverera %2</translation>
    </message>
    <message>
        <source>stage %1 did not become healthy within %2 s: %3</source>
        <translation>steg %1 blev inte friskt inom %2 s: %3</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::History</name>
    <message>
        <source>%1: cannot create the folder for the pipeline history; check the permissions.</source>
        <translation>%1: kan inte skapa mappen för pipelinehistoriken; kontrollera behörigheterna.</translation>
    </message>
    <message>
        <source>%1: cannot open the pipeline history (%2); check that the file is writable.</source>
        <translation>%1: kan inte öppna pipelinehistoriken (%2); kontrollera att filen är skrivbar.</translation>
    </message>
    <message>
        <source>Antler stopped before this operation finished; check the stage with “antler status” and run it again if needed.</source>
        <translation>Antler stoppade innan den här åtgärden var klar; kontrollera steget med ”antler status” och kör den igen vid behov.</translation>
    </message>
    <message>
        <source>%1: cannot record the %2 in the pipeline history (%3).</source>
        <translation>%1: kan inte registrera åtgärden %2 i pipelinehistoriken (%3).</translation>
    </message>
    <message>
        <source>%1: cannot pin stage “%2” (%3).</source>
        <translation>%1: kan inte låsa steget ”%2” (%3).</translation>
    </message>
    <message>
        <source>%1: cannot unpin stage “%2” (%3).</source>
        <translation>%1: kan inte låsa upp steget ”%2” (%3).</translation>
    </message>
    <message>
        <source>%1: there is no pipeline history yet; the first build, rollout or pin creates it.</source>
        <translation>%1: det finns ingen pipelinehistorik än; det första bygget, den första utrullningen eller låsningen skapar den.</translation>
    </message>
    <message>
        <source>%1: cannot read the pipeline history (%2); the file is left as it is: restore it from a backup, or move it aside so that Antler starts a new one.</source>
        <translation>%1: kan inte läsa pipelinehistoriken (%2); filen lämnas som den är: återställ den från en säkerhetskopia, eller flytta undan den så att Antler börjar en ny.</translation>
    </message>
    <message>
        <source>%1: the disk holding the pipeline history is full; free some space and try again. Nothing recorded so far is lost.</source>
        <translation>%1: disken med pipelinehistoriken är full; frigör lite utrymme och försök igen. Inget som registrerats hittills går förlorat.</translation>
    </message>
    <message>
        <source>%1: cannot prepare the pipeline history (%2); check that the file and its folder are writable.</source>
        <translation>%1: kan inte förbereda pipelinehistoriken (%2); kontrollera att filen och dess mapp är skrivbara.</translation>
    </message>
    <message>
        <source>%1: the pipeline history is damaged (it is not an SQLite database); the file is left as it is.</source>
        <translation>%1: pipelinehistoriken är skadad (den är ingen SQLite-databas); filen lämnas som den är.</translation>
    </message>
    <message>
        <source>%1: the pipeline history is damaged (%2); the file is left as it is.</source>
        <translation>%1: pipelinehistoriken är skadad (%2); filen lämnas som den är.</translation>
    </message>
    <message>
        <source>%1: cannot rename the damaged pipeline history to %2; check the folder&apos;s permissions.</source>
        <translation>%1: kan inte byta namn på den skadade pipelinehistoriken till %2; kontrollera mappens behörigheter.</translation>
    </message>
    <message>
        <source>%1: cannot record the %2: the disk holding the pipeline history is full; free some space and try again.</source>
        <translation>%1: kan inte registrera åtgärden %2: disken med pipelinehistoriken är full; frigör lite utrymme och försök igen.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::ImageBuilder</name>
    <message>
        <source>%1 cannot be copied into the build context; check that it exists and is readable.</source>
        <translation>%1 kan inte kopieras in i byggkontexten; kontrollera att den finns och är läsbar.</translation>
    </message>
    <message>
        <source>The source folder %1 does not exist; build from an Antler source tree.</source>
        <translation>Källmappen %1 finns inte; bygg från ett Antler-källträd.</translation>
    </message>
    <message>
        <source>%1 failed on %2 with exit code %3%4; the build log above says why, nothing deployed was changed.</source>
        <translation>%1 misslyckades på %2 med slutkod %3%4; bygg-loggen ovan förklarar varför, inget som är driftsatt ändrades.</translation>
    </message>
    <message>
        <source>%1 on %2 did not finish: %3</source>
        <translation>%1 på %2 blev inte klar: %3</translation>
    </message>
    <message>
        <source>building images of %1 (build %2) on %3</source>
        <translation>bygger avbildningar av %1 (bygge %2) på %3</translation>
    </message>
    <message>
        <source>No transport to the build target; check the target in antler.yaml.</source>
        <translation>Ingen förbindelse till byggmålet; kontrollera målet i antler.yaml.</translation>
    </message>
    <message>
        <source>No registry is configured, so the images could not be pushed anywhere; set registry: HOST:PORT in antler.yaml.</source>
        <translation>Inget registry är konfigurerat, så avbildningarna kunde inte pushas någonstans; sätt registry: HOST:PORT i antler.yaml.</translation>
    </message>
    <message>
        <source>No temporary folder for the build context could be made (%1); free some space in the temporary folder.</source>
        <translation>Det gick inte att skapa en tillfällig mapp för byggkontexten (%1); frigör utrymme i den tillfälliga mappen.</translation>
    </message>
    <message>
        <source>preparing the build context from %1</source>
        <translation>förbereder byggkontexten från %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbruten</translation>
    </message>
    <message>
        <source>The build context could not be packed with tar (%1); check the temporary folder.</source>
        <translation>Byggkontexten kunde inte packas med tar (%1); kontrollera den tillfälliga mappen.</translation>
    </message>
    <message>
        <source>tar could not be started to pack the build context; install tar.</source>
        <translation>tar kunde inte startas för att packa byggkontexten; installera tar.</translation>
    </message>
    <message>
        <source>making a build folder on %1</source>
        <translation>skapar en byggmapp på %1</translation>
    </message>
    <message>
        <source>mktemp</source>
        <translation>mktemp</translation>
    </message>
    <message>
        <source>Making a build folder in %1</source>
        <translation>Skapa en byggmapp i %1</translation>
    </message>
    <message>
        <source>uploading the build context (%1 KiB) to %2:%3</source>
        <translation>laddar upp byggkontexten (%1 KiB) till %2:%3</translation>
    </message>
    <message>
        <source>The build context could not be uploaded: %1</source>
        <translation>Byggkontexten kunde inte laddas upp: %1</translation>
    </message>
    <message>
        <source>compiling moosefacts natively on %1</source>
        <translation>kompilerar moosefacts direkt på %1</translation>
    </message>
    <message>
        <source>compile</source>
        <translation>kompilering</translation>
    </message>
    <message>
        <source>Compiling moosefacts</source>
        <translation>Kompilera moosefacts</translation>
    </message>
    <message>
        <source>building and pushing the images %1/moosefacts:%2 and %1/moosefacts-frontend:%2</source>
        <translation>bygger och pushar avbildningarna %1/moosefacts:%2 och %1/moosefacts-frontend:%2</translation>
    </message>
    <message>
        <source>image build</source>
        <translation>avbildningsbygge</translation>
    </message>
    <message>
        <source>Building and pushing the images</source>
        <translation>Bygga och pusha avbildningarna</translation>
    </message>
    <message>
        <source>The images were built on %1 but their digests could not be read back from the push; see the build log.</source>
        <translation>Avbildningarna byggdes på %1, men deras digests kunde inte läsas tillbaka från pushen; se bygg-loggen.</translation>
    </message>
    <message>
        <source>removing the build folder</source>
        <translation>tar bort byggmappen</translation>
    </message>
    <message>
        <source>warning: the build folder %1 on %2 could not be removed: %3</source>
        <translation>varning: byggmappen %1 på %2 kunde inte tas bort: %3</translation>
    </message>
    <message>
        <source>built %1 in %2 s</source>
        <translation>byggde %1 på %2 s</translation>
    </message>
    <message>
        <source>The registry %1 did not take %2 (%3); check that it runs and answers on %1 (the registry in antler.yaml), then build again. Nothing was released, promoted or deployed.</source>
        <translation>Registryt %1 tog inte emot %2 (%3); kontrollera att det körs och svarar på %1 (registryt i antler.yaml), och bygg sedan igen. Ingenting släpptes, befordrades eller driftsattes.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::KubernetesRuntime</name>
    <message>
        <source>rolling %1 out to %2 with kubectl apply</source>
        <translation>rullar ut %1 till %2 med kubectl apply</translation>
    </message>
    <message>
        <source>The target cannot be reached: %1</source>
        <translation>Målet går inte att nå: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbruten</translation>
    </message>
    <message>
        <source>kubectl apply in namespace %1</source>
        <translation>kubectl apply i namnrymden %1</translation>
    </message>
    <message>
        <source>stage %1: %2</source>
        <translation>steg %1: %2</translation>
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
        <translation>steg %1: utrullningen av %2 slutfördes inte: %3</translation>
    </message>
    <message>
        <source>kubectl rollout status</source>
        <translation>kubectl rollout status</translation>
    </message>
    <message>
        <source>The target cannot be reached.</source>
        <translation>Målet går inte att nå.</translation>
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
        <translation>kubectl get pods skrev inte ut något JSON-objekt: %1</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::LocalRuntime</name>
    <message>
        <source>copied %1 frontend files from %2</source>
        <translation>kopierade %1 frontend-filer från %2</translation>
    </message>
    <message>
        <source>%1: there is no moosefacts program here; build it (ninja moosefacts) or name it with --moosefacts FILE.</source>
        <translation>%1: det finns inget moosefacts-program här; bygg det (ninja moosefacts) eller ange det med --moosefacts FILE.</translation>
    </message>
    <message>
        <source>%1: the frontend folder does not exist; name it with --frontend DIR.</source>
        <translation>%1: frontend-mappen finns inte; ange den med --frontend DIR.</translation>
    </message>
    <message>
        <source>%1: the facts file does not exist; name it with --facts FILE.</source>
        <translation>%1: faktafilen finns inte; ange den med --facts FILE.</translation>
    </message>
    <message>
        <source>%1: cannot create the artifact folder; check the permissions.</source>
        <translation>%1: kan inte skapa artefaktmappen; kontrollera behörigheterna.</translation>
    </message>
    <message>
        <source>copied moosefacts (%1 bytes) from %2</source>
        <translation>kopierade moosefacts (%1 byte) från %2</translation>
    </message>
    <message>
        <source>copied the facts from %1</source>
        <translation>kopierade fakta från %1</translation>
    </message>
    <message>
        <source>the artifact %1 exists already with the same content</source>
        <translation>artefakten %1 finns redan med samma innehåll</translation>
    </message>
    <message>
        <source>%1: cannot move the artifact into place.</source>
        <translation>%1: kan inte flytta artefakten på plats.</translation>
    </message>
    <message>
        <source>stored the artifact as %1</source>
        <translation>sparade artefakten som %1</translation>
    </message>
    <message>
        <source>rolling %1 out to %2 (%3)</source>
        <translation>rullar ut %1 till %2 (%3)</translation>
    </message>
    <message>
        <source>there is no artifact for %1 in %2; build it first with “antler pipeline build”.</source>
        <translation>det finns ingen artefakt för %1 i %2; bygg den först med ”antler pipeline build”.</translation>
    </message>
    <message>
        <source>%1: cannot create the stage folder; check the permissions.</source>
        <translation>%1: kan inte skapa stegmappen; kontrollera behörigheterna.</translation>
    </message>
    <message>
        <source>another rollout to %1 is running (antler process %2); wait for it to finish.</source>
        <translation>en annan utrullning till %1 pågår (antler-process %2); vänta tills den är klar.</translation>
    </message>
    <message>
        <source>stopping moosefacts %1, left over from an interrupted rollout</source>
        <translation>stoppar moosefacts %1, kvar efter en avbruten utrullning</translation>
    </message>
    <message>
        <source>cannot start %1 (%2).</source>
        <translation>kan inte starta %1 (%2).</translation>
    </message>
    <message>
        <source>started moosefacts %1 from %2</source>
        <translation>startade moosefacts %1 från %2</translation>
    </message>
    <message>
        <source>the rollout was cancelled</source>
        <translation>utrullningen avbröts</translation>
    </message>
    <message>
        <source>moosefacts of %1 exited before it was ready: %2</source>
        <translation>moosefacts för %1 avslutades innan det var redo: %2</translation>
    </message>
    <message>
        <source>moosefacts of %1 did not start within %2 s</source>
        <translation>moosefacts för %1 startade inte inom %2 s</translation>
    </message>
    <message>
        <source>checking the new release on its private port %1</source>
        <translation>kontrollerar den nya releasen på dess privata port %1</translation>
    </message>
    <message>
        <source>moosefacts exited: %1</source>
        <translation>moosefacts avslutades: %1</translation>
    </message>
    <message>
        <source>the new release failed its health check: %1</source>
        <translation>den nya releasen klarade inte hälsokontrollen: %1</translation>
    </message>
    <message>
        <source>took the listening socket of %1:%2 from moosefacts %3</source>
        <translation>tog över lyssningssocketen för %1:%2 från moosefacts %3</translation>
    </message>
    <message>
        <source>opened %1:%2 for the stage</source>
        <translation>öppnade %1:%2 för steget</translation>
    </message>
    <message>
        <source>moosefacts %1 now serves %2:%3</source>
        <translation>moosefacts %1 levererar nu %2:%3</translation>
    </message>
    <message>
        <source>draining the previous moosefacts %1 (%2)</source>
        <translation>tömmer det föregående moosefacts %1 (%2)</translation>
    </message>
    <message>
        <source>the previous moosefacts %1 has stopped</source>
        <translation>det föregående moosefacts %1 har stoppat</translation>
    </message>
    <message>
        <source>checking %1</source>
        <translation>kontrollerar %1</translation>
    </message>
    <message>
        <source>the stage failed its health check after the switch: %1</source>
        <translation>steget klarade inte hälsokontrollen efter bytet: %1</translation>
    </message>
    <message>
        <source>the previous release %1 keeps serving</source>
        <translation>den föregående releasen %1 fortsätter att leverera</translation>
    </message>
    <message>
        <source>building a local artifact in %1</source>
        <translation>bygger en lokal artefakt i %1</translation>
    </message>
    <message>
        <source>stopping moosefacts %1</source>
        <translation>stoppar moosefacts %1</translation>
    </message>
    <message>
        <source>%1: cannot copy %2 into the artifact: the disk holding %3 is full; free some space and build again.</source>
        <translation>%1: kan inte kopiera %2 till artefakten: disken med %3 är full; frigör lite utrymme och bygg igen.</translation>
    </message>
    <message>
        <source>%1: cannot copy %2 into the artifact; check the permissions of %3.</source>
        <translation>%1: kan inte kopiera %2 till artefakten; kontrollera behörigheterna för %3.</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>den här filen</translation>
    </message>
    <message>
        <source>the facts</source>
        <translation>facts</translation>
    </message>
    <message>
        <source>removed %1, left by a build that did not finish</source>
        <translation>tog bort %1, kvar efter ett bygge som inte blev klart</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::ManifestRenderer</name>
    <message>
        <source>The manifest template %1 cannot be read (%2); reinstall Antler or check the manifests folder.</source>
        <translation>Manifestmallen %1 kan inte läsas (%2); installera om Antler eller kontrollera mappen manifests.</translation>
    </message>
    <message>
        <source>The frontend&apos;s nginx.conf in %1 lacks &quot;%2&quot; or &quot;%3&quot;, which the manifests rewrite for each stage; restore them.</source>
        <translation>Frontendens nginx.conf i %1 saknar &quot;%2&quot; eller &quot;%3&quot;, som manifesten skriver om för varje steg; återställ dem.</translation>
    </message>
    <message>
        <source>%1:%2:%3: unknown placeholder {{%4}} in the manifest template.</source>
        <translation>%1:%2:%3: okänd platshållare {{%4}} i manifestmallen.</translation>
    </message>
    <message>
        <source>%1:%2:%3: {{%4}} takes several lines and must stand alone on its line in the manifest template.</source>
        <translation>%1:%2:%3: {{%4}} sträcker sig över flera rader och måste stå ensam på sin rad i manifestmallen.</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>steg %1</translation>
    </message>
    <message>
        <source>%1: the release digest &quot;%2&quot; is not sha256: and 64 hex digits; deploy a digest from antler pipeline history.</source>
        <translation>%1: releasedigesten &quot;%2&quot; är inte sha256: och 64 hexadecimala siffror; driftsätt en digest från antler pipeline history.</translation>
    </message>
    <message>
        <source>%1: the release %2 names no image by digest for %3 (&quot;%4&quot;); deploy a release built for a container runtime (REGISTRY/NAME@sha256:…).</source>
        <translation>%1: releasen %2 anger ingen avbildning med digest för %3 (&quot;%4&quot;); driftsätt en release byggd för en containerkörmiljö (REGISTRY/NAME@sha256:…).</translation>
    </message>
    <message>
        <source>%1: cpu &quot;%2&quot; is not a Kubernetes quantity; write e.g. 500m or 1.</source>
        <translation>%1: cpu &quot;%2&quot; är ingen Kubernetes-kvantitet; skriv t.ex. 500m eller 1.</translation>
    </message>
    <message>
        <source>%1: memory &quot;%2&quot; is not a Kubernetes quantity; write e.g. 128Mi or 1Gi.</source>
        <translation>%1: memory &quot;%2&quot; är ingen Kubernetes-kvantitet; skriv t.ex. 128Mi eller 1Gi.</translation>
    </message>
    <message>
        <source>%1: port %2 is outside the Kubernetes NodePort range %3-%4; set the stage&apos;s port in antler.yaml to one in that range for the kubernetes runtime.</source>
        <translation>%1: porten %2 ligger utanför Kubernetes NodePort-intervall %3-%4; sätt stegets port i antler.yaml till en i det intervallet för körmiljön kubernetes.</translation>
    </message>
    <message>
        <source>%1: the backend port %2 is the port nginx listens on in the frontend container; choose another backend port in antler.yaml.</source>
        <translation>%1: backend-porten %2 är porten som nginx lyssnar på i frontend-containern; välj en annan backend-port i antler.yaml.</translation>
    </message>
    <message>
        <source>%1: podman ignores the Namespace and the Services of the manifests; the pod %2 carries the stage, and the frontend answers on hostPort %3 instead of a NodePort.</source>
        <translation>%1: podman ignorerar manifestens Namespace och Services; podden %2 bär steget, och frontenden svarar på hostPort %3 i stället för en NodePort.</translation>
    </message>
    <message>
        <source>%1: podman runs the backend and the frontend in one pod without the HTTP liveness/readiness probes; Antler checks /healthz, /readyz and /version through the frontend itself.</source>
        <translation>%1: podman kör backend och frontend i en pod utan HTTP-kontrollerna för liveness/readiness; Antler kontrollerar själv /healthz, /readyz och /version genom frontenden.</translation>
    </message>
    <message>
        <source>%1: podman runs 1 replica, not the %2 in antler.yaml (every replica would need the same hostPort).</source>
        <translation>%1: podman kör 1 replik, inte de %2 i antler.yaml (varje replik skulle behöva samma hostPort).</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::Operation</name>
    <message>
        <source>waiting for the stage’s previous operation to finish</source>
        <translation>väntar på att stegets föregående åtgärd ska bli klar</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Bygg</translation>
    </message>
    <message>
        <source>Deploy to %1</source>
        <translation>Driftsätt till %1</translation>
    </message>
    <message>
        <source>Promote %1 → %2</source>
        <translation>Befordra %1 → %2</translation>
    </message>
    <message>
        <source>Roll back %1</source>
        <translation>Rulla tillbaka %1</translation>
    </message>
    <message>
        <source>Pin %1</source>
        <translation>Lås %1</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>Lås upp %1</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>Stoppa %1</translation>
    </message>
    <message>
        <source>cancelling…</source>
        <translation>avbryter…</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startar</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Kör %1</translation>
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
        <translation>”%1” avbröts innan den startade; ingenting ändrades.</translation>
    </message>
    <message>
        <source>The playbook was not run: %1</source>
        <translation>Playbooken kördes inte: %1</translation>
    </message>
    <message>
        <source>The run was cancelled; the commands running on every host were stopped.</source>
        <translation>Körningen avbröts; kommandona som kördes på varje värd stoppades.</translation>
    </message>
    <message numerus="yes">
        <source>Every task finished on %n host(s).</source>
        <translation>
            <numerusform>Varje uppgift slutfördes på %n värd.</numerusform>
            <numerusform>Varje uppgift slutfördes på %n värdar.</numerusform>
        </translation>
    </message>
    <message>
        <source>failed on %1</source>
        <translation>misslyckades på %1</translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation>%1 kan inte nås</translation>
    </message>
    <message>
        <source>The playbook ended with exit code %1.</source>
        <translation>Playbooken avslutades med slutkod %1.</translation>
    </message>
    <message>
        <source>The playbook %1.</source>
        <translation>Playbooken %1.</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>Kör %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 på %2</translation>
    </message>
    <message>
        <source>, limit %1</source>
        <translation>, begränsad till %1</translation>
    </message>
    <message>
        <source>, tags %1</source>
        <translation>, taggar %1</translation>
    </message>
    <message>
        <source>, skip tags %1</source>
        <translation>, taggar att hoppa över %1</translation>
    </message>
    <message>
        <source>, check mode</source>
        <translation>, kontrolläge</translation>
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
    <message>
        <source>the target “%1” is not a host name; write localhost or the name of a host in the inventory, such as raspberrypi.</source>
        <translation>målet ”%1” är inget värdnamn; skriv localhost eller namnet på en värd i inventariet, till exempel raspberrypi.</translation>
    </message>
    <message>
        <source>the target “%1” needs an inventory to be reached through; add “inventory:” with the inventory file that lists it.</source>
        <translation>målet ”%1” behöver ett inventarie att nås genom; lägg till ”inventory:” med inventariefilen som listar det.</translation>
    </message>
    <message>
        <source>“components” must be a list; write each component as an entry starting with “- name:”, or leave the key out for moosefacts and its frontend.</source>
        <translation>”components” måste vara en lista; skriv varje komponent som en post som börjar med ”- name:”, eller utelämna nyckeln för moosefacts och dess frontend.</translation>
    </message>
    <message>
        <source>this component is not a mapping of keys; write it as “- name: moosefacts” followed by its kind.</source>
        <translation>den här komponenten är ingen mappning av nycklar; skriv den som ”- name: moosefacts” följt av dess typ.</translation>
    </message>
    <message>
        <source>this component needs “name:” and “kind:” (backend or frontend); add the missing one.</source>
        <translation>den här komponenten behöver ”name:” och ”kind:” (backend eller frontend); lägg till den som saknas.</translation>
    </message>
    <message>
        <source>the component name “%1” is not valid; use lowercase letters, digits and hyphens, starting with a letter.</source>
        <translation>komponentnamnet ”%1” är ogiltigt; använd gemener, siffror och bindestreck, med en bokstav först.</translation>
    </message>
    <message>
        <source>the component kind “%1” is unknown; use backend or frontend.</source>
        <translation>komponenttypen ”%1” är okänd; använd backend eller frontend.</translation>
    </message>
    <message>
        <source>the component “%1” is listed twice; keep one of them.</source>
        <translation>komponenten ”%1” finns med två gånger; behåll en av dem.</translation>
    </message>
    <message>
        <source>the pod name “%1” of stage “%2” is not valid; use lowercase letters, digits and hyphens, starting with a letter.</source>
        <translation>poddnamnet ”%1” för steget ”%2” är ogiltigt; använd gemener, siffror och bindestreck, med en bokstav först.</translation>
    </message>
    <message>
        <source>the backend port “%1” of stage “%2” is not a number from 1 to 65535; use the port moosefacts listens on, such as 8080.</source>
        <translation>backend-porten ”%1” för steget ”%2” är inte ett tal från 1 till 65535; använd porten som moosefacts lyssnar på, till exempel 8080.</translation>
    </message>
    <message>
        <source>the rollout timeout “%1” of stage “%2” is not a duration from 1 s to 1 h; write seconds, or a number with s, m or h, such as 90s.</source>
        <translation>tidsgränsen för utrullning ”%1” för steget ”%2” är ingen varaktighet från 1 s till 1 h; skriv sekunder, eller ett tal med s, m eller h, till exempel 90s.</translation>
    </message>
    <message>
        <source>“resources” of stage “%1” must be a mapping; write “resources: {cpu: 250m, memory: 128Mi}”.</source>
        <translation>”resources” för steget ”%1” måste vara en mappning; skriv ”resources: {cpu: 250m, memory: 128Mi}”.</translation>
    </message>
    <message>
        <source>the %1 “%2” of stage “%3” is not a Kubernetes quantity; write one such as 250m or 0.5 for cpu, 128Mi for memory.</source>
        <translation>%1 ”%2” för steget ”%3” är ingen Kubernetes-kvantitet; skriv till exempel 250m eller 0.5 för cpu, 128Mi för memory.</translation>
    </message>
    <message>
        <source>“gate” of stage “%1” must be a mapping; write “gate: {soak: 10m, confirm: true}”.</source>
        <translation>”gate” för steget ”%1” måste vara en mappning; skriv ”gate: {soak: 10m, confirm: true}”.</translation>
    </message>
    <message>
        <source>the soak time “%1” of stage “%2” is not a duration; write seconds, or a number with s, m or h, such as 10m.</source>
        <translation>observationstiden ”%1” för steget ”%2” är ingen varaktighet; skriv sekunder, eller ett tal med s, m eller h, till exempel 10m.</translation>
    </message>
    <message>
        <source>“confirm” of stage “%1” is “%2”; write true or false.</source>
        <translation>”confirm” för steget ”%1” är ”%2”; skriv true eller false.</translation>
    </message>
    <message>
        <source>the runtime “%1” is unknown; use %2.</source>
        <translation>körmiljön ”%1” är okänd; använd %2.</translation>
    </message>
    <message>
        <source>stage “%1” has no runtime; add “runtime:” with %2.</source>
        <translation>steg ”%1” har ingen körmiljö; lägg till ”runtime:” med %2.</translation>
    </message>
    <message>
        <source>stage “%1” has the unknown runtime “%2”; use %3.</source>
        <translation>steg ”%1” har den okända körmiljön ”%2”; använd %3.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::PipelineController</name>
    <message>
        <source>the pipeline has no stages; add them to antler.yaml.</source>
        <translation>pipelinen har inga steg; lägg till dem i antler.yaml.</translation>
    </message>
    <message>
        <source>build %1 of commit %2</source>
        <translation>bygge %1 av commit %2</translation>
    </message>
    <message>
        <source>built %1</source>
        <translation>byggde %1</translation>
    </message>
    <message>
        <source>the build failed: %1</source>
        <translation>bygget misslyckades: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 från %2 till %3</translation>
    </message>
    <message>
        <source>%1 runs %2 (%3)</source>
        <translation>%1 kör %2 (%3)</translation>
    </message>
    <message>
        <source>the rollout of %1 to %2 failed: %3</source>
        <translation>utrullningen av %1 till %2 misslyckades: %3</translation>
    </message>
    <message>
        <source>automatic rollback: the rollout of %1 failed: %2</source>
        <translation>automatisk tillbakarullning: utrullningen av %1 misslyckades: %2</translation>
    </message>
    <message>
        <source>rolling %1 back to %2 because %3</source>
        <translation>rullar tillbaka %1 till %2 eftersom %3</translation>
    </message>
    <message>
        <source>the rollout of %1 to %2 failed (%3); %2 is back on %4.</source>
        <translation>utrullningen av %1 till %2 misslyckades (%3); %2 är tillbaka på %4.</translation>
    </message>
    <message>
        <source>the rollout of %1 to %2 failed (%3), and so did the rollback to %4 (%5); check the stage with “antler status”.</source>
        <translation>utrullningen av %1 till %2 misslyckades (%3), och det gjorde även tillbakarullningen till %4 (%5); kontrollera steget med ”antler status”.</translation>
    </message>
    <message>
        <source>there is no stage “%1” in %2; use one of its stages.</source>
        <translation>det finns inget steg ”%1” i %2; använd ett av dess steg.</translation>
    </message>
    <message>
        <source>nothing has been built yet; run “antler pipeline build” first.</source>
        <translation>ingenting har byggts än; kör ”antler pipeline build” först.</translation>
    </message>
    <message>
        <source>“%1” is not a digest; give sha256: followed by 64 hex digits, as “antler pipeline history” shows.</source>
        <translation>”%1” är ingen digest; ange sha256: följt av 64 hexadecimala siffror, som ”antler pipeline history” visar.</translation>
    </message>
    <message>
        <source>stage %1 is pinned to %2 (%3); run “antler pipeline unpin %1” first.</source>
        <translation>steget %1 är låst till %2 (%3); kör ”antler pipeline unpin %1” först.</translation>
    </message>
    <message>
        <source>a stage cannot be promoted to itself; name the next stage, such as “promote %1 %2”.</source>
        <translation>ett steg kan inte befordras till sig självt; ange nästa steg, till exempel ”promote %1 %2”.</translation>
    </message>
    <message>
        <source>%1 runs no release yet; deploy one there first.</source>
        <translation>%1 kör ingen release än; driftsätt en där först.</translation>
    </message>
    <message>
        <source>%1 is pinned to %2 (%3); run “antler pipeline unpin %1” first.</source>
        <translation>%1 är låst till %2 (%3); kör ”antler pipeline unpin %1” först.</translation>
    </message>
    <message>
        <source>%1 already runs %2; there is nothing to promote.</source>
        <translation>%1 kör redan %2; det finns inget att befordra.</translation>
    </message>
    <message>
        <source>%1 has run %2 for %3 s of the %4 s soak time that %5 requires; promote again in %6 s.</source>
        <translation>%1 har kört %2 i %3 s av de %4 s observationstid som %5 kräver; befordra igen om %6 s.</translation>
    </message>
    <message>
        <source>promoting to %1 needs confirmation; run it again with --yes.</source>
        <translation>befordran till %1 kräver bekräftelse; kör igen med --yes.</translation>
    </message>
    <message>
        <source>checking that %1 serves %2 healthily</source>
        <translation>kontrollerar att %1 levererar %2 felfritt</translation>
    </message>
    <message>
        <source>%1 is not healthy on %2: %3; fix or roll it back before promoting.</source>
        <translation>%1 är inte frisk på %2: %3; åtgärda felet eller rulla tillbaka innan du befordrar.</translation>
    </message>
    <message>
        <source>%1 has no previous release to roll back to.</source>
        <translation>%1 har ingen föregående release att rulla tillbaka till.</translation>
    </message>
    <message>
        <source>rolled back by %1</source>
        <translation>tillbakarullad av %1</translation>
    </message>
    <message>
        <source>%1 from %2 back to %3</source>
        <translation>%1 från %2 tillbaka till %3</translation>
    </message>
    <message>
        <source>%1 is back on %2 and pinned there; “antler pipeline unpin %1” allows promotions again.</source>
        <translation>%1 är tillbaka på %2 och låst där; ”antler pipeline unpin %1” tillåter befordringar igen.</translation>
    </message>
    <message>
        <source>the rollback of %1 to %2 failed: %3</source>
        <translation>tillbakarullningen av %1 till %2 misslyckades: %3</translation>
    </message>
    <message>
        <source>%1 is stopped.</source>
        <translation>%1 är stoppat.</translation>
    </message>
    <message>
        <source>cannot stop %1: %2</source>
        <translation>kan inte stoppa %1: %2</translation>
    </message>
    <message>
        <source>%1 runs no release yet, so there is nothing to pin.</source>
        <translation>%1 kör ingen release än, så det finns inget att låsa.</translation>
    </message>
    <message>
        <source>pinned by %1</source>
        <translation>låst av %1</translation>
    </message>
    <message>
        <source>%1 is pinned to %2; deploys and promotions to it are refused until “antler pipeline unpin %1”.</source>
        <translation>%1 är låst till %2; driftsättningar och befordringar dit nekas tills ”antler pipeline unpin %1”.</translation>
    </message>
    <message>
        <source>%1 was not pinned.</source>
        <translation>%1 var inte låst.</translation>
    </message>
    <message>
        <source>%1 is no longer pinned.</source>
        <translation>%1 är inte längre låst.</translation>
    </message>
    <message>
        <source>the build was cancelled; nothing deployed changed.</source>
        <translation>bygget avbröts; inget som är driftsatt ändrades.</translation>
    </message>
    <message>
        <source>the rollout of %1 to %2 was cancelled; %2 runs no release.</source>
        <translation>utrullningen av %1 till %2 avbröts; %2 kör ingen release.</translation>
    </message>
    <message>
        <source>the rollout of %1 to %2 was cancelled; %2 still runs %3.</source>
        <translation>utrullningen av %1 till %2 avbröts; %2 kör fortfarande %3.</translation>
    </message>
    <message>
        <source>the rollout of %1 to %2 was cancelled; %2 is back on %3.</source>
        <translation>utrullningen av %1 till %2 avbröts; %2 är tillbaka på %3.</translation>
    </message>
    <message>
        <source>there is no promotion from “%1” to “%2” in %3.</source>
        <translation>det finns ingen befordran från ”%1” till ”%2” i %3.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::PodmanRuntime</name>
    <message>
        <source>The podman configuration %1 could not be written: %2</source>
        <translation>podman-konfigurationen %1 kunde inte skrivas: %2</translation>
    </message>
    <message>
        <source>The build target cannot be reached: %1</source>
        <translation>Byggmålet går inte att nå: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbruten</translation>
    </message>
    <message>
        <source>rolling %1 out to %2 with podman kube play</source>
        <translation>rullar ut %1 till %2 med podman kube play</translation>
    </message>
    <message>
        <source>The target cannot be reached: %1</source>
        <translation>Målet går inte att nå: %1</translation>
    </message>
    <message>
        <source>podman kube play --replace %1</source>
        <translation>podman kube play --replace %1</translation>
    </message>
    <message>
        <source>stage %1: %2 Check the registry %3 and the log above.</source>
        <translation>steg %1: %2 Kontrollera registryt %3 och loggen ovan.</translation>
    </message>
    <message>
        <source>podman kube play</source>
        <translation>podman kube play</translation>
    </message>
    <message>
        <source>stage %1: the backend is not live: GET %2 answered %3 three times in a row (podman runs no liveness probe, so Antler asks).</source>
        <translation>steg %1: backenden lever inte: GET %2 svarade %3 tre gånger i rad (podman kör ingen liveness-kontroll, så Antler frågar själv).</translation>
    </message>
    <message>
        <source>The target cannot be reached; check target and inventory in antler.yaml.</source>
        <translation>Målet går inte att nå; kontrollera target och inventory i antler.yaml.</translation>
    </message>
    <message>
        <source>podman ps</source>
        <translation>podman ps</translation>
    </message>
    <message>
        <source>removing the pod of %1</source>
        <translation>tar bort podden för %1</translation>
    </message>
    <message>
        <source>podman pod rm</source>
        <translation>podman pod rm</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 stoppat</translation>
    </message>
    <message>
        <source>podman ps printed no JSON list: %1</source>
        <translation>podman ps skrev inte ut någon JSON-lista: %1</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::ReleaseComparison</name>
    <message>
        <source>the files of %1 are not on this machine (it was built on the target), so only the digests can be compared.</source>
        <translation>filerna för %1 finns inte på den här datorn (den byggdes på målsystemet), så bara digests kan jämföras.</translation>
    </message>
    <message>
        <source>The two releases have the same files.</source>
        <translation>De två releaserna har samma filer.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) differ:</source>
        <translation>
            <numerusform>%n fil skiljer sig:</numerusform>
            <numerusform>%n filer skiljer sig:</numerusform>
        </translation>
    </message>
    <message>
        <source>  added    %1</source>
        <translation>  tillagd    %1</translation>
    </message>
    <message>
        <source>  removed  %1</source>
        <translation>  borttagen  %1</translation>
    </message>
    <message>
        <source>  changed  %1</source>
        <translation>  ändrad     %1</translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s) differ:</source>
        <translation>
            <numerusform>%n faktum skiljer sig:</numerusform>
            <numerusform>%n fakta skiljer sig:</numerusform>
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
        <translation>%1 svarade inte (%2).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of 200.</source>
        <translation>%1 svarade HTTP %2 i stället för 200.</translation>
    </message>
    <message>
        <source>%1 did not answer with the HTML page.</source>
        <translation>%1 svarade inte med HTML-sidan.</translation>
    </message>
    <message>
        <source>%1 did not answer with a JSON fact.</source>
        <translation>%1 svarade inte med ett JSON-faktum.</translation>
    </message>
    <message>
        <source>%1 reports digest %2, not %3.</source>
        <translation>%1 rapporterar digest %2, inte %3.</translation>
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
        <translation>Körmiljön %1 utför redan en åtgärd (%2); vänta tills den är klar, eller kontrollera `antler pipeline status`.</translation>
    </message>
    <message>
        <source>The %1 runtime is already running an operation on stage %2 (%3); wait for it to finish or check `antler pipeline status`.</source>
        <translation>Körmiljön %1 utför redan en åtgärd på steget %2 (%3); vänta tills den är klar, eller kontrollera `antler pipeline status`.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::RuntimeFactory</name>
    <message>
        <source>this build does not know the %1 runtime; use runtime: %2 in antler.yaml.</source>
        <translation>det här bygget känner inte till körmiljön %1; använd runtime: %2 i antler.yaml.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::SocketHandover</name>
    <message>
        <source>%1: the control socket path is too long.</source>
        <translation>%1: sökvägen till kontrollsocketen är för lång.</translation>
    </message>
    <message>
        <source>cannot create a Unix socket (%1).</source>
        <translation>kan inte skapa en Unix-socket (%1).</translation>
    </message>
    <message>
        <source>%1: cannot reach the moosefacts control socket (%2).</source>
        <translation>%1: kan inte nå kontrollsocketen för moosefacts (%2).</translation>
    </message>
    <message>
        <source>%1: cannot send to the moosefacts control socket (%2).</source>
        <translation>%1: kan inte skicka till kontrollsocketen för moosefacts (%2).</translation>
    </message>
    <message>
        <source>%1: moosefacts did not answer on its control socket (%2).</source>
        <translation>%1: moosefacts svarade inte på sin kontrollsocket (%2).</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>stängd</translation>
    </message>
    <message>
        <source>%1: moosefacts refused “%2”: %3.</source>
        <translation>%1: moosefacts avvisade ”%2”: %3.</translation>
    </message>
    <message>
        <source>%1: moosefacts answered “%2” instead of its port.</source>
        <translation>%1: moosefacts svarade ”%2” i stället för sin port.</translation>
    </message>
    <message>
        <source>%1: moosefacts answered without handing over its socket.</source>
        <translation>%1: moosefacts svarade utan att lämna över sin socket.</translation>
    </message>
    <message>
        <source>the local runtime needs an IP address as the stage&apos;s host, not “%1”; write host: 127.0.0.1 in antler.yaml.</source>
        <translation>den lokala körmiljön behöver en IP-adress som stegets värd, inte ”%1”; skriv host: 127.0.0.1 i antler.yaml.</translation>
    </message>
    <message>
        <source>cannot create a TCP socket (%1).</source>
        <translation>kan inte skapa en TCP-socket (%1).</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2 (%3); another program uses the port: stop it or give the stage another port in antler.yaml.</source>
        <translation>kan inte lyssna på %1:%2 (%3); ett annat program använder porten: stoppa det eller ge steget en annan port i antler.yaml.</translation>
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
        <translation>Målet %1 behöver ett inventarie för att kunna nås; sätt inventory: i %2.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::AnsibleConfig</name>
    <message>
        <source>cannot read %1 (%2); fix its permissions or point ANSIBLE_CONFIG elsewhere.</source>
        <translation>kan inte läsa %1 (%2); rätta dess behörigheter eller låt ANSIBLE_CONFIG peka någon annanstans.</translation>
    </message>
    <message>
        <source>%1: forks “%2” is not a whole number of at least 1; write for example forks = 5.</source>
        <translation>%1: forks ”%2” är inte ett heltal på minst 1; skriv till exempel forks = 5.</translation>
    </message>
    <message>
        <source>%1: become “%2” is not a boolean; write True or False.</source>
        <translation>%1: become ”%2” är inte ett booleskt värde; skriv True eller False.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::AptModule</name>
    <message>
        <source>invalid package spec: %1</source>
        <translation>ogiltig paketangivelse: %1</translation>
    </message>
    <message>
        <source>one of the following is required: name, update_cache, autoremove, autoclean</source>
        <translation>något av följande krävs: name, update_cache, autoremove, autoclean</translation>
    </message>
    <message>
        <source>Failed to update apt cache on %1: %2</source>
        <translation>Det gick inte att uppdatera apt-cachen på %1: %2</translation>
    </message>
    <message>
        <source>Could not read the package state on %1: %2</source>
        <translation>Det gick inte att läsa pakettillståndet på %1: %2</translation>
    </message>
    <message>
        <source>No package matching &apos;%1&apos; is available on %2; check the name, or set update_cache: true if the package lists are missing or old.</source>
        <translation>Inget paket som matchar &apos;%1&apos; finns tillgängligt på %2; kontrollera namnet, eller sätt update_cache: true om paketlistorna saknas eller är gamla.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; failed on %2: %3</source>
        <translation>&apos;%1&apos; misslyckades på %2: %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::AptRepositoryModule</name>
    <message>
        <source>PPA repositories are Ubuntu&apos;s; %1 takes a one-line &apos;deb URL SUITE COMPONENTS&apos; source.</source>
        <translation>PPA-förråd hör till Ubuntu; %1 tar en källa på en rad, &apos;deb URL SUITE COMPONENTS&apos;.</translation>
    </message>
    <message>
        <source>Invalid repository string: %1 (expected &apos;deb [options] URL SUITE [COMPONENT…]&apos;)</source>
        <translation>Ogiltig förrådssträng: %1 (förväntade &apos;deb [options] URL SUITE [COMPONENT…]&apos;)</translation>
    </message>
    <message>
        <source>Could not read the apt sources on %1: %2</source>
        <translation>Det gick inte att läsa apt-källorna på %1: %2</translation>
    </message>
    <message>
        <source>The source &apos;%1&apos; was written on %2 but apt-get update failed: %3</source>
        <translation>Källan &apos;%1&apos; skrevs på %2, men apt-get update misslyckades: %3</translation>
    </message>
    <message>
        <source>Could not write the apt sources on %1: %2</source>
        <translation>Det gick inte att skriva apt-källorna på %1: %2</translation>
    </message>
</context>
<context>
    <name>antler::playbook::AssertModule</name>
    <message>
        <source>The conditional check &apos;%1&apos; failed. The error was: %2</source>
        <translation>Villkorskontrollen &apos;%1&apos; misslyckades. Felet var: %2</translation>
    </message>
</context>
<context>
    <name>antler::playbook::AsyncJob</name>
    <message>
        <source>The background job could not be started (exit code %1): %2</source>
        <translation>Bakgrundsjobbet kunde inte startas (slutkod %1): %2</translation>
    </message>
    <message>
        <source>The job %1 could not be read (exit code %2): %3</source>
        <translation>Jobbet %1 kunde inte läsas (slutkod %2): %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::AsyncStatusModule</name>
    <message>
        <source>“%1” is no job id; give async_status the ansible_job_id registered from a task with async and poll: 0.</source>
        <translation>”%1” är inget jobb-id; ge async_status det ansible_job_id som registrerades från en uppgift med async och poll: 0.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::BlockInFileModule</name>
    <message>
        <source>blockinfile needs path: the file on the host to edit.</source>
        <translation>blockinfile behöver path: filen på värden som ska redigeras.</translation>
    </message>
    <message>
        <source>blockinfile takes insertafter or insertbefore, not both; remove one of them.</source>
        <translation>blockinfile tar insertafter eller insertbefore, inte båda; ta bort ett av dem.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::CommandModule</name>
    <message>
        <source>no command given</source>
        <translation>inget kommando angivet</translation>
    </message>
    <message>
        <source>only command or argv can be given, not both</source>
        <translation>bara command eller argv kan anges, inte båda</translation>
    </message>
</context>
<context>
    <name>antler::playbook::CopyModule</name>
    <message>
        <source>copy needs dest: the path on the host to write to.</source>
        <translation>copy behöver dest: sökvägen på värden som ska skrivas till.</translation>
    </message>
    <message>
        <source>copy takes src or content, not both; remove one of them.</source>
        <translation>copy tar src eller content, inte båda; ta bort ett av dem.</translation>
    </message>
    <message>
        <source>copy needs src (a file next to the playbook) or content (the text to write).</source>
        <translation>copy behöver src (en fil bredvid playbooken) eller content (texten som ska skrivas).</translation>
    </message>
    <message>
        <source>copy cannot use content with a folder as dest (%1); name the file to write.</source>
        <translation>copy kan inte använda content med en mapp som dest (%1); ange filen som ska skrivas.</translation>
    </message>
    <message>
        <source>Cannot read %1 on the controller; check its permissions.</source>
        <translation>Kan inte läsa %1 på kontrollnoden; kontrollera behörigheterna.</translation>
    </message>
    <message>
        <source>The SHA1 checksum of %1 is %2, not the expected %3; check the file or the checksum argument.</source>
        <translation>SHA1-kontrollsumman för %1 är %2, inte den förväntade %3; kontrollera filen eller argumentet checksum.</translation>
    </message>
    <message>
        <source>Cannot copy to %1 on %2: it is a folder; name a file or end dest with &apos;/&apos;.</source>
        <translation>Kan inte kopiera till %1 på %2: det är en mapp; ange en fil eller avsluta dest med &apos;/&apos;.</translation>
    </message>
    <message>
        <source>Destination directory %1 does not exist on %2; create it first (file: state=directory) or end dest with &apos;/&apos;.</source>
        <translation>Målmappen %1 finns inte på %2; skapa den först (file: state=directory) eller avsluta dest med &apos;/&apos;.</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>skriva %1</translation>
    </message>
    <message>
        <source>change the attributes of %1</source>
        <translation>ändra attributen för %1</translation>
    </message>
    <message>
        <source>Source %1 not found on %2; check src or drop remote_src to copy from the controller.</source>
        <translation>Hittar inte källan %1 på %2; kontrollera src eller ta bort remote_src för att kopiera från kontrollnoden.</translation>
    </message>
    <message>
        <source>copy %1 to %2</source>
        <translation>kopiera %1 till %2</translation>
    </message>
    <message>
        <source>Cannot copy into %1 on %2: it exists and is not a folder.</source>
        <translation>Kan inte kopiera in i %1 på %2: den finns och är inte en mapp.</translation>
    </message>
    <message>
        <source>create the folders under %1</source>
        <translation>skapa mapparna under %1</translation>
    </message>
</context>
<context>
    <name>antler::playbook::CronModule</name>
    <message>
        <source>The cron task needs a name: it is how the job is found again (the &quot;#Ansible: NAME&quot; line).</source>
        <translation>cron-uppgiften behöver ett namn: det är så jobbet hittas igen (raden &quot;#Ansible: NAME&quot;).</translation>
    </message>
    <message>
        <source>You must specify &apos;job&apos; to install a new cron job or variable</source>
        <translation>Du måste ange &apos;job&apos; för att installera ett nytt cron-jobb eller en ny variabel</translation>
    </message>
    <message>
        <source>The cron job &apos;%1&apos; contains a line break; a crontab entry must be one line.</source>
        <translation>cron-jobbet &apos;%1&apos; innehåller en radbrytning; en crontab-post måste vara en rad.</translation>
    </message>
    <message>
        <source>To use cron_file=... parameter you must specify user=... as well</source>
        <translation>För att använda parametern cron_file=... måste du också ange user=...</translation>
    </message>
    <message>
        <source>Could not write the crontab%1 on %2: %3</source>
        <translation>Det gick inte att skriva crontab%1 på %2: %3</translation>
    </message>
    <message>
        <source>Could not read the crontab on %1: %2</source>
        <translation>Det gick inte att läsa crontab på %1: %2</translation>
    </message>
    <message>
        <source>Could not read the crontab of %1 on %2: %3</source>
        <translation>Det gick inte att läsa crontab för %1 på %2: %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::DebugModule</name>
    <message>
        <source>&apos;msg&apos; and &apos;var&apos; are incompatible options</source>
        <translation>&apos;msg&apos; och &apos;var&apos; är oförenliga alternativ</translation>
    </message>
</context>
<context>
    <name>antler::playbook::FetchModule</name>
    <message>
        <source>fetch needs src (the file on the host) and dest (a folder on the controller).</source>
        <translation>fetch behöver src (filen på värden) och dest (en mapp på kontrollnoden).</translation>
    </message>
    <message>
        <source>fetch of %1</source>
        <translation>hämtning av %1</translation>
    </message>
    <message>
        <source>Cannot read %1 on %2: %3; check the path and the become settings.</source>
        <translation>Kan inte läsa %1 på %2: %3; kontrollera sökvägen och become-inställningarna.</translation>
    </message>
    <message>
        <source>Cannot write %1 on the controller: %2.</source>
        <translation>Kan inte skriva %1 på kontrollnoden: %2.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::FileMode</name>
    <message>
        <source>mode %1 is not a valid mode; only permission bits (at most 07777) are allowed, write it as an octal string like &apos;0644&apos; or symbolically like &apos;u=rw,g=r,o=r&apos;.</source>
        <translation>mode %1 är inget giltigt läge; bara behörighetsbitar (högst 07777) är tillåtna, skriv det som en oktal sträng som &apos;0644&apos; eller symboliskt som &apos;u=rw,g=r,o=r&apos;.</translation>
    </message>
    <message>
        <source>mode &apos;%1&apos; is not a valid mode; only permission bits (at most 07777) are allowed.</source>
        <translation>mode &apos;%1&apos; är inget giltigt läge; bara behörighetsbitar (högst 07777) är tillåtna.</translation>
    </message>
    <message>
        <source>mode &apos;%1&apos; is neither octal nor symbolic: bad clause &apos;%2&apos;; write it like &apos;0644&apos; or &apos;u=rw,g=r,o=r&apos;.</source>
        <translation>mode &apos;%1&apos; är varken oktalt eller symboliskt: felaktig klausul &apos;%2&apos;; skriv det som &apos;0644&apos; eller &apos;u=rw,g=r,o=r&apos;.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::FileModule</name>
    <message>
        <source>file needs path: the file or folder on the host.</source>
        <translation>file behöver path: filen eller mappen på värden.</translation>
    </message>
    <message>
        <source>src option requires state to be &apos;link&apos; or &apos;hard&apos; (path %1).</source>
        <translation>flaggan src kräver att state är &apos;link&apos; eller &apos;hard&apos; (sökväg %1).</translation>
    </message>
    <message>
        <source>recurse option requires state to be &apos;directory&apos; (path %1).</source>
        <translation>flaggan recurse kräver att state är &apos;directory&apos; (sökväg %1).</translation>
    </message>
    <message>
        <source>file (%1) is %2, cannot continue</source>
        <translation>filen (%1) är %2, kan inte fortsätta</translation>
    </message>
    <message>
        <source>%1 already exists as a %2</source>
        <translation>%1 finns redan som %2</translation>
    </message>
    <message>
        <source>src is required for creating new symlinks (path %1).</source>
        <translation>src krävs för att skapa nya symboliska länkar (sökväg %1).</translation>
    </message>
    <message>
        <source>src file does not exist, use &quot;force=yes&quot; if you really want to create the link: %1</source>
        <translation>src-filen finns inte, använd &quot;force=yes&quot; om du verkligen vill skapa länken: %1</translation>
    </message>
    <message>
        <source>refusing to convert from directory to symlink for %1</source>
        <translation>vägrar att konvertera en mapp till en symbolisk länk för %1</translation>
    </message>
    <message>
        <source>refusing to convert from %1 to symlink for %2</source>
        <translation>vägrar att konvertera %1 till en symbolisk länk för %2</translation>
    </message>
    <message>
        <source>src is required for creating new hard links (path %1).</source>
        <translation>src krävs för att skapa nya hårda länkar (sökväg %1).</translation>
    </message>
    <message>
        <source>src does not exist: %1 (for the hard link %2)</source>
        <translation>src finns inte: %1 (för den hårda länken %2)</translation>
    </message>
    <message>
        <source>refusing to convert from directory to hard link for %1</source>
        <translation>vägrar att konvertera en mapp till en hård länk för %1</translation>
    </message>
    <message>
        <source>Cannot link %1: it exists as a %2</source>
        <translation>Kan inte länka %1: den finns som %2</translation>
    </message>
    <message>
        <source>set %1 to state %2</source>
        <translation>sätta %1 till tillståndet %2</translation>
    </message>
</context>
<context>
    <name>antler::playbook::FileModuleBase</name>
    <message>
        <source>status of %1</source>
        <translation>status för %1</translation>
    </message>
    <message>
        <source>Cannot read the status of %1 on %2: %3; check the path and the become settings.</source>
        <translation>Kan inte läsa status för %1 på %2: %3; kontrollera sökvägen och become-inställningarna.</translation>
    </message>
    <message>
        <source>Cannot read the status of files on %1: %2</source>
        <translation>Kan inte läsa filstatus på %1: %2</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>slutkod %1</translation>
    </message>
    <message>
        <source>Cannot %1 on %2: %3; check the path, the permissions and the become settings.</source>
        <translation>Kan inte %1 på %2: %3; kontrollera sökvägen, behörigheterna och become-inställningarna.</translation>
    </message>
    <message>
        <source>Cannot %1 on %2: %3</source>
        <translation>Kan inte %1 på %2: %3</translation>
    </message>
    <message>
        <source>Could not find or access &apos;%1&apos; on the Ansible Controller; give an absolute path or put it next to the playbook.</source>
        <translation>Kunde inte hitta eller komma åt &apos;%1&apos; på Ansible-kontrollnoden; ange en absolut sökväg eller lägg den bredvid playbooken.</translation>
    </message>
    <message>
        <source>Could not find or access &apos;%1&apos; on the Ansible Controller; searched: %2. Put the file in one of these places or give an absolute path.</source>
        <translation>Kunde inte hitta eller komma åt &apos;%1&apos; på Ansible-kontrollnoden; sökte i: %2. Lägg filen på någon av de platserna eller ange en absolut sökväg.</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>skriva %1</translation>
    </message>
    <message>
        <source>change the attributes of %1</source>
        <translation>ändra attributen för %1</translation>
    </message>
</context>
<context>
    <name>antler::playbook::GetUrlModule</name>
    <message>
        <source>The checksum parameter has to be in format &lt;algorithm&gt;:&lt;checksum&gt;, like sha256:9f86d0…; got &apos;%1&apos;.</source>
        <translation>Parametern checksum måste ha formatet &lt;algorithm&gt;:&lt;checksum&gt;, som sha256:9f86d0…; fick &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unsupported checksum algorithm &apos;%1&apos;; use one of %2.</source>
        <translation>Kontrollsummealgoritmen &apos;%1&apos; stöds inte; använd någon av %2.</translation>
    </message>
    <message>
        <source>get_url needs url and dest.</source>
        <translation>get_url behöver url och dest.</translation>
    </message>
    <message>
        <source>download of %1</source>
        <translation>nedladdning av %1</translation>
    </message>
    <message>
        <source>Request failed: %1 could not be downloaded by %2: %3</source>
        <translation>Begäran misslyckades: %1 kunde inte laddas ned av %2: %3</translation>
    </message>
    <message>
        <source>change the attributes of %1</source>
        <translation>ändra attributen för %1</translation>
    </message>
</context>
<context>
    <name>antler::playbook::GroupModule</name>
    <message>
        <source>gid must be a number, got &apos;%1&apos;</source>
        <translation>gid måste vara ett tal, fick &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing required arguments: name</source>
        <translation>saknade obligatoriska argument: name</translation>
    </message>
    <message>
        <source>Could not read the group %1 on %2: %3</source>
        <translation>Det gick inte att läsa gruppen %1 på %2: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; failed on %2: %3</source>
        <translation>&apos;%1&apos; misslyckades på %2: %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::HostLimit</name>
    <message>
        <source>cannot read the limit file %1; check the path after --limit @, or give a host pattern.</source>
        <translation>kan inte läsa limit-filen %1; kontrollera sökvägen efter --limit @, eller ange ett värdmönster.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::HostnameModule</name>
    <message>
        <source>missing required arguments: name</source>
        <translation>saknade obligatoriska argument: name</translation>
    </message>
    <message>
        <source>Could not read the host name of %1: %2</source>
        <translation>Det gick inte att läsa värdnamnet för %1: %2</translation>
    </message>
    <message>
        <source>Could not set the running host name of %1 to %2: %3. /etc/hostname was written and takes effect at the next boot; in a container the engine sets the host name (podman --hostname).</source>
        <translation>Det gick inte att sätta det aktiva värdnamnet för %1 till %2: %3. /etc/hostname skrevs och gäller från nästa start; i en container sätter motorn värdnamnet (podman --hostname).</translation>
    </message>
    <message>
        <source>Could not set the host name of %1 to %2: %3</source>
        <translation>Det gick inte att sätta värdnamnet för %1 till %2: %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::IncludePlan</name>
    <message>
        <source>the tasks of %1 cannot be included: %2</source>
        <translation>uppgifterna i %1 kan inte inkluderas: %2</translation>
    </message>
</context>
<context>
    <name>antler::playbook::IncludeVarsModule</name>
    <message>
        <source>Cannot read the vars file %1: %2.</source>
        <translation>Kan inte läsa variabelfilen %1: %2.</translation>
    </message>
    <message>
        <source>The vars file %1:%2:%3 is not valid YAML (%4); check the indentation and the quotes there.</source>
        <translation>Variabelfilen %1:%2:%3 är inte giltig YAML (%4); kontrollera indraget och citattecknen där.</translation>
    </message>
    <message>
        <source>%1 must be stored as a dictionary/hash</source>
        <translation>%1 måste vara lagrad som en ordlista/hash</translation>
    </message>
    <message>
        <source>files_matching “%1” is not a valid regular expression (%2); fix the pattern.</source>
        <translation>files_matching ”%1” är inget giltigt reguljärt uttryck (%2); rätta mönstret.</translation>
    </message>
    <message>
        <source>%1 does not have a valid extension: %2; rename it or set ignore_unknown_extensions.</source>
        <translation>%1 har ingen giltig filändelse: %2; byt namn på den eller sätt ignore_unknown_extensions.</translation>
    </message>
    <message>
        <source>You are mixing file only and dir only arguments, these are incompatible</source>
        <translation>Du blandar argument endast för filer med argument endast för kataloger, dessa är oförenliga</translation>
    </message>
    <message>
        <source>include_vars needs a file or a dir; write “include_vars: FILE” or give file: or dir:.</source>
        <translation>include_vars behöver en fil eller en katalog; skriv ”include_vars: FILE” eller ange file: eller dir:.</translation>
    </message>
    <message>
        <source>hash_behaviour: merge is not supported; Antler replaces variables, as Ansible does by default.</source>
        <translation>hash_behaviour: merge stöds inte; Antler ersätter variabler, som Ansible gör som standard.</translation>
    </message>
    <message>
        <source>%1 directory does not exist</source>
        <translation>Katalogen %1 finns inte</translation>
    </message>
</context>
<context>
    <name>antler::playbook::IniFileModule</name>
    <message>
        <source>parameters are mutually exclusive: value|values</source>
        <translation>parametrarna utesluter varandra: value|values</translation>
    </message>
    <message>
        <source>Parameter &apos;value(s)&apos; must be defined if state=present and allow_no_value=False.</source>
        <translation>Parametern &apos;value(s)&apos; måste anges när state=present och allow_no_value=False.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::LineInFileModule</name>
    <message>
        <source>lineinfile needs path: the file on the host to edit.</source>
        <translation>lineinfile behöver path: filen på värden som ska redigeras.</translation>
    </message>
    <message>
        <source>lineinfile takes regexp or search_string, not both; remove one of them.</source>
        <translation>lineinfile tar regexp eller search_string, inte båda; ta bort ett av dem.</translation>
    </message>
    <message>
        <source>lineinfile takes insertafter or insertbefore, not both; remove one of them.</source>
        <translation>lineinfile tar insertafter eller insertbefore, inte båda; ta bort ett av dem.</translation>
    </message>
    <message>
        <source>lineinfile with state=present needs line: the text the file must contain.</source>
        <translation>lineinfile med state=present behöver line: texten som filen måste innehålla.</translation>
    </message>
    <message>
        <source>lineinfile: regexp is required with backrefs=true.</source>
        <translation>lineinfile: regexp krävs med backrefs=true.</translation>
    </message>
    <message>
        <source>lineinfile with state=absent needs one of line, regexp or search_string.</source>
        <translation>lineinfile med state=absent behöver något av line, regexp eller search_string.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::Module</name>
    <message>
        <source>the task was cancelled</source>
        <translation>uppgiften avbröts</translation>
    </message>
    <message>
        <source>no connection to %1</source>
        <translation>ingen anslutning till %1</translation>
    </message>
</context>
<context>
    <name>antler::playbook::MountModule</name>
    <message>
        <source>state is %1 but all of the following are missing: %2</source>
        <translation>state är %1 men alla följande saknas: %2</translation>
    </message>
    <message>
        <source>Failed to open %1 on %2: %3</source>
        <translation>Kunde inte öppna %1 på %2: %3</translation>
    </message>
    <message>
        <source>Error mounting %1: %2</source>
        <translation>Fel vid montering av %1: %2</translation>
    </message>
    <message>
        <source>Error unmounting %1: %2</source>
        <translation>Fel vid avmontering av %1: %2</translation>
    </message>
    <message>
        <source>Error rmdir %1: %2</source>
        <translation>Fel vid rmdir %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1 on %2: %3</source>
        <translation>Kunde inte skriva %1 på %2: %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::PackageFactsModule</name>
    <message>
        <source>package_facts on %1 reads only apt&apos;s packages (manager: auto or apt), not “%2”; ask for manager: apt.</source>
        <translation>package_facts på %1 läser bara apts paket (manager: auto eller apt), inte ”%2”; ange manager: apt.</translation>
    </message>
    <message>
        <source>Could not detect a supported package manager from the following list: [&apos;apt&apos;], or the required Python library is not installed. Check warnings for details.</source>
        <translation>Kunde inte hitta en pakethanterare som stöds i följande lista: [&apos;apt&apos;], eller så är det nödvändiga Python-biblioteket inte installerat. Se varningarna för detaljer.</translation>
    </message>
    <message>
        <source>dpkg-query failed on %1: %2</source>
        <translation>dpkg-query misslyckades på %1: %2</translation>
    </message>
</context>
<context>
    <name>antler::playbook::PackageModule</name>
    <message>
        <source>The package manager of %1 is %2; Antler&apos;s package module drives apt only, so use apt hosts or run this play with ansible-playbook.</source>
        <translation>Pakethanteraren på %1 är %2; Antlers package-modul styr bara apt, så använd apt-värdar eller kör det här playet med ansible-playbook.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::PauseModule</name>
    <message>
        <source>parameters are mutually exclusive: minutes|seconds</source>
        <translation>parametrarna utesluter varandra: minutes|seconds</translation>
    </message>
    <message>
        <source>the pause at %1 waits for a key press, which a headless run cannot give; set seconds or minutes.</source>
        <translation>pausen vid %1 väntar på en tangenttryckning, som en körning utan gränssnitt inte kan ge; sätt seconds eller minutes.</translation>
    </message>
    <message>
        <source>non-integer value given for prompt duration:
%1</source>
        <translation>värde som inte är ett heltal angavs för väntetiden:
%1</translation>
    </message>
    <message>
        <source>the task was cancelled</source>
        <translation>uppgiften avbröts</translation>
    </message>
</context>
<context>
    <name>antler::playbook::PlaybookKeywords</name>
    <message>
        <source>prompting is not supported in a headless run; pass the values with -e</source>
        <translation>frågor stöds inte i en körning utan gränssnitt; skicka värdena med -e</translation>
    </message>
    <message>
        <source>set ansible_connection in the inventory instead</source>
        <translation>ange ansible_connection i inventariet i stället</translation>
    </message>
    <message>
        <source>set ansible_user in the inventory instead</source>
        <translation>ange ansible_user i inventariet i stället</translation>
    </message>
    <message>
        <source>set ansible_port in the inventory instead</source>
        <translation>ange ansible_port i inventariet i stället</translation>
    </message>
    <message>
        <source>only ansible.builtin modules are available</source>
        <translation>endast ansible.builtin-moduler är tillgängliga</translation>
    </message>
    <message>
        <source>write the arguments on each task</source>
        <translation>skriv argumenten på varje uppgift</translation>
    </message>
    <message>
        <source>only sudo is supported</source>
        <translation>endast sudo stöds</translation>
    </message>
    <message>
        <source>only plain sudo is supported</source>
        <translation>endast vanlig sudo stöds</translation>
    </message>
    <message>
        <source>hosts run in inventory order</source>
        <translation>värdar körs i inventariets ordning</translation>
    </message>
    <message>
        <source>use --forks instead</source>
        <translation>använd --forks i stället</translation>
    </message>
    <message>
        <source>task timeouts are not supported</source>
        <translation>tidsgränser för uppgifter stöds inte</translation>
    </message>
    <message>
        <source>it is not supported</source>
        <translation>det stöds inte</translation>
    </message>
    <message>
        <source>facts are gathered as one set</source>
        <translation>facts samlas in som en helhet</translation>
    </message>
    <message>
        <source>facts are gathered without a timeout</source>
        <translation>facts samlas in utan tidsgräns</translation>
    </message>
    <message>
        <source>local facts are not supported</source>
        <translation>lokala facts stöds inte</translation>
    </message>
    <message>
        <source>the task debugger is not supported</source>
        <translation>uppgiftsfelsökaren stöds inte</translation>
    </message>
    <message>
        <source>write it on the tasks instead</source>
        <translation>skriv det på uppgifterna i stället</translation>
    </message>
    <message>
        <source>write the module as usual and add “delegate_to: localhost”</source>
        <translation>skriv modulen som vanligt och lägg till ”delegate_to: localhost”</translation>
    </message>
    <message>
        <source>write the module name as the key, such as “command: uptime”</source>
        <translation>skriv modulnamnet som nyckel, till exempel ”command: uptime”</translation>
    </message>
    <message>
        <source>facts always belong to the host the task runs for</source>
        <translation>facts hör alltid till den värd som uppgiften körs för</translation>
    </message>
    <message>
        <source>it was removed from Ansible; use include_tasks or import_tasks</source>
        <translation>det har tagits bort från Ansible; använd include_tasks eller import_tasks</translation>
    </message>
    <message>
        <source>import_playbook is only allowed at the top level of a playbook</source>
        <translation>import_playbook är bara tillåtet på översta nivån i en playbook</translation>
    </message>
    <message>
        <source>a failure percentage is not supported; a batch whose hosts all fail ends the run</source>
        <translation>en felprocent stöds inte; en omgång där alla värdar misslyckas avslutar körningen</translation>
    </message>
</context>
<context>
    <name>antler::playbook::PlaybookParser</name>
    <message>
        <source>cannot read the playbook (%1); check the path and its permissions.</source>
        <translation>kan inte läsa playbooken (%1); kontrollera sökvägen och dess behörigheter.</translation>
    </message>
    <message>
        <source>an unclosed %1 quote</source>
        <translation>ett oavslutat %1-citattecken</translation>
    </message>
    <message>
        <source>an unclosed {{ template</source>
        <translation>en oavslutad {{-mall</translation>
    </message>
    <message>
        <source>the task notifies “%1”, but the play has no handler of that name or listen topic; add the handler or fix the name.</source>
        <translation>uppgiften notifierar ”%1”, men playet har ingen handler med det namnet eller listen-ämnet; lägg till handlern eller rätta namnet.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>ett heltal</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>ett tal</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en lista</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>en mappning</translation>
    </message>
    <message>
        <source>a path</source>
        <translation>en sökväg</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ett värde</translation>
    </message>
    <message>
        <source>the module “%1” has no argument “%2”; use one of: %3.</source>
        <translation>modulen ”%1” har inget argument ”%2”; använd något av: %3.</translation>
    </message>
    <message>
        <source>the module “%1” has no argument “%2”; did you mean “%3”? Valid are: %4.</source>
        <translation>modulen ”%1” har inget argument ”%2”; menade du ”%3”? Giltiga är: %4.</translation>
    </message>
    <message>
        <source>the argument “%1” of “%2” is given twice (maybe through an alias); keep only one.</source>
        <translation>argumentet ”%1” till ”%2” anges två gånger (kanske via ett alias); behåll bara ett.</translation>
    </message>
    <message>
        <source>“argv” must be a non-empty list of words; write each word as an entry starting with “- ”.</source>
        <translation>”argv” måste vara en icke-tom lista med ord; skriv varje ord som en post som börjar med ”- ”.</translation>
    </message>
    <message>
        <source>the argument “%1” of “%2” must be %3; write it as %3 or as a template.</source>
        <translation>argumentet ”%1” till ”%2” måste vara %3; skriv det som %3 eller som en mall.</translation>
    </message>
    <message>
        <source>“%1” is not a valid value for “%2”; use one of: %3.</source>
        <translation>”%1” är inget giltigt värde för ”%2”; använd något av: %3.</translation>
    </message>
    <message>
        <source>“%1” is not a valid value for “%2” of “%3”; use one of: %4.</source>
        <translation>”%1” är inget giltigt värde för ”%2” i ”%3”; använd något av: %4.</translation>
    </message>
    <message>
        <source>the arguments of “%1” cannot be read (%2); write them as a mapping on the next lines, indented.</source>
        <translation>argumenten till ”%1” kan inte läsas (%2); skriv dem som en mappning på de följande raderna, indragna.</translation>
    </message>
    <message>
        <source>“%1” takes key=value words on its line, and “%2” is not one; write the arguments as a mapping on the next lines, indented.</source>
        <translation>”%1” tar key=value-ord på sin rad, och ”%2” är inte ett sådant; skriv argumenten som en mappning på de följande raderna, indragna.</translation>
    </message>
    <message>
        <source>“%1” takes no arguments by name; write the command as text on the same line, such as “raw: uptime”.</source>
        <translation>”%1” tar inga namngivna argument; skriv kommandot som text på samma rad, till exempel ”raw: uptime”.</translation>
    </message>
    <message>
        <source>the arguments of “%1” must be text or a mapping, not a list; write them as “name: value” lines below it.</source>
        <translation>argumenten till ”%1” måste vara text eller en mappning, inte en lista; skriv dem som ”name: value”-rader under.</translation>
    </message>
    <message>
        <source>“args” must be a mapping of argument names to values; write one “name: value” per line below it.</source>
        <translation>”args” måste vara en mappning från argumentnamn till värden; skriv ett ”name: value” per rad under det.</translation>
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
    <message>
        <source>“argv” of “%1” is empty; write each word as an entry starting with “- ”.</source>
        <translation>”argv” i ”%1” är tom; skriv varje ord som en post som börjar med ”- ”.</translation>
    </message>
    <message>
        <source>its value</source>
        <translation>värdet</translation>
    </message>
    <message>
        <source>“%1” needs the argument “%2”; add it.</source>
        <translation>”%1” behöver argumentet ”%2”; lägg till det.</translation>
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
        <source>“%1” is not supported beside import_playbook; only “name” is, so move it into the imported plays.</source>
        <translation>”%1” stöds inte bredvid import_playbook; bara ”name” gör det, så flytta det till de importerade playen.</translation>
    </message>
    <message>
        <source>the file name of import_playbook is a template, which is read before any variable exists; write the file name as plain text.</source>
        <translation>filnamnet för import_playbook är en mall, som läses innan någon variabel finns; skriv filnamnet som ren text.</translation>
    </message>
    <message>
        <source>imported playbook</source>
        <translation>den importerade playbooken</translation>
    </message>
    <message>
        <source>a play must be a mapping of keywords; write it as “- hosts: all” followed by its name and tasks.</source>
        <translation>ett play måste vara en mappning av nyckelord; skriv det som ”- hosts: all” följt av dess namn och uppgifter.</translation>
    </message>
    <message>
        <source>“%1” is not a play keyword; write it on the tasks, or on a block around them.</source>
        <translation>”%1” är inget play-nyckelord; skriv det på uppgifterna, eller på ett block runt dem.</translation>
    </message>
    <message>
        <source>the play keyword “%1” is not supported by Antler (%2); remove it, or run this playbook with ansible-playbook.</source>
        <translation>play-nyckelordet ”%1” stöds inte av Antler (%2); ta bort det, eller kör den här playbooken med ansible-playbook.</translation>
    </message>
    <message>
        <source>import_playbook must be an entry of its own in the list of plays; write “- import_playbook: FILE” at the top level.</source>
        <translation>import_playbook måste vara en egen post i listan med play; skriv ”- import_playbook: FILE” på översta nivån.</translation>
    </message>
    <message>
        <source>“%1” is a module, not a play keyword, so this looks like a list of tasks; put the tasks under “tasks:” of a play with “hosts:”, or import this file with import_tasks.</source>
        <translation>”%1” är en modul, inte ett play-nyckelord, så det här ser ut som en lista med uppgifter; lägg uppgifterna under ”tasks:” i ett play med ”hosts:”, eller importera filen med import_tasks.</translation>
    </message>
    <message>
        <source>“%1” is not a play keyword; use one of: %2.</source>
        <translation>”%1” är inget play-nyckelord; använd något av: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a play keyword; check its spelling (did you mean “%2”?).</source>
        <translation>”%1” är inget play-nyckelord; kontrollera stavningen (menade du ”%2”?).</translation>
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
        <source>“hosts” is a template, which this version does not resolve; write the pattern itself, such as all, and narrow it with --limit.</source>
        <translation>”hosts” är en mall, som den här versionen inte löser upp; skriv själva mönstret, till exempel all, och begränsa det med --limit.</translation>
    </message>
    <message>
        <source>“vars_files” must be a list of file names; write one per line starting with “- ”.</source>
        <translation>”vars_files” måste vara en lista med filnamn; skriv ett per rad, med ”- ” först.</translation>
    </message>
    <message>
        <source>each entry of “vars_files” must be one file name; lists of alternatives are not supported, so name the file to load.</source>
        <translation>varje post i ”vars_files” måste vara ett filnamn; listor med alternativ stöds inte, så ange filen som ska läsas in.</translation>
    </message>
    <message>
        <source>the vars_files name “%1” is a template, which this version does not resolve; write the file name as plain text.</source>
        <translation>vars_files-namnet ”%1” är en mall, som den här versionen inte löser upp; skriv filnamnet som ren text.</translation>
    </message>
    <message>
        <source>vars file</source>
        <translation>variabelfilen</translation>
    </message>
    <message>
        <source>a vars file must be a mapping of variable names to values; write one “name: value” per line.</source>
        <translation>en variabelfil måste vara en mappning från variabelnamn till värden; skriv ett ”name: value” per rad.</translation>
    </message>
    <message>
        <source>the role “%1” has no %2 file “%3” (looked for %4); create it or fix “%2_from”.</source>
        <translation>rollen ”%1” har ingen %2-fil ”%3” (letade efter %4); skapa den eller rätta ”%2_from”.</translation>
    </message>
    <message>
        <source>role variables file</source>
        <translation>rollens variabelfil</translation>
    </message>
    <message>
        <source>a role&apos;s defaults and vars must be a mapping of variable names to values; write one “name: value” per line.</source>
        <translation>en rolls defaults och vars måste vara en mappning från variabelnamn till värden; skriv ett ”name: value” per rad.</translation>
    </message>
    <message>
        <source>this role entry names its role twice; keep only “role:”.</source>
        <translation>den här rollposten namnger sin roll två gånger; behåll bara ”role:”.</translation>
    </message>
    <message>
        <source>“%1” is not supported on a role; write it on the role&apos;s tasks instead.</source>
        <translation>”%1” stöds inte på en roll; skriv det på rollens uppgifter i stället.</translation>
    </message>
    <message>
        <source>“%1” is neither a role keyword nor a valid parameter name; use letters, digits and underscores.</source>
        <translation>”%1” är varken ett rollnyckelord eller ett giltigt parameternamn; använd bokstäver, siffror och understreck.</translation>
    </message>
    <message>
        <source>each entry of “%1” must be a role name or a mapping with “role:”; write “- NAME” or “- role: NAME”.</source>
        <translation>varje post i ”%1” måste vara ett rollnamn eller en mappning med ”role:”; skriv ”- NAME” eller ”- role: NAME”.</translation>
    </message>
    <message>
        <source>this role entry has no role name; add “role: NAME”.</source>
        <translation>den här rollposten saknar rollnamn; lägg till ”role: NAME”.</translation>
    </message>
    <message>
        <source>the role name “%1” is a template, which is read before any variable exists; write the role name as plain text.</source>
        <translation>rollnamnet ”%1” är en mall, som läses innan någon variabel finns; skriv rollnamnet som ren text.</translation>
    </message>
    <message>
        <source>the role “%1” was not found (looked in %2); create roles/%1/tasks/main.yml beside the playbook or fix the name.</source>
        <translation>rollen ”%1” hittades inte (letade i %2); skapa roles/%1/tasks/main.yml bredvid playbooken eller rätta namnet.</translation>
    </message>
    <message>
        <source>the role “%1” depends on itself through %2; remove the dependency or import_role that closes the loop.</source>
        <translation>rollen ”%1” beror på sig själv via %2; ta bort beroendet eller import_role som sluter slingan.</translation>
    </message>
    <message>
        <source>role meta file</source>
        <translation>rollens metafil</translation>
    </message>
    <message>
        <source>a role&apos;s meta/main.yml must be a mapping; write “dependencies:” and “allow_duplicates:” at the top level.</source>
        <translation>en rolls meta/main.yml måste vara en mappning; skriv ”dependencies:” och ”allow_duplicates:” på översta nivån.</translation>
    </message>
    <message>
        <source>“dependencies” must be a list of roles; write one per line starting with “- ”, as under a play&apos;s “roles:”.</source>
        <translation>”dependencies” måste vara en lista med roller; skriv en per rad som börjar med ”- ”, som under ett plays ”roles:”.</translation>
    </message>
    <message>
        <source>“roles” must be a list of role names; write one per line starting with “- ”.</source>
        <translation>”roles” måste vara en lista med rollnamn; skriv ett per rad, med ”- ” först.</translation>
    </message>
    <message>
        <source>“%1” takes key=value words on its line, and “%2” is not one; write “%1:” with “name: ROLE” on the next line, indented.</source>
        <translation>”%1” tar key=value-ord på sin rad, och ”%2” är inte ett sådant; skriv ”%1:” med ”name: ROLE” på nästa rad, indraget.</translation>
    </message>
    <message>
        <source>the arguments of “%1” must be a mapping, not a list; write “name: ROLE” on the next line, indented.</source>
        <translation>argumenten till ”%1” måste vara en mappning, inte en lista; skriv ”name: ROLE” på nästa rad, indraget.</translation>
    </message>
    <message>
        <source>“args” must be a mapping of argument names to values.</source>
        <translation>”args” måste vara en mappning från argumentnamn till värden.</translation>
    </message>
    <message>
        <source>“%1” of “%2” must be a name; write it on the same line.</source>
        <translation>”%1” i ”%2” måste vara ett namn; skriv det på samma rad.</translation>
    </message>
    <message>
        <source>“%1” names its role twice; keep only “name”.</source>
        <translation>”%1” anger sin roll två gånger; behåll bara ”name”.</translation>
    </message>
    <message>
        <source>the role name of include_role is a template, which this version does not resolve; write the role name as plain text, with one include_role and a “when:” for each role it may be.</source>
        <translation>rollnamnet för include_role är en mall, som den här versionen inte löser upp; skriv rollnamnet som ren text, med en include_role och ett ”when:” för varje roll det kan vara.</translation>
    </message>
    <message>
        <source>the role name of import_role is a template, which is read before any variable exists; write the role name as plain text.</source>
        <translation>rollnamnet för import_role är en mall, som läses innan någon variabel finns; skriv rollnamnet som ren text.</translation>
    </message>
    <message>
        <source>“%1” is a template, which this version does not resolve for “%2”; write the file name as plain text.</source>
        <translation>”%1” är en mall, som den här versionen inte löser upp för ”%2”; skriv filnamnet som ren text.</translation>
    </message>
    <message>
        <source>“%1” of “%2” must be true or false; write one of them.</source>
        <translation>”%1” i ”%2” måste vara true eller false; skriv ett av dem.</translation>
    </message>
    <message>
        <source>“public” belongs to include_role; import_role always makes the role&apos;s variables visible to the play, so remove it.</source>
        <translation>”public” hör till include_role; import_role gör alltid rollens variabler synliga för playet, så ta bort det.</translation>
    </message>
    <message>
        <source>“apply” of include_role is not supported; write the keywords on the role&apos;s tasks, or use import_role, which passes its keywords down.</source>
        <translation>”apply” för include_role stöds inte; skriv nyckelorden på rollens uppgifter, eller använd import_role, som skickar sina nyckelord vidare.</translation>
    </message>
    <message>
        <source>“apply” belongs to include_role; write the keywords on the import_role task itself, which passes them down.</source>
        <translation>”apply” hör till include_role; skriv nyckelorden på själva import_role-uppgiften, som skickar dem vidare.</translation>
    </message>
    <message>
        <source>“%1” has no argument “%2”; use one of: %3.</source>
        <translation>”%1” har inget argument ”%2”; använd något av: %3.</translation>
    </message>
    <message>
        <source>“%1” has no argument “%2”; did you mean “%3”? Valid are: %4.</source>
        <translation>”%1” har inget argument ”%2”; menade du ”%3”? Giltiga är: %4.</translation>
    </message>
    <message>
        <source>“%1” needs the argument “name” with the role to use; add “name: ROLE” below it.</source>
        <translation>”%1” behöver argumentet ”name” med rollen som ska användas; lägg till ”name: ROLE” under.</translation>
    </message>
    <message>
        <source>import_role is not supported among handlers; list the role under the play&apos;s “roles:”, which adds its handlers.</source>
        <translation>import_role stöds inte bland handlers; lista rollen under playets ”roles:”, vilket lägger till dess handlers.</translation>
    </message>
    <message>
        <source>“%1” cannot be used on import_role, which only inlines the role&apos;s tasks; write it on the role&apos;s tasks instead.</source>
        <translation>”%1” kan inte användas på import_role, som bara infogar rollens uppgifter; skriv det på rollens uppgifter i stället.</translation>
    </message>
    <message>
        <source>include_role is not supported among handlers; list the role under the play&apos;s “roles:”, which adds its handlers.</source>
        <translation>include_role stöds inte bland handlers; lista rollen under playets ”roles:”, vilket lägger till dess handlers.</translation>
    </message>
    <message>
        <source>a loop on include_role is not supported in this version; write one include_role per item with its vars, or loop inside the role&apos;s tasks.</source>
        <translation>en slinga på include_role stöds inte i den här versionen; skriv en include_role per element med dess vars, eller använd slingan i rollens uppgifter.</translation>
    </message>
    <message>
        <source>“%1” cannot be used on include_role; write it on the role&apos;s tasks instead.</source>
        <translation>”%1” kan inte användas på include_role; skriv det på rollens uppgifter i stället.</translation>
    </message>
    <message>
        <source>task file</source>
        <translation>uppgiftsfilen</translation>
    </message>
    <message>
        <source>a task file must be a list of tasks; start each task with “- name:”.</source>
        <translation>en uppgiftsfil måste vara en lista med uppgifter; börja varje uppgift med ”- name:”.</translation>
    </message>
    <message>
        <source>“%1” must be a list; start each task with “- name:”.</source>
        <translation>”%1” måste vara en lista; börja varje uppgift med ”- name:”.</translation>
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
        <source>“listen” belongs to handlers only; move this task under “handlers:” or remove “listen”.</source>
        <translation>”listen” hör bara till handlers; flytta den här uppgiften under ”handlers:” eller ta bort ”listen”.</translation>
    </message>
    <message>
        <source>this task already has a loop; keep only one of “loop” and “with_items”.</source>
        <translation>den här uppgiften har redan en slinga; behåll bara en av ”loop” och ”with_items”.</translation>
    </message>
    <message>
        <source>the task keyword “%1” is not supported by Antler (%2); remove it, or run this playbook with ansible-playbook.</source>
        <translation>uppgiftsnyckelordet ”%1” stöds inte av Antler (%2); ta bort det, eller kör den här playbooken med ansible-playbook.</translation>
    </message>
    <message>
        <source>this task already runs “%1”; a task runs exactly one module, so move “%2” into a task of its own.</source>
        <translation>den här uppgiften kör redan ”%1”; en uppgift kör exakt en modul, så flytta ”%2” till en egen uppgift.</translation>
    </message>
    <message>
        <source>the module “%1” is not supported by this version of Antler; use one of %2, or run this playbook with ansible-playbook.</source>
        <translation>modulen ”%1” stöds inte av den här versionen av Antler; använd någon av %2, eller kör den här playbooken med ansible-playbook.</translation>
    </message>
    <message>
        <source>“%1” is neither a task keyword nor a module; check its spelling, or use one of the modules %2.</source>
        <translation>”%1” är varken ett uppgiftsnyckelord eller en modul; kontrollera stavningen, eller använd någon av modulerna %2.</translation>
    </message>
    <message>
        <source>“%1” is neither a task keyword nor a module; check its spelling (did you mean “%2”?).</source>
        <translation>”%1” är varken ett uppgiftsnyckelord eller en modul; kontrollera stavningen (menade du ”%2”?).</translation>
    </message>
    <message>
        <source>a block cannot also run “%1”; move the module into a task inside the block.</source>
        <translation>ett block kan inte också köra ”%1”; flytta modulen till en uppgift inuti blocket.</translation>
    </message>
    <message>
        <source>“%1” cannot be used on a block; write it on the tasks inside the block.</source>
        <translation>”%1” kan inte användas på ett block; skriv det på uppgifterna inuti blocket.</translation>
    </message>
    <message>
        <source>“args” cannot be used on a block; write it on a task inside.</source>
        <translation>”args” kan inte användas på ett block; skriv det på en uppgift inuti det.</translation>
    </message>
    <message>
        <source>blocks are not supported among handlers; write each handler as a task of its own.</source>
        <translation>block stöds inte bland handlers; skriv varje handler som en egen uppgift.</translation>
    </message>
    <message>
        <source>“rescue” and “always” need a “block” beside them; add “block:” with the tasks to run first.</source>
        <translation>”rescue” och ”always” behöver ett ”block” bredvid sig; lägg till ”block:” med uppgifterna som ska köras först.</translation>
    </message>
    <message>
        <source>this task runs no module; add one such as “command: …” or “debug: msg=…”.</source>
        <translation>den här uppgiften kör ingen modul; lägg till en, till exempel ”command: …” eller ”debug: msg=…”.</translation>
    </message>
    <message>
        <source>“loop” needs a list or a template that gives one, not the text “%1”; write “loop: &quot;{{ %1 }}&quot;” for a variable or a list below it.</source>
        <translation>”loop” behöver en lista eller en mall som ger en, inte texten ”%1”; skriv ”loop: &quot;{{ %1 }}&quot;” för en variabel, eller en lista under.</translation>
    </message>
    <message>
        <source>“%1” needs a list or a template that gives one, not %2; write the items one per line starting with “- ”.</source>
        <translation>”%1” behöver en lista eller en mall som ger en, men fick %2; skriv elementen ett per rad, med ”- ” först.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <source>“loop_control” needs a loop on the same task; add “loop:” or remove “loop_control”.</source>
        <translation>”loop_control” behöver en slinga på samma uppgift; lägg till ”loop:” eller ta bort ”loop_control”.</translation>
    </message>
    <message>
        <source>“loop_control” must be a mapping; write “loop_var:”, “label:” or “index_var:” below it.</source>
        <translation>”loop_control” måste vara en mappning; skriv ”loop_var:”, ”label:” eller ”index_var:” under det.</translation>
    </message>
    <message>
        <source>“%1” is not a valid variable name for “%2”; use letters, digits and underscores.</source>
        <translation>”%1” är inget giltigt variabelnamn för ”%2”; använd bokstäver, siffror och understreck.</translation>
    </message>
    <message>
        <source>loop_control “%1” is not supported; remove it (loop_var, label and index_var are).</source>
        <translation>loop_control ”%1” stöds inte; ta bort det (loop_var, label och index_var stöds).</translation>
    </message>
    <message>
        <source>“%1” is not a loop_control keyword; use loop_var, label or index_var.</source>
        <translation>”%1” är inget loop_control-nyckelord; använd loop_var, label eller index_var.</translation>
    </message>
    <message>
        <source>“apply” is not supported; put the keywords on the tasks of the included file, or use import_tasks.</source>
        <translation>”apply” stöds inte; sätt nyckelorden på uppgifterna i den inkluderade filen, eller använd import_tasks.</translation>
    </message>
    <message>
        <source>“%1” has no argument “%2”; use “file”.</source>
        <translation>”%1” har inget argument ”%2”; använd ”file”.</translation>
    </message>
    <message>
        <source>“%1” takes a file name; write “%1: FILE.yml”.</source>
        <translation>”%1” tar ett filnamn; skriv ”%1: FILE.yml”.</translation>
    </message>
    <message>
        <source>“%1” names no file; write “%1: FILE.yml”.</source>
        <translation>”%1” anger ingen fil; skriv ”%1: FILE.yml”.</translation>
    </message>
    <message>
        <source>“%1” cannot be used on import_tasks, which only inlines a file; use include_tasks, or write it on the imported tasks.</source>
        <translation>”%1” kan inte användas på import_tasks, som bara infogar en fil; använd include_tasks, eller skriv det på de importerade uppgifterna.</translation>
    </message>
    <message>
        <source>the file name of import_tasks is a template, which is read before any variable exists; write the name as plain text, or use include_tasks.</source>
        <translation>filnamnet för import_tasks är en mall, som läses innan någon variabel finns; skriv namnet som ren text, eller använd include_tasks.</translation>
    </message>
    <message>
        <source>include_tasks is not supported among handlers; write each handler as a task of its own.</source>
        <translation>include_tasks stöds inte bland handlers; skriv varje handler som en egen uppgift.</translation>
    </message>
    <message>
        <source>this is not valid YAML (%1); check the indentation and the quotes around this position.</source>
        <translation>det här är inte giltig YAML (%1); kontrollera indraget och citattecknen runt den här platsen.</translation>
    </message>
    <message>
        <source>this line is indented with a tab, which YAML does not allow; indent with spaces only.</source>
        <translation>den här raden är indragen med tabb, vilket YAML inte tillåter; dra in med enbart mellanslag.</translation>
    </message>
    <message>
        <source>“%1” includes itself (through %2); remove the loop.</source>
        <translation>”%1” inkluderar sig själv (via %2); ta bort slingan.</translation>
    </message>
    <message>
        <source>cannot read the %1 %2 (%3); check the name and that the file exists.</source>
        <translation>kan inte läsa %1 %2 (%3); kontrollera namnet och att filen finns.</translation>
    </message>
    <message>
        <source>a key must be a plain word, not a list or mapping; write it as “name: value”.</source>
        <translation>en nyckel måste vara ett enkelt ord, inte en lista eller mappning; skriv den som ”name: value”.</translation>
    </message>
    <message>
        <source>the key “%1” appears twice, first on line %2; keep only one of them.</source>
        <translation>nyckeln ”%1” förekommer två gånger, först på rad %2; behåll bara en av dem.</translation>
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
        <source>“%1” takes a literal number in this version, not a template; write a whole number.</source>
        <translation>”%1” tar ett bokstavligt tal i den här versionen, inte en mall; skriv ett heltal.</translation>
    </message>
    <message>
        <source>“%1” must be a whole number, not “%2”; write for example 3.</source>
        <translation>”%1” måste vara ett heltal, inte ”%2”; skriv till exempel 3.</translation>
    </message>
    <message>
        <source>each entry of “%1” must be a single word or name, not a list or a mapping; write one per line.</source>
        <translation>varje post i ”%1” måste vara ett enda ord eller namn, inte en lista eller mappning; skriv en per rad.</translation>
    </message>
    <message>
        <source>“%1” must be a name or a list of names, not a mapping; write one per line starting with “- ”.</source>
        <translation>”%1” måste vara ett namn eller en lista med namn, inte en mappning; skriv ett per rad, med ”- ” först.</translation>
    </message>
    <message>
        <source>each condition of “%1” must be an expression such as “result.rc == 0”, not a list or a mapping; write one per line.</source>
        <translation>varje villkor i ”%1” måste vara ett uttryck som ”result.rc == 0”, inte en lista eller mappning; skriv ett per rad.</translation>
    </message>
    <message>
        <source>the condition of “%1” is empty; write an expression such as “result.rc == 0”.</source>
        <translation>villkoret i ”%1” är tomt; skriv ett uttryck som ”result.rc == 0”.</translation>
    </message>
    <message>
        <source>“%1” has no condition; write an expression after the colon.</source>
        <translation>”%1” har inget villkor; skriv ett uttryck efter kolonet.</translation>
    </message>
    <message>
        <source>“%1” must be an expression or a list of expressions, not a mapping; write it as “%1: name == &apos;value&apos;” (quote it if it contains a colon).</source>
        <translation>”%1” måste vara ett uttryck eller en lista med uttryck, inte en mappning; skriv det som ”%1: name == &apos;value&apos;” (citera det om det innehåller ett kolon).</translation>
    </message>
    <message>
        <source>“%1” must be a mapping of names to values; write one “name: value” per line below it.</source>
        <translation>”%1” måste vara en mappning från namn till värden; skriv ett ”name: value” per rad under det.</translation>
    </message>
    <message>
        <source>“%1” is not a valid variable name; use letters, digits and underscores, not starting with a digit.</source>
        <translation>”%1” är inte ett giltigt variabelnamn; använd bokstäver, siffror och understreck, och börja inte med en siffra.</translation>
    </message>
    <message>
        <source>this task already has a loop; keep only one of “loop” and “%1”.</source>
        <translation>den här uppgiften har redan en slinga; behåll bara en av ”loop” och ”%1”.</translation>
    </message>
    <message>
        <source>the loop “%1” is not supported; “loop”, “with_items”, “with_list”, “with_dict”, “with_subelements”, “with_nested”, “with_together”, “with_sequence”, “with_first_found”, “with_fileglob”, “with_pipe” and “with_template” are, so write “loop:” with a list or a template.</source>
        <translation>slingan ”%1” stöds inte; ”loop”, ”with_items”, ”with_list”, ”with_dict”, ”with_subelements”, ”with_nested”, ”with_together”, ”with_sequence”, ”with_first_found”, ”with_fileglob”, ”with_pipe” och ”with_template” stöds, så skriv ”loop:” med en lista eller en mall.</translation>
    </message>
    <message>
        <source>“%1” needs terms to loop over; write them after the colon.</source>
        <translation>”%1” behöver termer att gå igenom; skriv dem efter kolonet.</translation>
    </message>
    <message>
        <source>“%1” must be true or false; write one of them, or a template.</source>
        <translation>”%1” måste vara true eller false; skriv ett av dem, eller en mall.</translation>
    </message>
    <message>
        <source>the strategy “%1” is not supported; Antler runs plays with the linear or the free strategy, so remove “strategy” or write one of them.</source>
        <translation>strategin ”%1” stöds inte; Antler kör plays med strategin linear eller free, så ta bort ”strategy” eller skriv en av dem.</translation>
    </message>
    <message>
        <source>“serial” takes a number of hosts, a percentage such as 30%, or a list of them, not “%1”; write for example serial: 2.</source>
        <translation>”serial” tar ett antal värdar, en procentsats som 30%, eller en lista av dem, inte ”%1”; skriv till exempel serial: 2.</translation>
    </message>
    <message>
        <source>“serial” is an empty list; write a number of hosts, such as 2.</source>
        <translation>”serial” är en tom lista; skriv ett antal värdar, till exempel 2.</translation>
    </message>
    <message>
        <source>“poll: 0” leaves only command and shell tasks running in the background in this version, not “%1”; give the task a poll interval such as “poll: 5”, or run this playbook with ansible-playbook.</source>
        <translation>”poll: 0” låter bara command- och shell-uppgifter köras i bakgrunden i den här versionen, inte ”%1”; ge uppgiften ett avfrågningsintervall som ”poll: 5”, eller kör den här playbooken med ansible-playbook.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::PythonRegex</name>
    <message>
        <source>%1 is not a valid regular expression: %2 at offset %3 of &apos;%4&apos;.</source>
        <translation>%1 är inget giltigt reguljärt uttryck: %2 vid position %3 i &apos;%4&apos;.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::RebootModule</name>
    <message>
        <source>the task was cancelled</source>
        <translation>uppgiften avbröts</translation>
    </message>
    <message>
        <source>no connection to %1</source>
        <translation>ingen anslutning till %1</translation>
    </message>
    <message>
        <source>Could not read the boot id of %1 before the reboot (&apos;%2&apos;): %3</source>
        <translation>Det gick inte att läsa start-id:t för %1 före omstarten (&apos;%2&apos;): %3</translation>
    </message>
    <message>
        <source>Reboot command failed on %1 (exit code %2): %3; set reboot_command if the host reboots another way.</source>
        <translation>Omstartskommandot misslyckades på %1 (slutkod %2): %3; sätt reboot_command om värden startas om på ett annat sätt.</translation>
    </message>
    <message>
        <source>Could not start the reboot of %1: %2</source>
        <translation>Det gick inte att starta omstarten av %1: %2</translation>
    </message>
    <message>
        <source>Timed out waiting for last boot time check (timeout=%1): %2 did not come back with a new boot id.</source>
        <translation>Tidsgränsen nåddes i väntan på kontrollen av senaste starttid (timeout=%1): %2 kom inte tillbaka med ett nytt start-id.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::RemoteFileScript</name>
    <message>
        <source>unexpected answer &apos;%1&apos; from stat for %2; the host needs GNU coreutils.</source>
        <translation>oväntat svar &apos;%1&apos; från stat för %2; värden behöver GNU coreutils.</translation>
    </message>
    <message>
        <source>unexpected answer &apos;%1&apos; for the digest of %2.</source>
        <translation>oväntat svar &apos;%1&apos; för kontrollsumman av %2.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::ReplaceModule</name>
    <message>
        <source>replace needs path: the file on the host to edit.</source>
        <translation>replace behöver path: filen på värden som ska redigeras.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::Runner</name>
    <message>
        <source>the task at %1 notifies “%2”, but no handler has that name or listens to it; check the name under handlers:.</source>
        <translation>uppgiften vid %1 notifierar ”%2”, men ingen handler har det namnet eller lyssnar på det; kontrollera namnet under handlers:.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::ScriptModule</name>
    <message>
        <source>script needs the path of a local script (script: files/setup.sh --flag).</source>
        <translation>script behöver sökvägen till ett lokalt skript (script: files/setup.sh --flag).</translation>
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
        <translation>saknade obligatoriska argument: name</translation>
    </message>
    <message>
        <source>Neither state nor enabled is set for the service %1; say what it should be.</source>
        <translation>Varken state eller enabled är satt för tjänsten %1; ange vad den ska vara.</translation>
    </message>
    <message>
        <source>Could not read the state of the service %1 on %2: %3</source>
        <translation>Det gick inte att läsa tillståndet för tjänsten %1 på %2: %3</translation>
    </message>
    <message>
        <source>Could not find the requested service %1 on %2: systemd is not running there (a container?) and there is no init script /etc/init.d/%1.</source>
        <translation>Hittade inte den begärda tjänsten %1 på %2: systemd körs inte där (en container?) och det finns inget init-skript /etc/init.d/%1.</translation>
    </message>
    <message>
        <source>Could not find the requested service %1 on %2: host</source>
        <translation>Hittade inte den begärda tjänsten %1 på %2: host</translation>
    </message>
    <message>
        <source>systemd is not running on %1 (a container?): %2 was managed through its init script /etc/init.d/%2 instead.</source>
        <translation>systemd körs inte på %1 (en container?): %2 hanterades i stället via sitt init-skript /etc/init.d/%2.</translation>
    </message>
    <message>
        <source>Could not change the service %1 on %2 (exit code %3): %4</source>
        <translation>Det gick inte att ändra tjänsten %1 på %2 (slutkod %3): %4</translation>
    </message>
</context>
<context>
    <name>antler::playbook::SetFactModule</name>
    <message>
        <source>No key/value pairs provided, at least one is required for this action to succeed</source>
        <translation>Inga nyckel/värde-par angavs; minst ett krävs för att den här åtgärden ska lyckas</translation>
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
    <name>antler::playbook::SlurpModule</name>
    <message>
        <source>slurp needs src: the file on the host to read.</source>
        <translation>slurp behöver src: filen på värden som ska läsas.</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>läsa %1</translation>
    </message>
    <message>
        <source>Cannot read %1 on %2: %3</source>
        <translation>Kan inte läsa %1 på %2: %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::StatModule</name>
    <message>
        <source>stat needs path: the file to look at on the host.</source>
        <translation>stat behöver path: filen på värden som ska undersökas.</translation>
    </message>
    <message>
        <source>stat of %1</source>
        <translation>stat av %1</translation>
    </message>
    <message>
        <source>Cannot stat on %1: %2</source>
        <translation>Kan inte köra stat på %1: %2</translation>
    </message>
</context>
<context>
    <name>antler::playbook::SysctlModule</name>
    <message>
        <source>missing required arguments: name</source>
        <translation>saknade obligatoriska argument: name</translation>
    </message>
    <message>
        <source>value cannot be None</source>
        <translation>value kan inte vara None</translation>
    </message>
    <message>
        <source>Could not read %1 on %2: %3</source>
        <translation>Det gick inte att läsa %1 på %2: %3</translation>
    </message>
    <message>
        <source>Failed to reload sysctl on %1: %2 (%3 was written; use reload: false or ignoreerrors: true where the kernel refuses a key, e.g. in a container)</source>
        <translation>Det gick inte att läsa om sysctl på %1: %2 (%3 skrevs; använd reload: false eller ignoreerrors: true där kärnan nekar en nyckel, t.ex. i en container)</translation>
    </message>
    <message>
        <source>Could not set %1 on %2: %3</source>
        <translation>Det gick inte att sätta %1 på %2: %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::TaskContext</name>
    <message>
        <source>“environment” of the task at %1 is “%2”, not a mapping; make the template give names and values.</source>
        <translation>”environment” för uppgiften vid %1 är ”%2”, ingen mappning; låt mallen ge namn och värden.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::TaskExecutor</name>
    <message>
        <source>the task at %1 cannot be templated: %2; define the variable in the play&apos;s vars, the inventory or with -e, or fix the expression.</source>
        <translation>uppgiften vid %1 kan inte mallexpanderas: %2; definiera variabeln i playets vars, i inventariet eller med -e, eller rätta uttrycket.</translation>
    </message>
    <message>
        <source>Invalid data passed to &apos;loop&apos;, it requires a list, got this instead: %1. Hint: If you passed a list/dict of just one element, try adding wantlist=True to your lookup invocation or use q/query instead of lookup.</source>
        <translation>Ogiltiga data skickades till &apos;loop&apos;, den kräver en lista men fick detta: %1. Tips: Om du skickade en lista/dict med bara ett element, prova att lägga till wantlist=True i lookup-anropet eller använd q/query i stället för lookup.</translation>
    </message>
    <message>
        <source>The conditional check &apos;%1&apos; failed. The error was: %2</source>
        <translation>Villkorskontrollen &apos;%1&apos; misslyckades. Felet var: %2</translation>
    </message>
    <message>
        <source>Unsupported parameters for (%1) module: %2.</source>
        <translation>Parametrar som inte stöds för modulen (%1): %2.</translation>
    </message>
    <message>
        <source>value of %1 must be one of: %2, got: %3</source>
        <translation>värdet för %1 måste vara ett av: %2, fick: %3</translation>
    </message>
    <message>
        <source>the task at %1 uses the module “%2”, which Antler does not have; see antler --list-modules.</source>
        <translation>uppgiften vid %1 använder modulen ”%2”, som Antler inte har; se antler --list-modules.</translation>
    </message>
    <message>
        <source>remote module (%1) does not support check mode</source>
        <translation>fjärrmodulen (%1) stöder inte kontrolläge</translation>
    </message>
    <message>
        <source>the task was cancelled</source>
        <translation>uppgiften avbröts</translation>
    </message>
    <message>
        <source>the loop “with_%1” of the task at %2 failed: %3</source>
        <translation>slingan ”with_%1” i uppgiften vid %2 misslyckades: %3</translation>
    </message>
    <message>
        <source>the task at %1 would leave “%2” running in the background (poll: 0), which Antler does only for command and shell; give the task a poll interval such as “poll: 5”.</source>
        <translation>uppgiften vid %1 skulle låta ”%2” köras i bakgrunden (poll: 0), vilket Antler bara gör för command och shell; ge uppgiften ett avfrågningsintervall som ”poll: 5”.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::TaskKeywords</name>
    <message>
        <source>“%1” of the task at %2 cannot be templated: %3; define the variable or fix the expression.</source>
        <translation>”%1” i uppgiften vid %2 kan inte evalueras: %3; definiera variabeln eller rätta uttrycket.</translation>
    </message>
    <message>
        <source>“%1” of the task at %2 is “%3”, which is not a valid boolean; make the template give true or false.</source>
        <translation>”%1” i uppgiften vid %2 är ”%3”, vilket inte är ett giltigt booleskt värde; låt mallen ge true eller false.</translation>
    </message>
    <message>
        <source>“%1” of the task at %2 is “%3”, which is not a whole number; make the template give one.</source>
        <translation>”%1” i uppgiften vid %2 är ”%3”, vilket inte är ett heltal; låt mallen ge ett.</translation>
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
        <translation>variablerna refererar till varandra i en slinga (&apos;%1&apos; behöver sig själv); se till att ingen variabels värde refererar tillbaka till sig själv.</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>uttrycket är tomt</translation>
    </message>
    <message>
        <source>the loop “with_%1” is not supported</source>
        <translation>slingan ”with_%1” stöds inte</translation>
    </message>
</context>
<context>
    <name>antler::playbook::TemplateModule</name>
    <message>
        <source>template needs src (a Jinja2 file next to the playbook or in the role&apos;s templates/) and dest.</source>
        <translation>template behöver src (en Jinja2-fil bredvid playbooken eller i rollens templates/) och dest.</translation>
    </message>
    <message>
        <source>Cannot read the template %1 on the controller: %2.</source>
        <translation>Kan inte läsa mallen %1 på kontrollnoden: %2.</translation>
    </message>
    <message>
        <source>Cannot render the template %1: %2</source>
        <translation>Kan inte rendera mallen %1: %2</translation>
    </message>
</context>
<context>
    <name>antler::playbook::TimezoneModule</name>
    <message>
        <source>timezone on %1: setting the hardware clock (hwclock) is not supported by Antler; set only the name, or run this task with ansible-playbook.</source>
        <translation>timezone på %1: att ställa in maskinvaruklockan (hwclock) stöds inte av Antler; ange bara namnet, eller kör den här uppgiften med ansible-playbook.</translation>
    </message>
    <message>
        <source>one of the following is required: name, hwclock</source>
        <translation>en av följande krävs: name, hwclock</translation>
    </message>
    <message>
        <source>Could not read the time zone of %1: %2</source>
        <translation>Kunde inte läsa tidszonen för %1: %2</translation>
    </message>
    <message>
        <source>Could not set the time zone of %1 to %2: %3</source>
        <translation>Kunde inte ställa in tidszonen för %1 till %2: %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::UnarchiveModule</name>
    <message>
        <source>unarchive needs src (the archive) and dest (an existing folder on the host).</source>
        <translation>unarchive behöver src (arkivet) och dest (en befintlig mapp på värden).</translation>
    </message>
    <message>
        <source>unarchive of %1</source>
        <translation>uppackning av %1</translation>
    </message>
    <message>
        <source>Cannot extract %1 into %2 on %3: %4</source>
        <translation>Kan inte packa upp %1 till %2 på %3: %4</translation>
    </message>
</context>
<context>
    <name>antler::playbook::UnimplementedModule</name>
    <message>
        <source>The module “%1” at %2 is an Ansible module Antler does not implement, and this task ran on %3; give it a “when:” that is false on this host, or run this playbook with ansible-playbook.</source>
        <translation>Modulen ”%1” vid %2 är en Ansible-modul som Antler inte implementerar, och den här uppgiften kördes på %3; ge den ett ”when:” som är falskt på den här värden, eller kör playbooken med ansible-playbook.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::UriModule</name>
    <message>
        <source>uri needs url.</source>
        <translation>uri behöver url.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cannot read the answer to %1 on %2: %3</source>
        <translation>Kan inte läsa svaret på %1 på %2: %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::UserModule</name>
    <message>
        <source>missing required arguments: name</source>
        <translation>saknade obligatoriska argument: name</translation>
    </message>
    <message>
        <source>uid must be a number, got &apos;%1&apos;</source>
        <translation>uid måste vara ett tal, fick &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Could not read the user %1 on %2: %3</source>
        <translation>Det gick inte att läsa användaren %1 på %2: %3</translation>
    </message>
    <message>
        <source>Group %1 does not exist on %2; create it first (group module).</source>
        <translation>Gruppen %1 finns inte på %2; skapa den först (modulen group).</translation>
    </message>
    <message>
        <source>%1 for the user %2 failed on %3 (exit code %4): %5</source>
        <translation>%1 för användaren %2 misslyckades på %3 (slutkod %4): %5</translation>
    </message>
</context>
<context>
    <name>antler::playbook::WaitForConnectionModule</name>
    <message>
        <source>no connection to %1</source>
        <translation>ingen anslutning till %1</translation>
    </message>
    <message>
        <source>timed out waiting for ping module test: %1</source>
        <translation>tidsgränsen nåddes i väntan på testet med ping-modulen: %1</translation>
    </message>
    <message>
        <source>the task was cancelled</source>
        <translation>uppgiften avbröts</translation>
    </message>
</context>
<context>
    <name>antler::playbook::WaitForModule</name>
    <message>
        <source>port and path parameter can not both be passed to wait_for</source>
        <translation>parametrarna port och path kan inte båda skickas till wait_for</translation>
    </message>
    <message>
        <source>port must be a number from 1 to 65535, got &apos;%1&apos;</source>
        <translation>port måste vara ett tal från 1 till 65535, fick &apos;%1&apos;</translation>
    </message>
    <message>
        <source>state=%1 needs path (or port with started/stopped)</source>
        <translation>state=%1 behöver path (eller port med started/stopped)</translation>
    </message>
    <message>
        <source>wait_for could not poll on %1: %2</source>
        <translation>wait_for kunde inte fråga %1: %2</translation>
    </message>
    <message>
        <source>Timeout when waiting for %1 to be absent.</source>
        <translation>Tidsgränsen nåddes i väntan på att %1 ska försvinna.</translation>
    </message>
    <message>
        <source>Timeout when waiting for search string %1 in %2</source>
        <translation>Tidsgränsen nåddes i väntan på söksträngen %1 i %2</translation>
    </message>
    <message>
        <source>Timeout when waiting for file %1</source>
        <translation>Tidsgränsen nåddes i väntan på filen %1</translation>
    </message>
    <message>
        <source>Timeout when waiting for %1:%2 to stop.</source>
        <translation>Tidsgränsen nåddes i väntan på att %1:%2 ska stoppa.</translation>
    </message>
    <message>
        <source>Timeout when waiting for search string %1 in %2:%3</source>
        <translation>Tidsgränsen nåddes i väntan på söksträngen %1 i %2:%3</translation>
    </message>
    <message>
        <source>Timeout when waiting for %1:%2</source>
        <translation>Tidsgränsen nåddes i väntan på %1:%2</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja</name>
    <message>
        <source>unsupported operand type(s) for %1: &apos;%2&apos; and &apos;%3&apos;</source>
        <translation>operandtyper som inte stöds för %1: &apos;%2&apos; och &apos;%3&apos;</translation>
    </message>
    <message>
        <source>the result would be larger than %1 characters</source>
        <translation>resultatet skulle bli längre än %1 tecken</translation>
    </message>
    <message>
        <source>&apos;dict object&apos; has no attribute &apos;%1&apos;</source>
        <translation>&apos;dict object&apos; har inget attribut &apos;%1&apos;</translation>
    </message>
    <message>
        <source>empty separator</source>
        <translation>tom avgränsare</translation>
    </message>
    <message>
        <source>%1() takes at least 1 argument (0 given)</source>
        <translation>%1() tar minst 1 argument (0 angivna)</translation>
    </message>
    <message>
        <source>replace() takes at least 2 arguments</source>
        <translation>replace() tar minst 2 argument</translation>
    </message>
    <message>
        <source>substring not found</source>
        <translation>delsträngen hittades inte</translation>
    </message>
    <message>
        <source>Single &apos;{&apos; encountered in format string</source>
        <translation>Ensam &apos;{&apos; påträffad i formatsträngen</translation>
    </message>
    <message>
        <source>&apos;str object&apos; has no attribute &apos;%1&apos;</source>
        <translation>&apos;str object&apos; har inget attribut &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the &apos;%1&apos; test expects a dictionary (a registered task result), not %2</source>
        <translation>testet &apos;%1&apos; förväntar sig en ordlista (ett registrerat uppgiftsresultat), inte %2</translation>
    </message>
    <message>
        <source>integer division or modulo by zero</source>
        <translation>heltalsdivision eller modulo med noll</translation>
    </message>
    <message>
        <source>Invalid operator type (%1)</source>
        <translation>Ogiltig operatortyp (%1)</translation>
    </message>
    <message>
        <source>the comment filter has no style &apos;%1&apos;; use plain, erlang, c, cblock or xml</source>
        <translation>comment-filtret har ingen stil ”%1”; använd plain, erlang, c, cblock eller xml</translation>
    </message>
    <message>
        <source>list object has no element %1</source>
        <translation>listobjektet har inget element %1</translation>
    </message>
    <message>
        <source>extract cannot look up %1 in a %2</source>
        <translation>extract kan inte slå upp %1 i en %2</translation>
    </message>
    <message>
        <source>password_hash does not support the hash type &apos;%1&apos;; use sha512, sha256, md5 or blowfish</source>
        <translation>password_hash stöder inte hashtypen ”%1”; använd sha512, sha256, md5 eller blowfish</translation>
    </message>
    <message>
        <source>invalid characters in salt</source>
        <translation>ogiltiga tecken i salt</translation>
    </message>
    <message>
        <source>crypt could not hash the password with the setting %1</source>
        <translation>crypt kunde inte hasha lösenordet med inställningen %1</translation>
    </message>
    <message>
        <source>Version comparison failed: invalid version number &apos;%1&apos;</source>
        <translation>Versionsjämförelsen misslyckades: ogiltigt versionsnummer ”%1”</translation>
    </message>
    <message>
        <source>with_dict expects a dict</source>
        <translation>with_dict förväntar sig en dict</translation>
    </message>
    <message>
        <source>subelements lookup expects a list of two or three items, </source>
        <translation>subelements-lookup förväntar sig en lista med två eller tre element, </translation>
    </message>
    <message>
        <source>first a dict or a list, second a string pointing to the subkey</source>
        <translation>först en dict eller en lista, sedan en sträng som pekar på undernyckeln</translation>
    </message>
    <message>
        <source>subelements lookup expects a dictionary, got &apos;%1&apos;</source>
        <translation>subelements-lookup förväntar sig en ordlista, fick &apos;%1&apos;</translation>
    </message>
    <message>
        <source>could not find &apos;%1&apos; key in iterated item &apos;%2&apos;</source>
        <translation>hittade inte nyckeln &apos;%1&apos; i det genomlöpta elementet &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the key %1 should point to a dictionary, got &apos;%2&apos;</source>
        <translation>nyckeln %1 borde peka på en ordlista, fick &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the key %1 should point to a list, got &apos;%2&apos;</source>
        <translation>nyckeln %1 borde peka på en lista, fick &apos;%2&apos;</translation>
    </message>
    <message>
        <source>with_nested requires at least one element in the nested list</source>
        <translation>with_nested kräver minst ett element i den nästlade listan</translation>
    </message>
    <message>
        <source>with_together requires at least one element in each list</source>
        <translation>with_together kräver minst ett element i varje lista</translation>
    </message>
    <message>
        <source>unknown error parsing with_sequence arguments: %1 (%2)</source>
        <translation>okänt fel vid tolkning av with_sequence-argumenten: %1 (%2)</translation>
    </message>
    <message>
        <source>can&apos;t specify both count and end in with_sequence</source>
        <translation>kan inte ange både count och end i with_sequence</translation>
    </message>
    <message>
        <source>must specify count or end in with_sequence</source>
        <translation>count eller end måste anges i with_sequence</translation>
    </message>
    <message>
        <source>to count backwards make stride negative</source>
        <translation>för att räkna baklänges, gör stride negativ</translation>
    </message>
    <message>
        <source>to count forward don&apos;t make stride negative</source>
        <translation>för att räkna framåt, gör inte stride negativ</translation>
    </message>
    <message>
        <source>bad formatting string: %1</source>
        <translation>felaktig formatsträng: %1</translation>
    </message>
    <message>
        <source>with_sequence gives more than a million items</source>
        <translation>with_sequence ger mer än en miljon element</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Arithmetic</name>
    <message>
        <source>bad operand type for unary -: &apos;%1&apos;</source>
        <translation>ogiltig operandtyp för unärt -: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>division med noll</translation>
    </message>
    <message>
        <source>float division by zero</source>
        <translation>flyttalsdivision med noll</translation>
    </message>
    <message>
        <source>integer division or modulo by zero</source>
        <translation>heltalsdivision eller modulo med noll</translation>
    </message>
    <message>
        <source>can only concatenate str (not &quot;%1&quot;) to str</source>
        <translation>kan bara sammanfoga str (inte &quot;%1&quot;) med str</translation>
    </message>
    <message>
        <source>unsupported operand type(s) for +: &apos;%1&apos; and &apos;str&apos;</source>
        <translation>operandtyper som inte stöds för +: &apos;%1&apos; och &apos;str&apos;</translation>
    </message>
    <message>
        <source>incomplete format</source>
        <translation>ofullständigt format</translation>
    </message>
    <message>
        <source>not enough arguments for format string</source>
        <translation>inte tillräckligt med argument för formatsträngen</translation>
    </message>
    <message>
        <source>%1 format: a real number is required, not %2</source>
        <translation>formatet %1: ett reellt tal krävs, inte %2</translation>
    </message>
    <message>
        <source>must be real number, not %1</source>
        <translation>måste vara ett reellt tal, inte %1</translation>
    </message>
    <message>
        <source>unsupported format character &apos;%1&apos;</source>
        <translation>formattecknet &apos;%1&apos; stöds inte</translation>
    </message>
    <message>
        <source>not all arguments converted during string formatting</source>
        <translation>inte alla argument konverterades under strängformateringen</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Context</name>
    <message>
        <source>&apos;%1&apos; is undefined</source>
        <translation>&apos;%1&apos; är odefinierad</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Evaluator</name>
    <message>
        <source>internal error: unexpected statement</source>
        <translation>internt fel: oväntad sats</translation>
    </message>
    <message>
        <source>the template&apos;s output grew beyond %1 characters; check its loops</source>
        <translation>mallens utdata växte förbi %1 tecken; kontrollera dess slingor</translation>
    </message>
    <message>
        <source>can only set attributes of a namespace(), and &apos;%1&apos; is not one</source>
        <translation>attribut kan bara sättas på ett namespace(), och &apos;%1&apos; är inte ett sådant</translation>
    </message>
    <message>
        <source>cannot unpack non-iterable %1 object</source>
        <translation>kan inte packa upp ett icke-itererbart %1-objekt</translation>
    </message>
    <message>
        <source>too many values to unpack (expected %1)</source>
        <translation>för många värden att packa upp (förväntade %1)</translation>
    </message>
    <message>
        <source>not enough values to unpack (expected %1, got %2)</source>
        <translation>inte tillräckligt med värden att packa upp (förväntade %1, fick %2)</translation>
    </message>
    <message>
        <source>the template&apos;s loops ran more than %1 times; check its loops</source>
        <translation>mallens slingor kördes mer än %1 gånger; kontrollera dess slingor</translation>
    </message>
    <message>
        <source>bad operand type for unary +: &apos;%1&apos;</source>
        <translation>ogiltig operandtyp för unärt +: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>internal error: a statement where an expression belongs</source>
        <translation>internt fel: en sats där ett uttryck hör hemma</translation>
    </message>
    <message>
        <source>%1 has no attribute &apos;%2&apos;</source>
        <translation>%1 har inget attribut &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;dict object&apos; has no attribute %1</source>
        <translation>&apos;dict object&apos; har inget attribut %1</translation>
    </message>
    <message>
        <source>%1 has no attribute %2</source>
        <translation>%1 har inget attribut %2</translation>
    </message>
    <message>
        <source>%1 indices must be integers or slices, not %2</source>
        <translation>index för %1 måste vara heltal eller skivor, inte %2</translation>
    </message>
    <message>
        <source>%1 object has no element %2</source>
        <translation>%1-objektet har inget element %2</translation>
    </message>
    <message>
        <source>slice indices must be integers or None</source>
        <translation>skivindex måste vara heltal eller None</translation>
    </message>
    <message>
        <source>slice step cannot be zero</source>
        <translation>steget i en skiva kan inte vara noll</translation>
    </message>
    <message>
        <source>&apos;%1&apos; object is not subscriptable</source>
        <translation>&apos;%1&apos;-objektet kan inte indexeras</translation>
    </message>
    <message>
        <source>&apos;%1&apos; object is not callable</source>
        <translation>&apos;%1&apos;-objektet kan inte anropas</translation>
    </message>
    <message>
        <source>range expected 1 to 3 arguments, got %1</source>
        <translation>range förväntar sig 1 till 3 argument, fick %1</translation>
    </message>
    <message>
        <source>range() takes integers, not &apos;%1&apos;</source>
        <translation>range() tar heltal, inte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>range() arg 3 must not be zero</source>
        <translation>argument 3 till range() får inte vara noll</translation>
    </message>
    <message>
        <source>range() is limited to %1 items in templates</source>
        <translation>range() är begränsat till %1 element i mallar</translation>
    </message>
    <message>
        <source>dictionary update sequence element has length %1; 2 is required</source>
        <translation>elementet i uppdateringssekvensen för ordlistan har längden %1; 2 krävs</translation>
    </message>
    <message>
        <source>lookup needs the name of a lookup plugin</source>
        <translation>lookup behöver namnet på ett lookup-plugin</translation>
    </message>
    <message>
        <source>could not read the file &apos;%1&apos; for lookup(&apos;file&apos;): %2</source>
        <translation>kunde inte läsa filen &apos;%1&apos; för lookup(&apos;file&apos;): %2</translation>
    </message>
    <message>
        <source>No variable found with this name: %1</source>
        <translation>Ingen variabel med det här namnet hittades: %1</translation>
    </message>
    <message>
        <source>No filter named &apos;%1&apos;.</source>
        <translation>Inget filter med namnet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No test named &apos;%1&apos;.</source>
        <translation>Inget test med namnet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>the lookup plugin &apos;%1&apos; is not supported; supported are env, file, vars, items, list, first_found, fileglob, pipe and template</source>
        <translation>lookup-insticksprogrammet ”%1” stöds inte; de som stöds är env, file, vars, items, list, first_found, fileglob, pipe och template</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::ExpressionParser</name>
    <message>
        <source>the expression nests too deeply</source>
        <translation>uttrycket är nästlat för djupt</translation>
    </message>
    <message>
        <source>an attribute name</source>
        <translation>ett attributnamn</translation>
    </message>
    <message>
        <source>&apos;]&apos;</source>
        <translation>&apos;]&apos;</translation>
    </message>
    <message>
        <source>expected an index between [ and ]</source>
        <translation>förväntade ett index mellan [ och ]</translation>
    </message>
    <message>
        <source>a positional argument follows keyword arguments</source>
        <translation>ett positionsargument följer efter nyckelordsargument</translation>
    </message>
    <message>
        <source>a filter name</source>
        <translation>ett filternamn</translation>
    </message>
    <message>
        <source>a test name</source>
        <translation>ett testnamn</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::ExtraFilters</name>
    <message>
        <source>No filter named &apos;%1&apos;.</source>
        <translation>Inget filter med namnet &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::FilterSupport</name>
    <message>
        <source>the &apos;dictsort&apos; filter expects a dictionary, not %1</source>
        <translation>filtret &apos;dictsort&apos; förväntar sig en ordlista, inte %1</translation>
    </message>
    <message>
        <source>Can only get item pairs from a mapping.</source>
        <translation>Elementpar kan bara hämtas från en mappning.</translation>
    </message>
    <message>
        <source>dict2items requires a dictionary, got %1 instead.</source>
        <translation>dict2items kräver en ordlista, fick %1 i stället.</translation>
    </message>
    <message>
        <source>items2dict requires a list, got %1 instead.</source>
        <translation>items2dict kräver en lista, fick %1 i stället.</translation>
    </message>
    <message>
        <source>items2dict requires each item to have the keys &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>items2dict kräver att varje element har nycklarna &apos;%1&apos; och &apos;%2&apos;</translation>
    </message>
    <message>
        <source>combine: list_merge must be one of %1</source>
        <translation>combine: list_merge måste vara en av %1</translation>
    </message>
    <message>
        <source>combine expects dictionaries, got %1</source>
        <translation>combine förväntar sig ordlistor, fick %1</translation>
    </message>
    <message>
        <source>the &apos;%1&apos; filter expects a list, not %2</source>
        <translation>filtret &apos;%1&apos; förväntar sig en lista, inte %2</translation>
    </message>
    <message>
        <source>&apos;dict object&apos; has no attribute &apos;%1&apos;</source>
        <translation>&apos;dict object&apos; har inget attribut &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;list object&apos; has no attribute &apos;%1&apos;</source>
        <translation>&apos;list object&apos; har inget attribut &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1 object&apos; has no attribute &apos;%2&apos;</source>
        <translation>&apos;%1 object&apos; har inget attribut &apos;%2&apos;</translation>
    </message>
    <message>
        <source>No filter named &apos;%1&apos;.</source>
        <translation>Inget filter med namnet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>from_json could not parse the text: %1</source>
        <translation>from_json kunde inte tolka texten: %1</translation>
    </message>
    <message>
        <source>from_yaml could not parse the text: %1</source>
        <translation>from_yaml kunde inte tolka texten: %1</translation>
    </message>
    <message>
        <source>b64decode: the text is not valid base64</source>
        <translation>b64decode: texten är inte giltig base64</translation>
    </message>
    <message>
        <source>hash: the algorithm &apos;%1&apos; is not supported; use md5, sha1, sha224, sha256, sha384 or sha512</source>
        <translation>hash: algoritmen &apos;%1&apos; stöds inte; använd md5, sha1, sha224, sha256, sha384 eller sha512</translation>
    </message>
    <message>
        <source>No aggregated item, sequence was empty.</source>
        <translation>Inget aggregerat element, sekvensen var tom.</translation>
    </message>
    <message>
        <source>No test named &apos;%1&apos;.</source>
        <translation>Inget test med namnet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>object of type &apos;%1&apos; has no len()</source>
        <translation>objekt av typen &apos;%1&apos; har ingen len()</translation>
    </message>
    <message>
        <source>No first item, sequence was empty.</source>
        <translation>Inget första element, sekvensen var tom.</translation>
    </message>
    <message>
        <source>No last item, sequence was empty.</source>
        <translation>Inget sista element, sekvensen var tom.</translation>
    </message>
    <message>
        <source>unsupported operand type(s) for +: &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>operandtyper som inte stöds för +: &apos;%1&apos; och &apos;%2&apos;</translation>
    </message>
    <message>
        <source>batch needs a positive size</source>
        <translation>batch behöver en positiv storlek</translation>
    </message>
    <message>
        <source>regex_replace produced too much text</source>
        <translation>regex_replace gav för mycket text</translation>
    </message>
    <message>
        <source>regex_search: unknown group specification &apos;%1&apos;</source>
        <translation>regex_search: okänd gruppangivelse &apos;%1&apos;</translation>
    </message>
    <message>
        <source>regex_findall found too many matches</source>
        <translation>regex_findall hittade för många träffar</translation>
    </message>
    <message>
        <source>empty separator</source>
        <translation>tom avgränsare</translation>
    </message>
    <message>
        <source>Mandatory variable %1 not defined.</source>
        <translation>Den obligatoriska variabeln %1 är inte definierad.</translation>
    </message>
    <message>
        <source>Mandatory variable not defined.</source>
        <translation>En obligatorisk variabel är inte definierad.</translation>
    </message>
    <message>
        <source>bad operand type for abs(): &apos;%1&apos;</source>
        <translation>ogiltig operandtyp för abs(): &apos;%1&apos;</translation>
    </message>
    <message>
        <source>round expects a number, not %1</source>
        <translation>round förväntar sig ett tal, inte %1</translation>
    </message>
    <message>
        <source>method must be common, ceil or floor</source>
        <translation>method måste vara common, ceil eller floor</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::JsonReader</name>
    <message>
        <source>extra data</source>
        <translation>extra data</translation>
    </message>
    <message>
        <source>%1 at character %2</source>
        <translation>%1 vid tecken %2</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>för djupt nästlad</translation>
    </message>
    <message>
        <source>expecting value</source>
        <translation>förväntade ett värde</translation>
    </message>
    <message>
        <source>expecting property name enclosed in double quotes</source>
        <translation>förväntade ett egenskapsnamn inom dubbla citattecken</translation>
    </message>
    <message>
        <source>expecting &apos;:&apos;</source>
        <translation>förväntade &apos;:&apos;</translation>
    </message>
    <message>
        <source>expecting &apos;,&apos; or &apos;}&apos;</source>
        <translation>förväntade &apos;,&apos; eller &apos;}&apos;</translation>
    </message>
    <message>
        <source>expecting &apos;,&apos; or &apos;]&apos;</source>
        <translation>förväntade &apos;,&apos; eller &apos;]&apos;</translation>
    </message>
    <message>
        <source>invalid control character</source>
        <translation>ogiltigt kontrolltecken</translation>
    </message>
    <message>
        <source>invalid \uXXXX escape</source>
        <translation>ogiltig \uXXXX-escapesekvens</translation>
    </message>
    <message>
        <source>invalid \escape</source>
        <translation>ogiltig \-escapesekvens</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>oavslutad sträng</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Lookups</name>
    <message>
        <source>No file was found when using first_found; looked for %1 in %2.</source>
        <translation>Ingen fil hittades med first_found; letade efter %1 i %2.</translation>
    </message>
    <message>
        <source>lookup_plugin.pipe(%1) returned %2</source>
        <translation>lookup_plugin.pipe(%1) returnerade %2</translation>
    </message>
    <message>
        <source>the template file %1 could not be found for the lookup; searched %2.</source>
        <translation>mallfilen %1 hittades inte för uppslaget; sökte i %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the lookup plugin &apos;%1&apos; is not supported</source>
        <translation>lookup-insticksprogrammet ”%1” stöds inte</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::LoopLookups</name>
    <message>
        <source>the lookup plugin &apos;%1&apos; is not one of dict, subelements, nested, together and sequence</source>
        <translation>lookup-pluginet &apos;%1&apos; är inte något av dict, subelements, nested, together och sequence</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Methods</name>
    <message>
        <source>get expected at least 1 argument, got 0</source>
        <translation>get förväntade minst 1 argument, fick 0</translation>
    </message>
    <message>
        <source>&apos;dict object&apos; has no attribute &apos;%1&apos;</source>
        <translation>&apos;dict object&apos; har inget attribut &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 is not in list</source>
        <translation>%1 finns inte i listan</translation>
    </message>
    <message>
        <source>&apos;list object&apos; has no attribute &apos;%1&apos;</source>
        <translation>&apos;list object&apos; har inget attribut &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;None&apos; has no attribute &apos;%1&apos;</source>
        <translation>&apos;None&apos; har inget attribut &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1 object&apos; has no attribute &apos;%2&apos;</source>
        <translation>&apos;%1 object&apos; har inget attribut &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Parser</name>
    <message>
        <source>the template nests its tags too deeply</source>
        <translation>mallen nästlar sina taggar för djupt</translation>
    </message>
    <message>
        <source>unexpected end of template: the &apos;%1&apos; tag that opens {position} needs {% %2 %}</source>
        <translation>oväntat slut på mallen: taggen &apos;%1&apos; som öppnas vid {position} behöver {% %2 %}</translation>
    </message>
    <message>
        <source>a tag name</source>
        <translation>ett taggnamn</translation>
    </message>
    <message>
        <source>unexpected tag &apos;%1&apos;</source>
        <translation>oväntad tagg &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown tag &apos;%1&apos;</source>
        <translation>okänd tagg &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a variable name</source>
        <translation>ett variabelnamn</translation>
    </message>
    <message>
        <source>recursive loops are not supported</source>
        <translation>rekursiva slingor stöds inte</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::RegexCache</name>
    <message>
        <source>invalid regular expression &apos;%1&apos;: %2 at offset %3</source>
        <translation>ogiltigt reguljärt uttryck &apos;%1&apos;: %2 vid position %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Scanner</name>
    <message>
        <source>the template is too long</source>
        <translation>mallen är för lång</translation>
    </message>
    <message>
        <source>unexpected end of template; the {% raw %} block needs {% endraw %}</source>
        <translation>oväntat slut på mallen; blocket {% raw %} behöver {% endraw %}</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>oavslutad sträng</translation>
    </message>
    <message>
        <source>unexpected end of template; the comment needs a closing #}</source>
        <translation>oväntat slut på mallen; kommentaren behöver en avslutande #}</translation>
    </message>
    <message>
        <source>unexpected end of template; expected &apos;%1&apos;</source>
        <translation>oväntat slut på mallen; förväntade &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected char &apos;%1&apos;</source>
        <translation>oväntat tecken &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;, expected &apos;%2&apos;</source>
        <translation>oväntat &apos;%1&apos;, förväntade &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Template</name>
    <message>
        <source>at column %1 of &apos;%2&apos;</source>
        <translation>i kolumn %1 av &apos;%2&apos;</translation>
    </message>
    <message>
        <source>at line %1, column %2 of &apos;%3&apos;</source>
        <translation>på rad %1, kolumn %2 av &apos;%3&apos;</translation>
    </message>
    <message>
        <source>the expression must not contain &apos;}}&apos; outside a string</source>
        <translation>uttrycket får inte innehålla &apos;}}&apos; utanför en sträng</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Tests</name>
    <message>
        <source>No test named &apos;%1&apos;.</source>
        <translation>Inget test med namnet &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::TokenCursor</name>
    <message>
        <source>end of template</source>
        <translation>slutet av mallen</translation>
    </message>
    <message>
        <source>end of print statement</source>
        <translation>slutet av utskriftssatsen</translation>
    </message>
    <message>
        <source>end of statement block</source>
        <translation>slutet av satsblocket</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>oväntat &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;, expected %2</source>
        <translation>oväntat &apos;%1&apos;, förväntade %2</translation>
    </message>
    <message>
        <source>the end of the statement block (&apos;%}&apos;)</source>
        <translation>slutet av satsblocket (&apos;%}&apos;)</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Value</name>
    <message>
        <source>&apos;&lt;&apos; not supported between instances of &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>&apos;&lt;&apos; stöds inte mellan instanser av &apos;%1&apos; och &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; object is not iterable</source>
        <translation>&apos;%1&apos;-objektet är inte itererbart</translation>
    </message>
    <message>
        <source>&apos;in &lt;string&gt;&apos; requires string as left operand, not %1</source>
        <translation>&apos;in &lt;string&gt;&apos; kräver en sträng som vänster operand, inte %1</translation>
    </message>
    <message>
        <source>argument of type &apos;%1&apos; is not iterable</source>
        <translation>argument av typen &apos;%1&apos; är inte itererbart</translation>
    </message>
</context>
<context>
    <name>antler::transport::BecomeHandshake</name>
    <message>
        <source>sudo refused the become password</source>
        <translation>sudo avvisade become-lösenordet</translation>
    </message>
    <message>
        <source>sudo asks for a password and no become password was given</source>
        <translation>sudo frågar efter ett lösenord och inget become-lösenord angavs</translation>
    </message>
    <message>
        <source>sudo ended before the command started</source>
        <translation>sudo avslutades innan kommandot startade</translation>
    </message>
    <message>
        <source>sudo said: %1</source>
        <translation>sudo sa: %1</translation>
    </message>
    <message>
        <source>Cannot become %1 with sudo on %2: %3; check the become password and the sudoers rules for the login user.</source>
        <translation>Kan inte bli %1 med sudo på %2: %3; kontrollera become-lösenordet och sudoers-reglerna för inloggningsanvändaren.</translation>
    </message>
</context>
<context>
    <name>antler::transport::CommandBuilder</name>
    <message>
        <source>The command for %1 is empty; give a program, a script or a raw command.</source>
        <translation>Kommandot för %1 är tomt; ange ett program, ett skript eller ett råkommando.</translation>
    </message>
    <message>
        <source>The become method &apos;%1&apos; for %2 is not supported; use sudo.</source>
        <translation>Become-metoden ”%1” för %2 stöds inte; använd sudo.</translation>
    </message>
    <message>
        <source>The environment variable name &apos;%1&apos; for %2 is not valid; use letters, digits and underscores.</source>
        <translation>Namnet på miljövariabeln &apos;%1&apos; för %2 är ogiltigt; använd bokstäver, siffror och understreck.</translation>
    </message>
</context>
<context>
    <name>antler::transport::KeychainSecretStore</name>
    <message>
        <source>Checking whether a system keyring is running…</source>
        <translation>Kontrollerar om en systemnyckelring körs…</translation>
    </message>
    <message>
        <source>Cannot remember the secret %1 in the system keyring: %2.</source>
        <translation>Kan inte komma ihåg hemligheten %1 i systemnyckelringen: %2.</translation>
    </message>
    <message>
        <source>The system keyring refused Antler; allow it in the keyring&apos;s settings to remember passwords.</source>
        <translation>Systemets nyckelring nekade Antler; tillåt det i nyckelringens inställningar för att komma ihåg lösenord.</translation>
    </message>
    <message>
        <source>No system keyring answers; start GNOME Keyring or KWallet in your desktop session to remember passwords.</source>
        <translation>Ingen systemnyckelring svarar; starta GNOME Keyring eller KWallet i din skrivbordssession för att komma ihåg lösenord.</translation>
    </message>
</context>
<context>
    <name>antler::transport::KnownHosts</name>
    <message>
        <source>Cannot read the known hosts file %1: %2; check its permissions.</source>
        <translation>Kan inte läsa filen med kända värdar %1: %2; kontrollera dess behörigheter.</translation>
    </message>
    <message>
        <source>line %1: unknown marker %2</source>
        <translation>rad %1: okänd markör %2</translation>
    </message>
    <message>
        <source>line %1: expected hosts, key type and key</source>
        <translation>rad %1: förväntade värdar, nyckeltyp och nyckel</translation>
    </message>
    <message>
        <source>line %1: malformed hashed host</source>
        <translation>rad %1: felformaterad hashad värd</translation>
    </message>
    <message>
        <source>line %1: unsupported host hash</source>
        <translation>rad %1: värdhash som inte stöds</translation>
    </message>
    <message>
        <source>line %1: the key is not valid %2 key data</source>
        <translation>rad %1: nyckeln är inte giltiga %2-nyckeldata</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the known hosts file; check its permissions.</source>
        <translation>Kan inte skapa mappen %1 för filen med kända värdar; kontrollera dess behörigheter.</translation>
    </message>
    <message>
        <source>Cannot add the key of %1 to %2: %3; check the file&apos;s permissions.</source>
        <translation>Kan inte lägga till nyckeln för %1 i %2: %3; kontrollera filens behörigheter.</translation>
    </message>
    <message>
        <source>Cannot add the key of %1 to %2: %3; check the free space.</source>
        <translation>Kan inte lägga till nyckeln för %1 i %2: %3; kontrollera ledigt utrymme.</translation>
    </message>
</context>
<context>
    <name>antler::transport::LocalTransport</name>
    <message>
        <source>The command on %1 was cancelled: its transport was closed.</source>
        <translation>Kommandot på %1 avbröts: dess transport stängdes.</translation>
    </message>
    <message>
        <source>The command on %1 was cancelled: the connection was closed.</source>
        <translation>Kommandot på %1 avbröts: anslutningen stängdes.</translation>
    </message>
    <message>
        <source>The %1 on %2 was cancelled.</source>
        <translation>%1 på %2 avbröts.</translation>
    </message>
    <message>
        <source>Cannot read %1 to send it to %2: %3.</source>
        <translation>Kan inte läsa %1 för att skicka den till %2: %3.</translation>
    </message>
    <message>
        <source>Cannot start /bin/sh on %1: %2.</source>
        <translation>Kan inte starta /bin/sh på %1: %2.</translation>
    </message>
    <message>
        <source>The %1 on %2 did not finish within %3 ms and was stopped; raise its timeout or check why it hangs.</source>
        <translation>%1 på %2 blev inte klart inom %3 ms och stoppades; höj tidsgränsen eller ta reda på varför det hänger sig.</translation>
    </message>
</context>
<context>
    <name>antler::transport::SecretQuestions</name>
    <message>
        <source>Secrets cannot be remembered here: Antler was built without a system keyring.</source>
        <translation>Hemligheter kan inte sparas här: Antler byggdes utan systemnyckelring.</translation>
    </message>
</context>
<context>
    <name>antler::transport::SharedShellPool</name>
    <message>
        <source>shared shell</source>
        <translation>delat skal</translation>
    </message>
    <message>
        <source>(login user)</source>
        <translation>(inloggningsanvändare)</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>slutkod %1</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>signal %1</translation>
    </message>
    <message>
        <source>stopped with the shell that ran it (%1); it may or may not have completed. Run it again.</source>
        <translation>stoppades med skalet som körde det (%1); det kan ha slutförts eller inte. Kör det igen.</translation>
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
        <translation>Kan inte skapa en SSH-session för %1: slut på minne.</translation>
    </message>
    <message>
        <source>Cannot watch the SSH session to %1: %2.</source>
        <translation>Kan inte bevaka SSH-sessionen till %1: %2.</translation>
    </message>
    <message>
        <source>Cannot run a command on %1: the connection is closed; open it again.</source>
        <translation>Kan inte köra ett kommando på %1: anslutningen är stängd; öppna den igen.</translation>
    </message>
    <message>
        <source>Cannot read %1 to send it to %2: %3.</source>
        <translation>Kan inte läsa %1 för att skicka den till %2: %3.</translation>
    </message>
    <message>
        <source>The command on %1 was cancelled: the connection was closed.</source>
        <translation>Kommandot på %1 avbröts: anslutningen stängdes.</translation>
    </message>
    <message>
        <source>The command on %1 was cancelled: the transport was shut down.</source>
        <translation>Kommandot på %1 avbröts: transporten stängdes ned.</translation>
    </message>
    <message>
        <source>could not start: %1.</source>
        <translation>kunde inte starta: %1.</translation>
    </message>
    <message>
        <source>was cancelled.</source>
        <translation>avbröts.</translation>
    </message>
    <message>
        <source>stop of process group %1</source>
        <translation>stopp av processgrupp %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>okänt fel</translation>
    </message>
    <message>
        <source>Cannot connect to %1 (%2 port %3): %4; check that the host is up and its SSH server listens on that port.</source>
        <translation>Kan inte ansluta till %1 (%2 port %3): %4; kontrollera att värden är uppe och att dess SSH-server lyssnar på den porten.</translation>
    </message>
    <message>
        <source>did not finish within %1 ms and was stopped; raise its timeout or check why it hangs.</source>
        <translation>blev inte klart inom %1 ms och stoppades; höj tidsgränsen eller ta reda på varför det hänger sig.</translation>
    </message>
    <message>
        <source>could not start: the server refused a new channel (%1).</source>
        <translation>kunde inte starta: servern nekade en ny kanal (%1).</translation>
    </message>
    <message>
        <source>could not start: the server refused to run it (%1).</source>
        <translation>kunde inte starta: servern vägrade köra det (%1).</translation>
    </message>
    <message>
        <source>ended without an exit status; the SSH server may have stopped it.</source>
        <translation>avslutades utan avslutningsstatus; SSH-servern kan ha stoppat det.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost (%2); commands that were running may or may not have completed. Check the host and run them again.</source>
        <translation>Anslutningen till %1 förlorades (%2); kommandon som kördes kan ha slutförts eller inte. Kontrollera värden och kör dem igen.</translation>
    </message>
</context>
<context>
    <name>antler::transport::SshLogin</name>
    <message>
        <source>Cannot read the host key of %1: %2.</source>
        <translation>Kan inte läsa värdnyckeln för %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read the host key of %1: its type is not supported.</source>
        <translation>Kan inte läsa värdnyckeln för %1: typen stöds inte.</translation>
    </message>
    <message>
        <source>No host key of %1 waits for an answer; connect again.</source>
        <translation>Ingen värdnyckel från %1 väntar på svar; anslut igen.</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) was not accepted; nothing was run.</source>
        <translation>Värdnyckeln för %1 (%2) godtogs inte; ingenting kördes.</translation>
    </message>
    <message>
        <source>no authentication</source>
        <translation>ingen autentisering</translation>
    </message>
    <message>
        <source>Cannot log in to %1: %2.</source>
        <translation>Kan inte logga in på %1: %2.</translation>
    </message>
    <message>
        <source>the keys in ssh-agent</source>
        <translation>nycklarna i ssh-agent</translation>
    </message>
    <message>
        <source>the key file %1 (it does not exist)</source>
        <translation>nyckelfilen %1 (den finns inte)</translation>
    </message>
    <message>
        <source>the key file %1</source>
        <translation>nyckelfilen %1</translation>
    </message>
    <message>
        <source>a password</source>
        <translation>ett lösenord</translation>
    </message>
    <message>
        <source>the password</source>
        <translation>lösenordet</translation>
    </message>
    <message>
        <source>every method Antler could offer</source>
        <translation>alla metoder som Antler kunde erbjuda</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The host key of %1 (%2 %3) is marked @revoked in %4:%5; refusing to connect, nothing was run.</source>
        <translation>Värdnyckeln för %1 (%2 %3) är markerad @revoked i %4:%5; vägrar ansluta, inget kördes.</translation>
    </message>
    <message>
        <source>The host key of %1 (%2 port %3) has CHANGED: the server now presents %4 %5, but %6:%7 holds %8 %9. Someone may be intercepting the connection, or the host was reinstalled; nothing was run. If the new key is right, remove the old one with `ssh-keygen -R &apos;%10&apos; -f %6` and connect again.</source>
        <translation>Värdnyckeln för %1 (%2 port %3) har ÄNDRATS: servern visar nu %4 %5, men %6:%7 innehåller %8 %9. Någon kan avlyssna anslutningen, eller så har värden installerats om; inget kördes. Om den nya nyckeln är rätt, ta bort den gamla med `ssh-keygen -R &apos;%10&apos; -f %6` och anslut igen.</translation>
    </message>
    <message>
        <source>The host key of %1 is not known: the server presents %2 %3, which is not in %4. Compare it with `ssh-keygen -lf` of the host&apos;s key on the host itself, then accept it with --accept-new-host-keys (or add it to %4).</source>
        <translation>Värdnyckeln för %1 är inte känd: servern visar %2 %3, som inte finns i %4. Jämför den med `ssh-keygen -lf` för värdens nyckel på själva värden, och godkänn den sedan med --accept-new-host-keys (eller lägg till den i %4).</translation>
    </message>
    <message>
        <source>the key file %1 (cannot read it: not a private key, or the passphrase is wrong)</source>
        <translation>nyckelfilen %1 (kan inte läsas: inte en privat nyckel, eller så är lösenfrasen fel)</translation>
    </message>
    <message>
        <source>Cannot log in to %1: the server refused %2 (it accepts %3); check the user name, the key (ansible_ssh_private_key_file) or the password.</source>
        <translation>Kan inte logga in på %1: servern nekade %2 (den accepterar %3); kontrollera användarnamnet, nyckeln (ansible_ssh_private_key_file) eller lösenordet.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>inget</translation>
    </message>
</context>
<context>
    <name>antler::transport::SshTransport</name>
    <message>
        <source>The command on %1 was cancelled: its transport was closed.</source>
        <translation>Kommandot på %1 avbröts: dess transport stängdes.</translation>
    </message>
</context>
<context>
    <name>antler::transport::Transport</name>
    <message>
        <source>exit code %1</source>
        <translation>slutkod %1</translation>
    </message>
    <message>
        <source>Cannot %1 on %2: %3; %4</source>
        <translation>Kan inte %1 på %2: %3; %4</translation>
    </message>
    <message>
        <source>upload of %1</source>
        <translation>uppladdning av %1</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>skriva %1</translation>
    </message>
    <message>
        <source>check the path.</source>
        <translation>kontrollera sökvägen.</translation>
    </message>
    <message>
        <source>check the path, or use become.</source>
        <translation>kontrollera sökvägen, eller använd become.</translation>
    </message>
    <message>
        <source>download of %1</source>
        <translation>nedladdning av %1</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>läsa %1</translation>
    </message>
    <message>
        <source>check that the file exists and is readable.</source>
        <translation>kontrollera att filen finns och är läsbar.</translation>
    </message>
    <message>
        <source>Cannot save %1 from %2 to %3: %4.</source>
        <translation>Kan inte spara %1 från %2 till %3: %4.</translation>
    </message>
    <message>
        <source>stat of %1</source>
        <translation>stat av %1</translation>
    </message>
    <message>
        <source>read the status of %1</source>
        <translation>läsa statusen för %1</translation>
    </message>
    <message>
        <source>Cannot read the status of %1 on %2: unexpected answer &apos;%3&apos; from stat; check that GNU coreutils are installed.</source>
        <translation>Kan inte läsa statusen för %1 på %2: oväntat svar &apos;%3&apos; från stat; kontrollera att GNU coreutils är installerat.</translation>
    </message>
</context>
</TS>
