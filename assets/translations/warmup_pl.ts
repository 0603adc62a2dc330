<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides you through a 15-20 minute warm-up before a run: a big countdown, a distinct sound for every cue, and the next step read out.

Licence: {0}. Not medical advice: stop if something hurts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: you may replace them with your own builds. Their sources are at the addresses above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>A warm-up is running. Stop it and start “{0}”?</source>
        <extracomment>A ``--start`` routine waiting for the first-run disclaimer to be accepted. Asked before a routine handed over by another launch replaces a running warm-up (its name); tests replace it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioControls</name>
    <message>
        <source>Mute</source>
        <extracomment>The volume slider moved (0-100). Mute was switched on or off.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute sounds and voice (M); cues still flash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Calibrate the sound delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on the headphones or speakers you run with. Press Start, then press Space (or click Tap) on every click you hear. The first two clicks are for finding the beat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap on each click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ry again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the clicks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}
Calibration needs sound: connect an output and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen to the first two clicks, then tap along.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep tapping on every click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: {0} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You heard the clicks on time: there is no delay to make up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every sound will play this much earlier once you press OK in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The taps were too uneven to tell the delay. Try again, tapping along with the beat rather than reacting to each click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only %n taps could be matched to clicks; at least {0} are needed. Try again and tap on every click from the third one on.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClickTrain</name>
    <message>
        <source>The click could not be prepared: {0}</source>
        <extracomment>From Start to the first click: time to put the hands ready. After the last click, time for its tap (and for the click to ring out) before ``done``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound output was found, so there are no clicks to tap to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CueLines</name>
    <message>
        <source>How to do it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>This sound could not be played: %1</source>
        <extracomment>Every prepared sound is loaded (or failed, or there is no output): a routine may start. There is no sound output. Emitted at most once per player, with a message for the user. A sound file could not be loaded (kind value, message); that cue stays silent.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound output was found. Cues will be shown on screen only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CuePreview</name>
    <message>
        <source>The sound could not be prepared: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sound file is missing: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound output was found, so nothing can be played.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisclaimerDialog</name>
    <message>
        <source>Before you start</source>
        <extracomment>Bump when the text changes in substance, so every runner sees the new one once.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up Timer guides you through a warm-up and offers a self-check for heavy legs. It gives general information only: it is not a diagnosis or medical advice, and it cannot replace a doctor or physiotherapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to a health professional before you start or change an exercise routine, especially if you have a heart condition, chest pain, dizziness or blackouts, or a bone or joint problem, if you take medicine for your blood pressure or heart, or if you are pregnant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop exercising if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an emergency, call your local emergency number (such as 112, 999 or 911).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never put off getting professional advice because of something this app says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurationInput</name>
    <message>
        <source> min</source>
        <extracomment>The user changed the value (whole seconds).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorDialogs</name>
    <message>
        <source>Unsaved changes</source>
        <extracomment>The runner chose &quot;Skip the rest&quot; in an import preview: drop the files queued behind it. Unsaved changes in the routine named: save, discard or cancel? Move the routine named to the trash? An imported routine&apos;s name is taken: (name, whether replacing is possible). Show what an import brings in; True to go on with it. A new name for a routine (given its current one); None when cancelled. A routine file to import; None when cancelled. Where to export (given a suggested file name); None when cancelled. Replace this existing file (outside the dialog that already asked)? Something failed: (title, message). Shown in the import preview: files waiting behind it (&quot;3 more files to import&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you don&apos;t, your changes will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is moved to the trash folder; you can undo this right after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it with the imported one, or keep both (the new one gets a number)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That one is built in and cannot be replaced; keep both?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a routine called “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up routines (*{0});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up routines (*{0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <source>◀ All routines</source>
        <extracomment>The user wants to go back to the list of routines. Save was pressed (the routine is valid). Try it was pressed: (speed,) - 1.0 or the quick-check speed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to all routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}x speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it ten times faster, for a quick check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (each side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready-made steps with their instructions filled in, or a blank one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it after the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a part, then add steps to it from the list on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to your routines ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed routine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ shorter than the recommended 15-20 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ longer than the recommended 15-20 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ within the recommended 15-20 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total {0}  {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to your routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} to fix before saving:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems listed below to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, step {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureView</name>
    <message>
        <source>Figure showing the movement</source>
        <extracomment>Frames per second while animating a quick loop (walk, jog, strides: under 2 s a loop): 12 drawings a jogging stride, as hand animation draws &quot;on twos&quot;. Each frame costs what a bare PySide6 widget pays to show an image under X (measured: 20 frames/s cost 0.95 % of a core). Frames per second for a slow loop (the stretches rock over 4-5 s): fewer repaints. Memory for a figure&apos;s drawn frames (a 260 px lunge loop takes about 11 MB), and as much again for the same frames on the stage&apos;s colour; beyond it, frames are drawn each time.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishNotifier</name>
    <message>
        <source>Warm-up complete</source>
        <extracomment>A notification went out (``&quot;tray&quot;`` or ``&quot;dbus&quot;``), for the log and for tests.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of warm-up done. Have a good run!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have a good run!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeavyLegsChart</name>
    <message>
        <source>No self-checks yet. Your heavy-legs score appears here once you take one.</source>
        <extracomment>Self-checks with a warning sign: a red square near the top, never a score.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heavy-legs score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of the heavy-legs score over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning sign: see the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest day suggested from {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} self-checks; the latest had a warning sign: see its result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} self-checks; latest score {score} of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} with a warning sign.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>days in a row with a warm-up</source>
        <extracomment>Asks before deleting everything; replaced in tests. Asks where to save the CSV file (None: cancelled); replaced in tests.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm-ups this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no self-check yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every entry as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected entry (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every entry, after asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is not open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day in a row with a warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm-up this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning sign at the last self-check: see the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heavy-legs score at the last self-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n entries to {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Warm-up: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed ({total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finished (still running, or the app was closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped to the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the first step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning sign: see the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heavy-legs score {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every warm-up and self-check from your history? This cannot be undone. Export to CSV first if you want a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A routine called “{0}” is already in your library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved. What is wrong with it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the rest</source>
        <extracomment>The runner chose to skip the files waiting behind this one. Only when files wait behind this one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {0}: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportQueue</name>
    <message>
        <source>1 more file to import</source>
        <extracomment>Offer this file now (``pathlib.Path``); connect it directly: the next one waits for the slot to return. How many files wait behind the one being offered now (``int``; 0 when none).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} more files to import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeepAwake</name>
    <message>
        <source>A warm-up routine is running</source>
        <extracomment>States in which the screen must stay on: the runner is following the countdown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Routine</source>
        <extracomment>Make a new routine from scratch. Edit a user routine, or make an editable copy of a built-in (``RoutineEntry``). Rename a user routine (``RoutineEntry``). Delete a user routine or a broken user file (``RoutineEntry`` or ``BrokenFile``). Export a routine (``RoutineEntry``). Import a file chosen in a file dialog. Bring back the routine deleted last. The user&apos;s routine folder: only broken files in it can be deleted from here.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: make a new one, or duplicate one above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ short  {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ long  {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the recommended 15-20 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside 15 to 20 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routine selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file could not be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {0}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total {0} (plus a {1} get-ready countdown), %n steps</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Built in: read-only. Duplicate it to make your own version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Warm-up</source>
        <extracomment>The runner asked for the settings dialog (the app owns the settings and opens it). Routines, Self-check and History now exist (emitted once); the app wires them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Files to import (drops, other launches), offered one dialog at a time.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnSoundImporter</name>
    <message>
        <source>Sounds ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartForm</name>
    <message>
        <source>Part name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Jog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause between steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to move to the next exercise of this part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} (%n steps)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Steps: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Whole warm-up</source>
        <extracomment>Skipped stretches as fractions of the bar, (from, to), 0 to 1.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole warm-up progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1} / {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} done, {1} skipped, {2} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} done, {1} left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedFlagGate</name>
    <message>
        <source>Any of these?</source>
        <extracomment>Warning signs that stop the flow the moment they are ticked. &quot;Yes, or not sure&quot;: show the check boxes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes, or not sure: tick which ▼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, or not sure: tick which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of them? Press “No, none of these” below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>Self-check result</source>
        <extracomment>Start today&apos;s warm-up (the routine from :meth:`chosen_entry`). Go back to the questions, answers kept. Clear every answer and begin again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested for today and already ticked: the warm-up below includes them. Untick a change to leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a &amp;new check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heavy-legs score: {score} of 100. A number to follow over time in your history, not a medical measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the adapted warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a routine on the Warm-up tab, then come back to start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine: {name}, {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (adapted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Tempo day warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this warm-up is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get-ready countdown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted down before the first step; not in the total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutinePicker</name>
    <message>
        <source>Routine</source>
        <extracomment>Combo data of the item for a loaded routine that the library does not list. The runner chose a routine from the list (``RoutineEntry``). The runner asked to go back from an adapted copy to its original.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading routines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapted for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the routine as it is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which routine files could not be read, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routines found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n routine files could not be read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (+{0} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine files that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutinesView</name>
    <message>
        <source>this routine</source>
        <extracomment>The routines on disk changed (``Library``): saved, imported, renamed, deleted, restored. The runner chose to skip the files waiting to be imported after the one shown. Makes the driver of a &quot;Try it&quot; run (tests give one on a fake clock). Makes the view a &quot;Try it&quot; run is shown in (the window gives the Warm-up tab&apos;s view).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the marked fields first:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” was moved to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a routine first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunTray</name>
    <message>
        <source>Pause</source>
        <extracomment>The runner asked to see the main window (menu item or a click on the icon). The runner chose Quit from the tray menu.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: warm-up complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next exercise in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}{1}: {2} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of the warm-up left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <source>◀◀ Back</source>
        <extracomment>Full screen was asked for (F11). The runner counts the warm-up they skipped to the end of as done (history records it). Focus mode went on (a routine runs: only what a runner needs) or off (paused, stopped). How long the controls strip stays after the last mouse move or key press. Asks before stopping a running routine; replaced in tests (no modal dialogs there). Asks before restarting a warm-up under way (R or the button); replaced in tests.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip ▶▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count it as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You skipped to the end: record this warm-up as completed anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start of this step; twice: previous (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, pause or resume (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip to the next step (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the routine again (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the routine (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start / Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted as done. Have a good run!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the warm-up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start this warm-up again from the beginning? Your place in it will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the warm-up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this warm-up? Your place in it will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfCheckPanel</name>
    <message>
        <source>Health screen</source>
        <extracomment>A result was shown for answers not reported before: (``Report``, ``dict[str, bool]``). A warm-up was started from the result (``RoutineEntry``, possibly an adapted copy).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your legs today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what applies. Leave the rest unticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said your legs hurt or that you have poor circulation. Before the result, read every warning sign again and tick any that applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the result: the warning signs again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these apply: see the &amp;result ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No, none of these ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the &amp;result ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionAudio</name>
    <message>
        <source>The sounds could not be prepared ({0}), so this warm-up shows its cues on screen only.</source>
        <extracomment>Something the runner should know once (no sound output, an own sound replaced).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound folder cannot be written ({0}); the sounds are kept in memory for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voice: {0} Settings → Voice says what to install.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound for “{0}” could not be loaded: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings could not be saved to {0}. Changes are used until you quit.</source>
        <extracomment>Far more than any settings file the app writes (about 2 KB); a bigger one is not ours. &quot;Restore defaults&quot; resets it. Window geometry is remembered state, not a preference. How cues are played: &quot;stream&quot; (one open output, every sound at its exact sample) or &quot;effects&quot; (the older QSoundEffect per kind, kept for comparison). Not in the dialog. Play every sound this many milliseconds early, to cancel an output&apos;s delay (Bluetooth). The interface language (a code of i18n/languages.py), &quot;&quot; for the system&apos;s; read at start-up. The version of the first-run disclaimer the runner accepted (0: none yet); see gui/dialogs/disclaimer.py. A preference changed (the key&apos;s name, e.g. ``&quot;sounds/volume&quot;``); read it with ``get``. Saving failed (a message for the runner); the new values stay in use for this run. What was wrong with the file when it was loaded, one message each, for the runner. None while the file is left alone for the session (it could not be read).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings file {0} could not be read ({1}), so the defaults are in use for this session. The file was left as it is, and changes are not saved to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(it could not be moved aside: {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file was kept as {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings file could not be read, so the defaults are in use. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some settings had values the app cannot use and were reset: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>The form&apos;s values were stored (OK or Apply).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sounds</source>
        <extracomment>Shows a problem to the runner; replaced in tests (no modal boxes there). The tap-to-calibrate dialog while it is open. Asks for a sound file; replaced in tests.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vol&amp;ume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the {0} sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play this sound now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play sounds early by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluetooth headphones play sound late, often by 100 to 300 ms. Every cue sound is played this much earlier to make up for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play sounds &amp;early by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;alibrate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibrate the sound delay by tapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap along to a few clicks and the app suggests how early to play sounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cue has its own sound, so you know what happened without looking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Say each step&apos;s name and what comes next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Much faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;oice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking &amp;rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice never talks over a countdown. Without a speech engine the app shows the next step on screen only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As set in the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get-ready time before the first step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest value keeps each routine&apos;s own get-ready time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countdown beeps before each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> steps/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your usual running cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metronome above your cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get-ready time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Countdown before each step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your usual &amp;cadence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metronome above it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise your cadence a little at a time (5 to 10 %). Timing changes apply from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in &amp;full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still (no motion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (cue lines only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exercise figures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text follows your system&apos;s font size, and a high-contrast system setting gives the timer high-contrast colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countdown (3, 2, 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metronome click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This setting could not be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults restored in the form; press OK or Apply to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAV sounds (*.wav)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sound for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suggested delay is in the form; press OK or Apply to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (not available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Much slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: Deep lunge stretch, left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metronome clicks {0:.0f} times a minute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>PAUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped to the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up complete. Have a good run!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready. Press Space to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work · {0} · step {1} of {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ LEFT {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RIGHT {0} ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepAnnouncer</name>
    <message>
        <source>Stopped.</source>
        <extracomment>Every message announced, in order (what a screen reader was told).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up complete. Have a good run!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready, {0}. First: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides, {0}. Next: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next exercise in {0}: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}. {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed. {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>Step name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Easy jog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per side: run it left, then right (duration is per side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 8-10 slow reps each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to do it, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metronome: cadence clicks during this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 3 short cues, one per line, shown large beside the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {0} of {1} in “{2}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (left {1}, switch {2}, right {1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StreamPlayer</name>
    <message>
        <source>This sound could not be played: %1</source>
        <extracomment>The first retry after a loss comes after Qt&apos;s own reconnect: when the sound server dies, Qt&apos;s PulseAudio backend drops its context and tries again 3 s later; a sink made in between aborts the whole process (libpulse&apos;s assertion in pa_context_get_state). Past that attempt a new sink connects afresh, but only to a server that is there (``sound_server_reachable``). Every sound is placed this long after its time on the monotonic clock. A block may be rendered up to a buffer ahead of being queued behind another buffer, so a cue due at once (the first tick at Start, a &quot;go&quot; after a skip) would land wherever the next block starts; with this margin it lands at its exact sample like every other cue, and all are heard with the same constant delay. An underrun the output reports re-anchors the sounds at once (``FrameClock.gap``); past this, a disagreement with the output&apos;s report does too (a stall, a device change). Less than this is the report&apos;s own noise and shifts (measured up to 50 ms), not what is heard. The sink&apos;s state changed (``QtAudio.State``, ``QtAudio.Error``): rare, never per block. The output went away mid-run (message), or came back (empty message).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound output stopped. Cues are shown on screen; sound resumes when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound output was found. Cues will be shown on screen only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StructureTree</name>
    <message>
        <source>Parts and steps</source>
        <extracomment>The selected item changed (target). A dragged part should move: (from index, to index counted after taking it out). A dragged step should move: ((part, index), (part, index after taking it out)).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  · {0} between steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  · each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionOffer</name>
    <message>
        <source>Choose a routine on the Warm-up tab to see what would change.</source>
        <extracomment>Results that leave room for a warm-up today. Accepted or not any more.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This routine has no easy-jog step in its first part, so nothing would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metronome is already on for the jog in this routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This routine has no easy-jog step, so nothing would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step} {before} → {after}; total {total_before} → {total_after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(longer than the recommended 15-20 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metronome on for: {steps}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TryRunDialog</name>
    <message>
        <source>Try: {0}</source>
        <extracomment>Makes the trial&apos;s driver for a speed (replaced in tests by one on a fake clock). Builds the view a trial is shown in, around the trial&apos;s own controller.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({0}x speed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>speech engine %1 is not installed</source>
        <extracomment>Qt&apos;s test engine: speaks nothing, keeps time. Never chosen on its own. Names the engine for this process: &quot;auto&quot; (the default), &quot;none&quot;, or an engine name. The tests set it to &quot;mock&quot;; a runner can set &quot;none&quot; to keep speech-dispatcher out of the app entirely. The spoken lines are English (the app has no translations yet), so the voice must be too. espeak-ng (through speech-dispatcher) lists &quot;English (Caribbean)&quot; first for en_US; the country&apos;s own voice is what a runner there expects. No usable engine (message for the user). Emitted once per engine choice. True when speech starts, False when it ends (or is stopped, or fails).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no voice for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice announcements are switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speech engine could be started (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speech engine is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Debian or Ubuntu, install the speech engine and its voices with:
sudo apt install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng
then restart Warm-up Timer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech engine stopped working (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoicePreview</name>
    <message>
        <source>No speech engine is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice {0} is not available now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <source>No warm-ups finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-ups per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of warm-ups per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} warm-ups this week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>Log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log files are in:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <source>Brisk walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy jog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep lunge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing quad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing adductor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing TFL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lying glute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing calf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leg forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heel to buttock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knee bends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leg crosses behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ankle across</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leg back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routine</name>
    <message>
        <source>Pre-run warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An easy walk and jog, then six dynamic stretches, each on both sides, before an everyday run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brisk walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk briskly with loose, swinging arms to ease into movement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brisk steps, loose swinging arms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy jog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy, conversational effort (about 3-4 out of 10): you could talk in full sentences. Shoulders relaxed, steps light.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy pace: you could still talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoulders relaxed, steps light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic stretches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep lunge stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8-10 slow reps each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long step forward, front knee over the ankle, back knee down or just off the floor. Tuck your pelvis, squeeze the buttock (glute) of the back leg and rock your hips forward for 2 s, back for 2 s. Start small, widen bit by bit; no bouncing, no pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long step, front knee over ankle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back knee down, pelvis tucked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rock hips forward 2 s, back 2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing quad stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold a support and bring this heel towards your buttock, knees together, thigh pointing down, torso tall without arching. Draw the heel in for 2-3 s, then release. Start gently, widen bit by bit; no bouncing, no pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold a support, stand tall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heel to buttock, knees together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw in 2-3 s, then let go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing adductor stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretches the adductors, the muscles of the inner thigh. Feet about twice shoulder width apart, chest up. Bend this knee over its toes, other leg straight, and shift your weight across for 2 s, back to the middle for 2 s. Start at half range; no bouncing, no pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wide stance, chest up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bend this knee over its toes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift across 2 s, back 2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing TFL stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretches the TFL, a muscle on the outer hip. Other hand on a wall, cross this leg behind the other. Push this hip out sideways as you lean your upper body away, this arm overhead, for 2 s; come back for 2 s. Widen bit by bit; no bouncing, no pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross this leg behind the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push hip out, lean body away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This arm overhead, hand on wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lying glute stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretches the glutes, the muscles of the buttock. On your back, rest this ankle across the other thigh and draw that thigh towards your chest for 2 s, ease off for 2 s. Wet ground? Do the same figure-4 standing on one leg, holding a support. No bouncing, no pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On your back, ankle across thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw that thigh towards your chest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wet ground? Same shape, standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing calf stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands on a wall, this leg back, heel down, knee straight: lean in for 2 s, out for 2 s. For the last few reps bend the back knee a little to reach the lower calf. Start gently; no bouncing, no pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands on wall, this leg back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heel down, knee straight, lean in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reps: bend the back knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shorter jog and the same six dynamic stretches, for days when time is tight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6-8 slow reps each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race-day warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk, easy jog and six dynamic stretches, finishing with four relaxed strides before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 slow reps each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride 1 of 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build smoothly to a quick, relaxed pace, not a sprint. Run tall, arms loose, then ease off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build to quick and relaxed, no sprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run tall, arms loose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk back easily and let your breathing settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy walk, let your breathing settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride 2 of 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride 3 of 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride 4 of 4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>selfcheck</name>
    <message>
        <source>Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer these first. A yes to any of them comes before everything else in the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions to answer before starting or stepping up an exercise routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your legs feel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what you feel today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What might be adding to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick anything that applies to you at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you have chest pain, pressure or tightness, perhaps spreading to your arm, jaw or neck?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chest pain, pressure or tightness can come from the heart and needs emergency help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you suddenly become short of breath, get a sharp pain in your chest each time you breathe in, or cough up blood?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudden breathlessness, sharp chest pain on breathing in or coughing up blood can mean a clot in the lungs and needs emergency help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A side stitch (a cramp low in the side that eases when you slow down) is not this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you faint, or nearly faint, during or just after exercise today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fainting or nearly fainting during or just after exercise needs emergency help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is your heartbeat racing or irregular, and not settling when you stop?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A racing or irregular heartbeat that does not settle needs emergency help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you have sudden numbness or weakness on one side of your body, a drooping face, or trouble speaking?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudden numbness or weakness on one side, a drooping face or trouble speaking can be a stroke and needs emergency help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the heat, are you confused, or have you collapsed or been vomiting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion or collapse in the heat can be heatstroke and needs emergency help. Get into the shade and cool down while you wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The skin is usually hot, and may be sweaty or dry: confusion or collapse is the sign that matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In one leg only: is the calf or thigh swollen, throbbing or cramping, or is the skin warm, red or darker than usual?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swelling, throbbing pain or warm, red or darker skin in one leg can be a blood clot (deep-vein thrombosis). Do not massage the leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More likely after a long journey, surgery, being laid up, the contraceptive pill or HRT, or during pregnancy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After hard exercise, is your urine dark like cola or tea, or is there very little of it, with severe muscle pain or weakness?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark or scanty urine with severe muscle pain or weakness after hard exercise can mean muscle breakdown (rhabdomyolysis), which can harm the kidneys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a leg suddenly turned cold, pale or numb, or become very painful?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A leg that suddenly turns cold, pale, numb or very painful may have lost its blood supply: go to an emergency department now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you unable to put weight on your leg?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not being able to put weight on a leg needs checking today, for example for a fracture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you have leg pain together with a fever, or redness that is spreading?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg pain with a fever or spreading redness can be an infection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does leg pain come on at about the same time or distance in each run?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain that starts at a predictable point in a run can be pressure building up inside a muscle (exertional compartment syndrome).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It often eases 10 to 20 minutes after you stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While you run, does a muscle in your leg become tight or burning, or your foot go numb, until you have to slow down or stop?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A muscle that becomes tight or burning during runs, or a foot that goes numb, can be pressure building up inside the muscle (exertional compartment syndrome).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you get cramping in your calf, thigh or buttock that reliably comes on when you walk and eases when you rest?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramping that comes on with walking and eases with rest can mean narrowed leg arteries (claudication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This matters more if you are over 50, smoke, or have diabetes, high blood pressure or high cholesterol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there a spot on a bone that hurts when you press on it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spot on a bone that hurts when pressed can be a bone stress injury.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does a pain in your leg or foot get worse with every run?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain that builds run after run can be a bone stress injury.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does your leg or foot hurt at rest or at night?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain at rest or at night can be a bone stress injury.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you feel a sharp or sudden pain, are you limping, or has the pain lasted more than 1 to 2 weeks?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharp or sudden pain, a limp, or pain lasting more than 1 to 2 weeks is more than ordinary soreness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary soreness after a run is worst 1 to 2 days later and fades within a few days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you have numbness or tingling in your leg or foot?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness or tingling in the leg or foot can come from a nerve or the blood supply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you have back pain that shoots down your leg?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back pain that shoots down the leg can come from an irritated nerve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have your legs felt heavy for more than 2 to 3 weeks, even with rest?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heavy legs for weeks despite rest need a doctor&apos;s check. Ask about blood tests, including haemoglobin and ferritin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the doctor too about any unusual tiredness, breathlessness, paleness, missed periods, or repeated illness or injury.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have both your ankles or legs recently started to swell?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New swelling of both ankles or legs can come from the heart, kidneys or veins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a doctor ever told you that you have a heart condition?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said a doctor has told you that you have a heart condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you get chest pain when you are active, or have you had chest pain at rest in the past month?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said you get chest pain when active, or have had it at rest recently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you lose your balance because of dizziness, or have you blacked out in the last 12 months?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said you get dizzy enough to lose your balance, or have blacked out in the last year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you have a bone or joint problem that more activity could make worse?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said you have a bone or joint problem that more activity could make worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you take medicine for your blood pressure or a heart condition?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said you take medicine for your blood pressure or heart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you pregnant?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said you are pregnant: check with your doctor or midwife about running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you know of any other reason why you should not be physically active?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said you know of another reason not to be physically active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you answered yes to a health-screen question: since that began, has a doctor checked you and cleared you for the kind of running you plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said a doctor has cleared you, since your condition began, for the running you plan. Keep to what they cleared you for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clearance never covers chest pain, dizziness or blackouts, or anything that is new or worse since the doctor saw you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do your legs feel heavy, as if you were carrying extra weight?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your legs feel heavy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are your legs tired and sore?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your legs are tired and sore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are your legs stiff?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your legs are stiff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do your legs hurt (real pain, not just tiredness or stiffness)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have leg pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have you recently run more, faster or harder than you are used to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have been training more or harder than usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have you gone a week or more without an easy day or a rest day?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have had no easy or rest days lately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you do heavy leg strength training in the last day or two?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did heavy leg strength training in the last day or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have you been sleeping less than 7 hours a night, or did you have a bad night?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have been short of sleep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you following a low-carbohydrate diet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are on a low-carbohydrate diet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you often run on an empty stomach, or eat less than your training needs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may be eating less than your training needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have your periods stopped or become irregular?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your periods have stopped or become irregular.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have you had two or more stress fractures or other bone injuries?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have had two or more stress fractures or bone injuries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you thirsty, or have you had little to drink today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may be short of fluids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you know or suspect that your iron is low (for example a past low result, or heavy periods)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You know or suspect that your iron is low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you take long strides with your foot landing well ahead of your body, or take few steps per minute?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may be overstriding or taking few steps per minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you land on your heel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You land on your heel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you run with tense, raised shoulders or a stiff neck?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You run with tense shoulders or neck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you think you have poor circulation in your legs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You think you have poor circulation in your legs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doing more than your body is used to, without time to adapt, leaves legs tired, stiff and sore, can disturb sleep and makes progress stall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut back your running volume or intensity for a few days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep increases small from week to week, roughly 10% at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan 1 or 2 easy or rest days every week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscles repair and get stronger between sessions. Without easy or rest days, tiredness carries over from one run to the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take 1 or 2 easy or rest days every week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make today an easy day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg strength training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength work is good for runners, but heavy leg sessions leave the legs tired for a day or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid heavy leg strength work on the day before a key run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put heavy leg sessions where a day or more separates them from your next hard or long run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults need about 7 to 9 hours of sleep a night. Athletes who sleep less get injured more often, and tired legs recover more slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aim for a regular 7 to 9 hours a night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a bad night, keep that day&apos;s run easy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-carbohydrate diet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carbohydrate is the main fuel for running. With little of it in your diet, the fuel stored in your muscles runs low and your legs can feel heavy and flat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eat carbohydrate every day: light training needs roughly 3 to 5 g per kg of body weight a day, and harder training needs more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have a meal based on carbohydrate 1 to 4 hours before longer or harder runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuel after running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eating too little for the training you do leaves the body short of energy for its everyday work: this is called low energy availability. Over time it can cause a syndrome called RED-S (relative energy deficiency in sport), with lasting tiredness, repeated injuries and illnesses, and periods that stop or become irregular.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuel soon after running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you notice several of these signs, see a doctor or a sports dietitian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods that stop or become irregular with training can be a sign of low energy availability, that is, eating too little for the training you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See a doctor about it: it is not a normal part of training hard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bone injuries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated stress fractures or other bone injuries can be a sign of low energy availability, that is, eating too little for the training you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See a doctor or a sports dietitian to find out what is behind them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fluids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running gets harder once you have lost more than about 2% of your body weight as fluid. Drinking far more than you need is harmful too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drink something before you run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aim for pale-yellow urine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On long or hot runs, take drinks with electrolytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t force down more than you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low iron is common in runners, especially women, and can leave you tired with heavy legs. Your iron stores (ferritin) can be low even when your haemoglobin is normal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your doctor for a blood test that checks both haemoglobin and ferritin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t start taking iron on your own: too much iron is harmful, and only a blood test shows whether you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride and step rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landing with your foot far ahead of your body, often with few steps per minute, puts more load on the knees and hips. Taking 5 to 10% more steps per minute reduces that load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise your step rate by 5 to 10% over a few weeks, not all at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the metronome, set a little above your current step rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aim to land with your foot closer to under your hips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no single right step rate for everyone: build from your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heel landing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many good runners land on the heel. On average, changing how your foot lands neither makes running more economical nor lowers injury risk, and a sudden change puts extra strain on the calf and Achilles tendon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the foot landing that comes naturally to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your foot lands far ahead of your body, work on your step rate instead: slightly quicker, shorter steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tense shoulders and neck are worth noticing and letting go, but they are unlikely to be what makes your legs heavy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now and then during a run, let your shoulders drop away from your ears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your head level and your eyes looking ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor circulation can mean several different things, some of them serious, such as blood clots, narrowed arteries or vein disease. It is not something to manage on your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go through every warning-sign question: they cover the serious causes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book an appointment with your doctor to find out what is behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is something for a doctor, not for a warm-up routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop exercising now and call your local emergency number (such as 112, 999 or 911). Don&apos;t run or drive yourself; ask someone to stay with you until help arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t run today. Get seen today: contact your doctor or an urgent care service, or go to an emergency department. If things get worse quickly, or you feel chest pain or short of breath, call your local emergency number (such as 112, 999 or 911).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest from running and book an appointment with a doctor or physiotherapist. If it gets worse or a warning sign appears, get help sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check with a doctor (in pregnancy, your doctor or midwife) before starting or stepping up an exercise routine, and rest from running until you have. Once a doctor has cleared you, say so on the health screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t run until a doctor has checked your chest pain, dizziness or blackouts. If chest pain comes on at rest or doesn&apos;t ease within a few minutes, call your local emergency number (such as 112, 999 or 911).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest from hard training and see a doctor or a sports dietitian about your eating, your periods or your bone injuries. These signs together are worth taking seriously.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t run yet. Answer every warning-sign question first: leg pain and poor circulation can come from something serious, and those questions are how the check tells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest from running and book an appointment with your doctor about your circulation. If a leg turns cold, pale, swollen or very painful, get help the same day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest the leg today. Ordinary soreness fades within a few days. If the pain is sharp, makes you limp, gets worse with each run or lasts more than 1 to 2 weeks, see a doctor or physiotherapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing you ticked needs a doctor right now. Try the steps below, and stop if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the steps below, including seeing a doctor where a step says so, and stop if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep to any limits your doctor gave you, and stop if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing you ticked needs attention. Enjoy your warm-up and run, and stop if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A yes on the health screen means checking with a doctor before starting or stepping up an exercise routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg pain is never treated as plain tiredness: answer every warning-sign question. If none applies, rest the leg today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor circulation needs a doctor to find the cause, so answer every warning-sign question and book an appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several signs point to tired legs at once, so a rest day will do more than an easy run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make today&apos;s run easy, at a pace where you can talk in full sentences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A doctor&apos;s clearance never covers chest pain, dizziness or blackouts: they may be new since the doctor saw you, so have them checked before you run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eating too little for your training together with missed periods or repeated bone injuries can be RED-S, which needs a doctor or a sports dietitian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With leg pain or poor circulation, every warning-sign question needs an answer. These are still unanswered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your legs are tired from training: take the longer, easier jog at the start of today&apos;s warm-up, and keep the run itself easy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the cadence metronome on for the jog, set 5 to 10% above your usual step rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This self-check gives general information only. It is not a diagnosis or medical advice and cannot replace a doctor or physiotherapist. Talk to a health professional before starting or changing an exercise routine, especially if any health-screen question applies to you. Stop exercising if you feel pain, chest discomfort, dizziness or unusual breathlessness. In an emergency, call your local emergency number (such as 112, 999 or 911). Never put off getting professional advice because of something this app says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency: get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent: get seen today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See a doctor or physiotherapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things you can do yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run as planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>side</name>
    <message>
        <source>left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>speech</name>
    <message>
        <source>Next: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {name}, left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {name}, right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, left leg forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, right leg forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, left heel to buttock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, right heel to buttock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, left knee bends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, right knee bends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, left leg crosses behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, right leg crosses behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, left ankle across</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, right ankle across</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, left leg back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, right leg back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
