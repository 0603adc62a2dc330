<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {0}</source>
        <translation>Über {0}</translation>
    </message>
    <message>
        <source>App icon</source>
        <translation>App-Symbol</translation>
    </message>
    <message>
        <source>Guides you through a 15-20 minute warm-up before a run: a big countdown, a distinct sound for every cue, and the next step read out.

Licence: {0}. Not medical advice: stop if something hurts.</source>
        <translation>Begleitet dich durch ein 15- bis 20-minütiges Aufwärmen vor dem Lauf: ein großer Countdown, ein eigener Ton für jedes Signal, und die nächste Übung wird angesagt.

Lizenz: {0}. Keine medizinische Beratung: Hör auf, wenn etwas wehtut.</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Erstellt mit:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quellcode</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>Komponenten und ihre Lizenzen</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: you may replace them with your own builds. Their sources are at the addresses above.</source>
        <translation>Qt und PySide6 werden unter der GNU LGPL Version 3 verwendet: Du darfst sie durch eigene Builds ersetzen. Ihren Quellcode findest du unter den oben genannten Adressen.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>A warm-up is running. Stop it and start “{0}”?</source>
        <extracomment>A ``--start`` routine waiting for the first-run disclaimer to be accepted. Asked before a routine handed over by another launch replaces a running warm-up (its name); tests replace it.</extracomment>
        <translation>Gerade läuft ein Aufwärmen. Abbrechen und „{0}“ starten?</translation>
    </message>
</context>
<context>
    <name>AudioControls</name>
    <message>
        <source>Mute</source>
        <extracomment>The volume slider moved (0-100). Mute was switched on or off.</extracomment>
        <translation>Stummschalten</translation>
    </message>
    <message>
        <source>Mute sounds and voice (M); cues still flash</source>
        <translation>Töne und Stimme stummschalten (M); Signale blinken weiterhin</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Ton an</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Calibrate the sound delay</source>
        <translation>Tonverzögerung kalibrieren</translation>
    </message>
    <message>
        <source>Put on the headphones or speakers you run with. Press Start, then press Space (or click Tap) on every click you hear. The first two clicks are for finding the beat.</source>
        <translation>Nimm die Kopfhörer oder Lautsprecher, mit denen du läufst. Drück auf Start und dann bei jedem Klick, den du hörst, die Leertaste (oder klick auf Tippen). Die ersten beiden Klicks dienen dazu, den Takt zu finden.</translation>
    </message>
    <message>
        <source>Tap</source>
        <translation>Tippen</translation>
    </message>
    <message>
        <source>Tap on each click</source>
        <translation>Bei jedem Klick tippen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Use this</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>T&amp;ry again</source>
        <translation>&amp;Nochmal</translation>
    </message>
    <message>
        <source>Starting the clicks…</source>
        <translation>Klicks werden gestartet…</translation>
    </message>
    <message>
        <source>{0}
Calibration needs sound: connect an output and try again.</source>
        <translation>{0}
Zum Kalibrieren braucht es Ton: Schließ ein Ausgabegerät an und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>Listen to the first two clicks, then tap along.</source>
        <translation>Hör dir die ersten beiden Klicks an, dann tipp mit.</translation>
    </message>
    <message>
        <source>Keep tapping on every click.</source>
        <translation>Tipp weiter bei jedem Klick.</translation>
    </message>
    <message>
        <source>Tap {0} of {1}</source>
        <translation>Tipp {0} von {1}</translation>
    </message>
    <message>
        <source>Suggested: {0} ms</source>
        <translation>Vorschlag: {0} ms</translation>
    </message>
    <message>
        <source>You heard the clicks on time: there is no delay to make up.</source>
        <translation>Du hast die Klicks pünktlich gehört: Es gibt keine Verzögerung auszugleichen.</translation>
    </message>
    <message>
        <source>Every sound will play this much earlier once you press OK in Settings.</source>
        <translation>Jeder Ton wird um diesen Wert früher abgespielt, sobald du in den Einstellungen auf OK drückst.</translation>
    </message>
    <message>
        <source>The taps were too uneven to tell the delay. Try again, tapping along with the beat rather than reacting to each click.</source>
        <translation>Die Tipps waren zu ungleichmäßig, um die Verzögerung zu bestimmen. Versuch es noch einmal und tipp im Takt mit, statt auf jeden einzelnen Klick zu reagieren.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n taps could be matched to clicks; at least {0} are needed. Try again and tap on every click from the third one on.</source>
        <translation>
            <numerusform>Nur %n Tipp ließ sich einem Klick zuordnen; mindestens {0} sind nötig. Versuch es noch einmal und tipp ab dem dritten Klick bei jedem Klick.</numerusform>
            <numerusform>Nur %n Tipps ließen sich Klicks zuordnen; mindestens {0} sind nötig. Versuch es noch einmal und tipp ab dem dritten Klick bei jedem Klick.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClickTrain</name>
    <message>
        <source>The click could not be prepared: {0}</source>
        <extracomment>From Start to the first click: time to put the hands ready. After the last click, time for its tap (and for the click to ring out) before ``done``.</extracomment>
        <translation>Der Klick konnte nicht vorbereitet werden: {0}</translation>
    </message>
    <message>
        <source>No sound output was found, so there are no clicks to tap to.</source>
        <translation>Es wurde keine Tonausgabe gefunden, daher gibt es keine Klicks zum Mittippen.</translation>
    </message>
</context>
<context>
    <name>CueLines</name>
    <message>
        <source>How to do it</source>
        <translation>So geht&apos;s</translation>
    </message>
</context>
<context>
    <name>CuePreview</name>
    <message>
        <source>Sounds are muted in the run window (M), so nothing was played.</source>
        <translation>Die Töne sind im Trainingsfenster stummgeschaltet (M), daher wurde nichts abgespielt.</translation>
    </message>
    <message>
        <source>The sound could not be prepared: {0}</source>
        <translation>Der Ton konnte nicht vorbereitet werden: {0}</translation>
    </message>
    <message>
        <source>No sound output was found, so nothing can be played.</source>
        <translation>Es wurde keine Tonausgabe gefunden, daher kann nichts abgespielt werden.</translation>
    </message>
</context>
<context>
    <name>DisclaimerDialog</name>
    <message>
        <source>Before you start</source>
        <extracomment>Bump when the text changes in substance, so every runner sees the new one once.</extracomment>
        <translation>Bevor du loslegst</translation>
    </message>
    <message>
        <source>Warm-up Timer guides you through a warm-up and offers a self-check for heavy legs. It gives general information only: it is not a diagnosis or medical advice, and it cannot replace a doctor or physiotherapist.</source>
        <translation>Warm-up Timer begleitet dich durch dein Aufwärmen und bietet einen Selbstcheck bei schweren Beinen. Die App gibt nur allgemeine Informationen: Sie ist keine Diagnose und keine medizinische Beratung und kann keinen Arzt und keinen Physiotherapeuten ersetzen.</translation>
    </message>
    <message>
        <source>Talk to a health professional before you start or change an exercise routine, especially if you have a heart condition, chest pain, dizziness or blackouts, or a bone or joint problem, if you take medicine for your blood pressure or heart, or if you are pregnant.</source>
        <translation>Sprich mit medizinischem Fachpersonal, bevor du ein Trainingsprogramm beginnst oder änderst, besonders wenn du eine Herzerkrankung, Brustschmerzen, Schwindel oder Ohnmachtsanfälle oder ein Knochen- oder Gelenkproblem hast, wenn du Medikamente für deinen Blutdruck oder dein Herz nimmst oder wenn du schwanger bist.</translation>
    </message>
    <message>
        <source>Stop exercising if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation>Hör mit dem Training auf, wenn du Schmerzen, Beschwerden in der Brust, Schwindel oder ungewöhnliche Atemnot spürst.</translation>
    </message>
    <message>
        <source>In an emergency, call your local emergency number (such as 112, 999 or 911).</source>
        <translation>Ruf im Notfall deine örtliche Notrufnummer an (zum Beispiel 112, 999 oder 911).</translation>
    </message>
    <message>
        <source>Never put off getting professional advice because of something this app says.</source>
        <translation>Schieb fachlichen Rat nie auf, nur weil diese App etwas sagt.</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Verstanden</translation>
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
        <translation>{0}, Minuten</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>{0}, seconds</source>
        <translation>{0}, Sekunden</translation>
    </message>
</context>
<context>
    <name>DurationWarning</name>
    <message>
        <source>totals {0}, shorter than the recommended 15-20 min</source>
        <translation>insgesamt {0}, kürzer als die empfohlenen 15–20 min</translation>
    </message>
    <message>
        <source>totals {0}, longer than the recommended 15-20 min</source>
        <translation>insgesamt {0}, länger als die empfohlenen 15–20 min</translation>
    </message>
</context>
<context>
    <name>EditorCommands</name>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>lead-in</source>
        <translation>Vorbereitungszeit</translation>
    </message>
    <message>
        <source>pause between steps</source>
        <translation>Pause zwischen Übungen</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>per side</source>
        <translation>Einstellung „Je Seite“</translation>
    </message>
    <message>
        <source>switch time</source>
        <translation>Wechselzeit</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>metronome</source>
        <translation>Metronom</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>Figur</translation>
    </message>
    <message>
        <source>cue lines</source>
        <translation>Kurzhinweise</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>des Programms</translation>
    </message>
    <message>
        <source>part</source>
        <translation>des Teils</translation>
    </message>
    <message>
        <source>step</source>
        <translation>der Übung</translation>
    </message>
    <message>
        <source>Change {0} {1}</source>
        <translation>{1} {0} ändern</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>Teil hinzufügen</translation>
    </message>
    <message>
        <source>Remove part</source>
        <translation>Teil entfernen</translation>
    </message>
    <message>
        <source>Move part</source>
        <translation>Teil verschieben</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Übung hinzufügen</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Übung entfernen</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Übung verschieben</translation>
    </message>
</context>
<context>
    <name>EditorDialogs</name>
    <message>
        <source>Unsaved changes</source>
        <extracomment>The runner chose &quot;Skip the rest&quot; in an import preview: drop the files queued behind it. Unsaved changes in the routine named: save, discard or cancel? Move the routine named to the trash? An imported routine&apos;s name is taken: (name, whether replacing is possible). Show what an import brings in; True to go on with it. A new name for a routine (given its current one); None when cancelled. A routine file to import; None when cancelled. Where to export (given a suggested file name); None when cancelled. Replace this existing file (outside the dialog that already asked)? Something failed: (title, message). Shown in the import preview: files waiting behind it (&quot;3 more files to import&quot;).</extracomment>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to “{0}”?</source>
        <translation>Änderungen an „{0}“ speichern?</translation>
    </message>
    <message>
        <source>If you don&apos;t, your changes will be lost.</source>
        <translation>Sonst gehen deine Änderungen verloren.</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Programm löschen</translation>
    </message>
    <message>
        <source>Delete “{0}”?</source>
        <translation>„{0}“ löschen?</translation>
    </message>
    <message>
        <source>It is moved to the trash folder; you can undo this right after.</source>
        <translation>Es wird in den Papierkorb-Ordner verschoben; du kannst das direkt danach rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Replace it with the imported one, or keep both (the new one gets a number)?</source>
        <translation>Durch das importierte ersetzen oder beide behalten (das neue bekommt eine Nummer)?</translation>
    </message>
    <message>
        <source>That one is built in and cannot be replaced; keep both?</source>
        <translation>Dieses Programm ist integriert und kann nicht ersetzt werden. Beide behalten?</translation>
    </message>
    <message>
        <source>Name already used</source>
        <translation>Name schon vergeben</translation>
    </message>
    <message>
        <source>You already have a routine called “{0}”.</source>
        <translation>Du hast schon ein Programm namens „{0}“.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation>Programm umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Programm importieren</translation>
    </message>
    <message>
        <source>Warm-up routines (*{0});;All files (*)</source>
        <translation>Aufwärmprogramme (*{0});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export a routine</source>
        <translation>Programm exportieren</translation>
    </message>
    <message>
        <source>Warm-up routines (*{0})</source>
        <translation>Aufwärmprogramme (*{0})</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>Datei ersetzen</translation>
    </message>
    <message>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} existiert bereits. Ersetzen?</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <source>◀ All routines</source>
        <extracomment>The user wants to go back to the list of routines. Save was pressed (the routine is valid). Try it was pressed: (speed,) - 1.0 or the quick-check speed.</extracomment>
        <translation>◀ Alle Programme</translation>
    </message>
    <message>
        <source>Back to all routines</source>
        <translation>Zurück zu allen Programmen</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>{0}x speed</source>
        <translation>{0}-faches Tempo</translation>
    </message>
    <message>
        <source>Run it ten times faster, for a quick check</source>
        <translation>Zehnmal schneller ablaufen lassen, zum schnellen Prüfen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>Teil hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben verschieben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten verschieben</translation>
    </message>
    <message>
        <source>Step to add</source>
        <translation>Übung zum Hinzufügen</translation>
    </message>
    <message>
        <source> (each side)</source>
        <translation> (je Seite)</translation>
    </message>
    <message>
        <source>Blank step</source>
        <translation>Leere Übung</translation>
    </message>
    <message>
        <source>Ready-made steps with their instructions filled in, or a blank one</source>
        <translation>Fertige Übungen mit ausgefüllter Anleitung, oder eine leere</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Übung hinzufügen</translation>
    </message>
    <message>
        <source>Add it after the selected step</source>
        <translation>Nach der ausgewählten Übung einfügen</translation>
    </message>
    <message>
        <source>Add a part, then add steps to it from the list on the left.</source>
        <translation>Füge einen Teil hinzu und dann Übungen aus der Liste links.</translation>
    </message>
    <message>
        <source>Add a step:</source>
        <translation>Übung hinzufügen:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Save to your routines ({0})</source>
        <translation>In deinen Programmen speichern ({0})</translation>
    </message>
    <message>
        <source>(unnamed routine)</source>
        <translation>(unbenanntes Programm)</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>noch nicht gespeichert</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>⚠ shorter than the recommended 15-20 min</source>
        <translation>⚠ kürzer als die empfohlenen 15–20 min</translation>
    </message>
    <message>
        <source>⚠ longer than the recommended 15-20 min</source>
        <translation>⚠ länger als die empfohlenen 15–20 min</translation>
    </message>
    <message>
        <source>✓ within the recommended 15-20 min</source>
        <translation>✓ innerhalb der empfohlenen 15–20 min</translation>
    </message>
    <message>
        <source>Total {0}  {1}</source>
        <translation>Gesamt {0}  {1}</translation>
    </message>
    <message>
        <source>Save to your routines</source>
        <translation>In deinen Programmen speichern</translation>
    </message>
    <message>
        <source>{0} to fix before saving:</source>
        <translation>{0} vor dem Speichern beheben:</translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… und {0} weitere</translation>
    </message>
    <message>
        <source>Fix the problems listed below to save</source>
        <translation>Behebe die unten aufgeführten Probleme, um zu speichern</translation>
    </message>
    <message>
        <source>Routine {0}</source>
        <translation>Programm {0}</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Part {0}</source>
        <translation>Teil {0}</translation>
    </message>
    <message>
        <source>, step {0}</source>
        <translation>, Übung {0}</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Neue Übung</translation>
    </message>
    <message>
        <source>Part 1</source>
        <translation>Teil 1</translation>
    </message>
    <message>
        <source>Duplicate part</source>
        <translation>Teil duplizieren</translation>
    </message>
    <message>
        <source>Duplicate step</source>
        <translation>Übung duplizieren</translation>
    </message>
    <message>
        <source>Undo: {0}</source>
        <translation>Rückgängig: {0}</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Redo: {0}</source>
        <translation>Wiederholen: {0}</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nichts zu wiederholen</translation>
    </message>
</context>
<context>
    <name>FigureView</name>
    <message>
        <source>Figure showing the movement</source>
        <extracomment>Frames per second while animating a quick loop (walk, jog, strides: under 2 s a loop): 12 drawings a jogging stride, as hand animation draws &quot;on twos&quot;. Each frame costs what a bare PySide6 widget pays to show an image under X (measured: 20 frames/s cost 0.95 % of a core). Frames per second for a slow loop (the stretches rock over 4-5 s): fewer repaints. Memory for a figure&apos;s drawn frames (a 260 px lunge loop takes about 11 MB), and as much again for the same frames on the stage&apos;s colour; beyond it, frames are drawn each time.</extracomment>
        <translation>Abbildung der Bewegung</translation>
    </message>
