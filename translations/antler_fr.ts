<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>antler::cli::CommandLine</name>
    <message>
        <source>“%1” is not an antler command; run “antler --help” to see the commands.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une commande d’antler&#xa0;; lancez «&#xa0;antler --help&#xa0;» pour voir les commandes.</translation>
    </message>
    <message>
        <source>the option %1 needs a file name; write it as “%1 FILE”.</source>
        <translation>l’option %1 attend un nom de fichier&#xa0;; écrivez «&#xa0;%1 FILE&#xa0;».</translation>
    </message>
    <message>
        <source>unknown option “%1”; run “antler --help” to see the options.</source>
        <translation>option inconnue «&#xa0;%1&#xa0;»&#xa0;; lancez «&#xa0;antler --help&#xa0;» pour voir les options.</translation>
    </message>
    <message>
        <source>no display is available (DISPLAY and WAYLAND_DISPLAY are not set); run antler in a desktop session, or use one of the headless modes that “antler --help” lists.</source>
        <translation>aucun affichage n’est disponible (DISPLAY et WAYLAND_DISPLAY ne sont pas définies)&#xa0;; lancez antler dans une session de bureau, ou utilisez l’un des modes sans affichage que liste «&#xa0;antler --help&#xa0;».</translation>
    </message>
</context>
<context>
    <name>antler::cli::HelpCommand</name>
    <message>
        <source>there is no help on “%1”; ask for one of: %2.</source>
        <translation>il n’y a pas d’aide sur «&#xa0;%1&#xa0;»&#xa0;; demandez l’un de ces sujets&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Show this help; “antler help TOPIC” shows one part: window, run-playbook, pipeline or status.</source>
        <translation>Afficher cette aide&#xa0;; «&#xa0;antler help TOPIC&#xa0;» en affiche une partie&#xa0;: window, run-playbook, pipeline ou status.</translation>
    </message>
    <message>
        <source>Show the version, the commit and the build time.</source>
        <translation>Afficher la version, le commit et la date de compilation.</translation>
    </message>
    <message>
        <source>Opens the control panel, which shows the stages of the pipeline.</source>
        <translation>Ouvre le tableau de bord, qui montre les étapes du pipeline.</translation>
    </message>
    <message>
        <source>Runs an Ansible-compatible YAML playbook over SSH, printing each task as it runs and a recap per host at the end. It takes ansible-playbook&apos;s flags and exits with its codes.</source>
        <translation>Exécute un playbook YAML compatible avec Ansible par SSH, en affichant chaque tâche pendant son exécution puis un récapitulatif par hôte. Il accepte les options d’ansible-playbook et se termine avec ses codes de sortie.</translation>
    </message>
    <message>
        <source>Builds the images, rolls them out, and moves a release from stage to stage; every step is recorded.</source>
        <translation>Construit les images, les déploie et fait passer une version d’étape en étape&#xa0;; chaque opération est enregistrée.</translation>
    </message>
    <message>
        <source>Shows the live health of every stage: the same probes and host metrics the charts show.</source>
        <translation>Montre l’état de santé en direct de chaque étape&#xa0;: les mêmes sondes et mesures d’hôte que les graphiques.</translation>
    </message>
    <message>
        <source>Read the pipeline from FILE (see Configuration).</source>
        <translation>Lire le pipeline dans FILE (voir Configuration).</translation>
    </message>
    <message>
        <source>Inventory file, or a comma-separated list of hosts such as host1,host2, (note the trailing comma).</source>
        <translation>Fichier d’inventaire, ou liste d’hôtes séparés par des virgules comme host1,host2, (notez la virgule finale).</translation>
    </message>
    <message>
        <source>Set an extra variable, or read variables from a YAML or JSON file; may be repeated.</source>
        <translation>Définir une variable supplémentaire, ou lire des variables dans un fichier YAML ou JSON&#xa0;; peut être répété.</translation>
    </message>
    <message>
        <source>Report what would change without changing anything.</source>
        <translation>Indiquer ce qui changerait, sans rien modifier.</translation>
    </message>
    <message>
        <source>Show the changes made to files and templates.</source>
        <translation>Montrer les modifications apportées aux fichiers et aux modèles.</translation>
    </message>
    <message>
        <source>Run only on the hosts that match PATTERN.</source>
        <translation>N’agir que sur les hôtes qui correspondent à PATTERN.</translation>
    </message>
    <message>
        <source>Run only the tasks tagged T (comma-separated).</source>
        <translation>N’exécuter que les tâches étiquetées T (séparées par des virgules).</translation>
    </message>
    <message>
        <source>Skip the tasks tagged T (comma-separated).</source>
        <translation>Sauter les tâches étiquetées T (séparées par des virgules).</translation>
    </message>
    <message>
        <source>Work on up to N hosts at once.</source>
        <translation>Traiter jusqu’à N hôtes à la fois.</translation>
    </message>
    <message>
        <source>Start at the task called NAME.</source>
        <translation>Commencer à la tâche nommée NAME.</translation>
    </message>
    <message>
        <source>Check the playbook&apos;s syntax, then exit.</source>
        <translation>Vérifier la syntaxe du playbook, puis quitter.</translation>
    </message>
    <message>
        <source>List the tasks that would run, then exit.</source>
        <translation>Lister les tâches qui seraient exécutées, puis quitter.</translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation>Afficher les résultats en JSON.</translation>
    </message>
    <message>
        <source>Print more details; repeat for more, as in -vvv.</source>
        <translation>Afficher plus de détails&#xa0;; répéter pour en avoir davantage, comme -vvv.</translation>
    </message>
    <message>
        <source>Build the backend and frontend images on the target.</source>
        <translation>Construire les images du backend et du frontend sur la cible.</translation>
    </message>
    <message>
        <source>Roll the latest build out to STAGE.</source>
        <translation>Déployer la dernière construction sur STAGE.</translation>
    </message>
    <message>
        <source>Move the exact image digest that runs in FROM to TO, if FROM is healthy.</source>
        <translation>Faire passer exactement le condensé d’image qui tourne dans FROM vers TO, si FROM est en bonne santé.</translation>
    </message>
    <message>
        <source>Put STAGE back on its previous release.</source>
        <translation>Ramener STAGE à sa version précédente.</translation>
    </message>
    <message>
        <source>List every build, rollout, promotion and rollback.</source>
        <translation>Lister chaque construction, déploiement, promotion et retour arrière.</translation>
    </message>
    <message>
        <source>Show which release each stage runs.</source>
        <translation>Montrer quelle version tourne sur chaque étape.</translation>
    </message>
    <message>
        <source>Keep printing updates until interrupted.</source>
        <translation>Continuer d’afficher les mises à jour jusqu’à interruption.</translation>
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
        <source>Invalid options.</source>
        <translation>Options non valides.</translation>
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
        <source>Antler takes a Raspberry Pi, or any Debian-like host, from a bare system to a monitored test, staging and production pipeline. Without arguments it opens its window; with --run-playbook, pipeline or status it runs headless and needs no display.</source>
        <translation>Antler fait passer un Raspberry Pi, ou tout hôte de type Debian, d’un système nu à un pipeline surveillé de test, préproduction et production. Sans argument, il ouvre sa fenêtre&#xa0;; avec --run-playbook, pipeline ou status, il fonctionne sans interface et n’a besoin d’aucun affichage.</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Fenêtre&#xa0;:</translation>
    </message>
    <message>
        <source>Running playbooks:</source>
        <translation>Exécution de playbooks&#xa0;:</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Pipeline&#xa0;:</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>Santé&#xa0;:</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Utilisation&#xa0;:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Codes de sortie&#xa0;:</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Autres&#xa0;:</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>Configuration&#xa0;:</translation>
    </message>
    <message>
        <source>Trust and remember the key of a host not yet in known_hosts, as OpenSSH&apos;s accept-new; without it such hosts are refused. A changed key is always refused.</source>
        <translation>Faire confiance à la clé d’un hôte absent de known_hosts et l’enregistrer, comme accept-new d’OpenSSH&#xa0;; sans cette option, ces hôtes sont refusés. Une clé modifiée est toujours refusée.</translation>
    </message>
    <message>
        <source>It exits with 0 when every stage is up, 2 when a stage is down and 3 when none is down but one is degraded or not known yet. One-shot status has no history, so one failed probe counts as down.</source>
        <translation>Il se termine avec 0 quand chaque étape est opérationnelle, 2 quand une étape est en panne et 3 quand aucune n’est en panne mais qu’une est dégradée ou pas encore connue. Un statut ponctuel n’a pas d’historique, donc une seule sonde en échec compte comme une panne.</translation>
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
        <source>This build opens the window, reports the health of every stage, and runs playbooks with the command, shell, raw, ping and debug modules; --check, --diff, --limit, --tags, --skip-tags, --start-at-task and --list-tasks arrive with the full engine. The pipeline mode is documented ahead of its release: for now it runs nothing and exits with code %1.</source>
        <translation>Cette version ouvre la fenêtre, indique l’état de santé de chaque étape et exécute des playbooks avec les modules command, shell, raw, ping et debug&#xa0;; --check, --diff, --limit, --tags, --skip-tags, --start-at-task et --list-tasks arriveront avec le moteur complet. Le mode pipeline est décrit avant sa sortie&#xa0;: pour l’instant, il n’exécute rien et se termine avec le code %1.</translation>
    </message>
