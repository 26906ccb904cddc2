"""Lets `python -m onward.daemon` work like the `onward` command."""

import sys

from onward.daemon.cli import main

sys.exit(main())
