<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {0}</source>
        <translation>Sobre o {0}</translation>
    </message>
    <message>
        <source>App icon</source>
        <translation>Ícone do app</translation>
    </message>
    <message>
        <source>Guides you through a 15-20 minute warm-up before a run: a big countdown, a distinct sound for every cue, and the next step read out.

Licence: {0}. Not medical advice: stop if something hurts.</source>
        <translation>Guia você por um aquecimento de 15-20 minutos antes da corrida: uma contagem regressiva grande, um som diferente para cada aviso e a próxima etapa lida em voz alta.

Licença: {0}. Não é orientação médica: pare se algo doer.</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Feito com:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Código-fonte</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>Componentes e suas licenças</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: you may replace them with your own builds. Their sources are at the addresses above.</source>
        <translation>O Qt e o PySide6 são usados sob a GNU LGPL versão 3: você pode substituí-los por versões compiladas por você. Os códigos-fonte estão nos endereços acima.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir pasta de &amp;logs</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>A warm-up is running. Stop it and start “{0}”?</source>
        <extracomment>A ``--start`` routine waiting for the first-run disclaimer to be accepted. Asked before a routine handed over by another launch replaces a running warm-up (its name); tests replace it.</extracomment>
        <translation>Um aquecimento está em andamento. Parar e iniciar “{0}”?</translation>
    </message>
</context>
<context>
    <name>AudioControls</name>
    <message>
        <source>Mute</source>
        <extracomment>The volume slider moved (0-100). Mute was switched on or off.</extracomment>
        <translation>Mudo</translation>
    </message>
    <message>
        <source>Mute sounds and voice (M); cues still flash</source>
        <translation>Silenciar sons e voz (M); os avisos continuam piscando na tela</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Sem som</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Som ligado</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Calibrate the sound delay</source>
        <translation>Calibrar o atraso do som</translation>
    </message>
    <message>
        <source>Put on the headphones or speakers you run with. Press Start, then press Space (or click Tap) on every click you hear. The first two clicks are for finding the beat.</source>
        <translation>Coloque os fones ou as caixas de som que você usa para correr. Pressione Iniciar e depois aperte Espaço (ou o botão Toque) a cada clique que ouvir. Os dois primeiros cliques servem para pegar o ritmo.</translation>
    </message>
    <message>
        <source>Tap</source>
        <translation>Toque</translation>
    </message>
    <message>
        <source>Tap on each click</source>
        <translation>Toque a cada clique</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>&amp;Use this</source>
        <translation>&amp;Usar este</translation>
    </message>
    <message>
        <source>T&amp;ry again</source>
        <translation>&amp;Tentar de novo</translation>
    </message>
    <message>
        <source>Starting the clicks…</source>
        <translation>Iniciando os cliques…</translation>
    </message>
    <message>
        <source>{0}
Calibration needs sound: connect an output and try again.</source>
        <translation>{0}
A calibração precisa de som: conecte uma saída de áudio e tente de novo.</translation>
    </message>
    <message>
        <source>Listen to the first two clicks, then tap along.</source>
        <translation>Ouça os dois primeiros cliques e depois acompanhe o ritmo.</translation>
    </message>
    <message>
        <source>Keep tapping on every click.</source>
        <translation>Continue tocando a cada clique.</translation>
    </message>
    <message>
        <source>Tap {0} of {1}</source>
        <translation>Toque {0} de {1}</translation>
    </message>
    <message>
        <source>Suggested: {0} ms</source>
        <translation>Sugerido: {0} ms</translation>
    </message>
    <message>
        <source>You heard the clicks on time: there is no delay to make up.</source>
        <translation>Você ouviu os cliques na hora certa: não há atraso a compensar.</translation>
    </message>
    <message>
        <source>Every sound will play this much earlier once you press OK in Settings.</source>
        <translation>Cada som será tocado com essa antecedência depois que você pressionar OK nas Configurações.</translation>
    </message>
    <message>
        <source>The taps were too uneven to tell the delay. Try again, tapping along with the beat rather than reacting to each click.</source>
        <translation>Os toques ficaram irregulares demais para medir o atraso. Tente de novo, acompanhando o ritmo em vez de reagir a cada clique.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n taps could be matched to clicks; at least {0} are needed. Try again and tap on every click from the third one on.</source>
        <translation>
            <numerusform>Só %n toque coincidiu com os cliques; são necessários pelo menos {0}. Tente de novo e toque em cada clique a partir do terceiro.</numerusform>
            <numerusform>Só %n toques coincidiram com os cliques; são necessários pelo menos {0}. Tente de novo e toque em cada clique a partir do terceiro.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClickTrain</name>
    <message>
        <source>The click could not be prepared: {0}</source>
        <extracomment>From Start to the first click: time to put the hands ready. After the last click, time for its tap (and for the click to ring out) before ``done``.</extracomment>
        <translation>Não foi possível preparar o clique: {0}</translation>
    </message>
    <message>
        <source>No sound output was found, so there are no clicks to tap to.</source>
        <translation>Nenhuma saída de som foi encontrada, então não há cliques para acompanhar.</translation>
    </message>
</context>
<context>
    <name>CueLines</name>
    <message>
        <source>How to do it</source>
        <translation>Como fazer</translation>
    </message>
</context>
<context>
    <name>CuePreview</name>
    <message>
        <source>Sounds are muted in the run window (M), so nothing was played.</source>
        <translation>Os sons estão silenciados na janela do treino (M), então nada foi tocado.</translation>
    </message>
    <message>
        <source>The sound could not be prepared: {0}</source>
        <translation>Não foi possível preparar o som: {0}</translation>
    </message>
    <message>
        <source>No sound output was found, so nothing can be played.</source>
        <translation>Nenhuma saída de som foi encontrada, então nada pode ser tocado.</translation>
    </message>
</context>
<context>
    <name>DisclaimerDialog</name>
    <message>
        <source>Before you start</source>
        <extracomment>Bump when the text changes in substance, so every runner sees the new one once.</extracomment>
        <translation>Antes de começar</translation>
    </message>
    <message>
        <source>Warm-up Timer guides you through a warm-up and offers a self-check for heavy legs. It gives general information only: it is not a diagnosis or medical advice, and it cannot replace a doctor or physiotherapist.</source>
        <translation>O Warm-up Timer guia você por um aquecimento e oferece uma autoavaliação para pernas pesadas. Ele traz apenas informações gerais: não é um diagnóstico nem orientação médica, e não substitui um médico ou fisioterapeuta.</translation>
    </message>
    <message>
        <source>Talk to a health professional before you start or change an exercise routine, especially if you have a heart condition, chest pain, dizziness or blackouts, or a bone or joint problem, if you take medicine for your blood pressure or heart, or if you are pregnant.</source>
        <translation>Converse com um profissional de saúde antes de começar ou mudar uma rotina de exercícios, principalmente se você tem um problema cardíaco, dor no peito, tontura ou perda de consciência, ou um problema ósseo ou articular, se toma remédio para pressão ou para o coração, ou se está grávida.</translation>
    </message>
    <message>
        <source>Stop exercising if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation>Pare o exercício se sentir dor, desconforto no peito, tontura ou falta de ar fora do comum.</translation>
    </message>
    <message>
        <source>In an emergency, call your local emergency number (such as 112, 999 or 911).</source>
        <translation>Em caso de emergência, ligue para o número de emergência local (como 112, 999 ou 911).</translation>
    </message>
    <message>
        <source>Never put off getting professional advice because of something this app says.</source>
        <translation>Nunca deixe de buscar orientação profissional por causa de algo que este app diz.</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Entendi</translation>
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
        <translation>total de {0}, menos que os 15-20 min recomendados</translation>
    </message>
    <message>
        <source>totals {0}, longer than the recommended 15-20 min</source>
        <translation>total de {0}, mais que os 15-20 min recomendados</translation>
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
        <translation>descrição</translation>
    </message>
    <message>
        <source>lead-in</source>
        <translation>contagem de preparação</translation>
    </message>
    <message>
        <source>pause between steps</source>
        <translation>pausa entre etapas</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duração</translation>
    </message>
    <message>
        <source>per side</source>
        <translation>opção por lado</translation>
    </message>
    <message>
        <source>switch time</source>
        <translation>tempo de troca de lado</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>repetições</translation>
    </message>
    <message>
        <source>instructions</source>
        <translation>instruções</translation>
    </message>
    <message>
        <source>metronome</source>
        <translation>metrônomo</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>figura</translation>
    </message>
    <message>
        <source>cue lines</source>
        <translation>dicas</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>etapas</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>rotina</translation>
    </message>
    <message>
        <source>part</source>
        <translation>parte</translation>
    </message>
    <message>
        <source>step</source>
        <translation>etapa</translation>
    </message>
    <message>
        <source>Change {0} {1}</source>
        <translation>Alterar {1} da {0}</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>Adicionar parte</translation>
    </message>
    <message>
        <source>Remove part</source>
        <translation>Remover parte</translation>
    </message>
    <message>
        <source>Move part</source>
        <translation>Mover parte</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Adicionar etapa</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Remover etapa</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Mover etapa</translation>
    </message>
</context>
<context>
    <name>EditorDialogs</name>
    <message>
        <source>Unsaved changes</source>
        <extracomment>The runner chose &quot;Skip the rest&quot; in an import preview: drop the files queued behind it. Unsaved changes in the routine named: save, discard or cancel? Move the routine named to the trash? An imported routine&apos;s name is taken: (name, whether replacing is possible). Show what an import brings in; True to go on with it. A new name for a routine (given its current one); None when cancelled. A routine file to import; None when cancelled. Where to export (given a suggested file name); None when cancelled. Replace this existing file (outside the dialog that already asked)? Something failed: (title, message). Shown in the import preview: files waiting behind it (&quot;3 more files to import&quot;).</extracomment>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>Save the changes to “{0}”?</source>
        <translation>Salvar as alterações em “{0}”?</translation>
    </message>
    <message>
        <source>If you don&apos;t, your changes will be lost.</source>
        <translation>Se não salvar, suas alterações serão perdidas.</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Excluir rotina</translation>
    </message>
    <message>
        <source>Delete “{0}”?</source>
        <translation>Excluir “{0}”?</translation>
    </message>
    <message>
        <source>It is moved to the trash folder; you can undo this right after.</source>
        <translation>Ela vai para a lixeira; você pode desfazer logo em seguida.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Replace it with the imported one, or keep both (the new one gets a number)?</source>
        <translation>Substituir pela importada ou manter as duas (a nova recebe um número)?</translation>
    </message>
    <message>
        <source>That one is built in and cannot be replaced; keep both?</source>
        <translation>Essa rotina vem com o app e não pode ser substituída; manter as duas?</translation>
    </message>
    <message>
        <source>Name already used</source>
        <translation>Nome já usado</translation>
    </message>
    <message>
        <source>You already have a routine called “{0}”.</source>
        <translation>Você já tem uma rotina chamada “{0}”.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Substituir</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Manter as duas</translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation>Renomear rotina</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Novo nome:</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importar uma rotina</translation>
    </message>
    <message>
        <source>Warm-up routines (*{0});;All files (*)</source>
        <translation>Rotinas de aquecimento (*{0});;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Export a routine</source>
        <translation>Exportar uma rotina</translation>
    </message>
    <message>
        <source>Warm-up routines (*{0})</source>
        <translation>Rotinas de aquecimento (*{0})</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>Substituir arquivo</translation>
    </message>
    <message>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} já existe. Substituir?</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <source>◀ All routines</source>
        <extracomment>The user wants to go back to the list of routines. Save was pressed (the routine is valid). Try it was pressed: (speed,) - 1.0 or the quick-check speed.</extracomment>
        <translation>◀ Todas as rotinas</translation>
    </message>
    <message>
        <source>Back to all routines</source>
        <translation>Voltar para todas as rotinas</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Testar</translation>
    </message>
    <message>
        <source>{0}x speed</source>
        <translation>Velocidade {0}x</translation>
    </message>
    <message>
        <source>Run it ten times faster, for a quick check</source>
        <translation>Executar dez vezes mais rápido, para uma verificação rápida</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>Adicionar parte</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <source>Step to add</source>
        <translation>Etapa a adicionar</translation>
    </message>
    <message>
        <source> (each side)</source>
        <translation> (cada lado)</translation>
    </message>
    <message>
        <source>Blank step</source>
        <translation>Etapa em branco</translation>
    </message>
    <message>
        <source>Ready-made steps with their instructions filled in, or a blank one</source>
        <translation>Etapas prontas com as instruções preenchidas, ou uma em branco</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Adicionar etapa</translation>
    </message>
    <message>
        <source>Add it after the selected step</source>
        <translation>Adicionar depois da etapa selecionada</translation>
    </message>
    <message>
        <source>Add a part, then add steps to it from the list on the left.</source>
        <translation>Adicione uma parte e depois adicione etapas a ela pela lista à esquerda.</translation>
    </message>
    <message>
        <source>Add a step:</source>
        <translation>Adicionar etapa:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Save to your routines ({0})</source>
        <translation>Salvar nas suas rotinas ({0})</translation>
    </message>
    <message>
        <source>(unnamed routine)</source>
        <translation>(rotina sem nome)</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>ainda não salva</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>alterações não salvas</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>salva</translation>
    </message>
    <message>
        <source>⚠ shorter than the recommended 15-20 min</source>
        <translation>⚠ mais curta que os 15-20 min recomendados</translation>
    </message>
    <message>
        <source>⚠ longer than the recommended 15-20 min</source>
        <translation>⚠ mais longa que os 15-20 min recomendados</translation>
    </message>
    <message>
        <source>✓ within the recommended 15-20 min</source>
        <translation>✓ dentro dos 15-20 min recomendados</translation>
    </message>
    <message>
        <source>Total {0}  {1}</source>
        <translation>Total {0}  {1}</translation>
    </message>
    <message>
        <source>Save to your routines</source>
        <translation>Salvar nas suas rotinas</translation>
    </message>
    <message>
        <source>{0} to fix before saving:</source>
        <translation>{0} a corrigir antes de salvar:</translation>
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
        <translation>… e mais {0}</translation>
    </message>
    <message>
        <source>Fix the problems listed below to save</source>
        <translation>Corrija os problemas listados abaixo para salvar</translation>
    </message>
    <message>
        <source>Routine {0}</source>
        <translation>Rotina {0}</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rotina</translation>
    </message>
    <message>
        <source>Part {0}</source>
        <translation>Parte {0}</translation>
    </message>
    <message>
        <source>, step {0}</source>
        <translation>, etapa {0}</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nova etapa</translation>
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
        <translation>Duplicar etapa</translation>
    </message>
    <message>
        <source>Undo: {0}</source>
        <translation>Desfazer: {0}</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nada para desfazer</translation>
    </message>
    <message>
        <source>Redo: {0}</source>
        <translation>Refazer: {0}</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nada para refazer</translation>
    </message>
</context>
<context>
    <name>FigureView</name>
    <message>
        <source>Figure showing the movement</source>
        <extracomment>Frames per second while animating a quick loop (walk, jog, strides: under 2 s a loop): 12 drawings a jogging stride, as hand animation draws &quot;on twos&quot;. Each frame costs what a bare PySide6 widget pays to show an image under X (measured: 20 frames/s cost 0.95 % of a core). Frames per second for a slow loop (the stretches rock over 4-5 s): fewer repaints. Memory for a figure&apos;s drawn frames (a 260 px lunge loop takes about 11 MB), and as much again for the same frames on the stage&apos;s colour; beyond it, frames are drawn each time.</extracomment>
        <translation>Figura mostrando o movimento</translation>
    </message>