</context>
<context>
    <name>antler::cli::RunPlaybookCommand</name>
    <message>
        <source>the -e value</source>
        <translation>la valeur de -e</translation>
    </message>
    <message>
        <source>cannot read the variables file %1 (%2); check the path after -e @.</source>
        <translation>impossible de lire le fichier de variables %1 (%2)&#xa0;; vérifiez le chemin après -e @.</translation>
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
    <message>
        <source>the option %1 needs a value; write it as “%1 %2”.</source>
        <translation>l’option %1 attend une valeur&#xa0;; écrivez «&#xa0;%1 %2&#xa0;».</translation>
    </message>
    <message>
        <source>only one -i is supported in this version; merge the inventories into one file or folder.</source>
        <translation>cette version n’accepte qu’un seul -i&#xa0;; regroupez les inventaires dans un seul fichier ou dossier.</translation>
    </message>
    <message>
        <source>--forks takes a whole number of at least 1, not “%1”; write for example --forks 5.</source>
        <translation>--forks attend un nombre entier d’au moins 1, pas «&#xa0;%1&#xa0;»&#xa0;; écrivez par exemple --forks 5.</translation>
    </message>
    <message>
        <source>%1 arrives with the full playbook engine and is not in this version; run without it, or use ansible-playbook for now.</source>
        <translation>%1 arrivera avec le moteur de playbook complet et n’est pas dans cette version&#xa0;; lancez sans cette option, ou utilisez ansible-playbook pour l’instant.</translation>
    </message>
    <message>
        <source>unknown option “%1” for --run-playbook; run “antler help run-playbook” to see the options.</source>
        <translation>option inconnue «&#xa0;%1&#xa0;» pour --run-playbook&#xa0;; lancez «&#xa0;antler help run-playbook&#xa0;» pour voir les options.</translation>
    </message>
    <message>
        <source>the option --run-playbook needs a file name; write it as “--run-playbook FILE”.</source>
        <translation>l’option --run-playbook attend un nom de fichier&#xa0;; écrivez «&#xa0;--run-playbook FILE&#xa0;».</translation>
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
</context>
<context>
    <name>antler::cli::UnavailableCommand</name>
    <message>
        <source>“%1” is not available in this build yet, so nothing was run; update antler to a release that includes it.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas encore disponible dans cette version, rien n’a donc été exécuté&#xa0;; mettez antler à jour vers une version qui le contient.</translation>
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
        <source>the range “[%1]” stands for more than 100000 hosts; split the inventory or use a smaller range.</source>
        <translation>la plage «&#xa0;[%1]&#xa0;» représente plus de 100000 hôtes&#xa0;; scindez l’inventaire ou utilisez une plage plus petite.</translation>
    </message>
    <message>
        <source>the range “[%1]” mixes or misuses letters and numbers; write two numbers, such as [1:3], or two letters, such as [a:c].</source>
        <translation>la plage «&#xa0;[%1]&#xa0;» mélange ou utilise mal lettres et nombres&#xa0;; écrivez deux nombres, comme [1:3], ou deux lettres, comme [a:c].</translation>
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
        <source>this quotation mark is never closed; close the quoted value on the same line.</source>
        <translation>ce guillemet n’est jamais fermé&#xa0;; fermez la valeur entre guillemets sur la même ligne.</translation>
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
        <source>stage “%1” has no runtime; add “runtime:” with kubernetes, podman or local.</source>
        <translation>l’étape «&#xa0;%1&#xa0;» n’a pas d’environnement&#xa0;; ajoutez «&#xa0;runtime:&#xa0;» avec kubernetes, podman ou local.</translation>
    </message>
    <message>
        <source>stage “%1” has the unknown runtime “%2”; use kubernetes, podman or local.</source>
        <translation>l’étape «&#xa0;%1&#xa0;» a l’environnement inconnu «&#xa0;%2&#xa0;»&#xa0;; utilisez kubernetes, podman ou local.</translation>
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
</context>
<context>
    <name>antler::playbook::PlaybookParser</name>
    <message>
        <source>cannot read the playbook (%1); check the path and its permissions.</source>
        <translation>impossible de lire le playbook (%1)&#xa0;; vérifiez le chemin et ses permissions.</translation>
    </message>
    <message>
        <source>this is not valid YAML (%1); check the indentation and the quotes around this position.</source>
        <translation>ce n’est pas du YAML valide (%1)&#xa0;; vérifiez l’indentation et les guillemets autour de cet endroit.</translation>
    </message>
