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
        <source>A host was unreachable, or the playbook has an error, which is printed as FILE:LINE:COLUMN.</source>
        <translation>En värd gick inte att nå, eller så innehåller playbooken ett fel, som skrivs ut som FILE:LINE:COLUMN.</translation>
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
        <source>This build opens the window and answers --help and --version. The headless modes below are documented ahead of their release: for now they run nothing and exit with code %1.</source>
        <translation>Den här versionen öppnar fönstret och svarar på --help och --version. Lägena utan grafiskt gränssnitt nedan beskrivs innan de släpps: tills vidare kör de ingenting och avslutas med kod %1.</translation>
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
        <source>Not deployed</source>
        <translation>Inte driftsatt</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Körmiljö</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
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
</TS>
