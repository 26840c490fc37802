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
        <source>A host was unreachable, or the playbook has an error, which is printed as FILE:LINE:COLUMN.</source>
        <translation>En vert var utilgjengelig, eller playbooken har en feil, som skrives ut som FILE:LINE:COLUMN.</translation>
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
        <source>This build opens the window and answers --help and --version. The headless modes below are documented ahead of their release: for now they run nothing and exit with code %1.</source>
        <translation>Denne versjonen åpner vinduet og svarer på --help og --version. Modusene uten grafisk grensesnitt nedenfor er beskrevet før de er utgitt: inntil videre kjører de ingenting og avslutter med kode %1.</translation>
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
        <source>Not deployed</source>
        <translation>Ikke utrullet</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Kjøremiljø</translation>
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
</TS>