</context>
<context>
    <name>antler::playbook::Reader</name>
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
        <source>a play must be a mapping of keywords; write it as “- hosts: all” followed by its name and tasks.</source>
        <translation>un play doit être un mapping de mots-clés&#xa0;; écrivez-le sous la forme «&#xa0;- hosts: all&#xa0;» suivi de son nom et de ses tâches.</translation>
    </message>
    <message>
        <source>the play keyword “%1” is not supported by this version of Antler yet; remove it, or run this playbook with ansible-playbook until the full engine arrives.</source>
        <translation>le mot-clé de play «&#xa0;%1&#xa0;» n’est pas encore pris en charge par cette version d’Antler&#xa0;; supprimez-le, ou exécutez ce playbook avec ansible-playbook en attendant le moteur complet.</translation>
    </message>
    <message>
        <source>“%1” is not a play keyword; use one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un mot-clé de play&#xa0;; utilisez l’un de ceux-ci&#xa0;: %2.</translation>
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
        <source>“vars” must be a mapping of names to values; write one “name: value” per line below it.</source>
        <translation>«&#xa0;vars&#xa0;» doit être un mapping de noms vers des valeurs&#xa0;; écrivez un «&#xa0;name: value&#xa0;» par ligne en dessous.</translation>
    </message>
    <message>
        <source>“%1” is not a valid variable name; use letters, digits and underscores, not starting with a digit.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de variable valide&#xa0;; utilisez des lettres, des chiffres et des tirets bas, sans commencer par un chiffre.</translation>
    </message>
    <message>
        <source>“tasks” must be a list; start each task with “- name:”.</source>
        <translation>«&#xa0;tasks&#xa0;» doit être une liste&#xa0;; commencez chaque tâche par «&#xa0;- name:&#xa0;».</translation>
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
        <source>“changed_when” takes only true or false in this version, not an expression; write true or false, or run this playbook with ansible-playbook until the full engine arrives.</source>
        <translation>«&#xa0;changed_when&#xa0;» n’accepte dans cette version que true ou false, pas une expression&#xa0;; écrivez true ou false, ou exécutez ce playbook avec ansible-playbook en attendant le moteur complet.</translation>
    </message>
    <message>
        <source>this task already runs the module “%1”; a task runs exactly one module, so move “%2” into a task of its own.</source>
        <translation>cette tâche exécute déjà le module «&#xa0;%1&#xa0;»&#xa0;; une tâche exécute exactement un module, déplacez donc «&#xa0;%2&#xa0;» dans une tâche à part.</translation>
    </message>
    <message>
        <source>the task keyword “%1” is not supported by this version of Antler yet; remove it, or run this playbook with ansible-playbook until the full engine arrives.</source>
        <translation>le mot-clé de tâche «&#xa0;%1&#xa0;» n’est pas encore pris en charge par cette version d’Antler&#xa0;; supprimez-le, ou exécutez ce playbook avec ansible-playbook en attendant le moteur complet.</translation>
    </message>
    <message>
        <source>the module “%1” is not supported by this version of Antler yet; use one of %2, or run this playbook with ansible-playbook until the full engine arrives.</source>
        <translation>le module «&#xa0;%1&#xa0;» n’est pas encore pris en charge par cette version d’Antler&#xa0;; utilisez l’un de ceux-ci, %2, ou exécutez ce playbook avec ansible-playbook en attendant le moteur complet.</translation>
    </message>
    <message>
        <source>“%1” is neither a task keyword nor a module; check its spelling, or use one of the modules %2 and the keywords %3.</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un mot-clé de tâche ni un module&#xa0;; vérifiez son orthographe, ou utilisez l’un des modules %2 et des mots-clés %3.</translation>
    </message>
    <message>
        <source>this task runs no module; add one of: %1.</source>
        <translation>cette tâche n’exécute aucun module&#xa0;; ajoutez l’un de ceux-ci&#xa0;: %1.</translation>
    </message>
    <message>
        <source>“debug: var:” is not supported by this version yet; write msg: &quot;{{ name }}&quot; instead.</source>
        <translation>«&#xa0;debug: var:&#xa0;» n’est pas encore pris en charge par cette version&#xa0;; écrivez plutôt msg: &quot;{{ name }}&quot;.</translation>
    </message>
    <message>
        <source>the module “%1” has no argument “%2”; use one of: %3.</source>
        <translation>le module «&#xa0;%1&#xa0;» n’a pas d’argument «&#xa0;%2&#xa0;»&#xa0;; utilisez l’un de ceux-ci&#xa0;: %3.</translation>
    </message>
    <message>
        <source>“argv” must be a non-empty list of words; write each word as an entry starting with “- ”.</source>
        <translation>«&#xa0;argv&#xa0;» doit être une liste de mots non vide&#xa0;; écrivez chaque mot comme une entrée commençant par «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <source>each entry of “argv” must be one word, not a list or a mapping; quote it if it contains a colon.</source>
        <translation>chaque entrée de «&#xa0;argv&#xa0;» doit être un seul mot, pas une liste ni un mapping&#xa0;; mettez-la entre guillemets si elle contient deux-points.</translation>
    </message>
    <message>
        <source>“%1” takes msg=&quot;text&quot; on its line; write the message as “msg: …” on the next line, indented.</source>
        <translation>«&#xa0;%1&#xa0;» attend msg=&quot;text&quot; sur sa ligne&#xa0;; écrivez le message sous la forme «&#xa0;msg: …&#xa0;» sur la ligne suivante, indentée.</translation>
    </message>
    <message>
        <source>“%1” takes no free-form text; write “data: …” or nothing.</source>
        <translation>«&#xa0;%1&#xa0;» n’accepte pas de texte libre&#xa0;; écrivez «&#xa0;data: …&#xa0;» ou rien.</translation>
    </message>
    <message>
        <source>“%1” takes no arguments by name; write the command as text on the same line, such as “raw: uptime”.</source>
        <translation>«&#xa0;%1&#xa0;» n’accepte pas d’arguments nommés&#xa0;; écrivez la commande en texte sur la même ligne, comme «&#xa0;raw: uptime&#xa0;».</translation>
    </message>
    <message>
        <source>the arguments of “%1” must be text or a mapping, not a list; for a list of words use “argv:”.</source>
        <translation>les arguments de «&#xa0;%1&#xa0;» doivent être du texte ou un mapping, pas une liste&#xa0;; pour une liste de mots, utilisez «&#xa0;argv:&#xa0;».</translation>
    </message>
    <message>
        <source>“args” must be a mapping of argument names to values.</source>
        <translation>«&#xa0;args&#xa0;» doit être un mapping de noms d’arguments vers des valeurs.</translation>
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
</context>
<context>
    <name>antler::playbook::Runner</name>
    <message>
        <source>no hosts matched “%1”, so the play “%2” was skipped.</source>
        <translation>aucun hôte ne correspond à «&#xa0;%1&#xa0;», le play «&#xa0;%2&#xa0;» a donc été ignoré.</translation>
    </message>
    <message>
        <source>facts are not gathered by this version of Antler yet, so gather_facts is ignored; set “gather_facts: false” to silence this warning.</source>
        <translation>cette version d’Antler ne collecte pas encore les faits, gather_facts est donc ignoré&#xa0;; définissez «&#xa0;gather_facts: false&#xa0;» pour faire taire cet avertissement.</translation>
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
    <name>antler::playbook::TaskExecutor</name>
    <message>
        <source>the task at %1 cannot be templated: %2; define the variable in the play&apos;s vars, the inventory or with -e, or fix the expression.</source>
        <translation>la tâche à %1 ne peut pas être instanciée à partir du modèle&#xa0;: %2&#xa0;; définissez la variable dans les vars du play, dans l’inventaire ou avec -e, ou corrigez l’expression.</translation>
    </message>
    <message>
        <source>no connection to %1</source>
        <translation>aucune connexion à %1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