</context>
<context>
    <name>FinishNotifier</name>
    <message>
        <source>Warm-up complete</source>
        <extracomment>A notification went out (``&quot;tray&quot;`` or ``&quot;dbus&quot;``), for the log and for tests.</extracomment>
        <translation>Aufwärmen abgeschlossen</translation>
    </message>
    <message>
        <source>{0} of warm-up done. Have a good run!</source>
        <translation>{0} Aufwärmen geschafft. Viel Spaß beim Laufen!</translation>
    </message>
    <message>
        <source>Have a good run!</source>
        <translation>Viel Spaß beim Laufen!</translation>
    </message>
</context>
<context>
    <name>HeavyLegsChart</name>
    <message>
        <source>No self-checks yet. Your heavy-legs score appears here once you take one.</source>
        <extracomment>Self-checks with a warning sign: a red square near the top, never a score.</extracomment>
        <translation>Noch keine Selbstchecks. Dein Schwere-Beine-Wert erscheint hier, sobald du einen machst.</translation>
    </message>
    <message>
        <source>Heavy-legs score</source>
        <translation>Schwere-Beine-Wert</translation>
    </message>
    <message>
        <source>Chart of the heavy-legs score over time</source>
        <translation>Diagramm des Schwere-Beine-Werts im Zeitverlauf</translation>
    </message>
    <message>
        <source>Warning sign: see the result</source>
        <translation>Warnzeichen: siehe Ergebnis</translation>
    </message>
    <message>
        <source>Rest day suggested from {score}</source>
        <translation>Ruhetag empfohlen ab {score}</translation>
    </message>
    <message numerus="yes">
        <source>%n self-checks; the latest had a warning sign: see its result</source>
        <translation>
            <numerusform>%n Selbstcheck; er hatte ein Warnzeichen: siehe sein Ergebnis</numerusform>
            <numerusform>%n Selbstchecks; der letzte hatte ein Warnzeichen: siehe sein Ergebnis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n self-checks; latest score {score} of 100</source>
        <translation>
            <numerusform>%n Selbstcheck; Wert {score} von 100</numerusform>
            <numerusform>%n Selbstchecks; letzter Wert {score} von 100</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a warning sign.</source>
        <translation>
            <numerusform>%n davon mit Warnzeichen.</numerusform>
            <numerusform>%n davon mit Warnzeichen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <source>days in a row with a warm-up</source>
        <extracomment>Asks before deleting everything; replaced in tests. Asks where to save the CSV file (None: cancelled); replaced in tests.</extracomment>
        <translation>
            <numerusform>Tag in Folge mit Aufwärmen</numerusform>
            <numerusform>Tage in Folge mit Aufwärmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warm-ups this week</source>
        <translation>
            <numerusform>Aufwärmeinheit diese Woche</numerusform>
            <numerusform>Aufwärmeinheiten diese Woche</numerusform>
        </translation>
    </message>
    <message>
        <source>no self-check yet</source>
        <translation>noch kein Selbstcheck</translation>
    </message>
    <message>
        <source>History entries, newest first</source>
        <translation>Verlaufseinträge, neueste zuerst</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation>Eintrag &amp;löschen</translation>
    </message>
    <message>
        <source>C&amp;lear all…</source>
        <translation>&amp;Alle löschen…</translation>
    </message>
    <message>
        <source>Save every entry as a CSV file</source>
        <translation>Alle Einträge als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Delete the selected entry (Delete)</source>
        <translation>Ausgewählten Eintrag löschen (Entf)</translation>
    </message>
    <message>
        <source>Delete every entry, after asking</source>
        <translation>Alle Einträge löschen, nach Rückfrage</translation>
    </message>
    <message>
        <source>History is not open yet.</source>
        <translation>Der Verlauf ist noch nicht geöffnet.</translation>
    </message>
    <message>
        <source>warning sign at the last self-check: see the result</source>
        <translation>Warnzeichen beim letzten Selbstcheck: siehe Ergebnis</translation>
    </message>
    <message>
        <source>heavy-legs score at the last self-check</source>
        <translation>Schwere-Beine-Wert beim letzten Selbstcheck</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>Noch keine Einträge.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n Eintrag.</numerusform>
            <numerusform>%n Einträge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n entries to {path}</source>
        <translation>
            <numerusform>%n Eintrag in {path} gespeichert</numerusform>
            <numerusform>%n Einträge in {path} gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Warm-up: {name}</source>
        <translation>Aufwärmen: {name}</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>Selbstcheck</translation>
    </message>
    <message>
        <source>Completed ({total})</source>
        <translation>Abgeschlossen ({total})</translation>
    </message>
    <message>
        <source>Not finished (still running, or the app was closed)</source>
        <translation>Nicht beendet (läuft noch, oder die App wurde geschlossen)</translation>
    </message>
    <message>
        <source>Skipped to the end</source>
        <translation>Zum Ende gesprungen</translation>
    </message>
    <message>
        <source>Stopped at {step}</source>
        <translation>Gestoppt bei {step}</translation>
    </message>
    <message>
        <source>Stopped before the first step</source>
        <translation>Vor der ersten Übung gestoppt</translation>
    </message>
    <message>
        <source>warning sign: see the result</source>
        <translation>Warnzeichen: siehe Ergebnis</translation>
    </message>
    <message>
        <source>heavy-legs score {score}</source>
        <translation>Schwere-Beine-Wert {score}</translation>
    </message>
    <message>
        <source>Entry deleted.</source>
        <translation>Eintrag gelöscht.</translation>
    </message>
    <message>
        <source>History cleared.</source>
        <translation>Verlauf gelöscht.</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>{path} konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Clear all history?</source>
        <translation>Gesamten Verlauf löschen?</translation>
    </message>
    <message>
        <source>Delete every warm-up and self-check from your history? This cannot be undone. Export to CSV first if you want a copy.</source>
        <translation>Alle Aufwärmeinheiten und Selbstchecks aus deinem Verlauf löschen? Das lässt sich nicht rückgängig machen. Exportiere vorher als CSV, wenn du eine Kopie möchtest.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import a routine</source>
        <translation>Programm importieren</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>Datei: {0}</translation>
    </message>
    <message>
        <source>Total: {0}</source>
        <translation>Gesamt: {0}</translation>
    </message>
    <message>
        <source>A routine called “{0}” is already in your library.</source>
        <translation>Ein Programm namens „{0}“ ist schon in deiner Bibliothek.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Diese Datei kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Nothing was saved. What is wrong with it:</source>
        <translation>Es wurde nichts gespeichert. Was daran nicht stimmt:</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… und {0} weitere</translation>
    </message>
    <message>
        <source>Skip the rest</source>
        <extracomment>The runner chose to skip the files waiting behind this one. Only when files wait behind this one.</extracomment>
        <translation>Rest überspringen</translation>
    </message>
    <message>
        <source>line {0}: </source>
        <translation>Zeile {0}: </translation>
    </message>
