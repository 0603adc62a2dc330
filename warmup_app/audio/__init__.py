"""Cue synthesis (pydub) and playback (QtMultimedia, QTextToSpeech)."""
