"""Entry point for ``python -m warmup_app``."""

import faulthandler
import sys

from warmup_app.cli.main import main

# A crash in Qt or in the audio thread then leaves the Python stack of every thread on stderr
# (the end-to-end tests start the app this way and show its stderr when it fails).
if sys.stderr is not None:
    faulthandler.enable(all_threads=True)

sys.exit(main())