</context>
<context>
    <name>ImportQueue</name>
    <message numerus="yes">
        <source>%n more files to import</source>
        <extracomment>Offer this file now (``pathlib.Path``); connect it directly: the next one waits for the slot to return. How many files wait behind the one being offered now (``int``; 0 when none).</extracomment>
        <translation>
            <numerusform>Noch %n Datei zu importieren</numerusform>
            <numerusform>Noch %n Dateien zu importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeepAwake</name>
    <message>
        <source>A warm-up routine is running</source>
        <extracomment>States in which the screen must stay on: the runner is following the countdown.</extracomment>
        <translation>Ein Aufwärmprogramm läuft</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Routine</source>
        <extracomment>Make a new routine from scratch. Edit a user routine, or make an editable copy of a built-in (``RoutineEntry``). Rename a user routine (``RoutineEntry``). Delete a user routine or a broken user file (``RoutineEntry`` or ``BrokenFile``). Export a routine (``RoutineEntry``). Import a file chosen in a file dialog. Bring back the routine deleted last. The user&apos;s routine folder: only broken files in it can be deleted from here.</extracomment>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Teile</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neues Programm</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Built-in (read-only)</source>
        <translation>Integriert (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Your routines</source>
        <translation>Deine Programme</translation>
    </message>
    <message>
        <source>None yet: make a new one, or duplicate one above</source>
        <translation>Noch keine: Erstelle ein neues oder dupliziere eines von oben</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>broken file</source>
        <translation>beschädigte Datei</translation>
    </message>
    <message>
        <source>⚠ short  {0}</source>
        <translation>⚠ kurz  {0}</translation>
    </message>
    <message>
        <source>⚠ long  {0}</source>
        <translation>⚠ lang  {0}</translation>
    </message>
    <message>
        <source>Outside the recommended 15-20 min</source>
        <translation>Außerhalb der empfohlenen 15–20 min</translation>
    </message>
    <message>
        <source>outside 15 to 20 minutes</source>
        <translation>außerhalb von 15 bis 20 Minuten</translation>
    </message>
    <message>
        <source>Duplicate to edit</source>
        <translation>Zum Bearbeiten duplizieren</translation>
    </message>
    <message>
        <source>No routine selected</source>
        <translation>Kein Programm ausgewählt</translation>
    </message>
    <message>
        <source>This file could not be read:</source>
        <translation>Diese Datei konnte nicht gelesen werden:</translation>
    </message>
    <message>
        <source>line {0}: </source>
        <translation>Zeile {0}: </translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>Datei: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Total {0} (plus a {1} get-ready countdown), %n steps</source>
        <translation>
            <numerusform>Gesamt {0} (plus {1} Vorbereitung), %n Übung</numerusform>
            <numerusform>Gesamt {0} (plus {1} Vorbereitung), %n Übungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Built in: read-only. Duplicate it to make your own version.</source>
        <translation>Integriert: schreibgeschützt. Dupliziere es, um deine eigene Version zu erstellen.</translation>
    </message>
    <message>
        <source>line {0}</source>
        <translation>Zeile {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Warm-up</source>
        <extracomment>The runner asked for the settings dialog (the app owns the settings and opens it). Routines, Self-check and History now exist (emitted once); the app wires them.</extracomment>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>Selbstcheck</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Files to import (drops, other launches), offered one dialog at a time.</extracomment>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Steuerung</translation>
    </message>
    <message>
        <source>&amp;Import routine…</source>
        <translation>Programm &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export routine…</source>
        <translation>Programm e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translation>&amp;Über {0}</translation>
    </message>
</context>
<context>
    <name>OwnSoundImporter</name>
    <message>
        <source>Sounds ({0})</source>
        <translation>Töne ({0})</translation>
    </message>
</context>
<context>
    <name>OwnSounds</name>
    <message>
        <source>The file {name} was not found.</source>
        <translation>Die Datei {name} wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The file {name} could not be opened: {reason}</source>
        <translation>Die Datei {name} konnte nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a file.</source>
        <translation>{name} ist keine Datei.</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>Die Datei {name} ist leer.</translation>
    </message>
    <message>
        <source>The file is {size:.1f} MB; a cue sound can be at most {limit} MB.</source>
        <translation>Die Datei ist {size:.1f} MB groß; ein Signalton darf höchstens {limit} MB groß sein.</translation>
    </message>
    <message>
        <source>MP3, OGG and FLAC files need ffmpeg, which is not installed. Choose a WAV file, or install ffmpeg.</source>
        <translation>Für MP3-, OGG- und FLAC-Dateien wird ffmpeg benötigt, das nicht installiert ist. Wähle eine WAV-Datei oder installiere ffmpeg.</translation>
    </message>
    <message>
        <source>{name} is not a sound file this app can use. Choose a {kinds} file.</source>
        <translation>{name} ist keine Tondatei, die diese App verwenden kann. Wähle eine Datei vom Typ {kinds}.</translation>
    </message>
    <message>
        <source>{name} is not a WAV file this app can read. It may be damaged, or use a WAV flavour that needs ffmpeg (not installed).</source>
        <translation>{name} ist keine WAV-Datei, die diese App lesen kann. Sie ist vielleicht beschädigt oder nutzt eine WAV-Variante, für die ffmpeg nötig ist (nicht installiert).</translation>
    </message>
    <message>
        <source>{name} could not be read as sound. It may be damaged, or not audio.</source>
        <translation>{name} konnte nicht als Ton gelesen werden. Die Datei ist vielleicht beschädigt oder keine Audiodatei.</translation>
    </message>
    <message>
        <source>The file contains no sound.</source>
        <translation>Die Datei enthält keinen Ton.</translation>
    </message>
    <message>
        <source>The file is silent.</source>
        <translation>Die Datei enthält nur Stille.</translation>
    </message>
    <message>
        <source>The sound lasts {seconds:.1f} s; a cue sound can be at most {limit:g} s.</source>
        <translation>Der Ton dauert {seconds:.1f} s; ein Signalton darf höchstens {limit:g} s dauern.</translation>
    </message>
    <message>
        <source>The file {name} could not be used: it {reason}.</source>
        <translation>Die Datei {name} konnte nicht verwendet werden: {reason}.</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <extracomment>A stored sound is at most MAX_SECONDS of 16-bit mono at SAMPLE_RATE, plus its silent tail.</extracomment>
        <translation>die Datei fehlt</translation>
    </message>
    <message>
        <source>the file {reason}</source>
        <translation>Datei: {reason}</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>Your sound for “{cue}” can&apos;t be used ({reason}); the built-in sound plays instead.</source>
        <translation>Dein Ton für „{cue}“ kann nicht verwendet werden ({reason}); stattdessen wird der integrierte Ton abgespielt.</translation>
    </message>
</context>
<context>
    <name>PartForm</name>
    <message>
        <source>Part name:</source>
        <translation>Name des Teils:</translation>
    </message>
    <message>
        <source>e.g. Jog</source>
        <translation>z. B. Einlaufen</translation>
    </message>
    <message>
        <source>Pause between steps:</source>
        <translation>Pause zwischen Übungen:</translation>
    </message>
    <message>
        <source>Time to move to the next exercise of this part</source>
        <translation>Zeit, um zur nächsten Übung dieses Teils zu wechseln</translation>
    </message>
    <message>
        <source>Part total:</source>
        <translation>Teil gesamt:</translation>
    </message>
    <message>
        <source>Part {0} of {1}</source>
        <translation>Teil {0} von {1}</translation>
    </message>
    <message numerus="yes">
        <source>{0} (%n steps)</source>
        <translation>
            <numerusform>{0} (%n Übung)</numerusform>
            <numerusform>{0} (%n Übungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Steps: {0}</source>
        <translation>Übungen: {0}</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Whole warm-up</source>
        <extracomment>Skipped stretches as fractions of the bar, (from, to), 0 to 1.</extracomment>
        <translation>Gesamtes Aufwärmen</translation>
    </message>
    <message>
        <source>Whole warm-up progress</source>
        <translation>Fortschritt des gesamten Aufwärmens</translation>
    </message>
    <message>
        <source>{0} progress</source>
        <translation>Fortschritt: {0}</translation>
    </message>
    <message>
        <source>{0} {1} / {2}</source>
        <translation>{0} {1} / {2}</translation>
    </message>
    <message>
        <source>{0} done, {1} skipped, {2} left</source>
        <translation>{0} erledigt, {1} übersprungen, {2} übrig</translation>
    </message>
    <message>
        <source>{0} done, {1} left</source>
        <translation>{0} erledigt, {1} übrig</translation>
    </message>
</context>
<context>
    <name>RedFlagGate</name>
    <message>
        <source>Any of these?</source>
        <extracomment>Warning signs that stop the flow the moment they are ticked. &quot;Yes, or not sure&quot;: show the check boxes.</extracomment>
        <translation>Trifft etwas davon zu?</translation>
    </message>
    <message>
        <source>&amp;Yes, or not sure: tick which ▼</source>
        <translation>&amp;Ja oder unsicher: ankreuzen ▼</translation>
    </message>
    <message>
        <source>Yes, or not sure: tick which</source>
        <translation>Ja oder unsicher: ankreuzen</translation>
    </message>
    <message>
        <source>None of them? Press “No, none of these” below.</source>
        <translation>Nichts davon? Drück unten auf „Nein, nichts davon“.</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>Self-check result</source>
        <extracomment>Start today&apos;s warm-up (the routine from :meth:`chosen_entry`). Go back to the questions, answers kept. Clear every answer and begin again.</extracomment>
        <translation>Ergebnis des Selbstchecks</translation>
    </message>
    <message>
        <source>Today&apos;s warm-up</source>
        <translation>Aufwärmen für heute</translation>
    </message>
    <message>
        <source>Suggested for today and already ticked: the warm-up below includes them. Untick a change to leave it out.</source>
        <translation>Für heute empfohlen und schon angehakt: Das Aufwärmen unten enthält sie. Entferne ein Häkchen, um eine Änderung wegzulassen.</translation>
    </message>
    <message>
        <source>&amp;Start the warm-up</source>
        <translation>Aufwärmen &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Change answers</source>
        <translation>Antworten &amp;ändern</translation>
    </message>
    <message>
        <source>Start a &amp;new check</source>
        <translation>&amp;Neuen Check starten</translation>
    </message>
    <message>
        <source>Why this result</source>
        <translation>Warum dieses Ergebnis</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Was du tun kannst</translation>
    </message>
    <message>
        <source>Today: {advice}</source>
        <translation>Heute: {advice}</translation>
    </message>
    <message>
        <source>Heavy-legs score: {score} of 100. A number to follow over time in your history, not a medical measure.</source>
        <translation>Schwere-Beine-Wert: {score} von 100. Eine Zahl, die du im Verlauf über die Zeit beobachten kannst, kein medizinischer Messwert.</translation>
    </message>
    <message>
        <source>&amp;Start the adapted warm-up</source>
        <translation>Angepasstes Aufwärmen &amp;starten</translation>
    </message>
    <message>
        <source>Choose a routine on the Warm-up tab, then come back to start it.</source>
        <translation>Wähle im Tab „Aufwärmen“ ein Programm und komm dann zurück, um es zu starten.</translation>
    </message>
    <message>
        <source>Routine: {name}, {total}</source>
        <translation>Programm: {name}, {total}</translation>
    </message>
    <message>
        <source> (adapted)</source>
        <translation> (angepasst)</translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>e.g. Tempo day warm-up</source>
        <translation>z. B. Aufwärmen Tempotag</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>What this warm-up is for</source>
        <translation>Wofür dieses Aufwärmen gedacht ist</translation>
    </message>
    <message>
        <source>Get-ready countdown:</source>
        <translation>Vorbereitungszeit:</translation>
    </message>
    <message>
        <source>Counted down before the first step; not in the total</source>
        <translation>Wird vor der ersten Übung heruntergezählt; nicht in der Gesamtzeit</translation>
    </message>
</context>
<context>
    <name>RoutinePicker</name>
    <message>
        <source>Routine</source>
        <extracomment>Combo data of the item for a loaded routine that the library does not list. The runner chose a routine from the list (``RoutineEntry``). The runner asked to go back from an adapted copy to its original.</extracomment>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Loading routines…</source>
        <translation>Programme werden geladen…</translation>
    </message>
    <message>
        <source>Adapted for today</source>
        <translation>Für heute angepasst</translation>
    </message>
    <message>
        <source>Use the original</source>
        <translation>Original verwenden</translation>
    </message>
    <message>
        <source>Go back to the routine as it is saved</source>
        <translation>Zurück zum Programm, wie es gespeichert ist</translation>
    </message>
    <message>
        <source>Show the list</source>
        <translation>Liste anzeigen</translation>
    </message>
    <message>
        <source>Which routine files could not be read, and why</source>
        <translation>Welche Programmdateien nicht gelesen werden konnten, und warum</translation>
    </message>
    <message>
        <source>Routine:</source>
        <translation>Programm:</translation>
    </message>
    <message>
        <source>No routines found.</source>
        <translation>Keine Programme gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n routine files could not be read.</source>
        <translation>
            <numerusform>⚠ %n Programmdatei konnte nicht gelesen werden.</numerusform>
            <numerusform>⚠ %n Programmdateien konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source> (+{0} more)</source>
        <translation> (+{0} weitere)</translation>
    </message>
    <message>
        <source>Routine files that could not be read</source>
        <translation>Programmdateien, die nicht gelesen werden konnten</translation>
    </message>
</context>
<context>
    <name>RoutinesView</name>
    <message>
        <source>this routine</source>
        <extracomment>The routines on disk changed (``Library``): saved, imported, renamed, deleted, restored. The runner chose to skip the files waiting to be imported after the one shown. Makes the driver of a &quot;Try it&quot; run (tests give one on a fake clock). Makes the view a &quot;Try it&quot; run is shown in (the window gives the Warm-up tab&apos;s view).</extracomment>
        <translation>dieses Programm</translation>
    </message>
    <message>
        <source>My warm-up</source>
        <translation>Mein Aufwärmen</translation>
    </message>
    <message>
        <source>Jog</source>
        <translation>Einlaufen</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (Kopie)</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>Speichern noch nicht möglich</translation>
    </message>
    <message>
        <source>Fix the marked fields first:
{0}</source>
        <translation>Korrigiere zuerst die markierten Felder:
{0}</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not rename</source>
        <translation>Umbenennen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Löschen fehlgeschlagen</translation>
    </message>
    <message>
        <source>“{0}” was moved to the trash.</source>
        <translation>„{0}“ wurde in den Papierkorb verschoben.</translation>
    </message>
    <message>
        <source>Could not restore</source>
        <translation>Wiederherstellen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot export yet</source>
        <translation>Export noch nicht möglich</translation>
    </message>
    <message>
        <source>Fix the marked fields first.</source>
        <translation>Korrigiere zuerst die markierten Felder.</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nichts zu exportieren</translation>
    </message>
    <message>
        <source>Select a routine first.</source>
        <translation>Wähle zuerst ein Programm aus.</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Export fehlgeschlagen</translation>
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
        <translation>Weiter zur nächsten Übung</translation>
    </message>
    <message>
        <source>Show {0}</source>
        <translation>{0} anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>{0}: ready</source>
        <translation>{0}: bereit</translation>
    </message>
    <message>
        <source>{0}: warm-up complete</source>
        <translation>{0}: Aufwärmen abgeschlossen</translation>
    </message>
    <message>
        <source>Get ready: {0}</source>
        <translation>Mach dich bereit: {0}</translation>
    </message>
    <message>
        <source>Switch sides: {0}</source>
        <translation>Seitenwechsel: {0}</translation>
    </message>
    <message>
        <source>Next exercise in {0}</source>
        <translation>Nächste Übung in {0}</translation>
    </message>
    <message>
        <source>{0}{1}: {2} left</source>
        <translation>{0}{1}: noch {2}</translation>
    </message>
    <message>
        <source>Paused. {0}</source>
        <translation>Pausiert. {0}</translation>
    </message>
    <message>
        <source>{0} of the warm-up left</source>
        <translation>Aufwärmen: noch {0}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <source>◀◀ Back</source>
        <extracomment>Full screen was asked for (F11). The runner counts the warm-up they skipped to the end of as done (history records it). Focus mode went on (a routine runs: only what a runner needs) or off (paused, stopped). How long the controls strip stays after the last mouse move or key press. Asks before stopping a running routine; replaced in tests (no modal dialogs there). Asks before restarting a warm-up under way (R or the button); replaced in tests.</extracomment>
        <translation>◀◀ Zurück</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Skip ▶▶</source>
        <translation>Weiter ▶▶</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Count it as done</source>
        <translation>Als erledigt zählen</translation>
    </message>
    <message>
        <source>You skipped to the end: record this warm-up as completed anyway</source>
        <translation>Du bist zum Ende gesprungen: dieses Aufwärmen trotzdem als abgeschlossen eintragen</translation>
    </message>
    <message>
        <source>Back to the start of this step; twice: previous (Left)</source>
        <translation>Zurück zum Anfang dieser Übung; zweimal: vorherige Übung (Pfeil links)</translation>
    </message>
    <message>
        <source>Start, pause or resume (Space)</source>
        <translation>Starten, pausieren oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Skip to the next step (Right)</source>
        <translation>Weiter zur nächsten Übung (Pfeil rechts)</translation>
    </message>
    <message>
        <source>Start the routine again (R)</source>
        <translation>Programm neu starten (R)</translation>
    </message>
    <message>
        <source>Stop the routine (Esc)</source>
        <translation>Programm stoppen (Esc)</translation>
    </message>
    <message>
        <source>Start / Pause</source>
        <translation>Start / Pause</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stummschalten</translation>
    </message>
    <message>
        <source>Counted as done. Have a good run!</source>
        <translation>Als erledigt gezählt. Viel Spaß beim Laufen!</translation>
    </message>
    <message>
        <source>Restart the warm-up?</source>
        <translation>Aufwärmen neu starten?</translation>
    </message>
    <message>
        <source>Start this warm-up again from the beginning? Your place in it will be lost.</source>
        <translation>Dieses Aufwärmen noch einmal von vorn beginnen? Dein aktueller Stand geht verloren.</translation>
    </message>
    <message>
        <source>Stop the warm-up?</source>
        <translation>Aufwärmen stoppen?</translation>
    </message>
    <message>
        <source>Stop this warm-up? Your place in it will be lost.</source>
        <translation>Dieses Aufwärmen stoppen? Dein aktueller Stand geht verloren.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Noch einmal</translation>
    </message>
</context>
<context>
    <name>SelfCheckPanel</name>
    <message>
        <source>Health screen</source>
        <extracomment>A result was shown for answers not reported before: (``Report``, ``dict[str, bool]``). A warm-up was started from the result (``RoutineEntry``, possibly an adapted copy).</extracomment>
        <translation>Gesundheitsfragen</translation>
    </message>
    <message>
        <source>Your legs today</source>
        <translation>Deine Beine heute</translation>
    </message>
    <message>
        <source>Tick what applies. Leave the rest unticked.</source>
        <translation>Kreuz an, was zutrifft. Lass den Rest frei.</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Weiter ▶</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Wichtiger Hinweis</translation>
    </message>
    <message>
        <source>You said your legs hurt or that you have poor circulation. Before the result, read every warning sign again and tick any that applies.</source>
        <translation>Du hast angegeben, dass deine Beine schmerzen oder dass du eine schlechte Durchblutung hast. Lies vor dem Ergebnis noch einmal alle Warnzeichen durch und kreuz jedes an, das zutrifft.</translation>
    </message>
    <message>
        <source>Before the result: the warning signs again</source>
        <translation>Vor dem Ergebnis: noch einmal die Warnzeichen</translation>
    </message>
    <message>
        <source>Step {n} of {count}</source>
        <translation>Schritt {n} von {count}</translation>
    </message>
    <message>
        <source>None of these apply: see the &amp;result ▶</source>
        <translation>Nichts davon trifft zu: zum &amp;Ergebnis ▶</translation>
    </message>
    <message>
        <source>&amp;No, none of these ▶</source>
        <translation>&amp;Nein, nichts davon ▶</translation>
    </message>
    <message>
        <source>See the &amp;result ▶</source>
        <translation>Zum &amp;Ergebnis ▶</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>SessionAudio</name>
    <message>
        <source>The sounds could not be prepared ({0}), so this warm-up shows its cues on screen only.</source>
        <extracomment>Something the runner should know once (no sound output, an own sound replaced).</extracomment>
        <translation>Die Töne konnten nicht vorbereitet werden ({0}), daher zeigt dieses Aufwärmen seine Signale nur auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>The sound folder cannot be written ({0}); the sounds are kept in memory for this session.</source>
        <translation>In den Ton-Ordner kann nicht geschrieben werden ({0}); die Töne werden für diese Sitzung im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>No voice: {0} Settings → Voice says what to install.</source>
        <translation>Keine Stimme: {0} Unter Einstellungen → Stimme steht, was du installieren musst.</translation>
    </message>
    <message>
        <source>The sound for “{0}” could not be loaded: {1}</source>
        <translation>Der Ton für „{0}“ konnte nicht geladen werden: {1}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings could not be saved to {0}. Changes are used until you quit.</source>
        <extracomment>Far more than any settings file the app writes (about 2 KB); a bigger one is not ours. &quot;Restore defaults&quot; resets it. Window geometry is remembered state, not a preference. How cues are played: &quot;stream&quot; (one open output, every sound at its exact sample) or &quot;effects&quot; (the older QSoundEffect per kind, kept for comparison). Not in the dialog. Play every sound this many milliseconds early, to cancel an output&apos;s delay (Bluetooth). Without a voice for the interface language: English lines in an English voice, or silence. The interface language (a code of i18n/languages.py), &quot;&quot; for the system&apos;s; read at start-up. The version of the first-run disclaimer the runner accepted (0: none yet); see gui/dialogs/disclaimer.py. A preference changed (the key&apos;s name, e.g. ``&quot;sounds/volume&quot;``); read it with ``get``. Saving failed (a message for the runner); the new values stay in use for this run. What was wrong with the file when it was loaded, one message each, for the runner. None while the file is left alone for the session (it could not be read).</extracomment>
        <translation>Deine Einstellungen konnten nicht in {0} gespeichert werden. Änderungen gelten, bis du die App beendest.</translation>
    </message>
    <message>
        <source>Your settings file {0} could not be read ({1}), so the defaults are in use for this session. The file was left as it is, and changes are not saved to it.</source>
        <translation>Deine Einstellungsdatei {0} konnte nicht gelesen werden ({1}), daher gelten für diese Sitzung die Standardwerte. Die Datei bleibt unverändert, und Änderungen werden nicht darin gespeichert.</translation>
    </message>
    <message>
        <source>(it could not be moved aside: {0})</source>
        <translation>(sie konnte nicht beiseitegelegt werden: {0})</translation>
    </message>
    <message>
        <source>The damaged file was kept as {0}.</source>
        <translation>Die beschädigte Datei wurde als {0} aufbewahrt.</translation>
    </message>
    <message>
        <source>Your settings file could not be read, so the defaults are in use. {0}</source>
        <translation>Deine Einstellungsdatei konnte nicht gelesen werden, daher gelten die Standardwerte. {0}</translation>
    </message>
    <message>
        <source>Some settings had values the app cannot use and were reset: {0}.</source>
        <translation>Einige Einstellungen hatten Werte, die die App nicht verwenden kann, und wurden zurückgesetzt: {0}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>The form&apos;s values were stored (OK or Apply).</extracomment>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Sounds</source>
        <extracomment>Shows a problem to the runner; replaced in tests (no modal boxes there). The tap-to-calibrate dialog while it is open. Asks for a sound file; replaced in tests.</extracomment>
        <translation>&amp;Töne</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>&amp;Stimme</translation>
    </message>
    <message>
        <source>&amp;Timing</source>
        <translation>&amp;Zeiten</translation>
    </message>
    <message>
        <source>&amp;Look</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Vol&amp;ume:</source>
        <translation>&amp;Lautstärke:</translation>
    </message>
    <message>
        <source>Sound for {0}</source>
        <translation>Ton für {0}</translation>
    </message>
    <message>
        <source>▶ Preview</source>
        <translation>▶ Anhören</translation>
    </message>
    <message>
        <source>Preview the {0} sound</source>
        <translation>Ton für {0} anhören</translation>
    </message>
    <message>
        <source>Play this sound now</source>
        <translation>Diesen Ton jetzt abspielen</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Play sounds early by</source>
        <translation>Töne vorziehen um</translation>
    </message>
    <message>
        <source>Bluetooth headphones play sound late, often by 100 to 300 ms. Every cue sound is played this much earlier to make up for it.</source>
        <translation>Bluetooth-Kopfhörer spielen Töne verzögert ab, oft um 100 bis 300 ms. Jeder Signalton wird um diesen Wert früher abgespielt, um das auszugleichen.</translation>
    </message>
    <message>
        <source>Play sounds &amp;early by:</source>
        <translation>Töne &amp;vorziehen um:</translation>
    </message>
    <message>
        <source>C&amp;alibrate…</source>
        <translation>&amp;Kalibrieren…</translation>
    </message>
    <message>
        <source>Calibrate the sound delay by tapping</source>
        <translation>Tonverzögerung durch Tippen kalibrieren</translation>
    </message>
    <message>
        <source>Tap along to a few clicks and the app suggests how early to play sounds.</source>
        <translation>Tipp zu ein paar Klicks mit, und die App schlägt vor, wie viel früher die Töne kommen sollen.</translation>
    </message>
    <message>
        <source>Each cue has its own sound, so you know what happened without looking.</source>
        <translation>Jedes Signal hat seinen eigenen Ton, so weißt du ohne hinzusehen, was passiert ist.</translation>
    </message>
    <message>
        <source>&amp;Say each step&apos;s name and what comes next</source>
        <translation>Jede Übung und die nächste &amp;ansagen</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Sprechtempo</translation>
    </message>
    <message>
        <source>Much faster</source>
        <translation>Viel schneller</translation>
    </message>
    <message>
        <source>&amp;Test voice</source>
        <translation>Stimme t&amp;esten</translation>
    </message>
    <message>
        <source>Test the voice</source>
        <translation>Stimme testen</translation>
    </message>
    <message>
        <source>V&amp;oice:</source>
        <translation>St&amp;imme:</translation>
    </message>
    <message>
        <source>Speaking &amp;rate:</source>
        <translation>Sp&amp;rechtempo:</translation>
    </message>
    <message>
        <source>Speak English</source>
        <translation>Auf Englisch ansagen</translation>
    </message>
    <message>
        <source>No announcements</source>
        <translation>Keine Ansagen</translation>
    </message>
    <message>
        <source>Without a voice for your language</source>
        <translation>Ohne Stimme für deine Sprache</translation>
    </message>
    <message>
        <source>Without a voice for your &amp;language:</source>
        <translation>&amp;Ohne Stimme für deine Sprache:</translation>
    </message>
    <message>
        <source>The voice never talks over a countdown. Without a speech engine the app shows the next step on screen only.</source>
        <translation>Die Stimme spricht nie in einen Countdown hinein. Ohne Sprachausgabe zeigt die App die nächste Übung nur auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>As set in the routine</source>
        <translation>Wie im Programm festgelegt</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Get-ready time before the first step</source>
        <translation>Vorbereitungszeit vor der ersten Übung</translation>
    </message>
    <message>
        <source>The lowest value keeps each routine&apos;s own get-ready time.</source>
        <translation>Beim niedrigsten Wert behält jedes Programm seine eigene Vorbereitungszeit.</translation>
    </message>
    <message>
        <source>No countdown</source>
        <translation>Kein Countdown</translation>
    </message>
    <message>
        <source>Countdown beeps before each step</source>
        <translation>Countdown-Pieptöne vor jeder Übung</translation>
    </message>
    <message>
        <source> steps/min</source>
        <translation> Schritte/min</translation>
    </message>
    <message>
        <source>Your usual running cadence</source>
        <translation>Deine übliche Schrittfrequenz</translation>
    </message>
    <message>
        <source>Metronome above your cadence</source>
        <translation>Metronom über deiner Schrittfrequenz</translation>
    </message>
    <message>
        <source>&amp;Get-ready time:</source>
        <translation>Vor&amp;bereitungszeit:</translation>
    </message>
    <message>
        <source>&amp;Countdown before each step:</source>
        <translation>&amp;Countdown vor jeder Übung:</translation>
    </message>
    <message>
        <source>Your usual &amp;cadence:</source>
        <translation>Übliche Schritt&amp;frequenz:</translation>
    </message>
    <message>
        <source>&amp;Metronome above it:</source>
        <translation>&amp;Metronom darüber:</translation>
    </message>
    <message>
        <source>Raise your cadence a little at a time (5 to 10 %). Timing changes apply from the next start.</source>
        <translation>Steigere deine Schrittfrequenz nach und nach (um 5 bis 10 %). Änderungen an den Zeiten gelten ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Start in &amp;full screen</source>
        <translation>Im V&amp;ollbild starten</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>Bewegt</translation>
    </message>
    <message>
        <source>Still (no motion)</source>
        <translation>Standbild (ohne Bewegung)</translation>
    </message>
    <message>
        <source>Off (cue lines only)</source>
        <translation>Aus (nur Kurzhinweise)</translation>
    </message>
    <message>
        <source>Exercise figures</source>
        <translation>Übungsfiguren</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>Farbsc&amp;hema:</translation>
    </message>
    <message>
        <source>&amp;Exercise figures:</source>
        <translation>&amp;Übungsfiguren:</translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation>Systemsprache ({0})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Restart Warm-up Timer to see the new language.</source>
        <translation>Starte Warm-up Timer neu, um die neue Sprache zu sehen.</translation>
    </message>
    <message>
        <source>Text follows your system&apos;s font size, and a high-contrast system setting gives the timer high-contrast colours.</source>
        <translation>Der Text folgt der Schriftgröße deines Systems, und eine Hochkontrast-Einstellung im System gibt dem Timer kontrastreiche Farben.</translation>
    </message>
    <message>
        <source>Countdown (3, 2, 1)</source>
        <translation>Countdown (3, 2, 1)</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Los</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>Halbzeit</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seitenwechsel</translation>
    </message>
    <message>
        <source>New part</source>
        <translation>Neuer Teil</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Metronome click</source>
        <translation>Metronom-Klick</translation>
    </message>
    <message>
        <source>This setting could not be saved: {0}</source>
        <translation>Diese Einstellung konnte nicht gespeichert werden: {0}</translation>
    </message>
    <message>
        <source>Defaults restored in the form; press OK or Apply to keep them.</source>
        <translation>Standardwerte im Formular wiederhergestellt; drück OK oder Anwenden, um sie zu übernehmen.</translation>
    </message>
    <message>
        <source>Built-in sound</source>
        <translation>Integrierter Ton</translation>
    </message>
    <message>
        <source>Own: {0}</source>
        <translation>Eigener: {0}</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <source>WAV sounds (*.wav)</source>
        <translation>WAV-Töne (*.wav)</translation>
    </message>
    <message>
        <source>Choose a sound for {0}</source>
        <translation>Ton für {0} auswählen</translation>
    </message>
    <message>
        <source>The suggested delay is in the form; press OK or Apply to keep it.</source>
        <translation>Die vorgeschlagene Verzögerung steht im Formular; drück OK oder Anwenden, um sie zu übernehmen.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>{0} (not available)</source>
        <translation>{0} (nicht verfügbar)</translation>
    </message>
    <message>
        <source>Much slower</source>
        <translation>Viel langsamer</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Langsamer</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Schneller</translation>
    </message>
    <message>
        <source>Next: Deep lunge stretch, left side</source>
        <translation>Als Nächstes: Ausfallschrittdehnung, linke Seite</translation>
    </message>
    <message>
        <source>The metronome clicks {0:.0f} times a minute.</source>
        <translation>Das Metronom klickt {0:.0f}-mal pro Minute.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>PAUSED</source>
        <translation>PAUSIERT</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Verbleibende Zeit dieser Übung</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Aktuelle Übung</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächste Übung</translation>
    </message>
    <message>
        <source>Skipped to the end</source>
        <translation>Zum Ende gesprungen</translation>
    </message>
    <message>
        <source>Warm-up complete. Have a good run!</source>
        <translation>Aufwärmen geschafft. Viel Spaß beim Laufen!</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>Danach: {0}</translation>
    </message>
    <message>
        <source>Next: finish</source>
        <translation>Danach: Ende</translation>
    </message>
    <message>
        <source>Ready. Press Space to start</source>
        <translation>Bereit. Leertaste zum Starten</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Paused: </source>
        <translation>Pausiert: </translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Mach dich bereit</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seitenwechsel</translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation>In Position gehen</translation>
    </message>
    <message>
        <source>Work · {0} · step {1} of {2}</source>
        <translation>Aktiv · {0} · Übung {1} von {2}</translation>
    </message>
    <message>
        <source>◀ LEFT {0}</source>
        <translation>◀ {0}: LINKS</translation>
    </message>
    <message>
        <source>RIGHT {0} ▶</source>
        <translation>{0}: RECHTS ▶</translation>
    </message>
    <message>
        <source>Go!</source>
        <translation>Los!</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>Halbzeit</translation>
    </message>
    <message>
        <source>Done!</source>
        <translation>Geschafft!</translation>
    </message>
</context>
<context>
    <name>StepAnnouncer</name>
    <message>
        <source>Stopped.</source>
        <extracomment>Every message announced, in order (what a screen reader was told).</extracomment>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>Warm-up complete. Have a good run!</source>
        <translation>Aufwärmen geschafft. Viel Spaß beim Laufen!</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Pausiert.</translation>
    </message>
    <message>
        <source>Get ready, {0}. First: {1}.</source>
        <translation>Mach dich bereit, {0}. Zuerst: {1}.</translation>
    </message>
    <message>
        <source>Switch sides, {0}. Next: {1}.</source>
        <translation>Seitenwechsel, {0}. Danach: {1}.</translation>
    </message>
    <message>
        <source>Next exercise in {0}: {1}.</source>
        <translation>Nächste Übung in {0}: {1}.</translation>
    </message>
    <message>
        <source>{0}. {1}.</source>
        <translation>{0}. Noch {1}.</translation>
    </message>
    <message>
        <source>Resumed. {0}</source>
        <translation>Fortgesetzt. {0}</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>Step name:</source>
        <translation>Name der Übung:</translation>
    </message>
    <message>
        <source>e.g. Easy jog</source>
        <translation>z. B. Lockerer Trab</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Per side: run it left, then right (duration is per side)</source>
        <translation>Je Seite: erst links, dann rechts (Dauer gilt je Seite)</translation>
    </message>
    <message>
        <source>Switch sides:</source>
        <translation>Seitenwechsel:</translation>
    </message>
    <message>
        <source>Reps:</source>
        <translation>Wiederholungen:</translation>
    </message>
    <message>
        <source>e.g. 8-10 slow reps each side</source>
        <translation>z. B. 8–10 langsame Wdh. je Seite</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Anleitung:</translation>
    </message>
    <message>
        <source>How to do it, in a few words</source>
        <translation>Wie es geht, in wenigen Worten</translation>
    </message>
    <message>
        <source>Metronome: cadence clicks during this step</source>
        <translation>Metronom: Schrittfrequenz-Klicks während dieser Übung</translation>
    </message>
    <message>
        <source>Step total:</source>
        <translation>Übung gesamt:</translation>
    </message>
    <message>
        <source>No figure</source>
        <translation>Keine Figur</translation>
    </message>
    <message>
        <source>Figure:</source>
        <translation>Figur:</translation>
    </message>
    <message>
        <source>Up to 3 short cues, one per line, shown large beside the figure</source>
        <translation>Bis zu 3 kurze Hinweise, einer pro Zeile, groß neben der Figur angezeigt</translation>
    </message>
    <message>
        <source>Cue lines:</source>
        <translation>Kurzhinweise:</translation>
    </message>
    <message>
        <source>Step {0} of {1} in “{2}”</source>
        <translation>Übung {0} von {1} in „{2}“</translation>
    </message>
    <message>
        <source>{0} (left {1}, switch {2}, right {1})</source>
        <translation>{0} (links {1}, Wechsel {2}, rechts {1})</translation>
    </message>
</context>
<context>
    <name>StreamPlayer</name>
    <message>
        <source>This sound could not be played: %1</source>
        <extracomment>The first retry after a loss comes after Qt&apos;s own reconnect: when the sound server dies, Qt&apos;s PulseAudio backend drops its context and tries again 3 s later; a sink made in between aborts the whole process (libpulse&apos;s assertion in pa_context_get_state). Past that attempt a new sink connects afresh, but only to a server that is there (``sound_server_reachable``). Every sound is placed this long after its time on the monotonic clock. A block may be rendered up to a buffer ahead of being queued behind another buffer, so a cue due at once (the first tick at Start, a &quot;go&quot; after a skip) would land wherever the next block starts; with this margin it lands at its exact sample like every other cue, and all are heard with the same constant delay. An underrun the output reports re-anchors the sounds at once (``FrameClock.gap``); past this, a disagreement with the output&apos;s report does too (a stall, a device change). Less than this is the report&apos;s own noise and shifts (measured up to 50 ms), not what is heard. The sink&apos;s state changed (``QtAudio.State``, ``QtAudio.Error``): rare, never per block. The output went away mid-run (message), or came back (empty message).</extracomment>
        <translation>Dieser Ton konnte nicht abgespielt werden: %1</translation>
    </message>
    <message>
        <source>The sound output stopped. Cues are shown on screen; sound resumes when it is back.</source>
        <translation>Die Tonausgabe ist ausgefallen. Signale werden auf dem Bildschirm angezeigt; der Ton kommt wieder, sobald die Ausgabe zurück ist.</translation>
    </message>
    <message>
        <source>No sound output was found. Cues will be shown on screen only.</source>
        <translation>Es wurde keine Tonausgabe gefunden. Signale werden nur auf dem Bildschirm angezeigt.</translation>
    </message>
</context>
<context>
    <name>StructureTree</name>
    <message>
        <source>Parts and steps</source>
        <extracomment>The selected item changed (target). A dragged part should move: (from index, to index counted after taking it out). A dragged step should move: ((part, index), (part, index after taking it out)).</extracomment>
        <translation>Teile und Übungen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>(unnamed part)</source>
        <translation>(unbenannter Teil)</translation>
    </message>
    <message>
        <source>  · {0} between steps</source>
        <translation>  · {0} zwischen Übungen</translation>
    </message>
    <message>
        <source>(unnamed step)</source>
        <translation>(unbenannte Übung)</translation>
    </message>
    <message>
        <source>  · each side</source>
        <translation>  · je Seite</translation>
    </message>
    <message>
        <source>has a problem</source>
        <translation>hat ein Problem</translation>
    </message>
</context>
<context>
    <name>SuggestionOffer</name>
    <message>
        <source>Choose a routine on the Warm-up tab to see what would change.</source>
        <extracomment>Results that leave room for a warm-up today. Accepted or not any more.</extracomment>
        <translation>Wähle im Tab „Aufwärmen“ ein Programm, um zu sehen, was sich ändern würde.</translation>
    </message>
    <message>
        <source>This routine has no easy-jog step in its first part, so nothing would change.</source>
        <translation>Dieses Programm hat im ersten Teil keinen lockeren Trab, daher würde sich nichts ändern.</translation>
    </message>
    <message>
        <source>The metronome is already on for the jog in this routine.</source>
        <translation>Das Metronom ist beim Trab in diesem Programm schon eingeschaltet.</translation>
    </message>
    <message>
        <source>This routine has no easy-jog step, so nothing would change.</source>
        <translation>Dieses Programm hat keinen lockeren Trab, daher würde sich nichts ändern.</translation>
    </message>
    <message>
        <source>{step} {before} → {after}; total {total_before} → {total_after}</source>
        <translation>{step} {before} → {after}; gesamt {total_before} → {total_after}</translation>
    </message>
    <message>
        <source>(longer than the recommended 15-20 min)</source>
        <translation>(länger als die empfohlenen 15–20 min)</translation>
    </message>
    <message>
        <source>Metronome on for: {steps}</source>
        <translation>Metronom an für: {steps}</translation>
    </message>
</context>
<context>
    <name>TryRunDialog</name>
    <message>
        <source>Try: {0}</source>
        <extracomment>Makes the trial&apos;s driver for a speed (replaced in tests by one on a fake clock). Builds the view a trial is shown in, around the trial&apos;s own controller.</extracomment>
        <translation>Ausprobieren: {0}</translation>
    </message>
    <message>
        <source> ({0}x speed)</source>
        <translation> ({0}-faches Tempo)</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>speech engine %1 is not installed</source>
        <extracomment>Qt&apos;s test engine: speaks nothing, keeps time. Never chosen on its own. Names the engine for this process: &quot;auto&quot; (the default), &quot;none&quot;, or an engine name. The tests set it to &quot;mock&quot;; a runner can set &quot;none&quot; to keep speech-dispatcher out of the app entirely. espeak-ng (through speech-dispatcher) lists &quot;English (Caribbean)&quot; first for en_US; the country&apos;s own voice is what a runner there expects. The country whose voice a language&apos;s speakers expect when theirs is not listed first. No usable engine (message for the user). Emitted once per engine choice. True when speech starts, False when it ends (or is stopped, or fails).</extracomment>
        <translation>Sprachausgabe %1 ist nicht installiert</translation>
    </message>
    <message>
        <source>%1 has no voice for %2</source>
        <translation>%1 hat keine Stimme für %2</translation>
    </message>
    <message>
        <source>Voice announcements are switched off.</source>
        <translation>Sprachansagen sind ausgeschaltet.</translation>
    </message>
    <message>
        <source>No speech engine could be started (%1).</source>
        <translation>Es konnte keine Sprachausgabe gestartet werden (%1).</translation>
    </message>
    <message>
        <source>No speech engine is installed.</source>
        <translation>Es ist keine Sprachausgabe installiert.</translation>
    </message>
    <message>
        <source>The speech engine has no voice for {0}.</source>
        <translation>Die Sprachausgabe hat keine Stimme für {0}.</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu, install the speech engine and its voices with:
sudo apt install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng
then restart Warm-up Timer.</source>
        <translation>Unter Debian oder Ubuntu installierst du die Sprachausgabe und ihre Stimmen mit:
sudo apt install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng
Starte danach Warm-up Timer neu.</translation>
    </message>
    <message>
        <source>The speech engine stopped working (%1).</source>
        <translation>Die Sprachausgabe funktioniert nicht mehr (%1).</translation>
    </message>
</context>
<context>
    <name>VoicePreview</name>
    <message>
        <source>No speech engine is available.</source>
        <translation>Es ist keine Sprachausgabe verfügbar.</translation>
    </message>
    <message>
        <source>The voice {0} is not available now.</source>
        <translation>Die Stimme {0} ist gerade nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <source>No warm-ups finished yet.</source>
        <translation>Noch keine Aufwärmeinheiten abgeschlossen.</translation>
    </message>
    <message>
        <source>Warm-ups per week</source>
        <translation>Aufwärmeinheiten pro Woche</translation>
    </message>
    <message>
        <source>Chart of warm-ups per week</source>
        <translation>Diagramm der Aufwärmeinheiten pro Woche</translation>
    </message>
    <message>
        <source>Warm-ups</source>
        <translation>Aufwärmeinheiten</translation>
    </message>
    <message numerus="yes">
        <source>%n warm-ups this week</source>
        <translation>
            <numerusform>%n Aufwärmeinheit diese Woche</numerusform>
            <numerusform>%n Aufwärmeinheiten diese Woche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>Log folder</source>
        <translation>Protokollordner</translation>
    </message>
    <message>
        <source>The log files are in:
{0}</source>
        <translation>Die Protokolldateien liegen in:
{0}</translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <source>Brisk walk</source>
        <translation>Zügiges Gehen</translation>
    </message>
    <message>
        <source>Easy jog</source>
        <translation>Lockerer Trab</translation>
    </message>
    <message>
        <source>Strides</source>
        <translation>Steigerungen</translation>
    </message>
    <message>
        <source>Walk back</source>
        <translation>Zurückgehen</translation>
    </message>
    <message>
        <source>Deep lunge</source>
        <translation>Ausfallschritt</translation>
    </message>
    <message>
        <source>Standing quad</source>
        <translation>Quadrizeps im Stand</translation>
    </message>
    <message>
        <source>Standing adductor</source>
        <translation>Adduktoren im Stand</translation>
    </message>
    <message>
        <source>Standing TFL</source>
        <translation>TFL im Stand</translation>
    </message>
    <message>
        <source>Lying glute</source>
        <translation>Gesäß im Liegen</translation>
    </message>
    <message>
        <source>Standing calf</source>
        <translation>Wade im Stand</translation>
    </message>
    <message>
        <source>side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>leg forward</source>
        <translation>Vorderes Bein</translation>
    </message>
    <message>
        <source>heel to buttock</source>
        <translation>Ferse zum Po</translation>
    </message>
    <message>
        <source>knee bends</source>
        <translation>Gebeugtes Knie</translation>
    </message>
    <message>
        <source>leg crosses behind</source>
        <translation>Gekreuztes Bein</translation>
    </message>
    <message>
        <source>ankle across</source>
        <translation>Aufgelegter Knöchel</translation>
    </message>
    <message>
        <source>leg back</source>
        <translation>Hinteres Bein</translation>
    </message>
</context>
<context>
    <name>routine</name>
    <message>
        <source>Pre-run warm-up</source>
        <translation>Aufwärmen vor dem Lauf</translation>
    </message>
    <message>
        <source>An easy walk and jog, then six dynamic stretches, each on both sides, before an everyday run.</source>
        <translation>Lockeres Gehen und Traben, dann sechs dynamische Dehnübungen, jeweils auf beiden Seiten – vor einem ganz normalen Lauf.</translation>
    </message>
    <message>
        <source>Jog</source>
        <translation>Einlaufen</translation>
    </message>
    <message>
        <source>Brisk walk</source>
        <translation>Zügiges Gehen</translation>
    </message>
    <message>
        <source>Walk briskly with loose, swinging arms to ease into movement.</source>
        <translation>Geh zügig und lass die Arme locker mitschwingen, um in Bewegung zu kommen.</translation>
    </message>
    <message>
        <source>Brisk steps, loose swinging arms</source>
        <translation>Zügige Schritte, Arme locker schwingen</translation>
    </message>
    <message>
        <source>Easy jog</source>
        <translation>Lockerer Trab</translation>
    </message>
    <message>
        <source>Easy, conversational effort (about 3-4 out of 10): you could talk in full sentences. Shoulders relaxed, steps light.</source>
        <translation>Lockere Belastung, bei der du dich noch unterhalten kannst (etwa 3–4 von 10): Du könntest in ganzen Sätzen sprechen. Schultern locker, Schritte leicht.</translation>
    </message>
    <message>
        <source>Easy pace: you could still talk</source>
        <translation>Lockeres Tempo: Reden geht noch</translation>
    </message>
    <message>
        <source>Shoulders relaxed, steps light</source>
        <translation>Schultern locker, Schritte leicht</translation>
    </message>
    <message>
        <source>Dynamic stretches</source>
        <translation>Dynamisches Dehnen</translation>
    </message>
    <message>
        <source>Deep lunge stretch</source>
        <translation>Ausfallschrittdehnung</translation>
    </message>
    <message>
        <source>8-10 slow reps each side</source>
        <translation>8–10 langsame Wdh. je Seite</translation>
    </message>
    <message>
        <source>Long step forward, front knee over the ankle, back knee down or just off the floor. Tuck your pelvis, squeeze the buttock (glute) of the back leg and rock your hips forward for 2 s, back for 2 s. Start small, widen bit by bit; no bouncing, no pain.</source>
        <translation>Großer Schritt nach vorn, vorderes Knie über dem Knöchel, hinteres Knie am Boden oder knapp darüber. Richte das Becken auf, spann den Gesäßmuskel des hinteren Beins an und schieb die Hüfte 2 s nach vorn, 2 s zurück. Klein anfangen, nach und nach weiter werden; nicht wippen, keine Schmerzen.</translation>
    </message>
    <message>
        <source>Long step, front knee over ankle</source>
        <translation>Großer Schritt, Knie über Knöchel</translation>
    </message>
    <message>
        <source>Back knee down, pelvis tucked</source>
        <translation>Hinteres Knie ab, Becken aufrichten</translation>
    </message>
    <message>
        <source>Rock hips forward 2 s, back 2 s</source>
        <translation>Hüfte 2 s nach vorn, 2 s zurück</translation>
    </message>
    <message>
        <source>Standing quad stretch</source>
        <translation>Quadrizepsdehnung im Stand</translation>
    </message>
    <message>
        <source>Hold a support and bring this heel towards your buttock, knees together, thigh pointing down, torso tall without arching. Draw the heel in for 2-3 s, then release. Start gently, widen bit by bit; no bouncing, no pain.</source>
        <translation>Halt dich irgendwo fest und zieh diese Ferse Richtung Po, Knie zusammen, Oberschenkel zeigt nach unten, Oberkörper aufrecht, ohne Hohlkreuz. Zieh die Ferse 2–3 s heran, dann lös die Spannung. Sanft anfangen, nach und nach weiter werden; nicht wippen, keine Schmerzen.</translation>
    </message>
    <message>
        <source>Hold a support, stand tall</source>
        <translation>Festhalten, aufrecht stehen</translation>
    </message>
    <message>
        <source>Heel to buttock, knees together</source>
        <translation>Ferse zum Po, Knie zusammen</translation>
    </message>
    <message>
        <source>Draw in 2-3 s, then let go</source>
        <translation>2–3 s heranziehen, dann lösen</translation>
    </message>
    <message>
        <source>Standing adductor stretch</source>
        <translation>Adduktorendehnung im Stand</translation>
    </message>
    <message>
        <source>Stretches the adductors, the muscles of the inner thigh. Feet about twice shoulder width apart, chest up. Bend this knee over its toes, other leg straight, and shift your weight across for 2 s, back to the middle for 2 s. Start at half range; no bouncing, no pain.</source>
        <translation>Dehnt die Adduktoren, die Muskeln an der Innenseite des Oberschenkels. Füße etwa doppelt schulterbreit auseinander, Brust raus. Beug dieses Knie über die Zehen, das andere Bein bleibt gestreckt, und verlagere dein Gewicht 2 s zur Seite, 2 s zurück zur Mitte. Mit halbem Bewegungsumfang anfangen; nicht wippen, keine Schmerzen.</translation>
    </message>
    <message>
        <source>Wide stance, chest up</source>
        <translation>Breiter Stand, Brust raus</translation>
    </message>
    <message>
        <source>Bend this knee over its toes</source>
        <translation>Dieses Knie über die Zehen beugen</translation>
    </message>
    <message>
        <source>Shift across 2 s, back 2 s</source>
        <translation>Gewicht 2 s rüber, 2 s zurück</translation>
    </message>
    <message>
        <source>Standing TFL stretch</source>
        <translation>TFL-Dehnung im Stand</translation>
    </message>
    <message>
        <source>Stretches the TFL, a muscle on the outer hip. Other hand on a wall, cross this leg behind the other. Push this hip out sideways as you lean your upper body away, this arm overhead, for 2 s; come back for 2 s. Widen bit by bit; no bouncing, no pain.</source>
        <translation>Dehnt den TFL, einen Muskel an der Außenseite der Hüfte. Die andere Hand an die Wand, dieses Bein hinter dem anderen kreuzen. Schieb diese Hüfte seitlich hinaus, neig den Oberkörper zur Gegenseite und streck diesen Arm über den Kopf, 2 s lang; dann 2 s zurück. Nach und nach weiter werden; nicht wippen, keine Schmerzen.</translation>
    </message>
    <message>
        <source>Cross this leg behind the other</source>
        <translation>Dieses Bein hinter dem anderen kreuzen</translation>
    </message>
    <message>
        <source>Push hip out, lean body away</source>
        <translation>Hüfte raus, Oberkörper wegneigen</translation>
    </message>
    <message>
        <source>This arm overhead, hand on wall</source>
        <translation>Diesen Arm hoch, Hand an die Wand</translation>
    </message>
    <message>
        <source>Lying glute stretch</source>
        <translation>Gesäßdehnung im Liegen</translation>
    </message>
    <message>
        <source>Stretches the glutes, the muscles of the buttock. On your back, rest this ankle across the other thigh and draw that thigh towards your chest for 2 s, ease off for 2 s. Wet ground? Do the same figure-4 standing on one leg, holding a support. No bouncing, no pain.</source>
        <translation>Dehnt die Gesäßmuskeln. Leg dich auf den Rücken, leg diesen Knöchel quer über den anderen Oberschenkel und zieh diesen Oberschenkel 2 s Richtung Brust, dann 2 s locker lassen. Nasser Boden? Mach dieselbe „Vierer“-Haltung im Stehen auf einem Bein und halt dich dabei fest. Nicht wippen, keine Schmerzen.</translation>
    </message>
    <message>
        <source>On your back, ankle across thigh</source>
        <translation>Rückenlage, Knöchel über Oberschenkel</translation>
    </message>
    <message>
        <source>Draw that thigh towards your chest</source>
        <translation>Anderen Oberschenkel zur Brust ziehen</translation>
    </message>
    <message>
        <source>Wet ground? Same shape, standing</source>
        <translation>Nasser Boden? Gleiche Form im Stehen</translation>
    </message>
    <message>
        <source>Standing calf stretch</source>
        <translation>Wadendehnung im Stand</translation>
    </message>
    <message>
        <source>Hands on a wall, this leg back, heel down, knee straight: lean in for 2 s, out for 2 s. For the last few reps bend the back knee a little to reach the lower calf. Start gently; no bouncing, no pain.</source>
        <translation>Hände an die Wand, dieses Bein nach hinten, Ferse unten, Knie gestreckt: 2 s nach vorn lehnen, 2 s zurück. Bei den letzten Wiederholungen das hintere Knie leicht beugen, um die untere Wade zu erreichen. Sanft anfangen; nicht wippen, keine Schmerzen.</translation>
    </message>
    <message>
        <source>Hands on wall, this leg back</source>
        <translation>Hände an die Wand, dieses Bein zurück</translation>
    </message>
    <message>
        <source>Heel down, knee straight, lean in</source>
        <translation>Ferse unten, Knie gestreckt, vorlehnen</translation>
    </message>
    <message>
        <source>Last reps: bend the back knee</source>
        <translation>Zuletzt: hinteres Knie beugen</translation>
    </message>
    <message>
        <source>Quick warm-up</source>
        <translation>Kurzes Aufwärmen</translation>
    </message>
    <message>
        <source>A shorter jog and the same six dynamic stretches, for days when time is tight.</source>
        <translation>Ein kürzerer Trab und dieselben sechs dynamischen Dehnübungen, für Tage mit wenig Zeit.</translation>
    </message>
    <message>
        <source>6-8 slow reps each side</source>
        <translation>6–8 langsame Wdh. je Seite</translation>
    </message>
    <message>
        <source>Race-day warm-up</source>
        <translation>Wettkampf-Aufwärmen</translation>
    </message>
    <message>
        <source>Walk, easy jog and six dynamic stretches, finishing with four relaxed strides before the start.</source>
        <translation>Gehen, lockerer Trab und sechs dynamische Dehnübungen, zum Schluss vier lockere Steigerungsläufe vor dem Start.</translation>
    </message>
    <message>
        <source>8 slow reps each side</source>
        <translation>8 langsame Wdh. je Seite</translation>
    </message>
    <message>
        <source>Strides</source>
        <translation>Steigerungen</translation>
    </message>
    <message>
        <source>Stride 1 of 4</source>
        <translation>Steigerung 1 von 4</translation>
    </message>
    <message>
        <source>Build smoothly to a quick, relaxed pace, not a sprint. Run tall, arms loose, then ease off.</source>
        <translation>Gleichmäßig auf ein schnelles, lockeres Tempo steigern, kein Sprint. Aufrecht laufen, Arme locker, dann auslaufen lassen.</translation>
    </message>
    <message>
        <source>Build to quick and relaxed, no sprint</source>
        <translation>Schnell und locker, kein Sprint</translation>
    </message>
    <message>
        <source>Run tall, arms loose</source>
        <translation>Aufrecht laufen, Arme locker</translation>
    </message>
    <message>
        <source>Walk back</source>
        <translation>Zurückgehen</translation>
    </message>
    <message>
        <source>Walk back easily and let your breathing settle.</source>
        <translation>Geh locker zurück und lass deine Atmung zur Ruhe kommen.</translation>
    </message>
    <message>
        <source>Easy walk, let your breathing settle</source>
        <translation>Locker gehen, Atmung beruhigen</translation>
    </message>
    <message>
        <source>Stride 2 of 4</source>
        <translation>Steigerung 2 von 4</translation>
    </message>
    <message>
        <source>Stride 3 of 4</source>
        <translation>Steigerung 3 von 4</translation>
    </message>
    <message>
        <source>Stride 4 of 4</source>
        <translation>Steigerung 4 von 4</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Steigerung</translation>
    </message>
</context>
<context>
    <name>selfcheck</name>
    <message>
        <source>Warning signs</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>Answer these first. A yes to any of them comes before everything else in the result.</source>
        <translation>Beantworte diese Fragen zuerst. Ein Ja bei einer davon hat im Ergebnis Vorrang vor allem anderen.</translation>
    </message>
    <message>
        <source>Health screen</source>
        <translation>Gesundheitsfragen</translation>
    </message>
    <message>
        <source>Questions to answer before starting or stepping up an exercise routine.</source>
        <translation>Fragen, die du beantworten solltest, bevor du ein Trainingsprogramm beginnst oder steigerst.</translation>
    </message>
    <message>
        <source>How your legs feel</source>
        <translation>Wie sich deine Beine anfühlen</translation>
    </message>
    <message>
        <source>Tick what you feel today.</source>
        <translation>Kreuz an, was du heute spürst.</translation>
    </message>
    <message>
        <source>What might be adding to it</source>
        <translation>Was dazu beitragen könnte</translation>
    </message>
    <message>
        <source>Tick anything that applies to you at the moment.</source>
        <translation>Kreuz alles an, was im Moment auf dich zutrifft.</translation>
    </message>
    <message>
        <source>Do you have chest pain, pressure or tightness, perhaps spreading to your arm, jaw or neck?</source>
        <translation>Hast du Schmerzen, Druck oder ein Engegefühl in der Brust, vielleicht mit Ausstrahlung in Arm, Kiefer oder Hals?</translation>
    </message>
    <message>
        <source>Chest pain, pressure or tightness can come from the heart and needs emergency help.</source>
        <translation>Schmerzen, Druck oder Engegefühl in der Brust können vom Herzen kommen und erfordern sofortige Notfallhilfe.</translation>
    </message>
    <message>
        <source>Did you suddenly become short of breath, get a sharp pain in your chest each time you breathe in, or cough up blood?</source>
        <translation>Hast du plötzlich Atemnot bekommen, spürst du bei jedem Einatmen einen stechenden Schmerz in der Brust, oder hast du Blut gehustet?</translation>
    </message>
    <message>
        <source>Sudden breathlessness, sharp chest pain on breathing in or coughing up blood can mean a clot in the lungs and needs emergency help.</source>
        <translation>Plötzliche Atemnot, stechende Brustschmerzen beim Einatmen oder Bluthusten können auf ein Blutgerinnsel in der Lunge (Lungenembolie) hindeuten und erfordern sofortige Notfallhilfe.</translation>
    </message>
    <message>
        <source>A side stitch (a cramp low in the side that eases when you slow down) is not this.</source>
        <translation>Seitenstechen (ein Krampf unten in der Seite, der nachlässt, wenn du langsamer wirst) ist damit nicht gemeint.</translation>
    </message>
    <message>
        <source>Did you faint, or nearly faint, during or just after exercise today?</source>
        <translation>Bist du heute während oder kurz nach dem Training ohnmächtig oder beinahe ohnmächtig geworden?</translation>
    </message>
    <message>
        <source>Fainting or nearly fainting during or just after exercise needs emergency help.</source>
        <translation>Eine Ohnmacht oder Beinahe-Ohnmacht während oder kurz nach dem Training erfordert sofortige Notfallhilfe.</translation>
    </message>
    <message>
        <source>Is your heartbeat racing or irregular, and not settling when you stop?</source>
        <translation>Rast dein Herz oder schlägt es unregelmäßig, und beruhigt es sich nicht, wenn du aufhörst?</translation>
    </message>
    <message>
        <source>A racing or irregular heartbeat that does not settle needs emergency help.</source>
        <translation>Herzrasen oder ein unregelmäßiger Herzschlag, der sich nicht beruhigt, erfordert sofortige Notfallhilfe.</translation>
    </message>
    <message>
        <source>Do you have sudden numbness or weakness on one side of your body, a drooping face, or trouble speaking?</source>
        <translation>Hast du plötzlich ein Taubheitsgefühl oder Schwäche auf einer Körperseite, eine herabhängende Gesichtshälfte oder Probleme beim Sprechen?</translation>
    </message>
    <message>
        <source>Sudden numbness or weakness on one side, a drooping face or trouble speaking can be a stroke and needs emergency help.</source>
        <translation>Plötzliche Taubheit oder Schwäche auf einer Seite, eine herabhängende Gesichtshälfte oder Probleme beim Sprechen können ein Schlaganfall sein und erfordern sofortige Notfallhilfe.</translation>
    </message>
    <message>
        <source>In the heat, are you confused, or have you collapsed or been vomiting?</source>
        <translation>Bist du in der Hitze verwirrt, bist du zusammengebrochen oder hast du dich übergeben?</translation>
    </message>
    <message>
        <source>Confusion or collapse in the heat can be heatstroke and needs emergency help. Get into the shade and cool down while you wait.</source>
        <translation>Verwirrtheit oder ein Zusammenbruch in der Hitze können ein Hitzschlag sein und erfordern sofortige Notfallhilfe. Geh in den Schatten und kühl dich ab, während du wartest.</translation>
    </message>
    <message>
        <source>The skin is usually hot, and may be sweaty or dry: confusion or collapse is the sign that matters.</source>
        <translation>Die Haut ist meist heiß und kann verschwitzt oder trocken sein: Entscheidend sind Verwirrtheit oder Zusammenbruch.</translation>
    </message>
    <message>
        <source>In one leg only: is the calf or thigh swollen, throbbing or cramping, or is the skin warm, red or darker than usual?</source>
        <translation>Nur in einem Bein: Ist die Wade oder der Oberschenkel geschwollen, pochend oder verkrampft, oder ist die Haut warm, gerötet oder dunkler als sonst?</translation>
    </message>
    <message>
        <source>Swelling, throbbing pain or warm, red or darker skin in one leg can be a blood clot (deep-vein thrombosis). Do not massage the leg.</source>
        <translation>Schwellung, pochender Schmerz oder warme, gerötete oder dunklere Haut in einem Bein können ein Blutgerinnsel sein (tiefe Venenthrombose). Massiere das Bein nicht.</translation>
    </message>
    <message>
        <source>More likely after a long journey, surgery, being laid up, the contraceptive pill or HRT, or during pregnancy.</source>
        <translation>Wahrscheinlicher nach einer langen Reise, einer Operation, längerer Bettlägerigkeit, unter der Antibabypille oder einer Hormonersatztherapie oder in der Schwangerschaft.</translation>
    </message>
    <message>
        <source>After hard exercise, is your urine dark like cola or tea, or is there very little of it, with severe muscle pain or weakness?</source>
        <translation>Ist dein Urin nach hartem Training dunkel wie Cola oder Tee oder sehr spärlich, und hast du dabei starke Muskelschmerzen oder Muskelschwäche?</translation>
    </message>
    <message>
        <source>Dark or scanty urine with severe muscle pain or weakness after hard exercise can mean muscle breakdown (rhabdomyolysis), which can harm the kidneys.</source>
        <translation>Dunkler oder spärlicher Urin mit starken Muskelschmerzen oder Muskelschwäche nach hartem Training kann auf einen Muskelzerfall (Rhabdomyolyse) hindeuten, der die Nieren schädigen kann.</translation>
    </message>
    <message>
        <source>Has a leg suddenly turned cold, pale or numb, or become very painful?</source>
        <translation>Ist ein Bein plötzlich kalt, blass oder taub geworden, oder sehr schmerzhaft?</translation>
    </message>
    <message>
        <source>A leg that suddenly turns cold, pale, numb or very painful may have lost its blood supply: go to an emergency department now.</source>
        <translation>Ein Bein, das plötzlich kalt, blass, taub oder sehr schmerzhaft wird, ist möglicherweise nicht mehr durchblutet: Geh sofort in eine Notaufnahme.</translation>
    </message>
    <message>
        <source>Are you unable to put weight on your leg?</source>
        <translation>Kannst du dein Bein nicht belasten?</translation>
    </message>
    <message>
        <source>Not being able to put weight on a leg needs checking today, for example for a fracture.</source>
        <translation>Wenn du ein Bein nicht belasten kannst, muss das noch heute untersucht werden, zum Beispiel auf einen Knochenbruch.</translation>
    </message>
    <message>
        <source>Do you have leg pain together with a fever, or redness that is spreading?</source>
        <translation>Hast du Beinschmerzen zusammen mit Fieber oder einer Rötung, die sich ausbreitet?</translation>
    </message>
    <message>
        <source>Leg pain with a fever or spreading redness can be an infection.</source>
        <translation>Beinschmerzen mit Fieber oder sich ausbreitender Rötung können eine Infektion sein.</translation>
    </message>
    <message>
        <source>Does leg pain come on at about the same time or distance in each run?</source>
        <translation>Treten die Beinschmerzen bei jedem Lauf ungefähr nach der gleichen Zeit oder Strecke auf?</translation>
    </message>
    <message>
        <source>Pain that starts at a predictable point in a run can be pressure building up inside a muscle (exertional compartment syndrome).</source>
        <translation>Schmerzen, die an einem vorhersehbaren Punkt im Lauf beginnen, können auf steigenden Druck in einem Muskel hindeuten (belastungsinduziertes Kompartmentsyndrom).</translation>
    </message>
    <message>
        <source>It often eases 10 to 20 minutes after you stop.</source>
        <translation>Sie lassen oft 10 bis 20 Minuten nach dem Aufhören nach.</translation>
    </message>
    <message>
        <source>While you run, does a muscle in your leg become tight or burning, or your foot go numb, until you have to slow down or stop?</source>
        <translation>Wird beim Laufen ein Muskel in deinem Bein fest oder brennt er, oder wird dein Fuß taub, bis du langsamer werden oder stehen bleiben musst?</translation>
    </message>
    <message>
        <source>A muscle that becomes tight or burning during runs, or a foot that goes numb, can be pressure building up inside the muscle (exertional compartment syndrome).</source>
        <translation>Ein Muskel, der beim Laufen fest wird oder brennt, oder ein Fuß, der taub wird, kann auf steigenden Druck im Muskel hindeuten (belastungsinduziertes Kompartmentsyndrom).</translation>
    </message>
    <message>
        <source>Do you get cramping in your calf, thigh or buttock that reliably comes on when you walk and eases when you rest?</source>
        <translation>Bekommst du Krämpfe in Wade, Oberschenkel oder Gesäß, die zuverlässig beim Gehen auftreten und in Ruhe nachlassen?</translation>
    </message>
    <message>
        <source>Cramping that comes on with walking and eases with rest can mean narrowed leg arteries (claudication).</source>
        <translation>Krämpfe, die beim Gehen auftreten und in Ruhe nachlassen, können auf verengte Beinarterien hindeuten (Claudicatio intermittens, „Schaufensterkrankheit“).</translation>
    </message>
    <message>
        <source>This matters more if you are over 50, smoke, or have diabetes, high blood pressure or high cholesterol.</source>
        <translation>Das gilt umso mehr, wenn du über 50 bist, rauchst oder Diabetes, Bluthochdruck oder erhöhtes Cholesterin hast.</translation>
    </message>
    <message>
        <source>Is there a spot on a bone that hurts when you press on it?</source>
        <translation>Gibt es eine Stelle an einem Knochen, die wehtut, wenn du darauf drückst?</translation>
    </message>
    <message>
        <source>A spot on a bone that hurts when pressed can be a bone stress injury.</source>
        <translation>Eine Stelle an einem Knochen, die auf Druck schmerzt, kann eine Stressverletzung des Knochens sein.</translation>
    </message>
    <message>
        <source>Does a pain in your leg or foot get worse with every run?</source>
        <translation>Werden Schmerzen in deinem Bein oder Fuß mit jedem Lauf schlimmer?</translation>
    </message>
    <message>
        <source>Pain that builds run after run can be a bone stress injury.</source>
        <translation>Schmerzen, die von Lauf zu Lauf zunehmen, können eine Stressverletzung des Knochens sein.</translation>
    </message>
    <message>
        <source>Does your leg or foot hurt at rest or at night?</source>
        <translation>Tut dein Bein oder Fuß in Ruhe oder nachts weh?</translation>
    </message>
    <message>
        <source>Pain at rest or at night can be a bone stress injury.</source>
        <translation>Schmerzen in Ruhe oder nachts können eine Stressverletzung des Knochens sein.</translation>
    </message>
    <message>
        <source>Did you feel a sharp or sudden pain, are you limping, or has the pain lasted more than 1 to 2 weeks?</source>
        <translation>Hattest du einen stechenden oder plötzlichen Schmerz, hinkst du, oder hält der Schmerz schon länger als 1 bis 2 Wochen an?</translation>
    </message>
    <message>
        <source>Sharp or sudden pain, a limp, or pain lasting more than 1 to 2 weeks is more than ordinary soreness.</source>
        <translation>Ein stechender oder plötzlicher Schmerz, Hinken oder Schmerzen, die länger als 1 bis 2 Wochen anhalten, sind mehr als gewöhnlicher Muskelkater.</translation>
    </message>
    <message>
        <source>Ordinary soreness after a run is worst 1 to 2 days later and fades within a few days.</source>
        <translation>Gewöhnlicher Muskelkater nach einem Lauf ist 1 bis 2 Tage später am stärksten und klingt innerhalb weniger Tage ab.</translation>
    </message>
    <message>
        <source>Do you have numbness or tingling in your leg or foot?</source>
        <translation>Hast du Taubheit oder Kribbeln im Bein oder Fuß?</translation>
    </message>
    <message>
        <source>Numbness or tingling in the leg or foot can come from a nerve or the blood supply.</source>
        <translation>Taubheit oder Kribbeln im Bein oder Fuß kann von einem Nerv oder von der Durchblutung kommen.</translation>
    </message>
    <message>
        <source>Do you have back pain that shoots down your leg?</source>
        <translation>Hast du Rückenschmerzen, die ins Bein ausstrahlen?</translation>
    </message>
    <message>
        <source>Back pain that shoots down the leg can come from an irritated nerve.</source>
        <translation>Rückenschmerzen, die ins Bein ausstrahlen, können von einem gereizten Nerv kommen.</translation>
    </message>
    <message>
        <source>Have your legs felt heavy for more than 2 to 3 weeks, even with rest?</source>
        <translation>Fühlen sich deine Beine seit mehr als 2 bis 3 Wochen schwer an, obwohl du dich ausruhst?</translation>
    </message>
    <message>
        <source>Heavy legs for weeks despite rest need a doctor&apos;s check. Ask about blood tests, including haemoglobin and ferritin.</source>
        <translation>Seit Wochen schwere Beine trotz Ruhe müssen ärztlich abgeklärt werden. Frag nach Blutuntersuchungen, auch auf Hämoglobin und Ferritin.</translation>
    </message>
    <message>
        <source>Tell the doctor too about any unusual tiredness, breathlessness, paleness, missed periods, or repeated illness or injury.</source>
        <translation>Erzähl dem Arzt auch von ungewöhnlicher Müdigkeit, Atemnot, Blässe, ausbleibender Regelblutung oder wiederholten Krankheiten oder Verletzungen.</translation>
    </message>
    <message>
        <source>Have both your ankles or legs recently started to swell?</source>
        <translation>Haben vor Kurzem beide Knöchel oder beide Beine angefangen anzuschwellen?</translation>
    </message>
    <message>
        <source>New swelling of both ankles or legs can come from the heart, kidneys or veins.</source>
        <translation>Neue Schwellungen an beiden Knöcheln oder Beinen können vom Herzen, von den Nieren oder von den Venen kommen.</translation>
    </message>
    <message>
        <source>Has a doctor ever told you that you have a heart condition?</source>
        <translation>Hat dir ein Arzt jemals gesagt, dass du eine Herzerkrankung hast?</translation>
    </message>
    <message>
        <source>You said a doctor has told you that you have a heart condition.</source>
        <translation>Du hast angegeben, dass dir ein Arzt gesagt hat, dass du eine Herzerkrankung hast.</translation>
    </message>
    <message>
        <source>Do you get chest pain when you are active, or have you had chest pain at rest in the past month?</source>
        <translation>Hast du Brustschmerzen, wenn du aktiv bist, oder hattest du im letzten Monat Brustschmerzen in Ruhe?</translation>
    </message>
    <message>
        <source>You said you get chest pain when active, or have had it at rest recently.</source>
        <translation>Du hast angegeben, dass du bei Aktivität Brustschmerzen bekommst oder kürzlich in Ruhe welche hattest.</translation>
    </message>
    <message>
        <source>Do you lose your balance because of dizziness, or have you blacked out in the last 12 months?</source>
        <translation>Verlierst du wegen Schwindel das Gleichgewicht, oder bist du in den letzten 12 Monaten ohnmächtig geworden?</translation>
    </message>
    <message>
        <source>You said you get dizzy enough to lose your balance, or have blacked out in the last year.</source>
        <translation>Du hast angegeben, dass dir so schwindelig wird, dass du das Gleichgewicht verlierst, oder dass du im letzten Jahr ohnmächtig geworden bist.</translation>
    </message>
    <message>
        <source>Do you have a bone or joint problem that more activity could make worse?</source>
        <translation>Hast du ein Knochen- oder Gelenkproblem, das sich durch mehr Aktivität verschlimmern könnte?</translation>
    </message>
    <message>
        <source>You said you have a bone or joint problem that more activity could make worse.</source>
        <translation>Du hast angegeben, dass du ein Knochen- oder Gelenkproblem hast, das sich durch mehr Aktivität verschlimmern könnte.</translation>
    </message>
    <message>
        <source>Do you take medicine for your blood pressure or a heart condition?</source>
        <translation>Nimmst du Medikamente für deinen Blutdruck oder wegen einer Herzerkrankung?</translation>
    </message>
    <message>
        <source>You said you take medicine for your blood pressure or heart.</source>
        <translation>Du hast angegeben, dass du Medikamente für deinen Blutdruck oder dein Herz nimmst.</translation>
    </message>
    <message>
        <source>Are you pregnant?</source>
        <translation>Bist du schwanger?</translation>
    </message>
    <message>
        <source>You said you are pregnant: check with your doctor or midwife about running.</source>
        <translation>Du hast angegeben, dass du schwanger bist: Sprich mit deinem Arzt oder deiner Hebamme über das Laufen.</translation>
    </message>
    <message>
        <source>Do you know of any other reason why you should not be physically active?</source>
        <translation>Kennst du einen anderen Grund, warum du nicht körperlich aktiv sein solltest?</translation>
    </message>
    <message>
        <source>You said you know of another reason not to be physically active.</source>
        <translation>Du hast angegeben, dass du einen anderen Grund kennst, nicht körperlich aktiv zu sein.</translation>
    </message>
    <message>
        <source>If you answered yes to a health-screen question: since that began, has a doctor checked you and cleared you for the kind of running you plan?</source>
        <translation>Falls du eine der Gesundheitsfragen mit Ja beantwortet hast: Hat dich ein Arzt seit Beginn der Beschwerden untersucht und für die Art von Laufen freigegeben, die du vorhast?</translation>
    </message>
    <message>
        <source>You said a doctor has cleared you, since your condition began, for the running you plan. Keep to what they cleared you for.</source>
        <translation>Du hast angegeben, dass dich ein Arzt seit Beginn deiner Beschwerden für das geplante Laufen freigegeben hat. Halte dich an das, wofür du freigegeben wurdest.</translation>
    </message>
    <message>
        <source>A clearance never covers chest pain, dizziness or blackouts, or anything that is new or worse since the doctor saw you.</source>
        <translation>Eine Freigabe gilt nie für Brustschmerzen, Schwindel oder Ohnmachtsanfälle und auch nicht für alles, was neu ist oder sich verschlimmert hat, seit der Arzt dich gesehen hat.</translation>
    </message>
    <message>
        <source>Do your legs feel heavy, as if you were carrying extra weight?</source>
        <translation>Fühlen sich deine Beine schwer an, als würdest du zusätzliches Gewicht tragen?</translation>
    </message>
    <message>
        <source>Your legs feel heavy.</source>
        <translation>Deine Beine fühlen sich schwer an.</translation>
    </message>
    <message>
        <source>Are your legs tired and sore?</source>
        <translation>Sind deine Beine müde, und hast du Muskelkater?</translation>
    </message>
    <message>
        <source>Your legs are tired and sore.</source>
        <translation>Deine Beine sind müde, und du hast Muskelkater.</translation>
    </message>
    <message>
        <source>Are your legs stiff?</source>
        <translation>Sind deine Beine steif?</translation>
    </message>
    <message>
        <source>Your legs are stiff.</source>
        <translation>Deine Beine sind steif.</translation>
    </message>
    <message>
        <source>Do your legs hurt (real pain, not just tiredness or stiffness)?</source>
        <translation>Tun deine Beine weh (echte Schmerzen, nicht nur Müdigkeit oder Steifheit)?</translation>
    </message>
    <message>
        <source>You have leg pain.</source>
        <translation>Du hast Beinschmerzen.</translation>
    </message>
    <message>
        <source>Have you recently run more, faster or harder than you are used to?</source>
        <translation>Bist du in letzter Zeit mehr, schneller oder härter gelaufen, als du es gewohnt bist?</translation>
    </message>
    <message>
        <source>You have been training more or harder than usual.</source>
        <translation>Du hast mehr oder härter trainiert als sonst.</translation>
    </message>
    <message>
        <source>Have you gone a week or more without an easy day or a rest day?</source>
        <translation>Hattest du eine Woche oder länger keinen lockeren Tag und keinen Ruhetag?</translation>
    </message>
    <message>
        <source>You have had no easy or rest days lately.</source>
        <translation>Du hattest in letzter Zeit keine lockeren Tage oder Ruhetage.</translation>
    </message>
    <message>
        <source>Did you do heavy leg strength training in the last day or two?</source>
        <translation>Hast du in den letzten ein, zwei Tagen schweres Krafttraining für die Beine gemacht?</translation>
    </message>
    <message>
        <source>You did heavy leg strength training in the last day or two.</source>
        <translation>Du hast in den letzten ein, zwei Tagen schweres Krafttraining für die Beine gemacht.</translation>
    </message>
    <message>
        <source>Have you been sleeping less than 7 hours a night, or did you have a bad night?</source>
        <translation>Schläfst du weniger als 7 Stunden pro Nacht, oder hattest du eine schlechte Nacht?</translation>
    </message>
    <message>
        <source>You have been short of sleep.</source>
        <translation>Du hast zu wenig geschlafen.</translation>
    </message>
    <message>
        <source>Are you following a low-carbohydrate diet?</source>
        <translation>Ernährst du dich kohlenhydratarm?</translation>
    </message>
    <message>
        <source>You are on a low-carbohydrate diet.</source>
        <translation>Du ernährst dich kohlenhydratarm.</translation>
    </message>
    <message>
        <source>Do you often run on an empty stomach, or eat less than your training needs?</source>
        <translation>Läufst du oft mit leerem Magen, oder isst du weniger, als dein Training erfordert?</translation>
    </message>
    <message>
        <source>You may be eating less than your training needs.</source>
        <translation>Du isst möglicherweise weniger, als dein Training erfordert.</translation>
    </message>
    <message>
        <source>Have your periods stopped or become irregular?</source>
        <translation>Ist deine Regelblutung ausgeblieben oder unregelmäßig geworden?</translation>
    </message>
    <message>
        <source>Your periods have stopped or become irregular.</source>
        <translation>Deine Regelblutung ist ausgeblieben oder unregelmäßig geworden.</translation>
    </message>
    <message>
        <source>Have you had two or more stress fractures or other bone injuries?</source>
        <translation>Hattest du zwei oder mehr Ermüdungsbrüche oder andere Knochenverletzungen?</translation>
    </message>
    <message>
        <source>You have had two or more stress fractures or bone injuries.</source>
        <translation>Du hattest zwei oder mehr Ermüdungsbrüche oder Knochenverletzungen.</translation>
    </message>
    <message>
        <source>Are you thirsty, or have you had little to drink today?</source>
        <translation>Hast du Durst, oder hast du heute wenig getrunken?</translation>
    </message>
    <message>
        <source>You may be short of fluids.</source>
        <translation>Dir fehlt möglicherweise Flüssigkeit.</translation>
    </message>
    <message>
        <source>Do you know or suspect that your iron is low (for example a past low result, or heavy periods)?</source>
        <translation>Weißt oder vermutest du, dass dein Eisenwert niedrig ist (zum Beispiel wegen eines früheren niedrigen Messwerts oder starker Regelblutungen)?</translation>
    </message>
    <message>
        <source>You know or suspect that your iron is low.</source>
        <translation>Du weißt oder vermutest, dass dein Eisenwert niedrig ist.</translation>
    </message>
    <message>
        <source>Do you take long strides with your foot landing well ahead of your body, or take few steps per minute?</source>
        <translation>Machst du lange Schritte, bei denen dein Fuß weit vor dem Körper aufsetzt, oder machst du wenige Schritte pro Minute?</translation>
    </message>
    <message>
        <source>You may be overstriding or taking few steps per minute.</source>
        <translation>Deine Schritte sind möglicherweise zu lang (Overstriding), oder du machst wenige Schritte pro Minute.</translation>
    </message>
    <message>
        <source>Do you land on your heel?</source>
        <translation>Landest du auf der Ferse?</translation>
    </message>
    <message>
        <source>You land on your heel.</source>
        <translation>Du landest auf der Ferse.</translation>
    </message>
    <message>
        <source>Do you run with tense, raised shoulders or a stiff neck?</source>
        <translation>Läufst du mit angespannten, hochgezogenen Schultern oder steifem Nacken?</translation>
    </message>
    <message>
        <source>You run with tense shoulders or neck.</source>
        <translation>Du läufst mit angespannten Schultern oder angespanntem Nacken.</translation>
    </message>
    <message>
        <source>Do you think you have poor circulation in your legs?</source>
        <translation>Glaubst du, dass du eine schlechte Durchblutung in den Beinen hast?</translation>
    </message>
    <message>
        <source>You think you have poor circulation in your legs.</source>
        <translation>Du glaubst, dass du eine schlechte Durchblutung in den Beinen hast.</translation>
    </message>
    <message>
        <source>Training load</source>
        <translation>Trainingsbelastung</translation>
    </message>
    <message>
        <source>Doing more than your body is used to, without time to adapt, leaves legs tired, stiff and sore, can disturb sleep and makes progress stall.</source>
        <translation>Mehr zu tun, als dein Körper gewohnt ist, ohne ihm Zeit zur Anpassung zu lassen, macht die Beine müde, steif und schmerzend, kann den Schlaf stören und lässt den Fortschritt stocken.</translation>
    </message>
    <message>
        <source>Cut back your running volume or intensity for a few days.</source>
        <translation>Reduziere für ein paar Tage deinen Laufumfang oder die Intensität.</translation>
    </message>
    <message>
        <source>Keep increases small from week to week, roughly 10% at most.</source>
        <translation>Steigere von Woche zu Woche nur wenig, höchstens um etwa 10 %.</translation>
    </message>
    <message>
        <source>Plan 1 or 2 easy or rest days every week.</source>
        <translation>Plane jede Woche 1 oder 2 lockere Tage oder Ruhetage ein.</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Erholung</translation>
    </message>
    <message>
        <source>Muscles repair and get stronger between sessions. Without easy or rest days, tiredness carries over from one run to the next.</source>
        <translation>Muskeln reparieren sich zwischen den Einheiten und werden stärker. Ohne lockere Tage oder Ruhetage nimmst du die Müdigkeit von einem Lauf in den nächsten mit.</translation>
    </message>
    <message>
        <source>Take 1 or 2 easy or rest days every week.</source>
        <translation>Gönn dir jede Woche 1 oder 2 lockere Tage oder Ruhetage.</translation>
    </message>
    <message>
        <source>Make today an easy day.</source>
        <translation>Mach heute einen lockeren Tag.</translation>
    </message>
    <message>
        <source>Leg strength training</source>
        <translation>Krafttraining für die Beine</translation>
    </message>
    <message>
        <source>Strength work is good for runners, but heavy leg sessions leave the legs tired for a day or two.</source>
        <translation>Krafttraining ist gut für Läufer, aber schwere Beineinheiten machen die Beine für ein, zwei Tage müde.</translation>
    </message>
    <message>
        <source>Avoid heavy leg strength work on the day before a key run.</source>
        <translation>Vermeide schweres Krafttraining für die Beine am Tag vor einem wichtigen Lauf.</translation>
    </message>
    <message>
        <source>Put heavy leg sessions where a day or more separates them from your next hard or long run.</source>
        <translation>Leg schwere Beineinheiten so, dass mindestens ein Tag zwischen ihnen und deinem nächsten harten oder langen Lauf liegt.</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Schlaf</translation>
    </message>
    <message>
        <source>Adults need about 7 to 9 hours of sleep a night. Athletes who sleep less get injured more often, and tired legs recover more slowly.</source>
        <translation>Erwachsene brauchen etwa 7 bis 9 Stunden Schlaf pro Nacht. Sportler, die weniger schlafen, verletzen sich häufiger, und müde Beine erholen sich langsamer.</translation>
    </message>
    <message>
        <source>Aim for a regular 7 to 9 hours a night.</source>
        <translation>Versuch, regelmäßig 7 bis 9 Stunden pro Nacht zu schlafen.</translation>
    </message>
    <message>
        <source>After a bad night, keep that day&apos;s run easy.</source>
        <translation>Lauf nach einer schlechten Nacht an diesem Tag locker.</translation>
    </message>
    <message>
        <source>Low-carbohydrate diet</source>
        <translation>Kohlenhydratarme Ernährung</translation>
    </message>
    <message>
        <source>Carbohydrate is the main fuel for running. With little of it in your diet, the fuel stored in your muscles runs low and your legs can feel heavy and flat.</source>
        <translation>Kohlenhydrate sind der wichtigste Treibstoff beim Laufen. Wenn du wenig davon isst, gehen die Speicher in deinen Muskeln zur Neige, und deine Beine können sich schwer und kraftlos anfühlen.</translation>
    </message>
    <message>
        <source>Eat carbohydrate every day: light training needs roughly 3 to 5 g per kg of body weight a day, and harder training needs more.</source>
        <translation>Iss jeden Tag Kohlenhydrate: Leichtes Training braucht etwa 3 bis 5 g pro kg Körpergewicht am Tag, härteres Training mehr.</translation>
    </message>
    <message>
        <source>Have a meal based on carbohydrate 1 to 4 hours before longer or harder runs.</source>
        <translation>Iss 1 bis 4 Stunden vor längeren oder härteren Läufen eine kohlenhydratreiche Mahlzeit.</translation>
    </message>
    <message>
        <source>Refuel after running.</source>
        <translation>Füll deine Speicher nach dem Laufen wieder auf.</translation>
    </message>
    <message>
        <source>Fuelling</source>
        <translation>Energiezufuhr</translation>
    </message>
    <message>
        <source>Eating too little for the training you do leaves the body short of energy for its everyday work: this is called low energy availability. Over time it can cause a syndrome called RED-S (relative energy deficiency in sport), with lasting tiredness, repeated injuries and illnesses, and periods that stop or become irregular.</source>
        <translation>Wenn du für dein Training zu wenig isst, fehlt deinem Körper Energie für seine alltäglichen Aufgaben: Das nennt man geringe Energieverfügbarkeit. Auf Dauer kann daraus ein Syndrom namens RED-S entstehen (relatives Energiedefizit im Sport), mit anhaltender Müdigkeit, wiederholten Verletzungen und Krankheiten sowie einer Regelblutung, die ausbleibt oder unregelmäßig wird.</translation>
    </message>
    <message>
        <source>Refuel soon after running.</source>
        <translation>Füll deine Speicher bald nach dem Laufen wieder auf.</translation>
    </message>
    <message>
        <source>If you notice several of these signs, see a doctor or a sports dietitian.</source>
        <translation>Wenn du mehrere dieser Anzeichen bemerkst, geh zu einem Arzt oder einer Sporternährungsfachkraft.</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Regelblutung</translation>
    </message>
    <message>
        <source>Periods that stop or become irregular with training can be a sign of low energy availability, that is, eating too little for the training you do.</source>
        <translation>Eine Regelblutung, die durch das Training ausbleibt oder unregelmäßig wird, kann ein Zeichen für geringe Energieverfügbarkeit sein, also dafür, dass du für dein Training zu wenig isst.</translation>
    </message>
    <message>
        <source>See a doctor about it: it is not a normal part of training hard.</source>
        <translation>Geh deswegen zum Arzt: Das gehört nicht zu hartem Training dazu.</translation>
    </message>
    <message>
        <source>Bone injuries</source>
        <translation>Knochenverletzungen</translation>
    </message>
    <message>
        <source>Repeated stress fractures or other bone injuries can be a sign of low energy availability, that is, eating too little for the training you do.</source>
        <translation>Wiederholte Ermüdungsbrüche oder andere Knochenverletzungen können ein Zeichen für geringe Energieverfügbarkeit sein, also dafür, dass du für dein Training zu wenig isst.</translation>
    </message>
    <message>
        <source>See a doctor or a sports dietitian to find out what is behind them.</source>
        <translation>Geh zu einem Arzt oder einer Sporternährungsfachkraft, um herauszufinden, was dahintersteckt.</translation>
    </message>
    <message>
        <source>Fluids</source>
        <translation>Flüssigkeit</translation>
    </message>
    <message>
        <source>Running gets harder once you have lost more than about 2% of your body weight as fluid. Drinking far more than you need is harmful too.</source>
        <translation>Laufen fällt schwerer, sobald du mehr als etwa 2 % deines Körpergewichts an Flüssigkeit verloren hast. Viel mehr zu trinken, als du brauchst, schadet aber auch.</translation>
    </message>
    <message>
        <source>Drink something before you run.</source>
        <translation>Trink vor dem Laufen etwas.</translation>
    </message>
    <message>
        <source>Aim for pale-yellow urine.</source>
        <translation>Ziel: hellgelber Urin.</translation>
    </message>
    <message>
        <source>On long or hot runs, take drinks with electrolytes.</source>
        <translation>Trink bei langen oder heißen Läufen Getränke mit Elektrolyten.</translation>
    </message>
    <message>
        <source>Don&apos;t force down more than you need.</source>
        <translation>Zwing dich nicht, mehr zu trinken, als du brauchst.</translation>
    </message>
    <message>
        <source>Iron</source>
        <translation>Eisen</translation>
    </message>
    <message>
        <source>Low iron is common in runners, especially women, and can leave you tired with heavy legs. Your iron stores (ferritin) can be low even when your haemoglobin is normal.</source>
        <translation>Ein niedriger Eisenwert ist bei Läufern häufig, besonders bei Frauen, und kann dich müde machen und schwere Beine verursachen. Deine Eisenspeicher (Ferritin) können niedrig sein, selbst wenn dein Hämoglobin normal ist.</translation>
    </message>
    <message>
        <source>Ask your doctor for a blood test that checks both haemoglobin and ferritin.</source>
        <translation>Bitte deinen Arzt um eine Blutuntersuchung, die sowohl Hämoglobin als auch Ferritin bestimmt.</translation>
    </message>
    <message>
        <source>Don&apos;t start taking iron on your own: too much iron is harmful, and only a blood test shows whether you need it.</source>
        <translation>Nimm nicht auf eigene Faust Eisen ein: Zu viel Eisen schadet, und nur eine Blutuntersuchung zeigt, ob du es brauchst.</translation>
    </message>
    <message>
        <source>Stride and step rate</source>
        <translation>Schrittlänge und Schrittfrequenz</translation>
    </message>
    <message>
        <source>Landing with your foot far ahead of your body, often with few steps per minute, puts more load on the knees and hips. Taking 5 to 10% more steps per minute reduces that load.</source>
        <translation>Wenn dein Fuß weit vor dem Körper aufsetzt, oft bei wenigen Schritten pro Minute, werden Knie und Hüften stärker belastet. 5 bis 10 % mehr Schritte pro Minute verringern diese Belastung.</translation>
    </message>
    <message>
        <source>Raise your step rate by 5 to 10% over a few weeks, not all at once.</source>
        <translation>Erhöhe deine Schrittfrequenz über einige Wochen um 5 bis 10 %, nicht auf einmal.</translation>
    </message>
    <message>
        <source>Use the metronome, set a little above your current step rate.</source>
        <translation>Nutze das Metronom, eingestellt etwas über deiner aktuellen Schrittfrequenz.</translation>
    </message>
    <message>
        <source>Aim to land with your foot closer to under your hips.</source>
        <translation>Versuch, mit dem Fuß näher unter deiner Hüfte aufzusetzen.</translation>
    </message>
    <message>
        <source>There is no single right step rate for everyone: build from your own.</source>
        <translation>Es gibt nicht die eine richtige Schrittfrequenz für alle: Geh von deiner eigenen aus.</translation>
    </message>
    <message>
        <source>Heel landing</source>
        <translation>Fersenlandung</translation>
    </message>
    <message>
        <source>Many good runners land on the heel. On average, changing how your foot lands neither makes running more economical nor lowers injury risk, and a sudden change puts extra strain on the calf and Achilles tendon.</source>
        <translation>Viele gute Läufer landen auf der Ferse. Im Durchschnitt macht eine Änderung des Fußaufsatzes das Laufen weder ökonomischer, noch senkt sie das Verletzungsrisiko, und eine plötzliche Umstellung belastet Wade und Achillessehne zusätzlich.</translation>
    </message>
    <message>
        <source>Keep the foot landing that comes naturally to you.</source>
        <translation>Behalte den Fußaufsatz bei, der für dich natürlich ist.</translation>
    </message>
    <message>
        <source>If your foot lands far ahead of your body, work on your step rate instead: slightly quicker, shorter steps.</source>
        <translation>Wenn dein Fuß weit vor dem Körper aufsetzt, arbeite lieber an deiner Schrittfrequenz: etwas schnellere, kürzere Schritte.</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Tense shoulders and neck are worth noticing and letting go, but they are unlikely to be what makes your legs heavy.</source>
        <translation>Angespannte Schultern und ein angespannter Nacken verdienen Aufmerksamkeit und Lockerung, sind aber wahrscheinlich nicht der Grund für deine schweren Beine.</translation>
    </message>
    <message>
        <source>Now and then during a run, let your shoulders drop away from your ears.</source>
        <translation>Lass beim Laufen ab und zu die Schultern von den Ohren weg sinken.</translation>
    </message>
    <message>
        <source>Keep your head level and your eyes looking ahead.</source>
        <translation>Halte den Kopf gerade und den Blick nach vorn.</translation>
    </message>
    <message>
        <source>Circulation</source>
        <translation>Durchblutung</translation>
    </message>
    <message>
        <source>Poor circulation can mean several different things, some of them serious, such as blood clots, narrowed arteries or vein disease. It is not something to manage on your own.</source>
        <translation>Schlechte Durchblutung kann mehrere verschiedene Dinge bedeuten, manche davon ernst, etwa Blutgerinnsel, verengte Arterien oder Venenerkrankungen. Darum solltest du dich nicht allein kümmern.</translation>
    </message>
    <message>
        <source>Go through every warning-sign question: they cover the serious causes.</source>
        <translation>Geh alle Fragen zu Warnzeichen durch: Sie decken die ernsten Ursachen ab.</translation>
    </message>
    <message>
        <source>Book an appointment with your doctor to find out what is behind it.</source>
        <translation>Vereinbare einen Termin bei deinem Arzt, um herauszufinden, was dahintersteckt.</translation>
    </message>
    <message>
        <source>This is something for a doctor, not for a warm-up routine.</source>
        <translation>Das gehört zum Arzt, nicht in ein Aufwärmprogramm.</translation>
    </message>
    <message>
        <source>Stop exercising now and call your local emergency number (such as 112, 999 or 911). Don&apos;t run or drive yourself; ask someone to stay with you until help arrives.</source>
        <translation>Hör sofort mit dem Training auf und ruf deine örtliche Notrufnummer an (zum Beispiel 112, 999 oder 911). Lauf nicht und fahr nicht selbst; bitte jemanden, bei dir zu bleiben, bis Hilfe kommt.</translation>
    </message>
    <message>
        <source>Don&apos;t run today. Get seen today: contact your doctor or an urgent care service, or go to an emergency department. If things get worse quickly, or you feel chest pain or short of breath, call your local emergency number (such as 112, 999 or 911).</source>
        <translation>Lauf heute nicht. Lass dich heute noch untersuchen: Wende dich an deinen Arzt oder einen ärztlichen Bereitschaftsdienst, oder geh in eine Notaufnahme. Wenn es schnell schlimmer wird oder du Brustschmerzen oder Atemnot bekommst, ruf deine örtliche Notrufnummer an (zum Beispiel 112, 999 oder 911).</translation>
    </message>
    <message>
        <source>Rest from running and book an appointment with a doctor or physiotherapist. If it gets worse or a warning sign appears, get help sooner.</source>
        <translation>Pausiere mit dem Laufen und vereinbare einen Termin bei einem Arzt oder Physiotherapeuten. Wenn es schlimmer wird oder ein Warnzeichen auftritt, hol dir früher Hilfe.</translation>
    </message>
    <message>
        <source>Check with a doctor (in pregnancy, your doctor or midwife) before starting or stepping up an exercise routine, and rest from running until you have. Once a doctor has cleared you, say so on the health screen.</source>
        <translation>Sprich mit einem Arzt (in der Schwangerschaft mit deinem Arzt oder deiner Hebamme), bevor du ein Trainingsprogramm beginnst oder steigerst, und pausiere mit dem Laufen, bis du das getan hast. Sobald ein Arzt dich freigegeben hat, gib das bei den Gesundheitsfragen an.</translation>
    </message>
    <message>
        <source>Don&apos;t run until a doctor has checked your chest pain, dizziness or blackouts. If chest pain comes on at rest or doesn&apos;t ease within a few minutes, call your local emergency number (such as 112, 999 or 911).</source>
        <translation>Lauf nicht, bis ein Arzt deine Brustschmerzen, deinen Schwindel oder deine Ohnmachtsanfälle untersucht hat. Wenn Brustschmerzen in Ruhe auftreten oder nicht innerhalb weniger Minuten nachlassen, ruf deine örtliche Notrufnummer an (zum Beispiel 112, 999 oder 911).</translation>
    </message>
    <message>
        <source>Rest from hard training and see a doctor or a sports dietitian about your eating, your periods or your bone injuries. These signs together are worth taking seriously.</source>
        <translation>Pausiere mit hartem Training und geh wegen deiner Ernährung, deiner Regelblutung oder deiner Knochenverletzungen zu einem Arzt oder einer Sporternährungsfachkraft. Diese Anzeichen zusammen solltest du ernst nehmen.</translation>
    </message>
    <message>
        <source>Don&apos;t run yet. Answer every warning-sign question first: leg pain and poor circulation can come from something serious, and those questions are how the check tells.</source>
        <translation>Lauf noch nicht. Beantworte zuerst alle Fragen zu Warnzeichen: Hinter Beinschmerzen und schlechter Durchblutung kann etwas Ernstes stecken, und genau diese Fragen zeigen dem Check, ob das so ist.</translation>
    </message>
    <message>
        <source>Rest from running and book an appointment with your doctor about your circulation. If a leg turns cold, pale, swollen or very painful, get help the same day.</source>
        <translation>Pausiere mit dem Laufen und vereinbare wegen deiner Durchblutung einen Termin bei deinem Arzt. Wenn ein Bein kalt, blass, geschwollen oder sehr schmerzhaft wird, hol dir noch am selben Tag Hilfe.</translation>
    </message>
    <message>
        <source>Rest the leg today. Ordinary soreness fades within a few days. If the pain is sharp, makes you limp, gets worse with each run or lasts more than 1 to 2 weeks, see a doctor or physiotherapist.</source>
        <translation>Schon dein Bein heute. Gewöhnlicher Muskelkater klingt innerhalb weniger Tage ab. Wenn der Schmerz stechend ist, dich hinken lässt, mit jedem Lauf schlimmer wird oder länger als 1 bis 2 Wochen anhält, geh zu einem Arzt oder Physiotherapeuten.</translation>
    </message>
    <message>
        <source>Nothing you ticked needs a doctor right now. Try the steps below, and stop if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation>Nichts von dem, was du angekreuzt hast, erfordert gerade einen Arzt. Probier die Schritte unten aus und hör auf, wenn du Schmerzen, Beschwerden in der Brust, Schwindel oder ungewöhnliche Atemnot spürst.</translation>
    </message>
    <message>
        <source>Try the steps below, including seeing a doctor where a step says so, and stop if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation>Probier die Schritte unten aus, einschließlich eines Arztbesuchs, wo ein Schritt das sagt, und hör auf, wenn du Schmerzen, Beschwerden in der Brust, Schwindel oder ungewöhnliche Atemnot spürst.</translation>
    </message>
    <message>
        <source>Keep to any limits your doctor gave you, and stop if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation>Halte dich an alle Grenzen, die dein Arzt dir gesetzt hat, und hör auf, wenn du Schmerzen, Beschwerden in der Brust, Schwindel oder ungewöhnliche Atemnot spürst.</translation>
    </message>
    <message>
        <source>Nothing you ticked needs attention. Enjoy your warm-up and run, and stop if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation>Nichts von dem, was du angekreuzt hast, erfordert Aufmerksamkeit. Viel Spaß beim Aufwärmen und Laufen – und hör auf, wenn du Schmerzen, Beschwerden in der Brust, Schwindel oder ungewöhnliche Atemnot spürst.</translation>
    </message>
    <message>
        <source>A yes on the health screen means checking with a doctor before starting or stepping up an exercise routine.</source>
        <translation>Ein Ja bei den Gesundheitsfragen heißt: Sprich mit einem Arzt, bevor du ein Trainingsprogramm beginnst oder steigerst.</translation>
    </message>
    <message>
        <source>Leg pain is never treated as plain tiredness: answer every warning-sign question. If none applies, rest the leg today.</source>
        <translation>Beinschmerzen werden nie als bloße Müdigkeit behandelt: Beantworte alle Fragen zu Warnzeichen. Wenn keins zutrifft, schon das Bein heute.</translation>
    </message>
    <message>
        <source>Poor circulation needs a doctor to find the cause, so answer every warning-sign question and book an appointment.</source>
        <translation>Bei schlechter Durchblutung muss ein Arzt die Ursache finden, also beantworte alle Fragen zu Warnzeichen und vereinbare einen Termin.</translation>
    </message>
    <message>
        <source>Several signs point to tired legs at once, so a rest day will do more than an easy run.</source>
        <translation>Mehrere Anzeichen sprechen gleichzeitig für müde Beine, daher bringt ein Ruhetag mehr als ein lockerer Lauf.</translation>
    </message>
    <message>
        <source>Make today&apos;s run easy, at a pace where you can talk in full sentences.</source>
        <translation>Lauf heute locker, in einem Tempo, bei dem du in ganzen Sätzen reden kannst.</translation>
    </message>
    <message>
        <source>A doctor&apos;s clearance never covers chest pain, dizziness or blackouts: they may be new since the doctor saw you, so have them checked before you run again.</source>
        <translation>Eine ärztliche Freigabe gilt nie für Brustschmerzen, Schwindel oder Ohnmachtsanfälle: Sie könnten neu sein, seit der Arzt dich gesehen hat, also lass sie untersuchen, bevor du wieder läufst.</translation>
    </message>
    <message>
        <source>Eating too little for your training together with missed periods or repeated bone injuries can be RED-S, which needs a doctor or a sports dietitian.</source>
        <translation>Wenn du für dein Training zu wenig isst und zugleich deine Regelblutung ausbleibt oder du wiederholt Knochenverletzungen hast, kann das RED-S sein; dafür brauchst du einen Arzt oder eine Sporternährungsfachkraft.</translation>
    </message>
    <message>
        <source>With leg pain or poor circulation, every warning-sign question needs an answer. These are still unanswered:</source>
        <translation>Bei Beinschmerzen oder schlechter Durchblutung muss jede Frage zu Warnzeichen beantwortet werden. Diese sind noch offen:</translation>
    </message>
    <message>
        <source>Your legs are tired from training: take the longer, easier jog at the start of today&apos;s warm-up, and keep the run itself easy.</source>
        <translation>Deine Beine sind vom Training müde: Nimm zu Beginn des heutigen Aufwärmens den längeren, lockereren Trab, und lauf auch den Lauf selbst locker.</translation>
    </message>
    <message>
        <source>Turn the cadence metronome on for the jog, set 5 to 10% above your usual step rate.</source>
        <translation>Schalte für den Trab das Schrittfrequenz-Metronom ein, 5 bis 10 % über deiner üblichen Schrittfrequenz.</translation>
    </message>
    <message>
        <source>This self-check gives general information only. It is not a diagnosis or medical advice and cannot replace a doctor or physiotherapist. Talk to a health professional before starting or changing an exercise routine, especially if any health-screen question applies to you. Stop exercising if you feel pain, chest discomfort, dizziness or unusual breathlessness. In an emergency, call your local emergency number (such as 112, 999 or 911). Never put off getting professional advice because of something this app says.</source>
        <translation>Dieser Selbstcheck gibt nur allgemeine Informationen. Er ist keine Diagnose und keine medizinische Beratung und kann keinen Arzt und keinen Physiotherapeuten ersetzen. Sprich mit medizinischem Fachpersonal, bevor du ein Trainingsprogramm beginnst oder änderst, besonders wenn eine der Gesundheitsfragen auf dich zutrifft. Hör mit dem Training auf, wenn du Schmerzen, Beschwerden in der Brust, Schwindel oder ungewöhnliche Atemnot spürst. Ruf im Notfall deine örtliche Notrufnummer an (zum Beispiel 112, 999 oder 911). Schieb fachlichen Rat nie auf, nur weil diese App etwas sagt.</translation>
    </message>
    <message>
        <source>Emergency: get help now</source>
        <translation>Notfall: Hol sofort Hilfe</translation>
    </message>
    <message>
        <source>Urgent: get seen today</source>
        <translation>Dringend: Lass dich heute untersuchen</translation>
    </message>
    <message>
        <source>See a doctor or physiotherapist</source>
        <translation>Zum Arzt oder Physiotherapeuten</translation>
    </message>
    <message>
        <source>Things you can do yourself</source>
        <translation>Was du selbst tun kannst</translation>
    </message>
    <message>
        <source>All clear</source>
        <translation>Alles in Ordnung</translation>
    </message>
    <message>
        <source>Run as planned</source>
        <translation>Laufen wie geplant</translation>
    </message>
    <message>
        <source>Run easy</source>
        <translation>Locker laufen</translation>
    </message>
    <message>
        <source>Rest today</source>
        <translation>Ruhetag</translation>
    </message>
    <message>
        <source>Do not run</source>
        <translation>Nicht laufen</translation>
    </message>
</context>
<context>
    <name>side</name>
    <message>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
</context>
<context>
    <name>speech</name>
    <message>
        <source>Next: {name}</source>
        <translation>Als Nächstes: {name}</translation>
    </message>
    <message>
        <source>Next: {name}, left side</source>
        <translation>Als Nächstes: {name}, linke Seite</translation>
    </message>
    <message>
        <source>Next: {name}, right side</source>
        <translation>Als Nächstes: {name}, rechte Seite</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>{name}, left side</source>
        <translation>{name}, linke Seite</translation>
    </message>
    <message>
        <source>{name}, right side</source>
        <translation>{name}, rechte Seite</translation>
    </message>
    <message>
        <source>{name}, left leg forward</source>
        <translation>{name}, linkes Bein vorn</translation>
    </message>
    <message>
        <source>{name}, right leg forward</source>
        <translation>{name}, rechtes Bein vorn</translation>
    </message>
    <message>
        <source>{name}, left heel to buttock</source>
        <translation>{name}, linke Ferse zum Po</translation>
    </message>
    <message>
        <source>{name}, right heel to buttock</source>
        <translation>{name}, rechte Ferse zum Po</translation>
    </message>
    <message>
        <source>{name}, left knee bends</source>
        <translation>{name}, linkes Knie beugen</translation>
    </message>
    <message>
        <source>{name}, right knee bends</source>
        <translation>{name}, rechtes Knie beugen</translation>
    </message>
    <message>
        <source>{name}, left leg crosses behind</source>
        <translation>{name}, linkes Bein hinten kreuzen</translation>
    </message>
    <message>
        <source>{name}, right leg crosses behind</source>
        <translation>{name}, rechtes Bein hinten kreuzen</translation>
    </message>
    <message>
        <source>{name}, left ankle across</source>
        <translation>{name}, linken Knöchel auflegen</translation>
    </message>
    <message>
        <source>{name}, right ankle across</source>
        <translation>{name}, rechten Knöchel auflegen</translation>
    </message>
    <message>
        <source>{name}, left leg back</source>
        <translation>{name}, linkes Bein zurück</translation>
    </message>
    <message>
        <source>{name}, right leg back</source>
        <translation>{name}, rechtes Bein zurück</translation>
    </message>
</context>
</TS>
