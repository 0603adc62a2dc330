"""Entry point for ``python -m warmup_app``."""

import sys

from warmup_app.cli.main import main

sys.exit(main())
