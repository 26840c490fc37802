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
        <source>A host was unreachable, or the playbook has an error, which is printed as FILE:LINE:COLUMN.</source>
        <translation>Un hôte était injoignable, ou le playbook contient une erreur, affichée sous la forme FILE:LINE:COLUMN.</translation>
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
        <source>This build opens the window and answers --help and --version. The headless modes below are documented ahead of their release: for now they run nothing and exit with code %1.</source>
        <translation>Cette version ouvre la fenêtre et répond à --help et --version. Les modes sans interface ci-dessous sont décrits avant leur sortie&#xa0;: pour l’instant, ils n’exécutent rien et se terminent avec le code %1.</translation>
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
        <source>Not deployed</source>
        <translation>Non déployée</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Environnement</translation>
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
</TS>
