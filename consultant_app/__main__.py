"""`python -m consultant_app` runs the command-line face."""

import sys

from consultant_app.cli import main

sys.exit(main())
