#!/usr/bin/env python3
"""Build the briefing site: a thin shim over ``briefing.cli`` (see README)."""

import sys

from briefing.cli import main

if __name__ == "__main__":
    sys.exit(main())
