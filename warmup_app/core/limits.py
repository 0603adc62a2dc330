"""The routine format's limits, kept apart from the model so light modules need no pydantic."""

FORMAT_VERSION = 1
MAX_TEXT = 2000
MAX_NAME = 200
MAX_STEPS = 200
MAX_STEP_SECONDS = 60 * 60
MAX_PAUSE_SECONDS = 10 * 60
RECOMMENDED_MIN_SECONDS = 15 * 60
RECOMMENDED_MAX_SECONDS = 20 * 60