</context>
<context>
    <name>FinishNotifier</name>
    <message>
        <source>Warm-up complete</source>
        <extracomment>A notification went out (``&quot;tray&quot;`` or ``&quot;dbus&quot;``), for the log and for tests.</extracomment>
        <translation>Aquecimento concluído</translation>
    </message>
    <message>
        <source>{0} of warm-up done. Have a good run!</source>
        <translation>{0} de aquecimento feitos. Boa corrida!</translation>
    </message>
    <message>
        <source>Have a good run!</source>
        <translation>Boa corrida!</translation>
    </message>
</context>
<context>
    <name>HeavyLegsChart</name>
    <message>
        <source>No self-checks yet. Your heavy-legs score appears here once you take one.</source>
        <extracomment>Self-checks with a warning sign: a red square near the top, never a score.</extracomment>
        <translation>Nenhuma autoavaliação ainda. Sua pontuação de pernas pesadas aparece aqui depois que você fizer uma.</translation>
    </message>
    <message>
        <source>Heavy-legs score</source>
        <translation>Pontuação de pernas pesadas</translation>
    </message>
    <message>
        <source>Chart of the heavy-legs score over time</source>
        <translation>Gráfico da pontuação de pernas pesadas ao longo do tempo</translation>
    </message>
    <message>
        <source>Warning sign: see the result</source>
        <translation>Sinal de alerta: veja o resultado</translation>
    </message>
    <message>
        <source>Rest day suggested from {score}</source>
        <translation>Descanso sugerido a partir de {score}</translation>
    </message>
    <message numerus="yes">
        <source>%n self-checks; the latest had a warning sign: see its result</source>
        <translation>
            <numerusform>%n autoavaliação; a última teve um sinal de alerta: veja o resultado dela</numerusform>
            <numerusform>%n autoavaliações; a última teve um sinal de alerta: veja o resultado dela</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n self-checks; latest score {score} of 100</source>
        <translation>
            <numerusform>%n autoavaliação; última pontuação: {score} de 100</numerusform>
            <numerusform>%n autoavaliações; última pontuação: {score} de 100</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a warning sign.</source>
        <translation>
            <numerusform>%n com sinal de alerta.</numerusform>
            <numerusform>%n com sinal de alerta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <source>days in a row with a warm-up</source>
        <extracomment>Asks before deleting everything; replaced in tests. Asks where to save the CSV file (None: cancelled); replaced in tests.</extracomment>
        <translation>
            <numerusform>dia seguido com aquecimento</numerusform>
            <numerusform>dias seguidos com aquecimento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warm-ups this week</source>
        <translation>
            <numerusform>aquecimento nesta semana</numerusform>
            <numerusform>aquecimentos nesta semana</numerusform>
        </translation>
    </message>
    <message>
        <source>no self-check yet</source>
        <translation>nenhuma autoavaliação ainda</translation>
    </message>
    <message>
        <source>History entries, newest first</source>
        <translation>Registros do histórico, mais recentes primeiro</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exportar para CSV…</translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation>E&amp;xcluir registro</translation>
    </message>
    <message>
        <source>C&amp;lear all…</source>
        <translation>&amp;Limpar tudo…</translation>
    </message>
    <message>
        <source>Save every entry as a CSV file</source>
        <translation>Salvar todos os registros num arquivo CSV</translation>
    </message>
    <message>
        <source>Delete the selected entry (Delete)</source>
        <translation>Excluir o registro selecionado (Delete)</translation>
    </message>
    <message>
        <source>Delete every entry, after asking</source>
        <translation>Excluir todos os registros, depois de confirmar</translation>
    </message>
    <message>
        <source>History is not open yet.</source>
        <translation>O histórico ainda não está aberto.</translation>
    </message>
    <message>
        <source>warning sign at the last self-check: see the result</source>
        <translation>sinal de alerta na última autoavaliação: veja o resultado</translation>
    </message>
    <message>
        <source>heavy-legs score at the last self-check</source>
        <translation>pontuação de pernas pesadas na última autoavaliação</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>Nenhum registro ainda.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n registro.</numerusform>
            <numerusform>%n registros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n entries to {path}</source>
        <translation>
            <numerusform>%n registro salvo em {path}</numerusform>
            <numerusform>%n registros salvos em {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Warm-up: {name}</source>
        <translation>Aquecimento: {name}</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>Autoavaliação</translation>
    </message>
    <message>
        <source>Completed ({total})</source>
        <translation>Concluído ({total})</translation>
    </message>
    <message>
        <source>Not finished (still running, or the app was closed)</source>
        <translation>Não concluído (ainda em andamento, ou o app foi fechado)</translation>
    </message>
    <message>
        <source>Skipped to the end</source>
        <translation>Pulado até o fim</translation>
    </message>
    <message>
        <source>Stopped at {step}</source>
        <translation>Parado em {step}</translation>
    </message>
    <message>
        <source>Stopped before the first step</source>
        <translation>Parado antes da primeira etapa</translation>
    </message>
    <message>
        <source>warning sign: see the result</source>
        <translation>sinal de alerta: veja o resultado</translation>
    </message>
    <message>
        <source>heavy-legs score {score}</source>
        <translation>pontuação de pernas pesadas: {score}</translation>
    </message>
    <message>
        <source>Entry deleted.</source>
        <translation>Registro excluído.</translation>
    </message>
    <message>
        <source>History cleared.</source>
        <translation>Histórico apagado.</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>Não foi possível salvar {path}: {reason}</translation>
    </message>
    <message>
        <source>Clear all history?</source>
        <translation>Apagar todo o histórico?</translation>
    </message>
    <message>
        <source>Delete every warm-up and self-check from your history? This cannot be undone. Export to CSV first if you want a copy.</source>
        <translation>Excluir todos os aquecimentos e autoavaliações do seu histórico? Isso não pode ser desfeito. Exporte para CSV antes, se quiser uma cópia.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar histórico</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import a routine</source>
        <translation>Importar uma rotina</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>Arquivo: {0}</translation>
    </message>
    <message>
        <source>Total: {0}</source>
        <translation>Total: {0}</translation>
    </message>
    <message>
        <source>A routine called “{0}” is already in your library.</source>
        <translation>Uma rotina chamada “{0}” já está na sua biblioteca.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Este arquivo não pode ser importado</translation>
    </message>
    <message>
        <source>Nothing was saved. What is wrong with it:</source>
        <translation>Nada foi salvo. O que há de errado nele:</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… e mais {0}</translation>
    </message>
    <message>
        <source>Skip the rest</source>
        <extracomment>The runner chose to skip the files waiting behind this one. Only when files wait behind this one.</extracomment>
        <translation>Pular o resto</translation>
    </message>
    <message>
        <source>line {0}: </source>
        <translation>linha {0}: </translation>
    </message>
</context>
<context>
    <name>ImportQueue</name>
    <message numerus="yes">
        <source>%n more files to import</source>
        <extracomment>Offer this file now (``pathlib.Path``); connect it directly: the next one waits for the slot to return. How many files wait behind the one being offered now (``int``; 0 when none).</extracomment>
        <translation>
            <numerusform>mais %n arquivo para importar</numerusform>
            <numerusform>mais %n arquivos para importar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeepAwake</name>
    <message>
        <source>A warm-up routine is running</source>
        <extracomment>States in which the screen must stay on: the runner is following the countdown.</extracomment>
        <translation>Aquecimento em andamento</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Routine</source>
        <extracomment>Make a new routine from scratch. Edit a user routine, or make an editable copy of a built-in (``RoutineEntry``). Rename a user routine (``RoutineEntry``). Delete a user routine or a broken user file (``RoutineEntry`` or ``BrokenFile``). Export a routine (``RoutineEntry``). Import a file chosen in a file dialog. Bring back the routine deleted last. The user&apos;s routine folder: only broken files in it can be deleted from here.</extracomment>
        <translation>Rotina</translation>
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
        <translation>Rotinas</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nova rotina</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
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
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Built-in (read-only)</source>
        <translation>Do app (somente leitura)</translation>
    </message>
    <message>
        <source>Your routines</source>
        <translation>Suas rotinas</translation>
    </message>
    <message>
        <source>None yet: make a new one, or duplicate one above</source>
        <translation>Nenhuma ainda: crie uma nova ou duplique uma acima</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Não foi possível ler</translation>
    </message>
    <message>
        <source>broken file</source>
        <translation>arquivo corrompido</translation>
    </message>
    <message>
        <source>⚠ short  {0}</source>
        <translation>⚠ curta  {0}</translation>
    </message>
    <message>
        <source>⚠ long  {0}</source>
        <translation>⚠ longa  {0}</translation>
    </message>
    <message>
        <source>Outside the recommended 15-20 min</source>
        <translation>Fora dos 15-20 min recomendados</translation>
    </message>
    <message>
        <source>outside 15 to 20 minutes</source>
        <translation>fora de 15 a 20 minutos</translation>
    </message>
    <message>
        <source>Duplicate to edit</source>
        <translation>Duplicar para editar</translation>
    </message>
    <message>
        <source>No routine selected</source>
        <translation>Nenhuma rotina selecionada</translation>
    </message>
    <message>
        <source>This file could not be read:</source>
        <translation>Não foi possível ler este arquivo:</translation>
    </message>
    <message>
        <source>line {0}: </source>
        <translation>linha {0}: </translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>Arquivo: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Total {0} (plus a {1} get-ready countdown), %n steps</source>
        <translation>
            <numerusform>Total {0} (mais {1} de contagem de preparação), %n etapa</numerusform>
            <numerusform>Total {0} (mais {1} de contagem de preparação), %n etapas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n etapa</numerusform>
            <numerusform>%n etapas</numerusform>
        </translation>
    </message>
    <message>
        <source>Built in: read-only. Duplicate it to make your own version.</source>
        <translation>Rotina do app: somente leitura. Duplique-a para criar sua própria versão.</translation>
    </message>
    <message>
        <source>line {0}</source>
        <translation>linha {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Warm-up</source>
        <extracomment>The runner asked for the settings dialog (the app owns the settings and opens it). Routines, Self-check and History now exist (emitted once); the app wires them.</extracomment>
        <translation>Aquecimento</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rotinas</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>Autoavaliação</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Files to import (drops, other launches), offered one dialog at a time.</extracomment>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>A&amp;quecimento</translation>
    </message>
    <message>
        <source>&amp;Import routine…</source>
        <translation>&amp;Importar rotina…</translation>
    </message>
    <message>
        <source>&amp;Export routine…</source>
        <translation>&amp;Exportar rotina…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir pasta de &amp;logs</translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translation>&amp;Sobre o {0}</translation>
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
        <translation>O arquivo {name} não foi encontrado.</translation>
    </message>
    <message>
        <source>The file {name} could not be opened: {reason}</source>
        <translation>Não foi possível abrir o arquivo {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a file.</source>
        <translation>{name} não é um arquivo.</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>O arquivo {name} está vazio.</translation>
    </message>
    <message>
        <source>The file is {size:.1f} MB; a cue sound can be at most {limit} MB.</source>
        <translation>O arquivo tem {size:.1f} MB; um som de aviso pode ter no máximo {limit} MB.</translation>
    </message>
    <message>
        <source>MP3, OGG and FLAC files need ffmpeg, which is not installed. Choose a WAV file, or install ffmpeg.</source>
        <translation>Arquivos MP3, OGG e FLAC precisam do ffmpeg, que não está instalado. Escolha um arquivo WAV ou instale o ffmpeg.</translation>
    </message>
    <message>
        <source>{name} is not a sound file this app can use. Choose a {kinds} file.</source>
        <translation>{name} não é um arquivo de som que este app possa usar. Escolha um arquivo {kinds}.</translation>
    </message>
    <message>
        <source>{name} is not a WAV file this app can read. It may be damaged, or use a WAV flavour that needs ffmpeg (not installed).</source>
        <translation>{name} não é um arquivo WAV que este app consiga ler. Ele pode estar danificado ou usar uma variante de WAV que precisa do ffmpeg (não instalado).</translation>
    </message>
    <message>
        <source>{name} could not be read as sound. It may be damaged, or not audio.</source>
        <translation>Não foi possível ler {name} como som. Ele pode estar danificado ou não ser um arquivo de áudio.</translation>
    </message>
    <message>
        <source>The file contains no sound.</source>
        <translation>O arquivo não contém som.</translation>
    </message>
    <message>
        <source>The file is silent.</source>
        <translation>O arquivo só contém silêncio.</translation>
    </message>
    <message>
        <source>The sound lasts {seconds:.1f} s; a cue sound can be at most {limit:g} s.</source>
        <translation>O som dura {seconds:.1f} s; um som de aviso pode durar no máximo {limit:g} s.</translation>
    </message>
    <message>
        <source>The file {name} could not be used: it {reason}.</source>
        <translation>Não foi possível usar o arquivo {name}: {reason}.</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <extracomment>A stored sound is at most MAX_SECONDS of 16-bit mono at SAMPLE_RATE, plus its silent tail.</extracomment>
        <translation>o arquivo está faltando</translation>
    </message>
    <message>
        <source>the file {reason}</source>
        <translation>arquivo: {reason}</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>o arquivo está danificado</translation>
    </message>
    <message>
        <source>Your sound for “{cue}” can&apos;t be used ({reason}); the built-in sound plays instead.</source>
        <translation>Não é possível usar o seu som para “{cue}” ({reason}); em vez dele, toca o som do app.</translation>
    </message>
</context>
<context>
    <name>PartForm</name>
    <message>
        <source>Part name:</source>
        <translation>Nome da parte:</translation>
    </message>
    <message>
        <source>e.g. Jog</source>
        <translation>ex.: Trote</translation>
    </message>
    <message>
        <source>Pause between steps:</source>
        <translation>Pausa entre etapas:</translation>
    </message>
    <message>
        <source>Time to move to the next exercise of this part</source>
        <translation>Tempo para ir ao próximo exercício desta parte</translation>
    </message>
    <message>
        <source>Part total:</source>
        <translation>Total da parte:</translation>
    </message>
    <message>
        <source>Part {0} of {1}</source>
        <translation>Parte {0} de {1}</translation>
    </message>
    <message numerus="yes">
        <source>{0} (%n steps)</source>
        <translation>
            <numerusform>{0} (%n etapa)</numerusform>
            <numerusform>{0} (%n etapas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Steps: {0}</source>
        <translation>Etapas: {0}</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Whole warm-up</source>
        <extracomment>Skipped stretches as fractions of the bar, (from, to), 0 to 1.</extracomment>
        <translation>Todo o aquecimento</translation>
    </message>
    <message>
        <source>Whole warm-up progress</source>
        <translation>Progresso de todo o aquecimento</translation>
    </message>
    <message>
        <source>{0} progress</source>
        <translation>Progresso de {0}</translation>
    </message>
    <message>
        <source>{0} {1} / {2}</source>
        <translation>{0} {1} / {2}</translation>
    </message>
    <message>
        <source>{0} done, {1} skipped, {2} left</source>
        <translation>{0} feitos, {1} pulados, faltam {2}</translation>
    </message>
    <message>
        <source>{0} done, {1} left</source>
        <translation>{0} feitos, faltam {1}</translation>
    </message>
</context>
<context>
    <name>RedFlagGate</name>
    <message>
        <source>Any of these?</source>
        <extracomment>Warning signs that stop the flow the moment they are ticked. &quot;Yes, or not sure&quot;: show the check boxes.</extracomment>
        <translation>Algum destes?</translation>
    </message>
    <message>
        <source>&amp;Yes, or not sure: tick which ▼</source>
        <translation>&amp;Sim, ou não sei: marque quais ▼</translation>
    </message>
    <message>
        <source>Yes, or not sure: tick which</source>
        <translation>Sim, ou não sei: marque quais</translation>
    </message>
    <message>
        <source>None of them? Press “No, none of these” below.</source>
        <translation>Nenhum deles? Pressione “Não, nenhum destes” abaixo.</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>Self-check result</source>
        <extracomment>Start today&apos;s warm-up (the routine from :meth:`chosen_entry`). Go back to the questions, answers kept. Clear every answer and begin again.</extracomment>
        <translation>Resultado da autoavaliação</translation>
    </message>
    <message>
        <source>Today&apos;s warm-up</source>
        <translation>Aquecimento de hoje</translation>
    </message>
    <message>
        <source>Suggested for today and already ticked: the warm-up below includes them. Untick a change to leave it out.</source>
        <translation>Sugeridas para hoje e já marcadas: o aquecimento abaixo já as inclui. Desmarque uma mudança para deixá-la de fora.</translation>
    </message>
    <message>
        <source>&amp;Start the warm-up</source>
        <translation>&amp;Iniciar o aquecimento</translation>
    </message>
    <message>
        <source>&amp;Change answers</source>
        <translation>&amp;Alterar respostas</translation>
    </message>
    <message>
        <source>Start a &amp;new check</source>
        <translation>Fazer uma &amp;nova avaliação</translation>
    </message>
    <message>
        <source>Why this result</source>
        <translation>Por que este resultado</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>O que você pode fazer</translation>
    </message>
    <message>
        <source>Today: {advice}</source>
        <translation>Hoje: {advice}</translation>
    </message>
    <message>
        <source>Heavy-legs score: {score} of 100. A number to follow over time in your history, not a medical measure.</source>
        <translation>Pontuação de pernas pesadas: {score} de 100. Um número para acompanhar ao longo do tempo no seu histórico, não uma medida médica.</translation>
    </message>
    <message>
        <source>&amp;Start the adapted warm-up</source>
        <translation>&amp;Iniciar o aquecimento adaptado</translation>
    </message>
    <message>
        <source>Choose a routine on the Warm-up tab, then come back to start it.</source>
        <translation>Escolha uma rotina na aba Aquecimento e depois volte aqui para iniciá-la.</translation>
    </message>
    <message>
        <source>Routine: {name}, {total}</source>
        <translation>Rotina: {name}, {total}</translation>
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
        <translation>Nome:</translation>
    </message>
    <message>
        <source>e.g. Tempo day warm-up</source>
        <translation>ex.: Aquecimento para treino de ritmo</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descrição:</translation>
    </message>
    <message>
        <source>What this warm-up is for</source>
        <translation>Para que serve este aquecimento</translation>
    </message>
    <message>
        <source>Get-ready countdown:</source>
        <translation>Contagem de preparação:</translation>
    </message>
    <message>
        <source>Counted down before the first step; not in the total</source>
        <translation>Contada antes da primeira etapa; não entra no total</translation>
    </message>
</context>
<context>
    <name>RoutinePicker</name>
    <message>
        <source>Routine</source>
        <extracomment>Combo data of the item for a loaded routine that the library does not list. The runner chose a routine from the list (``RoutineEntry``). The runner asked to go back from an adapted copy to its original.</extracomment>
        <translation>Rotina</translation>
    </message>
    <message>
        <source>Loading routines…</source>
        <translation>Carregando rotinas…</translation>
    </message>
    <message>
        <source>Adapted for today</source>
        <translation>Adaptada para hoje</translation>
    </message>
    <message>
        <source>Use the original</source>
        <translation>Usar a original</translation>
    </message>
    <message>
        <source>Go back to the routine as it is saved</source>
        <translation>Voltar à rotina como está salva</translation>
    </message>
    <message>
        <source>Show the list</source>
        <translation>Mostrar a lista</translation>
    </message>
    <message>
        <source>Which routine files could not be read, and why</source>
        <translation>Quais arquivos de rotina não puderam ser lidos, e por quê</translation>
    </message>
    <message>
        <source>Routine:</source>
        <translation>Rotina:</translation>
    </message>
    <message>
        <source>No routines found.</source>
        <translation>Nenhuma rotina encontrada.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n routine files could not be read.</source>
        <translation>
            <numerusform>⚠ %n arquivo de rotina não pôde ser lido.</numerusform>
            <numerusform>⚠ %n arquivos de rotina não puderam ser lidos.</numerusform>
        </translation>
    </message>
    <message>
        <source> (+{0} more)</source>
        <translation> (+{0} outros)</translation>
    </message>
    <message>
        <source>Routine files that could not be read</source>
        <translation>Arquivos de rotina que não puderam ser lidos</translation>
    </message>
</context>
<context>
    <name>RoutinesView</name>
    <message>
        <source>this routine</source>
        <extracomment>The routines on disk changed (``Library``): saved, imported, renamed, deleted, restored. The runner chose to skip the files waiting to be imported after the one shown. Makes the driver of a &quot;Try it&quot; run (tests give one on a fake clock). Makes the view a &quot;Try it&quot; run is shown in (the window gives the Warm-up tab&apos;s view).</extracomment>
        <translation>esta rotina</translation>
    </message>
    <message>
        <source>My warm-up</source>
        <translation>Meu aquecimento</translation>
    </message>
    <message>
        <source>Jog</source>
        <translation>Trote</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (cópia)</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>Ainda não dá para salvar</translation>
    </message>
    <message>
        <source>Fix the marked fields first:
{0}</source>
        <translation>Corrija primeiro os campos marcados:
{0}</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Não foi possível salvar</translation>
    </message>
    <message>
        <source>Could not rename</source>
        <translation>Não foi possível renomear</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Não foi possível excluir</translation>
    </message>
    <message>
        <source>“{0}” was moved to the trash.</source>
        <translation>“{0}” foi movida para a lixeira.</translation>
    </message>
    <message>
        <source>Could not restore</source>
        <translation>Não foi possível restaurar</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>Não foi possível importar</translation>
    </message>
    <message>
        <source>Cannot export yet</source>
        <translation>Ainda não dá para exportar</translation>
    </message>
    <message>
        <source>Fix the marked fields first.</source>
        <translation>Corrija primeiro os campos marcados.</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nada para exportar</translation>
    </message>
    <message>
        <source>Select a routine first.</source>
        <translation>Selecione uma rotina primeiro.</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Não foi possível exportar</translation>
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
        <translation>Pular para a próxima etapa</translation>
    </message>
    <message>
        <source>Show {0}</source>
        <translation>Mostrar o {0}</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>{0}: ready</source>
        <translation>{0}: pronto</translation>
    </message>
    <message>
        <source>{0}: warm-up complete</source>
        <translation>{0}: aquecimento concluído</translation>
    </message>
    <message>
        <source>Get ready: {0}</source>
        <translation>Prepare-se: {0}</translation>
    </message>
    <message>
        <source>Switch sides: {0}</source>
        <translation>Troque de lado: {0}</translation>
    </message>
    <message>
        <source>Next exercise in {0}</source>
        <translation>Próximo exercício em {0}</translation>
    </message>
    <message>
        <source>{0}{1}: {2} left</source>
        <translation>{0}{1}: faltam {2}</translation>
    </message>
    <message>
        <source>Paused. {0}</source>
        <translation>Pausado. {0}</translation>
    </message>
    <message>
        <source>{0} of the warm-up left</source>
        <translation>Faltam {0} do aquecimento</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <source>◀◀ Back</source>
        <extracomment>Full screen was asked for (F11). The runner counts the warm-up they skipped to the end of as done (history records it). Focus mode went on (a routine runs: only what a runner needs) or off (paused, stopped). How long the controls strip stays after the last mouse move or key press. Asks before stopping a running routine; replaced in tests (no modal dialogs there). Asks before restarting a warm-up under way (R or the button); replaced in tests.</extracomment>
        <translation>◀◀ Voltar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Skip ▶▶</source>
        <translation>Pular ▶▶</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Count it as done</source>
        <translation>Contar como feito</translation>
    </message>
    <message>
        <source>You skipped to the end: record this warm-up as completed anyway</source>
        <translation>Você pulou até o fim: registrar este aquecimento como concluído mesmo assim</translation>
    </message>
    <message>
        <source>Back to the start of this step; twice: previous (Left)</source>
        <translation>Voltar ao início desta etapa; duas vezes: etapa anterior (←)</translation>
    </message>
    <message>
        <source>Start, pause or resume (Space)</source>
        <translation>Iniciar, pausar ou retomar (Espaço)</translation>
    </message>
    <message>
        <source>Skip to the next step (Right)</source>
        <translation>Pular para a próxima etapa (→)</translation>
    </message>
    <message>
        <source>Start the routine again (R)</source>
        <translation>Começar a rotina de novo (R)</translation>
    </message>
    <message>
        <source>Stop the routine (Esc)</source>
        <translation>Parar a rotina (Esc)</translation>
    </message>
    <message>
        <source>Start / Pause</source>
        <translation>Iniciar / Pausar</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Tela cheia</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Mudo</translation>
    </message>
    <message>
        <source>Counted as done. Have a good run!</source>
        <translation>Contado como feito. Boa corrida!</translation>
    </message>
    <message>
        <source>Restart the warm-up?</source>
        <translation>Reiniciar o aquecimento?</translation>
    </message>
    <message>
        <source>Start this warm-up again from the beginning? Your place in it will be lost.</source>
        <translation>Começar este aquecimento de novo desde o início? Você vai perder o ponto em que está.</translation>
    </message>
    <message>
        <source>Stop the warm-up?</source>
        <translation>Parar o aquecimento?</translation>
    </message>
    <message>
        <source>Stop this warm-up? Your place in it will be lost.</source>
        <translation>Parar este aquecimento? Você vai perder o ponto em que está.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Começar de novo</translation>
    </message>
</context>
<context>
    <name>SelfCheckPanel</name>
    <message>
        <source>Health screen</source>
        <extracomment>A result was shown for answers not reported before: (``Report``, ``dict[str, bool]``). A warm-up was started from the result (``RoutineEntry``, possibly an adapted copy).</extracomment>
        <translation>Triagem de saúde</translation>
    </message>
    <message>
        <source>Your legs today</source>
        <translation>Suas pernas hoje</translation>
    </message>
    <message>
        <source>Tick what applies. Leave the rest unticked.</source>
        <translation>Marque o que se aplica. Deixe o resto desmarcado.</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Avançar ▶</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>You said your legs hurt or that you have poor circulation. Before the result, read every warning sign again and tick any that applies.</source>
        <translation>Você disse que suas pernas doem ou que tem má circulação. Antes do resultado, leia de novo todos os sinais de alerta e marque qualquer um que se aplique.</translation>
    </message>
    <message>
        <source>Before the result: the warning signs again</source>
        <translation>Antes do resultado: os sinais de alerta de novo</translation>
    </message>
    <message>
        <source>Step {n} of {count}</source>
        <translation>Etapa {n} de {count}</translation>
    </message>
    <message>
        <source>None of these apply: see the &amp;result ▶</source>
        <translation>Nenhum se aplica: ver o &amp;resultado ▶</translation>
    </message>
    <message>
        <source>&amp;No, none of these ▶</source>
        <translation>&amp;Não, nenhum destes ▶</translation>
    </message>
    <message>
        <source>See the &amp;result ▶</source>
        <translation>Ver o &amp;resultado ▶</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
</context>
<context>
    <name>SessionAudio</name>
    <message>
        <source>The sounds could not be prepared ({0}), so this warm-up shows its cues on screen only.</source>
        <extracomment>Something the runner should know once (no sound output, an own sound replaced).</extracomment>
        <translation>Não foi possível preparar os sons ({0}), então este aquecimento mostra os avisos só na tela.</translation>
    </message>
    <message>
        <source>The sound folder cannot be written ({0}); the sounds are kept in memory for this session.</source>
        <translation>Não é possível gravar na pasta de sons ({0}); os sons ficam na memória durante esta sessão.</translation>
    </message>
    <message>
        <source>No voice: {0} Settings → Voice says what to install.</source>
        <translation>Sem voz: {0} Em Configurações → Voz você vê o que instalar.</translation>
    </message>
    <message>
        <source>The sound for “{0}” could not be loaded: {1}</source>
        <translation>Não foi possível carregar o som de “{0}”: {1}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings could not be saved to {0}. Changes are used until you quit.</source>
        <extracomment>Far more than any settings file the app writes (about 2 KB); a bigger one is not ours. &quot;Restore defaults&quot; resets it. Window geometry is remembered state, not a preference. How cues are played: &quot;stream&quot; (one open output, every sound at its exact sample) or &quot;effects&quot; (the older QSoundEffect per kind, kept for comparison). Not in the dialog. Play every sound this many milliseconds early, to cancel an output&apos;s delay (Bluetooth). Without a voice for the interface language: English lines in an English voice, or silence. The interface language (a code of i18n/languages.py), &quot;&quot; for the system&apos;s; read at start-up. The version of the first-run disclaimer the runner accepted (0: none yet); see gui/dialogs/disclaimer.py. A preference changed (the key&apos;s name, e.g. ``&quot;sounds/volume&quot;``); read it with ``get``. Saving failed (a message for the runner); the new values stay in use for this run. What was wrong with the file when it was loaded, one message each, for the runner. None while the file is left alone for the session (it could not be read).</extracomment>
        <translation>Não foi possível salvar suas configurações em {0}. As alterações valem até você sair do app.</translation>
    </message>
    <message>
        <source>Your settings file {0} could not be read ({1}), so the defaults are in use for this session. The file was left as it is, and changes are not saved to it.</source>
        <translation>Não foi possível ler seu arquivo de configurações {0} ({1}), então os valores padrão estão em uso nesta sessão. O arquivo foi mantido como está, e as alterações não são salvas nele.</translation>
    </message>
    <message>
        <source>(it could not be moved aside: {0})</source>
        <translation>(não foi possível tirá-lo do caminho: {0})</translation>
    </message>
    <message>
        <source>The damaged file was kept as {0}.</source>
        <translation>O arquivo danificado foi guardado como {0}.</translation>
    </message>
    <message>
        <source>Your settings file could not be read, so the defaults are in use. {0}</source>
        <translation>Não foi possível ler seu arquivo de configurações, então os valores padrão estão em uso. {0}</translation>
    </message>
    <message>
        <source>Some settings had values the app cannot use and were reset: {0}.</source>
        <translation>Algumas configurações tinham valores que o app não pode usar e foram redefinidas: {0}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>The form&apos;s values were stored (OK or Apply).</extracomment>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>&amp;Sounds</source>
        <extracomment>Shows a problem to the runner; replaced in tests (no modal boxes there). The tap-to-calibrate dialog while it is open. Asks for a sound file; replaced in tests.</extracomment>
        <translation>&amp;Sons</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>&amp;Voz</translation>
    </message>
    <message>
        <source>&amp;Timing</source>
        <translation>&amp;Tempos</translation>
    </message>
    <message>
        <source>&amp;Look</source>
        <translation>&amp;Aparência</translation>
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
        <translation>Som para {0}</translation>
    </message>
    <message>
        <source>▶ Preview</source>
        <translation>▶ Ouvir</translation>
    </message>
    <message>
        <source>Preview the {0} sound</source>
        <translation>Ouvir o som de {0}</translation>
    </message>
    <message>
        <source>Play this sound now</source>
        <translation>Tocar este som agora</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Play sounds early by</source>
        <translation>Adiantar os sons em</translation>
    </message>
    <message>
        <source>Bluetooth headphones play sound late, often by 100 to 300 ms. Every cue sound is played this much earlier to make up for it.</source>
        <translation>Fones Bluetooth tocam o som com atraso, muitas vezes de 100 a 300 ms. Cada som de aviso é tocado com essa antecedência para compensar.</translation>
    </message>
    <message>
        <source>Play sounds &amp;early by:</source>
        <translation>A&amp;diantar os sons em:</translation>
    </message>
    <message>
        <source>C&amp;alibrate…</source>
        <translation>&amp;Calibrar…</translation>
    </message>
    <message>
        <source>Calibrate the sound delay by tapping</source>
        <translation>Calibrar o atraso do som com toques no ritmo</translation>
    </message>
    <message>
        <source>Tap along to a few clicks and the app suggests how early to play sounds.</source>
        <translation>Acompanhe alguns cliques com toques e o app sugere quanto adiantar os sons.</translation>
    </message>
    <message>
        <source>Each cue has its own sound, so you know what happened without looking.</source>
        <translation>Cada aviso tem seu próprio som, para você saber o que aconteceu sem olhar.</translation>
    </message>
    <message>
        <source>&amp;Say each step&apos;s name and what comes next</source>
        <translation>&amp;Falar o nome de cada etapa e o que vem a seguir</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Velocidade da fala</translation>
    </message>
    <message>
        <source>Much faster</source>
        <translation>Muito mais rápida</translation>
    </message>
    <message>
        <source>&amp;Test voice</source>
        <translation>Testar a v&amp;oz</translation>
    </message>
    <message>
        <source>Test the voice</source>
        <translation>Testar a voz</translation>
    </message>
    <message>
        <source>V&amp;oice:</source>
        <translation>Vo&amp;z:</translation>
    </message>
    <message>
        <source>Speaking &amp;rate:</source>
        <translation>Velocidade da fa&amp;la:</translation>
    </message>
    <message>
        <source>Speak English</source>
        <translation>Falar em inglês</translation>
    </message>
    <message>
        <source>No announcements</source>
        <translation>Sem avisos por voz</translation>
    </message>
    <message>
        <source>Without a voice for your language</source>
        <translation>Sem voz para o seu idioma</translation>
    </message>
    <message>
        <source>Without a voice for your &amp;language:</source>
        <translation>Sem voz para o seu &amp;idioma:</translation>
    </message>
    <message>
        <source>The voice never talks over a countdown. Without a speech engine the app shows the next step on screen only.</source>
        <translation>A voz nunca fala por cima de uma contagem regressiva. Sem um sintetizador de voz, o app mostra a próxima etapa só na tela.</translation>
    </message>
    <message>
        <source>As set in the routine</source>
        <translation>Como na rotina</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Get-ready time before the first step</source>
        <translation>Tempo de preparação antes da primeira etapa</translation>
    </message>
    <message>
        <source>The lowest value keeps each routine&apos;s own get-ready time.</source>
        <translation>O valor mais baixo mantém o tempo de preparação de cada rotina.</translation>
    </message>
    <message>
        <source>No countdown</source>
        <translation>Sem contagem</translation>
    </message>
    <message>
        <source>Countdown beeps before each step</source>
        <translation>Bipes de contagem antes de cada etapa</translation>
    </message>
    <message>
        <source> steps/min</source>
        <translation> passos/min</translation>
    </message>
    <message>
        <source>Your usual running cadence</source>
        <translation>Sua cadência habitual de corrida</translation>
    </message>
    <message>
        <source>Metronome above your cadence</source>
        <translation>Metrônomo acima da sua cadência</translation>
    </message>
    <message>
        <source>&amp;Get-ready time:</source>
        <translation>Tempo de &amp;preparação:</translation>
    </message>
    <message>
        <source>&amp;Countdown before each step:</source>
        <translation>Co&amp;ntagem antes de cada etapa:</translation>
    </message>
    <message>
        <source>Your usual &amp;cadence:</source>
        <translation>Sua cadência &amp;habitual:</translation>
    </message>
    <message>
        <source>&amp;Metronome above it:</source>
        <translation>&amp;Metrônomo acima dela:</translation>
    </message>
    <message>
        <source>Raise your cadence a little at a time (5 to 10 %). Timing changes apply from the next start.</source>
        <translation>Aumente a cadência aos poucos (5 a 10 %). Mudanças de tempo valem a partir do próximo início.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Start in &amp;full screen</source>
        <translation>&amp;Iniciar em tela cheia</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>Em movimento</translation>
    </message>
    <message>
        <source>Still (no motion)</source>
        <translation>Paradas (sem movimento)</translation>
    </message>
    <message>
        <source>Off (cue lines only)</source>
        <translation>Desligadas (só as dicas)</translation>
    </message>
    <message>
        <source>Exercise figures</source>
        <translation>Figuras dos exercícios</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>&amp;Exercise figures:</source>
        <translation>Figu&amp;ras dos exercícios:</translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation>Idioma do sistema ({0})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <source>Restart Warm-up Timer to see the new language.</source>
        <translation>Reinicie o Warm-up Timer para ver o novo idioma.</translation>
    </message>
    <message>
        <source>Text follows your system&apos;s font size, and a high-contrast system setting gives the timer high-contrast colours.</source>
        <translation>O texto segue o tamanho de fonte do sistema, e a configuração de alto contraste do sistema dá ao cronômetro cores de alto contraste.</translation>
    </message>
    <message>
        <source>Countdown (3, 2, 1)</source>
        <translation>Contagem (3, 2, 1)</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Vai</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>Metade</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Troca de lado</translation>
    </message>
    <message>
        <source>New part</source>
        <translation>Nova parte</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Metronome click</source>
        <translation>Clique do metrônomo</translation>
    </message>
    <message>
        <source>This setting could not be saved: {0}</source>
        <translation>Não foi possível salvar esta configuração: {0}</translation>
    </message>
    <message>
        <source>Defaults restored in the form; press OK or Apply to keep them.</source>
        <translation>Padrões restaurados no formulário; pressione OK ou Aplicar para mantê-los.</translation>
    </message>
    <message>
        <source>Built-in sound</source>
        <translation>Som do app</translation>
    </message>
    <message>
        <source>Own: {0}</source>
        <translation>Próprio: {0}</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Escolher um arquivo…</translation>
    </message>
    <message>
        <source>WAV sounds (*.wav)</source>
        <translation>Sons WAV (*.wav)</translation>
    </message>
    <message>
        <source>Choose a sound for {0}</source>
        <translation>Escolha um som para {0}</translation>
    </message>
    <message>
        <source>The suggested delay is in the form; press OK or Apply to keep it.</source>
        <translation>O atraso sugerido está no formulário; pressione OK ou Aplicar para mantê-lo.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>{0} (not available)</source>
        <translation>{0} (indisponível)</translation>
    </message>
    <message>
        <source>Much slower</source>
        <translation>Muito mais lenta</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Mais lenta</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Mais rápida</translation>
    </message>
    <message>
        <source>Next: Deep lunge stretch, left side</source>
        <translation>A seguir: alongamento em afundo, lado esquerdo</translation>
    </message>
    <message>
        <source>The metronome clicks {0:.0f} times a minute.</source>
        <translation>O metrônomo dá {0:.0f} cliques por minuto.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>PAUSED</source>
        <translation>PAUSADO</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Tempo restante nesta etapa</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Etapa atual</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próxima etapa</translation>
    </message>
    <message>
        <source>Skipped to the end</source>
        <translation>Pulado até o fim</translation>
    </message>
    <message>
        <source>Warm-up complete. Have a good run!</source>
        <translation>Aquecimento concluído. Boa corrida!</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>A seguir: {0}</translation>
    </message>
    <message>
        <source>Next: finish</source>
        <translation>A seguir: fim</translation>
    </message>
    <message>
        <source>Ready. Press Space to start</source>
        <translation>Pronto. Aperte Espaço para iniciar</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Paused: </source>
        <translation>Pausado: </translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepare-se</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Troque de lado</translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation>Posicione-se</translation>
    </message>
    <message>
        <source>Work · {0} · step {1} of {2}</source>
        <translation>Exercício · {0} · etapa {1} de {2}</translation>
    </message>
    <message>
        <source>◀ LEFT {0}</source>
        <translation>◀ ESQUERDA: {0}</translation>
    </message>
    <message>
        <source>RIGHT {0} ▶</source>
        <translation>DIREITA: {0} ▶</translation>
    </message>
    <message>
        <source>Go!</source>
        <translation>Vai!</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>Metade</translation>
    </message>
    <message>
        <source>Done!</source>
        <translation>Pronto!</translation>
    </message>
</context>
<context>
    <name>StepAnnouncer</name>
    <message>
        <source>Stopped.</source>
        <extracomment>Every message announced, in order (what a screen reader was told).</extracomment>
        <translation>Parado.</translation>
    </message>
    <message>
        <source>Warm-up complete. Have a good run!</source>
        <translation>Aquecimento concluído. Boa corrida!</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Pausado.</translation>
    </message>
    <message>
        <source>Get ready, {0}. First: {1}.</source>
        <translation>Prepare-se, {0}. Primeiro: {1}.</translation>
    </message>
    <message>
        <source>Switch sides, {0}. Next: {1}.</source>
        <translation>Troque de lado, {0}. A seguir: {1}.</translation>
    </message>
    <message>
        <source>Next exercise in {0}: {1}.</source>
        <translation>Próximo exercício em {0}: {1}.</translation>
    </message>
    <message>
        <source>{0}. {1}.</source>
        <translation>{0}. {1}.</translation>
    </message>
    <message>
        <source>Resumed. {0}</source>
        <translation>Retomado. {0}</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>Step name:</source>
        <translation>Nome da etapa:</translation>
    </message>
    <message>
        <source>e.g. Easy jog</source>
        <translation>ex.: Trote leve</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duração:</translation>
    </message>
    <message>
        <source>Per side: run it left, then right (duration is per side)</source>
        <translation>Por lado: esquerda, depois direita (a duração é por lado)</translation>
    </message>
    <message>
        <source>Switch sides:</source>
        <translation>Troca de lado:</translation>
    </message>
    <message>
        <source>Reps:</source>
        <translation>Repetições:</translation>
    </message>
    <message>
        <source>e.g. 8-10 slow reps each side</source>
        <translation>ex.: 8-10 repetições lentas por lado</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Instruções:</translation>
    </message>
    <message>
        <source>How to do it, in a few words</source>
        <translation>Como fazer, em poucas palavras</translation>
    </message>
    <message>
        <source>Metronome: cadence clicks during this step</source>
        <translation>Metrônomo: cliques na cadência durante esta etapa</translation>
    </message>
    <message>
        <source>Step total:</source>
        <translation>Total da etapa:</translation>
    </message>
    <message>
        <source>No figure</source>
        <translation>Sem figura</translation>
    </message>
    <message>
        <source>Figure:</source>
        <translation>Figura:</translation>
    </message>
    <message>
        <source>Up to 3 short cues, one per line, shown large beside the figure</source>
        <translation>Até 3 dicas curtas, uma por linha, exibidas em tamanho grande ao lado da figura</translation>
    </message>
    <message>
        <source>Cue lines:</source>
        <translation>Dicas:</translation>
    </message>
    <message>
        <source>Step {0} of {1} in “{2}”</source>
        <translation>Etapa {0} de {1} em “{2}”</translation>
    </message>
    <message>
        <source>{0} (left {1}, switch {2}, right {1})</source>
        <translation>{0} (esquerda {1}, troca {2}, direita {1})</translation>
    </message>
</context>
<context>
    <name>StreamPlayer</name>
    <message>
        <source>This sound could not be played: %1</source>
        <extracomment>The first retry after a loss comes after Qt&apos;s own reconnect: when the sound server dies, Qt&apos;s PulseAudio backend drops its context and tries again 3 s later; a sink made in between aborts the whole process (libpulse&apos;s assertion in pa_context_get_state). Past that attempt a new sink connects afresh, but only to a server that is there (``sound_server_reachable``). Every sound is placed this long after its time on the monotonic clock. A block may be rendered up to a buffer ahead of being queued behind another buffer, so a cue due at once (the first tick at Start, a &quot;go&quot; after a skip) would land wherever the next block starts; with this margin it lands at its exact sample like every other cue, and all are heard with the same constant delay. An underrun the output reports re-anchors the sounds at once (``FrameClock.gap``); past this, a disagreement with the output&apos;s report does too (a stall, a device change). Less than this is the report&apos;s own noise and shifts (measured up to 50 ms), not what is heard. The sink&apos;s state changed (``QtAudio.State``, ``QtAudio.Error``): rare, never per block. The output went away mid-run (message), or came back (empty message).</extracomment>
        <translation>Não foi possível tocar este som: %1</translation>
    </message>
    <message>
        <source>The sound output stopped. Cues are shown on screen; sound resumes when it is back.</source>
        <translation>A saída de som parou. Os avisos aparecem na tela; o som volta quando a saída voltar.</translation>
    </message>
    <message>
        <source>No sound output was found. Cues will be shown on screen only.</source>
        <translation>Nenhuma saída de som foi encontrada. Os avisos serão mostrados só na tela.</translation>
    </message>
</context>
<context>
    <name>StructureTree</name>
    <message>
        <source>Parts and steps</source>
        <extracomment>The selected item changed (target). A dragged part should move: (from index, to index counted after taking it out). A dragged step should move: ((part, index), (part, index after taking it out)).</extracomment>
        <translation>Partes e etapas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>(unnamed part)</source>
        <translation>(parte sem nome)</translation>
    </message>
    <message>
        <source>  · {0} between steps</source>
        <translation>  · {0} entre etapas</translation>
    </message>
    <message>
        <source>(unnamed step)</source>
        <translation>(etapa sem nome)</translation>
    </message>
    <message>
        <source>  · each side</source>
        <translation>  · cada lado</translation>
    </message>
    <message>
        <source>has a problem</source>
        <translation>tem um problema</translation>
    </message>
</context>
<context>
    <name>SuggestionOffer</name>
    <message>
        <source>Choose a routine on the Warm-up tab to see what would change.</source>
        <extracomment>Results that leave room for a warm-up today. Accepted or not any more.</extracomment>
        <translation>Escolha uma rotina na aba Aquecimento para ver o que mudaria.</translation>
    </message>
    <message>
        <source>This routine has no easy-jog step in its first part, so nothing would change.</source>
        <translation>Esta rotina não tem uma etapa de trote leve na primeira parte, então nada mudaria.</translation>
    </message>
    <message>
        <source>The metronome is already on for the jog in this routine.</source>
        <translation>O metrônomo já está ligado no trote desta rotina.</translation>
    </message>
    <message>
        <source>This routine has no easy-jog step, so nothing would change.</source>
        <translation>Esta rotina não tem uma etapa de trote leve, então nada mudaria.</translation>
    </message>
    <message>
        <source>{step} {before} → {after}; total {total_before} → {total_after}</source>
        <translation>{step} {before} → {after}; total {total_before} → {total_after}</translation>
    </message>
    <message>
        <source>(longer than the recommended 15-20 min)</source>
        <translation>(mais longa que os 15-20 min recomendados)</translation>
    </message>
    <message>
        <source>Metronome on for: {steps}</source>
        <translation>Metrônomo ligado em: {steps}</translation>
    </message>
</context>
<context>
    <name>TryRunDialog</name>
    <message>
        <source>Try: {0}</source>
        <extracomment>Makes the trial&apos;s driver for a speed (replaced in tests by one on a fake clock). Builds the view a trial is shown in, around the trial&apos;s own controller.</extracomment>
        <translation>Teste: {0}</translation>
    </message>
    <message>
        <source> ({0}x speed)</source>
        <translation> (velocidade {0}x)</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>speech engine %1 is not installed</source>
        <extracomment>Qt&apos;s test engine: speaks nothing, keeps time. Never chosen on its own. Names the engine for this process: &quot;auto&quot; (the default), &quot;none&quot;, or an engine name. The tests set it to &quot;mock&quot;; a runner can set &quot;none&quot; to keep speech-dispatcher out of the app entirely. espeak-ng (through speech-dispatcher) lists &quot;English (Caribbean)&quot; first for en_US; the country&apos;s own voice is what a runner there expects. The country whose voice a language&apos;s speakers expect when theirs is not listed first. No usable engine (message for the user). Emitted once per engine choice. True when speech starts, False when it ends (or is stopped, or fails).</extracomment>
        <translation>o sintetizador de voz %1 não está instalado</translation>
    </message>
    <message>
        <source>%1 has no voice for %2</source>
        <translation>%1 não tem voz para %2</translation>
    </message>
    <message>
        <source>Voice announcements are switched off.</source>
        <translation>Os avisos por voz estão desligados.</translation>
    </message>
    <message>
        <source>No speech engine could be started (%1).</source>
        <translation>Nenhum sintetizador de voz pôde ser iniciado (%1).</translation>
    </message>
    <message>
        <source>No speech engine is installed.</source>
        <translation>Nenhum sintetizador de voz está instalado.</translation>
    </message>
    <message>
        <source>The speech engine has no voice for {0}.</source>
        <translation>O sintetizador de voz não tem voz para {0}.</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu, install the speech engine and its voices with:
sudo apt install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng
then restart Warm-up Timer.</source>
        <translation>No Debian ou Ubuntu, instale o sintetizador de voz e as vozes com:
sudo apt install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng
e depois reinicie o Warm-up Timer.</translation>
    </message>
    <message>
        <source>The speech engine stopped working (%1).</source>
        <translation>O sintetizador de voz parou de funcionar (%1).</translation>
    </message>
</context>
<context>
    <name>VoicePreview</name>
    <message>
        <source>No speech engine is available.</source>
        <translation>Nenhum sintetizador de voz está disponível.</translation>
    </message>
    <message>
        <source>The voice {0} is not available now.</source>
        <translation>A voz {0} não está disponível agora.</translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <source>No warm-ups finished yet.</source>
        <translation>Nenhum aquecimento concluído ainda.</translation>
    </message>
    <message>
        <source>Warm-ups per week</source>
        <translation>Aquecimentos por semana</translation>
    </message>
    <message>
        <source>Chart of warm-ups per week</source>
        <translation>Gráfico de aquecimentos por semana</translation>
    </message>
    <message>
        <source>Warm-ups</source>
        <translation>Aquecimentos</translation>
    </message>
    <message numerus="yes">
        <source>%n warm-ups this week</source>
        <translation>
            <numerusform>%n aquecimento nesta semana</numerusform>
            <numerusform>%n aquecimentos nesta semana</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>Log folder</source>
        <translation>Pasta de logs</translation>
    </message>
    <message>
        <source>The log files are in:
{0}</source>
        <translation>Os arquivos de log estão em:
{0}</translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <source>Brisk walk</source>
        <translation>Caminhada rápida</translation>
    </message>
    <message>
        <source>Easy jog</source>
        <translation>Trote leve</translation>
    </message>
    <message>
        <source>Strides</source>
        <translation>Acelerações</translation>
    </message>
    <message>
        <source>Walk back</source>
        <translation>Volta caminhando</translation>
    </message>
    <message>
        <source>Deep lunge</source>
        <translation>Afundo profundo</translation>
    </message>
    <message>
        <source>Standing quad</source>
        <translation>Quadríceps em pé</translation>
    </message>
    <message>
        <source>Standing adductor</source>
        <translation>Adutores em pé</translation>
    </message>
    <message>
        <source>Standing TFL</source>
        <translation>TFL em pé</translation>
    </message>
    <message>
        <source>Lying glute</source>
        <translation>Glúteo deitado</translation>
    </message>
    <message>
        <source>Standing calf</source>
        <translation>Panturrilha em pé</translation>
    </message>
    <message>
        <source>side</source>
        <translation>lado</translation>
    </message>
    <message>
        <source>leg forward</source>
        <translation>perna à frente</translation>
    </message>
    <message>
        <source>heel to buttock</source>
        <translation>calcanhar ao glúteo</translation>
    </message>
    <message>
        <source>knee bends</source>
        <translation>joelho dobrado</translation>
    </message>
    <message>
        <source>leg crosses behind</source>
        <translation>perna cruzada atrás</translation>
    </message>
    <message>
        <source>ankle across</source>
        <translation>tornozelo cruzado</translation>
    </message>
    <message>
        <source>leg back</source>
        <translation>perna atrás</translation>
    </message>
</context>
<context>
    <name>routine</name>
    <message>
        <source>Pre-run warm-up</source>
        <translation>Aquecimento pré-corrida</translation>
    </message>
    <message>
        <source>An easy walk and jog, then six dynamic stretches, each on both sides, before an everyday run.</source>
        <translation>Caminhada e trote leves, depois seis alongamentos dinâmicos, cada um dos dois lados, antes de uma corrida do dia a dia.</translation>
    </message>
    <message>
        <source>Jog</source>
        <translation>Trote</translation>
    </message>
    <message>
        <source>Brisk walk</source>
        <translation>Caminhada rápida</translation>
    </message>
    <message>
        <source>Walk briskly with loose, swinging arms to ease into movement.</source>
        <translation>Caminhe em passo acelerado, balançando os braços soltos, para entrar em movimento aos poucos.</translation>
    </message>
    <message>
        <source>Brisk steps, loose swinging arms</source>
        <translation>Passos rápidos, braços soltos</translation>
    </message>
    <message>
        <source>Easy jog</source>
        <translation>Trote leve</translation>
    </message>
    <message>
        <source>Easy, conversational effort (about 3-4 out of 10): you could talk in full sentences. Shoulders relaxed, steps light.</source>
        <translation>Esforço leve, de conversa (cerca de 3-4 de 10): você conseguiria falar frases completas. Ombros relaxados, passos leves.</translation>
    </message>
    <message>
        <source>Easy pace: you could still talk</source>
        <translation>Ritmo leve: dá para conversar</translation>
    </message>
    <message>
        <source>Shoulders relaxed, steps light</source>
        <translation>Ombros relaxados, passos leves</translation>
    </message>
    <message>
        <source>Dynamic stretches</source>
        <translation>Alongamentos dinâmicos</translation>
    </message>
    <message>
        <source>Deep lunge stretch</source>
        <translation>Alongamento em afundo</translation>
    </message>
    <message>
        <source>8-10 slow reps each side</source>
        <translation>8-10 repetições lentas por lado</translation>
    </message>
    <message>
        <source>Long step forward, front knee over the ankle, back knee down or just off the floor. Tuck your pelvis, squeeze the buttock (glute) of the back leg and rock your hips forward for 2 s, back for 2 s. Start small, widen bit by bit; no bouncing, no pain.</source>
        <translation>Dê um passo longo à frente, joelho da frente sobre o tornozelo, joelho de trás no chão ou logo acima dele. Encaixe a pelve, contraia o glúteo (o músculo da nádega) da perna de trás e leve o quadril à frente por 2 s e de volta por 2 s. Comece com pouca amplitude e aumente aos poucos; sem balanço, sem dor.</translation>
    </message>
    <message>
        <source>Long step, front knee over ankle</source>
        <translation>Passo longo, joelho sobre o tornozelo</translation>
    </message>
    <message>
        <source>Back knee down, pelvis tucked</source>
        <translation>Joelho de trás baixo, pelve encaixada</translation>
    </message>
    <message>
        <source>Rock hips forward 2 s, back 2 s</source>
        <translation>Quadril à frente 2 s, atrás 2 s</translation>
    </message>
    <message>
        <source>Standing quad stretch</source>
        <translation>Alongamento do quadríceps</translation>
    </message>
    <message>
        <source>Hold a support and bring this heel towards your buttock, knees together, thigh pointing down, torso tall without arching. Draw the heel in for 2-3 s, then release. Start gently, widen bit by bit; no bouncing, no pain.</source>
        <translation>Segure-se num apoio e leve este calcanhar em direção ao glúteo, joelhos juntos, coxa apontando para baixo, tronco ereto sem arquear as costas. Puxe o calcanhar por 2-3 s e solte. Comece com suavidade e aumente aos poucos; sem balanço, sem dor.</translation>
    </message>
    <message>
        <source>Hold a support, stand tall</source>
        <translation>Segure um apoio, tronco ereto</translation>
    </message>
    <message>
        <source>Heel to buttock, knees together</source>
        <translation>Calcanhar ao glúteo, joelhos juntos</translation>
    </message>
    <message>
        <source>Draw in 2-3 s, then let go</source>
        <translation>Puxe por 2-3 s e solte</translation>
    </message>
    <message>
        <source>Standing adductor stretch</source>
        <translation>Alongamento dos adutores</translation>
    </message>
    <message>
        <source>Stretches the adductors, the muscles of the inner thigh. Feet about twice shoulder width apart, chest up. Bend this knee over its toes, other leg straight, and shift your weight across for 2 s, back to the middle for 2 s. Start at half range; no bouncing, no pain.</source>
        <translation>Alonga os adutores, os músculos da parte interna da coxa. Pés afastados cerca de duas vezes a largura dos ombros, peito aberto. Dobre este joelho na direção dos dedos do pé, a outra perna estendida, e leve o peso para este lado por 2 s, de volta ao centro por 2 s. Comece com metade da amplitude; sem balanço, sem dor.</translation>
    </message>
    <message>
        <source>Wide stance, chest up</source>
        <translation>Base afastada, peito aberto</translation>
    </message>
    <message>
        <source>Bend this knee over its toes</source>
        <translation>Dobre este joelho sobre os dedos</translation>
    </message>
    <message>
        <source>Shift across 2 s, back 2 s</source>
        <translation>Peso para o lado 2 s, volte 2 s</translation>
    </message>
    <message>
        <source>Standing TFL stretch</source>
        <translation>Alongamento do TFL</translation>
    </message>
    <message>
        <source>Stretches the TFL, a muscle on the outer hip. Other hand on a wall, cross this leg behind the other. Push this hip out sideways as you lean your upper body away, this arm overhead, for 2 s; come back for 2 s. Widen bit by bit; no bouncing, no pain.</source>
        <translation>Alonga o TFL (tensor da fáscia lata), um músculo na lateral do quadril. A outra mão na parede, cruze esta perna por trás da outra. Empurre este quadril para o lado enquanto inclina o tronco para o lado oposto, com este braço acima da cabeça, por 2 s; volte por 2 s. Aumente aos poucos; sem balanço, sem dor.</translation>
    </message>
    <message>
        <source>Cross this leg behind the other</source>
        <translation>Cruze esta perna por trás da outra</translation>
    </message>
    <message>
        <source>Push hip out, lean body away</source>
        <translation>Quadril para fora, tronco ao contrário</translation>
    </message>
    <message>
        <source>This arm overhead, hand on wall</source>
        <translation>Este braço no alto, mão na parede</translation>
    </message>
    <message>
        <source>Lying glute stretch</source>
        <translation>Alongamento do glúteo</translation>
    </message>
    <message>
        <source>Stretches the glutes, the muscles of the buttock. On your back, rest this ankle across the other thigh and draw that thigh towards your chest for 2 s, ease off for 2 s. Wet ground? Do the same figure-4 standing on one leg, holding a support. No bouncing, no pain.</source>
        <translation>Alonga os glúteos, os músculos da nádega. De barriga para cima, apoie este tornozelo sobre a outra coxa e puxe essa coxa em direção ao peito por 2 s; alivie por 2 s. Chão molhado? Faça a mesma posição em &quot;4&quot; em pé, sobre uma perna só, segurando-se num apoio. Sem balanço, sem dor.</translation>
    </message>
    <message>
        <source>On your back, ankle across thigh</source>
        <translation>De costas, tornozelo sobre a coxa</translation>
    </message>
    <message>
        <source>Draw that thigh towards your chest</source>
        <translation>Puxe essa coxa em direção ao peito</translation>
    </message>
    <message>
        <source>Wet ground? Same shape, standing</source>
        <translation>Chão molhado? A mesma posição, em pé</translation>
    </message>
    <message>
        <source>Standing calf stretch</source>
        <translation>Alongamento da panturrilha</translation>
    </message>
    <message>
        <source>Hands on a wall, this leg back, heel down, knee straight: lean in for 2 s, out for 2 s. For the last few reps bend the back knee a little to reach the lower calf. Start gently; no bouncing, no pain.</source>
        <translation>Mãos na parede, esta perna atrás, calcanhar no chão, joelho estendido: incline-se para a frente por 2 s e volte por 2 s. Nas últimas repetições, dobre um pouco o joelho de trás para alcançar a parte baixa da panturrilha. Comece com suavidade; sem balanço, sem dor.</translation>
    </message>
    <message>
        <source>Hands on wall, this leg back</source>
        <translation>Mãos na parede, esta perna atrás</translation>
    </message>
    <message>
        <source>Heel down, knee straight, lean in</source>
        <translation>Calcanhar baixo, joelho reto, incline-se</translation>
    </message>
    <message>
        <source>Last reps: bend the back knee</source>
        <translation>Últimas reps: dobre o joelho de trás</translation>
    </message>
    <message>
        <source>Quick warm-up</source>
        <translation>Aquecimento rápido</translation>
    </message>
    <message>
        <source>A shorter jog and the same six dynamic stretches, for days when time is tight.</source>
        <translation>Um trote mais curto e os mesmos seis alongamentos dinâmicos, para os dias de pouco tempo.</translation>
    </message>
    <message>
        <source>6-8 slow reps each side</source>
        <translation>6-8 repetições lentas por lado</translation>
    </message>
    <message>
        <source>Race-day warm-up</source>
        <translation>Aquecimento de prova</translation>
    </message>
    <message>
        <source>Walk, easy jog and six dynamic stretches, finishing with four relaxed strides before the start.</source>
        <translation>Caminhada, trote leve e seis alongamentos dinâmicos, terminando com quatro acelerações soltas antes da largada.</translation>
    </message>
    <message>
        <source>8 slow reps each side</source>
        <translation>8 repetições lentas por lado</translation>
    </message>
    <message>
        <source>Strides</source>
        <translation>Acelerações</translation>
    </message>
    <message>
        <source>Stride 1 of 4</source>
        <translation>Aceleração 1 de 4</translation>
    </message>
    <message>
        <source>Build smoothly to a quick, relaxed pace, not a sprint. Run tall, arms loose, then ease off.</source>
        <translation>Acelere de forma progressiva até um ritmo rápido e solto, sem chegar a um sprint. Corra com o tronco ereto e os braços soltos, depois desacelere.</translation>
    </message>
    <message>
        <source>Build to quick and relaxed, no sprint</source>
        <translation>Acelere até rápido e solto, sem sprint</translation>
    </message>
    <message>
        <source>Run tall, arms loose</source>
        <translation>Tronco ereto, braços soltos</translation>
    </message>
    <message>
        <source>Walk back</source>
        <translation>Volta caminhando</translation>
    </message>
    <message>
        <source>Walk back easily and let your breathing settle.</source>
        <translation>Volte caminhando com calma e deixe a respiração se acalmar.</translation>
    </message>
    <message>
        <source>Easy walk, let your breathing settle</source>
        <translation>Caminhada leve, acalme a respiração</translation>
    </message>
    <message>
        <source>Stride 2 of 4</source>
        <translation>Aceleração 2 de 4</translation>
    </message>
    <message>
        <source>Stride 3 of 4</source>
        <translation>Aceleração 3 de 4</translation>
    </message>
    <message>
        <source>Stride 4 of 4</source>
        <translation>Aceleração 4 de 4</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Aceleração</translation>
    </message>
</context>
<context>
    <name>selfcheck</name>
    <message>
        <source>Warning signs</source>
        <translation>Sinais de alerta</translation>
    </message>
    <message>
        <source>Answer these first. A yes to any of them comes before everything else in the result.</source>
        <translation>Responda a estas primeiro. Um sim em qualquer uma delas vem antes de todo o resto no resultado.</translation>
    </message>
    <message>
        <source>Health screen</source>
        <translation>Triagem de saúde</translation>
    </message>
    <message>
        <source>Questions to answer before starting or stepping up an exercise routine.</source>
        <translation>Perguntas a responder antes de começar ou intensificar uma rotina de exercícios.</translation>
    </message>
    <message>
        <source>How your legs feel</source>
        <translation>Como estão suas pernas</translation>
    </message>
    <message>
        <source>Tick what you feel today.</source>
        <translation>Marque o que você sente hoje.</translation>
    </message>
    <message>
        <source>What might be adding to it</source>
        <translation>O que pode estar contribuindo</translation>
    </message>
    <message>
        <source>Tick anything that applies to you at the moment.</source>
        <translation>Marque tudo o que se aplica a você no momento.</translation>
    </message>
    <message>
        <source>Do you have chest pain, pressure or tightness, perhaps spreading to your arm, jaw or neck?</source>
        <translation>Você sente dor, pressão ou aperto no peito, talvez se espalhando para o braço, a mandíbula ou o pescoço?</translation>
    </message>
    <message>
        <source>Chest pain, pressure or tightness can come from the heart and needs emergency help.</source>
        <translation>Dor, pressão ou aperto no peito podem vir do coração e exigem atendimento de emergência.</translation>
    </message>
    <message>
        <source>Did you suddenly become short of breath, get a sharp pain in your chest each time you breathe in, or cough up blood?</source>
        <translation>Você ficou sem ar de repente, sentiu uma dor aguda no peito a cada vez que inspira ou tossiu sangue?</translation>
    </message>
    <message>
        <source>Sudden breathlessness, sharp chest pain on breathing in or coughing up blood can mean a clot in the lungs and needs emergency help.</source>
        <translation>Falta de ar repentina, dor aguda no peito ao inspirar ou tosse com sangue podem indicar um coágulo no pulmão e exigem atendimento de emergência.</translation>
    </message>
    <message>
        <source>A side stitch (a cramp low in the side that eases when you slow down) is not this.</source>
        <translation>Uma pontada do lado (uma cãibra na parte baixa da lateral do abdome que melhora quando você diminui o ritmo) não é isso.</translation>
    </message>
    <message>
        <source>Did you faint, or nearly faint, during or just after exercise today?</source>
        <translation>Você desmaiou, ou quase desmaiou, durante ou logo depois do exercício hoje?</translation>
    </message>
    <message>
        <source>Fainting or nearly fainting during or just after exercise needs emergency help.</source>
        <translation>Desmaio ou quase desmaio durante ou logo depois do exercício exige atendimento de emergência.</translation>
    </message>
    <message>
        <source>Is your heartbeat racing or irregular, and not settling when you stop?</source>
        <translation>Seu coração está acelerado ou irregular, e não se acalma quando você para?</translation>
    </message>
    <message>
        <source>A racing or irregular heartbeat that does not settle needs emergency help.</source>
        <translation>Batimentos acelerados ou irregulares que não se acalmam exigem atendimento de emergência.</translation>
    </message>
    <message>
        <source>Do you have sudden numbness or weakness on one side of your body, a drooping face, or trouble speaking?</source>
        <translation>Você tem dormência ou fraqueza repentina em um lado do corpo, o rosto caído ou dificuldade para falar?</translation>
    </message>
    <message>
        <source>Sudden numbness or weakness on one side, a drooping face or trouble speaking can be a stroke and needs emergency help.</source>
        <translation>Dormência ou fraqueza repentina em um lado do corpo, rosto caído ou dificuldade para falar podem ser um AVC (derrame) e exigem atendimento de emergência.</translation>
    </message>
    <message>
        <source>In the heat, are you confused, or have you collapsed or been vomiting?</source>
        <translation>No calor, você está com confusão mental, teve um colapso ou está vomitando?</translation>
    </message>
    <message>
        <source>Confusion or collapse in the heat can be heatstroke and needs emergency help. Get into the shade and cool down while you wait.</source>
        <translation>Confusão mental ou colapso no calor podem ser intermação (golpe de calor) e exigem atendimento de emergência. Vá para a sombra e se resfrie enquanto espera.</translation>
    </message>
    <message>
        <source>The skin is usually hot, and may be sweaty or dry: confusion or collapse is the sign that matters.</source>
        <translation>A pele costuma estar quente, e pode estar suada ou seca: o sinal que importa é a confusão mental ou o colapso.</translation>
    </message>
    <message>
        <source>In one leg only: is the calf or thigh swollen, throbbing or cramping, or is the skin warm, red or darker than usual?</source>
        <translation>Em uma perna só: a panturrilha ou a coxa está inchada, latejando ou com cãibra, ou a pele está quente, vermelha ou mais escura que o normal?</translation>
    </message>
    <message>
        <source>Swelling, throbbing pain or warm, red or darker skin in one leg can be a blood clot (deep-vein thrombosis). Do not massage the leg.</source>
        <translation>Inchaço, dor latejante ou pele quente, vermelha ou mais escura em uma perna podem ser um coágulo (trombose venosa profunda). Não massageie a perna.</translation>
    </message>
    <message>
        <source>More likely after a long journey, surgery, being laid up, the contraceptive pill or HRT, or during pregnancy.</source>
        <translation>É mais provável depois de uma viagem longa, de uma cirurgia, de um período acamado, com pílula anticoncepcional ou terapia de reposição hormonal, ou durante a gravidez.</translation>
    </message>
    <message>
        <source>After hard exercise, is your urine dark like cola or tea, or is there very little of it, with severe muscle pain or weakness?</source>
        <translation>Depois de exercício intenso, sua urina está escura como refrigerante de cola ou chá, ou em quantidade muito pequena, com dor muscular forte ou fraqueza?</translation>
    </message>
    <message>
        <source>Dark or scanty urine with severe muscle pain or weakness after hard exercise can mean muscle breakdown (rhabdomyolysis), which can harm the kidneys.</source>
        <translation>Urina escura ou escassa com dor muscular forte ou fraqueza depois de exercício intenso pode indicar destruição muscular (rabdomiólise), que pode prejudicar os rins.</translation>
    </message>
    <message>
        <source>Has a leg suddenly turned cold, pale or numb, or become very painful?</source>
        <translation>Uma perna ficou de repente fria, pálida ou dormente, ou muito dolorida?</translation>
    </message>
    <message>
        <source>A leg that suddenly turns cold, pale, numb or very painful may have lost its blood supply: go to an emergency department now.</source>
        <translation>Uma perna que de repente fica fria, pálida, dormente ou muito dolorida pode ter perdido o fluxo de sangue: vá agora a um pronto-socorro.</translation>
    </message>
    <message>
        <source>Are you unable to put weight on your leg?</source>
        <translation>Você não consegue apoiar o peso do corpo na perna?</translation>
    </message>
    <message>
        <source>Not being able to put weight on a leg needs checking today, for example for a fracture.</source>
        <translation>Não conseguir apoiar o peso numa perna precisa ser avaliado hoje, por exemplo para ver se há fratura.</translation>
    </message>
    <message>
        <source>Do you have leg pain together with a fever, or redness that is spreading?</source>
        <translation>Você tem dor na perna junto com febre, ou uma vermelhidão que está se espalhando?</translation>
    </message>
    <message>
        <source>Leg pain with a fever or spreading redness can be an infection.</source>
        <translation>Dor na perna com febre ou vermelhidão que se espalha pode ser uma infecção.</translation>
    </message>
    <message>
        <source>Does leg pain come on at about the same time or distance in each run?</source>
        <translation>A dor na perna começa mais ou menos no mesmo tempo ou na mesma distância em cada corrida?</translation>
    </message>
    <message>
        <source>Pain that starts at a predictable point in a run can be pressure building up inside a muscle (exertional compartment syndrome).</source>
        <translation>Uma dor que começa num ponto previsível da corrida pode ser pressão aumentando dentro de um músculo (síndrome compartimental de esforço).</translation>
    </message>
    <message>
        <source>It often eases 10 to 20 minutes after you stop.</source>
        <translation>Ela costuma aliviar 10 a 20 minutos depois que você para.</translation>
    </message>
    <message>
        <source>While you run, does a muscle in your leg become tight or burning, or your foot go numb, until you have to slow down or stop?</source>
        <translation>Enquanto você corre, algum músculo da perna fica tenso ou queimando, ou o pé fica dormente, até você precisar diminuir o ritmo ou parar?</translation>
    </message>
    <message>
        <source>A muscle that becomes tight or burning during runs, or a foot that goes numb, can be pressure building up inside the muscle (exertional compartment syndrome).</source>
        <translation>Um músculo que fica tenso ou queimando durante as corridas, ou um pé que fica dormente, pode ser pressão aumentando dentro do músculo (síndrome compartimental de esforço).</translation>
    </message>
    <message>
        <source>Do you get cramping in your calf, thigh or buttock that reliably comes on when you walk and eases when you rest?</source>
        <translation>Você tem cãibras na panturrilha, na coxa ou no glúteo que sempre aparecem quando você caminha e aliviam quando descansa?</translation>
    </message>
    <message>
        <source>Cramping that comes on with walking and eases with rest can mean narrowed leg arteries (claudication).</source>
        <translation>Cãibras que aparecem ao caminhar e aliviam com o repouso podem indicar artérias das pernas estreitadas (claudicação).</translation>
    </message>
    <message>
        <source>This matters more if you are over 50, smoke, or have diabetes, high blood pressure or high cholesterol.</source>
        <translation>Isso pesa mais se você tem mais de 50 anos, fuma ou tem diabetes, pressão alta ou colesterol alto.</translation>
    </message>
    <message>
        <source>Is there a spot on a bone that hurts when you press on it?</source>
        <translation>Há algum ponto num osso que dói quando você aperta?</translation>
    </message>
    <message>
        <source>A spot on a bone that hurts when pressed can be a bone stress injury.</source>
        <translation>Um ponto num osso que dói ao ser pressionado pode ser uma lesão óssea por estresse.</translation>
    </message>
    <message>
        <source>Does a pain in your leg or foot get worse with every run?</source>
        <translation>Uma dor na perna ou no pé piora a cada corrida?</translation>
    </message>
    <message>
        <source>Pain that builds run after run can be a bone stress injury.</source>
        <translation>Uma dor que aumenta corrida após corrida pode ser uma lesão óssea por estresse.</translation>
    </message>
    <message>
        <source>Does your leg or foot hurt at rest or at night?</source>
        <translation>Sua perna ou seu pé dói em repouso ou à noite?</translation>
    </message>
    <message>
        <source>Pain at rest or at night can be a bone stress injury.</source>
        <translation>Dor em repouso ou à noite pode ser uma lesão óssea por estresse.</translation>
    </message>
    <message>
        <source>Did you feel a sharp or sudden pain, are you limping, or has the pain lasted more than 1 to 2 weeks?</source>
        <translation>Você sentiu uma dor aguda ou repentina, está mancando, ou a dor já dura mais de 1 a 2 semanas?</translation>
    </message>
    <message>
        <source>Sharp or sudden pain, a limp, or pain lasting more than 1 to 2 weeks is more than ordinary soreness.</source>
        <translation>Dor aguda ou repentina, mancar ou dor que dura mais de 1 a 2 semanas é mais do que uma dor muscular comum.</translation>
    </message>
    <message>
        <source>Ordinary soreness after a run is worst 1 to 2 days later and fades within a few days.</source>
        <translation>A dor muscular comum depois de uma corrida é pior 1 a 2 dias depois e passa em poucos dias.</translation>
    </message>
    <message>
        <source>Do you have numbness or tingling in your leg or foot?</source>
        <translation>Você tem dormência ou formigamento na perna ou no pé?</translation>
    </message>
    <message>
        <source>Numbness or tingling in the leg or foot can come from a nerve or the blood supply.</source>
        <translation>Dormência ou formigamento na perna ou no pé pode vir de um nervo ou da circulação do sangue.</translation>
    </message>
    <message>
        <source>Do you have back pain that shoots down your leg?</source>
        <translation>Você tem dor nas costas que irradia pela perna?</translation>
    </message>
    <message>
        <source>Back pain that shoots down the leg can come from an irritated nerve.</source>
        <translation>Dor nas costas que irradia pela perna pode vir de um nervo irritado.</translation>
    </message>
    <message>
        <source>Have your legs felt heavy for more than 2 to 3 weeks, even with rest?</source>
        <translation>Suas pernas estão pesadas há mais de 2 a 3 semanas, mesmo com descanso?</translation>
    </message>
    <message>
        <source>Heavy legs for weeks despite rest need a doctor&apos;s check. Ask about blood tests, including haemoglobin and ferritin.</source>
        <translation>Pernas pesadas por semanas apesar do descanso precisam de avaliação médica. Pergunte sobre exames de sangue, incluindo hemoglobina e ferritina.</translation>
    </message>
    <message>
        <source>Tell the doctor too about any unusual tiredness, breathlessness, paleness, missed periods, or repeated illness or injury.</source>
        <translation>Conte também ao médico sobre qualquer cansaço fora do comum, falta de ar, palidez, falhas na menstruação, ou doenças ou lesões repetidas.</translation>
    </message>
    <message>
        <source>Have both your ankles or legs recently started to swell?</source>
        <translation>Os dois tornozelos ou as duas pernas começaram a inchar recentemente?</translation>
    </message>
    <message>
        <source>New swelling of both ankles or legs can come from the heart, kidneys or veins.</source>
        <translation>Inchaço novo nos dois tornozelos ou nas duas pernas pode vir do coração, dos rins ou das veias.</translation>
    </message>
    <message>
        <source>Has a doctor ever told you that you have a heart condition?</source>
        <translation>Algum médico já disse que você tem um problema cardíaco?</translation>
    </message>
    <message>
        <source>You said a doctor has told you that you have a heart condition.</source>
        <translation>Você informou que um médico já disse que você tem um problema cardíaco.</translation>
    </message>
    <message>
        <source>Do you get chest pain when you are active, or have you had chest pain at rest in the past month?</source>
        <translation>Você sente dor no peito quando está em atividade, ou teve dor no peito em repouso no último mês?</translation>
    </message>
    <message>
        <source>You said you get chest pain when active, or have had it at rest recently.</source>
        <translation>Você informou que sente dor no peito em atividade, ou que teve dor no peito em repouso recentemente.</translation>
    </message>
    <message>
        <source>Do you lose your balance because of dizziness, or have you blacked out in the last 12 months?</source>
        <translation>Você perde o equilíbrio por causa de tontura, ou perdeu a consciência nos últimos 12 meses?</translation>
    </message>
    <message>
        <source>You said you get dizzy enough to lose your balance, or have blacked out in the last year.</source>
        <translation>Você informou que tem tontura a ponto de perder o equilíbrio, ou que perdeu a consciência no último ano.</translation>
    </message>
    <message>
        <source>Do you have a bone or joint problem that more activity could make worse?</source>
        <translation>Você tem algum problema ósseo ou articular que mais atividade possa piorar?</translation>
    </message>
    <message>
        <source>You said you have a bone or joint problem that more activity could make worse.</source>
        <translation>Você informou que tem um problema ósseo ou articular que mais atividade pode piorar.</translation>
    </message>
    <message>
        <source>Do you take medicine for your blood pressure or a heart condition?</source>
        <translation>Você toma remédio para a pressão arterial ou para um problema cardíaco?</translation>
    </message>
    <message>
        <source>You said you take medicine for your blood pressure or heart.</source>
        <translation>Você informou que toma remédio para a pressão ou para o coração.</translation>
    </message>
    <message>
        <source>Are you pregnant?</source>
        <translation>Você está grávida?</translation>
    </message>
    <message>
        <source>You said you are pregnant: check with your doctor or midwife about running.</source>
        <translation>Você informou que está grávida: converse com seu médico ou sua enfermeira obstetra sobre correr.</translation>
    </message>
    <message>
        <source>Do you know of any other reason why you should not be physically active?</source>
        <translation>Você sabe de algum outro motivo pelo qual não deveria praticar atividade física?</translation>
    </message>
    <message>
        <source>You said you know of another reason not to be physically active.</source>
        <translation>Você informou que sabe de outro motivo para não praticar atividade física.</translation>
    </message>
    <message>
        <source>If you answered yes to a health-screen question: since that began, has a doctor checked you and cleared you for the kind of running you plan?</source>
        <translation>Se você respondeu sim a alguma pergunta da triagem de saúde: desde que isso começou, um médico avaliou você e liberou para o tipo de corrida que você planeja?</translation>
    </message>
    <message>
        <source>You said a doctor has cleared you, since your condition began, for the running you plan. Keep to what they cleared you for.</source>
        <translation>Você informou que, desde que sua condição começou, um médico liberou você para a corrida que planeja. Respeite os limites dessa liberação.</translation>
    </message>
    <message>
        <source>A clearance never covers chest pain, dizziness or blackouts, or anything that is new or worse since the doctor saw you.</source>
        <translation>Uma liberação nunca cobre dor no peito, tontura ou perda de consciência, nem nada que seja novo ou tenha piorado desde a consulta com o médico.</translation>
    </message>
    <message>
        <source>Do your legs feel heavy, as if you were carrying extra weight?</source>
        <translation>Suas pernas estão pesadas, como se você carregasse um peso extra?</translation>
    </message>
    <message>
        <source>Your legs feel heavy.</source>
        <translation>Suas pernas estão pesadas.</translation>
    </message>
    <message>
        <source>Are your legs tired and sore?</source>
        <translation>Suas pernas estão cansadas e doloridas?</translation>
    </message>
    <message>
        <source>Your legs are tired and sore.</source>
        <translation>Suas pernas estão cansadas e doloridas.</translation>
    </message>
    <message>
        <source>Are your legs stiff?</source>
        <translation>Suas pernas estão rígidas?</translation>
    </message>
    <message>
        <source>Your legs are stiff.</source>
        <translation>Suas pernas estão rígidas.</translation>
    </message>
    <message>
        <source>Do your legs hurt (real pain, not just tiredness or stiffness)?</source>
        <translation>Suas pernas doem (dor de verdade, não só cansaço ou rigidez)?</translation>
    </message>
    <message>
        <source>You have leg pain.</source>
        <translation>Você está com dor na perna.</translation>
    </message>
    <message>
        <source>Have you recently run more, faster or harder than you are used to?</source>
        <translation>Você correu recentemente mais, mais rápido ou mais forte do que costuma?</translation>
    </message>
    <message>
        <source>You have been training more or harder than usual.</source>
        <translation>Você tem treinado mais ou mais forte que o normal.</translation>
    </message>
    <message>
        <source>Have you gone a week or more without an easy day or a rest day?</source>
        <translation>Você passou uma semana ou mais sem um dia leve ou de descanso?</translation>
    </message>
    <message>
        <source>You have had no easy or rest days lately.</source>
        <translation>Você não tem tido dias leves ou de descanso ultimamente.</translation>
    </message>
    <message>
        <source>Did you do heavy leg strength training in the last day or two?</source>
        <translation>Você fez treino de força pesado para as pernas nos últimos um ou dois dias?</translation>
    </message>
    <message>
        <source>You did heavy leg strength training in the last day or two.</source>
        <translation>Você fez treino de força pesado para as pernas nos últimos um ou dois dias.</translation>
    </message>
    <message>
        <source>Have you been sleeping less than 7 hours a night, or did you have a bad night?</source>
        <translation>Você tem dormido menos de 7 horas por noite, ou teve uma noite ruim?</translation>
    </message>
    <message>
        <source>You have been short of sleep.</source>
        <translation>Você tem dormido pouco.</translation>
    </message>
    <message>
        <source>Are you following a low-carbohydrate diet?</source>
        <translation>Você segue uma dieta com pouco carboidrato?</translation>
    </message>
    <message>
        <source>You are on a low-carbohydrate diet.</source>
        <translation>Você está numa dieta com pouco carboidrato.</translation>
    </message>
    <message>
        <source>Do you often run on an empty stomach, or eat less than your training needs?</source>
        <translation>Você costuma correr em jejum, ou comer menos do que seu treino exige?</translation>
    </message>
    <message>
        <source>You may be eating less than your training needs.</source>
        <translation>Talvez você esteja comendo menos do que seu treino exige.</translation>
    </message>
    <message>
        <source>Have your periods stopped or become irregular?</source>
        <translation>Sua menstruação parou ou ficou irregular?</translation>
    </message>
    <message>
        <source>Your periods have stopped or become irregular.</source>
        <translation>Sua menstruação parou ou ficou irregular.</translation>
    </message>
    <message>
        <source>Have you had two or more stress fractures or other bone injuries?</source>
        <translation>Você já teve duas ou mais fraturas por estresse ou outras lesões ósseas?</translation>
    </message>
    <message>
        <source>You have had two or more stress fractures or bone injuries.</source>
        <translation>Você já teve duas ou mais fraturas por estresse ou lesões ósseas.</translation>
    </message>
    <message>
        <source>Are you thirsty, or have you had little to drink today?</source>
        <translation>Você está com sede, ou bebeu pouco líquido hoje?</translation>
    </message>
    <message>
        <source>You may be short of fluids.</source>
        <translation>Talvez você esteja com falta de líquidos.</translation>
    </message>
    <message>
        <source>Do you know or suspect that your iron is low (for example a past low result, or heavy periods)?</source>
        <translation>Você sabe ou suspeita que está com o ferro baixo (por exemplo, um resultado baixo no passado ou menstruação intensa)?</translation>
    </message>
    <message>
        <source>You know or suspect that your iron is low.</source>
        <translation>Você sabe ou suspeita que está com o ferro baixo.</translation>
    </message>
    <message>
        <source>Do you take long strides with your foot landing well ahead of your body, or take few steps per minute?</source>
        <translation>Você dá passadas longas, com o pé tocando o chão bem à frente do corpo, ou dá poucos passos por minuto?</translation>
    </message>
    <message>
        <source>You may be overstriding or taking few steps per minute.</source>
        <translation>Talvez suas passadas estejam longas demais ou você dê poucos passos por minuto.</translation>
    </message>
    <message>
        <source>Do you land on your heel?</source>
        <translation>Você pisa primeiro com o calcanhar?</translation>
    </message>
    <message>
        <source>You land on your heel.</source>
        <translation>Você pisa primeiro com o calcanhar.</translation>
    </message>
    <message>
        <source>Do you run with tense, raised shoulders or a stiff neck?</source>
        <translation>Você corre com os ombros tensos e levantados, ou com o pescoço rígido?</translation>
    </message>
    <message>
        <source>You run with tense shoulders or neck.</source>
        <translation>Você corre com os ombros ou o pescoço tensos.</translation>
    </message>
    <message>
        <source>Do you think you have poor circulation in your legs?</source>
        <translation>Você acha que tem má circulação nas pernas?</translation>
    </message>
    <message>
        <source>You think you have poor circulation in your legs.</source>
        <translation>Você acha que tem má circulação nas pernas.</translation>
    </message>
    <message>
        <source>Training load</source>
        <translation>Carga de treino</translation>
    </message>
    <message>
        <source>Doing more than your body is used to, without time to adapt, leaves legs tired, stiff and sore, can disturb sleep and makes progress stall.</source>
        <translation>Fazer mais do que seu corpo está acostumado, sem tempo para se adaptar, deixa as pernas cansadas, rígidas e doloridas, pode atrapalhar o sono e faz o progresso estagnar.</translation>
    </message>
    <message>
        <source>Cut back your running volume or intensity for a few days.</source>
        <translation>Reduza o volume ou a intensidade das corridas por alguns dias.</translation>
    </message>
    <message>
        <source>Keep increases small from week to week, roughly 10% at most.</source>
        <translation>Faça aumentos pequenos de uma semana para outra, no máximo cerca de 10%.</translation>
    </message>
    <message>
        <source>Plan 1 or 2 easy or rest days every week.</source>
        <translation>Planeje 1 ou 2 dias leves ou de descanso por semana.</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recuperação</translation>
    </message>
    <message>
        <source>Muscles repair and get stronger between sessions. Without easy or rest days, tiredness carries over from one run to the next.</source>
        <translation>Os músculos se recuperam e ficam mais fortes entre os treinos. Sem dias leves ou de descanso, o cansaço passa de uma corrida para a seguinte.</translation>
    </message>
    <message>
        <source>Take 1 or 2 easy or rest days every week.</source>
        <translation>Tire 1 ou 2 dias leves ou de descanso por semana.</translation>
    </message>
    <message>
        <source>Make today an easy day.</source>
        <translation>Faça de hoje um dia leve.</translation>
    </message>
    <message>
        <source>Leg strength training</source>
        <translation>Treino de força para as pernas</translation>
    </message>
    <message>
        <source>Strength work is good for runners, but heavy leg sessions leave the legs tired for a day or two.</source>
        <translation>O treino de força faz bem para quem corre, mas sessões pesadas de pernas deixam as pernas cansadas por um ou dois dias.</translation>
    </message>
    <message>
        <source>Avoid heavy leg strength work on the day before a key run.</source>
        <translation>Evite treino de força pesado para as pernas na véspera de uma corrida importante.</translation>
    </message>
    <message>
        <source>Put heavy leg sessions where a day or more separates them from your next hard or long run.</source>
        <translation>Programe as sessões pesadas de pernas de modo que haja um dia ou mais entre elas e sua próxima corrida forte ou longa.</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sono</translation>
    </message>
    <message>
        <source>Adults need about 7 to 9 hours of sleep a night. Athletes who sleep less get injured more often, and tired legs recover more slowly.</source>
        <translation>Adultos precisam de cerca de 7 a 9 horas de sono por noite. Atletas que dormem menos se lesionam com mais frequência, e pernas cansadas se recuperam mais devagar.</translation>
    </message>
    <message>
        <source>Aim for a regular 7 to 9 hours a night.</source>
        <translation>Procure dormir regularmente de 7 a 9 horas por noite.</translation>
    </message>
    <message>
        <source>After a bad night, keep that day&apos;s run easy.</source>
        <translation>Depois de uma noite ruim, mantenha leve a corrida desse dia.</translation>
    </message>
    <message>
        <source>Low-carbohydrate diet</source>
        <translation>Dieta com pouco carboidrato</translation>
    </message>
    <message>
        <source>Carbohydrate is the main fuel for running. With little of it in your diet, the fuel stored in your muscles runs low and your legs can feel heavy and flat.</source>
        <translation>O carboidrato é o principal combustível da corrida. Com pouco carboidrato na dieta, o combustível armazenado nos músculos fica baixo e suas pernas podem ficar pesadas e sem força.</translation>
    </message>
    <message>
        <source>Eat carbohydrate every day: light training needs roughly 3 to 5 g per kg of body weight a day, and harder training needs more.</source>
        <translation>Coma carboidrato todos os dias: treinos leves pedem cerca de 3 a 5 g por kg de peso corporal por dia, e treinos mais fortes pedem mais.</translation>
    </message>
    <message>
        <source>Have a meal based on carbohydrate 1 to 4 hours before longer or harder runs.</source>
        <translation>Faça uma refeição à base de carboidrato 1 a 4 horas antes de corridas mais longas ou mais fortes.</translation>
    </message>
    <message>
        <source>Refuel after running.</source>
        <translation>Reponha a energia depois de correr.</translation>
    </message>
    <message>
        <source>Fuelling</source>
        <translation>Alimentação</translation>
    </message>
    <message>
        <source>Eating too little for the training you do leaves the body short of energy for its everyday work: this is called low energy availability. Over time it can cause a syndrome called RED-S (relative energy deficiency in sport), with lasting tiredness, repeated injuries and illnesses, and periods that stop or become irregular.</source>
        <translation>Comer pouco demais para o treino que você faz deixa o corpo sem energia para suas funções do dia a dia: isso se chama baixa disponibilidade energética. Com o tempo, pode causar uma síndrome chamada RED-S (deficiência relativa de energia no esporte), com cansaço persistente, lesões e doenças repetidas, e menstruação que para ou fica irregular.</translation>
    </message>
    <message>
        <source>Refuel soon after running.</source>
        <translation>Reponha a energia logo depois de correr.</translation>
    </message>
    <message>
        <source>If you notice several of these signs, see a doctor or a sports dietitian.</source>
        <translation>Se você notar vários desses sinais, procure um médico ou um nutricionista esportivo.</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Menstruação</translation>
    </message>
    <message>
        <source>Periods that stop or become irregular with training can be a sign of low energy availability, that is, eating too little for the training you do.</source>
        <translation>Menstruação que para ou fica irregular com o treino pode ser sinal de baixa disponibilidade energética, ou seja, de comer pouco demais para o treino que você faz.</translation>
    </message>
    <message>
        <source>See a doctor about it: it is not a normal part of training hard.</source>
        <translation>Procure um médico por causa disso: não é uma parte normal de treinar forte.</translation>
    </message>
    <message>
        <source>Bone injuries</source>
        <translation>Lesões ósseas</translation>
    </message>
    <message>
        <source>Repeated stress fractures or other bone injuries can be a sign of low energy availability, that is, eating too little for the training you do.</source>
        <translation>Fraturas por estresse ou outras lesões ósseas repetidas podem ser sinal de baixa disponibilidade energética, ou seja, de comer pouco demais para o treino que você faz.</translation>
    </message>
    <message>
        <source>See a doctor or a sports dietitian to find out what is behind them.</source>
        <translation>Procure um médico ou um nutricionista esportivo para descobrir o que está por trás delas.</translation>
    </message>
    <message>
        <source>Fluids</source>
        <translation>Hidratação</translation>
    </message>
    <message>
        <source>Running gets harder once you have lost more than about 2% of your body weight as fluid. Drinking far more than you need is harmful too.</source>
        <translation>Correr fica mais difícil quando você perde mais de cerca de 2% do peso corporal em líquidos. Beber muito mais do que precisa também faz mal.</translation>
    </message>
    <message>
        <source>Drink something before you run.</source>
        <translation>Beba alguma coisa antes de correr.</translation>
    </message>
    <message>
        <source>Aim for pale-yellow urine.</source>
        <translation>Procure manter a urina amarelo-clara.</translation>
    </message>
    <message>
        <source>On long or hot runs, take drinks with electrolytes.</source>
        <translation>Em corridas longas ou no calor, tome bebidas com eletrólitos.</translation>
    </message>
    <message>
        <source>Don&apos;t force down more than you need.</source>
        <translation>Não se force a beber mais do que precisa.</translation>
    </message>
    <message>
        <source>Iron</source>
        <translation>Ferro</translation>
    </message>
    <message>
        <source>Low iron is common in runners, especially women, and can leave you tired with heavy legs. Your iron stores (ferritin) can be low even when your haemoglobin is normal.</source>
        <translation>Ferro baixo é comum em quem corre, principalmente nas mulheres, e pode causar cansaço e pernas pesadas. Seus estoques de ferro (ferritina) podem estar baixos mesmo com a hemoglobina normal.</translation>
    </message>
    <message>
        <source>Ask your doctor for a blood test that checks both haemoglobin and ferritin.</source>
        <translation>Peça ao seu médico um exame de sangue que avalie tanto a hemoglobina quanto a ferritina.</translation>
    </message>
    <message>
        <source>Don&apos;t start taking iron on your own: too much iron is harmful, and only a blood test shows whether you need it.</source>
        <translation>Não comece a tomar ferro por conta própria: ferro em excesso faz mal, e só um exame de sangue mostra se você precisa.</translation>
    </message>
    <message>
        <source>Stride and step rate</source>
        <translation>Passada e cadência</translation>
    </message>
    <message>
        <source>Landing with your foot far ahead of your body, often with few steps per minute, puts more load on the knees and hips. Taking 5 to 10% more steps per minute reduces that load.</source>
        <translation>Tocar o chão com o pé muito à frente do corpo, muitas vezes com poucos passos por minuto, sobrecarrega mais os joelhos e o quadril. Dar 5 a 10% mais passos por minuto reduz essa carga.</translation>
    </message>
    <message>
        <source>Raise your step rate by 5 to 10% over a few weeks, not all at once.</source>
        <translation>Aumente sua cadência (passos por minuto) em 5 a 10% ao longo de algumas semanas, não de uma vez.</translation>
    </message>
    <message>
        <source>Use the metronome, set a little above your current step rate.</source>
        <translation>Use o metrônomo, ajustado um pouco acima da sua cadência atual.</translation>
    </message>
    <message>
        <source>Aim to land with your foot closer to under your hips.</source>
        <translation>Procure tocar o chão com o pé mais perto da linha do quadril.</translation>
    </message>
    <message>
        <source>There is no single right step rate for everyone: build from your own.</source>
        <translation>Não existe uma cadência certa para todo mundo: parta da sua.</translation>
    </message>
    <message>
        <source>Heel landing</source>
        <translation>Pisada com o calcanhar</translation>
    </message>
    <message>
        <source>Many good runners land on the heel. On average, changing how your foot lands neither makes running more economical nor lowers injury risk, and a sudden change puts extra strain on the calf and Achilles tendon.</source>
        <translation>Muitos bons corredores pisam com o calcanhar. Em média, mudar a forma como o pé toca o chão não torna a corrida mais econômica nem reduz o risco de lesão, e uma mudança brusca sobrecarrega a panturrilha e o tendão de Aquiles.</translation>
    </message>
    <message>
        <source>Keep the foot landing that comes naturally to you.</source>
        <translation>Mantenha a pisada que é natural para você.</translation>
    </message>
    <message>
        <source>If your foot lands far ahead of your body, work on your step rate instead: slightly quicker, shorter steps.</source>
        <translation>Se o seu pé toca o chão muito à frente do corpo, trabalhe a cadência em vez disso: passos um pouco mais rápidos e mais curtos.</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Tense shoulders and neck are worth noticing and letting go, but they are unlikely to be what makes your legs heavy.</source>
        <translation>Vale a pena perceber a tensão nos ombros e no pescoço e soltá-la, mas é pouco provável que seja ela que deixa suas pernas pesadas.</translation>
    </message>
    <message>
        <source>Now and then during a run, let your shoulders drop away from your ears.</source>
        <translation>De vez em quando, durante a corrida, solte os ombros, afastando-os das orelhas.</translation>
    </message>
    <message>
        <source>Keep your head level and your eyes looking ahead.</source>
        <translation>Mantenha a cabeça nivelada e o olhar para a frente.</translation>
    </message>
    <message>
        <source>Circulation</source>
        <translation>Circulação</translation>
    </message>
    <message>
        <source>Poor circulation can mean several different things, some of them serious, such as blood clots, narrowed arteries or vein disease. It is not something to manage on your own.</source>
        <translation>Má circulação pode significar várias coisas diferentes, algumas graves, como coágulos, artérias estreitadas ou doença das veias. Não é algo para cuidar por conta própria.</translation>
    </message>
    <message>
        <source>Go through every warning-sign question: they cover the serious causes.</source>
        <translation>Responda a todas as perguntas de sinais de alerta: elas cobrem as causas graves.</translation>
    </message>
    <message>
        <source>Book an appointment with your doctor to find out what is behind it.</source>
        <translation>Marque uma consulta com seu médico para descobrir o que está por trás disso.</translation>
    </message>
    <message>
        <source>This is something for a doctor, not for a warm-up routine.</source>
        <translation>Isto é assunto para um médico, não para uma rotina de aquecimento.</translation>
    </message>
    <message>
        <source>Stop exercising now and call your local emergency number (such as 112, 999 or 911). Don&apos;t run or drive yourself; ask someone to stay with you until help arrives.</source>
        <translation>Pare o exercício agora e ligue para o número de emergência local (como 112, 999 ou 911). Não corra nem dirija; peça que alguém fique com você até a ajuda chegar.</translation>
    </message>
    <message>
        <source>Don&apos;t run today. Get seen today: contact your doctor or an urgent care service, or go to an emergency department. If things get worse quickly, or you feel chest pain or short of breath, call your local emergency number (such as 112, 999 or 911).</source>
        <translation>Não corra hoje. Procure atendimento hoje: fale com seu médico ou com um serviço de pronto atendimento, ou vá a um pronto-socorro. Se piorar rápido, ou se você sentir dor no peito ou falta de ar, ligue para o número de emergência local (como 112, 999 ou 911).</translation>
    </message>
    <message>
        <source>Rest from running and book an appointment with a doctor or physiotherapist. If it gets worse or a warning sign appears, get help sooner.</source>
        <translation>Dê uma pausa na corrida e marque uma consulta com um médico ou fisioterapeuta. Se piorar ou aparecer um sinal de alerta, procure ajuda antes.</translation>
    </message>
    <message>
        <source>Check with a doctor (in pregnancy, your doctor or midwife) before starting or stepping up an exercise routine, and rest from running until you have. Once a doctor has cleared you, say so on the health screen.</source>
        <translation>Consulte um médico (na gravidez, seu médico ou sua enfermeira obstetra) antes de começar ou intensificar uma rotina de exercícios, e não corra até fazer isso. Depois que um médico liberar você, informe isso na triagem de saúde.</translation>
    </message>
    <message>
        <source>Don&apos;t run until a doctor has checked your chest pain, dizziness or blackouts. If chest pain comes on at rest or doesn&apos;t ease within a few minutes, call your local emergency number (such as 112, 999 or 911).</source>
        <translation>Não corra até que um médico avalie sua dor no peito, tontura ou perda de consciência. Se a dor no peito surgir em repouso ou não passar em poucos minutos, ligue para o número de emergência local (como 112, 999 ou 911).</translation>
    </message>
    <message>
        <source>Rest from hard training and see a doctor or a sports dietitian about your eating, your periods or your bone injuries. These signs together are worth taking seriously.</source>
        <translation>Dê uma pausa nos treinos fortes e procure um médico ou um nutricionista esportivo para falar da sua alimentação, da sua menstruação ou das suas lesões ósseas. Esses sinais juntos merecem ser levados a sério.</translation>
    </message>
    <message>
        <source>Don&apos;t run yet. Answer every warning-sign question first: leg pain and poor circulation can come from something serious, and those questions are how the check tells.</source>
        <translation>Não corra ainda. Responda primeiro a todas as perguntas de sinais de alerta: dor na perna e má circulação podem vir de algo grave, e são essas perguntas que permitem à avaliação identificar isso.</translation>
    </message>
    <message>
        <source>Rest from running and book an appointment with your doctor about your circulation. If a leg turns cold, pale, swollen or very painful, get help the same day.</source>
        <translation>Dê uma pausa na corrida e marque uma consulta com seu médico sobre sua circulação. Se uma perna ficar fria, pálida, inchada ou muito dolorida, procure ajuda no mesmo dia.</translation>
    </message>
    <message>
        <source>Rest the leg today. Ordinary soreness fades within a few days. If the pain is sharp, makes you limp, gets worse with each run or lasts more than 1 to 2 weeks, see a doctor or physiotherapist.</source>
        <translation>Descanse a perna hoje. A dor muscular comum passa em poucos dias. Se a dor for aguda, fizer você mancar, piorar a cada corrida ou durar mais de 1 a 2 semanas, procure um médico ou fisioterapeuta.</translation>
    </message>
    <message>
        <source>Nothing you ticked needs a doctor right now. Try the steps below, and stop if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation>Nada do que você marcou exige um médico agora. Experimente as medidas abaixo e pare se sentir dor, desconforto no peito, tontura ou falta de ar fora do comum.</translation>
    </message>
    <message>
        <source>Try the steps below, including seeing a doctor where a step says so, and stop if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation>Experimente as medidas abaixo, inclusive procurar um médico quando a medida disser isso, e pare se sentir dor, desconforto no peito, tontura ou falta de ar fora do comum.</translation>
    </message>
    <message>
        <source>Keep to any limits your doctor gave you, and stop if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation>Respeite os limites que seu médico definiu e pare se sentir dor, desconforto no peito, tontura ou falta de ar fora do comum.</translation>
    </message>
    <message>
        <source>Nothing you ticked needs attention. Enjoy your warm-up and run, and stop if you feel pain, chest discomfort, dizziness or unusual breathlessness.</source>
        <translation>Nada do que você marcou exige atenção. Aproveite o aquecimento e a corrida, e pare se sentir dor, desconforto no peito, tontura ou falta de ar fora do comum.</translation>
    </message>
    <message>
        <source>A yes on the health screen means checking with a doctor before starting or stepping up an exercise routine.</source>
        <translation>Um sim na triagem de saúde significa consultar um médico antes de começar ou intensificar uma rotina de exercícios.</translation>
    </message>
    <message>
        <source>Leg pain is never treated as plain tiredness: answer every warning-sign question. If none applies, rest the leg today.</source>
        <translation>Dor na perna nunca é tratada como simples cansaço: responda a todas as perguntas de sinais de alerta. Se nenhuma se aplicar, descanse a perna hoje.</translation>
    </message>
    <message>
        <source>Poor circulation needs a doctor to find the cause, so answer every warning-sign question and book an appointment.</source>
        <translation>A má circulação precisa de um médico para descobrir a causa, então responda a todas as perguntas de sinais de alerta e marque uma consulta.</translation>
    </message>
    <message>
        <source>Several signs point to tired legs at once, so a rest day will do more than an easy run.</source>
        <translation>Vários sinais apontam ao mesmo tempo para pernas cansadas, então um dia de descanso vai ajudar mais do que uma corrida leve.</translation>
    </message>
    <message>
        <source>Make today&apos;s run easy, at a pace where you can talk in full sentences.</source>
        <translation>Faça a corrida de hoje leve, num ritmo em que você consiga falar frases completas.</translation>
    </message>
    <message>
        <source>A doctor&apos;s clearance never covers chest pain, dizziness or blackouts: they may be new since the doctor saw you, so have them checked before you run again.</source>
        <translation>A liberação de um médico nunca cobre dor no peito, tontura ou perda de consciência: elas podem ter surgido depois da consulta, então faça uma avaliação antes de voltar a correr.</translation>
    </message>
    <message>
        <source>Eating too little for your training together with missed periods or repeated bone injuries can be RED-S, which needs a doctor or a sports dietitian.</source>
        <translation>Comer pouco demais para o seu treino, junto com falhas na menstruação ou lesões ósseas repetidas, pode ser RED-S, que precisa de um médico ou de um nutricionista esportivo.</translation>
    </message>
    <message>
        <source>With leg pain or poor circulation, every warning-sign question needs an answer. These are still unanswered:</source>
        <translation>Com dor na perna ou má circulação, todas as perguntas de sinais de alerta precisam de resposta. Estas ainda não foram respondidas:</translation>
    </message>
    <message>
        <source>Your legs are tired from training: take the longer, easier jog at the start of today&apos;s warm-up, and keep the run itself easy.</source>
        <translation>Suas pernas estão cansadas do treino: faça o trote mais longo e mais leve no início do aquecimento de hoje, e mantenha leve a corrida em si.</translation>
    </message>
    <message>
        <source>Turn the cadence metronome on for the jog, set 5 to 10% above your usual step rate.</source>
        <translation>Ligue o metrônomo de cadência no trote, ajustado 5 a 10% acima da sua cadência habitual.</translation>
    </message>
    <message>
        <source>This self-check gives general information only. It is not a diagnosis or medical advice and cannot replace a doctor or physiotherapist. Talk to a health professional before starting or changing an exercise routine, especially if any health-screen question applies to you. Stop exercising if you feel pain, chest discomfort, dizziness or unusual breathlessness. In an emergency, call your local emergency number (such as 112, 999 or 911). Never put off getting professional advice because of something this app says.</source>
        <translation>Esta autoavaliação traz apenas informações gerais. Não é um diagnóstico nem orientação médica e não substitui um médico ou fisioterapeuta. Converse com um profissional de saúde antes de começar ou mudar uma rotina de exercícios, principalmente se alguma pergunta da triagem de saúde se aplicar a você. Pare o exercício se sentir dor, desconforto no peito, tontura ou falta de ar fora do comum. Em caso de emergência, ligue para o número de emergência local (como 112, 999 ou 911). Nunca deixe de buscar orientação profissional por causa de algo que este app diz.</translation>
    </message>
    <message>
        <source>Emergency: get help now</source>
        <translation>Emergência: peça ajuda agora</translation>
    </message>
    <message>
        <source>Urgent: get seen today</source>
        <translation>Urgente: procure atendimento hoje</translation>
    </message>
    <message>
        <source>See a doctor or physiotherapist</source>
        <translation>Procure um médico ou fisioterapeuta</translation>
    </message>
    <message>
        <source>Things you can do yourself</source>
        <translation>O que você mesmo pode fazer</translation>
    </message>
    <message>
        <source>All clear</source>
        <translation>Tudo certo</translation>
    </message>
    <message>
        <source>Run as planned</source>
        <translation>Corra como planejado</translation>
    </message>
    <message>
        <source>Run easy</source>
        <translation>Corra leve</translation>
    </message>
    <message>
        <source>Rest today</source>
        <translation>Descanse hoje</translation>
    </message>
    <message>
        <source>Do not run</source>
        <translation>Não corra</translation>
    </message>
</context>
<context>
    <name>side</name>
    <message>
        <source>left side</source>
        <translation>lado esquerdo</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>lado direito</translation>
    </message>
</context>
<context>
    <name>speech</name>
    <message>
        <source>Next: {name}</source>
        <translation>A seguir: {name}</translation>
    </message>
    <message>
        <source>Next: {name}, left side</source>
        <translation>A seguir: {name}, lado esquerdo</translation>
    </message>
    <message>
        <source>Next: {name}, right side</source>
        <translation>A seguir: {name}, lado direito</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado esquerdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado direito</translation>
    </message>
    <message>
        <source>{name}, left side</source>
        <translation>{name}, lado esquerdo</translation>
    </message>
    <message>
        <source>{name}, right side</source>
        <translation>{name}, lado direito</translation>
    </message>
    <message>
        <source>{name}, left leg forward</source>
        <translation>{name}, perna esquerda à frente</translation>
    </message>
    <message>
        <source>{name}, right leg forward</source>
        <translation>{name}, perna direita à frente</translation>
    </message>
    <message>
        <source>{name}, left heel to buttock</source>
        <translation>{name}, calcanhar esquerdo ao glúteo</translation>
    </message>
    <message>
        <source>{name}, right heel to buttock</source>
        <translation>{name}, calcanhar direito ao glúteo</translation>
    </message>
    <message>
        <source>{name}, left knee bends</source>
        <translation>{name}, dobre o joelho esquerdo</translation>
    </message>
    <message>
        <source>{name}, right knee bends</source>
        <translation>{name}, dobre o joelho direito</translation>
    </message>
    <message>
        <source>{name}, left leg crosses behind</source>
        <translation>{name}, perna esquerda cruzada atrás</translation>
    </message>
    <message>
        <source>{name}, right leg crosses behind</source>
        <translation>{name}, perna direita cruzada atrás</translation>
    </message>
    <message>
        <source>{name}, left ankle across</source>
        <translation>{name}, tornozelo esquerdo cruzado</translation>
    </message>
    <message>
        <source>{name}, right ankle across</source>
        <translation>{name}, tornozelo direito cruzado</translation>
    </message>
    <message>
        <source>{name}, left leg back</source>
        <translation>{name}, perna esquerda atrás</translation>
    </message>
    <message>
        <source>{name}, right leg back</source>
        <translation>{name}, perna direita atrás</translation>
    </message>
</context>
</TS>
