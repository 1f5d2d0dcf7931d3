"""Entry script of the frozen app: the same bindguard.cli.main as `python -m bindguard`.

BINDGUARD_FROZEN_SELFTEST=1 instead prints a JSON report of what only the bundle can get wrong
(resources under sys._MEIPASS, Qt's own Chinese translations, image/print/input plugins, segno,
cryptography, the restored loader environment); packaging/smoke.py runs it. It is an environment
variable rather than a CLI option so the user-facing command line stays that of bindguard.cli.
"""

import os
import sys

if __name__ == "__main__":
    if os.environ.get("BINDGUARD_FROZEN_SELFTEST") == "1":
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        from frozen_selftest import main as selftest

        raise SystemExit(selftest())
    from bindguard.cli import main

    raise SystemExit(main())
