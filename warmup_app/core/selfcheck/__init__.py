"""The heavy-legs self-check: the question bank, the triage rules, the advice texts, and the
adapted warm-up a result can offer. No Qt; the GUI and the CLI show what these return."""
