"""Keep the screen awake while a routine runs: one controller, one inhibitor per platform."""
