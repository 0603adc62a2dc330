<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {0}</source>
        <translation>Over {0}</translation>
    </message>
    <message>
        <source>App icon</source>
        <translation>App-pictogram</translation>
    </message>
    <message>
        <source>Guides you through a 15-20 minute warm-up before a run: a big countdown, a distinct sound for every cue, and the next step read out.

Licence: {0}. Not medical advice: stop if something hurts.</source>
        <translation>Begeleidt je door een warming-up van 15-20 minuten voor het hardlopen: een grote aftelklok, een eigen geluid voor elk signaal, en de volgende stap wordt voorgelezen.

Licentie: {0}. Geen medisch advies: stop als iets pijn doet.</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Gebouwd met:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Broncode</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>Componenten en hun licenties</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: you may replace them with your own builds. Their sources are at the addresses above.</source>
        <translation>Qt en PySide6 worden gebruikt onder de GNU LGPL versie 3: je mag ze vervangen door je eigen builds. Hun broncode staat op de adressen hierboven.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Logmap openen</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>A warm-up is running. Stop it and start “{0}”?</source>
        <extracomment>A ``--start`` routine waiting for the first-run disclaimer to be accepted. Asked before a routine handed over by another launch replaces a running warm-up (its name); tests replace it.</extracomment>
        <translation>Er loopt een warming-up. Die stoppen en “{0}” starten?</translation>
    </message>
</context>
<context>
    <name>AudioControls</name>
    <message>
        <source>Mute</source>
        <extracomment>The volume slider moved (0-100). Mute was switched on or off.</extracomment>
        <translation>Dempen</translation>
    </message>
    <message>
        <source>Mute sounds and voice (M); cues still flash</source>
        <translation>Geluid en stem dempen (M); signalen knipperen nog wel</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Gedempt</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Geluid aan</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Calibrate the sound delay</source>
        <translation>Geluidsvertraging kalibreren</translation>
    </message>
    <message>
        <source>Put on the headphones or speakers you run with. Press Start, then press Space (or click Tap) on every click you hear. The first two clicks are for finding the beat.</source>
        <translation>Gebruik de koptelefoon of speakers waarmee je loopt. Druk op Starten en druk dan bij elke klik die je hoort op de spatiebalk (of klik op Tik). De eerste twee klikken zijn om de maat te vinden.</translation>
    </message>
    <message>
        <source>Tap</source>
        <translation>Tik</translation>
    </message>
    <message>
        <source>Tap on each click</source>
        <translation>Tik bij elke klik</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Use this</source>
        <translation>Dit &amp;gebruiken</translation>
    </message>
    <message>
        <source>T&amp;ry again</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <source>Starting the clicks…</source>
        <translation>Klikken starten…</translation>
    </message>
    <message>
        <source>{0}
Calibration needs sound: connect an output and try again.</source>
        <translation>{0}
Voor kalibreren is geluid nodig: sluit een geluidsuitvoer aan en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Listen to the first two clicks, then tap along.</source>
        <translation>Luister naar de eerste twee klikken en tik dan mee.</translation>
    </message>
    <message>
        <source>Keep tapping on every click.</source>
        <translation>Blijf op elke klik tikken.</translation>
    </message>
    <message>
        <source>Tap {0} of {1}</source>
        <translation>Tik {0} van {1}</translation>
    </message>
    <message>
        <source>Suggested: {0} ms</source>
        <translation>Voorgesteld: {0} ms</translation>
    </message>
    <message>
        <source>You heard the clicks on time: there is no delay to make up.</source>
        <translation>Je hoorde de klikken op tijd: er is geen vertraging om te compenseren.</translation>
    </message>
    <message>
        <source>Every sound will play this much earlier once you press OK in Settings.</source>
        <translation>Elk geluid wordt zoveel eerder afgespeeld zodra je in Instellingen op OK drukt.</translation>
    </message>
    <message>
        <source>The taps were too uneven to tell the delay. Try again, tapping along with the beat rather than reacting to each click.</source>
        <translation>De tikken waren te onregelmatig om de vertraging te bepalen. Probeer het opnieuw en tik mee op de maat in plaats van op elke klik te reageren.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n taps could be matched to clicks; at least {0} are needed. Try again and tap on every click from the third one on.</source>
        <translation>
            <numerusform>Slechts %n tik kon aan een klik worden gekoppeld; er zijn er minstens {0} nodig. Probeer het opnieuw en tik op elke klik vanaf de derde.</numerusform>
            <numerusform>Slechts %n tikken konden aan klikken worden gekoppeld; er zijn er minstens {0} nodig. Probeer het opnieuw en tik op elke klik vanaf de derde.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClickTrain</name>
    <message>
        <source>The click could not be prepared: {0}</source>
        <extracomment>From Start to the first click: time to put the hands ready. After the last click, time for its tap (and for the click to ring out) before ``done``.</extracomment>
        <translation>De klik kon niet worden voorbereid: {0}</translation>
    </message>
    <message>
        <source>No sound output was found, so there are no clicks to tap to.</source>
        <translation>Er is geen geluidsuitvoer gevonden, dus er zijn geen klikken om op te tikken.</translation>
    </message>
</context>
<context>
    <name>CueLines</name>
    <message>
        <source>How to do it</source>
        <translation>Zo doe je het</translation>
    </message>
</context>
<context>
    <name>CuePreview</name>
    <message>
        <source>Sounds are muted in the run window (M), so nothing was played.</source>
        <translation>De geluiden staan gedempt in het trainingsvenster (M), dus er is niets afgespeeld.</translation>
    </message>
    <message>
        <source>The sound could not be prepared: {0}</source>
        <translation>Het geluid kon niet worden voorbereid: {0}</translation>
    </message>
    <message>
        <source>No sound output was found, so nothing can be played.</source>
        <translation>Geen geluidsuitvoer gevonden, dus er kan niets worden afgespeeld.</translation>
    </message>
</context>
<context>
    <name>DisclaimerDialog</name>
    <message>
        <source>Before you start</source>
        <extracomment>Bump when the text changes in substance, so every runner sees the new one once.</extracomment>
        <translation>Voordat je begint</translation>
    </message>
    <message>
        <source>Warm-up Timer guides you through a warm-up and offers a self-check for heavy legs. It gives general information only: it is not a diagnosis or medical advice, and it cannot replace a doctor or physiotherapist.</source>
        <translation>Warm-up Timer begeleidt je door een warming-up en biedt een zelfcheck voor zware benen. De app geeft alleen algemene informatie: het is geen diagnose of medisch advies, en het kan een arts of fysiotherapeut niet vervangen.</translation>
    </message>
    <message>
        <source>Talk to a health professional before you start or change an exercise routine, especially if you have a heart condition, chest pain, dizziness or blackouts, or a bone or joint problem, if you take medicine for your blood pressure or heart, or if you are pregnant.</source>
        <translation>Overleg met een zorgverlener voordat je met een trainingsschema begint of het verandert, vooral als je een hartaandoening, pijn op de borst, duizeligheid of bewustzijnsverlies, of een bot- of gewrichtsprobleem hebt, als je medicijnen gebruikt voor je bloeddruk of hart, of als je zwanger bent.</translation>
    </message>
    <message>
        <source>Stop exercising if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation>Stop met sporten als je pijn, klachten op de borst, duizeligheid of ongewone kortademigheid voelt.</translation>
    </message>
    <message>
        <source>In an emergency, call your local emergency number (such as 112, 999 or 911).</source>
        <translation>Bel in een noodgeval het lokale alarmnummer (bijvoorbeeld 112, 999 of 911).</translation>
    </message>
    <message>
        <source>Never put off getting professional advice because of something this app says.</source>
        <translation>Stel professioneel advies nooit uit vanwege iets wat deze app zegt.</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Ik begrijp het</translation>
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
        <translation>{0}, minuten</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>{0}, seconds</source>
        <translation>{0}, seconden</translation>
    </message>
</context>
<context>
    <name>DurationWarning</name>
    <message>
        <source>totals {0}, shorter than the recommended 15-20 min</source>
        <translation>totaal {0}, korter dan de aanbevolen 15-20 min</translation>
    </message>
    <message>
        <source>totals {0}, longer than the recommended 15-20 min</source>
        <translation>totaal {0}, langer dan de aanbevolen 15-20 min</translation>
    </message>
</context>
<context>
    <name>EditorCommands</name>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beschrijving</translation>
    </message>
    <message>
        <source>lead-in</source>
        <translation>aftellen vooraf</translation>
    </message>
    <message>
        <source>pause between steps</source>
        <translation>pauze tussen stappen</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duur</translation>
    </message>
    <message>
        <source>per side</source>
        <translation>per kant</translation>
    </message>
    <message>
        <source>switch time</source>
        <translation>kantwisseltijd</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>herhalingen</translation>
    </message>
    <message>
        <source>instructions</source>
        <translation>instructies</translation>
    </message>
    <message>
        <source>metronome</source>
        <translation>metronoom</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>figuur</translation>
    </message>
    <message>
        <source>cue lines</source>
        <translation>aanwijzingen</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>stappen</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>routine</translation>
    </message>
    <message>
        <source>part</source>
        <translation>onderdeel</translation>
    </message>
    <message>
        <source>step</source>
        <translation>stap</translation>
    </message>
    <message>
        <source>Change {0} {1}</source>
        <translation>{1} van {0} wijzigen</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>Onderdeel toevoegen</translation>
    </message>
    <message>
        <source>Remove part</source>
        <translation>Onderdeel verwijderen</translation>
    </message>
    <message>
        <source>Move part</source>
        <translation>Onderdeel verplaatsen</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Stap toevoegen</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Stap verwijderen</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Stap verplaatsen</translation>
    </message>
</context>
<context>
    <name>EditorDialogs</name>
    <message>
        <source>Unsaved changes</source>
        <extracomment>The runner chose &quot;Skip the rest&quot; in an import preview: drop the files queued behind it. Unsaved changes in the routine named: save, discard or cancel? Move the routine named to the trash? An imported routine&apos;s name is taken: (name, whether replacing is possible). Show what an import brings in; True to go on with it. A new name for a routine (given its current one); None when cancelled. A routine file to import; None when cancelled. Where to export (given a suggested file name); None when cancelled. Replace this existing file (outside the dialog that already asked)? Something failed: (title, message). Shown in the import preview: files waiting behind it (&quot;3 more files to import&quot;).</extracomment>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Save the changes to “{0}”?</source>
        <translation>Wijzigingen in “{0}” opslaan?</translation>
    </message>
    <message>
        <source>If you don&apos;t, your changes will be lost.</source>
        <translation>Anders gaan je wijzigingen verloren.</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Routine verwijderen</translation>
    </message>
    <message>
        <source>Delete “{0}”?</source>
        <translation>“{0}” verwijderen?</translation>
    </message>
    <message>
        <source>It is moved to the trash folder; you can undo this right after.</source>
        <translation>De routine gaat naar de prullenbakmap; je kunt dit direct daarna ongedaan maken.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Replace it with the imported one, or keep both (the new one gets a number)?</source>
        <translation>Vervangen door de geïmporteerde, of allebei houden (de nieuwe krijgt een nummer)?</translation>
    </message>
    <message>
        <source>That one is built in and cannot be replaced; keep both?</source>
        <translation>Die is ingebouwd en kan niet worden vervangen; allebei houden?</translation>
    </message>
    <message>
        <source>Name already used</source>
        <translation>Naam al in gebruik</translation>
    </message>
    <message>
        <source>You already have a routine called “{0}”.</source>
        <translation>Je hebt al een routine met de naam “{0}”.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Allebei houden</translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation>Routine hernoemen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nieuwe naam:</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Routine importeren</translation>
    </message>
    <message>
        <source>Warm-up routines (*{0});;All files (*)</source>
        <translation>Warming-uproutines (*{0});;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Export a routine</source>
        <translation>Routine exporteren</translation>
    </message>
    <message>
        <source>Warm-up routines (*{0})</source>
        <translation>Warming-uproutines (*{0})</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>Bestand vervangen</translation>
    </message>
    <message>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} bestaat al. Vervangen?</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <source>◀ All routines</source>
        <extracomment>The user wants to go back to the list of routines. Save was pressed (the routine is valid). Try it was pressed: (speed,) - 1.0 or the quick-check speed.</extracomment>
        <translation>◀ Alle routines</translation>
    </message>
    <message>
        <source>Back to all routines</source>
        <translation>Terug naar alle routines</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Proberen</translation>
    </message>
    <message>
        <source>{0}x speed</source>
        <translation>{0}x snelheid</translation>
    </message>
    <message>
        <source>Run it ten times faster, for a quick check</source>
        <translation>Tien keer sneller afspelen, voor een snelle controle</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>Onderdeel toevoegen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog verplaatsen</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag verplaatsen</translation>
    </message>
    <message>
        <source>Step to add</source>
        <translation>Toe te voegen stap</translation>
    </message>
    <message>
        <source> (each side)</source>
        <translation> (per kant)</translation>
    </message>
    <message>
        <source>Blank step</source>
        <translation>Lege stap</translation>
    </message>
    <message>
        <source>Ready-made steps with their instructions filled in, or a blank one</source>
        <translation>Kant-en-klare stappen met ingevulde instructies, of een lege</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Stap toevoegen</translation>
    </message>
    <message>
        <source>Add it after the selected step</source>
        <translation>Toevoegen na de geselecteerde stap</translation>
    </message>
    <message>
        <source>Add a part, then add steps to it from the list on the left.</source>
        <translation>Voeg een onderdeel toe en voeg er dan stappen aan toe uit de lijst links.</translation>
    </message>
    <message>
        <source>Add a step:</source>
        <translation>Stap toevoegen:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Save to your routines ({0})</source>
        <translation>Opslaan bij je routines ({0})</translation>
    </message>
    <message>
        <source>(unnamed routine)</source>
        <translation>(naamloze routine)</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>nog niet opgeslagen</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>opgeslagen</translation>
    </message>
    <message>
        <source>⚠ shorter than the recommended 15-20 min</source>
        <translation>⚠ korter dan de aanbevolen 15-20 min</translation>
    </message>
    <message>
        <source>⚠ longer than the recommended 15-20 min</source>
        <translation>⚠ langer dan de aanbevolen 15-20 min</translation>
    </message>
    <message>
        <source>✓ within the recommended 15-20 min</source>
        <translation>✓ binnen de aanbevolen 15-20 min</translation>
    </message>
    <message>
        <source>Total {0}  {1}</source>
        <translation>Totaal {0}  {1}</translation>
    </message>
    <message>
        <source>Save to your routines</source>
        <translation>Opslaan bij je routines</translation>
    </message>
    <message>
        <source>{0} to fix before saving:</source>
        <translation>{0} op te lossen voor het opslaan:</translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n probleem</numerusform>
            <numerusform>%n problemen</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… en nog {0}</translation>
    </message>
    <message>
        <source>Fix the problems listed below to save</source>
        <translation>Los de problemen hieronder op om op te slaan</translation>
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
        <translation>Onderdeel {0}</translation>
    </message>
    <message>
        <source>, step {0}</source>
        <translation>, stap {0}</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nieuwe stap</translation>
    </message>
    <message>
        <source>Part 1</source>
        <translation>Onderdeel 1</translation>
    </message>
    <message>
        <source>Duplicate part</source>
        <translation>Onderdeel dupliceren</translation>
    </message>
    <message>
        <source>Duplicate step</source>
        <translation>Stap dupliceren</translation>
    </message>
    <message>
        <source>Undo: {0}</source>
        <translation>Ongedaan maken: {0}</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Niets om ongedaan te maken</translation>
    </message>
    <message>
        <source>Redo: {0}</source>
        <translation>Opnieuw: {0}</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Niets om opnieuw te doen</translation>
    </message>
</context>
<context>
    <name>FigureView</name>
    <message>
        <source>Figure showing the movement</source>
        <extracomment>Frames per second while animating a quick loop (walk, jog, strides: under 2 s a loop): 12 drawings a jogging stride, as hand animation draws &quot;on twos&quot;. Each frame costs what a bare PySide6 widget pays to show an image under X (measured: 20 frames/s cost 0.95 % of a core). Frames per second for a slow loop (the stretches rock over 4-5 s): fewer repaints. Memory for a figure&apos;s drawn frames (a 260 px lunge loop takes about 11 MB), and as much again for the same frames on the stage&apos;s colour; beyond it, frames are drawn each time.</extracomment>
        <translation>Figuur die de beweging toont</translation>
    </message>
