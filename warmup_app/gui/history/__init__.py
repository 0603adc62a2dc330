"""The History tab: streak, warm-ups per week, the heavy-legs chart, export and delete."""
