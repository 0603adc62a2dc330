<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {0}</source>
        <translation>Informazioni su {0}</translation>
    </message>
    <message>
        <source>App icon</source>
        <translation>Icona dell&apos;app</translation>
    </message>
    <message>
        <source>Guides you through a 15-20 minute warm-up before a run: a big countdown, a distinct sound for every cue, and the next step read out.

Licence: {0}. Not medical advice: stop if something hurts.</source>
        <translation>Ti guida in un riscaldamento di 15-20 minuti prima della corsa: un grande conto alla rovescia, un suono diverso per ogni segnale e il prossimo esercizio letto ad alta voce.

Licenza: {0}. Non è un consiglio medico: fermati se senti dolore.</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Realizzato con:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sorgente</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>Componenti e relative licenze</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: you may replace them with your own builds. Their sources are at the addresses above.</source>
        <translation>Qt e PySide6 sono usati secondo la GNU LGPL versione 3: puoi sostituirli con versioni compilate da te. I loro sorgenti sono agli indirizzi indicati sopra.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Apri la cartella dei &amp;log</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>A warm-up is running. Stop it and start “{0}”?</source>
        <extracomment>A ``--start`` routine waiting for the first-run disclaimer to be accepted. Asked before a routine handed over by another launch replaces a running warm-up (its name); tests replace it.</extracomment>
        <translation>È in corso un riscaldamento. Vuoi interromperlo e avviare “{0}”?</translation>
    </message>
</context>
<context>
    <name>AudioControls</name>
    <message>
        <source>Mute</source>
        <extracomment>The volume slider moved (0-100). Mute was switched on or off.</extracomment>
        <translation>Muto</translation>
    </message>
    <message>
        <source>Mute sounds and voice (M); cues still flash</source>
        <translation>Disattiva suoni e voce (M); i segnali lampeggiano comunque</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Muto</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Audio attivo</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Calibrate the sound delay</source>
        <translation>Calibra il ritardo audio</translation>
    </message>
    <message>
        <source>Put on the headphones or speakers you run with. Press Start, then press Space (or click Tap) on every click you hear. The first two clicks are for finding the beat.</source>
        <translation>Indossa le cuffie o usa gli altoparlanti con cui corri. Premi Avvia, poi premi Spazio (o fai clic su Tocca) a ogni clic che senti. I primi due clic servono a trovare il ritmo.</translation>
    </message>
    <message>
        <source>Tap</source>
        <translation>Tocca</translation>
    </message>
    <message>
        <source>Tap on each click</source>
        <translation>Tocca a ogni clic</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Avvia</translation>
    </message>
    <message>
        <source>&amp;Use this</source>
        <translation>&amp;Usa questo</translation>
    </message>
    <message>
        <source>T&amp;ry again</source>
        <translation>&amp;Riprova</translation>
    </message>
    <message>
        <source>Starting the clicks…</source>
        <translation>Avvio dei clic…</translation>
    </message>
    <message>
        <source>{0}
Calibration needs sound: connect an output and try again.</source>
        <translation>{0}
La calibrazione richiede l&apos;audio: collega un&apos;uscita audio e riprova.</translation>
    </message>
    <message>
        <source>Listen to the first two clicks, then tap along.</source>
        <translation>Ascolta i primi due clic, poi tocca a tempo.</translation>
    </message>
    <message>
        <source>Keep tapping on every click.</source>
        <translation>Continua a toccare a ogni clic.</translation>
    </message>
    <message>
        <source>Tap {0} of {1}</source>
        <translation>Tocco {0} di {1}</translation>
    </message>
    <message>
        <source>Suggested: {0} ms</source>
        <translation>Consigliato: {0} ms</translation>
    </message>
    <message>
        <source>You heard the clicks on time: there is no delay to make up.</source>
        <translation>Hai sentito i clic in tempo: non c&apos;è nessun ritardo da compensare.</translation>
    </message>
    <message>
        <source>Every sound will play this much earlier once you press OK in Settings.</source>
        <translation>Ogni suono verrà riprodotto con questo anticipo quando premi OK nelle Impostazioni.</translation>
    </message>
    <message>
        <source>The taps were too uneven to tell the delay. Try again, tapping along with the beat rather than reacting to each click.</source>
        <translation>I tocchi erano troppo irregolari per stimare il ritardo. Riprova, seguendo il ritmo invece di reagire a ogni singolo clic.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n taps could be matched to clicks; at least {0} are needed. Try again and tap on every click from the third one on.</source>
        <translation>
            <numerusform>È stato possibile abbinare ai clic solo %n tocco; ne servono almeno {0}. Riprova e tocca a ogni clic a partire dal terzo.</numerusform>
            <numerusform>È stato possibile abbinare ai clic solo %n tocchi; ne servono almeno {0}. Riprova e tocca a ogni clic a partire dal terzo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClickTrain</name>
    <message>
        <source>The click could not be prepared: {0}</source>
        <extracomment>From Start to the first click: time to put the hands ready. After the last click, time for its tap (and for the click to ring out) before ``done``.</extracomment>
        <translation>Non è stato possibile preparare il clic: {0}</translation>
    </message>
    <message>
        <source>No sound output was found, so there are no clicks to tap to.</source>
        <translation>Nessuna uscita audio trovata, quindi non ci sono clic da seguire.</translation>
    </message>
</context>
<context>
    <name>CueLines</name>
    <message>
        <source>How to do it</source>
        <translation>Come si fa</translation>
    </message>
</context>
<context>
    <name>CuePreview</name>
    <message>
        <source>Sounds are muted in the run window (M), so nothing was played.</source>
        <translation>I suoni sono disattivati nella finestra di allenamento (M), quindi non è stato riprodotto nulla.</translation>
    </message>
    <message>
        <source>The sound could not be prepared: {0}</source>
        <translation>Non è stato possibile preparare il suono: {0}</translation>
    </message>
    <message>
        <source>No sound output was found, so nothing can be played.</source>
        <translation>Nessuna uscita audio trovata, quindi non si può riprodurre nulla.</translation>
    </message>
</context>
<context>
    <name>DisclaimerDialog</name>
    <message>
        <source>Before you start</source>
        <extracomment>Bump when the text changes in substance, so every runner sees the new one once.</extracomment>
        <translation>Prima di iniziare</translation>
    </message>
    <message>
        <source>Warm-up Timer guides you through a warm-up and offers a self-check for heavy legs. It gives general information only: it is not a diagnosis or medical advice, and it cannot replace a doctor or physiotherapist.</source>
        <translation>Warm-up Timer ti guida nel riscaldamento e offre un&apos;autovalutazione per le gambe pesanti. Fornisce solo informazioni generali: non è una diagnosi né un consiglio medico e non può sostituire un medico o un fisioterapista.</translation>
    </message>
    <message>
        <source>Talk to a health professional before you start or change an exercise routine, especially if you have a heart condition, chest pain, dizziness or blackouts, or a bone or joint problem, if you take medicine for your blood pressure or heart, or if you are pregnant.</source>
        <translation>Parla con un professionista sanitario prima di iniziare o modificare un programma di esercizio, soprattutto se hai un problema cardiaco, dolore al petto, capogiri o svenimenti, o un problema alle ossa o alle articolazioni, se prendi farmaci per la pressione o per il cuore, o se sei incinta.</translation>
    </message>
    <message>
        <source>Stop exercising if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation>Smetti di allenarti se senti dolore, fastidio al petto, capogiri o un affanno insolito.</translation>
    </message>
    <message>
        <source>In an emergency, call your local emergency number (such as 112, 999 or 911).</source>
        <translation>In caso di emergenza, chiama il numero di emergenza locale (ad esempio 112, 999 o 911).</translation>
    </message>
    <message>
        <source>Never put off getting professional advice because of something this app says.</source>
        <translation>Non rimandare mai un consulto professionale per qualcosa che dice questa app.</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Ho capito</translation>
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
        <translation>{0}, minuti</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>{0}, seconds</source>
        <translation>{0}, secondi</translation>
    </message>
</context>
<context>
    <name>DurationWarning</name>
    <message>
        <source>totals {0}, shorter than the recommended 15-20 min</source>
        <translation>totale {0}, meno dei 15-20 min consigliati</translation>
    </message>
    <message>
        <source>totals {0}, longer than the recommended 15-20 min</source>
        <translation>totale {0}, più dei 15-20 min consigliati</translation>
    </message>
</context>
<context>
    <name>EditorCommands</name>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descrizione</translation>
    </message>
    <message>
        <source>lead-in</source>
        <translation>conto alla rovescia iniziale</translation>
    </message>
    <message>
        <source>pause between steps</source>
        <translation>pausa tra gli esercizi</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durata</translation>
    </message>
    <message>
        <source>per side</source>
        <translation>per lato</translation>
    </message>
    <message>
        <source>switch time</source>
        <translation>tempo per il cambio lato</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>ripetizioni</translation>
    </message>
    <message>
        <source>instructions</source>
        <translation>istruzioni</translation>
    </message>
    <message>
        <source>metronome</source>
        <translation>metronomo</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>figura</translation>
    </message>
    <message>
        <source>cue lines</source>
        <translation>indicazioni</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>esercizi</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>routine</translation>
    </message>
    <message>
        <source>part</source>
        <translation>parte</translation>
    </message>
    <message>
        <source>step</source>
        <translation>esercizio</translation>
    </message>
    <message>
        <source>Change {0} {1}</source>
        <translation>Modifica {1} ({0})</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>Aggiungi parte</translation>
    </message>
    <message>
        <source>Remove part</source>
        <translation>Rimuovi parte</translation>
    </message>
    <message>
        <source>Move part</source>
        <translation>Sposta parte</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Aggiungi esercizio</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Rimuovi esercizio</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Sposta esercizio</translation>
    </message>
</context>
<context>
    <name>EditorDialogs</name>
    <message>
        <source>Unsaved changes</source>
        <extracomment>The runner chose &quot;Skip the rest&quot; in an import preview: drop the files queued behind it. Unsaved changes in the routine named: save, discard or cancel? Move the routine named to the trash? An imported routine&apos;s name is taken: (name, whether replacing is possible). Show what an import brings in; True to go on with it. A new name for a routine (given its current one); None when cancelled. A routine file to import; None when cancelled. Where to export (given a suggested file name); None when cancelled. Replace this existing file (outside the dialog that already asked)? Something failed: (title, message). Shown in the import preview: files waiting behind it (&quot;3 more files to import&quot;).</extracomment>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>Save the changes to “{0}”?</source>
        <translation>Salvare le modifiche a “{0}”?</translation>
    </message>
    <message>
        <source>If you don&apos;t, your changes will be lost.</source>
        <translation>Se non salvi, le modifiche andranno perse.</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Elimina routine</translation>
    </message>
    <message>
        <source>Delete “{0}”?</source>
        <translation>Eliminare “{0}”?</translation>
    </message>
    <message>
        <source>It is moved to the trash folder; you can undo this right after.</source>
        <translation>Viene spostata nel cestino; puoi annullare subito dopo.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Replace it with the imported one, or keep both (the new one gets a number)?</source>
        <translation>Sostituirla con quella importata o tenerle entrambe (la nuova riceve un numero)?</translation>
    </message>
    <message>
        <source>That one is built in and cannot be replaced; keep both?</source>
        <translation>Quella è predefinita e non può essere sostituita; tenerle entrambe?</translation>
    </message>
    <message>
        <source>Name already used</source>
        <translation>Nome già in uso</translation>
    </message>
    <message>
        <source>You already have a routine called “{0}”.</source>
        <translation>Hai già una routine chiamata “{0}”.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Sostituisci</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Tienile entrambe</translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation>Rinomina routine</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nuovo nome:</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importa una routine</translation>
    </message>
    <message>
        <source>Warm-up routines (*{0});;All files (*)</source>
        <translation>Routine di riscaldamento (*{0});;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Export a routine</source>
        <translation>Esporta una routine</translation>
    </message>
    <message>
        <source>Warm-up routines (*{0})</source>
        <translation>Routine di riscaldamento (*{0})</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>Sostituisci file</translation>
    </message>
    <message>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} esiste già. Sostituirlo?</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <source>◀ All routines</source>
        <extracomment>The user wants to go back to the list of routines. Save was pressed (the routine is valid). Try it was pressed: (speed,) - 1.0 or the quick-check speed.</extracomment>
        <translation>◀ Tutte le routine</translation>
    </message>
    <message>
        <source>Back to all routines</source>
        <translation>Torna a tutte le routine</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Prova</translation>
    </message>
    <message>
        <source>{0}x speed</source>
        <translation>Velocità {0}x</translation>
    </message>
    <message>
        <source>Run it ten times faster, for a quick check</source>
        <translation>Eseguila dieci volte più veloce, per un controllo rapido</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>Aggiungi parte</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplica</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <source>Step to add</source>
        <translation>Esercizio da aggiungere</translation>
    </message>
    <message>
        <source> (each side)</source>
        <translation> (per lato)</translation>
    </message>
    <message>
        <source>Blank step</source>
        <translation>Esercizio vuoto</translation>
    </message>
    <message>
        <source>Ready-made steps with their instructions filled in, or a blank one</source>
        <translation>Esercizi pronti con le istruzioni già compilate, oppure uno vuoto</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Aggiungi esercizio</translation>
    </message>
    <message>
        <source>Add it after the selected step</source>
        <translation>Aggiungilo dopo l&apos;esercizio selezionato</translation>
    </message>
    <message>
        <source>Add a part, then add steps to it from the list on the left.</source>
        <translation>Aggiungi una parte, poi aggiungile degli esercizi dall&apos;elenco a sinistra.</translation>
    </message>
    <message>
        <source>Add a step:</source>
        <translation>Aggiungi un esercizio:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>Save to your routines ({0})</source>
        <translation>Salva nelle tue routine ({0})</translation>
    </message>
    <message>
        <source>(unnamed routine)</source>
        <translation>(routine senza nome)</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>non ancora salvata</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>modifiche non salvate</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>salvata</translation>
    </message>
    <message>
        <source>⚠ shorter than the recommended 15-20 min</source>
        <translation>⚠ più breve dei 15-20 min consigliati</translation>
    </message>
    <message>
        <source>⚠ longer than the recommended 15-20 min</source>
        <translation>⚠ più lunga dei 15-20 min consigliati</translation>
    </message>
    <message>
        <source>✓ within the recommended 15-20 min</source>
        <translation>✓ entro i 15-20 min consigliati</translation>
    </message>
    <message>
        <source>Total {0}  {1}</source>
        <translation>Totale {0}  {1}</translation>
    </message>
    <message>
        <source>Save to your routines</source>
        <translation>Salva nelle tue routine</translation>
    </message>
    <message>
        <source>{0} to fix before saving:</source>
        <translation>{0} da correggere prima di salvare:</translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemi</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… e altri {0}</translation>
    </message>
    <message>
        <source>Fix the problems listed below to save</source>
        <translation>Correggi i problemi elencati sotto per salvare</translation>
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
        <translation>Parte {0}</translation>
    </message>
    <message>
        <source>, step {0}</source>
        <translation>, esercizio {0}</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nuovo esercizio</translation>
    </message>
    <message>
        <source>Part 1</source>
        <translation>Parte 1</translation>
    </message>
    <message>
        <source>Duplicate part</source>
        <translation>Duplica parte</translation>
    </message>
    <message>
        <source>Duplicate step</source>
        <translation>Duplica esercizio</translation>
    </message>
    <message>
        <source>Undo: {0}</source>
        <translation>Annulla: {0}</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Niente da annullare</translation>
    </message>
    <message>
        <source>Redo: {0}</source>
        <translation>Ripeti: {0}</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Niente da ripetere</translation>
    </message>
</context>
<context>
    <name>FigureView</name>
    <message>
        <source>Figure showing the movement</source>
        <extracomment>Frames per second while animating a quick loop (walk, jog, strides: under 2 s a loop): 12 drawings a jogging stride, as hand animation draws &quot;on twos&quot;. Each frame costs what a bare PySide6 widget pays to show an image under X (measured: 20 frames/s cost 0.95 % of a core). Frames per second for a slow loop (the stretches rock over 4-5 s): fewer repaints. Memory for a figure&apos;s drawn frames (a 260 px lunge loop takes about 11 MB), and as much again for the same frames on the stage&apos;s colour; beyond it, frames are drawn each time.</extracomment>
        <translation>Figura che mostra il movimento</translation>
    </message>
