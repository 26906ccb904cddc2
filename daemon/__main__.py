"""Lets `python -m daemon` work like the `onward` command."""

import sys

from daemon.cli import main

sys.exit(main())
