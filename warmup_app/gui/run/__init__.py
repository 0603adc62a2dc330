"""The Warm-up tab: routine picker, the stage with the big countdown, progress and controls.
It shows the run controller's state and emits intents; it keeps no time of its own."""
