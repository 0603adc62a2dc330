<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {0}</source>
        <translation>À propos de {0}</translation>
    </message>
    <message>
        <source>App icon</source>
        <translation>Icône de l’application</translation>
    </message>
    <message>
        <source>Guides you through a 15-20 minute warm-up before a run: a big countdown, a distinct sound for every cue, and the next step read out.

Licence: {0}. Not medical advice: stop if something hurts.</source>
        <translation>Vous guide pendant un échauffement de 15 à 20 minutes avant de courir&#xa0;: un grand compte à rebours, un son distinct pour chaque signal et l’annonce vocale de l’étape suivante.

Licence&#xa0;: {0}. Ceci n’est pas un avis médical&#xa0;: arrêtez-vous si quelque chose vous fait mal.</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Conçu avec&#xa0;:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>Composants et leurs licences</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: you may replace them with your own builds. Their sources are at the addresses above.</source>
        <translation>Qt et PySide6 sont utilisés sous licence GNU LGPL version 3&#xa0;: vous pouvez les remplacer par vos propres versions compilées. Leurs sources se trouvent aux adresses ci-dessus.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>A warm-up is running. Stop it and start “{0}”?</source>
        <extracomment>A ``--start`` routine waiting for the first-run disclaimer to be accepted. Asked before a routine handed over by another launch replaces a running warm-up (its name); tests replace it.</extracomment>
        <translation>Un échauffement est en cours. L’arrêter et lancer «&#xa0;{0}&#xa0;»&#xa0;?</translation>
    </message>
</context>
<context>
    <name>AudioControls</name>
    <message>
        <source>Mute</source>
        <extracomment>The volume slider moved (0-100). Mute was switched on or off.</extracomment>
        <translation>Couper le son</translation>
    </message>
    <message>
        <source>Mute sounds and voice (M); cues still flash</source>
        <translation>Couper les sons et la voix (M)&#xa0;; les signaux clignotent toujours à l’écran</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Son coupé</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Son activé</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Calibrate the sound delay</source>
        <translation>Calibrer le décalage du son</translation>
    </message>
    <message>
        <source>Put on the headphones or speakers you run with. Press Start, then press Space (or click Tap) on every click you hear. The first two clicks are for finding the beat.</source>
        <translation>Mettez le casque, les écouteurs ou les haut-parleurs avec lesquels vous courez. Appuyez sur Démarrer, puis sur Espace (ou cliquez sur Taper) à chaque clic que vous entendez. Les deux premiers clics servent à trouver le rythme.</translation>
    </message>
    <message>
        <source>Tap</source>
        <translation>Taper</translation>
    </message>
    <message>
        <source>Tap on each click</source>
        <translation>Tapez à chaque clic</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>&amp;Use this</source>
        <translation>&amp;Utiliser</translation>
    </message>
    <message>
        <source>T&amp;ry again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Starting the clicks…</source>
        <translation>Lancement des clics…</translation>
    </message>
    <message>
        <source>{0}
Calibration needs sound: connect an output and try again.</source>
        <translation>{0}
La calibration a besoin du son&#xa0;: branchez une sortie audio et réessayez.</translation>
    </message>
    <message>
        <source>Listen to the first two clicks, then tap along.</source>
        <translation>Écoutez les deux premiers clics, puis tapez en rythme.</translation>
    </message>
    <message>
        <source>Keep tapping on every click.</source>
        <translation>Continuez à taper à chaque clic.</translation>
    </message>
    <message>
        <source>Tap {0} of {1}</source>
        <translation>Frappe {0} sur {1}</translation>
    </message>
    <message>
        <source>Suggested: {0} ms</source>
        <translation>Suggestion&#xa0;: {0} ms</translation>
    </message>
    <message>
        <source>You heard the clicks on time: there is no delay to make up.</source>
        <translation>Vous avez entendu les clics à temps&#xa0;: il n’y a aucun décalage à compenser.</translation>
    </message>
    <message>
        <source>Every sound will play this much earlier once you press OK in Settings.</source>
        <translation>Chaque son sera joué d’autant plus tôt dès que vous aurez appuyé sur OK dans les Paramètres.</translation>
    </message>
    <message>
        <source>The taps were too uneven to tell the delay. Try again, tapping along with the beat rather than reacting to each click.</source>
        <translation>Vos frappes étaient trop irrégulières pour mesurer le décalage. Réessayez en tapant en rythme plutôt qu’en réagissant à chaque clic.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n taps could be matched to clicks; at least {0} are needed. Try again and tap on every click from the third one on.</source>
        <translation>
            <numerusform>Seulement %n frappe associée à un clic&#xa0;; il en faut au moins {0}. Réessayez en tapant à chaque clic à partir du troisième.</numerusform>
            <numerusform>Seulement %n frappes associées à des clics&#xa0;; il en faut au moins {0}. Réessayez en tapant à chaque clic à partir du troisième.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClickTrain</name>
    <message>
        <source>The click could not be prepared: {0}</source>
        <extracomment>From Start to the first click: time to put the hands ready. After the last click, time for its tap (and for the click to ring out) before ``done``.</extracomment>
        <translation>Impossible de préparer le clic&#xa0;: {0}</translation>
    </message>
    <message>
        <source>No sound output was found, so there are no clicks to tap to.</source>
        <translation>Aucune sortie audio trouvée&#xa0;: il n’y a donc pas de clics sur lesquels taper.</translation>
    </message>
</context>
<context>
    <name>CueLines</name>
    <message>
        <source>How to do it</source>
        <translation>Comment faire</translation>
    </message>
</context>
<context>
    <name>CuePreview</name>
    <message>
        <source>Sounds are muted in the run window (M), so nothing was played.</source>
        <translation>Les sons sont coupés dans la fenêtre de séance (M)&#xa0;: rien n’a été joué.</translation>
    </message>
    <message>
        <source>The sound could not be prepared: {0}</source>
        <translation>Impossible de préparer le son&#xa0;: {0}</translation>
    </message>
    <message>
        <source>No sound output was found, so nothing can be played.</source>
        <translation>Aucune sortie audio trouvée&#xa0;: rien ne peut être joué.</translation>
    </message>
</context>
<context>
    <name>DisclaimerDialog</name>
    <message>
        <source>Before you start</source>
        <extracomment>Bump when the text changes in substance, so every runner sees the new one once.</extracomment>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <source>Warm-up Timer guides you through a warm-up and offers a self-check for heavy legs. It gives general information only: it is not a diagnosis or medical advice, and it cannot replace a doctor or physiotherapist.</source>
        <translation>Warm-up Timer vous guide pendant un échauffement et propose un bilan pour les jambes lourdes. Il ne donne que des informations générales&#xa0;: ce n’est ni un diagnostic ni un avis médical, et il ne peut pas remplacer un médecin ou un kinésithérapeute.</translation>
    </message>
    <message>
        <source>Talk to a health professional before you start or change an exercise routine, especially if you have a heart condition, chest pain, dizziness or blackouts, or a bone or joint problem, if you take medicine for your blood pressure or heart, or if you are pregnant.</source>
        <translation>Parlez-en à un professionnel de santé avant de commencer ou de modifier un programme d’exercice physique, surtout si vous avez un problème cardiaque, une douleur dans la poitrine, des vertiges ou des pertes de connaissance, ou un problème osseux ou articulaire, si vous prenez un médicament pour la tension artérielle ou le cœur, ou si vous êtes enceinte.</translation>
    </message>
    <message>
        <source>Stop exercising if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation>Arrêtez l’exercice si vous ressentez une douleur, une gêne dans la poitrine, des vertiges ou un essoufflement inhabituel.</translation>
    </message>
    <message>
        <source>In an emergency, call your local emergency number (such as 112, 999 or 911).</source>
        <translation>En cas d’urgence, appelez le numéro d’urgence local (par exemple 112, 999 ou 911).</translation>
    </message>
    <message>
        <source>Never put off getting professional advice because of something this app says.</source>
        <translation>Ne tardez jamais à demander l’avis d’un professionnel à cause de ce qu’indique cette application.</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>J’ai compris</translation>
    </message>
</context>
<context>
    <name>DurationInput</name>
    <message>
        <source> min</source>
        <extracomment>The user changed the value (whole seconds).</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>{0}, minutes</source>
        <translation>{0}, minutes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>{0}, seconds</source>
        <translation>{0}, secondes</translation>
    </message>
</context>
<context>
    <name>DurationWarning</name>
    <message>
        <source>totals {0}, shorter than the recommended 15-20 min</source>
        <translation>durée totale {0}, inférieure aux 15-20 min recommandées</translation>
    </message>
    <message>
        <source>totals {0}, longer than the recommended 15-20 min</source>
        <translation>durée totale {0}, supérieure aux 15-20 min recommandées</translation>
    </message>
</context>
<context>
    <name>EditorCommands</name>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>lead-in</source>
        <translation>décompte de départ</translation>
    </message>
    <message>
        <source>pause between steps</source>
        <translation>pause entre les étapes</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>per side</source>
        <translation>par côté</translation>
    </message>
    <message>
        <source>switch time</source>
        <translation>temps de changement de côté</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>répétitions</translation>
    </message>
    <message>
        <source>instructions</source>
        <translation>instructions</translation>
    </message>
    <message>
        <source>metronome</source>
        <translation>métronome</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>figure</translation>
    </message>
    <message>
        <source>cue lines</source>
        <translation>consignes</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>étapes</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>routine</translation>
    </message>
    <message>
        <source>part</source>
        <translation>partie</translation>
    </message>
    <message>
        <source>step</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>Change {0} {1}</source>
        <translation>Modifier {1} ({0})</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>Ajouter une partie</translation>
    </message>
    <message>
        <source>Remove part</source>
        <translation>Retirer la partie</translation>
    </message>
    <message>
        <source>Move part</source>
        <translation>Déplacer la partie</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Retirer l’étape</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Déplacer l’étape</translation>
    </message>
</context>
<context>
    <name>EditorDialogs</name>
    <message>
        <source>Unsaved changes</source>
        <extracomment>The runner chose &quot;Skip the rest&quot; in an import preview: drop the files queued behind it. Unsaved changes in the routine named: save, discard or cancel? Move the routine named to the trash? An imported routine&apos;s name is taken: (name, whether replacing is possible). Show what an import brings in; True to go on with it. A new name for a routine (given its current one); None when cancelled. A routine file to import; None when cancelled. Where to export (given a suggested file name); None when cancelled. Replace this existing file (outside the dialog that already asked)? Something failed: (title, message). Shown in the import preview: files waiting behind it (&quot;3 more files to import&quot;).</extracomment>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “{0}”?</source>
        <translation>Enregistrer les modifications de «&#xa0;{0}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>If you don&apos;t, your changes will be lost.</source>
        <translation>Sinon, vos modifications seront perdues.</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Supprimer la routine</translation>
    </message>
    <message>
        <source>Delete “{0}”?</source>
        <translation>Supprimer «&#xa0;{0}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>It is moved to the trash folder; you can undo this right after.</source>
        <translation>Elle sera déplacée dans le dossier corbeille&#xa0;; vous pourrez annuler juste après.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Replace it with the imported one, or keep both (the new one gets a number)?</source>
        <translation>La remplacer par celle importée, ou garder les deux (la nouvelle recevra un numéro)&#xa0;?</translation>
    </message>
    <message>
        <source>That one is built in and cannot be replaced; keep both?</source>
        <translation>Celle-ci est intégrée et ne peut pas être remplacée&#xa0;; garder les deux&#xa0;?</translation>
    </message>
    <message>
        <source>Name already used</source>
        <translation>Nom déjà utilisé</translation>
    </message>
    <message>
        <source>You already have a routine called “{0}”.</source>
        <translation>Vous avez déjà une routine nommée «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation>Renommer la routine</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importer une routine</translation>
    </message>
    <message>
        <source>Warm-up routines (*{0});;All files (*)</source>
        <translation>Routines d’échauffement (*{0});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export a routine</source>
        <translation>Exporter une routine</translation>
    </message>
    <message>
        <source>Warm-up routines (*{0})</source>
        <translation>Routines d’échauffement (*{0})</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>Remplacer le fichier</translation>
    </message>
    <message>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} existe déjà. Le remplacer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <source>◀ All routines</source>
        <extracomment>The user wants to go back to the list of routines. Save was pressed (the routine is valid). Try it was pressed: (speed,) - 1.0 or the quick-check speed.</extracomment>
        <translation>◀ Toutes les routines</translation>
    </message>
    <message>
        <source>Back to all routines</source>
        <translation>Retour à toutes les routines</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Essayer</translation>
    </message>
    <message>
        <source>{0}x speed</source>
        <translation>Vitesse ×{0}</translation>
    </message>
    <message>
        <source>Run it ten times faster, for a quick check</source>
        <translation>La lancer dix fois plus vite, pour une vérification rapide</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>Ajouter une partie</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Déplacer vers le haut</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Déplacer vers le bas</translation>
    </message>
    <message>
        <source>Step to add</source>
        <translation>Étape à ajouter</translation>
    </message>
    <message>
        <source> (each side)</source>
        <translation> (chaque côté)</translation>
    </message>
    <message>
        <source>Blank step</source>
        <translation>Étape vide</translation>
    </message>
    <message>
        <source>Ready-made steps with their instructions filled in, or a blank one</source>
        <translation>Étapes toutes prêtes avec leurs instructions, ou une étape vide</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Ajouter l’étape</translation>
    </message>
    <message>
        <source>Add it after the selected step</source>
        <translation>L’ajouter après l’étape sélectionnée</translation>
    </message>
    <message>
        <source>Add a part, then add steps to it from the list on the left.</source>
        <translation>Ajoutez une partie, puis ajoutez-y des étapes depuis la liste de gauche.</translation>
    </message>
    <message>
        <source>Add a step:</source>
        <translation>Ajouter une étape&#xa0;:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Save to your routines ({0})</source>
        <translation>Enregistrer dans vos routines ({0})</translation>
    </message>
    <message>
        <source>(unnamed routine)</source>
        <translation>(routine sans nom)</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>pas encore enregistrée</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>modifications non enregistrées</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>enregistrée</translation>
    </message>
    <message>
        <source>⚠ shorter than the recommended 15-20 min</source>
        <translation>⚠ plus courte que les 15-20 min recommandées</translation>
    </message>
    <message>
        <source>⚠ longer than the recommended 15-20 min</source>
        <translation>⚠ plus longue que les 15-20 min recommandées</translation>
    </message>
    <message>
        <source>✓ within the recommended 15-20 min</source>
        <translation>✓ dans les 15-20 min recommandées</translation>
    </message>
    <message>
        <source>Total {0}  {1}</source>
        <translation>Total {0}  {1}</translation>
    </message>
    <message>
        <source>Save to your routines</source>
        <translation>Enregistrer dans vos routines</translation>
    </message>
    <message>
        <source>{0} to fix before saving:</source>
        <translation>{0} à corriger avant d’enregistrer&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… et encore {0}</translation>
    </message>
    <message>
        <source>Fix the problems listed below to save</source>
        <translation>Corrigez les problèmes ci-dessous pour enregistrer</translation>
    </message>
    <message>
        <source>Routine {0}</source>
        <translation>Routine {0}</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Part {0}</source>
        <translation>Partie {0}</translation>
    </message>
    <message>
        <source>, step {0}</source>
        <translation>, étape {0}</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <source>Part 1</source>
        <translation>Partie 1</translation>
    </message>
    <message>
        <source>Duplicate part</source>
        <translation>Dupliquer la partie</translation>
    </message>
    <message>
        <source>Duplicate step</source>
        <translation>Dupliquer l’étape</translation>
    </message>
    <message>
        <source>Undo: {0}</source>
        <translation>Annuler&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <source>Redo: {0}</source>
        <translation>Rétablir&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Rien à rétablir</translation>
    </message>
</context>
<context>
    <name>FigureView</name>
    <message>
        <source>Figure showing the movement</source>
        <extracomment>Frames per second while animating a quick loop (walk, jog, strides: under 2 s a loop): 12 drawings a jogging stride, as hand animation draws &quot;on twos&quot;. Each frame costs what a bare PySide6 widget pays to show an image under X (measured: 20 frames/s cost 0.95 % of a core). Frames per second for a slow loop (the stretches rock over 4-5 s): fewer repaints. Memory for a figure&apos;s drawn frames (a 260 px lunge loop takes about 11 MB), and as much again for the same frames on the stage&apos;s colour; beyond it, frames are drawn each time.</extracomment>
        <translation>Figure montrant le mouvement</translation>
    </message>
