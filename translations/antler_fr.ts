<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>PiFacts</name>
    <message>
        <source>The facts of the Pi are not readable (%1); run the facts step again.</source>
        <translation>Les facts du Pi ne sont pas lisibles (%1)&#xa0;; relancez l’étape des facts.</translation>
    </message>
    <message>
        <source>This is not a Raspberry Pi (no Raspberry Pi model in the device tree); the setup works on any Debian machine, but the advice here is for a Pi.</source>
        <translation>Ce n’est pas un Raspberry Pi (aucun modèle Raspberry Pi dans le device tree)&#xa0;; la configuration fonctionne sur toute machine Debian, mais les conseils donnés ici sont pour un Pi.</translation>
    </message>
    <message>
        <source>The system is 32-bit (%1): install the 64-bit Raspberry Pi OS; the stages&apos; images and k3s need arm64.</source>
        <translation>Le système est en 32 bits (%1)&#xa0;: installez Raspberry Pi OS 64 bits&#xa0;; les images des étapes et k3s nécessitent arm64.</translation>
    </message>
    <message>
        <source>The Pi has %1 MB of memory: k3s needs 2 GB, so podman is chosen.</source>
        <translation>Le Pi a %1 Mo de mémoire&#xa0;: k3s a besoin de 2 Go, podman est donc choisi.</translation>
    </message>
    <message>
        <source>The system runs from an SD card (%1): builds and the registry wear it out and are slow; an SSD on USB lasts longer.</source>
        <translation>Le système tourne sur une carte SD (%1)&#xa0;: les builds et le registre l’usent et sont lents&#xa0;; un SSD en USB dure plus longtemps.</translation>
    </message>
    <message>
        <source>The memory cgroup controller is off: containers cannot have memory limits until the setup turns it on (it edits %1 and reboots the Pi).</source>
        <translation>Le contrôleur cgroup mémoire est désactivé&#xa0;: les conteneurs ne peuvent pas avoir de limite de mémoire tant que la configuration ne l’active pas (elle modifie %1 et redémarre le Pi).</translation>
    </message>
    <message>
        <source>The Pi reports under-voltage or throttling (get_throttled=%1): use the official power supply, or builds will be slow and the SD card may be damaged.</source>
        <translation>Le Pi signale une sous-tension ou un bridage (get_throttled=%1)&#xa0;: utilisez l’alimentation officielle, sinon les builds seront lents et la carte SD risque d’être endommagée.</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modèle&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a Raspberry Pi</source>
        <translation>pas un Raspberry Pi</translation>
    </message>
    <message>
        <source>System: %1, %2 (kernel %3)</source>
        <translation>Système&#xa0;: %1, %2 (noyau %3)</translation>
    </message>
    <message>
        <source>Memory: %1 MB</source>
        <translation>Mémoire&#xa0;: %1 Mo</translation>
    </message>
    <message>
        <source>System disk: %1, %2 MB free</source>
        <translation>Disque système&#xa0;: %1, %2 Mo libres</translation>
    </message>
    <message>
        <source>Memory cgroup controller: %1</source>
        <translation>Contrôleur cgroup mémoire&#xa0;: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Installed: podman %1, registry %2, k3s %3</source>
        <translation>Installés&#xa0;: podman %1, registre %2, k3s %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>SetupPlan</name>
    <message>
        <source>Cannot write %1: %2; check that the folder is writable.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2&#xa0;; vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>Turn the memory cgroup controller on</source>
        <translation>Activer le contrôleur cgroup mémoire</translation>
    </message>
    <message>
        <source>Install the container engine</source>
        <translation>Installer le moteur de conteneurs</translation>
    </message>
    <message>
        <source>Set up the image registry</source>
        <translation>Configurer le registre d’images</translation>
    </message>
    <message>
        <source>Install the build tools</source>
        <translation>Installer les outils de compilation</translation>
    </message>
    <message>
        <source>Create the stages</source>
        <translation>Créer les étapes</translation>
    </message>
    <message>
        <source>The provisioning playbooks are missing from this build of Antler (resources/playbooks).</source>
        <translation>Les playbooks de provisionnement manquent dans cette version d’Antler (resources/playbooks).</translation>
    </message>
</context>
<context>
    <name>antler::cli::CommandArguments</name>
    <message>
        <source>Show the help of this command and exit.</source>
        <translation>Afficher l’aide de cette commande et quitter.</translation>
    </message>
    <message>
        <source>unknown option “%1” for %2; run “antler help %3” to see the options.</source>
        <translation>option inconnue «&#xa0;%1&#xa0;» pour %2&#xa0;; lancez «&#xa0;antler help %3&#xa0;» pour voir les options.</translation>
    </message>
    <message>
        <source>the option %1 needs a value; write it as “%1 %2”.</source>
        <translation>l’option %1 attend une valeur&#xa0;; écrivez «&#xa0;%1 %2&#xa0;».</translation>
    </message>
    <message>
        <source>the option --%1 takes no value; write it as “--%1” alone.</source>
        <translation>l’option --%1 ne prend pas de valeur&#xa0;; écrivez-la seule&#xa0;: «&#xa0;--%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>antler::cli::CommandCatalog</name>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Opens the control panel, which shows the stages of the pipeline.</source>
        <translation>Ouvre le tableau de bord, qui montre les étapes du pipeline.</translation>
    </message>
    <message>
        <source>Qt&apos;s own options for a window, such as -platform, -style and -reverse, are accepted too.</source>
        <translation>Les options propres à Qt pour une fenêtre, comme -platform, -style et -reverse, sont aussi acceptées.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and exit.</source>
        <translation>Enregistrer une image de la fenêtre dans FILE et quitter.</translation>
    </message>
</context>
<context>
    <name>antler::cli::CommandLine</name>
    <message>
        <source>“%1” is not an antler command; run “antler --help” to see the commands.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une commande d’antler&#xa0;; lancez «&#xa0;antler --help&#xa0;» pour voir les commandes.</translation>
    </message>
    <message>
        <source>unknown option “%1”; run “antler --help” to see the options.</source>
        <translation>option inconnue «&#xa0;%1&#xa0;»&#xa0;; lancez «&#xa0;antler --help&#xa0;» pour voir les options.</translation>
    </message>
    <message>
        <source>no display is available (DISPLAY and WAYLAND_DISPLAY are not set); run antler in a desktop session, or use one of the headless modes that “antler --help” lists.</source>
        <translation>aucun affichage n’est disponible (DISPLAY et WAYLAND_DISPLAY ne sont pas définies)&#xa0;; lancez antler dans une session de bureau, ou utilisez l’un des modes sans affichage que liste «&#xa0;antler --help&#xa0;».</translation>
    </message>
    <message>
        <source>the option %1 needs a value; write it as “%1 %2”.</source>
        <translation>l’option %1 attend une valeur&#xa0;; écrivez «&#xa0;%1 %2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>antler::cli::CommandSpec</name>
    <message>
        <source>Read the pipeline from FILE (see Configuration).</source>
        <translation>Lire le pipeline depuis FILE (voir Configuration).</translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation>Afficher les résultats en JSON.</translation>
    </message>
</context>
<context>
    <name>antler::cli::CompleteCommand</name>
    <message>
        <source>Print the stages or the help topics, one per line, for the shell&apos;s completion.</source>
        <translation>Afficher les étapes ou les sujets d’aide, un par ligne, pour la complétion du shell.</translation>
    </message>
    <message>
        <source>The profile to read.</source>
        <translation>Le profil à lire.</translation>
    </message>
</context>
<context>
    <name>antler::cli::ExtraVariables</name>
    <message>
        <source>the -e value</source>
        <translation>la valeur de -e</translation>
    </message>
    <message>
        <source>cannot read the variables file %1 (%2); check the path after -e @.</source>
        <translation>impossible de lire le fichier de variables %1 (%2)&#xa0;; vérifiez le chemin après -e @.</translation>
    </message>
    <message>
        <source>the -e value “%1” cannot be read (%2); close the quote or the {{ }}.</source>
        <translation>la valeur de -e «&#xa0;%1&#xa0;» est illisible (%2)&#xa0;; fermez le guillemet ou les {{ }}.</translation>
    </message>
    <message>
        <source>the extra variable “%1” is not NAME=VALUE; write -e name=value, -e @file.yml or -e &apos;{&quot;name&quot;: &quot;value&quot;}&apos;.</source>
        <translation>la variable supplémentaire «&#xa0;%1&#xa0;» n’est pas de la forme NAME=VALUE&#xa0;; écrivez -e name=value, -e @file.yml ou -e &apos;{&quot;name&quot;: &quot;value&quot;}&apos;.</translation>
    </message>
    <message>
        <source>%1 is not a mapping of variable names to values; write one “name: value” per line.</source>
        <translation>%1 n’est pas un mapping de noms de variables vers des valeurs&#xa0;; écrivez un «&#xa0;name: value&#xa0;» par ligne.</translation>
    </message>
    <message>
        <source>%1 is not valid YAML or JSON (%2 at line %3); fix it and run again.</source>
        <translation>%1 n’est pas du YAML ou du JSON valide (%2 à la ligne %3)&#xa0;; corrigez-le et relancez.</translation>
    </message>
</context>
<context>
    <name>antler::cli::HelpCommand</name>
    <message>
        <source>there is no help on “%1”; ask for one of: %2.</source>
        <translation>il n’y a pas d’aide sur «&#xa0;%1&#xa0;»&#xa0;; demandez l’un de ces sujets&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Show this help; “antler help TOPIC” shows one part.</source>
        <translation>Afficher cette aide&#xa0;; «&#xa0;antler help SUJET&#xa0;» en affiche une partie.</translation>
    </message>
    <message>
        <source>The part to show.</source>
        <translation>La partie à afficher.</translation>
    </message>
</context>
<context>
    <name>antler::cli::HelpText</name>
    <message>
        <source>Topics: %1.</source>
        <translation>Sujets&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Also %1.</source>
        <translation>Également %1.</translation>
    </message>
    <message>
        <source>Antler takes a Raspberry Pi, or any Debian-like host, from a bare system to a monitored test, staging and production pipeline. Without arguments it opens its window; with %1 it runs headless and needs no display.</source>
        <translation>Antler mène un Raspberry Pi, ou tout hôte de type Debian, d’un système nu à un pipeline surveillé de test, de préproduction et de production. Sans argument, il ouvre sa fenêtre&#xa0;; avec %1, il s’exécute sans interface et n’a besoin d’aucun affichage.</translation>
    </message>
    <message>
        <source>Playbooks can use %1 modules, listed under “antler help run-playbook”; the pipeline builds, rolls out, promotes and rolls back with the %2 runtimes.</source>
        <translation>Les playbooks peuvent utiliser %1 modules, listés dans «&#xa0;antler help run-playbook&#xa0;»&#xa0;; le pipeline construit, déploie, promeut et revient en arrière avec les runtimes %2.</translation>
    </message>
    <message>
        <source>Success.</source>
        <translation>Succès.</translation>
    </message>
    <message>
        <source>An error.</source>
        <translation>Une erreur.</translation>
    </message>
    <message>
        <source>A host failed.</source>
        <translation>Un hôte a échoué.</translation>
    </message>
    <message>
        <source>The playbook or the inventory has an error, which is printed as FILE:LINE:COLUMN; no host was contacted.</source>
        <translation>Le playbook ou l’inventaire contient une erreur, affichée sous la forme FILE:LINE:COLUMN&#xa0;; aucun hôte n’a été contacté.</translation>
    </message>
    <message>
        <source>A host was unreachable.</source>
        <translation>Un hôte était injoignable.</translation>
    </message>
    <message>
        <source>Invalid options.</source>
        <translation>Options non valides.</translation>
    </message>
    <message>
        <source>Pipeline: a promotion gate or a pin refused the operation; nothing changed.</source>
        <translation>Pipeline&#xa0;: une condition de promotion ou un épinglage a refusé l’opération&#xa0;; rien n’a changé.</translation>
    </message>
    <message>
        <source>Pipeline: the rollout failed and the stage was rolled back to its previous release.</source>
        <translation>Pipeline&#xa0;: le déploiement a échoué et l’étape a été ramenée à sa version précédente.</translation>
    </message>
    <message>
        <source>The mode is not available in this build yet.</source>
        <translation>Ce mode n’est pas encore disponible dans cette version.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrompu.</translation>
    </message>
    <message>
        <source>An unexpected error.</source>
        <translation>Une erreur inattendue.</translation>
    </message>
    <message>
        <source>The pipeline is read from the first of: the file given with --config FILE; $XDG_CONFIG_HOME/antler/antler.yaml (usually ~/.config/antler/antler.yaml); antler/antler.yaml in $XDG_CONFIG_DIRS (usually /etc/xdg); the built-in Local profile, which runs all three stages on this machine.</source>
        <translation>Le pipeline est lu dans la première de ces sources&#xa0;: le fichier donné par --config FILE&#xa0;; $XDG_CONFIG_HOME/antler/antler.yaml (en général ~/.config/antler/antler.yaml)&#xa0;; antler/antler.yaml dans $XDG_CONFIG_DIRS (en général /etc/xdg)&#xa0;; le profil local intégré, qui fait tourner les trois étapes sur cette machine.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Utilisation&#xa0;:</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Autres&#xa0;:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Codes de sortie&#xa0;:</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>Configuration&#xa0;:</translation>
    </message>
</context>
<context>
    <name>antler::cli::PipelineCommand</name>
    <message>
        <source>--limit takes a number from 1 up, not “%1”.</source>
        <translation>--limit attend un nombre à partir de 1, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” takes no arguments, but got “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» n’accepte aucun argument, mais a reçu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” needs %2; write antler pipeline %1 %2.</source>
        <translation>«&#xa0;%1&#xa0;» attend %2&#xa0;; écrivez antler pipeline %1 %2.</translation>
    </message>
    <message>
        <source>“%1” does not take --%2.</source>
        <translation>«&#xa0;%1&#xa0;» n’accepte pas --%2.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier operation(s) were interrupted before they finished; “antler pipeline history” lists them.</source>
        <translation>
            <numerusform>%n opération antérieure a été interrompue avant de se terminer&#xa0;; «&#xa0;antler pipeline history&#xa0;» la liste.</numerusform>
            <numerusform>%n opérations antérieures ont été interrompues avant de se terminer&#xa0;; «&#xa0;antler pipeline history&#xa0;» les liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Builds the images, rolls them out, and moves a release from stage to stage; every step is recorded.</source>
        <translation>Construit les images, les déploie et fait passer une version d’étape en étape&#xa0;; chaque opération est enregistrée.</translation>
    </message>
    <message>
        <source>build: the moosefacts program to package, instead of the one next to antler.</source>
        <translation>build&#xa0;: le programme moosefacts à empaqueter, au lieu de celui situé à côté d’antler.</translation>
    </message>
    <message>
        <source>build: the frontend folder to package, instead of the one antler was built or installed with.</source>
        <translation>build&#xa0;: le dossier frontend à empaqueter, au lieu de celui avec lequel antler a été compilé ou installé.</translation>
    </message>
    <message>
        <source>build: the JSON file of facts to package, instead of the bundled one.</source>
        <translation>build&#xa0;: le fichier JSON de facts à empaqueter, au lieu de celui fourni.</translation>
    </message>
    <message>
        <source>deploy: roll out this release instead of the newest build.</source>
        <translation>deploy&#xa0;: déployer cette version au lieu du dernier build.</translation>
    </message>
    <message>
        <source>promote: confirm a promotion into a stage that asks for it.</source>
        <translation>promote&#xa0;: confirmer une promotion vers une étape qui la demande.</translation>
    </message>
    <message>
        <source>rollback, pin: the reason to record.</source>
        <translation>rollback, pin&#xa0;: la raison à enregistrer.</translation>
    </message>
    <message>
        <source>history: only the operations on STAGE.</source>
        <translation>history&#xa0;: uniquement les opérations sur STAGE.</translation>
    </message>
    <message>
        <source>history: at most N operations.</source>
        <translation>history&#xa0;: au plus N opérations.</translation>
    </message>
    <message>
        <source>Build the app into an immutable release named by its sha256 digest: images on the target, or an artifact folder for the local runtime.</source>
        <translation>Construire l’application en une version immuable nommée d’après son digest sha256&#xa0;: des images sur la cible, ou un dossier d’artefact pour l’environnement local.</translation>
    </message>
    <message>
        <source>Roll the newest build (or --digest) out to STAGE; if it is not healthy within the stage&apos;s rollout timeout, STAGE goes back to its previous release automatically.</source>
        <translation>Déployer la construction la plus récente (ou --digest) sur STAGE&#xa0;; si elle n’est pas en bonne santé dans le délai de déploiement de l’étape, STAGE revient automatiquement à sa version précédente.</translation>
    </message>
    <message>
        <source>Move the exact digest that runs in FROM to TO, if FROM is healthy and soaked; stages that ask for confirmation need --yes.</source>
        <translation>Faire passer exactement le digest qui tourne dans FROM vers TO, si FROM est en bonne santé et a terminé sa période d’observation&#xa0;; les étapes qui demandent une confirmation exigent --yes.</translation>
    </message>
    <message>
        <source>Put STAGE back on its previous release and pin it there, recording --reason.</source>
        <translation>Ramener STAGE à sa version précédente et l’y épingler, en enregistrant --reason.</translation>
    </message>
    <message>
        <source>Refuse deploys and promotions to STAGE.</source>
        <translation>Refuser les déploiements et promotions vers STAGE.</translation>
    </message>
    <message>
        <source>Allow deploys and promotions to STAGE again.</source>
        <translation>Autoriser à nouveau les déploiements et promotions vers STAGE.</translation>
    </message>
    <message>
        <source>List every build, rollout, promotion and rollback, newest first.</source>
        <translation>Lister chaque construction, déploiement, promotion et retour arrière, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <source>Show which release each stage runs, drift from the history, and pins.</source>
        <translation>Montrer quelle version tourne sur chaque étape, les écarts par rapport à l’historique et les épinglages.</translation>
    </message>
    <message>
        <source>Stop the stage&apos;s workload.</source>
        <translation>Arrêter la charge de travail de l’étape.</translation>
    </message>
    <message>
        <source>A stage runs with one of the runtimes %1, named by runtime: in antler.yaml.</source>
        <translation>Une étape s’exécute avec l’un des runtimes %1, désigné par runtime: dans antler.yaml.</translation>
    </message>
    <message>
        <source>Progress goes to standard error, the result to standard output. It exits with 0 on success, 2 when a build or rollout failed, 3 for an unknown stage or digest or an error in the configuration, 6 when a gate or pin refused the operation (nothing changed) and 7 when a rollout failed and the stage was rolled back.</source>
        <translation>La progression va sur la sortie d’erreur standard, le résultat sur la sortie standard. Il se termine avec 0 en cas de succès, 2 quand une construction ou un déploiement a échoué, 3 pour une étape ou un digest inconnu ou une erreur dans la configuration, 6 quand une condition de promotion ou un épinglage a refusé l’opération (rien n’a changé) et 7 quand un déploiement a échoué et que l’étape a été ramenée à sa version précédente.</translation>
    </message>
    <message>
        <source>or</source>
        <translation>ou</translation>
    </message>
    <message>
        <source>say what to do: %1.
%2</source>
        <translation>dites quoi faire&#xa0;: %1.
%2</translation>
    </message>
    <message>
        <source>there is no pipeline command “%1”; use %2.</source>
        <translation>il n’existe pas de commande de pipeline «&#xa0;%1&#xa0;»&#xa0;; utilisez %2.</translation>
    </message>
    <message>
        <source>When the pipeline history is damaged, keep it aside (renamed, never deleted) and start a new one.</source>
        <translation>Si l’historique du pipeline est endommagé, le mettre de côté (renommé, jamais supprimé) et en commencer un nouveau.</translation>
    </message>
    <message>
        <source>It is shown read-only.</source>
        <translation>Il est affiché en lecture seule.</translation>
    </message>
    <message>
        <source>Restore it from a backup, or run again with --new-history to keep it aside under another name and start a new one.</source>
        <translation>Restaurez-le depuis une sauvegarde, ou relancez avec --new-history pour le mettre de côté sous un autre nom et en commencer un nouveau.</translation>
    </message>
    <message>
        <source>the damaged pipeline history is kept as %1; a new one was started.</source>
        <translation>l’historique du pipeline endommagé est conservé sous %1&#xa0;; un nouveau a été commencé.</translation>
    </message>
