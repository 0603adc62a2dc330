"""Qt widgets and the adapter between them and the core."""