</context>
<context>
    <name>FinishNotifier</name>
    <message>
        <source>Warm-up complete</source>
        <extracomment>A notification went out (``&quot;tray&quot;`` or ``&quot;dbus&quot;``), for the log and for tests.</extracomment>
        <translation>Warming-up voltooid</translation>
    </message>
    <message>
        <source>{0} of warm-up done. Have a good run!</source>
        <translation>{0} warming-up gedaan. Veel loopplezier!</translation>
    </message>
    <message>
        <source>Have a good run!</source>
        <translation>Veel loopplezier!</translation>
    </message>
</context>
<context>
    <name>HeavyLegsChart</name>
    <message>
        <source>No self-checks yet. Your heavy-legs score appears here once you take one.</source>
        <extracomment>Self-checks with a warning sign: a red square near the top, never a score.</extracomment>
        <translation>Nog geen zelfchecks. Je score voor zware benen verschijnt hier zodra je er een doet.</translation>
    </message>
    <message>
        <source>Heavy-legs score</source>
        <translation>Score zware benen</translation>
    </message>
    <message>
        <source>Chart of the heavy-legs score over time</source>
        <translation>Verloop van de score voor zware benen</translation>
    </message>
    <message>
        <source>Warning sign: see the result</source>
        <translation>Alarmsignaal: bekijk het resultaat</translation>
    </message>
    <message>
        <source>Rest day suggested from {score}</source>
        <translation>Rustdag aangeraden vanaf {score}</translation>
    </message>
    <message numerus="yes">
        <source>%n self-checks; the latest had a warning sign: see its result</source>
        <translation>
            <numerusform>%n zelfcheck; die had een alarmsignaal: bekijk het resultaat</numerusform>
            <numerusform>%n zelfchecks; de laatste had een alarmsignaal: bekijk het resultaat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n self-checks; latest score {score} of 100</source>
        <translation>
            <numerusform>%n zelfcheck; score {score} van 100</numerusform>
            <numerusform>%n zelfchecks; laatste score {score} van 100</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a warning sign.</source>
        <translation>
            <numerusform>Daarvan had %n een alarmsignaal.</numerusform>
            <numerusform>Daarvan hadden %n een alarmsignaal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <source>days in a row with a warm-up</source>
        <extracomment>Asks before deleting everything; replaced in tests. Asks where to save the CSV file (None: cancelled); replaced in tests.</extracomment>
        <translation>
            <numerusform>dag op rij met een warming-up</numerusform>
            <numerusform>dagen op rij met een warming-up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warm-ups this week</source>
        <translation>
            <numerusform>warming-up deze week</numerusform>
            <numerusform>warming-ups deze week</numerusform>
        </translation>
    </message>
    <message>
        <source>no self-check yet</source>
        <translation>nog geen zelfcheck</translation>
    </message>
    <message>
        <source>History entries, newest first</source>
        <translation>Geschiedenis, nieuwste eerst</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exporteren naar CSV…</translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation>Item &amp;verwijderen</translation>
    </message>
    <message>
        <source>C&amp;lear all…</source>
        <translation>&amp;Alles wissen…</translation>
    </message>
    <message>
        <source>Save every entry as a CSV file</source>
        <translation>Alle items opslaan als CSV-bestand</translation>
    </message>
    <message>
        <source>Delete the selected entry (Delete)</source>
        <translation>Het geselecteerde item verwijderen (Delete)</translation>
    </message>
    <message>
        <source>Delete every entry, after asking</source>
        <translation>Alle items verwijderen, na bevestiging</translation>
    </message>
    <message>
        <source>History is not open yet.</source>
        <translation>De geschiedenis is nog niet geopend.</translation>
    </message>
    <message>
        <source>warning sign at the last self-check: see the result</source>
        <translation>alarmsignaal bij de laatste zelfcheck: bekijk het resultaat</translation>
    </message>
    <message>
        <source>heavy-legs score at the last self-check</source>
        <translation>score zware benen bij de laatste zelfcheck</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>Nog geen items.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n item.</numerusform>
            <numerusform>%n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n entries to {path}</source>
        <translation>
            <numerusform>%n item opgeslagen in {path}</numerusform>
            <numerusform>%n items opgeslagen in {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Warm-up: {name}</source>
        <translation>Warming-up: {name}</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>Zelfcheck</translation>
    </message>
    <message>
        <source>Completed ({total})</source>
        <translation>Voltooid ({total})</translation>
    </message>
    <message>
        <source>Not finished (still running, or the app was closed)</source>
        <translation>Niet afgerond (loopt nog, of de app werd gesloten)</translation>
    </message>
    <message>
        <source>Skipped to the end</source>
        <translation>Naar het einde gesprongen</translation>
    </message>
    <message>
        <source>Stopped at {step}</source>
        <translation>Gestopt bij {step}</translation>
    </message>
    <message>
        <source>Stopped before the first step</source>
        <translation>Gestopt voor de eerste stap</translation>
    </message>
    <message>
        <source>warning sign: see the result</source>
        <translation>alarmsignaal: bekijk het resultaat</translation>
    </message>
    <message>
        <source>heavy-legs score {score}</source>
        <translation>score zware benen {score}</translation>
    </message>
    <message>
        <source>Entry deleted.</source>
        <translation>Item verwijderd.</translation>
    </message>
    <message>
        <source>History cleared.</source>
        <translation>Geschiedenis gewist.</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>Kon {path} niet opslaan: {reason}</translation>
    </message>
    <message>
        <source>Clear all history?</source>
        <translation>Hele geschiedenis wissen?</translation>
    </message>
    <message>
        <source>Delete every warm-up and self-check from your history? This cannot be undone. Export to CSV first if you want a copy.</source>
        <translation>Alle warming-ups en zelfchecks uit je geschiedenis verwijderen? Dit kan niet ongedaan worden gemaakt. Exporteer eerst naar CSV als je een kopie wilt.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Geschiedenis exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import a routine</source>
        <translation>Routine importeren</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>Bestand: {0}</translation>
    </message>
    <message>
        <source>Total: {0}</source>
        <translation>Totaal: {0}</translation>
    </message>
    <message>
        <source>A routine called “{0}” is already in your library.</source>
        <translation>Er staat al een routine met de naam “{0}” in je bibliotheek.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Dit bestand kan niet worden geïmporteerd</translation>
    </message>
    <message>
        <source>Nothing was saved. What is wrong with it:</source>
        <translation>Er is niets opgeslagen. Wat er mis mee is:</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… en nog {0}</translation>
    </message>
    <message>
        <source>Skip the rest</source>
        <extracomment>The runner chose to skip the files waiting behind this one. Only when files wait behind this one.</extracomment>
        <translation>De rest overslaan</translation>
    </message>
    <message>
        <source>line {0}: </source>
        <translation>regel {0}: </translation>
    </message>
</context>
<context>
    <name>ImportQueue</name>
    <message numerus="yes">
        <source>%n more files to import</source>
        <extracomment>Offer this file now (``pathlib.Path``); connect it directly: the next one waits for the slot to return. How many files wait behind the one being offered now (``int``; 0 when none).</extracomment>
        <translation>
            <numerusform>Nog %n bestand te importeren</numerusform>
            <numerusform>Nog %n bestanden te importeren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeepAwake</name>
    <message>
        <source>A warm-up routine is running</source>
        <extracomment>States in which the screen must stay on: the runner is following the countdown.</extracomment>
        <translation>Er loopt een warming-uproutine</translation>
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
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nieuwe routine</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Hernoemen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Built-in (read-only)</source>
        <translation>Ingebouwd (alleen-lezen)</translation>
    </message>
    <message>
        <source>Your routines</source>
        <translation>Jouw routines</translation>
    </message>
    <message>
        <source>None yet: make a new one, or duplicate one above</source>
        <translation>Nog geen: maak een nieuwe, of dupliceer er een hierboven</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Kon niet worden gelezen</translation>
    </message>
    <message>
        <source>broken file</source>
        <translation>beschadigd bestand</translation>
    </message>
    <message>
        <source>⚠ short  {0}</source>
        <translation>⚠ kort  {0}</translation>
    </message>
    <message>
        <source>⚠ long  {0}</source>
        <translation>⚠ lang  {0}</translation>
    </message>
    <message>
        <source>Outside the recommended 15-20 min</source>
        <translation>Buiten de aanbevolen 15-20 min</translation>
    </message>
    <message>
        <source>outside 15 to 20 minutes</source>
        <translation>buiten 15 tot 20 minuten</translation>
    </message>
    <message>
        <source>Duplicate to edit</source>
        <translation>Dupliceren om te bewerken</translation>
    </message>
    <message>
        <source>No routine selected</source>
        <translation>Geen routine geselecteerd</translation>
    </message>
    <message>
        <source>This file could not be read:</source>
        <translation>Dit bestand kon niet worden gelezen:</translation>
    </message>
    <message>
        <source>line {0}: </source>
        <translation>regel {0}: </translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>Bestand: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Total {0} (plus a {1} get-ready countdown), %n steps</source>
        <translation>
            <numerusform>Totaal {0} (plus {1} aftellen vooraf), %n stap</numerusform>
            <numerusform>Totaal {0} (plus {1} aftellen vooraf), %n stappen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n stap</numerusform>
            <numerusform>%n stappen</numerusform>
        </translation>
    </message>
    <message>
        <source>Built in: read-only. Duplicate it to make your own version.</source>
        <translation>Ingebouwd: alleen-lezen. Dupliceer deze routine om je eigen versie te maken.</translation>
    </message>
    <message>
        <source>line {0}</source>
        <translation>regel {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Warm-up</source>
        <extracomment>The runner asked for the settings dialog (the app owns the settings and opens it). Routines, Self-check and History now exist (emitted once); the app wires them.</extracomment>
        <translation>Warming-up</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>Zelfcheck</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Files to import (drops, other launches), offered one dialog at a time.</extracomment>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Timer</translation>
    </message>
    <message>
        <source>&amp;Import routine…</source>
        <translation>Routine &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Export routine…</source>
        <translation>Routine &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>In&amp;stellingen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Logmap openen</translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translation>&amp;Over {0}</translation>
    </message>
</context>
<context>
    <name>OwnSoundImporter</name>
    <message>
        <source>Sounds ({0})</source>
        <translation>Geluiden ({0})</translation>
    </message>
</context>
<context>
    <name>OwnSounds</name>
    <message>
        <source>The file {name} was not found.</source>
        <translation>Het bestand {name} is niet gevonden.</translation>
    </message>
    <message>
        <source>The file {name} could not be opened: {reason}</source>
        <translation>Het bestand {name} kon niet worden geopend: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a file.</source>
        <translation>{name} is geen bestand.</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>Het bestand {name} is leeg.</translation>
    </message>
    <message>
        <source>The file is {size:.1f} MB; a cue sound can be at most {limit} MB.</source>
        <translation>Het bestand is {size:.1f} MB; een signaalgeluid mag hoogstens {limit} MB zijn.</translation>
    </message>
    <message>
        <source>MP3, OGG and FLAC files need ffmpeg, which is not installed. Choose a WAV file, or install ffmpeg.</source>
        <translation>MP3-, OGG- en FLAC-bestanden hebben ffmpeg nodig, maar dat is niet geïnstalleerd. Kies een WAV-bestand of installeer ffmpeg.</translation>
    </message>
    <message>
        <source>{name} is not a sound file this app can use. Choose a {kinds} file.</source>
        <translation>{name} is geen geluidsbestand dat deze app kan gebruiken. Kies een bestand van het type {kinds}.</translation>
    </message>
    <message>
        <source>{name} is not a WAV file this app can read. It may be damaged, or use a WAV flavour that needs ffmpeg (not installed).</source>
        <translation>{name} is geen WAV-bestand dat deze app kan lezen. Misschien is het beschadigd, of gebruikt het een WAV-variant waarvoor ffmpeg nodig is (niet geïnstalleerd).</translation>
    </message>
    <message>
        <source>{name} could not be read as sound. It may be damaged, or not audio.</source>
        <translation>{name} kon niet als geluid worden gelezen. Misschien is het beschadigd, of is het geen audio.</translation>
    </message>
    <message>
        <source>The file contains no sound.</source>
        <translation>Het bestand bevat geen geluid.</translation>
    </message>
    <message>
        <source>The file is silent.</source>
        <translation>Het bestand bevat alleen stilte.</translation>
    </message>
    <message>
        <source>The sound lasts {seconds:.1f} s; a cue sound can be at most {limit:g} s.</source>
        <translation>Het geluid duurt {seconds:.1f} s; een signaalgeluid mag hoogstens {limit:g} s duren.</translation>
    </message>
    <message>
        <source>The file {name} could not be used: it {reason}.</source>
        <translation>Het bestand {name} kon niet worden gebruikt: {reason}.</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <extracomment>A stored sound is at most MAX_SECONDS of 16-bit mono at SAMPLE_RATE, plus its silent tail.</extracomment>
        <translation>het bestand ontbreekt</translation>
    </message>
    <message>
        <source>the file {reason}</source>
        <translation>bestand: {reason}</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>het bestand is beschadigd</translation>
    </message>
    <message>
        <source>Your sound for “{cue}” can&apos;t be used ({reason}); the built-in sound plays instead.</source>
        <translation>Je geluid voor “{cue}” kan niet worden gebruikt ({reason}); in plaats daarvan klinkt het ingebouwde geluid.</translation>
    </message>
</context>
<context>
    <name>PartForm</name>
    <message>
        <source>Part name:</source>
        <translation>Naam onderdeel:</translation>
    </message>
    <message>
        <source>e.g. Jog</source>
        <translation>bijv. Joggen</translation>
    </message>
    <message>
        <source>Pause between steps:</source>
        <translation>Pauze tussen stappen:</translation>
    </message>
    <message>
        <source>Time to move to the next exercise of this part</source>
        <translation>Tijd om naar de volgende oefening van dit onderdeel te gaan</translation>
    </message>
    <message>
        <source>Part total:</source>
        <translation>Totaal onderdeel:</translation>
    </message>
    <message>
        <source>Part {0} of {1}</source>
        <translation>Onderdeel {0} van {1}</translation>
    </message>
    <message numerus="yes">
        <source>{0} (%n steps)</source>
        <translation>
            <numerusform>{0} (%n stap)</numerusform>
            <numerusform>{0} (%n stappen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Steps: {0}</source>
        <translation>Stappen: {0}</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Whole warm-up</source>
        <extracomment>Skipped stretches as fractions of the bar, (from, to), 0 to 1.</extracomment>
        <translation>Hele warming-up</translation>
    </message>
    <message>
        <source>Whole warm-up progress</source>
        <translation>Voortgang hele warming-up</translation>
    </message>
    <message>
        <source>{0} progress</source>
        <translation>Voortgang {0}</translation>
    </message>
    <message>
        <source>{0} {1} / {2}</source>
        <translation>{0} {1} / {2}</translation>
    </message>
    <message>
        <source>{0} done, {1} skipped, {2} left</source>
        <translation>{0} gedaan, {1} overgeslagen, {2} te gaan</translation>
    </message>
    <message>
        <source>{0} done, {1} left</source>
        <translation>{0} gedaan, {1} te gaan</translation>
    </message>
</context>
<context>
    <name>RedFlagGate</name>
    <message>
        <source>Any of these?</source>
        <extracomment>Warning signs that stop the flow the moment they are ticked. &quot;Yes, or not sure&quot;: show the check boxes.</extracomment>
        <translation>Een van deze?</translation>
    </message>
    <message>
        <source>&amp;Yes, or not sure: tick which ▼</source>
        <translation>&amp;Ja, of twijfel: vink aan welke ▼</translation>
    </message>
    <message>
        <source>Yes, or not sure: tick which</source>
        <translation>Ja, of twijfel: vink aan welke</translation>
    </message>
    <message>
        <source>None of them? Press “No, none of these” below.</source>
        <translation>Geen van deze? Druk hieronder op “Nee, geen van deze”.</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>Self-check result</source>
        <extracomment>Start today&apos;s warm-up (the routine from :meth:`chosen_entry`). Go back to the questions, answers kept. Clear every answer and begin again.</extracomment>
        <translation>Resultaat zelfcheck</translation>
    </message>
    <message>
        <source>Today&apos;s warm-up</source>
        <translation>Warming-up van vandaag</translation>
    </message>
    <message>
        <source>Suggested for today and already ticked: the warm-up below includes them. Untick a change to leave it out.</source>
        <translation>Aangeraden voor vandaag en al aangevinkt: de warming-up hieronder bevat ze. Vink een wijziging uit om die weg te laten.</translation>
    </message>
    <message>
        <source>&amp;Start the warm-up</source>
        <translation>&amp;Start de warming-up</translation>
    </message>
    <message>
        <source>&amp;Change answers</source>
        <translation>Antwoorden &amp;wijzigen</translation>
    </message>
    <message>
        <source>Start a &amp;new check</source>
        <translation>&amp;Nieuwe check starten</translation>
    </message>
    <message>
        <source>Why this result</source>
        <translation>Waarom dit resultaat</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Wat je kunt doen</translation>
    </message>
    <message>
        <source>Today: {advice}</source>
        <translation>Vandaag: {advice}</translation>
    </message>
    <message>
        <source>Heavy-legs score: {score} of 100. A number to follow over time in your history, not a medical measure.</source>
        <translation>Score zware benen: {score} van 100. Een getal om in je geschiedenis te volgen, geen medische meting.</translation>
    </message>
    <message>
        <source>&amp;Start the adapted warm-up</source>
        <translation>&amp;Start de aangepaste warming-up</translation>
    </message>
    <message>
        <source>Choose a routine on the Warm-up tab, then come back to start it.</source>
        <translation>Kies een routine op het tabblad Warming-up en kom dan terug om hem te starten.</translation>
    </message>
    <message>
        <source>Routine: {name}, {total}</source>
        <translation>Routine: {name}, {total}</translation>
    </message>
    <message>
        <source> (adapted)</source>
        <translation> (aangepast)</translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>e.g. Tempo day warm-up</source>
        <translation>bijv. Warming-up tempoloop</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschrijving:</translation>
    </message>
    <message>
        <source>What this warm-up is for</source>
        <translation>Waar deze warming-up voor is</translation>
    </message>
    <message>
        <source>Get-ready countdown:</source>
        <translation>Aftellen vooraf:</translation>
    </message>
    <message>
        <source>Counted down before the first step; not in the total</source>
        <translation>Wordt afgeteld voor de eerste stap; telt niet mee in het totaal</translation>
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
        <translation>Routines laden…</translation>
    </message>
    <message>
        <source>Adapted for today</source>
        <translation>Aangepast voor vandaag</translation>
    </message>
    <message>
        <source>Use the original</source>
        <translation>Origineel gebruiken</translation>
    </message>
    <message>
        <source>Go back to the routine as it is saved</source>
        <translation>Terug naar de routine zoals die is opgeslagen</translation>
    </message>
    <message>
        <source>Show the list</source>
        <translation>Toon de lijst</translation>
    </message>
    <message>
        <source>Which routine files could not be read, and why</source>
        <translation>Welke routinebestanden niet konden worden gelezen, en waarom</translation>
    </message>
    <message>
        <source>Routine:</source>
        <translation>Routine:</translation>
    </message>
    <message>
        <source>No routines found.</source>
        <translation>Geen routines gevonden.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n routine files could not be read.</source>
        <translation>
            <numerusform>⚠ %n routinebestand kon niet worden gelezen.</numerusform>
            <numerusform>⚠ %n routinebestanden konden niet worden gelezen.</numerusform>
        </translation>
    </message>
    <message>
        <source> (+{0} more)</source>
        <translation> (+{0} meer)</translation>
    </message>
    <message>
        <source>Routine files that could not be read</source>
        <translation>Routinebestanden die niet konden worden gelezen</translation>
    </message>
</context>
<context>
    <name>RoutinesView</name>
    <message>
        <source>this routine</source>
        <extracomment>The routines on disk changed (``Library``): saved, imported, renamed, deleted, restored. The runner chose to skip the files waiting to be imported after the one shown. Makes the driver of a &quot;Try it&quot; run (tests give one on a fake clock). Makes the view a &quot;Try it&quot; run is shown in (the window gives the Warm-up tab&apos;s view).</extracomment>
        <translation>deze routine</translation>
    </message>
    <message>
        <source>My warm-up</source>
        <translation>Mijn warming-up</translation>
    </message>
    <message>
        <source>Jog</source>
        <translation>Joggen</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (kopie)</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>Kan nog niet opslaan</translation>
    </message>
    <message>
        <source>Fix the marked fields first:
{0}</source>
        <translation>Herstel eerst de gemarkeerde velden:
{0}</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Kon niet opslaan</translation>
    </message>
    <message>
        <source>Could not rename</source>
        <translation>Kon niet hernoemen</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Kon niet verwijderen</translation>
    </message>
    <message>
        <source>“{0}” was moved to the trash.</source>
        <translation>“{0}” is naar de prullenbak verplaatst.</translation>
    </message>
    <message>
        <source>Could not restore</source>
        <translation>Kon niet terugzetten</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>Kon niet importeren</translation>
    </message>
    <message>
        <source>Cannot export yet</source>
        <translation>Kan nog niet exporteren</translation>
    </message>
    <message>
        <source>Fix the marked fields first.</source>
        <translation>Herstel eerst de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Niets om te exporteren</translation>
    </message>
    <message>
        <source>Select a routine first.</source>
        <translation>Selecteer eerst een routine.</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Kon niet exporteren</translation>
    </message>
</context>
<context>
    <name>RunTray</name>
    <message>
        <source>Pause</source>
        <extracomment>The runner asked to see the main window (menu item or a click on the icon). The runner chose Quit from the tray menu.</extracomment>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Naar de volgende stap</translation>
    </message>
    <message>
        <source>Show {0}</source>
        <translation>{0} tonen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>{0}: ready</source>
        <translation>{0}: klaar</translation>
    </message>
    <message>
        <source>{0}: warm-up complete</source>
        <translation>{0}: warming-up voltooid</translation>
    </message>
    <message>
        <source>Get ready: {0}</source>
        <translation>Klaarmaken: {0}</translation>
    </message>
    <message>
        <source>Switch sides: {0}</source>
        <translation>Wissel van kant: {0}</translation>
    </message>
    <message>
        <source>Next exercise in {0}</source>
        <translation>Volgende oefening over {0}</translation>
    </message>
    <message>
        <source>{0}{1}: {2} left</source>
        <translation>{0}{1}: nog {2}</translation>
    </message>
    <message>
        <source>Paused. {0}</source>
        <translation>Gepauzeerd. {0}</translation>
    </message>
    <message>
        <source>{0} of the warm-up left</source>
        <translation>Nog {0} van de warming-up</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <source>◀◀ Back</source>
        <extracomment>Full screen was asked for (F11). The runner counts the warm-up they skipped to the end of as done (history records it). Focus mode went on (a routine runs: only what a runner needs) or off (paused, stopped). How long the controls strip stays after the last mouse move or key press. Asks before stopping a running routine; replaced in tests (no modal dialogs there). Asks before restarting a warm-up under way (R or the button); replaced in tests.</extracomment>
        <translation>◀◀ Terug</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Skip ▶▶</source>
        <translation>Overslaan ▶▶</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Count it as done</source>
        <translation>Als gedaan tellen</translation>
    </message>
    <message>
        <source>You skipped to the end: record this warm-up as completed anyway</source>
        <translation>Je bent naar het einde gesprongen: deze warming-up toch als voltooid vastleggen</translation>
    </message>
    <message>
        <source>Back to the start of this step; twice: previous (Left)</source>
        <translation>Terug naar het begin van deze stap; twee keer: vorige stap (pijl-links)</translation>
    </message>
    <message>
        <source>Start, pause or resume (Space)</source>
        <translation>Start, pauze of verder (spatie)</translation>
    </message>
    <message>
        <source>Skip to the next step (Right)</source>
        <translation>Naar de volgende stap (pijl-rechts)</translation>
    </message>
    <message>
        <source>Start the routine again (R)</source>
        <translation>De routine opnieuw starten (R)</translation>
    </message>
    <message>
        <source>Stop the routine (Esc)</source>
        <translation>De routine stoppen (Esc)</translation>
    </message>
    <message>
        <source>Start / Pause</source>
        <translation>Start / pauze</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Volledig scherm</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Dempen</translation>
    </message>
    <message>
        <source>Counted as done. Have a good run!</source>
        <translation>Als gedaan geteld. Veel loopplezier!</translation>
    </message>
    <message>
        <source>Restart the warm-up?</source>
        <translation>Warming-up opnieuw starten?</translation>
    </message>
    <message>
        <source>Start this warm-up again from the beginning? Your place in it will be lost.</source>
        <translation>Deze warming-up opnieuw vanaf het begin starten? Je voortgang gaat verloren.</translation>
    </message>
    <message>
        <source>Stop the warm-up?</source>
        <translation>Warming-up stoppen?</translation>
    </message>
    <message>
        <source>Stop this warm-up? Your place in it will be lost.</source>
        <translation>Deze warming-up stoppen? Je voortgang gaat verloren.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Opnieuw starten</translation>
    </message>
</context>
<context>
    <name>SelfCheckPanel</name>
    <message>
        <source>Health screen</source>
        <extracomment>A result was shown for answers not reported before: (``Report``, ``dict[str, bool]``). A warm-up was started from the result (``RoutineEntry``, possibly an adapted copy).</extracomment>
        <translation>Gezondheidsvragen</translation>
    </message>
    <message>
        <source>Your legs today</source>
        <translation>Je benen vandaag</translation>
    </message>
    <message>
        <source>Tick what applies. Leave the rest unticked.</source>
        <translation>Vink aan wat van toepassing is. Laat de rest leeg.</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Terug</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Volgende ▶</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Disclaimer</translation>
    </message>
    <message>
        <source>You said your legs hurt or that you have poor circulation. Before the result, read every warning sign again and tick any that applies.</source>
        <translation>Je gaf aan dat je benen pijn doen of dat je een slechte doorbloeding hebt. Lees vóór het resultaat alle alarmsignalen nog eens en vink aan wat van toepassing is.</translation>
    </message>
    <message>
        <source>Before the result: the warning signs again</source>
        <translation>Vóór het resultaat: nog eens de alarmsignalen</translation>
    </message>
    <message>
        <source>Step {n} of {count}</source>
        <translation>Stap {n} van {count}</translation>
    </message>
    <message>
        <source>None of these apply: see the &amp;result ▶</source>
        <translation>Geen van toepassing: naar het &amp;resultaat ▶</translation>
    </message>
    <message>
        <source>&amp;No, none of these ▶</source>
        <translation>&amp;Nee, geen van deze ▶</translation>
    </message>
    <message>
        <source>See the &amp;result ▶</source>
        <translation>Naar het &amp;resultaat ▶</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>SessionAudio</name>
    <message>
        <source>The sounds could not be prepared ({0}), so this warm-up shows its cues on screen only.</source>
        <extracomment>Something the runner should know once (no sound output, an own sound replaced).</extracomment>
        <translation>De geluiden konden niet worden voorbereid ({0}), dus deze warming-up toont de signalen alleen op het scherm.</translation>
    </message>
    <message>
        <source>The sound folder cannot be written ({0}); the sounds are kept in memory for this session.</source>
        <translation>In de geluidsmap kan niet worden geschreven ({0}); de geluiden blijven deze sessie in het geheugen.</translation>
    </message>
    <message>
        <source>No voice: {0} Settings → Voice says what to install.</source>
        <translation>Geen stem: {0} Onder Instellingen → Stem staat wat je moet installeren.</translation>
    </message>
    <message>
        <source>The sound for “{0}” could not be loaded: {1}</source>
        <translation>Het geluid voor “{0}” kon niet worden geladen: {1}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings could not be saved to {0}. Changes are used until you quit.</source>
        <extracomment>Far more than any settings file the app writes (about 2 KB); a bigger one is not ours. &quot;Restore defaults&quot; resets it. Window geometry is remembered state, not a preference. How cues are played: &quot;stream&quot; (one open output, every sound at its exact sample) or &quot;effects&quot; (the older QSoundEffect per kind, kept for comparison). Not in the dialog. Play every sound this many milliseconds early, to cancel an output&apos;s delay (Bluetooth). Without a voice for the interface language: English lines in an English voice, or silence. The interface language (a code of i18n/languages.py), &quot;&quot; for the system&apos;s; read at start-up. The version of the first-run disclaimer the runner accepted (0: none yet); see gui/dialogs/disclaimer.py. A preference changed (the key&apos;s name, e.g. ``&quot;sounds/volume&quot;``); read it with ``get``. Saving failed (a message for the runner); the new values stay in use for this run. What was wrong with the file when it was loaded, one message each, for the runner. None while the file is left alone for the session (it could not be read).</extracomment>
        <translation>Je instellingen konden niet worden opgeslagen in {0}. Wijzigingen gelden tot je de app afsluit.</translation>
    </message>
    <message>
        <source>Your settings file {0} could not be read ({1}), so the defaults are in use for this session. The file was left as it is, and changes are not saved to it.</source>
        <translation>Je instellingenbestand {0} kon niet worden gelezen ({1}), dus deze sessie gelden de standaardinstellingen. Het bestand is gelaten zoals het is, en wijzigingen worden er niet in opgeslagen.</translation>
    </message>
    <message>
        <source>(it could not be moved aside: {0})</source>
        <translation>(het kon niet opzij worden gezet: {0})</translation>
    </message>
    <message>
        <source>The damaged file was kept as {0}.</source>
        <translation>Het beschadigde bestand is bewaard als {0}.</translation>
    </message>
    <message>
        <source>Your settings file could not be read, so the defaults are in use. {0}</source>
        <translation>Je instellingenbestand kon niet worden gelezen, dus de standaardinstellingen zijn in gebruik. {0}</translation>
    </message>
    <message>
        <source>Some settings had values the app cannot use and were reset: {0}.</source>
        <translation>Sommige instellingen hadden waarden die de app niet kan gebruiken en zijn teruggezet: {0}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>The form&apos;s values were stored (OK or Apply).</extracomment>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>&amp;Sounds</source>
        <extracomment>Shows a problem to the runner; replaced in tests (no modal boxes there). The tap-to-calibrate dialog while it is open. Asks for a sound file; replaced in tests.</extracomment>
        <translation>&amp;Geluid</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>&amp;Stem</translation>
    </message>
    <message>
        <source>&amp;Timing</source>
        <translation>&amp;Timing</translation>
    </message>
    <message>
        <source>&amp;Look</source>
        <translation>&amp;Weergave</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Vol&amp;ume:</source>
        <translation>&amp;Volume:</translation>
    </message>
    <message>
        <source>Sound for {0}</source>
        <translation>Geluid voor {0}</translation>
    </message>
    <message>
        <source>▶ Preview</source>
        <translation>▶ Afspelen</translation>
    </message>
    <message>
        <source>Preview the {0} sound</source>
        <translation>Het geluid voor {0} afspelen</translation>
    </message>
    <message>
        <source>Play this sound now</source>
        <translation>Dit geluid nu afspelen</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Play sounds early by</source>
        <translation>Geluid vervroegen met</translation>
    </message>
    <message>
        <source>Bluetooth headphones play sound late, often by 100 to 300 ms. Every cue sound is played this much earlier to make up for it.</source>
        <translation>Bluetooth-koptelefoons spelen geluid te laat af, vaak 100 tot 300 ms. Elk signaalgeluid wordt zoveel eerder afgespeeld om dat te compenseren.</translation>
    </message>
    <message>
        <source>Play sounds &amp;early by:</source>
        <translation>Geluid vervroegen &amp;met:</translation>
    </message>
    <message>
        <source>C&amp;alibrate…</source>
        <translation>&amp;Kalibreren…</translation>
    </message>
    <message>
        <source>Calibrate the sound delay by tapping</source>
        <translation>De geluidsvertraging kalibreren door te tikken</translation>
    </message>
    <message>
        <source>Tap along to a few clicks and the app suggests how early to play sounds.</source>
        <translation>Tik mee met een paar klikken en de app stelt voor hoeveel eerder de geluiden moeten klinken.</translation>
    </message>
    <message>
        <source>Each cue has its own sound, so you know what happened without looking.</source>
        <translation>Elk signaal heeft een eigen geluid, zodat je weet wat er gebeurt zonder te kijken.</translation>
    </message>
    <message>
        <source>&amp;Say each step&apos;s name and what comes next</source>
        <translation>Bij elke stap de &amp;naam zeggen en wat er hierna komt</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stem</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Spreektempo</translation>
    </message>
    <message>
        <source>Much faster</source>
        <translation>Veel sneller</translation>
    </message>
    <message>
        <source>&amp;Test voice</source>
        <translation>Stem &amp;beluisteren</translation>
    </message>
    <message>
        <source>Test the voice</source>
        <translation>De stem testen</translation>
    </message>
    <message>
        <source>V&amp;oice:</source>
        <translation>St&amp;em:</translation>
    </message>
    <message>
        <source>Speaking &amp;rate:</source>
        <translation>S&amp;preektempo:</translation>
    </message>
    <message>
        <source>Speak English</source>
        <translation>Engels spreken</translation>
    </message>
    <message>
        <source>No announcements</source>
        <translation>Geen aankondigingen</translation>
    </message>
    <message>
        <source>Without a voice for your language</source>
        <translation>Zonder stem in je taal</translation>
    </message>
    <message>
        <source>Without a voice for your &amp;language:</source>
        <translation>Zonder stem &amp;in je taal:</translation>
    </message>
    <message>
        <source>The voice never talks over a countdown. Without a speech engine the app shows the next step on screen only.</source>
        <translation>De stem praat nooit door het aftellen heen. Zonder spraakengine toont de app de volgende stap alleen op het scherm.</translation>
    </message>
    <message>
        <source>As set in the routine</source>
        <translation>Zoals ingesteld in de routine</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Get-ready time before the first step</source>
        <translation>Voorbereidingstijd voor de eerste stap</translation>
    </message>
    <message>
        <source>The lowest value keeps each routine&apos;s own get-ready time.</source>
        <translation>De laagste waarde houdt de eigen voorbereidingstijd van elke routine aan.</translation>
    </message>
    <message>
        <source>No countdown</source>
        <translation>Niet aftellen</translation>
    </message>
    <message>
        <source>Countdown beeps before each step</source>
        <translation>Aftelpiepjes voor elke stap</translation>
    </message>
    <message>
        <source> steps/min</source>
        <translation> stappen/min</translation>
    </message>
    <message>
        <source>Your usual running cadence</source>
        <translation>Je gewone loopcadans</translation>
    </message>
    <message>
        <source>Metronome above your cadence</source>
        <translation>Metronoom boven je cadans</translation>
    </message>
    <message>
        <source>&amp;Get-ready time:</source>
        <translation>Voo&amp;rbereidingstijd:</translation>
    </message>
    <message>
        <source>&amp;Countdown before each step:</source>
        <translation>&amp;Aftellen voor elke stap:</translation>
    </message>
    <message>
        <source>Your usual &amp;cadence:</source>
        <translation>Je gewone &amp;cadans:</translation>
    </message>
    <message>
        <source>&amp;Metronome above it:</source>
        <translation>Metronoom &amp;daarboven:</translation>
    </message>
    <message>
        <source>Raise your cadence a little at a time (5 to 10 %). Timing changes apply from the next start.</source>
        <translation>Verhoog je cadans beetje bij beetje (5 tot 10 %). Wijzigingen in de timing gelden vanaf de volgende start.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systeem volgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Start in &amp;full screen</source>
        <translation>Starten in vol&amp;ledig scherm</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>Bewegend</translation>
    </message>
    <message>
        <source>Still (no motion)</source>
        <translation>Stilstaand (geen beweging)</translation>
    </message>
    <message>
        <source>Off (cue lines only)</source>
        <translation>Uit (alleen aanwijzingen)</translation>
    </message>
    <message>
        <source>Exercise figures</source>
        <translation>Oefenfiguren</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hema:</translation>
    </message>
    <message>
        <source>&amp;Exercise figures:</source>
        <translation>&amp;Oefenfiguren:</translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation>Systeemtaal ({0})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <source>Restart Warm-up Timer to see the new language.</source>
        <translation>Start Warm-up Timer opnieuw om de nieuwe taal te zien.</translation>
    </message>
    <message>
        <source>Text follows your system&apos;s font size, and a high-contrast system setting gives the timer high-contrast colours.</source>
        <translation>Tekst volgt de lettergrootte van je systeem, en met een systeeminstelling voor hoog contrast krijgt de timer kleuren met hoog contrast.</translation>
    </message>
    <message>
        <source>Countdown (3, 2, 1)</source>
        <translation>Aftellen (3, 2, 1)</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Gaan</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>Halverwege</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Wissel van kant</translation>
    </message>
    <message>
        <source>New part</source>
        <translation>Nieuw onderdeel</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Metronome click</source>
        <translation>Metronoomtik</translation>
    </message>
    <message>
        <source>This setting could not be saved: {0}</source>
        <translation>Deze instelling kon niet worden opgeslagen: {0}</translation>
    </message>
    <message>
        <source>Defaults restored in the form; press OK or Apply to keep them.</source>
        <translation>Standaardwaarden teruggezet in het formulier; druk op OK of Toepassen om ze te bewaren.</translation>
    </message>
    <message>
        <source>Built-in sound</source>
        <translation>Ingebouwd geluid</translation>
    </message>
    <message>
        <source>Own: {0}</source>
        <translation>Eigen: {0}</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Kies een bestand…</translation>
    </message>
    <message>
        <source>WAV sounds (*.wav)</source>
        <translation>WAV-geluiden (*.wav)</translation>
    </message>
    <message>
        <source>Choose a sound for {0}</source>
        <translation>Kies een geluid voor {0}</translation>
    </message>
    <message>
        <source>The suggested delay is in the form; press OK or Apply to keep it.</source>
        <translation>De voorgestelde vertraging staat in het formulier; druk op OK of Toepassen om hem te bewaren.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systeemstandaard</translation>
    </message>
    <message>
        <source>{0} (not available)</source>
        <translation>{0} (niet beschikbaar)</translation>
    </message>
    <message>
        <source>Much slower</source>
        <translation>Veel langzamer</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Langzamer</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Sneller</translation>
    </message>
    <message>
        <source>Next: Deep lunge stretch, left side</source>
        <translation>Hierna: Diepe uitvalspas, linkerkant</translation>
    </message>
    <message>
        <source>The metronome clicks {0:.0f} times a minute.</source>
        <translation>De metronoom tikt {0:.0f} keer per minuut.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>PAUSED</source>
        <translation>PAUZE</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Resterende tijd van deze stap</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Huidige stap</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Kant</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>Skipped to the end</source>
        <translation>Naar het einde gesprongen</translation>
    </message>
    <message>
        <source>Warm-up complete. Have a good run!</source>
        <translation>Warming-up voltooid. Veel loopplezier!</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>Volgende: {0}</translation>
    </message>
    <message>
        <source>Next: finish</source>
        <translation>Volgende: einde</translation>
    </message>
    <message>
        <source>Ready. Press Space to start</source>
        <translation>Klaar. Druk op spatie om te starten</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Paused: </source>
        <translation>Gepauzeerd: </translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Maak je klaar</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Wissel van kant</translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation>Neem je positie in</translation>
    </message>
    <message>
        <source>Work · {0} · step {1} of {2}</source>
        <translation>Actief · {0} · stap {1} van {2}</translation>
    </message>
    <message>
        <source>◀ LEFT {0}</source>
        <translation>◀ LINKER {0}</translation>
    </message>
    <message>
        <source>RIGHT {0} ▶</source>
        <translation>RECHTER {0} ▶</translation>
    </message>
    <message>
        <source>Go!</source>
        <translation>Gaan!</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>Halverwege</translation>
    </message>
    <message>
        <source>Done!</source>
        <translation>Klaar!</translation>
    </message>
</context>
<context>
    <name>StepAnnouncer</name>
    <message>
        <source>Stopped.</source>
        <extracomment>Every message announced, in order (what a screen reader was told).</extracomment>
        <translation>Gestopt.</translation>
    </message>
    <message>
        <source>Warm-up complete. Have a good run!</source>
        <translation>Warming-up voltooid. Veel loopplezier!</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Gepauzeerd.</translation>
    </message>
    <message>
        <source>Get ready, {0}. First: {1}.</source>
        <translation>Maak je klaar, {0}. Eerst: {1}.</translation>
    </message>
    <message>
        <source>Switch sides, {0}. Next: {1}.</source>
        <translation>Wissel van kant, {0}. Hierna: {1}.</translation>
    </message>
    <message>
        <source>Next exercise in {0}: {1}.</source>
        <translation>Volgende oefening over {0}: {1}.</translation>
    </message>
    <message>
        <source>{0}. {1}.</source>
        <translation>{0}. {1}.</translation>
    </message>
    <message>
        <source>Resumed. {0}</source>
        <translation>Hervat. {0}</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>Step name:</source>
        <translation>Naam stap:</translation>
    </message>
    <message>
        <source>e.g. Easy jog</source>
        <translation>bijv. Rustig joggen</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duur:</translation>
    </message>
    <message>
        <source>Per side: run it left, then right (duration is per side)</source>
        <translation>Per kant: eerst links, dan rechts (de duur geldt per kant)</translation>
    </message>
    <message>
        <source>Switch sides:</source>
        <translation>Kantwissel:</translation>
    </message>
    <message>
        <source>Reps:</source>
        <translation>Herhalingen:</translation>
    </message>
    <message>
        <source>e.g. 8-10 slow reps each side</source>
        <translation>bijv. 8-10 keer langzaam per kant</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Instructies:</translation>
    </message>
    <message>
        <source>How to do it, in a few words</source>
        <translation>Hoe je het doet, in een paar woorden</translation>
    </message>
    <message>
        <source>Metronome: cadence clicks during this step</source>
        <translation>Metronoom: cadanstikken tijdens deze stap</translation>
    </message>
    <message>
        <source>Step total:</source>
        <translation>Totaal stap:</translation>
    </message>
    <message>
        <source>No figure</source>
        <translation>Geen figuur</translation>
    </message>
    <message>
        <source>Figure:</source>
        <translation>Figuur:</translation>
    </message>
    <message>
        <source>Up to 3 short cues, one per line, shown large beside the figure</source>
        <translation>Maximaal 3 korte aanwijzingen, één per regel, groot getoond naast de figuur</translation>
    </message>
    <message>
        <source>Cue lines:</source>
        <translation>Aanwijzingen:</translation>
    </message>
    <message>
        <source>Step {0} of {1} in “{2}”</source>
        <translation>Stap {0} van {1} in “{2}”</translation>
    </message>
    <message>
        <source>{0} (left {1}, switch {2}, right {1})</source>
        <translation>{0} (links {1}, wissel {2}, rechts {1})</translation>
    </message>
</context>
<context>
    <name>StreamPlayer</name>
    <message>
        <source>This sound could not be played: %1</source>
        <extracomment>The first retry after a loss comes after Qt&apos;s own reconnect: when the sound server dies, Qt&apos;s PulseAudio backend drops its context and tries again 3 s later; a sink made in between aborts the whole process (libpulse&apos;s assertion in pa_context_get_state). Past that attempt a new sink connects afresh, but only to a server that is there (``sound_server_reachable``). Every sound is placed this long after its time on the monotonic clock. A block may be rendered up to a buffer ahead of being queued behind another buffer, so a cue due at once (the first tick at Start, a &quot;go&quot; after a skip) would land wherever the next block starts; with this margin it lands at its exact sample like every other cue, and all are heard with the same constant delay. An underrun the output reports re-anchors the sounds at once (``FrameClock.gap``); past this, a disagreement with the output&apos;s report does too (a stall, a device change). Less than this is the report&apos;s own noise and shifts (measured up to 50 ms), not what is heard. The sink&apos;s state changed (``QtAudio.State``, ``QtAudio.Error``): rare, never per block. The output went away mid-run (message), or came back (empty message).</extracomment>
        <translation>Dit geluid kon niet worden afgespeeld: %1</translation>
    </message>
    <message>
        <source>The sound output stopped. Cues are shown on screen; sound resumes when it is back.</source>
        <translation>De geluidsuitvoer is gestopt. Signalen worden op het scherm getoond; het geluid komt terug zodra de uitvoer er weer is.</translation>
    </message>
    <message>
        <source>No sound output was found. Cues will be shown on screen only.</source>
        <translation>Geen geluidsuitvoer gevonden. Signalen worden alleen op het scherm getoond.</translation>
    </message>
</context>
<context>
    <name>StructureTree</name>
    <message>
        <source>Parts and steps</source>
        <extracomment>The selected item changed (target). A dragged part should move: (from index, to index counted after taking it out). A dragged step should move: ((part, index), (part, index after taking it out)).</extracomment>
        <translation>Onderdelen en stappen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>(unnamed part)</source>
        <translation>(naamloos onderdeel)</translation>
    </message>
    <message>
        <source>  · {0} between steps</source>
        <translation>  · {0} tussen stappen</translation>
    </message>
    <message>
        <source>(unnamed step)</source>
        <translation>(naamloze stap)</translation>
    </message>
    <message>
        <source>  · each side</source>
        <translation>  · per kant</translation>
    </message>
    <message>
        <source>has a problem</source>
        <translation>heeft een probleem</translation>
    </message>
</context>
<context>
    <name>SuggestionOffer</name>
    <message>
        <source>Choose a routine on the Warm-up tab to see what would change.</source>
        <extracomment>Results that leave room for a warm-up today. Accepted or not any more.</extracomment>
        <translation>Kies een routine op het tabblad Warming-up om te zien wat er zou veranderen.</translation>
    </message>
    <message>
        <source>This routine has no easy-jog step in its first part, so nothing would change.</source>
        <translation>Deze routine heeft geen stap rustig joggen in het eerste onderdeel, dus er zou niets veranderen.</translation>
    </message>
    <message>
        <source>The metronome is already on for the jog in this routine.</source>
        <translation>De metronoom staat al aan voor het joggen in deze routine.</translation>
    </message>
    <message>
        <source>This routine has no easy-jog step, so nothing would change.</source>
        <translation>Deze routine heeft geen stap rustig joggen, dus er zou niets veranderen.</translation>
    </message>
    <message>
        <source>{step} {before} → {after}; total {total_before} → {total_after}</source>
        <translation>{step} {before} → {after}; totaal {total_before} → {total_after}</translation>
    </message>
    <message>
        <source>(longer than the recommended 15-20 min)</source>
        <translation>(langer dan de aanbevolen 15-20 min)</translation>
    </message>
    <message>
        <source>Metronome on for: {steps}</source>
        <translation>Metronoom aan voor: {steps}</translation>
    </message>
</context>
<context>
    <name>TryRunDialog</name>
    <message>
        <source>Try: {0}</source>
        <extracomment>Makes the trial&apos;s driver for a speed (replaced in tests by one on a fake clock). Builds the view a trial is shown in, around the trial&apos;s own controller.</extracomment>
        <translation>Proberen: {0}</translation>
    </message>
    <message>
        <source> ({0}x speed)</source>
        <translation> ({0}x snelheid)</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>speech engine %1 is not installed</source>
        <extracomment>Qt&apos;s test engine: speaks nothing, keeps time. Never chosen on its own. Names the engine for this process: &quot;auto&quot; (the default), &quot;none&quot;, or an engine name. The tests set it to &quot;mock&quot;; a runner can set &quot;none&quot; to keep speech-dispatcher out of the app entirely. espeak-ng (through speech-dispatcher) lists &quot;English (Caribbean)&quot; first for en_US; the country&apos;s own voice is what a runner there expects. The country whose voice a language&apos;s speakers expect when theirs is not listed first. No usable engine (message for the user). Emitted once per engine choice. True when speech starts, False when it ends (or is stopped, or fails).</extracomment>
        <translation>spraakengine %1 is niet geïnstalleerd</translation>
    </message>
    <message>
        <source>%1 has no voice for %2</source>
        <translation>%1 heeft geen stem voor %2</translation>
    </message>
    <message>
        <source>Voice announcements are switched off.</source>
        <translation>Gesproken aankondigingen staan uit.</translation>
    </message>
    <message>
        <source>No speech engine could be started (%1).</source>
        <translation>Er kon geen spraakengine worden gestart (%1).</translation>
    </message>
    <message>
        <source>No speech engine is installed.</source>
        <translation>Er is geen spraakengine geïnstalleerd.</translation>
    </message>
    <message>
        <source>The speech engine has no voice for {0}.</source>
        <translation>De spraakengine heeft geen stem voor de taal {0}.</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu, install the speech engine and its voices with:
sudo apt install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng
then restart Warm-up Timer.</source>
        <translation>Installeer op Debian of Ubuntu de spraakengine en de stemmen met:
sudo apt install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng
en start Warm-up Timer daarna opnieuw.</translation>
    </message>
    <message>
        <source>The speech engine stopped working (%1).</source>
        <translation>De spraakengine werkt niet meer (%1).</translation>
    </message>
</context>
<context>
    <name>VoicePreview</name>
    <message>
        <source>No speech engine is available.</source>
        <translation>Er is geen spraakengine beschikbaar.</translation>
    </message>
    <message>
        <source>The voice {0} is not available now.</source>
        <translation>De stem {0} is nu niet beschikbaar.</translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <source>No warm-ups finished yet.</source>
        <translation>Nog geen warming-ups afgerond.</translation>
    </message>
    <message>
        <source>Warm-ups per week</source>
        <translation>Warming-ups per week</translation>
    </message>
    <message>
        <source>Chart of warm-ups per week</source>
        <translation>Grafiek van warming-ups per week</translation>
    </message>
    <message>
        <source>Warm-ups</source>
        <translation>Warming-ups</translation>
    </message>
    <message numerus="yes">
        <source>%n warm-ups this week</source>
        <translation>
            <numerusform>%n warming-up deze week</numerusform>
            <numerusform>%n warming-ups deze week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>Log folder</source>
        <translation>Logmap</translation>
    </message>
    <message>
        <source>The log files are in:
{0}</source>
        <translation>De logbestanden staan in:
{0}</translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <source>Brisk walk</source>
        <translation>Stevig wandelen</translation>
    </message>
    <message>
        <source>Easy jog</source>
        <translation>Rustig joggen</translation>
    </message>
    <message>
        <source>Strides</source>
        <translation>Steigerungen</translation>
    </message>
    <message>
        <source>Walk back</source>
        <translation>Terugwandelen</translation>
    </message>
    <message>
        <source>Deep lunge</source>
        <translation>Diepe uitvalspas</translation>
    </message>
    <message>
        <source>Standing quad</source>
        <translation>Staande quadriceps</translation>
    </message>
    <message>
        <source>Standing adductor</source>
        <translation>Staande adductoren</translation>
    </message>
    <message>
        <source>Standing TFL</source>
        <translation>Staande TFL</translation>
    </message>
    <message>
        <source>Lying glute</source>
        <translation>Liggende bilspier</translation>
    </message>
    <message>
        <source>Standing calf</source>
        <translation>Staande kuit</translation>
    </message>
    <message>
        <source>side</source>
        <translation>kant</translation>
    </message>
    <message>
        <source>leg forward</source>
        <translation>been voor</translation>
    </message>
    <message>
        <source>heel to buttock</source>
        <translation>hiel naar bil</translation>
    </message>
    <message>
        <source>knee bends</source>
        <translation>knie buigt</translation>
    </message>
    <message>
        <source>leg crosses behind</source>
        <translation>been erachter gekruist</translation>
    </message>
    <message>
        <source>ankle across</source>
        <translation>enkel over dij</translation>
    </message>
    <message>
        <source>leg back</source>
        <translation>been achter</translation>
    </message>
</context>
<context>
    <name>routine</name>
    <message>
        <source>Pre-run warm-up</source>
        <translation>Warming-up voor het lopen</translation>
    </message>
    <message>
        <source>An easy walk and jog, then six dynamic stretches, each on both sides, before an everyday run.</source>
        <translation>Rustig wandelen en joggen, daarna zes dynamische rekoefeningen, elk aan beide kanten, voor een gewone looptraining.</translation>
    </message>
    <message>
        <source>Jog</source>
        <translation>Joggen</translation>
    </message>
    <message>
        <source>Brisk walk</source>
        <translation>Stevig wandelen</translation>
    </message>
    <message>
        <source>Walk briskly with loose, swinging arms to ease into movement.</source>
        <translation>Wandel stevig door met losse, meezwaaiende armen om rustig op gang te komen.</translation>
    </message>
    <message>
        <source>Brisk steps, loose swinging arms</source>
        <translation>Stevige passen, armen los meezwaaien</translation>
    </message>
    <message>
        <source>Easy jog</source>
        <translation>Rustig joggen</translation>
    </message>
    <message>
        <source>Easy, conversational effort (about 3-4 out of 10): you could talk in full sentences. Shoulders relaxed, steps light.</source>
        <translation>Rustig, op praattempo (ongeveer 3-4 op 10): je zou hele zinnen kunnen praten. Schouders ontspannen, lichte passen.</translation>
    </message>
    <message>
        <source>Easy pace: you could still talk</source>
        <translation>Praattempo: je kunt nog praten</translation>
    </message>
    <message>
        <source>Shoulders relaxed, steps light</source>
        <translation>Schouders ontspannen, lichte passen</translation>
    </message>
    <message>
        <source>Dynamic stretches</source>
        <translation>Dynamisch rekken</translation>
    </message>
    <message>
        <source>Deep lunge stretch</source>
        <translation>Diepe uitvalspas</translation>
    </message>
    <message>
        <source>8-10 slow reps each side</source>
        <translation>8-10 keer langzaam per kant</translation>
    </message>
    <message>
        <source>Long step forward, front knee over the ankle, back knee down or just off the floor. Tuck your pelvis, squeeze the buttock (glute) of the back leg and rock your hips forward for 2 s, back for 2 s. Start small, widen bit by bit; no bouncing, no pain.</source>
        <translation>Grote stap naar voren, voorste knie boven de enkel, achterste knie op of net boven de grond. Kantel je bekken naar achteren, span de bilspier van het achterste been aan en wieg je heupen 2 s naar voren en 2 s terug. Begin klein en vergroot de beweging beetje bij beetje; niet veren, geen pijn.</translation>
    </message>
    <message>
        <source>Long step, front knee over ankle</source>
        <translation>Grote stap, voorste knie boven enkel</translation>
    </message>
    <message>
        <source>Back knee down, pelvis tucked</source>
        <translation>Achterste knie omlaag, bekken gekanteld</translation>
    </message>
    <message>
        <source>Rock hips forward 2 s, back 2 s</source>
        <translation>Heupen 2 s naar voren, 2 s terug</translation>
    </message>
    <message>
        <source>Standing quad stretch</source>
        <translation>Staande quadricepsstretch</translation>
    </message>
    <message>
        <source>Hold a support and bring this heel towards your buttock, knees together, thigh pointing down, torso tall without arching. Draw the heel in for 2-3 s, then release. Start gently, widen bit by bit; no bouncing, no pain.</source>
        <translation>Houd je ergens aan vast en breng deze hiel naar je bil, knieën bij elkaar, dij wijst omlaag, romp rechtop zonder je rug hol te trekken. Trek de hiel 2-3 s aan en laat dan los. Begin rustig en vergroot de beweging beetje bij beetje; niet veren, geen pijn.</translation>
    </message>
    <message>
        <source>Hold a support, stand tall</source>
        <translation>Houd je vast, sta rechtop</translation>
    </message>
    <message>
        <source>Heel to buttock, knees together</source>
        <translation>Hiel naar bil, knieën bij elkaar</translation>
    </message>
    <message>
        <source>Draw in 2-3 s, then let go</source>
        <translation>2-3 s aantrekken, dan loslaten</translation>
    </message>
    <message>
        <source>Standing adductor stretch</source>
        <translation>Staande adductorenstretch</translation>
    </message>
    <message>
        <source>Stretches the adductors, the muscles of the inner thigh. Feet about twice shoulder width apart, chest up. Bend this knee over its toes, other leg straight, and shift your weight across for 2 s, back to the middle for 2 s. Start at half range; no bouncing, no pain.</source>
        <translation>Rekt de adductoren, de spieren aan de binnenkant van de dij. Voeten ongeveer twee keer schouderbreedte uit elkaar, borst vooruit. Buig deze knie boven de tenen, ander been gestrekt, en verplaats je gewicht 2 s opzij en 2 s terug naar het midden. Begin half zo ver; niet veren, geen pijn.</translation>
    </message>
    <message>
        <source>Wide stance, chest up</source>
        <translation>Brede stand, borst vooruit</translation>
    </message>
    <message>
        <source>Bend this knee over its toes</source>
        <translation>Buig deze knie boven de tenen</translation>
    </message>
    <message>
        <source>Shift across 2 s, back 2 s</source>
        <translation>2 s opzij schuiven, 2 s terug</translation>
    </message>
    <message>
        <source>Standing TFL stretch</source>
        <translation>Staande TFL-stretch</translation>
    </message>
    <message>
        <source>Stretches the TFL, a muscle on the outer hip. Other hand on a wall, cross this leg behind the other. Push this hip out sideways as you lean your upper body away, this arm overhead, for 2 s; come back for 2 s. Widen bit by bit; no bouncing, no pain.</source>
        <translation>Rekt de TFL, een spier aan de buitenkant van de heup. Andere hand tegen een muur, kruis dit been achter het andere. Duw deze heup 2 s zijwaarts naar buiten terwijl je je bovenlichaam de andere kant op laat hellen, deze arm boven je hoofd; kom in 2 s terug. Vergroot de beweging beetje bij beetje; niet veren, geen pijn.</translation>
    </message>
    <message>
        <source>Cross this leg behind the other</source>
        <translation>Kruis dit been achter het andere</translation>
    </message>
    <message>
        <source>Push hip out, lean body away</source>
        <translation>Heup naar buiten, bovenlijf weg</translation>
    </message>
    <message>
        <source>This arm overhead, hand on wall</source>
        <translation>Deze arm omhoog, hand tegen muur</translation>
    </message>
    <message>
        <source>Lying glute stretch</source>
        <translation>Liggende bilspierstretch</translation>
    </message>
    <message>
        <source>Stretches the glutes, the muscles of the buttock. On your back, rest this ankle across the other thigh and draw that thigh towards your chest for 2 s, ease off for 2 s. Wet ground? Do the same figure-4 standing on one leg, holding a support. No bouncing, no pain.</source>
        <translation>Rekt de bilspieren, de spieren van je billen. Leg op je rug deze enkel over de andere dij en trek die dij 2 s naar je borst, laat 2 s wat los. Natte grond? Maak dezelfde figuur-4 staand op één been, terwijl je je ergens aan vasthoudt. Niet veren, geen pijn.</translation>
    </message>
    <message>
        <source>On your back, ankle across thigh</source>
        <translation>Op je rug, enkel over de dij</translation>
    </message>
    <message>
        <source>Draw that thigh towards your chest</source>
        <translation>Trek die dij naar je borst</translation>
    </message>
    <message>
        <source>Wet ground? Same shape, standing</source>
        <translation>Natte grond? Zelfde vorm, staand</translation>
    </message>
    <message>
        <source>Standing calf stretch</source>
        <translation>Staande kuitstretch</translation>
    </message>
    <message>
        <source>Hands on a wall, this leg back, heel down, knee straight: lean in for 2 s, out for 2 s. For the last few reps bend the back knee a little to reach the lower calf. Start gently; no bouncing, no pain.</source>
        <translation>Handen tegen een muur, dit been naar achteren, hiel op de grond, knie gestrekt: leun 2 s naar voren en 2 s terug. Buig bij de laatste herhalingen de achterste knie een beetje om ook de onderkant van de kuit te rekken. Begin rustig; niet veren, geen pijn.</translation>
    </message>
    <message>
        <source>Hands on wall, this leg back</source>
        <translation>Handen tegen muur, dit been achter</translation>
    </message>
    <message>
        <source>Heel down, knee straight, lean in</source>
        <translation>Hiel neer, knie recht, leun naar de muur</translation>
    </message>
    <message>
        <source>Last reps: bend the back knee</source>
        <translation>Laatste herhalingen: achterknie buigen</translation>
    </message>
    <message>
        <source>Quick warm-up</source>
        <translation>Snelle warming-up</translation>
    </message>
    <message>
        <source>A shorter jog and the same six dynamic stretches, for days when time is tight.</source>
        <translation>Korter joggen en dezelfde zes dynamische rekoefeningen, voor dagen met weinig tijd.</translation>
    </message>
    <message>
        <source>6-8 slow reps each side</source>
        <translation>6-8 keer langzaam per kant</translation>
    </message>
    <message>
        <source>Race-day warm-up</source>
        <translation>Wedstrijdwarming-up</translation>
    </message>
    <message>
        <source>Walk, easy jog and six dynamic stretches, finishing with four relaxed strides before the start.</source>
        <translation>Wandelen, rustig joggen en zes dynamische rekoefeningen, afgesloten met vier ontspannen steigerungen voor de start.</translation>
    </message>
    <message>
        <source>8 slow reps each side</source>
        <translation>8 keer langzaam per kant</translation>
    </message>
    <message>
        <source>Strides</source>
        <translation>Steigerungen</translation>
    </message>
    <message>
        <source>Stride 1 of 4</source>
        <translation>Steigerung 1 van 4</translation>
    </message>
    <message>
        <source>Build smoothly to a quick, relaxed pace, not a sprint. Run tall, arms loose, then ease off.</source>
        <translation>Voer geleidelijk op naar een vlot, ontspannen tempo, geen sprint. Loop rechtop, armen los, en bouw dan af.</translation>
    </message>
    <message>
        <source>Build to quick and relaxed, no sprint</source>
        <translation>Naar vlot en ontspannen, niet sprinten</translation>
    </message>
    <message>
        <source>Run tall, arms loose</source>
        <translation>Loop rechtop, armen los</translation>
    </message>
    <message>
        <source>Walk back</source>
        <translation>Terugwandelen</translation>
    </message>
    <message>
        <source>Walk back easily and let your breathing settle.</source>
        <translation>Wandel rustig terug en laat je ademhaling tot rust komen.</translation>
    </message>
    <message>
        <source>Easy walk, let your breathing settle</source>
        <translation>Rustig wandelen, laat je adem bedaren</translation>
    </message>
    <message>
        <source>Stride 2 of 4</source>
        <translation>Steigerung 2 van 4</translation>
    </message>
    <message>
        <source>Stride 3 of 4</source>
        <translation>Steigerung 3 van 4</translation>
    </message>
    <message>
        <source>Stride 4 of 4</source>
        <translation>Steigerung 4 van 4</translation>
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
        <translation>Alarmsignalen</translation>
    </message>
    <message>
        <source>Answer these first. A yes to any of them comes before everything else in the result.</source>
        <translation>Beantwoord deze eerst. Een ja op een van deze vragen gaat in het resultaat vóór al het andere.</translation>
    </message>
    <message>
        <source>Health screen</source>
        <translation>Gezondheidsvragen</translation>
    </message>
    <message>
        <source>Questions to answer before starting or stepping up an exercise routine.</source>
        <translation>Vragen om te beantwoorden voordat je een trainingsschema begint of opvoert.</translation>
    </message>
    <message>
        <source>How your legs feel</source>
        <translation>Hoe je benen voelen</translation>
    </message>
    <message>
        <source>Tick what you feel today.</source>
        <translation>Vink aan wat je vandaag voelt.</translation>
    </message>
    <message>
        <source>What might be adding to it</source>
        <translation>Wat kan meespelen</translation>
    </message>
    <message>
        <source>Tick anything that applies to you at the moment.</source>
        <translation>Vink aan wat op dit moment voor jou geldt.</translation>
    </message>
    <message>
        <source>Do you have chest pain, pressure or tightness, perhaps spreading to your arm, jaw or neck?</source>
        <translation>Heb je pijn, druk of een beklemmend gevoel op de borst, misschien uitstralend naar je arm, kaak of nek?</translation>
    </message>
    <message>
        <source>Chest pain, pressure or tightness can come from the heart and needs emergency help.</source>
        <translation>Pijn, druk of een beklemmend gevoel op de borst kan van het hart komen en vraagt om spoedhulp.</translation>
    </message>
    <message>
        <source>Did you suddenly become short of breath, get a sharp pain in your chest each time you breathe in, or cough up blood?</source>
        <translation>Werd je plotseling kortademig, kreeg je bij elke inademing een scherpe pijn in je borst, of heb je bloed opgehoest?</translation>
    </message>
    <message>
        <source>Sudden breathlessness, sharp chest pain on breathing in or coughing up blood can mean a clot in the lungs and needs emergency help.</source>
        <translation>Plotselinge kortademigheid, scherpe pijn in de borst bij het inademen of bloed ophoesten kan wijzen op een bloedstolsel in de longen (longembolie) en vraagt om spoedhulp.</translation>
    </message>
    <message>
        <source>A side stitch (a cramp low in the side that eases when you slow down) is not this.</source>
        <translation>Een steek in de zij (een kramp laag in de zij die minder wordt als je langzamer gaat) is dit niet.</translation>
    </message>
    <message>
        <source>Did you faint, or nearly faint, during or just after exercise today?</source>
        <translation>Ben je vandaag tijdens of vlak na het sporten flauwgevallen, of bijna?</translation>
    </message>
    <message>
        <source>Fainting or nearly fainting during or just after exercise needs emergency help.</source>
        <translation>Flauwvallen of bijna flauwvallen tijdens of vlak na het sporten vraagt om spoedhulp.</translation>
    </message>
    <message>
        <source>Is your heartbeat racing or irregular, and not settling when you stop?</source>
        <translation>Is je hartslag snel of onregelmatig, en wordt die niet rustiger als je stopt?</translation>
    </message>
    <message>
        <source>A racing or irregular heartbeat that does not settle needs emergency help.</source>
        <translation>Een snelle of onregelmatige hartslag die niet tot rust komt, vraagt om spoedhulp.</translation>
    </message>
    <message>
        <source>Do you have sudden numbness or weakness on one side of your body, a drooping face, or trouble speaking?</source>
        <translation>Heb je plotseling een doof gevoel of krachtverlies aan één kant van je lichaam, een afhangend gezicht of moeite met praten?</translation>
    </message>
    <message>
        <source>Sudden numbness or weakness on one side, a drooping face or trouble speaking can be a stroke and needs emergency help.</source>
        <translation>Een plotseling doof gevoel of krachtverlies aan één kant, een afhangend gezicht of moeite met praten kan een beroerte zijn en vraagt om spoedhulp.</translation>
    </message>
    <message>
        <source>In the heat, are you confused, or have you collapsed or been vomiting?</source>
        <translation>Ben je in de hitte verward, of ben je in elkaar gezakt of heb je overgegeven?</translation>
    </message>
    <message>
        <source>Confusion or collapse in the heat can be heatstroke and needs emergency help. Get into the shade and cool down while you wait.</source>
        <translation>Verwardheid of in elkaar zakken in de hitte kan een hitteberoerte zijn en vraagt om spoedhulp. Ga in de schaduw en koel af terwijl je wacht.</translation>
    </message>
    <message>
        <source>The skin is usually hot, and may be sweaty or dry: confusion or collapse is the sign that matters.</source>
        <translation>De huid is meestal heet en kan bezweet of droog zijn: verwardheid of in elkaar zakken is het teken dat telt.</translation>
    </message>
    <message>
        <source>In one leg only: is the calf or thigh swollen, throbbing or cramping, or is the skin warm, red or darker than usual?</source>
        <translation>In maar één been: is de kuit of dij gezwollen, kloppend of krampend, of is de huid warm, rood of donkerder dan normaal?</translation>
    </message>
    <message>
        <source>Swelling, throbbing pain or warm, red or darker skin in one leg can be a blood clot (deep-vein thrombosis). Do not massage the leg.</source>
        <translation>Zwelling, kloppende pijn of warme, rode of donkerdere huid in één been kan een bloedstolsel zijn (diepe veneuze trombose). Masseer het been niet.</translation>
    </message>
    <message>
        <source>More likely after a long journey, surgery, being laid up, the contraceptive pill or HRT, or during pregnancy.</source>
        <translation>Waarschijnlijker na een lange reis, een operatie, lang bedlegerig zijn, de anticonceptiepil of hormoonvervangende therapie, of tijdens de zwangerschap.</translation>
    </message>
    <message>
        <source>After hard exercise, is your urine dark like cola or tea, or is there very little of it, with severe muscle pain or weakness?</source>
        <translation>Is je urine na zware inspanning donker als cola of thee, of plas je heel weinig, met hevige spierpijn of spierzwakte?</translation>
    </message>
    <message>
        <source>Dark or scanty urine with severe muscle pain or weakness after hard exercise can mean muscle breakdown (rhabdomyolysis), which can harm the kidneys.</source>
        <translation>Donkere of weinig urine met hevige spierpijn of spierzwakte na zware inspanning kan wijzen op spierafbraak (rabdomyolyse), wat de nieren kan beschadigen.</translation>
    </message>
    <message>
        <source>Has a leg suddenly turned cold, pale or numb, or become very painful?</source>
        <translation>Is een been plotseling koud, bleek of gevoelloos geworden, of erg pijnlijk?</translation>
    </message>
    <message>
        <source>A leg that suddenly turns cold, pale, numb or very painful may have lost its blood supply: go to an emergency department now.</source>
        <translation>Een been dat plotseling koud, bleek, gevoelloos of erg pijnlijk wordt, krijgt misschien geen bloed meer: ga nu naar de spoedeisende hulp.</translation>
    </message>
    <message>
        <source>Are you unable to put weight on your leg?</source>
        <translation>Kun je niet op je been steunen?</translation>
    </message>
    <message>
        <source>Not being able to put weight on a leg needs checking today, for example for a fracture.</source>
        <translation>Als je niet op een been kunt steunen, moet dat vandaag worden nagekeken, bijvoorbeeld op een botbreuk.</translation>
    </message>
    <message>
        <source>Do you have leg pain together with a fever, or redness that is spreading?</source>
        <translation>Heb je beenpijn samen met koorts, of roodheid die zich uitbreidt?</translation>
    </message>
    <message>
        <source>Leg pain with a fever or spreading redness can be an infection.</source>
        <translation>Beenpijn met koorts of roodheid die zich uitbreidt, kan een infectie zijn.</translation>
    </message>
    <message>
        <source>Does leg pain come on at about the same time or distance in each run?</source>
        <translation>Begint beenpijn bij elke loop op ongeveer hetzelfde moment of na dezelfde afstand?</translation>
    </message>
    <message>
        <source>Pain that starts at a predictable point in a run can be pressure building up inside a muscle (exertional compartment syndrome).</source>
        <translation>Pijn die op een voorspelbaar punt in een loop begint, kan komen door drukopbouw in een spier (inspanningsgebonden compartimentsyndroom).</translation>
    </message>
    <message>
        <source>It often eases 10 to 20 minutes after you stop.</source>
        <translation>Het zakt vaak 10 tot 20 minuten nadat je stopt.</translation>
    </message>
    <message>
        <source>While you run, does a muscle in your leg become tight or burning, or your foot go numb, until you have to slow down or stop?</source>
        <translation>Wordt tijdens het lopen een spier in je been strak of brandend, of je voet gevoelloos, tot je langzamer moet of moet stoppen?</translation>
    </message>
    <message>
        <source>A muscle that becomes tight or burning during runs, or a foot that goes numb, can be pressure building up inside the muscle (exertional compartment syndrome).</source>
        <translation>Een spier die tijdens het lopen strak of brandend wordt, of een voet die gevoelloos wordt, kan komen door drukopbouw in de spier (inspanningsgebonden compartimentsyndroom).</translation>
    </message>
    <message>
        <source>Do you get cramping in your calf, thigh or buttock that reliably comes on when you walk and eases when you rest?</source>
        <translation>Krijg je kramp in je kuit, dij of bil die steeds opkomt als je wandelt en minder wordt als je rust?</translation>
    </message>
    <message>
        <source>Cramping that comes on with walking and eases with rest can mean narrowed leg arteries (claudication).</source>
        <translation>Kramp die opkomt bij wandelen en minder wordt in rust, kan wijzen op vernauwde slagaders in de benen (etalagebenen, claudicatio intermittens).</translation>
    </message>
    <message>
        <source>This matters more if you are over 50, smoke, or have diabetes, high blood pressure or high cholesterol.</source>
        <translation>Dit weegt zwaarder als je ouder bent dan 50, rookt, of diabetes, hoge bloeddruk of een hoog cholesterol hebt.</translation>
    </message>
    <message>
        <source>Is there a spot on a bone that hurts when you press on it?</source>
        <translation>Is er een plek op een bot die pijn doet als je erop drukt?</translation>
    </message>
    <message>
        <source>A spot on a bone that hurts when pressed can be a bone stress injury.</source>
        <translation>Een plek op een bot die pijn doet als je erop drukt, kan een overbelastingsletsel van het bot zijn.</translation>
    </message>
    <message>
        <source>Does a pain in your leg or foot get worse with every run?</source>
        <translation>Wordt een pijn in je been of voet bij elke loop erger?</translation>
    </message>
    <message>
        <source>Pain that builds run after run can be a bone stress injury.</source>
        <translation>Pijn die loop na loop toeneemt, kan een overbelastingsletsel van het bot zijn.</translation>
    </message>
    <message>
        <source>Does your leg or foot hurt at rest or at night?</source>
        <translation>Doet je been of voet pijn in rust of &apos;s nachts?</translation>
    </message>
    <message>
        <source>Pain at rest or at night can be a bone stress injury.</source>
        <translation>Pijn in rust of &apos;s nachts kan een overbelastingsletsel van het bot zijn.</translation>
    </message>
    <message>
        <source>Did you feel a sharp or sudden pain, are you limping, or has the pain lasted more than 1 to 2 weeks?</source>
        <translation>Voelde je een scherpe of plotselinge pijn, loop je mank, of duurt de pijn al langer dan 1 tot 2 weken?</translation>
    </message>
    <message>
        <source>Sharp or sudden pain, a limp, or pain lasting more than 1 to 2 weeks is more than ordinary soreness.</source>
        <translation>Scherpe of plotselinge pijn, mank lopen of pijn die langer dan 1 tot 2 weken duurt, is meer dan gewone spierpijn.</translation>
    </message>
    <message>
        <source>Ordinary soreness after a run is worst 1 to 2 days later and fades within a few days.</source>
        <translation>Gewone spierpijn na een loop is 1 tot 2 dagen later het ergst en verdwijnt binnen een paar dagen.</translation>
    </message>
    <message>
        <source>Do you have numbness or tingling in your leg or foot?</source>
        <translation>Heb je een doof of tintelend gevoel in je been of voet?</translation>
    </message>
    <message>
        <source>Numbness or tingling in the leg or foot can come from a nerve or the blood supply.</source>
        <translation>Een doof of tintelend gevoel in het been of de voet kan van een zenuw of de bloedtoevoer komen.</translation>
    </message>
    <message>
        <source>Do you have back pain that shoots down your leg?</source>
        <translation>Heb je rugpijn die uitstraalt naar je been?</translation>
    </message>
    <message>
        <source>Back pain that shoots down the leg can come from an irritated nerve.</source>
        <translation>Rugpijn die naar het been uitstraalt, kan van een geïrriteerde zenuw komen.</translation>
    </message>
    <message>
        <source>Have your legs felt heavy for more than 2 to 3 weeks, even with rest?</source>
        <translation>Voelen je benen al langer dan 2 tot 3 weken zwaar, ook als je rust neemt?</translation>
    </message>
    <message>
        <source>Heavy legs for weeks despite rest need a doctor&apos;s check. Ask about blood tests, including haemoglobin and ferritin.</source>
        <translation>Benen die ondanks rust wekenlang zwaar zijn, moeten door een arts worden nagekeken. Vraag naar bloedonderzoek, onder meer naar hemoglobine en ferritine.</translation>
    </message>
    <message>
        <source>Tell the doctor too about any unusual tiredness, breathlessness, paleness, missed periods, or repeated illness or injury.</source>
        <translation>Vertel de arts ook over ongewone vermoeidheid, kortademigheid, bleekheid, uitgebleven menstruaties, of steeds terugkerende ziekte of blessures.</translation>
    </message>
    <message>
        <source>Have both your ankles or legs recently started to swell?</source>
        <translation>Zijn je beide enkels of benen kort geleden gaan zwellen?</translation>
    </message>
    <message>
        <source>New swelling of both ankles or legs can come from the heart, kidneys or veins.</source>
        <translation>Nieuwe zwelling van beide enkels of benen kan van het hart, de nieren of de aderen komen.</translation>
    </message>
    <message>
        <source>Has a doctor ever told you that you have a heart condition?</source>
        <translation>Heeft een arts je ooit verteld dat je een hartaandoening hebt?</translation>
    </message>
    <message>
        <source>You said a doctor has told you that you have a heart condition.</source>
        <translation>Je gaf aan dat een arts je heeft verteld dat je een hartaandoening hebt.</translation>
    </message>
    <message>
        <source>Do you get chest pain when you are active, or have you had chest pain at rest in the past month?</source>
        <translation>Heb je pijn op de borst als je actief bent, of had je in de afgelopen maand pijn op de borst in rust?</translation>
    </message>
    <message>
        <source>You said you get chest pain when active, or have had it at rest recently.</source>
        <translation>Je gaf aan dat je pijn op de borst krijgt als je actief bent, of die onlangs in rust had.</translation>
    </message>
    <message>
        <source>Do you lose your balance because of dizziness, or have you blacked out in the last 12 months?</source>
        <translation>Verlies je je evenwicht door duizeligheid, of ben je in de afgelopen 12 maanden buiten bewustzijn geraakt?</translation>
    </message>
    <message>
        <source>You said you get dizzy enough to lose your balance, or have blacked out in the last year.</source>
        <translation>Je gaf aan dat je zo duizelig wordt dat je je evenwicht verliest, of dat je het afgelopen jaar buiten bewustzijn bent geraakt.</translation>
    </message>
    <message>
        <source>Do you have a bone or joint problem that more activity could make worse?</source>
        <translation>Heb je een bot- of gewrichtsprobleem dat door meer beweging erger kan worden?</translation>
    </message>
    <message>
        <source>You said you have a bone or joint problem that more activity could make worse.</source>
        <translation>Je gaf aan dat je een bot- of gewrichtsprobleem hebt dat door meer beweging erger kan worden.</translation>
    </message>
    <message>
        <source>Do you take medicine for your blood pressure or a heart condition?</source>
        <translation>Gebruik je medicijnen voor je bloeddruk of een hartaandoening?</translation>
    </message>
    <message>
        <source>You said you take medicine for your blood pressure or heart.</source>
        <translation>Je gaf aan dat je medicijnen gebruikt voor je bloeddruk of hart.</translation>
    </message>
    <message>
        <source>Are you pregnant?</source>
        <translation>Ben je zwanger?</translation>
    </message>
    <message>
        <source>You said you are pregnant: check with your doctor or midwife about running.</source>
        <translation>Je gaf aan dat je zwanger bent: overleg met je arts of verloskundige over hardlopen.</translation>
    </message>
    <message>
        <source>Do you know of any other reason why you should not be physically active?</source>
        <translation>Weet je nog een andere reden waarom je niet lichamelijk actief zou moeten zijn?</translation>
    </message>
    <message>
        <source>You said you know of another reason not to be physically active.</source>
        <translation>Je gaf aan dat je nog een andere reden weet om niet lichamelijk actief te zijn.</translation>
    </message>
    <message>
        <source>If you answered yes to a health-screen question: since that began, has a doctor checked you and cleared you for the kind of running you plan?</source>
        <translation>Als je ja hebt geantwoord op een gezondheidsvraag: heeft een arts je sindsdien onderzocht en goedgekeurd voor het soort hardlopen dat je van plan bent?</translation>
    </message>
    <message>
        <source>You said a doctor has cleared you, since your condition began, for the running you plan. Keep to what they cleared you for.</source>
        <translation>Je gaf aan dat een arts je, sinds je aandoening begon, heeft goedgekeurd voor het hardlopen dat je van plan bent. Houd je aan waarvoor je bent goedgekeurd.</translation>
    </message>
    <message>
        <source>A clearance never covers chest pain, dizziness or blackouts, or anything that is new or worse since the doctor saw you.</source>
        <translation>Een goedkeuring geldt nooit voor pijn op de borst, duizeligheid of bewustzijnsverlies, of voor iets wat nieuw is of erger is geworden sinds de arts je zag.</translation>
    </message>
    <message>
        <source>Do your legs feel heavy, as if you were carrying extra weight?</source>
        <translation>Voelen je benen zwaar, alsof je extra gewicht meedraagt?</translation>
    </message>
    <message>
        <source>Your legs feel heavy.</source>
        <translation>Je benen voelen zwaar.</translation>
    </message>
    <message>
        <source>Are your legs tired and sore?</source>
        <translation>Zijn je benen moe, met spierpijn?</translation>
    </message>
    <message>
        <source>Your legs are tired and sore.</source>
        <translation>Je benen zijn moe en je hebt spierpijn.</translation>
    </message>
    <message>
        <source>Are your legs stiff?</source>
        <translation>Zijn je benen stijf?</translation>
    </message>
    <message>
        <source>Your legs are stiff.</source>
        <translation>Je benen zijn stijf.</translation>
    </message>
    <message>
        <source>Do your legs hurt (real pain, not just tiredness or stiffness)?</source>
        <translation>Doen je benen pijn (echte pijn, niet alleen vermoeidheid of stijfheid)?</translation>
    </message>
    <message>
        <source>You have leg pain.</source>
        <translation>Je hebt pijn in je benen.</translation>
    </message>
    <message>
        <source>Have you recently run more, faster or harder than you are used to?</source>
        <translation>Ben je onlangs meer, sneller of zwaarder gaan lopen dan je gewend bent?</translation>
    </message>
    <message>
        <source>You have been training more or harder than usual.</source>
        <translation>Je traint meer of zwaarder dan normaal.</translation>
    </message>
    <message>
        <source>Have you gone a week or more without an easy day or a rest day?</source>
        <translation>Heb je een week of langer geen rustige dag of rustdag gehad?</translation>
    </message>
    <message>
        <source>You have had no easy or rest days lately.</source>
        <translation>Je hebt de laatste tijd geen rustige dagen of rustdagen gehad.</translation>
    </message>
    <message>
        <source>Did you do heavy leg strength training in the last day or two?</source>
        <translation>Heb je de afgelopen dag of twee zware krachttraining voor je benen gedaan?</translation>
    </message>
    <message>
        <source>You did heavy leg strength training in the last day or two.</source>
        <translation>Je hebt de afgelopen dag of twee zware krachttraining voor je benen gedaan.</translation>
    </message>
    <message>
        <source>Have you been sleeping less than 7 hours a night, or did you have a bad night?</source>
        <translation>Slaap je minder dan 7 uur per nacht, of had je een slechte nacht?</translation>
    </message>
    <message>
        <source>You have been short of sleep.</source>
        <translation>Je komt slaap tekort.</translation>
    </message>
    <message>
        <source>Are you following a low-carbohydrate diet?</source>
        <translation>Volg je een koolhydraatarm dieet?</translation>
    </message>
    <message>
        <source>You are on a low-carbohydrate diet.</source>
        <translation>Je volgt een koolhydraatarm dieet.</translation>
    </message>
    <message>
        <source>Do you often run on an empty stomach, or eat less than your training needs?</source>
        <translation>Loop je vaak op een lege maag, of eet je minder dan je training vraagt?</translation>
    </message>
    <message>
        <source>You may be eating less than your training needs.</source>
        <translation>Misschien eet je minder dan je training vraagt.</translation>
    </message>
    <message>
        <source>Have your periods stopped or become irregular?</source>
        <translation>Is je menstruatie weggebleven of onregelmatig geworden?</translation>
    </message>
    <message>
        <source>Your periods have stopped or become irregular.</source>
        <translation>Je menstruatie is weggebleven of onregelmatig geworden.</translation>
    </message>
    <message>
        <source>Have you had two or more stress fractures or other bone injuries?</source>
        <translation>Heb je twee of meer stressfracturen of andere botblessures gehad?</translation>
    </message>
    <message>
        <source>You have had two or more stress fractures or bone injuries.</source>
        <translation>Je hebt twee of meer stressfracturen of botblessures gehad.</translation>
    </message>
    <message>
        <source>Are you thirsty, or have you had little to drink today?</source>
        <translation>Heb je dorst, of heb je vandaag weinig gedronken?</translation>
    </message>
    <message>
        <source>You may be short of fluids.</source>
        <translation>Misschien heb je te weinig vocht binnengekregen.</translation>
    </message>
    <message>
        <source>Do you know or suspect that your iron is low (for example a past low result, or heavy periods)?</source>
        <translation>Weet of vermoed je dat je ijzergehalte laag is (bijvoorbeeld door een eerdere lage uitslag, of hevige menstruaties)?</translation>
    </message>
    <message>
        <source>You know or suspect that your iron is low.</source>
        <translation>Je weet of vermoedt dat je ijzergehalte laag is.</translation>
    </message>
    <message>
        <source>Do you take long strides with your foot landing well ahead of your body, or take few steps per minute?</source>
        <translation>Maak je lange passen waarbij je voet ver voor je lichaam landt, of zet je weinig stappen per minuut?</translation>
    </message>
    <message>
        <source>You may be overstriding or taking few steps per minute.</source>
        <translation>Misschien maak je te lange passen of zet je weinig stappen per minuut.</translation>
    </message>
    <message>
        <source>Do you land on your heel?</source>
        <translation>Land je op je hiel?</translation>
    </message>
    <message>
        <source>You land on your heel.</source>
        <translation>Je landt op je hiel.</translation>
    </message>
    <message>
        <source>Do you run with tense, raised shoulders or a stiff neck?</source>
        <translation>Loop je met gespannen, opgetrokken schouders of een stijve nek?</translation>
    </message>
    <message>
        <source>You run with tense shoulders or neck.</source>
        <translation>Je loopt met gespannen schouders of nek.</translation>
    </message>
    <message>
        <source>Do you think you have poor circulation in your legs?</source>
        <translation>Denk je dat je een slechte doorbloeding in je benen hebt?</translation>
    </message>
    <message>
        <source>You think you have poor circulation in your legs.</source>
        <translation>Je denkt dat je een slechte doorbloeding in je benen hebt.</translation>
    </message>
    <message>
        <source>Training load</source>
        <translation>Trainingsbelasting</translation>
    </message>
    <message>
        <source>Doing more than your body is used to, without time to adapt, leaves legs tired, stiff and sore, can disturb sleep and makes progress stall.</source>
        <translation>Meer doen dan je lichaam gewend is, zonder tijd om je aan te passen, maakt je benen moe, stijf en pijnlijk, kan je slaap verstoren en zet je vooruitgang stil.</translation>
    </message>
    <message>
        <source>Cut back your running volume or intensity for a few days.</source>
        <translation>Verminder een paar dagen de omvang of intensiteit van je looptraining.</translation>
    </message>
    <message>
        <source>Keep increases small from week to week, roughly 10% at most.</source>
        <translation>Houd de opbouw van week tot week klein, hooguit ongeveer 10%.</translation>
    </message>
    <message>
        <source>Plan 1 or 2 easy or rest days every week.</source>
        <translation>Plan elke week 1 of 2 rustige dagen of rustdagen.</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Herstel</translation>
    </message>
    <message>
        <source>Muscles repair and get stronger between sessions. Without easy or rest days, tiredness carries over from one run to the next.</source>
        <translation>Spieren herstellen en worden sterker tussen de trainingen door. Zonder rustige dagen of rustdagen neem je vermoeidheid mee van de ene loop naar de volgende.</translation>
    </message>
    <message>
        <source>Take 1 or 2 easy or rest days every week.</source>
        <translation>Neem elke week 1 of 2 rustige dagen of rustdagen.</translation>
    </message>
    <message>
        <source>Make today an easy day.</source>
        <translation>Maak van vandaag een rustige dag.</translation>
    </message>
    <message>
        <source>Leg strength training</source>
        <translation>Krachttraining voor de benen</translation>
    </message>
    <message>
        <source>Strength work is good for runners, but heavy leg sessions leave the legs tired for a day or two.</source>
        <translation>Krachttraining is goed voor lopers, maar zware beentrainingen maken je benen een dag of twee moe.</translation>
    </message>
    <message>
        <source>Avoid heavy leg strength work on the day before a key run.</source>
        <translation>Vermijd zware krachttraining voor de benen op de dag voor een belangrijke loop.</translation>
    </message>
    <message>
        <source>Put heavy leg sessions where a day or more separates them from your next hard or long run.</source>
        <translation>Plan zware beentrainingen zo dat er een dag of meer tussen zit en je volgende zware of lange loop.</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Slaap</translation>
    </message>
    <message>
        <source>Adults need about 7 to 9 hours of sleep a night. Athletes who sleep less get injured more often, and tired legs recover more slowly.</source>
        <translation>Volwassenen hebben ongeveer 7 tot 9 uur slaap per nacht nodig. Sporters die minder slapen, raken vaker geblesseerd, en vermoeide benen herstellen langzamer.</translation>
    </message>
    <message>
        <source>Aim for a regular 7 to 9 hours a night.</source>
        <translation>Streef naar een vaste 7 tot 9 uur slaap per nacht.</translation>
    </message>
    <message>
        <source>After a bad night, keep that day&apos;s run easy.</source>
        <translation>Houd na een slechte nacht de loop van die dag rustig.</translation>
    </message>
    <message>
        <source>Low-carbohydrate diet</source>
        <translation>Koolhydraatarm dieet</translation>
    </message>
    <message>
        <source>Carbohydrate is the main fuel for running. With little of it in your diet, the fuel stored in your muscles runs low and your legs can feel heavy and flat.</source>
        <translation>Koolhydraten zijn de belangrijkste brandstof voor hardlopen. Met weinig koolhydraten in je voeding raakt de brandstofvoorraad in je spieren op en kunnen je benen zwaar en futloos aanvoelen.</translation>
    </message>
    <message>
        <source>Eat carbohydrate every day: light training needs roughly 3 to 5 g per kg of body weight a day, and harder training needs more.</source>
        <translation>Eet elke dag koolhydraten: lichte training vraagt ongeveer 3 tot 5 g per kg lichaamsgewicht per dag, en zwaardere training vraagt meer.</translation>
    </message>
    <message>
        <source>Have a meal based on carbohydrate 1 to 4 hours before longer or harder runs.</source>
        <translation>Eet 1 tot 4 uur voor langere of zwaardere lopen een maaltijd op basis van koolhydraten.</translation>
    </message>
    <message>
        <source>Refuel after running.</source>
        <translation>Vul je brandstof aan na het lopen.</translation>
    </message>
    <message>
        <source>Fuelling</source>
        <translation>Energie-inname</translation>
    </message>
    <message>
        <source>Eating too little for the training you do leaves the body short of energy for its everyday work: this is called low energy availability. Over time it can cause a syndrome called RED-S (relative energy deficiency in sport), with lasting tiredness, repeated injuries and illnesses, and periods that stop or become irregular.</source>
        <translation>Te weinig eten voor de training die je doet, laat je lichaam te weinig energie over voor zijn dagelijkse werk: dat heet lage energiebeschikbaarheid. Na verloop van tijd kan dit leiden tot een syndroom dat RED-S heet (relatief energietekort in de sport), met aanhoudende vermoeidheid, steeds terugkerende blessures en ziektes, en menstruaties die wegblijven of onregelmatig worden.</translation>
    </message>
    <message>
        <source>Refuel soon after running.</source>
        <translation>Vul je brandstof snel na het lopen aan.</translation>
    </message>
    <message>
        <source>If you notice several of these signs, see a doctor or a sports dietitian.</source>
        <translation>Merk je meerdere van deze signalen op, ga dan naar een arts of een sportdiëtist.</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Menstruatie</translation>
    </message>
    <message>
        <source>Periods that stop or become irregular with training can be a sign of low energy availability, that is, eating too little for the training you do.</source>
        <translation>Menstruaties die door training wegblijven of onregelmatig worden, kunnen een teken zijn van lage energiebeschikbaarheid, oftewel te weinig eten voor de training die je doet.</translation>
    </message>
    <message>
        <source>See a doctor about it: it is not a normal part of training hard.</source>
        <translation>Ga ermee naar een arts: het hoort niet gewoon bij hard trainen.</translation>
    </message>
    <message>
        <source>Bone injuries</source>
        <translation>Botblessures</translation>
    </message>
    <message>
        <source>Repeated stress fractures or other bone injuries can be a sign of low energy availability, that is, eating too little for the training you do.</source>
        <translation>Herhaalde stressfracturen of andere botblessures kunnen een teken zijn van lage energiebeschikbaarheid, oftewel te weinig eten voor de training die je doet.</translation>
    </message>
    <message>
        <source>See a doctor or a sports dietitian to find out what is behind them.</source>
        <translation>Ga naar een arts of een sportdiëtist om uit te zoeken wat erachter zit.</translation>
    </message>
    <message>
        <source>Fluids</source>
        <translation>Vocht</translation>
    </message>
    <message>
        <source>Running gets harder once you have lost more than about 2% of your body weight as fluid. Drinking far more than you need is harmful too.</source>
        <translation>Lopen wordt zwaarder zodra je meer dan ongeveer 2% van je lichaamsgewicht aan vocht hebt verloren. Veel meer drinken dan je nodig hebt, is ook schadelijk.</translation>
    </message>
    <message>
        <source>Drink something before you run.</source>
        <translation>Drink iets voordat je gaat lopen.</translation>
    </message>
    <message>
        <source>Aim for pale-yellow urine.</source>
        <translation>Streef naar lichtgele urine.</translation>
    </message>
    <message>
        <source>On long or hot runs, take drinks with electrolytes.</source>
        <translation>Neem bij lange of warme lopen drinken met elektrolyten.</translation>
    </message>
    <message>
        <source>Don&apos;t force down more than you need.</source>
        <translation>Dwing jezelf niet meer te drinken dan je nodig hebt.</translation>
    </message>
    <message>
        <source>Iron</source>
        <translation>IJzer</translation>
    </message>
    <message>
        <source>Low iron is common in runners, especially women, and can leave you tired with heavy legs. Your iron stores (ferritin) can be low even when your haemoglobin is normal.</source>
        <translation>Een laag ijzergehalte komt veel voor bij lopers, vooral bij vrouwen, en kan je moe maken, met zware benen. Je ijzervoorraad (ferritine) kan laag zijn, ook als je hemoglobine normaal is.</translation>
    </message>
    <message>
        <source>Ask your doctor for a blood test that checks both haemoglobin and ferritin.</source>
        <translation>Vraag je arts om een bloedtest die zowel hemoglobine als ferritine meet.</translation>
    </message>
    <message>
        <source>Don&apos;t start taking iron on your own: too much iron is harmful, and only a blood test shows whether you need it.</source>
        <translation>Begin niet op eigen houtje met ijzer: te veel ijzer is schadelijk, en alleen een bloedtest laat zien of je het nodig hebt.</translation>
    </message>
    <message>
        <source>Stride and step rate</source>
        <translation>Paslengte en pasfrequentie</translation>
    </message>
    <message>
        <source>Landing with your foot far ahead of your body, often with few steps per minute, puts more load on the knees and hips. Taking 5 to 10% more steps per minute reduces that load.</source>
        <translation>Als je voet ver voor je lichaam landt, vaak met weinig stappen per minuut, worden je knieën en heupen zwaarder belast. 5 tot 10% meer stappen per minuut vermindert die belasting.</translation>
    </message>
    <message>
        <source>Raise your step rate by 5 to 10% over a few weeks, not all at once.</source>
        <translation>Verhoog je pasfrequentie met 5 tot 10%, verspreid over een paar weken, niet in één keer.</translation>
    </message>
    <message>
        <source>Use the metronome, set a little above your current step rate.</source>
        <translation>Gebruik de metronoom, ingesteld iets boven je huidige pasfrequentie.</translation>
    </message>
    <message>
        <source>Aim to land with your foot closer to under your hips.</source>
        <translation>Probeer met je voet meer onder je heupen te landen.</translation>
    </message>
    <message>
        <source>There is no single right step rate for everyone: build from your own.</source>
        <translation>Er is niet één juiste pasfrequentie voor iedereen: bouw op vanaf je eigen frequentie.</translation>
    </message>
    <message>
        <source>Heel landing</source>
        <translation>Hiellanding</translation>
    </message>
    <message>
        <source>Many good runners land on the heel. On average, changing how your foot lands neither makes running more economical nor lowers injury risk, and a sudden change puts extra strain on the calf and Achilles tendon.</source>
        <translation>Veel goede lopers landen op de hiel. Gemiddeld maakt een andere voetlanding het lopen niet zuiniger en verlaagt die het blessurerisico niet, en een plotselinge verandering belast de kuit en de achillespees extra.</translation>
    </message>
    <message>
        <source>Keep the foot landing that comes naturally to you.</source>
        <translation>Houd de voetlanding aan die voor jou natuurlijk is.</translation>
    </message>
    <message>
        <source>If your foot lands far ahead of your body, work on your step rate instead: slightly quicker, shorter steps.</source>
        <translation>Landt je voet ver voor je lichaam, werk dan liever aan je pasfrequentie: iets snellere, kortere passen.</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Houding</translation>
    </message>
    <message>
        <source>Tense shoulders and neck are worth noticing and letting go, but they are unlikely to be what makes your legs heavy.</source>
        <translation>Het loont om gespannen schouders en nek op te merken en te ontspannen, maar ze zijn waarschijnlijk niet de reden dat je benen zwaar zijn.</translation>
    </message>
    <message>
        <source>Now and then during a run, let your shoulders drop away from your ears.</source>
        <translation>Laat tijdens het lopen af en toe je schouders zakken, weg van je oren.</translation>
    </message>
    <message>
        <source>Keep your head level and your eyes looking ahead.</source>
        <translation>Houd je hoofd recht en kijk vooruit.</translation>
    </message>
    <message>
        <source>Circulation</source>
        <translation>Doorbloeding</translation>
    </message>
    <message>
        <source>Poor circulation can mean several different things, some of them serious, such as blood clots, narrowed arteries or vein disease. It is not something to manage on your own.</source>
        <translation>Een slechte doorbloeding kan verschillende dingen betekenen, sommige ernstig, zoals bloedstolsels, vernauwde slagaders of een aandoening van de aderen. Het is niet iets om zelf aan te pakken.</translation>
    </message>
    <message>
        <source>Go through every warning-sign question: they cover the serious causes.</source>
        <translation>Loop alle vragen over alarmsignalen na: die dekken de ernstige oorzaken.</translation>
    </message>
    <message>
        <source>Book an appointment with your doctor to find out what is behind it.</source>
        <translation>Maak een afspraak met je arts om uit te zoeken wat erachter zit.</translation>
    </message>
    <message>
        <source>This is something for a doctor, not for a warm-up routine.</source>
        <translation>Dit is iets voor een arts, niet voor een warming-uproutine.</translation>
    </message>
    <message>
        <source>Stop exercising now and call your local emergency number (such as 112, 999 or 911). Don&apos;t run or drive yourself; ask someone to stay with you until help arrives.</source>
        <translation>Stop nu met sporten en bel het lokale alarmnummer (bijvoorbeeld 112, 999 of 911). Ga niet zelf lopen of rijden; vraag iemand om bij je te blijven tot er hulp is.</translation>
    </message>
    <message>
        <source>Don&apos;t run today. Get seen today: contact your doctor or an urgent care service, or go to an emergency department. If things get worse quickly, or you feel chest pain or short of breath, call your local emergency number (such as 112, 999 or 911).</source>
        <translation>Loop vandaag niet. Laat je vandaag nog onderzoeken: neem contact op met je arts of een spoedpost (zoals de huisartsenpost), of ga naar de spoedeisende hulp. Wordt het snel erger, of voel je pijn op de borst of ben je kortademig, bel dan het lokale alarmnummer (bijvoorbeeld 112, 999 of 911).</translation>
    </message>
    <message>
        <source>Rest from running and book an appointment with a doctor or physiotherapist. If it gets worse or a warning sign appears, get help sooner.</source>
        <translation>Neem rust van het hardlopen en maak een afspraak met een arts of fysiotherapeut. Wordt het erger of verschijnt er een alarmsignaal, zoek dan eerder hulp.</translation>
    </message>
    <message>
        <source>Check with a doctor (in pregnancy, your doctor or midwife) before starting or stepping up an exercise routine, and rest from running until you have. Once a doctor has cleared you, say so on the health screen.</source>
        <translation>Overleg met een arts (tijdens de zwangerschap met je arts of verloskundige) voordat je een trainingsschema begint of opvoert, en neem rust van het hardlopen tot je dat hebt gedaan. Heeft een arts je goedgekeurd, geef dat dan aan bij de gezondheidsvragen.</translation>
    </message>
    <message>
        <source>Don&apos;t run until a doctor has checked your chest pain, dizziness or blackouts. If chest pain comes on at rest or doesn&apos;t ease within a few minutes, call your local emergency number (such as 112, 999 or 911).</source>
        <translation>Loop niet tot een arts je pijn op de borst, duizeligheid of bewustzijnsverlies heeft onderzocht. Komt de pijn op de borst in rust op of zakt die niet binnen een paar minuten, bel dan het lokale alarmnummer (bijvoorbeeld 112, 999 of 911).</translation>
    </message>
    <message>
        <source>Rest from hard training and see a doctor or a sports dietitian about your eating, your periods or your bone injuries. These signs together are worth taking seriously.</source>
        <translation>Neem rust van zware training en ga naar een arts of een sportdiëtist over je eetpatroon, je menstruatie of je botblessures. Deze signalen samen moet je serieus nemen.</translation>
    </message>
    <message>
        <source>Don&apos;t run yet. Answer every warning-sign question first: leg pain and poor circulation can come from something serious, and those questions are how the check tells.</source>
        <translation>Loop nog niet. Beantwoord eerst alle vragen over alarmsignalen: beenpijn en een slechte doorbloeding kunnen een ernstige oorzaak hebben, en met die vragen stelt de check dat vast.</translation>
    </message>
    <message>
        <source>Rest from running and book an appointment with your doctor about your circulation. If a leg turns cold, pale, swollen or very painful, get help the same day.</source>
        <translation>Neem rust van het hardlopen en maak een afspraak met je arts over je doorbloeding. Wordt een been koud, bleek, gezwollen of erg pijnlijk, zoek dan dezelfde dag hulp.</translation>
    </message>
    <message>
        <source>Rest the leg today. Ordinary soreness fades within a few days. If the pain is sharp, makes you limp, gets worse with each run or lasts more than 1 to 2 weeks, see a doctor or physiotherapist.</source>
        <translation>Laat het been vandaag rusten. Gewone spierpijn verdwijnt binnen een paar dagen. Is de pijn scherp, ga je er mank van lopen, wordt hij erger bij elke loop of duurt hij langer dan 1 tot 2 weken, ga dan naar een arts of fysiotherapeut.</translation>
    </message>
    <message>
        <source>Nothing you ticked needs a doctor right now. Try the steps below, and stop if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation>Niets wat je aanvinkte vraagt nu om een arts. Probeer de stappen hieronder, en stop als je pijn, klachten op de borst, duizeligheid of ongewone kortademigheid voelt.</translation>
    </message>
    <message>
        <source>Try the steps below, including seeing a doctor where a step says so, and stop if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation>Probeer de stappen hieronder, inclusief naar een arts gaan waar een stap dat zegt, en stop als je pijn, klachten op de borst, duizeligheid of ongewone kortademigheid voelt.</translation>
    </message>
    <message>
        <source>Keep to any limits your doctor gave you, and stop if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation>Houd je aan de grenzen die je arts je gaf, en stop als je pijn, klachten op de borst, duizeligheid of ongewone kortademigheid voelt.</translation>
    </message>
    <message>
        <source>Nothing you ticked needs attention. Enjoy your warm-up and run, and stop if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation>Niets wat je aanvinkte vraagt om aandacht. Geniet van je warming-up en je loop, en stop als je pijn, klachten op de borst, duizeligheid of ongewone kortademigheid voelt.</translation>
    </message>
    <message>
        <source>A yes on the health screen means checking with a doctor before starting or stepping up an exercise routine.</source>
        <translation>Een ja bij de gezondheidsvragen betekent: overleg met een arts voordat je een trainingsschema begint of opvoert.</translation>
    </message>
    <message>
        <source>Leg pain is never treated as plain tiredness: answer every warning-sign question. If none applies, rest the leg today.</source>
        <translation>Beenpijn wordt nooit behandeld als gewone vermoeidheid: beantwoord alle vragen over alarmsignalen. Is er geen van toepassing, laat het been dan vandaag rusten.</translation>
    </message>
    <message>
        <source>Poor circulation needs a doctor to find the cause, so answer every warning-sign question and book an appointment.</source>
        <translation>Bij een slechte doorbloeding moet een arts de oorzaak vinden, dus beantwoord alle vragen over alarmsignalen en maak een afspraak.</translation>
    </message>
    <message>
        <source>Several signs point to tired legs at once, so a rest day will do more than an easy run.</source>
        <translation>Meerdere signalen wijzen tegelijk op vermoeide benen, dus een rustdag doet meer dan een rustige loop.</translation>
    </message>
    <message>
        <source>Make today&apos;s run easy, at a pace where you can talk in full sentences.</source>
        <translation>Loop vandaag rustig, in een tempo waarin je hele zinnen kunt praten.</translation>
    </message>
    <message>
        <source>A doctor&apos;s clearance never covers chest pain, dizziness or blackouts: they may be new since the doctor saw you, so have them checked before you run again.</source>
        <translation>De goedkeuring van een arts geldt nooit voor pijn op de borst, duizeligheid of bewustzijnsverlies: die kunnen nieuw zijn sinds de arts je zag, dus laat ze nakijken voordat je weer gaat lopen.</translation>
    </message>
    <message>
        <source>Eating too little for your training together with missed periods or repeated bone injuries can be RED-S, which needs a doctor or a sports dietitian.</source>
        <translation>Te weinig eten voor je training, samen met uitgebleven menstruaties of herhaalde botblessures, kan RED-S zijn; daarvoor moet je naar een arts of een sportdiëtist.</translation>
    </message>
    <message>
        <source>With leg pain or poor circulation, every warning-sign question needs an answer. These are still unanswered:</source>
        <translation>Bij beenpijn of een slechte doorbloeding moet elke vraag over alarmsignalen beantwoord zijn. Deze zijn nog niet beantwoord:</translation>
    </message>
    <message>
        <source>Your legs are tired from training: take the longer, easier jog at the start of today&apos;s warm-up, and keep the run itself easy.</source>
        <translation>Je benen zijn moe van het trainen: kies aan het begin van de warming-up van vandaag het langere, rustigere joggen, en houd de loop zelf rustig.</translation>
    </message>
    <message>
        <source>Turn the cadence metronome on for the jog, set 5 to 10% above your usual step rate.</source>
        <translation>Zet de cadansmetronoom aan voor het joggen, ingesteld op 5 tot 10% boven je gewone pasfrequentie.</translation>
    </message>
    <message>
        <source>This self-check gives general information only. It is not a diagnosis or medical advice and cannot replace a doctor or physiotherapist. Talk to a health professional before starting or changing an exercise routine, especially if any health-screen question applies to you. Stop exercising if you feel pain, chest discomfort, dizziness or unusual breathlessness. In an emergency, call your local emergency number (such as 112, 999 or 911). Never put off getting professional advice because of something this app says.</source>
        <translation>Deze zelfcheck geeft alleen algemene informatie. Het is geen diagnose of medisch advies en kan een arts of fysiotherapeut niet vervangen. Overleg met een zorgverlener voordat je een trainingsschema begint of verandert, vooral als een van de gezondheidsvragen op jou van toepassing is. Stop met sporten als je pijn, klachten op de borst, duizeligheid of ongewone kortademigheid voelt. Bel in een noodgeval het lokale alarmnummer (bijvoorbeeld 112, 999 of 911). Stel professioneel advies nooit uit vanwege iets wat deze app zegt.</translation>
    </message>
    <message>
        <source>Emergency: get help now</source>
        <translation>Spoed: zoek nu hulp</translation>
    </message>
    <message>
        <source>Urgent: get seen today</source>
        <translation>Dringend: laat je vandaag onderzoeken</translation>
    </message>
    <message>
        <source>See a doctor or physiotherapist</source>
        <translation>Ga naar een arts of fysiotherapeut</translation>
    </message>
    <message>
        <source>Things you can do yourself</source>
        <translation>Wat je zelf kunt doen</translation>
    </message>
    <message>
        <source>All clear</source>
        <translation>Alles in orde</translation>
    </message>
    <message>
        <source>Run as planned</source>
        <translation>Loop zoals gepland</translation>
    </message>
    <message>
        <source>Run easy</source>
        <translation>Loop rustig</translation>
    </message>
    <message>
        <source>Rest today</source>
        <translation>Rust vandaag</translation>
    </message>
    <message>
        <source>Do not run</source>
        <translation>Niet lopen</translation>
    </message>
</context>
<context>
    <name>side</name>
    <message>
        <source>left side</source>
        <translation>linkerkant</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechterkant</translation>
    </message>
</context>
<context>
    <name>speech</name>
    <message>
        <source>Next: {name}</source>
        <translation>Hierna: {name}</translation>
    </message>
    <message>
        <source>Next: {name}, left side</source>
        <translation>Hierna: {name}, linkerkant</translation>
    </message>
    <message>
        <source>Next: {name}, right side</source>
        <translation>Hierna: {name}, rechterkant</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linkerkant</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechterkant</translation>
    </message>
    <message>
        <source>{name}, left side</source>
        <translation>{name}, linkerkant</translation>
    </message>
    <message>
        <source>{name}, right side</source>
        <translation>{name}, rechterkant</translation>
    </message>
    <message>
        <source>{name}, left leg forward</source>
        <translation>{name}, linkerbeen naar voren</translation>
    </message>
    <message>
        <source>{name}, right leg forward</source>
        <translation>{name}, rechterbeen naar voren</translation>
    </message>
    <message>
        <source>{name}, left heel to buttock</source>
        <translation>{name}, linkerhiel naar je bil</translation>
    </message>
    <message>
        <source>{name}, right heel to buttock</source>
        <translation>{name}, rechterhiel naar je bil</translation>
    </message>
    <message>
        <source>{name}, left knee bends</source>
        <translation>{name}, buig je linkerknie</translation>
    </message>
    <message>
        <source>{name}, right knee bends</source>
        <translation>{name}, buig je rechterknie</translation>
    </message>
    <message>
        <source>{name}, left leg crosses behind</source>
        <translation>{name}, linkerbeen achter het andere</translation>
    </message>
    <message>
        <source>{name}, right leg crosses behind</source>
        <translation>{name}, rechterbeen achter het andere</translation>
    </message>
    <message>
        <source>{name}, left ankle across</source>
        <translation>{name}, linkerenkel over je dij</translation>
    </message>
    <message>
        <source>{name}, right ankle across</source>
        <translation>{name}, rechterenkel over je dij</translation>
    </message>
    <message>
        <source>{name}, left leg back</source>
        <translation>{name}, linkerbeen naar achteren</translation>
    </message>
    <message>
        <source>{name}, right leg back</source>
        <translation>{name}, rechterbeen naar achteren</translation>
    </message>
</context>
</TS>