</context>
<context>
    <name>antler::playbook::Templar</name>
    <message>
        <source>the variables refer to each other in a loop; make sure no variable&apos;s value refers back to itself.</source>
        <translation>les variables se font référence en boucle&#xa0;; assurez-vous qu’aucune valeur de variable ne renvoie à elle-même.</translation>
    </message>
    <message>
        <source>“%1” uses Jinja2 statements or comments, which this version does not support yet; use only {{ variable }} substitutions.</source>
        <translation>«&#xa0;%1&#xa0;» utilise des instructions ou des commentaires Jinja2, que cette version ne prend pas encore en charge&#xa0;; utilisez uniquement des substitutions {{ variable }}.</translation>
    </message>
    <message>
        <source>“{{ %1 }}” is an expression this version cannot evaluate yet; use a variable name, optionally followed by .attribute or [&apos;key&apos;].</source>
        <translation>«&#xa0;{{ %1 }}&#xa0;» est une expression que cette version ne sait pas encore évaluer&#xa0;; utilisez un nom de variable, éventuellement suivi de .attribute ou [&apos;key&apos;].</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is undefined</source>
        <translation>&apos;%1&apos; n’est pas défini</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list, so it has no item %2</source>
        <translation>&apos;%1&apos; n’est pas une liste et n’a donc pas d’élément %2</translation>
    </message>
    <message>
        <source>list object has no element %1</source>
        <translation>l’objet liste n’a pas d’élément %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no attribute &apos;%2&apos;</source>
        <translation>&apos;%1&apos; n’a pas d’attribut &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;dict object&apos; has no attribute &apos;%1&apos;</source>
        <translation>&apos;dict object&apos; n’a pas d’attribut &apos;%1&apos;</translation>
    </message>
</context>
</TS>