</context>
<context>
    <name>FinishNotifier</name>
    <message>
        <source>Warm-up complete</source>
        <extracomment>A notification went out (``&quot;tray&quot;`` or ``&quot;dbus&quot;``), for the log and for tests.</extracomment>
        <translation>Échauffement terminé</translation>
    </message>
    <message>
        <source>{0} of warm-up done. Have a good run!</source>
        <translation>Échauffement de {0} terminé. Bonne course&#xa0;!</translation>
    </message>
    <message>
        <source>Have a good run!</source>
        <translation>Bonne course&#xa0;!</translation>
    </message>
</context>
<context>
    <name>HeavyLegsChart</name>
    <message>
        <source>No self-checks yet. Your heavy-legs score appears here once you take one.</source>
        <extracomment>Self-checks with a warning sign: a red square near the top, never a score.</extracomment>
        <translation>Aucun bilan pour l’instant. Votre score jambes lourdes s’affichera ici après votre premier bilan.</translation>
    </message>
    <message>
        <source>Heavy-legs score</source>
        <translation>Score jambes lourdes</translation>
    </message>
    <message>
        <source>Chart of the heavy-legs score over time</source>
        <translation>Graphique du score jambes lourdes au fil du temps</translation>
    </message>
    <message>
        <source>Warning sign: see the result</source>
        <translation>Signe d’alerte&#xa0;: voir le résultat</translation>
    </message>
    <message>
        <source>Rest day suggested from {score}</source>
        <translation>Repos conseillé à partir de {score}</translation>
    </message>
    <message numerus="yes">
        <source>%n self-checks; the latest had a warning sign: see its result</source>
        <translation>
            <numerusform>%n bilan&#xa0;; le dernier présentait un signe d’alerte&#xa0;: voir son résultat</numerusform>
            <numerusform>%n bilans&#xa0;; le dernier présentait un signe d’alerte&#xa0;: voir son résultat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n self-checks; latest score {score} of 100</source>
        <translation>
            <numerusform>%n bilan&#xa0;; dernier score&#xa0;: {score} sur 100</numerusform>
            <numerusform>%n bilans&#xa0;; dernier score&#xa0;: {score} sur 100</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a warning sign.</source>
        <translation>
            <numerusform>Dont %n avec un signe d’alerte.</numerusform>
            <numerusform>Dont %n avec un signe d’alerte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>days in a row with a warm-up</source>
        <extracomment>Asks before deleting everything; replaced in tests. Asks where to save the CSV file (None: cancelled); replaced in tests.</extracomment>
        <translation>jours d’affilée avec échauffement</translation>
    </message>
    <message>
        <source>warm-ups this week</source>
        <translation>échauffements cette semaine</translation>
    </message>
    <message>
        <source>no self-check yet</source>
        <translation>aucun bilan pour l’instant</translation>
    </message>
    <message>
        <source>History entries, newest first</source>
        <translation>Entrées de l’historique, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation>&amp;Supprimer l’entrée</translation>
    </message>
    <message>
        <source>C&amp;lear all…</source>
        <translation>&amp;Tout effacer…</translation>
    </message>
    <message>
        <source>Save every entry as a CSV file</source>
        <translation>Enregistrer toutes les entrées dans un fichier CSV</translation>
    </message>
    <message>
        <source>Delete the selected entry (Delete)</source>
        <translation>Supprimer l’entrée sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Delete every entry, after asking</source>
        <translation>Supprimer toutes les entrées, après confirmation</translation>
    </message>
    <message>
        <source>History is not open yet.</source>
        <translation>L’historique n’est pas encore ouvert.</translation>
    </message>
    <message>
        <source>warning sign at the last self-check: see the result</source>
        <translation>signe d’alerte au dernier bilan&#xa0;: voir le résultat</translation>
    </message>
    <message>
        <source>heavy-legs score at the last self-check</source>
        <translation>score jambes lourdes au dernier bilan</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>Aucune entrée pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entrée.</numerusform>
            <numerusform>%n entrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n entries to {path}</source>
        <translation>
            <numerusform>%n entrée enregistrée dans {path}</numerusform>
            <numerusform>%n entrées enregistrées dans {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Warm-up: {name}</source>
        <translation>Échauffement&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Completed ({total})</source>
        <translation>Terminé ({total})</translation>
    </message>
    <message>
        <source>Not finished (still running, or the app was closed)</source>
        <translation>Non terminé (encore en cours, ou l’application a été fermée)</translation>
    </message>
    <message>
        <source>Skipped to the end</source>
        <translation>Fin (étapes passées)</translation>
    </message>
    <message>
        <source>Stopped at {step}</source>
        <translation>Arrêté à&#xa0;: {step}</translation>
    </message>
    <message>
        <source>Stopped before the first step</source>
        <translation>Arrêté avant la première étape</translation>
    </message>
    <message>
        <source>warning sign: see the result</source>
        <translation>signe d’alerte&#xa0;: voir le résultat</translation>
    </message>
    <message>
        <source>heavy-legs score {score}</source>
        <translation>score jambes lourdes&#xa0;: {score}</translation>
    </message>
    <message>
        <source>Entry deleted.</source>
        <translation>Entrée supprimée.</translation>
    </message>
    <message>
        <source>History cleared.</source>
        <translation>Historique effacé.</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>Impossible d’enregistrer {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Clear all history?</source>
        <translation>Effacer tout l’historique&#xa0;?</translation>
    </message>
    <message>
        <source>Delete every warm-up and self-check from your history? This cannot be undone. Export to CSV first if you want a copy.</source>
        <translation>Supprimer tous les échauffements et bilans de votre historique&#xa0;? Cette action est irréversible. Exportez d’abord en CSV si vous voulez en garder une copie.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exporter l’historique</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import a routine</source>
        <translation>Importer une routine</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>Fichier&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Total: {0}</source>
        <translation>Total&#xa0;: {0}</translation>
    </message>
    <message>
        <source>A routine called “{0}” is already in your library.</source>
        <translation>Une routine nommée «&#xa0;{0}&#xa0;» existe déjà dans votre bibliothèque.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Impossible d’importer ce fichier</translation>
    </message>
    <message>
        <source>Nothing was saved. What is wrong with it:</source>
        <translation>Rien n’a été enregistré. Problèmes constatés&#xa0;:</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… et encore {0}</translation>
    </message>
    <message>
        <source>Skip the rest</source>
        <extracomment>The runner chose to skip the files waiting behind this one. Only when files wait behind this one.</extracomment>
        <translation>Ignorer les suivants</translation>
    </message>
    <message>
        <source>line {0}: </source>
        <translation>ligne {0}&#xa0;: </translation>
    </message>
</context>
<context>
    <name>ImportQueue</name>
    <message numerus="yes">
        <source>%n more files to import</source>
        <extracomment>Offer this file now (``pathlib.Path``); connect it directly: the next one waits for the slot to return. How many files wait behind the one being offered now (``int``; 0 when none).</extracomment>
        <translation>
            <numerusform>Encore %n fichier à importer</numerusform>
            <numerusform>Encore %n fichiers à importer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeepAwake</name>
    <message>
        <source>A warm-up routine is running</source>
        <extracomment>States in which the screen must stay on: the runner is following the countdown.</extracomment>
        <translation>Une routine d’échauffement est en cours</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Routine</source>
        <extracomment>Make a new routine from scratch. Edit a user routine, or make an editable copy of a built-in (``RoutineEntry``). Rename a user routine (``RoutineEntry``). Delete a user routine or a broken user file (``RoutineEntry`` or ``BrokenFile``). Export a routine (``RoutineEntry``). Import a file chosen in a file dialog. Bring back the routine deleted last. The user&apos;s routine folder: only broken files in it can be deleted from here.</extracomment>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nouvelle routine</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Built-in (read-only)</source>
        <translation>Intégrées (lecture seule)</translation>
    </message>
    <message>
        <source>Your routines</source>
        <translation>Vos routines</translation>
    </message>
    <message>
        <source>None yet: make a new one, or duplicate one above</source>
        <translation>Aucune pour l’instant&#xa0;: créez-en une, ou dupliquez-en une ci-dessus</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Illisibles</translation>
    </message>
    <message>
        <source>broken file</source>
        <translation>fichier endommagé</translation>
    </message>
    <message>
        <source>⚠ short  {0}</source>
        <translation>⚠ courte  {0}</translation>
    </message>
    <message>
        <source>⚠ long  {0}</source>
        <translation>⚠ longue  {0}</translation>
    </message>
    <message>
        <source>Outside the recommended 15-20 min</source>
        <translation>Hors des 15-20 min recommandées</translation>
    </message>
    <message>
        <source>outside 15 to 20 minutes</source>
        <translation>en dehors de 15 à 20 minutes</translation>
    </message>
    <message>
        <source>Duplicate to edit</source>
        <translation>Dupliquer pour modifier</translation>
    </message>
    <message>
        <source>No routine selected</source>
        <translation>Aucune routine sélectionnée</translation>
    </message>
    <message>
        <source>This file could not be read:</source>
        <translation>Ce fichier n’a pas pu être lu&#xa0;:</translation>
    </message>
    <message>
        <source>line {0}: </source>
        <translation>ligne {0}&#xa0;: </translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>Fichier&#xa0;: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Total {0} (plus a {1} get-ready countdown), %n steps</source>
        <translation>
            <numerusform>Total {0} (plus un décompte de départ de {1}), %n étape</numerusform>
            <numerusform>Total {0} (plus un décompte de départ de {1}), %n étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Built in: read-only. Duplicate it to make your own version.</source>
        <translation>Intégrée&#xa0;: lecture seule. Dupliquez-la pour créer votre propre version.</translation>
    </message>
    <message>
        <source>line {0}</source>
        <translation>ligne {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Warm-up</source>
        <extracomment>The runner asked for the settings dialog (the app owns the settings and opens it). Routines, Self-check and History now exist (emitted once); the app wires them.</extracomment>
        <translation>Échauffement</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Files to import (drops, other launches), offered one dialog at a time.</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>&amp;Import routine…</source>
        <translation>&amp;Importer une routine…</translation>
    </message>
    <message>
        <source>&amp;Export routine…</source>
        <translation>E&amp;xporter une routine…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translation>À pr&amp;opos de {0}</translation>
    </message>
</context>
<context>
    <name>OwnSoundImporter</name>
    <message>
        <source>Sounds ({0})</source>
        <translation>Sons ({0})</translation>
    </message>
</context>
<context>
    <name>OwnSounds</name>
    <message>
        <source>The file {name} was not found.</source>
        <translation>Le fichier {name} est introuvable.</translation>
    </message>
    <message>
        <source>The file {name} could not be opened: {reason}</source>
        <translation>Le fichier {name} n’a pas pu être ouvert&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a file.</source>
        <translation>{name} n’est pas un fichier.</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>Le fichier {name} est vide.</translation>
    </message>
    <message>
        <source>The file is {size:.1f} MB; a cue sound can be at most {limit} MB.</source>
        <translation>Le fichier fait {size:.1f} Mo&#xa0;; un son de signal ne peut pas dépasser {limit} Mo.</translation>
    </message>
    <message>
        <source>MP3, OGG and FLAC files need ffmpeg, which is not installed. Choose a WAV file, or install ffmpeg.</source>
        <translation>Les fichiers MP3, OGG et FLAC nécessitent ffmpeg, qui n’est pas installé. Choisissez un fichier WAV, ou installez ffmpeg.</translation>
    </message>
    <message>
        <source>{name} is not a sound file this app can use. Choose a {kinds} file.</source>
        <translation>{name} n’est pas un fichier son utilisable par cette application. Choisissez un fichier {kinds}.</translation>
    </message>
    <message>
        <source>{name} is not a WAV file this app can read. It may be damaged, or use a WAV flavour that needs ffmpeg (not installed).</source>
        <translation>{name} n’est pas un fichier WAV lisible par cette application. Il est peut-être endommagé, ou utilise une variante de WAV qui nécessite ffmpeg (non installé).</translation>
    </message>
    <message>
        <source>{name} could not be read as sound. It may be damaged, or not audio.</source>
        <translation>{name} n’a pas pu être lu comme un son. Il est peut-être endommagé, ou ce n’est pas de l’audio.</translation>
    </message>
    <message>
        <source>The file contains no sound.</source>
        <translation>Le fichier ne contient aucun son.</translation>
    </message>
    <message>
        <source>The file is silent.</source>
        <translation>Le fichier est silencieux.</translation>
    </message>
    <message>
        <source>The sound lasts {seconds:.1f} s; a cue sound can be at most {limit:g} s.</source>
        <translation>Le son dure {seconds:.1f} s&#xa0;; un son de signal ne peut pas dépasser {limit:g} s.</translation>
    </message>
    <message>
        <source>The file {name} could not be used: it {reason}.</source>
        <translation>Le fichier {name} n’a pas pu être utilisé&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <extracomment>A stored sound is at most MAX_SECONDS of 16-bit mono at SAMPLE_RATE, plus its silent tail.</extracomment>
        <translation>le fichier est introuvable</translation>
    </message>
    <message>
        <source>the file {reason}</source>
        <translation>le fichier&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>le fichier est endommagé</translation>
    </message>
    <message>
        <source>Your sound for “{cue}” can&apos;t be used ({reason}); the built-in sound plays instead.</source>
        <translation>Votre son pour «&#xa0;{cue}&#xa0;» ne peut pas être utilisé ({reason})&#xa0;; le son intégré est joué à la place.</translation>
    </message>
</context>
<context>
    <name>PartForm</name>
    <message>
        <source>Part name:</source>
        <translation>Nom de la partie&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Jog</source>
        <translation>ex.&#xa0;: Footing</translation>
    </message>
    <message>
        <source>Pause between steps:</source>
        <translation>Pause entre les étapes&#xa0;:</translation>
    </message>
    <message>
        <source>Time to move to the next exercise of this part</source>
        <translation>Temps pour passer à l’exercice suivant de cette partie</translation>
    </message>
    <message>
        <source>Part total:</source>
        <translation>Total de la partie&#xa0;:</translation>
    </message>
    <message>
        <source>Part {0} of {1}</source>
        <translation>Partie {0} sur {1}</translation>
    </message>
    <message numerus="yes">
        <source>{0} (%n steps)</source>
        <translation>
            <numerusform>{0} (%n étape)</numerusform>
            <numerusform>{0} (%n étapes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Steps: {0}</source>
        <translation>Étapes&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Whole warm-up</source>
        <extracomment>Skipped stretches as fractions of the bar, (from, to), 0 to 1.</extracomment>
        <translation>Tout l’échauffement</translation>
    </message>
    <message>
        <source>Whole warm-up progress</source>
        <translation>Progression de tout l’échauffement</translation>
    </message>
    <message>
        <source>{0} progress</source>
        <translation>Progression&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0} {1} / {2}</source>
        <translation>{0} {1} / {2}</translation>
    </message>
    <message>
        <source>{0} done, {1} skipped, {2} left</source>
        <translation>Fait&#xa0;: {0}, passé&#xa0;: {1}, reste&#xa0;: {2}</translation>
    </message>
    <message>
        <source>{0} done, {1} left</source>
        <translation>Fait&#xa0;: {0}, reste&#xa0;: {1}</translation>
    </message>
</context>
<context>
    <name>RedFlagGate</name>
    <message>
        <source>Any of these?</source>
        <extracomment>Warning signs that stop the flow the moment they are ticked. &quot;Yes, or not sure&quot;: show the check boxes.</extracomment>
        <translation>L’un de ces signes&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Yes, or not sure: tick which ▼</source>
        <translation>&amp;Oui, ou je ne sais pas&#xa0;: cochez lesquels ▼</translation>
    </message>
    <message>
        <source>Yes, or not sure: tick which</source>
        <translation>Oui, ou je ne sais pas&#xa0;: cochez lesquels</translation>
    </message>
    <message>
        <source>None of them? Press “No, none of these” below.</source>
        <translation>Aucun&#xa0;? Appuyez sur «&#xa0;Non, aucun de ces signes&#xa0;» ci-dessous.</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>Self-check result</source>
        <extracomment>Start today&apos;s warm-up (the routine from :meth:`chosen_entry`). Go back to the questions, answers kept. Clear every answer and begin again.</extracomment>
        <translation>Résultat du bilan</translation>
    </message>
    <message>
        <source>Today&apos;s warm-up</source>
        <translation>Échauffement du jour</translation>
    </message>
    <message>
        <source>Suggested for today and already ticked: the warm-up below includes them. Untick a change to leave it out.</source>
        <translation>Suggérés pour aujourd’hui et déjà cochés&#xa0;: l’échauffement ci-dessous les inclut. Décochez une modification pour l’écarter.</translation>
    </message>
    <message>
        <source>&amp;Start the warm-up</source>
        <translation>&amp;Lancer l’échauffement</translation>
    </message>
    <message>
        <source>&amp;Change answers</source>
        <translation>&amp;Modifier les réponses</translation>
    </message>
    <message>
        <source>Start a &amp;new check</source>
        <translation>&amp;Nouveau bilan</translation>
    </message>
    <message>
        <source>Why this result</source>
        <translation>Pourquoi ce résultat</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Ce que vous pouvez faire</translation>
    </message>
    <message>
        <source>Today: {advice}</source>
        <translation>Aujourd’hui&#xa0;: {advice}</translation>
    </message>
    <message>
        <source>Heavy-legs score: {score} of 100. A number to follow over time in your history, not a medical measure.</source>
        <translation>Score jambes lourdes&#xa0;: {score} sur 100. Un chiffre à suivre dans le temps dans votre historique, pas une mesure médicale.</translation>
    </message>
    <message>
        <source>&amp;Start the adapted warm-up</source>
        <translation>&amp;Lancer l’échauffement adapté</translation>
    </message>
    <message>
        <source>Choose a routine on the Warm-up tab, then come back to start it.</source>
        <translation>Choisissez une routine dans l’onglet Échauffement, puis revenez ici pour la lancer.</translation>
    </message>
    <message>
        <source>Routine: {name}, {total}</source>
        <translation>Routine&#xa0;: {name}, {total}</translation>
    </message>
    <message>
        <source> (adapted)</source>
        <translation> (adaptée)</translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Tempo day warm-up</source>
        <translation>ex.&#xa0;: Échauffement séance tempo</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>What this warm-up is for</source>
        <translation>À quoi sert cet échauffement</translation>
    </message>
    <message>
        <source>Get-ready countdown:</source>
        <translation>Décompte de départ&#xa0;:</translation>
    </message>
    <message>
        <source>Counted down before the first step; not in the total</source>
        <translation>Décompté avant la première étape&#xa0;; non inclus dans le total</translation>
    </message>
</context>
<context>
    <name>RoutinePicker</name>
    <message>
        <source>Routine</source>
        <extracomment>Combo data of the item for a loaded routine that the library does not list. The runner chose a routine from the list (``RoutineEntry``). The runner asked to go back from an adapted copy to its original.</extracomment>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Loading routines…</source>
        <translation>Chargement des routines…</translation>
    </message>
    <message>
        <source>Adapted for today</source>
        <translation>Adaptée pour aujourd’hui</translation>
    </message>
    <message>
        <source>Use the original</source>
        <translation>Utiliser l’originale</translation>
    </message>
    <message>
        <source>Go back to the routine as it is saved</source>
        <translation>Revenir à la routine telle qu’enregistrée</translation>
    </message>
    <message>
        <source>Show the list</source>
        <translation>Afficher la liste</translation>
    </message>
    <message>
        <source>Which routine files could not be read, and why</source>
        <translation>Quels fichiers de routine n’ont pas pu être lus, et pourquoi</translation>
    </message>
    <message>
        <source>Routine:</source>
        <translation>Routine&#xa0;:</translation>
    </message>
    <message>
        <source>No routines found.</source>
        <translation>Aucune routine trouvée.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n routine files could not be read.</source>
        <translation>
            <numerusform>⚠ %n fichier de routine n’a pas pu être lu.</numerusform>
            <numerusform>⚠ %n fichiers de routine n’ont pas pu être lus.</numerusform>
        </translation>
    </message>
    <message>
        <source> (+{0} more)</source>
        <translation> (+{0} de plus)</translation>
    </message>
    <message>
        <source>Routine files that could not be read</source>
        <translation>Fichiers de routine illisibles</translation>
    </message>
</context>
<context>
    <name>RoutinesView</name>
    <message>
        <source>this routine</source>
        <extracomment>The routines on disk changed (``Library``): saved, imported, renamed, deleted, restored. The runner chose to skip the files waiting to be imported after the one shown. Makes the driver of a &quot;Try it&quot; run (tests give one on a fake clock). Makes the view a &quot;Try it&quot; run is shown in (the window gives the Warm-up tab&apos;s view).</extracomment>
        <translation>cette routine</translation>
    </message>
    <message>
        <source>My warm-up</source>
        <translation>Mon échauffement</translation>
    </message>
    <message>
        <source>Jog</source>
        <translation>Footing</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (copie)</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>Enregistrement impossible pour l’instant</translation>
    </message>
    <message>
        <source>Fix the marked fields first:
{0}</source>
        <translation>Corrigez d’abord les champs signalés&#xa0;:
{0}</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Impossible d’enregistrer</translation>
    </message>
    <message>
        <source>Could not rename</source>
        <translation>Impossible de renommer</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Impossible de supprimer</translation>
    </message>
    <message>
        <source>“{0}” was moved to the trash.</source>
        <translation>«&#xa0;{0}&#xa0;» a été placée dans la corbeille.</translation>
    </message>
    <message>
        <source>Could not restore</source>
        <translation>Impossible de restaurer</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>Impossible d’importer</translation>
    </message>
    <message>
        <source>Cannot export yet</source>
        <translation>Exportation impossible pour l’instant</translation>
    </message>
    <message>
        <source>Fix the marked fields first.</source>
        <translation>Corrigez d’abord les champs signalés.</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Rien à exporter</translation>
    </message>
    <message>
        <source>Select a routine first.</source>
        <translation>Sélectionnez d’abord une routine.</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Impossible d’exporter</translation>
    </message>
</context>
<context>
    <name>RunTray</name>
    <message>
        <source>Pause</source>
        <extracomment>The runner asked to see the main window (menu item or a click on the icon). The runner chose Quit from the tray menu.</extracomment>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Passer à l’étape suivante</translation>
    </message>
    <message>
        <source>Show {0}</source>
        <translation>Afficher {0}</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>{0}: ready</source>
        <translation>{0}&#xa0;: prêt</translation>
    </message>
    <message>
        <source>{0}: warm-up complete</source>
        <translation>{0}&#xa0;: échauffement terminé</translation>
    </message>
    <message>
        <source>Get ready: {0}</source>
        <translation>Préparez-vous&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Switch sides: {0}</source>
        <translation>Changez de côté&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Next exercise in {0}</source>
        <translation>Exercice suivant dans {0}</translation>
    </message>
    <message>
        <source>{0}{1}: {2} left</source>
        <translation>{0}{1}&#xa0;: encore {2}</translation>
    </message>
    <message>
        <source>Paused. {0}</source>
        <translation>En pause. {0}</translation>
    </message>
    <message>
        <source>{0} of the warm-up left</source>
        <translation>Encore {0} d’échauffement</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <source>◀◀ Back</source>
        <extracomment>Full screen was asked for (F11). The runner counts the warm-up they skipped to the end of as done (history records it). Focus mode went on (a routine runs: only what a runner needs) or off (paused, stopped). How long the controls strip stays after the last mouse move or key press. Asks before stopping a running routine; replaced in tests (no modal dialogs there). Asks before restarting a warm-up under way (R or the button); replaced in tests.</extracomment>
        <translation>◀◀ Retour</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Skip ▶▶</source>
        <translation>Passer ▶▶</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Count it as done</source>
        <translation>Compter comme terminé</translation>
    </message>
    <message>
        <source>You skipped to the end: record this warm-up as completed anyway</source>
        <translation>Vous avez sauté jusqu’à la fin&#xa0;: enregistrer quand même cet échauffement comme terminé</translation>
    </message>
    <message>
        <source>Back to the start of this step; twice: previous (Left)</source>
        <translation>Retour au début de cette étape&#xa0;; deux fois&#xa0;: étape précédente (flèche gauche)</translation>
    </message>
    <message>
        <source>Start, pause or resume (Space)</source>
        <translation>Démarrer, mettre en pause ou reprendre (Espace)</translation>
    </message>
    <message>
        <source>Skip to the next step (Right)</source>
        <translation>Passer à l’étape suivante (flèche droite)</translation>
    </message>
    <message>
        <source>Start the routine again (R)</source>
        <translation>Recommencer la routine (R)</translation>
    </message>
    <message>
        <source>Stop the routine (Esc)</source>
        <translation>Arrêter la routine (Échap)</translation>
    </message>
    <message>
        <source>Start / Pause</source>
        <translation>Démarrer / Pause</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <source>Counted as done. Have a good run!</source>
        <translation>Compté comme terminé. Bonne course&#xa0;!</translation>
    </message>
    <message>
        <source>Restart the warm-up?</source>
        <translation>Recommencer l’échauffement&#xa0;?</translation>
    </message>
    <message>
        <source>Start this warm-up again from the beginning? Your place in it will be lost.</source>
        <translation>Reprendre cet échauffement depuis le début&#xa0;? Votre progression sera perdue.</translation>
    </message>
    <message>
        <source>Stop the warm-up?</source>
        <translation>Arrêter l’échauffement&#xa0;?</translation>
    </message>
    <message>
        <source>Stop this warm-up? Your place in it will be lost.</source>
        <translation>Arrêter cet échauffement&#xa0;? Votre progression sera perdue.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
</context>
<context>
    <name>SelfCheckPanel</name>
    <message>
        <source>Health screen</source>
        <extracomment>A result was shown for answers not reported before: (``Report``, ``dict[str, bool]``). A warm-up was started from the result (``RoutineEntry``, possibly an adapted copy).</extracomment>
        <translation>Questionnaire santé</translation>
    </message>
    <message>
        <source>Your legs today</source>
        <translation>Vos jambes aujourd’hui</translation>
    </message>
    <message>
        <source>Tick what applies. Leave the rest unticked.</source>
        <translation>Cochez ce qui s’applique. Laissez le reste non coché.</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Suivant ▶</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>You said your legs hurt or that you have poor circulation. Before the result, read every warning sign again and tick any that applies.</source>
        <translation>Vous avez indiqué avoir mal aux jambes ou une mauvaise circulation. Avant le résultat, relisez chaque signe d’alerte et cochez ceux qui s’appliquent.</translation>
    </message>
    <message>
        <source>Before the result: the warning signs again</source>
        <translation>Avant le résultat&#xa0;: de nouveau les signes d’alerte</translation>
    </message>
    <message>
        <source>Step {n} of {count}</source>
        <translation>Étape {n} sur {count}</translation>
    </message>
    <message>
        <source>None of these apply: see the &amp;result ▶</source>
        <translation>Aucun ne s’applique&#xa0;: voir le résul&amp;tat ▶</translation>
    </message>
    <message>
        <source>&amp;No, none of these ▶</source>
        <translation>&amp;Non, aucun de ces signes ▶</translation>
    </message>
    <message>
        <source>See the &amp;result ▶</source>
        <translation>Voir le résul&amp;tat ▶</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>SessionAudio</name>
    <message>
        <source>The sounds could not be prepared ({0}), so this warm-up shows its cues on screen only.</source>
        <extracomment>Something the runner should know once (no sound output, an own sound replaced).</extracomment>
        <translation>Les sons n’ont pas pu être préparés ({0})&#xa0;: cet échauffement affiche donc ses signaux à l’écran uniquement.</translation>
    </message>
    <message>
        <source>The sound folder cannot be written ({0}); the sounds are kept in memory for this session.</source>
        <translation>Impossible d’écrire dans le dossier des sons ({0})&#xa0;; les sons sont gardés en mémoire pour cette session.</translation>
    </message>
    <message>
        <source>No voice: {0} Settings → Voice says what to install.</source>
        <translation>Pas de voix&#xa0;: {0} Paramètres → Voix indique quoi installer.</translation>
    </message>
    <message>
        <source>The sound for “{0}” could not be loaded: {1}</source>
        <translation>Le son pour «&#xa0;{0}&#xa0;» n’a pas pu être chargé&#xa0;: {1}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings could not be saved to {0}. Changes are used until you quit.</source>
        <extracomment>Far more than any settings file the app writes (about 2 KB); a bigger one is not ours. &quot;Restore defaults&quot; resets it. Window geometry is remembered state, not a preference. How cues are played: &quot;stream&quot; (one open output, every sound at its exact sample) or &quot;effects&quot; (the older QSoundEffect per kind, kept for comparison). Not in the dialog. Play every sound this many milliseconds early, to cancel an output&apos;s delay (Bluetooth). Without a voice for the interface language: English lines in an English voice, or silence. The interface language (a code of i18n/languages.py), &quot;&quot; for the system&apos;s; read at start-up. The version of the first-run disclaimer the runner accepted (0: none yet); see gui/dialogs/disclaimer.py. A preference changed (the key&apos;s name, e.g. ``&quot;sounds/volume&quot;``); read it with ``get``. Saving failed (a message for the runner); the new values stay in use for this run. What was wrong with the file when it was loaded, one message each, for the runner. None while the file is left alone for the session (it could not be read).</extracomment>
        <translation>Vos paramètres n’ont pas pu être enregistrés dans {0}. Les modifications restent actives jusqu’à ce que vous quittiez l’application.</translation>
    </message>
    <message>
        <source>Your settings file {0} could not be read ({1}), so the defaults are in use for this session. The file was left as it is, and changes are not saved to it.</source>
        <translation>Votre fichier de paramètres {0} n’a pas pu être lu ({1})&#xa0;: les valeurs par défaut sont donc utilisées pour cette session. Le fichier a été laissé tel quel et les modifications n’y sont pas enregistrées.</translation>
    </message>
    <message>
        <source>(it could not be moved aside: {0})</source>
        <translation>(il n’a pas pu être mis de côté&#xa0;: {0})</translation>
    </message>
    <message>
        <source>The damaged file was kept as {0}.</source>
        <translation>Le fichier endommagé a été conservé sous le nom {0}.</translation>
    </message>
    <message>
        <source>Your settings file could not be read, so the defaults are in use. {0}</source>
        <translation>Votre fichier de paramètres n’a pas pu être lu&#xa0;: les valeurs par défaut sont donc utilisées. {0}</translation>
    </message>
    <message>
        <source>Some settings had values the app cannot use and were reset: {0}.</source>
        <translation>Certains paramètres avaient des valeurs inutilisables par l’application et ont été réinitialisés&#xa0;: {0}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>The form&apos;s values were stored (OK or Apply).</extracomment>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Sounds</source>
        <extracomment>Shows a problem to the runner; replaced in tests (no modal boxes there). The tap-to-calibrate dialog while it is open. Asks for a sound file; replaced in tests.</extracomment>
        <translation>&amp;Sons</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>&amp;Voix</translation>
    </message>
    <message>
        <source>&amp;Timing</source>
        <translation>&amp;Temps</translation>
    </message>
    <message>
        <source>&amp;Look</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Vol&amp;ume:</source>
        <translation>Vol&amp;ume&#xa0;:</translation>
    </message>
    <message>
        <source>Sound for {0}</source>
        <translation>Son pour «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>▶ Preview</source>
        <translation>▶ Écouter</translation>
    </message>
    <message>
        <source>Preview the {0} sound</source>
        <translation>Écouter le son «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Play this sound now</source>
        <translation>Jouer ce son maintenant</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Play sounds early by</source>
        <translation>Avance des sons</translation>
    </message>
    <message>
        <source>Bluetooth headphones play sound late, often by 100 to 300 ms. Every cue sound is played this much earlier to make up for it.</source>
        <translation>Les casques et écouteurs Bluetooth jouent le son en retard, souvent de 100 à 300 ms. Chaque son de signal est joué d’autant plus tôt pour compenser.</translation>
    </message>
    <message>
        <source>Play sounds &amp;early by:</source>
        <translation>Ava&amp;ncer les sons de&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;alibrate…</source>
        <translation>&amp;Calibrer…</translation>
    </message>
    <message>
        <source>Calibrate the sound delay by tapping</source>
        <translation>Calibrer le décalage du son en tapant</translation>
    </message>
    <message>
        <source>Tap along to a few clicks and the app suggests how early to play sounds.</source>
        <translation>Tapez en rythme sur quelques clics et l’application propose de combien avancer les sons.</translation>
    </message>
    <message>
        <source>Each cue has its own sound, so you know what happened without looking.</source>
        <translation>Chaque signal a son propre son&#xa0;: vous savez ce qui se passe sans regarder.</translation>
    </message>
    <message>
        <source>&amp;Say each step&apos;s name and what comes next</source>
        <translation>&amp;Dire le nom de chaque étape et annoncer la suivante</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Débit de parole</translation>
    </message>
    <message>
        <source>Much faster</source>
        <translation>Beaucoup plus rapide</translation>
    </message>
    <message>
        <source>&amp;Test voice</source>
        <translation>Tester la v&amp;oix</translation>
    </message>
    <message>
        <source>Test the voice</source>
        <translation>Tester la voix</translation>
    </message>
    <message>
        <source>V&amp;oice:</source>
        <translation>Vo&amp;ix&#xa0;:</translation>
    </message>
    <message>
        <source>Speaking &amp;rate:</source>
        <translation>Débit de pa&amp;role&#xa0;:</translation>
    </message>
    <message>
        <source>Speak English</source>
        <translation>Parler en anglais</translation>
    </message>
    <message>
        <source>No announcements</source>
        <translation>Pas d’annonces</translation>
    </message>
    <message>
        <source>Without a voice for your language</source>
        <translation>Sans voix pour votre langue</translation>
    </message>
    <message>
        <source>Without a voice for your &amp;language:</source>
        <translation>Sans voix pour votre lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>The voice never talks over a countdown. Without a speech engine the app shows the next step on screen only.</source>
        <translation>La voix ne parle jamais par-dessus un compte à rebours. Sans moteur de synthèse vocale, l’application affiche l’étape suivante à l’écran uniquement.</translation>
    </message>
    <message>
        <source>As set in the routine</source>
        <translation>Comme défini dans la routine</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Get-ready time before the first step</source>
        <translation>Temps de préparation avant la première étape</translation>
    </message>
    <message>
        <source>The lowest value keeps each routine&apos;s own get-ready time.</source>
        <translation>La valeur la plus basse conserve le temps de préparation propre à chaque routine.</translation>
    </message>
    <message>
        <source>No countdown</source>
        <translation>Pas de décompte</translation>
    </message>
    <message>
        <source>Countdown beeps before each step</source>
        <translation>Bips de décompte avant chaque étape</translation>
    </message>
    <message>
        <source> steps/min</source>
        <translation> pas/min</translation>
    </message>
    <message>
        <source>Your usual running cadence</source>
        <translation>Votre cadence de course habituelle</translation>
    </message>
    <message>
        <source>Metronome above your cadence</source>
        <translation>Métronome au-dessus de votre cadence</translation>
    </message>
    <message>
        <source>&amp;Get-ready time:</source>
        <translation>Temps de &amp;préparation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Countdown before each step:</source>
        <translation>Décompte avant cha&amp;que étape&#xa0;:</translation>
    </message>
    <message>
        <source>Your usual &amp;cadence:</source>
        <translation>Votre cadence ha&amp;bituelle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Metronome above it:</source>
        <translation>&amp;Métronome au-dessus&#xa0;:</translation>
    </message>
    <message>
        <source>Raise your cadence a little at a time (5 to 10 %). Timing changes apply from the next start.</source>
        <translation>Augmentez votre cadence petit à petit (de 5 à 10&#xa0;%). Les réglages de temps s’appliquent au prochain démarrage.</translation>
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
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Start in &amp;full screen</source>
        <translation>Démarrer &amp;en plein écran</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>Animées</translation>
    </message>
    <message>
        <source>Still (no motion)</source>
        <translation>Fixes (sans mouvement)</translation>
    </message>
    <message>
        <source>Off (cue lines only)</source>
        <translation>Désactivées (consignes seules)</translation>
    </message>
    <message>
        <source>Exercise figures</source>
        <translation>Figures des exercices</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hème&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Exercise figures:</source>
        <translation>&amp;Figures des exercices&#xa0;:</translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation>Langue du système ({0})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Restart Warm-up Timer to see the new language.</source>
        <translation>Redémarrez Warm-up Timer pour afficher la nouvelle langue.</translation>
    </message>
    <message>
        <source>Text follows your system&apos;s font size, and a high-contrast system setting gives the timer high-contrast colours.</source>
        <translation>Le texte suit la taille de police de votre système, et un réglage système à contraste élevé donne au minuteur des couleurs à contraste élevé.</translation>
    </message>
    <message>
        <source>Countdown (3, 2, 1)</source>
        <translation>Décompte (3, 2, 1)</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>Mi-parcours</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Changement de côté</translation>
    </message>
    <message>
        <source>New part</source>
        <translation>Nouvelle partie</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Metronome click</source>
        <translation>Clic du métronome</translation>
    </message>
    <message>
        <source>This setting could not be saved: {0}</source>
        <translation>Ce paramètre n’a pas pu être enregistré&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Defaults restored in the form; press OK or Apply to keep them.</source>
        <translation>Valeurs par défaut rétablies dans le formulaire&#xa0;; appuyez sur OK ou Appliquer pour les conserver.</translation>
    </message>
    <message>
        <source>Built-in sound</source>
        <translation>Son intégré</translation>
    </message>
    <message>
        <source>Own: {0}</source>
        <translation>Personnel&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>WAV sounds (*.wav)</source>
        <translation>Sons WAV (*.wav)</translation>
    </message>
    <message>
        <source>Choose a sound for {0}</source>
        <translation>Choisir un son pour «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>The suggested delay is in the form; press OK or Apply to keep it.</source>
        <translation>Le décalage suggéré est dans le formulaire&#xa0;; appuyez sur OK ou Appliquer pour le conserver.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Par défaut du système</translation>
    </message>
    <message>
        <source>{0} (not available)</source>
        <translation>{0} (indisponible)</translation>
    </message>
    <message>
        <source>Much slower</source>
        <translation>Beaucoup plus lent</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Plus lent</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Plus rapide</translation>
    </message>
    <message>
        <source>Next: Deep lunge stretch, left side</source>
        <translation>À suivre&#xa0;: Étirement en fente profonde, côté gauche</translation>
    </message>
    <message>
        <source>The metronome clicks {0:.0f} times a minute.</source>
        <translation>Le métronome bat {0:.0f} fois par minute.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSE</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Temps restant pour cette étape</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Étape en cours</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Skipped to the end</source>
        <translation>Fin (étapes passées)</translation>
    </message>
    <message>
        <source>Warm-up complete. Have a good run!</source>
        <translation>Échauffement terminé. Bonne course&#xa0;!</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>À suivre&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Next: finish</source>
        <translation>À suivre&#xa0;: fin</translation>
    </message>
    <message>
        <source>Ready. Press Space to start</source>
        <translation>Prêt. Appuyez sur Espace pour démarrer</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Paused: </source>
        <translation>En pause&#xa0;: </translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Préparez-vous</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Changez de côté</translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation>Mettez-vous en position</translation>
    </message>
    <message>
        <source>Work · {0} · step {1} of {2}</source>
        <translation>Exercice · {0} · étape {1} sur {2}</translation>
    </message>
    <message>
        <source>◀ LEFT {0}</source>
        <translation>◀ GAUCHE&#xa0;: {0}</translation>
    </message>
    <message>
        <source>RIGHT {0} ▶</source>
        <translation>DROITE&#xa0;: {0} ▶</translation>
    </message>
    <message>
        <source>Go!</source>
        <translation>Partez&#xa0;!</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>Mi-parcours</translation>
    </message>
    <message>
        <source>Done!</source>
        <translation>Terminé&#xa0;!</translation>
    </message>
</context>
<context>
    <name>StepAnnouncer</name>
    <message>
        <source>Stopped.</source>
        <extracomment>Every message announced, in order (what a screen reader was told).</extracomment>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Warm-up complete. Have a good run!</source>
        <translation>Échauffement terminé. Bonne course&#xa0;!</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pause.</translation>
    </message>
    <message>
        <source>Get ready, {0}. First: {1}.</source>
        <translation>Préparez-vous, {0}. Pour commencer&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>Switch sides, {0}. Next: {1}.</source>
        <translation>Changez de côté, {0}. Ensuite&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>Next exercise in {0}: {1}.</source>
        <translation>Exercice suivant dans {0}&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>{0}. {1}.</source>
        <translation>{0}. {1}.</translation>
    </message>
    <message>
        <source>Resumed. {0}</source>
        <translation>Reprise. {0}</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>Step name:</source>
        <translation>Nom de l’étape&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Easy jog</source>
        <translation>ex.&#xa0;: Footing léger</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message>
        <source>Per side: run it left, then right (duration is per side)</source>
        <translation>Par côté&#xa0;: gauche, puis droite (durée par côté)</translation>
    </message>
    <message>
        <source>Switch sides:</source>
        <translation>Changement de côté&#xa0;:</translation>
    </message>
    <message>
        <source>Reps:</source>
        <translation>Répétitions&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 8-10 slow reps each side</source>
        <translation>ex.&#xa0;: 8-10 répétitions lentes de chaque côté</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Instructions&#xa0;:</translation>
    </message>
    <message>
        <source>How to do it, in a few words</source>
        <translation>Comment la faire, en quelques mots</translation>
    </message>
    <message>
        <source>Metronome: cadence clicks during this step</source>
        <translation>Métronome&#xa0;: clics de cadence pendant cette étape</translation>
    </message>
    <message>
        <source>Step total:</source>
        <translation>Total de l’étape&#xa0;:</translation>
    </message>
    <message>
        <source>No figure</source>
        <translation>Sans figure</translation>
    </message>
    <message>
        <source>Figure:</source>
        <translation>Figure&#xa0;:</translation>
    </message>
    <message>
        <source>Up to 3 short cues, one per line, shown large beside the figure</source>
        <translation>Jusqu’à 3 consignes courtes, une par ligne, affichées en grand à côté de la figure</translation>
    </message>
    <message>
        <source>Cue lines:</source>
        <translation>Consignes&#xa0;:</translation>
    </message>
    <message>
        <source>Step {0} of {1} in “{2}”</source>
        <translation>Étape {0} sur {1} de «&#xa0;{2}&#xa0;»</translation>
    </message>
    <message>
        <source>{0} (left {1}, switch {2}, right {1})</source>
        <translation>{0} (gauche {1}, changement {2}, droite {1})</translation>
    </message>
</context>
<context>
    <name>StreamPlayer</name>
    <message>
        <source>This sound could not be played: %1</source>
        <extracomment>The first retry after a loss comes after Qt&apos;s own reconnect: when the sound server dies, Qt&apos;s PulseAudio backend drops its context and tries again 3 s later; a sink made in between aborts the whole process (libpulse&apos;s assertion in pa_context_get_state). Past that attempt a new sink connects afresh, but only to a server that is there (``sound_server_reachable``). Every sound is placed this long after its time on the monotonic clock. A block may be rendered up to a buffer ahead of being queued behind another buffer, so a cue due at once (the first tick at Start, a &quot;go&quot; after a skip) would land wherever the next block starts; with this margin it lands at its exact sample like every other cue, and all are heard with the same constant delay. An underrun the output reports re-anchors the sounds at once (``FrameClock.gap``); past this, a disagreement with the output&apos;s report does too (a stall, a device change). Less than this is the report&apos;s own noise and shifts (measured up to 50 ms), not what is heard. The sink&apos;s state changed (``QtAudio.State``, ``QtAudio.Error``): rare, never per block. The output went away mid-run (message), or came back (empty message).</extracomment>
        <translation>Impossible de jouer ce son&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sound output stopped. Cues are shown on screen; sound resumes when it is back.</source>
        <translation>La sortie audio s’est arrêtée. Les signaux s’affichent à l’écran&#xa0;; le son reprendra à son retour.</translation>
    </message>
    <message>
        <source>No sound output was found. Cues will be shown on screen only.</source>
        <translation>Aucune sortie audio trouvée. Les signaux seront affichés à l’écran uniquement.</translation>
    </message>
</context>
<context>
    <name>StructureTree</name>
    <message>
        <source>Parts and steps</source>
        <extracomment>The selected item changed (target). A dragged part should move: (from index, to index counted after taking it out). A dragged step should move: ((part, index), (part, index after taking it out)).</extracomment>
        <translation>Parties et étapes</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>(unnamed part)</source>
        <translation>(partie sans nom)</translation>
    </message>
    <message>
        <source>  · {0} between steps</source>
        <translation>  · {0} entre les étapes</translation>
    </message>
    <message>
        <source>(unnamed step)</source>
        <translation>(étape sans nom)</translation>
    </message>
    <message>
        <source>  · each side</source>
        <translation>  · chaque côté</translation>
    </message>
    <message>
        <source>has a problem</source>
        <translation>comporte un problème</translation>
    </message>
</context>
<context>
    <name>SuggestionOffer</name>
    <message>
        <source>Choose a routine on the Warm-up tab to see what would change.</source>
        <extracomment>Results that leave room for a warm-up today. Accepted or not any more.</extracomment>
        <translation>Choisissez une routine dans l’onglet Échauffement pour voir ce qui changerait.</translation>
    </message>
    <message>
        <source>This routine has no easy-jog step in its first part, so nothing would change.</source>
        <translation>Cette routine n’a pas d’étape de footing léger dans sa première partie&#xa0;: rien ne changerait donc.</translation>
    </message>
    <message>
        <source>The metronome is already on for the jog in this routine.</source>
        <translation>Le métronome est déjà activé pour le footing de cette routine.</translation>
    </message>
    <message>
        <source>This routine has no easy-jog step, so nothing would change.</source>
        <translation>Cette routine n’a pas d’étape de footing léger&#xa0;: rien ne changerait donc.</translation>
    </message>
    <message>
        <source>{step} {before} → {after}; total {total_before} → {total_after}</source>
        <translation>{step} {before} → {after}&#xa0;; total {total_before} → {total_after}</translation>
    </message>
    <message>
        <source>(longer than the recommended 15-20 min)</source>
        <translation>(plus long que les 15-20 min recommandées)</translation>
    </message>
    <message>
        <source>Metronome on for: {steps}</source>
        <translation>Métronome activé pour&#xa0;: {steps}</translation>
    </message>
</context>
<context>
    <name>TryRunDialog</name>
    <message>
        <source>Try: {0}</source>
        <extracomment>Makes the trial&apos;s driver for a speed (replaced in tests by one on a fake clock). Builds the view a trial is shown in, around the trial&apos;s own controller.</extracomment>
        <translation>Essai&#xa0;: {0}</translation>
    </message>
    <message>
        <source> ({0}x speed)</source>
        <translation> (vitesse ×{0})</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>speech engine %1 is not installed</source>
        <extracomment>Qt&apos;s test engine: speaks nothing, keeps time. Never chosen on its own. Names the engine for this process: &quot;auto&quot; (the default), &quot;none&quot;, or an engine name. The tests set it to &quot;mock&quot;; a runner can set &quot;none&quot; to keep speech-dispatcher out of the app entirely. espeak-ng (through speech-dispatcher) lists &quot;English (Caribbean)&quot; first for en_US; the country&apos;s own voice is what a runner there expects. The country whose voice a language&apos;s speakers expect when theirs is not listed first. No usable engine (message for the user). Emitted once per engine choice. True when speech starts, False when it ends (or is stopped, or fails).</extracomment>
        <translation>le moteur de synthèse vocale %1 n’est pas installé</translation>
    </message>
    <message>
        <source>%1 has no voice for %2</source>
        <translation>%1 n’a pas de voix pour la langue %2</translation>
    </message>
    <message>
        <source>Voice announcements are switched off.</source>
        <translation>Les annonces vocales sont désactivées.</translation>
    </message>
    <message>
        <source>No speech engine could be started (%1).</source>
        <translation>Aucun moteur de synthèse vocale n’a pu être démarré (%1).</translation>
    </message>
    <message>
        <source>No speech engine is installed.</source>
        <translation>Aucun moteur de synthèse vocale n’est installé.</translation>
    </message>
    <message>
        <source>The speech engine has no voice for {0}.</source>
        <translation>Le moteur de synthèse vocale n’a pas de voix pour la langue&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu, install the speech engine and its voices with:
sudo apt install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng
then restart Warm-up Timer.</source>
        <translation>Sous Debian ou Ubuntu, installez le moteur de synthèse vocale et ses voix avec&#xa0;:
sudo apt install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng
puis redémarrez Warm-up Timer.</translation>
    </message>
    <message>
        <source>The speech engine stopped working (%1).</source>
        <translation>Le moteur de synthèse vocale a cessé de fonctionner (%1).</translation>
    </message>
</context>
<context>
    <name>VoicePreview</name>
    <message>
        <source>No speech engine is available.</source>
        <translation>Aucun moteur de synthèse vocale n’est disponible.</translation>
    </message>
    <message>
        <source>The voice {0} is not available now.</source>
        <translation>La voix {0} n’est pas disponible pour le moment.</translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <source>No warm-ups finished yet.</source>
        <translation>Aucun échauffement terminé pour l’instant.</translation>
    </message>
    <message>
        <source>Warm-ups per week</source>
        <translation>Échauffements par semaine</translation>
    </message>
    <message>
        <source>Chart of warm-ups per week</source>
        <translation>Graphique des échauffements par semaine</translation>
    </message>
    <message>
        <source>Warm-ups</source>
        <translation>Échauffements</translation>
    </message>
    <message numerus="yes">
        <source>%n warm-ups this week</source>
        <translation>
            <numerusform>%n échauffement cette semaine</numerusform>
            <numerusform>%n échauffements cette semaine</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>Log folder</source>
        <translation>Dossier des journaux</translation>
    </message>
    <message>
        <source>The log files are in:
{0}</source>
        <translation>Les fichiers journaux se trouvent dans&#xa0;:
{0}</translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <source>Brisk walk</source>
        <translation>Marche rapide</translation>
    </message>
    <message>
        <source>Easy jog</source>
        <translation>Footing léger</translation>
    </message>
    <message>
        <source>Strides</source>
        <translation>Lignes droites</translation>
    </message>
    <message>
        <source>Walk back</source>
        <translation>Retour en marchant</translation>
    </message>
    <message>
        <source>Deep lunge</source>
        <translation>Fente profonde</translation>
    </message>
    <message>
        <source>Standing quad</source>
        <translation>Quadriceps debout</translation>
    </message>
    <message>
        <source>Standing adductor</source>
        <translation>Adducteurs debout</translation>
    </message>
    <message>
        <source>Standing TFL</source>
        <translation>TFL debout</translation>
    </message>
    <message>
        <source>Lying glute</source>
        <translation>Fessiers au sol</translation>
    </message>
    <message>
        <source>Standing calf</source>
        <translation>Mollet debout</translation>
    </message>
    <message>
        <source>side</source>
        <translation>côté travaillé</translation>
    </message>
    <message>
        <source>leg forward</source>
        <translation>jambe devant</translation>
    </message>
    <message>
        <source>heel to buttock</source>
        <translation>talon à la fesse</translation>
    </message>
    <message>
        <source>knee bends</source>
        <translation>genou fléchi</translation>
    </message>
    <message>
        <source>leg crosses behind</source>
        <translation>jambe croisée derrière</translation>
    </message>
    <message>
        <source>ankle across</source>
        <translation>cheville sur la cuisse</translation>
    </message>
    <message>
        <source>leg back</source>
        <translation>jambe en arrière</translation>
    </message>
</context>
<context>
    <name>routine</name>
    <message>
        <source>Pre-run warm-up</source>
        <translation>Échauffement avant de courir</translation>
    </message>
    <message>
        <source>An easy walk and jog, then six dynamic stretches, each on both sides, before an everyday run.</source>
        <translation>Marche et footing faciles, puis six étirements dynamiques, chacun des deux côtés, avant une sortie de tous les jours.</translation>
    </message>
    <message>
        <source>Jog</source>
        <translation>Footing</translation>
    </message>
    <message>
        <source>Brisk walk</source>
        <translation>Marche rapide</translation>
    </message>
    <message>
        <source>Walk briskly with loose, swinging arms to ease into movement.</source>
        <translation>Marchez d’un bon pas, bras relâchés et ballants, pour vous mettre en mouvement en douceur.</translation>
    </message>
    <message>
        <source>Brisk steps, loose swinging arms</source>
        <translation>Pas rapides, bras souples et ballants</translation>
    </message>
    <message>
        <source>Easy jog</source>
        <translation>Footing léger</translation>
    </message>
    <message>
        <source>Easy, conversational effort (about 3-4 out of 10): you could talk in full sentences. Shoulders relaxed, steps light.</source>
        <translation>Effort facile, à allure de conversation (environ 3-4 sur 10)&#xa0;: vous pourriez parler en phrases complètes. Épaules relâchées, pas légers.</translation>
    </message>
    <message>
        <source>Easy pace: you could still talk</source>
        <translation>Allure facile&#xa0;: vous pourriez parler</translation>
    </message>
    <message>
        <source>Shoulders relaxed, steps light</source>
        <translation>Épaules relâchées, pas légers</translation>
    </message>
    <message>
        <source>Dynamic stretches</source>
        <translation>Étirements dynamiques</translation>
    </message>
    <message>
        <source>Deep lunge stretch</source>
        <translation>Étirement en fente profonde</translation>
    </message>
    <message>
        <source>8-10 slow reps each side</source>
        <translation>8-10 répétitions lentes de chaque côté</translation>
    </message>
    <message>
        <source>Long step forward, front knee over the ankle, back knee down or just off the floor. Tuck your pelvis, squeeze the buttock (glute) of the back leg and rock your hips forward for 2 s, back for 2 s. Start small, widen bit by bit; no bouncing, no pain.</source>
        <translation>Grand pas en avant, genou avant au-dessus de la cheville, genou arrière au sol ou juste au-dessus. Rentrez le bassin, serrez la fesse (le fessier) de la jambe arrière et basculez les hanches vers l’avant pendant 2 s, vers l’arrière pendant 2 s. Commencez petit, augmentez l’amplitude peu à peu&#xa0;; pas de rebonds, pas de douleur.</translation>
    </message>
    <message>
        <source>Long step, front knee over ankle</source>
        <translation>Grand pas, genou avant sur la cheville</translation>
    </message>
    <message>
        <source>Back knee down, pelvis tucked</source>
        <translation>Genou arrière au sol, bassin rentré</translation>
    </message>
    <message>
        <source>Rock hips forward 2 s, back 2 s</source>
        <translation>Hanches en avant 2 s, en arrière 2 s</translation>
    </message>
    <message>
        <source>Standing quad stretch</source>
        <translation>Étirement du quadriceps debout</translation>
    </message>
    <message>
        <source>Hold a support and bring this heel towards your buttock, knees together, thigh pointing down, torso tall without arching. Draw the heel in for 2-3 s, then release. Start gently, widen bit by bit; no bouncing, no pain.</source>
        <translation>Tenez-vous à un appui et amenez ce talon vers la fesse, genoux joints, cuisse pointée vers le sol, buste droit sans cambrer. Tirez le talon vers la fesse pendant 2-3 s, puis relâchez. Commencez doucement, augmentez peu à peu&#xa0;; pas de rebonds, pas de douleur.</translation>
    </message>
    <message>
        <source>Hold a support, stand tall</source>
        <translation>Tenez un appui, grandissez-vous</translation>
    </message>
    <message>
        <source>Heel to buttock, knees together</source>
        <translation>Talon à la fesse, genoux joints</translation>
    </message>
    <message>
        <source>Draw in 2-3 s, then let go</source>
        <translation>Tirez 2-3 s, puis relâchez</translation>
    </message>
    <message>
        <source>Standing adductor stretch</source>
        <translation>Étirement des adducteurs debout</translation>
    </message>
    <message>
        <source>Stretches the adductors, the muscles of the inner thigh. Feet about twice shoulder width apart, chest up. Bend this knee over its toes, other leg straight, and shift your weight across for 2 s, back to the middle for 2 s. Start at half range; no bouncing, no pain.</source>
        <translation>Étire les adducteurs, les muscles de l’intérieur de la cuisse. Pieds écartés d’environ deux fois la largeur des épaules, poitrine haute. Fléchissez ce genou au-dessus de ses orteils, l’autre jambe tendue, et transférez votre poids de ce côté pendant 2 s, puis revenez au centre pendant 2 s. Commencez à mi-amplitude&#xa0;; pas de rebonds, pas de douleur.</translation>
    </message>
    <message>
        <source>Wide stance, chest up</source>
        <translation>Pieds écartés, poitrine haute</translation>
    </message>
    <message>
        <source>Bend this knee over its toes</source>
        <translation>Ce genou fléchi, au-dessus des orteils</translation>
    </message>
    <message>
        <source>Shift across 2 s, back 2 s</source>
        <translation>Poids sur le côté 2 s, retour 2 s</translation>
    </message>
    <message>
        <source>Standing TFL stretch</source>
        <translation>Étirement du TFL debout</translation>
    </message>
    <message>
        <source>Stretches the TFL, a muscle on the outer hip. Other hand on a wall, cross this leg behind the other. Push this hip out sideways as you lean your upper body away, this arm overhead, for 2 s; come back for 2 s. Widen bit by bit; no bouncing, no pain.</source>
        <translation>Étire le TFL (tenseur du fascia lata), un muscle de l’extérieur de la hanche. L’autre main contre un mur, croisez cette jambe derrière l’autre. Poussez cette hanche vers l’extérieur en inclinant le haut du corps du côté opposé, ce bras au-dessus de la tête, pendant 2 s&#xa0;; revenez pendant 2 s. Augmentez peu à peu&#xa0;; pas de rebonds, pas de douleur.</translation>
    </message>
    <message>
        <source>Cross this leg behind the other</source>
        <translation>Croisez cette jambe derrière l’autre</translation>
    </message>
    <message>
        <source>Push hip out, lean body away</source>
        <translation>Hanche dehors, buste penché à l’opposé</translation>
    </message>
    <message>
        <source>This arm overhead, hand on wall</source>
        <translation>Ce bras en haut, l’autre main au mur</translation>
    </message>
    <message>
        <source>Lying glute stretch</source>
        <translation>Étirement des fessiers au sol</translation>
    </message>
    <message>
        <source>Stretches the glutes, the muscles of the buttock. On your back, rest this ankle across the other thigh and draw that thigh towards your chest for 2 s, ease off for 2 s. Wet ground? Do the same figure-4 standing on one leg, holding a support. No bouncing, no pain.</source>
        <translation>Étire les fessiers, les muscles de la fesse. Sur le dos, posez cette cheville en travers de l’autre cuisse et ramenez cette autre cuisse vers votre poitrine pendant 2 s, relâchez pendant 2 s. Sol mouillé&#xa0;? Faites la même position en «&#xa0;4&#xa0;» debout sur une jambe, en vous tenant à un appui. Pas de rebonds, pas de douleur.</translation>
    </message>
    <message>
        <source>On your back, ankle across thigh</source>
        <translation>Sur le dos, cheville sur la cuisse</translation>
    </message>
    <message>
        <source>Draw that thigh towards your chest</source>
        <translation>Ramenez l’autre cuisse vers la poitrine</translation>
    </message>
    <message>
        <source>Wet ground? Same shape, standing</source>
        <translation>Sol mouillé&#xa0;? Même position, debout</translation>
    </message>
    <message>
        <source>Standing calf stretch</source>
        <translation>Étirement du mollet debout</translation>
    </message>
    <message>
        <source>Hands on a wall, this leg back, heel down, knee straight: lean in for 2 s, out for 2 s. For the last few reps bend the back knee a little to reach the lower calf. Start gently; no bouncing, no pain.</source>
        <translation>Mains contre un mur, cette jambe en arrière, talon au sol, genou tendu&#xa0;: penchez-vous vers le mur pendant 2 s, revenez pendant 2 s. Pour les dernières répétitions, fléchissez un peu le genou arrière pour étirer le bas du mollet. Commencez doucement&#xa0;; pas de rebonds, pas de douleur.</translation>
    </message>
    <message>
        <source>Hands on wall, this leg back</source>
        <translation>Mains au mur, cette jambe en arrière</translation>
    </message>
    <message>
        <source>Heel down, knee straight, lean in</source>
        <translation>Talon au sol, genou tendu, penchez-vous</translation>
    </message>
    <message>
        <source>Last reps: bend the back knee</source>
        <translation>Dernières fois&#xa0;: pliez le genou arrière</translation>
    </message>
    <message>
        <source>Quick warm-up</source>
        <translation>Échauffement express</translation>
    </message>
    <message>
        <source>A shorter jog and the same six dynamic stretches, for days when time is tight.</source>
        <translation>Un footing plus court et les six mêmes étirements dynamiques, pour les jours où le temps presse.</translation>
    </message>
    <message>
        <source>6-8 slow reps each side</source>
        <translation>6-8 répétitions lentes de chaque côté</translation>
    </message>
    <message>
        <source>Race-day warm-up</source>
        <translation>Échauffement de compétition</translation>
    </message>
    <message>
        <source>Walk, easy jog and six dynamic stretches, finishing with four relaxed strides before the start.</source>
        <translation>Marche, footing léger et six étirements dynamiques, pour finir par quatre lignes droites relâchées avant le départ.</translation>
    </message>
    <message>
        <source>8 slow reps each side</source>
        <translation>8 répétitions lentes de chaque côté</translation>
    </message>
    <message>
        <source>Strides</source>
        <translation>Lignes droites</translation>
    </message>
    <message>
        <source>Stride 1 of 4</source>
        <translation>Ligne droite 1 sur 4</translation>
    </message>
    <message>
        <source>Build smoothly to a quick, relaxed pace, not a sprint. Run tall, arms loose, then ease off.</source>
        <translation>Accélérez progressivement jusqu’à une allure rapide et relâchée, sans sprinter. Courez bien droit, bras souples, puis ralentissez.</translation>
    </message>
    <message>
        <source>Build to quick and relaxed, no sprint</source>
        <translation>Accélérez&#xa0;: vite, relâché, sans sprint</translation>
    </message>
    <message>
        <source>Run tall, arms loose</source>
        <translation>Buste droit, bras souples</translation>
    </message>
    <message>
        <source>Walk back</source>
        <translation>Retour en marchant</translation>
    </message>
    <message>
        <source>Walk back easily and let your breathing settle.</source>
        <translation>Revenez en marchant tranquillement et laissez votre respiration se calmer.</translation>
    </message>
    <message>
        <source>Easy walk, let your breathing settle</source>
        <translation>Marche tranquille, souffle qui se calme</translation>
    </message>
    <message>
        <source>Stride 2 of 4</source>
        <translation>Ligne droite 2 sur 4</translation>
    </message>
    <message>
        <source>Stride 3 of 4</source>
        <translation>Ligne droite 3 sur 4</translation>
    </message>
    <message>
        <source>Stride 4 of 4</source>
        <translation>Ligne droite 4 sur 4</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Ligne droite</translation>
    </message>
</context>
<context>
    <name>selfcheck</name>
    <message>
        <source>Warning signs</source>
        <translation>Signes d’alerte</translation>
    </message>
    <message>
        <source>Answer these first. A yes to any of them comes before everything else in the result.</source>
        <translation>Répondez d’abord à ces questions. Un oui à l’une d’elles passe avant tout le reste dans le résultat.</translation>
    </message>
    <message>
        <source>Health screen</source>
        <translation>Questionnaire santé</translation>
    </message>
    <message>
        <source>Questions to answer before starting or stepping up an exercise routine.</source>
        <translation>Questions auxquelles répondre avant de commencer ou d’intensifier un programme d’exercice physique.</translation>
    </message>
    <message>
        <source>How your legs feel</source>
        <translation>Comment vont vos jambes</translation>
    </message>
    <message>
        <source>Tick what you feel today.</source>
        <translation>Cochez ce que vous ressentez aujourd’hui.</translation>
    </message>
    <message>
        <source>What might be adding to it</source>
        <translation>Ce qui peut y contribuer</translation>
    </message>
    <message>
        <source>Tick anything that applies to you at the moment.</source>
        <translation>Cochez tout ce qui s’applique à vous en ce moment.</translation>
    </message>
    <message>
        <source>Do you have chest pain, pressure or tightness, perhaps spreading to your arm, jaw or neck?</source>
        <translation>Avez-vous une douleur, une pression ou un serrement dans la poitrine, pouvant s’étendre au bras, à la mâchoire ou au cou&#xa0;?</translation>
    </message>
    <message>
        <source>Chest pain, pressure or tightness can come from the heart and needs emergency help.</source>
        <translation>Une douleur, une pression ou un serrement dans la poitrine peut venir du cœur et nécessite des secours en urgence.</translation>
    </message>
    <message>
        <source>Did you suddenly become short of breath, get a sharp pain in your chest each time you breathe in, or cough up blood?</source>
        <translation>Avez-vous soudain manqué de souffle, ressenti une douleur vive dans la poitrine à chaque inspiration, ou craché du sang&#xa0;?</translation>
    </message>
    <message>
        <source>Sudden breathlessness, sharp chest pain on breathing in or coughing up blood can mean a clot in the lungs and needs emergency help.</source>
        <translation>Un essoufflement soudain, une douleur vive dans la poitrine à l’inspiration ou du sang en toussant peuvent signaler un caillot dans les poumons (embolie pulmonaire) et nécessitent des secours en urgence.</translation>
    </message>
    <message>
        <source>A side stitch (a cramp low in the side that eases when you slow down) is not this.</source>
        <translation>Un point de côté (une crampe en bas du flanc qui s’atténue quand vous ralentissez) ne correspond pas à ce cas.</translation>
    </message>
    <message>
        <source>Did you faint, or nearly faint, during or just after exercise today?</source>
        <translation>Avez-vous perdu connaissance, ou failli perdre connaissance, pendant ou juste après l’effort aujourd’hui&#xa0;?</translation>
    </message>
    <message>
        <source>Fainting or nearly fainting during or just after exercise needs emergency help.</source>
        <translation>Perdre connaissance, ou presque, pendant ou juste après l’effort nécessite des secours en urgence.</translation>
    </message>
    <message>
        <source>Is your heartbeat racing or irregular, and not settling when you stop?</source>
        <translation>Votre cœur bat-il très vite ou de façon irrégulière, sans se calmer quand vous vous arrêtez&#xa0;?</translation>
    </message>
    <message>
        <source>A racing or irregular heartbeat that does not settle needs emergency help.</source>
        <translation>Un cœur qui bat très vite ou de façon irrégulière sans se calmer nécessite des secours en urgence.</translation>
    </message>
    <message>
        <source>Do you have sudden numbness or weakness on one side of your body, a drooping face, or trouble speaking?</source>
        <translation>Avez-vous un engourdissement ou une faiblesse soudaine d’un côté du corps, un visage qui s’affaisse ou du mal à parler&#xa0;?</translation>
    </message>
    <message>
        <source>Sudden numbness or weakness on one side, a drooping face or trouble speaking can be a stroke and needs emergency help.</source>
        <translation>Un engourdissement ou une faiblesse soudaine d’un côté, un visage qui s’affaisse ou des difficultés à parler peuvent signaler un accident vasculaire cérébral (AVC) et nécessitent des secours en urgence.</translation>
    </message>
    <message>
        <source>In the heat, are you confused, or have you collapsed or been vomiting?</source>
        <translation>Par temps chaud, avez-vous l’esprit confus, ou avez-vous fait un malaise avec chute ou eu des vomissements&#xa0;?</translation>
    </message>
    <message>
        <source>Confusion or collapse in the heat can be heatstroke and needs emergency help. Get into the shade and cool down while you wait.</source>
        <translation>Une confusion ou un malaise avec chute par temps chaud peut être un coup de chaleur et nécessite des secours en urgence. Mettez-vous à l’ombre et rafraîchissez-vous en attendant.</translation>
    </message>
    <message>
        <source>The skin is usually hot, and may be sweaty or dry: confusion or collapse is the sign that matters.</source>
        <translation>La peau est généralement chaude, et peut être moite ou sèche&#xa0;: c’est la confusion ou le malaise avec chute qui compte.</translation>
    </message>
    <message>
        <source>In one leg only: is the calf or thigh swollen, throbbing or cramping, or is the skin warm, red or darker than usual?</source>
        <translation>Sur une seule jambe&#xa0;: le mollet ou la cuisse est-il gonflé, douloureux avec des élancements ou des crampes, ou la peau est-elle chaude, rouge ou plus foncée que d’habitude&#xa0;?</translation>
    </message>
    <message>
        <source>Swelling, throbbing pain or warm, red or darker skin in one leg can be a blood clot (deep-vein thrombosis). Do not massage the leg.</source>
        <translation>Un gonflement, une douleur lancinante ou une peau chaude, rouge ou plus foncée sur une jambe peuvent signaler un caillot sanguin (thrombose veineuse profonde, ou phlébite). Ne massez pas la jambe.</translation>
    </message>
    <message>
        <source>More likely after a long journey, surgery, being laid up, the contraceptive pill or HRT, or during pregnancy.</source>
        <translation>Plus probable après un long trajet, une opération, un alitement, sous pilule contraceptive ou traitement hormonal substitutif (THS), ou pendant la grossesse.</translation>
    </message>
    <message>
        <source>After hard exercise, is your urine dark like cola or tea, or is there very little of it, with severe muscle pain or weakness?</source>
        <translation>Après un effort intense, vos urines sont-elles foncées comme du cola ou du thé, ou très peu abondantes, avec de fortes douleurs musculaires ou une grande faiblesse musculaire&#xa0;?</translation>
    </message>
    <message>
        <source>Dark or scanty urine with severe muscle pain or weakness after hard exercise can mean muscle breakdown (rhabdomyolysis), which can harm the kidneys.</source>
        <translation>Des urines foncées ou rares avec de fortes douleurs musculaires ou une grande faiblesse musculaire après un effort intense peuvent signaler une destruction des muscles (rhabdomyolyse), qui peut endommager les reins.</translation>
    </message>
    <message>
        <source>Has a leg suddenly turned cold, pale or numb, or become very painful?</source>
        <translation>Une jambe est-elle soudain devenue froide, pâle ou engourdie, ou très douloureuse&#xa0;?</translation>
    </message>
    <message>
        <source>A leg that suddenly turns cold, pale, numb or very painful may have lost its blood supply: go to an emergency department now.</source>
        <translation>Une jambe qui devient soudain froide, pâle, engourdie ou très douloureuse n’est peut-être plus irriguée par le sang&#xa0;: allez immédiatement aux urgences.</translation>
    </message>
    <message>
        <source>Are you unable to put weight on your leg?</source>
        <translation>Êtes-vous incapable de prendre appui sur votre jambe&#xa0;?</translation>
    </message>
    <message>
        <source>Not being able to put weight on a leg needs checking today, for example for a fracture.</source>
        <translation>Ne pas pouvoir prendre appui sur une jambe doit être examiné aujourd’hui, par exemple pour rechercher une fracture.</translation>
    </message>
    <message>
        <source>Do you have leg pain together with a fever, or redness that is spreading?</source>
        <translation>Avez-vous mal à la jambe avec de la fièvre, ou une rougeur qui s’étend&#xa0;?</translation>
    </message>
    <message>
        <source>Leg pain with a fever or spreading redness can be an infection.</source>
        <translation>Une douleur à la jambe avec de la fièvre ou une rougeur qui s’étend peut signaler une infection.</translation>
    </message>
    <message>
        <source>Does leg pain come on at about the same time or distance in each run?</source>
        <translation>La douleur à la jambe apparaît-elle à peu près au même moment ou à la même distance à chaque sortie&#xa0;?</translation>
    </message>
    <message>
        <source>Pain that starts at a predictable point in a run can be pressure building up inside a muscle (exertional compartment syndrome).</source>
        <translation>Une douleur qui apparaît à un moment prévisible de la course peut venir d’une pression qui augmente à l’intérieur d’un muscle (syndrome des loges d’effort).</translation>
    </message>
    <message>
        <source>It often eases 10 to 20 minutes after you stop.</source>
        <translation>Elle s’atténue souvent 10 à 20 minutes après l’arrêt.</translation>
    </message>
    <message>
        <source>While you run, does a muscle in your leg become tight or burning, or your foot go numb, until you have to slow down or stop?</source>
        <translation>Pendant la course, un muscle de votre jambe se raidit-il ou brûle-t-il, ou votre pied s’engourdit-il, au point de devoir ralentir ou vous arrêter&#xa0;?</translation>
    </message>
    <message>
        <source>A muscle that becomes tight or burning during runs, or a foot that goes numb, can be pressure building up inside the muscle (exertional compartment syndrome).</source>
        <translation>Un muscle qui se raidit ou brûle pendant la course, ou un pied qui s’engourdit, peut venir d’une pression qui augmente à l’intérieur du muscle (syndrome des loges d’effort).</translation>
    </message>
    <message>
        <source>Do you get cramping in your calf, thigh or buttock that reliably comes on when you walk and eases when you rest?</source>
        <translation>Avez-vous des crampes au mollet, à la cuisse ou à la fesse qui apparaissent à chaque fois que vous marchez et s’atténuent au repos&#xa0;?</translation>
    </message>
    <message>
        <source>Cramping that comes on with walking and eases with rest can mean narrowed leg arteries (claudication).</source>
        <translation>Des crampes qui apparaissent à la marche et s’atténuent au repos peuvent signaler un rétrécissement des artères des jambes (claudication intermittente).</translation>
    </message>
    <message>
        <source>This matters more if you are over 50, smoke, or have diabetes, high blood pressure or high cholesterol.</source>
        <translation>C’est d’autant plus important si vous avez plus de 50 ans, si vous fumez, ou si vous avez du diabète, de l’hypertension artérielle ou un cholestérol élevé.</translation>
    </message>
    <message>
        <source>Is there a spot on a bone that hurts when you press on it?</source>
        <translation>Y a-t-il un point sur un os qui fait mal quand vous appuyez dessus&#xa0;?</translation>
    </message>
    <message>
        <source>A spot on a bone that hurts when pressed can be a bone stress injury.</source>
        <translation>Un point sur un os douloureux à la pression peut être une lésion de stress osseux.</translation>
    </message>
    <message>
        <source>Does a pain in your leg or foot get worse with every run?</source>
        <translation>Une douleur à la jambe ou au pied s’aggrave-t-elle à chaque sortie&#xa0;?</translation>
    </message>
    <message>
        <source>Pain that builds run after run can be a bone stress injury.</source>
        <translation>Une douleur qui augmente de sortie en sortie peut être une lésion de stress osseux.</translation>
    </message>
    <message>
        <source>Does your leg or foot hurt at rest or at night?</source>
        <translation>Votre jambe ou votre pied vous fait-il mal au repos ou la nuit&#xa0;?</translation>
    </message>
    <message>
        <source>Pain at rest or at night can be a bone stress injury.</source>
        <translation>Une douleur au repos ou la nuit peut être une lésion de stress osseux.</translation>
    </message>
    <message>
        <source>Did you feel a sharp or sudden pain, are you limping, or has the pain lasted more than 1 to 2 weeks?</source>
        <translation>Avez-vous ressenti une douleur vive ou soudaine, boitez-vous, ou la douleur dure-t-elle depuis plus de 1 à 2 semaines&#xa0;?</translation>
    </message>
    <message>
        <source>Sharp or sudden pain, a limp, or pain lasting more than 1 to 2 weeks is more than ordinary soreness.</source>
        <translation>Une douleur vive ou soudaine, une boiterie ou une douleur qui dure plus de 1 à 2 semaines, c’est plus que de simples courbatures.</translation>
    </message>
    <message>
        <source>Ordinary soreness after a run is worst 1 to 2 days later and fades within a few days.</source>
        <translation>Les courbatures ordinaires après une course sont au plus fort 1 à 2 jours après et s’estompent en quelques jours.</translation>
    </message>
    <message>
        <source>Do you have numbness or tingling in your leg or foot?</source>
        <translation>Avez-vous un engourdissement ou des fourmillements dans la jambe ou le pied&#xa0;?</translation>
    </message>
    <message>
        <source>Numbness or tingling in the leg or foot can come from a nerve or the blood supply.</source>
        <translation>Un engourdissement ou des fourmillements dans la jambe ou le pied peuvent venir d’un nerf ou de la circulation sanguine.</translation>
    </message>
    <message>
        <source>Do you have back pain that shoots down your leg?</source>
        <translation>Avez-vous une douleur dans le dos qui descend dans la jambe&#xa0;?</translation>
    </message>
    <message>
        <source>Back pain that shoots down the leg can come from an irritated nerve.</source>
        <translation>Une douleur dans le dos qui descend dans la jambe peut venir d’un nerf irrité.</translation>
    </message>
    <message>
        <source>Have your legs felt heavy for more than 2 to 3 weeks, even with rest?</source>
        <translation>Vos jambes sont-elles lourdes depuis plus de 2 à 3 semaines, même avec du repos&#xa0;?</translation>
    </message>
    <message>
        <source>Heavy legs for weeks despite rest need a doctor&apos;s check. Ask about blood tests, including haemoglobin and ferritin.</source>
        <translation>Des jambes lourdes depuis des semaines malgré le repos doivent être examinées par un médecin. Parlez-lui d’analyses de sang, notamment de l’hémoglobine et de la ferritine.</translation>
    </message>
    <message>
        <source>Tell the doctor too about any unusual tiredness, breathlessness, paleness, missed periods, or repeated illness or injury.</source>
        <translation>Signalez aussi au médecin toute fatigue inhabituelle, tout essoufflement, toute pâleur, des règles qui ne viennent pas, ou des maladies ou blessures à répétition.</translation>
    </message>
    <message>
        <source>Have both your ankles or legs recently started to swell?</source>
        <translation>Vos deux chevilles ou vos deux jambes ont-elles récemment commencé à gonfler&#xa0;?</translation>
    </message>
    <message>
        <source>New swelling of both ankles or legs can come from the heart, kidneys or veins.</source>
        <translation>Un gonflement récent des deux chevilles ou des deux jambes peut venir du cœur, des reins ou des veines.</translation>
    </message>
    <message>
        <source>Has a doctor ever told you that you have a heart condition?</source>
        <translation>Un médecin vous a-t-il déjà dit que vous aviez un problème cardiaque&#xa0;?</translation>
    </message>
    <message>
        <source>You said a doctor has told you that you have a heart condition.</source>
        <translation>Vous avez indiqué qu’un médecin vous a dit que vous aviez un problème cardiaque.</translation>
    </message>
    <message>
        <source>Do you get chest pain when you are active, or have you had chest pain at rest in the past month?</source>
        <translation>Avez-vous une douleur dans la poitrine pendant une activité physique, ou avez-vous eu une douleur dans la poitrine au repos au cours du dernier mois&#xa0;?</translation>
    </message>
    <message>
        <source>You said you get chest pain when active, or have had it at rest recently.</source>
        <translation>Vous avez indiqué avoir une douleur dans la poitrine pendant une activité physique, ou en avoir eu récemment au repos.</translation>
    </message>
    <message>
        <source>Do you lose your balance because of dizziness, or have you blacked out in the last 12 months?</source>
        <translation>Perdez-vous l’équilibre à cause de vertiges, ou avez-vous perdu connaissance au cours des 12 derniers mois&#xa0;?</translation>
    </message>
    <message>
        <source>You said you get dizzy enough to lose your balance, or have blacked out in the last year.</source>
        <translation>Vous avez indiqué avoir des vertiges au point de perdre l’équilibre, ou avoir perdu connaissance au cours de la dernière année.</translation>
    </message>
    <message>
        <source>Do you have a bone or joint problem that more activity could make worse?</source>
        <translation>Avez-vous un problème osseux ou articulaire qu’une activité accrue pourrait aggraver&#xa0;?</translation>
    </message>
    <message>
        <source>You said you have a bone or joint problem that more activity could make worse.</source>
        <translation>Vous avez indiqué avoir un problème osseux ou articulaire qu’une activité accrue pourrait aggraver.</translation>
    </message>
    <message>
        <source>Do you take medicine for your blood pressure or a heart condition?</source>
        <translation>Prenez-vous un médicament pour la tension artérielle ou pour un problème cardiaque&#xa0;?</translation>
    </message>
    <message>
        <source>You said you take medicine for your blood pressure or heart.</source>
        <translation>Vous avez indiqué prendre un médicament pour la tension artérielle ou le cœur.</translation>
    </message>
    <message>
        <source>Are you pregnant?</source>
        <translation>Êtes-vous enceinte&#xa0;?</translation>
    </message>
    <message>
        <source>You said you are pregnant: check with your doctor or midwife about running.</source>
        <translation>Vous avez indiqué être enceinte&#xa0;: parlez de la course à pied avec votre médecin ou votre sage-femme.</translation>
    </message>
    <message>
        <source>Do you know of any other reason why you should not be physically active?</source>
        <translation>Connaissez-vous une autre raison pour laquelle vous ne devriez pas avoir d’activité physique&#xa0;?</translation>
    </message>
    <message>
        <source>You said you know of another reason not to be physically active.</source>
        <translation>Vous avez indiqué connaître une autre raison de ne pas avoir d’activité physique.</translation>
    </message>
    <message>
        <source>If you answered yes to a health-screen question: since that began, has a doctor checked you and cleared you for the kind of running you plan?</source>
        <translation>Si vous avez répondu oui à une question du questionnaire santé&#xa0;: depuis le début de ce problème, un médecin vous a-t-il fait un examen et donné son accord pour le type de course que vous prévoyez&#xa0;?</translation>
    </message>
    <message>
        <source>You said a doctor has cleared you, since your condition began, for the running you plan. Keep to what they cleared you for.</source>
        <translation>Vous avez indiqué qu’un médecin, depuis le début de votre problème, vous a donné son accord pour la course que vous prévoyez. Restez dans les limites de ce qu’il a autorisé.</translation>
    </message>
    <message>
        <source>A clearance never covers chest pain, dizziness or blackouts, or anything that is new or worse since the doctor saw you.</source>
        <translation>Un accord médical ne couvre jamais une douleur dans la poitrine, des vertiges ou des pertes de connaissance, ni rien de nouveau ou d’aggravé depuis la consultation.</translation>
    </message>
    <message>
        <source>Do your legs feel heavy, as if you were carrying extra weight?</source>
        <translation>Vos jambes vous semblent-elles lourdes, comme si vous portiez un poids en plus&#xa0;?</translation>
    </message>
    <message>
        <source>Your legs feel heavy.</source>
        <translation>Vos jambes sont lourdes.</translation>
    </message>
    <message>
        <source>Are your legs tired and sore?</source>
        <translation>Vos jambes sont-elles fatiguées et courbaturées&#xa0;?</translation>
    </message>
    <message>
        <source>Your legs are tired and sore.</source>
        <translation>Vos jambes sont fatiguées et courbaturées.</translation>
    </message>
    <message>
        <source>Are your legs stiff?</source>
        <translation>Vos jambes sont-elles raides&#xa0;?</translation>
    </message>
    <message>
        <source>Your legs are stiff.</source>
        <translation>Vos jambes sont raides.</translation>
    </message>
    <message>
        <source>Do your legs hurt (real pain, not just tiredness or stiffness)?</source>
        <translation>Avez-vous mal aux jambes (une vraie douleur, pas seulement de la fatigue ou de la raideur)&#xa0;?</translation>
    </message>
    <message>
        <source>You have leg pain.</source>
        <translation>Vous avez mal aux jambes.</translation>
    </message>
    <message>
        <source>Have you recently run more, faster or harder than you are used to?</source>
        <translation>Avez-vous récemment couru plus, plus vite ou plus intensément que d’habitude&#xa0;?</translation>
    </message>
    <message>
        <source>You have been training more or harder than usual.</source>
        <translation>Vous vous entraînez plus, ou plus intensément, que d’habitude.</translation>
    </message>
    <message>
        <source>Have you gone a week or more without an easy day or a rest day?</source>
        <translation>Avez-vous passé une semaine ou plus sans journée facile ni jour de repos&#xa0;?</translation>
    </message>
    <message>
        <source>You have had no easy or rest days lately.</source>
        <translation>Vous n’avez pas eu de journée facile ni de jour de repos ces derniers temps.</translation>
    </message>
    <message>
        <source>Did you do heavy leg strength training in the last day or two?</source>
        <translation>Avez-vous fait une séance de musculation lourde des jambes ces deux derniers jours&#xa0;?</translation>
    </message>
    <message>
        <source>You did heavy leg strength training in the last day or two.</source>
        <translation>Vous avez fait une séance de musculation lourde des jambes ces deux derniers jours.</translation>
    </message>
    <message>
        <source>Have you been sleeping less than 7 hours a night, or did you have a bad night?</source>
        <translation>Dormez-vous moins de 7 heures par nuit ces temps-ci, ou avez-vous passé une mauvaise nuit&#xa0;?</translation>
    </message>
    <message>
        <source>You have been short of sleep.</source>
        <translation>Vous manquez de sommeil.</translation>
    </message>
    <message>
        <source>Are you following a low-carbohydrate diet?</source>
        <translation>Suivez-vous un régime pauvre en glucides&#xa0;?</translation>
    </message>
    <message>
        <source>You are on a low-carbohydrate diet.</source>
        <translation>Vous suivez un régime pauvre en glucides.</translation>
    </message>
    <message>
        <source>Do you often run on an empty stomach, or eat less than your training needs?</source>
        <translation>Courez-vous souvent à jeun, ou mangez-vous moins que ce que demande votre entraînement&#xa0;?</translation>
    </message>
    <message>
        <source>You may be eating less than your training needs.</source>
        <translation>Vous mangez peut-être moins que ce que demande votre entraînement.</translation>
    </message>
    <message>
        <source>Have your periods stopped or become irregular?</source>
        <translation>Vos règles se sont-elles arrêtées ou sont-elles devenues irrégulières&#xa0;?</translation>
    </message>
    <message>
        <source>Your periods have stopped or become irregular.</source>
        <translation>Vos règles se sont arrêtées ou sont devenues irrégulières.</translation>
    </message>
    <message>
        <source>Have you had two or more stress fractures or other bone injuries?</source>
        <translation>Avez-vous eu au moins deux fractures de fatigue ou autres blessures osseuses&#xa0;?</translation>
    </message>
    <message>
        <source>You have had two or more stress fractures or bone injuries.</source>
        <translation>Vous avez eu au moins deux fractures de fatigue ou blessures osseuses.</translation>
    </message>
    <message>
        <source>Are you thirsty, or have you had little to drink today?</source>
        <translation>Avez-vous soif, ou avez-vous peu bu aujourd’hui&#xa0;?</translation>
    </message>
    <message>
        <source>You may be short of fluids.</source>
        <translation>Vous manquez peut-être d’hydratation.</translation>
    </message>
    <message>
        <source>Do you know or suspect that your iron is low (for example a past low result, or heavy periods)?</source>
        <translation>Savez-vous ou pensez-vous que votre taux de fer est bas (par exemple un résultat bas par le passé, ou des règles abondantes)&#xa0;?</translation>
    </message>
    <message>
        <source>You know or suspect that your iron is low.</source>
        <translation>Vous savez ou pensez que votre taux de fer est bas.</translation>
    </message>
    <message>
        <source>Do you take long strides with your foot landing well ahead of your body, or take few steps per minute?</source>
        <translation>Faites-vous de grandes foulées, le pied se posant loin devant le corps, ou faites-vous peu de pas par minute&#xa0;?</translation>
    </message>
    <message>
        <source>You may be overstriding or taking few steps per minute.</source>
        <translation>Vos foulées sont peut-être trop longues, ou vous faites peu de pas par minute.</translation>
    </message>
    <message>
        <source>Do you land on your heel?</source>
        <translation>Attaquez-vous le sol par le talon&#xa0;?</translation>
    </message>
    <message>
        <source>You land on your heel.</source>
        <translation>Vous attaquez le sol par le talon.</translation>
    </message>
    <message>
        <source>Do you run with tense, raised shoulders or a stiff neck?</source>
        <translation>Courez-vous les épaules crispées et remontées, ou la nuque raide&#xa0;?</translation>
    </message>
    <message>
        <source>You run with tense shoulders or neck.</source>
        <translation>Vous courez les épaules ou la nuque crispées.</translation>
    </message>
    <message>
        <source>Do you think you have poor circulation in your legs?</source>
        <translation>Pensez-vous avoir une mauvaise circulation dans les jambes&#xa0;?</translation>
    </message>
    <message>
        <source>You think you have poor circulation in your legs.</source>
        <translation>Vous pensez avoir une mauvaise circulation dans les jambes.</translation>
    </message>
    <message>
        <source>Training load</source>
        <translation>Charge d’entraînement</translation>
    </message>
    <message>
        <source>Doing more than your body is used to, without time to adapt, leaves legs tired, stiff and sore, can disturb sleep and makes progress stall.</source>
        <translation>En faire plus que ce à quoi votre corps est habitué, sans lui laisser le temps de s’adapter, laisse les jambes fatiguées, raides et courbaturées, peut perturber le sommeil et fait stagner les progrès.</translation>
    </message>
    <message>
        <source>Cut back your running volume or intensity for a few days.</source>
        <translation>Réduisez le volume ou l’intensité de vos sorties pendant quelques jours.</translation>
    </message>
    <message>
        <source>Keep increases small from week to week, roughly 10% at most.</source>
        <translation>D’une semaine à l’autre, augmentez peu&#xa0;: environ 10&#xa0;% au maximum.</translation>
    </message>
    <message>
        <source>Plan 1 or 2 easy or rest days every week.</source>
        <translation>Prévoyez 1 ou 2 jours faciles ou de repos chaque semaine.</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Récupération</translation>
    </message>
    <message>
        <source>Muscles repair and get stronger between sessions. Without easy or rest days, tiredness carries over from one run to the next.</source>
        <translation>Les muscles se réparent et se renforcent entre les séances. Sans jours faciles ou de repos, la fatigue se reporte d’une sortie à l’autre.</translation>
    </message>
    <message>
        <source>Take 1 or 2 easy or rest days every week.</source>
        <translation>Prenez 1 ou 2 jours faciles ou de repos chaque semaine.</translation>
    </message>
    <message>
        <source>Make today an easy day.</source>
        <translation>Faites d’aujourd’hui une journée facile.</translation>
    </message>
    <message>
        <source>Leg strength training</source>
        <translation>Musculation des jambes</translation>
    </message>
    <message>
        <source>Strength work is good for runners, but heavy leg sessions leave the legs tired for a day or two.</source>
        <translation>Le renforcement musculaire est bon pour les coureurs, mais les séances lourdes pour les jambes les laissent fatiguées pendant un jour ou deux.</translation>
    </message>
    <message>
        <source>Avoid heavy leg strength work on the day before a key run.</source>
        <translation>Évitez la musculation lourde des jambes la veille d’une sortie importante.</translation>
    </message>
    <message>
        <source>Put heavy leg sessions where a day or more separates them from your next hard or long run.</source>
        <translation>Placez les séances lourdes pour les jambes de façon à laisser au moins un jour avant votre prochaine sortie intense ou longue.</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sommeil</translation>
    </message>
    <message>
        <source>Adults need about 7 to 9 hours of sleep a night. Athletes who sleep less get injured more often, and tired legs recover more slowly.</source>
        <translation>Les adultes ont besoin d’environ 7 à 9 heures de sommeil par nuit. Les sportifs qui dorment moins se blessent plus souvent, et les jambes fatiguées récupèrent plus lentement.</translation>
    </message>
    <message>
        <source>Aim for a regular 7 to 9 hours a night.</source>
        <translation>Visez 7 à 9 heures par nuit, de façon régulière.</translation>
    </message>
    <message>
        <source>After a bad night, keep that day&apos;s run easy.</source>
        <translation>Après une mauvaise nuit, gardez une sortie facile ce jour-là.</translation>
    </message>
    <message>
        <source>Low-carbohydrate diet</source>
        <translation>Régime pauvre en glucides</translation>
    </message>
    <message>
        <source>Carbohydrate is the main fuel for running. With little of it in your diet, the fuel stored in your muscles runs low and your legs can feel heavy and flat.</source>
        <translation>Les glucides sont le principal carburant de la course. Si votre alimentation en contient peu, les réserves d’énergie de vos muscles baissent et vos jambes peuvent sembler lourdes et sans ressort.</translation>
    </message>
    <message>
        <source>Eat carbohydrate every day: light training needs roughly 3 to 5 g per kg of body weight a day, and harder training needs more.</source>
        <translation>Mangez des glucides chaque jour&#xa0;: un entraînement léger demande environ 3 à 5 g par kg de poids corporel par jour, et un entraînement plus intense davantage.</translation>
    </message>
    <message>
        <source>Have a meal based on carbohydrate 1 to 4 hours before longer or harder runs.</source>
        <translation>Prenez un repas à base de glucides 1 à 4 heures avant les sorties plus longues ou plus intenses.</translation>
    </message>
    <message>
        <source>Refuel after running.</source>
        <translation>Refaites le plein d’énergie après la course.</translation>
    </message>
    <message>
        <source>Fuelling</source>
        <translation>Apport énergétique</translation>
    </message>
    <message>
        <source>Eating too little for the training you do leaves the body short of energy for its everyday work: this is called low energy availability. Over time it can cause a syndrome called RED-S (relative energy deficiency in sport), with lasting tiredness, repeated injuries and illnesses, and periods that stop or become irregular.</source>
        <translation>Manger trop peu pour l’entraînement que vous faites prive le corps de l’énergie nécessaire à son fonctionnement quotidien&#xa0;: c’est ce qu’on appelle une faible disponibilité énergétique. Avec le temps, cela peut entraîner un syndrome appelé RED-S (déficit énergétique relatif dans le sport), avec une fatigue persistante, des blessures et des maladies à répétition, et des règles qui s’arrêtent ou deviennent irrégulières.</translation>
    </message>
    <message>
        <source>Refuel soon after running.</source>
        <translation>Refaites le plein d’énergie peu après la course.</translation>
    </message>
    <message>
        <source>If you notice several of these signs, see a doctor or a sports dietitian.</source>
        <translation>Si vous remarquez plusieurs de ces signes, consultez un médecin ou un diététicien du sport.</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Periods that stop or become irregular with training can be a sign of low energy availability, that is, eating too little for the training you do.</source>
        <translation>Des règles qui s’arrêtent ou deviennent irrégulières avec l’entraînement peuvent être le signe d’une faible disponibilité énergétique, c’est-à-dire que vous mangez trop peu pour l’entraînement que vous faites.</translation>
    </message>
    <message>
        <source>See a doctor about it: it is not a normal part of training hard.</source>
        <translation>Consultez un médecin à ce sujet&#xa0;: ce n’est pas une conséquence normale d’un entraînement intense.</translation>
    </message>
    <message>
        <source>Bone injuries</source>
        <translation>Blessures osseuses</translation>
    </message>
    <message>
        <source>Repeated stress fractures or other bone injuries can be a sign of low energy availability, that is, eating too little for the training you do.</source>
        <translation>Des fractures de fatigue ou autres blessures osseuses à répétition peuvent être le signe d’une faible disponibilité énergétique, c’est-à-dire que vous mangez trop peu pour l’entraînement que vous faites.</translation>
    </message>
    <message>
        <source>See a doctor or a sports dietitian to find out what is behind them.</source>
        <translation>Consultez un médecin ou un diététicien du sport pour en trouver la cause.</translation>
    </message>
    <message>
        <source>Fluids</source>
        <translation>Hydratation</translation>
    </message>
    <message>
        <source>Running gets harder once you have lost more than about 2% of your body weight as fluid. Drinking far more than you need is harmful too.</source>
        <translation>Courir devient plus difficile dès que vous avez perdu plus d’environ 2&#xa0;% de votre poids corporel en eau. Boire beaucoup plus que nécessaire est nocif aussi.</translation>
    </message>
    <message>
        <source>Drink something before you run.</source>
        <translation>Buvez quelque chose avant de courir.</translation>
    </message>
    <message>
        <source>Aim for pale-yellow urine.</source>
        <translation>Visez des urines jaune pâle.</translation>
    </message>
    <message>
        <source>On long or hot runs, take drinks with electrolytes.</source>
        <translation>Lors des sorties longues ou par temps chaud, prenez des boissons avec électrolytes.</translation>
    </message>
    <message>
        <source>Don&apos;t force down more than you need.</source>
        <translation>Ne vous forcez pas à boire plus que nécessaire.</translation>
    </message>
    <message>
        <source>Iron</source>
        <translation>Fer</translation>
    </message>
    <message>
        <source>Low iron is common in runners, especially women, and can leave you tired with heavy legs. Your iron stores (ferritin) can be low even when your haemoglobin is normal.</source>
        <translation>Le manque de fer est fréquent chez les coureurs, surtout chez les femmes, et peut entraîner de la fatigue et des jambes lourdes. Vos réserves de fer (ferritine) peuvent être basses même quand votre hémoglobine est normale.</translation>
    </message>
    <message>
        <source>Ask your doctor for a blood test that checks both haemoglobin and ferritin.</source>
        <translation>Demandez à votre médecin une prise de sang qui mesure à la fois l’hémoglobine et la ferritine.</translation>
    </message>
    <message>
        <source>Don&apos;t start taking iron on your own: too much iron is harmful, and only a blood test shows whether you need it.</source>
        <translation>Ne prenez pas de fer de vous-même&#xa0;: trop de fer est nocif, et seule une prise de sang montre si vous en avez besoin.</translation>
    </message>
    <message>
        <source>Stride and step rate</source>
        <translation>Foulée et cadence</translation>
    </message>
    <message>
        <source>Landing with your foot far ahead of your body, often with few steps per minute, puts more load on the knees and hips. Taking 5 to 10% more steps per minute reduces that load.</source>
        <translation>Poser le pied loin devant le corps, souvent avec peu de pas par minute, sollicite davantage les genoux et les hanches. Faire 5 à 10&#xa0;% de pas en plus par minute réduit cette charge.</translation>
    </message>
    <message>
        <source>Raise your step rate by 5 to 10% over a few weeks, not all at once.</source>
        <translation>Augmentez votre cadence de 5 à 10&#xa0;% sur quelques semaines, pas d’un seul coup.</translation>
    </message>
    <message>
        <source>Use the metronome, set a little above your current step rate.</source>
        <translation>Utilisez le métronome, réglé un peu au-dessus de votre cadence actuelle.</translation>
    </message>
    <message>
        <source>Aim to land with your foot closer to under your hips.</source>
        <translation>Cherchez à poser le pied plus près de l’aplomb de vos hanches.</translation>
    </message>
    <message>
        <source>There is no single right step rate for everyone: build from your own.</source>
        <translation>Il n’y a pas de cadence idéale pour tout le monde&#xa0;: partez de la vôtre.</translation>
    </message>
    <message>
        <source>Heel landing</source>
        <translation>Attaque talon</translation>
    </message>
    <message>
        <source>Many good runners land on the heel. On average, changing how your foot lands neither makes running more economical nor lowers injury risk, and a sudden change puts extra strain on the calf and Achilles tendon.</source>
        <translation>Beaucoup de bons coureurs attaquent par le talon. En moyenne, changer la façon dont votre pied se pose ne rend pas la course plus économique et ne réduit pas le risque de blessure, et un changement brusque sollicite davantage le mollet et le tendon d’Achille.</translation>
    </message>
    <message>
        <source>Keep the foot landing that comes naturally to you.</source>
        <translation>Gardez la pose de pied qui vous vient naturellement.</translation>
    </message>
    <message>
        <source>If your foot lands far ahead of your body, work on your step rate instead: slightly quicker, shorter steps.</source>
        <translation>Si votre pied se pose loin devant le corps, travaillez plutôt votre cadence&#xa0;: des pas un peu plus rapides et plus courts.</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Posture</translation>
    </message>
    <message>
        <source>Tense shoulders and neck are worth noticing and letting go, but they are unlikely to be what makes your legs heavy.</source>
        <translation>Des épaules et une nuque crispées méritent d’être remarquées et relâchées, mais il est peu probable qu’elles rendent vos jambes lourdes.</translation>
    </message>
    <message>
        <source>Now and then during a run, let your shoulders drop away from your ears.</source>
        <translation>De temps en temps pendant la course, laissez vos épaules redescendre, loin des oreilles.</translation>
    </message>
    <message>
        <source>Keep your head level and your eyes looking ahead.</source>
        <translation>Gardez la tête droite et le regard vers l’avant.</translation>
    </message>
    <message>
        <source>Circulation</source>
        <translation>Circulation</translation>
    </message>
    <message>
        <source>Poor circulation can mean several different things, some of them serious, such as blood clots, narrowed arteries or vein disease. It is not something to manage on your own.</source>
        <translation>Une mauvaise circulation peut recouvrir plusieurs choses différentes, dont certaines graves, comme des caillots sanguins, des artères rétrécies ou une maladie des veines. Ce n’est pas quelque chose à gérer par vous-même.</translation>
    </message>
    <message>
        <source>Go through every warning-sign question: they cover the serious causes.</source>
        <translation>Répondez à toutes les questions sur les signes d’alerte&#xa0;: elles couvrent les causes graves.</translation>
    </message>
    <message>
        <source>Book an appointment with your doctor to find out what is behind it.</source>
        <translation>Prenez rendez-vous avec votre médecin pour en trouver la cause.</translation>
    </message>
    <message>
        <source>This is something for a doctor, not for a warm-up routine.</source>
        <translation>Cela relève d’un médecin, pas d’une routine d’échauffement.</translation>
    </message>
    <message>
        <source>Stop exercising now and call your local emergency number (such as 112, 999 or 911). Don&apos;t run or drive yourself; ask someone to stay with you until help arrives.</source>
        <translation>Arrêtez l’exercice maintenant et appelez le numéro d’urgence local (par exemple 112, 999 ou 911). Ne courez pas et ne conduisez pas vous-même&#xa0;; demandez à quelqu’un de rester avec vous jusqu’à l’arrivée des secours.</translation>
    </message>
    <message>
        <source>Don&apos;t run today. Get seen today: contact your doctor or an urgent care service, or go to an emergency department. If things get worse quickly, or you feel chest pain or short of breath, call your local emergency number (such as 112, 999 or 911).</source>
        <translation>Ne courez pas aujourd’hui. Faites-vous examiner aujourd’hui&#xa0;: contactez votre médecin ou un service de soins urgents, ou allez aux urgences. Si votre état s’aggrave rapidement, ou si vous ressentez une douleur dans la poitrine ou un manque de souffle, appelez le numéro d’urgence local (par exemple 112, 999 ou 911).</translation>
    </message>
    <message>
        <source>Rest from running and book an appointment with a doctor or physiotherapist. If it gets worse or a warning sign appears, get help sooner.</source>
        <translation>Faites une pause dans la course et prenez rendez-vous avec un médecin ou un kinésithérapeute. Si cela s’aggrave ou si un signe d’alerte apparaît, consultez plus tôt.</translation>
    </message>
    <message>
        <source>Check with a doctor (in pregnancy, your doctor or midwife) before starting or stepping up an exercise routine, and rest from running until you have. Once a doctor has cleared you, say so on the health screen.</source>
        <translation>Consultez un médecin (pendant la grossesse, votre médecin ou votre sage-femme) avant de commencer ou d’intensifier un programme d’exercice physique, et faites une pause dans la course d’ici là. Une fois qu’un médecin vous a donné son accord, indiquez-le dans le questionnaire santé.</translation>
    </message>
    <message>
        <source>Don&apos;t run until a doctor has checked your chest pain, dizziness or blackouts. If chest pain comes on at rest or doesn&apos;t ease within a few minutes, call your local emergency number (such as 112, 999 or 911).</source>
        <translation>Ne courez pas avant qu’un médecin ait examiné vos douleurs dans la poitrine, vos vertiges ou vos pertes de connaissance. Si une douleur dans la poitrine survient au repos ou ne passe pas en quelques minutes, appelez le numéro d’urgence local (par exemple 112, 999 ou 911).</translation>
    </message>
    <message>
        <source>Rest from hard training and see a doctor or a sports dietitian about your eating, your periods or your bone injuries. These signs together are worth taking seriously.</source>
        <translation>Faites une pause dans l’entraînement intense et consultez un médecin ou un diététicien du sport au sujet de votre alimentation, de vos règles ou de vos blessures osseuses. Ces signes réunis sont à prendre au sérieux.</translation>
    </message>
    <message>
        <source>Don&apos;t run yet. Answer every warning-sign question first: leg pain and poor circulation can come from something serious, and those questions are how the check tells.</source>
        <translation>Ne courez pas pour l’instant. Répondez d’abord à toutes les questions sur les signes d’alerte&#xa0;: une douleur à la jambe ou une mauvaise circulation peuvent avoir une cause grave, et ce sont ces questions qui permettent au bilan de la repérer.</translation>
    </message>
    <message>
        <source>Rest from running and book an appointment with your doctor about your circulation. If a leg turns cold, pale, swollen or very painful, get help the same day.</source>
        <translation>Faites une pause dans la course et prenez rendez-vous avec votre médecin au sujet de votre circulation. Si une jambe devient froide, pâle, gonflée ou très douloureuse, obtenez de l’aide le jour même.</translation>
    </message>
    <message>
        <source>Rest the leg today. Ordinary soreness fades within a few days. If the pain is sharp, makes you limp, gets worse with each run or lasts more than 1 to 2 weeks, see a doctor or physiotherapist.</source>
        <translation>Reposez la jambe aujourd’hui. Les courbatures ordinaires s’estompent en quelques jours. Si la douleur est vive, vous fait boiter, s’aggrave à chaque sortie ou dure plus de 1 à 2 semaines, consultez un médecin ou un kinésithérapeute.</translation>
    </message>
    <message>
        <source>Nothing you ticked needs a doctor right now. Try the steps below, and stop if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation>Rien de ce que vous avez coché ne nécessite un médecin pour l’instant. Essayez les conseils ci-dessous, et arrêtez-vous si vous ressentez une douleur, une gêne dans la poitrine, des vertiges ou un essoufflement inhabituel.</translation>
    </message>
    <message>
        <source>Try the steps below, including seeing a doctor where a step says so, and stop if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation>Essayez les conseils ci-dessous, y compris consulter un médecin quand un conseil l’indique, et arrêtez-vous si vous ressentez une douleur, une gêne dans la poitrine, des vertiges ou un essoufflement inhabituel.</translation>
    </message>
    <message>
        <source>Keep to any limits your doctor gave you, and stop if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation>Respectez les limites fixées par votre médecin, et arrêtez-vous si vous ressentez une douleur, une gêne dans la poitrine, des vertiges ou un essoufflement inhabituel.</translation>
    </message>
    <message>
        <source>Nothing you ticked needs attention. Enjoy your warm-up and run, and stop if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation>Rien de ce que vous avez coché ne demande d’attention. Bon échauffement et bonne course, et arrêtez-vous si vous ressentez une douleur, une gêne dans la poitrine, des vertiges ou un essoufflement inhabituel.</translation>
    </message>
    <message>
        <source>A yes on the health screen means checking with a doctor before starting or stepping up an exercise routine.</source>
        <translation>Un oui dans le questionnaire santé signifie qu’il faut consulter un médecin avant de commencer ou d’intensifier un programme d’exercice physique.</translation>
    </message>
    <message>
        <source>Leg pain is never treated as plain tiredness: answer every warning-sign question. If none applies, rest the leg today.</source>
        <translation>Une douleur à la jambe n’est jamais traitée comme une simple fatigue&#xa0;: répondez à toutes les questions sur les signes d’alerte. Si aucun ne s’applique, reposez la jambe aujourd’hui.</translation>
    </message>
    <message>
        <source>Poor circulation needs a doctor to find the cause, so answer every warning-sign question and book an appointment.</source>
        <translation>Seul un médecin peut trouver la cause d’une mauvaise circulation&#xa0;: répondez donc à toutes les questions sur les signes d’alerte et prenez rendez-vous.</translation>
    </message>
    <message>
        <source>Several signs point to tired legs at once, so a rest day will do more than an easy run.</source>
        <translation>Plusieurs signes indiquent en même temps des jambes fatiguées&#xa0;: un jour de repos vous fera plus de bien qu’une sortie facile.</translation>
    </message>
    <message>
        <source>Make today&apos;s run easy, at a pace where you can talk in full sentences.</source>
        <translation>Faites une sortie facile aujourd’hui, à une allure où vous pouvez parler en phrases complètes.</translation>
    </message>
    <message>
        <source>A doctor&apos;s clearance never covers chest pain, dizziness or blackouts: they may be new since the doctor saw you, so have them checked before you run again.</source>
        <translation>Un accord médical ne couvre jamais une douleur dans la poitrine, des vertiges ou des pertes de connaissance&#xa0;: ils peuvent être apparus depuis la consultation, faites-les donc examiner avant de courir à nouveau.</translation>
    </message>
    <message>
        <source>Eating too little for your training together with missed periods or repeated bone injuries can be RED-S, which needs a doctor or a sports dietitian.</source>
        <translation>Manger trop peu pour votre entraînement, avec des règles qui ne viennent pas ou des blessures osseuses à répétition, peut être un RED-S (déficit énergétique relatif dans le sport), qui nécessite un médecin ou un diététicien du sport.</translation>
    </message>
    <message>
        <source>With leg pain or poor circulation, every warning-sign question needs an answer. These are still unanswered:</source>
        <translation>En cas de douleur à la jambe ou de mauvaise circulation, chaque question sur les signes d’alerte demande une réponse. Celles-ci sont encore sans réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Your legs are tired from training: take the longer, easier jog at the start of today&apos;s warm-up, and keep the run itself easy.</source>
        <translation>Vos jambes sont fatiguées par l’entraînement&#xa0;: faites le footing plus long et plus facile au début de l’échauffement du jour, et gardez la sortie elle-même facile.</translation>
    </message>
    <message>
        <source>Turn the cadence metronome on for the jog, set 5 to 10% above your usual step rate.</source>
        <translation>Activez le métronome de cadence pour le footing, réglé 5 à 10&#xa0;% au-dessus de votre cadence habituelle.</translation>
    </message>
    <message>
        <source>This self-check gives general information only. It is not a diagnosis or medical advice and cannot replace a doctor or physiotherapist. Talk to a health professional before starting or changing an exercise routine, especially if any health-screen question applies to you. Stop exercising if you feel pain, chest discomfort, dizziness or unusual breathlessness. In an emergency, call your local emergency number (such as 112, 999 or 911). Never put off getting professional advice because of something this app says.</source>
        <translation>Ce bilan ne donne que des informations générales. Ce n’est ni un diagnostic ni un avis médical, et il ne peut pas remplacer un médecin ou un kinésithérapeute. Parlez-en à un professionnel de santé avant de commencer ou de modifier un programme d’exercice physique, surtout si l’une des questions du questionnaire santé vous concerne. Arrêtez l’exercice si vous ressentez une douleur, une gêne dans la poitrine, des vertiges ou un essoufflement inhabituel. En cas d’urgence, appelez le numéro d’urgence local (par exemple 112, 999 ou 911). Ne tardez jamais à demander l’avis d’un professionnel à cause de ce qu’indique cette application.</translation>
    </message>
    <message>
        <source>Emergency: get help now</source>
        <translation>Urgence&#xa0;: demandez de l’aide maintenant</translation>
    </message>
    <message>
        <source>Urgent: get seen today</source>
        <translation>Urgent&#xa0;: consultez aujourd’hui</translation>
    </message>
    <message>
        <source>See a doctor or physiotherapist</source>
        <translation>Consultez un médecin ou un kinésithérapeute</translation>
    </message>
    <message>
        <source>Things you can do yourself</source>
        <translation>Ce que vous pouvez faire vous-même</translation>
    </message>
    <message>
        <source>All clear</source>
        <translation>Rien à signaler</translation>
    </message>
    <message>
        <source>Run as planned</source>
        <translation>Courez comme prévu</translation>
    </message>
    <message>
        <source>Run easy</source>
        <translation>Sortie facile</translation>
    </message>
    <message>
        <source>Rest today</source>
        <translation>Repos aujourd’hui</translation>
    </message>
    <message>
        <source>Do not run</source>
        <translation>Ne courez pas</translation>
    </message>
</context>
<context>
    <name>side</name>
    <message>
        <source>left side</source>
        <translation>côté gauche</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>côté droit</translation>
    </message>
</context>
<context>
    <name>speech</name>
    <message>
        <source>Next: {name}</source>
        <translation>À suivre&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Next: {name}, left side</source>
        <translation>À suivre&#xa0;: {name}, côté gauche</translation>
    </message>
    <message>
        <source>Next: {name}, right side</source>
        <translation>À suivre&#xa0;: {name}, côté droit</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Côté gauche</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Côté droit</translation>
    </message>
    <message>
        <source>{name}, left side</source>
        <translation>{name}, côté gauche</translation>
    </message>
    <message>
        <source>{name}, right side</source>
        <translation>{name}, côté droit</translation>
    </message>
    <message>
        <source>{name}, left leg forward</source>
        <translation>{name}, jambe gauche devant</translation>
    </message>
    <message>
        <source>{name}, right leg forward</source>
        <translation>{name}, jambe droite devant</translation>
    </message>
    <message>
        <source>{name}, left heel to buttock</source>
        <translation>{name}, talon gauche à la fesse</translation>
    </message>
    <message>
        <source>{name}, right heel to buttock</source>
        <translation>{name}, talon droit à la fesse</translation>
    </message>
    <message>
        <source>{name}, left knee bends</source>
        <translation>{name}, genou gauche fléchi</translation>
    </message>
    <message>
        <source>{name}, right knee bends</source>
        <translation>{name}, genou droit fléchi</translation>
    </message>
    <message>
        <source>{name}, left leg crosses behind</source>
        <translation>{name}, jambe gauche croisée derrière</translation>
    </message>
    <message>
        <source>{name}, right leg crosses behind</source>
        <translation>{name}, jambe droite croisée derrière</translation>
    </message>
    <message>
        <source>{name}, left ankle across</source>
        <translation>{name}, cheville gauche sur la cuisse</translation>
    </message>
    <message>
        <source>{name}, right ankle across</source>
        <translation>{name}, cheville droite sur la cuisse</translation>
    </message>
    <message>
        <source>{name}, left leg back</source>
        <translation>{name}, jambe gauche en arrière</translation>
    </message>
    <message>
        <source>{name}, right leg back</source>
        <translation>{name}, jambe droite en arrière</translation>
    </message>
</context>
</TS>
