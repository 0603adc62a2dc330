"""Everything the runner hears: cue synthesis (pydub), playback (QtMultimedia), the voice
(QTextToSpeech), own sounds, cue routing, the audio of a run (``session``) and the settings'
previews (``preview``). No widgets: ``app.py`` connects these to the run and the dialogs."""
