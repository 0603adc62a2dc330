<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {0}</source>
        <translation>Acerca de {0}</translation>
    </message>
    <message>
        <source>App icon</source>
        <translation>Icono de la aplicación</translation>
    </message>
    <message>
        <source>Guides you through a 15-20 minute warm-up before a run: a big countdown, a distinct sound for every cue, and the next step read out.

Licence: {0}. Not medical advice: stop if something hurts.</source>
        <translation>Te guía en un calentamiento de 15-20 minutos antes de correr: una gran cuenta atrás, un sonido distinto para cada aviso y el siguiente paso leído en voz alta.

Licencia: {0}. No es consejo médico: para si algo te duele.</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Creado con:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Código fuente</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>Componentes y sus licencias</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: you may replace them with your own builds. Their sources are at the addresses above.</source>
        <translation>Qt y PySide6 se usan bajo la GNU LGPL versión 3: puedes sustituirlos por tus propias compilaciones. Su código fuente está en las direcciones de arriba.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir carpeta de &amp;registros</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>A warm-up is running. Stop it and start “{0}”?</source>
        <extracomment>A ``--start`` routine waiting for the first-run disclaimer to be accepted. Asked before a routine handed over by another launch replaces a running warm-up (its name); tests replace it.</extracomment>
        <translation>Hay un calentamiento en curso. ¿Detenerlo y empezar «{0}»?</translation>
    </message>
</context>
<context>
    <name>AudioControls</name>
    <message>
        <source>Mute</source>
        <extracomment>The volume slider moved (0-100). Mute was switched on or off.</extracomment>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Mute sounds and voice (M); cues still flash</source>
        <translation>Silenciar sonidos y voz (M); los avisos siguen en pantalla</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Silenciado</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Con sonido</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Calibrate the sound delay</source>
        <translation>Calibrar el retardo del sonido</translation>
    </message>
    <message>
        <source>Put on the headphones or speakers you run with. Press Start, then press Space (or click Tap) on every click you hear. The first two clicks are for finding the beat.</source>
        <translation>Ponte los auriculares o altavoces con los que corres. Pulsa Empezar y luego pulsa Espacio (o el botón Marcar) con cada clic que oigas. Los dos primeros clics sirven para encontrar el ritmo.</translation>
    </message>
    <message>
        <source>Tap</source>
        <translation>Marcar</translation>
    </message>
    <message>
        <source>Tap on each click</source>
        <translation>Marca cada clic</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>&amp;Use this</source>
        <translation>&amp;Usar valor</translation>
    </message>
    <message>
        <source>T&amp;ry again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Starting the clicks…</source>
        <translation>Iniciando los clics…</translation>
    </message>
    <message>
        <source>{0}
Calibration needs sound: connect an output and try again.</source>
        <translation>{0}
La calibración necesita sonido: conecta una salida de audio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Listen to the first two clicks, then tap along.</source>
        <translation>Escucha los dos primeros clics y luego marca el ritmo.</translation>
    </message>
    <message>
        <source>Keep tapping on every click.</source>
        <translation>Sigue marcando cada clic.</translation>
    </message>
    <message>
        <source>Tap {0} of {1}</source>
        <translation>Pulsación {0} de {1}</translation>
    </message>
    <message>
        <source>Suggested: {0} ms</source>
        <translation>Sugerido: {0} ms</translation>
    </message>
    <message>
        <source>You heard the clicks on time: there is no delay to make up.</source>
        <translation>Oíste los clics a tiempo: no hay retardo que compensar.</translation>
    </message>
    <message>
        <source>Every sound will play this much earlier once you press OK in Settings.</source>
        <translation>Cada sonido sonará con esta antelación cuando pulses Aceptar en Ajustes.</translation>
    </message>
    <message>
        <source>The taps were too uneven to tell the delay. Try again, tapping along with the beat rather than reacting to each click.</source>
        <translation>Las pulsaciones fueron demasiado irregulares para calcular el retardo. Vuelve a intentarlo marcando al ritmo, en lugar de reaccionar a cada clic.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n taps could be matched to clicks; at least {0} are needed. Try again and tap on every click from the third one on.</source>
        <translation>
            <numerusform>Solo se pudo emparejar %n pulsación con los clics; se necesitan al menos {0}. Vuelve a intentarlo y marca cada clic a partir del tercero.</numerusform>
            <numerusform>Solo se pudieron emparejar %n pulsaciones con los clics; se necesitan al menos {0}. Vuelve a intentarlo y marca cada clic a partir del tercero.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClickTrain</name>
    <message>
        <source>The click could not be prepared: {0}</source>
        <extracomment>From Start to the first click: time to put the hands ready. After the last click, time for its tap (and for the click to ring out) before ``done``.</extracomment>
        <translation>No se pudo preparar el clic: {0}</translation>
    </message>
    <message>
        <source>No sound output was found, so there are no clicks to tap to.</source>
        <translation>No se encontró ninguna salida de sonido, así que no hay clics que marcar.</translation>
    </message>
</context>
<context>
    <name>CueLines</name>
    <message>
        <source>How to do it</source>
        <translation>Cómo hacerlo</translation>
    </message>
</context>
<context>
    <name>CuePreview</name>
    <message>
        <source>Sounds are muted in the run window (M), so nothing was played.</source>
        <translation>Los sonidos están silenciados en la ventana de la sesión (M), así que no se ha reproducido nada.</translation>
    </message>
    <message>
        <source>The sound could not be prepared: {0}</source>
        <translation>No se pudo preparar el sonido: {0}</translation>
    </message>
    <message>
        <source>No sound output was found, so nothing can be played.</source>
        <translation>No se encontró ninguna salida de sonido, así que no se puede reproducir nada.</translation>
    </message>
</context>
<context>
    <name>DisclaimerDialog</name>
    <message>
        <source>Before you start</source>
        <extracomment>Bump when the text changes in substance, so every runner sees the new one once.</extracomment>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>Warm-up Timer guides you through a warm-up and offers a self-check for heavy legs. It gives general information only: it is not a diagnosis or medical advice, and it cannot replace a doctor or physiotherapist.</source>
        <translation>Warm-up Timer te guía en un calentamiento y ofrece una autoevaluación para las piernas pesadas. Solo da información general: no es un diagnóstico ni consejo médico, y no puede sustituir a un médico ni a un fisioterapeuta.</translation>
    </message>
    <message>
        <source>Talk to a health professional before you start or change an exercise routine, especially if you have a heart condition, chest pain, dizziness or blackouts, or a bone or joint problem, if you take medicine for your blood pressure or heart, or if you are pregnant.</source>
        <translation>Consulta con un profesional sanitario antes de empezar o cambiar una rutina de ejercicio, sobre todo si tienes una enfermedad del corazón, dolor en el pecho, mareos o pérdidas de conocimiento, o un problema óseo o articular, si tomas medicación para la tensión arterial o el corazón, o si estás embarazada.</translation>
    </message>
    <message>
        <source>Stop exercising if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation>Deja de hacer ejercicio si sientes dolor, molestias en el pecho, mareo o una falta de aliento inusual.</translation>
    </message>
    <message>
        <source>In an emergency, call your local emergency number (such as 112, 999 or 911).</source>
        <translation>En caso de emergencia, llama a tu número local de emergencias (como el 112, el 999 o el 911).</translation>
    </message>
    <message>
        <source>Never put off getting professional advice because of something this app says.</source>
        <translation>Nunca retrases la consulta con un profesional por algo que diga esta aplicación.</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Entendido</translation>
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
        <translation>{0}, minutos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>{0}, seconds</source>
        <translation>{0}, segundos</translation>
    </message>
</context>
<context>
    <name>DurationWarning</name>
    <message>
        <source>totals {0}, shorter than the recommended 15-20 min</source>
        <translation>dura {0} en total, menos de los 15-20 min recomendados</translation>
    </message>
    <message>
        <source>totals {0}, longer than the recommended 15-20 min</source>
        <translation>dura {0} en total, más de los 15-20 min recomendados</translation>
    </message>
</context>
<context>
    <name>EditorCommands</name>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>lead-in</source>
        <translation>cuenta atrás inicial</translation>
    </message>
    <message>
        <source>pause between steps</source>
        <translation>pausa entre pasos</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duración</translation>
    </message>
    <message>
        <source>per side</source>
        <translation>por lado</translation>
    </message>
    <message>
        <source>switch time</source>
        <translation>cambio de lado</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>repeticiones</translation>
    </message>
    <message>
        <source>instructions</source>
        <translation>instrucciones</translation>
    </message>
    <message>
        <source>metronome</source>
        <translation>metrónomo</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>figura</translation>
    </message>
    <message>
        <source>cue lines</source>
        <translation>frases guía</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>pasos</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>rutina</translation>
    </message>
    <message>
        <source>part</source>
        <translation>parte</translation>
    </message>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>Change {0} {1}</source>
        <translation>Cambiar {1} ({0})</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>Añadir parte</translation>
    </message>
    <message>
        <source>Remove part</source>
        <translation>Quitar parte</translation>
    </message>
    <message>
        <source>Move part</source>
        <translation>Mover parte</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Quitar paso</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Mover paso</translation>
    </message>
</context>
<context>
    <name>EditorDialogs</name>
    <message>
        <source>Unsaved changes</source>
        <extracomment>The runner chose &quot;Skip the rest&quot; in an import preview: drop the files queued behind it. Unsaved changes in the routine named: save, discard or cancel? Move the routine named to the trash? An imported routine&apos;s name is taken: (name, whether replacing is possible). Show what an import brings in; True to go on with it. A new name for a routine (given its current one); None when cancelled. A routine file to import; None when cancelled. Where to export (given a suggested file name); None when cancelled. Replace this existing file (outside the dialog that already asked)? Something failed: (title, message). Shown in the import preview: files waiting behind it (&quot;3 more files to import&quot;).</extracomment>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to “{0}”?</source>
        <translation>¿Guardar los cambios en «{0}»?</translation>
    </message>
    <message>
        <source>If you don&apos;t, your changes will be lost.</source>
        <translation>Si no lo haces, perderás los cambios.</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Eliminar rutina</translation>
    </message>
    <message>
        <source>Delete “{0}”?</source>
        <translation>¿Eliminar «{0}»?</translation>
    </message>
    <message>
        <source>It is moved to the trash folder; you can undo this right after.</source>
        <translation>Se moverá a la papelera; puedes deshacerlo justo después.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Replace it with the imported one, or keep both (the new one gets a number)?</source>
        <translation>¿Sustituirla por la importada o conservar ambas (la nueva recibe un número)?</translation>
    </message>
    <message>
        <source>That one is built in and cannot be replaced; keep both?</source>
        <translation>Esa rutina es predefinida y no se puede sustituir; ¿conservar ambas?</translation>
    </message>
    <message>
        <source>Name already used</source>
        <translation>Nombre ya en uso</translation>
    </message>
    <message>
        <source>You already have a routine called “{0}”.</source>
        <translation>Ya tienes una rutina llamada «{0}».</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Sustituir</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Conservar ambas</translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation>Renombrar rutina</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importar una rutina</translation>
    </message>
    <message>
        <source>Warm-up routines (*{0});;All files (*)</source>
        <translation>Rutinas de calentamiento (*{0});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export a routine</source>
        <translation>Exportar una rutina</translation>
    </message>
    <message>
        <source>Warm-up routines (*{0})</source>
        <translation>Rutinas de calentamiento (*{0})</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>Sustituir archivo</translation>
    </message>
    <message>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} ya existe. ¿Sustituirlo?</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <source>◀ All routines</source>
        <extracomment>The user wants to go back to the list of routines. Save was pressed (the routine is valid). Try it was pressed: (speed,) - 1.0 or the quick-check speed.</extracomment>
        <translation>◀ Todas las rutinas</translation>
    </message>
    <message>
        <source>Back to all routines</source>
        <translation>Volver a todas las rutinas</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>{0}x speed</source>
        <translation>Velocidad {0}x</translation>
    </message>
    <message>
        <source>Run it ten times faster, for a quick check</source>
        <translation>Reprodúcela 10 veces más rápido para revisarla</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>Añadir parte</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Step to add</source>
        <translation>Paso para añadir</translation>
    </message>
    <message>
        <source> (each side)</source>
        <translation> (cada lado)</translation>
    </message>
    <message>
        <source>Blank step</source>
        <translation>Paso en blanco</translation>
    </message>
    <message>
        <source>Ready-made steps with their instructions filled in, or a blank one</source>
        <translation>Pasos listos con sus instrucciones ya escritas, o uno en blanco</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Add it after the selected step</source>
        <translation>Añadirlo después del paso seleccionado</translation>
    </message>
    <message>
        <source>Add a part, then add steps to it from the list on the left.</source>
        <translation>Añade una parte y luego añádele pasos de la lista de la izquierda.</translation>
    </message>
    <message>
        <source>Add a step:</source>
        <translation>Añadir un paso:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Save to your routines ({0})</source>
        <translation>Guardar en tus rutinas ({0})</translation>
    </message>
    <message>
        <source>(unnamed routine)</source>
        <translation>(rutina sin nombre)</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>aún sin guardar</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>cambios sin guardar</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>guardada</translation>
    </message>
    <message>
        <source>⚠ shorter than the recommended 15-20 min</source>
        <translation>⚠ menos de los 15-20 min recomendados</translation>
    </message>
    <message>
        <source>⚠ longer than the recommended 15-20 min</source>
        <translation>⚠ más de los 15-20 min recomendados</translation>
    </message>
    <message>
        <source>✓ within the recommended 15-20 min</source>
        <translation>✓ dentro de los 15-20 min recomendados</translation>
    </message>
    <message>
        <source>Total {0}  {1}</source>
        <translation>Total {0}  {1}</translation>
    </message>
    <message>
        <source>Save to your routines</source>
        <translation>Guardar en tus rutinas</translation>
    </message>
    <message>
        <source>{0} to fix before saving:</source>
        <translation>{0} que corregir antes de guardar:</translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… y {0} más</translation>
    </message>
    <message>
        <source>Fix the problems listed below to save</source>
        <translation>Corrige los problemas de abajo para poder guardar</translation>
    </message>
    <message>
        <source>Routine {0}</source>
        <translation>Rutina, {0}</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Part {0}</source>
        <translation>Parte {0}</translation>
    </message>
    <message>
        <source>, step {0}</source>
        <translation>, paso {0}</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Paso nuevo</translation>
    </message>
    <message>
        <source>Part 1</source>
        <translation>Parte 1</translation>
    </message>
    <message>
        <source>Duplicate part</source>
        <translation>Duplicar parte</translation>
    </message>
    <message>
        <source>Duplicate step</source>
        <translation>Duplicar paso</translation>
    </message>
    <message>
        <source>Undo: {0}</source>
        <translation>Deshacer: {0}</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nada que deshacer</translation>
    </message>
    <message>
        <source>Redo: {0}</source>
        <translation>Rehacer: {0}</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nada que rehacer</translation>
    </message>
</context>
<context>
    <name>FigureView</name>
    <message>
        <source>Figure showing the movement</source>
        <extracomment>Frames per second while animating a quick loop (walk, jog, strides: under 2 s a loop): 12 drawings a jogging stride, as hand animation draws &quot;on twos&quot;. Each frame costs what a bare PySide6 widget pays to show an image under X (measured: 20 frames/s cost 0.95 % of a core). Frames per second for a slow loop (the stretches rock over 4-5 s): fewer repaints. Memory for a figure&apos;s drawn frames (a 260 px lunge loop takes about 11 MB), and as much again for the same frames on the stage&apos;s colour; beyond it, frames are drawn each time.</extracomment>
        <translation>Figura que muestra el movimiento</translation>
    </message>