</context>
<context>
    <name>FinishNotifier</name>
    <message>
        <source>Warm-up complete</source>
        <extracomment>A notification went out (``&quot;tray&quot;`` or ``&quot;dbus&quot;``), for the log and for tests.</extracomment>
        <translation>Riscaldamento completato</translation>
    </message>
    <message>
        <source>{0} of warm-up done. Have a good run!</source>
        <translation>Riscaldamento di {0} completato. Buona corsa!</translation>
    </message>
    <message>
        <source>Have a good run!</source>
        <translation>Buona corsa!</translation>
    </message>
</context>
<context>
    <name>HeavyLegsChart</name>
    <message>
        <source>No self-checks yet. Your heavy-legs score appears here once you take one.</source>
        <extracomment>Self-checks with a warning sign: a red square near the top, never a score.</extracomment>
        <translation>Ancora nessuna autovalutazione. Il tuo punteggio gambe pesanti comparirà qui dopo la prima.</translation>
    </message>
    <message>
        <source>Heavy-legs score</source>
        <translation>Punteggio gambe pesanti</translation>
    </message>
    <message>
        <source>Chart of the heavy-legs score over time</source>
        <translation>Grafico del punteggio gambe pesanti nel tempo</translation>
    </message>
    <message>
        <source>Warning sign: see the result</source>
        <translation>Segnale d&apos;allarme: vedi il risultato</translation>
    </message>
    <message>
        <source>Rest day suggested from {score}</source>
        <translation>Riposo consigliato da {score}</translation>
    </message>
    <message numerus="yes">
        <source>%n self-checks; the latest had a warning sign: see its result</source>
        <translation>
            <numerusform>%n autovalutazione, con un segnale d&apos;allarme: vedi il risultato</numerusform>
            <numerusform>%n autovalutazioni; l&apos;ultima aveva un segnale d&apos;allarme: vedi il risultato</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n self-checks; latest score {score} of 100</source>
        <translation>
            <numerusform>%n autovalutazione; punteggio {score} su 100</numerusform>
            <numerusform>%n autovalutazioni; ultimo punteggio {score} su 100</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a warning sign.</source>
        <translation>
            <numerusform>%n con un segnale d&apos;allarme.</numerusform>
            <numerusform>%n con un segnale d&apos;allarme.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <source>days in a row with a warm-up</source>
        <extracomment>Asks before deleting everything; replaced in tests. Asks where to save the CSV file (None: cancelled); replaced in tests.</extracomment>
        <translation>
            <numerusform>giorno di fila con un riscaldamento</numerusform>
            <numerusform>giorni di fila con un riscaldamento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warm-ups this week</source>
        <translation>
            <numerusform>riscaldamento questa settimana</numerusform>
            <numerusform>riscaldamenti questa settimana</numerusform>
        </translation>
    </message>
    <message>
        <source>no self-check yet</source>
        <translation>nessuna autovalutazione</translation>
    </message>
    <message>
        <source>History entries, newest first</source>
        <translation>Voci della cronologia, dalla più recente</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Esporta in CSV…</translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation>Eli&amp;mina voce</translation>
    </message>
    <message>
        <source>C&amp;lear all…</source>
        <translation>&amp;Cancella tutto…</translation>
    </message>
    <message>
        <source>Save every entry as a CSV file</source>
        <translation>Salva tutte le voci in un file CSV</translation>
    </message>
    <message>
        <source>Delete the selected entry (Delete)</source>
        <translation>Elimina la voce selezionata (Canc)</translation>
    </message>
    <message>
        <source>Delete every entry, after asking</source>
        <translation>Elimina tutte le voci, dopo conferma</translation>
    </message>
    <message>
        <source>History is not open yet.</source>
        <translation>La cronologia non è ancora aperta.</translation>
    </message>
    <message>
        <source>warning sign at the last self-check: see the result</source>
        <translation>segnale d&apos;allarme nell&apos;ultima autovalutazione: vedi il risultato</translation>
    </message>
    <message>
        <source>heavy-legs score at the last self-check</source>
        <translation>punteggio gambe pesanti nell&apos;ultima autovalutazione</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>Ancora nessuna voce.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n voce.</numerusform>
            <numerusform>%n voci.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n entries to {path}</source>
        <translation>
            <numerusform>%n voce salvata in {path}</numerusform>
            <numerusform>%n voci salvate in {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Warm-up: {name}</source>
        <translation>Riscaldamento: {name}</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>Autovalutazione</translation>
    </message>
    <message>
        <source>Completed ({total})</source>
        <translation>Completato ({total})</translation>
    </message>
    <message>
        <source>Not finished (still running, or the app was closed)</source>
        <translation>Non finito (ancora in corso, oppure l&apos;app è stata chiusa)</translation>
    </message>
    <message>
        <source>Skipped to the end</source>
        <translation>Saltato fino alla fine</translation>
    </message>
    <message>
        <source>Stopped at {step}</source>
        <translation>Interrotto a: {step}</translation>
    </message>
    <message>
        <source>Stopped before the first step</source>
        <translation>Interrotto prima del primo esercizio</translation>
    </message>
    <message>
        <source>warning sign: see the result</source>
        <translation>segnale d&apos;allarme: vedi il risultato</translation>
    </message>
    <message>
        <source>heavy-legs score {score}</source>
        <translation>punteggio gambe pesanti {score}</translation>
    </message>
    <message>
        <source>Entry deleted.</source>
        <translation>Voce eliminata.</translation>
    </message>
    <message>
        <source>History cleared.</source>
        <translation>Cronologia cancellata.</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>Impossibile salvare {path}: {reason}</translation>
    </message>
    <message>
        <source>Clear all history?</source>
        <translation>Cancellare tutta la cronologia?</translation>
    </message>
    <message>
        <source>Delete every warm-up and self-check from your history? This cannot be undone. Export to CSV first if you want a copy.</source>
        <translation>Eliminare tutti i riscaldamenti e le autovalutazioni dalla cronologia? L&apos;operazione non si può annullare. Se vuoi una copia, esporta prima in CSV.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Esporta cronologia</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import a routine</source>
        <translation>Importa una routine</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>File: {0}</translation>
    </message>
    <message>
        <source>Total: {0}</source>
        <translation>Totale: {0}</translation>
    </message>
    <message>
        <source>A routine called “{0}” is already in your library.</source>
        <translation>Una routine chiamata “{0}” è già nella tua raccolta.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Questo file non può essere importato</translation>
    </message>
    <message>
        <source>Nothing was saved. What is wrong with it:</source>
        <translation>Non è stato salvato nulla. Ecco cosa non va:</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… e altri {0}</translation>
    </message>
    <message>
        <source>Skip the rest</source>
        <extracomment>The runner chose to skip the files waiting behind this one. Only when files wait behind this one.</extracomment>
        <translation>Salta i restanti</translation>
    </message>
    <message>
        <source>line {0}: </source>
        <translation>riga {0}: </translation>
    </message>
</context>
<context>
    <name>ImportQueue</name>
    <message numerus="yes">
        <source>%n more files to import</source>
        <extracomment>Offer this file now (``pathlib.Path``); connect it directly: the next one waits for the slot to return. How many files wait behind the one being offered now (``int``; 0 when none).</extracomment>
        <translation>
            <numerusform>Ancora %n file da importare</numerusform>
            <numerusform>Altri %n file da importare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeepAwake</name>
    <message>
        <source>A warm-up routine is running</source>
        <extracomment>States in which the screen must stay on: the runner is following the countdown.</extracomment>
        <translation>È in corso una routine di riscaldamento</translation>
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
        <translation>Totale</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Parti</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nuova routine</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rinomina…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importa…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Built-in (read-only)</source>
        <translation>Predefinite (sola lettura)</translation>
    </message>
    <message>
        <source>Your routines</source>
        <translation>Le tue routine</translation>
    </message>
    <message>
        <source>None yet: make a new one, or duplicate one above</source>
        <translation>Ancora nessuna: creane una nuova o duplicane una qui sopra</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Non leggibili</translation>
    </message>
    <message>
        <source>broken file</source>
        <translation>file danneggiato</translation>
    </message>
    <message>
        <source>⚠ short  {0}</source>
        <translation>⚠ breve  {0}</translation>
    </message>
    <message>
        <source>⚠ long  {0}</source>
        <translation>⚠ lunga  {0}</translation>
    </message>
    <message>
        <source>Outside the recommended 15-20 min</source>
        <translation>Fuori dai 15-20 min consigliati</translation>
    </message>
    <message>
        <source>outside 15 to 20 minutes</source>
        <translation>fuori dai 15-20 minuti</translation>
    </message>
    <message>
        <source>Duplicate to edit</source>
        <translation>Duplica per modificare</translation>
    </message>
    <message>
        <source>No routine selected</source>
        <translation>Nessuna routine selezionata</translation>
    </message>
    <message>
        <source>This file could not be read:</source>
        <translation>Impossibile leggere questo file:</translation>
    </message>
    <message>
        <source>line {0}: </source>
        <translation>riga {0}: </translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>File: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Total {0} (plus a {1} get-ready countdown), %n steps</source>
        <translation>
            <numerusform>Totale {0} (più {1} di conto alla rovescia iniziale), %n esercizio</numerusform>
            <numerusform>Totale {0} (più {1} di conto alla rovescia iniziale), %n esercizi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n esercizio</numerusform>
            <numerusform>%n esercizi</numerusform>
        </translation>
    </message>
    <message>
        <source>Built in: read-only. Duplicate it to make your own version.</source>
        <translation>Predefinita: sola lettura. Duplicala per crearne una tua versione.</translation>
    </message>
    <message>
        <source>line {0}</source>
        <translation>riga {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Warm-up</source>
        <extracomment>The runner asked for the settings dialog (the app owns the settings and opens it). Routines, Self-check and History now exist (emitted once); the app wires them.</extracomment>
        <translation>Riscaldamento</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>Autovalutazione</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Files to import (drops, other launches), offered one dialog at a time.</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Riscaldamento</translation>
    </message>
    <message>
        <source>&amp;Import routine…</source>
        <translation>&amp;Importa routine…</translation>
    </message>
    <message>
        <source>&amp;Export routine…</source>
        <translation>Es&amp;porta routine…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Imp&amp;ostazioni…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Apri la cartella dei &amp;log</translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translation>I&amp;nformazioni su {0}</translation>
    </message>
</context>
<context>
    <name>OwnSoundImporter</name>
    <message>
        <source>Sounds ({0})</source>
        <translation>Suoni ({0})</translation>
    </message>
</context>
<context>
    <name>OwnSounds</name>
    <message>
        <source>The file {name} was not found.</source>
        <translation>Il file {name} non è stato trovato.</translation>
    </message>
    <message>
        <source>The file {name} could not be opened: {reason}</source>
        <translation>Impossibile aprire il file {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a file.</source>
        <translation>{name} non è un file.</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>Il file {name} è vuoto.</translation>
    </message>
    <message>
        <source>The file is {size:.1f} MB; a cue sound can be at most {limit} MB.</source>
        <translation>Il file pesa {size:.1f} MB; un segnale sonoro può pesare al massimo {limit} MB.</translation>
    </message>
    <message>
        <source>MP3, OGG and FLAC files need ffmpeg, which is not installed. Choose a WAV file, or install ffmpeg.</source>
        <translation>I file MP3, OGG e FLAC richiedono ffmpeg, che non è installato. Scegli un file WAV oppure installa ffmpeg.</translation>
    </message>
    <message>
        <source>{name} is not a sound file this app can use. Choose a {kinds} file.</source>
        <translation>{name} non è un file audio utilizzabile da questa app. Scegli un file {kinds}.</translation>
    </message>
    <message>
        <source>{name} is not a WAV file this app can read. It may be damaged, or use a WAV flavour that needs ffmpeg (not installed).</source>
        <translation>{name} non è un file WAV leggibile da questa app. Potrebbe essere danneggiato o usare una variante di WAV che richiede ffmpeg (non installato).</translation>
    </message>
    <message>
        <source>{name} could not be read as sound. It may be damaged, or not audio.</source>
        <translation>Impossibile leggere {name} come audio. Potrebbe essere danneggiato o non essere un file audio.</translation>
    </message>
    <message>
        <source>The file contains no sound.</source>
        <translation>Il file non contiene alcun suono.</translation>
    </message>
    <message>
        <source>The file is silent.</source>
        <translation>Il file contiene solo silenzio.</translation>
    </message>
    <message>
        <source>The sound lasts {seconds:.1f} s; a cue sound can be at most {limit:g} s.</source>
        <translation>Il suono dura {seconds:.1f} s; un segnale sonoro può durare al massimo {limit:g} s.</translation>
    </message>
    <message>
        <source>The file {name} could not be used: it {reason}.</source>
        <translation>Impossibile usare il file {name}: {reason}.</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <extracomment>A stored sound is at most MAX_SECONDS of 16-bit mono at SAMPLE_RATE, plus its silent tail.</extracomment>
        <translation>il file manca</translation>
    </message>
    <message>
        <source>the file {reason}</source>
        <translation>il file {reason}</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>il file è danneggiato</translation>
    </message>
    <message>
        <source>Your sound for “{cue}” can&apos;t be used ({reason}); the built-in sound plays instead.</source>
        <translation>Il tuo suono per “{cue}” non è utilizzabile ({reason}); al suo posto viene riprodotto il suono predefinito.</translation>
    </message>
</context>
<context>
    <name>PartForm</name>
    <message>
        <source>Part name:</source>
        <translation>Nome della parte:</translation>
    </message>
    <message>
        <source>e.g. Jog</source>
        <translation>es. Corsa</translation>
    </message>
    <message>
        <source>Pause between steps:</source>
        <translation>Pausa tra gli esercizi:</translation>
    </message>
    <message>
        <source>Time to move to the next exercise of this part</source>
        <translation>Tempo per passare all&apos;esercizio successivo di questa parte</translation>
    </message>
    <message>
        <source>Part total:</source>
        <translation>Totale della parte:</translation>
    </message>
    <message>
        <source>Part {0} of {1}</source>
        <translation>Parte {0} di {1}</translation>
    </message>
    <message numerus="yes">
        <source>{0} (%n steps)</source>
        <translation>
            <numerusform>{0} (%n esercizio)</numerusform>
            <numerusform>{0} (%n esercizi)</numerusform>
        </translation>
    </message>
    <message>
        <source>Steps: {0}</source>
        <translation>Esercizi: {0}</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Whole warm-up</source>
        <extracomment>Skipped stretches as fractions of the bar, (from, to), 0 to 1.</extracomment>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Whole warm-up progress</source>
        <translation>Avanzamento totale del riscaldamento</translation>
    </message>
    <message>
        <source>{0} progress</source>
        <translation>Avanzamento di {0}</translation>
    </message>
    <message>
        <source>{0} {1} / {2}</source>
        <translation>{0} {1} / {2}</translation>
    </message>
    <message>
        <source>{0} done, {1} skipped, {2} left</source>
        <translation>{0} fatti, {1} saltati, {2} rimanenti</translation>
    </message>
    <message>
        <source>{0} done, {1} left</source>
        <translation>{0} fatti, {1} rimanenti</translation>
    </message>
</context>
<context>
    <name>RedFlagGate</name>
    <message>
        <source>Any of these?</source>
        <extracomment>Warning signs that stop the flow the moment they are ticked. &quot;Yes, or not sure&quot;: show the check boxes.</extracomment>
        <translation>Qualcuno di questi?</translation>
    </message>
    <message>
        <source>&amp;Yes, or not sure: tick which ▼</source>
        <translation>&amp;Sì, o non lo so: indica quali ▼</translation>
    </message>
    <message>
        <source>Yes, or not sure: tick which</source>
        <translation>Sì, o non lo so: indica quali</translation>
    </message>
    <message>
        <source>None of them? Press “No, none of these” below.</source>
        <translation>Nessuno? Premi “No, nessuno di questi” qui sotto.</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>Self-check result</source>
        <extracomment>Start today&apos;s warm-up (the routine from :meth:`chosen_entry`). Go back to the questions, answers kept. Clear every answer and begin again.</extracomment>
        <translation>Risultato dell&apos;autovalutazione</translation>
    </message>
    <message>
        <source>Today&apos;s warm-up</source>
        <translation>Il riscaldamento di oggi</translation>
    </message>
    <message>
        <source>Suggested for today and already ticked: the warm-up below includes them. Untick a change to leave it out.</source>
        <translation>Consigliate per oggi e già spuntate: il riscaldamento qui sotto le include. Togli la spunta a una modifica per escluderla.</translation>
    </message>
    <message>
        <source>&amp;Start the warm-up</source>
        <translation>&amp;Avvia il riscaldamento</translation>
    </message>
    <message>
        <source>&amp;Change answers</source>
        <translation>&amp;Modifica le risposte</translation>
    </message>
    <message>
        <source>Start a &amp;new check</source>
        <translation>&amp;Nuova autovalutazione</translation>
    </message>
    <message>
        <source>Why this result</source>
        <translation>Perché questo risultato</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Cosa puoi fare</translation>
    </message>
    <message>
        <source>Today: {advice}</source>
        <translation>Oggi: {advice}</translation>
    </message>
    <message>
        <source>Heavy-legs score: {score} of 100. A number to follow over time in your history, not a medical measure.</source>
        <translation>Punteggio gambe pesanti: {score} su 100. Un numero da seguire nel tempo nella cronologia, non una misura medica.</translation>
    </message>
    <message>
        <source>&amp;Start the adapted warm-up</source>
        <translation>&amp;Avvia il riscaldamento adattato</translation>
    </message>
    <message>
        <source>Choose a routine on the Warm-up tab, then come back to start it.</source>
        <translation>Scegli una routine nella scheda Riscaldamento, poi torna qui per avviarla.</translation>
    </message>
    <message>
        <source>Routine: {name}, {total}</source>
        <translation>Routine: {name}, {total}</translation>
    </message>
    <message>
        <source> (adapted)</source>
        <translation> (adattata)</translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>e.g. Tempo day warm-up</source>
        <translation>es. Riscaldamento per il ritmo</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descrizione:</translation>
    </message>
    <message>
        <source>What this warm-up is for</source>
        <translation>A cosa serve questo riscaldamento</translation>
    </message>
    <message>
        <source>Get-ready countdown:</source>
        <translation>Conto alla rovescia iniziale:</translation>
    </message>
    <message>
        <source>Counted down before the first step; not in the total</source>
        <translation>Contato prima del primo esercizio; non incluso nel totale</translation>
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
        <translation>Caricamento delle routine…</translation>
    </message>
    <message>
        <source>Adapted for today</source>
        <translation>Adattata per oggi</translation>
    </message>
    <message>
        <source>Use the original</source>
        <translation>Usa l&apos;originale</translation>
    </message>
    <message>
        <source>Go back to the routine as it is saved</source>
        <translation>Torna alla routine così come è salvata</translation>
    </message>
    <message>
        <source>Show the list</source>
        <translation>Mostra l&apos;elenco</translation>
    </message>
    <message>
        <source>Which routine files could not be read, and why</source>
        <translation>Quali file di routine non è stato possibile leggere, e perché</translation>
    </message>
    <message>
        <source>Routine:</source>
        <translation>Routine:</translation>
    </message>
    <message>
        <source>No routines found.</source>
        <translation>Nessuna routine trovata.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n routine files could not be read.</source>
        <translation>
            <numerusform>⚠ %n file di routine non è leggibile.</numerusform>
            <numerusform>⚠ %n file di routine non sono leggibili.</numerusform>
        </translation>
    </message>
    <message>
        <source> (+{0} more)</source>
        <translation> (+ altri {0})</translation>
    </message>
    <message>
        <source>Routine files that could not be read</source>
        <translation>File di routine non leggibili</translation>
    </message>
</context>
<context>
    <name>RoutinesView</name>
    <message>
        <source>this routine</source>
        <extracomment>The routines on disk changed (``Library``): saved, imported, renamed, deleted, restored. The runner chose to skip the files waiting to be imported after the one shown. Makes the driver of a &quot;Try it&quot; run (tests give one on a fake clock). Makes the view a &quot;Try it&quot; run is shown in (the window gives the Warm-up tab&apos;s view).</extracomment>
        <translation>questa routine</translation>
    </message>
    <message>
        <source>My warm-up</source>
        <translation>Il mio riscaldamento</translation>
    </message>
    <message>
        <source>Jog</source>
        <translation>Corsa</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (copia)</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>Non ancora salvabile</translation>
    </message>
    <message>
        <source>Fix the marked fields first:
{0}</source>
        <translation>Correggi prima i campi segnati:
{0}</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Impossibile salvare</translation>
    </message>
    <message>
        <source>Could not rename</source>
        <translation>Impossibile rinominare</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Impossibile eliminare</translation>
    </message>
    <message>
        <source>“{0}” was moved to the trash.</source>
        <translation>“{0}” è stata spostata nel cestino.</translation>
    </message>
    <message>
        <source>Could not restore</source>
        <translation>Impossibile ripristinare</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>Impossibile importare</translation>
    </message>
    <message>
        <source>Cannot export yet</source>
        <translation>Non ancora esportabile</translation>
    </message>
    <message>
        <source>Fix the marked fields first.</source>
        <translation>Correggi prima i campi segnati.</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Niente da esportare</translation>
    </message>
    <message>
        <source>Select a routine first.</source>
        <translation>Seleziona prima una routine.</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Impossibile esportare</translation>
    </message>
</context>
<context>
    <name>RunTray</name>
    <message>
        <source>Pause</source>
        <extracomment>The runner asked to see the main window (menu item or a click on the icon). The runner chose Quit from the tray menu.</extracomment>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Passa all&apos;esercizio successivo</translation>
    </message>
    <message>
        <source>Show {0}</source>
        <translation>Mostra {0}</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>{0}: ready</source>
        <translation>{0}: pronto</translation>
    </message>
    <message>
        <source>{0}: warm-up complete</source>
        <translation>{0}: riscaldamento completato</translation>
    </message>
    <message>
        <source>Get ready: {0}</source>
        <translation>Preparati: {0}</translation>
    </message>
    <message>
        <source>Switch sides: {0}</source>
        <translation>Cambia lato: {0}</translation>
    </message>
    <message>
        <source>Next exercise in {0}</source>
        <translation>Prossimo esercizio tra {0}</translation>
    </message>
    <message>
        <source>{0}{1}: {2} left</source>
        <translation>{0}{1}: mancano {2}</translation>
    </message>
    <message>
        <source>Paused. {0}</source>
        <translation>In pausa. {0}</translation>
    </message>
    <message>
        <source>{0} of the warm-up left</source>
        <translation>Mancano {0} alla fine del riscaldamento</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <source>◀◀ Back</source>
        <extracomment>Full screen was asked for (F11). The runner counts the warm-up they skipped to the end of as done (history records it). Focus mode went on (a routine runs: only what a runner needs) or off (paused, stopped). How long the controls strip stays after the last mouse move or key press. Asks before stopping a running routine; replaced in tests (no modal dialogs there). Asks before restarting a warm-up under way (R or the button); replaced in tests.</extracomment>
        <translation>◀◀ Indietro</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Avvia</translation>
    </message>
    <message>
        <source>Skip ▶▶</source>
        <translation>Salta ▶▶</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Ricomincia</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <source>Count it as done</source>
        <translation>Segna come fatto</translation>
    </message>
    <message>
        <source>You skipped to the end: record this warm-up as completed anyway</source>
        <translation>Hai saltato fino alla fine: registra comunque questo riscaldamento come completato</translation>
    </message>
    <message>
        <source>Back to the start of this step; twice: previous (Left)</source>
        <translation>Torna all&apos;inizio di questo esercizio; due volte: al precedente (Freccia sinistra)</translation>
    </message>
    <message>
        <source>Start, pause or resume (Space)</source>
        <translation>Avvia, metti in pausa o riprendi (Spazio)</translation>
    </message>
    <message>
        <source>Skip to the next step (Right)</source>
        <translation>Passa all&apos;esercizio successivo (Freccia destra)</translation>
    </message>
    <message>
        <source>Start the routine again (R)</source>
        <translation>Ricomincia la routine da capo (R)</translation>
    </message>
    <message>
        <source>Stop the routine (Esc)</source>
        <translation>Interrompi la routine (Esc)</translation>
    </message>
    <message>
        <source>Start / Pause</source>
        <translation>Avvia / Pausa</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Schermo intero</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Muto</translation>
    </message>
    <message>
        <source>Counted as done. Have a good run!</source>
        <translation>Segnato come fatto. Buona corsa!</translation>
    </message>
    <message>
        <source>Restart the warm-up?</source>
        <translation>Ricominciare il riscaldamento?</translation>
    </message>
    <message>
        <source>Start this warm-up again from the beginning? Your place in it will be lost.</source>
        <translation>Ricominciare questo riscaldamento dall&apos;inizio? Perderai il punto raggiunto.</translation>
    </message>
    <message>
        <source>Stop the warm-up?</source>
        <translation>Interrompere il riscaldamento?</translation>
    </message>
    <message>
        <source>Stop this warm-up? Your place in it will be lost.</source>
        <translation>Interrompere questo riscaldamento? Perderai il punto raggiunto.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Ricomincia</translation>
    </message>
</context>
<context>
    <name>SelfCheckPanel</name>
    <message>
        <source>Health screen</source>
        <extracomment>A result was shown for answers not reported before: (``Report``, ``dict[str, bool]``). A warm-up was started from the result (``RoutineEntry``, possibly an adapted copy).</extracomment>
        <translation>Questionario sulla salute</translation>
    </message>
    <message>
        <source>Your legs today</source>
        <translation>Le tue gambe oggi</translation>
    </message>
    <message>
        <source>Tick what applies. Leave the rest unticked.</source>
        <translation>Spunta ciò che ti riguarda. Lascia il resto senza spunta.</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Indietro</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Avanti ▶</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Avvertenze</translation>
    </message>
    <message>
        <source>You said your legs hurt or that you have poor circulation. Before the result, read every warning sign again and tick any that applies.</source>
        <translation>Hai indicato che le gambe ti fanno male o che hai una cattiva circolazione. Prima del risultato, rileggi tutti i segnali d&apos;allarme e spunta quelli che ti riguardano.</translation>
    </message>
    <message>
        <source>Before the result: the warning signs again</source>
        <translation>Prima del risultato: di nuovo i segnali d&apos;allarme</translation>
    </message>
    <message>
        <source>Step {n} of {count}</source>
        <translation>Passo {n} di {count}</translation>
    </message>
    <message>
        <source>None of these apply: see the &amp;result ▶</source>
        <translation>Nessuno di questi mi riguarda: vedi il &amp;risultato ▶</translation>
    </message>
    <message>
        <source>&amp;No, none of these ▶</source>
        <translation>&amp;No, nessuno di questi ▶</translation>
    </message>
    <message>
        <source>See the &amp;result ▶</source>
        <translation>Vedi il &amp;risultato ▶</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
</context>
<context>
    <name>SessionAudio</name>
    <message>
        <source>The sounds could not be prepared ({0}), so this warm-up shows its cues on screen only.</source>
        <extracomment>Something the runner should know once (no sound output, an own sound replaced).</extracomment>
        <translation>Non è stato possibile preparare i suoni ({0}), quindi questo riscaldamento mostra i segnali solo sullo schermo.</translation>
    </message>
    <message>
        <source>The sound folder cannot be written ({0}); the sounds are kept in memory for this session.</source>
        <translation>Impossibile scrivere nella cartella dei suoni ({0}); i suoni restano in memoria per questa sessione.</translation>
    </message>
    <message>
        <source>No voice: {0} Settings → Voice says what to install.</source>
        <translation>Nessuna voce: {0} In Impostazioni → Voce trovi cosa installare.</translation>
    </message>
    <message>
        <source>The sound for “{0}” could not be loaded: {1}</source>
        <translation>Non è stato possibile caricare il suono per “{0}”: {1}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings could not be saved to {0}. Changes are used until you quit.</source>
        <extracomment>Far more than any settings file the app writes (about 2 KB); a bigger one is not ours. &quot;Restore defaults&quot; resets it. Window geometry is remembered state, not a preference. How cues are played: &quot;stream&quot; (one open output, every sound at its exact sample) or &quot;effects&quot; (the older QSoundEffect per kind, kept for comparison). Not in the dialog. Play every sound this many milliseconds early, to cancel an output&apos;s delay (Bluetooth). Without a voice for the interface language: English lines in an English voice, or silence. The interface language (a code of i18n/languages.py), &quot;&quot; for the system&apos;s; read at start-up. The version of the first-run disclaimer the runner accepted (0: none yet); see gui/dialogs/disclaimer.py. A preference changed (the key&apos;s name, e.g. ``&quot;sounds/volume&quot;``); read it with ``get``. Saving failed (a message for the runner); the new values stay in use for this run. What was wrong with the file when it was loaded, one message each, for the runner. None while the file is left alone for the session (it could not be read).</extracomment>
        <translation>Non è stato possibile salvare le impostazioni in {0}. Le modifiche restano valide fino alla chiusura dell&apos;app.</translation>
    </message>
    <message>
        <source>Your settings file {0} could not be read ({1}), so the defaults are in use for this session. The file was left as it is, and changes are not saved to it.</source>
        <translation>Non è stato possibile leggere il file delle impostazioni {0} ({1}), quindi per questa sessione si usano i valori predefiniti. Il file è stato lasciato com&apos;è e le modifiche non verranno salvate al suo interno.</translation>
    </message>
    <message>
        <source>(it could not be moved aside: {0})</source>
        <translation>(non è stato possibile spostarlo da parte: {0})</translation>
    </message>
    <message>
        <source>The damaged file was kept as {0}.</source>
        <translation>Il file danneggiato è stato conservato come {0}.</translation>
    </message>
    <message>
        <source>Your settings file could not be read, so the defaults are in use. {0}</source>
        <translation>Non è stato possibile leggere il file delle impostazioni, quindi si usano i valori predefiniti. {0}</translation>
    </message>
    <message>
        <source>Some settings had values the app cannot use and were reset: {0}.</source>
        <translation>Alcune impostazioni avevano valori che l&apos;app non può usare e sono state reimpostate: {0}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>The form&apos;s values were stored (OK or Apply).</extracomment>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>&amp;Sounds</source>
        <extracomment>Shows a problem to the runner; replaced in tests (no modal boxes there). The tap-to-calibrate dialog while it is open. Asks for a sound file; replaced in tests.</extracomment>
        <translation>&amp;Suoni</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>&amp;Voce</translation>
    </message>
    <message>
        <source>&amp;Timing</source>
        <translation>&amp;Tempi</translation>
    </message>
    <message>
        <source>&amp;Look</source>
        <translation>&amp;Aspetto</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Vol&amp;ume:</source>
        <translation>Vol&amp;ume:</translation>
    </message>
    <message>
        <source>Sound for {0}</source>
        <translation>Suono per: {0}</translation>
    </message>
    <message>
        <source>▶ Preview</source>
        <translation>▶ Ascolta</translation>
    </message>
    <message>
        <source>Preview the {0} sound</source>
        <translation>Ascolta il suono “{0}”</translation>
    </message>
    <message>
        <source>Play this sound now</source>
        <translation>Riproduci subito questo suono</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Play sounds early by</source>
        <translation>Anticipa i suoni di</translation>
    </message>
    <message>
        <source>Bluetooth headphones play sound late, often by 100 to 300 ms. Every cue sound is played this much earlier to make up for it.</source>
        <translation>Le cuffie Bluetooth riproducono il suono in ritardo, spesso di 100-300 ms. Ogni segnale sonoro viene riprodotto con questo anticipo per compensare.</translation>
    </message>
    <message>
        <source>Play sounds &amp;early by:</source>
        <translation>A&amp;nticipa i suoni di:</translation>
    </message>
    <message>
        <source>C&amp;alibrate…</source>
        <translation>Cali&amp;bra…</translation>
    </message>
    <message>
        <source>Calibrate the sound delay by tapping</source>
        <translation>Calibra il ritardo audio toccando a tempo</translation>
    </message>
    <message>
        <source>Tap along to a few clicks and the app suggests how early to play sounds.</source>
        <translation>Tocca a tempo con alcuni clic e l&apos;app ti suggerisce di quanto anticipare i suoni.</translation>
    </message>
    <message>
        <source>Each cue has its own sound, so you know what happened without looking.</source>
        <translation>Ogni segnale ha il suo suono, così sai cosa succede senza guardare.</translation>
    </message>
    <message>
        <source>&amp;Say each step&apos;s name and what comes next</source>
        <translation>&amp;Pronuncia il nome di ogni esercizio e cosa viene dopo</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Velocità della voce</translation>
    </message>
    <message>
        <source>Much faster</source>
        <translation>Molto più veloce</translation>
    </message>
    <message>
        <source>&amp;Test voice</source>
        <translation>P&amp;rova la voce</translation>
    </message>
    <message>
        <source>Test the voice</source>
        <translation>Prova la voce</translation>
    </message>
    <message>
        <source>V&amp;oice:</source>
        <translation>V&amp;oce:</translation>
    </message>
    <message>
        <source>Speaking &amp;rate:</source>
        <translation>Veloc&amp;ità della voce:</translation>
    </message>
    <message>
        <source>Speak English</source>
        <translation>Parla in inglese</translation>
    </message>
    <message>
        <source>No announcements</source>
        <translation>Nessun annuncio</translation>
    </message>
    <message>
        <source>Without a voice for your language</source>
        <translation>Senza una voce per la tua lingua</translation>
    </message>
    <message>
        <source>Without a voice for your &amp;language:</source>
        <translation>Senza una voce per la tua lin&amp;gua:</translation>
    </message>
    <message>
        <source>The voice never talks over a countdown. Without a speech engine the app shows the next step on screen only.</source>
        <translation>La voce non parla mai sopra un conto alla rovescia. Senza un motore vocale l&apos;app mostra il prossimo esercizio solo sullo schermo.</translation>
    </message>
    <message>
        <source>As set in the routine</source>
        <translation>Come nella routine</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Get-ready time before the first step</source>
        <translation>Tempo di preparazione prima del primo esercizio</translation>
    </message>
    <message>
        <source>The lowest value keeps each routine&apos;s own get-ready time.</source>
        <translation>Il valore più basso mantiene il tempo di preparazione proprio di ogni routine.</translation>
    </message>
    <message>
        <source>No countdown</source>
        <translation>Nessun conto alla rovescia</translation>
    </message>
    <message>
        <source>Countdown beeps before each step</source>
        <translation>Bip di conto alla rovescia prima di ogni esercizio</translation>
    </message>
    <message>
        <source> steps/min</source>
        <translation> passi/min</translation>
    </message>
    <message>
        <source>Your usual running cadence</source>
        <translation>La tua cadenza di corsa abituale</translation>
    </message>
    <message>
        <source>Metronome above your cadence</source>
        <translation>Metronomo sopra la tua cadenza</translation>
    </message>
    <message>
        <source>&amp;Get-ready time:</source>
        <translation>Tempo di prepara&amp;zione:</translation>
    </message>
    <message>
        <source>&amp;Countdown before each step:</source>
        <translation>&amp;Conto alla rovescia per esercizio:</translation>
    </message>
    <message>
        <source>Your usual &amp;cadence:</source>
        <translation>La tua ca&amp;denza abituale:</translation>
    </message>
    <message>
        <source>&amp;Metronome above it:</source>
        <translation>&amp;Metronomo sopra la cadenza:</translation>
    </message>
    <message>
        <source>Raise your cadence a little at a time (5 to 10 %). Timing changes apply from the next start.</source>
        <translation>Aumenta la cadenza poco alla volta (dal 5 al 10 %). Le modifiche ai tempi valgono dal prossimo avvio.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Start in &amp;full screen</source>
        <translation>Avvia a sc&amp;hermo intero</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>In movimento</translation>
    </message>
    <message>
        <source>Still (no motion)</source>
        <translation>Statiche (senza movimento)</translation>
    </message>
    <message>
        <source>Off (cue lines only)</source>
        <translation>Disattivate (solo indicazioni)</translation>
    </message>
    <message>
        <source>Exercise figures</source>
        <translation>Figure degli esercizi</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>&amp;Exercise figures:</source>
        <translation>&amp;Figure degli esercizi:</translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation>Lingua di sistema ({0})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Restart Warm-up Timer to see the new language.</source>
        <translation>Riavvia Warm-up Timer per vedere la nuova lingua.</translation>
    </message>
    <message>
        <source>Text follows your system&apos;s font size, and a high-contrast system setting gives the timer high-contrast colours.</source>
        <translation>Il testo segue la dimensione dei caratteri del sistema, e un&apos;impostazione di contrasto elevato del sistema dà al timer colori ad alto contrasto.</translation>
    </message>
    <message>
        <source>Countdown (3, 2, 1)</source>
        <translation>Conto alla rovescia (3, 2, 1)</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>A metà</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambio lato</translation>
    </message>
    <message>
        <source>New part</source>
        <translation>Nuova parte</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Metronome click</source>
        <translation>Clic del metronomo</translation>
    </message>
    <message>
        <source>This setting could not be saved: {0}</source>
        <translation>Non è stato possibile salvare questa impostazione: {0}</translation>
    </message>
    <message>
        <source>Defaults restored in the form; press OK or Apply to keep them.</source>
        <translation>Valori predefiniti ripristinati nel modulo; premi OK o Applica per mantenerli.</translation>
    </message>
    <message>
        <source>Built-in sound</source>
        <translation>Suono predefinito</translation>
    </message>
    <message>
        <source>Own: {0}</source>
        <translation>Personale: {0}</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Scegli un file…</translation>
    </message>
    <message>
        <source>WAV sounds (*.wav)</source>
        <translation>Suoni WAV (*.wav)</translation>
    </message>
    <message>
        <source>Choose a sound for {0}</source>
        <translation>Scegli un suono per {0}</translation>
    </message>
    <message>
        <source>The suggested delay is in the form; press OK or Apply to keep it.</source>
        <translation>Il ritardo consigliato è nel modulo; premi OK o Applica per mantenerlo.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predefinita di sistema</translation>
    </message>
    <message>
        <source>{0} (not available)</source>
        <translation>{0} (non disponibile)</translation>
    </message>
    <message>
        <source>Much slower</source>
        <translation>Molto più lenta</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Più lenta</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Più veloce</translation>
    </message>
    <message>
        <source>Next: Deep lunge stretch, left side</source>
        <translation>Prossimo: Allungamento in affondo, lato sinistro</translation>
    </message>
    <message>
        <source>The metronome clicks {0:.0f} times a minute.</source>
        <translation>Il metronomo batte {0:.0f} colpi al minuto.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>PAUSED</source>
        <translation>IN PAUSA</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Tempo rimanente per questo esercizio</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Esercizio attuale</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lato</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prossimo esercizio</translation>
    </message>
    <message>
        <source>Skipped to the end</source>
        <translation>Saltato fino alla fine</translation>
    </message>
    <message>
        <source>Warm-up complete. Have a good run!</source>
        <translation>Riscaldamento completato. Buona corsa!</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>Prossimo: {0}</translation>
    </message>
    <message>
        <source>Next: finish</source>
        <translation>Prossimo: fine</translation>
    </message>
    <message>
        <source>Ready. Press Space to start</source>
        <translation>Tutto pronto. Premi Spazio per iniziare</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finito</translation>
    </message>
    <message>
        <source>Paused: </source>
        <translation>In pausa: </translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Preparati</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambia lato</translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation>Mettiti in posizione</translation>
    </message>
    <message>
        <source>Work · {0} · step {1} of {2}</source>
        <translation>Lavoro · {0} · esercizio {1} di {2}</translation>
    </message>
    <message>
        <source>◀ LEFT {0}</source>
        <translation>◀ SINISTRA · {0}</translation>
    </message>
    <message>
        <source>RIGHT {0} ▶</source>
        <translation>DESTRA · {0} ▶</translation>
    </message>
    <message>
        <source>Go!</source>
        <translation>Via!</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>A metà!</translation>
    </message>
    <message>
        <source>Done!</source>
        <translation>Fatto!</translation>
    </message>
</context>
<context>
    <name>StepAnnouncer</name>
    <message>
        <source>Stopped.</source>
        <extracomment>Every message announced, in order (what a screen reader was told).</extracomment>
        <translation>Interrotto.</translation>
    </message>
    <message>
        <source>Warm-up complete. Have a good run!</source>
        <translation>Riscaldamento completato. Buona corsa!</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>In pausa.</translation>
    </message>
    <message>
        <source>Get ready, {0}. First: {1}.</source>
        <translation>Preparati, {0}. Si parte con: {1}.</translation>
    </message>
    <message>
        <source>Switch sides, {0}. Next: {1}.</source>
        <translation>Cambia lato, {0}. Ora: {1}.</translation>
    </message>
    <message>
        <source>Next exercise in {0}: {1}.</source>
        <translation>Prossimo esercizio tra {0}: {1}.</translation>
    </message>
    <message>
        <source>{0}. {1}.</source>
        <translation>{0}. {1}.</translation>
    </message>
    <message>
        <source>Resumed. {0}</source>
        <translation>Ripreso. {0}</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>Step name:</source>
        <translation>Nome dell&apos;esercizio:</translation>
    </message>
    <message>
        <source>e.g. Easy jog</source>
        <translation>es. Corsa leggera</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Durata:</translation>
    </message>
    <message>
        <source>Per side: run it left, then right (duration is per side)</source>
        <translation>Per lato: prima a sinistra, poi a destra (la durata è per lato)</translation>
    </message>
    <message>
        <source>Switch sides:</source>
        <translation>Cambio lato:</translation>
    </message>
    <message>
        <source>Reps:</source>
        <translation>Ripetizioni:</translation>
    </message>
    <message>
        <source>e.g. 8-10 slow reps each side</source>
        <translation>es. 8-10 ripetizioni lente per lato</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Istruzioni:</translation>
    </message>
    <message>
        <source>How to do it, in a few words</source>
        <translation>Come si fa, in poche parole</translation>
    </message>
    <message>
        <source>Metronome: cadence clicks during this step</source>
        <translation>Metronomo: clic della cadenza durante questo esercizio</translation>
    </message>
    <message>
        <source>Step total:</source>
        <translation>Totale dell&apos;esercizio:</translation>
    </message>
    <message>
        <source>No figure</source>
        <translation>Nessuna figura</translation>
    </message>
    <message>
        <source>Figure:</source>
        <translation>Figura:</translation>
    </message>
    <message>
        <source>Up to 3 short cues, one per line, shown large beside the figure</source>
        <translation>Fino a 3 brevi indicazioni, una per riga, mostrate in grande accanto alla figura</translation>
    </message>
    <message>
        <source>Cue lines:</source>
        <translation>Indicazioni:</translation>
    </message>
    <message>
        <source>Step {0} of {1} in “{2}”</source>
        <translation>Esercizio {0} di {1} in “{2}”</translation>
    </message>
    <message>
        <source>{0} (left {1}, switch {2}, right {1})</source>
        <translation>{0} (sinistra {1}, cambio {2}, destra {1})</translation>
    </message>
</context>
<context>
    <name>StreamPlayer</name>
    <message>
        <source>This sound could not be played: %1</source>
        <extracomment>The first retry after a loss comes after Qt&apos;s own reconnect: when the sound server dies, Qt&apos;s PulseAudio backend drops its context and tries again 3 s later; a sink made in between aborts the whole process (libpulse&apos;s assertion in pa_context_get_state). Past that attempt a new sink connects afresh, but only to a server that is there (``sound_server_reachable``). Every sound is placed this long after its time on the monotonic clock. A block may be rendered up to a buffer ahead of being queued behind another buffer, so a cue due at once (the first tick at Start, a &quot;go&quot; after a skip) would land wherever the next block starts; with this margin it lands at its exact sample like every other cue, and all are heard with the same constant delay. An underrun the output reports re-anchors the sounds at once (``FrameClock.gap``); past this, a disagreement with the output&apos;s report does too (a stall, a device change). Less than this is the report&apos;s own noise and shifts (measured up to 50 ms), not what is heard. The sink&apos;s state changed (``QtAudio.State``, ``QtAudio.Error``): rare, never per block. The output went away mid-run (message), or came back (empty message).</extracomment>
        <translation>Impossibile riprodurre questo suono: %1</translation>
    </message>
    <message>
        <source>The sound output stopped. Cues are shown on screen; sound resumes when it is back.</source>
        <translation>L&apos;uscita audio si è interrotta. I segnali sono mostrati sullo schermo; l&apos;audio riprende quando torna disponibile.</translation>
    </message>
    <message>
        <source>No sound output was found. Cues will be shown on screen only.</source>
        <translation>Nessuna uscita audio trovata. I segnali verranno mostrati solo sullo schermo.</translation>
    </message>
</context>
<context>
    <name>StructureTree</name>
    <message>
        <source>Parts and steps</source>
        <extracomment>The selected item changed (target). A dragged part should move: (from index, to index counted after taking it out). A dragged step should move: ((part, index), (part, index after taking it out)).</extracomment>
        <translation>Parti ed esercizi</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>(unnamed part)</source>
        <translation>(parte senza nome)</translation>
    </message>
    <message>
        <source>  · {0} between steps</source>
        <translation>  · {0} tra gli esercizi</translation>
    </message>
    <message>
        <source>(unnamed step)</source>
        <translation>(esercizio senza nome)</translation>
    </message>
    <message>
        <source>  · each side</source>
        <translation>  · per lato</translation>
    </message>
    <message>
        <source>has a problem</source>
        <translation>ha un problema</translation>
    </message>
</context>
<context>
    <name>SuggestionOffer</name>
    <message>
        <source>Choose a routine on the Warm-up tab to see what would change.</source>
        <extracomment>Results that leave room for a warm-up today. Accepted or not any more.</extracomment>
        <translation>Scegli una routine nella scheda Riscaldamento per vedere cosa cambierebbe.</translation>
    </message>
    <message>
        <source>This routine has no easy-jog step in its first part, so nothing would change.</source>
        <translation>Questa routine non ha un esercizio di corsa leggera nella prima parte, quindi non cambierebbe nulla.</translation>
    </message>
    <message>
        <source>The metronome is already on for the jog in this routine.</source>
        <translation>Il metronomo è già attivo per la corsa in questa routine.</translation>
    </message>
    <message>
        <source>This routine has no easy-jog step, so nothing would change.</source>
        <translation>Questa routine non ha un esercizio di corsa leggera, quindi non cambierebbe nulla.</translation>
    </message>
    <message>
        <source>{step} {before} → {after}; total {total_before} → {total_after}</source>
        <translation>{step} {before} → {after}; totale {total_before} → {total_after}</translation>
    </message>
    <message>
        <source>(longer than the recommended 15-20 min)</source>
        <translation>(più lunga dei 15-20 min consigliati)</translation>
    </message>
    <message>
        <source>Metronome on for: {steps}</source>
        <translation>Metronomo attivo per: {steps}</translation>
    </message>
</context>
<context>
    <name>TryRunDialog</name>
    <message>
        <source>Try: {0}</source>
        <extracomment>Makes the trial&apos;s driver for a speed (replaced in tests by one on a fake clock). Builds the view a trial is shown in, around the trial&apos;s own controller.</extracomment>
        <translation>Prova: {0}</translation>
    </message>
    <message>
        <source> ({0}x speed)</source>
        <translation> (velocità {0}x)</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>speech engine %1 is not installed</source>
        <extracomment>Qt&apos;s test engine: speaks nothing, keeps time. Never chosen on its own. Names the engine for this process: &quot;auto&quot; (the default), &quot;none&quot;, or an engine name. The tests set it to &quot;mock&quot;; a runner can set &quot;none&quot; to keep speech-dispatcher out of the app entirely. espeak-ng (through speech-dispatcher) lists &quot;English (Caribbean)&quot; first for en_US; the country&apos;s own voice is what a runner there expects. The country whose voice a language&apos;s speakers expect when theirs is not listed first. No usable engine (message for the user). Emitted once per engine choice. True when speech starts, False when it ends (or is stopped, or fails).</extracomment>
        <translation>il motore vocale %1 non è installato</translation>
    </message>
    <message>
        <source>%1 has no voice for %2</source>
        <translation>%1 non ha una voce per %2</translation>
    </message>
    <message>
        <source>Voice announcements are switched off.</source>
        <translation>Gli annunci vocali sono disattivati.</translation>
    </message>
    <message>
        <source>No speech engine could be started (%1).</source>
        <translation>Non è stato possibile avviare nessun motore vocale (%1).</translation>
    </message>
    <message>
        <source>No speech engine is installed.</source>
        <translation>Nessun motore vocale installato.</translation>
    </message>
    <message>
        <source>The speech engine has no voice for {0}.</source>
        <translation>Il motore vocale non ha una voce per {0}.</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu, install the speech engine and its voices with:
sudo apt install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng
then restart Warm-up Timer.</source>
        <translation>Su Debian o Ubuntu, installa il motore vocale e le sue voci con:
sudo apt install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng
poi riavvia Warm-up Timer.</translation>
    </message>
    <message>
        <source>The speech engine stopped working (%1).</source>
        <translation>Il motore vocale ha smesso di funzionare (%1).</translation>
    </message>
</context>
<context>
    <name>VoicePreview</name>
    <message>
        <source>No speech engine is available.</source>
        <translation>Nessun motore vocale disponibile.</translation>
    </message>
    <message>
        <source>The voice {0} is not available now.</source>
        <translation>La voce {0} non è disponibile al momento.</translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <source>No warm-ups finished yet.</source>
        <translation>Ancora nessun riscaldamento completato.</translation>
    </message>
    <message>
        <source>Warm-ups per week</source>
        <translation>Riscaldamenti a settimana</translation>
    </message>
    <message>
        <source>Chart of warm-ups per week</source>
        <translation>Grafico dei riscaldamenti a settimana</translation>
    </message>
    <message>
        <source>Warm-ups</source>
        <translation>Riscaldamenti</translation>
    </message>
    <message numerus="yes">
        <source>%n warm-ups this week</source>
        <translation>
            <numerusform>%n riscaldamento questa settimana</numerusform>
            <numerusform>%n riscaldamenti questa settimana</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>Log folder</source>
        <translation>Cartella dei log</translation>
    </message>
    <message>
        <source>The log files are in:
{0}</source>
        <translation>I file di log si trovano in:
{0}</translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <source>Brisk walk</source>
        <translation>Camminata veloce</translation>
    </message>
    <message>
        <source>Easy jog</source>
        <translation>Corsa leggera</translation>
    </message>
    <message>
        <source>Strides</source>
        <translation>Allunghi</translation>
    </message>
    <message>
        <source>Walk back</source>
        <translation>Recupero al passo</translation>
    </message>
    <message>
        <source>Deep lunge</source>
        <translation>Affondo profondo</translation>
    </message>
    <message>
        <source>Standing quad</source>
        <translation>Quadricipite in piedi</translation>
    </message>
    <message>
        <source>Standing adductor</source>
        <translation>Adduttori in piedi</translation>
    </message>
    <message>
        <source>Standing TFL</source>
        <translation>TFL in piedi</translation>
    </message>
    <message>
        <source>Lying glute</source>
        <translation>Glutei a terra</translation>
    </message>
    <message>
        <source>Standing calf</source>
        <translation>Polpaccio in piedi</translation>
    </message>
    <message>
        <source>side</source>
        <translation>lato</translation>
    </message>
    <message>
        <source>leg forward</source>
        <translation>gamba avanti</translation>
    </message>
    <message>
        <source>heel to buttock</source>
        <translation>tallone al gluteo</translation>
    </message>
    <message>
        <source>knee bends</source>
        <translation>ginocchio piegato</translation>
    </message>
    <message>
        <source>leg crosses behind</source>
        <translation>gamba incrociata dietro</translation>
    </message>
    <message>
        <source>ankle across</source>
        <translation>caviglia sulla coscia</translation>
    </message>
    <message>
        <source>leg back</source>
        <translation>gamba indietro</translation>
    </message>
</context>
<context>
    <name>routine</name>
    <message>
        <source>Pre-run warm-up</source>
        <translation>Riscaldamento pre-corsa</translation>
    </message>
    <message>
        <source>An easy walk and jog, then six dynamic stretches, each on both sides, before an everyday run.</source>
        <translation>Camminata e corsa leggera, poi sei esercizi di stretching dinamico, ognuno su entrambi i lati, prima di una corsa di tutti i giorni.</translation>
    </message>
    <message>
        <source>Jog</source>
        <translation>Corsa</translation>
    </message>
    <message>
        <source>Brisk walk</source>
        <translation>Camminata veloce</translation>
    </message>
    <message>
        <source>Walk briskly with loose, swinging arms to ease into movement.</source>
        <translation>Cammina a passo svelto, braccia sciolte che oscillano, per entrare gradualmente in movimento.</translation>
    </message>
    <message>
        <source>Brisk steps, loose swinging arms</source>
        <translation>Passo svelto, braccia sciolte</translation>
    </message>
    <message>
        <source>Easy jog</source>
        <translation>Corsa leggera</translation>
    </message>
    <message>
        <source>Easy, conversational effort (about 3-4 out of 10): you could talk in full sentences. Shoulders relaxed, steps light.</source>
        <translation>Sforzo facile, da conversazione (circa 3-4 su 10): riusciresti a parlare con frasi complete. Spalle rilassate, passi leggeri.</translation>
    </message>
    <message>
        <source>Easy pace: you could still talk</source>
        <translation>Ritmo facile: riesci ancora a parlare</translation>
    </message>
    <message>
        <source>Shoulders relaxed, steps light</source>
        <translation>Spalle rilassate, passi leggeri</translation>
    </message>
    <message>
        <source>Dynamic stretches</source>
        <translation>Stretching dinamico</translation>
    </message>
    <message>
        <source>Deep lunge stretch</source>
        <translation>Affondo profondo</translation>
    </message>
    <message>
        <source>8-10 slow reps each side</source>
        <translation>8-10 ripetizioni lente per lato</translation>
    </message>
    <message>
        <source>Long step forward, front knee over the ankle, back knee down or just off the floor. Tuck your pelvis, squeeze the buttock (glute) of the back leg and rock your hips forward for 2 s, back for 2 s. Start small, widen bit by bit; no bouncing, no pain.</source>
        <translation>Fai un passo lungo in avanti, ginocchio anteriore sopra la caviglia, ginocchio posteriore a terra o appena sollevato. Retroverti il bacino, contrai il gluteo della gamba dietro e porta le anche in avanti per 2 s, indietro per 2 s. Inizia con movimenti piccoli e amplia a poco a poco; niente molleggi, niente dolore.</translation>
    </message>
    <message>
        <source>Long step, front knee over ankle</source>
        <translation>Passo lungo, ginocchio sulla caviglia</translation>
    </message>
    <message>
        <source>Back knee down, pelvis tucked</source>
        <translation>Ginocchio dietro giù, bacino retroverso</translation>
    </message>
    <message>
        <source>Rock hips forward 2 s, back 2 s</source>
        <translation>Anche avanti 2 s, indietro 2 s</translation>
    </message>
    <message>
        <source>Standing quad stretch</source>
        <translation>Quadricipite in piedi</translation>
    </message>
    <message>
        <source>Hold a support and bring this heel towards your buttock, knees together, thigh pointing down, torso tall without arching. Draw the heel in for 2-3 s, then release. Start gently, widen bit by bit; no bouncing, no pain.</source>
        <translation>Tieniti a un appoggio e porta questo tallone verso il gluteo, ginocchia unite, coscia rivolta verso il basso, busto dritto senza inarcare la schiena. Avvicina il tallone per 2-3 s, poi rilascia. Inizia con dolcezza e amplia a poco a poco; niente molleggi, niente dolore.</translation>
    </message>
    <message>
        <source>Hold a support, stand tall</source>
        <translation>Tieniti a un appoggio, busto dritto</translation>
    </message>
    <message>
        <source>Heel to buttock, knees together</source>
        <translation>Tallone al gluteo, ginocchia unite</translation>
    </message>
    <message>
        <source>Draw in 2-3 s, then let go</source>
        <translation>Avvicina 2-3 s, poi rilascia</translation>
    </message>
    <message>
        <source>Standing adductor stretch</source>
        <translation>Adduttori in piedi</translation>
    </message>
    <message>
        <source>Stretches the adductors, the muscles of the inner thigh. Feet about twice shoulder width apart, chest up. Bend this knee over its toes, other leg straight, and shift your weight across for 2 s, back to the middle for 2 s. Start at half range; no bouncing, no pain.</source>
        <translation>Allunga gli adduttori, i muscoli dell&apos;interno coscia. Piedi a circa il doppio della larghezza delle spalle, petto alto. Piega questo ginocchio sopra le punte del piede, l&apos;altra gamba tesa, e sposta il peso di lato per 2 s, torna al centro per 2 s. Inizia a metà ampiezza; niente molleggi, niente dolore.</translation>
    </message>
    <message>
        <source>Wide stance, chest up</source>
        <translation>Gambe larghe, petto alto</translation>
    </message>
    <message>
        <source>Bend this knee over its toes</source>
        <translation>Piega questo ginocchio sulle punte</translation>
    </message>
    <message>
        <source>Shift across 2 s, back 2 s</source>
        <translation>Sposta il peso 2 s, torna 2 s</translation>
    </message>
    <message>
        <source>Standing TFL stretch</source>
        <translation>TFL in piedi</translation>
    </message>
    <message>
        <source>Stretches the TFL, a muscle on the outer hip. Other hand on a wall, cross this leg behind the other. Push this hip out sideways as you lean your upper body away, this arm overhead, for 2 s; come back for 2 s. Widen bit by bit; no bouncing, no pain.</source>
        <translation>Allunga il TFL (tensore della fascia lata), un muscolo sulla parte esterna dell&apos;anca. L&apos;altra mano al muro, incrocia questa gamba dietro l&apos;altra. Spingi quest&apos;anca in fuori di lato mentre inclini il busto dalla parte opposta, questo braccio sopra la testa, per 2 s; torna per 2 s. Amplia a poco a poco; niente molleggi, niente dolore.</translation>
    </message>
    <message>
        <source>Cross this leg behind the other</source>
        <translation>Incrocia questa gamba dietro l&apos;altra</translation>
    </message>
    <message>
        <source>Push hip out, lean body away</source>
        <translation>Anca in fuori, busto dall&apos;altra parte</translation>
    </message>
    <message>
        <source>This arm overhead, hand on wall</source>
        <translation>Questo braccio in alto, mano al muro</translation>
    </message>
    <message>
        <source>Lying glute stretch</source>
        <translation>Glutei a terra</translation>
    </message>
    <message>
        <source>Stretches the glutes, the muscles of the buttock. On your back, rest this ankle across the other thigh and draw that thigh towards your chest for 2 s, ease off for 2 s. Wet ground? Do the same figure-4 standing on one leg, holding a support. No bouncing, no pain.</source>
        <translation>Allunga i glutei, i muscoli del sedere. A pancia in su, appoggia questa caviglia sopra l&apos;altra coscia e porta quella coscia verso il petto per 2 s, rilascia per 2 s. Terreno bagnato? Fai la stessa posizione a 4 in piedi su una gamba, tenendoti a un appoggio. Niente molleggi, niente dolore.</translation>
    </message>
    <message>
        <source>On your back, ankle across thigh</source>
        <translation>A pancia in su, caviglia sulla coscia</translation>
    </message>
    <message>
        <source>Draw that thigh towards your chest</source>
        <translation>Porta quella coscia verso il petto</translation>
    </message>
    <message>
        <source>Wet ground? Same shape, standing</source>
        <translation>Terreno bagnato? Uguale, in piedi</translation>
    </message>
    <message>
        <source>Standing calf stretch</source>
        <translation>Polpaccio in piedi</translation>
    </message>
    <message>
        <source>Hands on a wall, this leg back, heel down, knee straight: lean in for 2 s, out for 2 s. For the last few reps bend the back knee a little to reach the lower calf. Start gently; no bouncing, no pain.</source>
        <translation>Mani al muro, questa gamba indietro, tallone a terra, ginocchio teso: inclinati in avanti per 2 s, torna indietro per 2 s. Nelle ultime ripetizioni piega un po&apos; il ginocchio dietro per arrivare alla parte bassa del polpaccio. Inizia con dolcezza; niente molleggi, niente dolore.</translation>
    </message>
    <message>
        <source>Hands on wall, this leg back</source>
        <translation>Mani al muro, questa gamba indietro</translation>
    </message>
    <message>
        <source>Heel down, knee straight, lean in</source>
        <translation>Tallone giù, ginocchio teso, inclinati</translation>
    </message>
    <message>
        <source>Last reps: bend the back knee</source>
        <translation>Infine piega il ginocchio dietro</translation>
    </message>
    <message>
        <source>Quick warm-up</source>
        <translation>Riscaldamento rapido</translation>
    </message>
    <message>
        <source>A shorter jog and the same six dynamic stretches, for days when time is tight.</source>
        <translation>Una corsa più breve e gli stessi sei esercizi di stretching dinamico, per i giorni in cui hai poco tempo.</translation>
    </message>
    <message>
        <source>6-8 slow reps each side</source>
        <translation>6-8 ripetizioni lente per lato</translation>
    </message>
    <message>
        <source>Race-day warm-up</source>
        <translation>Riscaldamento pre-gara</translation>
    </message>
    <message>
        <source>Walk, easy jog and six dynamic stretches, finishing with four relaxed strides before the start.</source>
        <translation>Camminata, corsa leggera e sei esercizi di stretching dinamico, per finire con quattro allunghi rilassati prima della partenza.</translation>
    </message>
    <message>
        <source>8 slow reps each side</source>
        <translation>8 ripetizioni lente per lato</translation>
    </message>
    <message>
        <source>Strides</source>
        <translation>Allunghi</translation>
    </message>
    <message>
        <source>Stride 1 of 4</source>
        <translation>Allungo 1 di 4</translation>
    </message>
    <message>
        <source>Build smoothly to a quick, relaxed pace, not a sprint. Run tall, arms loose, then ease off.</source>
        <translation>Accelera in modo progressivo fino a un ritmo veloce ma rilassato, senza arrivare allo sprint. Corri con il busto alto e le braccia sciolte, poi rallenta.</translation>
    </message>
    <message>
        <source>Build to quick and relaxed, no sprint</source>
        <translation>Fino a ritmo svelto e sciolto, no sprint</translation>
    </message>
    <message>
        <source>Run tall, arms loose</source>
        <translation>Busto alto, braccia sciolte</translation>
    </message>
    <message>
        <source>Walk back</source>
        <translation>Recupero al passo</translation>
    </message>
    <message>
        <source>Walk back easily and let your breathing settle.</source>
        <translation>Torna indietro camminando con calma e lascia che il respiro si stabilizzi.</translation>
    </message>
    <message>
        <source>Easy walk, let your breathing settle</source>
        <translation>Cammina piano, fai calmare il respiro</translation>
    </message>
    <message>
        <source>Stride 2 of 4</source>
        <translation>Allungo 2 di 4</translation>
    </message>
    <message>
        <source>Stride 3 of 4</source>
        <translation>Allungo 3 di 4</translation>
    </message>
    <message>
        <source>Stride 4 of 4</source>
        <translation>Allungo 4 di 4</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Allungo</translation>
    </message>
</context>
<context>
    <name>selfcheck</name>
    <message>
        <source>Warning signs</source>
        <translation>Segnali d&apos;allarme</translation>
    </message>
    <message>
        <source>Answer these first. A yes to any of them comes before everything else in the result.</source>
        <translation>Rispondi prima a queste domande. Un sì a una qualsiasi di esse ha la precedenza su tutto il resto nel risultato.</translation>
    </message>
    <message>
        <source>Health screen</source>
        <translation>Questionario sulla salute</translation>
    </message>
    <message>
        <source>Questions to answer before starting or stepping up an exercise routine.</source>
        <translation>Domande a cui rispondere prima di iniziare o intensificare un programma di esercizio.</translation>
    </message>
    <message>
        <source>How your legs feel</source>
        <translation>Come senti le gambe</translation>
    </message>
    <message>
        <source>Tick what you feel today.</source>
        <translation>Spunta ciò che senti oggi.</translation>
    </message>
    <message>
        <source>What might be adding to it</source>
        <translation>Cosa potrebbe contribuire</translation>
    </message>
    <message>
        <source>Tick anything that applies to you at the moment.</source>
        <translation>Spunta tutto ciò che ti riguarda in questo periodo.</translation>
    </message>
    <message>
        <source>Do you have chest pain, pressure or tightness, perhaps spreading to your arm, jaw or neck?</source>
        <translation>Hai dolore, pressione o senso di costrizione al petto, magari esteso al braccio, alla mandibola o al collo?</translation>
    </message>
    <message>
        <source>Chest pain, pressure or tightness can come from the heart and needs emergency help.</source>
        <translation>Dolore, pressione o senso di costrizione al petto possono venire dal cuore e richiedono un intervento di emergenza.</translation>
    </message>
    <message>
        <source>Did you suddenly become short of breath, get a sharp pain in your chest each time you breathe in, or cough up blood?</source>
        <translation>Ti è venuto all&apos;improvviso il fiato corto, un dolore acuto al petto a ogni inspirazione, oppure hai tossito sangue?</translation>
    </message>
    <message>
        <source>Sudden breathlessness, sharp chest pain on breathing in or coughing up blood can mean a clot in the lungs and needs emergency help.</source>
        <translation>Affanno improvviso, dolore acuto al petto quando inspiri o tosse con sangue possono indicare un coagulo nei polmoni (embolia polmonare) e richiedono un intervento di emergenza.</translation>
    </message>
    <message>
        <source>A side stitch (a cramp low in the side that eases when you slow down) is not this.</source>
        <translation>Una fitta al fianco (un crampo nella parte bassa del fianco che si attenua quando rallenti) non è questo.</translation>
    </message>
    <message>
        <source>Did you faint, or nearly faint, during or just after exercise today?</source>
        <translation>Oggi hai avuto uno svenimento o un quasi svenimento durante l&apos;esercizio o subito dopo?</translation>
    </message>
    <message>
        <source>Fainting or nearly fainting during or just after exercise needs emergency help.</source>
        <translation>Svenire o stare per svenire durante l&apos;esercizio o subito dopo richiede un intervento di emergenza.</translation>
    </message>
    <message>
        <source>Is your heartbeat racing or irregular, and not settling when you stop?</source>
        <translation>Il tuo battito è accelerato o irregolare e non si calma quando ti fermi?</translation>
    </message>
    <message>
        <source>A racing or irregular heartbeat that does not settle needs emergency help.</source>
        <translation>Un battito accelerato o irregolare che non si calma richiede un intervento di emergenza.</translation>
    </message>
    <message>
        <source>Do you have sudden numbness or weakness on one side of your body, a drooping face, or trouble speaking?</source>
        <translation>Hai intorpidimento o debolezza improvvisi su un lato del corpo, un lato del viso cadente o difficoltà a parlare?</translation>
    </message>
    <message>
        <source>Sudden numbness or weakness on one side, a drooping face or trouble speaking can be a stroke and needs emergency help.</source>
        <translation>Intorpidimento o debolezza improvvisi su un lato, un lato del viso cadente o difficoltà a parlare possono indicare un ictus e richiedono un intervento di emergenza.</translation>
    </message>
    <message>
        <source>In the heat, are you confused, or have you collapsed or been vomiting?</source>
        <translation>Con il caldo, hai uno stato di confusione, hai avuto un collasso o hai vomitato?</translation>
    </message>
    <message>
        <source>Confusion or collapse in the heat can be heatstroke and needs emergency help. Get into the shade and cool down while you wait.</source>
        <translation>Confusione o collasso con il caldo possono indicare un colpo di calore e richiedono un intervento di emergenza. Mettiti all&apos;ombra e rinfrescati mentre aspetti.</translation>
    </message>
    <message>
        <source>The skin is usually hot, and may be sweaty or dry: confusion or collapse is the sign that matters.</source>
        <translation>Di solito la pelle è calda, e può essere sudata o asciutta: il segno che conta è la confusione o il collasso.</translation>
    </message>
    <message>
        <source>In one leg only: is the calf or thigh swollen, throbbing or cramping, or is the skin warm, red or darker than usual?</source>
        <translation>In una gamba sola: il polpaccio o la coscia sono gonfi, pulsano o hanno crampi, oppure la pelle è calda, arrossata o più scura del solito?</translation>
    </message>
    <message>
        <source>Swelling, throbbing pain or warm, red or darker skin in one leg can be a blood clot (deep-vein thrombosis). Do not massage the leg.</source>
        <translation>Gonfiore, dolore pulsante o pelle calda, arrossata o più scura in una gamba possono indicare un coagulo di sangue (trombosi venosa profonda). Non massaggiare la gamba.</translation>
    </message>
    <message>
        <source>More likely after a long journey, surgery, being laid up, the contraceptive pill or HRT, or during pregnancy.</source>
        <translation>È più probabile dopo un lungo viaggio, un intervento chirurgico, un periodo di immobilità a letto, con la pillola anticoncezionale o la terapia ormonale sostitutiva, oppure in gravidanza.</translation>
    </message>
    <message>
        <source>After hard exercise, is your urine dark like cola or tea, or is there very little of it, with severe muscle pain or weakness?</source>
        <translation>Dopo un esercizio intenso, la tua urina è scura come la cola o il tè, o è molto scarsa, con forti dolori o debolezza muscolari?</translation>
    </message>
    <message>
        <source>Dark or scanty urine with severe muscle pain or weakness after hard exercise can mean muscle breakdown (rhabdomyolysis), which can harm the kidneys.</source>
        <translation>Urina scura o scarsa con forti dolori o debolezza muscolari dopo un esercizio intenso può indicare una distruzione delle fibre muscolari (rabdomiolisi), che può danneggiare i reni.</translation>
    </message>
    <message>
        <source>Has a leg suddenly turned cold, pale or numb, or become very painful?</source>
        <translation>Una gamba è diventata all&apos;improvviso fredda, pallida o intorpidita, oppure molto dolorosa?</translation>
    </message>
    <message>
        <source>A leg that suddenly turns cold, pale, numb or very painful may have lost its blood supply: go to an emergency department now.</source>
        <translation>Una gamba che diventa all&apos;improvviso fredda, pallida, intorpidita o molto dolorosa potrebbe non ricevere più sangue: vai subito al pronto soccorso.</translation>
    </message>
    <message>
        <source>Are you unable to put weight on your leg?</source>
        <translation>Non riesci a caricare il peso sulla gamba?</translation>
    </message>
    <message>
        <source>Not being able to put weight on a leg needs checking today, for example for a fracture.</source>
        <translation>Non riuscire a caricare il peso su una gamba va controllato oggi stesso, per esempio per escludere una frattura.</translation>
    </message>
    <message>
        <source>Do you have leg pain together with a fever, or redness that is spreading?</source>
        <translation>Hai dolore alla gamba insieme a febbre, o un arrossamento che si sta estendendo?</translation>
    </message>
    <message>
        <source>Leg pain with a fever or spreading redness can be an infection.</source>
        <translation>Dolore alla gamba con febbre o un arrossamento che si estende possono indicare un&apos;infezione.</translation>
    </message>
    <message>
        <source>Does leg pain come on at about the same time or distance in each run?</source>
        <translation>Il dolore alla gamba compare più o meno allo stesso tempo o alla stessa distanza in ogni corsa?</translation>
    </message>
    <message>
        <source>Pain that starts at a predictable point in a run can be pressure building up inside a muscle (exertional compartment syndrome).</source>
        <translation>Un dolore che inizia in un punto prevedibile della corsa può essere dovuto a un aumento di pressione all&apos;interno di un muscolo (sindrome compartimentale da sforzo).</translation>
    </message>
    <message>
        <source>It often eases 10 to 20 minutes after you stop.</source>
        <translation>Spesso si attenua 10-20 minuti dopo che ti fermi.</translation>
    </message>
    <message>
        <source>While you run, does a muscle in your leg become tight or burning, or your foot go numb, until you have to slow down or stop?</source>
        <translation>Mentre corri, un muscolo della gamba diventa teso o brucia, oppure il piede si intorpidisce, finché devi rallentare o fermarti?</translation>
    </message>
    <message>
        <source>A muscle that becomes tight or burning during runs, or a foot that goes numb, can be pressure building up inside the muscle (exertional compartment syndrome).</source>
        <translation>Un muscolo che diventa teso o brucia durante la corsa, o un piede che si intorpidisce, può essere dovuto a un aumento di pressione all&apos;interno del muscolo (sindrome compartimentale da sforzo).</translation>
    </message>
    <message>
        <source>Do you get cramping in your calf, thigh or buttock that reliably comes on when you walk and eases when you rest?</source>
        <translation>Hai crampi al polpaccio, alla coscia o al gluteo che compaiono regolarmente quando cammini e si attenuano quando ti fermi?</translation>
    </message>
    <message>
        <source>Cramping that comes on with walking and eases with rest can mean narrowed leg arteries (claudication).</source>
        <translation>Crampi che compaiono camminando e si attenuano a riposo possono indicare un restringimento delle arterie delle gambe (claudicatio intermittens).</translation>
    </message>
    <message>
        <source>This matters more if you are over 50, smoke, or have diabetes, high blood pressure or high cholesterol.</source>
        <translation>Questo conta di più se hai più di 50 anni, fumi, o hai il diabete, la pressione alta o il colesterolo alto.</translation>
    </message>
    <message>
        <source>Is there a spot on a bone that hurts when you press on it?</source>
        <translation>C&apos;è un punto di un osso che fa male quando lo premi?</translation>
    </message>
    <message>
        <source>A spot on a bone that hurts when pressed can be a bone stress injury.</source>
        <translation>Un punto di un osso che fa male alla pressione può indicare una lesione ossea da stress.</translation>
    </message>
    <message>
        <source>Does a pain in your leg or foot get worse with every run?</source>
        <translation>Un dolore alla gamba o al piede peggiora a ogni corsa?</translation>
    </message>
    <message>
        <source>Pain that builds run after run can be a bone stress injury.</source>
        <translation>Un dolore che aumenta corsa dopo corsa può indicare una lesione ossea da stress.</translation>
    </message>
    <message>
        <source>Does your leg or foot hurt at rest or at night?</source>
        <translation>La gamba o il piede ti fanno male a riposo o di notte?</translation>
    </message>
    <message>
        <source>Pain at rest or at night can be a bone stress injury.</source>
        <translation>Un dolore a riposo o di notte può indicare una lesione ossea da stress.</translation>
    </message>
    <message>
        <source>Did you feel a sharp or sudden pain, are you limping, or has the pain lasted more than 1 to 2 weeks?</source>
        <translation>Hai sentito un dolore acuto o improvviso, zoppichi, oppure il dolore dura da più di 1-2 settimane?</translation>
    </message>
    <message>
        <source>Sharp or sudden pain, a limp, or pain lasting more than 1 to 2 weeks is more than ordinary soreness.</source>
        <translation>Un dolore acuto o improvviso, una zoppia o un dolore che dura più di 1-2 settimane sono più del normale indolenzimento.</translation>
    </message>
    <message>
        <source>Ordinary soreness after a run is worst 1 to 2 days later and fades within a few days.</source>
        <translation>Il normale indolenzimento dopo una corsa è più forte 1-2 giorni dopo e passa nel giro di pochi giorni.</translation>
    </message>
    <message>
        <source>Do you have numbness or tingling in your leg or foot?</source>
        <translation>Hai intorpidimento o formicolio alla gamba o al piede?</translation>
    </message>
    <message>
        <source>Numbness or tingling in the leg or foot can come from a nerve or the blood supply.</source>
        <translation>Intorpidimento o formicolio alla gamba o al piede possono dipendere da un nervo o dalla circolazione del sangue.</translation>
    </message>
    <message>
        <source>Do you have back pain that shoots down your leg?</source>
        <translation>Hai mal di schiena che si irradia lungo la gamba?</translation>
    </message>
    <message>
        <source>Back pain that shoots down the leg can come from an irritated nerve.</source>
        <translation>Un mal di schiena che si irradia lungo la gamba può dipendere da un nervo irritato.</translation>
    </message>
    <message>
        <source>Have your legs felt heavy for more than 2 to 3 weeks, even with rest?</source>
        <translation>Senti le gambe pesanti da più di 2-3 settimane, anche con il riposo?</translation>
    </message>
    <message>
        <source>Heavy legs for weeks despite rest need a doctor&apos;s check. Ask about blood tests, including haemoglobin and ferritin.</source>
        <translation>Gambe pesanti da settimane nonostante il riposo richiedono un controllo dal medico. Chiedi degli esami del sangue, tra cui emoglobina e ferritina.</translation>
    </message>
    <message>
        <source>Tell the doctor too about any unusual tiredness, breathlessness, paleness, missed periods, or repeated illness or injury.</source>
        <translation>Segnala al medico anche stanchezza insolita, affanno, pallore, mestruazioni saltate, o malattie o infortuni ripetuti.</translation>
    </message>
    <message>
        <source>Have both your ankles or legs recently started to swell?</source>
        <translation>Ti si sono gonfiate di recente entrambe le caviglie o entrambe le gambe?</translation>
    </message>
    <message>
        <source>New swelling of both ankles or legs can come from the heart, kidneys or veins.</source>
        <translation>Un gonfiore nuovo di entrambe le caviglie o le gambe può dipendere dal cuore, dai reni o dalle vene.</translation>
    </message>
    <message>
        <source>Has a doctor ever told you that you have a heart condition?</source>
        <translation>Un medico ti ha mai detto che hai un problema cardiaco?</translation>
    </message>
    <message>
        <source>You said a doctor has told you that you have a heart condition.</source>
        <translation>Hai indicato che un medico ti ha detto che hai un problema cardiaco.</translation>
    </message>
    <message>
        <source>Do you get chest pain when you are active, or have you had chest pain at rest in the past month?</source>
        <translation>Hai dolore al petto quando fai attività, oppure hai avuto dolore al petto a riposo nell&apos;ultimo mese?</translation>
    </message>
    <message>
        <source>You said you get chest pain when active, or have had it at rest recently.</source>
        <translation>Hai indicato che hai dolore al petto quando fai attività, o che di recente lo hai avuto a riposo.</translation>
    </message>
    <message>
        <source>Do you lose your balance because of dizziness, or have you blacked out in the last 12 months?</source>
        <translation>Perdi l&apos;equilibrio a causa di capogiri, oppure hai perso conoscenza negli ultimi 12 mesi?</translation>
    </message>
    <message>
        <source>You said you get dizzy enough to lose your balance, or have blacked out in the last year.</source>
        <translation>Hai indicato che hai capogiri tali da farti perdere l&apos;equilibrio, o che hai perso conoscenza nell&apos;ultimo anno.</translation>
    </message>
    <message>
        <source>Do you have a bone or joint problem that more activity could make worse?</source>
        <translation>Hai un problema alle ossa o alle articolazioni che più attività potrebbe peggiorare?</translation>
    </message>
    <message>
        <source>You said you have a bone or joint problem that more activity could make worse.</source>
        <translation>Hai indicato che hai un problema alle ossa o alle articolazioni che più attività potrebbe peggiorare.</translation>
    </message>
    <message>
        <source>Do you take medicine for your blood pressure or a heart condition?</source>
        <translation>Prendi farmaci per la pressione o per un problema cardiaco?</translation>
    </message>
    <message>
        <source>You said you take medicine for your blood pressure or heart.</source>
        <translation>Hai indicato che prendi farmaci per la pressione o per il cuore.</translation>
    </message>
    <message>
        <source>Are you pregnant?</source>
        <translation>Sei incinta?</translation>
    </message>
    <message>
        <source>You said you are pregnant: check with your doctor or midwife about running.</source>
        <translation>Hai indicato che sei incinta: chiedi al tuo medico o alla tua ostetrica se puoi correre.</translation>
    </message>
    <message>
        <source>Do you know of any other reason why you should not be physically active?</source>
        <translation>Conosci qualche altro motivo per cui non dovresti fare attività fisica?</translation>
    </message>
    <message>
        <source>You said you know of another reason not to be physically active.</source>
        <translation>Hai indicato che conosci un altro motivo per non fare attività fisica.</translation>
    </message>
    <message>
        <source>If you answered yes to a health-screen question: since that began, has a doctor checked you and cleared you for the kind of running you plan?</source>
        <translation>Se hai risposto sì a una domanda del questionario sulla salute: da quando è iniziato il problema, un medico ti ha visitato e ti ha dato il via libera per il tipo di corsa che hai in programma?</translation>
    </message>
    <message>
        <source>You said a doctor has cleared you, since your condition began, for the running you plan. Keep to what they cleared you for.</source>
        <translation>Hai indicato che un medico, da quando è iniziato il tuo problema, ti ha dato il via libera per la corsa che hai in programma. Resta entro i limiti per cui ti ha dato il via libera.</translation>
    </message>
    <message>
        <source>A clearance never covers chest pain, dizziness or blackouts, or anything that is new or worse since the doctor saw you.</source>
        <translation>Un via libera non copre mai dolore al petto, capogiri o perdite di conoscenza, né qualsiasi cosa nuova o peggiorata da quando il medico ti ha visto.</translation>
    </message>
    <message>
        <source>Do your legs feel heavy, as if you were carrying extra weight?</source>
        <translation>Senti le gambe pesanti, come se portassi un peso in più?</translation>
    </message>
    <message>
        <source>Your legs feel heavy.</source>
        <translation>Senti le gambe pesanti.</translation>
    </message>
    <message>
        <source>Are your legs tired and sore?</source>
        <translation>Hai le gambe stanche e indolenzite?</translation>
    </message>
    <message>
        <source>Your legs are tired and sore.</source>
        <translation>Hai le gambe stanche e indolenzite.</translation>
    </message>
    <message>
        <source>Are your legs stiff?</source>
        <translation>Hai le gambe rigide?</translation>
    </message>
    <message>
        <source>Your legs are stiff.</source>
        <translation>Hai le gambe rigide.</translation>
    </message>
    <message>
        <source>Do your legs hurt (real pain, not just tiredness or stiffness)?</source>
        <translation>Ti fanno male le gambe (dolore vero, non solo stanchezza o rigidità)?</translation>
    </message>
    <message>
        <source>You have leg pain.</source>
        <translation>Hai dolore alle gambe.</translation>
    </message>
    <message>
        <source>Have you recently run more, faster or harder than you are used to?</source>
        <translation>Di recente hai corso di più, più veloce o più intensamente del solito?</translation>
    </message>
    <message>
        <source>You have been training more or harder than usual.</source>
        <translation>Ti stai allenando più del solito o più intensamente.</translation>
    </message>
    <message>
        <source>Have you gone a week or more without an easy day or a rest day?</source>
        <translation>Hai passato una settimana o più senza un giorno facile o di riposo?</translation>
    </message>
    <message>
        <source>You have had no easy or rest days lately.</source>
        <translation>Ultimamente non hai avuto giorni facili o di riposo.</translation>
    </message>
    <message>
        <source>Did you do heavy leg strength training in the last day or two?</source>
        <translation>Hai fatto un allenamento di forza pesante per le gambe nell&apos;ultimo giorno o due?</translation>
    </message>
    <message>
        <source>You did heavy leg strength training in the last day or two.</source>
        <translation>Hai fatto un allenamento di forza pesante per le gambe nell&apos;ultimo giorno o due.</translation>
    </message>
    <message>
        <source>Have you been sleeping less than 7 hours a night, or did you have a bad night?</source>
        <translation>Dormi meno di 7 ore a notte, oppure hai passato una brutta notte?</translation>
    </message>
    <message>
        <source>You have been short of sleep.</source>
        <translation>Stai dormendo poco.</translation>
    </message>
    <message>
        <source>Are you following a low-carbohydrate diet?</source>
        <translation>Segui una dieta povera di carboidrati?</translation>
    </message>
    <message>
        <source>You are on a low-carbohydrate diet.</source>
        <translation>Segui una dieta povera di carboidrati.</translation>
    </message>
    <message>
        <source>Do you often run on an empty stomach, or eat less than your training needs?</source>
        <translation>Corri spesso a stomaco vuoto, o mangi meno di quanto richiede il tuo allenamento?</translation>
    </message>
    <message>
        <source>You may be eating less than your training needs.</source>
        <translation>Forse mangi meno di quanto richiede il tuo allenamento.</translation>
    </message>
    <message>
        <source>Have your periods stopped or become irregular?</source>
        <translation>Le mestruazioni si sono interrotte o sono diventate irregolari?</translation>
    </message>
    <message>
        <source>Your periods have stopped or become irregular.</source>
        <translation>Le mestruazioni si sono interrotte o sono diventate irregolari.</translation>
    </message>
    <message>
        <source>Have you had two or more stress fractures or other bone injuries?</source>
        <translation>Hai avuto due o più fratture da stress o altre lesioni ossee?</translation>
    </message>
    <message>
        <source>You have had two or more stress fractures or bone injuries.</source>
        <translation>Hai avuto due o più fratture da stress o lesioni ossee.</translation>
    </message>
    <message>
        <source>Are you thirsty, or have you had little to drink today?</source>
        <translation>Hai sete, o oggi hai bevuto poco?</translation>
    </message>
    <message>
        <source>You may be short of fluids.</source>
        <translation>Forse hai bevuto troppo poco.</translation>
    </message>
    <message>
        <source>Do you know or suspect that your iron is low (for example a past low result, or heavy periods)?</source>
        <translation>Sai o sospetti di avere il ferro basso (per esempio un esame passato con valori bassi, o mestruazioni abbondanti)?</translation>
    </message>
    <message>
        <source>You know or suspect that your iron is low.</source>
        <translation>Sai o sospetti di avere il ferro basso.</translation>
    </message>
    <message>
        <source>Do you take long strides with your foot landing well ahead of your body, or take few steps per minute?</source>
        <translation>Fai falcate lunghe con il piede che atterra molto davanti al corpo, o fai pochi passi al minuto?</translation>
    </message>
    <message>
        <source>You may be overstriding or taking few steps per minute.</source>
        <translation>Forse fai falcate troppo lunghe o pochi passi al minuto.</translation>
    </message>
    <message>
        <source>Do you land on your heel?</source>
        <translation>Atterri sul tallone?</translation>
    </message>
    <message>
        <source>You land on your heel.</source>
        <translation>Atterri sul tallone.</translation>
    </message>
    <message>
        <source>Do you run with tense, raised shoulders or a stiff neck?</source>
        <translation>Corri con le spalle tese e sollevate o con il collo rigido?</translation>
    </message>
    <message>
        <source>You run with tense shoulders or neck.</source>
        <translation>Corri con spalle o collo tesi.</translation>
    </message>
    <message>
        <source>Do you think you have poor circulation in your legs?</source>
        <translation>Pensi di avere una cattiva circolazione alle gambe?</translation>
    </message>
    <message>
        <source>You think you have poor circulation in your legs.</source>
        <translation>Pensi di avere una cattiva circolazione alle gambe.</translation>
    </message>
    <message>
        <source>Training load</source>
        <translation>Carico di allenamento</translation>
    </message>
    <message>
        <source>Doing more than your body is used to, without time to adapt, leaves legs tired, stiff and sore, can disturb sleep and makes progress stall.</source>
        <translation>Fare più di quanto il corpo è abituato, senza dargli il tempo di adattarsi, lascia le gambe stanche, rigide e indolenzite, può disturbare il sonno e blocca i progressi.</translation>
    </message>
    <message>
        <source>Cut back your running volume or intensity for a few days.</source>
        <translation>Riduci il volume o l&apos;intensità della corsa per qualche giorno.</translation>
    </message>
    <message>
        <source>Keep increases small from week to week, roughly 10% at most.</source>
        <translation>Mantieni piccoli gli aumenti da una settimana all&apos;altra, al massimo il 10% circa.</translation>
    </message>
    <message>
        <source>Plan 1 or 2 easy or rest days every week.</source>
        <translation>Prevedi 1 o 2 giorni facili o di riposo ogni settimana.</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recupero</translation>
    </message>
    <message>
        <source>Muscles repair and get stronger between sessions. Without easy or rest days, tiredness carries over from one run to the next.</source>
        <translation>I muscoli si riparano e si rafforzano tra una seduta e l&apos;altra. Senza giorni facili o di riposo, la stanchezza si trascina da una corsa alla successiva.</translation>
    </message>
    <message>
        <source>Take 1 or 2 easy or rest days every week.</source>
        <translation>Prenditi 1 o 2 giorni facili o di riposo ogni settimana.</translation>
    </message>
    <message>
        <source>Make today an easy day.</source>
        <translation>Fai di oggi un giorno facile.</translation>
    </message>
    <message>
        <source>Leg strength training</source>
        <translation>Allenamento di forza per le gambe</translation>
    </message>
    <message>
        <source>Strength work is good for runners, but heavy leg sessions leave the legs tired for a day or two.</source>
        <translation>Il lavoro di forza fa bene ai runner, ma le sedute pesanti per le gambe le lasciano stanche per un giorno o due.</translation>
    </message>
    <message>
        <source>Avoid heavy leg strength work on the day before a key run.</source>
        <translation>Evita il lavoro di forza pesante per le gambe il giorno prima di una corsa importante.</translation>
    </message>
    <message>
        <source>Put heavy leg sessions where a day or more separates them from your next hard or long run.</source>
        <translation>Colloca le sedute pesanti per le gambe in modo che almeno un giorno le separi dalla tua prossima corsa intensa o lunga.</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sonno</translation>
    </message>
    <message>
        <source>Adults need about 7 to 9 hours of sleep a night. Athletes who sleep less get injured more often, and tired legs recover more slowly.</source>
        <translation>Gli adulti hanno bisogno di circa 7-9 ore di sonno a notte. Gli atleti che dormono meno si infortunano più spesso, e le gambe stanche recuperano più lentamente.</translation>
    </message>
    <message>
        <source>Aim for a regular 7 to 9 hours a night.</source>
        <translation>Cerca di dormire regolarmente 7-9 ore a notte.</translation>
    </message>
    <message>
        <source>After a bad night, keep that day&apos;s run easy.</source>
        <translation>Dopo una brutta notte, fai la corsa di quel giorno a ritmo facile.</translation>
    </message>
    <message>
        <source>Low-carbohydrate diet</source>
        <translation>Dieta povera di carboidrati</translation>
    </message>
    <message>
        <source>Carbohydrate is the main fuel for running. With little of it in your diet, the fuel stored in your muscles runs low and your legs can feel heavy and flat.</source>
        <translation>I carboidrati sono il carburante principale della corsa. Se nella dieta ce ne sono pochi, le riserve di carburante nei muscoli si esauriscono e le gambe possono sembrare pesanti e senza energia.</translation>
    </message>
    <message>
        <source>Eat carbohydrate every day: light training needs roughly 3 to 5 g per kg of body weight a day, and harder training needs more.</source>
        <translation>Mangia carboidrati ogni giorno: un allenamento leggero richiede circa 3-5 g per kg di peso corporeo al giorno, un allenamento più intenso ne richiede di più.</translation>
    </message>
    <message>
        <source>Have a meal based on carbohydrate 1 to 4 hours before longer or harder runs.</source>
        <translation>Fai un pasto a base di carboidrati 1-4 ore prima delle corse più lunghe o più intense.</translation>
    </message>
    <message>
        <source>Refuel after running.</source>
        <translation>Reintegra le energie dopo la corsa.</translation>
    </message>
    <message>
        <source>Fuelling</source>
        <translation>Alimentazione</translation>
    </message>
    <message>
        <source>Eating too little for the training you do leaves the body short of energy for its everyday work: this is called low energy availability. Over time it can cause a syndrome called RED-S (relative energy deficiency in sport), with lasting tiredness, repeated injuries and illnesses, and periods that stop or become irregular.</source>
        <translation>Mangiare troppo poco rispetto all&apos;allenamento che fai lascia il corpo senza l&apos;energia necessaria alle sue funzioni quotidiane: si chiama bassa disponibilità energetica. Col tempo può causare una sindrome chiamata RED-S (deficit energetico relativo nello sport), con stanchezza persistente, infortuni e malattie ripetuti, e mestruazioni che si interrompono o diventano irregolari.</translation>
    </message>
    <message>
        <source>Refuel soon after running.</source>
        <translation>Reintegra le energie subito dopo la corsa.</translation>
    </message>
    <message>
        <source>If you notice several of these signs, see a doctor or a sports dietitian.</source>
        <translation>Se noti diversi di questi segnali, rivolgiti a un medico o a un dietista sportivo.</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Mestruazioni</translation>
    </message>
    <message>
        <source>Periods that stop or become irregular with training can be a sign of low energy availability, that is, eating too little for the training you do.</source>
        <translation>Mestruazioni che si interrompono o diventano irregolari con l&apos;allenamento possono essere un segno di bassa disponibilità energetica, cioè di mangiare troppo poco rispetto all&apos;allenamento che fai.</translation>
    </message>
    <message>
        <source>See a doctor about it: it is not a normal part of training hard.</source>
        <translation>Parlane con un medico: non è una parte normale dell&apos;allenarsi duramente.</translation>
    </message>
    <message>
        <source>Bone injuries</source>
        <translation>Lesioni ossee</translation>
    </message>
    <message>
        <source>Repeated stress fractures or other bone injuries can be a sign of low energy availability, that is, eating too little for the training you do.</source>
        <translation>Fratture da stress o altre lesioni ossee ripetute possono essere un segno di bassa disponibilità energetica, cioè di mangiare troppo poco rispetto all&apos;allenamento che fai.</translation>
    </message>
    <message>
        <source>See a doctor or a sports dietitian to find out what is behind them.</source>
        <translation>Rivolgiti a un medico o a un dietista sportivo per capire cosa c&apos;è dietro.</translation>
    </message>
    <message>
        <source>Fluids</source>
        <translation>Liquidi</translation>
    </message>
    <message>
        <source>Running gets harder once you have lost more than about 2% of your body weight as fluid. Drinking far more than you need is harmful too.</source>
        <translation>Correre diventa più faticoso quando hai perso più del 2% circa del tuo peso corporeo in liquidi. Anche bere molto più del necessario fa male.</translation>
    </message>
    <message>
        <source>Drink something before you run.</source>
        <translation>Bevi qualcosa prima di correre.</translation>
    </message>
    <message>
        <source>Aim for pale-yellow urine.</source>
        <translation>Punta ad avere un&apos;urina giallo chiaro.</translation>
    </message>
    <message>
        <source>On long or hot runs, take drinks with electrolytes.</source>
        <translation>Nelle corse lunghe o con il caldo, prendi bevande con elettroliti.</translation>
    </message>
    <message>
        <source>Don&apos;t force down more than you need.</source>
        <translation>Non sforzarti di bere più del necessario.</translation>
    </message>
    <message>
        <source>Iron</source>
        <translation>Ferro</translation>
    </message>
    <message>
        <source>Low iron is common in runners, especially women, and can leave you tired with heavy legs. Your iron stores (ferritin) can be low even when your haemoglobin is normal.</source>
        <translation>Il ferro basso è comune nei runner, soprattutto nelle donne, e può causare stanchezza e gambe pesanti. Le tue riserve di ferro (ferritina) possono essere basse anche quando l&apos;emoglobina è normale.</translation>
    </message>
    <message>
        <source>Ask your doctor for a blood test that checks both haemoglobin and ferritin.</source>
        <translation>Chiedi al medico un esame del sangue che controlli sia l&apos;emoglobina sia la ferritina.</translation>
    </message>
    <message>
        <source>Don&apos;t start taking iron on your own: too much iron is harmful, and only a blood test shows whether you need it.</source>
        <translation>Non iniziare a prendere ferro di tua iniziativa: troppo ferro fa male, e solo un esame del sangue mostra se ti serve.</translation>
    </message>
    <message>
        <source>Stride and step rate</source>
        <translation>Falcata e frequenza dei passi</translation>
    </message>
    <message>
        <source>Landing with your foot far ahead of your body, often with few steps per minute, puts more load on the knees and hips. Taking 5 to 10% more steps per minute reduces that load.</source>
        <translation>Atterrare con il piede molto davanti al corpo, spesso con pochi passi al minuto, carica di più ginocchia e anche. Fare il 5-10% di passi in più al minuto riduce questo carico.</translation>
    </message>
    <message>
        <source>Raise your step rate by 5 to 10% over a few weeks, not all at once.</source>
        <translation>Aumenta la frequenza dei passi del 5-10% nell&apos;arco di qualche settimana, non tutto in una volta.</translation>
    </message>
    <message>
        <source>Use the metronome, set a little above your current step rate.</source>
        <translation>Usa il metronomo, impostato un po&apos; sopra la tua frequenza di passi attuale.</translation>
    </message>
    <message>
        <source>Aim to land with your foot closer to under your hips.</source>
        <translation>Cerca di atterrare con il piede più vicino alla verticale delle anche.</translation>
    </message>
    <message>
        <source>There is no single right step rate for everyone: build from your own.</source>
        <translation>Non esiste un&apos;unica frequenza dei passi giusta per tutti: parti dalla tua.</translation>
    </message>
    <message>
        <source>Heel landing</source>
        <translation>Appoggio di tallone</translation>
    </message>
    <message>
        <source>Many good runners land on the heel. On average, changing how your foot lands neither makes running more economical nor lowers injury risk, and a sudden change puts extra strain on the calf and Achilles tendon.</source>
        <translation>Molti buoni runner atterrano sul tallone. In media, cambiare il modo in cui il piede tocca terra non rende la corsa più economica né riduce il rischio di infortuni, e un cambiamento improvviso sovraccarica il polpaccio e il tendine d&apos;Achille.</translation>
    </message>
    <message>
        <source>Keep the foot landing that comes naturally to you.</source>
        <translation>Mantieni l&apos;appoggio del piede che ti viene naturale.</translation>
    </message>
    <message>
        <source>If your foot lands far ahead of your body, work on your step rate instead: slightly quicker, shorter steps.</source>
        <translation>Se il piede atterra molto davanti al corpo, lavora piuttosto sulla frequenza dei passi: passi un po&apos; più rapidi e più corti.</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Tense shoulders and neck are worth noticing and letting go, but they are unlikely to be what makes your legs heavy.</source>
        <translation>Vale la pena notare spalle e collo tesi e rilassarli, ma difficilmente sono loro a renderti le gambe pesanti.</translation>
    </message>
    <message>
        <source>Now and then during a run, let your shoulders drop away from your ears.</source>
        <translation>Ogni tanto durante la corsa, lascia scendere le spalle lontano dalle orecchie.</translation>
    </message>
    <message>
        <source>Keep your head level and your eyes looking ahead.</source>
        <translation>Tieni la testa dritta e lo sguardo in avanti.</translation>
    </message>
    <message>
        <source>Circulation</source>
        <translation>Circolazione</translation>
    </message>
    <message>
        <source>Poor circulation can mean several different things, some of them serious, such as blood clots, narrowed arteries or vein disease. It is not something to manage on your own.</source>
        <translation>Una cattiva circolazione può significare diverse cose, alcune serie, come coaguli di sangue, arterie ristrette o malattie delle vene. Non è qualcosa da gestire da soli.</translation>
    </message>
    <message>
        <source>Go through every warning-sign question: they cover the serious causes.</source>
        <translation>Rispondi a tutte le domande sui segnali d&apos;allarme: coprono le cause serie.</translation>
    </message>
    <message>
        <source>Book an appointment with your doctor to find out what is behind it.</source>
        <translation>Prendi un appuntamento con il tuo medico per capire cosa c&apos;è dietro.</translation>
    </message>
    <message>
        <source>This is something for a doctor, not for a warm-up routine.</source>
        <translation>Questa è una cosa per un medico, non per una routine di riscaldamento.</translation>
    </message>
    <message>
        <source>Stop exercising now and call your local emergency number (such as 112, 999 or 911). Don&apos;t run or drive yourself; ask someone to stay with you until help arrives.</source>
        <translation>Smetti subito di allenarti e chiama il numero di emergenza locale (ad esempio 112, 999 o 911). Non correre e non metterti alla guida; chiedi a qualcuno di restare con te finché non arrivano i soccorsi.</translation>
    </message>
    <message>
        <source>Don&apos;t run today. Get seen today: contact your doctor or an urgent care service, or go to an emergency department. If things get worse quickly, or you feel chest pain or short of breath, call your local emergency number (such as 112, 999 or 911).</source>
        <translation>Oggi non correre. Fatti visitare oggi stesso: contatta il tuo medico o un servizio di guardia medica, oppure vai al pronto soccorso. Se la situazione peggiora rapidamente, o senti dolore al petto o ti manca il fiato, chiama il numero di emergenza locale (ad esempio 112, 999 o 911).</translation>
    </message>
    <message>
        <source>Rest from running and book an appointment with a doctor or physiotherapist. If it gets worse or a warning sign appears, get help sooner.</source>
        <translation>Sospendi la corsa e prendi un appuntamento con un medico o un fisioterapista. Se peggiora o compare un segnale d&apos;allarme, chiedi aiuto più presto.</translation>
    </message>
    <message>
        <source>Check with a doctor (in pregnancy, your doctor or midwife) before starting or stepping up an exercise routine, and rest from running until you have. Once a doctor has cleared you, say so on the health screen.</source>
        <translation>Consulta un medico (in gravidanza, il tuo medico o la tua ostetrica) prima di iniziare o intensificare un programma di esercizio, e sospendi la corsa finché non l&apos;hai fatto. Quando un medico ti avrà dato il via libera, indicalo nel questionario sulla salute.</translation>
    </message>
    <message>
        <source>Don&apos;t run until a doctor has checked your chest pain, dizziness or blackouts. If chest pain comes on at rest or doesn&apos;t ease within a few minutes, call your local emergency number (such as 112, 999 or 911).</source>
        <translation>Non correre finché un medico non ha valutato il tuo dolore al petto, i capogiri o le perdite di conoscenza. Se il dolore al petto compare a riposo o non passa entro pochi minuti, chiama il numero di emergenza locale (ad esempio 112, 999 o 911).</translation>
    </message>
    <message>
        <source>Rest from hard training and see a doctor or a sports dietitian about your eating, your periods or your bone injuries. These signs together are worth taking seriously.</source>
        <translation>Sospendi gli allenamenti intensi e rivolgiti a un medico o a un dietista sportivo per l&apos;alimentazione, le mestruazioni o le lesioni ossee. Questi segnali insieme vanno presi sul serio.</translation>
    </message>
    <message>
        <source>Don&apos;t run yet. Answer every warning-sign question first: leg pain and poor circulation can come from something serious, and those questions are how the check tells.</source>
        <translation>Non correre ancora. Rispondi prima a tutte le domande sui segnali d&apos;allarme: il dolore alle gambe e la cattiva circolazione possono dipendere da qualcosa di serio, ed è con quelle domande che l&apos;autovalutazione lo capisce.</translation>
    </message>
    <message>
        <source>Rest from running and book an appointment with your doctor about your circulation. If a leg turns cold, pale, swollen or very painful, get help the same day.</source>
        <translation>Sospendi la corsa e prendi un appuntamento con il tuo medico per la circolazione. Se una gamba diventa fredda, pallida, gonfia o molto dolorosa, chiedi aiuto in giornata.</translation>
    </message>
    <message>
        <source>Rest the leg today. Ordinary soreness fades within a few days. If the pain is sharp, makes you limp, gets worse with each run or lasts more than 1 to 2 weeks, see a doctor or physiotherapist.</source>
        <translation>Oggi tieni a riposo la gamba. Il normale indolenzimento passa nel giro di pochi giorni. Se il dolore è acuto, ti fa zoppicare, peggiora a ogni corsa o dura più di 1-2 settimane, rivolgiti a un medico o a un fisioterapista.</translation>
    </message>
    <message>
        <source>Nothing you ticked needs a doctor right now. Try the steps below, and stop if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation>Niente di ciò che hai spuntato richiede subito un medico. Prova i consigli qui sotto, e fermati se senti dolore, fastidio al petto, capogiri o un affanno insolito.</translation>
    </message>
    <message>
        <source>Try the steps below, including seeing a doctor where a step says so, and stop if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation>Prova i consigli qui sotto, compresa la visita dal medico dove un consiglio lo indica, e fermati se senti dolore, fastidio al petto, capogiri o un affanno insolito.</translation>
    </message>
    <message>
        <source>Keep to any limits your doctor gave you, and stop if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation>Rispetta i limiti che ti ha dato il medico, e fermati se senti dolore, fastidio al petto, capogiri o un affanno insolito.</translation>
    </message>
    <message>
        <source>Nothing you ticked needs attention. Enjoy your warm-up and run, and stop if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation>Niente di ciò che hai spuntato richiede attenzione. Goditi il riscaldamento e la corsa, e fermati se senti dolore, fastidio al petto, capogiri o un affanno insolito.</translation>
    </message>
    <message>
        <source>A yes on the health screen means checking with a doctor before starting or stepping up an exercise routine.</source>
        <translation>Un sì nel questionario sulla salute significa consultare un medico prima di iniziare o intensificare un programma di esercizio.</translation>
    </message>
    <message>
        <source>Leg pain is never treated as plain tiredness: answer every warning-sign question. If none applies, rest the leg today.</source>
        <translation>Il dolore alle gambe non viene mai trattato come semplice stanchezza: rispondi a tutte le domande sui segnali d&apos;allarme. Se nessuna ti riguarda, oggi tieni a riposo la gamba.</translation>
    </message>
    <message>
        <source>Poor circulation needs a doctor to find the cause, so answer every warning-sign question and book an appointment.</source>
        <translation>Per la cattiva circolazione serve un medico che ne trovi la causa, quindi rispondi a tutte le domande sui segnali d&apos;allarme e prendi un appuntamento.</translation>
    </message>
    <message>
        <source>Several signs point to tired legs at once, so a rest day will do more than an easy run.</source>
        <translation>Diversi segnali indicano insieme gambe stanche, quindi un giorno di riposo ti farà più bene di una corsa facile.</translation>
    </message>
    <message>
        <source>Make today&apos;s run easy, at a pace where you can talk in full sentences.</source>
        <translation>Fai la corsa di oggi a ritmo facile, a un&apos;andatura che ti permetta di parlare con frasi complete.</translation>
    </message>
    <message>
        <source>A doctor&apos;s clearance never covers chest pain, dizziness or blackouts: they may be new since the doctor saw you, so have them checked before you run again.</source>
        <translation>Il via libera di un medico non copre mai dolore al petto, capogiri o perdite di conoscenza: potrebbero essere comparsi dopo la visita, quindi falli controllare prima di correre di nuovo.</translation>
    </message>
    <message>
        <source>Eating too little for your training together with missed periods or repeated bone injuries can be RED-S, which needs a doctor or a sports dietitian.</source>
        <translation>Mangiare troppo poco rispetto all&apos;allenamento, insieme a mestruazioni saltate o lesioni ossee ripetute, può essere RED-S, che richiede un medico o un dietista sportivo.</translation>
    </message>
    <message>
        <source>With leg pain or poor circulation, every warning-sign question needs an answer. These are still unanswered:</source>
        <translation>Con dolore alle gambe o cattiva circolazione, ogni domanda sui segnali d&apos;allarme richiede una risposta. Queste sono ancora senza risposta:</translation>
    </message>
    <message>
        <source>Your legs are tired from training: take the longer, easier jog at the start of today&apos;s warm-up, and keep the run itself easy.</source>
        <translation>Hai le gambe stanche per l&apos;allenamento: fai la corsa leggera più lunga e più facile all&apos;inizio del riscaldamento di oggi, e mantieni facile anche la corsa vera e propria.</translation>
    </message>
    <message>
        <source>Turn the cadence metronome on for the jog, set 5 to 10% above your usual step rate.</source>
        <translation>Attiva il metronomo della cadenza per la corsa leggera, impostato il 5-10% sopra la tua frequenza di passi abituale.</translation>
    </message>
    <message>
        <source>This self-check gives general information only. It is not a diagnosis or medical advice and cannot replace a doctor or physiotherapist. Talk to a health professional before starting or changing an exercise routine, especially if any health-screen question applies to you. Stop exercising if you feel pain, chest discomfort, dizziness or unusual breathlessness. In an emergency, call your local emergency number (such as 112, 999 or 911). Never put off getting professional advice because of something this app says.</source>
        <translation>Questa autovalutazione fornisce solo informazioni generali. Non è una diagnosi né un consiglio medico e non può sostituire un medico o un fisioterapista. Parla con un professionista sanitario prima di iniziare o modificare un programma di esercizio, soprattutto se una qualsiasi domanda del questionario sulla salute ti riguarda. Smetti di allenarti se senti dolore, fastidio al petto, capogiri o un affanno insolito. In caso di emergenza, chiama il numero di emergenza locale (ad esempio 112, 999 o 911). Non rimandare mai un consulto professionale per qualcosa che dice questa app.</translation>
    </message>
    <message>
        <source>Emergency: get help now</source>
        <translation>Emergenza: chiedi aiuto subito</translation>
    </message>
    <message>
        <source>Urgent: get seen today</source>
        <translation>Urgente: fatti visitare oggi</translation>
    </message>
    <message>
        <source>See a doctor or physiotherapist</source>
        <translation>Rivolgiti a un medico o a un fisioterapista</translation>
    </message>
    <message>
        <source>Things you can do yourself</source>
        <translation>Cosa puoi fare in autonomia</translation>
    </message>
    <message>
        <source>All clear</source>
        <translation>Tutto a posto</translation>
    </message>
    <message>
        <source>Run as planned</source>
        <translation>Corri come previsto</translation>
    </message>
    <message>
        <source>Run easy</source>
        <translation>Corri piano</translation>
    </message>
    <message>
        <source>Rest today</source>
        <translation>Oggi riposo</translation>
    </message>
    <message>
        <source>Do not run</source>
        <translation>Non correre</translation>
    </message>
</context>
<context>
    <name>side</name>
    <message>
        <source>left side</source>
        <translation>lato sinistro</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>lato destro</translation>
    </message>
</context>
<context>
    <name>speech</name>
    <message>
        <source>Next: {name}</source>
        <translation>Prossimo: {name}</translation>
    </message>
    <message>
        <source>Next: {name}, left side</source>
        <translation>Prossimo: {name}, lato sinistro</translation>
    </message>
    <message>
        <source>Next: {name}, right side</source>
        <translation>Prossimo: {name}, lato destro</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lato sinistro</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lato destro</translation>
    </message>
    <message>
        <source>{name}, left side</source>
        <translation>{name}, lato sinistro</translation>
    </message>
    <message>
        <source>{name}, right side</source>
        <translation>{name}, lato destro</translation>
    </message>
    <message>
        <source>{name}, left leg forward</source>
        <translation>{name}, gamba sinistra avanti</translation>
    </message>
    <message>
        <source>{name}, right leg forward</source>
        <translation>{name}, gamba destra avanti</translation>
    </message>
    <message>
        <source>{name}, left heel to buttock</source>
        <translation>{name}, tallone sinistro al gluteo</translation>
    </message>
    <message>
        <source>{name}, right heel to buttock</source>
        <translation>{name}, tallone destro al gluteo</translation>
    </message>
    <message>
        <source>{name}, left knee bends</source>
        <translation>{name}, piega il ginocchio sinistro</translation>
    </message>
    <message>
        <source>{name}, right knee bends</source>
        <translation>{name}, piega il ginocchio destro</translation>
    </message>
    <message>
        <source>{name}, left leg crosses behind</source>
        <translation>{name}, gamba sinistra incrociata dietro</translation>
    </message>
    <message>
        <source>{name}, right leg crosses behind</source>
        <translation>{name}, gamba destra incrociata dietro</translation>
    </message>
    <message>
        <source>{name}, left ankle across</source>
        <translation>{name}, caviglia sinistra sulla coscia</translation>
    </message>
    <message>
        <source>{name}, right ankle across</source>
        <translation>{name}, caviglia destra sulla coscia</translation>
    </message>
    <message>
        <source>{name}, left leg back</source>
        <translation>{name}, gamba sinistra indietro</translation>
    </message>
    <message>
        <source>{name}, right leg back</source>
        <translation>{name}, gamba destra indietro</translation>
    </message>
</context>
</TS>
