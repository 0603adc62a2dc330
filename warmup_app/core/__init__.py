"""The app's logic without Qt: routines, timelines, sessions, self-check and history."""