</context>
<context>
    <name>FinishNotifier</name>
    <message>
        <source>Warm-up complete</source>
        <extracomment>A notification went out (``&quot;tray&quot;`` or ``&quot;dbus&quot;``), for the log and for tests.</extracomment>
        <translation>Calentamiento completado</translation>
    </message>
    <message>
        <source>{0} of warm-up done. Have a good run!</source>
        <translation>Calentamiento de {0} completado. ¡Buena carrera!</translation>
    </message>
    <message>
        <source>Have a good run!</source>
        <translation>¡Buena carrera!</translation>
    </message>
</context>
<context>
    <name>HeavyLegsChart</name>
    <message>
        <source>No self-checks yet. Your heavy-legs score appears here once you take one.</source>
        <extracomment>Self-checks with a warning sign: a red square near the top, never a score.</extracomment>
        <translation>Aún no hay autoevaluaciones. Tu índice de piernas pesadas aparecerá aquí cuando hagas una.</translation>
    </message>
    <message>
        <source>Heavy-legs score</source>
        <translation>Índice de piernas pesadas</translation>
    </message>
    <message>
        <source>Chart of the heavy-legs score over time</source>
        <translation>Gráfico del índice de piernas pesadas a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Warning sign: see the result</source>
        <translation>Señal de alarma: consulta el resultado</translation>
    </message>
    <message>
        <source>Rest day suggested from {score}</source>
        <translation>Día de descanso sugerido a partir de {score}</translation>
    </message>
    <message numerus="yes">
        <source>%n self-checks; the latest had a warning sign: see its result</source>
        <translation>
            <numerusform>%n autoevaluación; tuvo una señal de alarma: consulta su resultado</numerusform>
            <numerusform>%n autoevaluaciones; la última tuvo una señal de alarma: consulta su resultado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n self-checks; latest score {score} of 100</source>
        <translation>
            <numerusform>%n autoevaluación; índice: {score} de 100</numerusform>
            <numerusform>%n autoevaluaciones; último índice: {score} de 100</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a warning sign.</source>
        <translation>
            <numerusform>%n con señal de alarma.</numerusform>
            <numerusform>%n con señal de alarma.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>days in a row with a warm-up</source>
        <extracomment>Asks before deleting everything; replaced in tests. Asks where to save the CSV file (None: cancelled); replaced in tests.</extracomment>
        <translation>días seguidos con calentamiento</translation>
    </message>
    <message>
        <source>warm-ups this week</source>
        <translation>calentamientos esta semana</translation>
    </message>
    <message>
        <source>no self-check yet</source>
        <translation>aún sin autoevaluación</translation>
    </message>
    <message>
        <source>History entries, newest first</source>
        <translation>Entradas del historial, las más recientes primero</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exportar a CSV…</translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation>E&amp;liminar entrada</translation>
    </message>
    <message>
        <source>C&amp;lear all…</source>
        <translation>&amp;Borrar todo…</translation>
    </message>
    <message>
        <source>Save every entry as a CSV file</source>
        <translation>Guardar todas las entradas en CSV</translation>
    </message>
    <message>
        <source>Delete the selected entry (Delete)</source>
        <translation>Eliminar la entrada seleccionada (Supr)</translation>
    </message>
    <message>
        <source>Delete every entry, after asking</source>
        <translation>Eliminar todas las entradas, tras preguntar</translation>
    </message>
    <message>
        <source>History is not open yet.</source>
        <translation>El historial aún no está abierto.</translation>
    </message>
    <message>
        <source>warning sign at the last self-check: see the result</source>
        <translation>señal de alarma en la última autoevaluación: consulta el resultado</translation>
    </message>
    <message>
        <source>heavy-legs score at the last self-check</source>
        <translation>índice de piernas pesadas en la última autoevaluación</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>Aún no hay entradas.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entrada.</numerusform>
            <numerusform>%n entradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n entries to {path}</source>
        <translation>
            <numerusform>Se guardó %n entrada en {path}</numerusform>
            <numerusform>Se guardaron %n entradas en {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Warm-up: {name}</source>
        <translation>Calentamiento: {name}</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <source>Completed ({total})</source>
        <translation>Completado ({total})</translation>
    </message>
    <message>
        <source>Not finished (still running, or the app was closed)</source>
        <translation>Sin terminar (aún en curso, o se cerró la aplicación)</translation>
    </message>
    <message>
        <source>Skipped to the end</source>
        <translation>Saltado hasta el final</translation>
    </message>
    <message>
        <source>Stopped at {step}</source>
        <translation>Detenido en {step}</translation>
    </message>
    <message>
        <source>Stopped before the first step</source>
        <translation>Detenido antes del primer paso</translation>
    </message>
    <message>
        <source>warning sign: see the result</source>
        <translation>señal de alarma: consulta el resultado</translation>
    </message>
    <message>
        <source>heavy-legs score {score}</source>
        <translation>índice de piernas pesadas: {score}</translation>
    </message>
    <message>
        <source>Entry deleted.</source>
        <translation>Entrada eliminada.</translation>
    </message>
    <message>
        <source>History cleared.</source>
        <translation>Historial borrado.</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>No se pudo guardar {path}: {reason}</translation>
    </message>
    <message>
        <source>Clear all history?</source>
        <translation>¿Borrar todo el historial?</translation>
    </message>
    <message>
        <source>Delete every warm-up and self-check from your history? This cannot be undone. Export to CSV first if you want a copy.</source>
        <translation>¿Eliminar del historial todos los calentamientos y autoevaluaciones? No se puede deshacer. Si quieres una copia, exporta antes a CSV.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import a routine</source>
        <translation>Importar una rutina</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>Archivo: {0}</translation>
    </message>
    <message>
        <source>Total: {0}</source>
        <translation>Total: {0}</translation>
    </message>
    <message>
        <source>A routine called “{0}” is already in your library.</source>
        <translation>Ya hay una rutina llamada «{0}» en tu biblioteca.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Este archivo no se puede importar</translation>
    </message>
    <message>
        <source>Nothing was saved. What is wrong with it:</source>
        <translation>No se ha guardado nada. Esto es lo que falla:</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… y {0} más</translation>
    </message>
    <message>
        <source>Skip the rest</source>
        <extracomment>The runner chose to skip the files waiting behind this one. Only when files wait behind this one.</extracomment>
        <translation>Omitir el resto</translation>
    </message>
    <message>
        <source>line {0}: </source>
        <translation>línea {0}: </translation>
    </message>
</context>
<context>
    <name>ImportQueue</name>
    <message numerus="yes">
        <source>%n more files to import</source>
        <extracomment>Offer this file now (``pathlib.Path``); connect it directly: the next one waits for the slot to return. How many files wait behind the one being offered now (``int``; 0 when none).</extracomment>
        <translation>
            <numerusform>%n archivo más por importar</numerusform>
            <numerusform>%n archivos más por importar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeepAwake</name>
    <message>
        <source>A warm-up routine is running</source>
        <extracomment>States in which the screen must stay on: the runner is following the countdown.</extracomment>
        <translation>Rutina de calentamiento en curso</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Routine</source>
        <extracomment>Make a new routine from scratch. Edit a user routine, or make an editable copy of a built-in (``RoutineEntry``). Rename a user routine (``RoutineEntry``). Delete a user routine or a broken user file (``RoutineEntry`` or ``BrokenFile``). Export a routine (``RoutineEntry``). Import a file chosen in a file dialog. Bring back the routine deleted last. The user&apos;s routine folder: only broken files in it can be deleted from here.</extracomment>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Partes</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Built-in (read-only)</source>
        <translation>Predefinidas (solo lectura)</translation>
    </message>
    <message>
        <source>Your routines</source>
        <translation>Tus rutinas</translation>
    </message>
    <message>
        <source>None yet: make a new one, or duplicate one above</source>
        <translation>Ninguna aún: crea una nueva o duplica una de arriba</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>No se pudieron leer</translation>
    </message>
    <message>
        <source>broken file</source>
        <translation>archivo dañado</translation>
    </message>
    <message>
        <source>⚠ short  {0}</source>
        <translation>⚠ corta  {0}</translation>
    </message>
    <message>
        <source>⚠ long  {0}</source>
        <translation>⚠ larga  {0}</translation>
    </message>
    <message>
        <source>Outside the recommended 15-20 min</source>
        <translation>Fuera de los 15-20 min recomendados</translation>
    </message>
    <message>
        <source>outside 15 to 20 minutes</source>
        <translation>fuera de 15 a 20 minutos</translation>
    </message>
    <message>
        <source>Duplicate to edit</source>
        <translation>Duplicar para editar</translation>
    </message>
    <message>
        <source>No routine selected</source>
        <translation>Ninguna rutina seleccionada</translation>
    </message>
    <message>
        <source>This file could not be read:</source>
        <translation>No se pudo leer este archivo:</translation>
    </message>
    <message>
        <source>line {0}: </source>
        <translation>línea {0}: </translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>Archivo: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Total {0} (plus a {1} get-ready countdown), %n steps</source>
        <translation>
            <numerusform>Total {0} (más {1} de cuenta atrás inicial), %n paso</numerusform>
            <numerusform>Total {0} (más {1} de cuenta atrás inicial), %n pasos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Built in: read-only. Duplicate it to make your own version.</source>
        <translation>Predefinida: solo lectura. Duplícala para crear tu propia versión.</translation>
    </message>
    <message>
        <source>line {0}</source>
        <translation>línea {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Warm-up</source>
        <extracomment>The runner asked for the settings dialog (the app owns the settings and opens it). Routines, Self-check and History now exist (emitted once); the app wires them.</extracomment>
        <translation>Calentamiento</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Files to import (drops, other launches), offered one dialog at a time.</extracomment>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Calentamiento</translation>
    </message>
    <message>
        <source>&amp;Import routine…</source>
        <translation>&amp;Importar rutina…</translation>
    </message>
    <message>
        <source>&amp;Export routine…</source>
        <translation>&amp;Exportar rutina…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translation>Acerca &amp;de {0}</translation>
    </message>
</context>
<context>
    <name>OwnSoundImporter</name>
    <message>
        <source>Sounds ({0})</source>
        <translation>Sonidos ({0})</translation>
    </message>
</context>
<context>
    <name>OwnSounds</name>
    <message>
        <source>The file {name} was not found.</source>
        <translation>No se encontró el archivo {name}.</translation>
    </message>
    <message>
        <source>The file {name} could not be opened: {reason}</source>
        <translation>No se pudo abrir el archivo {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a file.</source>
        <translation>{name} no es un archivo.</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>El archivo {name} está vacío.</translation>
    </message>
    <message>
        <source>The file is {size:.1f} MB; a cue sound can be at most {limit} MB.</source>
        <translation>El archivo ocupa {size:.1f} MB; un sonido de aviso puede ocupar como máximo {limit} MB.</translation>
    </message>
    <message>
        <source>MP3, OGG and FLAC files need ffmpeg, which is not installed. Choose a WAV file, or install ffmpeg.</source>
        <translation>Los archivos MP3, OGG y FLAC necesitan ffmpeg, que no está instalado. Elige un archivo WAV o instala ffmpeg.</translation>
    </message>
    <message>
        <source>{name} is not a sound file this app can use. Choose a {kinds} file.</source>
        <translation>{name} no es un archivo de sonido que esta aplicación pueda usar. Elige un archivo {kinds}.</translation>
    </message>
    <message>
        <source>{name} is not a WAV file this app can read. It may be damaged, or use a WAV flavour that needs ffmpeg (not installed).</source>
        <translation>{name} no es un archivo WAV que esta aplicación pueda leer. Puede estar dañado o usar una variante de WAV que necesita ffmpeg (no instalado).</translation>
    </message>
    <message>
        <source>{name} could not be read as sound. It may be damaged, or not audio.</source>
        <translation>No se pudo leer {name} como sonido. Puede estar dañado o no ser audio.</translation>
    </message>
    <message>
        <source>The file contains no sound.</source>
        <translation>El archivo no contiene sonido.</translation>
    </message>
    <message>
        <source>The file is silent.</source>
        <translation>El archivo está en silencio.</translation>
    </message>
    <message>
        <source>The sound lasts {seconds:.1f} s; a cue sound can be at most {limit:g} s.</source>
        <translation>El sonido dura {seconds:.1f} s; un sonido de aviso puede durar como máximo {limit:g} s.</translation>
    </message>
    <message>
        <source>The file {name} could not be used: it {reason}.</source>
        <translation>No se pudo usar el archivo {name}: {reason}.</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <extracomment>A stored sound is at most MAX_SECONDS of 16-bit mono at SAMPLE_RATE, plus its silent tail.</extracomment>
        <translation>falta el archivo</translation>
    </message>
    <message>
        <source>the file {reason}</source>
        <translation>archivo: {reason}</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>el archivo está dañado</translation>
    </message>
    <message>
        <source>Your sound for “{cue}” can&apos;t be used ({reason}); the built-in sound plays instead.</source>
        <translation>No se puede usar tu sonido para «{cue}» ({reason}); en su lugar suena el sonido predefinido.</translation>
    </message>
</context>
<context>
    <name>PartForm</name>
    <message>
        <source>Part name:</source>
        <translation>Nombre de la parte:</translation>
    </message>
    <message>
        <source>e.g. Jog</source>
        <translation>p. ej., Trote</translation>
    </message>
    <message>
        <source>Pause between steps:</source>
        <translation>Pausa entre pasos:</translation>
    </message>
    <message>
        <source>Time to move to the next exercise of this part</source>
        <translation>Tiempo para pasar al siguiente ejercicio de esta parte</translation>
    </message>
    <message>
        <source>Part total:</source>
        <translation>Total de la parte:</translation>
    </message>
    <message>
        <source>Part {0} of {1}</source>
        <translation>Parte {0} de {1}</translation>
    </message>
    <message numerus="yes">
        <source>{0} (%n steps)</source>
        <translation>
            <numerusform>{0} (%n paso)</numerusform>
            <numerusform>{0} (%n pasos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Steps: {0}</source>
        <translation>Pasos: {0}</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Whole warm-up</source>
        <extracomment>Skipped stretches as fractions of the bar, (from, to), 0 to 1.</extracomment>
        <translation>Todo el calentamiento</translation>
    </message>
    <message>
        <source>Whole warm-up progress</source>
        <translation>Progreso de todo el calentamiento</translation>
    </message>
    <message>
        <source>{0} progress</source>
        <translation>Progreso de {0}</translation>
    </message>
    <message>
        <source>{0} {1} / {2}</source>
        <translation>{0} {1} / {2}</translation>
    </message>
    <message>
        <source>{0} done, {1} skipped, {2} left</source>
        <translation>Hecho {0}, saltado {1}, quedan {2}</translation>
    </message>
    <message>
        <source>{0} done, {1} left</source>
        <translation>Hecho {0}, quedan {1}</translation>
    </message>
</context>
<context>
    <name>RedFlagGate</name>
    <message>
        <source>Any of these?</source>
        <extracomment>Warning signs that stop the flow the moment they are ticked. &quot;Yes, or not sure&quot;: show the check boxes.</extracomment>
        <translation>¿Alguna de estas?</translation>
    </message>
    <message>
        <source>&amp;Yes, or not sure: tick which ▼</source>
        <translation>&amp;Sí, o tengo dudas: marca cuáles ▼</translation>
    </message>
    <message>
        <source>Yes, or not sure: tick which</source>
        <translation>Sí, o tengo dudas: marca cuáles</translation>
    </message>
    <message>
        <source>None of them? Press “No, none of these” below.</source>
        <translation>¿Ninguna? Pulsa «No, ninguna de estas» abajo.</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>Self-check result</source>
        <extracomment>Start today&apos;s warm-up (the routine from :meth:`chosen_entry`). Go back to the questions, answers kept. Clear every answer and begin again.</extracomment>
        <translation>Resultado de la autoevaluación</translation>
    </message>
    <message>
        <source>Today&apos;s warm-up</source>
        <translation>Calentamiento de hoy</translation>
    </message>
    <message>
        <source>Suggested for today and already ticked: the warm-up below includes them. Untick a change to leave it out.</source>
        <translation>Sugeridos para hoy y ya marcados: el calentamiento de abajo los incluye. Desmarca un cambio para dejarlo fuera.</translation>
    </message>
    <message>
        <source>&amp;Start the warm-up</source>
        <translation>&amp;Empezar el calentamiento</translation>
    </message>
    <message>
        <source>&amp;Change answers</source>
        <translation>&amp;Cambiar respuestas</translation>
    </message>
    <message>
        <source>Start a &amp;new check</source>
        <translation>&amp;Nueva autoevaluación</translation>
    </message>
    <message>
        <source>Why this result</source>
        <translation>Por qué este resultado</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Qué puedes hacer</translation>
    </message>
    <message>
        <source>Today: {advice}</source>
        <translation>Hoy: {advice}</translation>
    </message>
    <message>
        <source>Heavy-legs score: {score} of 100. A number to follow over time in your history, not a medical measure.</source>
        <translation>Índice de piernas pesadas: {score} de 100. Una cifra para seguir con el tiempo en tu historial, no una medida médica.</translation>
    </message>
    <message>
        <source>&amp;Start the adapted warm-up</source>
        <translation>&amp;Empezar el calentamiento adaptado</translation>
    </message>
    <message>
        <source>Choose a routine on the Warm-up tab, then come back to start it.</source>
        <translation>Elige una rutina en la pestaña Calentamiento y vuelve aquí para empezarla.</translation>
    </message>
    <message>
        <source>Routine: {name}, {total}</source>
        <translation>Rutina: {name}, {total}</translation>
    </message>
    <message>
        <source> (adapted)</source>
        <translation> (adaptada)</translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>e.g. Tempo day warm-up</source>
        <translation>p. ej., Calentamiento de tempo</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>What this warm-up is for</source>
        <translation>Para qué sirve este calentamiento</translation>
    </message>
    <message>
        <source>Get-ready countdown:</source>
        <translation>Cuenta atrás inicial:</translation>
    </message>
    <message>
        <source>Counted down before the first step; not in the total</source>
        <translation>Se cuenta antes del primer paso; no entra en el total</translation>
    </message>
</context>
<context>
    <name>RoutinePicker</name>
    <message>
        <source>Routine</source>
        <extracomment>Combo data of the item for a loaded routine that the library does not list. The runner chose a routine from the list (``RoutineEntry``). The runner asked to go back from an adapted copy to its original.</extracomment>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Loading routines…</source>
        <translation>Cargando rutinas…</translation>
    </message>
    <message>
        <source>Adapted for today</source>
        <translation>Adaptada para hoy</translation>
    </message>
    <message>
        <source>Use the original</source>
        <translation>Usar la original</translation>
    </message>
    <message>
        <source>Go back to the routine as it is saved</source>
        <translation>Volver a la rutina tal como está guardada</translation>
    </message>
    <message>
        <source>Show the list</source>
        <translation>Mostrar la lista</translation>
    </message>
    <message>
        <source>Which routine files could not be read, and why</source>
        <translation>Qué archivos de rutina no se pudieron leer, y por qué</translation>
    </message>
    <message>
        <source>Routine:</source>
        <translation>Rutina:</translation>
    </message>
    <message>
        <source>No routines found.</source>
        <translation>No se encontraron rutinas.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n routine files could not be read.</source>
        <translation>
            <numerusform>⚠ No se pudo leer %n archivo de rutina.</numerusform>
            <numerusform>⚠ No se pudieron leer %n archivos de rutina.</numerusform>
        </translation>
    </message>
    <message>
        <source> (+{0} more)</source>
        <translation> (+{0} más)</translation>
    </message>
    <message>
        <source>Routine files that could not be read</source>
        <translation>Archivos de rutina que no se pudieron leer</translation>
    </message>
</context>
<context>
    <name>RoutinesView</name>
    <message>
        <source>this routine</source>
        <extracomment>The routines on disk changed (``Library``): saved, imported, renamed, deleted, restored. The runner chose to skip the files waiting to be imported after the one shown. Makes the driver of a &quot;Try it&quot; run (tests give one on a fake clock). Makes the view a &quot;Try it&quot; run is shown in (the window gives the Warm-up tab&apos;s view).</extracomment>
        <translation>esta rutina</translation>
    </message>
    <message>
        <source>My warm-up</source>
        <translation>Mi calentamiento</translation>
    </message>
    <message>
        <source>Jog</source>
        <translation>Trote</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (copia)</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>Aún no se puede guardar</translation>
    </message>
    <message>
        <source>Fix the marked fields first:
{0}</source>
        <translation>Primero corrige los campos marcados:
{0}</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>Could not rename</source>
        <translation>No se pudo renombrar</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>No se pudo eliminar</translation>
    </message>
    <message>
        <source>“{0}” was moved to the trash.</source>
        <translation>«{0}» se movió a la papelera.</translation>
    </message>
    <message>
        <source>Could not restore</source>
        <translation>No se pudo restaurar</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>No se pudo importar</translation>
    </message>
    <message>
        <source>Cannot export yet</source>
        <translation>Aún no se puede exportar</translation>
    </message>
    <message>
        <source>Fix the marked fields first.</source>
        <translation>Primero corrige los campos marcados.</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nada que exportar</translation>
    </message>
    <message>
        <source>Select a routine first.</source>
        <translation>Selecciona primero una rutina.</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>No se pudo exportar</translation>
    </message>
</context>
<context>
    <name>RunTray</name>
    <message>
        <source>Pause</source>
        <extracomment>The runner asked to see the main window (menu item or a click on the icon). The runner chose Quit from the tray menu.</extracomment>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Saltar al siguiente paso</translation>
    </message>
    <message>
        <source>Show {0}</source>
        <translation>Mostrar {0}</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>{0}: ready</source>
        <translation>{0}: listo</translation>
    </message>
    <message>
        <source>{0}: warm-up complete</source>
        <translation>{0}: calentamiento completado</translation>
    </message>
    <message>
        <source>Get ready: {0}</source>
        <translation>Prepárate: {0}</translation>
    </message>
    <message>
        <source>Switch sides: {0}</source>
        <translation>Cambia de lado: {0}</translation>
    </message>
    <message>
        <source>Next exercise in {0}</source>
        <translation>Siguiente ejercicio en {0}</translation>
    </message>
    <message>
        <source>{0}{1}: {2} left</source>
        <translation>{0}{1}: quedan {2}</translation>
    </message>
    <message>
        <source>Paused. {0}</source>
        <translation>En pausa. {0}</translation>
    </message>
    <message>
        <source>{0} of the warm-up left</source>
        <translation>Quedan {0} de calentamiento</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <source>◀◀ Back</source>
        <extracomment>Full screen was asked for (F11). The runner counts the warm-up they skipped to the end of as done (history records it). Focus mode went on (a routine runs: only what a runner needs) or off (paused, stopped). How long the controls strip stays after the last mouse move or key press. Asks before stopping a running routine; replaced in tests (no modal dialogs there). Asks before restarting a warm-up under way (R or the button); replaced in tests.</extracomment>
        <translation>◀◀ Atrás</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Skip ▶▶</source>
        <translation>Saltar ▶▶</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Count it as done</source>
        <translation>Contarlo como hecho</translation>
    </message>
    <message>
        <source>You skipped to the end: record this warm-up as completed anyway</source>
        <translation>Saltaste hasta el final: registra este calentamiento como completado de todos modos</translation>
    </message>
    <message>
        <source>Back to the start of this step; twice: previous (Left)</source>
        <translation>Volver al inicio de este paso; dos veces: al anterior (←)</translation>
    </message>
    <message>
        <source>Start, pause or resume (Space)</source>
        <translation>Empezar, pausar o reanudar (Espacio)</translation>
    </message>
    <message>
        <source>Skip to the next step (Right)</source>
        <translation>Saltar al siguiente paso (→)</translation>
    </message>
    <message>
        <source>Start the routine again (R)</source>
        <translation>Volver a empezar la rutina (R)</translation>
    </message>
    <message>
        <source>Stop the routine (Esc)</source>
        <translation>Detener la rutina (Esc)</translation>
    </message>
    <message>
        <source>Start / Pause</source>
        <translation>Empezar / Pausar</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Counted as done. Have a good run!</source>
        <translation>Contado como hecho. ¡Buena carrera!</translation>
    </message>
    <message>
        <source>Restart the warm-up?</source>
        <translation>¿Reiniciar el calentamiento?</translation>
    </message>
    <message>
        <source>Start this warm-up again from the beginning? Your place in it will be lost.</source>
        <translation>¿Volver a empezar este calentamiento desde el principio? Perderás el punto en el que ibas.</translation>
    </message>
    <message>
        <source>Stop the warm-up?</source>
        <translation>¿Detener el calentamiento?</translation>
    </message>
    <message>
        <source>Stop this warm-up? Your place in it will be lost.</source>
        <translation>¿Detener este calentamiento? Perderás el punto en el que ibas.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
</context>
<context>
    <name>SelfCheckPanel</name>
    <message>
        <source>Health screen</source>
        <extracomment>A result was shown for answers not reported before: (``Report``, ``dict[str, bool]``). A warm-up was started from the result (``RoutineEntry``, possibly an adapted copy).</extracomment>
        <translation>Cuestionario de salud</translation>
    </message>
    <message>
        <source>Your legs today</source>
        <translation>Tus piernas hoy</translation>
    </message>
    <message>
        <source>Tick what applies. Leave the rest unticked.</source>
        <translation>Marca lo que corresponda. Deja el resto sin marcar.</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Siguiente ▶</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>You said your legs hurt or that you have poor circulation. Before the result, read every warning sign again and tick any that applies.</source>
        <translation>Has indicado que te duelen las piernas o que tienes mala circulación. Antes del resultado, vuelve a leer todas las señales de alarma y marca cualquiera que corresponda.</translation>
    </message>
    <message>
        <source>Before the result: the warning signs again</source>
        <translation>Antes del resultado: de nuevo las señales de alarma</translation>
    </message>
    <message>
        <source>Step {n} of {count}</source>
        <translation>Paso {n} de {count}</translation>
    </message>
    <message>
        <source>None of these apply: see the &amp;result ▶</source>
        <translation>No corresponde ninguna: ver el &amp;resultado ▶</translation>
    </message>
    <message>
        <source>&amp;No, none of these ▶</source>
        <translation>&amp;No, ninguna de estas ▶</translation>
    </message>
    <message>
        <source>See the &amp;result ▶</source>
        <translation>Ver el &amp;resultado ▶</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
</context>
<context>
    <name>SessionAudio</name>
    <message>
        <source>The sounds could not be prepared ({0}), so this warm-up shows its cues on screen only.</source>
        <extracomment>Something the runner should know once (no sound output, an own sound replaced).</extracomment>
        <translation>No se pudieron preparar los sonidos ({0}), así que este calentamiento solo muestra los avisos en pantalla.</translation>
    </message>
    <message>
        <source>The sound folder cannot be written ({0}); the sounds are kept in memory for this session.</source>
        <translation>No se puede escribir en la carpeta de sonidos ({0}); los sonidos se guardan en memoria durante esta sesión.</translation>
    </message>
    <message>
        <source>No voice: {0} Settings → Voice says what to install.</source>
        <translation>Sin voz: {0} En Ajustes → Voz se indica qué instalar.</translation>
    </message>
    <message>
        <source>The sound for “{0}” could not be loaded: {1}</source>
        <translation>No se pudo cargar el sonido de «{0}»: {1}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings could not be saved to {0}. Changes are used until you quit.</source>
        <extracomment>Far more than any settings file the app writes (about 2 KB); a bigger one is not ours. &quot;Restore defaults&quot; resets it. Window geometry is remembered state, not a preference. How cues are played: &quot;stream&quot; (one open output, every sound at its exact sample) or &quot;effects&quot; (the older QSoundEffect per kind, kept for comparison). Not in the dialog. Play every sound this many milliseconds early, to cancel an output&apos;s delay (Bluetooth). Without a voice for the interface language: English lines in an English voice, or silence. The interface language (a code of i18n/languages.py), &quot;&quot; for the system&apos;s; read at start-up. The version of the first-run disclaimer the runner accepted (0: none yet); see gui/dialogs/disclaimer.py. A preference changed (the key&apos;s name, e.g. ``&quot;sounds/volume&quot;``); read it with ``get``. Saving failed (a message for the runner); the new values stay in use for this run. What was wrong with the file when it was loaded, one message each, for the runner. None while the file is left alone for the session (it could not be read).</extracomment>
        <translation>No se pudieron guardar tus ajustes en {0}. Los cambios se usarán hasta que salgas.</translation>
    </message>
    <message>
        <source>Your settings file {0} could not be read ({1}), so the defaults are in use for this session. The file was left as it is, and changes are not saved to it.</source>
        <translation>No se pudo leer tu archivo de ajustes {0} ({1}), así que en esta sesión se usan los valores predeterminados. El archivo se ha dejado tal cual y los cambios no se guardarán en él.</translation>
    </message>
    <message>
        <source>(it could not be moved aside: {0})</source>
        <translation>(no se pudo apartar: {0})</translation>
    </message>
    <message>
        <source>The damaged file was kept as {0}.</source>
        <translation>El archivo dañado se guardó como {0}.</translation>
    </message>
    <message>
        <source>Your settings file could not be read, so the defaults are in use. {0}</source>
        <translation>No se pudo leer tu archivo de ajustes, así que se usan los valores predeterminados. {0}</translation>
    </message>
    <message>
        <source>Some settings had values the app cannot use and were reset: {0}.</source>
        <translation>Algunos ajustes tenían valores que la aplicación no puede usar y se han restablecido: {0}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>The form&apos;s values were stored (OK or Apply).</extracomment>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>&amp;Sounds</source>
        <extracomment>Shows a problem to the runner; replaced in tests (no modal boxes there). The tap-to-calibrate dialog while it is open. Asks for a sound file; replaced in tests.</extracomment>
        <translation>&amp;Sonidos</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>&amp;Voz</translation>
    </message>
    <message>
        <source>&amp;Timing</source>
        <translation>&amp;Tiempos</translation>
    </message>
    <message>
        <source>&amp;Look</source>
        <translation>&amp;Aspecto</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Vol&amp;ume:</source>
        <translation>Vol&amp;umen:</translation>
    </message>
    <message>
        <source>Sound for {0}</source>
        <translation>Sonido para {0}</translation>
    </message>
    <message>
        <source>▶ Preview</source>
        <translation>▶ Escuchar</translation>
    </message>
    <message>
        <source>Preview the {0} sound</source>
        <translation>Escuchar el sonido de {0}</translation>
    </message>
    <message>
        <source>Play this sound now</source>
        <translation>Reproducir este sonido ahora</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Play sounds early by</source>
        <translation>Adelantar los sonidos</translation>
    </message>
    <message>
        <source>Bluetooth headphones play sound late, often by 100 to 300 ms. Every cue sound is played this much earlier to make up for it.</source>
        <translation>Los auriculares Bluetooth reproducen el sonido con retraso, a menudo de 100 a 300 ms. Cada sonido de aviso se reproduce con esta antelación para compensarlo.</translation>
    </message>
    <message>
        <source>Play sounds &amp;early by:</source>
        <translation>Adelantar &amp;los sonidos:</translation>
    </message>
    <message>
        <source>C&amp;alibrate…</source>
        <translation>Cali&amp;brar…</translation>
    </message>
    <message>
        <source>Calibrate the sound delay by tapping</source>
        <translation>Calibrar el retardo del sonido marcando el ritmo</translation>
    </message>
    <message>
        <source>Tap along to a few clicks and the app suggests how early to play sounds.</source>
        <translation>Marca el ritmo de unos cuantos clics y la aplicación te sugerirá cuánto adelantar los sonidos.</translation>
    </message>
    <message>
        <source>Each cue has its own sound, so you know what happened without looking.</source>
        <translation>Cada aviso tiene su propio sonido, para que sepas qué ha pasado sin mirar.</translation>
    </message>
    <message>
        <source>&amp;Say each step&apos;s name and what comes next</source>
        <translation>A&amp;nunciar el nombre de cada paso y lo que viene después</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Velocidad del habla</translation>
    </message>
    <message>
        <source>Much faster</source>
        <translation>Mucho más rápida</translation>
    </message>
    <message>
        <source>&amp;Test voice</source>
        <translation>&amp;Probar voz</translation>
    </message>
    <message>
        <source>Test the voice</source>
        <translation>Probar la voz</translation>
    </message>
    <message>
        <source>V&amp;oice:</source>
        <translation>V&amp;oz:</translation>
    </message>
    <message>
        <source>Speaking &amp;rate:</source>
        <translation>Velocidad &amp;del habla:</translation>
    </message>
    <message>
        <source>Speak English</source>
        <translation>Hablar en inglés</translation>
    </message>
    <message>
        <source>No announcements</source>
        <translation>Sin anuncios</translation>
    </message>
    <message>
        <source>Without a voice for your language</source>
        <translation>Si no hay voz para tu idioma</translation>
    </message>
    <message>
        <source>Without a voice for your &amp;language:</source>
        <translation>Si no ha&amp;y voz para tu idioma:</translation>
    </message>
    <message>
        <source>The voice never talks over a countdown. Without a speech engine the app shows the next step on screen only.</source>
        <translation>La voz nunca habla encima de una cuenta atrás. Sin un motor de voz, la aplicación solo muestra el siguiente paso en pantalla.</translation>
    </message>
    <message>
        <source>As set in the routine</source>
        <translation>Según la rutina</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Get-ready time before the first step</source>
        <translation>Tiempo de preparación antes del primer paso</translation>
    </message>
    <message>
        <source>The lowest value keeps each routine&apos;s own get-ready time.</source>
        <translation>El valor mínimo mantiene el tiempo de preparación propio de cada rutina.</translation>
    </message>
    <message>
        <source>No countdown</source>
        <translation>Sin cuenta atrás</translation>
    </message>
    <message>
        <source>Countdown beeps before each step</source>
        <translation>Pitidos de cuenta atrás antes de cada paso</translation>
    </message>
    <message>
        <source> steps/min</source>
        <translation> pasos/min</translation>
    </message>
    <message>
        <source>Your usual running cadence</source>
        <translation>Tu cadencia habitual de carrera</translation>
    </message>
    <message>
        <source>Metronome above your cadence</source>
        <translation>Metrónomo por encima de tu cadencia</translation>
    </message>
    <message>
        <source>&amp;Get-ready time:</source>
        <translation>Tiempo de p&amp;reparación:</translation>
    </message>
    <message>
        <source>&amp;Countdown before each step:</source>
        <translation>&amp;Cuenta atrás antes de cada paso:</translation>
    </message>
    <message>
        <source>Your usual &amp;cadence:</source>
        <translation>Tu cadencia &amp;habitual:</translation>
    </message>
    <message>
        <source>&amp;Metronome above it:</source>
        <translation>&amp;Metrónomo por encima:</translation>
    </message>
    <message>
        <source>Raise your cadence a little at a time (5 to 10 %). Timing changes apply from the next start.</source>
        <translation>Aumenta tu cadencia poco a poco (un 5 a 10 %). Los cambios de tiempos se aplican a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Start in &amp;full screen</source>
        <translation>Empe&amp;zar en pantalla completa</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>En movimiento</translation>
    </message>
    <message>
        <source>Still (no motion)</source>
        <translation>Fijas (sin movimiento)</translation>
    </message>
    <message>
        <source>Off (cue lines only)</source>
        <translation>Desactivadas (solo frases guía)</translation>
    </message>
    <message>
        <source>Exercise figures</source>
        <translation>Figuras de ejercicios</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>&amp;Exercise figures:</source>
        <translation>&amp;Figuras de ejercicios:</translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation>Idioma del sistema ({0})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Restart Warm-up Timer to see the new language.</source>
        <translation>Reinicia Warm-up Timer para ver el nuevo idioma.</translation>
    </message>
    <message>
        <source>Text follows your system&apos;s font size, and a high-contrast system setting gives the timer high-contrast colours.</source>
        <translation>El texto sigue el tamaño de letra del sistema, y un ajuste de alto contraste en el sistema da al temporizador colores de alto contraste.</translation>
    </message>
    <message>
        <source>Countdown (3, 2, 1)</source>
        <translation>Cuenta atrás (3, 2, 1)</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>Mitad</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambio de lado</translation>
    </message>
    <message>
        <source>New part</source>
        <translation>Nueva parte</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Metronome click</source>
        <translation>Clic del metrónomo</translation>
    </message>
    <message>
        <source>This setting could not be saved: {0}</source>
        <translation>No se pudo guardar este ajuste: {0}</translation>
    </message>
    <message>
        <source>Defaults restored in the form; press OK or Apply to keep them.</source>
        <translation>Valores predeterminados restaurados en el formulario; pulsa Aceptar o Aplicar para conservarlos.</translation>
    </message>
    <message>
        <source>Built-in sound</source>
        <translation>Sonido integrado</translation>
    </message>
    <message>
        <source>Own: {0}</source>
        <translation>Propio: {0}</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <source>WAV sounds (*.wav)</source>
        <translation>Sonidos WAV (*.wav)</translation>
    </message>
    <message>
        <source>Choose a sound for {0}</source>
        <translation>Elige un sonido para {0}</translation>
    </message>
    <message>
        <source>The suggested delay is in the form; press OK or Apply to keep it.</source>
        <translation>El retardo sugerido está en el formulario; pulsa Aceptar o Aplicar para conservarlo.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Voz predeterminada</translation>
    </message>
    <message>
        <source>{0} (not available)</source>
        <translation>{0} (no disponible)</translation>
    </message>
    <message>
        <source>Much slower</source>
        <translation>Mucho más lenta</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Más lenta</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Más rápida</translation>
    </message>
    <message>
        <source>Next: Deep lunge stretch, left side</source>
        <translation>Siguiente: estiramiento en zancada, lado izquierdo</translation>
    </message>
    <message>
        <source>The metronome clicks {0:.0f} times a minute.</source>
        <translation>El metrónomo suena {0:.0f} veces por minuto.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSA</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Tiempo restante de este paso</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Paso actual</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>Skipped to the end</source>
        <translation>Saltado hasta el final</translation>
    </message>
    <message>
        <source>Warm-up complete. Have a good run!</source>
        <translation>Calentamiento completado. ¡Buena carrera!</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>Siguiente: {0}</translation>
    </message>
    <message>
        <source>Next: finish</source>
        <translation>Siguiente: fin</translation>
    </message>
    <message>
        <source>Ready. Press Space to start</source>
        <translation>Listo. Pulsa Espacio para empezar</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Paused: </source>
        <translation>En pausa: </translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambia de lado</translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation>Colócate en posición</translation>
    </message>
    <message>
        <source>Work · {0} · step {1} of {2}</source>
        <translation>Ejercicio · {0} · paso {1} de {2}</translation>
    </message>
    <message>
        <source>◀ LEFT {0}</source>
        <translation>◀ IZQUIERDA: {0}</translation>
    </message>
    <message>
        <source>RIGHT {0} ▶</source>
        <translation>DERECHA: {0} ▶</translation>
    </message>
    <message>
        <source>Go!</source>
        <translation>¡Ya!</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>Mitad</translation>
    </message>
    <message>
        <source>Done!</source>
        <translation>¡Hecho!</translation>
    </message>
</context>
<context>
    <name>StepAnnouncer</name>
    <message>
        <source>Stopped.</source>
        <extracomment>Every message announced, in order (what a screen reader was told).</extracomment>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>Warm-up complete. Have a good run!</source>
        <translation>Calentamiento completado. ¡Buena carrera!</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pausa.</translation>
    </message>
    <message>
        <source>Get ready, {0}. First: {1}.</source>
        <translation>Prepárate, {0}. Primero: {1}.</translation>
    </message>
    <message>
        <source>Switch sides, {0}. Next: {1}.</source>
        <translation>Cambia de lado, {0}. Siguiente: {1}.</translation>
    </message>
    <message>
        <source>Next exercise in {0}: {1}.</source>
        <translation>Siguiente ejercicio en {0}: {1}.</translation>
    </message>
    <message>
        <source>{0}. {1}.</source>
        <translation>{0}. {1}.</translation>
    </message>
    <message>
        <source>Resumed. {0}</source>
        <translation>Reanudado. {0}</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>Step name:</source>
        <translation>Nombre del paso:</translation>
    </message>
    <message>
        <source>e.g. Easy jog</source>
        <translation>p. ej., Trote suave</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <source>Per side: run it left, then right (duration is per side)</source>
        <translation>Por lado: primero izquierda, luego derecha (la duración es por lado)</translation>
    </message>
    <message>
        <source>Switch sides:</source>
        <translation>Cambio de lado:</translation>
    </message>
    <message>
        <source>Reps:</source>
        <translation>Repeticiones:</translation>
    </message>
    <message>
        <source>e.g. 8-10 slow reps each side</source>
        <translation>p. ej., 8-10 repeticiones lentas por lado</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Instrucciones:</translation>
    </message>
    <message>
        <source>How to do it, in a few words</source>
        <translation>Cómo hacerlo, en pocas palabras</translation>
    </message>
    <message>
        <source>Metronome: cadence clicks during this step</source>
        <translation>Metrónomo: clics de cadencia durante este paso</translation>
    </message>
    <message>
        <source>Step total:</source>
        <translation>Total del paso:</translation>
    </message>
    <message>
        <source>No figure</source>
        <translation>Sin figura</translation>
    </message>
    <message>
        <source>Figure:</source>
        <translation>Figura:</translation>
    </message>
    <message>
        <source>Up to 3 short cues, one per line, shown large beside the figure</source>
        <translation>Hasta 3 frases cortas, una por línea, que se muestran grandes junto a la figura</translation>
    </message>
    <message>
        <source>Cue lines:</source>
        <translation>Frases guía:</translation>
    </message>
    <message>
        <source>Step {0} of {1} in “{2}”</source>
        <translation>Paso {0} de {1} en «{2}»</translation>
    </message>
    <message>
        <source>{0} (left {1}, switch {2}, right {1})</source>
        <translation>{0} (izquierda {1}, cambio {2}, derecha {1})</translation>
    </message>
</context>
<context>
    <name>StreamPlayer</name>
    <message>
        <source>This sound could not be played: %1</source>
        <extracomment>The first retry after a loss comes after Qt&apos;s own reconnect: when the sound server dies, Qt&apos;s PulseAudio backend drops its context and tries again 3 s later; a sink made in between aborts the whole process (libpulse&apos;s assertion in pa_context_get_state). Past that attempt a new sink connects afresh, but only to a server that is there (``sound_server_reachable``). Every sound is placed this long after its time on the monotonic clock. A block may be rendered up to a buffer ahead of being queued behind another buffer, so a cue due at once (the first tick at Start, a &quot;go&quot; after a skip) would land wherever the next block starts; with this margin it lands at its exact sample like every other cue, and all are heard with the same constant delay. An underrun the output reports re-anchors the sounds at once (``FrameClock.gap``); past this, a disagreement with the output&apos;s report does too (a stall, a device change). Less than this is the report&apos;s own noise and shifts (measured up to 50 ms), not what is heard. The sink&apos;s state changed (``QtAudio.State``, ``QtAudio.Error``): rare, never per block. The output went away mid-run (message), or came back (empty message).</extracomment>
        <translation>No se pudo reproducir este sonido: %1</translation>
    </message>
    <message>
        <source>The sound output stopped. Cues are shown on screen; sound resumes when it is back.</source>
        <translation>La salida de sonido se ha detenido. Los avisos se muestran en pantalla; el sonido volverá cuando vuelva la salida.</translation>
    </message>
    <message>
        <source>No sound output was found. Cues will be shown on screen only.</source>
        <translation>No se encontró ninguna salida de sonido. Los avisos solo se mostrarán en pantalla.</translation>
    </message>
</context>
<context>
    <name>StructureTree</name>
    <message>
        <source>Parts and steps</source>
        <extracomment>The selected item changed (target). A dragged part should move: (from index, to index counted after taking it out). A dragged step should move: ((part, index), (part, index after taking it out)).</extracomment>
        <translation>Partes y pasos</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>(unnamed part)</source>
        <translation>(parte sin nombre)</translation>
    </message>
    <message>
        <source>  · {0} between steps</source>
        <translation>  · {0} entre pasos</translation>
    </message>
    <message>
        <source>(unnamed step)</source>
        <translation>(paso sin nombre)</translation>
    </message>
    <message>
        <source>  · each side</source>
        <translation>  · cada lado</translation>
    </message>
    <message>
        <source>has a problem</source>
        <translation>tiene un problema</translation>
    </message>
</context>
<context>
    <name>SuggestionOffer</name>
    <message>
        <source>Choose a routine on the Warm-up tab to see what would change.</source>
        <extracomment>Results that leave room for a warm-up today. Accepted or not any more.</extracomment>
        <translation>Elige una rutina en la pestaña Calentamiento para ver qué cambiaría.</translation>
    </message>
    <message>
        <source>This routine has no easy-jog step in its first part, so nothing would change.</source>
        <translation>Esta rutina no tiene un paso de trote suave en su primera parte, así que no cambiaría nada.</translation>
    </message>
    <message>
        <source>The metronome is already on for the jog in this routine.</source>
        <translation>El metrónomo ya está activado para el trote de esta rutina.</translation>
    </message>
    <message>
        <source>This routine has no easy-jog step, so nothing would change.</source>
        <translation>Esta rutina no tiene un paso de trote suave, así que no cambiaría nada.</translation>
    </message>
    <message>
        <source>{step} {before} → {after}; total {total_before} → {total_after}</source>
        <translation>{step} {before} → {after}; total {total_before} → {total_after}</translation>
    </message>
    <message>
        <source>(longer than the recommended 15-20 min)</source>
        <translation>(más de los 15-20 min recomendados)</translation>
    </message>
    <message>
        <source>Metronome on for: {steps}</source>
        <translation>Metrónomo activado en: {steps}</translation>
    </message>
</context>
<context>
    <name>TryRunDialog</name>
    <message>
        <source>Try: {0}</source>
        <extracomment>Makes the trial&apos;s driver for a speed (replaced in tests by one on a fake clock). Builds the view a trial is shown in, around the trial&apos;s own controller.</extracomment>
        <translation>Prueba: {0}</translation>
    </message>
    <message>
        <source> ({0}x speed)</source>
        <translation> (velocidad {0}x)</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>speech engine %1 is not installed</source>
        <extracomment>Qt&apos;s test engine: speaks nothing, keeps time. Never chosen on its own. Names the engine for this process: &quot;auto&quot; (the default), &quot;none&quot;, or an engine name. The tests set it to &quot;mock&quot;; a runner can set &quot;none&quot; to keep speech-dispatcher out of the app entirely. espeak-ng (through speech-dispatcher) lists &quot;English (Caribbean)&quot; first for en_US; the country&apos;s own voice is what a runner there expects. The country whose voice a language&apos;s speakers expect when theirs is not listed first. No usable engine (message for the user). Emitted once per engine choice. True when speech starts, False when it ends (or is stopped, or fails).</extracomment>
        <translation>el motor de voz %1 no está instalado</translation>
    </message>
    <message>
        <source>%1 has no voice for %2</source>
        <translation>%1 no tiene ninguna voz para %2</translation>
    </message>
    <message>
        <source>Voice announcements are switched off.</source>
        <translation>Los anuncios por voz están desactivados.</translation>
    </message>
    <message>
        <source>No speech engine could be started (%1).</source>
        <translation>No se pudo iniciar ningún motor de voz (%1).</translation>
    </message>
    <message>
        <source>No speech engine is installed.</source>
        <translation>No hay ningún motor de voz instalado.</translation>
    </message>
    <message>
        <source>The speech engine has no voice for {0}.</source>
        <translation>El motor de voz no tiene ninguna voz para el idioma {0}.</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu, install the speech engine and its voices with:
sudo apt install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng
then restart Warm-up Timer.</source>
        <translation>En Debian o Ubuntu, instala el motor de voz y sus voces con:
sudo apt install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng
y luego reinicia Warm-up Timer.</translation>
    </message>
    <message>
        <source>The speech engine stopped working (%1).</source>
        <translation>El motor de voz ha dejado de funcionar (%1).</translation>
    </message>
</context>
<context>
    <name>VoicePreview</name>
    <message>
        <source>No speech engine is available.</source>
        <translation>No hay ningún motor de voz disponible.</translation>
    </message>
    <message>
        <source>The voice {0} is not available now.</source>
        <translation>La voz {0} no está disponible ahora.</translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <source>No warm-ups finished yet.</source>
        <translation>Ningún calentamiento terminado aún.</translation>
    </message>
    <message>
        <source>Warm-ups per week</source>
        <translation>Calentamientos por semana</translation>
    </message>
    <message>
        <source>Chart of warm-ups per week</source>
        <translation>Gráfico de calentamientos por semana</translation>
    </message>
    <message>
        <source>Warm-ups</source>
        <translation>Calentamientos</translation>
    </message>
    <message numerus="yes">
        <source>%n warm-ups this week</source>
        <translation>
            <numerusform>%n calentamiento esta semana</numerusform>
            <numerusform>%n calentamientos esta semana</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>Log folder</source>
        <translation>Carpeta de registros</translation>
    </message>
    <message>
        <source>The log files are in:
{0}</source>
        <translation>Los archivos de registro están en:
{0}</translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <source>Brisk walk</source>
        <translation>Caminata rápida</translation>
    </message>
    <message>
        <source>Easy jog</source>
        <translation>Trote suave</translation>
    </message>
    <message>
        <source>Strides</source>
        <translation>Aceleraciones</translation>
    </message>
    <message>
        <source>Walk back</source>
        <translation>Vuelta caminando</translation>
    </message>
    <message>
        <source>Deep lunge</source>
        <translation>Zancada profunda</translation>
    </message>
    <message>
        <source>Standing quad</source>
        <translation>Cuádriceps de pie</translation>
    </message>
    <message>
        <source>Standing adductor</source>
        <translation>Aductores de pie</translation>
    </message>
    <message>
        <source>Standing TFL</source>
        <translation>TFL de pie</translation>
    </message>
    <message>
        <source>Lying glute</source>
        <translation>Glúteo tumbado</translation>
    </message>
    <message>
        <source>Standing calf</source>
        <translation>Gemelos de pie</translation>
    </message>
    <message>
        <source>side</source>
        <translation>lado</translation>
    </message>
    <message>
        <source>leg forward</source>
        <translation>pierna adelante</translation>
    </message>
    <message>
        <source>heel to buttock</source>
        <translation>talón al glúteo</translation>
    </message>
    <message>
        <source>knee bends</source>
        <translation>rodilla flexionada</translation>
    </message>
    <message>
        <source>leg crosses behind</source>
        <translation>pierna cruzada detrás</translation>
    </message>
    <message>
        <source>ankle across</source>
        <translation>tobillo cruzado</translation>
    </message>
    <message>
        <source>leg back</source>
        <translation>pierna atrás</translation>
    </message>
</context>
<context>
    <name>routine</name>
    <message>
        <source>Pre-run warm-up</source>
        <translation>Calentamiento previo</translation>
    </message>
    <message>
        <source>An easy walk and jog, then six dynamic stretches, each on both sides, before an everyday run.</source>
        <translation>Caminata y trote suaves, y luego seis estiramientos dinámicos, cada uno por los dos lados, antes de una carrera normal.</translation>
    </message>
    <message>
        <source>Jog</source>
        <translation>Trote</translation>
    </message>
    <message>
        <source>Brisk walk</source>
        <translation>Caminata rápida</translation>
    </message>
    <message>
        <source>Walk briskly with loose, swinging arms to ease into movement.</source>
        <translation>Camina a paso vivo, con los brazos sueltos y balanceándolos, para ir entrando en movimiento.</translation>
    </message>
    <message>
        <source>Brisk steps, loose swinging arms</source>
        <translation>Paso vivo, brazos sueltos</translation>
    </message>
    <message>
        <source>Easy jog</source>
        <translation>Trote suave</translation>
    </message>
    <message>
        <source>Easy, conversational effort (about 3-4 out of 10): you could talk in full sentences. Shoulders relaxed, steps light.</source>
        <translation>Esfuerzo suave, de los que permiten conversar (unos 3-4 sobre 10): podrías hablar con frases completas. Hombros relajados, pasos ligeros.</translation>
    </message>
    <message>
        <source>Easy pace: you could still talk</source>
        <translation>Ritmo suave: aún podrías hablar</translation>
    </message>
    <message>
        <source>Shoulders relaxed, steps light</source>
        <translation>Hombros relajados, pasos ligeros</translation>
    </message>
    <message>
        <source>Dynamic stretches</source>
        <translation>Estiramientos dinámicos</translation>
    </message>
    <message>
        <source>Deep lunge stretch</source>
        <translation>Estiramiento en zancada</translation>
    </message>
    <message>
        <source>8-10 slow reps each side</source>
        <translation>8-10 repeticiones lentas por lado</translation>
    </message>
    <message>
        <source>Long step forward, front knee over the ankle, back knee down or just off the floor. Tuck your pelvis, squeeze the buttock (glute) of the back leg and rock your hips forward for 2 s, back for 2 s. Start small, widen bit by bit; no bouncing, no pain.</source>
        <translation>Da un paso largo adelante, con la rodilla delantera sobre el tobillo y la rodilla trasera en el suelo o justo por encima. Mete la pelvis, aprieta el glúteo de la pierna de atrás y lleva la cadera adelante 2 s y atrás 2 s. Empieza con poco recorrido y amplíalo poco a poco; sin rebotes y sin dolor.</translation>
    </message>
    <message>
        <source>Long step, front knee over ankle</source>
        <translation>Paso largo, rodilla sobre el tobillo</translation>
    </message>
    <message>
        <source>Back knee down, pelvis tucked</source>
        <translation>Rodilla trasera abajo, pelvis metida</translation>
    </message>
    <message>
        <source>Rock hips forward 2 s, back 2 s</source>
        <translation>Cadera adelante 2 s, atrás 2 s</translation>
    </message>
    <message>
        <source>Standing quad stretch</source>
        <translation>Estiramiento de cuádriceps</translation>
    </message>
    <message>
        <source>Hold a support and bring this heel towards your buttock, knees together, thigh pointing down, torso tall without arching. Draw the heel in for 2-3 s, then release. Start gently, widen bit by bit; no bouncing, no pain.</source>
        <translation>Agárrate a un apoyo y lleva este talón hacia el glúteo, con las rodillas juntas, el muslo apuntando al suelo y el tronco erguido sin arquear la espalda. Acerca el talón durante 2-3 s y luego suelta. Empieza con suavidad y amplía poco a poco; sin rebotes y sin dolor.</translation>
    </message>
    <message>
        <source>Hold a support, stand tall</source>
        <translation>Agárrate a un apoyo, tronco erguido</translation>
    </message>
    <message>
        <source>Heel to buttock, knees together</source>
        <translation>Talón al glúteo, rodillas juntas</translation>
    </message>
    <message>
        <source>Draw in 2-3 s, then let go</source>
        <translation>Acerca 2-3 s y luego suelta</translation>
    </message>
    <message>
        <source>Standing adductor stretch</source>
        <translation>Estiramiento de aductores</translation>
    </message>
    <message>
        <source>Stretches the adductors, the muscles of the inner thigh. Feet about twice shoulder width apart, chest up. Bend this knee over its toes, other leg straight, and shift your weight across for 2 s, back to the middle for 2 s. Start at half range; no bouncing, no pain.</source>
        <translation>Estira los aductores, los músculos de la cara interna del muslo. Pies separados unas dos veces el ancho de los hombros, pecho arriba. Flexiona esta rodilla en la dirección de los dedos del pie, con la otra pierna recta, y lleva el peso hacia ese lado 2 s y de vuelta al centro 2 s. Empieza con medio recorrido; sin rebotes y sin dolor.</translation>
    </message>
    <message>
        <source>Wide stance, chest up</source>
        <translation>Piernas abiertas, pecho arriba</translation>
    </message>
    <message>
        <source>Bend this knee over its toes</source>
        <translation>Dobla esta rodilla sobre los dedos</translation>
    </message>
    <message>
        <source>Shift across 2 s, back 2 s</source>
        <translation>Carga el peso 2 s, vuelve 2 s</translation>
    </message>
    <message>
        <source>Standing TFL stretch</source>
        <translation>Estiramiento del TFL</translation>
    </message>
    <message>
        <source>Stretches the TFL, a muscle on the outer hip. Other hand on a wall, cross this leg behind the other. Push this hip out sideways as you lean your upper body away, this arm overhead, for 2 s; come back for 2 s. Widen bit by bit; no bouncing, no pain.</source>
        <translation>Estira el TFL, un músculo de la parte externa de la cadera. Con la otra mano en una pared, cruza esta pierna por detrás de la otra. Empuja esta cadera hacia fuera mientras inclinas el tronco hacia el lado contrario, con este brazo por encima de la cabeza, durante 2 s; vuelve en 2 s. Amplía poco a poco; sin rebotes y sin dolor.</translation>
    </message>
    <message>
        <source>Cross this leg behind the other</source>
        <translation>Cruza esta pierna por detrás</translation>
    </message>
    <message>
        <source>Push hip out, lean body away</source>
        <translation>Cadera fuera, tronco al otro lado</translation>
    </message>
    <message>
        <source>This arm overhead, hand on wall</source>
        <translation>Este brazo arriba, mano en la pared</translation>
    </message>
    <message>
        <source>Lying glute stretch</source>
        <translation>Estiramiento de glúteo</translation>
    </message>
    <message>
        <source>Stretches the glutes, the muscles of the buttock. On your back, rest this ankle across the other thigh and draw that thigh towards your chest for 2 s, ease off for 2 s. Wet ground? Do the same figure-4 standing on one leg, holding a support. No bouncing, no pain.</source>
        <translation>Estira los glúteos, los músculos de las nalgas. Boca arriba, apoya este tobillo sobre el otro muslo y lleva ese muslo hacia el pecho 2 s; afloja 2 s. ¿Suelo mojado? Haz la misma figura en «4» de pie sobre una pierna, agarrándote a un apoyo. Sin rebotes y sin dolor.</translation>
    </message>
    <message>
        <source>On your back, ankle across thigh</source>
        <translation>Boca arriba, tobillo sobre el muslo</translation>
    </message>
    <message>
        <source>Draw that thigh towards your chest</source>
        <translation>Lleva ese muslo hacia el pecho</translation>
    </message>
    <message>
        <source>Wet ground? Same shape, standing</source>
        <translation>¿Suelo mojado? Igual, pero de pie</translation>
    </message>
    <message>
        <source>Standing calf stretch</source>
        <translation>Estiramiento de gemelos</translation>
    </message>
    <message>
        <source>Hands on a wall, this leg back, heel down, knee straight: lean in for 2 s, out for 2 s. For the last few reps bend the back knee a little to reach the lower calf. Start gently; no bouncing, no pain.</source>
        <translation>Manos en la pared, esta pierna atrás, talón en el suelo y rodilla recta: inclínate hacia delante 2 s y vuelve 2 s. En las últimas repeticiones flexiona un poco la rodilla de atrás para llegar a la parte baja de la pantorrilla. Empieza con suavidad; sin rebotes y sin dolor.</translation>
    </message>
    <message>
        <source>Hands on wall, this leg back</source>
        <translation>Manos en la pared, esta pierna atrás</translation>
    </message>
    <message>
        <source>Heel down, knee straight, lean in</source>
        <translation>Talón abajo, rodilla recta, inclínate</translation>
    </message>
    <message>
        <source>Last reps: bend the back knee</source>
        <translation>Al final, dobla la rodilla de atrás</translation>
    </message>
    <message>
        <source>Quick warm-up</source>
        <translation>Calentamiento rápido</translation>
    </message>
    <message>
        <source>A shorter jog and the same six dynamic stretches, for days when time is tight.</source>
        <translation>Un trote más corto y los mismos seis estiramientos dinámicos, para los días con poco tiempo.</translation>
    </message>
    <message>
        <source>6-8 slow reps each side</source>
        <translation>6-8 repeticiones lentas por lado</translation>
    </message>
    <message>
        <source>Race-day warm-up</source>
        <translation>Calentamiento de competición</translation>
    </message>
    <message>
        <source>Walk, easy jog and six dynamic stretches, finishing with four relaxed strides before the start.</source>
        <translation>Caminata, trote suave y seis estiramientos dinámicos, para terminar con cuatro aceleraciones relajadas antes de la salida.</translation>
    </message>
    <message>
        <source>8 slow reps each side</source>
        <translation>8 repeticiones lentas por lado</translation>
    </message>
    <message>
        <source>Strides</source>
        <translation>Aceleraciones</translation>
    </message>
    <message>
        <source>Stride 1 of 4</source>
        <translation>Aceleración 1 de 4</translation>
    </message>
    <message>
        <source>Build smoothly to a quick, relaxed pace, not a sprint. Run tall, arms loose, then ease off.</source>
        <translation>Acelera de forma progresiva hasta un ritmo rápido y relajado, sin llegar a esprintar. Cuerpo erguido y brazos sueltos; luego afloja.</translation>
    </message>
    <message>
        <source>Build to quick and relaxed, no sprint</source>
        <translation>Rápido y relajado, sin esprintar</translation>
    </message>
    <message>
        <source>Run tall, arms loose</source>
        <translation>Cuerpo erguido, brazos sueltos</translation>
    </message>
    <message>
        <source>Walk back</source>
        <translation>Vuelta caminando</translation>
    </message>
    <message>
        <source>Walk back easily and let your breathing settle.</source>
        <translation>Vuelve caminando con calma y deja que tu respiración se tranquilice.</translation>
    </message>
    <message>
        <source>Easy walk, let your breathing settle</source>
        <translation>Camina suave, recupera el aliento</translation>
    </message>
    <message>
        <source>Stride 2 of 4</source>
        <translation>Aceleración 2 de 4</translation>
    </message>
    <message>
        <source>Stride 3 of 4</source>
        <translation>Aceleración 3 de 4</translation>
    </message>
    <message>
        <source>Stride 4 of 4</source>
        <translation>Aceleración 4 de 4</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Aceleración</translation>
    </message>
</context>
<context>
    <name>selfcheck</name>
    <message>
        <source>Warning signs</source>
        <translation>Señales de alarma</translation>
    </message>
    <message>
        <source>Answer these first. A yes to any of them comes before everything else in the result.</source>
        <translation>Responde primero a estas. Un sí en cualquiera de ellas tiene prioridad sobre todo lo demás en el resultado.</translation>
    </message>
    <message>
        <source>Health screen</source>
        <translation>Cuestionario de salud</translation>
    </message>
    <message>
        <source>Questions to answer before starting or stepping up an exercise routine.</source>
        <translation>Preguntas que responder antes de empezar o intensificar una rutina de ejercicio.</translation>
    </message>
    <message>
        <source>How your legs feel</source>
        <translation>Cómo notas las piernas</translation>
    </message>
    <message>
        <source>Tick what you feel today.</source>
        <translation>Marca lo que notes hoy.</translation>
    </message>
    <message>
        <source>What might be adding to it</source>
        <translation>Qué puede estar influyendo</translation>
    </message>
    <message>
        <source>Tick anything that applies to you at the moment.</source>
        <translation>Marca todo lo que te ocurra en este momento.</translation>
    </message>
    <message>
        <source>Do you have chest pain, pressure or tightness, perhaps spreading to your arm, jaw or neck?</source>
        <translation>¿Tienes dolor, presión u opresión en el pecho, que quizá se extiende al brazo, la mandíbula o el cuello?</translation>
    </message>
    <message>
        <source>Chest pain, pressure or tightness can come from the heart and needs emergency help.</source>
        <translation>El dolor, la presión o la opresión en el pecho pueden venir del corazón y requieren atención de emergencia.</translation>
    </message>
    <message>
        <source>Did you suddenly become short of breath, get a sharp pain in your chest each time you breathe in, or cough up blood?</source>
        <translation>¿Te has quedado sin aliento de repente, sientes un dolor agudo en el pecho cada vez que inspiras o has tosido sangre?</translation>
    </message>
    <message>
        <source>Sudden breathlessness, sharp chest pain on breathing in or coughing up blood can mean a clot in the lungs and needs emergency help.</source>
        <translation>La falta de aliento repentina, el dolor agudo en el pecho al inspirar o toser sangre pueden indicar un coágulo en los pulmones y requieren atención de emergencia.</translation>
    </message>
    <message>
        <source>A side stitch (a cramp low in the side that eases when you slow down) is not this.</source>
        <translation>El flato (un calambre en la parte baja del costado que se alivia al bajar el ritmo) no es esto.</translation>
    </message>
    <message>
        <source>Did you faint, or nearly faint, during or just after exercise today?</source>
        <translation>¿Te has desmayado, o casi, durante el ejercicio de hoy o justo después?</translation>
    </message>
    <message>
        <source>Fainting or nearly fainting during or just after exercise needs emergency help.</source>
        <translation>Desmayarse o estar a punto de desmayarse durante el ejercicio o justo después requiere atención de emergencia.</translation>
    </message>
    <message>
        <source>Is your heartbeat racing or irregular, and not settling when you stop?</source>
        <translation>¿Tienes el corazón acelerado o irregular, y no se calma cuando paras?</translation>
    </message>
    <message>
        <source>A racing or irregular heartbeat that does not settle needs emergency help.</source>
        <translation>Un latido acelerado o irregular que no se calma requiere atención de emergencia.</translation>
    </message>
    <message>
        <source>Do you have sudden numbness or weakness on one side of your body, a drooping face, or trouble speaking?</source>
        <translation>¿Tienes de repente entumecimiento o debilidad en un lado del cuerpo, la cara caída o dificultad para hablar?</translation>
    </message>
    <message>
        <source>Sudden numbness or weakness on one side, a drooping face or trouble speaking can be a stroke and needs emergency help.</source>
        <translation>El entumecimiento o la debilidad repentinos en un lado del cuerpo, la cara caída o la dificultad para hablar pueden ser un ictus (accidente cerebrovascular) y requieren atención de emergencia.</translation>
    </message>
    <message>
        <source>In the heat, are you confused, or have you collapsed or been vomiting?</source>
        <translation>Con calor, ¿tienes confusión, te has desplomado o has estado vomitando?</translation>
    </message>
    <message>
        <source>Confusion or collapse in the heat can be heatstroke and needs emergency help. Get into the shade and cool down while you wait.</source>
        <translation>La confusión o el desplome con calor pueden ser un golpe de calor y requieren atención de emergencia. Mientras esperas, ponte a la sombra y refréscate.</translation>
    </message>
    <message>
        <source>The skin is usually hot, and may be sweaty or dry: confusion or collapse is the sign that matters.</source>
        <translation>La piel suele estar caliente, y puede estar sudorosa o seca: la señal que importa es la confusión o el desplome.</translation>
    </message>
    <message>
        <source>In one leg only: is the calf or thigh swollen, throbbing or cramping, or is the skin warm, red or darker than usual?</source>
        <translation>En una sola pierna: ¿tienes la pantorrilla o el muslo hinchados, con dolor pulsátil o calambres, o la piel caliente, roja o más oscura de lo normal?</translation>
    </message>
    <message>
        <source>Swelling, throbbing pain or warm, red or darker skin in one leg can be a blood clot (deep-vein thrombosis). Do not massage the leg.</source>
        <translation>La hinchazón, el dolor pulsátil o la piel caliente, roja o más oscura en una pierna pueden ser un coágulo de sangre (trombosis venosa profunda). No te masajees la pierna.</translation>
    </message>
    <message>
        <source>More likely after a long journey, surgery, being laid up, the contraceptive pill or HRT, or during pregnancy.</source>
        <translation>Es más probable después de un viaje largo, una operación o un periodo en cama, si tomas la píldora anticonceptiva o terapia hormonal sustitutiva (THS), o durante el embarazo.</translation>
    </message>
    <message>
        <source>After hard exercise, is your urine dark like cola or tea, or is there very little of it, with severe muscle pain or weakness?</source>
        <translation>Después de un ejercicio intenso, ¿tienes la orina oscura como la cola o el té, u orinas muy poco, con dolor muscular intenso o debilidad?</translation>
    </message>
    <message>
        <source>Dark or scanty urine with severe muscle pain or weakness after hard exercise can mean muscle breakdown (rhabdomyolysis), which can harm the kidneys.</source>
        <translation>La orina oscura o escasa con dolor muscular intenso o debilidad después de un ejercicio intenso puede indicar destrucción muscular (rabdomiólisis), que puede dañar los riñones.</translation>
    </message>
    <message>
        <source>Has a leg suddenly turned cold, pale or numb, or become very painful?</source>
        <translation>¿Se te ha puesto una pierna de repente fría, pálida o entumecida, o muy dolorosa?</translation>
    </message>
    <message>
        <source>A leg that suddenly turns cold, pale, numb or very painful may have lost its blood supply: go to an emergency department now.</source>
        <translation>Una pierna que de repente se pone fría, pálida, entumecida o muy dolorosa puede haberse quedado sin riego sanguíneo: ve a urgencias ahora mismo.</translation>
    </message>
    <message>
        <source>Are you unable to put weight on your leg?</source>
        <translation>¿No puedes apoyar peso en la pierna?</translation>
    </message>
    <message>
        <source>Not being able to put weight on a leg needs checking today, for example for a fracture.</source>
        <translation>No poder apoyar peso en una pierna requiere una revisión hoy mismo, por ejemplo para descartar una fractura.</translation>
    </message>
    <message>
        <source>Do you have leg pain together with a fever, or redness that is spreading?</source>
        <translation>¿Tienes dolor en la pierna junto con fiebre, o una rojez que se extiende?</translation>
    </message>
    <message>
        <source>Leg pain with a fever or spreading redness can be an infection.</source>
        <translation>El dolor en la pierna con fiebre o con una rojez que se extiende puede ser una infección.</translation>
    </message>
    <message>
        <source>Does leg pain come on at about the same time or distance in each run?</source>
        <translation>¿El dolor en la pierna aparece más o menos en el mismo momento o a la misma distancia en cada salida?</translation>
    </message>
    <message>
        <source>Pain that starts at a predictable point in a run can be pressure building up inside a muscle (exertional compartment syndrome).</source>
        <translation>Un dolor que empieza en un punto predecible de la carrera puede deberse a un aumento de presión dentro de un músculo (síndrome compartimental por esfuerzo).</translation>
    </message>
    <message>
        <source>It often eases 10 to 20 minutes after you stop.</source>
        <translation>Suele aliviarse entre 10 y 20 minutos después de parar.</translation>
    </message>
    <message>
        <source>While you run, does a muscle in your leg become tight or burning, or your foot go numb, until you have to slow down or stop?</source>
        <translation>Mientras corres, ¿se te pone tenso o te arde un músculo de la pierna, o se te duerme el pie, hasta que tienes que bajar el ritmo o parar?</translation>
    </message>
    <message>
        <source>A muscle that becomes tight or burning during runs, or a foot that goes numb, can be pressure building up inside the muscle (exertional compartment syndrome).</source>
        <translation>Un músculo que se tensa o arde al correr, o un pie que se duerme, puede deberse a un aumento de presión dentro del músculo (síndrome compartimental por esfuerzo).</translation>
    </message>
    <message>
        <source>Do you get cramping in your calf, thigh or buttock that reliably comes on when you walk and eases when you rest?</source>
        <translation>¿Tienes calambres en la pantorrilla, el muslo o el glúteo que aparecen siempre al caminar y se alivian con el reposo?</translation>
    </message>
    <message>
        <source>Cramping that comes on with walking and eases with rest can mean narrowed leg arteries (claudication).</source>
        <translation>Los calambres que aparecen al caminar y se alivian con el reposo pueden indicar un estrechamiento de las arterias de las piernas (claudicación).</translation>
    </message>
    <message>
        <source>This matters more if you are over 50, smoke, or have diabetes, high blood pressure or high cholesterol.</source>
        <translation>Esto importa más si tienes más de 50 años, fumas o tienes diabetes, la tensión alta o el colesterol alto.</translation>
    </message>
    <message>
        <source>Is there a spot on a bone that hurts when you press on it?</source>
        <translation>¿Te duele un punto concreto de un hueso al presionarlo?</translation>
    </message>
    <message>
        <source>A spot on a bone that hurts when pressed can be a bone stress injury.</source>
        <translation>Un punto de un hueso que duele al presionarlo puede ser una lesión ósea por estrés.</translation>
    </message>
    <message>
        <source>Does a pain in your leg or foot get worse with every run?</source>
        <translation>¿Te empeora un dolor en la pierna o el pie con cada salida?</translation>
    </message>
    <message>
        <source>Pain that builds run after run can be a bone stress injury.</source>
        <translation>Un dolor que aumenta salida tras salida puede ser una lesión ósea por estrés.</translation>
    </message>
    <message>
        <source>Does your leg or foot hurt at rest or at night?</source>
        <translation>¿Te duele la pierna o el pie en reposo o por la noche?</translation>
    </message>
    <message>
        <source>Pain at rest or at night can be a bone stress injury.</source>
        <translation>El dolor en reposo o por la noche puede ser una lesión ósea por estrés.</translation>
    </message>
    <message>
        <source>Did you feel a sharp or sudden pain, are you limping, or has the pain lasted more than 1 to 2 weeks?</source>
        <translation>¿Has sentido un dolor agudo o repentino, cojeas o el dolor dura ya más de 1 a 2 semanas?</translation>
    </message>
    <message>
        <source>Sharp or sudden pain, a limp, or pain lasting more than 1 to 2 weeks is more than ordinary soreness.</source>
        <translation>Un dolor agudo o repentino, la cojera o un dolor que dura más de 1 a 2 semanas es más que el dolor muscular normal.</translation>
    </message>
    <message>
        <source>Ordinary soreness after a run is worst 1 to 2 days later and fades within a few days.</source>
        <translation>El dolor muscular normal después de correr es peor 1 o 2 días después y desaparece en pocos días.</translation>
    </message>
    <message>
        <source>Do you have numbness or tingling in your leg or foot?</source>
        <translation>¿Tienes entumecimiento u hormigueo en la pierna o el pie?</translation>
    </message>
    <message>
        <source>Numbness or tingling in the leg or foot can come from a nerve or the blood supply.</source>
        <translation>El entumecimiento o el hormigueo en la pierna o el pie pueden deberse a un nervio o al riego sanguíneo.</translation>
    </message>
    <message>
        <source>Do you have back pain that shoots down your leg?</source>
        <translation>¿Tienes un dolor de espalda que se irradia pierna abajo?</translation>
    </message>
    <message>
        <source>Back pain that shoots down the leg can come from an irritated nerve.</source>
        <translation>Un dolor de espalda que se irradia pierna abajo puede deberse a un nervio irritado.</translation>
    </message>
    <message>
        <source>Have your legs felt heavy for more than 2 to 3 weeks, even with rest?</source>
        <translation>¿Notas las piernas pesadas desde hace más de 2 o 3 semanas, incluso descansando?</translation>
    </message>
    <message>
        <source>Heavy legs for weeks despite rest need a doctor&apos;s check. Ask about blood tests, including haemoglobin and ferritin.</source>
        <translation>Tener las piernas pesadas durante semanas pese al descanso requiere una revisión médica. Pregunta por análisis de sangre, incluidas la hemoglobina y la ferritina.</translation>
    </message>
    <message>
        <source>Tell the doctor too about any unusual tiredness, breathlessness, paleness, missed periods, or repeated illness or injury.</source>
        <translation>Comenta también al médico cualquier cansancio inusual, falta de aliento, palidez, faltas de la regla, o enfermedades o lesiones repetidas.</translation>
    </message>
    <message>
        <source>Have both your ankles or legs recently started to swell?</source>
        <translation>¿Se te han empezado a hinchar hace poco los dos tobillos o las dos piernas?</translation>
    </message>
    <message>
        <source>New swelling of both ankles or legs can come from the heart, kidneys or veins.</source>
        <translation>La hinchazón reciente de los dos tobillos o las dos piernas puede deberse al corazón, los riñones o las venas.</translation>
    </message>
    <message>
        <source>Has a doctor ever told you that you have a heart condition?</source>
        <translation>¿Algún médico te ha dicho alguna vez que tienes una enfermedad del corazón?</translation>
    </message>
    <message>
        <source>You said a doctor has told you that you have a heart condition.</source>
        <translation>Has indicado que un médico te ha dicho que tienes una enfermedad del corazón.</translation>
    </message>
    <message>
        <source>Do you get chest pain when you are active, or have you had chest pain at rest in the past month?</source>
        <translation>¿Tienes dolor en el pecho cuando haces actividad física, o has tenido dolor en el pecho en reposo en el último mes?</translation>
    </message>
    <message>
        <source>You said you get chest pain when active, or have had it at rest recently.</source>
        <translation>Has indicado que tienes dolor en el pecho al hacer actividad física, o que lo has tenido en reposo recientemente.</translation>
    </message>
    <message>
        <source>Do you lose your balance because of dizziness, or have you blacked out in the last 12 months?</source>
        <translation>¿Pierdes el equilibrio por mareos, o has perdido el conocimiento en los últimos 12 meses?</translation>
    </message>
    <message>
        <source>You said you get dizzy enough to lose your balance, or have blacked out in the last year.</source>
        <translation>Has indicado que te mareas hasta perder el equilibrio, o que has perdido el conocimiento en el último año.</translation>
    </message>
    <message>
        <source>Do you have a bone or joint problem that more activity could make worse?</source>
        <translation>¿Tienes algún problema óseo o articular que podría empeorar con más actividad?</translation>
    </message>
    <message>
        <source>You said you have a bone or joint problem that more activity could make worse.</source>
        <translation>Has indicado que tienes un problema óseo o articular que podría empeorar con más actividad.</translation>
    </message>
    <message>
        <source>Do you take medicine for your blood pressure or a heart condition?</source>
        <translation>¿Tomas medicación para la tensión arterial o para una enfermedad del corazón?</translation>
    </message>
    <message>
        <source>You said you take medicine for your blood pressure or heart.</source>
        <translation>Has indicado que tomas medicación para la tensión arterial o el corazón.</translation>
    </message>
    <message>
        <source>Are you pregnant?</source>
        <translation>¿Estás embarazada?</translation>
    </message>
    <message>
        <source>You said you are pregnant: check with your doctor or midwife about running.</source>
        <translation>Has indicado que estás embarazada: habla con tu médico o tu matrona sobre si puedes correr.</translation>
    </message>
    <message>
        <source>Do you know of any other reason why you should not be physically active?</source>
        <translation>¿Sabes de algún otro motivo por el que no debas hacer actividad física?</translation>
    </message>
    <message>
        <source>You said you know of another reason not to be physically active.</source>
        <translation>Has indicado que conoces otro motivo para no hacer actividad física.</translation>
    </message>
    <message>
        <source>If you answered yes to a health-screen question: since that began, has a doctor checked you and cleared you for the kind of running you plan?</source>
        <translation>Si has respondido sí a alguna pregunta del cuestionario de salud: desde que empezó, ¿te ha revisado un médico y te ha dado el visto bueno para el tipo de carrera que tienes previsto?</translation>
    </message>
    <message>
        <source>You said a doctor has cleared you, since your condition began, for the running you plan. Keep to what they cleared you for.</source>
        <translation>Has indicado que, desde que empezó tu problema, un médico te ha dado el visto bueno para la carrera que tienes prevista. Limítate a lo que te autorizó.</translation>
    </message>
    <message>
        <source>A clearance never covers chest pain, dizziness or blackouts, or anything that is new or worse since the doctor saw you.</source>
        <translation>Un visto bueno nunca cubre el dolor en el pecho, los mareos o las pérdidas de conocimiento, ni nada que sea nuevo o haya empeorado desde que te vio el médico.</translation>
    </message>
    <message>
        <source>Do your legs feel heavy, as if you were carrying extra weight?</source>
        <translation>¿Notas las piernas pesadas, como si cargaras con un peso extra?</translation>
    </message>
    <message>
        <source>Your legs feel heavy.</source>
        <translation>Notas las piernas pesadas.</translation>
    </message>
    <message>
        <source>Are your legs tired and sore?</source>
        <translation>¿Tienes las piernas cansadas y doloridas?</translation>
    </message>
    <message>
        <source>Your legs are tired and sore.</source>
        <translation>Tienes las piernas cansadas y doloridas.</translation>
    </message>
    <message>
        <source>Are your legs stiff?</source>
        <translation>¿Tienes las piernas rígidas?</translation>
    </message>
    <message>
        <source>Your legs are stiff.</source>
        <translation>Tienes las piernas rígidas.</translation>
    </message>
    <message>
        <source>Do your legs hurt (real pain, not just tiredness or stiffness)?</source>
        <translation>¿Te duelen las piernas (dolor de verdad, no solo cansancio o rigidez)?</translation>
    </message>
    <message>
        <source>You have leg pain.</source>
        <translation>Tienes dolor en las piernas.</translation>
    </message>
    <message>
        <source>Have you recently run more, faster or harder than you are used to?</source>
        <translation>¿Últimamente has corrido más, más rápido o más intenso de lo que acostumbras?</translation>
    </message>
    <message>
        <source>You have been training more or harder than usual.</source>
        <translation>Has entrenado más o más intenso de lo habitual.</translation>
    </message>
    <message>
        <source>Have you gone a week or more without an easy day or a rest day?</source>
        <translation>¿Llevas una semana o más sin un día suave o de descanso?</translation>
    </message>
    <message>
        <source>You have had no easy or rest days lately.</source>
        <translation>Últimamente no has tenido días suaves ni de descanso.</translation>
    </message>
    <message>
        <source>Did you do heavy leg strength training in the last day or two?</source>
        <translation>¿Has hecho entrenamiento de fuerza intenso de piernas en los últimos uno o dos días?</translation>
    </message>
    <message>
        <source>You did heavy leg strength training in the last day or two.</source>
        <translation>Has hecho entrenamiento de fuerza intenso de piernas en los últimos uno o dos días.</translation>
    </message>
    <message>
        <source>Have you been sleeping less than 7 hours a night, or did you have a bad night?</source>
        <translation>¿Has dormido menos de 7 horas por noche, o has pasado una mala noche?</translation>
    </message>
    <message>
        <source>You have been short of sleep.</source>
        <translation>Te falta sueño.</translation>
    </message>
    <message>
        <source>Are you following a low-carbohydrate diet?</source>
        <translation>¿Sigues una dieta baja en carbohidratos?</translation>
    </message>
    <message>
        <source>You are on a low-carbohydrate diet.</source>
        <translation>Sigues una dieta baja en carbohidratos.</translation>
    </message>
    <message>
        <source>Do you often run on an empty stomach, or eat less than your training needs?</source>
        <translation>¿Sueles correr en ayunas, o comes menos de lo que necesita tu entrenamiento?</translation>
    </message>
    <message>
        <source>You may be eating less than your training needs.</source>
        <translation>Puede que comas menos de lo que necesita tu entrenamiento.</translation>
    </message>
    <message>
        <source>Have your periods stopped or become irregular?</source>
        <translation>¿Has dejado de tener la regla o se te ha vuelto irregular?</translation>
    </message>
    <message>
        <source>Your periods have stopped or become irregular.</source>
        <translation>Has dejado de tener la regla o se te ha vuelto irregular.</translation>
    </message>
    <message>
        <source>Have you had two or more stress fractures or other bone injuries?</source>
        <translation>¿Has tenido dos o más fracturas por estrés u otras lesiones óseas?</translation>
    </message>
    <message>
        <source>You have had two or more stress fractures or bone injuries.</source>
        <translation>Has tenido dos o más fracturas por estrés o lesiones óseas.</translation>
    </message>
    <message>
        <source>Are you thirsty, or have you had little to drink today?</source>
        <translation>¿Tienes sed o has bebido poco hoy?</translation>
    </message>
    <message>
        <source>You may be short of fluids.</source>
        <translation>Puede que te falte líquido.</translation>
    </message>
    <message>
        <source>Do you know or suspect that your iron is low (for example a past low result, or heavy periods)?</source>
        <translation>¿Sabes o sospechas que tienes el hierro bajo (por ejemplo, por un resultado bajo anterior o por reglas abundantes)?</translation>
    </message>
    <message>
        <source>You know or suspect that your iron is low.</source>
        <translation>Sabes o sospechas que tienes el hierro bajo.</translation>
    </message>
    <message>
        <source>Do you take long strides with your foot landing well ahead of your body, or take few steps per minute?</source>
        <translation>¿Das zancadas largas, apoyando el pie muy por delante del cuerpo, o das pocos pasos por minuto?</translation>
    </message>
    <message>
        <source>You may be overstriding or taking few steps per minute.</source>
        <translation>Puede que alargues demasiado la zancada o des pocos pasos por minuto.</translation>
    </message>
    <message>
        <source>Do you land on your heel?</source>
        <translation>¿Pisas de talón?</translation>
    </message>
    <message>
        <source>You land on your heel.</source>
        <translation>Pisas de talón.</translation>
    </message>
    <message>
        <source>Do you run with tense, raised shoulders or a stiff neck?</source>
        <translation>¿Corres con los hombros tensos y levantados o con el cuello rígido?</translation>
    </message>
    <message>
        <source>You run with tense shoulders or neck.</source>
        <translation>Corres con los hombros o el cuello tensos.</translation>
    </message>
    <message>
        <source>Do you think you have poor circulation in your legs?</source>
        <translation>¿Crees que tienes mala circulación en las piernas?</translation>
    </message>
    <message>
        <source>You think you have poor circulation in your legs.</source>
        <translation>Crees que tienes mala circulación en las piernas.</translation>
    </message>
    <message>
        <source>Training load</source>
        <translation>Carga de entrenamiento</translation>
    </message>
    <message>
        <source>Doing more than your body is used to, without time to adapt, leaves legs tired, stiff and sore, can disturb sleep and makes progress stall.</source>
        <translation>Hacer más de aquello a lo que tu cuerpo está acostumbrado, sin tiempo para adaptarse, deja las piernas cansadas, rígidas y doloridas, puede alterar el sueño y estanca el progreso.</translation>
    </message>
    <message>
        <source>Cut back your running volume or intensity for a few days.</source>
        <translation>Reduce el volumen o la intensidad de tus carreras durante unos días.</translation>
    </message>
    <message>
        <source>Keep increases small from week to week, roughly 10% at most.</source>
        <translation>Haz aumentos pequeños de una semana a otra, como mucho de un 10 % aproximadamente.</translation>
    </message>
    <message>
        <source>Plan 1 or 2 easy or rest days every week.</source>
        <translation>Planifica 1 o 2 días suaves o de descanso cada semana.</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>Muscles repair and get stronger between sessions. Without easy or rest days, tiredness carries over from one run to the next.</source>
        <translation>Los músculos se reparan y se fortalecen entre sesiones. Sin días suaves o de descanso, el cansancio se arrastra de una carrera a la siguiente.</translation>
    </message>
    <message>
        <source>Take 1 or 2 easy or rest days every week.</source>
        <translation>Tómate 1 o 2 días suaves o de descanso cada semana.</translation>
    </message>
    <message>
        <source>Make today an easy day.</source>
        <translation>Haz que hoy sea un día suave.</translation>
    </message>
    <message>
        <source>Leg strength training</source>
        <translation>Fuerza de piernas</translation>
    </message>
    <message>
        <source>Strength work is good for runners, but heavy leg sessions leave the legs tired for a day or two.</source>
        <translation>El trabajo de fuerza es bueno para los corredores, pero las sesiones intensas de piernas dejan las piernas cansadas durante uno o dos días.</translation>
    </message>
    <message>
        <source>Avoid heavy leg strength work on the day before a key run.</source>
        <translation>Evita el trabajo intenso de fuerza de piernas el día antes de una carrera clave.</translation>
    </message>
    <message>
        <source>Put heavy leg sessions where a day or more separates them from your next hard or long run.</source>
        <translation>Programa las sesiones intensas de piernas de modo que quede un día o más entre ellas y tu próxima carrera dura o larga.</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
    <message>
        <source>Adults need about 7 to 9 hours of sleep a night. Athletes who sleep less get injured more often, and tired legs recover more slowly.</source>
        <translation>Los adultos necesitan unas 7 a 9 horas de sueño por noche. Los deportistas que duermen menos se lesionan más a menudo, y las piernas cansadas se recuperan más despacio.</translation>
    </message>
    <message>
        <source>Aim for a regular 7 to 9 hours a night.</source>
        <translation>Intenta dormir de forma regular de 7 a 9 horas cada noche.</translation>
    </message>
    <message>
        <source>After a bad night, keep that day&apos;s run easy.</source>
        <translation>Después de una mala noche, haz suave la carrera de ese día.</translation>
    </message>
    <message>
        <source>Low-carbohydrate diet</source>
        <translation>Dieta baja en carbohidratos</translation>
    </message>
    <message>
        <source>Carbohydrate is the main fuel for running. With little of it in your diet, the fuel stored in your muscles runs low and your legs can feel heavy and flat.</source>
        <translation>Los carbohidratos son el principal combustible para correr. Si tu dieta lleva pocos, el combustible almacenado en los músculos se agota y las piernas pueden notarse pesadas y sin fuerza.</translation>
    </message>
    <message>
        <source>Eat carbohydrate every day: light training needs roughly 3 to 5 g per kg of body weight a day, and harder training needs more.</source>
        <translation>Come carbohidratos todos los días: un entrenamiento ligero necesita unos 3 a 5 g por kg de peso corporal al día, y un entrenamiento más duro necesita más.</translation>
    </message>
    <message>
        <source>Have a meal based on carbohydrate 1 to 4 hours before longer or harder runs.</source>
        <translation>Haz una comida basada en carbohidratos entre 1 y 4 horas antes de las carreras más largas o más duras.</translation>
    </message>
    <message>
        <source>Refuel after running.</source>
        <translation>Recarga energía después de correr.</translation>
    </message>
    <message>
        <source>Fuelling</source>
        <translation>Alimentación</translation>
    </message>
    <message>
        <source>Eating too little for the training you do leaves the body short of energy for its everyday work: this is called low energy availability. Over time it can cause a syndrome called RED-S (relative energy deficiency in sport), with lasting tiredness, repeated injuries and illnesses, and periods that stop or become irregular.</source>
        <translation>Comer demasiado poco para el entrenamiento que haces deja al cuerpo sin energía suficiente para sus funciones diarias: es lo que se llama baja disponibilidad energética. Con el tiempo puede causar un síndrome llamado RED-S (deficiencia energética relativa en el deporte), con cansancio persistente, lesiones y enfermedades repetidas, y reglas que desaparecen o se vuelven irregulares.</translation>
    </message>
    <message>
        <source>Refuel soon after running.</source>
        <translation>Recarga energía poco después de correr.</translation>
    </message>
    <message>
        <source>If you notice several of these signs, see a doctor or a sports dietitian.</source>
        <translation>Si notas varias de estas señales, consulta a un médico o a un dietista-nutricionista deportivo.</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Menstruación</translation>
    </message>
    <message>
        <source>Periods that stop or become irregular with training can be a sign of low energy availability, that is, eating too little for the training you do.</source>
        <translation>Que la regla desaparezca o se vuelva irregular con el entrenamiento puede ser señal de baja disponibilidad energética, es decir, de comer demasiado poco para el entrenamiento que haces.</translation>
    </message>
    <message>
        <source>See a doctor about it: it is not a normal part of training hard.</source>
        <translation>Consúltalo con un médico: no es algo normal por entrenar duro.</translation>
    </message>
    <message>
        <source>Bone injuries</source>
        <translation>Lesiones óseas</translation>
    </message>
    <message>
        <source>Repeated stress fractures or other bone injuries can be a sign of low energy availability, that is, eating too little for the training you do.</source>
        <translation>Las fracturas por estrés u otras lesiones óseas repetidas pueden ser señal de baja disponibilidad energética, es decir, de comer demasiado poco para el entrenamiento que haces.</translation>
    </message>
    <message>
        <source>See a doctor or a sports dietitian to find out what is behind them.</source>
        <translation>Consulta a un médico o a un dietista-nutricionista deportivo para averiguar su causa.</translation>
    </message>
    <message>
        <source>Fluids</source>
        <translation>Líquidos</translation>
    </message>
    <message>
        <source>Running gets harder once you have lost more than about 2% of your body weight as fluid. Drinking far more than you need is harmful too.</source>
        <translation>Correr se hace más difícil cuando has perdido en líquidos más de aproximadamente un 2 % de tu peso corporal. Beber mucho más de lo que necesitas también es perjudicial.</translation>
    </message>
    <message>
        <source>Drink something before you run.</source>
        <translation>Bebe algo antes de correr.</translation>
    </message>
    <message>
        <source>Aim for pale-yellow urine.</source>
        <translation>Procura que la orina sea de color amarillo pálido.</translation>
    </message>
    <message>
        <source>On long or hot runs, take drinks with electrolytes.</source>
        <translation>En carreras largas o con calor, toma bebidas con electrolitos.</translation>
    </message>
    <message>
        <source>Don&apos;t force down more than you need.</source>
        <translation>No te fuerces a beber más de lo que necesitas.</translation>
    </message>
    <message>
        <source>Iron</source>
        <translation>Hierro</translation>
    </message>
    <message>
        <source>Low iron is common in runners, especially women, and can leave you tired with heavy legs. Your iron stores (ferritin) can be low even when your haemoglobin is normal.</source>
        <translation>El hierro bajo es frecuente en los corredores, sobre todo en las mujeres, y puede causar cansancio y piernas pesadas. Tus reservas de hierro (ferritina) pueden estar bajas aunque tu hemoglobina sea normal.</translation>
    </message>
    <message>
        <source>Ask your doctor for a blood test that checks both haemoglobin and ferritin.</source>
        <translation>Pide a tu médico un análisis de sangre que mida tanto la hemoglobina como la ferritina.</translation>
    </message>
    <message>
        <source>Don&apos;t start taking iron on your own: too much iron is harmful, and only a blood test shows whether you need it.</source>
        <translation>No empieces a tomar hierro por tu cuenta: el exceso de hierro es perjudicial, y solo un análisis de sangre muestra si lo necesitas.</translation>
    </message>
    <message>
        <source>Stride and step rate</source>
        <translation>Zancada y cadencia</translation>
    </message>
    <message>
        <source>Landing with your foot far ahead of your body, often with few steps per minute, puts more load on the knees and hips. Taking 5 to 10% more steps per minute reduces that load.</source>
        <translation>Apoyar el pie muy por delante del cuerpo, a menudo con pocos pasos por minuto, carga más las rodillas y las caderas. Dar entre un 5 y un 10 % más de pasos por minuto reduce esa carga.</translation>
    </message>
    <message>
        <source>Raise your step rate by 5 to 10% over a few weeks, not all at once.</source>
        <translation>Aumenta tu cadencia entre un 5 y un 10 % a lo largo de unas semanas, no de golpe.</translation>
    </message>
    <message>
        <source>Use the metronome, set a little above your current step rate.</source>
        <translation>Usa el metrónomo, ajustado un poco por encima de tu cadencia actual.</translation>
    </message>
    <message>
        <source>Aim to land with your foot closer to under your hips.</source>
        <translation>Intenta apoyar el pie más cerca de la vertical de las caderas.</translation>
    </message>
    <message>
        <source>There is no single right step rate for everyone: build from your own.</source>
        <translation>No hay una cadencia correcta única para todos: parte de la tuya.</translation>
    </message>
    <message>
        <source>Heel landing</source>
        <translation>Pisada de talón</translation>
    </message>
    <message>
        <source>Many good runners land on the heel. On average, changing how your foot lands neither makes running more economical nor lowers injury risk, and a sudden change puts extra strain on the calf and Achilles tendon.</source>
        <translation>Muchos buenos corredores apoyan primero el talón. De media, cambiar la forma de pisar no hace la carrera más económica ni reduce el riesgo de lesión, y un cambio brusco sobrecarga la pantorrilla y el tendón de Aquiles.</translation>
    </message>
    <message>
        <source>Keep the foot landing that comes naturally to you.</source>
        <translation>Mantén la pisada que te sale de forma natural.</translation>
    </message>
    <message>
        <source>If your foot lands far ahead of your body, work on your step rate instead: slightly quicker, shorter steps.</source>
        <translation>Si apoyas el pie muy por delante del cuerpo, trabaja mejor la cadencia: pasos algo más rápidos y más cortos.</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Tense shoulders and neck are worth noticing and letting go, but they are unlikely to be what makes your legs heavy.</source>
        <translation>Conviene notar la tensión en hombros y cuello y soltarla, pero es poco probable que sea lo que te pone las piernas pesadas.</translation>
    </message>
    <message>
        <source>Now and then during a run, let your shoulders drop away from your ears.</source>
        <translation>De vez en cuando, mientras corres, deja caer los hombros, lejos de las orejas.</translation>
    </message>
    <message>
        <source>Keep your head level and your eyes looking ahead.</source>
        <translation>Mantén la cabeza nivelada y la mirada al frente.</translation>
    </message>
    <message>
        <source>Circulation</source>
        <translation>Circulación</translation>
    </message>
    <message>
        <source>Poor circulation can mean several different things, some of them serious, such as blood clots, narrowed arteries or vein disease. It is not something to manage on your own.</source>
        <translation>La mala circulación puede significar varias cosas distintas, algunas graves, como coágulos de sangre, arterias estrechadas o enfermedad de las venas. No es algo que debas tratar por tu cuenta.</translation>
    </message>
    <message>
        <source>Go through every warning-sign question: they cover the serious causes.</source>
        <translation>Responde a todas las preguntas sobre señales de alarma: cubren las causas graves.</translation>
    </message>
    <message>
        <source>Book an appointment with your doctor to find out what is behind it.</source>
        <translation>Pide cita con tu médico para averiguar la causa.</translation>
    </message>
    <message>
        <source>This is something for a doctor, not for a warm-up routine.</source>
        <translation>Esto es cosa de un médico, no de una rutina de calentamiento.</translation>
    </message>
    <message>
        <source>Stop exercising now and call your local emergency number (such as 112, 999 or 911). Don&apos;t run or drive yourself; ask someone to stay with you until help arrives.</source>
        <translation>Deja de hacer ejercicio ahora y llama a tu número local de emergencias (como el 112, el 999 o el 911). No vayas corriendo ni conduzcas tú; pide a alguien que se quede contigo hasta que llegue la ayuda.</translation>
    </message>
    <message>
        <source>Don&apos;t run today. Get seen today: contact your doctor or an urgent care service, or go to an emergency department. If things get worse quickly, or you feel chest pain or short of breath, call your local emergency number (such as 112, 999 or 911).</source>
        <translation>No corras hoy. Consulta hoy mismo: contacta con tu médico o con un servicio de atención urgente, o ve a urgencias. Si empeoras rápidamente, o notas dolor en el pecho o falta de aliento, llama a tu número local de emergencias (como el 112, el 999 o el 911).</translation>
    </message>
    <message>
        <source>Rest from running and book an appointment with a doctor or physiotherapist. If it gets worse or a warning sign appears, get help sooner.</source>
        <translation>Deja de correr por ahora y pide cita con un médico o un fisioterapeuta. Si empeora o aparece una señal de alarma, busca ayuda antes.</translation>
    </message>
    <message>
        <source>Check with a doctor (in pregnancy, your doctor or midwife) before starting or stepping up an exercise routine, and rest from running until you have. Once a doctor has cleared you, say so on the health screen.</source>
        <translation>Consulta con un médico (en el embarazo, con tu médico o tu matrona) antes de empezar o intensificar una rutina de ejercicio, y no corras hasta haberlo hecho. Cuando un médico te dé el visto bueno, indícalo en el cuestionario de salud.</translation>
    </message>
    <message>
        <source>Don&apos;t run until a doctor has checked your chest pain, dizziness or blackouts. If chest pain comes on at rest or doesn&apos;t ease within a few minutes, call your local emergency number (such as 112, 999 or 911).</source>
        <translation>No corras hasta que un médico haya revisado tu dolor en el pecho, tus mareos o tus pérdidas de conocimiento. Si el dolor en el pecho aparece en reposo o no se alivia en unos minutos, llama a tu número local de emergencias (como el 112, el 999 o el 911).</translation>
    </message>
    <message>
        <source>Rest from hard training and see a doctor or a sports dietitian about your eating, your periods or your bone injuries. These signs together are worth taking seriously.</source>
        <translation>Descansa del entrenamiento intenso y consulta a un médico o a un dietista-nutricionista deportivo sobre tu alimentación, tu regla o tus lesiones óseas. Estas señales juntas merecen tomarse en serio.</translation>
    </message>
    <message>
        <source>Don&apos;t run yet. Answer every warning-sign question first: leg pain and poor circulation can come from something serious, and those questions are how the check tells.</source>
        <translation>No corras todavía. Responde primero a todas las preguntas sobre señales de alarma: el dolor en las piernas y la mala circulación pueden deberse a algo grave, y esas preguntas son la forma en que la autoevaluación lo distingue.</translation>
    </message>
    <message>
        <source>Rest from running and book an appointment with your doctor about your circulation. If a leg turns cold, pale, swollen or very painful, get help the same day.</source>
        <translation>Deja de correr por ahora y pide cita con tu médico por tu circulación. Si una pierna se pone fría, pálida, hinchada o muy dolorosa, busca ayuda ese mismo día.</translation>
    </message>
    <message>
        <source>Rest the leg today. Ordinary soreness fades within a few days. If the pain is sharp, makes you limp, gets worse with each run or lasts more than 1 to 2 weeks, see a doctor or physiotherapist.</source>
        <translation>Hoy deja descansar la pierna. El dolor muscular normal desaparece en pocos días. Si el dolor es agudo, te hace cojear, empeora con cada salida o dura más de 1 a 2 semanas, consulta a un médico o a un fisioterapeuta.</translation>
    </message>
    <message>
        <source>Nothing you ticked needs a doctor right now. Try the steps below, and stop if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation>Nada de lo que has marcado requiere ir al médico ahora mismo. Prueba los pasos de abajo y para si sientes dolor, molestias en el pecho, mareo o una falta de aliento inusual.</translation>
    </message>
    <message>
        <source>Try the steps below, including seeing a doctor where a step says so, and stop if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation>Prueba los pasos de abajo, incluida la consulta médica cuando un paso lo indique, y para si sientes dolor, molestias en el pecho, mareo o una falta de aliento inusual.</translation>
    </message>
    <message>
        <source>Keep to any limits your doctor gave you, and stop if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation>Respeta los límites que te haya puesto tu médico y para si sientes dolor, molestias en el pecho, mareo o una falta de aliento inusual.</translation>
    </message>
    <message>
        <source>Nothing you ticked needs attention. Enjoy your warm-up and run, and stop if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation>Nada de lo que has marcado requiere atención. Disfruta del calentamiento y de la carrera, y para si sientes dolor, molestias en el pecho, mareo o una falta de aliento inusual.</translation>
    </message>
    <message>
        <source>A yes on the health screen means checking with a doctor before starting or stepping up an exercise routine.</source>
        <translation>Un sí en el cuestionario de salud significa consultar con un médico antes de empezar o intensificar una rutina de ejercicio.</translation>
    </message>
    <message>
        <source>Leg pain is never treated as plain tiredness: answer every warning-sign question. If none applies, rest the leg today.</source>
        <translation>El dolor en las piernas nunca se trata como simple cansancio: responde a todas las preguntas sobre señales de alarma. Si no corresponde ninguna, deja descansar la pierna hoy.</translation>
    </message>
    <message>
        <source>Poor circulation needs a doctor to find the cause, so answer every warning-sign question and book an appointment.</source>
        <translation>La mala circulación necesita que un médico encuentre la causa, así que responde a todas las preguntas sobre señales de alarma y pide cita.</translation>
    </message>
    <message>
        <source>Several signs point to tired legs at once, so a rest day will do more than an easy run.</source>
        <translation>Varias señales apuntan a la vez a piernas cansadas, así que un día de descanso te hará más bien que una carrera suave.</translation>
    </message>
    <message>
        <source>Make today&apos;s run easy, at a pace where you can talk in full sentences.</source>
        <translation>Haz suave la carrera de hoy, a un ritmo al que puedas hablar con frases completas.</translation>
    </message>
    <message>
        <source>A doctor&apos;s clearance never covers chest pain, dizziness or blackouts: they may be new since the doctor saw you, so have them checked before you run again.</source>
        <translation>El visto bueno de un médico nunca cubre el dolor en el pecho, los mareos o las pérdidas de conocimiento: pueden haber aparecido después de que te viera el médico, así que haz que te los revisen antes de volver a correr.</translation>
    </message>
    <message>
        <source>Eating too little for your training together with missed periods or repeated bone injuries can be RED-S, which needs a doctor or a sports dietitian.</source>
        <translation>Comer demasiado poco para tu entrenamiento, junto con faltas de la regla o lesiones óseas repetidas, puede ser RED-S, que requiere un médico o un dietista-nutricionista deportivo.</translation>
    </message>
    <message>
        <source>With leg pain or poor circulation, every warning-sign question needs an answer. These are still unanswered:</source>
        <translation>Con dolor en las piernas o mala circulación, todas las preguntas sobre señales de alarma necesitan respuesta. Estas siguen sin responder:</translation>
    </message>
    <message>
        <source>Your legs are tired from training: take the longer, easier jog at the start of today&apos;s warm-up, and keep the run itself easy.</source>
        <translation>Tienes las piernas cansadas por el entrenamiento: haz el trote más largo y más suave al principio del calentamiento de hoy, y que la carrera en sí también sea suave.</translation>
    </message>
    <message>
        <source>Turn the cadence metronome on for the jog, set 5 to 10% above your usual step rate.</source>
        <translation>Activa el metrónomo de cadencia para el trote, ajustado entre un 5 y un 10 % por encima de tu cadencia habitual.</translation>
    </message>
    <message>
        <source>This self-check gives general information only. It is not a diagnosis or medical advice and cannot replace a doctor or physiotherapist. Talk to a health professional before starting or changing an exercise routine, especially if any health-screen question applies to you. Stop exercising if you feel pain, chest discomfort, dizziness or unusual breathlessness. In an emergency, call your local emergency number (such as 112, 999 or 911). Never put off getting professional advice because of something this app says.</source>
        <translation>Esta autoevaluación solo da información general. No es un diagnóstico ni consejo médico, y no puede sustituir a un médico ni a un fisioterapeuta. Consulta con un profesional sanitario antes de empezar o cambiar una rutina de ejercicio, sobre todo si te afecta alguna pregunta del cuestionario de salud. Deja de hacer ejercicio si sientes dolor, molestias en el pecho, mareo o una falta de aliento inusual. En caso de emergencia, llama a tu número local de emergencias (como el 112, el 999 o el 911). Nunca retrases la consulta con un profesional por algo que diga esta aplicación.</translation>
    </message>
    <message>
        <source>Emergency: get help now</source>
        <translation>Emergencia: pide ayuda ya</translation>
    </message>
    <message>
        <source>Urgent: get seen today</source>
        <translation>Urgente: consulta hoy mismo</translation>
    </message>
    <message>
        <source>See a doctor or physiotherapist</source>
        <translation>Consulta a un médico o fisioterapeuta</translation>
    </message>
    <message>
        <source>Things you can do yourself</source>
        <translation>Lo que puedes hacer tú</translation>
    </message>
    <message>
        <source>All clear</source>
        <translation>Todo bien</translation>
    </message>
    <message>
        <source>Run as planned</source>
        <translation>Corre según lo previsto</translation>
    </message>
    <message>
        <source>Run easy</source>
        <translation>Corre suave</translation>
    </message>
    <message>
        <source>Rest today</source>
        <translation>Descansa hoy</translation>
    </message>
    <message>
        <source>Do not run</source>
        <translation>No corras</translation>
    </message>
</context>
<context>
    <name>side</name>
    <message>
        <source>left side</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>lado derecho</translation>
    </message>
</context>
<context>
    <name>speech</name>
    <message>
        <source>Next: {name}</source>
        <translation>Siguiente: {name}</translation>
    </message>
    <message>
        <source>Next: {name}, left side</source>
        <translation>Siguiente: {name}, lado izquierdo</translation>
    </message>
    <message>
        <source>Next: {name}, right side</source>
        <translation>Siguiente: {name}, lado derecho</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>{name}, left side</source>
        <translation>{name}, lado izquierdo</translation>
    </message>
    <message>
        <source>{name}, right side</source>
        <translation>{name}, lado derecho</translation>
    </message>
    <message>
        <source>{name}, left leg forward</source>
        <translation>{name}, pierna izquierda adelante</translation>
    </message>
    <message>
        <source>{name}, right leg forward</source>
        <translation>{name}, pierna derecha adelante</translation>
    </message>
    <message>
        <source>{name}, left heel to buttock</source>
        <translation>{name}, talón izquierdo al glúteo</translation>
    </message>
    <message>
        <source>{name}, right heel to buttock</source>
        <translation>{name}, talón derecho al glúteo</translation>
    </message>
    <message>
        <source>{name}, left knee bends</source>
        <translation>{name}, flexiona la rodilla izquierda</translation>
    </message>
    <message>
        <source>{name}, right knee bends</source>
        <translation>{name}, flexiona la rodilla derecha</translation>
    </message>
    <message>
        <source>{name}, left leg crosses behind</source>
        <translation>{name}, pierna izquierda cruzada detrás</translation>
    </message>
    <message>
        <source>{name}, right leg crosses behind</source>
        <translation>{name}, pierna derecha cruzada detrás</translation>
    </message>
    <message>
        <source>{name}, left ankle across</source>
        <translation>{name}, tobillo izquierdo cruzado</translation>
    </message>
    <message>
        <source>{name}, right ankle across</source>
        <translation>{name}, tobillo derecho cruzado</translation>
    </message>
    <message>
        <source>{name}, left leg back</source>
        <translation>{name}, pierna izquierda atrás</translation>
    </message>
    <message>
        <source>{name}, right leg back</source>
        <translation>{name}, pierna derecha atrás</translation>
    </message>
</context>
</TS>