</context>
<context>
    <name>antler::cli::RunPlaybookCommand</name>
    <message>
        <source>only one -i is supported in this version; merge the inventories into one file or folder.</source>
        <translation>cette version n’accepte qu’un seul -i&#xa0;; regroupez les inventaires dans un seul fichier ou dossier.</translation>
    </message>
    <message>
        <source>--forks takes a whole number of at least 1, not “%1”; write for example --forks 5.</source>
        <translation>--forks attend un nombre entier d’au moins 1, pas «&#xa0;%1&#xa0;»&#xa0;; écrivez par exemple --forks 5.</translation>
    </message>
    <message>
        <source>the playbook has %1 problems; fix them and run again, nothing was run.</source>
        <translation>le playbook comporte %1 problèmes&#xa0;; corrigez-les et relancez, rien n’a été exécuté.</translation>
    </message>
    <message>
        <source>no inventory was given with -i, so only the implicit localhost is available.</source>
        <translation>aucun inventaire n’a été donné avec -i, seul le localhost implicite est donc disponible.</translation>
    </message>
    <message>
        <source>interrupted; the running commands were stopped and nothing more runs.</source>
        <translation>interrompu&#xa0;; les commandes en cours ont été arrêtées et plus rien ne sera exécuté.</translation>
    </message>
    <message>
        <source>%1 is not supported by Antler; set the same in the inventory (ansible_user, ansible_become, ansible_become_password, ansible_ssh_private_key_file) or in the playbook instead.</source>
        <translation>%1 n’est pas pris en charge par Antler&#xa0;; définissez plutôt la même chose dans l’inventaire (ansible_user, ansible_become, ansible_become_password, ansible_ssh_private_key_file) ou dans le playbook.</translation>
    </message>
    <message>
        <source>Running playbooks</source>
        <translation>Playbooks en cours</translation>
    </message>
    <message>
        <source>Runs an Ansible-compatible YAML playbook over SSH, printing each task as it runs and a recap per host at the end. It takes ansible-playbook&apos;s flags, before or after the playbook, and exits with its codes.</source>
        <translation>Exécute un playbook YAML compatible Ansible via SSH, affiche chaque tâche pendant son exécution et un récapitulatif par hôte à la fin. Il accepte les options d’ansible-playbook, avant ou après le playbook, et se termine avec ses codes de sortie.</translation>
    </message>
    <message>
        <source>Inventory file, or a comma-separated list of hosts such as host1,host2, (note the trailing comma).</source>
        <translation>Fichier d’inventaire, ou liste d’hôtes séparés par des virgules comme host1,host2, (notez la virgule finale).</translation>
    </message>
    <message>
        <source>Set extra variables: key=value words (quote values with spaces), a YAML or JSON file after @, or inline JSON/YAML such as &apos;{&quot;n&quot;: 1}&apos;; may be repeated, later wins.</source>
        <translation>Définir des variables supplémentaires&#xa0;: mots key=value (valeurs avec espaces entre guillemets), un fichier YAML ou JSON après @, ou du JSON/YAML en ligne comme &apos;{&quot;n&quot;: 1}&apos;&#xa0;; peut être répété, la dernière valeur l’emporte.</translation>
    </message>
    <message>
        <source>Report what would change without changing anything.</source>
        <translation>Indiquer ce qui changerait sans rien modifier.</translation>
    </message>
    <message>
        <source>Show the changes made to files and templates.</source>
        <translation>Afficher les modifications apportées aux fichiers et modèles.</translation>
    </message>
    <message>
        <source>Run only on the hosts that match PATTERN (a:b, a:&amp;b, a:!b, globs), or on the hosts listed in a retry file given as @FILE; repeated, it runs on their union.</source>
        <translation>N’exécuter que sur les hôtes correspondant à PATTERN (a:b, a:&amp;b, a:!b, globs), ou sur les hôtes listés dans un fichier retry donné sous la forme @FILE&#xa0;; répété, il s’exécute sur leur union.</translation>
    </message>
    <message>
        <source>Run only the tasks tagged with one of T (comma-separated, may be repeated; always, never, tagged, untagged and all work as in Ansible).</source>
        <translation>N’exécuter que les tâches portant l’un des tags T (séparés par des virgules, répétable&#xa0;; always, never, tagged, untagged et all fonctionnent comme dans Ansible).</translation>
    </message>
    <message>
        <source>Skip the tasks tagged with one of T (comma-separated, may be repeated).</source>
        <translation>Ignorer les tâches portant l’un des tags T (séparés par des virgules, répétable).</translation>
    </message>
    <message>
        <source>Work on up to N hosts at once (default 5).</source>
        <translation>Travailler sur N hôtes au plus à la fois (5 par défaut).</translation>
    </message>
    <message>
        <source>Start at the first task called NAME.</source>
        <translation>Commencer à la première tâche nommée NAME.</translation>
    </message>
    <message>
        <source>Validate the playbook and everything it imports, print its name, then exit.</source>
        <translation>Valider le playbook et tout ce qu’il importe, afficher son nom, puis quitter.</translation>
    </message>
    <message>
        <source>List the tasks that would run, with their tags, then exit.</source>
        <translation>Lister les tâches qui seraient exécutées, avec leurs tags, puis quitter.</translation>
    </message>
    <message>
        <source>Print the run as it happens as JSON Lines: one object per event (play and task starts, live output, each host&apos;s result, the recap).</source>
        <translation>Afficher l’exécution au fil de l’eau en JSON Lines&#xa0;: un objet par événement (début des plays et des tâches, sortie en direct, résultat de chaque hôte, récapitulatif).</translation>
    </message>
    <message>
        <source>Print more details; repeat for more, as in -vvv.</source>
        <translation>Afficher plus de détails&#xa0;; répéter pour en avoir davantage, comme -vvv.</translation>
    </message>
    <message>
        <source>List the hosts each play would run on, then exit.</source>
        <translation>Lister les hôtes sur lesquels chaque play s’exécuterait, puis quitter.</translation>
    </message>
    <message>
        <source>List the tags of each play&apos;s tasks, then exit.</source>
        <translation>Lister les tags des tâches de chaque play, puis quitter.</translation>
    </message>
    <message>
        <source>Print one JSON document at the end, shaped like ansible-playbook&apos;s json callback.</source>
        <translation>Afficher un seul document JSON à la fin, structuré comme le callback json d’ansible-playbook.</translation>
    </message>
    <message>
        <source>Trust and remember the key of a host not yet in known_hosts, as OpenSSH&apos;s accept-new; without it such hosts are refused. A changed key is always refused.</source>
        <translation>Faire confiance à la clé d’un hôte absent de known_hosts et l’enregistrer, comme accept-new d’OpenSSH&#xa0;; sans cette option, ces hôtes sont refusés. Une clé modifiée est toujours refusée.</translation>
    </message>
    <message>
        <source>Modules: %1.</source>
        <translation>Modules&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not taken, because the inventory (ansible_user, ansible_become, ansible_become_password, ansible_ssh_private_key_file) or the playbook says the same: %1.</source>
        <translation>Non appliqué, car l’inventaire (ansible_user, ansible_become, ansible_become_password, ansible_ssh_private_key_file) ou le playbook indique la même chose&#xa0;: %1.</translation>
    </message>
    <message>
        <source>the option --run-playbook needs a value; write it as “--run-playbook FILE”.</source>
        <translation>l’option --run-playbook a besoin d’une valeur&#xa0;; écrivez-la «&#xa0;--run-playbook FICHIER&#xa0;».</translation>
    </message>
    <message>
        <source>antler runs one playbook at a time, but got %1; import the others from one playbook with import_playbook.</source>
        <translation>antler exécute un playbook à la fois, mais en a reçu %1&#xa0;; importez les autres depuis un seul playbook avec import_playbook.</translation>
    </message>
</context>
<context>
    <name>antler::cli::StatusCommand</name>
    <message>
        <source>not every probe, host or runtime answered within 30 seconds; what did not answer is shown as unknown.</source>
        <translation>les sondes, hôtes ou environnements n’ont pas tous répondu en 30 secondes&#xa0;; ce qui n’a pas répondu est affiché comme inconnu.</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Shows the live health of every stage: the same probes and host metrics the charts show.</source>
        <translation>Montre l’état de santé en direct de chaque étape&#xa0;: les mêmes sondes et mesures d’hôte que les graphiques.</translation>
    </message>
    <message>
        <source>Keep printing updates until interrupted.</source>
        <translation>Continuer d’afficher les mises à jour jusqu’à interruption.</translation>
    </message>
    <message>
        <source>It exits with 0 when every stage is up, 2 when a stage is down and 3 when none is down but one is degraded or not known yet. One-shot status has no history, so one failed probe counts as down.</source>
        <translation>Il se termine avec 0 quand chaque étape est opérationnelle, 2 quand une étape est en panne et 3 quand aucune n’est en panne mais qu’une est dégradée ou pas encore connue. Un statut ponctuel n’a pas d’historique, donc une seule sonde en échec compte comme une panne.</translation>
    </message>
    <message>
        <source>“%1” is not an argument of status; run “antler help status” to see what it takes.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un argument de status&#xa0;; lancez «&#xa0;antler help status&#xa0;» pour voir ce qu’il accepte.</translation>
    </message>
</context>
<context>
    <name>antler::cli::VersionCommand</name>
    <message>
        <source>Show the version, the commit and the build time.</source>
        <translation>Afficher la version, le commit et la date de compilation.</translation>
    </message>
</context>
<context>
    <name>antler::gui::AvailabilityStrip</name>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>up</source>
        <translation>opérationnel</translation>
    </message>
    <message>
        <source>partly down</source>
        <translation>partiellement en panne</translation>
    </message>
    <message>
        <source>down</source>
        <translation>en panne</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>antler::gui::ChoosePage</name>
    <message>
        <source>Choose how the Pi runs the stages</source>
        <translation>Choisissez comment le Pi exécute les étapes</translation>
    </message>
    <message>
        <source>Good defaults are filled in; change what you need. The Pi is set up as soon as you go on.</source>
        <translation>De bonnes valeurs par défaut sont remplies&#xa0;; changez ce dont vous avez besoin. Le Pi est configuré dès que vous continuez.</translation>
    </message>
    <message>
        <source>&amp;Set up the Pi</source>
        <translation>&amp;Configurer le Pi</translation>
    </message>
    <message>
        <source>podman: containers, light on memory</source>
        <translation>podman&#xa0;: des conteneurs, léger en mémoire</translation>
    </message>
    <message>
        <source>k3s: a small Kubernetes, needs 2 GB</source>
        <translation>k3s&#xa0;: un petit Kubernetes, demande 2 Go</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Moteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Registry port:</source>
        <translation>Port du &amp;registre&#xa0;:</translation>
    </message>
    <message>
        <source>k3s air-gap &amp;bundle:</source>
        <translation>&amp;Paquet air-gap k3s&#xa0;:</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Stage %1:</source>
        <translation>Étape %1&#xa0;:</translation>
    </message>
    <message>
        <source>Recommended: k3s, since the Pi has %1 MB of memory and a 64-bit system.</source>
        <translation>Recommandé&#xa0;: k3s, car le Pi a %1 Mo de mémoire et un système 64 bits.</translation>
    </message>
    <message>
        <source>Recommended: podman (k3s wants 2 GB of memory and a 64-bit system).</source>
        <translation>Recommandé&#xa0;: podman (k3s demande 2 Go de mémoire et un système 64 bits).</translation>
    </message>
    <message>
        <source>Port %1 is used twice: give every stage and the registry a port of its own.</source>
        <translation>Le port %1 est utilisé deux fois&#xa0;: donnez à chaque étape et au registre un port qui lui est propre.</translation>
    </message>
    <message>
        <source>Name at least one stage, for example test.</source>
        <translation>Nommez au moins une étape, par exemple test.</translation>
    </message>
    <message>
        <source>a folder with k3s&apos;s release files for the Pi: k3s-arm64, install.sh, the air-gap images (optional)</source>
        <translation>un dossier avec les fichiers de version de k3s pour le Pi&#xa0;: k3s-arm64, install.sh, les images air-gap (facultatif)</translation>
    </message>
    <message>
        <source>k3s would fit too (%1 MB of memory, a 64-bit system); podman is lighter and runs the same three stages.</source>
        <translation>k3s conviendrait aussi (%1 Mo de mémoire, un système 64 bits) ; podman est plus léger et fait tourner les trois mêmes étapes.</translation>
    </message>
    <message>
        <source>Not recommended on this Pi: k3s wants 2 GB of memory and a 64-bit system. Podman runs the same three stages.</source>
        <translation>Déconseillé sur ce Pi : k3s demande 2 Go de mémoire et un système 64 bits. Podman fait tourner les trois mêmes étapes.</translation>
    </message>
</context>
<context>
    <name>antler::gui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Palette de commandes</translation>
    </message>
    <message>
        <source>Type a command, e.g. “promote test”</source>
        <translation>Tapez une commande, par ex. «&#xa0;promouvoir test&#xa0;»</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation>Commandes correspondantes</translation>
    </message>
</context>
<context>
    <name>antler::gui::ConfirmChangeDialog</name>
    <message>
        <source>Promote %1 → %2</source>
        <translation>Promouvoir %1 → %2</translation>
    </message>
    <message>
        <source>Roll back %1</source>
        <translation>Revenir en arrière sur %1</translation>
    </message>
    <message>
        <source>%1 will run the release that runs in %2 now.</source>
        <translation>%1 exécutera la version qui tourne actuellement sur %2.</translation>
    </message>
    <message>
        <source>%1 will go back to the release it ran before, and stay pinned there until you unpin it.</source>
        <translation>%1 reviendra à la version qu’elle exécutait auparavant et y restera épinglée jusqu’à ce que vous la désépingliez.</translation>
    </message>
    <message>
        <source>%1 runs now:</source>
        <translation>%1 exécute actuellement&#xa0;:</translation>
    </message>
    <message>
        <source>%1 will run:</source>
        <translation>%1 exécutera&#xa0;:</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>Ce qui change&#xa0;:</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Ce qui change</translation>
    </message>
    <message>
        <source>e.g. the new facts page shows broken characters</source>
        <translation>par ex. la nouvelle page de faits affiche des caractères cassés</translation>
    </message>
    <message>
        <source>Reason for the rollback</source>
        <translation>Raison du retour arrière</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>I want to change %1 now</source>
        <translation>Je veux modifier %1 maintenant</translation>
    </message>
    <message>
        <source>&amp;Promote</source>
        <translation>&amp;Promouvoir</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>&amp;Revenir en arrière</translation>
    </message>
    <message>
        <source>no release</source>
        <translation>aucune version</translation>
    </message>
    <message>
        <source>build %1</source>
        <translation>construction %1</translation>
    </message>
    <message>
        <source>built %1</source>
        <translation>construite le %1</translation>
    </message>
    <message>
        <source>from commit %1</source>
        <translation>depuis le commit %1</translation>
    </message>
</context>
<context>
    <name>antler::gui::ConnectPage</name>
    <message>
        <source>Connect to the Pi</source>
        <translation>Se connecter au Pi</translation>
    </message>
    <message>
        <source>The address of a Raspberry Pi with SSH turned on (Raspberry Pi Imager: Edit settings → Services → Enable SSH), and the user you log in as.</source>
        <translation>L’adresse d’un Raspberry Pi avec SSH activé (Raspberry Pi Imager&#xa0;: Modifier réglages → Services → Activer SSH), et l’utilisateur avec lequel vous vous connectez.</translation>
    </message>
    <message>
        <source>raspberrypi.local or 192.168.1.20</source>
        <translation>raspberrypi.local ou 192.168.1.20</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Keys of the SSH &amp;agent</source>
        <translation>Clés de l’&amp;agent SSH</translation>
    </message>
    <message>
        <source>A &amp;key file:</source>
        <translation>Un fichier de &amp;clé&#xa0;:</translation>
    </message>
    <message>
        <source>The user&apos;s pass&amp;word:</source>
        <translation>Le mot de &amp;passe de l’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>~/.ssh/id_ed25519</source>
        <translation>~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the private key</source>
        <translation>Choisir la clé privée</translation>
    </message>
    <message>
        <source>Log in with:</source>
        <translation>Se connecter avec&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Going on with the setup of %1 where it stopped: %2 of %3 steps are done. Test the connection to continue.</source>
        <translation>La configuration de %1 reprend là où elle s’est arrêtée&#xa0;: %2 étapes sur %3 sont faites. Testez la connexion pour continuer.</translation>
    </message>
    <message>
        <source>Nothing answers SSH at %1 port %2 (connection refused): turn SSH on on the Pi (sudo raspi-config → Interface Options → SSH) or check the port.</source>
        <translation>Rien ne répond en SSH à %1 port %2 (connexion refusée)&#xa0;: activez SSH sur le Pi (sudo raspi-config → Interface Options → SSH) ou vérifiez le port.</translation>
    </message>
    <message>
        <source>%1 cannot be reached (no route to it): check the address and that the Pi is on and on the same network.</source>
        <translation>%1 est injoignable (aucune route vers lui)&#xa0;: vérifiez l’adresse et que le Pi est allumé et sur le même réseau.</translation>
    </message>
    <message>
        <source>%1 did not answer in time: the Pi may still be starting, or a firewall drops the connection; wait a minute and test again.</source>
        <translation>%1 n’a pas répondu à temps&#xa0;: le Pi est peut-être encore en train de démarrer, ou un pare-feu rejette la connexion&#xa0;; attendez une minute et testez à nouveau.</translation>
    </message>
    <message>
        <source>The Pi refused to let %1 log in with this key or password: check the user name (Raspberry Pi Imager sets it) and the key or password.</source>
        <translation>Le Pi a refusé la connexion de %1 avec cette clé ou ce mot de passe&#xa0;: vérifiez le nom d’utilisateur (Raspberry Pi Imager le définit) et la clé ou le mot de passe.</translation>
    </message>
    <message>
        <source>%1 logged in but cannot use sudo without a password: give %1 sudo rights on the Pi, or use the password login so that sudo gets it.</source>
        <translation>%1 est connecté mais ne peut pas utiliser sudo sans mot de passe&#xa0;: donnez à %1 les droits sudo sur le Pi, ou utilisez la connexion par mot de passe pour que sudo le reçoive.</translation>
    </message>
    <message>
        <source>Type the Pi&apos;s address first.</source>
        <translation>Saisissez d’abord l’adresse du Pi.</translation>
    </message>
    <message>
        <source>The Pi presents a host key this computer has not seen before: check it on the next page.</source>
        <translation>Le Pi présente une clé d’hôte que cet ordinateur n’a jamais vue&#xa0;: vérifiez-la à la page suivante.</translation>
    </message>
    <message>
        <source>Connected; checking that sudo works…</source>
        <translation>Connecté&#xa0;; vérification du fonctionnement de sudo…</translation>
    </message>
    <message>
        <source>sudo failed: %1</source>
        <translation>échec de sudo&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connected to %1 as %2; sudo works.</source>
        <translation>Connecté à %1 en tant que %2&#xa0;; sudo fonctionne.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>STOP: the Pi at %1 presents a different host key than the one this computer trusts. Someone may be intercepting the connection, or the Pi was reinstalled; nothing was run. It presents %2 %3; line %4 of %5 holds %6 %7. Only if you reinstalled the Pi, remove that line (ssh-keygen -R &apos;%8&apos; -f %5) and test the connection again.</source>
        <translation>STOP&#xa0;: le Pi à l’adresse %1 présente une clé d’hôte différente de celle à laquelle cet ordinateur fait confiance. Quelqu’un intercepte peut-être la connexion, ou le Pi a été réinstallé&#xa0;; rien n’a été exécuté. Il présente %2 %3&#xa0;; la ligne %4 de %5 contient %6 %7. Seulement si vous avez réinstallé le Pi, supprimez cette ligne (ssh-keygen -R &apos;%8&apos; -f %5) et testez à nouveau la connexion.</translation>
    </message>
</context>
<context>
    <name>antler::gui::DonePage</name>
    <message>
        <source>The Pi is ready</source>
        <translation>Le Pi est prêt</translation>
    </message>
    <message>
        <source>Every step has finished; the Pi is now the target of a profile of its own.</source>
        <translation>Chaque étape est terminée&#xa0;; le Pi est maintenant la cible d’un profil qui lui est propre.</translation>
    </message>
    <message>
        <source>&amp;Build and deploy to %1</source>
        <translation>&amp;Construire et déployer sur %1</translation>
    </message>
    <message>
        <source>%1 (port %2)</source>
        <translation>%1 (port %2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 now has:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the memory cgroup controller on&lt;/li&gt;&lt;li&gt;%2 as its container engine&lt;/li&gt;&lt;li&gt;an image registry on port %3&lt;/li&gt;&lt;li&gt;the build tools&lt;/li&gt;&lt;li&gt;the stages %4&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;%1 a maintenant&#xa0;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;le contrôleur de cgroup memory activé&lt;/li&gt;&lt;li&gt;%2 comme moteur de conteneurs&lt;/li&gt;&lt;li&gt;un registre d’images sur le port %3&lt;/li&gt;&lt;li&gt;les outils de construction&lt;/li&gt;&lt;li&gt;les étapes %4&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The profile could not be written:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Le profil n’a pas pu être écrit&#xa0;:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The new profile &lt;tt&gt;%1&lt;/tt&gt; opens in the window when you click Finish.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le nouveau profil &lt;tt&gt;%1&lt;/tt&gt; s’ouvre dans la fenêtre quand vous cliquez sur Terminer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>antler::gui::EventsModel</name>
    <message>
        <source>%1
(operation #%2: activate to open it in History)</source>
        <translation>%1
(opération n° %2&#xa0;: activez-la pour l’ouvrir dans l’historique)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>antler::gui::EventsView</name>
    <message>
        <source>&amp;Warnings and errors only</source>
        <translation>&amp;Avertissements et erreurs seulement</translation>
    </message>
    <message>
        <source>Warnings and errors only</source>
        <translation>Avertissements et erreurs seulement</translation>
    </message>
    <message>
        <source>Hide the informational events</source>
        <translation>Masquer les événements d’information</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>Filtre par étape</translation>
    </message>
    <message>
        <source>Show the events of one stage</source>
        <translation>Afficher les événements d’une seule étape</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Remove every event from the timeline</source>
        <translation>Retirer tous les événements de la chronologie</translation>
    </message>
    <message>
        <source>Clear events</source>
        <translation>Effacer les événements</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Health changes, operations, warnings and errors of every stage, newest at the bottom; activate one to select its stage and operation</source>
        <translation>Changements de santé, opérations, avertissements et erreurs de chaque étape, les plus récents en bas&#xa0;; activez-en un pour sélectionner son étape et son opération</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Aucun événement pour l’instant</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>Événements&#xa0;: %1</translation>
    </message>
    <message>
        <source>Events: %1 of %2 shown</source>
        <translation>Événements&#xa0;: %1 affichés sur %2</translation>
    </message>
</context>
<context>
    <name>antler::gui::FleetDocks</name>
    <message>
        <source>Playbooks can run once the window has started its pipeline.</source>
        <translation>Les playbooks peuvent s’exécuter dès que la fenêtre a démarré son pipeline.</translation>
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
        <translation>Choisissez un playbook et un inventaire, voyez ce qu’il fera et exécutez-le.</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>&amp;Hosts</source>
        <translation>&amp;Hôtes</translation>
    </message>
    <message>
        <source>Every host of the profile: connection, facts and vital signs.</source>
        <translation>Chaque hôte du profil&#xa0;: connexion, facts et signes vitaux.</translation>
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
        <translation>impossible d&apos;ouvrir la fenêtre : %1 ne peut pas être lancé (%2) ; réinstallez antler, dont c&apos;est la fenêtre.</translation>
    </message>
</context>
<context>
    <name>antler::gui::HealthView</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
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
        <translation>7 j</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 j</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>Host metrics: waiting for the first sample…</source>
        <translation>Mesures de l’hôte&#xa0;: en attente du premier relevé…</translation>
    </message>
    <message>
        <source>CPU load (1 min)</source>
        <translation>Charge CPU (1 min)</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>Mémoire utilisée</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>load %1</source>
        <translation>charge %1</translation>
    </message>
    <message>
        <source>memory %1 %</source>
        <translation>mémoire %1 %</translation>
    </message>
    <message>
        <source>disk %1 %</source>
        <translation>disque %1 %</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>up %1</source>
        <translation>en marche depuis %1</translation>
    </message>
    <message>
        <source>memory cgroup enabled</source>
        <translation>cgroup mémoire activé</translation>
    </message>
    <message>
        <source>memory cgroup DISABLED</source>
        <translation>cgroup mémoire DÉSACTIVÉ</translation>
    </message>
    <message>
        <source>no throttling</source>
        <translation>pas de bridage</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>(no data)</source>
        <translation>(aucune donnée)</translation>
    </message>
</context>
<context>
    <name>antler::gui::HistoryModel</name>
    <message>
        <source>Operation %1 is not in the pipeline history %2; refresh the history.</source>
        <translation>L’opération %1 ne figure pas dans l’historique du pipeline %2&#xa0;; actualisez l’historique.</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Construction</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épinglage</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépinglage</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
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
        <translation>De %1 à %2</translation>
    </message>
    <message>
        <source>A build changes no stage.</source>
        <translation>Une construction ne modifie aucune étape.</translation>
    </message>
    <message>
        <source>No digest recorded (yet).</source>
        <translation>Aucun digest enregistré (pour l’instant).</translation>
    </message>
    <message>
        <source>%1
before: %2</source>
        <translation>%1
avant&#xa0;: %2</translation>
    </message>
    <message>
        <source>Started %1 (%2 UTC)</source>
        <translation>Démarrée %1 (%2 UTC)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>The stage changed; for a promotion, from → to</source>
        <translation>L’étape modifiée&#xa0;; pour une promotion, de → vers</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>The release&apos;s digest; hover a cell for the full one</source>
        <translation>Le digest de la version&#xa0;; survolez une cellule pour le voir en entier</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>When it started, local time</source>
        <translation>Heure de début, en heure locale</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>A playbook run changes no stage.</source>
        <translation>Une exécution de playbook ne modifie aucune étape.</translation>
    </message>
</context>
<context>
    <name>antler::gui::HistoryView</name>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>Artefacts</translation>
    </message>
    <message>
        <source>Source commit</source>
        <translation>Commit source</translation>
    </message>
    <message>
        <source>Build number</source>
        <translation>Numéro de construction</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Filter: digest, stage, user, reason…</source>
        <translation>Filtrer&#xa0;: digest, étape, utilisateur, raison…</translation>
    </message>
    <message>
        <source>Filter the history</source>
        <translation>Filtrer l’historique</translation>
    </message>
    <message>
        <source>Shows the operations that contain every word (Ctrl+F)</source>
        <translation>Affiche les opérations qui contiennent chacun des mots (Ctrl+F)</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtre par type</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>Filtre par étape</translation>
    </message>
    <message>
        <source>Result filter</source>
        <translation>Filtre par résultat</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Read the history file again</source>
        <translation>Relire le fichier d’historique</translation>
    </message>
    <message>
        <source>Refresh history</source>
        <translation>Actualiser l’historique</translation>
    </message>
    <message>
        <source>Pipeline history</source>
        <translation>Historique du pipeline</translation>
    </message>
    <message>
        <source>Every build, rollout, promotion, rollback and pin, newest first</source>
        <translation>Chaque construction, déploiement, promotion, retour arrière et épinglage, du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>Operation details</source>
        <translation>Détails de l’opération</translation>
    </message>
    <message>
        <source>Operation log</source>
        <translation>Journal de l’opération</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Copy digest</source>
        <translation>Copier le digest</translation>
    </message>
    <message>
        <source>Copy log</source>
        <translation>Copier le journal</translation>
    </message>
    <message>
        <source>Copy the operation&apos;s log to the clipboard</source>
        <translation>Copier le journal de l’opération dans le presse-papiers</translation>
    </message>
    <message>
        <source>Select an operation to see every field and its log.</source>
        <translation>Sélectionnez une opération pour voir tous ses champs et son journal.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Lecture du journal…</translation>
    </message>
    <message>
        <source>The log of the selected operation appears here.</source>
        <translation>Le journal de l’opération sélectionnée s’affiche ici.</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>n° %1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No log lines yet.</source>
        <translation>Aucune ligne de journal pour l’instant.</translation>
    </message>
    <message>
        <source>No log lines were recorded for this operation.</source>
        <translation>Aucune ligne de journal n’a été enregistrée pour cette opération.</translation>
    </message>
    <message>
        <source>Select an operation to run it again.</source>
        <translation>Sélectionnez une opération pour la relancer.</translation>
    </message>
    <message>
        <source>Operation #%1 is still running.</source>
        <translation>L’opération n° %1 est toujours en cours.</translation>
    </message>
    <message>
        <source>A %1 is not run again from the history; use the stage&apos;s actions.</source>
        <translation>Une opération de type «&#xa0;%1&#xa0;» ne se relance pas depuis l’historique&#xa0;; utilisez les actions de l’étape.</translation>
    </message>
    <message>
        <source>Operation #%1 recorded no digest, so there is nothing to roll out again.</source>
        <translation>L’opération n° %1 n’a enregistré aucun digest&#xa0;; il n’y a donc rien à redéployer.</translation>
    </message>
    <message>
        <source>Build again from the same sources.</source>
        <translation>Reconstruire à partir des mêmes sources.</translation>
    </message>
    <message>
        <source>Promote %1 from %2 to %3 again.</source>
        <translation>Promouvoir à nouveau %1 de %2 vers %3.</translation>
    </message>
    <message>
        <source>%1 %2 to %3 again.</source>
        <translation>Relancer&#xa0;: %1 de %2 vers %3.</translation>
    </message>
    <message>
        <source>No operations recorded yet: %1 is created by the first build, rollout or pin, from this window or from “antler pipeline”.</source>
        <translation>Aucune opération enregistrée pour l’instant&#xa0;: %1 est créé par la première construction, le premier déploiement ou le premier épinglage, depuis cette fenêtre ou avec «&#xa0;antler pipeline&#xa0;».</translation>
    </message>
    <message>
        <source>Reading the pipeline history %1…</source>
        <translation>Lecture de l’historique du pipeline %1…</translation>
    </message>
    <message>
        <source>No operations recorded yet in %1.</source>
        <translation>Aucune opération enregistrée pour l’instant dans %1.</translation>
    </message>
    <message>
        <source>No operation matches the filters; clear them to see every operation.</source>
        <translation>Aucune opération ne correspond aux filtres&#xa0;; effacez-les pour voir toutes les opérations.</translation>
    </message>
    <message>
        <source>A playbook run is repeated from the Playbooks dock (Run again).</source>
        <translation>Une exécution de playbook se relance depuis le panneau Playbooks (Relancer).</translation>
    </message>
</context>
<context>
    <name>antler::gui::HostKeyDialog</name>
    <message>
        <source>Unknown host key: %1</source>
        <translation>Clé d’hôte inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2) presents a host key that is not in your known_hosts file. Connect only if it is the key of that host.</source>
        <translation>%1 (%2) présente une clé d’hôte absente de votre fichier known_hosts. Connectez-vous uniquement s’il s’agit de la clé de cet hôte.</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Type de clé&#xa0;:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Empreinte&#xa0;:</translation>
    </message>
    <message>
        <source>To check it, run this on the host itself (at its console, or over a connection you already trust) and compare the fingerprint it prints:</source>
        <translation>Pour la vérifier, exécutez ceci sur l’hôte lui-même (à sa console, ou via une connexion à laquelle vous faites déjà confiance) et comparez l’empreinte affichée&#xa0;:</translation>
    </message>
    <message>
        <source>Accept adds the key to %1 and the connection goes on. Reject stops the connection to this host only; nothing runs on it.</source>
        <translation>Accepter ajoute la clé à %1 et la connexion continue. Refuser arrête la connexion à cet hôte uniquement&#xa0;; rien n’y est exécuté.</translation>
    </message>
    <message>
        <source>&amp;Accept and connect</source>
        <translation>&amp;Accepter et se connecter</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Host key changed: %1 refused</source>
        <translation>Clé d’hôte modifiée&#xa0;: %1 refusé</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) has CHANGED since it was last accepted. Someone may be intercepting the connection (a man-in-the-middle attack), or the host was reinstalled or got new keys. Antler refused to connect: nothing was run on this host.</source>
        <translation>La clé d’hôte de %1 (%2) a CHANGÉ depuis sa dernière acceptation. Quelqu’un intercepte peut-être la connexion (une attaque de l’homme du milieu), ou l’hôte a été réinstallé ou a reçu de nouvelles clés. Antler a refusé de se connecter&#xa0;: rien n’a été exécuté sur cet hôte.</translation>
    </message>
    <message>
        <source>The host presents:</source>
        <translation>L’hôte présente&#xa0;:</translation>
    </message>
    <message>
        <source>known_hosts holds:</source>
        <translation>known_hosts contient&#xa0;:</translation>
    </message>
    <message>
        <source>Line to remove:</source>
        <translation>Ligne à supprimer&#xa0;:</translation>
    </message>
    <message>
        <source>Check the key on the host itself with %1. Only if it matches what the host presents, remove the old line (for example with the command below) and run again; Antler never replaces a known key for you.</source>
        <translation>Vérifiez la clé sur l’hôte lui-même avec %1. Seulement si elle correspond à ce que présente l’hôte, supprimez l’ancienne ligne (par exemple avec la commande ci-dessous) et relancez&#xa0;; Antler ne remplace jamais une clé connue à votre place.</translation>
    </message>
</context>
<context>
    <name>antler::gui::HostsModel</name>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>perdu</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>facts</source>
        <translation>facts</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>cette machine</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1, %2% used</source>
        <translation>%1, %2 % utilisés</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non signalé</translation>
    </message>
    <message>
        <source>none</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>OS and release</source>
        <translation>Système et version</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Disk /</source>
        <translation>Disque /</translation>
    </message>
    <message>
        <source>Memory cgroup</source>
        <translation>cgroup mémoire</translation>
    </message>
    <message>
        <source>Throttling</source>
        <translation>Bridage</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
</context>
<context>
    <name>antler::gui::HostsView</name>
    <message>
        <source>&amp;Connect to host</source>
        <translation>Se &amp;connecter à l’hôte</translation>
    </message>
    <message>
        <source>&amp;Gather facts</source>
        <translation>&amp;Collecter les facts</translation>
    </message>
    <message>
        <source>Open SSH &amp;terminal</source>
        <translation>Ouvrir un &amp;terminal SSH</translation>
    </message>
    <message>
        <source>Set &amp;up a Pi…</source>
        <translation>&amp;Configurer un Pi…</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>Select a host first.</source>
        <translation>Sélectionnez d’abord un hôte.</translation>
    </message>
    <message>
        <source>%1 is connected.</source>
        <translation>%1 est connecté.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connect to %1 and log in.</source>
        <translation>Se connecter à %1 et s’authentifier.</translation>
    </message>
    <message>
        <source>Read %1&apos;s facts and vital signs now.</source>
        <translation>Lire maintenant les facts et signes vitaux de %1.</translation>
    </message>
    <message>
        <source>%1 is this machine; open a terminal here instead.</source>
        <translation>%1 est cette machine&#xa0;; ouvrez plutôt un terminal ici.</translation>
    </message>
    <message>
        <source>Open a terminal running %1.</source>
        <translation>Ouvrir un terminal exécutant %1.</translation>
    </message>
    <message>
        <source>No host is selected.</source>
        <translation>Aucun hôte n’est sélectionné.</translation>
    </message>
    <message>
        <source>%1 is %2: %3</source>
        <translation>%1 est %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 est %2.</translation>
    </message>
    <message>
        <source>%1: –</source>
        <translation>%1&#xa0;: –</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1 (%2)&#xa0;: %2 %3 {1:?}</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Connect to a fresh Raspberry Pi, set it up for the pipeline and make it a profile</source>
        <translation>Se connecter à un Raspberry Pi neuf, le configurer pour le pipeline et en faire un profil</translation>
    </message>
</context>
<context>
    <name>antler::gui::InspectPage</name>
    <message>
        <source>What the Pi is</source>
        <translation>Ce qu’est le Pi</translation>
    </message>
    <message>
        <source>Antler looks at the board, the system, the memory and the disk; nothing is changed yet.</source>
        <translation>Antler examine la carte, le système, la mémoire et le disque&#xa0;; rien n’est encore modifié.</translation>
    </message>
    <message>
        <source>Reading the Pi&apos;s facts…</source>
        <translation>Lecture des facts du Pi…</translation>
    </message>
    <message>
        <source>The facts could not be read: %1</source>
        <translation>Les facts n’ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing stands in the way.</source>
        <translation>Rien ne s’y oppose.</translation>
    </message>
</context>
<context>
    <name>antler::gui::Launcher</name>
    <message>
        <source>cannot write the screenshot to %1; check that its folder exists and is writable.</source>
        <translation>impossible d’écrire la capture d’écran dans %1&#xa0;; vérifiez que son dossier existe et est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>antler::gui::LogListView</name>
    <message>
        <source>Log lines</source>
        <translation>Lignes du journal</translation>
    </message>
    <message>
        <source>The output of the operation, one line per row. Arrow keys move, Shift extends the selection, Ctrl+A selects all, End follows new lines.</source>
        <translation>La sortie de l’opération, une ligne par rangée. Les flèches déplacent, Maj étend la sélection, Ctrl+A sélectionne tout, Fin suit les nouvelles lignes.</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>hôte %1</translation>
    </message>
</context>
<context>
    <name>antler::gui::LogModel</name>
    <message>
        <source>Could not write the log to %1: %2. Choose another folder or file name.</source>
        <translation>Impossible d’écrire le journal dans %1&#xa0;: %2. Choisissez un autre dossier ou nom de fichier.</translation>
    </message>
    <message>
        <source>Could not write the log to %1: %2. Check the free space and the permissions.</source>
        <translation>Impossible d’écrire le journal dans %1&#xa0;: %2. Vérifiez l’espace libre et les droits.</translation>
    </message>
</context>
<context>
    <name>antler::gui::LogView</name>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Correspondance précédente</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Correspondance suivante</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <source>99,999 of 99,999</source>
        <translation>99 999 sur 99 999</translation>
    </message>
    <message>
        <source>Show the lines of host</source>
        <translation>Afficher les lignes de cet hôte</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>Show the lines with result</source>
        <translation>Afficher les lignes ayant ce résultat</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>failed or unreachable</source>
        <translation>en échec ou injoignable</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>Résul&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>Log status</source>
        <translation>État du journal</translation>
    </message>
    <message>
        <source>Log tools</source>
        <translation>Outils du journal</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Next Match</source>
        <translation>Correspondance &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous Match</source>
        <translation>Correspondance &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>Su&amp;ivre</translation>
    </message>
    <message>
        <source>Keep showing the newest lines (End)</source>
        <translation>Continuer d’afficher les lignes les plus récentes (Fin)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected lines</source>
        <translation>Copier les lignes sélectionnées</translation>
    </message>
    <message>
        <source>Save the shown lines with their times to a file</source>
        <translation>Enregistrer dans un fichier les lignes affichées avec leur horodatage</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>E&amp;ffacer</translation>
    </message>
    <message>
        <source>Remove every line from this log</source>
        <translation>Retirer toutes les lignes de ce journal</translation>
    </message>
    <message>
        <source>Saved %1 lines to %2.</source>
        <translation>%1 lignes enregistrées dans %2.</translation>
    </message>
    <message>
        <source>Save Log</source>
        <translation>Enregistrer le journal</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>Fichiers journaux (*.log *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>Tous les hôtes</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune correspondance</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n matching lines</source>
        <translation>
            <numerusform>%n ligne correspondante</numerusform>
            <numerusform>%n lignes correspondantes</numerusform>
        </translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>rescued</source>
        <translation>rattrapé</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>erreur ignorée</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>aucun résultat</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Enregistrer…</translation>
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
        <translation>profil local intégré</translation>
    </message>
    <message>
        <source>Configuration: %1</source>
        <translation>Configuration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Local profile</source>
        <translation>Profil local</translation>
    </message>
    <message>
        <source>Profile “%1”</source>
        <translation>Profil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Antler</source>
        <translation>À &amp;propos d’Antler</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>No Raspberry Pi is configured: every stage runs on this machine as a local process, so the whole pipeline works without any other hardware.</source>
        <translation>Aucun Raspberry Pi n’est configuré&#xa0;: chaque étape tourne sur cette machine sous forme de processus local, si bien que tout le pipeline fonctionne sans autre matériel.</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s) configured in %1.</source>
        <translation>
            <numerusform>%n étape configurée dans %1.</numerusform>
            <numerusform>%n étapes configurées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pipeline configuration could not be used, so the Local profile is shown.</source>
        <translation>La configuration du pipeline n’a pas pu être utilisée&#xa0;; le profil local est donc affiché.</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>A release is promoted from left to right.</source>
        <translation>Une version est promue de gauche à droite.</translation>
    </message>
    <message>
        <source>promotes to</source>
        <translation>est promue vers</translation>
    </message>
    <message>
        <source>About Antler</source>
        <translation>À propos d’Antler</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Antler %1&lt;/h3&gt;&lt;p&gt;Takes a Raspberry Pi, or any Debian-like host, from a bare system to a monitored test, staging and production pipeline.&lt;/p&gt;&lt;p&gt;Commit %2, built %3, Qt %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Antler %1&lt;/h3&gt;&lt;p&gt;Fait passer un Raspberry Pi, ou tout hôte de type Debian, d’un système nu à un pipeline surveillé de test, préproduction et production.&lt;/p&gt;&lt;p&gt;Commit %2, compilé le %3, Qt %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stage %1 is now %2: %3</source>
        <translation>L’étape %1 est maintenant %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Drift: the stage runs %1, not the digest the pipeline deployed.</source>
        <translation>Écart&#xa0;: l’étape exécute %1, pas le digest que le pipeline a déployé.</translation>
    </message>
    <message>
        <source>another release</source>
        <translation>une autre version</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss the hint</source>
        <translation>Fermer l’astuce</translation>
    </message>
    <message>
        <source>&amp;Open profile…</source>
        <translation>&amp;Ouvrir un profil…</translation>
    </message>
    <message>
        <source>Open an antler.yaml: its stages replace the ones shown.</source>
        <translation>Ouvrir un antler.yaml&#xa0;: ses étapes remplacent celles affichées.</translation>
    </message>
    <message>
        <source>Open &amp;recent profile</source>
        <translation>Profils &amp;récents</translation>
    </message>
    <message>
        <source>The default profile</source>
        <translation>Le profil par défaut</translation>
    </message>
    <message>
        <source>Use the &amp;default profile</source>
        <translation>Utiliser le profil par &amp;défaut</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation>&amp;Pipeline</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Command palette…</source>
        <translation>&amp;Palette de commandes…</translation>
    </message>
    <message>
        <source>Type to find any command and run it.</source>
        <translation>Tapez pour trouver une commande et l’exécuter.</translation>
    </message>
    <message>
        <source>&amp;Refresh health</source>
        <translation>&amp;Actualiser l’état de santé</translation>
    </message>
    <message>
        <source>Probe every stage now instead of waiting for the next interval.</source>
        <translation>Sonder chaque étape maintenant au lieu d’attendre le prochain intervalle.</translation>
    </message>
    <message>
        <source>Operations appear here once the window is ready.</source>
        <translation>Les opérations apparaîtront ici dès que la fenêtre sera prête.</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>The pipeline history cannot be opened, so the pipeline is read-only: %1</source>
        <translation>L’historique du pipeline ne peut pas être ouvert&#xa0;; le pipeline est donc en lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <source>the pipeline history cannot be opened; see the Events dock.</source>
        <translation>l’historique du pipeline ne peut pas être ouvert&#xa0;; voir le panneau Événements.</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>&amp;Déployer</translation>
    </message>
    <message>
        <source>&amp;Promote</source>
        <translation>&amp;Promouvoir</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>&amp;Revenir en arrière</translation>
    </message>
    <message>
        <source>P&amp;in and unpin</source>
        <translation>Épi&amp;ngler et désépingler</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 runs the moose facts app you just built (%2). When it looks right, press Promote → on its card to move the very same release to %3.</source>
        <translation>%1 exécute l’application de faits sur les élans que vous venez de construire (%2). Si tout est correct, cliquez sur «&#xa0;Promouvoir →&#xa0;» sur sa carte pour faire passer exactement la même version vers %3.</translation>
    </message>
    <message>
        <source>First run: Antler builds the moose facts app and deploys it to %1. Follow it in the Operations dock below.</source>
        <translation>Premier lancement&#xa0;: Antler construit l’application de faits sur les élans et la déploie sur %1. Suivez l’opération dans le panneau Opérations ci-dessous.</translation>
    </message>
    <message>
        <source>Antler: %1</source>
        <translation>Antler&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Antler: %n operation(s) running</source>
        <translation>
            <numerusform>Antler&#xa0;: %n opération en cours</numerusform>
            <numerusform>Antler&#xa0;: %n opérations en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>Pin %1</source>
        <translation>Épingler %1</translation>
    </message>
    <message>
        <source>Why should %1 stay on its release? Deploys and promotions to it are refused until it is unpinned.</source>
        <translation>Pourquoi %1 doit-elle rester sur sa version&#xa0;? Les déploiements et promotions vers elle seront refusés jusqu’à son désépinglage.</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Ouvrir un profil</translation>
    </message>
    <message>
        <source>Antler profiles (*.yaml *.yml)</source>
        <translation>Profils Antler (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Operations are running in this profile; wait for them or cancel them before opening another.</source>
        <translation>Des opérations sont en cours dans ce profil&#xa0;; attendez leur fin ou annulez-les avant d’en ouvrir un autre.</translation>
    </message>
    <message>
        <source>The new language and webhook apply when the running operations have finished and the window is opened again.</source>
        <translation>La nouvelle langue et le webhook s’appliqueront quand les opérations en cours seront terminées et que la fenêtre sera rouverte.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the pipeline history cannot be opened, so nothing can run; see the Events dock.</source>
        <translation>l’historique du pipeline ne peut pas être ouvert, donc rien ne peut s’exécuter&#xa0;; voir le panneau Événements.</translation>
    </message>
    <message>
        <source>Pipeline history damaged</source>
        <translation>Historique du pipeline endommagé</translation>
    </message>
    <message>
        <source>The pipeline history cannot be read, so builds, rollouts and promotions cannot be recorded.</source>
        <translation>L’historique du pipeline ne peut pas être lu, donc les constructions, déploiements et promotions ne peuvent pas être enregistrés.</translation>
    </message>
    <message>
        <source>%1

Start a new history? The damaged file is kept beside it under a new name, so it can be restored or examined later.</source>
        <translation>%1

Commencer un nouvel historique&#xa0;? Le fichier endommagé est conservé à côté sous un nouveau nom, pour pouvoir être restauré ou examiné plus tard.</translation>
    </message>
    <message>
        <source>Start a &amp;New History</source>
        <translation>Commencer un &amp;nouvel historique</translation>
    </message>
    <message>
        <source>&amp;Keep It, Read-Only</source>
        <translation>&amp;Le garder, en lecture seule</translation>
    </message>
    <message>
        <source>The damaged pipeline history is kept as %1; a new one was started.</source>
        <translation>L’historique du pipeline endommagé est conservé sous %1&#xa0;; un nouveau a été commencé.</translation>
    </message>
    <message>
        <source>Antler builds the moose facts app and deploys it to %1. Follow it in the Operations dock below.</source>
        <translation>Antler construit l’application de faits sur les élans et la déploie sur %1. Suivez l’opération dans le panneau Opérations ci-dessous.</translation>
    </message>
    <message>
        <source>The pipeline history is damaged.</source>
        <translation>L’historique du pipeline est endommagé.</translation>
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
        <translation>en attente</translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation>annulation en cours</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>retour arrière</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>not possible</source>
        <translation>impossible</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Écoulé</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>antler::gui::OperationsView</name>
    <message>
        <source>&amp;Cancel operation</source>
        <translation>Annu&amp;ler l’opération</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>No operations yet. Build, Deploy, Promote and Rollback run here in the background; select one to follow its log.</source>
        <translation>Aucune opération pour l’instant. Construction, déploiement, promotion et retour arrière s’exécutent ici en arrière-plan&#xa0;; sélectionnez-en une pour suivre son journal.</translation>
    </message>
    <message>
        <source>Select a running operation to cancel it.</source>
        <translation>Sélectionnez une opération en cours pour l’annuler.</translation>
    </message>
    <message>
        <source>“%1” has finished already.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà terminée.</translation>
    </message>
    <message>
        <source>“%1” is being cancelled.</source>
        <translation>«&#xa0;%1&#xa0;» est en cours d’annulation.</translation>
    </message>
    <message>
        <source>Stop “%1”; the stage keeps the release it ran before.</source>
        <translation>Arrêter «&#xa0;%1&#xa0;»&#xa0;; l’étape conserve la version qu’elle exécutait auparavant.</translation>
    </message>
</context>
<context>
    <name>antler::gui::PiSetupWizard</name>
    <message>
        <source>Set up a Raspberry Pi</source>
        <translation>Configurer un Raspberry Pi</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder for the playbooks: %1; check that the temporary folder is writable.</source>
        <translation>Impossible de créer un dossier temporaire pour les playbooks&#xa0;: %1&#xa0;; vérifiez que le dossier temporaire est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>antler::gui::PipelineActions</name>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Construire</translation>
    </message>
    <message>
        <source>Deploy newest build to %1</source>
        <translation>Déployer la dernière construction sur %1</translation>
    </message>
    <message>
        <source>Roll the newest build out to %1; if it fails its checks, %1 goes back to what it ran before.</source>
        <translation>Déployer la construction la plus récente sur %1&#xa0;; si elle échoue à ses vérifications, %1 revient à ce qu’elle exécutait auparavant.</translation>
    </message>
    <message>
        <source>Promote %1 → %2</source>
        <translation>Promouvoir %1 → %2</translation>
    </message>
    <message>
        <source>Roll the exact release that runs in %1 out to %2.</source>
        <translation>Déployer sur %2 exactement la version qui tourne sur %1.</translation>
    </message>
    <message>
        <source>Roll back %1…</source>
        <translation>Revenir en arrière sur %1…</translation>
    </message>
    <message>
        <source>Put %1 back on the release it ran before and pin it there.</source>
        <translation>Ramener %1 à la version qu’elle exécutait auparavant et l’y épingler.</translation>
    </message>
    <message>
        <source>Pin %1…</source>
        <translation>Épingler %1…</translation>
    </message>
    <message>
        <source>Keep %1 on the release it runs: deploys and promotions to it are refused.</source>
        <translation>Maintenir %1 sur la version qu’elle exécute&#xa0;: les déploiements et promotions vers elle sont refusés.</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>Désépingler %1</translation>
    </message>
    <message>
        <source>Allow deploys and promotions to %1 again.</source>
        <translation>Autoriser à nouveau les déploiements et promotions vers %1.</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>Arrêter %1</translation>
    </message>
    <message>
        <source>Stop the workload of %1; it stays on its release and can be deployed again.</source>
        <translation>Arrêter la charge de travail de %1&#xa0;; l’étape reste sur sa version et peut être redéployée.</translation>
    </message>
    <message>
        <source>Open %1 in browser</source>
        <translation>Ouvrir %1 dans le navigateur</translation>
    </message>
    <message>
        <source>Open %1 in the web browser.</source>
        <translation>Ouvrir %1 dans le navigateur web.</translation>
    </message>
    <message>
        <source>the pipeline cannot record operations.</source>
        <translation>le pipeline ne peut pas enregistrer d’opérations.</translation>
    </message>
    <message>
        <source>Builds the moose facts app from %1 (commit %2).</source>
        <translation>Construit l’application de faits sur les élans à partir de %1 (commit %2).</translation>
    </message>
    <message>
        <source>the sources Antler was built with</source>
        <translation>les sources avec lesquelles Antler a été construit</translation>
    </message>
    <message>
        <source>%1 is busy: “%2” is running; wait for it or cancel it.</source>
        <translation>%1 est occupée&#xa0;: «&#xa0;%2&#xa0;» est en cours&#xa0;; attendez sa fin ou annulez-la.</translation>
    </message>
    <message>
        <source>a build is running already; wait for it or cancel it.</source>
        <translation>une construction est déjà en cours&#xa0;; attendez sa fin ou annulez-la.</translation>
    </message>
    <message>
        <source>%1 is down; fix or roll it back before promoting.</source>
        <translation>%1 est en panne&#xa0;; réparez-la ou revenez en arrière avant de promouvoir.</translation>
    </message>
    <message>
        <source>%1 is down: %2; fix or roll it back before promoting.</source>
        <translation>%1 est en panne&#xa0;: %2&#xa0;; réparez-la ou revenez en arrière avant de promouvoir.</translation>
    </message>
    <message>
        <source>%1 is pinned already: %2.</source>
        <translation>%1 est déjà épinglée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 runs no release yet, so there is nothing to pin.</source>
        <translation>%1 n’exécute encore aucune version, il n’y a donc rien à épingler.</translation>
    </message>
    <message>
        <source>%1 is not pinned.</source>
        <translation>%1 n’est pas épinglée.</translation>
    </message>
    <message>
        <source>%1 is down; deploy it first.</source>
        <translation>%1 est en panne&#xa0;; déployez-la d’abord.</translation>
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
        <translation>en cours</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>rescued</source>
        <translation>rattrapé</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>erreur ignorée</translation>
    </message>
    <message>
        <source>%1 (handler)</source>
        <translation>%1 (handler)</translation>
    </message>
    <message>
        <source>FAILED - RETRYING: %1 attempts left</source>
        <translation>FAILED - RETRYING&#xa0;: %1 tentatives restantes</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n tâche</numerusform>
            <numerusform>%n tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Play / task / host</source>
        <translation>Play / tâche / hôte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
</context>
<context>
    <name>antler::gui::PlaybooksView</name>
    <message>
        <source>Open &amp;playbook…</source>
        <translation>Ouvrir un &amp;playbook…</translation>
    </message>
    <message>
        <source>Choose the playbook to run (a YAML file with a list of plays).</source>
        <translation>Choisissez le playbook à exécuter (un fichier YAML avec une liste de plays).</translation>
    </message>
    <message>
        <source>Open &amp;inventory…</source>
        <translation>Ouvrir un &amp;inventaire…</translation>
    </message>
    <message>
        <source>Choose the inventory the playbook runs against (INI or YAML, file or folder).</source>
        <translation>Choisissez l’inventaire sur lequel le playbook s’exécute (INI ou YAML, fichier ou dossier).</translation>
    </message>
    <message>
        <source>&amp;Run playbook</source>
        <translation>&amp;Exécuter le playbook</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>Exécuter à &amp;nouveau</translation>
    </message>
    <message>
        <source>Run again on &amp;failed hosts</source>
        <translation>Exécuter à nouveau sur les hôtes en é&amp;chec</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Annuler l’exécution</translation>
    </message>
    <message>
        <source>drop a file here or choose one</source>
        <translation>déposez un fichier ici ou choisissez-en un</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Play&amp;book:</source>
        <translation>Play&amp;book&#xa0;:</translation>
    </message>
    <message>
        <source>In&amp;ventory:</source>
        <translation>In&amp;ventaire&#xa0;:</translation>
    </message>
    <message>
        <source>Recent playbooks</source>
        <translation>Playbooks récents</translation>
    </message>
    <message>
        <source>Choose a playbook and an inventory, or drop them here.</source>
        <translation>Choisissez un playbook et un inventaire, ou déposez-les ici.</translation>
    </message>
    <message>
        <source>Plays and tasks</source>
        <translation>Plays et tâches</translation>
    </message>
    <message>
        <source>Play / task</source>
        <translation>Play / tâche</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Problems in the playbook</source>
        <translation>Problèmes dans le playbook</translation>
    </message>
    <message>
        <source>The file with the problem</source>
        <translation>Le fichier qui pose problème</translation>
    </message>
    <message>
        <source>all hosts; or a pattern such as web:&amp;staging</source>
        <translation>tous les hôtes&#xa0;; ou un motif comme web:&amp;staging</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Limiter&#xa0;:</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>séparés par des virgules</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>Choisir</translation>
    </message>
    <message>
        <source>Pick from the playbook&apos;s tags</source>
        <translation>Choisir parmi les tags du playbook</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags&#xa0;:</translation>
    </message>
    <message>
        <source>Extra variables</source>
        <translation>Variables extra</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value (text, or YAML/JSON)</source>
        <translation>Valeur (texte, ou YAML/JSON)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>From YAML/JSON…</source>
        <translation>Depuis YAML/JSON…</translation>
    </message>
    <message>
        <source>Extra variables from YAML or JSON</source>
        <translation>Variables extra depuis YAML ou JSON</translation>
    </message>
    <message>
        <source>A mapping of names to values, e.g. {&quot;name&quot;: &quot;value&quot;} or one “name: value” per line:</source>
        <translation>Une correspondance de noms et de valeurs, p. ex. {&quot;name&quot;: &quot;value&quot;} ou un «&#xa0;name: value&#xa0;» par ligne&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xtra vars:</source>
        <translation>Variables e&amp;xtra&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Check (change nothing)</source>
        <translation>&amp;Vérifier (ne rien changer)</translation>
    </message>
    <message>
        <source>&amp;Diff</source>
        <translation>&amp;Diff</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode&#xa0;:</translation>
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
        <translation>Verbosité</translation>
    </message>
    <message>
        <source>&amp;Forks:</source>
        <translation>&amp;Forks&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Verbosity:</source>
        <translation>&amp;Verbosité&#xa0;:</translation>
    </message>
    <message>
        <source>Start at &amp;task:</source>
        <translation>Commencer à la &amp;tâche&#xa0;:</translation>
    </message>
    <message>
        <source>Results by play, task and host</source>
        <translation>Résultats par play, tâche et hôte</translation>
    </message>
    <message>
        <source>Select a host in the results to see its message, output and diff.</source>
        <translation>Sélectionnez un hôte dans les résultats pour voir son message, sa sortie et son diff.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>rescued</source>
        <translation>rattrapé</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>erreur ignorée</translation>
    </message>
    <message>
        <source>Play recap</source>
        <translation>Récapitulatif des plays</translation>
    </message>
    <message>
        <source>Recap</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Recent…</source>
        <translation>Récents…</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Open a playbook</source>
        <translation>Ouvrir un playbook</translation>
    </message>
    <message>
        <source>Playbooks (*.yml *.yaml);;All files (*)</source>
        <translation>Playbooks (*.yml *.yaml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open an inventory</source>
        <translation>Ouvrir un inventaire</translation>
    </message>
    <message>
        <source>Inventories (*.ini *.yml *.yaml *.cfg hosts);;All files (*)</source>
        <translation>Inventaires (*.ini *.yml *.yaml *.cfg hosts);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>PLAY %1</source>
        <translation>PLAY %1</translation>
    </message>
    <message>
        <source>Hosts: none match “%1”</source>
        <translation>Hôtes&#xa0;: aucun ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Hosts (%1): %2</source>
        <translation>Hôtes (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>pattern %1</source>
        <translation>motif %1</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n play(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n play</numerusform>
            <numerusform>%1&#xa0;: %n plays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n task(s) selected</source>
        <translation>
            <numerusform>, %n tâche sélectionnée</numerusform>
            <numerusform>, %n tâches sélectionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before this playbook can run; nothing was contacted.</source>
        <translation>
            <numerusform>%n problème à corriger avant que ce playbook puisse s’exécuter&#xa0;; rien n’a été contacté.</numerusform>
            <numerusform>%n problèmes à corriger avant que ce playbook puisse s’exécuter&#xa0;; rien n’a été contacté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n host(s) of the inventory.</source>
        <translation>
            <numerusform>Tout l’inventaire&#xa0;: %n hôte.</numerusform>
            <numerusform>Tout l’inventaire&#xa0;: %n hôtes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No host matches “%1”; nothing would run.</source>
        <translation>Aucun hôte ne correspond à «&#xa0;%1&#xa0;»&#xa0;; rien ne s’exécuterait.</translation>
    </message>
    <message>
        <source>Matches %1.</source>
        <translation>Correspond à %1.</translation>
    </message>
    <message>
        <source>The playbook has no tags</source>
        <translation>Le playbook n’a aucun tag</translation>
    </message>
    <message>
        <source>The extra variable in row %1 has a value but no name; give it a name or remove the row.</source>
        <translation>La variable extra de la ligne %1 a une valeur mais pas de nom&#xa0;; donnez-lui un nom ou supprimez la ligne.</translation>
    </message>
    <message>
        <source>The value of the extra variable “%1” is not valid YAML or JSON (%2); fix it or write it as plain text.</source>
        <translation>La valeur de la variable extra «&#xa0;%1&#xa0;» n’est pas du YAML ou du JSON valide (%2)&#xa0;; corrigez-la ou écrivez-la en texte brut.</translation>
    </message>
    <message>
        <source>Playbooks cannot run in this window.</source>
        <translation>Les playbooks ne peuvent pas s’exécuter dans cette fenêtre.</translation>
    </message>
    <message>
        <source>Choose a playbook first.</source>
        <translation>Choisissez d’abord un playbook.</translation>
    </message>
    <message>
        <source>The inventory cannot be used; fix the problem shown and open it again.</source>
        <translation>L’inventaire ne peut pas être utilisé&#xa0;; corrigez le problème affiché et rouvrez-le.</translation>
    </message>
    <message numerus="yes">
        <source>The playbook has %n problem(s); fix them and open it again.</source>
        <translation>
            <numerusform>Le playbook comporte %n problème&#xa0;; corrigez-le et rouvrez-le.</numerusform>
            <numerusform>Le playbook comporte %n problèmes&#xa0;; corrigez-les et rouvrez-le.</numerusform>
        </translation>
    </message>
    <message>
        <source>The playbook is running; cancel it or wait for it to finish.</source>
        <translation>Le playbook est en cours d’exécution&#xa0;; annulez-le ou attendez qu’il se termine.</translation>
    </message>
    <message>
        <source>Run the playbook with the options shown.</source>
        <translation>Exécuter le playbook avec les options affichées.</translation>
    </message>
    <message>
        <source>Run a playbook first.</source>
        <translation>Exécutez d’abord un playbook.</translation>
    </message>
    <message>
        <source>The playbook is running.</source>
        <translation>Le playbook est en cours d’exécution.</translation>
    </message>
    <message>
        <source>Run %1 again with the same options.</source>
        <translation>Exécuter à nouveau %1 avec les mêmes options.</translation>
    </message>
    <message>
        <source>No host failed in the last run.</source>
        <translation>Aucun hôte n’a échoué lors de la dernière exécution.</translation>
    </message>
    <message>
        <source>Run again on %1 only.</source>
        <translation>Exécuter à nouveau sur %1 uniquement.</translation>
    </message>
    <message>
        <source>Stop the run on every host now.</source>
        <translation>Arrêter l’exécution sur tous les hôtes maintenant.</translation>
    </message>
    <message>
        <source>No playbook is running.</source>
        <translation>Aucun playbook n’est en cours d’exécution.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Standard output</source>
        <translation>Sortie standard</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>Erreur standard</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Diff</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Live output</source>
        <translation>Sortie en direct</translation>
    </message>
    <message>
        <source>S&amp;kip:</source>
        <translation>I&amp;gnorer&#xa0;:</translation>
    </message>
    <message>
        <source>Skip tags: tasks with one of these tags do not run.</source>
        <translation>Tags ignorés&#xa0;: les tâches portant l’un de ces tags ne s’exécutent pas.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Reading the playbook and the inventory; Run is possible once they are read.</source>
        <translation>Lecture du playbook et de l’inventaire&#xa0;; l’exécution sera possible une fois la lecture terminée.</translation>
    </message>
</context>
<context>
    <name>antler::gui::ProvisionPage</name>
    <message>
        <source>Setting up the Pi</source>
        <translation>Configuration du Pi</translation>
    </message>
    <message>
        <source>Each step is a playbook of its own; a second run changes nothing. You may close the wizard: it goes on where it left off next time.</source>
        <translation>Chaque étape est un playbook à part entière&#xa0;; une seconde exécution ne change rien. Vous pouvez fermer l’assistant&#xa0;: il reprendra là où il s’est arrêté la prochaine fois.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Écoulé</translation>
    </message>
    <message>
        <source>&amp;Retry the step</source>
        <translation>&amp;Réessayer l’étape</translation>
    </message>
    <message>
        <source>&amp;Copy its log</source>
        <translation>&amp;Copier son journal</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Done in an earlier session.
</source>
        <translation>Terminé lors d’une session précédente.
</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Waiting for the Pi to come back</source>
        <translation>En attente du retour du Pi</translation>
    </message>
    <message>
        <source>The Pi is rebooting; waiting for it to come back (gives up in %1).</source>
        <translation>Le Pi redémarre&#xa0;; attente de son retour (abandon dans %1).</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>En cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>The step failed; its log says why.</source>
        <translation>L’étape a échoué&#xa0;; son journal indique pourquoi.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n change(s)</source>
        <translation>
            <numerusform>Terminé&#xa0;: %n modification</numerusform>
            <numerusform>Terminé&#xa0;: %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: nothing to change</source>
        <translation>Terminé&#xa0;: rien à modifier</translation>
    </message>
</context>
<context>
    <name>antler::gui::SecretDialog</name>
    <message>
        <source>%1 (%2) asks for the SSH password of %3.</source>
        <translation>%1 (%2) demande le mot de passe SSH de %3.</translation>
    </message>
    <message>
        <source>sudo on %1 (%2) asks for the password of %3 to run tasks as %4 (the become password).</source>
        <translation>sudo sur %1 (%2) demande le mot de passe de %3 pour exécuter des tâches en tant que %4 (le mot de passe become).</translation>
    </message>
    <message>
        <source>The key file %1, used to log in to %2 (%3), is protected by a passphrase.</source>
        <translation>Le fichier de clé %1, utilisé pour se connecter à %2 (%3), est protégé par une phrase de passe.</translation>
    </message>
    <message>
        <source>Key passphrase: %1</source>
        <translation>Phrase de passe de la clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Mot de passe&#xa0;: %1</translation>
    </message>
    <message>
        <source>The last answer was refused.</source>
        <translation>La dernière réponse a été refusée.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>&amp;Mémoriser dans le trousseau du système</translation>
    </message>
    <message>
        <source>Asked once per host while Antler runs; never written to a file or a log.</source>
        <translation>Demandé une fois par hôte tant qu’Antler tourne&#xa0;; jamais écrit dans un fichier ni dans un journal.</translation>
    </message>
    <message>
        <source>Do not connect</source>
        <translation>Ne pas se connecter</translation>
    </message>
</context>
<context>
    <name>antler::gui::SettingsDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Choisir %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>Vérifications de santé</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Probe every:</source>
        <translation>&amp;Sonder toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Up after successes in a row:</source>
        <translation>&amp;Opérationnelle après réussites consécutives&#xa0;:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>&amp;Degraded when slower than:</source>
        <translation>&amp;Dégradée si plus lente que&#xa0;:</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification when a stage goes down or an operation ends</source>
        <translation>Afficher une &amp;notification de bureau quand une étape tombe en panne ou qu’une opération se termine</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL du webhook</translation>
    </message>
    <message>
        <source>https://chat.example/hooks/… (empty: the profile’s, if any)</source>
        <translation>https://chat.example/hooks/… (vide&#xa0;: celui du profil, s’il y en a un)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Send a test notification to the webhook</source>
        <translation>Envoyer une notification de test au webhook</translation>
    </message>
    <message>
        <source>&amp;Webhook:</source>
        <translation>&amp;Webhook&#xa0;:</translation>
    </message>
    <message>
        <source>Hosts and builds</source>
        <translation>Hôtes et constructions</translation>
    </message>
    <message>
        <source>known_hosts file</source>
        <translation>Fichier known_hosts</translation>
    </message>
    <message>
        <source>&amp;known_hosts file:</source>
        <translation>Fichier &amp;known_hosts&#xa0;:</translation>
    </message>
    <message>
        <source>Build sources</source>
        <translation>Sources de construction</translation>
    </message>
    <message>
        <source>the sources Antler was built with</source>
        <translation>les sources avec lesquelles Antler a été construit</translation>
    </message>
    <message>
        <source>A checkout of Antler whose frontend and facts the Build command uses, e.g. to promote an edited fact.</source>
        <translation>Une copie de travail d’Antler dont la commande Construire utilise le frontend et les faits, par ex. pour promouvoir un fait modifié.</translation>
    </message>
    <message>
        <source>&amp;Build from:</source>
        <translation>&amp;Construire depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hème&#xa0;:</translation>
    </message>
    <message>
        <source>The system’s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” is not an http or https URL; enter the webhook’s full address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une URL http ou https&#xa0;; saisissez l’adresse complète du webhook.</translation>
    </message>
    <message>
        <source>Antler test notification: the webhook works.</source>
        <translation>Notification de test d’Antler&#xa0;: le webhook fonctionne.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>%1 answered %2: the webhook works.</source>
        <translation>%1 a répondu %2&#xa0;: le webhook fonctionne.</translation>
    </message>
    <message>
        <source>The test notification to %1 failed: %2. Check the URL and that the service is reachable.</source>
        <translation>La notification de test vers %1 a échoué&#xa0;: %2. Vérifiez l’URL et que le service est joignable.</translation>
    </message>
    <message>
        <source>Do&amp;wn after failures in a row:</source>
        <translation>En &amp;panne après échecs consécutifs&#xa0;:</translation>
    </message>
</context>
<context>
    <name>antler::gui::SshTerminal</name>
    <message>
        <source>No terminal emulator was found (tried $TERMINAL, x-terminal-emulator, gnome-terminal, konsole, xfce4-terminal, kitty, alacritty, foot, xterm and others); install one or set TERMINAL.</source>
        <translation>Aucun émulateur de terminal trouvé (essayés&#xa0;: $TERMINAL, x-terminal-emulator, gnome-terminal, konsole, xfce4-terminal, kitty, alacritty, foot, xterm et d’autres)&#xa0;; installez-en un ou définissez TERMINAL.</translation>
    </message>
    <message>
        <source>%1 could not be started; check that it runs from a shell.</source>
        <translation>%1 n’a pas pu être démarré&#xa0;; vérifiez qu’il fonctionne depuis un shell.</translation>
    </message>
</context>
<context>
    <name>antler::gui::StageCard</name>
    <message>
        <source>Stage %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <source>Stage %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Waiting for the first probe</source>
        <translation>En attente de la première sonde</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Opérationnel</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>En panne</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l’instant</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>Construite</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Déployée</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Déployer</translation>
    </message>
    <message>
        <source>Promote →</source>
        <translation>Promouvoir →</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>build %1</source>
        <translation>construction %1</translation>
    </message>
    <message>
        <source>commit %1</source>
        <translation>commit %1</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Épinglée</translation>
    </message>
    <message>
        <source>Pinned: %1</source>
        <translation>Épinglée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Latency of the last 15 minutes</source>
        <translation>Latence des 15 dernières minutes</translation>
    </message>
    <message>
        <source>Uptime over 24 hours</source>
        <translation>Disponibilité sur 24 heures</translation>
    </message>
    <message>
        <source>Uptime 24 h</source>
        <translation>Disponibilité 24 h</translation>
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
        <translation>Latence</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Latency of %1</source>
        <translation>Latence de %1</translation>
    </message>
    <message>
        <source>%1 — %2 ms</source>
        <translation>%1 — %2 ms</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Dernière erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Uptime: 1 h %1 · 24 h %2 · 7 d %3 · 30 d %4</source>
        <translation>Disponibilité&#xa0;: 1 h %1 · 24 h %2 · 7 j %3 · 30 j %4</translation>
    </message>
    <message>
        <source>Latency of successful probes: p50 %1 ms · p95 %2 ms</source>
        <translation>Latence des sondes réussies&#xa0;: p50 %1 ms · p95 %2 ms</translation>
    </message>
    <message>
        <source>Latency: no successful probe in this range</source>
        <translation>Latence&#xa0;: aucune sonde réussie sur cette période</translation>
    </message>
</context>
<context>
    <name>antler::gui::TimelineEvent</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>up</source>
        <translation>opérationnel</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <source>down</source>
        <translation>en panne</translation>
    </message>
    <message>
        <source>%1 started</source>
        <translation>%1&#xa0;: démarrage</translation>
    </message>
    <message>
        <source>%1 succeeded</source>
        <translation>%1&#xa0;: réussite</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1&#xa0;: échec</translation>
    </message>
    <message>
        <source>%1 is %2 (was %3).</source>
        <translation>%1&#xa0;: %2 (auparavant %3).</translation>
    </message>
    <message>
        <source>%1 is %2 (was %3): %4</source>
        <translation>%1&#xa0;: %2 (auparavant %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Construction</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épinglage</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépinglage</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
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
        <translation>Vérifiez qu’il s’agit bien de votre Pi</translation>
    </message>
    <message>
        <source>Before anything is sent to it, compare the Pi&apos;s host key with the one the Pi itself shows. If they match, nobody is in between.</source>
        <translation>Avant que quoi que ce soit lui soit envoyé, comparez la clé d’hôte du Pi avec celle que le Pi affiche lui-même. Si elles correspondent, personne ne s’est interposé.</translation>
    </message>
    <message>
        <source>The fingerprints match: &amp;trust this Pi</source>
        <translation>Les empreintes correspondent&#xa0;: &amp;faire confiance à ce Pi</translation>
    </message>
    <message>
        <source>They do &amp;not match</source>
        <translation>Elles ne correspondent &amp;pas</translation>
    </message>
    <message>
        <source>Trusted and connected: the key is in %1.</source>
        <translation>Approuvé et connecté&#xa0;: la clé est dans %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; port %2 presents this host key:&lt;br&gt;&lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;&lt;tt&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/tt&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; port %2 présente cette clé d’hôte&#xa0;:&lt;br&gt;&lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;&lt;tt&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>On the Pi (with a screen and keyboard, or a connection you already trust), run:

    ssh-keygen -lf %1

It prints the fingerprint after the key size; it must be the same as above.</source>
        <translation>Sur le Pi (avec un écran et un clavier, ou via une connexion à laquelle vous faites déjà confiance), exécutez&#xa0;:

    ssh-keygen -lf %1

La commande affiche l’empreinte après la taille de la clé&#xa0;; elle doit être identique à celle ci-dessus.</translation>
    </message>
    <message>
        <source>Trusting the key and logging in…</source>
        <translation>Approbation de la clé et connexion…</translation>
    </message>
    <message>
        <source>Not trusted: nothing was sent to the Pi. Check that the address is your Pi&apos;s, then go back and test the connection again.</source>
        <translation>Non approuvé&#xa0;: rien n’a été envoyé au Pi. Vérifiez que l’adresse est bien celle de votre Pi, puis revenez en arrière et testez à nouveau la connexion.</translation>
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
        <translation>impossible de créer le dossier %1 pour l’historique de santé&#xa0;; vérifiez ses permissions.</translation>
    </message>
    <message>
        <source>cannot open the health history %1: %2; check that the file is a writable SQLite database.</source>
        <translation>impossible d’ouvrir l’historique de santé %1&#xa0;: %2&#xa0;; vérifiez que le fichier est une base de données SQLite accessible en écriture.</translation>
    </message>
    <message>
        <source>the health history %1 refused an update: %2.</source>
        <translation>l’historique de santé %1 a refusé une mise à jour&#xa0;: %2.</translation>
    </message>
    <message>
        <source>cannot write to the health history %1: %2; check the disk space and the file&apos;s permissions.</source>
        <translation>impossible d’écrire dans l’historique de santé %1&#xa0;: %2&#xa0;; vérifiez l’espace disque et les permissions du fichier.</translation>
    </message>
    <message>
        <source>cannot downsample the health history %1: %2.</source>
        <translation>impossible de sous-échantillonner l’historique de santé %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>the health history is not open; open it before adding markers.</source>
        <translation>l’historique de santé n’est pas ouvert&#xa0;; ouvrez-le avant d’ajouter des repères.</translation>
    </message>
    <message>
        <source>cannot write a marker to the health history %1: %2.</source>
        <translation>impossible d’écrire un repère dans l’historique de santé %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>antler::health::HostMetrics</name>
    <message>
        <source>under-voltage</source>
        <translation>sous-tension</translation>
    </message>
    <message>
        <source>throttled</source>
        <translation>bridé</translation>
    </message>
    <message>
        <source>frequency capped</source>
        <translation>fréquence plafonnée</translation>
    </message>
    <message>
        <source>soft temperature limit</source>
        <translation>limite de température douce</translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation>maintenant&#xa0;: %1</translation>
    </message>
    <message>
        <source>since boot: %1</source>
        <translation>depuis le démarrage&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>antler::health::HostMetricsParser</name>
    <message>
        <source>the host metrics script did not run to its end on %1; check that /bin/sh works there.</source>
        <translation>le script des mesures d’hôte ne s’est pas exécuté jusqu’au bout sur %1&#xa0;; vérifiez que /bin/sh y fonctionne.</translation>
    </message>
    <message>
        <source>%1 has no readable /proc (no load, memory or uptime figures); host metrics need a Linux host.</source>
        <translation>%1 n’a pas de /proc lisible (aucune valeur de charge, de mémoire ni de durée de fonctionnement)&#xa0;; les mesures d’hôte exigent un hôte Linux.</translation>
    </message>
</context>
<context>
    <name>antler::health::HostMetricsSampler</name>
    <message>
        <source>no connection to %1 to read its metrics from.</source>
        <translation>aucune connexion à %1 pour en lire les mesures.</translation>
    </message>
    <message>
        <source>host metrics</source>
        <translation>mesures d’hôte</translation>
    </message>
    <message>
        <source>cannot read the metrics of %1: the command ended with %2.</source>
        <translation>impossible de lire les mesures de %1&#xa0;: la commande s’est terminée avec %2.</translation>
    </message>
</context>
<context>
    <name>antler::health::MetricsScrape</name>
    <message>
        <source>the /metrics answer has no %1 or %2 samples; is this a moosefacts server?</source>
        <translation>la réponse de /metrics n’a aucun échantillon %1 ou %2&#xa0;; est-ce un serveur moosefacts&#xa0;?</translation>
    </message>
</context>
<context>
    <name>antler::health::MonitoredHosts</name>
    <message>
        <source>the pipeline&apos;s target %1 is not in the inventory %2; add it there or change target: in %3.</source>
        <translation>la cible %1 du pipeline n’est pas dans l’inventaire %2&#xa0;; ajoutez-la ou modifiez target: dans %3.</translation>
    </message>
</context>
<context>
    <name>antler::health::Probe</name>
    <message>
        <source>the probe has no network access manager</source>
        <translation>la sonde n’a pas de gestionnaire d’accès réseau</translation>
    </message>
    <message>
        <source>connection refused at %1</source>
        <translation>connexion refusée par %1</translation>
    </message>
    <message>
        <source>host %1 not found; check the stage&apos;s host in antler.yaml</source>
        <translation>hôte %1 introuvable&#xa0;; vérifiez l’hôte de l’étape dans antler.yaml</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>délai dépassé après %1 ms</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering %2</source>
        <translation>%1 a fermé la connexion avant de répondre à %2</translation>
    </message>
    <message>
        <source>no answer from %1%2: %3</source>
        <translation>pas de réponse de %1%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>expected HTTP 200 from %1, got %2 (%3)</source>
        <translation>HTTP 200 attendu de %1, reçu %2 (%3)</translation>
    </message>
    <message>
        <source>expected the moose facts page at %1, got HTTP %2 (%3)</source>
        <translation>page de faits sur les élans attendue à %1, reçu HTTP %2 (%3)</translation>
    </message>
    <message>
        <source>the page at %1 is not the moose facts frontend: it has no element with id “fact-text” (%2)</source>
        <translation>la page à %1 n’est pas le frontend des faits sur les élans&#xa0;: elle n’a aucun élément d’id «&#xa0;fact-text&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>expected JSON with a fact, got %1</source>
        <translation>JSON avec un fait attendu, reçu %1</translation>
    </message>
    <message>
        <source>expected JSON with a fact, got an object without “text”</source>
        <translation>JSON avec un fait attendu, reçu un objet sans «&#xa0;text&#xa0;»</translation>
    </message>
    <message>
        <source>expected JSON from /version, got %1</source>
        <translation>JSON attendu de /version, reçu %1</translation>
    </message>
    <message>
        <source>%1 sent no TLS certificate</source>
        <translation>%1 n’a envoyé aucun certificat TLS</translation>
    </message>
    <message>
        <source>the TLS certificate of %1 expired on %2; renew it</source>
        <translation>le certificat TLS de %1 a expiré le %2&#xa0;; renouvelez-le</translation>
    </message>
    <message numerus="yes">
        <source>the TLS certificate of %1 expires in %n day(s), on %2; renew it</source>
        <translation>
            <numerusform>le certificat TLS de %1 expire dans %n jour, le %2&#xa0;; renouvelez-le</numerusform>
            <numerusform>le certificat TLS de %1 expire dans %n jours, le %2&#xa0;; renouvelez-le</numerusform>
        </translation>
    </message>
    <message>
        <source>no TLS handshake with %1: %2</source>
        <translation>aucune négociation TLS avec %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>aucun type de contenu</translation>
    </message>
</context>
<context>
    <name>antler::health::StageHealth</name>
    <message>
        <source>waiting for the %1 probe to confirm a state</source>
        <translation>en attente de la confirmation d’un état par la sonde %1</translation>
    </message>
    <message>
        <source>the %1 probe answered in %2 ms, over the %3 ms limit</source>
        <translation>la sonde %1 a répondu en %2 ms, au-delà de la limite de %3 ms</translation>
    </message>
    <message numerus="yes">
        <source>all %n probe(s) answer</source>
        <translation>
            <numerusform>%n sonde répond</numerusform>
            <numerusform>les %n sondes répondent</numerusform>
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
        <translation>%1&#xa0;: notifications.webhook doit être une URL comme https://example.org/hook.</translation>
    </message>
    <message>
        <source>%1: notifications.webhook “%2” is not an http or https URL; write it like https://example.org/hook.</source>
        <translation>%1&#xa0;: notifications.webhook «&#xa0;%2&#xa0;» n’est pas une URL http ou https&#xa0;; écrivez-la comme https://example.org/hook.</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>la connexion a été fermée</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>hôte introuvable</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>la négociation TLS a échoué</translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation>erreur réseau %1</translation>
    </message>
    <message>
        <source>the webhook at %1 did not take the notification about %2: %3; check notifications.webhook in notifications.yaml.</source>
        <translation>le webhook à l’adresse %1 n’a pas accepté la notification concernant %2&#xa0;: %3&#xa0;; vérifiez notifications.webhook dans notifications.yaml.</translation>
    </message>
</context>
<context>
    <name>antler::inventory::HostRange</name>
    <message>
        <source>the host “%1” ends in “:” without a port; write the port after the colon or remove the colon.</source>
        <translation>l’hôte «&#xa0;%1&#xa0;» se termine par «&#xa0;:&#xa0;» sans port&#xa0;; écrivez le port après les deux-points ou supprimez-les.</translation>
    </message>
    <message>
        <source>the port of “%1” is not a number from 1 to 65535; write a port in that range.</source>
        <translation>le port de «&#xa0;%1&#xa0;» n’est pas un nombre entre 1 et 65535&#xa0;; indiquez un port dans cette plage.</translation>
    </message>
    <message>
        <source>“%1” is not a host name with an optional :PORT; write it as NAME or NAME:PORT.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom d’hôte suivi éventuellement de&#xa0;:PORT&#xa0;; écrivez NAME ou NAME:PORT.</translation>
    </message>
    <message>
        <source>the host name is empty; write a name before the port.</source>
        <translation>le nom d’hôte est vide&#xa0;; écrivez un nom avant le port.</translation>
    </message>
    <message>
        <source>the range in “%1” has no matching bracket; write ranges as [BEGIN:END], such as pi[1:3].</source>
        <translation>la plage dans «&#xa0;%1&#xa0;» n’a pas de crochet fermant&#xa0;; écrivez les plages sous la forme [BEGIN:END], comme pi[1:3].</translation>
    </message>
    <message>
        <source>the range “[%1]” is not BEGIN:END or BEGIN:END:STEP; write it as pi[1:3] or web[01:10:2].</source>
        <translation>la plage «&#xa0;[%1]&#xa0;» n’est pas de la forme BEGIN:END ou BEGIN:END:STEP&#xa0;; écrivez-la comme pi[1:3] ou web[01:10:2].</translation>
    </message>
    <message>
        <source>the range “[%1]” has no end; write the last value after the colon.</source>
        <translation>la plage «&#xa0;[%1]&#xa0;» n’a pas de fin&#xa0;; écrivez la dernière valeur après les deux-points.</translation>
    </message>
    <message>
        <source>the step of the range “[%1]” is not a positive number; write a step of 1 or more.</source>
        <translation>le pas de la plage «&#xa0;[%1]&#xa0;» n’est pas un nombre positif&#xa0;; indiquez un pas de 1 ou plus.</translation>
    </message>
    <message>
        <source>the range “[%1]” ends before it begins; write the smaller value first.</source>
        <translation>la plage «&#xa0;[%1]&#xa0;» se termine avant de commencer&#xa0;; écrivez la plus petite valeur en premier.</translation>
    </message>
    <message>
        <source>the range “[%1]” pads its begin to %2 digits but not its end; write both with the same number of digits, such as [01:10].</source>
        <translation>la plage «&#xa0;[%1]&#xa0;» complète son début à %2 chiffres, mais pas sa fin&#xa0;; écrivez les deux avec le même nombre de chiffres, comme [01:10].</translation>
    </message>
    <message>
        <source>the range “[%1]” mixes or misuses letters and numbers; write two numbers, such as [1:3], or two letters, such as [a:c].</source>
        <translation>la plage «&#xa0;[%1]&#xa0;» mélange ou utilise mal lettres et nombres&#xa0;; écrivez deux nombres, comme [1:3], ou deux lettres, comme [a:c].</translation>
    </message>
    <message>
        <source>the range “[%1]” stands for more than %2 hosts; split the inventory or use a smaller range.</source>
        <translation>la plage «&#xa0;[%1]&#xa0;» représente plus de %2 hôtes&#xa0;; divisez l’inventaire ou utilisez une plage plus petite.</translation>
    </message>
    <message>
        <source>the ranges of the host stand for more than %1 hosts; split the inventory or use smaller ranges.</source>
        <translation>les plages de l’hôte représentent plus de %1 hôtes&#xa0;; divisez l’inventaire ou utilisez des plages plus petites.</translation>
    </message>
</context>
<context>
    <name>antler::inventory::IniInventoryParser</name>
    <message>
        <source>the section type “%1” is unknown; write [%2], [%2:children] or [%2:vars].</source>
        <translation>le type de section «&#xa0;%1&#xa0;» est inconnu&#xa0;; écrivez [%2], [%2:children] ou [%2:vars].</translation>
    </message>
    <message>
        <source>adding the group “%1” to “%2” makes a group its own ancestor; remove one of the two [:children] entries.</source>
        <translation>ajouter le groupe «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;» fait d’un groupe son propre ancêtre&#xa0;; supprimez l’une des deux entrées [:children].</translation>
    </message>
    <message>
        <source>the section header “%1” has no closing bracket; write it as [NAME].</source>
        <translation>l’en-tête de section «&#xa0;%1&#xa0;» n’a pas de crochet fermant&#xa0;; écrivez-le sous la forme [NAME].</translation>
    </message>
    <message>
        <source>the section header “%1” is not valid; write [NAME], [NAME:children] or [NAME:vars] without spaces.</source>
        <translation>l’en-tête de section «&#xa0;%1&#xa0;» n’est pas valide&#xa0;; écrivez [NAME], [NAME:children] ou [NAME:vars] sans espaces.</translation>
    </message>
    <message>
        <source>“---” starts a YAML document, not an INI host; name the file with a .yml extension or remove the line.</source>
        <translation>«&#xa0;---&#xa0;» commence un document YAML, pas un hôte INI&#xa0;; donnez au fichier l’extension .yml ou supprimez la ligne.</translation>
    </message>
    <message>
        <source>“%1” after the host “%2” is not KEY=VALUE; write host variables as KEY=VALUE, quoting values with spaces.</source>
        <translation>«&#xa0;%1&#xa0;» après l’hôte «&#xa0;%2&#xa0;» n’est pas de la forme KEY=VALUE&#xa0;; écrivez les variables d’hôte sous la forme KEY=VALUE, en mettant entre guillemets les valeurs contenant des espaces.</translation>
    </message>
    <message>
        <source>“%1” after the host “%2” has no variable name; write it as KEY=VALUE.</source>
        <translation>«&#xa0;%1&#xa0;» après l’hôte «&#xa0;%2&#xa0;» n’a pas de nom de variable&#xa0;; écrivez-le sous la forme KEY=VALUE.</translation>
    </message>
    <message>
        <source>“%1” in [%2:vars] is not KEY=VALUE; write one variable per line as KEY=VALUE.</source>
        <translation>«&#xa0;%1&#xa0;» dans [%2:vars] n’est pas de la forme KEY=VALUE&#xa0;; écrivez une variable par ligne sous la forme KEY=VALUE.</translation>
    </message>
    <message>
        <source>“%1” in [%2:vars] has no variable name; write it as KEY=VALUE.</source>
        <translation>«&#xa0;%1&#xa0;» dans [%2:vars] n’a pas de nom de variable&#xa0;; écrivez-le sous la forme KEY=VALUE.</translation>
    </message>
    <message>
        <source>“%1” in [%2:children] is not a group name; write one group name per line, without spaces or colons.</source>
        <translation>«&#xa0;%1&#xa0;» dans [%2:children] n’est pas un nom de groupe&#xa0;; écrivez un nom de groupe par ligne, sans espaces ni deux-points.</translation>
    </message>
    <message>
        <source>adding the group “%1” to “%2” makes a group its own ancestor; remove this line or the entry that makes “%2” a child of “%1”.</source>
        <translation>ajouter le groupe «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;» fait d’un groupe son propre ancêtre&#xa0;; supprimez cette ligne ou l’entrée qui fait de «&#xa0;%2&#xa0;» un enfant de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>[%1:children] names the group “%2”, which is not defined anywhere; add a [%2] section or remove the line.</source>
        <translation>[%1:children] nomme le groupe «&#xa0;%2&#xa0;», qui n’est défini nulle part&#xa0;; ajoutez une section [%2] ou supprimez la ligne.</translation>
    </message>
    <message>
        <source>[%1:vars] sets variables of the group “%1”, which is not defined anywhere; add a [%1] section above or below it.</source>
        <translation>[%1:vars] définit des variables du groupe «&#xa0;%1&#xa0;», qui n’est défini nulle part&#xa0;; ajoutez une section [%1] au-dessus ou en dessous.</translation>
    </message>
    <message>
        <source>the value of “%1” is a Python dict that Ansible rejects (%2); use strings or numbers as its keys, or quote the whole value as a Python string to keep it as text.</source>
        <translation>la valeur de «&#xa0;%1&#xa0;» est un dict Python qu’Ansible rejette (%2)&#xa0;; utilisez des chaînes ou des nombres comme clés, ou mettez toute la valeur entre guillemets comme chaîne Python pour la garder sous forme de texte.</translation>
    </message>
    <message>
        <source>this quotation mark is never closed, so Ansible rejects the line too; close the quoted value on the same line, or write \&apos; or \&quot; for a quotation mark that is part of the value.</source>
        <translation>ce guillemet n’est jamais fermé, donc Ansible rejette aussi la ligne&#xa0;; fermez la valeur entre guillemets sur la même ligne, ou écrivez \&apos; ou \&quot; pour un guillemet qui fait partie de la valeur.</translation>
    </message>
    <message>
        <source>this backslash at the end of the line escapes nothing, so Ansible rejects the line too; remove it, or write \\ for a backslash that is part of the value.</source>
        <translation>cette barre oblique inverse en fin de ligne n’échappe rien, donc Ansible rejette aussi la ligne&#xa0;; supprimez-la, ou écrivez \\ pour une barre oblique inverse qui fait partie de la valeur.</translation>
    </message>
</context>
<context>
    <name>antler::inventory::Inventory</name>
    <message>
        <source>the inventory does not exist; give the path of an inventory file or folder, or a comma-separated list of hosts such as “pi1,pi2,”.</source>
        <translation>l’inventaire n’existe pas&#xa0;; indiquez le chemin d’un fichier ou d’un dossier d’inventaire, ou une liste d’hôtes séparés par des virgules comme «&#xa0;pi1,pi2,&#xa0;».</translation>
    </message>
    <message>
        <source>cannot read the inventory (%1); check that the file is readable.</source>
        <translation>impossible de lire l’inventaire (%1)&#xa0;; vérifiez que le fichier est accessible en lecture.</translation>
    </message>
    <message>
        <source>cannot read the inventory (%1); check that the file exists and is readable.</source>
        <translation>impossible de lire l’inventaire (%1)&#xa0;; vérifiez que le fichier existe et est accessible en lecture.</translation>
    </message>
    <message>
        <source>host “%1”: %2</source>
        <translation>hôte «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>ansible_port “%1” is not a number from 1 to 65535; set it to the SSH port, usually 22.</source>
        <translation>ansible_port «&#xa0;%1&#xa0;» n’est pas un nombre entre 1 et 65535&#xa0;; mettez-y le port SSH, en général 22.</translation>
    </message>
    <message>
        <source>ansible_connection “%1” is not supported; use ssh or local.</source>
        <translation>ansible_connection «&#xa0;%1&#xa0;» n’est pas pris en charge&#xa0;; utilisez ssh ou local.</translation>
    </message>
    <message>
        <source>ansible_become “%1” is not a boolean; write true or false.</source>
        <translation>ansible_become «&#xa0;%1&#xa0;» n’est pas un booléen&#xa0;; écrivez true ou false.</translation>
    </message>
    <message>
        <source>Could not match the host pattern “%1”; check the spelling against the inventory&apos;s hosts and groups.</source>
        <translation>Impossible de faire correspondre le motif d’hôtes «&#xa0;%1&#xa0;»&#xa0;; vérifiez son orthographe par rapport aux hôtes et groupes de l’inventaire.</translation>
    </message>
</context>
<context>
    <name>antler::inventory::PythonLiteral</name>
    <message>
        <source>a list or dict cannot be a dict key</source>
        <translation>une liste ou un dict ne peut pas être une clé de dict</translation>
    </message>
</context>
<context>
    <name>antler::inventory::VarsFiles</name>
    <message>
        <source>cannot read the variables file (%1); check that it is readable.</source>
        <translation>impossible de lire le fichier de variables (%1)&#xa0;; vérifiez qu’il est accessible en lecture.</translation>
    </message>
    <message>
        <source>this is not valid YAML (%1); correct the syntax at this position.</source>
        <translation>ce n’est pas du YAML valide (%1)&#xa0;; corrigez la syntaxe à cet endroit.</translation>
    </message>
    <message>
        <source>a variables file must be a mapping of names to values; write one “name: value” per line.</source>
        <translation>un fichier de variables doit être un mapping de noms vers des valeurs&#xa0;; écrivez un «&#xa0;name: value&#xa0;» par ligne.</translation>
    </message>
</context>
<context>
    <name>antler::inventory::YamlInventoryParser</name>
    <message>
        <source>this is not valid YAML (%1); correct the syntax at this position.</source>
        <translation>ce n’est pas du YAML valide (%1)&#xa0;; corrigez la syntaxe à cet endroit.</translation>
    </message>
    <message>
        <source>a YAML inventory must be a mapping of groups; start it with “all:” followed by “hosts:”, “children:” or “vars:”.</source>
        <translation>un inventaire YAML doit être un mapping de groupes&#xa0;; commencez-le par «&#xa0;all:&#xa0;» suivi de «&#xa0;hosts:&#xa0;», «&#xa0;children:&#xa0;» ou «&#xa0;vars:&#xa0;».</translation>
    </message>
    <message>
        <source>this is the configuration of an inventory plugin, which Antler does not run; write the hosts as a YAML inventory starting with “all:”.</source>
        <translation>il s’agit de la configuration d’un plugin d’inventaire, qu’Antler n’exécute pas&#xa0;; écrivez les hôtes sous forme d’inventaire YAML commençant par «&#xa0;all:&#xa0;».</translation>
    </message>
    <message>
        <source>a group name must be text; write a name such as “all” or “web”.</source>
        <translation>un nom de groupe doit être du texte&#xa0;; écrivez un nom comme «&#xa0;all&#xa0;» ou «&#xa0;web&#xa0;».</translation>
    </message>
    <message>
        <source>this YAML cannot be read as an inventory (%1); correct it at this position.</source>
        <translation>ce YAML ne peut pas être lu comme un inventaire (%1)&#xa0;; corrigez-le à cet endroit.</translation>
    </message>
    <message>
        <source>the group “%1” must be a mapping with “hosts:”, “children:” or “vars:”; indent those keys under the group name.</source>
        <translation>le groupe «&#xa0;%1&#xa0;» doit être un mapping avec «&#xa0;hosts:&#xa0;», «&#xa0;children:&#xa0;» ou «&#xa0;vars:&#xa0;»&#xa0;; indentez ces clés sous le nom du groupe.</translation>
    </message>
    <message>
        <source>“%1” is not a valid group name; use letters, digits and underscores.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de groupe valide&#xa0;; utilisez des lettres, des chiffres et des tirets bas.</translation>
    </message>
    <message>
        <source>the group “%1” has the unknown key “%2”; use hosts, children or vars, or move “%2” under a group&apos;s hosts or children.</source>
        <translation>le groupe «&#xa0;%1&#xa0;» a la clé inconnue «&#xa0;%2&#xa0;»&#xa0;; utilisez hosts, children ou vars, ou déplacez «&#xa0;%2&#xa0;» sous les hosts ou children d’un groupe.</translation>
    </message>
    <message>
        <source>“%1” of the group “%2” must be a mapping, not a list or a single value; write one entry per line as “NAME:”.</source>
        <translation>«&#xa0;%1&#xa0;» du groupe «&#xa0;%2&#xa0;» doit être un mapping, pas une liste ni une valeur unique&#xa0;; écrivez une entrée par ligne sous la forme «&#xa0;NAME:&#xa0;».</translation>
    </message>
    <message>
        <source>making “%1” a child of “%2” makes a group its own ancestor; remove one of the two entries.</source>
        <translation>faire de «&#xa0;%1&#xa0;» un enfant de «&#xa0;%2&#xa0;» fait d’un groupe son propre ancêtre&#xa0;; supprimez l’une des deux entrées.</translation>
    </message>
    <message>
        <source>the variables of the host “%1” must be a mapping; write them as “KEY: VALUE” lines indented under the host, or leave the host empty.</source>
        <translation>les variables de l’hôte «&#xa0;%1&#xa0;» doivent être un mapping&#xa0;; écrivez-les en lignes «&#xa0;KEY: VALUE&#xa0;» indentées sous l’hôte, ou laissez l’hôte vide.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::ArtifactDigest</name>
    <message>
        <source>%1: cannot read this file of the artifact (%2).</source>
        <translation>%1&#xa0;: impossible de lire ce fichier de l’artefact (%2).</translation>
    </message>
    <message>
        <source>%1: cannot read this file of the artifact.</source>
        <translation>%1&#xa0;: impossible de lire ce fichier de l’artefact.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::BuildSources</name>
    <message>
        <source>cannot find the moosefacts program next to antler or on PATH; build it (ninja moosefacts) or name it with --moosefacts FILE.</source>
        <translation>programme moosefacts introuvable à côté d’antler ou dans le PATH&#xa0;; construisez-le (ninja moosefacts) ou indiquez-le avec --moosefacts FILE.</translation>
    </message>
    <message>
        <source>cannot find the frontend files (resources/frontend); name the folder with --frontend DIR.</source>
        <translation>fichiers du frontend introuvables (resources/frontend)&#xa0;; indiquez le dossier avec --frontend DIR.</translation>
    </message>
    <message>
        <source>cannot find the facts file (server/data/moose-facts.json); name it with --facts FILE.</source>
        <translation>fichier de faits introuvable (server/data/moose-facts.json)&#xa0;; indiquez-le avec --facts FILE.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::ConfigName</name>
    <message>
        <source>the built-in Local profile</source>
        <translation>le profil Local intégré</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::ContainerRuntime</name>
    <message>
        <source>The target cannot be reached.</source>
        <translation>La cible est injoignable.</translation>
    </message>
    <message>
        <source>%1 serves %2</source>
        <translation>%1 sert %2</translation>
    </message>
    <message>
        <source>%1 failed on %2 with exit code %3%4.</source>
        <translation>%1 a échoué sur %2 avec le code de sortie %3%4.</translation>
    </message>
    <message>
        <source>%1 on %2 did not finish: %3</source>
        <translation>%1 sur %2 ne s’est pas terminé&#xa0;: %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>waiting for %1 to serve %2</source>
        <translation>attente que %1 serve %2</translation>
    </message>
    <message>
        <source>stage %1 did not become healthy within %2 s: %3</source>
        <translation>l’étape %1 n’est pas devenue saine en %2 s&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::History</name>
    <message>
        <source>%1: cannot create the folder for the pipeline history; check the permissions.</source>
        <translation>%1&#xa0;: impossible de créer le dossier de l’historique du pipeline&#xa0;; vérifiez les droits.</translation>
    </message>
    <message>
        <source>%1: cannot open the pipeline history (%2); check that the file is writable.</source>
        <translation>%1&#xa0;: impossible d’ouvrir l’historique du pipeline (%2)&#xa0;; vérifiez que le fichier est accessible en écriture.</translation>
    </message>
    <message>
        <source>Antler stopped before this operation finished; check the stage with “antler status” and run it again if needed.</source>
        <translation>Antler s’est arrêté avant la fin de cette opération&#xa0;; vérifiez l’étape avec «&#xa0;antler status&#xa0;» et relancez-la si nécessaire.</translation>
    </message>
    <message>
        <source>%1: cannot record the %2 in the pipeline history (%3).</source>
        <translation>%1&#xa0;: impossible d’enregistrer l’opération %2 dans l’historique du pipeline (%3).</translation>
    </message>
    <message>
        <source>%1: cannot pin stage “%2” (%3).</source>
        <translation>%1&#xa0;: impossible d’épingler l’étape «&#xa0;%2&#xa0;» (%3).</translation>
    </message>
    <message>
        <source>%1: cannot unpin stage “%2” (%3).</source>
        <translation>%1&#xa0;: impossible de désépingler l’étape «&#xa0;%2&#xa0;» (%3).</translation>
    </message>
    <message>
        <source>%1: there is no pipeline history yet; the first build, rollout or pin creates it.</source>
        <translation>%1&#xa0;: il n’y a pas encore d’historique du pipeline&#xa0;; la première construction, le premier déploiement ou le premier épinglage le crée.</translation>
    </message>
    <message>
        <source>%1: cannot read the pipeline history (%2); the file is left as it is: restore it from a backup, or move it aside so that Antler starts a new one.</source>
        <translation>%1&#xa0;: impossible de lire l’historique du pipeline (%2)&#xa0;; le fichier est laissé tel quel&#xa0;: restaurez-le depuis une sauvegarde, ou déplacez-le pour qu’Antler en commence un nouveau.</translation>
    </message>
    <message>
        <source>%1: the disk holding the pipeline history is full; free some space and try again. Nothing recorded so far is lost.</source>
        <translation>%1&#xa0;: le disque contenant l’historique du pipeline est plein&#xa0;; libérez de l’espace et réessayez. Rien de ce qui a été enregistré jusqu’ici n’est perdu.</translation>
    </message>
    <message>
        <source>%1: cannot prepare the pipeline history (%2); check that the file and its folder are writable.</source>
        <translation>%1&#xa0;: impossible de préparer l’historique du pipeline (%2)&#xa0;; vérifiez que le fichier et son dossier sont accessibles en écriture.</translation>
    </message>
    <message>
        <source>%1: the pipeline history is damaged (it is not an SQLite database); the file is left as it is.</source>
        <translation>%1&#xa0;: l’historique du pipeline est endommagé (ce n’est pas une base de données SQLite)&#xa0;; le fichier est laissé tel quel.</translation>
    </message>
    <message>
        <source>%1: the pipeline history is damaged (%2); the file is left as it is.</source>
        <translation>%1&#xa0;: l’historique du pipeline est endommagé (%2)&#xa0;; le fichier est laissé tel quel.</translation>
    </message>
    <message>
        <source>%1: cannot rename the damaged pipeline history to %2; check the folder&apos;s permissions.</source>
        <translation>%1&#xa0;: impossible de renommer l’historique du pipeline endommagé en %2&#xa0;; vérifiez les droits du dossier.</translation>
    </message>
    <message>
        <source>%1: cannot record the %2: the disk holding the pipeline history is full; free some space and try again.</source>
        <translation>%1&#xa0;: impossible d’enregistrer l’opération %2&#xa0;: le disque contenant l’historique du pipeline est plein&#xa0;; libérez de l’espace et réessayez.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::ImageBuilder</name>
    <message>
        <source>%1 cannot be copied into the build context; check that it exists and is readable.</source>
        <translation>impossible de copier %1 dans le contexte de construction&#xa0;; vérifiez qu’il existe et est accessible en lecture.</translation>
    </message>
    <message>
        <source>The source folder %1 does not exist; build from an Antler source tree.</source>
        <translation>Le dossier source %1 n’existe pas&#xa0;; construisez à partir d’une arborescence source d’Antler.</translation>
    </message>
    <message>
        <source>%1 failed on %2 with exit code %3%4; the build log above says why, nothing deployed was changed.</source>
        <translation>%1 a échoué sur %2 avec le code de sortie %3%4&#xa0;; le journal de construction ci-dessus en donne la raison, rien de ce qui est déployé n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 on %2 did not finish: %3</source>
        <translation>%1 sur %2 ne s’est pas terminé&#xa0;: %3</translation>
    </message>
    <message>
        <source>building images of %1 (build %2) on %3</source>
        <translation>construction des images de %1 (construction %2) sur %3</translation>
    </message>
    <message>
        <source>No transport to the build target; check the target in antler.yaml.</source>
        <translation>Aucun transport vers la cible de construction&#xa0;; vérifiez la cible dans antler.yaml.</translation>
    </message>
    <message>
        <source>No registry is configured, so the images could not be pushed anywhere; set registry: HOST:PORT in antler.yaml.</source>
        <translation>Aucun registre n’est configuré, les images n’ont donc pu être poussées nulle part&#xa0;; définissez registry: HOST:PORT dans antler.yaml.</translation>
    </message>
    <message>
        <source>No temporary folder for the build context could be made (%1); free some space in the temporary folder.</source>
        <translation>Impossible de créer un dossier temporaire pour le contexte de construction (%1)&#xa0;; libérez de l’espace dans le dossier temporaire.</translation>
    </message>
    <message>
        <source>preparing the build context from %1</source>
        <translation>préparation du contexte de construction à partir de %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>The build context could not be packed with tar (%1); check the temporary folder.</source>
        <translation>Impossible d’empaqueter le contexte de construction avec tar (%1)&#xa0;; vérifiez le dossier temporaire.</translation>
    </message>
    <message>
        <source>tar could not be started to pack the build context; install tar.</source>
        <translation>impossible de lancer tar pour empaqueter le contexte de construction&#xa0;; installez tar.</translation>
    </message>
    <message>
        <source>making a build folder on %1</source>
        <translation>création d’un dossier de construction sur %1</translation>
    </message>
    <message>
        <source>mktemp</source>
        <translation>mktemp</translation>
    </message>
    <message>
        <source>Making a build folder in %1</source>
        <translation>Création d’un dossier de construction dans %1</translation>
    </message>
    <message>
        <source>uploading the build context (%1 KiB) to %2:%3</source>
        <translation>envoi du contexte de construction (%1 Kio) vers %2:%3</translation>
    </message>
    <message>
        <source>The build context could not be uploaded: %1</source>
        <translation>Impossible d’envoyer le contexte de construction&#xa0;: %1</translation>
    </message>
    <message>
        <source>compiling moosefacts natively on %1</source>
        <translation>compilation native de moosefacts sur %1</translation>
    </message>
    <message>
        <source>compile</source>
        <translation>compilation</translation>
    </message>
    <message>
        <source>Compiling moosefacts</source>
        <translation>Compilation de moosefacts</translation>
    </message>
    <message>
        <source>building and pushing the images %1/moosefacts:%2 and %1/moosefacts-frontend:%2</source>
        <translation>construction et envoi des images %1/moosefacts:%2 et %1/moosefacts-frontend:%2</translation>
    </message>
    <message>
        <source>image build</source>
        <translation>construction des images</translation>
    </message>
    <message>
        <source>Building and pushing the images</source>
        <translation>Construction et envoi des images</translation>
    </message>
    <message>
        <source>The images were built on %1 but their digests could not be read back from the push; see the build log.</source>
        <translation>Les images ont été construites sur %1, mais leurs digests n’ont pas pu être relus depuis l’envoi&#xa0;; consultez le journal de construction.</translation>
    </message>
    <message>
        <source>removing the build folder</source>
        <translation>suppression du dossier de construction</translation>
    </message>
    <message>
        <source>warning: the build folder %1 on %2 could not be removed: %3</source>
        <translation>avertissement&#xa0;: le dossier de construction %1 sur %2 n’a pas pu être supprimé&#xa0;: %3</translation>
    </message>
    <message>
        <source>built %1 in %2 s</source>
        <translation>%1 construit en %2 s</translation>
    </message>
    <message>
        <source>The registry %1 did not take %2 (%3); check that it runs and answers on %1 (the registry in antler.yaml), then build again. Nothing was released, promoted or deployed.</source>
        <translation>Le registre %1 n’a pas accepté %2 (%3)&#xa0;; vérifiez qu’il fonctionne et répond sur %1 (le registre dans antler.yaml), puis relancez la construction. Rien n’a été publié, promu ni déployé.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::KubernetesRuntime</name>
    <message>
        <source>rolling %1 out to %2 with kubectl apply</source>
        <translation>déploiement de %1 sur %2 avec kubectl apply</translation>
    </message>
    <message>
        <source>The target cannot be reached: %1</source>
        <translation>La cible est injoignable&#xa0;: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>kubectl apply in namespace %1</source>
        <translation>kubectl apply dans le namespace %1</translation>
    </message>
    <message>
        <source>stage %1: %2</source>
        <translation>étape %1&#xa0;: %2</translation>
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
        <translation>étape %1&#xa0;: le déploiement de %2 ne s’est pas achevé&#xa0;: %3</translation>
    </message>
    <message>
        <source>kubectl rollout status</source>
        <translation>kubectl rollout status</translation>
    </message>
    <message>
        <source>The target cannot be reached.</source>
        <translation>La cible est injoignable.</translation>
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
        <translation>kubectl get pods n’a affiché aucun objet JSON&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::LocalRuntime</name>
    <message>
        <source>copied %1 frontend files from %2</source>
        <translation>%1 fichiers du frontend copiés depuis %2</translation>
    </message>
    <message>
        <source>%1: there is no moosefacts program here; build it (ninja moosefacts) or name it with --moosefacts FILE.</source>
        <translation>%1&#xa0;: aucun programme moosefacts ici&#xa0;; construisez-le (ninja moosefacts) ou indiquez-le avec --moosefacts FILE.</translation>
    </message>
    <message>
        <source>%1: the frontend folder does not exist; name it with --frontend DIR.</source>
        <translation>%1&#xa0;: le dossier du frontend n’existe pas&#xa0;; indiquez-le avec --frontend DIR.</translation>
    </message>
    <message>
        <source>%1: the facts file does not exist; name it with --facts FILE.</source>
        <translation>%1&#xa0;: le fichier de faits n’existe pas&#xa0;; indiquez-le avec --facts FILE.</translation>
    </message>
    <message>
        <source>%1: cannot create the artifact folder; check the permissions.</source>
        <translation>%1&#xa0;: impossible de créer le dossier d’artefact&#xa0;; vérifiez les droits.</translation>
    </message>
    <message>
        <source>copied moosefacts (%1 bytes) from %2</source>
        <translation>moosefacts (%1 octets) copié depuis %2</translation>
    </message>
    <message>
        <source>copied the facts from %1</source>
        <translation>faits copiés depuis %1</translation>
    </message>
    <message>
        <source>the artifact %1 exists already with the same content</source>
        <translation>l’artefact %1 existe déjà avec le même contenu</translation>
    </message>
    <message>
        <source>%1: cannot move the artifact into place.</source>
        <translation>%1&#xa0;: impossible de mettre l’artefact en place.</translation>
    </message>
    <message>
        <source>stored the artifact as %1</source>
        <translation>artefact enregistré sous %1</translation>
    </message>
    <message>
        <source>rolling %1 out to %2 (%3)</source>
        <translation>déploiement de %1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>there is no artifact for %1 in %2; build it first with “antler pipeline build”.</source>
        <translation>il n’y a pas d’artefact pour %1 dans %2&#xa0;; construisez-le d’abord avec «&#xa0;antler pipeline build&#xa0;».</translation>
    </message>
    <message>
        <source>%1: cannot create the stage folder; check the permissions.</source>
        <translation>%1&#xa0;: impossible de créer le dossier de l’étape&#xa0;; vérifiez les droits.</translation>
    </message>
    <message>
        <source>another rollout to %1 is running (antler process %2); wait for it to finish.</source>
        <translation>un autre déploiement vers %1 est en cours (processus antler %2)&#xa0;; attendez qu’il se termine.</translation>
    </message>
    <message>
        <source>stopping moosefacts %1, left over from an interrupted rollout</source>
        <translation>arrêt de moosefacts %1, resté d’un déploiement interrompu</translation>
    </message>
    <message>
        <source>cannot start %1 (%2).</source>
        <translation>impossible de lancer %1 (%2).</translation>
    </message>
    <message>
        <source>started moosefacts %1 from %2</source>
        <translation>moosefacts %1 lancé depuis %2</translation>
    </message>
    <message>
        <source>the rollout was cancelled</source>
        <translation>le déploiement a été annulé</translation>
    </message>
    <message>
        <source>moosefacts of %1 exited before it was ready: %2</source>
        <translation>moosefacts de %1 s’est arrêté avant d’être prêt&#xa0;: %2</translation>
    </message>
    <message>
        <source>moosefacts of %1 did not start within %2 s</source>
        <translation>moosefacts de %1 n’a pas démarré en %2 s</translation>
    </message>
    <message>
        <source>checking the new release on its private port %1</source>
        <translation>vérification de la nouvelle version sur son port privé %1</translation>
    </message>
    <message>
        <source>moosefacts exited: %1</source>
        <translation>moosefacts s’est arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>the new release failed its health check: %1</source>
        <translation>la nouvelle version a échoué à son contrôle de santé&#xa0;: %1</translation>
    </message>
    <message>
        <source>took the listening socket of %1:%2 from moosefacts %3</source>
        <translation>socket d’écoute de %1:%2 repris de moosefacts %3</translation>
    </message>
    <message>
        <source>opened %1:%2 for the stage</source>
        <translation>%1:%2 ouvert pour l’étape</translation>
    </message>
    <message>
        <source>moosefacts %1 now serves %2:%3</source>
        <translation>moosefacts %1 sert maintenant %2:%3</translation>
    </message>
    <message>
        <source>draining the previous moosefacts %1 (%2)</source>
        <translation>vidange du moosefacts précédent %1 (%2)</translation>
    </message>
    <message>
        <source>the previous moosefacts %1 has stopped</source>
        <translation>le moosefacts précédent %1 s’est arrêté</translation>
    </message>
    <message>
        <source>checking %1</source>
        <translation>vérification de %1</translation>
    </message>
    <message>
        <source>the stage failed its health check after the switch: %1</source>
        <translation>l’étape a échoué à son contrôle de santé après la bascule&#xa0;: %1</translation>
    </message>
    <message>
        <source>the previous release %1 keeps serving</source>
        <translation>la version précédente %1 continue de servir</translation>
    </message>
    <message>
        <source>building a local artifact in %1</source>
        <translation>construction d’un artefact local dans %1</translation>
    </message>
    <message>
        <source>stopping moosefacts %1</source>
        <translation>arrêt de moosefacts %1</translation>
    </message>
    <message>
        <source>%1: cannot copy %2 into the artifact: the disk holding %3 is full; free some space and build again.</source>
        <translation>%1&#xa0;: impossible de copier %2 dans l’artefact&#xa0;: le disque contenant %3 est plein&#xa0;; libérez de l’espace et reconstruisez.</translation>
    </message>
    <message>
        <source>%1: cannot copy %2 into the artifact; check the permissions of %3.</source>
        <translation>%1&#xa0;: impossible de copier %2 dans l’artefact&#xa0;; vérifiez les droits de %3.</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>ce fichier</translation>
    </message>
    <message>
        <source>the facts</source>
        <translation>les facts</translation>
    </message>
    <message>
        <source>removed %1, left by a build that did not finish</source>
        <translation>%1 supprimé, laissé par une construction qui n’a pas abouti</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::ManifestRenderer</name>
    <message>
        <source>The manifest template %1 cannot be read (%2); reinstall Antler or check the manifests folder.</source>
        <translation>Impossible de lire le modèle de manifeste %1 (%2)&#xa0;; réinstallez Antler ou vérifiez le dossier manifests.</translation>
    </message>
    <message>
        <source>The frontend&apos;s nginx.conf in %1 lacks &quot;%2&quot; or &quot;%3&quot;, which the manifests rewrite for each stage; restore them.</source>
        <translation>Le nginx.conf du frontend dans %1 ne contient pas &quot;%2&quot; ou &quot;%3&quot;, que les manifestes réécrivent pour chaque étape&#xa0;; rétablissez-les.</translation>
    </message>
    <message>
        <source>%1:%2:%3: unknown placeholder {{%4}} in the manifest template.</source>
        <translation>%1:%2:%3&#xa0;: espace réservé inconnu {{%4}} dans le modèle de manifeste.</translation>
    </message>
    <message>
        <source>%1:%2:%3: {{%4}} takes several lines and must stand alone on its line in the manifest template.</source>
        <translation>%1:%2:%3&#xa0;: {{%4}} s’étend sur plusieurs lignes et doit être seul sur sa ligne dans le modèle de manifeste.</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <source>%1: the release digest &quot;%2&quot; is not sha256: and 64 hex digits; deploy a digest from antler pipeline history.</source>
        <translation>%1&#xa0;: le digest de version &quot;%2&quot; n’est pas sha256: suivi de 64 chiffres hexadécimaux&#xa0;; déployez un digest issu de antler pipeline history.</translation>
    </message>
    <message>
        <source>%1: the release %2 names no image by digest for %3 (&quot;%4&quot;); deploy a release built for a container runtime (REGISTRY/NAME@sha256:…).</source>
        <translation>%1&#xa0;: la version %2 ne désigne aucune image par digest pour %3 (&quot;%4&quot;)&#xa0;; déployez une version construite pour un environnement de conteneurs (REGISTRY/NAME@sha256:…).</translation>
    </message>
    <message>
        <source>%1: cpu &quot;%2&quot; is not a Kubernetes quantity; write e.g. 500m or 1.</source>
        <translation>%1&#xa0;: cpu &quot;%2&quot; n’est pas une quantité Kubernetes&#xa0;; écrivez par exemple 500m ou 1.</translation>
    </message>
    <message>
        <source>%1: memory &quot;%2&quot; is not a Kubernetes quantity; write e.g. 128Mi or 1Gi.</source>
        <translation>%1&#xa0;: memory &quot;%2&quot; n’est pas une quantité Kubernetes&#xa0;; écrivez par exemple 128Mi ou 1Gi.</translation>
    </message>
    <message>
        <source>%1: port %2 is outside the Kubernetes NodePort range %3-%4; set the stage&apos;s port in antler.yaml to one in that range for the kubernetes runtime.</source>
        <translation>%1&#xa0;: le port %2 est hors de la plage NodePort de Kubernetes %3-%4&#xa0;; pour l’environnement kubernetes, donnez au port de l’étape dans antler.yaml une valeur de cette plage.</translation>
    </message>
    <message>
        <source>%1: the backend port %2 is the port nginx listens on in the frontend container; choose another backend port in antler.yaml.</source>
        <translation>%1&#xa0;: le port du backend %2 est celui sur lequel nginx écoute dans le conteneur du frontend&#xa0;; choisissez un autre port de backend dans antler.yaml.</translation>
    </message>
    <message>
        <source>%1: podman ignores the Namespace and the Services of the manifests; the pod %2 carries the stage, and the frontend answers on hostPort %3 instead of a NodePort.</source>
        <translation>%1&#xa0;: podman ignore le Namespace et les Services des manifestes&#xa0;; le pod %2 porte l’étape, et le frontend répond sur le hostPort %3 au lieu d’un NodePort.</translation>
    </message>
    <message>
        <source>%1: podman runs the backend and the frontend in one pod without the HTTP liveness/readiness probes; Antler checks /healthz, /readyz and /version through the frontend itself.</source>
        <translation>%1&#xa0;: podman exécute le backend et le frontend dans un seul pod sans les sondes HTTP liveness/readiness&#xa0;; Antler vérifie lui-même /healthz, /readyz et /version via le frontend.</translation>
    </message>
    <message>
        <source>%1: podman runs 1 replica, not the %2 in antler.yaml (every replica would need the same hostPort).</source>
        <translation>%1&#xa0;: podman exécute 1 réplica, pas les %2 d’antler.yaml (chaque réplica aurait besoin du même hostPort).</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::Operation</name>
    <message>
        <source>waiting for the stage’s previous operation to finish</source>
        <translation>attente de la fin de l’opération précédente de l’étape</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Construire</translation>
    </message>
    <message>
        <source>Deploy to %1</source>
        <translation>Déployer sur %1</translation>
    </message>
    <message>
        <source>Promote %1 → %2</source>
        <translation>Promouvoir %1 → %2</translation>
    </message>
    <message>
        <source>Roll back %1</source>
        <translation>Revenir en arrière sur %1</translation>
    </message>
    <message>
        <source>Pin %1</source>
        <translation>Épingler %1</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>Désépingler %1</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>Arrêter %1</translation>
    </message>
    <message>
        <source>cancelling…</source>
        <translation>annulation…</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Exécuter %1</translation>
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
        <translation>«&#xa0;%1&#xa0;» a été annulée avant de démarrer&#xa0;; rien n’a changé.</translation>
    </message>
    <message>
        <source>The playbook was not run: %1</source>
        <translation>Le playbook n’a pas été exécuté&#xa0;: %1</translation>
    </message>
    <message>
        <source>The run was cancelled; the commands running on every host were stopped.</source>
        <translation>L’exécution a été annulée&#xa0;; les commandes en cours sur chaque hôte ont été arrêtées.</translation>
    </message>
    <message numerus="yes">
        <source>Every task finished on %n host(s).</source>
        <translation>
            <numerusform>Chaque tâche s’est terminée sur %n hôte.</numerusform>
            <numerusform>Chaque tâche s’est terminée sur %n hôtes.</numerusform>
        </translation>
    </message>
    <message>
        <source>failed on %1</source>
        <translation>échec sur %1</translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation>%1 injoignable</translation>
    </message>
    <message>
        <source>The playbook ended with exit code %1.</source>
        <translation>Le playbook s’est terminé avec le code de sortie %1.</translation>
    </message>
    <message>
        <source>The playbook %1.</source>
        <translation>Le playbook %1.</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>%1 en cours</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>, limit %1</source>
        <translation>, limité à %1</translation>
    </message>
    <message>
        <source>, tags %1</source>
        <translation>, tags %1</translation>
    </message>
    <message>
        <source>, skip tags %1</source>
        <translation>, tags ignorés %1</translation>
    </message>
    <message>
        <source>, check mode</source>
        <translation>, mode vérification</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::PipelineConfig</name>
    <message>
        <source>unknown key “%1”; use one of: %2.</source>
        <translation>clé inconnue «&#xa0;%1&#xa0;»&#xa0;; utilisez l’une de celles-ci&#xa0;: %2.</translation>
    </message>
    <message>
        <source>the key “%1” appears twice, first on line %2; keep only one of them.</source>
        <translation>la clé «&#xa0;%1&#xa0;» apparaît deux fois, d’abord à la ligne %2&#xa0;; n’en gardez qu’une.</translation>
    </message>
    <message>
        <source>the key “%1” has no value; write its value after the colon on the same line.</source>
        <translation>la clé «&#xa0;%1&#xa0;» n’a pas de valeur&#xa0;; écrivez sa valeur après les deux-points, sur la même ligne.</translation>
    </message>
    <message>
        <source>the value of “%1” must be a single value, not a list or a mapping; write it on the same line as the key.</source>
        <translation>la valeur de «&#xa0;%1&#xa0;» doit être une valeur simple, pas une liste ni un dictionnaire&#xa0;; écrivez-la sur la même ligne que la clé.</translation>
    </message>
    <message>
        <source>the pipeline configuration is empty; add “stages:” with one entry per stage.</source>
        <translation>la configuration du pipeline est vide&#xa0;; ajoutez «&#xa0;stages:&#xa0;» avec une entrée par étape.</translation>
    </message>
    <message>
        <source>the pipeline configuration is not a mapping of keys; start it with “stages:” followed by the list of stages.</source>
        <translation>la configuration du pipeline n’est pas un dictionnaire de clés&#xa0;; commencez-la par «&#xa0;stages:&#xa0;» suivi de la liste des étapes.</translation>
    </message>
    <message>
        <source>version “%1” is not supported; this Antler reads version %2, so write “version: %2”.</source>
        <translation>la version «&#xa0;%1&#xa0;» n’est pas prise en charge&#xa0;; cet Antler lit la version %2, écrivez donc «&#xa0;version: %2&#xa0;».</translation>
    </message>
    <message>
        <source>the registry “%1” is neither “none” nor HOST:PORT; write “registry: none” or the registry&apos;s address, such as 192.168.1.20:5000.</source>
        <translation>le registre «&#xa0;%1&#xa0;» n’est ni «&#xa0;none&#xa0;» ni HOST:PORT&#xa0;; écrivez «&#xa0;registry: none&#xa0;» ou l’adresse du registre, par exemple 192.168.1.20:5000.</translation>
    </message>
    <message>
        <source>the list “stages” is missing; add “stages:” with one entry per stage, such as test, staging and production.</source>
        <translation>la liste «&#xa0;stages&#xa0;» manque&#xa0;; ajoutez «&#xa0;stages:&#xa0;» avec une entrée par étape, par exemple test, staging et production.</translation>
    </message>
    <message>
        <source>“stages” must be a list with at least one stage; write each stage as an entry starting with “- name:”.</source>
        <translation>«&#xa0;stages&#xa0;» doit être une liste d’au moins une étape&#xa0;; écrivez chaque étape comme une entrée commençant par «&#xa0;- name:&#xa0;».</translation>
    </message>
    <message>
        <source>stage “%1” uses %2, which stage “%3” already uses; give each stage its own port.</source>
        <translation>l’étape «&#xa0;%1&#xa0;» utilise %2, déjà utilisé par l’étape «&#xa0;%3&#xa0;»&#xa0;; donnez à chaque étape son propre port.</translation>
    </message>
    <message>
        <source>this stage is not a mapping of keys; write it as “- name: test” followed by its runtime, host and port.</source>
        <translation>cette étape n’est pas un dictionnaire de clés&#xa0;; écrivez-la sous la forme «&#xa0;- name: test&#xa0;» suivie de son environnement, de son hôte et de son port.</translation>
    </message>
    <message>
        <source>this stage has no name; add “name:” with a lowercase name such as test.</source>
        <translation>cette étape n’a pas de nom&#xa0;; ajoutez «&#xa0;name:&#xa0;» avec un nom en minuscules comme test.</translation>
    </message>
    <message>
        <source>the stage name “%1” is not valid; use lowercase letters, digits and hyphens, starting with a letter, at most 63 characters.</source>
        <translation>le nom d’étape «&#xa0;%1&#xa0;» n’est pas valide&#xa0;; utilisez des minuscules, des chiffres et des traits d’union, en commençant par une lettre, 63 caractères au plus.</translation>
    </message>
    <message>
        <source>the stage name “%1” is already used on line %2; give every stage its own name.</source>
        <translation>le nom d’étape «&#xa0;%1&#xa0;» est déjà utilisé à la ligne %2&#xa0;; donnez à chaque étape son propre nom.</translation>
    </message>
    <message>
        <source>stage “%1” has no host; add “host:” with the address the stage answers on, such as 127.0.0.1.</source>
        <translation>l’étape «&#xa0;%1&#xa0;» n’a pas d’hôte&#xa0;; ajoutez «&#xa0;host:&#xa0;» avec l’adresse à laquelle l’étape répond, par exemple 127.0.0.1.</translation>
    </message>
    <message>
        <source>the host “%1” of stage “%2” is not a host name or address; use a name such as raspberrypi.local or an address such as 127.0.0.1.</source>
        <translation>l’hôte «&#xa0;%1&#xa0;» de l’étape «&#xa0;%2&#xa0;» n’est ni un nom d’hôte ni une adresse&#xa0;; utilisez un nom comme raspberrypi.local ou une adresse comme 127.0.0.1.</translation>
    </message>
    <message>
        <source>stage “%1” has no port; add “port:” with a free port from 1 to 65535.</source>
        <translation>l’étape «&#xa0;%1&#xa0;» n’a pas de port&#xa0;; ajoutez «&#xa0;port:&#xa0;» avec un port libre entre 1 et 65535.</translation>
    </message>
    <message>
        <source>the port “%1” of stage “%2” is not a number from 1 to 65535; use a free port in that range.</source>
        <translation>le port «&#xa0;%1&#xa0;» de l’étape «&#xa0;%2&#xa0;» n’est pas un nombre entre 1 et 65535&#xa0;; utilisez un port libre dans cet intervalle.</translation>
    </message>
    <message>
        <source>the namespace “%1” of stage “%2” is not valid; use lowercase letters, digits and hyphens, starting with a letter, at most 63 characters.</source>
        <translation>l’espace de noms «&#xa0;%1&#xa0;» de l’étape «&#xa0;%2&#xa0;» n’est pas valide&#xa0;; utilisez des minuscules, des chiffres et des traits d’union, en commençant par une lettre, 63 caractères au plus.</translation>
    </message>
    <message>
        <source>the replica count “%1” of stage “%2” is not a number from 1 to 100; use 1 unless the stage runs on a Kubernetes cluster.</source>
        <translation>le nombre de répliques «&#xa0;%1&#xa0;» de l’étape «&#xa0;%2&#xa0;» n’est pas un nombre entre 1 et 100&#xa0;; utilisez 1, sauf si l’étape tourne sur une grappe Kubernetes.</translation>
    </message>
    <message>
        <source>cannot read the pipeline configuration (%1); check that the file exists and is readable.</source>
        <translation>impossible de lire la configuration du pipeline (%1)&#xa0;; vérifiez que le fichier existe et est lisible.</translation>
    </message>
    <message>
        <source>this is not valid YAML (%1); correct the syntax at this position.</source>
        <translation>ce n’est pas du YAML valide (%1)&#xa0;; corrigez la syntaxe à cet endroit.</translation>
    </message>
    <message>
        <source>the target “%1” is not a host name; write localhost or the name of a host in the inventory, such as raspberrypi.</source>
        <translation>la cible «&#xa0;%1&#xa0;» n’est pas un nom d’hôte&#xa0;; écrivez localhost ou le nom d’un hôte de l’inventaire, comme raspberrypi.</translation>
    </message>
    <message>
        <source>the target “%1” needs an inventory to be reached through; add “inventory:” with the inventory file that lists it.</source>
        <translation>la cible «&#xa0;%1&#xa0;» a besoin d’un inventaire par lequel être jointe&#xa0;; ajoutez «&#xa0;inventory:&#xa0;» avec le fichier d’inventaire qui la liste.</translation>
    </message>
    <message>
        <source>“components” must be a list; write each component as an entry starting with “- name:”, or leave the key out for moosefacts and its frontend.</source>
        <translation>«&#xa0;components&#xa0;» doit être une liste&#xa0;; écrivez chaque composant comme une entrée commençant par «&#xa0;- name:&#xa0;», ou omettez la clé pour moosefacts et son frontend.</translation>
    </message>
    <message>
        <source>this component is not a mapping of keys; write it as “- name: moosefacts” followed by its kind.</source>
        <translation>ce composant n’est pas un mapping de clés&#xa0;; écrivez-le sous la forme «&#xa0;- name: moosefacts&#xa0;» suivi de son type.</translation>
    </message>
    <message>
        <source>this component needs “name:” and “kind:” (backend or frontend); add the missing one.</source>
        <translation>ce composant a besoin de «&#xa0;name:&#xa0;» et de «&#xa0;kind:&#xa0;» (backend ou frontend)&#xa0;; ajoutez celui qui manque.</translation>
    </message>
    <message>
        <source>the component name “%1” is not valid; use lowercase letters, digits and hyphens, starting with a letter.</source>
        <translation>le nom de composant «&#xa0;%1&#xa0;» n’est pas valide&#xa0;; utilisez des minuscules, des chiffres et des traits d’union, en commençant par une lettre.</translation>
    </message>
    <message>
        <source>the component kind “%1” is unknown; use backend or frontend.</source>
        <translation>le type de composant «&#xa0;%1&#xa0;» est inconnu&#xa0;; utilisez backend ou frontend.</translation>
    </message>
    <message>
        <source>the component “%1” is listed twice; keep one of them.</source>
        <translation>le composant «&#xa0;%1&#xa0;» est listé deux fois&#xa0;; n’en gardez qu’un.</translation>
    </message>
    <message>
        <source>the pod name “%1” of stage “%2” is not valid; use lowercase letters, digits and hyphens, starting with a letter.</source>
        <translation>le nom de pod «&#xa0;%1&#xa0;» de l’étape «&#xa0;%2&#xa0;» n’est pas valide&#xa0;; utilisez des minuscules, des chiffres et des traits d’union, en commençant par une lettre.</translation>
    </message>
    <message>
        <source>the backend port “%1” of stage “%2” is not a number from 1 to 65535; use the port moosefacts listens on, such as 8080.</source>
        <translation>le port de backend «&#xa0;%1&#xa0;» de l’étape «&#xa0;%2&#xa0;» n’est pas un nombre entre 1 et 65535&#xa0;; utilisez le port sur lequel moosefacts écoute, comme 8080.</translation>
    </message>
    <message>
        <source>the rollout timeout “%1” of stage “%2” is not a duration from 1 s to 1 h; write seconds, or a number with s, m or h, such as 90s.</source>
        <translation>le délai de déploiement «&#xa0;%1&#xa0;» de l’étape «&#xa0;%2&#xa0;» n’est pas une durée de 1 s à 1 h&#xa0;; écrivez des secondes, ou un nombre suivi de s, m ou h, comme 90s.</translation>
    </message>
    <message>
        <source>“resources” of stage “%1” must be a mapping; write “resources: {cpu: 250m, memory: 128Mi}”.</source>
        <translation>«&#xa0;resources&#xa0;» de l’étape «&#xa0;%1&#xa0;» doit être un mapping&#xa0;; écrivez «&#xa0;resources: {cpu: 250m, memory: 128Mi}&#xa0;».</translation>
    </message>
    <message>
        <source>the %1 “%2” of stage “%3” is not a Kubernetes quantity; write one such as 250m or 0.5 for cpu, 128Mi for memory.</source>
        <translation>la valeur %1 «&#xa0;%2&#xa0;» de l’étape «&#xa0;%3&#xa0;» n’est pas une quantité Kubernetes&#xa0;; écrivez par exemple 250m ou 0.5 pour cpu, 128Mi pour memory.</translation>
    </message>
    <message>
        <source>“gate” of stage “%1” must be a mapping; write “gate: {soak: 10m, confirm: true}”.</source>
        <translation>«&#xa0;gate&#xa0;» de l’étape «&#xa0;%1&#xa0;» doit être un mapping&#xa0;; écrivez «&#xa0;gate: {soak: 10m, confirm: true}&#xa0;».</translation>
    </message>
    <message>
        <source>the soak time “%1” of stage “%2” is not a duration; write seconds, or a number with s, m or h, such as 10m.</source>
        <translation>la période d’observation «&#xa0;%1&#xa0;» de l’étape «&#xa0;%2&#xa0;» n’est pas une durée&#xa0;; écrivez des secondes, ou un nombre suivi de s, m ou h, comme 10m.</translation>
    </message>
    <message>
        <source>“confirm” of stage “%1” is “%2”; write true or false.</source>
        <translation>«&#xa0;confirm&#xa0;» de l’étape «&#xa0;%1&#xa0;» vaut «&#xa0;%2&#xa0;»&#xa0;; écrivez true ou false.</translation>
    </message>
    <message>
        <source>the runtime “%1” is unknown; use %2.</source>
        <translation>le runtime «&#xa0;%1&#xa0;» est inconnu&#xa0;; utilisez %2.</translation>
    </message>
    <message>
        <source>stage “%1” has no runtime; add “runtime:” with %2.</source>
        <translation>l’étape «&#xa0;%1&#xa0;» n’a pas de runtime&#xa0;; ajoutez «&#xa0;runtime:&#xa0;» avec %2.</translation>
    </message>
    <message>
        <source>stage “%1” has the unknown runtime “%2”; use %3.</source>
        <translation>l’étape «&#xa0;%1&#xa0;» a le runtime inconnu «&#xa0;%2&#xa0;»&#xa0;; utilisez %3.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::PipelineController</name>
    <message>
        <source>the pipeline has no stages; add them to antler.yaml.</source>
        <translation>le pipeline n’a aucune étape&#xa0;; ajoutez-les dans antler.yaml.</translation>
    </message>
    <message>
        <source>build %1 of commit %2</source>
        <translation>construction %1 du commit %2</translation>
    </message>
    <message>
        <source>built %1</source>
        <translation>%1 construit</translation>
    </message>
    <message>
        <source>the build failed: %1</source>
        <translation>la construction a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 vers %2</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 de %2 vers %3</translation>
    </message>
    <message>
        <source>%1 runs %2 (%3)</source>
        <translation>%1 exécute %2 (%3)</translation>
    </message>
    <message>
        <source>the rollout of %1 to %2 failed: %3</source>
        <translation>le déploiement de %1 sur %2 a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>automatic rollback: the rollout of %1 failed: %2</source>
        <translation>retour arrière automatique&#xa0;: le déploiement de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>rolling %1 back to %2 because %3</source>
        <translation>retour de %1 à %2, car %3</translation>
    </message>
    <message>
        <source>the rollout of %1 to %2 failed (%3); %2 is back on %4.</source>
        <translation>le déploiement de %1 sur %2 a échoué (%3)&#xa0;; %2 est revenue à %4.</translation>
    </message>
    <message>
        <source>the rollout of %1 to %2 failed (%3), and so did the rollback to %4 (%5); check the stage with “antler status”.</source>
        <translation>le déploiement de %1 sur %2 a échoué (%3), de même que le retour à %4 (%5)&#xa0;; vérifiez l’étape avec «&#xa0;antler status&#xa0;».</translation>
    </message>
    <message>
        <source>there is no stage “%1” in %2; use one of its stages.</source>
        <translation>il n’y a pas d’étape «&#xa0;%1&#xa0;» dans %2&#xa0;; utilisez l’une de ses étapes.</translation>
    </message>
    <message>
        <source>nothing has been built yet; run “antler pipeline build” first.</source>
        <translation>rien n’a encore été construit&#xa0;; lancez d’abord «&#xa0;antler pipeline build&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a digest; give sha256: followed by 64 hex digits, as “antler pipeline history” shows.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un digest&#xa0;; donnez sha256: suivi de 64 chiffres hexadécimaux, comme les affiche «&#xa0;antler pipeline history&#xa0;».</translation>
    </message>
    <message>
        <source>stage %1 is pinned to %2 (%3); run “antler pipeline unpin %1” first.</source>
        <translation>l’étape %1 est épinglée sur %2 (%3)&#xa0;; lancez d’abord «&#xa0;antler pipeline unpin %1&#xa0;».</translation>
    </message>
    <message>
        <source>a stage cannot be promoted to itself; name the next stage, such as “promote %1 %2”.</source>
        <translation>une étape ne peut pas être promue vers elle-même&#xa0;; indiquez l’étape suivante, comme «&#xa0;promote %1 %2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 runs no release yet; deploy one there first.</source>
        <translation>%1 n’exécute encore aucune version&#xa0;; déployez-en d’abord une.</translation>
    </message>
    <message>
        <source>%1 is pinned to %2 (%3); run “antler pipeline unpin %1” first.</source>
        <translation>%1 est épinglée sur %2 (%3)&#xa0;; lancez d’abord «&#xa0;antler pipeline unpin %1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 already runs %2; there is nothing to promote.</source>
        <translation>%1 exécute déjà %2&#xa0;; il n’y a rien à promouvoir.</translation>
    </message>
    <message>
        <source>%1 has run %2 for %3 s of the %4 s soak time that %5 requires; promote again in %6 s.</source>
        <translation>%1 exécute %2 depuis %3 s sur les %4 s de période d’observation qu’exige %5&#xa0;; relancez la promotion dans %6 s.</translation>
    </message>
    <message>
        <source>promoting to %1 needs confirmation; run it again with --yes.</source>
        <translation>la promotion vers %1 exige une confirmation&#xa0;; relancez-la avec --yes.</translation>
    </message>
    <message>
        <source>checking that %1 serves %2 healthily</source>
        <translation>vérification que %1 sert %2 en bonne santé</translation>
    </message>
    <message>
        <source>%1 is not healthy on %2: %3; fix or roll it back before promoting.</source>
        <translation>%1 n’est pas en bonne santé sur %2&#xa0;: %3&#xa0;; corrigez-la ou revenez en arrière avant de promouvoir.</translation>
    </message>
    <message>
        <source>%1 has no previous release to roll back to.</source>
        <translation>%1 n’a aucune version précédente à laquelle revenir.</translation>
    </message>
    <message>
        <source>rolled back by %1</source>
        <translation>retour arrière par %1</translation>
    </message>
    <message>
        <source>%1 from %2 back to %3</source>
        <translation>%1 de %2 retour à %3</translation>
    </message>
    <message>
        <source>%1 is back on %2 and pinned there; “antler pipeline unpin %1” allows promotions again.</source>
        <translation>%1 est revenue à %2 et y est épinglée&#xa0;; «&#xa0;antler pipeline unpin %1&#xa0;» autorise à nouveau les promotions.</translation>
    </message>
    <message>
        <source>the rollback of %1 to %2 failed: %3</source>
        <translation>le retour de %1 à %2 a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 is stopped.</source>
        <translation>%1 est arrêtée.</translation>
    </message>
    <message>
        <source>cannot stop %1: %2</source>
        <translation>impossible d’arrêter %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 runs no release yet, so there is nothing to pin.</source>
        <translation>%1 n’exécute encore aucune version, il n’y a donc rien à épingler.</translation>
    </message>
    <message>
        <source>pinned by %1</source>
        <translation>épinglée par %1</translation>
    </message>
    <message>
        <source>%1 is pinned to %2; deploys and promotions to it are refused until “antler pipeline unpin %1”.</source>
        <translation>%1 est épinglée sur %2&#xa0;; les déploiements et promotions vers elle sont refusés jusqu’à «&#xa0;antler pipeline unpin %1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 was not pinned.</source>
        <translation>%1 n’était pas épinglée.</translation>
    </message>
    <message>
        <source>%1 is no longer pinned.</source>
        <translation>%1 n’est plus épinglée.</translation>
    </message>
    <message>
        <source>the build was cancelled; nothing deployed changed.</source>
        <translation>la construction a été annulée&#xa0;; rien de ce qui est déployé n’a changé.</translation>
    </message>
    <message>
        <source>the rollout of %1 to %2 was cancelled; %2 runs no release.</source>
        <translation>le déploiement de %1 sur %2 a été annulé&#xa0;; %2 n’exécute aucune version.</translation>
    </message>
    <message>
        <source>the rollout of %1 to %2 was cancelled; %2 still runs %3.</source>
        <translation>le déploiement de %1 sur %2 a été annulé&#xa0;; %2 exécute toujours %3.</translation>
    </message>
    <message>
        <source>the rollout of %1 to %2 was cancelled; %2 is back on %3.</source>
        <translation>le déploiement de %1 sur %2 a été annulé&#xa0;; %2 est revenue à %3.</translation>
    </message>
    <message>
        <source>there is no promotion from “%1” to “%2” in %3.</source>
        <translation>il n’y a pas de promotion de «&#xa0;%1&#xa0;» vers «&#xa0;%2&#xa0;» dans %3.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::PodmanRuntime</name>
    <message>
        <source>The podman configuration %1 could not be written: %2</source>
        <translation>Impossible d’écrire la configuration podman %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The build target cannot be reached: %1</source>
        <translation>La cible de construction est injoignable&#xa0;: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>rolling %1 out to %2 with podman kube play</source>
        <translation>déploiement de %1 sur %2 avec podman kube play</translation>
    </message>
    <message>
        <source>The target cannot be reached: %1</source>
        <translation>La cible est injoignable&#xa0;: %1</translation>
    </message>
    <message>
        <source>podman kube play --replace %1</source>
        <translation>podman kube play --replace %1</translation>
    </message>
    <message>
        <source>stage %1: %2 Check the registry %3 and the log above.</source>
        <translation>étape %1&#xa0;: %2 Vérifiez le registre %3 et le journal ci-dessus.</translation>
    </message>
    <message>
        <source>podman kube play</source>
        <translation>podman kube play</translation>
    </message>
    <message>
        <source>stage %1: the backend is not live: GET %2 answered %3 three times in a row (podman runs no liveness probe, so Antler asks).</source>
        <translation>étape %1&#xa0;: le backend n’est pas vivant&#xa0;: GET %2 a répondu %3 trois fois de suite (podman n’exécute aucune sonde liveness, c’est donc Antler qui interroge).</translation>
    </message>
    <message>
        <source>The target cannot be reached; check target and inventory in antler.yaml.</source>
        <translation>La cible est injoignable&#xa0;; vérifiez target et inventory dans antler.yaml.</translation>
    </message>
    <message>
        <source>podman ps</source>
        <translation>podman ps</translation>
    </message>
    <message>
        <source>removing the pod of %1</source>
        <translation>suppression du pod de %1</translation>
    </message>
    <message>
        <source>podman pod rm</source>
        <translation>podman pod rm</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 arrêtée</translation>
    </message>
    <message>
        <source>podman ps printed no JSON list: %1</source>
        <translation>podman ps n’a affiché aucune liste JSON&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::ReleaseComparison</name>
    <message>
        <source>the files of %1 are not on this machine (it was built on the target), so only the digests can be compared.</source>
        <translation>les fichiers de %1 ne sont pas sur cette machine (elle a été construite sur la cible)&#xa0;; seuls les digests peuvent donc être comparés.</translation>
    </message>
    <message>
        <source>The two releases have the same files.</source>
        <translation>Les deux versions ont les mêmes fichiers.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) differ:</source>
        <translation>
            <numerusform>%n fichier diffère&#xa0;:</numerusform>
            <numerusform>%n fichiers diffèrent&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>  added    %1</source>
        <translation>  ajouté    %1</translation>
    </message>
    <message>
        <source>  removed  %1</source>
        <translation>  supprimé  %1</translation>
    </message>
    <message>
        <source>  changed  %1</source>
        <translation>  modifié   %1</translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s) differ:</source>
        <translation>
            <numerusform>%n fait diffère&#xa0;:</numerusform>
            <numerusform>%n faits diffèrent&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>fact %1:</source>
        <translation>fait %1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::RolloutCheck</name>
    <message>
        <source>%1 did not answer (%2).</source>
        <translation>%1 n’a pas répondu (%2).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of 200.</source>
        <translation>%1 a répondu HTTP %2 au lieu de 200.</translation>
    </message>
    <message>
        <source>%1 did not answer with the HTML page.</source>
        <translation>%1 n’a pas répondu avec la page HTML.</translation>
    </message>
    <message>
        <source>%1 did not answer with a JSON fact.</source>
        <translation>%1 n’a pas répondu avec un fait JSON.</translation>
    </message>
    <message>
        <source>%1 reports digest %2, not %3.</source>
        <translation>%1 indique le digest %2, pas %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::Runtime</name>
    <message>
        <source>The %1 runtime is already running an operation (%2); wait for it to finish or check `antler pipeline status`.</source>
        <translation>L’environnement %1 exécute déjà une opération (%2)&#xa0;; attendez qu’elle se termine ou consultez `antler pipeline status`.</translation>
    </message>
    <message>
        <source>The %1 runtime is already running an operation on stage %2 (%3); wait for it to finish or check `antler pipeline status`.</source>
        <translation>L’environnement %1 exécute déjà une opération sur l’étape %2 (%3)&#xa0;; attendez qu’elle se termine ou consultez `antler pipeline status`.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::RuntimeFactory</name>
    <message>
        <source>this build does not know the %1 runtime; use runtime: %2 in antler.yaml.</source>
        <translation>cette construction ne connaît pas le runtime %1&#xa0;; utilisez runtime: %2 dans antler.yaml.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::SocketHandover</name>
    <message>
        <source>%1: the control socket path is too long.</source>
        <translation>%1&#xa0;: le chemin du socket de contrôle est trop long.</translation>
    </message>
    <message>
        <source>cannot create a Unix socket (%1).</source>
        <translation>impossible de créer un socket Unix (%1).</translation>
    </message>
    <message>
        <source>%1: cannot reach the moosefacts control socket (%2).</source>
        <translation>%1&#xa0;: socket de contrôle de moosefacts injoignable (%2).</translation>
    </message>
    <message>
        <source>%1: cannot send to the moosefacts control socket (%2).</source>
        <translation>%1&#xa0;: impossible d’envoyer au socket de contrôle de moosefacts (%2).</translation>
    </message>
    <message>
        <source>%1: moosefacts did not answer on its control socket (%2).</source>
        <translation>%1&#xa0;: moosefacts n’a pas répondu sur son socket de contrôle (%2).</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>%1: moosefacts refused “%2”: %3.</source>
        <translation>%1&#xa0;: moosefacts a refusé «&#xa0;%2&#xa0;»&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1: moosefacts answered “%2” instead of its port.</source>
        <translation>%1&#xa0;: moosefacts a répondu «&#xa0;%2&#xa0;» au lieu de son port.</translation>
    </message>
    <message>
        <source>%1: moosefacts answered without handing over its socket.</source>
        <translation>%1&#xa0;: moosefacts a répondu sans transmettre son socket.</translation>
    </message>
    <message>
        <source>the local runtime needs an IP address as the stage&apos;s host, not “%1”; write host: 127.0.0.1 in antler.yaml.</source>
        <translation>l’environnement local exige une adresse IP comme hôte de l’étape, pas «&#xa0;%1&#xa0;»&#xa0;; écrivez host: 127.0.0.1 dans antler.yaml.</translation>
    </message>
    <message>
        <source>cannot create a TCP socket (%1).</source>
        <translation>impossible de créer un socket TCP (%1).</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2 (%3); another program uses the port: stop it or give the stage another port in antler.yaml.</source>
        <translation>impossible d’écouter sur %1:%2 (%3)&#xa0;; un autre programme utilise le port&#xa0;: arrêtez-le ou donnez un autre port à l’étape dans antler.yaml.</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::Stage</name>
    <message>
        <source>%1 or %2</source>
        <comment>the last two of a list of choices</comment>
        <translation>%1 ou %2</translation>
    </message>
</context>
<context>
    <name>antler::pipeline::TargetTransport</name>
    <message>
        <source>The target %1 needs an inventory to be reached; set inventory: in %2.</source>
        <translation>La cible %1 a besoin d’un inventaire pour être jointe&#xa0;; définissez inventory: dans %2.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::AnsibleConfig</name>
    <message>
        <source>cannot read %1 (%2); fix its permissions or point ANSIBLE_CONFIG elsewhere.</source>
        <translation>impossible de lire %1 (%2)&#xa0;; corrigez ses permissions ou faites pointer ANSIBLE_CONFIG ailleurs.</translation>
    </message>
    <message>
        <source>%1: forks “%2” is not a whole number of at least 1; write for example forks = 5.</source>
        <translation>%1&#xa0;: forks «&#xa0;%2&#xa0;» n’est pas un nombre entier d’au moins 1&#xa0;; écrivez par exemple forks = 5.</translation>
    </message>
    <message>
        <source>%1: become “%2” is not a boolean; write True or False.</source>
        <translation>%1&#xa0;: become «&#xa0;%2&#xa0;» n’est pas un booléen&#xa0;; écrivez True ou False.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::AptModule</name>
    <message>
        <source>invalid package spec: %1</source>
        <translation>spécification de paquet non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>one of the following is required: name, update_cache, autoremove, autoclean</source>
        <translation>l’un des éléments suivants est requis&#xa0;: name, update_cache, autoremove, autoclean</translation>
    </message>
    <message>
        <source>Failed to update apt cache on %1: %2</source>
        <translation>Échec de la mise à jour du cache apt sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read the package state on %1: %2</source>
        <translation>Impossible de lire l’état des paquets sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No package matching &apos;%1&apos; is available on %2; check the name, or set update_cache: true if the package lists are missing or old.</source>
        <translation>Aucun paquet correspondant à &apos;%1&apos; n’est disponible sur %2&#xa0;; vérifiez le nom, ou définissez update_cache: true si les listes de paquets manquent ou sont anciennes.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; failed on %2: %3</source>
        <translation>&apos;%1&apos; a échoué sur %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::AptRepositoryModule</name>
    <message>
        <source>PPA repositories are Ubuntu&apos;s; %1 takes a one-line &apos;deb URL SUITE COMPONENTS&apos; source.</source>
        <translation>Les dépôts PPA sont propres à Ubuntu&#xa0;; %1 attend une source d’une ligne &apos;deb URL SUITE COMPONENTS&apos;.</translation>
    </message>
    <message>
        <source>Invalid repository string: %1 (expected &apos;deb [options] URL SUITE [COMPONENT…]&apos;)</source>
        <translation>Chaîne de dépôt non valide&#xa0;: %1 (attendu&#xa0;: &apos;deb [options] URL SUITE [COMPONENT…]&apos;)</translation>
    </message>
    <message>
        <source>Could not read the apt sources on %1: %2</source>
        <translation>Impossible de lire les sources apt sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The source &apos;%1&apos; was written on %2 but apt-get update failed: %3</source>
        <translation>La source &apos;%1&apos; a été écrite sur %2, mais apt-get update a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>Could not write the apt sources on %1: %2</source>
        <translation>Impossible d’écrire les sources apt sur %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>antler::playbook::AssertModule</name>
    <message>
        <source>The conditional check &apos;%1&apos; failed. The error was: %2</source>
        <translation>La vérification conditionnelle &apos;%1&apos; a échoué. L’erreur était&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>antler::playbook::AsyncJob</name>
    <message>
        <source>The background job could not be started (exit code %1): %2</source>
        <translation>La tâche de fond n’a pas pu être démarrée (code de sortie %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The job %1 could not be read (exit code %2): %3</source>
        <translation>La tâche %1 n’a pas pu être lue (code de sortie %2)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::AsyncStatusModule</name>
    <message>
        <source>“%1” is no job id; give async_status the ansible_job_id registered from a task with async and poll: 0.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de tâche&#xa0;; donnez à async_status l’ansible_job_id enregistré par une tâche avec async et poll: 0.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::BlockInFileModule</name>
    <message>
        <source>blockinfile needs path: the file on the host to edit.</source>
        <translation>blockinfile a besoin de path&#xa0;: le fichier à modifier sur l’hôte.</translation>
    </message>
    <message>
        <source>blockinfile takes insertafter or insertbefore, not both; remove one of them.</source>
        <translation>blockinfile accepte insertafter ou insertbefore, pas les deux&#xa0;; supprimez l’un des deux.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::CommandModule</name>
    <message>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <source>only command or argv can be given, not both</source>
        <translation>seul command ou argv peut être donné, pas les deux</translation>
    </message>
</context>
<context>
    <name>antler::playbook::CopyModule</name>
    <message>
        <source>copy needs dest: the path on the host to write to.</source>
        <translation>copy a besoin de dest&#xa0;: le chemin sur l’hôte où écrire.</translation>
    </message>
    <message>
        <source>copy takes src or content, not both; remove one of them.</source>
        <translation>copy accepte src ou content, pas les deux&#xa0;; supprimez l’un des deux.</translation>
    </message>
    <message>
        <source>copy needs src (a file next to the playbook) or content (the text to write).</source>
        <translation>copy a besoin de src (un fichier à côté du playbook) ou de content (le texte à écrire).</translation>
    </message>
    <message>
        <source>copy cannot use content with a folder as dest (%1); name the file to write.</source>
        <translation>copy ne peut pas utiliser content avec un dossier comme dest (%1)&#xa0;; indiquez le fichier à écrire.</translation>
    </message>
    <message>
        <source>Cannot read %1 on the controller; check its permissions.</source>
        <translation>Impossible de lire %1 sur le contrôleur&#xa0;; vérifiez ses droits.</translation>
    </message>
    <message>
        <source>The SHA1 checksum of %1 is %2, not the expected %3; check the file or the checksum argument.</source>
        <translation>La somme de contrôle SHA1 de %1 est %2, et non %3 comme attendu&#xa0;; vérifiez le fichier ou l’argument checksum.</translation>
    </message>
    <message>
        <source>Cannot copy to %1 on %2: it is a folder; name a file or end dest with &apos;/&apos;.</source>
        <translation>Impossible de copier vers %1 sur %2&#xa0;: c’est un dossier&#xa0;; indiquez un fichier ou terminez dest par &apos;/&apos;.</translation>
    </message>
    <message>
        <source>Destination directory %1 does not exist on %2; create it first (file: state=directory) or end dest with &apos;/&apos;.</source>
        <translation>Le dossier de destination %1 n’existe pas sur %2&#xa0;; créez-le d’abord (file: state=directory) ou terminez dest par &apos;/&apos;.</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>écrire %1</translation>
    </message>
    <message>
        <source>change the attributes of %1</source>
        <translation>modifier les attributs de %1</translation>
    </message>
    <message>
        <source>Source %1 not found on %2; check src or drop remote_src to copy from the controller.</source>
        <translation>Source %1 introuvable sur %2&#xa0;; vérifiez src ou retirez remote_src pour copier depuis le contrôleur.</translation>
    </message>
    <message>
        <source>copy %1 to %2</source>
        <translation>copier %1 vers %2</translation>
    </message>
    <message>
        <source>Cannot copy into %1 on %2: it exists and is not a folder.</source>
        <translation>Impossible de copier dans %1 sur %2&#xa0;: il existe et n’est pas un dossier.</translation>
    </message>
    <message>
        <source>create the folders under %1</source>
        <translation>créer les dossiers sous %1</translation>
    </message>
</context>
<context>
    <name>antler::playbook::CronModule</name>
    <message>
        <source>The cron task needs a name: it is how the job is found again (the &quot;#Ansible: NAME&quot; line).</source>
        <translation>La tâche cron a besoin d’un nom&#xa0;: c’est ainsi que la tâche est retrouvée (la ligne &quot;#Ansible: NAME&quot;).</translation>
    </message>
    <message>
        <source>You must specify &apos;job&apos; to install a new cron job or variable</source>
        <translation>Vous devez indiquer &apos;job&apos; pour installer une nouvelle tâche cron ou variable</translation>
    </message>
    <message>
        <source>The cron job &apos;%1&apos; contains a line break; a crontab entry must be one line.</source>
        <translation>La tâche cron &apos;%1&apos; contient un saut de ligne&#xa0;; une entrée crontab doit tenir sur une ligne.</translation>
    </message>
    <message>
        <source>To use cron_file=... parameter you must specify user=... as well</source>
        <translation>Pour utiliser le paramètre cron_file=..., vous devez aussi indiquer user=...</translation>
    </message>
    <message>
        <source>Could not write the crontab%1 on %2: %3</source>
        <translation>Impossible d’écrire la crontab%1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Could not read the crontab on %1: %2</source>
        <translation>Impossible de lire la crontab sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read the crontab of %1 on %2: %3</source>
        <translation>Impossible de lire la crontab de %1 sur %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::DebugModule</name>
    <message>
        <source>&apos;msg&apos; and &apos;var&apos; are incompatible options</source>
        <translation>&apos;msg&apos; et &apos;var&apos; sont des options incompatibles</translation>
    </message>
</context>
<context>
    <name>antler::playbook::FetchModule</name>
    <message>
        <source>fetch needs src (the file on the host) and dest (a folder on the controller).</source>
        <translation>fetch a besoin de src (le fichier sur l’hôte) et de dest (un dossier sur le contrôleur).</translation>
    </message>
    <message>
        <source>fetch of %1</source>
        <translation>récupération de %1</translation>
    </message>
    <message>
        <source>Cannot read %1 on %2: %3; check the path and the become settings.</source>
        <translation>Impossible de lire %1 sur %2&#xa0;: %3&#xa0;; vérifiez le chemin et les réglages become.</translation>
    </message>
    <message>
        <source>Cannot write %1 on the controller: %2.</source>
        <translation>Impossible d’écrire %1 sur le contrôleur&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::FileMode</name>
    <message>
        <source>mode %1 is not a valid mode; only permission bits (at most 07777) are allowed, write it as an octal string like &apos;0644&apos; or symbolically like &apos;u=rw,g=r,o=r&apos;.</source>
        <translation>mode %1 n’est pas un mode valide&#xa0;; seuls les bits de permission (07777 au plus) sont autorisés, écrivez-le comme une chaîne octale telle que &apos;0644&apos; ou symboliquement comme &apos;u=rw,g=r,o=r&apos;.</translation>
    </message>
    <message>
        <source>mode &apos;%1&apos; is not a valid mode; only permission bits (at most 07777) are allowed.</source>
        <translation>mode &apos;%1&apos; n’est pas un mode valide&#xa0;; seuls les bits de permission (07777 au plus) sont autorisés.</translation>
    </message>
    <message>
        <source>mode &apos;%1&apos; is neither octal nor symbolic: bad clause &apos;%2&apos;; write it like &apos;0644&apos; or &apos;u=rw,g=r,o=r&apos;.</source>
        <translation>mode &apos;%1&apos; n’est ni octal ni symbolique&#xa0;: clause incorrecte &apos;%2&apos;&#xa0;; écrivez-le comme &apos;0644&apos; ou &apos;u=rw,g=r,o=r&apos;.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::FileModule</name>
    <message>
        <source>file needs path: the file or folder on the host.</source>
        <translation>file a besoin de path&#xa0;: le fichier ou le dossier sur l’hôte.</translation>
    </message>
    <message>
        <source>src option requires state to be &apos;link&apos; or &apos;hard&apos; (path %1).</source>
        <translation>l’option src exige que state soit &apos;link&apos; ou &apos;hard&apos; (chemin %1).</translation>
    </message>
    <message>
        <source>recurse option requires state to be &apos;directory&apos; (path %1).</source>
        <translation>l’option recurse exige que state soit &apos;directory&apos; (chemin %1).</translation>
    </message>
    <message>
        <source>file (%1) is %2, cannot continue</source>
        <translation>le fichier (%1) est %2, impossible de continuer</translation>
    </message>
    <message>
        <source>%1 already exists as a %2</source>
        <translation>%1 existe déjà en tant que %2</translation>
    </message>
    <message>
        <source>src is required for creating new symlinks (path %1).</source>
        <translation>src est requis pour créer de nouveaux liens symboliques (chemin %1).</translation>
    </message>
    <message>
        <source>src file does not exist, use &quot;force=yes&quot; if you really want to create the link: %1</source>
        <translation>le fichier src n’existe pas, utilisez &quot;force=yes&quot; si vous voulez vraiment créer le lien&#xa0;: %1</translation>
    </message>
    <message>
        <source>refusing to convert from directory to symlink for %1</source>
        <translation>refus de convertir un dossier en lien symbolique pour %1</translation>
    </message>
    <message>
        <source>refusing to convert from %1 to symlink for %2</source>
        <translation>refus de convertir %1 en lien symbolique pour %2</translation>
    </message>
    <message>
        <source>src is required for creating new hard links (path %1).</source>
        <translation>src est requis pour créer de nouveaux liens physiques (chemin %1).</translation>
    </message>
    <message>
        <source>src does not exist: %1 (for the hard link %2)</source>
        <translation>src n’existe pas&#xa0;: %1 (pour le lien physique %2)</translation>
    </message>
    <message>
        <source>refusing to convert from directory to hard link for %1</source>
        <translation>refus de convertir un dossier en lien physique pour %1</translation>
    </message>
    <message>
        <source>Cannot link %1: it exists as a %2</source>
        <translation>Impossible de lier %1&#xa0;: il existe en tant que %2</translation>
    </message>
    <message>
        <source>set %1 to state %2</source>
        <translation>mettre %1 dans l’état %2</translation>
    </message>
</context>
<context>
    <name>antler::playbook::FileModuleBase</name>
    <message>
        <source>status of %1</source>
        <translation>état de %1</translation>
    </message>
    <message>
        <source>Cannot read the status of %1 on %2: %3; check the path and the become settings.</source>
        <translation>Impossible de lire l’état de %1 sur %2&#xa0;: %3&#xa0;; vérifiez le chemin et les réglages become.</translation>
    </message>
    <message>
        <source>Cannot read the status of files on %1: %2</source>
        <translation>Impossible de lire l’état des fichiers sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>Cannot %1 on %2: %3; check the path, the permissions and the become settings.</source>
        <translation>Échec sur %2&#xa0;: %1 (%3)&#xa0;; vérifiez le chemin, les droits et les réglages become.</translation>
    </message>
    <message>
        <source>Cannot %1 on %2: %3</source>
        <translation>Échec sur %2&#xa0;: %1 (%3)</translation>
    </message>
    <message>
        <source>Could not find or access &apos;%1&apos; on the Ansible Controller; give an absolute path or put it next to the playbook.</source>
        <translation>Impossible de trouver ou d’accéder à &apos;%1&apos; sur le contrôleur Ansible&#xa0;; donnez un chemin absolu ou placez-le à côté du playbook.</translation>
    </message>
    <message>
        <source>Could not find or access &apos;%1&apos; on the Ansible Controller; searched: %2. Put the file in one of these places or give an absolute path.</source>
        <translation>Impossible de trouver ou d’accéder à &apos;%1&apos; sur le contrôleur Ansible&#xa0;; emplacements consultés&#xa0;: %2. Placez le fichier dans l’un d’eux ou donnez un chemin absolu.</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>écrire %1</translation>
    </message>
    <message>
        <source>change the attributes of %1</source>
        <translation>modifier les attributs de %1</translation>
    </message>
</context>
<context>
    <name>antler::playbook::GetUrlModule</name>
    <message>
        <source>The checksum parameter has to be in format &lt;algorithm&gt;:&lt;checksum&gt;, like sha256:9f86d0…; got &apos;%1&apos;.</source>
        <translation>Le paramètre checksum doit avoir le format &lt;algorithm&gt;:&lt;checksum&gt;, comme sha256:9f86d0…&#xa0;; reçu&#xa0;: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unsupported checksum algorithm &apos;%1&apos;; use one of %2.</source>
        <translation>Algorithme de somme de contrôle non pris en charge &apos;%1&apos;&#xa0;; utilisez l’un de %2.</translation>
    </message>
    <message>
        <source>get_url needs url and dest.</source>
        <translation>get_url a besoin de url et de dest.</translation>
    </message>
    <message>
        <source>download of %1</source>
        <translation>téléchargement de %1</translation>
    </message>
    <message>
        <source>Request failed: %1 could not be downloaded by %2: %3</source>
        <translation>Échec de la requête&#xa0;: %1 n’a pas pu être téléchargé par %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>change the attributes of %1</source>
        <translation>modifier les attributs de %1</translation>
    </message>
</context>
<context>
    <name>antler::playbook::GroupModule</name>
    <message>
        <source>gid must be a number, got &apos;%1&apos;</source>
        <translation>gid doit être un nombre, reçu&#xa0;: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing required arguments: name</source>
        <translation>arguments requis manquants&#xa0;: name</translation>
    </message>
    <message>
        <source>Could not read the group %1 on %2: %3</source>
        <translation>Impossible de lire le groupe %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; failed on %2: %3</source>
        <translation>&apos;%1&apos; a échoué sur %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::HostLimit</name>
    <message>
        <source>cannot read the limit file %1; check the path after --limit @, or give a host pattern.</source>
        <translation>impossible de lire le fichier de limite %1&#xa0;; vérifiez le chemin après --limit @, ou donnez un motif d’hôtes.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::HostnameModule</name>
    <message>
        <source>missing required arguments: name</source>
        <translation>arguments requis manquants&#xa0;: name</translation>
    </message>
    <message>
        <source>Could not read the host name of %1: %2</source>
        <translation>Impossible de lire le nom d’hôte de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not set the running host name of %1 to %2: %3. /etc/hostname was written and takes effect at the next boot; in a container the engine sets the host name (podman --hostname).</source>
        <translation>Impossible de changer le nom d’hôte courant de %1 en %2&#xa0;: %3. /etc/hostname a été écrit et prendra effet au prochain démarrage&#xa0;; dans un conteneur, c’est le moteur qui fixe le nom d’hôte (podman --hostname).</translation>
    </message>
    <message>
        <source>Could not set the host name of %1 to %2: %3</source>
        <translation>Impossible de changer le nom d’hôte de %1 en %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::IncludePlan</name>
    <message>
        <source>the tasks of %1 cannot be included: %2</source>
        <translation>les tâches de %1 ne peuvent pas être incluses&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>antler::playbook::IncludeVarsModule</name>
    <message>
        <source>Cannot read the vars file %1: %2.</source>
        <translation>Impossible de lire le fichier de variables %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The vars file %1:%2:%3 is not valid YAML (%4); check the indentation and the quotes there.</source>
        <translation>Le fichier de variables %1:%2:%3 n’est pas du YAML valide (%4)&#xa0;; vérifiez l’indentation et les guillemets à cet endroit.</translation>
    </message>
    <message>
        <source>%1 must be stored as a dictionary/hash</source>
        <translation>%1 doit être enregistré sous forme de dictionnaire/hash</translation>
    </message>
    <message>
        <source>files_matching “%1” is not a valid regular expression (%2); fix the pattern.</source>
        <translation>files_matching «&#xa0;%1&#xa0;» n’est pas une expression régulière valide (%2)&#xa0;; corrigez le motif.</translation>
    </message>
    <message>
        <source>%1 does not have a valid extension: %2; rename it or set ignore_unknown_extensions.</source>
        <translation>%1 n’a pas d’extension valide&#xa0;: %2&#xa0;; renommez-le ou définissez ignore_unknown_extensions.</translation>
    </message>
    <message>
        <source>You are mixing file only and dir only arguments, these are incompatible</source>
        <translation>Vous mélangez des arguments réservés aux fichiers et des arguments réservés aux répertoires, ils sont incompatibles</translation>
    </message>
    <message>
        <source>include_vars needs a file or a dir; write “include_vars: FILE” or give file: or dir:.</source>
        <translation>include_vars a besoin d’un fichier ou d’un répertoire&#xa0;; écrivez «&#xa0;include_vars: FILE&#xa0;» ou indiquez file: ou dir:.</translation>
    </message>
    <message>
        <source>hash_behaviour: merge is not supported; Antler replaces variables, as Ansible does by default.</source>
        <translation>hash_behaviour: merge n’est pas pris en charge&#xa0;; Antler remplace les variables, comme Ansible le fait par défaut.</translation>
    </message>
    <message>
        <source>%1 directory does not exist</source>
        <translation>Le répertoire %1 n’existe pas</translation>
    </message>
</context>
<context>
    <name>antler::playbook::IniFileModule</name>
    <message>
        <source>parameters are mutually exclusive: value|values</source>
        <translation>paramètres mutuellement exclusifs&#xa0;: value|values</translation>
    </message>
    <message>
        <source>Parameter &apos;value(s)&apos; must be defined if state=present and allow_no_value=False.</source>
        <translation>Le paramètre &apos;value(s)&apos; doit être défini si state=present et allow_no_value=False.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::LineInFileModule</name>
    <message>
        <source>lineinfile needs path: the file on the host to edit.</source>
        <translation>lineinfile a besoin de path&#xa0;: le fichier à modifier sur l’hôte.</translation>
    </message>
    <message>
        <source>lineinfile takes regexp or search_string, not both; remove one of them.</source>
        <translation>lineinfile accepte regexp ou search_string, pas les deux&#xa0;; supprimez l’un des deux.</translation>
    </message>
    <message>
        <source>lineinfile takes insertafter or insertbefore, not both; remove one of them.</source>
        <translation>lineinfile accepte insertafter ou insertbefore, pas les deux&#xa0;; supprimez l’un des deux.</translation>
    </message>
    <message>
        <source>lineinfile with state=present needs line: the text the file must contain.</source>
        <translation>lineinfile avec state=present a besoin de line&#xa0;: le texte que le fichier doit contenir.</translation>
    </message>
    <message>
        <source>lineinfile: regexp is required with backrefs=true.</source>
        <translation>lineinfile&#xa0;: regexp est requis avec backrefs=true.</translation>
    </message>
    <message>
        <source>lineinfile with state=absent needs one of line, regexp or search_string.</source>
        <translation>lineinfile avec state=absent a besoin de line, regexp ou search_string.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::Module</name>
    <message>
        <source>the task was cancelled</source>
        <translation>la tâche a été annulée</translation>
    </message>
    <message>
        <source>no connection to %1</source>
        <translation>aucune connexion à %1</translation>
    </message>
</context>
<context>
    <name>antler::playbook::MountModule</name>
    <message>
        <source>state is %1 but all of the following are missing: %2</source>
        <translation>state vaut %1 mais tous les éléments suivants manquent&#xa0;: %2</translation>
    </message>
    <message>
        <source>Failed to open %1 on %2: %3</source>
        <translation>Impossible d’ouvrir %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Error mounting %1: %2</source>
        <translation>Erreur lors du montage de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Error unmounting %1: %2</source>
        <translation>Erreur lors du démontage de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Error rmdir %1: %2</source>
        <translation>Erreur de rmdir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not write %1 on %2: %3</source>
        <translation>Impossible d’écrire %1 sur %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::PackageFactsModule</name>
    <message>
        <source>package_facts on %1 reads only apt&apos;s packages (manager: auto or apt), not “%2”; ask for manager: apt.</source>
        <translation>package_facts sur %1 ne lit que les paquets d’apt (manager: auto ou apt), pas «&#xa0;%2&#xa0;»&#xa0;; demandez manager: apt.</translation>
    </message>
    <message>
        <source>Could not detect a supported package manager from the following list: [&apos;apt&apos;], or the required Python library is not installed. Check warnings for details.</source>
        <translation>Aucun gestionnaire de paquets pris en charge n’a pu être détecté dans la liste suivante&#xa0;: [&apos;apt&apos;], ou la bibliothèque Python requise n’est pas installée. Consultez les avertissements pour plus de détails.</translation>
    </message>
    <message>
        <source>dpkg-query failed on %1: %2</source>
        <translation>dpkg-query a échoué sur %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>antler::playbook::PackageModule</name>
    <message>
        <source>The package manager of %1 is %2; Antler&apos;s package module drives apt only, so use apt hosts or run this play with ansible-playbook.</source>
        <translation>Le gestionnaire de paquets de %1 est %2&#xa0;; le module package d’Antler ne pilote qu’apt, utilisez donc des hôtes apt ou exécutez ce play avec ansible-playbook.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::PauseModule</name>
    <message>
        <source>parameters are mutually exclusive: minutes|seconds</source>
        <translation>paramètres mutuellement exclusifs&#xa0;: minutes|seconds</translation>
    </message>
    <message>
        <source>the pause at %1 waits for a key press, which a headless run cannot give; set seconds or minutes.</source>
        <translation>la pause à %1 attend l’appui sur une touche, qu’une exécution sans interface ne peut pas fournir&#xa0;; définissez seconds ou minutes.</translation>
    </message>
    <message>
        <source>non-integer value given for prompt duration:
%1</source>
        <translation>valeur non entière donnée pour la durée de l’invite&#xa0;:
%1</translation>
    </message>
    <message>
        <source>the task was cancelled</source>
        <translation>la tâche a été annulée</translation>
    </message>
</context>
<context>
    <name>antler::playbook::PlaybookKeywords</name>
    <message>
        <source>prompting is not supported in a headless run; pass the values with -e</source>
        <translation>les invites ne sont pas prises en charge dans une exécution sans interface&#xa0;; passez les valeurs avec -e</translation>
    </message>
    <message>
        <source>set ansible_connection in the inventory instead</source>
        <translation>définissez plutôt ansible_connection dans l’inventaire</translation>
    </message>
    <message>
        <source>set ansible_user in the inventory instead</source>
        <translation>définissez plutôt ansible_user dans l’inventaire</translation>
    </message>
    <message>
        <source>set ansible_port in the inventory instead</source>
        <translation>définissez plutôt ansible_port dans l’inventaire</translation>
    </message>
    <message>
        <source>only ansible.builtin modules are available</source>
        <translation>seuls les modules ansible.builtin sont disponibles</translation>
    </message>
    <message>
        <source>write the arguments on each task</source>
        <translation>écrivez les arguments sur chaque tâche</translation>
    </message>
    <message>
        <source>only sudo is supported</source>
        <translation>seul sudo est pris en charge</translation>
    </message>
    <message>
        <source>only plain sudo is supported</source>
        <translation>seul sudo simple est pris en charge</translation>
    </message>
    <message>
        <source>hosts run in inventory order</source>
        <translation>les hôtes s’exécutent dans l’ordre de l’inventaire</translation>
    </message>
    <message>
        <source>use --forks instead</source>
        <translation>utilisez plutôt --forks</translation>
    </message>
    <message>
        <source>task timeouts are not supported</source>
        <translation>les délais d’expiration des tâches ne sont pas pris en charge</translation>
    </message>
    <message>
        <source>it is not supported</source>
        <translation>ce n’est pas pris en charge</translation>
    </message>
    <message>
        <source>facts are gathered as one set</source>
        <translation>les facts sont collectés en un seul ensemble</translation>
    </message>
    <message>
        <source>facts are gathered without a timeout</source>
        <translation>les facts sont collectés sans délai d’expiration</translation>
    </message>
    <message>
        <source>local facts are not supported</source>
        <translation>les facts locaux ne sont pas pris en charge</translation>
    </message>
    <message>
        <source>the task debugger is not supported</source>
        <translation>le débogueur de tâches n’est pas pris en charge</translation>
    </message>
    <message>
        <source>write it on the tasks instead</source>
        <translation>écrivez-le plutôt sur les tâches</translation>
    </message>
    <message>
        <source>write the module as usual and add “delegate_to: localhost”</source>
        <translation>écrivez le module comme d’habitude et ajoutez «&#xa0;delegate_to: localhost&#xa0;»</translation>
    </message>
    <message>
        <source>write the module name as the key, such as “command: uptime”</source>
        <translation>écrivez le nom du module comme clé, par exemple «&#xa0;command: uptime&#xa0;»</translation>
    </message>
    <message>
        <source>facts always belong to the host the task runs for</source>
        <translation>les facts appartiennent toujours à l’hôte pour lequel la tâche s’exécute</translation>
    </message>
    <message>
        <source>it was removed from Ansible; use include_tasks or import_tasks</source>
        <translation>il a été retiré d’Ansible&#xa0;; utilisez include_tasks ou import_tasks</translation>
    </message>
    <message>
        <source>import_playbook is only allowed at the top level of a playbook</source>
        <translation>import_playbook n’est autorisé qu’au niveau supérieur d’un playbook</translation>
    </message>
    <message>
        <source>a failure percentage is not supported; a batch whose hosts all fail ends the run</source>
        <translation>un pourcentage d’échec n’est pas pris en charge&#xa0;; un lot dont tous les hôtes échouent met fin à l’exécution</translation>
    </message>
</context>
<context>
    <name>antler::playbook::PlaybookParser</name>
    <message>
        <source>cannot read the playbook (%1); check the path and its permissions.</source>
        <translation>impossible de lire le playbook (%1)&#xa0;; vérifiez le chemin et ses permissions.</translation>
    </message>
    <message>
        <source>an unclosed %1 quote</source>
        <translation>un guillemet %1 non fermé</translation>
    </message>
    <message>
        <source>an unclosed {{ template</source>
        <translation>un modèle {{ non fermé</translation>
    </message>
    <message>
        <source>the task notifies “%1”, but the play has no handler of that name or listen topic; add the handler or fix the name.</source>
        <translation>la tâche notifie «&#xa0;%1&#xa0;», mais le play n’a aucun handler de ce nom ni de ce sujet listen&#xa0;; ajoutez le handler ou corrigez le nom.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>un mapping</translation>
    </message>
    <message>
        <source>a path</source>
        <translation>un chemin</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>une valeur</translation>
    </message>
    <message>
        <source>the module “%1” has no argument “%2”; use one of: %3.</source>
        <translation>le module «&#xa0;%1&#xa0;» n’a pas d’argument «&#xa0;%2&#xa0;»&#xa0;; utilisez l’un de ceux-ci&#xa0;: %3.</translation>
    </message>
    <message>
        <source>the module “%1” has no argument “%2”; did you mean “%3”? Valid are: %4.</source>
        <translation>le module «&#xa0;%1&#xa0;» n’a pas d’argument «&#xa0;%2&#xa0;»&#xa0;; vouliez-vous dire «&#xa0;%3&#xa0;»&#xa0;? Arguments valides&#xa0;: %4.</translation>
    </message>
    <message>
        <source>the argument “%1” of “%2” is given twice (maybe through an alias); keep only one.</source>
        <translation>l’argument «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» est donné deux fois (peut-être via un alias)&#xa0;; n’en gardez qu’un.</translation>
    </message>
    <message>
        <source>“argv” must be a non-empty list of words; write each word as an entry starting with “- ”.</source>
        <translation>«&#xa0;argv&#xa0;» doit être une liste de mots non vide&#xa0;; écrivez chaque mot comme une entrée commençant par «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <source>the argument “%1” of “%2” must be %3; write it as %3 or as a template.</source>
        <translation>l’argument «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» doit être %3&#xa0;; écrivez-le comme %3 ou comme un modèle.</translation>
    </message>
    <message>
        <source>“%1” is not a valid value for “%2”; use one of: %3.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une valeur valide pour «&#xa0;%2&#xa0;»&#xa0;; utilisez l’une de celles-ci&#xa0;: %3.</translation>
    </message>
    <message>
        <source>“%1” is not a valid value for “%2” of “%3”; use one of: %4.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une valeur valide pour «&#xa0;%2&#xa0;» de «&#xa0;%3&#xa0;»&#xa0;; utilisez l’une de celles-ci&#xa0;: %4.</translation>
    </message>
    <message>
        <source>the arguments of “%1” cannot be read (%2); write them as a mapping on the next lines, indented.</source>
        <translation>impossible de lire les arguments de «&#xa0;%1&#xa0;» (%2)&#xa0;; écrivez-les sous forme de mapping sur les lignes suivantes, indentées.</translation>
    </message>
    <message>
        <source>“%1” takes key=value words on its line, and “%2” is not one; write the arguments as a mapping on the next lines, indented.</source>
        <translation>«&#xa0;%1&#xa0;» attend des mots key=value sur sa ligne, et «&#xa0;%2&#xa0;» n’en est pas un&#xa0;; écrivez les arguments sous forme de mapping sur les lignes suivantes, indentées.</translation>
    </message>
    <message>
        <source>“%1” takes no arguments by name; write the command as text on the same line, such as “raw: uptime”.</source>
        <translation>«&#xa0;%1&#xa0;» n’accepte pas d’arguments nommés&#xa0;; écrivez la commande en texte sur la même ligne, comme «&#xa0;raw: uptime&#xa0;».</translation>
    </message>
    <message>
        <source>the arguments of “%1” must be text or a mapping, not a list; write them as “name: value” lines below it.</source>
        <translation>les arguments de «&#xa0;%1&#xa0;» doivent être du texte ou un mapping, pas une liste&#xa0;; écrivez-les en lignes «&#xa0;name: value&#xa0;» en dessous.</translation>
    </message>
    <message>
        <source>“args” must be a mapping of argument names to values; write one “name: value” per line below it.</source>
        <translation>«&#xa0;args&#xa0;» doit être un mapping de noms d’arguments vers des valeurs&#xa0;; écrivez un «&#xa0;name: value&#xa0;» par ligne en dessous.</translation>
    </message>
    <message>
        <source>“%1” has both a command line and “argv”; keep only one of them.</source>
        <translation>«&#xa0;%1&#xa0;» a à la fois une ligne de commande et «&#xa0;argv&#xa0;»&#xa0;; n’en gardez qu’un.</translation>
    </message>
    <message>
        <source>“%1” has no command to run; write it after the colon, such as “%1: uptime”.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de commande à exécuter&#xa0;; écrivez-la après les deux-points, comme «&#xa0;%1: uptime&#xa0;».</translation>
    </message>
    <message>
        <source>the command of “%1” is empty; write the command to run.</source>
        <translation>la commande de «&#xa0;%1&#xa0;» est vide&#xa0;; écrivez la commande à exécuter.</translation>
    </message>
    <message>
        <source>“argv” of “%1” is empty; write each word as an entry starting with “- ”.</source>
        <translation>«&#xa0;argv&#xa0;» de «&#xa0;%1&#xa0;» est vide&#xa0;; écrivez chaque mot comme une entrée commençant par «&#xa0;- &#xa0;».</translation>
    </message>
    <message>
        <source>its value</source>
        <translation>sa valeur</translation>
    </message>
    <message>
        <source>“%1” needs the argument “%2”; add it.</source>
        <translation>«&#xa0;%1&#xa0;» a besoin de l’argument «&#xa0;%2&#xa0;»&#xa0;; ajoutez-le.</translation>
    </message>
    <message>
        <source>the playbook is empty; write a list of plays, each starting with “- hosts:”.</source>
        <translation>le playbook est vide&#xa0;; écrivez une liste de plays, chacun commençant par «&#xa0;- hosts:&#xa0;».</translation>
    </message>
    <message>
        <source>a playbook must be a list of plays; start each play with “- hosts:” and indent its keys below.</source>
        <translation>un playbook doit être une liste de plays&#xa0;; commencez chaque play par «&#xa0;- hosts:&#xa0;» et indentez ses clés en dessous.</translation>
    </message>
    <message>
        <source>the playbook has no plays; add one starting with “- hosts:”.</source>
        <translation>le playbook ne contient aucun play&#xa0;; ajoutez-en un commençant par «&#xa0;- hosts:&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not supported beside import_playbook; only “name” is, so move it into the imported plays.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas pris en charge à côté d’import_playbook&#xa0;; seul «&#xa0;name&#xa0;» l’est, déplacez-le donc dans les plays importés.</translation>
    </message>
    <message>
        <source>the file name of import_playbook is a template, which is read before any variable exists; write the file name as plain text.</source>
        <translation>le nom de fichier d’import_playbook est un modèle, lu avant qu’aucune variable n’existe&#xa0;; écrivez le nom de fichier en texte brut.</translation>
    </message>
    <message>
        <source>imported playbook</source>
        <translation>le playbook importé</translation>
    </message>
    <message>
        <source>a play must be a mapping of keywords; write it as “- hosts: all” followed by its name and tasks.</source>
        <translation>un play doit être un mapping de mots-clés&#xa0;; écrivez-le sous la forme «&#xa0;- hosts: all&#xa0;» suivi de son nom et de ses tâches.</translation>
    </message>
    <message>
        <source>“%1” is not a play keyword; write it on the tasks, or on a block around them.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un mot-clé de play&#xa0;; écrivez-le sur les tâches, ou sur un bloc qui les entoure.</translation>
    </message>
    <message>
        <source>the play keyword “%1” is not supported by Antler (%2); remove it, or run this playbook with ansible-playbook.</source>
        <translation>le mot-clé de play «&#xa0;%1&#xa0;» n’est pas pris en charge par Antler (%2)&#xa0;; supprimez-le, ou exécutez ce playbook avec ansible-playbook.</translation>
    </message>
    <message>
        <source>import_playbook must be an entry of its own in the list of plays; write “- import_playbook: FILE” at the top level.</source>
        <translation>import_playbook doit être une entrée à part dans la liste des plays&#xa0;; écrivez «&#xa0;- import_playbook: FILE&#xa0;» au niveau supérieur.</translation>
    </message>
    <message>
        <source>“%1” is a module, not a play keyword, so this looks like a list of tasks; put the tasks under “tasks:” of a play with “hosts:”, or import this file with import_tasks.</source>
        <translation>«&#xa0;%1&#xa0;» est un module, pas un mot-clé de play, ceci ressemble donc à une liste de tâches&#xa0;; placez les tâches sous «&#xa0;tasks:&#xa0;» d’un play avec «&#xa0;hosts:&#xa0;», ou importez ce fichier avec import_tasks.</translation>
    </message>
    <message>
        <source>“%1” is not a play keyword; use one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un mot-clé de play&#xa0;; utilisez l’un de ceux-ci&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a play keyword; check its spelling (did you mean “%2”?).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un mot-clé de play&#xa0;; vérifiez son orthographe (vouliez-vous dire «&#xa0;%2&#xa0;»&#xa0;?).</translation>
    </message>
    <message>
        <source>this play has no “hosts”; add “hosts:” with an inventory pattern such as all or a group name.</source>
        <translation>ce play n’a pas de «&#xa0;hosts&#xa0;»&#xa0;; ajoutez «&#xa0;hosts:&#xa0;» avec un motif d’inventaire comme all ou un nom de groupe.</translation>
    </message>
    <message>
        <source>each entry of “hosts” must be a host or group name; write one pattern per entry.</source>
        <translation>chaque entrée de «&#xa0;hosts&#xa0;» doit être un nom d’hôte ou de groupe&#xa0;; écrivez un motif par entrée.</translation>
    </message>
    <message>
        <source>“hosts” is empty; name a host, a group or all.</source>
        <translation>«&#xa0;hosts&#xa0;» est vide&#xa0;; indiquez un hôte, un groupe ou all.</translation>
    </message>
    <message>
        <source>“hosts” is a template, which this version does not resolve; write the pattern itself, such as all, and narrow it with --limit.</source>
        <translation>«&#xa0;hosts&#xa0;» est un modèle, que cette version ne résout pas&#xa0;; écrivez le motif lui-même, comme all, et restreignez-le avec --limit.</translation>
    </message>
    <message>
        <source>“vars_files” must be a list of file names; write one per line starting with “- ”.</source>
        <translation>«&#xa0;vars_files&#xa0;» doit être une liste de noms de fichiers&#xa0;; écrivez-en un par ligne, commençant par «&#xa0;- &#xa0;».</translation>
    </message>
    <message>
        <source>each entry of “vars_files” must be one file name; lists of alternatives are not supported, so name the file to load.</source>
        <translation>chaque entrée de «&#xa0;vars_files&#xa0;» doit être un seul nom de fichier&#xa0;; les listes d’alternatives ne sont pas prises en charge, indiquez donc le fichier à charger.</translation>
    </message>
    <message>
        <source>the vars_files name “%1” is a template, which this version does not resolve; write the file name as plain text.</source>
        <translation>le nom vars_files «&#xa0;%1&#xa0;» est un modèle, que cette version ne résout pas&#xa0;; écrivez le nom de fichier en texte brut.</translation>
    </message>
    <message>
        <source>vars file</source>
        <translation>le fichier de variables</translation>
    </message>
    <message>
        <source>a vars file must be a mapping of variable names to values; write one “name: value” per line.</source>
        <translation>un fichier de variables doit être un mapping de noms de variables vers des valeurs&#xa0;; écrivez un «&#xa0;name: value&#xa0;» par ligne.</translation>
    </message>
    <message>
        <source>the role “%1” has no %2 file “%3” (looked for %4); create it or fix “%2_from”.</source>
        <translation>le rôle «&#xa0;%1&#xa0;» n’a pas de fichier %2 «&#xa0;%3&#xa0;» (cherché&#xa0;: %4)&#xa0;; créez-le ou corrigez «&#xa0;%2_from&#xa0;».</translation>
    </message>
    <message>
        <source>role variables file</source>
        <translation>le fichier de variables du rôle</translation>
    </message>
    <message>
        <source>a role&apos;s defaults and vars must be a mapping of variable names to values; write one “name: value” per line.</source>
        <translation>les defaults et vars d’un rôle doivent être un mapping de noms de variables vers des valeurs&#xa0;; écrivez un «&#xa0;name: value&#xa0;» par ligne.</translation>
    </message>
    <message>
        <source>this role entry names its role twice; keep only “role:”.</source>
        <translation>cette entrée de rôle nomme son rôle deux fois&#xa0;; ne gardez que «&#xa0;role:&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not supported on a role; write it on the role&apos;s tasks instead.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas pris en charge sur un rôle&#xa0;; écrivez-le plutôt sur les tâches du rôle.</translation>
    </message>
    <message>
        <source>“%1” is neither a role keyword nor a valid parameter name; use letters, digits and underscores.</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un mot-clé de rôle ni un nom de paramètre valide&#xa0;; utilisez des lettres, des chiffres et des tirets bas.</translation>
    </message>
    <message>
        <source>each entry of “%1” must be a role name or a mapping with “role:”; write “- NAME” or “- role: NAME”.</source>
        <translation>chaque entrée de «&#xa0;%1&#xa0;» doit être un nom de rôle ou un mapping avec «&#xa0;role:&#xa0;»&#xa0;; écrivez «&#xa0;- NAME&#xa0;» ou «&#xa0;- role: NAME&#xa0;».</translation>
    </message>
    <message>
        <source>this role entry has no role name; add “role: NAME”.</source>
        <translation>cette entrée de rôle n’a pas de nom de rôle&#xa0;; ajoutez «&#xa0;role: NAME&#xa0;».</translation>
    </message>
    <message>
        <source>the role name “%1” is a template, which is read before any variable exists; write the role name as plain text.</source>
        <translation>le nom de rôle «&#xa0;%1&#xa0;» est un modèle, lu avant qu’aucune variable n’existe&#xa0;; écrivez le nom du rôle en texte brut.</translation>
    </message>
    <message>
        <source>the role “%1” was not found (looked in %2); create roles/%1/tasks/main.yml beside the playbook or fix the name.</source>
        <translation>le rôle «&#xa0;%1&#xa0;» est introuvable (recherché dans %2)&#xa0;; créez roles/%1/tasks/main.yml à côté du playbook ou corrigez le nom.</translation>
    </message>
    <message>
        <source>the role “%1” depends on itself through %2; remove the dependency or import_role that closes the loop.</source>
        <translation>le rôle «&#xa0;%1&#xa0;» dépend de lui-même via %2&#xa0;; supprimez la dépendance ou l’import_role qui ferme la boucle.</translation>
    </message>
    <message>
        <source>role meta file</source>
        <translation>le fichier meta du rôle</translation>
    </message>
    <message>
        <source>a role&apos;s meta/main.yml must be a mapping; write “dependencies:” and “allow_duplicates:” at the top level.</source>
        <translation>le meta/main.yml d’un rôle doit être un mapping&#xa0;; écrivez «&#xa0;dependencies:&#xa0;» et «&#xa0;allow_duplicates:&#xa0;» au niveau supérieur.</translation>
    </message>
    <message>
        <source>“dependencies” must be a list of roles; write one per line starting with “- ”, as under a play&apos;s “roles:”.</source>
        <translation>«&#xa0;dependencies&#xa0;» doit être une liste de rôles&#xa0;; écrivez-en un par ligne en commençant par «&#xa0;-&#xa0;», comme sous «&#xa0;roles:&#xa0;» d’un play.</translation>
    </message>
    <message>
        <source>“roles” must be a list of role names; write one per line starting with “- ”.</source>
        <translation>«&#xa0;roles&#xa0;» doit être une liste de noms de rôles&#xa0;; écrivez-en un par ligne, commençant par «&#xa0;- &#xa0;».</translation>
    </message>
    <message>
        <source>“%1” takes key=value words on its line, and “%2” is not one; write “%1:” with “name: ROLE” on the next line, indented.</source>
        <translation>«&#xa0;%1&#xa0;» accepte des mots key=value sur sa ligne, et «&#xa0;%2&#xa0;» n’en est pas un&#xa0;; écrivez «&#xa0;%1:&#xa0;» avec «&#xa0;name: ROLE&#xa0;» à la ligne suivante, en retrait.</translation>
    </message>
    <message>
        <source>the arguments of “%1” must be a mapping, not a list; write “name: ROLE” on the next line, indented.</source>
        <translation>les arguments de «&#xa0;%1&#xa0;» doivent être un mapping, pas une liste&#xa0;; écrivez «&#xa0;name: ROLE&#xa0;» à la ligne suivante, en retrait.</translation>
    </message>
    <message>
        <source>“args” must be a mapping of argument names to values.</source>
        <translation>«&#xa0;args&#xa0;» doit être un mapping de noms d’arguments vers des valeurs.</translation>
    </message>
    <message>
        <source>“%1” of “%2” must be a name; write it on the same line.</source>
        <translation>«&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» doit être un nom&#xa0;; écrivez-le sur la même ligne.</translation>
    </message>
    <message>
        <source>“%1” names its role twice; keep only “name”.</source>
        <translation>«&#xa0;%1&#xa0;» nomme son rôle deux fois&#xa0;; ne gardez que «&#xa0;name&#xa0;».</translation>
    </message>
    <message>
        <source>the role name of include_role is a template, which this version does not resolve; write the role name as plain text, with one include_role and a “when:” for each role it may be.</source>
        <translation>le nom de rôle d’include_role est un modèle, que cette version ne résout pas&#xa0;; écrivez le nom du rôle en texte brut, avec un include_role et un «&#xa0;when:&#xa0;» pour chaque rôle possible.</translation>
    </message>
    <message>
        <source>the role name of import_role is a template, which is read before any variable exists; write the role name as plain text.</source>
        <translation>le nom de rôle d’import_role est un modèle, lu avant qu’aucune variable n’existe&#xa0;; écrivez le nom du rôle en texte brut.</translation>
    </message>
    <message>
        <source>“%1” is a template, which this version does not resolve for “%2”; write the file name as plain text.</source>
        <translation>«&#xa0;%1&#xa0;» est un modèle, que cette version ne résout pas pour «&#xa0;%2&#xa0;»&#xa0;; écrivez le nom de fichier en texte brut.</translation>
    </message>
    <message>
        <source>“%1” of “%2” must be true or false; write one of them.</source>
        <translation>«&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» doit valoir true ou false&#xa0;; écrivez l’une de ces valeurs.</translation>
    </message>
    <message>
        <source>“public” belongs to include_role; import_role always makes the role&apos;s variables visible to the play, so remove it.</source>
        <translation>«&#xa0;public&#xa0;» appartient à include_role&#xa0;; import_role rend toujours les variables du rôle visibles pour le play, supprimez-le donc.</translation>
    </message>
    <message>
        <source>“apply” of include_role is not supported; write the keywords on the role&apos;s tasks, or use import_role, which passes its keywords down.</source>
        <translation>«&#xa0;apply&#xa0;» d’include_role n’est pas pris en charge&#xa0;; écrivez les mots-clés sur les tâches du rôle, ou utilisez import_role, qui transmet ses mots-clés.</translation>
    </message>
    <message>
        <source>“apply” belongs to include_role; write the keywords on the import_role task itself, which passes them down.</source>
        <translation>«&#xa0;apply&#xa0;» appartient à include_role&#xa0;; écrivez les mots-clés sur la tâche import_role elle-même, qui les transmet.</translation>
    </message>
    <message>
        <source>“%1” has no argument “%2”; use one of: %3.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas d’argument «&#xa0;%2&#xa0;»&#xa0;; utilisez l’un de ceux-ci&#xa0;: %3.</translation>
    </message>
    <message>
        <source>“%1” has no argument “%2”; did you mean “%3”? Valid are: %4.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas d’argument «&#xa0;%2&#xa0;»&#xa0;; vouliez-vous dire «&#xa0;%3&#xa0;»&#xa0;? Les arguments valides sont&#xa0;: %4.</translation>
    </message>
    <message>
        <source>“%1” needs the argument “name” with the role to use; add “name: ROLE” below it.</source>
        <translation>«&#xa0;%1&#xa0;» a besoin de l’argument «&#xa0;name&#xa0;» avec le rôle à utiliser&#xa0;; ajoutez «&#xa0;name: ROLE&#xa0;» en dessous.</translation>
    </message>
    <message>
        <source>import_role is not supported among handlers; list the role under the play&apos;s “roles:”, which adds its handlers.</source>
        <translation>import_role n’est pas pris en charge parmi les handlers&#xa0;; listez le rôle sous «&#xa0;roles:&#xa0;» du play, ce qui ajoute ses handlers.</translation>
    </message>
    <message>
        <source>“%1” cannot be used on import_role, which only inlines the role&apos;s tasks; write it on the role&apos;s tasks instead.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être utilisé sur import_role, qui ne fait qu’insérer les tâches du rôle&#xa0;; écrivez-le plutôt sur les tâches du rôle.</translation>
    </message>
    <message>
        <source>include_role is not supported among handlers; list the role under the play&apos;s “roles:”, which adds its handlers.</source>
        <translation>include_role n’est pas pris en charge parmi les handlers&#xa0;; listez le rôle sous «&#xa0;roles:&#xa0;» du play, ce qui ajoute ses handlers.</translation>
    </message>
    <message>
        <source>a loop on include_role is not supported in this version; write one include_role per item with its vars, or loop inside the role&apos;s tasks.</source>
        <translation>une boucle sur include_role n’est pas prise en charge dans cette version&#xa0;; écrivez un include_role par élément avec ses vars, ou bouclez dans les tâches du rôle.</translation>
    </message>
    <message>
        <source>“%1” cannot be used on include_role; write it on the role&apos;s tasks instead.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être utilisé sur include_role&#xa0;; écrivez-le plutôt sur les tâches du rôle.</translation>
    </message>
    <message>
        <source>task file</source>
        <translation>le fichier de tâches</translation>
    </message>
    <message>
        <source>a task file must be a list of tasks; start each task with “- name:”.</source>
        <translation>un fichier de tâches doit être une liste de tâches&#xa0;; commencez chaque tâche par «&#xa0;- name:&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” must be a list; start each task with “- name:”.</source>
        <translation>«&#xa0;%1&#xa0;» doit être une liste&#xa0;; commencez chaque tâche par «&#xa0;- name:&#xa0;».</translation>
    </message>
    <message>
        <source>a task must be a mapping; write it as “- name: …” followed by one module such as “command: …”.</source>
        <translation>une tâche doit être un mapping&#xa0;; écrivez-la sous la forme «&#xa0;- name: …&#xa0;» suivi d’un module comme «&#xa0;command: …&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a valid variable name for “register”; use letters, digits and underscores.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de variable valide pour «&#xa0;register&#xa0;»&#xa0;; utilisez des lettres, des chiffres et des tirets bas.</translation>
    </message>
    <message>
        <source>“listen” belongs to handlers only; move this task under “handlers:” or remove “listen”.</source>
        <translation>«&#xa0;listen&#xa0;» ne concerne que les handlers&#xa0;; déplacez cette tâche sous «&#xa0;handlers:&#xa0;» ou supprimez «&#xa0;listen&#xa0;».</translation>
    </message>
    <message>
        <source>this task already has a loop; keep only one of “loop” and “with_items”.</source>
        <translation>cette tâche a déjà une boucle&#xa0;; ne gardez que l’un de «&#xa0;loop&#xa0;» et «&#xa0;with_items&#xa0;».</translation>
    </message>
    <message>
        <source>the task keyword “%1” is not supported by Antler (%2); remove it, or run this playbook with ansible-playbook.</source>
        <translation>le mot-clé de tâche «&#xa0;%1&#xa0;» n’est pas pris en charge par Antler (%2)&#xa0;; supprimez-le, ou exécutez ce playbook avec ansible-playbook.</translation>
    </message>
    <message>
        <source>this task already runs “%1”; a task runs exactly one module, so move “%2” into a task of its own.</source>
        <translation>cette tâche exécute déjà «&#xa0;%1&#xa0;»&#xa0;; une tâche exécute exactement un module, déplacez donc «&#xa0;%2&#xa0;» dans une tâche à part.</translation>
    </message>
    <message>
        <source>the module “%1” is not supported by this version of Antler; use one of %2, or run this playbook with ansible-playbook.</source>
        <translation>le module «&#xa0;%1&#xa0;» n’est pas pris en charge par cette version d’Antler&#xa0;; utilisez l’un de ceux-ci, %2, ou exécutez ce playbook avec ansible-playbook.</translation>
    </message>
    <message>
        <source>“%1” is neither a task keyword nor a module; check its spelling, or use one of the modules %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un mot-clé de tâche ni un module&#xa0;; vérifiez son orthographe, ou utilisez l’un des modules %2.</translation>
    </message>
    <message>
        <source>“%1” is neither a task keyword nor a module; check its spelling (did you mean “%2”?).</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un mot-clé de tâche ni un module&#xa0;; vérifiez son orthographe (vouliez-vous dire «&#xa0;%2&#xa0;»&#xa0;?).</translation>
    </message>
    <message>
        <source>a block cannot also run “%1”; move the module into a task inside the block.</source>
        <translation>un bloc ne peut pas en plus exécuter «&#xa0;%1&#xa0;»&#xa0;; déplacez le module dans une tâche à l’intérieur du bloc.</translation>
    </message>
    <message>
        <source>“%1” cannot be used on a block; write it on the tasks inside the block.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être utilisé sur un bloc&#xa0;; écrivez-le sur les tâches à l’intérieur du bloc.</translation>
    </message>
    <message>
        <source>“args” cannot be used on a block; write it on a task inside.</source>
        <translation>«&#xa0;args&#xa0;» ne peut pas être utilisé sur un bloc&#xa0;; écrivez-le sur une tâche à l’intérieur.</translation>
    </message>
    <message>
        <source>blocks are not supported among handlers; write each handler as a task of its own.</source>
        <translation>les blocs ne sont pas pris en charge parmi les handlers&#xa0;; écrivez chaque handler comme une tâche à part.</translation>
    </message>
    <message>
        <source>“rescue” and “always” need a “block” beside them; add “block:” with the tasks to run first.</source>
        <translation>«&#xa0;rescue&#xa0;» et «&#xa0;always&#xa0;» exigent un «&#xa0;block&#xa0;» à côté d’eux&#xa0;; ajoutez «&#xa0;block:&#xa0;» avec les tâches à exécuter en premier.</translation>
    </message>
    <message>
        <source>this task runs no module; add one such as “command: …” or “debug: msg=…”.</source>
        <translation>cette tâche n’exécute aucun module&#xa0;; ajoutez-en un, comme «&#xa0;command: …&#xa0;» ou «&#xa0;debug: msg=…&#xa0;».</translation>
    </message>
    <message>
        <source>“loop” needs a list or a template that gives one, not the text “%1”; write “loop: &quot;{{ %1 }}&quot;” for a variable or a list below it.</source>
        <translation>«&#xa0;loop&#xa0;» attend une liste ou un modèle qui en produit une, pas le texte «&#xa0;%1&#xa0;»&#xa0;; écrivez «&#xa0;loop: &quot;{{ %1 }}&quot;&#xa0;» pour une variable, ou une liste en dessous.</translation>
    </message>
    <message>
        <source>“%1” needs a list or a template that gives one, not %2; write the items one per line starting with “- ”.</source>
        <translation>«&#xa0;%1&#xa0;» attend une liste ou un modèle qui en produit une, mais a reçu %2&#xa0;; écrivez les éléments un par ligne, commençant par «&#xa0;- &#xa0;».</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>une valeur vide</translation>
    </message>
    <message>
        <source>“loop_control” needs a loop on the same task; add “loop:” or remove “loop_control”.</source>
        <translation>«&#xa0;loop_control&#xa0;» exige une boucle sur la même tâche&#xa0;; ajoutez «&#xa0;loop:&#xa0;» ou supprimez «&#xa0;loop_control&#xa0;».</translation>
    </message>
    <message>
        <source>“loop_control” must be a mapping; write “loop_var:”, “label:” or “index_var:” below it.</source>
        <translation>«&#xa0;loop_control&#xa0;» doit être un mapping&#xa0;; écrivez «&#xa0;loop_var:&#xa0;», «&#xa0;label:&#xa0;» ou «&#xa0;index_var:&#xa0;» en dessous.</translation>
    </message>
    <message>
        <source>“%1” is not a valid variable name for “%2”; use letters, digits and underscores.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de variable valide pour «&#xa0;%2&#xa0;»&#xa0;; utilisez des lettres, des chiffres et des tirets bas.</translation>
    </message>
    <message>
        <source>loop_control “%1” is not supported; remove it (loop_var, label and index_var are).</source>
        <translation>loop_control «&#xa0;%1&#xa0;» n’est pas pris en charge&#xa0;; supprimez-le (loop_var, label et index_var le sont).</translation>
    </message>
    <message>
        <source>“%1” is not a loop_control keyword; use loop_var, label or index_var.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un mot-clé de loop_control&#xa0;; utilisez loop_var, label ou index_var.</translation>
    </message>
    <message>
        <source>“apply” is not supported; put the keywords on the tasks of the included file, or use import_tasks.</source>
        <translation>«&#xa0;apply&#xa0;» n’est pas pris en charge&#xa0;; placez les mots-clés sur les tâches du fichier inclus, ou utilisez import_tasks.</translation>
    </message>
    <message>
        <source>“%1” has no argument “%2”; use “file”.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas d’argument «&#xa0;%2&#xa0;»&#xa0;; utilisez «&#xa0;file&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” takes a file name; write “%1: FILE.yml”.</source>
        <translation>«&#xa0;%1&#xa0;» attend un nom de fichier&#xa0;; écrivez «&#xa0;%1: FILE.yml&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” names no file; write “%1: FILE.yml”.</source>
        <translation>«&#xa0;%1&#xa0;» ne désigne aucun fichier&#xa0;; écrivez «&#xa0;%1: FILE.yml&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” cannot be used on import_tasks, which only inlines a file; use include_tasks, or write it on the imported tasks.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être utilisé sur import_tasks, qui ne fait qu’insérer un fichier&#xa0;; utilisez include_tasks, ou écrivez-le sur les tâches importées.</translation>
    </message>
    <message>
        <source>the file name of import_tasks is a template, which is read before any variable exists; write the name as plain text, or use include_tasks.</source>
        <translation>le nom de fichier d’import_tasks est un modèle, lu avant qu’aucune variable n’existe&#xa0;; écrivez le nom en texte brut, ou utilisez include_tasks.</translation>
    </message>
    <message>
        <source>include_tasks is not supported among handlers; write each handler as a task of its own.</source>
        <translation>include_tasks n’est pas pris en charge parmi les handlers&#xa0;; écrivez chaque handler comme une tâche à part.</translation>
    </message>
    <message>
        <source>this is not valid YAML (%1); check the indentation and the quotes around this position.</source>
        <translation>ce n’est pas du YAML valide (%1)&#xa0;; vérifiez l’indentation et les guillemets autour de cet endroit.</translation>
    </message>
    <message>
        <source>this line is indented with a tab, which YAML does not allow; indent with spaces only.</source>
        <translation>cette ligne est indentée avec une tabulation, ce que YAML n’autorise pas&#xa0;; indentez uniquement avec des espaces.</translation>
    </message>
    <message>
        <source>“%1” includes itself (through %2); remove the loop.</source>
        <translation>«&#xa0;%1&#xa0;» s’inclut lui-même (via %2)&#xa0;; supprimez la boucle.</translation>
    </message>
    <message>
        <source>cannot read the %1 %2 (%3); check the name and that the file exists.</source>
        <translation>impossible de lire %1 %2 (%3)&#xa0;; vérifiez le nom et que le fichier existe.</translation>
    </message>
    <message>
        <source>a key must be a plain word, not a list or mapping; write it as “name: value”.</source>
        <translation>une clé doit être un simple mot, pas une liste ni un mapping&#xa0;; écrivez-la sous la forme «&#xa0;name: value&#xa0;».</translation>
    </message>
    <message>
        <source>the key “%1” appears twice, first on line %2; keep only one of them.</source>
        <translation>la clé «&#xa0;%1&#xa0;» apparaît deux fois, d’abord à la ligne %2&#xa0;; n’en gardez qu’une.</translation>
    </message>
    <message>
        <source>“%1” has no value; write its value after the colon.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de valeur&#xa0;; écrivez sa valeur après les deux-points.</translation>
    </message>
    <message>
        <source>the value of “%1” must be text, not a list or a mapping; write it on the same line as the key.</source>
        <translation>la valeur de «&#xa0;%1&#xa0;» doit être du texte, pas une liste ni un mapping&#xa0;; écrivez-la sur la même ligne que la clé.</translation>
    </message>
    <message>
        <source>“%1” takes a literal true or false in this version, not a template; write true or false.</source>
        <translation>«&#xa0;%1&#xa0;» n’accepte dans cette version qu’un true ou false littéral, pas un modèle&#xa0;; écrivez true ou false.</translation>
    </message>
    <message>
        <source>“%1” must be true or false; write one of them.</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir true ou false&#xa0;; écrivez l’une de ces valeurs.</translation>
    </message>
    <message>
        <source>“%1” takes a literal number in this version, not a template; write a whole number.</source>
        <translation>«&#xa0;%1&#xa0;» attend un nombre littéral dans cette version, pas un modèle&#xa0;; écrivez un nombre entier.</translation>
    </message>
    <message>
        <source>“%1” must be a whole number, not “%2”; write for example 3.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entier, pas «&#xa0;%2&#xa0;»&#xa0;; écrivez par exemple 3.</translation>
    </message>
    <message>
        <source>each entry of “%1” must be a single word or name, not a list or a mapping; write one per line.</source>
        <translation>chaque entrée de «&#xa0;%1&#xa0;» doit être un seul mot ou nom, pas une liste ni un mapping&#xa0;; écrivez-en un par ligne.</translation>
    </message>
    <message>
        <source>“%1” must be a name or a list of names, not a mapping; write one per line starting with “- ”.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nom ou une liste de noms, pas un mapping&#xa0;; écrivez-en un par ligne, commençant par «&#xa0;- &#xa0;».</translation>
    </message>
    <message>
        <source>each condition of “%1” must be an expression such as “result.rc == 0”, not a list or a mapping; write one per line.</source>
        <translation>chaque condition de «&#xa0;%1&#xa0;» doit être une expression comme «&#xa0;result.rc == 0&#xa0;», pas une liste ni un mapping&#xa0;; écrivez-en une par ligne.</translation>
    </message>
    <message>
        <source>the condition of “%1” is empty; write an expression such as “result.rc == 0”.</source>
        <translation>la condition de «&#xa0;%1&#xa0;» est vide&#xa0;; écrivez une expression comme «&#xa0;result.rc == 0&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” has no condition; write an expression after the colon.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de condition&#xa0;; écrivez une expression après les deux-points.</translation>
    </message>
    <message>
        <source>“%1” must be an expression or a list of expressions, not a mapping; write it as “%1: name == &apos;value&apos;” (quote it if it contains a colon).</source>
        <translation>«&#xa0;%1&#xa0;» doit être une expression ou une liste d’expressions, pas un mapping&#xa0;; écrivez «&#xa0;%1: name == &apos;value&apos;&#xa0;» (entre guillemets s’il contient deux-points).</translation>
    </message>
    <message>
        <source>“%1” must be a mapping of names to values; write one “name: value” per line below it.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un mapping de noms vers des valeurs&#xa0;; écrivez un «&#xa0;name: value&#xa0;» par ligne en dessous.</translation>
    </message>
    <message>
        <source>“%1” is not a valid variable name; use letters, digits and underscores, not starting with a digit.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de variable valide&#xa0;; utilisez des lettres, des chiffres et des tirets bas, sans commencer par un chiffre.</translation>
    </message>
    <message>
        <source>this task already has a loop; keep only one of “loop” and “%1”.</source>
        <translation>cette tâche a déjà une boucle&#xa0;; ne gardez que l’un de «&#xa0;loop&#xa0;» et «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>the loop “%1” is not supported; “loop”, “with_items”, “with_list”, “with_dict”, “with_subelements”, “with_nested”, “with_together”, “with_sequence”, “with_first_found”, “with_fileglob”, “with_pipe” and “with_template” are, so write “loop:” with a list or a template.</source>
        <translation>la boucle «&#xa0;%1&#xa0;» n’est pas prise en charge&#xa0;; «&#xa0;loop&#xa0;», «&#xa0;with_items&#xa0;», «&#xa0;with_list&#xa0;», «&#xa0;with_dict&#xa0;», «&#xa0;with_subelements&#xa0;», «&#xa0;with_nested&#xa0;», «&#xa0;with_together&#xa0;», «&#xa0;with_sequence&#xa0;», «&#xa0;with_first_found&#xa0;», «&#xa0;with_fileglob&#xa0;», «&#xa0;with_pipe&#xa0;» et «&#xa0;with_template&#xa0;» le sont, alors écrivez «&#xa0;loop:&#xa0;» avec une liste ou un modèle.</translation>
    </message>
    <message>
        <source>“%1” needs terms to loop over; write them after the colon.</source>
        <translation>«&#xa0;%1&#xa0;» a besoin de termes sur lesquels boucler&#xa0;; écrivez-les après les deux-points.</translation>
    </message>
    <message>
        <source>“%1” must be true or false; write one of them, or a template.</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir true ou false&#xa0;; écrivez l’un des deux, ou un modèle.</translation>
    </message>
    <message>
        <source>the strategy “%1” is not supported; Antler runs plays with the linear or the free strategy, so remove “strategy” or write one of them.</source>
        <translation>la stratégie «&#xa0;%1&#xa0;» n’est pas prise en charge&#xa0;; Antler exécute les plays avec la stratégie linear ou free, supprimez donc «&#xa0;strategy&#xa0;» ou indiquez l’une des deux.</translation>
    </message>
    <message>
        <source>“serial” takes a number of hosts, a percentage such as 30%, or a list of them, not “%1”; write for example serial: 2.</source>
        <translation>«&#xa0;serial&#xa0;» attend un nombre d’hôtes, un pourcentage comme 30%, ou une liste de ceux-ci, pas «&#xa0;%1&#xa0;»&#xa0;; écrivez par exemple serial: 2.</translation>
    </message>
    <message>
        <source>“serial” is an empty list; write a number of hosts, such as 2.</source>
        <translation>«&#xa0;serial&#xa0;» est une liste vide&#xa0;; écrivez un nombre d’hôtes, comme 2.</translation>
    </message>
    <message>
        <source>“poll: 0” leaves only command and shell tasks running in the background in this version, not “%1”; give the task a poll interval such as “poll: 5”, or run this playbook with ansible-playbook.</source>
        <translation>«&#xa0;poll: 0&#xa0;» ne laisse tourner en arrière-plan que les tâches command et shell dans cette version, pas «&#xa0;%1&#xa0;»&#xa0;; donnez à la tâche un intervalle d’interrogation comme «&#xa0;poll: 5&#xa0;», ou exécutez ce playbook avec ansible-playbook.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::PythonRegex</name>
    <message>
        <source>%1 is not a valid regular expression: %2 at offset %3 of &apos;%4&apos;.</source>
        <translation>%1 n’est pas une expression régulière valide&#xa0;: %2 à la position %3 de &apos;%4&apos;.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::RebootModule</name>
    <message>
        <source>the task was cancelled</source>
        <translation>la tâche a été annulée</translation>
    </message>
    <message>
        <source>no connection to %1</source>
        <translation>aucune connexion à %1</translation>
    </message>
    <message>
        <source>Could not read the boot id of %1 before the reboot (&apos;%2&apos;): %3</source>
        <translation>Impossible de lire l’identifiant de démarrage de %1 avant le redémarrage (&apos;%2&apos;)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Reboot command failed on %1 (exit code %2): %3; set reboot_command if the host reboots another way.</source>
        <translation>La commande de redémarrage a échoué sur %1 (code de sortie %2)&#xa0;: %3&#xa0;; définissez reboot_command si l’hôte redémarre autrement.</translation>
    </message>
    <message>
        <source>Could not start the reboot of %1: %2</source>
        <translation>Impossible de lancer le redémarrage de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Timed out waiting for last boot time check (timeout=%1): %2 did not come back with a new boot id.</source>
        <translation>Délai dépassé en attendant la vérification de l’heure du dernier démarrage (timeout=%1)&#xa0;: %2 n’est pas revenu avec un nouvel identifiant de démarrage.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::RemoteFileScript</name>
    <message>
        <source>unexpected answer &apos;%1&apos; from stat for %2; the host needs GNU coreutils.</source>
        <translation>réponse inattendue &apos;%1&apos; de stat pour %2&#xa0;; l’hôte a besoin de GNU coreutils.</translation>
    </message>
    <message>
        <source>unexpected answer &apos;%1&apos; for the digest of %2.</source>
        <translation>réponse inattendue &apos;%1&apos; pour l&apos;empreinte de %2.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::ReplaceModule</name>
    <message>
        <source>replace needs path: the file on the host to edit.</source>
        <translation>replace a besoin de path&#xa0;: le fichier à modifier sur l’hôte.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::Runner</name>
    <message>
        <source>the task at %1 notifies “%2”, but no handler has that name or listens to it; check the name under handlers:.</source>
        <translation>la tâche à %1 notifie «&#xa0;%2&#xa0;», mais aucun handler ne porte ce nom ni ne l’écoute&#xa0;; vérifiez le nom sous handlers:.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::ScriptModule</name>
    <message>
        <source>script needs the path of a local script (script: files/setup.sh --flag).</source>
        <translation>script a besoin du chemin d’un script local (script: files/setup.sh --flag).</translation>
    </message>
    <message>
        <source>script %1</source>
        <translation>script %1</translation>
    </message>
</context>
<context>
    <name>antler::playbook::ServiceModule</name>
    <message>
        <source>missing required arguments: name</source>
        <translation>arguments requis manquants&#xa0;: name</translation>
    </message>
    <message>
        <source>Neither state nor enabled is set for the service %1; say what it should be.</source>
        <translation>Ni state ni enabled n’est défini pour le service %1&#xa0;; indiquez ce qu’il doit être.</translation>
    </message>
    <message>
        <source>Could not read the state of the service %1 on %2: %3</source>
        <translation>Impossible de lire l’état du service %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Could not find the requested service %1 on %2: systemd is not running there (a container?) and there is no init script /etc/init.d/%1.</source>
        <translation>Service demandé %1 introuvable sur %2&#xa0;: systemd n’y tourne pas (un conteneur&#xa0;?) et il n’y a pas de script d’init /etc/init.d/%1.</translation>
    </message>
    <message>
        <source>Could not find the requested service %1 on %2: host</source>
        <translation>Service demandé %1 introuvable sur %2&#xa0;: host</translation>
    </message>
    <message>
        <source>systemd is not running on %1 (a container?): %2 was managed through its init script /etc/init.d/%2 instead.</source>
        <translation>systemd ne tourne pas sur %1 (un conteneur&#xa0;?)&#xa0;: %2 a été géré à la place par son script d’init /etc/init.d/%2.</translation>
    </message>
    <message>
        <source>Could not change the service %1 on %2 (exit code %3): %4</source>
        <translation>Impossible de modifier le service %1 sur %2 (code de sortie %3)&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>antler::playbook::SetFactModule</name>
    <message>
        <source>No key/value pairs provided, at least one is required for this action to succeed</source>
        <translation>Aucune paire clé/valeur fournie&#xa0;; au moins une est nécessaire pour que cette action réussisse</translation>
    </message>
</context>
<context>
    <name>antler::playbook::ShellWords</name>
    <message>
        <source>the command ends with a lone backslash; remove it or quote it as &apos;\\&apos;.</source>
        <translation>la commande se termine par une barre oblique inverse isolée&#xa0;; supprimez-la ou mettez-la entre guillemets sous la forme &apos;\\&apos;.</translation>
    </message>
    <message>
        <source>the command has an unclosed %1 quote; close it or escape it with a backslash.</source>
        <translation>la commande contient un guillemet %1 non fermé&#xa0;; fermez-le ou échappez-le avec une barre oblique inverse.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::SlurpModule</name>
    <message>
        <source>slurp needs src: the file on the host to read.</source>
        <translation>slurp a besoin de src&#xa0;: le fichier à lire sur l’hôte.</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>lire %1</translation>
    </message>
    <message>
        <source>Cannot read %1 on %2: %3</source>
        <translation>Impossible de lire %1 sur %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::StatModule</name>
    <message>
        <source>stat needs path: the file to look at on the host.</source>
        <translation>stat a besoin de path&#xa0;: le fichier à examiner sur l’hôte.</translation>
    </message>
    <message>
        <source>stat of %1</source>
        <translation>stat de %1</translation>
    </message>
    <message>
        <source>Cannot stat on %1: %2</source>
        <translation>stat impossible sur %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>antler::playbook::SysctlModule</name>
    <message>
        <source>missing required arguments: name</source>
        <translation>arguments requis manquants&#xa0;: name</translation>
    </message>
    <message>
        <source>value cannot be None</source>
        <translation>value ne peut pas être None</translation>
    </message>
    <message>
        <source>Could not read %1 on %2: %3</source>
        <translation>Impossible de lire %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Failed to reload sysctl on %1: %2 (%3 was written; use reload: false or ignoreerrors: true where the kernel refuses a key, e.g. in a container)</source>
        <translation>Échec du rechargement de sysctl sur %1&#xa0;: %2 (%3 a été écrit&#xa0;; utilisez reload: false ou ignoreerrors: true là où le noyau refuse une clé, par exemple dans un conteneur)</translation>
    </message>
    <message>
        <source>Could not set %1 on %2: %3</source>
        <translation>Impossible de définir %1 sur %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::TaskContext</name>
    <message>
        <source>“environment” of the task at %1 is “%2”, not a mapping; make the template give names and values.</source>
        <translation>«&#xa0;environment&#xa0;» de la tâche à %1 vaut «&#xa0;%2&#xa0;», pas un mapping&#xa0;; faites en sorte que le modèle donne des noms et des valeurs.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::TaskExecutor</name>
    <message>
        <source>the task at %1 cannot be templated: %2; define the variable in the play&apos;s vars, the inventory or with -e, or fix the expression.</source>
        <translation>la tâche à %1 ne peut pas être instanciée à partir du modèle&#xa0;: %2&#xa0;; définissez la variable dans les vars du play, dans l’inventaire ou avec -e, ou corrigez l’expression.</translation>
    </message>
    <message>
        <source>Invalid data passed to &apos;loop&apos;, it requires a list, got this instead: %1. Hint: If you passed a list/dict of just one element, try adding wantlist=True to your lookup invocation or use q/query instead of lookup.</source>
        <translation>Données non valides passées à &apos;loop&apos;, une liste est requise, reçu à la place&#xa0;: %1. Astuce&#xa0;: si vous avez passé une liste ou un dict d’un seul élément, essayez d’ajouter wantlist=True à votre appel lookup ou utilisez q/query au lieu de lookup.</translation>
    </message>
    <message>
        <source>The conditional check &apos;%1&apos; failed. The error was: %2</source>
        <translation>La vérification conditionnelle &apos;%1&apos; a échoué. L’erreur était&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unsupported parameters for (%1) module: %2.</source>
        <translation>Paramètres non pris en charge pour le module (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>value of %1 must be one of: %2, got: %3</source>
        <translation>la valeur de %1 doit être l’une de&#xa0;: %2, reçu&#xa0;: %3</translation>
    </message>
    <message>
        <source>the task at %1 uses the module “%2”, which Antler does not have; see antler --list-modules.</source>
        <translation>la tâche à %1 utilise le module «&#xa0;%2&#xa0;», qu’Antler n’a pas&#xa0;; voir antler --list-modules.</translation>
    </message>
    <message>
        <source>remote module (%1) does not support check mode</source>
        <translation>le module distant (%1) ne prend pas en charge le mode vérification</translation>
    </message>
    <message>
        <source>the task was cancelled</source>
        <translation>la tâche a été annulée</translation>
    </message>
    <message>
        <source>the loop “with_%1” of the task at %2 failed: %3</source>
        <translation>la boucle «&#xa0;with_%1&#xa0;» de la tâche à %2 a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>the task at %1 would leave “%2” running in the background (poll: 0), which Antler does only for command and shell; give the task a poll interval such as “poll: 5”.</source>
        <translation>la tâche à %1 laisserait «&#xa0;%2&#xa0;» tourner en arrière-plan (poll: 0), ce qu’Antler ne fait que pour command et shell&#xa0;; donnez à la tâche un intervalle d’interrogation comme «&#xa0;poll: 5&#xa0;».</translation>
    </message>
</context>
<context>
    <name>antler::playbook::TaskKeywords</name>
    <message>
        <source>“%1” of the task at %2 cannot be templated: %3; define the variable or fix the expression.</source>
        <translation>«&#xa0;%1&#xa0;» de la tâche à %2 ne peut pas être évalué&#xa0;: %3&#xa0;; définissez la variable ou corrigez l’expression.</translation>
    </message>
    <message>
        <source>“%1” of the task at %2 is “%3”, which is not a valid boolean; make the template give true or false.</source>
        <translation>«&#xa0;%1&#xa0;» de la tâche à %2 vaut «&#xa0;%3&#xa0;», qui n’est pas un booléen valide&#xa0;; faites en sorte que le modèle donne true ou false.</translation>
    </message>
    <message>
        <source>“%1” of the task at %2 is “%3”, which is not a whole number; make the template give one.</source>
        <translation>«&#xa0;%1&#xa0;» de la tâche à %2 vaut «&#xa0;%3&#xa0;», qui n’est pas un nombre entier&#xa0;; faites en sorte que le modèle en donne un.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::Templar</name>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (dans %2)</translation>
    </message>
    <message>
        <source>the variables refer to each other in a loop (&apos;%1&apos; needs itself); make sure no variable&apos;s value refers back to itself.</source>
        <translation>les variables se font référence en boucle (&apos;%1&apos; a besoin d’elle-même)&#xa0;; assurez-vous qu’aucune valeur de variable ne renvoie à elle-même.</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>l’expression est vide</translation>
    </message>
    <message>
        <source>the loop “with_%1” is not supported</source>
        <translation>la boucle «&#xa0;with_%1&#xa0;» n’est pas prise en charge</translation>
    </message>
</context>
<context>
    <name>antler::playbook::TemplateModule</name>
    <message>
        <source>template needs src (a Jinja2 file next to the playbook or in the role&apos;s templates/) and dest.</source>
        <translation>template a besoin de src (un fichier Jinja2 à côté du playbook ou dans templates/ du rôle) et de dest.</translation>
    </message>
    <message>
        <source>Cannot read the template %1 on the controller: %2.</source>
        <translation>Impossible de lire le modèle %1 sur le contrôleur&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot render the template %1: %2</source>
        <translation>Impossible de rendre le modèle %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>antler::playbook::TimezoneModule</name>
    <message>
        <source>timezone on %1: setting the hardware clock (hwclock) is not supported by Antler; set only the name, or run this task with ansible-playbook.</source>
        <translation>timezone sur %1&#xa0;: le réglage de l’horloge matérielle (hwclock) n’est pas pris en charge par Antler&#xa0;; définissez seulement le nom, ou exécutez cette tâche avec ansible-playbook.</translation>
    </message>
    <message>
        <source>one of the following is required: name, hwclock</source>
        <translation>l’un des suivants est requis&#xa0;: name, hwclock</translation>
    </message>
    <message>
        <source>Could not read the time zone of %1: %2</source>
        <translation>Impossible de lire le fuseau horaire de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not set the time zone of %1 to %2: %3</source>
        <translation>Impossible de régler le fuseau horaire de %1 sur %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::UnarchiveModule</name>
    <message>
        <source>unarchive needs src (the archive) and dest (an existing folder on the host).</source>
        <translation>unarchive a besoin de src (l’archive) et de dest (un dossier existant sur l’hôte).</translation>
    </message>
    <message>
        <source>unarchive of %1</source>
        <translation>extraction de %1</translation>
    </message>
    <message>
        <source>Cannot extract %1 into %2 on %3: %4</source>
        <translation>Impossible d’extraire %1 dans %2 sur %3&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>antler::playbook::UnimplementedModule</name>
    <message>
        <source>The module “%1” at %2 is an Ansible module Antler does not implement, and this task ran on %3; give it a “when:” that is false on this host, or run this playbook with ansible-playbook.</source>
        <translation>Le module «&#xa0;%1&#xa0;» à %2 est un module Ansible qu’Antler n’implémente pas, et cette tâche s’est exécutée sur %3&#xa0;; ajoutez-lui un «&#xa0;when:&#xa0;» faux sur cet hôte, ou exécutez ce playbook avec ansible-playbook.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::UriModule</name>
    <message>
        <source>uri needs url.</source>
        <translation>uri a besoin de url.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cannot read the answer to %1 on %2: %3</source>
        <translation>Impossible de lire la réponse à %1 sur %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::UserModule</name>
    <message>
        <source>missing required arguments: name</source>
        <translation>arguments requis manquants&#xa0;: name</translation>
    </message>
    <message>
        <source>uid must be a number, got &apos;%1&apos;</source>
        <translation>uid doit être un nombre, reçu&#xa0;: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Could not read the user %1 on %2: %3</source>
        <translation>Impossible de lire l’utilisateur %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Group %1 does not exist on %2; create it first (group module).</source>
        <translation>Le groupe %1 n’existe pas sur %2&#xa0;; créez-le d’abord (module group).</translation>
    </message>
    <message>
        <source>%1 for the user %2 failed on %3 (exit code %4): %5</source>
        <translation>%1 pour l’utilisateur %2 a échoué sur %3 (code de sortie %4)&#xa0;: %5</translation>
    </message>
</context>
<context>
    <name>antler::playbook::WaitForConnectionModule</name>
    <message>
        <source>no connection to %1</source>
        <translation>aucune connexion à %1</translation>
    </message>
    <message>
        <source>timed out waiting for ping module test: %1</source>
        <translation>délai dépassé en attendant le test du module ping&#xa0;: %1</translation>
    </message>
    <message>
        <source>the task was cancelled</source>
        <translation>la tâche a été annulée</translation>
    </message>
</context>
<context>
    <name>antler::playbook::WaitForModule</name>
    <message>
        <source>port and path parameter can not both be passed to wait_for</source>
        <translation>les paramètres port et path ne peuvent pas être passés tous les deux à wait_for</translation>
    </message>
    <message>
        <source>port must be a number from 1 to 65535, got &apos;%1&apos;</source>
        <translation>port doit être un nombre entre 1 et 65535, reçu&#xa0;: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>state=%1 needs path (or port with started/stopped)</source>
        <translation>state=%1 a besoin de path (ou de port avec started/stopped)</translation>
    </message>
    <message>
        <source>wait_for could not poll on %1: %2</source>
        <translation>wait_for n’a pas pu interroger %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Timeout when waiting for %1 to be absent.</source>
        <translation>Délai dépassé en attendant que %1 disparaisse.</translation>
    </message>
    <message>
        <source>Timeout when waiting for search string %1 in %2</source>
        <translation>Délai dépassé en attendant la chaîne recherchée %1 dans %2</translation>
    </message>
    <message>
        <source>Timeout when waiting for file %1</source>
        <translation>Délai dépassé en attendant le fichier %1</translation>
    </message>
    <message>
        <source>Timeout when waiting for %1:%2 to stop.</source>
        <translation>Délai dépassé en attendant que %1:%2 s’arrête.</translation>
    </message>
    <message>
        <source>Timeout when waiting for search string %1 in %2:%3</source>
        <translation>Délai dépassé en attendant la chaîne recherchée %1 dans %2:%3</translation>
    </message>
    <message>
        <source>Timeout when waiting for %1:%2</source>
        <translation>Délai dépassé en attendant %1:%2</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja</name>
    <message>
        <source>unsupported operand type(s) for %1: &apos;%2&apos; and &apos;%3&apos;</source>
        <translation>types d’opérandes non pris en charge pour %1&#xa0;: &apos;%2&apos; et &apos;%3&apos;</translation>
    </message>
    <message>
        <source>the result would be larger than %1 characters</source>
        <translation>le résultat dépasserait %1 caractères</translation>
    </message>
    <message>
        <source>&apos;dict object&apos; has no attribute &apos;%1&apos;</source>
        <translation>&apos;dict object&apos; n’a pas d’attribut &apos;%1&apos;</translation>
    </message>
    <message>
        <source>empty separator</source>
        <translation>séparateur vide</translation>
    </message>
    <message>
        <source>%1() takes at least 1 argument (0 given)</source>
        <translation>%1() prend au moins 1 argument (0 donné)</translation>
    </message>
    <message>
        <source>replace() takes at least 2 arguments</source>
        <translation>replace() prend au moins 2 arguments</translation>
    </message>
    <message>
        <source>substring not found</source>
        <translation>sous-chaîne introuvable</translation>
    </message>
    <message>
        <source>Single &apos;{&apos; encountered in format string</source>
        <translation>&apos;{&apos; isolé rencontré dans la chaîne de format</translation>
    </message>
    <message>
        <source>&apos;str object&apos; has no attribute &apos;%1&apos;</source>
        <translation>&apos;str object&apos; n’a pas d’attribut &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the &apos;%1&apos; test expects a dictionary (a registered task result), not %2</source>
        <translation>le test &apos;%1&apos; attend un dictionnaire (un résultat de tâche enregistré), pas %2</translation>
    </message>
    <message>
        <source>integer division or modulo by zero</source>
        <translation>division entière ou modulo par zéro</translation>
    </message>
    <message>
        <source>Invalid operator type (%1)</source>
        <translation>Type d’opérateur non valide (%1)</translation>
    </message>
    <message>
        <source>the comment filter has no style &apos;%1&apos;; use plain, erlang, c, cblock or xml</source>
        <translation>le filtre comment n’a pas de style «&#xa0;%1&#xa0;»&#xa0;; utilisez plain, erlang, c, cblock ou xml</translation>
    </message>
    <message>
        <source>list object has no element %1</source>
        <translation>l’objet liste n’a pas d’élément %1</translation>
    </message>
    <message>
        <source>extract cannot look up %1 in a %2</source>
        <translation>extract ne peut pas chercher %1 dans un %2</translation>
    </message>
    <message>
        <source>password_hash does not support the hash type &apos;%1&apos;; use sha512, sha256, md5 or blowfish</source>
        <translation>password_hash ne prend pas en charge le type de hachage «&#xa0;%1&#xa0;»&#xa0;; utilisez sha512, sha256, md5 ou blowfish</translation>
    </message>
    <message>
        <source>invalid characters in salt</source>
        <translation>caractères non valides dans le sel</translation>
    </message>
    <message>
        <source>crypt could not hash the password with the setting %1</source>
        <translation>crypt n’a pas pu hacher le mot de passe avec le paramètre %1</translation>
    </message>
    <message>
        <source>Version comparison failed: invalid version number &apos;%1&apos;</source>
        <translation>Échec de la comparaison de versions&#xa0;: numéro de version «&#xa0;%1&#xa0;» non valide</translation>
    </message>
    <message>
        <source>with_dict expects a dict</source>
        <translation>with_dict attend un dict</translation>
    </message>
    <message>
        <source>subelements lookup expects a list of two or three items, </source>
        <translation>le lookup subelements attend une liste de deux ou trois éléments, </translation>
    </message>
    <message>
        <source>first a dict or a list, second a string pointing to the subkey</source>
        <translation>d’abord un dict ou une liste, puis une chaîne désignant la sous-clé</translation>
    </message>
    <message>
        <source>subelements lookup expects a dictionary, got &apos;%1&apos;</source>
        <translation>le lookup subelements attend un dictionnaire, reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>could not find &apos;%1&apos; key in iterated item &apos;%2&apos;</source>
        <translation>impossible de trouver la clé &apos;%1&apos; dans l’élément parcouru &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the key %1 should point to a dictionary, got &apos;%2&apos;</source>
        <translation>la clé %1 devrait désigner un dictionnaire, reçu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the key %1 should point to a list, got &apos;%2&apos;</source>
        <translation>la clé %1 devrait désigner une liste, reçu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>with_nested requires at least one element in the nested list</source>
        <translation>with_nested exige au moins un élément dans la liste imbriquée</translation>
    </message>
    <message>
        <source>with_together requires at least one element in each list</source>
        <translation>with_together exige au moins un élément dans chaque liste</translation>
    </message>
    <message>
        <source>unknown error parsing with_sequence arguments: %1 (%2)</source>
        <translation>erreur inconnue lors de l’analyse des arguments de with_sequence&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>can&apos;t specify both count and end in with_sequence</source>
        <translation>impossible de spécifier à la fois count et end dans with_sequence</translation>
    </message>
    <message>
        <source>must specify count or end in with_sequence</source>
        <translation>count ou end doit être spécifié dans with_sequence</translation>
    </message>
    <message>
        <source>to count backwards make stride negative</source>
        <translation>pour compter à rebours, rendez stride négatif</translation>
    </message>
    <message>
        <source>to count forward don&apos;t make stride negative</source>
        <translation>pour compter en avant, ne rendez pas stride négatif</translation>
    </message>
    <message>
        <source>bad formatting string: %1</source>
        <translation>chaîne de formatage incorrecte&#xa0;: %1</translation>
    </message>
    <message>
        <source>with_sequence gives more than a million items</source>
        <translation>with_sequence donne plus d’un million d’éléments</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Arithmetic</name>
    <message>
        <source>bad operand type for unary -: &apos;%1&apos;</source>
        <translation>type d’opérande incorrect pour le - unaire&#xa0;: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>division par zéro</translation>
    </message>
    <message>
        <source>float division by zero</source>
        <translation>division flottante par zéro</translation>
    </message>
    <message>
        <source>integer division or modulo by zero</source>
        <translation>division entière ou modulo par zéro</translation>
    </message>
    <message>
        <source>can only concatenate str (not &quot;%1&quot;) to str</source>
        <translation>on ne peut concaténer que des str (pas &quot;%1&quot;) à un str</translation>
    </message>
    <message>
        <source>unsupported operand type(s) for +: &apos;%1&apos; and &apos;str&apos;</source>
        <translation>types d’opérandes non pris en charge pour +&#xa0;: &apos;%1&apos; et &apos;str&apos;</translation>
    </message>
    <message>
        <source>incomplete format</source>
        <translation>format incomplet</translation>
    </message>
    <message>
        <source>not enough arguments for format string</source>
        <translation>pas assez d’arguments pour la chaîne de format</translation>
    </message>
    <message>
        <source>%1 format: a real number is required, not %2</source>
        <translation>format %1&#xa0;: un nombre réel est requis, pas %2</translation>
    </message>
    <message>
        <source>must be real number, not %1</source>
        <translation>doit être un nombre réel, pas %1</translation>
    </message>
    <message>
        <source>unsupported format character &apos;%1&apos;</source>
        <translation>caractère de format non pris en charge &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not all arguments converted during string formatting</source>
        <translation>tous les arguments n’ont pas été convertis lors du formatage de la chaîne</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Context</name>
    <message>
        <source>&apos;%1&apos; is undefined</source>
        <translation>&apos;%1&apos; n’est pas défini</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Evaluator</name>
    <message>
        <source>internal error: unexpected statement</source>
        <translation>erreur interne&#xa0;: instruction inattendue</translation>
    </message>
    <message>
        <source>the template&apos;s output grew beyond %1 characters; check its loops</source>
        <translation>la sortie du modèle a dépassé %1 caractères&#xa0;; vérifiez ses boucles</translation>
    </message>
    <message>
        <source>can only set attributes of a namespace(), and &apos;%1&apos; is not one</source>
        <translation>on ne peut définir des attributs que sur un namespace(), et &apos;%1&apos; n’en est pas un</translation>
    </message>
    <message>
        <source>cannot unpack non-iterable %1 object</source>
        <translation>impossible de dépaqueter un objet %1 non itérable</translation>
    </message>
    <message>
        <source>too many values to unpack (expected %1)</source>
        <translation>trop de valeurs à dépaqueter (%1 attendues)</translation>
    </message>
    <message>
        <source>not enough values to unpack (expected %1, got %2)</source>
        <translation>pas assez de valeurs à dépaqueter (%1 attendues, %2 reçues)</translation>
    </message>
    <message>
        <source>the template&apos;s loops ran more than %1 times; check its loops</source>
        <translation>les boucles du modèle ont tourné plus de %1 fois&#xa0;; vérifiez ses boucles</translation>
    </message>
    <message>
        <source>bad operand type for unary +: &apos;%1&apos;</source>
        <translation>type d’opérande incorrect pour le + unaire&#xa0;: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>internal error: a statement where an expression belongs</source>
        <translation>erreur interne&#xa0;: une instruction là où une expression est attendue</translation>
    </message>
    <message>
        <source>%1 has no attribute &apos;%2&apos;</source>
        <translation>%1 n’a pas d’attribut &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;dict object&apos; has no attribute %1</source>
        <translation>&apos;dict object&apos; n’a pas d’attribut %1</translation>
    </message>
    <message>
        <source>%1 has no attribute %2</source>
        <translation>%1 n’a pas d’attribut %2</translation>
    </message>
    <message>
        <source>%1 indices must be integers or slices, not %2</source>
        <translation>les indices de %1 doivent être des entiers ou des tranches, pas %2</translation>
    </message>
    <message>
        <source>%1 object has no element %2</source>
        <translation>l’objet %1 n’a pas d’élément %2</translation>
    </message>
    <message>
        <source>slice indices must be integers or None</source>
        <translation>les indices de tranche doivent être des entiers ou None</translation>
    </message>
    <message>
        <source>slice step cannot be zero</source>
        <translation>le pas d’une tranche ne peut pas être zéro</translation>
    </message>
    <message>
        <source>&apos;%1&apos; object is not subscriptable</source>
        <translation>l’objet &apos;%1&apos; n’est pas indexable</translation>
    </message>
    <message>
        <source>&apos;%1&apos; object is not callable</source>
        <translation>l’objet &apos;%1&apos; n’est pas appelable</translation>
    </message>
    <message>
        <source>range expected 1 to 3 arguments, got %1</source>
        <translation>range attend de 1 à 3 arguments, en a reçu %1</translation>
    </message>
    <message>
        <source>range() takes integers, not &apos;%1&apos;</source>
        <translation>range() attend des entiers, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>range() arg 3 must not be zero</source>
        <translation>le 3e argument de range() ne doit pas être zéro</translation>
    </message>
    <message>
        <source>range() is limited to %1 items in templates</source>
        <translation>range() est limité à %1 éléments dans les modèles</translation>
    </message>
    <message>
        <source>dictionary update sequence element has length %1; 2 is required</source>
        <translation>l’élément de la séquence de mise à jour du dictionnaire a une longueur de %1&#xa0;; 2 est requis</translation>
    </message>
    <message>
        <source>lookup needs the name of a lookup plugin</source>
        <translation>lookup a besoin du nom d’un plugin de lookup</translation>
    </message>
    <message>
        <source>could not read the file &apos;%1&apos; for lookup(&apos;file&apos;): %2</source>
        <translation>impossible de lire le fichier &apos;%1&apos; pour lookup(&apos;file&apos;)&#xa0;: %2</translation>
    </message>
    <message>
        <source>No variable found with this name: %1</source>
        <translation>Aucune variable trouvée avec ce nom&#xa0;: %1</translation>
    </message>
    <message>
        <source>No filter named &apos;%1&apos;.</source>
        <translation>Aucun filtre nommé &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No test named &apos;%1&apos;.</source>
        <translation>Aucun test nommé &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>the lookup plugin &apos;%1&apos; is not supported; supported are env, file, vars, items, list, first_found, fileglob, pipe and template</source>
        <translation>le plugin de lookup «&#xa0;%1&#xa0;» n’est pas pris en charge&#xa0;; sont pris en charge env, file, vars, items, list, first_found, fileglob, pipe et template</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::ExpressionParser</name>
    <message>
        <source>the expression nests too deeply</source>
        <translation>l’expression est imbriquée trop profondément</translation>
    </message>
    <message>
        <source>an attribute name</source>
        <translation>un nom d’attribut</translation>
    </message>
    <message>
        <source>&apos;]&apos;</source>
        <translation>&apos;]&apos;</translation>
    </message>
    <message>
        <source>expected an index between [ and ]</source>
        <translation>un index est attendu entre [ et ]</translation>
    </message>
    <message>
        <source>a positional argument follows keyword arguments</source>
        <translation>un argument positionnel suit des arguments nommés</translation>
    </message>
    <message>
        <source>a filter name</source>
        <translation>un nom de filtre</translation>
    </message>
    <message>
        <source>a test name</source>
        <translation>un nom de test</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::ExtraFilters</name>
    <message>
        <source>No filter named &apos;%1&apos;.</source>
        <translation>Aucun filtre nommé &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::FilterSupport</name>
    <message>
        <source>the &apos;dictsort&apos; filter expects a dictionary, not %1</source>
        <translation>le filtre &apos;dictsort&apos; attend un dictionnaire, pas %1</translation>
    </message>
    <message>
        <source>Can only get item pairs from a mapping.</source>
        <translation>Les paires d’éléments ne s’obtiennent qu’à partir d’un mapping.</translation>
    </message>
    <message>
        <source>dict2items requires a dictionary, got %1 instead.</source>
        <translation>dict2items exige un dictionnaire, reçu %1 à la place.</translation>
    </message>
    <message>
        <source>items2dict requires a list, got %1 instead.</source>
        <translation>items2dict exige une liste, reçu %1 à la place.</translation>
    </message>
    <message>
        <source>items2dict requires each item to have the keys &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>items2dict exige que chaque élément ait les clés &apos;%1&apos; et &apos;%2&apos;</translation>
    </message>
    <message>
        <source>combine: list_merge must be one of %1</source>
        <translation>combine&#xa0;: list_merge doit être l’un de %1</translation>
    </message>
    <message>
        <source>combine expects dictionaries, got %1</source>
        <translation>combine attend des dictionnaires, reçu %1</translation>
    </message>
    <message>
        <source>the &apos;%1&apos; filter expects a list, not %2</source>
        <translation>le filtre &apos;%1&apos; attend une liste, pas %2</translation>
    </message>
    <message>
        <source>&apos;dict object&apos; has no attribute &apos;%1&apos;</source>
        <translation>&apos;dict object&apos; n’a pas d’attribut &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;list object&apos; has no attribute &apos;%1&apos;</source>
        <translation>&apos;list object&apos; n’a pas d’attribut &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1 object&apos; has no attribute &apos;%2&apos;</source>
        <translation>&apos;%1 object&apos; n’a pas d’attribut &apos;%2&apos;</translation>
    </message>
    <message>
        <source>No filter named &apos;%1&apos;.</source>
        <translation>Aucun filtre nommé &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>from_json could not parse the text: %1</source>
        <translation>from_json n’a pas pu analyser le texte&#xa0;: %1</translation>
    </message>
    <message>
        <source>from_yaml could not parse the text: %1</source>
        <translation>from_yaml n’a pas pu analyser le texte&#xa0;: %1</translation>
    </message>
    <message>
        <source>b64decode: the text is not valid base64</source>
        <translation>b64decode&#xa0;: le texte n’est pas du base64 valide</translation>
    </message>
    <message>
        <source>hash: the algorithm &apos;%1&apos; is not supported; use md5, sha1, sha224, sha256, sha384 or sha512</source>
        <translation>hash&#xa0;: l’algorithme &apos;%1&apos; n’est pas pris en charge&#xa0;; utilisez md5, sha1, sha224, sha256, sha384 ou sha512</translation>
    </message>
    <message>
        <source>No aggregated item, sequence was empty.</source>
        <translation>Aucun élément agrégé, la séquence était vide.</translation>
    </message>
    <message>
        <source>No test named &apos;%1&apos;.</source>
        <translation>Aucun test nommé &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>object of type &apos;%1&apos; has no len()</source>
        <translation>un objet de type &apos;%1&apos; n’a pas de len()</translation>
    </message>
    <message>
        <source>No first item, sequence was empty.</source>
        <translation>Aucun premier élément, la séquence était vide.</translation>
    </message>
    <message>
        <source>No last item, sequence was empty.</source>
        <translation>Aucun dernier élément, la séquence était vide.</translation>
    </message>
    <message>
        <source>unsupported operand type(s) for +: &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>types d’opérandes non pris en charge pour +&#xa0;: &apos;%1&apos; et &apos;%2&apos;</translation>
    </message>
    <message>
        <source>batch needs a positive size</source>
        <translation>batch a besoin d’une taille positive</translation>
    </message>
    <message>
        <source>regex_replace produced too much text</source>
        <translation>regex_replace a produit trop de texte</translation>
    </message>
    <message>
        <source>regex_search: unknown group specification &apos;%1&apos;</source>
        <translation>regex_search&#xa0;: spécification de groupe inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>regex_findall found too many matches</source>
        <translation>regex_findall a trouvé trop de correspondances</translation>
    </message>
    <message>
        <source>empty separator</source>
        <translation>séparateur vide</translation>
    </message>
    <message>
        <source>Mandatory variable %1 not defined.</source>
        <translation>Variable obligatoire %1 non définie.</translation>
    </message>
    <message>
        <source>Mandatory variable not defined.</source>
        <translation>Variable obligatoire non définie.</translation>
    </message>
    <message>
        <source>bad operand type for abs(): &apos;%1&apos;</source>
        <translation>type d’opérande incorrect pour abs()&#xa0;: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>round expects a number, not %1</source>
        <translation>round attend un nombre, pas %1</translation>
    </message>
    <message>
        <source>method must be common, ceil or floor</source>
        <translation>method doit valoir common, ceil ou floor</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::JsonReader</name>
    <message>
        <source>extra data</source>
        <translation>données supplémentaires</translation>
    </message>
    <message>
        <source>%1 at character %2</source>
        <translation>%1 au caractère %2</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>imbrication trop profonde</translation>
    </message>
    <message>
        <source>expecting value</source>
        <translation>valeur attendue</translation>
    </message>
    <message>
        <source>expecting property name enclosed in double quotes</source>
        <translation>nom de propriété entre guillemets doubles attendu</translation>
    </message>
    <message>
        <source>expecting &apos;:&apos;</source>
        <translation>&apos;:&apos; attendu</translation>
    </message>
    <message>
        <source>expecting &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; ou &apos;}&apos; attendu</translation>
    </message>
    <message>
        <source>expecting &apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; ou &apos;]&apos; attendu</translation>
    </message>
    <message>
        <source>invalid control character</source>
        <translation>caractère de contrôle invalide</translation>
    </message>
    <message>
        <source>invalid \uXXXX escape</source>
        <translation>séquence d’échappement \uXXXX invalide</translation>
    </message>
    <message>
        <source>invalid \escape</source>
        <translation>séquence d’échappement \ invalide</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>chaîne non terminée</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Lookups</name>
    <message>
        <source>No file was found when using first_found; looked for %1 in %2.</source>
        <translation>Aucun fichier trouvé avec first_found&#xa0;; %1 a été cherché dans %2.</translation>
    </message>
    <message>
        <source>lookup_plugin.pipe(%1) returned %2</source>
        <translation>lookup_plugin.pipe(%1) a renvoyé %2</translation>
    </message>
    <message>
        <source>the template file %1 could not be found for the lookup; searched %2.</source>
        <translation>le fichier modèle %1 est introuvable pour le lookup&#xa0;; recherché dans %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the lookup plugin &apos;%1&apos; is not supported</source>
        <translation>le plugin de lookup «&#xa0;%1&#xa0;» n’est pas pris en charge</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::LoopLookups</name>
    <message>
        <source>the lookup plugin &apos;%1&apos; is not one of dict, subelements, nested, together and sequence</source>
        <translation>le plugin de lookup &apos;%1&apos; n’est ni dict, ni subelements, ni nested, ni together, ni sequence</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Methods</name>
    <message>
        <source>get expected at least 1 argument, got 0</source>
        <translation>get attend au moins 1 argument, en a reçu 0</translation>
    </message>
    <message>
        <source>&apos;dict object&apos; has no attribute &apos;%1&apos;</source>
        <translation>&apos;dict object&apos; n’a pas d’attribut &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 is not in list</source>
        <translation>%1 n’est pas dans la liste</translation>
    </message>
    <message>
        <source>&apos;list object&apos; has no attribute &apos;%1&apos;</source>
        <translation>&apos;list object&apos; n’a pas d’attribut &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;None&apos; has no attribute &apos;%1&apos;</source>
        <translation>&apos;None&apos; n’a pas d’attribut &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1 object&apos; has no attribute &apos;%2&apos;</source>
        <translation>&apos;%1 object&apos; n’a pas d’attribut &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Parser</name>
    <message>
        <source>the template nests its tags too deeply</source>
        <translation>le modèle imbrique ses balises trop profondément</translation>
    </message>
    <message>
        <source>unexpected end of template: the &apos;%1&apos; tag that opens {position} needs {% %2 %}</source>
        <translation>fin inattendue du modèle&#xa0;: la balise &apos;%1&apos; ouverte à {position} a besoin de {% %2 %}</translation>
    </message>
    <message>
        <source>a tag name</source>
        <translation>un nom de balise</translation>
    </message>
    <message>
        <source>unexpected tag &apos;%1&apos;</source>
        <translation>balise inattendue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown tag &apos;%1&apos;</source>
        <translation>balise inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a variable name</source>
        <translation>un nom de variable</translation>
    </message>
    <message>
        <source>recursive loops are not supported</source>
        <translation>les boucles récursives ne sont pas prises en charge</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::RegexCache</name>
    <message>
        <source>invalid regular expression &apos;%1&apos;: %2 at offset %3</source>
        <translation>expression régulière non valide &apos;%1&apos;&#xa0;: %2 à la position %3</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Scanner</name>
    <message>
        <source>the template is too long</source>
        <translation>le modèle est trop long</translation>
    </message>
    <message>
        <source>unexpected end of template; the {% raw %} block needs {% endraw %}</source>
        <translation>fin inattendue du modèle&#xa0;; le bloc {% raw %} a besoin de {% endraw %}</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>chaîne non terminée</translation>
    </message>
    <message>
        <source>unexpected end of template; the comment needs a closing #}</source>
        <translation>fin inattendue du modèle&#xa0;; le commentaire a besoin d’un #} fermant</translation>
    </message>
    <message>
        <source>unexpected end of template; expected &apos;%1&apos;</source>
        <translation>fin inattendue du modèle&#xa0;; &apos;%1&apos; attendu</translation>
    </message>
    <message>
        <source>unexpected char &apos;%1&apos;</source>
        <translation>caractère inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;, expected &apos;%2&apos;</source>
        <translation>&apos;%1&apos; inattendu, &apos;%2&apos; attendu</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Template</name>
    <message>
        <source>at column %1 of &apos;%2&apos;</source>
        <translation>à la colonne %1 de &apos;%2&apos;</translation>
    </message>
    <message>
        <source>at line %1, column %2 of &apos;%3&apos;</source>
        <translation>à la ligne %1, colonne %2 de &apos;%3&apos;</translation>
    </message>
    <message>
        <source>the expression must not contain &apos;}}&apos; outside a string</source>
        <translation>l’expression ne doit pas contenir &apos;}}&apos; en dehors d’une chaîne</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Tests</name>
    <message>
        <source>No test named &apos;%1&apos;.</source>
        <translation>Aucun test nommé &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::TokenCursor</name>
    <message>
        <source>end of template</source>
        <translation>fin du modèle</translation>
    </message>
    <message>
        <source>end of print statement</source>
        <translation>fin de l’instruction d’affichage</translation>
    </message>
    <message>
        <source>end of statement block</source>
        <translation>fin du bloc d’instruction</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>&apos;%1&apos; inattendu</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;, expected %2</source>
        <translation>&apos;%1&apos; inattendu, %2 attendu</translation>
    </message>
    <message>
        <source>the end of the statement block (&apos;%}&apos;)</source>
        <translation>la fin du bloc d’instruction (&apos;%}&apos;)</translation>
    </message>
</context>
<context>
    <name>antler::playbook::jinja::Value</name>
    <message>
        <source>&apos;&lt;&apos; not supported between instances of &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>&apos;&lt;&apos; n’est pas pris en charge entre des instances de &apos;%1&apos; et &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; object is not iterable</source>
        <translation>l’objet &apos;%1&apos; n’est pas itérable</translation>
    </message>
    <message>
        <source>&apos;in &lt;string&gt;&apos; requires string as left operand, not %1</source>
        <translation>&apos;in &lt;string&gt;&apos; exige une chaîne comme opérande de gauche, pas %1</translation>
    </message>
    <message>
        <source>argument of type &apos;%1&apos; is not iterable</source>
        <translation>un argument de type &apos;%1&apos; n’est pas itérable</translation>
    </message>
</context>
<context>
    <name>antler::transport::BecomeHandshake</name>
    <message>
        <source>sudo refused the become password</source>
        <translation>sudo a refusé le mot de passe become</translation>
    </message>
    <message>
        <source>sudo asks for a password and no become password was given</source>
        <translation>sudo demande un mot de passe et aucun mot de passe become n’a été fourni</translation>
    </message>
    <message>
        <source>sudo ended before the command started</source>
        <translation>sudo s’est terminé avant le démarrage de la commande</translation>
    </message>
    <message>
        <source>sudo said: %1</source>
        <translation>sudo a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot become %1 with sudo on %2: %3; check the become password and the sudoers rules for the login user.</source>
        <translation>Impossible de devenir %1 avec sudo sur %2&#xa0;: %3&#xa0;; vérifiez le mot de passe become et les règles sudoers de l’utilisateur de connexion.</translation>
    </message>
</context>
<context>
    <name>antler::transport::CommandBuilder</name>
    <message>
        <source>The command for %1 is empty; give a program, a script or a raw command.</source>
        <translation>La commande pour %1 est vide&#xa0;; indiquez un programme, un script ou une commande brute.</translation>
    </message>
    <message>
        <source>The become method &apos;%1&apos; for %2 is not supported; use sudo.</source>
        <translation>La méthode become «&#xa0;%1&#xa0;» pour %2 n’est pas prise en charge&#xa0;; utilisez sudo.</translation>
    </message>
    <message>
        <source>The environment variable name &apos;%1&apos; for %2 is not valid; use letters, digits and underscores.</source>
        <translation>Le nom de variable d’environnement &apos;%1&apos; pour %2 n’est pas valide&#xa0;; utilisez des lettres, des chiffres et des tirets bas.</translation>
    </message>
</context>
<context>
    <name>antler::transport::KeychainSecretStore</name>
    <message>
        <source>Checking whether a system keyring is running…</source>
        <translation>Vérification qu’un trousseau du système est en cours d’exécution…</translation>
    </message>
    <message>
        <source>Cannot remember the secret %1 in the system keyring: %2.</source>
        <translation>Impossible de mémoriser le secret %1 dans le trousseau du système&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The system keyring refused Antler; allow it in the keyring&apos;s settings to remember passwords.</source>
        <translation>Le trousseau du système a refusé Antler ; autorisez-le dans les réglages du trousseau pour mémoriser les mots de passe.</translation>
    </message>
    <message>
        <source>No system keyring answers; start GNOME Keyring or KWallet in your desktop session to remember passwords.</source>
        <translation>Aucun trousseau du système ne répond ; démarrez GNOME Keyring ou KWallet dans votre session de bureau pour mémoriser les mots de passe.</translation>
    </message>
</context>
<context>
    <name>antler::transport::KnownHosts</name>
    <message>
        <source>Cannot read the known hosts file %1: %2; check its permissions.</source>
        <translation>Impossible de lire le fichier des hôtes connus %1&#xa0;: %2&#xa0;; vérifiez ses permissions.</translation>
    </message>
    <message>
        <source>line %1: unknown marker %2</source>
        <translation>ligne %1&#xa0;: marqueur inconnu %2</translation>
    </message>
    <message>
        <source>line %1: expected hosts, key type and key</source>
        <translation>ligne %1&#xa0;: hôtes, type de clé et clé attendus</translation>
    </message>
    <message>
        <source>line %1: malformed hashed host</source>
        <translation>ligne %1&#xa0;: hôte haché mal formé</translation>
    </message>
    <message>
        <source>line %1: unsupported host hash</source>
        <translation>ligne %1&#xa0;: hachage d’hôte non pris en charge</translation>
    </message>
    <message>
        <source>line %1: the key is not valid %2 key data</source>
        <translation>ligne %1&#xa0;: la clé n’est pas une donnée de clé %2 valide</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the known hosts file; check its permissions.</source>
        <translation>Impossible de créer le dossier %1 du fichier des hôtes connus&#xa0;; vérifiez ses permissions.</translation>
    </message>
    <message>
        <source>Cannot add the key of %1 to %2: %3; check the file&apos;s permissions.</source>
        <translation>Impossible d’ajouter la clé de %1 à %2&#xa0;: %3&#xa0;; vérifiez les permissions du fichier.</translation>
    </message>
    <message>
        <source>Cannot add the key of %1 to %2: %3; check the free space.</source>
        <translation>Impossible d’ajouter la clé de %1 à %2&#xa0;: %3&#xa0;; vérifiez l’espace libre.</translation>
    </message>
</context>
<context>
    <name>antler::transport::LocalTransport</name>
    <message>
        <source>The command on %1 was cancelled: its transport was closed.</source>
        <translation>La commande sur %1 a été annulée&#xa0;: son transport a été fermé.</translation>
    </message>
    <message>
        <source>The command on %1 was cancelled: the connection was closed.</source>
        <translation>La commande sur %1 a été annulée&#xa0;: la connexion a été fermée.</translation>
    </message>
    <message>
        <source>The %1 on %2 was cancelled.</source>
        <translation>%1 sur %2 a été annulé.</translation>
    </message>
    <message>
        <source>Cannot read %1 to send it to %2: %3.</source>
        <translation>Impossible de lire %1 pour l’envoyer à %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Cannot start /bin/sh on %1: %2.</source>
        <translation>Impossible de démarrer /bin/sh sur %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The %1 on %2 did not finish within %3 ms and was stopped; raise its timeout or check why it hangs.</source>
        <translation>%1 sur %2 ne s’est pas terminé en %3 ms et a été arrêté&#xa0;; augmentez son délai d’expiration ou vérifiez pourquoi il se bloque.</translation>
    </message>
</context>
<context>
    <name>antler::transport::SecretQuestions</name>
    <message>
        <source>Secrets cannot be remembered here: Antler was built without a system keyring.</source>
        <translation>Les secrets ne peuvent pas être mémorisés ici&#xa0;: Antler a été construit sans trousseau du système.</translation>
    </message>
</context>
<context>
    <name>antler::transport::SharedShellPool</name>
    <message>
        <source>shared shell</source>
        <translation>shell partagé</translation>
    </message>
    <message>
        <source>(login user)</source>
        <translation>(utilisateur de connexion)</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>signal %1</translation>
    </message>
    <message>
        <source>stopped with the shell that ran it (%1); it may or may not have completed. Run it again.</source>
        <translation>arrêté avec le shell qui l’exécutait (%1)&#xa0;; il a pu se terminer ou non. Relancez-le.</translation>
    </message>
</context>
<context>
    <name>antler::transport::SshChannel</name>
    <message>
        <source>The %1 on %2 %3</source>
        <translation>%1 sur %2 %3</translation>
    </message>
</context>
<context>
    <name>antler::transport::SshConnection</name>
    <message>
        <source>Cannot create an SSH session for %1: out of memory.</source>
        <translation>Impossible de créer une session SSH pour %1&#xa0;: mémoire insuffisante.</translation>
    </message>
    <message>
        <source>Cannot watch the SSH session to %1: %2.</source>
        <translation>Impossible de surveiller la session SSH vers %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot run a command on %1: the connection is closed; open it again.</source>
        <translation>Impossible d’exécuter une commande sur %1&#xa0;: la connexion est fermée&#xa0;; rouvrez-la.</translation>
    </message>
    <message>
        <source>Cannot read %1 to send it to %2: %3.</source>
        <translation>Impossible de lire %1 pour l’envoyer à %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The command on %1 was cancelled: the connection was closed.</source>
        <translation>La commande sur %1 a été annulée&#xa0;: la connexion a été fermée.</translation>
    </message>
    <message>
        <source>The command on %1 was cancelled: the transport was shut down.</source>
        <translation>La commande sur %1 a été annulée&#xa0;: le transport a été arrêté.</translation>
    </message>
    <message>
        <source>could not start: %1.</source>
        <translation>n’a pas pu démarrer&#xa0;: %1.</translation>
    </message>
    <message>
        <source>was cancelled.</source>
        <translation>a été annulé.</translation>
    </message>
    <message>
        <source>stop of process group %1</source>
        <translation>arrêt du groupe de processus %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>Cannot connect to %1 (%2 port %3): %4; check that the host is up and its SSH server listens on that port.</source>
        <translation>Impossible de se connecter à %1 (%2 port %3)&#xa0;: %4&#xa0;; vérifiez que l’hôte est en marche et que son serveur SSH écoute sur ce port.</translation>
    </message>
    <message>
        <source>did not finish within %1 ms and was stopped; raise its timeout or check why it hangs.</source>
        <translation>ne s’est pas terminé en %1 ms et a été arrêté&#xa0;; augmentez son délai d’expiration ou vérifiez pourquoi il se bloque.</translation>
    </message>
    <message>
        <source>could not start: the server refused a new channel (%1).</source>
        <translation>n’a pas pu démarrer&#xa0;: le serveur a refusé un nouveau canal (%1).</translation>
    </message>
    <message>
        <source>could not start: the server refused to run it (%1).</source>
        <translation>n’a pas pu démarrer&#xa0;: le serveur a refusé de l’exécuter (%1).</translation>
    </message>
    <message>
        <source>ended without an exit status; the SSH server may have stopped it.</source>
        <translation>s’est terminé sans code de sortie&#xa0;; le serveur SSH l’a peut-être arrêté.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost (%2); commands that were running may or may not have completed. Check the host and run them again.</source>
        <translation>La connexion à %1 a été perdue (%2)&#xa0;; les commandes en cours ont pu se terminer ou non. Vérifiez l’hôte et relancez-les.</translation>
    </message>
</context>
<context>
    <name>antler::transport::SshLogin</name>
    <message>
        <source>Cannot read the host key of %1: %2.</source>
        <translation>Impossible de lire la clé d’hôte de %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot read the host key of %1: its type is not supported.</source>
        <translation>Impossible de lire la clé d’hôte de %1&#xa0;: son type n’est pas pris en charge.</translation>
    </message>
    <message>
        <source>No host key of %1 waits for an answer; connect again.</source>
        <translation>Aucune clé d’hôte de %1 n’attend de réponse&#xa0;; reconnectez-vous.</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) was not accepted; nothing was run.</source>
        <translation>La clé d’hôte de %1 (%2) n’a pas été acceptée&#xa0;; rien n’a été exécuté.</translation>
    </message>
    <message>
        <source>no authentication</source>
        <translation>aucune authentification</translation>
    </message>
    <message>
        <source>Cannot log in to %1: %2.</source>
        <translation>Impossible de se connecter à %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>the keys in ssh-agent</source>
        <translation>les clés dans ssh-agent</translation>
    </message>
    <message>
        <source>the key file %1 (it does not exist)</source>
        <translation>le fichier de clé %1 (il n’existe pas)</translation>
    </message>
    <message>
        <source>the key file %1</source>
        <translation>le fichier de clé %1</translation>
    </message>
    <message>
        <source>a password</source>
        <translation>un mot de passe</translation>
    </message>
    <message>
        <source>the password</source>
        <translation>le mot de passe</translation>
    </message>
    <message>
        <source>every method Antler could offer</source>
        <translation>toutes les méthodes qu’Antler pouvait proposer</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The host key of %1 (%2 %3) is marked @revoked in %4:%5; refusing to connect, nothing was run.</source>
        <translation>La clé d’hôte de %1 (%2 %3) est marquée @revoked dans %4:%5&#xa0;; connexion refusée, rien n’a été exécuté.</translation>
    </message>
    <message>
        <source>The host key of %1 (%2 port %3) has CHANGED: the server now presents %4 %5, but %6:%7 holds %8 %9. Someone may be intercepting the connection, or the host was reinstalled; nothing was run. If the new key is right, remove the old one with `ssh-keygen -R &apos;%10&apos; -f %6` and connect again.</source>
        <translation>La clé d’hôte de %1 (%2 port %3) a CHANGÉ&#xa0;: le serveur présente maintenant %4 %5, mais %6:%7 contient %8 %9. Quelqu’un intercepte peut-être la connexion, ou l’hôte a été réinstallé&#xa0;; rien n’a été exécuté. Si la nouvelle clé est la bonne, supprimez l’ancienne avec `ssh-keygen -R &apos;%10&apos; -f %6` et reconnectez-vous.</translation>
    </message>
    <message>
        <source>The host key of %1 is not known: the server presents %2 %3, which is not in %4. Compare it with `ssh-keygen -lf` of the host&apos;s key on the host itself, then accept it with --accept-new-host-keys (or add it to %4).</source>
        <translation>La clé d’hôte de %1 n’est pas connue&#xa0;: le serveur présente %2 %3, absent de %4. Comparez-la avec `ssh-keygen -lf` de la clé de l’hôte sur l’hôte lui-même, puis acceptez-la avec --accept-new-host-keys (ou ajoutez-la à %4).</translation>
    </message>
    <message>
        <source>the key file %1 (cannot read it: not a private key, or the passphrase is wrong)</source>
        <translation>le fichier de clé %1 (illisible&#xa0;: ce n’est pas une clé privée, ou la phrase de passe est fausse)</translation>
    </message>
    <message>
        <source>Cannot log in to %1: the server refused %2 (it accepts %3); check the user name, the key (ansible_ssh_private_key_file) or the password.</source>
        <translation>Impossible de se connecter à %1&#xa0;: le serveur a refusé %2 (il accepte %3)&#xa0;; vérifiez le nom d’utilisateur, la clé (ansible_ssh_private_key_file) ou le mot de passe.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
</context>
<context>
    <name>antler::transport::SshTransport</name>
    <message>
        <source>The command on %1 was cancelled: its transport was closed.</source>
        <translation>La commande sur %1 a été annulée&#xa0;: son transport a été fermé.</translation>
    </message>
</context>
<context>
    <name>antler::transport::Transport</name>
    <message>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>Cannot %1 on %2: %3; %4</source>
        <translation>Impossible de %1 sur %2&#xa0;: %3&#xa0;; %4</translation>
    </message>
    <message>
        <source>upload of %1</source>
        <translation>envoi de %1</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>écrire %1</translation>
    </message>
    <message>
        <source>check the path.</source>
        <translation>vérifiez le chemin.</translation>
    </message>
    <message>
        <source>check the path, or use become.</source>
        <translation>vérifiez le chemin, ou utilisez become.</translation>
    </message>
    <message>
        <source>download of %1</source>
        <translation>téléchargement de %1</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>lire %1</translation>
    </message>
    <message>
        <source>check that the file exists and is readable.</source>
        <translation>vérifiez que le fichier existe et est lisible.</translation>
    </message>
    <message>
        <source>Cannot save %1 from %2 to %3: %4.</source>
        <translation>Impossible d’enregistrer %1 de %2 dans %3&#xa0;: %4.</translation>
    </message>
    <message>
        <source>stat of %1</source>
        <translation>stat de %1</translation>
    </message>
    <message>
        <source>read the status of %1</source>
        <translation>lire l’état de %1</translation>
    </message>
    <message>
        <source>Cannot read the status of %1 on %2: unexpected answer &apos;%3&apos; from stat; check that GNU coreutils are installed.</source>
        <translation>Impossible de lire l’état de %1 sur %2&#xa0;: réponse inattendue &apos;%3&apos; de stat&#xa0;; vérifiez que GNU coreutils est installé.</translation>
    </message>
</context>
</TS>
