#!/usr/bin/env python3
"""Start Carebot Desktop (``python main.py --help`` lists the options)."""

import sys

from carebot_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
