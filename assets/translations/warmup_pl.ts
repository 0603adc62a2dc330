<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {0}</source>
        <translation>O programie {0}</translation>
    </message>
    <message>
        <source>App icon</source>
        <translation>Ikona aplikacji</translation>
    </message>
    <message>
        <source>Guides you through a 15-20 minute warm-up before a run: a big countdown, a distinct sound for every cue, and the next step read out.

Licence: {0}. Not medical advice: stop if something hurts.</source>
        <translation>Prowadzi cię przez 15–20-minutową rozgrzewkę przed biegiem: duże odliczanie, osobny dźwięk dla każdego sygnału i zapowiedź następnego ćwiczenia głosem.

Licencja: {0}. To nie jest porada medyczna: przerwij, jeśli coś boli.</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Zbudowano z użyciem:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponent</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencja</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>Komponenty i ich licencje</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: you may replace them with your own builds. Their sources are at the addresses above.</source>
        <translation>Qt i PySide6 są używane na licencji GNU LGPL w wersji 3: możesz je zastąpić własnymi kompilacjami. Ich kod źródłowy jest dostępny pod powyższymi adresami.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Otwórz folder &amp;logów</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>A warm-up is running. Stop it and start “{0}”?</source>
        <extracomment>A ``--start`` routine waiting for the first-run disclaimer to be accepted. Asked before a routine handed over by another launch replaces a running warm-up (its name); tests replace it.</extracomment>
        <translation>Trwa rozgrzewka. Zatrzymać ją i rozpocząć „{0}”?</translation>
    </message>
</context>
<context>
    <name>AudioControls</name>
    <message>
        <source>Mute</source>
        <extracomment>The volume slider moved (0-100). Mute was switched on or off.</extracomment>
        <translation>Wycisz</translation>
    </message>
    <message>
        <source>Mute sounds and voice (M); cues still flash</source>
        <translation>Wycisz dźwięki i głos (M); sygnały nadal migają</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Głośność</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Wyciszono</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Dźwięk włączony</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Calibrate the sound delay</source>
        <translation>Kalibracja opóźnienia dźwięku</translation>
    </message>
    <message>
        <source>Put on the headphones or speakers you run with. Press Start, then press Space (or click Tap) on every click you hear. The first two clicks are for finding the beat.</source>
        <translation>Załóż słuchawki lub włącz głośniki, z którymi biegasz. Naciśnij Start, a potem przy każdym usłyszanym kliknięciu naciskaj Spację (albo klikaj Stuknij). Dwa pierwsze kliknięcia służą do złapania rytmu.</translation>
    </message>
    <message>
        <source>Tap</source>
        <translation>Stuknij</translation>
    </message>
    <message>
        <source>Tap on each click</source>
        <translation>Stukaj w rytm kliknięć</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Use this</source>
        <translation>&amp;Użyj tego</translation>
    </message>
    <message>
        <source>T&amp;ry again</source>
        <translation>Jeszcze &amp;raz</translation>
    </message>
    <message>
        <source>Starting the clicks…</source>
        <translation>Uruchamiam kliknięcia…</translation>
    </message>
    <message>
        <source>{0}
Calibration needs sound: connect an output and try again.</source>
        <translation>{0}
Kalibracja wymaga dźwięku: podłącz wyjście audio i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Listen to the first two clicks, then tap along.</source>
        <translation>Posłuchaj dwóch pierwszych kliknięć, a potem stukaj do rytmu.</translation>
    </message>
    <message>
        <source>Keep tapping on every click.</source>
        <translation>Stukaj dalej przy każdym kliknięciu.</translation>
    </message>
    <message>
        <source>Tap {0} of {1}</source>
        <translation>Stuknięcie {0} z {1}</translation>
    </message>
    <message>
        <source>Suggested: {0} ms</source>
        <translation>Sugerowane: {0} ms</translation>
    </message>
    <message>
        <source>You heard the clicks on time: there is no delay to make up.</source>
        <translation>Kliknięcia docierały na czas: nie ma opóźnienia do nadrobienia.</translation>
    </message>
    <message>
        <source>Every sound will play this much earlier once you press OK in Settings.</source>
        <translation>Każdy dźwięk będzie odtwarzany o tyle wcześniej, gdy naciśniesz OK w Ustawieniach.</translation>
    </message>
    <message>
        <source>The taps were too uneven to tell the delay. Try again, tapping along with the beat rather than reacting to each click.</source>
        <translation>Stuknięcia były zbyt nierówne, by ustalić opóźnienie. Spróbuj ponownie i stukaj do rytmu, zamiast reagować na każde kliknięcie.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n taps could be matched to clicks; at least {0} are needed. Try again and tap on every click from the third one on.</source>
        <translation>
            <numerusform>Tylko %n stuknięcie udało się dopasować do kliknięć; potrzeba co najmniej {0}. Spróbuj ponownie i stukaj przy każdym kliknięciu od trzeciego.</numerusform>
            <numerusform>Tylko %n stuknięcia udało się dopasować do kliknięć; potrzeba co najmniej {0}. Spróbuj ponownie i stukaj przy każdym kliknięciu od trzeciego.</numerusform>
            <numerusform>Tylko %n stuknięć udało się dopasować do kliknięć; potrzeba co najmniej {0}. Spróbuj ponownie i stukaj przy każdym kliknięciu od trzeciego.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClickTrain</name>
    <message>
        <source>The click could not be prepared: {0}</source>
        <extracomment>From Start to the first click: time to put the hands ready. After the last click, time for its tap (and for the click to ring out) before ``done``.</extracomment>
        <translation>Nie udało się przygotować kliknięcia: {0}</translation>
    </message>
    <message>
        <source>No sound output was found, so there are no clicks to tap to.</source>
        <translation>Nie znaleziono wyjścia dźwięku, więc nie ma kliknięć do stukania.</translation>
    </message>
</context>
<context>
    <name>CueLines</name>
    <message>
        <source>How to do it</source>
        <translation>Jak to zrobić</translation>
    </message>
</context>
<context>
    <name>CuePreview</name>
    <message>
        <source>Sounds are muted in the run window (M), so nothing was played.</source>
        <translation>Dźwięki są wyciszone w oknie treningu (M), więc nic nie zostało odtworzone.</translation>
    </message>
    <message>
        <source>The sound could not be prepared: {0}</source>
        <translation>Nie udało się przygotować dźwięku: {0}</translation>
    </message>
    <message>
        <source>No sound output was found, so nothing can be played.</source>
        <translation>Nie znaleziono wyjścia dźwięku, więc nie można nic odtworzyć.</translation>
    </message>
</context>
<context>
    <name>DisclaimerDialog</name>
    <message>
        <source>Before you start</source>
        <extracomment>Bump when the text changes in substance, so every runner sees the new one once.</extracomment>
        <translation>Zanim zaczniesz</translation>
    </message>
    <message>
        <source>Warm-up Timer guides you through a warm-up and offers a self-check for heavy legs. It gives general information only: it is not a diagnosis or medical advice, and it cannot replace a doctor or physiotherapist.</source>
        <translation>Warm-up Timer prowadzi cię przez rozgrzewkę i oferuje samoocenę ciężkich nóg. Podaje wyłącznie ogólne informacje: nie jest diagnozą ani poradą medyczną i nie zastąpi lekarza ani fizjoterapeuty.</translation>
    </message>
    <message>
        <source>Talk to a health professional before you start or change an exercise routine, especially if you have a heart condition, chest pain, dizziness or blackouts, or a bone or joint problem, if you take medicine for your blood pressure or heart, or if you are pregnant.</source>
        <translation>Skonsultuj się ze specjalistą ochrony zdrowia, zanim zaczniesz lub zmienisz plan ćwiczeń, zwłaszcza jeśli masz chorobę serca, bóle w klatce piersiowej, zawroty głowy lub omdlenia albo problem z kośćmi lub stawami, jeśli przyjmujesz leki na ciśnienie lub serce albo jeśli jesteś w ciąży.</translation>
    </message>
    <message>
        <source>Stop exercising if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation>Przerwij ćwiczenia, jeśli poczujesz ból, dyskomfort w klatce piersiowej, zawroty głowy lub nietypową duszność.</translation>
    </message>
    <message>
        <source>In an emergency, call your local emergency number (such as 112, 999 or 911).</source>
        <translation>W nagłym wypadku zadzwoń pod lokalny numer alarmowy (np. 112, 999 lub 911).</translation>
    </message>
    <message>
        <source>Never put off getting professional advice because of something this app says.</source>
        <translation>Nigdy nie odkładaj zasięgnięcia porady specjalisty z powodu tego, co mówi ta aplikacja.</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Rozumiem</translation>
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
        <translation>{0}, minuty</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>{0}, seconds</source>
        <translation>{0}, sekundy</translation>
    </message>
</context>
<context>
    <name>DurationWarning</name>
    <message>
        <source>totals {0}, shorter than the recommended 15-20 min</source>
        <translation>łącznie {0}, krócej niż zalecane 15–20 min</translation>
    </message>
    <message>
        <source>totals {0}, longer than the recommended 15-20 min</source>
        <translation>łącznie {0}, dłużej niż zalecane 15–20 min</translation>
    </message>
</context>
<context>
    <name>EditorCommands</name>
    <message>
        <source>name</source>
        <translation>nazwa</translation>
    </message>
    <message>
        <source>description</source>
        <translation>opis</translation>
    </message>
    <message>
        <source>lead-in</source>
        <translation>odliczanie na start</translation>
    </message>
    <message>
        <source>pause between steps</source>
        <translation>przerwa między ćwiczeniami</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>czas trwania</translation>
    </message>
    <message>
        <source>per side</source>
        <translation>na każdą stronę</translation>
    </message>
    <message>
        <source>switch time</source>
        <translation>czas zmiany strony</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>powtórzenia</translation>
    </message>
    <message>
        <source>instructions</source>
        <translation>instrukcje</translation>
    </message>
    <message>
        <source>metronome</source>
        <translation>metronom</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>ilustracja</translation>
    </message>
    <message>
        <source>cue lines</source>
        <translation>wskazówki</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>ćwiczenia</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>zestawie</translation>
    </message>
    <message>
        <source>part</source>
        <translation>części</translation>
    </message>
    <message>
        <source>step</source>
        <translation>ćwiczeniu</translation>
    </message>
    <message>
        <source>Change {0} {1}</source>
        <translation>Zmiana pola „{1}” w {0}</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>Dodawanie części</translation>
    </message>
    <message>
        <source>Remove part</source>
        <translation>Usuwanie części</translation>
    </message>
    <message>
        <source>Move part</source>
        <translation>Przenoszenie części</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Dodawanie ćwiczenia</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Usuwanie ćwiczenia</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Przenoszenie ćwiczenia</translation>
    </message>
</context>
<context>
    <name>EditorDialogs</name>
    <message>
        <source>Unsaved changes</source>
        <extracomment>The runner chose &quot;Skip the rest&quot; in an import preview: drop the files queued behind it. Unsaved changes in the routine named: save, discard or cancel? Move the routine named to the trash? An imported routine&apos;s name is taken: (name, whether replacing is possible). Show what an import brings in; True to go on with it. A new name for a routine (given its current one); None when cancelled. A routine file to import; None when cancelled. Where to export (given a suggested file name); None when cancelled. Replace this existing file (outside the dialog that already asked)? Something failed: (title, message). Shown in the import preview: files waiting behind it (&quot;3 more files to import&quot;).</extracomment>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <source>Save the changes to “{0}”?</source>
        <translation>Zapisać zmiany w „{0}”?</translation>
    </message>
    <message>
        <source>If you don&apos;t, your changes will be lost.</source>
        <translation>Jeśli ich nie zapiszesz, zmiany przepadną.</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Usuń zestaw</translation>
    </message>
    <message>
        <source>Delete “{0}”?</source>
        <translation>Usunąć „{0}”?</translation>
    </message>
    <message>
        <source>It is moved to the trash folder; you can undo this right after.</source>
        <translation>Zostanie przeniesiony do kosza; zaraz potem możesz to cofnąć.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Replace it with the imported one, or keep both (the new one gets a number)?</source>
        <translation>Zastąpić go zaimportowanym czy zachować oba (nowy dostanie numer)?</translation>
    </message>
    <message>
        <source>That one is built in and cannot be replaced; keep both?</source>
        <translation>Ten zestaw jest wbudowany i nie można go zastąpić. Zachować oba?</translation>
    </message>
    <message>
        <source>Name already used</source>
        <translation>Nazwa jest już zajęta</translation>
    </message>
    <message>
        <source>You already have a routine called “{0}”.</source>
        <translation>Masz już zestaw o nazwie „{0}”.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Zastąp</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Zachowaj oba</translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation>Zmień nazwę zestawu</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nowa nazwa:</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importuj zestaw</translation>
    </message>
    <message>
        <source>Warm-up routines (*{0});;All files (*)</source>
        <translation>Zestawy rozgrzewek (*{0});;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Export a routine</source>
        <translation>Eksportuj zestaw</translation>
    </message>
    <message>
        <source>Warm-up routines (*{0})</source>
        <translation>Zestawy rozgrzewek (*{0})</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>Zastąp plik</translation>
    </message>
    <message>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} już istnieje. Zastąpić?</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <source>◀ All routines</source>
        <extracomment>The user wants to go back to the list of routines. Save was pressed (the routine is valid). Try it was pressed: (speed,) - 1.0 or the quick-check speed.</extracomment>
        <translation>◀ Wszystkie zestawy</translation>
    </message>
    <message>
        <source>Back to all routines</source>
        <translation>Wróć do listy zestawów</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Wypróbuj</translation>
    </message>
    <message>
        <source>{0}x speed</source>
        <translation>Szybkość {0}x</translation>
    </message>
    <message>
        <source>Run it ten times faster, for a quick check</source>
        <translation>Uruchom dziesięć razy szybciej, do szybkiego sprawdzenia</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>Dodaj część</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikuj</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Przenieś w górę</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Przenieś w dół</translation>
    </message>
    <message>
        <source>Step to add</source>
        <translation>Ćwiczenie do dodania</translation>
    </message>
    <message>
        <source> (each side)</source>
        <translation> (na każdą stronę)</translation>
    </message>
    <message>
        <source>Blank step</source>
        <translation>Puste ćwiczenie</translation>
    </message>
    <message>
        <source>Ready-made steps with their instructions filled in, or a blank one</source>
        <translation>Gotowe ćwiczenia z wypełnionymi instrukcjami albo puste</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Dodaj ćwiczenie</translation>
    </message>
    <message>
        <source>Add it after the selected step</source>
        <translation>Dodaj je za zaznaczonym ćwiczeniem</translation>
    </message>
    <message>
        <source>Add a part, then add steps to it from the list on the left.</source>
        <translation>Dodaj część, a potem dodaj do niej ćwiczenia z listy po lewej.</translation>
    </message>
    <message>
        <source>Add a step:</source>
        <translation>Dodaj ćwiczenie:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Save to your routines ({0})</source>
        <translation>Zapisz w swoich zestawach ({0})</translation>
    </message>
    <message>
        <source>(unnamed routine)</source>
        <translation>(zestaw bez nazwy)</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>jeszcze nie zapisano</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>niezapisane zmiany</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>zapisano</translation>
    </message>
    <message>
        <source>⚠ shorter than the recommended 15-20 min</source>
        <translation>⚠ krócej niż zalecane 15–20 min</translation>
    </message>
    <message>
        <source>⚠ longer than the recommended 15-20 min</source>
        <translation>⚠ dłużej niż zalecane 15–20 min</translation>
    </message>
    <message>
        <source>✓ within the recommended 15-20 min</source>
        <translation>✓ w zalecanym zakresie 15–20 min</translation>
    </message>
    <message>
        <source>Total {0}  {1}</source>
        <translation>Łącznie {0}  {1}</translation>
    </message>
    <message>
        <source>Save to your routines</source>
        <translation>Zapisz w swoich zestawach</translation>
    </message>
    <message>
        <source>{0} to fix before saving:</source>
        <translation>{0} do poprawienia przed zapisem:</translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problemy</numerusform>
            <numerusform>%n problemów</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… i jeszcze {0}</translation>
    </message>
    <message>
        <source>Fix the problems listed below to save</source>
        <translation>Popraw problemy wymienione poniżej, aby zapisać</translation>
    </message>
    <message>
        <source>Routine {0}</source>
        <translation>Zestaw {0}</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Zestaw</translation>
    </message>
    <message>
        <source>Part {0}</source>
        <translation>Część {0}</translation>
    </message>
    <message>
        <source>, step {0}</source>
        <translation>, ćwiczenie {0}</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nowe ćwiczenie</translation>
    </message>
    <message>
        <source>Part 1</source>
        <translation>Część 1</translation>
    </message>
    <message>
        <source>Duplicate part</source>
        <translation>Duplikowanie części</translation>
    </message>
    <message>
        <source>Duplicate step</source>
        <translation>Duplikowanie ćwiczenia</translation>
    </message>
    <message>
        <source>Undo: {0}</source>
        <translation>Cofnij: {0}</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nie ma czego cofnąć</translation>
    </message>
    <message>
        <source>Redo: {0}</source>
        <translation>Ponów: {0}</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nie ma czego ponowić</translation>
    </message>
