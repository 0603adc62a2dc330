"""The runner's preferences: typed settings declared once over ``QSettings``, and the window
geometry kept between launches. Imports no GUI feature."""
