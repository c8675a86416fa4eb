import sys

from carebot_desktop.app import main

sys.exit(main())