</context>
<context>
    <name>FigureView</name>
    <message>
        <source>Figure showing the movement</source>
        <extracomment>Frames per second while animating a quick loop (walk, jog, strides: under 2 s a loop): 12 drawings a jogging stride, as hand animation draws &quot;on twos&quot;. Each frame costs what a bare PySide6 widget pays to show an image under X (measured: 20 frames/s cost 0.95 % of a core). Frames per second for a slow loop (the stretches rock over 4-5 s): fewer repaints. Memory for a figure&apos;s drawn frames (a 260 px lunge loop takes about 11 MB), and as much again for the same frames on the stage&apos;s colour; beyond it, frames are drawn each time.</extracomment>
        <translation>Postać pokazująca ruch</translation>
    </message>
</context>
<context>
    <name>FinishNotifier</name>
    <message>
        <source>Warm-up complete</source>
        <extracomment>A notification went out (``&quot;tray&quot;`` or ``&quot;dbus&quot;``), for the log and for tests.</extracomment>
        <translation>Rozgrzewka zakończona</translation>
    </message>
    <message>
        <source>{0} of warm-up done. Have a good run!</source>
        <translation>Za tobą {0} rozgrzewki. Udanego biegu!</translation>
    </message>
    <message>
        <source>Have a good run!</source>
        <translation>Udanego biegu!</translation>
    </message>
</context>
<context>
    <name>HeavyLegsChart</name>
    <message>
        <source>No self-checks yet. Your heavy-legs score appears here once you take one.</source>
        <extracomment>Self-checks with a warning sign: a red square near the top, never a score.</extracomment>
        <translation>Brak samoocen. Twój wskaźnik ciężkich nóg pojawi się tutaj po pierwszej samoocenie.</translation>
    </message>
    <message>
        <source>Heavy-legs score</source>
        <translation>Wskaźnik ciężkich nóg</translation>
    </message>
    <message>
        <source>Chart of the heavy-legs score over time</source>
        <translation>Wykres wskaźnika ciężkich nóg w czasie</translation>
    </message>
    <message>
        <source>Warning sign: see the result</source>
        <translation>Znak ostrzegawczy: zobacz wynik</translation>
    </message>
    <message>
        <source>Rest day suggested from {score}</source>
        <translation>Od {score} zalecany dzień odpoczynku</translation>
    </message>
    <message numerus="yes">
        <source>%n self-checks; the latest had a warning sign: see its result</source>
        <translation>
            <numerusform>%n samoocena; ostatnia miała znak ostrzegawczy: zobacz jej wynik</numerusform>
            <numerusform>%n samooceny; ostatnia miała znak ostrzegawczy: zobacz jej wynik</numerusform>
            <numerusform>%n samoocen; ostatnia miała znak ostrzegawczy: zobacz jej wynik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n self-checks; latest score {score} of 100</source>
        <translation>
            <numerusform>%n samoocena; ostatni wskaźnik: {score} na 100</numerusform>
            <numerusform>%n samooceny; ostatni wskaźnik: {score} na 100</numerusform>
            <numerusform>%n samoocen; ostatni wskaźnik: {score} na 100</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a warning sign.</source>
        <translation>
            <numerusform>W tym %n ze znakiem ostrzegawczym.</numerusform>
            <numerusform>W tym %n ze znakiem ostrzegawczym.</numerusform>
            <numerusform>W tym %n ze znakiem ostrzegawczym.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <source>days in a row with a warm-up</source>
        <extracomment>Asks before deleting everything; replaced in tests. Asks where to save the CSV file (None: cancelled); replaced in tests.</extracomment>
        <translation>
            <numerusform>dzień z rzędu z rozgrzewką</numerusform>
            <numerusform>dni z rzędu z rozgrzewką</numerusform>
            <numerusform>dni z rzędu z rozgrzewką</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warm-ups this week</source>
        <translation>
            <numerusform>rozgrzewka w tym tygodniu</numerusform>
            <numerusform>rozgrzewki w tym tygodniu</numerusform>
            <numerusform>rozgrzewek w tym tygodniu</numerusform>
        </translation>
    </message>
    <message>
        <source>no self-check yet</source>
        <translation>brak samooceny</translation>
    </message>
    <message>
        <source>History entries, newest first</source>
        <translation>Wpisy historii, od najnowszych</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Eksportuj do CSV…</translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation>&amp;Usuń wpis</translation>
    </message>
    <message>
        <source>C&amp;lear all…</source>
        <translation>Wy&amp;czyść wszystko…</translation>
    </message>
    <message>
        <source>Save every entry as a CSV file</source>
        <translation>Zapisz wszystkie wpisy jako plik CSV</translation>
    </message>
    <message>
        <source>Delete the selected entry (Delete)</source>
        <translation>Usuń zaznaczony wpis (Delete)</translation>
    </message>
    <message>
        <source>Delete every entry, after asking</source>
        <translation>Usuń wszystkie wpisy (z potwierdzeniem)</translation>
    </message>
    <message>
        <source>History is not open yet.</source>
        <translation>Historia nie jest jeszcze otwarta.</translation>
    </message>
    <message>
        <source>warning sign at the last self-check: see the result</source>
        <translation>znak ostrzegawczy przy ostatniej samoocenie: zobacz wynik</translation>
    </message>
    <message>
        <source>heavy-legs score at the last self-check</source>
        <translation>wskaźnik ciężkich nóg przy ostatniej samoocenie</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>Brak wpisów.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n wpis.</numerusform>
            <numerusform>%n wpisy.</numerusform>
            <numerusform>%n wpisów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n entries to {path}</source>
        <translation>
            <numerusform>Zapisano %n wpis do {path}</numerusform>
            <numerusform>Zapisano %n wpisy do {path}</numerusform>
            <numerusform>Zapisano %n wpisów do {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Warm-up: {name}</source>
        <translation>Rozgrzewka: {name}</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>Samoocena</translation>
    </message>
    <message>
        <source>Completed ({total})</source>
        <translation>Ukończona ({total})</translation>
    </message>
    <message>
        <source>Not finished (still running, or the app was closed)</source>
        <translation>Nieukończona (nadal trwa albo aplikację zamknięto)</translation>
    </message>
    <message>
        <source>Skipped to the end</source>
        <translation>Przeskoczono do końca</translation>
    </message>
    <message>
        <source>Stopped at {step}</source>
        <translation>Zatrzymano na: {step}</translation>
    </message>
    <message>
        <source>Stopped before the first step</source>
        <translation>Zatrzymano przed pierwszym ćwiczeniem</translation>
    </message>
    <message>
        <source>warning sign: see the result</source>
        <translation>znak ostrzegawczy: zobacz wynik</translation>
    </message>
    <message>
        <source>heavy-legs score {score}</source>
        <translation>wskaźnik ciężkich nóg {score}</translation>
    </message>
    <message>
        <source>Entry deleted.</source>
        <translation>Wpis usunięty.</translation>
    </message>
    <message>
        <source>History cleared.</source>
        <translation>Historia wyczyszczona.</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>Nie udało się zapisać {path}: {reason}</translation>
    </message>
    <message>
        <source>Clear all history?</source>
        <translation>Wyczyścić całą historię?</translation>
    </message>
    <message>
        <source>Delete every warm-up and self-check from your history? This cannot be undone. Export to CSV first if you want a copy.</source>
        <translation>Usunąć z historii wszystkie rozgrzewki i samooceny? Tego nie da się cofnąć. Jeśli chcesz zachować kopię, najpierw wyeksportuj historię do CSV.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Eksportuj historię</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import a routine</source>
        <translation>Importuj zestaw</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>Plik: {0}</translation>
    </message>
    <message>
        <source>Total: {0}</source>
        <translation>Łącznie: {0}</translation>
    </message>
    <message>
        <source>A routine called “{0}” is already in your library.</source>
        <translation>Zestaw o nazwie „{0}” jest już w twojej bibliotece.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Tego pliku nie można zaimportować</translation>
    </message>
    <message>
        <source>Nothing was saved. What is wrong with it:</source>
        <translation>Nic nie zostało zapisane. Co jest nie tak:</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… i jeszcze {0}</translation>
    </message>
    <message>
        <source>Skip the rest</source>
        <extracomment>The runner chose to skip the files waiting behind this one. Only when files wait behind this one.</extracomment>
        <translation>Pomiń pozostałe</translation>
    </message>
    <message>
        <source>line {0}: </source>
        <translation>wiersz {0}: </translation>
    </message>
</context>
<context>
    <name>ImportQueue</name>
    <message numerus="yes">
        <source>%n more files to import</source>
        <extracomment>Offer this file now (``pathlib.Path``); connect it directly: the next one waits for the slot to return. How many files wait behind the one being offered now (``int``; 0 when none).</extracomment>
        <translation>
            <numerusform>Jeszcze %n plik do zaimportowania</numerusform>
            <numerusform>Jeszcze %n pliki do zaimportowania</numerusform>
            <numerusform>Jeszcze %n plików do zaimportowania</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeepAwake</name>
    <message>
        <source>A warm-up routine is running</source>
        <extracomment>States in which the screen must stay on: the runner is following the countdown.</extracomment>
        <translation>Trwa rozgrzewka</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Routine</source>
        <extracomment>Make a new routine from scratch. Edit a user routine, or make an editable copy of a built-in (``RoutineEntry``). Rename a user routine (``RoutineEntry``). Delete a user routine or a broken user file (``RoutineEntry`` or ``BrokenFile``). Export a routine (``RoutineEntry``). Import a file chosen in a file dialog. Bring back the routine deleted last. The user&apos;s routine folder: only broken files in it can be deleted from here.</extracomment>
        <translation>Zestaw</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Łącznie</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Części</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Zestawy</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nowy zestaw</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edytuj</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Zmień nazwę…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importuj…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Built-in (read-only)</source>
        <translation>Wbudowane (tylko do odczytu)</translation>
    </message>
    <message>
        <source>Your routines</source>
        <translation>Twoje zestawy</translation>
    </message>
    <message>
        <source>None yet: make a new one, or duplicate one above</source>
        <translation>Jeszcze żadnego: utwórz nowy albo zduplikuj któryś z powyższych</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Nie udało się odczytać</translation>
    </message>
    <message>
        <source>broken file</source>
        <translation>uszkodzony plik</translation>
    </message>
    <message>
        <source>⚠ short  {0}</source>
        <translation>⚠ krótki  {0}</translation>
    </message>
    <message>
        <source>⚠ long  {0}</source>
        <translation>⚠ długi  {0}</translation>
    </message>
    <message>
        <source>Outside the recommended 15-20 min</source>
        <translation>Poza zalecanym zakresem 15–20 min</translation>
    </message>
    <message>
        <source>outside 15 to 20 minutes</source>
        <translation>poza zakresem 15–20 minut</translation>
    </message>
    <message>
        <source>Duplicate to edit</source>
        <translation>Duplikuj do edycji</translation>
    </message>
    <message>
        <source>No routine selected</source>
        <translation>Nie wybrano zestawu</translation>
    </message>
    <message>
        <source>This file could not be read:</source>
        <translation>Nie udało się odczytać tego pliku:</translation>
    </message>
    <message>
        <source>line {0}: </source>
        <translation>wiersz {0}: </translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>Plik: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Total {0} (plus a {1} get-ready countdown), %n steps</source>
        <translation>
            <numerusform>Łącznie {0} (plus {1} odliczania na start), %n ćwiczenie</numerusform>
            <numerusform>Łącznie {0} (plus {1} odliczania na start), %n ćwiczenia</numerusform>
            <numerusform>Łącznie {0} (plus {1} odliczania na start), %n ćwiczeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n ćwiczenie</numerusform>
            <numerusform>%n ćwiczenia</numerusform>
            <numerusform>%n ćwiczeń</numerusform>
        </translation>
    </message>
    <message>
        <source>Built in: read-only. Duplicate it to make your own version.</source>
        <translation>Wbudowany: tylko do odczytu. Zduplikuj go, aby zrobić własną wersję.</translation>
    </message>
    <message>
        <source>line {0}</source>
        <translation>wiersz {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Warm-up</source>
        <extracomment>The runner asked for the settings dialog (the app owns the settings and opens it). Routines, Self-check and History now exist (emitted once); the app wires them.</extracomment>
        <translation>Rozgrzewka</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Zestawy</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>Samoocena</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Files to import (drops, other launches), offered one dialog at a time.</extracomment>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Rozgrzewka</translation>
    </message>
    <message>
        <source>&amp;Import routine…</source>
        <translation>&amp;Importuj zestaw…</translation>
    </message>
    <message>
        <source>&amp;Export routine…</source>
        <translation>&amp;Eksportuj zestaw…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Otwórz folder &amp;logów</translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translation>&amp;O programie {0}</translation>
    </message>
</context>
<context>
    <name>OwnSoundImporter</name>
    <message>
        <source>Sounds ({0})</source>
        <translation>Dźwięki ({0})</translation>
    </message>
</context>
<context>
    <name>OwnSounds</name>
    <message>
        <source>The file {name} was not found.</source>
        <translation>Nie znaleziono pliku {name}.</translation>
    </message>
    <message>
        <source>The file {name} could not be opened: {reason}</source>
        <translation>Nie udało się otworzyć pliku {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a file.</source>
        <translation>{name} nie jest plikiem.</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>Plik {name} jest pusty.</translation>
    </message>
    <message>
        <source>The file is {size:.1f} MB; a cue sound can be at most {limit} MB.</source>
        <translation>Plik ma {size:.1f} MB; dźwięk sygnału może mieć najwyżej {limit} MB.</translation>
    </message>
    <message>
        <source>MP3, OGG and FLAC files need ffmpeg, which is not installed. Choose a WAV file, or install ffmpeg.</source>
        <translation>Pliki MP3, OGG i FLAC wymagają programu ffmpeg, który nie jest zainstalowany. Wybierz plik WAV albo zainstaluj ffmpeg.</translation>
    </message>
    <message>
        <source>{name} is not a sound file this app can use. Choose a {kinds} file.</source>
        <translation>{name} nie jest plikiem dźwiękowym, którego ta aplikacja może użyć. Wybierz plik w formacie {kinds}.</translation>
    </message>
    <message>
        <source>{name} is not a WAV file this app can read. It may be damaged, or use a WAV flavour that needs ffmpeg (not installed).</source>
        <translation>{name} nie jest plikiem WAV, który ta aplikacja potrafi odczytać. Może być uszkodzony albo używać odmiany WAV, która wymaga programu ffmpeg (niezainstalowanego).</translation>
    </message>
    <message>
        <source>{name} could not be read as sound. It may be damaged, or not audio.</source>
        <translation>Nie udało się odczytać pliku {name} jako dźwięku. Może być uszkodzony albo nie być plikiem dźwiękowym.</translation>
    </message>
    <message>
        <source>The file contains no sound.</source>
        <translation>Plik nie zawiera dźwięku.</translation>
    </message>
    <message>
        <source>The file is silent.</source>
        <translation>Plik zawiera samą ciszę.</translation>
    </message>
    <message>
        <source>The sound lasts {seconds:.1f} s; a cue sound can be at most {limit:g} s.</source>
        <translation>Dźwięk trwa {seconds:.1f} s; dźwięk sygnału może trwać najwyżej {limit:g} s.</translation>
    </message>
    <message>
        <source>The file {name} could not be used: it {reason}.</source>
        <translation>Nie udało się użyć pliku {name}: {reason}.</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <extracomment>A stored sound is at most MAX_SECONDS of 16-bit mono at SAMPLE_RATE, plus its silent tail.</extracomment>
        <translation>brak pliku</translation>
    </message>
    <message>
        <source>the file {reason}</source>
        <translation>plik: {reason}</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>plik jest uszkodzony</translation>
    </message>
    <message>
        <source>Your sound for “{cue}” can&apos;t be used ({reason}); the built-in sound plays instead.</source>
        <translation>Twojego dźwięku dla sygnału „{cue}” nie można użyć ({reason}); zamiast niego odtwarzany jest dźwięk wbudowany.</translation>
    </message>
</context>
<context>
    <name>PartForm</name>
    <message>
        <source>Part name:</source>
        <translation>Nazwa części:</translation>
    </message>
    <message>
        <source>e.g. Jog</source>
        <translation>np. Trucht</translation>
    </message>
    <message>
        <source>Pause between steps:</source>
        <translation>Przerwa między ćwiczeniami:</translation>
    </message>
    <message>
        <source>Time to move to the next exercise of this part</source>
        <translation>Czas na przejście do następnego ćwiczenia w tej części</translation>
    </message>
    <message>
        <source>Part total:</source>
        <translation>Czas części:</translation>
    </message>
    <message>
        <source>Part {0} of {1}</source>
        <translation>Część {0} z {1}</translation>
    </message>
    <message numerus="yes">
        <source>{0} (%n steps)</source>
        <translation>
            <numerusform>{0} (%n ćwiczenie)</numerusform>
            <numerusform>{0} (%n ćwiczenia)</numerusform>
            <numerusform>{0} (%n ćwiczeń)</numerusform>
        </translation>
    </message>
    <message>
        <source>Steps: {0}</source>
        <translation>Ćwiczenia: {0}</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Whole warm-up</source>
        <extracomment>Skipped stretches as fractions of the bar, (from, to), 0 to 1.</extracomment>
        <translation>Cała rozgrzewka</translation>
    </message>
    <message>
        <source>Whole warm-up progress</source>
        <translation>Postęp całej rozgrzewki</translation>
    </message>
    <message>
        <source>{0} progress</source>
        <translation>Postęp: {0}</translation>
    </message>
    <message>
        <source>{0} {1} / {2}</source>
        <translation>{0} {1} / {2}</translation>
    </message>
    <message>
        <source>{0} done, {1} skipped, {2} left</source>
        <translation>{0} za tobą, {1} pominięto, {2} zostało</translation>
    </message>
    <message>
        <source>{0} done, {1} left</source>
        <translation>{0} za tobą, {1} zostało</translation>
    </message>
</context>
<context>
    <name>RedFlagGate</name>
    <message>
        <source>Any of these?</source>
        <extracomment>Warning signs that stop the flow the moment they are ticked. &quot;Yes, or not sure&quot;: show the check boxes.</extracomment>
        <translation>Czy coś z tego?</translation>
    </message>
    <message>
        <source>&amp;Yes, or not sure: tick which ▼</source>
        <translation>&amp;Tak lub nie wiem: zaznacz które ▼</translation>
    </message>
    <message>
        <source>Yes, or not sure: tick which</source>
        <translation>Tak lub nie wiem: zaznacz które</translation>
    </message>
    <message>
        <source>None of them? Press “No, none of these” below.</source>
        <translation>Żadnego z nich? Naciśnij poniżej „Nie, nic z tego”.</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>Self-check result</source>
        <extracomment>Start today&apos;s warm-up (the routine from :meth:`chosen_entry`). Go back to the questions, answers kept. Clear every answer and begin again.</extracomment>
        <translation>Wynik samooceny</translation>
    </message>
    <message>
        <source>Today&apos;s warm-up</source>
        <translation>Dzisiejsza rozgrzewka</translation>
    </message>
    <message>
        <source>Suggested for today and already ticked: the warm-up below includes them. Untick a change to leave it out.</source>
        <translation>Zalecane na dziś i już zaznaczone: rozgrzewka poniżej je uwzględnia. Odznacz zmianę, aby ją pominąć.</translation>
    </message>
    <message>
        <source>&amp;Start the warm-up</source>
        <translation>&amp;Rozpocznij rozgrzewkę</translation>
    </message>
    <message>
        <source>&amp;Change answers</source>
        <translation>&amp;Zmień odpowiedzi</translation>
    </message>
    <message>
        <source>Start a &amp;new check</source>
        <translation>&amp;Nowa samoocena</translation>
    </message>
    <message>
        <source>Why this result</source>
        <translation>Skąd ten wynik</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Co możesz zrobić</translation>
    </message>
    <message>
        <source>Today: {advice}</source>
        <translation>Dziś: {advice}</translation>
    </message>
    <message>
        <source>Heavy-legs score: {score} of 100. A number to follow over time in your history, not a medical measure.</source>
        <translation>Wskaźnik ciężkich nóg: {score} na 100. Liczba do śledzenia w historii, a nie pomiar medyczny.</translation>
    </message>
    <message>
        <source>&amp;Start the adapted warm-up</source>
        <translation>&amp;Rozpocznij dostosowaną rozgrzewkę</translation>
    </message>
    <message>
        <source>Choose a routine on the Warm-up tab, then come back to start it.</source>
        <translation>Wybierz zestaw na karcie Rozgrzewka, a potem wróć tutaj, aby go rozpocząć.</translation>
    </message>
    <message>
        <source>Routine: {name}, {total}</source>
        <translation>Zestaw: {name}, {total}</translation>
    </message>
    <message>
        <source> (adapted)</source>
        <translation> (dostosowany)</translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <source>e.g. Tempo day warm-up</source>
        <translation>np. Rozgrzewka przed tempem</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Opis:</translation>
    </message>
    <message>
        <source>What this warm-up is for</source>
        <translation>Do czego służy ta rozgrzewka</translation>
    </message>
    <message>
        <source>Get-ready countdown:</source>
        <translation>Odliczanie na start:</translation>
    </message>
    <message>
        <source>Counted down before the first step; not in the total</source>
        <translation>Odliczane przed pierwszym ćwiczeniem; nie wlicza się do sumy</translation>
    </message>
</context>
<context>
    <name>RoutinePicker</name>
    <message>
        <source>Routine</source>
        <extracomment>Combo data of the item for a loaded routine that the library does not list. The runner chose a routine from the list (``RoutineEntry``). The runner asked to go back from an adapted copy to its original.</extracomment>
        <translation>Zestaw</translation>
    </message>
    <message>
        <source>Loading routines…</source>
        <translation>Wczytywanie zestawów…</translation>
    </message>
    <message>
        <source>Adapted for today</source>
        <translation>Dostosowany na dziś</translation>
    </message>
    <message>
        <source>Use the original</source>
        <translation>Użyj oryginału</translation>
    </message>
    <message>
        <source>Go back to the routine as it is saved</source>
        <translation>Wróć do zestawu w zapisanej postaci</translation>
    </message>
    <message>
        <source>Show the list</source>
        <translation>Pokaż listę</translation>
    </message>
    <message>
        <source>Which routine files could not be read, and why</source>
        <translation>Których plików zestawów nie udało się odczytać i dlaczego</translation>
    </message>
    <message>
        <source>Routine:</source>
        <translation>Zestaw:</translation>
    </message>
    <message>
        <source>No routines found.</source>
        <translation>Nie znaleziono zestawów.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n routine files could not be read.</source>
        <translation>
            <numerusform>⚠ Nie udało się odczytać %n pliku zestawu.</numerusform>
            <numerusform>⚠ Nie udało się odczytać %n plików zestawów.</numerusform>
            <numerusform>⚠ Nie udało się odczytać %n plików zestawów.</numerusform>
        </translation>
    </message>
    <message>
        <source> (+{0} more)</source>
        <translation> (i jeszcze {0})</translation>
    </message>
    <message>
        <source>Routine files that could not be read</source>
        <translation>Pliki zestawów, których nie udało się odczytać</translation>
    </message>
</context>
<context>
    <name>RoutinesView</name>
    <message>
        <source>this routine</source>
        <extracomment>The routines on disk changed (``Library``): saved, imported, renamed, deleted, restored. The runner chose to skip the files waiting to be imported after the one shown. Makes the driver of a &quot;Try it&quot; run (tests give one on a fake clock). Makes the view a &quot;Try it&quot; run is shown in (the window gives the Warm-up tab&apos;s view).</extracomment>
        <translation>ten zestaw</translation>
    </message>
    <message>
        <source>My warm-up</source>
        <translation>Moja rozgrzewka</translation>
    </message>
    <message>
        <source>Jog</source>
        <translation>Trucht</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (kopia)</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>Nie można jeszcze zapisać</translation>
    </message>
    <message>
        <source>Fix the marked fields first:
{0}</source>
        <translation>Najpierw popraw zaznaczone pola:
{0}</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Nie udało się zapisać</translation>
    </message>
    <message>
        <source>Could not rename</source>
        <translation>Nie udało się zmienić nazwy</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Nie udało się usunąć</translation>
    </message>
    <message>
        <source>“{0}” was moved to the trash.</source>
        <translation>Przeniesiono „{0}” do kosza.</translation>
    </message>
    <message>
        <source>Could not restore</source>
        <translation>Nie udało się przywrócić</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>Nie udało się zaimportować</translation>
    </message>
    <message>
        <source>Cannot export yet</source>
        <translation>Nie można jeszcze eksportować</translation>
    </message>
    <message>
        <source>Fix the marked fields first.</source>
        <translation>Najpierw popraw zaznaczone pola.</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nie ma czego eksportować</translation>
    </message>
    <message>
        <source>Select a routine first.</source>
        <translation>Najpierw wybierz zestaw.</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Nie udało się wyeksportować</translation>
    </message>
</context>
<context>
    <name>RunTray</name>
    <message>
        <source>Pause</source>
        <extracomment>The runner asked to see the main window (menu item or a click on the icon). The runner chose Quit from the tray menu.</extracomment>
        <translation>Pauza</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Przejdź dalej</translation>
    </message>
    <message>
        <source>Show {0}</source>
        <translation>Pokaż {0}</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>{0}: ready</source>
        <translation>{0}: gotowy</translation>
    </message>
    <message>
        <source>{0}: warm-up complete</source>
        <translation>{0}: rozgrzewka zakończona</translation>
    </message>
    <message>
        <source>Get ready: {0}</source>
        <translation>Przygotuj się: {0}</translation>
    </message>
    <message>
        <source>Switch sides: {0}</source>
        <translation>Zmiana strony: {0}</translation>
    </message>
    <message>
        <source>Next exercise in {0}</source>
        <translation>Następne ćwiczenie za {0}</translation>
    </message>
    <message>
        <source>{0}{1}: {2} left</source>
        <translation>{0}{1}: zostało {2}</translation>
    </message>
    <message>
        <source>Paused. {0}</source>
        <translation>Pauza. {0}</translation>
    </message>
    <message>
        <source>{0} of the warm-up left</source>
        <translation>Do końca rozgrzewki: {0}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <source>◀◀ Back</source>
        <extracomment>Full screen was asked for (F11). The runner counts the warm-up they skipped to the end of as done (history records it). Focus mode went on (a routine runs: only what a runner needs) or off (paused, stopped). How long the controls strip stays after the last mouse move or key press. Asks before stopping a running routine; replaced in tests (no modal dialogs there). Asks before restarting a warm-up under way (R or the button); replaced in tests.</extracomment>
        <translation>◀◀ Wstecz</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Skip ▶▶</source>
        <translation>Dalej ▶▶</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Od nowa</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Count it as done</source>
        <translation>Zalicz jako ukończoną</translation>
    </message>
    <message>
        <source>You skipped to the end: record this warm-up as completed anyway</source>
        <translation>Przeskoczono do końca: mimo to zapisz tę rozgrzewkę jako ukończoną</translation>
    </message>
    <message>
        <source>Back to the start of this step; twice: previous (Left)</source>
        <translation>Na początek tego ćwiczenia; dwa razy: poprzednie (←)</translation>
    </message>
    <message>
        <source>Start, pause or resume (Space)</source>
        <translation>Start, pauza lub wznowienie (Spacja)</translation>
    </message>
    <message>
        <source>Skip to the next step (Right)</source>
        <translation>Przejdź do następnego ćwiczenia (→)</translation>
    </message>
    <message>
        <source>Start the routine again (R)</source>
        <translation>Zacznij zestaw od nowa (R)</translation>
    </message>
    <message>
        <source>Stop the routine (Esc)</source>
        <translation>Zatrzymaj zestaw (Esc)</translation>
    </message>
    <message>
        <source>Start / Pause</source>
        <translation>Start / pauza</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pełny ekran</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Wycisz</translation>
    </message>
    <message>
        <source>Counted as done. Have a good run!</source>
        <translation>Zaliczono jako ukończoną. Udanego biegu!</translation>
    </message>
    <message>
        <source>Restart the warm-up?</source>
        <translation>Zacząć rozgrzewkę od nowa?</translation>
    </message>
    <message>
        <source>Start this warm-up again from the beginning? Your place in it will be lost.</source>
        <translation>Zacząć tę rozgrzewkę od początku? Stracisz miejsce, w którym jesteś.</translation>
    </message>
    <message>
        <source>Stop the warm-up?</source>
        <translation>Zatrzymać rozgrzewkę?</translation>
    </message>
    <message>
        <source>Stop this warm-up? Your place in it will be lost.</source>
        <translation>Zatrzymać tę rozgrzewkę? Stracisz miejsce, w którym jesteś.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauza</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Jeszcze raz</translation>
    </message>
</context>
<context>
    <name>SelfCheckPanel</name>
    <message>
        <source>Health screen</source>
        <extracomment>A result was shown for answers not reported before: (``Report``, ``dict[str, bool]``). A warm-up was started from the result (``RoutineEntry``, possibly an adapted copy).</extracomment>
        <translation>Ankieta zdrowotna</translation>
    </message>
    <message>
        <source>Your legs today</source>
        <translation>Twoje nogi dzisiaj</translation>
    </message>
    <message>
        <source>Tick what applies. Leave the rest unticked.</source>
        <translation>Zaznacz to, co pasuje. Resztę zostaw niezaznaczoną.</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Wstecz</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Dalej ▶</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Zastrzeżenie</translation>
    </message>
    <message>
        <source>You said your legs hurt or that you have poor circulation. Before the result, read every warning sign again and tick any that applies.</source>
        <translation>Zaznaczono, że bolą cię nogi albo że masz słabe krążenie. Zanim zobaczysz wynik, przeczytaj jeszcze raz wszystkie znaki ostrzegawcze i zaznacz każdy, który pasuje.</translation>
    </message>
    <message>
        <source>Before the result: the warning signs again</source>
        <translation>Przed wynikiem: jeszcze raz znaki ostrzegawcze</translation>
    </message>
    <message>
        <source>Step {n} of {count}</source>
        <translation>Krok {n} z {count}</translation>
    </message>
    <message>
        <source>None of these apply: see the &amp;result ▶</source>
        <translation>Nic z tego nie pasuje: zobacz w&amp;ynik ▶</translation>
    </message>
    <message>
        <source>&amp;No, none of these ▶</source>
        <translation>&amp;Nie, nic z tego ▶</translation>
    </message>
    <message>
        <source>See the &amp;result ▶</source>
        <translation>Zobacz w&amp;ynik ▶</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
</context>
<context>
    <name>SessionAudio</name>
    <message>
        <source>The sounds could not be prepared ({0}), so this warm-up shows its cues on screen only.</source>
        <extracomment>Something the runner should know once (no sound output, an own sound replaced).</extracomment>
        <translation>Nie udało się przygotować dźwięków ({0}), więc ta rozgrzewka pokazuje sygnały tylko na ekranie.</translation>
    </message>
    <message>
        <source>The sound folder cannot be written ({0}); the sounds are kept in memory for this session.</source>
        <translation>Nie można zapisywać w folderze dźwięków ({0}); dźwięki są trzymane w pamięci na czas tej sesji.</translation>
    </message>
    <message>
        <source>No voice: {0} Settings → Voice says what to install.</source>
        <translation>Brak głosu: {0} Co zainstalować, znajdziesz w: Ustawienia → Głos.</translation>
    </message>
    <message>
        <source>The sound for “{0}” could not be loaded: {1}</source>
        <translation>Nie udało się wczytać dźwięku dla „{0}”: {1}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings could not be saved to {0}. Changes are used until you quit.</source>
        <extracomment>Far more than any settings file the app writes (about 2 KB); a bigger one is not ours. &quot;Restore defaults&quot; resets it. Window geometry is remembered state, not a preference. How cues are played: &quot;stream&quot; (one open output, every sound at its exact sample) or &quot;effects&quot; (the older QSoundEffect per kind, kept for comparison). Not in the dialog. Play every sound this many milliseconds early, to cancel an output&apos;s delay (Bluetooth). Without a voice for the interface language: English lines in an English voice, or silence. The interface language (a code of i18n/languages.py), &quot;&quot; for the system&apos;s; read at start-up. The version of the first-run disclaimer the runner accepted (0: none yet); see gui/dialogs/disclaimer.py. A preference changed (the key&apos;s name, e.g. ``&quot;sounds/volume&quot;``); read it with ``get``. Saving failed (a message for the runner); the new values stay in use for this run. What was wrong with the file when it was loaded, one message each, for the runner. None while the file is left alone for the session (it could not be read).</extracomment>
        <translation>Nie udało się zapisać ustawień w {0}. Zmiany obowiązują do zamknięcia aplikacji.</translation>
    </message>
    <message>
        <source>Your settings file {0} could not be read ({1}), so the defaults are in use for this session. The file was left as it is, and changes are not saved to it.</source>
        <translation>Nie udało się odczytać pliku ustawień {0} ({1}), więc w tej sesji obowiązują ustawienia domyślne. Plik pozostawiono bez zmian i zmiany nie będą w nim zapisywane.</translation>
    </message>
    <message>
        <source>(it could not be moved aside: {0})</source>
        <translation>(nie udało się go przenieść: {0})</translation>
    </message>
    <message>
        <source>The damaged file was kept as {0}.</source>
        <translation>Uszkodzony plik zachowano jako {0}.</translation>
    </message>
    <message>
        <source>Your settings file could not be read, so the defaults are in use. {0}</source>
        <translation>Nie udało się odczytać pliku ustawień, więc obowiązują ustawienia domyślne. {0}</translation>
    </message>
    <message>
        <source>Some settings had values the app cannot use and were reset: {0}.</source>
        <translation>Niektóre ustawienia miały wartości, których aplikacja nie może użyć, i zostały przywrócone: {0}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>The form&apos;s values were stored (OK or Apply).</extracomment>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>&amp;Sounds</source>
        <extracomment>Shows a problem to the runner; replaced in tests (no modal boxes there). The tap-to-calibrate dialog while it is open. Asks for a sound file; replaced in tests.</extracomment>
        <translation>&amp;Dźwięki</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>&amp;Głos</translation>
    </message>
    <message>
        <source>&amp;Timing</source>
        <translation>&amp;Czas</translation>
    </message>
    <message>
        <source>&amp;Look</source>
        <translation>&amp;Wygląd</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Głośność</translation>
    </message>
    <message>
        <source>Vol&amp;ume:</source>
        <translation>Gł&amp;ośność:</translation>
    </message>
    <message>
        <source>Sound for {0}</source>
        <translation>Dźwięk: {0}</translation>
    </message>
    <message>
        <source>▶ Preview</source>
        <translation>▶ Odsłuchaj</translation>
    </message>
    <message>
        <source>Preview the {0} sound</source>
        <translation>Odsłuchaj dźwięk: {0}</translation>
    </message>
    <message>
        <source>Play this sound now</source>
        <translation>Odtwórz ten dźwięk teraz</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Play sounds early by</source>
        <translation>Wyprzedzenie dźwięków</translation>
    </message>
    <message>
        <source>Bluetooth headphones play sound late, often by 100 to 300 ms. Every cue sound is played this much earlier to make up for it.</source>
        <translation>Słuchawki Bluetooth odtwarzają dźwięk z opóźnieniem, często 100–300 ms. Każdy dźwięk sygnału jest odtwarzany o tyle wcześniej, by to wyrównać.</translation>
    </message>
    <message>
        <source>Play sounds &amp;early by:</source>
        <translation>Wyp&amp;rzedzenie dźwięków:</translation>
    </message>
    <message>
        <source>C&amp;alibrate…</source>
        <translation>&amp;Kalibruj…</translation>
    </message>
    <message>
        <source>Calibrate the sound delay by tapping</source>
        <translation>Skalibruj opóźnienie dźwięku stukaniem</translation>
    </message>
    <message>
        <source>Tap along to a few clicks and the app suggests how early to play sounds.</source>
        <translation>Postukaj do rytmu kilku kliknięć, a aplikacja zasugeruje, o ile wcześniej odtwarzać dźwięki.</translation>
    </message>
    <message>
        <source>Each cue has its own sound, so you know what happened without looking.</source>
        <translation>Każdy sygnał ma własny dźwięk, więc wiesz, co się dzieje, bez patrzenia.</translation>
    </message>
    <message>
        <source>&amp;Say each step&apos;s name and what comes next</source>
        <translation>Czytaj &amp;nazwę każdego ćwiczenia i zapowiadaj następne</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Głos</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Tempo mowy</translation>
    </message>
    <message>
        <source>Much faster</source>
        <translation>Dużo szybciej</translation>
    </message>
    <message>
        <source>&amp;Test voice</source>
        <translation>&amp;Test głosu</translation>
    </message>
    <message>
        <source>Test the voice</source>
        <translation>Wypróbuj głos</translation>
    </message>
    <message>
        <source>V&amp;oice:</source>
        <translation>Gło&amp;s:</translation>
    </message>
    <message>
        <source>Speaking &amp;rate:</source>
        <translation>T&amp;empo mowy:</translation>
    </message>
    <message>
        <source>Speak English</source>
        <translation>Mów po angielsku</translation>
    </message>
    <message>
        <source>No announcements</source>
        <translation>Bez zapowiedzi</translation>
    </message>
    <message>
        <source>Without a voice for your language</source>
        <translation>Bez głosu w twoim języku</translation>
    </message>
    <message>
        <source>Without a voice for your &amp;language:</source>
        <translation>Bez głosu w twoim ję&amp;zyku:</translation>
    </message>
    <message>
        <source>The voice never talks over a countdown. Without a speech engine the app shows the next step on screen only.</source>
        <translation>Głos nigdy nie mówi w trakcie odliczania. Bez syntezatora mowy aplikacja pokazuje następne ćwiczenie tylko na ekranie.</translation>
    </message>
    <message>
        <source>As set in the routine</source>
        <translation>Jak w zestawie</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Get-ready time before the first step</source>
        <translation>Czas na przygotowanie przed pierwszym ćwiczeniem</translation>
    </message>
    <message>
        <source>The lowest value keeps each routine&apos;s own get-ready time.</source>
        <translation>Najniższa wartość zachowuje czas na przygotowanie ustawiony w każdym zestawie.</translation>
    </message>
    <message>
        <source>No countdown</source>
        <translation>Bez odliczania</translation>
    </message>
    <message>
        <source>Countdown beeps before each step</source>
        <translation>Sygnały odliczania przed każdym ćwiczeniem</translation>
    </message>
    <message>
        <source> steps/min</source>
        <translation> kroków/min</translation>
    </message>
    <message>
        <source>Your usual running cadence</source>
        <translation>Twoja zwykła kadencja biegowa</translation>
    </message>
    <message>
        <source>Metronome above your cadence</source>
        <translation>Metronom powyżej twojej kadencji</translation>
    </message>
    <message>
        <source>&amp;Get-ready time:</source>
        <translation>&amp;Przygotowanie:</translation>
    </message>
    <message>
        <source>&amp;Countdown before each step:</source>
        <translation>Odl&amp;iczanie przed ćwiczeniem:</translation>
    </message>
    <message>
        <source>Your usual &amp;cadence:</source>
        <translation>Twoja zwykła k&amp;adencja:</translation>
    </message>
    <message>
        <source>&amp;Metronome above it:</source>
        <translation>&amp;Metronom powyżej niej:</translation>
    </message>
    <message>
        <source>Raise your cadence a little at a time (5 to 10 %). Timing changes apply from the next start.</source>
        <translation>Zwiększaj kadencję stopniowo (o 5–10 %). Zmiany czasów obowiązują od następnego startu.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Jasny</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Ciemny</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Motyw</translation>
    </message>
    <message>
        <source>Start in &amp;full screen</source>
        <translation>&amp;Uruchamiaj na pełnym ekranie</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>Ruchome</translation>
    </message>
    <message>
        <source>Still (no motion)</source>
        <translation>Nieruchome (bez ruchu)</translation>
    </message>
    <message>
        <source>Off (cue lines only)</source>
        <translation>Wyłączone (tylko wskazówki)</translation>
    </message>
    <message>
        <source>Exercise figures</source>
        <translation>Ilustracje ćwiczeń</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>Mot&amp;yw:</translation>
    </message>
    <message>
        <source>&amp;Exercise figures:</source>
        <translation>I&amp;lustracje ćwiczeń:</translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation>Język systemu ({0})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>Restart Warm-up Timer to see the new language.</source>
        <translation>Uruchom ponownie Warm-up Timer, aby zobaczyć nowy język.</translation>
    </message>
    <message>
        <source>Text follows your system&apos;s font size, and a high-contrast system setting gives the timer high-contrast colours.</source>
        <translation>Tekst dopasowuje się do rozmiaru czcionki w systemie, a systemowe ustawienie wysokiego kontrastu daje minutnikowi kolory o wysokim kontraście.</translation>
    </message>
    <message>
        <source>Countdown (3, 2, 1)</source>
        <translation>Odliczanie (3, 2, 1)</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>Połowa</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Zmiana strony</translation>
    </message>
    <message>
        <source>New part</source>
        <translation>Nowa część</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Metronome click</source>
        <translation>Kliknięcie metronomu</translation>
    </message>
    <message>
        <source>This setting could not be saved: {0}</source>
        <translation>Nie udało się zapisać tego ustawienia: {0}</translation>
    </message>
    <message>
        <source>Defaults restored in the form; press OK or Apply to keep them.</source>
        <translation>Ustawienia domyślne przywrócono w formularzu; naciśnij OK lub Zastosuj, aby je zachować.</translation>
    </message>
    <message>
        <source>Built-in sound</source>
        <translation>Dźwięk wbudowany</translation>
    </message>
    <message>
        <source>Own: {0}</source>
        <translation>Własny: {0}</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Wybierz plik…</translation>
    </message>
    <message>
        <source>WAV sounds (*.wav)</source>
        <translation>Dźwięki WAV (*.wav)</translation>
    </message>
    <message>
        <source>Choose a sound for {0}</source>
        <translation>Wybierz dźwięk: {0}</translation>
    </message>
    <message>
        <source>The suggested delay is in the form; press OK or Apply to keep it.</source>
        <translation>Sugerowane opóźnienie jest w formularzu; naciśnij OK lub Zastosuj, aby je zachować.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Domyślny systemowy</translation>
    </message>
    <message>
        <source>{0} (not available)</source>
        <translation>{0} (niedostępny)</translation>
    </message>
    <message>
        <source>Much slower</source>
        <translation>Dużo wolniej</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Wolniej</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normalnie</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Szybciej</translation>
    </message>
    <message>
        <source>Next: Deep lunge stretch, left side</source>
        <translation>Dalej: rozciąganie w wykroku, lewa strona</translation>
    </message>
    <message>
        <source>The metronome clicks {0:.0f} times a minute.</source>
        <translation>Metronom klika {0:.0f} razy na minutę.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>PAUSED</source>
        <translation>PAUZA</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Czas do końca tego ćwiczenia</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Bieżące ćwiczenie</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Strona</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Następne ćwiczenie</translation>
    </message>
    <message>
        <source>Skipped to the end</source>
        <translation>Przeskoczono do końca</translation>
    </message>
    <message>
        <source>Warm-up complete. Have a good run!</source>
        <translation>Rozgrzewka zakończona. Udanego biegu!</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>Dalej: {0}</translation>
    </message>
    <message>
        <source>Next: finish</source>
        <translation>Dalej: koniec</translation>
    </message>
    <message>
        <source>Ready. Press Space to start</source>
        <translation>Gotowe. Naciśnij Spację, aby zacząć</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Paused: </source>
        <translation>Pauza: </translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Przygotuj się</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Zmiana strony</translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation>Zajmij pozycję</translation>
    </message>
    <message>
        <source>Work · {0} · step {1} of {2}</source>
        <translation>Praca · {0} · ćwiczenie {1} z {2}</translation>
    </message>
    <message>
        <source>◀ LEFT {0}</source>
        <translation>◀ LEWA {0}</translation>
    </message>
    <message>
        <source>RIGHT {0} ▶</source>
        <translation>PRAWA {0} ▶</translation>
    </message>
    <message>
        <source>Go!</source>
        <translation>Start!</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>Połowa</translation>
    </message>
    <message>
        <source>Done!</source>
        <translation>Koniec!</translation>
    </message>
</context>
<context>
    <name>StepAnnouncer</name>
    <message>
        <source>Stopped.</source>
        <extracomment>Every message announced, in order (what a screen reader was told).</extracomment>
        <translation>Zatrzymano.</translation>
    </message>
    <message>
        <source>Warm-up complete. Have a good run!</source>
        <translation>Rozgrzewka zakończona. Udanego biegu!</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Pauza.</translation>
    </message>
    <message>
        <source>Get ready, {0}. First: {1}.</source>
        <translation>Przygotuj się, {0}. Na początek: {1}.</translation>
    </message>
    <message>
        <source>Switch sides, {0}. Next: {1}.</source>
        <translation>Zmiana strony, {0}. Dalej: {1}.</translation>
    </message>
    <message>
        <source>Next exercise in {0}: {1}.</source>
        <translation>Następne ćwiczenie za {0}: {1}.</translation>
    </message>
    <message>
        <source>{0}. {1}.</source>
        <translation>{0}. {1}.</translation>
    </message>
    <message>
        <source>Resumed. {0}</source>
        <translation>Wznowiono. {0}</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>Step name:</source>
        <translation>Nazwa ćwiczenia:</translation>
    </message>
    <message>
        <source>e.g. Easy jog</source>
        <translation>np. Lekki trucht</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Czas trwania:</translation>
    </message>
    <message>
        <source>Per side: run it left, then right (duration is per side)</source>
        <translation>Na każdą stronę: najpierw lewa, potem prawa (czas dotyczy jednej strony)</translation>
    </message>
    <message>
        <source>Switch sides:</source>
        <translation>Zmiana strony:</translation>
    </message>
    <message>
        <source>Reps:</source>
        <translation>Powtórzenia:</translation>
    </message>
    <message>
        <source>e.g. 8-10 slow reps each side</source>
        <translation>np. 8–10 powolnych powtórzeń na stronę</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Instrukcje:</translation>
    </message>
    <message>
        <source>How to do it, in a few words</source>
        <translation>Jak to wykonać, w kilku słowach</translation>
    </message>
    <message>
        <source>Metronome: cadence clicks during this step</source>
        <translation>Metronom: kliknięcia kadencji podczas tego ćwiczenia</translation>
    </message>
    <message>
        <source>Step total:</source>
        <translation>Czas ćwiczenia:</translation>
    </message>
    <message>
        <source>No figure</source>
        <translation>Bez ilustracji</translation>
    </message>
    <message>
        <source>Figure:</source>
        <translation>Ilustracja:</translation>
    </message>
    <message>
        <source>Up to 3 short cues, one per line, shown large beside the figure</source>
        <translation>Do 3 krótkich wskazówek, po jednej w wierszu, pokazywanych dużym drukiem obok ilustracji</translation>
    </message>
    <message>
        <source>Cue lines:</source>
        <translation>Wskazówki:</translation>
    </message>
    <message>
        <source>Step {0} of {1} in “{2}”</source>
        <translation>Ćwiczenie {0} z {1} w „{2}”</translation>
    </message>
    <message>
        <source>{0} (left {1}, switch {2}, right {1})</source>
        <translation>{0} (lewa {1}, zmiana {2}, prawa {1})</translation>
    </message>
</context>
<context>
    <name>StreamPlayer</name>
    <message>
        <source>This sound could not be played: %1</source>
        <extracomment>The first retry after a loss comes after Qt&apos;s own reconnect: when the sound server dies, Qt&apos;s PulseAudio backend drops its context and tries again 3 s later; a sink made in between aborts the whole process (libpulse&apos;s assertion in pa_context_get_state). Past that attempt a new sink connects afresh, but only to a server that is there (``sound_server_reachable``). Every sound is placed this long after its time on the monotonic clock. A block may be rendered up to a buffer ahead of being queued behind another buffer, so a cue due at once (the first tick at Start, a &quot;go&quot; after a skip) would land wherever the next block starts; with this margin it lands at its exact sample like every other cue, and all are heard with the same constant delay. An underrun the output reports re-anchors the sounds at once (``FrameClock.gap``); past this, a disagreement with the output&apos;s report does too (a stall, a device change). Less than this is the report&apos;s own noise and shifts (measured up to 50 ms), not what is heard. The sink&apos;s state changed (``QtAudio.State``, ``QtAudio.Error``): rare, never per block. The output went away mid-run (message), or came back (empty message).</extracomment>
        <translation>Nie udało się odtworzyć tego dźwięku: %1</translation>
    </message>
    <message>
        <source>The sound output stopped. Cues are shown on screen; sound resumes when it is back.</source>
        <translation>Wyjście dźwięku przestało działać. Sygnały są pokazywane na ekranie; dźwięk wróci, gdy wyjście znów będzie dostępne.</translation>
    </message>
    <message>
        <source>No sound output was found. Cues will be shown on screen only.</source>
        <translation>Nie znaleziono wyjścia dźwięku. Sygnały będą pokazywane tylko na ekranie.</translation>
    </message>
</context>
<context>
    <name>StructureTree</name>
    <message>
        <source>Parts and steps</source>
        <extracomment>The selected item changed (target). A dragged part should move: (from index, to index counted after taking it out). A dragged step should move: ((part, index), (part, index after taking it out)).</extracomment>
        <translation>Części i ćwiczenia</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>(unnamed part)</source>
        <translation>(część bez nazwy)</translation>
    </message>
    <message>
        <source>  · {0} between steps</source>
        <translation>  · {0} między ćwiczeniami</translation>
    </message>
    <message>
        <source>(unnamed step)</source>
        <translation>(ćwiczenie bez nazwy)</translation>
    </message>
    <message>
        <source>  · each side</source>
        <translation>  · na każdą stronę</translation>
    </message>
    <message>
        <source>has a problem</source>
        <translation>ma problem</translation>
    </message>
</context>
<context>
    <name>SuggestionOffer</name>
    <message>
        <source>Choose a routine on the Warm-up tab to see what would change.</source>
        <extracomment>Results that leave room for a warm-up today. Accepted or not any more.</extracomment>
        <translation>Wybierz zestaw na karcie Rozgrzewka, aby zobaczyć, co by się zmieniło.</translation>
    </message>
    <message>
        <source>This routine has no easy-jog step in its first part, so nothing would change.</source>
        <translation>W pierwszej części tego zestawu nie ma lekkiego truchtu, więc nic by się nie zmieniło.</translation>
    </message>
    <message>
        <source>The metronome is already on for the jog in this routine.</source>
        <translation>Metronom jest już włączony dla truchtu w tym zestawie.</translation>
    </message>
    <message>
        <source>This routine has no easy-jog step, so nothing would change.</source>
        <translation>Ten zestaw nie ma lekkiego truchtu, więc nic by się nie zmieniło.</translation>
    </message>
    <message>
        <source>{step} {before} → {after}; total {total_before} → {total_after}</source>
        <translation>{step} {before} → {after}; łącznie {total_before} → {total_after}</translation>
    </message>
    <message>
        <source>(longer than the recommended 15-20 min)</source>
        <translation>(dłużej niż zalecane 15–20 min)</translation>
    </message>
    <message>
        <source>Metronome on for: {steps}</source>
        <translation>Metronom włączony dla: {steps}</translation>
    </message>
</context>
<context>
    <name>TryRunDialog</name>
    <message>
        <source>Try: {0}</source>
        <extracomment>Makes the trial&apos;s driver for a speed (replaced in tests by one on a fake clock). Builds the view a trial is shown in, around the trial&apos;s own controller.</extracomment>
        <translation>Próba: {0}</translation>
    </message>
    <message>
        <source> ({0}x speed)</source>
        <translation> (szybkość {0}x)</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>speech engine %1 is not installed</source>
        <extracomment>Qt&apos;s test engine: speaks nothing, keeps time. Never chosen on its own. Names the engine for this process: &quot;auto&quot; (the default), &quot;none&quot;, or an engine name. The tests set it to &quot;mock&quot;; a runner can set &quot;none&quot; to keep speech-dispatcher out of the app entirely. espeak-ng (through speech-dispatcher) lists &quot;English (Caribbean)&quot; first for en_US; the country&apos;s own voice is what a runner there expects. The country whose voice a language&apos;s speakers expect when theirs is not listed first. No usable engine (message for the user). Emitted once per engine choice. True when speech starts, False when it ends (or is stopped, or fails).</extracomment>
        <translation>syntezator mowy %1 nie jest zainstalowany</translation>
    </message>
    <message>
        <source>%1 has no voice for %2</source>
        <translation>%1 nie ma głosu dla języka %2</translation>
    </message>
    <message>
        <source>Voice announcements are switched off.</source>
        <translation>Zapowiedzi głosowe są wyłączone.</translation>
    </message>
    <message>
        <source>No speech engine could be started (%1).</source>
        <translation>Nie udało się uruchomić żadnego syntezatora mowy (%1).</translation>
    </message>
    <message>
        <source>No speech engine is installed.</source>
        <translation>Nie zainstalowano żadnego syntezatora mowy.</translation>
    </message>
    <message>
        <source>The speech engine has no voice for {0}.</source>
        <translation>Syntezator mowy nie ma głosu dla języka {0}.</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu, install the speech engine and its voices with:
sudo apt install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng
then restart Warm-up Timer.</source>
        <translation>W Debianie lub Ubuntu zainstaluj syntezator mowy i jego głosy poleceniem:
sudo apt install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng
a potem uruchom ponownie Warm-up Timer.</translation>
    </message>
    <message>
        <source>The speech engine stopped working (%1).</source>
        <translation>Syntezator mowy przestał działać (%1).</translation>
    </message>
</context>
<context>
    <name>VoicePreview</name>
    <message>
        <source>No speech engine is available.</source>
        <translation>Żaden syntezator mowy nie jest dostępny.</translation>
    </message>
    <message>
        <source>The voice {0} is not available now.</source>
        <translation>Głos {0} jest teraz niedostępny.</translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <source>No warm-ups finished yet.</source>
        <translation>Brak ukończonych rozgrzewek.</translation>
    </message>
    <message>
        <source>Warm-ups per week</source>
        <translation>Rozgrzewki w tygodniu</translation>
    </message>
    <message>
        <source>Chart of warm-ups per week</source>
        <translation>Wykres rozgrzewek na tydzień</translation>
    </message>
    <message>
        <source>Warm-ups</source>
        <translation>Rozgrzewki</translation>
    </message>
    <message numerus="yes">
        <source>%n warm-ups this week</source>
        <translation>
            <numerusform>%n rozgrzewka w tym tygodniu</numerusform>
            <numerusform>%n rozgrzewki w tym tygodniu</numerusform>
            <numerusform>%n rozgrzewek w tym tygodniu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>Log folder</source>
        <translation>Folder logów</translation>
    </message>
    <message>
        <source>The log files are in:
{0}</source>
        <translation>Pliki logów są w:
{0}</translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <source>Brisk walk</source>
        <translation>Szybki marsz</translation>
    </message>
    <message>
        <source>Easy jog</source>
        <translation>Lekki trucht</translation>
    </message>
    <message>
        <source>Strides</source>
        <translation>Przebieżki</translation>
    </message>
    <message>
        <source>Walk back</source>
        <translation>Powrót marszem</translation>
    </message>
    <message>
        <source>Deep lunge</source>
        <translation>Głęboki wykrok</translation>
    </message>
    <message>
        <source>Standing quad</source>
        <translation>Czworogłowy na stojąco</translation>
    </message>
    <message>
        <source>Standing adductor</source>
        <translation>Przywodziciele na stojąco</translation>
    </message>
    <message>
        <source>Standing TFL</source>
        <translation>TFL na stojąco</translation>
    </message>
    <message>
        <source>Lying glute</source>
        <translation>Pośladek w leżeniu</translation>
    </message>
    <message>
        <source>Standing calf</source>
        <translation>Łydka na stojąco</translation>
    </message>
    <message>
        <source>side</source>
        <translation>strona</translation>
    </message>
    <message>
        <source>leg forward</source>
        <translation>noga z przodu</translation>
    </message>
    <message>
        <source>heel to buttock</source>
        <translation>pięta do pośladka</translation>
    </message>
    <message>
        <source>knee bends</source>
        <translation>noga ugięta</translation>
    </message>
    <message>
        <source>leg crosses behind</source>
        <translation>noga skrzyżowana z tyłu</translation>
    </message>
    <message>
        <source>ankle across</source>
        <translation>kostka na udzie</translation>
    </message>
    <message>
        <source>leg back</source>
        <translation>noga z tyłu</translation>
    </message>
</context>
<context>
    <name>routine</name>
    <message>
        <source>Pre-run warm-up</source>
        <translation>Rozgrzewka przed biegiem</translation>
    </message>
    <message>
        <source>An easy walk and jog, then six dynamic stretches, each on both sides, before an everyday run.</source>
        <translation>Spokojny marsz i trucht, a potem sześć ćwiczeń rozciągania dynamicznego, każde na obie strony, przed zwykłym biegiem.</translation>
    </message>
    <message>
        <source>Jog</source>
        <translation>Trucht</translation>
    </message>
    <message>
        <source>Brisk walk</source>
        <translation>Szybki marsz</translation>
    </message>
    <message>
        <source>Walk briskly with loose, swinging arms to ease into movement.</source>
        <translation>Idź szybkim krokiem, swobodnie machając rękami, żeby łagodnie wejść w ruch.</translation>
    </message>
    <message>
        <source>Brisk steps, loose swinging arms</source>
        <translation>Szybki krok, luźno pracujące ręce</translation>
    </message>
    <message>
        <source>Easy jog</source>
        <translation>Lekki trucht</translation>
    </message>
    <message>
        <source>Easy, conversational effort (about 3-4 out of 10): you could talk in full sentences. Shoulders relaxed, steps light.</source>
        <translation>Lekki wysiłek, w tempie rozmowy (ok. 3–4 na 10): możesz mówić pełnymi zdaniami. Ramiona rozluźnione, kroki lekkie.</translation>
    </message>
    <message>
        <source>Easy pace: you could still talk</source>
        <translation>Luźne tempo: możesz jeszcze rozmawiać</translation>
    </message>
    <message>
        <source>Shoulders relaxed, steps light</source>
        <translation>Ramiona luźne, kroki lekkie</translation>
    </message>
    <message>
        <source>Dynamic stretches</source>
        <translation>Rozciąganie dynamiczne</translation>
    </message>
    <message>
        <source>Deep lunge stretch</source>
        <translation>Rozciąganie w wykroku</translation>
    </message>
    <message>
        <source>8-10 slow reps each side</source>
        <translation>8–10 powolnych powtórzeń na stronę</translation>
    </message>
    <message>
        <source>Long step forward, front knee over the ankle, back knee down or just off the floor. Tuck your pelvis, squeeze the buttock (glute) of the back leg and rock your hips forward for 2 s, back for 2 s. Start small, widen bit by bit; no bouncing, no pain.</source>
        <translation>Długi krok w przód, przednie kolano nad kostką, tylne kolano na ziemi albo tuż nad nią. Podwiń miednicę, napnij pośladek tylnej nogi i przenoś biodra w przód przez 2 s, w tył przez 2 s. Zacznij od małego zakresu i stopniowo go zwiększaj; bez sprężynowania, bez bólu.</translation>
    </message>
    <message>
        <source>Long step, front knee over ankle</source>
        <translation>Długi krok, kolano nad kostką</translation>
    </message>
    <message>
        <source>Back knee down, pelvis tucked</source>
        <translation>Tylne kolano nisko, miednica podwinięta</translation>
    </message>
    <message>
        <source>Rock hips forward 2 s, back 2 s</source>
        <translation>Biodra w przód 2 s, w tył 2 s</translation>
    </message>
    <message>
        <source>Standing quad stretch</source>
        <translation>Rozciąganie czworogłowego</translation>
    </message>
    <message>
        <source>Hold a support and bring this heel towards your buttock, knees together, thigh pointing down, torso tall without arching. Draw the heel in for 2-3 s, then release. Start gently, widen bit by bit; no bouncing, no pain.</source>
        <translation>Trzymaj się podpory i przyciągnij piętę tej nogi do pośladka: kolana razem, udo skierowane w dół, tułów wyprostowany, bez wyginania pleców. Przyciągaj piętę przez 2–3 s, potem puść. Zacznij delikatnie i stopniowo zwiększaj zakres; bez sprężynowania, bez bólu.</translation>
    </message>
    <message>
        <source>Hold a support, stand tall</source>
        <translation>Trzymaj się podpory, stój prosto</translation>
    </message>
    <message>
        <source>Heel to buttock, knees together</source>
        <translation>Pięta do pośladka, kolana razem</translation>
    </message>
    <message>
        <source>Draw in 2-3 s, then let go</source>
        <translation>Przyciągaj 2–3 s, potem puść</translation>
    </message>
    <message>
        <source>Standing adductor stretch</source>
        <translation>Rozciąganie przywodzicieli</translation>
    </message>
    <message>
        <source>Stretches the adductors, the muscles of the inner thigh. Feet about twice shoulder width apart, chest up. Bend this knee over its toes, other leg straight, and shift your weight across for 2 s, back to the middle for 2 s. Start at half range; no bouncing, no pain.</source>
        <translation>Rozciąga przywodziciele, czyli mięśnie wewnętrznej strony uda. Stopy ok. dwa razy szerzej niż barki, klatka piersiowa wysoko. Ugnij to kolano nad palcami stopy, druga noga prosta, i przenoś ciężar ciała na bok przez 2 s, z powrotem do środka przez 2 s. Zacznij od połowy zakresu; bez sprężynowania, bez bólu.</translation>
    </message>
    <message>
        <source>Wide stance, chest up</source>
        <translation>Szeroki rozkrok, klatka wysoko</translation>
    </message>
    <message>
        <source>Bend this knee over its toes</source>
        <translation>Ugnij to kolano nad palcami</translation>
    </message>
    <message>
        <source>Shift across 2 s, back 2 s</source>
        <translation>Ciężar w bok 2 s, z powrotem 2 s</translation>
    </message>
    <message>
        <source>Standing TFL stretch</source>
        <translation>Rozciąganie TFL</translation>
    </message>
    <message>
        <source>Stretches the TFL, a muscle on the outer hip. Other hand on a wall, cross this leg behind the other. Push this hip out sideways as you lean your upper body away, this arm overhead, for 2 s; come back for 2 s. Widen bit by bit; no bouncing, no pain.</source>
        <translation>Rozciąga TFL (napinacz powięzi szerokiej), mięsień na zewnętrznej stronie biodra. Drugą ręką oprzyj się o ścianę, tę nogę skrzyżuj za drugą. Wypchnij to biodro w bok, odchylając tułów w przeciwną stronę, tę rękę unieś nad głowę, przez 2 s; wróć przez 2 s. Stopniowo zwiększaj zakres; bez sprężynowania, bez bólu.</translation>
    </message>
    <message>
        <source>Cross this leg behind the other</source>
        <translation>Skrzyżuj tę nogę za drugą</translation>
    </message>
    <message>
        <source>Push hip out, lean body away</source>
        <translation>Biodro w bok, tułów w drugą stronę</translation>
    </message>
    <message>
        <source>This arm overhead, hand on wall</source>
        <translation>Ta ręka w górze, druga na ścianie</translation>
    </message>
    <message>
        <source>Lying glute stretch</source>
        <translation>Rozciąganie pośladków</translation>
    </message>
    <message>
        <source>Stretches the glutes, the muscles of the buttock. On your back, rest this ankle across the other thigh and draw that thigh towards your chest for 2 s, ease off for 2 s. Wet ground? Do the same figure-4 standing on one leg, holding a support. No bouncing, no pain.</source>
        <translation>Rozciąga pośladki. Na plecach połóż kostkę tej nogi na drugim udzie i przyciągaj tamto udo do klatki piersiowej przez 2 s, rozluźnij przez 2 s. Mokra ziemia? Zrób tę samą „czwórkę” na stojąco, na jednej nodze, trzymając się podpory. Bez sprężynowania, bez bólu.</translation>
    </message>
    <message>
        <source>On your back, ankle across thigh</source>
        <translation>Na plecach, kostka na udzie</translation>
    </message>
    <message>
        <source>Draw that thigh towards your chest</source>
        <translation>Przyciągaj udo do klatki piersiowej</translation>
    </message>
    <message>
        <source>Wet ground? Same shape, standing</source>
        <translation>Mokro? To samo na stojąco</translation>
    </message>
    <message>
        <source>Standing calf stretch</source>
        <translation>Rozciąganie łydki</translation>
    </message>
    <message>
        <source>Hands on a wall, this leg back, heel down, knee straight: lean in for 2 s, out for 2 s. For the last few reps bend the back knee a little to reach the lower calf. Start gently; no bouncing, no pain.</source>
        <translation>Ręce na ścianie, ta noga z tyłu, pięta na ziemi, kolano proste: pochyl się do ściany przez 2 s, odsuń przez 2 s. W ostatnich kilku powtórzeniach lekko ugnij tylne kolano, by objąć dolną część łydki. Zacznij delikatnie; bez sprężynowania, bez bólu.</translation>
    </message>
    <message>
        <source>Hands on wall, this leg back</source>
        <translation>Ręce na ścianie, ta noga z tyłu</translation>
    </message>
    <message>
        <source>Heel down, knee straight, lean in</source>
        <translation>Pięta w dół, kolano proste, pochyl się</translation>
    </message>
    <message>
        <source>Last reps: bend the back knee</source>
        <translation>Na koniec: ugnij tylne kolano</translation>
    </message>
    <message>
        <source>Quick warm-up</source>
        <translation>Szybka rozgrzewka</translation>
    </message>
    <message>
        <source>A shorter jog and the same six dynamic stretches, for days when time is tight.</source>
        <translation>Krótszy trucht i te same sześć ćwiczeń rozciągania dynamicznego, na dni, gdy brakuje czasu.</translation>
    </message>
    <message>
        <source>6-8 slow reps each side</source>
        <translation>6–8 powolnych powtórzeń na stronę</translation>
    </message>
    <message>
        <source>Race-day warm-up</source>
        <translation>Rozgrzewka startowa</translation>
    </message>
    <message>
        <source>Walk, easy jog and six dynamic stretches, finishing with four relaxed strides before the start.</source>
        <translation>Marsz, lekki trucht i sześć ćwiczeń rozciągania dynamicznego, a na koniec cztery swobodne przebieżki przed startem.</translation>
    </message>
    <message>
        <source>8 slow reps each side</source>
        <translation>8 powolnych powtórzeń na stronę</translation>
    </message>
    <message>
        <source>Strides</source>
        <translation>Przebieżki</translation>
    </message>
    <message>
        <source>Stride 1 of 4</source>
        <translation>Przebieżka 1 z 4</translation>
    </message>
    <message>
        <source>Build smoothly to a quick, relaxed pace, not a sprint. Run tall, arms loose, then ease off.</source>
        <translation>Płynnie przyspiesz do szybkiego, swobodnego tempa, nie do sprintu. Biegnij z wyprostowaną sylwetką, ręce luźne, potem zwolnij.</translation>
    </message>
    <message>
        <source>Build to quick and relaxed, no sprint</source>
        <translation>Przyspiesz swobodnie, bez sprintu</translation>
    </message>
    <message>
        <source>Run tall, arms loose</source>
        <translation>Sylwetka prosta, ręce luźne</translation>
    </message>
    <message>
        <source>Walk back</source>
        <translation>Powrót marszem</translation>
    </message>
    <message>
        <source>Walk back easily and let your breathing settle.</source>
        <translation>Wróć spokojnym marszem i uspokój oddech.</translation>
    </message>
    <message>
        <source>Easy walk, let your breathing settle</source>
        <translation>Spokojny marsz, uspokój oddech</translation>
    </message>
    <message>
        <source>Stride 2 of 4</source>
        <translation>Przebieżka 2 z 4</translation>
    </message>
    <message>
        <source>Stride 3 of 4</source>
        <translation>Przebieżka 3 z 4</translation>
    </message>
    <message>
        <source>Stride 4 of 4</source>
        <translation>Przebieżka 4 z 4</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Przebieżka</translation>
    </message>
</context>
<context>
    <name>selfcheck</name>
    <message>
        <source>Warning signs</source>
        <translation>Znaki ostrzegawcze</translation>
    </message>
    <message>
        <source>Answer these first. A yes to any of them comes before everything else in the result.</source>
        <translation>Odpowiedz na nie najpierw. Odpowiedź „tak” na którekolwiek z nich ma w wyniku pierwszeństwo przed wszystkim innym.</translation>
    </message>
    <message>
        <source>Health screen</source>
        <translation>Ankieta zdrowotna</translation>
    </message>
    <message>
        <source>Questions to answer before starting or stepping up an exercise routine.</source>
        <translation>Pytania do odpowiedzi przed rozpoczęciem lub zwiększeniem intensywności ćwiczeń.</translation>
    </message>
    <message>
        <source>How your legs feel</source>
        <translation>Jak czują się twoje nogi</translation>
    </message>
    <message>
        <source>Tick what you feel today.</source>
        <translation>Zaznacz, co dziś czujesz.</translation>
    </message>
    <message>
        <source>What might be adding to it</source>
        <translation>Co może się do tego przyczyniać</translation>
    </message>
    <message>
        <source>Tick anything that applies to you at the moment.</source>
        <translation>Zaznacz wszystko, co obecnie cię dotyczy.</translation>
    </message>
    <message>
        <source>Do you have chest pain, pressure or tightness, perhaps spreading to your arm, jaw or neck?</source>
        <translation>Czy masz ból, ucisk lub ściskanie w klatce piersiowej, być może promieniujące do ręki, żuchwy lub szyi?</translation>
    </message>
    <message>
        <source>Chest pain, pressure or tightness can come from the heart and needs emergency help.</source>
        <translation>Ból, ucisk lub ściskanie w klatce piersiowej mogą pochodzić z serca i wymagają natychmiastowej pomocy medycznej.</translation>
    </message>
    <message>
        <source>Did you suddenly become short of breath, get a sharp pain in your chest each time you breathe in, or cough up blood?</source>
        <translation>Czy pojawiła się nagle duszność, ostry ból w klatce piersiowej przy każdym wdechu albo odkrztuszanie krwi?</translation>
    </message>
    <message>
        <source>Sudden breathlessness, sharp chest pain on breathing in or coughing up blood can mean a clot in the lungs and needs emergency help.</source>
        <translation>Nagła duszność, ostry ból w klatce piersiowej przy wdechu lub odkrztuszanie krwi mogą oznaczać zakrzep w płucach i wymagają natychmiastowej pomocy medycznej.</translation>
    </message>
    <message>
        <source>A side stitch (a cramp low in the side that eases when you slow down) is not this.</source>
        <translation>Kolka (skurcz nisko w boku, który mija, gdy zwolnisz) to nie to.</translation>
    </message>
    <message>
        <source>Did you faint, or nearly faint, during or just after exercise today?</source>
        <translation>Czy dziś w trakcie wysiłku lub tuż po nim doszło u ciebie do omdlenia lub prawie do omdlenia?</translation>
    </message>
    <message>
        <source>Fainting or nearly fainting during or just after exercise needs emergency help.</source>
        <translation>Omdlenie lub stan bliski omdlenia w trakcie wysiłku lub tuż po nim wymaga natychmiastowej pomocy medycznej.</translation>
    </message>
    <message>
        <source>Is your heartbeat racing or irregular, and not settling when you stop?</source>
        <translation>Czy serce bije ci bardzo szybko lub nierówno i nie uspokaja się, gdy przestajesz ćwiczyć?</translation>
    </message>
    <message>
        <source>A racing or irregular heartbeat that does not settle needs emergency help.</source>
        <translation>Bardzo szybkie lub nierówne bicie serca, które się nie uspokaja, wymaga natychmiastowej pomocy medycznej.</translation>
    </message>
    <message>
        <source>Do you have sudden numbness or weakness on one side of your body, a drooping face, or trouble speaking?</source>
        <translation>Czy masz nagłe drętwienie lub osłabienie jednej strony ciała, opadanie połowy twarzy albo trudności z mówieniem?</translation>
    </message>
    <message>
        <source>Sudden numbness or weakness on one side, a drooping face or trouble speaking can be a stroke and needs emergency help.</source>
        <translation>Nagłe drętwienie lub osłabienie jednej strony ciała, opadanie połowy twarzy lub trudności z mówieniem mogą oznaczać udar mózgu i wymagają natychmiastowej pomocy medycznej.</translation>
    </message>
    <message>
        <source>In the heat, are you confused, or have you collapsed or been vomiting?</source>
        <translation>Czy w upale pojawiło się splątanie, zasłabnięcie lub wymioty?</translation>
    </message>
    <message>
        <source>Confusion or collapse in the heat can be heatstroke and needs emergency help. Get into the shade and cool down while you wait.</source>
        <translation>Splątanie lub zasłabnięcie w upale mogą oznaczać udar cieplny i wymagają natychmiastowej pomocy medycznej. Czekając na pomoc, przejdź w cień i schładzaj ciało.</translation>
    </message>
    <message>
        <source>The skin is usually hot, and may be sweaty or dry: confusion or collapse is the sign that matters.</source>
        <translation>Skóra jest zwykle gorąca, może być spocona albo sucha: liczy się splątanie lub zasłabnięcie.</translation>
    </message>
    <message>
        <source>In one leg only: is the calf or thigh swollen, throbbing or cramping, or is the skin warm, red or darker than usual?</source>
        <translation>Tylko w jednej nodze: czy łydka lub udo są obrzęknięte, czy występuje w nich pulsujący lub kurczowy ból, albo czy skóra jest ciepła, zaczerwieniona lub ciemniejsza niż zwykle?</translation>
    </message>
    <message>
        <source>Swelling, throbbing pain or warm, red or darker skin in one leg can be a blood clot (deep-vein thrombosis). Do not massage the leg.</source>
        <translation>Obrzęk, pulsujący ból albo ciepła, zaczerwieniona lub ciemniejsza skóra jednej nogi mogą oznaczać zakrzep (zakrzepicę żył głębokich). Nie masuj tej nogi.</translation>
    </message>
    <message>
        <source>More likely after a long journey, surgery, being laid up, the contraceptive pill or HRT, or during pregnancy.</source>
        <translation>Ryzyko jest większe po długiej podróży, operacji, długim unieruchomieniu, przy stosowaniu tabletek antykoncepcyjnych lub hormonalnej terapii zastępczej (HTZ) albo w ciąży.</translation>
    </message>
    <message>
        <source>After hard exercise, is your urine dark like cola or tea, or is there very little of it, with severe muscle pain or weakness?</source>
        <translation>Czy po ciężkim wysiłku mocz jest ciemny jak cola lub herbata albo jest go bardzo mało, a do tego występuje silny ból lub osłabienie mięśni?</translation>
    </message>
    <message>
        <source>Dark or scanty urine with severe muscle pain or weakness after hard exercise can mean muscle breakdown (rhabdomyolysis), which can harm the kidneys.</source>
        <translation>Ciemny lub skąpy mocz z silnym bólem lub osłabieniem mięśni po ciężkim wysiłku może oznaczać rozpad mięśni (rabdomiolizę), który może uszkodzić nerki.</translation>
    </message>
    <message>
        <source>Has a leg suddenly turned cold, pale or numb, or become very painful?</source>
        <translation>Czy noga nagle stała się zimna, blada, zdrętwiała lub bardzo bolesna?</translation>
    </message>
    <message>
        <source>A leg that suddenly turns cold, pale, numb or very painful may have lost its blood supply: go to an emergency department now.</source>
        <translation>Noga, która nagle staje się zimna, blada, zdrętwiała lub bardzo bolesna, mogła stracić dopływ krwi: natychmiast udaj się na szpitalny oddział ratunkowy (SOR).</translation>
    </message>
    <message>
        <source>Are you unable to put weight on your leg?</source>
        <translation>Czy nie możesz obciążyć nogi (stanąć na niej)?</translation>
    </message>
    <message>
        <source>Not being able to put weight on a leg needs checking today, for example for a fracture.</source>
        <translation>Niemożność obciążenia nogi wymaga zbadania jeszcze dziś, na przykład pod kątem złamania.</translation>
    </message>
    <message>
        <source>Do you have leg pain together with a fever, or redness that is spreading?</source>
        <translation>Czy ból nogi występuje razem z gorączką albo szerzącym się zaczerwienieniem?</translation>
    </message>
    <message>
        <source>Leg pain with a fever or spreading redness can be an infection.</source>
        <translation>Ból nogi z gorączką lub szerzącym się zaczerwienieniem może oznaczać zakażenie.</translation>
    </message>
    <message>
        <source>Does leg pain come on at about the same time or distance in each run?</source>
        <translation>Czy ból nogi pojawia się w każdym biegu mniej więcej w tym samym czasie lub na tym samym dystansie?</translation>
    </message>
    <message>
        <source>Pain that starts at a predictable point in a run can be pressure building up inside a muscle (exertional compartment syndrome).</source>
        <translation>Ból, który pojawia się w przewidywalnym momencie biegu, może wynikać z narastania ciśnienia wewnątrz mięśnia (wysiłkowy zespół ciasnoty przedziałów powięziowych).</translation>
    </message>
    <message>
        <source>It often eases 10 to 20 minutes after you stop.</source>
        <translation>Często ustępuje 10–20 minut po zatrzymaniu się.</translation>
    </message>
    <message>
        <source>While you run, does a muscle in your leg become tight or burning, or your foot go numb, until you have to slow down or stop?</source>
        <translation>Czy podczas biegu mięsień nogi sztywnieje lub pali albo drętwieje ci stopa, aż musisz zwolnić lub się zatrzymać?</translation>
    </message>
    <message>
        <source>A muscle that becomes tight or burning during runs, or a foot that goes numb, can be pressure building up inside the muscle (exertional compartment syndrome).</source>
        <translation>Mięsień, który podczas biegu sztywnieje lub pali, albo drętwiejąca stopa mogą wynikać z narastania ciśnienia wewnątrz mięśnia (wysiłkowy zespół ciasnoty przedziałów powięziowych).</translation>
    </message>
    <message>
        <source>Do you get cramping in your calf, thigh or buttock that reliably comes on when you walk and eases when you rest?</source>
        <translation>Czy masz skurczowy ból łydki, uda lub pośladka, który regularnie pojawia się podczas chodzenia i mija w spoczynku?</translation>
    </message>
    <message>
        <source>Cramping that comes on with walking and eases with rest can mean narrowed leg arteries (claudication).</source>
        <translation>Skurczowy ból, który pojawia się przy chodzeniu i mija w spoczynku, może oznaczać zwężenie tętnic nóg (chromanie przestankowe).</translation>
    </message>
    <message>
        <source>This matters more if you are over 50, smoke, or have diabetes, high blood pressure or high cholesterol.</source>
        <translation>Ma to większe znaczenie, jeśli masz ponad 50 lat, palisz albo chorujesz na cukrzycę, nadciśnienie lub masz wysoki cholesterol.</translation>
    </message>
    <message>
        <source>Is there a spot on a bone that hurts when you press on it?</source>
        <translation>Czy jest na kości miejsce, które boli przy ucisku?</translation>
    </message>
    <message>
        <source>A spot on a bone that hurts when pressed can be a bone stress injury.</source>
        <translation>Miejsce na kości bolesne przy ucisku może oznaczać przeciążeniowe uszkodzenie kości.</translation>
    </message>
    <message>
        <source>Does a pain in your leg or foot get worse with every run?</source>
        <translation>Czy ból nogi lub stopy nasila się z każdym biegiem?</translation>
    </message>
    <message>
        <source>Pain that builds run after run can be a bone stress injury.</source>
        <translation>Ból narastający z biegu na bieg może oznaczać przeciążeniowe uszkodzenie kości.</translation>
    </message>
    <message>
        <source>Does your leg or foot hurt at rest or at night?</source>
        <translation>Czy noga lub stopa boli cię w spoczynku albo w nocy?</translation>
    </message>
    <message>
        <source>Pain at rest or at night can be a bone stress injury.</source>
        <translation>Ból w spoczynku lub w nocy może oznaczać przeciążeniowe uszkodzenie kości.</translation>
    </message>
    <message>
        <source>Did you feel a sharp or sudden pain, are you limping, or has the pain lasted more than 1 to 2 weeks?</source>
        <translation>Czy ból był ostry lub nagły, czy utykasz albo czy ból trwa dłużej niż 1–2 tygodnie?</translation>
    </message>
    <message>
        <source>Sharp or sudden pain, a limp, or pain lasting more than 1 to 2 weeks is more than ordinary soreness.</source>
        <translation>Ostry lub nagły ból, utykanie albo ból trwający dłużej niż 1–2 tygodnie to coś więcej niż zwykła bolesność mięśni.</translation>
    </message>
    <message>
        <source>Ordinary soreness after a run is worst 1 to 2 days later and fades within a few days.</source>
        <translation>Zwykła bolesność po biegu jest najsilniejsza po 1–2 dniach i mija w ciągu kilku dni.</translation>
    </message>
    <message>
        <source>Do you have numbness or tingling in your leg or foot?</source>
        <translation>Czy masz drętwienie lub mrowienie w nodze lub stopie?</translation>
    </message>
    <message>
        <source>Numbness or tingling in the leg or foot can come from a nerve or the blood supply.</source>
        <translation>Drętwienie lub mrowienie nogi lub stopy może mieć związek z nerwem albo z ukrwieniem.</translation>
    </message>
    <message>
        <source>Do you have back pain that shoots down your leg?</source>
        <translation>Czy masz ból pleców promieniujący do nogi?</translation>
    </message>
    <message>
        <source>Back pain that shoots down the leg can come from an irritated nerve.</source>
        <translation>Ból pleców promieniujący do nogi może pochodzić od podrażnionego nerwu.</translation>
    </message>
    <message>
        <source>Have your legs felt heavy for more than 2 to 3 weeks, even with rest?</source>
        <translation>Czy nogi są ciężkie od ponad 2–3 tygodni, mimo odpoczynku?</translation>
    </message>
    <message>
        <source>Heavy legs for weeks despite rest need a doctor&apos;s check. Ask about blood tests, including haemoglobin and ferritin.</source>
        <translation>Ciężkie nogi przez kilka tygodni mimo odpoczynku wymagają kontroli u lekarza. Zapytaj o badania krwi, w tym hemoglobinę i ferrytynę.</translation>
    </message>
    <message>
        <source>Tell the doctor too about any unusual tiredness, breathlessness, paleness, missed periods, or repeated illness or injury.</source>
        <translation>Powiedz lekarzowi także o nietypowym zmęczeniu, duszności, bladości, braku miesiączek albo powtarzających się chorobach lub urazach.</translation>
    </message>
    <message>
        <source>Have both your ankles or legs recently started to swell?</source>
        <translation>Czy niedawno zaczęły ci puchnąć obie kostki lub obie nogi?</translation>
    </message>
    <message>
        <source>New swelling of both ankles or legs can come from the heart, kidneys or veins.</source>
        <translation>Nowy obrzęk obu kostek lub nóg może mieć przyczynę w sercu, nerkach lub żyłach.</translation>
    </message>
    <message>
        <source>Has a doctor ever told you that you have a heart condition?</source>
        <translation>Czy lekarz kiedykolwiek stwierdził u ciebie chorobę serca?</translation>
    </message>
    <message>
        <source>You said a doctor has told you that you have a heart condition.</source>
        <translation>Zaznaczasz, że lekarz stwierdził u ciebie chorobę serca.</translation>
    </message>
    <message>
        <source>Do you get chest pain when you are active, or have you had chest pain at rest in the past month?</source>
        <translation>Czy odczuwasz ból w klatce piersiowej podczas aktywności albo czy w ciągu ostatniego miesiąca zdarzył ci się ból w klatce piersiowej w spoczynku?</translation>
    </message>
    <message>
        <source>You said you get chest pain when active, or have had it at rest recently.</source>
        <translation>Zaznaczasz, że odczuwasz ból w klatce piersiowej podczas aktywności albo niedawno zdarzył ci się w spoczynku.</translation>
    </message>
    <message>
        <source>Do you lose your balance because of dizziness, or have you blacked out in the last 12 months?</source>
        <translation>Czy tracisz równowagę z powodu zawrotów głowy albo czy w ciągu ostatnich 12 miesięcy zdarzyła ci się utrata przytomności?</translation>
    </message>
    <message>
        <source>You said you get dizzy enough to lose your balance, or have blacked out in the last year.</source>
        <translation>Zaznaczasz, że zawroty głowy powodują u ciebie utratę równowagi albo że w ciągu ostatniego roku zdarzyła ci się utrata przytomności.</translation>
    </message>
    <message>
        <source>Do you have a bone or joint problem that more activity could make worse?</source>
        <translation>Czy masz problem z kośćmi lub stawami, który większa aktywność mogłaby pogorszyć?</translation>
    </message>
    <message>
        <source>You said you have a bone or joint problem that more activity could make worse.</source>
        <translation>Zaznaczasz, że masz problem z kośćmi lub stawami, który większa aktywność mogłaby pogorszyć.</translation>
    </message>
    <message>
        <source>Do you take medicine for your blood pressure or a heart condition?</source>
        <translation>Czy przyjmujesz leki na ciśnienie krwi lub chorobę serca?</translation>
    </message>
    <message>
        <source>You said you take medicine for your blood pressure or heart.</source>
        <translation>Zaznaczasz, że przyjmujesz leki na ciśnienie lub serce.</translation>
    </message>
    <message>
        <source>Are you pregnant?</source>
        <translation>Czy jesteś w ciąży?</translation>
    </message>
    <message>
        <source>You said you are pregnant: check with your doctor or midwife about running.</source>
        <translation>Zaznaczasz, że jesteś w ciąży: skonsultuj bieganie z lekarzem lub położną.</translation>
    </message>
    <message>
        <source>Do you know of any other reason why you should not be physically active?</source>
        <translation>Czy znasz jakikolwiek inny powód, dla którego aktywność fizyczna może być dla ciebie niewskazana?</translation>
    </message>
    <message>
        <source>You said you know of another reason not to be physically active.</source>
        <translation>Zaznaczasz, że znasz inny powód, dla którego aktywność fizyczna może być dla ciebie niewskazana.</translation>
    </message>
    <message>
        <source>If you answered yes to a health-screen question: since that began, has a doctor checked you and cleared you for the kind of running you plan?</source>
        <translation>Jeśli na którekolwiek pytanie ankiety zdrowotnej odpowiedź brzmi „tak”: czy od czasu, gdy to się zaczęło, lekarz cię zbadał i wyraził zgodę na takie bieganie, jakie planujesz?</translation>
    </message>
    <message>
        <source>You said a doctor has cleared you, since your condition began, for the running you plan. Keep to what they cleared you for.</source>
        <translation>Zaznaczasz, że od początku twojego problemu zdrowotnego lekarz wyraził zgodę na bieganie, jakie planujesz. Trzymaj się tego, na co lekarz się zgodził.</translation>
    </message>
    <message>
        <source>A clearance never covers chest pain, dizziness or blackouts, or anything that is new or worse since the doctor saw you.</source>
        <translation>Zgoda lekarza nigdy nie obejmuje bólu w klatce piersiowej, zawrotów głowy ani utraty przytomności, ani niczego, co pojawiło się lub nasiliło od wizyty u lekarza.</translation>
    </message>
    <message>
        <source>Do your legs feel heavy, as if you were carrying extra weight?</source>
        <translation>Czy nogi są ciężkie, jakby dźwigały dodatkowy ciężar?</translation>
    </message>
    <message>
        <source>Your legs feel heavy.</source>
        <translation>Masz ciężkie nogi.</translation>
    </message>
    <message>
        <source>Are your legs tired and sore?</source>
        <translation>Czy nogi są zmęczone i obolałe?</translation>
    </message>
    <message>
        <source>Your legs are tired and sore.</source>
        <translation>Masz zmęczone i obolałe nogi.</translation>
    </message>
    <message>
        <source>Are your legs stiff?</source>
        <translation>Czy nogi są sztywne?</translation>
    </message>
    <message>
        <source>Your legs are stiff.</source>
        <translation>Masz sztywne nogi.</translation>
    </message>
    <message>
        <source>Do your legs hurt (real pain, not just tiredness or stiffness)?</source>
        <translation>Czy nogi bolą (prawdziwy ból, a nie tylko zmęczenie lub sztywność)?</translation>
    </message>
    <message>
        <source>You have leg pain.</source>
        <translation>Bolą cię nogi.</translation>
    </message>
    <message>
        <source>Have you recently run more, faster or harder than you are used to?</source>
        <translation>Czy ostatnio biegasz więcej, szybciej lub intensywniej niż zwykle?</translation>
    </message>
    <message>
        <source>You have been training more or harder than usual.</source>
        <translation>Trenujesz więcej lub intensywniej niż zwykle.</translation>
    </message>
    <message>
        <source>Have you gone a week or more without an easy day or a rest day?</source>
        <translation>Czy od tygodnia lub dłużej nie masz lżejszego dnia ani dnia odpoczynku?</translation>
    </message>
    <message>
        <source>You have had no easy or rest days lately.</source>
        <translation>Ostatnio nie masz lżejszych dni ani dni odpoczynku.</translation>
    </message>
    <message>
        <source>Did you do heavy leg strength training in the last day or two?</source>
        <translation>Czy w ciągu ostatniego dnia lub dwóch masz za sobą ciężki trening siłowy nóg?</translation>
    </message>
    <message>
        <source>You did heavy leg strength training in the last day or two.</source>
        <translation>Masz za sobą ciężki trening siłowy nóg w ciągu ostatniego dnia lub dwóch.</translation>
    </message>
    <message>
        <source>Have you been sleeping less than 7 hours a night, or did you have a bad night?</source>
        <translation>Czy śpisz krócej niż 7 godzin na dobę albo czy masz za sobą złą noc?</translation>
    </message>
    <message>
        <source>You have been short of sleep.</source>
        <translation>Brakuje ci snu.</translation>
    </message>
    <message>
        <source>Are you following a low-carbohydrate diet?</source>
        <translation>Czy jesteś na diecie niskowęglowodanowej?</translation>
    </message>
    <message>
        <source>You are on a low-carbohydrate diet.</source>
        <translation>Jesteś na diecie niskowęglowodanowej.</translation>
    </message>
    <message>
        <source>Do you often run on an empty stomach, or eat less than your training needs?</source>
        <translation>Czy często biegasz na czczo albo jesz mniej, niż wymaga twój trening?</translation>
    </message>
    <message>
        <source>You may be eating less than your training needs.</source>
        <translation>Być może jesz mniej, niż wymaga twój trening.</translation>
    </message>
    <message>
        <source>Have your periods stopped or become irregular?</source>
        <translation>Czy miesiączki ustały lub stały się nieregularne?</translation>
    </message>
    <message>
        <source>Your periods have stopped or become irregular.</source>
        <translation>Miesiączki ustały lub stały się nieregularne.</translation>
    </message>
    <message>
        <source>Have you had two or more stress fractures or other bone injuries?</source>
        <translation>Czy masz za sobą dwa lub więcej złamań zmęczeniowych lub innych urazów kości?</translation>
    </message>
    <message>
        <source>You have had two or more stress fractures or bone injuries.</source>
        <translation>Masz za sobą dwa lub więcej złamań zmęczeniowych lub urazów kości.</translation>
    </message>
    <message>
        <source>Are you thirsty, or have you had little to drink today?</source>
        <translation>Czy chce ci się pić albo czy dziś mało pijesz?</translation>
    </message>
    <message>
        <source>You may be short of fluids.</source>
        <translation>Być może brakuje ci płynów.</translation>
    </message>
    <message>
        <source>Do you know or suspect that your iron is low (for example a past low result, or heavy periods)?</source>
        <translation>Czy wiesz lub podejrzewasz, że masz niski poziom żelaza (np. wcześniejszy niski wynik badania albo obfite miesiączki)?</translation>
    </message>
    <message>
        <source>You know or suspect that your iron is low.</source>
        <translation>Wiesz lub podejrzewasz, że masz niski poziom żelaza.</translation>
    </message>
    <message>
        <source>Do you take long strides with your foot landing well ahead of your body, or take few steps per minute?</source>
        <translation>Czy stawiasz długie kroki, lądując stopą daleko przed ciałem, albo robisz mało kroków na minutę?</translation>
    </message>
    <message>
        <source>You may be overstriding or taking few steps per minute.</source>
        <translation>Być może stawiasz za długie kroki albo robisz mało kroków na minutę.</translation>
    </message>
    <message>
        <source>Do you land on your heel?</source>
        <translation>Czy lądujesz na pięcie?</translation>
    </message>
    <message>
        <source>You land on your heel.</source>
        <translation>Lądujesz na pięcie.</translation>
    </message>
    <message>
        <source>Do you run with tense, raised shoulders or a stiff neck?</source>
        <translation>Czy biegasz ze spiętymi, uniesionymi barkami albo sztywnym karkiem?</translation>
    </message>
    <message>
        <source>You run with tense shoulders or neck.</source>
        <translation>Biegasz ze spiętymi barkami lub karkiem.</translation>
    </message>
    <message>
        <source>Do you think you have poor circulation in your legs?</source>
        <translation>Czy uważasz, że masz słabe krążenie w nogach?</translation>
    </message>
    <message>
        <source>You think you have poor circulation in your legs.</source>
        <translation>Uważasz, że masz słabe krążenie w nogach.</translation>
    </message>
    <message>
        <source>Training load</source>
        <translation>Obciążenie treningowe</translation>
    </message>
    <message>
        <source>Doing more than your body is used to, without time to adapt, leaves legs tired, stiff and sore, can disturb sleep and makes progress stall.</source>
        <translation>Trening ponad to, do czego ciało jest przyzwyczajone, bez czasu na adaptację, sprawia, że nogi są zmęczone, sztywne i obolałe, może zaburzać sen i zatrzymuje postępy.</translation>
    </message>
    <message>
        <source>Cut back your running volume or intensity for a few days.</source>
        <translation>Na kilka dni zmniejsz objętość lub intensywność biegania.</translation>
    </message>
    <message>
        <source>Keep increases small from week to week, roughly 10% at most.</source>
        <translation>Z tygodnia na tydzień zwiększaj obciążenie stopniowo, najwyżej o ok. 10%.</translation>
    </message>
    <message>
        <source>Plan 1 or 2 easy or rest days every week.</source>
        <translation>Planuj 1–2 lżejsze dni lub dni odpoczynku w każdym tygodniu.</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Regeneracja</translation>
    </message>
    <message>
        <source>Muscles repair and get stronger between sessions. Without easy or rest days, tiredness carries over from one run to the next.</source>
        <translation>Mięśnie odbudowują się i wzmacniają między treningami. Bez lżejszych dni i dni odpoczynku zmęczenie przechodzi z jednego biegu na następny.</translation>
    </message>
    <message>
        <source>Take 1 or 2 easy or rest days every week.</source>
        <translation>Rób 1–2 lżejsze dni lub dni odpoczynku w każdym tygodniu.</translation>
    </message>
    <message>
        <source>Make today an easy day.</source>
        <translation>Niech dziś będzie lekki dzień.</translation>
    </message>
    <message>
        <source>Leg strength training</source>
        <translation>Trening siłowy nóg</translation>
    </message>
    <message>
        <source>Strength work is good for runners, but heavy leg sessions leave the legs tired for a day or two.</source>
        <translation>Trening siłowy jest dla biegaczy korzystny, ale po ciężkich treningach nóg nogi są zmęczone przez dzień lub dwa.</translation>
    </message>
    <message>
        <source>Avoid heavy leg strength work on the day before a key run.</source>
        <translation>Unikaj ciężkiego treningu siłowego nóg w dniu przed kluczowym biegiem.</translation>
    </message>
    <message>
        <source>Put heavy leg sessions where a day or more separates them from your next hard or long run.</source>
        <translation>Planuj ciężkie treningi nóg tak, by od następnego mocnego lub długiego biegu dzielił je co najmniej jeden dzień.</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sen</translation>
    </message>
    <message>
        <source>Adults need about 7 to 9 hours of sleep a night. Athletes who sleep less get injured more often, and tired legs recover more slowly.</source>
        <translation>Dorośli potrzebują ok. 7–9 godzin snu na dobę. Sportowcy, którzy śpią krócej, częściej doznają kontuzji, a zmęczone nogi wolniej się regenerują.</translation>
    </message>
    <message>
        <source>Aim for a regular 7 to 9 hours a night.</source>
        <translation>Staraj się regularnie spać 7–9 godzin na dobę.</translation>
    </message>
    <message>
        <source>After a bad night, keep that day&apos;s run easy.</source>
        <translation>Po złej nocy biegnij tego dnia spokojnie.</translation>
    </message>
    <message>
        <source>Low-carbohydrate diet</source>
        <translation>Dieta niskowęglowodanowa</translation>
    </message>
    <message>
        <source>Carbohydrate is the main fuel for running. With little of it in your diet, the fuel stored in your muscles runs low and your legs can feel heavy and flat.</source>
        <translation>Węglowodany są głównym paliwem do biegania. Gdy w diecie jest ich mało, zapasy paliwa w mięśniach się kurczą, a nogi mogą być ciężkie i bez energii.</translation>
    </message>
    <message>
        <source>Eat carbohydrate every day: light training needs roughly 3 to 5 g per kg of body weight a day, and harder training needs more.</source>
        <translation>Jedz węglowodany codziennie: przy lekkim treningu potrzeba ok. 3–5 g na kg masy ciała dziennie, a przy cięższym więcej.</translation>
    </message>
    <message>
        <source>Have a meal based on carbohydrate 1 to 4 hours before longer or harder runs.</source>
        <translation>Na 1–4 godziny przed dłuższym lub mocniejszym biegiem zjedz posiłek oparty na węglowodanach.</translation>
    </message>
    <message>
        <source>Refuel after running.</source>
        <translation>Po biegu uzupełnij energię.</translation>
    </message>
    <message>
        <source>Fuelling</source>
        <translation>Odżywianie</translation>
    </message>
    <message>
        <source>Eating too little for the training you do leaves the body short of energy for its everyday work: this is called low energy availability. Over time it can cause a syndrome called RED-S (relative energy deficiency in sport), with lasting tiredness, repeated injuries and illnesses, and periods that stop or become irregular.</source>
        <translation>Jedzenie zbyt mało w stosunku do treningu sprawia, że organizmowi brakuje energii na codzienne funkcje: nazywa się to niską dostępnością energii. Z czasem może to doprowadzić do zespołu RED-S (względnego niedoboru energii w sporcie), z długotrwałym zmęczeniem, powtarzającymi się kontuzjami i chorobami oraz zanikiem lub nieregularnością miesiączek.</translation>
    </message>
    <message>
        <source>Refuel soon after running.</source>
        <translation>Uzupełnij energię wkrótce po biegu.</translation>
    </message>
    <message>
        <source>If you notice several of these signs, see a doctor or a sports dietitian.</source>
        <translation>Jeśli zauważasz kilka z tych objawów, zgłoś się do lekarza lub dietetyka sportowego.</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Miesiączki</translation>
    </message>
    <message>
        <source>Periods that stop or become irregular with training can be a sign of low energy availability, that is, eating too little for the training you do.</source>
        <translation>Miesiączki, które przy treningu ustają lub stają się nieregularne, mogą być oznaką niskiej dostępności energii, czyli jedzenia zbyt mało w stosunku do treningu.</translation>
    </message>
    <message>
        <source>See a doctor about it: it is not a normal part of training hard.</source>
        <translation>Porozmawiaj o tym z lekarzem: to nie jest normalna część ciężkiego treningu.</translation>
    </message>
    <message>
        <source>Bone injuries</source>
        <translation>Urazy kości</translation>
    </message>
    <message>
        <source>Repeated stress fractures or other bone injuries can be a sign of low energy availability, that is, eating too little for the training you do.</source>
        <translation>Powtarzające się złamania zmęczeniowe lub inne urazy kości mogą być oznaką niskiej dostępności energii, czyli jedzenia zbyt mało w stosunku do treningu.</translation>
    </message>
    <message>
        <source>See a doctor or a sports dietitian to find out what is behind them.</source>
        <translation>Zgłoś się do lekarza lub dietetyka sportowego, by ustalić, co za nimi stoi.</translation>
    </message>
    <message>
        <source>Fluids</source>
        <translation>Płyny</translation>
    </message>
    <message>
        <source>Running gets harder once you have lost more than about 2% of your body weight as fluid. Drinking far more than you need is harmful too.</source>
        <translation>Bieganie staje się trudniejsze, gdy stracisz w postaci płynów więcej niż ok. 2% masy ciała. Picie dużo więcej, niż potrzebujesz, też szkodzi.</translation>
    </message>
    <message>
        <source>Drink something before you run.</source>
        <translation>Napij się czegoś przed biegiem.</translation>
    </message>
    <message>
        <source>Aim for pale-yellow urine.</source>
        <translation>Dąż do tego, by mocz był jasnożółty.</translation>
    </message>
    <message>
        <source>On long or hot runs, take drinks with electrolytes.</source>
        <translation>Podczas długich biegów lub w upale pij napoje z elektrolitami.</translation>
    </message>
    <message>
        <source>Don&apos;t force down more than you need.</source>
        <translation>Nie wmuszaj w siebie więcej, niż potrzebujesz.</translation>
    </message>
    <message>
        <source>Iron</source>
        <translation>Żelazo</translation>
    </message>
    <message>
        <source>Low iron is common in runners, especially women, and can leave you tired with heavy legs. Your iron stores (ferritin) can be low even when your haemoglobin is normal.</source>
        <translation>Niski poziom żelaza jest częsty u biegaczy, zwłaszcza u kobiet, i może powodować zmęczenie i ciężkie nogi. Zapasy żelaza (ferrytyna) mogą być niskie nawet przy prawidłowej hemoglobinie.</translation>
    </message>
    <message>
        <source>Ask your doctor for a blood test that checks both haemoglobin and ferritin.</source>
        <translation>Poproś lekarza o badanie krwi obejmujące zarówno hemoglobinę, jak i ferrytynę.</translation>
    </message>
    <message>
        <source>Don&apos;t start taking iron on your own: too much iron is harmful, and only a blood test shows whether you need it.</source>
        <translation>Nie zaczynaj przyjmować żelaza na własną rękę: nadmiar żelaza szkodzi, a tylko badanie krwi pokaże, czy go potrzebujesz.</translation>
    </message>
    <message>
        <source>Stride and step rate</source>
        <translation>Długość kroku i kadencja</translation>
    </message>
    <message>
        <source>Landing with your foot far ahead of your body, often with few steps per minute, puts more load on the knees and hips. Taking 5 to 10% more steps per minute reduces that load.</source>
        <translation>Lądowanie stopą daleko przed ciałem, często przy małej liczbie kroków na minutę, mocniej obciąża kolana i biodra. Zwiększenie liczby kroków na minutę o 5–10% zmniejsza to obciążenie.</translation>
    </message>
    <message>
        <source>Raise your step rate by 5 to 10% over a few weeks, not all at once.</source>
        <translation>Zwiększaj kadencję (liczbę kroków na minutę) o 5–10% w ciągu kilku tygodni, a nie od razu.</translation>
    </message>
    <message>
        <source>Use the metronome, set a little above your current step rate.</source>
        <translation>Używaj metronomu ustawionego nieco powyżej twojej obecnej kadencji.</translation>
    </message>
    <message>
        <source>Aim to land with your foot closer to under your hips.</source>
        <translation>Staraj się lądować stopą bliżej, pod biodrami.</translation>
    </message>
    <message>
        <source>There is no single right step rate for everyone: build from your own.</source>
        <translation>Nie ma jednej właściwej kadencji dla wszystkich: wychodź od swojej.</translation>
    </message>
    <message>
        <source>Heel landing</source>
        <translation>Lądowanie na pięcie</translation>
    </message>
    <message>
        <source>Many good runners land on the heel. On average, changing how your foot lands neither makes running more economical nor lowers injury risk, and a sudden change puts extra strain on the calf and Achilles tendon.</source>
        <translation>Wielu dobrych biegaczy ląduje na pięcie. Zmiana sposobu lądowania stopy średnio ani nie poprawia ekonomii biegu, ani nie zmniejsza ryzyka kontuzji, a nagła zmiana dodatkowo obciąża łydkę i ścięgno Achillesa.</translation>
    </message>
    <message>
        <source>Keep the foot landing that comes naturally to you.</source>
        <translation>Zachowaj sposób lądowania, który jest dla ciebie naturalny.</translation>
    </message>
    <message>
        <source>If your foot lands far ahead of your body, work on your step rate instead: slightly quicker, shorter steps.</source>
        <translation>Jeśli stopa ląduje daleko przed ciałem, popracuj zamiast tego nad kadencją: nieco szybsze, krótsze kroki.</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Postawa</translation>
    </message>
    <message>
        <source>Tense shoulders and neck are worth noticing and letting go, but they are unlikely to be what makes your legs heavy.</source>
        <translation>Warto zauważać spięte barki i kark i je rozluźniać, ale raczej nie one powodują ciężkie nogi.</translation>
    </message>
    <message>
        <source>Now and then during a run, let your shoulders drop away from your ears.</source>
        <translation>Co jakiś czas podczas biegu swobodnie opuść barki, z dala od uszu.</translation>
    </message>
    <message>
        <source>Keep your head level and your eyes looking ahead.</source>
        <translation>Trzymaj głowę prosto, a wzrok kieruj przed siebie.</translation>
    </message>
    <message>
        <source>Circulation</source>
        <translation>Krążenie</translation>
    </message>
    <message>
        <source>Poor circulation can mean several different things, some of them serious, such as blood clots, narrowed arteries or vein disease. It is not something to manage on your own.</source>
        <translation>Słabe krążenie może oznaczać kilka różnych rzeczy, w tym poważne, takie jak zakrzepy, zwężone tętnice czy choroby żył. To nie jest coś, z czym można sobie radzić na własną rękę.</translation>
    </message>
    <message>
        <source>Go through every warning-sign question: they cover the serious causes.</source>
        <translation>Odpowiedz na wszystkie pytania o znaki ostrzegawcze: obejmują one poważne przyczyny.</translation>
    </message>
    <message>
        <source>Book an appointment with your doctor to find out what is behind it.</source>
        <translation>Umów się na wizytę u lekarza, by ustalić, co za tym stoi.</translation>
    </message>
    <message>
        <source>This is something for a doctor, not for a warm-up routine.</source>
        <translation>To sprawa dla lekarza, a nie dla rozgrzewki.</translation>
    </message>
    <message>
        <source>Stop exercising now and call your local emergency number (such as 112, 999 or 911). Don&apos;t run or drive yourself; ask someone to stay with you until help arrives.</source>
        <translation>Natychmiast przerwij ćwiczenia i zadzwoń pod lokalny numer alarmowy (np. 112, 999 lub 911). Nie biegnij ani nie prowadź samochodu; poproś kogoś, by został z tobą do przyjazdu pomocy.</translation>
    </message>
    <message>
        <source>Don&apos;t run today. Get seen today: contact your doctor or an urgent care service, or go to an emergency department. If things get worse quickly, or you feel chest pain or short of breath, call your local emergency number (such as 112, 999 or 911).</source>
        <translation>Nie biegaj dziś. Jeszcze dziś zgłoś się po pomoc medyczną: skontaktuj się ze swoim lekarzem lub z punktem doraźnej pomocy medycznej albo udaj się na szpitalny oddział ratunkowy (SOR). Jeśli stan szybko się pogarsza albo czujesz ból w klatce piersiowej lub duszność, zadzwoń pod lokalny numer alarmowy (np. 112, 999 lub 911).</translation>
    </message>
    <message>
        <source>Rest from running and book an appointment with a doctor or physiotherapist. If it gets worse or a warning sign appears, get help sooner.</source>
        <translation>Zrób przerwę w bieganiu i umów się na wizytę u lekarza lub fizjoterapeuty. Jeśli stan się pogorszy lub pojawi się znak ostrzegawczy, szukaj pomocy wcześniej.</translation>
    </message>
    <message>
        <source>Check with a doctor (in pregnancy, your doctor or midwife) before starting or stepping up an exercise routine, and rest from running until you have. Once a doctor has cleared you, say so on the health screen.</source>
        <translation>Zanim zaczniesz ćwiczyć lub zwiększysz intensywność ćwiczeń, skonsultuj się z lekarzem (w ciąży: ze swoim lekarzem lub położną), a do tego czasu zrób przerwę w bieganiu. Gdy lekarz wyrazi zgodę, zaznacz to w ankiecie zdrowotnej.</translation>
    </message>
    <message>
        <source>Don&apos;t run until a doctor has checked your chest pain, dizziness or blackouts. If chest pain comes on at rest or doesn&apos;t ease within a few minutes, call your local emergency number (such as 112, 999 or 911).</source>
        <translation>Nie biegaj, dopóki lekarz nie oceni twojego bólu w klatce piersiowej, zawrotów głowy lub utraty przytomności. Jeśli ból w klatce piersiowej pojawi się w spoczynku lub nie mija w ciągu kilku minut, zadzwoń pod lokalny numer alarmowy (np. 112, 999 lub 911).</translation>
    </message>
    <message>
        <source>Rest from hard training and see a doctor or a sports dietitian about your eating, your periods or your bone injuries. These signs together are worth taking seriously.</source>
        <translation>Zrób przerwę w ciężkim treningu i zgłoś się do lekarza lub dietetyka sportowego w sprawie odżywiania, miesiączek lub urazów kości. Te objawy razem warto potraktować poważnie.</translation>
    </message>
    <message>
        <source>Don&apos;t run yet. Answer every warning-sign question first: leg pain and poor circulation can come from something serious, and those questions are how the check tells.</source>
        <translation>Jeszcze nie biegaj. Najpierw odpowiedz na wszystkie pytania o znaki ostrzegawcze: ból nóg i słabe krążenie mogą mieć poważną przyczynę, a te pytania pozwalają ją wychwycić.</translation>
    </message>
    <message>
        <source>Rest from running and book an appointment with your doctor about your circulation. If a leg turns cold, pale, swollen or very painful, get help the same day.</source>
        <translation>Zrób przerwę w bieganiu i umów się do lekarza w sprawie krążenia. Jeśli noga stanie się zimna, blada, obrzęknięta lub bardzo bolesna, szukaj pomocy jeszcze tego samego dnia.</translation>
    </message>
    <message>
        <source>Rest the leg today. Ordinary soreness fades within a few days. If the pain is sharp, makes you limp, gets worse with each run or lasts more than 1 to 2 weeks, see a doctor or physiotherapist.</source>
        <translation>Daj dziś nodze odpocząć. Zwykła bolesność mija w ciągu kilku dni. Jeśli ból jest ostry, powoduje utykanie, nasila się z każdym biegiem lub trwa dłużej niż 1–2 tygodnie, zgłoś się do lekarza lub fizjoterapeuty.</translation>
    </message>
    <message>
        <source>Nothing you ticked needs a doctor right now. Try the steps below, and stop if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation>Nic z tego, co zaznaczono, nie wymaga teraz lekarza. Wypróbuj poniższe kroki i przerwij, jeśli poczujesz ból, dyskomfort w klatce piersiowej, zawroty głowy lub nietypową duszność.</translation>
    </message>
    <message>
        <source>Try the steps below, including seeing a doctor where a step says so, and stop if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation>Wypróbuj poniższe kroki, w tym wizytę u lekarza tam, gdzie krok tak mówi, i przerwij, jeśli poczujesz ból, dyskomfort w klatce piersiowej, zawroty głowy lub nietypową duszność.</translation>
    </message>
    <message>
        <source>Keep to any limits your doctor gave you, and stop if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation>Trzymaj się ograniczeń, które wyznaczył ci lekarz, i przerwij, jeśli poczujesz ból, dyskomfort w klatce piersiowej, zawroty głowy lub nietypową duszność.</translation>
    </message>
    <message>
        <source>Nothing you ticked needs attention. Enjoy your warm-up and run, and stop if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation>Nic z tego, co zaznaczono, nie wymaga uwagi. Miłej rozgrzewki i udanego biegu; przerwij, jeśli poczujesz ból, dyskomfort w klatce piersiowej, zawroty głowy lub nietypową duszność.</translation>
    </message>
    <message>
        <source>A yes on the health screen means checking with a doctor before starting or stepping up an exercise routine.</source>
        <translation>Odpowiedź „tak” w ankiecie zdrowotnej oznacza konsultację z lekarzem przed rozpoczęciem lub zwiększeniem intensywności ćwiczeń.</translation>
    </message>
    <message>
        <source>Leg pain is never treated as plain tiredness: answer every warning-sign question. If none applies, rest the leg today.</source>
        <translation>Ból nóg nigdy nie jest traktowany jak zwykłe zmęczenie: odpowiedz na wszystkie pytania o znaki ostrzegawcze. Jeśli żaden nie pasuje, daj dziś nodze odpocząć.</translation>
    </message>
    <message>
        <source>Poor circulation needs a doctor to find the cause, so answer every warning-sign question and book an appointment.</source>
        <translation>Przyczynę słabego krążenia musi ustalić lekarz, więc odpowiedz na wszystkie pytania o znaki ostrzegawcze i umów się na wizytę.</translation>
    </message>
    <message>
        <source>Several signs point to tired legs at once, so a rest day will do more than an easy run.</source>
        <translation>Kilka oznak naraz wskazuje na zmęczone nogi, więc dzień odpoczynku da więcej niż spokojny bieg.</translation>
    </message>
    <message>
        <source>Make today&apos;s run easy, at a pace where you can talk in full sentences.</source>
        <translation>Biegnij dziś spokojnie, w tempie, w którym możesz mówić pełnymi zdaniami.</translation>
    </message>
    <message>
        <source>A doctor&apos;s clearance never covers chest pain, dizziness or blackouts: they may be new since the doctor saw you, so have them checked before you run again.</source>
        <translation>Zgoda lekarza nigdy nie obejmuje bólu w klatce piersiowej, zawrotów głowy ani utraty przytomności: mogą być nowe od czasu wizyty, więc zanim znów pobiegniesz, skonsultuj je z lekarzem.</translation>
    </message>
    <message>
        <source>Eating too little for your training together with missed periods or repeated bone injuries can be RED-S, which needs a doctor or a sports dietitian.</source>
        <translation>Jedzenie zbyt mało w stosunku do treningu w połączeniu z brakiem miesiączki lub powtarzającymi się urazami kości może oznaczać RED-S, który wymaga konsultacji z lekarzem lub dietetykiem sportowym.</translation>
    </message>
    <message>
        <source>With leg pain or poor circulation, every warning-sign question needs an answer. These are still unanswered:</source>
        <translation>Przy bólu nóg lub słabym krążeniu każde pytanie o znaki ostrzegawcze wymaga odpowiedzi. Te są jeszcze bez odpowiedzi:</translation>
    </message>
    <message>
        <source>Your legs are tired from training: take the longer, easier jog at the start of today&apos;s warm-up, and keep the run itself easy.</source>
        <translation>Twoje nogi są zmęczone treningiem: na początku dzisiejszej rozgrzewki zrób dłuższy, spokojniejszy trucht, a sam bieg też utrzymaj w spokojnym tempie.</translation>
    </message>
    <message>
        <source>Turn the cadence metronome on for the jog, set 5 to 10% above your usual step rate.</source>
        <translation>Włącz metronom kadencji na czas truchtu, ustawiony 5–10% powyżej twojej zwykłej kadencji.</translation>
    </message>
    <message>
        <source>This self-check gives general information only. It is not a diagnosis or medical advice and cannot replace a doctor or physiotherapist. Talk to a health professional before starting or changing an exercise routine, especially if any health-screen question applies to you. Stop exercising if you feel pain, chest discomfort, dizziness or unusual breathlessness. In an emergency, call your local emergency number (such as 112, 999 or 911). Never put off getting professional advice because of something this app says.</source>
        <translation>Ta samoocena podaje wyłącznie ogólne informacje. Nie jest diagnozą ani poradą medyczną i nie zastąpi lekarza ani fizjoterapeuty. Skonsultuj się ze specjalistą ochrony zdrowia, zanim zaczniesz lub zmienisz plan ćwiczeń, zwłaszcza jeśli dotyczy cię któreś z pytań ankiety zdrowotnej. Przerwij ćwiczenia, jeśli poczujesz ból, dyskomfort w klatce piersiowej, zawroty głowy lub nietypową duszność. W nagłym wypadku zadzwoń pod lokalny numer alarmowy (np. 112, 999 lub 911). Nigdy nie odkładaj zasięgnięcia porady specjalisty z powodu tego, co mówi ta aplikacja.</translation>
    </message>
    <message>
        <source>Emergency: get help now</source>
        <translation>Nagły wypadek: wezwij pomoc teraz</translation>
    </message>
    <message>
        <source>Urgent: get seen today</source>
        <translation>Pilne: zgłoś się po pomoc jeszcze dziś</translation>
    </message>
    <message>
        <source>See a doctor or physiotherapist</source>
        <translation>Zgłoś się do lekarza lub fizjoterapeuty</translation>
    </message>
    <message>
        <source>Things you can do yourself</source>
        <translation>Co możesz zrobić samodzielnie</translation>
    </message>
    <message>
        <source>All clear</source>
        <translation>Wszystko w porządku</translation>
    </message>
    <message>
        <source>Run as planned</source>
        <translation>Biegnij zgodnie z planem</translation>
    </message>
    <message>
        <source>Run easy</source>
        <translation>Biegnij spokojnie</translation>
    </message>
    <message>
        <source>Rest today</source>
        <translation>Dzień odpoczynku</translation>
    </message>
    <message>
        <source>Do not run</source>
        <translation>Nie biegaj</translation>
    </message>
</context>
<context>
    <name>side</name>
    <message>
        <source>left side</source>
        <translation>lewa strona</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>prawa strona</translation>
    </message>
</context>
<context>
    <name>speech</name>
    <message>
        <source>Next: {name}</source>
        <translation>Dalej: {name}</translation>
    </message>
    <message>
        <source>Next: {name}, left side</source>
        <translation>Dalej: {name}, lewa strona</translation>
    </message>
    <message>
        <source>Next: {name}, right side</source>
        <translation>Dalej: {name}, prawa strona</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lewa strona</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Prawa strona</translation>
    </message>
    <message>
        <source>{name}, left side</source>
        <translation>{name}, lewa strona</translation>
    </message>
    <message>
        <source>{name}, right side</source>
        <translation>{name}, prawa strona</translation>
    </message>
    <message>
        <source>{name}, left leg forward</source>
        <translation>{name}, lewa noga z przodu</translation>
    </message>
    <message>
        <source>{name}, right leg forward</source>
        <translation>{name}, prawa noga z przodu</translation>
    </message>
    <message>
        <source>{name}, left heel to buttock</source>
        <translation>{name}, lewa pięta do pośladka</translation>
    </message>
    <message>
        <source>{name}, right heel to buttock</source>
        <translation>{name}, prawa pięta do pośladka</translation>
    </message>
    <message>
        <source>{name}, left knee bends</source>
        <translation>{name}, ugnij lewe kolano</translation>
    </message>
    <message>
        <source>{name}, right knee bends</source>
        <translation>{name}, ugnij prawe kolano</translation>
    </message>
    <message>
        <source>{name}, left leg crosses behind</source>
        <translation>{name}, lewa noga skrzyżowana z tyłu</translation>
    </message>
    <message>
        <source>{name}, right leg crosses behind</source>
        <translation>{name}, prawa noga skrzyżowana z tyłu</translation>
    </message>
    <message>
        <source>{name}, left ankle across</source>
        <translation>{name}, lewa kostka na udzie</translation>
    </message>
    <message>
        <source>{name}, right ankle across</source>
        <translation>{name}, prawa kostka na udzie</translation>
    </message>
    <message>
        <source>{name}, left leg back</source>
        <translation>{name}, lewa noga z tyłu</translation>
    </message>
    <message>
        <source>{name}, right leg back</source>
        <translation>{name}, prawa noga z tyłu</translation>
    </message>
</context>
</TS>
